"""Gold labels of articles5, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles5/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 fashion company annual (입력 + 수정 stamps, byline)
d = Doc("001_11ee67966d51ffa8", "2026-02-06"); docs.append(d)
H = "한섬"
d.Oall(H, H, skip={2})  # the third is inside 더한섬닷컴
d.O("현대백화점그룹", "현대백화점그룹")
d.O("신세계인터내셔날", "신세계인터내셔날")
d.O("더한섬닷컴", "더한섬닷컴", st="optional", note="the company's own online mall (자사몰): a business run as a platform or a channel of it")
BRN = "a brand of the company named in its breakdown: a brand named as a company or a product line (its parts): unclear"
d.O("타임", "타임", st="optional", note=BRN)
d.O("마인", "마인", st="optional", note=BRN)
d.Oall("시스템", "시스템", special={0: ("optional", BRN), 1: ("optional", BRN)})
Y = "2025"
d.D("지난해", Y, "year", ctx="한섬, 지난해", rel=True)
d.D("2026.02.06", "2026-02-06", "day", ctx="입력 2026.02.06", st="optional", note="publication stamp")
d.D("2026.02.06", "2026-02-06", "day", ctx="수정 2026.02.06", st="optional", note="revision stamp (dates the page, not the document)")
d.D("지난해", Y, "year", ctx="한섬은 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("6일", "2026-02-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", Y, "year", ctx="신세계인터내셔날의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("2028년", "2028", "year", note="2028년까지: a target year")
d.Q("38%", 38, "%", "%", P, ctx="매출 38% 늘어", f=("해외 매출", "지난해 해외 매출", H, Y, "change", "required", "headline topic with a comma"))
d.Q("40%", 40, "%", "%", P, bound="gt", note="돌파 gives gt",
    f=("온라인 비중", None, H, Y, "level", "required", "headline part after the ellipsis: the headline's organization; story's period"))
d.Q("1조 5,420억 원", 1542000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "required", "연결 기준 outside"))
d.Q("2.7%", 2.7, "%", "%", P, f=("매출", "매출이 1조", H, Y, "change", "required", "전년보다 = basis"))
d.Q("1,086억 원", 108600000000, W, "원", "currency", f=("영업이익", None, H, Y, "level"))
d.Q("11.3%", 11.3, "%", "%", P, f=("영업이익", None, H, Y, "change"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", "해외 매출은", H, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("38%", 38, "%", "%", P, ctx="38% 늘었다", f=("해외 매출", "해외 매출은", H, Y, "change"))
d.Q("5곳", 5, "곳", "곳", C, f=("백화점", None, H, Y, "level", "required", "a counter naming a kind counts the noun right before it"))
BR = ("breakdown (브랜드별로는) of total sales (매출, the lead's figure; the brands' sum is part of 1조 5,420억 원), while the "
      "figure of its unit right before it is 해외 매출's 612억 원: which figure's metric the items keep is unclear (README question 1)")
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("2,540억 원", 254000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("41.2%", 41.2, "%", "%", P, f=("온라인 매출 비중", None, H, Y, "level", "required", "더한섬닷컴 is the object of a relative clause on the metric"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration")
d.Q("3.5%포인트", 3.5, PP, "%포인트", P, f=("온라인 매출 비중", None, H, Y, "change"))
d.Q("7,890억 원", 789000000000, W, "원", "currency", f=("패션 부문 매출", None, "신세계인터내셔날", Y, "level", "required", "genitive owner"))
d.Q("4.1%", 4.1, "%", "%", P, f=("패션 부문 매출", None, "신세계인터내셔날", Y, "change"))
d.Q("14곳", 14, "곳", "곳", C,
    f=("해외 매장", None, H, "2026", "level", "optional",
       "A에서 B로: the starting level is the present count; whether the plan's 올해 is its period is unclear"))
d.Q("30곳", 30, "곳", "곳", C, f=("해외 매장", None, H, "2026", "level", "required", "the object right before a figure that sets it; plan with 올해"))
d.Q("450억 원", 45000000000, W, "원", "currency", f=("물류센터 자동화", None, H, "2026", "level", "required", "spent on: X에 N원을 투입 → X; 올해 of the plan"))
d.Q("10%", 10, "%", "%", P,
    f=("해외 매출 비중", None, H, "2028", "level", "optional",
       "a target in the head's quote: the topic is a person's title (named subjects: empty?) or the company's own target: unclear"))

# ---------------------------------------------------------------- 002 logistics quarterly (Yonhap dateline, no year anywhere)
d = Doc("002_3dab5f0d4e70a897", "2025-11-05"); docs.append(d)
K = "CJ대한통운"
d.Oall(K, K)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("매일 오네", "매일 오네", st="optional", note="a delivery service run by the company (a program/product): optional")
d.O("한진", "한진")
d.O("롯데글로벌로지스", "롯데글로벌로지스")
d.O("딜리버스랩", "딜리버스랩", note="invented startup introduced by 스타트업")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="CJ대한통운, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="CJ대한통운은 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("5일", "2025-11-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("일요일", "XXXX-WXX-7", "day", rel=True, st="optional", rng=False,
    note="일요일 물량: Sundays in general since the service began, no calendar day (like 주말 요금)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="한진의 3분기", rel=True)
d.D("다음 달", "2025-12", "month", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="…까지 (deadline)")
d.D("올해", "2025", "year", rel=True)
d.Q("4억 상자", 400000000, "상자", "상자", C, bound="gt", note="넘어 gives gt",
    f=("택배", "3분기 택배 4억", K, Q3, "level", "required", "headline topic with a comma; the noun before the count"))
d.Q("8%", 8, "%", "%", P, ctx="영업이익 8%", f=("영업이익", "영업이익 8%", K, Q3, "change", "required", "headline part after the ellipsis: the headline's organization"))
d.Q("4억 1,200만 상자", 412000000, "상자", "상자", C, f=("택배 취급 물량", None, K, Q3, "level"))
d.Q("5.4%", 5.4, "%", "%", P, f=("택배 취급 물량", None, K, Q3, "change"))
SP = "같은 기간 (optional) and the lead's period both give 2025-Q3"
d.Q("3조 620억 원", 3062000000000, W, "원", "currency", f=("매출", "매출은 3조", K, Q3, "level", "required", SP))
d.Q("1,390억 원", 139000000000, W, "원", "currency", f=("영업이익", "영업이익은 1,390억", K, Q3, "level", "required", SP))
d.Q("1.8%", 1.8, "%", "%", P, f=("매출", "매출은 3조", K, Q3, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("8.1%", 8.1, "%", "%", P, f=("영업이익", "영업이익은 1,390억", K, Q3, "change", "required", "각각: the second figure's metric"))
d.Q("7일", 7, "day", "일", "duration", st="optional",
    note="주 7일 (seven days a week) inside a service's description: a rate's days, not a calendar day; optional")
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 180만", st="optional", note="native day word as a rate denominator")
d.Q("180만 상자", 1800000, "상자", "상자", C, f=("일요일 물량", None, K, Q3, "level", "required", "period carried in the paragraph"))
d.Q("1조 1,050억 원", 1105000000000, W, "원", "currency",
    f=("글로벌 부문 매출", None, K, Q3, "level", "required", "breakdown (부문별로는): the category is no subject; the company carried"))
d.Q("9,870억 원", 987000000000, W, "원", "currency",
    f=("매출", "글로벌 부문 매출", K, Q3, "level", "required", "settled reading: a breakdown item keeps the breakdown figure's metric (매출); subject the company"))
d.Q("7,640억 원", 764000000000, W, "원", "currency", f=("매출", "글로벌 부문 매출", K, Q3, "level", "required", "as 9,870억 원"))
d.Q("2,180원", 2180, W, "원", "currency", f=("평균 단가", None, K, Q3, "level", "required", "상자당 = rate word (no number)"))
d.Q("30원", 30, W, "원", "currency", f=("평균 단가", None, K, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("9,800만 상자", 98000000, "상자", "상자", C, f=("택배 물량", None, "한진", Q3, "level", "required", "genitive owner"))
d.Q("2.1%", 2.1, "%", "%", P, f=("택배 물량", None, "한진", Q3, "change"))
d.Q("8,600만 상자", 86000000, "상자", "상자", C,
    f=("처리", "처리했다", "롯데글로벌로지스", Q3, "level", "required",
       "the object of a verb of its own: no metric carried; 처리하다 gives the verbal noun; 3분기 of the sentence"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 150만", st="optional", note="native day word as a rate denominator")
d.Q("150만 상자", 1500000, "상자", "상자", C,
    f=("처리", "처리하는", K, "2025-12", "level", "optional",
       "capacity in a relative clause on the centre to open 다음 달: period 2025-12 (the plan's future date) or none: unclear"))
d.Q("40대", 40, "대", "대", C,
    f=("자율주행 배송 차량", None, K + ";딜리버스랩", "2026-H1", "level", "required", "partner (B와 함께) joins the subject; 내년 상반기까지"))
d.Q("8조 원", 8000000000000, W, "원", "currency", approx=True,
    f=("국내 택배 시장", None, "", "2025", "level", "required", "Y 규모가 X → Y; a market's figure: no subject; 업계 is the source"))

# ---------------------------------------------------------------- 003 music streaming half-year (뉴시스 dateline, no year anywhere)
d = Doc("003_6b45d5ad7734c342", "2025-08-13"); docs.append(d)
DR, FL = "드림어스컴퍼니", "플로"
d.Oall(DR, DR)
d.Oall(FL, FL)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("멜론", "멜론", note="a streaming platform (a business run as a platform) with its figure")
d.O("유튜브뮤직", "유튜브뮤직", note="its peer in the list")
d.O("사운드벨", "사운드벨", note="invented firm introduced by 유통사")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="드림어스컴퍼니, 상반기", rel=True)
d.D("상반기", H1, "half", ctx="드림어스컴퍼니는 상반기", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 같은 기간", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", "2024-H1", "half", ctx="지난해 같은 기간", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("13일", "2025-08-13", "day", rel=True, note="day of the report (밝혔다)")
d.D("6월 말", "2025-06", "month", ctx="플로의 6월 말", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="an offset from the document date: that year (a comparison's basis)")
d.D("1~6월", "2025-01/2025-06", "month", rel=True)
d.D("같은 기간", H1, "half", ctx="같은 기간 멜론", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future)")
d.D("지난해", "2024", "year", ctx="지난해 1조", rel=True)
d.D("6월 말", "2025-06", "month", ctx="6월 말 현재", mod="END", rel=True, note="as of (현재)")
d.Q("210만 명", 2100000, "명", "명", C, ctx="유료 이용자 210만 명\n",
    f=("유료 이용자", "플로 유료 이용자", FL, H1, "level", "required",
       "headline part after the ellipsis; a headline figure with no period takes the story's (the body lead's first figure: 상반기)"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("매출", None, DR, H1, "level"))
d.Q("9.6%", 9.6, "%", "%", P, f=("매출", None, DR, H1, "change"))
d.Q("32억 원", 3200000000, W, "원", "currency", f=("영업이익", None, DR, H1, "level"))
d.Q("210만 명", 2100000, "명", "명", C, ctx="이용자는 210만 명", f=("유료 이용자", "유료 이용자는 210만", FL, "2025-06", "level", "required", "genitive owner 플로의; 6월 말 기준"))
d.Q("24만 명", 240000, "명", "명", C, f=("유료 이용자", "유료 이용자는 210만", FL, "2025-06", "change"))
d.Q("1만 900원", 10900, W, "원", "currency",
    f=("월 이용료", None, FL, "2025-06", "level", "optional",
       "a price the platform sets for its product, inside a relative clause on the product: subject 플로 and the paragraph's as-of date, or none: unclear"))
d.Q("62%", 62, "%", "%", P, f=("상품 가입자", None, FL, "2025-06", "level", "required", "a share of a whole: the part named before it; period carried"))
d.Q("1,320만 시간", 13200000, "hour", "시간", "duration", note="an amount of time: a duration (no fact)")
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 sets approx",
    f=("비음악 콘텐츠 재생 시간", None, FL, "2025-01/2025-06", "change", "required", "a multiple reached by a change word: a change"))
MU = "같은 기간 (optional) is the only date; it points back to 1~6월 / 상반기 (values differ in form)"
d.Q("690만 명", 6900000, "명", "명", C, approx=True, f=("유료 이용자", "멜론의 유료 이용자", "멜론", H1, "level", "optional", MU + "; 업계 is the source"))
d.Q("740만 명", 7400000, "명", "명", C, approx=True, f=("유료 이용자", "멜론의 유료 이용자", "유튜브뮤직", H1, "level", "optional", MU))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("추천 기능 고도화", None, DR, "2025-H2", "level", "required", "spend verb 쓰고: the purpose marked 에 right before; 회사는 = the company"))
d.Q("51%", 51, "%", "%", P, f=("지분", None, DR, "2025-H2", "level", "required", "stakes: the company before 지분 is the one the stake is in; the holder is the subject"))
d.Q("85억 원", 8500000000, W, "원", "currency",
    f=("지분", None, DR, "2025-H2", "level", "optional", "a price with 에 takes the deal's verbal noun, but 사들이다 is a plain verb: 지분 or no metric: unclear"))
d.Q("250만 명", 2500000, "명", "명", C, bound="gt", note="넘기겠다 gives gt",
    f=("유료 이용자", "유료 이용자 250만", FL, "2025", "level", "optional",
       "a target in the head's quote (named subjects: a person's title as topic → empty?) or the platform's: unclear"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", f=("국내 음원 스트리밍 시장", None, "", "2024", "level", "required", "Y 규모는 X → Y; a market: no subject"))
d.Q("9%", 9, "%", "%", P, approx=True, f=("점유율", None, FL, "2024", "level", "required", "genitive owner; 지난해 of the sentence"))
d.Q("320명", 320, "명", "명", C, f=("직원", None, DR, "2025-06", "level", "required", "name before a member noun; 6월 말 현재"))

# ---------------------------------------------------------------- 004 chemical maker quarterly (입력 stamp + outlet byline)
d = Doc("004_201eb089747ca04d", "2025-11-07"); docs.append(d)
L = "롯데케미칼"
d.Oall(L, L, skip={2})  # the third is inside 롯데케미칼타이탄
d.O("이데일리", "이데일리", note="outlet in the byline")
d.O("여수공장", "여수공장", st="optional", note="a plant: a named unit of the company or a site: unclear (like holdout6's steelworks)")
d.O("롯데케미칼타이탄", "롯데케미칼타이탄", note="subsidiary introduced by 자회사; the country outside")
d.O("LG화학", "LG화학", note="LG화학 석유화학 부문: the parent's name; the unit word 부문 is generic (its figure is the company's)")
d.O("한국투자증권", "한국투자증권")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="롯데케미칼, 3분기", rel=True)
d.D("2025.11.07", "2025-11-07", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="롯데케미칼은 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기(2,450억", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("7일", "2025-11-07", "day", rel=True, note="day of the disclosure")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기보다 31", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="points back to the quarter the story reported, not to the plan's 연말")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="an outlook (future clause)")
d.Q("1,260억", 126000000000, W, "", "currency", ctx="영업손실 1,260억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "영업손실 1,260억…", L, Q3, "level"))
d.Q("1,260억 원", 126000000000, W, "원", "currency", f=("영업손실", "영업손실이 1,260억", L, Q3, "level", "required", "연결 기준 outside"))
d.Q("2,450억 원", 245000000000, W, "원", "currency",
    f=("영업손실", "영업손실이 1,260억", L, "2025-Q2", "level", "optional",
       "a figure in brackets after a date: that date is its period, and its only date is the optional 전 분기"))
d.Q("1,190억 원", 119000000000, W, "원", "currency", f=("적자 폭", "적자 폭을", L, Q3, "change", "required", "the object right before a figure that changes it"))
d.Q("4조 8,300억 원", 4830000000000, W, "원", "currency", f=("매출", None, L, Q3, "level"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", None, L, Q3, "change"))
SPR = "a market spread (product minus feedstock price): no organization's figure, like a market price"
d.Q("248달러", 248, U, "달러", "currency", f=("에틸렌 스프레드", None, "", Q3, "level", "required", SPR + "; t당 (no number) is the rate word"))
d.Q("31달러", 31, U, "달러", "currency", f=("에틸렌 스프레드", None, "", Q3, "change", "required", SPR))
PL = "subject the plant (optional ORG) or the company: unclear (README question)"
d.Q("78%", 78, "%", "%", P, f=("가동률", None, L, Q3, "level", "optional", PL))
d.Q("5%포인트", 5, PP, "%포인트", P, f=("가동률", None, L, Q3, "change", "optional", PL))
d.Q("890억 원", 89000000000, W, "원", "currency",
    f=("영업손실", "영업손실 890억", L, Q3, "level", "required", "breakdown (부문별로는): the category is no subject; the company carried"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("영업이익", "영업이익 520억", L, Q3, "level", "required", "as 890억 원"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("적자", None, "롯데케미칼타이탄", Q3, "level", "required", "the subsidiary's own topic"))
d.Q("1조 3천억 원", 1300000000000, W, "원", "currency",
    f=("확보", "확보하고", L, "2025", "level", "required",
       "what the amount was made of (비핵심 자산) is no metric; the verbal noun 확보; 회사는 = the company; 연말까지"))
PLN = "the plan's second clause: whether the first clause's 연말까지 dates it is unclear"
d.Q("30곳", 30, "곳", "곳", C, f=("수소 충전소", None, L, "2025", "level", "optional", PLN))
d.Q("2,100억 원", 210000000000, W, "원", "currency",
    f=("수소 충전소 30곳 구축", None, L, "2025", "level", "optional", "spent on: X에 N원을 투입 → X; " + PLN))
d.Q("550억 원", 55000000000, W, "원", "currency",
    f=("영업손실", "550억 원의 영업손실", "LG화학", Q3, "level", "required",
       "a unit (석유화학 부문) owns nothing apart from its company; 같은 기간 (optional) points back to 3분기, the lead's period"))
d.Q("800억 원", 80000000000, W, "원", "currency", approx=True, note="원대: 대 outside, approx",
    f=("영업손실", "영업손실이 800억", L, "2025-Q4", "level", "required", "genitive owner; 증권가 is the source of an outlook"))
TP = "a brokerage's target price for the company's stock: the brokerage's own figure or no subject: unclear"
d.Q("9만 5,000원", 95000, W, "원", "currency", f=("목표주가", None, "한국투자증권", "", "level", "optional", TP))
d.Q("8만 원", 80000, W, "원", "currency", f=("목표주가", None, "한국투자증권", "", "level", "optional", TP))

# ---------------------------------------------------------------- 005 EV-charging startup year-end recap (입력 stamp + outlet byline, [2025 결산])
d = Doc("005_cea500ce58cf6bf8", "2025-12-29"); docs.append(d)
CO = "차지온"
d.O(CO, CO, ctx="스타트업 차지온,")
d.O(CO, CO, ctx="차지온(ChargeOn)", aliases="ChargeOn")
d.O(CO, CO, ctx="박성훈 차지온")
d.O(CO, CO, ctx="차지온 직원")
d.O("조선비즈", "조선비즈", note="outlet in the byline")
d.O("한국도로공사", "한국도로공사")
d.O("SK스퀘어", "SK스퀘어")
Y = "2025"
d.D("2025", Y, "year", ctx="[2025 결산]", note="a recap's title names its year bare")
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp")
d.D("올해", Y, "year", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("28일", "2025-12-28", "day", rel=True, note="day of the report (밝혔다)")
d.D("1~11월", "2025-01/2025-11", "month", rel=True)
d.D("지난 10월", "2025-10", "month", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("2027년", "2027", "year")
d.Q("3,200기", 3200, "기", "기", C, ctx="급속충전기 3,200기 돌파", bound="gt", note="돌파 gives gt",
    f=("급속충전기", "급속충전기 3,200기 돌파", CO, Y, "level", "required", "headline topic with a comma; the title's year / the lead's 올해"))
d.Q("3,200기", 3200, "기", "기", C, ctx="급속충전기가 3,200기", f=("급속충전기", "급속충전기가", CO, Y, "level", "required", "올해 in the relative clause on the topic"))
d.Q("1,850기", 1850, "기", "기", C,
    f=("급속충전기", "급속충전기가", CO, "2024", "level", "required", "a figure in brackets right after a date: that date (지난해 말) is its period"))
d.Q("73%", 73, "%", "%", P, f=("급속충전기", "급속충전기가", CO, Y, "change"))
d.Q("1만 2,400기", 12400, "기", "기", C, f=("전체 충전기", None, CO, Y, "level"))
d.Q("4,860만kWh", 48600000, "kWh", "kWh", M,
    f=("누적 충전량", None, CO, "2025-01/2025-11", "level", "required", "new paragraph: story's organization"))
d.Q("32만 대", 320000, "대", "대", C, approx=True,
    f=("전기차", None, "", "", "level", "optional", "an illustration of the charged energy (… 완충할 수 있는 규모): whose figure, if any, is unclear"))
d.Q("한 번", 1, "번", "번", C, note="한 + counter 번 (한 번씩): a count",
    f=("완충", "완충할", "", "", "level", "optional", "a count of times inside the illustration: no fact of its own; unclear"))
d.Q("18만 명", 180000, "명", "명", C, f=("월평균 이용자", None, CO, "2025-01/2025-11", "level", "required", "period carried in the paragraph"))
d.Q("61만 명", 610000, "명", "명", C, bound="gt", note="넘었다 gives gt",
    f=("앱 회원 수", None, CO, "2025-01/2025-11", "level", "required", "period carried in the paragraph"))
BR = ("breakdown (지역별로는) of the lead's 급속충전기 in the paragraph before: the breakdown line keeps the metric of the figure before, "
      "but no figure stands before it in its paragraph (nearest metric across paragraphs: README question 1); regions are no subject")
d.Q("1,140기", 1140, "기", "기", C, f=("급속충전기", "급속충전기가", CO, Y, "level", "optional", BR))
d.Q("720기", 720, "기", "기", C, f=("급속충전기", "급속충전기가", CO, Y, "level", "optional", BR))
d.Q("310기", 310, "기", "기", C, f=("급속충전기", "급속충전기가", CO, Y, "level", "optional", BR))
d.Q("46곳", 46, "곳", "곳", C,
    f=("고속도로 휴게소 충전소", None, CO + ";한국도로공사", Y, "level", "required", "partner (B와 함께) joins the subject; story's period"))
d.Q("420억 원", 42000000000, W, "원", "currency", f=("매출", None, CO, Y, "level", "required", "story's organization and period"))
d.Q("2.1배", 2.1, "배", "배", C, f=("매출", None, CO, Y, "change", "required", "a multiple with a change word: a change"))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("영업손실", None, CO, Y, "level"))
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("시리즈C 투자", None, CO, "2025-10", "level", "required", "X 규모의 Y → Y; the counterparty SK스퀘어 is not the subject; 회사는"))
d.Q("5,000기", 5000, "기", "기", C,
    f=("급속충전기", "내년 급속충전기", CO, "2026", "level", "optional",
       "a target in the head's quote: the topic is a person's title (named subjects: empty?) or the company's: unclear"))
d.Q("140명", 140, "명", "명", C, f=("직원", None, CO, Y, "level", "required", "name before a member noun; story's period"))
d.Q("45%", 45, "%", "%", P, f=("개발 인력", None, CO, Y, "level", "required", "a member noun keeps the carried subject; share: the part named"))

# ---------------------------------------------------------------- 006 savings bank half-year (기사입력 stamp + outlet byline)
d = Doc("006_de532ed0af31abb5", "2025-08-28"); docs.append(d)
S = "SBI저축은행"
d.Oall(S, S)
d.O("매일경제", "매일경제", note="outlet in the byline")
d.O("OK저축은행", "OK저축은행")
d.O("웰컴저축은행", "웰컴저축은행")
d.O("한국투자저축은행", "한국투자저축은행")
d.O("저축은행중앙회", "저축은행중앙회")
d.O("중앙회", "저축은행중앙회", ctx="중앙회는", note="short form of the full name in the sentence before")
d.O("국제결제은행", "국제결제은행", aliases="BIS", st="optional",
    note="named only as the modifier of a standard (BIS 기준 자기자본비율): an organization name inside a longer non-organization name")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="SBI저축은행, 상반기", rel=True)
d.D("2025-08-28", "2025-08-28", "day", st="optional", note="publication stamp (기사입력)")
d.D("상반기", H1, "half", ctx="SBI저축은행은 상반기", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 같은 기간", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", "2024-H1", "half", ctx="지난해 같은 기간", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("28일", "2025-08-28", "day", rel=True, note="day of the report")
d.D("6월 말", "2025-06", "month", ctx="6월 말 기준 총여신", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis")
d.D("같은 기간", H1, "half", ctx="같은 기간 순손실", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("상반기", H1, "half", ctx="상반기 합산", rel=True)
d.D("다음 달 말", "2025-09", "month", mod="END", rel=True, note="…까지 (deadline, future)")
d.D("6월 말", "2025-06", "month", ctx="6월 말 국제결제은행", mod="END", rel=True)
d.Q("412억", 41200000000, W, "", "currency", ctx="순이익 412억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "순이익 412억…", S, H1, "level"))
d.Q("6%", 6, "%", "%", P, ctx="연체율 6%", approx=True, note="%대: 대 outside, approx",
    f=("연체율", "연체율 6%", S, H1, "level", "required", "headline part after the ellipsis; the story's period (the body lead's 상반기)"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("412억 원", 41200000000, W, "원", "currency", f=("당기순이익", None, S, H1, "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("당기순이익", None, S, H1, "change"))
J = "2025-06"
d.Q("12조 3,800억 원", 12380000000000, W, "원", "currency", f=("총여신", None, S, J, "level", "required", "6월 말 기준 (END)"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", f=("총여신", None, S, J, "change", "required", "지난해 말보다 = basis"))
d.Q("6.12%", 6.12, "%", "%", P, f=("연체율", "연체율은 6.12%", S, J, "level"))
d.Q("0.87%포인트", 0.87, PP, "%포인트", P, f=("연체율", "연체율은 6.12%", S, J, "change"))
d.Q("14.6%", 14.6, "%", "%", P, f=("부동산 프로젝트파이낸싱(PF) 대출 연체율", None, S, J, "level", "required", "subject and as-of date carried in the paragraph"))
d.Q("8.3%", 8.3, "%", "%", P, f=("고정이하여신비율", None, S, J, "level"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("대손충당금", None, S, H1, "level", "required", "a measure as topic: the carried subject stays; new paragraph: story's period"))
d.Q("5,620억 원", 562000000000, W, "원", "currency",
    f=("공급액", None, S, H1, "level", "required", "the topic is a measure (the product only narrows it): the bank's supply"))
d.Q("38%", 38, "%", "%", P, f=("공급액", None, S, H1, "level", "required", "a share of a whole measures the part named before it"))
d.Q("2위", 2, "위", "위", "ordinal")
SP = "같은 기간 (optional) and the lead's period both give 2025-H1"
d.Q("290억 원", 29000000000, W, "원", "currency", f=("순손실", "순손실 290억", "OK저축은행", H1, "level", "required", SP))
d.Q("155억 원", 15500000000, W, "원", "currency", f=("순이익", "62억 원의 순이익", "웰컴저축은행", H1, "level", "required", "각각: the first; " + SP))
d.Q("62억 원", 6200000000, W, "원", "currency", f=("순이익", "62억 원의 순이익", "한국투자저축은행", H1, "level", "required", "각각: the second; " + SP))
d.Q("79개", 79, "개", "개", C,
    f=("저축은행", "79개 저축은행", "", H1, "level", "required", "the cited body is the source; several banks not named: no subject"))
d.Q("3,800억 원", 380000000000, W, "원", "currency", ctx="순손실은 3,800억 원", f=("합산 순손실", None, "", H1, "level", "required", "several banks taken together: no subject"))
d.Q("120곳", 120, "곳", "곳", C,
    f=("부실 PF 사업장", None, "저축은행중앙회", "2025-09", "level", "required", "the body's own plan (중앙회는: its short form as topic); 다음 달 말까지"))
d.Q("13.4%", 13.4, "%", "%", P, f=("자기자본비율", None, S, J, "level", "required", "BIS 기준 = basis, outside; genitive owner"))
d.Q("8%", 8, "%", "%", P, ctx="기준(8%)",
    f=("규제 기준", None, "", "", "level", "optional", "a figure in brackets is the noun's (a regulatory floor): no owner and no time of its own, or the bank's as-of date: unclear"))

# ---------------------------------------------------------------- 007 national tax revenue release (Yonhap Sejong dateline; the year in a quoted title)
d = Doc("007_f69c6e295f7db18a", "2025-11-28"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("기획재정부", "기획재정부", note="the ministry releasing the statistic (its source)")
d.O("삼성전자", "삼성전자")
d.O("SK하이닉스", "SK하이닉스")
d.O("기재부", "기획재정부", note="short form, the full name earlier")
d.O("정부", "정부", ctx="정부는", st="optional", note="unnamed institution noun")
R = "2025-01/2025-10"
d.D("1~10월", R, "month", ctx="1~10월 국세 수입 311조", rel=True)
d.D("올해 1~10월", R, "month", rel=True, note="올해 before a month: one mention")
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("28일", "2025-11-28", "day", rel=True, note="day of the release (발표한)")
d.D("2025년 10월", "2025-10", "month", st="optional", note="inside the quoted title of a release: a DATE or part of a title: unclear")
d.D("10월", "2025-10", "month", ctx="10월 한 달", rel=True)
d.D("전년 동월", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해", "2025", "year", ctx="올해 세입", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future)")
d.D("다음 달 10일", "2025-12-10", "day", rel=True, note="future clause (발표한다)")
d.D("11월", "2025-11", "month", ctx="11월 국세수입", rel=True, note="the month the announced statistic covers")
NS = "a national statistic the ministry reports: no subject"
d.Q("311조", 311000000000000, W, "", "currency", ctx="국세 수입 311조…", st="optional", note="headline amount, currency implied",
    f=("국세 수입", "국세 수입 311조…", "", R, "level"))
d.Q("17조", 17000000000000, W, "", "currency", ctx="법인세 17조", st="optional", note="headline amount, currency implied",
    f=("법인세", "법인세 17조", "", R, "change"))
d.Q("311조 4천억 원", 311400000000000, W, "원", "currency", f=("국세 수입", "국세 수입이", "", R, "level", "required", NS))
d.Q("13조 2천억 원", 13200000000000, W, "원", "currency", f=("국세 수입", "국세 수입이", "", R, "change"))
d.Q("4.4%", 4.4, "%", "%", P, f=("국세 수입", "국세 수입이", "", R, "change", "required", "a rate with no metric of its own: the figure before"))
TX = "breakdown (세목별로는): a tax names its own measure (the revenue of that tax); the lead's period"
d.Q("79조 6천억 원", 79600000000000, W, "원", "currency", f=("법인세", "법인세가", "", R, "level", "required", TX))
d.Q("17조 1천억 원", 17100000000000, W, "원", "currency", f=("법인세", "법인세가", "", R, "change"))
d.Q("97조 8천억 원", 97800000000000, W, "원", "currency", f=("소득세", None, "", R, "level", "required", TX))
d.Q("2조 5천억 원", 2500000000000, W, "원", "currency", f=("소득세", None, "", R, "change"))
d.Q("68조 3천억 원", 68300000000000, W, "원", "currency", f=("부가가치세", None, "", R, "level", "required", TX))
d.Q("3조 1천억 원", 3100000000000, W, "원", "currency", f=("부가가치세", None, "", R, "change"))
d.Q("4조 2천억 원", 4200000000000, W, "원", "currency", f=("증권거래세", None, "", R, "level"))
d.Q("4조 1천억 원", 4100000000000, W, "원", "currency", f=("교육세", None, "", R, "level", "required", "각각: the k-th noun listed"))
d.Q("9조 7천억 원", 9700000000000, W, "원", "currency", f=("교통·에너지·환경세", None, "", R, "level", "required", "각각: the k-th noun listed"))
d.Q("한 달", 1, "month", "달", "duration", st="optional", note="10월 한 달 (the month of October): an amount of time restating the month; optional")
d.Q("39조 원", 39000000000000, W, "원", "currency", f=("국세 수입", "한 달 국세 수입", "", "2025-10", "level"))
d.Q("1조 8천억 원", 1800000000000, W, "원", "currency", f=("국세 수입", "한 달 국세 수입", "", "2025-10", "change"))
d.Q("81.3%", 81.3, "%", "%", P, f=("진도율", None, "", R, "level", "required", "story's period (new paragraph, no date of its own)"))
d.Q("5년", 5, "year", "년", "duration", ctx="최근 5년", note="최근 5년: an amount of time")
d.Q("85.6%", 85.6, "%", "%", P,
    f=("진도율", None, "", "", "level", "optional", "a figure in brackets after 평균 (the five-year average of the rate, the comparison's basis): metric 평균 or 진도율, no period: unclear"))
d.Q("4.3%포인트", 4.3, PP, "%포인트", P, f=("진도율", None, "", R, "change", "required", "a figure between …보다 and a comparative adjective: a change"))
d.Q("382조 4천억 원", 382400000000000, W, "원", "currency", f=("세입 예산", None, "", "2025", "level", "required", "the state's budget: the government is no ORG; no subject"))
d.Q("8조 원", 8000000000000, W, "원", "currency", approx=True, note="안팎 sets approx",
    f=("세수 결손", None, "", "2025", "level", "required", "Y 규모는 X → Y; an official's quote; 연말까지"))

# ---------------------------------------------------------------- 008 hotel chain quarterly (머니투데이 bracket byline, no stamp, no year anywhere)
d = Doc("008_b63e54b4e8f371bc", "2025-11-12"); docs.append(d)
HS = "호텔신라"
d.Oall(HS, HS)
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("신라스테이", "신라스테이", note="a hotel chain run by the company, introduced by 체인, owner (의) of a figure")
d.O("롯데호텔앤리조트", "롯데호텔앤리조트")
d.O("조선호텔앤리조트", "조선호텔앤리조트", note="peer of the named rival, topic with its figure")
HT = "a single hotel: a unit of the company or a site acting as an institution: unclear, optional"
d.O("제주신라호텔", "제주신라호텔", st="optional", note=HT)
d.O("서울신라호텔", "서울신라호텔", st="optional", note=HT)
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="호텔신라, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="호텔신라는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the report")
d.D("9월", "2025-09", "month", rel=True)
d.D("8월", "2025-08", "month", rel=True, note="a comparison's basis, still a DATE")
d.D("3분기", Q3, "quarter", ctx="롯데호텔앤리조트의 3분기", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("3분기", Q3, "quarter", ctx="전체 3분기", rel=True)
d.Q("87%", 87, "%", "%", P, f=("객실 점유율", "3분기 객실 점유율 87%", HS, Q3, "level", "required", "headline topic with a comma"))
d.Q("12%", 12, "%", "%", P, ctx="RevPAR 12%", f=("RevPAR", "RevPAR 12%", HS, Q3, "change", "required", "headline part after the ellipsis: the headline's organization"))
d.Q("87.4%", 87.4, "%", "%", P, f=("호텔 부문 객실 점유율", None, HS, Q3, "level", "required", "the alias (OCC) outside"))
d.Q("6.1%포인트", 6.1, PP, "%포인트", P, f=("호텔 부문 객실 점유율", None, HS, Q3, "change"))
d.Q("41만 2천 원", 412000, W, "원", "currency", f=("판매 가능 객실당 매출", None, HS, Q3, "level", "required", "객실당: a rate word without a number, part of the measure's name"))
d.Q("12%", 12, "%", "%", P, ctx="12% 상승했다", f=("판매 가능 객실당 매출", None, HS, Q3, "change"))
d.Q("47만 1천 원", 471000, W, "원", "currency", f=("평균 객실 요금", None, HS, Q3, "level"))
d.Q("한 달", 1, "month", "달", "duration", st="optional", note="9월 한 달 (the month of September): an amount of time restating the month; optional")
d.Q("2만 8,600명", 28600, "명", "명", C,
    f=("외국인 투숙객", None, HS, "2025-09", "level", "required", "new paragraph: the story's organization; 9월 (the relative clause before it says what happened in it)"))
d.Q("34%", 34, "%", "%", P, f=("외국인 투숙객", None, HS, "2025-09", "change", "required", "8월보다 = basis"))
d.Q("16곳", 16, "곳", "곳", C,
    f=("비즈니스호텔 체인", None, "신라스테이", Q3, "level", "optional",
       "a count between its noun and 의 counts the noun before it, here an organization (the chain's hotels): metric and subject unclear"))
d.Q("83%", 83, "%", "%", P, f=("평균 점유율", None, "신라스테이", Q3, "level", "required", "genitive owner; the story's period"))
d.Q("1,780억 원", 178000000000, W, "원", "currency",
    f=("호텔·레저 부문 매출", None, HS, Q3, "level", "optional",
       "a division's sales are the company's, but the subject carried from the sentence before is the genitive owner 신라스테이: unclear"))
d.Q("146억 원", 14600000000, W, "원", "currency", f=("영업이익", None, HS, Q3, "level", "optional", "as 1,780억 원"))
d.Q("79%", 79, "%", "%", P, f=("점유율", "3분기 점유율", "롯데호텔앤리조트", Q3, "level", "required", "genitive owner; 추산된다"))
d.Q("81%", 81, "%", "%", P, f=("점유율", "3분기 점유율", "조선호텔앤리조트", Q3, "level", "required", "A의 점유율은 X, B는 Y → the topic's"))
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("제주신라호텔 리뉴얼", None, HS, "2026", "level", "required", "spent on (들이다, a verb of spending): the purpose marked 에 right before"))
d.Q("429실", 429, "실", "실", C,
    f=("객실 수", None, HS, "2026", "level", "optional", "A에서 B로: the starting level is the present count; whether the plan's 내년 is its period is unclear"))
d.Q("380실", 380, "실", "실", C, f=("객실 수", None, HS, "2026", "level", "required", "the object right before a figure that sets it; 내년 of the plan"))
d.Q("8개월", 8, "month", "개월", "duration", approx=True, note="약: approx")
d.Q("464실", 464, "실", "실", C, f=("객실", None, "서울신라호텔", "", "level", "optional", "subject an optional ORG (a single hotel)"))
d.Q("52억 원", 5200000000, W, "원", "currency",
    f=("영업손실", None, HS, Q3, "level", "required", "a unit (면세 부문) owns nothing apart from its company; 같은 기간 (optional) and the lead both give 2025-Q3"))
d.Q("1조 50억 원", 1005000000000, W, "원", "currency", f=("매출", "3분기 매출은 1조", HS, Q3, "level", "required", "회사 전체 = the company (anaphor)"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "3분기 매출은 1조", HS, Q3, "change"))

# ---------------------------------------------------------------- 009 football club season recap (regional daily, byline only; the day only as 1일, no year)
d = Doc("009_de7855de40f0de7c", "2025-12-01"); docs.append(d)
DG = "대구FC"
d.Oall(DG, DG)
d.O("영남일보", "영남일보", note="regional daily in the byline")
d.O("K리그1", "K리그1", st="optional", note="a league: the competition (event) or its organization: unclear")
d.O("한국프로축구연맹", "한국프로축구연맹")
d.O("K리그", "K리그", ctx="K리그 전체", st="optional", note="a league: the competition or its organization: unclear")
d.O("FC서울", "FC서울")
d.O("울산HD", "울산HD")
d.O("대구", DG, ctx="대구 1만", note="a ranking whose first item is a named club: its items are peers (ORG); short form of 대구FC")
d.O("대구시", "대구시", note="a city that does what only its government does (budget)")
SE = "a season (올 시즌/지난 시즌): not among the guideline's periods; read as the year it is played: unclear, optional"
d.D("올 시즌", "2025", "year", rel=True, st="optional", note=SE)
d.D("지난 시즌", "2024", "year", rel=True, st="optional", note=SE)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the club's release")
d.D("내년", "2026", "year", ctx="내년 예산", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.D("3년 전", "2022", "year", rel=True, note="an offset: that year (a comparison's basis)")
S = "2025"
SO = "its only date is the optional 올 시즌 (the story's period)"
d.Q("21만 명", 210000, "명", "명", C, f=("홈 관중", None, DG, S, "level", "optional", "headline topic with a comma; " + SO))
d.Q("50억", 5000000000, W, "", "currency", ctx="첫 50억", bound="gt", st="optional", note="headline amount, currency implied; 돌파 gives gt",
    f=("입장 수입", "입장 수입 첫", DG, S, "level"))
d.Q("19경기", 19, "경기", "경기", C, ctx="홈 19경기",
    f=("", None, DG, S, "level", "optional", "a count whose counted noun is its own unit (경기): empty metric; " + SO))
d.Q("21만 5,650명", 215650, "명", "명", C, f=("누적 관중", None, DG, S, "level", "optional", SO))
d.Q("1만 1,350명", 11350, "명", "명", C, ctx="관중은 1만 1,350명", f=("경기당 평균 관중", None, DG, S, "level", "optional", SO))
d.Q("9,470명", 9470, "명", "명", C,
    f=("경기당 평균 관중", None, DG, "2024", "level", "optional", "a figure in brackets after a date: its period is 지난 시즌, an optional DATE"))
d.Q("19.9%", 19.9, "%", "%", P, f=("경기당 평균 관중", None, DG, S, "change", "optional", SO))
OWN = "the club's own report (own_reports) owns its figures; new paragraph: the story's period (" + SO + ")"
d.Q("52억 원", 5200000000, W, "원", "currency", f=("입장 수입", "입장 수입은", DG, S, "level", "optional", OWN))
d.Q("50억 원", 5000000000, W, "원", "currency", bound="gt", note="넘었고 gives gt", f=("입장 수입", "입장 수입은", DG, S, "level", "optional", OWN))
d.Q("21억 3천만 원", 2130000000, W, "원", "currency", f=("상품 판매액", None, DG, S, "level", "optional", OWN))
d.Q("8,400장", 8400, "장", "장", C, f=("시즌권", "시즌권은", DG, S, "level", "optional", OWN))
d.Q("19경기", 19, "경기", "경기", C, ctx="19경기 가운데", f=("", None, DG, S, "level", "optional", "self-named count: empty metric; " + SO))
d.Q("14경기", 14, "경기", "경기", C, f=("매진", "매진돼", DG, S, "level", "optional", "the subject of a verbal noun; " + SO))
d.Q("73.7%", 73.7, "%", "%", P, f=("매진율", None, DG, S, "level", "optional", SO))
LG = "the league's figure (K리그, an optional ORG) reported by the federation (its source); " + SO
d.Q("312만 명", 3120000, "명", "명", C, f=("K리그 전체 관중", None, "", S, "level", "optional", LG))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속: an amount of time")
d.Q("300만 명", 3000000, "명", "명", C, bound="gt", note="넘었다 gives gt", f=("K리그 전체 관중", None, "", S, "level", "optional", LG))
CL = ("breakdown (구단별로는) of clubs, each the subject of its figure (peers); the measure is the per-game average "
      "(경기당), not the breakdown-opening total before it; " + SO)
d.Q("2만 7,800명", 27800, "명", "명", C, f=("경기당 평균 관중", None, "FC서울", S, "level", "optional", CL))
d.Q("1만 7,200명", 17200, "명", "명", C, f=("경기당 평균 관중", None, "울산HD", S, "level", "optional", CL))
d.Q("1만 1,350명", 11350, "명", "명", C, ctx="대구 1만 1,350명", f=("경기당 평균 관중", None, DG, S, "level", "optional", CL))
d.Q("35억 원", 3500000000, W, "원", "currency",
    f=("경기장 좌석 증설 사업비", None, "대구시", "2026", "level", "required", "a measure noun governs the amount; 내년 예산"))
d.Q("1만 장", 10000, "장", "장", C,
    f=("시즌권", "시즌권 1만", DG, "2026", "level", "optional", "a target in the head's quote (named subjects: a person's title → empty?) or the club's: unclear"))
TK = "a price the club sets (its own); in a staff member's quote; " + SO
d.Q("4만 5천 원", 45000, W, "원", "currency", f=("평균 티켓 가격", None, DG, S, "level", "optional", TK))
d.Q("5천 원", 5000, W, "원", "currency", ctx="5천 원 올랐다", f=("평균 티켓 가격", None, DG, S, "change", "optional", TK))

# ---------------------------------------------------------------- 010 fishery cooperative year-end (press release, no date at all)
d = Doc("010_8afd1a5c324de7ec", "2025-12-15"); docs.append(d)
WD = "완도금일수협"
d.Oall(WD, WD)
d.O("수협", WD, ctx="수협은 내년", note="a word standing for the cooperative named before (its type word as topic)")
d.O("해양수산부", "해양수산부")
d.O("전라남도", "전라남도", note="a province acting with a ministry (B와 함께): its government")
d.O("수협중앙회", "수협중앙회", note="the cited body (its source)")
d.O("수협", WD, ctx="수협은 올해", note="as above")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 위판액 1,020억 원 돌파", rel=True)
d.D("올해", Y, "year", ctx="올해 위판액이", rel=True)
d.D("지난해", "2024", "year", rel=True)
d.D("내년 3월", "2026-03", "month", rel=True, note="…까지 (deadline, future)")
d.D("1~11월", "2025-01/2025-11", "month", rel=True)
d.D("올해", Y, "year", ctx="올해 조합원", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.Q("1,020억 원", 102000000000, W, "원", "currency", ctx="1,020억 원 돌파", bound="gt", note="돌파 gives gt",
    f=("위판액", "올해 위판액 1,020억 원 돌파", WD, Y, "level", "required", "headline topic with a comma"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", ctx="1,020억 원을 넘어", bound="gt", note="넘어 gives gt",
    f=("위판액", "위판액이", WD, Y, "level"))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="돌파 gives gt", f=("위판액", "위판액이", WD, Y, "level"))
d.Q("870억 원", 87000000000, W, "원", "currency",
    f=("위판액", "위판액이", WD, "2024", "level", "required", "a figure in brackets right after a date: that date is its period"))
d.Q("17%", 17, "%", "%", P, f=("위판액", "위판액이", WD, Y, "change", "required", "지난해보다 = basis; a rate with no metric: the figures before"))
BR = "breakdown (품목별로는): the items keep the metric of the figures before (위판액); a product is no subject; the story's period"
d.Q("620억 원", 62000000000, W, "원", "currency", f=("위판액", "위판액이", WD, Y, "level", "required", BR))
d.Q("280억 원", 28000000000, W, "원", "currency", f=("위판액", "위판액이", WD, Y, "level", "required", BR))
d.Q("74억 원", 7400000000, W, "원", "currency", f=("위판액", "위판액이", WD, Y, "level", "required", BR))
d.Q("2만 3,400t", 23400, "t", "t", M, f=("다시마 위판량", None, WD, Y, "level", "required", "a measure as topic (the product narrows it): subject carried"))
AU = "the average auction price at the cooperative: its own figure or a market price (no subject): unclear"
d.Q("3만 2천 원", 32000, W, "원", "currency", f=("평균 위판가", None, WD, Y, "level", "optional", AU + "; ㎏당 has no number"))
d.Q("8%", 8, "%", "%", P, f=("평균 위판가", None, WD, Y, "change", "optional", AU))
d.Q("1,180명", 1180, "명", "명", C, f=("조합원", None, WD, Y, "level", "required", "a member noun as topic keeps the carried subject; the story's period"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate (1인당)")
d.Q("8,640만 원", 86400000, W, "원", "currency", f=("평균 위판 대금", None, WD, Y, "level"))
d.Q("3,150㏊", 3150, "ha", "㏊", M,
    f=("다시마 양식 면적", None, "", Y, "level", "required", "a genitive place owns the figure (금일 해역의): no subject; the story's period"))
d.Q("48억 원", 4800000000, W, "원", "currency",
    f=("위판장 현대화", None, WD, "2026-03", "level", "required", "spent on: X에 … N원을 투입 → X (the funds' list is no metric); 수협은 = the cooperative; 내년 3월까지"))
d.Q("200곳", 200, "곳", "곳", C,
    f=("어가", None, WD + ";해양수산부;전라남도", "2026-03", "level", "optional",
       "partners (B와 함께) join the subject; whether the first clause's 내년 3월까지 dates the second clause is unclear"))
MB = ("the members' figure cited from 수협중앙회: its source (따르면, no subject) or its members' figure (Members: the body's): unclear")
d.Q("91개", 91, "개", "개", C, f=("회원조합", None, "", "2025-01/2025-11", "level", "optional", MB))
d.Q("4조 8,600억 원", 4860000000000, W, "원", "currency", f=("위판액", "1~11월 위판액", "", "2025-01/2025-11", "level", "optional", MB))
d.Q("2.1%", 2.1, "%", "%", P,
    f=("위판액", "1~11월 위판액", WD, "2025-01/2025-11", "level", "required", "a share of a whole with no part named: the whole; period carried in the paragraph"))
d.Q("42명", 42, "명", "명", C, f=("조합원 자녀", None, WD, Y, "level", "required", "a counter naming a kind counts the noun right before it"))
d.Q("6,300만 원", 63000000, W, "원", "currency", f=("장학금", None, WD, Y, "level"))
d.Q("60명", 60, "명", "명", C, f=("지원 대상", None, WD, "2026", "level", "required", "the object right before a figure that sets it; 내년에는"))

if __name__ == "__main__":
    write_all(docs)
