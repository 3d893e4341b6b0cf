"""Gold labels of articles-holdout51, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout51/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 card company's annual results (입력 stamp + byline line)
d = Doc("001_789e9c83ef83e1fc", "2026-02-05"); docs.append(d)
SC, SG = "새솔카드", "새솔금융지주"
d.Oall(SC, SC)
d.Oall(SG, SG)
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the byline line")
d.O("새솔은행", "새솔은행", note="sister company in the group, figure in brackets")
d.O("신한카드", "신한카드", note="rival in a ranking list")
d.O("삼성카드", "삼성카드", note="rival in a ranking list")
d.O("현대카드", "현대카드", note="rival in a ranking list")
Y = "2025"
d.D("지난해", Y, "year", ctx="새솔카드, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp (clock time not labelled)")
d.D("지난해", Y, "year", ctx="새솔카드가 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a fact period")
d.D("전년", "2024", "year", ctx="전년(1,862억", rel=True, st="optional", anchor="2025-01-01",
    note="pointing back to 지난해 (ANNOTATION: 전년 … optional in gold)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="pointing back")
d.D("이날", "2026-02-05", "day", rel=True, st="optional", anchor="2026-02-05",
    note="anaphor pointing back to the lead's 5일 (like 당일): optional")
d.D("올해", "2026", "year", rel=True)
d.Q("2,140억", 214000000000, W, "", "currency", ctx="순이익 2,140억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익", SC, Y, "level"))
d.Q("100조", 100000000000000, W, "", "currency", st="optional", note="headline amount, currency implied; 눈앞 sets no bound",
    f=("신판 취급액", "신판 취급액 100조", SC, Y, "level"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("당기순이익", None, SC, Y, "level"))
d.Q("1,862억 원", 186200000000, W, "원", "currency",
    f=("당기순이익", None, SC, "2024", "level", "required",
       "a figure in brackets right after a pointing-back date (전년) is that year's level of the measure compared"))
d.Q("14.9%", 14.9, "%", "%", P,
    f=("당기순이익", None, SC, Y, "change", "required", "늘어난 규모: 규모 restates the figure; the measure is 당기순이익; comparison: the current period"))
d.Q("97조 6,000억 원", 97600000000000, W, "원", "currency", f=("신용판매 취급액", None, SC, Y, "level", "required", "the lead's 지난해 carried (story period)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("6조 3,000억 원", 6300000000000, W, "원", "currency", f=("신용판매 취급액", None, SC, Y, "change"))
d.Q("41조 2,000억 원", 41200000000000, W, "원", "currency",
    f=("온라인 결제", None, SC, Y, "level", "required", "breakdown item (이 가운데) named by a measure noun of its own (결제): that is the metric"))
d.Q("42%", 42, "%", "%", P,
    f=("온라인 결제", None, SC, Y, "level", "optional",
       "전체의 N%를 차지: 전체 names no measure; the part whose share it is (온라인 결제) or the whole (신용판매 취급액)? (README open question 1)"))
d.Q("3조 8,000억 원", 3800000000000, W, "원", "currency", f=("해외 결제", None, SC, Y, "level"))
d.Q("22.6%", 22.6, "%", "%", P, f=("해외 결제", None, SC, Y, "change"))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", f=("카드론 잔액", None, SC, Y, "level", "required", "지난해 말 기준 (value 2025, mod END)"))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("회원 수", "회원 수는", SC, Y, "level", "required", "new paragraph, same story: subject and period carried"))
d.Q("46만 명", 460000, "명", "명", C, f=("회원 수", "회원 수는", SC, Y, "change", "required", "전년 말보다 = basis"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="age brackets: a definitional range, part of the metric (FACTS), no fact; range value 20, value_high 30 as written")
d.Q("37.5%", 37.5, "%", "%", P,
    f=("비중", None, SC, Y, "level", "required", "20~30대 비중: the age bracket is part of the metric (written 비중: the metric span may not hold a quantity)"))
d.Q("1.31%", 1.31, "%", "%", P, f=("연체율", None, SC, Y, "level"))
d.Q("0.18%포인트", "0.18", PP, "%포인트", P, f=("연체율", None, SC, Y, "change", "required", "낮아졌다: a change; no sign written"))
d.Q("1조 9,300억 원", 1930000000000, W, "원", "currency",
    f=("순이익", "체 순이익(", SG, Y, "level", "required", "그룹 전체 순이익: the group named 새솔금융지주 in the lead; story period"))
d.Q("11%", 11, "%", "%", P,
    f=("순이익", "체 순이익(", SC, Y, "level", "required",
       "새솔카드의 순이익은 … 의 11%: the card company's share; X의 N% → X, the nearest 순이익"))
d.Q("1조 4,850억 원", 1485000000000, W, "원", "currency",
    f=("순이익", "체 순이익(", "새솔은행", Y, "level", "required", "a figure in brackets right after an organization is its; the measure of the sentence before"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="rank: ordinal, no fact")
d.Q("4위", 4, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("3,000억 원", 300000000000, W, "원", "currency", ctx="카드에 3,000억 원",
    f=("유상증자", None, SG, "2026-02-05", "level", "optional",
       "X 규모의 Y → Y; the parent is the sentence's subject (새솔카드에 = the counterparty); period: the decision's 이날 in the clause, "
       "or none (a decision, like an announcement), or the story's 2025 carried for the parent? (README open question 2)"))
QT = "a target in the company head's quote (오영석 새솔카드 대표): the company's figure; 올해 in the clause"
d.Q("105조 원", 105000000000000, W, "원", "currency", bound="gt", note="넘어서겠다 governs both listed objects → gt",
    f=("신판 취급액", "올해 신판 취급액", SC, "2026", "level", "required", QT))
d.Q("1,200만 명", 12000000, "명", "명", C, bound="gt", note="넘어서겠다 → gt",
    f=("회원 수", "회원 수 1,200만", SC, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 002 provincial education office's budget (뉴시스 dateline, no year anywhere)
d = Doc("002_a8cd8cd5b9041b54", "2025-11-12"); docs.append(d)
CB = "충청북도교육청"
d.O("충북교육청", CB, note="short form of the name given in full in the lead")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(CB, CB)
d.O("충북도의회", "충북도의회", note="the provincial council, named (no full form in the text)")
d.O("교육부", "교육부")
d.O("충북도", "충북도", ctx="충북도와", note="a province acting as a government (전입금 it passes on)")
d.O("도의회", "충북도의회", ctx="도의회 심의", st="optional", note="unnamed institution noun like 시의회 (ANNOTATION: optional), though it points back to 충북도의회")
NY = "2026"
d.D("내년", NY, "year", ctx="교육청 내년 예산", rel=True)
d.D("내년도", NY, "year", rel=True, note="내년도 = next (fiscal) year, one word: 도 (年度) kept in the span; a school budget year is the calendar year")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True)
d.D("12일", "2025-11-12", "day", rel=True, note="day of the release (밝혔다): not a fact period")
d.D("올해", "2025", "year", ctx="올해보다 4.1%", rel=True)
d.D("내년", NY, "year", ctx="내년에 380억", rel=True)
d.D("올해", "2025", "year", ctx="올해(2,070만", rel=True)
d.D("지난해", "2024", "year", rel=True)
d.D("내년", NY, "year", ctx="내년 16만", rel=True)
d.D("다음 달 16일", "2025-12-16", "day", rel=True, note="다음 달 (deictic, future clause 확정된다) + day: one mention")
d.Q("4조 6,380억 원", 4638000000000, W, "원", "currency", ctx="예산 4조 6,380억 원…",
    f=("예산", "내년 예산", CB, NY, "level", "required", "headline: its own 내년; the short form's organization"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 2,180만 원\n", st="optional", note="the 1 of a rate denominator (1인당): optional")
d.Q("2,180만 원", 21800000, W, "원", "currency", ctx="1인당 2,180만 원\n",
    f=("", None, CB, NY, "level", "optional",
       "headline 학생 1인당 N원: no noun names the amount (empty by the letter), or the headline's 예산 per student? (README open question 3)"))
d.Q("1,270억 원", 127000000000, W, "원", "currency", f=("예산안", None, CB, NY, "change", "required", "올해 본예산보다 … 늘어난: a change; 내년도 in the clause"))
d.Q("2.8%", 2.8, "%", "%", P, f=("예산안", None, CB, NY, "change", "required", "the same change as a rate, in brackets: no conversion (not the same unit kind)"))
d.Q("4조 6,380억 원", 4638000000000, W, "원", "currency", ctx="늘어난 4조 6,380억 원",
    f=("예산안", None, CB, NY, "level", "required", "N원 규모로 편성: the metric is what has that size (예산안)"))
GR = ("a revenue line of the office's budget named as given by another body (교육부가 내려보내는, 충북도와 11개 시·군이 넘기는): "
      "the budget's owner (written) or the giver, as with FACTS' 'the foundations that donated'? (README open question 4)")
d.Q("3조 8,900억 원", 3890000000000, W, "원", "currency", f=("보통교부금", None, CB, NY, "level", "optional", GR))
d.Q("83.9%", 83.9, "%", "%", P,
    f=("보통교부금", None, CB, NY, "level", "optional", GR + "; 전체의 N%를 차지: the part's measure (README open question 1)"))
d.Q("11개", 11, "개", "개", C,
    f=("시·군", None, "", "", "level", "optional",
       "a count of municipalities inside the name of a giver (충북도와 11개 시·군): whose figure, and does the budget year carry? unclear"))
d.Q("5,140억 원", 514000000000, W, "원", "currency", f=("지방자치단체 전입금", None, CB, NY, "level", "optional", GR))
d.Q("4.1%", 4.1, "%", "%", P, f=("지방자치단체 전입금", None, CB, NY, "change", "optional", GR + "; 올해보다 = basis"))
BR = "breakdown of 세출 (분야별로 보면): each item is named by its own expense noun; the office's budget, 내년 carried"
d.Q("2조 7,650억 원", 2765000000000, W, "원", "currency", f=("인건비", None, CB, NY, "level", "required", BR))
d.Q("5,820억 원", 582000000000, W, "원", "currency", f=("학교운영비", None, CB, NY, "level", "required", BR))
d.Q("3,460억 원", 346000000000, W, "원", "currency", f=("시설사업비", None, CB, NY, "level", "required", BR))
d.Q("1,390억 원", 139000000000, W, "원", "currency", f=("무상급식비", None, CB, NY, "level", "required", "X에는 N원 배정 → X"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("늘봄학교 운영", None, CB, NY, "level", "required", "X에는 N원 배정 → X (늘봄학교 is a program, no ORG)"))
d.Q("3년", 3, "year", "년", "duration", note="3년간 → 3년: an amount of time, no fact")
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("노후 학교 건물 개선", None, CB, NY, "level", "optional",
       "a three-year total (3년간): the letter gives the sentence's 내년 / the carried budget year (written 2026), the sense a span of three years with no DATE (empty)? (README open question 5)"))
d.Q("380억 원", 38000000000, W, "원", "currency", ctx="내년에 380억 원",
    f=("노후 학교 건물 개선", None, CB, NY, "level", "required", "the second clause keeps the sentence's purpose (X에는 … 들이며, … 쓴다); 내년에 in its clause"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 교육비", st="optional", note="the 1 of a rate denominator (1인당): optional (added in the coverage pass)")
d.Q("2,180만 원", 21800000, W, "원", "currency", ctx="교육비는 2,180만 원",
    f=("교육비", None, CB, NY, "level", "required", "학생 1인당 교육비 (1인 outside the metric span); the budget year carried (compared with 올해)"))
d.Q("2,070만 원", 20700000, W, "원", "currency",
    f=("교육비", None, CB, "2025", "level", "required", "a figure alone in brackets right after a DATE (올해) is that year's level of the measure compared"))
d.Q("110만 원", 1100000, W, "원", "currency", f=("교육비", None, CB, NY, "change", "required", "…보다 N원 많다: a difference, the current (budget) year"))
d.Q("17만 2,000명", 172000, "명", "명", C,
    f=("학생 수", None, CB, "2024", "level", "required", "A에서 B로 with a DATE for each end: two levels; the metric topic does not stop the carried subject"))
d.Q("16만 5,000명", 165000, "명", "명", C, approx=True, note="안팎 → approx",
    f=("학생 수", None, CB, NY, "level", "required", "내년 before it"))
d.Q("두 배", 2, "배", "배", C,
    f=("기초학력 지원 예산", None, CB, NY, "change", "required",
       "N배로 늘려: a change; the head's quote (교육감) is the office's; no DATE of its own: the budget year carried"))

# ---------------------------------------------------------------- 003 e-commerce platform's festival sales (연합뉴스 dateline; the year only inside the event's name)
d = Doc("003_33a5bc8fd351fddb", "2025-11-13"); docs.append(d)
MB, CJ, BF = "마켓바로", "CJ대한통운", "바로풀필먼트"
d.Oall(MB, MB, special={0: ("required", "invented platform, headline topic"), 1: ("required", "introduced by 이커머스 플랫폼")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("LG생활건강", "LG생활건강", note="brand named as a company, in a breakdown by brand")
d.O("농심", "농심", note="in a list, figure in brackets")
d.O("나이키코리아", "나이키코리아", note="in a list, figure in brackets")
d.Oall(CJ, CJ)
d.Oall(BF, BF, special={0: ("required", "invented logistics subsidiary (마켓바로의 물류 자회사)")})
F = "2025-11-01/2025-11-11"
d.D("지난 1일", "2025-11-01", "day", rel=True, note="지난 1일부터 11일까지: A부터 B까지 → two mentions")
d.D("11일", "2025-11-11", "day", ctx="11일까지", rel=True, note="a bare day ending a range takes the start's month")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the release (밝혔다): not a fact period")
d.D("지난해", "2024", "year", ctx="지난해 행사", rel=True)
d.D("같은 기간", F, "day", rel=True, st="optional", anchor="2025-11-01", note="points back to the festival's days")
d.D("첫날", "2025-11-01", "day", rel=True, st="optional", anchor="2025-11-01", note="points back to the festival's first day (like 첫해): optional")
d.D("1일", "2025-11-01", "day", ctx="1일에만", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True)
d.D("다음 날", "XXXX-XX-XX", "day", st="optional",
    note="the day after each order (a delivery deadline), no calendar day: optional at most; not resolved")
d.D("내년", "2026", "year", rel=True)
d.Q("1조 2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("거래액", "거래액 1조 2천억", MB, "", "level"))
d.Q("2,310만 건", 23100000, "건", "건", C, ctx="주문 2,310만 건",
    f=("주문", "주문 2,310만", MB, "", "level", "required",
       "headline figure: no DATE in the headline and nothing before it, so no period (FACTS' search order; the event's name holds no DATE)"))
d.Q("1조 2,480억 원", 1248000000000, W, "원", "currency",
    f=("거래액", "거래액이 1조", MB, F, "level", "required", "the platform whose transactions they are; the event named with its days → that range"))
d.Q("9,870억 원", 987000000000, W, "원", "currency",
    f=("거래액", "거래액이 1조", MB, "2024", "level", "required", "last year's festival in brackets: the measure compared; 지난해 before it dates it"))
d.Q("26.4%", 26.4, "%", "%", P, f=("거래액", "거래액이 1조", MB, F, "change", "required", "…늘어난 수치다: the restating noun gives way to the figure's measure"))
d.Q("2,310만 건", 23100000, "건", "건", C, ctx="건수는 2,310만 건", f=("주문 건수", None, MB, F, "level", "required", "같은 기간 (optional DATE) = the festival's days"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 평균): optional")
d.Q("210만 건", 2100000, "건", "건", C, f=("주문 건수", None, MB, F, "level", "required", "daily average of the same count"))
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("거래액", "거래액 2,150억", MB, "2025-11-01", "level", "required", "1일에만 in the clause"))
DAY1 = ("after a sentence dated 1일에만 (day one only), the carry-forward line gives 2025-11-01 for the same subject, the sense "
        "the whole festival (written); README open question 6")
d.Q("640만 명", 6400000, "명", "명", C, f=("구매 고객", None, MB, F, "level", "optional", DAY1))
d.Q("18%", 18, "%", "%", P, f=("신규 가입자", None, MB, F, "level", "optional", "이 가운데 N%가 X였다 → X; " + DAY1))
d.Q("4만 2,000곳", 42000, "곳", "곳", C,
    f=("입점 판매자", "참여한 입점 판매자", MB, F, "level", "required", "the platform's sellers (like members); 행사에 참여한 names the festival → its days"))
d.Q("7,000곳", 7000, "곳", "곳", C, f=("입점 판매자", "참여한 입점 판매자", MB, F, "change", "required", "지난해보다 = basis"))
d.Q("10억 원", 1000000000, W, "원", "currency", ctx="거래액 10억 원", bound="gt", note="넘긴 → gt",
    f=("거래액", "거래액 10억", "", F, "level", "required",
       "a threshold on a group of unnamed sellers: as FACTS' example `1억 위안 이상의 매출` (empty subject, the story's period)"))
d.Q("312곳", 312, "곳", "곳", C,
    f=("판매자", "넘긴 판매자", "", F, "level", "optional", "a count of sellers meeting a threshold: as FACTS' example `470개가 넘는 브랜드` (optional: whose count it is is unclear)"))
BB = "breakdown by brand (브랜드별로는): the brand's transactions on the platform, the measure of the paragraph (거래액); festival's days"
d.Q("410억 원", 41000000000, W, "원", "currency", f=("거래액", "거래액 10억", "LG생활건강", F, "level", "required", BB))
d.Q("265억 원", 26500000000, W, "원", "currency", f=("거래액", "거래액 10억", "농심", F, "level", "required", BB + "; figure in brackets after the organization"))
d.Q("238억 원", 23800000000, W, "원", "currency", f=("거래액", "거래액 10억", "나이키코리아", F, "level", "required", BB + "; figure in brackets after the organization"))
DL = "a pair named with their figures (A가 N, B가 M을 처리했고): each its own; 처리 (verbal noun) names the count; the festival's deliveries (story period)"
d.Q("1,420만 상자", 14200000, "상자", "상자", C, f=("처리", None, CJ, F, "level", "required", DL))
d.Q("610만 상자", 6100000, "상자", "상자", C, f=("처리", None, BF, F, "level", "required", DL))
d.Q("93.5%", 93.5, "%", "%", P,
    f=("주문", "주문의 93.5%", MB, F, "level", "optional",
       "X의 N% → X; whose: the platform's orders (written) or the two deliverers' of the sentence? (README open question 7)"))
QT = "a target in the company head's quote (한지완 마켓바로 대표): the company's figure"
d.Q("10조 원", 10000000000000, W, "원", "currency",
    f=("거래액", "연간 거래액", MB, "", "level", "required", QT + "; 연간 qualifies the period, is no DATE: no year named, so empty (not the festival's days)"))
d.Q("5만 곳", 50000, "곳", "곳", C, f=("입점 판매자", "입점 판매자 5만", MB, "2026", "level", "required", QT + "; 내년 행사에는 in the clause"))

# ---------------------------------------------------------------- 004 carmaker's monthly sales (뉴스1 dateline, no year anywhere)
d = Doc("004_144e22e03d9484cb", "2026-02-02"); docs.append(d)
KA, HD, GM, KG = "기아", "현대자동차", "한국GM", "KG모빌리티"
d.Oall(KA, KA, special={0: ("required", "headline topic with a comma"), 2: ("required", "an organization before 관계자: a required mention")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit: no quantity)")
d.O(HD, HD, note="계열사 (affiliate) named")
d.O(GM, GM)
d.O(KG, KG, aliases="KGM", note="(KGM) right after the name: alias, not in the span")
M1 = "2026-01"
d.D("지난달", M1, "month", ctx="기아, 지난달", rel=True)
d.D("지난달", M1, "month", ctx="기아는 지난달", rel=True)
d.D("2일", "2026-02-02", "day", rel=True, note="day of the release (밝혔다): not a fact period")
d.D("전년 동월", "2025-01", "month", ctx="전년 동월 대비", rel=True, st="optional", anchor="2026-01-01", note="points back to 지난달")
d.D("같은 날", "2026-02-02", "day", rel=True, st="optional", anchor="2026-02-02", note="points back to the lead's 2일 (like 당일)")
d.D("지난달", M1, "month", ctx="현대자동차는 지난달", rel=True)
d.D("전년 동월", "2025-01", "month", ctx="전년 동월보다 1.2%", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("전년 동월", "2025-01", "month", ctx="전년 동월(9,340", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("이달", "2026-02", "month", rel=True)
d.D("1분기", "2026-Q1", "quarter", rel=True, note="future clause (넘어설 것): the quarter the document date is in")
SL = ("판매", "전체 판매는")
d.Q("25만 8천대", 258000, "대", "대", C, f=("판매", "8천대 판매", KA, M1, "level", "required", "headline: its own 지난달; 판매 (verbal noun)"))
d.Q("3.8%", 3.8, "%", "%", P, ctx="해외 3.8% 늘어",
    f=("판매", "8천대 판매", KA, M1, "change", "required", "headline after the ellipsis: 해외 names a market (a part), the measure is the headline's 판매"))
LD = "판매했다 → 판매 (verbal noun governing the list: 국내 N대, 해외 M대 등 모두 T대를 판매했다); 국내/해외 name markets (parts)"
d.Q("4만 1,260대", 41260, "대", "대", C, f=("판매", "판매했다고", KA, M1, "level", "required", LD))
d.Q("21만 6,840대", 216840, "대", "대", C, f=("판매", "판매했다고", KA, M1, "level", "required", LD))
d.Q("25만 8,100대", 258100, "대", "대", C, f=("판매", "판매했다고", KA, M1, "level", "required", "모두 (in total) is no approximator; " + LD))
d.Q("2.1%", 2.1, "%", "%", P, f=SL + (KA, M1, "change", "required", "국내는 (a market) … 줄었고: the measure of the sentence (전체 판매); current period"))
d.Q("3.8%", 3.8, "%", "%", P, ctx="해외는 3.8%", f=SL + (KA, M1, "change", "required", "as 2.1%"))
d.Q("2.8%", 2.8, "%", "%", P, f=SL + (KA, M1, "change"))
MD = ("breakdown by model (차종별로는): a model is a product, so no subject (FACTS); 팔렸고 is a native verb naming nothing, the items "
      "keep the broken-down total's measure (판매); the story's 지난달")
d.Q("4만 8,320대", 48320, "대", "대", C, f=SL + ("", M1, "level", "required", MD))
d.Q("2만 9,150대", 29150, "대", "대", C, f=SL + ("", M1, "level", "required", MD + "; figure in brackets after the model"))
d.Q("2만 4,700대", 24700, "대", "대", C, f=SL + ("", M1, "level", "required", MD + "; figure in brackets after the model"))
d.Q("8,940대", 8940, "대", "대", C, f=SL + ("", M1, "level", "required", "국내에서는 (a market) 쏘렌토가 N대로: " + MD))
d.Q("13개월", 13, "month", "개월", "duration", note="13개월 연속: an amount of time, no fact")
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
EC = ("a common noun right before the count (하이브리드 N대, 전기차 M대) is its counted noun (FACTS: else the counted noun); "
      "a category of the company's cars, not a product: the company carried")
d.Q("1만 9,400대", 19400, "대", "대", C, f=("하이브리드", None, KA, M1, "level", "required", EC))
d.Q("7,150대", 7150, "대", "대", C, f=("전기차", "전기차 7,150", KA, M1, "level", "required", EC))
d.Q("2만 6,550대", 26550, "대", "대", C,
    f=("친환경차", None, KA, M1, "level", "required", "the topic 친환경차 whose listed parts 등 N대 sums: the counted category; the company carried"))
d.Q("10.3%", 10.3, "%", "%", P,
    f=("친환경차", None, KA, M1, "level", "optional", "전체의 N%를 차지: the part's noun or the whole's measure (판매)? (README open question 1)"))
NV = "팔아 / N대로 … 감소했다: a native verb or none, and no noun in the sentence names the count: empty metric (FACTS: when no noun names it)"
d.Q("5만 2,310대", 52310, "대", "대", C, f=("", None, HD, M1, "level", "required", NV + "; 지난달 in the clause"))
d.Q("28만 4,900대", 284900, "대", "대", C, f=("", None, HD, M1, "level", "required", NV))
d.Q("33만 7,210대", 337210, "대", "대", C, f=("", None, HD, M1, "level", "required", NV))
d.Q("1.2%", 1.2, "%", "%", P, f=("", None, HD, M1, "change", "required", NV + "; 전년 동월보다 = basis"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="counted noun that is no counter (회사): optional")
d.Q("59만 5,310대", 595310, "대", "대", C,
    f=("판매량", None, KA + ";" + HD, M1, "level", "required", "두 회사를 합친: the two companies named just before (기아, 현대자동차) are the subject; the month carried"))
RV = "a rival's figure in the same monthly story: the lead's 지난달 is the story's period; "
d.Q("3만 2,480대", 32480, "대", "대", C, f=("", None, GM, M1, "level", "required", RV + NV))
d.Q("18.6%", 18.6, "%", "%", P, f=("", None, GM, M1, "change", "required", RV + NV))
d.Q("8,120대", 8120, "대", "대", C, f=("", None, KG, M1, "level", "required", RV + NV))
d.Q("9,340대", 9340, "대", "대", C,
    f=("", None, KG, "2025-01", "level", "required", "a figure in brackets right after a pointing-back date (전년 동월) is that month's level; " + NV))
d.Q("13.1%", 13.1, "%", "%", P, f=("", None, KG, M1, "change", "required", RV + NV))
d.Q("60만 대", 600000, "대", "대", C, bound="gt", note="넘어설 → gt",
    f=("해외 판매", None, KA, "2026-Q1", "level", "required", "a spokesperson (기아 관계자) speaks for the company; 1분기 in the clause"))

# ---------------------------------------------------------------- 005 startup's funding round (bracket byline, no date but the day; past years only)
d = Doc("005_3462d2b30fe281a5", "2026-05-14"); docs.append(d)
CG, KI, KB, SB, GH = "카고브릿지", "한국투자파트너스", "KB인베스트먼트", "스톤브릿지벤처스", "그린하버파트너스"
d.Oall(CG, CG, special={0: ("required", "invented startup, headline topic with a comma"), 1: ("required", "introduced by 스타트업")})
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.Oall(KI, KI)
d.Oall(KB, KB)
d.Oall(SB, SB)
d.Oall(GH, GH, special={0: ("required", "invented investor in a list of named investors")})
d.O("카고링크", "카고링크", st="optional", note="a platform the company runs (배차 플랫폼 '카고링크'): product or business unit (ANNOTATION: optional)")
d.O("한진", "한진", note="a contract's counterparty (과)")
d.O("코스닥", "코스닥", st="optional", note="a stock market (run by an exchange): institution or market? optional")
d.D("14일", "2026-05-14", "day", rel=True, note="day of the announcement (밝혔다): not a fact period")
d.D("2023년", "2023", "year", note="the earlier round's year (a comparison's basis)")
d.D("2021년", "2021", "year", note="founding year (설립된): dates no figure")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; past (the document is of May)")
d.D("현재", "2026-05-14", "day", rel=True, st="optional", note="현재 is optional, takes the document date (ANNOTATION)")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (까지 outside) in a plan (계획): this year's end")
d.D("지난달", "2026-04", "month", rel=True)
d.D("2028년", "2028", "year")
d.Q("350억", 35000000000, W, "", "currency", ctx="350억 시리즈B", st="optional", note="headline amount, currency implied",
    f=("시리즈B", "350억 시리즈B", CG, "", "level"))
d.Q("2,800억", 280000000000, W, "", "currency", ctx="기업가치 2,800억", st="optional", note="headline amount, currency implied",
    f=("기업가치", "기업가치 2,800억", CG, "", "level"))
NP = "no DATE names the round's time (14일 dates only the announcement): empty period"
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("시리즈B 투자", None, CG, "", "level", "required", "N원 규모의 Y → Y; the company that raised it (유치했다); " + NP))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("누적 투자액", None, CG, "", "level", "required", NP))
IV = "an investor's stake in the round (X가 N원을 넣었고): the investor's figure; the round's noun (이번 투자) names it; " + NP
d.Q("150억 원", 15000000000, W, "원", "currency", f=("투자", "이번 투자는", KI, "", "level", "required", IV))
d.Q("70억 원", 7000000000, W, "원", "currency",
    f=("투자", "이번 투자는", KB + ";" + SB, "", "level", "required", "a named pair with 각각: both as subject (each put in that amount); " + IV))
d.Q("60억 원", 6000000000, W, "원", "currency", f=("후속 투자", None, GH, "", "level", "required", "후속 투자로 N원을 더했다: the noun names it; " + NP))
d.Q("2,800억 원", 280000000000, W, "원", "currency", ctx="약 2,800억 원", approx=True, note="약 → approx",
    f=("기업가치", "기업가치는", CG, "", "level", "required",
       "the value of the company (the investors only set it: 투자사들이 매긴); the sentence's 2023년 dates the basis only (FACTS: comparison → current period): empty"))
d.Q("650억 원", 65000000000, W, "원", "currency",
    f=("기업가치", "기업가치는", CG, "2023", "level", "required", "the basis in brackets after 2023년 시리즈A 당시: the 2023 level of the measure compared"))
d.Q("4배", 4, "배", "배", C, bound="gt", note="넘는다 → gt",
    f=("기업가치", "기업가치는", CG, "", "change", "required", "N배 against a past basis: a rate of change; current period (none named)"))
PR = "a present figure with no DATE; 2021년 dates the founding and 2023년 a basis, no period carries: empty"
d.Q("3만 8,000명", 38000, "명", "명", C, f=("등록 기사", None, CG, "", "level", "required", "the platform's drivers; the sentence's company (카고브릿지는 … 운영한다); " + PR))
d.Q("1,150곳", 1150, "곳", "곳", C, f=("고객사", None, CG, "", "level", "required", PR))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("매출", "지난해 매출은", CG, "2025", "level"))
d.Q("72%", 72, "%", "%", P, f=("매출", "지난해 매출은", CG, "2025", "change", "required", "전년보다 = basis"))
d.Q("142명", 142, "명", "명", C,
    f=("직원 수", None, CG, "2026-05-14", "level", "optional",
       "현재 (an optional DATE, the document date) in the clause: period 2026-05-14, or empty if 현재 sets none? (README open question 8)"))
d.Q("60명", 60, "명", "명", C,
    f=("개발 인력", None, CG, "2026", "level", "required", "회사는 = the story's company; a plan with 연말까지 in the clause (value 2026, END); the number to hire"))
d.Q("12개", 12, "개", "개", C,
    f=("거점", None, "한진", "2026-04", "level", "optional",
       "the counterparty's hubs (한진과 … 12개 거점의 배차를 맡는 계약): 한진's count (written) or the contract's, the startup's? a counted noun after the counter"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년 계약", note="a contract's term: an amount of time, no fact")
d.Q("1,000억 원", 100000000000, W, "원", "currency",
    f=("매출", "2028년 매출", CG, "2028", "level", "required", "a target in the company head's quote (이성민 카고브릿지 대표); 2028년 in the clause"))

# ---------------------------------------------------------------- 006 national park service's visitor statistics (연합뉴스 dateline; a past year written as 지난 2025년)
d = Doc("006_15b7ce79e78e7d16", "2026-01-20"); docs.append(d)
KN, ME, SO = "국립공원공단", "기후에너지환경부", "설악산국립공원사무소"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(KN, KN, special={1: ("required", "an organization before 관계자: a required mention")})
d.O(ME, ME, note="ministry, subject of the budget sentence")
d.O("공단", KN, ctx="공단 소속", st="optional", note="the type word alone pointing back to 국립공원공단: an unnamed institution noun (ANNOTATION: optional)")
d.O(SO, SO, note="regional office of the park service (공단 소속); 설악산 is part of its official name")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 국립공원", rel=True)
d.D("지난 2025년", Y, "year", note="지난 before an explicit year: in the span, not relative (ANNOTATION)")
d.D("전년", "2024", "year", ctx="전년(3,946", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the release (밝혔다): not a fact period")
d.D("10~11월", "2025-10/2025-11", "month", rel=True, note="a range of months without a year: the latest on or before the document date")
d.D("전년", "2024", "year", ctx="전년보다 58건", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 2025")
d.D("올해", "2026", "year", ctx="올해 국립공원", rel=True)
d.D("지난해", Y, "year", ctx="지난해보다 15%", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause: 오는 3월부터 (부터 outside)")
d.D("올해", "2026", "year", ctx="올해는", rel=True)
NS = "visitors to national parks (places, a country's parks): no ORG's figure; the park service is the source (밝혔다): empty subject (README convention 3)"
d.Q("4,120만명", 41200000, "명", "명", C, f=("탐방객", "국립공원 탐방객", "", Y, "level", "required", "headline: its own 지난해; " + NS))
d.Q("23개", 23, "개", "개", C, f=("국립공원", "23개 국립공원", "", Y, "level", "required", "the counted noun after the count; the country's parks: no subject; 지난 2025년 in the clause"))
d.Q("4,118만 명", 41180000, "명", "명", C, f=("탐방객", "탐방객이 4,118만", "", Y, "level", "required", NS))
d.Q("3,946만 명", 39460000, "명", "명", C,
    f=("탐방객", "탐방객이 4,118만", "", "2024", "level", "required", "a figure in brackets right after a pointing-back date (전년) is that year's level; " + NS))
d.Q("4.4%", 4.4, "%", "%", P, f=("탐방객", "탐방객이 4,118만", "", Y, "change", "required", NS))
PK = "breakdown by park (공원별로는): a park is a place, no subject; the items keep the total's measure (탐방객); the story's 2025"
d.Q("412만 명", 4120000, "명", "명", C, f=("탐방객", "탐방객이 4,118만", "", Y, "level", "required", PK))
d.Q("398만 명", 3980000, "명", "명", C, f=("탐방객", "탐방객이 4,118만", "", Y, "level", "required", PK))
d.Q("305만 명", 3050000, "명", "명", C, f=("탐방객", "탐방객이 4,118만", "", Y, "level", "required", PK))
d.Q("31.2%", 31.2, "%", "%", P,
    f=("탐방객", "전체 탐방객의", "", "2025-10/2025-11", "level", "required", "X의 N% → X (전체 qualifies the basis); 10~11월에 in the clause"))
WK = ("the weekday share of the year: its sentence holds 10~11월 (the letter of the search order: clause, then sentence) "
      "but the sense is the story's 2025 (written); README open question 9")
d.Q("38%", 38, "%", "%", P, f=("평일 탐방객 비율", None, "", Y, "level", "optional", WK))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("평일 탐방객 비율", None, "", Y, "change", "optional", WK))
AC = "accidents in national parks: no ORG's figure (as the visitors); new paragraph: the story's 2025 (전년보다 compares years)"
d.Q("1,032건", 1032, "건", "건", C, f=("안전사고", "안전사고는", "", Y, "level", "required", AC))
d.Q("58건", 58, "건", "건", C, f=("안전사고", "안전사고는", "", Y, "change", "required", AC + "; 전년보다 = basis"))
TY = "breakdown by type (유형별로는): the types name parts, the items keep the total's measure (안전사고); " + AC
d.Q("46%", 46, "%", "%", P, f=("안전사고", "안전사고는", "", Y, "level", "required", TY))
d.Q("19%", 19, "%", "%", P, f=("안전사고", "안전사고는", "", Y, "level", "required", TY))
d.Q("17명", 17, "명", "명", C, f=("사망자", None, "", Y, "level", "required", AC))
d.Q("11명", 11, "명", "명", C, f=("사망자", None, "", Y, "level", "required", "part opener 이 중: the whole's measure (숨졌다 is a native verb); " + AC))
EN = ("enforcement in the parks (샛길 출입 단속): the park service's act (written), or, like the accidents, a figure of the parks "
      "with no subject? the sentence names no organization (README open question 10)")
d.Q("1,846건", 1846, "건", "건", C, f=("샛길 출입 단속", None, KN, Y, "level", "optional", EN))
d.Q("12%", 12, "%", "%", P, f=("샛길 출입 단속", None, KN, Y, "change", "optional", EN))
BU = "the ministry's budget (the government body whose budget it is); 올해 in the clause"
d.Q("15%", 15, "%", "%", P, f=("국립공원 안전 예산", None, ME, "2026", "change", "required", BU + "; 지난해보다 = basis"))
d.Q("286억 원", 28600000000, W, "원", "currency", f=("국립공원 안전 예산", None, ME, "2026", "level", "required", BU + "; N원으로 편성: the budget's size"))
d.Q("24명", 24, "명", "명", C, f=("구조대원", None, SO, "2026-03", "level", "required", "the office deploys them; 오는 3월부터 in the clause"))
d.Q("900건", 900, "건", "건", C, bound="lt", note="아래로 (below) → lt, like 미만",
    f=("안전사고", "안전사고를 900건", KN, "2026", "level", "optional",
       "a target in a spokesperson's quote: the park service's target (written) or, like the accidents counted before, no ORG's figure? "
       "(README open question 10); 올해는 in the clause"))

if __name__ == "__main__":
    write_all(docs)
