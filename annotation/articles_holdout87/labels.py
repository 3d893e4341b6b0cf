"""Gold labels of articles-holdout87, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout87/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 steelmaker: crude steel output and product prices (연합뉴스 dateline)
d = Doc("001_2f0995ae8ae287c2", "2026-01-29"); docs.append(d)
S = "한강제철"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (사장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국철강협회", "한국철강협회", note="industry association cited as the source (에 따르면)")
d.O("현대자동차", "현대자동차", note="the customer")
d.O("포스코", "포스코", note="rival")
d.O("현대제철", "현대제철", note="rival")
d.O("한강특수강", "한강특수강", note="invented subsidiary introduced by 특수강 자회사")
d.D("지난해", "2025", "year", ctx="지난해 조강 1,852만t", rel=True, note="headline")
d.D("하반기", "2025-H2", "half", ctx="열연 가격 하반기", rel=True, note="headline half: the latest H2 on or before the document date")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년보다 3.4%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("3월", "2025-03", "month", ctx="3월부터", rel=True, note="A부터 B까지: two mentions; latest March on or before the document date")
d.D("5월", "2025-05", "month", ctx="5월까지", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기 들어", rel=True)
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 국내 조강", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter is in the span")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 올해 1분기")
d.D("1분기", "2026-Q1", "quarter", ctx="각각 1분기", rel=True, note="future clause (올리겠다): the current/next Q1")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True)
MP = "조강 생산량"
d.Q("1,852만t", 18520000, "t", "t", M, ctx="조강 1,852만t…", f=("조강", "지난해 조강", S, "2025", "level", "required", "headline topic; the headline's own 지난해"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="하반기 5.8%", f=("열연 가격", "열연 가격 하반기", "", "2025-H2", "change", "optional",
    "headline: the body gives this as the market's distribution price (empty subject), the headline's topic is 한강제철: open (README question 1)"))
d.Q("1,852만t", 18520000, "t", "t", M, ctx="생산량이 1,852만t", f=(MP, "조강 생산량이", S, "2025", "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=(MP, "조강 생산량이", S, "2025", "change", "required", "전년보다 = basis; the current period"))
d.Q("412만t", 4120000, "t", "t", M, f=("전기로 생산량", None, S, "2025", "level", "required", "이 가운데: a part of the company's output; subject and period carried"))
d.Q("22%", 22, "%", "%", P, f=("전기로 생산량", None, S, "2025", "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("3개월", 3, "month", "개월", "duration", approx=True, note="약 … 3개월간: 간 outside; duration, no fact")
d.Q("81만 원", 810000, W, "원", "currency", f=("열연강판 유통가격", None, "", "2025-12", "level", "required",
    "a market (distribution) price, not the company's own: empty subject; t당 is a rate word outside the span"))
d.Q("86만 원", 860000, W, "원", "currency", f=("열연강판 유통가격", None, "", "2025-06", "level", "required", "a basis figure in brackets after its date: that date"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="보다 5.8%", f=("열연강판 유통가격", None, "", "2025-12", "change", "required", "comparison: the current period (12월 말)"))
d.Q("90만~92만 원", 900000, W, "원", "currency", hi=920000, approx=True, note="range; 선 (level around) → approx",
    f=("후판", "후판은", "", "2025-12", "level", "required", "item named without a measure noun; the price level traded in the market; as-of date of the same sentence"))
d.Q("6,180만t", 61800000, "t", "t", M, approx=True, note="안팎 → approx",
    f=("국내 조강 생산량", None, "", "2025", "level", "required", "a national figure; the association is only the source"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): duration, no fact")
d.Q("4%", 4, "%", "%", P, ctx="약 4%", approx=True, f=("국내 조강 생산량", None, "", "2025", "change"))
d.Q("870만t", 8700000, "t", "t", M, bound="gt", note="넘었다 → gt",
    f=("중국산 철강재 수입", None, "", "2025", "level", "required", "national import figure; 같은 기간 → 2025"))
d.Q("10%", 10, "%", "%", P, bound="min", note="이상 → min",
    f=("주문량", None, "현대자동차", "2026-Q1", "change", "required", "the customer's own order (its request): subject the customer"))
d.Q("3만 원", 30000, W, "원", "currency", f=("열연 가격", "1분기 열연 가격", "포스코", "2026-Q1", "change", "required", "각각: the first of the pair"))
d.Q("2만 원", 20000, W, "원", "currency", ctx="3만 원, 2만 원", f=("열연 가격", "1분기 열연 가격", "현대제철", "2026-Q1", "change", "required", "각각: the second of the pair"))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("매출", "지난해 매출", "한강특수강", "2025", "level"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("영업이익", "영업이익 610억", "한강특수강", "2025", "level"))
d.Q("160만t", 1600000, "t", "t", M, approx=True, note="월 (per month) is a rate word outside the span; 수준 → approx",
    f=("조강 생산", "조강 생산을", S, "2026-H1", "level", "required", "the head speaks for the company; target for 올해 상반기"))

# ---------------------------------------------------------------- 002 securities firm: brokerage commissions and IB income ([머니투데이] bracket byline; no year anywhere)
d = Doc("002_db11c873fc6d3c6e", "2026-02-10"); docs.append(d)
S = "새솔투자증권"
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(S, S, aliases="새솔증권", note="full name; the short name defined with 이하 goes to aliases")
d.Oall("새솔증권", S, special={0: ("required", "headline: a short form of the name given in full in the text"),
                             1: ("optional", "short name where it is defined with 이하: optional by the guideline"),
                             3: ("required", "the party the parent invested in (에 출자)"),
                             4: ("required", "organization before a head's title (대표)")})
d.O("한국거래소", "한국거래소", note="exchange cited as the source; 코스피·코스닥 are markets, not labelled")
d.O("미래에셋증권", "미래에셋증권", note="rival")
d.O("키움증권", "키움증권", note="rival")
d.O("금융투자협회", "금융투자협회", note="association cited as the source (집계로)")
d.O("새솔금융지주", "새솔금융지주", note="invented parent (모회사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 순이익", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 위탁매매 수수료 수익", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년(1,760억", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="bare quarter: the latest Q3 on or before the document date")
d.D("같은 기간", "2025-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("직전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back: the quarter before 4분기 (like 전분기)")
d.D("지난해", Y, "year", ctx="지난해 위탁매매 수수료가", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", rel=True, note="inside the quote; the target year")
BR = "위탁매매 수수료"
d.Q("2,310억", 231000000000, W, "", "currency", ctx="순이익 2,310억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익", S, Y, "level"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("위탁매매 수수료 수익", None, S, Y, "level", "required", "genitive 새솔투자증권(이하 …)의"))
d.Q("14.2%", 14.2, "%", "%", P, f=("위탁매매 수수료 수익", None, S, Y, "change", "required", "전년 대비 = basis"))
d.Q("3,480억 원", 348000000000, W, "원", "currency", f=("IB(투자은행) 부문 수익", None, S, Y, "level", "required", "new paragraph: subject and period carried; the bracket is inside the metric's phrase"))
d.Q("1,050억 원", 105000000000, W, "원", "currency", f=("부동산PF 관련 수익", None, S, Y, "level", "required", "이 가운데: a part of the IB income"))
d.Q("820억 원", 82000000000, W, "원", "currency", f=("인수·주선 수수료", None, S, Y, "level"))
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("순이익", "연결 기준 순이익", S, Y, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("1,760억 원", 176000000000, W, "원", "currency", f=("순이익", "연결 기준 순이익", S, "2024", "level", "required", "a basis figure in brackets after 전년: that year"))
d.Q("31%", 31, "%", "%", P, f=("순이익", "연결 기준 순이익", S, Y, "change"))
d.Q("930억 원", 93000000000, W, "원", "currency", f=(BR, "위탁매매 수수료는 930억", S, "2025-Q4", "level"))
d.Q("18%", 18, "%", "%", P, f=(BR, "위탁매매 수수료는 930억", S, "2025-Q4", "change", "required", "3분기보다 = basis"))
d.Q("24조 원", 24000000000000, W, "원", "currency", approx=True, note="가량 → approx (written without a space)",
    f=("거래대금", None, "", "2025-Q4", "level", "required", "a market figure; the exchange is the source; 같은 기간 → 4분기; 일평균 is a basis modifier, outside"))
d.Q("20%", 20, "%", "%", P, approx=True, f=("거래대금", None, "", "2025-Q4", "change"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=(BR, "지난해 위탁매매 수수료가", "미래에셋증권", Y, "level", "required", "각각: the first of the pair"))
d.Q("9,400억 원", 940000000000, W, "원", "currency", f=(BR, "지난해 위탁매매 수수료가", "키움증권", Y, "level", "required", "각각: the second of the pair"))
d.Q("60곳", 60, "곳", "곳", C, f=("국내 증권사", None, "", Y, "level", "optional",
    "a count that defines the group whose total follows (60곳의 자기자본 합계): own fact or part of the metric? open (README question 2)"))
d.Q("90조 원", 90000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("자기자본 합계", None, "", Y, "level", "required", "several firms taken together, not named: empty subject; 지난해 말 기준"))
d.Q("2,000억 원", 200000000000, W, "원", "currency", f=("출자", "출자했다", "새솔금융지주", "2025-12", "level", "required",
    "verbal noun as metric; the parent is the investor; the subsidiary is the counterparty"))
d.Q("4,000억 원", 400000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("IB 수익", None, S, "2026", "level", "required", "the head's target speaks for the company"))

# ---------------------------------------------------------------- 003 webtoon platform: paying users and overseas transactions (뉴스1 dateline)
d = Doc("003_ef331fb5d70118ac", "2026-04-23"); docs.append(d)
S = "툰플래닛"
d.Oall(S, S, skip=(3,), special={0: ("required", "headline topic before a comma"), 1: ("required", "a platform run as a business (웹툰 플랫폼)"),
                                5: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("플래닛엔터테인먼트", "플래닛엔터테인먼트", note="invented parent (모회사)")
d.O("툰플래닛재팬", "툰플래닛재팬", note="invented Japanese subsidiary (일본 법인); 일본 is a place, outside")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited for an industry estimate")
d.O("네이버웹툰", "네이버웹툰", note="rival")
d.O("카카오엔터테인먼트", "카카오엔터테인먼트", note="rival")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="툰플래닛, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년 1분기")
d.D("23일", "2026-04-23", "day", rel=True, note="day of the announcement (발표한)")
d.D("1분기", Q1, "quarter", ctx="툰플래닛의 1분기", rel=True)
d.D("전년 같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 1분기")
d.D("지난 3월", "2026-03", "month", rel=True)
d.D("1년 전", "2025", "year", rel=True, note="offset from the document date: an amount of time + 전 is a DATE, that year")
d.D("전분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back: the quarter before 1분기")
d.D("지난해", "2025", "year", rel=True)
d.D("오는 7월", "2026-07", "month", rel=True, note="future (오는)")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (…까지 넘기겠다): this year's end")
d.Q("312만명", 3120000, "명", "명", C, f=("유료 이용자", "1분기 유료 이용자", S, Q1, "level", "required", "headline topic; the headline's own 1분기"))
d.Q("40%", 40, "%", "%", P, f=("해외 거래액", "해외 거래액 40%", S, Q1, "change", "required", "headline"))
UU = "유료 이용자 수"
d.Q("312만 명", 3120000, "명", "명", C, f=(UU, None, S, Q1, "level", "required", "genitive 툰플래닛의; 월평균 is a basis modifier, outside the metric"))
d.Q("268만 명", 2680000, "명", "명", C, f=(UU, None, S, "2025-Q1", "level", "required", "a basis figure in brackets after 전년 동기: that quarter"))
d.Q("16.4%", 16.4, "%", "%", P, f=(UU, None, S, Q1, "change", "required", "subject dropped: carried from the sentence before"))
OV = "해외 거래액"
d.Q("1,140억 원", 114000000000, W, "원", "currency", f=(OV, "툰플래닛의 1분기 해외 거래액", S, Q1, "level", "required", "the platform's figure reported by its parent"))
d.Q("40.2%", 40.2, "%", "%", P, f=(OV, "툰플래닛의 1분기 해외 거래액", S, Q1, "change"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=(OV, "툰플래닛의 1분기 해외 거래액", S, Q1, "level", "required", "지역별로는: a region is a part, no subject of its own; the breakdown's measure"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=(OV, "툰플래닛의 1분기 해외 거래액", S, Q1, "level"))
d.Q("한 달", 1, "month", "달", "duration", note="native numeral; duration (한 달에만), no fact")
d.Q("230억 원", 23000000000, W, "원", "currency", f=("거래액", "툰플래닛재팬의 거래액", "툰플래닛재팬", "2026-03", "level", "required", "the subsidiary's own figure (genitive)"))
d.Q("890억 원", 89000000000, W, "원", "currency", f=("국내 거래액", None, S, Q1, "level", "required", "new paragraph: the platform's last period (1분기) carried, not the subsidiary's 3월"))
d.Q("2%", 2, "%", "%", P, ctx="2% 줄었다", f=("국내 거래액", None, S, Q1, "change", "required", "1년 전보다 = basis; the current period"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional by the guideline; 당 outside")
d.Q("1만 2,300원", 12300, W, "원", "currency", f=("결제액", None, S, Q1, "level", "required", "이용자 1인당 월평균: rate and basis words outside the metric"))
d.Q("800원", 800, W, "원", "currency", f=("결제액", None, S, Q1, "change", "required", "전분기 대비 = basis"))
d.Q("2조 2,000억 원", 2200000000000, W, "원", "currency", approx=True,
    f=("국내 웹툰 산업 매출", None, "", "2025", "level", "required", "an industry figure; the agency only estimates it"))
d.Q("1억 5,000만 명", 150000000, "명", "명", C, approx=True, note="안팎 after the pair read as applying to both (각각 A, B 안팎)",
    f=("글로벌 월간 이용자", None, "네이버웹툰", "", "level", "required", "각각: the first; no period stated for this subject: empty"))
d.Q("8,000만 명", 80000000, "명", "명", C, approx=True, note="안팎 → approx",
    f=("글로벌 월간 이용자", None, "카카오엔터테인먼트", "", "level", "required", "각각: the second; no period stated: empty"))
d.Q("400만 명", 4000000, "명", "명", C, bound="gt", note="넘기겠다 → gt",
    f=("유료 이용자", "유료 이용자 400만", S, "2026", "level", "required", "target by 연말 (2026 END); the head speaks for the platform"))

# ---------------------------------------------------------------- 004 provincial education office: next year's budget (전북일보 page: 입력 stamp + byline line; the year only in the stamp)
d = Doc("004_47b964264a2b06ad", "2025-11-12"); docs.append(d)
S = "전북특별자치도교육청"
d.Oall("전북교육청", S, special={0: ("required", "headline: the short form of the name given in full in the text"),
                               1: ("optional", "short name where it is defined with 이하: optional by the guideline"),
                               2: ("required", "organization before an official's title")})
d.O("전북일보", "전북일보", note="regional daily in the byline line")
d.O(S, S, aliases="전북교육청", note="full name; the 이하 short name goes to aliases")
d.O("도의회", "도의회", ctx="12일 도의회", st="optional", note="unnamed institution noun (like 시의회): optional")
d.O("교육부", "교육부", note="government body (the payer of the grant)")
d.O("전북특별자치도", "전북특별자치도", ctx="전북특별자치도 전입금", note="a province acting as a government (it transfers funds)")
d.O("한국지방교육재정연구원", "한국지방교육재정연구원", note="invented research institute cited for a forecast")
d.O("도의회 교육위원회", "도의회 교육위원회", st="optional", note="a committee of an unnamed council (도의회): open whether the committee name alone is a named ORG (README question 3)")
d.D("내년", "2026", "year", ctx="내년 예산", rel=True, note="headline")
d.D("올해", "2025", "year", ctx="…올해보다", rel=True, note="headline, the basis")
d.D("2025.11.12", "2025-11-12", "day", note="the 입력 stamp: a calendar date written in the text; the clock time 14:05 is not labelled")
d.D("내년도", "2026", "year", rel=True, note="내년도 (next fiscal year): the year after the document's")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the submission")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True)
d.D("올해", "2025", "year", ctx="올해보다 35%", rel=True)
d.D("4월 1일", "2025-04-01", "day", rel=True, note="as of (기준): a past date")
d.D("5년 전", "2020", "year", rel=True, note="offset from the document date: that year")
d.D("올해", "2025", "year", ctx="올해 신입생", rel=True)
d.D("내년", "2026", "year", ctx="내년 교부금", rel=True)
d.D("오는 12월 15일", "2025-12-15", "day", rel=True, note="future (오는): the next 12-15")
NB = "2026"
d.Q("4조 6,120억", 4612000000000, W, "", "currency", ctx="예산 4조 6,120억 편성", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산", S, NB, "level"))
d.Q("2.8%", 2.8, "%", "%", P, ctx="올해보다 2.8%", f=("예산", "내년 예산", S, NB, "change", "required", "headline: the short form names the office; 올해보다 = basis"))
d.Q("4조 6,120억 원", 4612000000000, W, "원", "currency", f=("본예산", "내년도 본예산", S, NB, "level", "required", "the budget year 내년도 is the period"))
d.Q("4조 4,860억 원", 4486000000000, W, "원", "currency", f=("본예산", "올해 본예산", S, "2025", "level", "required", "a figure in brackets after a noun with its date: that noun and date"))
d.Q("1,260억 원", 126000000000, W, "원", "currency", f=("본예산", "내년도 본예산", S, NB, "change", "required", "…늘어난 규모다: the thing whose size it is (the budget), not 규모"))
d.Q("2.8%", 2.8, "%", "%", P, ctx="(2.8%)", f=("본예산", "내년도 본예산", S, NB, "change", "required", "a rate of the same change in brackets: not a conversion (another unit)"))
d.Q("3조 5,400억 원", 3540000000000, W, "원", "currency", f=("보통교부금", None, S, NB, "level", "required", "a revenue item of the office's budget: the budget owner's figure; the ministry is the payer"))
d.Q("76.8%", 76.8, "%", "%", P, f=("보통교부금", None, S, NB, "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("전입금", None, S, NB, "level", "required", "subject dropped (잡았다): the office; the province is the payer, its name outside the metric"))
d.Q("2조 7,900억 원", 2790000000000, W, "원", "currency", f=("인건비", None, S, NB, "level", "required", "세출 가운데: an item of the budget"))
d.Q("3,150억 원", 315000000000, W, "원", "currency", f=("학교 시설 개선", None, S, NB, "level", "required", "what the money is allotted to (배정)"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("노후 냉난방기 교체", None, S, NB, "level", "required", "이 가운데: a part"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("늘봄학교 운영비", None, S, NB, "level", "required", "늘봄학교 is a program, no ORG"))
d.Q("35%", 35, "%", "%", P, f=("늘봄학교 운영비", None, S, NB, "change", "required", "올해보다 = basis; the budget year is the current period"))
d.Q("17만 8,400명", 178400, "명", "명", C, f=("도내 초·중·고 학생 수", None, "", "2025-04-01", "level", "required",
    "students in the province (a place's statistic), not the office's own figure: empty subject; 4월 1일 기준"))
d.Q("2만 1,000명", 21000, "명", "명", C, approx=True, f=("도내 초·중·고 학생 수", None, "", "2025-04-01", "change", "required", "5년 전보다 = basis"))
d.Q("10명", 10, "명", "명", C, bound="max", note="이하 → max",
    f=("신입생", None, "", "2025", "level", "optional", "a threshold that defines the counted group: FACTS' definitional ranges have no fact, its 1억 위안 이상 example has one: open (README question 4)"))
d.Q("157곳", 157, "곳", "곳", C, f=("신입생이 10명 이하인 초등학교", None, "", "2025", "level", "required", "the counted noun with its definitional part; schools of the province: empty subject"))
d.Q("17개", 17, "개", "개", C, f=("시도교육청", None, "", NB, "level", "optional",
    "a count that defines the group whose total follows (17개 시도교육청의 … 총액): open (README question 2)"))
d.Q("72조 원", 72000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("교부금 총액", None, "", NB, "level", "required", "all offices taken together, not named: empty subject; the institute only forecasts it"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional by the guideline; 당 outside")
d.Q("1,500만 원", 15000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("교육비", None, S, NB, "level", "optional",
       "the official speaks for the office; no date in the quote: the office's last period (내년도, 2026) by carry-forward, or the present year? open (README question 5)"))

# ---------------------------------------------------------------- 005 defense company: export contract with a Middle East customer (뉴시스 dateline)
d = Doc("005_7d0267c1aa30ff19", "2025-12-09"); docs.append(d)
S = "한울디펜스"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 1: ("required", "invented subsidiary (방산 자회사)"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한울중공업", "한울중공업", note="invented parent (genitive before 방산 자회사)")
d.O("사우디아라비아 국방부", "사우디아라비아 국방부",
    note="the customer; the state's name is part of a ministry's official name (like 미국 항공우주국); bare 사우디 elsewhere is a country, not labelled")
d.O("한국방위산업진흥회", "한국방위산업진흥회", note="association cited as the source")
d.O("LIG넥스원", "LIG넥스원", note="rival")
d.O("한화에어로스페이스", "한화에어로스페이스", note="rival")
d.O("한국수출입은행", "한국수출입은행", note="state lender financing the deal")
d.D("9일", "2025-12-09", "day", rel=True, note="day of the disclosure (공시했다): not a fact period")
d.D("2024년", "2024", "year")
d.D("2026년 7월", "2026-07", "month", note="A부터 B까지: two mentions")
d.D("2030년 12월", "2030-12", "month")
d.D("2026년 하반기", "2026-H2", "half")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해 3분기", "2025-Q3", "quarter", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~10월")
d.D("같은 기간", "2025-01/2025-10", "month", ctx="도 같은 기간", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~10월")
d.D("2027년", "2027", "year")
d.Q("1.9조", 1900000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("수출", "1.9조 수출", S, "", "level"))
d.Q("1조 9,300억 원", 1930000000000, W, "원", "currency",
    f=("자주포 수출 계약", None, S, "", "level", "required", "규모: the thing whose size it is; the customer is the counterparty; 9일 only dates the disclosure: empty period"))
d.Q("1조 5,800억 원", 1580000000000, W, "원", "currency", f=("매출", "2024년 매출", S, "2024", "level", "required", "a figure in brackets after a noun with its date"))
d.Q("1.2배", 1.2, "배", "배", C, f=("금액", "해당하는 금액", S, "", "level", "required", "a ratio of the contract amount to last year's sales: the contract's (undated) figure, level"))
d.Q("96문", 96, "문", "문", C, f=("자주포", "K-SP9 자주포", S, "", "level", "required",
    "a list under the generic 계약 물량: each item's counted noun is its metric (README convention 3); K-SP9 is a product code"))
d.Q("48대", 48, "대", "대", C, f=("탄약운반차", None, S, "", "level"))
d.Q("24문", 24, "문", "문", C, f=("초도 물량", None, S, "2026-H2", "level", "required", "delivery period of the first lot"))
d.Q("30%", 30, "%", "%", P, approx=True, f=("조립", "조립한다", S, "2026-H2", "level", "optional",
    "이 가운데: a share of the first lot (2026-H2) or of the whole contract (no period)? open (README question 6); verbal noun as metric"))
BL = "수주 잔고"
d.Q("4조 1,000억 원", 4100000000000, W, "원", "currency", f=(BL, None, S, "2025-09", "level", "required", "9월 말 기준"))
d.Q("6조 원", 6000000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=(BL, None, S, "2025-09", "level", "optional",
       "the backlog after the contract: the clause's 9월 말 by the letter of the search order, though the level is the present one: open (README question 7)"))
d.Q("38%", 38, "%", "%", P, f=("수출 비중", None, S, "2025-Q3", "level", "required", "올해 3분기 누적 매출의 38%"))
d.Q("50%", 50, "%", "%", P, approx=True, note="안팎 → approx", f=("수출 비중", None, S, "2026", "level", "required", "outlook for 내년"))
EX = "국내 방산 수출 수주액"
d.Q("180억 달러", 18000000000, U, "달러", "currency", approx=True, f=(EX, None, "", "2025-01/2025-10", "level", "required", "a national figure; the association is the source"))
d.Q("25%", 25, "%", "%", P, f=(EX, None, "", "2025-01/2025-10", "change", "required", "전년 같은 기간보다 = basis"))
d.Q("4조 2,000억 원", 4200000000000, W, "원", "currency", f=("계약", "원대 계약", "LIG넥스원", "2025-01/2025-10", "level", "required", "각각: the first; 같은 기간 → 1~10월"))
d.Q("8조 원", 8000000000000, W, "원", "currency", approx=True, note="원대: the suffix 대 outside the span, approx",
    f=("계약", "원대 계약", "한화에어로스페이스", "2025-01/2025-10", "level", "required", "각각: the second"))
d.Q("15억 달러", 1500000000, U, "달러", "currency", bound="max", note="한도 (a ceiling) → max",
    f=("금융", "한도의 금융", "한국수출입은행", "", "level", "required", "a limit of the lender's financing: the thing whose limit it is; no date: empty"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="연 1조 원", note="연 (per year) is a rate word outside the span",
    f=("중동 매출", None, S, "2027", "level", "required", "target by 2027년; the head speaks for the company"))

# ---------------------------------------------------------------- 006 telecom: 5G subscribers and ARPU (press release with a dotted date line)
d = Doc("006_aa8d0a612c4d7a3c", "2026-02-05"); docs.append(d)
S = "한결텔레콤"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 1: ("required", "the issuer in the release line; 홍보팀 (a team) outside"),
                      2: ("required", "(대표 오세훈) is a person, not an alias")})
d.O("한결모바일", "한결모바일", note="invented MVNO subsidiary (알뜰폰 자회사)")
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry cited for national statistics")
d.O("SK텔레콤", "SK텔레콤", note="rival")
d.O("KT", "KT", ctx="KT의", note="rival")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="…4분기", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("2026. 2. 5", "2026-02-05", "day", note="the release's dotted date; the final dot is left outside as punctuation")
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준)")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement")
d.D("4분기", Q4, "quarter", ctx="4분기 무선", rel=True)
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("1월 말", "2026-01", "month", mod="END", rel=True, note="as of (현재): a past month-end")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (구축한다): this year's end")
d.D("2027년", "2027", "year")
G = "5G 가입자"
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=(G, "텔레콤, 5G 가입자", S, "", "level", "optional",
       "headline figure whose date (2025년 말) is given only later in the body: empty by the letter of the search order, or 2025? open (README question 8)"))
d.Q("3만1,240원", 31240, W, "원", "currency", f=("ARPU", "4분기 ARPU", S, Q4, "level", "required", "headline; its own 4분기"))
d.Q("1,012만 명", 10120000, "명", "명", C, f=(G, "기준 5G 가입자가", S, "2025", "level", "required", "2025년 말 기준 (value 2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: duration, no fact")
d.Q("118만 명", 1180000, "명", "명", C, f=(G, "기준 5G 가입자가", S, "2025", "change"))
d.Q("1,540만 명", 15400000, "명", "명", C, f=("전체 휴대폰 가입자", None, S, "2025", "level", "required", "subject and as-of date carried"))
d.Q("65.7%", 65.7, "%", "%", P, f=("", None, S, "2025", "level", "required",
    "A 가운데 N%가 5G를 쓴다: no noun names the share (only a verb): empty metric"))
AR = "무선 ARPU"
d.Q("3만 1,240원", 31240, W, "원", "currency", f=(AR, None, S, Q4, "level", "required", "the alias in brackets is not part of the metric"))
d.Q("1.6%", 1.6, "%", "%", P, f=(AR, None, S, Q4, "change"))
d.Q("5.3%포인트", 5.3, "%p", "%포인트", P, f=("5G 가입자 비중", "5G 가입자 비중은", S, Q4, "change", "required", "같은 기간 → 4분기"))
d.Q("6조 3,800억 원", 6380000000000, W, "원", "currency", f=("무선 서비스 매출", None, S, "2025", "level", "required",
    "연간 (outside the metric) makes it the story's year: 2025 (the year of 2025년 말), not the carried 4분기"))
d.Q("9,120억 원", 912000000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level", "required", "same sentence as the annual revenue"))
d.Q("212만 명", 2120000, "명", "명", C, f=("가입자", "한결모바일의 가입자", "한결모바일", "2026-01", "level", "required", "the subsidiary's own figure; 1월 말 현재"))
d.Q("3,690만 명", 36900000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("국내 5G 가입자", None, "", "2025-12", "level", "required", "a national statistic; the ministry is the source"))
d.Q("1,700만 명", 17000000, "명", "명", C, approx=True, note="안팎 after the pair read as applying to both",
    f=(G, "KT의 5G 가입자", "SK텔레콤", "2025-12", "level", "optional",
       "각각: the first; undated, after a dated market figure: its 지난해 12월 (written) or empty (no period set for this subject)? open (README question 9)"))
d.Q("1,050만 명", 10500000, "명", "명", C, approx=True, note="안팎 → approx",
    f=(G, "KT의 5G 가입자", "KT", "2025-12", "level", "optional", "각각: the second; open as the first (README question 9)"))
d.Q("3만 원", 30000, W, "원", "currency", ctx="3만 원대", approx=True, note="원대: the suffix 대 outside the span, approx",
    f=("5G 요금제", None, S, "2026-H1", "level", "optional", "a price band that defines the plans (definitional): FACTS gives definitional ranges no fact"))
d.Q("2종", 2, "종", "종", C, f=("5G 요금제", None, S, "2026-H1", "level", "required", "the counted noun; 올해 상반기 중"))
d.Q("28㎓", 28, "GHz", "㎓", M, f=("기지국", None, S, "2026", "level", "optional", "a frequency band that defines the base stations (definitional): no fact"))
d.Q("1,500곳", 1500, "곳", "곳", C, f=("기지국", None, S, "2026", "level", "required", "연말까지 (2026, END)"))
d.Q("80%", 80, "%", "%", P, f=("5G 가입자 비중", "2027년 5G 가입자 비중", S, "2027", "level", "required", "target; the head speaks for the company"))

write_all(docs)
