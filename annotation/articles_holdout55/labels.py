"""Gold labels of articles-holdout55, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout55/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

JO, EOK, MAN = 10 ** 12, 10 ** 8, 10 ** 4
GWH, TEU = "GWh", "TEU"
docs = []

# ---------------------------------------------------------------- 001 battery maker's annual results and a supply deal (입력 stamp + byline)
d = Doc("001_af8f65c114bf11cf", "2026-02-05"); docs.append(d)
S = "세온에너지"
d.Oall(S, S, special={0: ("required", "invented battery maker; headline topic with a comma"),
                      3: ("required", "organization before a person's title (CFO)")})
d.O("현대차", "현대자동차", note="short form of 현대자동차 (named in full in the body)")
d.O("헤럴드경제", "헤럴드경제", note="outlet in the stamp-and-byline line")
d.O("현대자동차", "현대자동차", note="the customer (와 … 계약): counterparty")
d.O("세온현대배터리아메리카", "세온현대배터리아메리카", aliases="SHBA", note="invented joint venture (합작법인); (SHBA) an alias")
d.O("세온머티리얼즈", "세온머티리얼즈", note="invented subsidiary (자회사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="세온에너지, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp (date only; the clock time is not labelled)")
d.D("지난해", Y, "year", ctx="세온에너지가 지난해", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 18.6%", rel=True, st="optional", anchor="2025-01-01",
    note="points back to the period named in the text (ANNOTATION: 전년 optional)")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난달", "2026-01", "month", rel=True)
d.D("2027년", "2027", "year", note="2027년부터 (부터 outside)")
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a part of the year: one mention, as 올해 8월 말")
d.D("지난해", Y, "year", ctx="세온머티리얼즈도 지난해", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 매출", rel=True)
d.Q("14조", 14 * JO, W, "", "currency", ctx="14조 돌파", st="optional", bound="gt", note="headline amount, currency implied (ANNOTATION: optional); 돌파 → gt",
    f=("매출", "지난해 매출 14조", S, Y, "level"))
d.Q("40GWh", 40, GWH, "GWh", M, ctx="40GWh 배터리",
    f=("배터리", "40GWh 배터리", S, Y, "level", "optional",
       "headline after …: the headline's 지난해 carried by the letter (2025), but the body dates the deal 지난달 (2026-01); unclear (README question 2)"))
d.Q("14조 2,300억 원", 14 * JO + 2300 * EOK, W, "원", "currency", f=("매출", "연결 기준 매출", S, Y, "level", "required", "연결 기준 stays outside the metric (basis)"))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "연결 기준 매출", S, Y, "change", "required", "전년보다 = basis; the period is the current one"))
d.Q("8,940억 원", 8940 * EOK, W, "원", "currency", f=("영업이익", "영업이익은", S, Y, "level"))
d.Q("31%", 31, "%", "%", P, f=("영업이익", "영업이익은", S, Y, "change"))
d.Q("6.3%", 6.3, "%", "%", P, f=("영업이익률", None, S, Y, "level"))
Q4 = "2025-Q4"
d.Q("3조 9,100억 원", 3 * JO + 9100 * EOK, W, "원", "currency", f=("매출", "매출 3조", S, Q4, "level", "required", "4분기만 보면: the quarter in its sentence; the subject carried"))
d.Q("2,710억 원", 2710 * EOK, W, "원", "currency", f=("영업이익", "영업이익 2,710억", S, Q4, "level"))
d.Q("112조 원", 112 * JO, W, "원", "currency", f=("수주 잔고", None, S, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("96조 원", 96 * JO, W, "원", "currency",
    f=("수주 잔고", None, S, "2024", "level", "required", "a basis figure in brackets after a pointing-back date: the value of that DATE (전년 말 → 2024 END)"))
d.Q("16조 원", 16 * JO, W, "원", "currency", ctx="16조 원 불었다", f=("수주 잔고", None, S, Y, "change", "required", "불었다: a change; the period is the current one"))
d.Q("40GWh", 40, GWH, "GWh", M, ctx="배터리 40GWh",
    f=("전기차용 배터리", None, S, "2026-01", "level", "required",
       "회사 = the story's company (subject carried); the customer (와) is the counterparty; 지난달 in the clause"))
d.Q("7조 5,000억 원", 7 * JO + 5000 * EOK, W, "원", "currency", approx=True, note="약 → approx",
    f=("계약", "계약 규모", S, "2026-01", "level", "optional",
       "X 규모 → X (계약); period: the contract's 지난달 carried (written), or 2027년 of the same sentence (a delivery start), or the delivery span? (README question 1)"))
d.Q("6년", 6, "year", "년", "duration", note="6년간: 간 outside; a duration, no fact")
d.Q("30GWh", 30, GWH, "GWh", M,
    f=("생산능력", None, "세온현대배터리아메리카", "2026-H2", "level", "required",
       "the joint venture is the clause's topic; 연간 is a basis modifier (outside); 올해 하반기 in the clause"))
d.Q("1조 1,200억 원", 1 * JO + 1200 * EOK, W, "원", "currency", f=("양극재 매출", None, "세온머티리얼즈", Y, "level"))
d.Q("1조 원", 1 * JO, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("양극재 매출", None, "세온머티리얼즈", Y, "level", "required", "the threshold the sales passed: a level of the same metric"))
d.Q("16조 원", 16 * JO, W, "원", "currency", ctx="16조 원,",
    f=("매출", "올해 매출", S, "2026", "level", "required", "a target in the quote of the company's CFO: the company's figure (README convention 6); 올해 in the clause"))
d.Q("85GWh", 85, GWH, "GWh", M, f=("배터리 출하량", None, S, "2026", "level", "required", "listed with the figure before: same subject and period"))

# ---------------------------------------------------------------- 002 health insurance service's annual finances (뉴시스 dateline, no year anywhere)
d = Doc("002_daa27d07a1dee37a", "2026-02-11"); docs.append(d)
NH = "국민건강보험공단"
d.Oall("건보공단", NH, special={0: ("required", "short form of 국민건강보험공단 (named in full in the lead); headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(NH, NH, note="the full name; genitive owner of the lead's figure")
d.O("보건복지부", "보건복지부", note="government body")
d.O("건강보험정책심의위원회", "건강보험정책심의위원회", note="a committee (위원회)")
Y = "2025"
d.D("지난해", Y, "year", ctx="건보공단, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="국민건강보험공단의 지난해", rel=True)
d.D("11일", "2026-02-11", "day", rel=True, note="day of the release (발표했다)")
d.D("지난해", Y, "year", ctx="지난해 총수입", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back (ANNOTATION: 전년 optional)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("3년 뒤", "2029", "year", rel=True, note="an amount of time followed by 뒤: a DATE (that year), not a quantity")
d.D("이달 말", "2026-02", "month", mod="END", rel=True, note="future clause (논의한다): this month's end")
d.D("내년", "2027", "year", rel=True)
d.Q("1조7천억", 1 * JO + 7000 * EOK, W, "", "currency", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("당기수지", "지난해 당기수지", NH, Y, "level"))
d.Q("30조", 30 * JO, W, "", "currency", ctx="30조 육박", approx=True, st="optional",
    note="headline amount, currency implied (optional); 육박 (nearly) read as an approximator: approx",
    f=("준비금", "준비금 30조", NH, Y, "level"))
d.Q("1조 7,200억 원", 1 * JO + 7200 * EOK, W, "원", "currency", ctx="1조 7,200억 원 흑자",
    f=("당기수지", "건강보험 당기수지", NH, Y, "level", "required",
       "genitive owner (국민건강보험공단의); 당기수지 is the balance the surplus is of (README convention 3: not 흑자)"))
d.Q("30조 원", 30 * JO, W, "원", "currency", approx=True, note="에 육박했다: approx",
    f=("누적 준비금", "누적 준비금은 30조", NH, Y, "level", "required", "subject and the lead's period carried"))
d.Q("98조 4,600억 원", 98 * JO + 4600 * EOK, W, "원", "currency",
    f=("총수입", None, NH, Y, "level", "required", "subject carried from 건보공단은 of the sentence before; 지난해 in the clause"))
d.Q("6.2%", 6.2, "%", "%", P, f=("총수입", None, NH, Y, "change", "required", "전년보다 = basis"))
d.Q("96조 7,400억 원", 96 * JO + 7400 * EOK, W, "원", "currency", f=("총지출", None, NH, Y, "level"))
d.Q("5.9%", 5.9, "%", "%", P, f=("총지출", None, NH, Y, "change"))
d.Q("83조 1,000억 원", 83 * JO + 1000 * EOK, W, "원", "currency", f=("보험료 수입", None, NH, Y, "level", "required", "수입 가운데: a part of the figure before; subject and period carried"))
d.Q("84.4%", 84.4, "%", "%", P,
    f=("보험료 수입", None, NH, Y, "level", "required", "A가 … N%를 차지했고: the share of the part A (README convention 4)"))
d.Q("12조 2,500억 원", 12 * JO + 2500 * EOK, W, "원", "currency", f=("정부지원금", None, NH, Y, "level"))
d.Q("94조 4,100억 원", 94 * JO + 4100 * EOK, W, "원", "currency", f=("보험급여비", None, NH, Y, "level"))
d.Q("97.6%", 97.6, "%", "%", P, f=("보험급여비", None, NH, Y, "level", "required", "지출 가운데 A는 … N%였다: the share of the part A (README convention 4)"))
d.Q("36조 2,000억 원", 36 * JO + 2000 * EOK, W, "원", "currency", f=("입원 진료비", None, NH, Y, "level", "required", "이 중: a part of 보험급여비; subject and period carried"))
d.Q("39조 8,000억 원", 39 * JO + 8000 * EOK, W, "원", "currency", f=("외래 진료비", None, NH, Y, "level"))
d.Q("29조 8,000억 원", 29 * JO + 8000 * EOK, W, "원", "currency", f=("누적 준비금", "누적 준비금은 지난해", NH, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("1조 7,200억 원", 1 * JO + 7200 * EOK, W, "원", "currency", ctx="1조 7,200억 원 늘었다",
    f=("누적 준비금", "누적 준비금은 지난해", NH, Y, "change", "required", "늘었다: a change"))
d.Q("3.8개월", "3.8", "month", "개월", "duration", approx=True,
    note="약 → approx; 분 (worth) after the unit stays outside like a suffix; an amount of time: duration, so no fact (README question 3)")
d.Q("1,870억 원", 1870 * EOK, W, "원", "currency",
    f=("부당이득금", None, NH, Y, "level", "required",
       "건보공단은 … 환수했다: the service's own figure; the noun in apposition right before the amount; no date of its own: the period last set for the subject (2025)"))

# ---------------------------------------------------------------- 003 webtoon platform's creators and readers, its parent (뉴스1 dateline; no present year)
d = Doc("003_49201bf5518fca04", "2026-03-10"); docs.append(d)
TR, RM = "툰레인", "레인미디어그룹"
d.Oall(TR, TR, special={0: ("required", "invented webtoon platform (a business run as a platform); headline topic")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (digits inside a name: not a quantity)")
d.Oall(RM, RM, special={0: ("required", "invented parent company (모회사), named after 툰레인의")})
d.O("고단샤", "고단샤", note="publisher, the partner (와) of a co-production")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="institution cited as the source (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="작가들이 지난해", rel=True)
d.D("10일", "2026-03-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("2025", Y, "year", ctx="'2025 크리에이터", st="optional",
    note="a year without 년 inside a report's title: a name with digits (not DATE, like 춘뢰 프로젝트 2020) or a year? optional")
d.D("지난해", Y, "year", ctx="내고 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back (ANNOTATION: 전년 optional)")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해", Y, "year", ctx="지난해 해외 매출", rel=True)
d.D("지난해", Y, "year", ctx="레인미디어그룹은 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
CR = ("creators' figures of one platform (its 작가): read as the platform's own statistic, like a company's staff count "
      "(README question 4)")
d.Q("1억2천만원", 120000000, W, "원", "currency",
    f=("연평균 수익", "작가 연평균 수익 1억2천만원", TR, "", "level", "required",
       "headline: 툰레인 modifies 작가 (" + CR + "); no DATE in the headline and nothing before it: period empty"))
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("해외 독자", "해외 독자 1천만명", TR, "", "level", "required", "headline after …: the headline's organization; no DATE in the headline: empty"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당; ANNOTATION: rate denominators optional)")
d.Q("1억 원", 1 * EOK, W, "원", "currency", ctx="1억 원이 넘는", bound="gt", note="넘는 → gt",
    f=("수익", "넘는 수익", TR, Y, "level", "optional",
       "the clause's subject is 작가들 (persons) and 툰레인 only a place of serialisation (에서): a person's figure (empty) or the platform's? (README question 4)"))
d.Q("1,480명", 1480, "명", "명", C, f=("정식 연재 작가", None, TR, Y, "level", "required", CR))
d.Q("210명", 210, "명", "명", C, f=("정식 연재 작가", None, TR, Y, "change", "required", "전년보다 = basis"))
d.Q("1억 2,400만 원", 1 * EOK + 2400 * MAN, W, "원", "currency",
    f=("연평균 수익", "작가 연평균 수익은", TR, Y, "level", "required", "subject carried from 툰레인은 of the sentence before; " + CR))
d.Q("8%", 8, "%", "%", P, ctx="으로 8%", f=("연평균 수익", "작가 연평균 수익은", TR, Y, "change"))
DEF = "a threshold that defines the counted group (연 수익 N원 이상 작가): part of the metric, no fact (FACTS: definitional ranges); fact row optional"
d.Q("1억 원", 1 * EOK, W, "원", "currency", ctx="1억 원 이상", bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional", DEF))
d.Q("392명", 392, "명", "명", C, f=("작가", "이상 작가는", TR, Y, "level", "required", "the counted noun (its threshold is part of the metric; the span of 작가 is taken)"))
d.Q("10억 원", 10 * EOK, W, "원", "currency", bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("27명", 27, "명", "명", C, f=("작가", "이상 작가는", TR, Y, "level", "required", "elliptic (10억 원 이상은): the counted noun of the figure before"))
d.Q("1,835억 원", 1835 * EOK, W, "원", "currency", f=("수익", "돌아간 수익은", TR, Y, "level", "required", "작가에게 돌아간 수익: the platform's payout; subject and period carried"))
d.Q("6개", 6, "개", "개", C,
    f=("언어", "6개 언어", TR, "2025-12", "level", "required",
       "the counted noun after the count; no DATE in its relative clause: the sentence's 지난해 12월 (search order clause → sentence)"))
d.Q("1,210만 명", 1210 * MAN, "명", "명", C, f=("해외 독자", "월간 해외 독자", TR, "2025-12", "level", "required", "월간 is a basis modifier (outside); genitive owner 툰레인의"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: a duration, no fact")
d.Q("42%", 42, "%", "%", P, f=("해외 독자", "월간 해외 독자", TR, "2025-12", "change"))
d.Q("38%", 38, "%", "%", P, note="까지 올랐다: the level reached; 까지 read as a particle, no bound (README convention 8)",
    f=("해외 매출 비중", None, TR, Y, "level", "required", "subject carried; 지난해 in the sentence"))
d.Q("4,650억 원", 4650 * EOK, W, "원", "currency",
    f=("웹툰 부문 매출", None, RM, Y, "level", "required", "the parent is the clause's topic; a division (웹툰 부문) is no ORG"))
d.Q("27%", 27, "%", "%", P, f=("비중", "차지하는 비중", RM, Y, "level", "required", "27%로 높아졌다: the level reached (no rate of change written)"))
d.Q("800억 원", 800 * EOK, W, "원", "currency",
    f=("추가 출자", None, RM, "2026", "level", "required", "the parent's spend; the subsidiary (툰레인에) is the counterparty; 올해 in the clause"))
d.Q("20편", 20, "편", "편", C,
    f=("작품", "제작하는 작품을", RM, "2026", "level", "required",
       "N편으로 늘릴: the target level; the publisher (와) is the partner of the relative clause only, the plan's subject is the parent; 올해 of the sentence"))
d.Q("4,800만 원", 4800 * MAN, W, "원", "currency", approx=True, note="수준 after the amount read as an approximator (README convention 8)",
    f=("연평균 수익", "작가의 연평균 수익", "", Y, "level", "required", "a source-cited industry figure (국내 웹툰 작가): no subject"))

# ---------------------------------------------------------------- 004 port authority's container throughput (연합뉴스 dateline; 2025년 in the lead)
d = Doc("004_2d6a30d78e51712a", "2026-01-14"); docs.append(d)
BP, PN, HB = "부산항만공사", "부산신항국제터미널", "한바다컨테이너터미널"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(BP, BP, ctx="부산항만공사(BPA)", aliases="BPA", note="port authority; (BPA) an alias; reports the port's statistics")
d.O(PN, PN, aliases="PNIT", note="terminal operator; 신항 (place) outside")
d.O(HB, HB, aliases="HBCT", note="invented terminal operator")
d.O("BPA", BP, ctx="BPA는 올해", note="the alias used alone: a mention of 부산항만공사")
d.O(BP, BP, ctx="윤태성 부산항만공사", note="organization before a person's title")
Y = "2025"
d.D("지난해", Y, "year", ctx="부산항 지난해", rel=True)
d.D("지난해", Y, "year", ctx="부산항이 지난해", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note="points back (ANNOTATION: 전년 optional)")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (문을 열면 … 늘어난다): this year's second half")
PORT = ("the port's statistic: 부산항 is a place, not an ORG, and 부산항만공사 only reports it (its source): empty subject "
        "(README question 5)")
d.Q("2,488만TEU", 2488 * MAN, TEU, "TEU", M,
    f=("컨테이너", "컨테이너 2,488만TEU", "", Y, "level", "required", "headline: 지난해 in it; the noun before the figure; " + PORT))
d.Q("57%", 57, "%", "%", P, ctx="비중 57%",
    f=("환적 비중", None, "", Y, "level", "required", "headline after …: the headline's 지난해 carried; " + PORT))
d.Q("2,488만 TEU", 2488 * MAN, TEU, "TEU", M, f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", Y, "level", "required", "2025년 in the clause; " + PORT))
d.Q("2,440만 TEU", 2440 * MAN, TEU, "TEU", M,
    f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", "2024", "level", "required",
       "a basis figure in brackets after a pointing-back date: the value of that DATE (전년 → 2024); " + PORT))
d.Q("2.0%", "2.0", "%", "%", P, f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", Y, "change", "required", "the written value 2.0 kept; 전년보다 = basis"))
d.Q("1,418만 TEU", 1418 * MAN, TEU, "TEU", M, f=("환적 물동량", None, "", Y, "level", "required", "이 가운데: a part of the figure before; period carried"))
d.Q("3.4%", 3.4, "%", "%", P, f=("환적 물동량", None, "", Y, "change"))
d.Q("57%", 57, "%", "%", P, ctx="전체의 57%",
    f=("환적 물동량", None, "", Y, "level", "required", "A는 … 전체의 N%를 차지했다: the share of the part A (README convention 4)"))
d.Q("1,070만 TEU", 1070 * MAN, TEU, "TEU", M, f=("수출입 물동량", None, "", Y, "level"))
d.Q("0.2%", 0.2, "%", "%", P, f=("수출입 물동량", None, "", Y, "change", "required", "줄었다: a change (the sign is not written, the value stays 0.2)"))
TM = "breakdown (터미널별 물동량은): a terminal operator (ORG) is the subject of its item; the story's period (2025년) carried"
d.Q("412만 TEU", 412 * MAN, TEU, "TEU", M, f=("물동량", "터미널별 물동량", PN, Y, "level", "required", TM))
d.Q("305만 TEU", 305 * MAN, TEU, "TEU", M, f=("물동량", "터미널별 물동량", HB, Y, "level", "required", TM + "; 뒤를 이었다 names no measure: the breakdown's"))
d.Q("두 터미널", 2, "터미널", "터미널", C, st="optional", note="a counted noun that is no counter (ANNOTATION: optional), as 70억 인구")
d.Q("6.1%", 6.1, "%", "%", P, f=("물동량", "터미널별 물동량", PN, Y, "change", "required", "각각 in the order the two terminals were named; 성장했다 names no noun: the breakdown's measure"))
d.Q("4.8%", 4.8, "%", "%", P, f=("물동량", "터미널별 물동량", HB, Y, "change", "required", "각각: the second terminal"))
d.Q("292개", 292, "개", "개", C,
    f=("컨테이너 항로", None, "", Y, "level", "required", "지난해 말 기준 (2025, END); 주간 is a rate word (weekly), not labelled; " + PORT))
d.Q("9개", 9, "개", "개", C, f=("컨테이너 항로", None, "", Y, "change", "required", "전년 말보다 = basis"))
d.Q("48개", 48, "개", "개", C, f=("북미 항로", None, "", Y, "level", "required", "a part of the figure before; period carried"))
d.Q("21개", 21, "개", "개", C, f=("유럽 항로", None, "", Y, "level"))
d.Q("2,550만 TEU", 2550 * MAN, TEU, "TEU", M,
    f=("목표", "올해 목표", BP, "2026", "level", "required", "BPA sets its own target (its figure); 올해 in the clause; the measure noun governing the amount"))
d.Q("2단계", 2, "단계", "단계", "ordinal", st="optional",
    note="a construction phase (서컨테이너부두 2단계): an ordinal like 1차, or part of a project's name? optional")
d.Q("250만 TEU", 250 * MAN, TEU, "TEU", M,
    f=("처리능력", None, "", "2026-H2", "change", "required",
       "늘어난다: a change; 연간 is a basis modifier; 하반기 in its clause (future); the port's capacity: " + PORT))

# ---------------------------------------------------------------- 005 securities firms' IPO underwriting league table (입력 stamp + byline)
d = Doc("005_294d03e71e410a8d", "2025-12-29"); docs.append(d)
KI, NHI, KB, MA, HW, HB = "한국투자증권", "NH투자증권", "KB증권", "미래에셋증권", "한울투자증권", "한빛로보틱스"
d.Oall(KI, KI, special={0: ("required", "headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the stamp-and-byline line")
d.O("에프앤가이드", "에프앤가이드", note="financial data company cited as the source (에 따르면)")
d.O(NHI, NHI, note="rival firm")
d.Oall(KB, KB)
d.O(MA, MA)
d.Oall(HW, HW, special={0: ("required", "invented mid-sized securities firm")})
d.O(HB, HB, note="invented issuer (최대어), genitive owner of its offering amount")
Y = "2025"
d.D("올해", Y, "year", ctx="한국투자증권, 올해", rel=True)
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp (date only; the clock time is not labelled)")
d.D("올해", Y, "year", ctx="한국투자증권이 올해", rel=True)
d.D("29일", "2025-12-29", "day", rel=True, note="day of the data release (에 따르면)")
d.D("올해", Y, "year", ctx="한국투자증권은 올해", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 1위", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 주관", rel=True)
d.D("올해", Y, "year", ctx="올해 전체", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back (ANNOTATION: 전년 optional)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a part of the year: one mention")
RK = "a rank: ordinal, no fact"
d.Q("1위", 1, "위", "위", "ordinal", ctx="주관 1위 탈환", note=RK)
d.Q("2조", 2 * JO, W, "", "currency", ctx="2조 넘어", bound="gt", st="optional", note="headline amount, currency implied (optional); 넘어 → gt",
    f=("공모액", None, KI, Y, "level"))
d.Q("1위", 1, "위", "위", "ordinal", ctx="순위 1위", note=RK)
LT = "a league-table item with no measure noun of its own: the measure of the leader's figure of the same unit; the story's period (올해)"
d.Q("18건", 18, "건", "건", C, f=("상장", "상장 18건", KI, Y, "level", "required", "the counted noun before the count; subject named in the clause; 올해 in it"))
d.Q("2조 1,350억 원", 2 * JO + 1350 * EOK, W, "원", "currency", f=("공모 금액", "공모 금액 2조", KI, Y, "level"))
d.Q("27.4%", 27.4, "%", "%", P, f=("시장 점유율", None, KI, Y, "level", "required", "subject and period carried"))
d.Q("1위", 1, "위", "위", "ordinal", ctx="지난해 1위", note=RK)
NHN = ("; 지난해 dates only the relative clause's rank (1위였던): the figure's own clause has none, the story's 올해 carried "
       "(README question 6)")
d.Q("15건", 15, "건", "건", C, f=("상장", "상장 18건", NHI, Y, "level", "required", LT + NHN))
d.Q("1조 6,900억 원", 1 * JO + 6900 * EOK, W, "원", "currency", f=("공모 금액", "공모 금액 2조", NHI, Y, "level", "required", LT + NHN))
d.Q("2위", 2, "위", "위", "ordinal", note=RK)
d.Q("14건", 14, "건", "건", C, f=("상장", "상장 18건", KB, Y, "level", "required", LT))
d.Q("1조 2,100억 원", 1 * JO + 2100 * EOK, W, "원", "currency",
    f=("공모 금액", "공모 금액이 9,800억", KB, Y, "level", "required", "a figure in brackets after the firm's count: the same firm's; the nearest 공모 금액 (the next clause's)"))
d.Q("3위", 3, "위", "위", "ordinal", note=RK)
d.Q("21건", 21, "건", "건", C, f=("상장", "상장 18건", MA, Y, "level", "required", LT + "; 맡았지만 names no noun"))
d.Q("9,800억 원", 9800 * EOK, W, "원", "currency", f=("공모 금액", "공모 금액이 9,800억", MA, Y, "level"))
d.Q("4위", 4, "위", "위", "ordinal", note=RK)
d.Q("7건", 7, "건", "건", C, f=("상장", "상장 18건", HW, Y, "level", "required", LT))
d.Q("2,340억 원", 2340 * EOK, W, "원", "currency", f=("공모 금액", "공모 금액이 9,800억", HW, Y, "level", "required", LT + "; the nearest league mention"))
d.Q("5위", 5, "위", "위", "ordinal", note=RK)
d.Q("2건", 2, "건", "건", C, ctx="2건에", f=("주관 실적", None, HW, "2024", "level", "required", "지난해 in the clause"))
MK = "the whole market's figure (올해 전체 IPO): no subject"
d.Q("7조 8,000억 원", 7 * JO + 8000 * EOK, W, "원", "currency", f=("IPO 공모 금액", "전체 IPO 공모 금액", "", Y, "level", "required", MK))
d.Q("12%", 12, "%", "%", P, f=("IPO 공모 금액", "전체 IPO 공모 금액", "", Y, "change", "required", MK + "; 전년보다 = basis"))
d.Q("92곳", 92, "곳", "곳", C, f=("신규 상장 기업", None, "", Y, "level", "required", MK))
d.Q("8곳", 8, "곳", "곳", C, f=("신규 상장 기업", None, "", Y, "change"))
d.Q("6,200억 원", 6200 * EOK, W, "원", "currency",
    f=("공모 금액", "공모 금액은 6,200억", HB, Y, "level", "required",
       "genitive owner (한빛로보틱스의); the underwriters are the subject of the next clause only; the story's period (올해)"))
d.Q("1조 원", 1 * JO, W, "원", "currency", bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional",
       "a threshold that defines the counted offerings (1조 원 이상 대형 공모): part of the metric, no fact (FACTS: definitional ranges); fact row optional"))
d.Q("3~4건", 3, "건", "건", C, hi=4,
    f=("대형 공모", None, "", "2026-H1", "level", "required",
       "an official of an unnamed firm on the market (한 증권사): no subject; 내년 상반기 in the clause"))

# ---------------------------------------------------------------- 006 public corporation's blood-donation and volunteer recap (regional daily byline; no year anywhere)
d = Doc("006_a6159a552289240a", "2025-12-18"); docs.append(d)
KO, UN, FD = "한국남동발전", "한국남동발전 노동조합", "남강나눔복지재단"
d.O("남동발전", KO, ctx="남동발전 임직원 올해", note="short form of 한국남동발전 (named in full in the body); headline")
d.Oall(KO, KO, skip=(2,), special={3: ("required", "organization before a person's title (사장)")})
d.O("대한적십자사 경남혈액원", "대한적십자사 경남혈액원",
    note="the Red Cross's regional blood centre: its official name holds the parent's name (one span, as JR서일본 철도)")
d.O(UN, UN, note="the company's union (its own name holds the company's; one span)")
d.O(FD, FD, note="invented welfare foundation, the recipient (에 기부했다)")
d.O("경남일보", "경남일보", note="regional daily in the byline line")
Y = "2025"
d.D("올해", Y, "year", ctx="임직원 올해", rel=True)
d.D("올 한 해", Y, "year", rel=True, note="ANNOTATION lists 올 한해 as a relative DATE; 한 해 inside it is no quantity")
d.D("18일", "2025-12-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="열고 올해", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis, with its figure in brackets: still a DATE")
d.D("다음 달", "2026-01", "month", rel=True, note="future clause (지급한다)")
d.D("내년", "2026", "year", rel=True)
VH = ("an amount of time (volunteer hours): category duration, so no fact (FACTS: durations have none), although it measures "
      "the company's volunteering (README question 7)")
d.Q("1,240명", 1240, "명", "명", C, ctx="헌혈 1,240명",
    f=("헌혈", "헌혈 1,240명", KO, Y, "level", "required", "headline: the short-named company; 올해 in the headline"))
d.Q("2만 시간", 20000, "hour", "시간", "duration", bound="gt", note="넘겨 → gt; " + VH)
d.Q("1,240명", 1240, "명", "명", C, ctx="임직원 1,240명",
    f=("임직원", "임직원 1,240명", KO, Y, "level", "required", "the counted noun right before the count; the company's staff (README convention 9); 올해 in the clause"))
d.Q("1,065명", 1065, "명", "명", C,
    f=("임직원", "임직원 1,240명", KO, "2024", "level", "required",
       "a basis figure in brackets right after 지난해: that DATE dates it; the measure of the figure it is compared with"))
d.Q("16%", 16, "%", "%", P,
    f=("임직원", "임직원 1,240명", KO, Y, "change", "required", "늘었다 names no noun: the figure before's measure; the period is the current one, not the basis (지난해)"))
d.Q("980장", 980, "장", "장", C, f=("헌혈증", None, KO, Y, "level", "required", "the blood centre (을 거쳐) is an intermediary, not the subject; subject and period carried"))
d.Q("2만 1,300시간", 21300, "hour", "시간", "duration", note=VH)
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당; ANNOTATION: rate denominators optional)")
d.Q("8.6시간", 8.6, "hour", "시간", "duration", note="per-head average of an amount of time: duration, no fact (README question 7)")
ST = "the company's staff (임직원들은) act for it: subject 한국남동발전 (README convention 9); the story's 올해 carried"
d.Q("42곳", 42, "곳", "곳", C, f=("지역아동센터", None, KO, Y, "level", "required", ST))
d.Q("310가구", 310, "가구", "가구", C, f=("홀몸노인", None, KO, Y, "level", "required", ST + "; the noun right before the counter"))
d.Q("9만 3,000장", 9 * MAN + 3000, "장", "장", C, f=("연탄", None, KO, Y, "level", "required", ST))
d.Q("4,800만 원", 4800 * MAN, W, "원", "currency",
    f=("기부", None, UN, Y, "level", "required",
       "the union is the clause's topic; the shared verb 기부했다 gives the verbal noun, taken at the nearest mention (기부도 늘었다)"))
d.Q("9,600만 원", 9600 * MAN, W, "원", "currency",
    f=("기부", None, UN + ";" + KO, Y, "level", "required",
       "모두: the union's and the company's (회사 = 한국남동발전) gifts together, both named: both subjects; the foundation (에) is the recipient"))
d.Q("120명", 120, "명", "명", C,
    f=("저소득층 학생", None, FD, "2026-01", "level", "required", "재단 = the foundation named before (its short reference); 다음 달 in the clause"))
d.Q("50만 원", 50 * MAN, W, "원", "currency", note="씩 (each) outside",
    f=("장학금", None, FD, "2026-01", "level", "required", "the object before the amount names it; a per-student amount, still a level"))
d.Q("1,500명", 1500, "명", "명", C, note="까지 늘리겠다: the target level; 까지 read as a particle, no bound (README convention 8)",
    f=("헌혈 참여 인원", None, KO, "2026", "level", "required", "a target in the quote of the company's head (README convention 6); 내년 in the clause"))

if __name__ == "__main__":
    write_all(docs)
