"""Gold labels of articles-holdout79, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout79/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company: 2025 orders, housing supply by region (연합뉴스 dateline)
d = Doc("001_3c918658330bb130", "2026-01-29"); docs.append(d)
S = "대성건설"
Y = "2025"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("주택도시보증공사", "주택도시보증공사", aliases="HUG", note="public guarantor cited as the source of the national average; (HUG) alias outside the span")
d.O("대성하우징", "대성하우징", aliases="대성H", note="invented housing subsidiary (주택 자회사)")
d.Oall("대성H", "대성하우징", special={0: ("optional", "short name defined with 이하: optional where defined"),
                                    1: ("required", "later use of the 이하-defined short name")})
d.O("국토교통부", "국토교통부", note="government ministry, the source cited (에 따르면)")
d.O("한길건설", "한길건설", note="invented rival (경쟁사)")
d.O("GS건설", "GS건설", note="real rival")
d.O("한국수력원자력", "한국수력원자력", note="the customer (발주처); its own investment plan")
# dates
d.D("지난해", Y, "year", ctx="지난해 신규 수주 9조", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 14.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", Y, "year", ctx="지난해 공급한", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전국 아파트", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 8.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 (2025)")
d.D("올해", "2026", "year", ctx="올해 양수발전", rel=True)
d.D("올해", "2026", "year", ctx="올해 수주 목표", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (높이겠다): the half that holds or follows 2026-01-29")
# quantities + facts
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("신규 수주", "신규 수주 9조", S, Y, "level"))
d.Q("9조 2,450억 원", 9245000000000, W, "원", "currency", f=("신규 수주액", "2025년 신규 수주액", S, Y, "level"))
d.Q("14.8%", 14.8, "%", "%", P, f=("신규 수주액", "2025년 신규 수주액", S, Y, "change", "required", "전년보다 = basis; period the current year"))
d.Q("5조 1,300억 원", 5130000000000, W, "원", "currency",
    f=("신규 수주액", "2025년 신규 수주액", S, Y, "level", "required", "breakdown item (이 가운데 주택 부문): the breakdown's measure is the metric (convention 3)"))
d.Q("55%", 55, "%", "%", P, f=("주택 부문", "주택 부문이", S, Y, "level", "required", "전체의 N%를 차지: the share of the part named before it (convention 4)"))
d.Q("2조 1,800억 원", 2180000000000, W, "원", "currency", f=("신규 수주액", "2025년 신규 수주액", S, Y, "level", "required", "토목 (각각, first)"))
d.Q("1조 9,350억 원", 1935000000000, W, "원", "currency", f=("신규 수주액", "2025년 신규 수주액", S, Y, "level", "required", "플랜트 (각각, second)"))
d.Q("1만 2,400가구", 12400, "가구", "가구", C, f=("공급한 아파트", None, S, Y, "level", "required", "dropped subject carried (대성건설)"))
d.Q("7,900가구", 7900, "가구", "가구", C, f=("공급한 아파트", None, S, Y, "level", "required", "지역별 breakdown: 수도권"))
d.Q("2,600가구", 2600, "가구", "가구", C, f=("공급한 아파트", None, S, Y, "level", "required", "부산·경남 (a place, no ORG)"))
d.Q("1,900가구", 1900, "가구", "가구", C, f=("공급한 아파트", None, S, Y, "level", "required", "충청권"))
d.Q("91.3%", 91.3, "%", "%", P, f=("초기 분양률", None, S, Y, "level"))
d.Q("78.6%", 78.6, "%", "%", P, f=("전국 평균", None, "", Y, "level", "required",
    "national average: a country's figure, HUG only its source → no subject; period the story's 지난해 carried for the same metric"))
d.Q("12.7%포인트", 12.7, "%p", "%포인트", P, f=("초기 분양률", None, S, Y, "change", "required", "difference from the national average (the basis)"))
d.Q("1,150가구", 1150, "가구", "가구", C, f=("완판", None, "대성하우징", Y, "level", "required",
    "verbal noun (완판했다) as metric; the story's 지난해 carried (FACTS: the lead's period of a results story)"))
d.Q("6,420억 원", 642000000000, W, "원", "currency", f=("매출", "대성H의 매출", "대성하우징", Y, "level"))
d.Q("23%", 23, "%", "%", P, f=("매출", "대성H의 매출", "대성하우징", Y, "change"))
d.Q("24만 5천 가구", 245000, "가구", "가구", C, f=("아파트 분양 물량", None, "", Y, "level", "required", "a national figure: no subject (국토교통부 is the source)"))
d.Q("8.2%", 8.2, "%", "%", P, f=("아파트 분양 물량", None, "", Y, "change", "required", "줄었다: sign not written, value as written"))
d.Q("7조 8천억 원", 7800000000000, W, "원", "currency", f=("신규 수주액", "같은 기간 신규 수주액", "한길건설", Y, "level", "required", "각각: first company"))
d.Q("12조 4,600억 원", 12460000000000, W, "원", "currency", f=("신규 수주액", "같은 기간 신규 수주액", "GS건설", Y, "level", "required", "각각: second company"))
d.Q("2조 4천억 원", 2400000000000, W, "원", "currency", approx=True,
    f=("투자", "투자할", "한국수력원자력", "2026", "level", "required", "the customer's own plan: its subject; verbal noun 투자"))
d.Q("10조 원", 10000000000000, W, "원", "currency", bound="min", f=("수주 목표", None, S, "2026", "level", "required", "head's quote speaks for the company"))
d.Q("20%", 20, "%", "%", P, ctx="20%대", approx=True, note="suffix 대 outside the span, sets approx",
    f=("해외 수주 비중", None, S, "2026-H1", "level"))

# ---------------------------------------------------------------- 002 ramen maker: exports Jan–Sep by country (뉴스1 dateline, no year anywhere)
d = Doc("002_9a676df8d5ae6f19", "2025-10-15"); docs.append(d)
S = "해오름식품"
R = "2025-01/2025-09"
d.O(S, S, ctx="해오름식품 라면", note="headline topic")
d.O(S, S, ctx="해오름식품(이하", aliases="해오름", note="(이하 해오름) recorded in aliases")
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digit inside a name")
d.O("해오름", S, ctx="이하 해오름)", st="optional", note="short name defined with 이하: optional where defined")
d.O("해오름아메리카", "해오름아메리카", note="invented US subsidiary (현지법인); 미국 is a place")
d.O("코스트코", "코스트코", note="the customer (현지 대형마트): its own store count")
d.O("해오름", S, ctx="해오름 제품", note="later use of the 이하 short name (whose products): required")
d.O("관세청", "관세청", note="government agency cited as source")
d.O("농심", "농심", note="real rival (각각, first)")
d.O("삼양식품", "삼양식품", note="real rival (각각, second)")
d.O("해오름", S, ctx="김민재 해오름 대표", note="organization before a head's title")
d.D("올해 1~9월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("15일", "2025-10-15", "day", rel=True, note="day of the announcement: not a period")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: an offset DATE, that year (ANNOTATION Offsets); here the basis of a comparison")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="latest Q3 on or before 2025-10-15")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (like 전분기) to the quarter before 3분기")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("이달", "2025-10", "month", rel=True, note="이달부터: 부터 outside")
d.D("같은 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's 올해 1~9월")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (달성하고): this year's end; 까지 outside")
d.D("내년", "2026", "year", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", ctx="4천억 넘었다", bound="gt", st="optional", note="headline amount, currency implied; 넘었다 → gt",
    f=("라면 수출", None, S, R, "level"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("라면 수출액", "1~9월 라면 수출액", S, R, "level"))
d.Q("27.4%", 27.4, "%", "%", P, f=("라면 수출액", "1~9월 라면 수출액", S, R, "change", "required", "전년 동기보다 = basis"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("라면 수출액", "1~9월 라면 수출액", S, R, "level", "required", "국가별 breakdown (미국, a place): the breakdown's measure"))
d.Q("860억 원", 86000000000, W, "원", "currency", f=("라면 수출액", "1~9월 라면 수출액", S, R, "level", "required", "중국 (각각, first)"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("라면 수출액", "1~9월 라면 수출액", S, R, "level", "required", "일본 (각각, second)"))
d.Q("41%", 41, "%", "%", P, f=("미국 수출", None, S, R, "change", "required", "1년 전보다 = basis; the period carried from the lead"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("수출액", "보면 수출액", S, "2025-Q3", "level"))
d.Q("9.6%", 9.6, "%", "%", P, f=("수출액", "보면 수출액", S, "2025-Q3", "change", "required", "직전 분기보다 = basis"))
d.Q("58%", 58, "%", "%", P, f=("해외 매출 비중", None, S, "2025-Q3", "level", "required",
    "no date in its sentence but the basis: the period last set for the subject (3분기) carries forward (FACTS)"))
d.Q("52%", 52, "%", "%", P, f=("해외 매출 비중", None, S, "2024", "level", "required", "basis figure in brackets after its own DATE 지난해 말 → 2024 (convention 5)"))
d.Q("6%포인트", 6, "%p", "%포인트", P, f=("해외 매출 비중", None, S, "2025-Q3", "change"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate word (per day) before a capacity: like 일인당, optional")
d.Q("120만 개", 1200000, "개", "개", C, f=("생산 능력", None, "해오름아메리카", "2025-08", "level", "required", "the earlier level; the clause's own date 지난 8월"))
d.Q("180만 개", 1800000, "개", "개", C, f=("생산 능력", None, "해오름아메리카", "2025-08", "level"))
d.Q("320곳", 320, "곳", "곳", C, f=("매장", None, "코스트코", "2025-10", "level", "required", "the customer's own stores: its figure, not the ramen maker's"))
d.Q("510곳", 510, "곳", "곳", C, f=("매장", None, "코스트코", "2025-10", "level"))
d.Q("10억 2천만 달러", 1020000000, U, "달러", "currency",
    f=("국내 라면 수출액", None, "", R, "level", "required", "a national total: no subject; 같은 기간 → the lead's range"))
d.Q("1조 4천억 원", 1400000000000, W, "원", "currency", approx=True, eq=("10억 2천만 달러",),
    f=("국내 라면 수출액", None, "", R, "level", "required", "conversion: same slots"))
d.Q("12%", 12, "%", "%", P, f=("수출 증가율", None, "농심", R, "change", "required",
    "a rate of change → change; period: the 같은 기간 of the sentence before"))
d.Q("38%", 38, "%", "%", P, f=("수출 증가율", None, "삼양식품", R, "change"))
d.Q("5,500억 원", 550000000000, W, "원", "currency", f=("누적 수출", None, S, "2025", "level", "required", "target until 연말 (2025 END)"))
d.Q("2~3배", 2, "배", "배", C, hi=3, f=("유럽 매출", None, S, "2026", "change", "required", "a multiple of growth (키우겠다): change"))

# ---------------------------------------------------------------- 003 securities firm: H1 brokerage fees, trading value, accounts ([머니투데이] bracket byline)
d = Doc("003_684f9d1451e93850", "2025-08-12"); docs.append(d)
S = "한결투자증권"
H = "2025-H1"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "the subsidiary whose net profit the parent reports"),
                      3: ("required", "organization before a head's title")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한국거래소", "한국거래소", note="the exchange, cited as source; 유가증권시장/코스닥시장 are markets (not ORG, convention 10)")
d.O("한결금융지주", "한결금융지주", note="invented parent (모회사)")
d.O("키움증권", "키움증권", note="real rival (업계 1위)")
d.D("상반기", H, "half", ctx="상반기 위탁수수료", rel=True, note="headline: the latest H1 on or before 2025-08-12")
d.D("2025년 상반기", H, "half")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("연초", "2025", "year", mod="START", rel=True)
d.D("상반기", H, "half", ctx="상반기 유가증권시장", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("같은 기간", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01",
    note="points back; by the letter to the period last named (2분기), though 상반기 is also a reading (open question 2)")
d.D("하반기", "2025-H2", "half", ctx="하반기 수수료", rel=True, note="future clause (예상한다): the half holding/following the document date")
d.Q("2천억", 200000000000, W, "", "currency", approx=True, st="optional", note="headline amount, currency implied; 육박 (close to) → approx",
    f=("위탁수수료", None, S, H, "level"))
d.Q("1,980억 원", 198000000000, W, "원", "currency", f=("위탁매매 수수료 수익", None, S, H, "level"))
d.Q("1,540억 원", 154000000000, W, "원", "currency",
    f=("위탁매매 수수료 수익", None, S, "2024-H1", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 5)"))
d.Q("28.6%", 28.6, "%", "%", P, f=("위탁매매 수수료 수익", None, S, H, "change"))
d.Q("840억 원", 84000000000, W, "원", "currency", f=("해외주식 수수료", "해외주식 수수료가", S, H, "level", "required", "a breakdown item with its own measure noun"))
d.Q("42%", 42, "%", "%", P, f=("해외주식 수수료", "해외주식 수수료가", S, H, "level", "required", "share of the part named before it"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, 새 outside; no fact")
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 (nearly) after it → approx",
    f=("해외주식 수수료", "해외주식 수수료는", S, H, "change"))
d.Q("2조 3,600억 원", 2360000000000, W, "원", "currency",
    f=("주식 거래대금", None, S, H, "level", "required", "its customers' trading through the firm: the firm's figure; 일평균 a basis word outside"))
d.Q("11.9%", 11.9, "%", "%", P, f=("시장점유율", None, S, H, "level"))
d.Q("0.8%포인트", 0.8, "%p", "%포인트", P, f=("시장점유율", None, S, H, "change", "required", "지난해 말보다 = basis"))
d.Q("312만 개", 3120000, "개", "개", C, f=("활동 계좌", None, S, "2025-06", "level", "required", "as of 6월 말 (END)"))
d.Q("40만 개", 400000, "개", "개", C, approx=True, note="가량 → approx", f=("활동 계좌", None, S, "2025-06", "change", "required", "연초보다 = basis"))
d.Q("10조 4천억 원", 10400000000000, W, "원", "currency", f=("일평균 거래대금", "일평균 거래대금은 각각", "", H, "level", "required",
    "market total (유가증권시장): no ORG subject; the exchange is the source"))
d.Q("8조 1천억 원", 8100000000000, W, "원", "currency", f=("일평균 거래대금", "일평균 거래대금은 각각", "", H, "level", "required", "market total (코스닥시장)"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("순이익", "2분기 순이익이", S, "2025-Q2", "level", "required",
    "the subsidiary's net profit, reported by the parent: the subsidiary's figure"))
d.Q("35%", 35, "%", "%", P, f=("순이익", "2분기 순이익이", S, "2025-Q2", "level", "required", "share of the part named before it (the subsidiary's net profit in the group's)"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("3,900억 원", 390000000000, W, "원", "currency", f=("수수료 수익", "같은 기간 수수료 수익", "키움증권", "2025-Q2", "level", "optional",
    "open question 2: 같은 기간 after 2분기 by the letter (2025-Q2), but it is compared with H1 fees (2025-H1)"))
d.Q("2,200억 원", 220000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("수수료 수익", "하반기 수수료 수익", S, "2025-H2", "level", "required", "head's outlook speaks for the company"))
d.Q("0.01~0.015%", "0.01", "%", "%", P, hi="0.015",
    f=("온라인 수수료율", None, S, "2025-H2", "level", "required", "no date in its clause; the sentence's 하반기 (FACTS: clause, then sentence)"))

# ---------------------------------------------------------------- 004 national park office: foliage-season visitors, agency budget (regional daily, 입력 stamp; year only in the stamp)
d = Doc("004_c328ef6dc8751d71", "2025-11-24"); docs.append(d)
S = "설악산국립공원사무소"
A = "국립공원공단"
R = "2025-09-20/2025-11-16"
d.O("공단", A, ctx="공단, 내년", st="optional", note="공단 alone: a short form of 국립공원공단 or a generic type noun used as an anaphor (open question 3)")
d.O("강원도민일보", "강원도민일보", note="regional daily on the byline line")
d.O(A, A, ctx="국립공원공단 설악산", note="the agency; its park office follows as a second organization (two names, two mentions)")
d.O(S, S, aliases="설악사무소", note="the park office; 설악산 (a mountain) alone is a place")
d.O("설악사무소", S, ctx="(이하 설악사무소)", st="optional", note="short name defined with 이하: optional where defined")
d.O("공단", A, ctx="공단 전체로는", st="optional", note="open question 3")
d.O("공단", A, ctx="공단의 올해", st="optional", note="open question 3")
d.O("속초시", "속초시", note="city acting as a government")
d.O("인제군", "인제군", note="county acting as a government")
d.O("설악사무소", S, ctx="설악사무소 관계자", note="later use of the 이하 short name; organization before 관계자")
d.D("내년", "2026", "year", ctx="내년 예산 6.4%", rel=True)
d.D("2025.11.24", "2025-11-24", "day", note="date of the 입력 stamp: a calendar date, required (convention 9)")
d.D("17:05", "2025-11-24T17:05", "day", st="optional", note="clock time of the stamp: optional at most (ANNOTATION Not DATE)")
d.D("지난 9월 20일", "2025-09-20", "day", rel=True, note="A부터 B까지: two mentions")
d.D("11월 16일", "2025-11-16", "day", rel=True, note="the range's end: year from its start")
d.D("지난해", "2024", "year", ctx="지난해 같은 기간", rel=True)
d.D("같은 기간", "2024-09-20/2024-11-16", "day", rel=True, st="optional", anchor="2025-09-20",
    note="points back to the lead's range, shifted by the 지난해 before it")
d.D("24일", "2025-11-24", "day", rel=True, note="day of the announcement")
d.D("10월 12일", "2025-10-12", "day", rel=True)
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True)
d.D("올해", "2025", "year", ctx="공단의 올해", rel=True)
d.D("내년", "2026", "year", ctx="내년 예산으로는", rel=True)
d.D("지난달 말", "2025-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("내년", "2026", "year", ctx="내년 단풍철", rel=True, note="단풍철 (a season) is no DATE and stays outside")
d.Q("112만 명", 1120000, "명", "명", C, f=("탐방객", "단풍철 탐방객 112만", S, "", "level", "optional",
    "open question 4: headline figure, no DATE in the headline; by the letter nothing earlier (empty), a reader takes the lead's range"))
d.Q("6.4%", 6.4, "%", "%", P, ctx="예산 6.4% 증액", f=("예산", "내년 예산 6.4%", A, "2026", "change", "required",
    "headline: 공단 = 국립공원공단 (a required ORG of the document); 증액 → change"))
d.Q("112만 4천 명", 1124000, "명", "명", C, f=("탐방객", "단풍철 탐방객이", S, R, "level", "required",
    "단풍철 only qualifies the period: outside the metric; the operator owns its visitor count (convention 11)"))
d.Q("15.2%", 15.2, "%", "%", P, f=("탐방객", "단풍철 탐방객이", S, R, "change"))
d.Q("38만 명", 380000, "명", "명", C, f=("탐방객", "단풍철 탐방객이", S, R, "level", "required", "탐방로별 breakdown (소공원 구간, a place): the breakdown's measure"))
d.Q("31만 명", 310000, "명", "명", C, f=("탐방객", "단풍철 탐방객이", S, R, "level", "required", "오색~대청봉 구간: a place range, no digits"))
d.Q("24만 6천 명", 246000, "명", "명", C, f=("탐방객", "단풍철 탐방객이", S, R, "level", "required", "백담사 구간: a trail named after a place"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 최다", st="optional", note="rate word (daily maximum): optional")
d.Q("4만 2천여 명", 42000, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("최다 탐방객", None, S, "2025-10-12", "level"))
d.Q("23개", 23, "개", "개", C, f=("국립공원", "23개 국립공원", A, "2025-01/2025-10", "level", "optional",
    "open question 1: a count defining the group whose visitors follow — a fact of its own, or part of the metric?"))
d.Q("3,870만 명", 38700000, "명", "명", C, f=("탐방객", "국립공원 탐방객이", A, "2025-01/2025-10", "level", "required", "공단 전체로는: the agency's parks"))
d.Q("5,960억 원", 596000000000, W, "원", "currency", f=("예산", "올해 예산은", A, "2025", "level"))
d.Q("6.4%", 6.4, "%", "%", P, ctx="6.4% 늘어난", f=("예산", "내년 예산으로는", A, "2026", "change"))
d.Q("6,340억 원", 634000000000, W, "원", "currency", f=("예산", "내년 예산으로는", A, "2026", "level", "required", "the budget requested for 내년"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("설악산 몫", None, A, "2026", "level", "required", "이 가운데: a part of next year's budget"))
d.Q("18억 원", 1800000000, W, "원", "currency", f=("탐방로 입구 주차장", None, "속초시", "", "level", "required",
    "각각 first; money spent on the parking lots: the thing it is for is the metric (as FACTS' 규모 rule); no DATE for this subject: empty"))
d.Q("12억 원", 1200000000, W, "원", "currency", f=("탐방로 입구 주차장", None, "인제군", "", "level", "required", "각각 second"))
d.Q("87%", 87, "%", "%", P, f=("객실 예약률", None, "", "2025-10", "level", "required", "lodging businesses not named: no subject; 평균 is no approximator"))
d.Q("120만 명", 1200000, "명", "명", C, bound="gt", note="넘을 → gt",
    f=("탐방객", "탐방객이 120만", S, "2026", "level", "required", "the office's spokesperson speaks for it"))

# ---------------------------------------------------------------- 005 webtoon platform: Q3 paid users, IP deals, parent (press release via 뉴스와이어)
d = Doc("005_9ed44688cfa08cf7", "2025-11-04"); docs.append(d)
S = "툰브릿지"
B = "브릿지엔터테인먼트"
Q = "2025-Q3"
d.O(S, S, ctx="툰브릿지, 3분기", note="headline topic")
d.O("뉴스와이어", "뉴스와이어", note="press-release wire in the dateline (media)")
d.O(S, S, ctx="툰브릿지(ToonBridge)", aliases="ToonBridge", note="parenthesized alias outside the span")
d.O("고단샤", "고단샤", note="Japanese publisher, the counterparty; 일본 (a place) outside")
d.O("CJ ENM", "CJ ENM", note="the studio that budgets the drama: its own figure")
d.O(S, S, ctx="툰브릿지의 모회사")
d.O(B, B, aliases="브릿지엔터", note="invented parent (모회사)")
d.O("브릿지엔터", B, ctx="(이하 브릿지엔터)", st="optional", note="short name defined with 이하: optional where defined")
d.O(S, S, ctx="툰브릿지 지분")
d.O("브릿지엔터", B, ctx="브릿지엔터의 3분기", note="later use of the 이하 short name")
d.O(S, S, ctx="툰브릿지 대표", note="organization before a head's title")
d.D("3분기", Q, "quarter", ctx="3분기 유료", rel=True, note="headline: the latest Q3 on or before 2025-11-04")
d.D("2025년 11월 04일", "2025-11-04", "day", note="release date in the dateline: dates the release, not a period")
d.D("2025년 3분기", Q, "quarter")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 2025년 3분기")
d.D("4일", "2025-11-04", "day", ctx="4일 발표", rel=True, note="day of the announcement")
d.D("3분기", Q, "quarter", ctx="3분기에 체결", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("3분기", Q, "quarter", ctx="3분기 연결", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (넘기고 … 목표): this year's end; 까지 outside")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention, like 내년 before a month")
d.Q("482만 명", 4820000, "명", "명", C, ctx="유료 이용자 482만 명…", f=("유료 이용자", "3분기 유료 이용자", S, Q, "level", "required", "headline: its own 3분기"))
d.Q("2배", 2, "배", "배", C, ctx="2배로", f=("IP 계약", "IP 계약 2배로", S, Q, "change", "required", "headline: 2배로 (doubled) → change; the headline's 3분기"))
d.Q("482만 명", 4820000, "명", "명", C, ctx="유료 이용자가 482만 명", f=("유료 이용자", "월평균 유료 이용자가", S, Q, "level", "required", "월평균 is a basis word: outside the metric"))
d.Q("19%", 19, "%", "%", P, f=("유료 이용자", "월평균 유료 이용자가", S, Q, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional (ANNOTATION)")
d.Q("8,900원", 8900, W, "원", "currency", f=("결제액", None, S, Q, "level", "required", "what paid users pay the platform: its figure; the story's 3분기 carried"))
d.Q("1,287억 원", 128700000000, W, "원", "currency", f=("거래액", None, S, Q, "level", "required", "분기 qualifies the period: outside the metric"))
d.Q("265만 명", 2650000, "명", "명", C, f=("유료 이용자", "지역별 유료 이용자", S, Q, "level", "required", "지역별 breakdown: 국내"))
d.Q("141만 명", 1410000, "명", "명", C, f=("유료 이용자", "지역별 유료 이용자", S, Q, "level", "required", "일본 (a place)"))
d.Q("76만 명", 760000, "명", "명", C, f=("유료 이용자", "지역별 유료 이용자", S, Q, "level", "required", "북미 (a place)"))
d.Q("37건", 37, "건", "건", C, f=("IP 계약", "체결한 IP 계약", S, Q, "level"))
d.Q("18건", 18, "건", "건", C, f=("IP 계약", "체결한 IP 계약", S, "2025-Q2", "level", "required", "basis figure in brackets after its own DATE 2분기 (convention 5)"))
d.Q("2배", 2, "배", "배", C, ctx="2배를", bound="gt", note="넘었다 → gt",
    f=("IP 계약", "체결한 IP 계약", S, Q, "change", "required", "a multiple of the basis: change"))
d.Q("14건", 14, "건", "건", C, f=("영상화 계약", None, S, Q, "level", "required", "breakdown item with its own noun"))
d.Q("9건", 9, "건", "건", C, f=("게임화 계약", None, S, Q, "level"))
d.Q("5편", 5, "편", "편", C, f=("현지 연재 계약", None, S, Q, "level", "required",
    "dropped subject (the platform); the counterparty 고단샤 is no subject (convention 11); the paragraph's 3분기 carried"))
d.Q("240억 원", 24000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("드라마 제작비", None, "CJ ENM", "", "level", "required", "a partner's own budget, not the platform's; no DATE for this subject: empty"))
d.Q("68%", 68, "%", "%", P, f=("지분", "툰브릿지 지분", B, "", "level", "required", "the holder owns its stake; present, no DATE set for this subject: empty"))
d.Q("2,410억 원", 241000000000, W, "원", "currency", f=("매출", "연결 매출", B, Q, "level", "required", "연결 is a basis modifier: outside the metric"))
d.Q("53%", 53, "%", "%", P, f=("웹툰 부문", None, B, Q, "level", "required", "이 중 … 부문이 N%: the share of the part named (convention 4)"))
d.Q("500만 명", 5000000, "명", "명", C, bound="gt", note="넘기고 → gt",
    f=("유료 이용자", "유료 이용자 500만", S, "2025", "level", "required", "target until 연말 (2025 END)"))
d.Q("50건", 50, "건", "건", C, bound="min", note="이상 → min", f=("IP 계약", "IP 계약 50건", S, "2026-H1", "level"))

# ---------------------------------------------------------------- 006 low-cost airline: Q1 international passengers by route, fuel costs (뉴시스 dateline)
d = Doc("006_9023e6688e65731e", "2025-05-14"); docs.append(d)
S = "하늘에어"
Q = "2025-Q1"
M3 = "2025-01/2025-03"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 저비용항공사(LCC) is a generic description")
d.O("한국석유공사", "한국석유공사", note="public corporation cited as source of the jet-fuel price")
d.O("국토교통부", "국토교통부", note="ministry cited as source (집계로는)")
d.O("제주항공", "제주항공", note="real rival (각각, first)")
d.O("티웨이항공", "티웨이항공", note="real rival (각각, second)")
d.O("하늘홀딩스", "하늘홀딩스", note="invented parent (모회사)")
d.D("1분기", Q, "quarter", ctx="1분기 국제선 여객 186만", rel=True, note="headline: the latest Q1 on or before 2025-05-14")
d.D("2025년 1분기", Q, "quarter")
d.D("전년 동기", "2024-Q1", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 1분기")
d.D("14일", "2025-05-14", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2024", "year", rel=True, note="offset DATE (an amount of time + 전): that year")
d.D("같은 기간", Q, "quarter", ctx="같은 기간 유류비", rel=True, st="optional", anchor="2025-01-01", note="points back to 1분기")
d.D("1분기", Q, "quarter", ctx="1분기 항공유", rel=True)
d.D("작년 1분기", "2024-Q1", "quarter", rel=True, note="작년 before a quarter: one mention")
d.D("1~3월", M3, "month", rel=True, note="bare month range: the latest on or before the document date")
d.D("같은 기간", M3, "month", ctx="같은 기간 각각", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~3월")
d.D("오는 7월", "2025-07", "month", rel=True)
d.D("올해", "2025", "year", rel=True)
d.D("연내", "2025", "year", rel=True, st="optional", note="open question 5: 연내 (within this year) is not in ANNOTATION's list; a reader takes it as this year")
d.Q("186만 명", 1860000, "명", "명", C, ctx="186만 명…", f=("국제선 여객", "국제선 여객 186만", S, Q, "level", "required", "headline: its own 1분기"))
d.Q("186만 명", 1860000, "명", "명", C, ctx="186만 명으로", f=("국제선 여객", "1분기 국제선 여객이", S, Q, "level"))
d.Q("22.7%", 22.7, "%", "%", P, f=("국제선 여객", "1분기 국제선 여객이", S, Q, "change", "required", "전년 동기보다 = basis"))
d.Q("84만 명", 840000, "명", "명", C, f=("국제선 여객", "1분기 국제선 여객이", S, Q, "level", "required", "노선별 breakdown (일본 노선): the breakdown's measure"))
d.Q("61만 명", 610000, "명", "명", C, f=("국제선 여객", "1분기 국제선 여객이", S, Q, "level", "required", "동남아 노선 (각각 first)"))
d.Q("28만 명", 280000, "명", "명", C, f=("국제선 여객", "1분기 국제선 여객이", S, Q, "level", "required", "중국 노선 (각각 second)"))
d.Q("13만 명", 130000, "명", "명", C, f=("국제선 여객", "1분기 국제선 여객이", S, Q, "level", "required", "나머지 (대양주 노선)"))
d.Q("88.4%", 88.4, "%", "%", P, f=("탑승률", None, S, Q, "level", "required", "평균 is a basis word, not an approximator"))
d.Q("3.1%포인트", 3.1, "%p", "%포인트", P, f=("탑승률", None, S, Q, "change", "required", "1년 전보다 = basis"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("유류비", "같은 기간 유류비", S, Q, "level"))
d.Q("5,210억 원", 521000000000, W, "원", "currency", f=("매출", None, S, Q, "level", "required", "figure in brackets after a noun: measures that noun, same period"))
d.Q("35.3%", 35.3, "%", "%", P, f=("유류비", "같은 기간 유류비", S, Q, "level", "required", "the share of the part named before it"))
d.Q("96.2달러", 96.2, U, "달러", "currency", f=("항공유 가격", None, "", Q, "level", "required",
    "a market price: no subject (한국석유공사 is the source); 배럴당 is a rate word without number, not labelled"))
d.Q("4%", 4, "%", "%", P, ctx="4% 내렸다", f=("항공유 가격", None, "", Q, "change", "required", "작년 1분기보다 = basis"))
d.Q("1,520만 명", 15200000, "명", "명", C, f=("국제선 여객", "항공사 국제선 여객이", "", M3, "level", "required",
    "national carriers taken together, not named: no subject"))
d.Q("248만 명", 2480000, "명", "명", C, f=("국제선 여객", "항공사 국제선 여객이", "제주항공", M3, "level", "required",
    "태웠다 (no noun): the measure of the sentence before, which 같은 기간 continues"))
d.Q("197만 명", 1970000, "명", "명", C, f=("국제선 여객", "항공사 국제선 여객이", "티웨이항공", M3, "level"))
d.Q("14회", 14, "회", "회", C, f=("인천~다낭 노선", None, S, "2025-07", "level", "required",
    "flights a week on the route (주 is a rate word without number); the route named is the metric"))
d.Q("800만 명", 8000000, "명", "명", C, bound="gt", note="넘기겠다 → gt", f=("국제선 여객", "올해 국제선 여객", S, "2025", "level"))
d.Q("3대", 3, "대", "대", C, f=("항공기", None, "하늘홀딩스", "2025", "level", "optional",
    "open question 5: period 2025 if 연내 is a DATE, else empty (nothing set earlier for this subject)"))

write_all(docs)
