"""Gold labels of articles-holdout69, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md
only. Run: python annotation/articles_holdout69/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, all_starts, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food-delivery platform (뉴스1 dateline; 2025년 in the lead)
d = Doc("001_930bdf98e3c2ac11", "2026-02-10"); docs.append(d)
BD, OD, HB, CE, KA = "배달온", "온딜리버리", "한빛커머스홀딩스", "쿠팡이츠", "한국외식업중앙회"
d.Oall(BD, BD, special={0: ("required", "headline topic with a comma"), 3: ("required", "named in a pair with its figure (배달온 54%)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit, not a quantity)")
d.Oall(OD, OD, special={0: ("required", "the platform's operator (운영사), named after the platform")})
d.O(HB, HB, note="invented parent (모회사인)")
d.Oall(CE, CE, special={0: ("required", "a rival platform (경쟁 플랫폼)")})
d.O(KA, KA, note="the restaurant owners' association")
d.O("중앙회", KA, ctx="중앙회가", note="short form of 한국외식업중앙회, named in full in the sentence before")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해", Y, "year", ctx="의 지난해 매출", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the year of the figures before")
d.D("지난해", Y, "year", ctx="지난해 점유율", rel=True)
d.D("현재", "2026-02-10", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("다음 달 1일", "2026-03-01", "day", rel=True, note="future clause (낮추고): next month's 1st")
d.D("지난달", "2026-01", "month", rel=True)
FEE = "중개수수료율"
d.Q("12억건", 1200000000, "건", "건", C, bound="gt", note="돌파 → gt",
    f=("주문", "작년 주문", BD, Y, "level", "required", "headline topic with a comma; 작년 in the same headline clause"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 낮춘다",
    f=(FEE, "중개수수료율 7.8%로 낮춘다", BD, "", "level", "optional",
       "headline after the ellipsis, a future cut: 작년 of the headline's first half is not its date; empty, or the body's 다음 달 1일? (README question 1)"))
d.Q("12억 3천만 건", 1230000000, "건", "건", C, f=("주문 건수", "2025년 주문 건수", BD, Y, "level", "required", "the platform whose orders they are"))
d.Q("21조 4천억 원", 21400000000000, W, "원", "currency", f=("거래액", "거래액이 21조", BD, Y, "level"))
d.Q("6.1%", 6.1, "%", "%", P, f=("주문 건수", "주문 건수는 전년", BD, Y, "change", "required", "전년보다 = basis"))
d.Q("8.7%", 8.7, "%", "%", P, f=("거래액", "거래액은 8.7%", BD, Y, "change", "required", "각각: the second noun's figure"))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency",
    f=("매출", "지난해 매출은", OD, Y, "level", "required", "the operator's own revenue (genitive owner 온딜리버리의), not the platform's"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "지난해 매출은", OD, Y, "change"))
d.Q("4,150억 원", 415000000000, W, "원", "currency", f=("영업이익", None, OD, Y, "level"))
d.Q("82%", 82, "%", "%", P,
    f=("지분", None, HB, "", "level", "required", "the holder is the subject; no date in the sentence and none set before for this subject: empty"))
d.Q("9억 8천만 건", 980000000, "건", "건", C,
    f=("주문 건수", "기간 주문 건수", CE, Y, "level", "required", "같은 기간 (optional DATE) in its clause, value 2025"))
d.Q("21%", 21, "%", "%", P, f=("주문 건수", "기간 주문 건수", CE, Y, "change"))
d.Q("54%", 54, "%", "%", P, f=("점유율", None, BD, Y, "level", "required", "a named pair: each figure after its organization"))
d.Q("33%", 33, "%", "%", P, f=("점유율", None, CE, Y, "level"))
d.Q("9.8%", 9.8, "%", "%", P,
    f=(FEE, "인 중개수수료율", BD, "2026-02-10", "level", "required", "현재 (an optional DATE, the document date) in its clause: the old level's date"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 2%포인트", f=(FEE, "인 중개수수료율", BD, "2026-03-01", "level", "required", "다음 달 1일부터 in its clause"))
d.Q("2%포인트", 2, PP, "%포인트", P, f=(FEE, "인 중개수수료율", BD, "2026-03-01", "change"))
d.Q("2%", 2, "%", "%", P, ctx="에게는 2%를",
    f=(FEE, "인 중개수수료율", BD, "2026-03-01", "level", "required", "second clause of the same sentence: subject, metric and date carried"))
d.Q("1,900억 원", 190000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("수수료 부담", None, "", "", "change", "required",
       "the owners' burden (persons taken together, not an ORG): empty subject; 회사는 only estimates it; an estimate with no date (연간 is no DATE): empty"))
d.Q("20%", 20, "%", "%", P, bound="gt", note="넘는다 → gt",
    f=("점주가 부담하는 비용", None, "", "", "level", "required", "the owners' cost (the topic 비용은): no ORG; present, no date"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("회원 업소", None, KA, "2026-01", "level", "required", "the association's survey of its members (중앙회가 … 조사한); 지난달 in the clause"))
d.Q("68%", 68, "%", "%", P,
    f=("응답 업소", None, KA, "2026-01", "level", "optional",
       "a survey result (share of the respondents, X의 N%): the surveying association's figure, or restaurants taken together and not named (empty)? (README question 2)"))

# ---------------------------------------------------------------- 002 customs monthly trade statistics (연합뉴스 dateline; no year anywhere)
d = Doc("002_3042a645717892ab", "2025-11-15"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("관세청", "관세청", note="the customs service releasing the statistic: its source")
d.O("산업통상자원부", "산업통상자원부", note="the trade ministry quoted")
d.O("한국수출기업협회", "한국수출기업협회", note="invented exporters' association")
d.O("정부", "정부", st="optional", note="unnamed institution noun (optional by the guideline)")
M10 = "2025-10"
d.D("10월", M10, "month", ctx="10월 수출", rel=True, note="headline month without a year: the latest October on or before the document date")
d.D("지난달", M10, "month", ctx="지난달 수출이", rel=True)
d.D("15일", "2025-11-15", "day", rel=True, note="day of the release (발표했다)")
d.D("지난달", M10, "month", ctx="지난달 수출액", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis, still a DATE")
d.D("1~10월", "2025-01/2025-10", "month", rel=True, note="a range of months without a year")
d.D("전년 동기", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~10월")
NS = "a national statistic released by the customs service (its source): empty subject"
d.Q("598억달러", 59800000000, U, "달러", "currency", f=("수출", "10월 수출", "", M10, "level", "required", "headline; 10월 in the same headline clause; " + NS))
d.Q("56억달러", 5600000000, U, "달러", "currency", f=("무역수지", "무역수지 56억달러", "", M10, "level", "required", "headline after the ellipsis: the headline's 10월; " + NS))
d.Q("5개월", 5, "month", "개월", "duration", note="5개월 연속 (for five months running): a duration, no fact")
d.Q("598억 2천만 달러", 59820000000, U, "달러", "currency", f=("수출액", None, "", M10, "level", "required", NS))
d.Q("4.6%", 4.6, "%", "%", P, f=("수출액", None, "", M10, "change", "required", "1년 전보다 = basis"))
d.Q("542억 1천만 달러", 54210000000, U, "달러", "currency", f=("수입액", None, "", M10, "level"))
d.Q("1.3%", 1.3, "%", "%", P, f=("수입액", None, "", M10, "change"))
d.Q("56억 1천만 달러", 5610000000, U, "달러", "currency", f=("무역수지", "무역수지는 56억", "", M10, "level", "required", "흑자 after the amount (a surplus) is no unit"))
BR = ("breakdown (품목별로는) in a new paragraph: the item (승용차, 석유제품) names no measure and takes the figure before's measure "
      "(수출, written on the 수출 of 반도체 수출); the story's period (지난달); no subject")
d.Q("142억 달러", 14200000000, U, "달러", "currency", f=("반도체 수출", None, "", M10, "level", "required", "new paragraph: the story's period (지난달); " + NS))
d.Q("21.4%", 21.4, "%", "%", P, f=("반도체 수출", None, "", M10, "change"))
d.Q("58억 달러", 5800000000, U, "달러", "currency", f=("수출", "반도체 수출이", "", M10, "level", "required", BR))
d.Q("3.2%", 3.2, "%", "%", P, f=("수출", "반도체 수출이", "", M10, "change", "required", BR))
d.Q("37억 달러", 3700000000, U, "달러", "currency", f=("수출", "반도체 수출이", "", M10, "level", "required", BR))
d.Q("12.8%", 12.8, "%", "%", P, f=("수출", "반도체 수출이", "", M10, "change", "required", BR))
d.Q("113억 달러", 11300000000, U, "달러", "currency", f=("대중국 수출", None, "", M10, "level", "required", "국가별로는: the noun names the measure; a country is no subject"))
d.Q("104억 달러", 10400000000, U, "달러", "currency", f=("대미국 수출", None, "", M10, "level"))
d.Q("5,702억 달러", 570200000000, U, "달러", "currency",
    f=("누적 수출", None, "", "2025-01/2025-10", "level", "required", "1~10월 in its clause; the ministry speaks of the national figure: no subject"))
d.Q("1.9%", 1.9, "%", "%", P, f=("누적 수출", None, "", "2025-01/2025-10", "change", "required", "전년 동기 대비 = basis"))
d.Q("7천억 달러", 700000000000, U, "달러", "currency",
    f=("연간 수출", None, "", "", "level", "required",
       "an outlook with no DATE of its own (연간 is no DATE); no period set before for this metric (연간 수출 ≠ 누적 수출/수출액): empty"))
d.Q("3곳", 3, "곳", "곳", C, st="optional", note="the denominator of a ratio (3곳 중 1곳), like a rate denominator: optional")
d.Q("1곳", 1, "곳", "곳", C,
    f=("중소 수출기업", None, "", "", "level", "required", "companies taken together and not named: empty subject; present, no date"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("수출 바우처 예산", None, "정부", "", "change", "optional",
       "an increase asked of 정부 (늘려 달라): its subject is only an optional ORG, which makes the fact optional (FACTS); no date"))

# ---------------------------------------------------------------- 003 steel-pipe maker's US exports (이데일리 bracket byline; 2025년 상반기 in the body)
d = Doc("003_9051d1f1f7e4ce7a", "2025-08-14"); docs.append(d)
DJ, US = "동진스틸", "동진스틸USA"
for s in all_starts(d.text, DJ):
    if d.text.startswith(US, s):
        d.O(US, US, at=s, note="the US plant subsidiary (현지 법인), owned 100% by 동진스틸")
    else:
        d.O(DJ, DJ, at=s)
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("엑슨모빌", "엑슨모빌", note="US oil major customer (에 공급됐다): the counterparty")
d.O("휴스틸", "휴스틸", note="rival (경쟁사)")
d.O("세아제강", "세아제강", note="rival, named with 휴스틸")
H1, H2 = "2025-H1", "2025-H2"
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention; dates the figure in brackets")
d.D("2025년 상반기", H1, "half", note="year and half: one mention")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("상반기", H1, "half", ctx="법인은 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("상반기", H1, "half", ctx="의 상반기 매출", rel=True)
d.D("하반기", H2, "half", ctx="동진스틸은 하반기", rel=True, note="future clause (계획): this year's second half")
d.D("하반기", H2, "half", ctx="있어 하반기", rel=True, note="an outlook: this year's second half")
d.Q("50%", 50, "%", "%", P, ctx="관세 50%에도",
    f=("관세", "관세 50%에도", "", "", "level", "required", "the US tariff: a country is no ORG; headline with no DATE and nothing before: empty period"))
d.Q("12만t", 120000, "t", "t", M,
    f=("수출", "美 수출", DJ, "", "level", "required", "headline topic with a comma; no DATE in the headline: empty period"))
d.Q("12만 4천t", 124000, "t", "t", M, f=("대미 수출 물량", None, DJ, H1, "level"))
d.Q("13만 1천t", 131000, "t", "t", M,
    f=("대미 수출 물량", None, DJ, "2024-H1", "level", "required", "a figure alone in brackets after a DATE (지난해 상반기): that DATE is its period; the measure of the figure before"))
d.Q("5.3%", 5.3, "%", "%", P, f=("대미 수출 물량", None, DJ, H1, "change", "required", "줄어드는 데 그쳤다: a change; the period the current one, not the basis"))
d.Q("8,420억 원", 842000000000, W, "원", "currency", f=("매출", "연결 기준 매출", DJ, H1, "level", "required", "연결 기준 stays outside the metric"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "영업이익 612억", DJ, H1, "level"))
d.Q("17.6%", 17.6, "%", "%", P, f=("영업이익", "영업이익은 전년", DJ, H1, "change"))
d.Q("25%", 25, "%", "%", P,
    f=("관세율", None, "", "", "level", "optional",
       "A에서 B로: the old level has no DATE of its own (지난 6월 dates the rise): empty, or the months before June? (README question 3)"))
d.Q("50%", 50, "%", "%", P, ctx="에서 50%로",
    f=("관세율", None, "", "2025-06", "level", "required", "the new level, dated by 지난 6월 in its clause; the US (a country) is no subject"))
d.Q("100%", 100, "%", "%", P,
    f=("지분", None, DJ, H1, "level", "required",
       "the holder (동진스틸이 … 보유한) is the subject; its clause has no DATE, its sentence has 상반기 (search order: clause, then sentence)"))
d.Q("9만 2천t", 92000, "t", "t", M,
    f=("유정용 강관", None, US, H1, "level", "required", "이 법인 = 동진스틸USA; the counted thing right before the amount (유정용 강관 … 생산해)"))
d.Q("34%", 34, "%", "%", P, f=("유정용 강관", None, US, H1, "change"))
d.Q("40%", 40, "%", "%", P, approx=True, note="약 → approx",
    f=("생산 물량", None, US, H1, "level", "required", "the customer (엑슨모빌에 공급) is the counterparty; the subsidiary carried"))
d.Q("2억 3천만 달러", 230000000, U, "달러", "currency", f=("매출", "상반기 매출은", US, H1, "level", "required", "genitive owner 동진스틸USA의"))
d.Q("3,190억 원", 319000000000, W, "원", "currency", approx=True, eq=("2억 3천만 달러",), note="conversion in brackets; 약 → approx",
    f=("매출", "상반기 매출은", US, H1, "level", "required", "a conversion: same slots as the converted amount"))
d.Q("38%", 38, "%", "%", P,
    f=("모회사 전체 매출", None, US, H1, "level", "optional",
       "the subsidiary's share of the parent's total sales (X의 N%): metric the whole X, or the part (매출 of the subsidiary)? subject the subsidiary or the parent? (README question 4)"))
d.Q("1,100만 달러", 11000000, U, "달러", "currency",
    f=("투자", None, DJ, H2, "level", "required", "the parent invests in the subsidiary (동진스틸USA에: the recipient); verbal noun 투자해; 하반기 in its clause"))
CAP = ("A에서 B로 of 연간 생산능력 in a plan: whose capacity, the investing parent (the clause's subject) or the subsidiary invested in? "
       "and the old level's period (README question 4)")
d.Q("25만t", 250000, "t", "t", M, f=("생산능력", None, DJ, "", "level", "optional", CAP))
d.Q("30만t", 300000, "t", "t", M, f=("생산능력", None, DJ, H2, "level", "optional", CAP))
d.Q("20만t", 200000, "t", "t", M, approx=True, note="안팎 → approx",
    f=("대미 수출", "강관의 대미 수출이", "", H2, "level", "required", "an industry outlook for Korean pipes (a product, no ORG): empty subject; 하반기 in its clause"))

# ---------------------------------------------------------------- 004 city welfare budget (뉴시스 dateline; no year anywhere)
d = Doc("004_1cc0ebfcd5231aae", "2025-11-20"); docs.append(d)
CJ, CC, CF = "청주시", "청주시의회", "청주복지재단"
for i, s in enumerate(all_starts(d.text, CJ)):
    if d.text.startswith(CC, s):
        d.O(CC, CC, at=s, note="the city council, named")
    else:
        d.O(CJ, CJ, at=s, note="a city acting as a government" + ("; headline topic" if i == 0 else ""))
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("시의회", CC, ctx="시의회에", st="optional",
    note="unnamed institution noun (optional by the guideline); it is the council named in full later (canonical 청주시의회)")
d.O(CF, CF, note="welfare foundation introduced by 지역 복지재단인")
d.O("보건복지위원회", "보건복지위원회", note="a council committee, named before its chairman")
Y1 = "2026"
d.D("내년", Y1, "year", ctx="청주시 내년", rel=True, note="headline")
d.D("내년도", Y1, "year", ctx="시가 내년도", rel=True, note="내년도 (next fiscal year) = 내년")
d.D("올해", "2025", "year", rel=True)
d.D("20일", "2025-11-20", "day", rel=True, note="day of the report (밝혔다)")
d.D("내년도", Y1, "year", ctx="의 내년도 예산안", rel=True)
d.D("지난 10월 말", "2025-10", "month", mod="END", rel=True, note="as of (기준); 지난 + month + 말: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis")
d.D("내년", Y1, "year", ctx="내년부터 생계", rel=True, note="내년부터 (부터 outside)")
d.D("다음 달", "2025-12", "month", ctx="다음 달부터 저소득", rel=True, note="future clause")
d.D("다음 달 2일", "2025-12-02", "day", rel=True, note="future clause (들어간다)")
d.Q("1조 2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("복지예산", None, CJ, Y1, "level"))
d.Q("4만명", 40000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("기초수급자", None, CJ, "", "level", "optional",
       "headline after the ellipsis: the present count of recipients; is the headline's 내년 (the budget's year) its date? empty written (README question 5)"))
d.Q("1조 2,380억 원", 1238000000000, W, "원", "currency", f=("복지 예산", "내년도 복지 예산", CJ, Y1, "level", "required", "the city (a government) whose budget it is"))
d.Q("1조 1,540억 원", 1154000000000, W, "원", "currency", f=("본예산", None, CJ, "2025", "level", "required", "올해 before it dates it (the comparison's basis)"))
d.Q("7.3%", 7.3, "%", "%", P, f=("복지 예산", "내년도 복지 예산", CJ, Y1, "change", "required", "the current period (내년도), not the basis's 올해"))
d.Q("3조 1,000억 원", 3100000000000, W, "원", "currency",
    f=("일반회계 예산", None, CJ, Y1, "level", "required", "the same budget year: 올해 of the sentence is attached to the basis 본예산 only"))
d.Q("39.9%", 39.9, "%", "%", P,
    f=("일반회계 예산", None, CJ, Y1, "level", "optional",
       "X의 N%를 차지한다: metric the whole X (일반회계 예산) or the part (복지 예산) whose share it is? (README question 4)"))
BR = "breakdown (분야별로는): the field the amount is allotted to (X에 … 배정) names what it measures; the city and the budget's year (내년도) carried"
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("기초생활보장", None, CJ, Y1, "level", "required", BR))
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("노인복지", None, CJ, Y1, "level", "required", BR))
d.Q("1,460억 원", 146000000000, W, "원", "currency", f=("장애인복지", None, CJ, Y1, "level", "required", BR))
d.Q("4만 1,260명", 41260, "명", "명", C,
    f=("기초생활수급자", None, CJ, "2025-10", "level", "required",
       "the city's recipients: the paragraph continues about the city (dropped subject carried); 지난 10월 말 기준 (value 2025-10, END)"))
d.Q("2,140명", 2140, "명", "명", C, f=("기초생활수급자", None, CJ, "2025-10", "change", "required", "1년 전보다 = basis"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("8만 원", 80000, W, "원", "currency",
    f=("지역 생활안정 수당", None, CJ, Y1, "level", "required", "시는 = 청주시; 내년부터 in its clause; 월 is a rate word with no number"))
d.Q("1만 8천여 가구", 18000, "가구", "가구", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("대상", None, CJ, Y1, "level", "required", "the topic names what is counted; subject and period carried from the sentence before"))
d.Q("173억 원", 17300000000, W, "원", "currency", f=("소요 예산", None, CJ, Y1, "level", "required", "연간 stays outside the metric; subject and period carried"))
d.Q("2,300가구", 2300, "가구", "가구", C,
    f=("저소득 한부모가정", None, CF, "2025-12", "level", "required", "the counted noun right before the count; 다음 달부터 in the clause"))
d.Q("30만 원", 300000, W, "원", "currency", f=("겨울나기 지원금", None, CF, "2025-12", "level", "required", "가구당 (no number) is a rate word"))
d.Q("3년", 3, "year", "년", "duration", note="3년 새 (over three years): a duration, no fact")
d.Q("26%", 26, "%", "%", P,
    f=("복지 예산", "\"복지 예산", CJ, Y1, "change", "required",
       "a committee chairman's quote on the city's budget (the city's figure, the chairman only speaks); no DATE in the sentence: "
       "the period last set for the city's budget (내년도) carries"))
d.Q("12명", 12, "명", "명", C,
    f=("복지 담당 공무원", None, CJ, Y1, "change", "required",
       "12명 증원: an increase (change) of the city's welfare staff, same sentence as 26% (3년 새): subject and period as that figure"))

# ---------------------------------------------------------------- 005 pharmaceutical company (한국경제신문 byline line at the end; 2025년 in the lead)
d = Doc("005_1c8c979b239d572d", "2026-03-18"); docs.append(d)
SL, AZ, SB = "서림제약", "아스트라제네카", "서림바이오"
d.Oall(SL, SL, special={0: ("required", "headline topic with a comma"), 4: ("required", "an organization before a person's title (김상우 서림제약 대표)")})
d.Oall(AZ, AZ, special={0: ("required", "foreign partner (에 기술수출)")})
d.O("서울아산병원", "서울아산병원", note="research hospital, partner of the trial (과 공동으로)")
d.Oall(SB, SB, special={0: ("required", "named subsidiary (자회사)")})
d.O("한국경제신문", "한국경제신문", note="outlet in the byline line")
Y = "2025"
d.D("2025년", Y, "year")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년; dates the figure in brackets")
d.D("지난해", Y, "year", ctx="회사의 지난해", rel=True)
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="서림바이오는 지난해", rel=True)
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
PR = "a product's figure ('로수텐'의 … 실적): a product is no ORG, so the subject is empty (FACTS: a figure of a product)"
d.Q("1천억", 100000000000, W, "", "currency", ctx="1천억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("처방", None, "", "", "level"))
d.Q("1,062억 원", 106200000000, W, "원", "currency", f=("원외처방 실적", None, "", Y, "level", "required", PR))
d.Q("874억 원", 87400000000, W, "원", "currency",
    f=("원외처방 실적", None, "", "2024", "level", "required", "a figure alone in brackets after a DATE (전년, optional, value 2024): its period; " + PR))
d.Q("21.5%", 21.5, "%", "%", P, f=("원외처방 실적", None, "", Y, "change", "required", PR))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("원외처방 실적", None, "", Y, "level", "required", "no measure noun in its clause (단일 품목으로는 is a frame): the sentence's measure; " + PR))
d.Q("6,830억 원", 683000000000, W, "원", "currency", f=("매출", "연결 매출은", SL, Y, "level", "required", "회사 = the story's company; 연결 outside the metric"))
d.Q("512억 원", 51200000000, W, "원", "currency", f=("영업이익", None, SL, Y, "level"))
d.Q("970억 원", 97000000000, W, "원", "currency", f=("연구개발비", "연구개발비는 970억", SL, Y, "level", "required", "subject and period carried from the sentence before"))
d.Q("14.2%", 14.2, "%", "%", P, f=("연구개발비 비중", None, SL, Y, "level", "required", "매출 대비 stays outside (the basis)"))
d.Q("9.1%", 9.1, "%", "%", P,
    f=("업계 평균", None, "", "", "level", "optional",
       "a figure in brackets after a noun measures that noun (an industry: no subject); no DATE in its sentence and none set before for this metric "
       "with no subject: empty by the letter, though it is the industry's 2025 average (README question 6)"))
d.Q("3,500만 달러", 35000000, U, "달러", "currency",
    f=("계약금", None, SL, "2026-01", "level", "required", "the company receives it (받고); the partner is the counterparty; 지난 1월 of the sentence before carried"))
d.Q("510억 원", 51000000000, W, "원", "currency", approx=True, eq=("3,500만 달러",), note="conversion in brackets; 약 → approx",
    f=("계약금", None, SL, "2026-01", "level", "required", "a conversion: same slots"))
d.Q("8억 2천만 달러", 820000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("계약", "총 계약 규모", SL, "2026-01", "level", "required", "규모 → the thing whose size it is (계약); subject and period carried"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", f=("연구개발비", "연구개발비를 1,200억", SL, "2026", "level", "required", "올해 in its clause; a target level (…으로 늘리고)"))
d.Q("3종", 3, "종", "종", C,
    f=("항체 신약", None, SL, "2026", "level", "required", "the sentence's subject is the parent (서림제약은 … 자회사 서림바이오를 통해): the subsidiary is the means; 올해 of the sentence"))
d.Q("240억 원", 24000000000, W, "원", "currency", f=("매출", "매출 240억", SB, Y, "level"))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("순손실", None, SB, Y, "level"))
d.Q("2개", 2, "개", "개", C,
    f=("글로벌 신약", None, SL, "2030", "level", "required",
       "the CEO's quote names no subject of its own: the company he heads (김상우 서림제약 대표) is carried; 2030년까지 in its clause"))

# ---------------------------------------------------------------- 006 baseball league attendance (입력 stamp + outlet byline line)
d = Doc("006_4aca7e96ddcfd8a1", "2025-10-01"); docs.append(d)
KB, SS, HH, SH = "한국야구위원회", "삼성 라이온즈", "한화 이글스", "신한은행"
d.O("스포츠조선", "스포츠조선", note="outlet in the byline line")
d.O(KB, KB, aliases="KBO", note="the league body; (KBO) right after the name is an alias")
d.O("KBO", KB, ctx="KBO와", note="the alias used again: a required mention of 한국야구위원회")
d.O(SS, SS, note="a sports club")
d.O(HH, HH, note="a sports club")
d.O("한화", HH, ctx="한화의", note="short form of 한화 이글스 (named in full in the sentence)")
d.O("삼성", SS, ctx="삼성이", note="short form of 삼성 라이온즈")
d.Oall(SH, SH, special={0: ("required", "the league's title sponsor")})
Y = "2025"
d.D("2025.10.01", "2025-10-01", "day", st="optional", note="publication stamp (date only; its clock time not labelled)")
d.D("지난달 30일", "2025-09-30", "day", rel=True, note="the day the season ended (relative clause): not the figures' period")
d.D("올해", Y, "year", rel=True, note="올해 정규시즌: the season's year, the story's period")
d.D("1일", "2025-10-01", "day", ctx="1일 밝혔다", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True, note="dates the figure in brackets")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis")
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
LG = ("the league's total over all clubs (several organizations taken together, not named): empty subject; "
      "the league body (한국야구위원회) only reports it")
d.Q("1,231만명", 12310000, "명", "명", C, f=("관중", "프로야구 관중", "", "", "level", "required", "headline with no DATE and nothing before: empty period; " + LG))
d.Q("1,862억 원", 186200000000, W, "원", "currency", ctx="입장 수입 1,862억 원", f=("입장 수입", "입장 수입 1,862억", "", "", "level", "required", "headline: as 1,231만명"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속 (two years running): a duration, no fact")
d.Q("1천만 관중", 10000000, "관중", "관중", C, st="optional", note="a counted noun that is not a counter (like 70억 인구): optional")
d.Q("1,231만 2,540명", 12312540, "명", "명", C,
    f=("누적 관중", None, "", Y, "level", "required", "올해 정규시즌 (올해 attached to the season); 지난달 30일 only dates the season's end; " + LG))
d.Q("1,088만 7,705명", 10887705, "명", "명", C, f=("누적 관중", None, "", "2024", "level", "required", "a figure alone in brackets after a DATE (지난해): its period; the measure of the figure before"))
d.Q("13.1%", 13.1, "%", "%", P, f=("누적 관중", None, "", Y, "change", "required", "지난해보다 = basis; " + LG))
d.Q("1만 7,100명", 17100, "명", "명", C, f=("평균 관중", "평균 관중은 1만", "", Y, "level", "required", "경기당 (no number) is a rate word; " + LG))
d.Q("1,862억 원", 186200000000, W, "원", "currency", ctx="수입은 1,862억 원", f=("입장 수입", "입장 수입은", "", Y, "level", "required", LG))
d.Q("1,800억 원", 180000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt", f=("입장 수입", "입장 수입은", "", Y, "level", "required", LG))
d.Q("164만 2천 명", 1642000, "명", "명", C,
    f=("누적 관중", None, SS, Y, "level", "required",
       "breakdown (구단별로는): 불러모아 is a plain verb naming no measure, so the measure of the total it breaks down; the club is an ORG and the subject; story's period"))
d.Q("2만 2,800명", 22800, "명", "명", C, f=("평균", "(평균", SS, Y, "level", "required", "a figure in brackets after a noun (평균) measures that noun"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("62차례", 62, "차례", "차례", C, f=("매진", None, HH, Y, "level", "required", "the counted noun right after the count (62차례 매진, like 23개 언어)"))
d.Q("1만 6,900명", 16900, "명", "명", C, f=("평균 관중", "평균 관중 1만 6", HH, Y, "level"))
d.Q("31%", 31, "%", "%", P, f=("홈 관중", None, HH, Y, "change", "required", "한화의 = 한화 이글스 (genitive owner); 1년 전보다 = basis; story's period"))
d.Q("198억 원", 19800000000, W, "원", "currency", f=("입장 수입", "입장 수입도", SS, Y, "level", "required", "삼성 = 삼성 라이온즈"))
d.Q("3,400억 원", 340000000000, W, "원", "currency",
    f=("스폰서십 노출 효과", None, SH, Y, "level", "required",
       "the sponsor's own exposure value (its analysis of itself); no DATE in the sentence: the story's period (this season, 올해) set by the lead"))
d.Q("80억 원", 8000000000, W, "원", "currency",
    f=("후원 계약", None, SH, "2027", "level", "optional",
        "연간 N원 규모의 후원 계약 with KBO (와) until 2027년: subject the sponsor or both parties (신한은행;한국야구위원회)? period the contract's end year 2027 (the DATE in its clause), the whole term, or none (연간 = per year)? (README question 7)"))

if __name__ == "__main__":
    write_all(docs)
