"""Gold labels of articles-holdout34, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: /work/main/.venv/bin/python annotation/articles_holdout34/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shipbuilder: LNG-carrier order and backlog (뉴스1 dateline, no present year written)
d = Doc("001_04154685e857b2bf", "2026-07-07"); docs.append(d)
DY = "대양조선해양"
d.Oall(DY, DY, special={0: ("required", "headline topic with a comma; invented shipbuilder")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (its digit is part of the name)")
d.Oall("대양그룹", "대양그룹", special={0: ("required", "the parent group (대양그룹의 조선 계열사)"),
                                       1: ("required", "the group whose holding company is named next")})
d.O("아스트라마리타임", "아스트라마리타임", aliases="Astra Maritime", note="invented Greek shipowner; the alias in brackets is outside the span")
d.O("클락슨리서치", "클락슨리서치", note="the source cited (에 따르면); 영국 (a place) outside")
d.O("대양홀딩스", "대양홀딩스", note="the group's holding company (지주사)")
d.O("카타르에너지", "카타르에너지", note="counterparty of a negotiation; 카타르 (a country) is part of the company's own name here")
d.D("7일", "2026-07-07", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2026", "year", ctx="올해 누적", rel=True)
d.D("지난 6월 말", "2026-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("전년 동기", "2025-06", "month", mod="END", rel=True, st="optional", anchor="2026-06-01", note="points back (전년 동기: optional)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("지난해 같은 기간", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01",
    note="points back to 올해 상반기 (같은 기간); one mention (지난해 before the pointing-back noun, as 올해 before a month)")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.D("하반기", "2026-H2", "half", rel=True, note="this year's second half (the negotiation is current/future)")
S = DY
d.Q("4척", 4, "척", "척", C, ctx="LNG운반선 4척",
    f=("LNG운반선", "LNG운반선 4척", S, "", "level", "required", "headline: the counted noun right before; no DATE in the headline and nothing before it: empty period"))
d.Q("1.2조", "1200000000000", W, "", "currency", st="optional", note="headline amount, currency implied (no unit)",
    f=("수주", "1.2조 수주", S, "", "level"))
d.Q("48조", "48000000000000", W, "", "currency", ctx="48조 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("수주잔고", "수주잔고 48조", S, "", "level"))
d.Q("17만4천㎥", 174000, "㎥", "㎥", M, approx=True,
    note="급 after the unit: a suffix outside the span, approx = true by the suffix line (급 = class); ㎥ kept as the symbol, like ㎡ in the guideline",
    f=("액화천연가스(LNG) 운반선", None, "", "", "level", "optional",
       "the size class of the ships (X급 Y, read like X 규모의 Y → Y): a product's figure (no subject) or the order's? no period (7일 dates the announcement); unclear"))
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척을",
    f=("액화천연가스(LNG) 운반선", None, S, "", "level", "required",
       "the counted noun right before the count; 7일 dates only the announcement (밝혔다) and nothing before gives a period: empty"))
d.Q("8억 8,400만 달러", 884000000, U, "달러", "currency",
    f=("수주 금액", None, S, "", "level", "required", "the topic is the metric; the company carried from the sentence before; no period (7일 = announcement)"))
d.Q("1조 2,150억 원", 1215000000000, W, "원", "currency", approx=True, eq=("8억 8,400만 달러",), note="conversion in brackets; 약 → approx",
    f=("수주 금액", None, S, "", "level", "required", "a conversion: same metric, subject, period and kind as the figure it converts"))
d.Q("2억 2,100만 달러", 221000000, U, "달러", "currency", approx=True, note="약 → approx; 척당 (no number) is a rate word, not labelled",
    f=("수주 금액", None, S, "", "level", "required", "same sentence, no new noun: the topic's metric (수주 금액) per ship"))
d.Q("51억 3,000만 달러", 5130000000, U, "달러", "currency",
    f=("누적 수주액", None, S, "2026", "level", "required", "genitive owner (대양조선해양의); 올해 in the clause; 로 늘어 = the level reached"))
d.Q("85억 달러", 8500000000, U, "달러", "currency",
    f=("목표치", None, S, "2026", "level", "required", "연간 only qualifies the period: outside the metric; 올해 of the sentence"))
d.Q("60.4%", 60.4, "%", "%", P,
    f=("누적 수주액", None, S, "2026", "level", "required",
       "목표치의 N%를 채웠다: a share of a whole measures the part (the topic 누적 수주액), my convention (README question 2)"))
d.Q("48조 6,000억 원", 48600000000000, W, "원", "currency",
    f=("수주잔고", "수주잔고는 48조", S, "2026-06", "level", "required", "지난 6월 말 기준 (2026-06, END); subject carried (the paragraph is about 대양조선해양)"))
d.Q("12.8%", 12.8, "%", "%", P, f=("수주잔고", "수주잔고는 48조", S, "2026-06", "change", "required", "전년 동기보다 = the basis; the period is the current one"))
d.Q("41척", 41, "척", "척", C,
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required", "part opener 이 가운데 (of the backlog): the counted noun right before; subject and period carried"))
d.Q("29조 원", 29000000000000, W, "원", "currency", approx=True, note="약 before and 어치 after (a suffix outside the span): approx",
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required",
       "the part named (LNG 운반선) is what the amount is of, within the backlog (이 가운데); README question 2"))
d.Q("60%", 60, "%", "%", P, ctx="60%를 차지",
    f=("LNG 운반선", "LNG 운반선이 41척", S, "2026-06", "level", "required", "a share (차지한다) measures the part, the topic LNG 운반선; README question 2"))
NS = "a market figure from a cited source (클락슨리서치에 따르면): no subject"
d.Q("28척", 28, "척", "척", C,
    f=("LNG 운반선 발주량", None, "", "2026-H1", "level", "required", NS + "; 전 세계 (a place) outside the metric; 올해 상반기 in the clause"))
d.Q("45척", 45, "척", "척", C,
    f=("LNG 운반선 발주량", None, "", "2025-H1", "level", "required",
       "the compared figure is dated by the DATE written right before it (지난해 같은 기간 = 2025-H1; the DATE itself is optional as pointing back, its value is clear)"))
d.Q("37.8%", 37.8, "%", "%", P, f=("LNG 운반선 발주량", None, "", "2026-H1", "change", "required", NS + "; …보다 줄었다: a change, the current period"))
d.Q("9척", 9, "척", "척", C,
    f=("수주", "9척을 수주", S, "2026-H1", "level", "required",
       "no counted noun: the verbal noun (수주해); 이 가운데 points into the H1 orders; 올해 상반기, named after the company's last period, is the one in force"))
d.Q("32.1%", 32.1, "%", "%", P, f=("점유율", "점유율 32.1%", S, "2026-H1", "level"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("25%", 25, "%", "%", P,
    f=("점유율", "점유율은 25%", "", "2026-H1", "level", "required", "several organizations taken together, not named (중국 조선사들): no subject; the sentence before's period"))
d.Q("10%", 10, "%", "%", P, ctx="10%대로", approx=True, note="대 after the unit: a suffix outside the span, approx",
    f=("영업이익률", None, "대양홀딩스", "2028", "level", "optional",
       "a target in the quote of the holding company's CEO: the holding's, the group's or the shipbuilder's 영업이익률? (README question 5)"))
d.Q("6척", 6, "척", "척", C,
    f=("LNG 운반선", "LNG 운반선 6척", S, "2026-H2", "level", "required",
       "the counted noun right before; the counterparty (카타르에너지와) is not the subject; 하반기에 in the clause"))

if __name__ == "__main__":
    write_all(docs)
