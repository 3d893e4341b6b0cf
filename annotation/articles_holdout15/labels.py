"""Gold labels of articles-holdout15, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout15/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 nuclear-plant parts maker annual results (입력 stamp + byline)
d = Doc("001_3e86d987ff4bedd9", "2026-02-26"); docs.append(d)
S = "세진원전테크"
d.Oall(S, S, special={1: ("required", "invented maker introduced by what it makes; topic of the lead")})
d.O("이데일리", "이데일리", note="outlet in the byline line")
d.O("한국수력원자력", "한국수력원자력", note="a customer (에 대한): the counterparty")
d.O("두산에너빌리티", "두산에너빌리티", note="the party an order was won from (로부터)")
d.O("뉴클리어핏", "뉴클리어핏", note="invented startup introduced by 스타트업")
Y = "2025"
d.D("지난해", Y, "year", ctx="세진원전테크, 지난해", rel=True)
d.D("2026.02.26", "2026-02-26", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="만드는 세진원전테크는 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 27.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("26일", "2026-02-26", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="포함해 지난해", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해", "2026", "year", ctx="회사는 올해", rel=True)
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 매출", rel=True)
d.Q("3,120억", 312000000000, W, "", "currency", ctx="매출 3,120억…", st="optional", note="headline amount, currency implied",
    f=("매출", "지난해 매출 3,120억…", S, Y, "level"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "매출이 3,120억", S, Y, "level"))
d.Q("27.4%", 27.4, "%", "%", P, f=("매출", "매출이 3,120억", S, Y, "change"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익은 412억", S, Y, "level"))
d.Q("38%", 38, "%", "%", P, f=("영업이익", "영업이익은 412억", S, Y, "change", "required", "a rate with no metric of its own: the figure before in its sentence"))
d.Q("13.2%", 13.2, "%", "%", P, f=("영업이익률", None, S, Y, "level"))
d.Q("1.0%포인트", "1.0", PP, "%포인트", P, f=("영업이익률", None, S, Y, "change"))
BR = "breakdown (사업별로는): the items keep the breakdown figure's measure (매출); a line of business is no subject: the company carried; story's period"
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("신규 원전 부품 매출", None, S, Y, "level", "required", BR))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("매출", "부품 매출이 1,870억", S, Y, "level", "required", BR))
d.Q("290억 원", 29000000000, W, "원", "currency", f=("매출", "부품 매출이 1,870억", S, Y, "level", "required", BR))
d.Q("58%", 58, "%", "%", P, f=("매출 비중", None, S, Y, "level", "required", "the customer (에 대한) is the counterparty, not the subject; the company carried"))
d.Q("740억 원", 74000000000, W, "원", "currency",
    f=("체코 원전용 부품 계약", None, S, Y, "level", "required", "the party it was won from (로부터) is the counterparty; story's period (지난해 in the next clause gives the same)"))
d.Q("2,450억 원", 245000000000, W, "원", "currency", f=("신규 수주", None, S, Y, "level"))
d.Q("5,680억 원", 568000000000, W, "원", "currency", f=("수주 잔고", None, S, Y, "level", "required", "지난해 말 기준 (value 2025, END)"))
Q4 = "2025-Q4"
d.Q("980억 원", 98000000000, W, "원", "currency", f=("매출", "4분기 매출은", S, Q4, "level"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("영업이익", "영업이익은 131억", S, Q4, "level"))
d.Q("31%", 31, "%", "%", P, f=("매출", "4분기 매출은", S, Q4, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("45%", 45, "%", "%", P, f=("영업이익", "영업이익은 131억", S, Q4, "change", "required", "각각: the second figure's metric"))
d.Q("650억 원", 65000000000, W, "원", "currency",
    f=("창원 2공장 증설", None, S, "2026", "level", "required", "X에 N원을 투입 → X; 회사는 = the story's company; 올해 in the clause"))
d.Q("40억 원", 4000000000, W, "원", "currency", ctx="지난달 40억 원",
    f=("투자", "투자했다", S, "2026-01", "level", "required", "투자 is no spend verb: the verbal noun; the startup (에는) is the counterparty; subject carried (회사는)"))
d.Q("3,800억 원", 380000000000, W, "원", "currency",
    f=("매출 목표", None, S, "2026", "level", "optional",
       "a target in a quote after a person's title as topic (김도윤 대표는): Named subjects (empty) or the company's own target (README question 1)"))

if __name__ == "__main__":
    write_all(docs)
