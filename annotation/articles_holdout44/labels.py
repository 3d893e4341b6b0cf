"""Gold labels of articles-holdout44, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout44/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기 … optional)"

# ---------------------------------------------------------------- 001 liquor maker's annual results (뉴스1 dateline)
d = Doc("001_5ba40298c31c55de", "2026-02-11"); docs.append(d)
CS, CG = "청솔주류", "청솔그룹"
d.Oall(CS, CS, special={0: ("required", "invented liquor maker; headline topic with a comma"),
                        5: ("required", "the company before its plant (청솔주류 이천공장): the owner named, not part of a name")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("하이트진로", "하이트진로", note="a rival, subject of its share")
d.O("롯데칠성음료", "롯데칠성음료", note="a rival in the list")
d.O(CG, CG, note="the parent (모회사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년보다 6.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="'맑은청솔'은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 1,100만", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="'청솔라거'는 지난해", rel=True)
d.D("올해", "2026", "year", ctx="있으며, 올해", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 매출", rel=True)
d.Q("9,840억", 984000000000, W, "", "currency", ctx="작년 매출 9,840억…", st="optional",
    note="headline amount, currency implied (ANNOTATION: optional)", f=("매출", "작년 매출", CS, Y, "level"))
d.Q("18.6%", 18.6, "%", "%", P, ctx="18.6%로 3위",
    f=("소주 점유율", "소주 점유율 18.6%로", CS, Y, "level", "required", "headline: its own 작년 (the … does not split the headline's date)"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("9,840억 원", 984000000000, W, "원", "currency", f=("매출", "기준 매출", CS, Y, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("712억 원", 71200000000, W, "원", "currency", f=("영업이익", "영업이익 712억", CS, Y, "level"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", "매출은 전년보다", CS, Y, "change", "required", "전년보다 … 늘었고: the current period"))
d.Q("14.8%", 14.8, "%", "%", P, f=("영업이익", "영업이익은 14.8%", CS, Y, "change"))
BR = ("breakdown (제품별로는): an item names only a product line (맥주, 수입 위스키·와인), no measure; "
      "the measure of the breakdown's first figure (매출 of 소주 매출) is written; the company and the story's period carry")
d.Q("5,230억 원", 523000000000, W, "원", "currency", f=("소주 매출", "소주 매출이 5,230억", CS, Y, "level", "required", "a product line is a modifier that changes what is measured: inside the metric"))
d.Q("53%", 53, "%", "%", P, f=("소주 매출", "소주 매출이 5,230억", CS, Y, "level", "required", "전체의 53%를 차지: the share of the part that is the clause's subject (소주 매출)"))
d.Q("3,110억 원", 311000000000, W, "원", "currency", f=("매출", "소주 매출이 5,230억", CS, Y, "level", "required", BR))
d.Q("1,500억 원", 150000000000, W, "원", "currency", f=("매출", "소주 매출이 5,230억", CS, Y, "level", "required", BR))
PROD = "a product's figure (맑은청솔 is a product, not an ORG): empty subject (FACTS)"
d.Q("1억 2,400만 병", 124000000, "병", "병", C,
    f=("맑은청솔", None, "", Y, "level", "required", PROD + "; the plain verb 팔려 names nothing, the counted thing is the topic 맑은청솔"))
d.Q("1,100만 병", 11000000, "병", "병", C, f=("맑은청솔", None, "", Y, "change", "required", PROD + "; 늘었다: a change"))
SH = "a market-share list: the rivals' shares take the story's period (the lead's 2025년, the same list as the company's own share)"
d.Q("61.2%", 61.2, "%", "%", P, f=("국내 소주 시장 점유율", None, "하이트진로", Y, "level", "required", SH))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("19.1%", 19.1, "%", "%", P, f=("국내 소주 시장 점유율", None, "롯데칠성음료", Y, "level", "required", SH + "; the list goes on with the first figure's metric"))
d.Q("18.6%", 18.6, "%", "%", P, ctx="청솔주류 18.6% 순",
    f=("국내 소주 시장 점유율", None, CS, Y, "level", "required", "the list's metric; the company's period carried"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: an amount of time, duration, no fact")
d.Q("1.4%포인트", "1.4", PP, "%포인트", P, f=("점유율", "청솔주류의 점유율", CS, Y, "change", "required", "genitive owner; 올랐다: a change"))
d.Q("820만 상자", 8200000, "상자", "상자", C,
    f=("출고", "출고됐다", "", Y, "level", "required", "a product's figure (청솔라거): empty subject; the verbal noun 출고(되다) names it"))
d.Q("1상자", 1, "상자", "상자", C, st="optional", note="the 1 of a unit's definition (1상자 20병 기준): a rate denominator, optional")
d.Q("20병", 20, "병", "병", C,
    f=("", None, "", "", "level", "optional", "the definition of the unit a figure is counted in (1상자 20병 기준): a quantity, but measuring nothing of an organization or period (README question 2)"))
d.Q("62.5%", 62.5, "%", "%", P,
    f=("지분", "청솔주류 지분", CG, "2026", "level", "required", "the holder (청솔그룹은 … 보유) is the subject; no date in the clause, the sentence's 올해"))
d.Q("450억 원", 45000000000, W, "원", "currency",
    f=("투입", "투입해", CG, "2026", "level", "required",
       "the topic 청솔그룹은 is the subject of every verb of the sentence (보유하고 있으며 … 투입해 … 증설한다); no noun names the amount: the verbal noun 투입; 올해 in the clause"))
d.Q("2개", 2, "개", "개", C, f=("생산라인", "생산라인 2개", CG, "2026", "level", "required", "counted noun before the counter; same subject and date as 450억 원"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("매출", "올해 매출", CS, "2026", "level", "required", "the CEO's target for his company (박성호 청솔주류 대표): the company's figure; 올해 in the clause"))
d.Q("20%", 20, "%", "%", P, ctx="점유율 20%",
    f=("소주 점유율", "소주 점유율 20%", CS, "2026", "level", "required", "as 1조 원"))

# ---------------------------------------------------------------- 002 city gas tariff change (연합뉴스 dateline, no year anywhere)
d = Doc("002_0d0209259c2de11c", "2025-06-26"); docs.append(d)
PG, DG = "팔공도시가스", "대구시"
d.Oall(PG, PG, special={0: ("required", "invented city gas supplier; headline, before 요금 (its tariff)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(DG, DG, special={0: ("required", "a city acting as a government (approves the tariff)")})
d.O("물가대책위원회", "물가대책위원회", note="a named committee (ANNOTATION: committees)")
d.O("한국가스공사", "한국가스공사")
NX = "2025-07-01"
d.D("다음 달", "2025-07", "month", ctx="요금 다음 달", rel=True, note="headline; future clause: the next month")
d.D("다음 달 1일", NX, "day", rel=True, note="다음 달 before a day: one mention; 부터 outside")
d.D("26일", "2025-06-26", "day", rel=True, note="the day of the approval and the announcement")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 1분기", "2025-Q1", "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("지난 3월 말", "2025-03", "month", mod="END", rel=True, note="as of (기준)")
d.Q("3.9%", 3.9, "%", "%", P, ctx="3.9% 인상…",
    f=("요금", "가스 요금 다음", PG, "2025-07", "change", "required", "headline: its own 다음 달; 인상: a change"))
d.Q("1,840원", 1840, W, "원", "currency", ctx="월 1,840원 더",
    f=("", None, "", "2025-07", "change", "optional",
       "headline: no noun names the amount (더 낸다, a plain verb) unless the headline's 요금; the households' payment (no ORG) or the supplier's tariff? (README question 3)"))
d.Q("1MJ", 1, "MJ", "MJ", M, st="optional", note="the 1 of a rate denominator (1MJ당): optional")
d.Q("22.47원", "22.47", W, "원", "currency",
    f=("주택용 요금", None, PG, "", "level", "optional",
       "the old level of `A에서 B로` after a clause dated 다음 달 1일부터: the date is the new level's; the old one's period (the present tariff, no DATE) is unsettled (README question 4)"))
d.Q("23.35원", "23.35", W, "원", "currency",
    f=("주택용 요금", None, PG, NX, "level", "required", "genitive owner (팔공도시가스의 주택용 요금); 다음 달 1일부터 in the clause"))
d.Q("3.9%", 3.9, "%", "%", P, ctx="3.9% 오른다", f=("주택용 요금", None, PG, NX, "change"))
d.Q("5.2%", 5.2, "%", "%", P,
    f=("인상", "5.2% 인상", PG, NX, "change", "required",
       "the rise the company asked for (회사는 = 팔공도시가스); no date in the sentence: the company's period last set (다음 달 1일), 26일 only dates the approval"))
d.Q("1.3%포인트", "1.3", PP, "%포인트", P,
    f=("인상", "5.2% 인상", PG, NX, "change", "required", "the same clause chain: what was lowered is the asked rise (the figure before's noun); 낮아졌다 a change"))
d.Q("38만 2천 가구", 382000, "가구", "가구", C,
    f=("주택용", "주택용 38만", PG, "", "level", "optional",
       "the counter 가구 is itself the counted noun (inside the span): metric 주택용, 공급권역 or empty?; the supplier's customers or a count of no ORG?; no date of its own (README question 3)"))
BILL = ("the households' monthly bill (genitive owner 가구의: not an ORG): empty subject; "
        "이번 조정으로 points to the adjustment dated 다음 달 1일, the period of the tariff figures before")
d.Q("4만 7,200원", 47200, W, "원", "currency",
    f=("가스요금", "월평균 가스요금", "", "", "level", "optional", "the old level of `A에서 B로`: its period unsettled (README question 4); " + BILL))
d.Q("4만 9,040원", 49040, W, "원", "currency",
    f=("가스요금", "월평균 가스요금", "", NX, "level", "required", "월평균 qualifies the basis: outside; " + BILL))
d.Q("1,840원", 1840, W, "원", "currency", ctx="으로 1,840원 오를",
    f=("가스요금", "월평균 가스요금", "", NX, "change", "required", "오를: a change; " + BILL))
d.Q("21.90원", "21.90", W, "원", "currency",
    f=("영업용 요금", None, PG, NX, "level", "required",
       "the supplier's tariff (the subject of the tariff sentences carried, the households' sentence between names no ORG); the period last set for it"))
d.Q("2.8%", 2.8, "%", "%", P, f=("영업용 요금", None, PG, NX, "change"))
d.Q("126억 원", 12600000000, W, "원", "currency", f=("영업손실", None, PG, "2024", "level"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("적자", None, PG, "2025-Q1", "level", "required", "the same topic (팔공도시가스는); 올해 1분기 in the clause"))
d.Q("14조 1,000억 원", 14100000000000, W, "원", "currency",
    f=("민수용 미수금", None, "한국가스공사", "2025-03", "level", "required", "genitive owner; 지난 3월 말 기준 (value 2025-03, END)"))
d.Q("2만 1,500가구", 21500, "가구", "가구", C,
    f=("기초생활수급자와 차상위계층", None, DG, "", "level", "required",
       "the households the city's relief covers (대구시는 … 감면하기로 했다); counted noun phrase before the counter; a plan with no DATE: empty period"))
d.Q("3만 6천 원", 36000, W, "원", "currency", bound="max", note="최대 (and 까지) → max",
    f=("감면", "감면하기로", DG, "", "level", "required", "the verbal noun 감면 names the amount; the city's; no DATE (월 is a rate word): empty"))

# ---------------------------------------------------------------- 003 national university's research grants and patents (뉴시스 dateline)
d = Doc("003_c9af2b3dabada3b4", "2026-01-27"); docs.append(d)
BU, BT = "부산대학교", "부산대기술지주"
d.O("부산대", BU, ctx="부산대, 지난해", note="short form of 부산대학교 (full name in the lead); headline topic with a comma")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(BU, BU)
d.O("정부", "정부", ctx="정부와 기업", st="optional", note="unnamed institution noun (ANNOTATION: optional)")
d.O("정부", "정부", ctx="정부 과제", st="optional", note="unnamed institution noun, as a modifier (정부 과제)")
d.O("한국연구재단", "한국연구재단", note="government research agency running the program")
d.O("해솔머티리얼즈", "해솔머티리얼즈", note="invented company introduced by what it makes (이차전지 소재기업)")
d.O(BT, BT, note="the university's subsidiary (대학 자회사인)")
d.O("부산대", BU, ctx="부산대 연구부총장", note="short form before a person's title")
Y = "2025"
d.D("지난해", Y, "year", ctx="부산대, 지난해", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(3,780억", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("27일", "2026-01-27", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2026", "year", rel=True, note="올해부터 (부터 outside)")
d.D("전년", "2024", "year", ctx="전년 대비 17.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="늘었다. 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 74건", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="부산대기술지주는 지난해", rel=True)
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.Q("4,120억 원", 412000000000, W, "원", "currency", ctx="연구비 4,120억 원 수주",
    f=("연구비", "지난해 연구비", BU, Y, "level", "required", "headline: its own 지난해"))
d.Q("612건", 612, "건", "건", C, ctx="등록 612건 '",
    f=("특허 등록", "특허 등록 612건 '", BU, Y, "level", "required", "headline: the title's 지난해 (the … does not split the headline's date)"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", ctx="연구비가 4,120억 원",
    f=("연구비", "따낸 연구비가", BU, Y, "level", "required", "what the university won (부산대학교는 … 따낸 연구비); 2025년 in the sentence"))
d.Q("3,780억 원", 378000000000, W, "원", "currency",
    f=("연구비", "따낸 연구비가", BU, "2024", "level", "required", "a basis figure in brackets after 전년: the period that DATE points to (2024)"))
d.Q("9%", 9, "%", "%", P, f=("연구비", "따낸 연구비가", BU, Y, "change", "required", "전년 … 보다 늘었다: the current period"))
BR = "a part of the whole named before (연구비 가운데 정부 과제가): the part names no measure; the whole's measure 연구비; the university and the story's period carry"
d.Q("2,950억 원", 295000000000, W, "원", "currency", f=("연구비", "연구비 가운데", BU, Y, "level", "required", BR))
d.Q("71.6%", 71.6, "%", "%", P, f=("연구비", "연구비 가운데", BU, Y, "level", "required", "the part's share of the whole (X 가운데 … N%를 차지): " + BR))
d.Q("5년", 5, "year", "년", "duration", ctx="5년간", note="5년간: duration (간 outside), no fact")
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("지원", "지원받는다", BU, "2026", "level", "required",
       "the support the university receives (the dropped subject of 선정돼 … 지원받는다 is the university; the agency is the giver); 매년 … 씩 from 올해: 올해 in the clause"))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("지원", "지원받는다", BU, "2026", "level", "optional",
       "the total over 올해부터 5년간: the clause's DATE 올해 (2026) by the letter, or a five-year span no DATE names? (README question 5)"))
d.Q("48명", 48, "명", "명", C, f=("교수", None, BU, "2026", "level", "required", "the university's staff in the program (이 사업에는); the period last set for the university (올해)"))
d.Q("210명", 210, "명", "명", C, f=("대학원생", None, BU, "2026", "level", "required", "as 48명"))
ST = ("a new paragraph back on last year's research funding (산업체 연구비, a part of 연구비; 전년 대비): the story's period 2025 "
      "(FACTS: the lead's year of a results story), not the 올해 of the program sentence (README question 5)")
d.Q("640억 원", 64000000000, W, "원", "currency", f=("산업체 연구비", None, BU, Y, "level", "required", ST))
d.Q("17.2%", 17.2, "%", "%", P, f=("산업체 연구비", None, BU, Y, "change", "required", ST))
d.Q("85억 원", 8500000000, W, "원", "currency",
    f=("공동연구 계약", None, BU, Y, "level", "required",
       "X 규모 → X; the partner (와 맺은) is the counterparty; 이 중 = among the year's industry funding: " + ST))
d.Q("612건", 612, "건", "건", C, ctx="등록은 612건", f=("국내외 특허 등록", None, BU, Y, "level", "required", "지난해 in the sentence; the university carried"))
d.Q("74건", 74, "건", "건", C, f=("국내외 특허 등록", None, BU, Y, "change", "required", "전년보다 … 많았고: a change"))
d.Q("52억 3천만 원", 5230000000, W, "원", "currency", f=("기술이전 수입", None, BU, Y, "level"))
d.Q("11곳", 11, "곳", "곳", C, f=("교원 창업기업", None, BT, Y, "level", "required", "counted noun before the counter; the subsidiary is the topic"))
d.Q("27억 원", 2700000000, W, "원", "currency", f=("투자", "투자했다", BT, Y, "level", "required", "no noun names the amount: the verbal noun 투자(했다)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency",
    f=("연구비", "\"2027년까지 연구비", BU, "2027", "level", "required", "a target in the vice-president's quote (부산대 연구부총장): the university's; 2027년까지 in the clause"))

# ---------------------------------------------------------------- 004 life insurer's quarterly results ([파이낸셜뉴스] bracket, byline at the end)
d = Doc("004_6eb7528b940fefc8", "2025-11-13"); docs.append(d)
SS = "새솔생명"
d.Oall(SS, SS, special={0: ("required", "invented life insurer; headline topic with a comma"),
                        3: ("required", "an organization before 관계자: a required mention")})
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the opening bracket")
d.O("삼성생명", "삼성생명", note="a rival")
d.Oall("한화생명", "한화생명")
R, Q3 = "2025-Q1/2025-Q3", "2025-Q3"
d.D("1~3분기", R, "quarter", ctx="새솔생명, 1~3분기", rel=True, note="headline: a range of quarters, one mention")
d.D("올해 1~3분기", R, "quarter", rel=True, note="올해 before a range of quarters: one mention")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", ctx="전년 동기보다 21.4%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2025년 3분기", Q3, "quarter", note="one mention")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(960억", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): the latest September")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("3분기", Q3, "quarter", ctx="3분기 신계약", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the 3분기 named before (like 같은 기간): optional")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 18%", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (끌어올리겠다): the next Q4, the document's own quarter")
d.Q("3420억", 342000000000, W, "", "currency", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("순이익", "1~3분기 순이익", SS, R, "level"))
d.Q("6조", 6000000000000, W, "", "currency", ctx="6조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("CSM", "CSM 6조", SS, R, "level"))
d.Q("3,420억 원", 342000000000, W, "원", "currency", f=("순이익", "누적 순이익", SS, R, "level", "required", "누적 qualifies the period: outside the metric"))
d.Q("21.4%", 21.4, "%", "%", P, f=("순이익", "누적 순이익", SS, R, "change", "required", "전년 동기보다 … 성장: the current period"))
d.Q("6조 원", 6000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("보험계약마진", None, SS, R, "level", "required",
       "the alias (CSM) stays outside the metric; the company carried; no date in the sentence: the period last set for the company (올해 1~3분기) by the letter of carry-forward"))
d.Q("1,180억 원", 118000000000, W, "원", "currency", f=("당기순이익", None, SS, Q3, "level"))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("당기순이익", None, SS, "2024-Q3", "level", "required", "a basis figure in brackets after 전년 동기: the period that DATE points to"))
d.Q("22.9%", 22.9, "%", "%", P, f=("당기순이익", None, SS, Q3, "change"))
d.Q("6조 2,300억 원", 6230000000000, W, "원", "currency", f=("CSM 잔액", None, SS, "2025-09", "level", "required", "9월 말 기준 (value 2025-09, END)"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", f=("CSM 잔액", None, SS, "2025-09", "change", "required", "지난해 말보다 … 늘었다: the basis is not the period"))
d.Q("18만 4천 건", 184000, "건", "건", C, f=("신계약", "3분기 신계약", SS, Q3, "level"))
BR = "a part of the whole named before (이 가운데 건강보험이 / 종신보험은): a product line names no measure; the whole's measure 신계약; the company and 3분기 carry"
d.Q("11만 2천 건", 112000, "건", "건", C, f=("신계약", "3분기 신계약", SS, Q3, "level", "required", BR))
d.Q("60.9%", 60.9, "%", "%", P, f=("신계약", "3분기 신계약", SS, Q3, "level", "required", "the part's share of the whole: " + BR))
d.Q("4만 1천 건", 41000, "건", "건", C, f=("신계약", "3분기 신계약", SS, Q3, "level", "required", BR))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("신계약 CSM", "신계약 CSM은", SS, Q3, "level"))
d.Q("8.3%", 8.3, "%", "%", P, f=("신계약 CSM", "신계약 CSM은", SS, Q3, "change", "required", "2분기보다 = basis"))
d.Q("196.5%", 196.5, "%", "%", P,
    f=("지급여력비율", None, SS, Q3, "level", "required", "alias (K-ICS) outside the metric; 6월 말 is the basis; the period last set for the company (3분기)"))
d.Q("5.2%포인트", "5.2", PP, "%포인트", P, f=("지급여력비율", None, SS, Q3, "change"))
d.Q("5,870억 원", 587000000000, W, "원", "currency", f=("순이익", "삼성생명은 순이익", "삼성생명", Q3, "level", "required", "같은 분기 (optional DATE) gives 2025-Q3"))
d.Q("2,140억 원", 214000000000, W, "원", "currency",
    f=("순이익", "삼성생명은 순이익", "한화생명", Q3, "level", "required", "its own topic in a paired clause: the measure of the figure before"))
d.Q("18%", 18, "%", "%", P, f=("순이익", "한화생명의 순이익", "한화생명", Q3, "change", "required", "genitive owner; 줄었다: a change (no sign written)"))
d.Q("3,000억 원", 300000000000, W, "원", "currency", approx=True, note="원대: 대 outside, approx",
    f=("신계약 CSM", "신계약 CSM을", SS, "2025-Q4", "level", "required",
       "a company official's target (새솔생명 관계자): the company's; 4분기 in the clause; 분기 is a rate word"))

# ---------------------------------------------------------------- 005 K-pop company's tour and album sales ([헤럴드경제=기자] bracket, no year anywhere)
d = Doc("005_1f1f59eaef03660b", "2025-08-14"); docs.append(d)
LU, BM = "루미너스엔터테인먼트", "블루문뮤직"
GRP = "a music group (ANNOTATION: performing acts are optional ORGs)"
d.O("루미너스엔터", LU, ctx="루미너스엔터, ", note="headline short form of 루미너스엔터테인먼트 (full name in the lead); topic with a comma")
d.O("헤럴드경제", "헤럴드경제", note="outlet in the opening bracket")
d.O(LU, LU, aliases="루미너스", note="the short name defined with 이하 goes to aliases")
d.O("루미너스", LU, ctx="(이하 루미너스)", st="optional", note="a short name defined in brackets with 이하: optional as a mention (ANNOTATION)")
d.O("오로라나인", "오로라나인", ctx="그룹 오로라나인의", st="optional", note=GRP)
d.O("오로라나인", "오로라나인", ctx="오로라나인 월드투어", st="optional", note=GRP)
d.O("오로라나인", "오로라나인", ctx="오로라나인은", st="optional", note=GRP)
d.O("루미너스", LU, ctx="루미너스의 2분기", note="later use of the defined short name: required")
d.O("루미너스", LU, ctx="루미너스의 자회사", note="later use of the defined short name: required")
d.O(BM, BM, note="the subsidiary label (자회사 레이블)")
d.O("위시테일", "위시테일", ctx="걸그룹 위시테일", st="optional", note=GRP)
d.O("위시테일", "위시테일", ctx="위시테일의 데뷔", st="optional", note=GRP)
d.O("루미너스", LU, ctx="루미너스는 오는", note="later use of the defined short name")
d.O("루미너스", LU, ctx="루미너스의 연간", note="later use of the defined short name")
Q2 = "2025-Q2"
d.D("2분기", Q2, "quarter", ctx="루미너스엔터, 2분기", rel=True, note="headline")
d.D("2분기", Q2, "quarter", ctx="힘입어 2분기", rel=True)
d.D("14일", "2025-08-14", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note=PB)
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("2분기", Q2, "quarter", ctx="루미너스의 2분기", rel=True)
d.D("지난 5월", "2025-05", "month", rel=True, note="dates the release (발매한), not the sales")
d.D("지난달 말", "2025-07", "month", mod="END", rel=True, note="지난달 말까지 (까지 outside): as of")
d.D("상반기", "2025-H1", "half", rel=True, note="상반기에만 (에만 outside)")
d.D("오는 10월", "2025-10", "month", rel=True, note="future clause: the next October")
d.D("하반기", "2025-H2", "half", rel=True, note="a plan for the current half")
d.D("지난해", "2024", "year", rel=True)
TOUR = "the group's tour (오로라나인은 … 모았다): a figure whose only subject is an optional ORG (a music group) is optional (FACTS)"
d.Q("612억", 61200000000, W, "", "currency", ctx="매출 612억 '", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("매출", "2분기 매출 612억 '", LU, Q2, "level"))
d.Q("38만 명", 380000, "명", "명", C, ctx="38만 명 동원",
    f=("동원", None, "", Q2, "level", "optional", "headline: " + TOUR + "; the verbal noun 동원"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("매출", "2분기 매출 612억 원", LU, Q2, "level", "required", "the group named in the cause clause (흥행에 힘입어) is not the subject"))
d.Q("97억 원", 9700000000, W, "원", "currency", f=("영업이익", None, LU, Q2, "level"))
d.Q("43%", 43, "%", "%", P, f=("매출", "매출은 전년", LU, Q2, "change"))
d.Q("12개", 12, "개", "개", C, f=("도시", None, "", "2025-04", "level", "optional", TOUR))
d.Q("24회", 24, "회", "회", C, f=("공연", "24회 공연", "", "2025-04", "level", "optional", TOUR + "; 24회 counts performances (no ordinal marker): count"))
d.Q("38만 명", 380000, "명", "명", C, ctx="모두 38만 명", f=("관객", "명의 관객", "", "2025-04", "level", "optional", TOUR))
d.Q("1만 5,800명", 15800, "명", "명", C,
    f=("", None, "", "2025-04", "level", "optional", TOUR + "; 회당 is a rate word; a plain verb (찾은): no noun names it"))
d.Q("248억 원", 24800000000, W, "원", "currency", f=("공연 매출", None, LU, Q2, "level", "required", "genitive owner (루미너스의); 2분기 in the clause"))
d.Q("40.5%", 40.5, "%", "%", P,
    f=("공연 매출", None, LU, Q2, "level", "required", "전체 매출의 40.5%를 차지: the share of the part that is the clause's subject (공연 매출)"))
ALB = "an album's figure (a product, owner not named in the sentence): empty subject (FACTS: a singer's album sales have none)"
d.Q("210만 장", 2100000, "장", "장", C,
    f=("블루 아워", None, "", "2025-07", "level", "required",
       ALB + "; a plain verb (팔렸고): the counted thing is the topic, the album; 지난달 말까지 = as of (value 2025-07, END); 지난 5월 dates the release"))
d.Q("62%", 62, "%", "%", P, f=("해외 판매 비중", None, "", "2025-07", "level", "required", ALB + "; 이 중: the same sentence's 지난달 말"))
d.Q("86억 원", 8600000000, W, "원", "currency",
    f=("매출", "상반기에만 매출", BM, "2025-H1", "level", "required", "the label is the topic; the group it fields (위시테일을 앞세워) is not the subject"))
d.Q("32만 장", 320000, "장", "장", C,
    f=("데뷔 앨범", None, "", "2025-H1", "level", "optional",
       "the album of a music group named as its genitive owner (위시테일의 데뷔 앨범): the only subject would be an optional ORG (FACTS: optional)"))
d.Q("5개국", 5, "개국", "개국", C,
    f=("", None, LU, "2025-10", "level", "optional",
       "the counter 개국 is itself the counted noun: metric 유럽 or empty? (README question 3); the company's plan, 오는 10월부터 in the clause"))
d.Q("9회", 9, "회", "회", C, f=("공연", "9회 공연", LU, "2025-10", "level", "required", "the company is the topic (루미너스는 … 추가해); 오는 10월부터 in the clause"))
d.Q("15만 명", 150000, "명", "명", C, f=("관객", "하반기 관객", LU, "2025-H2", "level", "required", "하반기 in the clause"))
d.Q("1,740억 원", 174000000000, W, "원", "currency",
    f=("매출", "연간 매출", LU, "2024", "level", "required", "a basis figure in brackets after 지난해: that year; 연간 qualifies the period: outside"))
OUT = ("an analysts' outlook (증권가는 … 내다봤다) for this year's annual revenue: no DATE names this year (연간 is no DATE, 지난해 is the basis); "
       "empty, or the company's last period (하반기) by the letter of carry-forward? (README question 6); the company is the genitive owner, 증권가 the source")
d.Q("30%", 30, "%", "%", P, bound="gt", note="넘게 → gt", f=("매출", "연간 매출", LU, "", "change", "optional", OUT))
d.Q("2,300억 원", 230000000000, W, "원", "currency", approx=True, note="안팎 → approx", f=("매출", "연간 매출", LU, "", "level", "optional", OUT))

# ---------------------------------------------------------------- 006 logistics startup's warehouse and funding (입력 stamp page, byline at the end)
d = Doc("006_1c9f96073bc29a8a", "2026-03-18"); docs.append(d)
QB = "큐브로지"
d.Oall(QB, QB, special={0: ("required", "invented startup introduced by 스타트업; headline topic with a comma"),
                        4: ("required", "an organization before a person's title")})
d.O("소프트뱅크벤처스", "소프트뱅크벤처스", note="an investor (기존 투자사인)")
d.O("한국산업은행", "한국산업은행", note="an investor")
d.O("한강벤처파트너스", "한강벤처파트너스", note="invented investor")
d.O("매일경제", "매일경제", note="outlet in the byline line")
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp")
d.D("14:32", "2026-03-18T14:32", "day", st="optional", note="clock time of the publication stamp (ANNOTATION: clock times optional at most)")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("오는 9월", "2026-09", "month", rel=True, note="future clause: the next September")
d.D("현재", "2026-03-18", "day", rel=True, st="optional", note="현재 takes the document date (ANNOTATION: optional)")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
NOD = "no DATE in the sentence and none before it (18일 only dates the announcement): empty period"
d.Q("350억", 35000000000, W, "", "currency", ctx="350억 투자", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("투자", "350억 투자", QB, "", "level"))
d.Q("4만㎡", 40000, "㎡", "㎡", M,
    f=("물류센터", "4만㎡ 물류센터", QB, "", "level", "required", "the size of the thing after it (N㎡ 물류센터); the headline's topic; a headline with no date: empty period"))
d.Q("350억 원", 35000000000, W, "원", "currency", f=("시리즈C 투자", None, QB, "", "level", "required", "X 규모의 Y → Y (FACTS: 규모); " + NOD))
d.Q("820억 원", 82000000000, W, "원", "currency", f=("누적 투자액", None, QB, "", "level", "required", "N으로 늘었다: the new level; " + NOD))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("투자", "이번 투자에는", "소프트뱅크벤처스", "", "level", "required", "the investor who put the amount in (넣어, a plain verb): its figure, the round's noun 투자 names it; " + NOD))
d.Q("100억 원", 10000000000, W, "원", "currency",
    f=("출자", "출자했다", "한국산업은행;한강벤처파트너스", "", "level", "required", "각각 after a named pair: each one's figure, both subjects; the verbal noun 출자"))
d.Q("2,400억 원", 240000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("기업가치", None, QB, "", "level", "required", "genitive owner (큐브로지의); 업계 is the source"))
d.Q("210억 원", 21000000000, W, "원", "currency",
    f=("투자금", None, QB, "", "level", "required", "X 가운데 N: the part of the funds (투자금) the company puts into the centre; no DATE in the sentence"))
d.Q("4만 2,000㎡", 42000, "㎡", "㎡", M, f=("연면적", None, QB, "2026-09", "level", "required", "the centre's floor area; 오는 9월 in the same clause (… 규모로 오는 9월 문을 열며)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 처리량): optional")
d.Q("8만 건", 80000, "건", "건", C, f=("처리량", "하루 처리량", QB, "2026-03-18", "level", "required", "현재 right before the old level: its DATE (the document date); 하루 is a rate word, outside the metric"))
d.Q("20만 건", 200000, "건", "건", C,
    f=("처리량", "하루 처리량", QB, "2026-09", "level", "required", "the new level once the centre runs (가동되면): the sentence's 오는 9월; 현재 belongs to the old level"))
d.Q("2.5배", "2.5", "배", "배", C, f=("처리량", "하루 처리량", QB, "2026-09", "change", "required", "N배 늘어난다: a change; as 20만 건"))
d.Q("120대", 120, "대", "대", C, f=("물류 로봇", None, QB, "2026-09", "level", "required", "the same centre's equipment; the period last set for the company (오는 9월)"))
d.Q("486억 원", 48600000000, W, "원", "currency", f=("매출", "지난해 매출", QB, "2025", "level"))
d.Q("72%", 72, "%", "%", P, f=("매출", "지난해 매출", QB, "2025", "change", "required", "전년보다 … 성장: the current period"))
d.Q("1,150곳", 1150, "곳", "곳", C, f=("고객사", None, QB, "2025", "level", "required", "the company carried; no DATE in the sentence: the period last set for the company (지난해)"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: duration, no fact")
d.Q("400곳", 400, "곳", "곳", C, bound="gt", note="넘게 → gt", f=("고객사", None, QB, "2025", "change", "required", "늘었고: a change; as 1,150곳"))
d.Q("320명", 320, "명", "명", C, f=("직원 수", None, QB, "2025", "level", "required", "as 1,150곳"))
d.Q("800억 원", 80000000000, W, "원", "currency", f=("매출", "올해는 매출", QB, "2026", "level", "required", "a target (목표로): the company's; 올해 in the sentence"))
d.Q("95%", 95, "%", "%", P, note="까지 after the amount read as a particle (the level aimed at), no bound",
    f=("당일 출고 비율", None, QB, "", "level", "optional",
       "the CEO's target once the new centre runs (새 센터가 가동되면): the company's; its period — empty (no DATE in the quote), the company's last 올해 by the letter, or the centre's 오는 9월? (README question 6)"))

if __name__ == "__main__":
    write_all(docs)
