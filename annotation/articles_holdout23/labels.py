"""Gold labels of articles-holdout23, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: /work/main/.venv/bin/python annotation/articles_holdout23/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text: optional (ANNOTATION.md, relative dates)"

# ---------------------------------------------------------------- 001 convenience-store chain: stores and sales by category (입력 stamp + byline)
d = Doc("001_defc0b22f4ffe8d4", "2026-01-15"); docs.append(d)
HR, HM = "하루리테일", "하루마트"
d.Oall(HR, HR, special={2: ("required", "in a person's title (박정훈 하루리테일 대표)")})
d.Oall(HM, HM, special={0: ("required", "the chain (a business run under its own name) in the headline; a different ORG from its operator")})
d.O("세븐일레븐", "세븐일레븐", note="rival chain (경쟁사인)")
d.O("이마트24", "이마트24", note="rival chain; the digits are part of the name (not a quantity)")
d.O("서울경제", "서울경제", note="outlet in the byline line")
Y = "2025"
d.D("지난해", Y, "year", ctx="…지난해 매출", rel=True)
d.D("2026.01.15", "2026-01-15", "day", st="optional", note="publication stamp (date only; the clock time not labelled)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("15일", "2026-01-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 6.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (the story's 지난해)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention, like 올해 before a month; 중 outside")
d.D("올해", "2026", "year", ctx="\"올해는", rel=True)
HEAD = "headline figure: the only ORG of the headline is the chain 하루마트; the body gives the same count to its operator 하루리테일 (README question 1)"
d.Q("1만 2천곳", 12000, "곳", "곳", C, bound="gt", note="돌파 → gt",
    f=("점포", "'하루마트' 점포", HM, Y, "level", "optional", HEAD))
d.Q("8조 3천억", 8300000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "지난해 매출 8조", HM, Y, "level"))
d.Q("1만 2,140곳", 12140, "곳", "곳", C, f=("점포 수", None, HR, Y, "level", "required", "지난해 말 기준 (2025, END); the operator is the topic"))
d.Q("610곳", 610, "곳", "곳", C, f=("점포 수", None, HR, Y, "change", "required", "늘었다: a change; period the current one"))
d.Q("8조 3,150억 원", 8315000000000, W, "원", "currency", f=("매출", "지난해 매출은", HR, Y, "level", "required", "topic dropped: continues the lead's 하루리테일"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", "지난해 매출은", HR, Y, "change"))
d.Q("2,240억 원", 224000000000, W, "원", "currency", f=("영업이익", None, HR, Y, "level"))
BR = "breakdown (상품군별로는): a category is no subject; the items keep the measure 매출 (nearest mention: 전체 매출); the company and the story's period carried"
d.Q("4조 1,800억 원", 4180000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("50.3%", 50.3, "%", "%", P, f=("전체 매출", None, HR, Y, "level", "required", "a share of total sales (X의 N%를 차지): the noun it is a share of"))
d.Q("2조 2,600억 원", 2260000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("9,700억 원", 970000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("간편식 매출", None, HR, Y, "level"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("간편식 매출", None, HR, Y, "level", "required", "a threshold the level passed: same metric, level"))
d.Q("18%", 18, "%", "%", P, f=("주류 매출", None, HR, Y, "change"))
d.Q("120곳", 120, "곳", "곳", C, f=("점포", "점포를 각각", "세븐일레븐", Y, "change", "required", "각각: the first named rival; 줄인 → change (no sign written); 같은 기간 → the story's 2025"))
d.Q("340곳", 340, "곳", "곳", C, f=("점포", "점포를 각각", "이마트24", Y, "change", "required", "각각: the second named rival"))
d.Q("2곳", 2, "곳", "곳", C, f=("물류센터", None, HR, "2026-H1", "level", "required", "a plan (계획): the half named in the clause"))
d.Q("500곳", 500, "곳", "곳", C, ctx="점포 500곳",
    f=("점포", "점포 500곳", HR, "2026-H1", "change", "required", "추가: an increment, change; the plan's 올해 상반기"))
d.Q("하루", 1, "day", "하루", "duration", ctx="점포당 하루 매출", st="optional", note="native day word as a rate word (하루 매출): optional")
d.Q("200만 원", 2000000, W, "원", "currency", approx=True, note="원대: 대 after the unit stays outside and sets approx",
    f=("매출", "하루 매출을", HR, "2026", "level", "required",
       "a target in the CEO's quote whose clause has no subject of its own: the company named in his title (README question 2); 올해는 in the clause"))

if __name__ == "__main__":
    write_all(docs)
