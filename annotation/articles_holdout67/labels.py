"""Gold labels of articles-holdout67, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only. Run: python annotation/articles_holdout67/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 telecom operator's quarterly results (연합뉴스 dateline, 2026년 1분기 in the lead)
d = Doc("001_d38cb689d20aa73e", "2026-05-08"); docs.append(d)
KT, DS, SKT, LGU = "KT", "KT DS", "SK텔레콤", "LG유플러스"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
for s in [i for i in range(len(d.text)) if d.text.startswith("KT", i) and not d.text.startswith("KT DS", i)]:
    d.O(KT, KT, at=s)
d.O(DS, DS, note="the IT-services subsidiary (자회사); KT inside it is part of the name")
d.Oall(SKT, SKT)
d.Oall(LGU, LGU)
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="KT, 1분기", rel=True, note="headline quarter, the lead's 2026년 1분기")
d.D("2026년 1분기", Q1, "quarter", note="year and quarter: one mention")
d.D("8일", "2026-05-08", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="as of (기준)")
d.D("1분기", Q1, "quarter", ctx="1분기 가입자당", rel=True)
d.D("전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("같은 분기", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (…늘리겠다): the next Q2")
d.D("지난해 같은 기간", "2025-Q2", "quarter", rel=True, st="optional", anchor="2026-04-01", note="points back to 2분기; one mention")
d.Q("4.3조", 4300000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("서비스 매출", "1분기 서비스 매출", KT, Q1, "level"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("5G 가입자", "5G 가입자 1천만", KT, Q1, "level", "required", "headline: its own 1분기; the topic KT"))
d.Q("4조 3,210억 원", 4321000000000, W, "원", "currency", f=("서비스 매출", "연결 기준 서비스 매출", KT, Q1, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("서비스 매출", "연결 기준 서비스 매출", KT, Q1, "change", "required", "…늘어난 규모다: 규모 restates the figure before; change of 서비스 매출"))
d.Q("5,470억 원", 547000000000, W, "원", "currency", f=("영업이익", None, KT, Q1, "level"))
d.Q("12.1%", 12.1, "%", "%", P, f=("영업이익", None, KT, Q1, "change"))
d.Q("1,012만 명", 10120000, "명", "명", C, f=("5G 가입자", "5G 가입자가 3월", KT, "2026-03", "level", "required", "3월 말 기준 (END); 무선 부문 is a segment, the company carried"))
d.Q("78%", 78, "%", "%", P,
    f=("전체 휴대전화 가입자", None, KT, "2026-03", "level", "required", "X의 N%를 차지했다 → X (convention 4); as of 3월 말"))
d.Q("3만 4,150원", 34150, W, "원", "currency", f=("가입자당 평균 매출", None, KT, Q1, "level", "required", "가입자당 (no number) is a rate word, part of the metric"))
d.Q("320원", 320, W, "원", "currency", f=("가입자당 평균 매출", None, KT, Q1, "change", "required", "전 분기보다 = basis; 올랐다"))
d.Q("1,860억 원", 186000000000, W, "원", "currency",
    f=("매출", "KT DS는 매출", DS, Q1, "level", "required", "the subsidiary's own topic; the story's quarter"))
d.Q("9.4%", 9.4, "%", "%", P, f=("매출", "KT DS는 매출", DS, Q1, "change"))
d.Q("40건", 40, "건", "건", C, bound="gt", note="넘게 → gt",
    f=("공공 클라우드 전환 사업", None, DS, Q1, "level", "required", "the object counted; the subsidiary's sentence continued (덕이다)"))
d.Q("4조 5,100억 원", 4510000000000, W, "원", "currency", f=("서비스 매출", "같은 분기 서비스 매출", SKT, Q1, "level", "required", "같은 분기 → the lead's quarter"))
d.Q("3조 5,900억 원", 3590000000000, W, "원", "currency",
    f=("서비스 매출", "같은 분기 서비스 매출", LGU, Q1, "level", "required", "각각: the metric of the pair's first figure"))
d.Q("1,680만 명", 16800000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK", SKT, Q1, "level", "required", "the rival's last period (같은 분기) carried"))
d.Q("790만 명", 7900000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK", LGU, Q1, "level"))
d.Q("3사", 3, "사", "사", C, st="optional", note="통신 3사: a lexicalized label for the three carriers; 사 as a counter of companies is unsettled")
d.Q("3,482만 명", 34820000, "명", "명", C,
    f=("5G 가입자", "3사의 5G 가입자", KT + ";" + SKT + ";" + LGU, Q1, "level", "required",
       "a group the text names in full (통신 3사 = KT and the two rivals named): all three as subject; a sum frame (합치면)"))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("데이터센터 매출", None, KT, "2026-Q2", "change", "required", "a spokesperson speaks for the organization (KT 관계자); 2분기에는 in the clause; 늘리겠다"))

# ---------------------------------------------------------------- 002 accelerator's demo day (뉴시스 dateline, no year anywhere)
d = Doc("002_ba5ddeed29591e91", "2025-11-14"); docs.append(d)
SS = "씨앗파트너스"
d.Oall(SS, SS, special={0: ("required", "headline topic before a comma; 데모데이 after it is a common noun, not an event name")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("로보하버", "로보하버", note="invented startup introduced by 스타트업")
d.O("블루셀랩", "블루셀랩", note="invented company introduced by 기업")
d.O("펫로직", "펫로직", note="invented company introduced by 업체")
d.Oall("창업진흥원", "창업진흥원", special={0: ("required", "state-run startup agency, sponsor (과 … 공동 후원)")})
d.Oall("IBK기업은행", "IBK기업은행")
DAY = "2025-11-12"
d.D("지난 12일", DAY, "day", rel=True, note="the day the demo day was held (연)")
d.D("14일", "2025-11-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("다음 달", "2025-12", "month", rel=True, note="부터 outside; future")
d.D("지금", "2025-11-14", "day", rel=True, st="optional", note="지금 is optional and takes the document date; 까지 outside")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
DD = ("the demo day's figures are the participating companies' taken together, not named: empty subject "
      "(the accelerator only ran the event and reports them; README question 2)")
d.Q("24곳", 24, "곳", "곳", C, ctx="스타트업 24곳",
    f=("스타트업", "스타트업 24곳", "", "", "level", "required", "headline with no date of its own: empty period; " + DD))
d.Q("312억", 31200000000, W, "", "currency", ctx="유치 312억", st="optional", note="headline amount, currency implied",
    f=("투자 유치", None, "", "", "level"))
d.Q("24곳", 24, "곳", "곳", C, ctx="기업 24곳이",
    f=("참여 기업", "참여 기업 24곳", "", DAY, "level", "required", "지난 12일 dates the event in the clause; " + DD))
d.Q("312억 원", 31200000000, W, "원", "currency",
    f=("투자", "원의 투자를", "", DAY, "level", "required", "N원의 투자 → 투자 (the noun after 의); " + DD))
d.Q("187억 원", 18700000000, W, "원", "currency",
    f=("투자", "원의 투자를", "", "2024", "level", "optional",
       "a figure alone in brackets after 지난해 데모데이: that event's investment (period 2024), but the noun before it is only the event "
       "(데모데이): metric 투자 carried or 데모데이? (README question 3)"))
d.Q("67%", 67, "%", "%", P,
    f=("투자", "원의 투자를", "", DAY, "change", "required", "…늘어난 금액이다: 금액 restates the figure before; basis 지난해 데모데이"))
d.Q("1년", 1, "year", "년", "duration", note="지난 1년간: 간 outside, a duration (no DATE, no fact)")
d.Q("460명", 460, "명", "명", C,
    f=("고용", "새로 고용", "", "", "level", "required",
       "고용했다 → the verbal noun; the participating companies together, not named: empty; 지난 1년간 is a duration, no DATE: empty period"))
d.Q("19명", 19, "명", "명", C, approx=True, note="꼴 after the counter: a suffix outside the span, sets approx (as 원대/달러치)",
    f=("기업당 평균", None, "", "", "level", "required", "기업당 (no number) a rate word; the sentence continues the 고용 figure"))
d.Q("45억 원", 4500000000, W, "원", "currency",
    f=("투자", "많은 투자를", "로보하버", DAY, "level", "required",
       "가장 많은 투자를 받은 곳은 X로, N원을 유치했다: X's figure; the story's demo day carried (same metric)"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("투자", "많은 투자를", "블루셀랩", DAY, "level", "required", "the list continues (이어)"))
d.Q("27억 원", 2700000000, W, "원", "currency", f=("투자", "많은 투자를", "펫로직", DAY, "level"))
d.Q("10곳", 10, "곳", "곳", C,
    f=("참여 기업", "참여 기업 가운데", "창업진흥원", "", "level", "required",
       "the agency's support (지원한다): its figure; a plan with no date of its own and none set before for the agency: empty"))
d.Q("1억 원", 100000000, W, "원", "currency", bound="max", note="최대 → max; 각각 before it is a distributive word",
    f=("사업화 자금", None, "창업진흥원", "", "level"))
d.Q("200억 원", 20000000000, W, "원", "currency", ctx="200억 원 규모",
    f=("전용 펀드", None, "IBK기업은행", "2025-12", "level", "required",
       "X 규모의 Y → Y; no DATE in its clause, the sentence's 다음 달 (search order clause → sentence)"))
d.Q("152곳", 152, "곳", "곳", C,
    f=("스타트업", "스타트업 152곳", SS, "2025-11-14", "level", "optional",
       "설립 이후 지금까지: a cumulative count up to now; is the optional 지금 (the document date) its period, or none? (README question 4)"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("누적 기업가치", None, "", "2025-11-14", "level", "optional",
       "이들 기업 = the 152 startups, not named: empty subject; period as 152곳 (README question 4)"))
d.Q("200곳", 200, "곳", "곳", C, ctx="200곳으로",
    f=("투자 기업", None, SS, "2026-H1", "level", "required", "the head's quote: the company's target; 내년 상반기까지 in the clause; the level to reach"))

# ---------------------------------------------------------------- 003 a province's farm exports (뉴스1 dateline, no year anywhere)
d = Doc("003_98410fdbebf16b75", "2026-01-12"); docs.append(d)
GB, CTR, COOP = "경상북도", "경북농산물수출진흥센터", "경북사과수출협동조합"
PROV = ("the province as the region whose exports they are, not acting as a government: place or ORG is unsettled "
        "(README question 1)")
d.O("경북", GB, ctx="경북 농식품 수출 7억", st="optional", note="headline: " + PROV)
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O(GB, GB, st="optional", note="경상북도의 … 수출액: " + PROV)
d.Oall("경북도", GB, special={0: ("required", "acting as a government: it releases the figures (발표했다); short form of 경상북도"),
                            1: ("required", "an official speaking for the provincial government")})
d.O(CTR, CTR, note="invented provincial agricultural trade centre")
d.O(COOP, COOP, note="invented exporters' cooperative (농가 … 모인)")
Y = "2025"
d.D("지난해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12일", "2026-01-12", "day", rel=True, note="day of the release (발표했다)")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("작년 한 해", Y, "year", rel=True, note="작년 with 한 해 (the whole year): one mention, as the guideline's 올 한해")
d.D("1년 전", Y, "year", rel=True, note="offset: an amount of time with 전 → that year, counted from the document date (2026-01-12 → 2025)")
d.D("올해", "2026", "year", rel=True)
NS = "the province's (a region's) exports: a figure of a place, not of an ORG: empty subject (README question 1)"
BR = "breakdown (품목별로는/국가별로는): the item keeps the total's measure (농식품 수출액, convention 1); " + NS
d.Q("7억8천만 달러", 780000000, U, "달러", "currency",
    f=("농식품 수출", "경북 농식품 수출 7억", "", "", "level", "required", "headline with no date of its own: empty period; " + NS))
d.Q("33%", 33, "%", "%", P, ctx="33% 급증",
    f=("딸기", "딸기 33% 급증", "", "", "change", "optional",
       "headline after an ellipsis: a product names no measure (the figure before's 농식품 수출, or 딸기 as what grew?)"))
d.Q("7억 8,400만 달러", 784000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", NS))
d.Q("14.2%", 14.2, "%", "%", P, f=("농식품 수출액", None, "", Y, "change", "required", "…증가한 수치로: 수치 restates the figure before; " + NS))
d.Q("4억 8,600만 달러", 486000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BR))
d.Q("62%", 62, "%", "%", P,
    f=("농식품 수출액", None, "", Y, "level", "optional", "전체의 N%: no noun names the share and 전체 names only the whole (README question 5)"))
d.Q("2억 9,800만 달러", 298000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BR))
d.Q("38%", 38, "%", "%", P,
    f=("농식품 수출액", None, "", Y, "level", "optional", "a share alone in brackets after an amount: no noun names it (README question 5)"))
d.Q("6,230만 달러", 62300000, U, "달러", "currency", f=("사과 수출액", None, "", Y, "level", "required", "a product is no ORG; the story's period carried"))
d.Q("21.5%", 21.5, "%", "%", P, f=("사과 수출액", None, "", Y, "change"))
d.Q("3,170만 달러", 31700000, U, "달러", "currency",
    f=("수출액", "사과 수출액은", "", Y, "level", "required", "딸기는 (a product as topic) continues the list: the measure noun of the figure before (수출액)"))
d.Q("33%", 33, "%", "%", P, ctx="33% 증가했다", f=("수출액", "사과 수출액은", "", Y, "change"))
d.Q("1억 6,500만 달러", 165000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BR))
d.Q("1억 1,200만 달러", 112000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BR))
d.Q("9,400만 달러", 94000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BR))
d.Q("42회", 42, "회", "회", C, f=("해외 판촉전", None, CTR, Y, "level", "required", "a count of events (회, no ordinal marker); 작년 한 해 in the clause"))
d.Q("310곳", 310, "곳", "곳", C, f=("바이어", None, CTR, Y, "level"))
d.Q("180곳", 180, "곳", "곳", C,
    f=("사과 농가", None, COOP, "", "level", "optional",
       "a count inside a relative clause (농가 180곳이 모인): the cooperative's members, a present state; period empty or the story's 지난해?"))
d.Q("2,870만 달러", 28700000, U, "달러", "currency",
    f=("조합원 수출액", None, COOP, Y, "level", "required", "the cooperative reports its members' exports (its own figure); the story's 지난해 carried"))
d.Q("18%", 18, "%", "%", P, f=("조합원 수출액", None, COOP, Y, "change", "required", "1년 전보다 = basis"))
TG = ("a spokesperson's target for the province's exports: the provincial government's target (subject 경상북도, written) or "
      "the region's figure (empty)? (README question 6)")
d.Q("8억 5,000만 달러", 850000000, U, "달러", "currency", f=("수출 목표", None, GB, "2026", "level", "optional", TG))
d.Q("15%", 15, "%", "%", P, note="15%까지 높이겠다: 까지 is the particle of the level to reach, no bound (convention 6)",
    f=("딸기 비중", None, GB, "2026", "level", "optional", TG + "; 올해 carried within the quote"))

# ---------------------------------------------------------------- 004 construction company's orders and housing supply (bracket byline [머니투데이 기자])
d = Doc("004_0d46963692dc614d", "2026-01-22"); docs.append(d)
TL, TE, TH = "태림건설", "태림이앤씨", "태림홀딩스"
d.Oall(TL, TL)
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한국주택협회", "한국주택협회", note="the housing association whose tally is cited (집계에 따르면)")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: an alias; the orderer (발주한)")
d.O(TE, TE, note="invented subsidiary (자회사)")
d.O(TH, TH, note="invented parent (모회사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("22일", "2026-01-22", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년(5조", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("전년", "2024", "year", ctx="전년 22%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난달", "2025-12", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (계획): this year's first half; 에만 outside")
d.D("2027년", "2027", "year", note="까지 outside")
d.Q("6.2조", 6200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("신규 수주", "작년 신규 수주", TL, Y, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31%로 확대",
    f=("해외 비중", "해외 비중 31%", TL, Y, "level", "required", "N%로 확대: the level reached; the headline's 작년"))
d.Q("6조 2,400억 원", 6240000000000, W, "원", "currency", f=("신규 수주", "2025년 신규 수주", TL, Y, "level"))
d.Q("5조 1,800억 원", 5180000000000, W, "원", "currency",
    f=("신규 수주", "2025년 신규 수주", TL, "2024", "level", "required",
       "a basis figure alone in brackets after 전년: the previous year's level of the measure before (convention 5)"))
d.Q("20.5%", 20.5, "%", "%", P, f=("신규 수주", "2025년 신규 수주", TL, Y, "change", "required", "전년보다 = basis; period the current one"))
d.Q("6조 원", 6000000000000, W, "원", "currency", ctx="6조 원을", bound="gt",
    note="넘어섰다 after the amount → gt by the letter (the actual passed the target; the target itself is 6조)",
    f=("목표", "연간 목표", TL, Y, "level", "required", "연간 qualifies the period: outside the metric"))
d.Q("1조 9,300억 원", 1930000000000, W, "원", "currency", f=("해외 수주", None, TL, Y, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31%를 차지",
    f=("전체 수주", None, TL, Y, "level", "required", "X의 N%를 차지했다 → X (convention 4)"))
d.Q("22%", 22, "%", "%", P,
    f=("전체 수주", None, TL, "2024", "level", "required", "A에서 B만큼: the old level dated by the 전년 written before it; the measure of the sentence before"))
d.Q("9%포인트", 9, PP, "%포인트", P, f=("전체 수주", None, TL, Y, "change", "required", "높아졌다: change; the current period"))
d.Q("8,700억 원", 870000000000, W, "원", "currency",
    f=("사우디아라비아 정유 플랜트", None, TL, Y, "level", "required", "a figure alone in brackets after a noun measures that noun (convention 5); the company carried"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", f=("베트남 하노이 복합개발", None, TL, Y, "level"))
d.Q("14개", 14, "개", "개", C, f=("단지", None, TL, Y, "level", "required", "주택 부문 is a segment, no ORG: the company carried"))
d.Q("1만 1,260가구", 11260, "가구", "가구", C, f=("분양", "분양했다", TL, Y, "level", "required", "분양했다 → the verbal noun"))
d.Q("네 번째", 4, "번째", "번째", "ordinal", note="an ordinal (번째): a rank, no fact")
d.Q("3건", 3, "건", "건", C,
    f=("공공주택 사업", None, TL, Y, "level", "required", "the orderer (LH, 발주한) is the counterparty; the company carried (따냈다)"))
d.Q("7,200억 원", 720000000000, W, "원", "currency",
    f=("공공주택 사업", None, TL, Y, "level", "required", "in brackets after 3건: the value of those projects"))
d.Q("4,500억 원", 450000000000, W, "원", "currency",
    f=("수주", "원을 수주했다", TE, Y, "level", "required", "the subsidiary's own topic; 수주했다 → the verbal noun; the story's 2025년"))
d.Q("42.3%", 42.3, "%", "%", P,
    f=("지분", "태림건설 지분을", TH, "", "level", "optional",
       "A에서 B로 after a clause dated 지난달: the old level has no date of its own (README question 7)"))
d.Q("51%", 51, "%", "%", P,
    f=("지분", "태림건설 지분을", TH, "2025-12", "level", "required", "the holder (모회사 태림홀딩스는) owns the stake figure; 지난달 in the clause; the new level"))
d.Q("7조 원", 7000000000000, W, "원", "currency", f=("신규 수주 목표", None, TL, "2026", "level"))
d.Q("6,000가구", 6000, "가구", "가구", C, f=("공급", "공급할", TL, "2026-H1", "level", "required", "공급할 → the verbal noun; 상반기 in the clause"))
d.Q("40%", 40, "%", "%", P, f=("해외 비중", "해외 비중을", TL, "2027", "level", "required", "the head's quote: the company's target; 2027년까지 in the clause"))

# ---------------------------------------------------------------- 005 film distributor's summer season (byline at the end, no present year)
d = Doc("005_cc38d013023ea286", "2025-09-02"); docs.append(d)
NR, CJ, LT, KF = "누리픽쳐스", "CJ ENM", "롯데엔터테인먼트", "영화진흥위원회"
d.Oall(NR, NR)
d.O(KF, KF, note="the film council, source of the statistics (통합전산망 is its common-noun system, not a name of its own)")
d.O("영진위", KF, note="short form of 영화진흥위원회; a spokesperson")
d.O(CJ, CJ, note="rival distributor (경쟁 배급사인)")
d.O(LT, LT, note="rival distributor")
d.O("스포츠경향", "스포츠경향", note="outlet in the closing byline")
R = "2025-06-01/2025-08-31"
d.D("이번 여름", "2025-06/2025-08", "month", rel=True, st="optional",
    note="a season with a deictic word: seasons are not among the guideline's DATE forms (README question 8); value as the text's 6~8월")
d.D("6월 1일", "2025-06-01", "day", rel=True, note="A부터 B까지: two mentions")
d.D("8월 31일", "2025-08-31", "day", rel=True)
d.D("지난 7월 23일", "2025-07-23", "day", rel=True, note="지난 in the span")
d.D("지난해 같은 기간", "2024-06-01/2024-08-31", "day", rel=True, st="optional", anchor="2025-06-01", note="points back to the season's days; one mention")
d.D("2019년", "2019", "year", note="여름 after it is a season, outside (README question 8)")
d.D("같은 기간", R, "day", ctx="의 같은 기간", rel=True, st="optional", anchor="2025-06-01", note="points back to 6월 1일~8월 31일")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time with 전 → that year")
d.D("추석 연휴", "2025-10-05/2025-10-07", "day", rel=True, st="optional", note="holiday (optional); the coming one (future clause)")
d.D("다음 달", "2025-10", "month", rel=True, note="future clause (…이어질 것)")
d.Q("1위", 1, "위", "위", "ordinal", ctx="관객 1위…", note="a rank: ordinal, no fact")
d.Q("27%", 27, "%", "%", P,
    f=("배급 점유율", None, NR, "", "level", "required", "headline with no DATE of its own (여름 is no DATE form): empty period"))
d.Q("1위", 1, "위", "위", "ordinal", ctx="관객 수 1위", note="a rank: ordinal, no fact")
d.Q("812만 명", 8120000, "명", "명", C,
    f=("관객 수", "배급작의 관객 수", NR, R, "level", "required",
       "누리픽쳐스 배급작의 관객 수: the distributor's films taken as its figure (the genitive owner); 6월 1일부터 8월 31일까지 in the sentence, written as the range"))
d.Q("786억 원", 78600000000, W, "원", "currency", f=("매출액", "매출액은 786", NR, R, "level"))
d.Q("27.4%", 27.4, "%", "%", P, f=("관객 점유율", None, NR, R, "level"))
d.Q("한 달", 1, "month", "달", "duration", approx=True, note="한 달여 만에: 여 after the unit outside, approx; 만에 outside; a duration, no fact")
d.Q("540만 명", 5400000, "명", "명", C,
    f=("누적 관객", None, "", "2025-07-23", "level", "optional",
       "a film (a product) has no subject; period: the release day of the relative clause (search order), the month after it, or none? unclear"))
d.Q("첫 주", 1, "주", "주", "ordinal", st="optional", f=None,
    note="개봉 첫 주: a native ordinal (첫) with a week; neither a listed ordinal marker nor a DATE: unsettled")
d.Q("41%", 41, "%", "%", P,
    f=("스크린 점유율", None, "", "", "level", "optional", "a film's figure (no subject); 개봉 첫 주 is no DATE: empty, or the release day of the sentence? unclear"))
d.Q("705만 명", 7050000, "명", "명", C,
    f=("관객", "관객 705만", CJ, R, "level", "required", "the rival's own topic; the story's season carried (same metric)"))
d.Q("23.8%", 23.8, "%", "%", P, f=("점유율", "점유율 23.8", CJ, R, "level", "required", "the metric written inside the brackets before the figure"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("498만 명", 4980000, "명", "명", C, f=("관객", "관객 705만", LT, R, "level", "required", "the pair continues with the first figure's metric"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("세 배급사", 3, "배급사", "배급사", C, st="optional", note="a counted noun that is not a counter: optional")
d.Q("2,015만 명", 20150000, "명", "명", C,
    f=("관객", "배급사의 관객을", NR + ";" + CJ + ";" + LT, R, "level", "required",
       "세 배급사 = the three distributors just named: all three as subject (a sum frame, 합치면)"))
d.Q("68%", 68, "%", "%", P,
    f=("전체 관객", "시즌 전체 관객의", NR + ";" + CJ + ";" + LT, R, "level", "required",
       "X의 N%를 차지했다 → X (convention 4); 여름 시즌 only qualifies the period, outside the metric"))
d.Q("2,960만 명", 29600000, "명", "명", C,
    f=("전체 관객 수", None, "", R, "level", "required",
       "the market's figure (no ORG): empty subject; 여름 시즌 names the story's 6월 1일~8월 31일, carried (convention 3)"))
d.Q("12%", 12, "%", "%", P, f=("전체 관객 수", None, "", R, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("4,310만 명", 43100000, "명", "명", C,
    f=("전체 관객 수", None, "", "2019", "level", "required", "a figure alone in brackets after a dated noun (2019년 여름): that date; the measure before"))
d.Q("145억 원", 14500000000, W, "원", "currency",
    f=("매출액", "기간 매출액은", NR, R, "change", "required", "늘었다 with 1년 전보다 as basis: change; 같은 기간 → the story's days"))

# ---------------------------------------------------------------- 006 hospital group's patients and investment (입력 stamp + byline line)
d = Doc("006_21a96de4caac696b", "2026-03-17"); docs.append(d)
SR, H1_, H2_, H3_, KU, NH = "세림의료재단", "세림병원", "세림여성병원", "세림재활병원", "고려대학교", "국민건강보험공단"
d.Oall(SR, SR)
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.Oall(H1_, H1_, special={0: ("required", "a named hospital of the foundation (본원인)")})
d.O(H2_, H2_, note="named hospital in a list")
d.O(H3_, H3_, note="named hospital in a list")
d.O(KU, KU, note="university, partner (와 함께)")
d.O("고려대", KU, ctx="고려대는", note="short form of 고려대학교")
d.O(NH, NH, note="the health insurance service (designates the hospital)")
d.O("건보공단", NH, note="short form of 국민건강보험공단; the source cited (에 따르면)")
Y = "2025"
d.D("2026.03.17", "2026-03-17", "day", st="optional", note="publication stamp; the clock time not labelled")
d.D("지난해", Y, "year", ctx="3곳의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("오는 2028년", "2028", "year", note="오는 before an explicit year: in the span, not relative; 까지 outside")
d.D("현재", "2026-03-17", "day", rel=True, st="optional", note="현재 is optional and takes the document date")
d.D("지난달", "2026-02", "month", rel=True)
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
GRP = ("the foundation's hospitals taken together: the foundation (the group running them, 세림의료재단이 운영하는) is the subject")
d.Q("100만 명", 1000000, "명", "명", C, ctx="100만 명 돌파", bound="gt", note="돌파 → gt",
    f=("외래 환자", "외래 환자 100만", SR, "", "level", "required", "headline with no date of its own: empty period; " + GRP))
d.Q("1,200억", 120000000000, W, "", "currency", ctx="1,200억 투자", st="optional", note="headline amount, currency implied",
    f=("투자", "1,200억 투자", SR, "", "level"))
d.Q("3곳", 3, "곳", "곳", C, f=("병원", "병원 3곳", SR, Y, "level", "required", "운영하는 병원 3곳: the foundation's hospitals; 지난해 in the sentence"))
d.Q("104만 명", 1040000, "명", "명", C, f=("외래 환자", "지난해 외래 환자", SR, Y, "level", "required", GRP))
d.Q("100만 명", 1000000, "명", "명", C, ctx="처음 100만 명", bound="gt", note="넘어섰다 → gt",
    f=("외래 환자", "지난해 외래 환자", SR, Y, "level"))
d.Q("8.6%", 8.6, "%", "%", P, f=("외래 환자", "지난해 외래 환자", SR, Y, "change", "required", "전년보다 = basis; the sentence continues"))
d.Q("7만 2,300명", 72300, "명", "명", C, f=("입원 환자", None, SR, Y, "level"))
d.Q("2만 1,400건", 21400, "건", "건", C, f=("수술 건수", None, SR, Y, "level"))
d.Q("61만 명", 610000, "명", "명", C,
    f=("외래 환자", "외래 환자 61만", H1_, Y, "level", "required", "breakdown by hospital (병원별로는): each named hospital is its figure's subject; the story's 지난해"))
d.Q("27만 명", 270000, "명", "명", C, f=("외래 환자", "외래 환자 61만", H2_, Y, "level"))
d.Q("16만 명", 160000, "명", "명", C, f=("외래 환자", "외래 환자 61만", H3_, Y, "level"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("투자", "원을 투자해", SR, "2028", "level", "required", "재단 = the foundation named before; 투자해 → the verbal noun; 오는 2028년까지 in the clause"))
d.Q("850개", 850, "개", "개", C,
    f=("병상 수", None, SR, "2026-03-17", "level", "required", "A에서 B로 with 현재 before the old level: 현재 (optional DATE) dates it, value the document date"))
d.Q("1,100개", 1100, "개", "개", C, f=("병상 수", None, SR, "2028", "level", "required", "the new level: the plan's 2028년까지"))
d.Q("480억 원", 48000000000, W, "원", "currency",
    f=("투자", "원을 투자해", SR, "2028", "level", "required",
       "part opener 이 가운데: the part keeps the total's measure (convention 1); the partner (와 함께) is no subject; the plan's 2028"))
d.Q("60명", 60, "명", "명", C,
    f=("연구 인력", None, KU, "", "level", "required", "the university's own topic (고려대는); no date in the sentence and none set before for it: empty"))
d.Q("35억 원", 3500000000, W, "원", "currency", bound="max", note="최대 → max; 연간 is no DATE",
    f=("운영 지원금", None, H1_, "", "level", "optional",
       "병원 = 세림병원 (the receiver) or the payer 국민건강보험공단? and period: none (a standing annual amount), the 지난달 of the designation, or the hospital's 지난해? (README question 9)"))
d.Q("2.4%", 2.4, "%", "%", P,
    f=("외래 환자", "종합병원의 외래 환자", "", Y, "change", "required",
       "a national statistic (전국 종합병원) after 에 따르면: the service is the source, no subject; 평균 is no approximator"))
d.Q("30분", 30, "minute", "분", "duration", bound="max", note="이내 → max; an amount of time (대기 시간): a duration, no fact")

if __name__ == "__main__":
    write_all(docs)
