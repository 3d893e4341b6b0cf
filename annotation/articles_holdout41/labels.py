"""Gold labels of articles-holdout41, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout41/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 automaker's monthly sales (뉴스1 dateline, 2026년 1월 in the lead)
d = Doc("001_afb2664daeee14fb", "2026-02-02"); docs.append(d)
K, H = "기아", "현대자동차"
d.Oall(K, K, special={0: ("required", "headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("현대차그룹", "현대차그룹", note="the group both makers belong to (계열사인)")
d.O(H, H, note="the sister company (현대차그룹 계열사)")
JAN = "2026-01"
d.D("1월", JAN, "month", ctx="기아, 1월", rel=True, note="headline month: the latest January on or before the document date")
d.D("2026년 1월", JAN, "month")
d.D("2일", "2026-02-02", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 달", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01",
    note="points back to the lead's month (같은 달): pointing-back word, optional; one mention with 지난해")
d.D("전년 동월", "2025-01", "month", ctx="전년 동월 대비", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1년 전", "2025", "year", rel=True, note="offset (N년 전 → that year), a comparison's basis, still a DATE")
d.D("같은 날", "2026-02-02", "day", rel=True, st="optional", anchor="2026-02-02", note="points back to 2일")
d.D("지난달", JAN, "month", rel=True)
d.D("전년 동월", "2025-01", "month", ctx="전년 동월보다", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1월", JAN, "month", ctx="회사의 1월", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (반영된다)")
d.D("올해", "2026", "year", rel=True)
SOLD = "판매했다고"
d.Q("24만4천대", 244000, "대", "대", C,
    f=("", None, K, JAN, "level", "required", "팔아 is a plain verb: no metric; headline topic with a comma; the headline's own 1월"))
d.Q("7.2%", 7.2, "%", "%", P, ctx="7.2%↑",
    f=("해외 판매", "해외 판매 7.2%", K, JAN, "change", "required", "↑ = a rise: change; the headline's 1월 (the … does not split a headline)"))
d.Q("4만 1,250대", 41250, "대", "대", C,
    f=("판매", SOLD, K, JAN, "level", "required", "판매했다 → the verbal noun; 국내 names a market, not a measure"))
d.Q("20만 3,480대", 203480, "대", "대", C, f=("판매", SOLD, K, JAN, "level"))
d.Q("24만 4,730대", 244730, "대", "대", C, f=("판매", SOLD, K, JAN, "level"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="보다 5.8%",
    f=("판매", SOLD, K, JAN, "change", "required", "…늘어난 규모다: the 규모 is the total sold (판매) of the sentence before; 지난해 같은 달 = basis"))
d.Q("1.4%", 1.4, "%", "%", P, f=("국내 판매", None, K, JAN, "change", "required", "줄었지만: a change; no sign written, value as written"))
d.Q("7.2%", 7.2, "%", "%", P, ctx="7.2% 증가", f=("해외 판매", "해외 판매는 7.2%", K, JAN, "change"))
MOD = ("breakdown by model (차종별로는): the item counts what the total before it measures (국내 판매 / 해외 판매, a measure noun "
       "before the counted noun); a model is a product, not an ORG: empty subject (FACTS: a figure of a product); the lead's month")
d.Q("9,870대", 9870, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("7,420대", 7420, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("6,150대", 6150, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("4만 2,300대", 42300, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; 팔리며 is a plain verb"))
d.Q("2만 6,800대", 26800, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; a figure in brackets after a model"))
d.Q("1만 9,500대", 19500, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; K3 is a model's name (digits in a name)"))
d.Q("3만 8,600대", 38600, "대", "대", C, f=("친환경차 판매", None, K, JAN, "level", "required", "a segment is no ORG: the company carried; the lead's month"))
d.Q("15.8%", 15.8, "%", "%", P,
    f=("친환경차 판매", None, K, JAN, "level", "required", "전체의 N%를 차지: a share; the clause's topic names the part whose share it is (전체 names only the whole)"))
d.Q("1만 1,200대", 11200, "대", "대", C,
    f=("전기차", None, K, JAN, "level", "required", "part opener 이 가운데: the subject carried; the counted noun (전기차, a kind of car, not a named product)"))
d.Q("22%", 22, "%", "%", P, f=("전기차", None, K, JAN, "change", "required", "1년 전보다 = basis; 많았다 after …보다: a change"))
d.Q("5만 2,400대", 52400, "대", "대", C, f=("", None, H, JAN, "level", "required", "팔아 is a plain verb: no metric; 지난달 in the clause"))
d.Q("27만 8,900대", 278900, "대", "대", C, f=("", None, H, JAN, "level"))
d.Q("33만 1,300대", 331300, "대", "대", C, f=("", None, H, JAN, "level"))
d.Q("2.1%", 2.1, "%", "%", P, f=("", None, H, JAN, "change", "required", "…늘었다: what rose is the sales of the clause before (팔아, no noun): empty metric"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun that is not a counter (회사): optional")
d.Q("57만 6,030대", 576030, "대", "대", C,
    f=("합산 판매", None, K + ";" + H, JAN, "level", "required", "두 회사 = the two companies named in the text: both subjects; 1월 in the clause"))
d.Q("335만 대", 3350000, "대", "대", C,
    f=("판매 목표", None, K, "2026", "level", "required", "기아 관계자 speaks for the company; 올해 in the clause"))

# ---------------------------------------------------------------- 002 telecom annual results + subsidiary IPO (연합뉴스 dateline, no year anywhere)
d = Doc("002_1773f953bb84c3d6", "2026-02-05"); docs.append(d)
LG, UN = "LG유플러스", "유플러스넷웍스"
d.Oall(LG, LG, special={0: ("required", "headline topic with a comma")})
d.Oall(UN, UN, special={0: ("required", "invented subsidiary named in the headline (자회사)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("코스닥", "코스닥", st="optional", note="a stock market (operated by 한국거래소): an institution or a venue? not settled (README question)")
d.O("한국거래소", "한국거래소", note="the exchange reviewing the listing (에 청구)")
d.O("미래에셋증권", "미래에셋증권", note="lead underwriter")
d.O("NH투자증권", "NH투자증권", note="lead underwriter")
Y, Q4 = "2025", "2025-Q4"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="LG유플러스는 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년보다 2.3%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", Q4, "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 결산", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 50원", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("오는 6월", "2026-06", "month", rel=True, note="future (오는)")
d.D("이달", "2026-02", "month", rel=True, note="이달 중: 중 outside")
d.D("지난해", Y, "year", ctx="의 지난해 매출", rel=True)
BR = "breakdown (사업별로는): the line of business is written into the metric (무선 사업 매출); a business is no ORG: the company carried; the story's 지난해"
d.Q("1조원", 1000000000000, W, "원", "currency",
    f=("영업이익", "작년 영업이익", LG, Y, "level", "required", "headline: currency written (원); the headline's own 작년; 회복 is no change word"))
d.Q("14조 8,620억 원", 14862000000000, W, "원", "currency", f=("매출", "기준 매출", LG, Y, "level", "required", "연결 기준 (basis) outside the metric"))
d.Q("1조 120억 원", 1012000000000, W, "원", "currency", f=("영업이익", "영업이익 1조 120억", LG, Y, "level"))
d.Q("2.3%", 2.3, "%", "%", P, f=("매출", "매출은 전년보다", LG, Y, "change", "required", "전년보다 = basis"))
d.Q("8.7%", 8.7, "%", "%", P, f=("영업이익", "영업이익은 8.7%", LG, Y, "change"))
d.Q("6조 3,400억 원", 6340000000000, W, "원", "currency", f=("무선 사업 매출", None, LG, Y, "level", "required", BR))
d.Q("3.1%", 3.1, "%", "%", P, f=("무선 사업 매출", None, LG, Y, "change", "required", BR))
d.Q("2,870만 명", 28700000, "명", "명", C, f=("무선 가입자", None, LG, Y, "level", "required", "subscribers of the company's business: the company carried; the story's period"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("112만 명", 1120000, "명", "명", C, f=("무선 가입자", None, LG, Y, "change"))
d.Q("820만 명", 8200000, "명", "명", C, f=("5G 가입자", None, LG, Y, "level", "required", "part opener 이 가운데: subject carried; 5G is a name (not a quantity)"))
d.Q("2조 5,900억 원", 2590000000000, W, "원", "currency", f=("유선 사업 매출", None, LG, Y, "level", "required", BR))
d.Q("512만 명", 5120000, "명", "명", C, f=("초고속인터넷 가입자", None, LG, Y, "level"))
d.Q("1조 4,300억 원", 1430000000000, W, "원", "currency", f=("미디어 사업 매출", None, LG, Y, "level", "required", BR + "; IPTV 등 (an example) outside"))
d.Q("0.8%", 0.8, "%", "%", P, f=("미디어 사업 매출", None, LG, Y, "change"))
d.Q("3조 8,100억 원", 3810000000000, W, "원", "currency", f=("매출", "매출 3조 8,100억", LG, Q4, "level", "required", "4분기만 보면: the quarter"))
d.Q("2,040억 원", 204000000000, W, "원", "currency", f=("영업이익", "영업이익 2,040억", LG, Q4, "level"))
d.Q("1.9%", 1.9, "%", "%", P, f=("매출", "매출 3조 8,100억", LG, Q4, "change", "required", "각각: the first figure's metric"))
d.Q("14.5%", 14.5, "%", "%", P, f=("영업이익", "영업이익 2,040억", LG, Q4, "change", "required", "각각: the second figure's metric"))
d.Q("650원", 650, W, "원", "currency", f=("결산 배당금", None, LG, Y, "level", "required", "회사는 = the story's company; 지난해 in the clause; 주당 (no number) is a rate word"))
d.Q("50원", 50, W, "원", "currency", ctx="보다 50원", f=("결산 배당금", None, LG, Y, "change", "required", "전년보다 = basis; 늘렸다: a change"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("공모", "공모 규모", UN, "", "level", "optional",
       "a planned offering (규모 → the thing whose size it is, 공모): the period last set for the subject is 이달 (the filing) after 오는 6월 (the listing), neither the offering's; empty written (README question)"))
d.Q("3,240억 원", 324000000000, W, "원", "currency", f=("매출", "지난해 매출은", UN, Y, "level", "required", "genitive owner; 지난해 in the clause"))
d.Q("870명", 870, "명", "명", C,
    f=("직원", None, UN, Y, "level", "required", "listed with the figure before in one sentence: its 지난해 (the figure's sentence)"))

# ---------------------------------------------------------------- 003 metropolitan city's tourism statistics (뉴시스 dateline, 2025년 1~9월 in the lead)
d = Doc("003_303c559cf90b47da", "2025-10-21"); docs.append(d)
GJ, GF = "광주시", "광주관광재단"
d.Oall(GJ, GJ, special={0: ("required", "the city acting as a government (발표한, 편성했다); 광주 alone is a place")})
d.Oall(GF, GF, special={2: ("required", "an organization before a person's title (대표이사)")})
d.O("뉴시스", "뉴시스", note="news agency in the bracket dateline")
d.O("신한카드", "신한카드", note="card company whose payment data were analysed (source of data)")
R, PY = "2025-01/2025-09", "2024-01/2024-09"
d.D("1~9월", R, "month", ctx="관광객 1~9월", rel=True, note="headline range of months")
d.D("21일", "2025-10-21", "day", rel=True, note="day of the release (발표한)")
d.D("2025년 1~9월", R, "month", note="one mention (a year before a range of months)")
d.D("전년 같은 기간", PY, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월; one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year), a comparison's basis, still a DATE")
d.D("내년", "2026", "year", ctx="광주시는 내년", rel=True)
d.D("올해", "2025", "year", rel=True, note="a comparison's basis (올해보다)")
d.D("다음 달 1일", "2025-11-01", "day", rel=True, note="deictic prefix + day: one mention; 부터 outside; future")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end; 까지 outside")
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
ST = ("a city's tourism statistic (visitors to a place, no ORG; the city and its foundation only release it, the card company only "
      "supplied the data): empty subject")
SP = "; the statistic's period set in the lead (2025년 1~9월), carried as the story's period"
FOR = "breakdown by country (국가별로는): the item counts what the total before it counts (외국인 관광객); a country is no ORG"
d.Q("1,420만명", 14200000, "명", "명", C, f=("관광객", "찾은 관광객 1~9월", "", R, "level", "required", ST + "; the headline's own 1~9월"))
d.Q("35%", 35, "%", "%", P, ctx="35% 늘어", f=("외국인", "외국인 35%", "", R, "change", "required", ST + "; the headline's 1~9월 (the … does not split a headline)"))
d.Q("1,420만 명", 14200000, "명", "명", C, f=("관광객", "찾은 관광객은", "", R, "level", "required", ST + "; 2025년 1~9월 in the clause"))
d.Q("8.4%", 8.4, "%", "%", P, f=("관광객", "찾은 관광객은", "", R, "change", "required", "전년 같은 기간보다 = basis"))
d.Q("38만 2천 명", 382000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", R, "level", "required", ST + SP))
d.Q("35%", 35, "%", "%", P, ctx="35% 증가", f=("외국인 관광객", "외국인 관광객은", "", R, "change"))
d.Q("11만 4천 명", 114000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", R, "level", "required", FOR + SP))
d.Q("7만 9천 명", 79000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", R, "level", "required", FOR + "; a figure in brackets after a country"))
d.Q("5만 6천 명", 56000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", R, "level", "required", FOR))
d.Q("3만 1천 명", 31000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", R, "level", "required", FOR))
d.Q("2만 2천 명", 22000, "명", "명", C, f=("베트남 관광객", None, "", R, "level", "required", "the clause names its own measure (베트남 관광객)" + SP))
d.Q("2배", 2, "배", "배", C, approx=True, note="가까이 after N배: an approximator, outside",
    f=("베트남 관광객", None, "", R, "change", "required", "1년 전의 N배 … 늘었다: a change against a past basis (1년 전 = basis)"))
d.Q("212만 건", 2120000, "건", "건", C, f=("숙박 건수", None, "", R, "level", "required", ST + SP))
d.Q("9.1%", 9.1, "%", "%", P, f=("숙박 건수", None, "", R, "change"))
d.Q("1조 1,840억 원", 1184000000000, W, "원", "currency", f=("관광객 지출액", "분석한 관광객 지출액", "", R, "level", "required", ST + SP))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("68만 원", 680000, W, "원", "currency", f=("평균 지출액", None, "", R, "level", "required", "외국인 1인당: the group and the rate word stay outside the metric" + SP))
d.Q("8만 3천 원", 83000, W, "원", "currency",
    f=("평균 지출액", None, "", R, "level", "required", "a figure alone in brackets after a group (내국인) compared with: the same measure"))
d.Q("8배", 8, "배", "배", C, bound="gt", note="웃돌았다 (exceeded) → gt",
    f=("평균 지출액", None, "", R, "level", "optional",
       "a ratio between two groups at one time (외국인 vs 내국인), no change over time: level or change? (README question)"))
d.Q("12%", 12, "%", "%", P, f=("관광 마케팅 예산", None, GJ, "2026", "change", "required", "a government body's budget: the city; 내년 in the clause; 올해보다 = basis"))
d.Q("86억 원", 8600000000, W, "원", "currency", f=("관광 마케팅 예산", None, GJ, "2026", "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 4회): optional")
d.Q("4회", 4, "회", "회", C,
    f=("운행", None, GF, "2025-11-01", "level", "required", "the verbal noun (운행한다) names what 회 counts; the foundation is the clause's topic; 다음 달 1일 in the clause"))
d.Q("50만 명", 500000, "명", "명", C, bound="gt", note="넘기고 (exceed) → gt",
    f=("외국인 관광객", "연말까지 외국인 관광객", "", "2025", "level", "required",
       "a target for the city's foreign visitors told by the foundation's head: visitors to a place have no ORG (as the statistics); 연말까지 (2025, END) in the clause"))
d.Q("1조 5,000억 원", 1500000000000, W, "원", "currency",
    f=("관광객 지출액", "내년에는 관광객 지출액", "", "2026", "level", "required", "as 50만 명; 내년에는 in the clause"))

# ---------------------------------------------------------------- 004 savings banks' delinquency and loans ([파이낸셜뉴스] lead, 2025년 말 in the text)
d = Doc("004_2ac86be9a69aa84d", "2026-02-10"); docs.append(d)
SBI, OK, WC, FSS = "SBI저축은행", "OK저축은행", "웰컴저축은행", "금융감독원"
d.Oall(SBI, SBI, special={0: ("required", "headline topic")})
d.Oall(OK, OK)
d.Oall(WC, WC)
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the bracket at the head of the lead")
d.O(FSS, FSS, note="the regulator cited as source (에 따르면)")
d.O("금감원", FSS, note="short form of 금융감독원 (named in full before)")
d.O("SBI홀딩스", "SBI홀딩스", note="the parent (모회사); 일본 (place) outside")
d.O("저축은행중앙회", "저축은행중앙회", note="industry body before 관계자")
Y = "2025"
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("10일", "2026-02-10", "day", rel=True, note="day the regulator's figures were cited (에 따르면)")
d.D("2025년 말", Y, "year", mod="END")
d.D("전년 말", "2024", "year", ctx="전년 말보다 1.18", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", Y, "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 말")
d.D("전년 말", "2024", "year", ctx="전년 말(8.70%)", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 적자", rel=True)
d.D("올해 3월", "2026-03", "month", rel=True, note="올해 before a month: one mention; a plan (계획)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 안에 outside")
SP = "the story's period (지난해 말 / 2025년 말: 2025, END)"
d.Q("5%", 5, "%", "%", P, ctx="5%대로 낮춰", approx=True, note="대 after the unit: outside, approx",
    f=("연체율", "SBI저축은행 연체율", SBI, "", "level", "required", "headline: no date of its own and nothing before it: empty period"))
d.Q("8.5%", 8.5, "%", "%", P,
    f=("업계 평균", None, "", "", "level", "optional",
       "headline after an ellipsis: 업계 평균 names the industry average of the 연체율 before it; metric 업계 평균 or 연체율? (README question); an industry: no subject"))
d.Q("5%", 5, "%", "%", P, ctx="말 5%대로", approx=True, note="대 after the unit: outside, approx",
    f=("연체율", "SBI저축은행의 연체율이", SBI, Y, "level", "required", "genitive owner; 지난해 말 in the clause"))
d.Q("5.62%", 5.62, "%", "%", P, f=("연체율", "말 연체율은", SBI, Y, "level", "required", "a regulator cited (금융감독원에 따르면) is the source; the genitive owner is the subject"))
d.Q("1.18%포인트", 1.18, PP, "%포인트", P, f=("연체율", "말 연체율은", SBI, Y, "change", "required", "전년 말보다 = basis; 하락했다: a change"))
d.Q("13조 4,200억 원", 13420000000000, W, "원", "currency",
    f=("대출 잔액", "같은 기간 대출 잔액", SBI, Y, "level", "required", "같은 기간 (optional) points back to 2025년 말; subject carried"))
d.Q("3.5%", 3.5, "%", "%", P, f=("대출 잔액", "같은 기간 대출 잔액", SBI, Y, "change"))
d.Q("1조 원", 1000000000000, W, "원", "currency", approx=True, note="어치 after the unit: outside, approx (like 달러치)",
    f=("부동산 프로젝트파이낸싱(PF) 부실채권", None, SBI, Y, "level", "required",
       "the object right before the figure names what it measures; the sentence explains SBI's decline (subject carried); " + SP))
RIV = "a rival named with its own figure (각각 follows the order of the named pair); " + SP + " carried to the rivals' figures of the same statistic"
d.Q("9.84%", 9.84, "%", "%", P, f=("연체율", "웰컴저축은행의 연체율은", OK, Y, "level", "required", RIV))
d.Q("7.31%", 7.31, "%", "%", P, f=("연체율", "웰컴저축은행의 연체율은", WC, Y, "level", "required", RIV))
d.Q("11조 2,600억 원", 11260000000000, W, "원", "currency", f=("대출 잔액", "대출 잔액은 OK", OK, Y, "level", "required", RIV))
d.Q("5조 8,900억 원", 5890000000000, W, "원", "currency", f=("대출 잔액", "대출 잔액은 OK", WC, Y, "level", "required", RIV))
IND = "an industry figure (79 savings banks taken together, not named): empty subject; the regulator only counted it (집계한)"
d.Q("79개", 79, "개", "개", C, f=("저축은행", "79개 저축은행", "", Y, "level", "required", IND + "; the counted noun after the count; " + SP))
d.Q("8.52%", 8.52, "%", "%", P, f=("연체율", "전체의 연체율은", "", Y, "level", "required", IND))
d.Q("8.70%", "8.70", "%", "%", P,
    f=("연체율", "전체의 연체율은", "", "2024", "level", "required", "a basis figure in brackets after a pointing-back date (전년 말 → 2024, END): that date's value"))
d.Q("0.18%포인트", 0.18, PP, "%포인트", P, f=("연체율", "전체의 연체율은", "", Y, "change", "required", IND + "; 낮아졌다: a change"))
d.Q("94조 3천억 원", 94300000000000, W, "원", "currency",
    f=("대출 잔액", "업계 대출 잔액", "", Y, "level", "required", "업계 names whose figure (an industry: no subject), like 국내 전체; " + SP))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("7조 1천억 원", 7100000000000, W, "원", "currency", f=("대출 잔액", "업계 대출 잔액", "", Y, "change", "required", "감소했다: a change"))
d.Q("26곳", 26, "곳", "곳", C, f=("적자를 낸 저축은행", None, "", Y, "level", "required", IND + "; 지난해 in the clause"))
d.Q("2,000억 원", 200000000000, W, "원", "currency",
    f=("유상증자", None, "SBI홀딩스", "2026-03", "level", "required", "the parent that puts the money in (투입해) is the subject; 유상증자로 names the spend; 올해 3월 in the clause; a plan"))
d.Q("7%", 7, "%", "%", P, approx=True, note="대 after the unit: outside, approx",
    f=("연체율", "업계 연체율", "", "2026-H1", "level", "required",
       "a target for the industry's rate (업계): no subject although the industry body's official says it; 올해 상반기 in the clause"))

# ---------------------------------------------------------------- 005 shipbuilder's orders this year ([이데일리 기자] bracket byline, 올해 and 2028년 in the text)
d = Doc("005_0c9aeb544ab83ff8", "2025-11-17"); docs.append(d)
HO = "한화오션"
d.Oall(HO, HO, special={0: ("required", "headline topic with a comma"), 4: ("required", "the company whose stake is held (한화오션 지분)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("캐피털마리타임", "캐피털마리타임", note="buyer (로부터): a Greek shipping company; 그리스 선사 (a description) outside")
d.O("미쓰이OSK라인", "미쓰이OSK라인", aliases="MOL", note="buyer; (MOL) right after the name is an alias; 일본 outside")
d.O("에버그린마린", "에버그린마린", note="buyer; 대만 outside")
d.O("아틀라스시핑", "아틀라스시핑", note="invented buyer introduced by 신생 선사; 싱가포르 outside")
d.O("한화에어로스페이스", "한화에어로스페이스", note="largest shareholder (최대주주)")
d.O("㈜한화", "㈜한화", note="the group's holding company: ㈜ (주식회사) written as part of the name, it names the company apart from the group (README question)")
Y = "2025"
d.D("올해", Y, "year", ctx="한화오션, 올해", rel=True, note="headline")
d.D("17일", "2025-11-17", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("2028년 하반기", "2028-H2", "half", note="one mention; 까지 outside; the delivery, no quantity")
d.D("올해", Y, "year", ctx="의 올해 누적", rel=True)
d.D("지난해 같은 기간", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="points back to this year's cumulative period (올해 누적): one mention, optional")
d.D("연말", Y, "year", mod="END", rel=True, note="연말까지 (future): this year's end")
CUM = "올해 누적 수주는"
SHIP = "breakdown by ship type (선종별로는): the item counts what the total before it measures (누적 수주), a measure noun before the counted noun; the company and 올해 carried"
d.Q("83억달러", 8300000000, U, "달러", "currency", f=("누적 수주", "올해 누적 수주 83억", HO, Y, "level", "required", "headline: currency written; the headline's own 올해"))
d.Q("92%", 92, "%", "%", P, ctx="달성률 92%", f=("목표 달성률", None, HO, Y, "level", "required", "the headline's 올해 (the … does not split a headline)"))
LEAD = ("17일 only dates the disclosure; the period last set for the same subject earlier in the article is the headline's 올해 "
        "(FACTS: search the clause, the sentence, then earlier in the article)")
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척",
    f=("액화천연가스(LNG) 운반선", None, HO, Y, "level", "required", "the counted noun (no measure noun governs it); the buyer (로부터) is the counterparty; " + LEAD))
d.Q("1조 4,120억 원", 1412000000000, W, "원", "currency", f=("수주", "수주했다고", HO, Y, "level", "required", "수주했다 → the verbal noun; " + LEAD))
d.Q("1척", 1, "척", "척", C, ctx="1척당", st="optional", note="the dummy 1 of a rate denominator (1척당): optional")
d.Q("3,530억 원", 353000000000, W, "원", "currency", approx=True, note="꼴 after the unit: a suffix, outside; approx by the suffix line (README convention)",
    f=("", None, HO, Y, "level", "required", "a price per ship: no noun in the text names it (1척당 is the rate word): empty metric; subject and period of the sentence before"))
d.Q("42척", 42, "척", "척", C, f=("누적 수주", CUM, HO, Y, "level", "required", "A로 늘었다: the new level; 올해 in the clause"))
d.Q("83억 2,000만 달러", 8320000000, U, "달러", "currency", f=("누적 수주", CUM, HO, Y, "level"))
d.Q("12조 1,500억 원", 12150000000000, W, "원", "currency", approx=True, eq=("83억 2,000만 달러",), note="약 → approx; a conversion of the dollar figure",
    f=("누적 수주", CUM, HO, Y, "level", "required", "a conversion: the same metric, subject, period and kind"))
d.Q("90억 5,000만 달러", 9050000000, U, "달러", "currency", f=("수주 목표", None, HO, Y, "level", "required", "연간 qualifies the period and stays outside; 올해 carried"))
d.Q("92%", 92, "%", "%", P, ctx="의 92%",
    f=("수주 목표", None, HO, Y, "level", "required", "X의 N%를 채웠다: the share of X filled; X (수주 목표) is the noun that governs the figure"))
d.Q("31척", 31, "척", "척", C,
    f=("누적 수주", CUM, HO, "2024", "level", "required", "a basis figure in brackets after a pointing-back date (지난해 같은 기간 → 2024): that date's value; the cumulative orders compared"))
d.Q("68억 달러", 6800000000, U, "달러", "currency", f=("누적 수주", CUM, HO, "2024", "level", "required", "as 31척"))
d.Q("22%", 22, "%", "%", P, f=("누적 수주", CUM, HO, Y, "change", "required", "…과 비교하면 … 많다: a change; 금액 기준 is a basis modifier, outside"))
d.Q("18척", 18, "척", "척", C, f=("누적 수주", CUM, HO, Y, "level", "required", SHIP))
d.Q("11척", 11, "척", "척", C, f=("누적 수주", CUM, HO, Y, "level", "required", SHIP))
d.Q("9척", 9, "척", "척", C, f=("누적 수주", CUM, HO, Y, "level", "required", SHIP))
d.Q("4척", 4, "척", "척", C, ctx="기타 4척", f=("누적 수주", CUM, HO, Y, "level", "required", SHIP))
BUY = "a buyer that is the clause's subject (발주처 가운데는 …이, …이 맡겼다) owns the ships it ordered; 올해 carried (this year's buyers)"
d.Q("6척", 6, "척", "척", C, f=("", None, "미쓰이OSK라인", Y, "level", "required", BUY + "; no noun names the count (가장 많았고): empty metric"))
d.Q("5척", 5, "척", "척", C, f=("컨테이너선", "컨테이너선 5척", "에버그린마린", Y, "level", "required", BUY + "; the counted noun before the count"))
d.Q("2척", 2, "척", "척", C, ctx="VLCC 2척", f=("VLCC", "VLCC 2척", "아틀라스시핑", Y, "level", "required", BUY + "; the counted noun before the count"))
d.Q("42.9%", 42.9, "%", "%", P,
    f=("지분", "한화오션 지분", "한화에어로스페이스;㈜한화", "", "level", "required",
       "the holders (와 … 함께 보유) are the subjects; a present stake with no date, and no period set before for these subjects: empty"))
d.Q("7억 3,000만 달러", 730000000, U, "달러", "currency",
    f=("추가 수주", None, HO, Y, "level", "optional",
       "the rest of the target still to fill (남은): no noun names it; 추가 수주 (what will fill it) or the 수주 목표 before? (README question); 관계자 speaks for the company; 연말까지 (2025, END)"))

# ---------------------------------------------------------------- 006 venture-capital fund launch (page with a year-less 입력 stamp, no year anywhere)
d = Doc("006_afbb1d31c69a84c0", "2026-03-12"); docs.append(d)
DO, KV = "다온벤처파트너스", "한국벤처투자"
d.Oall(DO, DO, special={0: ("required", "invented VC, headline topic with a comma"), 3: ("required", "an organization before a person's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O(KV, KV, note="the public anchor investor (앵커 출자자로 나선), operator of the fund of funds")
MF = "the public fund of funds run by 한국벤처투자: an organization, or a program/fund run by one (optional, README question)"
d.Oall("모태펀드", "모태펀드", special={0: ("optional", MF), 1: ("optional", MF)})
d.O("한국산업은행", "한국산업은행", note="investor (출자)")
d.O("우리은행", "우리은행", note="investor, named pair with 각각")
d.O("하나증권", "하나증권", note="investor, named pair with 각각")
d.O("코스닥", "코스닥", st="optional", note="a stock market as modifier (코스닥 상장사): institution or venue? (README question)")
d.O("세영정밀", "세영정밀", note="invented listed company, strategic investor")
d.D("03.12", "2026-03-12", "day", rel=True, st="optional", note="publication stamp with no year (month.day): optional; its clock time not labelled")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", rel=True)
d.D("작년", "2025", "year", rel=True, note="a comparison's basis (작년보다)")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (…하겠다): this year's first half")
NOP = "12일 only dates the announcement; no DATE for the fund, none set before: empty period"
d.Q("1,200억", 120000000000, W, "", "currency", ctx="1,200억 AI", st="optional", note="headline amount, currency implied",
    f=("AI펀드", None, DO, "", "level"))
d.Q("480억", 48000000000, W, "", "currency", ctx="480억 출자", st="optional", note="headline amount, currency implied",
    f=("출자", "480억 출자", "모태펀드", "", "level"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("펀드", "펀드를 1,200억", DO, "", "level", "required", "N원 규모로 결성: the metric of a 규모 amount is the thing whose size it is (펀드); " + NOP))
d.Q("1,000억 원", 100000000000, W, "원", "currency", f=("목표", "당초 목표", DO, "", "level", "required", "당초 (originally) outside; subject carried; " + NOP))
d.Q("20%", 20, "%", "%", P, ctx="20% 많다", f=("결성액", "결성액은 당초", DO, "", "change", "required", "…보다 N% 많다: a change; " + NOP))
d.Q("40%", 40, "%", "%", P,
    f=("결성액", "전체 결성액의", KV, "", "level", "required",
       "X의 N%인 …을 출자했다: the share of X (결성액; 전체 = the whole) the anchor put in; the anchor that 출자했다 is the subject; the fund it went through (모태펀드를 통해) is the means"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("출자", "원을 출자했다", KV, "", "level", "required", "출자했다 → the verbal noun; " + NOP))
LP = "출자했고 → the verbal noun of the list's verb; each investor is the subject of its own figure"
d.Q("200억 원", 20000000000, W, "원", "currency", ctx="은행이 200억 원", f=("출자", "원을 출자했고", "한국산업은행", "", "level", "required", LP))
d.Q("150억 원", 15000000000, W, "원", "currency", f=("출자", "원을 출자했고", "우리은행", "", "level", "required", LP + "; 각각 follows the order of the named pair"))
d.Q("100억 원", 10000000000, W, "원", "currency", f=("출자", "원을 출자했고", "하나증권", "", "level", "required", LP + "; 각각"))
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="출자자로 50억 원",
    f=("출자", "원을 출자했고", "세영정밀", "", "level", "required", "넣었다 is a plain verb; as a 출자자 in the list of contributions, the list's 출자 names what it measures"))
d.Q("220억 원", 22000000000, W, "원", "currency",
    f=("출자", "원을 출자했고", "", "", "level", "required", "the rest of the contributions (나머지), by unnamed investors (연기금과 공제회 등): empty subject"))
d.Q("4년", 4, "year", "년", "duration", note="4년간: 간 outside, a duration, no fact")
d.Q("25곳", 25, "곳", "곳", C, approx=True, note="안팎 → approx",
    f=("초기·성장 기업", None, DO, "", "level", "required", "회사는 = the story's company (the fund is its means, 이 펀드로); 앞으로 is no DATE: a plan with no period"))
d.Q("60%", 60, "%", "%", P, bound="min", note="이상 → min",
    f=("약정액", None, DO, "", "level", "required", "X의 N% → X; the sentence continues about the company's fund (subject carried); no date"))
d.Q("7년", 7, "year", "년", "duration", bound="max", note="이내 → max; a duration, no fact")
d.Q("6,800억 원", 680000000000, W, "원", "currency",
    f=("운용자산", None, DO, "", "level", "required", "A로 늘었다: the new level; genitive owner; no DATE and none set before for the company: empty"))
d.Q("3곳", 3, "곳", "곳", C, f=("포트폴리오 기업", None, DO, "2025", "level", "required", "회사는; 지난해 in the clause"))
d.Q("740억 원", 74000000000, W, "원", "currency", f=("회수액", None, DO, "2025", "level", "required", "the same sentence's 지난해, subject carried"))
d.Q("8곳", 8, "곳", "곳", C,
    f=("스타트업", "스타트업 8곳", DO, "2026-H1", "level", "required", "a plan in the head's quote: the company's figure (the quote names no other subject); 상반기에만 in the clause; 작년보다 dates the pace only"))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("투자", "원을 투자하겠다", DO, "2026-H1", "level", "required", "투자하겠다 → the verbal noun; as 8곳"))

if __name__ == "__main__":
    write_all(docs)
