"""Gold labels of articles-holdout118, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout118/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 전분기 / 같은 기간 are optional)"
DU = "duration"
T = "t"


def qend(d, text, value, ctx=None, st="required", note="", anchor=None):
    """A quarter with 말 (END): value YYYY-Qn, mod END; the framework cannot compute its days, so the range is
    written by hand as the quarter's last month (convention of this set)."""
    d.D(text, value, "quarter", ctx=ctx, mod="END", rel=True, st=st, note=note, anchor=anchor, rng=False)
    y, q = int(value[:4]), int(value[-1])
    import calendar
    m = 3 * q
    d.d[-1]["range_start"] = f"{y}-{m:02d}-01"
    d.d[-1]["range_end"] = f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


SHARE = "share '전체의 N%' with no measure noun: metric empty (FACTS: when no noun names it, the metric is empty)"
HEAD = "headline figure: no date in or before it (FACTS: clause, sentence, then earlier) -> period empty"

# ---------------------------------------------------------------- 001 cable/IPTV operator (연합뉴스 dateline)
d = Doc("001_b8bb0610d7730648", "2024-11-12")
NK, NH, LG = "누리케이블방송", "누리홀딩스", "LG헬로비전"
d.O("누리케이블", NK, ctx="누리케이블, 3분기")
d.D("3분기", "2024-Q3", "quarter", ctx="누리케이블, 3분기", rel=True)
d.Q("182만명", 1820000, "명", "명", C, f=("유료방송 가입자", "3분기 유료방송 가입자 182만명", NK, "2024-Q3", "level"))
d.Q("1만2천원", 12000, W, "원", "currency", approx=True, note="suffix 대 after the unit sets approx",
    f=("ARPU", "…ARPU 1만2천원대", NK, "2024-Q3", "level"))
d.O("연합뉴스", "연합뉴스")
d.O("누리케이블방송", NK, ctx="사업자 누리케이블방송은")
qend(d, "2024년 3분기 말", "2024-Q3")
d.d[-1]["relative"] = "false"; d.d[-1]["anchor_date"] = ""
d.Q("182만4천명", 1824000, "명", "명", C, f=("유료방송 가입자", "기준 유료방송 가입자가", NK, "2024-Q3", "level"))
d.D("12일", "2024-11-12", "day", rel=True)
d.D("전 분기", "2024-Q2", "quarter", rel=True, st="optional", note=PB, anchor="2024-04-01")
d.Q("1만3천명", 13000, "명", "명", C, f=("유료방송 가입자", "기준 유료방송 가입자가", NK, "2024-Q3", "change"))
d.Q("18개월", 18, "month", "개월", DU)
d.Q("41만명", 410000, "명", "명", C, f=("가입자", "'누리플러스' 가입자는", NK, "2024-Q3", "level"))
d.D("전년 동기", "2023-Q3", "quarter", rel=True, st="optional", note=PB, anchor="2023-07-01")
d.Q("18.5%", "18.5", "%", "%", P, f=("가입자", "'누리플러스' 가입자는", NK, "2024-Q3", "change"))
d.Q("74만명", 740000, "명", "명", C, f=("유료방송 가입자", "기준 유료방송 가입자가", NK, "2024-Q3", "level",
    "required", "regional breakdown of the lead's subscriber count: metric = the lead's noun"))
d.Q("52만명", 520000, "명", "명", C, f=("유료방송 가입자", "기준 유료방송 가입자가", NK, "2024-Q3", "level",
    "required", "regional breakdown of the lead's subscriber count: metric = the lead's noun"))
