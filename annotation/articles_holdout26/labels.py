"""Gold labels of articles-holdout26, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (not the project's docs/annotation.md or docs/facts.md).
Run: python annotation/articles_holdout26/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
CNY = "CNY"

# ---------------------------------------------------------------- 001 display maker's quarterly results (입력 stamp + byline)
d = Doc("001_f456f416a87a62da", "2026-04-24"); docs.append(d)
S = "세원디스플레이"
d.Oall(S, S, special={0: ("required", "invented maker; headline topic")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O("BOE", "BOE", note="a rival; 중국 before it is a place, outside the span")
d.O("한울패널", "한울패널", note="invented domestic rival (국내 경쟁사)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 영업이익 1,240억…", rel=True, note="headline: the latest Q1 on or before the document date")
d.D("2026.04.24", "2026-04-24", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention (as before a month)")
d.D("24일", "2026-04-24", "day", rel=True, note="day of the disclosure (공시했다): a DATE, not the figures' period")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter")
d.D("직전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (like 전분기): optional")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (넘을 것): the next Q2")
d.D("올해", "2026", "year", ctx="\"올해 설비", rel=True)
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업이익 1,240억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "1분기 영업이익 1,240억…", S, Q1, "level"))
d.Q("62%", 62, "%", "%", P, ctx="매출 62% 차지",
    f=("매출", "OLED가 매출 62%", S, Q1, "level", "required", "headline share: the share of the company's 매출 held by OLED; the headline's 1분기"))
d.Q("1조 3,850억 원", 1385000000000, W, "원", "currency", f=("매출", "기준 매출 1조", S, Q1, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "영업이익 1,240억 원", S, Q1, "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "매출은 전년", S, Q1, "change", "required", "전년 동기보다 = basis; 늘었고"))
d.Q("9.0%", "9.0", "%", "%", P, f=("영업이익률", None, S, Q1, "level", "required", "subject and period carried from the lead"))
d.Q("9억 4천만 달러", 940000000, U, "달러", "currency", approx=True,
    note="약: approx. A conversion written as its own sentence (달러로 환산하면), not in brackets: equivalent_of left empty (README question 1)",
    f=("매출", "매출은 약", S, Q1, "level"))
BR = "breakdown (사업부별로는): a segment (OLED 부문) is no named ORG; the company carried; the measure broken down is 매출 (the figure before's); the story's quarter"
d.Q("8,590억 원", 859000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("62%", 62, "%", "%", P, ctx="매출의 62%를",
    f=("전체 매출", None, S, Q1, "level", "required", "a share of the whole (전체 매출의): the governing measure noun"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "매출은 약", S, Q1, "level", "required", BR))
d.Q("1,850만 장", 18500000, "장", "장", C,
    f=("공급한 패널", None, S, Q1, "level", "required", "counted noun with the verb that says what is counted; the customers (에) are the counterparty"))
d.Q("12%", 12, "%", "%", P, ctx="12% 증가", f=("공급한 패널", None, S, Q1, "change", "required", "직전 분기보다 = basis"))
d.Q("498억 위안", 49800000000, CNY, "위안", "currency", f=("매출", "기간 매출 498억", "BOE", Q1, "level", "required", "같은 기간 (optional) = the story's quarter"))
d.Q("10조 200억 원", 10020000000000, W, "원", "currency", approx=True, eq=("498억 위안",),
    f=("매출", "기간 매출 498억", "BOE", Q1, "level", "required", "conversion in brackets: same slots as the figure it converts"))
d.Q("12억 위안", 1200000000, CNY, "위안", "currency", f=("순이익", None, "BOE", Q1, "level"))
d.Q("210억 원", 21000000000, W, "원", "currency",
    f=("영업손실", None, "한울패널", Q1, "level", "required",
       "no date in its sentence and none set for 한울패널: the results story's quarter (the lead's period carries to the story's later figures); a loss named by its noun keeps a positive value"))
d.Q("90%", 90, "%", "%", P, bound="gt", note="넘을 → gt",
    f=("가동률", None, S, "2026-Q2", "level", "required",
       "a company spokesperson's (관계자) forecast: the company's; 아산 2라인 is a plant, not an ORG; 2분기에는 in the clause"))
d.Q("4억 달러", 400000000, U, "달러", "currency", f=("설비 투자", None, S, "2026", "level", "required", "올해 in the clause; 계획"))
d.Q("5,880억 원", 588000000000, W, "원", "currency", approx=True, eq=("4억 달러",), f=("설비 투자", None, S, "2026", "level"))

# ---------------------------------------------------------------- 002 convenience-store chain, store count and year-end event (press release, no date at all)
d = Doc("002_e55e01fda6f61e8a", "2025-12-29"); docs.append(d)
E, ER, EG, EF = "이음마트24", "이음리테일", "이음유통그룹", "이음푸드마켓"
d.Oall(E, E, special={0: ("required", "invented chain (a brand run as a company); the digits are part of the name")})
d.O(ER, ER, note="the operator of the chain (운영하는)")
d.O(EG, EG, note="the parent group (계열사); the later bare 그룹 is not a name and is not labelled")
d.O(EF, EF, note="a sister chain introduced by 슈퍼마켓 체인")
d.D("연말", "2025", "year", ctx="돌파…연말", mod="END", rel=True, note="headline: this year's end (the event is held now)")
d.D("이달", "2025-12", "month", rel=True, note="as of (기준)")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the release (밝혔다)")
d.D("올해", "2025", "year", ctx="올해 새로", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2025", "year", ctx="두 체인의 올해", rel=True)
d.D("오는 31일", "2025-12-31", "day", rel=True, note="future (오는): the next 31st")
d.D("연말", "2025", "year", ctx="'연말 감사", mod="END", rel=True, st="optional",
    note="inside the quoted event name ('연말 감사 대축제'): part of a name, or a DATE? (README question 4)")
d.D("지난 연말", "2024", "year", mod="END", rel=True,
    note="지난 + year-end, written on 12-29: the previous year's end (last year's event), not the current one")
d.Q("4천 곳", 4000, "곳", "곳", C, bound="gt", note="돌파 → gt",
    f=("점포", "점포 4천", E, "2025-12", "level", "optional",
       "headline figure with no date of its own and nothing earlier: empty by the search order, or the lead's 이달 기준 (written)? (README question 2)"))
d.Q("4,012곳", 4012, "곳", "곳", C, f=("점포 수", "전국 점포 수", E, "2025-12", "level", "required", "이달 기준 in the clause; 전국 is scope, outside"))
d.Q("530곳", 530, "곳", "곳", C, f=("새로 문을 연 점포", None, E, "2025", "level", "required", "counted noun with the clause that says which stores; 올해 in the clause; subject carried"))
d.Q("118곳", 118, "곳", "곳", C, f=("문을 닫은 점포", None, E, "2025", "level"))
d.Q("한 해", 1, "year", "해", "duration", note="한 해 동안: an amount of time (동안 outside), no fact")
d.Q("412곳", 412, "곳", "곳", C,
    f=("점포 수", "전국 점포 수", E, "2025", "change", "required",
       "a net rise (순증했다): change of the store count; no noun in the sentence names the measure (순증 names the change): the store count of the lead"))
d.Q("3,600곳", 3600, "곳", "곳", C, f=("점포 수", "말 점포 수", E, "2024", "level", "required", "지난해 말 (2024, END)"))
d.Q("하루", 1, "day", "하루", "duration", ctx="점포당 하루", st="optional", note="하루 평균: a rate word (native day word), optional")
d.Q("182만 원", 1820000, W, "원", "currency",
    f=("점포당 하루 평균 매출", None, E, "2025", "level", "required",
       "the rate words change what is measured, so they stay in the metric; a comparison (전년보다): the current period, this year (올해 of the paragraph before)"))
d.Q("4.1%", 4.1, "%", "%", P, f=("점포당 하루 평균 매출", None, E, "2025", "change", "required", "전년보다 = basis"))
d.Q("1~2인", 1, "인", "인", C, hi=2, st="optional", note="a definitional range inside a noun (1~2인 가구): optional")
d.Q("2,350곳", 2350, "곳", "곳", C,
    f=("수도권 점포", None, E, "2025-12", "level", "optional",
       "a present count (차지한다) with no date of its own: the lead's 이달 기준 for the store count (written), or the 2025 of the sentences before? (README question 3)"))
d.Q("58.6%", 58.6, "%", "%", P,
    f=("수도권 점포", None, E, "2025-12", "level", "optional", "a share of the whole (전체의) measures the part named before it; period as 2,350곳 (README question 3)"))
d.Q("310곳", 310, "곳", "곳", C,
    f=("점포", "(점포 310곳)", EF, "2025", "level", "required",
       "a figure in brackets after an organization is its; no date in its clause, 올해 in its sentence"))
d.Q("두 체인", 2, "체인", "체인", C, st="optional", note="a native numeral before a counted noun that is no counter (두 체인): optional")
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency",
    f=("매출", "두 체인의 올해 매출", E + ";" + EF, "2025", "level", "required",
       "두 체인 = the two chains the sentence names (이음마트24 and 이음푸드마켓): both as subject; 규모 is no approximator; a forecast (예상된다) with 올해 in the clause"))
d.Q("1,200여 종", 1200, "종", "종", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("도시락과 음료", None, E, "2025-12-31", "level", "required",
       "the counted things (도시락과 음료 등); the event's only DATE, 오는 31일까지, in the sentence"))
d.Q("50%", 50, "%", "%", P, bound="max", note="최대 → max",
    f=("할인", "할인한다", E, "2025-12-31", "level", "required", "no noun names it: the verbal noun (할인한다)"))
d.Q("1만 원", 10000, W, "원", "currency", bound="min", note="이상 → min",
    f=("결제한 고객", None, E, "2025-12-31", "level", "optional", "a threshold that defines who qualifies (1만 원 이상 결제한 고객): a definition, not a figure of anyone"))
d.Q("3만 명", 30000, "명", "명", C,
    f=("고객", "결제한 고객", E, "2025-12-31", "level", "required",
       "the counted noun (고객 가운데 3만 명); 행사 기간 is no DATE: the event's 오는 31일 carried from the sentence before"))
d.Q("5천 원", 5000, W, "원", "currency", st="optional",
    note="a denomination inside a compound (5천 원권): the 권 suffix stays outside; optional (README question 5)")
d.Q("23%", 23, "%", "%", P, f=("매출", "매출이 평소", E, "2024", "change", "required", "지난 연말 행사 때 in the sentence; 평소 is the basis"))

# ---------------------------------------------------------------- 003 mobile carrier's subscribers and ARPU (Yonhap dateline)
d = Doc("003_e522cb533ba0ab8c", "2026-05-08"); docs.append(d)
L, SK, KT, MD = "LG유플러스", "SK텔레콤", "KT", "미디어로그"
d.Oall(L, L)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(SK, SK, note="a rival, listed with KT (과)")
d.O(KT, KT)
d.O(MD, MD, note="a named subsidiary (알뜰폰 자회사)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="LG유플러스 1분기", rel=True, note="headline")
d.D("올해 1분기 말", Q1, "quarter", mod="END", rel=True, rng=False,
    note="올해 before a quarter with 말: one mention; range set by hand to the quarter's last month (the framework has no quarter mod)")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2026-03-01", "2026-03-31"
d.D("8일", "2026-05-08", "day", rel=True, note="day of the report (밝혔다)")
d.D("직전 분기", "2025-Q4", "quarter", ctx="직전 분기보다 42만", rel=True, st="optional", anchor="2026-01-01", note="points back (like 전분기)")
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기 대비", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("직전 분기", "2025-Q4", "quarter", ctx="직전 분기보다 1.2%", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1분기", Q1, "quarter", ctx="1분기 무선 사업", rel=True)
d.D("1년 전", "2025", "year", rel=True, note="offset (N년 전 → that year); a comparison's basis is still a DATE")
d.D("1분기", Q1, "quarter", ctx="KT의 1분기", rel=True)
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="as of (기준): the latest March on or before the document date")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (까지 outside); a plan: this year's end")
d.Q("1,410만", 14100000, "", "", C, ctx="가입자 1,410만…", st="optional", note="headline figure with its counter (명) only implied: no unit, optional",
    f=("5G 가입자", "1분기 5G 가입자", L, Q1, "level"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="1.2% 줄어", f=("ARPU", "ARPU는 1.2%", L, Q1, "change", "required", "headline: 1분기 in it; 줄어 → change"))
d.Q("2,965만 명", 29650000, "명", "명", C, f=("무선 가입자", None, L, Q1, "level", "required", "올해 1분기 말 (2026-Q1, END)"))
d.Q("42만 명", 420000, "명", "명", C, f=("무선 가입자", None, L, Q1, "change", "required", "규모 names no measure: the thing whose size it is, the figure before's 무선 가입자; 직전 분기보다 = basis"))
d.Q("1.4%", 1.4, "%", "%", P, f=("무선 가입자", None, L, Q1, "change", "required", "a rate in brackets after the change it restates"))
d.Q("1,410만 명", 14100000, "명", "명", C, f=("5G 가입자", "이 가운데 5G 가입자", L, Q1, "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("78.3%", 78.3, "%", "%", P,
    f=("전체 휴대전화 가입자", None, L, Q1, "level", "required", "a share: the measure noun that governs it (…의 78.3%), as 001's 전체 매출"))
d.Q("1,120만 개", 11200000, "개", "개", C, f=("사물인터넷(IoT) 회선", None, L, Q1, "level", "required", "the parenthesized alias inside the noun phrase is kept"))
d.Q("6.5%", 6.5, "%", "%", P, f=("사물인터넷(IoT) 회선", None, L, Q1, "change", "required", "전 분기 대비 = basis"))
d.Q("2만 9,800원", 29800, W, "원", "currency",
    f=("가입자당 평균매출", None, L, Q1, "level", "required", "the metric named in Korean, its alias (ARPU) in brackets after it; 가입자당 is a rate word with no number"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="1.2% 감소", f=("가입자당 평균매출", None, L, Q1, "change"))
d.Q("1조 6,320억 원", 1632000000000, W, "원", "currency", f=("무선 사업 매출", None, L, Q1, "level", "required", "1분기 in the clause"))
d.Q("2.7%", 2.7, "%", "%", P, f=("무선 사업 매출", None, L, Q1, "change", "required", "1년 전보다 = basis (a year-ago comparison)"))
d.Q("3만 200원", 30200, W, "원", "currency", f=("ARPU", "KT의 1분기 ARPU", SK, Q1, "level", "required", "각각: the first named company's"))
d.Q("3만 1,500원", 31500, W, "원", "currency", f=("ARPU", "KT의 1분기 ARPU", KT, Q1, "level", "required", "각각: the second named company's"))
d.Q("세 회사", 3, "회사", "회사", C, st="optional", note="a native numeral before a counted noun that is no counter (세 회사): optional")
d.Q("3,680만 명", 36800000, "명", "명", C,
    f=("5G 가입자", "세 회사의 5G 가입자", SK + ";" + KT + ";" + L, Q1, "level", "required",
       "세 회사 = the three companies named in the sentence before (SK텔레콤, KT, LG유플러스): all as subject; the quarter carried"))
d.Q("52만 명", 520000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("가입자", "미디어로그의 가입자", MD, "2026-03", "level", "required", "3월 말 기준"))
d.Q("82%", 82, "%", "%", P, f=("5G 가입자 비중", None, L, "2026", "level", "required", "a target (계획) for 연말까지 (2026, END)"))

# ---------------------------------------------------------------- 004 pharma licensing deal (뉴시스 dateline, no year anywhere)
d = Doc("004_46ad11b87893fc30", "2025-11-18"); docs.append(d)
H, NV, SNU = "한결바이오", "노바스펜 테라퓨틱스", "서울대학교 산학협력단"
d.Oall(H, H, special={0: ("required", "invented drug developer; headline topic")})
d.O("노바스펜", NV, ctx="美 노바스펜에", note="headline short form of the partner named in full in the lead; 美 is a place, outside")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(NV, NV, aliases="Novaspen Therapeutics", note="invented foreign partner; the English name in brackets is an alias; 미국 제약사 outside")
d.O(SNU, SNU, note="a university's named industry-cooperation body")
d.O("산학협력단", SNU, ctx="물질로, 산학협력단은", note="short form of the name given in full just before")
d.O("코스닥시장", "코스닥시장", st="optional", note="a market run by an exchange: an institution or a place/market? (README question 6)")
d.D("18일", "2025-11-18", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", "2024", "year", rel=True)
d.D("이날", "2025-11-18", "day", rel=True, st="optional", anchor="2025-11-18", note="anaphor pointing back to 18일: optional")
d.D("전 거래일", "2025-11-17", "day", rel=True, st="optional", anchor="2025-11-18", note="points back (the trading day before 이날): optional")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
DEAL = "a deal term with no date of its own (18일 dates the disclosure only, and the lead sets no period): empty"
d.Q("12억 달러", 1200000000, U, "달러", "currency", ctx="총 12억 달러\n",
    f=("기술수출", None, H, "", "level", "required",
       "headline: no measure noun, the verbal noun (기술수출) names the deal; the licensor's deal; " + DEAL))
d.Q("12억 달러", 1200000000, U, "달러", "currency", ctx="12억 달러(약",
    f=("계약", "총 계약 규모", H, "", "level", "required", "규모: the thing whose size it is (총 계약); subject carried from the lead; " + DEAL))
d.Q("1조 7,500억 원", 1750000000000, W, "원", "currency", approx=True, eq=("12억 달러",), f=("계약", "총 계약 규모", H, "", "level"))
d.Q("8,000만 달러", 80000000, U, "달러", "currency", f=("계약금", "없는 계약금", H, "", "level", "required", "X로 받고: the figure named as 계약금; " + DEAL))
d.Q("4억 2천만 달러", 420000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("단계별 기술료", None, H, "", "level", "required", "named after the figures (…를 단계별 기술료로 받는다); " + DEAL))
d.Q("7억 달러", 700000000, U, "달러", "currency", bound="max", note="최대 → max", f=("단계별 기술료", None, H, "", "level"))
d.Q("8~12%", 8, "%", "%", P, hi=12, note="a range: value 8, value_high 12",
    f=("로열티", None, H, "", "level", "required",
       "the figure named as something (…를 로열티로 받는다), not the base it is a share of (순매출의); 상업화 뒤 is no DATE"))
d.Q("640억 원", 64000000000, W, "원", "currency", f=("매출", "지난해 매출 640억", H, "2024", "level", "required", "genitive owner; 지난해"))
d.Q("1.8배", 1.8, "배", "배", C, approx=True, note="약: approx",
    f=("계약금", "계약금만", H, "", "level", "optional",
       "a multiple of last year's sales: a level of the upfront (no date) or of a ratio dated by the basis's 지난해? (README question 7)"))
d.Q("5%", 5, "%", "%", P, ctx="수령액의 5%",
    f=("수령액", None, SNU, "", "level", "required", "the body's share of the amount received (수령액의): the share's holder (산학협력단은) is the subject; no date"))
d.Q("12주", 12, "week", "주", "duration", note="12주 만에: a duration (만에 outside), no fact")
d.Q("21%", 21, "%", "%", P,
    f=("체중", None, "", "", "change", "required", "a drug candidate's effect in animals: a product, not an ORG, so no subject; no date"))
d.Q("29.9%", 29.9, "%", "%", P,
    f=("주가", None, H, "2025-11-18", "change", "required", "이날 (optional DATE, value 2025-11-18) in the sentence; 전 거래일보다 = basis"))
d.Q("4만 6,150원", 46150, W, "원", "currency", f=("주가", None, H, "2025-11-18", "level"))
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note="임상 2상 (phase 2): an ordinal-like phase name, optional")

# ---------------------------------------------------------------- 005 province's tourism statistics for the year (입력 stamp + regional daily's byline)
d = Doc("005_c4470d94b96f3447", "2026-01-20"); docs.append(d)
GW, KTO, GTF = "강원특별자치도", "한국관광공사", "강원관광재단"
d.O("강원일보", "강원일보", note="regional daily in the byline line")
d.O(GW, GW, note="a province acting as a government (밝혔다): ORG; the headline's 강원 is the place")
d.O(KTO, KTO, note="the national tourism agency, source of the data")
d.O("한국관광 데이터랩", "한국관광 데이터랩", st="optional", note="a data platform run by 한국관광공사: a product or a business unit (optional)")
d.O(GTF, GTF, note="the province's tourism agency, its head quoted")
Y = "2025"
d.D("2026.01.20", "2026-01-20", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(1억", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the release (밝혔다)")
d.D("8월", "2025-08", "month", rel=True, note="a month without a year, past clause: the latest August on or before the document date (and the story's 2025)")
d.D("전년", "2024", "year", ctx="전년보다 37%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 크루즈", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해보다 15%", rel=True, note="a comparison's basis, still a DATE")
PLACE = "visitors to a region: a place's figure, not the province government's (it only releases it), so no subject"
HL = "headline figure with no date of its own and nothing earlier: empty by the search order, or the lead's 2025년 (written)? (README question 2)"
d.Q("1억 2천만 명", 120000000, "명", "명", C, f=("관광객", "강원 찾은 관광객", "", Y, "level", "optional", PLACE + "; " + HL))
d.Q("212만 명", 2120000, "명", "명", C, ctx="외국인 212만 명 '", f=("외국인", "…외국인 212만", "", Y, "level", "optional", "the counted noun; " + HL))
d.Q("1억 2,340만 명", 123400000, "명", "명", C, f=("관광객", "찾은 관광객이", "", Y, "level", "required", PLACE + "; 2025년 in the clause"))
d.Q("1억 1,780만 명", 117800000, "명", "명", C,
    f=("관광객", "찾은 관광객이", "", "2024", "level", "required", "the basis's own figure in brackets after 전년: its period is 전년's (2024)"))
d.Q("4.8%", 4.8, "%", "%", P, f=("관광객", "찾은 관광객이", "", Y, "change", "required", "전년보다 = basis; the current period"))
d.Q("9조 3,100억 원", 9310000000000, W, "원", "currency", f=("관광객이 쓴 돈", None, "", Y, "level", "required", "the noun phrase naming the amount; the story's 2025"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("7만 5,400원", 75400, W, "원", "currency",
    f=("", None, "", Y, "level", "required", "1인당 평균 … 쓴 셈: no noun names it (쓴 is no verbal noun): metric empty; the story's 2025"))
d.Q("1,520만 명", 15200000, "명", "명", C,
    f=("관광객", "관광객이 쓴", "", "2025-08", "level", "required",
       "breakdown (월별로는) with no counted noun: what is counted is the visitors (명), nearest 관광객; 8월 in the clause"))
d.Q("212만 명", 2120000, "명", "명", C, ctx="212만 명으로 처음", f=("외국인 관광객", "외국인 관광객은", "", Y, "level"))
d.Q("200만 명", 2000000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("외국인 관광객", "외국인 관광객은", "", Y, "level", "required", "a milestone restating the level (처음 … 넘었다)"))
BR = "breakdown (국가별로는): the countries are places, not subjects; the measure of the figure before (외국인 관광객); the story's 2025"
for q in ("68만 명", "41만 명", "29만 명", "17만 명"):
    d.Q(q, int(q[:-3]) * 10000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", Y, "level", "required", BR))
d.Q("37%", 37, "%", "%", P, f=("대만 관광객", None, "", Y, "change", "required", "전년보다 = basis"))
d.Q("24차례", 24, "차례", "차례", C, f=("크루즈", "지난해 크루즈", "", Y, "level", "required", "the counted arrivals (크루즈가 … 들어왔다); 동해항 is a port, a place: no subject"))
QT = ("a figure in the quote of the agency's head (강원관광재단 김태호 대표는): the quoted clause has no subject of its own, the person speaks "
      "for the agency named with his title, so the agency (README question 8)")
d.Q("8개", 8, "개", "개", C, f=("국제선 노선", None, GTF, "2026", "level", "required", "a target level (8개로 늘리고); 올해는; " + QT))
d.Q("250만 명", 2500000, "명", "명", C, f=("외국인 관광객", "외국인 관광객 250만", GTF, "2026", "level", "required", "a target; " + QT))
d.Q("15%", 15, "%", "%", P, f=("관광 마케팅 예산", None, GTF, "2026", "change", "required", "지난해보다 = basis; the quote's 올해 carried; " + QT))
d.Q("180억 원", 18000000000, W, "원", "currency", f=("관광 마케팅 예산", None, GTF, "2026", "level", "required", "편성했다 for this year (올해 carried); " + QT))

# ---------------------------------------------------------------- 006 KOSDAQ IPO pricing (입력 stamp + outlet byline)
d = Doc("006_8bddf660d3bccb79", "2026-03-12"); docs.append(d)
HM, RB = "에이치엠로보틱스", "로보젠"
d.Oall(HM, HM, special={0: ("required", "invented company; headline topic")})
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O("코스닥", "코스닥", st="optional", note="a stock market (코스닥 상장): an institution or a market? as 004's 코스닥시장 (README question 6)")
d.O("NH투자증권", "NH투자증권", note="lead underwriter (대표 주관사)")
d.O("키움증권", "키움증권", note="co-underwriter")
d.O(RB, RB, note="invented peer company, figure in brackets")
BB = "2026-03-05/2026-03-11"
d.D("2026.03.12", "2026-03-12", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난 5~11일", BB, "day", rel=True, note="지난 before a range of days: one mention; the month from the document date")
d.D("지난해", "2025", "year", rel=True)
d.D("오는 16~17일", "2026-03-16/2026-03-17", "day", rel=True, note="future (오는): this month's 16th to 17th")
d.D("25일", "2026-03-25", "day", rel=True, note="future clause (상장 예정일): the next 25th")
d.D("지난달", "2026-02", "month", rel=True)
d.D("첫날", "2026-02", "month", rel=True, st="optional", anchor="2026-02-01",
    note="상장 첫날: points back to the listing of 지난달 (like 첫해); the day is not given, so the month")
NOD = "an IPO term with no date of its own (12일 dates the announcement only): empty"
d.Q("2만 4천원", 24000, W, "원", "currency", f=("공모가", "로보틱스 공모가", HM, "", "level", "required", "headline; " + NOD))
d.Q("1,126대 1", 1126, "", "대 1", C, ctx="경쟁률 1,126대 1", st="optional",
    note="a competition ratio N대 1: 대 is 'to', not the counter of vehicles; a quantity or not? (README question 9)",
    f=("수요예측 경쟁률", None, HM, "", "level", "optional", "headline; ratio (README question 9)"))
d.Q("1만 9,000~2만 2,000원", 19000, W, "원", "currency", hi=22000, note="a range in brackets: one mention, value 19000, value_high 22000",
    f=("희망 범위", None, HM, "", "level", "required", "the price band named by 희망 범위 (the brackets follow it); " + NOD))
d.Q("2만 4,000원", 24000, W, "원", "currency", f=("공모가", "공모가를", HM, "", "level", "required", "공모가를 … 2만 4,000원으로 확정; " + NOD))
d.Q("2,184개", 2184, "개", "개", C,
    f=("기관", "2,184개 기관", HM, BB, "level", "required", "the counted noun; the company's book-building (수요예측) of 지난 5~11일 in the sentence"))
d.Q("1,126대 1", 1126, "", "대 1", C, ctx="1,126대 1의", st="optional", note="a competition ratio (README question 9)",
    f=("경쟁률", None, HM, BB, "level", "optional", "ratio (README question 9)"))
d.Q("98%", 98, "%", "%", P, f=("참여 기관", None, HM, BB, "level", "required", "a share: the noun governing it (참여 기관의); period carried from the sentence before"))
CAR = ("IPO terms after the book-building sentence: the period last set for the company (지난 5~11일) carried by the rule, "
       "or empty since the term is not for that period (written empty)? (README question 10)")
d.Q("250만 주", 2500000, "주", "주", C, f=("공모 주식", None, HM, "", "level", "optional", CAR))
d.Q("600억 원", 60000000000, W, "원", "currency", f=("공모 금액", None, HM, "", "level", "optional", "확정 공모가 기준 is a basis, not a DATE; " + CAR))
d.Q("2,880억 원", 288000000000, W, "원", "currency", approx=True, note="약: approx",
    f=("시가총액", None, HM, "", "level", "optional", "상장 후 (future, no DATE); " + CAR))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("매출", None, HM, "2025", "level", "required", "회사는 = the story's company; 지난해"))
d.Q("53억 원", 5300000000, W, "원", "currency", f=("영업이익", None, HM, "2025", "level"))
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("공모 자금", None, HM, "", "level", "optional",
       "part of the proceeds (공모 자금 가운데) spent on a plant expansion (쓴다, future): metric 공모 자금 or 오창 공장 증설? period: the 지난해 of the sentence before carried by the rule, or empty (written)? (README question 10)"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀간: an amount of time (간 outside), no fact")
d.Q("1만 8,000원", 18000, W, "원", "currency",
    f=("공모가", "(공모가 1만", RB, "2026-02", "level", "required", "a figure in brackets after an organization, named by its own noun; 지난달 in the sentence (the listing)"))
d.Q("160%", 160, "%", "%", P,
    f=("주가", "첫날 주가가", RB, "2026-02", "change", "required", "공모가보다 = basis; 상장 첫날 (optional DATE, 2026-02) in the clause"))

if __name__ == "__main__":
    write_all(docs)
