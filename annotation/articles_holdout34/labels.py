"""Gold labels of articles-holdout34, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: /work/main/.venv/bin/python annotation/articles_holdout34/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shipbuilder: LNG-carrier order and backlog (뉴스1 dateline, no present year written)
d = Doc("001_04154685e857b2bf", "2026-07-07"); docs.append(d)
DY = "대양조선해양"
d.Oall(DY, DY, special={0: ("required", "headline topic with a comma; invented shipbuilder")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (its digit is part of the name)")
d.Oall("대양그룹", "대양그룹", special={0: ("required", "the parent group (대양그룹의 조선 계열사)"),
                                       1: ("required", "the group whose holding company is named next")})
d.O("아스트라마리타임", "아스트라마리타임", aliases="Astra Maritime", note="invented Greek shipowner; the alias in brackets is outside the span")
d.O("클락슨리서치", "클락슨리서치", note="the source cited (에 따르면); 영국 (a place) outside")
d.O("대양홀딩스", "대양홀딩스", note="the group's holding company (지주사)")
d.O("카타르에너지", "카타르에너지", note="counterparty of a negotiation; 카타르 (a country) is part of the company's own name here")
d.D("7일", "2026-07-07", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2026", "year", ctx="올해 누적", rel=True)
d.D("지난 6월 말", "2026-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("전년 동기", "2025-06", "month", mod="END", rel=True, st="optional", anchor="2026-06-01", note="points back (전년 동기: optional)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("지난해 같은 기간", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01",
    note="points back to 올해 상반기 (같은 기간); one mention (지난해 before the pointing-back noun, as 올해 before a month)")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.D("하반기", "2026-H2", "half", rel=True, note="this year's second half (the negotiation is current/future)")
S = DY
d.Q("4척", 4, "척", "척", C, ctx="LNG운반선 4척",
    f=("LNG운반선", "LNG운반선 4척", S, "", "level", "required", "headline: the counted noun right before; no DATE in the headline and nothing before it: empty period"))
d.Q("1.2조", "1200000000000", W, "", "currency", st="optional", note="headline amount, currency implied (no unit)",
    f=("수주", "1.2조 수주", S, "", "level"))
d.Q("48조", "48000000000000", W, "", "currency", ctx="48조 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("수주잔고", "수주잔고 48조", S, "", "level"))
d.Q("17만4천㎥", 174000, "㎥", "㎥", M, approx=True,
    note="급 after the unit: a suffix outside the span, approx = true by the suffix line (급 = class); ㎥ kept as the symbol, like ㎡ in the guideline",
    f=("액화천연가스(LNG) 운반선", None, "", "", "level", "optional",
       "the size class of the ships (X급 Y, read like X 규모의 Y → Y): a product's figure (no subject) or the order's? no period (7일 dates the announcement); unclear"))
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척을",
    f=("액화천연가스(LNG) 운반선", None, S, "", "level", "required",
       "the counted noun right before the count; 7일 dates only the announcement (밝혔다) and nothing before gives a period: empty"))
d.Q("8억 8,400만 달러", 884000000, U, "달러", "currency",
    f=("수주 금액", None, S, "", "level", "required", "the topic is the metric; the company carried from the sentence before; no period (7일 = announcement)"))
d.Q("1조 2,150억 원", 1215000000000, W, "원", "currency", approx=True, eq=("8억 8,400만 달러",), note="conversion in brackets; 약 → approx",
    f=("수주 금액", None, S, "", "level", "required", "a conversion: same metric, subject, period and kind as the figure it converts"))
d.Q("2억 2,100만 달러", 221000000, U, "달러", "currency", approx=True, note="약 → approx; 척당 (no number) is a rate word, not labelled",
    f=("수주 금액", None, S, "", "level", "required", "same sentence, no new noun: the topic's metric (수주 금액) per ship"))
d.Q("51억 3,000만 달러", 5130000000, U, "달러", "currency",
    f=("누적 수주액", None, S, "2026", "level", "required", "genitive owner (대양조선해양의); 올해 in the clause; 로 늘어 = the level reached"))
d.Q("85억 달러", 8500000000, U, "달러", "currency",
    f=("목표치", None, S, "2026", "level", "required", "연간 only qualifies the period: outside the metric; 올해 of the sentence"))
d.Q("60.4%", 60.4, "%", "%", P,
    f=("누적 수주액", None, S, "2026", "level", "required",
       "목표치의 N%를 채웠다: a share of a whole measures the part (the topic 누적 수주액), my convention (README question 2)"))
d.Q("48조 6,000억 원", 48600000000000, W, "원", "currency",
    f=("수주잔고", "수주잔고는 48조", S, "2026-06", "level", "required", "지난 6월 말 기준 (2026-06, END); subject carried (the paragraph is about 대양조선해양)"))
d.Q("12.8%", 12.8, "%", "%", P, f=("수주잔고", "수주잔고는 48조", S, "2026-06", "change", "required", "전년 동기보다 = the basis; the period is the current one"))
d.Q("41척", 41, "척", "척", C,
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required", "part opener 이 가운데 (of the backlog): the counted noun right before; subject and period carried"))
d.Q("29조 원", 29000000000000, W, "원", "currency", approx=True, note="약 before and 어치 after (a suffix outside the span): approx",
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required",
       "the part named (LNG 운반선) is what the amount is of, within the backlog (이 가운데); README question 2"))
d.Q("60%", 60, "%", "%", P, ctx="60%를 차지",
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required", "a share (차지한다) measures the part, the topic LNG 운반선; README question 2"))
NS = "a market figure from a cited source (클락슨리서치에 따르면): no subject"
d.Q("28척", 28, "척", "척", C,
    f=("LNG 운반선 발주량", None, "", "2026-H1", "level", "required", NS + "; 전 세계 (a place) outside the metric; 올해 상반기 in the clause"))
d.Q("45척", 45, "척", "척", C,
    f=("LNG 운반선 발주량", None, "", "2025-H1", "level", "required",
       "the compared figure is dated by the DATE written right before it (지난해 같은 기간 = 2025-H1; the DATE itself is optional as pointing back, its value is clear)"))
d.Q("37.8%", 37.8, "%", "%", P, f=("LNG 운반선 발주량", None, "", "2026-H1", "change", "required", NS + "; …보다 줄었다: a change, the current period"))
d.Q("9척", 9, "척", "척", C,
    f=("수주", "9척을 수주", S, "2026-H1", "level", "required",
       "no counted noun: the verbal noun (수주해); 이 가운데 points into the H1 orders; 올해 상반기, named after the company's last period, is the one in force"))
d.Q("32.1%", 32.1, "%", "%", P, f=("점유율", "점유율 32.1%", S, "2026-H1", "level"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("25%", 25, "%", "%", P,
    f=("점유율", "점유율은 25%", "", "2026-H1", "level", "required", "several organizations taken together, not named (중국 조선사들): no subject; the sentence before's period"))
d.Q("10%", 10, "%", "%", P, ctx="10%대로", approx=True, note="대 after the unit: a suffix outside the span, approx",
    f=("영업이익률", None, "대양홀딩스", "2028", "level", "optional",
       "a target in the quote of the holding company's CEO: the holding's, the group's or the shipbuilder's 영업이익률? (README question 5)"))
d.Q("6척", 6, "척", "척", C,
    f=("LNG 운반선", "LNG 운반선 6척", S, "2026-H2", "level", "required",
       "the counted noun right before; the counterparty (카타르에너지와) is not the subject; 하반기에 in the clause"))

# ---------------------------------------------------------------- 002 department store's holiday-season sales (뉴시스 dateline, no year anywhere)
d = Doc("002_006e288e684e3696", "2025-12-26"); docs.append(d)
SR = "서린백화점"
d.Oall(SR, SR, special={0: ("required", "headline topic with a comma; invented department store"),
                        4: ("required", "an organization before 관계자 (its spokesperson)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
BRN = ("a branch of the department store: a name that may be a business unit (guideline's optional list); "
       "not the subject of its figures (README question 1)")
d.O("강남점", "강남점", st="optional", note=BRN)
d.O("판교점", "판교점", st="optional", note=BRN)
d.O("대구점", "대구점", st="optional", note=BRN)
d.O("센텀점", "센텀점", st="optional", note=BRN + "; 부산 (a place) outside")
d.O("롯데백화점", "롯데백화점", note="a rival, named pair with 각각")
d.O("신세계백화점", "신세계백화점", note="a rival, named pair with 각각")
d.O("서린유통", "서린유통", note="the parent company (모회사) of 서린백화점")
R = "2025-11-28/2025-12-25"
d.D("연말", "2025", "year", ctx="연말 홀리데이 매출", mod="END", rel=True,
    note="a part-of-period word before an event's name is a DATE (as 2019년 before an event)")
d.D("지난달 28일", "2025-11-28", "day", rel=True, note="A부터 B까지: two mentions")
d.D("이달 25일", "2025-12-25", "day", rel=True)
d.D("연말", "2025", "year", ctx="연말 홀리데이 시즌", mod="END", rel=True, note="as the headline's")
d.D("지난해 같은 기간", "2024-11-28/2024-12-25", "day", rel=True, st="optional", anchor="2025-11-28",
    note="points back to the event's days; one mention")
d.D("26일", "2025-12-26", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("성탄절", "2025-12-25", "day", rel=True, st="optional", note="holiday: optional")
d.D("주말", "2025-W51-WE", "week", rel=True, st="optional", rng=False,
    note="the weekend before a holiday (직전 주말), named by its days right after (20~21일): a DATE like 이번 주말, or only a description of the range? optional")
d.D("20~21일", "2025-12-20/2025-12-21", "day", rel=True, note="a range of days: one mention; the latest on or before the document date")
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("같은 기간", R, "day", ctx="같은 기간 롯데", rel=True, st="optional", anchor="2025-11-28", note="points back to the event's days")
d.D("지난해", "2024", "year", ctx="지난해 모회사", rel=True)
d.D("내년 1월", "2026-01", "month", rel=True, note="내년 before a month: one mention; 신년 is part of the sale's name")
d.D("신년", "2026", "year", rel=True, st="optional", note="coverage pass: 신년 (the new year) before a sale's name; not in the guideline's list of relative words, and 내년 1월 already dates it: optional")
S = SR
d.Q("12%", 12, "%", "%", P, ctx="12% 늘어",
    f=("매출", "홀리데이 매출 12%", S, "2025", "change", "required", "headline: its own clause holds a DATE (연말: 2025, END), the period written as its value"))
d.Q("11개", 11, "개", "개", C,
    f=("점포", "11개 점포", S, R, "level", "required", "the counted noun after the count; the event's days (지난달 28일부터 이달 25일까지) in the clause, written as one range"))
d.Q("3,450억 원", 345000000000, W, "원", "currency", f=("매출", "점포의 매출이", S, R, "level"))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", "점포의 매출이", S, R, "change", "required", "지난해 같은 기간보다 = the basis"))
d.Q("86만 명", 860000, "명", "명", C, f=("구매 고객 수", None, S, R, "level", "required", "subject and period carried from the lead"))
d.Q("9.1%", 9.1, "%", "%", P, f=("구매 고객 수", None, S, R, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("40만 1,000원", 401000, W, "원", "currency", f=("구매액", None, S, R, "level", "required", "1인당 and 평균 qualify it; the lead's subject and period"))
d.Q("21.7%", 21.7, "%", "%", P, f=("명품 매출", None, S, R, "change", "required", "a category that changes what is measured stays in the metric; the lead's period"))
BRK = ("a breakdown item in brackets (식품(15.2%)): no measure noun of its own; the measure named in the sentence, nearest (증가율), "
       "a rate of change; the company carried (README question 2)")
d.Q("15.2%", 15.2, "%", "%", P, f=("증가율", "높은 증가율을", S, R, "change", "required", BRK))
d.Q("9.8%", 9.8, "%", "%", P, f=("증가율", "높은 증가율을", S, R, "change", "required", BRK))
d.Q("2.3%", 2.3, "%", "%", P, f=("여성 패션 매출", None, S, R, "change"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀 동안: an amount of time (the guideline treats 사흘 as one); duration, no fact")
d.Q("62억 원", 6200000000, W, "원", "currency",
    f=("식품관 매출", None, S, "2025-12-20/2025-12-21", "level", "required", "20~21일 in the clause; 식품관 (a corner, no name) changes what is measured"))
BR = ("branch breakdown: the branch is a unit of the company, so the subject is 서린백화점 (README question 1); the measure noun of the "
      "breakdown's first item (매출); the lead's period")
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("매출", "강남점 매출이", S, R, "level", "required", BR))
d.Q("780억 원", 78000000000, W, "원", "currency", f=("매출", "강남점 매출이", S, R, "level", "required", BR))
d.Q("510억 원", 51000000000, W, "원", "currency", f=("매출", "강남점 매출이", S, R, "level", "required", BR))
d.Q("18.5%", 18.5, "%", "%", P,
    f=("증가율", "증가율은 지난", S, R, "change", "required", "a growth rate: a change; 지난 9월 dates the renovation (relative clause), not the figure; " + BR))
d.Q("8.1%", 8.1, "%", "%", P,
    f=("매출 증가율", None, "롯데백화점", R, "change", "required", "각각 follows the order of the named pair; 같은 기간 = the event's days; 업계 (a source) is no ORG"))
d.Q("9.6%", 9.6, "%", "%", P, f=("매출 증가율", None, "신세계백화점", R, "change", "required", "각각: the second of the pair"))
d.Q("41.3%", 41.3, "%", "%", P,
    f=("비중", None, S, "2024", "level", "required", "the subsidiary's share in the parent's consolidated sales: the topic's figure; 지난해 in the clause"))
d.Q("10%", 10, "%", "%", P, ctx="10% 이상", bound="min", note="이상 → min",
    f=("매출", "매출이 10%", S, "2026-01", "change", "required", "a spokesperson's outlook (서린백화점 관계자): the organization's; 내년 1월 in the clause"))

# ---------------------------------------------------------------- 003 provincial government's budget bill (연합뉴스 dateline)
d = Doc("003_631a04d7a8adc9cc", "2026-11-02"); docs.append(d)
CB = "충청북도"
d.O("충북도", CB, ctx="충북도, 내년", note="a province acting as a government; short form of 충청북도 (named in full in the lead); headline topic")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(CB, CB, note="the government whose budget it is")
d.O("충북도의회", "충북도의회", ctx="충북도의회에", note="the provincial council, named (not the bare 도의회)")
d.O("청풍호관광공사", "청풍호관광공사", note="invented public corporation; counterparty (에 대한)")
d.O("충북도", CB, ctx="충북도의 재정", note="short form; 의 outside")
d.O("충북도", CB, ctx="충북도 이정훈", note="an organization before a person's title")
d.O("충북도의회", "충북도의회", ctx="충북도의회가")
d.O("상임위원회", "상임위원회", st="optional", note="the council's standing committees, unnamed (상임위원회별): an unnamed institution noun, optional")
d.O("예산결산특별위원회", "예산결산특별위원회", note="a committee named by its title (the council's budget committee)")
d.D("내년", "2027", "year", ctx="내년 예산", rel=True)
d.D("올해", "2026", "year", ctx="올해보다 5.8%", rel=True, note="a comparison's basis is still a DATE")
d.D("올해", "2026", "year", ctx="올해 본예산", rel=True)
d.D("2027년도", "2027", "year", note="년도 = the (fiscal) year of a budget; written 2027, not FY2027 (no 회계연도): README question 4")
d.D("2일", "2026-11-02", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2026", "year", ctx="올해보다 23%", rel=True)
d.D("내년", "2027", "year", ctx="내년 출범", rel=True)
d.D("올해", "2026", "year", ctx="올해 기준", rel=True, note="as of (기준)")
d.D("오는 10일", "2026-11-10", "day", rel=True, note="future clause: the next 10th")
d.D("다음 달 15일", "2026-12-15", "day", rel=True, note="one mention (다음 달 before a day)")
Y = "2027"
d.Q("9조2천억", "9200000000000", W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산 9조", CB, Y, "level"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="5.8% 증가",
    f=("예산", "내년 예산 9조", CB, Y, "change", "required", "headline: 내년 in its clause; 올해보다 = the basis"))
BUD = "the budget bill's year (2027년도) is the period; 올해 (본예산) is the basis"
d.Q("5,060억 원", 506000000000, W, "원", "currency", f=("예산안", "2027년도 예산안", CB, Y, "change", "required", BUD))
d.Q("5.8%", 5.8, "%", "%", P, ctx="(5.8%)", f=("예산안", "2027년도 예산안", CB, Y, "change", "required", "the same change as a rate, in brackets (not a conversion of a unit); " + BUD))
d.Q("9조 2,180억 원", 9218000000000, W, "원", "currency",
    f=("예산안", "2027년도 예산안", CB, Y, "level", "required", "X 규모의 Y → Y; 2027년도 only dates it (outside the metric)"))
CAR = "the government and the budget's year carried (the paragraph continues the lead's bill)"
d.Q("7조 8,400억 원", 7840000000000, W, "원", "currency", f=("일반회계", None, CB, Y, "level", "required", CAR))
d.Q("6.1%", 6.1, "%", "%", P, f=("일반회계", None, CB, Y, "change", "required", "각각 증가했다: each rate with the account before it; " + CAR))
d.Q("1조 3,780억 원", 1378000000000, W, "원", "currency", f=("특별회계", None, CB, Y, "level", "required", CAR))
d.Q("4.0%", "4.0", "%", "%", P, f=("특별회계", None, CB, Y, "change", "required", "각각: the second account"))
d.Q("2조 9,600억 원", 2960000000000, W, "원", "currency", f=("사회복지 예산", None, CB, Y, "level", "required", CAR))
d.Q("32.1%", 32.1, "%", "%", P,
    f=("사회복지 예산", None, CB, Y, "level", "required", "전체의 N%를 차지: a share measures the part (the topic), my convention (README question 2)"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency",
    f=("농림해양수산 분야", None, CB, Y, "level", "required", "X에 N원이 배정됐다: the amount measures the field it is assigned to; " + CAR))
d.Q("7,350억 원", 735000000000, W, "원", "currency", f=("교통·물류 분야", None, CB, Y, "level", "required", "as the figure before"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("저출생 대응 예산", None, CB, Y, "level", "required", CAR))
d.Q("23%", 23, "%", "%", P, f=("저출생 대응 예산", None, CB, Y, "change", "required", "올해보다 = the basis; the period is the budget's year"))
d.Q("1명", 1, "명", "명", C, st="optional", note="the dummy 1 of a rate denominator (1명당): optional")
d.Q("500만 원", 5000000, W, "원", "currency",
    f=("충북형 출산지원금", None, CB, Y, "level", "required", "the object after the figure names the payment (quotes outside); per child; " + CAR))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("출자금", None, CB, Y, "level", "required", "the corporation (에 대한) is the counterparty; 내년 in the sentence (the same year as the budget)"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("지방채", None, CB, Y, "level", "required", "the object right before the figure (지방채 … 발행); funds the bill: " + CAR))
d.Q("29.4%", 29.4, "%", "%", P, f=("재정자립도", None, CB, "2026", "level", "required", "genitive owner (충북도의); 올해 기준 in the clause"))
d.Q("17개", 17, "개", "개", C,
    f=("시·도", None, "", "2026", "level", "required", "the counted noun after the count; all provinces, not named: no subject; 올해 기준 of the sentence"))
d.Q("12번째", 12, "번째", "번째", "ordinal", note="a rank: ordinal, no fact")

# ---------------------------------------------------------------- 004 mobile carriers' subscribers and shares (아이뉴스24 bracket dateline, no year anywhere)
d = Doc("004_4c2606eb0ed58078", "2025-10-14"); docs.append(d)
LG, SK, KT = "LG유플러스", "SK텔레콤", "KT"
d.Oall(LG, LG, special={0: ("required", "headline topic")})
d.O("SKT", SK, note="abbreviation of SK텔레콤 (named in full in the text): same organization, full name canonical")
d.O("아이뉴스24", "아이뉴스24", note="outlet in the bracket dateline (its digits are part of the name)")
d.Oall(SK, SK)
d.O("과학기술정보통신부", "과학기술정보통신부", note="the regulator whose statistics are cited (에 따르면): the source")
t = d.text
for i in (t.find("KT는"), t.find("KT와"), t.find("KT 자회사")):
    d.O(KT, KT, at=i, note="" if "자회사" not in t[i:i + 8] else "the parent of KT엠모바일")
d.O("한국통신사업자연합회", "한국통신사업자연합회", aliases="KTOA", note="the source cited; the alias in brackets is outside the span")
d.O("KT엠모바일", "KT엠모바일", note="named subsidiary (KT 자회사)")
d.O("이음모바일", "이음모바일", note="invented mobile virtual network operator (알뜰폰 업계)")
A8 = "2025-08"
d.D("14일", "2025-10-14", "day", rel=True, note="day the statistics were released (공개한): not their period")
d.D("지난 8월 말", A8, "month", mod="END", rel=True, note="as of (기준)")
d.D("전월", "2025-07", "month", ctx="전월보다", rel=True, st="optional", anchor="2025-08-01", note="points back (like 전년): optional")
d.D("같은 기간", A8, "month", mod="END", rel=True, st="optional", anchor="2025-08-01", note="points back: optional")
d.D("8월", A8, "month", ctx="8월 한 달", rel=True)
d.D("전월", "2025-07", "month", ctx="전월 대비", rel=True, st="optional", anchor="2025-08-01", note="points back: optional")
HEAD = "headline: no DATE in it and nothing before it: empty period"
d.Q("1,100만", "11000000", "", "", C, ctx="1,100만 돌파", bound="gt", st="optional",
    note="headline count with its counter only implied (no unit, like an implied currency): optional; 돌파 → gt",
    f=("휴대폰 가입자", "휴대폰 가입자 1,100만", LG, "", "level"))
d.Q("38.9%", 38.9, "%", "%", P, ctx="38.9%로 하락",
    f=("점유율", "SKT 점유율", SK, "", "level", "required", "N%로 하락: the level reached; " + HEAD))
d.Q("1,100만 명", 11000000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("휴대폰 가입자", "LG유플러스의 휴대폰 가입자가", LG, "", "level", "required",
       "the lead has no DATE and only the headline before it (the statistics' 지난 8월 말 comes in the next paragraph): empty, by the search order (README question 3)"))
d.Q("4개월", 4, "month", "개월", "duration", note="4개월 연속: an amount of time, duration (no fact)")
HP = ("휴대폰 가입자", "휴대폰 가입자는 1,104만")
d.Q("1,104만 2,000명", 11042000, "명", "명", C, f=HP + (LG, A8, "level", "required", "지난 8월 말 기준 in the sentence; the ministry is the source, not the subject"))
d.Q("6만 1,000명", 61000, "명", "명", C, f=HP + (LG, A8, "change", "required", "전월보다 = the basis"))
NX = "같은 기간 (= 8월 말); a new topic with no measure noun takes the figure before's measure (휴대폰 가입자)"
d.Q("1,352만 명", 13520000, "명", "명", C, f=HP + (KT, A8, "level", "required", NX))
d.Q("3만 9,000명", 39000, "명", "명", C, f=HP + (KT, A8, "change", "required", NX))
d.Q("2,215만 명", 22150000, "명", "명", C, f=HP + (SK, A8, "level", "required", NX))
d.Q("8만 3,000명", 83000, "명", "명", C, f=HP + (SK, A8, "change", "required", NX))
d.Q("5,691만 2,000명", 56912000, "명", "명", C,
    f=("전체 휴대폰 가입자", None, "", A8, "level", "required", "the whole market (the three carriers and 알뜰폰): no subject; the period last set for the measure"))
SH = ("점유율", "SK텔레콤의 점유율은")
d.Q("38.9%", 38.9, "%", "%", P, ctx="38.9%로 한", f=SH + (SK, A8, "level", "required", "genitive owner; the paragraph's period (8월 말) carried"))
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 새", note="한 달 새 (within a month): duration, no fact")
d.Q("0.3%포인트", 0.3, PP, "%포인트", P, f=SH + (SK, A8, "change", "required", "낮아졌다: a change"))
d.Q("23.8%", 23.8, "%", "%", P, f=SH + (KT, A8, "level", "required", "각각 follows the order of the named pair"))
d.Q("19.4%", 19.4, "%", "%", P, f=SH + (LG, A8, "level", "required", "각각: the second of the pair"))
d.Q("17.9%", 17.9, "%", "%", P, f=SH + ("", A8, "level", "required", "알뜰폰 is a kind of service (many operators, not named): no subject"))
d.Q("40%", 40, "%", "%", P, bound="lt", note="아래로 (below) → lt, like 미만",
    f=("점유율", "SK텔레콤 점유율이", SK, A8, "level", "required", "the threshold its share fell below: a level with bound lt; the paragraph's period"))
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 동안", note="8월 한 달 동안: 8월 is the DATE, 한 달 a duration (no fact)")
d.Q("62만 4,000건", 624000, "건", "건", C,
    f=("번호이동 건수", None, "", A8, "level", "required", "a market figure from a cited source (KTOA에 따르면): no subject; 8월 in the clause"))
d.Q("14.2%", 14.2, "%", "%", P, f=("번호이동 건수", None, "", A8, "change", "required", "전월 대비 = the basis"))
d.Q("27만 8,000명", 278000, "명", "명", C,
    f=("가입자", "가입자 27만", SK, A8, "change", "optional",
       "가입자 N명을 잃었다: a gross outflow through number porting — a change of SK텔레콤's subscribers or a level of the subscribers lost? (README question 5)"))
MV = "a subject with no period of its own: the story's period (the statistics' 8월 말), the one last set for the measure (가입자)"
d.Q("215만 명", 2150000, "명", "명", C, ctx="가입자 215만 명", f=("가입자", "가입자 215만", "KT엠모바일", A8, "level", "required", MV))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): duration, no fact")
d.Q("2배", 2, "배", "배", C, approx=True, note="가까이 (nearly) after the amount: approx, like 가량",
    f=("가입자", "가입자를 2배", "이음모바일", A8, "change", "required", "N배 늘려: a rate of change (늘려); " + MV))
d.Q("48만 명", 480000, "명", "명", C, f=("가입자", "가입자를 2배", "이음모바일", A8, "level", "required", "the level reached (확보했다); " + MV))

# ---------------------------------------------------------------- 005 national pension fund's annual return (뉴시스 dateline)
d = Doc("005_7bf2e0f3d90ee33a", "2026-02-27"); docs.append(d)
NP = "국민연금공단"
d.O("국민연금", NP, at=0, note="headline short form of 국민연금공단 (named in full in the lead): same organization")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(NP, NP, note="the service that runs the fund; topic of the lead")
d.O("공무원연금공단", "공무원연금공단", note="another public pension fund, named pair with 각각")
d.O("사립학교교직원연금공단", "사립학교교직원연금공단", aliases="사학연금", note="the short name in brackets is an alias, outside the span")
d.O("기금운용본부", "기금운용본부", note="the named division of the service that invests the fund")
d.O("국민연금기금운용위원회", "국민연금기금운용위원회", note="committee")
Y = "2025"
d.D("지난해", Y, "year", ctx="국민연금, 지난해", rel=True)
d.D("2025년", Y, "year", ctx="2025년 기금")
d.D("27일", "2026-02-27", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("1988년", "1988", "year", note="the fund's founding year: a comparison's basis (이후 가장 많았다), still a DATE")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back: optional")
d.D("2021~2025년", "2021/2025", "year", note="a range of years: one mention")
d.D("지난해", Y, "year", ctx="지난해 수익률은 각각", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("오는 5월", "2026-05", "month", rel=True, note="future clause")
d.Q("14.7%", 14.7, "%", "%", P, ctx="14.7%…",
    f=("수익률", "지난해 수익률 14", NP, Y, "level", "required", "headline topic with a comma; 지난해 in its clause"))
d.Q("158조", "158000000000000", W, "", "currency", ctx="운용수익 158조", st="optional", note="headline amount, currency implied",
    f=("운용수익", "운용수익 158조", NP, Y, "level"))
d.Q("14.7%", 14.7, "%", "%", P, ctx="14.7%(잠정)",
    f=("기금 운용 수익률", None, NP, Y, "level", "required", "the fund is money, not an ORG: the service that runs it (topic of the sentence) is the subject; 2025년 in the clause"))
CAR = "the service carried; the lead's year"
d.Q("158조 3,000억 원", 158300000000000, W, "원", "currency", f=("운용수익", "운용수익은", NP, Y, "level", "required", CAR))
d.Q("1,370조 원", 1370000000000000, W, "원", "currency", f=("기금 적립금", None, NP, Y, "level", "required", "지난해 말 기준 (2025, END); " + CAR))
d.Q("157조 원", 157000000000000, W, "원", "currency", f=("기금 적립금", None, NP, Y, "change", "required", "전년 말보다 = the basis"))
d.Q("13.9%", 13.9, "%", "%", P,
    f=("벤치마크", None, NP, Y, "level", "required", "the fund's own benchmark; the Korean gloss in brackets is not the metric's span; " + CAR))
d.Q("0.8%포인트", 0.8, PP, "%포인트", P,
    f=("운용 수익률", "운용 수익률은 벤치마크", NP, Y, "change", "required", "a difference (웃돌았다): a change of the topic's measure against the benchmark"))
d.Q("25.1%", 25.1, "%", "%", P, f=("해외주식 수익률", None, NP, Y, "level", "required", "a return is the level of the measure 수익률; " + CAR))
BRK = ("breakdown list (국내주식 22.4%, …): the asset class names no measure; the measure noun of the breakdown's first item (수익률) "
       "(README question 2); " + CAR)
for q in ("22.4%", "9.8%", "7.6%", "4.1%"):
    d.Q(q, q[:-1], "%", "%", P, f=("수익률", "해외주식 수익률이", NP, Y, "level", "required", BRK))
d.Q("5년", 5, "year", "년", "duration", ctx="5년간", note="5년간: duration (간 outside), no fact")
d.Q("7.1%", 7.1, "%", "%", P,
    f=("연평균 수익률", None, NP, "2021/2025", "level", "required", "연평균 (an average over years) changes what is measured: kept; the range of years in the sentence"))
d.Q("11.2%", 11.2, "%", "%", P, f=("수익률", "지난해 수익률은 각각", "공무원연금공단", Y, "level", "required", "각각 follows the named pair's order"))
d.Q("10.8%", 10.8, "%", "%", P, f=("수익률", "지난해 수익률은 각각", "사립학교교직원연금공단", Y, "level", "required", "각각: the second"))
CIO = ("an allocation target in the quote of the CIO who leads 기금운용본부, after a sentence about two other funds: the service's "
       "(written), its division's, or carried from the sentence before? (README question 5); 올해 in the clause")
d.Q("16%", 16, "%", "%", P, bound="max", note="까지 after the amount (up to): bound max",
    f=("대체투자 비중", None, NP, "2026", "level", "optional", CIO))
d.Q("13%", 13, "%", "%", P, approx=True, note="안팎 → approx",
    f=("국내주식 비중", None, NP, "2026", "level", "optional", CIO))

# ---------------------------------------------------------------- 006 biotech's licensing deal and trial (입력 stamp + outlet byline)
d = Doc("006_d518fa6ed1b8476e", "2026-04-14"); docs.append(d)
GN, CD = "지앤셀바이오", "카델리스 파마슈티컬스"
d.Oall(GN, GN, special={0: ("required", "headline topic with a comma; invented biotech")})
d.O("카델리스", CD, ctx="美 카델리스에", note="short form of 카델리스 파마슈티컬스 (named in full in the lead); 美 (a country) outside")
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O(CD, CD, aliases="Cardelis Pharmaceuticals", note="invented US drug maker, the licensee; 미국 (a place) outside; the alias in brackets outside")
d.O("카델리스", CD, ctx="카델리스가", note="short form")
d.O("한서제약", "한서제약", note="invented drug maker, the parent holding a stake")
d.D("2026.04.14", "2026-04-14", "day", st="optional", note="publication stamp (the date only; the clock time is not labelled)")
d.D("08:30", "2026-04-14T08:30", "day", st="optional", note="coverage pass: the stamp's clock time (clock times are optional at most)")
d.D("13일", "2026-04-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해 3월", "2025-03", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention")
d.D("이때", "2026-H2", "half", rel=True, st="optional", anchor="2026-07-01", note="coverage pass: 이때 points back to 올해 하반기 (like 당일): optional")
d.D("2028년 상반기", "2028-H1", "half", note="a year before a half: one mention")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
DEAL = "the licensor, the story's company, carried (the licensee is the counterparty); 13일 dates only the disclosure: no period"
d.Q("12억 달러", 1200000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("기술수출", None, GN, "", "level", "required", "headline: the verbal noun before the figure names the deal; no DATE in the headline: empty"))
d.Q("12억 4,000만 달러", 1240000000, U, "달러", "currency", bound="max", note="최대 → max", f=("계약 총액", None, GN, "", "level", "required", DEAL))
d.Q("1조 7,800억 원", 1780000000000, W, "원", "currency", approx=True, bound="max", eq=("12억 4,000만 달러",),
    note="conversion in brackets; 약 → approx; the 최대 written before the first amount bounds both",
    f=("계약 총액", None, GN, "", "level", "required", "a conversion: same slots as the figure it converts"))
d.Q("6,500만 달러", 65000000, U, "달러", "currency", f=("계약금", None, GN, "", "level", "required", "part opener 이 가운데; " + DEAL))
d.Q("30일", 30, "day", "일", "duration", bound="max", note="계약 후 30일 안에: an amount of time (not the 30th); 안에 (within) → max like 이내; duration, no fact")
BRK = "breakdown (단계별 마일스톤으로 개발 단계 …, 상업화 단계 …): the stages name no measure; the list's measure noun (마일스톤); " + DEAL
d.Q("3억 2,000만 달러", 320000000, U, "달러", "currency", f=("마일스톤", "단계별 마일스톤", GN, "", "level", "required", BRK))
d.Q("8억 5,500만 달러", 855000000, U, "달러", "currency", f=("마일스톤", "단계별 마일스톤", GN, "", "level", "required", BRK))
d.Q("8~12%", 8, "%", "%", P, hi=12, note="a range: one mention",
    f=("경상기술료", None, GN, "", "level", "required", "순매출의 N%를 X로 받는다: the rate measures X (the royalty; the gloss in brackets outside); " + DEAL))
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note="임상 1상 (phase 1): an ordinal like 1차, or part of a phase's name? optional", f=None)
d.Q("96명", 96, "명", "명", C,
    f=("건강한 성인과 비만 환자", None, GN, "2025-03", "level", "required", "the counted noun right before; 회사는 = the story's company; 지난해 3월 in the sentence"))
d.Q("12주", 12, "week", "주", "duration", note="12주 만에: duration (만에 outside), no fact")
d.Q("9.4%", 9.4, "%", "%", P,
    f=("체중", None, "", "", "change", "optional",
       "the trial subjects' weight (persons: no subject) or the company's trial result (carried)? no period of the measure; unclear"))
d.Q("2상", 2, "상", "상", "ordinal", ctx="임상 2상", st="optional", note="as 1상", f=None)
d.Q("320명", 320, "명", "명", C,
    f=("환자", "환자 320명", CD, "2026-H2", "level", "required", "the licensee runs the trial (카델리스가 맡아); 올해 하반기 in the clause"))
d.Q("2,500만 달러", 25000000, U, "달러", "currency",
    f=("마일스톤", "첫 마일스톤", GN, "2026-H2", "level", "required", "its own subject (지앤셀바이오는); 이때 is no DATE: the sentence's 올해 하반기"))
d.Q("2상", 2, "상", "상", "ordinal", ctx="2상 종료", st="optional", note="as 1상", f=None)
d.Q("34.5%", 34.5, "%", "%", P,
    f=("지분", None, "한서제약", "", "level", "required", "the holder of a stake (한서제약이 … 보유한) is its subject; a present stake, no DATE for the holder: empty"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("매출", "지난해 매출", GN, "2025", "level"))
d.Q("184억 원", 18400000000, W, "원", "currency", f=("영업손실", None, GN, "2025", "level", "required", "a loss written as a positive amount of 영업손실: a level"))
d.Q("3개", 3, "개", "개", C,
    f=("후보물질", "후보물질 3개", GN, "2030", "level", "required",
       "a CEO's plan in a quote: the company of the sentence before (the quote's clause names no other); 2030년까지 in the clause"))

if __name__ == "__main__":
    write_all(docs)
