"""Gold labels of articles-holdout71, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout71/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company: order intake and backlog (연합뉴스 dateline)
d = Doc("001_29eaa7520a1f6957", "2026-01-21"); docs.append(d)
S = "동하건설"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (사장)")})
d.o[1]["aliases"] = "동하"
d.O("동하", S, ctx="(이하 동하)", st="optional", note="short name defined with 이하: optional where defined")
d.O("동하", S, ctx="동하는 이달", note="later use of the 이하 short name: required, canonical the full name")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) outside")
d.O("아람코", "아람코", note="the orderer; 사우디아라비아 국영 석유회사 is a description before the name")
d.O("동하플랜트", "동하플랜트", note="invented subsidiary introduced by 자회사")
d.O("대한건설협회", "대한건설협회", note="association cited as the source (에 따르면)")
d.O("한결건설", "한결건설", note="invented rival (경쟁사)")
d.O("GS건설", "GS건설", note="rival, second of a pair with 각각")
d.O("서울시", "서울시", note="city acting as a government (발주한)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline: the year before 2026-01-21")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(9조", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's 2025 (지난해 말 just before)")
d.D("지난해", Y, "year", ctx="지난해 국내 건설", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 3.2%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("이달 초", "2026-01", "month", mod="START", rel=True, note="이달 = the document's month; 초 → START")
d.D("올해", "2026", "year", rel=True)
d.Q("12조", 12000000000000, W, "", "currency", ctx="12조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt", f=("신규 수주", "신규 수주 12조", S, Y, "level"))
d.Q("51조", 51000000000000, W, "", "currency", ctx="수주잔고 51조", st="optional", note="headline amount, currency implied",
    f=("수주잔고", "수주잔고 51조", S, Y, "level", "optional", "headline: its own 작년 across the …"))
d.Q("12조 4,300억 원", 12430000000000, W, "원", "currency",
    f=("신규 수주액", None, S, Y, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("9조 8,100억 원", 9810000000000, W, "원", "currency",
    f=("신규 수주액", None, S, "2024", "level", "required", "basis figure in brackets after 전년: that year (convention 4)"))
d.Q("26.7%", 26.7, "%", "%", P, f=("신규 수주액", None, S, Y, "change", "required", "전년 = basis; the period is the current one"))
d.Q("4조 1,200억 원", 4120000000000, W, "원", "currency", f=("해외 수주", "해외 수주는", S, Y, "level", "required", "이 가운데: part of the lead's 신규 수주액; subject and 2025 carried"))
d.Q("33.1%", 33.1, "%", "%", P, f=("해외 수주", "해외 수주는", S, Y, "level", "required", "전체의 N%: the share of the part named as the clause's subject (convention 5)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 = over one year: a duration, no fact")
d.Q("10.4%포인트", 10.4, "%p", "%포인트", P, f=("해외 비중", None, S, Y, "change"))
d.Q("1조 8천억 원", 1800000000000, W, "원", "currency", approx=True,
    f=("가스 처리시설 공사", None, S, Y, "level", "required", "규모 amount: the thing whose size it is; an order won by the company, inside its 해외 수주 (이 가운데): the contractor's figure, the orderer 아람코 is no subject (convention 11)"))
d.Q("51조 2천억 원", 51200000000000, W, "원", "currency", f=("수주잔고", "수주잔고는", S, Y, "level", "required", "지난해 말 기준: period 2025 (mod END)"))
d.Q("5년", 5, "year", "년", "duration", ctx="5년 치", bound="gt", note="5년 치 = five years' worth: an amount of time; 웃돈다 → gt; duration: no fact")
d.Q("28조 6천억 원", 28600000000000, W, "원", "currency", f=("수주잔고", "수주잔고는", S, Y, "level", "required", "breakdown item (부문별로는 주택이): the breakdown's measure is the metric (convention 3)"))
d.Q("12조 7천억 원", 12700000000000, W, "원", "currency", f=("수주잔고", "수주잔고는", S, Y, "level", "required", "breakdown item"))
d.Q("9조 9천억 원", 9900000000000, W, "원", "currency", f=("수주잔고", "수주잔고는", S, Y, "level", "required", "breakdown item"))
d.Q("1조 3,500억 원", 1350000000000, W, "원", "currency", f=("매출", "매출 1조", "동하플랜트", Y, "level", "required", "같은 기간 → 2025"))
d.Q("870억 원", 87000000000, W, "원", "currency", f=("영업이익", None, "동하플랜트", Y, "level"))
d.Q("213조 원", 213000000000000, W, "원", "currency", approx=True,
    f=("국내 건설 수주", None, "", Y, "level", "required", "a national market total from a cited association: no subject"))
d.Q("3.2%", 3.2, "%", "%", P, f=("국내 건설 수주", None, "", Y, "change", "required", "줄었다: no sign written, the kind says change"))
d.Q("10조 원", 10000000000000, W, "원", "currency",
    f=("신규 수주", "의 신규 수주는 각각", "한결건설", Y, "level", "required", "각각 pair: first company, first figure; the story's 2025 (지난해 just before)"))
d.Q("15조 원", 15000000000000, W, "원", "currency", approx=True,
    f=("신규 수주", "의 신규 수주는 각각", "GS건설", Y, "level", "required", "각각 pair: second company; 안팎 read on the figure it follows"))
d.Q("3,150억 원", 315000000000, W, "원", "currency",
    f=("지하차도 공사", None, S, "2026-01", "level", "required", "규모 amount: the thing whose size it is; the order the company won (따냈다), the orderer 서울시 is no subject; 이달 초 → 2026-01 (START)"))
d.Q("13조 5천억 원", 13500000000000, W, "원", "currency", f=("신규 수주 목표", "올해 신규 수주 목표", S, "2026", "level"))
d.Q("40%", 40, "%", "%", P, bound="min", f=("해외 비중", "해외 비중을", S, "2026", "level", "required", "the head's second quote in the same sentence as 올해: 2026; 이상 → min"))

# ---------------------------------------------------------------- 002 battery maker: plant abroad and its customer (머니투데이 bracket byline; no year)
d = Doc("002_64a34ba28ca10299", "2026-02-10"); docs.append(d)
S = "한별에너지솔루션"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 5: ("required", "organization before a head's title (대표)")})
d.Oall("BMW", "BMW", special={0: ("required", "headline: the customer (에 공급)"), 1: ("required", "독일 (place) outside the span")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall("한별케미칼", "한별케미칼", special={0: ("required", "invented parent introduced by 모회사")})
d.O("데브레첸시", "데브레첸시", note="city acting as a government (부지를 제공, 감면); the bare place 데브레첸 in the lead is not ORG")
d.O("SNE리서치", "SNE리서치", note="market-research firm cited as the source; 시장조사업체 is a description")
d.O("LG에너지솔루션", "LG에너지솔루션", note="rival, first of a 각각 pair")
d.O("삼성SDI", "삼성SDI", note="rival, second of a 각각 pair")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the board decision and disclosure (공시했다)")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (착공해): the next month")
d.D("내년 하반기", "2027-H2", "half", rel=True, note="deictic year before a half: one mention")
d.D("지난달", "2026-01", "month", rel=True)
d.D("현재", "2026-02-10", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("지난해", "2025", "year", ctx="지난해 세계", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.Q("2.6조", 2600000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("배터리 공장", "2.6조 배터리 공장", S, "", "level"))
d.Q("30GWh", 30, "GWh", "GWh", M,
    f=("원통형 배터리 공장", None, S, "", "level", "required", "a 규모 amount: the thing whose size it is (FACTS), not the rate word 연산 before it; no date written or set before: empty period"))
d.Q("2조 6천억 원", 2600000000000, W, "원", "currency", approx=True, f=("총투자비", None, S, "", "level", "required", "no DATE before it: empty period"))
d.Q("41.2%", 41.2, "%", "%", P, f=("총투자비", None, S, "", "level", "required", "자기자본의 41.2%: the investment's size against equity; the investment is what is measured"))
d.Q("70%", 70, "%", "%", P, bound="min",
    f=("생산 물량", None, S, "2027-H2", "level", "required", "subject dropped (the plant's maker); the period last set for it is 내년 하반기 (양산), carried"))
d.Q("7년", 7, "year", "년", "duration", note="7년간: 간 outside; duration, no fact")
d.Q("18조 원", 18000000000000, W, "원", "currency",
    f=("배터리 공급 계약", None, "BMW;한별에너지솔루션", "2026-01", "level", "required",
       "규모 amount: the thing whose size it is; A는 B와 계약을 맺었다 names both parties: both are the subject (convention 11)"))
d.Q("50만 대", 500000, "대", "대", C, bound="min",
    f=("유럽 전기차 판매", None, "BMW", "", "level", "optional",
       "the customer's own plan (연간, a rate); carry-forward by the letter gives 지난달 (the contract's month), which the plan is not for: open question 3"))
d.Q("5천억 원", 500000000000, W, "원", "currency",
    f=("출자", None, "한별케미칼", "", "level", "required", "verbal noun (출자한다) names it; no DATE for the parent: empty"))
d.Q("62%", 62, "%", "%", P, f=("지분율", None, "한별케미칼", "2026-02-10", "level", "required", "the holder owns its stake; 현재 → the document date"))
d.Q("45만㎡", 450000, "㎡", "㎡", M, f=("공장 부지", None, "데브레첸시", "", "level", "required", "the city provides the site: its figure; no date"))
d.Q("10년", 10, "year", "년", "duration", note="10년간: duration, no fact")
d.Q("894GWh", 894, "GWh", "GWh", M, f=("세계 전기차 배터리 사용량", None, "", "2025", "level", "required", "market total from a cited research firm: no subject; 세계 changes what is measured"))
d.Q("27%", 27, "%", "%", P, f=("세계 전기차 배터리 사용량", None, "", "2025", "change"))
d.Q("10.8%", 10.8, "%", "%", P, f=("점유율", None, "LG에너지솔루션", "2025", "level", "required", "각각 pair; 같은 기간 → 2025"))
d.Q("3.3%", 3.3, "%", "%", P, f=("점유율", None, "삼성SDI", "2025", "level", "required", "각각 pair"))
d.Q("60조 원", 60000000000000, W, "원", "currency", bound="gt", f=("수주잔고", None, S, "2025", "level", "required", "넘어섰다 → gt; 지난해 말 기준 → 2025 (END)"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: 안에 like 내 → max; duration, no fact")
d.Q("50%", 50, "%", "%", P, approx=True,
    f=("유럽 매출 비중", None, S, "", "level", "optional",
       "a target within 3년 (a duration); the sentence's 지난해 말 dates the other quote: open question 3"))

# ---------------------------------------------------------------- 003 telecom operator: subscribers and 5G share (뉴스1 dateline)
d = Doc("003_ea08d1d4f74c7784", "2025-11-11"); docs.append(d)
S = "다온텔레콤"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 5: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline: a name with a digit, not a quantity")
d.O("다온모바일", "다온모바일", note="invented MVNO subsidiary (알뜰폰 자회사)")
d.O("과학기술정보통신부", "과학기술정보통신부", note="government body cited as the source of national statistics")
d.O("SK텔레콤", "SK텔레콤", note="rival")
d.O("KT", "KT", note="rival, first of a 각각 pair")
d.O("LG유플러스", "LG유플러스", note="rival, second of a 각각 pair")
d.O("부산시", "부산시", note="city acting as a government (partner, 함께); 부산 지역 is a place")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="…3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 9월 말", "2025-09", "month", mod="END", note="as of (기준)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="basis date; the latest June")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the results release (발표했다)")
d.D("3분기", Q3, "quarter", ctx="3분기 실적", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 5G", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("8월 말", "2025-08", "month", mod="END", rel=True, note="the latest August")
d.D("연말", "2025", "year", ctx="연말까지 부산", mod="END", rel=True, note="future clause (세운다): this year's end")
d.D("연말", "2025", "year", ctx="연말까지 5G", mod="END", rel=True, note="future clause (확보하고): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.Q("512만", 5120000, "명", "", C, ctx="512만…", st="optional", note="headline count, counter implied (no unit, no quantity)",
    f=("5G 가입자", "5G 가입자 512만…", S, Q3, "level"))
d.Q("512만 명", 5120000, "명", "명", C, f=("5G 가입자", "다온텔레콤의 5G 가입자가", S, "2025-09", "level", "required", "9월 말 기준 → 2025-09 (END)"))
d.Q("738만 명", 7380000, "명", "명", C, f=("전체 휴대폰 가입자", None, S, "2025-09", "level"))
d.Q("69.4%", 69.4, "%", "%", P,
    f=("5G 가입자", "다온텔레콤의 5G 가입자가", S, "2025-09", "level", "required", "subject dropped: the 5G subscribers' share of all (convention 5)"))
d.Q("65.1%", 65.1, "%", "%", P,
    f=("5G 가입자", "다온텔레콤의 5G 가입자가", S, "2025-06", "level", "required", "basis in brackets after a date: that date's value (convention 4)"))
d.Q("4.3%포인트", 4.3, "%p", "%포인트", P, f=("5G 가입자", "다온텔레콤의 5G 가입자가", S, "2025-09", "change"))
d.Q("38만 명", 380000, "명", "명", C, ctx="는 38만 명", f=("5G 순증 가입자", None, S, Q3, "level"))
d.Q("6,240억 원", 624000000000, W, "원", "currency", f=("무선 매출", None, S, Q3, "level", "required", "the results' 3분기 carried"))
d.Q("8.9%", 8.9, "%", "%", P, f=("무선 매출", None, S, Q3, "change"))
d.Q("3만 1,200원", 31200, W, "원", "currency", f=("가입자당 평균매출", None, S, Q3, "level", "required", "the alias (ARPU) outside the metric"))
d.Q("96만 명", 960000, "명", "명", C, f=("가입자", "다온모바일의 가입자는", "다온모바일", Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration, no fact")
d.Q("14만 명", 140000, "명", "명", C, approx=True, f=("가입자", "다온모바일의 가입자는", "다온모바일", Q3, "change", "required", "가량 → approx; 늘었다 → change"))
d.Q("3,650만 명", 36500000, "명", "명", C, approx=True,
    f=("국내 5G 가입자", None, "", "2025-08", "level", "required", "national statistic from the ministry cited as source: no subject"))
d.Q("74%", 74, "%", "%", P, f=("국내 5G 가입자", None, "", "2025-08", "level", "required", "전체의 N%: the part named as the clause's subject"))
d.Q("41.5%", 41.5, "%", "%", P, f=("5G 가입자 점유율", None, "SK텔레콤", "2025-08", "level", "required", "the market statistic's 8월 말 carried (same metric)"))
d.Q("25.8%", 25.8, "%", "%", P, f=("5G 가입자 점유율", None, "KT", "2025-08", "level", "required", "각각 pair"))
d.Q("18.0%", "18.0", "%", "%", P, f=("5G 가입자 점유율", None, "LG유플러스", "2025-08", "level", "required", "각각 pair; value as written"))
d.Q("14.0%", "14.0", "%", "%", P,
    f=("5G 가입자 점유율", None, S, "2025-08", "level", "required",
       "continues the list of shares: the metric and its 8월 말 carried, not the company's earlier 3분기 (convention 1)"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("5G 기지국", None, S, "2025", "level", "required", "the operator builds (세운다); the city is a partner (와 함께), no subject; 연말까지 → 2025 (END)"))
d.Q("550만 명", 5500000, "명", "명", C, f=("5G 가입자", None, S, "2025", "level", "required", "a target by 연말 (2025, END)"))
d.Q("75%", 75, "%", "%", P, f=("5G 비중", None, S, "2026-H1", "level"))

# ---------------------------------------------------------------- 004 public energy corporation: losses and tariff (뉴시스 dateline)
d = Doc("004_f065331aab1f76d2", "2025-05-14"); docs.append(d)
S = "한국전력공사"
d.O(S, S, aliases="한전", note="full name, short name defined with 이하 recorded as alias")
d.Oall("한전", S, special={0: ("required", "headline: the short form of the organization named in full in the text"),
                           1: ("optional", "short name defined with 이하: optional where defined"),
                           3: ("required", "organization before a head's title (사장)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 세종 (place) outside")
d.O("한국남동발전", "한국남동발전", note="power-generation subsidiary (발전 자회사)")
d.O("전력거래소", "전력거래소", note="market operator cited as the source")
d.O("산업통상자원부", "산업통상자원부", note="government body setting the tariff")
Q1 = "2025-Q1"
d.D("1분기", Q1, "quarter", ctx="한전, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2025년 1분기", Q1, "quarter")
d.D("14일", "2025-05-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q1", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 1분기")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 1분기")
d.D("3월 말", "2025-03", "month", mod="END", rel=True, note="as of (기준)")
d.D("4월", "2025-04", "month", rel=True, note="the latest April")
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date: 10년 전 → that year (ANNOTATION); a comparison basis")
d.D("다음 달 16일", "2025-06-16", "day", rel=True, note="future clause (올린다)")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (마련하겠다): the coming H2")
d.Q("1.9조", 1900000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업손실", "1분기 영업손실", S, Q1, "level"))
d.Q("8원", 8, W, "원", "currency", ctx="kWh당 8원 인상",
    f=("전기요금", "전기요금 kWh당 8원 인상", S, "", "change", "optional",
       "headline: whose tariff change it is (한전's price, the ministry's decision in the body) and its date are open: open question 4"))
d.Q("1조 8,720억 원", 1872000000000, W, "원", "currency", f=("영업손실", "기준 영업손실이", S, Q1, "level", "required", "연결 기준 outside the metric"))
d.Q("2조 4,300억 원", 2430000000000, W, "원", "currency",
    f=("적자 폭", None, S, "2024-Q1", "level", "required", "basis in brackets after 전년 동기: that quarter (convention 4); the measure compared is 적자 폭"))
d.Q("5,580억 원", 558000000000, W, "원", "currency", f=("적자 폭", None, S, Q1, "change", "required", "줄었지만: a change, no sign written"))
d.Q("5개 분기째", 5, "분기", "개 분기", "ordinal", note="째: an ordinal marker (12회째); no fact")
d.Q("22조 1,400억 원", 22140000000000, W, "원", "currency", f=("매출", None, S, Q1, "level", "required", "subject and 1분기 carried"))
d.Q("7.6%", 7.6, "%", "%", P, f=("매출", None, S, Q1, "change"))
d.Q("16조 원", 16000000000000, W, "원", "currency", bound="gt", f=("연료비와 전력구입비", None, S, Q1, "level", "required", "넘었다 → gt; two costs taken together: one metric"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("영업이익", None, "한국남동발전", Q1, "level", "required", "같은 기간 → 1분기"))
d.Q("204조 3천억 원", 204300000000000, W, "원", "currency", f=("총부채", None, S, "2025-03", "level", "required", "3월 말 기준 → 2025-03 (END)"))
d.Q("498%", 498, "%", "%", P, approx=True, f=("부채비율", None, S, "2025-03", "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 before 이자 비용: a rate word (per day), like a rate denominator: optional")
d.Q("120억 원", 12000000000, W, "원", "currency", approx=True,
    f=("이자 비용", None, S, "2025-03", "level", "required", "subject dropped; 3월 말 carried; 안팎 → approx"))
d.Q("127.4원", 127.4, W, "원", "currency",
    f=("전력 도매가격", None, "", "2025-04", "level", "required", "a market price cited from the exchange: no subject; kWh당 is a rate word, 평균 a modifier outside"))
d.Q("18%", 18, "%", "%", P, f=("전력 도매가격", None, "", "2025-04", "change", "required", "1년 전 = basis; the period is the current 4월"))
d.Q("8원", 8, W, "원", "currency", ctx="kWh당 8원 올린다",
    f=("전기요금", "전기요금을", "산업통상자원부", "2025-06-16", "change", "required",
       "the ministry raises the tariff (올린다): its figure; 다음 달 16일부터 → that day (convention 11)"))
d.Q("4인", 4, "인", "인", C, st="optional", note="4인 가구: a count that defines the households (like a definitional range): optional")
d.Q("332kWh", 332, "kWh", "kWh", M, f=("월평균 사용량", None, "", "", "level", "required", "households' usage: no ORG; no date set for this metric: empty"))
d.Q("2,660원", 2660, W, "원", "currency", approx=True,
    f=("요금", "요금은 월", "", "2025-06-16", "change", "required",
       "a household's bill rises (오른다): no ORG's figure; the tariff's 다음 달 16일 carried for the same measure; 월 is a rate word"))
d.Q("3조 원", 3000000000000, W, "원", "currency", bound="min",
    f=("자구노력", None, S, "2025-H2", "level", "required", "the money raised through 자구노력 (마련하겠다); 하반기까지 → 2025-H2; 이상 → min"))

# ---------------------------------------------------------------- 005 biotech firm: licensing deal (press release)
d = Doc("005_a70a721368fb5296", "2026-03-03"); docs.append(d)
S, G = "온세라퓨틱스", "길리어드 사이언스"
BOTH = "온세라퓨틱스;길리어드 사이언스"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 1: ("required", "the bracket (대표 한지수) after it is a person, not an alias")})
d.O("길리어드", G, ctx="美 길리어드에", note="headline short form of 길리어드 사이언스; 美 (place) outside")
d.O(G, G, aliases="Gilead Sciences", note="미국 (place) outside; the bracketed English alias outside the span")
d.O("온누리제약", "온누리제약", note="invented parent (모회사)")
d.O("한국바이오협회", "한국바이오협회", note="industry association cited as the source")
d.D("지난해", "2025", "year", ctx="지난해 매출의 3배 넘어", rel=True, note="subhead")
d.D("2026년 3월 2일", "2026-03-02", "day", note="the signing date (체결했다): the date of the contract")
d.D("3일", "2026-03-03", "day", ctx="3일 밝혔다", rel=True, note="day of the announcement: not a period")
d.D("지난해", "2025", "year", ctx="지난해 회사 매출", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 영업손실", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 국내 기업", rel=True)
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention")
d.D("2028년", "2028", "year", note="a deadline (까지)")
d.Q("9억5천만 달러", 950000000, U, "달러", "currency", bound="max",
    f=("기술수출", "신약 기술수출", BOTH, "", "level", "required",
       "the deal's total; the headline names both parties of the licence (convention 11); no DATE in or before the headline: empty"))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", ctx="선급금 4,500만 달러에",
    f=("선급금", "- 선급금", S, "", "level", "required", "subhead: the licensor receives the upfront payment; no date before it"))
d.Q("3배", 3, "배", "배", C, ctx="매출의 3배 넘어", bound="gt",
    f=("선급금", "- 선급금", S, "", "level", "optional",
       "a multiple of last year's sales: whose level and which period (지난해 dates the basis) are open: open question 2"))
d.Q("9억 5천만 달러", 950000000, U, "달러", "currency", bound="max",
    f=("계약", "계약 총규모", BOTH, "2026-03-02", "level", "required",
       "a 규모 amount: the thing whose size it is (계약); A는 B와 계약을 체결했다: both parties (convention 11); the signing date carried"))
d.Q("1조 3,800억 원", 1380000000000, W, "원", "currency", approx=True, bound="max", eq=("9억 5천만 달러",),
    f=("계약", "계약 총규모", BOTH, "2026-03-02", "level", "required", "conversion: same metric, subject, period, kind"))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", ctx="선급금은 4,500만 달러",
    f=("선급금", "선급금은", S, "2026-03-02", "level", "required", "이 가운데: a part of the contract, received by the licensor (받는다)"))
d.Q("30일", 30, "day", "일", "duration", bound="max", note="30일 이내: 이내 → max; duration, no fact")
d.Q("8~12%", 8, "%", "%", P, hi=12,
    f=("로열티", None, S, "2026-03-02", "level", "required", "a rate of 순매출 received as 로열티: 로열티 is what the number measures; a term of the contract: its date carried"))
d.Q("650억 원", 65000000000, W, "원", "currency", approx=True,
    f=("선급금", "선급금만", S, "2026-03-02", "level", "required", "the upfront in won (not bracketed: no equivalent_of); 가량 → approx"))
d.Q("182억 원", 18200000000, W, "원", "currency", f=("매출", "회사 매출", S, "2025", "level"))
d.Q("3배", 3, "배", "배", C, ctx="의 3배를", bound="gt",
    f=("선급금", "선급금만", S, "", "level", "optional", "as in the subhead: open question 2"))
d.Q("246억 원", 24600000000, W, "원", "currency", f=("영업손실", None, S, "2025", "level"))
d.Q("38.5%", 38.5, "%", "%", P, f=("지분", None, "온누리제약", "", "level", "required", "the holder owns its stake; no date for it: empty"))
d.Q("18건", 18, "건", "건", C, f=("기술수출", "기술수출은 모두", "", "2025", "level", "required", "all domestic companies, not named: no subject"))
d.Q("14조 2천억 원", 14200000000000, W, "원", "currency", approx=True,
    f=("기술수출", "기술수출은 모두", "", "2025", "level", "required", "총 규모: the metric is the thing whose size it is"))
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note="임상 2상 (phase 2): an ordinal stage or the name of a trial phase: open question 1")
d.Q("2천만 달러", 20000000, U, "달러", "currency",
    f=("첫 마일스톤", None, S, "2026-H2", "level", "required", "the head speaks for the company (introduced as 대표 in the lead); 첫 changes what is measured"))
d.Q("2건", 2, "건", "건", C, ctx="기술이전 2건", bound="min", f=("기술이전", "기술이전 2건", S, "2028", "level", "required", "2028년까지: the deadline year; 이상 → min"))

# ---------------------------------------------------------------- 006 agricultural cooperative federation: rice purchases and prices (입력 stamp; year only in the stamp)
d = Doc("006_d3417aae126f32e8", "2025-12-09"); docs.append(d)
S, NE, HN = "농협중앙회", "농협경제지주", "서해들녘농협"
d.O("농협", S, ctx="농협, 올해", note="headline short form of 농협중앙회 (named in full in the lead)")
d.O("광주일보", "광주일보", note="regional daily on the byline line")
d.Oall(S, S, special={1: ("required", "organization before 관계자")})
d.O(NE, NE, note="the federation's subsidiary (자회사)")
d.O("통계청", "통계청", note="statistics agency cited as the source")
d.O(HN, HN, aliases="들녘농협", note="invented local cooperative; 전남 해남 (places) outside")
d.O("들녘농협", HN, ctx="(이하 들녘농협)", st="optional", note="short name defined with 이하: optional where defined")
d.O("들녘농협", HN, ctx="들녘농협의 40kg", note="later use of the 이하 short name: required")
d.O("전라남도", "전라남도", note="province acting as a government (지급한다)")
Y = "2025"
d.D("올해", Y, "year", ctx="농협, 올해", rel=True, note="headline")
d.D("2025.12.09", "2025-12-09", "day", note="the 입력 stamp: a calendar date written with dots (my decision: required, open question 5)")
d.D("09:15", "2025-12-09T09:15", "day", st="optional", note="clock time of the stamp: optional at most (ANNOTATION)")
d.D("올해", Y, "year", ctx="올해 수확기", rel=True, note="수확기 (harvest season) outside: not a calendar part")
d.D("8일", "2025-12-08", "day", rel=True, note="day of the announcement: not a period")
d.D("지난해", "2024", "year", ctx="지난해(175만t)", rel=True)
d.D("지난 5일", "2025-12-05", "day", rel=True, note="as of (기준)")
d.D("올해", Y, "year", ctx="올해 쌀 생산량", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해")
d.D("지난달 25일", "2025-11-25", "day", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset: 10년 전 → that year (ANNOTATION); a comparison basis")
d.D("올해", Y, "year", ctx="올해 조합원", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 4,500원", rel=True)
d.D("이달 중순", "2025-12", "month", mod="MID", rel=True, note="a deadline (까지 지급한다)")
d.D("연말", Y, "year", mod="END", rel=True, note="future clause: this year's end")
d.Q("188만t", 1880000, "t", "t", M, ctx="벼 188만t 매입", f=("매입", "188만t 매입", S, Y, "level", "required", "headline: the verbal noun 매입 names it; the headline's 올해"))
d.Q("21만원", 210000, W, "원", "currency", approx=True,
    f=("산지 쌀값", "산지 쌀값 21만원대", "", Y, "level", "required", "원대: 대 outside the span, approx; a national price: no subject; the headline's 올해 across the …"))
d.Q("188만t", 1880000, "t", "t", M, ctx="물량을 188만t", f=("벼 매입 계획 물량", None, S, Y, "level"))
d.Q("175만t", 1750000, "t", "t", M, f=("벼 매입 계획 물량", None, S, "2024", "level", "required", "basis in brackets after 지난해: 2024 (convention 4)"))
d.Q("13만t", 130000, "t", "t", M, f=("벼 매입 계획 물량", None, S, Y, "change", "required", "많은 규모다: the difference from the basis"))
d.Q("43만 5천t", 435000, "t", "t", M, f=("전남 물량", None, S, Y, "level", "required", "이 가운데: a regional part; 전남 changes what is measured"))
d.Q("23.1%", 23.1, "%", "%", P, f=("전남 물량", None, S, Y, "level", "required", "전체의 N%: the part named as the clause's subject (convention 5)"))
d.Q("151만 2천t", 1512000, "t", "t", M, f=("실제 매입량", None, S, "2025-12-05", "level", "required", "지난 5일 기준"))
d.Q("80.4%", 80.4, "%", "%", P, f=("실제 매입량", None, S, "2025-12-05", "level", "required", "계획의 80.4%: the purchases' share of the plan"))
d.Q("1,100여 곳", 1100, "곳", "곳", C, approx=True,
    f=("지역 농협", None, NE, Y, "level", "required", "여 inside the span, approx; the cooperatives the subsidiary funded: its figure; the story's 올해 (convention 1)"))
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency", f=("무이자 자금", None, NE, Y, "level"))
d.Q("357만t", 3570000, "t", "t", M, f=("쌀 생산량", None, "", Y, "level", "required", "national statistic: no subject"))
d.Q("0.8%", 0.8, "%", "%", P, f=("쌀 생산량", None, "", Y, "change"))
d.Q("80kg", 80, "kg", "kg", M, st="optional", note="80kg당: a rate denominator: optional (ANNOTATION)")
d.Q("21만 4,600원", 214600, W, "원", "currency", f=("산지 쌀값", "산지 쌀값은", "", "2025-11-25", "level", "required", "지난달 25일 기준"))
d.Q("17.2%", 17.2, "%", "%", P, f=("산지 쌀값", "산지 쌀값은", "", "2025-11-25", "change", "required", "1년 전 = basis"))
d.Q("2만 8천t", 28000, "t", "t", M, f=("조합원 벼", None, HN, Y, "level", "required", "the rice bought (사들였다) is the noun naming what is measured"))
d.Q("40kg", 40, "kg", "kg", M, st="optional", note="40kg 조곡 수매가: the bag size that defines the price (definitional): optional")
d.Q("6만 2천 원", 62000, W, "원", "currency", f=("조곡 수매가", None, HN, Y, "level", "required", "the cooperative's 올해 carried"))
d.Q("4,500원", 4500, W, "원", "currency", ctx="4,500원 올랐다", f=("조곡 수매가", None, HN, Y, "change", "required", "지난해보다 = basis"))
d.Q("6만 2천여 곳", 62000, "곳", "곳", C, approx=True,
    f=("벼 재배 농가", None, "전라남도", "2025-12", "level", "required", "the farms the province pays: its figure; 이달 중순까지 → 2025-12 (MID)"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("경영안정자금", None, "전라남도", "2025-12", "level"))
d.Q("185만t", 1850000, "t", "t", M, bound="min", f=("매입 물량", "매입 물량을", S, Y, "level", "required", "연말까지 → 2025 (END); 이상 → min"))

if __name__ == "__main__":
    write_all(docs)
