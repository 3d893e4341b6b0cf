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

if __name__ == "__main__":
    write_all(docs)
