"""Gold labels of articles-holdout83, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout83/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
D_ = "duration"
O_ = "ordinal"

# ---------------------------------------------------------------- 001 petrochemical maker: Q3 loss and ethylene spread (연합뉴스 dateline)
d = Doc("001_7fe1008705648fe0", "2025-11-04"); docs.append(d)
S = "대성케미칼"; SUB = "대성첨단소재"; Q3 = "2025-Q3"; Q2 = "2025-Q2"
d.Oall(S, S, special={0: ("required", "headline topic before a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국석유화학협회", "한국석유화학협회", note="industry association cited as source")
d.Oall(SUB, SUB, special={0: ("required", "subsidiary introduced by 자회사")})
d.O("LG에너지솔루션", "LG에너지솔루션", note="the subsidiary's customer")
d.O("롯데케미칼", "롯데케미칼", note="rival")
d.O("한화솔루션", "한화솔루션", note="rival")
d.D("3분기", Q3, "quarter", ctx="3분기 영업손실 412억", rel=True, note="headline quarter: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전 분기", Q2, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the quarter before 3분기")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기 평균", rel=True)
d.D("2분기", Q2, "quarter", ctx="2분기(205달러)", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("지난 9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준); 지난 and 말 in the span")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="basis date of the bracketed figure")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention (README convention)")
d.Q("412억", 41200000000, W, "", "currency", ctx="412억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "3분기 영업손실 412억", S, Q3, "level"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업손실", "영업손실이 412억", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("298억 원", 29800000000, W, "원", "currency",
    f=("영업손실", "영업손실이 412억", S, Q2, "level", "required", "basis figure in brackets after a pointing-back date takes that date (convention 4)"))
d.Q("1조 8,350억 원", 1835000000000, W, "원", "currency", f=("매출", "매출은 1조", S, Q3, "level"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "매출은 1조", S, Q3, "change", "required", "전년 동기보다 = basis; period the current quarter"))
d.Q("587억 원", 58700000000, W, "원", "currency", f=("순손실", None, S, Q3, "level"))
d.Q("172달러", 172, U, "달러", "currency",
    f=("스프레드", "스프레드(", "", Q3, "level", "required", "a product's (ethylene) market spread: no ORG's figure (FACTS: a product that is not an ORG)"))
d.Q("205달러", 205, U, "달러", "currency", f=("스프레드", "스프레드(", "", Q2, "level", "required", "basis in brackets after 2분기"))
d.Q("33달러", 33, U, "달러", "currency", f=("스프레드", "스프레드(", "", Q3, "change"))
d.Q("250달러", 250, U, "달러", "currency", approx=True,
    f=("손익분기점", None, "", "", "level", "required", "industry break-even cited from the association: no subject; no date anywhere for this metric"))
d.Q("530억 원", 53000000000, W, "원", "currency",
    f=("영업손실", "530억 원의 영업손실", S, Q3, "level", "required", "a segment (기초소재 부문, no name) of the company: the company is the subject; story period"))
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("영업이익", "영업이익 118억", SUB, Q3, "level", "required", "subsidiary in the results breakdown: the story's period (convention 1)"))
d.Q("60%", 60, "%", "%", P, approx=True,
    f=("LG에너지솔루션 납품 물량", None, SUB, Q3, "level", "optional", "open question 1: metric 매출 or the part 납품 물량"))
d.Q("1,230억 원", 123000000000, W, "원", "currency", f=("영업손실", "영업손실을 냈다.\n여수", "롯데케미칼", Q3, "level", "required", "각각 pairs: first with first; 같은 기간 → 3분기"))
d.Q("806억 원", 80600000000, W, "원", "currency", f=("영업손실", "영업손실을 냈다.\n여수", "한화솔루션", Q3, "level"))
d.Q("68%", 68, "%", "%", P, f=("가동률", None, S, "2025-09", "level", "required", "as-of 지난 9월 말 기준"))
d.Q("77%", 77, "%", "%", P, f=("가동률", None, S, "2025-06", "level", "required", "basis in brackets after 6월 말"))
d.Q("9%포인트", 9, "%p", "%포인트", P, f=("가동률", None, S, "2025-09", "change"))
d.Q("40%", 40, "%", "%", P, bound="lt", f=("범용 제품 비중", None, S, "2026-H1", "level", "required", "아래로 → lt; target by 내년 상반기; the head speaks for the company"))

if __name__ == "__main__":
    write_all(docs)
