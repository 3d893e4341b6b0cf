"""Gold labels of articles-holdout38, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout38/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
HEAD = "headline amount, currency implied (ANNOTATION: No unit, no quantity … optional)"
PB = "points back to a period named in the text (ANNOTATION Relative dates: optional)"

# ---------------------------------------------------------------- 001 game company's Q3 results (뉴스1 dateline, 2025년 3분기 in the lead)
d = Doc("001_dc2de0542b684887", "2025-11-06"); docs.append(d)
S, NM = "라온게임즈", "넷마블"
d.Oall(S, S)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(NM, NM, note="the rival (경쟁사), its own figures")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="라온게임즈, 3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="a year and a quarter: one mention")
d.D("3분기", Q3, "quarter", ctx="라온게임즈는 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("지난 7월", "2025-07", "month", rel=True, note="the game's launch")
d.D("3분기", Q3, "quarter", ctx="3분기에만", rel=True)
d.D("9월", "2025-09", "month", ctx="9월 기준", rel=True, note="as of (기준)")
d.D("같은 날", "2025-11-06", "day", rel=True, st="optional", anchor="2025-11-06", note=PB + " (the 6일 of the disclosure)")
d.D("3분기", Q3, "quarter", ctx="넷마블은 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (…넘어서겠다): the next Q4")
d.Q("2,140억", 214000000000, W, "", "currency", ctx="매출 2,140억…", st="optional", note=HEAD)
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "3분기 매출이", S, Q3, "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "3분기 매출이", S, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("42.3%", 42.3, "%", "%", P, f=("매출", "3분기 매출이", S, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("385억 원", 38500000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level"))
d.Q("112억 원", 11200000000, W, "원", "currency",
    f=("영업이익", "영업이익은 385억", S, "2024-Q3", "level", "required", "a basis figure in brackets after 전년 동기: that DATE's value (own convention 5)"))
d.Q("3배", 3, "배", "배", C, bound="gt", note="웃돌았고 (exceeded) → gt, like 넘는 (own convention)",
    f=("영업이익", "영업이익은 385억", S, Q3, "change", "required", "a multiple of a past period's figure: a rate of change (own convention 8)"))
d.Q("18.0%", "18.0", "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("1,260억 원", 126000000000, W, "원", "currency",
    f=("매출", "매출 1,260억", "", Q3, "level", "required", "the game (a product, not an ORG) earns it: empty subject (FACTS subject); 3분기에만 in the clause"))
d.Q("59%", 59, "%", "%", P,
    f=("전체 매출", None, "", Q3, "level", "required", "the product's share of the company's total revenue: a product's figure, empty subject; X의 N% with no measure for the part → X (own convention 4)"))
d.Q("320만 명", 3200000, "명", "명", C, f=("월간 이용자 수", None, "", "2025-09", "level", "required", "the game's users (product): empty subject; 9월 기준 in the clause"))
d.Q("72%", 72, "%", "%", P, f=("해외 이용자", None, "", "2025-09", "level", "required", "part opener 이 가운데: the game's users; 9월 기준 in the sentence"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("매출", "'의 매출은", "", Q3, "level", "required", "a product's figure: empty subject; no date in the sentence: the period last set for the same metric with no subject (3분기)"))
d.Q("5.2%", 5.2, "%", "%", P, f=("매출", "'의 매출은", "", Q3, "change"))
d.Q("1,350억 원", 135000000000, W, "원", "currency", f=("해외 매출", None, S, Q3, "level", "required", "new paragraph: the story's company and period"))
d.Q("63%", 63, "%", "%", P,
    f=("해외 매출", None, S, Q3, "level", "required", "전체의 N% after a part that is a measure (해외 매출은): that measure (own convention 4)"))
BR = "breakdown (지역별로는): an item names only a region; it keeps the total's measure, subject and period (own convention 1)"
d.Q("620억 원", 62000000000, W, "원", "currency", f=("해외 매출", None, S, Q3, "level", "required", BR))
d.Q("390억 원", 39000000000, W, "원", "currency", f=("해외 매출", "해외 매출은", S, Q3, "level", "required", BR))
d.Q("340억 원", 34000000000, W, "원", "currency", f=("해외 매출", "해외 매출은", S, Q3, "level", "required", BR))
d.Q("6,960억 원", 696000000000, W, "원", "currency", f=("매출", "3분기 매출 6,960억", NM, Q3, "level", "required", "the rival is the topic of its sentence"))
d.Q("420억 원", 42000000000, W, "원", "currency", f=("영업이익", "영업이익 420억", NM, Q3, "level"))
d.Q("2,500억 원", 250000000000, W, "원", "currency", bound="gt", note="넘어서겠다 → gt",
    f=("매출", "분기 매출 2,500억", S, "2025-Q4", "level", "required",
       "a company head's quote whose clause names no subject: the company's figure (own convention 7); 분기 only qualifies the period; 4분기에는 in the clause"))

# ---------------------------------------------------------------- 002 cosmetics group's annual results (연합뉴스 dateline, no year anywhere)
d = Doc("002_585d5d019a8b8250", "2026-02-04"); docs.append(d)
AR, DL = "아린뷰티그룹", "닥터온랩"
d.Oall(AR, AR)
d.Oall(DL, DL, special={0: ("required", "the subsidiary (자회사) in the headline")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국거래소", "한국거래소", note="the exchange a listing review is filed with")
d.O("NH투자증권", "NH투자증권", note="the lead underwriter (대표 주관사)")
BRD = "a cosmetics brand named as a brand (대표 브랜드 '…'), not as a company: may be a product or a business unit (ANNOTATION ORG Optional)"
d.O("설하윤", "설하윤", st="optional", note=BRD)
d.O("모아르", "모아르", st="optional", note=BRD)
for i in [i for i in range(len(d.text)) if d.text.startswith("닥터온", i) and not d.text.startswith("닥터온랩", i)]:
    d.O("닥터온", "닥터온", at=i, st="optional", note=BRD + "; run by the subsidiary 닥터온랩 (닥터온을 운영하는)")
for i in [i for i in range(len(d.text)) if d.text.startswith("코스닥", i)]:
    d.O("코스닥", "코스닥", at=i, st="optional", note="a stock market (a place of listing or an institution?): unsettled")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("지난해", Y, "year", ctx="그룹은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 9.7%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4일", "2026-02-04", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 12.5%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention")
d.D("다음 달", "2026-03", "month", rel=True, note="the month after the document's month (future clause)")
d.D("지난해", Y, "year", ctx="닥터온랩의 지난해", rel=True)
d.D("올해", "2026", "year", ctx="\"올해", rel=True)
d.Q("3조", 3000000000000, W, "", "currency", ctx="매출 3조 돌파", bound="gt", st="optional", note=HEAD + "; 돌파 → gt")
d.Q("3조 1,480억 원", 3148000000000, W, "원", "currency", f=("매출", "기준 매출이", AR, Y, "level"))
d.Q("9.7%", 9.7, "%", "%", P, f=("매출", "기준 매출이", AR, Y, "change", "required", "전년보다 = basis"))
d.Q("2,260억 원", 226000000000, W, "원", "currency", f=("영업이익", None, AR, Y, "level"))
d.Q("21.4%", 21.4, "%", "%", P, f=("영업이익", None, AR, Y, "change"))
BB = ("a brand's figure: its subject is a brand (an optional ORG) or the group whose revenue it is broken down from (브랜드별로는)? "
      "FACTS: a figure whose subject is only an optional ORG makes the fact optional (README open question 1)")
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency", f=("매출", "원의 매출을", AR, Y, "level", "optional", BB))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("매출", "원의 매출을", AR, Y, "level", "optional", BB))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("매출", "원의 매출을", AR, Y, "level", "optional", BB))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("38%", 38, "%", "%", P, f=("닥터온 매출", None, AR, Y, "change", "optional", BB))
d.Q("6,420억 원", 642000000000, W, "원", "currency",
    f=("중국 매출", None, AR, Y, "level", "required", "a region (중국) is no subject: the group carried; the story's 지난해"))
d.Q("12.5%", 12.5, "%", "%", P, f=("중국 매출", None, AR, Y, "change", "required", "줄어든: a change, value as written (no sign written)"))
d.Q("4,910억 원", 491000000000, W, "원", "currency",
    f=("매출", "중국 매출이", AR, Y, "level", "required", "breakdown item naming only a region (미국은): the measure of the figure before, 매출 (own convention 1)"))
d.Q("57%", 57, "%", "%", P, f=("매출", "중국 매출이", AR, Y, "change", "required", "as 4,910억 원"))
d.Q("2,780억 원", 278000000000, W, "원", "currency", f=("일본 매출", None, AR, Y, "level"))
d.Q("2,000억 원", 200000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("일본 매출", None, AR, Y, "level", "required", "a threshold the figure passed (N원을 넘었다): a level claim on the same measure"))
d.Q("52%", 52, "%", "%", P, f=("해외 매출 비중", "해외 매출 비중은", AR, Y, "level"))
d.Q("5,120억 원", 512000000000, W, "원", "currency",
    f=("매출", "지난해 매출은 5,120억", DL, Y, "level", "required", "genitive owner (닥터온랩의); 지난해 in the sentence"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("순이익", None, DL, Y, "level", "required", "listed with the figure before: same subject and period"))
d.Q("7,000억 원", 700000000000, W, "원", "currency",
    f=("미국 매출", None, AR, "2026", "level", "required", "a company official (관계자) speaks for it (own convention 7); a target; 올해 in the clause"))
d.Q("60%", 60, "%", "%", P, f=("해외 매출 비중", "해외 매출 비중 60%", AR, "2026", "level", "required", "listed with the figure before"))

# ---------------------------------------------------------------- 003 provincial education office's budget (연합뉴스 dateline, 2026년도 in the lead)
d = Doc("003_f0043f7ce09894e2", "2025-11-11"); docs.append(d)
ED = "충북도교육청"
d.O("충북교육청", ED, note="headline spelling of the office named 충북도교육청 in the lead: linked to it (ANNOTATION ORG canonical)")
d.O(ED, ED, ctx="= 충북도교육청은")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("충북도의회", "충북도의회", note="the provincial council the budget is submitted to")
d.O("교육부", "교육부", note="the ministry that sends the grant (a counterparty)")
d.O("충북도", "충북도", ctx="충북도와 시", note="a province acting as a government (ANNOTATION ORG)")
Y = "2026"
d.D("내년", Y, "year", rel=True, note="headline: the year after the document's")
d.D("2026년도", Y, "year", note="년도 = the budget year (연도); written as a year, not FY (README open question 2)")
d.D("올해", "2025", "year", ctx="올해보다", rel=True, note="a comparison's basis, still a DATE")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해 4월", "2025-04", "month", rel=True, note="올해 before a month: one mention; as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis, still a DATE")
d.Q("4조 1,250억", 4125000000000, W, "", "currency", ctx="예산 4조 1,250억 편성", st="optional", note=HEAD)
d.Q("1,020억", 102000000000, W, "", "currency", ctx="늘봄학교에 1,020억", st="optional", note=HEAD)
d.Q("3.8%", 3.8, "%", "%", P, f=("본예산안", None, ED, Y, "change", "required", "올해보다 = basis; the 2026년도 budget is the period"))
d.Q("1,510억 원", 151000000000, W, "원", "currency", f=("본예산안", None, ED, Y, "change", "required", "the same change in won, in brackets (not a unit conversion)"))
d.Q("4조 1,250억 원", 4125000000000, W, "원", "currency", f=("본예산안", None, ED, Y, "level", "required", "N원 규모로: the thing whose size it is (FACTS 규모)"))
RV = ("an item of the office's budget (세입은 … / 세출에서는 …): the office's figure carried from the lead; the body that sends or "
      "hands over the money (교육부가 내려보내는, 충북도와 시·군이 넘기는) is a counterparty in a relative clause on the metric noun; the budget year carried")
d.Q("3조 3,870억 원", 3387000000000, W, "원", "currency", f=("보통교부금", None, ED, Y, "level", "required", RV))
d.Q("82.1%", 82.1, "%", "%", P, f=("보통교부금", None, ED, Y, "level", "required", "전체의 N% after a part that is a measure: that measure (own convention 4); " + RV))
d.Q("4,960억 원", 496000000000, W, "원", "currency", f=("법정전입금", None, ED, Y, "level", "required", RV))
d.Q("2조 3,400억 원", 2340000000000, W, "원", "currency", f=("인건비", None, ED, Y, "level", "required", RV))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("늘봄학교 운영", None, ED, Y, "level", "required", "X에 N원을 배정해 → X; the office carried"))
d.Q("262곳", 262, "곳", "곳", C,
    f=("초등학교", "도내 초등학교 262곳", ED, Y, "level", "required", "the schools the office's programme is extended to (dropped subject of 넓히고: the office); the budget year"))
d.Q("2,840억 원", 284000000000, W, "원", "currency", f=("학교 시설 개선", None, ED, Y, "level", "required", "X에는 N원을 쓴다 → X"))
d.Q("37곳", 37, "곳", "곳", C, f=("학교", "짓는 학교는", ED, Y, "level", "required", "the schools the office rebuilds under the budget: the office carried"))
ST = ("new paragraph about the province's students (도내 … 학생은): no organization in the clause and no sentence continuing one about the office: "
      "a figure of a region's pupils, empty subject (own convention 6); 올해 4월 기준 in the sentence")
d.Q("18만 6,300명", 186300, "명", "명", C, f=("학생", "고 학생은", "", "2025-04", "level", "required", ST))
d.Q("4,100명", 4100, "명", "명", C, f=("학생", "고 학생은", "", "2025-04", "change", "required", "1년 전보다 = basis; " + ST))
d.Q("2.2%", 2.2, "%", "%", P, f=("학생", "고 학생은", "", "2025-04", "change", "required", ST))
d.Q("10명", 10, "명", "명", C, bound="max", note="이하 → max",
    f=("", None, "", "", "level", "optional", "a threshold defining a kind of school (신입생이 10명 이하인 초등학교): definitional, no fact (FACTS)"))
d.Q("94곳", 94, "곳", "곳", C,
    f=("초등학교", "초등학교도 94곳", "", "2025-04", "level", "required",
       "no subject (a region's schools); no date of its own: the period set by the first sentence of the statistics paragraph (올해 4월 기준) carries (own convention 2)"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional (ANNOTATION)")
d.Q("1,250만 원", 12500000, W, "원", "currency", approx=True, note="수준 after the amount read as an approximator (outside, approx); 연 = a rate word",
    f=("교육비", None, ED, "", "level", "optional",
       "per-pupil spending in the superintendent's quote: the office's figure or the province's? and no date (연 is a rate word): empty or the budget year carried? (README open question 5)"))

# ---------------------------------------------------------------- 004 shipping company's volumes (이데일리 bracket byline, 2025년 in the lead)
d = Doc("004_ec07a6aac88425a3", "2026-01-15"); docs.append(d)
HD, HH, BPA = "해든로지스", "해든홀딩스", "부산항만공사"
d.Oall(HD, HD)
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O(HH, HH, note="the parent (모회사)")
d.O(BPA, BPA, aliases="BPA", note="(BPA) right after the name: alias; the source of the port statistics (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="해든로지스, 지난해", rel=True)
d.D("2025년", Y, "year")
d.D("15일", "2026-01-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(192만", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("전년", "2024", "year", ctx="전년의 절반", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 1.9%", rel=True, st="optional", anchor="2025-01-01", note=PB)
TEU = "TEU: a unit of container volume, kept as written; category measure (not SI, not a Hangul counter: README open question 3)"
d.Q("210만TEU", 2100000, "TEU", "TEU", M, note=TEU,
    f=("물동량", "지난해 물동량", HD, Y, "level", "required", "headline topic with a comma; 지난해 in the headline"))
d.Q("24%", 24, "%", "%", P, ctx="이익은 24%",
    f=("이익", "이익은 24%", HD, Y, "change", "required", "headline: 감소 a change; the headline's 지난해 and company"))
d.Q("210만 4,000TEU", 2104000, "TEU", "TEU", M, note=TEU,
    f=("컨테이너", "2025년 컨테이너", HD, Y, "level", "required", "the object right before the figure names what is measured (수송했다 a plain verb); 2025년 in the clause"))
d.Q("192만TEU", 1920000, "TEU", "TEU", M,
    f=("물동량", "최대 물동량", HD, "2024", "level", "required",
       "a basis figure in brackets after 전년: that DATE's value (own convention 5); the noun the comparison's clause modifies"))
d.Q("9.6%", 9.6, "%", "%", P, f=("물동량", "최대 물동량", HD, Y, "change", "required", "N% 늘어난 … 물동량: the noun the change's relative clause modifies"))
BR = "breakdown (항로별로는): an item names only a route; it keeps the total's measure, subject and period (own convention 1)"
d.Q("78만TEU", 780000, "TEU", "TEU", M, f=("컨테이너", "2025년 컨테이너", HD, Y, "level", "required", BR))
d.Q("65만TEU", 650000, "TEU", "TEU", M, f=("컨테이너", "2025년 컨테이너", HD, Y, "level", "required", BR))
d.Q("41만TEU", 410000, "TEU", "TEU", M, f=("컨테이너", "2025년 컨테이너", HD, Y, "level", "required", BR))
d.Q("1,840만 톤", 18400000, "t", "톤", M,
    f=("철광석과 석탄", None, HD, Y, "level", "required", "a business segment (벌크선 부문) is no subject: the company carried; the object names what is measured"))
d.Q("3,260만 건", 32600000, "건", "건", C, f=("처리 건수", None, HD, Y, "level", "required", "a segment (택배·포워딩 부문의) is no subject: the company carried"))
d.Q("1,420포인트", 1420, "포인트", "포인트", C, note="index points: the unit as written, count (README open question 3)",
    f=("상하이컨테이너운임지수", None, "", Y, "level", "required", "a market index, no ORG: empty subject; 지난해 말 in the clause (value 2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("38%", 38, "%", "%", P, f=("상하이컨테이너운임지수", None, "", Y, "change"))
d.Q("1FEU", 1, "FEU", "FEU", M, st="optional", note="the dummy 1 of a rate denominator (1FEU당): optional (ANNOTATION)")
d.Q("2,150달러", 2150, U, "달러", "currency",
    f=("운임", "노선 운임은", "", Y, "level", "required", "a market freight rate, nobody's: empty subject; 지난해 말 in its sentence (FACTS search order: clause, then sentence)"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("영업이익", None, HD, Y, "level", "required", "genitive owner; the story's period"))
d.Q("24%", 24, "%", "%", P, ctx="원으로 24%", f=("영업이익", None, HD, Y, "change"))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("출자", "출자해", HH, "2026", "level", "required", "the parent is the subject of its sentence; the subsidiary (에) is the counterparty; 출자 the verbal noun; 올해"))
d.Q("1만 3,000TEU", 13000, "TEU", "TEU", M, approx=True, note="급 after the unit: a suffix outside the span that sets approx (ANNOTATION: 원대, 달러치)",
    f=("", None, "", "", "level", "optional", "a size class defining a kind of ship (1만 3,000TEU급 컨테이너선): definitional, no fact"))
d.Q("4척", 4, "척", "척", C,
    f=("컨테이너선", None, HH, "2026", "level", "optional",
       "ships the parent's money brings in for the subsidiary: the parent (grammatical subject, written) or the subsidiary that will run them? (README open question 4)"))
PS = "a port's statistic cited from the port authority (에 따르면): a place's figure, the authority is its source: empty subject (own convention 6)"
d.Q("2,488만TEU", 24880000, "TEU", "TEU", M, f=("컨테이너 물동량", "부산항 컨테이너 물동량", "", Y, "level", "required", PS))
d.Q("1.9%", 1.9, "%", "%", P, f=("컨테이너 물동량", "부산항 컨테이너 물동량", "", Y, "change", "required", PS))
d.Q("1,380만TEU", 13800000, "TEU", "TEU", M, f=("환적 물동량", None, "", Y, "level", "required", "part opener 이 가운데; " + PS))

# ---------------------------------------------------------------- 005 life insurer's results and the regulator's industry figures (뉴시스 dateline, no year anywhere)
d = Doc("005_7e9971db7c640793", "2026-02-12"); docs.append(d)
SB, FSS = "새봄생명", "금융감독원"
d.Oall(SB, SB)
d.Oall("금감원", FSS, special={0: ("required", "short form of 금융감독원 (named in full in the text); before a quote in the headline"),
                              1: ("required", "short form, before 관계자")})
d.O(FSS, FSS, note="the regulator releasing the industry figures (the source: 에 따르면)")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("지난해", Y, "year", ctx="새봄생명은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (지난해)")
d.D("연말", Y, "year", ctx="연말 기준", mod="END", rel=True, note="as of (기준): never resolved into the future, so the last year-end (ANNOTATION As of)")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준); the latest December on or before the document date")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (방침)")
d.D("이날", "2026-02-12", "day", rel=True, st="optional", anchor="2026-02-12", note=PB + " (the 12일 of the disclosure), like 당일")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.Q("3,120억", 312000000000, W, "", "currency", ctx="순이익 3,120억…", st="optional", note=HEAD)
d.Q("13조", 13000000000000, W, "", "currency", ctx="순이익 13조\"", st="optional", note=HEAD + " (inside a headline quote)")
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("당기순이익", "당기순이익이", SB, Y, "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("당기순이익", "당기순이익이", SB, Y, "change", "required", "전년보다 = basis"))
d.Q("6조 8,400억 원", 6840000000000, W, "원", "currency", f=("보험료 수입", None, SB, Y, "level", "required", "같은 기간 (optional DATE) = 지난해; subject carried"))
d.Q("3.1%", 3.1, "%", "%", P, f=("보험료 수입", None, SB, Y, "change"))
APE = "보장성 보험의 신계약 연납화보험료"
d.Q("1조 450억 원", 1045000000000, W, "원", "currency",
    f=(APE, None, SB, Y, "level", "required", "a product line (보장성 보험) changes what is measured: inside the metric; breakdown (상품별로는): the company and period carried"))
d.Q("22%", 22, "%", "%", P, f=(APE, None, SB, Y, "change"))
d.Q("71%", 71, "%", "%", P, f=(APE, None, SB, Y, "level", "required", "a share of a whole after a part that is a measure: that measure (own convention 4)"))
d.Q("5조 2,300억 원", 5230000000000, W, "원", "currency", f=("보험계약마진", None, SB, Y, "level", "required", "연말 기준 (value 2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("3,800억 원", 380000000000, W, "원", "currency", f=("보험계약마진", None, SB, Y, "change", "required", "불었다: a change"))
d.Q("198.5%", 198.5, "%", "%", P, f=("지급여력비율", "지급여력비율(K-ICS)", SB, "2025-12", "level", "required", "12월 말 기준 (value 2025-12, END); subject carried"))
d.Q("6.3%포인트", 6.3, PP, "%포인트", P, f=("지급여력비율", "지급여력비율(K-ICS)", SB, "2025-12", "change", "required", "9월 말보다 = basis"))
d.Q("4,000억 원", 400000000000, W, "원", "currency",
    f=("후순위채", None, SB, "2026-03", "level", "required", "X 규모의 Y → Y (FACTS 규모); 회사는 = the story's company; 다음 달 in the clause"))
d.Q("210%", 210, "%", "%", P, approx=True, note="대 after the unit (210%대): a suffix outside the span that sets approx (ANNOTATION: 원대)",
    f=("비율", "비율을 210%", SB, "2026-03", "level", "required", "a target level (…로 끌어올릴); 다음 달 in its sentence (FACTS search order)"))
NS = ("the regulator's industry statistic: several insurers taken together, not named, so no subject; the regulator is its source; "
      "지난해 set by the paragraph's first sentence (own convention 2)")
d.Q("22곳", 22, "곳", "곳", C, f=("생명보험사", None, "", Y, "level", "required", NS))
d.Q("31곳", 31, "곳", "곳", C, f=("손해보험사", None, "", Y, "level", "required", NS))
d.Q("13조 4,700억 원", 13470000000000, W, "원", "currency", f=("당기순이익", "31곳의 당기순이익", "", Y, "level", "required", NS))
d.Q("2.6%", 2.6, "%", "%", P, f=("당기순이익", "31곳의 당기순이익", "", Y, "change", "required", NS))
d.Q("5조 2,100억 원", 5210000000000, W, "원", "currency", f=("순이익", "생보사 순이익은", "", Y, "level", "required", NS))
d.Q("8조 2,600억 원", 8260000000000, W, "원", "currency",
    f=("순이익", "생보사 순이익은", "", Y, "level", "required", "listed with the figure before (손보사는): its measure; " + NS))
d.Q("245조 원", 245000000000000, W, "원", "currency", f=("수입보험료", None, "", Y, "level", "required", NS))
d.Q("4.8%", 4.8, "%", "%", P, f=("수입보험료", None, "", Y, "change", "required", NS))
d.Q("150%", 150, "%", "%", P, bound="lt", note="밑도는 (below) → lt, like 미만 (own convention)",
    f=("", None, "", "", "level", "optional", "a threshold defining a kind of insurer (150%를 밑도는 보험사): definitional, no fact"))
d.Q("5곳", 5, "곳", "곳", C,
    f=("보험사", "보험사가 5곳", "", "", "level", "optional",
       "insurers not named: no subject; a present count in an official's quote in its own paragraph, no date: empty, or the report's 지난해 / 12월 말? (README open question 5)"))

# ---------------------------------------------------------------- 006 startup's Series B round (입력 stamp + outlet byline line)
d = Doc("006_8284931df20db25f", "2026-03-18"); docs.append(d)
LB = "로지브레인"
d.Oall(LB, LB, special={0: ("required", "invented startup introduced by 스타트업; headline topic with a comma")})
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the byline line")
d.O("한국투자파트너스", "한국투자파트너스", note="lead investor (주도했고)")
d.O("카카오벤처스", "카카오벤처스", note="investor in a list")
d.O("KB인베스트먼트", "KB인베스트먼트", note="investor in a list")
d.O("SBI인베스트먼트", "SBI인베스트먼트", note="investor after a word introducing what it is (벤처캐피털); 일본계 outside")
d.O("스트롱벤처스", "스트롱벤처스", note="existing investor (기존 투자사인)")
d.O("CJ대한통운", "CJ대한통운", note="a customer named as an example (고객사는 … 등)")
d.O("쿠팡", "쿠팡", note="a customer named as an example")
d.O("브레인허브", "브레인허브", st="optional", note="a solution the company runs (운영한다): may be a product or a platform (ANNOTATION ORG Optional: an app, a feature)")
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("2년 전", "2024", "year", rel=True, note="offset (N년 전 → that year)")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("현재", "2026-03-18", "day", rel=True, st="optional", note="현재 takes the document date (ANNOTATION DATE: optional)")
d.D("올해", "2026", "year", rel=True)
d.D("2028년", "2028", "year")
d.Q("450억", 45000000000, W, "", "currency", ctx="450억 시리즈B", st="optional", note=HEAD)
d.Q("3천억", 300000000000, W, "", "currency", st="optional", note=HEAD)
NOP = "no DATE in the clause or sentence and none earlier (18일 only dates the announcement): empty period (FACTS)"
d.Q("450억 원", 45000000000, W, "원", "currency", f=("시리즈B 투자", None, LB, "", "level", "required", "X 규모의 Y → Y (FACTS 규모); " + NOP))
d.Q("3,000억 원", 300000000000, W, "원", "currency", approx=True, note="약 → approx", f=("기업가치", None, LB, "", "level", "required", NOP))
d.Q("600억 원", 60000000000, W, "원", "currency",
    f=("기업가치", None, LB, "2024", "level", "required", "a basis figure in brackets after 2년 전 시리즈A 때: the valuation then, dated by 2년 전 (own convention 5)"))
d.Q("5배", 5, "배", "배", C, f=("기업가치", None, LB, "", "change", "required", "a multiple of a past figure: a rate of change (own convention 8); the current valuation's (empty) period"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("누적 투자 유치액", None, LB, "", "level", "required", "genitive owner; " + NOP))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("매출", "지난해 매출은", LB, "2025", "level", "required", "the sentence continues one about the company (로지브레인은 …)"))
d.Q("72억 원", 7200000000, W, "원", "currency", f=("매출", "지난해 매출은", LB, "2024", "level", "required", "a basis figure in brackets after 전년 (own convention 5)"))
d.Q("158%", 158, "%", "%", P, f=("매출", "지난해 매출은", LB, "2025", "change"))
d.Q("340곳", 340, "곳", "곳", C,
    f=("고객사", None, LB, "2025", "level", "required", "customers named as examples (… 등) are not the subject; no date in the clause: the sentence's 지난해 (FACTS search order)"))
d.Q("1,200만 건", 12000000, "건", "건", C, bound="gt", note="넘었다 → gt; 월 = a rate word",
    f=("처리 화물 건수", None, LB, "2025", "level", "required", "no date in the sentence: the period last set for the company (지난해) carries (FACTS)"))
d.Q("128명", 128, "명", "명", C, f=("직원 수", None, LB, "2026-03-18", "level", "required", "현재 attached to it (takes the document date)"))
d.Q("80명", 80, "명", "명", C, bound="min", note="이상 → min",
    f=("연구개발 인력", None, LB, "2026", "level", "required", "회사는 = the story's company; the noun the count is centred on names it (뽑을 a plain verb); 올해 in the clause"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("일본과 베트남 진출", None, LB, "2026", "level", "required", "X에 N원을 쓴다 → X; 올해 of the sentence before carried for the same subject (FACTS)"))
d.Q("1,000억 원", 100000000000, W, "원", "currency",
    f=("매출", "2028년 매출", LB, "2028", "level", "required", "a target in the CEO's quote: the company's (own convention 7); 2028년 in the clause"))

if __name__ == "__main__":
    write_all(docs)
