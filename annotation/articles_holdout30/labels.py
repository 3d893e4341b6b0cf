"""Gold labels of articles-holdout30, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: python annotation/articles_holdout30/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 bank holding group Q3 results (입력 stamp + byline; no year in the body)
d = Doc("001_69ca034d35e17204", "2025-10-24"); docs.append(d)
G, B, KB = "하나로금융그룹", "하나로은행", "KB금융그룹"
d.O("하나로금융", G, ctx="하나로금융, 3분기", note="short form of 하나로금융그룹 (full name in the lead); headline topic with a comma")
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O(G, G)
d.O(B, B, note="a named subsidiary (주력 계열사인)")
d.O(KB, KB, note="a rival group (경쟁사인)")
d.O("하나로금융", G, ctx="하나로금융 관계자", note="short form, in a spokesperson's title")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 1조", rel=True, note="headline quarter: latest Q3 on or before the document date")
d.D("2025.10.24", "2025-10-24", "day", st="optional", note="publication stamp (date only; the clock time not labelled)")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 올해 3분기")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the report (밝혔다): not a period")
d.D("3분기", Q3, "quarter", ctx="3분기 누적", rel=True, note="the quarter up to which a sum runs (누적); the DATE is the quarter as written")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (like 전분기)")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="points back to the comparison just made (2분기 → 3분기); read as the quarter over which it grew")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 날", "2025-10-24", "day", rel=True, st="optional", anchor="2025-10-24", note="points back to 24일 (like 당일)")
d.D("3분기", Q3, "quarter", ctx="같은 날 3분기", rel=True)
d.Q("1조 2,840억", 1284000000000, W, "", "currency", ctx="1조 2,840억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 1조", G, Q3, "level"))
d.Q("1조 2,840억 원", 1284000000000, W, "원", "currency", f=("당기순이익", None, G, Q3, "level", "required", "연결 기준 (basis) outside the metric"))
d.Q("6.8%", 6.8, "%", "%", P, f=("당기순이익", None, G, Q3, "change", "required", "전년 동기보다 = basis"))
CUM = ("3분기 누적 = January to September: the DATE mention is 3분기 (2025-Q3), but the figure covers 2025-01/2025-09; "
       "which value is the period? (README question 1); written as the cumulative range")
d.Q("3조 5,210억 원", 3521000000000, W, "원", "currency", f=("순이익", "누적 순이익", G, "2025-01/2025-09", "level", "optional", CUM))
d.Q("25억 3천만 달러", 2530000000, U, "달러", "currency", approx=True, eq=("3조 5,210억 원",), note="conversion in brackets; 약 written → approx",
    f=("순이익", "누적 순이익", G, "2025-01/2025-09", "level", "optional", "conversion: same slots as the amount it converts; " + CUM))
d.Q("2조 2,150억 원", 2215000000000, W, "원", "currency", f=("이자이익", "수익원인 이자이익", G, Q3, "level", "required", "new paragraph continues the group's story: subject and period carried"))
d.Q("1.2%", 1.2, "%", "%", P, f=("이자이익", "수익원인 이자이익", G, Q3, "change", "required", "직전 분기 대비 = basis"))
d.Q("1.78%", 1.78, "%", "%", P, f=("순이자마진", None, G, Q3, "level", "required", "그룹 = the group of the story"))
d.Q("0.04%포인트", "0.04", PP, "%포인트", P, f=("순이자마진", None, G, Q3, "change"))
d.Q("4,920억 원", 492000000000, W, "원", "currency", f=("비이자이익", None, G, Q3, "level"))
d.Q("11%", 11, "%", "%", P, f=("비이자이익", None, G, Q3, "change"))
d.Q("312조 원", 312000000000000, W, "원", "currency", f=("원화대출금", None, B, "2025-09", "level", "required", "genitive owner (하나로은행의); 9월 말 기준 (END)"))
d.Q("171조 4천억 원", 171400000000000, W, "원", "currency", f=("기업대출", None, B, "2025-09", "level", "required", "part opener 이 가운데: the bank and 9월 말 carried"))
d.Q("140조 6천억 원", 140600000000000, W, "원", "currency", f=("가계대출", None, B, "2025-09", "level"))
d.Q("석 달", 3, "month", "달", "duration", note="native numeral 석 + 달; 새 (over) outside: a duration, no fact")
d.Q("2.1%", 2.1, "%", "%", P, f=("기업대출", None, B, "2025-09", "change", "required", "각각: first listed noun; period carried (9월 말)"))
d.Q("0.6%", 0.6, "%", "%", P, f=("가계대출", None, B, "2025-09", "change", "required", "각각: second listed noun"))
NPL = ("new paragraph with no organization after a paragraph about the subsidiary (하나로은행): the group (the story's) or the bank "
       "(the last named)? and 9월 말 (as of) or 3분기? (README question 2); written as the group, 3분기")
d.Q("0.52%", 0.52, "%", "%", P, f=("고정이하여신(NPL) 비율", None, G, Q3, "level", "optional", NPL))
d.Q("0.05%포인트", "0.05", PP, "%포인트", P, f=("고정이하여신(NPL) 비율", None, G, Q3, "change", "optional", NPL))
d.Q("168%", 168, "%", "%", P, f=("대손충당금 적립률", None, G, Q3, "level", "optional", NPL))
d.Q("1조 6,140억 원", 1614000000000, W, "원", "currency", f=("순이익", "3분기 순이익이 1조 6,140", KB, Q3, "level", "required", "its own topic (KB금융그룹은) and 3분기 in the clause"))
d.Q("1,200원", 1200, W, "원", "currency", bound="min", note="이상 → min",
    f=("주당 배당금", None, G, "", "level", "optional",
       "a policy in a spokesperson's quote (유지하겠다) with no date of its own: empty, or the period last set (3분기) carried? (README question 3); "
       "subject: the spokesperson's company (하나로금융 관계자), the quote names none"))

# ---------------------------------------------------------------- 002 metropolitan city's budget proposal (뉴시스 dateline, no year anywhere)
d = Doc("002_3953286df7e0974c", "2025-11-03"); docs.append(d)
DJ, DC = "대전시", "대전시의회"
d.O(DJ, DJ, ctx="대전시, 내년", note="a city acting as a government; headline topic with a comma")
d.O("뉴시스", "뉴시스", note="news agency in the dateline (대전 = place, outside)")
d.O(DJ, DJ, ctx="대전시가")
d.O(DC, DC, note="the city council, named in full")
d.O("시", DJ, ctx="시는 부족한", st="optional", note="bare 시 for the city named before: an unnamed institution noun or a short form? (README question 4)")
d.O("시", DJ, ctx="시 채무", st="optional", note="as above, as a modifier (시 채무)")
d.O("시의회", DC, ctx="시의회는", st="optional",
    note="시의회 is listed as an unnamed institution noun (optional), but here it is the short form of 대전시의회 named in full (README question 4)")
d.O("예산결산특별위원회", "예산결산특별위원회", note="a committee (the council's), before a person's name and title")
Y = "2026"
d.D("내년", Y, "year", ctx="내년 예산", rel=True)
d.D("올해", "2025", "year", ctx="올해보다", rel=True)
d.D("내년도", Y, "year", rel=True, note="내년도 (next (fiscal) year): read as the year 2026; a Korean local government's fiscal year is the calendar year")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True, note="the comparison's basis, still a DATE")
d.D("3일", "2025-11-03", "day", rel=True, note="day of the report (밝혔다)")
d.D("내년 말", Y, "year", mod="END", rel=True)
d.D("올해 말", "2025", "year", mod="END", rel=True, note="the basis (전망치보다)")
d.D("오는 14일", "2025-11-14", "day", rel=True, note="A부터 B까지: two mentions; future (오는)")
d.D("다음 달 15일", "2025-12-15", "day", rel=True, note="다음 달 + day: one mention")
d.Q("7조 1,240억", 7124000000000, W, "", "currency", ctx="7조 1,240억 편성", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산", DJ, Y, "level"))
d.Q("4.3%", 4.3, "%", "%", P, ctx="4.3% 늘려", f=("예산", "내년 예산", DJ, Y, "change", "required", "headline: 올해보다 = basis, 내년 the period; the measure of the figure before"))
d.Q("2,940억 원", 294000000000, W, "원", "currency",
    f=("예산안", None, DJ, Y, "change", "required", "…보다 N원 늘어난: a change; the city's proposal for 내년도 (the comparison's basis is 올해)"))
d.Q("4.3%", 4.3, "%", "%", P, ctx="(4.3%)", f=("예산안", None, DJ, Y, "change", "required", "the same change as a rate, in brackets (not a conversion: another unit)"))
d.Q("7조 1,240억 원", 7124000000000, W, "원", "currency", f=("예산안", None, DJ, Y, "level", "required", "N원 규모로 편성: the size of the 예산안"))
d.Q("5조 6,830억 원", 5683000000000, W, "원", "currency", f=("일반회계", None, DJ, Y, "level", "required", "an account named as the measure (회계별로는); subject and period carried"))
d.Q("1조 4,410억 원", 1441000000000, W, "원", "currency", f=("특별회계", None, DJ, Y, "level"))
d.Q("2조 4,650억 원", 2465000000000, W, "원", "currency", f=("사회복지 예산", None, DJ, Y, "level"))
d.Q("34.6%", 34.6, "%", "%", P, f=("사회복지 예산", None, DJ, Y, "level", "required", "a share of the whole (전체의) taken by the part named as topic"))
BR = ("breakdown item naming only a sector (교통·물류, 과학기술), no measure noun: the measure named in the breakdown's first item (예산), its nearest "
      "mention (my convention)")
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("예산", "사회복지 예산", DJ, Y, "level", "required", BR))
d.Q("5,320억 원", 532000000000, W, "원", "currency", f=("예산", "사회복지 예산", DJ, Y, "level", "required", BR))
d.Q("2,180억 원", 218000000000, W, "원", "currency",
    f=("도시철도 2호선 트램 건설", None, DJ, Y, "level", "required", "the purpose marked by 에 (건설에는 … 반영됐다); 2호선 is part of a name, not a quantity"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", f=("지방채", None, DJ, Y, "level", "required", "시 = the city; the budget year (내년도) carried"))
d.Q("2조 3,400억 원", 2340000000000, W, "원", "currency", f=("채무", "시 채무", DJ, Y, "level", "required", "내년 말 (END) in the clause"))
d.Q("9.2%", 9.2, "%", "%", P, f=("채무", "시 채무", DJ, Y, "change", "required", "올해 말 전망치보다 = basis"))
d.Q("17.8%", 17.8, "%", "%", P,
    f=("채무비율", None, DJ, Y, "level", "required", "예산 대비 (basis of the ratio) outside; 내년 말 carried in the sentence"),
    note="17.8%까지 오른다 = rises to 17.8%: the value reached, no bound (까지 is not among the guideline's bound words; README question 5)")
d.Q("2년", 2, "year", "년", "duration", note="2년 새 (over two years): a duration, no fact")
d.Q("30%", 30, "%", "%", P, approx=True, note="가까이 (nearly) after the number: approx (not in the guideline's lists; README question 5)",
    f=("채무", "채무가 2년", DJ, "", "change", "optional",
       "in a council member's quote: the city's debt (subject carried) over 2년 새 (a duration, no DATE) — which period? (README question 3)"))

# ---------------------------------------------------------------- 003 shipbuilder's LNG-carrier order (regional daily, byline only)
d = Doc("003_0fd2a186a2122a0f", "2026-11-27"); docs.append(d)
HD, HW, SH = "HD현대중공업", "한화오션", "삼성중공업"
d.Oall(HD, HD, special={0: ("required", "headline topic with a comma")})
d.O("동해일보", "동해일보", note="invented regional daily in the byline line")
d.O("울산조선소", "울산조선소", st="optional", note="a yard: a site or a business unit of the company? (README question 6)")
d.O(HW, HW, note="a rival (경쟁사인)")
d.O(SH, SH)
Y = "2026"
d.D("27일", "2026-11-27", "day", rel=True, note="day of the report (밝혔다): not the order's period")
d.D("2029년 6월", "2029-06", "month", note="까지 outside")
d.D("올해", Y, "year", ctx="회사의 올해", rel=True)
d.D("10월 말", "2026-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("이달", "2026-11", "month", rel=True, note="이달 들어 (들어 outside)")
w = d.D("지난주", "2026-W47", "week", rel=True, rng=False, note="the ISO week before the document date's (2026-W48)")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2026-11-16", "2026-11-22"
d.D("올해", Y, "year", ctx="올해 수주액은 98", rel=True)
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention; in an industry source's quote")
HL = ("headline figure with no date before it: the guideline's search (clause, sentence, earlier) finds none, though the body says 올해 "
      "(README question 7); written as 2026")
d.Q("4척", 4, "척", "척", C, ctx="LNG선 4척",
    f=("LNG선", None, HD, "", "level", "required", "the counted noun before the count; the order has no date (27일 dates the report): empty"))
d.Q("1조 3,820억", 1382000000000, W, "", "currency", ctx="1조 3,820억 수주", st="optional", note="headline amount, currency implied",
    f=("수주", "3,820억 수주", HD, "", "level"))
d.Q("112%", 112, "%", "%", P, ctx="112% 달성", f=("목표", "연간 목표 112%", HD, Y, "level", "optional", HL))
d.Q("17만4천㎥", 174000, "㎥", "㎥", M, approx=True,
    note="급 (class) after the unit stays outside; as a suffix after the unit (like 원대) it sets approx (my reading of the rule)",
    f=("운반선", "(LNG) 운반선 4척", "", "", "level", "optional",
       "a ship class inside a noun phrase (17만4천㎥급 … 운반선): the capacity of a product; metric and subject unclear (README question 8)"))
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척을",
    f=("액화천연가스(LNG) 운반선", None, HD, "", "level", "required", "the company that won the order (수주했다) is the subject; the buyer (유럽 선사) is no ORG; no period (27일 dates the report)"))
d.Q("1조 3,820억 원", 1382000000000, W, "원", "currency",
    f=("수주", "원에 수주했다", HD, "", "level", "required", "no noun names the amount: the verbal noun (수주했다); no period"))
d.Q("3,455억 원", 345500000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("척당 가격", None, HD, "", "level", "required", "척당 is a rate word with no number, part of the metric; the order's price: the company carried; no period"))
d.Q("2억 4,700만 달러", 247000000, U, "달러", "currency", eq=("3,455억 원",), note="conversion in brackets; no approximator written in it",
    f=("척당 가격", None, HD, "", "level", "required", "conversion: same slots"))
d.Q("162억 달러", 16200000000, U, "달러", "currency",
    f=("수주액", "누적 수주액", HD, Y, "level", "required", "회사의 = the company of the story; 누적 qualifies the period, outside the metric; 올해 in the clause"))
d.Q("144억 달러", 14400000000, U, "달러", "currency",
    f=("목표", "연간 목표(144억", HD, Y, "level", "required", "a figure alone in brackets after a noun is that noun's; 연간 (a period qualifier) outside"))
d.Q("112%", 112, "%", "%", P, ctx="112%를",
    f=("목표", "연간 목표(144억", HD, Y, "level", "required", "X의 N%를 채웠다: the noun governing by 의 (목표); a level"))
BR = "breakdown (선종별로는) of the year's orders: the counted noun before each count; the company and 올해 carried"
d.Q("28척", 28, "척", "척", C, f=("LNG 운반선", "LNG 운반선이 28척", HD, Y, "level", "required", BR))
d.Q("19척", 19, "척", "척", C, f=("컨테이너선", None, HD, Y, "level", "required", BR))
d.Q("7척", 7, "척", "척", C, f=("원유운반선", "원유운반선 7척", HD, Y, "level", "required", BR))
d.Q("3,890만 CGT", 38900000, "CGT", "CGT", M,
    note="CGT (compensated gross tonnage) is no SI symbol: unit kept as written, category measure (my convention); the bracket gloss outside",
    f=("수주 잔고", None, HD, "2026-10", "level", "required", "10월 말 기준 (END); a new paragraph continues the company's story"))
d.Q("748억 달러", 74800000000, U, "달러", "currency", approx=True, note="약 → approx; not a conversion of the CGT figure (another measure)",
    f=("수주 잔고", None, HD, "2026-10", "level", "required", "금액으로는 (in money) names the form, not the measure: the backlog of the sentence"))
d.Q("3년 반", 3.5, "year", "년", "duration", approx=True, note="3년 반 = 3.5 years; 치 (worth) after it stays outside and sets approx like 달러치; a duration, no fact")
d.Q("2척", 2, "척", "척", C, ctx="운반선 2척과",
    f=("LNG 운반선", "LNG 운반선 2척", HW, "2026-11", "level", "required", "its own topic (한화오션은); 이달 in the clause"))
d.Q("3척", 3, "척", "척", C, f=("초대형원유운반선", None, HW, "2026-11", "level"))
d.Q("98억 달러", 9800000000, U, "달러", "currency", f=("수주액", "올해 수주액은 98", HW, Y, "level", "required", "올해 in the clause"))
d.Q("83%", 83, "%", "%", P, f=("목표", "목표의 83%", HW, Y, "level", "required", "목표의 N%: the noun governing by 의"))
d.Q("2척", 2, "척", "척", C, ctx="셔틀탱커 2척",
    f=("셔틀탱커", None, SH, "2026-W47", "level", "required", "its own topic (삼성중공업도); 지난주 in the clause"))

# ---------------------------------------------------------------- 004 cosmetics company's Q1 results and store closures (입력 stamp + byline; no year in the body)
d = Doc("004_4c0a0ef1b93cb876", "2026-05-14"); docs.append(d)
RB, LG = "라온뷰티", "LG생활건강"
d.Oall(RB, RB, special={0: ("required", "headline topic with a comma")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("루미엘", "루미엘", st="optional", note="a cosmetics brand run by the company (브랜드 '루미엘'을 운영하는): a product line, not the company; quotes outside")
d.O("세포라", "세포라", note="a retailer (its stores)")
d.O(LG, LG, note="a rival (경쟁사); 화장품 부문 is an unnamed division, not an ORG")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 영업손실 38억으로", rel=True)
d.D("2026.05.14", "2026-05-14", "day", st="optional", note="publication stamp (date only)")
d.D("1분기", Q1, "quarter", ctx="라온뷰티는 1분기", rel=True)
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 1분기")
d.D("14일", "2026-05-14", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("1년 전", "2025", "year", rel=True, note="offset N년 전 → that year (guideline); the comparison's basis, still a DATE")
d.D("지난 2월", "2026-02", "month", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="상반기 안에 (안에 outside): the coming half, a plan (닫기로 했다)")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("1분기", Q1, "quarter", ctx="LG생활건강은 1분기", rel=True)
d.D("올해", "2026", "year", rel=True, note="in the CEO's quote: a target")
d.Q("38억", 3800000000, W, "", "currency", ctx="38억으로", st="optional", note="headline amount, currency implied (38억으로)",
    f=("영업손실", "1분기 영업손실 38억", RB, Q1, "level"))
d.Q("40곳", 40, "곳", "곳", C, ctx="매장 40곳 닫는다",
    f=("매장", "中 매장 40곳", RB, "2026-H1", "level", "optional",
       "headline: the only date before it is the headline's 1분기 (a carried period by the letter of the guideline), but the closures are planned for 상반기 (README question 7); written as the body's 2026-H1"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("영업손실", "연결 기준 영업손실", RB, Q1, "level", "required", "연결 기준 (basis) outside the metric; 1분기 in the clause"))
d.Q("124억 원", 12400000000, W, "원", "currency",
    f=("영업손실", "연결 기준 영업손실", RB, "2025-Q1", "level", "required",
       "a figure alone in brackets after the compared period (전년 동기) is that period's level: its period is the basis's (2025-Q1), as the optional DATE resolves"))
d.Q("1,126억 원", 112600000000, W, "원", "currency", f=("매출", "매출은 1,126억", RB, Q1, "level", "required", "dropped subject: the company; 1분기 carried"))
d.Q("9.4%", 9.4, "%", "%", P, f=("매출", "매출은 1,126억", RB, Q1, "change"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", None, RB, Q1, "level", "required", "new paragraph: the story's company and quarter carried"))
d.Q("514억 원", 51400000000, W, "원", "currency", f=("국내 매출", None, RB, Q1, "level", "required", "a figure alone in brackets after a noun is that noun's"))
BR = ("breakdown (국가별로는) of the overseas sales: a country names no measure, so the measure broken down (해외 매출), its nearest mention "
      "(my convention); a country is no subject: the company carried")
d.Q("245억 원", 24500000000, W, "원", "currency", f=("해외 매출", None, RB, Q1, "level", "required", BR))
d.Q("62%", 62, "%", "%", P, f=("해외 매출", None, RB, Q1, "change", "required", BR + "; 1년 전보다 = basis"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("해외 매출", None, RB, Q1, "level", "required", BR))
d.Q("118억 원", 11800000000, W, "원", "currency", f=("해외 매출", None, RB, Q1, "level", "required", BR))
d.Q("23%", 23, "%", "%", P, f=("중국 매출", None, RB, Q1, "change"))
d.Q("320곳", 320, "곳", "곳", C,
    f=("세포라 매장", None, RB, "2026-02", "level", "optional",
       "the retailer's stores the brand entered (지난 2월 입점한, dropped subject = the company): the company's figure or 세포라's? period the entry's month or the quarter? (README question 9)"))
d.Q("40곳", 40, "곳", "곳", C, ctx="매장 40곳을",
    f=("중국 오프라인 매장", None, RB, "2026-H1", "level", "required", "회사는 = the story's company; 상반기 (안에) in the clause"))
CH = ("A에서 B로 in a sentence whose only date (지난해 말) dates A: by the guideline's search B takes 2025, which it is not; the closure plan's "
      "상반기 carried from the sentence before? (README question 10)")
d.Q("72곳", 72, "곳", "곳", C, f=("중국 매장", None, RB, "2025", "level", "required", "지난해 말 (END) right before it; the company carried (이로써)"))
d.Q("32곳", 32, "곳", "곳", C, f=("중국 매장", None, RB, "2026-H1", "level", "optional", CH))
PL = "a further plan (국내에서도 … 계획이다) with no date of its own: empty, or the closure plan's 상반기 carried? (README question 10)"
d.Q("15곳", 15, "곳", "곳", C, f=("직영점", None, RB, "", "level", "optional", PL))
d.Q("60억 원", 6000000000, W, "원", "currency", approx=True, note="약 → approx; 연간 (a rate word, no DATE) outside",
    f=("임차료", None, RB, "", "change", "optional", "a saving (아낄): a change of 임차료; " + PL))
d.Q("6,720억 원", 672000000000, W, "원", "currency", f=("화장품 부문 매출", None, LG, Q1, "level", "required", "its own topic; 1분기 in the clause"))
d.Q("5.1%", 5.1, "%", "%", P, f=("화장품 부문 매출", None, LG, Q1, "change"))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="넘기는 → gt",
    f=("미국 매출", None, RB, "2026", "level", "required", "a target in the CEO's quote: the quote's clause names no subject; the speaker's title names the company; 올해 in it"))

# ---------------------------------------------------------------- 005 equipment maker's DART supply-contract disclosure (입력 stamp + Yonhap dateline)
d = Doc("005_535735ee33a2883f", "2026-03-10"); docs.append(d)
SE, SK = "세온테크", "SK하이닉스"
d.Oall(SE, SE, special={0: ("required", "invented maker; headline topic with a comma after [공시]")})
d.Oall(SK, SK, special={0: ("required", "the client (와): a counterparty")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (서울 = place, outside)")
d.O("M15X 공장", "M15X 공장", st="optional", note="a named plant (청주, a place, outside): a site or a business unit? (README question 6); M15X is a code, no quantity")
d.O("코스닥시장", "코스닥시장", st="optional", note="a stock market (a market run by an exchange): an institution or a place? optional")
d.D("2026.03.10", "2026-03-10", "day", st="optional", note="publication stamp (date only)")
d.D("10일", "2026-03-10", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("지난해", "2025", "year", ctx="지난해 연결", rel=True)
d.D("이날", "2026-03-10", "day", ctx="이날부터", rel=True, st="optional", anchor="2026-03-10", note="points back to 10일 (like 당일); A부터 B까지: two mentions")
d.D("2026년 11월 30일", "2026-11-30", "day", note="end of the contract period (까지 outside)")
d.D("올해", "2026", "year", ctx="올해 들어", rel=True, note="올해 들어 (들어 outside)")
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 전체", rel=True)
d.D("지난해", "2025", "year", ctx="회사는 지난해", rel=True)
d.D("올해", "2026", "year", ctx="올해 매출이", rel=True, note="a forecast (본다) of this year")
d.D("이날", "2026-03-10", "day", ctx="이날 코스닥", rel=True, st="optional", anchor="2026-03-10", note="points back to 10일")
CT = "the contract's amount: the supplier (the discloser) is the subject, the client (와) a counterparty"
d.Q("482억", 48200000000, W, "", "currency", ctx="482억 규모", st="optional", note="headline amount, currency implied",
    f=("장비 공급계약", None, SE, "", "level"))
d.Q("482억 3천만 원", 48230000000, W, "원", "currency",
    f=("원자층증착(ALD) 장비 공급계약", None, SE, "", "level", "required",
       "X 규모의 Y → Y; " + CT + "; 10일 dates the disclosure; the contract period comes after it (the guideline searches the clause, the sentence, then earlier): empty"))
d.Q("1,694억 원", 169400000000, W, "원", "currency", ctx="(1,694억 원)",
    f=("매출액", None, SE, "2025", "level", "required", "a figure alone in brackets after a noun is that noun's; 연결 (basis) outside; 지난해 in the clause"))
d.Q("28.5%", 28.5, "%", "%", P,
    f=("계약 금액", None, SE, "", "level", "optional",
       "the contract amount as a share of last year's revenue: the clause's 지난해 dates the denominator; is the ratio's period that year or the contract's (none)? (README question 11)"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="an ordinal (번째): no fact")
d.Q("217억 원", 21700000000, W, "원", "currency",
    f=("세정장비", None, SE, "2026-01", "level", "required", "X 규모의 Y → Y; dropped subject: 세온테크 of the clause before; 지난 1월 in the clause"))
SUM = ("a sum of the two contracts (two dates: 지난 1월 and the 10th): the guideline's search finds the sentence's 지난해, which dates the basis; "
       "the year (올해 들어) or 2026-01/2026-03? (README question 11); written as 2026")
d.Q("두 건", 2, "건", "건", C, f=("", None, SE, "2026", "level", "optional", "no noun after the count (the contracts, 두 건을 합친); " + SUM))
d.Q("699억 3천만 원", 69930000000, W, "원", "currency", f=("수주액", "합친 수주액", SE, "2026", "level", "optional", SUM))
d.Q("1,240억 원", 124000000000, W, "원", "currency",
    f=("수주액", "전체 수주액", SE, "2025", "level", "required", "a figure alone in brackets after a noun; 지난해 right before it"))
d.Q("56%", 56, "%", "%", P, bound="gt", note="넘는다 → gt", f=("수주액", "합친 수주액", SE, "2026", "level", "optional", SUM))
d.Q("1,694억 원", 169400000000, W, "원", "currency", ctx="매출 1,694억 원,", f=("매출", "지난해 매출", SE, "2025", "level", "required", "회사는 = 세온테크"))
d.Q("213억 원", 21300000000, W, "원", "currency", f=("영업이익", None, SE, "2025", "level"))
d.Q("41%", 41, "%", "%", P,
    f=("비중", None, SE, "2025", "level", "required", "a customer's share of the company's sales (매출 가운데): the company's figure; the customer is a counterparty; 지난해 carried"))
d.Q("2,100억 원", 210000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("매출", "올해 매출이", SE, "2026", "level", "required", "a forecast by 증권가 (no ORG) of the company's revenue: the company carried; 올해 in the clause"))
d.Q("24%", 24, "%", "%", P, f=("매출", "올해 매출이", SE, "2026", "change"))
d.Q("7.2%", 7.2, "%", "%", P,
    f=("주가", None, SE, "2026-03-10", "change", "required", "genitive-less owner before 주가; 이날 (optional DATE) resolves to the 10th"))
d.Q("2만 4,350원", 24350, W, "원", "currency", f=("주가", None, SE, "2026-03-10", "level"))

# ---------------------------------------------------------------- 006 monthly employment statistic (Yonhap dateline, no year anywhere)
d = Doc("006_5ab29e828af9058f", "2026-04-15"); docs.append(d)
ND = "국가데이터처"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (세종 = place, outside)")
d.O(ND, ND, aliases="통계청", note="the statistics agency (renamed from 통계청; the bracket (옛 통계청) gives its former name: recorded as alias, 옛 = former)")
d.O("통계청", ND, st="optional", note="the former name inside the alias bracket (옛 통계청): recorded in aliases; as a mention optional (README question 12)")
M3 = "2026-03"
d.D("3월", M3, "month", ctx="3월 취업자", rel=True, note="headline month: latest March on or before the document date")
d.D("지난달", M3, "month", ctx="기자 = 지난달", rel=True)
d.D("1년 전", "2025", "year", ctx="1년 전보다 19만", rel=True, note="offset N년 전 → that year (guideline); the basis, still a DATE")
d.D("15일", "2026-04-15", "day", rel=True, note="day of the release (발표한): not a period")
d.D("3월", M3, "month", ctx="'3월 고용동향'", rel=True, note="the month a released statistic covers (as FACTS.md's `15일 발표한 3월 산업활동동향`); quotes outside")
d.D("지난달", M3, "month", ctx="지난달 15세", rel=True)
d.D("전년 동월", "2025-03", "month", rel=True, st="optional", anchor="2026-03-01", note="points back to 지난달")
d.D("1년 전", "2025", "year", ctx="1년 전보다 0.3", rel=True)
NS = "a national statistic (a country's figure): no subject; 국가데이터처 is its source"
DEF = ("an age threshold or range that defines the counted group: part of the metric, no fact per FACTS.md (Definitional ranges); "
       "the framework's check wants a fact row for every required quantity, so an optional one is written")
d.Q("19만3천명", 193000, "명", "명", C, f=("취업자", "3월 취업자", "", M3, "change", "required", "headline: 늘었지만 (a change); " + NS))
d.Q("23개월째", 23, "개월", "개월", "ordinal", ctx="청년층 23개월째", note="째: an ordinal, no fact")
d.Q("19만 명", 190000, "명", "명", C, bound="gt", note="넘게 → gt", f=("취업자 수", None, "", M3, "change", "required", NS + "; 지난달 in the clause"))
d.Q("23개월째", 23, "개월", "개월", "ordinal", ctx="23개월째 줄었다", note="째: an ordinal, no fact")
d.Q("15세", 15, "세", "세", C, ctx="지난달 15세", bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("2,871만 2천 명", 28712000, "명", "명", C, f=("15세 이상 취업자", "지난달 15세 이상 취업자", "", M3, "level", "required", NS))
d.Q("19만 3천 명", 193000, "명", "명", C, f=("15세 이상 취업자", "지난달 15세 이상 취업자", "", M3, "change", "required", "전년 동월 대비 = basis"))
d.Q("60세", 60, "세", "세", C, bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("27만 4천 명", 274000, "명", "명", C, f=("60세 이상 취업자", None, "", M3, "change", "required", "늘어: a change; the month carried"))
d.Q("30대", 30, "대", "대", C, hi=39, st="optional", note="an age bracket (대 = decade of age, not the vehicle counter): optional")
BR = ("breakdown item naming only a group (30대, 40대) or an industry (제조업, 건설업): the measure noun of the breakdown (취업자), its nearest "
      "mention before the figure (my convention); " + NS)
d.Q("9만 8천 명", 98000, "명", "명", C, f=("취업자", "60세 이상 취업자가", "", M3, "change", "required", BR))
d.Q("15~29세", 15, "세", "세", C, hi=29, note="a range: value 15, value_high 29", f=("", None, "", "", "level", "optional", DEF))
d.Q("17만 1천 명", 171000, "명", "명", C, f=("15~29세 청년층 취업자", None, "", M3, "change", "required", "각각 감소: a change; the definitional range in the metric"))
d.Q("40대", 40, "대", "대", C, hi=49, st="optional", note="an age bracket: optional")
d.Q("5만 2천 명", 52000, "명", "명", C, f=("취업자", "29세 청년층 취업자는", "", M3, "change", "required", BR))
IND = "an industry named with the figure in brackets: the measure noun governing both (취업자가 늘었다); an industry is no ORG: no subject"
d.Q("12만 6천 명", 126000, "명", "명", C, f=("취업자", "에서 취업자가", "", M3, "change", "required", IND))
d.Q("7만 9천 명", 79000, "명", "명", C, f=("취업자", "에서 취업자가", "", M3, "change", "required", IND))
d.Q("6만 8천 명", 68000, "명", "명", C, f=("취업자", "에서 취업자가", "", M3, "change", "required", BR))
d.Q("9개월", 9, "month", "개월", "duration", note="9개월 연속 (for nine months running): an amount of time, no ordinal marker: a duration, no fact")
d.Q("14만 5천 명", 145000, "명", "명", C, f=("취업자", "에서 취업자가", "", M3, "change", "required", BR))
d.Q("15세", 15, "세", "세", C, ctx="15세 이상 고용률", bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("62.4%", 62.4, "%", "%", P, f=("15세 이상 고용률", None, "", M3, "level", "required", NS + "; new paragraph, the statistic's month carried"))
d.Q("0.3%포인트", "0.3", PP, "%포인트", P, f=("15세 이상 고용률", None, "", M3, "change", "required", "1년 전보다 = basis"))
d.Q("44.5%", 44.5, "%", "%", P, f=("청년층 고용률", None, "", M3, "level"))
d.Q("1.1%포인트", "1.1", PP, "%포인트", P, f=("청년층 고용률", None, "", M3, "change"))
d.Q("3.1%", 3.1, "%", "%", P, f=("실업률", None, "", M3, "level"))
d.Q("0.2%포인트", "0.2", PP, "%포인트", P, f=("실업률", None, "", M3, "change"))
d.Q("91만 5천 명", 915000, "명", "명", C, f=("실업자", None, "", M3, "level"))

if __name__ == "__main__":
    write_all(docs)
