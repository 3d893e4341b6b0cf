"""Gold labels of articles-holdout101, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout101/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT = "optional"
DUR = "duration"
ORD = "ordinal"


def Dr(d, text, value, gran, rs, re_, **kw):
    """A DATE whose day range the framework cannot compute (a quarter with a mod): range written by hand."""
    d.D(text, value, gran, rng=False, **kw)
    d.d[-1]["range_start"], d.d[-1]["range_end"] = rs, re_


# ---------------------------------------------------------------- 001 telecom operator: 5G subscribers and ARPU (연합뉴스 dateline)
d = Doc("001_cdb7b4af0d902c0d", "2026-02-05"); docs.append(d)
S = "LG유플러스"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a person's title (부문장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) outside")
d.O("미디어로그", "미디어로그", note="subsidiary (알뜰폰 자회사)")
d.O("SK텔레콤", "SK텔레콤", note="rival")
d.O("KT", "KT", note="rival")
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry cited as the source (에 따르면)")
Q4 = "2025-Q4"
Dr(d, "2025년 4분기 말", Q4, "quarter", "2025-12-01", "2025-12-31", mod="END",
   note="year + quarter + 말 one mention; 기준 after it (as of); range of a quarter's END written as its last month")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st=OPT, anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st=OPT, anchor="2025-10-01", note="points back (전분기)")
d.D("지난해", "2025", "year", ctx="지난해 연간", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.2%", rel=True, st=OPT, anchor="2025-01-01", note="points back to 지난해")
Dr(d, "같은 시점", Q4, "quarter", "2025-12-01", "2025-12-31", mod="END", rel=True, st=OPT, anchor="2025-10-01",
   note="points back to the as-of 2025년 4분기 말 (like 같은 기간)")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="지난해 before a month is in the span")
d.D("지난해", "2025", "year", ctx="지난해 6조", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 안에 outside")
HL = "headline figure; the headline names no date and the period would come only from the lead below it (open question 1)"
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("5G 가입자", "5G 가입자 1천만", S, Q4, "level", OPT, HL))
d.Q("3만5천원", 35000, W, "원", "currency", approx=True, note="원대: 대 outside the span, sets approx",
    f=("ARPU", "ARPU 3만5천", S, Q4, "level", OPT, HL))
d.Q("1천12만 명", 10120000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자가", S, Q4, "level", "required", "as of 4분기 말"))
d.Q("8.4%", 8.4, "%", "%", P, f=("5G 가입자", "기준 5G 가입자가", S, Q4, "change", "required", "전년 동기보다 = basis; period the current one"))
d.Q("1천860만 명", 18600000, "명", "명", C,
    f=("전체 휴대전화 가입자", "전체 휴대전화 가입자(", S, Q4, "level", "required", "figure in brackets after the noun it measures; subject and period carried"))
d.Q("54.4%", 54.4, "%", "%", P, f=("비중", "비중은 54.4%", S, Q4, "level"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새", note="1년 새 (over one year): a duration, 새 outside; no fact")
d.Q("4.1%포인트", 4.1, "%p", "%포인트", P, f=("비중", "비중은 54.4%", S, Q4, "change"))
d.Q("3만5천210원", 35210, W, "원", "currency", f=("가입자당 평균매출", None, S, Q4, "level", "required", "alias (ARPU) outside the metric"))
d.Q("3만4천870원", 34870, W, "원", "currency",
    f=("가입자당 평균매출", None, S, "2025-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("1.0%", "1.0", "%", "%", P, f=("가입자당 평균매출", None, S, Q4, "change", "required", "value kept as written"))
d.Q("6조1천400억 원", 6140000000000, W, "원", "currency", f=("무선 서비스 매출", None, S, "2025", "level", "required", "연간 (period modifier) outside the metric"))
d.Q("3.2%", 3.2, "%", "%", P, f=("무선 서비스 매출", None, S, "2025", "change"))
d.Q("4조2천억 원", 4200000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("5G 요금제 매출", None, S, "2025", "level", "required", "an item with a measure noun of its own"))
d.Q("48만 명", 480000, "명", "명", C, approx=True, note="약 → approx",
    f=("가입자", "미디어로그의 가입자", "미디어로그", Q4, "level", "required", "같은 시점 → the as-of 4분기 말"))
d.Q("1천710만 명", 17100000, "명", "명", C,
    f=("5G 가입자", "KT의 5G 가입자", "SK텔레콤", Q4, "level", "required", "각각: first of the pair; a rival with no date of its own takes the period last set for the same metric (convention 2)"))
d.Q("1천80만 명", 10800000, "명", "명", C, f=("5G 가입자", "KT의 5G 가입자", "KT", Q4, "level", "required", "각각: second of the pair"))
d.Q("3천880만 명", 38800000, "명", "명", C, f=("국내 5G 가입자", None, "", "2025-12", "level", "required", "national statistic: no subject; the ministry is only the source"))
d.Q("70%", 70, "%", "%", P, approx=True, note="안팎 → approx",
    f=("국내 5G 가입자", None, "", "2025-12", "level", "required", "share predicated of the clause's subject (convention 3)"))
d.Q("3사", 3, "사", "사", C, st=OPT, note="a count inside the group label 통신 3사 (open question 2)")
d.Q("6조~7조 원", 6000000000000, W, "원", "currency", hi=7000000000000, note="range: one mention; 수준 is no approximator",
    f=("5G 망 투자", None, "LG유플러스;SK텔레콤;KT", "2025", "level", "required", "통신 3사: the three are all named in the article (FACTS: a group named in full)"))
d.Q("1천100만 명", 11000000, "명", "명", C, bound="gt", note="넘기고 → gt",
    f=("5G 가입자", "5G 가입자 1천100만", S, "2026-H1", "level", "required", "a target in the executive's quote"))
d.Q("3만6천 원", 36000, W, "원", "currency", bound="min", note="이상 → min",
    f=("ARPU", "ARPU를", S, "2026-H1", "level", "required", "a target in the executive's quote"))

# ---------------------------------------------------------------- 002 online travel agency: bookings and gross sales (머니투데이 bracket byline, no year)
d = Doc("002_7ce68f8a3aa5bfbc", "2026-01-20"); docs.append(d)
S = "트립온코리아"
d.O("트립온", S, ctx="트립온, 4분기", note="headline: short form used before its definition; canonical the full name")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("트립온코리아", S, aliases="트립온", note="(이하 트립온) recorded as alias")
d.O("트립온", S, ctx="(이하 트립온)", st=OPT, note="short name where it is defined with 이하: optional")
d.O("한국관광공사", "한국관광공사", note="public agency cited as the source")
d.O("야놀자", "야놀자", note="rival")
d.O("여기어때", "여기어때", note="rival (brand named as a company)")
d.O("트립온", S, ctx="트립온의 모회사", note="later use of the 이하 short name: required")
d.O("온누리홀딩스", "온누리홀딩스", note="invented parent (모회사)")
d.O("트립온", S, ctx="트립온에 300억", note="the counterparty of the investment; still an ORG mention")
d.O("트립온", S, ctx="트립온은 상반기")
d.O("트립온", S, ctx="트립온 대표", note="organization before a person's title")
d.D("4분기", "2025-Q4", "quarter", ctx="트립온, 4분기", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st=OPT, anchor="2025-10-01", note="points back")
d.D("20일", "2026-01-20", "day", ctx="20일 밝혔다", rel=True, note="day of the announcement")
d.D("같은 기간", "2025-Q4", "quarter", ctx="같은 기간 총거래액", rel=True, st=OPT, anchor="2025-10-01", note="points back to 지난해 4분기")
d.D("연말", "2025", "year", mod="END", rel=True, note="a part of a period; past context: the latest year-end before the document date")
d.D("12월 20~31일", "2025-12-20/2025-12-31", "day", rel=True, note="a range of days written with ~: one mention; the end takes its month from the start")
d.D("지난해", "2025", "year", ctx="지난해 해외로", rel=True)
d.D("같은 기간", "2025-Q4", "quarter", ctx="같은 기간 해외 예약", rel=True, st=OPT, anchor="2025-10-01",
    note="points back to the story's period (the rivals' booking growth compared with 트립온's Q4 growth), not to the national statistic's 지난해 (convention 2)")
d.D("지난달", "2025-12", "month", rel=True)
d.D("상반기", "2026-H1", "half", ctx="상반기 중", rel=True, note="future clause (계획): the next first half")
d.D("다음 달", "2026-02", "month", rel=True)
d.D("설", "2026-02-17", "day", ctx="설 연휴", rel=True, st=OPT, note="holiday: optional (설날 2026-02-17)")
d.D("18일", "2026-01-18", "day", rel=True, note="기준 after it: as of, a past day")
d.D("작년", "2025", "year", rel=True, note="a year word before a holiday, like a year before an event name")
d.D("설", "2025-01-29", "day", ctx="설보다", rel=True, st=OPT, note="holiday: optional (설날 2025-01-29)")
d.D("올해", "2026", "year", rel=True)
d.Q("40%", 40, "%", "%", P, ctx="예약 40%", f=("해외여행 예약", "해외여행 예약 40%", S, "2025-Q4", "change", "required", "headline: its own 4분기"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원 눈앞", note="눈앞 (about to reach) is no listed bound word",
    f=("거래액", "거래액 1조 원 눈앞", S, "2025-Q4", "level", "required", "headline: its own 4분기 across the …"))
d.Q("212만 건", 2120000, "건", "건", C, f=("해외여행 예약 건수", None, S, "2025-Q4", "level"))
d.Q("40.3%", 40.3, "%", "%", P, f=("해외여행 예약 건수", None, S, "2025-Q4", "change", "required", "전년 동기 대비 = basis"))
d.Q("9천870억 원", 987000000000, W, "원", "currency", f=("총거래액", None, S, "2025-Q4", "level", "required", "같은 기간 → 지난해 4분기; alias (GMV) outside"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원에 육박", note="육박 (nearly) is no listed bound word",
    f=("총거래액", None, S, "2025-Q4", "level", "required", "the threshold the level nears"))
BD = "breakdown item (이 가운데) named only by a part: the breakdown's measure noun (convention 5)"
d.Q("5천430억 원", 543000000000, W, "원", "currency", f=("총거래액", None, S, "2025-Q4", "level", "required", BD))
d.Q("55%", 55, "%", "%", P, f=("총거래액", None, S, "2025-Q4", "level", "required", "전체의 55%: a part's share of the breakdown's measure (convention 3)"))
d.Q("2천910억 원", 291000000000, W, "원", "currency", f=("총거래액", None, S, "2025-Q4", "level", "required", BD + "; 각각 first"))
d.Q("1천530억 원", 153000000000, W, "원", "currency", f=("총거래액", None, S, "2025-Q4", "level", "required", BD + "; 각각 second"))
d.Q("38%", 38, "%", "%", P, f=("예약", "예약의 38%", S, "2025-Q4", "level", "required", "a measure noun governs the share (예약의)"))
d.Q("17%", 17, "%", "%", P, f=("예약", "예약의 38%", S, "2025-Q4", "level", "required", "same breakdown (여행지별로는): its measure"))
d.Q("9%", 9, "%", "%", P, ctx="대만(9%)", f=("예약", "예약의 38%", S, "2025-Q4", "level", "required", "same breakdown (여행지별로는): its measure"))
d.Q("하루", 1, "day", "하루", DUR, ctx="하루 평균 예약", st=OPT, note="하루 평균: a rate word (per day), optional like 일인당")
d.Q("3만1천 건", 31000, "건", "건", C, bound="gt", note="넘었다 → gt",
    f=("하루 평균 예약", None, S, "2025-12-20/2025-12-31", "level", "required", "the range of days the average is over"))
d.Q("2천870만 명", 28700000, "명", "명", C, approx=True,
    f=("해외로 나간 국내 여행객", None, "", "2025", "level", "required", "national statistic: no subject; the agency is the source"))
d.Q("28%", 28, "%", "%", P, f=("해외 예약 증가율", None, "야놀자", "2025-Q4", "change", "required", "a rate of change (증가율); 각각 first; estimated by 업계, still the rival's figure"))
d.Q("19%", 19, "%", "%", P, f=("해외 예약 증가율", None, "여기어때", "2025-Q4", "change", "required", "각각 second"))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("출자", "추가 출자했다", "온누리홀딩스", "2025-12", "level", "required", "the parent's contribution: the contributor is the subject, the subsidiary (트립온에) a counterparty (convention 6)"))
d.Q("2천 곳", 2000, "곳", "곳", C, bound="min", note="이상 → min",
    f=("숙박 공급처", None, S, "2026-H1", "change", "required", "늘릴 (add at least 2,000): a change"))
d.Q("38만 건", 380000, "건", "건", C,
    f=("예약", "기간 예약은", S, "2026-01-18", "level", OPT, "bookings for the holiday (다음 달 설 연휴) counted as of 18일: period the as-of day or the holiday? (open question 3)"))
d.Q("22%", 22, "%", "%", P, ctx="22% 많다",
    f=("예약", "기간 예약은", S, "2026-01-18", "change", OPT, "as 38만 건 (open question 3); basis 작년 설"))
d.Q("4조 원", 4000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("거래액", "연간 거래액", S, "2026", "level", "required", "a target; 연간 outside the metric"))

# ---------------------------------------------------------------- 003 food maker: instant-noodle exports by country (뉴시스 dateline)
d = Doc("003_aab529eacc475c01", "2025-10-16"); docs.append(d)
S = "해담식품"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a person's title (본부장)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("해담아메리카", "해담아메리카", note="invented US subsidiary (미국 법인); 미국 (place) not labelled")
d.O("월마트", "월마트", note="retailer (customer)")
d.O("코스트코", "코스트코", note="retailer (customer)")
d.O("징둥닷컴", "징둥닷컴", note="online shopping mall run as a company (customer); 중국 is a place")
d.O("관세청", "관세청", note="government body cited as the source")
d.O("농심", "농심", note="rival")
d.O("삼양식품", "삼양식품", note="rival")
Q3 = "2025-Q3"
R = "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="해담식품, 3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st=OPT, anchor="2025-07-01", note="points back")
d.D("16일", "2025-10-16", "day", rel=True)
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 수출 물량", rel=True, st=OPT, anchor="2025-07-01", note="points back to 3분기")
d.D("1~9월", R, "month", ctx="1~9월 현지", rel=True, note="a month range without a year: the latest such range on or before the document date")
d.D("지난달", "2025-09", "month", rel=True)
d.D("4분기", "2025-Q4", "quarter", ctx="4분기 물량", rel=True, note="the quarter the document date falls in (a future clause: 미리 확보)")
d.D("올해 1~9월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("같은 기간", R, "month", ctx="같은 기간 기준", rel=True, st=OPT, anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 … 높이고): this year's end; 까지 outside")
d.D("내년", "2026", "year", rel=True)
d.D("2027년", "2027", "year", note="까지 outside")
d.Q("1천억", 100000000000, W, "", "currency", bound="gt", st=OPT, note="headline amount, currency implied; 돌파 → gt")
d.Q("1천42억 원", 104200000000, W, "원", "currency", f=("라면 수출액", "라면 수출액이", S, Q3, "level"))
d.Q("768억 원", 76800000000, W, "원", "currency",
    f=("라면 수출액", "라면 수출액이", S, "2024-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("35.7%", 35.7, "%", "%", P, f=("라면 수출액", "라면 수출액이", S, Q3, "change"))
BD = "breakdown item (국가별로는) named only by a country: the breakdown's measure noun (convention 5)"
d.Q("312억 원", 31200000000, W, "원", "currency", f=("라면 수출액", "라면 수출액이", S, Q3, "level", "required", BD))
d.Q("228억 원", 22800000000, W, "원", "currency", f=("라면 수출액", "라면 수출액이", S, Q3, "level", "required", BD))
d.Q("97억 원", 9700000000, W, "원", "currency", f=("라면 수출액", "라면 수출액이", S, Q3, "level", "required", BD))
d.Q("두 나라", 2, "나라", "나라", C, st=OPT, note="native numeral + a counted noun (나라), restating 미국과 중국: optional")
d.Q("52%", 52, "%", "%", P, f=("전체 수출", None, S, Q3, "level", "required", "a measure noun governs the share (전체 수출의)"))
d.Q("2만1천t", 21000, "t", "t", M, approx=True, note="약 → approx", f=("수출 물량", None, S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("3억2천만 개", 320000000, "개", "개", C, approx=True, note="가량 → approx",
    f=("수출 물량", None, S, Q3, "level", "required", "봉지 기준 is a basis: outside the metric"))
d.Q("1억2천만 달러", 120000000, U, "달러", "currency", f=("현지 매출", None, "해담아메리카", R, "level"))
d.Q("1천680억 원", 168000000000, W, "원", "currency", approx=True, eq=("1억2천만 달러",), note="conversion in brackets; 약 → approx",
    f=("현지 매출", None, "해담아메리카", R, "level", "required", "a conversion: same slots as the dollar amount"))
d.Q("3천200곳", 3200, "곳", "곳", C, bound="gt", note="넘어섰다 → gt",
    f=("입점 매장", None, "해담아메리카", R, "level", "required", "subject and period carried from the previous sentence (same subject)"))
d.Q("40피트", 40, "ft", "피트", M, st=OPT, note="a size inside the type name 40피트 컨테이너 (open question 2)")
d.Q("120개", 120, "개", "개", C,
    f=("컨테이너", "컨테이너 120개", "징둥닷컴", "2025-09", "level", "required", "the customer's order: the orderer is the subject (convention 6)"))
d.Q("11억3천만 달러", 1130000000, U, "달러", "currency", f=("국내 라면 수출액", None, "", R, "level", "required", "national statistic: no subject; 관세청 is the source"))
d.Q("1", 1, "위", "", ORD, ctx="업계 1, 2위", st=OPT, note="1 of 1, 2위: the counter is written once, after the second number")
d.Q("2위", 2, "위", "위", ORD, note="a rank: ordinal, no fact")
d.Q("39%", 39, "%", "%", P, f=("해외 매출 비중", None, "농심", "", "level", "required", "각각 first; a rival's own metric with no date anywhere for it: empty period (convention 2)"))
d.Q("81%", 81, "%", "%", P, f=("해외 매출 비중", None, "삼양식품", "", "level", "required", "각각 second; empty period as 39%"))
d.Q("10%", 10, "%", "%", P, ctx="10%로", f=("유럽 수출 비중", None, S, "2025", "level", "required", "a target by 연말 (2025, END)"))
d.Q("5천억 원", 500000000000, W, "원", "currency", f=("수출", "내년 수출", S, "2026", "level", "required", "a target"))
d.Q("650억 원", 65000000000, W, "원", "currency", f=("투입", None, S, "2027", "level", "required", "a verbal noun (투입해) names it; 2027년까지 is the date attached"))
d.Q("30%", 30, "%", "%", P, ctx="30% 늘릴", f=("생산능력", None, S, "2027", "change", "required", "늘릴: a change; same clause chain as 650억 원"))

# ---------------------------------------------------------------- 004 venture-capital firm: new fund and investments (뉴스1 dateline)
d = Doc("004_4f4317853ac9af16", "2026-03-10"); docs.append(d)
S = "한결벤처파트너스"
d.O(S, S, ctx="한결벤처파트너스, 1500억", note="headline topic")
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O(S, S, ctx="한결벤처파트너스(이하", aliases="한결벤처", note="(이하 한결벤처) recorded as alias; (VC) before it is a description")
d.O("한결벤처", S, ctx="(이하 한결벤처)", st=OPT, note="short name where it is defined with 이하: optional")
d.O("한국벤처투자", "한국벤처투자", note="public fund-of-funds manager; its 모태펀드 is a fund (not labelled)")
d.O("한국산업은행", "한국산업은행")
d.O("IBK기업은행", "IBK기업은행")
d.O("한결벤처", S, ctx="한결벤처는 지난해", note="later use of the short name: required")
d.O("뉴로칩스", "뉴로칩스", note="invented portfolio start-up")
d.O("한결벤처", S, ctx="한결벤처의 운용자산")
d.O("한국벤처캐피탈협회", "한국벤처캐피탈협회", note="association cited as the source")
d.O("한결벤처", S, ctx="한결벤처 대표", note="organization before a person's title")
d.D("올해", "2026", "year", ctx="올해 600억", rel=True, note="headline")
d.D("10일", "2026-03-10", "day", rel=True)
d.D("2026년", "2026", "year", note="2026년 들어 (since the start of 2026)")
d.D("지난해", "2025", "year", ctx="지난해 신규", rel=True)
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("2월 말", "2026-02", "month", mod="END", rel=True, note="기준 after it: as of, the latest February end on or before the document date")
d.D("1년 전", "2025", "year", rel=True, note="an amount of time + 전: an offset DATE, that year")
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", rel=True, st=OPT, anchor="2025-01-01", note="points back to 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.Q("1500억", 150000000000, W, "", "currency", st=OPT, note="headline amount, currency implied")
d.Q("600억", 60000000000, W, "", "currency", ctx="올해 600억", st=OPT, note="headline amount, currency implied")
d.Q("1천500억 원", 150000000000, W, "원", "currency",
    f=("한결 AI 혁신 펀드", None, S, "2026", "level", "required", "규모: the metric is what it sizes (the fund; quotes outside); period: the headline's 올해 set for the same subject, earlier in the article"))
LP = "an investor's contribution: the contributor is the subject (convention 6); no date attached to it and none set before for the investor (open question 4)"
d.Q("450억 원", 45000000000, W, "원", "currency", f=("출자", "원을 출자했다", "한국벤처투자", "", "level", OPT, LP))
d.Q("30%", 30, "%", "%", P, ctx="30%를", f=("출자", "원을 출자했다", "한국벤처투자", "", "level", OPT, "전체의 30%: its share of the fund; " + LP))
d.Q("300억 원", 30000000000, W, "원", "currency", f=("출자", "원을 출자했다", "한국산업은행", "", "level", OPT, "각각 first; " + LP))
d.Q("200억 원", 20000000000, W, "원", "currency", ctx="원, 200억 원", f=("출자", "원을 출자했다", "IBK기업은행", "", "level", OPT, "각각 second; " + LP))
d.Q("8년", 8, "year", "년", DUR, note="존속기간: a duration, no fact")
d.Q("4년", 4, "year", "년", DUR, ctx="투자기간은 4년", note="투자기간: a duration, no fact")
d.Q("32건", 32, "건", "건", C, f=("신규 투자", None, S, "2025", "level"))
d.Q("870억 원", 87000000000, W, "원", "currency", f=("신규 투자", None, S, "2025", "level", "required", "총 outside the span; the measure noun of the clause pair (신규 투자 32건, 총 870억 원)"))
BD = "breakdown item (이 가운데) named only by a field: the breakdown's measure noun (convention 5)"
d.Q("14건", 14, "건", "건", C, f=("신규 투자", None, S, "2025", "level", "required", BD))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("신규 투자", None, S, "2025", "level", "required", BD))
d.Q("3천억 원", 300000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("기업가치", None, "뉴로칩스", "", "level", OPT, "valued 최근 (no DATE); the sentence's 지난해 11월 dates the Series B only: empty, or the sentence's date by the search order? (open question 5)"))
d.Q("6천200억 원", 620000000000, W, "원", "currency", f=("운용자산", None, S, "2026-02", "level", "required", "as of 2월 말; alias (AUM) outside"))
d.Q("1천억 원", 100000000000, W, "원", "currency", ctx="1천억 원 넘게", bound="gt", note="넘게 → gt",
    f=("운용자산", None, S, "2026-02", "change", "required", "늘었다: a change; 1년 전 is the basis"))
d.Q("11조9천억 원", 11900000000000, W, "원", "currency", f=("국내 벤처투자액", None, "", "2025", "level", "required", "market total: no subject; the association is the source"))
d.Q("8.6%", 8.6, "%", "%", P, f=("국내 벤처투자액", None, "", "2025", "change"))
d.Q("172개", 172, "개", "개", C, f=("새로 결성된 펀드", None, "", "2025", "level", "required", "counted noun with the modifier that changes what is counted"))
d.Q("31%", 31, "%", "%", P, f=("초기 기업 투자 비중", None, "", "2025", "level", "required", "the same statistics (the association's 지난해) carried: a part of 벤처투자 (convention 2)"))
d.Q("2.4%포인트", 2.4, "%p", "%포인트", P, f=("초기 기업 투자 비중", None, "", "2025", "change", "required", "낮아졌다: a change, value as written"))
d.Q("20건", 20, "건", "건", C, bound="min", note="이상 → min", f=("투자", "원을 투자하고", S, "2026-H1", "level", "required", "a target"))
d.Q("600억 원", 60000000000, W, "원", "currency", f=("투자", "원을 투자하고", S, "2026-H1", "level", "required", "a target"))
d.Q("3~4년", 3, "year", "년", DUR, hi=4, bound="max", note="안에 (within) → max like 내/이내; a duration, no fact")

# ---------------------------------------------------------------- 005 state research institute: budget, patents, licensing income (press release)
d = Doc("005_2f8cee15b1a25b0b", "2026-02-03"); docs.append(d)
S = "한국수소에너지연구원"
d.O(S, S, ctx="한국수소에너지연구원, 지난해", note="headline topic; invented state research institute")
d.O(S, S, ctx="한국수소에너지연구원(원장", aliases="수소연",
    note="the bracket holds the head's name and the 이하 short name: 수소연 recorded as alias")
d.O("수소연", S, ctx="이하 수소연", st=OPT, note="short name where it is defined with 이하: optional")
d.O("대성에너텍", "대성에너텍", note="invented licensee (중견기업)")
d.O("국가과학기술연구회", "국가과학기술연구회", aliases="NST", note="research council cited as the source; (NST) an alias outside the span")
d.O("수소연", S, ctx="수소연이 11.7%", note="later use of the short name: required")
d.O("수소연", S, ctx="수소연의 올해")
d.O("대전시", "대전시", note="a city acting as a government; 유성구 here is a place (the site), not labelled")
d.O("기술사업화실", "기술사업화실", st=OPT, note="contact office of the institute in the release footer: a unit named generically (open question 6)")
d.D("지난해", "2025", "year", ctx="지난해 기술료 수입 142억", rel=True, note="headline")
d.D("올해", "2026", "year", ctx="올해 예산 1천640억", rel=True, note="sub-headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년(118억", rel=True, st=OPT, anchor="2025-01-01", note="points back to 2025년")
d.D("3일", "2026-02-03", "day", rel=True, note="day of the announcement")
d.D("지난해", "2025", "year", ctx="지난해 국내외", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 기술료 수입은", rel=True)
d.D("올해", "2026", "year", ctx="올해 예산은", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다", rel=True, note="the basis of a change, but written as an explicit relative year: required")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="기준 after it: as of, the latest December end on or before the document date")
d.D("2028년", "2028", "year", note="까지 outside")
d.D("2030년", "2030", "year", note="까지 outside")
d.Q("142억 원", 14200000000, W, "원", "currency", ctx="수입 142억 원…", f=("기술료 수입", "기술료 수입 142억", S, "2025", "level", "required", "headline: its own 지난해"))
d.Q("318건", 318, "건", "건", C, ctx="등록 318건·",
    f=("특허 등록", "특허 등록 318건", S, "2025", "level", "required", "sub-headline: the headline's 지난해 set for the same subject carries"))
d.Q("67건", 67, "건", "건", C, ctx="기술이전 67건", f=("기술이전", "기술이전 67건", S, "2025", "level", "required", "sub-headline, as 318건"))
d.Q("1천640억 원", 164000000000, W, "원", "currency", ctx="예산 1천640억 원", f=("예산", "올해 예산 1천640억", S, "2026", "level", "required", "sub-headline: its own 올해"))
d.Q("142억 원", 14200000000, W, "원", "currency", ctx="수입이 142억 원", f=("기술료 수입", "기술료 수입이", S, "2025", "level"))
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("기술료 수입", "기술료 수입이", S, "2024", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("20.3%", 20.3, "%", "%", P, f=("기술료 수입", "기술료 수입이", S, "2025", "change"))
d.Q("318건", 318, "건", "건", C, ctx="등록은 318건", f=("국내외 특허 등록", None, S, "2025", "level"))
BD = "breakdown item named only by a part (국내, 해외, 미국): the breakdown's measure noun (convention 5)"
d.Q("241건", 241, "건", "건", C, f=("특허 등록", "국내외 특허 등록은", S, "2025", "level", "required", BD))
d.Q("77건", 77, "건", "건", C, f=("특허 등록", "국내외 특허 등록은", S, "2025", "level", "required", BD))
d.Q("29건", 29, "건", "건", C, f=("해외 특허", "해외 특허 가운데", S, "2025", "level", "required", BD + "; 해외 특허 가운데 = the breakdown"))
d.Q("67건", 67, "건", "건", C, ctx="기술이전은 67건", f=("기술이전", "기술이전은", S, "2025", "level"))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("착수기술료", None, "대성에너텍", "", "level", OPT,
       "the licensee paid it (냈다): payer's figure (convention 6) or the institute's income?; no DATE in the sentence, none set for the payer (open question 4)"))
d.Q("25개", 25, "개", "개", C, st=OPT, note="a count defining the group whose total follows (25개 정부출연연구기관의 … 기술료 수입): open question 2")
d.Q("1천210억 원", 121000000000, W, "원", "currency",
    f=("기술료 수입", "기술료 수입은 모두", "", "2025", "level", "required", "the institutes taken together, not named: no subject; 모두 outside the span"))
d.Q("11.7%", 11.7, "%", "%", P, f=("기술료 수입", "기술료 수입은 모두", S, "2025", "level", "required", "the institute's share of the total (차지했다)"))
d.Q("1천640억 원", 164000000000, W, "원", "currency", ctx="예산은 1천640억 원", f=("예산", "예산은", S, "2026", "level"))
d.Q("1천180억 원", 118000000000, W, "원", "currency", f=("정부 출연금", None, S, "2026", "level", "required", "an item (이 중) with a measure noun of its own"))
d.Q("72%", 72, "%", "%", P, f=("정부 출연금", None, S, "2026", "level", "required", "the item's share in brackets after it"))
d.Q("460억 원", 46000000000, W, "원", "currency", f=("자체 수입", None, S, "2026", "level", "required", "민간 수탁 등 only exemplifies: outside"))
d.Q("5.4%", 5.4, "%", "%", P, f=("출연금", "출연금은 지난해보다", S, "2026", "change", "required", "지난해보다 = basis; the period is the current one (올해, carried)"))
d.Q("612명", 612, "명", "명", C, f=("정규직 인력", None, S, "2025-12", "level", "required", "as of 12월 말"))
d.Q("300억 원", 30000000000, W, "원", "currency", ctx="실증단지에 300억 원",
    f=("공동 투자", None, S + ";대전시", "2028", "level", "required", "the dropped subject (the institute) with 대전시 (와는 … 공동): both named"))
d.Q("300억 원", 30000000000, W, "원", "currency", ctx="연 300억 원",
    f=("기술료 수입", "기술료 수입을", S, "2030", "level", "required", "a target; 연 before the number is a rate word, not labelled"))

# ---------------------------------------------------------------- 006 dairy cooperative: milk collection and purchase price (regional daily, 입력 stamp)
d = Doc("006_99d9cb181c813d15", "2026-01-14"); docs.append(d)
S = "서부낙농협동조합"
d.O("서부낙협", S, ctx="서부낙협, 지난해", note="headline: short form used before its definition; canonical the full name")
d.O("대전일보", "대전일보", note="outlet in the byline line")
d.O(S, S, aliases="서부낙협", note="(이하 서부낙협) recorded as alias; 충남 서부권 is a place")
d.O("서부낙협", S, ctx="(이하 서부낙협)", st=OPT, note="short name where it is defined with 이하: optional")
d.Oall("낙농진흥회", "낙농진흥회", special={0: ("required", "the body that sets the base price"), 1: ("required", "source cited (에 따르면)")})
d.O("서부낙협", S, ctx="서부낙협은 조합원에게", note="later use of the short name: required")
d.O("서울우유협동조합", "서울우유협동조합", note="rival cooperative")
d.O("부산우유협동조합", "부산우유협동조합", note="rival cooperative")
d.O("매일유업", "매일유업", note="customer (최대 거래처)")
d.O("충청남도", "충청남도", note="a province acting as a government")
d.O("서부낙협", S, ctx="서부낙협 조합장", note="organization before a person's title")
d.D("지난해", "2025", "year", ctx="지난해 원유", rel=True, note="headline")
d.D("2026.01.14", "2026-01-14", "day", note="the 입력 stamp's date: a calendar date written in the text")
d.D("10:32", "2026-01-14T10:32", "day", st=OPT, note="clock time of the stamp: optional at most")
d.D("지난해", "2025", "year", ctx="지난해 집유량", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.8%", rel=True, st=OPT, anchor="2025-01-01", note="points back to 지난해")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the announcement")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="기준 after it: as of, the latest December end on or before the document date")
d.D("전년", "2024", "year", ctx="전년과 같았다", rel=True, st=OPT, anchor="2025-01-01", note="points back to the story's 지난해")
d.D("지난해", "2025", "year", ctx="지난해 모두", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 전국", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 3.5%", rel=True, st=OPT, anchor="2025-01-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.D("다음 달", "2026-02", "month", rel=True, note="부터 outside")
d.D("올 상반기", "2026-H1", "half", rel=True, note="올 before a half: one mention; 안에 outside")
d.D("전년 동기", "2025-H1", "half", rel=True, st=OPT, anchor="2026-01-01", note="points back to 올 상반기")
d.Q("21만t", 210000, "t", "t", M, f=("원유 집유량", None, S, "2025", "level", "required", "headline: its own 지난해"))
d.Q("3년", 3, "year", "년", DUR, ctx="3년 만에", note="만에 outside: a duration, no fact")
d.Q("21만4천t", 214000, "t", "t", M, f=("집유량", "지난해 집유량이", S, "2025", "level"))
d.Q("2.8%", 2.8, "%", "%", P, f=("집유량", "지난해 집유량이", S, "2025", "change", "required", "줄었다: a change, value as written; 전년보다 = basis"))
d.Q("하루", 1, "day", "하루", DUR, ctx="하루 평균 집유량", st=OPT, note="하루 평균: a rate word (per day), optional")
d.Q("587t", 587, "t", "t", M, approx=True, note="약 → approx", f=("하루 평균 집유량", None, S, "2025", "level", "required", "period carried (same subject)"))
d.Q("312곳", 312, "곳", "곳", C,
    f=("조합원 농가", None, S, "2025-12", "level", "required", "no DATE in its clause; its sentence's 12월 말 (FACTS: clause, then sentence)"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새", note="1년 새: a duration, no fact")
d.Q("17곳", 17, "곳", "곳", C, f=("조합원 농가", None, S, "2025-12", "change", "required", "감소했고: a change; period as 312곳"))
d.Q("1만8천여 마리", 18000, "마리", "마리", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("착유우", None, S, "2025-12", "level", "required", "as of 12월 말"))
d.Q("1천84원", 1084, W, "원", "currency", note="ℓ당 before it: a rate word without a number, not labelled",
    f=("원유 구입가격", None, S, "2025", "level", OPT,
       "last period set for the subject is the as-of 12월 말 (2025-12), but 전년과 같았다 makes it the year's price (2025): open question 7"))
d.Q("2천320억 원", 232000000000, W, "원", "currency", approx=True, note="가량 → approx; 모두 outside",
    f=("지급", None, S, "2025", "level", "required", "a verbal noun (지급했다) names it; 조합원에게 is the counterparty"))
d.Q("187만t", 1870000, "t", "t", M, approx=True, note="안팎 → approx",
    f=("전국 원유 생산량", None, "", "2025", "level", "required", "national statistic: no subject; 낙농진흥회 is the source"))
d.Q("3.5%", 3.5, "%", "%", P, f=("전국 원유 생산량", None, "", "2025", "change"))
d.Q("69만t", 690000, "t", "t", M,
    f=("집유량", "협동조합의 집유량은", "서울우유협동조합", "2025", "level", "required", "각각 first; a rival with no date of its own: the period last set for the same metric (convention 2)"))
d.Q("8만6천t", 86000, "t", "t", M, f=("집유량", "협동조합의 집유량은", "부산우유협동조합", "2025", "level", "required", "각각 second"))
d.Q("하루", 1, "day", "하루", DUR, ctx="하루 250t", st=OPT, note="하루 (per day) before the amount: a rate word, optional")
d.Q("250t", 250, "t", "t", M, bound="min", note="이상 → min",
    f=("납품 물량", None, "매일유업", "2026-H1", "level", "required", "the customer's request (order): the customer is the subject (convention 6)"))
d.Q("6개월", 6, "month", "개월", DUR, note="간 outside: a duration, no fact")
d.Q("40억 원", 4000000000, W, "원", "currency",
    f=("사료비", None, "충청남도", "2026-02", "level", "required", "the province's support; the DATE attached is 다음 달 (부터 … 6개월간)"))
d.Q("1등급", 1, "등급", "등급", ORD, st=OPT, note="a grade: an ordinal or part of the name of a quality class? optional")
d.Q("95%", 95, "%", "%", P, bound="min", note="이상 → min",
    f=("원유 품질 1등급 비율", None, S, "2026-H1", "level", "required", "a target; the metric holds the optional 1등급"))

if __name__ == "__main__":
    write_all(docs)
