"""Gold labels of articles-holdout123, written by writer-labeller W123 by reading the texts against
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout123/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HEAD = "headline figure: its own line names no date (or no subject); FACTS searches only the clause, the sentence and EARLIER text, so the slot is unsettled -> fact optional (open question)"
NODATE = "document date unknown (no year anywhere in the text): unresolved, X for the missing parts (ANNOTATION 'Unresolved')"
CLOCK = "clock time of the stamp: 'clock times (오전 9시, optional at most)'"
BRANCH = "store branch: may be a business unit (ANNOTATION ORG optional: 'names that may be a product or a business unit')"
CARRY = "period carried forward literally (FACTS: 'the period last set for the same subject carries forward until another one is named')"


# ---------------------------------------------------------------- 001 department-store group, sales by branch
d = Doc("001_32c630fcfb8fdf75", "2025-01-06")
S = "태령백화점"
d.Q("5조원", 5000000000000, W, "원", "currency", ctx="매출 5조원 첫 돌파", bound="gt", f=("매출", "지난해 매출 5조원", S, "2024", "level"))
d.Q("1조", 1000000000000, W, "", "currency", ctx="'1조 클럽'", st="optional",
    note="no unit written: amount inside the label '1조 클럽', currency only implied (ANNOTATION: 'No unit, no quantity' / implied currency is optional)")
d.Q("5조1천200억원", 5120000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("총매출", None, S, "2024", "change"))
d.Q("5조원", 5000000000000, W, "원", "currency", ctx="처음으로 5조원을", bound="gt", f=("총매출", None, S, "2024", "level"))
d.Q("1조8천350억원", 1835000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("1조240억원", 1024000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("7천860억원", 786000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("4년", 4, "year", "년", "duration", ctx="개점 4년 만에")
d.Q("1조원", 1000000000000, W, "원", "currency", ctx="연매출 1조원을", bound="gt", f=("연매출", None, S, "2024", "level"))
d.Q("2조2천억원", 2200000000000, W, "원", "currency", approx=True, f=("명품 매출", None, S, "2024", "level"))
d.Q("43%", 43, "%", "%", P, approx=True, f=("명품 매출", None, S, "2024", "level"))
d.Q("3천150억원", 315000000000, W, "원", "currency", f=("외국인 매출", None, S, "2024", "level"))
d.Q("38.5%", 38.5, "%", "%", P, f=("외국인 매출", None, S, "2024", "change"))
d.Q("1천250만명", 12500000, "명", "명", C, f=("구매 고객", None, S, "2024", "level"))
d.Q("3조1천억원", 3100000000000, W, "원", "currency", bound="gt", f=("매출", "넘는 매출을", "신세계백화점", "2024", "level"))
d.Q("3사", 3, "사", "사", C, f=("백화점", "주요 백화점 3사", "", "2024", "level", "optional",
    "a count that names the group whose figure follows (like FACTS' 470개 example: whose count it is is unclear) -> fact optional"))
d.Q("1.4%", 1.4, "%", "%", P, f=("매출", "3사의 매출은", "", "2024", "change"))
d.Q("5조5천억원", 5500000000000, W, "원", "currency", f=("매출", "매출 5조5천억원", S, "2025", "level"))
d.Q("8개", 8, "개", "개", C, ctx="점포 수 8개", f=("점포 수", None, S, "2025", "level"))
d.D("지난해", "2024", "year", ctx="태령백화점, 지난해 매출", rel=True)
d.D("2024년", "2024", "year")
d.D("전년", "2023", "year", ctx="전년 대비 6.8%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("6일", "2025-01-06", "day", rel=True)
d.D("2023년", "2023", "year")
d.D("지난해", "2024", "year", ctx="강남점은 지난해", rel=True)
d.D("지난해", "2024", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 1.4%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("올해", "2025", "year", ctx="\"올해는", rel=True)
d.D("2025/01/06", "2025-01-06", "day")
d.D("11:02", "2025-01-06T11:02", "day", st="optional", note=CLOCK)
d.Oall("태령백화점", S)
d.Oall("판교점", "판교점", special={0: ("optional", BRANCH), 1: ("optional", BRANCH), 2: ("optional", BRANCH)})
d.O("명동점", "명동점", st="optional", note=BRANCH)
d.Oall("대구점", "대구점", special={0: ("optional", BRANCH), 1: ("optional", BRANCH)})
d.O("연합뉴스", "연합뉴스")
d.O("태령유통그룹", "태령유통그룹")
d.O("신세계백화점", "신세계백화점")
d.O("강남점", "강남점", st="optional", note=BRANCH)
d.O("산업통상자원부", "산업통상자원부")
docs.append(d)

if __name__ == "__main__":
    write_all(docs)
