"""Gold labels of articles-holdout21, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout21/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food-delivery app year-end recap (Yonhap dateline, no year anywhere)
d = Doc("001_dc25f9859467bd70", "2025-12-18"); docs.append(d)
HI = "한입배달"
d.Oall(HI, HI, special={0: ("required", "a delivery platform that reports its own figures (배달앱 한입배달은 … 밝혔다): a business run as a platform"),
                        4: ("required", "the company's name in a person's title (박준호 한입배달 대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("모바일인덱스", "모바일인덱스", st="optional", note="a cited data service (에 따르면): an organization or a product (an app-analytics service)?")
d.O("배달의민족", "배달의민족", note="a rival platform with its own share")
d.O("쿠팡이츠", "쿠팡이츠", note="a rival platform with its own share")
R = "2025-01/2025-11"
d.D("올해", "2025", "year", ctx="올해 주문", rel=True)
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to the period named (같은 기간): one optional mention, a comparison's basis")
d.D("18일", "2025-12-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준): the latest November on or before the document date")
d.D("지난 3월", "2025-03", "month", rel=True, note="the membership's introduction (relative clause)")
d.D("지난달", "2025-11", "month", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("1억8천만건", 180000000, "건", "건", C,
    f=("주문", "올해 주문", HI, "2025", "level", "required", "headline topic with a comma; 올해 in its own clause"))
d.Q("1억 8,200만 건", 182000000, "건", "건", C, f=("누적 주문", None, HI, R, "level"))
d.Q("16.4%", 16.4, "%", "%", P, f=("누적 주문", None, HI, R, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): a rate denominator")
d.Q("54만 건", 540000, "건", "건", C,
    f=("평균 주문", None, HI, R, "level", "required", "no date of its own: the period last set for the platform (the lead's 1~11월)"))
BR = "breakdown (메뉴별): a menu is no metric and no subject; the measure noun of the breakdown (주문); the platform carried; story period"
d.Q("2,870만 건", 28700000, "건", "건", C, f=("주문", "메뉴별 주문", HI, R, "level", "required", BR))
d.Q("1,940만 건", 19400000, "건", "건", C, f=("주문", "메뉴별 주문", HI, R, "level", "required", BR + "; 각각"))
d.Q("1,310만 건", 13100000, "건", "건", C, f=("주문", "메뉴별 주문", HI, R, "level", "required", BR + "; 각각"))
d.Q("1인분", 1, "인분", "인분", C, st="optional", note="lexicalized (1인분 메뉴 = a single-serving menu)")
d.Q("3,600만 건", 36000000, "건", "건", C, f=("1인분 메뉴 주문", None, HI, R, "level"))
d.Q("19.8%", 19.8, "%", "%", P,
    f=("1인분 메뉴 주문", None, HI, R, "level", "required", "a share of the whole (전체의): it measures the part named before it"))
d.Q("14만 2천 곳", 142000, "곳", "곳", C, f=("입점 가맹점", None, HI, "2025-11", "level", "required", "11월 말 기준 (value 2025-11, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("1만 8천 곳", 18000, "곳", "곳", C, f=("입점 가맹점", None, HI, "2025-11", "change"))
d.Q("87%", 87, "%", "%", P, f=("자영업자 비중", None, HI, "2025-11", "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("6만 3천여 명", 63000, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("라이더", "라이더는", HI, "2025-11", "level", "required",
       "riders registered on the platform (한입배달에 등록된): the platform's count; the period last set for it (11월 말) carried"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("312만 원", 3120000, W, "원", "currency", approx=True, note="약 before: approx",
    f=("월평균 수입", None, HI, "2025-11", "level", "optional",
       "riders' income: a person's figure (no subject) or the platform's statistic? and 2025-11 carried or the 1~11월? unclear"))
d.Q("410만 명", 4100000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("가입자", None, HI, "2025-11", "level", "optional",
       "회사는 = the platform; 지난 3월 in the relative clause dates the membership's start, not the count: carried 2025-11, or 2025-03 as the sentence's date? (README question 2)"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("58.2%", 58.2, "%", "%", P,
    f=("점유율", "기준 점유율", "배달의민족", "2025-11", "level", "required", "the cited source (모바일인덱스에 따르면) is no subject; each platform owns its share; 지난달"))
d.Q("31.5%", 31.5, "%", "%", P, f=("점유율", "기준 점유율", "쿠팡이츠", "2025-11", "level"))
d.Q("6.1%", 6.1, "%", "%", P, f=("점유율", "기준 점유율", HI, "2025-11", "level"))
QT = "a plan in the CEO's quote: the company's own plan (its name is in the speaker's title); 내년에는 in the clause"
d.Q("40곳", 40, "곳", "곳", C, f=("지방 중소도시", None, HI, "2026", "level", "required", "the noun right before the counter; " + QT))
d.Q("10%", 10, "%", "%", P, ctx="10%까지",
    note="까지 after a target level (끌어올리겠다): not among the bound words, no bound (README question 1)",
    f=("점유율", "점유율을 10%", HI, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 002 shipbuilder's annual orders (입력 stamp + outlet byline)
d = Doc("002_d01a2602c5e2349c", "2026-01-14"); docs.append(d)
DJ, DS = "동진중공업", "동진조선해양"
d.Oall(DJ, DJ, special={0: ("required", "headline topic with a comma")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O(DS, DS, note="a named subsidiary (자회사)")
d.O("안젤리쿠시스 그룹", "안젤리쿠시스 그룹", note="a client (그리스 선사 = description, outside); the party the orders came from (로부터)")
d.O("카타르에너지", "카타르에너지", note="a client (로부터)")
d.O("미국 해군", "미국 해군", st="optional",
    note="a country's navy: a government body (미국 as part of its name, like 미국 항공우주국) or a country acting as a state (not ORG)?")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 수주", rel=True)
d.D("2026.01.14", "2026-01-14", "day", st="optional", note="publication stamp (the date only)")
d.D("지난해", Y, "year", ctx="지난해 선박", rel=True)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("2019년", "2019", "year", note="the subsidiary's launch: a comparison's basis (이후 가장 많다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (따낼 것): this year's first half")
d.Q("142억달러", 14200000000, U, "달러", "currency", f=("수주", "지난해 수주", DJ, Y, "level", "required", "headline topic with a comma; 지난해 in the clause"))
d.Q("74척", 74, "척", "척", C, f=("선박", "선박 74척", DJ, Y, "level"))
d.Q("142억 3천만 달러", 14230000000, U, "달러", "currency", f=("수주액", "수주액은 142억", DJ, Y, "level"))
d.Q("20조 7,800억 원", 20780000000000, W, "원", "currency", approx=True, eq=("142억 3천만 달러",),
    note="conversion in brackets; 약 → approx", f=("수주액", "수주액은 142억", DJ, Y, "level", "required", "a conversion: the slots of the amount it converts"))
d.Q("120억 달러", 12000000000, U, "달러", "currency",
    f=("목표", "목표(120억", DJ, Y, "level", "required", "a figure alone in brackets right after a noun is that noun's; 연간 qualifies the period only"))
d.Q("23.1%", 23.1, "%", "%", P, f=("수주액", "수주액은 142억", DJ, Y, "change", "required", "전년보다 = basis"))
BR = ("breakdown (선종별로는): a count takes the ship type right before its counter as its counted noun; an amount keeps the "
      "breakdown's measure (수주액, the nearest mention before); the company carried; story period")
d.Q("28척", 28, "척", "척", C, f=("LNG 운반선", None, DJ, Y, "level", "required", BR))
d.Q("68억 달러", 6800000000, U, "달러", "currency", f=("수주액", "수주액은 142억", DJ, Y, "level", "required", BR))
d.Q("15척", 15, "척", "척", C, f=("초대형 원유운반선", None, DJ, Y, "level", "required", BR + "; the alias (VLCC) outside"))
d.Q("19척", 19, "척", "척", C, f=("컨테이너선", None, DJ, Y, "level", "required", BR))
d.Q("19억 5천만 달러", 1950000000, U, "달러", "currency", f=("수주액", "수주액은 142억", DJ, Y, "level", "required", BR + "; 각각 (first)"))
d.Q("31억 2천만 달러", 3120000000, U, "달러", "currency", approx=True,
    note="어치 after the currency: outside the span, approx (as 달러치 in the guideline)",
    f=("수주액", "수주액은 142억", DJ, Y, "level", "required", BR + "; 각각 (second); 따냈다 is a plain verb"))
d.Q("12척", 12, "척", "척", C, f=("친환경 선박", None, DJ, Y, "level", "required", "the rest of the breakdown: the noun naming the kind"))
d.Q("36척", 36, "척", "척", C,
    f=("중형 석유화학제품운반선", None, DS, Y, "level", "required", "the subsidiary is its own topic; 같은 기간 (optional) points back to 지난해"))
d.Q("15억 8천만 달러", 1580000000, U, "달러", "currency",
    f=("수주액", "수주액은 15억", DS, Y, "level", "required", "subject carried (the subsidiary, 이 회사); 2019년 is the basis of a record, not the period"))
d.Q("412억 달러", 41200000000, U, "달러", "currency",
    f=("수주 잔고", None, DJ + ";" + DS, Y, "level", "required", "두 회사 = the two companies named before: both subjects; 지난해 말 기준 (2025, END)"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년치", approx=True, note="약 before and 치 after: outside the span, approx; an amount of time: duration, no fact")
d.Q("41%", 41, "%", "%", P,
    f=("물량", None, DJ, Y, "level", "required",
       "a share of the whole (전체 수주의) measures the part named before it; the clients (로부터) are counterparties; the period last set for the company"))
d.Q("135억 달러", 13500000000, U, "달러", "currency", f=("수주 목표", None, DJ, "2026", "level", "required", "dropped subject: the company carried; 올해"))

# ---------------------------------------------------------------- 003 metropolitan city's next-year budget (뉴시스 dateline)
d = Doc("003_a2b524a3f0045bc7", "2025-11-04"); docs.append(d)
DG, DGC = "대구시", "대구시의회"
d.O(DG, DG, ctx="대구시,", note="a city acting as a government; headline topic with a comma")
d.O(DG, DG, ctx="대구시는")
d.O("뉴시스", "뉴시스", note="news agency in the dateline (대구 = place, outside)")
d.O(DGC, DGC, note="the city council named in full")
d.O("복지국", "복지국", st="optional", note="a city bureau named by its function: an unnamed institution noun (like 시의회) or a government body?")
d.O("경제국", "경제국", st="optional", note="as 복지국")
d.O("교통국", "교통국", st="optional", note="as 복지국")
d.O("대구교통공사", "대구교통공사", note="a public corporation named in full (the beneficiary of a budget item)")
d.O("시의회", DGC, ctx="시의회는 오는", st="optional",
    note="short form of 대구시의회 named before (a required mention by the short-form line) or the unnamed 시의회 the guideline lists as optional? (README question 4)")
Y, N = "2025", "2026"
d.D("내년", N, "year", ctx="내년 예산", rel=True)
d.D("올해", Y, "year", ctx="올해보다", rel=True, note="a comparison's basis, still a DATE")
d.D("2026년도", N, "year", note="년도 = 년 (a year, not written as a fiscal year 회계연도)")
d.D("4일", "2025-11-04", "day", ctx="4일 밝혔다", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="올해 본예산", rel=True)
d.D("올해", Y, "year", ctx="올해 410억", rel=True)
d.D("내년", N, "year", ctx="내년 1,150억", rel=True)
d.D("오는 12월 16일", "2025-12-16", "day", rel=True, note="future clause (까지 … 확정한다): the next such day")
BUD = "the city's budget: 대구시 the subject; the budget year 2026 (2026년도, 내년) carried"
d.Q("11조 8,420억원", 11842000000000, W, "원", "currency", f=("예산", "내년 예산", DG, N, "level", "required", "headline topic with a comma; 내년 in the clause"))
d.Q("4.2%", 4.2, "%", "%", P, ctx="4.2% 늘려", f=("예산", "내년 예산", DG, N, "change", "required", "올해보다 = basis"))
d.Q("11조 8,420억 원", 11842000000000, W, "원", "currency",
    f=("예산안", "예산안을 11조", DG, N, "level", "required", "X를 N원 규모로 편성 → the thing whose size it is (예산안); 2026년도 in the clause"))
d.Q("11조 3,650억 원", 11365000000000, W, "원", "currency",
    f=("본예산", None, DG, Y, "level", "required", "a figure alone in brackets right after a noun is that noun's; 올해 본예산 (the basis, dated 2025)"))
d.Q("4,770억 원", 477000000000, W, "원", "currency",
    f=("예산안", "예산안을 11조", DG, N, "change", "required", "dropped topic (the budget proposal) carried; 본예산보다 = basis; the current period (2026)"))
d.Q("4.2%", 4.2, "%", "%", P, ctx="(4.2%)", f=("예산안", "예산안을 11조", DG, N, "change", "required", "the rate of the change before it, in brackets"))
d.Q("8조 9,300억 원", 8930000000000, W, "원", "currency", f=("일반회계", None, DG, N, "level", "required", "breakdown (회계별로는): the account names what is measured; " + BUD))
d.Q("2조 9,120억 원", 2912000000000, W, "원", "currency", f=("특별회계", None, DG, N, "level", "required", "as 일반회계; " + BUD))
d.Q("3조 8,600억 원", 3860000000000, W, "원", "currency", f=("지방세", None, DG, N, "level", "required", "revenue breakdown (세입은): the noun right before the figure names the revenue; " + BUD))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency", f=("국고보조금", None, DG, N, "level", "required", "as 지방세; " + BUD))
d.Q("2,500억 원", 250000000000, W, "원", "currency", f=("부족분", None, DG, N, "level", "required", "the noun the figure is in apposition to; " + BUD))
d.Q("4조 4,800억 원", 4480000000000, W, "원", "currency", f=("사회복지 예산", None, DG, N, "level", "required", BUD))
d.Q("37.8%", 37.8, "%", "%", P, f=("사회복지 예산", None, DG, N, "level", "required", "a share of the whole (전체의) measures the part named before it; " + BUD))
DEP = ("a bureau (복지국/경제국/교통국, optional ORG) allots the city's budget: the subject is the city whose budget it is (README question 3); "
       "X에 N원을 배정/쓰다 → X; " + BUD)
d.Q("1조 920억 원", 1092000000000, W, "원", "currency", f=("기초연금 지원", None, DG, N, "level", "required", DEP))
d.Q("4만 2천 개", 42000, "개", "개", C, f=("노인 일자리", None, DG, N, "level", "required", "the noun right before the counter; " + DEP))
d.Q("1,380억 원", 138000000000, W, "원", "currency",
    f=("노인 일자리", None, DG, N, "level", "required", "X = 노인 일자리 4만 2천 개 마련 (it holds another figure): its head noun phrase; " + DEP))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("로봇·미래모빌리티 산업 육성", None, DG, N, "level", "required", DEP))
d.Q("150곳", 150, "곳", "곳", C, f=("청년 창업기업", None, DG, N, "level", "required", "the noun right before the counter; " + DEP))
d.Q("5천만 원", 50000000, W, "원", "currency", bound="max", note="최대 → max; 씩 (each) outside",
    f=("지원", "지원한다", DG, N, "level", "required", "a per-company amount: no noun names it, the verbal noun of the verb (지원한다); " + DEP))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("건설 사업비", None, DG, Y, "level", "required", "A에서 B로 with a date on each side (올해 … 내년): each level its own date; " + DEP))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("건설 사업비", None, DG, N, "level", "required", "as 410억 원; " + DEP))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("운영 적자 보전", None, DG, N, "level", "required",
       "X에 N원이 들어간다 → X; the spender is the city (a budget item); the corporation (genitive 대구교통공사의) is the beneficiary, not the subject (README question 3)"))

# ---------------------------------------------------------------- 004 chicken franchise's results (press release, no date at all)
d = Doc("004_234c208a9c38742b", "2026-03-12"); docs.append(d)
BS, BU = "바삭치킨", "바삭치킨USA"
d.Oall(BS, BS, skip=(2,), special={0: ("required", "headline topic with a comma"),
                                   1: ("required", "a franchise named as the company that reports its results (치킨 프랜차이즈 = description)"),
                                   3: ("required", "the company's name in a person's title")})
d.O(BU, BU, note="a named overseas subsidiary (현지 법인)")
d.O("공정거래위원회", "공정거래위원회", note="a government body (its disclosure register)")
d.O("하림", "하림", note="a supplier (과 맺은 계약): the counterparty")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 매출", rel=True)
d.D("지난해", Y, "year", ctx="지난해 연결", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해 10월", "2025-10", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", rel=True)
d.Q("4,312억 원", 431200000000, W, "원", "currency", ctx="매출 4,312억 원…",
    f=("매출", "지난해 매출", BS, Y, "level", "required", "headline topic with a comma; 지난해 in the clause"))
d.Q("300곳", 300, "곳", "곳", C, bound="gt", note="돌파 → gt",
    f=("해외 매장", "해외 매장 300곳", BS, Y, "level", "required", "headline after an ellipsis: the headline's company; the headline's 지난해 carried"))
d.Q("4,312억 원", 431200000000, W, "원", "currency", ctx="매출이 4,312억 원", f=("매출", "매출이 4,312억", BS, Y, "level", "required", "연결 기준 qualifies the basis only"))
d.Q("11.7%", 11.7, "%", "%", P, f=("매출", "매출이 4,312억", BS, Y, "change", "required", "전년 대비 = basis"))
d.Q("528억 원", 52800000000, W, "원", "currency", f=("영업이익", "영업이익은 528", BS, Y, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("영업이익", "영업이익은 528", BS, Y, "change", "required", "같은 기간 (optional) points back to 지난해"))
d.Q("12.2%", 12.2, "%", "%", P, f=("영업이익률", None, BS, Y, "level"))
d.Q("1,684곳", 1684, "곳", "곳", C, f=("국내 가맹점 수", None, BS, Y, "level", "required", "지난해 말 기준 (2025, END); the company carried"))
d.Q("한 해", 1, "year", "해", "duration", note="한 해 동안: an amount of time (동안 outside), no fact")
d.Q("72곳", 72, "곳", "곳", C, f=("국내 가맹점 수", None, BS, Y, "change"))
d.Q("한 곳", 1, "곳", "곳", C, st="optional", note="the dummy 1 of a rate denominator (한 곳당): optional")
d.Q("6억 1천만 원", 610000000, W, "원", "currency",
    f=("연평균 매출", None, BS, Y, "level", "required", "the franchise's average per store (가맹점 한 곳당): the company's statistic; story period"))
d.Q("3억 4천만 원", 340000000, W, "원", "currency",
    f=("치킨 브랜드 평균", None, "", "", "level", "optional",
       "an industry average in brackets (no subject); no date of its own and no earlier figure of the same metric: empty, or the story's 지난해 (a comparison with the figure before)? (README question 5)"))
d.Q("1.9%", 1.9, "%", "%", P, f=("폐점률", None, BS, Y, "level"))
d.Q("12개국", 12, "개국", "개국", C,
    f=("", None, BS, Y, "level", "optional", "the countries the overseas stores are in: no noun names them (개국 is the counter), or 해외 매장? unclear"))
OV = "the overseas stores counted by country (국가별로는): a country is a place, no subject and no metric; 해외 매장 (nearest before); the company carried; story period"
d.Q("317곳", 317, "곳", "곳", C, f=("해외 매장", "해외 매장은", BS, Y, "level", "required", "the company carried; story period (늘었다)"))
d.Q("94곳", 94, "곳", "곳", C, f=("해외 매장", "해외 매장은", BS, Y, "level", "required", OV))
d.Q("61곳", 61, "곳", "곳", C, f=("해외 매장", "해외 매장은", BS, Y, "level", "required", OV))
d.Q("48곳", 48, "곳", "곳", C, f=("해외 매장", "해외 매장은", BS, Y, "level", "required", OV))
d.Q("37곳", 37, "곳", "곳", C, f=("해외 매장", "해외 매장은", BS, Y, "level", "required", OV))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", None, BS, Y, "level"))
d.Q("4,200만 달러", 42000000, U, "달러", "currency", approx=True, eq=("612억 원",), note="conversion in brackets; 약 → approx",
    f=("해외 매출", None, BS, Y, "level", "required", "a conversion: the slots of the amount it converts"))
d.Q("14.2%", 14.2, "%", "%", P, f=("해외 매출", None, BS, Y, "level", "required", "a share of the whole (전체 매출의) measures the part named before it"))
d.Q("1호점", 1, "호점", "호점", "ordinal", st="optional",
    note="직영 1호점 (the first directly run store): an ordinal (N호) or part of a store's name? optional")
d.Q("3,980원", 3980, W, "원", "currency",
    f=("닭고기 매입 단가", None, BS, Y, "level", "required",
       "회사는 = the company; the supplier (하림과 맺은) is the counterparty; kg당 (no number) is a rate word; no date of its own: the period last set for the company (지난해) carried"))
QT = "a target in the CEO's quote: the company's own plan (its name is in the speaker's title); 올해 in the clause"
d.Q("500곳", 500, "곳", "곳", C, f=("해외 매장", "해외 매장을", BS, "2026", "level", "required", QT))
d.Q("5천억 원", 500000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt", f=("매출", "매출 5천억", BS, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 005 fintech's IPO plan and users (입력 stamp + outlet byline)
d = Doc("005_fba39677678695d9", "2025-11-05"); docs.append(d)
MB = "머니브릿지"
d.Oall(MB, MB, special={0: ("required", "headline topic with a comma"), 1: ("required", "an invented fintech introduced by what it runs (간편송금 앱 운영사)")})
KQ = "코스닥 as a market (상장 추진): a market run by the exchange, no organization of its own, or the exchange's division? optional"
d.O("코스닥", "코스닥", ctx="코스닥 상장 추진", st="optional", note=KQ)
d.O("코스닥", "코스닥", ctx="코스닥 상장을", st="optional", note=KQ)
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.O("한국거래소", "한국거래소", note="the exchange (에 … 청구한다)")
d.O("NH투자증권", "NH투자증권", note="underwriter")
d.O("삼성증권", "삼성증권", note="underwriter, listed with 과")
d.D("내년", "2026", "year", ctx="내년 코스닥", rel=True)
d.D("상반기", "2025-H1", "half", ctx="\"상반기 적자", rel=True, note="a result in the headline's quote: the latest first half (the story's 상반기 매출 … 영업손실)")
d.D("2025.11.05", "2025-11-05", "day", st="optional", note="publication stamp (the date only)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("이달", "2025-11", "month", rel=True)
d.D("지난 9월", "2025-09", "month", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="an offset (N년 전 → that year), a comparison's basis: still a DATE")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a range of months: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("상반기", "2025-H1", "half", ctx="상반기 매출", rel=True, note="the latest first half on or before the document date")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back (같은 기간): one optional mention")
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention; dates the figure in brackets after it")
d.D("3분기", "2025-Q3", "quarter", rel=True)
d.D("내년", "2026", "year", ctx="내년 상장 때 머니", rel=True)
d.D("2021년", "2021", "year")
d.D("내년", "2026", "year", ctx="내년 상장 때 들어올", rel=True)
R = "2025-01/2025-09"
d.Q("1,120만 명", 11200000, "명", "명", C, f=("월간활성이용자", None, MB, "2025-09", "level", "required", "genitive owner (머니브릿지의); the alias (MAU) outside; 지난 9월 기준"))
d.Q("210만 명", 2100000, "명", "명", C, f=("월간활성이용자", None, MB, "2025-09", "change", "required", "1년 전보다 = basis"))
d.Q("38조 6천억 원", 38600000000000, W, "원", "currency", f=("결제·송금 거래액", None, MB, R, "level", "required", "subject carried from the sentence before"))
d.Q("42%", 42, "%", "%", P, f=("결제·송금 거래액", None, MB, R, "change", "required", "전년 동기 대비 = basis"))
BR = "part opener (이 가운데): the part's noun names a flow of money (overseas remittance, buy-now-pay-later volume) and is the metric; subject and period carried"
d.Q("2조 1,400억 원", 2140000000000, W, "원", "currency", f=("해외송금", None, MB, R, "level", "required", BR))
d.Q("9,800억 원", 980000000000, W, "원", "currency", f=("후불결제", None, MB, R, "level", "required", BR))
d.Q("1,245억 원", 124500000000, W, "원", "currency", f=("매출", "상반기 매출", MB, "2025-H1", "level", "required", "the company carried (new paragraph of the same story)"))
d.Q("36%", 36, "%", "%", P, f=("매출", "상반기 매출", MB, "2025-H1", "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("187억 원", 18700000000, W, "원", "currency", f=("영업손실", None, MB, "2025-H1", "level", "required", "a loss's level (줄었다 compares it with the bracket's figure)"))
d.Q("392억 원", 39200000000, W, "원", "currency",
    f=("영업손실", None, MB, "2024-H1", "level", "required", "a figure alone in brackets right after a date is that period's figure of the same measure"))
d.Q("12억 원", 1200000000, W, "원", "currency", f=("영업이익", None, MB, "2025-Q3", "level", "required", "회사는 = the company; 3분기에 in the clause"))
d.Q("1조 5천억~2조 원", 1500000000000, W, "원", "currency", hi=2000000000000, note="a range: one mention",
    f=("기업가치", "기업가치를 1조", MB, "2026", "level", "required", "the company's value (genitive 머니브릿지의) as estimated by the industry (업계는 = the source); 내년 상장 때 in the clause"))
d.Q("8,500억 원", 850000000000, W, "원", "currency",
    f=("기업가치", "기업가치(8,500", MB, "2021", "level", "required", "a figure alone in brackets right after a noun is that noun's; 2021년 in the clause"))
d.Q("2,000억 원", 200000000000, W, "원", "currency", approx=True, note="약 before: approx",
    f=("공모 자금", None, MB, "2026", "level", "required", "X 규모의 Y → Y; 내년 in the relative clause on the proceeds"))
d.Q("700억 원", 70000000000, W, "원", "currency",
    f=("인공지능(AI) 기반 이상거래 탐지 시스템과 일본·베트남 송금망 확충", None, MB, "2026", "level", "required",
       "X에 N원을 쓸 → X; a part of the proceeds (가운데): their period (내년) carried; 계획 (future)"))

# ---------------------------------------------------------------- 006 gas utility's annual results (regional daily, byline only)
d = Doc("006_54350b50a1aa9b4b", "2026-02-24"); docs.append(d)
KG = "한국가스공사"
d.Oall(KG, KG, special={0: ("required", "headline topic with a comma"), 1: ("required", "대구 (place, where its head office is) outside")})
d.O("가스공사", KG, ctx="가스공사는 지난해 7월", note="short form of 한국가스공사 named in full before")
d.O("가스공사", KG, ctx="가스공사는 오는", note="short form of 한국가스공사")
d.O("달구벌일보", "달구벌일보", note="regional daily in the byline line")
d.O("정부", "정부", st="optional", note="unnamed institution noun (정부): optional by the guideline")
d.O("한국가스기술공사", "한국가스기술공사", note="a named subsidiary (자회사)")
d.O("이사회", "이사회", st="optional", note="the company's board, unnamed institution noun: optional")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 영업이익", rel=True)
d.D("2025년", Y, "year")
d.D("23일", "2026-02-23", "day", rel=True, note="day of the disclosure (공시했다), not a period")
d.D("전년", "2024", "year", ctx="전년보다 6.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해", Y, "year", ctx="지난해 LNG", rel=True)
d.D("전년", "2024", "year", ctx="전년(32", rel=True, st="optional", anchor="2025-01-01", note="points back; dates the figure in brackets")
d.D("지난해 7월", "2025-07", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="a comparison's basis; the latest September before the document date, in the year of 지난해 말")
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause (결정할 예정)")
d.Q("2조 4,170억원", 2417000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익", KG, Y, "level", "required", "headline topic with a comma; 지난해 in the clause"))
d.Q("14조", 14000000000000, W, "", "currency", ctx="여전히 14조", st="optional", note="headline amount, currency implied",
    f=("미수금", "미수금은 여전히", KG, Y, "level"))
d.Q("38조 2,600억 원", 38260000000000, W, "원", "currency", f=("매출", "매출 38조", KG, Y, "level", "required", "2025년 in the clause; 연결 기준 qualifies the basis only"))
d.Q("2조 4,170억 원", 2417000000000, W, "원", "currency", f=("영업이익", "영업이익 2조 4,170억 원", KG, Y, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", "매출은 전년", KG, Y, "change", "required", "전년보다 = basis; 줄었지만: a change (value positive, as written)"))
d.Q("1,260억 원", 126000000000, W, "원", "currency", f=("영업이익", "영업이익은 1,260억", KG, Y, "change"))
d.Q("1조 1,090억 원", 1109000000000, W, "원", "currency", f=("당기순이익", None, KG, Y, "level"))
d.Q("612달러", 612, U, "달러", "currency",
    f=("LNG 도입 단가", None, KG, Y, "level", "required", "the company's import price (t당 = a rate word with no number; 평균 outside); the company carried; 지난해"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: a duration, no fact")
d.Q("11%", 11, "%", "%", P, f=("LNG 도입 단가", None, KG, Y, "change", "required", "내렸고: a change"))
d.Q("28조 9천억 원", 28900000000000, W, "원", "currency", f=("원료비", None, KG, Y, "level", "required", "연료비인 = an apposition: the measure noun right before the figure"))
d.Q("32조 4천억 원", 32400000000000, W, "원", "currency",
    f=("원료비", None, KG, "2024", "level", "required", "a figure alone in brackets right after a date is that period's figure of the same measure (전년 → 2024)"))
d.Q("3조 5천억 원", 3500000000000, W, "원", "currency", f=("원료비", None, KG, Y, "change", "required", "감소했다: a change; the current period"))
d.Q("3,520만t", 35200000, "t", "t", M, f=("LNG 도입량", None, KG, Y, "level"))
d.Q("0.67원", 0.67, W, "원", "currency",
    f=("주택용 도시가스 요금", None, KG, "2025-07", "change", "required",
       "가스공사는 … 올렸다: the company's tariff raised by this much per MJ (MJ당, no number); the government's approval (정부, optional) is no subject; 지난해 7월 in the clause"))
d.Q("5.7%", 5.7, "%", "%", P, f=("주택용 도시가스 요금", None, KG, "2025-07", "change", "required", "the rate of the raise, in brackets"))
d.Q("4,300억 원", 430000000000, W, "원", "currency", approx=True, note="가량 after: approx",
    f=("민수용 판매 수익", None, KG, "2025", "change", "optional",
       "the effect of the July raise (이에 따라): the period last set for the company (지난해 7월, 2025-07) carried, or the year the rise covers (2025)? (README question 6)"))
d.Q("14조 1천억 원", 14100000000000, W, "원", "currency", f=("민수용 미수금", None, KG, Y, "level", "required", "지난해 말 기준 (2025, END); the company carried"))
d.Q("2천억 원", 200000000000, W, "원", "currency", f=("민수용 미수금", None, KG, Y, "change", "required", "9월 말보다 = basis; the current period"))
d.Q("438%", 438, "%", "%", P, f=("부채비율", None, KG, Y, "level", "required", "the company carried; the period last set (지난해 말)"))
d.Q("3,680억 원", 368000000000, W, "원", "currency",
    f=("매출", "매출 3,680억", "한국가스기술공사", Y, "level", "required", "a subsidiary as its own topic; no date of its own: the story's year (2025년)"))
d.Q("830원", 830, W, "원", "currency",
    f=("현금 배당", None, KG, Y, "level", "optional",
       "주당 (no number) a rate word; 오는 3월 dates the board's decision (like an announcement date), the dividend is for the year of the results: 2025, or 2026-03? (README question 6)"))

if __name__ == "__main__":
    write_all(docs)
