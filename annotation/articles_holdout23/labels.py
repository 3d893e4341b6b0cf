"""Gold labels of articles-holdout23, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: /work/main/.venv/bin/python annotation/articles_holdout23/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text: optional (ANNOTATION.md, relative dates)"

# ---------------------------------------------------------------- 001 convenience-store chain: stores and sales by category (입력 stamp + byline)
d = Doc("001_defc0b22f4ffe8d4", "2026-01-15"); docs.append(d)
HR, HM = "하루리테일", "하루마트"
d.Oall(HR, HR, special={2: ("required", "in a person's title (박정훈 하루리테일 대표)")})
d.Oall(HM, HM, special={0: ("required", "the chain (a business run under its own name) in the headline; a different ORG from its operator")})
d.O("세븐일레븐", "세븐일레븐", note="rival chain (경쟁사인)")
d.O("이마트24", "이마트24", note="rival chain; the digits are part of the name (not a quantity)")
d.O("서울경제", "서울경제", note="outlet in the byline line")
Y = "2025"
d.D("지난해", Y, "year", ctx="…지난해 매출", rel=True)
d.D("2026.01.15", "2026-01-15", "day", st="optional", note="publication stamp (date only; the clock time not labelled)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("15일", "2026-01-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 6.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (the story's 지난해)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention, like 올해 before a month; 중 outside")
d.D("올해", "2026", "year", ctx="\"올해는", rel=True)
HEAD = "headline figure: the only ORG of the headline is the chain 하루마트; the body gives the same count to its operator 하루리테일 (README question 1)"
d.Q("1만 2천곳", 12000, "곳", "곳", C, bound="gt", note="돌파 → gt",
    f=("점포", "'하루마트' 점포", HM, Y, "level", "optional", HEAD))
d.Q("8조 3천억", 8300000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "지난해 매출 8조", HM, Y, "level"))
d.Q("1만 2,140곳", 12140, "곳", "곳", C, f=("점포 수", None, HR, Y, "level", "required", "지난해 말 기준 (2025, END); the operator is the topic"))
d.Q("610곳", 610, "곳", "곳", C, f=("점포 수", None, HR, Y, "change", "required", "늘었다: a change; period the current one"))
d.Q("8조 3,150억 원", 8315000000000, W, "원", "currency", f=("매출", "지난해 매출은", HR, Y, "level", "required", "topic dropped: continues the lead's 하루리테일"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", "지난해 매출은", HR, Y, "change"))
d.Q("2,240억 원", 224000000000, W, "원", "currency", f=("영업이익", None, HR, Y, "level"))
BR = "breakdown (상품군별로는): a category is no subject; the items keep the measure 매출 (nearest mention: 전체 매출); the company and the story's period carried"
d.Q("4조 1,800억 원", 4180000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("50.3%", 50.3, "%", "%", P, f=("전체 매출", None, HR, Y, "level", "required", "a share of total sales (X의 N%를 차지): the noun it is a share of"))
d.Q("2조 2,600억 원", 2260000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("9,700억 원", 970000000000, W, "원", "currency", f=("매출", "전체 매출의", HR, Y, "level", "required", BR))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("간편식 매출", None, HR, Y, "level"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("간편식 매출", None, HR, Y, "level", "required", "a threshold the level passed: same metric, level"))
d.Q("18%", 18, "%", "%", P, f=("주류 매출", None, HR, Y, "change"))
d.Q("120곳", 120, "곳", "곳", C, f=("점포", "점포를 각각", "세븐일레븐", Y, "change", "required", "각각: the first named rival; 줄인 → change (no sign written); 같은 기간 → the story's 2025"))
d.Q("340곳", 340, "곳", "곳", C, f=("점포", "점포를 각각", "이마트24", Y, "change", "required", "각각: the second named rival"))
d.Q("2곳", 2, "곳", "곳", C, f=("물류센터", None, HR, "2026-H1", "level", "required", "a plan (계획): the half named in the clause"))
d.Q("500곳", 500, "곳", "곳", C, ctx="점포 500곳",
    f=("점포", "점포 500곳", HR, "2026-H1", "change", "required", "추가: an increment, change; the plan's 올해 상반기"))
d.Q("하루", 1, "day", "하루", "duration", ctx="점포당 하루 매출", st="optional", note="native day word as a rate word (하루 매출): optional")
d.Q("200만 원", 2000000, W, "원", "currency", approx=True, note="원대: 대 after the unit stays outside and sets approx",
    f=("매출", "하루 매출을", HR, "2026", "level", "required",
       "a target in the CEO's quote whose clause has no subject of its own: the company named in his title (README question 2); 올해는 in the clause"))

# ---------------------------------------------------------------- 002 steelmaker's annual results, a price comparison, a rival (Yonhap dateline)
d = Doc("002_f0a4e52a85a63d34", "2026-02-05"); docs.append(d)
DG, SH, SS = "동강제철", "세화스틸", "동강스틸솔루션"
d.Oall(DG, DG)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(SH, SH, note="invented rival (경쟁사), topic of its own sentence")
d.O("한국철강협회", "한국철강협회", note="source of a national statistic (에 따르면)")
d.O(SS, SS, note="invented subsidiary (자회사), possessor of the plant")
Y = "2025"
d.D("지난해", Y, "year", ctx="동강제철, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="동강제철은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 8.7%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년(89만", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("직전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note=PB + " (like 전분기)")
d.D("같은 날", "2026-02-05", "day", rel=True, st="optional", anchor="2026-02-05", note="points back to 5일 (like 당일)")
d.D("지난해", Y, "year", ctx="같은 날 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 36%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("41%", 41, "%", "%", P, f=("영업이익", "지난해 영업이익 41%", DG, Y, "change", "required", "급감: a change word"))
d.Q("11조 2,400억 원", 11240000000000, W, "원", "currency", f=("매출", "기준 매출이", DG, Y, "level", "required", "연결 기준: basis, outside the metric"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", "기준 매출이", DG, Y, "change"))
d.Q("3,860억 원", 386000000000, W, "원", "currency", f=("영업이익", "영업이익은 3,860억", DG, Y, "level", "required", "topic continues the lead's company"))
d.Q("41.2%", 41.2, "%", "%", P, f=("영업이익", "영업이익은 3,860억", DG, Y, "change"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("순이익", None, DG, Y, "level"))
PR = "a market price of a product (유통 가격), no ORG's figure: empty subject (FACTS.md: a market's figure)"
d.Q("78만 원", 780000, W, "원", "currency",
    f=("열연강판 유통 가격", None, "", Y, "level", "required", PR + "; t당 (no number) is a rate word, not labelled; the story's 지난해 (the basis in brackets is 전년)"))
d.Q("89만 원", 890000, W, "원", "currency",
    f=("열연강판 유통 가격", None, "", "2024", "level", "required", PR + "; the basis figure in brackets is dated by 전년 → 2024"))
d.Q("12%", 12, "%", "%", P, bound="gt", note="넘게 → gt",
    f=("열연강판 유통 가격", None, "", Y, "change", "required", PR + "; 떨어진: a change"))
BR = "breakdown (부문별로는): each item names its own 매출; the company and the story's period carried"
d.Q("4조 6,300억 원", 4630000000000, W, "원", "currency", f=("봉형강 매출", None, DG, Y, "level", "required", BR))
d.Q("5조 1,900억 원", 5190000000000, W, "원", "currency", f=("판재 매출", None, DG, Y, "level", "required", BR))
d.Q("540억 원", 54000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은", DG, "2025-Q4", "level"))
d.Q("23%", 23, "%", "%", P, f=("영업이익", "4분기 영업이익은", DG, "2025-Q4", "change", "required", "basis 직전 분기; period the current 4분기"))
d.Q("2,170억 원", 217000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익이 2,170억", SH, Y, "level", "required", "the rival is the topic of its own sentence (도)"))
d.Q("36%", 36, "%", "%", P, f=("영업이익", "지난해 영업이익이 2,170억", SH, Y, "change"))
d.Q("1,420만t", 14200000, "t", "t", M,
    f=("국내 철강재 수입량", None, "", Y, "level", "required", "a national statistic with its source (에 따르면): empty subject"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("전기로 전환", None, DG, "2026", "level", "required", "X에 N원을 투입 → X (the thing the money goes to); 올해 in the clause"))
d.Q("120만t", 1200000, "t", "t", M,
    f=("생산능력", None, SS, "2026", "level", "required",
       "the capacity of the subsidiary's plant (X의 … 생산능력): the possessor is whose figure it is, not the planning parent; 연 (per year, no number) outside; the sentence's 올해"))

# ---------------------------------------------------------------- 003 pharma licensing deal (press release, no date at all)
d = Doc("003_9f4bc573a9bb636d", "2026-03-10"); docs.append(d)
BX, PL = "바이오넥스", "펠리온 테라퓨틱스"
d.Oall(BX, BX)
d.O("펠리온", PL, ctx="美 펠리온에", note="short form of the partner named in full in the lead")
d.O(PL, PL, aliases="Pelion Therapeutics", note="invented US partner introduced by 제약사; the alias in brackets outside the span")
d.O("펠리온", PL, ctx="펠리온은 내년", note="short form")
d.O("한국투자파트너스", "한국투자파트너스", note="an investor (으로부터): the counterparty")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("지난해", "2025", "year", rel=True)
d.D("지난 2월", "2026-02", "month", rel=True, note="latest February on or before the document date")
DEAL = "the licensor's deal (the release's company); no date is given for the contract (체결했다고 밝혔다 has no day): period empty"
d.Q("9억 달러", 900000000, U, "달러", "currency", ctx="총 9억 달러 규모",
    f=("기술수출", "비만 치료제 기술수출", BX, "", "level", "required", "X … 규모 → the thing whose size it is (기술수출); " + DEAL))
d.Q("9억 1,500만 달러", 915000000, U, "달러", "currency",
    f=("계약", "계약 규모는 총", BX, "", "level", "required", "N 규모 → the thing whose size it is (계약), not 규모; " + DEAL))
d.Q("1조 3,200억 원", 1320000000000, W, "원", "currency", approx=True, eq=("9억 1,500만 달러",), note="conversion in brackets, 약 → approx",
    f=("계약", "계약 규모는 총", BX, "", "level", "required", "conversion: same slots as the amount it converts"))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", f=("선급금", None, BX, "", "level", "required", DEAL))
d.Q("650억 원", 65000000000, W, "원", "currency", approx=True, eq=("4,500만 달러",), note="conversion in brackets, 약 → approx",
    f=("선급금", None, BX, "", "level", "required", "conversion: same slots as the amount it converts"))
d.Q("30일", 30, "day", "일", "duration", bound="max", note="안에 = within: bound max like 이내; 계약 후 is before the amount, so no DATE offset")
MS = "the receiver of the payments (받는다, 바이오넥스 carried from the sentence before); " + DEAL
d.Q("3억 2천만 달러", 320000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("개발·허가 단계별 마일스톤", None, BX, "", "level", "required", "the modifiers change what is measured (not 판매 마일스톤); " + MS))
d.Q("5억 5천만 달러", 550000000, U, "달러", "currency", f=("판매 마일스톤", None, BX, "", "level", "required", MS))
d.Q("12%", 12, "%", "%", P, bound="max", note="최대 → max",
    f=("경상기술료", None, BX, "", "level", "required", "a royalty rate on net sales, received as 경상기술료; " + MS))
PH = "clinical phase (임상 N상): a phase number with its own counter; not in the guideline's ordinal markers nor a code (README question 3)"
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note=PH)
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note=PH)
d.Q("12주", 12, "week", "주", "duration", note="12주 투여: an amount of time, no fact")
d.Q("9.4%", 9.4, "%", "%", P,
    f=("체중", None, "", "2025", "change", "required", "a product candidate's trial result (BNX-207 is a product, not an ORG): empty subject; 줄었다 → change; 지난해 in the clause"))
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="ordinal (번째): no fact")
d.Q("19억 달러", 1900000000, U, "달러", "currency", bound="gt", note="넘는다 → gt",
    f=("누적 계약", None, BX, "", "level", "required", "N 규모 → the thing whose size it is (누적 계약); 바이오넥스의 기술수출 is the topic; cumulative to date, no DATE: empty period"))
d.Q("4곳", 4, "곳", "곳", C,
    f=("투자사", None, BX, "2026-02", "level", "optional",
       "the count of the investors it raised from: the company's figure or one of several ORGs taken together, not all named (empty)? (README question 4)"))
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("유치", "유치했다", BX, "2026-02", "level", "required", "no noun names it: the verbal noun of 유치했다; the investors (으로부터) are the counterparty"))

# ---------------------------------------------------------------- 004 university hospital: fundraising and research grants (regional daily, byline)
d = Doc("004_926167d9fe79bbf7", "2025-12-29"); docs.append(d)
CH = "청림대학교병원"
d.O("청림대병원", CH, note="short form (대 for 대학교) of the name given in full in the lead")
d.O(CH, CH, note="invented university hospital")
d.O("한빛에너지", "한빛에너지", note="invented local company (지역 기업인), a donor")
d.O("대청건설", "대청건설", note="invented local company, a donor")
d.O("정부", "정부", st="optional", note="unnamed institution noun: optional")
d.O("보건복지부", "보건복지부", note="ministry running the program (the program name is not an ORG)")
d.O("한국보건산업진흥원", "한국보건산업진흥원", note="agency whose research projects were won")
d.O("중부매일", "중부매일", note="outlet in the byline line")
Y = "2025"
d.D("올해", Y, "year", ctx="청림대병원, 올해", rel=True)
d.D("2025년", Y, "year")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2027년", "2027", "year", note="in a relative clause about the cancer centre's opening")
d.D("올해", Y, "year", ctx="병원이 올해", rel=True)
d.D("2030년", "2030", "year", note="까지 outside the span")
HOS = "the hospital (topic of the lead) and the story's period carried"
d.Q("152억", 15200000000, W, "", "currency", ctx="152억 모금", st="optional", note="headline amount, currency implied",
    f=("발전기금", "올해 발전기금", CH, Y, "level"))
d.Q("152억 원", 15200000000, W, "원", "currency", f=("발전기금", "동안 발전기금", CH, Y, "level", "required", "2025년 in the clause"))
d.Q("한 해", 1, "year", "해", "duration", note="2025년 한 해 동안: an amount of time with 동안, no fact")
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("발전기금", "동안 발전기금", CH, "2024", "level", "required", "the basis figure in brackets is dated by 전년 → 2024; the metric of the sentence before (규모 → the thing whose size it is)"))
d.Q("28.8%", 28.8, "%", "%", P, f=("발전기금", "동안 발전기금", CH, Y, "change", "required", "늘어난 규모: the fund's size; a change, current period"))
d.Q("3,420명", 3420, "명", "명", C, f=("기부자", "기부자는 3,420명", CH, Y, "level", "required", "the hospital's donors; " + HOS))
d.Q("1억 원", 100000000, W, "원", "currency", bound="min", note="이상 → min; a definitional threshold of 고액 기부자",
    f=("고액 기부자", None, CH, Y, "level", "optional",
       "a definitional threshold is part of the metric of the count and has no fact (FACTS.md); the framework wants a row for every required quantity, so it is optional here"))
d.Q("17명", 17, "명", "명", C, f=("1억 원 이상 고액 기부자", None, CH, Y, "level", "required", "the definitional threshold is part of the metric; " + HOS))
GIFT = "each donor's gift (각각 with two named companies, in order); 내놨다 is no verbal noun and no noun names the amount: empty metric; story's 2025"
d.Q("10억 원", 1000000000, W, "원", "currency", f=("", None, "한빛에너지", Y, "level", "required", GIFT))
d.Q("5억 원", 500000000, W, "원", "currency", f=("", None, "대청건설", Y, "level", "required", GIFT))
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("암센터 신축", None, CH, "", "level", "optional",
       "X에 N원을 쓸 → X; a planned spend with no date of its own (2027년 dates the centre's opening in a relative clause): empty, 2027 or the story's 2025? (README question 5)"))
d.Q("487억 원", 48700000000, W, "원", "currency", f=("외부 연구비", None, CH, Y, "level", "required", "올해 in the clause; the government and companies (에서) are the sources"))
d.Q("8년", 8, "year", "년", "duration", note="8년간: 간 outside; a duration, no fact")
d.Q("200억 원", 20000000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("지원", "지원받고", CH, "", "level", "optional",
       "the hospital's grant (지원받고: the verbal noun); period: the paragraph's 올해 carried, or none (앞으로 8년간 is a span of years with no DATE)? (README question 5)"))
d.Q("14건", 14, "건", "건", C, f=("과제", None, CH, Y, "level", "required", "projects won (수주했다); " + HOS))
d.Q("93억 원", 9300000000, W, "원", "currency",
    f=("과제", None, CH, Y, "level", "required", "the amount of the 14 projects in brackets: the noun whose amount it is (과제)"))
d.Q("3년", 3, "year", "년", "duration", note="3년 새 (over three years): a duration, no fact")
d.Q("두 배", 2, "배", "배", C,
    f=("연구비", "\"연구비가", CH, Y, "change", "required",
       "늘었다: a change (to double); a figure in the director's quote whose clause names no ORG: the hospital (README question 2); period the story's current year"))
d.Q("450명", 450, "명", "명", C,
    f=("연구 인력", None, CH, "2030", "level", "required", "a target level (으로 확대) by 2030년; the hospital, as above"))

# ---------------------------------------------------------------- 005 e-commerce platform's year-end shopping festival (Newsis dateline, no year anywhere)
d = Doc("005_ca700fb7bb203fcf", "2025-11-13"); docs.append(d)
MK = "마켓온"
d.Oall(MK, MK)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("온페이", "온페이", note="invented payment subsidiary (간편결제 자회사)")
FEST = "2025-11-01/2025-11-11"
d.D("지난 1일", "2025-11-01", "day", rel=True, note="A부터 B까지: two mentions; latest 1st on or before the document date")
d.D("11일", "2025-11-11", "day", rel=True, note="range end: month and year from the start")
d.D("연말", "2025", "year", ctx="연말 쇼핑 축제", mod="END", rel=True, st="optional",
    note="연말 as a modifier describing the festival (held 1–11 November), not a period of a figure: DATE or part of a description? (README question 6)")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: a DATE, that year")
d.D("첫날", "2025-11-01", "day", rel=True, st="optional", anchor="2025-11-01", note="points back to the festival's first day (like 당일/첫해)")
d.D("1일", "2025-11-01", "day", ctx="첫날인 1일", rel=True)
d.D("자정", "2025-11-01T00:00", "day", st="optional", rel=True, note="clock time: optional at most")
d.D("다음 달 12일", "2025-12-12", "day", rel=True, note="다음 달 before a day: one mention; a future clause (계획)")
HL = "headline figure: the festival is named but its days are only given in the body (after it): period the festival or empty? (README question 7)"
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("거래액", "위크' 거래액 1조", MK, FEST, "level"))
d.Q("8만곳", 80000, "곳", "곳", C, f=("판매자", "판매자 8만곳", MK, FEST, "level", "optional", HL))
FP = "the festival named with its days (지난 1일부터 11일까지) is the period (FACTS.md: a festival named with its days → that range)"
d.Q("1조 1,350억 원", 1135000000000, W, "원", "currency", f=("거래액", "기간 거래액이", MK, FEST, "level", "required", "the platform's transactions; " + FP))
d.Q("8,920억 원", 892000000000, W, "원", "currency",
    f=("거래액", "기간 거래액이", MK, "2024", "level", "required", "the basis in brackets: last year's event, dated by 지난해 in its own phrase"))
d.Q("27%", 27, "%", "%", P, f=("거래액", "기간 거래액이", MK, FEST, "change", "required", "the comparison's period is the current one"))
EV = "이번 행사 points back to the festival: its range; the platform's figure (its sellers)"
d.Q("8만 1,000곳", 81000, "곳", "곳", C, f=("판매자", "판매자 8만 1,000곳", MK, FEST, "level", "required", EV))
d.Q("1,200만 개", 12000000, "개", "개", C,
    f=("상품", None, "", FEST, "level", "optional",
       "the grammatical subject of 선보였다 is the sellers (not named: empty) but the count is the event's, i.e. the platform's? (README question 8)"))
d.Q("74%", 74, "%", "%", P, f=("중소 판매자 비중", None, MK, FEST, "level", "required", EV))
BR = "breakdown (카테고리별로는): the items keep the measure 거래액 (nearest mention, FACTS.md); the platform and the festival carried"
d.Q("3,480억 원", 348000000000, W, "원", "currency", f=("거래액", None, MK, FEST, "level", "required", BR))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("거래액", None, MK, FEST, "level", "required", BR))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("거래액", None, MK, FEST, "level", "required", BR))
d.Q("41%", 41, "%", "%", P, f=("식품 거래액", None, MK, FEST, "change", "required", "basis 1년 전; the current period is the festival's"))
d.Q("10분", 10, "minute", "분", "duration", note="10분 만에: a duration, no fact")
d.Q("35만 건", 350000, "건", "건", C, f=("주문", None, MK, "2025-11-01", "level", "required", "the day in the clause (첫날인 1일); the platform's orders"))
PAY = "a share of the platform's payments made through its subsidiary (온페이를 통한): the platform's figure or the subsidiary's? (README question 9)"
d.Q("62%", 62, "%", "%", P, f=("결제 비중", None, MK, FEST, "level", "optional", PAY))
d.Q("2.8%포인트", "2.8", PP, "%포인트", P, f=("결제 비중", None, MK, FEST, "change", "optional", PAY))
d.Q("500억 원", 50000000000, W, "원", "currency", approx=True, note="어치 after the unit stays outside and sets approx",
    f=("할인 쿠폰", None, MK, "2025-12-12", "level", "required", "the clause's date (다음 달 12일부터: the event's start)"))

# ---------------------------------------------------------------- 006 car-parts maker's exports by country, a subsidiary plant (입력 stamp + byline)
d = Doc("006_ae3e986e73f58f37", "2026-02-12"); docs.append(d)
DJ, DM = "대진오토텍", "대진오토텍멕시코"
d.Oall(DJ, DJ, skip=(2,))  # index 2 is inside 대진오토텍멕시코
d.O(DM, DM, aliases="DJAM", note="invented subsidiary (자회사); alias in brackets outside the span")
d.O("현대모비스", "현대모비스", note="a customer (물량): counterparty")
d.O("제너럴모터스", "제너럴모터스", aliases="GM", note="a customer; alias in brackets outside the span")
d.O("매일경제", "매일경제", note="outlet in the byline line")
Y = "2025"
d.D("지난해", Y, "year", ctx="대진오토텍, 지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp (date only)")
d.D("지난해", Y, "year", ctx="대진오토텍은 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 3월", "2025-03", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해", Y, "year", ctx="법인의 지난해", rel=True)
d.D("지난해", Y, "year", ctx="대진오토텍의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("6억 달러", 600000000, U, "달러", "currency", bound="gt", note="돌파 → gt", f=("수출", "지난해 수출 6억", DJ, Y, "level"))
d.Q("6억 1,200만 달러", 612000000, U, "달러", "currency", f=("수출액", None, DJ, Y, "level"))
d.Q("8,570억 원", 857000000000, W, "원", "currency", approx=True, eq=("6억 1,200만 달러",), note="conversion in brackets, 약 → approx",
    f=("수출액", None, DJ, Y, "level", "required", "conversion: same slots as the amount it converts"))
d.Q("19%", 19, "%", "%", P, f=("수출액", None, DJ, Y, "change"))
BR = "breakdown (국가별로는): a country is no subject (countries are not ORGs); the items keep the measure 수출액; the company and the story's period carried"
d.Q("2억 6,800만 달러", 268000000, U, "달러", "currency", f=("수출액", None, DJ, Y, "level", "required", BR))
d.Q("1억 1,500만 달러", 115000000, U, "달러", "currency", f=("수출액", None, DJ, Y, "level", "required", BR))
d.Q("7,300만 달러", 73000000, U, "달러", "currency", f=("수출액", None, DJ, Y, "level", "required", BR))
d.Q("5,100만 달러", 51000000, U, "달러", "currency", f=("수출액", None, DJ, Y, "level", "required", BR))
d.Q("43.8%", 43.8, "%", "%", P, f=("미국 수출 비중", None, DJ, Y, "level", "required", "the destination is part of the metric (미국 수출 비중); the company"))
CAP = "capacity from A to B after a dated clause (지난해 3월 … 준공해 … 늘렸다)"
d.Q("180만 개", 1800000, "개", "개", C,
    f=("생산능력", "연간 생산능력을", DM, "", "level", "optional", CAP + ": the old level is dated by nothing of its own (README question 11)"))
d.Q("260만 개", 2600000, "개", "개", C,
    f=("생산능력", "연간 생산능력을", DM, "2025-03", "level", "required",
       CAP + ": the new level, reached in the dated sentence; 연간 (basis) outside; the measure noun 생산능력 over the counted noun 브레이크 모듈; the subsidiary is the topic"))
d.Q("2,940억 원", 294000000000, W, "원", "currency",
    f=("매출", "법인의 지난해 매출", DM, Y, "level", "required", "이 법인 = the subsidiary just named; the customers are counterparties"))
d.Q("1조 4,600억 원", 1460000000000, W, "원", "currency", f=("매출", "연결 매출은", DJ, Y, "level", "required", "연결: basis, outside the metric"))
d.Q("870억 원", 87000000000, W, "원", "currency", f=("영업이익", None, DJ, Y, "level"))
d.Q("2,310명", 2310, "명", "명", C, f=("직원 수", None, DJ, Y, "level", "required", "subject and the story's 지난해 carried from the sentence before"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration, no fact")
d.Q("180명", 180, "명", "명", C, f=("직원 수", None, DJ, Y, "change"))
d.Q("7억 달러", 700000000, U, "달러", "currency", f=("수출 목표", None, DJ, "2026", "level", "required", "회사는 = the story's company; 올해 in the clause"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("해외 공장", None, DJ, "2026", "level", "optional",
       "N원을 들여 X를 짓는다: no spend noun; is the plant built (공장) the metric, or is it empty? (README question 12)"))
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="ordinal (번째): no fact")

if __name__ == "__main__":
    write_all(docs)
