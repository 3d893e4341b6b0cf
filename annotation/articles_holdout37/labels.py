"""Gold labels of articles-holdout37, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: python annotation/articles_holdout37/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shopping platform's year-end sale (뉴스1 dateline, no present year)
d = Doc("001_c451fecb289e90ab", "2025-12-16"); docs.append(d)
MK, SH = "마켓온", "세한그룹"
d.Oall(MK, MK)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(SH, SH, special={0: ("required", "the parent (모회사), named after 마켓온의")})
d.O("세한로지텍", "세한로지텍", note="a subsidiary (물류 자회사), partner (과 함께)")
EV = "2025-12-01/2025-12-14"
d.D("연말", "2025", "year", ctx="마켓온 연말", mod="END", rel=True, note="headline: the year-end of the sale")
d.D("지난 1일", "2025-12-01", "day", rel=True, note="지난 1일부터 14일까지: two mentions (A부터 B까지)")
d.D("14일", "2025-12-14", "day", rel=True, note="a bare day ending a range takes its month from the start")
d.D("연말", "2025", "year", ctx="연 연말", mod="END", rel=True)
d.D("16일", "2025-12-16", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", ctx="지난해 같은 행사", rel=True, note="last year's sale: dates the figure in brackets")
d.D("첫날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01",
    note="points back to the event's first day (like 첫해): optional; the same day as 1일 beside it")
d.D("1일", "2025-12-01", "day", ctx="첫날인 1일", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 41%", rel=True, note="a comparison's basis, still a DATE")
d.D("올해", "2025", "year", rel=True)
d.D("2021년", "2021", "year")
d.D("내년", "2026", "year", rel=True)
d.Q("4870억", 487000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("거래액", "'온세일' 거래액 4870억", MK, "2025", "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("23%", 23, "%", "%", P, ctx="23% 늘어\n",
    f=("거래액", "'온세일' 거래액 4870억", MK, "2025", "change", "required",
       "headline: its own clause's DATE (연말, value 2025 END) is the period; the platform is the headline's topic"))
d.Q("4,870억 원", 487000000000, W, "원", "currency",
    f=("거래액", "'의 거래액이", MK, EV, "level", "required", "the sale's named days (지난 1일부터 14일까지) are its period, written as a range"))
d.Q("3,960억 원", 396000000000, W, "원", "currency",
    f=("거래액", "'의 거래액이", MK, "2024", "level", "required",
       "a figure alone in brackets after 지난해 같은 행사: last year's sale's 거래액 (the measure of the figure before); 지난해 dates it"))
d.Q("23%", 23, "%", "%", P, ctx="23% 늘어난",
    f=("거래액", "'의 거래액이", MK, EV, "change", "required", "…보다 23% 늘어난 … 규모다: 규모 restates; the figure before's measure; the current period"))
d.Q("1,120만 건", 11200000, "건", "건", C, f=("주문 건수", None, MK, EV, "level", "required", "행사 기간 (no DATE) = the sale's days, carried"))
d.Q("3,400만 명", 34000000, "명", "명", C, f=("누적 방문자 수", None, MK, EV, "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균): optional")
d.Q("240만 명", 2400000, "명", "명", C, f=("평균 방문자", None, MK, EV, "level", "required", "하루 평균 방문자: the rate word 하루 (an optional quantity) left out of the metric"))
d.Q("410만 명", 4100000, "명", "명", C,
    f=("", None, MK, "2025-12-01", "level", "required", "410만 명이 몰려: no noun names the count (몰리다 is a plain verb): empty metric; 1일 in its clause"))
BR = "breakdown (카테고리별로는): the items keep the total's measure 거래액 (taken at the mention nearest the number, FACTS); a category is no subject: the platform carried; the sale's days"
d.Q("1,350억 원", 135000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("760억 원", 76000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("540억 원", 54000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("41%", 41, "%", "%", P,
    f=("식품 거래액", None, MK, EV, "change", "required", "지난해보다 = basis; the current period is the sale's; 뛰어 = a rise"))
d.Q("2만 8천 곳", 28000, "곳", "곳", C, approx=True, note="약 outside, approx",
    f=("참여 판매자", None, MK, EV, "level", "required", "the sellers of the platform's sale: the platform's figure; period carried"))
d.Q("86%", 86, "%", "%", P,
    f=("중소 판매자", None, MK, EV, "level", "required", "a share (이 가운데 … 차지했다) measures the part named before it"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("지원", "지원했다", MK, EV, "level", "required", "no noun names the amount (수수료 할인 등으로 = the means): the verbal noun 지원; 행사 기간 = the sale's days"))
d.Q("3조 원", 3000000000000, W, "원", "currency", bound="gt", note="넘어설 → gt",
    f=("온라인 거래액", None, SH, "2025", "level", "required", "the parent's outlook for the group (그룹 전체 = scope); 올해 in its clause"))
d.Q("72%", 72, "%", "%", P,
    f=("지분", None, SH, "2021", "level", "required", "the acquirer (세한그룹은 … 인수해) holds the stake; 2021년 in its clause"))
d.Q("80%", 80, "%", "%", P, note="까지 read as a particle (the level reached), no bound",
    f=("익일 배송 지역", None, MK, "2026", "level", "optional",
       "a target in the CEO's quote with a named partner (세한로지텍과 함께): 마켓온 alone, or 마켓온;세한로지텍? (README question)"))

# ---------------------------------------------------------------- 002 chemical maker's quarterly loss (Yonhap dateline, no year anywhere)
d = Doc("002_92109aaf43bba41a", "2025-11-06"); docs.append(d)
HS, HE = "한서케미칼", "한서에너지소재"
d.Oall(HS, HS, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(HE, HE, special={0: ("required", "a subsidiary (자회사), named after it")})
d.O("하나증권", "하나증권", note="the brokerage before an analyst's title")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한서케미칼, 3분기", rel=True, note="latest Q3 on or before the document date")
d.D("3분기", Q3, "quarter", ctx="부진에 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="연결 기준 3분기", rel=True)
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="one mention like 전년 동기 (같은 기간 points back to the 3분기 named before): optional")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="한서에너지소재는 3분기", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("다음 달", "2025-12", "month", rel=True, note="future clause (멈추고 … 계획)")
d.D("4분기", "2025-Q4", "quarter", ctx="4분기에도", rel=True, note="future clause (이어질 것으로 본다): the next Q4")
d.D("4분기", "2025-Q4", "quarter", ctx="\"4분기", rel=True, note="future clause in the analyst's quote (줄겠지만)")
d.D("내년 하반기", "2026-H2", "half", rel=True, note="내년 before a half: one mention")
d.Q("412억", 41200000000, W, "", "currency", ctx="412억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "3분기 영업손실 412억…", HS, Q3, "level"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업손실", "영업손실이 412억", HS, Q3, "level", "required", "a loss is a level of 영업손실 (positive value)"))
d.Q("186억 원", 18600000000, W, "원", "currency",
    f=("영업이익", "영업이익 186억", HS, "2024-Q3", "level", "required",
       "a figure in brackets after 지난해 같은 기간 (an optional DATE): its period is that DATE's value; its own measure noun inside the brackets"))
d.Q("1조 2,340억 원", 1234000000000, W, "원", "currency", f=("매출", "매출은 1조", HS, Q3, "level", "required", "the lead's 3분기 carried"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", "매출은 1조", HS, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("578억 원", 57800000000, W, "원", "currency", f=("순손실", None, HS, Q3, "level"))
d.Q("231억 원", 23100000000, W, "원", "currency",
    f=("순손실", None, HS, "2025-Q2", "level", "required", "a figure in brackets after 전 분기 (an optional DATE): the previous quarter's 순손실"))
d.Q("2배", 2, "배", "배", C, bound="gt", note="넘었다 → gt; N배 a count with counter 배",
    f=("순손실", None, HS, Q3, "change", "required", "a multiple of a past basis (전 분기의 2배를 넘었다): a rate of change; the current period"))
BR = "breakdown (사업별로는): a segment (부문) is no ORG: the company carried; the measure noun after the figure (N원의 X); the lead's 3분기"
d.Q("520억 원", 52000000000, W, "원", "currency", f=("영업손실", "원의 영업손실을", HS, Q3, "level", "required", BR))
d.Q("108억 원", 10800000000, W, "원", "currency", f=("흑자", None, HS, Q3, "level", "required", BR))
d.Q("168달러", 168, U, "달러", "currency",
    f=("에틸렌 스프레드", None, "", Q3, "level", "required",
       "a market margin (no ORG's figure): empty subject; t당 (no number) is a rate word; the results story's period (the lead's 3분기)"))
d.Q("250달러", 250, U, "달러", "currency",
    f=("손익분기점", None, "", "", "level", "optional",
       "a standing reference level (손익분기점으로 꼽히는): no period of its own; the story's 3분기 or none? (README question)"))
d.Q("2차", 2, "차", "차", "ordinal", ctx="2차전지", st="optional", note="inside the lexicalized word 2차전지 (like 1인칭): optional")
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("매출", "매출 1,870억", HE, Q3, "level", "required", "the subsidiary is its clause's topic; 3분기 in the clause"))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("영업손실", "영업손실 96억", HE, Q3, "level"))
d.Q("61%", 61, "%", "%", P, f=("공장 가동률", None, HE, Q3, "level", "required", "the sentence continues about the subsidiary: its subject and period carried"))
d.Q("12%포인트", 12, PP, "%포인트", P, f=("공장 가동률", None, HE, Q3, "change", "required", "2분기보다 = basis"))
d.Q("1기", 1, "기", "기", C,
    f=("나프타분해설비", None, HS, "2025-12", "level", "required",
       "the counted noun right before the count (its alias NCC in brackets is no ORG); 회사는 = the story's company; 다음 달부터 in its clause"))
d.Q("900억 원", 90000000000, W, "원", "currency", approx=True, note="약 outside, approx",
    f=("고정비", None, HS, "2025-12", "change", "optional",
       "a cut (줄일): change; 연간 qualifies the period (outside the metric, no DATE); the sentence's 다음 달 (search order: clause, then sentence) "
       "dates only the halt: 2025-12 by the letter, or none (a plan)? (README question)"))
d.Q("250억 원", 25000000000, W, "원", "currency", approx=True, note="안팎 outside, approx",
    f=("영업손실", "4분기 영업손실은", HS, "2025-Q4", "level", "required",
       "a brokerage analyst's forecast of the company's figure: the company whose loss it is (the analyst's firm only forecasts); 4분기 in the clause"))
TP = ("a target price set by a brokerage's analyst (김태윤 하나증권 연구원 … 낮췄다): the brokerage's figure, the analyst's (a person: none), "
      "or the stock's company? no DATE: period empty (README question)")
d.Q("4만 2,000원", 42000, W, "원", "currency", f=("목표주가", None, "하나증권", "", "level", "optional", TP + "; A에서 B로: the old level"))
d.Q("3만 6,000원", 36000, W, "원", "currency", f=("목표주가", None, "하나증권", "", "level", "optional", TP + "; the new level"))

# ---------------------------------------------------------------- 003 ministry's monthly trade figures (뉴시스 dateline, 2025년 10월 in the lead)
d = Doc("003_fd1581c38d588dbe", "2025-11-01"); docs.append(d)
MO = "산업통상자원부"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(MO, MO, special={1: ("required", "a ministry before an official's title")})
d.O("한국무역협회", "한국무역협회", note="the association that makes an outlook")
d.O("아세안", "아세안", st="optional", note="ASEAN used as a region of destination (아세안 수출): a place, or the organization named? optional")
M10 = "2025-10"
NS = "a national statistic (the country's trade): empty subject; the ministry only releases it"
d.D("10월", M10, "month", ctx="10월 수출 587억", rel=True, note="headline: the latest October on or before the document date")
d.D("10월", M10, "month", ctx="면서 10월", rel=True)
d.D("2025년 10월", M10, "month", note="year and month: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): the comparison's basis, still a DATE")
d.D("1일", "2025-11-01", "day", rel=True, note="day of the release (밝혔다)")
d.D("같은 달", M10, "month", rel=True, st="optional", anchor="2025-10-01", note="points back to 10월")
d.D("5월", "2025-05", "month", rel=True, note="5월 이후 (이후 outside)")
d.D("10월", M10, "month", ctx="역대 10월", rel=True, st="optional", note="역대 10월 = all Octobers so far (a generic month, a basis): DATE or not? optional")
d.D("전년 동월", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("1~10월", "2025-01/2025-10", "month", rel=True, note="a range of months, year from the document date")
d.D("지난해 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01",
    note="one mention like 전년 동기 (같은 기간 points back to 1~10월): optional")
d.D("올해", "2025", "year", rel=True)
d.Q("587억 달러", 58700000000, U, "달러", "currency",
    f=("수출", "10월 수출 587억", "", M10, "level", "required", "headline; " + NS + "; the headline's 10월"))
d.Q("5개월", 5, "month", "개월", "duration", ctx="호조에 5개월", note="5개월 연속 (for five months in a row): a duration, no fact")
d.Q("5개월", 5, "month", "개월", "duration", ctx="5개월 연속 증가세", note="a duration, no fact")
d.Q("587억 3,000만 달러", 58730000000, U, "달러", "currency", f=("수출액", None, "", M10, "level", "required", NS))
d.Q("4.6%", 4.6, "%", "%", P, f=("수출액", None, "", M10, "change", "required", "1년 전보다 = basis"))
d.Q("521억 달러", 52100000000, U, "달러", "currency", f=("수입", None, "", M10, "level", "required", NS + "; 같은 달 (optional) and the 10월 carried agree"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="달러로 1.2%", f=("수입", None, "", M10, "change"))
d.Q("66억 3,000만 달러", 6630000000, U, "달러", "currency", f=("무역수지", "무역수지는 66억", "", M10, "level", "required", "N 흑자를 냈다: a level of the balance"))
d.Q("6개월째", 6, "개월", "개월", "ordinal", note="째 is an explicit ordinal marker (12회째): ordinal, no fact")
BR = ("breakdown (품목별로는): an item names a part only; the items keep the measure 수출, taken at the mention nearest the number (FACTS); "
      + NS + "; the month's statistic: 10월 carried")
d.Q("152억 달러", 15200000000, U, "달러", "currency", f=("반도체 수출", None, "", M10, "level", "required", "the item's own measure noun (반도체 수출이); " + NS))
d.Q("21.3%", 21.3, "%", "%", P, f=("반도체 수출", None, "", M10, "change", "required", "전년 동월 대비 = basis"))
d.Q("38억 달러", 3800000000, U, "달러", "currency", f=("수출", None, "", M10, "level", "required", BR))
d.Q("67%", 67, "%", "%", P, f=("수출", None, "", M10, "change", "required", BR))
d.Q("55억 달러", 5500000000, U, "달러", "currency", f=("수출", None, "", M10, "level", "required", BR))
d.Q("3.8%", 3.8, "%", "%", P, f=("수출", None, "", M10, "change", "required", BR))
d.Q("33억 달러", 3300000000, U, "달러", "currency", f=("수출", None, "", M10, "level", "required", BR))
d.Q("11.2%", 11.2, "%", "%", P, f=("수출", None, "", M10, "change", "required", BR))
d.Q("9대", 9, "대", "대", C, st="optional",
    note="9대 주요 지역 (nine major regions): 대 here means 'major', not the counter of machines: a lexicalized number word, optional")
d.Q("6곳", 6, "곳", "곳", C,
    f=("주요 지역", None, "", M10, "level", "required", "N 가운데 6곳: the counted noun of the whole (9대 left outside); " + NS))
d.Q("113억 달러", 11300000000, U, "달러", "currency", f=("대중국 수출", None, "", M10, "level", "required", "a country is no subject; " + NS))
d.Q("2.1%", 2.1, "%", "%", P, f=("대중국 수출", None, "", M10, "change"))
d.Q("98억 달러", 9800000000, U, "달러", "currency", f=("대미국 수출", None, "", M10, "level"))
d.Q("6.5%", 6.5, "%", "%", P, f=("대미국 수출", None, "", M10, "change"))
d.Q("102억 달러", 10200000000, U, "달러", "currency", f=("아세안 수출", None, "", M10, "level", "required", "the destination (아세안) is no subject; " + NS))
d.Q("5,612억 달러", 561200000000, U, "달러", "currency", f=("누적 수출액", None, "", "2025-01/2025-10", "level", "required", "1~10월 in its clause"))
d.Q("1.9%", 1.9, "%", "%", P, f=("누적 수출액", None, "", "2025-01/2025-10", "change", "required", "지난해 같은 기간보다 … 많다: a change; basis the year before"))
d.Q("6,900억 달러", 690000000000, U, "달러", "currency", approx=True, note="안팎 outside, approx",
    f=("수출", "연간 수출이", "", "", "level", "optional",
       "an association's outlook (전망했다) of the country's exports: no subject; 연간 is no DATE (outside the metric): period empty, "
       "the implied 2025, or the 1~10월 last set for exports? (README question)"))
d.Q("7,000억 달러", 700000000000, U, "달러", "currency",
    f=("수출", "올해 수출 7,000억", "", "2025", "level", "required",
       "a target in a ministry official's quote for the country's exports: a country's figure, empty subject; 올해 in the clause"))

# ---------------------------------------------------------------- 004 university hospital's research funding and donations (뉴스1 dateline, no present year)
d = Doc("004_4ecab88e379413fc", "2026-02-12"); docs.append(d)
HO, CA = "세린대학교병원", "청암장학재단"
d.O("세린대병원", HO, ctx="세린대병원, 지난해", note="short form of 세린대학교병원 (headline topic with a comma)")
d.O("세린대병원", HO, ctx="세린대병원장", note="short form before a head's title (장 outside)")
d.O(HO, HO, note="the full name")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(CA, CA, special={0: ("required", "invented foundation; the donor")})
d.O("보건복지부", "보건복지부", note="a funder (government project)")
d.O("한국보건산업진흥원", "한국보건산업진흥원", note="a funder")
d.O("한국연구재단", "한국연구재단", note="a funder")
d.O("청암정밀의료센터", "청암정밀의료센터", st="optional",
    note="a named center being built (짓고 있으며 … 문을 연다): a hospital's institution (a division) or a building? optional")
Y = "2025"
d.D("지난해", Y, "year", ctx="세린대병원, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="이 지난해", rel=True)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="지난해 병원에", rel=True)
d.D("2년 전", "2024", "year", rel=True, st="optional",
    note="offset: from the document date (2024, written, by the letter of the offset line) or from the 지난해 it is compared with (2023)? optional")
d.D("2018년", "2018", "year", note="2018년부터 (부터 outside)")
d.D("오는 4월 1일", "2026-04-01", "day", rel=True, note="future clause (문을 연다)")
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
d.Q("1024억", 102400000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("연구비", "지난해 연구비 1024억", HO, Y, "level"))
d.Q("50억", 5000000000, W, "", "currency", ctx="50억 기부\n", st="optional", note="headline amount, currency implied",
    f=("기부", "50억 기부\n", CA, Y, "level"))
d.Q("1,024억 원", 102400000000, W, "원", "currency", f=("연구비", "수주한 연구비", HO, Y, "level", "required", "the funders (정부와 기업 등에서) are counterparties"))
d.Q("876억 원", 87600000000, W, "원", "currency",
    f=("연구비", "수주한 연구비", HO, "2024", "level", "required", "a figure in brackets after 전년 (an optional DATE): its period is that DATE's value"))
d.Q("16.9%", 16.9, "%", "%", P, f=("연구비", "수주한 연구비", HO, Y, "change", "required", "전년보다 = basis"))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("연구비", "수주한 연구비", HO, Y, "level", "required", "a threshold crossed: a level with bound gt; the sentence continues about the hospital's research funds"))
d.Q("1,318건", 1318, "건", "건", C, f=("연구 과제 수", None, HO, Y, "level", "required", "new paragraph: the story's organization and period (the lead's 지난해)"))
d.Q("142건", 142, "건", "건", C, f=("연구 과제 수", None, HO, Y, "change"))
d.Q("2,460명", 2460, "명", "명", C, f=("교수와 연구원", None, HO, Y, "level", "required", "the counted noun phrase before the count; story's period"))
BR = ("breakdown (재원별로는): the items keep the total's measure 연구비 (nearest mention); the funders named (보건복지부, 한국보건산업진흥원, "
      "한국연구재단) are sources, not subjects: the hospital carried; story's period")
d.Q("612억 원", 61200000000, W, "원", "currency", f=("연구비", None, HO, Y, "level", "required", BR))
d.Q("60%", 60, "%", "%", P, f=("정부 과제", None, HO, Y, "level", "required", "a share (…를 차지했고) measures the part named before it"))
d.Q("287억 원", 28700000000, W, "원", "currency", f=("연구비", None, HO, Y, "level", "required", BR))
d.Q("125억 원", 12500000000, W, "원", "currency", f=("연구비", None, HO, Y, "level", "required", BR))
d.Q("186억 원", 18600000000, W, "원", "currency",
    f=("기부금", None, HO, Y, "level", "required", "병원에 들어온 기부금: the receiving hospital's donations income; 지난해 in the clause"))
d.Q("3,420건", 3420, "건", "건", C, f=("기부금", None, HO, Y, "level", "required", "a count alone in brackets after a figure of 기부금: the number of those donations"))
d.Q("두 배", 2, "배", "배", C, note="수준 after it: read as 'level', not an approximator (not in the guideline's list)",
    f=("기부금", None, HO, Y, "change", "required", "a multiple of a past basis (2년 전의 두 배): a rate of change; the current period"))
d.Q("50억 원", 5000000000, W, "원", "currency",
    f=("기부금", None, CA, Y, "level", "required",
       "이 가운데 (part of the 기부금): the whole's measure; the foundation that donated is the subject (FACTS: 'the foundations that donated'); paragraph's 지난해"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("기부", "기부했다", CA, "2018", "level", "optional",
       "재단 = the foundation named before; the verbal noun 기부; a sum since 2018년부터: period the DATE's value 2018 (written), or 2018 to now, or none? (README question)"))
BLD = ("a building project with its opening day in the next clause (오는 4월 1일 문을 연다): by the search order (clause, then sentence) "
       "the opening day, or the story's 지난해 carried, or none? (README question)")
d.Q("230억 원", 23000000000, W, "원", "currency",
    f=("자체 예산", None, HO, "2026-04-01", "level", "optional", "N원을 들여: the noun right before the amount names it; 병원은 = the hospital; " + BLD))
d.Q("2층", 2, "층", "층", C,
    f=("청암정밀의료센터", None, HO, "2026-04-01", "level", "optional", "X 규모의 Y → Y (the center, whose size it is); " + BLD))
d.Q("7층", 7, "층", "층", C,
    f=("청암정밀의료센터", None, HO, "2026-04-01", "level", "optional", "X 규모의 Y → Y; " + BLD))
CT = ("센터에는 … 배치된다: the center's figure (an optional ORG, so the fact is optional) or the hospital's? "
      "future, dated by the opening day of the sentence before or none? (README question)")
d.Q("12대", 12, "대", "대", C, f=("유전체 분석 장비", None, "청암정밀의료센터", "2026-04-01", "level", "optional", "the counted noun before the count; " + CT))
d.Q("85명", 85, "명", "명", C, f=("연구 인력", None, "청암정밀의료센터", "2026-04-01", "level", "optional", CT))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("연구비", "연구비를 연", HO, "2030", "level", "required",
       "a target in the hospital head's quote (세린대병원장): the hospital's; 2030년까지 in the clause; 연 (no number) a rate word"))
d.Q("100위", 100, "위", "위", "ordinal", note="100위권: a rank (ordinal marker 위), 권 (a bracket) outside and approx; no fact", approx=True)

# ---------------------------------------------------------------- 005 media company's streaming service (bracket byline, no year anywhere)
d = Doc("005_88f25adcfef63c1c", "2025-08-20"); docs.append(d)
UM, FO, FK, LG = "유니온미디어", "플릭스온", "플릭스온코리아", "LG유플러스"
d.Oall(UM, UM, special={0: ("required", "headline topic"), 4: ("required", "an organization before 관계자")})
txt = d.text
for s in [i for i in range(len(txt)) if txt.startswith(FO, i) and not txt.startswith(FK, i)]:
    d.O(FO, FO, at=s, note="a streaming service run as a platform business (like 티몰, 타오바오): ORG")
d.O(FK, FK, note="the subsidiary (자회사) that runs the service")
d.Oall(LG, LG, special={0: ("required", "the partner (와 손잡는다)")})
d.O("아이뉴스24", "아이뉴스24", note="outlet in the bracket byline (24 is part of the name)")
d.O("넷플릭스", "넷플릭스", note="a rival platform in a ranking list")
d.O("티빙", "티빙", note="a rival platform in a ranking list")
d.O("쿠팡플레이", "쿠팡플레이", note="a rival platform in a ranking list (a business run as a platform)")
d.D("지난달 말", "2025-07", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="a comparison's basis in brackets, still a DATE")
d.D("20일", "2025-08-20", "day", rel=True, note="day of the report (밝혔다)")
d.D("상반기", "2025-H1", "half", ctx="회사는 상반기", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis")
d.D("상반기", "2025-H1", "half", ctx="상반기 매출", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year)")
d.D("다음 달 1일", "2025-09-01", "day", rel=True, note="future clause (판매한다)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future): this year's end")
d.D("내년", "2026", "year", rel=True)
H1, M7 = "2025-H1", "2025-07"
d.Q("300만", 3000000, "", "", C, ctx="300만 돌파", st="optional", note="headline number with its counter (명) only implied: no unit, no quantity → optional; 돌파 → gt", bound="gt",
    f=("유료 가입자", "유료 가입자 300만", FO, "", "level"))
d.Q("300만 명", 3000000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("유료 가입자", "'의 유료 가입자가", FO, "", "level", "required",
       "the platform whose subscribers they are (the genitive '플릭스온'의); no DATE in the sentence or before it (the next sentence's 지난달 말 is not carried backwards): empty"))
d.Q("312만 명", 3120000, "명", "명", C,
    f=("유료 가입자", "플릭스온 유료 가입자가", FO, M7, "level", "required",
       "the platform named as the subscribers' owner (플릭스온 유료 가입자), the operator 유니온미디어 only reports (README question); 지난달 말 기준 (2025-07 END)"))
d.Q("245만 명", 2450000, "명", "명", C,
    f=("유료 가입자", "플릭스온 유료 가입자가", FO, "2025", "level", "required", "a figure alone in brackets after 연초: its period is that DATE's value (2025 START)"))
d.Q("27%", 27, "%", "%", P, f=("유료 가입자", "플릭스온 유료 가입자가", FO, M7, "change", "required", "연초보다 = basis"))
d.Q("480만 명", 4800000, "명", "명", C,
    f=("월간 활성 이용자", None, FO, M7, "level", "required",
       "MAU of the platform (the sentence continues about it); 월간 defines the measure (MAU), kept in; 지난달 말 carried"))
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("9편", 9, "편", "편", C,
    f=("오리지널 시리즈", None, UM, H1, "level", "required", "회사는 = the story's company; the counted noun before the count; 상반기에 in the clause"))
d.Q("1,150억 원", 115000000000, W, "원", "currency",
    f=("투자", "투자했고", UM, H1, "level", "required", "X에 N원을 투자했고: the verbal noun 투자 names the amount (X names its target); 상반기에"))
d.Q("4주", 4, "week", "주", "duration", note="공개 4주 만에: a duration (만에 outside), no fact")
d.Q("1억 2천만 시간", 120000000, "hour", "시간", "duration",
    note="an amount of time: category duration by ANNOTATION (a measured total of viewing time, though)",
    f=("시청 시간", None, "", H1, "level", "optional",
       "a duration has no fact by FACTS, but this one is a measured total (시청 시간), not a span of time: fact or none? "
       "a title ('검은 항구', a product) as topic: no subject; period the paragraph's 상반기 (README question)"))
OV = ("the viewing share on the platform: the subject carried from the sentence before (회사는 = 유니온미디어, written) or the platform "
      "플릭스온 whose viewing it is? (README question); 상반기 carried")
d.Q("38%", 38, "%", "%", P, f=("오리지널 시청 비중", None, UM, H1, "level", "optional", "전체의 38%: the share noun before it; " + OV))
d.Q("11%포인트", 11, PP, "%포인트", P, f=("오리지널 시청 비중", None, UM, H1, "change", "optional", "지난해보다 = basis; " + OV))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("매출", None, FK, H1, "level", "required", "the subsidiary is its clause's topic; 상반기 in the clause"))
d.Q("86억 원", 8600000000, W, "원", "currency", f=("영업손실", None, FK, H1, "level"))
d.Q("254억 원", 25400000000, W, "원", "currency",
    f=("적자", "적자 규모는", FK, "2024", "level", "required",
       "적자 규모는 1년 전(254억 원): the metric of a 규모 amount is the thing whose size it is (적자); a figure in brackets after 1년 전 (value 2024); the subsidiary carried"))
d.Q("3분의 1", "0.3333333333", "분의", "분의", C, st="optional",
    note="a fraction (3분의 1 수준): no unit of its own, no exact decimal value (written 0.3333333333): quantity or not? optional")
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="두 회사: a counted noun that is not a counter (like 70억 인구): optional")
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간: a duration (간 outside), no fact")
d.Q("600억 원", 60000000000, W, "원", "currency",
    f=("투자", "투자하기로", UM + ";" + LG, "", "level", "required",
       "두 회사 = the two companies named before (유니온미디어, LG유플러스): both are the subject; the verbal noun 투자; "
       "a plan over 3년간 (a duration, no DATE) and no period set before for this pair: empty"))
d.Q("3,000원", 3000, W, "원", "currency",
    f=("할인", "할인받는다", "", "", "level", "optional",
       "a customer's monthly discount (월 = rate word): persons' figure (no subject) or the companies' offer? the verbal noun 할인; "
       "the 다음 달 1일 of the offer two sentences before or none? (README question)"))
d.Q("400만 명", 4000000, "명", "명", C,
    f=("유료 가입자", "유료 가입자 400만", UM, "2025", "level", "optional",
       "a target told by the company's spokesperson (유니온미디어 관계자): the company named (written), or the platform 플릭스온 as in the lead? "
       "연말까지 (2025 END) in the clause (README question)"))

# ---------------------------------------------------------------- 006 regional bank's lending under a provincial agreement (입력 stamp + byline line)
d = Doc("006_3aaf9f268ff06c27", "2026-03-10"); docs.append(d)
GY, GN, GS, GF = "가야은행", "경상남도", "경남신용보증재단", "가야금융지주"
d.Oall(GY, GY, special={0: ("required", "invented regional bank; headline topic with a comma"), 4: ("required", "가야은행장: the name before the head's title 장")})
d.O("경남도", GN, ctx="경남도와", note="short form of 경상남도 (the province acting as a government)")
d.Oall(GN, GN)
d.Oall(GS, GS)
d.O("한려일보", "한려일보", note="invented outlet in the byline line")
d.O("경남도청", "경남도청", st="optional", note="경남도청에서: the provincial office as the place of signing (a place) or the government body? optional")
d.O(GF, GF, note="the parent (모회사), named after 가야은행의")
d.D("2026.03.10", "2026-03-10", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("전날", "2026-03-09", "day", rel=True, note="the day before the document date (like 어제; it points at no period named in the text)")
d.D("10일", "2026-03-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 협약 규모", rel=True, note="dates the basis figure in brackets")
d.D("오는 4월", "2026-04", "month", rel=True, note="오는 4월부터 12월까지: two mentions (A부터 B까지)")
d.D("12월", "2026-12", "month", rel=True, note="a bare month ending a range takes its year from the start")
d.D("지난해", "2025", "year", ctx="지난해 협약 대출", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (집행하겠다): this year's first half; 안에 outside")
LP = "2026-04/2026-12"
d.Q("2000억", 200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("저리 대출", None, GY, "", "level"))
d.Q("2,000억 원", 200000000000, W, "원", "currency",
    f=("저금리 대출", None, GY, "", "level", "required",
       "X 규모의 Y → Y; the lender is the bank (the province is a partner, 와 손잡고, and does not lend); no DATE in the sentence or before it "
       "(the stamp dates the report; 오는 4월부터 comes later): empty"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("협약", "지난해 협약 규모", GY, "2025", "level", "required",
       "협약 규모(N원): the thing whose size it is (협약); the sentence continues about the bank; 지난해 before it dates it"))
d.Q("500억 원", 50000000000, W, "원", "currency", ctx="보다 500억 원",
    f=("협약", "지난해 협약 규모", GY, "", "change", "required",
       "…보다 N원 늘었다: a change of this year's agreement size; the period is the current one, which no DATE names (지난해 is the basis; 전날 dates the signing only): empty"))
LN = "은행은 = the bank; 오는 4월부터 12월까지 (two DATE mentions) in the clause, written as a range"
d.Q("1,200개사", 1200, "개사", "개사", C, f=("중소기업", None, GY, LP, "level", "required", "the counted noun right before the count; " + LN))
d.Q("5억 원", 500000000, W, "원", "currency", bound="max", note="최대 → max; 업체당 (no number) a rate word",
    f=("", None, GY, LP, "level", "required", "빌려준다 is a plain native verb and no noun names the amount: empty metric; " + LN))
d.Q("4,000곳", 4000, "곳", "곳", C, f=("소상공인", None, GY, LP, "level", "required", "the counted noun right before the count; " + LN))
d.Q("5,000만 원", 50000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("", None, GY, LP, "level", "required", "as 5억 원: empty metric; " + LN))
d.Q("2%p", 2, PP, "%p", P, note="연 (no number) a rate word",
    f=("대출 이자", None, GN, "", "level", "required",
       "X 가운데 N: the whole's noun names what the part measures; the province is its clause's topic (경상남도는 … 보전하고); "
       "2년간 is a duration (no DATE) and no period was set before for the province: empty"))
d.Q("2년", 2, "year", "년", "duration", note="2년간: a duration (간 outside), no fact")
d.Q("0.8%p", 0.8, PP, "%p", P, bound="max", note="최대 → max",
    f=("금리", None, GY, LP, "change", "required", "낮춘다: a change; 은행은 = the bank; the period last set for the bank (오는 4월부터 12월까지) carried"))
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("출연", "출연한", GY, LP, "level", "optional",
       "은행이 출연한 N원: the bank (subject of the relative clause on the figure) and the verbal noun 출연; a past contribution (출연한) "
       "dated by the bank's carried lending months (the letter of carry-forward, written) or none? (README question)"))
d.Q("900억 원", 90000000000, W, "원", "currency",
    f=("보증서", None, GS, "", "level", "required", "X 규모의 Y → Y; the foundation is its clause's topic; no period set before for it: empty"))
LY = ("last year's borrowers under the agreement (지난해 협약 대출을 받은 업체): the bank's program figure (written), or several unnamed firms "
      "taken together (empty subject)? (README question); 지난해 in the sentence")
d.Q("1,380개사", 1380, "개사", "개사", C, f=("협약 대출을 받은 업체", None, GY, "2025", "level", "optional", LY))
d.Q("4.1%", 4.1, "%", "%", P, f=("평균 대출 금리", None, GY, "2025", "level", "optional", "연 (no number) a rate word; " + LY))
d.Q("0.9%", 0.9, "%", "%", P,
    f=("연체율", "연체율은 0.9%", "", "2025", "level", "required",
       "the firms' delinquency (이들 업체, unnamed, taken together): no subject; the bank is a cited source (은행에 따르면); "
       "the paragraph's 지난해 (its lead sets the paragraph's period)"))
d.Q("1.6%", 1.6, "%", "%", P,
    f=("도내 중소기업 평균", None, "", "2025", "level", "required", "a figure alone in brackets right after a noun measures that noun; an industry average: no subject"))
d.Q("0.7%p", 0.7, PP, "%p", P,
    f=("연체율", "연체율은 0.9%", "", "2025", "change", "required", "…보다 N 낮았다: a difference (change) of the figure before's measure"))
d.Q("12조 원", 12000000000000, W, "원", "currency",
    f=("중소기업 대출 잔액", None, GF, "2026", "level", "required", "the parent's plan for the group (그룹 전체 = scope); 올해 in the clause"))
d.Q("8%", 8, "%", "%", P, ctx="보다 8%", f=("중소기업 대출 잔액", None, GF, "2026", "change", "required", "지난해 말보다 = basis"))
d.Q("70%", 70, "%", "%", P, bound="min", note="이상 → min",
    f=("자금", "자금의 70%", GY, "2026-H1", "level", "required",
       "X의 N% → X; a target in the bank head's quote (가야은행장): the bank's; 상반기 안에 in the clause"))

if __name__ == "__main__":
    write_all(docs)
