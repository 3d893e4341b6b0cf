"""Gold labels of articles-holdout113, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md
(writer-labeller W113). Run: /work/main/.venv/bin/python annotation/articles_holdout113/labels.py
(writes gold/*.csv and checks every offset). The framework (span location, checks, CSV writing) is
annotation/articles_holdout2/labels_core.py, imported, not copied."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 ... are optional)"
OFF = ("offset (N 전) inside a comparison whose current figure has a named period: ANNOTATION's letter counts from the "
       "document date (value written so), a reader counts from the period compared; optional (open question 2)")
HL = "headline amount whose currency is only implied (ANNOTATION: optional)"
DEN = "rate denominator (ANNOTATION: optional)"
SUJ = "no approximator: 수준 is not in ANNOTATION's list (my convention 8)"
PART = "breakdown item: no measure noun in its clause, the part's name is the metric (my convention 3)"
VN = ("no noun names the amount: the verbal noun serves (FACTS: 판매했다 → 판매); changed at the re-read (REREAD.md row 4)")
BASIS = "basis figure in brackets after a date: its period is that date's value (my convention 4)"


# ---------------------------------------------------------------- 001 listed REIT: dividend, occupancy, acquisitions (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_2bfa4eb6f8e71f13", "2026-02-12"); docs.append(d)
S = "누리오피스리츠"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("유가증권시장", "유가증권시장", st="optional", note="a market segment (run by the exchange): organization or not? (open question 1)")
d.O("쿠팡", "쿠팡", note="tenant company (counterparty of the lease)")
d.O("누리자산운용", "누리자산운용", note="invented sponsor / asset manager")
d.O("KB국민은행", "KB국민은행", note="lender; 등 outside")
d.O("한국리츠협회", "한국리츠협회", note="association cited as the source")
d.O("청담리츠", "청담리츠", note="invented rival REIT")
Y, Y0 = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 주당", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year", note="year before a compound (결산), ANNOTATION's 2020년 연말결산")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년(285원)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", ctx="지난해 말 기준 보유", mod="END", rel=True)
d.D("1년 전", Y, "year", rel=True, st="optional", note=OFF + "; a reader: 2024 END")
d.D("전년", "2024", "year", ctx="전년 대비 11%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 하반기", "2025-H2", "half", rel=True, note="올해/지난해 before a part is one mention (ANNOTATION's 올해 8월 말)")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.D("지난해 말", Y, "year", ctx="지난해 말 국내", mod="END", rel=True)
d.D("같은 기간", Y, "year", mod="END", rel=True, st="optional", anchor="2025-10-01", note=PB + " (지난해 말)")
d.D("올해", Y0, "year", ctx="올해 자산", rel=True)
# headline
d.Q("310원", 310, W, "원", "currency", ctx="310원…", f=("주당 배당금", "주당 배당금 310원…", S, Y, "level"))
d.Q("98%", 98, "%", "%", P, f=("임대율", "임대율 98%", S, Y, "level", "required", "headline: its own DATE 지난해 across the …"))
# lead
d.Q("310원", 310, W, "원", "currency", ctx="310원으로", f=("주당 배당금", "주당 배당금을", S, Y, "level"))
d.Q("285원", 285, W, "원", "currency", f=("주당 배당금", "주당 배당금을", S, "2024", "level", "required",
    BASIS + "; metric: the dividend of the previous sentence (금액 only refers back to it)"))
d.Q("8.8%", 8.8, "%", "%", P, f=("주당 배당금", "주당 배당금을", S, Y, "change", "required", "금액 refers back to the dividend"))
d.Q("6.4%", 6.4, "%", "%", P, f=("배당수익률", None, S, Y, "level", "required", "시가 기준 qualifies the basis: outside the metric"))
# paragraph 2
d.Q("5곳", 5, "곳", "곳", C, f=("보유 자산", None, S, Y, "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("98.2%", 98.2, "%", "%", P, f=("평균 임대율", "평균 임대율은 98.2%", S, Y, "level"))
d.Q("0.7%포인트", 0.7, PP, "%포인트", P, f=("평균 임대율", "평균 임대율은 98.2%", S, Y, "change", "required", "1년 전 is the basis"))
d.Q("100%", 100, "%", "%", P, f=("역삼 누리스퀘어", None, S, Y, "level", "required", PART + "; a building is no ORG: the REIT's asset"))
d.Q("99.1%", 99.1, "%", "%", P, f=("판교 누리타워", None, S, Y, "level", "required", PART))
d.Q("412억원", 41200000000, W, "원", "currency", f=("임대료 수입", None, S, Y, "level", "required", "period carried (지난해 말 → 2025)"))
d.Q("11%", 11, "%", "%", P, f=("임대료 수입", None, S, Y, "change"))
d.Q("48%", 48, "%", "%", P, note=SUJ, f=("부채비율", None, S, Y, "level"))
# paragraph 3
d.Q("1천850억원", 185000000000, W, "원", "currency", f=("물류센터", None, S, "2025-H2", "level", "required",
    "the purchase price: the thing bought names what it measures (as FACTS' 규모 rule); 사들였다 has no verbal noun"))
d.Q("6만2천㎡", 62000, "㎡", "㎡", M, f=("연면적", None, S, "2025-H2", "level", "optional",
    "the floor area of a building (no ORG) the REIT owns: subject the REIT or empty? (open question 3)"))
d.Q("10년", 10, "year", "년", "duration", note="10년 동안의: duration, no fact")
d.Q("1곳", 1, "곳", "곳", C, f=("여의도 오피스", None, S, "2026-Q1", "level", "required", "future plan in 올해 1분기 안에"))
d.Q("3천억원", 300000000000, W, "원", "currency", approx=True, f=("인수", "인수할", S, "2026-Q1", "level", "required", "약 → approx; " + VN))
d.Q("1천200억원", 120000000000, W, "원", "currency", f=("인수 자금", None, "누리자산운용", "2026-Q1", "level", "optional",
    "the sponsor's contribution: no period was ever set for 누리자산운용 (letter: empty) vs the acquisition's 올해 1분기 (open question 4)"))
# paragraph 4
d.Q("24개", 24, "개", "개", C, f=("국내 상장 리츠", None, "", Y, "level", "required", "a market figure; the association is only the source"))
d.Q("8조9천억원", 8900000000000, W, "원", "currency", approx=True, note="안팎 → approx", f=("시가총액", None, "", Y, "level"))
d.Q("96%", 96, "%", "%", P, f=("평균 임대율", "평균 임대율은 96%", "청담리츠", Y, "level", "required", "같은 기간 → 지난해 말"))
# quote
d.Q("2조원", 2000000000000, W, "원", "currency", bound="min", f=("자산 규모", None, S, Y0, "level", "required", "the head's target, 올해 in the quote"))
d.Q("330원", 330, W, "원", "currency", bound="gt", f=("주당 배당금", "주당 배당금은 330원", S, Y0, "level", "required", "넘게 → gt"))


# ---------------------------------------------------------------- 002 hydrogen fuel-cell maker: orders, plant capacity (이데일리 bracket byline, no year written)
d = Doc("002_03b243a4f5bef444", "2025-10-28"); docs.append(d)
S = "에이치투파워"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("한국남부발전", "한국남부발전", note="customer (발주처)")
d.O("SK에코플랜트", "SK에코플랜트", note="customer (발주처)")
d.O("남부발전", "한국남부발전", ctx="남부발전 물량", note="short form of a name written in full before")
d.O("대원산업", "대원산업", note="invented parent company (모회사)")
d.O("산업통상자원부", "산업통상자원부", note="ministry cited as the source")
d.O("두산퓨얼셀", "두산퓨얼셀", note="rival (경쟁사)")
Y, Q3 = "2025", "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 연료전지", rel=True, note="headline; bare quarter: the latest Q3 on or before the document date")
d.D("3분기", Q3, "quarter", ctx="3분기에만", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("올해", Y, "year", ctx="올해 누적", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 연간", rel=True)
d.D("현재", "2025-10-28", "day", rel=True, st="optional", note="ANNOTATION: 현재 is optional and takes the document date")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="a deadline (까지): 내년 before a part is one mention")
d.D("지난 9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): on or before the document date")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01",
    note=PB + "; which period (the story's 3분기 or January to 지난 9월 말) is unclear")
d.D("3분기", Q3, "quarter", ctx="3분기 매출", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", note=OFF + "; a reader: 2024-Q3")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a bare quarter named as the basis: a DATE of its own (not a pointing-back word)")
d.D("지난달 말", "2025-09", "month", mod="END", rel=True)
d.D("연초", Y, "year", mod="START", rel=True, note="basis of a comparison (연초 대비)")
d.D("연말", Y, "year", mod="END", rel=True, note="deadline in a future clause: this year's end")
# headline
d.Q("1천200억", 120000000000, W, "", "currency", ctx="1천200억…", st="optional", note=HL)
d.Q("두 배", 2, "배", "배", C, f=("음성 공장", None, S, "", "change", "optional",
    "headline: what doubles (capacity) is not named and the headline's DATE (3분기) belongs to the orders (open question 5)"))
# lead
d.Q("1천200억원", 120000000000, W, "원", "currency", f=("발전용 연료전지", "발전용 연료전지를", S, Q3, "level", "required",
    "FACTS: the metric of a 규모 amount is the thing whose size it is"))
d.Q("480억원", 48000000000, W, "원", "currency", f=("발전용 연료전지", "발전용 연료전지를", S, "2024-Q3", "level", "required", BASIS))
d.Q("2.5배", 2.5, "배", "배", C, f=("발전용 연료전지", "발전용 연료전지를", S, Q3, "change", "required", "N배 against a past basis: a rate of change (my convention 8)"))
d.Q("2천650억원", 265000000000, W, "원", "currency", f=("누적 수주액", None, S, Y, "level"))
d.Q("2천100억원", 210000000000, W, "원", "currency", f=("수주액", "수주액(2천100억원)", S, "2024", "level", "required", "연간 only qualifies the period: outside the metric"))
# paragraph 2
FN = "a breakdown by customer (각각): subject the customer that ordered or the maker that won the order, period the story's 3분기 or none (open question 6)"
d.Q("40MW", 40, "MW", "MW", M, f=("설비", None, "한국남부발전", Q3, "level", "optional", FN))
d.Q("25MW", 25, "MW", "MW", M, f=("설비", None, "SK에코플랜트", Q3, "level", "optional", FN))
d.Q("20년", 20, "year", "년", "duration", note="20년 동안의: duration, no fact")
# paragraph 3
d.Q("100MW", 100, "MW", "MW", M, f=("생산능력", None, S, "2025-10-28", "level", "optional",
    "as of 현재 (an optional DATE that takes the document date) or the story's period? (open question 7); 연간 qualifies the basis"))
d.Q("200MW", 200, "MW", "MW", M, f=("생산능력", None, S, "2026-H1", "level", "required", "회사는 → the company; a deadline 내년 상반기까지"))
d.Q("850억원", 85000000000, W, "원", "currency", approx=True, f=("투자비", None, S, "2026-H1", "level", "required", "약 → approx; period carried from the previous sentence"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate denominator (ANNOTATION: optional)")
d.Q("12대", 12, "대", "대", C, f=("연료전지 모듈", None, S, "2026-H1", "level", "required", "period carried (after the expansion)"))
# paragraph 4
d.Q("1.1GW", 1.1, "GW", "GW", M, bound="gt", f=("누적 설치용량", None, "", "2025-09", "level", "required", "a national figure; the ministry only the source; 넘어섰다 → gt"))
d.Q("1천800억원", 180000000000, W, "원", "currency", note=SUJ, f=("수주액", "수주액은 1천800억원", "두산퓨얼셀", Q3, "level", "optional",
    "같은 기간: the story's 3분기 or January to September? (the DATE is optional and unclear)"))
# paragraph 5
d.Q("610억원", 61000000000, W, "원", "currency", f=("매출", "매출은 610억원", S, Q3, "level"))
d.Q("18%", 18, "%", "%", P, f=("매출", "매출은 610억원", S, Q3, "change", "required", "1년 전 is the basis"))
d.Q("7.2%", 7.2, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("영업이익률", None, S, Q3, "change", "required", "2분기 is the basis"))
d.Q("340명", 340, "명", "명", C, f=("직원 수", None, S, "2025-09", "level", "required", "지난달 말 → 2025-09 (END)"))
d.Q("60여명", 60, "명", "명", C, approx=True, f=("직원 수", None, S, "2025-09", "change", "required", "여 inside the span → approx; 연초 the basis"))
# quote
d.Q("5천억원", 500000000000, W, "원", "currency", bound="gt", f=("수주 잔고", None, S, Y, "level", "required", "돌파 → gt; 연말까지 → 2025"))
d.Q("20%", 20, "%", "%", P, bound="min", f=("해외 매출 비중", None, S, Y, "level", "required", "the same 연말까지 governs both targets"))


# ---------------------------------------------------------------- 003 province's smart-farm budget and farms (regional daily, byline at the end, 2026년 in the lead, (이하 진흥원))
d = Doc("003_0b3d0d0f7bf18d81", "2026-01-19"); docs.append(d)
S, A = "전라남도", "전남스마트농업진흥원"
d.O("전라남도", S, note="a province acting as a government")
d.Oall("전남도", S, special={0: ("required", "headline: short form of 전라남도"), 2: ("required", "organization before an official's title (국장)")})
d.O(A, A, aliases="진흥원", note="invented provincial agency, short name defined with 이하")
d.O("진흥원", A, ctx="이하 진흥원", st="optional", note="ANNOTATION: a short name defined with 이하 is optional where defined")
d.O("진흥원", A, ctx="진흥원은 지난해", note="later use of the 이하 short name: required")
d.O("농림축산식품부", "농림축산식품부", note="ministry cited as the source")
d.O("나주시", "나주시", note="a city acting as a government")
d.O("해남군", "해남군", note="a county acting as a government")
d.O("무등일보", "무등일보", note="outlet in the closing byline")
Y, Y1 = "2026", "2025"
SV = "2025-03/2025-11"
d.D("올해", Y, "year", ctx="올해 스마트팜", rel=True, note="headline")
d.D("2026년", Y, "year")
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", Y1, "year", ctx="지난해(870억원)", rel=True, note="지난해 is document-relative: required (not a pointing-back word)")
d.D("올해", Y, "year", ctx="올해 시설원예", rel=True)
d.D("지난해 3~11월", SV, "month", rel=True, note="one mention: a range whose end takes its year from the start")
d.D("지난해 말", Y1, "year", mod="END", rel=True)
d.D("5년 전", "2021", "year", rel=True, st="optional", note=OFF + "; a reader: 2020 END")
d.D("오는 3월 4일", "2026-03-04", "day", rel=True, note="future clause (오는): the next such day; A부터 B까지 is two mentions")
d.D("20일", "2026-03-20", "day", ctx="20일까지", rel=True, note="a bare day ending a range takes its missing parts from the start")
d.D("2030년", "2030", "year")
# headline
d.Q("1천억", 100000000000, W, "", "currency", ctx="1천억 넘어", bound="gt", st="optional", note=HL + "; 넘어 → gt")
d.Q("1천200곳", 1200, "곳", "곳", C, ctx="1천200곳 지원", f=("농가", "농가 1천200곳 지원", S, Y, "level", "required", "headline: its own DATE 올해"))
# lead
FUND = "X에 N원을 배정 in a breakdown: the part funded names what the amount measures (my convention 3)"
d.Q("1천24억원", 102400000000, W, "원", "currency", f=("투입", None, S, Y, "level", "required", VN))
d.Q("870억원", 87000000000, W, "원", "currency", f=("투입", None, S, Y1, "level", "required", BASIS + "; " + VN))
d.Q("17.7%", 17.7, "%", "%", P, f=("투입", None, S, Y, "change", "required", "규모 → the thing whose size it is (the amount put in); " + VN))
d.Q("1천억원", 100000000000, W, "원", "currency", bound="gt", f=("스마트팜 예산", "스마트팜 예산이", S, Y, "level", "optional",
    "도 단위 스마트팜 예산: this province's budget or any province's (a first for all provinces)? (open question 8)"))
# paragraph 2
d.Q("1천200곳", 1200, "곳", "곳", C, ctx="1천200곳에", f=("농가", "농가 1천200곳에", S, Y, "level"))
d.Q("612억원", 61200000000, W, "원", "currency", f=("시설원예", "시설원예에 612억원", S, Y, "level", "required", PART + "; " + FUND))
d.Q("298억원", 29800000000, W, "원", "currency", f=("축산", "축산에 298억원", S, Y, "level", "required", PART))
d.Q("114억원", 11400000000, W, "원", "currency", f=("청년 창업 보육", None, S, Y, "level", "required", PART))
d.Q("150명", 150, "명", "명", C, f=("청년농 지원 대상", None, S, Y, "level"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note=DEN)
d.Q("3억원", 300000000, W, "원", "currency", bound="max", f=("융자", None, S, Y, "level", "required", "최대 → max; the province's programme"))
d.Q("2%", 2, "%", "%", P, ctx="2% 금리", f=("금리", None, S, Y, "level", "required", "연 is a rate word, no number"))
# paragraph 3
d.Q("840곳", 840, "곳", "곳", C, f=("보급 농가", None, A, SV, "level", "required", "진흥원은 → the agency surveyed them"))
d.Q("27%", 27, "%", "%", P, f=("토마토 생산량", None, "", SV, "change", "required", "farms' output, no ORG's; the agency reports only"))
d.Q("31%", 31, "%", "%", P, f=("노동시간", None, "", SV, "change"))
# paragraph 4
d.Q("8천400㏊", 8400, "ha", "㏊", M, approx=True, f=("스마트팜 면적", None, "", Y1, "level", "required", "a national figure; the ministry only the source; 약 → approx"))
d.Q("2배", 2, "배", "배", C, approx=True, f=("스마트팜 면적", None, "", Y1, "change", "required", "가까이 → approx (my convention 8); 5년 전 the basis"))
d.Q("14%", 14, "%", "%", P, approx=True, f=("전남 비중", None, "", Y1, "level", "required", "전남 here is the region (a place): no subject; 안팎 → approx"))
TOWN = "two local governments' contributions (각각): no period was ever set for them (letter: empty) vs this year's programme (open question 4)"
d.Q("45억원", 4500000000, W, "원", "currency", f=("시군비", None, "나주시", Y, "level", "optional", TOWN))
d.Q("30억원", 3000000000, W, "원", "currency", f=("시군비", None, "해남군", Y, "level", "optional", TOWN))
# quote
d.Q("30%", 30, "%", "%", P, ctx="30% 이상", bound="min", f=("스마트팜 보급률", None, S, "2030", "level", "required", "the official speaks for the province; 2030년까지"))


# ---------------------------------------------------------------- 004 newspaper publisher: digital subscriptions, ad revenue (입력 stamp; the year only in the stamp)
d = Doc("004_ef261a651403571a", "2026-03-18"); docs.append(d)
S, N = "한누리미디어", "한누리일보"
d.Oall(N, N, special={0: ("required", "headline topic: the newspaper (media are ORG)")})
d.Oall(S, S, special={1: ("required", "organization before a head's title (대표)")})
d.O("한국언론진흥재단", "한국언론진흥재단", note="foundation cited as the source")
d.O("새한신문", "새한신문", note="invented rival paper (경쟁지)")
d.O("한누리홀딩스", "한누리홀딩스", note="invented parent company (모회사)")
Y, Y1, F = "2026", "2025", "2026-02"
d.D("2026.03.18", "2026-03-18", "day", note="the 입력 stamp's date: a calendar date written in the text")
d.D("10:42", "2026-03-18T10:42", "day", st="optional", note="clock time (ANNOTATION: optional at most)")
d.D("지난달 말", F, "month", mod="END", rel=True, note="as of (기준)")
d.D("17일", "2026-03-17", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해 같은 달", "2025-02", "month", rel=True, st="optional", anchor="2026-02-01",
    note=PB + " (같은 달 → 지난달); one mention, as 올해 8월 말")
d.D("지난해", Y1, "year", ctx="지난해 148억원", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 41%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y1, "year", ctx="지난해 1천12억원", rel=True)
d.D("지난해", Y1, "year", ctx="지난해 약 620억원", rel=True)
d.D("같은 기간", Y1, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (지난해)")
d.D("올해", Y, "year", ctx="올해 디지털", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="deadline in a future clause: this year's end")
# headline
d.Q("15만명", 150000, "명", "명", C, ctx="15만명 돌파", bound="gt", f=("디지털 유료 구독자", "디지털 유료 구독자 15만명", N, "", "level", "optional",
    "headline: the newspaper named for its publisher (whose figure: 한누리일보 or 한누리미디어?) and no DATE (open question 9); 돌파 → gt"))
# lead
d.Q("15만2천명", 152000, "명", "명", C, f=("디지털 유료 구독자", "디지털 유료 구독자가", S, F, "level", "required",
    "the company that announced its figures (한누리미디어는); 지난달 말 기준"))
d.Q("11만4천명", 114000, "명", "명", C, f=("디지털 유료 구독자", "디지털 유료 구독자가", S, "2025-02", "level", "required", BASIS))
d.Q("33%", 33, "%", "%", P, f=("디지털 유료 구독자", "디지털 유료 구독자가", S, F, "change"))
# paragraph 2
d.Q("9만명", 90000, "명", "명", C, f=("연간 구독자", None, S, F, "level", "required", "연간 here changes what is counted (annual-plan subscribers): in the metric"))
d.Q("59%", 59, "%", "%", P, f=("연간 구독자", None, S, F, "level", "required", "전체의 N%를 차지: the share measures the part named as the clause's subject (my convention 5)"))
d.Q("9천900원", 9900, W, "원", "currency", f=("구독료", "월 구독료", S, F, "level", "required", "월 qualifies the basis: outside; period carried"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note=DEN)
d.Q("8천200원", 8200, W, "원", "currency", approx=True, note="선 after an amount → approx (my convention 8)", f=("평균 결제액", None, S, F, "level"))
d.Q("148억원", 14800000000, W, "원", "currency", f=("디지털 구독 매출", "디지털 구독 매출은 지난해", S, Y1, "level"))
d.Q("41%", 41, "%", "%", P, f=("디지털 구독 매출", "디지털 구독 매출은 지난해", S, Y1, "change"))
# paragraph 3
d.Q("1천12억원", 101200000000, W, "원", "currency", f=("광고 매출", "광고 매출은 지난해", S, Y1, "level"))
d.Q("6.5%", 6.5, "%", "%", P, f=("광고 매출", "광고 매출은 지난해", S, Y1, "change"))
d.Q("610억원", 61000000000, W, "원", "currency", f=("지면 광고", "지면 광고가", S, Y1, "level", "required", PART))
d.Q("402억원", 40200000000, W, "원", "currency", f=("디지털 광고", "디지털 광고가", S, Y1, "level", "required", PART))
d.Q("3년", 3, "year", "년", "duration", note="3년 연속: an amount of time, no fact")
# paragraph 4
d.Q("620억원", 62000000000, W, "원", "currency", approx=True, f=("디지털 구독 매출 합계", None, "", Y1, "level", "required",
    "a market figure; the foundation only the source; 약 → approx"))
d.Q("네 곳", 4, "곳", "곳", C, st="optional", note="네 곳 중: the denominator of a ratio, treated as a rate denominator (ANNOTATION: optional)")
d.Q("한 곳", 1, "곳", "곳", C, note="꼴 outside the span", f=("", None, N, Y1, "level", "optional",
    "the paper's share of the market (1 in 4): no noun names what is measured (open question 10)"))
d.Q("7만명", 70000, "명", "명", C, approx=True, note="남짓 → approx", f=("유료 구독자", "유료 구독자는 같은", "새한신문", Y1, "level", "required", "같은 기간 → 지난해"))
# paragraph 5
d.Q("120억원", 12000000000, W, "원", "currency", f=("투자", "투자해", "한누리홀딩스", Y, "level", "required", VN))
d.Q("30명", 30, "명", "명", C, f=("개발 인력", None, "한누리홀딩스", Y, "change", "required", "늘린다 by N: a difference"))
d.Q("20만명", 200000, "명", "명", C, f=("유료 구독자", "유료 구독자 20만명", S, Y, "level", "required", "the head's target; 연말까지 → 2026; 이상 belongs to the second target only"))
d.Q("25%", 25, "%", "%", P, bound="min", f=("디지털 매출 비중", None, S, Y, "level"))


# ---------------------------------------------------------------- 005 securities firm: wealth-management client assets (뉴스1 dateline, 2025년 in the lead)
d = Doc("005_26a9f13c500c0d6d", "2026-02-04"); docs.append(d)
S, H = "대양투자증권", "대양금융지주"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title; WM부문 (a generic unit word) outside")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline, with its digit")
d.O("금융투자협회", "금융투자협회", note="association cited as the source")
d.O("미래에셋증권", "미래에셋증권", note="rival (업계 1위)")
d.O(H, H, note="invented parent holding company (모회사)")
Y, Y1, F = "2026", "2025", "2026-01"
d.D("지난 1월 말", F, "month", mod="END", rel=True, note="as of (기준)")
d.D("4일", "2026-02-04", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("2025년 1월 말", "2025-01", "month", mod="END", note="absolute; the basis of the comparison")
d.D("전년 동기", "2025-01", "month", mod="END", rel=True, st="optional", anchor="2026-01-21", note=PB + " (지난 1월 말)")
d.D("지난해", Y1, "year", ctx="지난해 11.6%", rel=True)
d.D("지난해 말", Y1, "year", mod="END", rel=True)
d.D("같은 기간", Y1, "year", mod="END", rel=True, st="optional", anchor="2025-10-01", note=PB + " (지난해 말)")
d.D("지난해", Y1, "year", ctx="지난해 WM", rel=True)
d.D("지난해", Y1, "year", ctx="지난해 순이익", rel=True)
d.D("2년 전", "2024", "year", rel=True, note="offset from the document date (ANNOTATION); its comparison names no period of its own")
d.D("올해", Y, "year", ctx="올해 안에", rel=True)
# headline
d.Q("50조", 50000000000000, W, "", "currency", bound="gt", st="optional", note=HL + "; 돌파 → gt")
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새 12조", note="1년 새: an amount of time, no fact")
d.Q("12조", 12000000000000, W, "", "currency", ctx="12조 늘어", st="optional", note=HL)
# lead
d.Q("51조3천억원", 51300000000000, W, "원", "currency", f=("고객자산", "고객자산이", S, F, "level", "required", "지난 1월 말 기준"))
d.Q("39조1천억원", 39100000000000, W, "원", "currency", f=("고객자산", "고객자산이", S, "2025-01", "level", "required", BASIS))
d.Q("12조2천억원", 12200000000000, W, "원", "currency", f=("고객자산", "고객자산이", S, F, "change", "required", "늘었다 by N: a difference"))
# paragraph 2
d.Q("38조원", 38000000000000, W, "원", "currency", f=("개인", "개인이 38조원", S, F, "level", "required", PART + "; period carried"))
d.Q("13조3천억원", 13300000000000, W, "원", "currency", f=("법인", None, S, F, "level", "required", PART))
d.Q("1억원", 100000000, W, "원", "currency", bound="min", f=("", None, "", "", "level", "optional",
    "a definitional threshold (1억원 이상을 맡긴 우수 고객): part of the metric, no fact (FACTS: definitional ranges)"))
d.Q("6만8천여명", 68000, "명", "명", C, approx=True, f=("우수 고객", None, S, F, "level", "required", "여 → approx; 전년 동기 the basis"))
d.Q("21%", 21, "%", "%", P, f=("우수 고객", None, S, F, "change"))
# paragraph 3
d.Q("9조4천억원", 9400000000000, W, "원", "currency", f=("해외주식 잔고", None, S, F, "level", "required", "the part has its own measure noun (잔고)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새 2배", note="1년 새: an amount of time, no fact")
d.Q("2배", 2, "배", "배", C, approx=True, f=("해외주식 잔고", None, S, F, "change", "required", "가까이 → approx; N배 against a past basis: a change"))
d.Q("7조1천억원", 7100000000000, W, "원", "currency", f=("연금 자산", None, S, F, "level"))
d.Q("13.8%", 13.8, "%", "%", P, f=("연금 자산", None, S, F, "level", "required", "전체의 N%를 차지: the part named as the clause's subject"))
d.Q("11.6%", 11.6, "%", "%", P, f=("고객 평균 수익률", None, S, Y1, "level", "required", "the firm's clients' return, reported as the firm's figure"))
# paragraph 4
d.Q("1천200조원", 1200000000000000, W, "원", "currency", bound="gt", f=("개인 고객 예탁자산", None, "", Y1, "level", "required",
    "an industry figure; the association only the source; 넘어섰다 → gt"))
d.Q("1위", 1, "위", "위", "ordinal", note="ordinal (ANNOTATION: 3위): no fact")
d.Q("480조원", 480000000000000, W, "원", "currency", note=SUJ, f=("고객자산", "고객자산은 480조원", "미래에셋증권", Y1, "level", "required", "같은 기간 → 지난해 말"))
# paragraph 5
d.Q("3천450억원", 345000000000, W, "원", "currency", f=("순영업수익", None, S, Y1, "level", "required", "WM 부문에서 only says where it was earned"))
d.Q("4천100억원", 410000000000, W, "원", "currency", f=("순이익", None, H, Y1, "level"))
d.Q("36%", 36, "%", "%", P, f=("증권 부문 기여도", None, H, Y1, "level", "optional",
    "the securities unit's share in the parent's profit: the parent's figure or the unit's (= 대양투자증권)? (open question 11)"))
BR = "the branches: 대양투자증권 (the paragraph's topic) or the parent named just before, and as of now or the carried 지난해? (open question 12)"
d.Q("42곳", 42, "곳", "곳", C, f=("지점", None, S, Y1, "level", "optional", BR))
d.Q("8곳", 8, "곳", "곳", C, f=("지점", None, S, Y1, "change", "optional", BR))
# quote
d.Q("60조원", 60000000000000, W, "원", "currency", f=("고객자산", "고객자산 60조원", S, Y, "level", "required", "the head's target; 올해 안에"))
d.Q("300명", 300, "명", "명", C, bound="min", f=("프라이빗뱅커", None, S, Y, "level", "required", "(PB) alias outside; 이상 → min"))


# ---------------------------------------------------------------- 006 ministry statistics: medical residents, hospital staffing (press release, no dateline, 2024년 in the headline)
d = Doc("006_146eebdfb343058d", "2025-10-02"); docs.append(d)
S = "보건복지부"
d.Oall(S, S, special={1: ("required", "the ministry in the contact line")})
d.O("복지부", S, ctx="복지부는 내년", note="short form of a name written in full before")
d.O("대한병원협회", "대한병원협회", note="association cited as the source")
d.O("한마음대학교병원", "한마음대학교병원", note="invented university hospital (an institution); 서울의 a place outside")
d.O("의료인력정책과", "의료인력정책과", st="optional", note="a ministry division in the contact line: its own ORG or part of the ministry's? (open question 1)")
T, F0 = "2025-09-01", "2025-01/2025-08"
d.D("2024년 2월", "2024-02", "month", ctx="2024년 2월의", note="headline; the basis of the comparison")
d.D("2일", "2025-10-02", "day", rel=True, note="day of the announcement (발표했다): not a period")
d.D("지난 9월 1일", T, "day", rel=True, note="as of (기준)")
d.D("2024년 2월", "2024-02", "month", ctx="2024년 2월(", note="absolute; the basis")
d.D("전년 동기", "2024-09-01", "day", rel=True, st="optional", anchor=T, note=PB + " (지난 9월 1일)")
d.D("3개월 전", "2025-07", "month", rel=True, st="optional", note=OFF + "; a reader: 2025-06")
d.D("지난 1~8월", F0, "month", rel=True, note="one mention: a range, the end takes its year from the start")
d.D("같은 기간", F0, "month", rel=True, st="optional", anchor="2025-01-01", note=PB + " (지난 1~8월)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="a deadline (까지)")
d.D("올해 하반기", "2025-H2", "half", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="deadline in a future clause: this year's end")
# headline
HD = "headline: its only DATE (2024년 2월) is the basis of the comparison; FACTS: the period is the current one, not the basis, and none is named before"
d.Q("1만1천여명", 11000, "명", "명", C, approx=True, f=("전공의", "전공의 1만1천여명", "", "", "level", "required", HD + "; a national statistic: no subject"))
d.Q("83%", 83, "%", "%", P, ctx="83% 회복", f=("전공의", "전공의 1만1천여명", "", "", "level", "required", HD))
# lead
d.Q("211곳", 211, "곳", "곳", C, f=("수련병원", "수련병원 211곳", "", T, "level", "required", "a national statistic; the ministry only reports it"))
d.Q("1만1천240명", 11240, "명", "명", C, f=("전공의", "전공의는 1만1천240명", "", T, "level"))
d.Q("1만3천531명", 13531, "명", "명", C, f=("전공의", "전공의는 1만1천240명", "", "2024-02", "level", "required", BASIS))
d.Q("83%", 83, "%", "%", P, ctx="83% 수준", note=SUJ, f=("전공의", "전공의는 1만1천240명", "", T, "level", "required", "a ratio to the basis: a level, period the current one"))
# paragraph 2
d.Q("1년차", 1, "년차", "년차", "ordinal", note="ordinal marker 차: no fact")
d.Q("2천870명", 2870, "명", "명", C, f=("1년차", None, "", T, "level", "required", PART + "; period carried"))
d.Q("2~4년차", 2, "년차", "년차", "ordinal", hi=4, note="a range of ordinals: one mention, value 2, value_high 4")
d.Q("8천370명", 8370, "명", "명", C, f=("2~4년차", None, "", T, "level", "required", PART))
d.Q("4천10명", 4010, "명", "명", C, f=("필수의료 과목 전공의", None, "", T, "level"))
d.Q("35.7%", 35.7, "%", "%", P, f=("필수의료 과목 전공의", None, "", T, "level", "required", "전체의 N%를 차지: the part named as the clause's subject"))
d.Q("71%", 71, "%", "%", P, f=("전공의 충원율", None, "", T, "level", "required", "지방 수련병원의 qualifies whose rate: the shortest phrase kept"))
d.Q("89%", 89, "%", "%", P, f=("수도권", None, "", T, "level", "required", "a compared part in brackets: the part's name is the metric (my convention 3)"))
d.Q("18%포인트", 18, PP, "%포인트", P, f=("전공의 충원율", None, "", T, "change", "required", "a difference (낮았다): change"))
# paragraph 3
d.Q("12만4천명", 124000, "명", "명", C, f=("수련병원 간호사", "수련병원 간호사는", "", T, "level", "required", "period carried; 전년 동기 the basis"))
d.Q("4.1%", 4.1, "%", "%", P, f=("수련병원 간호사", "수련병원 간호사는", "", T, "change"))
d.Q("100개", 100, "개", "개", C, st="optional", note="병상 100개당: " + DEN)
d.Q("58명", 58, "명", "명", C, f=("간호사 수", None, "", T, "level"))
d.Q("47곳", 47, "곳", "곳", C, f=("상급종합병원", "상급종합병원 47곳", "", T, "level"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note=DEN)
d.Q("11.2명", 11.2, "명", "명", C, f=("입원 환자 수", None, "", T, "level"))
d.Q("1.8명", 1.8, "명", "명", C, f=("입원 환자 수", None, "", T, "change", "required", "3개월 전 the basis"))
# paragraph 4
d.Q("9천억원", 900000000000, W, "원", "currency", approx=True, f=("대체 인력 인건비", None, "", F0, "level", "required",
    "hospitals taken together and not named: no subject; 약 → approx"))
d.Q("320명", 320, "명", "명", C, bound="gt", f=("진료지원 간호사", None, "한마음대학교병원", F0, "level", "required", "같은 기간 → 지난 1~8월; 넘게 → gt"))
# paragraph 5
d.Q("24시간", 24, "hour", "시간", "duration", bound="max", note="이내 → max; an amount of time: no fact")
d.Q("1천870억원", 187000000000, W, "원", "currency", f=("수련 지원 예산", None, S, "2025-H2", "level", "required", "복지부는 → the ministry's budget"))
d.Q("62%", 62, "%", "%", P, f=("지방 병원", None, S, "2025-H2", "level", "required", "X에 배정: the thing funded (my convention 3)"))
d.Q("1만2천명", 12000, "명", "명", C, bound="min", f=("전공의 근무 인원", None, "", "2025", "level", "optional",
    "an official's target for a national count: the ministry's figure or no subject? (open question 13)"))

if __name__ == "__main__":
    write_all(docs)
