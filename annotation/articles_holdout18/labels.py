"""Gold labels of articles-holdout18, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: python annotation/articles_holdout18/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 telecom operator annual results (연합뉴스 dateline, no year anywhere)
d = Doc("001_bb397da808b1755d", "2026-02-05"); docs.append(d)
L, SK, KT = "LG유플러스", "SK텔레콤", "KT"
d.Oall(L, L, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("미디어로그", "미디어로그", note="named subsidiary (알뜰폰 자회사 미디어로그)")
d.Oall(SK, SK)
d.Oall(KT, KT)
Y = "2025"
d.D("지난해", Y, "year", ctx="LG유플러스, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="LG유플러스는 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("올해", "2026", "year", rel=True)
d.Q("9,870억", 987000000000, W, "", "currency", ctx="영업익 9,870억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, L, Y, "level"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("5G 가입자", "5G 가입자 1천만", L, Y, "level", "required", "headline: the headline's topic; 지난해 earlier in the same headline"))
d.Q("14조 8,320억 원", 14832000000000, W, "원", "currency", f=("매출", "연결 기준 매출", L, Y, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("영업이익", "영업이익 9,870억", L, Y, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "매출은 전년보다", L, Y, "change", "required", "전년보다 = basis; the current period"))
d.Q("8.4%", 8.4, "%", "%", P, f=("영업이익", "영업이익은 8.4%", L, Y, "change"))
d.Q("6조 3,400억 원", 6340000000000, W, "원", "currency", f=("모바일 매출", None, L, Y, "level", "required", "a segment in a breakdown (부문별로는) is no ORG: the company carried"))
d.Q("2.6%", 2.6, "%", "%", P, f=("모바일 매출", None, L, Y, "change"))
BR = ("각각 after two segments with no measure noun of their own (스마트홈과 기업 인프라가 … 올렸다): the breakdown's measure, "
      "매출 (span taken inside 모바일 매출); segments are no ORG: the company carried")
d.Q("2조 5,100억 원", 2510000000000, W, "원", "currency", f=("매출", "모바일 매출이", L, Y, "level", "required", BR))
d.Q("1조 7,800억 원", 1780000000000, W, "원", "currency", f=("매출", "모바일 매출이", L, Y, "level", "required", BR))
d.Q("1,012만 명", 10120000, "명", "명", C, f=("5G 가입자", "5G 가입자는 1,012만", L, Y, "level", "required", "지난해 말 기준 (value 2025, END); subject carried"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("86만 명", 860000, "명", "명", C, f=("5G 가입자", "5G 가입자는 1,012만", L, Y, "change"))
d.Q("2,010만 명", 20100000, "명", "명", C, f=("전체 휴대전화 가입자", None, L, Y, "level", "required", "a figure alone in brackets right after a noun is that noun's"))
d.Q("50.3%", 50.3, "%", "%", P, f=("비중", None, L, Y, "level"))
TW = "two services joined by 와, figures in order (A와 B 가입자는 x, y): the whole noun phrase as metric; subject and period carried (지난해 말)"
d.Q("561만 명", 5610000, "명", "명", C, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "level", "required", TW))
d.Q("530만 명", 5300000, "명", "명", C, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "level", "required", TW))
d.Q("3.2%", 3.2, "%", "%", P, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "change", "required", "각각; 전년 말보다 = basis; " + TW))
d.Q("4.5%", 4.5, "%", "%", P, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "change", "required", "각각; " + TW))
d.Q("48만 명", 480000, "명", "명", C, approx=True, note="약 → approx",
    f=("가입자", "유치한 가입자", "미디어로그", Y, "level", "required",
       "the subsidiary, subject of the relative clause on the metric (미디어로그가 유치한 가입자), owns it; the paragraph's 지난해 말 carried"))
d.Q("17조 9,400억 원", 17940000000000, W, "원", "currency", f=("매출", "매출 17조", SK, Y, "level", "required", "같은 기간 (optional DATE) = the story's 지난해"))
d.Q("1조 8,230억 원", 1823000000000, W, "원", "currency", f=("영업이익", "영업이익 1조 8,230억", SK, Y, "level"))
d.Q("26조 4,300억 원", 26430000000000, W, "원", "currency", f=("매출", "매출 26조", KT, Y, "level", "required", "KT는: a new topic in the same sentence; same period"))
d.Q("8,100억 원", 810000000000, W, "원", "currency", f=("영업이익", "영업이익 8,100억", KT, Y, "level"))
d.Q("1,690만 명", 16900000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK텔레콤", SK, Y, "level", "required", "the period last set for SK텔레콤 (같은 기간 = 2025) carried"))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK텔레콤", KT, Y, "level"))
d.Q("5천억 원", 500000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("투자", "투자하고", L, "2026", "level", "required",
       "X에 N원을 투자: X (AI 데이터센터) names where the money goes, not what is measured, so the verbal noun serves (FACTS: 판매했다 → 판매); "
       "README convention and open question 16; 회사는 = the story's company; 올해 in the clause"))
d.Q("650원", 650, W, "원", "currency",
    f=("주당 배당금", None, L, "2026", "level", "optional",
       "a dividend decided this year (올해 in the sentence) but paid on last year's earnings: period 2026 or 2025? (README open question 2)"))

# ---------------------------------------------------------------- 002 chip-equipment maker's IPO (뉴시스 dateline, no year anywhere)
d = Doc("002_16cb98b6cda956d8", "2025-11-20"); docs.append(d)
N = "나노플라즈마텍"
d.Oall(N, N, special={0: ("required", "invented maker introduced by what it is (반도체 장비사); headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("코스닥", "코스닥", st="optional", note="a stock market (run by 한국거래소): an institution or a place/market? (README open question 4)")
d.O("한국거래소", "한국거래소", note="the source cited (에 따르면)")
d.O("SK하이닉스", "SK하이닉스", note="customer")
d.O("삼성전자", "삼성전자", note="customer")
d.O("미래에셋증권", "미래에셋증권", note="lead manager of the listing")
DAY, SUB = "2025-11-20", "2025-11-10/2025-11-11"
d.D("첫날", DAY, "day", ctx="상장 첫날 112%", rel=True, st="optional", anchor=DAY, note="상장 첫날 points to the listing day (like 첫해/당일): optional")
d.D("첫날", DAY, "day", ctx="상장 첫날 공모가", rel=True, st="optional", anchor=DAY, note="상장 첫날 points to the listing day (like 첫해/당일): optional")
d.D("20일", DAY, "day", rel=True, note="the trading day of the close (거래를 마쳤다): the period of the day's figures")
d.D("지난 10~11일", SUB, "day", rel=True, note="지난 + a range of days: one mention, the month from the document date")
d.D("지난해", "2024", "year", rel=True)
d.Q("112%", 112, "%", "%", P,
    f=("", None, N, DAY, "change", "required", "the share price's rise: no noun names it (올라); the headline's 상장 첫날 (optional DATE) = the listing day"))
d.Q("600억", 60000000000, W, "", "currency", ctx="공모로 600억", st="optional", note="headline amount, currency implied",
    f=("조달", "600억 조달", N, "", "level"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘는 → gt; 배 a counter (multiple) as written",
    f=("가격", "넘는 가격", N, DAY, "level", "optional",
       "a multiple of the offer price (공모가의 두 배 넘는 가격): a level of 가격 or a change against 공모가? (README open question 5)"))
d.Q("2만 4천 원", 24000, W, "원", "currency", ctx="(2만 4천 원)",
    f=("공모가", "공모가(2만", N, DAY, "level", "required",
       "a figure alone in brackets right after a noun is that noun's; the basis of the comparison, but its own clause holds 20일 (first step of the period search)"))
d.Q("112.5%", 112.5, "%", "%", P, f=("", None, N, DAY, "change", "required", "오른: a change against 공모가 (basis); no noun names the price"))
d.Q("5만 1천 원", 51000, W, "원", "currency",
    f=("", None, N, DAY, "level", "required", "the closing price (…원에 거래를 마쳤다): no noun names it; 20일 in the clause"))
d.Q("6만 2,400원", 62400, W, "원", "currency", note="까지 after a price reached (치솟기도): the value reached, not a bound",
    f=("", None, N, DAY, "level", "required", "the intraday high: no noun names it (치솟기도); 장중 한때 is no DATE: 20일 carried"))
d.Q("7,140억 원", 714000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("시가총액", None, N, DAY, "level", "required", "종가 기준 qualifies the basis; the period last set (20일) carried"))
d.Q("1,284대 1", 1284, "대", "대", C, st="optional",
    note="a competition ratio written N대 1: 대 is 'to', not a counter; a quantity or not? (README open question 1)",
    f=("경쟁률", None, N, SUB, "level"))
d.Q("9조 2,400억 원", 9240000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("청약 증거금", None, N, SUB, "level", "required", "subject and period carried from the subscription sentence (회사는 … 지난 10~11일)"))
d.Q("2,187곳", 2187, "곳", "곳", C,
    f=("기관 수요예측", None, N, SUB, "level", "required",
       "the count of institutions taking part (곳 counts 기관); the offering's company; the period last set for it (10~11일) carried, though book-building precedes subscription"))
d.Q("1만 9천~2만 2천 원", 19000, W, "원", "currency", hi=22000, note="a range: one mention",
    f=("희망 범위", None, N, SUB, "level", "required", "a figure alone in brackets right after a noun is that noun's; period carried"))
d.Q("2만 4천 원", 24000, W, "원", "currency", ctx="넘는 2만 4천 원",
    f=("공모가", "공모가는", N, SUB, "level", "required", "넘는 qualifies 상단, not the figure (no bound); period carried"))
IPO = ("the offering's proceeds and their use (이번 공모, 쓸 계획): no date of their own; the period last set (지난 10~11일) carried "
       "by the guideline's carry rule, or empty (an outcome and a plan)? (README open question 3)")
d.Q("600억 원", 60000000000, W, "원", "currency", f=("조달", "조달했다", N, SUB, "level", "optional", "총 outside (no attribute); the verbal noun (조달했다) as metric; " + IPO))
d.Q("320억 원", 32000000000, W, "원", "currency",
    f=("신공장 건설", None, N, "", "level", "optional", "X에 N원을 쓸 → the purpose X; 회사는 = the story's company; " + IPO))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("연구개발", "장비 연구개발", N, "", "level", "optional", "X에 N원을 쓸 → the purpose X; " + IPO))
d.Q("842억 원", 84200000000, W, "원", "currency", f=("매출", "지난해 매출", N, "2024", "level"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("영업이익", "영업이익 131억", N, "2024", "level"))
d.Q("71%", 71, "%", "%", P,
    f=("매출", "매출의 71%", N, "2024", "level", "optional",
       "customers take (차지한다) a share of the company's 매출: the company's figure (whose revenue) or the customers' (grammatical subject)? "
       "present tense, 지난해 carried (README open question 6)"))

# ---------------------------------------------------------------- 003 national pension fund returns by asset class (입력 stamp + byline)
d = Doc("003_fddccd2c3eeb16ce", "2026-02-27"); docs.append(d)
NP = "국민연금공단"
d.O("국민연금", NP, ctx="국민연금, 지난해",
    note="headline short form of 국민연금공단 (the institution, as news uses it), full name in the lead; headline topic with a comma")
d.O(NP, NP)
d.O("캐나다연금투자위원회", "캐나다연금투자위원회", aliases="CPPIB", note="bracketed alias outside the span")
d.O("노르웨이정부연기금", "노르웨이정부연기금", aliases="GPFG", note="a state fund named as an institution; bracketed alias outside the span")
d.O("기금운용본부", "기금운용본부", note="a named division of 국민연금공단 (its fund-management arm)")
d.O("국민연금", NP, ctx="국민연금은 올해", note="short form of 국민연금공단")
d.O("한솔경제", "한솔경제", note="invented outlet in the byline line")
Y = "2025"
d.D("지난해", Y, "year", ctx="국민연금, 지난해", rel=True)
d.D("2026.02.27", "2026-02-27", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("27일", "2026-02-27", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("2025년", Y, "year")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-12-31",
    note="an offset that points back to 지난해 말 (a year before it), not to the document date; the guideline's offset line would give 2025: optional (README open question 8)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1988년", "1988", "year", note="start of a cumulative figure (설치 이후)")
d.D("지난해", Y, "year", ctx="지난해 캐나다", rel=True)
d.D("올해", "2026", "year", ctx="\"올해는", rel=True)
d.D("올해", "2026", "year", ctx="국민연금은 올해", rel=True)
d.Q("11.6%", 11.6, "%", "%", P, ctx="수익률 11.6%…", f=("수익률", "지난해 수익률", NP, Y, "level", "required", "headline topic with a comma"))
d.Q("24%", 24, "%", "%", P,
    f=("수익률", "지난해 수익률", NP, Y, "level", "required", "headline after an ellipsis: an asset class (해외주식) is a category naming no measure: the figure before's 수익률; the fund's"))
d.Q("11.6%", 11.6, "%", "%", P, ctx="수익률이 11.6%로", f=("기금 운용 수익률", None, NP, Y, "level", "required", "2025년 in the clause"))
d.Q("138조 원", 138000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("금액", "금액으로는", NP, Y, "level", "optional",
       "금액으로는 (in money terms) + a plain verb (벌어들였다): metric 금액, the figure before's 수익률, or empty? (README open question 7)"))
d.Q("1,354조 원", 1354000000000000, W, "원", "currency", f=("기금 적립금", None, NP, Y, "level", "required", "지난해 말 기준 (value 2025, END)"))
d.Q("1,213조 원", 1213000000000000, W, "원", "currency",
    f=("기금 적립금", None, NP, "2024", "level", "optional", "a basis figure in brackets dated by 1년 전 (an optional DATE pointing back to 지난해 말): 2024 (END) (README open question 8)"))
d.Q("141조 원", 141000000000000, W, "원", "currency", f=("기금 적립금", None, NP, Y, "change", "required", "불어났다: change; the current period"))
AS = ("breakdown by asset class (자산별로 보면): a class is no ORG and names no measure: the measure of the breakdown (수익률, nearest mention); "
      "the fund's; the story's period")
d.Q("24.1%", 24.1, "%", "%", P, f=("수익률", None, NP, Y, "level", "required", AS))
d.Q("18.7%", 18.7, "%", "%", P, f=("수익률", None, NP, Y, "level", "required", AS + "; figure in brackets after the class"))
d.Q("9.2%", 9.2, "%", "%", P, f=("수익률", None, NP, Y, "level", "required", AS + "; figure in brackets after the class"))
d.Q("2.8%", 2.8, "%", "%", P, f=("국내채권과 해외채권 수익률", None, NP, Y, "level", "required", "각각: two classes, one noun phrase as metric"))
d.Q("4.6%", 4.6, "%", "%", P, f=("국내채권과 해외채권 수익률", None, NP, Y, "level", "required", "각각"))
d.Q("35.4%", 35.4, "%", "%", P, f=("해외주식 비중", None, NP, Y, "level"))
d.Q("35%", 35, "%", "%", P, bound="gt", note="넘었다 → gt",
    f=("해외주식 비중", None, NP, Y, "level", "required", "a threshold passed, same measure as the figure before in its sentence"))
d.Q("12.1%", 12.1, "%", "%", P, f=("국내주식 비중", None, NP, Y, "level"))
d.Q("1.3%포인트", 1.3, PP, "%포인트", P, f=("국내주식 비중", None, NP, Y, "change", "required", "전년 말보다 = basis; 낮아졌다: a change"))
CU = ("a cumulative figure since a year (1988년 기금 설치 이후): period 1988, a range 1988~2025 (no such DATE mention), or the story's 2025? "
      "(README open question 9)")
d.Q("780조 원", 780000000000000, W, "원", "currency", approx=True, note="약 → approx", f=("누적 수익금", None, NP, "1988", "level", "optional", CU))
d.Q("6.9%", 6.9, "%", "%", P, f=("연평균 수익률", None, NP, "1988", "level", "optional", CU))
d.Q("9.3%", 9.3, "%", "%", P, f=("수익률", "GPFG)의 수익률", "캐나다연금투자위원회", Y, "level", "required", "각각: the first of two named owners (의)"))
d.Q("13.1%", 13.1, "%", "%", P, f=("수익률", "GPFG)의 수익률", "노르웨이정부연기금", Y, "level", "required", "각각: the second owner"))
d.Q("10%포인트", 10, PP, "%포인트", P, approx=True, note="가량 → approx",
    f=("전략적 환헤지 비율", None, NP, "2026", "change", "optional",
       "a plan in a quote by an official of a named division (기금운용본부 관계자): the fund's (국민연금공단), the division's, or none? (README open question 10)"))
d.Q("25조 원", 25000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("배정", "배정했다", NP, "2026", "level", "required", "X에 N원을 배정: the verbal noun serves (as 001's 투자; README open question 16); 올해 in the clause"))

# ---------------------------------------------------------------- 004 convenience-store chain year-end (press release, no date at all)
d = Doc("004_b78ed88f591274c0", "2025-12-28"); docs.append(d)
ER = "이음리테일"
d.Oall(ER, ER, special={0: ("required", "invented operator; the headline's topic (with its chain in quotes)")})
d.Oall("이음24", "이음24", special={0: ("required", "the chain (a store brand run as a business, like CU and GS25), quoted after its operator")})
d.O("이음메이드", "이음메이드", st="optional", note="a private-label product brand: a product line or a business unit? (ORG optional list)")
d.O("CU", "CU", note="a rival store chain named as a company (its brand)")
d.O("GS25", "GS25", note="a rival store chain named as a company; the digits are part of the name")
d.O("이음로지스", "이음로지스", note="named logistics subsidiary (물류 자회사)")
Y = "2025"
d.D("한 해", Y, "year", ctx="한 해 마감", rel=True, st="optional", note="headline 한 해 마감 (closing the year): this year, written without 올; DATE or a duration word? optional")
d.D("올해", Y, "year", rel=True)
d.D("올 한 해", Y, "year", rel=True, note="올 한해 is a DATE (guideline); 동안 outside")
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis (지난해보다), still a DATE")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
d.D("지난 11월", "2025-11", "month", rel=True)
d.Q("4,812곳", 4812, "곳", "곳", C, ctx="점포 4,812곳으로 한",
    f=("점포", "점포 4,812곳으로 한", ER, Y, "level", "optional",
       "headline naming the operator and its chain side by side (이음리테일 '이음24'): subject the operator, the chain, or both? (README open question 11); 한 해 / the story's 올해"))
d.Q("31%", 31, "%", "%", P, f=("PB 매출 비중", None, ER, Y, "level", "optional", "headline after an ellipsis: the headline's organization, operator or chain? (README open question 11)"))
d.Q("4,812곳", 4812, "곳", "곳", C, ctx="점포 수가 4,812곳",
    f=("점포 수", "점포 수가 4,812곳", ER, Y, "level", "required", "the operator as the sentence's topic (이음24를 운영하는 이음리테일은) owns its chain's store count"))
OC = "opened / closed stores: no noun in the clause names the count (새로 열고, 닫아): empty metric; 올 한 해 in the clause; subject carried"
d.Q("612곳", 612, "곳", "곳", C, f=("", None, ER, Y, "level", "required", OC))
d.Q("248곳", 248, "곳", "곳", C, f=("", None, ER, Y, "level", "required", OC))
d.Q("364곳", 364, "곳", "곳", C,
    f=("순증 점포", None, ER, Y, "change", "optional",
       "a net addition named by its own noun (순증 점포는 364곳이다): a change of the store count or a level of 순증 점포? (README open question 12)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (점포당 하루 평균 매출)")
d.Q("187만 원", 1870000, W, "원", "currency",
    f=("점포당 하루 평균 매출", None, ER, Y, "level", "required", "rate words (점포당, 하루) change what is measured: kept in the metric; period carried (올해), 지난해 is the basis"))
d.Q("4.5%", 4.5, "%", "%", P, f=("점포당 하루 평균 매출", None, ER, Y, "change", "required", "지난해보다 = basis"))
d.Q("2조 9,300억 원", 2930000000000, W, "원", "currency", f=("매출액", None, ER, Y, "level", "required", "연간 qualifies the period: outside; (잠정) is a note, not a bracketed figure"))
d.Q("3조 원", 3000000000000, W, "원", "currency",
    f=("매출액", None, ER, Y, "level", "optional", "a threshold approached, not reached (3조 원 문턱에 다가섰다): no figure of the measure; fact made optional"))
d.Q("31.2%", 31.2, "%", "%", P,
    f=("매출 비중", "매출 비중은 31.2%", ER, Y, "level", "required", "the private label (이음메이드, optional ORG, a product) is no subject: the company carried"))
d.Q("27.8%", 27.8, "%", "%", P,
    f=("매출 비중", "매출 비중은 31.2%", ER, "2024", "level", "required", "a figure alone in brackets after 전년 (optional DATE pointing back: 2024) is that year's"))
d.Q("3.4%포인트", 3.4, PP, "%포인트", P, f=("매출 비중", "매출 비중은 31.2%", ER, Y, "change", "required", "전년보다 = basis"))
d.Q("1,150종", 1150, "종", "종", C, f=("PB 상품 수", None, ER, Y, "level"))
d.Q("2,630곳", 2630, "곳", "곳", C, f=("수도권 점포", None, ER, Y, "level", "required", "a region qualifies what is counted: kept in the metric; a region is no ORG"))
d.Q("54.7%", 54.7, "%", "%", P, f=("수도권 점포", None, ER, Y, "level", "required", "a share of the whole (전체의) taken by the part named before (차지했고)"))
RG = "breakdown by region (지역별로는), figures listed after the first: the first item's counted noun (점포, span inside 수도권 점포)"
d.Q("1,020곳", 1020, "곳", "곳", C, f=("점포", "수도권 점포가", ER, Y, "level", "required", RG))
d.Q("910곳", 910, "곳", "곳", C, f=("점포", "수도권 점포가", ER, Y, "level", "required", RG))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1만 8,650곳", 18650, "곳", "곳", C, f=("점포 수", "같은 기간 점포 수", "CU", Y, "level", "required", "같은 기간 (optional DATE) = the story's 2025"))
d.Q("1만 8,120곳", 18120, "곳", "곳", C, f=("점포 수", "같은 기간 점포 수", "GS25", Y, "level", "required", "GS25는: a new topic, the measure and period of the figure before"))
QT = "a plan in a company official's quote (이음리테일 관계자): the quote's clause names no subject, the official's company is carried"
d.Q("300곳", 300, "곳", "곳", C, f=("무인 점포", None, ER, "2026-H1", "level", "required", QT + "; 내년 상반기까지 in the clause"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("가맹점주 상생 지원금", None, ER, "2026-H1", "level", "required", QT + "; N을 X으로 쓰겠다 → X; 내년 상반기까지 of the same sentence (coordinated clauses)"))
d.Q("1만 6,500㎡", 16500, "㎡", "㎡", M,
    f=("신선 물류센터", None, ER, "2025-11", "level", "required", "X 규모의 Y → Y; the topic (이음리테일은) opened it through its subsidiary (를 통해): the topic is the subject"))

# ---------------------------------------------------------------- 005 builder's overseas orders recap (regional daily, byline only, day only)
d = Doc("005_2c2cc1c7bcaff41b", "2025-12-08"); docs.append(d)
DN = "동남건설"
d.Oall(DN, DN, special={0: ("required", "invented builder; headline topic with a comma")})
d.O("동남일보", "동남일보", note="invented regional daily in the byline line")
d.O("사우디워터파트너십컴퍼니", "사우디워터파트너십컴퍼니", aliases="SWPC", note="the project's client (발주했으며); bracketed alias outside the span")
d.O("지요다화공건설", "지요다화공건설", note="partner (과 공동으로); 일본 (country) outside the span")
d.O("해외건설협회", "해외건설협회", note="the source cited (에 따르면)")
Y, R = "2025", "2025-01/2025-11"
d.D("올해", Y, "year", ctx="동남건설, 올해", rel=True)
d.D("올해", Y, "year", ctx="동남건설이 올해", rel=True)
d.D("올해 1~11월", R, "month", ctx="동남건설은 올해 1~11월", rel=True, note="올해 before a range of months: one mention")
d.D("8일", "2025-12-08", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", "2024", "year", rel=True)
d.D("지난달 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date (N년 전 → that year); dates the old level")
d.D("올해 1~11월", R, "month", ctx="따르면 올해 1~11월", rel=True, note="올해 before a range of months: one mention")
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="해외수주 3조 원", bound="gt", note="돌파 → gt",
    f=("해외수주", None, DN, Y, "level", "required", "headline topic with a comma; 올해 in the headline"))
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="3조 원이 넘는", bound="gt", note="넘는 → gt",
    f=("일감", None, DN, Y, "level", "required", "the noun the figure modifies (3조 원이 넘는 일감); 올해 in the clause"))
d.Q("3조 2,480억 원", 3248000000000, W, "원", "currency", f=("해외 수주액", "해외 수주액이 3조", DN, R, "level", "required", "올해 1~11월 in the clause"))
d.Q("1조 9,700억 원", 1970000000000, W, "원", "currency",
    f=("실적", None, DN, "2024", "level", "required", "a figure alone in brackets right after a noun is that noun's (연간 qualifies the period: outside); 지난해 dates it"))
d.Q("64.9%", 64.9, "%", "%", P, f=("해외 수주액", "해외 수주액이 3조", DN, R, "change", "required", "a comparison (…보다 많다); the dropped topic's measure; the current period"))
CT = ("breakdown by country (국가별로 보면): a country is no subject; the verbal noun of the sentence (각각 수주했다) names the measure; "
      "the project in brackets is a name, not a figure; period carried (1~11월)")
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("수주", "각각 수주했다", DN, R, "level", "required", CT))
d.Q("8,350억 원", 835000000000, W, "원", "currency", f=("수주", "각각 수주했다", DN, R, "level", "required", CT + "; 3호선, 2공구: parts of a name, not quantities"))
d.Q("6,900억 원", 690000000000, W, "원", "currency", f=("수주", "각각 수주했다", DN, R, "level", "required", CT))
d.Q("6,030억 원", 603000000000, W, "원", "currency",
    f=("", None, DN, R, "level", "optional",
       "a remainder (나머지 … 은 … 나왔다): metric 나머지, the breakdown's measure (수주) carried, or empty? (README open question 13)"))
d.Q("60%", 60, "%", "%", P,
    f=("지분", None, DN, R, "level", "required", "the genitive owner (동남건설의 지분); no date of its own: the period last set for the company (1~11월) carried"))
d.Q("7조 4,100억 원", 7410000000000, W, "원", "currency", f=("해외 수주 잔고", None, DN, "2025-11", "level", "required", "지난달 말 기준 (value 2025-11, END); subject carried"))
d.Q("980명", 980, "명", "명", C, f=("해외 현장에서 일하는 직원", None, DN, "2024", "level", "required", "A에서 B로: the old level, dated by 1년 전 right before it"))
d.Q("1,240명", 1240, "명", "명", C,
    f=("해외 현장에서 일하는 직원", None, DN, "2025-11", "level", "optional",
       "A에서 B로 with 1년 전 dating the old level: is the new level's period the one last set (지난달 말), the clause's 1년 전 (first step of the search), or none? (README open question 14)"))
IN = "the whole industry's figure (국내 건설사 전체), after a cited source: no subject"
d.Q("371억 달러", 37100000000, U, "달러", "currency", approx=True, note="약 → approx", f=("해외 수주액", "전체의 해외 수주액", "", R, "level", "required", IN))
d.Q("52조 원", 52000000000000, W, "원", "currency", approx=True, eq=("371억 달러",), note="conversion in brackets, 약 → approx",
    f=("해외 수주액", "전체의 해외 수주액", "", R, "level", "required", "a conversion: same metric, subject, period and kind; " + IN))

# ---------------------------------------------------------------- 006 streaming platform subscribers and content spend (입력 stamp + byline)
d = Doc("006_0328b0b5d0ac23b2", "2026-01-14"); docs.append(d)
TV, CJ = "티빙", "CJ ENM"
d.Oall(TV, TV, special={0: ("required", "a platform run as a business; headline topic with a comma"),
                         4: ("optional", "modifier inside a longer non-organization name (티빙 오리지널, a content label)")})
d.O("웨이브", "웨이브", note="a platform merged with 티빙 (와의 통합)")
d.Oall("쿠팡플레이", "쿠팡플레이")
d.O("넷플릭스", "넷플릭스")
d.O(CJ, CJ, note="parent company (모회사 CJ ENM)")
d.O("스튜디오솔바람", "스튜디오솔바람", note="invented studio, subject of a relative clause (제작한)")
d.O("한국야구위원회", "한국야구위원회", aliases="KBO", note="bracketed alias outside the span")
d.O("이투데이", "이투데이", note="outlet in the byline line")
Y = "2025"
d.D("2026.01.14", "2026-01-14", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (업계에 따르면): not a period")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("같은 달", "2025-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난해 12월")
d.D("지난해", Y, "year", ctx="CJ ENM은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 18%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="전년(1,420억", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난 시즌", Y, "year", rel=True, st="optional",
    note="지난 시즌 (the last baseball season, 2025): a relative period word the guideline does not list: optional")
d.Q("780만 명", 7800000, "명", "명", C, ctx="유료 가입자 780만 명…",
    f=("유료 가입자", "유료 가입자 780만", TV, Y, "level", "required", "headline topic with a comma; the story's 지난해 말"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘겼다 → gt",
    f=("콘텐츠 투자", None, TV, Y, "level", "optional",
       "headline after an ellipsis: the headline's organization (티빙) by position, but the body gives the spend to the parent (CJ ENM) (README open question 15)"))
d.Q("780만 명", 7800000, "명", "명", C, ctx="지난해 말 780만 명", bound="gt", note="넘어섰다 → gt",
    f=("유료 가입자", "유료 가입자가", TV, Y, "level", "required", "genitive owner (티빙의); 지난해 말 (value 2025, END) in the clause"))
d.Q("812만 명", 8120000, "명", "명", C, f=("월간활성이용자수", None, TV, "2025-12", "level", "required", "(MAU) an alias of the metric; 14일 dates the report only"))
d.Q("1,420만 명", 14200000, "명", "명", C, f=("월간활성이용자수", None, "넷플릭스", "2025-12", "level", "required", "a new topic, the measure of the figure before; 같은 달 (optional DATE) = 2025-12"))
d.Q("735만 명", 7350000, "명", "명", C, f=("월간활성이용자수", None, "쿠팡플레이", "2025-12", "level"))
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency",
    f=("투입", "투입했다", CJ, Y, "level", "required", "X에 N원을 투입: the verbal noun serves (as 001's 투자; README open question 16); 티빙 inside the relative clause is no subject; 지난해 in the clause"))
d.Q("4,200억 원", 420000000000, W, "원", "currency",
    f=("티빙 오리지널에 들어간 돈", None, CJ, Y, "level", "required", "part opener 이 가운데: the subject of the whole (CJ ENM) carried; the head noun 돈 with its relative clause"))
d.Q("18%", 18, "%", "%", P, f=("티빙 오리지널에 들어간 돈", None, CJ, Y, "change", "required", "전년보다 = basis"))
OR = ("a dropped subject after CJ ENM's sentences: CJ ENM by the carry rule, or 티빙, whose originals they are? (README open question 17); "
      "the counted noun is the topic before the figure")
d.Q("26편", 26, "편", "편", C, f=("오리지널 시리즈", None, CJ, Y, "level", "optional", OR))
d.Q("14편", 14, "편", "편", C, f=("예능", None, CJ, Y, "level", "optional", OR))
d.Q("5,380억 원", 538000000000, W, "원", "currency", f=("매출", "티빙 매출", TV, Y, "level", "required", "a name before the measure noun is its owner; the story's 지난해 carried"))
d.Q("22.7%", 22.7, "%", "%", P, f=("매출", "티빙 매출", TV, Y, "change"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("영업손실", None, TV, Y, "level"))
d.Q("1,420억 원", 142000000000, W, "원", "currency",
    f=("영업손실", None, TV, "2024", "level", "required", "a figure alone in brackets after 전년 (optional DATE pointing back: 2024) is that year's"))
d.Q("5,500원", 5500, W, "원", "currency",
    f=("광고형 요금제", None, TV, Y, "level", "required", "a figure in brackets after a noun is that noun's (월 is a rate word with no number); the platform's; story's period"))
d.Q("27%", 27, "%", "%", P,
    f=("가입자", "원) 가입자는", TV, Y, "level", "required", "a share of the whole (전체의) taken by the part named before (광고형 요금제 … 가입자); story's period"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간: a duration (간 outside), no fact")
d.Q("1,350억 원", 135000000000, W, "원", "currency",
    f=("계약", "규모의 계약", TV, Y, "level", "optional",
       "X 규모의 Y → 계약; the topic (티빙은) made it with KBO (와 맺은: partner); a 3-year contract with no DATE of its own: the sentence's 지난 시즌 (optional DATE) or empty? (README open question 18)"))
d.Q("720경기", 720, "경기", "경기", C,
    f=("생중계", "생중계했다", TV, Y, "level", "required", "the counter is the counted noun (경기): the verbal noun (생중계했다) names what is counted; 지난 시즌 = 2025"))

if __name__ == "__main__":
    write_all(docs)
