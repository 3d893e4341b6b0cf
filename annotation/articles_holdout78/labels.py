"""Gold labels of articles-holdout78, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout78/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported.
Fact tuples: (metric, metric_ctx, subject, period, kind[, status, note])."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 memory chip maker: Q4 results and capex plan (연합뉴스 dateline, year in the lead)
d = Doc("001_c1bc73e5c389f4d8", "2026-01-29"); docs.append(d)
S = "태성메모리"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "genitive: 태성메모리의 점유율"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("엔비디아", "엔비디아", note="the customer; 미국 (place) and the suffix 용 outside the span")
d.O("태성패키징", "태성패키징", note="invented subsidiary (후공정 자회사)")
d.O("트렌드포스", "트렌드포스", note="market-research firm cited as the source")
d.O("삼성전자", "삼성전자", note="rival, first of a 각각 pair")
d.O("SK하이닉스", "SK하이닉스", note="rival, second of a 각각 pair")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 영업익", rel=True, note="headline: the latest Q4 on or before the document date")
d.D("올해", "2026", "year", ctx="올해 시설투자 8조원", rel=True)
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="전분기 points back to the quarter before 2025-Q4")
d.D("올해", "2026", "year", ctx="올해 시설투자에", rel=True)
d.D("지난해", "2025", "year", rel=True, note="basis of the capex comparison")
d.D("2027년 상반기", "2027-H1", "half", note="까지 outside")
d.D("4분기", Q4, "quarter", ctx="4분기 매출 3,120억", rel=True)
d.D("4분기", Q4, "quarter", ctx="4분기 세계 D램", rel=True)
d.D("올해", "2026", "year", ctx="올해 HBM", rel=True)
d.D("전년", "2025", "year", ctx="전년 대비 두 배", rel=True, st="optional", anchor="2026-01-01", note="points back: the year before 올해")
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업익", "영업익 1조2천억", S, Q4, "level"))
d.Q("8조원", 8000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("시설투자", "시설투자 8조원", S, "2026", "level", "required", "headline: its own 올해"))
d.Q("5조 8,320억 원", 5832000000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q4, "level", "required", "연결 기준 is a basis modifier"))
d.Q("41.3%", 41.3, "%", "%", P, f=("매출", "기준 매출이", S, Q4, "change", "required", "전년 동기보다 = basis; period the current one"))
d.Q("1조 2,140억 원", 1214000000000, W, "원", "currency", f=("영업이익", "영업이익은 1조", S, Q4, "level"))
d.Q("2.1배", 2.1, "배", "배", C, f=("영업이익", "영업이익은 1조", S, Q4, "change", "required", "N배로 불었다 against 같은 기간's basis: a rate of change"))
d.Q("20.8%", 20.8, "%", "%", P, f=("영업이익률", "영업이익률은 20.8%", S, Q4, "level"))
d.Q("17.5%", 17.5, "%", "%", P, f=("영업이익률", "영업이익률은 20.8%", S, "2025-Q3", "level", "required",
                                   "basis figure in brackets after 전 분기: that quarter's value (convention 4)"))
d.Q("3.3%포인트", 3.3, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 20.8%", S, Q4, "change"))
d.Q("2조 1,600억 원", 2160000000000, W, "원", "currency",
    f=("고대역폭메모리(HBM) 매출", None, S, Q4, "level", "required", "a product's sales: the modifier changes what is measured; period carried"))
d.Q("37%", 37, "%", "%", P, f=("고대역폭메모리(HBM) 매출", None, S, Q4, "level", "required", "전체의 N%: the share of the part named as subject (convention 5)"))
d.Q("60%", 60, "%", "%", P, approx=True, note="약 → approx",
    f=("엔비디아용 물량", None, S, Q4, "level", "required", "the customer is no subject; 이 가운데 = of HBM sales"))
d.Q("19조 4,500억 원", 19450000000000, W, "원", "currency",
    f=("매출", "연간 매출은", S, "2025", "level", "optional", "연간: the year of the lead's quarter (2025), which no DATE mention names (open question 1)"))
d.Q("3조 6,800억 원", 3680000000000, W, "원", "currency",
    f=("영업이익", "영업이익은 3조", S, "2025", "level", "optional", "as 19조 4,500억 원 (open question 1)"))
d.Q("25%", 25, "%", "%", P, approx=True, note="가량 outside the span → approx",
    f=("시설투자", "시설투자에", S, "2026", "change", "required", "회사 = the topic company; 지난해보다 = basis"))
d.Q("8조 원", 8000000000000, W, "원", "currency", approx=True, note="안팎 → approx", f=("시설투자", "시설투자에", S, "2026", "level"))
d.Q("6만 장", 60000, "장", "장", C, note="월 before it is a rate word, not labelled",
    f=("D램 생산라인", None, S, "2027-H1", "level", "required", "규모: the thing whose size it is; the clause's 2027년 상반기까지"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "4분기 매출 3,120억", "태성패키징", Q4, "level"))
d.Q("390억 달러", 39000000000, U, "달러", "currency", approx=True,
    f=("세계 D램 시장", None, "", Q4, "level", "required", "규모 of a market: no ORG's figure; the source is no subject"))
d.Q("8.4%", 8.4, "%", "%", P, f=("점유율", "점유율은 8.4%", S, Q4, "level"))
d.Q("36.2%", 36.2, "%", "%", P, f=("점유율", "점유율은 각각", "삼성전자", Q4, "level", "required",
                                   "각각: first value to the first company; period of the same metric carried (convention 1)"))
d.Q("33.5%", 33.5, "%", "%", P, f=("점유율", "점유율은 각각", "SK하이닉스", Q4, "level"))
d.Q("두 배", 2, "배", "배", C, bound="min", note="native numeral; 이상 → min",
    f=("HBM 출하량", None, S, "2026", "change", "required", "a target multiple of last year's shipments: change"))

if __name__ == "__main__":
    write_all(docs)
