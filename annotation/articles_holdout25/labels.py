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
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun that is no counter (like 70억 인구): optional")
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

# ---------------------------------------------------------------- 003 entertainment agency's annual results, artists' sales (뉴시스 dateline)
d = Doc("003_86528ec1e3a76b59", "2026-02-12"); docs.append(d)
S, LM = "스타라이트엔터테인먼트", "루미너스"
d.O("스타라이트엔터", S, ctx="스타라이트엔터,", note="short form of the name given in full in the lead; headline topic with a comma")
d.O(LM, LM, ctx="루미너스 앨범", st="optional", note="a music group (performing act): optional ORG")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(S, S, aliases="스타라이트", note="(이하 스타라이트) recorded in aliases")
d.O("스타라이트", S, ctx="(이하 스타라이트)", st="optional", note="the short name defined with 이하: optional as a mention")
d.O(LM, LM, ctx="루미너스다", st="optional", note="music group")
d.O(LM, LM, ctx="루미너스는", st="optional", note="music group")
d.O("하이브", "하이브", note="rival, figure in brackets")
d.O("JYP엔터테인먼트", "JYP엔터테인먼트", note="rival, figure in brackets")
d.O("스타라이트", S, ctx="스타라이트는 올해", note="a later use of the 이하 short name: required")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure: a DATE, not a period")
d.D("지난해", Y, "year", rel=True)
d.D("1년 전", Y, "year", rel=True, st="optional",
    note="offset from the document date (2026-02-12) gives 2025, but the comparison is with the year before the results year (2024): "
         "resolve against the document date or against the story's period? (README question 3)")
d.D("올해", "2026", "year", rel=True)
GR = "a music group's figure: its subject is only an optional ORG, so the fact is optional"
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("매출", "작년 매출", S, Y, "level"))
d.Q("310만장", 3100000, "장", "장", C, f=("앨범", "루미너스 앨범", LM, Y, "level", "optional", GR + "; headline's 작년"))
d.Q("2,180억 원", 218000000000, W, "원", "currency", f=("매출", "매출이 2,180억", S, Y, "level", "required", "2025년 in the sentence; 연결 기준 outside"))
d.Q("41%", 41, "%", "%", P, f=("매출", "매출이 2,180억", S, Y, "change", "required", "전년보다 = basis"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, S, Y, "level"))
d.Q("2.4배", "2.4", "배", "배", C,
    f=("영업이익", None, S, Y, "change", "required", "N배로 불었다: a rate of change (a multiple of the year before), the counter 배 as written"))
d.Q("두 장", 2, "장", "장", C, f=("미니앨범", None, LM, Y, "level", "optional", GR))
d.Q("310만 장", 3100000, "장", "장", C, f=("음반 판매량", None, LM, Y, "level", "optional", GR))
d.Q("16개", 16, "개", "개", C, f=("도시", None, LM, Y, "level", "optional", GR + "; the counted noun"))
d.Q("28회", 28, "회", "회", C, f=("월드투어", None, LM, Y, "level", "optional", GR + "; a count of shows, not an ordinal"))
d.Q("41만 명", 410000, "명", "명", C, f=("관객", None, LM, Y, "level", "optional", GR))
d.Q("62만 장", 620000, "장", "장", C,
    f=("판매고", None, "", Y, "level", "required", "a person's figure (a solo singer): no subject; the story's year (the lead's 2025년, the paragraph's 지난해)"))
