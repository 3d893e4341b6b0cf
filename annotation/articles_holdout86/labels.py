"""Gold labels of articles-holdout86, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout86/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shipbuilder: LNG-carrier orders and order backlog (연합뉴스 dateline)
d = Doc("001_c3c9b3fbdbe43030", "2025-10-15"); docs.append(d)
S = "한결중공업"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("마레노스쉬핑", "마레노스쉬핑", note="invented Greek shipowner, the customer (으로부터); 그리스 is a place")
d.O("카타르에너지", "카타르에너지", note="customer (로부터)")
d.O("한결엔진", "한결엔진", note="invented subsidiary (엔진 자회사)")
d.O("HD한국조선해양", "HD한국조선해양", note="rival")
d.O("삼성중공업", "삼성중공업", note="rival")
d.O("클락슨리서치", "클락슨리서치", note="analysis firm cited as source; 영국 (place) outside")
Q3, YTD = "2025-Q3", "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="3분기 LNG운반선", rel=True, note="headline quarter without year: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter")
d.D("15일", "2025-10-15", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="같은 기간 points back to 3분기; one mention with 지난해 (README convention 9)")
d.D("올해 1~9월", YTD, "month", rel=True, note="올해 before a month range: one mention, a range with ~")
d.D("9월 말", "2025-09", "month", ctx="9월 말 기준", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("같은 기간", YTD, "month", ctx="도 같은 기간", rel=True, st="optional", anchor="2025-01-01",
    note="points back; to 올해 1~9월 or to the lead's 3분기 (README open question 2)")
d.D("올해", "2025", "year", ctx="올해 들어", rel=True, note="들어 outside")
d.D("1~9월", YTD, "month", ctx="1~9월 전 세계", rel=True, note="bare month range: the latest such months on or before the document date")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (넘기겠다): the next Q4")
d.D("2027년", "2027", "year", note="까지 outside")
d.Q("4척", 4, "척", "척", C, ctx="4척 수주…", f=("LNG운반선", "LNG운반선 4척", S, Q3, "level", "required", "headline: the headline's own 3분기"))
d.Q("38조", 38000000000000, W, "", "currency", ctx="38조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt")
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척을", f=("액화천연가스(LNG) 운반선", None, S, Q3, "level"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", approx=True,
    f=("수주", "수주했다고", S, Q3, "level", "required", "no noun names the amount: the verbal noun 수주(했다)"))
d.Q("3척", 3, "척", "척", C, ctx="3척은", f=("액화천연가스(LNG) 운반선", None, S, Q3, "level", "required",
    "breakdown item (이 가운데): the counted noun of the whole; the customer (으로부터) is no subject (README convention 3, 11)"))
d.Q("1척", 1, "척", "척", C, ctx="1척은", f=("액화천연가스(LNG) 운반선", None, S, Q3, "level", "required", "breakdown item"))
d.Q("2억 1천만 달러", 210000000, U, "달러", "currency", approx=True, f=("선가", "선가는", S, Q3, "level", "required", "척당 is a rate word, not labelled"))
d.Q("2억 500만 달러", 205000000, U, "달러", "currency",
    f=("선가", "선가는", S, "2024-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("58억 달러", 5800000000, U, "달러", "currency", f=("누적 수주액", None, S, YTD, "level"))
d.Q("72억 달러", 7200000000, U, "달러", "currency",
    f=("목표", "목표(72억", S, YTD, "level", "optional", "annual target (연간): the sentence's DATE is 올해 1~9월, no DATE names the year (README open question 1)"))
d.Q("81%", 81, "%", "%", P, f=("목표", "목표(72억", S, YTD, "level", "required", "share of the target reached by 1~9월"))
d.Q("38조 4천억 원", 38400000000000, W, "원", "currency", f=("수주잔고", "수주잔고는", S, "2025-09", "level", "required", "as of 9월 말 (END)"))
d.Q("12.3%", 12.3, "%", "%", P, f=("수주잔고", "수주잔고는", S, "2025-09", "change", "required", "지난해 말보다 = basis"))
d.Q("63%", 63, "%", "%", P, f=("LNG운반선", "LNG운반선이 전체", S, "2025-09", "level", "required",
    "전체의 N%를 차지: the share of the part named as the clause's subject (README convention 5); as-of date carried"))
d.Q("27대", 27, "대", "대", C, f=("이중연료 엔진", None, "한결엔진", YTD, "level", "optional",
    "같은 기간 points back to 1~9월 or to 3분기 (README open question 2)"))
d.Q("19척", 19, "척", "척", C, f=("LNG운반선", "LNG운반선을 각각", "HD한국조선해양", "2025", "level", "required", "각각: first figure, first company"))
d.Q("11척", 11, "척", "척", C, f=("LNG운반선", "LNG운반선을 각각", "삼성중공업", "2025", "level", "required", "각각: second figure, second company"))
d.Q("31척", 31, "척", "척", C, f=("LNG운반선 발주량", None, "", YTD, "level", "required",
    "world market figure; the cited source (클락슨리서치) is no subject"))
d.Q("58%", 58, "%", "%", P, ctx="58% 줄었다", f=("LNG운반선 발주량", None, "", YTD, "change"))
d.Q("2~3척", 2, "척", "척", C, hi=3, f=("", None, S, "2025-Q4", "level", "required", "target in the CEO's quote; no noun names it (verb 따내)"))
d.Q("90%", 90, "%", "%", P, bound="min", f=("도크 가동률", None, S, "2027", "level", "required", "이상 → min"))

# ---------------------------------------------------------------- 002 mobile game publisher: revenue by region ([머니투데이] bracket byline)
d = Doc("002_b571036264db6809", "2025-11-12"); docs.append(d)
S = "픽셀포지"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("앱스토어", "앱스토어", st="optional", note="Apple's app store: a platform that may be a product or a business unit; 미국 (place) outside")
d.O("픽셀포지재팬", "픽셀포지재팬", note="Japanese subsidiary (일본 자회사)")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited as source")
d.O("넷마블", "넷마블", note="rival")
d.O("컴투스", "컴투스", note="rival")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 해외 매출 비중 68%", rel=True, note="headline quarter without year: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter")
d.D("12일", "2025-11-12", "day", rel=True, note="date of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기) to the quarter before 3분기")
d.D("지난 7월", "2025-07", "month", rel=True)
d.D("지난달", "2025-10", "month", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("전년 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("3분기", Q3, "quarter", ctx="3분기 해외 매출 비중은 각각", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (내놓아 … 넘기겠다): the next Q4")
MS = "해외 매출 비중"
d.Q("68%", 68, "%", "%", P, ctx="68%…", f=(MS, "해외 매출 비중 68%", S, Q3, "level", "required", "headline: the headline's own 3분기"))
d.Q("1,874억 원", 187400000000, W, "원", "currency", f=("매출", "기준 매출 1,874억", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익 312억", S, Q3, "level"))
d.Q("24.5%", 24.5, "%", "%", P, f=("매출", "매출은 전년 동기", S, Q3, "change", "required", "전년 동기 대비 = basis; the period is the current one"))
for q, v in (("702억 원", 70200000000), ("600억 원", 60000000000), ("341억 원", 34100000000), ("231억 원", 23100000000)):
    d.Q(q, v, W, "원", "currency", f=("매출", "매출은 전년 동기", S, Q3, "level", "required",
        "breakdown by region (지역별로는): a region is a part, no measure; the breakdown's measure is the metric (README convention 3)"))
d.Q("68%", 68, "%", "%", P, ctx="68%로", f=(MS, "해외 매출 비중은 68%", S, Q3, "level"))
d.Q("61%", 61, "%", "%", P, f=(MS, "해외 매출 비중은 68%", S, "2025-Q2", "level", "required",
    "basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("7%포인트", 7, "%p", "%포인트", P, f=(MS, "해외 매출 비중은 68%", S, Q3, "change"))
d.Q("두 달", 2, "month", "달", "duration", note="만에 outside: a duration, no fact")
d.Q("850만 건", 8500000, "건", "건", C, bound="gt", f=("누적 다운로드", None, "", "", "level", "required",
    "a product's figure (the game is no ORG): empty subject; no date in clause or sentence and none set earlier for this metric: empty period (README convention 1)"))
d.Q("4위", 4, "위", "위", "ordinal", note="rank; 최고 is not a bound word")
d.Q("3종", 3, "종", "종", C, f=("신작", "신작 3종", "픽셀포지재팬", "2025-10", "level"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency", approx=True, f=("국내 모바일게임 시장", None, "", "2025-H1", "level", "required",
    "규모: the metric is the thing whose size it is; a market figure, the cited agency is no subject"))
d.Q("2.1%", 2.1, "%", "%", P, f=("국내 모바일게임 시장", None, "", "2025-H1", "change"))
d.Q("79%", 79, "%", "%", P, f=(MS, "해외 매출 비중은 각각", "넷마블", Q3, "level", "required", "각각: first figure, first company"))
d.Q("75%", 75, "%", "%", P, f=(MS, "해외 매출 비중은 각각", "컴투스", Q3, "level", "required", "각각: second figure, second company"))
d.Q("2종", 2, "종", "종", C, f=("신작", "신작 2종", S, "2025-Q4", "level"))
d.Q("7천억 원", 700000000000, W, "원", "currency", bound="gt", f=("매출", "연간 매출 7천억", S, "2025-Q4", "level", "optional",
    "annual (연간) revenue target; the sentence's only DATE is 4분기, none names the year (README open question 1)"))

# ---------------------------------------------------------------- 003 credit-card company: card spending and delinquency (뉴스1 dateline, no year anywhere)
d = Doc("003_439c7eed1cb5adda", "2026-02-10"); docs.append(d)
S = "한별카드"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "counterparty of the capital injection (에)"),
                      4: ("required", "organization before a person's title")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; a name with a digit")
d.O("한별금융지주", "한별금융지주", note="invented parent (모회사)")
d.O("여신금융협회", "여신금융협회", note="industry association cited as source")
d.O("신한카드", "신한카드", note="rival")
d.O("KB국민카드", "KB국민카드", note="rival")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 카드 이용액 142조…", rel=True)
d.D("지난해", Y, "year", ctx="지난해 카드 이용액이", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("10일", "2026-02-10", "day", rel=True, note="date of the announcement (발표했다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True)
d.D("지난해", Y, "year", ctx="지난해 국내 8개", rel=True)
d.D("같은 시점", Y, "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말 (like 같은 기간)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="안에 outside; a target")
d.D("다음 달", "2026-03", "month", rel=True, note="부터 outside")
d.Q("142조", 142000000000000, W, "", "currency", ctx="142조…", st="optional", note="headline amount, currency implied")
d.Q("1.62%", 1.62, "%", "%", P, ctx="1.62%로 상승", f=("연체율", "연체율 1.62%로 상승", S, Y, "level", "required", "headline: the headline's own 지난해"))
d.Q("142조 3천억 원", 142300000000000, W, "원", "currency", f=("카드 이용액", "카드 이용액이", S, Y, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("카드 이용액", "카드 이용액이", S, Y, "change", "required", "전년보다 = basis"))
for q, v in (("98조 7천억 원", 98700000000000), ("31조 2천억 원", 31200000000000), ("12조 4천억 원", 12400000000000)):
    d.Q(q, v, W, "원", "currency", f=("카드 이용액", "카드 이용액이", S, Y, "level", "required",
        "breakdown item (이 가운데): the item names a part (a line of business), the breakdown's measure is the metric (README convention 3)"))
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("순이익", None, S, Y, "level", "required", "subject and story period carried"))
d.Q("3.9%", 3.9, "%", "%", P, f=("순이익", None, S, Y, "change", "required", "감소: value as written (no sign)"))
d.Q("1개월", 1, "month", "개월", "duration", bound="min", note="defines the delinquency rate (1개월 이상 연체율): a duration, no fact")
d.Q("1.62%", 1.62, "%", "%", P, ctx="1.62%로 전년", f=("1개월 이상 연체율", None, S, Y, "level", "required",
    "the definitional part stays in the metric (FACTS: definitional ranges); as of 지난해 말 → 2025"))
d.Q("1.31%", 1.31, "%", "%", P, f=("1개월 이상 연체율", None, S, "2024", "level", "required",
    "basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("0.31%포인트", 0.31, "%p", "%포인트", P, f=("1개월 이상 연체율", None, S, Y, "change"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", approx=True, f=("대손충당금", None, S, Y, "level", "required",
    "subject dropped and carried; 가량 → approx"))
d.Q("3천억 원", 300000000000, W, "원", "currency", ctx="에 3천억 원", f=("유상증자", None, "한별금융지주", "2025-Q4", "level", "required",
    "규모: the thing whose size it is; the parent that carried it out; the recipient (한별카드에) is no subject"))
d.Q("8개", 8, "개", "개", C, f=("전업 카드사", None, "", Y, "level", "optional",
    "a count defining the group whose figure follows (README open question 3)"))
d.Q("1,180조 원", 1180000000000000, W, "원", "currency", approx=True, f=("카드 승인액", None, "", Y, "level", "required",
    "industry total of companies not named: empty subject; the association is the cited source"))
d.Q("1.45%", 1.45, "%", "%", P, f=("연체율", "연체율은 같은 시점", "신한카드", Y, "level", "required", "각각: first figure, first company; 같은 시점 → 지난해 말"))
d.Q("1.38%", 1.38, "%", "%", P, f=("연체율", "연체율은 같은 시점", "KB국민카드", Y, "level", "required", "각각: second figure, second company"))
d.Q("1.4%", 1.4, "%", "%", P, bound="max", f=("연체율", "연체율을 1.4%", S, "2026-H1", "level", "required", "이하 → max; target in a quote"))
d.Q("0.5%포인트", 0.5, "%p", "%포인트", P, bound="max", f=("카드론 금리", None, S, "2026-03", "change", "required",
    "최대 → max; a planned cut: change, value as written"))

# ---------------------------------------------------------------- 004 coastal city: tourist numbers and spending (regional daily, `입력` stamp; year only in the stamp)
d = Doc("004_af21f718052f1b32", "2026-01-14"); docs.append(d)
S = "속초시"
d.Oall(S, S, special={0: ("required", "the city government announcing (밝혔다)"), 1: ("required", "organization before a person's title (관광과장)")})
d.O("강원일보", "강원일보", note="regional daily in the byline line")
C_ = "동해안관광데이터센터"
d.O(C_, C_, aliases="센터", note="invented analysis centre cited as source; short name defined with 이하")
d.O("센터", C_, ctx="(이하 센터)", st="optional", note="short name where it is defined with 이하: optional")
d.O("센터", C_, ctx="센터는 \"당일치기", note="later use of the short name defined with 이하: required")
d.Oall("설악마리나리조트", "설악마리나리조트", special={0: ("required", "invented resort, a business"), 1: ("required", "run by 한누리레저")})
d.O("속초오션호텔", "속초오션호텔", note="invented hotel, a business")
d.O("한누리레저", "한누리레저", note="invented operator (parent) of the resort")
Y = "2025"
d.D("2026.01.14", "2026-01-14", "day", note="the 입력 stamp's date: a calendar date written in the text (README convention 9)")
d.D("10:32", "2026-01-14T10:32", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="지난해 처음으로", rel=True)
d.D("13일", "2026-01-13", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 관광객이", rel=True)
d.D("전년", "2024", "year", ctx="전년(1,647만", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("8월", "2025-08", "month", rel=True, note="bare month: the latest August on or before the document date")
d.D("2월", "2025-02", "month", rel=True, note="bare month: the latest February on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 속초에서", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="지난해 객실", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.D("올해", "2026", "year", ctx="올해 관광 마케팅", rel=True)
V = "관광객"
d.Q("1,800만 명", 18000000, "명", "명", C, ctx="1,800만 명 돌파", bound="gt", f=(V, "관광객 1,800만", "", "", "level", "required",
    "tourists of a place (속초, no ORG): empty subject (README convention 11); the headline names no date and none comes before it: empty period"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 지출", st="optional", note="rate denominator (1인당)")
d.Q("1,800만 명", 18000000, "명", "명", C, ctx="1,800만 명을", bound="gt", f=(V, "관광객이 지난해 처음", "", Y, "level", "required", "넘어섰다 → gt"))
d.Q("1,832만 명", 18320000, "명", "명", C, f=(V, "지난해 관광객이", "", Y, "level", "required",
    "the city reports the count of a place's tourists: the reporter is no subject (README convention 11)"))
d.Q("1,647만 명", 16470000, "명", "명", C, f=(V, "지난해 관광객이", "", "2024", "level", "required",
    "basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("11.2%", 11.2, "%", "%", P, f=(V, "지난해 관광객이", "", Y, "change"))
d.Q("291만 명", 2910000, "명", "명", C, f=(V, "지난해 관광객이", "", "2025-08", "level", "required",
    "breakdown by month (월별로는): the month is the period, the breakdown's measure the metric"))
d.Q("74만 명", 740000, "명", "명", C, f=(V, "지난해 관광객이", "", "2025-02", "level"))
d.Q("52만 명", 520000, "명", "명", C, approx=True, f=("외국인 관광객", None, "", Y, "level", "required",
    "가량 → approx; the story period 지난해 (README convention 1)"))
d.Q("2.8%", 2.8, "%", "%", P, f=("외국인 관광객", None, "", Y, "level", "required", "share of the whole (전체의)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): a duration, no fact")
d.Q("두 배", 2, "배", "배", C, approx=True, f=("외국인 관광객", None, "", Y, "change", "required",
    "N배 가까이 늘었다: a change; 가까이 (nearly) read as an approximator (README convention 8)"))
d.Q("1조 4,600억 원", 1460000000000, W, "원", "currency", approx=True, f=("쓴 돈", None, "", Y, "level", "required",
    "tourists' spending in a place: empty subject; the centre is the cited source"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 평균", st="optional", note="rate denominator (1인당)")
d.Q("7만 9,700원", 79700, W, "원", "currency", f=("평균 지출액", None, "", Y, "level", "required", "1인당 is a rate word outside the metric"))
d.Q("3.5%", 3.5, "%", "%", P, f=("평균 지출액", None, "", Y, "change"))
d.Q("61%", 61, "%", "%", P, f=("당일치기 방문", None, "", Y, "level", "required",
    "the centre's analysis of tourists' visits: empty subject; the story period carried"))
d.Q("81%", 81, "%", "%", P, f=("객실 가동률", None, "설악마리나리조트", Y, "level", "required", "각각: first figure, first company"))
d.Q("77%", 77, "%", "%", P, f=("객실 가동률", None, "속초오션호텔", Y, "level", "required", "각각: second figure, second company"))
d.Q("240실", 240, "실", "실", C, f=("별관", None, "한누리레저", "2026-H1", "level", "required", "규모: the thing whose size it is"))
d.Q("86억 원", 8600000000, W, "원", "currency", f=("관광 마케팅 예산", None, S, "2026", "level", "required",
    "the city's own budget, stated by its official; 역대 최대 (record high) is no bound (README convention 8)"))
d.Q("2천만 명", 20000000, "명", "명", C, f=(V, "관광객 2천만", "", "2026", "level", "required",
    "a target for a place's tourists: empty subject; the sentence's 올해"))

# ---------------------------------------------------------------- 005 battery-materials maker: IPO offering and subscription (뉴시스 dateline)
d = Doc("005_bff8eb2aada7b72c", "2025-09-25"); docs.append(d)
S = "세온머티리얼즈"
d.O(S, S, ctx="세온머티리얼즈 청약", note="headline topic")
d.O(S, S, ctx="세온머티리얼즈(이하", aliases="세온", note="invented company; short name defined with 이하 recorded in aliases")
d.O("세온", S, ctx="(이하 세온)", st="optional", note="short name where it is defined with 이하: optional")
d.O("세온", S, ctx="세온은 다음 달", note="later use of the 이하 short name: required")
d.O("세온", S, ctx="세온의 지난해", note="later use of the 이하 short name")
d.O("세온", S, ctx="세온에 양극재", note="later use of the 이하 short name (the supplier receiving the order)")
d.O("세온", S, ctx="이재혁 세온 대표", note="later use of the 이하 short name, before a head's title")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한국투자증권", "한국투자증권", note="lead underwriter (대표 주관사) announcing")
d.O("코스닥", "코스닥", st="optional", note="a stock market run by an exchange: a market or a business unit (README open question 4)")
d.O("LG에너지솔루션", "LG에너지솔루션", note="the customer (최대 고객사)")
d.O("세온홀딩스", "세온홀딩스", note="invented parent (최대주주)")
d.O("SNE리서치", "SNE리서치", note="market-research firm cited for a forecast")
SUB, BB = "2025-09-23/2025-09-24", "2025-09-16/2025-09-22"
d.D("2025년 9월 23~24일", SUB, "day", note="a range of days written with ~: one mention")
d.D("25일", "2025-09-25", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("올해", "2025", "year", ctx="올해 코스닥", rel=True)
d.D("16~22일", BB, "day", rel=True, note="bare days: the latest such days on or before the document date")
d.D("다음 달 2일", "2025-10-02", "day", rel=True, note="future clause (상장하며 … 조달한다)")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("지난 7월", "2025-07", "month", rel=True)
d.D("올해", "2025", "year", ctx="올해 세계", rel=True)
d.D("2027년 말", "2027", "year", mod="END", note="까지 outside")
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조…", st="optional", note="headline amount, currency implied")
d.Q("1,284대 1", 1284, "대", "대 1", C, ctx="1,284대 1\n", st="optional",
    note="a ratio (경쟁률 N대 1): no unit or counter of its own (README open question 5)")
d.Q("9조 1,200억 원", 9120000000000, W, "원", "currency", approx=True, f=("증거금", "증거금 약", S, SUB, "level", "required",
    "the offering's deposits: the company whose offering it is (grammatical subject); the underwriter only announces"))
d.Q("1,284대 1", 1284, "대", "대 1", C, ctx="1,284대 1로", st="optional", note="ratio, as in the headline (README open question 5)")
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="rank: ordinal, no fact")
d.Q("2,041곳", 2041, "곳", "곳", C, f=("기관", "기관 수요예측", S, BB, "level", "required",
    "participants in the company's own book-building (README convention 11); the sentence's 16~22일"))
d.Q("2만 4천~2만 8천 원", 24000, W, "원", "currency", hi=28000, f=("희망 범위", None, S, BB, "level", "required", "a range: value and value_high"))
d.Q("3만 1천 원", 31000, W, "원", "currency", f=("공모가", None, S, BB, "level", "required", "확정됐다: the offer price, set in the book-building"))
d.Q("420만 주", 4200000, "주", "주", C, f=("신주", None, S, "2025-10-02", "level", "required", "the clause's 다음 달 2일"))
d.Q("1,302억 원", 130200000000, W, "원", "currency", approx=True, f=("조달", "조달한다", S, "2025-10-02", "level", "required",
    "no noun names the amount: the verbal noun 조달(한다)"))
d.Q("800억 원", 80000000000, W, "원", "currency", f=("신공장 증설", None, S, "2025-10-02", "level", "required",
    "breakdown item (이 가운데) naming its own use; the period carried"))
d.Q("2,380억 원", 238000000000, W, "원", "currency", f=("매출", "매출은 2,380억", S, "2024", "level"))
d.Q("196억 원", 19600000000, W, "원", "currency", f=("영업이익", None, S, "2024", "level"))
d.Q("1,410억 원", 141000000000, W, "원", "currency", f=("매출", "매출은 1,410억", S, "2025-H1", "level"))
d.Q("31%", 31, "%", "%", P, f=("매출", "매출은 1,410억", S, "2025-H1", "change", "required", "전년 동기보다 = basis"))
d.Q("3만 5천t", 35000, "t", "t", M, f=("양극재", "양극재 3만", "LG에너지솔루션", "2025-07", "level", "required",
    "a customer's order, written with the customer as the grammatical subject (주문했다): the customer's figure (README convention 11)"))
d.Q("52.3%", 52.3, "%", "%", P, f=("지분율", None, "세온홀딩스", "", "level", "required",
    "a holder owns its stake; no DATE in clause or sentence, none set earlier for this subject: empty (상장 후 is no DATE)"))
d.Q("44.1%", 44.1, "%", "%", P, f=("지분율", None, "세온홀딩스", "", "level"))
d.Q("420억 달러", 42000000000, U, "달러", "currency", approx=True, f=("세계 양극재 시장", None, "", "2025", "level", "required",
    "규모: the thing whose size it is; a market forecast, the research firm is the source"))
d.Q("6만t", 60000, "t", "t", M, f=("생산능력", None, S, "2027", "level", "required", "연간 qualifies the period: outside the metric; a target"))
d.Q("두 배", 2, "배", "배", C, f=("생산능력", None, S, "2027", "change", "required", "N배 늘리다: a change"))

# ---------------------------------------------------------------- 006 convenience-store chain: store count and private-label sales (press release)
d = Doc("006_221df0396dc8eef2", "2025-08-20"); docs.append(d)
S = "데일리마트"
d.O(S, S, ctx="데일리마트, 상반기", note="headline topic before a comma")
d.O(S, S, ctx="데일리마트(이하", aliases="데일리", note="invented chain run as a company; short name defined with 이하")
d.O(S, S, ctx="데일리마트 영업본부장", note="organization before a person's title")
d.O("데일리리테일", "데일리리테일", note="invented operator (parent) of the chain")
d.O("데일리", S, ctx="(이하 데일리)", st="optional", note="short name where it is defined with 이하: optional")
d.O("데일리", S, ctx="데일리의 6월", note="later use of the 이하 short name: required")
d.O("GS25", "GS25", note="rival chain (a brand run as a company); a name with digits")
d.O("CU", "CU", note="rival chain (a brand run as a company)")
d.O("산업통상자원부", "산업통상자원부", note="government ministry, source of a national statistic")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 PB 매출 4,120억…", rel=True, note="headline half without year: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("20일", "2025-08-20", "day", rel=True, note="date of the release (밝혔다)")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: an offset from the document date, that year (README convention 9)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("같은 시점", "2025-06", "month", mod="END", rel=True, st="optional", anchor="2025-06-01", note="points back to 6월 말")
d.D("6월", "2025-06", "month", ctx="6월 유통업체", rel=True, note="the month a statistic covers")
d.D("전년 동월", "2024-06", "month", rel=True, st="optional", anchor="2025-06-01", note="points back to 6월")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 늘리고): this year's end; 까지 outside")
d.D("내년", "2026", "year", rel=True)
PB = "자체브랜드(PB) 상품 매출"
d.Q("4,120억", 412000000000, W, "", "currency", ctx="4,120억…", st="optional", note="headline amount, currency implied")
d.Q("6,500개", 6500, "개", "개", C, bound="gt", f=("점포", "점포 6,500개", S, H1, "level", "required", "headline: 돌파 → gt; the headline's own 상반기"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=(PB, None, S, H1, "level", "required",
    "modifiers that change what is measured stay in the metric; the operator (데일리리테일) is no subject"))
d.Q("18.4%", 18.4, "%", "%", P, f=(PB, None, S, H1, "change", "required", "전년 동기 대비 = basis"))
d.Q("27.5%", 27.5, "%", "%", P, f=("비중", "비중은 27.5%", S, H1, "level", "required", "subject and period carried; 1년 전 is the basis"))
d.Q("3.2%포인트", 3.2, "%p", "%포인트", P, f=("비중", "비중은 27.5%", S, H1, "change"))
for q, v in (("1,480억 원", 148000000000), ("920억 원", 92000000000), ("610억 원", 61000000000)):
    d.Q(q, v, W, "원", "currency", f=(PB, None, S, H1, "level", "required",
        "breakdown by item (품목별로는): an item is a part, the breakdown's measure is the metric (README convention 3)"))
d.Q("6,512개", 6512, "개", "개", C, f=("점포 수", "점포 수는 6,512", S, "2025-06", "level", "required", "as of 6월 말; 데일리 is the 이하 short name"))
d.Q("6,180개", 6180, "개", "개", C, f=("점포 수", "점포 수는 6,512", S, "2024", "level", "required",
    "figure in brackets after a date: that date's value (README convention 4)"))
d.Q("332개", 332, "개", "개", C, f=("점포 수", "점포 수는 6,512", S, "2025-06", "change"))
d.Q("6,301개", 6301, "개", "개", C, f=("가맹점", None, S, "2025-06", "level", "required", "breakdown of counts: the counted noun of the item"))
d.Q("211개", 211, "개", "개", C, f=("직영점", None, S, "2025-06", "level"))
d.Q("143곳", 143, "곳", "곳", C, f=("중소 협력사", None, S, "2025-06", "level", "required",
    "the chain's suppliers (PB 상품을 만드는): its figure; no date: the period last set for the subject carried"))
d.Q("1만 8,100여 개", 18100, "개", "개", C, approx=True, f=("점포 수", "점포 수는 같은", "GS25", "2025-06", "level", "required",
    "각각: first figure, first company; 여 inside the span → approx; 같은 시점 → 6월 말"))
d.Q("1만 8,400여 개", 18400, "개", "개", C, approx=True, f=("점포 수", "점포 수는 같은", "CU", "2025-06", "level", "required", "각각: second figure, second company"))
d.Q("1.2%", 1.2, "%", "%", P, f=("편의점 매출", None, "", "2025-06", "change", "required",
    "a national statistic (the ministry is the source): empty subject; the month the statistic covers"))
d.Q("1,000종", 1000, "종", "종", C, bound="min", f=("PB 상품", "PB 상품을 1,000종", S, "2025", "level", "required", "이상 → min; a target by 연말"))
d.Q("7천 개", 7000, "개", "개", C, bound="gt", f=("점포", "점포 7천", S, "2026", "level", "required", "넘기겠다 → gt; a target for 내년"))

if __name__ == "__main__":
    write_all(docs)
