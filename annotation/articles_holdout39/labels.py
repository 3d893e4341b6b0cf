"""Gold labels of articles-holdout39, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout39/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기 … optional)"

# ---------------------------------------------------------------- 001 construction company's overseas orders (뉴스1 dateline, 2025년 in the lead)
d = Doc("001_f40f45b5f0dbb9f5", "2026-01-14"); docs.append(d)
S = "동진건설"
d.Oall(S, S)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("아람코", "아람코", note="state-owned client (발주한); 사우디 (a place) outside the span")
d.O("삼성물산", "삼성물산", note="consortium partner (과 컨소시엄을 꾸려)")
d.O("베트남전력공사", "베트남전력공사", aliases="EVN", note="state-owned client; (EVN) right after the name is an alias")
d.O("해외건설협회", "해외건설협회", note="the association whose statistic is cited (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="동진건설, 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 42%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2025년", Y, "year")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(34억", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년 7곳", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.Q("48억 달러", 4800000000, U, "달러", "currency", f=("해외수주", None, S, Y, "level", "required", "headline: its own 지난해"))
d.Q("42%", 42, "%", "%", P, f=("해외수주", None, S, Y, "change", "required", "headline: the figure before's measure; current period, 전년 the basis"))
d.Q("48억 2,000만 달러", 4820000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level"))
d.Q("6조 9,000억 원", 6900000000000, W, "원", "currency", approx=True, eq=("48억 2,000만 달러",), note="conversion in brackets after 약",
    f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", "a conversion: same slots as the quantity it converts"))
d.Q("34억 달러", 3400000000, U, "달러", "currency",
    f=("해외 수주액", "2025년 해외 수주액", S, "2024", "level", "required",
       "a basis figure alone in brackets after 전년: its period is that DATE's value (2024); the measure of the figure compared (README convention 4)"))
d.Q("41.8%", 41.8, "%", "%", P, f=("해외 수주액", "2025년 해외 수주액", S, Y, "change", "required", "a rate with no noun of its own: the sentence before's measure; current period"))
d.Q("17건", 17, "건", "건", C, f=("수주 건수", None, S, Y, "level", "required", "story period (the lead's 2025년)"))
d.Q("7곳", 7, "곳", "곳", C, f=("수주 국가", None, S, "2024", "level", "required", "A에서 B로 with A's own DATE (전년): 2024"))
d.Q("11곳", 11, "곳", "곳", C, f=("수주 국가", None, S, Y, "level", "required", "the new level: story period"))
BR = "breakdown (국가별로는): a country is no subject; the item keeps the total's measure (해외 수주액); the company and the story period carry"
d.Q("21억 5,000만 달러", 2150000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("9억 8,000만 달러", 980000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("6억 4,000만 달러", 640000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("2단계", 2, "단계", "단계", "ordinal", st="optional", f=None,
    note="phase number inside a project's name (자푸라 가스처리시설 2단계 공사): an ordinal without explicit marker, or part of a name? (README question 6)")
d.Q("26억 달러", 2600000000, U, "달러", "currency",
    f=("공사", "규모의 공사", S + ";삼성물산", Y, "level", "required",
       "X 규모의 Y → Y (공사); a consortium figure with both members named (동진건설은 삼성물산과 컨소시엄을 꾸려): both subjects"))
d.Q("55%", 55, "%", "%", P, f=("지분율", None, S, Y, "level"))
d.Q("14억 3,000만 달러", 1430000000, U, "달러", "currency", f=("몫", None, S, Y, "level", "required", "동진건설 몫: the company's share of the contract"))
d.Q("3건", 3, "건", "건", C,
    f=("송전선로 공사", None, S, Y, "level", "required", "the client (베트남전력공사가 발주한) is the counterparty; 수주했다 continues about the company"))
d.Q("371억 달러", 37100000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "", Y, "level", "required", "a figure of an industry (국내 건설사): empty subject; the association is only the source"))
d.Q("11%", 11, "%", "%", P, f=("해외 수주액", "건설사의 해외 수주액", "", Y, "change"))
d.Q("13%", 13, "%", "%", P, f=("점유율", None, S, Y, "level", "required", "the period last set (지난해 of the sentence before)"))
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("60억 달러", 6000000000, U, "달러", "currency",
    f=("해외 수주", "해외 수주 60억", S, "2026", "level", "required", "a company head's target in a quote: the company's figure (README convention 7); 올해 in the clause"))

# ---------------------------------------------------------------- 002 convenience-store chain over the Seollal holiday (뉴시스 dateline, no year anywhere)
d = Doc("002_0bf55d5f9deb94aa", "2026-02-19"); docs.append(d)
S, OP, BGF = "위드유", "위드유리테일", "BGF리테일"
d.Oall(S, S, skip=(1,))  # index 1 is the start of 위드유리테일
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("세영그룹", "세영그룹", note="the parent group (계열)")
d.O(OP, OP, note="the operating company (운영하는) of the chain")
d.O("CU", "CU", note="a chain (brand run as a business), 업계 1위")
d.O(BGF, BGF, note="CU's operator, subject of its own figure")
R = "2026-02-14/2026-02-18"
HOL = "holiday: optional DATE (ANNOTATION); value = the days the text gives (14~18일)"
d.D("설 연휴", R, "day", ctx="위드유, 설 연휴", rel=True, st="optional", note=HOL)
d.D("설 연휴", R, "day", ctx="위드유는 설 연휴", rel=True, st="optional", note=HOL)
d.D("14~18일", R, "day", rel=True, note="a range of days, one mention; month and year from the document date")
d.D("지난해", "2025", "year", ctx="지난해 설", rel=True, note="the deictic year is a required DATE; the holiday after it an optional one")
d.D("설 연휴", "2025-01-28/2025-01-30", "day", ctx="지난해 설 연휴", rel=True, st="optional", note="last year's holiday (official days of 2025's 설)")
d.D("19일", "2026-02-19", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난달 말", "2026-01", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset: N년 전 → that year (ANNOTATION)")
d.D("지난달", "2026-01", "month", ctx="\"지난달", rel=True)
d.D("설", "2026-02-17", "day", ctx="지난달 설 선물세트", rel=True, st="optional", note="holiday name as a modifier of a product (설 선물세트): optional at most")
d.D("작년", "2025", "year", rel=True)
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday (작년 추석): optional")
d.D("같은 기간", R, "day", rel=True, st="optional", anchor="2026-02-14", note=PB)
d.Q("18%", 18, "%", "%", P, ctx="18% 늘어",
    f=("매출", "연휴 매출 18%", S, R, "change", "required", "headline: its own 설 연휴 (the holiday's days as given in the lead)"))
d.Q("닷새", 5, "day", "닷새", "duration", ctx="닷새(", note="native amount of time (닷새 동안): duration, no fact")
d.Q("18.4%", 18.4, "%", "%", P, f=("전국 점포 매출", None, S, R, "change", "required", "the days in brackets (14~18일) in the clause; last year's holiday is the basis"))
d.Q("32%", 32, "%", "%", P, f=("도시락 매출", None, S, R, "change", "required", "story period (the lead's 14~18일)"))
BR = "breakdown (상품별로는): a category is no subject; the item keeps the measure (매출) of the figure before; the chain and the holiday carry"
d.Q("27%", 27, "%", "%", P, f=("매출", "매출이 32%", S, R, "change", "required", BR))
d.Q("15%", 15, "%", "%", P, f=("매출", "매출이 32%", S, R, "change", "required", BR))
d.Q("41만 개", 410000, "개", "개", C, f=("도시락", "팔린 도시락", S, R, "level", "required", "연휴 기간 (no DATE) = the story's holiday"))
d.Q("214곳", 214, "곳", "곳", C, f=("특수 입지 점포", None, S, R, "level"))
d.Q("2.3배", 2.3, "배", "배", C,
    f=("매출", "214곳의 매출", S, R, "change", "optional",
       "N배 많았다 against a basis that is no calendar period (평소 주말): a change, or a level of a ratio? (README question 3)"))
d.Q("6,820점", 6820, "점", "점", C, f=("점포 수", None, S, "2026-01", "level", "required", "지난달 말 기준 (2026-01, END)"))
d.Q("410점", 410, "점", "점", C, f=("점포 수", None, S, "2026-01", "change", "required", "늘었다: a change; 1년 전 is the basis"))
d.Q("99%", 99, "%", "%", P, f=("정상 영업률", None, S, R, "level", "required", "연휴 기간 = the story's holiday"))
d.Q("닷새", 5, "day", "닷새", "duration", ctx="닷새간", note="닷새간: 간 outside, duration, no fact")
d.Q("870억 원", 87000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("매출", "닷새간 매출", S, R, "level", "required", "연휴 닷새간 = the story's holiday; the chain carried (passive 추산된다)"))
d.Q("63억 원", 6300000000, W, "원", "currency",
    f=("설 선물세트 예약 판매액", None, S, "2026-01", "level", "required", "a spokesperson (위드유 관계자) speaks for the chain; 지난달 in the clause"))
d.Q("21%", 21, "%", "%", P, f=("설 선물세트 예약 판매액", None, S, "2026-01", "change", "required", "작년 추석 is the basis; …보다 많았다: a change"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("12%", 12, "%", "%", P, f=("매출", "기간 매출이 12%", BGF, R, "change", "required", "BGF리테일 subject of its own clause; 같은 기간 (optional DATE) points back to the holiday"))

# ---------------------------------------------------------------- 003 city government's tram, housing and bus plan (연합뉴스 dateline, years of the plan written)
d = Doc("003_897bcc3df00dd7d3", "2025-11-11"); docs.append(d)
S = "청주시"
d.Oall(S, S, skip=(4,), special={3: ("optional", "the city inside the mayor's title word (청주시장): ORG mention or part of a person's title? (README question 6)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
UN = "bare 시 standing for 청주시: an unnamed institution noun (ANNOTATION optional), canonical the city"
d.O("시", S, ctx="시는 내년", st="optional", note=UN)
d.O("국토교통부", "국토교통부", note="government body (approval)")
d.O("시", S, ctx="시는 2030년", st="optional", note=UN)
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name is an alias")
d.O("충북개발공사", "충북개발공사", note="invented-sounding provincial developer, co-implementer")
d.O("청주시의회", "청주시의회", note="the named city council (a council member's affiliation)")
d.O("시", S, ctx="올해 시 재정", st="optional", note=UN)
P32 = "2032"
d.D("2032년", P32, "year", ctx="청주시, 2032년", note="2032년까지 (까지 outside)")
d.D("2032년", P32, "year", ctx="들여 2032년")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the announcement (발표했다); the year inside the plan's name ('청주 도시교통 2035 기본계획') is not a DATE")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2028년 3월", "2028-03", "month")
d.D("2030년", "2030", "year", ctx="시는 2030년")
d.D("현재", "2025-11-11", "day", rel=True, st="optional", note="현재: optional, takes the document date (ANNOTATION)")
d.D("2030년", "2030", "year", ctx="2030년 480대")
d.D("올해", "2025", "year", rel=True)
d.Q("18㎞", 18, "km", "㎞", M, f=("트램", "공항 트램 18㎞", S, P32, "level", "required", "headline: its own 2032년까지"))
d.Q("8,400억", 840000000000, W, "", "currency", ctx="사업비 8,400억\n", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("8,400억 원", 840000000000, W, "원", "currency", f=("사업비", "사업비 8,400억 원", S, P32, "level", "required", "2032년까지 in its clause (a deadline of the plan)"))
d.Q("18.2km", 18.2, "km", "km", M, f=("구간", None, S, P32, "level"))
PLAN = ("a figure of the city's plan whose sentence is about the tram (no ORG): the city carried from the sentence before "
        "(청주시는 … 발표했다); the period last set for the city (2032; 11일 only dates the announcement) (README convention 5)")
d.Q("23곳", 23, "곳", "곳", C, f=("정거장", None, S, P32, "level", "required", PLAN))
d.Q("30대", 30, "대", "대", C, f=("차량", None, S, P32, "level", "required", PLAN))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 이용객): optional (rate denominator)")
d.Q("6만 4,000명", 64000, "명", "명", C, f=("이용객", None, S, P32, "level", "required", PLAN + "; 하루 qualifies the basis and stays outside the metric"))
d.Q("60%", 60, "%", "%", P, f=("사업비", "사업비 가운데", S, P32, "level", "required", "X 가운데 N%: the measure noun governing it (사업비); period carried (2032)"))
d.Q("5,040억 원", 504000000000, W, "원", "currency",
    f=("국비", None, S, P32, "level", "optional",
       "national funds inside the city's project cost: the city's budget figure, or the state's money (no ORG named in the clause)? (README question 2)"))
d.Q("4,200가구", 4200, "가구", "가구", C, f=("역세권 공공주택", None, S, "2030", "level", "required", "시는 (the city) … 2030년까지 in its clause"))
d.Q("1,500가구", 1500, "가구", "가구", C,
    f=("역세권 공공주택", None, S, "2030", "level", "required",
       "이 가운데: a part of the figure before, keeping its measure; the supplier is the city carried; the co-implementers of the next clause are not its subject"))
d.Q("410대", 410, "대", "대", C, f=("시내버스", None, S, "2025-11-11", "level", "required", "현재 (optional DATE) takes the document date: the as-of period (README convention 5)"))
d.Q("480대", 480, "대", "대", C, f=("시내버스", None, S, "2030", "level", "required", "the new level with its own 2030년"))
d.Q("45분", 45, "minute", "분", "duration", note="travel time (걸리는 시간): duration, no fact")
d.Q("28분", 28, "minute", "분", "duration", note="travel time: duration, no fact")
d.Q("28%", 28, "%", "%", P, f=("재정자립도", None, S, "2025", "level", "required", "시 재정자립도: the city's; 올해 in the clause"))
d.Q("1,700억 원", 170000000000, W, "원", "currency", bound="gt", note="넘는다 → gt",
    f=("시비 부담", None, S, "2025", "level", "optional",
       "the city's share of the project: by the search order (clause, then sentence) the sentence's 올해 (written), or the project's 2032, or none? (README question 2)"))

# ---------------------------------------------------------------- 004 pharmaceutical company's export contract and R&D (bracket byline, no present year written)
d = Doc("004_fce8b585a81eade8", "2026-03-04"); docs.append(d)
S, NV = "세한제약", "노바렉스 테라퓨틱스"
d.Oall(S, S)
d.O("노바렉스", NV, ctx="美 노바렉스에", note="short form of the partner named in full in the lead; 美 (a country) outside")
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.O(NV, NV, aliases="Novarex Therapeutics", note="the partner abroad; 미국 바이오기업 (a description) outside; the Latin name in brackets is an alias")
d.O("노바렉스", NV, ctx="노바렉스는", note="short form")
d.O("미국 식품의약국", "미국 식품의약국", aliases="FDA", note="미국 is part of the official name (as 미국 항공우주국); (FDA) an alias")
d.O("한국투자증권", "한국투자증권", note="brokerage")
Y = "2025"
d.D("4일", "2026-03-04", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("이달", "2026-03", "month", rel=True, note="이달 안에 (안에 outside)")
d.D("지난해", Y, "year", ctx="세한제약은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.1", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention")
d.D("2027년 상반기", "2027-H1", "half")
d.D("2029년 하반기", "2029-H2", "half")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="the current quarter (latest Q1 on or before the document date)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.Q("9억2천만 달러", 920000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("기술수출", None, S, "", "level", "required", "headline: no DATE in the headline and nothing before it → empty; the partner (에) is the counterparty"))
d.Q("9억 2,000만 달러", 920000000, U, "달러", "currency",
    f=("계약", "총 계약 규모", S, "", "level", "required",
       "N 규모 → the thing whose size it is (계약); the licensor's deal, partner (와) the counterparty; 4일 only dates the disclosure: empty"))
d.Q("1조 3,300억 원", 1330000000000, W, "원", "currency", approx=True, eq=("9억 2,000만 달러",), note="conversion in brackets after 약",
    f=("계약", "총 계약 규모", S, "", "level", "required", "a conversion: same slots"))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", f=("계약금", "없는 계약금", S, "2026-03", "level", "required", "받는다: the company's; 이달 in the clause"))
d.Q("8~12%", 8, "%", "%", P, hi=12,
    f=("로열티", None, S, "", "level", "optional",
       "순매출의 N%를 로열티로: metric the royalty (what the rate is of) or 순매출 (the noun governing it by 의)? no date (출시 뒤) (README question 4)"))
d.Q("6,840억 원", 684000000000, W, "원", "currency", f=("매출", "지난해 매출", S, Y, "level"))
d.Q("1,108억 원", 110800000000, W, "원", "currency", f=("연구개발", None, S, Y, "level", "required", "X에 N원을 썼다 → X; 지난해 in the sentence"))
d.Q("16.2%", 16.2, "%", "%", P, f=("R&D 비중", "대비 R&D 비중", S, Y, "level", "required", "매출 대비 qualifies the basis; the period carried (지난해)"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("R&D 비중", "대비 R&D 비중", S, Y, "change", "required", "%포인트 → %p; 전년 the basis"))
d.Q("1,300억 원", 130000000000, W, "원", "currency", f=("R&D 투자", None, S, "2026", "level", "required", "올해 in the clause; the company carried"))
d.Q("412명", 412, "명", "명", C, f=("연구 인력", None, S, Y, "level", "required", "지난해 말 기준 (2025, END)"))
PH = "clinical phase (임상 N상): an ordinal without an explicit marker (like 1차?), or part of a phase's name? (README question 6)"
d.Q("1상", 1, "상", "상", "ordinal", st="optional", f=None, note=PH)
d.Q("2상", 2, "상", "상", "ordinal", st="optional", f=None, note=PH)
d.Q("3상", 3, "상", "상", "ordinal", st="optional", f=None, note=PH)
d.Q("40%", 40, "%", "%", P, bound="min", note="이상 → min",
    f=("영업이익", None, S, "2026-Q1", "change", "required", "an analysts' outlook (증권가는 … 본다) on the company's profit; 1분기 in the clause; 전년 동기 the basis"))
TP = ("a brokerage's target price for the company's share (한국투자증권은 세한제약 목표주가를): subject the brokerage that set it, "
      "the company named before the metric, or none? no date (README question 5)")
d.Q("14만 원", 140000, W, "원", "currency", f=("목표주가", None, S, "", "level", "optional", TP))
d.Q("17만 원", 170000, W, "원", "currency", f=("목표주가", None, S, "", "level", "optional", TP))

# ---------------------------------------------------------------- 005 credit-card industry's monthly statistics (뉴스1 dateline, 2025년 10월 in the lead)
d = Doc("005_a892dd6926c59c8b", "2025-11-24"); docs.append(d)
A, SH, SS = "여신금융협회", "신한카드", "삼성카드"
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(A, A, note="the association that releases the statistic (its source)")
d.Oall(SH, SH)
d.O(SS, SS, note="second of the named pair of card companies")
d.O("협회", A, ctx="협회는", st="optional", note="bare 협회 standing for the association named before: an unnamed institution noun (optional), canonical the association")
M10 = "2025-10"
HOL = "holiday: optional DATE; value the ten days of 2025's 추석 연휴 (최장 열흘)"
d.D("10월", M10, "month", ctx="10월 카드승인액", rel=True, note="headline month: latest October on or before the document date")
d.D("추석 연휴", "2025-10-03/2025-10-12", "day", ctx="…추석 연휴", rel=True, st="optional", note=HOL)
d.D("2025년 10월", M10, "month")
d.D("1년 전", "2024", "year", rel=True, note="offset: N년 전 → that year (ANNOTATION)")
d.D("24일", "2025-11-24", "day", rel=True, note="day of the release (발표한)")
d.D("10월", M10, "month", ctx="'10월 카드승인실적", rel=True, st="optional", note="inside a quoted release title: a DATE or part of a title?")
d.D("지난달", M10, "month", rel=True)
d.D("전년 동월", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("추석 연휴", "2025-10-03/2025-10-12", "day", ctx="추석 연휴가", rel=True, st="optional", note=HOL)
d.D("11월", "2025-11", "month", rel=True, note="future clause (…웃돌 것): the current month")
d.D("연말", "2025", "year", mod="END", rel=True)
NS = "a national statistic of the card industry released by an association (its source): empty subject"
d.Q("104조 원", 104000000000000, W, "원", "currency", f=("카드승인액", None, "", M10, "level", "required", NS + "; headline: its own 10월"))
d.Q("104조 2,000억 원", 104200000000000, W, "원", "currency", f=("카드 승인금액", None, "", M10, "level", "required", NS))
d.Q("5.8%", 5.8, "%", "%", P, f=("카드 승인금액", None, "", M10, "change", "required", "1년 전 is the basis; current period"))
d.Q("26억 1,000만 건", 2610000000, "건", "건", C, f=("카드 승인 건수", None, "", M10, "level", "required", NS + "; 지난달 in the clause"))
d.Q("4.2%", 4.2, "%", "%", P, f=("카드 승인 건수", None, "", M10, "change"))
d.Q("3만 9,900원", 39900, W, "원", "currency", f=("평균 승인금액", None, "", M10, "level", "required", "건당 (no number) a rate word qualifying the basis, outside"))
d.Q("1.5%", 1.5, "%", "%", P, f=("평균 승인금액", None, "", M10, "change"))
d.Q("16조 7,000억 원", 16700000000000, W, "원", "currency", f=("숙박 및 음식점업 승인액", None, "", M10, "level", "required", "an industry's figure: empty subject; story period"))
d.Q("9.4%", 9.4, "%", "%", P, f=("숙박 및 음식점업 승인액", None, "", M10, "change"))
BR = "breakdown (업종별로는): the item keeps the measure (승인액) of the figure before; an industry is no subject; story period"
d.Q("3조 1,000억 원", 3100000000000, W, "원", "currency", f=("승인액", "음식점업 승인액", "", M10, "level", "required", BR))
d.Q("12.1%", 12.1, "%", "%", P, f=("승인액", "음식점업 승인액", "", M10, "change", "required", BR))
d.Q("열흘", 10, "day", "열흘", "duration", bound="max", note="native amount of time; 최장 read like 최대 (max), outside; duration, no fact")
d.Q("39조 8,000억 원", 39800000000000, W, "원", "currency", f=("승인액", "음식점업 승인액", "", M10, "level", "required", BR))
d.Q("0.7%", 0.7, "%", "%", P, f=("승인액", "음식점업 승인액", "", M10, "change", "required", BR + "; 줄었다: change, value as written"))
d.Q("21.6%", 21.6, "%", "%", P, f=("법인카드 승인액 비중", None, "", M10, "level"))
d.Q("15조 3,000억 원", 15300000000000, W, "원", "currency",
    f=("개인 신용카드 승인액", None, SH, M10, "level", "required", "카드사별로는: the genitive owner (신한카드의); story period (지난달)"))
d.Q("13조 9,000억 원", 13900000000000, W, "원", "currency",
    f=("개인 신용카드 승인액", None, SS, M10, "level", "required", "the second of the pair, its own subject; the measure of the figure before"))
d.Q("한 달", 1, "month", "달", "duration", note="한 달 새: 새 outside (like 간), duration, no fact")
d.Q("18%", 18, "%", "%", P, f=("해외 이용액", None, SH, M10, "change", "required", "the company's own statement (밝혔다); 한 달 새 = over the story's month"))
d.Q("100조 원", 100000000000000, W, "원", "currency", bound="gt", note="웃돌 → gt (exceed)",
    f=("승인액", "승인액이 100조", "", "2025-11", "level", "required", NS + "; an outlook with its own 11월"))

# ---------------------------------------------------------------- 006 energy company's solar plant and local agreement (입력 stamp page without a year, no year anywhere)
d = Doc("006_e3924891236a38e9", "2025-09-18"); docs.append(d)
S, GS = "대원에너지", "군산시"
d.Oall(S, S)
d.O("이투데이", "이투데이", note="outlet in the byline line")
d.O("대원그룹", "대원그룹", note="the parent group (대원그룹의 에너지 계열사)")
d.Oall(GS, GS, special={0: ("required", "a city acting as a government (agreement party)")})
d.O("새만금개발청", "새만금개발청", note="government body, agreement party")
NOW = "2025-09-18"
d.D("09.18", NOW, "day", rel=True, st="optional", note="publication stamp without a year (the year from the document date); clock time not labelled")
d.D("17일", "2025-09-17", "day", rel=True, note="day the agreement was signed: dates the event, not a figure's period")
d.D("18일", NOW, "day", rel=True, note="day of the report (밝혔다)")
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention")
d.D("내년 말", "2026", "year", mod="END", rel=True, note="내년 말까지 (까지 outside)")
d.D("현재", NOW, "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("지난해", "2024", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2023", "year", rel=True, st="optional", anchor="2024-01-01", note=PB)
d.D("지난해", "2024", "year", ctx="지난해 38%", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half: one mention")
NOD = "no DATE in its sentence and none before it (the headline and lead give none): empty"
d.Q("300MW", 300, "MW", "MW", M, ctx="새만금에 300MW", f=("태양광", "300MW 태양광 짓는다", S, "", "level", "required", "headline; " + NOD))
d.Q("4,500억 원", 450000000000, W, "원", "currency", ctx="짓는다…4,500억 원",
    f=("투자", "원 투자", S, "", "level", "required", "headline: the verbal noun after the amount (…4,500억 원 투자); " + NOD))
d.Q("300MW", 300, "MW", "MW", M, ctx="단지에 300MW", f=("태양광 발전소", None, S, "", "level", "required", "N 규모의 Y → Y (FACTS 규모 line); " + NOD))
d.Q("120MWh", 120, "MWh", "MWh", M, f=("에너지저장장치", None, S, "", "level", "required", "N 규모의 Y → Y; " + NOD))
d.Q("4,500억 원", 450000000000, W, "원", "currency", ctx="총사업비는 4,500억 원", f=("총사업비", None, S, "", "level", "required", NOD))
d.Q("390GWh", 390, "GWh", "GWh", M, approx=True, note="약 → approx",
    f=("발전량", None, S, "", "level", "required", "연간 qualifies the period, outside the metric; 완공 후 is no DATE; " + NOD))
d.Q("4인", 4, "인", "인", C, st="optional",
    note="household size as a definition (4인 가구 기준): part of the metric, no fact (FACTS definitional) — optional as a mention")
d.Q("10만 8,000가구", 108000, "가구", "가구", C, f=("공급 가능 가구", None, S, "", "level", "required", NOD))
AG = "agreement terms (협약에 따라): the date the agreement was signed (17일) is the event's, not the figure's period: empty (README question 1)"
d.Q("3%", 3, "%", "%", P, f=("발전 수익", None, S, "", "level", "required", "X의 N%: the measure noun governing it (발전 수익); " + AG))
d.Q("1,200억 원", 120000000000, W, "원", "currency", bound="min", note="이상 → min", f=("지역 업체 발주액", None, S, "", "level", "required", AG))
d.Q("20년", 20, "year", "년", "duration", note="20년간: 간 outside, duration, no fact")
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("부지 임대료", None, GS, "", "level", "required", "군산시는 … 묶어 주기로 했다: the city subject of its clause; 연 (no number) a rate word; " + AG))
d.Q("150MW", 150, "MW", "MW", M, f=("설비", None, S, "2026", "level", "required", "회사 = the story's company; 내년 말까지 in the clause (2026, END)"))
d.Q("14곳", 14, "곳", "곳", C, f=("태양광·풍력 발전소", None, S, NOW, "level", "required", "현재 (optional DATE) takes the document date (README convention 5)"))
d.Q("1.2GW", 1.2, "GW", "GW", M, f=("총 설비용량", None, S, NOW, "level", "required", "현재 of the same sentence"))
d.Q("5,830억 원", 583000000000, W, "원", "currency", f=("매출", None, S, "2024", "level"))
d.Q("9%", 9, "%", "%", P, f=("매출", None, S, "2024", "change", "required", "전년 the basis; current period 지난해"))
d.Q("38%", 38, "%", "%", P, f=("재생에너지 발전 비중", None, S, "2024", "level", "required", "A에서 B로 with A's own 지난해"))
d.Q("44%", 44, "%", "%", P, f=("재생에너지 발전 비중", None, S, "2025-H1", "level", "required", "the new level with its own 올해 상반기"))
d.Q("25%", 25, "%", "%", P,
    f=("설비용량", "전체 설비용량", S, "", "change", "optional",
       "an outcome after completion in the CEO's quote (완공되면): no DATE of its own; empty, or the period last set for the company (2025-H1) by the letter of carry-forward? (README question 1)"))

if __name__ == "__main__":
    write_all(docs)
