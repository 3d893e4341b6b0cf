"""Gold labels of articles-holdout22, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: python annotation/articles_holdout22/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 mobile carrier's quarterly results (입력 stamp + byline)
d = Doc("001_c66db6ab53067b1e", "2025-11-06"); docs.append(d)
LG = "LG유플러스"
d.Oall(LG, LG)
d.O("이데일리", "이데일리", note="outlet in the byline line (media)")
d.O("미디어로그", "미디어로그", note="a named subsidiary")
d.O("유플러스모바일랩", "유플러스모바일랩", note="invented MVNO subsidiary introduced by 알뜰폰 자회사")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="LG유플러스, 3분기", rel=True, note="headline quarter, no year: the latest Q3 on or before the document date")
d.D("2025.11.06", "2025-11-06", "day", note="publication stamp: a calendar day (guideline: DATE is a point on the calendar)")
d.D("16:42", "2025-11-06T16:42", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention, as 올해 before a month")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the period named (3분기)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("지난해 3분기", "2024-Q3", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("4분기", "2025-Q4", "quarter", ctx="\"4분기에도", rel=True, note="future clause: the document date lies in 2025-Q4")
d.Q("2,710억", 271000000000, W, "", "currency", ctx="영업이익 2,710억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "3분기 영업이익 2,710억", LG, Q3, "level"))
d.Q("1,400만", 14000000, "명", "", C, ctx="1,400만 돌파", bound="gt", st="optional",
    note="headline count with its counter only implied (no unit, no quantity: like an implied currency); 돌파 → gt",
    f=("5G 가입자", "5G 가입자 1,400만", LG, Q3, "level"))
d.Q("3조 7,420억 원", 3742000000000, W, "원", "currency", f=("매출", "매출 3조", LG, Q3, "level"))
d.Q("2,710억 원", 271000000000, W, "원", "currency", f=("영업이익", "영업이익 2,710억 원", LG, Q3, "level"))
d.Q("2.8%", 2.8, "%", "%", P, f=("매출", "매출은 전년", LG, Q3, "change", "required", "전년 동기 대비: basis; period the current quarter"))
d.Q("12.4%", 12.4, "%", "%", P, f=("영업이익", "영업이익은 12.4%", LG, Q3, "change", "required", "각각: the second figure's metric"))
d.Q("1조 6,530억 원", 1653000000000, W, "원", "currency", f=("모바일 사업 매출", None, LG, Q3, "level", "required", "모바일 사업 changes what is measured: in the metric"))
d.Q("3.1%", 3.1, "%", "%", P, f=("모바일 사업 매출", None, LG, Q3, "change"))
d.Q("1,412만 명", 14120000, "명", "명", C, f=("5G 가입자", "5G 가입자는", LG, Q3, "level", "required", "subject and period carried from the lead"))
d.Q("78.5%", 78.5, "%", "%", P,
    f=("5G 가입자", "5G 가입자는", LG, Q3, "level", "optional",
       "a share with no measure noun (전체 휴대폰 가입자의 78.5%를 차지): metric the part (5G 가입자) or the whole (전체 휴대폰 가입자)? (README question 1)"))
d.Q("2만 4,360원", 24360, W, "원", "currency", f=("가입자당 평균매출", None, LG, Q3, "level", "required", "가입자당 has no number: part of the metric, not a quantity"))
d.Q("0.6%", 0.6, "%", "%", P, f=("가입자당 평균매출", None, LG, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("매출", "매출 620억", "미디어로그", Q3, "level", "required", "the subsidiary's own figure; story's period"))
d.Q("58만 명", 580000, "명", "명", C, f=("가입자", "가입자 58만", "유플러스모바일랩", Q3, "level"))
d.Q("6,210억 원", 621000000000, W, "원", "currency",
    f=("스마트홈 부문 매출", None, LG, Q3, "level", "required", "a reporting segment (부문) is a line of business, not an ORG: the company's figure"))
d.Q("5,480억 원", 548000000000, W, "원", "currency", f=("마케팅비용", None, LG, Q3, "level"))
d.Q("340억 원", 34000000000, W, "원", "currency", f=("마케팅비용", None, LG, Q3, "change", "required", "줄었고: change; value as written; 지난해 3분기 = basis"))
d.Q("3,950억 원", 395000000000, W, "원", "currency", f=("설비투자", None, LG, Q3, "level", "required", "alias (CAPEX) in brackets not in the metric"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt",
    f=("기업 부문 매출", None, LG, "2025-Q4", "level", "required",
       "넘어설 → gt; a company official's forecast: the quoted clause names no ORG of its own, the company's figure; 4분기 in the clause"))

# ---------------------------------------------------------------- 002 ministry's semiconductor export statistics (Yonhap dateline, no year anywhere)
d = Doc("002_ccdf61df90235eb1", "2026-06-01"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("산업통상자원부", "산업통상자원부", note="the ministry releasing the statistic: its source, not the figures' subject")
d.O("한국반도체산업협회", "한국반도체산업협회", note="association whose official is quoted")
MAY = "2026-05"
d.D("5월", MAY, "month", ctx="5월 반도체", rel=True, note="headline month of the statistic: the latest May on or before the document date")
d.D("5월", "XXXX-05", "month", ctx="역대 5월", st="optional", rng=False,
    note="역대 5월: every May of the record, not one calendar point")
d.D("1일", "2026-06-01", "day", rel=True, note="day of the release (발표한)")
d.D("5월", MAY, "month", ctx="'5월", rel=True, note="the month the statistic covers, inside the release's title (FACTS: 15일 발표한 3월 산업활동동향)")
d.D("지난달", MAY, "month", rel=True)
d.D("1년 전", "2025", "year", rel=True, note="amount of time + 전: a DATE, that year; a comparison's basis")
d.D("1~5월", "2026-01/2026-05", "month", rel=True, note="range of months, year from the document date")
d.D("전년 같은 기간", "2025-01/2025-05", "month", rel=True, st="optional", anchor="2026-01-01",
    note="points back to 1~5월 (전년 + 같은 기간: one mention)")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (이어질 것): the next second half")
NS = "an industry's / country's figure from a ministry statistic: empty subject (FACTS)"
d.Q("152억 달러", 15200000000, U, "달러", "currency", f=("반도체 수출", "5월 반도체 수출", "", MAY, "level", "required", NS))
d.Q("14개월", 14, "month", "개월", "duration", note="14개월 연속: an amount of time, no fact")
d.Q("152억 3천만 달러", 15230000000, U, "달러", "currency", f=("반도체 수출액", None, "", MAY, "level", "required", NS))
d.Q("21.7%", 21.7, "%", "%", P, f=("반도체 수출액", None, "", MAY, "change", "required", "1년 전보다 = basis"))
d.Q("598억 달러", 59800000000, U, "달러", "currency", f=("전체 수출", None, "", MAY, "level", "required", "figure in brackets after its metric"))
d.Q("25.5%", 25.5, "%", "%", P, f=("비중", None, "", MAY, "level"))
BR = ("breakdown by item (품목별로는 X가 N): the category names no measure; written as the statistic's 반도체 수출액 "
      "but left optional (README question 2)")
d.Q("98억 달러", 9800000000, U, "달러", "currency", ctx="반도체가 98억 달러", f=("반도체 수출액", None, "", MAY, "level", "optional", BR))
d.Q("47억 달러", 4700000000, U, "달러", "currency", f=("반도체 수출액", None, "", MAY, "level", "optional", BR))
d.Q("61억 달러", 6100000000, U, "달러", "currency", f=("D램 수출", None, "", MAY, "level"))
d.Q("34%", 34, "%", "%", P, f=("D램 수출", None, "", MAY, "change"))
d.Q("38억 달러", 3800000000, U, "달러", "currency", f=("대만 수출", None, "", MAY, "level", "required", "a country's exports: no subject"))
d.Q("52.1%", 52.1, "%", "%", P, f=("대만 수출", None, "", MAY, "change"))
d.Q("36억 달러", 3600000000, U, "달러", "currency",
    f=("수출", "대만 수출이", "", MAY, "level", "required", "China's figure in brackets: the measure noun shared with 대만 수출 (수출)"))
d.Q("24억 달러", 2400000000, U, "달러", "currency", f=("수출", "미국으로의 수출은", "", MAY, "level", "required", "각각"))
d.Q("19억 달러", 1900000000, U, "달러", "currency", f=("수출", "미국으로의 수출은", "", MAY, "level", "required", "각각"))
R = "2026-01/2026-05"
d.Q("689억 달러", 68900000000, U, "달러", "currency", f=("반도체 수출", "누적 반도체 수출은", "", R, "level"))
d.Q("18.9%", 18.9, "%", "%", P, f=("반도체 수출", "누적 반도체 수출은", "", R, "change", "required", "전년 같은 기간보다 = basis"))
d.Q("150억 달러", 15000000000, U, "달러", "currency", approx=True,
    f=("수출", "안팎의 수출이", "", "2026-H2", "level", "required",
       "안팎 → approx; 월 is a rate word (no number); an association official's outlook for the industry: no subject; 하반기 in the clause"))

# ---------------------------------------------------------------- 003 regional bank's annual results (press release with 배포일, year written)
d = Doc("003_a20396e73e1c109f", "2026-02-05"); docs.append(d)
GJ = "광주은행"
d.Oall(GJ, GJ, skip=(1,))
d.O("광주은행 홍보부", "광주은행 홍보부", st="optional",
    note="the issuing department of the release: a division (ORG) or the bank's name + a generic 홍보부? (README question 4)")
d.O("JB금융지주", "JB금융지주", note="the holding company (지주사인)")
d.O("빛고을핀테크랩", "빛고을핀테크랩", note="invented subsidiary introduced by 자회사")
Y = "2025"
d.D("2025년", Y, "year", ctx="광주은행, 2025년")
d.D("2026. 2. 5", "2026-02-05", "day", note="release date (배포일); the closing dot is punctuation, outside the span")
d.D("2025년", Y, "year", ctx="광주은행은 2025년")
d.D("전년", "2024", "year", ctx="전년보다 9.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("같은 날", "2026-02-05", "day", rel=True, st="optional", anchor="2026-02-05", note="points back to 5일 (like 당일)")
d.D("올해", "2026", "year", rel=True)
d.Q("2,860억 원", 286000000000, W, "원", "currency", ctx="순이익 2,860억 원…",
    f=("당기순이익", "2025년 당기순이익 2,860억", GJ, Y, "level", "required", "headline amount with its currency written: required"))
d.Q("2,860억 원", 286000000000, W, "원", "currency", ctx="순이익이 2,860억 원", f=("당기순이익", "연간 당기순이익이", GJ, Y, "level"))
d.Q("9.2%", 9.2, "%", "%", P, f=("당기순이익", "연간 당기순이익이", GJ, Y, "change", "required", "전년보다 = basis"))
d.Q("31조 4천억 원", 31400000000000, W, "원", "currency", f=("총자산", None, GJ, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("24조 8,200억 원", 24820000000000, W, "원", "currency", f=("원화대출금", None, GJ, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time, no fact")
d.Q("6.1%", 6.1, "%", "%", P, f=("총자산", None, GJ, Y, "change", "required", "각각: the first figure's metric"))
d.Q("7.4%", 7.4, "%", "%", P, f=("원화대출금", None, GJ, Y, "change", "required", "각각: the second figure's metric"))
d.Q("13조 1,500억 원", 13150000000000, W, "원", "currency", f=("중소기업 대출", None, GJ, Y, "level", "required", "중소기업 is a generic description, not an ORG"))
d.Q("81%", 81, "%", "%", P, f=("광주·전남 지역 대출 비중", None, GJ, Y, "level"))
d.Q("0.52%", 0.52, "%", "%", P, f=("연체율", None, GJ, Y, "level"))
d.Q("0.09%p", 0.09, PP, "%p", P, f=("연체율", None, GJ, Y, "change"))
d.Q("13.8%", 13.8, "%", "%", P, f=("보통주자본비율", None, GJ, Y, "level", "required", "alias (CET1) outside the metric"))
d.Q("7,120억 원", 712000000000, W, "원", "currency",
    f=("순이익", "연간 순이익", "JB금융지주", Y, "level", "required",
       "같은 날 dates the announcement (발표했다), not the figure: the story's year (연간)"))
d.Q("40%", 40, "%", "%", P, approx=True, f=("기여도", None, GJ, Y, "level", "required", "약 → approx; 광주은행의 기여도: the bank's"))
d.Q("3천억 원", 300000000000, W, "원", "currency", f=("특별자금", None, GJ, "2026", "level", "required", "N 규모의 X → X"))
d.Q("5종", 5, "종", "종", C,
    f=("모바일 대출 상품", None, GJ, "2026", "level", "required",
       "the sentence's subject (광주은행은) acts through the subsidiary (을 통해): the bank's plan"))

# ---------------------------------------------------------------- 004 game publisher's quarterly results (뉴시스 dateline, no year anywhere)
d = Doc("004_7e9a8cb55a27dac8", "2025-08-12"); docs.append(d)
HB = "하이브레인게임즈"
d.Oall(HB, HB)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("대원미디어홀딩스", "대원미디어홀딩스", note="invented parent company (모회사인)")
d.O("텐센트", "텐센트", note="a partner company; 중국 before it is a place, outside the span")
Q2 = "2025-Q2"
d.D("2분기", Q2, "quarter", ctx="하이브레인게임즈 2분기", rel=True, note="no year: the latest Q2 on or before the document date")
d.D("2분기", Q2, "quarter", ctx="2분기 역대", rel=True)
d.D("2분기", Q2, "quarter", ctx="2분기 연결", rel=True)
d.D("12일", "2025-08-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back to 2분기")
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (추진한다): the second half the document date precedes")
d.Q("1,180억", 118000000000, W, "", "currency", ctx="매출 1,180억\n", st="optional", note="headline amount, currency implied",
    f=("매출", "2분기 매출 1,180억", HB, Q2, "level"))
d.Q("1,180억 원", 118000000000, W, "원", "currency", f=("매출", "매출 1,180억 원", HB, Q2, "level"))
d.Q("214억 원", 21400000000, W, "원", "currency", f=("영업이익", "영업이익 214억", HB, Q2, "level"))
d.Q("63%", 63, "%", "%", P, f=("매출", "매출은 전년", HB, Q2, "change", "required", "전년 동기보다 = basis"))
d.Q("석 달", 3, "month", "달", "duration", note="native numeral 석 + 달; 만에 after it: an amount of time, no fact")
d.Q("900만 건", 9000000, "건", "건", C, bound="gt",
    f=("누적 다운로드", None, "", "", "level", "optional",
       "넘었다 → gt; a game (a product, not an ORG): empty subject; the time is 석 달 만에 after 지난 4월 (about July), not a DATE mention: period empty or the story's 2분기? (README question 3)"))
d.Q("54%", 54, "%", "%", P,
    f=("매출", "분기 매출의", "", Q2, "level", "required",
       "the game's share (이 게임 하나가): a product's figure, empty subject; 분기 (this quarter) qualifies the period, outside the metric"))
d.Q("640억 원", 64000000000, W, "원", "currency",
    f=("매출", "분기 매출의", "", Q2, "level", "required", "what the game earned (벌어들였다) = 분기 매출의 54%인: the measure noun of the apposition; product: empty subject"))
d.Q("71%", 71, "%", "%", P, f=("해외 매출 비중", None, HB, Q2, "level", "required", "the company's share, subject carried from the results paragraph"))
d.Q("48%", 48, "%", "%", P, f=("해외 매출 비중", None, HB, "2025-Q1", "level", "required", "the basis quarter's own figure in brackets: period 1분기"))
d.Q("23%p", 23, PP, "%p", P, f=("해외 매출 비중", None, HB, Q2, "change"))
BR = ("breakdown by region (지역별로는 X가 N): the region names no measure; written as 해외 매출 of the sentence before, "
      "left optional (README question 2)")
d.Q("410억 원", 41000000000, W, "원", "currency", f=("해외 매출", "해외 매출 비중", HB, Q2, "level", "optional", BR))
d.Q("230억 원", 23000000000, W, "원", "currency", f=("해외 매출", "해외 매출 비중", HB, Q2, "level", "optional", BR))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("순이익", None, "대원미디어홀딩스", "2025-H1", "level", "required", "에 이를 전망: a forecast level, no bound"))

# ---------------------------------------------------------------- 005 province's tourism year (regional daily, byline only, no year anywhere)
d = Doc("005_1230dbdf47886955", "2025-12-29"); docs.append(d)
GW = "강원특별자치도"
d.Oall(GW, GW, special={0: ("optional", "the province as a destination (찾은 관광객): a place, or the province? (README question 5)")})
d.O("강원일보", "강원일보", note="outlet in the byline (media)")
d.O("강원관광재단", "강원관광재단", note="foundation announcing with the province")
d.O("재단법인 나라", "재단법인 나라", note="legal-form prefix 재단법인 is part of the official name: in the span (README convention)")
d.O("정선아리랑문화재단", "정선아리랑문화재단")
d.O("강릉문화재단", "강릉문화재단")
d.O("도", GW, ctx="도는 내년", st="optional", note="도 for the province named before: a short form, or an unnamed institution noun (optional)")
Y, R = "2025", "2025-01/2025-11"
d.D("올해", Y, "year", ctx="관광객이 올해", rel=True)
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("28일", "2025-12-28", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="같은 기간 points back to 1~11월 (지난해 + 같은 기간: one mention)")
d.D("이 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~11월")
d.D("내년", "2026", "year", rel=True)
d.D("올해", Y, "year", ctx="올해보다", rel=True, note="a comparison's basis, still a DATE")
NS = "visitors to a place (the province as destination): a place's figure, empty subject; the province and the foundation are the source (밝혔다)"
d.Q("1억 명", 100000000, "명", "명", C, ctx="관광객 1억 명", bound="gt",
    f=("관광객", "관광객 1억 명", "", Y, "level", "optional",
       "돌파 → gt; headline with no date of its own and nothing earlier: period empty by the search order, or the lead's 올해? (README question 6)"))
d.Q("6조 8천억", 6800000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("관광 소비", None, "", R, "level"))
d.Q("1억 명", 100000000, "명", "명", C, ctx="처음으로 1억 명", bound="gt", f=("관광객", "찾은 관광객이", "", Y, "level", "required", "넘어섰다 → gt; " + NS))
d.Q("1억 320만 명", 103200000, "명", "명", C, f=("도내 관광객", None, "", R, "level", "required", NS))
d.Q("9,480만 명", 94800000, "명", "명", C, f=("도내 관광객", None, "", "2024-01/2024-11", "level", "required", "the basis period's own figure in brackets"))
d.Q("8.9%", 8.9, "%", "%", P, f=("도내 관광객", None, "", R, "change", "required", "수치 is a generic word: the metric of the figure compared"))
d.Q("6조 8,400억 원", 6840000000000, W, "원", "currency", f=("카드로 쓴 돈", None, "", R, "level", "required", "이 기간 = 1~11월"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of 1인당: a rate denominator (optional)")
d.Q("6만 6천 원", 66000, W, "원", "currency", approx=True,
    f=("카드로 쓴 돈", None, "", R, "level", "optional",
       "약 (and 꼴) → approx; a per-visitor average with no noun of its own: metric the spend divided, or empty? (README question 7)"))
d.Q("186만 명", 1860000, "명", "명", C, f=("외국인 관광객", None, "", R, "level", "required", "story's period (1~11월) carried"))
d.Q("42%", 42, "%", "%", P, f=("외국인 관광객", None, "", R, "change"))
d.Q("41만 명", 410000, "명", "명", C, f=("관광객", "일본 관광객이", "", R, "level", "required", "각각; countries' visitors: no subject"))
d.Q("27만 명", 270000, "명", "명", C, f=("관광객", "일본 관광객이", "", R, "level", "required", "각각"))
FE = ("a festival's attendance (N명이 다녀갔고 / N명을 모았다): no noun names it (metric empty); the festival is an event, "
      "its organizer a foundation (주관한/연): the foundation's figure or an event's (empty)? (README question 8)")
d.Q("23일", 23, "day", "일", "duration", note="23일 동안: an amount of time, not a date; no fact")
d.Q("153만 명", 1530000, "명", "명", C, f=("", None, "", R, "level", "optional", FE))
d.Q("나흘", 4, "day", "나흘", "duration", note="native day count (like 사흘); 간 after it: a duration, no fact")
d.Q("21만 명", 210000, "명", "명", C, f=("", None, "", R, "level", "optional", FE))
d.Q("4억 2천만 원", 420000000, W, "원", "currency",
    f=("입장권 수익", None, "강릉문화재단", R, "level", "required",
       "the foundation is the sentence's subject (내놨다); period: the one last set in the story (이 기간 = 1~11월)"))
d.Q("12%", 12, "%", "%", P, ctx="올해보다 12%",
    f=("관광 예산", None, GW, "2026", "change", "required", "the government body whose budget it is (도는); 내년 in the clause; 올해보다 = basis"))
d.Q("1,350억 원", 135000000000, W, "원", "currency", f=("관광 예산", None, GW, "2026", "level"))

# ---------------------------------------------------------------- 006 airline's passengers and cargo with an LCC subsidiary (입력 stamp + byline)
d = Doc("006_b8415043f136ca6c", "2026-01-15"); docs.append(d)
HA, BA = "한별항공", "별에어"
d.Oall(HA, HA)
d.Oall(BA, BA, special={0: ("required", "invented LCC subsidiary, named in the headline after LCC 자회사")})
d.O("한국경제", "한국경제", note="outlet in the byline line (media)")
d.O("인천국제공항공사", "인천국제공항공사", note="the airport operator cited as the source (에 따르면)")
d.O("인천공항", "인천공항", st="optional", note="an airport: a site acting as an institution, or a place (이용객 of it)? optional")
Y = "2025"
d.D("지난해", Y, "year", ctx="한별항공, 지난해", rel=True)
d.D("2026.01.15", "2026-01-15", "day", note="publication stamp: a calendar day")
d.D("09:30", "2026-01-15T09:30", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="한별항공은 지난해", rel=True)
d.D("15일", "2026-01-15", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("2024년", "2024", "year", note="a comparison's basis, still a DATE")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="no year: the latest Q4 on or before the document date (the story's year)")
d.D("연말", Y, "year", mod="END", rel=True, note="the year-end of the story's year")
d.D("지난해", Y, "year", ctx="별에어는 지난해", rel=True)
d.D("지난해", Y, "year", ctx="지난해 인천공항", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1,920만 명", 19200000, "명", "명", C, ctx="여객 1,920만 명…", f=("여객", "지난해 여객 1,920만", HA, Y, "level", "required", "headline count with its counter written: required"))
d.Q("1,920만 명", 19200000, "명", "명", C, ctx="여객 1,920만 명을", f=("여객", "여객 1,920만 명을", HA, Y, "level"))
d.Q("1,710만 명", 17100000, "명", "명", C, f=("여객", "여객 1,920만 명을", HA, "2024", "level", "required", "the basis year's own figure in brackets: period 2024"))
d.Q("12.3%", 12.3, "%", "%", P, f=("여객", "여객 1,920만 명을", HA, Y, "change", "required", "규모 is no metric here (N% 늘어난 규모다): the figure compared"))
d.Q("84.6%", 84.6, "%", "%", P, f=("국제선 탑승률", None, HA, Y, "level", "required", "평균 before the number: outside the span, no attribute"))
d.Q("112만t", 1120000, "t", "t", M, f=("화물 수송량", None, HA, Y, "level", "required", "연간 qualifies the period: outside the metric"))
d.Q("3.2%", 3.2, "%", "%", P, f=("화물 수송량", None, HA, Y, "change"))
d.Q("4조 1천억 원", 4100000000000, W, "원", "currency", f=("화물 매출", "화물 매출은", HA, Y, "level"))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency", f=("화물 매출", "화물 매출이", HA, "2025-Q4", "level", "required", "4분기에는 in the sentence"))
d.Q("640만 명", 6400000, "명", "명", C, f=("여객", "여객 640만", BA, Y, "level"))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("영업이익", None, BA, Y, "level"))
d.Q("3년", 3, "year", "년", "duration", note="3년 만에: an amount of time, no fact")
d.Q("28대", 28, "대", "대", C,
    f=("보유 항공기", None, BA, Y, "level", "required", "subject carried from the sentence before (별에어는); period the one last set for it (지난해)"))
d.Q("7,140만 명", 71400000, "명", "명", C,
    f=("인천공항 이용객", None, "", Y, "level", "optional",
       "an airport's users: the airport is a place or only an optional ORG (인천공항), the operator is the source (에 따르면): empty subject or 인천공항? (README question 9)"))
d.Q("35%", 35, "%", "%", P, approx=True,
    f=("비중", None, "한별항공;별에어", Y, "level", "required", "약 → approx; the text names both companies: both subjects"))
d.Q("6대", 6, "대", "대", C, f=("중대형기", None, HA, "2026", "level", "required", "a plan for 올해"))
d.Q("42회", 42, "회", "회", C,
    f=("미주 노선", None, HA, "", "level", "optional",
       "주 42회에서 56회로: 주 is a rate word (no number); the starting level of a planned change has no date of its own (now? 2025?) (README question 10)"))
d.Q("56회", 56, "회", "회", C, f=("미주 노선", None, HA, "2026", "level", "required", "the planned level; 올해 in the sentence; the weekly flights on the route (no other noun)"))

if __name__ == "__main__":
    write_all(docs)
