"""Gold labels of articles-holdout39, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout39/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기 … optional)"

# ---------------------------------------------------------------- 001 construction company's overseas orders (뉴스1 dateline, 2025년 in the lead)
d = Doc("001_f40f45b5f0dbb9f5", "2026-01-14"); docs.append(d)
S = "동진건설"
d.Oall(S, S)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("아람코", "아람코", note="state-owned client (발주한); 사우디 (a place) outside the span")
d.O("삼성물산", "삼성물산", note="consortium partner (과 컨소시엄을 꾸려)")
d.O("베트남전력공사", "베트남전력공사", aliases="EVN", note="state-owned client; (EVN) right after the name is an alias")
d.O("해외건설협회", "해외건설협회", note="the association whose statistic is cited (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="동진건설, 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 42%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2025년", Y, "year")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(34억", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년 7곳", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.Q("48억 달러", 4800000000, U, "달러", "currency", f=("해외수주", None, S, Y, "level", "required", "headline: its own 지난해"))
d.Q("42%", 42, "%", "%", P, f=("해외수주", None, S, Y, "change", "required", "headline: the figure before's measure; current period, 전년 the basis"))
d.Q("48억 2,000만 달러", 4820000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level"))
d.Q("6조 9,000억 원", 6900000000000, W, "원", "currency", approx=True, eq=("48억 2,000만 달러",), note="conversion in brackets after 약",
    f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", "a conversion: same slots as the quantity it converts"))
d.Q("34억 달러", 3400000000, U, "달러", "currency",
    f=("해외 수주액", "2025년 해외 수주액", S, "2024", "level", "required",
       "a basis figure alone in brackets after 전년: its period is that DATE's value (2024); the measure of the figure compared (README convention 4)"))
d.Q("41.8%", 41.8, "%", "%", P, f=("해외 수주액", "2025년 해외 수주액", S, Y, "change", "required", "a rate with no noun of its own: the sentence before's measure; current period"))
d.Q("17건", 17, "건", "건", C, f=("수주 건수", None, S, Y, "level", "required", "story period (the lead's 2025년)"))
d.Q("7곳", 7, "곳", "곳", C, f=("수주 국가", None, S, "2024", "level", "required", "A에서 B로 with A's own DATE (전년): 2024"))
d.Q("11곳", 11, "곳", "곳", C, f=("수주 국가", None, S, Y, "level", "required", "the new level: story period"))
BR = "breakdown (국가별로는): a country is no subject; the item keeps the total's measure (해외 수주액); the company and the story period carry"
d.Q("21억 5,000만 달러", 2150000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("9억 8,000만 달러", 980000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("6억 4,000만 달러", 640000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", S, Y, "level", "required", BR))
d.Q("2단계", 2, "단계", "단계", "ordinal", st="optional", f=None,
    note="phase number inside a project's name (자푸라 가스처리시설 2단계 공사): an ordinal without explicit marker, or part of a name? (README question 6)")
d.Q("26억 달러", 2600000000, U, "달러", "currency",
    f=("공사", "규모의 공사", S + ";삼성물산", Y, "level", "required",
       "X 규모의 Y → Y (공사); a consortium figure with both members named (동진건설은 삼성물산과 컨소시엄을 꾸려): both subjects"))
d.Q("55%", 55, "%", "%", P, f=("지분율", None, S, Y, "level"))
d.Q("14억 3,000만 달러", 1430000000, U, "달러", "currency", f=("몫", None, S, Y, "level", "required", "동진건설 몫: the company's share of the contract"))
d.Q("3건", 3, "건", "건", C,
    f=("송전선로 공사", None, S, Y, "level", "required", "the client (베트남전력공사가 발주한) is the counterparty; 수주했다 continues about the company"))
d.Q("371억 달러", 37100000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "", Y, "level", "required", "a figure of an industry (국내 건설사): empty subject; the association is only the source"))
d.Q("11%", 11, "%", "%", P, f=("해외 수주액", "건설사의 해외 수주액", "", Y, "change"))
d.Q("13%", 13, "%", "%", P, f=("점유율", None, S, Y, "level", "required", "the period last set (지난해 of the sentence before)"))
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("60억 달러", 6000000000, U, "달러", "currency",
    f=("해외 수주", "해외 수주 60억", S, "2026", "level", "required", "a company head's target in a quote: the company's figure (README convention 7); 올해 in the clause"))

if __name__ == "__main__":
    write_all(docs)
