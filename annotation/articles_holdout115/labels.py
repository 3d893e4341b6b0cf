"""Gold labels of articles-holdout115, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout115/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
DUR = "amount of time (ANNOTATION: duration); FACTS: durations have no fact"


# ---------------------------------------------------------------- 001 mobile payment: volume and merchants (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_48c390fd66c0e34a", "2026-02-09"); docs.append(d)
S = "온페이먼츠"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("페이온", "페이온", special={0: ("optional", "a payment app/service run by 온페이먼츠: product or platform? (ANNOTATION optional: an app)"),
                                   1: ("optional", "a payment app/service run by 온페이먼츠 (ANNOTATION optional: an app)")})
d.Oall(S, S)
d.O("온그룹홀딩스", "온그룹홀딩스", note="invented parent company (모회사)")
d.O("체크페이", "체크페이", note="rival named as 경쟁사: a company")
d.O("한국은행", "한국은행", note="central bank cited as the source (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 간편결제 거래액", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 23.5%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("9일", "2026-02-09", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Y, "year", ctx="같은 기간 결제 건수", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 12월", "2025-12", "month", rel=True, note="relative year before a month: one mention (as 올해 8월 말)")
d.D("연말", Y, "year", ctx="연말 기준", mod="END", rel=True, note="year end without a year: the latest on or before the document date")
d.D("전년", "2024", "year", ctx="전년(97만곳)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True)
d.D("같은 기간", "2025-Q4", "quarter", ctx="같은 기간 거래액", rel=True, st="optional", anchor="2025-10-01", note=PB + ": 지난해 4분기 of the sentence before")
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 8.7%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", ctx="올해 거래액", rel=True, note="target year in a quote")
FO = ("optional", "subject is only the optional ORG 페이온 (FACTS: such a fact is optional)")
d.Q("18조원", "18000000000000", W, "원", "currency", bound="gt", note="돌파 → gt", f=("거래액", "간편결제 거래액 18조원", "페이온", Y, "level") + FO)
d.Q("120만곳", "1200000", "곳", "곳", C, ctx="가맹점 120만곳", f=("가맹점", "가맹점 120만곳", "페이온", Y, "level") + FO)
d.Q("18조4천억원", "18400000000000", W, "원", "currency", f=("결제 거래액", "연간 결제 거래액", S, Y, "level"))
d.Q("23.5%", "23.5", "%", "%", P, f=("결제 거래액", "연간 결제 거래액", S, Y, "change"))
d.Q("11억2천만건", "1120000000", "건", "건", C, f=("결제 건수", None, S, Y, "level"))
d.Q("1천480만명", "14800000", "명", "명", C, f=("월간 활성 이용자", None, S, "2025-12", "level"))
d.Q("120만곳", "1200000", "곳", "곳", C, ctx="120만곳을 넘어", bound="gt", note="넘어 → gt", f=("가맹점 수", None, S, Y, "level"))
d.Q("97만곳", "970000", "곳", "곳", C, f=("가맹점 수", None, S, "2024", "level", "required", "basis figure in brackets after 전년: its period is that date (my convention)"))
d.Q("23만곳", "230000", "곳", "곳", C, f=("가맹점 수", None, S, Y, "change"))
d.Q("11조2천억원", "11200000000000", W, "원", "currency", f=("온라인 결제", None, S, Y, "level"))
d.Q("7조2천억원", "7200000000000", W, "원", "currency", f=("오프라인 현장 결제", None, S, Y, "level"))
d.Q("60.9%", "60.9", "%", "%", P, f=("온라인 결제", None, S, Y, "level"))
d.Q("39.1%", "39.1", "%", "%", P, f=("오프라인 현장 결제", None, S, Y, "level"))
d.Q("8천600억원", "860000000000", W, "원", "currency", approx=True, f=("해외 결제", None, S, Y, "level"))
d.Q("1조원", "1000000000000", W, "원", "currency", note="a threshold the figure approached (근접): no approximator or bound word of the list",
    f=("해외 결제", None, S, Y, "level", "optional", "a threshold named only as approached, not the figure: open question 3"))
d.Q("210억원", "21000000000", W, "원", "currency", f=("영업이익", None, S, "2025-Q4", "level"))
d.Q("15조원", "15000000000000", W, "원", "currency", approx=True, note="안팎 → approx",
    f=("거래액", "같은 기간 거래액", "체크페이", "2025-Q4", "level", "required", "같은 기간 points back to 지난해 4분기 of the sentence before"))
d.Q("하루", "1", "day", "하루", "duration", st="optional", note="native numeral in 하루 평균: a rate denominator (ANNOTATION: optional)")
d.Q("9천400억원", "940000000000", W, "원", "currency", approx=True, f=("하루 평균 이용 금액", None, "", Y, "level", "required", "national figure cited from 한국은행: no subject"))
d.Q("8.7%", "8.7", "%", "%", P, f=("하루 평균 이용 금액", None, "", Y, "change"))
d.Q("25조원", "25000000000000", W, "원", "currency", note="이상 follows 150만곳 only", f=("거래액", "올해 거래액", S, "2026", "level"))
d.Q("150만곳", "1500000", "곳", "곳", C, bound="min", f=("가맹점", "가맹점 150만곳", S, "2026", "level"))
d.Q("3년", "3", "year", "년", "duration", bound="max", note="3년 안에: a time limit (as 내/이내) → bound max; " + DUR)
d.Q("10%", "10", "%", "%", P, f=("해외 결제 비중", None, S, "2026", "level", "optional", "target within 3년: the sentence's 올해 may not be its period (open question 4)"))

# ---------------------------------------------------------------- 002 county festival: visitors and local spending (regional daily, byline at the end, no year written)
d = Doc("002_d22540f681ef859d", "2025-10-20"); docs.append(d)
S = "홍천군"
d.O("홍천군", S, ctx="홍천군은", note="a county acting as a government (ANNOTATION: 서울시, 경기도)")
d.O("강원관광재단", "강원관광재단", aliases="재단", note="foundation; short name defined with 이하")
d.O("재단", "강원관광재단", ctx="(이하 재단)", st="optional", note="short name defined in brackets with 이하: optional where defined")
d.O("재단", "강원관광재단", ctx="재단은", note="later use of the 이하 short name: required")
d.O("한국관광공사", "한국관광공사", note="public corporation cited as the source (에 따르면)")
d.O("홍천군", S, ctx="홍천군수", st="optional", note="county name inside the title word 홍천군수: ORG only as a modifier inside a longer non-ORG word (open question 1)")
FEST = "2025-10-16/2025-10-19"
d.D("지난 16일", "2025-10-16", "day", rel=True, note="A부터 B까지: two mentions (ANNOTATION); latest 16th on or before the document date")
d.D("19일", "2025-10-19", "day", ctx="19일까지", rel=True, note="end of a 부터…까지 pair: missing parts from the start")
d.D("20일", "2025-10-20", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", "2024", "year", ctx="지난해 축제", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-10-16", note=PB + ": the festival of the text")
d.D("작년", "2024", "year", rel=True)
d.D("올해 3분기", "2025-Q3", "quarter", rel=True, note="relative year before a quarter: one mention")
d.D("지난해 같은 분기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + " (같은 분기 = 전년 동기)")
d.D("내년", "2026", "year", rel=True, note="target year in a quote")
d.D("다음 달 말", "2025-11", "month", mod="END", rel=True, note="future clause (예정): the next month")
HL = "headline: no ORG and no DATE in or before it; FACTS searches the clause, the sentence, then earlier: slots left empty"
d.Q("나흘", "4", "day", "나흘", "duration", ctx="나흘간 38만명", note="native numeral; 간 outside; " + DUR)
d.Q("38만명", "380000", "명", "명", C, f=("", None, "", "", "level", "required", HL + "; no noun names what is counted (찾아 is no verbal noun)"))
d.Q("92억원", "9200000000", W, "원", "currency", ctx="소비 92억원", f=("지역 소비", "지역 소비 92억원", "", "", "level", "required", HL))
d.Q("나흘", "4", "day", "나흘", "duration", ctx="나흘간 홍천강", note="native numeral; 간 outside; " + DUR)
d.Q("제7회", "7", "회", "회", "ordinal", note="edition of the festival: ordinal, no fact")
FS = "the county that holds the festival (as 알리바바그룹 for its 11∙11 GMV in FACTS' example)"
d.Q("38만2천여명", "382000", "명", "명", C, approx=True, note="여 inside the span → approx",
    f=("방문", "방문한 것으로", S, FEST, "level", "required", "verbal noun 방문 names what is counted; " + FS + "; period = the festival's days (two DATE mentions)"))
d.Q("31만명", "310000", "명", "명", C, f=("방문", "방문한 것으로", S, "2024", "level", "required", "basis figure in brackets after 지난해 축제: its period is that year (my convention)"))
d.Q("23%", "23", "%", "%", P, f=("방문", "방문한 것으로", S, FEST, "change"))
d.Q("64%", "64", "%", "%", P, f=("외지인 방문객", None, S, FEST, "level", "required", "share of the part named as the clause's subject"))
d.Q("24만4천명", "244000", "명", "명", C, f=("외지인 방문객", None, S, FEST, "level"))
d.Q("14만명", "140000", "명", "명", C, f=("수도권 방문객", None, S, FEST, "level"))
d.Q("3만1천명", "31000", "명", "명", C, f=("충청권", None, S, FEST, "level", "required", "breakdown item with 각각: the part's name is the metric (my convention)"))
d.Q("1만8천명", "18000", "명", "명", C, f=("영남권", None, S, FEST, "level", "required", "breakdown item with 각각: the part's name is the metric (my convention)"))
d.Q("92억원", "9200000000", W, "원", "currency", ctx="소비액은 92억원", f=("카드 소비액", None, S, FEST, "level", "required", "축제 기간: the festival named with its days"))
d.Q("17억원", "1700000000", W, "원", "currency", f=("카드 소비액", None, S, FEST, "change"))
d.Q("41억원", "4100000000", W, "원", "currency", f=("음식점", None, S, FEST, "level", "required", "breakdown item (업종별로는): the part's name is the metric"))
d.Q("28억원", "2800000000", W, "원", "currency", f=("농특산물 판매장", None, S, FEST, "level", "required", "breakdown item (업종별로는): the part's name is the metric"))
d.Q("120t", "120", "t", "t", M, approx=True, f=("단호박 판매량", None, S, FEST, "level"))
d.Q("1인", "1", "인", "인", C, st="optional", note="rate denominator in 1인당 (ANNOTATION: optional)")
d.Q("2만4천원", "24000", W, "원", "currency", approx=True, note="안팎 → approx",
    f=("평균 지출액", None, S, FEST, "level", "optional", "estimated by the source 재단 about the festival's visitors: subject 홍천군 (carried) or none? open question 2"))
d.Q("1조2천억원", "1200000000000", W, "원", "currency", approx=True, note="가량 → approx",
    f=("관광 소비", "강원 지역 관광 소비", "", "2025-Q3", "level", "required", "regional figure cited from 한국관광공사: no subject"))
d.Q("6.2%", "6.2", "%", "%", P, f=("관광 소비", "강원 지역 관광 소비", "", "2025-Q3", "change"))
d.Q("40만명", "400000", "명", "명", C, note="이상 follows 100억원 only", f=("방문객", "방문객 40만명", S, "2026", "level", "required", "the county head's target speaks for the county"))
d.Q("100억원", "10000000000", W, "원", "currency", bound="min", f=("지역 소비", "지역 소비 100억원", S, "2026", "level"))

write_all(docs)