d.Q("40.6%", "40.6", "%", "%", P, f=("", None, NK, "2024-Q3", "level", "required", SHARE))
d.Q("28.5%", "28.5", "%", "%", P, f=("", None, NK, "2024-Q3", "level", "required", SHARE))
d.Q("1만2천80원", 12080, W, "원", "currency", f=("가입자당 평균매출", None, NK, "2024-Q3", "level"))
d.D("지난해", "2023", "year", ctx="지난해 같은 기간보다 3.2%", rel=True)
d.D("같은 기간", "2023-Q3", "quarter", ctx="같은 기간보다 3.2%", rel=True, st="optional", note=PB, anchor="2023-07-01")
d.Q("3.2%", "3.2", "%", "%", P, f=("가입자당 평균매출", None, NK, "2024-Q3", "change"))
d.D("3분기", "2024-Q3", "quarter", ctx="3분기 방송 매출", rel=True)
d.Q("661억원", 66100000000, W, "원", "currency", f=("방송 매출", None, NK, "2024-Q3", "level"))
d.Q("48억원", 4800000000, W, "원", "currency", f=("영업이익", None, NK, "2024-Q3", "level"))
d.O("누리홀딩스", NH)
d.D("3분기", "2024-Q3", "quarter", ctx="연결 기준 3분기 매출", rel=True)
d.Q("1천200억원", 120000000000, W, "원", "currency", bound="gt", f=("매출", "3분기 매출이 1천200억원", NH, "2024-Q3", "level"))
d.O("과학기술정보통신부", "과학기술정보통신부")
d.D("지난해 하반기", "2023-H2", "half", rel=True)
d.Q("3천630만명", 36300000, "명", "명", C, approx=True, f=("전국 유료방송 가입자", None, "", "2023-H2", "level"))
d.Q("34%", 34, "%", "%", P, approx=True, note="suffix 대 after the unit sets approx",
    f=("케이블TV 점유율", None, "", "2023-H2", "level"))
d.O("LG헬로비전", LG)
d.D("같은 기간", "2023-H2", "half", ctx="같은 기간 가입자는", rel=True, st="optional", note=PB, anchor="2023-07-01")
d.Q("370만명", 3700000, "명", "명", C, approx=True, f=("가입자", "같은 기간 가입자는", LG, "2023-H2", "level"))
d.O("누리케이블방송", NK, ctx="누리케이블방송 대표는")
d.D("내년 말", "2025", "year", mod="END", rel=True)
d.Q("1만3천원", 13000, W, "원", "currency", bound="min", f=("ARPU", "까지 ARPU를", NK, "2025", "level"))
d.Q("30%", 30, "%", "%", P, f=("결합상품 가입자 비중", None, NK, "2025", "level"))
docs.append(d)

