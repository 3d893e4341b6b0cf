"""Gold labels of articles-holdout64, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: python annotation/articles_holdout64/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 convenience-store chain: stores and sales (뉴스1 dateline, 2025년 말 in the lead)
d = Doc("001_a5eb2b3ddec079d5", "2026-02-10"); docs.append(d)
DM, DR, BGF, GS = "데일리마트", "데일리리테일", "BGF리테일", "GS리테일"
d.Oall(DM, DM, special={0: ("required", "a chain (a business run as a brand, ORG); headline topic with a comma")})
d.Oall(DR, DR, special={1: ("required", "organization before 관계자")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("CU", "CU", note="a chain named as a business, run by BGF리테일 (운영하는)")
d.O(BGF, BGF)
d.O("GS25", "GS25", note="a chain named as a business, run by GS리테일; digits inside a name are no quantity")
d.O(GS, GS)
d.O("한국편의점가맹점협의회", "한국편의점가맹점협의회", note="invented franchisees' association, subject of 지적했다")
Y = "2025"
d.D("2025년 말", Y, "year", mod="END", note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date by the letter (2026-02-10 - 1 year = 2025), but it means a year before 2025년 말 (end 2024): README question 1")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11.2%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="전년(3억", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 말", Y, "year", ctx="지난해 말 점포", mod="END", rel=True)
d.D("지난해", Y, "year", ctx="지난해 87건", rel=True)
d.D("올해", "2026", "year", rel=True)
HL = "headline: its only ORG is its topic (데일리마트, the chain); no date in the headline and nothing before it: period empty"
d.Q("6천개", 6000, "개", "개", C, bound="gt", note="넘었다 → gt (넘는/넘게)", f=("점포", "점포 6천개", DM, "", "level", "required", HL))
d.Q("3억원", 300000000, W, "원", "currency", approx=True, note="대 after the unit outside (원대): approx",
    f=("점포당 매출", "점포당 매출은 3억원대", DM, "", "level", "required", HL))
d.Q("6,120개", 6120, "개", "개", C,
    f=("점포 수", None, DR, Y, "level", "required", "the operator is the clause's topic (데일리리테일은 … 점포 수가); 2025년 말 기준"))
d.Q("540개", 540, "개", "개", C, f=("점포 수", None, DR, Y, "change"))
d.Q("1조 9,800억 원", 1980000000000, W, "원", "currency", f=("매출", "지난해 매출은", DR, Y, "level", "required", "subject carried from the lead"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "지난해 매출은", DR, Y, "change"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, DR, Y, "level"))
d.Q("23%", 23, "%", "%", P, f=("영업이익", None, DR, Y, "change"))
d.Q("3억 2,400만 원", 324000000, W, "원", "currency", f=("점포당 연평균 매출", None, DR, Y, "level"))
d.Q("3억 3,100만 원", 331000000, W, "원", "currency",
    f=("점포당 연평균 매출", None, DR, "2024", "level", "required", "a figure in brackets after 전년: that DATE's value (the DATE itself is optional)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1만 8,450개", 18450, "개", "개", C, f=("점포", "점포 1만 8,450개", BGF, Y, "level", "required", "지난해 말 in the clause (2025, END)"))
d.Q("8조 9,600억 원", 8960000000000, W, "원", "currency", f=("매출", "매출 8조 9,600억", BGF, Y, "level"))
d.Q("1만 8,100개", 18100, "개", "개", C,
    f=("점포", "점포 1만 8,100개", GS, Y, "level", "required", "no date of its own: the story's period (the lead's year, repeated for the rival the sentence before)"))
d.Q("8조 7,200억 원", 8720000000000, W, "원", "currency", f=("편의점 매출", None, GS, Y, "level"))
d.Q("4억 8,600만 원", 486000000, W, "원", "currency",
    f=("점포당 매출", "두 회사의 점포당 매출은", BGF, Y, "level", "required", "각각: the two companies in the order named (두 회사 = BGF리테일, GS리테일)"))
d.Q("4억 8,200만 원", 482000000, W, "원", "currency", f=("점포당 매출", "두 회사의 점포당 매출은", GS, Y, "level", "required", "각각: the second company"))
d.Q("1.5배", 1.5, "배", "배", C, note="수준 after it is not an approximator of the guideline's list: approx false",
    f=("점포당 매출", "두 회사의 점포당 매출은", BGF + ";" + GS, Y, "level", "optional",
       "a ratio between two companies' figures and a third's (데일리마트의 1.5배): level or change, and whose (README question 2)"))
d.Q("3사", 3, "사", "사", C,
    f=("편의점", "편의점 3사", "", Y, "level", "optional",
       "a count inside a group label (편의점 3사): a statistic at all? the counted noun 편의점; whose? (README question 3)"))
d.Q("4만 2천 개", 42000, "개", "개", C, bound="gt", note="넘으면서 → gt",
    f=("점포", "3사 점포가", BGF + ";" + DR + ";" + GS, Y, "level", "required",
       "a group the text names in full (편의점 3사 = the three companies of the story): all of them; the association only speaks; 지난해 in the sentence"))
d.Q("87건", 87, "건", "건", C,
    f=("근접 출점 분쟁", None, "", Y, "level", "required", "an industry's figure: no subject (the association only speaks); 지난해 in the clause"))
d.Q("400개", 400, "개", "개", C,
    f=("신규 출점", None, DR, "2026", "level", "required", "a target in the quote of the company's official (데일리리테일 관계자); 올해 in the clause"))
d.Q("3억 5,000만 원", 350000000, W, "원", "currency", note="까지 is a particle, not a bound word of the guideline: no bound",
    f=("점포당 매출", "점포당 매출을", DR, "2026", "level", "required", "the target level; 올해 of the sentence"))

if __name__ == "__main__":
    write_all(docs)
