"""Gold labels of articles-holdout64, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: python annotation/articles_holdout64/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 convenience-store chain: stores and sales (뉴스1 dateline, 2025년 말 in the lead)
d = Doc("001_a5eb2b3ddec079d5", "2026-02-10"); docs.append(d)
DM, DR, BGF, GS = "데일리마트", "데일리리테일", "BGF리테일", "GS리테일"
d.Oall(DM, DM, special={0: ("required", "a chain (a business run as a brand, ORG); headline topic with a comma")})
d.Oall(DR, DR, special={1: ("required", "organization before 관계자")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("CU", "CU", note="a chain named as a business, run by BGF리테일 (운영하는)")
d.O(BGF, BGF)
d.O("GS25", "GS25", note="a chain named as a business, run by GS리테일; digits inside a name are no quantity")
d.O(GS, GS)
d.O("한국편의점가맹점협의회", "한국편의점가맹점협의회", note="invented franchisees' association, subject of 지적했다")
Y = "2025"
d.D("2025년 말", Y, "year", mod="END", note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date by the letter (2026-02-10 - 1 year = 2025), but it means a year before 2025년 말 (end 2024): README question 1")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 11.2%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="전년(3억", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 말", Y, "year", ctx="지난해 말 점포", mod="END", rel=True)
d.D("지난해", Y, "year", ctx="지난해 87건", rel=True)
d.D("올해", "2026", "year", rel=True)
HL = "headline: its only ORG is its topic (데일리마트, the chain); no date in the headline and nothing before it: period empty"
d.Q("6천개", 6000, "개", "개", C, bound="gt", note="넘었다 → gt (넘는/넘게)", f=("점포", "점포 6천개", DM, "", "level", "required", HL))
d.Q("3억원", 300000000, W, "원", "currency", approx=True, note="대 after the unit outside (원대): approx",
    f=("점포당 매출", "점포당 매출은 3억원대", DM, "", "level", "required", HL))
d.Q("6,120개", 6120, "개", "개", C,
    f=("점포 수", None, DR, Y, "level", "required", "the operator is the clause's topic (데일리리테일은 … 점포 수가); 2025년 말 기준"))
d.Q("540개", 540, "개", "개", C, f=("점포 수", None, DR, Y, "change"))
d.Q("1조 9,800억 원", 1980000000000, W, "원", "currency", f=("매출", "지난해 매출은", DR, Y, "level", "required", "subject carried from the lead"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "지난해 매출은", DR, Y, "change"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, DR, Y, "level"))
d.Q("23%", 23, "%", "%", P, f=("영업이익", None, DR, Y, "change"))
d.Q("3억 2,400만 원", 324000000, W, "원", "currency", f=("점포당 연평균 매출", None, DR, Y, "level"))
d.Q("3억 3,100만 원", 331000000, W, "원", "currency",
    f=("점포당 연평균 매출", None, DR, "2024", "level", "required", "a figure in brackets after 전년: that DATE's value (the DATE itself is optional)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1만 8,450개", 18450, "개", "개", C, f=("점포", "점포 1만 8,450개", BGF, Y, "level", "required", "지난해 말 in the clause (2025, END)"))
d.Q("8조 9,600억 원", 8960000000000, W, "원", "currency", f=("매출", "매출 8조 9,600억", BGF, Y, "level"))
d.Q("1만 8,100개", 18100, "개", "개", C,
    f=("점포", "점포 1만 8,100개", GS, Y, "level", "required", "no date of its own: the story's period (the lead's year, repeated for the rival the sentence before)"))
d.Q("8조 7,200억 원", 8720000000000, W, "원", "currency", f=("편의점 매출", None, GS, Y, "level"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a native numeral before a noun that is not a counter (회사): optional (coverage pass)")
d.Q("4억 8,600만 원", 486000000, W, "원", "currency",
    f=("점포당 매출", "두 회사의 점포당 매출은", BGF, Y, "level", "required", "각각: the two companies in the order named (두 회사 = BGF리테일, GS리테일)"))
d.Q("4억 8,200만 원", 482000000, W, "원", "currency", f=("점포당 매출", "두 회사의 점포당 매출은", GS, Y, "level", "required", "각각: the second company"))
d.Q("1.5배", 1.5, "배", "배", C, note="수준 after it is not an approximator of the guideline's list: approx false",
    f=("점포당 매출", "두 회사의 점포당 매출은", BGF + ";" + GS, Y, "level", "optional",
       "a ratio between two companies' figures and a third's (데일리마트의 1.5배): level or change, and whose (README question 2)"))
d.Q("3사", 3, "사", "사", C,
    f=("편의점", "편의점 3사", "", Y, "level", "optional",
       "a count inside a group label (편의점 3사): a statistic at all? the counted noun 편의점; whose? (README question 3)"))
d.Q("4만 2천 개", 42000, "개", "개", C, bound="gt", note="넘으면서 → gt",
    f=("점포", "3사 점포가", BGF + ";" + DR + ";" + GS, Y, "level", "required",
       "a group the text names in full (편의점 3사 = the three companies of the story): all of them; the association only speaks; 지난해 in the sentence"))
d.Q("87건", 87, "건", "건", C,
    f=("근접 출점 분쟁", None, "", Y, "level", "required", "an industry's figure: no subject (the association only speaks); 지난해 in the clause"))
d.Q("400개", 400, "개", "개", C,
    f=("신규 출점", None, DR, "2026", "level", "required", "a target in the quote of the company's official (데일리리테일 관계자); 올해 in the clause"))
d.Q("3억 5,000만 원", 350000000, W, "원", "currency", note="까지 is a particle, not a bound word of the guideline: no bound",
    f=("점포당 매출", "점포당 매출을", DR, "2026", "level", "required", "the target level; 올해 of the sentence"))

# ---------------------------------------------------------------- 002 energy public corporation: losses and power sales (연합뉴스 dateline, no year anywhere)
d = Doc("002_21926eabc6b53a81", "2026-02-20"); docs.append(d)
KE = "한국전력공사"
d.O(KE, KE, aliases="한전", note="parenthesized alias (한전) right after the name")
d.Oall("한전", KE, special={0: ("required", "short form defined in brackets in the lead; headline topic with a comma")},
       skip=(1,))  # index 1 is the alias in brackets right after the full name: recorded in aliases, not a mention
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국수력원자력", "한국수력원자력", note="power-generation subsidiary (발전 자회사)")
d.O("한국남동발전", "한국남동발전", note="power-generation subsidiary")
d.O("한국서부발전", "한국서부발전", note="power-generation subsidiary")
d.O("한국중부발전", "한국중부발전", note="power-generation subsidiary")
d.O("정부", "정부", st="optional", note="unnamed institution noun: optional")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("지난해", Y, "year", ctx="(한전)가 지난해", rel=True)
d.D("20일", "2026-02-20", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년 영업손실", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 전력", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 0.8%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 두 차례", rel=True)
d.D("5월", "2025-05", "month", rel=True, note="a month without a year: the latest May on or before 2026-02-20")
d.D("11월", "2025-11", "month", rel=True, note="the latest November on or before the document date")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (협의하겠다): the next first half; 중 outside")
d.Q("1조8천억", 1800000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업손실", "작년 영업손실", KE, Y, "level"))
d.Q("0.8%", 0.8, "%", "%", P, ctx="판매량 0.8% 줄어",
    f=("판매량", "판매량 0.8% 줄어", KE, Y, "change", "required", "headline: the period last set for its topic (작년, in the headline)"))
d.Q("1조 8,420억 원", 1842000000000, W, "원", "currency", f=("영업손실", "원의 영업손실", KE, Y, "level", "required", "연결 기준 outside the metric"))
d.Q("4조 5,690억 원", 4569000000000, W, "원", "currency",
    f=("영업손실", "전년 영업손실", KE, "2024", "level", "required", "a figure in brackets after 전년 영업손실: that DATE's value (the DATE itself is optional)"))
d.Q("2조 7,270억 원", 2727000000000, W, "원", "currency", note="no sign written: positive value; 줄었지만 makes it a change",
    f=("영업손실", None, KE, Y, "change", "required", "the current period, not the basis (전년); metric: the nearest mention of the repeated noun"))
d.Q("546.2TWh", 546.2, "TWh", "TWh", M, f=("전력 판매량", None, KE, Y, "level", "required", "the company carried from the lead"))
d.Q("0.8%", 0.8, "%", "%", P, ctx="전년보다 0.8%", f=("전력 판매량", None, KE, Y, "change"))
BR = ("breakdown item naming only a segment (산업용이, 주택용은): the measure is the one the sentence before names (전력 판매량), "
      "no measure noun in the clause (README convention 2)")
d.Q("3.1%", 3.1, "%", "%", P, f=("전력 판매량", None, KE, Y, "change", "required", BR))
d.Q("2.4%", 2.4, "%", "%", P, f=("전력 판매량", None, KE, Y, "change", "required", BR))
d.Q("162.3원", 162.3, W, "원", "currency", note="kWh당: a rate word with no number, not labelled", f=("판매 단가", None, KE, Y, "level"))
d.Q("5.6%", 5.6, "%", "%", P, f=("판매 단가", None, KE, Y, "change"))
d.Q("두 차례", 2, "차례", "차례", C,
    f=("인상", "인상했다", KE, Y, "level", "required", "a count of events: no counted noun, the verbal noun (인상했다 → 인상) names it; 지난해 in the clause"))
d.Q("6.8%", 6.8, "%", "%", P,
    f=("산업용 요금", None, KE, "2025-05", "change", "required", "a rate of a raise (올렸고): change; what is raised named in the sentence before; 5월에 in the clause"))
d.Q("4.5%", 4.5, "%", "%", P, f=("산업용 요금", None, KE, "2025-11", "change", "required", "as 6.8%; 11월에"))
d.Q("41조 원", 41000000000000, W, "원", "currency", f=("누적 적자", None, KE, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency",
    f=("영업이익", None, "한국수력원자력", Y, "level", "required", "a subsidiary as its own topic; the story's period (the lead's 지난해)"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("이익", "원의 이익", "한국남동발전", Y, "level", "required", "각각: in the order named"))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("이익", "원의 이익", "한국서부발전", Y, "level", "required", "각각: the second"))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("손실", "원의 손실", "한국중부발전", Y, "level"))
d.Q("3조 원", 3000000000000, W, "원", "currency",
    f=("비용", "비용 3조", KE, "2026", "change", "required", "a cut (줄이고): change; the company's official (한전 관계자) speaks for it; 올해 in the clause"))

# ---------------------------------------------------------------- 003 logistics company: parcel volume (뉴시스 dateline, no year anywhere)
d = Doc("003_eb3278d895171b2c", "2026-01-14"); docs.append(d)
HJ, OJ, CJ = "한진", "오늘장터", "CJ대한통운"
d.Oall(HJ, HJ, special={0: ("required", "headline topic with a comma")})
d.Oall(OJ, OJ, special={0: ("required", "e-commerce platform in quotes (span without the quotes)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(CJ, CJ, note="the rival, own topic")
Y = "2025"
d.D("지난해", Y, "year", ctx="한진은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 9.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="한진이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 60원", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 15억", rel=True)
d.D("올해", "2026", "year", rel=True)
HL = "headline: no date in the headline and nothing before it: period empty; its topic 한진"
d.Q("3억8천만 상자", 380000000, "상자", "상자", C, f=("택배", "택배 3억8천만", HJ, "", "level", "required", HL + "; the counted noun before the amount"))
d.Q("13%", 13, "%", "%", P, ctx="13%대", approx=True, note="대 after the unit outside: approx",
    f=("점유율", "점유율 13%대", HJ, "", "level", "required", HL))
d.Q("3억 8,200만 상자", 382000000, "상자", "상자", C, f=("택배 물량", None, HJ, Y, "level"))
d.Q("9.4%", 9.4, "%", "%", P, f=("택배 물량", None, HJ, Y, "change"))
d.Q("13.6%", 13.6, "%", "%", P, f=("시장 점유율", None, HJ, Y, "level"))
d.Q("1.1%포인트", 1.1, PP, "%포인트", P, f=("시장 점유율", None, HJ, Y, "change"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 18만", st="optional", note="native day word as a rate denominator (하루 평균): optional")
d.Q("18만 상자", 180000, "상자", "상자", C,
    f=("물량", "받은 물량은", HJ, Y, "level", "required", "the clause's subject (한진이 … 받은); the platform (로부터) is the counterparty; 지난해 in the clause"))
d.Q("5,400만 상자", 54000000, "상자", "상자", C, f=("물량", "받은 물량은", HJ, Y, "level", "required", "연간 is no DATE: 지난해 of the clause"))
d.Q("14%", 14, "%", "%", P, ctx="비중은 14%", f=("비중", None, HJ, Y, "level", "required", "subject and period carried from the sentence before"))
d.Q("2,180원", 2180, W, "원", "currency", note="상자당: a rate word with no number, not labelled",
    f=("평균 단가", "상자당 평균 단가", HJ, Y, "level", "required", "new paragraph about the same company: subject and the story's period carried"))
d.Q("60원", 60, W, "원", "currency", f=("평균 단가", "상자당 평균 단가", HJ, Y, "change"))
d.Q("8,330억 원", 833000000000, W, "원", "currency", f=("택배 매출", None, HJ, Y, "level"))
d.Q("2.6%", 2.6, "%", "%", P, f=("택배 매출", None, HJ, Y, "change"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("15억 9,000만 상자", 1590000000, "상자", "상자", C,
    f=("처리", "처리해", CJ, Y, "level", "required", "no measure noun: the verbal noun (처리해 → 처리); 지난해 in the clause"))
d.Q("56.7%", 56.7, "%", "%", P, f=("점유율", "점유율 56.7%", CJ, Y, "level"))
d.Q("2,310원", 2310, W, "원", "currency", f=("평균 단가", "평균 단가는 2,310원", CJ, Y, "level", "required", "continues the sentence about CJ대한통운: its subject kept"))
d.Q("4억 2,000만 상자", 420000000, "상자", "상자", C, f=("물량 목표", None, HJ, "2026", "level"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 60만", st="optional", note="native day word as a rate denominator: optional")
d.Q("60만 상자", 600000, "상자", "상자", C,
    f=("처리", "처리하는", HJ, "2026", "level", "optional",
       "the capacity of a terminal being built (a relative clause): the verbal noun 처리 or the terminal; 올해 of the sentence (the first clause's) or none? (README question 4)"))
d.Q("1,850억 원", 185000000000, W, "원", "currency",
    f=("투자비", None, HJ, "2026", "level", "required", "subject and period carried: the period last set for 한진 (올해 of the sentence before)"))

# ---------------------------------------------------------------- 004 charity's year-end campaign (bracket byline [헤럴드경제=…], the campaign's days with years)
d = Doc("004_ca1ded1d192fad18", "2026-02-02"); docs.append(d)
CC = "사회복지공동모금회"
d.O("사랑의열매", CC, ctx="사랑의열매 나눔캠페인", st="optional",
    note="the charity's alias as a headline topic, or only the modifier inside the campaign's name (사랑의열매 나눔캠페인)? (README question 5)")
d.Oall(CC, CC, skip=(1, 2), special={0: ("required", "alias in brackets right after the name: 사랑의열매")})  # 1, 2: inside the regional chapters' names
next(r for r in d.o if r["text"] == CC and d.text[r["end"]:].startswith("(사랑의열매)"))["aliases"] = "사랑의열매"
d.O("헤럴드경제", "헤럴드경제", note="outlet in the bracket byline")
d.O("삼성", "삼성", note="corporate group, donor")
d.O("현대자동차그룹", "현대자동차그룹", note="donor in a list")
d.O("SK그룹", "SK그룹", note="donor in a list")
d.O("LG", "LG", note="corporate group, donor")
d.O("동해정밀", "동해정밀", note="invented mid-sized company (중견기업), donor")
d.O("세림식품", "세림식품", note="invented company, donor beside a named one")
d.O("경기사회복지공동모금회", "경기사회복지공동모금회", note="regional chapter of the charity")
d.O("서울사회복지공동모금회", "서울사회복지공동모금회", note="regional chapter, figure in brackets")
R = "2025-12-01/2026-01-31"
d.D("2025년 12월 1일", "2025-12-01", "day", note="A부터 B까지: two mentions; the campaign's days")
d.D("2026년 1월 31일", "2026-01-31", "day")
d.D("2일", "2026-02-02", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", rel=True, note="dates last year's campaign, a comparison's basis")
d.D("전년", "2024-12-01/2025-01-31", "day", rel=True, st="optional", anchor="2025-12-01", note="points back to the campaign's period")
d.D("올해", "2026", "year", rel=True, note="올해 안에 (안에 outside)")
HL = "headline: subject only the optional ORG 사랑의열매 (or none), no date: optional"
d.Q("4,870억 원", 487000000000, W, "원", "currency", ctx="캠페인 4,870억 원 모아", f=("", None, CC, "", "level", "optional", HL + "; 모아 names no measure"))
d.Q("68.5%", 68.5, "%", "%", P, ctx="기업 비중 68.5%", f=("기업 비중", None, CC, "", "level", "optional", HL))
PER = "the campaign's days named in the lead (2025년 12월 1일부터 2026년 1월 31일까지) as one range"
d.Q("4,870억 원", 487000000000, W, "원", "currency", ctx="모금액이 4,870억 원", f=("모금액", "모금액이 4,870억", CC, R, "level", "required", PER))
d.Q("4,520억 원", 452000000000, W, "원", "currency",
    f=("모금액", "모금액이 4,870억", CC, "2025", "level", "required",
       "last year's campaign in brackets: 지난해 in its clause; 캠페인 names no measure, the measure is the lead's 모금액"))
d.Q("7.7%", 7.7, "%", "%", P, f=("모금액", "모금액이 4,870억", CC, R, "change", "required", "the current period, not the basis (지난해 캠페인)"))
d.Q("4,350억 원", 435000000000, W, "원", "currency", f=("목표액", None, CC, R, "level"))
d.Q("112%", 112, "%", "%", P, f=("달성률", None, CC, R, "level"))
d.Q("78만 명", 780000, "명", "명", C, f=("개인 기부자", None, CC, R, "level", "required", "the campaign's donors: the charity's figure; the story's period"))
d.Q("4만 명", 40000, "명", "명", C, f=("개인 기부자", None, CC, R, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("19만 6천 원", 196000, W, "원", "currency", f=("기부액", "1인당 기부액", CC, R, "level"))
d.Q("68.5%", 68.5, "%", "%", P, ctx="비중은 68.5%", f=("기업 기부 비중", None, CC, R, "level"))
d.Q("10년", 10, "year", "년", "duration", note="10년 새 (over ten years): a duration, no fact")
BRK = "기업별 기부액은 X가 N원: the measure noun governs the list; the donor is the subject (the foundations that donated); the campaign's period"
d.Q("500억 원", 50000000000, W, "원", "currency", f=("기부액", "기업별 기부액", "삼성", R, "level", "required", BRK))
d.Q("250억 원", 25000000000, W, "원", "currency", f=("기부액", "기업별 기부액", "현대자동차그룹", R, "level", "required", BRK))
d.Q("120억 원", 12000000000, W, "원", "currency", ctx="SK그룹 120억 원", f=("기부액", "기업별 기부액", "SK그룹", R, "level", "required", BRK))
d.Q("120억 원", 12000000000, W, "원", "currency", ctx="LG는 120억 원",
    f=("기탁", "기탁해", "LG", R, "level", "required", "the verbal noun (기탁해 → 기탁); the story's period"))
d.Q("22년째", 22, "년", "년", "ordinal", note="째: an ordinal marker, no fact")
d.Q("15억 원", 1500000000, W, "원", "currency", f=("성금", "원의 성금", "동해정밀", R, "level", "required", "각각: in the order named"))
d.Q("8억 원", 800000000, W, "원", "currency", ctx="과 8억 원", f=("성금", "원의 성금", "세림식품", R, "level", "required", "각각: the second"))
REG = "지역 모금회별 모금액은 X가 N원: the measure noun governs both; a regional chapter is the subject; the campaign's period"
d.Q("612억 원", 61200000000, W, "원", "currency", f=("모금액", "모금회별 모금액", "경기사회복지공동모금회", R, "level", "required", REG))
d.Q("598억 원", 59800000000, W, "원", "currency",
    f=("모금액", "모금회별 모금액", "서울사회복지공동모금회", R, "level", "required", REG + "; a figure in brackets after an organization is its"))
QT = "the head's quote (사회복지공동모금회 회장): the charity's plan; 올해 in the clause"
d.Q("92%", 92, "%", "%", P, f=("모금액", "모금액의 92%", CC, "2026", "level", "required", "X의 N% → X; " + QT))
d.Q("21만 곳", 210000, "곳", "곳", C, f=("저소득 가구", None, CC, "2026", "level", "required", "the counted noun right before the counter; " + QT))
d.Q("3천여 곳", 3000, "곳", "곳", C, approx=True, note="여 between number and counter: inside, approx",
    f=("사회복지시설", None, CC, "2026", "level", "required", "the counted noun right before the counter; " + QT))

# ---------------------------------------------------------------- 005 chemical company's plant abroad (newspaper byline line with a foreign dateline; no present year)
d = Doc("005_b2ec70187cfbbc9d", "2025-11-18"); docs.append(d)
HS, JV, PT, MI = "한성케미칼", "한성페르타케미칼", "페르타미나", "인도네시아 투자부"
d.Oall(HS, HS, special={0: ("required", "invented chemical maker; headline topic with a comma")})
d.O("매일경제", "매일경제", note="outlet in the byline line (자카르타 = a place)")
d.Oall(PT, PT, special={0: ("required", "foreign state oil company introduced by what it is")})
d.O(JV, JV, note="the joint venture's name in quotes (span without the quotes)")
d.O(MI, MI, aliases="BKPM",
    note="a foreign ministry: the country is part of its name as in 미국 항공우주국 (README question 6); (BKPM) an alias")
d.Oall("투자부", MI, skip=(0,), special={0: ("required", "")})  # index 0 is inside 인도네시아 투자부
Y = "2024"
d.D("18일", "2025-11-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("2028년 하반기", "2028-H2", "half", note="a year before a half: one mention")
d.D("현재", "2025-11-18", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("2028년", "2028", "year", ctx="2028년 390만t")
d.D("지난해", Y, "year", rel=True)
d.Q("2조원", 2000000000000, W, "원", "currency", approx=True, note="대 after the unit outside (원대): approx",
    f=("석유화학 공장", "2조원대 석유화학 공장", HS, "", "level", "required",
       "an amount before the thing whose size it is (like X 규모의 Y → Y); headline: no date, nothing before: period empty"))
d.Q("15억 달러", 1500000000, U, "달러", "currency",
    f=("투자", "투자해", HS, "", "level", "required", "the verbal noun (투자해 → 투자); a plan with no date in its sentence and none before: period empty"))
d.Q("2조 1,900억 원", 2190000000000, W, "원", "currency", approx=True, eq=("15억 달러",), note="conversion in brackets after 약: approx, equivalent_of the 달러 mention",
    f=("투자", "투자해", HS, "", "level", "required", "a conversion: the same slots as the amount it converts"))
ST = "지분은 X가 N%: the holder is the subject; terms of a joint venture being set up, no date in the text before: period empty"
d.Q("60%", 60, "%", "%", P, f=("지분", None, HS, "", "level", "required", ST))
d.Q("40%", 40, "%", "%", P, f=("지분", None, PT, "", "level", "required", ST))
d.Q("10년", 10, "year", "년", "duration", note="10년간 → 10년: a duration, no fact")
JVN = "합작사 stands for the joint venture named before (한성페르타케미칼)"
d.Q("42만㎡", 420000, "㎡", "㎡", M, f=("부지", None, JV, "", "level", "required", JVN + "; no date: period empty"))
d.Q("4,500명", 4500, "명", "명", C, f=("현지 인력", None, JV, "", "level", "required", JVN + "; 건설 기간 is no DATE: period empty"))
d.Q("1,200명", 1200, "명", "명", C,
    f=("고용", "고용한다", JV, "", "level", "required", JVN + "; the verbal noun (고용한다 → 고용); 가동 후 is no DATE: period empty"))
CAP = "the joint venture's plant (subject carried); 2028년 하반기 in its sentence; 연간 outside; the product names which capacity"
d.Q("80만t", 800000, "t", "t", M, f=("생산 능력", "연간 생산 능력", JV, "2028-H2", "level", "required", CAP))
d.Q("65만t", 650000, "t", "t", M, f=("생산 능력", "연간 생산 능력", JV, "2028-H2", "level", "required", CAP))
d.Q("310만t", 3100000, "t", "t", M,
    f=("에틸렌 생산 능력", None, HS, "2025-11-18", "level", "required", "A에서 B로 with a date for each: 현재 (optional DATE, the document date) dates the old level; genitive owner"))
d.Q("390만t", 3900000, "t", "t", M, f=("에틸렌 생산 능력", None, HS, "2028", "level", "required", "2028년 right before it"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("9조 4,000억 원", 9400000000000, W, "원", "currency", f=("매출", None, HS, Y, "level"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", f=("영업손실", None, HS, Y, "level"))
d.Q("7억 달러", 700000000, U, "달러", "currency", approx=True, note="어치 after the unit outside (like 달러치): approx",
    f=("수입 대체 효과", None, "", "", "level", "required",
       "the country's expected effect, told by the minister: a figure of a country has no subject; 연간 is no DATE: period empty"))

# ---------------------------------------------------------------- 006 national pension fund's returns (입력 stamp page with a byline line)
d = Doc("006_bfbaf196c5524d1d", "2026-03-05"); docs.append(d)
NP, BON, COM, MW = "국민연금공단", "기금운용본부", "기금운용위원회", "보건복지부"
d.O("국민연금", NP, ctx="국민연금, 지난해", note="short form of 국민연금공단 (full name in the lead); headline topic with a comma")
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O(NP, NP)
d.O(BON, BON, note="the corporation's fund-management division, subject of its own sentence")
d.O(COM, COM, note="the fund committee")
d.Oall(MW, MW, special={0: ("required", "ministry before a head's title (장관)")})
d.O("국회", "국회", note="a government body (the National Assembly)")
Y = "2025"
d.D("지난해", Y, "year", ctx="국민연금, 지난해", rel=True)
d.D("2026.03.05", "2026-03-05", "day", st="optional", note="publication stamp (README question 7)")
d.D("11:20", "2026-03-05T11:20", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="공단은 지난해", rel=True)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("2024년", "2024", "year")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("2029년", "2029", "year", note="2029년까지 (까지 outside)")
d.D("이날", "2026-03-05", "day", rel=True, st="optional", anchor="2026-03-05", note="points back to the day named before (5일), like 당일: optional")
d.D("올해", "2026", "year", rel=True)
d.D("이달 말", "2026-03", "month", mod="END", rel=True, note="future clause (보고한다): this month's end")
d.Q("9.8%", 9.8, "%", "%", P, ctx="수익률 9.8%…",
    f=("수익률", "지난해 수익률 9.8%", NP, Y, "level", "required", "headline topic 국민연금 (short form); 지난해 in the headline"))
d.Q("1,290조", 1290000000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("적립금", "적립금 1,290조", NP, Y, "level"))
d.Q("9.8%", 9.8, "%", "%", P, ctx="수익률이 9.8%", f=("기금 운용 수익률", None, NP, Y, "level"))
d.Q("15.0%", "15.0", "%", "%", P, note="value as written (15.0)",
    f=("수익률", "2024년 수익률", NP, "2024", "level", "required", "2024년 in its clause; a figure in brackets after the noun it measures"))
d.Q("0.6%포인트", 0.6, PP, "%포인트", P,
    f=("수익률", "포트폴리오 수익률보다", NP, Y, "change", "required",
       "a difference (…보다 N%포인트 높았다): change; metric the nearest mention of the repeated noun 수익률; the current period"))
d.Q("112조 4천억 원", 112400000000000, W, "원", "currency", f=("운용 수익금", None, NP, Y, "level"))
d.Q("1,291조 7,000억 원", 1291700000000000, W, "원", "currency", f=("적립금", "기준 적립금은", NP, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("98조 원", 98000000000000, W, "원", "currency", f=("적립금", "기준 적립금은", NP, Y, "change"))
AS = ("breakdown by asset class (자산별로는): an asset class is no ORG, the corporation carried; the list continues the measure "
      "named in its first item (가장 높은 수익률); the story's period")
d.Q("21.4%", 21.4, "%", "%", P, f=("수익률", "가장 높은 수익률", NP, Y, "level", "required", AS))
d.Q("14.2%", 14.2, "%", "%", P, f=("수익률", "가장 높은 수익률", NP, Y, "level", "required", AS))
d.Q("7.1%", 7.1, "%", "%", P, f=("수익률", "가장 높은 수익률", NP, Y, "level", "required", AS))
d.Q("3.3%", 3.3, "%", "%", P, f=("수익률", "가장 높은 수익률", NP, Y, "level", "required", AS))
d.Q("58.3%", 58.3, "%", "%", P,
    f=("해외 투자 비중", None, NP, Y, "level", "required", "the corporation and the period last set for it (지난해 말 기준) carried"))
d.Q("65%", 65, "%", "%", P, approx=True, note="안팎 after the amount: approx",
    f=("비중", "이 비중을", BON, "2029", "level", "required", "the division is its clause's own subject; 2029년까지 in the clause (a target)"))
d.Q("14.9%", 14.9, "%", "%", P,
    f=("국내 주식 목표 비중", None, COM, "2026", "level", "required", "the committee that sets it is the clause's subject; 올해 in the clause"))
d.Q("0.5%포인트", 0.5, PP, "%포인트", P, f=("국내 주식 목표 비중", None, COM, "2026", "change", "required", "낮추는: a cut, change"))
d.Q("1%포인트", 1, PP, "%포인트", P,
    f=("수익률", "\"수익률 1%", "", "", "change", "optional",
       "a hypothetical rule of thumb in the minister's quote (수익률 1%포인트가 … 늦춘다): a fact at all? whose? (README question 8)"))
d.Q("5년", 5, "year", "년", "duration", approx=True, note="가량 outside: approx; 늦춘다 by an amount of time: a duration, no fact")

if __name__ == "__main__":
    write_all(docs)
