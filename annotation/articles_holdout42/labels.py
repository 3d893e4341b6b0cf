"""Gold labels of articles-holdout42, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: python annotation/articles_holdout42/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT_HEAD = "headline amount, currency implied (No unit, no quantity: optional)"
RATE_DAY = "native day word as a rate word (하루 평균): rate denominators are optional"
PB = "points back to a period named in the text: optional"

# ---------------------------------------------------------------- 001 delivery platform's annual GMV and riders (뉴스1 dateline, years written)
d = Doc("001_14151a7839e63bce", "2026-02-10"); docs.append(d)
S = "배달통통"
d.Oall(S, S, special={0: ("required", "invented platform, headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("배달의민족", "배달의민족", note="rival platform (a business run as a platform)")
d.O("쿠팡이츠", "쿠팡이츠", note="rival platform")
d.O("한빛커머스홀딩스", "한빛커머스홀딩스", note="invented parent company (모회사)")
Y = "2025"
d.D("작년", Y, "year", ctx="작년 거래액", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 18.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Y, "year", ctx="같은 기간 주문", rel=True, st="optional", anchor="2025-01-01", note="같은 기간: optional; points back to 2025년")
d.D("2024년", "2024", "year")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해 말", Y, "year", ctx="라이더는 지난해 말", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Y, "year", ctx="같은 기간 거래액이", rel=True, st="optional", anchor="2025-01-01", note="같은 기간: optional; points back to 2025")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", ctx="올해 배달통통에", rel=True)
d.D("지난해 말", Y, "year", ctx="지난해 말 12만", mod="END", rel=True, note="in the relative clause of the old level (12만 곳이던)")
d.D("올해 말", "2026", "year", mod="END", rel=True, note="올해 말까지 (까지 outside): a deadline of a plan")
d.D("올해", "2026", "year", ctx="\"올해 거래액", rel=True)
d.Q("4조", 4000000000000, W, "", "currency", ctx="4조 돌파", bound="gt", st="optional", note=OPT_HEAD + "; 돌파 → gt")
d.Q("3만명", 30000, "명", "명", C, ctx="3만명 넘어", bound="gt", note="넘어 → gt",
    f=("라이더", "라이더 3만명", S, Y, "level", "required", "headline: its topic and its own date (작년)"))
d.Q("4조 1,300억 원", 4130000000000, W, "원", "currency", f=("거래액", "연간 거래액이", S, Y, "level", "required", "연간 is a basis modifier: outside the metric"))
d.Q("18.6%", "18.6", "%", "%", P, f=("거래액", "연간 거래액이", S, Y, "change", "required", "전년보다 = basis"))
d.Q("2억 7,400만 건", 274000000, "건", "건", C, f=("주문 건수", None, S, Y, "level", "required", "같은 기간 (optional DATE) points back to 2025; subject carried"))
d.Q("2억 3,900만 건", 239000000, "건", "건", C,
    f=("주문 건수", None, S, "2024", "level", "required", "a figure in brackets after a year is that year's figure of the same measure"))
d.Q("3,500만 건", 35000000, "건", "건", C, f=("주문 건수", None, S, Y, "change"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 약 75만", st="optional", note=RATE_DAY)
d.Q("75만 건", 750000, "건", "건", C, approx=True, note="약 outside: approx",
    f=("주문", "건의 주문이", S, Y, "level", "required", "the counted noun after the count (N건의 주문); period and subject carried"))
d.Q("한 달", 1, "month", "달", "duration", st="optional",
    note="지난해 12월 한 달 거래액: an amount of time restating the month, close to a rate word (한 달 거래액): optional")
d.Q("4,020억 원", 402000000000, W, "원", "currency", f=("거래액", "한 달 거래액", S, "2025-12", "level"))
d.Q("3만 1,200명", 31200, "명", "명", C, f=("활동 라이더", None, S, Y, "level", "required", "지난해 말 기준: value 2025 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): a duration, no fact")
d.Q("4,600명", 4600, "명", "명", C, f=("활동 라이더", None, S, Y, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the 1 of a rate denominator (1인당): optional")
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 배달", st="optional", note=RATE_DAY)
d.Q("21.4건", "21.4", "건", "건", C, f=("배달 건수", None, S, Y, "level", "required", "the period last set for the platform (지난해 말: 2025) carried"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("19조 원", 19000000000000, W, "원", "currency", approx=True, note="약 outside: approx",
    f=("거래액", "같은 기간 거래액이", "배달의민족", Y, "level", "required", "같은 기간 (optional DATE) → 2025"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("11조 원", 11000000000000, W, "원", "currency", approx=True, note="약 outside: approx",
    f=("거래액", "같은 기간 거래액이", "쿠팡이츠", Y, "level", "required", "listed with the figure before: its measure and period; its own topic"))
d.Q("10.3%", "10.3", "%", "%", P, f=("시장 점유율", None, S, Y, "level", "required", "the platform's period last set (2025) carried"))
d.Q("1.2%포인트", "1.2", PP, "%포인트", P, f=("시장 점유율", None, S, Y, "change", "required", "전년 대비 = basis"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("투자", "투자하기로", "한빛커머스홀딩스", "2026", "level", "required",
       "the parent invests: its figure; 배달통통에 is the recipient; no measure noun: the verbal noun (투자하기로); 올해 in the clause"))
d.Q("12만 곳", 120000, "곳", "곳", C,
    f=("비수도권 가맹점", None, S, Y, "level", "required", "the old level dated by its own relative clause (지난해 말 … 이던)"))
d.Q("15만 곳", 150000, "곳", "곳", C, f=("비수도권 가맹점", None, S, "2026", "level", "required", "a target dated 올해 말까지 (value 2026)"))
d.Q("5조 원", 5000000000000, W, "원", "currency",
    f=("거래액", "\"올해 거래액", S, "2026", "level", "required", "a target in the company head's quote (박준형 배달통통 대표): the company's figure"))
d.Q("4만 명", 40000, "명", "명", C, bound="min", note="이상 → min",
    f=("라이더", "라이더 4만", S, "2026", "level", "required", "listed with the figure before in the quote: same subject and period"))

# ---------------------------------------------------------------- 002 battery maker's annual results, plant abroad, JV (연합뉴스 dateline, no year anywhere)
d = Doc("002_0208d533e8f84e65", "2026-01-29"); docs.append(d)
S, JV, GM = "대한셀텍", "노스스타셀", "제너럴모터스"
d.Oall(S, S, special={0: ("required", "invented battery maker, headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("이사회", "이사회", st="optional", note="the company's board, an unnamed institution noun: optional")
d.O(GM, GM, aliases="GM", note="automaker, JV partner; (GM) right after the name is an alias")
d.O(JV, JV, note="invented JV (합작법인) named after its description; 미국 (place) outside")
Y = "2025"
d.D("작년", Y, "year", ctx="작년 영업이익", rel=True)
d.D("지난해", Y, "year", ctx="대한셀텍은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년(3.5%)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 제품별", rel=True)
d.D("이날", "2026-01-29", "day", rel=True, st="optional", anchor="2026-01-29", note="points back to 29일 (like 당일): optional")
d.D("내년 하반기", "2027-H2", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
d.D("작년", Y, "year", ctx="작년 1조", rel=True)
d.D("작년 말", Y, "year", mod="END", rel=True, note="in the relative clause of the old level (작년 말 25GWh였던)")
d.D("내년 말", "2027", "year", mod="END", rel=True, note="까지 outside")
d.D("올해", "2026", "year", ctx="올해 매출 목표", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 배터리", rel=True)
d.D("작년", Y, "year", ctx="작년보다 15%", rel=True, note="a comparison's basis, still a DATE")
d.Q("12.7%", "12.7", "%", "%", P, ctx="12.7% 증가",
    f=("영업이익", "작년 영업이익", S, Y, "change", "required", "headline: its topic and its own date (작년)"))
d.Q("2조", 2000000000000, W, "", "currency", ctx="2조 투자", st="optional", note=OPT_HEAD)
d.Q("9조 8,600억 원", 9860000000000, W, "원", "currency", f=("매출", "매출이 9조", S, Y, "level", "required", "연결 기준: a basis modifier, outside"))
d.Q("6.2%", "6.2", "%", "%", P, f=("매출", "매출이 9조", S, Y, "change"))
d.Q("4,130억 원", 413000000000, W, "원", "currency", f=("영업이익", "영업이익은 4,130억", S, Y, "level"))
d.Q("12.7%", "12.7", "%", "%", P, ctx="12.7% 늘었다", f=("영업이익", "영업이익은 4,130억", S, Y, "change"))
d.Q("4.2%", "4.2", "%", "%", P, f=("영업이익률", None, S, Y, "level", "required", "new sentence continuing about the company: subject and period carried"))
d.Q("3.5%", "3.5", "%", "%", P,
    f=("영업이익률", None, S, "2024", "level", "required", "a figure in brackets after a (optional, pointing-back) DATE: that DATE's value"))
d.Q("0.7%포인트", "0.7", PP, "%포인트", P, f=("영업이익률", None, S, Y, "change"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("생산세액공제", None, S, Y, "level", "required", "received by the company (미국 = a country, no ORG); story's period carried"))
d.Q("2,260억 원", 226000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,260억", S, Y, "level"))
Q4 = "2025-Q4"
d.Q("2조 3,400억 원", 2340000000000, W, "원", "currency", f=("매출", "매출은 2조 3,400억", S, Q4, "level", "required", "4분기만 보면: 4분기 in the sentence"))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("영업이익", "영업이익은 980억", S, Q4, "level"))
BR = "breakdown (제품별 … 는 A가 N%, B가 M%): the items keep the breakdown's measure; a product line is no subject: the company carried; 지난해 in the sentence"
d.Q("71%", 71, "%", "%", P, f=("매출 비중", None, S, Y, "level", "required", BR))
d.Q("22%", 22, "%", "%", P, f=("매출 비중", None, S, Y, "level", "required", BR))
PLAN = ("no DATE in the figure's clause; the sentence's 내년 하반기(까지) is the next DATE found (search: clause, then sentence); "
        "이날 only dates the board's decision (an announcement), not the figure")
d.Q("2조 1,000억 원", 2100000000000, W, "원", "currency", f=("투자", "원을 투자해", S, "2027-H2", "level", "required", "no measure noun: the verbal noun (투자해); " + PLAN))
d.Q("30GWh", 30, "GWh", "GWh", M,
    f=("배터리 공장", None, S, "2027-H2", "level", "required", "X 규모의 Y → Y (the plant); 연산 = a rate word with no number; 내년 하반기까지 in its clause"))
d.Q("1,200명", 1200, "명", "명", C, approx=True, note="약 outside: approx",
    f=("고용", "고용할", S, "2027-H2", "level", "required", "no measure noun: the verbal noun (고용할); the company's period last set (내년 하반기) carried"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency",
    f=("매출", "원의 매출을", JV, Y, "level", "required", "the JV is the clause's topic; the partner (와 절반씩 출자한) and the parents are not its subject; 작년 in the clause"))
d.Q("25GWh", 25, "GWh", "GWh", M, f=("생산능력", None, JV, Y, "level", "required", "합작법인은 = the JV named before; the old level dated by its relative clause (작년 말 … 였던)"))
d.Q("40GWh", 40, "GWh", "GWh", M, f=("생산능력", None, JV, "2027", "level", "required", "내년 말까지 in the clause: a target level"))
d.Q("11조 원", 11000000000000, W, "원", "currency", f=("매출 목표", None, S, "2026", "level"))
d.Q("15%", 15, "%", "%", P, bound="min", note="이상 → min",
    f=("배터리 출하량", None, S, "2026", "change", "required", "a target in the company officer's quote (최민수 대한셀텍 CFO): the company's; 작년보다 = basis"))

# ---------------------------------------------------------------- 003 city's welfare budget for the elderly and children (뉴시스 dateline, 2026년 in the lead)
d = Doc("003_9f12f29d9bc4f64f", "2025-12-15"); docs.append(d)
C_, SS, HD = "청주시", "새솔노인복지재단", "흥덕구청"
d.Oall(C_, C_, special={0: ("required", "a city acting as a government; headline topic with a comma"),
                        2: ("optional", "청주시 inside 청주시장 (the mayor's title): an organization name used only as the modifier "
                                        "inside a longer non-organization word: optional")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(SS, SS, note="invented foundation, the city's contracted agency (민간 위탁기관)")
d.O(HD, HD, note="district office, before 관계자")
d.D("내년", "2026", "year", ctx="내년 노인", rel=True)
d.D("2026년", "2026", "year")
d.D("15일", "2025-12-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", "2025", "year", ctx="올해(5,230", rel=True, note="a comparison's basis, still a DATE")
d.D("올해", "2025", "year", ctx="올해 1만", rel=True)
d.D("내년", "2026", "year", ctx="내년 1만", rel=True)
d.D("내년", "2026", "year", ctx="내년부터", rel=True, note="부터 outside")
d.D("올해", "2025", "year", ctx="\"올해 월", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.D("지난달 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
Y = "2026"
d.Q("5,870억", 587000000000, W, "", "currency", ctx="5,870억…", st="optional", note=OPT_HEAD)
d.Q("12.2%", "12.2", "%", "%", P, ctx="12.2% 증액",
    f=("노인·아동 복지예산", None, C_, Y, "change", "required", "headline: its topic and its own date (내년)"))
d.Q("5,870억 원", 587000000000, W, "원", "currency", f=("노인·아동 복지 예산", None, C_, Y, "level", "required", "2026년 in the clause"))
d.Q("5,230억 원", 523000000000, W, "원", "currency",
    f=("노인·아동 복지 예산", None, C_, "2025", "level", "required", "a figure in brackets after a DATE (올해): that year's figure of the measure before"))
d.Q("12.2%", "12.2", "%", "%", P, ctx="12.2% 늘어난",
    f=("노인·아동 복지 예산", None, C_, Y, "change", "required",
       "N% 늘어난 규모: the metric of a 규모 is the thing whose size it is (the budget); for a comparison the period is the current one (2026), not the basis (올해)"))
d.Q("3조 4,500억 원", 3450000000000, W, "원", "currency",
    f=("시 전체 예산", None, C_, Y, "level", "required", "시 = the city named before (a common noun, no ORG mention); the story's 2026 carried"))
d.Q("17%", 17, "%", "%", P, f=("복지 예산 비중", None, C_, Y, "level"))
BR = "breakdown (분야별로는): each item names its own measure; the city and 2026 carried"
d.Q("3,960억 원", 396000000000, W, "원", "currency", f=("노인 복지 예산", None, C_, Y, "level", "required", BR))
d.Q("1,910억 원", 191000000000, W, "원", "currency", f=("아동·보육 예산", None, C_, Y, "level", "required", BR))
d.Q("1만 5,600개", 15600, "개", "개", C, f=("노인 일자리", "시는 노인 일자리", C_, "2025", "level", "required", "올해 right before it (A에서 B로 with a DATE on each side)"))
d.Q("1만 7,000개", 17000, "개", "개", C, f=("노인 일자리", "시는 노인 일자리", C_, Y, "level", "required", "내년 right before it"))
d.Q("1,400개", 1400, "개", "개", C, f=("노인 일자리", "시는 노인 일자리", C_, Y, "change", "required", "늘리고: the change to 내년's level"))
d.Q("1,380곳", 1380, "곳", "곳", C,
    f=("경로당", None, C_, Y, "level", "required", "a coordinated clause of the 내년 plan (…늘리고, … 넓힌다): the sentence's 내년"))
d.Q("12곳", 12, "곳", "곳", C,
    f=("다함께돌봄센터", None, C_, Y, "change", "required", "새로 열어: centres added (a difference); 다함께돌봄센터 = a kind of facility (no ORG); the city and 2026 carried"))
d.Q("58곳", 58, "곳", "곳", C, f=("다함께돌봄센터", None, C_, Y, "level"))
d.Q("2,400명", 2400, "명", "명", C,
    f=("홀몸노인", None, SS, Y, "level", "required", "the foundation is the clause's topic and does the service; 내년부터 in the clause"))
QT = "in the mayor's quote (김정훈 청주시장): the head of the organization speaks for it"
d.Q("29만 원", 290000, W, "원", "currency", f=("노인 일자리 활동비", None, C_, "2025", "level", "required", "월 = a rate word with no number; 올해 in the clause; " + QT))
d.Q("32만 원", 320000, W, "원", "currency", f=("노인 일자리 활동비", None, C_, Y, "level", "required", "내년에는 in the clause; " + QT))
QD = "a district office's official (흥덕구청 관계자) on its own programme in its area (관내): the office's figure"
d.Q("3,100명", 3100, "명", "명", C, f=("급식카드 이용 아동", None, HD, "2025-11", "level", "required", "지난달 말 기준 (END); " + QD))
d.Q("820곳", 820, "곳", "곳", C, f=("가맹점", None, HD, "2025-11", "level", "required", "the same 지난달 말 기준; " + QD))
d.Q("300곳", 300, "곳", "곳", C, f=("가맹점", None, HD, "2026-H1", "change", "required", "더 늘릴: a difference; 내년 상반기까지 in the clause; " + QD))

# ---------------------------------------------------------------- 004 bank holding's quarterly results by affiliate (파이낸셜뉴스 bracket, 2026년 in the lead)
d = Doc("004_118a921a6b46074c", "2026-04-24"); docs.append(d)
H, B, CD, SC, WR = "한누리금융지주", "한누리은행", "한누리카드", "한누리투자증권", "우리금융지주"
d.O("한누리금융", H, ctx="한누리금융, 1분기", note="short form of 한누리금융지주 (full name in the lead); headline topic with a comma")
d.O("은행", B, ctx="은행 비중 80%", st="optional",
    note="bare 은행 in the headline: the group's bank (한누리은행) or a common noun for the banking business? optional")
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the bracket byline")
d.O(H, H, ctx="한누리금융지주는 2026년")
d.Oall(B, B)
d.O(CD, CD, note="card affiliate, its own topic in the breakdown")
d.O(SC, SC, note="securities affiliate, its own topic in the breakdown")
d.O("한누리금융", H, ctx="한누리금융의 1분기", note="short form")
d.O(H, H, ctx="한누리금융지주는 이날")
d.O(WR, WR, note="a rival holding reporting the same day")
d.O("한누리금융", H, ctx="한누리금융 관계자", note="short form, before 관계자")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 순익", rel=True, note="the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("24일", "2026-04-24", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01",
    note="지난해 + 같은 기간 read as one pointing-back mention (like 전년 동기): optional")
d.D("지난해 1분기", "2025-Q1", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("1분기", Q1, "quarter", ctx="의 1분기 이자이익", rel=True)
d.D("전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("이날", "2026-04-24", "day", rel=True, st="optional", anchor="2026-04-24", note="points back to 24일 (like 당일): optional")
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 날", "2026-04-24", "day", rel=True, st="optional", anchor="2026-04-24", note="같은 날: points back to 24일, optional")
d.D("1분기", Q1, "quarter", ctx="1분기 순이익이 6,150", rel=True)
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.Q("5,420억", 542000000000, W, "", "currency", ctx="5,420억…", st="optional", note=OPT_HEAD)
d.Q("80%", 80, "%", "%", P, bound="gt", note="넘어 → gt",
    f=("은행 비중", None, B, Q1, "level", "optional",
       "whose share: the bank's (named only by the bare, optional 은행) or the headline's holding? a figure whose subject is only an optional ORG: optional"))
d.Q("5,420억 원", 542000000000, W, "원", "currency", f=("당기순이익", None, H, Q1, "level", "required", "(지배주주 기준) = a basis, outside"))
d.Q("4,870억 원", 487000000000, W, "원", "currency",
    f=("당기순이익", None, H, "2025-Q1", "level", "required", "a figure in brackets after a (optional, pointing-back) DATE: that DATE's value"))
d.Q("11.3%", "11.3", "%", "%", P, f=("당기순이익", None, H, Q1, "change"))
BR = "breakdown (계열사별 순이익은 X가 N원): the named affiliate is the item's subject; the measure of the breakdown; the story's 2026년 1분기"
d.Q("4,460억 원", 446000000000, W, "원", "currency", f=("순이익", "계열사별 순이익", B, Q1, "level", "required", BR))
d.Q("8.9%", "8.9", "%", "%", P, f=("순이익", "계열사별 순이익", B, Q1, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("82.3%", "82.3", "%", "%", P,
    f=("비중", "차지하는 비중은", B, Q1, "level", "required", "X이 차지하는 비중: X's share (the bank's); the story's quarter"))
d.Q("84.1%", "84.1", "%", "%", P, f=("비중", "차지하는 비중은", B, "2025-Q1", "level", "required", "a figure in brackets after 지난해 1분기"))
d.Q("1.8%포인트", "1.8", PP, "%포인트", P, f=("비중", "차지하는 비중은", B, Q1, "change"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("순이익", "계열사별 순이익", CD, Q1, "level", "required", BR))
d.Q("17.1%", "17.1", "%", "%", P, f=("순이익", "계열사별 순이익", CD, Q1, "change"))
d.Q("380억 원", 38000000000, W, "원", "currency",
    f=("순이익", "계열사별 순이익", SC, Q1, "level", "required", BR + "; 위탁매매 수수료 is the cause clause's own subject, not the figure's measure"))
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 after N배: an approximator (nearly), outside; native numeral 두",
    f=("순이익", "계열사별 순이익", SC, Q1, "change", "required", "두 배 가까이 뛰었다: a rate of change"))
d.Q("1조 2,350억 원", 1235000000000, W, "원", "currency", f=("이자이익", "이자이익은 1조", H, Q1, "level", "required", "한누리금융의 1분기"))
d.Q("3,180억 원", 318000000000, W, "원", "currency", f=("비이자이익", None, H, Q1, "level"))
d.Q("4.6%", "4.6", "%", "%", P, f=("이자이익", "이자이익은 1조", H, Q1, "change", "required", "각각: the first listed measure"))
d.Q("21.4%", "21.4", "%", "%", P, f=("비이자이익", None, H, Q1, "change", "required", "각각: the second listed measure"))
d.Q("1.86%", "1.86", "%", "%", P, f=("순이자마진", None, B, Q1, "level", "required", "(NIM) is the measure's alias, no ORG; the story's quarter"))
d.Q("0.03%포인트", "0.03", PP, "%포인트", P, f=("순이자마진", None, B, Q1, "change", "required", "전 분기보다 = basis"))
d.Q("150원", 150, W, "원", "currency",
    f=("분기 배당", None, H, Q1, "level", "required",
       "주당 = a rate word with no number; 이날 dates the board's decision only; the holding's period last set (1분기) carried"))
d.Q("1,000억 원", 100000000000, W, "원", "currency",
    f=("자사주 매입", None, H, Q1, "level", "required", "X 규모의 Y → Y; no DATE of its own: the holding's period last set (1분기) carried"))
d.Q("13.1%", "13.1", "%", "%", P, f=("보통주자본비율", None, H, "2026-03", "level", "required", "3월 말 기준 (END); the holding carried from the sentence before"))
d.Q("6,150억 원", 615000000000, W, "원", "currency", f=("순이익", "1분기 순이익이 6,150", WR, Q1, "level"))
d.Q("30%", 30, "%", "%", P,
    f=("비은행 계열사의 이익 비중", None, H, "2028", "level", "required",
       "a target in the holding's spokesperson's quote (한누리금융 관계자); 2028년까지 in the clause"))

# ---------------------------------------------------------------- 005 airport and railway holiday traffic, the ministry's figures (뉴스1 dateline, no year anywhere)
d = Doc("005_1b56c88c8002a69a", "2026-02-19"); docs.append(d)
I, K, MO = "인천국제공항공사", "한국철도공사", "국토교통부"
AP = ("인천공항: the airport as a place of use (이용) or its operator's short name? a site acting as an institution: optional")
d.Oall("인천공항", I, special={0: ("optional", AP), 2: ("optional", AP)}, skip=(1,))
d.O("뉴스1", "뉴스1", note="news agency in the dateline; the dateline's 인천공항 is a place (not labelled)")
d.O(I, I, note="the airport corporation, topic of the lead")
d.O(K, K, aliases="코레일", note="(코레일) right after the name is an alias")
d.Oall("코레일", K, skip=(0,))
d.O(MO, MO, note="the ministry")
d.O("국토부", MO, note="short form of 국토교통부, before 관계자")
R, R2 = "2026-02-14/2026-02-18", "2026-02-13/2026-02-18"
HOL = "holiday: optional DATE (설 = 2026-02-17), one day"
HOL25 = "last year's 설 (2025-01-29): optional holiday DATE"
d.D("설 연휴", "2026-02-17", "day", ctx="설 연휴 인천공항", rel=True, st="optional", note=HOL)
d.D("설 연휴", "2026-02-17", "day", ctx="설 연휴 닷새간", rel=True, st="optional", note=HOL)
d.D("14~18일", R, "day", rel=True, note="range of days in brackets after the holiday's length (닷새간): the latest such days on or before the document date")
d.D("19일", "2026-02-19", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 설 연휴", rel=True)
d.D("설 연휴", "2025-01-29", "day", ctx="지난해 설 연휴", rel=True, st="optional", note=HOL25)
d.D("첫날", "2026-02-14", "day", rel=True, st="optional", anchor="2026-02-14", note="연휴 첫날: points back to the holiday (like 첫해): optional")
d.D("14일", "2026-02-14", "day", ctx="14일로", rel=True)
d.D("같은 기간", R, "day", ctx="같은 기간 운항편", rel=True, st="optional", anchor="2026-02-14", note="같은 기간: points back to 14~18일, optional")
d.D("작년", "2025", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("설 연휴", "2025-01-29", "day", ctx="작년 설 연휴", rel=True, st="optional", note=HOL25)
d.D("같은 기간", R, "day", ctx="같은 기간 KTX", rel=True, st="optional", anchor="2026-02-14", note="같은 기간: points back to 14~18일, optional")
d.D("설", "2026-02-17", "day", ctx="설 특별교통대책", rel=True, st="optional", note="holiday inside the name of a traffic-measures period: optional")
d.D("13일", "2026-02-13", "day", rel=True, note="A부터 B까지: two mentions")
d.D("18일", "2026-02-18", "day", ctx="13일부터 18일까지", rel=True, note="A부터 B까지: two mentions")
d.D("지난해", "2025", "year", ctx="지난해 설보다", rel=True)
d.D("설", "2025-01-29", "day", ctx="설보다", rel=True, st="optional", note=HOL25)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause (오는)")
HEAD = ("headline: the only organization named is the optional 인천공항 (place or operator); a figure whose subject is only an optional ORG: "
        "optional; its period is the lead's 14~18일 (the headline's 설 연휴 is an optional holiday DATE)")
d.Q("121만명", 1210000, "명", "명", C, f=("이용", "만명 이용", I, R, "level", "optional", HEAD))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 24만명", st="optional", note=RATE_DAY)
d.Q("24만명", 240000, "명", "명", C, f=("", None, I, R, "level", "optional", HEAD))
d.Q("닷새", 5, "day", "닷새", "duration", note="닷새간 (간 outside): a duration, no fact")
d.Q("121만 4,000명", 1214000, "명", "명", C,
    f=("이용객", "인천공항 이용객", I, R, "level", "required", "the corporation reports its airport's users (topic); 14~18일 in the clause"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 24만 2,800", st="optional", note=RATE_DAY)
d.Q("24만 2,800명", 242800, "명", "명", C,
    f=("이용객", "인천공항 이용객", I, R, "level", "required", "하루 평균 with no noun: the measure before (이용객); subject and period carried"))
d.Q("엿새", 6, "day", "엿새", "duration", ctx="엿새간의", note="엿새간 (간 outside): a duration, no fact")
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균(21만", st="optional", note=RATE_DAY)
d.Q("21만 9,000명", 219000, "명", "명", C,
    f=("이용객", "인천공항 이용객", I, "2025", "level", "optional",
       "the basis in brackets after 지난해 설 연휴 엿새간의 하루 평균: period 2025 (지난해) or last year's holiday (an optional DATE)? metric 이용객 or 평균?"))
d.Q("10.9%", "10.9", "%", "%", P,
    f=("이용객", "인천공항 이용객", I, R, "change", "required", "a comparison: the current period (14~18일), the corporation carried"))
d.Q("62만 1,000명", 621000, "명", "명", C, f=("출발 여객", None, I, R, "level"))
d.Q("59만 3,000명", 593000, "명", "명", C, f=("도착 여객", None, I, R, "level"))
d.Q("26만 1,000명", 261000, "명", "명", C,
    f=("", None, I, "2026-02-14", "level", "required", "공항을 찾았다: a plain verb, no noun names it (empty metric); 14일로 in the clause"))
d.Q("7,020편", 7020, "편", "편", C, f=("운항편", None, I, R, "level", "required", "같은 기간 (optional DATE) → 14~18일"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 1,404", st="optional", note=RATE_DAY)
d.Q("1,404편", 1404, "편", "편", C, f=("운항편", None, I, R, "level"))
d.Q("8만 3,500톤", 83500, "t", "톤", M, f=("항공화물", None, I, R, "level", "required", "the corporation and the holiday range carried"))
d.Q("3.2%", "3.2", "%", "%", P, f=("항공화물", None, I, R, "change", "required", "작년 설 연휴보다 = basis"))
d.Q("372만 명", 3720000, "명", "명", C,
    f=("KTX와 일반열차 이용객", None, K, R, "level", "required", "the railway corporation's own trains (KTX = a service, no ORG); 같은 기간 → 14~18일"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 74만", st="optional", note=RATE_DAY)
d.Q("74만 4,000명", 744000, "명", "명", C, f=("이용객", "일반열차 이용객", K, R, "level"))
d.Q("146회", 146, "회", "회", C, f=("임시열차", None, K, R, "level", "required", "코레일은 = 한국철도공사; its period carried"))
d.Q("9만 2,000석", 92000, "석", "석", C, f=("좌석", None, K, R, "change", "required", "평소보다 … 더 공급했다: a difference"))
d.Q("엿새", 6, "day", "엿새", "duration", ctx="엿새간 고속도로", note="엿새간 (간 outside): a duration, no fact")
NAT = "a national total the ministry counted (all modes taken together): a figure of the country, no subject; the ministry is its source"
d.Q("2,790만 명", 27900000, "명", "명", C, f=("전체 이동 인원", None, "", R2, "level", "required", NAT + "; 13일부터 18일까지 (two DATEs) → the range"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 465만", st="optional", note=RATE_DAY)
d.Q("465만 명", 4650000, "명", "명", C, f=("이동 인원", "전체 이동 인원", "", R2, "level", "required", NAT))
d.Q("4.5%", "4.5", "%", "%", P, f=("이동 인원", "전체 이동 인원", "", R2, "change", "required", NAT + "; 지난해 설보다 = basis"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 25만", st="optional", note=RATE_DAY)
d.Q("25만 명", 250000, "명", "명", C, bound="gt", note="웃돌 (exceed) → gt",
    f=("전국 공항 이용객", None, "", "2026-03", "level", "required", "all airports taken together, not named: no subject; 오는 3월 in the clause"))

# ---------------------------------------------------------------- 006 game startup's export contract and funding (입력 stamp + byline line)
d = Doc("006_b057503e605088e1", "2026-03-12"); docs.append(d)
L, KG = "루미너스랩", "코가네게임스"
d.Oall(L, L, special={0: ("required", "invented game startup, headline topic with a comma")})
d.O("전자신문", "전자신문", note="outlet in the byline line")
d.Oall(KG, KG, special={0: ("required", "invented Japanese publisher introduced by 퍼블리셔; the contract's counterparty")})
d.O("한국투자파트너스", "한국투자파트너스", note="lead investor")
d.O("스틱벤처스", "스틱벤처스", note="investor")
d.O("카카오벤처스", "카카오벤처스", note="investor")
d.D("2026.03.12", "2026-03-12", "day", st="optional", note="publication stamp (its clock time 14:20 not labelled)")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 10월", "2025-10", "month", rel=True, note="the game's launch")
d.D("지난달 말", "2026-02", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난달", "2026-02", "month", ctx="지난달 이 게임", rel=True)
d.D("현재", "2026-03-12", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("연내", "2026", "year", rel=True, note="연내 (within this year): a part-of-year word like 연말, read as this year")
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention")
d.D("올해", "2026", "year", ctx="\"올해 해외", rel=True)
d.Q("150억", 15000000000, W, "", "currency", ctx="150억 규모", st="optional", note=OPT_HEAD)
d.Q("320만", 3200000, "건", "", C, ctx="다운로드 320만\n", st="optional", note="headline number with its counter only implied (No unit, no quantity: optional)")
CT = ("the exporter's contract (the publisher is the counterparty, 와 계약을 맺었다); X 규모 → X (계약); "
      "no DATE attached: 12일 only dates the report, nothing before: empty period")
d.Q("1,100만 달러", 11000000, U, "달러", "currency", f=("계약", "계약 규모는", L, "", "level", "required", CT + "; a sum frame (합쳐)"))
d.Q("152억 원", 15200000000, W, "원", "currency", approx=True, eq=("1,100만 달러",), note="conversion in brackets; 약 → approx",
    f=("계약", "계약 규모는", L, "", "level", "required", "a conversion: the same slots as 1,100만 달러"))
PR = "a product's figure (the game '별의 항해자', no ORG): empty subject"
d.Q("320만 건", 3200000, "건", "건", C, bound="gt", note="넘었고 → gt",
    f=("누적 다운로드", "누적 다운로드는", "", "2026-02", "level", "required", PR + "; 지난달 말 기준 (END); the launch date (지난해 10월) dates the launch only"))
d.Q("45%", 45, "%", "%", P, approx=True, note="약 outside: approx",
    f=("해외 비중", None, "", "2026-02", "level", "required", PR + "; 이 가운데 = of the downloads; the period carried"))
d.Q("87만 명", 870000, "명", "명", C, f=("월간 이용자", None, "", "2026-02", "level", "required", PR + " (이 게임의); 지난달 in the sentence"))
d.Q("28억 원", 2800000000, W, "원", "currency", f=("매출", "매출은 28억", "", "2026-02", "level", "required", PR + "; listed with the figure before"))
FU = "no DATE attached and none set before for the company: empty period"
d.Q("230억 원", 23000000000, W, "원", "currency",
    f=("시리즈B 투자 유치", None, L, "", "level", "required", "X 규모의 Y → Y; the startup raised it (its topic); " + FU))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("누적 투자액", None, L, "", "level", "required", "the startup's; 늘었고: the new level; " + FU))
d.Q("1,800억 원", 180000000000, W, "원", "currency", approx=True, note="약 outside: approx", f=("기업가치", None, L, "", "level", "required", FU))
d.Q("64명", 64, "명", "명", C,
    f=("직원 수", None, L, "2026-03-12", "level", "required", "회사는 = the startup; 현재 (an optional DATE, the document date) is attached to it"))
d.Q("100명", 100, "명", "명", C, bound="min", note="이상 → min", f=("직원 수", None, L, "2026", "level", "required", "연내 in the clause: a target level"))
d.Q("500만 달러", 5000000, U, "달러", "currency", bound="min", note="최소 → min",
    f=("일본 내 마케팅", None, KG, "", "level", "required", "X에 N을 쓰다 → X; the publisher is the topic; no DATE for it (none set before for the publisher)"))
d.Q("60%", 60, "%", "%", P,
    f=("해외 매출 비중", None, L, "2026", "level", "required",
       "the CEO's quote (정해찬 루미너스랩 대표): the company's target; 까지 read as a particle (the level to reach), no bound; 올해 in the sentence"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("매출", "연 매출 500억", L, "2026", "level", "required", "연 = a rate/basis word with no number (outside the metric); 올해 of the sentence"))

if __name__ == "__main__":
    write_all(docs)
