"""Gold labels of articles-holdout76, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout76/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 oil refiner: Q3 results and refining margin (연합뉴스 dateline)
d = Doc("001_21adbd9a47e66c3c", "2025-11-04"); docs.append(d)
S = "한결에너지"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "company; (이하 한결) recorded as alias"),
                      2: ("required", "organization before a head's title (대표)")})
d.o[1]["aliases"] = "한결"
d.O("한결", S, ctx="(이하 한결)", st="optional", note="short name defined with 이하: optional where defined")
d.O("한결", S, ctx="한결의 하루", note="later use of the 이하-defined short name: required, canonical the full name")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국석유공사", "한국석유공사", note="public corporation cited as the source (에 따르면)")
d.O("한결루브", "한결루브", note="invented subsidiary introduced by 윤활유 자회사")
d.O("S-OIL", "S-OIL", note="rival refiner (경쟁사)")
d.O("대한석유협회", "대한석유협회", note="industry association, source of a forecast")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 영업익", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 2025년 3분기")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 2025년 3분기")
d.D("3분기", Q3, "quarter", ctx="3분기 평균", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="bare quarter: the latest Q2 on or before the document date")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="pointing-back word (전분기), resolves to the quarter before the story's 3분기")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("같은 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기, like 같은 기간")
d.D("올해 4분기", "2025-Q4", "quarter", rel=True, note="올해 before a quarter: one mention (as before a month)")
d.D("연말", "2025", "year", mod="END", rel=True, note="year-end in a future clause (연말까지): this year's end")
d.D("4분기", "2025-Q4", "quarter", ctx="4분기에도", rel=True, note="future clause: the coming Q4 (the current one)")

d.Q("2,140억", 214000000000, W, "", "currency", ctx="영업익 2,140억", st="optional", note="headline amount, currency implied",
    f=("영업익", "영업익 2,140억", S, Q3, "level"))
d.Q("9조 4,320억 원", 9432000000000, W, "원", "currency", f=("매출", "기준 매출", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", ctx="영업이익 2,140억 원", f=("영업이익", "영업이익 2,140억 원", S, Q3, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", "매출은 전년", S, Q3, "change", "required", "줄었지만: a change; the period is the current one, not the basis"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("적자", "1,870억 원 적자", S, "2024-Q3", "level", "optional",
       "the year-earlier quarter's loss, a basis written with 같은 기간 (which names the current quarter): open question 2"))
d.Q("7.4달러", 7.4, U, "달러", "currency",
    f=("싱가포르 복합 정제마진", None, "", Q3, "level", "required", "a market benchmark cited from 한국석유공사: no ORG's figure; 배럴당 is a rate word outside the span"))
d.Q("4.1달러", 4.1, U, "달러", "currency",
    f=("싱가포르 복합 정제마진", None, "", "2025-Q2", "level", "required", "basis in brackets after 2분기: that quarter's level"))
d.Q("80%", 80, "%", "%", P, approx=True, f=("싱가포르 복합 정제마진", None, "", Q3, "change"))
d.Q("1,320억 원", 132000000000, W, "원", "currency",
    f=("영업이익", "1,320억 원의 영업이익", S, Q3, "level", "required", "a segment is a part, not an ORG: the company's figure; story period carried"))
d.Q("490억 원", 49000000000, W, "원", "currency",
    f=("영업이익", "1,320억 원의 영업이익", S, Q3, "level", "required", "각각 pair: the breakdown's measure (보탰다 has no noun of its own)"))
d.Q("330억 원", 33000000000, W, "원", "currency", f=("영업이익", "1,320억 원의 영업이익", S, Q3, "level"))
d.Q("7,610억 원", 761000000000, W, "원", "currency",
    f=("매출", "한결루브의 매출", "한결루브", Q3, "level", "required", "the subsidiary's own sales; the results story's 3분기 carried"))
d.Q("8%", 8, "%", "%", P, ctx="전체의 8%", approx=True,
    f=("매출", "한결루브의 매출", "한결루브", Q3, "level", "required", "전체의 8% 안팎을 차지: the share of the part named as the clause's subject"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate word before 원유 처리량 (per day), like 일인당")
d.Q("52만 배럴", 520000, "bbl", "배럴", M, approx=True, note="barrel: no SI symbol, canonical bbl (README convention)",
    f=("원유 처리량", None, S, Q3, "level", "required", "한결 = the 이하 short name; 하루 (rate) outside the metric"))
d.Q("94.5%", 94.5, "%", "%", P, f=("가동률", None, S, Q3, "level"))
d.Q("3.2%포인트", 3.2, "%p", "%포인트", P, f=("가동률", None, S, Q3, "change", "required", "전 분기 = basis"))
d.Q("148%", 148, "%", "%", P, f=("부채비율", None, S, "2025-09", "level", "required", "as of 9월 말 기준"))
d.Q("1,960억 원", 196000000000, W, "원", "currency",
    f=("영업이익", "영업이익 1,960억", "S-OIL", Q3, "level", "required", "the rival's own figure; 같은 분기 → 3분기"))
d.Q("4사", 4, "사", "사", C, st="optional", note="a count naming the group (정유 4사), open question 1")
d.Q("110억 달러", 11000000000, U, "달러", "currency", bound="gt",
    f=("석유제품 수출액", None, "", "2025-Q4", "level", "required", "the four refiners are not named: empty subject; the association only forecasts"))
d.Q("6~8달러", 6, U, "달러", "currency", hi=8,
    f=("정제마진", "정제마진이 배럴당", "", "2025", "level", "required", "a market margin in the CEO's condition: no ORG's; period the clause's 연말 (2025, END)"))
d.Q("2천억 원", 200000000000, W, "원", "currency", bound="min",
    f=("이익", "이상의 이익", S, "2025-Q4", "level", "required", "the head speaks for the company"))

# ---------------------------------------------------------------- 002 national pension fund: annual return, assets by class (뉴스1 dateline)
d = Doc("002_899e9c7c4a0662b6", "2026-02-27"); docs.append(d)
S = "국민연금공단"
d.O("국민연금", S, ctx="국민연금 작년", note="headline short form of 국민연금공단 (the fund's manager)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digit inside a name")
d.O(S, S, ctx="국민연금공단은", note="the reporting institution")
d.O("국민연금공단 기금운용본부", "국민연금공단 기금운용본부", note="a division named with its parent: one name (like 알리바바 클라우드); 장 (title) outside")
d.O("한국거래소", "한국거래소", note="exchange operator cited as the source (에 따르면)")
d.D("작년", "2025", "year", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("27일", "2026-02-27", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준): the last year-end")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to the year before 지난해")
d.D("1988년", "1988", "year", note="A부터 B까지: two mentions")
d.D("지난해", "2025", "year", ctx="지난해까지", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 한 해", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="future clause (안에 … 높이고): this year's first half")
d.D("2030년", "2030", "year")
Y = "2025"
d.Q("11.2%", 11.2, "%", "%", P, ctx="수익률 11.2%", f=("수익률", "작년 수익률", S, Y, "level", "required", "headline; its own 작년"))
d.Q("1,348조 원", 1348000000000000, W, "원", "currency", ctx="기금 1,348조 원", f=("기금", "기금 1,348조", S, Y, "level", "required", "headline; 작년 carried across the …"))
d.Q("11.2%", 11.2, "%", "%", P, ctx="운용수익률이 11.2%", f=("운용수익률", None, S, Y, "level", "required", "(잠정) outside; 기금 only names whose return"))
d.Q("134조 5,000억 원", 134500000000000, W, "원", "currency", f=("운용수익", "운용수익은", S, Y, "level"))
d.Q("1,348조 원", 1348000000000000, W, "원", "currency", ctx="적립금은 1,348조 원", f=("적립금", "적립금은", S, Y, "level", "required", "as of 지난해 말 (2025, END)"))
d.Q("1,213조 원", 1213000000000000, W, "원", "currency",
    f=("적립금", "적립금은", S, "2024", "level", "required", "basis in brackets after the pointing-back 전년 말: that year's level"))
d.Q("135조 원", 135000000000000, W, "원", "currency", f=("적립금", "적립금은", S, Y, "change", "required", "늘었다: a change, period the current one"))
d.Q("24.6%", 24.6, "%", "%", P, f=("수익률", "높은 수익률", S, Y, "level", "required", "an asset class is a part, not an ORG: the fund's figure"))
d.Q("18.3%", 18.3, "%", "%", P, f=("수익률", "높은 수익률", S, Y, "level", "required", "breakdown item without a noun of its own"))
d.Q("6.1%", 6.1, "%", "%", P, ctx="해외채권 6.1%", f=("수익률", "높은 수익률", S, Y, "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=("수익률", "높은 수익률", S, Y, "level"))
d.Q("7.9%", 7.9, "%", "%", P, f=("대체투자 수익률", None, S, Y, "level", "required", "the asset class written as a modifier of the measure: kept"))
d.Q("487조 원", 487000000000000, W, "원", "currency", f=("해외주식 평가액", None, S, Y, "level", "required", "story period (지난해 말 기준) carried"))
d.Q("36.1%", 36.1, "%", "%", P, f=("해외주식 평가액", None, S, Y, "level", "required", "전체 자산의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새 2.4", note="1년 새 (within a year): a duration, 새 outside")
d.Q("2.4%포인트", 2.4, "%p", "%포인트", P, f=("해외주식 평가액", None, S, Y, "change", "required", "the change of the same share"))
d.Q("13.8%", 13.8, "%", "%", P, f=("국내주식 비중", None, S, Y, "level"))
d.Q("14.4%", 14.4, "%", "%", P, f=("목표 비중", None, S, Y, "level", "required", "a comparison basis in brackets naming its own noun (목표 비중)"))
d.Q("820조 원", 820000000000000, W, "원", "currency", approx=True,
    f=("누적 운용수익금", None, S, "1988/2025", "level", "required", "over 1988년부터 지난해까지: the range of the two DATE mentions"))
d.Q("6.9%", 6.9, "%", "%", P, f=("연평균 수익률", None, S, "1988/2025", "level", "required", "연평균 changes what is measured: kept"))
d.Q("2,198만 명", 21980000, "명", "명", C,
    f=("보험료를 내는 가입자", None, S, Y, "level", "optional",
       "open question 3: undated; carry-forward's last period is the 1988/2025 range, the members' count reads as of 2025"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새 31만")
d.Q("31만여 명", 310000, "명", "명", C, approx=True,
    f=("보험료를 내는 가입자", None, S, Y, "change", "optional", "open question 3 (as 2,198만 명); 여 inside the span"))
d.Q("한 해", 1, "year", "해", "duration", note="한 해 동안: a duration, 동안 outside")
d.Q("21.4%", 21.4, "%", "%", P, f=("코스피 지수", None, "", Y, "change", "required", "a market index cited from 한국거래소: no ORG's figure"))
d.Q("17%", 17, "%", "%", P, approx=True,
    f=("S&P500 지수 상승률", None, "", Y, "level", "required", "a rate named by its own measure noun (상승률은 17%): level of that rate, like 수익률; 같은 기간 → 2025"))
d.Q("15%", 15, "%", "%", P, bound="min",
    f=("대체투자 비중", None, S, "2026-H1", "level", "required", "the fund's target, voiced by its division head: subject the institution reporting the portfolio"))
d.Q("60%", 60, "%", "%", P, approx=True, f=("해외투자 비중", None, S, "2030", "level", "required", "2030년까지: the target's date"))

# ---------------------------------------------------------------- 003 food delivery app: orders and merchants (머니투데이 bracket byline; no year anywhere)
d = Doc("003_2fcd7fd515a0c95a", "2026-01-08"); docs.append(d)
A, S = "배달가온", "가온플랫폼"
d.Oall(A, A, special={0: ("required", "headline; a delivery platform run as a business (like 티몰): ORG"),
                      1: ("required", "app named in quotes; the quotes outside the span"),
                      2: ("required", "the platform whose orders they are (배달가온의)")})
d.Oall(S, S, special={0: ("required", "the operator (운영하는)"), 2: ("required", "counterparty of the capital injection (에 … 출자)"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("배달의민족", "배달의민족", note="rival platform")
d.O("쿠팡이츠", "쿠팡이츠", note="rival platform")
d.O("가온홀딩스", "가온홀딩스", note="invented parent (모회사)")
d.O("통계청", "통계청", note="statistics agency cited as the source")
d.D("지난해", "2025", "year", ctx="지난해 주문", rel=True, note="headline")
d.D("지난해", "2025", "year", ctx="지난해 배달가온", rel=True)
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("8일", "2026-01-08", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준): the latest December on or before the document date")
d.D("지난달", "2025-12", "month", ctx="지난달 기준", rel=True, note="as of (기준)")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="from when the cut applies (부터 outside); 올해 before a quarter: one mention")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (투입한다): this year's first half")
d.D("지난달", "2025-12", "month", ctx="지난달 가온플랫폼", rel=True)
d.D("지난해 1~11월", "2025-01/2025-11", "month", rel=True, note="지난해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 1~11월")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (연말까지 … 넘기고): this year's end")
d.D("3분기", "2026-Q3", "quarter", rel=True, note="future clause (내겠다): the next Q3")
Y, DEC = "2025", "2025-12"
d.Q("3억 건", 300000000, "건", "건", C, bound="gt", f=("주문", "지난해 주문", A, Y, "level", "required", "headline; 돌파 → gt; its own 지난해"))
d.Q("2만 곳", 20000, "곳", "곳", C, f=("가맹점", "가맹점 2만", A, Y, "change", "required", "headline; 늘어: a change; 지난해 carried across the …"))
d.Q("3억 1,200만 건", 312000000, "건", "건", C, f=("주문 건수", None, A, Y, "level", "required", "배달가온의 주문 건수: the platform whose orders they are"))
d.Q("27%", 27, "%", "%", P, f=("주문 건수", None, A, Y, "change"))
d.Q("8조 6,000억 원", 8600000000000, W, "원", "currency", f=("거래액", "같은 기간 거래액", A, Y, "level", "required", "같은 기간 → 지난해; the platform's figure carried"))
d.Q("18만 4,000곳", 184000, "곳", "곳", C, f=("입점 가맹점 수", None, A, DEC, "level", "required", "as of 12월 말"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration")
d.Q("2만 1,000곳", 21000, "곳", "곳", C, f=("입점 가맹점 수", None, A, DEC, "change"))
d.Q("11만 2,000곳", 112000, "곳", "곳", C, f=("수도권 가맹점", None, A, DEC, "level", "required", "breakdown item (이 가운데): the part is the metric's own noun phrase"))
d.Q("61%", 61, "%", "%", P, f=("수도권 가맹점", None, A, DEC, "level", "required", "share of the part named as the clause's subject"))
d.Q("1,020만 명", 10200000, "명", "명", C, f=("월간 활성 이용자 수", None, A, DEC, "level", "required", "as of 지난달; (MAU) outside the metric"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("2,240만 명", 22400000, "명", "명", C,
    f=("월간 활성 이용자 수", None, "배달의민족", DEC, "level", "required", "a comparison figure in brackets after the rival's name: the rival's own, same as-of date"))
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("1,130만 명", 11300000, "명", "명", C, f=("월간 활성 이용자 수", None, "쿠팡이츠", DEC, "level"))
d.Q("9.8%", 9.8, "%", "%", P,
    f=("중개수수료율", None, S, "2026-Q1", "level", "optional", "open question 3: the rate before the cut; the clause's only DATE is when the new rate starts"))
d.Q("7.8%", 7.8, "%", "%", P, f=("중개수수료율", None, S, "2026-Q1", "level", "required", "the operator sets the fee: subject 가온플랫폼"))
d.Q("2%포인트", 2, "%p", "%포인트", P, f=("중개수수료율", None, S, "2026-Q1", "change"))
d.Q("450억 원", 45000000000, W, "원", "currency", approx=True, f=("배달비 지원", None, S, "2026-H1", "level", "required", "subject dropped, carried from 가온플랫폼은"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("출자", "출자했다", "가온홀딩스", DEC, "level", "required", "verbal noun as metric; the investor is the subject, the counterparty is not"))
d.Q("25조 3,000억 원", 25300000000000, W, "원", "currency",
    f=("음식서비스 온라인 거래액", None, "", "2025-01/2025-11", "level", "required", "national statistic cited from 통계청: empty subject"))
d.Q("4.1%", 4.1, "%", "%", P, f=("음식서비스 온라인 거래액", None, "", "2025-01/2025-11", "change"))
d.Q("20만 곳", 200000, "곳", "곳", C, bound="gt",
    f=("가맹점", "가맹점 20만", A, "2026", "level", "optional", "open question 4: the operator's head speaks (가온플랫폼) of the app's merchants (배달가온); 넘기고 → gt"))

# ---------------------------------------------------------------- 004 defense company: export contract and deliveries (뉴시스 dateline)
d = Doc("004_9dda8158dd66379a", "2025-09-18"); docs.append(d)
S, SUB = "한누리디펜스", "한누리광학"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.Oall(SUB, SUB, special={0: ("required", "invented subsidiary introduced by 자회사")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("루마니아 국방부", "루마니아 국방부", note="a foreign ministry: the country is part of how the body is named (like 미국 항공우주국); the customer")
d.O("방위사업청", "방위사업청", note="government agency cited as the source")
d.O("한화에어로스페이스", "한화에어로스페이스", note="rival; K9 is its product, not labelled")
d.D("18일", "2025-09-18", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("2025년", "2025", "year", note="2025년 들어: 들어 outside")
d.D("2026년", "2026", "year", note="A부터 B까지: two mentions")
d.D("2030년", "2030", "year")
d.D("지난해", "2024", "year", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("지금", "2025-09-18", "day", rel=True, st="optional", note="지금 (지금까지) is optional and takes the document date")
d.D("내년 10월", "2026-10", "month", rel=True, note="내년 before a month: one mention; a deadline (까지 outside)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (연말까지 … 따내겠다): this year's end")
DEL = "2026/2030"
d.Q("1.3조", 1300000000000, W, "", "currency", st="optional", note="headline amount, currency implied", f=("수출", "1.3조 수출", S, "", "level"))
d.Q("1조 3,400억 원", 1340000000000, W, "원", "currency",
    f=("수출 계약", None, S, "", "level", "required", "규모 amount: the thing whose size it is; 18일 only dates the disclosure and nothing else dates the contract: empty period"))
d.Q("155㎜", 155, "mm", "㎜", M,
    f=("자주포", "155㎜ 자주포", S, "", "level", "optional", "open question 1: a calibre defining the product (like a definitional range), not a figure of its own"))
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="explicit ordinal marker")
d.Q("54문", 54, "문", "문", C,
    f=("자주포", "자주포 54문", S, DEL, "level", "required", "counted noun (shortest phrase naming what is counted); period: the sentence's 2026년부터 2030년까지"))
d.Q("36대", 36, "대", "대", C, f=("탄약운반차", None, S, DEL, "level"))
d.Q("5년", 5, "year", "년", "duration", ctx="5년에 걸쳐", note="5년에 걸쳐: a duration")
d.Q("18문", 18, "문", "문", C, f=("자주포", "자주포 54문", S, DEL, "level", "required", "이 가운데: a part of the guns; subject and period carried"))
d.Q("36문", 36, "문", "문", C, f=("자주포", "자주포 54문", S, DEL, "level"))
d.Q("1조 1,800억 원", 1180000000000, W, "원", "currency", f=("매출", "지난해 매출", S, "2024", "level", "required", "a figure in brackets after a noun with its date"))
d.Q("4조 2,000억 원", 4200000000000, W, "원", "currency", f=("수주잔고", None, S, "2025-06", "level", "required", "subject dropped, carried; as of 6월 말"))
d.Q("5조 5,000억 원", 5500000000000, W, "원", "currency", bound="gt",
    f=("수주잔고", None, S, "2025-06", "level", "optional", "open question 3: the backlog once this contract is added (now), while the sentence's DATE is 6월 말"))
d.Q("1,900억 원", 190000000000, W, "원", "currency", approx=True,
    f=("공급분", None, SUB, "", "level", "required", "the subsidiary's share of the contract; no period set for it, the contract undated: empty"))
d.Q("14%", 14, "%", "%", P, approx=True, f=("공급분", None, SUB, "", "level", "required", "계약액의 14%: the share of the part named as the clause's subject"))
d.Q("98억 달러", 9800000000, U, "달러", "currency", f=("국내 방산 수출 수주액", None, "", "2025-H1", "level", "required", "national figure cited from 방위사업청: empty subject"))
d.Q("61억 달러", 6100000000, U, "달러", "currency",
    f=("국내 방산 수출 수주액", None, "", "2024-H1", "level", "required", "basis in brackets after the pointing-back 전년 동기: that half's level"))
d.Q("60.7%", 60.7, "%", "%", P, f=("국내 방산 수출 수주액", None, "", "2025-H1", "change"))
d.Q("10개국", 10, "개국", "개국", C,
    f=("수출", "수출했다", "한화에어로스페이스", "", "level", "optional", "open question 5: metric (the counter 개국 holds the counted noun) and period (지금까지, an optional DATE) unsettled"))
d.Q("1,300여 문", 1300, "문", "문", C, approx=True,
    f=("수출", "수출했다", "한화에어로스페이스", "", "level", "optional", "open question 5: cumulative 지금까지; 여 inside the span"))
d.Q("6문", 6, "문", "문", C, ctx="물량 6문", f=("첫 물량", None, S, "2026-10", "level", "required", "the head speaks for the company; 내년 10월까지"))
d.Q("1건", 1, "건", "건", C, bound="min", f=("추가 계약", None, S, "2025", "level", "required", "연말까지 (2025, END)"))

# ---------------------------------------------------------------- 005 regional bank: SME loans and delinquency (regional daily, 입력 stamp; year only in the stamp)
d = Doc("005_35c3cd79339adeb0", "2026-02-10"); docs.append(d)
S, H = "남도은행", "남도금융지주"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (남도은행장: 장 outside)")})
d.Oall(H, H, special={0: ("required", "invented holding company (의 자회사)")})
d.O("광남일보", "광남일보", note="invented regional daily in the byline line")
d.O("금융감독원", "금융감독원", note="supervisor cited as the source")
d.O("광주은행", "광주은행", note="rival regional bank (각각)")
d.O("전북은행", "전북은행", note="rival regional bank (각각)")
d.O("전라남도", "전라남도", note="province acting as a government; 도 later is an anaphor, not labelled")
d.O("광주신용보증재단", "광주신용보증재단", note="guarantee foundation, partner")
d.D("2026.02.10", "2026-02-10", "day", note="the 입력 stamp: a written calendar date (clock time 09:15 not labelled)")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="offset DATE used as a comparison basis: a year before 지난해 말 (2024) or, from the document date, 2025 — open question 2")
d.D("9일", "2026-02-09", "day", rel=True, note="day of the announcement: not a period")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to the year before 지난해 말")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (안에 … 낮추겠다): this year's first half")
Y = "2025"
d.Q("10조", 10000000000000, W, "", "currency", ctx="10조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("중기대출", "중기대출 10조", S, Y, "level"))
d.Q("0.9%", 0.9, "%", "%", P, ctx="0.9%대", approx=True, note="0.9%대: the suffix 대 outside, approx",
    f=("연체율", "연체율은 0.9%대", S, Y, "level", "optional", "open question 6: a headline with no DATE of its own, nothing earlier in the article"))
d.Q("10조 2,300억 원", 10230000000000, W, "원", "currency", f=("중소기업 대출 잔액", None, S, Y, "level", "required", "as of 지난해 말"))
d.Q("8.4%", 8.4, "%", "%", P, f=("중소기업 대출 잔액", None, S, Y, "change", "required", "1년 전보다 = basis; the period is the current one"))
d.Q("62.5%", 62.5, "%", "%", P, f=("중기대출이 차지하는 비중", None, S, Y, "level", "required", "the relative clause changes what is measured: kept"))
d.Q("1.8%포인트", 1.8, "%p", "%포인트", P, f=("중기대출이 차지하는 비중", None, S, Y, "change"))
d.Q("0.94%", 0.94, "%", "%", P, f=("중기대출 연체율", "그러나 중기대출 연체율", S, Y, "level", "required", "subject and period carried from the lead"))
d.Q("0.61%", 0.61, "%", "%", P,
    f=("중기대출 연체율", "그러나 중기대출 연체율", S, "2024", "level", "required", "basis in brackets after the pointing-back 전년 말: that year's level"))
d.Q("0.33%포인트", 0.33, "%p", "%포인트", P, f=("중기대출 연체율", "그러나 중기대출 연체율", S, Y, "change"))
d.Q("2.1%", 2.1, "%", "%", P, f=("건설업 연체율", None, S, Y, "level", "required", "an industry is a part, no ORG: the bank's figure"))
d.Q("1.4%", 1.4, "%", "%", P, f=("연체율", "건설업 연체율", S, Y, "level", "required", "breakdown item without a measure noun: the breakdown's measure"))
d.Q("0.7%", 0.7, "%", "%", P, f=("연체율", "건설업 연체율", S, Y, "level"))
d.Q("0.78%", 0.78, "%", "%", P,
    f=("중기대출 연체율", "은행의 중기대출 연체율", "", "2025-12", "level", "required", "국내 은행 taken together, not named: empty subject; 평균 outside the span"))
d.Q("0.85%", 0.85, "%", "%", P,
    f=("중기대출 연체율", "은행의 중기대출 연체율", "광주은행", "2025-12", "level", "required", "각각 pair; the compared figure's as-of date carried (README convention)"))
d.Q("1.02%", 1.02, "%", "%", P, f=("중기대출 연체율", "은행의 중기대출 연체율", "전북은행", "2025-12", "level"))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("소상공인 특례보증 대출", None, S, "2026", "level", "required", "the bank supplies the loans; partners (와 손잡고) are no subject"))
d.Q("1곳", 1, "곳", "곳", C, st="optional", note="1곳당: a rate denominator")
d.Q("5,000만 원", 50000000, W, "원", "currency", bound="max", f=("한도", None, S, "2026", "level", "required", "최대 → max; subject and period carried"))
d.Q("0.5%", 0.5, "%", "%", P,
    f=("보증료", None, "전라남도", "2026", "level", "optional", "open question 7: the fee the province (도, an anaphor) pays: its figure, or the bank's programme's"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년간", note="1년간: a duration, 간 outside")
d.Q("2,480억 원", 248000000000, W, "원", "currency", f=("순이익", None, H, Y, "level"))
d.Q("2,110억 원", 211000000000, W, "원", "currency",
    f=("순이익", None, S, Y, "level", "required", "이 가운데: the part earned by the bank (벌어들였다 has no noun of its own): the bank's figure"))
d.Q("0.8%", 0.8, "%", "%", P, ctx="0.8% 이하", bound="max", f=("연체율", "연체율을 0.8", S, "2026-H1", "level", "required", "the head's target; 이하 → max"))

# ---------------------------------------------------------------- 006 apparel maker: brand sales and store count (press release)
d = Doc("006_2dc94941909929cd", "2025-07-22"); docs.append(d)
S = "세린패션"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "(대표 윤하진) is a description, not an alias"),
                      2: ("required", "contact line of the release; 홍보팀 (a team label) outside")})
BR = "brand of the company (a product line / business unit): optional, open question 8"
d.Oall("모아르", "모아르", special={i: ("optional", BR) for i in range(5)})
d.Oall("리버틴", "리버틴", special={i: ("optional", BR) for i in range(2)})
d.O("노스릿지", "노스릿지", st="optional", note=BR)
d.O("롯데백화점", "롯데백화점", note="department store chain where stores open (counterparty)")
d.O("신세계백화점", "신세계백화점", note="department store chain (각각)")
d.O("세린글로벌", "세린글로벌", note="invented subsidiary (자회사)")
d.O("한국섬유산업연합회", "한국섬유산업연합회", note="industry federation cited as the source")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 매출 4,260", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("2025년 상반기", H1, "half")
d.D("지난해 같은 기간", "2024-H1", "half", ctx="지난해 같은 기간보다 9.3%", rel=True, st="optional", anchor="2025-01-01",
    note="one mention (the same period last year) pointing back to 2025년 상반기")
d.D("22일", "2025-07-22", "day", rel=True, note="day of the announcement: not a period")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="연초보다: the basis date")
d.D("상반기", H1, "half", ctx="상반기 매출의", rel=True)
d.D("올해 1~5월", "2025-01/2025-05", "month", rel=True, note="올해 before a month range: one mention")
d.D("지난해 같은 기간", "2024-01/2024-05", "month", ctx="지난해 같은 기간보다 2.8%", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 올해 1~5월")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (늘리고): this year's second half")
d.Q("4,260억 원", 426000000000, W, "원", "currency", ctx="매출 4,260억 원…", f=("매출", "상반기 매출 4,260", S, H1, "level", "required", "headline; its own 상반기"))
d.Q("200곳", 200, "곳", "곳", C, bound="gt",
    f=("매장", "매장 200곳", S, H1, "level", "required", "a brand's figure is the company's (README convention 6); 돌파 → gt; 상반기 carried across the …"))
d.Q("1,580억 원", 158000000000, W, "원", "currency", ctx="모아르 매출 1,580억 원", f=("모아르 매출", None, S, H1, "level", "required", "subheading; the headline's 상반기 carried"))
d.Q("21%", 21, "%", "%", P, ctx="대비 21%", f=("모아르 매출", None, S, H1, "change"))
d.Q("4,260억 원", 426000000000, W, "원", "currency", ctx="매출이 4,260억 원", f=("매출", "기준 매출이", S, H1, "level", "required", "연결 기준 outside the metric"))
d.Q("9.3%", 9.3, "%", "%", P, f=("매출", "기준 매출이", S, H1, "change"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익은", S, H1, "level"))
d.Q("7.3%", 7.3, "%", "%", P, f=("영업이익률", None, S, H1, "level"))
d.Q("1,580억 원", 158000000000, W, "원", "currency", ctx="'모아르'가 1,580억 원",
    f=("매출", "전체 매출의", S, H1, "level", "required", "브랜드별 breakdown item: the breakdown's measure, nearest mention"))
d.Q("21%", 21, "%", "%", P, ctx="21% 성장하며", f=("매출", "전체 매출의", S, H1, "change"))
d.Q("37%", 37, "%", "%", P, f=("매출", "전체 매출의", S, H1, "level", "required", "전체 매출의 37%를 차지: the brand's share of sales"))
d.Q("920억 원", 92000000000, W, "원", "currency", f=("매출", "노스릿지'의 매출", S, H1, "level", "required", "각각 pair of two brands: both the company's"))
d.Q("640억 원", 64000000000, W, "원", "currency", f=("매출", "노스릿지'의 매출", S, H1, "level"))
d.Q("203곳", 203, "곳", "곳", C, f=("모아르 매장 수", None, S, "2025-06", "level", "required", "as of 6월 말"))
d.Q("18곳", 18, "곳", "곳", C, f=("모아르 매장 수", None, S, "2025-06", "change", "required", "연초보다 = basis"))
d.Q("126곳", 126, "곳", "곳", C, f=("백화점 매장", None, S, "2025-06", "level", "required", "이 가운데: an item with its own noun"))
d.Q("77곳", 77, "곳", "곳", C, f=("가두점", None, S, "2025-06", "level"))
d.Q("5개", 5, "개", "개", C,
    f=("매장", "3개 매장", S, "2025-06", "level", "required", "the department stores are counterparties, no subject; period the last set for the company (6월 말)"))
d.Q("3개", 3, "개", "개", C, f=("매장", "3개 매장", S, "2025-06", "level"))
d.Q("35곳", 35, "곳", "곳", C,
    f=("중국과 베트남의 매장", None, S, H1, "level", "required", "entered through the subsidiary (을 통해): the company's stores; 상반기 in the same sentence"))
d.Q("190억 원", 19000000000, W, "원", "currency", approx=True, f=("해외 매출", None, S, H1, "level"))
d.Q("4.5%", 4.5, "%", "%", P, f=("해외 매출", None, S, H1, "level", "required", "상반기 매출의 4.5%: the share of the part named as the clause's subject"))
d.Q("2.8%", 2.8, "%", "%", P,
    f=("국내 의류 소매판매액", None, "", "2025-01/2025-05", "change", "required", "industry figure cited from the federation: empty subject"))
d.Q("230곳", 230, "곳", "곳", C, bound="min", f=("모아르 매장", None, S, "2025-H2", "level", "required", "the head's target; 하반기 중"))
d.Q("9천억 원", 900000000000, W, "원", "currency",
    f=("매출", "연간 매출", S, "2025-H2", "level", "optional", "open question 3: 연간 (the year 2025) names no DATE; the sentence's only DATE is 하반기"))

if __name__ == "__main__":
    write_all(docs)
