"""Gold labels of articles-holdout17, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: /work/main/.venv/bin/python annotation/articles_holdout17/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 e-commerce platform year-end recap (입력 stamp + byline)
d = Doc("001_ed8e6e6cc801c9db", "2025-12-29"); docs.append(d)
OJ, OL = "오늘장터", "오늘로지스"
d.Oall(OJ, OJ, special={0: ("required", "invented platform; headline topic with a comma"),
                        2: ("required", "inside a person's title (이도현 오늘장터 대표)")})
d.Oall(OL, OL, special={0: ("required", "invented logistics subsidiary introduced by 물류 자회사")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line (media are ORG)")
d.O("장터플러스", "장터플러스", st="optional", note="a paid membership run by the platform: a program/product or a business unit (optional line)")
d.O("와이즈앱·리테일", "와이즈앱·리테일", note="research firm cited (에 따르면)")
d.O("쿠팡", "쿠팡")
d.O("네이버쇼핑", "네이버쇼핑", note="a business run as a platform (like 티몰)")
Y = "2025"
d.D("2025", Y, "year", ctx="[2025 결산]", note="a bare year in a headline tag (like `2020년 연말결산` → 2020년)")
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp (clock time not labelled)")
d.D("올해", Y, "year", ctx="오늘장터는 올해", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis (지난해보다), still a DATE")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="오늘로지스는 올해", rel=True)
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준); latest November on or before the document date")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year), resolved from the document date")
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("내년", "2026", "year", rel=True)
d.Q("21조", 21000000000000, W, "", "currency", ctx="21조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("거래액", "연간 거래액 21조", OJ, Y, "level"))
d.Q("30만 곳", 300000, "곳", "곳", C, bound="gt", note="넘어 → gt",
    f=("판매자", "판매자 30만", OJ, Y, "level", "required", "headline after an ellipsis: the headline's platform; the headline's [2025 결산]"))
d.Q("21조 4,600억 원", 21460000000000, W, "원", "currency",
    f=("거래액", "연간 거래액(GMV)", OJ, Y, "level", "required", "연간 qualifies the period: outside the metric; (GMV) is an alias of the measure"))
d.Q("18.2%", 18.2, "%", "%", P, f=("거래액", "연간 거래액(GMV)", OJ, Y, "change", "required", "지난해보다 = basis"))
d.Q("30만 2천 곳", 302000, "곳", "곳", C, f=("입점 판매자", None, OJ, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("4만 곳", 40000, "곳", "곳", C, bound="gt", note="넘게 → gt", f=("입점 판매자", None, OJ, Y, "change"))
d.Q("87%", 87, "%", "%", P,
    f=("중소 판매자", None, OJ, Y, "level", "required", "a share (이 가운데 … 차지했다): the part named is what the figure measures"))
d.Q("4억 1,300만 상자", 413000000, "상자", "상자", C,
    f=("택배", "택배 4억", OL, Y, "level", "required", "the subsidiary named as topic; the counted noun before the figure; 올해 in the clause"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): optional")
d.Q("113만 상자", 1130000, "상자", "상자", C,
    f=("택배", "택배 4억", OL, Y, "level", "required", "날랐으며 is a plain verb; the counted noun of the figure before in its sentence (상자 of 택배)"))
d.Q("72%", 72, "%", "%", P,
    f=("전체 주문", None, OL, Y, "level", "required", "X의 N% → X (what the share is of); `주문 다음 날` is relative to an order, no calendar DATE"))
d.Q("680만 명", 6800000, "명", "명", C,
    f=("회원", "회원은 11월", OJ, "2025-11", "level", "required",
       "the membership's owner is the platform (the story's organization); the membership itself is an optional ORG; 11월 말 기준"))
d.Q("520만 명", 5200000, "명", "명", C,
    f=("회원", "회원은 11월", OJ, "2024", "level", "required", "a figure in brackets right after a date (1년 전) is that date's figure"))
d.Q("160만 명", 1600000, "명", "명", C, f=("회원", "회원은 11월", OJ, "2025-11", "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): optional")
PS = ("a member's average spend (회원 1인당 … 구매액): a figure of persons (none) or the platform's statistic? "
      "(README open question 3)")
d.Q("182만 원", 1820000, W, "원", "currency", approx=True, note="약 → approx",
    f=("구매액", None, OJ, Y, "level", "optional", PS))
d.Q("4배", 4, "배", "배", C, note="수준 after a figure is not in the guideline's approximator list: approx false",
    f=("구매액", None, OJ, Y, "level", "optional", "a multiple of non-members' spend; " + PS))
d.Q("48조 원", 48000000000000, W, "원", "currency",
    f=("결제 추정액", None, "쿠팡", "2025-01/2025-11", "level", "required", "각각: first owner gets the first figure; figures of named companies from a cited source"))
d.Q("39조 원", 39000000000000, W, "원", "currency", f=("결제 추정액", None, "네이버쇼핑", "2025-01/2025-11", "level", "required", "각각: the second owner"))
QT = ("a plan in the CEO's quote (이도현 오늘장터 대표): the quoted clause names no subject; the company's plan, so the company "
      "(shared guideline: the organization whose figure it is; README open question 1)")
d.Q("3곳", 3, "곳", "곳", C, f=("물류센터", None, OJ, "2026", "level", "required", "내년에는 in the clause; " + QT))
d.Q("40%", 40, "%", "%", P, bound="max", note="까지 after the amount: bound max",
    f=("당일 배송 비중", None, OJ, "2026", "level", "required", QT))
d.Q("2,500억 원", 250000000000, W, "원", "currency",
    f=("투자", "투자할", OJ, "2026", "level", "required", "the verbal noun (투자할) names it; 내년 carried from the quote before; " + QT))

# ---------------------------------------------------------------- 002 steelmaker annual results, two subsidiaries, investment plan (뉴시스 dateline, no year anywhere)
d = Doc("002_6b882c3826b17658", "2026-02-05"); docs.append(d)
HS, ST, HE = "한성철강", "한성스틸텍", "한성에너지솔루션"
d.Oall(HS, HS, special={0: ("required", "invented steelmaker; headline topic with a comma"),
                        3: ("required", "inside a person's title (신영호 한성철강 사장)")})
d.Oall(ST, ST, special={0: ("required", "invented subsidiary introduced by what it makes (강관을 만드는)")})
d.O(HE, HE, aliases="HES", note="invented subsidiary; (HES) right after the name is an alias")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
Y = "2025"
d.D("지난해", Y, "year", ctx="한성철강, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="한성철강이 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", rel=True, note="올해부터 (부터 outside)")
d.D("현재", "2026-02-05", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.Q("4,210억", 421000000000, W, "", "currency", ctx="영업익 4,210억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, HS, Y, "level"))
d.Q("두 곳", 2, "곳", "곳", C,
    f=("자회사", "자회사 두 곳", HS, Y, "level", "required", "native numeral with a counter; the counted noun before it; headline's 지난해 carried"))
d.Q("9조 8,400억 원", 9840000000000, W, "원", "currency",
    f=("매출", "연결 기준 매출", HS, Y, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("영업이익", "영업이익 4,210억", HS, Y, "level"))
d.Q("6.3%", 6.3, "%", "%", P, f=("매출", "매출은 전년", HS, Y, "change", "required", "전년 대비 = basis; a fall keeps the figure as written"))
d.Q("12.8%", 12.8, "%", "%", P, f=("영업이익", "영업이익은 12.8%", HS, Y, "change"))
d.Q("312만t", 3120000, "t", "t", M, f=("철근 판매량", None, HS, Y, "level", "required", "subject and period carried from the lead"))
d.Q("8%", 8, "%", "%", P, ctx="8% 감소", f=("철근 판매량", None, HS, Y, "change"))
d.Q("185만t", 1850000, "t", "t", M, f=("고부가 강판 판매", None, HS, Y, "level", "required", "ones that change what is measured stay in (고부가 강판)"))
d.Q("21만t", 210000, "t", "t", M, f=("고부가 강판 판매", None, HS, Y, "change"))
d.Q("1조 2,700억 원", 1270000000000, W, "원", "currency",
    f=("매출", "매출 1조 2,700억", ST, Y, "level", "required", "the subsidiary is its own topic; the results story's 지난해"))
d.Q("530억 원", 53000000000, W, "원", "currency", f=("영업이익", "영업이익 530억", ST, Y, "level"))
d.Q("87억 원", 8700000000, W, "원", "currency",
    f=("영업손실", None, HE, Y, "level", "required", "a loss as its own measure noun: a level, value as written"))
IV = ("올해부터 3년간: the figure is for three years from 2026, but the only DATE attached is 올해 (2026); "
      "period 2026, or a span no DATE mention gives? (README open question 2)")
d.Q("3년", 3, "year", "년", "duration", note="3년간 → 3년 (간 outside)")
d.Q("2조 3천억 원", 2300000000000, W, "원", "currency", bound="",
    f=("투자", "투자한다", HS, "2026", "level", "optional", "총 outside the span; the verbal noun (투자한다); " + IV))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency",
    f=("당진 전기로 신설", None, HS, "2026", "level", "optional", "X에 N원을 쓴다 → X; part opener 이 가운데: subject carried; " + IV))
d.Q("4,800억 원", 480000000000, W, "원", "currency",
    f=("수소환원제철 시험설비", None, HS, "2026", "level", "optional", "X에 … 쓴다 → X; " + IV))
DV = ("a dividend decided in 2026 on last year's results: the carry-forward rule gives the 올해 of the investment sentence, "
      "a reader the results year 2025 (README open question 2)")
d.Q("1,500원", 1500, W, "원", "currency",
    f=("현금배당", None, HS, Y, "level", "optional", "주당 (no number) is a rate word; N의 X → X; 회사는 = the story's company; " + DV))
d.Q("1,020억 원", 102000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("배당금 총액", None, HS, Y, "level", "optional", DV))
CQ = ("A에서 B로 in the president's quote: the old level is dated by 현재 (an optional DATE), the target has no date of its own "
      "(carry-forward would give 2026); subject the company (README open questions 1, 2)")
d.Q("24%", 24, "%", "%", P, f=("전기로 생산 비중", None, HS, "2026-02-05", "level", "optional", CQ))
d.Q("35%", 35, "%", "%", P, f=("전기로 생산 비중", None, HS, "", "level", "optional", CQ))

# ---------------------------------------------------------------- 003 provincial government's next-year budget (regional daily, byline only)
d = Doc("003_427e920e6697d1bf", "2025-11-11"); docs.append(d)
JN, JC = "전남도", "전남도의회"
d.O(JN, JN, ctx="전남도, 2026년", note="a province acting as a government; headline topic with a comma")
d.O(JN, JN, ctx="전남도가 내년도")
d.O("남도일보", "남도일보", note="regional daily in the byline line")
d.O("도의회", JC, ctx="도의회에 제출", st="optional", note="unnamed institution noun (like 시의회): optional; the full name 전남도의회 later")
d.O("전남개발공사", "전남개발공사", note="a provincial public corporation (도 산하)")
d.O("도", JN, ctx="도 산하", st="optional", note="도 standing for the province government named before: an unnamed institution noun (optional)")
d.O("도", JN, ctx="도는 부족분", st="optional", note="as above")
d.O(JC, JC, note="`전남지사` (the governor's title) is no ORG mention")
B = "2026"
d.D("2026년", B, "year")
d.D("내년도", B, "year", ctx="내년도 예산안", rel=True, note="내년 + 도 (the next fiscal year): calendar year 2026")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True, note="the basis's date")
d.D("내년", B, "year", ctx="내년 지방교부세", rel=True)
d.D("올해", "2025", "year", ctx="올해보다", rel=True, note="a comparison's basis, still a DATE")
d.D("다음 달 16일", "2025-12-16", "day", rel=True, note="다음 달 before a day: one mention (future)")
d.Q("10조 8,720억", 10872000000000, W, "", "currency", ctx="10조 8,720억 편성", st="optional", note="headline amount, currency implied",
    f=("예산", "년 예산 10조", JN, B, "level"))
d.Q("10조 8,720억 원", 10872000000000, W, "원", "currency",
    f=("예산안", "내년도 예산안", JN, B, "level", "required", "내년도 in the clause; the province is the subject"))
d.Q("10조 3,200억 원", 10320000000000, W, "원", "currency",
    f=("본예산", None, JN, "2025", "level", "required", "the basis figure, dated by 올해 right before it"))
d.Q("5,520억 원", 552000000000, W, "원", "currency",
    f=("예산안", "내년도 예산안", JN, B, "change", "required",
       "…보다 N원 늘어난 규모다: a change of the budget the sentence is about (topic dropped); a basis date does not reset the story's period"))
d.Q("5.3%", 5.3, "%", "%", P,
    f=("예산안", "내년도 예산안", JN, B, "change", "required", "the rate in brackets restates the change (not a currency conversion: no equivalent_of)"))
d.Q("8조 9,100억 원", 8910000000000, W, "원", "currency", f=("일반회계", None, JN, B, "level", "required", "the budget year carried (basis 올해 does not reset it)"))
d.Q("1조 9,620억 원", 1962000000000, W, "원", "currency", f=("특별회계", None, JN, B, "level"))
BR = ("breakdown (분야별로는 X가 N원): the category names a field, no measure noun governs the figure; metric the field "
      "(what part is measured) or the budget's 예산안? written 예산안, optional (README open question 4)")
d.Q("2조 9,400억 원", 2940000000000, W, "원", "currency", f=("예산안", "내년도 예산안", JN, B, "level", "optional", BR))
d.Q("1조 8,300억 원", 1830000000000, W, "원", "currency", f=("예산안", "내년도 예산안", JN, B, "level", "optional", BR))
d.Q("9,050억 원", 905000000000, W, "원", "currency", f=("예산안", "내년도 예산안", JN, B, "level", "optional", BR))
d.Q("1,200명", 1200, "명", "명", C,
    f=("청년", "청년 1,200명", JN, B, "level", "required", "counted noun before the figure, inside a relative clause on a program; period carried"))
d.Q("80만 원", 800000, W, "원", "currency", note="월 (no number) is a rate word; 씩 outside",
    f=("청년 영농정착지원금", None, JN, B, "level", "required", "the amount given (주는) of the program the relative clause describes"))
d.Q("115억 원", 11500000000, W, "원", "currency", f=("청년 영농정착지원금", None, JN, B, "level", "required", "X에 N원 … 반영했다 → X"))
d.Q("2,000호", 2000, "호", "호", C,
    f=("전남형 만원주택", None, JN, B, "level", "required", "counted noun before the counter; the 만원 inside the program's name is no quantity"))
d.Q("620억 원", 62000000000, W, "원", "currency", ctx="호에 620억 원", f=("전남형 만원주택", None, JN, B, "level", "required", "X N호에 N원 → X"))
d.Q("1,350억 원", 135000000000, W, "원", "currency",
    f=("RE100 산업단지 조성", None, JN, B, "level", "required", "X에는 N원을 배정했다 → X; RE100 is a name with digits, no quantity"))
d.Q("3년", 3, "year", "년", "duration", note="3년간 → 3년")
d.Q("4,200억 원", 420000000000, W, "원", "currency",
    f=("여수 경도 해양관광단지", None, "전남개발공사", "", "level", "required",
       "X에 N원을 투입 → X; the corporation is the subject (도 산하 is its parent); no period set for this subject and none in the sentence (3년간 is a duration): empty"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("지방교부세", None, JN, B, "change", "required", "the province's revenue item, subject carried; 내년 in the sentence; 올해보다 = basis"))
d.Q("3조 1,400억 원", 3140000000000, W, "원", "currency", f=("지방교부세", None, JN, B, "level"))
d.Q("2,300억 원", 230000000000, W, "원", "currency",
    f=("지방채", None, JN, B, "level", "required", "the noun right before the figure (지방채 N원 발행); 도는 = the province; 내년 carried"))

# ---------------------------------------------------------------- 004 airline's holiday-season traffic and quarterly results (Yonhap dateline, no year anywhere)
d = Doc("004_88ef91a1fcbc6572", "2026-02-23"); docs.append(d)
HB = "한빛항공"
d.Oall(HB, HB, special={0: ("required", "invented low-cost carrier; headline topic with a comma"),
                        1: ("required", "after a generic description with an alias of the kind (저비용항공사(LCC)), not of the name")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("대한항공", "대한항공")
d.O("아시아나항공", "아시아나항공")
R = "2026-02-13/2026-02-18"
d.D("설 연휴", "2026-02-17", "day", ctx="한빛항공, 설 연휴", rel=True, st="optional", note="holiday: optional (Seollal 2026-02-17)")
d.D("4분기", "2025-Q4", "quarter", ctx="…4분기", rel=True, note="latest Q4 on or before the document date")
d.D("설 연휴", "2026-02-17", "day", ctx="설 연휴 기간", rel=True, st="optional", note="holiday: optional")
d.D("13~18일", R, "day", rel=True, note="range of days in brackets after 연휴 기간; latest such days on or before 2026-02-23")
d.D("23일", "2026-02-23", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 설 연휴보다", rel=True, note="before a holiday: its own mention (the guideline joins 지난해 only before a month)")
d.D("설 연휴", "2025-01-29", "day", ctx="지난해 설 연휴보다", rel=True, st="optional", note="last year's holiday (Seollal 2025-01-29): optional")
d.D("같은 기간", R, "day", rel=True, st="optional", anchor="2026-02-13", note="points back to 13~18일")
d.D("지난 10일", "2026-02-10", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("4분기", "2025-Q4", "quarter", ctx="10일 4분기", rel=True)
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("지난해", "2025", "year", ctx="지난해 연간", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="future clause")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (계획이다): the next first half")
d.Q("21만 명", 210000, "명", "명", C,
    f=("탑승객", "연휴 탑승객 21만", HB, R, "level", "optional",
       "headline: its clause has only the holiday (an optional DATE, one day); the lead's 13~18일 is the body figure's period: does the headline take it? (README open question 5)"))
d.Q("21만 4천 명", 214000, "명", "명", C, f=("탑승객", "국제선 탑승객이", HB, R, "level", "required", "기간(13~18일) in the clause"))
d.Q("17%", 17, "%", "%", P, f=("탑승객", "국제선 탑승객이", HB, R, "change", "required", "지난해 설 연휴보다 = basis; …늘어난 수치로 continues the sentence before"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): optional")
d.Q("3만 5천여 명", 35000, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("이용", "이용했다", HB, R, "level", "required", "no noun names it: the verbal noun (이용했다); story's period"))
BR = ("breakdown (노선별로는 X가 N명): the category names no measure; metric the category (국제선) or the whole's 탑승객? "
      "written 탑승객, optional (README open question 4)")
d.Q("13만 2천 명", 132000, "명", "명", C, f=("탑승객", "국제선 탑승객이", HB, R, "level", "optional", BR))
d.Q("62%", 62, "%", "%", P,
    f=("국제선", "노선별로는 국제선", HB, R, "level", "required", "a share (X가 전체의 N%를 차지): X, the part, is what it measures (as 001 87%, 006 59%)"))
d.Q("94.6%", 94.6, "%", "%", P, f=("일본 노선 탑승률", None, HB, R, "level"))
d.Q("91.2%", 91.2, "%", "%", P,
    f=("탑승률", "일본 노선 탑승률", HB, R, "level", "required", "a parallel clause eliding the measure noun (베트남 노선은 N%였다): the elided 탑승률"))
d.Q("48편", 48, "편", "편", C, f=("임시편", None, HB, R, "level", "required", "회사는 = the story's company; the counted noun before the counter; 연휴 carried"))
d.Q("38만 명", 380000, "명", "명", C,
    f=("국제선 수송객", None, "대한항공", R, "level", "required", "각각: the first owner; 같은 기간 points back to 13~18일"))
d.Q("19만 명", 190000, "명", "명", C, f=("국제선 수송객", None, "아시아나항공", R, "level", "required", "각각: the second owner"))
Q4 = "2025-Q4"
d.Q("4,380억 원", 438000000000, W, "원", "currency", f=("매출", "4분기 매출", HB, Q4, "level", "required", "지난 10일 dates the disclosure only; 4분기 in the clause"))
d.Q("212억 원", 21200000000, W, "원", "currency", f=("영업이익", None, HB, Q4, "level"))
d.Q("96억 원", 9600000000, W, "원", "currency",
    f=("영업손실", None, HB, "2024-Q4", "level", "required", "N원의 X → X; 전년 동기 (optional as a mention) resolves to 2024-Q4 and is the figure's own date"))
d.Q("1조 6,900억 원", 1690000000000, W, "원", "currency", f=("매출", "연간 매출은", HB, "2025", "level", "required", "연간 qualifies the period: outside"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("매출", "연간 매출은", HB, "2025", "level", "required", "a threshold the level passed: level with bound gt"))
d.Q("14회", 14, "회", "회", C, note="주 (no number) is a rate word",
    f=("인천~다낭 노선", None, HB, "2026-03", "level", "required", "the object a frequency is set for (노선을 주 N회로); 다음 달 in the clause"))
d.Q("2대", 2, "대", "대", C, f=("B737-8", None, HB, "2026-H1", "level", "required", "the counted noun (an aircraft type code, no quantity) before the counter"))
d.Q("24대", 24, "대", "대", C, f=("보유 항공기", None, HB, "2026-H1", "level", "required", "a planned level; 상반기 of the sentence"))

# ---------------------------------------------------------------- 005 EV battery maker's orders and a research firm's market shares (입력 stamp + byline)
d = Doc("005_d92a2e3230b0a790", "2025-08-07"); docs.append(d)
DH = "동해에너지셀"
d.Oall(DH, DH, special={0: ("required", "invented battery maker; headline topic with a comma"),
                        4: ("required", "inside a person's title (최윤석 동해에너지셀 대표)")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("스텔란티스", "스텔란티스", note="the customer a contract was signed with (와 맺은): counterparty")
d.O("SNE리서치", "SNE리서치", note="research firm cited (에 따르면)")
d.O("CATL", "CATL", note="중국 (place) outside the span")
d.O("BYD", "BYD")
d.O("LG에너지솔루션", "LG에너지솔루션")
d.O("SK온", "SK온")
d.O("삼성SDI", "삼성SDI")
H1, R = "2025-H1", "2025-01/2025-06"
d.D("상반기", H1, "half", ctx="동해에너지셀, 상반기", rel=True)
d.D("2025.08.07", "2025-08-07", "day", st="optional", note="publication stamp (clock time not labelled)")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("7일", "2025-08-07", "day", rel=True, note="day of the report (밝혔다)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("1~6월", R, "month", rel=True)
d.D("전년 동기", "2024-01/2024-06", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~6월")
d.D("이 기간", R, "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 1~6월 (like 같은 기간): optional; not in the guideline's list, labelled as 같은 기간 is")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (증설한다)")
d.D("현재", "2025-08-07", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("내년 말", "2026", "year", mod="END", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 in a future clause: this year's end")
d.Q("12조", 12000000000000, W, "", "currency", ctx="수주 12조…", st="optional", note="headline amount, currency implied",
    f=("수주", "상반기 수주 12조", DH, H1, "level"))
d.Q("2.8%", 2.8, "%", "%", P, ctx="2.8%로 뒷걸음",
    f=("점유율", "점유율은 2.8%로 뒷걸음", DH, H1, "level", "required", "headline after an ellipsis: the headline's company and its 상반기"))
d.Q("12조 4천억 원", 12400000000000, W, "원", "currency", f=("신규 수주", None, DH, H1, "level"))
d.Q("8조 원", 8000000000000, W, "원", "currency",
    f=("공급 계약", None, DH, H1, "level", "required", "X 규모의 Y → Y; the customer (와 맺은) is the counterparty; the company and 상반기 carried"))
d.Q("87조 원", 87000000000000, W, "원", "currency", f=("수주 잔고", None, DH, "2025-06", "level", "required", "6월 말 기준"))
MK = "a market figure from a cited research firm (SNE리서치에 따르면): no subject"
d.Q("504.4GWh", 504.4, "GWh", "GWh", M,
    f=("세계 전기차 배터리 사용량", None, "", R, "level", "required", MK + "; 세계 changes what is measured: in the metric"))
d.Q("37.3%", 37.3, "%", "%", P, f=("세계 전기차 배터리 사용량", None, "", R, "change", "required", MK + "; 전년 동기 대비 = basis"))
d.Q("14.2GWh", 14.2, "GWh", "GWh", M,
    f=("사용량", "동해에너지셀의 사용량", DH, R, "level", "required", "genitive owner; 이 기간 (optional as a mention) points back to 1~6월"))
d.Q("2.8%", 2.8, "%", "%", P, ctx="2.8%로 0.6", f=("점유율", "점유율은 2.8%로 0.6", DH, R, "level"))
d.Q("0.6%p", 0.6, PP, "%p", P, f=("점유율", "점유율은 2.8%로 0.6", DH, R, "change"))
SH = "the measure of the sentence before (점유율), elided; the research firm's period (1~6월) carried to the list of makers"
d.Q("38.1%", 38.1, "%", "%", P, f=("점유율", "점유율은 2.8%로 0.6", "CATL", R, "level", "required", "각각: the first owner; " + SH))
d.Q("17.8%", 17.8, "%", "%", P, f=("점유율", "점유율은 2.8%로 0.6", "BYD", R, "level", "required", "각각: the second owner; " + SH))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("3사", 3, "사", "사", C,
    f=("", None, "", R, "level", "optional", "국내 3사 names a group (the domestic makers) as a frame for a rank, not a measured figure; no noun names a measure"))
d.Q("9.3%", 9.3, "%", "%", P, f=("점유율", "점유율은 2.8%로 0.6", "LG에너지솔루션", R, "level", "required", SH))
d.Q("4.1%", 4.1, "%", "%", P, f=("점유율", "점유율은 2.8%로 0.6", "SK온", R, "level", "required", "two owners, two figures in order (no 각각); " + SH))
d.Q("3.3%", 3.3, "%", "%", P, f=("점유율", "점유율은 2.8%로 0.6", "삼성SDI", R, "level", "required", "the second owner; " + SH))
d.Q("4,600억 원", 460000000000, W, "원", "currency",
    f=("충북 오창 공장", None, DH, "2025-H2", "level", "optional",
       "X에 N원을 들여 Y를 증설: the place spent on (X) or the purpose (Y, 4680 원통형 배터리 라인 — 4680 is a code, no quantity)? (README open question 4)"))
d.Q("40GWh", 40, "GWh", "GWh", M,
    f=("생산능력", None, DH, "2025-08-07", "level", "optional", "A에서 B로: the old level dated by 현재, an optional DATE (as 002's 24%); 연간 outside the metric"))
d.Q("55GWh", 55, "GWh", "GWh", M, f=("생산능력", None, DH, "2026", "level", "required", "내년 말 in the clause (value 2026, END)"))
d.Q("2곳", 2, "곳", "곳", C,
    f=("북미 고객사", None, DH, "2025", "level", "required",
       "a plan in the CEO's quote: the company's (README open question 1); 연말까지 in the clause (2025, END)"))

# ---------------------------------------------------------------- 006 food company's overseas expansion year-end (press release, no date at all)
d = Doc("006_34559871f42f81fb", "2025-12-18"); docs.append(d)
HK, MS = "한끼당", "미소찬푸드"
d.Oall(HK, HK, special={0: ("required", "invented franchise brand acting as the headline's company (brands named as companies are ORG)"),
                        1: ("required", "the franchise (a business run under its own name) that 미소찬푸드 operates; quotes outside")})
d.Oall(MS, MS, special={0: ("required", "invented operator of the franchise, the release's speaker"),
                        2: ("required", "inside a person's title (박은정 미소찬푸드 대표)")})
d.O("사이공쿱", "사이공쿱", aliases="Saigon Co.op", note="retailer; (Saigon Co.op) right after the name is an alias")
d.O("코스트코", "코스트코")
Y, R = "2025", "2025-01/2025-11"
d.D("올해", Y, "year", ctx="한끼당, 올해", rel=True)
d.D("올해", Y, "year", ctx="미소찬푸드는 올해", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis with its figure in brackets")
d.D("1~11월", R, "month", rel=True, note="latest January–November on or before 2025-12-18")
d.D("내년", "2026", "year", ctx="내년 중동", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("500곳", 500, "곳", "곳", C, bound="gt", note="돌파 → gt",
    f=("해외 매장", "해외 매장 500곳", HK, Y, "level", "required", "the headline's topic is the franchise brand; 올해 in the clause"))
d.Q("512곳", 512, "곳", "곳", C, f=("해외 매장 수", None, MS, Y, "level", "required", "the operator is the topic of the lead; 올해 in the clause"))
d.Q("371곳", 371, "곳", "곳", C,
    f=("해외 매장 수", None, MS, "2024", "level", "required", "a figure in brackets right after a date (지난해 말) is that date's figure (END)"))
d.Q("141곳", 141, "곳", "곳", C, f=("해외 매장 수", None, MS, Y, "change"))
d.Q("9개국", 9, "개국", "개국", C,
    f=("진출 국가", None, MS, "", "level", "optional",
       "A에서 B로: the old level has no date of its own (last year's end implied; carry-forward would give 2025) (README open question 2)"))
d.Q("12개국", 12, "개국", "개국", C, f=("진출 국가", None, MS, Y, "level", "required", "the new level: the story's 올해 carried"))
BR = ("breakdown (국가별로는 X가 N곳): a country is a place, no subject; metric the elided 매장 (written 해외 매장 수) or the "
      "country? (README open question 4)")
for q in ("148곳", "97곳", "83곳", "61곳"):
    d.Q(q, int(q[:-1]), "곳", "곳", C, f=("해외 매장 수", None, MS, Y, "level", "optional", BR))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration, no fact")
d.Q("39곳", 39, "곳", "곳", C,
    f=("", None, MS, Y, "change", "optional",
       "새로 문을 열었다: no noun names it; stores opened — a level of openings or a change of the store count? (README open question 5)"))
d.Q("1,840억 원", 184000000000, W, "원", "currency",
    f=("해외 매출", "해외 매출은 1~11월", MS, R, "level", "required", "누적 qualifies the period: outside; 1~11월 in the clause"))
d.Q("3,120억 원", 312000000000, W, "원", "currency",
    f=("전체 매출", None, MS, R, "level", "required", "a figure in brackets right after a noun is that noun's"))
d.Q("59%", 59, "%", "%", P,
    f=("해외 매출", "해외 매출은 1~11월", MS, R, "level", "required", "a share (X는 … 전체 매출의 N%를 차지): X, the part, is what it measures"))
PT = ("a figure reached with a partner or at another company's stores: the operator's (supplier, seller), the partner's, "
      "or both? (README open question 3)")
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("편의점", None, MS, R, "level", "optional",
       "counted noun before the counter; period by the carry-forward rule (1~11월, last set for the operator); " + PT))
d.Q("340곳", 340, "곳", "곳", C,
    f=("코스트코 매장", None, MS, R, "level", "optional", "the stores are 코스트코's (a noun compound with its name); " + PT))
d.Q("260만 봉", 2600000, "봉", "봉", C,
    f=("냉동 떡볶이", None, MS, R, "level", "required",
       "the seller (팔았다) is the operator carried; the counted noun before the counter; period by the carry-forward rule: 1~11월, the last set for this subject (not the lead's 올해)"))
d.Q("700곳", 700, "곳", "곳", C, f=("해외 매장", "해외 매장을 700곳", MS, "2026", "level", "required", "a planned level; 내년 in the sentence"))
d.Q("1만 2천t", 12000, "t", "t", M, note="연 (no number) is a rate word",
    f=("소스 공장", None, MS, "2026-H1", "level", "required", "X 규모의 Y → Y; 내년 상반기 in the clause"))
d.Q("70%", 70, "%", "%", P,
    f=("현지인 점주", None, MS, "", "level", "optional",
       "a present share in the CEO's quote (a copula, 가맹점의 N%가 X): the carry-forward rule would give the plan's 내년 상반기, a reader the present; "
       "metric the part (현지인 점주) or the whole (해외 가맹점)? (README open questions 1, 2)"))

if __name__ == "__main__":
    write_all(docs)
