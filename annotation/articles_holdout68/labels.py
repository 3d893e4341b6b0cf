"""Gold labels of articles-holdout68, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (format: docs/gold-format.md).
Run: python annotation/articles_holdout68/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text"

# ---------------------------------------------------------------- 001 airline's traffic and earnings (뉴스1 dateline, 2025년 in the lead)
d = Doc("001_78b7b9d622a1d149", "2026-02-10"); docs.append(d)
A, AE, JJ = "청람항공", "청람에어", "제주항공"
d.Oall(A, A)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(AE, AE, special={0: ("required", "invented low-cost subsidiary introduced by 자회사")})
d.O(JJ, JJ, note="the rival (경쟁사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="청람항공, 지난해", rel=True)
d.D("2025년", Y, "year")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the disclosure (공시, 밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출이", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", Y, "year", ctx="같은 기간 23.4%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년 대비 2.1%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="청람에어는 지난해", rel=True)
d.D("같은 기간", Y, "year", ctx="같은 기간 여객", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.Q("1240만명", 12400000, "명", "명", C, f=("여객", "지난해 여객 1240만명", A, Y, "level", "required", "headline: 지난해 of its own headline"))
d.Q("2310억", 231000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업이익", "'역대 최대'…영업이익", A, Y, "level"))
d.Q("한 해", 1, "year", "해", "duration", st="optional",
    note="`2025년 한 해 동안`: an amount of time with 동안 (duration) or part of the DATE like `올 한해`? (README question 1)")
d.Q("1,240만 명", 12400000, "명", "명", C, f=("여객", "명의 여객", A, Y, "level", "required", "the counted noun after 의"))
d.Q("2조 8,450억 원", 2845000000000, W, "원", "currency", f=("매출", "지난해 매출이", A, Y, "level"))
d.Q("11.6%", 11.6, "%", "%", P, f=("매출", "지난해 매출이", A, Y, "change"))
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,310억", A, Y, "level"))
d.Q("23.4%", 23.4, "%", "%", P, f=("영업이익", "영업이익은 2,310억", A, Y, "change", "required", "같은 기간 (optional) and the story's period both give 2025"))
d.Q("780만 명", 7800000, "명", "명", C, f=("국제선 여객", None, A, Y, "level", "required", "국제선 changes what is counted: in the metric"))
d.Q("460만 명", 4600000, "명", "명", C,
    f=("여객", "국제선 여객은", A, Y, "level", "required",
       "breakdown item (국내선은): the item names only a part; the measure is the 여객 of the figure before (convention 1)"))
d.Q("86.2%", 86.2, "%", "%", P, f=("국제선 평균 탑승률", None, A, Y, "level"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("국제선 평균 탑승률", None, A, Y, "change"))
d.Q("530만 명", 5300000, "명", "명", C, f=("여객", "지난해 여객 530만", AE, Y, "level"))
d.Q("9,120억 원", 912000000000, W, "원", "currency", f=("매출", "매출 9,120억", AE, Y, "level"))
d.Q("640억 원", 64000000000, W, "원", "currency", f=("영업이익", "영업이익 640억", AE, Y, "level"))
d.Q("72%", 72, "%", "%", P,
    f=("지분", "청람에어 지분", A, Y, "level", "optional",
       "the holder (청람항공은 … 보유하고 있다) owns the stake; a present holding: period the carried 지난해 (written) or empty? (README question 2)"))
d.Q("1,380만 명", 13800000, "명", "명", C,
    f=("여객", "같은 기간 여객", JJ, Y, "level", "required", "the rival is the topic of its own sentence; 같은 기간 = 2025 (convention 5)"))
d.Q("1,050억 원", 105000000000, W, "원", "currency", f=("영업이익", "영업이익은 1,050억", JJ, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("영업이익", "영업이익은 1,050억", JJ, Y, "change"))
d.Q("4대", 4, "대", "대", C, f=("중대형기", None, A, "2026", "level", "required", "a spokesperson (관계자) speaks for the company (convention 7); 올해 in the clause"))
d.Q("850만 명", 8500000, "명", "명", C, bound="min", note="이상 → min",
    f=("국제선 여객", "국제선 여객을", A, "2026", "level", "required", "a target level in the spokesperson's quote; 올해 in the sentence"))

# ---------------------------------------------------------------- 002 exchange's trading statistics (연합뉴스 dateline, no year anywhere)
d = Doc("002_4c288d58f844020b", "2025-12-29"); docs.append(d)
KRX, KOFIA, HW = "한국거래소", "금융투자협회", "한울투자증권"
MK = "a stock market run by the exchange: an institution or a market (place-like)? (README question 3)"
d.O("코스닥", "코스닥시장", ctx="코스닥 일평균", st="optional", note=MK + "; short form of 코스닥시장")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("코스닥시장", "코스닥시장", ctx="올해 코스닥시장의", st="optional", note=MK)
d.O(KRX, KRX, note="the exchange that releases the statistics: their source")
d.O("코스닥시장", "코스닥시장", ctx="올해 코스닥시장 일평균", st="optional", note=MK)
d.O("유가증권시장", "유가증권시장", st="optional", note=MK)
d.O(KOFIA, KOFIA, note="source of a statistic (에 따르면)")
d.Oall(HW, HW, special={0: ("required", "invented brokerage introduced by 증권사 중에서는")})
Y = "2025"
d.D("올해", Y, "year", ctx="= 올해", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 크게", rel=True, note="a comparison's basis, still a DATE resolved against the document date")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the release (밝혔다)")
d.D("올해", Y, "year", ctx="29일 올해", rel=True)
d.D("작년", "2024", "year", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 9곳", rel=True)
d.D("지난달 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", Y, "year", mod="START", rel=True, note="a comparison's basis (연초보다)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
NS = "a market's statistic released by its exchange (the source): empty subject (FACTS: a figure of a market)"
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("일평균 거래대금", "코스닥 일평균 거래대금", "", "", "level"))
d.Q("112곳", 112, "곳", "곳", C, ctx="112곳\n",
    f=("신규 상장", "…신규 상장", "", "", "level", "required", NS + "; a headline with no DATE and nothing before it: empty period (convention 6)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균)")
d.Q("9조 원", 9000000000000, W, "원", "currency", bound="gt", note="넘어서며 → gt",
    f=("하루 평균 거래대금", None, "", Y, "level", "required", NS + "; 올해 in the sentence"))
d.Q("9조 4,200억 원", 9420000000000, W, "원", "currency", f=("일평균 거래대금", "코스닥시장 일평균 거래대금이", "", Y, "level", "required", NS))
d.Q("7조 6,800억 원", 7680000000000, W, "원", "currency",
    f=("일평균 거래대금", "코스닥시장 일평균 거래대금이", "", "2024", "level", "required", "a basis figure in brackets after its DATE (작년): that year (convention 5)"))
d.Q("22.7%", 22.7, "%", "%", P, f=("일평균 거래대금", "코스닥시장 일평균 거래대금이", "", Y, "change", "required", NS))
d.Q("21조 3,000억 원", 21300000000000, W, "원", "currency",
    f=("전체 일평균 거래대금", None, "", Y, "level", "required", "two markets taken together, no ORG owner; the period of the figure before"))
d.Q("112곳", 112, "곳", "곳", C, ctx="112곳으로",
    f=("신규 상장 기업", None, "", Y, "level", "required", NS + "; the story's period (the lead's 올해)"))
d.Q("9곳", 9, "곳", "곳", C, f=("신규 상장 기업", None, "", Y, "change", "required", "많았고 against 지난해: a change"))
d.Q("3조 1,500억 원", 3150000000000, W, "원", "currency", f=("공모 금액", "공모 금액은", "", Y, "level"))
d.Q("48곳", 48, "곳", "곳", C, f=("기술특례로 상장한 기업", None, "", Y, "level"))
d.Q("42.9%", 42.9, "%", "%", P,
    f=("기술특례로 상장한 기업", None, "", Y, "level", "optional",
       "`전체의 N%를 차지했다`: metric the part named before (written), `전체`, or empty? (README question 4)"))
d.Q("58조 7,000억 원", 58700000000000, W, "원", "currency",
    f=("투자자 예탁금", None, "", "2025-11", "level", "required", "a market-wide figure after `에 따르면` (the source): empty subject; 지난달 말 기준 (value 2025-11, END)"))
d.Q("6조 2,000억 원", 6200000000000, W, "원", "currency",
    f=("투자자 예탁금", None, "", "2025-11", "change", "required", "불었다 against 연초 (the basis): a change; the current period"))
d.Q("19건", 19, "건", "건", C,
    f=("상장 주관", None, HW, Y, "level", "required", "the brokerage is the subject of the sentence; the story's period"))
d.Q("6,340억 원", 634000000000, W, "원", "currency", f=("공모 금액", "공모 금액 6,340억", HW, Y, "level"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("30곳", 30, "곳", "곳", C, bound="min", note="이상 → min",
    f=("상장", "상장을 준비", HW, "2026-H1", "level", "required", "the counted noun after 의; a spokesperson speaks for the company; 내년 상반기 in the clause"))

# ---------------------------------------------------------------- 003 county's population and birth support (뉴시스 dateline, no year anywhere)
d = Doc("003_e3b557d176b0fad5", "2026-01-14"); docs.append(d)
YY, CO, HO = "영양군", "영양군의회", "영양해솔병원"
d.O(YY, YY, ctx="영양군, 지난해", note="the county acting as a government (its subsidy is the headline's second figure)")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(YY, YY, ctx="경북 영양군의", st="optional",
    note="`영양군의 … 출생아 수`: the county as a place (whose births) or as a government? (README question 5)")
d.O(YY, YY, ctx="영양군은 14일", note="acting as a government (밝혔다)")
d.O("군", YY, ctx="군은 올해부터", st="optional", note="unnamed institution noun standing for the county (like 시의회)")
d.O(CO, CO, ctx="영양군의회는", note="the county council")
d.O(HO, HO, note="invented local hospital")
d.O("병원", HO, ctx="병원 측은", st="optional", note="unnamed institution noun standing for the hospital")
d.O(CO, CO, ctx="김도형 영양군의회", note="before a person's title")
d.O("군", YY, ctx="군과 협력", st="optional", note="unnamed institution noun standing for the county")
Y = "2025"
d.D("지난해", Y, "year", ctx="영양군, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="영양군의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("10년 전", "2016", "year", rel=True,
    note="an amount of time followed by 전: offset from the document date (2026 − 10), as ANNOTATION's Offsets line says; the text may mean ten years before the end of 2025")
d.D("올해", "2026", "year", rel=True, note="올해부터 (부터 outside)")
d.D("지난해", Y, "year", ctx="지난해보다 32%", rel=True, note="a comparison's basis")
d.D("지난달 23일", "2025-12-23", "day", rel=True)
d.D("다음 달", "2026-02", "month", rel=True, note="다음 달부터 (부터 outside)")
PL = "a county's population figure is a figure of a place (FACTS: a country's figure has no subject), not of the county government that reports it (convention 2)"
d.Q("68명", 68, "명", "명", C, ctx="68명…",
    f=("출생아", "지난해 출생아 68명", "", Y, "level", "required", PL + "; 지난해 of its own headline"))
d.Q("1200만원", 12000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("출산장려금", "…출산장려금", YY, "2026", "level", "optional",
       "headline: the only DATE before it is 지난해 (the births'); the subsidy is this year's (올해부터 in the body): 2025 by the letter of search order, 2026 by meaning, or empty? (README question 6)"))
d.Q("68명", 68, "명", "명", C, ctx="68명으로",
    f=("출생아 수", None, "", Y, "level", "required", PL))
d.Q("54명", 54, "명", "명", C,
    f=("출생아 수", None, "", "2024", "level", "required", "a basis figure in brackets after its DATE (전년): that year (convention 5)"))
d.Q("14명", 14, "명", "명", C, f=("출생아 수", None, "", Y, "change"))
d.Q("1만 5,310명", 15310, "명", "명", C,
    f=("주민등록 인구", None, "", Y, "level", "required", PL + "; 지난해 말 기준 (value 2025, END)"))
d.Q("1년", 1, "year", "년", "duration", note="`1년 새`: an amount of time (duration), no fact")
d.Q("1.8%", 1.8, "%", "%", P, f=("주민등록 인구", None, "", Y, "change", "required", "감소했다: a change, sign kept by the kind (value as written)"))
d.Q("1만 8,200명", 18200, "명", "명", C,
    f=("주민등록 인구", None, "", "2016", "level", "required", "no measure noun in its clause: the population of the sentence before; 10년 전 in the clause"))
d.Q("15.9%", 15.9, "%", "%", P,
    f=("인구 감소율", None, "", Y, "change", "optional",
       "a rate of change named by its own measure noun (감소율은 … 15.9%에 이른다): level of 감소율 or change of 인구 (written)? period the current one (2025) or the span 10년 전…지난해? (README question 7)"))
d.Q("65세", 65, "세", "세", C, bound="min", st="optional",
    note="definitional range (65세 이상 고령 인구): part of the metric, no fact (FACTS); optional so the framework needs no fact for it")
d.Q("44.6%", 44.6, "%", "%", P,
    f=("고령 인구 비중", None, "", Y, "level", "required", PL + "; the story's period (the lead's 지난해, 지난해 말 기준 of the paragraph)"))
SUB = "the county's subsidy: 군은 (the county government) is the subject; 올해부터 in the sentence"
d.Q("500만 원", 5000000, W, "원", "currency",
    f=("출산장려금", None, YY, "", "level", "optional",
       "`A에서 B로` after 올해부터: the old level is last year's by implication (no DATE), empty (written), 2025, or the sentence's 2026? (README question 8)"))
d.Q("700만 원", 7000000, W, "원", "currency", f=("출산장려금", None, YY, "2026", "level", "required", SUB))
d.Q("세 자녀", 3, "자녀", "자녀", C, bound="min", st="optional", note="a counted noun that is not a counter (자녀); 이상 → min")
d.Q("1,200만 원", 12000000, W, "원", "currency", bound="max", note="최대 → max (까지 also a cap)",
    f=("출산장려금", None, YY, "2026", "level", "required", SUB + "; the clause names no measure: the coordinated clause's 출산장려금"))
d.Q("5년", 5, "year", "년", "duration", note="`5년에 나눠`: the payment spread over an amount of time (duration), no fact")
d.Q("9억 8,000만 원", 980000000, W, "원", "currency",
    f=("관련 예산", None, YY, "2026", "level", "required", "the county's budget; subject and period (올해) carried from the sentence before"))
d.Q("32%", 32, "%", "%", P, f=("관련 예산", None, YY, "2026", "change"))
d.Q("3회", 3, "회", "회", C,
    f=("산부인과 외래 진료", None, HO, "2026-02", "level", "required", "`주 3회`: 주 (no number) a rate word; the hospital is the subject; 다음 달부터 in the clause"))
d.Q("4명", 4, "명", "명", C, ctx="의료진 4명", f=("의료진", None, HO, "2026-02", "level", "required", "병원 측 = the hospital; its period carried"))
d.Q("3억 5,000만 원", 350000000, W, "원", "currency",
    f=("장비 구입", None, HO, "2026-02", "level", "required", "X에 N원을 들인다 → X; subject and period carried"))
d.Q("100명", 100, "명", "명", C,
    f=("출생아", "출생아 100명", "", "", "level", "optional",
       "a target in the council head's quote: the county's births (empty subject, written) or the council's/county's goal?; period empty (a target, no DATE) or the births' carried 지난해? (README question 9)"))

# ---------------------------------------------------------------- 004 cosmetics company's China and US sales (bracket byline [헤럴드경제=…], 2025년 3분기)
d = Doc("004_5dec29085f0e07b9", "2025-11-06"); docs.append(d)
R, RC, UL = "라온뷰티", "라온코스메틱스", "얼타뷰티"
d.Oall(R, R, special={0: ("required", "invented cosmetics company, topic of the headline"),
                      3: ("required", "`라온뷰티 제품`: the company named as the maker of the products (no separate product name)")})
d.O("헤럴드경제", "헤럴드경제", note="outlet in the bracket byline")
d.O(UL, UL, ctx="얼타뷰티(Ulta Beauty)", aliases="Ulta Beauty", note="a US retailer; the parenthesized alias is outside the span")
d.O(UL, UL, ctx="얼타뷰티 내", note="the retailer (its stores)")
d.Oall(RC, RC, special={0: ("required", "invented subsidiary brand company introduced by 자회사")})
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="라온뷰티, 3분기", rel=True, note="headline; the latest Q3 on or before the document date")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + " (one mention)")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the announcement (발표한)")
d.D("2025년 3분기", Q3, "quarter", note="the results' period (a year and its quarter: one mention)")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time followed by 전: offset from the document date, `10년 전` → that year; a basis, still a DATE")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("3분기", Q3, "quarter", ctx="3분기에만", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("2870억", 287000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("해외 매출", "3분기 해외 매출 2870", R, Q3, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31%로 '뚝'",
    f=("중국 비중", "…중국 비중", R, Q3, "level", "required", "headline: the `…` does not split its 3분기 (convention 6)"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("해외 매출", "3분기 해외 매출이", R, Q3, "level", "required", "genitive owner (라온뷰티의); 올해 3분기 in the clause"))
d.Q("8.4%", 8.4, "%", "%", P, f=("해외 매출", "3분기 해외 매출이", R, Q3, "change"))
d.Q("7,640억 원", 764000000000, W, "원", "currency", f=("전체 매출", None, R, Q3, "level", "required", "`라온뷰티가 … 발표한 … 실적에 따르면`: the company's own results"))
d.Q("512억 원", 51200000000, W, "원", "currency", f=("영업이익", None, R, Q3, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31%로 1년",
    f=("중국 비중", "가운데 중국 비중은", R, Q3, "level", "required", "해외 매출 가운데 frames the whole; subject and period carried"))
d.Q("9%포인트", 9, PP, "%포인트", P, f=("중국 비중", "가운데 중국 비중은", R, Q3, "change", "required", "낮아졌고 against 1년 전: a change; the current period"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("면세 매출", None, R, Q3, "level"))
d.Q("27.5%", 27.5, "%", "%", P, f=("면세 매출", None, R, Q3, "change"))
d.Q("740억 원", 74000000000, W, "원", "currency", f=("미국 매출", "미국 매출은", R, Q3, "level"))
d.Q("64%", 64, "%", "%", P, f=("미국 매출", "미국 매출은", R, Q3, "change", "required", "전년 동기 is the basis (optional DATE); the current period"))
d.Q("1,380곳", 1380, "곳", "곳", C,
    f=("매장", None, UL, Q3, "level", "optional",
       "`얼타뷰티 매장 1,380곳에 입점한`: the retailer's stores (written) or the count of stores the company entered (라온뷰티)?; period the carried 3분기 (written) or none? (README question 10)"))
d.Q("2,100만 달러", 21000000, U, "달러", "currency",
    f=("제품 매출", None, R, Q3, "level", "required", "`얼타뷰티 내` names where the products sell (the retailer is the place, not the seller); 3분기에만 in the clause"))
d.Q("290억 원", 29000000000, W, "원", "currency", approx=True, eq=("2,100만 달러",), note="conversion of the dollar amount; 약 → approx",
    f=("제품 매출", None, R, Q3, "level", "required", "a conversion: same metric, subject, period and kind"))
d.Q("1,460억 원", 146000000000, W, "원", "currency",
    f=("매출", "매출 1,460억", RC, Q3, "level", "required", "the subsidiary is the subject of its sentence; the story's period (the lead's 3분기)"))
d.Q("138억 원", 13800000000, W, "원", "currency", f=("영업이익", "영업이익 138억", RC, Q3, "level"))
d.Q("100%", 100, "%", "%", P,
    f=("지분", None, R, Q3, "level", "optional",
       "the holder (라온뷰티는 … 가지고 있다) owns the stake; a present holding: the carried 3분기 (written) or empty? (README question 2)"))
d.Q("40%", 40, "%", "%", P,
    f=("미국 매출 비중", None, R, "2026", "level", "required",
       "a target level in the spokesperson's quote (회사 관계자 speaks for the story's company); `까지 끌어올리겠다`: the level reached, no bound (convention 10); 내년 in the clause"))

# ---------------------------------------------------------------- 005 offshore wind farm (연합뉴스 dateline, the event day written with its year)
d = Doc("005_b02bc791c7da745c", "2026-03-18"); docs.append(d)
HS, CIP, KE = "해솔에너지", "코펜하겐인프라스트럭처파트너스", "한국전력공사"
d.Oall(HS, HS, special={0: ("required", "invented developer, topic of the headline")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(CIP, CIP, aliases="CIP", note="the foreign partner fund (투자운용사); the parenthesized alias is outside the span")
d.Oall(KE, KE, special={0: ("required", "the state power company, subject of 사들인다")})
d.D("2026년 3월 17일", "2026-03-17", "day", note="day of the ground-breaking (착공식)")
d.D("2030년", "2030", "year", note="the target year of commercial operation (목표로)")
d.D("2029년 말", "2029", "year", mod="END", note="2029년 말까지 (까지 outside)")
d.D("지난해", "2025", "year", rel=True)
PJ = ("a project figure after event dates of another sentence (`2026년 3월 17일` ceremony, `2030년` target of operation): do they carry "
      "as `the period last set for the same subject`, or date only their events (empty, written)? (README question 11)")
d.Q("1.2GW", 1.2, "GW", "GW", M,
    f=("해상풍력", "1.2GW 해상풍력", HS, "", "level", "required", "the developer's wind farm; a headline with no DATE and nothing before: empty period"))
d.Q("5조원", 5000000000000, W, "원", "currency", f=("사업비", "…사업비", HS, "", "level"))
d.Q("1,200MW", 1200, "MW", "MW", M, f=("설비 용량", None, HS, "", "level", "required", "no DATE in the lead or before it: empty"))
d.Q("5조 2,000억 원", 5200000000000, W, "원", "currency", f=("총사업비", None, HS, "", "level", "optional", PJ))
d.Q("49%", 49, "%", "%", P,
    f=("지분", None, CIP, "", "level", "optional", "the fund is the subject of 투자하고 (whose stake); " + PJ))
d.Q("15MW", 15, "MW", "MW", M, approx=True, note="`15MW급`: 급 after the unit is a suffix outside the span (like 원대); read as approx (convention 10)",
    f=("풍력발전기", None, "", "", "level", "required",
       "a product's rating (each turbine): a product is no ORG, empty subject; no earlier figure of the same metric: empty period"))
d.Q("80기", 80, "기", "기", C, f=("풍력발전기", None, HS, "", "level", "optional", "단지 = the developer's wind farm; " + PJ))
d.Q("3,500GWh", 3500, "GWh", "GWh", M, approx=True, note="약 → approx",
    f=("발전량", None, HS, "", "level", "optional", "연간 qualifies the period only: outside the metric; 완공되면 (after completion) has no DATE; " + PJ))
d.Q("100만 가구", 1000000, "가구", "가구", C, approx=True, note="약 → approx",
    f=("일반 가정", None, "", "", "level", "required",
       "households are no ORG: empty subject; `1년 동안` is a duration, not a period; no earlier figure of the same metric: empty"))
d.Q("1년", 1, "year", "년", "duration", note="`1년 동안`: duration, no fact")
d.Q("20년", 20, "year", "년", "duration", note="`20년간` → 20년: duration, no fact")
d.Q("58㎞", 58, "km", "㎞", M,
    f=("송전선로", None, KE, "2029", "level", "optional",
       "`58㎞ 길이의 송전선로`: metric the line (as `X 규모의 Y` → Y, written) or the measure noun `길이` that governs the number? (README question 12); 2029년 말까지 in the clause"))
d.Q("8,700억 원", 870000000000, W, "원", "currency",
    f=("투입", None, KE, "2029", "level", "required",
       "no noun names the spend: the verbal noun of 투입한다; the state company is the subject; 2029년 말 (value 2029, END) in the sentence"))
d.Q("1,860억 원", 186000000000, W, "원", "currency", f=("매출", None, HS, "2025", "level"))
d.Q("214억 원", 21400000000, W, "원", "currency", f=("영업이익", None, HS, "2025", "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균)")
d.Q("1,500명", 1500, "명", "명", C,
    f=("일자리", None, HS, "", "level", "optional",
       "jobs the construction creates, in a spokesperson's quote: the developer's figure (written) or none?; `공사 기간` is no DATE, and the developer's carried 지난해 is last year's results: empty (written) or 2025? (README question 11)"))

# ---------------------------------------------------------------- 006 university research funding and startups (입력 stamp + byline line)
d = Doc("006_80c0dd5ab23e8e6d", "2026-05-12"); docs.append(d)
PK, PKF, NRF, MSIT, MC = "부경대학교", "부경대 산학협력단", "한국연구재단", "과학기술정보통신부", "마린셀바이오"
d.O("부경대", PK, ctx="부경대, 연구비", note="short form of 부경대학교 (headline)")
d.O("부산일보", "부산일보", note="outlet in the byline line")
d.O(PK, PK, note="the university, subject of the lead")
d.O(PKF, PKF, note="the university's industry-academic cooperation foundation, a named institution (the university's short name is part of its own name)")
d.O("정부", "정부", st="optional", note="unnamed institution noun, and only a modifier inside `정부 과제`")
d.O(NRF, NRF, note="the research foundation (its program 기초연구사업 is no ORG)")
d.O(MSIT, MSIT, note="the ministry")
d.O(MC, MC, note="invented startup introduced by 기업")
d.O("부경대", PK, ctx="배상훈 부경대", note="short form, before a person's title")
Y = "2025"
d.D("2026.05.12", "2026-05-12", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("지난해", Y, "year", ctx="부경대학교가 지난해", rel=True)
d.D("11일", "2026-05-11", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True, note="올해부터 (부터 outside)")
d.D("2년 전", "2024", "year", rel=True,
    note="an amount of time followed by 전: offset from the document date (2026 − 2), as ANNOTATION's Offsets line says; the text may mean two years before 2025")
d.D("지난해", Y, "year", ctx="이들 기업이 지난해", rel=True)
d.D("지난 3월", "2026-03", "month", rel=True, note="the latest March on or before the document date")
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
RS = ("a new paragraph after `올해부터 3년간 90억 원` (the university's future grant): the period last set for the university is 올해 (2026) "
      "by the letter of carry-forward, while the figures are last year's results (2025, written) (README question 13)")
d.Q("2천억", 200000000000, W, "", "currency", st="optional", note="headline amount, currency implied", f=("연구비", "부경대, 연구비", PK, "", "level"))
d.Q("48억", 4800000000, W, "", "currency", ctx="48억·", st="optional", note="headline amount, currency implied",
    f=("기술이전 수입", "기술이전 수입 48억·", PK, "", "level"))
d.Q("27곳", 27, "곳", "곳", C, ctx="창업 27곳",
    f=("창업", "창업 27곳", PK, "", "level", "required", "a headline with no DATE and nothing before: empty period (convention 6)"))
d.Q("2,000억 원", 200000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("연구비", "따낸 연구비가", PK, Y, "level"))
d.Q("2,046억 원", 204600000000, W, "원", "currency",
    f=("연구비 수주액", None, PK, Y, "level", "required",
       "the university's funding (the lead: 부경대학교가 … 따낸 연구비); its foundation only reports it (은 … 밝혔다); 2025년 in the clause"))
d.Q("13.8%", 13.8, "%", "%", P, f=("연구비 수주액", None, PK, Y, "change"))
BR = "breakdown item (이 가운데 정부 과제가 …, 기업 과제는 …): the item names only a part; the measure of the total (convention 1)"
d.Q("1,540억 원", 154000000000, W, "원", "currency", f=("연구비 수주액", None, PK, Y, "level", "required", BR))
d.Q("75.3%", 75.3, "%", "%", P,
    f=("연구비 수주액", None, PK, Y, "level", "optional",
       "`N%를 차지했고` with no noun: the share of the total's measure (written), the part `정부 과제`, or empty? (README question 4)"))
d.Q("382억 원", 38200000000, W, "원", "currency", f=("연구비 수주액", None, PK, Y, "level", "required", BR))
d.Q("124건", 124, "건", "건", C,
    f=("기초연구사업 선정 과제", None, PK, Y, "level", "required",
       "the university's selected projects (compared with other universities: 부산 지역 대학 중); the foundation in the genitive owns the program, not the count; subject and period carried"))
d.Q("3년", 3, "year", "년", "duration", note="`3년간` → 3년: duration, no fact")
d.Q("90억 원", 9000000000, W, "원", "currency",
    f=("", None, PK, "2026", "level", "optional",
       "`… 뽑혀 올해부터 3년간 90억 원을 받는다`: a plain verb names nothing (empty metric, written) or the relative clause's 지원?; the receiver (the university, written) or the ministry that funds it? (README question 14)"))
d.Q("48억 2,000만 원", 4820000000, W, "원", "currency", f=("기술이전 수입", None, PK, Y, "level", "optional", RS))
d.Q("31억 원", 3100000000, W, "원", "currency",
    f=("기술이전 수입", None, PK, "2024", "level", "required", "a basis figure in brackets after its DATE (2년 전): that DATE's value (convention 5)"))
d.Q("55%", 55, "%", "%", P, f=("기술이전 수입", None, PK, Y, "change", "optional", RS))
d.Q("86건", 86, "건", "건", C, f=("기술이전 계약", None, PK, Y, "level", "optional", RS))
d.Q("27곳", 27, "곳", "곳", C, ctx="27곳으로",
    f=("창업 기업", "세운 창업 기업은", PK, Y, "level", "required",
       "startups its faculty and students founded: the university's count; 지난해 in the sentence (the clause has none)"))
d.Q("320억 원", 32000000000, W, "원", "currency",
    f=("투자금", None, "", Y, "level", "required", "several organizations taken together, not named (이들 기업): empty subject; 지난해 in the clause"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("시리즈B 투자", None, MC, "2026-03", "level", "required", "`N원 규모의 X` → X; the startup is the subject; 지난 3월 in the clause"))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("연구비", "연구비 3,000억", PK, "2030", "level", "required", "a target in the university president's quote: the university's figure (convention 7); 2030년까지"))
d.Q("100곳", 100, "곳", "곳", C, f=("창업 기업", "창업 기업 100곳", PK, "2030", "level"))

if __name__ == "__main__":
    write_all(docs)
