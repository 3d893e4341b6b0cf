"""Gold labels of articles-holdout26, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (not the project's docs/annotation.md or docs/facts.md).
Run: python annotation/articles_holdout26/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
CNY = "CNY"

# ---------------------------------------------------------------- 001 display maker's quarterly results (입력 stamp + byline)
d = Doc("001_f456f416a87a62da", "2026-04-24"); docs.append(d)
S = "세원디스플레이"
d.Oall(S, S, special={0: ("required", "invented maker; headline topic")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O("BOE", "BOE", note="a rival; 중국 before it is a place, outside the span")
d.O("한울패널", "한울패널", note="invented domestic rival (국내 경쟁사)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 영업이익 1,240억…", rel=True, note="headline: the latest Q1 on or before the document date")
d.D("2026.04.24", "2026-04-24", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention (as before a month)")
d.D("24일", "2026-04-24", "day", rel=True, note="day of the disclosure (공시했다): a DATE, not the figures' period")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter")
d.D("직전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (like 전분기): optional")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (넘을 것): the next Q2")
d.D("올해", "2026", "year", ctx="\"올해 설비", rel=True)
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업이익 1,240억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "1분기 영업이익 1,240억…", S, Q1, "level"))
d.Q("62%", 62, "%", "%", P, ctx="매출 62% 차지",
    f=("매출", "OLED가 매출 62%", S, Q1, "level", "required", "headline share: the share of the company's 매출 held by OLED; the headline's 1분기"))
d.Q("1조 3,850억 원", 1385000000000, W, "원", "currency", f=("매출", "기준 매출 1조", S, Q1, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "영업이익 1,240억 원", S, Q1, "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "매출은 전년", S, Q1, "change", "required", "전년 동기보다 = basis; 늘었고"))
d.Q("9.0%", "9.0", "%", "%", P, f=("영업이익률", None, S, Q1, "level", "required", "subject and period carried from the lead"))
d.Q("9억 4천만 달러", 940000000, U, "달러", "currency", approx=True,
    note="약: approx. A conversion written as its own sentence (달러로 환산하면), not in brackets: equivalent_of left empty (README question 1)",
    f=("매출", "매출은 약", S, Q1, "level"))
BR = "breakdown (사업부별로는): a segment (OLED 부문) is no named ORG; the company carried; the measure broken down is 매출 (the figure before's); the story's quarter"
d.Q("8,590억 원", 859000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("62%", 62, "%", "%", P, ctx="매출의 62%를",
    f=("전체 매출", None, S, Q1, "level", "required", "a share of the whole (전체 매출의): the governing measure noun"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("1,850만 장", 18500000, "장", "장", C,
    f=("공급한 패널", None, S, Q1, "level", "required", "counted noun with the verb that says what is counted; the customers (에) are the counterparty"))
d.Q("12%", 12, "%", "%", P, ctx="12% 증가", f=("공급한 패널", None, S, Q1, "change", "required", "직전 분기보다 = basis"))
d.Q("498억 위안", 49800000000, CNY, "위안", "currency", f=("매출", "기간 매출 498억", "BOE", Q1, "level", "required", "같은 기간 (optional) = the story's quarter"))
d.Q("10조 200억 원", 10020000000000, W, "원", "currency", approx=True, eq=("498억 위안",),
    f=("매출", "기간 매출 498억", "BOE", Q1, "level", "required", "conversion in brackets: same slots as the figure it converts"))
d.Q("12억 위안", 1200000000, CNY, "위안", "currency", f=("순이익", None, "BOE", Q1, "level"))
d.Q("210억 원", 21000000000, W, "원", "currency",
    f=("영업손실", None, "한울패널", Q1, "level", "required",
       "no date in its sentence and none set for 한울패널: the results story's quarter (the lead's period carries to the story's later figures); a loss named by its noun keeps a positive value"))
d.Q("90%", 90, "%", "%", P, bound="gt", note="넘을 → gt",
    f=("가동률", None, S, "2026-Q2", "level", "required",
       "a company spokesperson's (관계자) forecast: the company's; 아산 2라인 is a plant, not an ORG; 2분기에는 in the clause"))
d.Q("4억 달러", 400000000, U, "달러", "currency", f=("설비 투자", None, S, "2026", "level", "required", "올해 in the clause; 계획"))
d.Q("5,880억 원", 588000000000, W, "원", "currency", approx=True, eq=("4억 달러",), f=("설비 투자", None, S, "2026", "level"))

if __name__ == "__main__":
    write_all(docs)
