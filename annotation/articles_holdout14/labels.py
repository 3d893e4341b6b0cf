"""Gold labels of articles-holdout14, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout14/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 furniture sector year-end recap (입력 stamp + outlet byline)
d = Doc("001_d16e80b254aeb663", "2025-12-29"); docs.append(d)
d.O("한국경제", "한국경제", note="outlet in the byline (media are ORG)")
d.O("금융감독원", "금융감독원", note="the source of the tally (따르면), not a subject")
d.Oall("한샘", "한샘")
d.O("리하우스", "리하우스", st="optional",
    note="리모델링 사업인 리하우스: a business line under a brand name; a unit ORG or a category is unclear")
d.O("현대리바트", "현대리바트")
d.O("에이스침대", "에이스침대")
d.O("나무결랩", "나무결랩", note="invented startup introduced by 스타트업")
d.O("브릭홈", "브릭홈", note="invented firm introduced by 업체")
R = "2025-Q1/2025-Q3"
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp")
d.D("올해", "2025", "year", ctx="올해 가구업계는", rel=True)
d.D("29일", "2025-12-29", "day", rel=True, note="day of the tally's report (따르면)")
d.D("1~3분기", R, "quarter", ctx="12곳의 1~3분기", rel=True, note="a range of quarters is one DATE")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1~3분기", R, "quarter", ctx="한샘은 1~3분기", rel=True)
d.D("같은 기간", R, "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~3분기")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 영업이익은 64억", rel=True)
d.D("1~3분기", R, "quarter", ctx="에이스침대는 1~3분기", rel=True)
d.D("지난 10월", "2025-10", "month", rel=True)
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="basis of the comparison (연초보다)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("12곳", 12, "곳", "곳", C,
    f=("상장 가구업체", None, "", R, "level", "optional",
       "a count between its noun and 의 counts the noun before it; its period (the 1~3분기 of the phrase it owns, or 올해 of the lead) is unclear"))
d.Q("3조 1,240억 원", 3124000000000, W, "원", "currency",
    f=("매출 합계", None, "", R, "level", "required", "누적 stays outside (basis of the period); 12 firms not named in full: no subject"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출 합계", None, "", R, "change"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("1조 3,820억 원", 1382000000000, W, "원", "currency", f=("매출", "1~3분기 매출 1조 3,820억", "한샘", R, "level"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("영업이익", "영업이익 210억", "한샘", R, "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("매출", "매출은 4.8%", "한샘", R, "change"))
BD = "breakdown (부문별로는): the items keep the metric 매출 and the company carried (a line of business is no subject)"
d.Q("5,970억 원", 597000000000, W, "원", "currency",
    f=("매출", "리하우스 매출이", "한샘", R, "level", "optional",
       BD + "; but 리하우스 is named after a copula (리모델링 사업인 리하우스), which would make it the subject if it is an ORG"))
d.Q("4,410억 원", 441000000000, W, "원", "currency", f=("매출", "리하우스 매출이", "한샘", R, "level", "required", BD))
d.Q("2,260억 원", 226000000000, W, "원", "currency", f=("매출", "리하우스 매출이", "한샘", R, "level", "required", BD))
d.Q("1조 1,050억 원", 1105000000000, W, "원", "currency",
    f=("매출", "같은 기간 매출은", "현대리바트", R, "level", "required",
       "new paragraph: its topic; 같은 기간 (optional) and the story's period both give the range"))
d.Q("2.1%", 2.1, "%", "%", P, f=("매출", "같은 기간 매출은", "현대리바트", R, "change"))
d.Q("38%", 38, "%", "%", P,
    f=("매출", "같은 기간 매출은", "현대리바트", R, "level", "required",
       "share taken by 차지하다 after 이 가운데 (part opener): the part (특판 부문) names no measure, so the whole's measure"))
d.Q("64억 원", 6400000000, W, "원", "currency", f=("영업이익", "3분기 영업이익은", "현대리바트", "2025-Q3", "level"))
d.Q("41%", 41, "%", "%", P, f=("영업이익", "3분기 영업이익은", "현대리바트", "2025-Q3", "change"))
d.Q("2,610억 원", 261000000000, W, "원", "currency", f=("매출", "매출 2,610억", "에이스침대", R, "level"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("영업이익", "영업이익 480억", "에이스침대", R, "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("영업이익률", None, "에이스침대", R, "level"))
d.Q("네 배", 4, "배", "배", C, note="수준: no approximator",
    f=("", None, "에이스침대", R, "level", "optional",
       "a multiple comparing two things has no metric; but the sentence's dropped subject is the 영업이익률 before it"))
d.Q("85억 원", 8500000000, W, "원", "currency",
    f=("시리즈B 투자", None, "나무결랩", "2025-10", "level", "required", "X 규모의 Y → Y; the startup raising it is the topic"))
d.Q("2만 3천 명", 23000, "명", "명", C,
    f=("구독 회원", None, "브릭홈", "2025-11", "level", "required", "genitive owner; 11월 말 기준 (END)"))
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 sets approx",
    f=("구독 회원", None, "브릭홈", "2025-11", "change", "required", "a multiple followed by a change word (늘었다): a change of the measure"))
d.Q("20%", 20, "%", "%", P, bound="gt",
    f=("아파트 입주 물량", None, "", "2026-H1", "change", "required", "a market's figure in a quote: no subject; 넘게 between figure and change word"))

# ---------------------------------------------------------------- 002 semiconductor materials maker's quarter (입력 stamp + outlet byline)
d = Doc("002_b7563ea63207bd35", "2025-11-13"); docs.append(d)
DJ = "동진쎄미켐"
d.Oall(DJ, DJ)
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O("케이엠포톤", "케이엠포톤", note="invented startup introduced by 스타트업")
d.O("솔브레인", "솔브레인", note="introduced by 경쟁사")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="동진쎄미켐, 3분기", rel=True)
d.D("2025.11.13", "2025-11-13", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="동진쎄미켐은 3분기", rel=True)
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 9.3%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("1~9월", "2025-01/2025-09", "month", rel=True)
d.D("연초", "2025", "year", mod="START", rel=True, note="dates the statement (제시한), not the target")
d.D("올해", "2025", "year", rel=True)
d.D("2027년", "2027", "year", note="2027년까지: 까지 outside")
d.D("이날", "2025-11-13", "day", rel=True, st="optional", anchor="2025-11-13", note="anaphoric day: 13일")
d.D("3분기", Q3, "quarter", ctx="솔브레인의 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기 대비 4.1%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="an outlook (이를 것으로 보고 있다): the coming Q4")
d.Q("412억", 41200000000, W, "", "currency", ctx="412억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, DJ, Q3, "level"))
d.Q("3,986억 원", 398600000000, W, "원", "currency", f=("매출", "매출 3,986억", DJ, Q3, "level", "required", "연결 기준 outside"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익 412억", DJ, Q3, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("매출", "매출은 전년", DJ, Q3, "change", "required", "clauses with topics and 각각"))
d.Q("27.5%", 27.5, "%", "%", P, f=("영업이익", "영업이익은 27.5%", DJ, Q3, "change"))
d.Q("10.3%", 10.3, "%", "%", P, f=("영업이익률", None, DJ, Q3, "level"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("영업이익률", None, DJ, Q3, "change"))
BD = "breakdown (사업별로는): the items keep the metric 매출 and the story's organization (a line of business is no subject)"
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "소재 매출이 2,140억", DJ, Q3, "level", "required", BD))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("매출", "소재 매출이 2,140억", DJ, Q3, "level", "required", BD))
d.Q("2차", 2, "차", "차", "ordinal", st="optional", f=None, note="inside the word 2차전지 (secondary battery): lexicalized")
d.Q("410억 원", 41000000000, W, "원", "currency", f=("매출", "소재 매출이 2,140억", DJ, Q3, "level", "required", BD))
d.Q("18%", 18, "%", "%", P,
    f=("포토레지스트 판매량", None, DJ, Q3, "change", "optional",
       "a product type's sales volume: the company's (product line) or a product's figure (no subject) is unclear"))
d.Q("1조 1,520억 원", 1152000000000, W, "원", "currency",
    f=("매출", "누적 매출은", DJ, "2025-01/2025-09", "level", "required", "new paragraph: the story's organization; 누적 outside"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency",
    f=("매출 목표", None, DJ, "2025", "level", "required", "a figure taken as something (목표로): that noun; 회사는 = 동진쎄미켐; 올해"))
PL = "a plan with a deadline (2027년까지) and no start: period 2027 or none is unclear"
d.Q("1,800억 원", 180000000000, W, "원", "currency",
    f=("평택 공장", None, DJ, "2027", "level", "optional", "spent on (X에 … 투입): X is the metric; " + PL))
d.Q("3만t", 30000, "t", "t", M,
    f=("고순도 식각액 라인", None, DJ, "2027", "level", "optional", "연산 N 규모의 Y → Y; " + PL))
AN = "이날 dates the announcement; the period carried in the paragraph is the plan's 2027, or the story's 3분기: unclear"
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="케이엠포톤에는 50억 원",
    f=("투자", "투자해", DJ, "", "level", "optional", "투자 is the verbal noun; the counterparty is no subject; " + AN))
d.Q("15%", 15, "%", "%", P, f=("지분", None, DJ, "", "level", "optional", "the holder is the subject; " + AN))
d.Q("590억 원", 59000000000, W, "원", "currency", f=("영업이익", "3분기 영업이익은 590억", "솔브레인", Q3, "level", "required", "genitive owner"))
d.Q("4.1%", 4.1, "%", "%", P, f=("영업이익", "3분기 영업이익은 590억", "솔브레인", Q3, "change"))
d.Q("450억 원", 45000000000, W, "원", "currency", approx=True, note="안팎 sets approx",
    f=("영업이익", "4분기 영업이익이", DJ, "2025-Q4", "level", "required", "an estimate of the company's figure (genitive owner); 증권가 is no ORG"))

# ---------------------------------------------------------------- 003 mobile carrier's MVNO unit, half year (Yonhap dateline, no year anywhere)
d = Doc("003_d25b29ff62d011a6", "2025-08-06"); docs.append(d)
KM = "KT엠모바일"
d.Oall(KM, KM)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("KT", "KT", ctx="KT의 알뜰폰", note="the parent, named in a genitive that says what KT엠모바일 is")
d.O("과학기술정보통신부", "과학기술정보통신부", note="source of the statistic (통계를 보면)")
d.O("LG헬로비전", "LG헬로비전", note="introduced by 경쟁사")
d.O("CU", "CU", note="a convenience-store chain named as the partner (편의점 CU와 손잡아)")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="KT엠모바일, 상반기", rel=True)
d.D("상반기 말", H1, "half", mod="END", rel=True, rng=False,
    note="as of (기준) the half's end; no guideline line gives the days of a half's END: taken as its last month (README)")
d.d[-1].update(range_start="2025-06-01", range_end="2025-06-30")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="basis of the comparison (지난해 말보다)")
d.D("상반기", H1, "half", ctx="KT엠모바일은 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("6일", "2025-08-06", "day", rel=True, note="day of the report (밝혔다)")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("전 분기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("같은 시점", "2025-06", "month", mod="END", rel=True, st="optional", anchor="2025-06-21", note="points back to 6월 말, like 같은 기간")
d.D("하반기", "2025-H2", "half", rel=True, note="a plan (계획): the coming half; 중 outside")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 in a target")
d.Q("112만 명", 1120000, "명", "명", C, f=("가입자", "상반기 가입자 112만", KM, H1, "level", "required", "headline topic with a comma"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("112만 4천 명", 1124000, "명", "명", C,
    f=("가입자", "KT엠모바일의 가입자가", KM, H1, "level", "required", "genitive owner; the parent KT only says what it is; 상반기 말 기준"))
d.Q("9만 6천 명", 96000, "명", "명", C,
    f=("가입자", "KT엠모바일의 가입자가", KM, H1, "change", "required", "늘어난 규모다: no noun of its own; the figure of the sentence before"))
BD = "breakdown (요금제별로는): 명 counts the subscribers, not the plan; the items keep 가입자 and the company carried"
d.Q("71만 명", 710000, "명", "명", C, f=("가입자", "KT엠모바일의 가입자가", KM, H1, "level", "required", BD))
d.Q("18만 5천 명", 185000, "명", "명", C, f=("가입자", "KT엠모바일의 가입자가", KM, H1, "level", "required", BD))
d.Q("1만 2천 명", 12000, "명", "명", C, f=("가입자", "KT엠모바일의 가입자가", KM, H1, "level", "required", BD))
d.Q("1,460억 원", 146000000000, W, "원", "currency", f=("매출", "상반기 매출이", KM, H1, "level"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "상반기 매출이", KM, H1, "change"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("영업이익", None, KM, H1, "level"))
d.Q("1만 4,200원", 14200, W, "원", "currency",
    f=("월평균 매출", None, KM, "2025-Q2", "level", "required", "가입자당 = rate denominator (no number); ARPU in brackets is its alias"))
d.Q("3.6%", 3.6, "%", "%", P, f=("월평균 매출", None, KM, "2025-Q2", "change"))
d.Q("968만 개", 9680000, "개", "개", C,
    f=("알뜰폰 회선", "국내 알뜰폰 회선", "", "2025-06", "level", "required", "a market's statistic from a ministry: no subject"))
d.Q("16.7%", 16.7, "%", "%", P,
    f=("알뜰폰 회선", "국내 알뜰폰 회선", "", "2025-06", "level", "required", "share taken by 차지하다: the part is the topic's measure"))
d.Q("84만 명", 840000, "명", "명", C,
    f=("알뜰폰 가입자", "LG헬로비전의 알뜰폰 가입자", "LG헬로비전", "2025-06", "level", "required",
       "genitive owner; 같은 시점 (optional) and the paragraph's 6월 말 both give 2025-06"))
d.Q("28만 명", 280000, "명", "명", C, approx=True, note="가량 sets approx",
    f=("알뜰폰 가입자", "LG헬로비전의 알뜰폰 가입자", "LG헬로비전", "2025-06", "change", "required",
       "a difference (KT엠모바일보다 … 적었다): a change; the compared company is the basis"))
d.Q("1만 원", 10000, W, "원", "currency", bound="max", note="이하 → max; 월 is a rate denominator (no number)",
    f=("5G 요금제", None, KM, "2025-H2", "level", "optional", "a price modifying the product it is of: metric 요금제 or none is unclear"))
d.Q("3종", 3, "종", "종", C, f=("5G 요금제", None, KM, "2025-H2", "level", "required", "회사는 = KT엠모바일; a plan: 하반기"))
d.Q("4천 곳", 4000, "곳", "곳", C,
    f=("유심 판매처", None, KM + ";CU", "2025-H2", "level", "required",
       "the object before a figure that sets it; the partner (CU와 손잡아) in the figure's clause joins the topic"))
d.Q("120만 명", 1200000, "명", "명", C, bound="min", note="이상 → min",
    f=("가입자", "가입자를 120만", KM, "2025", "level", "required", "target (목표다); 연말까지 (END)"))

# ---------------------------------------------------------------- 004 city public-bike operator's Jan–Oct tally (뉴시스 dateline, no year anywhere)
d = Doc("004_2ae2939ac32191a4", "2025-11-20"); docs.append(d)
GD = "대전시설관리공단"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(GD, GD)
d.Oall("타슈", "타슈", special={i: ("optional", "a public-bike service run by the 공단: a service run as a platform (ORG) or a program/product (not) is unclear")
                               for i in range(3)})
d.O("한빛리서치", "한빛리서치", note="invented pollster introduced by 리서치 업체")
d.O("대전시", "대전시", ctx="대전시는", note="a city acting as a government")
R = "2025-01/2025-10"
d.D("1~10월", R, "month", ctx="'타슈' 1~10월", rel=True)
d.D("올해 1~10월", R, "month", rel=True, note="올해 before a month: one mention")
d.D("20일", "2025-11-20", "day", rel=True, note="day of the report (발표하며 … 밝혔다)")
d.D("전년 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back (like 전년 동기)")
d.D("오전 7~9시", "XXXX-XX-XXT07:00/XXXX-XX-XXT09:00", "day", st="optional", note="clock times of a standing daily band: no calendar day")
d.D("올해", "2025", "year", ctx="올해 자전거", rel=True)
d.D("지난해", "2024", "year", rel=True, note="dates the compared figure only (지난해 2.6일보다)")
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="a plan (예정): the next half, next year's (내년 earlier in the sentence); 중 outside")
SO = ("the lead's figure is the service's (공단이 운영하는 … '타슈'의: an ORG as subject of a relative clause on a product leaves "
      "it without subject) unless 타슈 is an ORG; the story's organization is unclear")
d.Q("412만 건", 4120000, "건", "건", C, ctx="이용 412만 건…",
    f=("이용", "1~10월 이용 412만", "", R, "level", "optional", "headline; " + SO))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 1만 3천", st="optional", note="native day word as a rate denominator")
d.Q("1만 3천 건", 13000, "건", "건", C, approx=True, note="꼴 after the counter read as an approximator (outside)",
    f=("이용", "1~10월 이용 412만", "", R, "level", "optional", "headline; " + SO))
d.Q("412만 건", 4120000, "건", "건", C, ctx="건수가 412만 건",
    f=("이용 건수", None, "", R, "level", "optional", SO))
d.Q("29.6%", 29.6, "%", "%", P,
    f=("이용", "이용이 29.6%", GD, R, "change", "required", "공단은 = 대전시설관리공단 as topic of the report; the lead's period"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 이용은", st="optional", note="native day word as a rate denominator")
d.Q("1만 3,550건", 13550, "건", "건", C, f=("이용", "평균 이용은", GD, R, "level", "required", "subject carried in the paragraph"))
d.Q("1회", 1, "회", "회", C, st="optional", note="dummy 1 of a rate denominator")
d.Q("3.2㎞", 3.2, "km", "㎞", M, f=("이동 거리", None, GD, R, "level"))
BD = ("breakdown (대여소별로는) by places: the counts count the rentals of the figure before (이용); subject: the story's "
      "organization, which is unclear here (대전시설관리공단, 타슈 or none)")
d.Q("6만 8천 건", 68000, "건", "건", C, f=("이용", "평균 이용은", GD, R, "level", "optional", BD))
d.Q("5만 4천 건", 54000, "건", "건", C, f=("이용", "평균 이용은", GD, R, "level", "optional", BD))
d.Q("4만 9천 건", 49000, "건", "건", C, f=("이용", "평균 이용은", GD, R, "level", "optional", BD))
d.Q("31%", 31, "%", "%", P,
    f=("이용", "7~9시 이용이", GD, R, "level", "optional", "share by 차지하다: the part named (이용); subject as the breakdown's"))
d.Q("1,500대", 1500, "대", "대", C, f=("자전거", None, GD, "2025", "level", "required", "공단은 as topic; 올해"))
d.Q("7,500대", 7500, "대", "대", C,
    f=("자전거", "자전거 1,500대", GD, "2025", "level", "required", "no noun of its own (모두 … 운영 중): the counted noun before, same unit"))
d.Q("1,040곳", 1040, "곳", "곳", C, f=("대여소", "대여소도", GD, "2025", "level", "required", "the new level (…으로 늘렸다)"))
d.Q("1.8일", 1.8, "day", "일", "duration", note="an amount of time (걸리는 시간): a duration, no fact")
d.Q("2.6일", 2.6, "day", "일", "duration", note="an amount of time: a duration, no fact")
d.Q("1,200명", 1200, "명", "명", C,
    f=("시민", "9월 시민", "한빛리서치", "2025-09", "level", "required", "a pollster is the subject of its sample"))
d.Q("87.4%", 87.4, "%", "%", P,
    f=("응답자", None, "", "2025-09", "level", "required", "a survey's result after 결과: no subject; a rate right after a group with 의 is a share of it"))
d.Q("142억 원", 14200000000, W, "원", "currency",
    f=("타슈 운영 예산", None, "대전시", "2026", "level", "required", "a figure given as something (예산으로): that noun"))
d.Q("300대", 300, "대", "대", C, f=("전기자전거", None, "대전시", "2026-H1", "level", "required", "a plan (예정): its own date"))

# ---------------------------------------------------------------- 005 school-meal supplier's year (press release, no date at all)
d = Doc("005_ef206dbed7d28b94", "2026-01-15"); docs.append(d)
FR = "푸드렉스"
d.Oall(FR, FR, special={0: ("required", "invented firm introduced by 기업")})
d.O("나주배원예농협", "나주배원예농협", note="a cooperative the company buys from (the seller, not the subject)")
d.O("한국농수산식품유통공사", "한국농수산식품유통공사", aliases="aT", note="(aT) right after it: alias, not a mention")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 2,340개교", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 배", rel=True)
d.D("지난해", Y, "year", ctx="지난해 납품", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("2,340개교", 2340, "개교", "개교", C,
    f=("공급", "2,340개교에 공급", FR, Y, "level", "optional", "headline: a count whose unit names what it counts (schools); metric empty or the verbal noun after it"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", ctx="매출 4,870억 원\n",
    f=("매출", "…매출 4,870억", FR, Y, "level", "required", "headline's part after the ellipsis: the headline's organization and period"))
d.Q("2,340개", 2340, "개", "개", C, ctx="2,340개 초", f=("초·중·고교", None, FR, Y, "level", "required", "the counted noun after it"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", ctx="매출 4,870억 원을", f=("매출", "매출 4,870억 원을", FR, Y, "level"))
d.Q("180곳", 180, "곳", "곳", C, f=("거래 학교", None, FR, Y, "change"))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", "매출은 12.4%", FR, Y, "change"))
BD = "breakdown (품목별로는): the amounts keep 매출 (the figure before) and the company carried (a category is no subject)"
d.Q("1,950억 원", 195000000000, W, "원", "currency", f=("매출", "매출은 12.4%", FR, Y, "level", "required", BD))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("매출", "매출은 12.4%", FR, Y, "level", "required", BD))
d.Q("990억 원", 99000000000, W, "원", "currency", f=("매출", "매출은 12.4%", FR, Y, "level", "required", BD))
d.Q("510억 원", 51000000000, W, "원", "currency", f=("매출", "매출은 12.4%", FR, Y, "level", "required", BD))
d.Q("58%", 58, "%", "%", P, f=("친환경 인증 농산물 비중", None, FR, Y, "level"))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("친환경 인증 농산물 비중", None, FR, Y, "change"))
d.Q("42곳", 42, "곳", "곳", C,
    f=("산지 농협", None, FR, "", "level", "required", "what goes on (맺고 있다), no date of its own: no period"))
d.Q("1,100t", 1100, "t", "t", M, f=("배", "배 1,100t", FR, Y, "level", "required", "the cooperative (에서) is the seller"))
d.Q("1만 2천 회", 12000, "회", "회", C, f=("위생 점검", None, FR, Y, "level", "required", "회사는 = 푸드렉스; a count of times takes the object"))
d.Q("3년", 3, "year", "년", "duration", note="3년 연속: a duration")
d.Q("0건", 0, "건", "건", C, f=("식중독 사고", None, FR, Y, "level", "required", "the sentence's 지난해 carried"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator")
d.Q("300t", 300, "t", "t", M, f=("물류센터", None, FR, "2026", "level", "required", "N 규모의 Y → Y; 올해"))
d.Q("120명", 120, "명", "명", C,
    f=("직원", None, FR, "2026", "change", "optional", "120명 더 뽑아: the hires (a level) or the staff's increase (a change) is unclear"))
d.Q("5,500억 원", 550000000000, W, "원", "currency", f=("매출", "매출 5,500억", FR, "2026", "level", "required", "a target (목표다) with 올해"))

# ---------------------------------------------------------------- 006 ministry's local public enterprise statistics (Yonhap dateline, △ bullets)
d = Doc("006_89026efd489e4772", "2025-09-18"); docs.append(d)
MO = "행정안전부"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(MO, MO)
d.O("서울교통공사", "서울교통공사")
d.O("경기주택도시공사", "경기주택도시공사", aliases="GH", note="(GH) right after it: alias, not a mention")
d.O("인천도시공사", "인천도시공사")
d.O("행안부", MO, note="short form of 행정안전부")
Y = "2024"
d.D("지난해", Y, "year", ctx="지방공기업 지난해", rel=True)
d.D("지난해", Y, "year", ctx="지방공기업들이 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년보다", rel=True, st="optional", anchor="2024-01-01", note="points back")
d.D("18일", "2025-09-18", "day", rel=True, note="day of the release (발표했다)")
d.D("2024년", Y, "year", st="optional", note="a year inside a quoted release title: DATE or part of a title")
d.D("전년", "2023", "year", ctx="전년 대비 3,860억", rel=True, st="optional", anchor="2024-01-01", note="points back")
d.D("하반기", "2025-H2", "half", rel=True, note="a plan (계획); the document date lies in it; 중 outside")
NS = "a statistic of the local public enterprises taken together (not named): no subject"
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("순손실", "지난해 순손실", "", Y, "level"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", approx=True, note="원대: 대 outside, sets approx",
    f=("당기순손실", "원대의 당기순손실", "", Y, "level", "required", "an amount's range (원대) modifies the noun right after it; " + NS))
d.Q("413곳", 413, "곳", "곳", C,
    f=("지방공기업", "지방공기업 413곳", "", Y, "level", "required", "the counted noun right before it; the release's year carried"))
d.Q("1조 2,140억 원", 1214000000000, W, "원", "currency", f=("당기순손실", "△당기순손실", "", Y, "level", "required", NS))
d.Q("3,860억 원", 386000000000, W, "원", "currency", f=("당기순손실", "△당기순손실", "", Y, "change", "required", "bracketed change after its figure"))
d.Q("21조 4,600억 원", 21460000000000, W, "원", "currency", f=("매출액", None, "", Y, "level", "required", NS))
d.Q("2.7%", 2.7, "%", "%", P, f=("매출액", None, "", Y, "change"))
d.Q("57조 8천억 원", 57800000000000, W, "원", "currency", f=("부채 총액", None, "", Y, "level", "required", NS))
d.Q("1.9%", 1.9, "%", "%", P, f=("부채 총액", None, "", Y, "change"))
d.Q("33.1%", 33.1, "%", "%", P, f=("부채비율", None, "", Y, "level", "required", NS))
d.Q("0.6%포인트", 0.6, PP, "%포인트", P, f=("부채비율", None, "", Y, "change"))
d.Q("8만 1,200명", 81200, "명", "명", C, f=("정원", None, "", Y, "level", "required", NS))
d.Q("6곳", 6, "곳", "곳", C, f=("도시철도공사", None, "", Y, "level", "required", "a type of enterprise, not named: no subject"))
d.Q("1조 1,300억 원", 1130000000000, W, "원", "currency",
    f=("순손실", "6곳의 순손실", "", Y, "level", "required", "breakdown (유형별로는) by a type of enterprise: no organization named"))
d.Q("한 곳", 1, "곳", "곳", C, st="optional", note="한 + counter: 'one' or 'a' (emphatic) is unclear")
d.Q("7,240억 원", 724000000000, W, "원", "currency",
    f=("순손실", "곳의 순손실만", "서울교통공사", Y, "level", "required", "the organization before 한 곳의 owns the figure"))
d.Q("4,180억 원", 418000000000, W, "원", "currency", f=("순이익", None, "경기주택도시공사", Y, "level"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("1,050억 원", 105000000000, W, "원", "currency",
    f=("순이익", None, "인천도시공사", Y, "level", "required", "a ranking (뒤를 이었다): the measure named after the first item"))
d.Q("4.5%", 4.5, "%", "%", P, f=("적자", "적자가 4.5%", "", Y, "change", "required", "a line of business (상하수도 사업) is no organization"))
d.Q("3년", 3, "year", "년", "duration", note="3년 연속: a duration")
d.Q("27곳", 27, "곳", "곳", C,
    f=("공기업", "적자를 낸 공기업", MO, "2025-H2", "level", "optional",
       "a plan of 행안부 (Plans line: its subject) but it counts other enterprises the ministry reviews: unclear"))

if __name__ == "__main__":
    write_all(docs)
