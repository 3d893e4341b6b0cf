"""Gold labels of articles-holdout40, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout40/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기, 전분기 … optional)"

# ---------------------------------------------------------------- 001 memory maker's quarterly results (연합뉴스 dateline, 2026년 1분기 in the lead)
d = Doc("001_38678d6844968491", "2026-04-23"); docs.append(d)
S = "세림반도체"
d.Oall(S, S, special={0: ("required", "invented maker; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("엔비디아", "엔비디아", note="the customer (에 공급): a company; 미국 (place) outside")
d.O("트렌드포스", "트렌드포스", note="market research firm cited as a source (에 따르면)")
d.O("마이크론", "마이크론", note="the foreign rival; 미국 (place) outside")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 영업익", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="a year before a quarter: one mention")
d.D("23일", "2026-04-23", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 6.8%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다 31.5%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기 대비 88.6%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 2.4%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 18%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("1분기", Q1, "quarter", ctx="1분기 PC용", rel=True)
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="같은 기간: optional (ANNOTATION), points back to 1분기")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", rel=True, note="a comparison's basis (지난해보다): still a DATE")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (오를 것): the next Q2")
d.Q("4.2조", 4200000000000, W, "", "currency", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("영업익", None, S, Q1, "level"))
d.Q("18조 3,400억 원", 18340000000000, W, "원", "currency", f=("매출", "매출 18조", S, Q1, "level", "required", "연결 기준 (basis) outside the metric"))
d.Q("4조 2,100억 원", 4210000000000, W, "원", "currency", f=("영업이익", "영업이익 4조", S, Q1, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", "매출은 전 분기", S, Q1, "change", "required", "comparison: the current period; 전 분기보다 = basis"))
d.Q("31.5%", 31.5, "%", "%", P, f=("매출", "매출은 전 분기", S, Q1, "change", "required", "listed after 6.8% with the same metric (매출은)"))
d.Q("88.6%", 88.6, "%", "%", P, f=("영업이익", "영업이익은 전년", S, Q1, "change"))
d.Q("23.0%", "23.0", "%", "%", P, note="value as written", f=("영업이익률", None, S, Q1, "level"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", None, S, Q1, "change"))
BR = ("breakdown (제품별로는): subject and period carried from the results story; a product is no subject")
d.Q("12조 6,000억 원", 12600000000000, W, "원", "currency", f=("D램 매출", None, S, Q1, "level", "required", BR + "; D램 changes what is measured, kept in the metric"))
d.Q("69%", 69, "%", "%", P, f=("D램 매출", None, S, Q1, "level", "required", "전체의 N%를 차지: the share of the clause's topic (D램 매출) in the whole"))
d.Q("5조 1,200억 원", 5120000000000, W, "원", "currency",
    f=("매출", "D램 매출이", S, Q1, "level", "required", BR + "; the item (낸드플래시) names no measure: the breakdown's measure 매출, written at its nearest mention"))
d.Q("18%", 18, "%", "%", P, f=("고대역폭메모리(HBM) 출하량", None, S, Q1, "change", "required", "subject carried (the company's shipments); 전 분기보다 = basis"))
d.Q("7.4달러", 7.4, U, "달러", "currency",
    f=("PC용 D램 범용제품 고정거래가격", None, "", Q1, "level", "required", "a market price: empty subject (FACTS: a market's figure); 1분기 in its clause; 평균 outside, no attribute"))
d.Q("3개월", 3, "month", "개월", "duration", note="3개월 새 (over three months): a duration, no fact")
d.Q("12%", 12, "%", "%", P, f=("PC용 D램 범용제품 고정거래가격", None, "", Q1, "change", "required", "same sentence as 7.4달러: the price's change; 1분기"))
d.Q("96억 달러", 9600000000, U, "달러", "currency",
    f=("매출", "같은 기간 매출", "마이크론", Q1, "level", "required", "the rival's own figure (마이크론은); 같은 기간 = 1분기 (the value of the optional DATE)"))
d.Q("13조 2,000억 원", 13200000000000, W, "원", "currency", approx=True, eq=("96억 달러",), note="conversion in brackets with 약",
    f=("매출", "같은 기간 매출", "마이크론", Q1, "level", "required", "a conversion: same slots as the converted amount"))
d.Q("19%", 19, "%", "%", P, f=("영업이익률", "영업이익률 19%", "마이크론", Q1, "level", "required", "listed with the rival's 매출: same subject and period"))
d.Q("25%", 25, "%", "%", P,
    f=("시설투자", None, S, "2026", "change", "required", "지난해보다 25% 많은 22조 원: a difference to a basis is a change; the current period is 올해"))
d.Q("22조 원", 22000000000000, W, "원", "currency", f=("시설투자", None, S, "2026", "level", "required", "planned level (늘리고): 올해 in the clause"))
d.Q("5~8%", 5, "%", "%", P, hi=8,
    f=("D램 가격", None, "", "2026-Q2", "change", "required",
       "an outlook quoted from the company's CFO about a market price: a market's figure has no subject; 2분기 in the clause; 오를 = a change"))

# ---------------------------------------------------------------- 002 department store group's year-end (뉴시스 dateline, no year anywhere)
d = Doc("002_6edeace98ae9146b", "2026-01-05"); docs.append(d)
HB, HA = "한빛백화점", "한빛아울렛"
ST = ("a store (branch) of the department store: a business unit or a site, not settled by the guideline: optional ORG "
      "(README question 1)")
d.Oall(HB, HB, special={0: ("required", "invented department store group; headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("강남점", "강남점", ctx="강남점 3조", st="optional", note=ST)
d.O("강남점", "강남점", ctx="강남점이 2조", st="optional", note=ST)
d.O("본점", "본점", st="optional", note=ST + "; 본점 is also a common noun (main store)")
d.O("센텀점", "센텀점", st="optional", note=ST + "; 부산 (place) outside")
d.Oall(HA, HA, special={0: ("required", "affiliate (계열사) that runs the outlet mall")})
d.O("여주 프리미엄 아울렛", "여주 프리미엄 아울렛", st="optional",
    note="the outlet mall run by 한빛아울렛: a site/store, optional as the stores (README question 1); 여주 kept: without it the name is generic")
d.O("대구점", "대구점", st="optional", note=ST)
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 매출 9조", rel=True)
d.D("지난해", Y, "year", ctx="한빛백화점이 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4일", "2026-01-04", "day", rel=True, note="day the figures were made public (공개했다): not a period")
d.D("작년", Y, "year", rel=True, note="a comparison's basis (작년과 같았다): still a DATE")
d.D("1년 전", Y, "year", rel=True, st="optional",
    note="offset from the document date (ANNOTATION: N년 전 → that year) gives 2025, but it is the basis of a 2025 figure, i.e. 2024: "
         "the guideline's letter and the meaning part (README question 2)")
d.D("지난해", Y, "year", ctx="아울렛은 지난해", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="연말 할인 행사: a generic sale, not a named event; the latest year-end (2025)")
d.D("12월", "2025-12", "month", rel=True, note="the latest December on or before the document date")
d.D("올해", "2026", "year", rel=True)
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("매출", "지난해 매출 9조", HB, Y, "level"))
SS = ("a store's sales: FACTS' subject is the company that earned the revenue; the store is where, the company (한빛백화점) "
      "earned it (README question 1)")
d.Q("3조 원", 3000000000000, W, "원", "currency", note="눈앞 (within reach) after it is no attribute word of the guideline: no bound, no approx",
    f=("매출", "지난해 매출 9조", HB, Y, "level", "required", "headline figure after the ellipsis: the headline's 매출 and 지난해; " + SS))
d.Q("16개", 16, "개", "개", C, f=("점포", "16개 점포", HB, Y, "level", "required", "the counted noun after the count; 지난해 in the clause"))
d.Q("9조 2,400억 원", 9240000000000, W, "원", "currency", f=("총매출", None, HB, Y, "level"))
d.Q("5.3%", 5.3, "%", "%", P, f=("총매출", None, HB, Y, "change", "required", "a sentence continuing the lead: subject, metric and period carried"))
BRS = "breakdown (점포별로는): the item names a store, no measure: the total's measure (총매출); story's period; " + SS
d.Q("2조 9,800억 원", 2980000000000, W, "원", "currency", f=("총매출", None, HB, Y, "level", "required", BRS))
d.Q("1조 8,600억 원", 1860000000000, W, "원", "currency", f=("총매출", None, HB, Y, "level", "required", "figure in brackets after a store; " + BRS))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency", f=("총매출", None, HB, Y, "level", "required", "figure in brackets after a store; " + BRS))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘는 → gt",
    f=("", None, HB, Y, "level", "optional", "a threshold inside a definition (연매출 1조 원이 넘는 점포): part of the next figure's metric, no fact of its own (FACTS: definitional ranges)"))
d.Q("3곳", 3, "곳", "곳", C,
    f=("연매출 1조 원이 넘는 점포", None, HB, Y, "level", "required", "definitional threshold kept in the metric; story's period (작년 is the basis)"))
d.Q("12.7%", 12.7, "%", "%", P, f=("명품 매출", None, HB, Y, "change", "required", "breakdown (상품군별로는): a category's 매출; subject and period carried"))
d.Q("38%", 38, "%", "%", P, f=("명품 매출", None, HB, Y, "level", "required", "전체의 N%를 차지: the share of the clause's topic (명품 매출)"))
BRC = "breakdown item naming a category only: the measure of the item before (매출 of 명품 매출); written value keeps no sign (줄었다 is the kind's business)"
d.Q("8.1%", 8.1, "%", "%", P, f=("매출", "명품 매출", HB, Y, "change", "required", BRC))
d.Q("6.4%", 6.4, "%", "%", P, f=("매출", "명품 매출", HB, Y, "change", "required", BRC))
d.Q("2.9%", 2.9, "%", "%", P, f=("매출", "명품 매출", HB, Y, "change", "required", BRC))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="an age bracket (20대~30대; 대 = decade of age) inside a definition: not clearly a number with a counter, optional")
d.Q("41%", 41, "%", "%", P, f=("20~30대 고객의 매출 비중", None, HB, Y, "level", "required", "definitional bracket kept in the metric; story's period"))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("20~30대 고객의 매출 비중", None, HB, Y, "change", "required", "1년 전보다 = basis; the current period"))
d.Q("4,350억 원", 435000000000, W, "원", "currency",
    f=("매출", "지난해 매출 4,350억", HA, Y, "level", "required", "the mall's sales earned by its operator (한빛아울렛이 운영하는): the company that earned the revenue; 지난해 in the clause"))
d.Q("1,020만 명", 10200000, "명", "명", C, f=("방문객", None, HA, Y, "level", "required", "listed with 매출: same subject and period"))
d.Q("한 달", 1, "month", "달", "duration", note="12월 한 달에만: an amount of time (duration), no fact")
d.Q("610억 원", 61000000000, W, "원", "currency", approx=True, note="어치 outside, approx (like 달러치)",
    f=("", None, HA, "2025-12", "level", "required", "팔았다 is a plain native verb: no noun names the amount (empty metric); 12월 in the clause"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("대구점 리뉴얼", None, HB, "2026", "level", "required",
       "X에 N원을 투입: the amount is what X costs, X is the metric; a spokesperson (관계자) speaks for the organization; 올해"))
d.Q("20%", 20, "%", "%", P, bound="min", note="이상 → min",
    f=("외국인 매출", None, HB, "2026", "change", "required", "a growth target (늘리겠다): change; 올해 of the sentence"))

# ---------------------------------------------------------------- 003 province's agriculture support (뉴스1 dateline, 2026년 in the lead)
d = Doc("003_f6e61af7dd40a5db", "2026-02-10"); docs.append(d)
GB, NH, RDA = "경상북도", "NH농협 경북본부", "경상북도농업기술원"
d.O("경북도", GB, ctx="경북도, 올해", note="short form of 경상북도 (a province acting as a government); headline topic with a comma")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(GB, GB, ctx="경상북도는 2026년", note="the province acting as a government (ANNOTATION: 서울시, 경기도)")
d.O(RDA, RDA, note="the province's agricultural research and extension institute")
d.O(NH, NH, note="regional headquarters of NH농협 (a named division); the region's name is part of its name")
d.O("경북도", GB, ctx="경북도지사", st="optional",
    note="fused with the title (경북도+지사): an organization before a person's title, but written as one word with it: optional")
d.D("올해", "2026", "year", ctx="올해 농업", rel=True)
d.D("2026년", "2026", "year")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", "2025", "year", ctx="지난해 본예산", rel=True, note="dates the basis figure in brackets")
d.D("현재", "2026-02-10", "day", rel=True, st="optional", note="현재: optional (ANNOTATION), takes the document date")
d.D("2028년", "2028", "year", note="2028년까지: 까지 outside")
d.D("지난해", "2025", "year", ctx="기술원은 지난해", rel=True)
d.D("지난해", "2025", "year", ctx="생산량은 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("이달 말", "2026-02", "month", mod="END", rel=True, note="이달 말까지 (까지 outside): a deadline this month")
d.D("올해", "2026", "year", ctx="올해 벼", rel=True)
d.D("2030년", "2030", "year")
d.Q("4,860억", 486000000000, W, "", "currency", ctx="4,860억 투입", st="optional", note="headline amount, currency implied",
    f=("농업", "농업에 4,860억", GB, "2026", "level"))
d.Q("300㏊", 300, "ha", "㏊", M,
    f=("스마트팜", "스마트팜 300", GB, "2026", "change", "optional",
       "headline figure: the body gives 1,140→1,440㏊ by 2028; does the headline's 올해 before the ellipsis date it, or the body's 2028? (README question 4)"))
d.Q("4,860억 원", 486000000000, W, "원", "currency",
    f=("농업 분야", None, GB, "2026", "level", "required", "X에 N원을 지원: the amount goes to X, X is the metric (as 투입 in 002); 2026년 in the clause"))
d.Q("4,410억 원", 441000000000, W, "원", "currency",
    f=("본예산", None, GB, "2025", "level", "required", "a figure alone in brackets right after a noun measures that noun; 지난해 before it dates it"))
d.Q("10.2%", 10.2, "%", "%", P,
    f=("농업 분야", None, GB, "2026", "change", "required", "본예산(…)보다 N% 늘어난 규모: the change of this year's support (the figure before); 규모 names nothing (FACTS)"))
PARTS = "the parts of the support budget (…로 짜였다): the sentence continues about the province's 2026 support; the funds' source is no subject"
d.Q("2,380억 원", 238000000000, W, "원", "currency", f=("국비", None, GB, "2026", "level", "required", PARTS))
d.Q("1,730억 원", 173000000000, W, "원", "currency", f=("도비", None, GB, "2026", "level", "required", PARTS))
d.Q("750억 원", 75000000000, W, "원", "currency", f=("시군비", None, GB, "2026", "level", "required", PARTS))
d.Q("16만 8천 호", 168000, "호", "호", C,
    f=("농가", "도내 농가", "", "", "level", "required",
       "도내 (in the province) marks a figure of the territory, like 국내: empty subject; no date, no earlier period for this metric: empty"))
d.Q("0.5㏊", 0.5, "ha", "㏊", M, bound="min", note="이상 → min",
    f=("경작 면적", None, "", "", "level", "optional", "a threshold inside a definition (…이 0.5㏊ 이상인 11만 2천 호): no fact of its own (FACTS: definitional)"))
d.Q("11만 2천 호", 112000, "호", "호", C,
    f=("농가", "도내 농가", GB, "2026", "level", "required",
       "the recipients of the province's allowance (…에 수당을 준다): the giver's program figure, as FACTS' donors; the counted noun (농가) given before; 2026 carried for the province"))
d.Q("60만 원", 600000, W, "원", "currency", bound="max", note="최대 → max",
    f=("수당", None, GB, "2026", "level", "required", "N원의 X → X; 농가당 (no number) is a rate word; 2026 carried"))
d.Q("1,250명", 1250, "명", "명", C, f=("청년 농업인", None, GB, "2026", "level", "required", "recipients of the province's grant; the noun right before the count"))
d.Q("110만 원", 1100000, W, "원", "currency", f=("정착지원금", None, GB, "2026", "level", "required", "월 … 씩: rate words; the object after the amount names it"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="최장 3년간: 간 outside (duration); 최장 (longest) read as 최대 → max")
d.Q("1,140㏊", 1140, "ha", "㏊", M,
    f=("스마트팜", "스마트팜은", GB, "2026-02-10", "level", "optional",
       "A에서 B로 with 현재 (an optional DATE: the document date) for the old level: period 2026-02-10, the story's 2026, or none? (README question 4)"))
d.Q("1,440㏊", 1440, "ha", "㏊", M,
    f=("스마트팜", "스마트팜은", GB, "2028", "level", "required",
       "the sentence continues about the province (dropped subject: the province expands them); 2028년까지 in the clause"))
d.Q("2,300곳", 2300, "곳", "곳", C, f=("사과 재배 농가", None, RDA, "2025", "level", "required", "the institute's program (보급해): the noun right before the count; 지난해"))
d.Q("15%", 15, "%", "%", P,
    f=("착과율", None, RDA, "2025", "change", "required", "the institute's reported result (기술원은 … 높였다): its clause's subject; 높였다 = change"))
d.Q("28만 4천t", 284000, "t", "t", M, f=("사과 생산량", None, "", "2025", "level", "required", "도내 사과 생산량: a figure of the territory (empty subject); 지난해"))
d.Q("9.6%", 9.6, "%", "%", P, f=("사과 생산량", None, "", "2025", "change", "required", "전년보다 = basis"))
d.Q("1만 2천 톤", 12000, "t", "톤", M,
    f=("양파", None, NH, "2026-02", "level", "required", "the object noun right before the amount (양파 … 톤을 수매); 이달 말까지 in the clause (value 2026-02, END)"))
d.Q("80㎏", 80, "kg", "㎏", M,
    f=("", None, "", "2026", "level", "optional", "a real amount that is the unit a price is quoted for (80㎏ 한 가마에 22만 원): no figure of its own; unclear, so optional"))
d.Q("한 가마", 1, "가마", "가마", C, st="optional", note="rate denominator (한 가마에 = per bag): optional (ANNOTATION: rate denominators)")
d.Q("22만 원", 220000, W, "원", "currency", bound="lt", note="아래로 (below) → lt, like 미만",
    f=("쌀값", None, "", "2026", "level", "required",
       "a market price: empty subject; the purpose clause has no date, the sentence's 올해 dates it (clause, then sentence)"))
d.Q("3,500㏊", 3500, "ha", "㏊", M,
    f=("벼 재배 면적", None, GB, "2026", "change", "required", "the governor speaks for the province (its plan: 줄이겠다 = change); 올해 in the clause"))
d.Q("6천만 원", 60000000, W, "원", "currency",
    f=("농가 소득", None, "", "2030", "level", "optional",
       "a target on farm households' income (가구당): households' figure (empty subject) or the province's target (경상북도)? (README question 5); 2030년까지"))

# ---------------------------------------------------------------- 004 securities firm and its asset manager (머니투데이 bracket byline, 2025년 in the lead)
d = Doc("004_845dc01d162b750c", "2026-02-05"); docs.append(d)
DW, FG, AM = "대원증권", "대원금융지주", "대원자산운용"
d.Oall(DW, DW, special={0: ("required", "invented securities firm; headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall(FG, FG, special={0: ("required", "the parent financial holding (genitive before 증권 자회사)")})
d.O(AM, AM, note="the asset-management subsidiary (자회사)")
d.O("대원", AM, ctx="'대원 글로벌", st="optional",
    note="an organization's name used only as the modifier inside a product name ('대원 글로벌반도체 펀드'): optional (ANNOTATION)")
d.O("지주", FG, ctx="지주는 이날", st="optional", note="지주 (the holding) standing for 대원금융지주: a common noun used as a short form, optional")
d.O("이사회", "이사회", st="optional", note="the holding's board, unnamed institution noun: optional (ANNOTATION)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 순이익", rel=True)
d.D("2025년", Y, "year")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("이날", "2026-02-05", "day", rel=True, st="optional", anchor="2026-02-05", note="이날 points back to 5일 (like 당일): optional")
d.Q("5,120억", 512000000000, W, "", "currency", ctx="5,120억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익", DW, Y, "level"))
d.Q("40조", 40000000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("AUM", "AUM 40조", AM, Y, "level"))
d.Q("5,120억 원", 512000000000, W, "원", "currency", f=("당기순이익", None, DW, Y, "level", "required", "연결 기준 outside the metric; 2025년 in the clause"))
d.Q("3,870억 원", 387000000000, W, "원", "currency",
    f=("당기순이익", None, DW, "2024", "level", "required", "a basis figure alone in brackets after 전년: the figure before's measure, period the year before (the value of the optional DATE)"))
d.Q("32.3%", 32.3, "%", "%", P, f=("당기순이익", None, DW, Y, "change", "required", "comparison: the current period"))
d.Q("6,940억 원", 694000000000, W, "원", "currency", f=("영업이익", None, DW, Y, "level"))
d.Q("1조 8,200억 원", 1820000000000, W, "원", "currency", f=("순영업수익", None, DW, Y, "level"))
BR = "breakdown (부문별로는): the item's own measure noun; the company and the story's period carried"
d.Q("4,630억 원", 463000000000, W, "원", "currency", f=("위탁매매 수수료", None, DW, Y, "level", "required", BR))
d.Q("41%", 41, "%", "%", P, f=("위탁매매 수수료", None, DW, Y, "change", "required", BR + "; 급증했고 = change"))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("기업금융(IB) 수수료", None, DW, Y, "level", "required", BR + "; the parenthesis is inside the noun phrase"))
d.Q("11.4%", 11.4, "%", "%", P, f=("자기자본이익률", None, DW, Y, "level", "required", "the alias (ROE) left out of the metric"))
d.Q("1.8%포인트", 1.8, PP, "%포인트", P, f=("자기자본이익률", None, DW, Y, "change"))
d.Q("6위", 6, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("41조 3천억 원", 41300000000000, W, "원", "currency",
    f=("운용자산", None, AM, Y, "level", "required", "genitive owner (대원자산운용의); 지난해 말 기준 (value 2025, END); the alias (AUM) outside"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): duration, no fact")
d.Q("6조 원", 6000000000000, W, "원", "currency", approx=True, note="가까이 (nearly) after the amount read as an approximator",
    f=("운용자산", None, AM, Y, "change", "required", "불었다 = change; subject and period of the sentence"))
PR = ("a fund is a product: a product's figure has an empty subject (FACTS); period: the results story's 2025 (연간 is no DATE)")
d.Q("58.2%", 58.2, "%", "%", P, f=("수익률", None, "", Y, "level", "required", PR))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("설정액", None, "", Y, "level", "required", PR + "; …으로 늘었다: the level reached"))
d.Q("9조 8천억 원", 9800000000000, W, "원", "currency",
    f=("상장지수펀드(ETF) 순자산", None, AM, Y, "level", "required",
       "the manager's ETF business (not one product): the paragraph's company carried; ETF changes what is measured"))
d.Q("4.1%", 4.1, "%", "%", P, f=("시장 점유율", None, AM, Y, "level"))
d.Q("37%", 37, "%", "%", P,
    f=("비은행 계열사의 순이익 기여도", None, FG, Y, "level", "optional",
       "the group's profit share of its non-bank affiliates: the holding's figure (written), or several organizations taken together and not all named (empty)? (README question 6)"))
d.Q("1주", 1, "주", "주", C, st="optional", note="the dummy 1 of a rate denominator (1주당): optional")
d.Q("1,100원", 1100, W, "원", "currency",
    f=("결산 배당", None, FG, Y, "level", "required", "N원의 X → X; 지주 = the holding; 이날 dates the decision (not a period): the story's 2025 (a year-end dividend)"))
d.Q("2,860억 원", 286000000000, W, "원", "currency", f=("배당금 총액", None, FG, Y, "level", "required", "continues about the dividend: subject and period carried"))

# ---------------------------------------------------------------- 005 national employment statistics (연합뉴스 dateline, no year anywhere)
d = Doc("005_a94618a0aefde6a8", "2026-03-11"); docs.append(d)
MOEL = "고용노동부"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("국가데이터처", "국가데이터처", note="the national statistics agency releasing the figures (its source)")
d.O(MOEL, MOEL, note="a ministry before 관계자: the official speaks for it")
M2 = "2026-02"
d.D("지난달", M2, "month", ctx="지난달 취업자 18만", rel=True, note="headline month")
d.D("지난달", M2, "month", ctx="지난달 취업자가", rel=True)
d.D("1년 전", "2025", "year", rel=True, note="offset from the document date (N년 전 → that year): 2025; a comparison's basis, still a DATE")
d.D("11일", "2026-03-11", "day", rel=True, note="day of the release (발표한): not a period")
d.D("2월", M2, "month", ctx="2월 고용동향", rel=True,
    note="the month a statistic covers, in the release's name (FACTS: '15일 발표한 3월 산업활동동향' → 3월); the latest February")
d.D("지난달", M2, "month", ctx="지난달 취업자 수", rel=True)
d.D("작년 같은 달", "2025-02", "month", rel=True, st="optional", anchor="2026-02-01",
    note="points back to 지난달 (like 전년 동월 / 지난해 같은 기간): one mention, optional")
d.D("지난해 7월", "2025-07", "month", rel=True, note="지난해 before a month: one mention")
d.D("상반기", "2026-H1", "half", ctx="상반기까지는", rel=True, note="future clause (계속될 것): this year's first half")
d.D("상반기", "2026-H1", "half", ctx="상반기에 집행", rel=True, note="future clause (집행하겠다)")
NS = "a national statistic (the agency is its source): empty subject; the story's month (지난달)"
d.Q("18만7천명", 187000, "명", "명", C, f=("취업자", "지난달 취업자 18만", "", M2, "change", "required", "headline: 늘어 = change; " + NS))
d.Q("8개월째", 8, "개월", "개월", "ordinal", ctx="8개월째", note="째 is an ordinal marker (ANNOTATION: 12회째): ordinal, no fact; 째 kept in the span like 제")
d.Q("20만 명", 200000, "명", "명", C, approx=True, note="가까이 (nearly) after the amount read as an approximator",
    f=("취업자", "지난달 취업자가", "", M2, "change", "required", "1년 전보다 = basis; " + NS))
d.Q("2,812만 4천 명", 28124000, "명", "명", C, f=("취업자 수", None, "", M2, "level", "required", NS))
d.Q("18만 7천 명", 187000, "명", "명", C, f=("취업자 수", None, "", M2, "change", "required", "작년 같은 달보다 = basis; " + NS))
d.Q("0.7%", 0.7, "%", "%", P, f=("취업자 수", None, "", M2, "change", "required", "the same change as a rate, in brackets; " + NS))
DEF = "an age threshold inside a definition (15세 이상 고용률): part of the metric, no fact of its own (FACTS: definitional ranges)"
d.Q("15세", 15, "세", "세", C, bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("61.8%", 61.8, "%", "%", P, f=("15세 이상 고용률", None, "", M2, "level", "required", "definitional age kept in the metric; " + NS))
d.Q("0.3%포인트", 0.3, PP, "%포인트", P, f=("15세 이상 고용률", None, "", M2, "change", "required", NS))
d.Q("3.4%", 3.4, "%", "%", P, f=("실업률", None, "", M2, "level", "required", NS))
d.Q("0.2%포인트", 0.2, PP, "%포인트", P, f=("실업률", None, "", M2, "change", "required", NS))
BRI = "breakdown (산업별로는): an industry names no measure: the measure of the item before (취업자); " + NS
d.Q("12만 1천 명", 121000, "명", "명", C, f=("보건업 및 사회복지서비스업 취업자", None, "", M2, "change", "required", "the industry changes what is measured; " + NS))
d.Q("7만 4천 명", 74000, "명", "명", C, f=("취업자", "서비스업 취업자가", "", M2, "change", "required", BRI))
d.Q("8개월", 8, "month", "개월", "duration", ctx="8개월 연속", note="8개월 연속 (eight months running): a duration, no fact")
d.Q("15만 2천 명", 152000, "명", "명", C, f=("취업자", "서비스업 취업자가", "", M2, "change", "required", BRI))
DEF2 = "an age threshold or bracket defining a group: no fact of its own (FACTS: definitional ranges)"
d.Q("60세", 60, "세", "세", C, bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF2))
d.Q("31만 5천 명", 315000, "명", "명", C, f=("60세 이상 취업자", None, "", M2, "change", "required", "breakdown (연령별로는); definitional age kept in the metric; " + NS))
d.Q("15∼29세", 15, "세", "세", C, hi=29, note="a range written with ∼ (U+223C): one mention", f=("", None, "", "", "level", "optional", DEF2))
d.Q("20만 8천 명", 208000, "명", "명", C,
    f=("취업자", "60세 이상 취업자가", "", M2, "change", "required", "breakdown (연령별로는): an age group names no measure: the item before's measure (취업자); " + NS))
d.Q("44.1%", 44.1, "%", "%", P, f=("청년층 고용률", None, "", M2, "level", "required", NS))
d.Q("1.5%p", 1.5, PP, "%p", P, f=("청년층 고용률", None, "", M2, "change", "required", NS))
d.Q("22개월째", 22, "개월", "개월", "ordinal", note="째: ordinal, no fact")
d.Q("44만 6천 명", 446000, "명", "명", C, f=("청년", "청년은 44만", "", M2, "level", "required", "the counted noun with its defining clause ('그냥 쉬었다'는); " + NS))
d.Q("2,870억 원", 287000000000, W, "원", "currency",
    f=("청년 일경험 사업 예산", None, MOEL, "2026-H1", "level", "optional",
       "the ministry's budget (its official speaks for it); period: the clause's 상반기 (written, by the search order) or the budget's year 2026? (README question 7)"))
d.Q("70%", 70, "%", "%", P,
    f=("청년 일경험 사업 예산", None, MOEL, "2026-H1", "level", "required", "X의 N% → X; 상반기에 in the clause; a plan of the ministry"))

# ---------------------------------------------------------------- 006 biotech startup's licensing deal (입력 stamp page, byline at the end)
d = Doc("006_625406abeb61a0c6", "2026-03-18"); docs.append(d)
NP, KS = "뉴로핀테라퓨틱스", "케스트렐 바이오사이언스"
d.Oall("뉴로핀", NP, skip=(1,), special={0: ("required", "short form of 뉴로핀테라퓨틱스 (named in full in the lead); headline topic with a comma")})
d.O(NP, NP, note="invented startup introduced by 바이오 스타트업")
d.Oall("케스트렐", KS, skip=(1,), special={0: ("required", "short form of the partner's name; 美 (place) outside")})
d.O(KS, KS, aliases="Kestrel Biosciences", note="the partner; the parenthesized English name is an alias, outside the span; 미국 outside")
d.O("나스닥", "나스닥", st="optional", note="a stock market (or its operator): ORG or market? optional")
d.O("한국투자파트너스", "한국투자파트너스", note="venture capital investor (에서 투자받았다)")
d.O("코스닥", "코스닥", st="optional", note="a stock market: ORG or market? optional")
d.O("매일경제", "매일경제", note="outlet in the byline line")
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp (the date; the clock time is not labelled)")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("이달", "2026-03", "month", rel=True, note="이달 안에 (안에 outside)")
d.D("지난해", "2025", "year", rel=True)
d.D("2023년", "2023", "year", note="year of founding (설립된)")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2019년", "2019", "year", note="year of founding (설립된)")
d.D("지금", "2026-03-18", "day", rel=True, st="optional", note="지금: optional (ANNOTATION), takes the document date; 까지 outside")
d.D("연내", "2026", "year", rel=True, note="연내 (within this year): a relative expression for the document's year, like 올해")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (청구할 계획): this year's second half")
NOP = "the deal's figures: no DATE attached (18일 dates the announcement only): empty period"
d.Q("7억 달러", 700000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("기술수출", None, NP, "", "level", "required", "headline: the deal's size; the verbal noun names it; " + NOP))
d.Q("7억 1,500만 달러", 715000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("계약", "총 계약 규모", NP, "", "level", "required", "the metric of a 규모 amount is the thing whose size it is (계약); the licensor, the sentence's carried subject; " + NOP))
d.Q("1조 400억 원", 1040000000000, W, "원", "currency", approx=True, bound="max", eq=("7억 1,500만 달러",),
    note="conversion with 약; 최대 written before the converted amount applies to both (as a bound after the parenthesis does)",
    f=("계약", "총 계약 규모", NP, "", "level", "required", "a conversion: same slots"))
d.Q("2,500만 달러", 25000000, U, "달러", "currency",
    f=("계약금", "계약금은", NP, "2026-03", "level", "required", "the receiver (the licensor) carried; 이달 in its clause (received this month)"))
d.Q("364억 원", 36400000000, W, "원", "currency", approx=True, eq=("2,500만 달러",), note="conversion with 약",
    f=("계약금", "계약금은", NP, "2026-03", "level", "required", "a conversion: same slots"))
d.Q("6억 9,000만 달러", 690000000, U, "달러", "currency",
    f=("마일스톤", None, NP, "", "level", "optional",
       "future milestones: no DATE of their own (empty written), but the letter of carry-forward gives the sentence before's 이달 for the same subject (README question 8)"))
d.Q("8~12%", 8, "%", "%", P, hi=12,
    f=("경상기술료", None, NP, "", "level", "optional",
       "a royalty rate on net sales: metric 경상기술료 (what the rate is) or 순매출 (X의 N%)?; future, no date, or the carried 이달? (README question 8)"))
d.Q("41억 원", 4100000000, W, "원", "currency",
    f=("매출", "지난해 매출", NP, "2025", "level", "required", "a figure alone in brackets right after a noun measures it; genitive owner (뉴로핀의); 지난해"))
d.Q("9배", 9, "배", "배", C, approx=True, note="9배에 가깝다 (close to): read as an approximator",
    f=("계약금", "계약금만으로", NP, "", "level", "optional", "a ratio of the upfront payment to last year's revenue: level or change, and which period? (README question 8)"))
d.Q("120여 명", 120, "명", "명", C, approx=True, note="여 inside the span, approx",
    f=("직원", None, KS, "", "level", "required",
       "a present headcount: 2023년 in the sentence dates the founding (설립된), not the figure, which has no DATE attached: empty"))
d.Q("3억 2,000만 달러", 320000000, U, "달러", "currency",
    f=("유치", "유치했다", KS, "", "level", "required",
       "funds raised so far (시리즈B까지): the verbal noun names it; 2023년 dates the founding only: empty period"))
d.Q("480억 원", 48000000000, W, "원", "currency",
    f=("투자", "투자받았다", NP, "2026-03-18", "level", "optional",
       "cumulative investment 지금까지 (an optional DATE: the document date, written), since the founding (2019), or no period? (README question 8)"))
d.Q("2종", 2, "종", "종", C,
    f=("후속 물질", None, NP, "2026", "level", "required", "the CEO's plan for the company; the noun right before the counter; 연내 in the clause"))
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note="임상 1상 (phase 1): the name of a trial stage; an ordinal or no quantity at all? optional")

if __name__ == "__main__":
    write_all(docs)
