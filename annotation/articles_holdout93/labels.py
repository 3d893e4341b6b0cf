"""Gold labels of articles-holdout93, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout93/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 display maker: Q4 OLED shipments, operating loss (연합뉴스 dateline)
d = Doc("001_01c375a4cb6beac5", "2026-01-29"); docs.append(d)
S = "한결디스플레이"
d.O("한결디스플레이", S, ctx="한결디스플레이, 4분기", note="headline topic")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한결디스플레이", S, ctx="업체 한결디스플레이(이하", aliases="한결", note="invented company; short name defined with 이하 → aliases")
d.O("한결", S, ctx="(이하 한결)", st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
d.O("한결", S, ctx="한결은 북미", note="later use of the 이하 short name: required, canonical the full name")
d.O("옴디아", "옴디아", note="market-research firm cited as source (에 따르면)")
d.O("삼성디스플레이", "삼성디스플레이", note="rival")
d.O("LG디스플레이", "LG디스플레이", note="rival")
d.O("한결머티리얼즈", "한결머티리얼즈", note="invented subsidiary (부품 자회사)")
d.O("한결", S, ctx="박정훈 한결 대표", note="short name before a head's title")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 OLED", rel=True, note="headline quarter: the latest Q4 on or before 2026-01-29")
d.D("2025년 4분기", Q4, "quarter", note="year + quarter, one mention")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to the lead's quarter (전분기)")
d.D("29일", "2026-01-29", "day", rel=True, note="date of the disclosure (공시했다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기(9.3%)", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("지난해", "2025", "year", ctx="지난해 전 세계", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 매출 1,560억", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="future clause (target); the current quarter")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (돌아서겠다): the next H2")
d.Q("1천만장", 10000000, "장", "장", C, bound="gt", note="돌파 → gt",
    f=("출하", "OLED 출하 1천만장", S, Q4, "level", "required", "headline: its own organization and 4분기"))
d.Q("1,020만장", 10200000, "장", "장", C, f=("출하량", "패널 출하량이 1,020만장", S, Q4, "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("출하량", "패널 출하량이 1,020만장", S, Q4, "change", "required", "basis 전 분기 (2025-Q3)"))
d.Q("8,730억원", 873000000000, W, "원", "currency", f=("매출", "같은 기간 매출은", S, Q4, "level", "required", "같은 기간 → 2025-Q4; subject dropped, carried"))
d.Q("12.1%", 12.1, "%", "%", P, f=("매출", "같은 기간 매출은", S, Q4, "change", "required", "basis 전년 동기 (2024-Q4)"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업손실", "영업손실 412억원", S, Q4, "level"))
d.Q("4개", 4, "개", "개", C, ctx="4개 분기 연속", st="optional",
    note="`4개 분기 연속`: a count of quarters used as a streak (a duration in quarters, which ANNOTATION's duration units do not list) — open question 1")
d.Q("4.7%", 4.7, "%", "%", P, f=("영업손실률", "영업손실률은 4.7%", S, Q4, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("영업손실률", "영업손실률은 4.7%", S, "2024-Q4", "level", "required",
    "basis figure in brackets after the pointing-back 전년 동기: that period (convention 4)"))
d.Q("4.6%포인트", 4.6, "%p", "%포인트", P, f=("영업손실률", "영업손실률은 4.7%", S, Q4, "change", "required",
    "개선됐다 (a fall of the loss rate): the value keeps the written, unsigned 4.6"))
d.Q("71%", 71, "%", "%", P, f=("출하량", "출하량 가운데", S, Q4, "level", "required",
    "breakdown item (convention 3): the breakdown's measure `출하량 가운데` is the metric; period carried from the lead"))
d.Q("190만장", 1900000, "장", "장", C, approx=True, f=("출하량", "출하량 가운데", S, Q4, "level", "required", "breakdown item; 약 → approx"))
d.Q("한 곳", 1, "곳", "곳", C, f=("스마트폰 업체", "북미 스마트폰 업체 한 곳", "", "", "level", "optional",
    "an unnamed customer counted as `one`: whose count this is, and whether it is a figure at all, is unclear (open question 2)"))
d.Q("600만장", 6000000, "장", "장", C, f=("공급분", "상반기 공급분", S, "2026-H1", "level", "required",
    "the order 한결 won (수주) is its figure; the customer is unnamed; period the supply half named in the clause"))
d.Q("8억4천만장", 840000000, "장", "장", C, approx=True, f=("출하량", "OLED 패널 출하량은", "", "2025", "level", "required",
    "world market total cited from 옴디아: no subject (FACTS: a market's figure); 안팎 → approx"))
d.Q("41%", 41, "%", "%", P, f=("점유율", "점유율은 각각", "삼성디스플레이", "2025", "level", "required", "각각 pairs the two rivals with the two shares"))
d.Q("13%", 13, "%", "%", P, f=("점유율", "점유율은 각각", "LG디스플레이", "2025", "level"))
d.Q("1,560억원", 156000000000, W, "원", "currency", f=("매출", "지난해 매출 1,560억", "한결머티리얼즈", "2025", "level"))
d.Q("38억원", 3800000000, W, "원", "currency", f=("영업이익", "영업이익 38억원", "한결머티리얼즈", "2025", "level"))
d.Q("200억원", 20000000000, W, "원", "currency", bound="max", f=("적자 폭", "적자 폭을", S, "2026-Q1", "level", "required", "a target in a head's quote; 이하 → max"))

# ---------------------------------------------------------------- 002 streaming service: subscribers and price plans (뉴스1 dateline, no year anywhere)
d = Doc("002_9d250e4e20667826", "2026-01-14"); docs.append(d)
N, NM = "누리온", "누리미디어"
d.Oall("누리온", N, special={0: ("required", "headline topic: a streaming service run as a platform (like 티몰)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall("누리미디어", NM, special={0: ("required", "invented operator of 누리온 (운영하는)")})
d.O("아이지에이웍스", "아이지에이웍스", note="data firm cited as source")
d.O("모바일인덱스", "모바일인덱스", st="optional", note="a data service of 아이지에이웍스: product or business unit (ANNOTATION optional)")
d.O("넷플릭스", "넷플릭스", note="rival service")
d.O("티빙", "티빙", note="rival service")
M12 = "2025-12"
d.D("지난달 말", M12, "month", mod="END", rel=True, note="as of (기준): the month before 2026-01-14, END")
d.D("지난해 같은 달", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to the month named before (같은 달)")
d.D("14일", "2026-01-14", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("다음 달 1일", "2026-02-01", "day", rel=True, note="future (다음 달, 내놓는다)")
d.D("지난달", M12, "month", ctx="지난달 넷플릭스", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다 600억", rel=True, note="basis of a comparison, written: a DATE mention")
d.D("3분기", "2026-Q3", "quarter", rel=True, note="future target (까지 … 늘리겠다): the next Q3")
F1 = "2026-02-01"
d.Q("300만명", 3000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("유료 구독자", "유료 구독자 300만명", N, M12, "level", "required", "headline: no date of its own; the lead's figure it sums up (지난달 말) — convention 7"))
d.Q("5,500원", 5500, W, "원", "currency", ctx="월 5,500원", note="월 is a rate word, outside",
    f=("광고형 요금제", "광고형 요금제 월", N, F1, "level", "optional", "headline price: the service named in the headline or its operator (body: 누리미디어)? open question 4"))
d.Q("312만명", 3120000, "명", "명", C, f=("유료 구독자", "누리온의 유료 구독자가", N, M12, "level"))
d.Q("241만명", 2410000, "명", "명", C, f=("유료 구독자", "누리온의 유료 구독자가", N, "2024-12", "level", "required",
    "basis in brackets after the pointing-back 지난해 같은 달: that month (convention 4)"))
d.Q("29.5%", 29.5, "%", "%", P, f=("유료 구독자", "누리온의 유료 구독자가", N, M12, "change"))
d.Q("5,500원", 5500, W, "원", "currency", ctx="이용료는 5,500원",
    f=("이용료", "월 이용료는", NM, F1, "level", "required", "subject dropped: 누리미디어's announcement continues; period: the launch date last set for it (open question 5)"))
d.Q("9,500원", 9500, W, "원", "currency", f=("베이식 요금제", "베이식 요금제(", NM, F1, "level", "required", "a figure in brackets after a noun measures that noun"))
d.Q("42%", 42, "%", "%", P, approx=True, f=("이용료", "월 이용료는", NM, F1, "change", "required", "a difference between two plans (싸다); 약 → approx"))
d.Q("1만3,900원", 13900, W, "원", "currency", f=("프리미엄 요금제", "프리미엄 요금제는", NM, F1, "level", "optional",
    "the price before the change: the launch date carried by the letter, though it is the old price (open question 5)"))
d.Q("1만4,900원", 14900, W, "원", "currency", f=("프리미엄 요금제", "프리미엄 요금제는", NM, F1, "level"))
d.Q("1,000원", 1000, W, "원", "currency", ctx="1,000원 오른다", f=("프리미엄 요금제", "프리미엄 요금제는", NM, F1, "change"))
d.Q("48%", 48, "%", "%", P, f=("구독자 비중", "구독자 비중은", N, M12, "level", "required",
    "breakdown by plan; subscriber figures belong to the service (convention 6); period carried from 지난달 말"))
d.Q("31%", 31, "%", "%", P, f=("구독자 비중", "구독자 비중은", N, M12, "level"))
d.Q("21%", 21, "%", "%", P, f=("구독자 비중", "구독자 비중은", N, M12, "level"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="an age band defining the group (FACTS: definitional ranges have no fact); as a quantity undecided (convention 8, open question 3)")
d.Q("57%", 57, "%", "%", P, approx=True, f=("20~30대 구독자", "20~30대 구독자", N, M12, "level", "required", "the definitional age band is part of the metric"))
d.Q("1,420만명", 14200000, "명", "명", C, f=("월간 활성 이용자", "월간 활성 이용자", "넷플릭스", M12, "level", "required", "각각: the first of the pair"))
d.Q("710만명", 7100000, "명", "명", C, f=("월간 활성 이용자", "월간 활성 이용자", "티빙", M12, "level"))
d.Q("350만명", 3500000, "명", "명", C, approx=True, f=("월간 활성 이용자", "월간 활성 이용자", N, M12, "level", "required", "안팎 → approx; 누리온 named in its clause"))
d.Q("600억원", 60000000000, W, "원", "currency", f=("콘텐츠 제작", "콘텐츠 제작에", NM, "2026", "change", "required", "지난해보다 … 많은: a difference; basis 2025"))
d.Q("2,100억원", 210000000000, W, "원", "currency", f=("콘텐츠 제작", "콘텐츠 제작에", NM, "2026", "level"))
d.Q("400만명", 4000000, "명", "명", C, bound="min", f=("유료 구독자", "유료 구독자를 400만명", N, "2026-Q3", "level", "required",
    "a target by the next Q3 in the head's quote; subscriber counts are the service's (convention 6); 이상 → min"))

# ---------------------------------------------------------------- 003 dairy cooperative: milk purchases and prices (regional daily, year only in the 입력 stamp)
d = Doc("003_4ae34e55ff6b50c3", "2026-02-09"); docs.append(d)
S = "서해낙농업협동조합"
d.O("서해낙협", S, ctx="서해낙협, 원유", note="headline: the short name defined below with 이하; a use of the short name, required")
d.O("충청투데이", "충청투데이", note="regional daily in the byline line")
d.O("서해낙농업협동조합", S, aliases="서해낙협", note="invented cooperative; short name defined with 이하 → aliases")
d.O("서해낙협", S, ctx="(이하 서해낙협)", st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
d.O("낙농진흥회", "낙농진흥회", note="the body deciding the raw-milk base price")
d.O("서해낙협", S, ctx="서해낙협은 여기에", note="later use of the short name")
d.O("통계청", "통계청", note="government statistics agency, cited source")
d.O("매일유업", "매일유업", note="customer (납품처)")
d.O("서울우유협동조합", "서울우유협동조합", note="customer and rival cooperative")
d.O("충청남도", "충청남도", note="province acting as a government")
d.O("서해낙협", S, ctx="김영호 서해낙협 조합장", note="organization before a head's title")
d.D("2026.02.09", "2026-02-09", "day", note="the 입력 stamp's date, written in full: a calendar date (convention 9); clock time 14:05 not labelled")
d.D("지난해", "2025", "year", ctx="지난해 조합원", rel=True)
d.D("8일", "2026-02-08", "day", rel=True, note="day of the announcement (밝혔다), latest 8th on or before 2026-02-09")
d.D("전년", "2024", "year", ctx="전년보다 2.3%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 8월", "2025-08", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", ctx="올해도 같은", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 전국", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 1.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 3월", "2026-03", "month", rel=True, note="A부터 B까지: two mentions; future (투입한다)")
d.D("12월", "2026-12", "month", ctx="12월까지", rel=True, note="end of a range: the year taken from its start")
d.D("상반기", "2026-H1", "half", ctx="상반기 중", rel=True, note="future (보급하겠다): this year's H1")
d.Q("21만t", 210000, "t", "t", M, f=("원유 수매", "원유 수매 21만t", S, "2025", "level", "required", "headline: no date; the lead's 지난해 (convention 7)"))
d.Q("1,084원", 1084, W, "원", "currency", ctx="ℓ당 1,084원 동결", note="ℓ당: a rate word without a number, outside",
    f=("기본가격", "기본가격 ℓ당", S, "2025-08", "level", "optional", "headline: the national base price set by 낙농진흥회 under the cooperative's name — open question 6"))
d.Q("412곳", 412, "곳", "곳", C, f=("조합원 농가", "조합원 농가 412곳", S, "2025", "level"))
d.Q("21만4천t", 214000, "t", "t", M, f=("원유", "원유 21만4천t", S, "2025", "level", "required", "the measured noun before the amount"))
d.Q("2.3%", 2.3, "%", "%", P, f=("물량", "줄어든 물량", S, "2025", "change", "required", "subject dropped, carried; basis 전년"))
d.Q("2,310억원", 231000000000, W, "원", "currency", f=("수매 대금", "수매 대금은", S, "2025", "level"))
d.Q("1,084원", 1084, W, "원", "currency", ctx="ℓ당 1,084원으로",
    f=("원유 기본가격", "원유 기본가격은", "낙농진흥회", "2025-08", "level", "optional",
       "a national regulated price: the deciding body's figure, or no ORG's? (open question 6); period the DATE in its clause"))
d.Q("52원", 52, W, "원", "currency", f=("품질 장려금", "품질 장려금으로", S, "2025", "level", "required",
    "평균 is a modifier, outside; period: the last set for 서해낙협 (지난해, para 1)"))
d.Q("189만t", 1890000, "t", "t", M, approx=True, f=("원유 생산량", "원유 생산량은", "", "2025", "level", "required", "national statistic cited from 통계청: no subject"))
d.Q("1.8%", 1.8, "%", "%", P, f=("원유 생산량", "원유 생산량은", "", "2025", "change"))
d.Q("4,300가구", 4300, "가구", "가구", C, approx=True, f=("낙농가", "낙농가는", "", "2025", "level", "required", "national count; 가량 → approx"))
d.Q("10년", 10, "year", "년", "duration", ctx="10년 새", note="새 after the amount: a duration (like 간), no fact")
d.Q("30%", 30, "%", "%", P, bound="gt", f=("낙농가", "낙농가는", "", "2025", "change", "required", "넘게 → gt; period the current one, not the basis"))
d.Q("6만2천t", 62000, "t", "t", M, f=("납품", "납품했다", S, "2025", "level", "required",
    "the cooperative delivered (조합은 …); the customers (매일유업, 서울우유협동조합) are counterparties, no subject (convention 11)"))
d.Q("3만8천t", 38000, "t", "t", M, f=("납품", "납품했다", S, "2025", "level"))
d.Q("45억원", 4500000000, W, "원", "currency", f=("도비", "도비 45억원", "충청남도", "2026-03/2026-12", "level", "required",
    "the province's budget; period the range written as two mentions (convention 2)"))
d.Q("20대", 20, "대", "대", C, f=("착유 로봇", "착유 로봇 20대", S, "2026-H1", "level", "required", "counter 대 of machines (not an age band)"))

# ---------------------------------------------------------------- 004 leasing company: asset growth, bond issuance ([머니투데이 기자] byline)
d = Doc("004_e84fadcf585548d8", "2026-04-08"); docs.append(d)
S = "한누리캐피탈"
d.Oall("한누리캐피탈", S, special={0: ("required", "headline topic; invented leasing company"),
                                   3: ("required", "organization before a head's title (사장)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한국기업평가", "한국기업평가", note="credit-rating agency")
d.O("여신금융협회", "여신금융협회", note="industry association cited as source")
d.O("한누리금융지주", "한누리금융지주", note="invented parent (모회사)")
d.O("현대캐피탈", "현대캐피탈", note="rival")
d.O("KB캐피탈", "KB캐피탈", note="rival")
d.D("올해", "2026", "year", ctx="올해 여전채", rel=True, note="headline")
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준): explicit year + 말")
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("전년", "2024", "year", ctx="전년(694억", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="past quarter (document date 2026-04-08)")
d.D("지난해", "2025", "year", ctx="지난해보다 20%", rel=True, note="basis of a comparison, written")
d.D("지난달", "2026-03", "month", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("다음 달", "2026-05", "month", rel=True, note="future (예정)")
d.D("연말", "2026", "year", mod="END", rel=True, note="future target (까지 달성하겠다): this year's end")
d.Q("5조", 5000000000000, W, "", "currency", ctx="총자산 5조", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("총자산", "총자산 5조", S, "2025", "level"))
d.Q("1조2천억", 1200000000000, W, "", "currency", ctx="여전채 1조2천억", st="optional", note="headline amount, currency implied",
    f=("여전채", "올해 여전채", S, "2026", "level"))
d.Q("5조1,240억원", 5124000000000, W, "원", "currency", f=("총자산", "총자산이 2025년", S, "2025", "level", "required", "as of 2025년 말 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="새 after the amount: a duration, no fact")
d.Q("14.8%", 14.8, "%", "%", P, f=("총자산", "총자산이 2025년", S, "2025", "change"))
d.Q("3조2,600억원", 3260000000000, W, "원", "currency", f=("리스 자산", "리스 자산은 3조", S, "2025", "level", "required", "subject and period carried from the lead"))
d.Q("63.6%", 63.6, "%", "%", P, f=("리스 자산", "리스 자산은 3조", S, "2025", "level", "required", "전체의 N%: the share of the part named as the clause's subject"))
d.Q("1조4천억원", 1400000000000, W, "원", "currency", approx=True, f=("수입차 리스 잔액", "수입차 리스 잔액", S, "2025", "level", "required", "가량 → approx"))
d.Q("812억원", 81200000000, W, "원", "currency", f=("순이익", "순이익은 812억", S, "2025", "level"))
d.Q("694억원", 69400000000, W, "원", "currency", f=("순이익", "순이익은 812억", S, "2024", "level", "required", "basis in brackets after 전년 (convention 4)"))
d.Q("118억원", 11800000000, W, "원", "currency", f=("순이익", "순이익은 812억", S, "2025", "change"))
d.Q("4,500억원", 450000000000, W, "원", "currency", f=("여신전문금융회사채", "여신전문금융회사채(", S, "2026-Q1", "level", "required",
    "회사 (generic word) = 한누리캐피탈; the alias (여전채) between metric and amount"))
d.Q("2~5년", 2, "year", "년", "duration", hi=5, note="maturity range: an amount of time, duration, no fact")
d.Q("3.9%", 3.9, "%", "%", P, approx=True, note="연 before the number is a rate word, not labelled; 안팎 → approx",
    f=("발행 금리", "평균 발행 금리", S, "2026-Q1", "level", "required", "the Q1 issuance's rate: period carried"))
d.Q("1조2천억원", 1200000000000, W, "원", "currency", f=("발행 계획", "연간 발행 계획", S, "2026", "level", "required",
    "연간 plan of this year (the headline's 올해, basis 지난해): 2026, not the carried 1분기 (convention 1)"))
d.Q("20%", 20, "%", "%", P, f=("발행 계획", "연간 발행 계획", S, "2026", "change"))
d.Q("한 단계", 1, "단계", "단계", C, f=("신용등급", "신용등급을", S, "2026-03", "change", "required",
    "the company's own rating (한누리캐피탈의 신용등급), raised by the agency; a one-notch rise"))
d.Q("51곳", 51, "곳", "곳", C, f=("캐피탈사", "캐피탈사 51곳", "", "2025", "level", "required", "industry count cited from the association: no subject"))
d.Q("236조원", 236000000000000, W, "원", "currency", approx=True, f=("총자산", "총자산은 약", "", "2025", "level", "required", "industry total of companies not named: no subject"))
d.Q("1,500억원", 150000000000, W, "원", "currency", f=("유상증자", "유상증자로", "한누리금융지주", "2026-05", "level", "required",
    "the parent's capital injection; the subsidiary is the counterparty"))
d.Q("6.2%", 6.2, "%", "%", P, f=("리스 자산 증가율", "리스 자산 증가율", "현대캐피탈", "2025", "change", "required",
    "a rate of change (convention 5); 각각 pairs rivals and rates; no date: the story period 2025 (convention 1)"))
d.Q("9.1%", 9.1, "%", "%", P, f=("리스 자산 증가율", "리스 자산 증가율", "KB캐피탈", "2025", "change"))
d.Q("6조원", 6000000000000, W, "원", "currency", ctx="총자산 6조원", f=("총자산", "총자산 6조원", S, "2026", "level", "required", "target by this year's end (연말)"))

# ---------------------------------------------------------------- 005 gaming-machine maker: exports and dividend (press release)
d = Doc("005_7944996419020864", "2026-02-24"); docs.append(d)
S = "동방게임즈"
d.Oall("동방게임즈", S, skip=(4,), special={0: ("required", "headline topic; invented maker"),
                                          1: ("required", "the issuer before its 홍보팀 (a department, not named: outside)"),
                                          2: ("required", "(대표 윤성철) is no alias: outside, aliases empty")})
d.O("동방게임즈아메리카", "동방게임즈아메리카", note="invented US subsidiary (미국 법인); its own name, not a mention of the parent")
d.O("갤럭시엔터테인먼트", "갤럭시엔터테인먼트", note="customer (카지노 운영사)")
d.O("이사회", "이사회", st="optional", note="the company's board: an unnamed institution noun (ANNOTATION optional)")
d.O("한국무역협회", "한국무역협회", note="trade association cited as source")
d.D("지난해", "2025", "year", ctx="지난해 게임기", rel=True, note="headline")
d.D("2026년 2월 24일", "2026-02-24", "day", note="the release date line (배포일), a full calendar date")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("24일", "2026-02-24", "day", ctx="24일 밝혔다", rel=True, note="announcement day")
d.D("2009년", "2009", "year", note="year before an event word (창사)")
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("오는 3월", "2026-03", "month", ctx="오는 3월까지", rel=True, note="future (오는, deadline 까지)")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("오는 3월 31일", "2026-03-31", "day", rel=True, note="future (오는): the record date; 기준일 is a noun here, not `기준` after the date")
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1억달러", 100000000, U, "달러", "currency", ctx="수출 1억달러 첫", bound="gt", note="돌파 → gt",
    f=("게임기 수출", "게임기 수출 1억달러", S, "2025", "level", "required", "headline: its own 지난해"))
d.Q("350원", 350, W, "원", "currency", ctx="주당 350원 현금배당", note="주당 without a number: rate word, outside",
    f=("현금배당", "350원 현금배당", S, "2025", "level", "required", "headline: the headline's 지난해 across the … (convention 7)"))
d.Q("1억1,200만달러", 112000000, U, "달러", "currency", f=("수출액", "게임기 수출액이", S, "2025", "level"))
d.Q("27%", 27, "%", "%", P, f=("수출액", "게임기 수출액이", S, "2025", "change"))
d.Q("1억달러", 100000000, U, "달러", "currency", ctx="1억달러를 넘은", bound="gt",
    f=("수출액", "연간 수출액이", S, "2025", "level", "required", "넘은 → gt; 2009년 dates the founding, not the figure: period carried"))
d.Q("8,640대", 8640, "대", "대", C, f=("수출 물량", "수출 물량은", S, "2025", "level"))
d.Q("4,120대", 4120, "대", "대", C, f=("수출 물량", "수출 물량은", S, "2025", "level", "required", "breakdown by region (지역별로는): the breakdown's measure (convention 3); regions are places"))
d.Q("2,300대", 2300, "대", "대", C, f=("수출 물량", "수출 물량은", S, "2025", "level"))
d.Q("1,200대", 1200, "대", "대", C, f=("슬롯머신", "슬롯머신 1,200대", "갤럭시엔터테인먼트", "2025-11", "level", "required",
    "a customer's order: the ordering company is the subject of the sentence (주문했으며), not the maker"))
d.Q("800대", 800, "대", "대", C, f=("인도", "인도된다", "갤럭시엔터테인먼트", "2026-03", "level", "optional",
    "part of the customer's order to be delivered (passive 인도된다): the orderer's or the supplier's figure? open question 7"))
d.Q("1,920억원", 192000000000, W, "원", "currency", f=("매출액", "매출액과", S, "2025", "level", "required",
    "각각 pairs two metrics with two amounts; 같은 기간 → 2025; subject: the results continue the maker's lead (not the customer of the previous line)"))
d.Q("286억원", 28600000000, W, "원", "currency", f=("영업이익", "영업이익은 각각", S, "2025", "level"))
d.Q("21.4%", 21.4, "%", "%", P, f=("매출액", "매출액과", S, "2025", "change"))
d.Q("35.2%", 35.2, "%", "%", P, f=("영업이익", "영업이익은 각각", S, "2025", "change"))
d.Q("1주", 1, "주", "주", C, ctx="1주당", st="optional", note="rate denominator (1주당): optional (ANNOTATION)")
d.Q("350원", 350, W, "원", "currency", ctx="1주당 350원", f=("현금배당", "현금배당을", S, "2025", "level", "required",
    "the board (이사회) decides for the company; period carried (같은 기간 → 2025)"))
d.Q("58억원", 5800000000, W, "원", "currency", approx=True, f=("배당금 총액", "배당금 총액은", S, "2025", "level"))
d.Q("2.1%", 2.1, "%", "%", P, f=("시가배당률", "시가배당률은", S, "2025", "level"))
d.Q("3억4천만달러", 340000000, U, "달러", "currency", approx=True, f=("게임기기 수출액", "게임기기 수출액은", "", "2025", "level", "required",
    "national export total cited from 한국무역협회: no subject"))
d.Q("33%", 33, "%", "%", P, approx=True, f=("비중", "동방게임즈의 비중", S, "2025", "level", "required", "가량 → approx"))
d.Q("2,000㎡", 2000, "㎡", "㎡", M, f=("전시장", "규모의 전시장", "동방게임즈아메리카", "2026-01", "level", "required",
    "규모 amount: the thing whose size it is (FACTS)"))
d.Q("1억5천만달러", 150000000, U, "달러", "currency", f=("수출", "올해 수출", S, "2026", "level", "required", "target in the head's quote (대표 of 동방게임즈, para 1)"))
d.Q("20%", 20, "%", "%", P, ctx="20% 이상", bound="min", f=("배당성향", "배당성향 20%", S, "2026", "level"))

# ---------------------------------------------------------------- 006 city gas supplier: sales volume, rate freeze (뉴시스 regional dateline)
d = Doc("006_0b7db7601b2e67fa", "2026-01-05"); docs.append(d)
S = "한밭도시가스"
d.Oall("한밭도시가스", S, special={0: ("required", "headline topic; invented supplier"), 4: ("required", "before a head's title (사장)")})
d.Oall("대전시", "대전시", special={0: ("required", "city acting as a government (headline)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 대전 (place) is not ORG")
d.O("한국가스공사", "한국가스공사", note="wholesale supplier")
d.O("한국도시가스협회", "한국도시가스협회", note="industry association cited as source")
d.O("한밭홀딩스", "한밭홀딩스", note="invented parent (모회사)")
d.D("지난해", "2025", "year", ctx="지난해 판매량", rel=True, note="headline")
d.D("상반기", "2026-H1", "half", ctx="상반기 요금", rel=True, note="headline: the current half (the freeze)")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년보다 3.4%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("5일", "2026-01-05", "day", rel=True, note="announcement day (밝혔다)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("올해 1~6월", "2026-01/2026-06", "month", rel=True, note="올해 before a month range written with ~: one mention")
d.D("지난해 7월", "2025-07", "month", rel=True, note="이후 outside")
d.D("지난해", "2025", "year", ctx="지난해 전국", rel=True)
d.D("올해", "2026", "year", ctx="올해 노후", rel=True)
d.D("상반기", "2026-H1", "half", ctx="상반기에만", rel=True, note="future (예상된다)")
d.Q("9억㎥", 900000000, "㎥", "㎥", M, bound="gt", note="넘어 → gt",
    f=("판매량", "지난해 판매량", S, "2025", "level", "required", "headline: its own 지난해"))
d.Q("9억1,800만㎥", 918000000, "㎥", "㎥", M, f=("판매량", "도시가스 판매량이 9억", S, "2025", "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=("판매량", "도시가스 판매량이 9억", S, "2025", "change"))
d.Q("5억2,300만㎥", 523000000, "㎥", "㎥", M, f=("판매량", "도시가스 판매량이 9억", S, "2025", "level", "required",
    "breakdown item (이 가운데 주택용): the breakdown's measure in the lead (convention 3); 5일 dates the announcement only"))
d.Q("57%", 57, "%", "%", P, f=("판매량", "도시가스 판매량이 9억", S, "2025", "level", "required", "share of a breakdown item"))
d.Q("2억1,400만㎥", 214000000, "㎥", "㎥", M, f=("판매량", "도시가스 판매량이 9억", S, "2025", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("판매량", "도시가스 판매량이 9억", S, "2025", "change", "required", "줄었다: value kept unsigned as written"))
d.Q("61만2천 가구", 612000, "가구", "가구", C, f=("공급 가구", "공급 가구는", S, "2025", "level", "required", "as of 지난해 말 (END); the space before the counter is inside the span"))
d.Q("9천 가구", 9000, "가구", "가구", C, approx=True, f=("공급 가구", "공급 가구는", S, "2025", "change", "required", "약 → approx; basis 전년 말"))
d.Q("22.41원", 22.41, W, "원", "currency", note="MJ당: a rate word without a number, outside",
    f=("주택용 소매요금", "주택용 소매요금", "대전시", "2026-01/2026-06", "level", "optional",
       "a regulated rate frozen by the city: the regulator's, the supplier's or no ORG's figure? (open question 6)"))
d.Q("0.9원", 0.9, W, "원", "currency", f=("공급비용", "공급비용을", S, "2026-01/2026-06", "change", "optional",
    "a requested increase: period the freeze's half in the previous sentence, or the supplier's last period 2025 by the letter of carry-forward? (open question 8)"))
d.Q("254억㎥", 25400000000, "㎥", "㎥", M, approx=True, f=("판매량", "도시가스 판매량은 약", "", "2025", "level", "required",
    "national total cited from the association: no subject"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년 연속", note="N년 연속: an amount of time, duration, no fact (convention 8)")
d.Q("320억원", 32000000000, W, "원", "currency", f=("배관 교체", "노후 배관 교체", "한밭홀딩스", "2026", "level", "required",
    "the parent invests; the purpose names what the amount is spent on (convention 3)"))
d.Q("40억원", 4000000000, W, "원", "currency", bound="min", f=("손실", "손실이", S, "2026-H1", "level", "required", "이상 → min; the head speaks for the company"))

write_all(docs)
