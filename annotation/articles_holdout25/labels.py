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

# ---------------------------------------------------------------- 002 bank holding company's Q3 results (Yonhap dateline, no year anywhere)
d = Doc("002_d4a51fdcb27f65ec", "2025-10-28"); docs.append(d)
HG, BK, CD, SC = "한결금융지주", "한결은행", "한결카드", "한결투자증권"
d.O("한결금융", HG, ctx="한결금융, 3분기", note="short form of 한결금융지주 (named in full in the lead); headline topic with a comma")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(HG, HG)
d.O(BK, BK, note="subsidiary, introduced by 핵심 계열사인")
d.O(CD, CD)
d.O(SC, SC)
d.O("증권", SC, ctx="증권은 해외", st="optional",
    note="증권 standing for 한결투자증권 named just before: a short form of the name (required) or a common noun (securities arm)? (README question 4)")
d.O("한결금융", HG, ctx="한결금융은 3분기", note="short form of 한결금융지주")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한결금융, 3분기", rel=True, note="no year in the text: the document's year")
d.D("3분기", Q3, "quarter", ctx="한결금융지주는 3분기", rel=True)
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="points back to 3분기 (같은 기간 optional); one mention, or 지난해 (2024, required) + 같은 기간? (README question 5)")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다): a DATE, not a period")
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters")
d.D("3분기", Q3, "quarter", ctx="한결은행의 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기보다 0.05", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("1년 전", "2024", "year", rel=True, note="offset N년 전 → that year; a comparison's basis is still a DATE")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기보다 0.2", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("3분기", Q3, "quarter", ctx="한결금융은 3분기", rel=True)
d.D("오는 12월", "2025-12", "month", rel=True, note="future (오는, a deadline 까지)")
d.Q("1조1240억", 1124000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("순익", None, HG, Q3, "level"))
d.Q("1조 1,240억 원", 1124000000000, W, "원", "currency",
    f=("당기순이익", None, HG, Q3, "level", "required", "연결 기준 qualifies the basis: outside; (지배기업 지분) after the metric is not part of it"))
d.Q("8.6%", 8.6, "%", "%", P, f=("당기순이익", None, HG, Q3, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("3조 2,870억 원", 3287000000000, W, "원", "currency",
    f=("순이익", "누적 순이익은", HG, "2025-Q1/2025-Q3", "level", "required", "누적 only qualifies the period (1~3분기): outside; subject carried"))
d.Q("8,150억 원", 815000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 8,150억", BK, Q3, "level", "required", "genitive owner (한결은행의)"))
d.Q("2.1%", 2.1, "%", "%", P, f=("순이익", "3분기 순이익은 8,150억", BK, Q3, "change", "required", "줄었다: a change; basis unstated"))
d.Q("1.71%", 1.71, "%", "%", P,
    f=("순이자마진", None, BK, Q3, "level", "required", "a cause clause (…탓이다) continuing the sentence about the bank: subject and period carried"))
d.Q("0.05%포인트", "0.05", PP, "%포인트", P, f=("순이자마진", None, BK, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("1,320억 원", 132000000000, W, "원", "currency",
    f=("순이익", "원의 순이익을", CD, Q3, "level", "required", "각각: the first organization, the first figure; the story's 3분기"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("순이익", "원의 순이익을", SC, Q3, "level", "required", "각각: the second organization"))
d.Q("2,800억 원", 280000000000, W, "원", "currency",
    f=("순이익 합계", None, CD + ";" + SC, Q3, "level", "required", "두 회사 = the two companies named in full just before: both subjects"))
d.Q("24.9%", 24.9, "%", "%", P,
    f=("순이익 합계", None, CD + ";" + SC, Q3, "level", "required", "a share of the group's whole (그룹 전체 순이익의): measures the part, the topic"))
d.Q("34%", 34, "%", "%", P,
    f=("순이익", "순이익이 1년 전", SC, Q3, "change", "required",
       "증권 = 한결투자증권 (subject whether or not 증권 is an ORG mention); 1년 전보다 = basis; the current period carried"))
d.Q("13.4%", 13.4, "%", "%", P,
    f=("보통주자본(CET1)비율", None, HG, "2025-09", "level", "required", "그룹 = the holding group of the story; 9월 말 기준 (2025-09, END)"))
d.Q("0.2%포인트", "0.2", PP, "%포인트", P, f=("보통주자본(CET1)비율", None, HG, "2025-09", "change"))
d.Q("800원", 800, W, "원", "currency",
    f=("배당금", None, HG, Q3, "level", "required", "주당 (no number) is a rate word, not labelled; 3분기 in the clause"))
d.Q("2,000억 원", 200000000000, W, "원", "currency",
    f=("자사주", None, HG, "2025-12", "level", "required", "X 규모의 Y → Y; 오는 12월까지 in its clause (a deadline) is its period"))

if __name__ == "__main__":
    write_all(docs)
