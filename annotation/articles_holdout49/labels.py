"""Gold labels of articles-holdout49, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: /work/main/.venv/bin/python annotation/articles_holdout49/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
D_ = "duration"
O_ = "ordinal"
CNY = "CNY"

# ---------------------------------------------------------------- 001 steelmaker's quarterly results (뉴스1 dateline, 2026년 in the lead)
d = Doc("001_0af24e84bc89735b", "2026-04-28"); docs.append(d)
DM, HD = "동명제철", "현대제철"
d.Oall(DM, DM, special={0: ("required", "headline topic with a comma"),
                        2: ("required", "genitive basis of a comparison (동명제철의 절반)"),
                        3: ("required", "organization before a person's title")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(HD, HD, special={0: ("required", "rival introduced by 경쟁사")})
d.O("동명특수강", "동명특수강", note="invented subsidiary introduced by 자회사")
d.O("동명홀딩스", "동명홀딩스", note="invented parent introduced by 모회사")
Q1, Q2 = "2026-Q1", "2026-Q2"
d.D("1분기", Q1, "quarter", ctx="1분기 영업이익 1,240억", rel=True, note="headline: latest Q1 on or before the document date")
d.D("2분기", Q2, "quarter", ctx="\"2분기 열연값", rel=True, note="headline quote about the future (오른다): the next Q2")
d.D("2026년 1분기", Q1, "quarter", note="year + quarter: one mention")
d.D("28일", "2026-04-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년 1분기")
d.D("같은 기간", Q1, "quarter", ctx="같은 기간 매출", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention; a comparison's basis, still a DATE")
d.D("전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("같은 기간", Q1, "quarter", ctx="같은 기간 영업이익", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("2분기", Q2, "quarter", ctx="2분기 열연 가격", rel=True, note="outlook (내다봤다): the next Q2")
d.D("올해", "2026", "year", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (높이겠다)")
d.D("이날", "2026-04-28", "day", rel=True, st="optional", anchor="2026-04-28", note="points back to 28일 (anaphor)")
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업이익 1,240억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "1분기 영업이익 1,240억…", DM, Q1, "level"))
d.Q("650달러", 650, U, "달러", "currency", ctx="650달러까지 오른다",
    note="까지 after the level a verb of rising reaches: a particle, no bound (not in the bound list)",
    f=("열연값", None, "", Q2, "level", "required",
       "a product's market price (열연값) forecast by the company: a product's figure, empty subject; the headline's own 2분기"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "영업이익 1,240억 원", DM, Q1, "level"))
d.Q("1,050억 원", 105000000000, W, "원", "currency",
    f=("영업이익", "영업이익 1,240억 원", DM, "2025-Q1", "level", "required",
       "a figure in brackets after 전년 동기 is that period's (2025-Q1); 수치 only restates: the measure of the figure before"))
d.Q("18.1%", 18.1, "%", "%", P, f=("영업이익", "영업이익 1,240억 원", DM, Q1, "change", "required", "…보다 늘어난 수치다: the figure before's measure; the current period"))
d.Q("4조 3,600억 원", 4360000000000, W, "원", "currency", f=("매출", None, DM, Q1, "level", "required", "같은 기간 (optional) = the story's 1분기"))
d.Q("2.4%", 2.4, "%", "%", P, f=("매출", None, DM, Q1, "change"))
d.Q("480만t", 4800000, "t", "t", M, f=("조강 생산량", "조강 생산량은 480만t", DM, Q1, "level", "required", "the story's period; 지난해 4분기 is the basis"))
d.Q("35만t", 350000, "t", "t", M, f=("조강 생산량", "조강 생산량은 480만t", DM, Q1, "change"))
d.Q("620달러", 620, U, "달러", "currency", f=("열연강판 평균 판매가격", None, DM, Q1, "level", "required", "톤당 (no number): a rate word, not labelled"))
d.Q("15달러", 15, U, "달러", "currency", f=("열연강판 평균 판매가격", None, DM, Q1, "change", "required", "전 분기 대비 = basis"))
d.Q("710달러", 710, U, "달러", "currency",
    f=("평균 판매가격", None, DM, Q1, "level", "required",
       "a second product (후판은) after the first: the measure of the figure before without the first product's name"))
d.Q("560억 원", 56000000000, W, "원", "currency", f=("영업이익", "영업이익 560억", HD, Q1, "level", "required", "the rival's own clause; 같은 기간 = 1분기"))
d.Q("410만t", 4100000, "t", "t", M, f=("조강 생산량", "조강 생산량은 410만t", HD, Q1, "level", "required", "genitive owner; period carried for the same subject"))
d.Q("650달러", 650, U, "달러", "currency", ctx="650달러 안팎", approx=True,
    note="안팎 → approx; 까지 a particle",
    f=("열연 가격", None, "", Q2, "level", "required",
       "a product's market price forecast by the company (회사 측은 … 내다봤다): the forecaster is the source, the figure a product's: empty subject"))
d.Q("1,950만t", 19500000, "t", "t", M,
    f=("조강 생산 목표", None, DM, "2026", "level", "required",
       "a company officer's quote with no subject of its own: the company's target (README convention 6)"))
d.Q("30%", 30, "%", "%", P, f=("전기로 생산 비중", None, DM, "2026-H2", "level", "required", "the level a rise reaches (까지 no bound); 하반기 in the clause"))
PL = ("an undated plan after a dated quote: the letter of carry-forward gives the quote's 하반기 (written), "
      "but nothing dates the plan; empty or 2026-H2? (README question 2)")
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("출자", "출자해", DM, "2026-H2", "level", "optional", "verbal noun; the subsidiary (에) is the counterparty; " + PL))
d.Q("80만t", 800000, "t", "t", M, ctx="연산 80만t",
    f=("전기로", "전기로 1기", DM, "2026-H2", "level", "optional", "연산 N t 규모의 전기로: the 규모 line gives 전기로; " + PL))
d.Q("1기", 1, "기", "기", C, f=("전기로", "전기로 1기", DM, "2026-H2", "level", "optional", PL))
d.Q("500원", 500, W, "원", "currency",
    f=("배당", None, "동명홀딩스", "", "level", "required",
       "주당 (no number) a rate word; 이날 dates only the decision (결정했다); no period was set for the parent: empty"))

# ---------------------------------------------------------------- 002 delivery platform's fee cut (연합뉴스 dateline, no year anywhere)
d = Doc("002_568a0d52a588acdb", "2025-11-14"); docs.append(d)
OD, OC, KA = "오늘배달", "오늘앤컴퍼니", "전국배달점주협의회"
d.Oall(OD, OD, special={0: ("required", "a delivery platform (a business run as a platform); headline topic with a comma"),
                        1: ("required", "introduced by 배달 플랫폼")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(OC, OC, special={0: ("required", "the platform's operator (운영사), a separate company")})
d.O("배달의민족", "배달의민족", note="a rival platform in a ranking")
d.O("쿠팡이츠", "쿠팡이츠", note="a rival platform in a ranking")
d.O(KA, KA, note="invented merchants' association")
d.O("협의회", KA, ctx="협의회가 회원", st="optional",
    note="the bare type noun standing for the association named in full before: a short form (mention) or an unnamed institution noun (optional)?")
d.O("공정거래위원회", "공정거래위원회", note="government body before 관계자")
NX = "2025-12-01"
d.D("다음 달 1일", NX, "day", rel=True, note="다음 달 before a day: one mention; the future cut's first day (부터 outside)")
d.D("14일", "2025-11-14", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난달", "2025-10", "month", rel=True)
d.D("지난해 같은 달", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01", note="points back to 지난달; one mention")
d.D("이날", "2025-11-14", "day", rel=True, st="optional", anchor="2025-11-14", note="points back to 14일 (anaphor)")
d.D("올해", "2025", "year", rel=True, note="올해 들어 (들어 outside)")
d.D("지난 7월", "2025-07", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 in a future clause: this year's end")
d.D("다음 달", "2025-12", "month", ctx="다음 달 중", rel=True, note="future clause (예정)")
d.Q("9.8%", 9.8, "%", "%", P, ctx="9.8%→",
    f=("중개수수료", "중개수수료 9.8%", OD, "", "level", "required", "headline topic with a comma; no DATE in the headline: empty period"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8% 인하",
    f=("중개수수료", "중개수수료 9.8%", OD, "", "level", "required", "the new rate; no DATE in the headline"))
d.Q("9.8%", 9.8, "%", "%", P, ctx="9.8%에서",
    f=("중개수수료율", None, OD, "", "level", "optional",
       "the old level of `A에서 B로` in a clause dated by `다음 달 1일부터` (the new rate's start): the letter of the search gives 2025-12-01, "
       "the sense the present (no DATE); written empty (README question 1)"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로",
    f=("중개수수료율", None, OD, NX, "level", "required", "다음 달 1일부터 dates the new rate"))
d.Q("2%포인트", 2, PP, "%포인트", P, f=("중개수수료율", None, OD, NX, "change", "required", "낮춘다: a change; the new rate's date"))
d.Q("21만 곳", 210000, "곳", "곳", C,
    f=("가맹점", "가맹점 21만", OD, NX, "level", "required",
       "the platform's merchants; the operator (에 따르면) is the source; no date in the sentence: the period last set for the same subject (다음 달 1일)"))
d.Q("40%", 40, "%", "%", P,
    f=("가맹점", "가맹점 21만", OD, NX, "level", "optional",
       "매출 하위 40%에 해당하는: a cut-off defining the group counted next (FACTS: definitional ranges are part of the metric and have no fact)"))
d.Q("8만 4천 곳", 84000, "곳", "곳", C, approx=True, note="약 → approx",
    f=("인하 대상", None, OD, NX, "level", "required", "the topic noun names what is counted; carried subject and period"))
d.Q("한 해", 1, "year", "해", D_, st="optional", note="한 해 = 'a year', a rate word (per year) before an amount: optional")
d.Q("620억 원", 62000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("수수료", "원의 수수료", "", "", "change", "optional",
       "fees the merchants will save (아낄): the merchants are not named (empty subject); an amount saved — a level of 수수료 or a change (a fall of the fees)? (README question 3)"))
d.Q("4,380만 건", 43800000, "건", "건", C, f=("주문 건수", None, OD, "2025-10", "level"))
d.Q("11%", 11, "%", "%", P, f=("주문 건수", None, OD, "2025-10", "change", "required", "지난해 같은 달 = basis"))
d.Q("24.6%", 24.6, "%", "%", P, f=("시장 점유율", None, OD, "2025-10", "level", "required", "the sentence continues about the platform: subject and 지난달 carried"))
d.Q("3위", 3, "위", "위", O_, note="a rank: ordinal, no fact")
d.Q("3,300원", 3300, W, "원", "currency",
    f=("배달비", None, OD, "", "level", "optional",
       "a fee in the association's quote (건당 3,300원인 배달비): the platform's fee (written) or no ORG's; as of when — the present, 지난달 or 다음 달 1일 carried? (README question 4)"))
d.Q("한 건", 1, "건", "건", C, st="optional", note="주문 한 건에 (per order): a rate denominator, optional")
d.Q("6,900원", 6900, W, "원", "currency",
    f=("비용", "내는 비용은", "", "", "level", "required",
       "the cost a merchant (점주, a person) pays: no ORG; no date for this metric anywhere: empty period"))
d.Q("1,200명", 1200, "명", "명", C,
    f=("회원 점주", None, KA, "2025", "level", "required",
       "the association's survey of its members (협의회가 … 설문한): its figure; no date in the clause, the sentence's 올해"))
d.Q("68%", 68, "%", "%", P,
    f=("응답자", "응답자의 68%", KA, "2025", "level", "required", "X의 N% → X; the survey's result, the association's; 올해 들어 in the clause"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("배달비 지원", None, OC, "2025-12", "level", "required", "X에 N원을 투입 → X; the operator is the clause's subject; 다음 달 중 (future)"))

# ---------------------------------------------------------------- 003 province's tourism recap of the year (뉴시스 dateline, 2025년 in the lead)
d = Doc("003_f9503b6477c323e1", "2026-01-15"); docs.append(d)
GB, GT = "경상북도", "경북문화관광공사"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(GB, GB, note="a province acting as a government (announces, sets a budget)")
d.Oall(GT, GT, special={0: ("required", "the province's tourism organization; analyses card data"), 1: ("required", "before a person's title")})
d.O("트래블로그랩", "트래블로그랩", note="invented data firm introduced by 데이터 분석업체; partner (과 함께)")
d.O("APEC", "APEC", st="optional", note="an organization name used only as the modifier inside an event name (APEC 정상회의)")
d.O("도", GB, ctx="도는 올해", st="optional",
    note="the bare 도 standing for the province named in full before: a short form or an unnamed institution noun (like 정부)? optional")
Y = "2025"
d.D("지난해", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year", note="2025년 한 해: the explicit year (한 해, 'the whole year', kept apart: see the optional quantity)")
d.D("15일", "2026-01-15", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("2010년", "2010", "year", note="start of the statistic (이후)")
d.D("2024년", "2024", "year", note="dates the old level of A에서 B로")
d.D("10월", "2025-10", "month", rel=True, note="a month without a year: the latest October on or before the document date")
d.D("올해", "2026", "year", rel=True)
d.D("현재", "2026-01-15", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
REG = "a region's tourism statistic: the province (경상북도는 … 밝혔다) reports it, the figure is of a place, not an ORG: empty subject (README convention 1)"
d.Q("1억 2천만명", 120000000, "명", "명", C, f=("관광객", "경북 관광객", "", Y, "level", "required", REG + "; the headline's own 지난해"))
d.Q("4.1%", 4.1, "%", "%", P, ctx="비중 4.1%",
    f=("외국인 비중", None, "", Y, "level", "required", "the headline's 지난해 reaches past the ellipsis (README convention 7)"))
d.Q("한 해", 1, "year", "해", D_, st="optional",
    note="2025년 한 해: 'the whole year' in apposition to the year; a duration, part of the DATE (like 올 한해) or nothing? optional")
d.Q("1억 2,340만 명", 123400000, "명", "명", C, f=("관광객", "관광객이 1억", "", Y, "level", "required", REG))
d.Q("1억 1,520만 명", 115200000, "명", "명", C,
    f=("관광객", "관광객이 1억", "", "2024", "level", "required", "a figure in brackets after 전년 is that year's (the DATE optional, its value 2024)"))
d.Q("7.1%", 7.1, "%", "%", P, f=("관광객", "관광객이 1억", "", Y, "change"))
d.Q("506만 명", 5060000, "명", "명", C, f=("외국인 관광객", None, "", Y, "level", "required", "the story's period (the lead's 2025년)"))
d.Q("4.1%", 4.1, "%", "%", P, ctx="전체의 4.1%",
    f=("외국인 관광객", None, "", Y, "level", "optional",
       "전체의 N%를 차지했다: no noun names the share; the part (외국인 관광객, written), the whole (전체) or the next sentence's 외국인 비중? (README question 5)"))
d.Q("3.2%", 3.2, "%", "%", P, f=("외국인 비중", None, "", "2024", "level", "required", "2024년 dates the old level"))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=("외국인 비중", None, "", Y, "change", "required", "a comparison: the current period (the story's 2025), not the basis 2024"))
BR = "breakdown (국가별로는): a country names only a part; the item counts what the total it breaks down counts (README convention 2); a country is no subject"
d.Q("142만 명", 1420000, "명", "명", C, f=("외국인 관광객", None, "", Y, "level", "required", BR))
d.Q("98만 명", 980000, "명", "명", C, ctx="일본 98만 명", f=("외국인 관광객", None, "", Y, "level", "required", BR))
d.Q("61만 명", 610000, "명", "명", C, ctx="대만 61만 명", f=("외국인 관광객", None, "", Y, "level", "required", BR))
BR2 = "breakdown (지역별로는): a place names only a part; the total's measure (관광객); a place is no subject"
d.Q("4,870만 명", 48700000, "명", "명", C, f=("관광객", "관광객이 1억", "", Y, "level", "required", BR2))
d.Q("39%", 39, "%", "%", P,
    f=("관광객", "관광객이 1억", "", Y, "level", "optional", "전체의 N%를 차지했고: as the body's 4.1% (README question 5)"))
d.Q("1,210만 명", 12100000, "명", "명", C, f=("관광객", "관광객이 1억", "", Y, "level", "required", BR2 + "; a figure in brackets after a place"))
d.Q("980만 명", 9800000, "명", "명", C, f=("관광객", "관광객이 1억", "", Y, "level", "required", BR2 + "; a figure in brackets after a place"))
d.Q("한 달", 1, "month", "달", D_, st="optional", note="10월 한 달: 'the whole month' in apposition to the month, as 한 해")
d.Q("610만 명", 6100000, "명", "명", C,
    f=("", None, "", "2025-10", "level", "required", "찾았다 is a plain verb and no counted noun is written: empty metric; 10월 in the clause; a place (경주) is no subject"))
d.Q("8조 7,200억 원", 8720000000000, W, "원", "currency", f=("관광 수입", None, "", Y, "level", "required", REG + "; the story's period"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the 1 of 1인당 (a rate denominator): optional")
d.Q("7만 700원", 70700, W, "원", "currency",
    f=("평균 지출액", None, "", Y, "level", "required",
       "tourists' spending (persons): the tourism organization and its partner only analysed it (분석한 결과): empty subject; the story's period"))
d.Q("1억 3천만 명", 130000000, "명", "명", C,
    f=("관광객", "관광객 1억 3천만", GB, "2026", "level", "required", "the government's target (도는 … 유치를 목표로): the clause's subject is the province; 올해"))
d.Q("600만 명", 6000000, "명", "명", C, f=("외국인", "외국인 600만", GB, "2026", "level", "required", "counted noun right before; as 1억 3천만 명"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("관광 예산", None, GB, "2026", "level", "required", "the government body whose budget it is; 올해 in the sentence"))
QA = "A에서 B로 with a DATE (현재) attached to A in the same clause (README question 1)"
d.Q("27%", 27, "%", "%", P,
    f=("외국인 재방문율", None, "", "2026-01-15", "level", "optional",
       QA + "; the present rate — a statistic of tourists (empty subject, written) or the organization's whose head speaks?"))
d.Q("35%", 35, "%", "%", P,
    f=("외국인 재방문율", None, GT, "", "level", "optional",
       QA + ": the target's period — none (written) or 현재 by the letter of the clause search; the organization's target (a head's quote, README convention 6)"))

# ---------------------------------------------------------------- 004 IPO underwriting league table (이데일리 bracket byline, 올해 상반기)
d = Doc("004_1db2cd8c221e99d6", "2026-07-02"); docs.append(d)
KI, MA, NH, KB, SS, HB, SY = "한국투자증권", "미래에셋증권", "NH투자증권", "KB증권", "삼성증권", "한빛에너지솔루션", "신영증권"
d.Oall(KI, KI, special={0: ("required", "headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("딜로직스코리아", "딜로직스코리아", note="invented data firm introduced by 금융정보업체; the source (에 따르면)")
d.O(MA, MA); d.O(NH, NH)
d.Oall(KB, KB)
d.O(SS, SS)
d.O(HB, HB, note="invented issuer, genitive before its listing")
d.O("코스피", "코스피", st="optional", note="a stock market (the exchange's market): an institution or a place-like market? optional")
d.O(SY, SY)
H1 = "2026-H1"
d.D("상반기", H1, "half", ctx="상반기 IPO 주관 1위", rel=True, note="headline: the latest H1 on or before the document date")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("2일", "2026-07-02", "day", rel=True, note="day of the report (에 따르면 …)")
d.D("상반기", H1, "half", ctx="상반기 12건", rel=True)
d.D("지난해 같은 기간", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01", note="points back (one mention); a basis")
d.D("지난해", "2025", "year", ctx="지난해 1위였던", rel=True, note="dates a past rank")
d.D("상반기", H1, "half", ctx="상반기 전체 공모액", rel=True)
d.D("전년 동기", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("2021년", "2021", "year", note="2021년 이후 (a comparison's start)")
d.D("하반기", "2026-H2", "half", rel=True, note="a future clause (대기하고 있어 … 넘을 것)")
d.Q("1위", 1, "위", "위", O_, ctx="주관 1위…", note="a rank: ordinal, no fact")
d.Q("3.2조 원", 3200000000000, W, "원", "currency",
    f=("공모시장", None, "", H1, "level", "required", "the market's size: no ORG; the headline's 상반기 reaches past the ellipsis (README convention 7)"))
d.Q("5년", 5, "year", "년", D_, note="5년 만에: a duration (만에 outside), no fact")
d.Q("1위", 1, "위", "위", O_, ctx="실적 1위는", note="a rank: ordinal, no fact")
d.Q("12건", 12, "건", "건", C, f=("IPO", "원의 IPO", KI, H1, "level", "required", "N건, 총 M원의 IPO: the noun both figures govern"))
d.Q("1조 1,430억 원", 1143000000000, W, "원", "currency", note="총 outside, no attribute", f=("IPO", "원의 IPO", KI, H1, "level"))
d.Q("35.6%", 35.6, "%", "%", P, f=("점유율", None, KI, H1, "level", "required", "subject and period carried"))
d.Q("22.1%", 22.1, "%", "%", P,
    f=("점유율", None, KI, "2025-H1", "level", "required", "a figure in brackets after 지난해 같은 기간 is that period's (the DATE optional, its value 2025-H1)"))
d.Q("13.5%포인트", 13.5, PP, "%포인트", P, f=("점유율", None, KI, H1, "change"))
RK = "the next firms of the table: each firm is the clause's topic; the verb 주관했다 (verbal noun) names what is measured; the story's 상반기"
d.Q("2위", 2, "위", "위", O_, note="a rank: ordinal, no fact")
d.Q("9건", 9, "건", "건", C, f=("주관", "원을 주관했다", MA, H1, "level", "required", RK))
d.Q("7,820억 원", 782000000000, W, "원", "currency", f=("주관", "원을 주관했다", MA, H1, "level", "required", RK))
d.Q("3위", 3, "위", "위", O_, note="a rank: ordinal, no fact")
d.Q("8건", 8, "건", "건", C, f=("주관", "원을 주관했다", NH, H1, "level", "required", RK))
d.Q("6,150억 원", 615000000000, W, "원", "currency", f=("주관", "원을 주관했다", NH, H1, "level", "required", RK))
d.Q("4,300억 원", 430000000000, W, "원", "currency",
    f=("주관", "원을 주관했다", KB, H1, "level", "required", "a figure in brackets after an organization is its; the measure of the figures before"))
d.Q("2,040억 원", 204000000000, W, "원", "currency",
    f=("주관", "원을 주관했다", SS, H1, "level", "required", "a figure in brackets after an organization is its; the measure of the figures before"))
d.Q("4", 4, "위", "", O_, ctx="각각 4, 5위", st="optional", note="4, 5위: the 4 shares the counter written only after 5 (elliptic 4위): optional ordinal")
d.Q("5위", 5, "위", "위", O_, note="a rank: ordinal, no fact")
d.Q("1위", 1, "위", "위", O_, ctx="지난해 1위였던", note="a rank: ordinal, no fact")
d.Q("세 계단", 3, "계단", "계단", C,
    f=("", None, KB, H1, "change", "optional",
       "a fall of three places in a ranking (세 계단 내려앉았다): a count of steps — a change with no metric noun (written), or a rank's move with no fact like an ordinal? (README question 6)"))
d.Q("3조 2,100억 원", 3210000000000, W, "원", "currency",
    f=("공모액", "전체 공모액은", "", H1, "level", "required", "the whole market's offerings (전체): no ORG; 상반기 in the clause"))
d.Q("27%", 27, "%", "%", P, f=("공모액", "전체 공모액은", "", H1, "change", "required", "전년 동기 = basis"))
d.Q("41곳", 41, "곳", "곳", C, f=("새로 상장한 기업", None, "", H1, "level", "required", "unnamed companies taken together: empty subject; the story's period"))
d.Q("4,200억 원", 420000000000, W, "원", "currency",
    f=("공모액", "(공모액 4,200억", HB, H1, "level", "required",
       "X의 상장(공모액 N): the issuer's offering (genitive owner); the underwriter (이 단독 주관한) is a party, not the owner; the story's period"))
d.Q("5건", 5, "건", "건", C, f=("주관", "5건을 주관해", SY, H1, "level", "required", "verbal noun right after; the story's period"))
d.Q("6위", 6, "위", "위", O_, note="a rank: ordinal, no fact")
d.Q("1조 원", 1000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("공모액", "공모액 1조", "", "2026-H2", "level", "optional",
       "공모액 1조 원 안팎의 대어: a size defining the class of deals counted next (like a definitional range): no fact of its own?"))
d.Q("3~4곳", 3, "곳", "곳", C, hi=4, note="a range: value 3, value_high 4",
    f=("대어", None, "", "2026-H2", "level", "required", "an industry official (no ORG named): deals of unnamed companies, empty subject; 하반기에도 in the clause"))
d.Q("6조 원", 6000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("공모액", "연간 공모액이", "", "", "level", "optional",
       "연간 (no DATE) qualifies the period: the year 2026, which no DATE of the text names; the letter of the search gives the sentence's 하반기: empty (written) or 2026-H2? (README question 7)"))

# ---------------------------------------------------------------- 005 public power company's renewables plan (뉴스1 dateline, no year anywhere)
d = Doc("005_27b8dc0b4e73eb99", "2025-12-10"); docs.append(d)
KS, SA, NH2 = "한국남부발전", "신안바람에너지", "남부햇빛발전"
d.O(KS, KS, note="a public power company, topic of the lead")
d.Oall("남부발전", KS, skip=(1,), special={0: ("required", "short form of 한국남부발전 (headline topic with a comma)"),
                                          5: ("required", "short form before a person's title")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(SA, SA, special={0: ("required", "invented subsidiary (자회사별로는); a joint venture")})
d.O(NH2, NH2, note="invented subsidiary (자회사별로는)")
d.O("한국산업은행", "한국산업은행", note="counterparty of an agreement (과)")
d.D("현재", "2025-12-10", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("10일", "2025-12-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("지난달", "2025-11", "month", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="a future clause (들어가겠다): the next H1")
PLAN = ("a plan over 향후 5년간 (a duration, no DATE); 10일 dates only the announcement and the optional 현재 dates only the figure it "
        "is attached to (README convention 4): empty period")
d.Q("5년", 5, "year", "년", D_, ctx="5년간 신재생에 5.4조", note="5년간: a duration (간 outside), no fact")
d.Q("5.4조", 5400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("투자", "5.4조 투자", KS, "", "level"))
d.Q("3배", 3, "배", "배", C,
    f=("설비용량", None, KS, "", "change", "required",
       "설비용량 3배로 (늘린다): growth to a multiple of the present level, a change; headline topic; no DATE in the headline"))
d.Q("5년", 5, "year", "년", D_, ctx="향후 5년간", note="향후 5년간: a duration (간 outside), no fact")
d.Q("5조 4,000억 원", 5400000000000, W, "원", "currency", f=("투자", "원을 투자해", KS, "", "level", "required", "verbal noun; " + PLAN))
d.Q("1,150MW", 1150, "MW", "MW", M,
    f=("발전 설비용량", None, KS, "2025-12-10", "level", "required", "현재 attached to the figure (the DATE optional, its value the document date)"))
d.Q("3,200MW", 3200, "MW", "MW", M,
    f=("발전 설비용량", None, KS, "", "level", "optional",
       "A에서 B로 with 현재 attached to A (README question 1): the target level after the plan — empty (written) or 현재 by the letter of the clause search?"))
BR = "breakdown (투자액 가운데): the items keep the total's measure (투자액 written before them), subject and period (" + PLAN + ")"
d.Q("3조 1,000억 원", 3100000000000, W, "원", "currency", f=("투자액", None, KS, "", "level", "required", BR))
d.Q("1조 6,000억 원", 1600000000000, W, "원", "currency", f=("투자액", None, KS, "", "level", "required", BR))
d.Q("7,000억 원", 700000000000, W, "원", "currency", f=("투자액", None, KS, "", "level", "required", BR + "; 나머지 outside"))
SUB = "a subsidiary is the clause's subject (자회사별로는 …가 짓고 / …은 추가한다): its own figure; no DATE for it anywhere: empty period"
d.Q("600MW", 600, "MW", "MW", M, f=("해상풍력단지", None, SA, "", "level", "required", "N 규모의 X → X; " + SUB))
d.Q("14곳", 14, "곳", "곳", C, f=("산업단지 지붕", None, NH2, "", "level", "required", "X 등 N곳: the counted noun before; " + SUB))
d.Q("450MW", 450, "MW", "MW", M,
    f=("태양광", "태양광 450MW", NH2, "", "level", "optional",
       "태양광 450MW를 추가한다: the size of the new plants (level, written) or an increase of capacity (change)? (README question 8)"))
d.Q("51%", 51, "%", "%", P,
    f=("지분", None, KS, "", "level", "required", "the holder (남부발전이 … 가진) is the subject; a present stake, no DATE: empty"))
d.Q("2,140GWh", 2140, "GWh", "GWh", M, f=("신재생 발전량", None, KS, "2024", "level", "required", "genitive owner; 지난해"))
d.Q("6.8%", 6.8, "%", "%", P,
    f=("신재생 발전량", None, KS, "2024", "level", "optional",
       "전체 발전량의 N%에 그쳤다: the part (신재생 발전량, written), the whole (전체 발전량, X의 N%) or the next sentence's 신재생 비중? (README question 5)"))
d.Q("3,000GWh", 3000, "GWh", "GWh", M,
    f=("신재생 발전량", None, KS, "2026", "level", "required", "이를 points back to 신재생 발전량 (written at its nearest mention); 회사는 = the company; 내년"))
d.Q("10%", 10, "%", "%", P, bound="min", note="이상 → min", f=("신재생 비중", None, KS, "2026", "level", "required", "the sentence's 내년"))
FU = ("the plan's funding (재원) after a sentence dated 내년: the letter of carry-forward gives 2026 for the same subject, the sense the plan's "
      "(no DATE): empty (written)? (README question 2)")
d.Q("2조 원", 2000000000000, W, "원", "currency", f=("자체 자금", None, KS, "", "level", "optional", FU))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency", f=("녹색채권", None, KS, "", "level", "optional", FU))
d.Q("1조 5,000억 원", 1500000000000, W, "원", "currency",
    f=("금융 협약", None, KS, "2025-11", "level", "required", "N 규모의 X → X; the company is the subject, the bank (과) the counterparty; 지난달"))
d.Q("150만t", 1500000, "t", "t", M, approx=True, note="약 → approx",
    f=("온실가스 배출량", None, KS, "", "change", "optional",
       "줄일: a change; the head's quote is the company's; 연간 is no DATE; the letter of the sentence search reaches the next quote's 상반기 (2026-H1), the sense none: empty written (README question 2)"))

# ---------------------------------------------------------------- 006 cosmetics maker's duty-free and China slump (입력 stamp + byline line)
d = Doc("006_dd5eab0af322250a", "2026-05-07"); docs.append(d)
MR, SH = "미르코스메틱", "상하이진화무역"
d.Oall(MR, MR, special={0: ("required", "headline topic with a comma"), 1: ("required", "invented maker introduced by 화장품 기업"),
                        2: ("required", "before a person's title")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O(SH, SH, aliases="上海金华贸易", note="invented distribution partner; the parenthesized Chinese name is an alias, outside the span")
d.O("신라면세점", "신라면세점", note="duty-free store operator named as a business")
d.O("롯데면세점", "롯데면세점", note="duty-free store operator named as a business")
d.O("코스트코", "코스트코", note="retailer; 미국 (place) outside")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 면세 매출 32%", rel=True, note="headline: latest Q1 on or before the document date")
d.D("2026.05.07", "2026-05-07", "day", st="optional", note="publication stamp (the date only; the clock time not labelled)")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("지난해 같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (one mention); a basis")
d.D("7일", "2026-05-07", "day", rel=True, note="day of the disclosure (공시한)")
d.D("1분기", Q1, "quarter", ctx="1분기 연결", rel=True)
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("연내", "2026", "year", rel=True, st="optional",
    note="'within this year' (in a future clause): a relative year like 올해/연말, but not in the guideline's list: optional")
d.D("지난해", "2025", "year", ctx="지난해 38%", rel=True)
d.D("이날", "2026-05-07", "day", rel=True, st="optional", anchor="2026-05-07", note="points back to 7일 (anaphor)")
d.Q("32%", 32, "%", "%", P, ctx="32% 급감", f=("면세 매출", "면세 매출 32%", MR, Q1, "change", "required", "headline topic with a comma; the headline's 1분기"))
d.Q("32%", 32, "%", "%", P, ctx="32% 줄어든",
    f=("면세점 매출", None, MR, Q1, "change", "required", "genitive owner (미르코스메틱의); 올해 1분기; 지난해 같은 기간 = basis"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("면세점 매출", None, MR, Q1, "level", "required", "N% 줄어든 M원: the same metric"))
d.Q("2,860억 원", 286000000000, W, "원", "currency",
    f=("매출", "연결 매출은", MR, Q1, "level", "required", "연결 (a basis) outside the metric; 회사가 공시한 = the story's company; 7일 dates the disclosure only"))
d.Q("14.5%", 14.5, "%", "%", P, f=("매출", "연결 매출은", MR, Q1, "change"))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("영업이익", None, MR, Q1, "level"))
d.Q("61%", 61, "%", "%", P, f=("영업이익", None, MR, Q1, "change"))
CH = "an unnamed subsidiary (중국 법인) is no ORG: the company's own figure, the unit in the metric (like 해외 매출); the story's period"
d.Q("3억 2,000만 위안", 320000000, CNY, "위안", "currency", f=("중국 법인 매출", None, MR, Q1, "level", "required", CH))
d.Q("610억 원", 61000000000, W, "원", "currency", approx=True, eq=("3억 2,000만 위안",), note="conversion in brackets; 약 → approx",
    f=("중국 법인 매출", None, MR, Q1, "level", "required", "a conversion: the same slots as the figure it converts"))
d.Q("48%", 48, "%", "%", P, f=("중국 법인 매출", None, MR, Q1, "change"))
d.Q("1억 1,000만 위안", 110000000, CNY, "위안", "currency",
    f=("온라인 판매", None, MR, Q1, "level", "required",
       "X를 통한 온라인 판매: the partner is the channel, the sales the company's (the paragraph's subject); the story's period"))
d.Q("두 곳", 2, "곳", "곳", C,
    f=("", None, "신라면세점;롯데면세점", Q1, "level", "optional",
       "a count in apposition to the two stores it counts, named just before: a figure of its own? no noun names it"))
d.Q("82%", 82, "%", "%", P,
    f=("면세 매출", "면세 매출의 82%", "신라면세점;롯데면세점", Q1, "level", "optional",
       "X의 N% → X; a named pair is the subject (or the maker, whose duty-free sales they are?); a present share (차지한다): the story's 1분기 or none? (README question 9)"))
d.Q("230억 원", 23000000000, W, "원", "currency", f=("미국 법인 매출", None, MR, Q1, "level", "required", CH.replace("중국", "미국")))
d.Q("67%", 67, "%", "%", P, f=("미국 법인 매출", None, MR, Q1, "change"))
d.Q("1년", 1, "year", "년", D_, note="1년 새 (over a year): a duration, no fact")
d.Q("두 배", 2, "배", "배", C,
    f=("일본 매출", None, MR, Q1, "change", "required", "N배로 뛰었다: a change; the story's period (1년 새 is a duration)"))
d.Q("200개", 200, "개", "개", C,
    f=("매장", None, MR, "2026", "level", "optional",
       "the CEO's target to enter a retailer's stores: the maker's target (written) or the retailer's stores (코스트코)? period from the optional 연내 (README question 10)"))
d.Q("38%", 38, "%", "%", P, f=("해외 매출 비중", None, MR, "2025", "level", "required", "a head's quote: the company's figure; 지난해 dates the old level"))
d.Q("50%", 50, "%", "%", P,
    f=("해외 매출 비중", None, MR, "2026", "level", "optional",
       "A에서 B로 with 지난해 attached to A (README question 1); the target's period: the optional 연내 of the coordinated clause (written), or none?"))
d.Q("6.2%", 6.2, "%", "%", P,
    f=("주가", None, MR, "2026-05-07", "change", "required", "the story's company's share price; 이날 (optional, pointing back to 7일) dates it"))
d.Q("4만 1,300원", 41300, W, "원", "currency", f=("주가", None, MR, "2026-05-07", "level", "required", "the closing price (마감했다)"))

if __name__ == "__main__":
    write_all(docs)
