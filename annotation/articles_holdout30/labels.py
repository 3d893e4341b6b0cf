"""Gold labels of articles-holdout30, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: python annotation/articles_holdout30/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 bank holding group Q3 results (입력 stamp + byline; no year in the body)
d = Doc("001_69ca034d35e17204", "2025-10-24"); docs.append(d)
G, B, KB = "하나로금융그룹", "하나로은행", "KB금융그룹"
d.O("하나로금융", G, ctx="하나로금융, 3분기", note="short form of 하나로금융그룹 (full name in the lead); headline topic with a comma")
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O(G, G)
d.O(B, B, note="a named subsidiary (주력 계열사인)")
d.O(KB, KB, note="a rival group (경쟁사인)")
d.O("하나로금융", G, ctx="하나로금융 관계자", note="short form, in a spokesperson's title")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 1조", rel=True, note="headline quarter: latest Q3 on or before the document date")
d.D("2025.10.24", "2025-10-24", "day", st="optional", note="publication stamp (date only; the clock time not labelled)")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 올해 3분기")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the report (밝혔다): not a period")
d.D("3분기", Q3, "quarter", ctx="3분기 누적", rel=True, note="the quarter up to which a sum runs (누적); the DATE is the quarter as written")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (like 전분기)")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="points back to the comparison just made (2분기 → 3분기); read as the quarter over which it grew")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 날", "2025-10-24", "day", rel=True, st="optional", anchor="2025-10-24", note="points back to 24일 (like 당일)")
d.D("3분기", Q3, "quarter", ctx="같은 날 3분기", rel=True)
d.Q("1조 2,840억", 1284000000000, W, "", "currency", ctx="1조 2,840억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 1조", G, Q3, "level"))
d.Q("1조 2,840억 원", 1284000000000, W, "원", "currency", f=("당기순이익", None, G, Q3, "level", "required", "연결 기준 (basis) outside the metric"))
d.Q("6.8%", 6.8, "%", "%", P, f=("당기순이익", None, G, Q3, "change", "required", "전년 동기보다 = basis"))
CUM = ("3분기 누적 = January to September: the DATE mention is 3분기 (2025-Q3), but the figure covers 2025-01/2025-09; "
       "which value is the period? (README question 1); written as the cumulative range")
d.Q("3조 5,210억 원", 3521000000000, W, "원", "currency", f=("순이익", "누적 순이익", G, "2025-01/2025-09", "level", "optional", CUM))
d.Q("25억 3천만 달러", 2530000000, U, "달러", "currency", approx=True, eq=("3조 5,210억 원",), note="conversion in brackets; 약 written → approx",
    f=("순이익", "누적 순이익", G, "2025-01/2025-09", "level", "optional", "conversion: same slots as the amount it converts; " + CUM))
d.Q("2조 2,150억 원", 2215000000000, W, "원", "currency", f=("이자이익", "수익원인 이자이익", G, Q3, "level", "required", "new paragraph continues the group's story: subject and period carried"))
d.Q("1.2%", 1.2, "%", "%", P, f=("이자이익", "수익원인 이자이익", G, Q3, "change", "required", "직전 분기 대비 = basis"))
d.Q("1.78%", 1.78, "%", "%", P, f=("순이자마진", None, G, Q3, "level", "required", "그룹 = the group of the story"))
d.Q("0.04%포인트", "0.04", PP, "%포인트", P, f=("순이자마진", None, G, Q3, "change"))
d.Q("4,920억 원", 492000000000, W, "원", "currency", f=("비이자이익", None, G, Q3, "level"))
d.Q("11%", 11, "%", "%", P, f=("비이자이익", None, G, Q3, "change"))
d.Q("312조 원", 312000000000000, W, "원", "currency", f=("원화대출금", None, B, "2025-09", "level", "required", "genitive owner (하나로은행의); 9월 말 기준 (END)"))
d.Q("171조 4천억 원", 171400000000000, W, "원", "currency", f=("기업대출", None, B, "2025-09", "level", "required", "part opener 이 가운데: the bank and 9월 말 carried"))
d.Q("140조 6천억 원", 140600000000000, W, "원", "currency", f=("가계대출", None, B, "2025-09", "level"))
d.Q("석 달", 3, "month", "달", "duration", note="native numeral 석 + 달; 새 (over) outside: a duration, no fact")
d.Q("2.1%", 2.1, "%", "%", P, f=("기업대출", None, B, "2025-09", "change", "required", "각각: first listed noun; period carried (9월 말)"))
d.Q("0.6%", 0.6, "%", "%", P, f=("가계대출", None, B, "2025-09", "change", "required", "각각: second listed noun"))
NPL = ("new paragraph with no organization after a paragraph about the subsidiary (하나로은행): the group (the story's) or the bank "
       "(the last named)? and 9월 말 (as of) or 3분기? (README question 2); written as the group, 3분기")
d.Q("0.52%", 0.52, "%", "%", P, f=("고정이하여신(NPL) 비율", None, G, Q3, "level", "optional", NPL))
d.Q("0.05%포인트", "0.05", PP, "%포인트", P, f=("고정이하여신(NPL) 비율", None, G, Q3, "change", "optional", NPL))
d.Q("168%", 168, "%", "%", P, f=("대손충당금 적립률", None, G, Q3, "level", "optional", NPL))
d.Q("1조 6,140억 원", 1614000000000, W, "원", "currency", f=("순이익", "3분기 순이익이 1조 6,140", KB, Q3, "level", "required", "its own topic (KB금융그룹은) and 3분기 in the clause"))
d.Q("1,200원", 1200, W, "원", "currency", bound="min", note="이상 → min",
    f=("주당 배당금", None, G, "", "level", "optional",
       "a policy in a spokesperson's quote (유지하겠다) with no date of its own: empty, or the period last set (3분기) carried? (README question 3); "
       "subject: the spokesperson's company (하나로금융 관계자), the quote names none"))

if __name__ == "__main__":
    write_all(docs)
