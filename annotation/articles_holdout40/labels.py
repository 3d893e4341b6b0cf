"""Gold labels of articles-holdout40, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout40/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기, 전분기 … optional)"

# ---------------------------------------------------------------- 001 memory maker's quarterly results (연합뉴스 dateline, 2026년 1분기 in the lead)
d = Doc("001_38678d6844968491", "2026-04-23"); docs.append(d)
S = "세림반도체"
d.Oall(S, S, special={0: ("required", "invented maker; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("엔비디아", "엔비디아", note="the customer (에 공급): a company; 미국 (place) outside")
d.O("트렌드포스", "트렌드포스", note="market research firm cited as a source (에 따르면)")
d.O("마이크론", "마이크론", note="the foreign rival; 미국 (place) outside")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 영업익", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="a year before a quarter: one mention")
d.D("23일", "2026-04-23", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 6.8%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다 31.5%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기 대비 88.6%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 2.4%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 18%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("1분기", Q1, "quarter", ctx="1분기 PC용", rel=True)
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="같은 기간: optional (ANNOTATION), points back to 1분기")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", rel=True, note="a comparison's basis (지난해보다): still a DATE")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (오를 것): the next Q2")
d.Q("4.2조", 4200000000000, W, "", "currency", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("영업익", None, S, Q1, "level"))
d.Q("18조 3,400억 원", 18340000000000, W, "원", "currency", f=("매출", "매출 18조", S, Q1, "level", "required", "연결 기준 (basis) outside the metric"))
d.Q("4조 2,100억 원", 4210000000000, W, "원", "currency", f=("영업이익", "영업이익 4조", S, Q1, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", "매출은 전 분기", S, Q1, "change", "required", "comparison: the current period; 전 분기보다 = basis"))
d.Q("31.5%", 31.5, "%", "%", P, f=("매출", "매출은 전 분기", S, Q1, "change", "required", "listed after 6.8% with the same metric (매출은)"))
d.Q("88.6%", 88.6, "%", "%", P, f=("영업이익", "영업이익은 전년", S, Q1, "change"))
d.Q("23.0%", "23.0", "%", "%", P, note="value as written", f=("영업이익률", None, S, Q1, "level"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", None, S, Q1, "change"))
BR = ("breakdown (제품별로는): subject and period carried from the results story; a product is no subject")
d.Q("12조 6,000억 원", 12600000000000, W, "원", "currency", f=("D램 매출", None, S, Q1, "level", "required", BR + "; D램 changes what is measured, kept in the metric"))
d.Q("69%", 69, "%", "%", P, f=("D램 매출", None, S, Q1, "level", "required", "전체의 N%를 차지: the share of the clause's topic (D램 매출) in the whole"))
d.Q("5조 1,200억 원", 5120000000000, W, "원", "currency",
    f=("매출", "D램 매출이", S, Q1, "level", "required", BR + "; the item (낸드플래시) names no measure: the breakdown's measure 매출, written at its nearest mention"))
d.Q("18%", 18, "%", "%", P, f=("고대역폭메모리(HBM) 출하량", None, S, Q1, "change", "required", "subject carried (the company's shipments); 전 분기보다 = basis"))
d.Q("7.4달러", 7.4, U, "달러", "currency",
    f=("PC용 D램 범용제품 고정거래가격", None, "", Q1, "level", "required", "a market price: empty subject (FACTS: a market's figure); 1분기 in its clause; 평균 outside, no attribute"))
d.Q("3개월", 3, "month", "개월", "duration", note="3개월 새 (over three months): a duration, no fact")
d.Q("12%", 12, "%", "%", P, f=("PC용 D램 범용제품 고정거래가격", None, "", Q1, "change", "required", "same sentence as 7.4달러: the price's change; 1분기"))
d.Q("96억 달러", 9600000000, U, "달러", "currency",
    f=("매출", "같은 기간 매출", "마이크론", Q1, "level", "required", "the rival's own figure (마이크론은); 같은 기간 = 1분기 (the value of the optional DATE)"))
d.Q("13조 2,000억 원", 13200000000000, W, "원", "currency", approx=True, eq=("96억 달러",), note="conversion in brackets with 약",
    f=("매출", "같은 기간 매출", "마이크론", Q1, "level", "required", "a conversion: same slots as the converted amount"))
d.Q("19%", 19, "%", "%", P, f=("영업이익률", "영업이익률 19%", "마이크론", Q1, "level", "required", "listed with the rival's 매출: same subject and period"))
d.Q("25%", 25, "%", "%", P,
    f=("시설투자", None, S, "2026", "change", "required", "지난해보다 25% 많은 22조 원: a difference to a basis is a change; the current period is 올해"))
d.Q("22조 원", 22000000000000, W, "원", "currency", f=("시설투자", None, S, "2026", "level", "required", "planned level (늘리고): 올해 in the clause"))
d.Q("5~8%", 5, "%", "%", P, hi=8,
    f=("D램 가격", None, "", "2026-Q2", "change", "required",
       "an outlook quoted from the company's CFO about a market price: a market's figure has no subject; 2분기 in the clause; 오를 = a change"))

if __name__ == "__main__":
    write_all(docs)
