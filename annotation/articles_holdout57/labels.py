"""Gold labels of articles-holdout57, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout57/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
STAMP = "publication stamp of the page (metadata line, not the story): optional"
CLOCK = "clock time of the publication stamp: optional at most (ANNOTATION: clock times)"
PB = "points back to a period named in the text: optional (ANNOTATION: 전년, 전년 동기 …)"

# ---------------------------------------------------------------- 001 home-appliance maker's quarter by division (입력 stamp + byline)
d = Doc("001_0f6d4f8af96fd9b5", "2026-04-28"); docs.append(d)
S, SV = "세온전자", "세온비나"
LG, HV, PT = "생활가전사업부", "공조사업부", "부품사업부"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "before a person's title")})
d.O("매일경제", "매일경제", note="outlet in the byline line")
d.O(LG, LG, note="a named division (ANNOTATION ORG: divisions)")
d.Oall(HV, HV, special={0: ("required", "a named division, in the headline")})
d.O(PT, PT, note="a named division")
d.Oall(SV, SV, special={0: ("required", "overseas production subsidiary (베트남 생산법인 세온비나)"),
                        1: ("required", "the subsidiary as the place of an investment (에)")})
d.O("공조", HV, ctx="공조 매출이", st="optional",
    note="공조 in the CFO's quote: the business field (air conditioning) or a short form of 공조사업부? optional")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="세온전자, 1분기", rel=True, note="headline; latest Q1 on or before the document date")
d.D("2026.04.28", "2026-04-28", "day", st="optional", note=STAMP)
d.D("15:40", "2026-04-28T15:40", "day", st="optional", note=CLOCK)
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention (as 올해 8월 말)")
d.D("28일", "2026-04-28", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("1년 전", "2025", "year", rel=True, note="offset: 1년 전 → that year (ANNOTATION: 10년 전 → that year); a comparison's basis")
d.D("1분기", Q1, "quarter", ctx="세온비나는 1분기", rel=True)
d.D("올해", "2026", "year", ctx="세온전자는 올해", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (넘을 것): the next Q2")
d.Q("1,420억", 142000000000, W, "", "currency", ctx="영업익 1,420억", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("영업익", None, S, Q1, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31% 성장\n",
    f=("성장", "31% 성장\n", HV, Q1, "change", "required",
       "no other noun names it: the verbal noun 성장 (FACTS: a verbal noun serves); the division is the headline's subject; 1분기 in the headline"))
d.Q("2조 3,860억 원", 2386000000000, W, "원", "currency", f=("매출", "기준 매출", S, Q1, "level", "required", "연결 기준 outside the metric"))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("영업이익", "영업이익 1,420억", S, Q1, "level"))
d.Q("8.7%", "8.7", "%", "%", P, f=("매출", "매출은 전년", S, Q1, "change", "required", "전년 동기보다 = basis; the current quarter is the period"))
d.Q("23.5%", "23.5", "%", "%", P, f=("영업이익", "영업이익은 23.5%", S, Q1, "change"))
d.Q("6.0%", "6.0", "%", "%", P, f=("영업이익률", None, S, Q1, "level", "required", "value as written (6.0)"))
d.Q("0.7%포인트", "0.7", PP, "%포인트", P, f=("영업이익률", None, S, Q1, "change"))
DIV = ("a division's own figure (사업부별로는; the division names the clause): the division is the subject "
       "(ANNOTATION lists divisions as ORG; FACTS: the organization whose figure it is); the story's quarter carried")
d.Q("1조 1,240억 원", 1124000000000, W, "원", "currency", f=("매출", "생활가전사업부 매출이", LG, Q1, "level", "required", DIV))
d.Q("47%", 47, "%", "%", P,
    f=("매출", "생활가전사업부 매출이", LG, Q1, "level", "required",
       "전체의 N%를 차지했다 with the clause's subject 매출: a share of the revenue; 전체 names only the whole"))
d.Q("7,980억 원", 798000000000, W, "원", "currency", f=("매출", "매출 7,980억", HV, Q1, "level", "required", DIV))
d.Q("31%", 31, "%", "%", P, ctx="31% 성장했고", f=("매출", "매출 7,980억", HV, Q1, "change", "required", "성장했고: a change of the figure before's 매출"))
d.Q("640억 원", 64000000000, W, "원", "currency", ctx="영업이익 640억 원", f=("영업이익", "영업이익 640억", HV, Q1, "level", "required", DIV))
d.Q("4,640억 원", 464000000000, W, "원", "currency", f=("매출", "매출 4,640억", PT, Q1, "level", "required", DIV))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("영업이익", "영업이익 95억", PT, Q1, "level", "required", DIV))
d.Q("58%", 58, "%", "%", P,
    f=("해외 매출 비중", None, S, Q1, "level", "required",
       "new paragraph leaves the division breakdown (사업부별로는 scoped its paragraph): the story's company; 해외 changes what is measured (in the metric)"))
d.Q("4%포인트", 4, PP, "%포인트", P, f=("해외 매출 비중", None, S, Q1, "change", "required", "1년 전보다 = basis"))
d.Q("82만 대", 820000, "대", "대", C,
    f=("냉장고", None, SV, Q1, "level", "required", "the counted noun before the count; the subsidiary is the clause's topic; 1분기 in the clause"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "매출 3,120억", SV, Q1, "level"))
d.Q("2억 달러", 200000000, U, "달러", "currency",
    f=("투입", "추가로 투입", S, "2026", "level", "required",
       "no noun names the amount: the verbal noun 투입 (FACTS); the investor (세온전자는) is the subject, the subsidiary (에) the recipient; 올해 in the clause"))
d.Q("2,880억 원", 288000000000, W, "원", "currency", approx=True, eq=("2억 달러",), note="conversion in brackets, 약 → approx",
    f=("투입", "추가로 투입", S, "2026", "level", "required", "conversion: the same slots as the converted amount"))
d.Q("400만 대", 4000000, "대", "대", C,
    f=("생산능력", None, SV, "2026", "level", "optional",
       "a plan's target capacity: the subsidiary's (its plant) or the planning parent's (the sentence's subject 세온전자)? and does 올해 date the target? (README question 1)"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("공조 매출", None, S, "2026-Q2", "level", "optional",
       "the CFO's outlook for the HVAC business: the company (the speaker's, no subject in the quote) or the division 공조사업부 whose revenue it is? (README question 1)"))

# ---------------------------------------------------------------- 002 county's farm disaster damage and aid (Yonhap dateline, no year anywhere)
d = Doc("002_d912ce0d734af4d6", "2025-08-08"); docs.append(d)
YS = "예산군"
d.Oall(YS, YS, special={0: ("required", "headline topic with a comma; the county government that gives the aid"),
                        1: ("required", "충남 (place) outside the span; the county government reporting (밝혔다)"),
                        2: ("required", "the county as the object of a ministry's decision (a government body)"),
                        3: ("required", "before 관계자: speaks for the county")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("군", YS, ctx="다. 군은", st="optional", note="군 = the county government: an unnamed institution noun (ANNOTATION: optional), standing for 예산군")
d.O("농림축산식품부", "농림축산식품부")
d.O("충청남도", "충청남도", note="a province acting as a government")
d.O("NH농협손해보험", "NH농협손해보험", note="insurer paying the crop-insurance claims")
d.O("예산사과농협", "예산사과농협", note="invented local apple cooperative")
R = "2025-07-16/2025-07-19"
d.D("지난달 16~19일", R, "day", rel=True, note="지난달 + a range of days: one mention (ANNOTATION: ranges with ~, deictic prefix in the span)")
d.D("8일", "2025-08-08", "day", ctx="8일 밝혔다", rel=True, note="day of the announcement: not a period")
d.D("지난해", "2024", "year", rel=True, note="last year's typhoon: dates the basis figure in brackets")
d.D("이달 말", "2025-08", "month", mod="END", rel=True, note="a deadline (까지 지급한다): this month's end")
d.D("다음 달 20일", "2025-09-20", "day", rel=True, note="future deadline in the quote")
DMG = ("damage in the county (the farmland's, a place's figure; 예산군 only reports it): no subject (FACTS: a figure of a place "
       "that is not an ORG); the rain's days of the lead are the story period (README convention 2)")
d.Q("1,284㏊", 1284, "ha", "㏊", M, ctx="피해 1,284㏊",
    f=("피해", "우박 피해 1,284", "", "", "level", "required",
       "headline: the noun governing the figure; damage has no subject (a place's figure); nothing dated in or before the headline: empty period"))
d.Q("2,317호", 2317, "호", "호", C, ctx="농가 2,317호에",
    f=("농가", "농가 2,317호에", YS, "", "level", "optional",
       "headline: the farms the county aids (the county's aid figure) or the damaged farms (no subject, as in the body)? (README question 2)"))
d.Q("42억", 4200000000, W, "", "currency", ctx="42억 지원", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("지원", "42억 지원", YS, "", "level"))
d.Q("1,284㏊", 1284, "ha", "㏊", M, ctx="농경지 1,284㏊",
    f=("농경지", "농경지 1,284", "", R, "level", "required",
       "the area of the farmland that was damaged (the clause's own subject 농경지); " + DMG + "; the range dates the rain in the same sentence"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("피해액", None, "", R, "level", "required", DMG))
BRK = "breakdown by crop (작물별로는): the item names a crop, no measure; the measure is the 피해 면적 named in the sentence; " + DMG
d.Q("612㏊", 612, "ha", "㏊", M, f=("사과 피해 면적", "사과 피해 면적이", "", R, "level", "required", DMG))
d.Q("47.7%", "47.7", "%", "%", P,
    f=("사과 피해 면적", "사과 피해 면적이", "", R, "level", "required", "전체의 N%를 차지했고 with the clause's subject: a share of that measure; " + DMG))
d.Q("385㏊", 385, "ha", "㏊", M, f=("피해 면적", "사과 피해 면적이", "", R, "level", "required", BRK))
d.Q("168㏊", 168, "ha", "㏊", M, f=("피해 면적", "사과 피해 면적이", "", R, "level", "required", BRK))
d.Q("140㏊", 140, "ha", "㏊", M,
    f=("사과 피해 면적", "사과 피해 면적은", "", "2024", "level", "required",
       "the basis figure in brackets after 지난해 태풍 때: last year's apple damage area, dated by 지난해"))
d.Q("4배", 4, "배", "배", C, bound="gt", note="넘는다 → gt",
    f=("사과 피해 면적", "사과 피해 면적은", "", R, "change", "required",
       "a multiple of a past period's value (지난해 … 의 4배): a rate of change; the current period"))
d.Q("2,317호", 2317, "호", "호", C, ctx="농가는 2,317호",
    f=("피해 농가", "피해 농가는", "", R, "level", "required", "the counted noun is the clause's topic; " + DMG))
d.Q("340호", 340, "호", "호", C,
    f=("피해 농가", "피해 농가는", "", R, "level", "required", "part opener 이 가운데: a part of the damaged farms; " + DMG))
AID = "the county's aid (군은 … 지급하기로 했다): the county government is the subject; no date of its own: the story period (README convention 2)"
d.Q("42억 5천만 원", 4250000000, W, "원", "currency", f=("재난지원금", None, YS, R, "level", "required", AID))
d.Q("5천만 원", 50000000, W, "원", "currency", ctx="한도는 5천만 원",
    f=("지원 한도", None, YS, R, "level", "required", "농가당 (no number) is a rate word; " + AID))
FUND = ("funding shares of the aid (재원은 국비 70%, …): metric the share's item (국비/도비/군비) or the whole (재원)? subject the county "
        "whose aid it is, the payers (국비: the state, no ORG; 도비: 충청남도; 군비: 예산군), or none? (README question 3)")
d.Q("70%", 70, "%", "%", P, f=("국비", None, YS, R, "level", "optional", FUND))
d.Q("15%", 15, "%", "%", P, ctx="도비 15%", f=("도비", None, YS, R, "level", "optional", FUND))
d.Q("15%", 15, "%", "%", P, ctx="군비 15%", f=("군비", None, YS, R, "level", "optional", FUND))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("복구비", None, "충청남도", R, "level", "required", "the province allocates it (충청남도는 … 배정했다); no date of its own: the story period (README convention 2)"))
d.Q("1,412호", 1412, "호", "호", C,
    f=("농가", "가입한 농가", "NH농협손해보험", "2025-08", "level", "required",
       "the farms the insurer pays (its clause's subject NH농협손해보험); the counted noun before the count; 이달 말까지 in the clause (END)"))
d.Q("78억 원", 7800000000, W, "원", "currency",
    f=("보험금", None, "NH농협손해보험", "2025-08", "level", "required", "the insurer pays it; the deadline 이달 말까지 in the clause (value 2025-08, END)"))
d.Q("300t", 300, "t", "t", M,
    f=("낙과", None, "예산사과농협", R, "level", "required", "the object right before the figure; the cooperative buys; no date of its own: the story period"))
d.Q("1,500원", 1500, W, "원", "currency",
    f=("", None, "예산사과농협", R, "level", "required",
       "the purchase price per kg (㎏당, no number: a rate word): no noun names it (사들여 is a plain verb): empty metric; the story period"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년간", note="1년간: a duration (간 outside), no fact")

# ---------------------------------------------------------------- 003 airline mileage program's members and partners (bracket byline)
d = Doc("003_3c332c30b320f52f", "2026-02-10"); docs.append(d)
HN = "한누리항공"
d.Oall(HN, HN, special={0: ("required", "headline topic (invented airline)"), 4: ("required", "before a person's title")})
d.Oall("누리마일즈", "누리마일즈", special={0: ("optional", PROG := "a loyalty program run by a company (ANNOTATION: optional)"),
                                          1: ("optional", PROG)})
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.O("신한카드", "신한카드", note="card partner named as an example (등)")
d.O("현대카드", "현대카드", note="card partner named as an example (등)")
d.O("롯데면세점", "롯데면세점", note="new partner")
d.O("탐라모빌리티", "탐라모빌리티", note="invented rental-car company after its description (제주 렌터카업체)")
d.O("스카이스테이", "스카이스테이", note="invented hotel chain after its description (호텔 체인)")
d.O("한누리홀딩스", "한누리홀딩스", note="the airline's parent (모회사), the source of the figure (에 따르면)")
d.O("대한항공", "대한항공", note="the industry leader, owner of 스카이패스")
d.O("스카이패스", "스카이패스", st="optional", note=PROG)
Y = "2025"
d.D("2025년 말", Y, "year", mod="END", note="as of (기준): 2025, END")
d.D("지난해", Y, "year", ctx="은 지난해 회원들", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 12%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("2년 전", "2024", "year", rel=True, note="offset: 2년 전 → that year; dates the basis figure in brackets")
d.D("지난해", Y, "year", ctx="등이 지난해", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("올해", "2026", "year", rel=True, note="a target in the quote")
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
PGM = ("the program's figure goes to the airline that runs it (the program is at most an optional ORG; the airline is named as its "
       "owner, 한누리항공의 마일리지 프로그램): README convention 3")
MI = "마일 = mileage points, not a distance: a counter as written (count), not the SI mile"
d.Q("1,240만명", 12400000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("회원", "회원 1,240만명", HN, "", "level", "required", "headline: nothing dated in or before it: empty period; " + PGM))
d.Q("320곳", 320, "곳", "곳", C, ctx="제휴사 320곳", f=("제휴사", "제휴사 320곳", HN, "", "level", "required", "headline: empty period; 으로 = the level reached"))
d.Q("1,240만 명", 12400000, "명", "명", C, f=("회원 수", None, HN, Y, "level", "required", "2025년 말 기준 (value 2025, END); " + PGM))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("96만 명", 960000, "명", "명", C, f=("회원 수", None, HN, Y, "change", "required", "늘었다: a change of the figure before; the period carried"))
d.Q("38억 마일", 3800000000, "마일", "마일", C, note=MI,
    f=("적립한 마일", None, HN, Y, "level", "required", "지난해 in the clause; the airline reports its own program's figure (" + PGM + ")"))
d.Q("12%", 12, "%", "%", P, f=("적립한 마일", None, HN, Y, "change", "required", "전년보다 = basis"))
d.Q("24억 3천만 마일", 2430000000, "마일", "마일", C, note=MI,
    f=("카드 결제 적립", None, HN, Y, "level", "required",
       "breakdown by channel; the cards are named only as examples (등): not the subject (FACTS: several organizations not all named); the program's figure"))
d.Q("64%", 64, "%", "%", P, f=("카드 결제 적립", None, HN, Y, "level", "required", "N%를 차지했고 with the clause's subject: that item's share"))
d.Q("9억 1천만 마일", 910000000, "마일", "마일", C, note=MI, f=("항공 탑승 적립", None, HN, Y, "level"))
d.Q("320곳", 320, "곳", "곳", C, ctx="제휴사는 320곳",
    f=("제휴사", "제휴사는 320곳", HN, Y, "level", "required", "the period last set for the airline (지난해) carries; the basis 2년 전 dates only its bracket"))
d.Q("210곳", 210, "곳", "곳", C, f=("제휴사", "제휴사는 320곳", HN, "2024", "level", "required", "the basis figure in brackets after 2년 전: dated by it"))
d.Q("110곳", 110, "곳", "곳", C, f=("제휴사", "제휴사는 320곳", HN, Y, "change"))
d.Q("182만 건", 1820000, "건", "건", C, f=("보너스 항공권 발권", None, HN, Y, "level", "required", "the airline's program carried; 지난해 carried"))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency",
    f=("이연수익", None, HN, Y, "level", "required",
       "the clause names its own subject (한누리항공이 … 쌓은); the parent is only the source (에 따르면); 지난해 말 (value 2025, END)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("3,600만 명", 36000000, "명", "명", C, approx=True, note="약 outside: approx",
    f=("회원", "(회원", "대한항공", Y, "level", "required",
       "a figure in brackets after the program it counts (스카이패스, an optional ORG) goes to the company named as its owner (convention 3); "
       "no date of its own: the story period (convention 2)"))
d.Q("400곳", 400, "곳", "곳", C, bound="min", note="이상 → min",
    f=("제휴사", "제휴사를 400", HN, "2026", "level", "required", "a target in the quote of the airline's executive (the quote's clause names no subject); 올해 in the clause"))
d.Q("1,500만 명", 15000000, "명", "명", C,
    f=("회원", "회원 1,500만", HN, "2027", "level", "required", "2027년까지 in the clause; the quote's target"))

# ---------------------------------------------------------------- 004 bio startup's trial and licensing deal (뉴시스 dateline, no present year as a DATE)
d = Doc("004_d9a45e73c8aea866", "2026-01-13"); docs.append(d)
QG, BI = "큐라젠텍", "베링거인겔하임"
d.Oall(QG, QG, special={0: ("required", "headline topic with a comma (invented bio startup)"), 3: ("required", "before a person's title")})
d.Oall(BI, BI, special={0: ("required", "the licensee (에), headline")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("분당서울대병원", "분당서울대병원", note="university hospital where the trial ran (에서)")
d.O("JP모건", "JP모건", st="optional", note="an organization name used only as a modifier inside an event name (ANNOTATION: optional)")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("2019년", "2019", "year", note="founding year (설립된): dates the founding, not the later figures")
d.D("지금", "2026-01-13", "day", rel=True, st="optional", note="지금 (까지 outside): optional, takes the document date (ANNOTATION)")
d.D("지난해", "2025", "year", ctx="지난해 매출은", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 매출의", rel=True, note="the basis of a multiple")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
DEAL = ("the licensor's deal (the story's company; the licensee is the counterparty, 에/과); the only date, 13일, dates the "
        "announcement: no period (FACTS: no time stated: empty)")
PH = "임상 N상 (trial phase): a phase label, ordinal like 1차, or no quantity at all? not listed: optional (README question 4)"
d.Q("9.8억 달러", 980000000, U, "달러", "currency", note="총 outside",
    f=("기술수출", None, QG, "", "level", "required", "X … N 규모 → the thing whose size it is (FACTS: 규모): the licensing deal; " + DEAL))
d.Q("2,500만 달러", 25000000, U, "달러", "currency", f=("계약금", None, QG, "", "level", "required", DEAL))
d.Q("367억 원", 36700000000, W, "원", "currency", approx=True, eq=("2,500만 달러",), note="conversion in brackets, 약 → approx",
    f=("계약금", None, QG, "", "level", "required", "conversion: the slots of the converted amount"))
d.Q("9억 8천만 달러", 980000000, U, "달러", "currency",
    f=("계약", "총 계약 규모", QG, "", "level", "required", "총 계약 규모는 N: the thing whose size it is (계약), not 규모 (FACTS); " + DEAL))
d.Q("1조 4,400억 원", 1440000000000, W, "원", "currency", approx=True, eq=("9억 8천만 달러",), note="conversion in brackets, 약 → approx",
    f=("계약", "총 계약 규모", QG, "", "level", "required", "conversion: the slots of the converted amount"))
d.Q("12%", 12, "%", "%", P, bound="max", note="최대 → max",
    f=("로열티", None, QG, "", "level", "optional",
       "순매출의 최대 12%를 로열티로: the metric is the royalty (what is received) or the base 순매출 (X의 N%)? (README question 5)"))
d.Q("1상", 1, "상", "상", "ordinal", st="optional", note=PH)
PROD = ("the trial of a product (QG-207, topic): a product's figure has no subject (FACTS); the hospital is only where it ran (에서); "
        "no date: empty period")
d.Q("48명", 48, "명", "명", C, f=("환자", "환자 48명", "", "", "level", "required", PROD))
d.Q("18명", 18, "명", "명", C, f=("환자", "환자 48명", "", "", "level", "required", "48명 가운데 18명: a part of the patients; " + PROD))
d.Q("37.5%", "37.5", "%", "%", P, f=("객관적 반응률", None, "", "", "level", "required", PROD))
d.Q("6%", 6, "%", "%", P, f=("중증 부작용 발생률", None, "", "", "level", "required", "the sentence continues about the product; " + PROD))
NOW = ("지금까지 (as of now): the period is the optional 지금 (the document date) or empty? the founding year 2019년 of the same "
       "sentence dates only the founding (README question 6)")
d.Q("420억 원", 42000000000, W, "원", "currency", f=("누적 투자", None, QG, "2026-01-13", "level", "optional", NOW))
d.Q("63명", 63, "명", "명", C, f=("임직원", None, QG, "2026-01-13", "level", "optional", "a present count after 지금까지 in the sentence: " + NOW))
d.Q("12억 원", 1200000000, W, "원", "currency", f=("매출", "지난해 매출은", QG, "2025", "level"))
d.Q("148억 원", 14800000000, W, "원", "currency", f=("영업손실", None, QG, "2025", "level"))
d.Q("30배", 30, "배", "배", C,
    f=("계약금", "이번 계약금", QG, "", "level", "optional",
       "the down payment as a multiple of last year's revenue: metric 계약금 (what is 30x) or 매출 (X의 N배)? a level (two different measures) "
       "or a change? period: the deal's (none) or 지난해? (README question 5)"))
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note=PH)
d.Q("240명", 240, "명", "명", C,
    f=("환자", "환자 240명", BI, "2027-H1", "level", "required", "the licensee recruits them (its clause's subject); 내년 상반기 in the clause (a plan)"))
d.Q("5곳", 5, "곳", "곳", C,
    f=("글로벌 제약사", "글로벌 제약사 5곳", QG, "", "level", "optional",
       "talks going on now (하고 있다) in the CEO's quote: the period last set for the company (지난해) carried by the letter, or empty? (README question 6)"))

# ---------------------------------------------------------------- 005 national household income and spending statistics (뉴스1 dateline)
d = Doc("005_9179892a6af35cea", "2025-11-20"); docs.append(d)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("국가데이터처", "국가데이터처", note="the national statistics office releasing the survey (the source, 에 따르면)")
d.O("기획재정부", "기획재정부", note="before 관계자")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 가계 월평균", rel=True, note="headline; latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", ctx="= 2025년 3분기", note="year + quarter: one mention")
d.D("1년 전", "2024", "year", ctx="1년 전보다 3.5%", rel=True, note="offset: 1년 전 → that year; a comparison's basis")
d.D("20일", "2025-11-20", "day", rel=True, note="day of the release (발표한): not a period")
d.D("2025년 3분기", Q3, "quarter", ctx="'2025년 3분기", note="a dated survey title: a year with 년 before a name is a DATE (ANNOTATION)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("1년 전", "2024", "year", ctx="1년 전(5.51", rel=True, note="offset → that year; dates the basis figure in brackets")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (이어지면 … 나아질 것): the next Q4, which holds the document date")
NS = "a national statistic (households are no ORG; the office is its source): empty subject; the survey's quarter"
QN = "N분위 (an income quintile): a class label, ordinal (like 1차) or no quantity? not listed: optional (README question 7)"
DEF = ("하위/상위 20% defines the group (a definitional range: part of the metric, no fact, FACTS); the framework gives every required "
       "quantity a fact, so optional (README question 7)")
d.Q("525만원", 5250000, W, "원", "currency",
    f=("소득", "소득 525만원", "", Q3, "level", "required", "월평균 qualifies the basis (outside the metric); headline's own 3분기; " + NS))
d.Q("1분위", 1, "분위", "분위", "ordinal", ctx="1분위 2.1%", st="optional", note=QN)
HQ = ("headline: the group (N분위) names no measure; the headline's measure 소득 (the group is part of what is measured, the "
      "metric span 소득 overlaps any longer choice); " + NS)
d.Q("2.1%", "2.1", "%", "%", P, ctx="1분위 2.1%", f=("소득", "소득 525만원", "", Q3, "change", "required", HQ))
d.Q("5분위", 5, "분위", "분위", "ordinal", ctx="5분위 4.8%", st="optional", note=QN)
d.Q("4.8%", "4.8", "%", "%", P, ctx="4.8% 늘어", f=("소득", "소득 525만원", "", Q3, "change", "required", HQ))
d.Q("525만 4천 원", 5254000, W, "원", "currency", f=("소득", "소득이 525만", "", Q3, "level", "required", "가구당 (no number): a rate word; " + NS))
d.Q("3.5%", "3.5", "%", "%", P, f=("소득", "소득이 525만", "", Q3, "change", "required", "1년 전보다 = basis; " + NS))
d.Q("1.4%", "1.4", "%", "%", P, f=("실질소득", None, "", Q3, "change", "required", NS))
d.Q("331만 2천 원", 3312000, W, "원", "currency", f=("근로소득", None, "", Q3, "level", "required", "the survey's quarter in the same sentence; " + NS))
d.Q("2.9%", "2.9", "%", "%", P, f=("근로소득", None, "", Q3, "change", "required", "늘었다 governs both rates; " + NS))
d.Q("98만 6천 원", 986000, W, "원", "currency", f=("사업소득", None, "", Q3, "level", "required", NS))
d.Q("4.1%", "4.1", "%", "%", P, f=("사업소득", None, "", Q3, "change", "required", NS))
d.Q("81만 원", 810000, W, "원", "currency", f=("이전소득", None, "", Q3, "level", "required", NS))
d.Q("293만 7천 원", 2937000, W, "원", "currency", f=("소비지출", "월평균 소비지출", "", Q3, "level", "required", NS))
d.Q("1.6%", "1.6", "%", "%", P, f=("소비지출", "월평균 소비지출", "", Q3, "change", "required", NS))
BRK = "breakdown by item (항목별로는): the item names a kind of spending, no measure; the total's measure 소비지출; " + NS
d.Q("43만 5천 원", 435000, W, "원", "currency", f=("소비지출", "월평균 소비지출", "", Q3, "level", "required", BRK))
d.Q("35만 8천 원", 358000, W, "원", "currency", f=("소비지출", "월평균 소비지출", "", Q3, "level", "required", BRK))
d.Q("34만 1천 원", 341000, W, "원", "currency", f=("소비지출", "월평균 소비지출", "", Q3, "level", "required", BRK))
d.Q("414만 8천 원", 4148000, W, "원", "currency", f=("처분가능소득", "처분가능소득은", "", Q3, "level", "required", NS))
d.Q("70.8%", "70.8", "%", "%", P, f=("평균소비성향", None, "", Q3, "level", "required", NS))
d.Q("1.2%포인트", "1.2", PP, "%포인트", P, f=("평균소비성향", None, "", Q3, "change", "required", "전년 동기 대비 = basis; " + NS))
d.Q("20%", 20, "%", "%", P, ctx="하위 20%", st="optional", note=DEF)
d.Q("1분위", 1, "분위", "분위", "ordinal", ctx="20%인 1분위", st="optional", note=QN)
GRP = "a quintile's income (분위별로는): the measure 소득 before the figure (the group is part of the metric); " + NS
d.Q("118만 3천 원", 1183000, W, "원", "currency", f=("소득", "소득이 118만", "", Q3, "level", "required", GRP))
d.Q("2.1%", "2.1", "%", "%", P, ctx="2.1% 늘었고", f=("소득", "소득이 118만", "", Q3, "change", "required", GRP))
d.Q("20%", 20, "%", "%", P, ctx="상위 20%", st="optional", note=DEF)
d.Q("5분위", 5, "분위", "분위", "ordinal", ctx="20%인 5분위", st="optional", note=QN)
d.Q("1,162만 원", 11620000, W, "원", "currency",
    f=("소득", "소득이 118만", "", Q3, "level", "required", "the second item of the breakdown: the measure of the first item's clause; " + GRP))
d.Q("4.8%", "4.8", "%", "%", P, ctx="4.8% 증가", f=("소득", "소득이 118만", "", Q3, "change", "required", GRP))
d.Q("5분위", 5, "분위", "분위", "ordinal", ctx="소득 5분위 배율", st="optional",
    note="inside the index name 소득 5분위 배율: part of a name (not a quantity) or a quintile label? optional (README question 7)")
d.Q("5.63배", "5.63", "배", "배", C, f=("소득 5분위 배율", None, "", Q3, "level", "required", "균등화 처분가능소득 기준 qualifies the basis; " + NS))
d.Q("5.51배", "5.51", "배", "배", C,
    f=("소득 5분위 배율", None, "", "2024", "level", "required", "the basis figure in brackets after 1년 전: dated by it (value 2024)"))

# ---------------------------------------------------------------- 006 football club's season attendance and revenue (regional daily byline, no year anywhere)
d = Doc("006_b535055608e7cb0b", "2025-11-25"); docs.append(d)
PC = "평택시티즌FC"
d.Oall(PC, PC, special={0: ("required", "invented club, headline topic")})
d.O("평택시티즌", PC, ctx="평택시티즌의", note="short form of the club's name mentioned in full (ANNOTATION: canonical the full name)")
d.O("구단", PC, ctx="구단의 입장", st="optional", note="구단 = the club: an unnamed institution noun standing for the club (optional)")
d.O("경기일보", "경기일보", note="regional daily in the byline line")
d.Oall("K리그2", "K리그2", special={i: ("optional", "a league: a competition (event-like) or an organization? not settled: optional (README question 8)")
                                   for i in range(3)})
d.O("평택종합운동장", "평택종합운동장", st="optional", note="a stadium: a place, or a site acting as an institution? optional")
d.O("한국프로축구연맹", "한국프로축구연맹", note="the league's governing body, cited source (에 따르면)")
d.O("수원 삼성", "수원 삼성", note="a sports club, ranked first")
d.O("세웅에너지", "세웅에너지", note="invented sponsor company (메인 스폰서인)")
d.O("평택시", "평택시", ctx="평택시는", note="the city as the club's owner (구단주인): a city acting as a government")
Y = "2025"
d.D("올해", Y, "year", rel=True, note="올해 정규리그: the season's year")
d.D("25일", "2025-11-25", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", "2024", "year", ctx="지난해(5,810", rel=True, note="dates the basis figure in brackets")
d.D("지난 22일", "2025-11-22", "day", rel=True, note="the home final's day")
d.D("지난해", "2024", "year", ctx="지난해보다 52%", rel=True, note="a comparison's basis")
d.D("내년", "2026", "year", ctx="내년부터", rel=True, note="내년부터 (부터 outside)")
d.D("내년", "2026", "year", ctx="내년 운영", rel=True)
d.Q("15만명", 150000, "명", "명", C, bound="gt", note="돌파 → gt; 첫 is no number",
    f=("홈 관중", None, PC, "", "level", "required", "headline: nothing dated in or before it: empty period"))
d.Q("24억", 2400000000, W, "", "currency", ctx="24억\n", st="optional", note="headline amount, currency implied (ANNOTATION: optional)",
    f=("입장 수입", "입장 수입 24억", PC, "", "level"))
d.Q("19경기", 19, "경기", "경기", C,
    f=("홈", "홈 19경기", PC, Y, "level", "optional",
       "the counter 경기 is itself what is counted; the only noun outside the span is the modifier 홈: metric 홈 or empty? (README question 9)"))
d.Q("15만 2,400명", 152400, "명", "명", C, f=("관중", "관중 15만 2,400", PC, Y, "level", "required", "올해 in the sentence"))
AVG = "경기당 (no number) qualifies the basis (a rate word, outside); the noun governing the figure is 평균"
d.Q("8,021명", 8021, "명", "명", C, f=("평균", "경기당 평균", PC, Y, "level", "required", AVG + "; subject and period carried"))
d.Q("5,810명", 5810, "명", "명", C, f=("평균", "경기당 평균", PC, "2024", "level", "required", "the basis figure in brackets after 지난해: dated by it; " + AVG))
d.Q("38%", 38, "%", "%", P, f=("평균", "경기당 평균", PC, Y, "change", "required", "지난해(…)보다 = basis; the current season"))
d.Q("71.5%", "71.5", "%", "%", P, f=("좌석 점유율", None, PC, Y, "level", "required", "창단 이후 is no DATE; subject and period carried"))
d.Q("1만 1,200석", 11200, "석", "석", C,
    f=("평택종합운동장", None, "", "", "level", "optional",
       "X 규모의 Y → the stadium (FACTS: 규모): a place's capacity: no subject or the club's home? the final's date or none? (README question 9)"))
d.Q("1만 1,038명", 11038, "명", "명", C,
    f=("", None, PC, "2025-11-22", "level", "required",
       "no noun names the crowd (들어차 is a plain verb): empty metric; the club's home final (subject carried); 지난 22일 in the clause"))
d.Q("24억 3천만 원", 2430000000, W, "원", "currency", f=("입장 수입", "구단의 입장 수입", PC, Y, "level", "required", "구단의 = the club's (genitive); 올해 carried"))
d.Q("52%", 52, "%", "%", P, f=("입장 수입", "구단의 입장 수입", PC, Y, "change", "required", "지난해보다 = basis"))
d.Q("92%", 92, "%", "%", P, f=("유료 관중 비율", None, PC, Y, "level"))
d.Q("6,800장", 6800, "장", "장", C, f=("시즌권 판매", None, PC, Y, "level"))
d.Q("9억 원", 900000000, W, "원", "currency", bound="gt", note="넘었다 → gt", f=("상품 매출", None, PC, Y, "level"))
d.Q("14개", 14, "개", "개", C,
    f=("구단", "14개 구단", "", Y, "level", "optional",
       "the league's clubs: subject the league K리그2 (optional ORG) or none (clubs not named); period carried? (README question 8)"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4,120명", 4120, "명", "명", C,
    f=("평균 관중", "전체 평균 관중", "", Y, "level", "optional",
       "the whole league's average: several clubs not named (no subject) or the league K리그2 (optional ORG): optional (FACTS); period carried"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간: a duration (간 outside), no fact")
d.Q("45억 원", 4500000000, W, "원", "currency",
    f=("후원", "후원하는", "세웅에너지", "2026", "level", "required",
       "no noun names the amount: the verbal noun 후원 (FACTS); the sponsor is the clause's topic; 내년(부터) in the clause"))
d.Q("60억 원", 6000000000, W, "원", "currency", f=("운영 지원금", None, "평택시", "2026", "level", "required", "the city (구단주인 평택시는); 내년 in the clause"))
d.Q("10억 원", 1000000000, W, "원", "currency", f=("운영 지원금", None, "평택시", "2026", "change", "required", "늘리기로: a change"))

if __name__ == "__main__":
    write_all(docs)
