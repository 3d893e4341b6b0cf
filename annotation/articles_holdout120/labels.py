"""Gold labels of articles-holdout120, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout120/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = ("headline figure: its period is written only later in the article; FACTS' search order (clause, sentence, "
      "earlier in the article) finds none - open question, fact optional")
CP = ("count of a company's counterparties, not all named: FACTS 'several organizations taken together' (empty subject) vs "
      "the company's own figure; like FACTS' 470개 brands example, optional")
DEF = "quantity that only defines the group measured (FACTS: definitional ranges are part of the metric and have no fact)"
NOUNIT = "headline amount whose currency is only implied (ANNOTATION: optional)"
PD = "period: clause/sentence name none; FACTS' carry-forward would give an earlier period that this figure is not for - open question"
TEU = "unit TEU: neither SI nor a Hangul counter in ANNOTATION; kept as written, category measure (my convention)"

# ---------------------------------------------------------------- 001 container lessor (연합뉴스 dateline, no year written)
d = Doc("001_f4bd3d2e8b4d212d", "2025-05-14"); docs.append(d)
S = "해성컨테이너리스"
d.Oall("해성컨테이너리스", S)
d.O("연합뉴스", "연합뉴스")
d.O("드류리", "드류리")
d.O("해성해운", "해성해운")
d.O("HMM", "HMM")
d.O("에버그린", "에버그린")
# headline
d.Q("120만TEU", "1200000", "TEU", "TEU", M, ctx="120만TEU 돌파", bound="gt", note=TEU,
    f=("보유 컨테이너", "보유 컨테이너 120만TEU 돌파", S, "", "level", "optional", HL))
d.Q("96%", "96", "%", "%", P, ctx="가동률 96%대", approx=True, note="suffix 대 outside the span sets approx",
    f=("가동률", "가동률 96%대", S, "", "level", "optional", HL))
# lead
d.D("3월 말", "2025-03", "month", mod="END", rel=True)
d.Q("120만TEU", "1200000", "TEU", "TEU", M, ctx="120만TEU를 넘어섰다", bound="gt", note=TEU,
    f=("보유 컨테이너", "보유 컨테이너가 120만TEU", S, "2025-03", "level"))
d.D("14일", "2025-05-14", "day", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset: amount of time + 전 (ANNOTATION) -> that year")
d.Q("8.2%", "8.2", "%", "%", P,
    f=("보유 컨테이너", "보유 컨테이너가 120만TEU", S, "2025-03", "change"))
# breakdown
d.Q("20피트", "20", "ft", "피트", M, note=DEF, f=("", None, "", "", "level", "optional", DEF))
d.Q("74만TEU", "740000", "TEU", "TEU", M, note=TEU, f=("20피트 컨테이너", None, S, "2025-03", "level"))
d.Q("40피트", "40", "ft", "피트", M, note=DEF, f=("", None, "", "", "level", "optional", DEF))
d.Q("46만TEU", "460000", "TEU", "TEU", M, note=TEU, f=("40피트 컨테이너", None, S, "2025-03", "level"))
d.Q("9만TEU", "90000", "TEU", "TEU", M, approx=True, note=TEU, f=("냉동 컨테이너", None, S, "2025-03", "level"))
d.Q("7.5%", "7.5", "%", "%", P, approx=True, note="'수준' after the number read as an approximator like 정도 (my convention)",
    f=("냉동 컨테이너", None, S, "2025-03", "level"))
# utilization
d.D("1분기", "2025-Q1", "quarter", ctx="1분기 평균 가동률", rel=True)
d.Q("96.4%", "96.4", "%", "%", P, f=("평균 가동률", "1분기 평균 가동률", S, "2025-Q1", "level"))
d.D("전 분기", "2024-Q4", "quarter", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("1.3%포인트", "1.3", PP, "%포인트", P, f=("평균 가동률", "1분기 평균 가동률", S, "2025-Q1", "change"))
d.D("같은 기간", "2025-Q1", "quarter", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("93%", "93", "%", "%", P, approx=True,
    f=("평균 가동률", "시장의 평균 가동률", "", "2025-Q1", "level", "required", "market figure cited from 드류리: empty subject"))
# results
d.D("1분기", "2025-Q1", "quarter", ctx="1분기 매출", rel=True)
d.Q("1830억원", "183000000000", W, "원", "currency", f=("매출", "1분기 매출은", S, "2025-Q1", "level"))
d.D("전년 동기", "2024-Q1", "quarter", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("12%", "12", "%", "%", P, f=("매출", "1분기 매출은", S, "2025-Q1", "change"))
d.Q("410억원", "41000000000", W, "원", "currency", f=("영업이익", None, S, "2025-Q1", "level"))
d.D("지난해", "2024", "year", rel=True)
d.Q("2조1400억원", "2140000000000", W, "원", "currency", f=("매출", "지난해 매출", "해성해운", "2024", "level"))
# contracts, customers
d.Q("82%", "82", "%", "%", P, f=("장기 임대 계약 비중", None, S, "2025-Q1", "level", "required",
                                  "period carried forward from the last period set for the company (1분기)"))
d.Q("5.8년", "5.8", "year", "년", "duration")
d.Q("20여 곳", "20", "곳", "곳", C, approx=True, f=("주요 고객사", None, "", "", "level", "optional", CP))
# quote
d.D("올해 말", "2025", "year", mod="END", rel=True)
d.Q("15만TEU", "150000", "TEU", "TEU", M, note=TEU, f=("신조 컨테이너", None, S, "2025", "level"))
d.Q("97%", "97", "%", "%", P, bound="min", f=("가동률", "가동률을 97%", S, "2025", "level"))

# ---------------------------------------------------------------- 002 provincial tourism agency (bracket byline)
d = Doc("002_4162549433d52257", "2025-02-09"); docs.append(d)
S = "경상북도문화관광공사"
d.O("이데일리", "이데일리")
d.O("경상북도문화관광공사", S, aliases="공사")
d.O("공사", S, ctx="(이하 공사)", st="optional", note="short name defined with 이하 (ANNOTATION: optional as a mention)")
d.O("공사", S, ctx="공사는 지난해 12월")
d.O("공사", S, ctx="한지석 공사 사장")
d.O("한국관광공사", "한국관광공사")
d.O("불국사", "불국사", st="optional", note="a temple: a site that may act as an institution (ANNOTATION: optional)")
VIS = "visitors to a province (a place, not an ORG): empty subject"
# headline
d.Q("150만명", "1500000", "명", "명", C, bound="gt", f=("외국인 관광객", "외국인 관광객 150만명", "", "", "level", "optional", HL))
d.Q("2배", "2", "배", "배", C, ctx="대만인 2배로", f=("대만인", "대만인 2배로", "", "", "change", "optional", HL))
# lead
d.D("지난해", "2024", "year", ctx="지난해 경북을", rel=True)
d.Q("152만3000명", "1523000", "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", "2024", "level", "required", VIS))
d.D("9일", "2025-02-09", "day", rel=True)
d.D("2023년", "2023", "year")
d.Q("104만명", "1040000", "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", "2023", "level"))
d.Q("46.4%", "46.4", "%", "%", P, f=("외국인 관광객", "방문한 외국인 관광객", "", "2024", "change"))
d.D("2019년", "2019", "year")
d.Q("118만명", "1180000", "명", "명", C, bound="gt",
    note="'118만명도 넘어섰다': the bound word follows the 2019 figure; labelled gt by the word (open question)",
    f=("외국인 관광객", "방문한 외국인 관광객", "", "2019", "level"))
# by country
d.Q("38만2000명", "382000", "명", "명", C, f=("일본인", None, "", "2024", "level"))
d.Q("31만명", "310000", "명", "명", C, f=("중국인", None, "", "2024", "level"))
d.Q("24만6000명", "246000", "명", "명", C, f=("대만인", "대만인 24만6000명", "", "2024", "level"))
d.Q("12만명", "120000", "명", "명", C, f=("미국인", None, "", "2024", "level"))
d.D("전년", "2023", "year", ctx="전년보다 2.1배", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("2.1배", "2.1", "배", "배", C, f=("대만인", "대만인은 전년", "", "2024", "change"))
d.Q("5개국", "5", "개국", "개국", C, note=DEF, f=("", None, "", "", "level", "optional", DEF))
d.Q("27만명", "270000", "명", "명", C, f=("동남아 5개국 방문객", None, "", "2024", "level"))
d.Q("17.7%", "17.7", "%", "%", P, f=("동남아 5개국 방문객", None, "", "2024", "level"))
# stay, spending, sites
d.Q("3.2일", "3.2", "day", "일", "duration")
d.Q("1인당", "1", "인", "인", C, st="optional", note="rate denominator (ANNOTATION: optional)")
d.Q("118만원", "1180000", W, "원", "currency", f=("지출액", None, "", "2024", "level"))
d.Q("41만명", "410000", "명", "명", C,
    f=("외국인", "찾은 외국인은", "", "2024", "level", "optional", "figure of 불국사, an optional ORG (FACTS: fact optional)"))
d.Q("19만명", "190000", "명", "명", C, f=("외국인", "찾은 외국인은", "", "2024", "level", "required", "figure of a village (a place): empty subject"))
# national figure
d.D("지난해", "2024", "year", ctx="지난해 방한", rel=True)
d.Q("1637만명", "16370000", "명", "명", C, f=("방한 외국인 관광객", None, "", "2024", "level"))
d.Q("9.3%", "9.3", "%", "%", P, f=("경북 방문객 비중", None, "", "2024", "level"))
d.D("지난해 12월", "2024-12", "month", rel=True)
d.Q("한 달", "1", "month", "달", "duration")
d.Q("16만명", "160000", "명", "명", C, f=("외국인", "외국인 16만명", "", "2024-12", "level"))
# quote
d.D("올해", "2025", "year", rel=True)
d.Q("200만명", "2000000", "명", "명", C, f=("유치", None, S, "2025", "level", "required", "target of the agency; verbal noun 유치 as metric"))
d.Q("30편", "30", "편", "편", C, bound="min", f=("전세기", None, S, "2025", "level"))

# ---------------------------------------------------------------- 003 bio-venture (입력 stamp; the year only in the stamp)
d = Doc("003_3a486223ef5d020c", "2025-03-18"); docs.append(d)
S = "메디온바이오"
d.Oall("메디온바이오", S)
d.O("KDB산업은행", "KDB산업은행")
d.O("한국투자파트너스", "한국투자파트너스")
d.O("한결제약", "한결제약")
d.O("코스닥", "코스닥", st="optional", note="a stock market run by an exchange: market/platform or institution? not settled (open question)")
d.O("지엔에스홀딩스", "지엔에스홀딩스")
d.O("이밸류에이트파마", "이밸류에이트파마")
PH = "trial phase (임상 2상): a name-like label or an ordinal? no explicit ordinal marker (open question)"
for ctx in ("임상 2상 자금 450억", "임상 2상 자금으로", "임상 2상은", "이번 2상 진입", "2상 결과가"):
    d.Q("2상", "2", "상", "상", "ordinal", ctx=ctx, st="optional", note=PH)
# headline
d.Q("450억", "45000000000", W, "", "currency", ctx="450억 확보", st="optional", note=NOUNIT)
d.Q("30억", "3000000000", W, "", "currency", ctx="기술료 30억 수령", st="optional", note=NOUNIT)
# stamp
d.D("2025.03.18", "2025-03-18", "day")
d.D("09:42", "2025-03-18T09:42", "day", st="optional", note="clock time of the stamp (ANNOTATION: optional at most)")
# lead
d.Q("450억원", "45000000000", W, "원", "currency", f=("시리즈C 투자", None, S, "", "level", "required",
    "규모 amount: metric is the thing whose size it is; no period written (18일 only dates the announcement)"))
d.D("18일", "2025-03-18", "day", rel=True)
d.Q("9곳", "9", "곳", "곳", C, f=("투자사", None, "", "", "level", "optional", CP))
d.Q("1120억원", "112000000000", W, "원", "currency", f=("누적 투자 유치액", None, S, "", "level"))
# trial
d.Q("4개국", "4", "개국", "개국", C, f=("", None, S, "", "level", "required", "no noun names what is counted: empty metric"))
d.Q("32개", "32", "개", "개", C, f=("기관", "32개 기관", S, "", "level"))
d.Q("280명", "280", "명", "명", C, f=("환자", "환자 280명", S, "", "level"))
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half kept in the span, as before a month (my convention)")
d.D("내년 말", "2026", "year", mod="END", rel=True)
# licensing
d.D("지난해 6월", "2024-06", "month", rel=True)
d.Q("30억원", "3000000000", W, "원", "currency", f=("기술료", "단계별 기술료", S, "", "level", "optional", PD))
d.Q("50억원", "5000000000", W, "원", "currency", ctx="선급금 50억원", f=("선급금", None, S, "2024-06", "level", "required",
    "term of the contract signed 지난해 6월 (period carried forward)"))
d.Q("1400억원", "140000000000", W, "원", "currency", bound="max", f=("총 계약", None, S, "2024-06", "level", "required",
    "규모 amount: metric is the thing whose size it is (총 계약)"))
# R&D, market
d.D("지난해", "2024", "year", ctx="지난해 연구개발비", rel=True)
d.Q("186억원", "18600000000", W, "원", "currency", f=("연구개발비", None, S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년보다 31%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("31%", "31", "%", "%", P, f=("연구개발비", None, S, "2024", "change"))
d.D("지난해", "2024", "year", ctx="지난해 240억달러", rel=True)
d.Q("240억달러", "24000000000", U, "달러", "currency", f=("세계 비만 치료제 시장", None, "", "2024", "level", "required",
    "market figure: empty subject"))
d.Q("20%", "20", "%", "%", P, bound="gt", f=("세계 비만 치료제 시장", None, "", "", "change", "optional",
    "forecast average growth from 지난해 onward: period is the clause's 지난해 (FACTS search order) or none - open question"))
# quote
d.Q("5000억원", "500000000000", W, "원", "currency", bound="min", f=("기술수출", None, S, "", "level", "optional", PD))

# ---------------------------------------------------------------- 004 home-builder (byline at the end)
d = Doc("004_1b7eedaeb83d2d99", "2024-10-22"); docs.append(d)
S = "대성건설"
d.Oall("대성건설", S)
d.O("대성산업개발", "대성산업개발")
d.O("한림종합건설", "한림종합건설")
d.O("국토교통부", "국토교통부")
# headline
d.Q("1년", "1", "year", "년", "duration", ctx="미분양 1년 새")
d.Q("40%", "40", "%", "%", P, ctx="1년 새 40% 줄어", f=("미분양", "대성건설 미분양 1년", S, "", "change", "optional", HL))
d.Q("92%", "92", "%", "%", P, ctx="초기 분양률 92%", f=("초기 분양률", "초기 분양률 92%", S, "", "level", "optional", HL))
d.Q("1년", "1", "year", "년", "duration", ctx="주택이 1년 새")
# lead
d.D("2024년 9월 말", "2024-09", "month", mod="END")
d.Q("1240가구", "1240", "가구", "가구", C, f=("미분양 주택", "기준 미분양 주택", S, "2024-09", "level"))
d.D("전년 같은 달", "2023-09", "month", rel=True, st="optional", note=PB, anchor="2024-09-01")
d.Q("2070가구", "2070", "가구", "가구", C, f=("미분양 주택", "기준 미분양 주택", S, "2023-09", "level", "required",
    "the compared figure: its own period is the month it is for (전년 같은 달)"))
d.Q("40.1%", "40.1", "%", "%", P, f=("미분양 주택", "기준 미분양 주택", S, "2024-09", "change"))
d.D("22일", "2024-10-22", "day", rel=True)
d.Q("310가구", "310", "가구", "가구", C, f=("준공 후 미분양", "이 가운데 준공 후 미분양", S, "2024-09", "level"))
d.Q("25%", "25", "%", "%", P, f=("준공 후 미분양", "이 가운데 준공 후 미분양", S, "2024-09", "level"))
# presale rates
d.D("올해 3분기", "2024-Q3", "quarter", rel=True, note="올해 before a quarter kept in the span, as before a month (my convention)")
d.Q("3개", "3", "개", "개", C, f=("단지", "3개 단지", S, "2024-Q3", "level"))
d.Q("92.4%", "92.4", "%", "%", P, f=("평균 초기 분양률", None, S, "2024-Q3", "level"))
d.D("지난해", "2023", "year", rel=True)
d.Q("14.6%포인트", "14.6", PP, "%포인트", P, f=("평균 초기 분양률", None, S, "2024-Q3", "change"))
d.Q("98%", "98", "%", "%", P, ctx="분양률 98%", f=("분양률", "분양률 98%", S, "2024-Q3", "level"))
d.Q("71%", "71", "%", "%", P, f=("분양률", "분양률 98%", S, "2024-Q3", "level"))
# group, rival
d.Q("1580가구", "1580", "가구", "가구", C, f=("미분양", "합치면 미분양은", "대성건설;대성산업개발", "2024-09", "level", "optional",
    "new subject (the two companies named together) with no period of its own: FACTS' carry-forward gives 2024-09 (same metric) "
    "or 2024-Q3 (last period of 대성건설) - open question"))
d.Q("2300여 가구", "2300", "가구", "가구", C, approx=True, f=("미분양", "한림종합건설의 미분양", "한림종합건설", "2024-09", "level"))
d.D("같은 기간", "2024-09", "month", mod="END", rel=True, st="optional", note=PB, anchor="2024-09-01")
d.D("전년", "2023", "year", ctx="전년보다 소폭", rel=True, st="optional", note=PB, anchor="2024-01-01")
# national figure
d.D("9월 말", "2024-09", "month", ctx="9월 말 전국", mod="END", rel=True)
d.Q("6만5140가구", "65140", "가구", "가구", C, f=("전국 미분양 주택", None, "", "2024-09", "level", "required",
    "national figure cited from 국토교통부: empty subject"))
d.D("전월", "2024-08", "month", rel=True, st="optional", note=PB, anchor="2024-09-01")
d.Q("1.0%", "1.0", "%", "%", P, f=("전국 미분양 주택", None, "", "2024-09", "change"))
d.Q("1만7880가구", "17880", "가구", "가구", C, f=("준공 후 미분양", "줄었지만, 준공 후 미분양", "", "2024-09", "level"))
d.Q("14개월", "14", "month", "개월", "duration", note="'14개월 연속': an amount of time (duration)")
# quote
d.D("내년 상반기", "2025-H1", "half", rel=True, note="내년 before a half kept in the span, as before a month (my convention)")
d.Q("1000가구", "1000", "가구", "가구", C, bound="lt", f=("미분양", "상반기까지 미분양을", S, "2025-H1", "level"))
d.Q("90%", "90", "%", "%", P, bound="min", f=("분양률", "분양률 90%", S, "2025-H1", "level"))

# ---------------------------------------------------------------- 005 online-education company (press release, no dateline)
d = Doc("005_50e2dea8ee9e8c8b", "2025-01-21"); docs.append(d)
S = "에듀플러스"
d.Oall("에듀플러스", S)
d.O("청람교육그룹", "청람교육그룹")
d.O("메가스터디교육", "메가스터디교육")
d.O("정보통신산업진흥원", "정보통신산업진흥원")
# headline (its own 2024년 is the period)
d.D("2024년", "2024", "year", ctx="2024년 유료 수강생 85만명")
d.Q("85만명", "850000", "명", "명", C, bound="gt", f=("유료 수강생", "유료 수강생 85만명", S, "2024", "level"))
d.Q("1천억원", "100000000000", W, "원", "currency", ctx="첫 1천억원대", approx=True,
    note="suffix 대 outside the span sets approx", f=("매출", "매출 첫", S, "2024", "level"))
# lead
d.D("2024년", "2024", "year", ctx="2024년 유료 수강생이")
d.Q("85만2000명", "852000", "명", "명", C, f=("유료 수강생", "2024년 유료 수강생이", S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년 대비", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("21%", "21", "%", "%", P, f=("유료 수강생", "2024년 유료 수강생이", S, "2024", "change"))
d.Q("7년", "7", "year", "년", "duration")
# breakdown
d.Q("38만명", "380000", "명", "명", C, f=("공무원·자격증 과정", None, S, "2024", "level"))
d.Q("27만명", "270000", "명", "명", C, f=("어학 과정", None, S, "2024", "level"))
d.Q("20만2000명", "202000", "명", "명", C, f=("IT 과정", None, S, "2024", "level"))
d.Q("20~30대", "20", "대", "대", C, hi="30", note=DEF, f=("", None, "", "", "level", "optional", DEF))
d.Q("68%", "68", "%", "%", P, f=("20~30대 수강생 비중", None, S, "2024", "level"))
# results
d.Q("1084억원", "108400000000", W, "원", "currency", f=("매출", "매출은 1084억원", S, "2024", "level"))
d.Q("1천억원", "100000000000", W, "원", "currency", ctx="처음 1천억원을", bound="gt",
    f=("매출", "매출은 1084억원", S, "2024", "level"))
d.Q("126억원", "12600000000", W, "원", "currency", f=("영업이익", None, S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년(58억원)", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("58억원", "5800000000", W, "원", "currency", f=("영업이익", None, S, "2023", "level"))
d.Q("2배", "2", "배", "배", C, bound="min", f=("영업이익", None, S, "2024", "change"))
d.Q("47.5%", "47.5", "%", "%", P, f=("재구매율", None, S, "2024", "level"))
d.Q("14시간", "14", "hour", "시간", "duration")
# parent, rival
d.Q("3200억원", "320000000000", W, "원", "currency", f=("그룹 매출", None, "청람교육그룹", "2024", "level", "required",
    "period carried forward from the lead's 2024년 (results story)"))
d.Q("1위", "1", "위", "위", "ordinal")
d.D("같은 기간", "2024", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("9300억원", "930000000000", W, "원", "currency", approx=True, f=("매출", "같은 기간 매출", "메가스터디교육", "2024", "level"))
# market figure
d.D("2023년", "2023", "year")
d.Q("5조3000억원", "5300000000000", W, "원", "currency", f=("국내 이러닝 시장", None, "", "2023", "level", "required",
    "규모 amount: the thing whose size it is; market figure, empty subject"))
d.D("2020년", "2020", "year")
d.Q("30%", "30", "%", "%", P, approx=True, note="'가까이' (nearly) read as an approximator (my convention)",
    f=("국내 이러닝 시장", None, "", "2023", "change"))
# quote
d.D("2025년", "2025", "year")
d.Q("100만명", "1000000", "명", "명", C, f=("유료 수강생", "2025년 유료 수강생", S, "2025", "level"))
d.Q("1300억원", "130000000000", W, "원", "currency", f=("매출", "매출 1300억원", S, "2025", "level"))
d.Q("10%", "10", "%", "%", P, f=("해외 매출 비중", None, S, "2025", "level"))

# ---------------------------------------------------------------- 006 credit-guarantee foundation (뉴스1 dateline)
d = Doc("006_5c4f5330a437021f", "2024-07-08"); docs.append(d)
S = "대전신용보증재단"
d.Oall("대전신보", S, special={1: ("optional", "short name defined with 이하 (ANNOTATION: optional as a mention)")})
d.O("뉴스1", "뉴스1")
d.O("대전신용보증재단", S, aliases="대전신보")
d.O("신용보증재단중앙회", "신용보증재단중앙회")
d.O("하나은행", "하나은행")
# headline
d.D("상반기", "2024-H1", "half", ctx="대전신보, 상반기", rel=True)
d.Q("8200억", "820000000000", W, "", "currency", st="optional", note=NOUNIT)
# lead
d.D("2024년 상반기", "2024-H1", "half")
d.Q("8212억원", "821200000000", W, "원", "currency", f=("보증", "8212억원의 보증", S, "2024-H1", "level"))
d.D("8일", "2024-07-08", "day", rel=True)
d.D("전년 동기", "2023-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("6950억원", "695000000000", W, "원", "currency", f=("보증", "8212억원의 보증", S, "2023-H1", "level"))
d.Q("18.2%", "18.2", "%", "%", P, f=("보증", "8212억원의 보증", S, "2024-H1", "change"))
d.Q("2만3400건", "23400", "건", "건", C, f=("보증 건수", None, S, "2024-H1", "level"))
d.Q("하루", "1", "day", "하루", "duration", st="optional",
    note="'하루 평균': a rate denominator in a native word (ANNOTATION: rate denominators optional)")
d.Q("190여 건", "190", "건", "건", C, approx=True, f=("보증 건수", None, S, "2024-H1", "level", "required",
    "the clause names no noun; the daily average is of 보증 건수 (nearest)"))
# by industry
d.Q("2860억원", "286000000000", W, "원", "currency", f=("음식점업 보증", None, S, "2024-H1", "level"))
d.Q("34.8%", "34.8", "%", "%", P, f=("음식점업 보증", None, S, "2024-H1", "level"))
d.Q("2410억원", "241000000000", W, "원", "currency", f=("도소매업", None, S, "2024-H1", "level", "required",
    "elided list item: its label is the only noun naming what is measured (my convention)"))
d.Q("1570억원", "157000000000", W, "원", "currency", f=("서비스업", None, S, "2024-H1", "level", "required",
    "elided list item: its label is the only noun naming what is measured (my convention)"))
d.Q("3년", "3", "year", "년", "duration", ctx="창업 3년 이내", bound="max")
d.Q("41%", "41", "%", "%", P, f=("창업 3년 이내 기업에 대한 보증", None, S, "2024-H1", "level"))
# balance, ratios
d.D("6월 말", "2024-06", "month", mod="END", rel=True)
d.Q("2조1600억원", "2160000000000", W, "원", "currency", f=("보증 잔액", None, S, "2024-06", "level"))
d.Q("9.8배", "9.8", "배", "배", C, f=("보증 배수", None, S, "2024-06", "level"))
d.Q("4.1%", "4.1", "%", "%", P, f=("대위변제율", None, S, "2024-06", "level"))
d.D("지난해 말", "2023", "year", mod="END", rel=True)
d.Q("0.9%포인트", "0.9", PP, "%포인트", P, f=("대위변제율", None, S, "2024-06", "change"))
# national figure, partners
d.D("같은 기간", "2024-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("17개", "17", "개", "개", C, note=DEF, f=("지역신용보증재단", None, "", "2024-H1", "level", "optional", DEF))
d.Q("14조2000억원", "14200000000000", W, "원", "currency", f=("보증 공급액", None, "", "2024-H1", "level", "required",
    "17 foundations taken together, not all named: empty subject"))
d.Q("5곳", "5", "곳", "곳", C, f=("시중은행", None, "", "", "level", "optional", CP))
d.Q("1000억원", "100000000000", W, "원", "currency", f=("특별보증", None, S, "", "level", "optional",
    "'운영 중' (ongoing): FACTS' carry-forward gives 2024-06 (last period of the foundation), a reader sees no period - open question"))
# quote
d.D("하반기", "2024-H2", "half", ctx="하반기에도", rel=True)
d.Q("5000억원", "500000000000", W, "원", "currency", bound="min", f=("추가 공급", None, S, "2024-H2", "level"))
d.Q("5일", "5", "day", "일", "duration", bound="max")

write_all(docs)
