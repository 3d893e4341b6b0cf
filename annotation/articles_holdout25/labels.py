"""Gold labels of articles-holdout25, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout25/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shipbuilder's year of orders (입력 stamp + outlet byline)
d = Doc("001_16812a1ca5bcfa58", "2026-01-07"); docs.append(d)
S = "동해중공업"
d.Oall(S, S, special={0: ("required", "headline topic with a comma; invented shipbuilder")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("에게안마리타임", "에게안마리타임", note="invented Greek shipowner (그리스 선사 …, place outside): the counterparty (에서 따낸)")
d.O("HD한국조선해양", "HD한국조선해양", note="rival introduced by 경쟁사인")
d.O("한화오션", "한화오션")
d.O("미국 해군", "미국 해군", st="optional",
    note="해군 is an unnamed institution noun (like 경찰); 미국 part of the name or a place? and only a modifier inside 함정 정비(MRO) 사업")
Y = "2025"
d.D("지난해", Y, "year", ctx="동해중공업, 지난해", rel=True)
d.D("2026.01.07", "2026-01-07", "day", note="publication stamp: a calendar date written with dots (clock time not labelled)")
d.D("지난해", Y, "year", ctx="동해중공업은 지난해", rel=True)
d.D("7일", "2026-01-07", "day", rel=True, note="day of the report (밝혔다): a DATE, not a period")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("지난 11월", "2025-11", "month", rel=True, note="latest November on or before 2026-01-07")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="동해중공업은 올해", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 미국", rel=True)
TG = ("a figure by which a result beats a target (목표 … 15% 초과 / 넘게 웃돈): a change of 수주액 with the target as basis, "
      "or a level of the achievement over the target? (README question 1)")
d.Q("46척", 46, "척", "척", C, ctx="선박 46척 수주", f=("선박", "지난해 선박 46척 수주", S, Y, "level", "required", "the counted noun; headline's own 지난해"))
d.Q("98억달러", 9800000000, U, "달러", "currency", f=("수주", "46척 수주…", S, Y, "level", "required", "no measure noun in the headline: the verbal noun 수주"))
d.Q("15%", 15, "%", "%", P, ctx="목표 15% 초과", bound="gt", note="초과 after the amount → gt (the lead writes 넘게)",
    f=("수주", "46척 수주…", S, Y, "change", "optional", TG))
d.Q("46척", 46, "척", "척", C, ctx="선박 46척을", f=("선박", "지난해 선박 46척을", S, Y, "level"))
d.Q("98억 달러", 9800000000, U, "달러", "currency", f=("수주액", "의 수주액을", S, Y, "level", "required", "N의 수주액: the measure noun after 의"))
d.Q("14조 2,100억 원", 14210000000000, W, "원", "currency", approx=True, eq=("98억 달러",), note="conversion in brackets, 약 → approx",
    f=("수주액", "의 수주액을", S, Y, "level", "required", "a conversion: same slots as the amount it converts"))
d.Q("85억 달러", 8500000000, U, "달러", "currency",
    f=("목표", "연간 목표(", S, Y, "level", "required", "a figure alone in brackets after a noun is that noun's; 연간 qualifies the period only: outside"))
d.Q("15%", 15, "%", "%", P, ctx="15% 넘게", bound="gt", note="넘게 → gt", f=("수주액", "수주액은 전년", S, Y, "change", "optional", TG))
d.Q("23%", 23, "%", "%", P, f=("수주액", "수주액은 전년", S, Y, "change", "required", "전년보다 = basis"))
BR = "breakdown (선종별로는): the counted noun of each item (a ship type); the company and the story's year carried"
d.Q("18척", 18, "척", "척", C, f=("액화천연가스(LNG) 운반선", None, S, Y, "level", "required", BR))
d.Q("12척", 12, "척", "척", C, f=("초대형 원유운반선", None, S, Y, "level", "required", BR + "; the alias (VLCC) after it left out"))
d.Q("16척", 16, "척", "척", C, f=("컨테이너선", None, S, Y, "level", "required", BR))
d.Q("46억 달러", 4600000000, U, "달러", "currency", f=("LNG 운반선 수주액", None, S, Y, "level"))
d.Q("47%", 47, "%", "%", P,
    f=("LNG 운반선 수주액", None, S, Y, "level", "required", "a share of the whole (전체의) measures the part, the topic of the sentence"))
d.Q("4척", 4, "척", "척", C,
    f=("LNG 운반선", "따낸 LNG 운반선", S, "2025-11", "level", "required",
       "the counted noun; the shipowner it was won from (에서 따낸) is the counterparty; 지난 11월 in the relative clause"))
d.Q("10억 4,000만 달러", 1040000000, U, "달러", "currency",
    f=("LNG 운반선", "따낸 LNG 운반선", S, "2025-11", "level", "optional",
       "a contract value alone in brackets after a count of ships: no measure noun; the ships (the thing whose value it is) or empty? (README question 2)"))
d.Q("2억 6,000만 달러", 260000000, U, "달러", "currency",
    f=("선가", None, S, "2025-11", "level", "required", "척당 (no number) is a rate word, not labelled; N로 … 선가다: the measure noun of the copula"))
d.Q("312억 달러", 31200000000, U, "달러", "currency", f=("수주 잔고", None, S, Y, "level", "required", "회사 = the story's company; 지난해 말 기준 (2025, END)"))
d.Q("45조 원", 45000000000000, W, "원", "currency", approx=True, eq=("312억 달러",), f=("수주 잔고", None, S, Y, "level"))
d.Q("3년 반", "3.5", "year", "년 반", "duration", approx=True, st="optional",
    note="an amount of time with 반 (half: 3.5) and the suffix 치 (like 달러치: approx); 반 is not covered by the guideline; a duration: no fact")
HD, HW = "HD한국조선해양", "한화오션"
d.Q("180척", 180, "척", "척", C,
    f=("수주", "236억 달러를 수주해", HD, Y, "level", "required",
       "no counted noun written next to it: the verbal noun 수주 (which governs it); 같은 기간 → 지난해"))
d.Q("236억 달러", 23600000000, U, "달러", "currency", f=("수주", "236억 달러를 수주해", HD, Y, "level"))
d.Q("131%", 131, "%", "%", P, f=("목표", "목표의 131%", HD, Y, "level", "required", "목표의 N% 채웠다: the share of its target reached"))
d.Q("52척", 52, "척", "척", C, f=("수주", "을 수주했다", HW, Y, "level", "required", "its own topic in the second clause; the sentence's 같은 기간"))
d.Q("89억 달러", 8900000000, U, "달러", "currency", f=("수주", "을 수주했다", HW, Y, "level", "required", "a figure in brackets after a count shares its slots"))
d.Q("92억 달러", 9200000000, U, "달러", "currency", f=("수주 목표", None, S, "2026", "level"))
d.Q("3억 달러", 300000000, U, "달러", "currency", bound="min", note="이상 → min",
    f=("함정 정비(MRO) 사업 수주액", None, S, "2026", "level", "required",
       "a target in the company head's quote: the company's orders (김태석 사장 heads the story's company); 올해 in the quote; 미국 해군 only a modifier"))

if __name__ == "__main__":
    write_all(docs)
