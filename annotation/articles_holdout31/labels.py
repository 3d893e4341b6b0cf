"""Gold labels of articles-holdout31, written by reading the texts against the shared guidelines
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout31/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 ramen maker's overseas sales (입력 stamp + outlet byline)
d = Doc("001_0bb0ab20cd9767c9", "2026-02-12"); docs.append(d)
HC, HA = "해찬식품", "해찬아메리카"
d.Oall(HC, HC, special={0: ("required", "invented ramen maker; headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.Oall(HA, HA, special={0: ("required", "invented US subsidiary (미국 법인, a description, outside)")})
d.O("닛신식품", "닛신식품", note="a rival; the country 일본 before it stays outside")
d.O("농심", "농심", note="a rival, figure in brackets")
Y = "2025"
d.D("지난해", Y, "year", ctx="해찬식품, 지난해", rel=True, note="headline")
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("지난해", Y, "year", ctx="해찬식품이 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's year")
d.D("12일", "2026-02-12", "day", rel=True, note="the day of the report (업계에 따르면)")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.D("지난해", Y, "year", ctx="지난해 미국 라면", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("9,800억", 980000000000, W, "", "currency", ctx="매출 9,800억…", st="optional", note="headline amount, currency implied")
d.Q("9,800억 원", 980000000000, W, "원", "currency", approx=True, note="어치 after the unit stays outside and sets approx",
    f=("라면", "원어치의 라면", HC, Y, "level", "required",
       "팔았다 is a plain verb: the noun the amount is of (N원어치의 라면) names what is measured; the headline's 해외 라면 매출 would also do"))
d.Q("41%", 41, "%", "%", P, ctx="41% 늘어난", f=("라면", "원어치의 라면", HC, Y, "change", "required", "전년보다 = basis; the rise of the figure before (규모)"))
d.Q("1조 4,200억 원", 1420000000000, W, "원", "currency", f=("전체 매출", None, HC, Y, "level", "required", "figure in brackets after its metric"))
d.Q("69%", 69, "%", "%", P,
    f=("전체 매출", None, HC, Y, "level", "optional",
       "share of the total earned abroad (…의 69%를 해외에서 올렸다): no noun names the overseas share; metric 전체 매출 (the whole) or empty? (README question 1)"))
d.Q("4,750억 원", 475000000000, W, "원", "currency",
    f=("미국 매출", None, HC, Y, "level", "required", "a country's sales of the company (국가별로는): the country is no subject; the company carried; 업계에 따르면 is a source"))
BR = "breakdown by country, figure in brackets after a country: the measure of the figure before (매출); the company carried"
d.Q("2,130억 원", 213000000000, W, "원", "currency", f=("매출", "미국 매출이", HC, Y, "level", "required", BR))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("매출", "미국 매출이", HC, Y, "level", "required", BR))
d.Q("5억 1,000만 달러", 510000000, U, "달러", "currency", f=("수출액", None, HC, Y, "level"))
d.Q("7,400억 원", 740000000000, W, "원", "currency", approx=True, eq=("5억 1,000만 달러",), note="conversion in brackets, 약 → approx",
    f=("수출액", None, HC, Y, "level", "required", "conversion: same slots as the converted figure"))
CAP = ("a change from A to B in a clause dated 지난해 12월 (the end of the expansion): 17억 dated by it and 11억 not, or both the story's 2025? "
       "(README question 2)")
d.Q("11억 개", 1100000000, "개", "개", C, f=("생산능력", None, HC, "", "level", "optional", "연간 (a rate word) outside the metric; " + CAP))
d.Q("17억 개", 1700000000, "개", "개", C, f=("생산능력", None, HC, "2025-12", "level", "optional", "연간 outside the metric; " + CAP))
d.Q("2,400억 원", 240000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("투입된 금액", None, HC, "2025-12", "level", "required",
       "the expansion's spend; subject carried (회사는); the period last set for the company (지난해 12월) carries"))
d.Q("1억 2,000만 달러", 120000000, U, "달러", "currency",
    f=("캘리포니아 공장", None, HA, "2027", "level", "required",
       "X에 N을 들여 → X (no measure noun; 들여 a plain verb); 해찬아메리카도 its own topic; 2027년까지 the only DATE of the clause"))
d.Q("4개", 4, "개", "개", C, f=("생산 라인", None, HA, "2027", "level"))
MS = "미국 라면 시장 점유율"
d.Q("41%", 41, "%", "%", P, ctx="41%로", f=(MS, None, "닛신식품", Y, "level", "required", "the company subject of the clause owns the share; 지난해 in the sentence"))
d.Q("25.3%", 25.3, "%", "%", P, f=(MS, None, "농심", Y, "level", "required", "figure in brackets after an organization is its"))
d.Q("11.8%", 11.8, "%", "%", P, f=(MS, None, HC, Y, "level"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt",
    f=("해외 매출", "올해 해외 매출", HC, "2026", "level", "required", "a target in the quote of the company's own spokesman (해찬식품 관계자); 올해 in the clause"))

# ---------------------------------------------------------------- 002 life insurer's annual results (Yonhap dateline, no year anywhere)
d = Doc("002_aefea081910a7007", "2026-02-19"); docs.append(d)
HG, HS, HF = "한결생명", "한결손해보험", "한결금융서비스"
d.Oall(HG, HG, special={0: ("required", "invented life insurer; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("금융당국", "금융당국", st="optional", note="an unnamed institution noun (the financial authorities), like 정부")
d.O("금융감독원", "금융감독원", note="the regulator that compiles the industry average: its source")
d.O(HS, HS, note="invented subsidiary (자회사, a description, outside)")
d.O(HF, HF, note="invented GA subsidiary; 법인보험대리점(GA) 자회사 is a description")
Y = "2025"
d.D("지난해", Y, "year", ctx="한결생명, 지난해", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="한결생명은 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's year")
d.D("19일", "2026-02-19", "day", rel=True, note="the day of the report (밝혔다)")
d.D("연말", Y, "year", mod="END", rel=True, note="as of (기준); the latest year-end on or before the document date")
d.D("지난해 말", Y, "year", ctx="비율은 지난해 말", mod="END", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="the latest September on or before the document date; a comparison's basis, still a DATE")
d.D("지난해 말", Y, "year", ctx="금융감독원은 지난해 말", mod="END", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="중 after it stays outside")
KI = "지급여력(K-ICS) 비율"
d.Q("4,120억", 412000000000, W, "", "currency", ctx="순이익 4,120억…", st="optional", note="headline amount, currency implied")
d.Q("198%", 198, "%", "%", P, f=("K-ICS 비율", None, HG, Y, "level", "required", "headline (rounded); 지난해 of the headline"))
d.Q("11조 3,400억 원", 11340000000000, W, "원", "currency", f=("수입보험료", None, HG, Y, "level"))
d.Q("6.2%", 6.2, "%", "%", P, f=("수입보험료", None, HG, Y, "change", "required", "전년보다 = basis"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("당기순이익", None, HG, Y, "level", "required", "subject and period carried from the lead"))
d.Q("12.8%", 12.8, "%", "%", P, f=("당기순이익", None, HG, Y, "change"))
d.Q("2조 1,500억 원", 2150000000000, W, "원", "currency",
    f=("신계약 보험서비스마진", None, HG, Y, "level", "required", "the alias (CSM) in brackets stays outside the metric; 쌓인 (accrued) gives a level"))
d.Q("9조 8,700억 원", 9870000000000, W, "원", "currency", f=("CSM 잔액", None, HG, Y, "level", "required", "연말 기준 (value 2025, END)"))
d.Q("198.4%", 198.4, "%", "%", P, f=(KI, None, HG, Y, "level", "required", "지난해 말 in the clause"))
d.Q("186.1%", 186.1, "%", "%", P, f=(KI, None, HG, "2025-09", "level", "required", "a basis figure in brackets after its own date (9월 말)"))
d.Q("12.3%포인트", 12.3, PP, "%포인트", P, f=(KI, None, HG, Y, "change", "required", "the current period, not the basis"))
d.Q("150%", 150, "%", "%", P,
    f=("권고", None, "금융당국", "", "level", "optional",
       "the regulator's guideline level: its subject is only an optional ORG (금융당국), so the fact is optional; metric the verbal noun of the relative clause (권고하는)?"))
d.Q("201.7%", 201.7, "%", "%", P,
    f=("생명보험사 평균 K-ICS 비율", None, "", Y, "level", "required", "an industry average: empty subject; 금융감독원 is the source (집계했다)"))
d.Q("2조 6,800억 원", 2680000000000, W, "원", "currency", f=("원수보험료", None, HS, Y, "level", "required", "the subsidiary's own topic; the story's period"))
d.Q("870억 원", 87000000000, W, "원", "currency", f=("순이익", "원, 순이익", HS, Y, "level", "required", "각각 with the nouns listed before each figure"))
d.Q("1만 2,300명", 12300, "명", "명", C, f=("소속 설계사", None, HF, Y, "level", "required", "genitive owner (한결금융서비스의); the story's period"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("2,100명", 2100, "명", "명", C, f=("소속 설계사", None, HF, Y, "change"))
d.Q("1,150원", 1150, W, "원", "currency",
    f=("결산 배당", None, HG, Y, "level", "required", "주당 is a rate word with no number; 결산 배당 is last year's (the story's period), paid now"))
d.Q("1,380억 원", 138000000000, W, "원", "currency", f=("결산 배당", None, HG, Y, "level"))
d.Q("5,000억 원", 500000000000, W, "원", "currency",
    f=("후순위채", None, HG, "2026-03", "level", "required", "회사 측 = the company; 다음 달 in the clause; a plan in the company's own quote"))
d.Q("200%", 200, "%", "%", P, bound="min", note="이상 → min",
    f=("비율", "비율을 200%", HG, "2026-03", "level", "required",
       "a floor to keep: no date in its clause; the sentence's 다음 달 (the guideline's search order: clause, then sentence)"))

# ---------------------------------------------------------------- 003 national pension fund's annual return (뉴시스 dateline)
d = Doc("003_ac3af35131beb67b", "2026-03-06"); docs.append(d)
NP, MW = "국민연금공단", "보건복지부"
d.O("국민연금", NP, ctx="국민연금 2025년", st="optional", note="headline: the common short name of 국민연금공단 as the fund's owner, or the pension scheme (a program)? (README question 3)")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("국민연금", NP, ctx="국민연금 기금이", st="optional", note="the owner of 기금 (like 알리바바그룹 디지털 경제): short form of 국민연금공단, or the scheme whose fund it is? (README question 3)")
d.O(NP, NP, note="the full name, before its division")
d.O("기금운용본부", "기금운용본부", note="a named division; its parent's name before it is a separate mention (README question 3)")
d.O(MW, MW)
d.O("기금운용위원회", "기금운용위원회", note="a committee (위원회)")
d.O("복지부", MW, ctx="복지부 관계자", note="short form of 보건복지부")
Y = "2025"
d.D("2025년", Y, "year", ctx="국민연금 2025년", note="headline")
d.D("지난해", Y, "year", rel=True)
d.D("2024년", "2024", "year", note="a comparison's basis, still a DATE")
d.D("2025년 말", Y, "year", mod="END", note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-12-31",
    note="an offset in a clause set at 2025년 말: from the document date (2025) or from the period the text names (2024, written)? (README question 4)")
d.D("6일", "2026-03-06", "day", rel=True, note="the day of the report (밝혔다)")
d.D("지난 한 해", Y, "year", rel=True, note="like 올 한해: the past year, one mention (한 해 is not a separate duration)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("오는 5월", "2026-05", "month", rel=True, note="future: the next May")
d.D("내년", "2027", "year", rel=True)
RT = "the fund's return: 국민연금 (the fund's owner) carried; 2025 the story's year"
d.Q("11.4%", 11.4, "%", "%", P, ctx="11.4%…", f=("수익률", "2025년 수익률", NP, Y, "level", "required", "headline; 2025년 in it"))
d.Q("11.4%", 11.4, "%", "%", P, ctx="11.4%의", f=("수익률", "11.4%의 수익률", NP, Y, "level", "required", "N%의 수익률: the noun after 의"))
d.Q("15.0%", "15.0", "%", "%", P, f=("수익률", "11.4%의 수익률", NP, "2024", "level", "required", "a basis figure in brackets after its own year"))
d.Q("3.6%포인트", 3.6, PP, "%포인트", P, f=("수익률", "11.4%의 수익률", NP, Y, "change", "required", "the current period, not the basis"))
d.Q("네 번째", 4, "번째", "번째", "ordinal", note="a rank (네 번째로 높은): ordinal, no fact")
d.Q("1,338조 원", 1338000000000000, W, "원", "currency",
    f=("기금 적립금", None, NP, Y, "level", "required", "the division reports (밝혔다) the fund's figure: the fund's owner; 2025년 말 기준 (value 2025, END)"))
d.Q("125조 원", 125000000000000, W, "원", "currency", f=("기금 적립금", None, NP, Y, "change", "required", "불었다: a change; 1년 전보다 = basis"))
d.Q("142조 원", 142000000000000, W, "원", "currency", f=("운용수익금", None, NP, Y, "level", "required", "지난 한 해 in the clause; 이 가운데 = part of the 적립금"))
AB = "breakdown by asset class (자산군별): the items keep the measure (수익률); an asset class is no subject; " + RT
d.Q("22.1%", 22.1, "%", "%", P, f=("수익률", "자산군별 수익률은", NP, Y, "level", "required", AB))
for q in ("9.8%", "7.3%", "4.6%", "2.9%"):
    d.Q(q, q[:-1], "%", "%", P, f=("수익률", "자산군별 수익률은", NP, Y, "level", "required", AB))
AS = "breakdown of the allocation: the items keep the measure (자산 비중); as of the story's year-end"
d.Q("36.4%", 36.4, "%", "%", P, f=("자산 비중", "자산 비중은", NP, Y, "level", "required", AS))
d.Q("487조 원", 487000000000000, W, "원", "currency",
    f=("자산", "자산 비중은", NP, Y, "level", "required",
       "an amount in brackets after a share: the asset class's holdings, not a conversion (another unit); the noun 자산 of 자산 비중 names it"))
for q in ("27.1%", "16.2%", "13.5%", "6.8%"):
    d.Q(q, q[:-1], "%", "%", P, f=("자산 비중", "자산 비중은", NP, Y, "level", "required", AS))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("국내주식 비중", None, NP, Y, "change", "required", "전년 말보다 = basis; the current year-end"))
d.Q("60%", 60, "%", "%", P, bound="max", note="까지 after the amount → max",
    f=("해외투자 한도", None, NP, "", "level", "optional",
       "a limit under review, in the ministry official's quote: the fund's (국민연금공단) or the ministry's (it sets it)? no date in the clause; 내년 of the sentence before is the target's, not this plan's (README question 5)"))

# ---------------------------------------------------------------- 004 battery maker's supply deal and US joint plant (입력 stamp + outlet byline)
d = Doc("004_2fac823e0e2ce37a", "2025-11-20"); docs.append(d)
SE, RV, JV, GA = "세온에너지", "리버턴모터스", "세온리버턴배터리", "조지아 주정부"
d.Oall(SE, SE, special={0: ("required", "invented battery maker; headline topic with a comma")})
d.Oall(RV, RV, special={0: ("required", "invented US carmaker; 美 (a country) before it stays outside")})
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O(JV, JV, note="invented joint venture (합작법인, a description, outside)")
d.O(GA, GA, note="a US state acting as a government (like 경기도): the place is part of the name 조지아 주정부; 조지아주에 (where the plant is built) is a place")
BOTH = SE + ";" + RV
d.D("2025.11.20", "2025-11-20", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("20일", "2025-11-20", "day", rel=True, note="the day of the disclosure (공시했다)")
d.D("2027년", "2027", "year", note="2027년부터 … 2033년까지: A부터 B까지 is two mentions")
d.D("2033년", "2033", "year")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 3분기", "2025-Q3", "quarter", rel=True, note="올해 before a quarter: one mention; 누적 after it is outside")
d.D("현재", "2025-11-20", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("2030년", "2030", "year")
d.Q("15조", 15000000000000, W, "", "currency", ctx="15조 배터리", st="optional", note="headline amount, currency implied")
d.Q("15조 원", 15000000000000, W, "원", "currency",
    f=("전기차 배터리 공급 계약", None, SE, "", "level", "required",
       "X 규모의 Y → Y; the supplier that signed (세온에너지가) owns it, the carmaker (와) is the counterparty; 20일 only dates the disclosure and "
       "the contract term comes only after it (the guideline searches clause, sentence, then earlier): empty"))
d.Q("7년", 7, "year", "년", "duration", ctx="까지 7년", note="the contract term: a duration, no fact")
d.Q("160GWh", 160, "GWh", "GWh", M, approx=True, note="약 → approx; GWh (energy) kept as written, category measure",
    f=("공급 물량", None, SE, "2027/2033", "level", "optional",
       "the volume over the contract term 2027년부터 2033년까지 named in the same sentence as two DATEs: period the range (written) or none? (README question 6)"))
d.Q("9조 8,000억 원", 9800000000000, W, "원", "currency", f=("매출", None, SE, "2024", "level", "required", "figure in brackets after its metric; 지난해 in the clause"))
d.Q("1.5배", 1.5, "배", "배", C,
    f=("계약 금액", None, SE, "", "level", "required",
       "a multiple of last year's sales: the contract amount's size; 지난해 dates only the basis (the 매출 in brackets): empty"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="회사 is a counted noun, not a counter: optional")
d.Q("30GWh", 30, "GWh", "GWh", M,
    f=("합작공장", None, BOTH, "", "level", "required", "연산 (a rate word) outside; X 규모의 Y → Y; 두 회사 = the two companies named before: both"))
d.Q("51%", 51, "%", "%", P, f=("지분", None, SE, "", "level", "required", "the holder (세온에너지가 … 갖는다) is the subject; the JV is whose shares they are; no date"))
d.Q("49%", 49, "%", "%", P, f=("지분", None, RV, "", "level", "required", "as 51%"))
d.Q("5조 2,000억 원", 5200000000000, W, "원", "currency",
    f=("총투자비", None, BOTH, "", "level", "optional",
       "the joint plant's total cost: the two companies of the paragraph's topic (두 회사는) or the JV named in the sentence before? (README question 7)"))
d.Q("2조 6,500억 원", 2650000000000, W, "원", "currency",
    f=("몫", None, SE, "", "level", "required", "N 가운데 X 몫: the company's part of the total; 몫 is the noun that names it"))
d.Q("4억 3,000만 달러", 430000000, U, "달러", "currency",
    f=("세금 감면과 현금 보조금", None, GA, "", "level", "required", "the state government that grants it (지원하기로 했다); a plan with no date"))
d.Q("6,200억 원", 620000000000, W, "원", "currency", approx=True, eq=("4억 3,000만 달러",), note="conversion in brackets, 약 → approx",
    f=("세금 감면과 현금 보조금", None, GA, "", "level", "required", "conversion: same slots as the converted figure"))
d.Q("2,800개", 2800, "개", "개", C,
    f=("일자리", None, "", "", "level", "required", "the plant's jobs (공장이 가동되면): a plant is no ORG, so no subject; a future with no date"))
d.Q("4,310억 원", 431000000000, W, "원", "currency",
    f=("누적 영업이익", None, SE, "2025-Q3", "level", "required",
       "genitive owner; 올해 3분기 누적 = January–September, written as the DATE's value 2025-Q3 (the DATE mention ends before 누적)"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("첨단제조세액공제", None, SE, "2025-Q3", "level", "required",
       "이 가운데 X가 N을 차지했다: the part is named by X (a tax credit, no ORG); the company's figure; the sentence's period"))
d.Q("210GWh", 210, "GWh", "GWh", M,
    f=("생산능력", None, SE, "2025-11-20", "level", "optional",
       "연 (rate word) outside; 회사는 = the company; dated only by 현재, itself an optional DATE: period the document date or none? (README question 8)"))
d.Q("400GWh", 400, "GWh", "GWh", M, bound="max", note="까지 after the amount → max",
    f=("생산능력", None, SE, "2030", "level", "required", "a target; 2030년 in the clause"))

# ---------------------------------------------------------------- 005 regional year-end donation campaign (regional daily, byline only, no year but a campaign name)
d = Doc("005_c5dc6e646af11fbc", "2025-12-30"); docs.append(d)
CF = "대구사회복지공동모금회"
d.O("대구매일신문", "대구매일신문", note="invented regional daily in the byline line")
d.O(CF, CF, note="the regional community chest running the campaign")
d.O("대성에너지", "대성에너지", note="a local company that gave (기탁했다)")
d.O("한울정밀", "한울정밀", note="invented local company that gave")
d.O("iM뱅크", "iM뱅크", note="a bank (Latin letters in the name)")
d.O("모금회", CF, ctx="모금회 관계자", note="short form of 대구사회복지공동모금회")
T = "2025-12-29"
d.D("지난 1일", "2025-12-01", "day", rel=True, note="the campaign's start")
d.D("29일", T, "day", rel=True, note="as of (현재 after it, outside)")
d.D("지난해 같은 날", "2024-12-29", "day", rel=True, st="optional", anchor=T, note="points back to 29일: one mention like 지난해 같은 기간")
d.D("지난해 같은 기간", "2024-12-01/2024-12-29", "day", rel=True, st="optional", anchor=T, note="points back to the campaign so far (1일~29일)")
d.D("내년 1월 31일", "2026-01-31", "day", rel=True, note="내년 before a month and day: one mention; 까지 outside")
d.D("연말연시", "2025-12/2026-01", "month", mod="END/START", rel=True, st="optional",
    note="the year-end and New Year season, in a quote: a holiday-like period (optional), written as late Dec to early Jan")
TB = "a thermometer reading of the campaign's tower: 도 taken as degrees (℃, like 섭씨 N도) — or the counter 도? (README question 9)"
d.Q("62도", 62, "℃", "도", M, ctx="62도…",
    f=("사랑의 온도탑", None, CF, T, "level", "optional",
       "headline, before any date: period empty by the search order (clause, sentence, earlier) or the body's 29일 (written)? " + TB))
d.Q("73억 4,000만 원", 7340000000, W, "원", "currency",
    f=("모금액", None, CF, T, "level", "required", "the campaign (no ORG) is the community chest's: its subject; 29일 현재 (as of)"))
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("목표액", None, CF, T, "level", "required", "the period last set for the same subject (29일) carries"))
d.Q("62.2%", 62.2, "%", "%", P,
    f=("모금액", None, CF, T, "level", "required", "the share of the target reached: a share measures the part (the sentence's topic, 모금액)"))
d.Q("62도", 62, "℃", "도", M, ctx="62도까지",
    f=("수은주", None, CF, T, "level", "required", "까지 after a level reached (올랐다) is no bound; " + TB))
d.Q("68도", 68, "℃", "도", M, f=("수은주", None, CF, "2024-12-29", "level", "required", "a basis figure in brackets after its own date (지난해 같은 날)"))
d.Q("6도", 6, "℃", "도", M, f=("수은주", None, CF, T, "change", "required", "낮다: a difference; the current day, not the basis"))
DN = ("donations by a kind of donor (법인, 개인): the chest's campaign figure carried, or the donors' (unnamed companies and people, so empty)? "
      "(README question 10); the story's as-of day")
d.Q("41억 2,000만 원", 4120000000, W, "원", "currency", f=("법인 기부", None, CF, T, "level", "optional", DN))
d.Q("8.4%", 8.4, "%", "%", P, f=("법인 기부", None, CF, T, "change", "optional", "지난해 같은 기간보다 = basis; " + DN))
d.Q("32억 2,000만 원", 3220000000, W, "원", "currency", f=("개인 기부", None, CF, T, "level", "optional", DN))
d.Q("14%", 14, "%", "%", P, f=("개인 기부", None, CF, T, "change", "optional", DN))
d.Q("2만 8,600명", 28600, "명", "명", C, f=("개인 기부자", None, CF, T, "level", "optional", DN))
d.Q("3,100명", 3100, "명", "명", C, approx=True, note="가량 → approx", f=("개인 기부자", None, CF, T, "change", "optional", DN))
RG = "breakdown by district (구·군별로는): a district here is where the money was raised (a place, no ORG, no subject); the measure of the story (모금액) and the chest carried"
d.Q("14억 8,000만 원", 1480000000, W, "원", "currency", f=("모금액", None, CF, T, "level", "required", RG))
d.Q("12억 1,000만 원", 1210000000, W, "원", "currency", f=("모금액", None, CF, T, "level", "required", RG))
d.Q("9억 6,000만 원", 960000000, W, "원", "currency", f=("모금액", None, CF, T, "level", "required", RG))
GF = "the giver is the subject; no measure noun: the verbal noun (기탁했다 → 기탁); the story's as-of day carries"
d.Q("5억 원", 500000000, W, "원", "currency", f=("기탁", None, "대성에너지", T, "level", "required", GF))
d.Q("3억 원", 300000000, W, "원", "currency", f=("기탁", None, "한울정밀", T, "level", "required", GF))
d.Q("1,200여 명", 1200, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("임직원", None, "iM뱅크", T, "level", "required", "the bank's staff who collected it (the relative clause's subject): the bank's figure"))
d.Q("2억 3,000만 원", 230000000, W, "원", "currency",
    f=("전달", None, "iM뱅크", T, "level", "required", "the bank hands it over (iM뱅크는 … 전달했다): the verbal noun; " + GF.split("; ")[2]))
d.Q("100도", 100, "℃", "도", M,
    f=("", None, CF, "2025-12/2026-01", "level", "optional",
       "a goal in the chest official's quote (100도 달성): no noun names the tower here; period the optional 연말연시? " + TB))

# ---------------------------------------------------------------- 006 delivery platform's monthly users (press release, no date at all)
d = Doc("006_50e9dde366cbfdef", "2026-04-08"); docs.append(d)
BD, OP, CE = "배달온", "온픽스", "쿠팡이츠"
d.Oall(BD, BD, special={0: ("required", "invented delivery platform (a business run as a platform); headline topic with a comma"),
                        2: ("required", "배달온 앱의: the platform named as the app's owner (the app itself is no separate name)")})
d.Oall(OP, OP, special={0: ("required", "invented operator of the platform (배달온을 운영하는)")})
d.O("배달의민족", "배달의민족", note="a rival platform")
d.Oall(CE, CE)
d.O("공정거래위원회", "공정거래위원회")
M3 = "2026-03"
d.D("3월", M3, "month", ctx="3월 MAU 1,024만", rel=True, note="headline; the latest March on or before the document date")
d.D("지난달", M3, "month", rel=True)
d.D("전월", "2026-02", "month", rel=True, st="optional", anchor=M3, note="points back to 지난달")
d.D("같은 달", M3, "month", rel=True, st="optional", anchor=M3, note="points back to 지난달")
d.D("지난해 3월", "2025-03", "month", rel=True, note="a comparison's basis, still a DATE; 지난해 before a month: one mention")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="the latest Q1 on or before the document date; 누적 after it is outside")
d.D("3월", M3, "month", ctx="3월 MAU는", rel=True)
d.D("지난해 10월", "2025-10", "month", rel=True)
d.D("지난 1월", "2026-01", "month", rel=True)
MAU = "월간 활성 이용자 수"
d.Q("1,024만 명", 10240000, "명", "명", C, ctx="1,024만 명…", f=("MAU", "3월 MAU 1,024만", BD, M3, "level", "required", "headline; 3월 in it"))
d.Q("1조 3천억", 1300000000000, W, "", "currency", ctx="1조 3천억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("1,024만 명", 10240000, "명", "명", C, ctx="1,024만 명으로",
    f=(MAU, None, BD, M3, "level", "required",
       "the platform whose users they are (배달온 앱의), not its operator that reports it (온픽스는 … 밝혔다); the alias (MAU) outside the metric; 지난달 in the clause"))
d.Q("968만 명", 9680000, "명", "명", C, f=(MAU, None, BD, "2026-02", "level", "required", "a basis figure in brackets after its own date (전월)"))
d.Q("56만 명", 560000, "명", "명", C, f=(MAU, None, BD, M3, "change", "required", "늘어난: a change; the current month, not the basis"))
d.Q("1,000만 명", 10000000, "명", "명", C, bound="gt", note="넘어섰다 → gt", f=(MAU, None, BD, M3, "level", "required", "a threshold passed: the metric of the sentence"))
d.Q("1조 3,200억 원", 1320000000000, W, "원", "currency", f=("거래액", "같은 달 거래액", BD, M3, "level", "required", "같은 달 (optional DATE) points back to 지난달: 2026-03"))
d.Q("18.7%", 18.7, "%", "%", P, f=("거래액", "같은 달 거래액", BD, M3, "change", "required", "지난해 3월보다 = basis"))
d.Q("3조 7,400억 원", 3740000000000, W, "원", "currency", f=("누적 거래액", None, BD, "2026-Q1", "level", "required", "1분기 in the clause"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): optional")
d.Q("146만 건", 1460000, "건", "건", C,
    f=("주문 건수", None, BD, "2026-Q1", "level", "required", "the period last set for the platform (1분기, the sentence before) carries"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("2,180만 명", 21800000, "명", "명", C, f=("MAU", "3월 MAU는", "배달의민족", M3, "level", "required", "genitive owner; 3월 in the clause"))
d.Q("1,090만 명", 10900000, "명", "명", C, f=("MAU", "3월 MAU는", CE, M3, "level", "required", "its own topic; the measure and the period of the clause before (a list of platforms)"))
d.Q("66만 명", 660000, "명", "명", C,
    f=("격차", None, BD, M3, "level", "required", "the gap after narrowing (까지 after a level reached: no bound); the period last set for the platform"))
d.Q("2.0~7.8%", "2.0", "%", "%", P, hi="7.8", note="a range: one mention",
    f=("중개수수료율", None, BD, "2025-10", "level", "required", "the relative clause names no date: the sentence's 지난해 10월 (when the scheme began)"))
CUR = ("present-tense figures (적용받는다) after a sentence dated by a past event (지난해 10월 도입했다): the carried 2025-10 (written) or none? (README question 11)")
d.Q("12만 곳", 120000, "곳", "곳", C, f=("가맹점", None, BD, "2025-10", "level", "optional", CUR))
d.Q("68%", 68, "%", "%", P, f=("가맹점", None, BD, "2025-10", "level", "optional", "a share measures the part named before it (가맹점 … 가운데); " + CUR))
d.Q("2.0%", "2.0", "%", "%", P, ctx="2.0%를", f=("최저 구간", None, BD, "2025-10", "level", "optional", "최저 구간인 N: the bracket's rate; " + CUR))
d.Q("37억 원", 3700000000, W, "원", "currency",
    f=("과징금", None, "공정거래위원회", "2026-01", "level", "optional",
       "a fine: the regulator that imposes it (written) or the platform that must pay it (배달온에)? (README question 12); 지난 1월 in the clause"))

if __name__ == "__main__":
    write_all(docs)
