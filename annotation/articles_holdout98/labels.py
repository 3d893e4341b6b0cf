"""Gold labels of articles-holdout98, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout98/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shipbuilder: Q3 LNG-carrier orders and order backlog (연합뉴스 dateline)
d = Doc("001_a31d9fd6bdb059bd", "2025-10-16"); docs.append(d)
S = "한결중공업"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("카타르에너지", "카타르에너지", note="customer (로부터)")
d.O("클락슨리서치", "클락슨리서치", note="analysis firm, cited source (에 따르면)")
d.O("HD한국조선해양", "HD한국조선해양", note="rival, second of two with 각각")
d.O("한결엔지니어링", "한결엔지니어링", aliases="한결ENG", note="subsidiary (설계 자회사); short name defined with 이하 → aliases")
d.Oall("한결ENG", "한결엔지니어링", special={0: ("optional", "short name where it is defined with 이하: optional (ANNOTATION ORG span)"),
                                          1: ("required", "later use of the 이하 short name: required")})
d.O("코스닥", "코스닥", st="optional", note="a stock market run by an exchange: institution or business unit? (open question)")
Q3 = "2025-Q3"; R19 = "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="한결중공업, 3분기", rel=True, note="headline quarter without a year: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention; 에 outside")
d.D("16일", "2025-10-16", "day", rel=True, note="date of the announcement (밝혔다), not a period")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기 (optional in gold)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): the latest September-end before the document date")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("올해 1~9월", R19, "month", rel=True, note="올해 before a month is in the span; a range with ~ is one mention")
d.D("지난해 같은 기간", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="같은 기간 points back to 1~9월")
d.D("이 기간", R19, "month", rel=True, st="optional", anchor="2025-01-01", note="anaphor pointing back to 올해 1~9월 (like 같은 기간)")
d.D("상반기", "2025-H1", "half", ctx="의 상반기 매출", rel=True, note="bare half: the latest H1 on or before the document date")
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="a deadline in a future clause (까지): this year's end")
d.Q("9척", 9, "척", "척", C, ctx="LNG운반선 9척 수주", f=("LNG운반선", "3분기 LNG운반선", S, Q3, "level", "required", "counted noun; the headline's own 3분기"))
d.Q("38조", 38000000000000, W, "", "currency", ctx="38조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주잔고", None, S, Q3, "level"))
d.Q("9척", 9, "척", "척", C, ctx="운반선 9척을", f=("운반선", "(LNG) 운반선", S, Q3, "level", "required", "counted noun"))
d.Q("2조 3천억 원", 2300000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("수주액", None, S, Q3, "level", "required", "subject and period carried from the lead"))
d.Q("1조 5,800억 원", 1580000000000, W, "원", "currency",
    f=("수주액", None, S, "2024-Q3", "level", "required", "basis figure in brackets after 전년 동기: the period it is for (README convention 4)"))
d.Q("45.6%", 45.6, "%", "%", P, f=("수주액", None, S, Q3, "change", "required", "comparison: the current period"))
d.Q("6척", 6, "척", "척", C, f=("물량", None, S, Q3, "level", "required", "이 가운데: part of the Q3 orders; the customer (로부터) is no subject"))
d.Q("1조 5,400억 원", 1540000000000, W, "원", "currency", f=("물량", None, S, Q3, "level", "required", "규모 of the 물량"))
d.Q("38조 2천억 원", 38200000000000, W, "원", "currency", f=("수주 잔고", None, S, "2025-09", "level", "required", "as of 9월 말 (END)"))
d.Q("4조 원", 4000000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("수주 잔고", None, S, "2025-09", "change", "required", "지난해 말보다 = basis"))
d.Q("71%", 71, "%", "%", P, f=("LNG운반선", "선종별로는 LNG운반선", S, "2025-09", "level", "required",
    "breakdown item: share of the part named as the clause subject (README convention 5)"))
d.Q("3년", 3, "year", "년", "duration", approx=True, note="약 3년 치 일감: an amount of time; 약 and the suffix 치 outside → approx; no fact", f=None)
d.Q("31척", 31, "척", "척", C, f=("LNG운반선 발주량", "세계 LNG운반선 발주량", "", R19, "level", "required",
    "a world-market figure; the cited source gives no subject"))
d.Q("68척", 68, "척", "척", C, f=("LNG운반선 발주량", "세계 LNG운반선 발주량", "", "2024-01/2024-09", "level", "required",
    "basis in brackets after 지난해 같은 기간"))
d.Q("54%", 54, "%", "%", P, f=("LNG운반선 발주량", "세계 LNG운반선 발주량", "", R19, "change"))
d.Q("11척", 11, "척", "척", C, f=("수주", "8척을 수주했다", S, R19, "level", "required", "각각: first of the pair; 이 기간 → 1~9월; verbal noun as metric"))
d.Q("8척", 8, "척", "척", C, ctx="11척, 8척", f=("수주", "8척을 수주했다", "HD한국조선해양", R19, "level", "required", "각각: second of the pair"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("매출", "의 상반기 매출", "한결엔지니어링", "2025-H1", "level"))
d.Q("12%", 12, "%", "%", P, f=("매출", "의 상반기 매출", "한결엔지니어링", "2025-H1", "change"))
d.Q("4척", 4, "척", "척", C, bound="min", note="이상 → min",
    f=("LNG운반선", "LNG운반선 4척", S, "2025", "level", "required", "the CEO speaks for the company; 연말까지 → the year (END)"))
d.Q("5조 원", 5000000000000, W, "원", "currency", f=("목표", "연간 목표", S, "2025", "level", "required", "연간 qualifies the period: outside the metric"))

# ---------------------------------------------------------------- 002 cosmetics maker: duty-free and US sales (머니투데이 bracket byline, no year)
d = Doc("002_8ec2be111b8e7288", "2026-02-10"); docs.append(d)
S = "라온뷰티코리아"
d.O("라온뷰티", S, ctx="라온뷰티, 美", note="headline: the short name (defined later with 이하) of 라온뷰티코리아")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("라온뷰티코리아", S, aliases="라온뷰티", note="short name defined with 이하 → aliases")
d.O("라온뷰티", S, ctx="(이하 라온뷰티)", st="optional", note="the 이하 short name where it is defined: optional")
d.O("라온뷰티USA", "라온뷰티USA", ctx="법인 라온뷰티USA", note="US subsidiary (미국 법인); 미국 (place) outside")
d.O("아마존", "아마존", note="retailer (customer channel)")
d.O("코스트코", "코스트코", note="retailer (customer channel)")
d.O("관세청", "관세청", note="government body, cited source")
d.O("아모레퍼시픽", "아모레퍼시픽", note="rival (경쟁사), first of the 각각 pair")
d.O("LG생활건강", "LG생활건강", note="rival, second of the 각각 pair")
d.O("라온홀딩스", "라온홀딩스", note="parent (모회사)")
d.O("라온뷰티USA", "라온뷰티USA", ctx="올해 라온뷰티USA", note="the counterparty of the capital injection")
d.O("라온뷰티", S, ctx="김하늘 라온뷰티 대표", note="later use of the 이하 short name: required")
Y = "2025"
d.D("지난해", Y, "year", ctx="가 지난해 연결", rel=True)
d.D("10일", "2026-02-10", "day", rel=True, note="date of the disclosure (공시했다), not a period")
d.D("전년", "2024", "year", ctx="매출은 전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년 대비 21%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date gives 2025 (ANNOTATION Offsets), but the comparison means the year before 지난해 (2024): open question")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해", "2026", "year", ctx="모회사 라온홀딩스는 올해", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.D("3분기", "2026-Q3", "quarter", ctx="3분기부터는", rel=True, note="future clause (진출하겠다): the next Q3")
d.Q("두 배", 2, "배", "배", C, note="native numeral + counter 배",
    f=("美 매출", None, S, "", "change", "optional", "headline figure, no date in the headline and nothing earlier: empty by the letter of carry-forward, 지난해 by the story (open question)"))
d.Q("6,840억 원", 684000000000, W, "원", "currency", f=("매출", "기준 매출 6,840억", S, Y, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("512억 원", 51200000000, W, "원", "currency", f=("영업이익", "영업이익 512억", S, Y, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("매출", "매출은 전년보다", S, Y, "change"))
d.Q("18.2%", 18.2, "%", "%", P, f=("영업이익", "영업이익은 18.2%", S, Y, "change"))
d.Q("1,350억 원", 135000000000, W, "원", "currency", f=("면세점 매출", None, S, Y, "level", "required", "채널별로는: breakdown item with its own measure"))
d.Q("21%", 21, "%", "%", P, f=("면세점 매출", None, S, Y, "change"))
d.Q("19.7%", 19.7, "%", "%", P, f=("비중", "차지하는 비중", S, Y, "level"))
d.Q("7.4%포인트", 7.4, "%p", "%포인트", P, note="a fall written without a sign: value as written", f=("비중", "차지하는 비중", S, Y, "change"))
d.Q("1,930억 원", 193000000000, W, "원", "currency", f=("미국 매출", "반면 미국 매출", S, Y, "level"))
d.Q("2배", 2, "배", "배", C, approx=True, note="가까이 (nearly) read as an approximator → approx",
    f=("미국 매출", "반면 미국 매출", S, Y, "change"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("미국 매출", "4분기 미국 매출", S, "2025-Q4", "level", "required",
    "the company's US sales (the subsidiary sells them, the parent company reports them): subject carried"))
d.Q("102억 달러", 10200000000, U, "달러", "currency", f=("국내 화장품 수출액", None, "", Y, "level", "required", "national figure; cited source gives no subject"))
d.Q("100억 달러", 10000000000, U, "달러", "currency", bound="gt", note="돌파 → gt", f=("국내 화장품 수출액", None, "", Y, "level"))
d.Q("32%", 32, "%", "%", P, f=("미국 매출", "생활건강의 미국 매출", "아모레퍼시픽", Y, "change", "optional",
    "각각: first; no period set for this subject: empty by the letter of carry-forward or the paragraph's 지난해 (written); open question (re-read #10)"))
d.Q("11%", 11, "%", "%", P, f=("미국 매출", "생활건강의 미국 매출", "LG생활건강", Y, "change", "optional", "각각: second; period open as for 32% (re-read #10)"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("출자", "추가 출자", "라온홀딩스", "2026", "level", "required", "the parent injects the capital: its figure; the subsidiary is the counterparty; verbal noun as metric"))
d.Q("3천 곳", 3000, "곳", "곳", C, bound="min", note="이상 → min",
    f=("미국 입점 매장", None, S, "2026-H1", "level", "required", "the CEO speaks for the company; 상반기 안에 (a deadline) → the half"))

# ---------------------------------------------------------------- 003 credit-card company: card spending and delinquency (뉴스1 dateline)
d = Doc("003_2ebbedc5d7eec0d0", "2025-08-12"); docs.append(d)
S = "누리카드"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before 관계자")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("누리금융지주", "누리금융지주", note="parent financial holding (계열)")
d.O("여신금융협회", "여신금융협회", note="industry association, cited source")
d.O("신한카드", "신한카드", note="rival, first of the 각각 pair")
d.O("삼성카드", "삼성카드", note="rival, second of the 각각 pair")
H1 = "2025-H1"; JUN = "2025-06"
d.D("상반기", H1, "half", ctx="누리카드, 상반기", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2025-08-12", "day", rel=True, note="date of the disclosure, not a period")
d.D("6월 말", JUN, "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 상반기 (순이익 is a flow: the half, not 6월 말)")
d.D("상반기", H1, "half", ctx="따르면 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 시점", JUN, "month", mod="END", rel=True, st="optional", anchor="2025-06-30",
    note="anaphor pointing back to the as-of date 6월 말 (like 같은 기간): optional")
d.D("하반기", "2025-H2", "half", rel=True, note="a target (목표): future clause → the next (current) H2")
d.D("오는 9월", "2025-09", "month", rel=True, note="future: the next September")
d.Q("41조", 41000000000000, W, "", "currency", ctx="이용액 41조", st="optional", note="headline amount, currency implied",
    f=("카드 이용액", "상반기 카드 이용액", S, H1, "level"))
d.Q("1.92%", 1.92, "%", "%", P, ctx="연체율 1.92%로 상승",
    f=("연체율", "…연체율 1.92%", S, H1, "level", "optional", "headline figure after …: the headline's 상반기 or the body's 6월 말 (open question)"))
d.Q("41조 2,300억 원", 41230000000000, W, "원", "currency", f=("카드 이용액", "법인 카드 이용액", S, H1, "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("카드 이용액", "법인 카드 이용액", S, H1, "change", "required", "규모 refers back to the 이용액"))
d.Q("1개월", 1, "month", "개월", "duration", bound="min", note="이상 → min; a definition of the metric in brackets; duration: no fact", f=None)
d.Q("1.92%", 1.92, "%", "%", P, ctx="은 1.92%로", f=("연체율", "기준 연체율", S, JUN, "level", "required", "as of 6월 말"))
d.Q("1.61%", 1.61, "%", "%", P, f=("연체율", "기준 연체율", S, "2024", "level", "required", "basis in brackets after 지난해 말: its own date"))
d.Q("0.31%포인트", 0.31, "%p", "%포인트", P, f=("연체율", "기준 연체율", S, JUN, "change"))
d.Q("4.3%", 4.3, "%", "%", P, f=("현금서비스 연체율", None, S, JUN, "level", "required", "이 가운데: a part with its own measure; 6월 말 carried"))
d.Q("812억 원", 81200000000, W, "원", "currency", f=("순이익", None, S, H1, "level", "required", "같은 기간 → 상반기; subject carried"))
d.Q("13.5%", 13.5, "%", "%", P, f=("순이익", None, S, H1, "change"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("대손충당금 전입액", None, S, H1, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (새 outside); no fact", f=None)
d.Q("600억 원", 60000000000, W, "원", "currency", approx=True, note="가량 → approx", f=("대손충당금 전입액", None, S, H1, "change"))
d.Q("608조 원", 608000000000000, W, "원", "currency", f=("카드 승인액", None, "", H1, "level", "required", "국내 전체: a market total, no subject"))
d.Q("3.1%", 3.1, "%", "%", P, f=("카드 승인액", None, "", H1, "change"))
d.Q("1.45%", 1.45, "%", "%", P, f=("연체율", "삼성카드의 연체율", "신한카드", JUN, "level", "required", "각각: first; 같은 시점 → 6월 말"))
d.Q("1.12%", 1.12, "%", "%", P, f=("연체율", "삼성카드의 연체율", "삼성카드", JUN, "level", "required", "각각: second"))
d.Q("6.8%", 6.8, "%", "%", P, f=("시장점유율", None, S, H1, "level", "required",
    "신용판매 기준 is a basis modifier in brackets; the period last set for 누리카드 (같은 기간 → 상반기)"))
d.Q("7위", 7, "위", "위", "ordinal", note="rank: ordinal, no fact", f=None)
d.Q("1.7%", 1.7, "%", "%", P, approx=True, note="안팎 → approx", f=("연체율", "연체율을 1.7%", S, "2025-H2", "level", "required", "a target for 하반기"))
d.Q("20여 명", 20, "명", "명", C, approx=True, note="여 between number and counter: inside, approx",
    f=("리스크 관리 인력", None, S, "2025-09", "level", "required", "오는 9월부터"))

# ---------------------------------------------------------------- 004 chip-equipment maker: supply contract with a chipmaker (press release, 뉴스와이어)
d = Doc("004_b2d13566d9640265", "2025-09-03"); docs.append(d)
S = "세온테크"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "(대표 윤재혁) after it is no alias: outside")})
d.Oall("삼성전자", "삼성전자", special={0: ("required", "the customer (와 … 계약)"), 2: ("required", "owner of a site; 평택캠퍼스 (a place) not labelled"),
                                      3: ("required", "삼성전자향: the suffix 향 (bound for) is outside, like a particle")})
d.O("뉴스와이어", "뉴스와이어", note="press-release wire in the dateline (media)")
d.O("세온머티리얼즈", "세온머티리얼즈", note="subsidiary (부품 자회사)")
d.O("테크인사이츠", "테크인사이츠", note="market-research firm, cited source")
d.O("램리서치", "램리서치", note="rival, first of the 각각 pair")
d.O("도쿄일렉트론", "도쿄일렉트론", note="rival, second of the 각각 pair")
H1 = "2025-H1"
d.D("2025년 09월 03일", "2025-09-03", "day", note="release date in the dateline; not a period")
d.D("3일", "2025-09-03", "day", ctx="했다고 3일", rel=True, note="announcement date, not a period")
d.D("지난해", "2024", "year", rel=True)
d.D("9월 3일", "2025-09-03", "day", ctx="기간은 9월 3일", rel=True, note="A부터 B까지: two mentions; start of the contract term")
d.D("2026년 3월 31일", "2026-03-31", "day", note="end of the contract term")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("올해", "2025", "year", ctx="올해 삼성전자향", rel=True)
d.D("전년", "2024", "year", ctx="전년 전체", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해; 전체 is no date word")
d.D("상반기", H1, "half", rel=True, note="the latest H1 on or before the document date")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("올해", "2025", "year", ctx="따르면 올해", rel=True)
d.D("2027년", "2027", "year", note="a deadline (까지)")
d.Q("812억 원", 81200000000, W, "원", "currency", ctx="와 812억 원 규모 식각",
    f=("식각장비 공급계약", None, S, "", "level", "required", "규모 → the thing whose size it is; the supplier's contract; no date in the headline: empty"))
d.Q("812억 원", 81200000000, W, "원", "currency", ctx="와 812억 원 규모의",
    f=("식각장비 공급 계약", None, S, "", "level", "required",
       "the release date only dates the announcement; the contract term comes later (not searched forward): empty"))
d.Q("2,415억 원", 241500000000, W, "원", "currency", f=("매출액", None, S, "2024", "level", "required", "연결 is a basis modifier: outside"))
d.Q("33.6%", 33.6, "%", "%", P, f=("계약 금액", None, S, "", "level", "optional",
    "a ratio of the contract to last year's sales: the clause's 지난해 (2024, by the letter of the clause search) belongs to the denominator 매출액; empty written (open question)"))
d.Q("1,960억 원", 196000000000, W, "원", "currency", f=("수주 잔고", None, S, "2025-06", "level"))
d.Q("2,770억 원", 277000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("수주 잔고", None, S, "2025-06", "level", "required", "the clause's only DATE (6월 말): the backlog after adding this contract to it"))
d.Q("1,430억 원", 143000000000, W, "원", "currency", f=("삼성전자향 누적 수주액", None, S, "2025", "level", "required",
    "the customer's name changes what is measured: inside the metric; the customer is no subject"))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("삼성전자향 누적 수주액", None, S, "2024", "level", "required", "basis in brackets after 전년"))
d.Q("1,188억 원", 118800000000, W, "원", "currency", f=("매출", "상반기 매출", S, H1, "level"))
d.Q("164억 원", 16400000000, W, "원", "currency", f=("영업이익", None, S, H1, "level"))
d.Q("21.4%", 21.4, "%", "%", P, f=("매출", "매출은 전년 동기", S, H1, "change"))
d.Q("203억 원", 20300000000, W, "원", "currency", f=("매출", "기간 매출 203억", "세온머티리얼즈", H1, "level", "required", "같은 기간 → 상반기"))
d.Q("260억 달러", 26000000000, U, "달러", "currency", approx=True, note="약 → approx",
    f=("세계 식각장비 시장", None, "", "2025", "level", "required", "규모 → the market; a market figure: no subject"))
d.Q("5%", 5, "%", "%", P, ctx="규모로 5%", approx=True, note="안팎 → approx", f=("세계 식각장비 시장", None, "", "2025", "change", "required", "성장할: growth of the market"))
d.Q("45%", 45, "%", "%", P, f=("점유율", None, "램리서치", "", "level", "optional",
    "각각: first; no period set for 램리서치: empty by the letter of carry-forward (written) or the paragraph's 올해; open question (re-read #10)"))
d.Q("27%", 27, "%", "%", P, f=("점유율", None, "도쿄일렉트론", "", "level", "optional", "각각: second; period open as for 45% (re-read #10)"))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("해외 고객 비중", None, S, "2027", "level", "required", "the CEO (of the company named in the lead) speaks for it; 2027년까지"))

# ---------------------------------------------------------------- 005 subway operator: ridership and fare-related deficit (regional daily, 입력 stamp only)
d = Doc("005_ef816f15854b5371", "2025-12-03"); docs.append(d)
S = "대구교통공사"
d.O("매일신문", "매일신문", note="outlet in the byline line")
d.O(S, S, note="the metropolitan subway operator")
d.O("공사", S, ctx="공사가 추산한", st="optional", note="unnamed institution noun (the 공사) pointing back to 대구교통공사: optional")
d.O("공사", S, ctx="공사의 지난해", st="optional", note="unnamed institution noun: optional")
d.O("대구시", "대구시", note="a city acting as a government")
d.O("공사", S, ctx="공사 재정지원금", st="optional", note="unnamed institution noun: optional")
d.O("시의회", "대구시의회", st="optional", note="unnamed institution noun (ANNOTATION: 시의회 optional)")
d.O("대구교통시민연대", "대구교통시민연대", note="invented civic group, source of a quote")
d.O("정부", "정부", st="optional", note="unnamed institution noun (ANNOTATION: 정부 optional)")
R = "2025-01/2025-10"
d.D("2025.12.03", "2025-12-03", "day", note="the 입력 stamp's date: a calendar date written in the text; its clock time 09:15 is not labelled")
d.D("올해 1~10월", R, "month", rel=True)
d.D("지난해 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="같은 기간 points back to 1~10월")
d.D("2일", "2025-12-02", "day", rel=True, note="date of the announcement, not a period")
d.D("같은 기간", R, "month", ctx="같은 기간 약", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~10월")
d.D("지난해", "2024", "year", ctx="회수율은 지난해", rel=True)
d.D("지난해", "2024", "year", ctx="공사의 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년(", rel=True, st="optional", anchor="2024-01-01", note="points back to 지난해")
d.D("내년도", "2026", "year", rel=True, note="the budget year: 2026")
d.D("지난달", "2025-11", "month", rel=True, note="date of the submission, not a period")
d.D("현재", "2025-12-03", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("내년 6월", "2026-06", "month", rel=True)
d.Q("1억 3,260만 명", 132600000, "명", "명", C, f=("누적 이용객", None, S, R, "level", "required", "the operator's ridership"))
d.Q("3.8%", 3.8, "%", "%", P, f=("누적 이용객", None, S, R, "change"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate word (like 일인당): optional")
d.Q("43만 6천 명", 436000, "명", "명", C, f=("평균 이용객", None, S, R, "level", "required", "subject and period carried"))
d.Q("65세", 65, "세", "세", C, bound="min", st="optional",
    note="이상 → min; an age threshold defining the group counted (like a definitional range): no fact of its own (open question)")
d.Q("2,910만 명", 29100000, "명", "명", C, f=("무임승차 인원", None, S, R, "level", "required", "이 가운데: part of the ridership; carried"))
d.Q("21.9%", 21.9, "%", "%", P, f=("무임승차 인원", None, S, R, "level", "required", "전체의 N%: the share of the part named as the clause subject"))
d.Q("1,080억 원", 108000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("무임수송 손실액", None, S, R, "level", "required", "공사가 추산한: the operator's loss; 같은 기간 → 1~10월"))
d.Q("31.4%", 31.4, "%", "%", P, f=("운임 회수율", None, S, "2024", "level", "required", "subject dropped, carried (the operator)"))
d.Q("2,160억 원", 216000000000, W, "원", "currency", f=("당기순손실", None, S, "2024", "level"))
d.Q("1,940억 원", 194000000000, W, "원", "currency", f=("당기순손실", None, S, "2023", "level", "required", "basis in brackets after 전년"))
d.Q("220억 원", 22000000000, W, "원", "currency", f=("당기순손실", None, S, "2024", "change"))
d.Q("1,650억 원", 165000000000, W, "원", "currency", f=("재정지원금", None, "대구시", "2026", "level", "required",
    "an item of the city's budget for 내년도; the operator (공사) receives it: no subject"))
d.Q("1,500원", 1500, W, "원", "currency", f=("기본운임", None, S, "2025-12-03", "level", "optional",
    "whose fare: the operator's (written) or the city's, which sets it, or none (open question); 현재 → the document date"))
d.Q("1,700원", 1700, W, "원", "currency", f=("기본운임", None, S, "2026-06", "level", "optional", "as for 1,500원"))
d.Q("200원", 200, W, "원", "currency", f=("기본운임", None, S, "2026-06", "change", "optional", "as for 1,500원"))
d.Q("6곳", 6, "곳", "곳", C, f=("도시철도 운영기관", "전국 도시철도 운영기관", "", "", "level", "required",
    "operators taken together and not named: no subject; no date"))
d.Q("4천억 원", 400000000000, W, "원", "currency", bound="gt", note="넘는다 → gt",
    f=("무임수송 손실", "무임수송 손실이 연간", "", "", "level", "required", "the loss of the unnamed operators together; 연간 is a per-year rate, not a DATE: empty"))

# ---------------------------------------------------------------- 006 startup: Series B round and valuation (뉴시스 dateline)
d = Doc("006_d1e9ae4dd1f176e5", "2025-06-24"); docs.append(d)
S = "무브랩스"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("소프트뱅크벤처스", "소프트뱅크벤처스", note="lead investor")
d.O("KDB산업은행", "KDB산업은행", note="state bank, co-investor")
d.O("에이치브이파트너스", "에이치브이파트너스", note="invented fund manager (신생 운용사)")
d.Oall("CJ대한통운", "CJ대한통운", special={0: ("required", "customer; 물류센터 (generic) outside"), 1: ("required", "the customer placing an order")})
d.O("중소벤처기업부", "중소벤처기업부", note="government ministry, cited source")
H1 = "2025-H1"
d.D("2025년 상반기", H1, "half", note="the half of the record round (the present half)")
d.D("24일", "2025-06-24", "day", rel=True, note="announcement date, not a period")
d.D("2023년", "2023", "year")
d.D("지난해", "2024", "year", rel=True)
d.D("2년 전", "2023", "year", rel=True, st="optional",
    note="offset from the document date → 2023 (ANNOTATION Offsets); read against 지난해 it means 2022: open question")
d.D("올해 초", "2025", "year", mod="START", rel=True)
d.D("올해 1분기", "2025-Q1", "quarter", rel=True)
d.D("전년 동기", "2024-Q1", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 1분기")
d.D("내년 말", "2026", "year", mod="END", rel=True)
d.D("현재", "2025-06-24", "day", rel=True, st="optional", note="현재: optional, the document date")
d.Q("350억", 35000000000, W, "", "currency", ctx="350억 시리즈B", st="optional", note="headline amount, currency implied",
    f=("시리즈B", "350억 시리즈B", S, "", "level"))
d.Q("2천억 원", 200000000000, W, "원", "currency", ctx="2천억 원대", approx=True, note="suffix 원대 outside the span → approx",
    f=("기업가치", "유치…기업가치", S, "", "level", "optional",
       "headline figure, no date in the headline and nothing earlier: empty by the letter, 상반기 by the story (open question)"))
d.Q("350억 원", 35000000000, W, "원", "currency", ctx="인 350억 원의",
    f=("시리즈B 투자", None, S, H1, "level", "required", "the round the company raised; 2025년 상반기 in the sentence"))
d.Q("2,100억 원", 210000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("투자 후 기업가치", None, S, H1, "level", "required", "post-money: 투자 후 changes what is measured; period carried from the lead"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("기업가치", "후 기업가치", S, "2023", "level", "required",
    "basis in brackets after 2023년 시리즈A 당시: the valuation then"))
d.Q("4배", 4, "배", "배", C, bound="min", note="이상 → min", f=("투자 후 기업가치", None, S, H1, "change"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("누적 투자액", None, S, H1, "level", "required", "carried (as of this round)"))
d.Q("146억 원", 14600000000, W, "원", "currency", f=("매출", "지난해 매출", S, "2024", "level"))
d.Q("3배", 3, "배", "배", C, f=("매출", "지난해 매출", S, "2024", "change", "required", "subject and metric dropped, carried; 2년 전 is the basis"))
d.Q("62%", 62, "%", "%", P, f=("로봇 매출", "공급한 로봇 매출", S, "2024", "level", "required",
    "이 가운데: the share of the part named as the clause subject; the customer is no subject"))
d.Q("120대", 120, "대", "대", C, f=("로봇", "로봇 120대", "CJ대한통운", "2025", "level", "required",
    "the customer's own order (it ordered): its figure; 올해 초 → 2025 (START)"))
d.Q("2조 4,150억 원", 2415000000000, W, "원", "currency", f=("국내 벤처투자액", None, "", "2025-Q1", "level", "required", "national statistic: no subject"))
d.Q("12.7%", 12.7, "%", "%", P, f=("국내 벤처투자액", None, "", "2025-Q1", "change"))
d.Q("200억 원", 20000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("자금", "확보한 자금", S, "2026", "level", "required", "part of the raised funds (자금 중); no date in its clause: the sentence's 내년 말"))
d.Q("150명", 150, "명", "명", C, note="수준 is not an approximator in the list: approx false",
    f=("직원", "직원을 150명", S, "2026", "level", "required", "내년 말까지; the CEO speaks for the company"))
d.Q("84명", 84, "명", "명", C, f=("직원", "현재 직원은", S, "2025-06-24", "level", "required", "현재 → the document date"))

write_all(docs)
