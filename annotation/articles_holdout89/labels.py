"""Gold labels of articles-holdout89, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout89/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline: passengers and fuel costs (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_39dc091fbc34743c", "2026-01-21"); docs.append(d)
S = "청람항공"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "genitive: 청람항공의 모회사"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("국토교통부", "국토교통부", note="government body cited as the source (에 따르면)")
d.O("제주항공", "제주항공", note="rival (경쟁사인), first of a 각각 pair")
d.O("티웨이항공", "티웨이항공", note="rival, second of the 각각 pair")
d.O("청람홀딩스", "청람홀딩스", note="invented parent (모회사인)")
Y = "2025"
d.D("지난해", Y, "year", ctx="청람항공, 지난해", rel=True, note="headline: the year before 2026-01-21")
d.D("2025년 한 해", Y, "year", note="year + 한 해 read as one mention, by analogy with 올 한해 (README convention 9 / open question 1)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(918만", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's 2025")
d.D("전년", "2024", "year", ctx="전년보다 2.3%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; a plan (계획이다) in the current quarter")
d.D("올해", "2026", "year", ctx="올해 여객", rel=True)
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", f=("여객", "지난해 여객", S, Y, "level", "required", "headline: its own 지난해; 돌파 → gt"))
d.Q("18%", 18, "%", "%", P, f=("유류비", "유류비는 18%", S, Y, "change", "required", "headline: across the … the headline's 지난해 and 청람항공"))
d.Q("1,062만 명", 10620000, "명", "명", C, f=("여객", "여객 1,062만", S, Y, "level"))
d.Q("918만 명", 9180000, "명", "명", C,
    f=("여객", "여객 1,062만", S, "2024", "level", "required", "basis figure in brackets after 전년: that year (README convention 4)"))
d.Q("15.7%", 15.7, "%", "%", P, f=("여객", "여객 1,062만", S, Y, "change", "required", "전년 = basis; the current period"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", f=("여객", "여객 1,062만", S, Y, "level", "required", "넘어섰다 → gt; a threshold passed"))
d.Q("684만 명", 6840000, "명", "명", C, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "이 가운데: a part with its own measure noun"))
d.Q("64%", 64, "%", "%", P, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "전체의 N%: the share of the part named before it"))
d.Q("312만 명", 3120000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "노선별로는: a route is a part, not a measure; the breakdown's measure (README convention 3)"))
d.Q("197만 명", 1970000, "명", "명", C, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "second of the 각각 pair"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("유류비", "유류비는 4,870억", S, Y, "level", "required", "반면: same company, same year"))
d.Q("18.2%", 18.2, "%", "%", P, f=("유류비", "유류비는 4,870억", S, Y, "change", "required", "같은 기간 → 2025"))
d.Q("31.5%", 31.5, "%", "%", P, f=("비중", "차지하는 비중", S, Y, "level"))
d.Q("2.3%포인트", 2.3, "%p", "%포인트", P, f=("비중", "차지하는 비중", S, Y, "change"))
d.Q("90달러", 90, U, "달러", "currency", approx=True,
    f=("항공유 가격", None, "", "", "level", "optional", "a market price: no subject; undated (no DATE for this metric) — open question 2"))
d.Q("1,400원", 1400, W, "원", "currency", approx=True, note="원대: suffix after the unit stays outside and sets approx",
    f=("환율", None, "", "", "level", "optional", "an exchange rate: no subject; undated — open question 2"))
d.Q("10곳", 10, "곳", "곳", C, f=("국적 항공사", None, "", Y, "level", "required", "count of the airlines taken together, not named: no subject"))
d.Q("6,780만 명", 67800000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 모두", "", Y, "level", "required", "national total from the ministry: airlines taken together, not named"))
d.Q("1,420만 명", 14200000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 모두", "제주항공", Y, "level", "required", "실어 날랐다: no noun of its own; the previous sentence's measure (open question 3)"))
d.Q("1,150만 명", 11500000, "명", "명", C, f=("국제선 여객", "국제선 여객은 모두", "티웨이항공", Y, "level", "required", "각각: second subject"))
d.Q("3대", 3, "대", "대", C, f=("항공기", "항공기 3대", "청람홀딩스", "2026-Q1", "level", "required", "the parent is the sentence's subject"))
d.Q("28대", 28, "대", "대", C, f=("보유 대수", None, "청람홀딩스", "2026-Q1", "level"))
d.Q("1,200만 명", 12000000, "명", "명", C, bound="min", f=("여객", "올해 여객", S, "2026", "level", "required", "the head speaks for the airline; 이상 → min"))

# ---------------------------------------------------------------- 002 builder: new orders and housing supply ([머니투데이] bracket byline, no year anywhere)
d = Doc("002_9f868fccce72837c", "2026-02-05"); docs.append(d)
S = "한결건설"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a head's title (대표)")})
d.o[1]["aliases"] = "한결"  # 한결건설(이하 한결): the defined short name is an alias
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한결", S, ctx="(이하 한결)", st="optional", note="short name defined with 이하: optional where defined")
d.O("한결", S, ctx="한결은 지난해", note="later use of the 이하-defined short name: required, canonical the full name")
d.O("아람코", "아람코", note="customer (발주한); 사우디아라비아 is a place, outside the span")
d.O("부동산R114", "부동산R114", note="research firm cited as the source; digits inside a name")
d.O("한결이앤씨", "한결이앤씨", note="invented subsidiary (자회사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="한결건설, 지난해", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="한결)이 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 1조", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="한결은 지난해", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before 2026-02-05")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="한결이앤씨는 지난해", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (까지 … 유지하겠다): this year's end")
d.Q("9.8조", 9800000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("73%", 73, "%", "%", P, ctx="계획의 73%",
    f=("주택 공급", "주택 공급은 계획의", S, Y, "level", "required", "headline: its own 지난해 and 한결건설; supply against plan"))
d.Q("9조 8,400억 원", 9840000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주 9조", S, Y, "level"))
d.Q("9조 원", 9000000000000, W, "원", "currency",
    f=("목표", "연간 목표", S, Y, "level", "required", "연간 qualifies the period only: outside the metric"))
d.Q("9.3%", 9.3, "%", "%", P,
    f=("신규 수주", "지난해 신규 수주 9조", S, Y, "change", "required", "웃돌았고: the orders exceed the target by 9.3% — a difference (open question 4)"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주 9조", S, Y, "change", "required", "늘었다; 전년 = basis"))
d.Q("6조 2,100억 원", 6210000000000, W, "원", "currency",
    f=("신규 수주", "지난해 신규 수주 9조", S, Y, "level", "required", "부문별로는: a sector is a part, not a measure (README convention 3)"))
d.Q("63%", 63, "%", "%", P, f=("신규 수주", "지난해 신규 수주 9조", S, Y, "level", "required", "전체의 63%: share of the orders; the part has no measure noun"))
d.Q("2조 300억 원", 2030000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주 9조", S, Y, "level", "required", "각각, first"))
d.Q("1조 6,000억 원", 1600000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주 9조", S, Y, "level", "required", "각각, second"))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency",
    f=("가스 처리시설 공사", None, S, Y, "level", "required", "규모: the thing whose size it is; won (따냈다, subject dropped) by 한결; the customer 아람코 is no subject"))
d.Q("8,760가구", 8760, "가구", "가구", C, f=("아파트", "아파트 8,760", S, Y, "level", "required", "counted noun; 분양해"))
d.Q("1만 2,000가구", 12000, "가구", "가구", C, f=("계획", "당초 계획", S, Y, "level", "required", "a figure in brackets after a noun measures that noun"))
d.Q("73%", 73, "%", "%", P, ctx="의 73%에", f=("주택 공급", "반면 주택 공급은", S, Y, "level", "required", "supply against plan; the paragraph's topic noun"))
d.Q("3,100가구", 3100, "가구", "가구", C,
    f=("공급", "가구를 공급했다", S, "2025-Q4", "level", "required", "verbal noun 공급 (공급했다); 4분기에만"))
d.Q("21만 가구", 210000, "가구", "가구", C, approx=True,
    f=("전국 아파트 분양 물량", None, "", Y, "level", "required", "a market figure from the cited research firm: no subject"))
d.Q("10년", 10, "year", "년", "duration", note="최근 10년 사이: an amount of time")
d.Q("9만 가구", 90000, "가구", "가구", C, approx=True, note="남짓 → approx",
    f=("수도권 분양", None, "", Y, "level", "required", "같은 기간 → 2025; market figure"))
d.Q("8,900억 원", 890000000000, W, "원", "currency", f=("매출", "매출 8,900억", "한결이앤씨", Y, "level"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("영업이익", "영업이익 410억", "한결이앤씨", Y, "level"))
d.Q("4,000가구", 4000, "가구", "가구", C, bound="min",
    f=("분양", "가구 이상을 분양하고", S, "2026-H1", "level", "required", "the head speaks for the company; verbal noun 분양; 이상 → min"))
d.Q("40조 원", 40000000000000, W, "원", "currency", approx=True, note="원대: suffix outside, approx",
    f=("수주 잔고", None, S, "2026", "level", "required", "연말까지: that DATE's value"))

# ---------------------------------------------------------------- 003 tire maker: Q3 sales by region (뉴시스 dateline, 2025년 3분기 in the lead)
d = Doc("003_bab51a2f8f9ab16c", "2025-10-29"); docs.append(d)
S = "세진타이어"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (부사장)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("세진타이어아메리카", "세진타이어아메리카", note="invented US subsidiary (미국 법인); one name, written without a space")
d.O("현대자동차", "현대자동차", note="customer; 미국 공장 after it is a plant, not part of the name")
d.O("대한타이어산업협회", "대한타이어산업협회", note="industry association cited as the source")
d.O("금호타이어", "금호타이어", note="rival (경쟁사)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="세진타이어, 3분기", rel=True, note="headline: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기 (a year earlier)")
d.D("29일", "2025-10-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year")
d.D("2026년", "2026", "year", note="start of a supply contract (부터)")
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a month range without a year: the latest on or before the document date")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("3분기", Q3, "quarter", ctx="3분기 매출은 1조", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a forecast: the next Q4 (the current one)")
d.Q("1조", 1000000000000, W, "", "currency", ctx="매출 1조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("1조 320억 원", 1032000000000, W, "원", "currency",
    f=("매출", "기준 매출이", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("8.6%", 8.6, "%", "%", P, f=("매출", "기준 매출이", S, Q3, "change"))
d.Q("1,540억 원", 154000000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level"))
d.Q("14.9%", 14.9, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("북미 매출", None, S, Q3, "level", "required", "a region that changes what is measured stays in the metric"))
d.Q("37.5%", 37.5, "%", "%", P, f=("북미 매출", None, S, Q3, "level", "required", "전체의 N%: the share of the part named before it"))
d.Q("2,640억 원", 264000000000, W, "원", "currency",
    f=("매출", "북미 매출이", S, Q3, "level", "required", "지역별로는 … 각각: the region names no measure; the breakdown's noun 매출 (README convention 3)"))
d.Q("1,080억 원", 108000000000, W, "원", "currency", f=("매출", "북미 매출이", S, Q3, "level", "required", "각각, second"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "북미 매출이", S, Q3, "change", "required", "유럽은 11.2% 늘었고"))
d.Q("4.5%", 4.5, "%", "%", P, f=("매출", "북미 매출이", S, Q3, "change", "required", "줄었다: no sign written, value kept positive"))
d.Q("2,130억 원", 213000000000, W, "원", "currency", f=("국내 매출", None, S, Q3, "level"))
d.Q("1,360만 본", 13600000, "본", "본", C, f=("판매량", None, S, Q3, "level", "required", "story period carried"))
d.Q("1,290만 본", 12900000, "본", "본", C,
    f=("판매량", None, S, "2025-Q2", "level", "required", "basis figure in brackets after 전 분기: that quarter (README convention 4)"))
d.Q("70만 본", 700000, "본", "본", C, f=("판매량", None, S, Q3, "change"))
d.Q("18인치", 18, "in", "인치", M, bound="min",
    f=("", None, "", "", "level", "optional", "a size defining the product group (definitional, part of the metric): no fact — optional row, the framework needs one"))
d.Q("46%", 46, "%", "%", P, f=("고인치 타이어 비중", None, S, Q3, "level", "required", "18인치 이상 defines the group; the shortest noun phrase after it"))
d.Q("5%포인트", 5, "%p", "%포인트", P, f=("고인치 타이어 비중", None, S, Q3, "change", "required", "1년 전 = basis"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside")
d.Q("240만 본", 2400000, "본", "본", C,
    f=("타이어", "타이어 240만", "세진타이어아메리카", "2026", "level", "optional",
       "a 3-year contract volume from 2026년부터: the start year or no single period? (open question 5); the customer is no subject"))
d.Q("31억 달러", 3100000000, U, "달러", "currency", approx=True,
    f=("국내 타이어 수출액", None, "", "2025-01/2025-09", "level", "required", "national statistic from the cited association: no subject"))
d.Q("3.1%", 3.1, "%", "%", P, f=("국내 타이어 수출액", None, "", "2025-01/2025-09", "change"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", approx=True, f=("매출", "3분기 매출은 1조", "금호타이어", Q3, "level", "required", "가량 → approx"))
d.Q("4조 원", 4000000000000, W, "원", "currency",
    f=("매출", "연간 매출", S, "2025-Q4", "level", "optional",
       "an annual target; the only DATE in the sentence is 4분기 and no DATE names the year — period open (open question 6)"))

# ---------------------------------------------------------------- 004 rural county: festival visitors and local-currency sales (regional daily, year only in the 입력 stamp)
d = Doc("004_b498bac77792f4d4", "2025-10-21"); docs.append(d)
S = "가람군"
K = "가람단풍축제추진위원회"
FEST = "2025-10-10/2025-10-19"
d.Oall(S, S, special={0: ("required", "a county acting as a government (invented)"),
                      1: ("optional", "inside 가람군수 (county head): 가람 + 군수 or 가람군 + 수 — a title word fused with the name")})
d.O("중부내륙신문", "중부내륙신문", note="invented regional daily in the byline line")
d.O("한국관광공사", "한국관광공사", note="public corporation that did the analysis; the later 공사 is a generic anaphor, not labelled")
d.O(K, K, aliases="추진위", note="invented festival committee; (이하 추진위) recorded as alias")
d.O("추진위", K, ctx="(이하 추진위)", st="optional", note="short name defined with 이하: optional where defined")
d.O("추진위", K, ctx="추진위는 올해", note="later use of the 이하-defined short name: required")
d.O("문화체육관광부", "문화체육관광부", note="government body")
d.D("2025.10.21", "2025-10-21", "day", st="optional", note="입력 stamp: dates the page (clock time 10:32 not labelled)")
d.D("지난 10~19일", FEST, "day", rel=True, note="a day range with 지난: one mention; month and year from the document date")
d.D("20일", "2025-10-20", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2024", "year", rel=True, note="last year's festival")
d.D("올해", "2025", "year", rel=True)
d.D("내년", "2026", "year", ctx="내년 문화관광축제", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.Q("열흘", 10, "day", "열흘", "duration", note="열흘간: a native day-count word; 간 outside")
d.Q("42만명", 420000, "명", "명", C,
    f=("", None, S, FEST, "level", "optional", "headline names neither organization nor date nor measure: slots only from the body (open question 7)"))
d.Q("31억", 3100000000, W, "", "currency", ctx="지역화폐 31억", st="optional", note="headline amount, currency implied")
d.Q("제18회", 18, "회", "회", "ordinal", note="edition of the festival: explicit ordinal marker, 제 in the span (inside the quoted title)")
d.Q("42만 3,000명", 423000, "명", "명", C, f=("관광객", None, S, FEST, "level", "required", "the county's festival (README convention 11)"))
d.Q("35만 명", 350000, "명", "명", C, f=("관광객", None, S, "2024", "level", "required", "지난해(35만 명): the year written before the bracket"))
d.Q("21%", 21, "%", "%", P, approx=True, f=("관광객", None, S, FEST, "change", "required", "지난해 = basis; 약 → approx"))
d.Q("31억 2,000만 원", 3120000000, W, "원", "currency",
    f=("판매액", None, S, FEST, "level", "required", "축제 기간: the festival's days carried; the county's local currency"))
d.Q("19억 원", 1900000000, W, "원", "currency",
    f=("판매액", None, S, FEST, "level", "required", "이 가운데 모바일 상품권: a part without a measure noun (README convention 3)"))
d.Q("61%", 61, "%", "%", P, f=("판매액", None, S, FEST, "level", "required", "share of the part"))
d.Q("1,240곳", 1240, "곳", "곳", C, f=("가맹점", None, S, FEST, "level", "required", "축제장 안팎: a place word here, not an approximator"))
d.Q("68%", 68, "%", "%", P, f=("외지인 비율", None, S, FEST, "level", "required", "the cited analyst (공사에 따르면) is no subject"))
d.Q("1인", 1, "인", "인", C, st="optional", note="1인당: a rate denominator")
d.Q("5만 8,000원", 58000, W, "원", "currency", approx=True, f=("평균 지출액", None, S, FEST, "level", "required", "안팎 → approx"))
d.Q("14억 원", 1400000000, W, "원", "currency", approx=True, note="원어치: 어치 after the unit stays outside and sets approx, like 달러치",
    f=("사과와 한우", None, K, FEST, "level", "optional",
       "goods sold at the market: the committee that reports it, the county, or the (unnamed) sellers? (open question 8)"))
d.Q("9억 5,000만 원", 950000000, W, "원", "currency", f=("예산", None, K, "2025", "level"))
d.Q("2억 원", 200000000, W, "원", "currency", f=("예산", None, K, "2025", "level", "required", "가운데: a part of the budget spent on the shuttle buses"))
d.Q("30곳", 30, "곳", "곳", C, f=("문화관광축제 후보", None, "문화체육관광부", "2026", "level", "required", "the ministry's candidate list"))
d.Q("한 해", 1, "year", "해", "duration", st="optional", note="한 해 1,100여 개: a rate (per year), not a DATE")
d.Q("1,100여 개", 1100, "개", "개", C, approx=True,
    f=("전국 지자체 축제", None, "", "", "level", "required", "local governments taken together, not named; 한 해 is a rate: no period"))
d.Q("50만 명", 500000, "명", "명", C, f=("방문객", None, S, "2026", "level", "required", "the county head speaks for the county"))
d.Q("10%", 10, "%", "%", P,
    f=("할인율", None, S, "2026", "level", "optional", "the current rate: the sentence's 내년 by the letter, or no period (open question 9)"))
d.Q("15%", 15, "%", "%", P, f=("할인율", None, S, "2026", "level", "required", "the sentence's 내년 (the head's plans)"))

# ---------------------------------------------------------------- 005 EV-charging company: chargers and Series B ([보도자료] press release, 2025년 in the lead)
d = Doc("005_eef2801570d123d3", "2025-09-02"); docs.append(d)
S = "볼트온"
d.Oall(S, S, skip=(4,), special={0: ("required", "headline topic with a comma"),
                                 1: ("required", "(대표 윤서진) after it is a person, not an alias"),
                                 5: ("required", "contact line: the company before its PR team (홍보팀 is a unit label, outside)")})
d.O("KB인베스트먼트", "KB인베스트먼트", note="investor")
d.O("새솔벤처파트너스", "새솔벤처파트너스", note="invented investor")
d.O("환경부", "환경부", note="government body cited as the source")
d.O("볼트온에너지", "볼트온에너지", note="invented subsidiary (자회사)")
d.O("현대백화점그룹", "현대백화점그룹", note="customer group; 아울렛 after it is generic")
H1 = "2025-H1"
AUG = "2025-08"
d.D("2025년 9월 2일", "2025-09-02", "day", note="dates the announcement (…유치했다고 밝혔다), not the period of the investment")
d.D("8월 말", AUG, "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="지난해 + 말: one mention")
d.D("상반기", H1, "half", rel=True, note="the latest H1 on or before the document date")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="followed by 현재 (as of); 현재 here marks the as-of and is not labelled")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 … 확보하는 데 쓴다): this year's end")
d.D("2027년", "2027", "year", note="a deadline (까지)")
d.Q("150억원", 15000000000, W, "원", "currency",
    f=("시리즈B 투자", "시리즈B 투자 유치", S, "", "level", "required", "headline; the round is undated in the whole article (the lead's date dates the announcement)"))
d.Q("2만 기", 20000, "기", "기", C, bound="gt",
    f=("충전기", "충전기 2만 기", S, AUG, "level", "optional", "headline names no date; the body's 8월 말 (open question 7); 돌파 → gt"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("시리즈B 투자", "시리즈B 투자를", S, "", "level", "required", "규모: the thing whose size it is; 총 outside; no period (the date is the announcement's)"))
d.Q("230억 원", 23000000000, W, "원", "currency", f=("누적 투자금", None, S, "", "level", "required", "no date for this subject yet: empty"))
d.Q("2만 1,400기", 21400, "기", "기", C, f=("충전기", "운영하는 충전기", S, AUG, "level", "required", "8월 말 기준"))
d.Q("1만 3,800기", 13800, "기", "기", C, f=("충전기", "운영하는 충전기", S, "2024", "level", "required", "지난해 말(…): the date before the bracket"))
d.Q("55%", 55, "%", "%", P, f=("충전기", "운영하는 충전기", S, AUG, "change", "required", "지난해 말 = basis"))
d.Q("3,200기", 3200, "기", "기", C, f=("급속 충전기", "급속 충전기는", S, AUG, "level", "required", "이 가운데: a part with its own noun"))
d.Q("72%", 72, "%", "%", P, f=("아파트 단지 설치 비중", None, S, AUG, "level"))
d.Q("4,860만 kWh", 48600000, "kWh", "kWh", M, f=("충전량", None, S, H1, "level"))
d.Q("2배", 2, "배", "배", C, approx=True, note="2배 가까이: 가까이 (nearly) read as an approximator",
    f=("충전량", None, S, H1, "change", "required", "늘었다 against 전년 동기: a change"))
d.Q("112억 원", 11200000000, W, "원", "currency", f=("매출", None, S, H1, "level", "required", "같은 기간 → 상반기"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("영업손실", None, S, H1, "level"))
d.Q("43만 기", 430000, "기", "기", C, approx=True,
    f=("국내 전기차 충전기", None, "", "2025-06", "level", "required", "national statistic from the cited ministry: no subject"))
d.Q("76만 대", 760000, "대", "대", C, f=("전기차 등록 대수", None, "", "2025-06", "level", "required", "national statistic"))
d.Q("12곳", 12, "곳", "곳", C,
    f=("아울렛", None, "현대백화점그룹", "", "level", "required", "the customer's outlets: its figure; no date for that subject"))
d.Q("240기", 240, "기", "기", C,
    f=("급속 충전기", "급속 충전기 240기", S, H1, "level", "optional",
       "an undated contract: 볼트온's last period (상반기) by the letter of carry-forward, or empty? subject 볼트온 or its subsidiary? (open question 10)"))
d.Q("3만 기", 30000, "기", "기", C, ctx="충전기 3만 기", f=("충전기", "충전기 3만", S, "2025", "level", "required", "연말까지 → that DATE's value"))
d.Q("5만 기", 50000, "기", "기", C, f=("충전기", "충전기 5만", S, "2027", "level", "required", "the CEO (named in the lead as 볼트온's) speaks for it"))
d.Q("500억 원", 50000000000, W, "원", "currency", f=("매출", None, S, "2027", "level", "required", "연 (yearly) before 매출 qualifies the period: outside"))

# ---------------------------------------------------------------- 006 duty-free operator: H1 sales and group tourists (뉴스1 dateline, 2025년 상반기 in the lead)
d = Doc("006_3c299c87a1cc5728", "2025-08-12"); docs.append(d)
S = "해오름면세점"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "the recipient of the tour operator's groups"),
                      4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; a digit inside a name")
d.O("한국면세점협회", "한국면세점협회", note="industry association cited as the source")
d.O("롯데면세점", "롯데면세점", note="rival (경쟁사), first of a 각각 pair")
d.O("신라면세점", "신라면세점", note="rival, second of the 각각 pair")
d.O("해오름유통", "해오름유통", note="invented parent (모회사); the later 면세점 is a generic anaphor, not labelled")
d.O("하나투어", "하나투어", note="travel agency (여행사): a partner/customer")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="해오름면세점, 상반기", rel=True, note="headline: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half", note="year before a half: one mention")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("12일", "2025-08-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("상반기", H1, "half", ctx="상반기 해오름면세점을", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기 a year earlier")
d.D("1~6월", "2025-01/2025-06", "month", rel=True, note="a month range without a year")
d.D("지난달 말", "2025-07", "month", mod="END", rel=True)
d.D("다음 달", "2025-09", "month", rel=True, note="future (보내기로 했다)")
d.D("하반기", "2025-H2", "half", rel=True, note="a target: the next H2 (the coming half)")
d.Q("1.2조", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("1조 2,340억 원", 1234000000000, W, "원", "currency", f=("매출", "상반기 매출이 1조", S, H1, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", "상반기 매출이 1조", S, H1, "change", "required", "전년 동기 = basis"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("영업이익", None, S, H1, "level"))
d.Q("18만 명", 180000, "명", "명", C, approx=True,
    f=("단체관광객", "찾은 단체관광객은", S, H1, "level", "required", "the operator's visitors (해오름면세점을 찾은); 약 → approx"))
d.Q("2.4배", 2.4, "배", "배", C, f=("단체관광객", "찾은 단체관광객은", S, H1, "change", "required", "N배로 늘었다 against 1년 전: a change"))
d.Q("11만 명", 110000, "명", "명", C,
    f=("단체관광객", "찾은 단체관광객은", S, "2025-Q2", "level", "required", "2분기에만: a sub-period for this clause only; no noun: the previous sentence's"))
d.Q("78%", 78, "%", "%", P,
    f=("외국인 비중", None, S, H1, "level", "required", "back to the story period after 2분기에만 (지난해 같은 기간 in the clause confirms H1; README convention 1)"))
d.Q("4.5%포인트", 4.5, "%p", "%포인트", P, f=("외국인 비중", None, S, H1, "change"))
d.Q("3,100억 원", 310000000000, W, "원", "currency", approx=True, f=("따이궁(보따리상) 매출", None, S, H1, "level", "required", "가량 → approx"))
d.Q("25%", 25, "%", "%", P, f=("따이궁(보따리상) 매출", None, S, H1, "change"))
d.Q("8,900억 원", 890000000000, W, "원", "currency",
    f=("매출", "상반기 매출이 1조", S, H1, "level", "required", "채널별로는: a channel is a part (not an ORG); the breakdown's measure is the lead's 매출 (README convention 3)"))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("매출", "상반기 매출이 1조", S, H1, "level", "required", "각각, first"))
d.Q("1,290억 원", 129000000000, W, "원", "currency", f=("매출", "상반기 매출이 1조", S, H1, "level", "required", "각각, second"))
d.Q("6조 7,000억 원", 6700000000000, W, "원", "currency",
    f=("국내 면세점 전체 매출", None, "", "2025-01/2025-06", "level", "required", "market total from the cited association: no subject"))
d.Q("9.1%", 9.1, "%", "%", P, f=("국내 면세점 전체 매출", None, "", "2025-01/2025-06", "change"))
d.Q("1조 9,000억 원", 1900000000000, W, "원", "currency",
    f=("매출", "면세점의 매출은", "롯데면세점", "2025-01/2025-06", "level", "required", "각각, first; the period last set for 매출 (1~6월)"))
d.Q("1조 5,600억 원", 1560000000000, W, "원", "currency", approx=True, note="안팎 written after the second figure only: approx on it alone",
    f=("매출", "면세점의 매출은", "신라면세점", "2025-01/2025-06", "level", "required", "각각, second"))
d.Q("1,000억 원", 100000000000, W, "원", "currency",
    f=("출자", "출자했다", "해오름유통", "2025-07", "level", "required", "verbal noun 출자 (출자했다); the parent's payment"))
d.Q("5만 명", 50000, "명", "명", C,
    f=("중국 단체관광객", "중국 단체관광객 5만", "하나투어", "2025-09", "level", "optional",
       "from 다음 달 (부터) with no end: the start month as period, or none? (open question 5); the tour operator's commitment, not the operator's own figure"))
d.Q("30만 명", 300000, "명", "명", C, bound="min",
    f=("단체관광객", "하반기 단체관광객", S, "2025-H2", "level", "required", "the head speaks for the company; 이상 → min"))
d.Q("2조 5,000억 원", 2500000000000, W, "원", "currency", bound="gt",
    f=("매출", "연 매출", S, "2025-H2", "level", "optional",
       "an annual target (연 매출); the only DATE in the sentence is 하반기 (open question 6); 넘기겠다 → gt"))

if __name__ == "__main__":
    write_all(docs)
