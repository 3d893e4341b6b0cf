"""Gold labels of articles-holdout29, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format) only.
Run: python annotation/articles_holdout29/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
HEADQ = "headline figure: the guideline searches the clause, the sentence, then earlier text for a period, and nothing precedes a headline (README question 1)"
STAMP = "publication stamp line (metadata of the page rather than a date the story talks about): README question 2"

# ---------------------------------------------------------------- 001 e-commerce platform's year-end sale (입력 stamp + outlet byline, no year in the text)
d = Doc("001_2c5dc183636da2a2", "2025-12-29"); docs.append(d)
MK = "마켓온"
d.Oall(MK, MK)
d.O("비즈플러스", "비즈플러스", note="outlet in the byline line (invented)")
d.O("한진", "한진", note="logistics partner")
d.O("로지노바", "로지노바", ctx="신생 물류업체 로지노바", note="invented logistics start-up introduced by 물류업체")
d.O("로지노바", "로지노바", ctx="로지노바 풀필먼트센터", st="optional",
    note="an organization name only as the modifier inside a facility's name (ANNOTATION: optional)")
EV = "2025-12-01/2025-12-21"
d.D("작년", "2024", "year", rel=True, note="headline basis: still a DATE")
EVN = "연말 inside the sale's name ('연말 빅세일'): part of an event name (not split, like 연말결산) or the year-end it names? optional"
d.D("연말", "2025", "year", ctx="'연말 빅세일' 거래액", mod="END", rel=True, st="optional", note=EVN)
d.D("연말", "2025", "year", ctx="'연말 빅세일' 기간", mod="END", rel=True, st="optional", note=EVN)
d.D("2025.12.29", "2025-12-29", "day", st="optional", note=STAMP)
d.D("14:20", "2025-12-29T14:20", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("이달 1일", "2025-12-01", "day", rel=True, note="A부터 B까지: two mentions; 이달 + day one mention")
d.D("21일", "2025-12-21", "day", ctx="21일까지", rel=True, note="range end takes its month from the start")
d.D("29일", "2025-12-29", "day", ctx="29일 밝혔다", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True, note="지난해 같은 행사: 지난해 resolved against the document date (basis of the change)")
d.D("지난 12일", "2025-12-12", "day", rel=True, note="latest 12th on or before 2025-12-29")
d.D("이날", "2025-12-12", "day", rel=True, st="optional", anchor="2025-12-12", note="points back to 지난 12일")
d.D("오후 9시", "2025-12-12T21:00", "day", st="optional", note="clock time: optional at most")
d.D("올해", "2025", "year", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("18%", 18, "%", "%", P, ctx="18% 늘어", f=("거래액", "빅세일' 거래액", MK, EV, "change", "optional", HEADQ))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency", f=("총거래액", None, MK, EV, "level", "required", "the sale's days named in the clause (A부터 B까지 진행한 … 기간): that range"))
d.Q("18.5%", 18.5, "%", "%", P, f=("총거래액", None, MK, EV, "change", "required", "…보다 N% 늘어난 규모다: the figure before's metric (what grew); basis 지난해 같은 행사"))
d.Q("2,870만 건", 28700000, "건", "건", C, f=("주문 건수", None, MK, EV, "level", "required", "행사 기간 = the lead's range"))
d.Q("4만 1,200곳", 41200, "곳", "곳", C, f=("참여 판매자", None, MK, EV, "level", "required", "the platform's sellers: the platform is the subject"))
d.Q("3만 6,000여 곳", 36000, "곳", "곳", C, approx=True, note="여 between number and counter: inside, approx",
    f=("중소 판매자", None, MK, EV, "level"))
d.Q("87%", 87, "%", "%", P, f=("중소 판매자", None, MK, EV, "level", "required", "share of a whole (전체의 N%): the part named in the clause is the metric (README convention)"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 거래액", st="optional", note="native day word as a rate word (하루 거래액): like 일인당, optional")
d.Q("1,480억 원", 148000000000, W, "원", "currency", approx=True, note="어치 after the unit stays outside and sets approx (like 달러치)",
    f=("거래액", "하루 거래액", MK, "2025-12-12", "level", "required", "팔렸고 names no measure; the sentence before names it (하루 거래액이 가장 많았던 날): 거래액; 이날 = 지난 12일"))
d.Q("한 시간", 1, "hour", "시간", "duration", note="동안 outside; duration, no fact")
d.Q("52만 건", 520000, "건", "건", C, f=("주문", "주문은 오후", MK, "2025-12-12", "level", "required", "the topic 주문은 is the measured noun; the day carried from 이날"))
BR = "breakdown (상품군별로는) after the day's figure: the items sum past the day, so they are the sale's 총거래액; a product group is no subject (the platform carried); the sale's range"
d.Q("3,950억 원", 395000000000, W, "원", "currency", f=("총거래액", None, MK, EV, "level", "required", BR))
d.Q("2,640억 원", 264000000000, W, "원", "currency", f=("총거래액", None, MK, EV, "level", "required", BR))
d.Q("2,110억 원", 211000000000, W, "원", "currency", f=("총거래액", None, MK, EV, "level", "required", BR))
PAR = "각각 after two named companies (두 회사 = 한진, 로지노바): one each, in order; period: the sale the paragraph is about (the lead's range)"
d.Q("1,620만 상자", 16200000, "상자", "상자", C, f=("택배 물량", None, "한진", EV, "level", "required", PAR))
d.Q("830만 상자", 8300000, "상자", "상자", C, f=("택배 물량", None, "로지노바", EV, "level", "required", PAR))
d.Q("200억 원", 20000000000, W, "원", "currency", approx=True,
    f=("투자", "투자해", MK, "2025", "level", "required", "no measure noun governs the amount (X에 N원을 투자해): the verbal noun; the facility is what it went to; 올해 in the clause"))
d.Q("41%", 41, "%", "%", P, f=("새벽배송 비중", None, MK, "2025", "level", "required", "N%로 끌어올렸다: the new level"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt",
    f=("거래액", "거래액 1조 5천억", MK, "2026", "level", "required",
       "a target in the CEO's quote: the sale's 거래액 is the platform's (the organization named in the speaker's title); 내년 in the clause"))

# ---------------------------------------------------------------- 002 bio company's rights offering and trial (뉴시스 dateline; no year anywhere)
d = Doc("002_1aee3f26830a4afe", "2026-03-11"); docs.append(d)
CB = "셀바이오젠"
d.Oall(CB, CB)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("코스닥", "코스닥", st="optional", note="a stock market (run by the exchange): institution or market? (README question 6)")
d.O("한국투자증권", "한국투자증권", note="lead manager")
d.O("미래에셋증권", "미래에셋증권", note="lead manager")
d.O("한빛홀딩스", "한빛홀딩스", note="invented largest shareholder")
PH = "trial phase (임상 2상): a phase label, not a count of anything; like a code (5신, 3D) or an ordinal without a marker? optional"
d.Q("2상", 2, "상", "상", "ordinal", ctx="임상 2상 속도", st="optional", note=PH)
d.Q("2상", 2, "상", "상", "ordinal", ctx="임상 2상에", st="optional", note=PH)
d.Q("2상", 2, "상", "상", "ordinal", ctx="임상 2상은", st="optional", note=PH)
d.Q("1,100억", 110000000000, W, "", "currency", ctx="1,100억 유상증자", st="optional", note="headline amount, currency implied")
NOP = "no date attaches to the figure: 11일 only dates the disclosure (공시했다); nothing earlier: empty"
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("유상증자", None, CB, "", "level", "required", "N원 규모의 X → X (the thing whose size it is); " + NOP))
d.Q("1,250만 주", 12500000, "주", "주", C,
    f=("새로 발행하는 주식", None, CB, "", "level", "required", "the topic names what is counted (보통주 only names its class; both would be read as the new shares)"))
d.Q("31.6%", 31.6, "%", "%", P,
    f=("새로 발행하는 주식", None, CB, "", "level", "required", "share of a whole (발행주식 총수의 N%): the part, the clause's carried topic, is the metric"))
d.Q("8,800원", 8800, W, "원", "currency", f=("예정 발행가", None, CB, "", "level"))
d.Q("25%", 25, "%", "%", P, f=("할인율", None, CB, "", "level", "required", "N%의 X: the noun after 의"))
d.D("11일", "2026-03-11", "day", ctx="11일 공시", rel=True, note="day of the disclosure")
d.D("오는 5월 7일", "2026-05-07", "day", rel=True, note="오는: the next such day")
d.D("6월 2일", "2026-06-02", "day", rel=True, note="a scheduled date (예정일): the next such day")
d.Q("620억 원", 62000000000, W, "원", "currency",
    f=("운영자금", "운영자금으로", CB, "", "level", "required", "N원을 X로 쓸 계획: X names the money; 회사는 = the story's company"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("채무상환자금", None, CB, "", "level"))
TR = "a figure of the trial (임상 2상은 …): the company's (its sponsor) or none, as a program is no ORG? (README question 3)"
d.Q("18개", 18, "개", "개", C, f=("기관", None, "", "", "level", "optional", TR))
d.Q("240명", 240, "명", "명", C, f=("환자", None, "", "", "level", "optional", TR))
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("50%", 50, "%", "%", P, f=("배정 물량", None, "한빛홀딩스", "", "level", "required", "the shareholder is the subject of 참여하기로 했다; N%의 share of the allotment"))
d.D("지난해", "2025", "year", rel=True)
d.Q("86억 원", 8600000000, W, "원", "currency", f=("매출", None, CB, "2025", "level", "required", "연결 기준 qualifies the basis: outside"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업손실", None, CB, "2025", "level"))
d.D("이날", "2026-03-11", "day", rel=True, st="optional", anchor="2026-03-11", note="points back to the disclosure's 11일")
d.D("전 거래일", "2026-03-10", "day", rel=True, st="optional", anchor="2026-03-11", note="points back: the trading day before 이날")
d.Q("1만 1,750원", 11750, W, "원", "currency",
    f=("주가", None, CB, "2026-03-11", "level", "required", "the company's share price; 이날 (= 11일) is the day the price is for"))
d.Q("14.2%", 14.2, "%", "%", P, note="떨어졌다: no sign written, value as written",
    f=("주가", None, CB, "2026-03-11", "change", "required", "basis 전 거래일"))

# ---------------------------------------------------------------- 003 defense company's export contract (연합뉴스 dateline; years of delivery written)
d = Doc("003_9e593a9ba2a5afd6", "2025-11-20"); docs.append(d)
LIG, AD = "LIG넥스원", "안디노 디펜사"
d.Oall(LIG, LIG)
d.Oall(AD, AD, special={0: ("required", "invented local defense firm introduced by 방산업체")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("페루 국방부", "페루 국방부", note="a foreign government body (the buyer); the country is part of its official name, as 미국 항공우주국")
d.O("방위사업청", "방위사업청", note="government body")
d.O("페루 정부", "페루 정부", st="optional", note="unnamed institution noun (정부) after a country: optional")
d.Q("2억8천만 달러", 280000000, U, "달러", "currency",
    f=("수출", "달러 수출", LIG, "", "level", "required", "headline; no date is given for the contract anywhere (20일 only dates the report): empty"))
NOP = "no date attaches to the contract: 20일 only dates the report (밝혔다): empty"
d.Q("2억 8,000만 달러", 280000000, U, "달러", "currency", f=("계약", "규모의 계약", LIG, "", "level", "required", "N 규모의 X → X; the supplier that won it is the subject, the buyer the counterparty; " + NOP))
d.Q("4,100억 원", 410000000000, W, "원", "currency", approx=True, eq=("2억 8,000만 달러",), note="conversion in brackets with 약",
    f=("계약", "규모의 계약", LIG, "", "level", "required", "conversion: same slots as the amount it converts"))
d.D("20일", "2025-11-20", "day", rel=True, note="day of the report")
d.D("지난해", "2024", "year", rel=True)
d.Q("3조 2,800억 원", 3280000000000, W, "원", "currency", f=("매출", None, LIG, "2024", "level", "required", "bracketed figure of the noun before it (지난해 매출)"))
d.Q("12.5%", 12.5, "%", "%", P,
    f=("금액", None, LIG, "", "level", "optional", "a share of a whole (매출의 N%에 해당하는 금액): the part (the contract's amount) as metric; period: the whole's 지난해 or none? (README question 4)"))
CT = "the contract's contents (계약에는 …): the supplier's order, the subject of the story's contract (README convention)"
d.Q("96기", 96, "기", "기", C, f=("발사대", None, LIG, "", "level", "required", CT))
d.Q("1,200발", 1200, "발", "발", C, f=("미사일", "미사일 1,200발", LIG, "", "level", "required", CT))
d.D("2027년", "2027", "year", note="A부터 B까지: two mentions")
d.D("2030년", "2030", "year")
d.Q("네 차례", 4, "차례", "차례", C,
    f=("인도", "인도는", LIG, "2027/2030", "level", "optional", "count of instalments; period given by two mentions (2027년부터 2030년까지): one range value? (README question 5)"))
d.Q("480발", 480, "발", "발", C,
    f=("미사일", "미사일 가운데", AD, "", "level", "required", "the organization subject of the clause (안디노 디펜사가 … 조립한다) owns the figure; no date attaches"))
d.Q("51%", 51, "%", "%", P, f=("지분", None, LIG, "", "level", "required", "the holder (LIG넥스원은 … 갖기로) is the subject"))
d.Q("3,500만 달러", 35000000, U, "달러", "currency",
    f=("합작법인 설립", None, LIG + ";" + AD, "", "level", "required", "양사 = the two companies named in the sentence before: both; X에 N을 투입 → X"))
d.D("지난 9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.Q("21조 4,000억 원", 21400000000000, W, "원", "currency", f=("수주 잔고", None, LIG, "2025-09", "level", "required", "지난 9월 말 기준 attaches to the old level"))
d.Q("21조 8,000억 원", 21800000000000, W, "원", "currency", approx=True,
    f=("수주 잔고", None, LIG, "", "level", "optional", "A에서 B로 늘었다 after a dated A (지난 9월 말 기준): does the date hold for B (after this contract)? (README question 5)"))
d.D("올해", "2025", "year", rel=True)
d.Q("3조 1,000억 원", 3100000000000, W, "원", "currency", f=("해외 수주액", None, LIG, "2025", "level", "required", "subject carried from the sentence before (LIG넥스원의 수주 잔고)"))
d.Q("43%", 43, "%", "%", P, f=("해외 수주액", None, LIG, "2025", "level", "required", "share of a whole (전체 수주의 N%): the part, the topic, is the metric"))
d.D("2032년", "2032", "year", note="2032년까지 (까지 outside)")
d.Q("12억 달러", 1200000000, U, "달러", "currency",
    f=("방공 전력 현대화", None, "페루 정부", "2032", "level", "optional", "the subject is only an optional ORG (페루 정부): the fact is optional (FACTS); X에 N을 쓸 → X"))

# ---------------------------------------------------------------- 004 broadcaster's ratings and ad revenue (입력 stamp, byline at the end; year only in the stamp)
d = Doc("004_f142926f9a210e31", "2026-01-15"); docs.append(d)
SBS, SS = "SBS", "스튜디오S"
d.Oall(SBS, SBS, skip=(4,))
d.Oall(SS, SS, special={0: ("required", "the broadcaster's drama subsidiary (자회사)")})
d.O("닐슨코리아", "닐슨코리아", note="ratings firm: the source of the statistic (에 따르면), not its subject")
d.O("KBS2", "KBS2", st="optional", note="a channel inside a broadcaster (KBS): like a platform's channel, optional")
d.O("MBC", "MBC")
d.O("SBS M&C", "SBS M&C", note="the broadcaster's ad-sales agency; SBS inside it is part of its own name")
d.O("미디어경제", "미디어경제", note="outlet in the byline (invented)")
Y = "2025"
d.D("지난해", Y, "year", ctx="SBS, 지난해", rel=True)
d.D("2026.01.15", "2026-01-15", "day", st="optional", note=STAMP)
d.D("16:05", "2026-01-15T16:05", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="SBS가 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("15일", "2026-01-15", "day", rel=True, note="day of the source's release (에 따르면): dates the report")
d.D("지난해", Y, "year", ctx="지난해 SBS의", rel=True)
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention (as before a month)")
d.D("4분기", "2025-Q4", "quarter", ctx="4분기 광고", rel=True, note="latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="스튜디오S는 지난해", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.Q("4,920억 원", 492000000000, W, "원", "currency", ctx="광고매출 4,920억 원", f=("광고매출", None, SBS, Y, "level", "required", "headline with its own 지난해"))
d.Q("4,920억 원", 492000000000, W, "원", "currency", ctx="광고 매출 4,920억 원", f=("광고 매출", "광고 매출 4,920억", SBS, Y, "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("광고 매출", "광고 매출 4,920억", SBS, Y, "change", "required", "dropped subject and metric carried from the sentence before; basis 전년"))
d.Q("3%", 3, "%", "%", P, ctx=" 3% 넘게", bound="gt", note="넘게 → gt",
    f=("방송 광고 시장 전체", None, "", Y, "change", "required", "a market's figure: empty subject; the story's 지난해 (results story)"))
d.Q("5.9%", 5.9, "%", "%", P, f=("수도권 가구 평균 시청률", None, SBS, Y, "level", "required", "genitive owner (SBS의); the ratings firm is the source"))
d.Q("3사", 3, "사", "사", C, st="optional", note="지상파 3사: a group label (like 통신 3사) naming the three broadcasters; counted noun or part of a name?")
d.Q("4.8%", 4.8, "%", "%", P,
    f=("수도권 가구 평균 시청률", None, "KBS2", Y, "level", "optional", "각각, in order; the subject is only an optional ORG (a channel): optional fact (FACTS)"))
d.Q("5.1%", 5.1, "%", "%", P, f=("수도권 가구 평균 시청률", None, "MBC", Y, "level", "required", "각각, in order: the metric of the sentence before"))
DR = "a program's figure (이 드라마는): a product is no ORG, so the subject is empty (FACTS); 지난해 4분기 in the relative clause on the topic"
d.Q("14.3%", 14.3, "%", "%", P, f=("시청률", None, "", "2025-Q4", "level", "required", DR))
d.Q("21.0%", 21.0, "%", "%", P, f=("시청률", None, "", "2025-Q4", "level", "required", DR))
d.Q("142억 원", 14200000000, W, "원", "currency", f=("광고 매출", "4분기 광고 매출", SBS, "2025-Q4", "level", "required", "SBS는 names the subject again; the drama is the source (로만), not the subject"))
d.Q("2,180억 원", 218000000000, W, "원", "currency", f=("매출", "매출 2,180억", SS, Y, "level"))
d.Q("164억 원", 16400000000, W, "원", "currency", f=("영업이익", None, SS, Y, "level"))
d.Q("890억 원", 89000000000, W, "원", "currency", f=("해외 판권 매출", None, SS, Y, "level", "required", "subject and period carried within the paragraph"))
d.Q("40.8%", 40.8, "%", "%", P, f=("해외 판권 매출", None, SS, Y, "level", "required", "share of a whole (전체 매출의 N%): the part, the clause's subject, is the metric"))
d.Q("75%", 75, "%", "%", P, bound="gt", note="넘을 → gt",
    f=("광고 판매율", None, "SBS M&C", "2026-Q1", "level", "optional",
       "an outlook in a quote by an unnamed official (관계자) of the sales agency: the agency's figure, the broadcaster's whose airtime it sells, or none? (README question 7)"))

# ---------------------------------------------------------------- 005 agricultural cooperative's exports (regional daily byline; no year anywhere)
d = Doc("005_56aede21b29bea24", "2025-12-18"); docs.append(d)
JJ = "진주원예농협"
d.Oall(JJ, JJ, special={0: ("required", "invented local horticultural cooperative (농협 after a place: a named cooperative)")})
d.O("경남일보", "경남일보", note="outlet in the byline line")
d.O("사이공프레시", "사이공프레시", note="invented local retailer introduced by 유통업체")
d.O("경상남도", "경상남도", note="a province acting as a government (ORG)")
d.O("진주시", "진주시", note="a city acting as a government (ORG)")
Y, YN = "2025", "2025-11"
d.D("올해", Y, "year", ctx="올해 수출 4,800만", rel=True)
d.D("올해 11월 말", YN, "month", mod="END", rel=True, note="올해 before a month: one mention; 까지 outside")
d.D("지난해", "2024", "year", ctx="지난해 연간", rel=True)
d.D("18일", "2025-12-18", "day", rel=True, note="day of the report")
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True, note="basis of the change: still a DATE")
d.D("올해", Y, "year", ctx="경상남도는 올해", rel=True)
d.D("올해", Y, "year", ctx="진주시도 올해", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("4,800만 달러", 48000000, U, "달러", "currency", bound="gt", note="돌파 → gt",
    f=("수출", "올해 수출 4,800만", JJ, Y, "level", "required", "headline with its own 올해"))
SP = "the story's period: 올해 11월 말까지 (a cumulative figure to the end of November), written as that DATE's value"
d.Q("4,850만 달러", 48500000, U, "달러", "currency", f=("농산물 수출액", None, JJ, YN, "level", "required", SP))
d.Q("690억 원", 69000000000, W, "원", "currency", approx=True, eq=("4,850만 달러",), f=("농산물 수출액", None, JJ, YN, "level", "required", "conversion"))
d.Q("3,970만 달러", 39700000, U, "달러", "currency", f=("연간 실적", None, JJ, "2024", "level", "required", "bracketed figure of the noun before it (지난해 연간 실적); a basis's date does not reset the story's period"))
BR = "breakdown (품목별로는): the items keep the lead's measure (농산물 수출액); a product is no subject (the cooperative carried); the story's period"
d.Q("2,130만 달러", 21300000, U, "달러", "currency", f=("농산물 수출액", None, JJ, YN, "level", "required", BR))
d.Q("1,560만 달러", 15600000, U, "달러", "currency", f=("농산물 수출액", None, JJ, YN, "level", "required", BR))
d.Q("620만 달러", 6200000, U, "달러", "currency", f=("농산물 수출액", None, JJ, YN, "level", "required", BR))
ST = "각각 after two countries (places, no subjects): one each; no measure noun (팔렸다), the product named as topic (딸기는) is what is measured; cooperative and period carried"
d.Q("1,420t", 1420, "t", "t", M, f=("딸기", "딸기는", JJ, YN, "level", "required", ST))
d.Q("860t", 860, "t", "t", M, f=("딸기", "딸기는", JJ, YN, "level", "required", ST))
d.Q("3,200t", 3200, "t", "t", M, f=("물량", None, JJ, YN, "level"))
d.Q("15%", 15, "%", "%", P, f=("물량", None, JJ, YN, "change", "required", "basis 지난해"))
d.Q("410만 달러", 4100000, U, "달러", "currency", f=("베트남 수출", None, JJ, YN, "level", "required", "a country's name inside the metric (where to) is no subject"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration (새 outside), no fact")
d.Q("두 배", 2, "배", "배", C, f=("베트남 수출", None, JJ, YN, "change", "required", "N배로 뛰었다: a rate of change"))
d.Q("35곳", 35, "곳", "곳", C,
    f=("매장", None, JJ, YN, "level", "optional", "stores of the partner retailer where the cooperative opened corners: the cooperative's (subject of 열었다) or the retailer's? no date of its own (README question 8)"))
d.Q("18억 원", 1800000000, W, "원", "currency",
    f=("도비", None, "경상남도", Y, "level", "required", "the measure noun governing the amount (도비 = provincial funds, like 예산); what it went to (X에 투입) is its use"))
d.Q("6억 5,000만 원", 650000000, W, "원", "currency",
    f=("저온 저장고 신축", None, "진주시", Y, "level", "required", "no measure noun governs it (X에 N원을 보탰다): X names it"))
d.Q("6천만 달러", 60000000, U, "달러", "currency",
    f=("수출", "수출 6천만", JJ, "2026", "level", "required", "a target in the head's quote: the cooperative's (조합장 of it); 내년에는 in the clause"))

# ---------------------------------------------------------------- 006 game company's dividend and buyback (press release, no dateline; fiscal year written)
d = Doc("006_a6c3383f6391b581", "2026-02-12"); docs.append(d)
NX = "넥스플레이"
d.Oall(NX, NX, special={0: ("required", "invented game company, topic of the release's headline")})
FY = "FY2025"
d.D("12일", "2026-02-12", "day", rel=True, note="day of the board meeting and decision: dates the decision, not a figure")
d.D("2025 회계연도", FY, "year", rng=False, note="fiscal year (2020회계연도 → FY2020); days of a calendar fiscal year (a Korean listed company's default)")
d.d[-1].update(range_start="2025-01-01", range_end="2025-12-31")
d.D("전년", "FY2024", "year", rel=True, st="optional", anchor="2025-01-01", rng=False, note="points back to the fiscal year named")
d.d[-1].update(range_start="2024-01-01", range_end="2024-12-31")
d.D("오는 2월 27일", "2026-02-27", "day", rel=True)
d.D("4월", "2026-04", "month", rel=True, note="4월 중 이뤄진다: a scheduled payment, the next April (중 outside)")
d.D("오는 3월", "2026-03", "month", rel=True, note="오는 3월부터 (부터 outside)")
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("지난해", "2025", "year", ctx="넥스플레이는 지난해", rel=True)
d.D("지난해 6월", "2025-06", "month", rel=True, note="지난해 before a month: one mention")
d.D("연말", "2025", "year", mod="END", rel=True, note="latest year-end on or before the document date (the clause is past: 올렸다)")
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.Q("1,200원", 1200, W, "원", "currency", ctx="주당 1,200원 결산", f=("결산배당", None, NX, FY, "level", "optional", HEADQ))
d.Q("500억 원", 50000000000, W, "원", "currency", ctx="500억 원 자사주 매입", f=("자사주 매입", "500억 원 자사주 매입", NX, "2026-03", "level", "optional", HEADQ))
d.Q("1주", 1, "주", "주", C, ctx="1주당", st="optional", note="the dummy 1 of a rate denominator (1주당): optional")
d.Q("1,200원", 1200, W, "원", "currency", ctx="1,200원의 현금배당",
    f=("현금배당", None, NX, FY, "level", "required", "N원의 X → X; 2025 회계연도 결산 배당 in the sentence; 12일 only dates the decision"))
d.Q("800원", 800, W, "원", "currency",
    f=("현금배당", None, NX, "FY2024", "level", "required", "bracketed figure of the basis (전년(800원)): the previous fiscal year's dividend (전년 points back to FY2025)"))
d.Q("50%", 50, "%", "%", P, f=("현금배당", "원의 현금배당", NX, FY, "change", "required", "…보다 N% 늘어난 금액이다: the figure before's metric (what grew); the current period"))
d.Q("263억 원", 26300000000, W, "원", "currency", approx=True, f=("배당금 총액", None, NX, FY, "level", "required", "the fiscal year carried"))
d.Q("31.5%", 31.5, "%", "%", P, f=("배당성향", "배당성향은", NX, FY, "level", "required", "연결 순이익 기준 qualifies the basis: outside"))
d.Q("6개월", 6, "month", "개월", "duration", note="6개월간 (간 outside): a duration, no fact")
BB = "the buyback's period: the DATE the clause attaches (오는 3월부터), written as its value; 회사는 = the company"
d.Q("500억 원", 50000000000, W, "원", "currency", ctx="500억 원 규모", f=("자사주", "규모의 자사주", NX, "2026-03", "level", "required", "N 규모의 X → X; " + BB))
d.Q("3.4%", 3.4, "%", "%", P, approx=True,
    f=("자사주", "규모의 자사주", NX, "2026-03", "level", "required", "share of a whole (발행주식 총수의 N%): the part (the buyback's shares, the carried topic); " + BB))
d.Q("74만 주", 740000, "주", "주", C, approx=True, f=("자사주", "규모의 자사주", NX, "2026-03", "level", "required", "N 규모다 with the topic carried: the shares bought back; " + BB))
SR = "the sum of FY2025's dividend and a buyback from 2026-03: the fiscal year, the buyback's month, or none? (README question 9)"
d.Q("763억 원", 76300000000, W, "원", "currency", approx=True, f=("주주환원", None, NX, FY, "level", "optional", "N 규모 → the thing (주주환원); " + SR))
d.Q("835억 원", 83500000000, W, "원", "currency", f=("순이익", None, NX, "2025", "level", "required", "bracketed figure of the noun before it (지난해 순이익)"))
d.Q("91%", 91, "%", "%", P, f=("주주환원", None, NX, FY, "level", "optional", "share of a whole (순이익의 N%): the part, the topic; " + SR))
d.Q("6,140억 원", 614000000000, W, "원", "currency", f=("매출", "매출 6,140억", NX, "2025", "level"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("영업이익", None, NX, "2025", "level"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("누적 매출", None, "", "2025", "level", "required", "a product's figure (the game, topic): empty subject (FACTS); 연말까지 attaches the period (2025, END)"))
d.Q("35%", 35, "%", "%", P, bound="min", note="이상 → min",
    f=("배당성향", "배당성향을", NX, "2027", "level", "required", "a target in the CEO's quote: the company's own payout ratio; 2027년까지 in the clause"))

if __name__ == "__main__":
    write_all(docs)
