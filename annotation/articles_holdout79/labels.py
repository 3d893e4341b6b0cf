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
d.O("대성하우징", "대성하우징", aliases="이하 대성H", note="invented housing subsidiary (주택 자회사)")
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

write_all(docs)
