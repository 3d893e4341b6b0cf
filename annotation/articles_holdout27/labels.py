"""Gold labels of articles-holdout27, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: python annotation/articles_holdout27/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 builder's new orders and housing supply (입력 stamp + byline)
d = Doc("001_a89e87da45317694", "2026-01-14"); docs.append(d)
S, R = "세광건설", "한성종합건설"
d.Oall(S, S)
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="the client that ordered the work (발주한): counterparty; alias in brackets")
d.O(R, R, note="invented rival builder introduced by 경쟁사인")
Y = "2025"
d.D("지난해", Y, "year", ctx="세광건설, 지난해", rel=True)
d.D("2026.01.14", "2026-01-14", "day", st="optional", note="publication stamp (date only; the clock time is not labelled)")
d.D("지난해", Y, "year", ctx="세광건설이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년(8조", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (업계에 따르면)")
d.D("지난해", Y, "year", ctx="세광건설은 지난해", rel=True)
d.D("지난해", Y, "year", ctx="회사는 지난해", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("올해", "2026", "year", rel=True)
d.Q("11조", 11000000000000, W, "", "currency", ctx="11조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("신규 수주", "신규 수주 11조 돌파", S, Y, "level"))
d.Q("3조", 3000000000000, W, "", "currency", ctx="해외서만 3조", st="optional", note="headline amount, currency implied",
    f=("신규 수주", "신규 수주 11조 돌파", S, Y, "level"))
d.Q("11조 2,400억 원", 11240000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주 11조 2,400억", S, Y, "level"))
d.Q("8조 9,600억 원", 8960000000000, W, "원", "currency",
    f=("신규 수주", "지난해 신규 수주 11조 2,400억", S, "2024", "level", "required",
       "the basis written in brackets after 전년: a level of the year before (the DATE 전년 is optional, the period it names is clear)"))
d.Q("25.4%", 25.4, "%", "%", P, f=("신규 수주", "지난해 신규 수주 11조 2,400억", S, Y, "change", "required", "a comparison: the current period"))
EACH = "각각 수주했다: the verbal noun 수주 (a line of business is no subject; the sentence's 세광건설은 and 지난해)"
d.Q("5조 8,300억 원", 5830000000000, W, "원", "currency", f=("수주", "각각 수주했다", S, Y, "level", "required", EACH))
d.Q("2조 3,700억 원", 2370000000000, W, "원", "currency", f=("수주", "각각 수주했다", S, Y, "level", "required", EACH))
d.Q("3조 400억 원", 3040000000000, W, "원", "currency", f=("해외 수주", None, S, Y, "level", "required", "subject and period carried from the sentence before"))
BR = "breakdown (지역별로는): a region is a place, no subject; the measure of the breakdown figure (해외 수주), the company and year carried"
d.Q("1조 8,900억 원", 1890000000000, W, "원", "currency", f=("해외 수주", None, S, Y, "level", "required", BR))
d.Q("7,200억 원", 720000000000, W, "원", "currency", f=("해외 수주", None, S, Y, "level", "required", BR))
d.Q("4,300억 원", 430000000000, W, "원", "currency", f=("해외 수주", None, S, Y, "level", "required", BR))
d.Q("21개", 21, "개", "개", C, f=("단지", "21개 단지", S, Y, "level", "required", "counted noun; 회사는 = the story's company"))
d.Q("1만 6,850가구", 16850, "가구", "가구", C,
    f=("공급", "가구를 공급했는데", S, Y, "level", "required", "the counter 가구 is the unit; no other noun: the verbal noun 공급"))
d.Q("1만 1,200가구", 11200, "가구", "가구", C, f=("수도권 물량", None, S, Y, "level"))
d.Q("66%", 66, "%", "%", P, f=("수도권 물량", None, S, Y, "level", "required", "a share (차지했다) measures the part named before it"))
d.Q("4,100억 원", 410000000000, W, "원", "currency",
    f=("공공주택 공사", None, S, Y, "level", "required",
       "the company that won the work (dropped subject, 회사는 carried); the client (LH, 발주한) is the counterparty; year carried"))
d.Q("3기", 3, "기", "기", "ordinal", ctx="3기 신도시", st="optional", f=None,
    note="'3기 신도시' (third-phase new towns): a generation number inside a name-like term, or an ordinal?")
d.Q("9조 1,000억 원", 9100000000000, W, "원", "currency", f=("신규 수주", "기간 신규 수주", R, Y, "level", "required", "같은 기간 (optional DATE) points back to 2025"))
d.Q("1만 2,300가구", 12300, "가구", "가구", C, f=("주택 공급", "주택 공급 1만", R, Y, "level", "required", "그쳤다 is no change word"))
d.Q("12조 원", 12000000000000, W, "원", "currency", f=("신규 수주", "목표로 신규 수주", S, "2026", "level", "required", "a target for 올해"))
d.Q("2만 가구", 20000, "가구", "가구", C, f=("주택", "주택 2만", S, "2026", "level", "required", "counted noun before the number; 공급 follows"))
d.Q("2조 원", 2000000000000, W, "원", "currency", ctx="에서만 2조 원", bound="min", note="이상 → min",
    f=("", None, S, "2026", "level", "required",
       "a quote whose clause has no subject of its own: the company in the speaker's title; no noun names the amount (따내겠다 is a plain verb): empty metric; 올해 of the sentence before carried"))

# ---------------------------------------------------------------- 002 game publisher's launch and Q3 results (Yonhap dateline, no year anywhere)
d = Doc("002_232ed6a72b2875b5", "2025-11-07"); docs.append(d)
N, L, MA = "넥스트플레이", "스튜디오 루미엘", "미래에셋증권"
d.Oall(N, N)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(L, L, note="invented subsidiary studio introduced by 자회사")
d.O(MA, MA, note="a brokerage giving a forecast of another company's figure")
Q3, Q2, Q4 = "2025-Q3", "2025-Q2", "2025-Q4"
d.D("3분기", Q3, "quarter", ctx="3분기 매출 62%", rel=True, note="latest Q3 on or before the document date")
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 호실적", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 연결", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("7일", "2025-11-07", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("직전 분기", Q2, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (the quarter before 3분기)")
d.D("전 분기", Q2, "quarter", ctx="로 전 분기", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("연초", "2025", "year", mod="START", rel=True)
d.D("4분기", Q4, "quarter", ctx="4분기 중", rel=True, note="a plan (내놓고 … 목표): the next Q4, the one the document date is in")
d.D("4분기", Q4, "quarter", ctx="4분기 매출을", rel=True, note="a forecast (예상하며)")
d.Q("62%", 62, "%", "%", P, ctx="매출 62% 증가", f=("매출", "3분기 매출 62%", N, Q3, "change"))
d.Q("2,184억 원", 218400000000, W, "원", "currency", f=("매출", "매출이 2,184억", N, Q3, "level", "required", "연결 기준 stays outside the metric"))
d.Q("62%", 62, "%", "%", P, ctx="대비 62%", f=("매출", "매출이 2,184억", N, Q3, "change", "required", "a comparison: the current period"))
d.Q("436억 원", 43600000000, W, "원", "currency", f=("영업이익", None, N, Q3, "level", "required", "흑자 전환: the new level"))
d.Q("52억 원", 5200000000, W, "원", "currency",
    f=("영업손실", None, N, Q2, "level", "required", "직전 분기 (optional DATE, points back) names the quarter before: 2025-Q2"))
d.Q("한 달", 1, "month", "달", "duration", note="만에 outside: a duration, no fact")
PROD = "a figure of a product that is not an ORG (the game, topic '아스트라 크로니클'은): empty subject; the story's quarter (the lead's 3분기)"
d.Q("1,200만 건", 12000000, "건", "건", C, bound="gt", note="넘었고 → gt", f=("누적 다운로드", None, "", Q3, "level", "required", PROD))
d.Q("180만 명", 1800000, "명", "명", C,
    note="최고 (a peak) is not in the guideline's bound words: read as part of what is measured (the peak), no bound (README question 2)",
    f=("일간 활성 이용자", None, "", Q3, "level", "required", PROD))
SH = ("whose share: the sentence drops its subject after a sentence about the game (a product: empty), "
      "but an overseas revenue share is a company's figure (넥스트플레이)? (README question 3)")
d.Q("58%", 58, "%", "%", P, f=("해외 매출 비중", None, N, Q3, "level", "optional", SH))
d.Q("34%", 34, "%", "%", P, f=("해외 매출 비중", None, N, Q2, "level", "optional", SH + "; 전 분기 in brackets → 2025-Q2"))
d.Q("24%포인트", 24, PP, "%포인트", P, f=("해외 매출 비중", None, N, Q3, "change", "optional", SH))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("7위", 7, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("140명", 140, "명", "명", C, f=("인력", None, L, "2025", "level", "required", "the subsidiary is its own topic; 연초 dates the old level (value 2025, START)"))
d.Q("230명", 230, "명", "명", C,
    f=("인력", None, L, "", "level", "optional",
       "A에서 B로 after a dated A: the new level is as of now (no DATE; empty) or the story's 3분기? (README question 4)"))
d.Q("8,000억 원", 800000000000, W, "원", "currency",
    f=("매출", "연간 매출", N, "2025", "level", "optional",
       "an annual target: 연간 is no DATE and the sentence's 4분기 dates the launch, not the figure; the year is meant but no DATE names it (README question 5)"))
d.Q("2,450억 원", 245000000000, W, "원", "currency",
    f=("매출", "4분기 매출을", N, Q4, "level", "required", "a forecast of the company's figure (넥스트플레이의, genitive owner); the brokerage is the source"))
TP = "a brokerage's target price for the company's share: subject the company, the brokerage, or none (a share price)? no DATE (README question 6)"
d.Q("8만 5,000원", 85000, W, "원", "currency", f=("목표주가", None, N, "", "level", "optional", TP))
d.Q("11만 원", 110000, W, "원", "currency", f=("목표주가", None, N, "", "level", "optional", TP))

# ---------------------------------------------------------------- 003 airline's July traffic vs a year before (뉴시스 dateline)
d = Doc("003_296b52afffe9cd21", "2025-08-12"); docs.append(d)
K, IA, JJ, TW = "대한항공", "인천국제공항공사", "제주항공", "티웨이항공"
d.Oall(K, K)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(IA, IA, note="the airport authority whose statistics portal is the source")
d.O("항공정보포털", "항공정보포털", st="optional", note="a portal run by the authority: a service (product or business unit?)")
d.O(JJ, JJ)
d.O(TW, TW)
AP = "the airport as a place or as an institution (a site acting as one)? not the short form of the authority (공사) itself (README question 7)"
d.Oall("인천공항", "인천공항", special={0: ("optional", AP), 1: ("optional", AP)})
JUL, Y0 = "2025-07", "2024-07"
d.D("7월", JUL, "month", ctx="7월 국제선 여객 187", rel=True, note="headline month: the latest July on or before the document date")
d.D("작년", "2024", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("지난 7월", JUL, "month", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: that year (as 10년 전)")
d.D("12일", "2025-08-12", "day", rel=True, note="day of the report (따르면)")
d.D("2025년 7월", JUL, "month")
d.D("지난해 7월", Y0, "month", rel=True, note="지난해 before a month: one mention")
d.D("같은 기간", JUL, "month", rel=True, st="optional", anchor="2025-07-01", note="points back to July")
d.D("전년 동월", Y0, "month", rel=True, st="optional", anchor="2025-07-01", note="points back (as 전년 동기)")
d.D("같은 달", JUL, "month", rel=True, st="optional", anchor="2025-07-01", note="points back to July")
d.D("7월", "XXXX-07", "month", ctx="역대 7월", st="optional",
    note="역대 7월 (all the Julys on record): no single point on the calendar")
d.Q("187만명", 1870000, "명", "명", C, f=("국제선 여객", "7월 국제선 여객 187", K, JUL, "level"))
d.Q("9%", 9, "%", "%", P, ctx="보다 9% 늘어", f=("국제선 여객", "7월 국제선 여객 187", K, JUL, "change"))
d.Q("9%", 9, "%", "%", P, ctx="보다 9% 가까이", approx=True,
    note="가까이 (nearly) is not in the guideline's lists: read as approx like 가량 (README question 2)",
    f=("국제선 여객", "지난 7월 국제선 여객", K, JUL, "change", "required", "a comparison: the current period (지난 7월), not the basis (1년 전)"))
d.Q("187만 4,000명", 1874000, "명", "명", C, f=("여객", "국제선에서 여객", K, JUL, "level"))
d.Q("172만 1,000명", 1721000, "명", "명", C,
    f=("여객", "국제선에서 여객", K, Y0, "level", "required", "the basis in brackets after 지난해 7월: a level of that month"))
d.Q("8.9%", 8.9, "%", "%", P, f=("여객", "국제선에서 여객", K, JUL, "change"))
d.Q("86.3%", 86.3, "%", "%", P, f=("평균 탑승률", None, K, JUL, "level"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("평균 탑승률", None, K, JUL, "change"))
BR = "breakdown (노선별로는): a route is no subject; the measure broken down is the passengers (여객), not the sentence before's load factor; company and month carried"
d.Q("41만 2,000명", 412000, "명", "명", C, f=("여객", "국제선에서 여객", K, JUL, "level", "required", BR))
d.Q("38만 5,000명", 385000, "명", "명", C, f=("여객", "국제선에서 여객", K, JUL, "level", "required", BR))
d.Q("27만 9,000명", 279000, "명", "명", C, f=("여객", "국제선에서 여객", K, JUL, "level", "required", BR))
d.Q("13만 8,200t", 138200, "t", "t", M, f=("화물 수송량", None, K, JUL, "level"))
d.Q("4.2%", 4.2, "%", "%", P, f=("화물 수송량", None, K, JUL, "change", "required", "줄었다: a change; the value as written"))
d.Q("92만 6,000명", 926000, "명", "명", C, f=("국제선 여객", "제주항공이 국제선 여객", JJ, JUL, "level", "required", "its own subject; the story's month"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4개", 4, "개", "개", C,
    f=("노선", "4개 노선", TW, "", "level", "optional",
       "a count in a relative clause (새로 띄운): when the routes were opened is not said: story's month or empty? (README question 8)"))
d.Q("71만 명", 710000, "명", "명", C,
    f=("국제선 여객", "제주항공이 국제선 여객", TW, JUL, "level", "required",
       "태워 is a plain verb: the noun of the parallel clause (국제선 여객) names what is counted"))
d.Q("23%", 23, "%", "%", P, f=("국제선 여객", "제주항공이 국제선 여객", TW, JUL, "change", "required", "전년 동월 대비: the current month"))
OPT = "the figure's subject is only an optional ORG (인천공항: airport as place or institution): fact optional"
d.Q("621만 명", 6210000, "명", "명", C, f=("국제선 여객", "인천공항 전체 국제선 여객", "인천공항", JUL, "level", "optional", OPT))
d.Q("하루", 1, "day", "하루", "duration", st="optional", f=None, note="native day word as a rate word (하루 평균)")
d.Q("20만 명", 200000, "명", "명", C, approx=True, note="약 → approx",
    f=("", None, "인천공항", JUL, "level", "optional", OPT + "; no noun names the count (이용한 is a plain verb)"))

# ---------------------------------------------------------------- 004 petrochemical maker's loss on weak prices (regional daily byline, no year anywhere)
d = Doc("004_b169c06829af7cd3", "2026-02-05"); docs.append(d)
H, CS, DY = "한빛케미칼", "씨스켐", "대한유화산업"
d.Oall(H, H)
d.O("전남동부일보", "전남동부일보", note="invented regional daily in the byline line")
d.O(CS, CS, aliases="CISChem", note="invented market tracker introduced by 시장조사업체; alias in brackets: the statistic's source")
d.O(DY, DY, note="invented rival introduced by 경쟁사")
Y = "2025"
d.D("지난해", Y, "year", ctx="한빛케미칼, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="지난해 연결", rel=True)
d.D("전년", "2024", "year", ctx="전년(640", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("4일", "2026-02-04", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", Y, "year", ctx="지난해 아시아", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 9%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="a comparison's basis in the same year, still a DATE")
d.D("지난해", Y, "year", ctx="지난해 930억", rel=True)
d.D("올해", "2026", "year", ctx="회사는 올해", rel=True)
d.D("지난해", Y, "year", ctx="지난해 22%", rel=True)
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention; a target (목표)")
d.Q("1,870억", 187000000000, W, "", "currency", ctx="영업손실 1,870억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "지난해 영업손실", H, Y, "level"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속: an amount of time, no fact")
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("영업손실", "영업손실이 1,870억", H, Y, "level", "required", "연결 기준 outside the metric"))
d.Q("640억 원", 64000000000, W, "원", "currency",
    f=("영업손실", "영업손실이 1,870억", H, "2024", "level", "required", "the basis in brackets after 전년 (optional DATE): a level of 2024"))
d.Q("세 배", 3, "배", "배", C, approx=True, note="가까이 (nearly): read as approx (README question 2)",
    f=("적자 폭", None, H, Y, "change", "required", "a multiple with a change verb (커졌다)"))
d.Q("4조 3,200억 원", 4320000000000, W, "원", "currency", f=("매출", None, H, Y, "level"))
d.Q("11.8%", 11.8, "%", "%", P, f=("매출", None, H, Y, "change"))
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("당기순손실", None, H, Y, "level"))
MK = "a market price of a product (not an ORG): empty subject; the tracker (에 따르면) is the source"
d.Q("812달러", 812, U, "달러", "currency", note="t당: a rate word with no number, not labelled",
    f=("에틸렌 평균 가격", None, "", Y, "level", "required", MK))
d.Q("9%", 9, "%", "%", P, ctx="보다 9%", f=("에틸렌 평균 가격", None, "", Y, "change", "required", MK))
d.Q("178달러", 178, U, "달러", "currency", f=("가격 차이", None, "", Y, "level", "required", MK + "; the year of the sentence before (no other DATE set since)"))
d.Q("300달러", 300, U, "달러", "currency",
    f=("손익분기점", None, "", "", "level", "optional",
       "a threshold, not a figure of a period: the carried 지난해, or no period? (README question 9)"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("영업손실", "영업손실은 520억", H, "2025-Q4", "level", "required", "subject carried; 4분기만 보면"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("영업손실", "영업손실은 520억", H, "2025-Q3", "level", "required", "the basis in brackets after 3분기"))
d.Q("930억 원", 93000000000, W, "원", "currency", f=("영업손실", "원의 영업손실", DY, Y, "level", "required", "the rival's own figure (도)"))
d.Q("22%", 22, "%", "%", P, f=("고부가 스페셜티 제품 비중", None, H, Y, "level", "required", "A에서 B로 with each end dated: 지난해 for A"))
d.Q("35%", 35, "%", "%", P, f=("고부가 스페셜티 제품 비중", None, H, "2026", "level", "required", "B: the target for the clause's 올해 (회사는 올해 … 끌어올리고)"))
d.Q("1기", 1, "기", "기", C, note="'여수 2공장' is a plant's name, its 2 not labelled",
    f=("나프타분해설비", None, H, "2026", "level", "required", "counted noun (the unit 기 after the alias in brackets); the plan's 올해"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("고정비", None, H, "2026", "change", "required", "an amount cut (줄일): a change; 연간 (per year) is no DATE: the plan's 올해"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="안에 → max (like 이내): a duration, no fact")
d.Q("150%", 150, "%", "%", P, bound="lt", note="아래로 → lt (like 미만)",
    f=("부채비율", None, H, "", "level", "required",
       "a target in the CEO's quote: the company named in the speaker's title; 3년 안에 is a duration, no DATE: empty period (README question 1)"))

# ---------------------------------------------------------------- 005 national household-income statistic (뉴스1 dateline)
d = Doc("005_aff743bcb95d0662", "2025-11-20"); docs.append(d)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("국가데이터처", "국가데이터처", note="the statistics agency (the 통계청's successor) releasing the survey: the source")
d.O("기획재정부", "기획재정부", note="the ministry whose official is quoted")
Q3, R = "2025-Q3", "2025-07/2025-09"
d.D("3분기", Q3, "quarter", ctx="3분기 가구 월평균 소득 536만원", rel=True, note="headline quarter: the latest Q3")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: that year (as 10년 전); a comparison's basis")
d.D("20일", "2025-11-20", "day", rel=True, note="day of the release (발표한): not the statistic's period")
d.D("2025년 3분기", Q3, "quarter", st="optional", note="inside a quoted survey title: a DATE or part of a title?")
d.D("7~9월", R, "month", rel=True, note="a range of months with no year: the latest such months")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a future clause (이어질 것): the next Q4, the one the document date is in")
NS = "a national statistic (no ORG's figure); the agency is its source: empty subject"
CAR = NS + "; the period last named (7~9월) carries"
d.Q("536만원", 5360000, W, "원", "currency", f=("가구 월평균 소득", None, "", Q3, "level", "required", NS + "; the headline's 3분기"))
d.Q("60세", 60, "세", "세", C, ctx="536만원…60세", bound="min", st="optional", f=None,
    note="a definitional age bracket (60세 이상 가구): part of the metric, no fact; optional because labels_core.py requires a fact for every required quantity")
d.Q("536만 원", 5360000, W, "원", "currency", f=("월평균 소득", "월평균 소득이 536만", "", Q3, "level", "required", NS + "; 가구당: a rate word with no number"))
d.Q("3.5%", 3.5, "%", "%", P, f=("월평균 소득", "월평균 소득이 536만", "", Q3, "change", "required", NS + "; 1년 전보다 is the basis"))
d.Q("536만 2,000원", 5362000, W, "원", "currency", f=("월평균 소득", "월평균 소득은 536만", "", R, "level", "required", NS + "; 7~9월 in the clause"))
d.Q("342만 8,000원", 3428000, W, "원", "currency", f=("근로소득", None, "", R, "level", "required", CAR))
d.Q("96만 3,000원", 963000, W, "원", "currency", f=("사업소득", None, "", R, "level", "required", CAR))
d.Q("4.1%", 4.1, "%", "%", P, f=("근로소득", None, "", R, "change", "required", CAR + "; 각각: the first listed noun"))
d.Q("1.2%", 1.2, "%", "%", P, f=("사업소득", None, "", R, "change", "required", CAR + "; 각각: the second listed noun"))
d.Q("1.4%", 1.4, "%", "%", P, f=("실질소득", None, "", R, "change", "required", CAR))
d.Q("5분기", 5, "분기", "분기", "duration", st="optional", f=None,
    note="5분기 연속: an amount of time in quarters, a unit the guideline's duration list lacks (year, month, week, day …)")
d.Q("60세", 60, "세", "세", C, ctx="60세 이상 가구의", bound="min", st="optional", f=None,
    note="a definitional age bracket: part of the metric, no fact; optional because labels_core.py requires a fact for every required quantity")
AGE = CAR + "; the age bracket is part of the metric (definitional)"
d.Q("389만 원", 3890000, W, "원", "currency", f=("60세 이상 가구의 소득", None, "", R, "level", "required", AGE))
d.Q("6.2%", 6.2, "%", "%", P, f=("60세 이상 가구의 소득", None, "", R, "change", "required", AGE))
d.Q("39세", 39, "세", "세", C, bound="max", st="optional", f=None,
    note="a definitional age bracket (39세 이하 가구): part of the metric, no fact; optional because labels_core.py requires a fact for every required quantity")
YNG = CAR + "; no noun for the measure in the clause: 소득 of the parallel clause before"
d.Q("512만 원", 5120000, W, "원", "currency", f=("소득", "가구의 소득이 389만", "", R, "level", "required", YNG))
d.Q("0.8%", 0.8, "%", "%", P, f=("소득", "가구의 소득이 389만", "", R, "change", "required", YNG))
d.Q("603만 원", 6030000, W, "원", "currency", f=("수도권 가구 소득", None, "", R, "level", "required", CAR))
d.Q("472만 원", 4720000, W, "원", "currency",
    f=("가구 소득", "수도권 가구 소득이", "", R, "level", "required", CAR + "; the basis in brackets (비수도권): the measure of the figure before"))
d.Q("131만 원", 1310000, W, "원", "currency",
    f=("수도권 가구 소득", None, "", R, "change", "required", CAR + "; a difference (…보다 131만 원 많았다) is a change"))
d.Q("397만 원", 3970000, W, "원", "currency", f=("가계지출", None, "", R, "level", "required", CAR + "; 월평균 is a basis word outside the metric"))
d.Q("2.9%", 2.9, "%", "%", P, f=("가계지출", None, "", R, "change", "required", CAR))
d.Q("128만 원", 1280000, W, "원", "currency", f=("흑자액", None, "", R, "level", "required", CAR))

# ---------------------------------------------------------------- 006 logistics-AI startup's Series C (press release, no date at all)
d = Doc("006_1a7239104ff8d29d", "2026-03-10"); docs.append(d)
LW = "로지웨이브"
d.Oall(LW, LW)
for inv in ("KB인베스트먼트", "한국산업은행", "스톤브릿지벤처스", "하늘벤처파트너스"):
    d.O(inv, inv, note="an investor in the list (the round's counterparties)")
d.O("파빌리온캐피탈", "파빌리온캐피탈", note="investor; the country before it (싱가포르) stays outside the span")
d.O("카이스트", "카이스트", note="a university (출신): ORG")
d.O("CJ대한통운", "CJ대한통운", note="a named customer")
d.O("한진", "한진", note="a named customer")
d.Oall("웨이브링크", "웨이브링크", special={0: ("optional", "a platform the company runs: product or business unit"),
                                         1: ("optional", "a platform the company runs: product or business unit")})
d.O("코스닥", "코스닥", st="optional", note="a stock market run by an exchange: a market (not ORG) or the institution?")
d.D("10일", "2026-03-10", "day", rel=True, note="day of the announcement (밝혔다): not the round's period")
d.D("현재", "2026-03-10", "day", ctx="현재 CJ", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("현재", "2026-03-10", "day", ctx="현재 128명", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("올해", "2026", "year", rel=True, note="올해 안으로: 안으로 outside")
d.D("내년 하반기", "2027-H2", "half", rel=True, note="내년 before a half: one mention")
RD = "X 규모의 Y → Y; the round's date is not given (10일 dates the announcement only): empty period"
d.Q("450억 원", 45000000000, W, "원", "currency", ctx="450억 원 규모 시리즈C", f=("시리즈C 투자", "규모 시리즈C 투자 유치", LW, "", "level", "required", RD))
d.Q("450억 원", 45000000000, W, "원", "currency", ctx="450억 원 규모의", f=("시리즈C 투자", "규모의 시리즈C 투자", LW, "", "level", "required", RD))
d.Q("2,800억 원", 280000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("기업가치", None, LW, "", "level", "required", "the round's company carried; 투자 전 기준 is a basis, no DATE: empty period"))
d.Q("720억 원", 72000000000, W, "원", "currency", f=("누적 투자 유치액", None, LW, "", "level", "required", "genitive owner; no DATE"))
d.Q("310곳", 310, "곳", "곳", C,
    f=("화주·물류사", None, LW, "2026-03-10", "level", "optional",
       "the customers of the company's platform: the company's figure, or the platform's (an optional ORG), or the customers' (named only in part, 등)? (README question 10)"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("매출", None, LW, "2025", "level", "required", "topic 로지웨이브는 of the sentence carried past the clause about its customers"))
d.Q("2.3배", 2.3, "배", "배", C, f=("매출", None, LW, "2025", "change", "required", "a multiple with a change verb (늘었다); 전년보다 is the basis"))
d.Q("95명", 95, "명", "명", C, f=("직원 수", None, LW, "2025", "level", "required", "지난해 말 (value 2025, END)"))
d.Q("128명", 128, "명", "명", C,
    f=("직원 수", None, LW, "2026-03-10", "level", "required", "현재 takes the document date (the DATE itself is optional by the guideline)"))
d.Q("50명", 50, "명", "명", C,
    f=("개발 인력", None, LW, "2026", "change", "required", "50명 더 뽑는다: an addition to the staff, a change; 회사는 and the clause's 올해"))
d.Q("한 곳", 1, "곳", "곳", C, st="optional", f=None, note="rate denominator (한 곳당)")
d.Q("18%", 18, "%", "%", P,
    f=("인건비", None, "", "", "change", "optional",
       "the customers' labour cost cut by the platform, in the CEO's quote: no ORG named as its owner, no DATE (README question 1)"))

if __name__ == "__main__":
    write_all(docs)
