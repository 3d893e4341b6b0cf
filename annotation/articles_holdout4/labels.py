"""Gold labels of articles-holdout4, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout4/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 bank holding quarterly results (Yonhap dateline, no year anywhere)
d = Doc("001_52f02ff099c96216", "2025-10-28"); docs.append(d)
S = "신한금융지주"
d.O("신한금융", S, ctx="신한금융, 3분기", note="short form of 신한금융지주 (headline topic)")
d.Oall("신한금융지주", S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("신한은행", "신한은행")
d.O("신한카드", "신한카드")
d.O("신한투자증권", "신한투자증권")
d.O("이사회", "이사회", st="optional", note="unnamed body of the company (unnamed institution noun)")
d.O("KB금융지주", "KB금융지주")
d.D("3분기", "2025-Q3", "quarter", ctx="신한금융, 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기 대비 11%", rel=True, st="optional", anchor="2025-07-01")
d.D("3분기", "2025-Q3", "quarter", ctx="지주는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 11.2%", rel=True, st="optional", anchor="2025-07-01")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("올해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters is one DATE")
d.D("작년", "2024", "year", rel=True)
d.D("같은 기간", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("3분기", "2025-Q3", "quarter", ctx="신한은행의 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the period named (전분기)")
d.D("이날", "2025-10-28", "day", rel=True, st="optional", anchor="2025-10-28", note="anaphoric day: 28일")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause: the coming Q4")
d.D("같은 날", "2025-10-28", "day", rel=True, st="optional", anchor="2025-10-28", note="anaphoric day (like 이날)")
d.D("3분기", "2025-Q3", "quarter", ctx="같은 날 3분기", rel=True)
Q3, R13 = "2025-Q3", "2025-Q1/2025-Q3"
d.Q("1조4천억", 1400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 1조4천억", S, Q3, "level"))
d.Q("11%", 11, "%", "%", P, ctx="11%↑", f=("순이익", "3분기 순이익 1조4천억", S, Q3, "change", "required",
    "arrow ↑ = change; metric of the figure before it in the headline"))
d.Q("1조 4,230억 원", 1423000000000, W, "원", "currency", f=("당기순이익", None, S, Q3, "level", "required", "연결 기준 outside"))
d.Q("11.2%", 11.2, "%", "%", P, f=("당기순이익", None, S, Q3, "change"))
d.Q("1조 3,500억 원", 1350000000000, W, "원", "currency",
    f=("시장 전망치", None, S, Q3, "level", "optional",
       "figure alone in brackets after a noun is that noun's; a market consensus about the company's profit: whose figure it is is unclear"))
d.Q("4조 1,870억 원", 4187000000000, W, "원", "currency", f=("누적 순이익", None, S, R13, "level", "required", "new paragraph: the story's organization"))
d.Q("8.4%", 8.4, "%", "%", P, f=("누적 순이익", None, S, R13, "change"))
d.Q("8조 5,610억 원", 8561000000000, W, "원", "currency", f=("이자이익", ". 이자이익은", S, R13, "level", "required", "period carried in the paragraph"))
d.Q("2조 9,240억 원", 2924000000000, W, "원", "currency", f=("비이자이익", None, S, R13, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("이자이익", ". 이자이익은", S, R13, "change", "required", "각각: first noun listed"))
d.Q("14.6%", 14.6, "%", "%", P, f=("비이자이익", None, S, R13, "change", "required", "각각: second noun listed"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 9,870억", "신한은행", Q3, "level", "required", "genitive owner 신한은행"))
d.Q("1.55%", 1.55, "%", "%", P, f=("순이자마진", None, "신한은행", Q3, "level", "required", "은행 = 신한은행 (anaphor); period carried"))
d.Q("0.03%포인트", 0.03, PP, "%포인트", P, f=("순이자마진", None, "신한은행", Q3, "change", "required", "basis 전 분기"))
d.Q("0.38%", 0.38, "%", "%", P, f=("연체율", None, "신한은행", Q3, "level"))
d.Q("0.02%포인트", 0.02, PP, "%포인트", P, f=("연체율", None, "신한은행", Q3, "change"))
d.Q("1,420억 원", 142000000000, W, "원", "currency",
    f=("순이익", "1,150억 원의 순이익", "신한카드", Q3, "level", "required", "figures coordinated by a comma share the noun after the last"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("순이익", "1,150억 원의 순이익", "신한투자증권", Q3, "level"))
d.Q("570원", 570, W, "원", "currency",
    f=("배당", None, S, Q3, "level", "optional",
       "주당 = rate denominator; 분기 (like 연간) outside; period: the Q3 dividend of the lead or the day of the board's decision (이날, optional): unclear"))
d.Q("4천억 원", 400000000000, W, "원", "currency", f=("자사주", None, S, "2025", "level", "required", "X 규모의 Y → Y; 연말까지"))
d.Q("13.2%", 13.2, "%", "%", P, f=("보통주자본비율", None, S, "2025-09", "level", "required", "그룹 = 신한금융지주; 9월 말 기준"))
d.Q("50%", 50, "%", "%", P, note="수준까지 (target endpoint, not 'up to'): no bound",
    f=("주주환원율", None, S, "2025-Q4", "level", "optional", "a target of the company; when it applies (4분기에도 … ) is unclear"))
d.Q("1조 6,140억 원", 1614000000000, W, "원", "currency", f=("순이익", "3분기 순이익 1조 6,140억", "KB금융지주", Q3, "level"))

# ---------------------------------------------------------------- 002 game company annual results (입력 stamp + byline without outlet)
d = Doc("002_7f03164bd0dfcb3a", "2026-02-11"); docs.append(d)
K = "크래프톤"
d.Oall(K, K)
d.O("스팀", "스팀", st="optional", note="a game store platform (a platform or a product)")
d.O("넥슨", "넥슨")
d.O("엔씨소프트", "엔씨소프트")
d.D("지난해", "2025", "year", ctx="크래프톤, 지난해", rel=True)
d.D("2026.02.11", "2026-02-11", "day", st="optional", note="publication stamp")
d.D("지난해", "2025", "year", ctx="크래프톤은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.8%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the disclosure")
d.D("2007년", "2007", "year", note="founding as background")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("지난해", "2025", "year", ctx="엔씨소프트는 지난해", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01")
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
Y = "2025"
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="매출 3조 원 첫", bound="gt", note="돌파 → gt",
    f=("매출", "지난해 매출 3조", K, Y, "level"))
d.Q("92%", 92, "%", "%", P, ctx="비중 92%", f=("해외 비중", None, K, Y, "level"))
d.Q("3조 1,240억 원", 3124000000000, W, "원", "currency", f=("매출", "매출이 3조 1,240억", K, Y, "level", "required", "연결 기준 outside"))
d.Q("14.8%", 14.8, "%", "%", P, f=("매출", "매출이 3조 1,240억", K, Y, "change"))
d.Q("1조 3,560억 원", 1356000000000, W, "원", "currency", f=("영업이익", "영업이익은 1조 3,560억", K, Y, "level"))
d.Q("16.2%", 16.2, "%", "%", P, f=("영업이익", "영업이익은 1조 3,560억", K, Y, "change"))
d.Q("43.4%", 43.4, "%", "%", P, f=("영업이익률", None, K, Y, "level"))
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="매출이 3조 원을 넘어선", bound="gt", note="넘어선 → gt",
    f=("매출", "연간 매출이 3조 원을", K, Y, "level", "required", "연간 outside; 2007년 is a founding, no period"))
d.Q("2조 8,740억 원", 2874000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "lead's period"))
d.Q("92%", 92, "%", "%", P, ctx="매출의 92%",
    f=("해외 매출", None, K, Y, "level", "required", "share of a whole measures the part named before it"))
d.Q("1조 6,900억 원", 1690000000000, W, "원", "currency",
    f=("해외 매출", None, K, Y, "level", "required", "breakdown (지역별로는): categories of the figure before keep its metric"))
d.Q("8,120억 원", 812000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "breakdown"))
d.Q("3,720억 원", 372000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "breakdown"))
d.Q("1조 8,300억 원", 1830000000000, W, "원", "currency", f=("PC 매출", None, K, Y, "level"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency",
    f=("PC 매출", None, K, Y, "level", "required",
       "모바일이: no metric of its own in a list; takes the last figure's of the same unit (reads as mobile revenue; span overlap with 매출)"))
d.Q("21%", 21, "%", "%", P, f=("PC 매출", None, K, Y, "change", "required", "각각: first"))
d.Q("6%", 6, "%", "%", P, f=("PC 매출", None, K, Y, "change", "required", "각각: second (모바일, as the figure before)"))
d.Q("80만 명", 800000, "명", "명", C, bound="gt", note="넘기며 → gt",
    f=("동시 접속자", None, "", "2025-12", "level", "required", "a product's figure (배틀그라운드): no subject"))
d.Q("3위", 3, "위", "위", "ordinal")
d.Q("4조 2,100억 원", 4210000000000, W, "원", "currency", f=("매출", "원의 매출을 올렸다", "넥슨", Y, "level", "required", "각각: 넥슨"))
d.Q("1조 5,800억 원", 1580000000000, W, "원", "currency", f=("매출", "원의 매출을 올렸다", "엔씨소프트", Y, "level", "required", "각각: 엔씨소프트"))
d.Q("7,980억 원", 798000000000, W, "원", "currency", f=("매출", "매출은 7,980억", K, "2025-Q4", "level"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,870억", K, "2025-Q4", "level"))
d.Q("7.3%", 7.3, "%", "%", P, f=("영업이익", "영업이익은 전년", K, "2025-Q4", "change", "required", "period carried in the paragraph"))
d.Q("5종", 5, "종", "종", C, f=("신작", None, K, "2026", "level", "required", "회사는 = 크래프톤"))
d.Q("4,500억 원", 450000000000, W, "원", "currency", approx=True,
    f=("투자", "투자할", K, "2026", "level", "required", "투자 is no spend verb of the list: the verbal noun (the recipient 연구개발에 stays out, like 출자)"))
d.Q("4,620명", 4620, "명", "명", C, f=("임직원 수", None, K, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새")
d.Q("510명", 510, "명", "명", C, f=("임직원 수", None, K, Y, "change"))

# ---------------------------------------------------------------- 003 shipbuilder's orders (입력 stamp, no byline)
d = Doc("003_0da6be1b8eb125a9", "2025-12-22"); docs.append(d)
H = "HD한국조선해양"
d.Oall(H, H)
d.O("HD현대중공업", "HD현대중공업")
d.O("HD현대미포", "HD현대미포")
d.O("HD현대삼호", "HD현대삼호")
d.O("클락슨리서치", "클락슨리서치", note="market research firm (an ORG; never the subject)")
d.D("올해", "2025", "year", ctx="HD한국조선해양, 올해", rel=True)
d.D("2025.12.22", "2025-12-22", "day", st="optional", note="publication stamp")
d.D("올해 1월", "2025-01", "month", rel=True)
d.D("지난 19일", "2025-12-19", "day", rel=True, note="A부터 B까지 = two mentions")
d.D("22일", "2025-12-22", "day", rel=True, note="day of the report")
d.D("지난해", "2024", "year", rel=True)
d.D("같은 기간", "2024-01/2024-12-19", "day", rel=True, st="optional", anchor="2024-01-01", note="points back (지난해 같은 기간)")
d.D("올해", "2025", "year", ctx="기준 올해", rel=True)
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("내년", "2026", "year", ctx="회사는 내년", rel=True)
d.D("올해", "2025", "year", ctx="올해보다 5%", rel=True, note="basis of the comparison")
d.D("내년", "2026", "year", ctx="내년에도", rel=True)
R = "2025-01/2025-12-19"
d.Q("200억 달러", 20000000000, U, "달러", "currency", bound="gt", note="넘겨 → gt", f=("수주", "수주 200억", H, "2025", "level"))
d.Q("112%", 112, "%", "%", P, f=("목표 달성률", None, H, "2025", "level"))
d.Q("124척", 124, "척", "척", C, f=("선박", None, H, R, "level", "required", "A부터 B까지 → range"))
d.Q("205억 달러", 20500000000, U, "달러", "currency", f=("수주액", "수주액은", H, R, "level", "required", "period carried in the paragraph"))
d.Q("30조 2천억 원", 30200000000000, W, "원", "currency", approx=True, eq=("205억 달러",),
    f=("수주액", "수주액은", H, R, "level", "required", "conversion: same slots as 205억 달러"))
d.Q("182억 달러", 18200000000, U, "달러", "currency",
    f=("목표", "연간 목표 182억", H, "2025", "level", "optional", "the annual target (연간 outside): its year is 2025, but the only DATE carried is the lead's range: unclear"))
d.Q("112.6%", 112.6, "%", "%", P,
    f=("수주액", "수주액은", H, R, "level", "optional", "ratio to the target (목표 …의 112.6%): share-of-a-whole line gives 수주액, the title calls it 목표 달성률: unclear"))
d.Q("176억 달러", 17600000000, U, "달러", "currency",
    f=("수주액", "수주액은", H, "2024-01/2024-12-19", "level", "optional",
       "date right before a figure in brackets dates it only; the brackets follow a date, not a noun: metric carried; its period is 같은 기간 (optional DATE)"))
d.Q("16.5%", 16.5, "%", "%", P, f=("수주액", "수주액은", H, R, "change", "required", "rate with no metric of its own: the figure before it (176억 달러)"))
d.Q("48척", 48, "척", "척", C,
    f=("선박", "선박 124척", "HD현대중공업", R, "level", "optional", "count in a breakdown by subsidiary: the counted noun (선박) stands only in the lead: metric unclear"))
d.Q("92억 달러", 9200000000, U, "달러", "currency",
    f=("수주액", None, "HD현대중공업", R, "level", "required", "breakdown (계열사별로는): amounts keep the metric of the figure before (수주액; its nearest mention); list: the ORG right before"))
d.Q("41척", 41, "척", "척", C, f=("선박", "선박 124척", "HD현대미포", R, "level", "optional", "as 48척"))
d.Q("58억 달러", 5800000000, U, "달러", "currency", f=("수주액", None, "HD현대미포", R, "level", "required", "breakdown; list"))
d.Q("35척", 35, "척", "척", C, f=("선박", "선박 124척", "HD현대삼호", R, "level", "optional", "as 48척"))
d.Q("55억 달러", 5500000000, U, "달러", "currency", f=("수주액", None, "HD현대삼호", R, "level", "required", "breakdown; list"))
d.Q("세 회사", 3, "회사", "회사", C, st="optional", note="세 + a noun that is no counter (optional, like 70억 인구)")
d.Q("18%", 18, "%", "%", P, f=("글로벌 수주 점유율", None, H, "2025", "level", "required", "research firm reports, the company is the subject"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("38척", 38, "척", "척", C,
    f=("액화천연가스(LNG) 운반선", None, H, R, "level", "required", "breakdown (선종별로는): its counts count the items; lead's period"))
d.Q("45%", 45, "%", "%", P,
    f=("수주액", "전체 수주액의 45%", H, R, "level", "required", "share of a whole with no part named by a measure: the whole"))
d.Q("14척", 14, "척", "척", C, f=("초대형원유운반선", None, H, R, "level", "required", "the noun before its name in brackets"))
d.Q("27척", 27, "척", "척", C, f=("컨테이너선", None, H, R, "level"))
d.Q("812억 달러", 81200000000, U, "달러", "currency", f=("수주 잔고", None, H, "2025-11", "level"))
d.Q("3년 6개월", 42, "month", "년 개월", "duration", note="compound duration in its smallest unit; 치 outside (not after a currency: no approx)")
d.Q("5%", 5, "%", "%", P, ctx="올해보다 5%",
    f=("수주 목표", None, H, "2026", "change", "required", "figure between …보다 and a comparative adjective: a difference; 회사는 = HD한국조선해양"))
d.Q("191억 달러", 19100000000, U, "달러", "currency", approx=True, note="안팎 → approx", f=("수주 목표", None, H, "2026", "level"))
d.Q("2억 5천만 달러", 250000000, U, "달러", "currency",
    f=("LNG선 선가", None, "", "", "level", "optional",
       "market price (no ORG); 척당 = rate denominator without a number; period: present, or 내년 carried from the sentence before: unclear"))

# ---------------------------------------------------------------- 004 ministry's monthly export statistics (Yonhap dateline, no year anywhere)
d = Doc("004_976b6cb1c6e58703", "2025-09-01"); docs.append(d)
M = "산업통상자원부"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(M, M)
d.Oall("산업부", M)
d.D("지난달", "2025-08", "month", ctx="지난달 수출 584", rel=True)
d.D("지난달", "2025-08", "month", ctx="지난달 수출액", rel=True)
d.D("전년 같은 달", "2024-08", "month", rel=True, st="optional", anchor="2025-08-01", note="points back")
d.D("1일", "2025-09-01", "day", rel=True, note="day of the release")
d.D("8월", "2025-08", "month", ctx="8월 수출입", rel=True, note="the month the statistic covers")
d.D("8월", "2025-08", "month", ctx="8월 기준 역대", rel=True, st="optional", note="a record among Augusts (like holdout3's 10월 기준 역대 최고)")
d.D("올해 1~8월", "2025-01/2025-08", "month", rel=True)
d.D("작년", "2024", "year", rel=True)
d.D("같은 기간", "2024-01/2024-08", "month", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("하반기", "2025-H2", "half", rel=True)
d.D("올해", "2025", "year", ctx="올해 수출 바우처", rel=True)
d.D("이달", "2025-09", "month", rel=True, note="이달 중: 중 outside")
A8, R8 = "2025-08", "2025-01/2025-08"
NS = "national statistic reported by the ministry: no subject"
d.Q("584억 달러", 58400000000, U, "달러", "currency", ctx="지난달 수출 584억 달러…",
    f=("수출", "지난달 수출 584", "", A8, "level", "required", NS))
d.Q("3개월", 3, "month", "개월", "duration", note="3개월 연속: an amount of time")
d.Q("584억 달러", 58400000000, U, "달러", "currency", ctx="수출액이 584억 달러", f=("수출액", "지난달 수출액", "", A8, "level", "required", NS))
d.Q("6.3%", 6.3, "%", "%", P, f=("수출액", "지난달 수출액", "", A8, "change"))
d.Q("517억 달러", 51700000000, U, "달러", "currency", f=("수입액", None, "", A8, "level", "required", "period carried in the paragraph"))
d.Q("1.8%", 1.8, "%", "%", P, f=("수입액", None, "", A8, "change"))
d.Q("67억 달러", 6700000000, U, "달러", "currency", f=("무역수지", None, "", A8, "level"))
d.Q("151억 달러", 15100000000, U, "달러", "currency", f=("반도체 수출", None, "", A8, "level", "required", "lead's period (new paragraph)"))
d.Q("22.4%", 22.4, "%", "%", P, f=("반도체 수출", None, "", A8, "change"))
d.Q("55억 달러", 5500000000, U, "달러", "currency",
    f=("반도체 수출", None, "", A8, "level", "required", "topic 자동차는 names no measure: list going on from the sentence before takes the last same-unit figure's metric"))
d.Q("24억 달러", 2400000000, U, "달러", "currency", f=("반도체 수출", None, "", A8, "level", "required", "as 55억 달러"))
d.Q("4.1%", 4.1, "%", "%", P, f=("반도체 수출", None, "", A8, "change", "required", "각각: the first figure before it"))
d.Q("38.7%", 38.7, "%", "%", P, f=("반도체 수출", None, "", A8, "change", "required", "각각: the second figure before it"))
d.Q("-12.5%", -12.5, "%", "%", P, f=("석유제품", None, "", A8, "change", "required", "figure alone in brackets after a noun; minus sign → change"))
d.Q("-8.9%", -8.9, "%", "%", P, f=("철강", None, "", A8, "change"))
d.Q("9개", 9, "개", "개", C,
    f=("지역", "9개 지역", "", A8, "level", "optional", "definitional set (주요 9개 지역), like 상위 5개 업체"))
d.Q("6곳", 6, "곳", "곳", C, f=("지역", "9개 지역", "", A8, "level", "required", "the regions where exports rose (가운데)"))
d.Q("104억 달러", 10400000000, U, "달러", "currency", f=("대미국 수출", None, "", A8, "level"))
d.Q("2.7%", 2.7, "%", "%", P, f=("대미국 수출", None, "", A8, "change"))
d.Q("101억 달러", 10100000000, U, "달러", "currency", f=("아세안 수출", None, "", A8, "level"))
d.Q("9.6%", 9.6, "%", "%", P, f=("아세안 수출", None, "", A8, "change"))
d.Q("110억 달러", 11000000000, U, "달러", "currency", f=("중국 수출", None, "", A8, "level"))
d.Q("석 달", 3, "month", "달", "duration", note="석 달 만에: 만에 outside")
d.Q("18.8%", 18.8, "%", "%", P, f=("중국 수출", None, "", A8, "level", "required", "share of a whole: the part named before"))
d.Q("4,520억 달러", 452000000000, U, "달러", "currency", f=("누적 수출액", None, "", R8, "level"))
d.Q("1.9%", 1.9, "%", "%", P, f=("누적 수출액", None, "", R8, "change", "required", "…보다 1.9% 많았다: a difference"))
d.Q("26억 6천만 달러", 2660000000, U, "달러", "currency",
    f=("일평균 수출액", None, "", R8, "level", "optional", "period carried in the paragraph (1~8월) or the month of the release (8월): unclear"))
d.Q("5.2%", 5.2, "%", "%", P, f=("일평균 수출액", None, "", R8, "change", "optional", "as 26억 6천만 달러"))
d.Q("3%", 3, "%", "%", P, ctx="3%대", approx=True, note="3%대: 대 outside, approx",
    f=("수출 증가율", None, "", "2025-H2", "change", "required", "a forecast of the ministry (source) about a national measure: no subject; a growth rate is a rate of change: change (FACTS.md kind, relabelled in session 20)"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("수출 바우처 예산", None, M, "2025", "level", "required", "the body's own figure (its budget); 올해 before the metric"))

# ---------------------------------------------------------------- 005 provincial budget (regional daily, 입력 stamp)
d = Doc("005_1afd3cfc2fcca2a8", "2025-11-04"); docs.append(d)
G = "경상남도"
d.O("경남도", G, ctx="경남도, 내년", note="short form; full name in the lead")
d.O(G, G)
d.O("경남도의회", "경남도의회")
d.O("우주항공청", "우주항공청")
d.O("도의회", "도의회", ctx="도의회 심의", st="optional", note="unnamed institution noun (like 시의회)")
d.D("내년", "2026", "year", ctx="내년 예산", rel=True)
d.D("올해", "2025", "year", ctx="올해보다 4.6%", rel=True)
d.D("2025.11.04", "2025-11-04", "day", st="optional", note="publication stamp")
d.D("2026년도", "2026", "year", note="년도 in the span")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the report")
d.D("올해", "2025", "year", ctx="올해 당초예산", rel=True, note="basis")
d.D("올해", "2025", "year", ctx="올해보다 23%", rel=True, note="basis")
d.D("내년 1월", "2026-01", "month", rel=True)
d.D("내년 말", "2026", "year", mod="END", rel=True)
d.D("다음 달 16일", "2025-12-16", "day", rel=True)
Y6 = "2026"
d.Q("13조 8천억", 13800000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산", G, Y6, "level"))
d.Q("4.6%", 4.6, "%", "%", P, ctx="올해보다 4.6%", f=("예산", "내년 예산", G, Y6, "change", "required", "the headline's figure before it"))
d.Q("13조 8,412억 원", 13841200000000, W, "원", "currency",
    f=("당초예산안", "당초예산안을", G, Y6, "level", "required", "the object set to the figure (X 규모로 편성)"))
d.Q("6,080억 원", 608000000000, W, "원", "currency",
    f=("당초예산안", "당초예산안을", G, Y6, "change", "required", "no metric of its own: last figure of the sentence right before; 올해 … 보다 = basis"))
d.Q("4.6%", 4.6, "%", "%", P, ctx="(4.6%)", f=("당초예산안", "당초예산안을", G, Y6, "change", "required", "in brackets after a figure, no noun: as 6,080억 원"))
d.Q("11조 9,250억 원", 11925000000000, W, "원", "currency", f=("일반회계", None, G, Y6, "level"))
d.Q("1조 9,162억 원", 1916200000000, W, "원", "currency", f=("특별회계", None, G, Y6, "level", "required", "a topic that is the metric does not stop the carried subject"))
d.Q("4조 2,300억 원", 4230000000000, W, "원", "currency",
    f=("사회복지 분야", None, G, Y6, "level", "required", "편성: the purpose marked by 에 right before; lead's period"))
d.Q("30.6%", 30.6, "%", "%", P, f=("사회복지 분야", None, G, Y6, "level", "required", "share of a whole: the part named before"))
d.Q("1조 5,700억 원", 1570000000000, W, "원", "currency", f=("농림해양수산 분야", None, G, Y6, "level", "required", "배정: the field marked 에는"))
d.Q("9,800억 원", 980000000000, W, "원", "currency", f=("교통·물류 분야", None, G, Y6, "level"))
d.Q("1조 1,050억 원", 1105000000000, W, "원", "currency",
    f=("보건 분야", None, G, Y6, "level", "required", "the topic names the budget field (like 일반회계는 12조 원)"))
d.Q("7.2%", 7.2, "%", "%", P, f=("보건 분야", None, G, Y6, "change"))
d.Q("23%", 23, "%", "%", P, ctx="올해보다 23%",
    f=("저출생 대응 사업", None, G, Y6, "change", "required", "…보다 … 많은: a difference; 반영: the purpose marked 에는"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("저출생 대응 사업", None, G, Y6, "level"))
d.Q("1,120억 원", 112000000000, W, "원", "currency",
    f=("우주항공산업 육성", None, G, Y6, "level", "required", "투입 (spend verb): the purpose marked by 에; 도는 = 경상남도"))
d.Q("2곳", 2, "곳", "곳", C, f=("산업단지", None, G, Y6, "level"))
d.Q("860억 원", 86000000000, W, "원", "currency", f=("청년 일자리와 주거 지원", None, G, Y6, "level", "required", "쓰다 (spend verb): the purpose marked 에는"))
d.Q("1만 2천 명", 12000, "명", "명", C, f=("청년", "청년 1만", G, Y6, "level"))
d.Q("20만 원", 200000, W, "원", "currency", f=("월세", None, G, Y6, "level", "required", "월 = rate (no number); the noun after 의"))
d.Q("12개월", 12, "month", "개월", "duration", bound="max", note="최대 → max")
d.Q("1조 원", 1000000000000, W, "원", "currency", f=("중소기업 육성자금", None, G, "2026-01", "level", "required", "내년 1월부터"))
d.Q("2%", 2, "%", "%", P, ctx="2%대", approx=True, note="2%대: 대 outside, approx", f=("금리", None, G, "2026-01", "level"))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("채무", "도의 채무", G, "2026", "level", "required", "내년 말 → 2026 (END)"))
d.Q("9.0%", "9.0", "%", "%", P, f=("채무비율", None, G, "2026", "level", "required", "수준 = bound word; period carried"))
d.Q("1인", 1, "인", "인", C, st="optional", note="dummy 1 of a rate (1인당), like 일인당")
d.Q("38만 원", 380000, W, "원", "currency", approx=True, f=("채무", "1인당 채무", G, "2026", "level", "required", "per resident (1인당); period carried"))

# ---------------------------------------------------------------- 006 department stores' holiday sales recap (no stamp, no year anywhere)
d = Doc("006_ffef2e879d8b5d22", "2025-10-13"); docs.append(d)
L, SG, HY = "롯데백화점", "신세계백화점", "현대백화점"
d.Oall(L, L, skip={1})  # index 1 is 롯데백화점 잠실점 (labelled below)
d.O("롯데백화점 잠실점", "롯데백화점 잠실점", note="a parent name followed by one of its units is one mention")
d.Oall(SG, SG)
d.Oall(HY, HY)
d.O("강남점", "강남점", st="optional", note="a store of 신세계백화점 named alone (a unit or a place)")
d.O("쿠팡", "쿠팡")
d.O("SSG닷컴", "SSG닷컴")
d.D("추석", "2025-10-06", "day", ctx="추석 연휴 매출", rel=True, st="optional", note="holiday (lunar 8/15)")
d.D("추석", "2025-10-06", "day", ctx="이어진 추석", rel=True, st="optional", note="holiday (lunar 8/15)")
d.D("지난해", "2024", "year", ctx="지난해 연휴보다", rel=True, note="basis of the comparison")
d.D("13일", "2025-10-13", "day", rel=True, note="day of the report (업계에 따르면)")
d.D("10월 3~12일", "2025-10-03/2025-10-12", "day", rel=True, note="range of days written with ~")
d.D("전년", "2024", "year", ctx="전년 연휴", rel=True, st="optional", anchor="2025-10-03", note="points back")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of years before 전")
d.D("첫날", "2025-10-03", "day", rel=True, st="optional", anchor="2025-10-03", note="points back (like 당일, 첫해)")
d.D("3일", "2025-10-03", "day", ctx="첫날인 3일", rel=True)
d.D("이 기간", "2025-10-03/2025-10-12", "day", rel=True, st="optional", anchor="2025-10-03", note="points back (like 같은 기간)")
d.D("지난해", "2024", "year", ctx="지난해 추석", rel=True,
    note="a year before a holiday is a DATE of its own (docs/annotation.md, DATE decisions: a year before a holiday); basis")
d.D("추석", "2024-09-17", "day", ctx="지난해 추석", rel=True, st="optional",
    note="holiday placed in the year before it (docs/annotation.md, DATE decisions: a year before a holiday); basis")
d.D("전년", "2024", "year", ctx="전년 대비 27%", rel=True, st="optional", anchor="2025-10-03", note="points back")
d.D("이달 말", "2025-10", "month", mod="END", rel=True, note="future clause (세일에서도 … 기대): this month's end")
HR = "2025-10-03/2025-10-12"
G3 = "definitional count of the group (백화점 3사): whose and what it counts is unclear"
d.Q("3사", 3, "사", "사", C, ctx="백화점 3사, 추석", f=("백화점", "백화점 3사, 추석", "", "", "level", "optional", G3))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional", note="두 + a noun that is no counter")
d.Q("열흘", 10, "day", "열흘", "duration", bound="max", note="최장 (the longest) read like 최대; 간 outside")
d.Q("3사", 3, "사", "사", C, ctx="3사의 매출이", f=("백화점", "백화점 3사의 매출이", "", "", "level", "optional", G3))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", "12일) 매출은", L, HR, "change", "required", "각각: the three stores listed"))
d.Q("15.1%", 15.1, "%", "%", P, f=("매출", "12일) 매출은", SG, HR, "change", "required", "각각"))
d.Q("10.8%", 10.8, "%", "%", P, f=("매출", "12일) 매출은", HY, HR, "change", "required", "각각"))
d.Q("19.3%", 19.3, "%", "%", P, f=("강남점 매출", None, SG, HR, "change", "required", "topic 신세계백화점; lead's period"))
d.Q("3사", 3, "사", "사", C, ctx="3사 평균", f=("", None, "", "", "level", "optional", G3))
d.Q("17%", 17, "%", "%", P,
    f=("명품 매출", None, "", HR, "change", "optional", "3사 평균: the three stores together (named in the lead) or the carried 신세계백화점: subject unclear"))
d.Q("14%", 14, "%", "%", P, ctx="14% 증가", f=("식품 매출", None, "", HR, "change", "optional", "as 17%"))
d.Q("42%", 42, "%", "%", P, f=("외국인 고객 매출", None, HY, HR, "change", "required", "1년 전 = basis"))
d.Q("8%", 8, "%", "%", P, ctx="매출의 8%", f=("외국인 고객 매출", None, HY, HR, "level", "required", "share of a whole: the part named before"))
d.Q("3사", 3, "사", "사", C, ctx="3사에 하루", f=("백화점", "백화점 3사에", "", "", "level", "optional", G3))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate denominator (하루 평균)")
d.Q("120만 명", 1200000, "명", "명", C,
    f=("방문", None, "", HR, "level", "optional", "visitors of the three stores taken together (named only in the lead paragraph): subject unclear"))
d.Q("15만 명", 150000, "명", "명", C,
    f=("", None, "롯데백화점 잠실점", "2025-10-03", "level", "required", "몰렸다: a plain verb, no metric; the day of the event (첫날인 3일)"))
d.Q("3사", 3, "사", "사", C, ctx="3사의 상품권", f=("", None, "", "", "level", "optional", G3))
d.Q("1,850억 원", 185000000000, W, "원", "currency",
    f=("상품권 판매액", None, "", HR, "level", "optional", "3사의: the three stores (named in the lead) taken together: subject unclear; 이 기간 = the holiday"))
d.Q("2주", 2, "week", "주", "duration", note="2주간: 간 outside")
d.Q("9%", 9, "%", "%", P, ctx="9% 많았다", f=("상품권 판매액", None, "", HR, "change", "optional", "as 1,850억 원"))
d.Q("27%", 27, "%", "%", P, f=("신선식품 주문 건수", None, "쿠팡", HR, "change", "required", "연휴 기간 = the lead's range"))
d.Q("1.4배", 1.4, "배", "배", C,
    f=("명절 선물세트 매출", None, "SSG닷컴", HR, "change", "required", "a multiple reached by a change word (1.4배로 증가): change; reported by SSG닷컴 itself"))
d.Q("5%", 5, "%", "%", P, ctx="5% 안팎", approx=True, note="안팎 → approx",
    f=("성장", None, "", "2025-10", "level", "required", "the industry's expectation (no ORG); 이달 말"))

# ---------------------------------------------------------------- 007 startup funding round (뉴시스 dateline)
d = Doc("007_7a498685f6d304a7", "2026-03-17"); docs.append(d)
LB = "루멘바이오"
d.Oall(LB, LB)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall("한국투자파트너스", "한국투자파트너스")
d.O("KB인베스트먼트", "KB인베스트먼트")
d.O("스마일게이트인베스트먼트", "스마일게이트인베스트먼트")
d.Oall("대웅제약", "대웅제약")
d.D("지난달", "2026-02", "month", rel=True)
d.D("17일", "2026-03-17", "day", rel=True, note="day of the report")
d.D("2023년", "2023", "year")
d.D("당시", "2023", "year", rel=True, st="optional", anchor="2023-01-01", note="points back to 2023년 (당시)")
d.D("2021년", "2021", "year", note="founding as background")
d.D("내년 상반기", "2027-H1", "half", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (future)")
d.D("2028년", "2028", "year", note="2028년까지: a deadline")
FEB = "2026-02"
d.Q("450억", 45000000000, W, "", "currency", ctx="450억 시리즈B", st="optional", note="headline amount, currency implied",
    f=("시리즈B", "450억 시리즈B", LB, FEB, "level"))
d.Q("720억", 72000000000, W, "", "currency", ctx="투자 720억", st="optional", note="headline amount, currency implied",
    f=("누적 투자", None, LB, FEB, "level"))
d.Q("450억 원", 45000000000, W, "원", "currency", f=("시리즈B 투자", None, LB, FEB, "level", "required", "X 규모의 Y → Y"))
d.Q("720억 원", 72000000000, W, "원", "currency", f=("누적 투자액", None, LB, FEB, "level", "required", "…으로 늘었다: the new level; period carried"))
d.Q("4곳", 4, "곳", "곳", C,
    f=("기존 투자자", None, LB, FEB, "level", "optional", "the company's existing investors or the round's: subject unclear"))
d.Q("150억 원", 15000000000, W, "원", "currency", f=("투자", "원을 투자했다", "한국투자파트너스", FEB, "level", "required", "각각; verbal noun 투자; lead's period"))
d.Q("80억 원", 8000000000, W, "원", "currency", f=("투자", "원을 투자했다", "대웅제약", FEB, "level", "required", "각각"))
d.Q("2,800억~3,000억 원", 280000000000, W, "원", "currency", hi=300000000000,
    f=("기업가치", "투자 후 기업가치", LB, FEB, "level", "required", "the valuation of the company the round is for (not the investors of the sentence before)"))
d.Q("900억 원", 90000000000, W, "원", "currency",
    f=("기업가치", "투자 후 기업가치", LB, "2023", "level", "required", "the date right before a figure compared with dates it only; a frame of the sentence before (no topic of its own)"))
d.Q("3배", 3, "배", "배", C, bound="min", note="이상 → min",
    f=("기업가치", "투자 후 기업가치", LB, FEB, "change", "required", "multiple right after a figure compared with: its metric; 뛰었다 = change"))
d.Q("7종", 7, "종", "종", C,
    f=("항암 후보물질", None, LB, "", "level", "required", "new paragraph about another activity (the pipeline), present tense: no period"))
d.Q("2곳", 2, "곳", "곳", C, f=("글로벌 제약사", None, LB, "", "level", "required", "as 7종"))
d.Q("2종", 2, "종", "종", C,
    f=("항암 후보물질", None, LB, "2027-H1", "level", "optional", "이 중 2종은: the counted noun is in the sentence before; 내년 상반기 is when they enter trials: unclear"))
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note="lexicalized (임상 1상, like 1심)")
d.Q("86명", 86, "명", "명", C, f=("직원 수", None, LB, "2025", "level"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True,
    f=("임상 개발", None, LB, "", "level", "required", "쓰다 (spend verb): the purpose marked by 에 after it; 회사는 = 루멘바이오; a plan with no date"))
d.Q("120명", 120, "명", "명", C, f=("연구 인력", "연구 인력은", LB, "2026", "level", "required", "…으로 늘린다: the new level; 연말까지"))
d.Q("1건", 1, "건", "건", C, bound="min", note="이상 → min",
    f=("기술수출", None, LB, "2028", "level", "required", "the company's target told by its CEO; 2028년까지"))

# ---------------------------------------------------------------- 008 airline's half-year passenger recap (입력 stamp, no byline)
d = Doc("008_1e5405db69c7f8bf", "2025-07-15"); docs.append(d)
J = "제주항공"
d.Oall(J, J)
d.O("티웨이항공", "티웨이항공")
d.Oall("진에어", "진에어")
d.O("대한항공", "대한항공")
d.O("보잉", "보잉", st="optional", note="maker's name inside a product name (보잉 737-8)")
d.D("상반기", "2025-H1", "half", ctx="제주항공, 상반기", rel=True)
d.D("2025.07.15", "2025-07-15", "day", st="optional", note="publication stamp")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("15일", "2025-07-15", "day", rel=True, note="day of the report")
d.D("지난해", "2024", "year", rel=True)
d.D("같은 기간", "2024-H1", "half", ctx="지난해 같은 기간", rel=True, st="optional", anchor="2024-01-01", note="points back")
d.D("상반기", "2025-H1", "half", ctx="상반기 매출", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01")
d.D("같은 기간", "2025-H1", "half", ctx="진에어는 같은 기간", rel=True, st="optional", anchor="2025-01-01", note="points back to this year's 상반기")
d.D("상반기", "2025-H1", "half", ctx="대한항공은 상반기", rel=True)
d.D("상반기", "2025-H1", "half", ctx="진에어의 상반기", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause: this year's")
d.D("오는 10월", "2025-10", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future)")
d.D("올해", "2025", "year", ctx="올해 연간", rel=True)
H1 = "2025-H1"
d.Q("530만 명", 5300000, "명", "명", C, ctx="530만 명…", f=("여객", "여객 530만", J, H1, "level"))
d.Q("1위", 1, "위", "위", "ordinal", ctx="LCC 1위")
d.Q("530만 명", 5300000, "명", "명", C, ctx="530만 명의 여객", f=("여객", "명의 여객", J, H1, "level", "required", "the noun after 의"))
d.Q("4.2%", 4.2, "%", "%", P, f=("여객", "명의 여객", J, H1, "change", "required", "no metric of its own: the last figure of the sentence right before"))
d.Q("1위", 1, "위", "위", "ordinal", ctx="가운데 1위")
d.Q("362만 명", 3620000, "명", "명", C, f=("국제선 여객", None, J, H1, "level"))
d.Q("168만 명", 1680000, "명", "명", C, f=("국내선 여객", None, J, H1, "level"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("매출", None, J, H1, "level"))
d.Q("88.6%", 88.6, "%", "%", P, f=("국제선 평균 탑승률", None, J, H1, "level", "required", "new paragraph: the story's organization and the lead's period"))
d.Q("1.9%포인트", 1.9, PP, "%포인트", P, f=("국제선 평균 탑승률", None, J, H1, "change"))
RT = "passengers by route in a breakdown after a rate: the metric (여객, the route) is unclear"
d.Q("41만 명", 410000, "명", "명", C, f=("", None, J, H1, "level", "optional", RT))
d.Q("36만 명", 360000, "명", "명", C, f=("", None, J, H1, "level", "optional", RT))
d.Q("29만 명", 290000, "명", "명", C, f=("", None, J, H1, "level", "optional", RT))
d.Q("38%", 38, "%", "%", P, f=("일본 노선 여객", None, J, H1, "level", "required", "share of a whole: the part named before"))
d.Q("470만 명", 4700000, "명", "명", C, f=("", None, "티웨이항공", H1, "level", "required", "각각; 태워: a plain verb, no metric; 같은 기간 = 상반기"))
d.Q("455만 명", 4550000, "명", "명", C, f=("", None, "진에어", H1, "level", "required", "각각"))
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("3위", 3, "위", "위", "ordinal")
d.Q("1,080만 명", 10800000, "명", "명", C, f=("수송", "명을 수송했다. 진에어", "대한항공", H1, "level", "required", "verbal noun 수송"))
d.Q("90.1%", 90.1, "%", "%", P, f=("국제선 탑승률", None, "진에어", H1, "level"))
d.Q("3대", 3, "대", "대", C, f=("항공기", None, J, "2025-H2", "level"))
d.Q("45대", 45, "대", "대", C, f=("보유 대수", None, J, "2025-H2", "level", "required", "the object set to the figure"))
d.Q("3회", 3, "회", "회", C, f=("운항", None, J, "2025-10", "level", "required", "주 = rate (no number); the verbal noun right after"))
d.Q("150명", 150, "명", "명", C, f=("정비 인력", None, J, "2025", "level", "required", "연말까지"))
d.Q("1,100만 명", 11000000, "명", "명", C, f=("여객 목표", None, J, "2025", "level", "required", "연간 outside; 회사는 = 제주항공"))

if __name__ == "__main__":
    write_all(docs)
