"""Gold labels of articles-holdout53, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout53/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company's overseas orders (Yonhap dateline, 2025년 in the lead)
d = Doc("001_4d04d7bfd5243361", "2025-12-29"); docs.append(d)
DY, DE = "대양건설", "대양이앤씨"
d.Oall(DY, DY)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("아람코", "아람코", note="the client of a contract (와 맺은): counterparty; the country before it stays outside")
d.O("해외건설협회", "해외건설협회", note="the association cited as source (에 따르면)")
d.O("삼성물산", "삼성물산", note="ranked company, figure in brackets")
d.O("현대건설", "현대건설", note="ranked company, figure in brackets")
d.Oall(DE, DE, special={0: ("required", "named subsidiary (자회사)")})
Y = "2025"
d.D("올해", Y, "year", ctx="올해 해외수주", rel=True)
d.D("2025년", Y, "year")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", ctx="지난해(31억", rel=True, note="dates the basis figure in brackets")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해에는", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("48억달러", 4800000000, U, "달러", "currency",
    f=("해외수주", None, DY, Y, "level", "required", "headline: the organization and 올해 of the headline itself"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="업계 3위", note="a rank: ordinal, no fact")
d.Q("48억 2천만 달러", 4820000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", DY, Y, "level"))
d.Q("31억 5천만 달러", 3150000000, U, "달러", "currency",
    f=("해외 수주액", "2025년 해외 수주액", DY, "2024", "level", "required",
       "the compared figure in brackets after 지난해: dated by it; it measures what the figure it is compared with measures"))
d.Q("53%", 53, "%", "%", P, f=("해외 수주액", "2025년 해외 수주액", DY, Y, "change", "required", "늘어난: change; the current period, not the basis"))
d.Q("14건", 14, "건", "건", C, f=("수주 건수", None, DY, Y, "level", "required", "the lead's 2025년 carries (same subject, new paragraph)"))
d.Q("3건", 3, "건", "건", C, f=("수주 건수", None, DY, Y, "change", "required", "전년보다 … 많았다: a difference, change"))
d.Q("62%", 62, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", "X의 N% → X; a region (중동) is no subject: the company carried"))
BR = "breakdown (지역별로는): the item names only a region, so it measures what the first item measures (수주액); the company and 2025 carry"
d.Q("24%", 24, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", BR))
d.Q("14%", 14, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", BR))
d.Q("17억 달러", 1700000000, U, "달러", "currency",
    f=("가스처리시설 공사", None, DY, "2025-09", "level", "required",
       "규모 amount → the thing whose size it is (the contract = the 가스처리시설 공사); the client (와 맺은) is the counterparty; 지난 9월 in its sentence"))
d.Q("312억 달러", 31200000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "", "2025-01/2025-11", "level", "required",
       "an industry total (국내 건설사, not named) cited from an association: empty subject"))
d.Q("61억 달러", 6100000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "삼성물산", "2025-01/2025-11", "level", "required",
       "a figure alone in brackets after an organization, in a ranking on the industry figure: that organization's 해외 수주액 over the same 1~11월"))
d.Q("55억 달러", 5500000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "현대건설", "2025-01/2025-11", "level", "required", "as 61억 달러"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="3위에 올랐다", note="a rank: ordinal, no fact")
d.Q("7위", 7, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4건", 4, "건", "건", C, ctx="등 4건",
    f=("공사", "하수처리장 공사 등", DE, Y, "level", "required",
       "the counted noun before the count (공사 … 등 4건); the subsidiary's own clause; no date of its own: the story's 2025"))
d.Q("3억 8천만 달러", 380000000, U, "달러", "currency",
    f=("", None, DE, Y, "level", "required", "따내다 is a plain native verb and no measure noun governs the figure: empty metric; the story's 2025"))
d.Q("100%", 100, "%", "%", P,
    f=("지분", None, DY, "", "level", "optional",
       "the holder (대양건설이 … 가진) is the subject; a present stake with no date of its own: empty, or the story's 2025 carried? (README question 3)"))
d.Q("60억 달러", 6000000000, U, "달러", "currency",
    f=("해외 수주 목표", None, DY, "2026", "level", "required",
       "a target in the quote of the company's head (대양건설 사장): the company's; 내년 in the clause; 목표 kept in the metric (it changes what is measured)"))
d.Q("20%", 20, "%", "%", P, note="20%까지 끌어올리다: the level to be reached; 까지 is not a bound word of the guideline (no bound)",
    f=("신사업 비중", None, DY, "2026", "level", "required", "second clause of the same quote: 내년 and the company carried"))

if __name__ == "__main__":
    write_all(docs)
