"""Gold labels of articles-holdout35, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout35/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company's housing supply plan and orders (뉴스1 dateline)
d = Doc("001_ac770b06f5e21a49", "2026-01-19"); docs.append(d)
HG = "한결건설"
d.Oall(HG, HG, special={0: ("required", "headline topic with a comma"),
                        3: ("required", "the company whose stake is held (한결건설 지분)"),
                        4: ("required", "an organization before a person's title (한결건설 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; its digit is part of a name, not a quantity")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: an alias, outside the span")
d.O("한결홀딩스", "한결홀딩스", note="invented parent (모회사)")
d.O("한결리빙", "한결리빙", note="invented subsidiary (자회사)")
Y, L = "2026", "2025"
d.D("올해", Y, "year", ctx="한결건설, 올해", rel=True)
d.D("올해", Y, "year", ctx="한결건설이 올해", rel=True)
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", L, "year", ctx="지난해 공급 실적", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause (오는): the next March")
d.D("지난해", L, "year", ctx="한결건설은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", L, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해", L, "year", ctx="한결홀딩스는 지난해", rel=True)
d.D("올해", Y, "year", ctx="한결리빙은 올해", rel=True)
d.D("2026년", "2026", "year")
d.D("지난해", L, "year", ctx="지난해 14위", rel=True)
BR = ("breakdown item (지역별로는 / 이 가운데): its own clause names only a part (a region, a business segment), no measure; "
      "it counts what the total it breaks down counts (README convention 1); the company carried; the total's period")
d.Q("2만1천가구", 21000, "가구", "가구", C,
    f=("아파트", "올해 아파트", HG, Y, "level", "required", "the counted noun before the count; 올해 in the headline"))
d.Q("9조 원", 9000000000000, W, "원", "currency", ctx="목표 9조 원",
    f=("신규 수주 목표", None, HG, Y, "level", "required", "headline: 올해 earlier in the same headline"))
d.Q("38개", 38, "개", "개", C, f=("단지", "38개 단지", HG, Y, "level"))
d.Q("2만 1,400가구", 21400, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", "the counted noun phrase before the count; 올해 in the sentence"))
d.Q("1만 6,200가구", 16200, "가구", "가구", C,
    f=("공급 실적", None, HG, L, "level", "required", "a figure alone in brackets right after a noun measures that noun; 지난해 before it"))
d.Q("32%", 32, "%", "%", P,
    f=("물량", None, HG, Y, "change", "required", "…보다 32% 많은 물량: a change against the basis; period the current one (올해), not the basis"))
d.Q("1만 2,800가구", 12800, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("60%", 60, "%", "%", P,
    f=("아파트와 오피스텔", None, HG, Y, "level", "optional",
       "전체의 60%를 차지: no noun names the share (전체 names only the whole); the total's counted noun, or empty? (README question 1)"))
d.Q("6,100가구", 6100, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("2,500가구", 2500, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("2,350가구", 2350, "가구", "가구", C,
    f=("가장 큰 단지", None, HG, "2026-03", "level", "required",
       "a copula clause whose topic names what the figure measures; 오는 3월 in the figure's own clause (the relative clause on the site)"))
d.Q("7조 8,600억 원", 7860000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level"))
d.Q("14.5%", 14.5, "%", "%", P, f=("신규 수주", "지난해 신규 수주", HG, L, "change", "required", "전년보다 = basis; the period the current one"))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level", "required", BR))
d.Q("2조 7,600억 원", 2760000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level", "required", BR))
d.Q("4건", 4, "건", "건", C,
    f=("공공주택 사업", None, HG, L, "level", "required",
       "the counted noun before the count; the winner (따냈다, subject carried) owns it, the orderer in the relative clause (LH가 발주한) does not; the paragraph's 지난해"))
d.Q("9,300억 원", 930000000000, W, "원", "currency",
    f=("공공주택 사업", None, HG, L, "level", "required", "a figure alone in brackets after a counted noun phrase: the size of those projects"))
d.Q("31조 2,000억 원", 31200000000000, W, "원", "currency", f=("수주 잔고", None, HG, L, "level", "required", "지난해 말 기준 (value 2025, END)"))
d.Q("6년", 6, "year", "년", "duration", ctx="약 6년", approx=True, note="약 before, 치 after (outside, like 달러치): approx; an amount of time, no fact")
d.Q("52.4%", 52.4, "%", "%", P,
    f=("지분", "한결건설 지분", "한결홀딩스", L, "level", "required",
       "the holder (모회사 한결홀딩스는) owns the stake, not the company whose shares they are; 52.4%로 늘렸고: the new level (로), no difference written"))
d.Q("4,500억 원", 450000000000, W, "원", "currency", f=("수주 목표", "수주 목표를 4,500억", "한결리빙", Y, "level"))
d.Q("9조 원", 9000000000000, W, "원", "currency", ctx="수주 9조 원을",
    f=("신규 수주", "2026년 신규 수주", HG, "2026", "level", "required",
       "a target in a quote of the company's head (박정우 한결건설 대표): the company's; 2026년 in the clause"))
d.Q("14위", 14, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("10위", 10, "위", "위", "ordinal", note="a rank: ordinal, no fact")

# ---------------------------------------------------------------- 002 bank holding's quarterly results with subsidiaries (머니투데이 bracket byline)
d = Doc("002_a8fb230c7bc8e3ca", "2025-10-28"); docs.append(d)
HM = "한마음금융지주"
d.O("한마음금융", HM, ctx="한마음금융, 3분기", note="short form of 한마음금융지주 (full name in the lead); headline topic with a comma")
d.O("카드", "한마음카드", ctx="카드 부진", st="optional",
    note="a bare 카드: the subsidiary 한마음카드 by a short form, or the card business (a generic word)?")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(HM, HM)
d.O("한마음은행", "한마음은행", note="invented subsidiary (핵심 자회사)")
d.O("한마음카드", "한마음카드")
d.O("한마음캐피탈", "한마음캐피탈")
d.O("한마음저축은행", "한마음저축은행")
d.O("한마음자산운용", "한마음자산운용")
d.O("한마음금융", HM, ctx="김도현 한마음금융", note="short form before a person's title")
d.O("카드", "한마음카드", ctx="카드 연체율", st="optional", note="as the headline's bare 카드: the subsidiary or the card business")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한마음금융, 3분기", rel=True, note="no year in the headline: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="a year before a quarter: one mention")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the lead's 3분기")
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters, no year: this year's")
d.D("지난해", "2024", "year", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기) to the story's quarter")
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 3,310억", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (관리하겠다): the coming Q4")
ST = ("the lead's quarter is the story's period; the 1~3분기 cumulative sentence and the basis's 지난해 set no new period for the "
      "later quarterly figures (전 분기보다 confirms a quarter) (README convention 2)")
d.Q("4,120억", 412000000000, W, "", "currency", ctx="순이익 4,120억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 4,120억…", HM, Q3, "level"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("당기순이익", None, HM, Q3, "level", "required", "2025년 3분기 in the clause; 연결 기준 a basis modifier, outside"))
d.Q("3,650억 원", 365000000000, W, "원", "currency",
    f=("당기순이익", None, HM, "2024-Q3", "level", "required",
       "the basis figure in brackets after 전년 동기 (an optional DATE, value 2024-Q3): the DATE attached to it is its period; the measure of the figure before"))
d.Q("12.9%", 12.9, "%", "%", P,
    f=("실적", "최대 실적", HM, Q3, "change", "required", "늘어난 … 실적: the noun the change's clause modifies; a comparison's period is the current one"))
d.Q("1조 1,380억 원", 1138000000000, W, "원", "currency", f=("누적 순이익", None, HM, "2025-Q1/2025-Q3", "level"))
d.Q("1조 1,020억 원", 1102000000000, W, "원", "currency",
    f=("순이익", "연간 순이익(", HM, "2024", "level", "required", "a figure alone in brackets after a noun measures that noun; 연간 (a period modifier) outside; 지난해"))
d.Q("1조 2,540억 원", 1254000000000, W, "원", "currency", f=("이자이익", "이자이익은 1조", HM, Q3, "level", "required", ST))
d.Q("3.4%", 3.4, "%", "%", P, f=("이자이익", "이자이익은 1조", HM, Q3, "change", "required", ST))
d.Q("1.94%", 1.94, "%", "%", P, f=("순이자마진", None, HM, Q3, "level", "required", "(NIM) an alias of the metric, outside; " + ST))
d.Q("0.03%포인트", "0.03", PP, "%포인트", P, f=("순이자마진", None, HM, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("비이자이익", None, HM, Q3, "level", "required", ST))
d.Q("3,310억 원", 331000000000, W, "원", "currency", f=("순이익", "3분기 순이익 3,310억", "한마음은행", Q3, "level", "required", "the subsidiary is its clause's subject; 3분기 in the clause"))
d.Q("80%", 80, "%", "%", P,
    f=("그룹 이익", None, "한마음은행", Q3, "level", "required", "X의 N%를 책임졌다: a share of the whole named before 의; the bank's share (subject kept)"))
SUBL = "a named list of units (계열사별로는): each unit is its clause's topic and owns its figure; the list's measure 순이익 (nearest mention); 3분기"
d.Q("1,020억 원", 102000000000, W, "원", "currency", ctx="1,020억 원에서",
    f=("순이익", None, "한마음카드", "", "level", "optional",
       "A에서 B로: the old level is the basis (a year earlier, implied, no DATE written): period empty, or 2024-Q3, or the carried 3분기? (README question 2)"))
d.Q("780억 원", 78000000000, W, "원", "currency", f=("순이익", None, "한마음카드", Q3, "level", "required", SUBL))
d.Q("23.5%", 23.5, "%", "%", P, f=("순이익", None, "한마음카드", Q3, "change", "required", SUBL + "; 줄었고: a change"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("순이익", "60억 원의 순이익", "한마음캐피탈", Q3, "level", "required", SUBL))
d.Q("60억 원", 6000000000, W, "원", "currency", f=("순이익", "60억 원의 순이익", "한마음저축은행", Q3, "level", "required", "N원의 순이익: the noun after 의; " + SUBL))
d.Q("12억 원", 1200000000, W, "원", "currency", f=("적자", None, "한마음자산운용", Q3, "level", "required", "N원 적자: 적자 is the measure (a loss), the value stays as written"))
d.Q("13.1%", 13.1, "%", "%", P,
    f=("보통주자본비율", None, HM, "2025-09", "level", "required",
       "new paragraph after the subsidiaries' list: a group-level ratio, the holding (the last sentence's 자산운용 is not continued); 9월 말 기준 (value 2025-09, END)"))
d.Q("600원", 600, W, "원", "currency",
    f=("배당", "분기 배당과", HM, Q3, "level", "optional",
       "주당 (no number) a rate word; 분기 a period modifier, outside; period: the quarter the dividend is for (3분기), the carried 9월 말 of the sentence before, or none (a decision)? (README question 3)"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("자사주 매입", None, HM, "", "level", "optional",
       "X 규모의 Y → Y; a decided buyback (future) with no date of its own: empty, or the carried 9월 말? (README question 3)"))
d.Q("1.5%", 1.5, "%", "%", P, bound="max", note="이하 → max",
    f=("카드 연체율", None, HM, "2025-Q4", "level", "optional",
       "a target in the holding CFO's quote: the holding's, or the card subsidiary's (카드 = 한마음카드?) (README question 4); 4분기 in the clause"))

# ---------------------------------------------------------------- 003 city festival tourism statistics (연합뉴스 dateline, no year anywhere)
d = Doc("003_554fa1de7019f4c7", "2025-10-16"); docs.append(d)
JJ = "전주시"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(JJ, JJ, special={0: ("required", "a city acting as a government (reports the statistic); 전북 (place) outside"),
                        2: ("required", "an organization before 관계자: its spokesperson")})
d.O("비씨카드", "비씨카드", note="partner of the card-data analysis (와 함께)")
d.O("전주문화관광재단", "전주문화관광재단", note="invented foundation introduced by what it does (한옥마을을 관리하는)")
d.O("한국관광공사", "한국관광공사")
FR = "2025-10-09/2025-10-13"
d.D("지난 9일", "2025-10-09", "day", rel=True, note="A부터 B까지: two mentions; the latest 9th on or before 2025-10-16")
d.D("13일", "2025-10-13", "day", ctx="13일까지", rel=True, note="a bare day ending a range takes the start's month")
d.D("16일", "2025-10-16", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("작년", "2024", "year", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
EV = ("a statistic of an event's visitors (an event is no ORG; the city only reports it): empty subject; the festival's days "
      "(지난 9일부터 13일까지) are the period of the story's statistics (README convention 3)")
BR = "breakdown item (국가별로는): a country is no ORG; it counts what the total before counts (외국인 방문객) (README convention 1); " + EV
d.Q("4만명", 40000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("외국인", None, "", "", "level", "required", "headline: the counted noun before the count; no DATE in the headline and nothing before it: empty period; " + EV.split(";")[0]))
d.Q("2배", 2, "배", "배", C, ctx="2배로",
    f=("대만 관광객", None, "", "", "change", "required", "N배로 (grew to N times): a rate of change; headline with no DATE: empty period; country no ORG"))
d.Q("닷새", 5, "day", "닷새", "duration", note="native day word (닷새 = 5 days); 간 outside; no fact")
d.Q("52만 3천 명", 523000, "명", "명", C, f=("내외국인", None, "", FR, "level", "required", "the counted noun before the count; " + EV))
d.Q("44만 8천 명", 448000, "명", "명", C,
    f=("내외국인", None, "", "2024", "level", "optional",
       "last year's festival's visitors in brackets after 지난해 축제: the measure of the figure before (내외국인), or 축제 (the noun before the bracket), or empty? (README question 5); 지난해 dates it"))
d.Q("16.7%", 16.7, "%", "%", P,
    f=("내외국인", None, "", FR, "change", "required", "늘었다 with its subject dropped: continues the figure before (its counted noun); the current period, not the basis; " + EV))
d.Q("4만 1,200명", 41200, "명", "명", C, f=("외국인 방문객", None, "", FR, "level", "required", EV))
d.Q("4만 명", 40000, "명", "명", C, bound="gt", note="넘었다 → gt", f=("외국인 방문객", None, "", FR, "level", "required", EV))
d.Q("1만 1,300명", 11300, "명", "명", C, f=("외국인 방문객", None, "", FR, "level", "required", BR))
d.Q("8,900명", 8900, "명", "명", C, f=("외국인 방문객", None, "", FR, "level", "required", BR))
d.Q("7,400명", 7400, "명", "명", C, f=("외국인 방문객", None, "", FR, "level", "required", BR))
d.Q("3,100명", 3100, "명", "명", C, f=("외국인 방문객", None, "", FR, "level", "required", BR))
d.Q("2배", 2, "배", "배", C, ctx="2배 가까이", approx=True, note="가까이 (nearly) read as an approximator, outside the span",
    f=("대만 관광객", None, "", FR, "change", "required", "작년보다 = basis; N배 늘었다: a rate of change; " + EV))
d.Q("318억 원", 31800000000, W, "원", "currency",
    f=("방문객이 쓴 돈", None, "", FR, "level", "required",
       "the analysts (전주시가 비씨카드와 함께 … 분석한 결과) are the source, not the subject; 축제 기간 names the festival whose days are given"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("27만 원", 270000, W, "원", "currency", f=("평균 지출액", None, "", FR, "level", "required", "1인당 (a rate word) outside the metric; " + EV))
d.Q("9만 4천 원", 94000, W, "원", "currency",
    f=("평균 지출액", None, "", FR, "level", "required", "a figure alone in brackets after a group (내국인) is that group's value of the measure compared"))
d.Q("3배", 3, "배", "배", C, approx=True, note="약 → approx",
    f=("평균 지출액", None, "", FR, "level", "optional",
       "a ratio between two groups (내국인의 약 3배였다), no change over time: a level or a change? (README question 6)"))
d.Q("91%", 91, "%", "%", P,
    f=("객실 가동률", None, "", FR, "level", "required", "까지 is a particle (outside, no bound): the level reached; lodgings not named: empty subject; " + EV))
d.Q("120명", 120, "명", "명", C,
    f=("외국어 안내 인력", None, "전주문화관광재단", FR, "level", "required", "the foundation deployed them (투입했고); 이번 축제에 names the festival whose days are given"))
d.Q("15곳", 15, "곳", "곳", C,
    f=("여행사", None, "한국관광공사", FR, "level", "optional",
       "the partners (여행사 15곳과 손잡고) of the tourism organization: its figure; period: the festival (축제 상품) or none? (README question 5)"))
d.Q("30만 명", 300000, "명", "명", C,
    f=("외국인 관광객", None, JJ, "2025", "level", "required", "a target told by the city's spokesperson (전주시 관계자): the city's (유치하겠다); 연말까지 (2025, END)"))

# ---------------------------------------------------------------- 004 automaker's monthly sales and its rival's (뉴시스 dateline, no explicit year)
d = Doc("004_cd7ad0a5a65544a9", "2025-12-01"); docs.append(d)
RK, KG = "르노코리아", "KG모빌리티"
d.Oall(RK, RK, special={0: ("required", "headline topic with a comma")})
d.O("KGM", KG, ctx="KGM은", note="the short name given as an alias in the text (KG모빌리티(KGM)): a mention of the same organization")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(KG, KG, aliases="KGM", note="(KGM) right after the name: an alias, outside the span")
N, NB = "2025-11", "2024-11"
d.D("지난달", N, "month", ctx="르노코리아, 지난달", rel=True)
d.D("지난달", N, "month", ctx="르노코리아는 지난달", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동월", NB, "month", ctx="전년 동월보다 38.2%", rel=True, st="optional", anchor="2025-11-01", note="points back to 지난달")
d.D("전년 동월", NB, "month", ctx="전년 동월(1,200대)", rel=True, st="optional", anchor="2025-11-01", note="points back to 지난달")
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("같은 날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01", note="points back (like 당일) to the day of the first announcement (1일)")
d.D("지난달", N, "month", ctx="(KGM)는 지난달", rel=True)
d.D("전년 동월", NB, "month", ctx="전년 동월 대비", rel=True, st="optional", anchor="2025-11-01", note="points back to 지난달")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 in an outlook: this year's end")
PR = ("a model is a product, not an ORG: a product's figure has an empty subject; the paragraph's measure (내수에서는 / 수출은) "
      "names what it counts; the period last set for that measure (지난달)")
d.Q("1만2천대", 12000, "대", "대", C,
    f=("", None, RK, N, "level", "required", "팔아 is a plain verb, not a verbal noun: no noun names the count, empty metric; 지난달 in the headline"))
d.Q("38%", 38, "%", "%", P, ctx="38% 증가",
    f=("", None, RK, N, "change", "required", "증가 is a change word, no measure: the figure before's (empty) metric"))
d.Q("5.6%", 5.6, "%", "%", P, ctx="KGM은 5.6%",
    f=("", None, KG, N, "change", "required", "KGM은 … 감소: the rival's own figure; no measure named; the headline's 지난달 (its sentence)"))
d.Q("5,120대", 5120, "대", "대", C, f=("내수", "내수 5,120대", RK, N, "level"))
d.Q("7,040대", 7040, "대", "대", C, f=("수출", "수출 7,040대", RK, N, "level"))
d.Q("1만 2,160대", 12160, "대", "대", C, f=("판매", "판매했다고", RK, N, "level", "required", "판매했다 → the verbal noun 판매 (no other noun names the total)"))
d.Q("38.2%", 38.2, "%", "%", P,
    f=("판매", "판매했다고", RK, N, "change", "required", "…증가한 수치다: 수치 (a figure) only restates; the figure before's measure; 전년 동월보다 = basis"))
d.Q("3,480대", 3480, "대", "대", C, f=("내수", "내수에서는", "", N, "level", "required", PR))
d.Q("68%", 68, "%", "%", P,
    f=("내수", "내수에서는", "", N, "level", "optional", "전체의 68%를 차지: no noun names the share (전체 names only the whole); the paragraph's 내수, or empty? (README question 1); " + PR))
d.Q("920대", 920, "대", "대", C, f=("내수", "내수에서는", "", N, "level", "required", PR))
d.Q("640대", 640, "대", "대", C, f=("내수", "내수에서는", "", N, "level", "required", PR))
d.Q("12.4%", 12.4, "%", "%", P, f=("내수", "내수에서는", "", N, "change", "required", "각각: the first product's change; " + PR))
d.Q("41.0%", "41.0", "%", "%", P, f=("내수", "내수에서는", "", N, "change", "required", "각각: the second product's change; value as written; " + PR))
d.Q("4,850대", 4850, "대", "대", C, f=("수출", "수출은 그랑", "", N, "level", "required", PR))
d.Q("1,200대", 1200, "대", "대", C,
    f=("수출", "수출은 그랑", "", NB, "level", "required", "the basis figure in brackets after 전년 동월 (an optional DATE, value 2024-11): its period; " + PR))
d.Q("4배", 4, "배", "배", C, f=("수출", "수출은 그랑", "", N, "change", "required", "N배로 늘었다 against a basis: a rate of change; " + PR))
d.Q("11만 3,400대", 113400, "대", "대", C,
    f=("누적 판매", None, RK, "2025-01/2025-11", "level", "required",
       "no product in the clause: the company's total, the story's organization (르노코리아) carried; 올해 1~11월 in the clause"))
d.Q("10만 6,000대", 106000, "대", "대", C,
    f=("판매량", None, RK, "2024", "level", "required", "a figure alone in brackets after a noun measures that noun; 연간 (a period modifier) outside; 지난해"))
d.Q("4,230대", 4230, "대", "대", C, f=("내수", "내수 4,230대", KG, N, "level"))
d.Q("5,910대", 5910, "대", "대", C, f=("수출", "수출 5,910대", KG, N, "level"))
d.Q("1만 140대", 10140, "대", "대", C,
    f=("", None, KG, N, "level", "required", "팔았다 is a plain verb, not a verbal noun: empty metric (contrast 판매했다 in the lead)"))
d.Q("5.6%", 5.6, "%", "%", P, ctx="5.6% 감소했다",
    f=("", None, KG, N, "change", "required", "continues the figure before (its metric empty); 전년 동월 대비 = basis"))
d.Q("1,870대", 1870, "대", "대", C,
    f=("내수 판매", None, "", N, "level", "required", "the product (토레스 하이브리드) is no ORG: empty subject; the noun of the measure it leads (내수 판매)"))
d.Q("9.3%", 9.3, "%", "%", P,
    f=("수출", "수출은 튀르키예", KG, N, "change", "required", "the company's exports (no product in the clause), KGM carried; 유럽 시장 a cause, no subject"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun that is not a counter (회사)")
d.Q("1년", 1, "year", "년", "duration", note="1년 만에: a duration (만에 outside), no fact")
d.Q("1만 대", 10000, "대", "대", C, bound="min", note="이상 → min; 월 (no number) a rate word",
    f=("판매", "판매를 이어갈", RK, "2025", "level", "required", "an outlook on the company (르노코리아가 … 이어갈 것); 연말까지 (2025, END)"))

# ---------------------------------------------------------------- 005 a ministry's wage-arrears enforcement statistics (연합뉴스 dateline, 2025년 1~9월)
d = Doc("005_9e618c37696de703", "2025-10-23"); docs.append(d)
ML = "고용노동부"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(ML, ML, special={1: ("required", "an organization before a person's title (고용노동부 장관)")})
d.O("검찰", "검찰", st="optional", note="unnamed institution noun")
d.O("대명이엔씨", "대명이엔씨", note="invented company introduced by what it is (건설 하도급업체)")
d.O("세광푸드", "세광푸드", note="invented company introduced by what it is (식품 제조사)")
d.O("한빛로지스", "한빛로지스", note="invented company introduced by what it is (물류업체)")
d.O("노동부", ML, ctx="노동부는", note="short form of 고용노동부 (named in full in the lead)")
d.O("정부", "정부", st="optional", note="unnamed institution noun, here a modifier (정부 지원금)")
FR, FB = "2025-01/2025-09", "2024-01/2024-09"
d.D("1~9월", FR, "month", ctx="1~9월 임금체불", rel=True, note="headline range of months, no year: this year's")
d.D("2025년 1~9월", FR, "month", note="a year before a range of months: one mention")
d.D("23일", "2025-10-23", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해 같은 기간", FB, "month", rel=True, st="optional", anchor="2025-01-01",
    note="one mention (like 전년 동기): points back to the story's 1~9월")
d.D("전년 동기", FB, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 1~9월")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (감독하고 … 제한한다): the coming Q4")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
HD = ("a headline with no organization and nothing before it: by the letter of the dropped-subject line, empty; "
      "a reader knows the figure as the lead's ministry's (README question 7)")
EN = "an enforcement agency's count of what it inspected, found or imposed is its figure (고용노동부 the agent, carried) (README convention 4)"
AG = ("an aggregate of unnamed employers' arrears found by the ministry: the ministry's enforcement figure, or several "
      "organizations taken together and not named (empty)? (README question 7)")
d.Q("1,284건", 1284, "건", "건", C, ctx="1,284건 적발",
    f=("적발", "1,284건 적발", ML, FR, "level", "optional", "적발 (the verbal noun after it); 1~9월 in the headline; " + HD))
d.Q("87억 원", 8700000000, W, "원", "currency", f=("과태료", "과태료 87억", ML, FR, "level", "optional", HD))
d.Q("3,460곳", 3460, "곳", "곳", C, f=("사업장", "전국 사업장", ML, FR, "level", "required", "the counted noun before the count; " + EN))
d.Q("1,284건", 1284, "건", "건", C, ctx="1,284건을",
    f=("노동관계법 위반", None, ML, FR, "level", "required", "the ministry is the subject of 적발했다; " + EN))
d.Q("1,016건", 1016, "건", "건", C,
    f=("노동관계법 위반", None, ML, FB, "level", "required",
       "the basis figure in brackets after 지난해 같은 기간 (an optional DATE, value 2024-01/2024-09): its period; the measure of the figure before"))
d.Q("26.4%", 26.4, "%", "%", P, f=("노동관계법 위반", None, ML, FR, "change", "required", "늘었다, subject dropped: continues the figure before; the current period"))
d.Q("87억 3,000만 원", 8730000000, W, "원", "currency", f=("과태료", "부과한 과태료", ML, FR, "level", "required", "부과한 (the ministry, the imposer, carried); " + EN))
d.Q("1.6배", 1.6, "배", "배", C,
    f=("과태료", "부과한 과태료", ML, FR, "change", "required", "N배에 달했고 against last year's same period: a rate of change over time"))
d.Q("212명", 212, "명", "명", C,
    f=("사업주", None, ML, FR, "level", "required", "the counted noun before the count; referred (송치됐다) by the ministry, carried; " + EN))
d.Q("642억 원", 64200000000, W, "원", "currency", f=("체불 임금", None, ML, FR, "level", "optional", AG))
d.Q("518억 원", 51800000000, W, "원", "currency", f=("체불 임금", None, ML, FR, "level", "optional", "이 가운데: a part of the figure before, its measure; " + AG))
d.Q("80.7%", 80.7, "%", "%", P, f=("체불 임금", None, ML, FR, "level", "optional", "a share in brackets after the part; " + AG))
d.Q("9,870명", 9870, "명", "명", C, f=("노동자", "노동자 9,870명", ML, FR, "level", "optional", "the workers paid back: " + AG))
CO = ("a named company is its clause's topic (업체별로는): its own figure; the story's period (1~9월, the lead's) for a subject with "
      "no period of its own")
d.Q("430명", 430, "명", "명", C, f=("노동자", "노동자 430명", "대명이엔씨", FR, "level", "required", CO))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("임금", "임금 38억", "대명이엔씨", FR, "level", "required", CO))
d.Q("11억 원", 1100000000, W, "원", "currency", f=("연장근로수당", None, "세광푸드", FR, "level", "required", CO))
d.Q("7억 5,000만 원", 750000000, W, "원", "currency", f=("퇴직금", None, "한빛로지스", FR, "level", "required", CO))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun that is not a counter (회사)")
d.Q("2억 1,000만 원", 210000000, W, "원", "currency",
    f=("과태료", "각각 과태료", "세광푸드", FR, "level", "required", "두 회사 = the named pair before; 각각 follows their order: the first"))
d.Q("1억 4,000만 원", 140000000, W, "원", "currency",
    f=("과태료", "각각 과태료", "한빛로지스", FR, "level", "required", "각각: the second of the named pair"))
d.Q("300곳", 300, "곳", "곳", C, f=("사업장", "사업장 300곳", ML, "2025-Q4", "level", "required", "노동부 = 고용노동부; 4분기에 in the clause"))
d.Q("1년", 1, "year", "년", "duration", note="1년간: a duration (간 outside), no fact")
d.Q("30%", 30, "%", "%", P,
    f=("체불액", None, ML, "2026-H1", "change", "optional",
       "줄이겠다: a change; the minister's target is the ministry's, but 체불액 is the national arrears (a figure of no ORG)? (README question 7); 내년 상반기까지"))

# ---------------------------------------------------------------- 006 game company's IPO (입력 stamp + outlet byline)
d = Doc("006_c65dc09b9e494a83", "2026-04-07"); docs.append(d)
PX = "픽셀웨이브게임즈"
d.Oall(PX, PX, special={0: ("required", "headline topic with a comma; invented game developer")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("한국투자파트너스", "한국투자파트너스", note="introduced by what it is (벤처캐피털); holder of a stake")
d.O("미래에셋증권", "미래에셋증권", note="underwriter (대표 주관사)")
d.O("NH투자증권", "NH투자증권", note="underwriter (공동 주관사)")
d.O("코스닥", "코스닥", st="optional", note="a securities market (a place to list) or the institution running it? not settled")
FC = "2026-03-31/2026-04-06"
d.D("2026.04.07", "2026-04-07", "day", st="optional", note="publication stamp (its clock time 16:45 not labelled)")
d.D("7일", "2026-04-07", "day", ctx="7일 공시", rel=True, note="day of the disclosure (공시했다)")
d.D("지난달 31일", "2026-03-31", "day", rel=True, note="A부터 B까지: two mentions")
d.D("이달 6일", "2026-04-06", "day", rel=True)
d.D("지난해", "2025", "year", rel=True)
d.D("오는 9~10일", "2026-04-09/2026-04-10", "day", rel=True, note="a range of days with 오는: one mention")
d.D("17일", "2026-04-17", "day", rel=True, note="상장 예정일 (future): the next 17th")
d.D("2028년", "2028", "year")
TERM = ("an offering term: no DATE of its own; the period last set for the company is the forecast's days (지난달 31일부터 이달 6일까지) "
        "by the letter of carry-forward, but a term of the offering is not a figure of those days: empty or that range? (README question 8)")
FCQ = ("the participants of the company's demand forecast: the company's figure, or unnamed institutions taken together (empty)? "
       "(README question 8); the forecast's days in the clause")
d.Q("3만2천원", 32000, W, "원", "currency",
    f=("공모가", "공모가 3만2천원", PX, "", "level", "required", "headline: no DATE in it and nothing before it, empty period"))
d.Q("1,124대 1", 1124, "대", "대 1", C, st="optional", note="a competition ratio (N대 1): 대 means 'to', no unit in the guideline's sense")
d.Q("2만 7,000~3만 2,000원", 27000, W, "원", "currency", hi=32000, note="a price band: one range mention",
    f=("희망 범위", "희망 범위(", PX, "", "level", "required", "a figure alone in brackets after a noun measures that noun; 7일 only dates the disclosure: empty period"))
d.Q("3만 2,000원", 32000, W, "원", "currency", ctx="최상단인 3만 2,000원",
    f=("공모가", "공모가를", PX, "", "level", "required", "공모가를 … N원으로 확정: the object it sets; 7일 only dates the disclosure: empty period"))
d.Q("2,146곳", 2146, "곳", "곳", C, f=("기관", "국내외 기관", PX, FC, "level", "optional", FCQ))
d.Q("1,124.3대 1", "1124.3", "대", "대 1", C, st="optional", note="a competition ratio (N대 1): 대 means 'to', no unit in the guideline's sense")
d.Q("97.8%", 97.8, "%", "%", P, f=("참여 기관", None, PX, FC, "level", "optional", "X의 N%: a share of the group named before 의; " + FCQ))
d.Q("400만 주", 4000000, "주", "주", C, f=("공모 주식", None, PX, "", "level", "optional", TERM))
d.Q("1,280억 원", 128000000000, W, "원", "currency", f=("공모 금액", None, PX, "", "level", "optional", TERM))
d.Q("1조 560억 원", 1056000000000, W, "원", "currency", approx=True, note="수준 after the amount read as an approximator (like 정도)",
    f=("시가총액", None, PX, "", "level", "optional", "상장 후 (after the listing, future): empty, the listing day (17일), or the carried forecast days? (README question 8)"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("매출", "지난해 매출", PX, "2025", "level", "required", "회사는 = the company; 지난해 in the clause"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", None, PX, "2025", "level"))
d.Q("61%", 61, "%", "%", P, f=("매출", "매출의 61%", PX, "2025", "level", "required", "X의 N%: a share of the measure named before 의 (해외 a place, outside); 지난해 carried"))
d.Q("3,200만 건", 32000000, "건", "건", C, bound="gt", note="넘었다 → gt",
    f=("누적 다운로드", None, "", "", "level", "required", "a product's figure (대표작 '에테르 크로니클'은): empty subject; no DATE for it, none set for that measure: empty period"))
d.Q("34.5%", 34.5, "%", "%", P,
    f=("지분", None, "", "", "level", "required", "a person's stake (창업자 윤태경 대표): no subject; a present holding, no DATE: empty period"))
d.Q("18.2%", 18.2, "%", "%", P,
    f=("지분", None, "한국투자파트너스", "", "level", "required", "the holder is its clause's subject; the measure of the figure before (지분); no DATE: empty"))
d.Q("600억 원", 60000000000, W, "원", "currency",
    f=("개발", "3종 개발", PX, "", "level", "optional",
       "공모 자금 중 N원을 X에 투입: metric the use (개발; 신작 3종 개발 holds a quantity) or the whole (공모 자금)? period: none (a plan), or 2028년 of its sentence? (README question 9)"))
d.Q("3종", 3, "종", "종", C,
    f=("신작", None, PX, "", "level", "optional", "the counted noun before the counter; a plan in the CEO's quote: period none, or 2028년 of its sentence? (README question 9)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency",
    f=("매출", "2028년 매출", PX, "2028", "level", "required", "a target in the CEO's quote (윤 대표, the company's head, named before): the company's; 2028년 in the clause"))

if __name__ == "__main__":
    write_all(docs)
