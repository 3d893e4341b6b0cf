"""Gold labels of articles-holdout123, written by writer-labeller W123 by reading the texts against
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout123/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HEAD = "headline figure: its own line names no date (or no subject); FACTS searches only the clause, the sentence and EARLIER text, so the slot is unsettled -> fact optional (open question)"
NODATE = "document date unknown (no year anywhere in the text): unresolved, X for the missing parts (ANNOTATION 'Unresolved')"
CLOCK = "clock time of the stamp: 'clock times (오전 9시, optional at most)'"
BRANCH = "store branch: may be a business unit (ANNOTATION ORG optional: 'names that may be a product or a business unit')"
CARRY = "period carried forward literally (FACTS: 'the period last set for the same subject carries forward until another one is named')"


# ---------------------------------------------------------------- 001 department-store group, sales by branch
d = Doc("001_32c630fcfb8fdf75", "2025-01-06")
S = "태령백화점"
d.Q("5조원", 5000000000000, W, "원", "currency", ctx="매출 5조원 첫 돌파", bound="gt", f=("매출", "지난해 매출 5조원", S, "2024", "level"))
d.Q("1조", 1000000000000, W, "", "currency", ctx="'1조 클럽'", st="optional",
    note="no unit written: amount inside the label '1조 클럽', currency only implied (ANNOTATION: 'No unit, no quantity' / implied currency is optional)")
d.Q("5조1천200억원", 5120000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("총매출", None, S, "2024", "change"))
d.Q("5조원", 5000000000000, W, "원", "currency", ctx="처음으로 5조원을", bound="gt", f=("총매출", None, S, "2024", "level"))
d.Q("1조8천350억원", 1835000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("1조240억원", 1024000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("7천860억원", 786000000000, W, "원", "currency", f=("총매출", None, S, "2024", "level"))
d.Q("4년", 4, "year", "년", "duration", ctx="개점 4년 만에")
d.Q("1조원", 1000000000000, W, "원", "currency", ctx="연매출 1조원을", bound="gt", f=("연매출", None, S, "2024", "level"))
d.Q("2조2천억원", 2200000000000, W, "원", "currency", approx=True, f=("명품 매출", None, S, "2024", "level"))
d.Q("43%", 43, "%", "%", P, approx=True, f=("명품 매출", None, S, "2024", "level"))
d.Q("3천150억원", 315000000000, W, "원", "currency", f=("외국인 매출", None, S, "2024", "level"))
d.Q("38.5%", 38.5, "%", "%", P, f=("외국인 매출", None, S, "2024", "change"))
d.Q("1천250만명", 12500000, "명", "명", C, f=("구매 고객", None, S, "2024", "level"))
d.Q("3조1천억원", 3100000000000, W, "원", "currency", bound="gt", f=("매출", "넘는 매출을", "신세계백화점", "2024", "level"))
d.Q("3사", 3, "사", "사", C, f=("백화점", "주요 백화점 3사", "", "2024", "level", "optional",
    "a count that names the group whose figure follows (like FACTS' 470개 example: whose count it is is unclear) -> fact optional"))
d.Q("1.4%", 1.4, "%", "%", P, f=("매출", "3사의 매출은", "", "2024", "change"))
d.Q("5조5천억원", 5500000000000, W, "원", "currency", f=("매출", "매출 5조5천억원", S, "2025", "level"))
d.Q("8개", 8, "개", "개", C, ctx="점포 수 8개", f=("점포 수", None, S, "2025", "level"))
d.D("지난해", "2024", "year", ctx="태령백화점, 지난해 매출", rel=True)
d.D("2024년", "2024", "year")
d.D("전년", "2023", "year", ctx="전년 대비 6.8%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("6일", "2025-01-06", "day", rel=True)
d.D("2023년", "2023", "year")
d.D("지난해", "2024", "year", ctx="강남점은 지난해", rel=True)
d.D("지난해", "2024", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 1.4%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("올해", "2025", "year", ctx="\"올해는", rel=True)
d.D("2025/01/06", "2025-01-06", "day")
d.D("11:02", "2025-01-06T11:02", "day", st="optional", note=CLOCK)
d.Oall("태령백화점", S)
d.Oall("판교점", "판교점", special={0: ("optional", BRANCH), 1: ("optional", BRANCH), 2: ("optional", BRANCH)})
d.O("명동점", "명동점", st="optional", note=BRANCH)
d.Oall("대구점", "대구점", special={0: ("optional", BRANCH), 1: ("optional", BRANCH)})
d.O("연합뉴스", "연합뉴스")
d.O("태령유통그룹", "태령유통그룹")
d.O("신세계백화점", "신세계백화점")
d.O("강남점", "강남점", st="optional", note=BRANCH)
d.O("산업통상자원부", "산업통상자원부")
docs.append(d)

# ---------------------------------------------------------------- 002 provincial police agency (no year anywhere: document date unknown)
d = Doc("002_079b72484808a9d5", "")
REG = "figure of the province (crimes / accidents that occurred there): the agency only reports it, like a source ('…에 따르면') -> empty subject (my reading of FACTS 'the organization whose figure it is')"
X = "XXXX"
d.Q("5대", 5, "대", "대", C, ctx="충남 5대 범죄", st="optional", note="'5대 범죄' is a lexicalized category name ('five major crimes'), not a count (ANNOTATION: lexicalized words optional)")
d.Q("200명", 200, "명", "명", C, bound="lt", f=("교통사고 사망자", "교통사고 사망자 200명", "", "", "level", "optional", HEAD))
d.Q("5대", 5, "대", "대", C, ctx="발생한 5대 범죄", st="optional", note="'5대 범죄' is a lexicalized category name, not a count")
d.Q("2만1천430건", 21430, "건", "건", C, f=("5대 범죄", "발생한 5대 범죄", "", X, "level", "required", REG))
d.Q("4.2%", 4.2, "%", "%", P, f=("5대 범죄", "발생한 5대 범죄", "", X, "change"))
d.Q("9천870건", 9870, "건", "건", C, f=("절도", None, "", X, "level"))
d.Q("8천915건", 8915, "건", "건", C, f=("폭력", None, "", X, "level"))
d.Q("41건", 41, "건", "건", C, f=("강도", None, "", X, "level"))
d.Q("3천210건", 3210, "건", "건", C, f=("5대 범죄", "발생한 5대 범죄", "천안서북경찰서", X, "level", "optional",
    "crimes in a station's jurisdiction: whether the station (grammatical subject) or nobody (a place's figure) is the subject is not settled -> optional"))
d.Q("1만2천여 건", 12000, "건", "건", C, approx=True, f=("사기 범죄", None, "", X, "level"))
d.Q("17%", 17, "%", "%", P, bound="gt", f=("사기 범죄", None, "", X, "change"))
d.Q("960억원", 96000000000, W, "원", "currency", approx=True, f=("피해액", None, "", X, "level"))
d.Q("194명", 194, "명", "명", C, f=("교통사고 사망자", "교통사고 사망자는 194명", "", X, "level"))
d.Q("231명", 231, "명", "명", C, f=("교통사고 사망자", "교통사고 사망자는 194명", "", X, "level", "required", "period = 전년 (the year before 지난해), unresolved: XXXX"))
d.Q("37명", 37, "명", "명", C, f=("교통사고 사망자", "교통사고 사망자는 194명", "", X, "change"))
d.Q("65세", 65, "세", "세", C, bound="min", f=("고령자", None, "", X, "level", "optional",
    "definitional range inside the metric '65세 이상 고령자' (FACTS: 'Definitional ranges … are part of the metric and have no fact') -> fact neutralised"))
d.Q("89명", 89, "명", "명", C, f=("65세 이상 고령자", None, "", X, "level"))
d.Q("1천102건", 1102, "건", "건", C, f=("음주운전 사고", None, "", X, "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate denominator '하루 평균' (ANNOTATION: rate denominators optional)")
d.Q("3건", 3, "건", "건", C, approx=True, f=("음주운전 사고", None, "", X, "level"))
d.Q("2천521명", 2521, "명", "명", C, f=("전국 교통사고 사망자", None, "", X, "level"))
d.Q("120명", 120, "명", "명", C, f=("교통 단속 인력", None, "충남경찰청", "XXXX-H1", "change"))
d.Q("두 달", 2, "month", "달", "duration", bound="max", note="'안에' read like '내/이내' (within): bound max")
d.Q("50대", 50, "대", "대", C, f=("어린이보호구역 무인단속카메라", None, "충남도", "", "change", "required",
    "no DATE in the clause or sentence and none set earlier for 충남도 -> empty period"))
d.Q("170명", 170, "명", "명", C, bound="max", f=("교통사고 사망자", "올해 교통사고 사망자", "", X, "level"))
d.D("지난해", X, "year", rel=True, note=NODATE)
d.D("전년", X, "year", ctx="전년보다 4.2%", rel=True, st="optional", note=PB + "; " + NODATE)
d.D("15일", "XXXX-XX-15", "day", rel=True, note=NODATE)
d.D("한 해 전", X, "year", rel=True, st="optional",
    note="offset '한 해 전' here points back to the year before 지난해, not from the document date (like 전년) -> optional; " + NODATE)
d.D("전년", X, "year", ctx="전년(231명)", rel=True, st="optional", note=PB + "; " + NODATE)
d.D("같은 기간", X, "year", rel=True, st="optional", note=PB + "; " + NODATE)
d.D("올해 상반기", "XXXX-H1", "half", rel=True, note=NODATE)
d.D("올해", X, "year", ctx="\"올해 교통", rel=True, note=NODATE)
d.O("충청투데이", "충청투데이")
d.O("충남경찰청", "충남경찰청", ctx="충남경찰청은")
d.O("천안서북경찰서", "천안서북경찰서")
d.O("도로교통공단", "도로교통공단")
d.O("경찰", "충남경찰청", ctx="경찰은 올해", st="optional", note="unnamed institution noun (ANNOTATION: 경찰 optional); refers to 충남경찰청")
d.O("충남도", "충남도")
d.O("충남경찰청", "충남경찰청", ctx="충남경찰청장", st="optional", note="organization name used only inside a person's title '충남경찰청장' (ANNOTATION ORG optional: name used only as a modifier inside a longer non-organization name)")
docs.append(d)

# ---------------------------------------------------------------- 003 solar-module maker, US exports and a new factory (year only in the stamp)
d = Doc("003_48c638cf6c7871af", "2025-03-18")
S = "선광에너지"
d.Q("두 배", 2, "배", "배", C, ctx="수출 두 배로", f=("태양광 모듈 수출", None, S, "", "change", "optional", HEAD))
d.Q("6억4천만달러", 640000000, U, "달러", "currency", f=("미국 수출액", None, S, "2024", "level"))
d.Q("9천300억원", 930000000000, W, "원", "currency", approx=True, eq=("6억4천만달러",), f=("미국 수출액", None, S, "2024", "level"))
d.Q("두 배", 2, "배", "배", C, ctx="두 배 가까운", approx=True, note="'가까운' (nearly) read as an approximator (my decision)",
    f=("미국 수출액", None, S, "2024", "change"))
d.Q("1조3천억원", 1300000000000, W, "원", "currency", f=("매출", "연결 매출은", S, "2024", "level"))
d.Q("1천180억원", 118000000000, W, "원", "currency", f=("영업이익", None, S, "2024", "level"))
d.Q("3.3GW", 3.3, "GW", "GW", M, f=("생산능력", None, S, "2026-H2", "level", "required", "DATE in the figure's sentence (내년 하반기 가동 예정인)"))
d.Q("4억2천만달러", 420000000, U, "달러", "currency", f=("총투자액", None, S, "2026-H2", "level", "required", CARRY))
d.Q("40%", 40, "%", "%", P, f=("출자", "40%를 출자한다", "선광케미칼", "", "level", "required",
    "verbal noun as metric (FACTS: 판매했다 -> 판매); no DATE in the sentence, none set earlier for 선광케미칼 -> empty period"))
d.Q("66만㎡", 660000, "㎡", "㎡", M, approx=True, f=("공장 부지", None, S, "2026-H2", "level", "required", CARRY))
d.Q("800여 명", 800, "명", "명", C, approx=True, f=("직원", "직원 800여 명", S, "2026-H2", "level", "required", CARRY))
d.Q("2.1GW", 2.1, "GW", "GW", M, f=("모듈 출하량", None, S, "2024", "level"))
d.Q("71%", 71, "%", "%", P, f=("미국 비중", None, S, "2024", "level"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간")
d.Q("1.5GW", 1.5, "GW", "GW", M, f=("공급 계약", None, S, "2025", "level", "required",
    "규모 amount: metric = the thing whose size it is (FACTS); period = the DATE in the clause (올해부터)"))
d.Q("21억달러", 2100000000, U, "달러", "currency", bound="gt", f=("국내 태양광 모듈 대미 수출", None, "", "2024", "level"))
d.Q("35%", 35, "%", "%", P, f=("국내 태양광 모듈 대미 수출", None, "", "2024", "change"))
d.Q("30%", 30, "%", "%", P, approx=True, f=("점유율", None, "한화큐셀", "", "level", "required",
    "no DATE for 한화큐셀's figure anywhere before it -> empty period"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("10억달러", 1000000000, U, "달러", "currency", bound="gt", f=("미국 매출", None, S, "2026", "level"))
d.D("내년", "2026", "year", ctx="공장 내년 가동", rel=True)
d.D("2025.03.18", "2025-03-18", "day")
d.D("14:22", "2025-03-18T14:22", "day", st="optional", note=CLOCK)
d.D("지난해", "2024", "year", ctx="선광에너지가 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년 대비 두 배", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난해", "2024", "year", ctx="회사의 지난해", rel=True)
d.D("18일", "2025-03-18", "day", rel=True)
d.D("내년 하반기", "2026-H2", "half", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 모듈", rel=True)
d.D("올해", "2025", "year", ctx="올해부터", rel=True)
d.D("지난해", "2024", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 35%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("내년", "2026", "year", ctx="\"내년 미국", rel=True)
d.Oall(S, S)
d.O("선광케미칼", "선광케미칼")
d.O("넥스트에라에너지", "넥스트에라에너지")
d.O("한국무역협회", "한국무역협회")
d.O("한화큐셀", "한화큐셀")
docs.append(d)

# ---------------------------------------------------------------- 004 mutual-fund company, assets under management by fund (byline + date at the end)
d = Doc("004_635ea0e1222e1571", "2025-06-03")
S = "누리온자산운용"
FUND = "fund-by-fund breakdown ('펀드별로는') of the company's AUM: subject = the company whose total it breaks down, period carried from the lead (my decision)"
AUM = "운용자산(AUM)"
d.Q("12조", 12000000000000, W, "", "currency", ctx="운용자산 12조 돌파", bound="gt", st="optional",
    note="headline amount whose currency is only implied (ANNOTATION: optional)")
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="'새' (within) after the amount kept outside, like 만에/간")
d.Q("두 배", 2, "배", "배", C, ctx="새 두 배", f=("설정액", None, S, "", "change", "optional", HEAD))
d.Q("12조4천억원", 12400000000000, W, "원", "currency", f=("운용자산", AUM, S, "2025-05", "level"))
d.Q("10조8천억원", 10800000000000, W, "원", "currency", f=("운용자산", AUM, S, "2024", "level"))
d.Q("1조6천억원", 1600000000000, W, "원", "currency", f=("운용자산", AUM, S, "2025-05", "change"))
d.Q("2조3천500억원", 2350000000000, W, "원", "currency", f=("운용자산", AUM, S, "2025-05", "level", "required", FUND))
d.Q("1조1천억원", 1100000000000, W, "원", "currency", f=("운용자산", AUM, S, "2025-05", "level", "required", FUND))
d.Q("9천700억원", 970000000000, W, "원", "currency", f=("운용자산", AUM, S, "2025-05", "level", "required", FUND))
d.Q("두 배", 2, "배", "배", C, ctx="두 배 이상", bound="min", f=("설정액", None, S, "2025-05", "change", "required", FUND))
d.Q("62%", 62, "%", "%", P, f=("개인투자자 비중", None, S, "2025-05", "level", "required", FUND))
d.Q("3천억원", 300000000000, W, "원", "currency", f=("국내 주식 위탁자금", None, "국민연금공단", "2025-03", "level"))
d.Q("389조원", 389000000000000, W, "원", "currency", approx=True, f=("국내 공모펀드 순자산", None, "", "2025-05", "level"))
d.Q("7%", 7, "%", "%", P, approx=True, f=("국내 공모펀드 순자산", None, "", "2025-05", "change"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("200조원", 200000000000000, W, "원", "currency", bound="gt", note="'웃돈다' (exceeds) read like 넘다: bound gt (my decision)",
    f=("운용자산", "운용자산은 200조원", "미래에셋자산운용", "", "level", "required", "no DATE set for 미래에셋자산운용 -> empty period"))
d.Q("140명", 140, "명", "명", C, f=("직원 수", None, S, "2025-06-03", "level", "required", "period = 현재 (ANNOTATION: 현재 takes the document date)"))
d.Q("160명", 160, "명", "명", C, f=("직원 수", None, S, "2025", "level"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년 안에", bound="max", note="'안에' read like '내/이내': bound max")
d.Q("20조원", 20000000000000, W, "원", "currency", f=("운용자산", "운용자산 20조원", S, "", "level", "optional",
    "target 'within 3 years': no DATE; literal carry-forward would give 연말 (2025), a reader gives none -> optional (open question)"))
d.D("지난달 말", "2025-05", "month", mod="END", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("1년 전", "2024", "year", rel=True)
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("5월 말", "2025-05", "month", mod="END", rel=True)
d.D("연초", "2025", "year", mod="START", rel=True)
d.D("현재", "2025-06-03", "day", rel=True, st="optional", note="ANNOTATION: 지금/현재 optional, take the document date")
d.D("연말", "2025", "year", mod="END", rel=True)
d.D("2025.06.03", "2025-06-03", "day")
d.Oall(S, S)
d.O("누리온금융지주", "누리온금융지주")
for c in ("'누리온 배당성장", "'누리온 K-테크", "'누리온 채권플러스"):
    d.O("누리온", S, ctx=c, st="optional", note="organization name used only as the modifier inside a fund (product) name (ANNOTATION ORG optional)")
d.O("국민연금공단", "국민연금공단")
d.O("금융투자협회", "금융투자협회")
d.O("미래에셋자산운용", "미래에셋자산운용")
docs.append(d)

if __name__ == "__main__":
    write_all(docs)
