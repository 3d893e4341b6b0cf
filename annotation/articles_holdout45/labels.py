"""Gold labels of articles-holdout45, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout45/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
D_ = "duration"

# ---------------------------------------------------------------- 001 airline's holiday bookings (뉴스1 dateline, 2026년 in the lead)
d = Doc("001_b6f24a751cd75131", "2026-01-27"); docs.append(d)
JJ, IIAC = "제주항공", "인천국제공항공사"
d.Oall(JJ, JJ, special={0: ("required", "headline topic")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("하나투어", "하나투어", note="travel company, genitive owner of the bookings")
d.O("온누리트래블", "온누리트래블", note="invented travel agency introduced by 여행사")
d.O(IIAC, IIAC, note="the airport corporation, subject of 내다봤다")
AIR = ("the airport's name: a site acting as the corporation (headline speaker) or a place (이용객 of the airport); "
       "optional (sites that act as institutions), linked to the corporation")
d.O("인천공항", IIAC, ctx="…인천공항 \"", st="optional", note=AIR)
d.O("인천공항", IIAC, ctx="인천공항 이용객", st="optional", note=AIR)
# dates
HOL = "holiday: optional DATE (that year's legal holiday days; the year word before it is its own DATE)"
d.D("설 연휴", "2026-02-16/2026-02-18", "day", ctx="제주항공 설 연휴", rel=True, st="optional", note=HOL)
d.D("2026년", "2026", "year", note="a year before a holiday: a DATE of its own (the holiday after it is optional)")
d.D("설 연휴", "2026-02-16/2026-02-18", "day", ctx="2026년 설 연휴", rel=True, st="optional", note=HOL)
d.D("지난해", "2025", "year", ctx="지난해 설보다", rel=True, note="the year word before a holiday, its own DATE")
d.D("설", "2025-01-28/2025-01-30", "day", ctx="지난해 설보다", rel=True, st="optional", note=HOL)
d.D("다음 달 13일", "2026-02-13", "day", rel=True, note="A부터 B까지: two mentions; future clause (출발하는)")
d.D("18일", "2026-02-18", "day", ctx="18일까지 출발", rel=True, note="bare day ending a range: month from the range's start")
d.D("26일", "2026-01-26", "day", rel=True, note="as of (기준): past")
d.D("27일", "2026-01-27", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 설 연휴(", rel=True, note="the year word before a holiday, its own DATE")
d.D("설 연휴", "2025-01-28/2025-01-30", "day", ctx="지난해 설 연휴(", rel=True, st="optional", note=HOL)
d.D("설 연휴", "2026-02-16/2026-02-18", "day", ctx="하나투어의 설 연휴", rel=True, st="optional", note=HOL)
d.D("지난해", "2025", "year", ctx="지난해보다 24%", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 추석", rel=True, note="the year word before a holiday, its own DATE")
d.D("추석 연휴", "2025-10-03/2025-10-09", "day", rel=True, st="optional", note=HOL + "; 2025's long 추석 break 10/3-10/9")
# quantities
R = "2026-02-13/2026-02-18"
d.Q("18%", 18, "%", "%", P, ctx="예약 18% 늘어",
    f=("국제선 예약", "연휴 국제선 예약 18%", JJ, "2026-02-16/2026-02-18", "change", "optional",
       "headline: its only date is the optional holiday 설 연휴 (value written: the holiday); empty if the holiday is not taken"))
d.Q("하루", 1, "day", "하루", D_, ctx="\"하루 22만명", st="optional", note="rate word (per day): optional")
d.Q("22만명", 220000, "명", "명", C,
    f=("이용", "22만명 이용", IIAC, "", "level", "optional",
       "headline: the subject only through the optional 인천공항; no date in the headline"))
d.Q("18%", 18, "%", "%", P, ctx="설보다 18%",
    f=("국제선 예약", "연휴 국제선 예약이 지난해", JJ, "2026", "change", "required",
       "the required DATE attached is 2026년 (the holiday after it is optional); 지난해 설 = basis"))
AMB = ("the time the figure is for: the departure days (다음 달 13일부터 18일까지, two DATEs → their range); 26일 기준 only dates "
       "the count (README convention 2)")
d.Q("14만 2000건", 142000, "건", "건", C, f=("국제선 예약", "출발하는 국제선 예약", JJ, R, "level", "required", AMB))
BR = "breakdown (노선별로는): the total's metric, subject and period; a country is no subject"
d.Q("6만 1000건", 61000, "건", "건", C, f=("국제선 예약", "출발하는 국제선 예약", JJ, R, "level", "required", BR))
d.Q("3만 4000건", 34000, "건", "건", C, f=("국제선 예약", "출발하는 국제선 예약", JJ, R, "level", "required", BR))
d.Q("1만 8000건", 18000, "건", "건", C, f=("국제선 예약", "출발하는 국제선 예약", JJ, R, "level", "required", BR))
d.Q("92%", 92, "%", "%", P, f=("평균 예약률", None, JJ, R, "level", "required", "subject and period carried"))
HOLR = "연휴 기간: the holiday named with its days (13~18일, FACTS: a 기간 named with its days → that range)"
d.Q("48편", 48, "편", "편", C, f=("임시편", None, JJ, R, "level", "required", "counted noun; " + HOLR))
d.Q("42만 원", 420000, W, "원", "currency", f=("왕복 평균 운임", None, JJ, R, "level", "required", "subject and period carried from the sentence before"))
d.Q("38만 5000원", 385000, W, "원", "currency",
    f=("왕복 평균 운임", None, JJ, "2025", "level", "required",
       "a basis figure in brackets after 지난해 설 연휴: the required DATE 지난해 (holiday optional)"))
d.Q("9.1%", 9.1, "%", "%", P, f=("왕복 평균 운임", None, JJ, R, "change"))
HNT = "하나투어 (new subject): its clause's only DATE is the optional holiday 설 연휴 (value written: the holiday); README open question 2"
d.Q("5만 3000명", 53000, "명", "명", C, f=("해외 패키지 예약", None, "하나투어", "2026-02-16/2026-02-18", "level", "optional", HNT))
d.Q("24%", 24, "%", "%", P, f=("해외 패키지 예약", None, "하나투어", "2026-02-16/2026-02-18", "change", "optional", HNT + "; 지난해 = basis"))
d.Q("38%", 38, "%", "%", P, ctx="38%였다", f=("일본 비중", None, "하나투어", "2026-02-16/2026-02-18", "level", "optional", HNT))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional")
d.Q("189만 원", 1890000, W, "원", "currency",
    f=("평균 상품가", None, "온누리트래블", "", "level", "optional",
       "a new subject with no date set for it: empty by the letter of the carry rule, or the holiday of the paragraph?"))
d.Q("하루", 1, "day", "하루", D_, ctx="하루 평균 22만", st="optional", note="rate word (per day): optional")
APT = ("the airport's users are the operating corporation's figure (its business; the corporation forecasts them); "
       + HOLR + " (6 days × 22만 3000 = 133만 8000)")
d.Q("22만 3000명", 223000, "명", "명", C, f=("이용객", None, IIAC, R, "level", "required", APT))
d.Q("133만 8000명", 1338000, "명", "명", C, f=("이용객", None, IIAC, R, "level", "required", APT))
d.Q("하루", 1, "day", "하루", D_, ctx="하루 평균 21만", st="optional", note="rate word (per day): optional")
d.Q("21만 4000명", 214000, "명", "명", C,
    f=("이용객", None, IIAC, "2025", "level", "required",
       "the basis of a comparison (…를 넘어서는 규모다): no noun of its own, the figure before's 이용객; the required DATE 지난해 (holiday optional)"))
d.Q("6곳", 6, "곳", "곳", C,
    f=("출국장", None, IIAC, R, "level", "required",
       "counted noun; 공사 관계자 speaks for the corporation (공사 = the corporation named before); period carried"))
d.Q("1시간", 1, "hour", "시간", D_, note="an amount of time (앞당기겠다): duration, no fact")

# ---------------------------------------------------------------- 002 auto parts maker's orders abroad (연합뉴스 dateline, no year anywhere)
d = Doc("002_acf06095a0e0fb16", "2025-11-12"); docs.append(d)
HS, VW, GM, ST = "한성모텍", "폭스바겐", "제너럴모터스", "스텔란티스"
d.Oall(HS, HS, skip=(3,), special={0: ("required", "headline topic")})  # index 3 is inside 한성모텍멕시코
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한성그룹", "한성그룹", note="invented group; 한성그룹 계열: the maker's group")
d.Oall(VW, VW)
d.O(GM, GM, aliases="GM", note="(GM) right after the name: alias")
d.O("GM", GM, ctx="GM 4,100억", note="the alias used later: a mention of the same company")
d.Oall(ST, ST)
d.O("한성모텍멕시코", "한성모텍멕시코", aliases="HSMX", note="the maker's local subsidiary (현지법인), (HSMX) an alias; 멕시코 inside its own name")
d.O("한성스틸", "한성스틸", note="invented group affiliate (같은 그룹 계열사)")
# dates
Y, PY = "2025", "2024"
d.D("올해", Y, "year", ctx="올해 들어", rel=True, note="들어 outside")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="올해 수주액", rel=True)
d.D("지난해", PY, "year", ctx="지난해 연간", rel=True)
d.D("내년 하반기", "2026-H2", "half", rel=True, note="내년 before a half: one mention")
d.D("지난해", PY, "year", ctx="지난해 매출", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): the latest September")
# quantities
d.Q("3곳", 3, "곳", "곳", C, ctx="완성차 3곳서",
    f=("해외 완성차", None, HS, "", "level", "required", "headline: the counted noun; nothing dates it before it in the headline: empty period"))
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency",
    f=("신규 물량", None, HS, Y, "level", "required", "N원 규모의 X → X; 올해 들어; the automakers (로부터) are counterparties"))
d.Q("3곳", 3, "곳", "곳", C, ctx="등 3곳과",
    f=("", None, HS, Y, "level", "optional",
       "a count that sums a list of named companies (…등 3곳과): no noun names what it counts (empty written), or the lead's 해외 완성차업체?"))
d.Q("7건", 7, "건", "건", C, f=("공급 계약", None, HS, Y, "level", "required", "counted noun; 12일 only dates the report; 올해 carried from the lead"))
d.Q("7년", 7, "year", "년", D_, bound="max", note="최장 (longest) read as 최대: bound max; duration, no fact")
BR = ("breakdown by customer (업체별로는): the items keep the total's measure (신규 물량); the amount of orders won is the supplier's "
      "figure, the automaker is the counterparty (README convention 5); period carried")
d.Q("5,200억 원", 520000000000, W, "원", "currency", f=("신규 물량", None, HS, Y, "level", "required", BR))
d.Q("3억 6천만 달러", 360000000, U, "달러", "currency", approx=True, eq=("5,200억 원",),
    note="conversion in brackets; 약 → approx", f=("신규 물량", None, HS, Y, "level", "required", "conversion: same slots as 5,200억 원"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", f=("신규 물량", None, HS, Y, "level", "required", BR))
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("신규 물량", None, HS, Y, "level", "required", BR))
d.Q("8,300억 원", 830000000000, W, "원", "currency",
    f=("수주", "연간 수주(", HS, PY, "level", "required", "a figure in brackets after a noun measures it (연간 = period word, outside); 지난해"))
d.Q("49%", 49, "%", "%", P, f=("수주액", None, HS, Y, "change", "required", "보다 … 많다: a comparison, the current period (올해)"))
d.Q("1억 2,000만 달러", 120000000, U, "달러", "currency",
    f=("몬테레이 공장", None, HS, Y, "level", "optional",
       "X에 N을 들여 → X (README convention 6); a plan: period carried 2025 by the letter, or none, or the 내년 하반기 of the next sentence? (open question 3)"))
d.Q("60만 대", 600000, "대", "대", C, f=("생산능력", None, HS, Y, "level", "required", "A에서 B로: A is the present capacity; 연간 outside; period carried (올해)"))
d.Q("95만 대", 950000, "대", "대", C,
    f=("생산능력", None, HS, Y, "level", "optional", "the capacity after the expansion: carried 2025 by the letter, or 2026-H2 (next sentence)? (open question 3)"))
d.Q("400명", 400, "명", "명", C,
    f=("현지 인력", None, HS, Y, "change", "optional",
       "N명 더 뽑는다: an addition to the staff (change, written) or a level of hiring; a plan's period (open question 3)"))
d.Q("3만t", 30000, "t", "t", M,
    f=("알루미늄 판재", None, "한성스틸", "", "level", "optional",
       "the affiliate's own figure (its topic); 연 = a rate word; period: no date set for this subject (empty, written) or the "
       "expansion's 내년 하반기 / the story's 올해? (README open question 6)"))
d.Q("2조 1,800억 원", 2180000000000, W, "원", "currency", f=("매출", "지난해 매출", HS, PY, "level"))
d.Q("64%", 64, "%", "%", P, f=("해외 매출 비중", None, HS, PY, "level"))
d.Q("6조 원", 6000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("수주 잔고", None, HS, "2025-09", "level", "required", "the head's quote: the company's figure; 9월 말 기준 (END)"))
d.Q("2곳", 2, "곳", "곳", C,
    f=("북미 고객사", None, HS, "2025-09", "change", "optional",
       "a plan in the head's quote: the 9월 말 of the quote before carried by the letter, or none?"))

# ---------------------------------------------------------------- 003 county's apple exports and festival (뉴시스 dateline, no present year written)
d = Doc("003_b5e0515d595add7a", "2025-11-04"); docs.append(d)
CS, AP, HN = "청송군", "청송사과유통공사", "현서농협"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(CS, CS, special={
    0: ("optional", "경북 청송군의 … 사과 수출량: the county as a territory whose exports they are (a place) or the county government? "
                    "(README open question 4)"),
    1: ("required", "the county government reporting (청송군은 … 밝혔다)"),
    2: ("optional", "inside the title 청송군수 (청송 + 군수): an organization's name fused with a person's title")})
d.O(AP, AP, note="invented distributor (공사 = public corporation)")
d.Oall(HN, HN, special={0: ("required", "agricultural cooperative"), 1: ("required", "before 관계자: a mention of the cooperative")})
# dates
Y = "2025"
JO = "2025-01/2025-10"
FEST = "2025-10-23/2025-10-26"
d.D("올해", Y, "year", ctx="청송군의 올해", rel=True)
d.D("1~10월", JO, "month", rel=True, note="a range of months without a year: the latest on or before the document date")
d.D("지난해 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 1~10월 (같은 기간): optional; 지난해 같은 기간 one mention")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="두 곳은 올해", rel=True)
d.D("지난달 23~26일", FEST, "day", rel=True, note="지난달 + a range of days: one mention (deictic prefix inside)")
d.D("지난해", "2024", "year", ctx="지난해(33만", rel=True, note="a comparison's basis, still a DATE")
d.D("2030년", "2030", "year", note="2030년까지: 까지 outside")
d.D("내년", "2026", "year", rel=True)
d.D("올해", Y, "year", ctx="\"올해 작황", rel=True)
# quantities
REG = ("a county's exports are the territory's statistic, like a country's (FACTS: 국내 전체 수출 → empty); the county government "
       "only reports them (README convention 7)")
d.Q("1천t", 1000, "t", "t", M, bound="gt", note="돌파 → gt",
    f=("수출", "사과 수출 첫", "", "", "level", "required", "headline: " + REG + "; no date in the headline: empty"))
d.Q("38만명", 380000, "명", "명", C,
    f=("", None, "", "", "level", "required", "headline: visitors of an event (no ORG, no noun: 몰려 a plain verb); no date in the headline"))
d.Q("1,000t", 1000, "t", "t", M, bound="gt", note="넘어섰다 → gt", f=("사과 수출량", "올해 사과 수출량", "", Y, "level", "required", REG))
d.Q("1,120t", 1120, "t", "t", M, f=("사과 수출량", "1~10월 사과 수출량", "", JO, "level", "required", REG))
d.Q("412만 달러", 4120000, U, "달러", "currency", f=("수출액", None, "", JO, "level", "required", REG))
d.Q("31%", 31, "%", "%", P, f=("사과 수출량", "1~10월 사과 수출량", "", JO, "change", "required", "각각: the first figure's metric; " + REG))
d.Q("27%", 27, "%", "%", P, f=("수출액", None, "", JO, "change", "required", "각각: the second figure's metric"))
BR = "breakdown by country (국가별로는): the total's measure (사과 수출량), subject and period; a country is no subject"
d.Q("540t", 540, "t", "t", M, f=("사과 수출량", "1~10월 사과 수출량", "", JO, "level", "required", BR))
d.Q("310t", 310, "t", "t", M, f=("사과 수출량", "1~10월 사과 수출량", "", JO, "level", "required", BR))
d.Q("180t", 180, "t", "t", M, f=("사과 수출량", "1~10월 사과 수출량", "", JO, "level", "required", BR))
d.Q("70%", 70, "%", "%", P,
    f=("수출 물량", None, AP + ";" + HN, JO, "level", "optional",
       "X의 N% → X; the two named organizations that shipped it; period: 1~10월 of the figure it divides, or nothing set for these "
       "subjects (empty)? (README open question 5)"))
d.Q("두 곳", 2, "곳", "곳", C, st="optional", note="an anaphor naming the two organizations just listed (두 곳은 = the two), not a measurement")
d.Q("126곳", 126, "곳", "곳", C,
    f=("수출 농가", None, AP + ";" + HN, Y, "level", "required", "counted noun; 두 곳 = the two named organizations; 올해 in the clause"))
d.Q("나흘", 4, "day", "나흘", D_, note="나흘간: 간 outside; duration, no fact")
d.Q("제19회", 19, "회", "회", "ordinal", note="제N회: ordinal, 제 in the span; no fact")
FESTN = "statistics of one event (no ORG organizes it in the text): empty subject; the festival's days (지난달 23~26일)"
d.Q("38만 2천 명", 382000, "명", "명", C, f=("", None, "", FEST, "level", "required", FESTN + "; no noun names the visitors (다녀가)"))
d.Q("33만 명", 330000, "명", "명", C,
    f=("", None, "", "2024", "level", "required", "a basis figure in brackets after 지난해: that DATE's value; measure as the figure before (none)"))
d.Q("16%", 16, "%", "%", P, f=("", None, "", FEST, "change", "required", FESTN))
d.Q("46억 원", 4600000000, W, "원", "currency",
    f=("현장 매출", None, "", FEST, "level", "required", FESTN + ", carried in the festival's paragraph (README convention 8)"))
d.Q("4,600명", 4600, "명", "명", C, f=("외국인 관광객", None, "", FEST, "level", "required", FESTN + ", carried (README convention 8)"))
d.Q("1천만 달러", 10000000, U, "달러", "currency",
    f=("사과 수출", "사과 수출 1천만", "", "2030", "level", "required",
       "the county head's target for the county's exports: a territory's statistic, empty subject (convention 7); 2030년까지 in the clause"))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("축제 예산", None, CS, "2026", "level", "required", "the county's own budget, stated by its head (the government body whose budget it is); 내년"))
d.Q("2억 원", 200000000, W, "원", "currency", ctx="원으로 2억 원", f=("축제 예산", None, CS, "2026", "change", "required", "늘리겠다: change"))
d.Q("10㎏", 10, "kg", "㎏", M,
    f=("도매가격", None, "", Y, "level", "optional", "the unit a price is quoted for (10㎏ 한 상자 도매가격): part of what is measured, no figure of its own"))
d.Q("한 상자", 1, "상자", "상자", C, st="optional", note="the box a price is quoted for: a rate denominator (optional)")
d.Q("5만 원", 50000, W, "원", "currency", approx=True, note="안팎 outside → approx",
    f=("도매가격", None, "", Y, "level", "required", "a market price (no ORG; the cooperative's official only reports it); 올해 in the sentence"))

# ---------------------------------------------------------------- 004 card company's annual results (bracket byline, 2025년 in the lead)
d = Doc("004_8f7fc677354b2325", "2026-02-06"); docs.append(d)
NC, NH = "누리카드", "누리금융지주"
d.Oall(NC, NC, special={0: ("required", "headline topic"), 4: ("required", "before a person's title (사장)")})
d.O("헤럴드경제", "헤럴드경제", note="outlet in the bracket byline")
d.Oall(NH, NH, special={0: ("required", "the card company's financial holding company (계열: parent)")})
d.O("누리금융", NH, ctx="누리금융은", note="short form of 누리금융지주 (named in full before)")
d.O("신한카드", "신한카드", note="a rival, its figure in brackets")
d.O("누리은행", "누리은행", note="invented bank of the holding company")
# dates
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년: optional")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the results release (실적 발표에서 … 밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back: optional")
d.D("지난해", Y, "year", ctx="지주의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
# quantities
d.Q("2140억", 214000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("회원", None, NC, Y, "level", "required", "headline: its topic; the headline's 작년 before the ellipsis carries (same subject)"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("당기순이익", None, NC, Y, "level"))
d.Q("12.6%", 12.6, "%", "%", P, f=("당기순이익", None, NC, Y, "change", "required", "…증가한 수치다: the restating noun gives way to the figure before's measure"))
d.Q("128조 원", 128000000000000, W, "원", "currency",
    f=("신용판매 취급액", None, NC, Y, "level", "required", "genitive owner (누리카드의); the holding only reports it; 5일 dates the release; the lead's 2025년"))
d.Q("6.4%", 6.4, "%", "%", P, f=("신용판매 취급액", None, NC, Y, "change"))
d.Q("4조 3,200억 원", 4320000000000, W, "원", "currency", f=("영업수익", None, NC, Y, "level"))
d.Q("1,024만 명", 10240000, "명", "명", C, f=("유효 회원 수", None, NC, Y, "level", "required", "subject carried; 지난해 말 기준 (END)"))
d.Q("1년", 1, "year", "년", D_, ctx="1년 새", note="1년 새: an amount of time, duration, no fact")
d.Q("56만 명", 560000, "명", "명", C, f=("유효 회원 수", None, NC, Y, "change"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional", note="age brackets defining the share (20~30대 비중): part of the metric; optional")
d.Q("41%", 41, "%", "%", P, f=("비중", "대 비중", NC, Y, "level", "required", "the age range is part of the metric; the metric span stops before the quantity"))
d.Q("1개월", 1, "month", "개월", D_, bound="min", note="1개월 이상 (definition of the delinquency rate): duration, 이상 → min; no fact")
d.Q("1.48%", 1.48, "%", "%", P, f=("연체율", None, NC, Y, "level", "required", "1개월 이상 연체율: the duration is part of the definition; period carried (지난해 말)"))
d.Q("1.63%", 1.63, "%", "%", P, f=("연체율", None, NC, "2024", "level", "required", "a basis figure in brackets after 전년 말: that DATE's value"))
d.Q("0.15%포인트", 0.15, PP, "%포인트", P, f=("연체율", None, NC, Y, "change", "required", "떨어졌다: change; the sign is not written, value as written"))
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("한 계단", 1, "계단", "계단", C, st="optional", note="a step in a ranking (한 계단 올랐다): a rank change, ordinal-like; optional")
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("5,720억 원", 572000000000, W, "원", "currency",
    f=("순이익", "순이익 기준", "신한카드", Y, "level", "optional",
       "a figure in brackets after an organization is its; the ranking's measure; period: no date set for this subject (empty by the "
       "letter) or the ranking's year 2025 (written)? (README open question 6)"))
d.Q("3조 1,500억 원", 3150000000000, W, "원", "currency", f=("순이익", "지난해 순이익", NH, Y, "level", "required", "genitive owner; 지난해"))
d.Q("8.2%", 8.2, "%", "%", P, f=("순이익", "지난해 순이익", NH, Y, "change"))
d.Q("2조 4,800억 원", 2480000000000, W, "원", "currency",
    f=("순이익", "지난해 순이익", "누리은행", Y, "level", "required",
       "breakdown of the holding's profit (이 중): a named subsidiary's own figure; 벌었고 (a plain verb) names none: the total's measure"))
d.Q("6.8%", 6.8, "%", "%", P,
    f=("기여도", None, NH, Y, "level", "optional",
       "카드 부문 (a business line, no ORG): the holding's figure (written) or 누리카드's? (README open question 7)"))
d.Q("1,200원", 1200, W, "원", "currency",
    f=("결산 배당", None, NH, Y, "level", "required", "주당 (no number) a rate word; short form 누리금융; the year-end dividend, period carried (지난해)"))
d.Q("1.3%", 1.3, "%", "%", P, bound="max", note="이하 → max",
    f=("연체율", "올해 연체율", NC, "2026", "level", "required", "the head's quote: the company's target; 올해"))
d.Q("3만 곳", 30000, "곳", "곳", C, f=("해외 결제 가맹점", None, NC, "2026", "change", "required", "늘리겠다: change; 올해 of the same quote"))

# ---------------------------------------------------------------- 005 national pension fund's returns (뉴스1 dateline, no year anywhere)
d = Doc("005_3e28c1d59bb5c402", "2026-02-27"); docs.append(d)
NPS, DIV, COM, KIC = "국민연금공단", "기금운용본부", "기금운용위원회", "한국투자공사"
d.O("국민연금", NPS, ctx="국민연금 지난해", note="the usual short name of the pension institution as an investor; headline topic")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("국민연금", NPS, ctx="국민연금 기금이", st="optional",
    note="re-read: the name used only as the modifier inside the fund's name 국민연금 기금 (ANNOTATION ORG, Optional: an organization "
         "name used only as the modifier inside a longer non-organization name); was required")
d.O(NPS, NPS, note="the parent before its division: two names (README open question 8)")
d.O(DIV, DIV, ctx="기금운용본부는", note="the institution's investment division")
d.O(KIC, KIC, aliases="KIC", note="(KIC) right after the name: alias")
d.O(COM, COM, note="the fund's investment committee")
d.O("보건복지부", "보건복지부", note="a ministry before a person's title (장관)")
d.O(DIV, DIV, ctx="기금운용본부장", st="optional", note="inside the title 기금운용본부장: an organization's name fused with a person's title")
# dates
Y = "2025"
d.D("지난해", Y, "year", ctx="국민연금 지난해", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="기금이 지난해", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("27일", "2026-02-27", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back: optional")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year: optional")
d.D("전날", "2026-02-26", "day", rel=True, st="optional", anchor="2026-02-27", note="the day before the report's 27일: points back (like 당일), optional")
d.D("올해 말", "2026", "year", mod="END", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 안에 outside (a deadline)")
# quantities
FUND = "the fund's figure: 국민연금(공단), whose fund it is (README convention 9)"
d.Q("14.2%", 14.2, "%", "%", P, ctx="수익률 14.2%…", f=("수익률", "지난해 수익률", NPS, Y, "level", "required", "headline: " + FUND))
d.Q("28%", 28, "%", "%", P, ctx="해외주식 28%",
    f=("수익률", "지난해 수익률", NPS, Y, "level", "required",
       "headline after the ellipsis: an asset class (no measure noun) keeps the figure before's measure; the headline's 지난해 carried"))
d.Q("14.2%", 14.2, "%", "%", P, ctx="14.2%의 수익률", f=("수익률", "14.2%의 수익률", NPS, Y, "level", "required", "N%의 X → X; " + FUND))
d.Q("166조 원", 166000000000000, W, "원", "currency", f=("운용수익", None, NPS, Y, "level"))
d.Q("1,380조 원", 1380000000000000, W, "원", "currency",
    f=("기금 적립금", None, NPS, Y, "level", "required", "the division reports (기금운용본부는 … 밝혔다); " + FUND + "; 지난해 말 기준"))
d.Q("1년", 1, "year", "년", D_, ctx="1년 새", note="1년 새: duration, no fact")
d.Q("167조 원", 167000000000000, W, "원", "currency", f=("기금 적립금", None, NPS, Y, "change"))
d.Q("15.0%", "15.0", "%", "%", P, f=("수익률", "연간 수익률은", NPS, "2024", "level", "required", "a basis figure in brackets after 전년: that DATE's value; 연간 outside the metric"))
d.Q("0.8%포인트", 0.8, PP, "%포인트", P, f=("수익률", "연간 수익률은", NPS, Y, "change", "required", "낮지만: a difference, change"))
d.Q("두 해", 2, "year", "해", D_, note="두 해 연속: an amount of time, duration, no fact")
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional", note="lexicalized (double digits): optional")
BR = "breakdown by asset class (자산별): the measure named before the list; an asset class is no subject; " + FUND
for q in ("28.1%", "21.4%", "9.2%", "3.5%"):
    d.Q(q, q[:-1], "%", "%", P, f=("수익률", "자산별 수익률", NPS, Y, "level", "required", BR))
d.Q("6.8%", 6.8, "%", "%", P, ctx="해외채권 6.8%", f=("수익률", "자산별 수익률", NPS, Y, "level", "required", BR))
for q in ("36.4%", "25.1%", "15.8%", "12.9%"):
    d.Q(q, q[:-1], "%", "%", P, f=("적립금 비중", None, NPS, Y, "level", "required", BR.replace("자산별", "the allocation by asset class")))
d.Q("11.7%", 11.7, "%", "%", P,
    f=("수익률", "KIC)의 수익률", KIC, Y, "level", "required", "another fund, genitive owner; 같은 기간 (optional DATE) = the story's year"))
CMT = ("the committee decides the fund's target allocation: the committee (the actor, written) or the fund's 국민연금공단? "
       "(README open question 10); 올해 말")
d.Q("38.0%", "38.0", "%", "%", P, f=("목표 비중", None, COM, "2026", "level", "optional", CMT))
d.Q("1.6%포인트", 1.6, PP, "%포인트", P, f=("목표 비중", None, COM, "2026", "change", "optional", CMT))
d.Q("14.4%", 14.4, "%", "%", P, f=("목표 비중", None, COM, "2026", "level", "optional", CMT + "; 국내주식 (a class) keeps the measure named before"))
d.Q("20명", 20, "명", "명", C,
    f=("", None, COM, "2026", "level", "optional",
       "the committee's size (위원회 = the committee named before; no noun names the members): period the committee's 올해 말 carried by the "
       "letter (written), or none for a standing fact?"))
d.Q("750조 원", 750000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("누적 수익금", None, NPS, Y, "level", "required", "기금 설치 이후 is no DATE; the fund's period last set (지난해) carried: cumulative to its end"))
d.Q("6.8%", 6.8, "%", "%", P, ctx="수익률은 6.8%다", f=("연평균 수익률", None, NPS, Y, "level", "required", "as 750조 원"))
d.Q("30조 원", 30000000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("대체투자 약정액", None, NPS, "2026-H1", "level", "required",
       "the division head's quote about the fund's commitments: " + FUND + "; 올해 상반기 안에 (a deadline)"))

# ---------------------------------------------------------------- 006 chip-equipment startup's export deal and IPO (입력 stamp page)
d = Doc("006_a6c1eeda4c28043e", "2026-03-17"); docs.append(d)
NP, MU = "나노펄스", "마이크론테크놀로지"
d.Oall(NP, NP, special={0: ("required", "headline: invented startup introduced by 스타트업")})
d.O("마이크론", MU, ctx="마이크론에", note="short form of 마이크론테크놀로지 (named in full in the lead)")
d.O("전자신문", "전자신문", note="outlet in the byline line")
d.O(MU, MU, note="the buyer (와 … 계약): the counterparty")
d.O("마이크론", MU, ctx="마이크론의 일본", note="short form; the plant (a place) is not an ORG")
d.O("삼성전자", "삼성전자", note="a company named as the founders' former employer (출신)")
d.O("SK하이닉스", "SK하이닉스", note="the investor (로부터): counterparty")
KQ = "a stock market (코스닥): the market run by an exchange, or a place of listing? optional"
d.O("코스닥", "코스닥", ctx="4월 코스닥", st="optional", note=KQ)
d.O("코스닥", "코스닥", ctx="다음 달 코스닥", st="optional", note=KQ)
d.O("한국투자증권", "한국투자증권", note="the lead underwriter (대표 주관사)")
# dates
d.D("4월", "2026-04", "month", rel=True, note="headline; a future clause (상장): the next April")
d.D("2026.03.17", "2026-03-17", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("17일", "2026-03-17", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("내년 6월", "2027-06", "month", rel=True, note="내년 before a month: one mention; 까지 outside")
d.D("2019년", "2019", "year")
d.D("2023년", "2023", "year")
d.D("지난해", "2025", "year", ctx="지난해 영업이익", rel=True)
d.D("다음 달", "2026-04", "month", ctx="다음 달 코스닥", rel=True)
d.D("이날", "2026-03-17", "day", rel=True, st="optional", anchor="2026-03-17", note="points back to the report's day (17일): optional")
d.D("다음 달 6~10일", "2026-04-06/2026-04-10", "day", rel=True, note="다음 달 + a range of days: one mention")
d.D("14~15일", "2026-04-14/2026-04-15", "day", rel=True, note="bare days in a future clause (진행하며): the next such days")
# quantities
d.Q("2400만달러", 24000000, U, "달러", "currency",
    f=("수출", "2400만달러 수출", NP, "", "level", "optional",
       "headline: no date before the figure; the 4월 after the ellipsis dates the listing: empty (written) or the headline sentence's 4월? "
       "(README open question 11)"))
CT = ("N달러 규모의 X → X; the buyer (와) is the counterparty; 17일 only dates the report; the headline's 4월 dates the listing, not the "
      "contract: empty (README convention 10)")
d.Q("2,400만 달러", 24000000, U, "달러", "currency", f=("장비 공급 계약", None, NP, "", "level", "required", CT))
d.Q("350억 원", 35000000000, W, "원", "currency", approx=True, eq=("2,400만 달러",), note="conversion in brackets; 약 → approx",
    f=("장비 공급 계약", None, NP, "", "level", "required", "conversion: same slots as 2,400만 달러"))
d.Q("212억 원", 21200000000, W, "원", "currency", f=("매출", "지난해 매출", NP, "2025", "level", "required", "a figure in brackets after a noun measures it; 지난해"))
d.Q("1.6배", 1.6, "배", "배", C, bound="gt", note="넘는 → gt",
    f=("장비 공급 계약", None, NP, "", "level", "optional",
       "a ratio of the contract to last year's revenue (…규모다): the contract's measure, level (written), or 매출 / a change? (README open question 12)"))
d.Q("18대", 18, "대", "대", C,
    f=("계약 물량", None, NP, "2027-06", "level", "required",
       "a measure noun governs it (계약 물량은); no DATE in its clause, the sentence's 내년 6월 (delivery deadline) by the search order"))
d.Q("5명", 5, "명", "명", C,
    f=("엔지니어", None, NP, "2019", "level", "optional",
       "the founders' count in a relative clause: the company's (written) or of no ORG (persons)? period 2019 (설립) or none?"))
d.Q("40억 원", 4000000000, W, "원", "currency",
    f=("투자", "투자받았다", NP, "2023", "level", "required", "투자받았다: the verbal noun; the receiver's figure, the investor (로부터) a counterparty; 2023년"))
d.Q("31억 원", 3100000000, W, "원", "currency", f=("영업이익", None, NP, "2025", "level", "required", "subject carried; 지난해 in the clause"))
IPO = ("IPO terms: the period last set for the company is the listing's 다음 달 (이날 only dates the filing), which is also when the "
       "offering runs (README convention 10)")
d.Q("180만 주", 1800000, "주", "주", C, f=("공모 주식 수", None, NP, "2026-04", "level", "required", IPO))
d.Q("1만 8,000~2만 1,000원", 18000, W, "원", "currency", hi=21000, note="a range: one mention",
    f=("희망 공모가", None, NP, "2026-04", "level", "required", IPO))
d.Q("378억 원", 37800000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("공모", "공모 규모는", NP, "2026-04", "level", "required", "규모: the thing whose size it is (공모); " + IPO))
d.Q("2,100억~2,450억 원", 210000000000, W, "원", "currency", hi=245000000000, approx=True,
    note="a range; 수준 after it read as an approximator (approx)",
    f=("시가총액", None, NP, "2026-04", "level", "required", "상장 후 is no DATE; " + IPO))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("용인 2공장 건설", None, NP, "2026-04", "level", "optional",
       "X에 N을 쓰다 → X (convention 6; 2공장 is part of a site's name); the head's plan: the carried 2026-04 by the letter (written), "
       "or none? (README open question 11)"))

if __name__ == "__main__":
    write_all(docs)
