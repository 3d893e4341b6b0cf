"""Gold labels of articles-holdout52, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: python annotation/articles_holdout52/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 telecom AI data-center investment (뉴스1 dateline)
d = Doc("001_a4ef4d96a0281323", "2026-03-10"); docs.append(d)
LG, AWS, PJ = "LG유플러스", "아마존웹서비스", "파주시"
d.Oall(LG, LG, special={0: ("required", "headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit, no quantity)")
d.O(PJ, PJ, ctx="10일 파주시에서", st="optional",
    note="a city's name as the place of the ceremony (에서): a place, not acting as a government; the name has the shape of the city government's (README question 7)")
d.O(AWS, AWS, aliases="AWS", note="cloud partner; (AWS) right after the name is an alias")
d.O("AWS", AWS, ctx="AWS는", note="later use of the alias: a mention of the same organization, canonical the full name")
d.O("유플러스인프라", "유플러스인프라", note="invented subsidiary introduced by 자회사")
d.O(PJ, PJ, ctx="파주시는 운영", note="the city acting as a government (signs an agreement)")
d.O(PJ, PJ, ctx="파주시 관계자", note="organization before 관계자")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.D("지금", "2026-03-10", "day", rel=True, st="optional", note="지금 takes the document date; optional (ANNOTATION)")
d.D("10일", "2026-03-10", "day", rel=True, note="day of the ceremony and the announcement")
d.D("2027년 하반기", "2027-H2", "half", note="year + half: one mention")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("현재", "2026-03-10", "day", rel=True, st="optional", note="현재 takes the document date; optional (ANNOTATION)")
d.D("2030년", "2030", "year")
d.Q("3조4천억", 3400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("투자", "억 투자", LG, "", "level"))
d.Q("2배", 2, "배", "배", C, ctx="2배로",
    f=("전력 용량", "전력 용량 2배로", LG, "", "change", "required",
       "N배로 (늘린다): a change of 전력 용량; the headline has no DATE and nothing before it: empty period"))
d.Q("3조 4,000억 원", 3400000000000, W, "원", "currency",
    f=("투자", "투자해", LG, "2028", "level", "required", "X에 N원을 투자해: the verbal noun names the amount (FACTS: a verbal noun serves); 2028년까지 in its clause"))
d.Q("2배", 2, "배", "배", C, ctx="2배인",
    f=("전력 용량", "전력 용량을", LG, "2028", "change", "required", "지금의 2배인 400MW로 늘린다: the ratio to now, a change; the sentence's 2028년까지"))
d.Q("400MW", 400, "MW", "MW", M, f=("전력 용량", "전력 용량을", LG, "2028", "level", "required", "the new level (…로 늘린다); 2028년까지 in the sentence"))
FAC = ("the facility (파주 센터) is the topic: a thing that is no ORG (empty subject, like a product) or the company's own center (LG유플러스)?; "
       "period: the sentence's 2027년 하반기 (attached to 가동) or the lead's 2028? (README question 1)")
d.Q("6만 2,000㎡", 62000, "㎡", "㎡", M, f=("부지", None, "", "2027-H2", "level", "optional", FAC))
d.Q("200MW", 200, "MW", "MW", M, f=("수전 용량", None, "", "2027-H2", "level", "optional", FAC))
d.Q("1단계", 1, "단계", "단계", "ordinal", note="1단계 가동 (phase one): an ordinal marker like 1차, no fact")
BRK = ("breakdown of 총사업비 (가운데) in a passive sentence (쓰인다) after the facility's sentence: whose (the company's, or the center's, no ORG) "
       "and when (the company's 2028, the sentence before's 2027년 하반기, or none)? (README question 1)")
d.Q("1조 9,000억 원", 1900000000000, W, "원", "currency", f=("총사업비", None, LG, "2028", "level", "optional", BRK))
d.Q("8,500억 원", 850000000000, W, "원", "currency", f=("총사업비", None, LG, "2028", "level", "optional", BRK))
d.Q("40%", 40, "%", "%", P,
    f=("전력 용량", "센터 전력 용량의", AWS, "", "level", "required",
       "X의 N%를 임차: the share of X the partner leases, its figure (AWS는 topic); no DATE for AWS anywhere (10년간 is a duration): empty"))
d.Q("10년", 10, "year", "년", "duration", note="10년간 (간 outside): duration, no fact")
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("데이터센터 사업 매출", None, LG, "2025", "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("데이터센터 사업 매출", None, LG, "2025", "change", "required", "전년보다 = basis"))
d.Q("7곳", 7, "곳", "곳", C,
    f=("센터", "센터를 운영", LG, "2026-03-10", "level", "required",
       "N곳에서 센터를 운영: the counted noun; 현재 (an optional DATE, the document date) is the as-of date in the clause"))
d.Q("1,200곳", 1200, "곳", "곳", C, bound="gt", note="넘는다 → gt",
    f=("고객사", "고객사는", LG, "2026-03-10", "level", "required", "the sentence continues about the company; 현재 in the sentence"))
d.Q("2,000곳", 2000, "곳", "곳", C,
    f=("고객사", "고객사를", LG, "2030", "level", "required", "회사는 = the company named before; a target level (…로 늘려); 2030년 in the sentence"))
d.Q("1조 원", 1000000000000, W, "원", "currency", f=("데이터센터 매출", "2030년 데이터센터 매출", LG, "2030", "level"))
AGR = ("inside a relative clause on an agreement between the city (topic) and the company (와): whose staff (LG유플러스, the hiring party, "
       "or the two parties 파주시;LG유플러스)? period: none of its own, but by the letter of carry-forward the company's last period (2030)? (README question 2)")
d.Q("300명", 300, "명", "명", C, f=("운영 인력", None, LG, "", "level", "optional", AGR))
d.Q("60%", 60, "%", "%", P, f=("운영 인력", None, LG, "", "level", "optional", AGR))
d.Q("120억 원", 12000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("지방세 수입", None, PJ, "", "change", "required",
       "the city's tax revenue (its official speaks for it); 늘어날: a change; 연간 is no DATE, no DATE set for the city: empty"))

# ---------------------------------------------------------------- 002 fisheries cooperative's auction totals (뉴시스 dateline, no year anywhere)
d = Doc("002_9e56ab57fa4fe4ab", "2026-01-07"); docs.append(d)
WD = "완도군수산업협동조합"
d.Oall("완도군수협", WD, skip=(1,), special={0: ("required", "short form of the full name of the lead; headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(WD, WD, aliases="완도군수협", note="full name; (완도군수협) right after it is an alias, not a mention; 전남 (place) outside")
d.O("수협중앙회", "수협중앙회", note="the central body whose tally ranks the cooperative")
d.O("완도군", "완도군", ctx="완도군은", note="a county acting as a government (supports, subsidises)")
Y = "2025"
d.D("지난해", Y, "year", ctx="완도군수협, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="의 지난해 위판액이", rel=True)
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("7일", "2026-01-07", "day", rel=True, note="day of the report (따르면)")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.1%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="N년 전 in a comparison with a figure of 지난해: points back from that period (2024), not from the document date (2025); treated like 전년 (README question 5)")
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday (optional): the Chuseok before the document date")
d.D("9월", "2025-09", "month", rel=True, note="the latest September on or before the document date")
d.D("올해", "2026", "year", ctx="완도군은 올해", rel=True)
d.D("올해", "2026", "year", ctx="\"올해는", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause")
d.Q("2,184억", 218400000000, W, "", "currency", ctx="2,184억…", st="optional", note="headline amount, currency implied",
    f=("위판액", "지난해 위판액 2,184억", WD, Y, "level"))
d.Q("2,184억 원", 218400000000, W, "원", "currency", f=("위판액", "지난해 위판액이", WD, Y, "level", "required", "genitive owner (…(완도군수협)의); 지난해 in the clause"))
d.Q("2,017억 원", 201700000000, W, "원", "currency",
    f=("위판액", "위판액이 2,184억", WD, "2024", "level", "required", "a figure alone in brackets after a date (전년) is the figure before's measure for that date"))
d.Q("8.3%", 8.3, "%", "%", P, f=("위판액", "위판액이 2,184억", WD, Y, "change", "required", "전년(…)보다 = basis; the sentence continues (…늘어난 것으로)"))
d.Q("3만 4,600t", 34600, "t", "t", M, f=("위판량", None, WD, Y, "level", "required", "the cooperative named just before (…에 따르면) reports its own auction: its figure"))
d.Q("2.1%", 2.1, "%", "%", P, f=("위판량", None, WD, Y, "change", "required", "줄었지만: a change; no sign written, value as written"))
BR = "breakdown (어종별로는): a species is no measure and no subject; the whole's measure (전체 위판액의) and the cooperative carried; the story's 지난해"
d.Q("1,136억 원", 113600000000, W, "원", "currency", f=("위판액", "전체 위판액의", WD, Y, "level", "required", BR))
d.Q("52%", 52, "%", "%", P, f=("위판액", "전체 위판액의", WD, Y, "level", "required", "X의 N% (the part is a species, not a measure): X; " + BR))
d.Q("21%", 21, "%", "%", P, f=("위판액", "전체 위판액의", WD, Y, "level", "required", "the list goes on: " + BR))
d.Q("12%", 12, "%", "%", P, f=("위판액", "전체 위판액의", WD, Y, "level", "required", "the list goes on: " + BR))
d.Q("8%", 8, "%", "%", P, f=("위판액", "전체 위판액의", WD, Y, "level", "required", "the list goes on: " + BR))
d.Q("3만 8,000원", 38000, W, "원", "currency",
    f=("전복 위판 단가", None, WD, Y, "level", "required",
       "㎏당 (no number) is a rate word; the price formed at the cooperative's own auctions, in its statistics paragraph: its subject carried"))
d.Q("11%", 11, "%", "%", P, f=("전복 위판 단가", None, WD, Y, "change", "required", "1년 전보다 = basis"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("위판액", "9월 위판액이", WD, "2025-09", "level", "required", "9월 in the clause; 추석 (optional) only describes the month"))
d.Q("91개", 91, "개", "개", C,
    f=("회원조합", None, "", Y, "level", "optional",
       "several organizations taken together, not named: empty subject (FACTS); period: none in the sentence; the story's 지난해 (the ranking is of last year's 위판액) or empty (no earlier 회원조합)? (README question 6)"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("3곳", 3, "곳", "곳", C,
    f=("수산물 산지가공시설", None, "완도군", "2026", "level", "required", "N곳에 … 지원: the counted noun before the counter; the county's support; 올해 in the clause"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("지원", "지원하고", "완도군", "2026", "level", "required", "X에 N원을 지원하고: the verbal noun names the amount"))
d.Q("2,870명", 2870, "명", "명", C, f=("어업인", None, "완도군", "2026", "level", "required", "the second clause keeps the county and 올해"))
d.Q("12억 원", 1200000000, W, "원", "currency", ctx="구입비 12억 원", f=("면세유 구입비", None, "완도군", "2026", "level", "required", "the noun right before the amount (the subsidy for it)"))
QT = "the cooperative head's quote (완도군수협 조합장): the cooperative's figure"
d.Q("2,300억 원", 230000000000, W, "원", "currency", bound="gt", note="넘기는 (것이 목표) → gt",
    f=("위판액", "위판액 2,300억", WD, "2026", "level", "required", "a target; 올해 in the clause; " + QT))
d.Q("1동", 1, "동", "동", C,
    f=("냉동창고", None, WD, "2026-03", "level", "optional",
       "a building added (추가로 준공): the level of what is built (1 warehouse) or a change of the cooperative's warehouses (+1)? (README question 6)"))
d.Q("4천t", 4000, "t", "t", M, note="4천t까지 늘리겠다: 까지 marks the level reached (a particle); no bound word of ANNOTATION (README question 6)",
    f=("보관 물량", None, WD, "2026-03", "level", "required", "the new level (…까지 늘리겠다); 오는 3월 of the sentence (the completion that raises it); " + QT))

# ---------------------------------------------------------------- 003 department store's December sales (머니투데이 bracket byline)
d = Doc("003_9d2aa910bd359f04", "2026-01-05"); docs.append(d)
DY, GR, LO, SS = "대양백화점", "대양유통그룹", "롯데백화점", "신세계백화점"
d.Oall(DY, DY, special={0: ("required", "headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall(GR, GR, special={0: ("required", "the group the store belongs to (계열)")})
d.O("판교점", "판교점", st="optional",
    note="a branch store named alone (the store's business unit, or a place?): a business unit may be a product or a division (ANNOTATION optional)")
d.O(LO, LO, note="a rival")
d.Oall(SS, SS)
M12 = "2025-12"
d.D("12월", M12, "month", ctx="대양백화점, 12월", rel=True, note="the latest December on or before the document date")
d.D("2025년 12월", M12, "month", note="year + month: one mention")
d.D("전년 동월", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to 2025년 12월")
d.D("5일", "2026-01-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", M12, "month", rel=True, st="optional", anchor="2025-12-01", note="points back to the story's month")
d.D("1년 전", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01",
    note="N년 전 in a comparison with a figure of the story's month: points back from that month, not from the document date; treated like 전년 동월 (README question 5)")
d.D("크리스마스", "2025-12-25", "day", rel=True, st="optional", note="holiday (optional)")
d.D("20~21일", "2025-12-20/2025-12-21", "day", rel=True, note="range of days: the latest 20th on or before the document date, the end day taking the start's month")
d.D("같은 달", M12, "month", rel=True, st="optional", anchor="2025-12-01", note="points back to the story's month")
d.D("올해", "2026", "year", rel=True)
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.Q("12.4%", 12.4, "%", "%", P, ctx="매출 12.4% 늘어", f=("매출", "12월 매출", DY, M12, "change", "required", "headline; 12월 in its clause"))
d.Q("40%", 40, "%", "%", P, ctx="첫 40%", bound="gt", note="돌파 → gt",
    f=("명품 비중", None, DY, M12, "level", "required", "headline after an ellipsis: the headline's organization and its 12월 (the ellipsis does not split the headline)"))
d.Q("한 달", 1, "month", "달", "duration", note="한 달간 (간 outside): duration, no fact")
d.Q("12.4%", 12.4, "%", "%", P, ctx="동월보다 12.4%", f=("매출", "전 점포 매출이", DY, M12, "change", "required", "전 점포 (all stores) is a scope, not a measure; 전년 동월보다 = basis"))
d.Q("6,820억 원", 682000000000, W, "원", "currency", f=("매출", "전체 매출은", DY, M12, "level", "required", "월간 기준 is a basis, not a DATE; the story's month carried"))
d.Q("2,790억 원", 279000000000, W, "원", "currency", f=("명품 매출", "이 가운데 명품 매출이", DY, M12, "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("41%", 41, "%", "%", P,
    f=("명품 매출", "이 가운데 명품 매출이", DY, M12, "level", "required", "N%를 차지: the share of the part named by its own measure noun (the whole is not written in the clause)"))
d.Q("40%", 40, "%", "%", P, ctx="처음으로 40%", bound="gt", note="넘었다 → gt",
    f=("명품 매출", "이 가운데 명품 매출이", DY, M12, "level", "required", "the same share passing a threshold: the same metric"))
d.Q("23.5%", 23.5, "%", "%", P,
    f=("명품 매출 증가율", "명품 매출 증가율은", DY, M12, "change", "required", "a rate of change named by 증가율: kind change (FACTS: a rate of change)"))
CAT = ("a category's figure alone in brackets (여성 패션(4.1%)) compared with the growth rate before: metric the category (the noun before the brackets) "
       "or the figure before's 증가율 (which names 명품)? (README question 3)")
d.Q("4.1%", 4.1, "%", "%", P, f=("여성 패션", None, DY, M12, "change", "optional", CAT))
d.Q("6.8%", 6.8, "%", "%", P, f=("식품", None, DY, M12, "change", "optional", CAT))
d.Q("1,240만 명", 12400000, "명", "명", C, f=("방문객", None, DY, M12, "level", "required", "같은 기간 (optional DATE) = the story's month"))
d.Q("87만 명", 870000, "명", "명", C, f=("방문객", None, DY, M12, "change", "required", "1년 전보다 = basis"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀 동안 (동안 outside): duration, no fact")
d.Q("112만 명", 1120000, "명", "명", C,
    f=("방문객", "같은 기간 방문객은", DY, "2025-12-20/2025-12-21", "level", "optional",
       "다녀갔다 is a plain verb and the sentence has no noun naming the count: the sentence before's 방문객 (a part of it), or an empty metric? (README question 3); 20~21일 in the clause"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", bound="gt", note="넘겼다 → gt",
    f=("매출", "월 매출 1,500억", "판교점", M12, "level", "optional", "the subject is a branch store, an optional ORG: the fact is optional (FACTS); 월 is a rate word"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", "같은 달 매출은", LO, M12, "change", "required", "genitive owner; 같은 달 (optional DATE) = the story's month"))
d.Q("10.2%", 10.2, "%", "%", P,
    f=("매출", "같은 달 매출은", SS, M12, "change", "required", "its own topic in the second clause: the measure and month of the figure before"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4,500억 원", 450000000000, W, "원", "currency",
    f=("투자", "투자해", GR, "2026", "level", "required", "X에 N원을 투자해: the verbal noun names the amount; 올해 in the clause"))
d.Q("2곳", 2, "곳", "곳", C, f=("점포", "점포 2곳", GR, "2026", "level", "required", "the counted noun before the counter; the sentence's 올해"))
d.Q("45%", 45, "%", "%", P,
    f=("명품 비중", "\"명품 비중", GR, "2027", "level", "optional",
       "a target in the quote of a group official (그룹 관계자): the group's (the speaker's organization) or the department store's (명품 비중 is the store's sales mix)? (README question 4); 2027년까지 in the clause"))

# ---------------------------------------------------------------- 004 pension fund's annual return and assets (연합뉴스 dateline, present year not written)
d = Doc("004_0bf224b60cd901ba", "2026-02-27"); docs.append(d)
NB, CM = "국민연금공단 기금운용본부", "기금운용위원회"
d.O("국민연금", "국민연금공단", ctx="국민연금 작년", st="optional",
    note="headline: the common short name, for the agency (국민연금공단) or for the pension scheme / its fund (no ORG)? (README question 8)")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(NB, NB, note="the agency's investment management body: the division's name (기금운용본부, a name many funds' bodies share) with its parent as part of it, one mention (README question 8)")
d.O(CM, CM, note="committee that sets the fund's targets")
d.O("보건복지부", "보건복지부", note="ministry before a person's title (장관)")
d.O("국민연금연구원", "국민연금연구원", note="research institute")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해 국민연금기금", rel=True)
d.D("27일", "2026-02-27", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01",
    note="N년 전 in a comparison with a figure as of 지난해 말: points back from it (end of 2024), not from the document date; treated like 전년 말 (README question 5)")
d.D("올해", "2026", "year", rel=True)
d.D("2029년", "2029", "year", note="2029년까지 (까지 outside)")
d.D("2041년", "2041", "year")
d.D("2056년", "2056", "year")
FUND = ("the fund (국민연금기금, a pool of assets, no ORG) is managed and reported by the body of the lead: its figure (README question 8)")
d.Q("11.2%", 11.2, "%", "%", P, ctx="11.2%…",
    f=("수익률", "작년 수익률", NB, Y, "level", "optional",
       "headline: its only organization word is 국민연금, an optional ORG (FACTS: such a subject makes the fact optional); written with the lead's body"))
d.Q("1,310조", 1310000000000000, W, "", "currency", ctx="1,310조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("적립금", "적립금 1,310조", NB, "", "level"))
d.Q("11.2%", 11.2, "%", "%", P, ctx="11.2%로", f=("운용수익률", None, NB, Y, "level", "required", FUND))
d.Q("133조 4,000억 원", 133400000000000, W, "원", "currency", f=("수익금", "수익금은", NB, Y, "level", "required", "연간 (최대) is no DATE; " + FUND))
d.Q("1,310조 2,000억 원", 1310200000000000, W, "원", "currency",
    f=("적립금", "기금 적립금은", NB, Y, "level", "required", "지난해 말 기준 (value 2025, END); 기금 names which reserve; " + FUND))
d.Q("97조 원", 97000000000000, W, "원", "currency", f=("적립금", "기금 적립금은", NB, Y, "change", "required", "1년 전보다 = basis"))
BR = "breakdown (자산별 …은 해외주식이 …, 국내채권 …): an asset class is no measure and no subject; the measure named in the topic; the story's 지난해"
d.Q("35.8%", 35.8, "%", "%", P, f=("비중", "자산별 비중은", NB, Y, "level", "required", BR))
d.Q("26.4%", 26.4, "%", "%", P, f=("비중", "자산별 비중은", NB, Y, "level", "required", BR))
d.Q("16.1%", 16.1, "%", "%", P, f=("비중", "자산별 비중은", NB, Y, "level", "required", BR))
d.Q("12.3%", 12.3, "%", "%", P, f=("비중", "자산별 비중은", NB, Y, "level", "required", BR))
d.Q("24.6%", 24.6, "%", "%", P, f=("수익률", "자산별 수익률은", NB, Y, "level", "required", BR))
d.Q("-2.3%", "-2.3", "%", "%", P, note="the sign written right before the number is kept",
    f=("수익률", "자산별 수익률은", NB, Y, "level", "required", "a negative return is the level of 수익률 (no change word); " + BR))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속 (two years running): an amount of time, duration, no fact")
d.Q("4.1%", 4.1, "%", "%", P, f=("수익률", "자산별 수익률은", NB, Y, "level", "required", BR))
d.Q("9.8%", 9.8, "%", "%", P, f=("수익률", "자산별 수익률은", NB, Y, "level", "required", BR))
d.Q("30%", 30, "%", "%", P, approx=True, note="약 → approx",
    f=("환차익", None, NB, Y, "level", "optional",
       "A가 X의 N%를 차지 where both A (환차익) and X (전체 수익금) are measure nouns: the part or the whole as metric? (README question 3)"))
d.Q("5.5%", 5.5, "%", "%", P,
    f=("목표 수익률", None, CM, "2026", "level", "required", "the committee sets it (기금운용위원회는 … 정하고): its figure; 올해 in the clause"))
d.Q("60%", 60, "%", "%", P, approx=True, note="안팎 → approx",
    f=("해외투자 비중", None, CM, "2029", "level", "required", "a target level (…로 높이기로); the committee carried; 2029년까지 in the clause"))
d.Q("1,780조 원", 1780000000000000, W, "원", "currency",
    f=("적립금", "\"적립금이", NB, "2041", "level", "optional",
       "a forecast of the fund's reserve in the quote of the ministry's head (보건복지부 장관): the fund's manager (written), the ministry (the quote's speaker), or none? (README question 8); 2041년 in the clause"))
d.Q("1%포인트", 1, PP, "%포인트", P,
    f=("수익률", "\"수익률을", NB, "", "change", "optional",
       "a hypothetical change (…올리면) in the same quote: whose, and no period (a condition) or the sentence's 2041? (README question 8)"))
d.Q("5년", 5, "year", "년", "duration", note="5년 늦출: an amount of time, duration, no fact")

# ---------------------------------------------------------------- 005 K-content OTT subscribers and content spending (byline at the end, no year anywhere)
d = Doc("005_679f04b06d33290d", "2026-04-03"); docs.append(d)
FL, SH, HN = "플릭온", "스튜디오해담", "한누리미디어"
d.Oall(FL, FL, special={0: ("required", "invented OTT platform, headline topic with a comma")})
d.Oall(SH, SH, special={0: ("required", "invented production company introduced by 제작사")})
d.O(HN, HN, note="invented parent company (모회사) of the platform")
d.O("아시아경제", "아시아경제", note="outlet in the byline line at the end")
M3 = "2026-03"
d.D("올해", "2026", "year", ctx="…올해", rel=True)
d.D("지난달 말", M3, "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025-03", "month", rel=True, st="optional", anchor="2026-03-01",
    note="N년 전 in a comparison with a figure as of 지난달 말: points back from that month, not from the document date (README question 5)")
d.D("3일", "2026-04-03", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 초", "2025", "year", mod="START", rel=True, note="the date of the old level (A에서)")
d.D("지난해", "2025", "year", ctx="플릭온이 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("올해", "2026", "year", ctx="플릭온은 올해", rel=True)
d.D("다음 달", "2026-05", "month", rel=True, note="다음 달부터 (부터 outside): the month after the document date")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지, a future clause: this year's end")
d.Q("620만", 6200000, "", "", C, ctx="620만 돌파", bound="gt", st="optional",
    note="headline count with its counter (명) only implied: no unit, like a headline amount whose currency is implied (optional); 돌파 → gt")
d.Q("4천억", 400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("콘텐츠", "…올해 콘텐츠", FL, "2026", "level"))
d.Q("620만 명", 6200000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("유료 가입자", "유료 가입자가 620만", FL, M3, "level", "optional",
       "a lead with no DATE: by the letter of carry-forward the headline's 올해 (set for 플릭온 after the ellipsis), or the next sentence's 지난달 말 of which it is the rounded figure (written)? FACTS searches only backward (README question 9)"))
d.Q("623만 명", 6230000, "명", "명", C, f=("유료 가입자", "유료 가입자가 623만", FL, M3, "level", "required", "지난달 말 기준 (value 2026-03, END)"))
d.Q("148만 명", 1480000, "명", "명", C, f=("유료 가입자", "유료 가입자가 623만", FL, M3, "change", "required", "1년 전보다 = basis"))
d.Q("31.2%", 31.2, "%", "%", P,
    f=("유료 가입자", "유료 가입자가 623만", FL, M3, "change", "required", "the same change as a rate, in brackets: its own row, not a conversion of units"))
d.Q("187만 명", 1870000, "명", "명", C, f=("해외 가입자", None, FL, M3, "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("30%", 30, "%", "%", P, f=("해외 가입자", None, FL, M3, "level", "required", "전체의 N%를 차지: 전체 names no measure; the part's measure noun (해외 가입자는)"))
d.Q("18%", 18, "%", "%", P, f=("해외 비중", None, FL, "2025", "level", "required", "A에서: the old level, dated by 지난해 초 in front of it (value 2025, START)"))
d.Q("12%포인트", 12, PP, "%포인트", P,
    f=("해외 비중", None, FL, M3, "change", "required", "a comparison's period is the current one, not the basis (지난해 초): the carried 지난달 말"))
d.Q("3,250억 원", 325000000000, W, "원", "currency",
    f=("콘텐츠 제작과 판권 구매에 쓴 돈", None, FL, "2025", "level", "required",
       "the noun phrase that names the amount, with its relative clause (like FACTS' 기부한 의료 물품 수량); 지난해 in the clause"))
d.Q("27%", 27, "%", "%", P, f=("콘텐츠 제작과 판권 구매에 쓴 돈", None, FL, "2025", "change", "required", "전년보다 … 많았다: a change; basis 전년"))
d.Q("4주", 4, "week", "주", "duration", note="4주 만에 (만에 outside): duration, no fact")
d.Q("830만 가구", 8300000, "가구", "가구", C, bound="gt", note="넘겼고 → gt",
    f=("시청 가구", None, "", "", "level", "required",
       "a drama (a product, no ORG) is the topic: empty subject (FACTS); no DATE (4주 만에 is a duration) and no earlier 시청 가구: empty period"))
d.Q("190여 개국", 190, "개국", "개국", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("서비스", "서비스됐다", "", "", "level", "required",
       "the counter holds the counted noun (countries) and no other noun names the figure: the verbal noun (서비스됐다); the drama's figure, no DATE"))
d.Q("42%", 42, "%", "%", P,
    f=("지분", None, HN, "", "level", "optional",
       "a stake in a relative clause (한누리미디어가 … 보유한): the holder's figure; period: none (a present stake) or the sentence's 지난해 of the main clause by the search order? (README question 9)"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("매출", "지난해 매출", SH, "2025", "level", "required", "the production company is the topic (스튜디오해담은 … 올렸다)"))
d.Q("4,000억 원", 400000000000, W, "원", "currency", f=("콘텐츠 투자", None, FL, "2026", "level", "required", "the new level (…로 늘리고); 올해 in the clause"))
d.Q("35%", 35, "%", "%", P,
    f=("해외 공동제작", None, FL, "2026", "level", "optional",
       "이 중 N%를 X에 배정: the purpose X (해외 공동제작, written) or the whole named before (콘텐츠 투자)? (README question 3)"))
d.Q("9,900원", 9900, W, "원", "currency",
    f=("구독료", None, FL, "", "level", "optional",
       "A에서 B로 with a date only for the change (다음 달부터): the old level is the present price: period empty, the document date, or the story's 지난달 말? (README question 9); 월 is a rate word"))
d.Q("1만 900원", 10900, W, "원", "currency", f=("구독료", None, FL, "2026-05", "level", "required", "the new level from 다음 달; 플릭온 carried"))
d.Q("1,000원", 1000, W, "원", "currency", f=("구독료", None, FL, "2026-05", "change", "required", "오른다: a change"))
d.Q("800만 명", 8000000, "명", "명", C,
    f=("가입자", "가입자 800만", FL, "2026", "level", "required", "a target in the quote of the platform's head (플릭온 대표): its figure; 연말까지 (value 2026, END)"))

# ---------------------------------------------------------------- 006 agricultural technology center's garlic yields (입력 stamp + byline line)
d = Doc("006_e8ff26c5fad89472", "2025-07-14"); docs.append(d)
UC, GB, ML = "의성군농업기술센터", "경상북도", "의성마늘연구소"
d.O("매일신문", "매일신문", note="outlet in the byline line")
d.Oall(UC, UC, special={0: ("required", "a county's agricultural technology center, reporting the area's statistics; 경북 (place) outside")})
d.O(GB, GB, note="the province acting as a government (allocates a budget)")
d.O("의성군", "의성군", ctx="의성군에", note="the county acting as a government (receives the province's budget)")
d.O("경북농업기술원", "경북농업기술원", note="the province's agricultural research institute, parent (산하) of the station; written only in this short form")
d.O(ML, ML, note="research station under the institute (산하)")
d.O("경북도", GB, note="short form of 경상북도 (named in full before), before 관계자")
d.O("마늘연구소", ML, ctx="\"마늘연구소", note="short form of 의성마늘연구소 (named in full before)")
Y = "2025"
d.D("2025.07.14", "2025-07-14", "day", st="optional", note="publication stamp")
d.D("09:30", "2025-07-14T09:30", "day", st="optional", note="clock time of the stamp (ANNOTATION: clock times optional at most)")
d.D("올해", Y, "year", ctx="센터는 올해", rel=True)
d.D("지난해", "2024", "year", rel=True, note="the date of the figure in brackets right after it")
d.D("14일", "2025-07-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("2023년", "2023", "year", note="2023년부터 (부터 outside): the start of the variety's distribution")
d.D("6월", "2025-06", "month", rel=True, note="the latest June on or before the document date")
d.D("1년 전", "2024-06", "month", rel=True, st="optional", anchor="2025-06-01",
    note="N년 전 in a comparison with a figure of 6월: points back from that month, not from the document date (README question 5)")
d.D("올해", Y, "year", ctx="경상북도는 올해", rel=True)
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
REG = "the area's production (의성 지역), reported by the center: a figure of a place, no ORG's: empty subject"
d.Q("2만8천t", 28000, "t", "t", M,
    f=("마늘 생산량", "의성 마늘 생산량", "", "", "level", "required", "headline; " + REG + "; no DATE in the headline and nothing before it: empty period"))
d.Q("1,200억", 120000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("소득", "농가 소득 1,200억", "", "", "level"))
d.Q("2만 8,400t", 28400, "t", "t", M, f=("마늘 생산량", "지역 마늘 생산량이", "", Y, "level", "required", REG + "; 올해 in the clause"))
d.Q("2만 5,100t", 25100, "t", "t", M,
    f=("마늘 생산량", "지역 마늘 생산량이", "", "2024", "level", "required", "a figure alone in brackets after a date (지난해(…)): the figure before's measure for that date"))
d.Q("13.1%", 13.1, "%", "%", P, f=("마늘 생산량", "지역 마늘 생산량이", "", Y, "change", "required", "지난해(…)보다 = basis"))
d.Q("4,860호", 4860, "호", "호", C, f=("재배 농가", None, "", Y, "level", "required", "호 counts households (farms); the story's 올해 carried for the area's statistics"))
d.Q("2,950㏊", 2950, "ha", "㏊", M, f=("재배 면적", "재배 면적은 2,950", "", Y, "level"))
RATE = "10a당 (per 10 ares): a rate denominator (ANNOTATION: rate denominators are optional)"
d.Q("10a", 10, "a", "a", M, ctx="10a당 생산량은", st="optional", note=RATE)
d.Q("1,380㎏", 1380, "kg", "㎏", M, f=("생산량", "10a당 생산량은", "", Y, "level", "required", "10a당 is the basis, outside the metric; the area's statistic, 올해 carried"))
d.Q("9%", 9, "%", "%", P, f=("생산량", "10a당 생산량은", "", Y, "change", "required", "평년보다 … 많았다: a difference from a basis, a change (평년 is no DATE)"))
VAR = ("a variety ('홍산', a product, no ORG) is the topic: empty subject; 2023년부터 dates the relative clause's 보급한 (the DATE the text attaches to "
       "the distribution), not the figure: the area's 올해 carried (README question 10)")
d.Q("480㏊", 480, "ha", "㏊", M, f=("재배 면적", "재배 면적이 480", "", Y, "level", "required", "the new level (…로 늘었고); " + VAR))
d.Q("10a", 10, "a", "a", M, ctx="10a당 생산량이", st="optional", note=RATE)
d.Q("1,620㎏", 1620, "kg", "㎏", M, f=("생산량", "10a당 생산량이", "", Y, "level", "required", VAR))
d.Q("17%", 17, "%", "%", P, f=("생산량", "10a당 생산량이", "", Y, "change", "required", "기존 품종보다 … 많았다: a difference, a change; " + VAR))
d.Q("1,236억 원", 123600000000, W, "원", "currency", f=("마늘 판매 소득", None, "", Y, "level", "required", "farmers' income (no ORG): empty subject; 올해 carried"))
d.Q("2,540만 원", 25400000, W, "원", "currency", approx=True, note="꼴 after the unit: a suffix, outside, approx",
    f=("마늘 판매 소득", None, "", Y, "level", "required", "농가당 평균 (a rate word with no number): the same income per farm"))
d.Q("5,200원", 5200, W, "원", "currency", f=("산지 가격", None, "", "2025-06", "level", "required", "a market price: nobody's; 6월 in the clause; ㎏당 is a rate word"))
d.Q("8%", 8, "%", "%", P, ctx="8% 내린", f=("산지 가격", None, "", "2025-06", "change", "required", "1년 전보다 = basis; 내린: a change, value as written"))
d.Q("4.6%", 4.6, "%", "%", P,
    f=("소득 증가율", None, "", Y, "change", "required",
       "a rate of change (증가율); 6월 dates the cause clause's 산지 가격 (…내린 탓에), not the income: the income's 올해 carried (README question 10)"))
d.Q("36억 원", 3600000000, W, "원", "currency", ctx="예산 36억 원",
    f=("마늘 기계화 장비 지원 예산", None, GB, Y, "level", "required", "the province allocates its budget (경상북도는 … 배정했다); the county is the recipient; 올해 in the clause"))
d.Q("300호", 300, "호", "호", C,
    f=("농가", "농가 300호", ML + ";" + UC, "2027", "level", "optional",
       "the station (topic) with a partner (와 함께) in the sentence's first clause: both (written) or the topic only? (README question 10); 2027년까지 in the clause"))
d.Q("40%", 40, "%", "%", P,
    f=("기계 수확 면적", None, GB, "2026-H1", "level", "required",
       "a target in the quote of the province's official (경북도 관계자): the province's; the partner of 협력해 is not a subject; 전체의 N%: 전체 names no measure; 내년 상반기 in the clause"))

if __name__ == "__main__":
    write_all(docs)
