"""Gold labels of articles-holdout54, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout54/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text: optional (ANNOTATION, Relative dates)"

# ---------------------------------------------------------------- 001 game publisher Q1 results + new title (뉴스1 dateline)
d = Doc("001_dfde2261054370c9", "2026-05-13"); docs.append(d)
NX = "넥스플레이게임즈"
d.Oall("넥스플레이", NX, skip=(1,), special={0: ("required", "short form of 넥스플레이게임즈 (named in full in the lead); headline topic with a comma")})
d.O(NX, NX, note="the full name; topic of the lead")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("루미나스튜디오", "루미나스튜디오", note="invented development subsidiary (개발 자회사)")
d.O("반다이남코엔터테인먼트", "반다이남코엔터테인먼트", note="the overseas publisher partner; 일본 (a place) outside")
d.O("한국투자증권", "한국투자증권", note="brokerage making a forecast")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="넥스플레이, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year and quarter: one mention")
d.D("13일", "2026-05-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention (as 지난해 before a month)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기(", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("오는 6월 25일", "2026-06-25", "day", rel=True, note="future clause (오는)")
d.D("12일", "2026-05-12", "day", rel=True, note="as of (기준): a past day")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="a forecast; the document date is in this Q2")
d.D("올해", "2026", "year", rel=True)
d.Q("126억", 12600000000, W, "", "currency", ctx="126억…", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("180만명", 1800000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("사전예약", None, "", "", "level", "optional",
       "a product's figure (the game): empty subject; its only DATE in the headline is 1분기 (its sentence), but the body dates the count 12일 (Q2): which? (README question 2)"))
d.Q("812억 원", 81200000000, W, "원", "currency", f=("매출", "기준 매출", NX, Q1, "level"))
d.Q("126억 원", 12600000000, W, "원", "currency", f=("영업손실", "영업손실 126억 원", NX, Q1, "level"))
d.Q("9.4%", 9.4, "%", "%", P, ctx="9.4% 줄었고", f=("매출", "매출은 전년", NX, Q1, "change", "required", "전년 동기보다 = the basis; the period is the current one"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("매출", "원정대'의 매출", "", "2025-Q4", "level", "required", "a product's (a game's) revenue: empty subject (FACTS: a product that is not an ORG); 지난해 4분기 in its clause"))
d.Q("305억 원", 30500000000, W, "원", "currency",
    f=("매출", "원정대'의 매출", "", Q1, "level", "required",
       "A에서 B로: the date in the clause (지난해 4분기) attaches to the old level; the new one is the story's quarter (the lead's 2026년 1분기)"))
d.Q("468억 원", 46800000000, W, "원", "currency", f=("해외 매출", "해외 매출은", NX, Q1, "level", "required", "the company carried from the lead (반면 continues about it)"))
SH = "전체의 N%를 차지해 … 비중이: the measure noun of the sentence (비중) names what the share measures (README convention 3)"
d.Q("57.6%", 57.6, "%", "%", P, f=("비중", None, NX, Q1, "level", "required", SH))
d.Q("48.2%", 48.2, "%", "%", P,
    f=("비중", None, NX, "2025-Q1", "level", "required", "a basis figure in brackets after 전년 동기: dated by that DATE's value (the DATE itself is optional)"))
d.Q("9.4%포인트", 9.4, PP, "%포인트", P, f=("비중", None, NX, Q1, "change"))
d.Q("938억 원", 93800000000, W, "원", "currency", f=("영업비용", None, NX, Q1, "level"))
d.Q("11%", 11, "%", "%", P, f=("영업비용", None, NX, Q1, "change"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
SUB = ("the subsidiary's staff (genitive owner): no DATE of its own and no period set before for this subject; "
       "1년 새 is a duration: the story's quarter or empty? (README question 3)")
d.Q("120명", 120, "명", "명", C, f=("인력", None, "루미나스튜디오", Q1, "change", "optional", SUB))
d.Q("430명", 430, "명", "명", C, f=("인력", None, "루미나스튜디오", Q1, "level", "optional", SUB))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("신작 광고비", None, NX, Q1, "level", "required",
       "X로 N원을 썼다 → X; the dropped subject of 썼다 is the company (the sentence explains its 영업비용), not the subsidiary of the clause before"))
d.Q("182만 명", 1820000, "명", "명", C,
    f=("사전 예약자", None, "", "2026-05-12", "level", "required", "a product's (the game's) figure: empty subject; 12일 기준 in its clause"))
d.Q("104만 명", 1040000, "명", "명", C, f=("해외 이용자", None, "", "2026-05-12", "level", "required", "part opener 이 가운데 in the same sentence: 12일 기준"))
d.Q("200억 원", 20000000000, W, "원", "currency",
    f=("계약금", None, NX, Q1, "level", "required",
       "넥스플레이는 … 받았다: the company's; no DATE of its own: the period last set for this subject (the story's quarter) carries (FACTS)"))
d.Q("1,100억 원", 110000000000, W, "원", "currency", bound="gt", note="넘고 → gt",
    f=("매출", "2분기 매출", NX, "2026-Q2", "level", "required", "a broker's forecast of the company's figure (넥스플레이의 2분기 매출): the company, not the broker"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("영업이익", "연간 영업이익", NX, "2026", "level", "optional",
       "연간 is no DATE: the annual figure of this year, but the sentence's DATE is 2분기 (the letter of the search order) — 2026, 2026-Q2 or empty? (README question 4)"))
d.Q("70%", 70, "%", "%", P,
    f=("해외 매출 비중", None, NX, "2026", "level", "required",
       "the company head's quote (박지훈 넥스플레이 대표): the quote's own clause names no other subject; 올해 in the clause; 까지 is a particle (no bound)"))

# ---------------------------------------------------------------- 002 transit corporation ridership and deficit (연합뉴스 dateline, no year anywhere)
d = Doc("002_73dffffe166bca5b", "2026-02-10"); docs.append(d)
BT = "부산교통공사"
d.Oall(BT, BT, special={0: ("required", "headline topic (no comma)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("부산시", "부산시", note="a city acting as a government (ORG)")
d.O("행정안전부", "행정안전부", note="ministry")
Y = "2025"
d.D("지난해", Y, "year", ctx="공사 지난해", rel=True)
d.D("지난해", Y, "year", ctx="공사의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.8%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the release (공개했다)")
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("오는 7월", "2026-07", "month", rel=True, note="future clause (오는 …부터)")
d.Q("3억4천만명", 340000000, "명", "명", C,
    f=("", None, BT, Y, "level", "required", "태웠다 is a plain verb: no noun names the count (empty metric); headline topic and 지난해"))
d.Q("2,870억", 287000000000, W, "", "currency", ctx="적자 2,870억\n", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("3억 4,120만 명", 341200000, "명", "명", C, f=("수송 인원", "지난해 수송 인원", BT, Y, "level", "required", "genitive owner; 지난해 in the clause"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균): optional (ANNOTATION: rate denominators)")
d.Q("93만 5천 명", 935000, "명", "명", C, note="꼴 (rate) is no approximator the guideline lists: approx false",
    f=("수송 인원", "지난해 수송 인원", BT, Y, "level", "required", "a daily average restating the figure before: no noun in its clause, the figure before's measure; subject and period carried"))
d.Q("2.8%", 2.8, "%", "%", P, f=("수송 인원", "지난해 수송 인원", BT, Y, "change", "required", "전년보다 = basis; the period is the current one"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("당기순손실", "당기순손실은", BT, Y, "level", "required", "the company carried (부산교통공사는 … 공개했다); the story's 지난해"))
d.Q("2,650억 원", 265000000000, W, "원", "currency",
    f=("당기순손실", "당기순손실은", BT, "2024", "level", "required", "a basis figure in brackets after 전년: dated by that DATE's value (the DATE itself optional)"))
d.Q("220억 원", 22000000000, W, "원", "currency", f=("당기순손실", "당기순손실은", BT, Y, "change", "required", "불었다: a difference, change"))
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("운수 수입", None, BT, Y, "level"))
d.Q("5,400억 원", 540000000000, W, "원", "currency", f=("영업비용", None, BT, Y, "level", "required", "a sum frame (인건비와 전기료 등): the measure noun 영업비용"))
d.Q("65세", 65, "세", "세", C, bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional", "a definitional bound inside the metric (65세 이상 노인): like a definitional range, no fact (FACTS); optional so that it is neutral"))
d.Q("1억 1,500만 명", 115000000, "명", "명", C,
    f=("무임승차 인원", "유공자의 무임승차 인원", BT, Y, "level", "required", "the riders of the corporation's lines: its statistic, subject carried; the story's 지난해"))
d.Q("33.7%", 33.7, "%", "%", P,
    f=("무임승차 인원", "유공자의 무임승차 인원", BT, Y, "level", "required",
       "X는 … 전체 Y의 N%를 차지했다 with no share noun: X, the part whose share it is, names what it measures (README convention 3)"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("손실액", None, BT, Y, "level"))
BR = ("breakdown (노선별로는): a line (1호선) is no ORG and names no measure; the item counts what the total it breaks down counts "
      "(수송 인원, nearest mention; the sums stay under the total, not under the free riders); subject and period carried (README convention 2)")
d.Q("1억 5,600만 명", 156000000, "명", "명", C, f=("수송 인원", "전체 수송 인원", BT, Y, "level", "required", BR))
d.Q("1억 2,900만 명", 129000000, "명", "명", C, f=("수송 인원", "전체 수송 인원", BT, Y, "level", "required", BR))
d.Q("4,100만 명", 41000000, "명", "명", C, f=("수송 인원", "전체 수송 인원", BT, Y, "level", "required", BR))
d.Q("1,050억 원", 105000000000, W, "원", "currency",
    f=("지원", "지원했다", "부산시", "2026-01", "level", "required", "부산시는 … 지원했다: the city's; a verbal noun (지원) when no other noun names it; 지난달 in the clause; the corporation (에) is the recipient"))
FA = "the spokesperson (공사 관계자) speaks for the corporation; the fare is its figure"
d.Q("1,600원", 1600, W, "원", "currency",
    f=("기본요금", None, BT, "", "level", "optional", "A에서 B로: the present fare, no DATE of its own (오는 7월부터 dates the new one): empty, or the document's now? (README question 5); " + FA))
d.Q("1,750원", 1750, W, "원", "currency", f=("기본요금", None, BT, "2026-07", "level", "required", "오는 7월부터 in its clause; " + FA))
d.Q("2천억 원", 200000000000, W, "원", "currency", approx=True, note="원대: 대 outside, approx (ANNOTATION)",
    f=("적자", "연간 적자", BT, "2026", "level", "optional",
       "연간 (outside the metric) is no DATE; the sentence's only DATE is 오는 7월 (the fare's): this year's annual deficit (올해 of the sentence before), 2026-07, or empty? (README question 4); " + FA))

# ---------------------------------------------------------------- 003 steelmaker output and price hike (이데일리 bracket byline)
d = Doc("003_275e0b920bee7b57", "2026-01-22"); docs.append(d)
DH = "동해제철"
d.Oall(DH, DH, special={0: ("required", "invented steelmaker; headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("현대제철", "현대제철", note="a rival, first of a named pair (각각)")
d.O("포스코", "포스코", note="a rival, second of a named pair (각각)")
d.O("한국철강협회", "한국철강협회", note="the industry federation cited as source (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="동해제철, 지난해", rel=True)
d.D("다음 달", "2026-02", "month", ctx="…다음 달", rel=True, note="future (올린다)")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("22일", "2026-01-22", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 (ANNOTATION: optional)")
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("다음 달 1일", "2026-02-01", "day", rel=True, note="future clause (책정했다 for shipments from then): next month's 1st")
d.D("이달", "2026-01", "month", rel=True)
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.9%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2015년", "2015", "year", note="a comparison's point (이후 가장 적었다)")
d.D("올해", "2026", "year", rel=True)
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
d.Q("1,280만t", 12800000, "t", "t", M, ctx="조강 1,280만t…", f=("조강", "지난해 조강", DH, Y, "level", "required", "headline topic with a comma; 지난해 in the headline"))
d.Q("5만원", 50000, W, "원", "currency",
    f=("열연값", None, DH, "2026-02", "change", "required", "올린다: a rise, change; 다음 달 in the headline segment; 톤당 (no number) is a rate word, not labelled"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1,280만t", 12800000, "t", "t", M, ctx="생산량이 1,280만t", f=("조강 생산량", "의 2025년 조강 생산량", DH, Y, "level"))
d.Q("4.1%", 4.1, "%", "%", P, f=("조강 생산량", "의 2025년 조강 생산량", DH, Y, "change", "required", "전년 대비 = basis"))
d.Q("82%", 82, "%", "%", P,
    f=("가동률", None, DH, Y, "level", "required", "a furnace (포항 2고로, a site, no ORG) of the company: the dropped subject of 낮춘 is the company; the period carried; 2고로 is a site name, no quantity"))
d.Q("9조 3,400억 원", 9340000000000, W, "원", "currency", f=("매출", None, DH, Y, "level", "required", "같은 기간 (optional DATE) points back to 2025"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", None, DH, Y, "change"))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("영업이익", None, DH, Y, "level"))
d.Q("3,870억 원", 387000000000, W, "원", "currency",
    f=("영업이익", None, DH, "2024", "level", "required", "a basis figure in brackets after 전년: dated by that DATE's value; 절반 is no quantity (no number with a unit)"))
PR = ("breakdown by product (제품별로는 열연강판이 …): what does it measure — the total's 조강 생산량 (the nearest t-measure, written) or a product output no noun names? "
      "and is it the company's (a breakdown keeps the total's subject) or a product's (FACTS: empty)? (README question 6)")
d.Q("480만t", 4800000, "t", "t", M, f=("조강 생산량", "의 2025년 조강 생산량", DH, Y, "level", "optional", PR))
d.Q("310만t", 3100000, "t", "t", M, f=("조강 생산량", "의 2025년 조강 생산량", DH, Y, "level", "optional", PR))
d.Q("190만t", 1900000, "t", "t", M, f=("조강 생산량", "의 2025년 조강 생산량", DH, Y, "level", "optional", PR))
PRICE = "회사는 = the story's company; 다음 달 1일 출하분부터 in the clause dates the new price; 톤당 (no number) not labelled"
d.Q("5만 원", 50000, W, "원", "currency", f=("열연강판 유통 가격", None, DH, "2026-02-01", "change", "required", "올린: the rise, change; " + PRICE))
d.Q("88만 원", 880000, W, "원", "currency", f=("열연강판 유통 가격", None, DH, "2026-02-01", "level", "required", "the new price, level; " + PRICE))
PAIR = "a named pair with 각각: the figures follow the pair's order (README convention 5); 이달 in the clause; 인상했다: change"
d.Q("3만 원", 30000, W, "원", "currency", f=("열연 가격", None, "현대제철", "2026-01", "change", "required", PAIR))
d.Q("4만 원", 40000, W, "원", "currency", f=("열연 가격", None, "포스코", "2026-01", "change", "required", PAIR))
NAT = "a national figure from the federation's statistic (한국철강협회에 따르면): an industry's figure, empty subject"
d.Q("6,350만t", 63500000, "t", "t", M, f=("국내 조강 생산량", None, "", Y, "level", "required", NAT + "; 지난해 in the clause; 국내 changes what is measured"))
d.Q("3.9%", 3.9, "%", "%", P, f=("국내 조강 생산량", None, "", Y, "change", "required", NAT))
d.Q("870만t", 8700000, "t", "t", M, f=("중국산 열연 수입량", None, "", Y, "level", "required", NAT + "; the period of the sentence before carries (반면 continues it)"))
d.Q("18.2%", 18.2, "%", "%", P, f=("중국산 열연 수입량", None, "", Y, "change", "required", NAT))
SP = "the company's spokesperson (동해제철 관계자) speaks for it"
d.Q("1,330만t", 13300000, "t", "t", M, f=("조강 생산량", "올해 조강 생산량", DH, "2026", "level", "required", "a target; 올해 in the clause; 까지 is a particle (no bound); " + SP))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("전기로 전환", None, DH, "2030", "level", "optional",
       "X에 N원을 투자하겠다: the purpose (전기로 전환, written) or the verbal noun (투자) as what the amount measures? (README question 7); 2030년까지 in the clause; " + SP))

# ---------------------------------------------------------------- 004 food company's US plant (뉴시스 dateline)
d = Doc("004_540f40a1d0063aff", "2026-03-18"); docs.append(d)
DO, DA, KY = "대온식품", "대온아메리카", "켄터키주 정부"
d.Oall(DO, DO, special={0: ("required", "invented food maker; headline topic with a comma")})
d.Oall(DA, DA, special={0: ("required", "the US subsidiary (미국 법인) named")})
d.Oall(KY, KY, special={0: ("required", "a foreign state acting as a government: ORG, span with its type word 정부 (README convention 8)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("2027년 하반기", "2027-H2", "half", note="year and half: one mention")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지금", "2026-03-18", "day", rel=True, st="optional", note="지금 takes the document date (ANNOTATION: optional)")
d.D("2019년", "2019", "year", note="the year a plant was built (relative clause)")
d.D("2030년", "2030", "year")
d.D("현재", "2026-03-18", "day", rel=True, st="optional", note="현재 takes the document date (ANNOTATION: optional)")
d.D("내년 말", "2027", "year", mod="END", rel=True, note="내년 말까지 (까지 outside)")
H2 = "2027-H2"
d.Q("1,200억", 120000000000, W, "", "currency", ctx="1,200억 들여", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("250명", 250, "명", "명", C, ctx="고용 250명",
    f=("현지 고용", None, DO, "", "level", "required", "headline topic with a comma; no DATE in the headline and nothing before it: empty period"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("투자", "투자해 두", DO, "", "level", "required", "켄터키주에 is a place, no purpose noun: the verbal noun 투자; no DATE in the sentence and none set before: empty"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="an explicit ordinal marker: ordinal, no fact")
PL = "the plant (공장은, a facility, no ORG): the company carried; its sentence's DATE (2027년 하반기 가동) by the search order clause → sentence"
d.Q("12만㎡", 120000, "㎡", "㎡", M, f=("부지", None, DO, H2, "level", "required", PL))
d.Q("6개", 6, "개", "개", C, f=("라인", None, DO, H2, "level", "required", "the counted noun before the count; " + PL))
CAP = "생산 능력 governs the figure (the product noun 라면/소스 is only what is made); 연간 (outside) is no DATE: the period last set for the company (2027년 하반기) carries"
d.Q("5억 4천만 개", 540000000, "개", "개", C, f=("생산 능력", None, DO, H2, "level", "required", CAP))
d.Q("2만t", 20000, "t", "t", M, f=("생산 능력", None, DO, H2, "level", "required", CAP))
d.Q("250명", 250, "명", "명", C, ctx="직원 250명",
    f=("현지 직원", None, DO, H2, "level", "required", "뽑는다 (a plan): the company; the period last set for it carries"))
d.Q("10년", 10, "year", "년", "duration", note="10년간 → 10년 (간 outside): duration, no fact")
INC = "최대 3,500만 달러(약 510억 원)의 인센티브: the noun after 의; the state government (its topic) provides it; no DATE (10년간 a duration) and none set for it: empty"
d.Q("3,500만 달러", 35000000, U, "달러", "currency", bound="max", note="최대 → max", f=("인센티브", None, KY, "", "level", "required", INC))
d.Q("510억 원", 51000000000, W, "원", "currency", approx=True, bound="max", eq=("3,500만 달러",),
    note="conversion: equivalent_of the dollar amount; 약 → approx; 최대 before the pair read as applying to both (README convention 9)",
    f=("인센티브", None, KY, "", "level", "required", "a conversion: the same metric, subject, period and kind; " + INC))
d.Q("4,860억 원", 486000000000, W, "원", "currency", f=("해외 매출", None, DO, "2025", "level", "required", "genitive owner; 지난해 in the clause"))
d.Q("23%", 23, "%", "%", P, f=("해외 매출", None, DO, "2025", "change", "required", "전년보다 = basis"))
d.Q("9,120억 원", 912000000000, W, "원", "currency",
    f=("전체 매출", None, DO, "2025", "level", "required", "a figure alone in brackets after a noun measures that noun; 전체 changes what is measured (vs 해외 매출)"))
d.Q("1,730억 원", 173000000000, W, "원", "currency", f=("미국 매출", None, DO, "2025", "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("35.6%", 35.6, "%", "%", P, f=("미국 매출", None, DO, "2025", "level", "required", "X가 … N%를 차지했다: X (the part) names what the share measures (README convention 3)"))
d.Q("3억 개", 300000000, "개", "개", C,
    f=("중국 칭다오 공장", None, DO, "", "level", "optional",
       "a figure in brackets after a plant (연 3억 개): its capacity — metric the plant or the earlier 생산 능력? period the sentence's 지금 (optional DATE, the document date), the relative clause's 2019년, or empty? (README question 8)"))
d.Q("4천억 원", 400000000000, W, "원", "currency",
    f=("미국 매출", "미국 매출이 2030년", DO, "2030", "level", "optional",
       "a subsidiary's outlook (대온아메리카는 … 보고 있다) on US revenue: the parent's 미국 매출 (as the 1,730억 원) or the subsidiary's own? (README question 9); 2030년 in the clause; 까지 a particle"))
CEO = "the CEO's quote (김도현 대온식품 대표): the company's figure"
d.Q("3,200곳", 3200, "곳", "곳", C, f=("입점 매장", None, DO, "2026-03-18", "level", "required", "현재 in the clause (an optional DATE taking the document date); " + CEO))
d.Q("5천 곳", 5000, "곳", "곳", C, f=("입점 매장", None, DO, "2027", "level", "required", "내년 말까지 in the clause (2027, END); " + CEO))

# ---------------------------------------------------------------- 005 savings bank delinquency and provisioning (뉴스1 dateline, no year anywhere)
d = Doc("005_939ba8ef4163bd3d", "2026-03-06"); docs.append(d)
DB, FS = "동백저축은행", "금융감독원"
d.Oall(DB, DB, special={0: ("required", "invented savings bank; headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("국제결제은행", "국제결제은행", aliases="BIS", st="optional",
    note="an organization name used only as the modifier inside a longer non-organization name (BIS 기준 자기자본비율): optional (ANNOTATION); (BIS) an alias")
d.O(FS, FS, note="the regulator")
d.O("금감원", FS, note="short form of 금융감독원 (named in full before)")
d.O("저축은행중앙회", "저축은행중앙회", note="the central association compiling the industry figure (집계한)")
Y = "2025"
d.D("지난해", Y, "year", ctx="동백저축은행, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="동백저축은행이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 46%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("6일", "2026-03-06", "day", rel=True, note="day of the disclosure")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="an offset (N년 전) that here counts back from the text's 지난해 말, not from the document date: a pointing-back date, optional (README convention 4)")
d.D("지난달", "2026-02", "month", rel=True)
d.D("오는 6월 말", "2026-06", "month", mod="END", rel=True, note="future deadline (까지 outside)")
d.D("지난해", Y, "year", ctx="저축은행의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 중 outside")
d.Q("412억", 41200000000, W, "", "currency", ctx="412억…", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("11.8%", 11.8, "%", "%", P, ctx="11.8%로 치솟아",
    f=("연체율", "연체율 11.8%", DB, Y, "level", "required", "headline topic with a comma; the headline's 지난해 (the … does not split a headline's sentence)"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("당기순손실", None, DB, Y, "level", "required", "N원의 X: the noun after 의"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속 (two years in a row): an amount of time, duration, no fact")
d.Q("1,380억 원", 138000000000, W, "원", "currency", f=("대손충당금", None, DB, Y, "level", "required", "the dropped subject of 쌓은 is the bank; the period carried"))
d.Q("46%", 46, "%", "%", P, f=("대손충당금", None, DB, Y, "change", "required", "전년보다 = basis"))
d.Q("11.8%", 11.8, "%", "%", P, ctx="연체율은 11.8%", f=("연체율", "기준 연체율", DB, Y, "level", "required", "지난해 말 기준 (2025, END); the bank's own disclosure (genitive owner)"))
d.Q("4.3%포인트", 4.3, PP, "%포인트", P, f=("연체율", "기준 연체율", DB, Y, "change", "required", "1년 전보다 = basis; the period is the current one"))
d.Q("16.2%", 16.2, "%", "%", P, f=("기업대출 연체율", None, DB, Y, "level"))
d.Q("5.9%", 5.9, "%", "%", P, f=("가계대출 연체율", None, DB, Y, "level"))
d.Q("3조 2,600억 원", 3260000000000, W, "원", "currency", f=("총자산", None, DB, Y, "level"))
d.Q("8.5%", 8.5, "%", "%", P, ctx="8.5% 줄었고", f=("총자산", None, DB, Y, "change"))
d.Q("11.2%", 11.2, "%", "%", P, f=("자기자본비율", None, DB, Y, "level", "required", "국제결제은행(BIS) 기준 qualifies the basis: outside the metric"))
d.Q("8%", 8, "%", "%", P, ctx="(8%)",
    f=("규제 기준", None, "", "", "level", "optional",
       "a figure in brackets after a noun measures it (규제 기준); a rule's threshold: no named owner (the regulator is not named in the sentence), and a standing rule has no period? (README question 10)"))
d.Q("10%", 10, "%", "%", P, bound="gt", note="넘은 → gt",
    f=("", None, "", "", "level", "optional", "a definitional bound inside the metric (연체율이 10%를 넘은 저축은행): like a definitional range, no fact (FACTS); optional so that it is neutral"))
d.Q("9곳", 9, "곳", "곳", C,
    f=("저축은행", "은 저축은행 9곳", FS, "2026-02", "level", "required",
       "the counted noun; the regulator (topic) inspected them: its enforcement figure (README convention 6); 지난달 in the clause"))
d.Q("5천억 원", 500000000000, W, "원", "currency", approx=True, note="어치 after the unit: outside, approx (like 달러치)",
    f=("PF 부실채권", None, "", "2026-06", "level", "optional",
       "the amount the regulator orders the nine banks (이들, not named) to clear: the banks taken together (empty) or the regulator's order (금융감독원)? (README question 11); 오는 6월 말까지 (END)"))
IND = "the association's compiled figure (저축은행중앙회가 집계한): the industry's banks taken together, not named: empty subject"
d.Q("79개", 79, "개", "개", C, f=("저축은행", "79개 저축은행", "", Y, "level", "required", "the counted noun after the count; " + IND + "; 지난해 in the clause"))
d.Q("3,970억 원", 397000000000, W, "원", "currency", f=("순손실", "지난해 순손실은", "", Y, "level", "required", IND))
d.Q("5,560억 원", 556000000000, W, "원", "currency",
    f=("순손실", "지난해 순손실은", "", "2024", "level", "required", "a basis figure in brackets after 전년: dated by that DATE's value; " + IND))
d.Q("8.5%", 8.5, "%", "%", P, ctx="8.5%였다", f=("평균 연체율", None, "", Y, "level", "required", "an average of the industry's banks: " + IND + "; the period carried"))
SP = "the bank's spokesperson (동백저축은행 관계자) speaks for it; 올해 상반기 in the sentence; an addition (확충, 추가로 쌓겠다) is a difference: change (README convention 7)"
d.Q("500억 원", 50000000000, W, "원", "currency", f=("자본", None, DB, "2026-H1", "change", "required", "the object right before the figure; " + SP))
d.Q("300억 원", 30000000000, W, "원", "currency", f=("충당금", "충당금 300억", DB, "2026-H1", "change", "required", "the object right before the figure; " + SP))

# ---------------------------------------------------------------- 006 county festival visitors and economic effect (입력 stamp + byline line)
d = Doc("006_cfb0c8db6a27f0f3", "2025-09-29"); docs.append(d)
JA = "진안군"
d.O("전북새날신문", "전북새날신문", note="invented regional outlet in the byline line")
d.O(JA, JA, ctx="진안군은", note="a county acting as a government (it reports: 밝혔다): ORG")
d.O("전북특별자치도문화관광재단", "전북특별자치도문화관광재단", note="partner tourism organization (과 함께)")
d.O("한국관광공사", "한국관광공사", note="national tourism organization running shuttles")
d.O(JA, JA, ctx="진안군 인구", st="optional", note="the county as a place (its population), not acting: place or ORG? optional")
d.O(JA, JA, ctx="진안군수", st="optional", note="the county inside a head's title fused with it (진안군수): optional")
R = "2025-09-25/2025-09-28"
d.D("2025.09.29", "2025-09-29", "day", st="optional", note="publication stamp (the date only; the clock time not labelled)")
d.D("올해", "2025", "year", rel=True, note="올해로 17회째: the year of the edition")
d.D("지난 25일", "2025-09-25", "day", rel=True, note="A부터 B까지: two mentions")
d.D("28일", "2025-09-28", "day", rel=True, note="the end of a range: month and year from its start")
d.D("지난해", "2024", "year", ctx="지난해(", rel=True, note="a figure in brackets after it: dates that figure")
d.D("29일", "2025-09-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", ctx="지난해 4.1%", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("나흘", 4, "day", "나흘", "duration", ctx="축제 나흘간", note="나흘간 → 나흘 (간 outside): duration, no fact")
d.Q("38만명", 380000, "명", "명", C,
    f=("", None, "", "", "level", "required", "찾았다 is a plain verb: no noun names the count; a festival (an event, no ORG): empty subject; no DATE in the headline: empty period"))
d.Q("412억원", 41200000000, W, "원", "currency",
    f=("경제 효과", "…경제 효과", "", "", "level", "required", "an event's figure: empty subject; no DATE in the headline and nothing before: empty"))
d.Q("17회째", 17, "회", "회째", "ordinal", note="explicit ordinal (N회째, 째 in the span): ordinal, no fact")
d.Q("나흘", 4, "day", "나흘", "duration", ctx="에 나흘간", note="duration, no fact")
FE = "the festival's statistic: an event is no ORG (the county only reports it, the foundation only analysed it): empty subject"
RNG = "the festival's named days (지난 25일부터 28일까지, two DATE mentions) written as one range"
d.Q("38만 명", 380000, "명", "명", C,
    f=("방문객", "최다 방문객", "", R, "level", "optional",
       FE + "; its sentence's only DATE is 올해 (of the edition, 17회째): 2025 by the search order, or the festival's days named in the next sentence? (README question 12)"))
d.Q("38만 2천 명", 382000, "명", "명", C, f=("방문객", "축제의 방문객", "", R, "level", "required", FE + "; " + RNG + " in the relative clause on 축제"))
d.Q("31만 명", 310000, "명", "명", C, f=("방문객", "축제의 방문객", "", "2024", "level", "required", "a basis figure in brackets after 지난해: dated by it; " + FE))
d.Q("23.2%", 23.2, "%", "%", P, f=("방문객", "축제의 방문객", "", R, "change", "required", "지난해보다 = basis; " + FE))
PART = "part opener 이 가운데: the whole's statistic, its period carried (README convention 10)"
d.Q("2만 6천 명", 26000, "명", "명", C, f=("외국인", "외국인은", "", R, "level", "required", "the topic names what is counted; " + PART + "; " + FE))
d.Q("6.8%", 6.8, "%", "%", P, f=("외국인", "외국인은", "", R, "level", "required", "X는 … 전체의 N%: X (README convention 3); " + PART))
d.Q("4.1%", 4.1, "%", "%", P, f=("외국인", "외국인은", "", "2024", "level", "required", "A에서: the old level, dated by 지난해 before it"))
d.Q("2.7%포인트", 2.7, PP, "%포인트", P, f=("외국인", "외국인은", "", R, "change", "required", "the rise of the share; the current period"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("경제 효과", "축제의 경제 효과", "", R, "level", "required", FE + "; the festival (축제의) carries its days"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional (ANNOTATION)")
d.Q("4만 8천 원", 48000, W, "원", "currency", f=("평균 지출액", None, "", R, "level", "required", "1인당 is the rate denominator (outside the metric); " + FE))
d.Q("63억 원", 6300000000, W, "원", "currency", f=("홍삼 제품 판매액", None, "", R, "level", "required", "sales at the festival, sellers not named: " + FE))
d.Q("120곳", 120, "곳", "곳", C, f=("부스", None, "", R, "level", "required", "the counted noun before the count; " + FE))
d.Q("85곳", 85, "곳", "곳", C,
    f=("지역 농가가 운영한 곳", None, "", R, "level", "required", "the noun phrase the count restates (…운영한 곳이 85곳): the farms are not named: empty; " + FE))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 4회): optional (ANNOTATION: rate denominators)")
KTO = "한국관광공사 (topic) ran the shuttles: its figure; no DATE in the sentence: the festival's days, the story's period (README convention 10)"
d.Q("4회", 4, "회", "회", C,
    f=("운행", "운행했고", "한국관광공사", R, "level", "optional",
       "a count of runs: the verbal noun 운행 or the object 셔틀버스 as what 회 counts? (README question 13); " + KTO))
d.Q("3,400명", 3400, "명", "명", C, f=("이용객", None, "한국관광공사", R, "level", "required", "the shuttles' riders: the subject continues (…운행했고, 이용객은); " + KTO))
d.Q("2만 4천 명", 24000, "명", "명", C,
    f=("진안군 인구", None, "", "", "level", "optional",
       "a figure in brackets after a noun measures it; a place's population (the county not acting): empty subject or 진안군? no DATE: a present figure, empty? (README question 14)"))
d.Q("16배", 16, "배", "배", C, approx=True, note="에 가까운 (close to) read as an approximator: approx (README convention 11)",
    f=("인파", None, "", R, "level", "required", "the noun the multiple modifies (…16배에 가까운 인파); a crowd, no ORG; the festival's days"))
d.Q("97%", 97, "%", "%", P, f=("객실 가동률", None, "", R, "level", "required", "lodging businesses not named: empty; 까지 is a particle (no bound); the festival's days"))
HEAD = "a target in the county head's quote; the festival's visitors (an event's, as the body's figures): empty subject; 내년에는 in the clause"
d.Q("50만 명", 500000, "명", "명", C, f=("방문객", "방문객 50만", "", "2026", "level", "required", HEAD))
d.Q("10%", 10, "%", "%", P, f=("외국인 비율", None, "", "2026", "level", "required", HEAD))
d.Q("닷새", 5, "day", "닷새", "duration", note="축제 기간을 닷새로: an amount of time, duration, no fact")

if __name__ == "__main__":
    write_all(docs)
