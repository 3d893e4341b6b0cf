"""Gold labels of articles-holdout51, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout51/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 card company's annual results (입력 stamp + byline line)
d = Doc("001_789e9c83ef83e1fc", "2026-02-05"); docs.append(d)
SC, SG = "새솔카드", "새솔금융지주"
d.Oall(SC, SC)
d.Oall(SG, SG)
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the byline line")
d.O("새솔은행", "새솔은행", note="sister company in the group, figure in brackets")
d.O("신한카드", "신한카드", note="rival in a ranking list")
d.O("삼성카드", "삼성카드", note="rival in a ranking list")
d.O("현대카드", "현대카드", note="rival in a ranking list")
Y = "2025"
d.D("지난해", Y, "year", ctx="새솔카드, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp (clock time not labelled)")
d.D("지난해", Y, "year", ctx="새솔카드가 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a fact period")
d.D("전년", "2024", "year", ctx="전년(1,862억", rel=True, st="optional", anchor="2025-01-01",
    note="pointing back to 지난해 (ANNOTATION: 전년 … optional in gold)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="pointing back")
d.D("이날", "2026-02-05", "day", rel=True, st="optional", anchor="2026-02-05",
    note="anaphor pointing back to the lead's 5일 (like 당일): optional")
d.D("올해", "2026", "year", rel=True)
d.Q("2,140억", 214000000000, W, "", "currency", ctx="순이익 2,140억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익", SC, Y, "level"))
d.Q("100조", 100000000000000, W, "", "currency", st="optional", note="headline amount, currency implied; 눈앞 sets no bound",
    f=("신판 취급액", "신판 취급액 100조", SC, Y, "level"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("당기순이익", None, SC, Y, "level"))
d.Q("1,862억 원", 186200000000, W, "원", "currency",
    f=("당기순이익", None, SC, "2024", "level", "required",
       "a figure in brackets right after a pointing-back date (전년) is that year's level of the measure compared"))
d.Q("14.9%", 14.9, "%", "%", P,
    f=("당기순이익", None, SC, Y, "change", "required", "늘어난 규모: 규모 restates the figure; the measure is 당기순이익; comparison: the current period"))
d.Q("97조 6,000억 원", 97600000000000, W, "원", "currency", f=("신용판매 취급액", None, SC, Y, "level", "required", "the lead's 지난해 carried (story period)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("6조 3,000억 원", 6300000000000, W, "원", "currency", f=("신용판매 취급액", None, SC, Y, "change"))
d.Q("41조 2,000억 원", 41200000000000, W, "원", "currency",
    f=("온라인 결제", None, SC, Y, "level", "required", "breakdown item (이 가운데) named by a measure noun of its own (결제): that is the metric"))
d.Q("42%", 42, "%", "%", P,
    f=("온라인 결제", None, SC, Y, "level", "optional",
       "전체의 N%를 차지: 전체 names no measure; the part whose share it is (온라인 결제) or the whole (신용판매 취급액)? (README open question 1)"))
d.Q("3조 8,000억 원", 3800000000000, W, "원", "currency", f=("해외 결제", None, SC, Y, "level"))
d.Q("22.6%", 22.6, "%", "%", P, f=("해외 결제", None, SC, Y, "change"))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", f=("카드론 잔액", None, SC, Y, "level", "required", "지난해 말 기준 (value 2025, mod END)"))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("회원 수", "회원 수는", SC, Y, "level", "required", "new paragraph, same story: subject and period carried"))
d.Q("46만 명", 460000, "명", "명", C, f=("회원 수", "회원 수는", SC, Y, "change", "required", "전년 말보다 = basis"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="age brackets: a definitional range, part of the metric (FACTS), no fact; range value 20, value_high 30 as written")
d.Q("37.5%", 37.5, "%", "%", P,
    f=("비중", None, SC, Y, "level", "required", "20~30대 비중: the age bracket is part of the metric (written 비중: the metric span may not hold a quantity)"))
d.Q("1.31%", 1.31, "%", "%", P, f=("연체율", None, SC, Y, "level"))
d.Q("0.18%포인트", "0.18", PP, "%포인트", P, f=("연체율", None, SC, Y, "change", "required", "낮아졌다: a change; no sign written"))
d.Q("1조 9,300억 원", 1930000000000, W, "원", "currency",
    f=("순이익", "체 순이익(", SG, Y, "level", "required", "그룹 전체 순이익: the group named 새솔금융지주 in the lead; story period"))
d.Q("11%", 11, "%", "%", P,
    f=("순이익", "체 순이익(", SC, Y, "level", "required",
       "새솔카드의 순이익은 … 의 11%: the card company's share; X의 N% → X, the nearest 순이익"))
d.Q("1조 4,850억 원", 1485000000000, W, "원", "currency",
    f=("순이익", "체 순이익(", "새솔은행", Y, "level", "required", "a figure in brackets right after an organization is its; the measure of the sentence before"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="rank: ordinal, no fact")
d.Q("4위", 4, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("3,000억 원", 300000000000, W, "원", "currency", ctx="카드에 3,000억 원",
    f=("유상증자", None, SG, "2026-02-05", "level", "optional",
       "X 규모의 Y → Y; the parent is the sentence's subject (새솔카드에 = the counterparty); period: the decision's 이날 in the clause, "
       "or none (a decision, like an announcement), or the story's 2025 carried for the parent? (README open question 2)"))
QT = "a target in the company head's quote (오영석 새솔카드 대표): the company's figure; 올해 in the clause"
d.Q("105조 원", 105000000000000, W, "원", "currency", bound="gt", note="넘어서겠다 governs both listed objects → gt",
    f=("신판 취급액", "올해 신판 취급액", SC, "2026", "level", "required", QT))
d.Q("1,200만 명", 12000000, "명", "명", C, bound="gt", note="넘어서겠다 → gt",
    f=("회원 수", "회원 수 1,200만", SC, "2026", "level", "required", QT))

if __name__ == "__main__":
    write_all(docs)
