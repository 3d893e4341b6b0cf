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

write_all(docs)
