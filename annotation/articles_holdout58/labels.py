"""Gold labels of articles-holdout58, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout58/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 commercial bank's quarterly results (뉴스1 dateline)
d = Doc("001_f5ab62c267b13c8c", "2025-10-24"); docs.append(d)
SB, SH = "새빛은행", "새빛금융지주"
d.Oall(SB, SB, special={0: ("required", "headline topic"), 2: ("required", "organization before 관계자")})
d.Oall(SH, SH, special={0: ("required", "the holding company (parent), 의 before 주력 계열사")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("새빛카드", "새빛카드", note="invented card subsidiary (카드 계열사인)")
d.O("새빛캐피탈", "새빛캐피탈", note="invented subsidiary listed after 새빛카드")
d.O("하나은행", "하나은행", note="the rival bank")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="은행 3분기", rel=True, note="headline; latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="one mention: year + quarter")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (optional)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the quarter (optional)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (optional)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): latest September on or before the document date")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year; a comparison's basis, still a DATE")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("3분기", Q3, "quarter", ctx="지주의 3분기", rel=True)
d.D("같은 날", "2025-10-24", "day", rel=True, st="optional", anchor="2025-10-24", note="points back to 24일 (like 당일): optional")
d.D("3분기", Q3, "quarter", ctx="하나은행은 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (관리하겠다): the next Q4")
d.Q("4120억원", 412000000000, W, "원", "currency",
    f=("순이익", "분기 순이익 4120", SB, Q3, "level", "required", "headline with its unit; the headline's 3분기"))
d.Q("0.41%", 0.41, "%", "%", P, ctx="연체율은 0.41%로 올라",
    f=("연체율", "연체율은 0.41%로 올라", SB, Q3, "level", "required",
       "headline after …: the level reached (…로 올라); the headline's own date (3분기) by the search order sentence → earlier"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("순이익", "원의 순이익을 거뒀다", SB, Q3, "level"))
d.Q("3,680억 원", 368000000000, W, "원", "currency",
    f=("순이익", "원의 순이익을 거뒀다", SB, "2024-Q3", "level", "required",
       "the basis's own figure in brackets after 전년 동기: that period's value; the measure of the figure before"))
d.Q("12.0%", "12.0", "%", "%", P,
    f=("순이익", "원의 순이익을 거뒀다", SB, Q3, "change", "required", "…늘어난 규모다: 규모 restates; the measure of the figure before"))
d.Q("1조 1,350억 원", 1135000000000, W, "원", "currency", f=("이자이익", None, SB, Q3, "level", "required", "subject and period carried"))
d.Q("4.3%", 4.3, "%", "%", P, f=("이자이익", None, SB, Q3, "change"))
d.Q("1.62%", 1.62, "%", "%", P, f=("순이자마진", None, SB, Q3, "level", "required", "(NIM) an alias of the measure, outside"))
d.Q("0.03%포인트", 0.03, PP, "%포인트", P, f=("순이자마진", None, SB, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("0.41%", 0.41, "%", "%", P, ctx="연체율은 0.41%로 1년",
    f=("연체율", "기준 연체율은 0.41%", SB, "2025-09", "level", "required", "9월 말 기준 (value 2025-09, END); new paragraph: the story's bank"))
d.Q("0.08%포인트", 0.08, PP, "%포인트", P, f=("연체율", "기준 연체율은 0.41%", SB, "2025-09", "change", "required", "1년 전보다 = basis"))
d.Q("0.29%", 0.29, "%", "%", P, f=("고정이하여신비율", None, SB, "2025-09", "level", "required", "the sentence's 9월 말 carried"))
d.Q("98조 7,000억 원", 98700000000000, W, "원", "currency",
    f=("중소기업 대출 잔액", None, SB, "2025-09", "level", "required", "the period last set (9월 말) carried; 6월 말보다 is the basis of the change"))
d.Q("2조 1,000억 원", 2100000000000, W, "원", "currency", f=("중소기업 대출 잔액", None, SB, "2025-09", "change", "required", "6월 말보다 = basis"))
d.Q("5,870억 원", 587000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 5,870억", SH, Q3, "level", "required", "genitive owner (새빛금융지주의)"))
d.Q("70%", 70, "%", "%", P, approx=True, note="가량 outside: approx",
    f=("그룹 이익", None, SB, Q3, "level", "required", "X의 N% → X; the bank (은행이, the story's bank) is the one whose share it is"))
d.Q("420억 원", 42000000000, W, "원", "currency",
    f=("순이익", "310억 원의 순이익", "새빛카드", Q3, "level", "required", "listed with 310억 원의 순이익: the shared measure noun; the subsidiary is its own topic; story's quarter"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("순이익", "310억 원의 순이익", "새빛캐피탈", Q3, "level"))
d.Q("9,160억 원", 916000000000, W, "원", "currency", f=("순이익", "분기 순이익 9,160억", "하나은행", Q3, "level", "required", "the rival's own topic and 3분기"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("0.45%", 0.45, "%", "%", P, bound="max", note="이하 → max",
    f=("연체율", "연체율을 0.45%", SB, "2025-Q4", "level", "required",
       "a target in a quote of the bank's official (관계자 speaks for the organization named before it); 4분기에도 in the clause"))

# ---------------------------------------------------------------- 002 shipbuilder's orders (연합뉴스 dateline, no year anywhere)
d = Doc("002_eb26a362220ec50d", "2025-11-05"); docs.append(d)
DY, AT = "대양중공업", "아테나마리타임"
d.Oall(DY, DY, special={0: ("required", "headline topic with a comma")})
d.Oall(AT, AT, special={0: ("required", "invented shipping line introduced by 그리스 선사; the party the order came from (으로부터)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국조선해양플랜트협회", "한국조선해양플랜트협회", note="industry body cited as the source (에 따르면)")
d.D("5일", "2025-11-05", "day", rel=True, note="day of the disclosure (공시했다): dates the report only")
d.D("올해", "2025", "year", rel=True)
d.D("지난해 같은 기간", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="one mention; points back to the period named (올해 누적): the same stretch of last year, written 2024")
d.D("1~10월", "2025-01/2025-10", "month", rel=True, note="range of months without a year: the latest on or before the document date")
d.D("작년 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~10월")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("지난달 말", "2025-10", "month", mod="END", rel=True, note="as of (기준)")
NOP = "the order's date is not written (5일 dates the disclosure only) and the headline sets none: period empty"
d.Q("4척", 4, "척", "척", C, ctx="LNG선 4척 1조",
    f=("LNG선", "LNG선 4척 1조", DY, "", "level", "required", "headline; the counted noun; no date in the headline"))
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("수주", "1조2천억 수주", DY, "", "level"))
d.Q("87%", 87, "%", "%", P, ctx="목표 87% 채워",
    f=("목표", "연간 목표 87%", DY, "", "level", "required", "headline: 연간 qualifies the period (outside); no DATE in the headline: empty"))
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척을",
    f=("운반선", "운반선 4척을", DY, "", "level", "required", "the counted noun; " + NOP))
d.Q("8억 6,000만 달러", 860000000, U, "달러", "currency", f=("수주액", None, DY, "", "level", "required", NOP))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency", approx=True, eq=("8억 6,000만 달러",), note="conversion, 약 → approx",
    f=("수주액", None, DY, "", "level", "required", "a conversion: same slots as the amount it converts"))
d.Q("2억 1,500만 달러", 215000000, U, "달러", "currency", approx=True, note="수준 after the amount read as an approximator (outside)",
    f=("수주액", None, DY, "", "level", "required", "척당 is a rate word (no number); the clause continues the sentence about 수주액"))
d.Q("3년", 3, "year", "년", "duration", ctx="앞으로 3년", note="3년에 걸쳐: a duration, no fact")
d.Q("27척", 27, "척", "척", C, f=("LNG선", "LNG선 27척", AT, "", "level", "required", "the shipping line's fleet, its own topic; present, no date"))
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="ordinal, no fact")
d.Q("38척", 38, "척", "척", C, f=("누적 수주", None, DY, "2025", "level", "required", "…로 늘었다: the level reached; genitive owner; 올해 in the clause"))
d.Q("104억 달러", 10400000000, U, "달러", "currency", f=("누적 수주", None, DY, "2025", "level"))
d.Q("120억 달러", 12000000000, U, "달러", "currency",
    f=("수주 목표", None, DY, "2025", "level", "required", "연간 qualifies the period (outside); the period carried (올해)"))
d.Q("87%", 87, "%", "%", P, ctx="달러의 87%",
    f=("수주 목표", None, DY, "2025", "level", "required", "X의 N% → X (the measure noun of X, without its amount)"))
d.Q("29척", 29, "척", "척", C,
    f=("누적 수주", None, DY, "2024", "level", "required", "the basis's own figures in brackets after 지난해 같은 기간: that period (2024)"))
d.Q("76억 달러", 7600000000, U, "달러", "currency", f=("누적 수주", None, DY, "2024", "level", "required", "as 29척"))
d.Q("37%", 37, "%", "%", P,
    f=("누적 수주", None, DY, "2025", "change", "required", "금액 기준 qualifies the basis (outside); …보다 많다 → a change of the figure before's measure"))
BR = "breakdown (선종별로는): no measure noun governs the count, so the counted noun (the ship type); the company and 올해 carried"
d.Q("21척", 21, "척", "척", C, f=("LNG선", "LNG선이 21척", DY, "2025", "level", "required", BR))
d.Q("11척", 11, "척", "척", C, f=("컨테이너선", None, DY, "2025", "level", "required", BR))
d.Q("6척", 6, "척", "척", C, f=("원유운반선", None, DY, "2025", "level", "required", BR))
IND = "an industry total cited from the industry body (에 따르면): no subject"
d.Q("231억 달러", 23100000000, U, "달러", "currency", f=("전체 수주액", None, "", "2025-01/2025-10", "level", "required", IND))
d.Q("9%", 9, "%", "%", P, f=("전체 수주액", None, "", "2025-01/2025-10", "change", "required", IND + "; 작년 같은 기간보다 = basis"))
d.Q("68%", 68, "%", "%", P,
    f=("고부가 선박 비중", None, "", "2025-01/2025-10", "level", "required", IND + "; …까지 높아졌다: the level reached (까지 a particle, no bound)"))
d.Q("2~3척", 2, "척", "척", C, hi=3,
    f=("추가 계약", None, DY, "2025", "level", "required", "N척의 Y → Y; 회사 관계자 speaks for the company; 연말까지 in the clause (value 2025, END)"))
d.Q("412억 달러", 41200000000, U, "달러", "currency", f=("수주 잔고", None, DY, "2025-10", "level", "required", "지난달 말 기준 (value 2025-10, END)"))
d.Q("3년", 3, "year", "년", "duration", ctx="약 3년 치", approx=True, note="약 and 치 outside: approx; a duration, no fact")

# ---------------------------------------------------------------- 003 city's next-year budget (뉴시스 dateline)
d = Doc("003_e102c95656838e0c", "2025-11-03"); docs.append(d)
DJ, CC = "대전시", "대전시의회"
d.O(DJ, DJ, ctx="대전시, 내년", note="a city acting as a government; headline topic with a comma")
d.O(DJ, DJ, ctx="대전시가 2026년")
d.O(CC, CC, ctx="대전시의회에 제출", note="the city council, named")
d.O("대전시의회 예산결산특별위원회", "대전시의회 예산결산특별위원회",
    note="the council's committee: one name with its type suffix (위원회); the council's name is part of the official name")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("유성구청", "유성구청", note="a district office")
d.O("시", DJ, ctx="시는 지방채", st="optional", note="bare 시 for the city named before: an unnamed institution noun (optional)")
d.O("시", DJ, ctx="시 관계자는", st="optional", note="bare 시 before 관계자: an unnamed institution noun (optional)")
Y = "2026"
d.D("내년", Y, "year", rel=True)
d.D("2026년", Y, "year")
d.D("올해", "2025", "year", rel=True, note="the basis's year (올해 본예산보다)")
d.D("3일", "2025-11-03", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("오는 24일", "2025-11-24", "day", rel=True, note="future clause (오는)")
d.D("다음 달 16일", "2025-12-16", "day", rel=True, note="다음 달 before a day: one mention; future")
d.Q("6조8천억", 6800000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산 6조", DJ, Y, "level"))
d.Q("38.4%", 38.4, "%", "%", P, ctx="비중 38.4%", f=("복지 비중", None, DJ, Y, "level", "required", "headline: the city of the headline; its 내년"))
d.Q("3,870억 원", 387000000000, W, "원", "currency",
    f=("예산안", "2026년 예산안", DJ, Y, "change", "required", "늘어난: a change; 올해 본예산보다 = basis; the period is the current one (2026년)"))
d.Q("6.0%", "6.0", "%", "%", P, f=("예산안", "2026년 예산안", DJ, Y, "change", "required", "the rate in brackets after the amount of the change"))
d.Q("6조 8,420억 원", 6842000000000, W, "원", "currency",
    f=("예산안", "2026년 예산안", DJ, Y, "level", "required", "a 규모 amount: the thing whose size it is (예산안)"))
d.Q("5조 2,600억 원", 5260000000000, W, "원", "currency", f=("일반회계", None, DJ, Y, "level", "required", "subject and period carried"))
d.Q("1조 5,820억 원", 1582000000000, W, "원", "currency", f=("특별회계", None, DJ, Y, "level"))
d.Q("2조 6,270억 원", 2627000000000, W, "원", "currency", f=("사회복지 예산", None, DJ, Y, "level"))
d.Q("38.4%", 38.4, "%", "%", P, ctx="전체의 38.4%",
    f=("사회복지 예산", None, DJ, Y, "level", "optional",
       "전체의 N%를 차지해: no noun names the share; the part's measure (사회복지 예산, written), 전체, or empty? (README question 1)"))
BR = "breakdown (분야별로는): the item (a sector) names no measure; the measure noun of the list (예산 of 사회복지 예산); the city and 2026 carried"
d.Q("8,140억 원", 814000000000, W, "원", "currency", f=("예산", "사회복지 예산이", DJ, Y, "level", "required", BR))
d.Q("3,050억 원", 305000000000, W, "원", "currency", f=("예산", "사회복지 예산이", DJ, Y, "level", "required", BR))
d.Q("142건", 142, "건", "건", C, f=("새로 반영된 사업", None, DJ, Y, "level", "required", "the topic counted; the modifier changes what is counted"))
ALLOC = "X에 N원이 배정됐다: the purpose marked by 에 names what the amount is for; part opener 이 가운데; the city and 2026 carried"
d.Q("180억 원", 18000000000, W, "원", "currency", f=("청년 월세 지원", None, DJ, Y, "level", "required", ALLOC))
d.Q("1,250억 원", 125000000000, W, "원", "currency",
    f=("트램 2호선 건설", None, DJ, Y, "level", "required", ALLOC + "; 2호선 is part of a line's name, no quantity"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("지방채", None, DJ, Y, "level", "required", "the object right before the figure; 시는 = the city; a plan for the budget year, 2026 carried"))
d.Q("4,330억 원", 433000000000, W, "원", "currency", f=("자치구 교부금", None, DJ, Y, "level"))
d.Q("5.2%", 5.2, "%", "%", P, f=("자치구 교부금", None, DJ, Y, "change", "required", "증액됐다: a change"))
d.Q("1,020억 원", 102000000000, W, "원", "currency",
    f=("자치구 교부금", None, "유성구청", Y, "level", "required", "part opener 이 가운데: the whole's measure; the district office that receives it is the sentence's topic"))
d.Q("5개", 5, "개", "개", C,
    f=("자치구", "5개 자치구", "", "", "level", "required",
       "the counted noun; several organizations taken together, not named: no subject; no period set for this metric: empty"))

# ---------------------------------------------------------------- 004 pharmaceutical licensing deal (이데일리 bracket byline)
d = Doc("004_ea4c24007fb90ff2", "2026-01-13"); docs.append(d)
OG, BMS, KR = "온코젠바이오", "브리스톨마이어스스퀴브", "한국화학연구원"
d.Oall(OG, OG, special={0: ("required", "invented biotech; headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("BMS", BMS, ctx="美 BMS에", note="short form of the partner named in full in the lead; 美 (a country) outside")
d.O(BMS, BMS, aliases="BMS", note="foreign partner; (BMS) right after the name is an alias, outside the span")
d.O("BMS", BMS, ctx="BMS는 내년", note="the alias used later: a required mention")
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.Oall(KR, KR, special={0: ("required", "a research institute (the compound's origin)")})
d.O("코스닥시장", "코스닥시장", st="optional", note="a stock market: an institution (run by an exchange) or a place? (README question 6)")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the disclosure (공시했다): dates the report only")
d.D("지난해", "2025", "year", rel=True)
d.D("2021년", "2021", "year")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2030년", "2030", "year")
d.D("이날", "2026-01-13", "day", rel=True, st="optional", anchor="2026-01-13", note="points back to 13일 (like 당일): optional")
NOP = "a deal's term: no DATE in its clause or sentence, and the lead's 13일 dates the disclosure only: period empty"
d.Q("12억 달러", 1200000000, U, "달러", "currency", ctx="총 12억 달러 규모",
    f=("기술수출", "폐암 신약 기술수출", OG, "", "level", "required", "headline: X 규모 → the thing whose size it is (the licensing deal); no date in the headline"))
d.Q("3,500만 달러", 35000000, U, "달러", "currency", f=("계약금", "계약금은 3,500만", OG, "", "level", "required", "the company that receives it (the sentence continues the lead about it); " + NOP))
d.Q("515억 원", 51500000000, W, "원", "currency", approx=True, eq=("3,500만 달러",), note="conversion, 약 → approx",
    f=("계약금", "계약금은 3,500만", OG, "", "level", "required", "a conversion: same slots"))
d.Q("12억 달러", 1200000000, U, "달러", "currency", ctx="최대 12억 달러(", bound="max", note="최대 → max",
    f=("계약", "총 계약 규모는", OG, "", "level", "required", "a 규모 amount: the thing whose size it is (계약; 총 계약 규모 overlaps); " + NOP))
d.Q("1조 7,640억 원", 1764000000000, W, "원", "currency", approx=True, bound="max", eq=("12억 달러",),
    note="conversion, 약 → approx; the 최대 before the amount read as applying to its conversion too",
    f=("계약", "총 계약 규모는", OG, "", "level", "required", "a conversion: same slots"))
d.Q("10~15%", 10, "%", "%", P, hi=15,
    f=("경상기술료", None, OG, "", "level", "optional",
       "순매출의 N%를 경상기술료로 받는다: the royalty (written) or X의 N% → 순매출? (README question 2); future (출시되면), no date"))
d.Q("86억 원", 8600000000, W, "원", "currency",
    f=("매출", "연간 매출 86억", OG, "2025", "level", "required", "연간 qualifies the period (outside); 지난해 in the clause; the company of the story"))
d.Q("6배", 6, "배", "배", C, approx=True, note="약 outside: approx",
    f=("계약금", "계약금만으로", OG, "", "level", "optional",
       "a ratio of two figures (the upfront to last year's revenue), no change over time: metric 계약금 (written) or 돈, level or change? (README question 3)"))
d.Q("한 번", 1, "번", "번", C, st="optional", note="한 번에 'at once': a lexicalized adverb (optional)")
d.Q("20%", 20, "%", "%", P, f=("계약금", "계약금의 20%", OG, "", "level", "required", "X의 N% → X; the company (its topic) pays it; " + NOP))
d.Q("700만 달러", 7000000, U, "달러", "currency",
    f=("계약금", "계약금의 20%", OG, "", "level", "required", "N%인 M: the amount of the same part of 계약금; 나눠 준다 is a plain verb"))
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note="임상 1상: a trial phase, ordinal-like with no explicit marker, or part of a stage's name? (optional)")
TR = ("a clinical trial's result: the company's (carried from 회사가/온코젠바이오는) or the product's (OG-217, no ORG: empty, written)? "
      "no date (README question 4)")
d.Q("48명", 48, "명", "명", C, f=("환자", None, "", "", "level", "optional", TR))
d.Q("20명", 20, "명", "명", C, f=("환자", None, "", "", "level", "optional", "part of the 환자 counted before (N명 가운데 M명); " + TR))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("종양", None, "", "", "change", "optional", "줄었다: a change of the tumour (size); " + TR))
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note="임상 2상: as 1상 (optional)")
d.Q("29.8%", 29.8, "%", "%", P,
    f=("주가", None, OG, "2026-01-13", "change", "required", "오른: a change; genitive owner; 이날 (optional DATE) → 2026-01-13"))
d.Q("4만 3,150원", 43150, W, "원", "currency", f=("주가", None, OG, "2026-01-13", "level", "required", "the closing price reached (…에 마감했다); 이날"))

# ---------------------------------------------------------------- 005 department stores' holiday sales (입력 stamp + byline line)
d = Doc("005_57ede7df89db6e21", "2026-02-19"); docs.append(d)
LT, SS, HD = "롯데백화점", "신세계백화점", "현대백화점"
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.Oall(LT, LT)
d.Oall(SS, SS)
d.Oall(HD, HD)
d.O("더현대 서울", "더현대 서울", st="optional", note="a store run by 현대백화점 (이 운영하는): a business unit / site, optional")
d.O("세원백화점", "세원백화점", note="invented regional chain; 광주의 (place) outside")
d.O("동성백화점", "동성백화점", note="invented regional chain; 대구 기반의 outside")
d.O("한국백화점협회", "한국백화점협회", note="industry body (its forecast)")
R = "2026-02-14/2026-02-18"
d.D("설 연휴", "2026-02-17", "day", ctx="3사 설 연휴", rel=True, st="optional", note="holiday: optional, written as the day (설날 2026-02-17)")
d.D("2026.02.19", "2026-02-19", "day", st="optional", note="publication stamp (the date only; clock time not labelled)")
d.D("설 연휴", "2026-02-17", "day", ctx="설 연휴 닷새", rel=True, st="optional", note="holiday: optional")
d.D("19일", "2026-02-19", "day", rel=True, note="day of the report (업계에 따르면)")
d.D("14~18일", R, "day", rel=True, note="range of days in brackets after 연휴 기간: the story's period")
d.D("지난해", "2025", "year", ctx="지난해 설 연휴", rel=True, note="the basis's year")
d.D("설 연휴", "2025-01-29", "day", ctx="지난해 설 연휴", rel=True, st="optional", note="last year's holiday (설날 2025-01-29): optional")
d.D("같은 기간", R, "day", rel=True, st="optional", anchor="2026-02-14", note="points back to 14~18일")
d.D("1년 전", "2025", "year", rel=True, note="offset → that year; a comparison's basis")
d.D("지난해", "2025", "year", ctx="지난해 설보다", rel=True)
d.D("설", "2025-01-29", "day", ctx="지난해 설보다", rel=True, st="optional", note="last year's 설: a holiday, optional")
d.D("이달 말", "2026-02", "month", mod="END", rel=True, note="이달 말까지 (future)")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention")
d.Q("3사", 3, "사", "사", C, ctx="백화점 3사 설",
    f=("백화점", "백화점 3사 설", "", "", "level", "optional",
       "a count that labels a group (백화점 3사) rather than reports a figure: whose, which period? (README question 5)"))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional", note="두 자릿수 성장 (double-digit): a lexicalized vague amount, optional")
d.Q("23%", 23, "%", "%", P, ctx="명품 23% 뛰었다",
    f=("명품", "명품 23% 뛰었다", "", "", "change", "optional",
       "headline after …: the group of the headline (백화점 3사, named later) or the one chain whose figure it is in the body (신세계백화점)? the period only an optional holiday (README question 5)"))
d.Q("닷새", 5, "day", "닷새", "duration", ctx="설 연휴 닷새", note="닷새 동안: a duration, no fact")
d.Q("12.4%", 12.4, "%", "%", P,
    f=("매출", "기간(14~18일) 매출은", LT, R, "change", "required", "genitive owner; 14~18일 in the clause; 지난해 설 연휴보다 = basis"))
d.Q("11.8%", 11.8, "%", "%", P, f=("매출", "기간(14~18일) 매출은", SS, R, "change", "required", "같은 기간 (→ 14~18일); the measure of the figure before; its own topic"))
d.Q("10.6%", 10.6, "%", "%", P, f=("매출", "기간(14~18일) 매출은", HD, R, "change", "required", "listed with the figure before"))
d.Q("닷새", 5, "day", "닷새", "duration", ctx="연휴 닷새간", note="닷새간 → 닷새 (간 outside): a duration, no fact")
d.Q("412억 원", 41200000000, W, "원", "currency", f=("명품 매출", "신세계백화점의 명품 매출", SS, R, "level", "required", "genitive owner; the story's period"))
d.Q("23%", 23, "%", "%", P, ctx="원으로 23%", f=("명품 매출", "신세계백화점의 명품 매출", SS, R, "change"))
d.Q("386억 원", 38600000000, W, "원", "currency", f=("명품 매출", "명품 매출 386억", LT, R, "level", "required", "its own topic (롯데백화점도); the story's period"))
d.Q("3사", 3, "사", "사", C, ctx="3사 합산",
    f=("", None, "", "", "level", "optional", "3사 in a basis phrase (3사 합산 기준): a label of the group, no figure of its own (README question 5)"))
d.Q("41%", 41, "%", "%", P,
    f=("외국인 관광객 매출", None, LT + ";" + SS + ";" + HD, R, "change", "required",
       "3사 합산: a group the text names in full in the paragraph before; 1년 전보다 = basis; the story's period"))
d.Q("32개", 32, "개", "개", C,
    f=("점포", None, LT, R, "level", "required", "the counted noun; in the clause of the figure after it: the story's period carried"))
d.Q("418만 명", 4180000, "명", "명", C, f=("고객", "찾은 고객은", LT, R, "level"))
d.Q("37만 명", 370000, "명", "명", C, f=("고객", "찾은 고객은", LT, R, "change", "required", "…보다 많았고: a change; 지난해 설 = basis"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): optional")
d.Q("14만 명", 140000, "명", "명", C,
    f=("", None, "더현대 서울", R, "level", "optional",
       "몰렸다 is a plain verb (no metric); the subject is only an optional ORG (a store): optional fact"))
d.Q("3.2%", 3.2, "%", "%", P, f=("매출", "세원백화점은 매출이", "세원백화점", R, "change", "required", "its own topic; the story's period"))
d.Q("15%", 15, "%", "%", P, f=("식품관 매출", None, "동성백화점", R, "change"))
d.Q("1.4%", 1.4, "%", "%", P, f=("전체 매출", None, "동성백화점", R, "change"))
d.Q("5%", 5, "%", "%", P, ctx="5% 안팎", approx=True, note="안팎 outside: approx",
    f=("백화점 매출 증가율", None, "", "2026-Q1", "change", "required",
       "a rate of change (증가율) is a change; an industry figure forecast by the association: no subject; 올해 1분기 in the clause"))

# ---------------------------------------------------------------- 006 monthly employment statistics (연합뉴스 dateline, no year anywhere)
d = Doc("006_b4255d42b35133ed", "2025-12-10"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 세종 (place) outside")
d.O("통계청", "통계청", note="the statistics office that releases the figures (their source)")
d.O("경제협력개발기구", "경제협력개발기구", aliases="OECD", note="(OECD) right after the name: alias, outside the span")
d.O("기획재정부", "기획재정부", note="the ministry quoted")
M11 = "2025-11"
d.D("지난달", M11, "month", ctx="지난달 취업자 22만5천명", rel=True)
d.D("지난달", M11, "month", ctx="지난달 취업자 수가", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset → that year; a comparison's basis")
d.D("10일", "2025-12-10", "day", rel=True, note="day of the release (발표한): dates the report only")
d.D("11월", M11, "month", rel=True, note="the month the statistic covers (11월 고용동향): latest November on or before the document date")
d.D("지난달", M11, "month", ctx="지난달 15세", rel=True)
d.D("작년 같은 달", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back (one mention)")
d.D("같은 달", M11, "month", ctx="고용률 같은 달", rel=True, st="optional", anchor="2025-11-01",
    note="같은 달 기준 역대 최고 (among all Novembers): points back, optional")
d.D("같은 달", M11, "month", ctx="로 같은 달 기준", rel=True, st="optional", anchor="2025-11-01", note="as the headline's: optional")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention; future")
NS = "a national statistic released by the statistics office (its source): no subject; 지난달 (2025-11)"
DEF = "a definitional age bracket, part of the metric (FACTS): no fact; the row only satisfies the one-row check and is optional"
d.Q("22만5천명", 225000, "명", "명", C, f=("취업자", "지난달 취업자 22만5천명", "", M11, "change", "required", "headline: 늘어 → change; " + NS))
d.Q("22만 명", 220000, "명", "명", C, bound="gt", note="넘게 → gt", f=("취업자 수", None, "", M11, "change", "required", NS + "; 1년 전보다 = basis"))
d.Q("석 달", 3, "month", "달", "duration", note="석 달 만에: a duration (만에 outside), no fact")
d.Q("20만 명", 200000, "명", "명", C, approx=True, note="명대: 대 after the unit stays outside and sets approx",
    f=("증가 폭", None, "", M11, "change", "optional",
       "증가 폭이 N명대를 회복: a level of 증가 폭 or a change of 취업자 (written: 증가 폭 · change)? (README question 7)"))
d.Q("15세", 15, "세", "세", C, ctx="지난달 15세", bound="min", note="15세 이상: 이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("2,904만 8천 명", 29048000, "명", "명", C, f=("15세 이상 취업자", None, "", M11, "level", "required", NS + "; the age bracket is part of the metric"))
d.Q("22만 5천 명", 225000, "명", "명", C, f=("15세 이상 취업자", None, "", M11, "change", "required", NS + "; 작년 같은 달보다 = basis"))
d.Q("15세", 15, "세", "세", C, ctx="15세 이상 고용률", bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("63.4%", 63.4, "%", "%", P, f=("15세 이상 고용률", None, "", M11, "level", "required", NS))
d.Q("0.3%포인트", 0.3, PP, "%포인트", P, f=("15세 이상 고용률", None, "", M11, "change"))
d.Q("15~64세", 15, "세", "세", C, hi=64, f=("", None, "", "", "level", "optional", DEF))
d.Q("69.9%", 69.9, "%", "%", P,
    f=("15~64세 고용률", None, "", M11, "level", "required", NS + "; the OECD's basis only defines the measure: no subject"))
d.Q("2.2%", 2.2, "%", "%", P, f=("실업률", None, "", M11, "level"))
d.Q("0.1%포인트", 0.1, PP, "%포인트", P, f=("실업률", None, "", M11, "change", "required", "내렸고: a change"))
d.Q("65만 3천 명", 653000, "명", "명", C, f=("실업자", None, "", M11, "level"))
BR = ("breakdown (산업별로는): an industry is no ORG and no subject; the first item names its measure (…서비스업 취업자), "
      "the next items take the list's measure noun 취업자; 지난달 carried")
d.Q("12만 8천 명", 128000, "명", "명", C, f=("보건업 및 사회복지서비스업 취업자", None, "", M11, "change", "required", BR))
d.Q("7만 1천 명", 71000, "명", "명", C, f=("취업자", "사회복지서비스업 취업자가", "", M11, "change", "required", BR))
d.Q("4만 명", 40000, "명", "명", C, f=("취업자", "사회복지서비스업 취업자가", "", M11, "change", "required", BR))
d.Q("6만 2천 명", 62000, "명", "명", C,
    f=("취업자", "사회복지서비스업 취업자가", "", M11, "change", "required", BR + "; 반면 … 줄었다: a change written without a sign (value positive)"))
d.Q("13만 1천 명", 131000, "명", "명", C, f=("취업자", "사회복지서비스업 취업자가", "", M11, "change", "required", BR))
d.Q("19개월", 19, "month", "개월", "duration", note="19개월 연속: an amount of time, a duration, no fact")
d.Q("60세", 60, "세", "세", C, bound="min", note="이상 → min", f=("", None, "", "", "level", "optional", DEF))
d.Q("31만 7천 명", 317000, "명", "명", C, f=("60세 이상 취업자", None, "", M11, "change", "required", "breakdown (연령별로는); " + NS))
d.Q("15~29세", 15, "세", "세", C, hi=29, f=("", None, "", "", "level", "optional", DEF + " (in brackets after 청년층)"))
d.Q("44.3%", 44.3, "%", "%", P, f=("청년층(15~29세) 고용률", None, "", M11, "level", "required", NS))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("청년층(15~29세) 고용률", None, "", M11, "change", "required", "하락했다: a change"))

if __name__ == "__main__":
    write_all(docs)