# ---------------------------------------------------------------- 002 regional development bank (bracket byline, no year)
d = Doc("002_a372e73677738d4f", "2025-07-21")
YB, GN = "영남지역개발은행", "경상남도"
d.O("영남개발은행", YB, ctx="영남개발은행, 상반기")
d.D("상반기", "2025-H1", "half", ctx="영남개발은행, 상반기", rel=True)
d.Q("2조1천억원", 2100000000000, W, "원", "currency", f=("정책대출", "상반기 정책대출 2조1천억원", YB, "2025-H1", "level"))
d.Q("70%", 70, "%", "%", P, bound="gt", f=("중소기업 비중", None, YB, "2025-H1", "level"))
d.O("이데일리", "이데일리")
d.O("영남지역개발은행", YB, aliases="영남개발은행")
d.O("영남개발은행", YB, ctx="(이하 영남개발은행)", st="optional", note="short name defined with 이하: the defining mention is optional")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.Q("2조1천400억원", 2140000000000, W, "원", "currency", f=("정책대출 공급액", None, YB, "2025-H1", "level"))
d.D("지난해", "2024", "year", rel=True)
d.D("같은 기간", "2024-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("16.8%", "16.8", "%", "%", P, f=("정책대출 공급액", None, YB, "2025-H1", "change"))
d.D("21일", "2025-07-21", "day", rel=True)
d.Q("2조원", 2000000000000, W, "원", "currency", bound="gt", f=("공급액", "반기 공급액이", YB, "2025-H1", "level"))
d.Q("1조2천600억원", 1260000000000, W, "원", "currency", f=("시설자금", None, YB, "2025-H1", "level"))
d.Q("8천800억원", 880000000000, W, "원", "currency", f=("운전자금", None, YB, "2025-H1", "level"))
d.Q("1조5천200억원", 1520000000000, W, "원", "currency", f=("중소·중견기업 대출", None, YB, "2025-H1", "level"))
d.Q("71%", 71, "%", "%", P, f=("", None, YB, "2025-H1", "level", "required", SHARE))
d.Q("3천100곳", 3100, "곳", "곳", C, approx=True, f=("지원 기업", None, YB, "2025-H1", "level"))
d.Q("한 곳", 1, "곳", "곳", C, st="optional", note="rate denominator (한 곳당): optional per ANNOTATION")
d.Q("6억9천만원", 690000000, W, "원", "currency", approx=True, note="수준 read as an approximator like 정도 (my decision)",
    f=("평균 대출액", None, YB, "2025-H1", "level"))
d.Q("4천억원", 400000000000, W, "원", "currency", ctx="에는 4천억원이",
    f=("동남권 산업전환 특별자금", None, YB, "2025-H1", "level", "required",
       "allocation to a program run by the bank (program not an ORG): subject the bank; period carried from the lead"))
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("현재", "2025-07-21", "day", ctx="6월 말 현재", rel=True, st="optional",
    note="현재 is optional (ANNOTATION); here it marks 6월 말 as an as-of date")
d.Q("87%", 87, "%", "%", P, f=("소진율", None, YB, "2025-06", "level"))
d.Q("10년", 10, "year", "년", DU, bound="max")
d.Q("3년", 3, "year", "년", DU, bound="max")
d.O("영남개발은행", YB, ctx="영남개발은행의 최대 주주")
d.O("경상남도", GN)
d.D("지난 4월", "2025-04", "month", rel=True)
d.Q("500억원", 50000000000, W, "원", "currency", f=("출자금", None, GN, "2025-04", "level"))
d.O("한국은행 부산본부", "한국은행 부산본부",
    note="a named regional head office of 한국은행: labelled as one ORG span (my decision)")
d.D("1분기", "2025-Q1", "quarter", rel=True)
qend(d, "전 분기 말", "2024-Q4", st="optional", note=PB, anchor="2024-10-01")
d.Q("1.1%", "1.1", "%", "%", P, f=("중소기업 대출 잔액", None, "", "2025-Q1", "change"))
d.O("영남개발은행", YB, ctx="강도현 영남개발은행장",
    note="the bank's name inside the title 은행장: span is the name without 장 (my decision)")
d.D("하반기", "2025-H2", "half", ctx="하반기에도", rel=True, note="future clause: the next H2")
d.Q("1조4천억원", 1400000000000, W, "원", "currency", bound="min", f=("공급", "이상을 공급해", YB, "2025-H2", "level"))
d.D("올해", "2025", "year", ctx="올해 목표인", rel=True)
d.Q("3조5천억원", 3500000000000, W, "원", "currency", f=("목표", None, YB, "2025", "level"))
docs.append(d)

# ---------------------------------------------------------------- 003 packaging maker, recycled resin (press release, no dateline)
d = Doc("003_3c51788a6044eb45", "2025-02-18")
HG, LC, HC, DS = "한결패키징", "롯데칠성음료", "한결케미칼", "대성폴리텍"
CONTRACT = "figure of the 2025~2029 contract: its period is the range 2025년부터 2029년까지, written as two DATE mentions (A부터 B까지); FACTS does not say which value a fact takes then -> optional"
d.O("한결패키징", HG, ctx="한결패키징, 지난해")
d.D("지난해", "2024", "year", ctx="한결패키징, 지난해", rel=True)
d.Q("4만2천t", 42000, T, "t", M, f=("재생 수지", "지난해 재생 수지 4만2천t", HG, "2024", "level"))
d.O("롯데칠성음료", LC, ctx="롯데칠성음료와 5년")
d.Q("5년", 5, "year", "년", DU, ctx="5년 공급계약")
d.O("한결패키징", HG, ctx="한결패키징은 2024년")
d.D("2024년", "2024", "year", ctx="2024년 재생 플라스틱")
d.Q("4만2천300t", 42300, T, "t", M, f=("재생 플라스틱 수지 생산량", None, HG, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년보다 27%", rel=True, st="optional", note=PB, anchor="2023-01-01")
d.Q("27%", 27, "%", "%", P, f=("재생 플라스틱 수지 생산량", None, HG, "2024", "change"))
d.D("18일", "2025-02-18", "day", rel=True)
d.D("2023년", "2023", "year")
d.Q("19%", 19, "%", "%", P, f=("비중", "차지하는 비중은", HG, "2023", "level"))
d.D("2024년", "2024", "year", ctx="2024년 26%")
d.Q("26%", 26, "%", "%", P, f=("비중", "차지하는 비중은", HG, "2024", "level"))
d.Q("7%p", 7, "%p", "%p", PP, f=("비중", "차지하는 비중은", HG, "2024", "change"))
d.Q("2만8천t", 28000, T, "t", M, f=("식품용 투명 페트(rPET) 칩", None, HG, "2024", "level"))
d.Q("1만1천t", 11000, T, "t", M, f=("재생 폴리프로필렌", None, HG, "2024", "level"))
d.Q("3천300t", 3300, T, "t", M, f=("기타 수지", None, HG, "2024", "level"))
d.Q("5만t", 50000, T, "t", M, f=("생산능력", None, HG, "2024", "level", "required",
    "no date in the sentence: the period last set for the subject carries forward (FACTS)"))
d.Q("85%", 85, "%", "%", P, approx=True, f=("가동률", None, HG, "2024", "level"))
d.O("롯데칠성음료", LC, ctx="회사는 롯데칠성음료와")
d.D("2025년", "2025", "year")
d.D("2029년", "2029", "year")
d.Q("5년", 5, "year", "년", DU, ctx="5년간 식품용")
d.Q("1만5천t", 15000, T, "t", M, f=("계약 물량", None, HG, "2025/2029", "level", "optional", CONTRACT))
d.Q("2천250억원", 225000000000, W, "원", "currency", approx=True,
    f=("계약금액", None, HG, "2025/2029", "level", "optional", CONTRACT))
d.D("지난해", "2024", "year", ctx="지난해 매출 3천180억원", rel=True)
d.Q("3천180억원", 318000000000, W, "원", "currency", f=("매출", "지난해 매출 3천180억원", HG, "2024", "level"))
d.Q("70.8%", "70.8", "%", "%", P, f=("", None, HG, "2024", "level", "optional",
    "ratio of the contract amount to last year's revenue: no measure noun, and the period (the contract's or the revenue's 2024) is not settled by FACTS"))
d.O("한결케미칼", HC)
d.D("올해", "2025", "year", rel=True)
d.Q("800억원", 80000000000, W, "원", "currency", f=("투자", "800억원을 투자한다", HC, "2025", "level",
    "required", "verbal noun serves as metric (FACTS)"))
d.O("대성폴리텍", DS)
d.D("지난해", "2024", "year", ctx="대성폴리텍의 지난해", rel=True)
d.Q("3만t", 30000, T, "t", M, approx=True, note="수준 read as an approximator like 정도 (my decision)",
    f=("재생 수지 생산량", "지난해 재생 수지 생산량은", DS, "2024", "level"))
d.O("한국환경공단", "한국환경공단")
d.Q("80%", 80, "%", "%", P, bound="gt", f=("국내 페트병 재활용률", None, "", "", "level", "required",
    "national figure cited from an agency: empty subject; no date stated and no earlier figure of this metric"))
d.Q("10%", 10, "%", "%", P, bound="lt", f=("식품용으로 다시 쓰이는 비율", None, "", "", "level"))
d.O("한결패키징", HG, ctx="이정우 한결패키징")
d.D("2027년", "2027", "year")
d.Q("40%", 40, "%", "%", P, bound="min", f=("재생 수지 비중", None, HG, "2027", "level"))
docs.append(d)

# ---------------------------------------------------------------- 004 provincial education office, school meals (입력 stamp; year only in the stamp)
d = Doc("004_11f2ab3cd4f0e9be", "2025-03-04")
GE, GB = "경상북도교육청", "경상북도"
NOSUBJ = ("figure without a subject and with no date in its sentence: FACTS carries a period forward for the same subject "
          "or, without one, for the same metric (none earlier), yet the story's period (올해 budget) is meant -> optional, period as read")
d.O("경북교육청", GE, ctx="경북교육청, 올해")
d.D("올해", "2025", "year", ctx="경북교육청, 올해", rel=True)
d.Q("5천86억원", 508600000000, W, "원", "currency", ctx="예산 5천86억원…",
    f=("학교급식 예산", "올해 학교급식 예산 5천86억원", GE, "2025", "level"))
d.D("지난해", "2024", "year", ctx="지난해보다 6.5%", rel=True)
d.Q("6.5%", "6.5", "%", "%", P, f=("학교급식 예산", "올해 학교급식 예산 5천86억원", GE, "2025", "change"))
d.D("2025.03.04", "2025-03-04", "day")
d.D("09:12", "2025-03-04T09:12", "day", st="optional", note="clock time of the 입력 stamp: optional at most (ANNOTATION)")
d.O("경상북도교육청", GE)
d.D("올해", "2025", "year", ctx="올해 학교급식 예산을", rel=True)
d.Q("5천86억원", 508600000000, W, "원", "currency", ctx="예산을 5천86억원으로",
    f=("학교급식 예산", "올해 학교급식 예산을", GE, "2025", "level"))
d.D("4일", "2025-03-04", "day", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 312억원", rel=True)
d.Q("312억원", 31200000000, W, "원", "currency", f=("학교급식 예산", "올해 학교급식 예산을", GE, "2025", "change"))
d.Q("3천420억원", 342000000000, W, "원", "currency", f=("식품비", None, GE, "2025", "level"))
d.Q("1천280억원", 128000000000, W, "원", "currency", f=("인건비", None, GE, "2025", "level"))
d.Q("386억원", 38600000000, W, "원", "currency", f=("운영비", None, GE, "2025", "level"))
d.O("경북교육청", GE, ctx="재원별로는 경북교육청이")
d.Q("2천540억원", 254000000000, W, "원", "currency", f=("분담", "각각 분담한다", GE, "2025", "level",
    "required", "verbal noun 분담 serves as metric (FACTS)"))
d.Q("50%", 50, "%", "%", P, f=("분담", "각각 분담한다", GE, "2025", "level"))
d.O("경상북도", GB, ctx="경상북도가 1천520억원")
d.Q("1천520억원", 152000000000, W, "원", "currency", f=("분담", "각각 분담한다", GB, "2025", "level"))
d.Q("30%", 30, "%", "%", P, f=("분담", "각각 분담한다", GB, "2025", "level"))
d.Q("22개", 22, "개", "개", C, f=("시군", None, "", "2025", "level", "optional", NOSUBJ))
d.Q("1천26억원", 102600000000, W, "원", "currency", f=("분담", "각각 분담한다", "", "2025", "level", "optional", NOSUBJ))
d.Q("20%", 20, "%", "%", P, f=("분담", "각각 분담한다", "", "2025", "level", "optional", NOSUBJ))
d.Q("26만1천명", 261000, "명", "명", C, approx=True, f=("급식 대상 학생", None, GE, "2025", "level"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional per ANNOTATION")
d.Q("한 끼", 1, "끼", "끼", C, st="optional", note="rate denominator (per meal) inside the metric 한 끼 단가: optional like 1인당")
d.Q("4천850원", 4850, W, "원", "currency", f=("단가", None, GE, "2025", "level"))
d.D("지난해", "2024", "year", ctx="지난해보다 230원", rel=True)
d.Q("230원", 230, W, "원", "currency", f=("단가", None, GE, "2025", "change"))
d.D("지난해", "2024", "year", ctx="지난해 62%", rel=True)
d.Q("62%", 62, "%", "%", P, f=("친환경 농산물 사용 비율", None, GE, "2024", "level"))
d.D("올해", "2025", "year", ctx="올해 70%", rel=True)
d.Q("70%", 70, "%", "%", P, f=("친환경 농산물 사용 비율", None, GE, "2025", "level"))
d.Q("3천900여 명", 3900, "명", "명", C, approx=True, f=("학교 급식실 조리 종사자", None, GE, "2025", "level", "optional",
    "workers in the province's schools (도내): whether the office is the subject or the figure is a regional one (empty subject) is not settled by FACTS"))
d.Q("1천100명", 1100, "명", "명", C, approx=True, f=("폐 건강검진", None, GE, "2025-H1", "level", "optional",
    "count of workers (counted noun omitted) who take a check-up: metric (종사자 or 폐 건강검진) and subject not settled"))
d.D("상반기", "2025-H1", "half", rel=True)
d.O("경상북도의회", "경상북도의회")
d.D("지난달 28일", "2025-02-28", "day", rel=True)
d.O("교육부", "교육부")
d.D("지난해", "2024", "year", ctx="지난해 전국", rel=True)
d.Q("17개", 17, "개", "개", C, f=("시도교육청", None, "", "2024", "level", "required", "17 offices not named: empty subject (FACTS)"))
d.Q("8조원", 8000000000000, W, "원", "currency", bound="gt", f=("급식 예산 합계", None, "", "2024", "level"))
d.O("경북교육청", GE, ctx="윤재형 경북교육청")
d.Q("3년", 3, "year", "년", DU, bound="max")
docs.append(d)

# ---------------------------------------------------------------- 005 cosmetics e-commerce platform, overseas GMV (뉴스1 dateline)
d = Doc("005_4debddd7c63f54ba", "2025-01-15")
GL, OG, ST, BB, MF = "글로우링크", "온결홀딩스", "스텔라인베스트먼트", "뷰티브릿지", "식품의약품안전처"
HEADOPT = ("headline figure with no date in the headline: FACTS searches clause, sentence, then earlier (nothing), "
           "while the lead sets 2024 -> optional, period as read")
d.O("글로우링크", GL, ctx="플랫폼 글로우링크,")
d.Q("3천억원", 300000000000, W, "원", "currency", bound="gt", f=("해외 거래액", "글로우링크, 해외 거래액", GL, "2024", "level", "optional", HEADOPT))
d.Q("38%", 38, "%", "%", P, ctx="미국 비중 38%", f=("미국 비중", None, GL, "2024", "level", "optional", HEADOPT))
d.O("뉴스1", "뉴스1")
d.O("글로우링크", GL, ctx="플랫폼 글로우링크는")
d.D("2024년", "2024", "year")
d.Q("3천120억원", 312000000000, W, "원", "currency", f=("해외 거래액", "해외 거래액(GMV)", GL, "2024", "level"))
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2023-01-01")
d.Q("64%", 64, "%", "%", P, f=("해외 거래액", "해외 거래액(GMV)", GL, "2024", "change"))
d.D("15일", "2025-01-15", "day", rel=True)
BYC = "breakdown by country of the lead's 해외 거래액: metric = the lead's noun"
d.Q("1천190억원", 119000000000, W, "원", "currency", f=("해외 거래액", "해외 거래액(GMV)", GL, "2024", "level", "required", BYC))
d.Q("38%", 38, "%", "%", P, ctx="전체의 38%", f=("", None, GL, "2024", "level", "required", SHARE))
d.Q("780억원", 78000000000, W, "원", "currency", f=("해외 거래액", "해외 거래액(GMV)", GL, "2024", "level", "required", BYC))
d.Q("410억원", 41000000000, W, "원", "currency", f=("해외 거래액", "해외 거래액(GMV)", GL, "2024", "level", "required", BYC))
d.Q("1년", 1, "year", "년", DU, note="1년 새 (within a year): an amount of time, like 간/동안")
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 (nearly) read as an approximator (my decision)",
    f=("일본 거래액", None, GL, "2024", "change"))
d.Q("3%", 3, "%", "%", P, approx=True, note="수준 read as an approximator like 정도 (my decision)",
    f=("비중", "중동은 비중이", GL, "2024", "level"))
d.Q("120%", 120, "%", "%", P, bound="gt", f=("성장률", None, GL, "2024", "change", "optional",
    "a growth rate stated as the size of 성장률: level (the metric's size) or change (a rate of change) is not settled by FACTS"))
d.Q("190만명", 1900000, "명", "명", C, approx=True, f=("해외 구매 고객", None, GL, "2024", "level"))
d.Q("1회", 1, "회", "회", C, st="optional", note="rate denominator (1회 평균, per purchase): optional per ANNOTATION")
d.Q("58달러", 58, U, "달러", "currency", f=("평균 구매액", None, GL, "2024", "level"))
d.Q("2천400여 개", 2400, "개", "개", C, approx=True, f=("입점 브랜드", None, GL, "2024", "level"))
d.Q("85%", 85, "%", "%", P, f=("", None, GL, "2024", "level", "required", SHARE))
d.O("온결홀딩스", OG)
d.D("지난해 9월", "2024-09", "month", rel=True)
d.O("스텔라인베스트먼트", ST)
d.Q("350억원", 35000000000, W, "원", "currency", f=("시리즈C 투자", None, OG, "2024-09", "level",
    "required", "the parent raised the money: subject the raiser, not the lead investor"))
d.O("뷰티브릿지", BB)
d.D("지난해", "2024", "year", ctx="뷰티브릿지의 지난해", rel=True)
d.Q("1천800억원", 180000000000, W, "원", "currency", approx=True, f=("해외 거래액", "지난해 해외 거래액은", BB, "2024", "level"))
d.O("식품의약품안전처", MF)
d.D("지난해", "2024", "year", ctx="따르면 지난해", rel=True)
d.Q("102억달러", 10200000000, U, "달러", "currency", f=("국내 화장품 수출액", None, "", "2024", "level"))
d.Q("100억달러", 10000000000, U, "달러", "currency", bound="gt", f=("국내 화장품 수출액", None, "", "2024", "level"))
d.Q("15%", 15, "%", "%", P, approx=True, f=("온라인 수출 비중", None, "", "2024", "level", "optional",
    "no subject and no date in its sentence; 이 가운데 ties it to the previous sentence's 지난해, but FACTS carries a period forward only for the same metric when there is no subject -> optional"))
d.O("글로우링크", GL, ctx="서지안 글로우링크")
d.D("올해", "2025", "year", rel=True)
d.Q("5천억원", 500000000000, W, "원", "currency", f=("해외 거래액", "올해 해외 거래액", GL, "2025", "level"))
d.Q("30개국", 30, "개국", "개국", C, f=("진출 국가", None, GL, "2025", "level"))
d.Q("두 곳", 2, "곳", "곳", C, f=("물류 거점", None, GL, "2025", "change", "required", "두 곳 더 늘리겠다: an increase"))
docs.append(d)

# ---------------------------------------------------------------- 006 nuclear-plant maintenance contractor, orders (byline at the end)
d = Doc("006_481818d048e838b3", "2025-03-27")
DW, KH, KPS = "대원파워텍", "한국수력원자력", "한전KPS"
BYCL = ("breakdown of 대원파워텍's orders by client: the figure is the contractor's orders (FACTS: the company that earned it), "
        "not the client's, although the client is the grammatical subject")
d.O("대원파워텍", DW, ctx="대원파워텍, 원전")
d.Q("1천억원", 100000000000, W, "원", "currency", ctx="수주 1천억원 돌파", bound="gt",
    f=("원전 정비 수주", None, DW, "2024", "level", "optional", HEADOPT))
d.O("한수원", KH, ctx="한수원 비중 80%")
d.Q("80%", 80, "%", "%", P, f=("한수원 비중", None, DW, "2024", "level", "optional", HEADOPT))
d.O("대원파워텍", DW, ctx="전문기업 대원파워텍은")
d.D("2024년", "2024", "year")
d.Q("1천126억원", 112600000000, W, "원", "currency", f=("신규 수주액", None, DW, "2024", "level"))
d.D("27일", "2025-03-27", "day", rel=True)
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2023-01-01")
d.Q("780억원", 78000000000, W, "원", "currency", f=("신규 수주액", None, DW, "2023", "level",
    "required", "the previous year's figure: period = the 전년 it is written with (2023)"))
d.Q("44.4%", "44.4", "%", "%", P, f=("신규 수주액", None, DW, "2024", "change"))
d.Q("1천억원", 100000000000, W, "원", "currency", ctx="수주가 1천억원을", bound="gt",
    f=("수주", "연간 수주가", DW, "2024", "level"))
d.Q("25년", 25, "year", "년", DU)
d.O("한국수력원자력", KH, aliases="한수원")
d.O("한수원", KH, ctx="(이하 한수원)", st="optional", note="short name defined with 이하: the defining mention is optional")
d.Q("905억원", 90500000000, W, "원", "currency", f=("신규 수주액", None, DW, "2024", "level", "required", BYCL))
d.Q("80.4%", "80.4", "%", "%", P, f=("", None, DW, "2024", "level", "required", SHARE))
d.O("한전KPS", KPS, ctx="한전KPS의 협력")
d.Q("141억원", 14100000000, W, "원", "currency", f=("협력 정비 물량", None, DW, "2024", "level", "required", BYCL))
d.Q("80억원", 8000000000, W, "원", "currency", ctx="관련 80억원", f=("해외 원전", None, DW, "2024", "level"))
d.O("한수원", KH, ctx="한수원 물량")
d.Q("612억원", 61200000000, W, "원", "currency", f=("계획예방정비", None, DW, "2024", "level"))
d.Q("293억원", 29300000000, W, "원", "currency", f=("설비개선 공사", None, DW, "2024", "level"))
d.D("연말", "2024", "year", mod="END", rel=True, note="연말 without a year, past clause: the latest year-end on or before the document date")
d.Q("2천340억원", 234000000000, W, "원", "currency", f=("수주잔고", None, DW, "2024", "level"))
d.D("지난해", "2024", "year", ctx="지난해 매출", rel=True)
d.Q("870억원", 87000000000, W, "원", "currency", f=("매출", "지난해 매출(870억원)", DW, "2024", "level"))
d.Q("2.7배", "2.7", "배", "배", C, approx=True, f=("수주잔고", None, DW, "2024", "level"))
d.Q("420명", 420, "명", "명", C, f=("현장 기술자", None, DW, "2024", "level"))
d.Q("530명", 530, "명", "명", C, f=("정비 인력", None, DW, "2024", "level", "required",
    "no date in the sentence: the period last set for the subject (연말/지난해, 2024) carries forward (FACTS)"))
d.D("올해", "2025", "year", rel=True)
d.Q("60명", 60, "명", "명", C, bound="min", f=("채용", "새로 채용한다", DW, "2025", "level", "required", "verbal noun serves as metric (FACTS)"))
d.O("한국원자력산업협회", "한국원자력산업협회")
d.Q("1조5천억원", 1500000000000, W, "원", "currency", approx=True, f=("국내 원전 정비 시장", None, "", "", "level",
    "required", "규모 amount: metric is the thing whose size it is (FACTS); market figure: empty subject; no date stated"))
d.Q("1위", 1, "위", "위", "ordinal")
d.O("한전KPS", KPS, ctx="1위 한전KPS")
d.D("지난해", "2024", "year", ctx="지난해 7천억원", rel=True)
d.Q("7천억원", 700000000000, W, "원", "currency", bound="gt", note="웃돌다 (exceed) read as 넘다: bound gt (my decision)",
    f=("원전 정비 매출", None, KPS, "2024", "level"))
d.O("대원파워텍", DW, ctx="김태섭 대원파워텍")
d.D("2026년", "2026", "year")
d.Q("1천500억원", 150000000000, W, "원", "currency", f=("수주", "연 수주 1천500억원", DW, "2026", "level"))
d.Q("15%", 15, "%", "%", P, f=("해외 비중", None, DW, "2026", "level"))
d.O("에너지경제신문", "에너지경제신문")
docs.append(d)

write_all(docs)
