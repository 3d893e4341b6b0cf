"""Gold labels of articles-holdout43, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; docs/gold-format.md for the format).
Run: python annotation/articles_holdout43/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 refiner's quarterly loss and recovery (뉴스1 dateline, 2025년 3분기 in the lead)
d = Doc("001_36115f25a83404ca", "2025-10-30"); docs.append(d)
TE, TC, TH = "태성에너지", "태성케미칼", "태성홀딩스"
d.Oall(TE, TE, special={0: ("required", "headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("태성그룹", "태성그룹", note="the parent group (의 before 계열사)")
d.O(TC, TC, note="subsidiary introduced by 자회사")
d.O(TH, TH, note="holding company introduced by 지주사")
d.O("S-OIL", "S-OIL", note="rival (경쟁사), first of a named pair")
d.O("HD현대오일뱅크", "HD현대오일뱅크", note="rival, second of a named pair")
Q3, Q2 = "2025-Q3", "2025-Q2"
d.D("3분기", Q3, "quarter", ctx="태성에너지, 3분기", rel=True, note="headline quarter, no year: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year + quarter: one mention")
d.D("전 분기", Q2, "quarter", ctx="전 분기(", rel=True, st="optional", anchor="2025-07-01", note="points back to the named 3분기")
d.D("30일", "2025-10-30", "day", rel=True, note="day of the disclosure (공시): dates no figure")
d.D("3분기", Q3, "quarter", ctx="3분기 매출이", rel=True)
d.D("전 분기", Q2, "quarter", ctx="전 분기보다", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("2분기", Q2, "quarter", ctx="2분기(3.9", rel=True, note="a comparison's basis, still a DATE")
d.D("2분기", Q2, "quarter", ctx="2분기보다 6%", rel=True)
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="range of quarters: one mention")
d.D("이날", "2025-10-30", "day", rel=True, st="optional", anchor="2025-10-30",
    note="anaphor for the day named before (30일): not in the guideline's list; like 당일, points back (optional)")
d.D("3분기", Q3, "quarter", ctx="이날 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (유지할 것): the next Q4")
SP = "a results story: the lead's 2025년 3분기 is the period of the later figures"
d.Q("412억", 41200000000, W, "", "currency", ctx="영업손실 412억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "3분기 영업손실 412억", TE, Q3, "level"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업손실", "원의 영업손실을 냈다", TE, Q3, "level", "required", "N원의 X → X; 2025년 3분기 in the clause"))
d.Q("1,830억 원", 183000000000, W, "원", "currency",
    f=("손실", "원 손실)", TE, Q2, "level", "required",
       "a figure in brackets after a pointing-back date is that period's figure (전 분기 = 2025-Q2); the noun after it names it"))
d.Q("1,418억 원", 141800000000, W, "원", "currency", f=("적자 폭", None, TE, Q3, "change", "required", "줄었다: a change; …보다 = basis"))
d.Q("7조 2,400억 원", 7240000000000, W, "원", "currency", f=("매출", None, TE, Q3, "level"))
d.Q("4.1%", 4.1, "%", "%", P, f=("매출", None, TE, Q3, "change"))
MG = "a benchmark refining margin: a market's figure, no ORG subject"
d.Q("6.8달러", 6.8, U, "달러", "currency",
    f=("싱가포르 복합 정제마진", None, "", Q3, "level", "required", MG + "; 평균 and 배럴당 (no number) outside; " + SP + " (the comparison's current period)"))
d.Q("3.9달러", 3.9, U, "달러", "currency", f=("싱가포르 복합 정제마진", None, "", Q2, "level", "required", MG + "; in brackets after 2분기: that quarter's figure"))
d.Q("2.9달러", 2.9, U, "달러", "currency", f=("싱가포르 복합 정제마진", None, "", Q3, "change", "required", MG + "; 오르면서: a change"))
d.Q("560억 원", 56000000000, W, "원", "currency",
    f=("영업이익", "560억 원의 영업이익", TE, Q3, "level", "required", "a business segment (정유 부문) is no ORG: the company carried"))
d.Q("972억 원", 97200000000, W, "원", "currency", f=("손실", "원의 손실을", TC, Q3, "level", "required", "its own topic (태성케미칼은); " + SP))
d.Q("5개", 5, "개", "개", C, st="optional",
    note="5개 분기 연속: a count of quarters or an amount of time (a streak)? no duration unit for 분기 in the guideline (README question 1)",
    f=("분기", "5개 분기", TC, Q3, "level"))
d.Q("87%", 87, "%", "%", P,
    f=("가동률", None, TE, Q3, "level", "required", "a plant (울산공장) is a site, no ORG: the company carried; compared with 2분기: the story's 3분기"))
d.Q("6%포인트", 6, PP, "%포인트", P, f=("가동률", None, TE, Q3, "change"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 원유 처리량): optional")
d.Q("48만 배럴", 480000, "bbl", "배럴", M, note="barrel: no SI symbol; written bbl (README question 2)",
    f=("원유 처리량", None, TE, Q3, "level", "required", "평균 outside; the paragraph's subject and the story's period"))
d.Q("2,960억 원", 296000000000, W, "원", "currency",
    f=("영업손실", "누적 영업손실은", TE, "2025-Q1/2025-Q3", "level", "required", "누적 only qualifies the period: outside; 1~3분기 in the clause"))
d.Q("290억 원", 29000000000, W, "원", "currency",
    f=("영업손실", "연결 영업손실이", TH, Q3, "level", "required", "연결 outside (basis); …으로 줄었다: the new level is a level"))
RV = "a rival's figure in a results story (흑자로 돌아섰다, no date of its own): the story's 3분기; 각각 follows the order of the named pair"
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("영업이익", "원의 영업이익을 내 흑자로 돌아섰다.\n", "S-OIL", Q3, "level", "required", RV))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("영업이익", "원의 영업이익을 내 흑자로 돌아섰다.\n", "HD현대오일뱅크", Q3, "level", "required", RV))
d.Q("7달러", 7, U, "달러", "currency", approx=True, note="안팎 → approx",
    f=("정제마진", "정제마진이 배럴당 7", "", "2025-Q4", "level", "required", MG + "; an outlook with its own future 4분기"))
d.Q("2,500억 원", 250000000000, W, "원", "currency", bound="lt", note="아래로 (below) → lt, like 미만",
    f=("적자", "연간 적자를", TE, "", "level", "optional",
       "the company's target (its 관계자 speaks for it); 연간 is no DATE and the quote's 4분기 is not the year: period empty, 2025-Q4 by the letter, or the year 2025? (README question 3)"))

# ---------------------------------------------------------------- 002 e-commerce annual results and membership (연합뉴스 dateline, no year anywhere)
d = Doc("002_520937c182d8f615", "2026-02-12"); docs.append(d)
DM, DL = "다온마켓", "다온로지스"
d.Oall(DM, DM, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("다온패스", "다온패스", st="optional", note="a paid membership run by the company: a program or a business unit (optional by the guideline)")
d.Oall(DL, DL, special={0: ("required", "subsidiary introduced by 물류 자회사")})
d.O("쿠팡", "쿠팡", note="rival in a ranking")
d.O("네이버", "네이버", note="rival in a ranking")
d.O("다온홀딩스", "다온홀딩스", note="parent introduced by 모회사")
Y = "2025"
d.D("작년", Y, "year", ctx="다온마켓, 작년", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 매출이", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the announcement (밝혔다): dates no figure")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="an offset with 전 is resolved from the document date by the letter (2025), but here it is a comparison's basis pointing back "
         "from the period named (지난해) like 전년: written 2024, optional (README question 4)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("작년 하반기", "2025-H2", "half", rel=True, note="작년 before a half: one mention")
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (넘기겠다): the next first half; 안에 outside")
d.Q("1조860억", 1086000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "작년 매출 1조860억", DM, Y, "level"))
d.Q("212만명", 2120000, "명", "명", C,
    f=("유료회원", None, DM, Y, "level", "required", "headline topic with a comma; the headline's 작년 carries past the ellipsis (the period last set for the same subject)"))
d.Q("1조 860억 원", 1086000000000, W, "원", "currency", f=("매출", "지난해 매출이", DM, Y, "level"))
d.Q("18.2%", 18.2, "%", "%", P, f=("매출", "지난해 매출이", DM, Y, "change", "required", "전년보다 = basis"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익은 312억", DM, Y, "level", "required", "the sentence continues about the company (dropped subject); the lead's 지난해"))
d.Q("2조 4,500억 원", 2450000000000, W, "원", "currency", f=("거래액", "거래액은 2조", DM, Y, "level", "required", "new paragraph: the story's organization and period"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", f=("거래액", "거래액은 2조", DM, Y, "change", "required", "1년 전보다 = basis; 늘었다: a change"))
d.Q("212만 명", 2120000, "명", "명", C,
    f=("회원 수", None, DM, Y, "level", "required",
       "the company's paid membership; its name (다온패스, an optional ORG at most) is a modifier of 회원 수, the company carried; 지난해 말 기준 (2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("47만 명", 470000, "명", "명", C, f=("회원 수", None, DM, Y, "change"))
d.Q("78%", 78, "%", "%", P, f=("재구매율", None, DM, Y, "level", "required", "멤버십 회원의 names the group measured; the company and the period carried"))
d.Q("41%", 41, "%", "%", P, f=("재구매율", None, DM, Y, "level", "required", "a figure alone in brackets after a group: the figure before's measure for that group"))
d.Q("2배", 2, "배", "배", C, approx=True, note="약 → approx",
    f=("재구매율", None, DM, Y, "change", "optional", "a ratio between two groups at one time (A의 약 2배): a change or a level? (README question 5)"))
d.Q("한 명", 1, "명", "명", C, st="optional", note="회원 한 명이: the dummy 1 of a rate (per member): optional as a rate denominator")
d.Q("한 해", 1, "year", "해", "duration", st="optional", note="한 해 동안 as the rate word of a per-year average: optional, like 하루 of a daily figure")
d.Q("186만 원", 1860000, W, "원", "currency",
    f=("쓴 돈", None, DM, Y, "level", "optional",
       "a member's average spend (평균 outside): the company's statistic (written) or a person's figure with no subject? (README question 5)"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "매출 2,140억", DL, Y, "level", "required", "its own topic; a results story: the lead's 지난해"))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("영업이익", "영업이익 95억", DL, Y, "level"))
d.Q("2곳", 2, "곳", "곳", C, f=("물류센터", None, DL, "2025-H2", "level", "required", "the counted noun right before the counter; 작년 하반기 in its clause; the subsidiary carried"))
d.Q("9곳", 9, "곳", "곳", C,
    f=("물류센터", None, DL, "2025-H2", "level", "optional",
       "present count (운영하고 있다) in a sentence dated 작년 하반기: that half by the search order (written), or no period (a present state)? (README question 6)"))
d.Q("83%", 83, "%", "%", P, note="83%까지 높아졌다: 까지 a particle (the level reached), no bound",
    f=("당일·익일 배송 비중", None, DL, "2025-H2", "level", "required",
       "the paragraph's subject carried; the period last set for it (작년 하반기) carries until another is named"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("출자", None, "다온홀딩스", "2026-01", "level", "required", "the parent's investment in its subsidiary (에 = the counterparty); 지난달 in the clause; the verbal noun"))
d.Q("3조 원", 3000000000000, W, "원", "currency",
    f=("거래액", "거래액 3조", DM, "2026", "level", "required", "a target in the CEO's quote: the company's (the CEO is named with it); 올해 in the clause"))
d.Q("250만 명", 2500000, "명", "명", C, bound="gt", note="넘기겠다 → gt (like 넘게)",
    f=("멤버십 회원", "멤버십 회원 250만", DM, "2026-H1", "level", "required", "상반기 안에 in the clause (a deadline)"))

# ---------------------------------------------------------------- 003 provincial office of education: school meals and scholarships (뉴시스 dateline, 2026년 in the lead)
d = Doc("003_efb6cb8d1d243fd5", "2025-12-18"); docs.append(d)
JE, JF = "전라남도교육청", "전남미래장학재단"
d.O("전남교육청", JE, note="headline: short form of the full name in the lead")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(JE, JE)
d.O("교육청", JE, ctx="교육청이 60%", st="optional",
    note="bare 교육청 pointing back to the office named: a short form (required) or an unnamed institution noun (optional by the guideline)? (README question 7)")
d.O("전라남도", "전라남도", ctx="전라남도와 22개", note="a province acting as a government (it pays a share of the meal cost)")
d.O("교육청", JE, ctx="교육청과 전남미래", st="optional", note="as the first 교육청 (README question 7)")
d.O(JF, JF, note="invented foundation, named with the office (과)")
d.D("내년", "2026", "year", ctx="전남교육청, 내년", rel=True, note="headline")
d.D("2026년", "2026", "year")
d.D("18일", "2025-12-18", "day", rel=True, note="day of the announcement (밝혔다): dates no figure")
d.D("올해", "2025", "year", ctx="올해(1,985", rel=True, note="dates the bracketed basis figure")
d.D("올해", "2025", "year", ctx="올해 71%", rel=True)
d.D("내년", "2026", "year", ctx="내년 75%", rel=True)
d.D("내년", "2026", "year", ctx="내년 장학생", rel=True)
d.D("올해", "2025", "year", ctx="올해는 2,700", rel=True)
d.D("올해", "2025", "year", ctx="올해 급식 만족도", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해")
BOTH = JE + ";" + JF
d.Q("2,140억", 214000000000, W, "", "currency", ctx="급식에 2,140억", st="optional", note="headline amount, currency implied",
    f=("학교급식", None, JE, "2026", "level"))
d.Q("3,200명", 3200, "명", "명", C, ctx="장학생 3,200명 선발",
    f=("장학생", "장학생 3,200명 선발", JE, "2026", "level", "required", "headline topic with a comma; the headline's 내년 carries past the ellipsis"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("학교 급식 예산", None, JE, "2026", "level", "required", "2026년 in the clause, outside the metric"))
d.Q("1,985억 원", 198500000000, W, "원", "currency",
    f=("학교 급식 예산", None, JE, "2025", "level", "required", "a figure alone in brackets after a date is that period's figure of the measure before (올해 = 2025)"))
d.Q("7.8%", 7.8, "%", "%", P,
    f=("학교 급식 예산", None, JE, "2026", "change", "required", "늘어난 규모다: 규모 restates the figure before; a change, its current period 2026 (올해 is the basis)"))
d.Q("1,261개교", 1261, "개교", "개교", C,
    f=("급식 대상", None, JE, "2026", "level", "required", "the topic names what is counted (급식 대상은 … 이다); the meal plan of the lead (2026), the basis's 올해 dates only its figure"))
d.Q("17만 4천 명", 174000, "명", "명", C, f=("학생", "학생 17만", JE, "2026", "level", "required", "the counted noun right before the count; as 1,261개교"))
d.Q("60%", 60, "%", "%", P, f=("급식비", None, JE, "2026", "level", "required", "a share of the cost paid by the office (교육청이, pointing back to it)"))
d.Q("22개", 22, "개", "개", C,
    f=("시·군", None, "", "", "level", "required",
       "the counted noun after the count; cities and counties not named: no subject; no period set for this metric (no subject: the same metric)"))
d.Q("40%", 40, "%", "%", P,
    f=("급식비", None, "", "2026", "level", "optional",
       "paid by 전라남도 and 22 unnamed 시·군 together: empty (not all named, written) or 전라남도? (README question 7)"))
d.Q("71%", 71, "%", "%", P, f=("친환경 농산물 사용 비율", None, JE, "2025", "level", "required", "A에서 B로 with a date for each: 올해 71%"))
d.Q("75%", 75, "%", "%", P, f=("친환경 농산물 사용 비율", None, JE, "2026", "level", "required", "the target level (높인다); 내년 75%"))
d.Q("3,200명", 3200, "명", "명", C, ctx="장학생 3,200명에게",
    f=("장학생", "장학생 3,200명에게", BOTH, "2026", "level", "required", "the office and the foundation named together (과): both subjects; 내년 in the clause"))
d.Q("96억 원", 9600000000, W, "원", "currency",
    f=("지급", None, BOTH, "2026", "level", "required", "no noun names the amount: the verbal noun (지급한다); 모두 outside"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): optional")
d.Q("300만 원", 3000000, W, "원", "currency", note="꼴 (works out to) after the unit: not an approximator in the guideline's list, approx false",
    f=("지급", None, BOTH, "2026", "level", "required",
       "a per-head restatement of the figure before (1인당 … 꼴이다): its measure (convention 3); the sentence continues about the same subjects and plan"))
d.Q("2,700명", 2700, "명", "명", C,
    f=("장학생", "장학생 3,200명에게", BOTH, "2025", "level", "required",
       "the same construction for another period (올해는 … 줬다 after 내년 … 지급한다): the counted noun named before (convention 3); subjects carried; 올해"))
d.Q("78억 원", 7800000000, W, "원", "currency",
    f=("지급", None, BOTH, "2025", "level", "required", "as 2,700명: the measure of the matching figure before (줬다 is a plain verb; convention 3)"))
d.Q("45%", 45, "%", "%", P,
    f=("저소득층 학생 비중", None, BOTH, "2025", "level", "required", "이 가운데 = of this year's 2,700 scholars: subjects and 올해 carried"))
d.Q("86.4%", 86.4, "%", "%", P,
    f=("급식 만족도", None, JE, "2025", "level", "required",
       "the share of respondents satisfied: what it measures is named by 급식 만족도 (the survey's name); the office's meals (the story's subject carried); 올해 in the clause"))
d.Q("3.2%포인트", 3.2, PP, "%포인트", P, f=("급식 만족도", None, JE, "2025", "change", "required", "지난해보다 = basis"))
d.Q("2건", 2, "건", "건", C, f=("식중독 의심 신고", None, JE, "2025", "level", "required", "the story's subject carried; 올해 of the sentence before carried for it"))
d.Q("5건", 5, "건", "건", C, f=("식중독 의심 신고", None, JE, "2024", "level", "required", "a figure alone in brackets after a pointing-back date: that period's (전년 = 2024)"))
d.Q("1,038명", 1038, "명", "명", C,
    f=("영양교사", None, JE, "2025", "level", "optional",
       "a present count of the province's school dietitians (도내): the office's (carried, written) or no ORG's; 2025 carried or none? (README question 8)"))
QT = "in the superintendent's quote of a plan (지원하겠다), no date of its own: empty, the carried 2025, or the story's 2026 plan? (README question 8)"
d.Q("412개교", 412, "개교", "개교", C, f=("농어촌 작은 학교", None, JE, "", "level", "optional", "a present count of schools; " + QT))
d.Q("18억 원", 1800000000, W, "원", "currency",
    f=("식재료 운송비", None, JE, "2026", "level", "optional", "the superintendent speaks for the office; written with the story's 2026 plan; " + QT))

# ---------------------------------------------------------------- 004 apartment price and transaction statistics (파이낸셜뉴스 bracket, 2026년 1월 in the lead)
d = Doc("004_049fcb102169f747", "2026-02-19"); docs.append(d)
RD = "리얼데이터연구소"
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the bracket byline")
d.O("한국부동산원", "한국부동산원", note="state housing agency that releases the statistic: its source")
d.O("국토교통부", "국토교통부", st="optional",
    note="the ministry's name as the modifier inside a system's name (국토교통부 실거래가 공개시스템): optional by the guideline")
d.Oall(RD, RD, special={0: ("required", "invented private research firm introduced by 민간 조사업체"),
                        1: ("required", "before a person's title")})
J, D12 = "2026-01", "2025-12"
d.D("1월", J, "month", ctx="1월 서울 아파트값", rel=True, note="headline month, no year: the latest January on or before the document date")
d.D("2026년 1월", J, "month", note="year + month: one mention")
d.D("전월", D12, "month", ctx="전월보다 0.42", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월")
d.D("지난해 12월", D12, "month", rel=True, note="지난해 before a month: one mention")
d.D("19일", "2026-02-19", "day", rel=True, note="day of the release (발표한): dates no figure")
d.D("1월", J, "month", ctx="'1월 전국", rel=True, note="the month a statistic covers, inside its quoted title (as 3월 산업활동동향 in FACTS)")
d.D("1월", J, "month", ctx="보면 1월", rel=True)
d.D("전월", D12, "month", ctx="전월(6,480", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월")
d.D("1년 전", "2025", "year", rel=True, note="offset (N년 전 → that year) from the document date; a comparison's basis, still a DATE")
d.D("3월", "2026-03", "month", rel=True, note="future clause (머물 것): the next March; 까지 outside")
NS = "a market statistic released by an agency or a firm (its source): no subject"
d.Q("0.42%", 0.42, "%", "%", P, ctx="아파트값 0.42%",
    f=("서울 아파트값", None, "", J, "change", "required", NS + "; the headline's 1월; 올라: a change"))
d.Q("5,120건", 5120, "건", "건", C, ctx="거래는 5,120건으로 21% 줄어",
    f=("거래", "거래는 5,120건으로 21% 줄어", "", J, "level", "required", "headline after an ellipsis: the headline's 1월 carries; " + NS))
d.Q("21%", 21, "%", "%", P, ctx="21% 줄어", f=("거래", "거래는 5,120건으로 21% 줄어", "", J, "change"))
d.Q("0.42%", 0.42, "%", "%", P, ctx="전월보다 0.42%", f=("서울 아파트 매매가격", None, "", J, "change", "required", NS + "; 2026년 1월 in the clause"))
d.Q("0.51%", 0.51, "%", "%", P,
    f=("상승 폭", None, "", D12, "change", "optional",
       "in brackets after 지난해 12월: that month's rise; the size of 상승 폭 (a level) or a rate of change of the price (a change)? (README question 9)"))
d.Q("0.09%포인트", 0.09, PP, "%포인트", P, f=("상승 폭", None, "", J, "change", "required", "줄었다: a change of the rise; the current month (1월)"))
AV = ("a region is no ORG; the region's clause names no measure: the breakdown keeps the measure of the figure before (아파트값); "
      "the statistic covers 1월 (the title's 1월); " + NS)
d.Q("0.08%", 0.08, "%", "%", P, f=("전국 아파트값", None, "", J, "change", "required", "the statistic's period is the one it covers (the title's 1월); " + NS))
for q in ("0.21%", "0.05%", "0.93%", "0.81%", "0.74%", "0.12%", "0.18%"):
    d.Q(q, q[:-1], "%", "%", P, f=("아파트값", "전국 아파트값은", "", J, "change", "required", AV))
TR = "서울 아파트 매매 거래"
d.Q("5,120건", 5120, "건", "건", C, ctx="거래는 5,120건으로 전월",
    f=(TR, None, "", J, "level", "required", "1월 in the clause, outside the metric; the ministry's system is only the source"))
d.Q("6,480건", 6480, "건", "건", C, f=(TR, None, "", D12, "level", "required", "a figure alone in brackets after a pointing-back date: that month's (전월 = 2025-12)"))
d.Q("21%", 21, "%", "%", P, ctx="21% 감소", f=(TR, None, "", J, "change"))
d.Q("9억 원", 900000000, W, "원", "currency", bound="max", note="이하 → max",
    f=("", None, "", "", "level", "optional", "a definitional threshold inside the metric (9억 원 이하 거래): no fact by FACTS; neutralised"))
d.Q("38%", 38, "%", "%", P,
    f=("9억 원 이하 거래", None, "", J, "level", "required", "a definitional range is part of the metric (FACTS); 이 가운데 = of 1월's trades"))
PR = "서울 아파트 평균 매매가격"
RF = ("a private firm's aggregate (집계한): its source, no subject; no date in the sentence: the statistic's month carried "
      "(no subject: the same metric, 서울 아파트 매매가격 of the lead)")
d.Q("13억 8,400만 원", 1384000000, W, "원", "currency", f=(PR, None, "", J, "level", "required", RF))
d.Q("6,200만 원", 62000000, W, "원", "currency", f=(PR, None, "", J, "change", "required", "1년 전보다 = basis; " + RF))
d.Q("3구", 3, "구", "구", C, st="optional", note="강남 3구: a lexicalized name of three districts or a count? optional")
d.Q("24억 1천만 원", 2410000000, W, "원", "currency",
    f=("평균", "강남 3구 평균은", "", J, "level", "required", "the clause's own noun (평균, the average price); a region is no subject; the month carried"))
d.Q("6억 2,300만 원", 623000000, W, "원", "currency",
    f=("평균", "강남 3구 평균은", "", J, "level", "required", "listed with the figure before (A는 X, B는 Y): its measure"))
d.Q("5천 건", 5000, "건", "건", C, approx=True, note="안팎 → approx; 월 (no number) a rate word, not labelled",
    f=("거래", "거래가 월", "", "2026-03", "level", "required", "a researcher's outlook of the market: no subject; 3월까지는 in the clause"))

# ---------------------------------------------------------------- 005 cosmetics maker's exports by country and a new US subsidiary (아시아경제 bracket, no year anywhere)
d = Doc("005_32695f6779793bcf", "2026-01-27"); docs.append(d)
RC, RA = "라온코스메틱", "라온코스메틱 아메리카"
d.Oall(RC, RC, skip=(2,), special={0: ("required", "headline topic with a comma")})
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.O(RA, RA, note="the new US subsidiary (현지 법인), quotes outside the span; the parent's name inside it is not a separate mention")
d.O("뷰티브릿지", "뷰티브릿지", note="invented distributor partner (현지 유통 파트너)")
d.O("사이공헬스", "사이공헬스", note="invented distributor introduced by 유통사")
d.O("라온홀딩스", "라온홀딩스", note="parent introduced by 모회사")
Y = "2025"
d.D("작년", Y, "year", ctx="라온코스메틱, 작년", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 수출액", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 34%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("27일", "2026-01-27", "day", rel=True, note="day of the announcement (밝혔다): dates no figure")
d.D("전년", "2024", "year", ctx="전년보다 6개국", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("이달", "2026-01", "month", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (입점할 계획): the next first half; 안에 outside")
d.D("지난해", Y, "year", ctx="지난해 전체", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1억2천만달러", 120000000, U, "달러", "currency",
    f=("수출", "작년 수출", RC, Y, "level", "required", "headline topic with a comma; 작년 in the headline's clause"))
d.Q("1억 2,300만 달러", 123000000, U, "달러", "currency", f=("수출액", None, RC, Y, "level"))
d.Q("1,780억 원", 178000000000, W, "원", "currency", approx=True, eq=("1억 2,300만 달러",), note="conversion in brackets; 약 → approx",
    f=("수출액", None, RC, Y, "level", "required", "a conversion: the slots of the quantity it converts"))
d.Q("34%", 34, "%", "%", P, f=("수출액", None, RC, Y, "change", "required", "전년보다 = basis"))
BR = ("breakdown (국가별로는): a country is no ORG and names no measure; the items keep the total's measure (수출액), "
      "the company and 지난해 carried (convention 1)")
for q, v in (("4,150만 달러", 41500000), ("2,870만 달러", 28700000), ("1,940만 달러", 19400000), ("1,210만 달러", 12100000)):
    d.Q(q, v, U, "달러", "currency", f=("수출액", None, RC, Y, "level", "required", BR))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("72%", 72, "%", "%", P, f=("미국 수출", None, RC, Y, "change", "required", "급증해: a change; a country inside the metric changes what is measured"))
d.Q("33.7%", 33.7, "%", "%", P,
    f=("미국 수출", None, RC, Y, "level", "required", "전체의 N%를 차지했다: a share; the topic names the part whose share it is (convention 4)"))
d.Q("38개국", 38, "개국", "개국", C, f=("제품을 수출한 나라", None, RC, Y, "level", "required", "the topic names what is counted"))
d.Q("6개국", 6, "개국", "개국", C, f=("제품을 수출한 나라", None, RC, Y, "change", "required", "전년보다 = basis; 늘었다: a change"))
d.Q("500만 달러", 5000000, U, "달러", "currency",
    f=("자본금", None, RA, "2026-01", "level", "optional",
       "the capital of the subsidiary just founded (written) or, by the dropped topic (회사는), the parent's? 이달 of the sentence before (README question 10)"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("오프라인 매장", None, RC, "2026-H1", "level", "optional",
       "a plan with a distributor (뷰티브릿지와 손잡고): the company alone (written) or the company and its partner? 상반기 안에 in the clause (README question 10)"))
d.Q("450곳", 450, "곳", "곳", C,
    f=("약국 체인", None, RC, "", "level", "optional",
       "a present state (공급하고 있다) with no date of its own after a dated plan: empty (written) or the carried 2026-H1? "
       "the distributor (통해) is a means (README question 6)"))
d.Q("2,960억 원", 296000000000, W, "원", "currency", f=("전체 매출", None, RC, Y, "level", "required", "the story's company (dropped subject); 지난해 in the clause"))
d.Q("60%", 60, "%", "%", P, bound="gt", note="넘었다 → gt", f=("해외 비중", None, RC, Y, "level"))
d.Q("54.2%", 54.2, "%", "%", P,
    f=("지분", None, "라온홀딩스", "", "level", "optional",
       "the holder is its subject; a present stake, no date and no period set for this subject: empty (written) or the story's 지난해? (README question 6)"))
d.Q("1억 6천만 달러", 160000000, U, "달러", "currency",
    f=("수출", "수출 1억 6천만", RC, "2026", "level", "required", "a target in the CEO's quote, the CEO named with the company; 올해 in the clause"))
d.Q("70%", 70, "%", "%", P, f=("해외 매출 비중", None, RC, "2026", "level", "required", "listed with the figure before: same subject and period"))

# ---------------------------------------------------------------- 006 public research institute's technology transfer (입력 stamp + byline line)
d = Doc("006_b89b602e7b24ad0e", "2026-03-24"); docs.append(d)
KM, CT = "한국기계연구원", "공동기술사업화센터"
d.O("기계연", KM, ctx="기계연, 작년", note="headline: the usual short form of the full name in the lead")
d.O("전자신문", "전자신문", note="outlet in the byline line")
d.O(KM, KM, ctx="한국기계연구원(KIMM)", aliases="KIMM", note="alias in brackets right after the name")
d.O("세움로보틱스", "세움로보틱스", note="invented licensee (에 = the counterparty)")
d.O("연구원", KM, ctx="연구원은 앞으로", st="optional",
    note="bare 연구원 pointing back to the institute: a short form or an unnamed institution noun? (README question 7)")
d.O("충남대학교", "충남대학교", note="university partner (와 함께)")
d.O(CT, CT, note="a center founded by the institute and the university (세운): an institution with a descriptive name (convention 6)")
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry running the program ('공공기술 사업화 지원사업' is a program, no ORG)")
d.O(KM, KM, ctx="한국기계연구원장", st="optional",
    note="the name fused with the head's title (…연구원 + 원장 → 연구원장): the span of the name is unclear (README question 7)")
d.D("작년", "2025", "year", ctx="기계연, 작년", rel=True, note="headline")
d.D("2026.03.24", "2026-03-24", "day", st="optional", note="publication stamp (convention 5)")
d.D("14:32", "2026-03-24T14:32", "day", st="optional", note="clock time of the stamp: optional at most (guideline)")
d.D("지난해", "2025", "year", ctx="지난해 기술이전", rel=True)
d.D("24일", "2026-03-24", "day", rel=True, note="day of the announcement (밝혔다): dates no figure")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("2023년", "2023", "year", note="dates the record compared with (2023년의 98억 원)")
d.D("지난해", "2025", "year", ctx="지난해 27건", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("작년", "2025", "year", ctx="작년보다", rel=True, note="a comparison's basis, still a DATE")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
Y = "2025"
d.Q("185건", 185, "건", "건", C, ctx="기술이전 185건…",
    f=("기술이전", "작년 기술이전", KM, Y, "level", "required", "headline topic with a comma (기계연); 작년 in the headline's clause"))
d.Q("112억", 11200000000, W, "", "currency", ctx="112억 '", st="optional", note="headline amount, currency implied",
    f=("기술료", "기술료 112억 '", KM, Y, "level"))
d.Q("185건", 185, "건", "건", C, ctx="기술이전 185건을", f=("기술이전", "지난해 기술이전", KM, Y, "level"))
d.Q("112억 원", 11200000000, W, "원", "currency", f=("기술료", "기술료 112억 원", KM, Y, "level"))
d.Q("152건", 152, "건", "건", C, f=("이전 건수", None, KM, "2024", "level", "required", "a figure alone in brackets after a pointing-back date: that year's (전년 = 2024)"))
d.Q("21.7%", 21.7, "%", "%", P, f=("이전 건수", None, KM, Y, "change"))
d.Q("98억 원", 9800000000, W, "원", "currency",
    note="2023년의 98억 원을 넘어: 넘어 is the verb of the current figure (기술료 … 넘어), not a bound on this exact past record: bound empty (README question 11)",
    f=("기술료", "기술료는 2023년", KM, "2023", "level", "required", "2023년의 right before the figure dates it"))
d.Q("143곳", 143, "곳", "곳", C, f=("기술을 이전받은 기업", None, KM, Y, "level", "required", "the institute's licensees: the story's subject and 지난해 carried"))
d.Q("129곳", 129, "곳", "곳", C, f=("중소·중견기업", None, KM, Y, "level", "required", "이 가운데: part of the 143; the noun before the count"))
d.Q("90.2%", 90.2, "%", "%", P, f=("중소·중견기업", None, KM, Y, "level", "required", "a share in brackets right after a count restates it: the same noun"))
BR = ("breakdown (분야별로는): a field is no ORG and names no measure; the items keep the measure of the transfers counted (이전 건수), "
      "the institute and 지난해 carried (convention 1)")
for q, v in (("62건", 62), ("41건", 41), ("33건", 33)):
    d.Q(q, v, "건", "건", C, f=("이전 건수", None, KM, Y, "level", "required", BR))
d.Q("15억 원", 1500000000, W, "원", "currency",
    f=("선급 기술료", None, KM, Y, "level", "required",
       "a technology as topic is no ORG; the fee is the institute's (연구원은 … 받는다 in the same sentence); the licensee (에) is the counterparty; 지난해 carried"))
d.Q("10년", 10, "year", "년", "duration", note="10년간: 간 outside; an amount of time, no fact")
d.Q("3%", 3, "%", "%", P,
    f=("경상기술료", None, KM, "", "level", "optional",
       "a running-royalty rate (매출의 3%를 경상기술료로): metric 경상기술료 (written) or 매출 (X의 N%)? period: the future 10 years have no DATE: empty or the carried 2025? (README question 12)"))
d.Q("27건", 27, "건", "건", C, f=("이전", "27건을 이전해", CT, Y, "level", "required", "no noun names the count: the verbal noun (이전해); its own topic (the center); 지난해 in the clause"))
d.Q("9억 원", 900000000, W, "원", "currency", f=("기술료", "기술료 9억", CT, Y, "level"))
PG = ("a budget received from a ministry's program, the subject dropped after a sentence about the center: the institute (the story's, written) "
      "or the center (the topic last named)? the ministry is the payer (README question 13)")
d.Q("42억 원", 4200000000, W, "원", "currency", f=("예산", None, KM, "2026", "level", "optional", PG + "; 올해 in the clause"))
d.Q("8억 원", 800000000, W, "원", "currency", ctx="작년보다 8억 원", f=("예산", None, KM, "2026", "change", "optional", PG + "; 작년보다 = basis"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("기술료", "연간 기술료", KM, "2028", "level", "required", "a target in the head's quote (the head of the institute); 연간 outside; 2028년까지 in the clause"))

if __name__ == "__main__":
    write_all(docs)
