"""Gold labels of articles-holdout32, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md — not the project's docs/annotation.md or docs/facts.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout32/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 steelmaker's quarterly results (Yonhap dateline, no year anywhere)
d = Doc("001_ffe054799d9817dd", "2026-04-24"); docs.append(d)
HB, HS = "한빛철강", "한빛특수강"
d.Oall(HB, HB)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(HS, HS, note="invented subsidiary introduced by 특수강 자회사")
d.O("현대제철", "현대제철", note="a rival (경쟁사)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="한빛철강, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention (as before a month)")
d.D("24일", "2026-04-24", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("지난해 1분기", "2025-Q1", "quarter", rel=True, note="지난해 before a quarter: one mention; resolved against the document date")
d.D("직전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (like 전분기)")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("2분기", "2026-Q2", "quarter", ctx="2분기 조강", rel=True, note="a target (목표를 잡았다): the next Q2")
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업이익 1,240억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "1분기 영업이익", HB, Q1, "level"))
d.Q("312만t", 3120000, "t", "t", M, ctx="생산 312만t", f=("조강 생산", None, HB, Q1, "level", "required", "headline: the metric noun before it"))
d.Q("4조 1,860억 원", 4186000000000, W, "원", "currency", f=("매출", "기준 매출", HB, Q1, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "원, 영업이익 1,240억", HB, Q1, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("매출", "매출은 전년", HB, Q1, "change", "required", "전년 동기보다 = basis; the period is the current quarter"))
d.Q("22.5%", 22.5, "%", "%", P, f=("영업이익", "영업이익은 22.5%", HB, Q1, "change"))
d.Q("312만t", 3120000, "t", "t", M, ctx="생산량은 312만t", f=("조강 생산량", None, HB, Q1, "level", "required", "subject and period carried from the lead"))
d.Q("298만t", 2980000, "t", "t", M, f=("조강 생산량", None, HB, "2025-Q1", "level", "required", "a figure in brackets after a dated period is that period's"))
d.Q("14만t", 140000, "t", "t", M, f=("조강 생산량", None, HB, Q1, "change"))
d.Q("86만 원", 860000, W, "원", "currency", f=("평균 판매가격", None, HB, Q1, "level", "required", "t당: a rate word with no number, not a quantity; the subject (한빛철강) and the lead's quarter carried"))
d.Q("2만 원", 20000, W, "원", "currency", f=("평균 판매가격", None, HB, Q1, "change", "required", "직전 분기보다 = basis"))
d.Q("6,420억 원", 642000000000, W, "원", "currency", f=("매출", "매출 6,420억", HS, Q1, "level", "required", "the subsidiary as its own topic; the lead's quarter carried"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "영업이익 310억", HS, Q1, "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("영업이익률", None, HS, Q1, "level", "required", "the next sentence continues about the subsidiary: subject carried"))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("영업이익률", None, HS, Q1, "change"))
d.Q("890억 원", 89000000000, W, "원", "currency", approx=True, note="약 before it",
    f=("영업이익", "영업이익이 약", "현대제철", Q1, "level", "required", "an analysts' estimate (증권가는 추정했다) of the rival's figure: the rival is its subject; 같은 기간 = the lead's quarter"))
d.Q("320만t", 3200000, "t", "t", M, f=("조강 생산 목표", None, HB, "2026-Q2", "level"))

write_all(docs)
