"""Gold labels of articles-holdout36, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: /work/main/.venv/bin/python annotation/articles_holdout36/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline Q1 results with a rival (뉴스1 dateline, 2026년 1분기 in the lead)
d = Doc("001_0235b727cad09565", "2026-05-14"); docs.append(d)
JJ, JA = "제주항공", "진에어"
d.Oall(JJ, JJ, special={4: ("required", "an organization before 관계자 (its spokesperson): a mention")})
d.Oall(JA, JA, special={0: ("required", "a rival introduced by 경쟁사")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; the digit is part of the name")
d.O("대한항공", "대한항공", note="the parent (대한항공의 자회사인 진에어)")
d.O("에어부산", "에어부산", note="named pair with 에어서울 (·)")
d.O("에어서울", "에어서울")
d.O("트립모아", "트립모아", note="invented travel platform introduced by 여행 플랫폼")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="제주항공, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year + quarter: one mention")
d.D("1분기", Q1, "quarter", ctx="제주항공은 1분기", rel=True)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다 14.2%", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("14일", "2026-05-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01",
    note="points back (같은 기간 31% 증가: the same year-on-year comparison)")
d.D("1분기", Q1, "quarter", ctx="1분기 여객 수", rel=True)
d.D("1년 전", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01",
    note="1년 전보다 in a comparison: an offset from the document date (2025, required by the Offsets line) or a word pointing back "
         "from the figure's period like 전년 동기 (2025-Q1, optional)? (README question 4)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기(88.2%)", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("지난 3월", "2026-03", "month", rel=True)
d.D("같은 날", "2026-05-14", "day", rel=True, st="optional", anchor="2026-05-14", note="points back to 14일 (like 당일)")
d.D("1분기", Q1, "quarter", ctx="같은 날 1분기", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (유지하고 … 계획): the next Q2")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (future, 까지 outside)")
d.Q("5천억", 500000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("매출", "1분기 매출 5천억", JJ, Q1, "level"))
d.Q("28%", 28, "%", "%", P, ctx="여객 28% 늘어",
    f=("국제선 여객", "국제선 여객 28%", JJ, Q1, "change", "required", "headline: the headline's organization and quarter"))
d.Q("5,320억 원", 532000000000, W, "원", "currency", f=("매출", "기준 매출이", JJ, Q1, "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "기준 매출이", JJ, Q1, "change", "required", "전년 동기보다 = basis"))
d.Q("742억 원", 74200000000, W, "원", "currency", f=("영업이익", "영업이익은 742억", JJ, Q1, "level"))
d.Q("31%", 31, "%", "%", P, f=("영업이익", "영업이익은 742억", JJ, Q1, "change"))
d.Q("13.9%", 13.9, "%", "%", P, f=("영업이익률", None, JJ, Q1, "level"))
d.Q("412만 명", 4120000, "명", "명", C, f=("여객 수", None, JJ, Q1, "level", "required", "subject carried (제주항공은 of the paragraph before)"))
d.Q("268만 명", 2680000, "명", "명", C, f=("국제선 여객", "국제선 여객이 268만", JJ, Q1, "level", "required", "이 가운데: part of the figure before; subject and period carried"))
d.Q("28%", 28, "%", "%", P, ctx="1년 전보다 28%",
    f=("국제선 여객", "국제선 여객이 268만", JJ, Q1, "change", "required", "1년 전보다 = basis; the period is the current one"))
d.Q("91.4%", 91.4, "%", "%", P, f=("국제선 평균 탑승률", None, JJ, Q1, "level"))
d.Q("88.2%", 88.2, "%", "%", P,
    f=("국제선 평균 탑승률", None, JJ, "2025-Q1", "level", "required", "a basis figure in brackets after 전년 동기: that DATE is attached to it"))
d.Q("3.2%포인트", 3.2, PP, "%포인트", P, f=("국제선 평균 탑승률", None, JJ, Q1, "change"))
d.Q("4개", 4, "개", "개", C,
    f=("국제선 노선", "국제선 노선 4개", JJ, "2026-03", "level", "required", "회사는 = 제주항공; 지난 3월 in the clause; the count of routes opened"))
d.Q("62개", 62, "개", "개", C,
    f=("국제선 노선", "국제선 노선이 모두", JJ, "2026-03", "level", "required", "the sentence's 지난 3월 (the clause's result); 모두 is no approximator"))
d.Q("4,180억 원", 418000000000, W, "원", "currency",
    f=("매출", "1분기 매출 4,180억", JA, Q1, "level", "required", "the rival's own figure (진에어도 … 발표했다); its own 1분기"))
d.Q("615억 원", 61500000000, W, "원", "currency", f=("영업이익", "영업이익 615억", JA, Q1, "level"))
d.Q("231만 명", 2310000, "명", "명", C, f=("국제선 여객", "진에어의 국제선 여객", JA, Q1, "level", "required", "period carried for the same subject"))
d.Q("9.6%", 9.6, "%", "%", P, f=("국제선 여객", "진에어의 국제선 여객", JA, Q1, "change"))
d.Q("석 달", 3, "month", "달", "duration", note="native numeral; 동안 outside")
d.Q("7만 4천 건", 74000, "건", "건", C,
    f=("번들 상품", None, JJ, Q1, "level", "optional",
       "sales of a product (제주항공의 번들 상품, made with the partner 트립모아): the airline's figure by the genitive, or a product's figure "
       "with an empty subject? (README question 1); period: 석 달 동안 is a duration, the quarter carried"))
d.Q("90%", 90, "%", "%", P, bound="min", note="이상 → min",
    f=("탑승률", None, JJ, "2026-Q2", "level", "required", "an organization's spokesperson speaks for it; 2분기에도 in the clause"))
d.Q("6대", 6, "대", "대", C,
    f=("항공기", None, JJ, "2026", "level", "required", "B737-8 is a model code (no quantity); 연말까지 in the clause"))

# ---------------------------------------------------------------- 002 electronics maker annual results by division and guidance (연합뉴스 dateline, no year anywhere)
d = Doc("002_de937f062bb05c02", "2026-01-29"); docs.append(d)
DH = "대흥전자"
d.Oall(DH, DH, special={4: ("required", "an organization before a person's title: a mention")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("대흥이노텍", "대흥이노텍", note="invented subsidiary introduced by 자회사")
Y, Q4 = "2025", "2025-Q4"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("올해", "2026", "year", ctx="\"올해 매출 30조", rel=True, note="headline quote")
d.D("지난해", Y, "year", ctx="대흥전자가 지난해", rel=True)
d.D("지난해", Y, "year", ctx="대흥전자는 지난해", rel=True)
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", Q4, "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("올해", "2026", "year", ctx="대흥전자는 올해", rel=True)
d.D("내년 말", "2027", "year", mod="END", rel=True, note="내년 말까지 (까지 outside): future")
d.D("상반기", "2026-H1", "half", rel=True, note="상반기 중 in a plan (마치고 … 끌어올리겠다): the next H1; 중 outside")
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 첫 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("영업익", None, DH, Y, "level"))
d.Q("30조", 30000000000000, W, "", "currency", ctx="30조 목표", st="optional", note="headline amount in a quote, currency implied",
    f=("매출", "올해 매출 30조", DH, "2026", "level"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("영업이익", "연간 영업이익 1조", DH, Y, "level", "required", "연간 qualifies the period only: outside the metric"))
d.Q("27조 4,600억 원", 27460000000000, W, "원", "currency", f=("매출", "기준 매출 27조", DH, Y, "level"))
d.Q("1조 1,280억 원", 1128000000000, W, "원", "currency", f=("영업이익", "영업이익 1조 1,280억", DH, Y, "level"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", "매출은 전년보다", DH, Y, "change", "required", "전년보다 = basis"))
d.Q("22.4%", 22.4, "%", "%", P, f=("영업이익", "영업이익은 22.4%", DH, Y, "change"))
BR = ("breakdown (부문별로는): a line of business (생활가전, TV 사업, 전장 부품) is no ORG and no subject: the company carried; "
      "the story's 지난해 carried")
d.Q("11조 2,000억 원", 11200000000000, W, "원", "currency", f=("매출", "생활가전이 매출", DH, Y, "level", "required", BR))
d.Q("5,940억 원", 594000000000, W, "원", "currency", f=("영업이익", "영업이익 5,940억", DH, Y, "level", "required", BR))
d.Q("7조 8,300억 원", 7830000000000, W, "원", "currency", f=("매출", "사업은 매출 7조", DH, Y, "level", "required", BR))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("영업손실", None, DH, Y, "level", "required", BR + "; a loss is written as a positive amount of 영업손실"))
d.Q("5조 1,500억 원", 5150000000000, W, "원", "currency", f=("전장 부품 매출", None, DH, Y, "level", "required", BR))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 = over a year: a duration (새 outside, like 간)")
d.Q("19%", 19, "%", "%", P, f=("전장 부품 매출", None, DH, Y, "change", "required", BR))
d.Q("3조 2,800억 원", 3280000000000, W, "원", "currency",
    f=("매출", "부품 매출은", "대흥이노텍", Y, "level", "optional",
       "a business run by the subsidiary (대흥이노텍이 맡은 카메라 모듈 사업), listed in the parent's breakdown: the subsidiary's revenue "
       "(written) or the parent's segment figure (대흥전자)? (README question 2); 올렸다 names no measure: the breakdown's 매출"))
d.Q("7조 3,100억 원", 7310000000000, W, "원", "currency", f=("매출", "매출은 7조 3,100억", DH, Q4, "level", "required", "4분기만 보면 in the sentence"))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,150억", DH, Q4, "level"))
d.Q("1주", 1, "주", "주", C, st="optional", note="the dummy 1 of a rate denominator (1주당)")
d.Q("1,200원", 1200, W, "원", "currency",
    f=("결산 배당", None, DH, Y, "level", "optional",
       "a year-end dividend decided with the results: for the year 2025 (written), the 4분기 of the sentence before (the letter of carry-forward), "
       "or none (a decision, no DATE)? (README question 3); 회사는 = 대흥전자"))
d.Q("30조 원", 30000000000000, W, "원", "currency", f=("매출 목표", None, DH, "2026", "level", "required", "올해 in the clause"))
d.Q("2조 5천억 원", 2500000000000, W, "원", "currency", f=("시설투자", None, DH, "2026", "level", "required", "X에 N원을 쓰다 → X; 올해 carried in the sentence"))
d.Q("100조 원", 100000000000000, W, "원", "currency",
    f=("전장 부문 수주 잔고", None, DH, "2027", "level", "required", "a target level (N원으로 늘린다); 내년 말까지 in the clause; 전장 부문 is a segment, no ORG"))
d.Q("35%", 35, "%", "%", P, note="까지 after the target level: a particle, no bound",
    f=("북미 매출 비중", None, DH, "2026-H1", "level", "required",
       "the CFO speaks for the company; no DATE in the clause: the sentence's 상반기 (FACTS search order: clause, then sentence)"))

# ---------------------------------------------------------------- 003 county population, births and welfare budget (뉴시스 dateline, 2025년 말 in the lead)
d = Doc("003_50e4cd43d3a84c56", "2026-02-10"); docs.append(d)
JC = "진천군"
PLACE = ("the county as the place whose population is counted (진천군 인구, 진천군의 주민등록 인구): a city or county is ORG when acting "
         "as a government (README question 5)")
d.Oall(JC, JC, skip=(3,), special={0: ("optional", PLACE), 1: ("optional", PLACE),
                                   4: ("optional", "the county's name inside the title 진천군수 (one word): a mention or part of a person's title?")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("세원마이크로", "세원마이크로", note="invented maker introduced by 반도체 부품업체")
d.O("진천군가족센터", "진천군가족센터", note="a county institution; the county's name is part of its official name")
Y = "2025"
d.D("2025년 말", Y, "year", mod="END", note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="1년 전보다 in a comparison of the 2025-end figure: an offset from the document date (2025 by the letter of the Offsets line) "
         "or a word pointing back from the figure's period like 전년 (2024, optional)? (README question 4)")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("2016년", "2016", "year", note="the old level's date (A에서 B로)")
d.D("지난해", Y, "year", ctx="지난해 태어난", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", ctx="군은 올해", rel=True)
d.D("지난해", Y, "year", ctx="지난해보다 12%", rel=True, note="a comparison's basis, still a DATE (relative to the document date)")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (연다)")
d.D("올해", "2026", "year", ctx="\"올해 안에", rel=True, note="올해 안에: 안에 outside")
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
CO = "the county's figure (README question 5)"
d.Q("9만 명", 90000, "명", "명", C, ctx="인구 9만 명 눈앞",
    f=("인구", "진천군 인구 9만", JC, "", "level", "required", "headline threshold (눈앞); no DATE in the headline and nothing before it: empty; " + CO))
d.Q("2년", 2, "year", "년", "duration", ctx="2년 연속", note="2년 연속 = for two years running: an amount of time")
d.Q("8만 9,412명", 89412, "명", "명", C, f=("주민등록 인구", None, JC, Y, "level", "required", "2025년 말 기준 (value 2025, END); " + CO))
d.Q("1,236명", 1236, "명", "명", C, f=("인구", "진천군은 인구가", JC, Y, "change", "required", "늘어: a change; the lead's period; " + CO))
d.Q("1.4%", 1.4, "%", "%", P, f=("인구", "진천군은 인구가", JC, Y, "change", "required", "a rate in brackets after the change: the same metric"))
d.Q("11개", 11, "개", "개", C,
    f=("시·군", None, "", "", "level", "required", "the province's (도내, not named, a place) count of municipalities: no ORG; no period of its own and no earlier figure of this metric"))
d.Q("6만 8천여 명", 68000, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("인구", "군 인구는", JC, "2016", "level", "required", "A에서 B로: the old level, dated 2016년 in its clause; 군 = 진천군"))
d.Q("9년", 9, "year", "년", "duration", note="9년 사이 (사이 outside, like 간)")
d.Q("2만 명", 20000, "명", "명", C, ctx="2만 명 넘게", bound="gt", note="넘게 → gt",
    f=("인구", "군 인구는", JC, Y, "change", "required", "a comparison (불었다) takes the current period, not the basis 2016년: the story's 2025"))
BR = ("breakdown (읍·면별로는): a township is a place, no ORG; the item keeps the total's metric (인구), subject and period "
      "(README convention 1)")
d.Q("3만 1,870명", 31870, "명", "명", C, f=("인구", None, JC, Y, "level", "required", BR))
d.Q("2만 6,540명", 26540, "명", "명", C, f=("인구", None, JC, Y, "level", "required", BR))
d.Q("1만 1,200명", 11200, "명", "명", C, f=("인구", None, JC, Y, "level", "required", BR))
d.Q("35.6%", 35.6, "%", "%", P, f=("덕산읍 인구", None, JC, Y, "level", "required", "X는 전체의 N%: the topic X names what the share measures"))
d.Q("420명", 420, "명", "명", C,
    f=("직원", None, "세원마이크로", Y, "level", "optional",
       "employees of the company moving in (전입): the company's count (written) or the county's population inflow (진천군)? "
       "no DATE of its own: the story's 2025 carried or empty? (README question 6)"))
d.Q("612명", 612, "명", "명", C, f=("태어난 아기", None, JC, Y, "level", "required", "지난해 in the clause; " + CO))
d.Q("571명", 571, "명", "명", C, f=("태어난 아기", None, JC, "2024", "level", "required", "a basis figure in brackets after 전년: that DATE's value"))
d.Q("41명", 41, "명", "명", C, f=("태어난 아기", None, JC, Y, "change"))
d.Q("1.12명", 1.12, "명", "명", C, f=("합계출산율", None, JC, Y, "level", "required", "명 as written (births per woman); period carried"))
d.Q("0.75명", 0.75, "명", "명", C,
    f=("전국 평균", None, "", Y, "level", "required", "a national figure: no subject; the measure noun governing it (전국 평균); the same metric's period carried"))
d.Q("2,148억 원", 214800000000, W, "원", "currency", f=("복지 예산", None, JC, "2026", "level", "required", "군은 = 진천군, the government body whose budget it is; 올해 in the clause"))
d.Q("7,320억 원", 732000000000, W, "원", "currency", f=("전체 예산", None, JC, "2026", "level"))
d.Q("29.3%", 29.3, "%", "%", P,
    f=("복지 예산", "복지 예산으로", JC, "2026", "level", "optional",
       "(복지 예산은) 전체 예산 …의 N%다: the dropped topic (복지 예산, written) or the whole after 의 (전체 예산)? (README question 7)"))
d.Q("386억 원", 38600000000, W, "원", "currency", f=("출산·보육 예산", None, JC, "2026", "level", "required", "이 가운데: subject and period carried"))
d.Q("12%", 12, "%", "%", P, f=("출산·보육 예산", None, JC, "2026", "change", "required", "지난해보다 = basis; the current period"))
d.Q("첫째", 1, "째", "째", "ordinal", st="optional", note="첫째 아이: an ordinal word with no counter")
d.Q("500만 원", 5000000, W, "원", "currency", f=("출산장려금", None, JC, "2026", "level", "required", "the county pays it (준다); 올해 carried"))
d.Q("24시간", 24, "hour", "시간", "duration", st="optional",
    note="24시간 돌봄방: an amount of time describing a service inside a noun phrase (like 3시간공익플랫폼, but no name): optional")
d.Q("9만 명", 90000, "명", "명", C, ctx="인구 9만 명을", bound="gt", note="넘기고 → gt (like 넘는)",
    f=("인구", "안에 인구 9만", JC, "2026", "level", "required", "the county head speaks for the county; 올해 안에 in the clause"))
d.Q("10만", 100000, "명", "", C, st="optional", note="인구 10만 자족도시: a number with no counter (명 implied) before a noun",
    f=("인구", "까지 인구 10만", JC, "2030", "level"))

# ---------------------------------------------------------------- 004 food maker's exports by country, a plant abroad, a US subsidiary (bracket byline, 2025년 in the text)
d = Doc("004_0c3fd2e4bc17e717", "2026-03-05"); docs.append(d)
DO, DA = "다온식품", "다온아메리카"
d.Oall(DO, DO)
d.Oall(DA, DA, special={0: ("required", "invented subsidiary introduced by 현지 법인")})
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.O("월마트", "월마트", note="retailer listed with 코스트코 (와 … 등)")
d.O("코스트코", "코스트코")
d.O("다온홀딩스", "다온홀딩스", note="invented parent introduced by 모회사; before a person's title")
Y = "2025"
d.D("지난해", Y, "year", ctx="다온식품의 지난해", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("5일", "2026-03-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출 1,650억", rel=True)
d.D("오는 10월", "2026-10", "month", rel=True, note="future clause")
d.D("2027년 상반기", "2027-H1", "half", note="year + half: one mention")
d.D("2028년", "2028", "year")
d.Q("3억 달러", 300000000, U, "달러", "currency", ctx="수출 3억 달러 첫", bound="gt", note="돌파 → gt",
    f=("수출", "다온식품, 수출", DO, "", "level", "required", "headline with no DATE and nothing before it: period empty"))
d.Q("1200억", 120000000000, W, "", "currency", st="optional", note="headline amount, currency implied (no separator as written)",
    f=("2공장", None, DO, "", "level"))
d.Q("3억 달러", 300000000, U, "달러", "currency", ctx="처음으로 3억 달러", bound="gt", note="넘어섰다 → gt",
    f=("수출액", "지난해 수출액", DO, Y, "level"))
d.Q("3억 1,200만 달러", 312000000, U, "달러", "currency", f=("수출액", "2025년 수출액", DO, Y, "level"))
d.Q("4,490억 원", 449000000000, W, "원", "currency", approx=True, eq=("3억 1,200만 달러",), note="conversion in brackets; 약 → approx",
    f=("수출액", "2025년 수출액", DO, Y, "level", "required", "a conversion: the same slots as the amount it converts"))
d.Q("37%", 37, "%", "%", P, f=("수출액", "2025년 수출액", DO, Y, "change", "required", "전년보다 = basis"))
d.Q("9,860억 원", 986000000000, W, "원", "currency", f=("전체 매출", None, DO, Y, "level", "required", "period carried (2025년)"))
d.Q("52%", 52, "%", "%", P, f=("해외 매출 비중", None, DO, Y, "level"))
BR = "breakdown (국가별로는): a country is no subject; the item keeps the total's metric (수출액), subject and period (README convention 1)"
d.Q("1억 2,400만 달러", 124000000, U, "달러", "currency", f=("수출액", "2025년 수출액", DO, Y, "level", "required", BR))
d.Q("5,100만 달러", 51000000, U, "달러", "currency", f=("수출액", "2025년 수출액", DO, Y, "level", "required", BR))
d.Q("3,300만 달러", 33000000, U, "달러", "currency", f=("수출액", "2025년 수출액", DO, Y, "level", "required", BR))
d.Q("2,600만 달러", 26000000, U, "달러", "currency", f=("유럽 수출", None, DO, Y, "level", "required", "a region's exports named by its own noun phrase"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 = over a year (새 outside)")
d.Q("2배", 2, "배", "배", C, f=("유럽 수출", None, DO, Y, "change", "required", "N배로 늘었다: a change"))
d.Q("4,800곳", 4800, "곳", "곳", C,
    f=("매장", None, DA, Y, "level", "required",
       "the subsidiary supplies them (다온아메리카는 … 공급하며): its count, not the retailers' (listed with 등, not all named); "
       "no DATE in the clause: the sentence's 지난해"))
d.Q("1,650억 원", 165000000000, W, "원", "currency", f=("매출", "지난해 매출 1,650억", DA, Y, "level", "required", "the subsidiary's own revenue"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("해외 공장", None, DO, "", "level", "optional",
       "X에 N원을 들여 Y를 짓는다: the thing built (해외 공장; 두 번째 is a quantity) or empty?; 회사는 = 다온식품; a plan with no DATE in its "
       "sentence: empty (written) or the 2025 last set for the company (the letter of carry-forward)? (README question 8)"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="explicit ordinal marker (번째): ordinal, no fact")
d.Q("6억 개", 600000000, "개", "개", C,
    f=("라면", None, DO, "2027-H1", "level", "optional",
       "annual capacity (연간 outside) of the plant once running: the counted noun 라면; period the conditional clause's 2027년 상반기 "
       "(written), the next sentence's, or none? (README question 8)"))
d.Q("5억 달러", 500000000, U, "달러", "currency",
    f=("수출", "2028년 수출", DO, "2028", "level", "required",
       "the parent's head (다온홀딩스의 박서준 대표) speaks; the quoted clause names no subject and continues the story of 다온식품's exports: "
       "다온식품 kept (dropped subject); 2028년 in the clause"))
d.Q("70%", 70, "%", "%", P, f=("해외 매출 비중", "해외 매출 비중을 70%", DO, "2028", "level", "required", "a target level (N%로 높이겠다); as 5억 달러"))

# ---------------------------------------------------------------- 005 public corporation's yearly performance, minister quoted (연합뉴스 dateline, no year anywhere)
d = Doc("005_12b899a94d7c81ff", "2026-01-14"); docs.append(d)
LH = "한국토지주택공사"
d.Oall("LH", LH, skip=(1,), special={0: ("required", "short form in the headline; the full name follows in the lead")})
d.O(LH, LH, aliases="LH", note="(LH) right after the name: an alias, not in the span")
d.Oall("국토교통부", "국토교통부", special={1: ("required", "before a minister's title")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("주택관리공단", "주택관리공단", note="subsidiary introduced by 자회사")
d.O("누리주택리츠", "누리주택리츠", note="invented REIT set up by LH and private firms")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="(LH)가 지난해", rel=True)
d.D("13일", "2026-01-13", "day", rel=True, note="day of the report (보고했다)")
d.D("지난해", Y, "year", ctx="지난해 경영실적", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 1만", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 집행한", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="상반기 중 (중 outside) in a future clause (사들인다)")
d.Q("8만 가구", 80000, "가구", "가구", C, f=("공공주택", "작년 공공주택", LH, Y, "level", "required", "headline: its own 작년"))
d.Q("208%", 208, "%", "%", P, ctx="부채비율 208%로 낮춰",
    f=("부채비율", "부채비율 208%로 낮춰", LH, Y, "level", "required", "N%로 낮춰: the new level; the headline's 작년 (the ellipsis does not split a headline)"))
d.Q("8만 1,400가구", 81400, "가구", "가구", C, f=("공공주택", "지난해 공공주택", LH, Y, "level"))
d.Q("7만 5천 가구", 75000, "가구", "가구", C, f=("연간 목표", None, LH, Y, "level", "required", "a figure alone in brackets after a noun measures that noun"))
d.Q("8.5%", 8.5, "%", "%", P,
    note="8.5% 초과 달성 = exceeded by 8.5%: 초과 here names the excess, not a bound on the number (README question 9)",
    f=("연간 목표", None, LH, Y, "change", "optional",
       "the margin by which the target was beaten: a change (a difference) of 연간 목표, or a level of the verbal noun 초과 달성? (README question 9)"))
d.Q("1만 2,300가구", 12300, "가구", "가구", C, f=("공급 물량", None, LH, Y, "change", "required", "전년보다 = basis; LH carried; the lead's 지난해"))
d.Q("3만 2,600가구", 32600, "가구", "가구", C,
    f=("공급 물량", None, LH, Y, "level", "required", "이 가운데 (a part of the figure before): the total's metric, subject and period (README convention 1)"))
d.Q("40%", 40, "%", "%", P,
    f=("공공분양", None, LH, Y, "level", "optional",
       "N%를 차지했다 with no noun naming the share: the part (공공분양, written), the whole (공급 물량) or empty? (README question 7)"))
d.Q("1,840필지", 1840, "필지", "필지", C, f=("공공택지", None, LH, Y, "level", "required", "the topic is the counted noun; 공급했다 with LH carried"))
d.Q("612만㎡", 6120000, "㎡", "㎡", M, f=("공공택지", None, LH, Y, "level", "required", "모두 (in all) is no approximator or bound"))
d.Q("208%", 208, "%", "%", P, ctx="208%로 전년",
    f=("부채비율", "부채비율은 208%", LH, Y, "level", "required", "no DATE of its own but a basis: the story's 지난해 carried"))
d.Q("218%", 218, "%", "%", P, f=("부채비율", "부채비율은 208%", LH, "2024", "level", "required", "a basis figure in brackets after 전년 말: that DATE's value (2024, END)"))
d.Q("10%포인트", 10, PP, "%포인트", P, f=("부채비율", "부채비율은 208%", LH, Y, "change"))
d.Q("92조 4천억 원", 92400000000000, W, "원", "currency", f=("금융부채", None, LH, Y, "level"))
d.Q("21조 7천억 원", 21700000000000, W, "원", "currency", f=("사업비", "집행한 사업비", LH, Y, "level", "required", "지난해 in the clause"))
d.Q("26조 원", 26000000000000, W, "원", "currency", f=("사업비", "올해 사업비", LH, "2026", "level"))
d.Q("10만 가구", 100000, "가구", "가구", C, f=("공공주택", "들여 공공주택", LH, "2026", "level"))
d.Q("3기", 3, "기", "기", "ordinal", st="optional", note="3기 신도시: a generation number inside the name of a housing program (a name with a digit, or an ordinal?)")
d.Q("2만 9천 가구", 29000, "가구", "가구", C,
    f=("착공", None, LH, "2026", "level", "required", "no noun names the counted homes: the verbal noun (착공하고); LH and 올해 carried; 3기 신도시 is a place/program"))
d.Q("1,200명", 1200, "명", "명", C,
    f=("임대주택 관리 인력", None, LH, "2026", "level", "optional",
       "hired through the subsidiary (자회사 주택관리공단을 통해 … 뽑는다): LH by the grammar (written) or the subsidiary that employs them? (README question 10)"))
d.Q("5천 가구", 5000, "가구", "가구", C, ctx="주택 5천 가구",
    f=("매입임대 주택", None, "누리주택리츠", "2026-H1", "level", "required", "the REIT is the subject of 사들인다 (LH only in its relative clause); 상반기 중 in the clause"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: 안에 like 내/이내 → max; a duration (no DATE)")
d.Q("200%", 200, "%", "%", P, bound="lt", note="아래로 = below: lt like 미만",
    f=("부채비율", "부채비율을 200%", LH, "", "level", "optional",
       "a target for LH (the clause's own subject LH가) in a minister's quote, within 3 years (a duration, no DATE): period empty (written) or "
       "the 올해 last set for LH (the letter of carry-forward)? (README question 11)"))

# ---------------------------------------------------------------- 006 internet bank's customers and loans, mid-year (입력 stamp + byline line)
d = Doc("006_22aa87ad523a5113", "2026-07-21"); docs.append(d)
TB = "토스뱅크"
d.Oall(TB, TB, special={4: ("required", "an organization before a person's title: a mention")})
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O("금융당국", "금융당국", st="optional", note="unnamed institution noun (the financial authorities)")
d.O("모아크레딧", "모아크레딧", note="invented startup introduced by 핀테크 스타트업")
d.O("카카오뱅크", "카카오뱅크", note="a rival introduced by 경쟁사")
d.O("비바리퍼블리카", "비바리퍼블리카", note="the parent (모회사)")
M6 = "2026-06"
d.D("2026.07.21", "2026-07-21", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("지난 6월 말", M6, "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="a comparison's basis, still a DATE (relative to the document date)")
d.D("21일", "2026-07-21", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", "2026-H1", "half", rel=True, st="optional", anchor="2026-06-01",
    note="points back to the span 지난해 말 … 지난 6월 말 (written as the half it covers)")
d.D("1년 전", "2025-06", "month", rel=True, st="optional", anchor="2026-06-01",
    note="1년 전보다 in a comparison: an offset from the document date (2025-07 by the Offsets line) or pointing back from the figure's "
         "6월 말 (2025-06)? (README question 4)")
d.D("상반기", "2026-H1", "half", rel=True, note="the latest H1 on or before the document date")
d.D("전년 동기", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("이날", "2026-07-21", "day", rel=True, st="optional", anchor="2026-07-21", note="an anaphor pointing back to 21일 (like 당일)")
d.D("6월 말", M6, "month", ctx="카카오뱅크는 6월 말", mod="END", rel=True, note="the latest June on or before the document date")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (future, 까지 outside)")
d.Q("1300만명", 13000000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("고객", "토스뱅크 고객 1300", TB, "", "level", "required", "headline with no DATE and nothing before it: period empty"))
d.Q("16조", 16000000000000, W, "", "currency", ctx="잔액 16조\n", st="optional", note="headline amount, currency implied",
    f=("여신 잔액", "여신 잔액 16조\n", TB, "", "level"))
d.Q("5년", 5, "year", "년", "duration", approx=True, note="약 outside (approx); 만에 outside: a duration")
d.Q("1,300만 명", 13000000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("고객 수", "토스뱅크의 고객 수", TB, "", "level", "required",
       "the lead has no DATE (출범 약 5년 만에 is a duration) and nothing before it dates the figure; the search does not look ahead to "
       "the next sentence's 6월 말: empty"))
d.Q("1,312만 명", 13120000, "명", "명", C, f=("고객 수", "기준 고객 수", TB, M6, "level", "required", "지난 6월 말 기준 (value 2026-06, END)"))
d.Q("98만 명", 980000, "명", "명", C, f=("고객 수", "기준 고객 수", TB, M6, "change", "required", "지난해 말보다 = basis; the current period"))
d.Q("16조 2천억 원", 16200000000000, W, "원", "currency", f=("여신 잔액", "여신 잔액은", TB, M6, "level", "required", "같은 기간 (optional) points back; 6월 말 carried"))
d.Q("31조 8천억 원", 31800000000000, W, "원", "currency", f=("수신 잔액", None, TB, M6, "level"))
d.Q("6.4%", 6.4, "%", "%", P, f=("여신 잔액", "여신 잔액은", TB, M6, "change", "required", "각각: the first figure's metric"))
d.Q("9.1%", 9.1, "%", "%", P, f=("수신 잔액", None, TB, M6, "change", "required", "각각: the second figure's metric"))
d.Q("34.8%", 34.8, "%", "%", P, f=("중·저신용자 대출 비중", None, TB, M6, "level", "required", "subject and period carried"))
d.Q("30%", 30, "%", "%", P,
    f=("금융당국 목표치", None, "금융당국", "", "level", "optional",
       "a figure in brackets after a noun measures it (목표치); the target is set by an optional ORG (금융당국) for the bank: the fact is optional"))
d.Q("1.21%", 1.21, "%", "%", P, f=("연체율", None, TB, M6, "level"))
d.Q("0.17%포인트", 0.17, PP, "%포인트", P, f=("연체율", None, TB, M6, "change", "required", "1년 전보다 = basis"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("순이익", None, TB, "2026-H1", "level", "required", "상반기 in the clause"))
d.Q("455억 원", 45500000000, W, "원", "currency", f=("순이익", None, TB, "2025-H1", "level", "required", "a basis figure in brackets after 전년 동기: that DATE's value"))
d.Q("34.5%", 34.5, "%", "%", P, f=("순이익", None, TB, "2026-H1", "change"))
d.Q("1억 원", 100000000, W, "원", "currency", bound="max", note="최대 (and 까지) → max",
    f=("", None, "", "", "level", "required",
       "the loan limit of a product (사장님 한도대출, no ORG): a product's figure has an empty subject; 빌릴 수 있고 is a plain verb (no metric); "
       "no DATE in the clause or sentence (이날 dates the launch in the sentence before)"))
d.Q("4.9~9.8%", 4.9, "%", "%", P, hi=9.8, note="a range: one mention; 연 is a rate word outside",
    f=("금리", None, "", "", "level", "required", "the product's rate: empty subject (as 1억 원); no DATE"))
d.Q("2,610만 명", 26100000, "명", "명", C, f=("고객", "6월 말 고객", "카카오뱅크", M6, "level", "required", "the rival's own figure; its own 6월 말"))
d.Q("46조 원", 46000000000000, W, "원", "currency", f=("대출 잔액", None, "카카오뱅크", M6, "level"))
d.Q("1,400만 명", 14000000, "명", "명", C, f=("고객", "연말까지 고객", TB, "2026", "level", "required", "the bank's head speaks for it; 연말까지 in the clause (a target)"))
d.Q("34%", 34, "%", "%", P,
    f=("지분", None, "비바리퍼블리카", "", "level", "required", "the holder is the subject (갖고 있다); a present stake, no DATE and none set for the parent before: empty"))

if __name__ == "__main__":
    write_all(docs)
