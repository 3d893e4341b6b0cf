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

if __name__ == "__main__":
    write_all(docs)