BR = "breakdown (부문별로는) in a new paragraph: the company's segments, the story's organization and year"
d.Q("1,040억 원", 104000000000, W, "원", "currency", f=("앨범·음원 매출", None, S, Y, "level", "required", BR))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("공연 매출", None, S, Y, "level", "required", BR))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("기타 매출", None, S, Y, "level", "required", BR))
d.Q("67%", 67, "%", "%", P, f=("해외 매출 비중", None, S, Y, "level"))
d.Q("9%포인트", 9, PP, "%포인트", P, f=("해외 매출 비중", None, S, Y, "change", "required", "1년 전보다 = basis; the current period"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
RV = "a figure in brackets after an organization is its; 매출 규모 → the thing whose size it is (매출); no date of its own: the story's year"
d.Q("2조 2,600억 원", 2260000000000, W, "원", "currency", f=("매출", "매출 규모", "하이브", Y, "level", "required", RV))
d.Q("6,100억 원", 610000000000, W, "원", "currency", f=("매출", "매출 규모", "JYP엔터테인먼트", Y, "level", "required", RV))
d.Q("10회", 10, "회", "회", C,
    f=("일본 돔 공연", None, S, "2026", "level", "required", "the counted noun; 스타라이트 (the 이하 short name) plans it; 올해"))
d.Q("3천억 원", 300000000000, W, "원", "currency", f=("매출", "매출 3천억", S, "2026", "level", "required", "a target (목표); 올해 in the sentence"))

# ---------------------------------------------------------------- 004 delivery-app market shares from a research firm (press release, no date at all)
d = Doc("004_3fdf66ef9466a448", "2025-12-10"); docs.append(d)
AN, BM, CE, YG = "앱노믹스리서치", "배달의민족", "쿠팡이츠", "요기요"
PF = "a delivery app run as a platform business (like 티몰/타오바오): ORG"
d.Oall(AN, AN, special={0: ("required", "invented research firm, the release's author")})
d.Oall(CE, CE, special={0: ("required", PF)})
d.Oall(BM, BM, special={0: ("required", PF)})
d.Oall(YG, YG)
d.O("땡겨요", "땡겨요", note=PF + ", listed with 등")
d.O("와우", "와우", st="optional", note="a paid membership program run by a company (유료 멤버십 '와우'): optional")
d.O("우아한형제들", "우아한형제들", note="the operator (운영사) of 배달의민족")
d.O("배민클럽", "배민클럽", st="optional", note="a subscription service run by a company: optional")
M11 = "2025-11"
d.D("11월", M11, "month", ctx="\"11월", rel=True, note="no year: the latest November on or before the (intended) document date")
d.D("지난달", M11, "month", ctx="지난달 배달앱", rel=True)
d.D("올해 1월", "2025-01", "month", rel=True, note="올해 before a month: one mention")
d.D("같은 기간", "2025-01/2025-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1월 … 지난달")
d.D("지난달", M11, "month", ctx="지난달 전체", rel=True)
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("12월", "2025-12", "month", rel=True, note="a forecast (될 수 있다): the next December; the document's own month counts")
SH = "배달앱 결제액 점유율"
d.Q("40%", 40, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("배달앱 점유율", None, CE, M11, "level", "required", "headline: 11월 in its own clause"))
d.Q("4만 2천 명", 42000, "명", "명", C,
    f=("소비자", None, "", "", "level", "optional",
       "a survey's sample (the consumers whose records the firm analysed): no subject (consumers) or the firm's? period the 지난달 of the finding or none? (README question 6)"))
d.Q("54.2%", 54.2, "%", "%", P, f=(SH, None, BM, M11, "level", "required", "a share named by its topic (점유율은), the app as the 이/가 of the clause; 지난달"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("40.6%", 40.6, "%", "%", P, f=(SH, None, CE, M11, "level"))
d.Q("3.9%", 3.9, "%", "%", P, f=(SH, None, YG, M11, "level", "required", "its own topic; the measure and period of the figures before"))
d.Q("1.3%", 1.3, "%", "%", P,
    f=(SH, None, "", M11, "level", "required", "several apps taken together, not all named (땡겨요 등 기타 앱): no subject"))
d.Q("31.8%", 31.8, "%", "%", P,
    f=("점유율", "쿠팡이츠의 점유율", CE, "2025-01", "level", "required", "a figure alone in brackets after a date is dated by it (the comparison's basis)"))
d.Q("8.8%포인트", "8.8", PP, "%포인트", P,
    f=("점유율", "쿠팡이츠의 점유율", CE, M11, "change", "required", "a comparison's period is the current one (지난달), not the basis 올해 1월"))
d.Q("5.1%포인트", "5.1", PP, "%포인트", P,
    f=("점유율", "쿠팡이츠의 점유율", BM, M11, "change", "required",
       "the measure of the figure before; 같은 기간 (1월 … 지난달, optional): the current period; written without a sign: value unsigned (내려앉았다: a change)"))
d.Q("3.4%포인트", "3.4", PP, "%포인트", P, f=("점유율", "쿠팡이츠의 점유율", YG, M11, "change"))
d.Q("2조 3천억 원", 2300000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("전체 배달앱 결제액", None, "", M11, "level", "required", "a market's figure: no subject"))
d.Q("9,300억 원", 930000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("결제액", "쿠팡이츠 결제액", CE, M11, "level", "required", "the platform whose transactions they are; 이 가운데: the period carried"))
MAU = "월간 활성 이용자"
LS = "a list of organization + figure: each its own; 월간 is part of the measure (monthly active users), not a DATE; the period last set for each app (지난달)"
d.Q("2,210만 명", 22100000, "명", "명", C, f=(MAU, None, BM, M11, "level", "required", LS))
d.Q("1,150만 명", 11500000, "명", "명", C, f=(MAU, None, CE, M11, "level", "required", LS))
d.Q("420만 명", 4200000, "명", "명", C, f=(MAU, None, YG, M11, "level", "required", LS))
d.Q("두 앱", 2, "앱", "앱", C, st="optional", note="a counted noun that is no counter (like 70억 인구): optional")
d.Q("10%포인트", 10, PP, "%포인트", P, ctx="10%포인트 이내", bound="max", note="이내 → max",
    f=("격차", None, BM + ";" + CE, "2025-12", "level", "required",
       "두 앱 = the two leading apps named throughout (배달의민족, 쿠팡이츠); a forecast dated by 12월 in its clause"))

# ---------------------------------------------------------------- 005 public corporation's investment plan and debt ratio (regional daily, 입력 stamp)
d = Doc("005_f78734328c95b3da", "2026-01-20"); docs.append(d)
S, GN = "남해안개발공사", "경남도"
GS = ("공사 standing for 남해안개발공사 named in the lead: a short form of the name or the type noun used anaphorically (like 회사)? "
      "(README question 4)")
d.Oall(S, S, special={0: ("required", "invented provincial corporation; headline topic with a comma")})
d.O("동남일보", "동남일보", note="invented regional daily in the byline line")
d.Oall(GN, GN, special={0: ("required", "a province acting as a government (산하: the corporation's owner)")})
d.O("공사", S, ctx="공사는 지난해", st="optional", note=GS)
d.O("공사", S, ctx="공사의 부채", st="optional", note=GS)
d.O("행정안전부", "행정안전부", note="government body")
d.O("공사", S, ctx="공사에 토지", st="optional", note=GS)
Y = "2026"
d.D("올해", Y, "year", ctx="남해안개발공사, 올해", rel=True)
d.D("2026.01.20", "2026-01-20", "day", note="publication stamp (clock time not labelled)")
d.D("올해", Y, "year", ctx="남해안개발공사가 올해", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 집행액", rel=True)
d.D("지난해 말", "2025", "year", ctx="지난해 말 215%", mod="END", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="연말까지 (a future target): this year's end")
d.D("지난해 말", "2025", "year", ctx="지난해 말 기준", mod="END", rel=True, note="as of (기준)")
d.D("올해", Y, "year", ctx="경남도는 올해", rel=True)
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.Q("8420억", 842000000000, W, "", "currency", st="optional", note="headline amount, currency implied", f=("투자", "8420억 투자", S, Y, "level"))
d.Q("189%", 189, "%", "%", P, ctx="부채비율 189%로 낮춘다",
    f=("부채비율", "\"부채비율 189%", S, Y, "level", "required", "headline target in quotes; the headline's 올해 earlier in the line"))
d.Q("8,420억 원", 842000000000, W, "원", "currency",
    f=("투자", "원을 투자한다", S, Y, "level", "required", "no measure noun governs it (X에 N원을 투자): the verbal noun; 모두 is no attribute"))
d.Q("6,950억 원", 695000000000, W, "원", "currency", f=("집행액", None, S, "2025", "level", "required", "a figure alone in brackets after a noun; 지난해 before it"))
d.Q("21.2%", 21.2, "%", "%", P,
    f=("투자", "원을 투자한다", S, Y, "change", "required", "…보다 N% 많은 규모: a change of this year's investment, the basis last year's 집행액"))
BR = "a listed breakdown under the measure noun 사업별 투자액: each item's 투자액; the story's organization and year"
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("투자액", None, S, Y, "level", "required", BR))
d.Q("1,240가구", 1240, "가구", "가구", C,
    f=("공공주택", None, S, Y, "level", "required", "a counter naming a kind (가구) counts the noun right before it; planned this year"))
d.Q("2,280억 원", 228000000000, W, "원", "currency", f=("투자액", None, S, Y, "level", "required", BR))
d.Q("3,040억 원", 304000000000, W, "원", "currency", f=("투자액", None, S, Y, "level", "required", BR))
d.Q("215%", 215, "%", "%", P, f=("부채비율", "215%였던 부채비율", S, "2025", "level", "required", "a relative clause (…%였던 부채비율) dated by 지난해 말"))
d.Q("189%", 189, "%", "%", P, ctx="연말까지 189%",
    f=("부채비율", "215%였던 부채비율", S, Y, "level", "required", "a target level (N%로 낮추기로): level; 연말까지 (2026, END)"))
d.Q("1,800억 원", 180000000000, W, "원", "currency", approx=True, note="어치 after the unit stays outside and sets approx",
    f=("보유 토지", None, S, Y, "level", "required",
       "the object the amount is the worth of (보유 토지 N원어치); no date of its own: the period last set for the corporation (연말까지)"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("금융부채", None, S, Y, "level", "required", "the noun the amount is of (금융부채 N원을 상환): level; the plan's period carried"))
d.Q("2조 6,300억 원", 2630000000000, W, "원", "currency", f=("부채 총액", None, S, "2025", "level", "required", "공사의 = the corporation; 지난해 말 기준"))
d.Q("200%", 200, "%", "%", P,
    f=("부채비율 관리 기준", None, "", "", "level", "optional",
       "a regulator's threshold for all local public corporations: no subject, or 행정안전부 (the body that sets it)? no date (a standing rule) (README question 7)"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("출자", "추가 출자한다", GN, Y, "level", "required", "the province that contributes the capital (its own topic); the verbal noun; 올해"))
d.Q("150%", 150, "%", "%", P, bound="lt", note="미만 → lt",
    f=("부채비율", "부채비율을 150%", S, "2028", "level", "required",
       "a target in the quote of 김성호 사장, who heads the corporation (a province has no 사장): the corporation's ratio; 2028년까지"))

# ---------------------------------------------------------------- 006 cosmetics company's Q2: duty-free and China drop (입력 stamp + outlet byline)
d = Doc("006_3441326bf71c2fde", "2025-08-07"); docs.append(d)
S = "리엔뷰티"
d.Oall(S, S, special={0: ("required", "invented cosmetics company; headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O("신라면세점", "신라면세점", note="duty-free operators named as the channel's buyers")
d.O("롯데면세점", "롯데면세점")
d.O("아마존", "아마존", note="a platform company; 미국 (place) outside")
d.O("아모레퍼시픽", "아모레퍼시픽", note="rival introduced by 경쟁사")
d.O("티몰", "티몰", note="platform")
d.O("더우인", "더우인", note="platform")
Q2 = "2025-Q2"
d.D("2분기", Q2, "quarter", ctx="리엔뷰티, 2분기", rel=True)
d.D("2025.08.07", "2025-08-07", "day", note="publication stamp (clock time not labelled)")
d.D("2분기", Q2, "quarter", ctx="부진에 2분기", rel=True)
d.D("2분기", Q2, "quarter", ctx="리엔뷰티는 2분기", rel=True)
d.D("지난해 같은 기간", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01",
    note="points back to 2분기; one mention, or 지난해 + 같은 기간? (README question 5)")
d.D("7일", "2025-08-07", "day", rel=True, note="day of the disclosure: a DATE, not a period")
d.D("1년 전", "2024", "year", rel=True, note="offset N년 전 → that year (from 2025-08-07)")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("2분기", Q2, "quarter", ctx="아모레퍼시픽은 2분기", rel=True)
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back")
d.D("하반기", "2025-H2", "half", rel=True, note="future (…부터 재편해 …낮추겠다): this year's second half")
d.Q("62%", 62, "%", "%", P, ctx="62% 급감", f=("영업익", None, S, Q2, "change", "required", "headline: 2분기 in its own clause; 급감 a change word"))
d.Q("3,260억 원", 326000000000, W, "원", "currency", f=("매출", "매출이 3,260억", S, Q2, "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("매출", "매출이 3,260억", S, Q2, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("94억 원", 9400000000, W, "원", "currency", f=("영업이익", "영업이익은 94억", S, Q2, "level"))
d.Q("62%", 62, "%", "%", P, ctx="62% 감소", f=("영업이익", "영업이익은 94억", S, Q2, "change"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("면세 매출", None, S, Q2, "level", "required", "a channel breakdown (채널별로 보면): the company and the story's quarter carried"))
d.Q("830억 원", 83000000000, W, "원", "currency",
    f=("면세 매출", None, S, "2024", "level", "optional",
       "a figure alone in brackets after 1년 전: the DATE attached (2024, year) or the quarter a year before (2024-Q2) it means? (README question 3)"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("중국 사업 매출", None, S, Q2, "level"))
d.Q("31%", 31, "%", "%", P, f=("중국 사업 매출", None, S, Q2, "change"))
EA = "각각 with two regions and two pairs of figures: each figure's region's sales; the metric span is the shared phrase 북미와 일본 매출 (any overlapping span counts)"
d.Q("380억 원", 38000000000, W, "원", "currency", f=("북미와 일본 매출", None, S, Q2, "level", "required", EA))
d.Q("270억 원", 27000000000, W, "원", "currency", f=("북미와 일본 매출", None, S, Q2, "level", "required", EA))
d.Q("46%", 46, "%", "%", P, f=("북미와 일본 매출", None, S, Q2, "change", "required", EA))
d.Q("22%", 22, "%", "%", P, f=("북미와 일본 매출", None, S, Q2, "change", "required", EA))
d.Q("11.7%", 11.7, "%", "%", P, note="까지 (rose to) is no bound word of the guideline: no bound",
    f=("북미 비중", None, S, Q2, "level", "required", "a share of 전체 매출: the measure is the part (북미 비중); 아마존 (a cause clause) is no subject"))
d.Q("6,710억 원", 671000000000, W, "원", "currency", f=("매출", "매출 6,710억", S, "2025-H1", "level", "required", "상반기 누적: 누적 only qualifies the period"))
d.Q("265억 원", 26500000000, W, "원", "currency", f=("영업이익", "영업이익 265억", S, "2025-H1", "level"))
d.Q("1,140억 원", 114000000000, W, "원", "currency", f=("영업이익", "영업이익이 1,140억", "아모레퍼시픽", Q2, "level", "required", "its own topic; 2분기 in its clause"))
d.Q("57%", 57, "%", "%", P, f=("영업이익", "영업이익이 1,140억", "아모레퍼시픽", Q2, "change", "required", "전년 동기 대비 = basis"))
d.Q("10%", 10, "%", "%", P, bound="lt", note="미만 → lt",
    f=("면세 의존도", None, S, "2025-H2", "level", "required",
       "a target in the company's statement (회사 측 = the story's company); no date in its own clause: 하반기 of its sentence"))

if __name__ == "__main__":
    write_all(docs)
