"""Gold labels of articles-holdout66, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout66/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 chip-equipment maker: Q3 results and order backlog (연합뉴스 dateline)
d = Doc("001_3b9ac381af1dc68d", "2025-11-06"); docs.append(d)
S = "한빛세미텍"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("SK하이닉스", "SK하이닉스", special={0: ("required", "the customer (최대 고객사인)"), 1: ("required", "the party an order was won from (로부터)")})
d.O("테크인사이츠", "테크인사이츠", note="market-research firm, the source cited (에 따르면)")
d.O("램리서치", "램리서치", note="foreign rival; 미국 (place) outside the span")
d.O("한빛소재", "한빛소재", note="invented subsidiary introduced by 부품 자회사")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="…3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 32.6%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(14.5%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("올해", "2025", "year", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 매출 96억", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", ctx="4천억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주 잔고", "수주 잔고 4천억", S, "", "level"))
d.Q("18%", 18, "%", "%", P, f=("영업이익률", "3분기 영업이익률 18%", S, Q3, "level", "required", "headline topic; the headline's own 3분기"))
d.Q("1,284억 원", 128400000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("32.6%", 32.6, "%", "%", P, f=("매출", "기준 매출이", S, Q3, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("231억 원", 23100000000, W, "원", "currency", f=("영업이익", "영업이익은 231억", S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("47.1%", 47.1, "%", "%", P, f=("영업이익", "영업이익은 231억", S, Q3, "change"))
d.Q("18.0%", "18.0", "%", "%", P, f=("영업이익률", "영업이익률은 18.0%", S, Q3, "level", "required", "value kept as written (18.0)"))
d.Q("14.5%", 14.5, "%", "%", P,
    f=("영업이익률", "영업이익률은 18.0%", S, "2024-Q3", "level", "required", "a basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("3.5%포인트", 3.5, PP, "%포인트", P, f=("영업이익률", "영업이익률은 18.0%", S, Q3, "change"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("수주 잔고", "수주 잔고는", S, "2025-09", "level", "required", "9월 말 기준 (value 2025-09, END)"))
d.Q("4천억 원", 400000000000, W, "원", "currency", ctx="4천억 원을 넘어", bound="gt", note="넘어섰다 → gt",
    f=("수주 잔고", "수주 잔고는", S, "2025-09", "level", "required", "a threshold the level passed: the same metric, subject and as-of date"))
d.Q("2,630억 원", 263000000000, W, "원", "currency",
    f=("물량", None, S, "2025-09", "level", "required",
       "breakdown (이 가운데) of the backlog: the customer is the counterparty, not the subject; the company carried; the backlog's as-of date carried"))
d.Q("64%", 64, "%", "%", P,
    f=("물량", None, S, "2025-09", "level", "required", "전체의 N%를 차지: the share measures the part named before it (README convention 5)"))
d.Q("38대", 38, "대", "대", C, f=("증착 장비", None, S, "2025", "level", "required", "a count: the counted noun; 회사는 = the story's company; 올해 in the clause"))
d.Q("45%", 45, "%", "%", P, approx=True, note="약 → approx",
    f=("점유", "점유하고", "램리서치", "", "level", "required",
       "the rival's share, named by the verbal noun (점유하고; 점유율 names the next clause's figure); a source cited; no date and no earlier period for this subject: empty"))
d.Q("12%", 12, "%", "%", P, ctx="12%로 1년",
    f=("점유율", None, S, "2025", "level", "optional",
       "a present market share with no date: by the letter of carry-forward the company's last period (올해, 2025); or empty like the rival's 45%? (README question 2)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("4%포인트", 4, PP, "%포인트", P, f=("점유율", None, S, "2025", "change", "optional", "as 12% (README question 2)"))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("매출", "3분기 매출 96억", "한빛소재", Q3, "level", "required", "the subsidiary is the sentence's topic"))
d.Q("7억 원", 700000000, W, "원", "currency", f=("영업손실", None, "한빛소재", Q3, "level"))
d.Q("5,500억 원", 550000000000, W, "원", "currency",
    f=("매출 목표", None, S, "2026", "level", "required", "a head's quote (박성호 한빛세미텍 대표는): the company's target; 내년 in the clause"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional", note="제N + a noun naming a facility: an ordinal or part of a name (names with digits are no quantities)? optional")
d.Q("650억 원", 65000000000, W, "원", "currency",
    f=("제2공장 증설", None, S, "2026", "level", "required", "X에 N원을 투입 → X; the quote's 내년 carried (same subject); 경기 용인 (place) outside"))
d.Q("400대", 400, "대", "대", C,
    f=("생산능력", None, S, "2026", "level", "required", "연 (no number) is a rate word; the measure noun before (생산능력을 … 늘리겠다); 내년 carried"))

# ---------------------------------------------------------------- 002 department store's year-end season sales (뉴스1 dateline, no year anywhere)
d = Doc("002_c0233d5edfb25c6d", "2026-01-04"); docs.append(d)
SS, LT, HD, SG = "신세계백화점", "롯데백화점", "현대백화점", "신세계"
d.O("신세계百", SS, note="百 = 백화점: a short form of the name in full below; headline topic with a comma")
d.Oall(SS, SS, special={2: ("required", "organization before 관계자")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(LT, LT, note="rival")
d.Oall(HD, HD)
d.O("더현대 서울", "더현대 서울", st="optional", note="a store of 현대백화점 (에서, a place of business): a business unit or a site? optional")
d.O("한국백화점협회", "한국백화점협회", note="the association cited (에 따르면)")
d.O(SG, SG, ctx="모회사인 신세계는", note="the parent (모회사인)")
R = "2025-12-01/2025-12-31"
d.D("연말", "2025", "year", ctx="연말 시즌 매출 12%", mod="END", rel=True, note="연말 (a part of a period): this document's last year-end")
d.D("지난달 1일", "2025-12-01", "day", rel=True, note="A부터 B까지: two mentions")
d.D("31일", "2025-12-31", "day", rel=True, note="a bare day ending a range takes the start's month")
d.D("연말", "2025", "year", ctx="연말 시즌 매출이", mod="END", rel=True)
d.D("전년 같은 기간", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난달 (one mention)")
d.D("4일", "2026-01-04", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", "2025-12", "month", ctx="같은 기간 명품", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난달")
d.D("크리스마스", "2025-12-25", "day", rel=True, st="optional", note="holiday: optional")
d.D("20~21일", "2025-12-20/2025-12-21", "day", rel=True, note="a range of days: one mention; the latest such days on or before the document date")
d.D("작년 같은 기간", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="one mention like 전년 같은 기간; points back")
d.D("같은 기간", "2025-12", "month", ctx="같은 기간 매출은 각각", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난달")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 1.6%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해 백화점", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("작년", "2025", "year", ctx="작년보다 30%", rel=True, note="a comparison's basis, still a DATE")
d.Q("12%", 12, "%", "%", P, ctx="매출 12% 신장",
    f=("매출", "시즌 매출 12%", SS, "2025", "change", "required", "headline topic with a comma; the headline's own DATE (연말, value 2025 END)"))
d.Q("41%", 41, "%", "%", P, ctx="명품 비중 41%", f=("명품 비중", None, SS, "2025", "level", "required", "headline after an ellipsis: its organization and 연말"))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", "시즌 매출이", SS, R, "change", "required", "지난달 1일부터 31일까지 in the clause: the range of the two mentions"))
d.Q("18.7%", 18.7, "%", "%", P, f=("명품 매출", None, SS, R, "change", "required", "같은 기간 → 지난달; the story's subject"))
d.Q("41%", 41, "%", "%", P, ctx="41%로", f=("비중", "비중이 41%", SS, R, "level"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀간 → 이틀 (간 outside): a duration, no fact")
d.Q("87만 명", 870000, "명", "명", C,
    f=("방문객", "점포 방문객", SS, "2025-12-20/2025-12-21", "level", "required", "전 점포 = all of its stores: the company's; the days in the clause"))
d.Q("1.5배", 1.5, "배", "배", C,
    f=("외국인 고객 매출", None, SS, R, "change", "required", "N배로 뛰었다 against a past basis (작년 같은 기간의): a change; the story's period carried"))
d.Q("8.9%", 8.9, "%", "%", P, f=("매출", "기간 매출은 각각", LT, R, "change", "required", "각각 follows the order of the named pair; 같은 기간 → 지난달"))
d.Q("10.2%", 10.2, "%", "%", P, f=("매출", "기간 매출은 각각", HD, R, "change", "required", "각각: the second of the pair"))
d.Q("한 달", 1, "month", "달", "duration", note="한 달간 → 한 달: a duration, no fact")
d.Q("310만 명", 3100000, "명", "명", C,
    f=("방문객", "방문객 310만", HD, R, "level", "required", "the store (에서만) is where; the company is the topic; 한 달간 = the story's month"))
d.Q("5개", 5, "개", "개", C, st="optional", note="백화점 5개 사: a count that defines the group whose sales are given (part of the metric?) optional")
d.Q("40조 8천억 원", 40800000000000, W, "원", "currency",
    f=("매출", "5개 사 매출은", "", "2025", "level", "required", "an industry figure from the association (its source); the five companies are not named: empty subject"))
d.Q("1.6%", 1.6, "%", "%", P, f=("매출", "5개 사 매출은", "", "2025", "change"))
d.Q("10곳", 10, "곳", "곳", C, f=("대형 점포", None, "", "2025", "level", "required", "stores of several companies, not named: empty subject; 지난해 carried for the same metric"))
d.Q("4,500억 원", 450000000000, W, "원", "currency",
    f=("백화점 부문 투자액", None, SG, "2026", "level", "required", "the parent is the sentence's topic; 백화점 부문 changes what is measured: in the metric"))
d.Q("30%", 30, "%", "%", P, ctx="30% 이상", bound="min", note="이상 → min",
    f=("외국인 매출", None, SS, "2026-Q1", "change", "required", "a spokesperson (관계자) speaks for the company; 올해 1분기 in the clause; 작년 = basis"))

# ---------------------------------------------------------------- 003 metropolitan city's transport budget and ridership (뉴시스 dateline)
d = Doc("003_0e18e83691a94fbd", "2025-11-19"); docs.append(d)
BS, BT, BC, BCT = "부산시", "부산교통공사", "부산시의회", "부산시의회 교통위원회"
d.O(BS, BS, ctx="부산시, 내년", note="a city acting as a government; headline topic with a comma")
d.O(BS, BS, ctx="부산시는 2026년도", note="a city acting as a government")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(BC, BC, ctx="부산시의회에 제출", note="a named city council (not the bare 시의회)")
d.Oall(BT, BT, special={0: ("required", "the source cited (에 따르면) is also the operator whose ridership it is")})
d.O(BCT, BCT, note="a committee of the council, named with it: one mention")
d.D("내년", "2026", "year", ctx="내년 교통", rel=True)
d.D("2026년도", "2026", "year", note="the budget year (년도): a year")
d.D("19일", "2025-11-19", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True, note="a comparison's basis, still a DATE")
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~10월 (one mention)")
d.D("지난해", "2024", "year", ctx="지난해 당기순손실", rel=True)
d.D("다음 달 5일", "2025-12-05", "day", rel=True, note="a deadline (까지): the next such day")
d.D("내년 하반기", "2026-H2", "half", rel=True, note="내년 before a half: one mention")
d.Q("1조 2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("교통 예산", None, BS, "2026", "level"))
d.Q("3천억", 300000000000, W, "", "currency", ctx="3천억 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("도시철도 적자", None, "", "", "level"))
d.Q("1조 2,340억 원", 1234000000000, W, "원", "currency", f=("교통 분야 예산", None, BS, "2026", "level", "required", "2026년도 in the clause"))
d.Q("1조 1,120억 원", 1112000000000, W, "원", "currency",
    f=("본예산", None, BS, "2025", "level", "required", "a figure alone in brackets after a noun measures it; 올해 before it dates it"))
d.Q("11%", 11, "%", "%", P,
    f=("교통 분야 예산", None, BS, "2026", "change", "required", "…늘어난 규모다: a restating noun gives way to the figure before's measure; the current period, not the basis"))
d.Q("4,150억 원", 415000000000, W, "원", "currency",
    f=("재정지원금", None, BS, "2026", "level", "required", "이 가운데: an item of the budget; the item names its own measure; the budget's subject and year carried"))
d.Q("1,060억 원", 106000000000, W, "원", "currency", f=("손실 보전금", None, BS, "2026", "level", "required", "as 4,150억 원"))
d.Q("33곳", 33, "곳", "곳", C,
    f=("버스 회사", None, "", "", "level", "required", "bus companies taken together, not named: empty subject; a present state with no date and no earlier period of this metric"))
d.Q("2,511대", 2511, "대", "대", C, f=("차량", None, "", "", "level", "required", "as 33곳"))
d.Q("89만 4천 명", 894000, "명", "명", C,
    f=("일평균 이용객", None, BT, "2025-01/2025-10", "level", "required", "the operator's ridership (the platform whose transactions they are); 1~4호선 are line names, no quantity"))
d.Q("2.8%", 2.8, "%", "%", P, f=("일평균 이용객", None, BT, "2025-01/2025-10", "change"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("당기순손실", None, BT, "2024", "level", "required", "공사의 = 부산교통공사 (the sentence continues about it)"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속 (two years running): a duration, no fact")
d.Q("3천억 원", 300000000000, W, "원", "currency", ctx="3천억 원을 넘었고", bound="gt", note="넘었고 → gt",
    f=("당기순손실", None, BT, "2024", "level", "optional",
       "a threshold passed two years running (2년 연속): the sentence's 지난해 (2024), or a period of two years that no DATE names? (README question 3)"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("무임수송 손실", "무임수송 손실이", BT, "2024", "level", "required", "이 중: an item of the loss, naming its own measure"))
d.Q("47%", 47, "%", "%", P, f=("무임수송 손실", "무임수송 손실이", BT, "2024", "level", "required", "a share (차지했다) measures the part named before it"))
d.Q("수천억 원", 100000000000, W, "원", "currency", hi=900000000000, approx=True, note="수 + 천억: a vague number (100 bn … 900 bn), approx",
    f=("적자 보전", None, BS, "", "level", "optional",
       "a council member's remark on the structure (매년, a frequency): the city's spending (written) or no ORG's? (README question 4)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 이용객): optional")
d.Q("1만 2천 명", 12000, "명", "명", C, approx=True, note="가량 → approx",
    f=("이용객", "하루 이용객", BT, "2026-H2", "change", "required", "an outlook (내다봤다) of the topic's ridership; 내년 하반기 in the clause; 늘 것: a change"))

# ---------------------------------------------------------------- 004 life insurer's annual results and solvency (bracket byline, no year anywhere)
d = Doc("004_ff5fa2d428e7f9cb", "2026-02-12"); docs.append(d)
SB, SH, FSS = "새빛생명", "새빛금융지주", "금융감독원"
d.Oall(SB, SB, special={0: ("required", "headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall(SH, SH, special={0: ("required", "the holding company (의 보험 자회사)")})
d.Oall(FSS, FSS)
d.O("삼성생명", "삼성생명", note="the industry leader (업계 1위)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 순이익 2,840억…", rel=True)
d.D("지난해", Y, "year", ctx="지난해 수입보험료", rel=True)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("3분기 말", "2025-Q3", "quarter", mod="END", rel=True, rng=False, note="a comparison's basis, still a DATE: the latest Q3 on or before the document date")
d.d[-1].update(range_start="2025-09-01", range_end="2025-09-30")
d.D("이날", "2026-02-12", "day", rel=True, st="optional", anchor="2026-02-12", note="points back to 12일 (like 당일): optional")
d.D("지난해", Y, "year", ctx="지주의 지난해", rel=True)
d.D("지난해", Y, "year", ctx="삼성생명의 지난해", rel=True)
d.D("다음 달 말", "2026-03", "month", mod="END", rel=True, note="a deadline (까지): the next month")
d.D("올해", "2026", "year", rel=True)
d.Q("2,840억", 284000000000, W, "", "currency", ctx="순이익 2,840억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익 2,840억…", SB, Y, "level"))
d.Q("198%", 198, "%", "%", P, f=("지급여력비율", "지급여력비율 198%", SB, Y, "level", "required", "headline after an ellipsis: its organization and 지난해"))
d.Q("5조 3,200억 원", 5320000000000, W, "원", "currency", f=("수입보험료", "지난해 수입보험료", SB, Y, "level"))
d.Q("2,840억 원", 284000000000, W, "원", "currency", f=("순이익", "순이익 2,840억 원", SB, Y, "level"))
d.Q("2,310억 원", 231000000000, W, "원", "currency",
    f=("순이익", "순이익은 전년", SB, "2024", "level", "required", "a basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("22.9%", 22.9, "%", "%", P, f=("순이익", "순이익은 전년", SB, Y, "change"))
d.Q("3조 1,400억 원", 3140000000000, W, "원", "currency",
    f=("수입보험료", "보험 수입보험료가", SB, Y, "level", "required", "breakdown (보종별로는): the line of business names the measure itself; a line is no subject"))
d.Q("59%", 59, "%", "%", P, f=("수입보험료", "보험 수입보험료가", SB, Y, "level", "required", "전체의 N%를 차지: the share measures the part named before it (README convention 5)"))
d.Q("1조 6,900억 원", 1690000000000, W, "원", "currency",
    f=("수입보험료", "보험 수입보험료가", SB, Y, "level", "required", "breakdown item naming only its line (저축성 보험은): the breakdown's measure (README convention 3)"))
d.Q("8.4%", 8.4, "%", "%", P, f=("수입보험료", "보험 수입보험료가", SB, Y, "change", "required", "as 1조 6,900억 원"))
d.Q("198.3%", 198.3, "%", "%", P, f=("지급여력비율", "지급여력비율(K-ICS)", SB, Y, "level", "required", "지난해 말 기준 (value 2025, END); K-ICS is a code"))
d.Q("6.2%포인트", 6.2, PP, "%포인트", P, f=("지급여력비율", "지급여력비율(K-ICS)", SB, Y, "change", "required", "3분기 말보다 = basis"))
d.Q("150%", 150, "%", "%", P,
    f=("권고치", None, FSS, "", "level", "required", "the supervisor's own recommended level (금융감독원 권고치인); a standing rule with no date: empty"))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("유상증자", None, SH, "", "level", "required",
       "X 규모의 Y → Y; the holding decided it (결의), the insurer (에 대한) is the counterparty; 이날 dates the decision only: empty"))
d.Q("9,150억 원", 915000000000, W, "원", "currency",
    f=("순이익", "연결 순이익 9,150억", SH, Y, "level", "required", "지주의 = 새빛금융지주; 연결 is a basis modifier"))
d.Q("31%", 31, "%", "%", P,
    f=("몫", None, SH, Y, "level", "optional",
       "the life-insurance affiliates' share of the holding's profit: metric 몫 (the share's own noun) or 순이익; subject the holding (written) or its affiliate 새빛생명 (계열사 = the one named)? (README question 5)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("순이익", "삼성생명의 지난해 순이익", "삼성생명", Y, "level", "required", "genitive owner; 지난해 in the clause; 추정된다: an estimate, still its level"))
d.Q("22곳", 22, "곳", "곳", C,
    f=("생명보험사", None, FSS, "2026-03", "level", "optional",
       "the insurers the supervisor will inspect: the supervisor's figure (its plan) or insurers taken together, not named (empty)? the deadline 다음 달 말까지 as period? (README question 5)"))
d.Q("5조 5천억 원", 5500000000000, W, "원", "currency",
    f=("수입보험료", "올해 수입보험료", SB, "2026", "level", "required", "a head's quote (최민호 새빛생명 대표는): the company's target; 올해 in the clause"))
d.Q("200%", 200, "%", "%", P, bound="min", note="이상 → min",
    f=("지급여력비율", "지급여력비율은 200%", SB, "2026", "level", "required", "올해 of the quote"))

# ---------------------------------------------------------------- 005 webtoon platform's creators and payouts (연합뉴스 dateline)
d = Doc("005_82352cb8d01e2604", "2025-07-15"); docs.append(d)
RT, RC, BF = "리플툰", "리플코퍼레이션", "바람필름"
d.Oall(RT, RT, special={0: ("required", "headline topic with a comma"), 3: ("required", "the platform as owner of a work (리플툰 인기작)"),
                         5: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(RC, RC, note="invented parent (모회사), introduced by 모회사")
d.O(BF, BF, note="invented film studio introduced by 영화 제작사")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="리플툰, 상반기", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half", note="year before a half: one mention")
d.D("작년 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기 (one mention)")
d.D("15일", "2025-07-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", H1, "half", ctx="같은 기간 연재", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("같은 날", "2025-07-15", "day", rel=True, st="optional", anchor="2025-07-15", note="points back to 15일; dates the disclosure only")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back to 2분기")
d.D("하반기", "2025-H2", "half", ctx="하반기에는", rel=True, note="future clause (늘리고): this year's second half")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.Q("1,120억", 112000000000, W, "", "currency", ctx="지급액 1,120억…", st="optional", note="headline amount, currency implied",
    f=("작가 지급액", None, RT, H1, "level"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("수익 배분액", None, RT, H1, "level", "required", "what the platform paid (지급한): its figure"))
d.Q("17%", 17, "%", "%", P, f=("수익 배분액", None, RT, H1, "change"))
d.Q("1,860명", 1860, "명", "명", C, f=("연재 작가", None, RT, H1, "level", "required", "the platform's serialising creators; 같은 기간 → 상반기"))
d.Q("140명", 140, "명", "명", C, f=("연재 작가", None, RT, H1, "change"))
d.Q("1억 원", 100000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("배분액", "배분액이 1억", RT, H1, "level", "required",
       "a threshold defining a group (…이상인 작가), as FACTS' 1억 위안 이상의 매출: its own fact; the payout is the platform's (README convention 6)"))
d.Q("312명", 312, "명", "명", C, f=("작가", "이상인 작가는", RT, H1, "level", "required", "the counted noun; the platform's creators (as 1,860명)"))
d.Q("10명", 10, "명", "명", C, st="optional", note="상위 10명: a count defining the group whose average is given (part of the metric?) optional")
d.Q("14억 원", 1400000000, W, "원", "currency",
    f=("평균 배분액", None, RT, H1, "level", "required", "the platform's payout per head of a group (README convention 6); the story's period"))
d.Q("52%", 52, "%", "%", P, f=("해외 독자 비중", None, RT, H1, "level", "required", "new paragraph: the story's subject and period"))
d.Q("8,300만 명", 83000000, "명", "명", C, f=("월간 활성 이용자", None, RT, H1, "level", "required", "(MAU) is an alias of the metric, no ORG"))
d.Q("2,100만 명", 21000000, "명", "명", C, f=("이용자", "북미 이용자가", RT, H1, "level", "required", "각각 follows the order of the named pair (일본과 북미); a country or region is no subject"))
d.Q("1,400만 명", 14000000, "명", "명", C, f=("이용자", "북미 이용자가", RT, H1, "level"))
d.Q("72%", 72, "%", "%", P,
    f=("지분", "리플툰 지분", RC, "", "level", "required",
       "the holder (보유한 모회사 리플코퍼레이션) is the subject; a present stake: the sentence's 2분기 dates the revenue, 같은 날 the disclosure: empty"))
d.Q("3,450억 원", 345000000000, W, "원", "currency",
    f=("콘텐츠 부문 매출", None, RC, "2025-Q2", "level", "required", "콘텐츠 부문 changes what is measured: in the metric; 2분기 in the clause"))
d.Q("21%", 21, "%", "%", P, f=("콘텐츠 부문 매출", None, RC, "2025-Q2", "change", "required", "전년 동기 대비 = basis"))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("총제작비", None, BF, "", "level", "required", "the studio is the sentence's topic; a film in production, no date and no earlier period of this subject: empty"))
d.Q("3억 원", 300000000, W, "원", "currency",
    f=("판권료", None, RT, H1, "level", "optional",
       "the platform paid it (지급했다): the letter of carry-forward gives its last period (상반기), but the paragraph has turned to the film and the payment is undated: H1 or empty? (README question 6)"))
d.Q("5편", 5, "편", "편", C, bound="min", note="이상 → min",
    f=("영상화 작품", None, RT, "2025-H2", "level", "required", "a head's quote: the company's target; 하반기에는 in the clause"))
d.Q("200명", 200, "명", "명", C,
    f=("해외 작가", None, RT, "2025", "level", "required", "연말까지 in the clause (value 2025, END); 영입하겠다: a target"))

# ---------------------------------------------------------------- 006 fisheries cooperative's catch and auction sales (입력 stamp page + byline line)
d = Doc("006_04a3365f6646d868", "2026-01-14"); docs.append(d)
NH = "남해연안수산업협동조합"
d.Oall("남해연안수협", NH, special={0: ("required", "headline after an ellipsis: the short name defined in the lead"),
                                 1: ("optional", "a short name defined in brackets with 이하: optional as a mention (recorded in aliases)")})
d.O(NH, NH, aliases="남해연안수협", note="full name; (이하 남해연안수협) defines the short name")
d.O("부산일보", "부산일보", note="outlet in the byline line")
d.O("국립수산과학원", "국립수산과학원", note="national research institute: the source of an analysis")
d.O("수협중앙회", "수협중앙회", note="the source cited (집계로는)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 실적", rel=True)
d.D("2026.01.14", "2026-01-14", "day", st="optional", note="publication stamp; the clock time is not labelled")
d.D("지난해", Y, "year", ctx="지난해 조합", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 남해", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("1971년", "1971", "year", note="a basis year (이후 가장 적었다)")
d.D("5년 전", "2021", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis, still a DATE")
d.D("올해", "2026", "year", rel=True)
d.Q("23%", 23, "%", "%", P, ctx="고등어 23%",
    f=("고등어", "고등어 23%", NH, Y, "change", "required",
       "no measure noun: the species names what fell (its catch); the headline's organization and 지난해 after the ellipsis (README convention 7)"))
d.Q("4만 8,300t", 48300, "t", "t", M, f=("어획량", "거친 어획량", NH, Y, "level", "required", "조합 위판장을 거친: the cooperative's auction house"))
d.Q("11.2%", 11.2, "%", "%", P, f=("어획량", "거친 어획량", NH, Y, "change", "required", "전년 대비 = basis"))
d.Q("2,640억 원", 264000000000, W, "원", "currency", f=("위판액", "위판액은 2,640억", NH, Y, "level"))
d.Q("6.5%", 6.5, "%", "%", P, f=("위판액", "위판액은 2,640억", NH, Y, "change"))
d.Q("1만 9,400t", 19400, "t", "t", M,
    f=("어획량", "거친 어획량", NH, Y, "level", "required", "breakdown (어종별로는): a species names no measure; the breakdown's measure (README convention 3)"))
d.Q("23%", 23, "%", "%", P, ctx="23% 줄었지만", f=("어획량", "거친 어획량", NH, Y, "change", "required", "as 1만 9,400t"))
d.Q("4,850원", 4850, W, "원", "currency",
    f=("평균 위판가격", None, NH, Y, "level", "required", "㎏당 (no number) is a rate word, not labelled; the cooperative's auction price (story's subject)"))
d.Q("38%", 38, "%", "%", P, f=("평균 위판가격", None, NH, Y, "change"))
d.Q("8,200t", 8200, "t", "t", M,
    f=("위판", "위판됐다", NH, Y, "level", "required", "breakdown item with its own verb (위판됐다): the verbal noun names it"))
d.Q("3,100t", 3100, "t", "t", M, f=("위판", "위판됐다", NH, Y, "level", "required", "as 8,200t"))
d.Q("19.8도", 19.8, "℃", "도", M,
    f=("평균 수온", None, "", Y, "level", "required",
       "a sea's temperature: no ORG (the institute is the source); 도 of a water temperature read as ℃ (README convention 8)"))
d.Q("1.2도", 1.2, "℃", "도", M, f=("평균 수온", None, "", Y, "change", "required", "평년보다 … 높았다: a difference (평년 is no DATE)"))
d.Q("84만 1천t", 841000, "t", "t", M,
    f=("연근해 어업 생산량", None, "", Y, "level", "required", "a national figure from the cited federation: empty subject; 전국 (a place) outside"))
d.Q("2,870명", 2870, "명", "명", C,
    f=("조합원", None, NH, Y, "level", "required", "the cooperative's members; no date of its own (5년 전 is the basis): the subject's last period (지난해) carried"))
d.Q("15%", 15, "%", "%", P, f=("조합원", None, NH, Y, "change", "required", "5년 전보다 = basis"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("위판장 현대화", None, NH, "2026", "level", "required", "X에 N원을 투입 → X; a spokesperson (관계자) speaks for the cooperative; 올해 in the quote"))
d.Q("2,800억 원", 280000000000, W, "원", "currency", f=("위판액", "위판액 2,800억", NH, "2026", "level", "required", "a target (목표로): the quote's 올해"))

if __name__ == "__main__":
    write_all(docs)
