"""Gold labels of articles-holdout10, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout10/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 OTT platform annual results (입력 stamp + byline)
d = Doc("001_70a0f00c8b42cc8a", "2026-01-21"); docs.append(d)
T = "티빙"
d.Oall(T, T)
d.O("쿠팡플레이", "쿠팡플레이", note="peer in a list carrying the figure's word (관객/이용자 figure)")
d.Oall("웨이브", "웨이브")
d.Oall("보이스레터", "보이스레터", special={0: ("required", "invented startup introduced by 스타트업; object of 투자")})
d.D("올해", "2026", "year", ctx="올해 콘텐츠에", rel=True, note="headline plan (투입)")
d.D("2026.01.21", "2026-01-21", "day", st="optional", note="publication stamp")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date gives 2025, but it compares with the lead's 지난해 말 (end-2024): unclear (README q1)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12월", "2025-12", "month", ctx="12월 월간", rel=True, note="latest December on or before the document date")
d.D("같은 달", "2025-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back, like 같은 기간")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True)
d.D("10월", "2025-10", "month", rel=True)
d.D("올해", "2026", "year", ctx="회사는 올해", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 집행액", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause")
d.D("올해", "2026", "year", ctx="올해 안에", rel=True)
Y = "2025"
d.Q("520만 명", 5200000, "명", "명", C, ctx="가입자 520만 명 돌파",
    f=("유료 가입자", "유료 가입자 520만 명 돌파", T, Y, "level", "required", "headline; story's period (lead's as-of 지난해 말)"))
d.Q("8천억", 800000000000, W, "", "currency", ctx="8천억 투입", st="optional", note="headline amount, currency implied")
d.Q("520만 명", 5200000, "명", "명", C, ctx="가입자 520만 명을",
    f=("유료 가입자", "유료 가입자 520만 명을", T, Y, "level", "required", "지난해 말 (END) as-of"))
d.Q("23%", 23, "%", "%", P, f=("유료 가입자", "유료 가입자 520만 명을", T, Y, "change", "required",
    "rate with no metric of its own: the last figure of the sentence right before; 1년 전 = basis"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("매출", "매출이 4,870억", T, Y, "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "매출이 4,870억", T, Y, "change"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업손실", None, T, Y, "level"))
d.Q("46%", 46, "%", "%", P, f=("적자 폭", None, T, Y, "change"))
d.Q("38%", 38, "%", "%", P, f=("광고형 요금제 가입자 비중", None, T, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새")
d.Q("11%포인트", 11, PP, "%포인트", P, f=("광고형 요금제 가입자 비중", None, T, Y, "change"))
d.Q("780만 명", 7800000, "명", "명", C,
    f=("활성 이용자", None, T, "2025-12", "level", "required", "월간 qualifies the basis (like 연간), outside; new paragraph: story's organization"))
SM = "no metric of its own in a list going on from the sentence before: the last figure of the same unit; 같은 달 (optional) and 12월 carried give one period"
d.Q("690만 명", 6900000, "명", "명", C, f=("활성 이용자", None, "쿠팡플레이", "2025-12", "level", "required", SM))
d.Q("410만 명", 4100000, "명", "명", C, f=("활성 이용자", None, "웨이브", "2025-12", "level", "required", SM))
d.Q("1,390억 원", 139000000000, W, "원", "currency", f=("매출", "매출 1,390억", T, "2025-Q4", "level"))
d.Q("42억 원", 4200000000, W, "원", "currency", f=("영업이익", None, T, "2025-Q4", "level"))
d.Q("3%", 3, "%", "%", P, ctx="3%대", approx=True, note="대 after a percent: outside, approx",
    f=("가입 해지율", None, T, "2025-10", "level", "required", "10월 is the head of the relative clause (…끝난 10월에도): the figure's month"))
d.Q("8천억 원", 800000000000, W, "원", "currency", ctx="8천억 원",
    f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", "spend verb 쓰다: the purpose marked by 에 before the amount; 회사는 = 티빙"))
BD = "breakdown (장르별로는): the items keep the metric of the figure before; the company carried, no category subject; 올해 carried"
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("1,300억 원", 130000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("2,400억 원", 240000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("6,200억 원", 620000000000, W, "원", "currency", f=("집행액", None, T, Y, "level"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("투자", None, T, Y, "level", "required", "verbal noun; counterparty not subject; no date: the lead's period"))
d.Q("15%", 15, "%", "%", P, f=("지분", None, T, Y, "level", "required", "the holder is the subject"))
d.Q("120편", 120, "편", "편", C,
    f=("해외 서비스 작품", None, T, "2026-03", "level", "optional",
       "topic is a technology (a product) made by 보이스레터 (relative clause): whose count of works it is, and whether 오는 3월부터 is a period, is unclear (README q2)"))
d.Q("600만 명", 6000000, "명", "명", C, bound="max", note="까지 after the amount gives bound max",
    f=("유료 가입자", "유료 가입자를 600만", T, "2026", "level", "optional",
       "target in a quote after a person's title as topic (Named subjects → empty?) or the company's (README q3)"))

# ---------------------------------------------------------------- 002 duty-free operator's quarter (Yonhap dateline, no year anywhere)
d = Doc("002_d0a5a6915876ff41", "2025-11-07"); docs.append(d)
S = "신라면세점"
d.Oall(S, S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("호텔신라", "호텔신라", note="genitive owner of the division (면세 부문인 신라면세점)")
d.O("정부", "정부", st="optional", note="unnamed institution noun")
d.O("롯데면세점", "롯데면세점")
d.O("현대백화점면세점", "현대백화점면세점", note="topic after a genitive owner's clause, a peer with a figure (각각)")
d.O("인천공항점", "인천공항점", st="optional", note="a branch named without its retailer before it (신라면세점 the topic): unit or place")
d.O("한빛로지스", "한빛로지스", note="invented firm introduced by 물류업체")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="신라면세점, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="신라면세점이 3분기", rel=True)
d.D("7일", "2025-11-07", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("8월 말", "2025-08", "month", mod="END", rel=True)
d.D("9월", "2025-09", "month", ctx="9월 한 달", rel=True)
d.D("8월", "2025-08", "month", ctx="8월의 두 배", rel=True)
d.D("7~9월", "2025-07/2025-09", "month", rel=True, note="a range of months: one mention")
d.D("3분기", Q3, "quarter", ctx="롯데면세점의 3분기", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (quote): the coming Q4")
d.D("국경절", "2025-10-01", "day", rel=True, st="optional", note="a holiday (China's National Day): optional")
d.Q("9천억", 900000000000, W, "", "currency", approx=True, st="optional", note="headline amount, currency implied; 대 outside sets approx")
d.Q("9,120억 원", 912000000000, W, "원", "currency", f=("매출", "매출 9,120억", S, Q3, "level", "required", "the division as subject (호텔신라의 … 부문인)"))
d.Q("12.5%", 12.5, "%", "%", P, f=("매출", "매출 9,120억", S, Q3, "change", "required", "rate with no metric: the last figure of the sentence right before"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("영업이익", "영업이익은", S, Q3, "level", "required", "new paragraph: story's organization and period"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 만에")
d.Q("2.0%", 2.0, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("3.1%포인트", 3.1, PP, "%포인트", P, f=("영업이익률", None, S, Q3, "change"))
d.Q("한 달", 1, "month", "달", "duration")
d.Q("1,040억 원", 104000000000, W, "원", "currency",
    f=("단체 고객 구매액", None, S, "2025-09", "level", "required", "정부 is the subject of a subordinate clause only; story's organization"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘었다 after the amount gives gt",
    f=("단체 고객 구매액", None, S, "2025-09", "change", "optional",
       "a multiple comparing September with August: the measure compared (its figure's) or none (compares two things)?; of an earlier time's value: change (session 16: docs/facts.md, Kind: a multiple taken of an earlier time's value is a change — was level)"))
d.Q("41만 명", 410000, "명", "명", C, f=("중국인 고객 수", None, S, "2025-07/2025-09", "level"))
BD = "breakdown (채널별로는): the items keep the breakdown's measure (매출); the company carried; the story's period (new paragraph)"
d.Q("5,480억 원", 548000000000, W, "원", "currency", f=("시내점 매출", None, S, Q3, "level", "required", "an item that is a measure keeps it; " + BD))
d.Q("2,950억 원", 295000000000, W, "원", "currency", f=("매출", "시내점 매출이", S, Q3, "level", "required", BD))
d.Q("690억 원", 69000000000, W, "원", "currency", f=("매출", "시내점 매출이", S, Q3, "level", "required", BD))
d.Q("25%", 25, "%", "%", P, approx=True, f=("송객 수수료율", None, S, Q3, "level", "required", "…으로 낮아졌다 states the new level; the topic measure, not the whole"))
d.Q("1조 480억 원", 1048000000000, W, "원", "currency", f=("매출", "3분기 매출은 1조", "롯데면세점", Q3, "level"))
d.Q("5,210억 원", 521000000000, W, "원", "currency",
    f=("매출", "3분기 매출은 1조", "현대백화점면세점", Q3, "level", "required", "a topic of its own after a genitive owner's clause; the last figure's metric"))
d.Q("4%", 4, "%", "%", P, ctx="각각 4%", f=("매출", "3분기 매출은 1조", "롯데면세점", Q3, "change", "required", "각각: the first figure before"))
d.Q("9%", 9, "%", "%", P, ctx="4%, 9%", f=("매출", "3분기 매출은 1조", "현대백화점면세점", Q3, "change", "required", "각각: the second figure before"))
d.Q("12곳", 12, "곳", "곳", C, f=("화장품 매장", None, S, "2025", "level", "required", "곳 counts the noun right before; 연말까지 (future)"))
d.Q("80억 원", 8000000000, W, "원", "currency", ctx="데 80억 원",
    f=("단장", None, S, "2025", "level", "required", "spend verb 들이다: the purpose (…단장하는 데), its verbal noun; 연말까지"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간")
d.Q("250억 원", 25000000000, W, "원", "currency",
    f=("계약", None, S, "2025", "level", "optional",
       "X 규모의 Y → 계약; counterparty not subject; no date of its own: the paragraph's (a plan's 연말, 2025) or the story's 3분기? (README q4)"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘길 (넘다) gives gt",
    f=("매출", "매출 1조 원", S, "2025-Q4", "level", "optional", "an outlook in a quote of 회사 관계자 (a person's title as topic): the company's or empty? (README q3)"))

# ---------------------------------------------------------------- 003 fertilizer maker's annual results (regional daily, byline; year written)
d = Doc("003_3fffd86beeb1e322", "2026-01-29"); docs.append(d)
N = "남해화학"
d.Oall(N, N)
d.O("전남일보", "전남일보", note="outlet in the bracketed byline")
d.O("농협경제지주", "농협경제지주", note="the major shareholder, a channel of sales (not the figure's subject)")
d.O("여수공장", "여수공장", st="optional", note="a plant of the company: a unit or a site (README q5)")
d.O("세진플랜트", "세진플랜트", note="invented firm introduced by 엔지니어링 업체")
d.O("그로우씨드", "그로우씨드", note="invented startup introduced by 스타트업; partner (와 함께)")
Y = "2025"
d.D("2025년", Y, "year")
d.D("1974년", "1974", "year", note="founding year (background)")
d.D("지난해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년(298", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1년 전", Y, "year", rel=True, st="optional",
    note="offset from the document date gives 2025, but it compares with the year before 2025's figure: unclear (README q1)")
d.D("전년", "2024", "year", ctx="전년보다 6%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", ctx="올해는 1,150억", rel=True)
d.D("2027년 상반기", "2027-H1", "half", note="year before a half: one mention")
d.D("올해", "2026", "year", ctx="올해 전남", rel=True)
d.D("올해", "2026", "year", ctx="올해 판매 목표", rel=True)
d.Q("100만t", 1000000, "t", "t", M, ctx="첫 100만t 넘었다", bound="gt", note="넘었다 after the amount gives gt",
    f=("비료 판매", None, N, Y, "level", "required", "headline: the story's period (the lead's 2025년)"))
d.Q("2배", 2, "배", "배", C, ctx="영업이익 2배로",
    f=("영업이익", "영업이익 2배로", N, Y, "level", "optional", "headline multiple with …로 and the change word left out: a level or a change (2배로 인상)?"))
d.Q("104만t", 1040000, "t", "t", M, f=("비료 판매량", None, N, Y, "level"))
d.Q("100만t", 1000000, "t", "t", M, ctx="판매량 100만t을", bound="gt", note="넘긴 gives gt",
    f=("판매량", "판매량 100만t을", N, Y, "level", "required", "회사가 = 남해화학; the paragraph's 2025"))
d.Q("1조 3,260억 원", 1326000000000, W, "원", "currency", f=("매출", None, N, Y, "level"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", None, N, Y, "change"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "영업이익은 612억", N, Y, "level"))
d.Q("298억 원", 29800000000, W, "원", "currency",
    f=("영업이익", "영업이익은 612억", N, "2024", "level", "required", "a figure in brackets right after a date: that date is its own; the noun is a date, so the sentence's measure"))
d.Q("2배", 2, "배", "배", C, ctx="의 2배를", bound="gt", note="웃돌았다 (exceeded) read as gt",
    f=("영업이익", "영업이익은 612억", N, Y, "change", "required", "a multiple right after a figure compared with has that figure's metric; of an earlier time's value (전년(298억 원)의 2배): change (session 16: docs/facts.md, Kind: a multiple taken of an earlier time's value is a change — was level)"))
PR = "원료인 암모니아 도입 가격: a commodity's price (market_prices: nobody's) or the company's own purchase price? (README q6)"
d.Q("410달러", 410, U, "달러", "currency", f=("암모니아 도입 가격", None, "", Y, "level", "optional", "t당 = rate (no number); " + PR))
d.Q("22%", 22, "%", "%", P, f=("암모니아 도입 가격", None, "", Y, "change", "optional", "1년 전 = basis; " + PR))
BD = ("breakdown (제품별로는) opening a paragraph, the figure before being the ammonia price's: the items' measure is the "
      "lead's 비료 판매량 by the settled reading (팔렸고 → the measure named before), but no 판매 noun is in the sentence (README q7)")
d.Q("68만t", 680000, "t", "t", M, f=("비료 판매량", None, N, Y, "level", "optional", BD))
d.Q("21만t", 210000, "t", "t", M, f=("비료 판매량", None, N, Y, "level", "optional", BD))
d.Q("15만t", 150000, "t", "t", M, f=("비료 판매량", None, N, Y, "level", "optional", BD))
d.Q("1억 8천만 달러", 180000000, U, "달러", "currency", approx=True, note="어치 after a currency: outside, approx",
    f=("수출", None, N, Y, "level", "required", "topic measure; 호주와 베트남 are places"))
d.Q("18%", 18, "%", "%", P, approx=True, f=("수출", None, N, Y, "level", "required", "a share of a whole measures the part named before (수출)"))
d.Q("57만t", 570000, "t", "t", M,
    f=("계통 판매", None, N, Y, "level", "required", "농협경제지주 is the channel (…를 통한), not the subject; story's organization and period"))
d.Q("55%", 55, "%", "%", P, f=("계통 판매", None, N, Y, "level", "required", "a share of a whole (전체의): the part named before"))
d.Q("91%", 91, "%", "%", P, f=("여수공장 가동률", None, N, Y, "level", "required", "the plant is the company's (a unit owns no figure apart from its organization)"))
d.Q("6%포인트", 6, PP, "%포인트", P, f=("여수공장 가동률", None, N, Y, "change"))
d.Q("1,150억 원", 115000000000, W, "원", "currency",
    f=("친환경 완효성 비료 라인", None, N, "2026", "level", "optional", "spend verb 들이다 with no purpose marked by 에: the thing built (라인) or none? (README q8)"))
d.Q("12만t", 120000, "t", "t", M, f=("친환경 완효성 비료 라인", None, N, "2026", "level", "required", "X 규모의 Y → Y; 연산 qualifies the basis; 올해는"))
d.Q("3천㏊", 3000, "ha", "㏊", M,
    f=("전남 지역 논", None, N + ";그로우씨드", "2026", "level", "required", "partner (와 함께) joins the carried subject; 올해"))
d.Q("110만t", 1100000, "t", "t", M, f=("판매 목표", None, N, "2026", "level", "required", "회사 측 = 남해화학; the object set right before the figure"))
d.Q("20㎏", 20, "kg", "㎏", M, f=("포대", None, N, "2026", "level", "optional", "a real amount as rate denominator (포대(20㎏)당): required quantity, its fact unclear"))
d.Q("1만 4,500원", 14500, W, "원", "currency",
    f=("지역 농가 공급가", None, N, "2026", "level", "required", "a price a company sets is its own; the quote's 올해 (same sentence), future (유지하겠다)"))

# ---------------------------------------------------------------- 004 lottery sales statistics (뉴시스 dateline, no year anywhere)
d = Doc("004_103f6cca46874368", "2025-07-22"); docs.append(d)
B = "기획재정부 복권위원회"
d.O("뉴시스", "뉴시스", note="news agency in the dateline (media are ORG)")
d.O(B, B, note="the ministry's committee written after it: one name (a unit joins its parent)")
d.O("복권위", B, ctx="복권위는", note="short form of the name written in full before")
d.O("동행복권", "동행복권", note="introduced by 복권 수탁사업자; topic of a forecast")
d.O("정부", "정부", ctx="정부가", st="optional", note="unnamed institution noun")
d.O("함께일터", "함께일터", note="invented cooperative introduced by 사회적협동조합")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="판매액 상반기", rel=True)
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01",
    note="one mention like 전년 같은 기간; points back to 상반기 (optional like 같은 기간)")
d.D("22일", "2025-07-22", "day", rel=True, note="day of the release (발표했다)")
d.D("상반기", H1, "half", ctx="'상반기 복권", rel=True, st="optional", note="inside a quoted release title")
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date: that year (a comparison's basis)")
d.D("1~6월", "2025-01/2025-06", "month", rel=True, note="a range of months: one mention")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis")
d.D("올해", "2025", "year", ctx="올해 연간", rel=True)
d.D("올해", "2025", "year", ctx="올해 판매 한도", rel=True)
d.D("상반기", H1, "half", ctx="상반기 기금", rel=True)
NS = ("lottery sales: the market's figure, reported by the committee (the source); no organization is the lead's topic: "
      "empty subject")
d.Q("3조6천억", 3600000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("77%", 77, "%", "%", P,
    f=("복권 판매액", None, "", H1, "level", "optional", "headline share of a product (로또가 … 차지) with no whole written: metric unclear"))
d.Q("3조 6,120억 원", 3612000000000, W, "원", "currency", approx=True, note="어치 after a currency: outside, approx",
    f=("복권 판매액", None, "", H1, "level", "required", "팔린 (a verb): the measure named before (the headline's 복권 판매액); " + NS))
d.Q("4.8%", 4.8, "%", "%", P, f=("복권 판매액", None, "", H1, "change", "required", "rate with no metric: the last figure of the sentence right before"))
BD = ("breakdown (종류별로는 … 팔렸고): the items keep the measure named before (판매액은 …, the sentence before); "
      "products are no subjects; no organization carried")
d.Q("2조 7,830억 원", 2783000000000, W, "원", "currency", f=("판매액", "판매액은 반기", "", H1, "level", "required", BD))
d.Q("3,410억 원", 341000000000, W, "원", "currency", f=("판매액", "판매액은 반기", "", H1, "level", "required", BD))
d.Q("2,650억 원", 265000000000, W, "원", "currency", f=("판매액", "판매액은 반기", "", H1, "level", "required", BD))
d.Q("230억 원", 23000000000, W, "원", "currency", ctx="전자복권 230억 원", f=("판매액", "판매액은 반기", "", H1, "level", "required", BD))
d.Q("77.0%", 77.0, "%", "%", P, f=("로또 비중", None, "", H1, "level"))
d.Q("0.6%포인트", 0.6, PP, "%포인트", P, f=("로또 비중", None, "", H1, "change", "required", "1년 전 = basis"))
d.Q("21.3%", 21.3, "%", "%", P, f=("연금복권 판매액", None, "", H1, "change"))
d.Q("1등", 1, "등", "등", "ordinal", st="optional", note="a prize tier (1등 당첨자): a rank inside the counted noun, ordinal or lexicalized?")
d.Q("318명", 318, "명", "명", C, f=("로또 1등 당첨자", None, "", "2025-01/2025-06", "level"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 평균", st="optional", note="dummy 1 of a rate denominator (당 outside)")
d.Q("21억 4천만 원", 2140000000, W, "원", "currency", f=("평균 당첨금", None, "", "2025-01/2025-06", "level", "required", "1~6월 carried in the paragraph"))
d.Q("5,960억 원", 596000000000, W, "원", "currency", f=("온라인 판매", None, "", H1, "level", "required", "new paragraph: the story's period (the lead's 올해 상반기)"))
d.Q("16.5%", 16.5, "%", "%", P, f=("온라인 판매", None, "", H1, "level", "required", "a share of a whole: the part named before"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 구매", st="optional", note="dummy 1 of a rate denominator (당 outside)")
d.Q("5천 원", 5000, W, "원", "currency",
    f=("구매 한도", None, "", "", "level", "optional", "a standing rule (회당: no number): whether the story's period applies is unclear"))
d.Q("8,940곳", 8940, "곳", "곳", C, f=("판매점", None, "", "2025-06", "level", "required", "6월 말 기준 (END)"))
d.Q("210곳", 210, "곳", "곳", C, f=("판매점", None, "", "2025-06", "change", "required", "지난해 말보다 = basis"))
d.Q("7조 4천억 원", 7400000000000, W, "원", "currency",
    f=("연간 판매액", None, "동행복권", "2025", "level", "optional",
       "the operator's forecast of the lottery's sales: its own figure (topic with a business's figure) or a market's reported (no subject)? (README q9)"))
d.Q("7조 3,710억 원", 7371000000000, W, "원", "currency",
    f=("판매 한도", None, "", "2025", "level", "optional", "set by 정부 (an unnamed institution, relative clause): empty subject, optional as its mention is"))
d.Q("41%", 41, "%", "%", P, approx=True,
    f=("판매액", "판매액의 약 41%", "", "", "level", "optional", "a share of a whole with the part named after it (복권기금으로): metric and period unclear"))
d.Q("1조 4,800억 원", 1480000000000, W, "원", "currency", f=("기금", "기금 1조", B, H1, "level", "required", "the committee's fund; 복권위 topic"))
d.Q("3,200억 원", 320000000000, W, "원", "currency",
    f=("저소득층 주거 지원", None, B, H1, "level", "required", "배분 (allot verb): the purpose marked by 에 after the amount"))
d.Q("950억 원", 95000000000, W, "원", "currency",
    f=("기관", "42개 기관", B, H1, "level", "optional", "배분 to recipients marked by 에 (기관), not a purpose: metric unclear"))
d.Q("42개", 42, "개", "개", C,
    f=("기관", "42개 기관", B, H1, "level", "optional", "count of the recipients of the committee's allotment: the allotter's or none (several organizations)?"))

# ---------------------------------------------------------------- 005 pro baseball league's season attendance (press release, no date at all)
d = Doc("005_1082ad7f827349eb", "2025-10-02"); docs.append(d)
K = "한국야구위원회"
for i, st in enumerate(d.text.find(K, j) for j in (0, d.text.find("\n"))):
    d.O(K, K, at=st, aliases="KBO", note="(KBO) right after the name: an alias, no mention")
d.O("KBO", K, ctx="KBO는 올해", note="the alias written alone later: a mention")
d.O("KBO", K, ctx="KBO는 내년", note="the alias written alone later: a mention")
d.O("KBO리그", "KBO리그", st="optional", note="the league run by KBO: an organization or a competition (event)?")
d.O("LG 트윈스", "LG 트윈스")
d.O("삼성 라이온즈", "삼성 라이온즈")
d.O("두산 베어스", "두산 베어스")
d.O("한화 이글스", "한화 이글스")
d.O("티켓링크", "티켓링크", note="introduced by 티켓 예매 대행사")
d.O("티빙", "티빙", note="introduced by 유무선 중계사")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 KBO리그", rel=True, note="no date in the text: resolved against the intended 2025-10-02")
d.D("지난해", "2024", "year", ctx="지난해보다 7.9%", rel=True, note="a comparison's basis")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", "2024", "year", ctx="지난해(1,593", rel=True, note="dates the figure in brackets")
d.D("5년 전", "2020", "year", rel=True, note="offset: an amount of years before 전 (a basis)")
d.D("올해", Y, "year", ctx="KBO는 올해", rel=True)
d.D("내년", "2026", "year", rel=True, note="내년 시즌 시작 전까지 (future)")
d.Q("1,180만 명", 11800000, "명", "명", C,
    f=("관중", "관중 1,180만", K, Y, "level", "required", "headline opening with the organization and a comma; the story's period"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속: an amount of time (no date)")
d.Q("1천만 관중", 10000000, "관중", "관중", C, st="optional", note="a counted noun that is no counter (like 70억 인구)")
d.Q("720경기", 720, "경기", "경기", C, f=("", None, K, Y, "level", "required", "the counted noun is its own unit: empty metric"))
d.Q("1,182만 4,310명", 11824310, "명", "명", C, f=("입장", "입장했다", K, Y, "level", "required", "the subject of a verbal noun (입장했다)"))
d.Q("7.9%", 7.9, "%", "%", P, f=("입장", "입장했다", K, Y, "change", "required", "rate with no metric: the last figure of the sentence right before"))
d.Q("1만 6,423명", 16423, "명", "명", C, f=("평균 관중", None, K, Y, "level", "required", "경기당: rate word without a number"))
d.Q("1,204명", 1204, "명", "명", C, f=("평균 관중", None, K, Y, "change"))
d.Q("38%", 38, "%", "%", P,
    f=("매진", None, K, Y, "level", "optional", "a share (전체 경기의 38%인) of a count told after it: metric the part (매진), the whole (전체 경기) or none?"))
d.Q("274경기", 274, "경기", "경기", C, f=("매진", None, K, Y, "level", "required", "the subject of a verbal noun (매진됐다)"))
RK = ("a ranking that names its measure after the first item (가장 많은 관중을 모았고) gives it to every item; "
      "the clubs are organizations (no category): each figure the club's right before it")
d.Q("152만 명", 1520000, "명", "명", C, f=("관중", "많은 관중을", "LG 트윈스", Y, "level", "required", RK))
d.Q("148만 명", 1480000, "명", "명", C, f=("관중", "많은 관중을", "삼성 라이온즈", Y, "level", "required", RK))
d.Q("139만 명", 1390000, "명", "명", C, f=("관중", "많은 관중을", "두산 베어스", Y, "level", "required", RK))
d.Q("41%", 41, "%", "%", P,
    f=("관중", "관중이 가장 많이", "한화 이글스", Y, "change", "required", "Ranked: the organization named after a topic naming a kind of organization"))
d.Q("1,940억 원", 194000000000, W, "원", "currency", f=("입장 수입", None, K, Y, "level"))
d.Q("1,593억 원", 159300000000, W, "원", "currency", f=("입장 수입", None, K, "2024", "level", "required", "a figure in brackets right after a date"))
d.Q("21.8%", 21.8, "%", "%", P, f=("입장 수입", None, K, Y, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="dummy 1 of a rate denominator (당 outside)")
d.Q("1만 6,410원", 16410, W, "원", "currency", f=("객단가", None, K, Y, "level"))
d.Q("20대", 20, "대", "대", C, hi=29, st="optional", note="age bracket")
d.Q("24%", 24, "%", "%", P, f=("20대 여성 비율", None, K, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("9%포인트", 9, PP, "%포인트", P, f=("20대 여성 비율", None, K, Y, "change", "required", "5년 전 = basis"))
d.Q("86%", 86, "%", "%", P, f=("온라인 예매 비중", None, K, Y, "level", "required", "티켓링크 is the channel (…를 통한), not the subject"))
d.Q("3사", 3, "사", "사", C, f=("지상파", None, "", Y, "level", "optional", "a count of the counterparties (지상파 3사), not named: metric and subject unclear"))
CT = "figures coordinated by a comma share the noun after the last (X 규모의 계약); the counterparty is no subject; 올해"
d.Q("540억 원", 54000000000, W, "원", "currency", f=("계약", None, K, Y, "level", "required", CT))
d.Q("450억 원", 45000000000, W, "원", "currency", f=("계약", None, K, Y, "level", "required", CT))
d.Q("9곳", 9, "곳", "곳", C, f=("홈구장", None, K, "2026", "level", "required", "곳 counts the noun right before; 내년 (future)"))
d.Q("1천 명", 1000, "명", "명", C, f=("안전요원", None, K, "2026", "level"))
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("배치", None, K, "2026", "level", "required", "spend verb 쓰다: the purpose (…배치하는 데), its verbal noun; 내년"))
d.Q("1,200만 관중", 12000000, "관중", "관중", C, st="optional", note="a counted noun that is no counter; in a quote")

# ---------------------------------------------------------------- 006 K-beauty ODM maker's quarter (입력 stamp + outlet byline)
d = Doc("006_db80b32ef49e9b8a", "2025-11-13"); docs.append(d)
X = "코스맥스"
d.Oall(X, X)
d.O("이데일리", "이데일리", note="outlet in a byline on a line of its own")
d.O("평택 2공장", "평택 2공장", st="optional", note="a plant of the company: a unit or a site (README q5)")
d.O("한국콜마", "한국콜마")
d.O("스킨랩스", "스킨랩스", note="invented startup introduced by 스타트업; object of 투자")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="코스맥스, 3분기", rel=True)
d.D("2025.11.13", "2025-11-13", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="코스맥스가 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="코스맥스는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("2013년", "2013", "year", note="a past entry told as background (이후: a basis)")
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months: one mention")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="한국콜마의 3분기", rel=True)
d.D("내년", "2026", "year", rel=True, note="내년까지 (future)")
d.D("올해", "2025", "year", rel=True)
d.D("이날", "2025-11-13", "day", rel=True, st="optional", anchor="2025-11-13", note="anaphoric day: 13일")
d.D("전 거래일", "2025-11-12", "day", rel=True, st="optional", anchor="2025-11-13", note="points back to the day before 이날 (like 전날)")
d.Q("6천억", 600000000000, W, "", "currency", st="optional", bound="gt", note="headline amount, currency implied; 돌파 gives gt")
d.Q("6,140억 원", 614000000000, W, "원", "currency", f=("매출", "매출이 6,140억", X, Q3, "level", "required", "연결 기준 outside"))
d.Q("16.4%", 16.4, "%", "%", P, f=("매출", "매출이 6,140억", X, Q3, "change"))
d.Q("548억 원", 54800000000, W, "원", "currency", f=("영업이익", "영업이익은 548억", X, Q3, "level"))
d.Q("22.1%", 22.1, "%", "%", P, f=("영업이익", "영업이익은 548억", X, Q3, "change"))
d.Q("8.9%", 8.9, "%", "%", P, f=("영업이익률", None, X, Q3, "level"))
BD = "breakdown (지역별로는): the items keep the breakdown's measure (매출); a region is no subject, the company carried; story's period"
d.Q("3,520억 원", 352000000000, W, "원", "currency", f=("한국 법인 매출", None, X, Q3, "level", "required", "an item that is a measure keeps it; " + BD))
d.Q("1,410억 원", 141000000000, W, "원", "currency", f=("매출", "법인 매출이 3,520억", X, Q3, "level", "required", BD))
d.Q("460억 원", 46000000000, W, "원", "currency", f=("매출", "법인 매출이 3,520억", X, Q3, "level", "required", BD))
d.Q("320억 원", 32000000000, W, "원", "currency", f=("매출", "법인 매출이 3,520억", X, Q3, "level", "required", BD))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("영업이익", "영업이익 12억", X, Q3, "level", "required", "미국 법인 (an unnamed unit, no ORG) as topic: the company's figure (Members/units); 3분기 carried"))
d.Q("1조 7,680억 원", 1768000000000, W, "원", "currency", f=("누적 매출", None, X, "2025-01/2025-09", "level"))
d.Q("1,240곳", 1240, "곳", "곳", C, f=("국내 인디 브랜드 고객사", None, X, "2025-09", "level", "required", "9월 말 기준 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새")
d.Q("180곳", 180, "곳", "곳", C, f=("국내 인디 브랜드 고객사", None, X, "2025-09", "change"))
d.Q("61%", 61, "%", "%", P,
    f=("기초 화장품 비중", None, X, Q3, "level", "required", "선크림 등: an example, no metric; new paragraph: story's organization and period"))
d.Q("2%포인트", 2, PP, "%포인트", P, f=("기초 화장품 비중", None, X, Q3, "change"))
d.Q("15억 개", 1500000000, "개", "개", C,
    f=("생산 능력", "연간 생산 능력은", X, Q3, "level", "required", "the plant (optional ORG) is the company's; 연간 outside; the period carried in the paragraph"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("화장품 부문 매출", None, "한국콜마", Q3, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("화장품 부문 매출", None, "한국콜마", Q3, "change"))
d.Q("1,000억 원", 100000000000, W, "원", "currency",
    f=("미국 뉴저지 공장 생산 능력", None, X, "2026", "level", "optional", "spend verb 투입 with no purpose marked by 에: the thing the next clause changes, or none? (README q8)"))
d.Q("2배", 2, "배", "배", C,
    f=("미국 뉴저지 공장 생산 능력", None, X, "2026", "change", "required", "a multiple reached by a change word (2배로 늘린다) is a change; the object right before; 내년까지"))
d.Q("20억 원", 2000000000, W, "원", "currency", ctx="에 20억 원",
    f=("투자", None, X, Q3, "level", "optional",
       "a past investment after a plan's 내년까지 in the same paragraph: the story's period or none? (README q4); counterparty not subject"))
d.Q("2,100억 원", 210000000000, W, "원", "currency", approx=True,
    f=("영업이익", "연간 영업이익이", X, "2025", "level", "required", "genitive owner; 증권가 is the estimate's source; 연간 outside"))
PX = "only date 이날 (optional DATE): optional fact"
d.Q("5.6%", 5.6, "%", "%", P, f=("주가", None, X, "2025-11-13", "change", "optional", "전 거래일보다 = basis; " + PX))
d.Q("16만 9,000원", 169000, W, "원", "currency", f=("주가", None, X, "2025-11-13", "level", "optional", PX))

if __name__ == "__main__":
    write_all(docs)
