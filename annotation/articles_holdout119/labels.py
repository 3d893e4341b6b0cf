"""Gold labels of articles-holdout119, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout119/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, all_starts, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = ("headline figure: FACTS searches clause, sentence, then EARLIER in the article for the period; "
      "the headline has no date and nothing precedes it, the lead's date comes later (open question)")
NOUNIT = "headline amount whose currency is only implied (ANNOTATION: optional)"
GEN = "generic noun standing for a named organization (ANNOTATION: unnamed institution nouns are optional)"
TITLE = "organization name used only inside a person's title (…본부장): modifier inside a non-organization word (open question)"
D_ = "duration"
OR = "ordinal"


def doc(prefix):
    name = [f for f in os.listdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts")) if f.startswith(prefix)][0]
    return name[:-4]


def org_every(d, short, canonical, full_with_short=None, special=None):
    """Every occurrence of `short` that is not the start of the longer name `full_with_short`."""
    special = special or {}
    for i, s in enumerate(all_starts(d.text, short)):
        if full_with_short and d.text.startswith(full_with_short, s):
            continue
        st, note = special.get(i, ("required", ""))
        d.O(short, canonical, at=s, st=st, note=note)

# ---------------------------------------------------------------- 001 car rental (연합뉴스 dateline), doc date 2025-02-12
d = Doc(doc("001"), "2025-02-12"); docs.append(d)
N, H = "누리렌터카", "누리홀딩스"
# ORG
org_every(d, N, N)
d.O("연합뉴스", "연합뉴스")
d.O(H, H)
d.O("한국렌터카사업조합연합회", "한국렌터카사업조합연합회")
d.O("롯데렌탈", "롯데렌탈")
# DATE
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("전년", "2023", "year", ctx="전년 대비 14.3%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("12일", "2025-02-12", "day", rel=True)
d.D("같은 기간", "2024", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("2023년", "2023", "year")
d.D("지난해", "2024", "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 11.2%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난해", "2024", "year", ctx="지난해 국내 렌터카", rel=True)
d.D("올해", "2025", "year", rel=True)
# QUANTITY + facts
d.Q("4만대", 40000, "대", "대", C, bound="gt",
    f=("보유 차량", "보유 차량 4만대", N, "", "level", "optional", HL))
d.Q("82%", 82, "%", "%", P, f=("가동률", "가동률 82%", N, "", "level", "optional", HL))
d.Q("4만1200대", 41200, "대", "대", C, f=("보유 차량", "보유 차량이", N, "2024", "level"))
d.Q("14.3%", 14.3, "%", "%", P, f=("보유 차량", "보유 차량이", N, "2024", "change"))
d.Q("82.4%", 82.4, "%", "%", P, f=("차량 가동률", None, N, "2024", "level"))
d.Q("78.9%", 78.9, "%", "%", P, f=("차량 가동률", None, N, "2023", "level"))
d.Q("3.5%포인트", 3.5, "%p", "%포인트", PP, f=("차량 가동률", None, N, "2024", "change"))
d.Q("9800대", 9800, "대", "대", C, f=("전기차", "전기차가", N, "2024", "level"))
d.Q("23.8%", 23.8, "%", "%", P, f=("전기차", "전기차가", N, "2024", "level"))
d.Q("5100대", 5100, "대", "대", C, f=("승합차", None, N, "2024", "level"))
d.Q("3600대", 3600, "대", "대", C, f=("수입차", None, N, "2024", "level"))
d.Q("1년", 1, "year", "년", D_, ctx="1년 새")
d.Q("두 배", 2, "배", "배", C, f=("전기차", "전기차는", N, "2024", "change"))
d.Q("2만6천여 건", 26000, "건", "건", C, approx=True, f=("장기 렌터카 계약", None, N, "2024", "level"))
d.Q("1만8천 건", 18000, "건", "건", C, f=("단기 대여", None, N, "2024", "level"))
d.Q("38개월", 38, "month", "개월", D_)
d.Q("6870억원", 687000000000, W, "원", "currency", f=("매출", "매출은 6870", N, "2024", "level"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "매출은 6870", N, "2024", "change"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업이익", None, N, "2024", "level"))
PAR = ("parent's figure in a new sentence: FACTS carries a period only for the same subject and 누리홀딩스 has none "
       "set earlier; a reader takes 지난해 from the sentence before (open question)")
d.Q("2조1천억원", 2100000000000, W, "원", "currency",
    f=("매출", "연결 매출(", H, "2024", "level", "optional", PAR))
d.Q("32.7%", 32.7, "%", "%", P,
    f=("비중", None, H, "2024", "level", "optional", PAR + "; subject 누리홀딩스 or 누리렌터카 (the division's share) also open"))
d.Q("118만대", 1180000, "대", "대", C, approx=True, f=("국내 렌터카 등록 대수", None, "", "2024", "level"))
d.Q("1위", 1, "위", "위", OR, ctx="업계 1위")
d.Q("20%", 20, "%", "%", P, approx=True, f=("점유율", None, "롯데렌탈", "2024", "level"))
d.Q("5만대", 50000, "대", "대", C, bound="min", f=("보유 차량", "보유 차량을", N, "2025", "level"))
d.Q("85%", 85, "%", "%", P, f=("가동률", "가동률 85%", N, "2025", "level"))
d.Q("3년", 3, "year", "년", D_, ctx="3년간")
d.Q("3천억원", 300000000000, W, "원", "currency",
    f=("투입", "투입할", N, "2025", "level", "optional",
       "a 3-year spending plan: the sentence's 올해 is the period by FACTS' search order, but the amount covers 3년간 (open question)"))

# ---------------------------------------------------------------- 002 metropolitan water budget (bracket byline), doc date 2024-11-20
d = Doc(doc("002"), "2024-11-20"); docs.append(d)
DG, HQ, KW = "대구시", "대구시 상수도사업본부", "한국수자원공사"
CITY = ("figure of 대구 (the city's water service): the city acting as a government runs it, so the subject is 대구시 "
        "(my decision; 대구 itself is a place, not an ORG row)")
# ORG
org_every(d, DG, DG, full_with_short=HQ)
d.O(HQ, HQ, note="official name 대구광역시 상수도사업본부: the city is part of the name (ANNOTATION: place name part of the official name)")
d.O("상수도사업본부", HQ, ctx="상수도사업본부장은", st="optional", note=TITLE)
d.O("시의회", "시의회", st="optional", note="unnamed institution noun (ANNOTATION: 시의회 optional)")
d.O("시", DG, ctx="시는 2030년", st="optional", note=GEN)
d.O("시", DG, ctx="시는 한국수자원공사", st="optional", note=GEN)
d.O("아시아경제", "아시아경제")
d.O(KW, KW, aliases="수자원공사")
d.O("수자원공사", KW, ctx="(이하 수자원공사)", st="optional", note="short name defined with 이하 (ANNOTATION: optional as a mention)")
d.O("수자원공사", KW, ctx="수자원공사는 센서")
d.O("환경부", "환경부")
# DATE
d.D("내년", "2025", "year", rel=True)
d.D("올해", "2024", "year", rel=True)
d.D("20일", "2024-11-20", "day", rel=True)
d.D("2025년", "2025", "year")
d.D("2030년", "2030", "year")
d.D("현재", "2024-11-20", "day", rel=True, st="optional", note="ANNOTATION: 현재 optional, takes the document date")
d.D("지난해", "2023", "year", ctx="지난해 대구의", rel=True)
d.D("전년", "2022", "year", rel=True, st="optional", note=PB, anchor="2023-01-01")
d.D("지난해", "2023", "year", ctx="지난해 전국 평균", rel=True)
d.D("2028년", "2028", "year")
# QUANTITY + facts
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 넘는다", bound="gt", st="optional", note=NOUNIT)
d.Q("2800억", 280000000000, W, "", "currency", ctx="2800억 투입", st="optional", note=NOUNIT)
d.Q("1조312억원", 1031200000000, W, "원", "currency", f=("예산", "분야 예산으로", DG, "2025", "level"))
d.Q("9460억원", 946000000000, W, "원", "currency", f=("예산", "분야 예산으로", DG, "2024", "level"))
d.Q("9.0%", 9.0, "%", "%", P, f=("예산", "분야 예산으로", DG, "2025", "change"))
d.Q("1조원", 1000000000000, W, "원", "currency", bound="gt", f=("상하수도 예산", "상하수도 예산이", DG, "2025", "level"))
BR = "breakdown of the city budget announced by its 상수도사업본부: subject 대구시, the budget's owner (my decision)"
d.Q("5870억원", 587000000000, W, "원", "currency", f=("상수도", "상수도 5870", DG, "2025", "level", "required", BR))
d.Q("4442억원", 444200000000, W, "원", "currency", f=("하수도", "하수도 4442", DG, "2025", "level", "required", BR))
d.Q("2800억원", 280000000000, W, "원", "currency", ctx="교체에 2800억원",
    f=("노후 상수관 교체", None, DG, "2025", "level", "required", BR))
d.Q("720㎞", 720, "km", "㎞", M, f=("총연장", None, DG, "2030", "level"))
NOW = "period from 현재 (an optional DATE that takes the document date)"
d.Q("8천여㎞", 8000, "km", "㎞", M, approx=True, f=("상수관", "시내 상수관", DG, "2024-11-20", "level", "required", NOW))
d.Q("30년", 30, "year", "년", D_, ctx="지 30년", bound="gt")
d.Q("2100㎞", 2100, "km", "㎞", M, approx=True, f=("관", "넘은 관은", DG, "2024-11-20", "level", "required", NOW))
d.Q("26%", 26, "%", "%", P, f=("관", "넘은 관은", DG, "2024-11-20", "level", "required", NOW))
d.Q("6.8%", 6.8, "%", "%", P, f=("누수율", "대구의 누수율", DG, "2023", "level", "required", CITY))
d.Q("0.9%포인트", 0.9, "%p", "%포인트", PP, f=("누수율", "대구의 누수율", DG, "2023", "change", "required", CITY))
d.Q("2천만t", 20000000, "t", "t", M, approx=True, f=("새어 나간 수돗물", None, DG, "2023", "level", "required", CITY))
d.Q("9.9%", 9.9, "%", "%", P, f=("전국 평균 누수율", None, "", "2023", "level"))
d.Q("1500개", 1500, "개", "개", C, f=("센서", None, KW, "", "level"))
d.Q("120억원", 12000000000, W, "원", "currency",
    f=("사업비", None, "대구시;한국수자원공사", "", "level", "optional",
       "the joint project's total cost: both builders named (시는 수자원공사와 함께) or 한국수자원공사 (sentence subject)? (open question)"))
d.Q("5%", 5, "%", "%", P, bound="max", f=("누수율", "누수율을 5%", DG, "2028", "level", "required", CITY))

# ---------------------------------------------------------------- 003 mobile-game IPO (입력 stamp; the year only in the stamp), doc date 2025-03-06
d = Doc(doc("003"), "2025-03-06"); docs.append(d)
PX = "픽셀하버게임즈"
PLAN = ("a plan in a quote with no date: FACTS' carry-forward would give the last period set for the subject (지난해), "
        "a reader gives none (open question)")
# ORG
d.O(PX, PX, aliases="픽셀하버")
org_every(d, "픽셀하버", PX, full_with_short=PX,
          special={2: ("optional", "short name defined with 이하 (ANNOTATION: optional as a mention)")})
KQ = "코스닥: a market run by 한국거래소, an institution-like platform or not an organization at all (open question)"
org_every(d, "코스닥", "코스닥", special={0: ("optional", KQ), 1: ("optional", KQ)})
d.O("금융감독원", "금융감독원")
d.O("미래에셋증권", "미래에셋증권")
d.O("한결인베스트먼트", "한결인베스트먼트")
d.O("넷마블", "넷마블")
# DATE
d.D("2025.03.06", "2025-03-06", "day", note="stamp date; the clock time 09:41 after it is left out (ANNOTATION: clock times optional at most)")
d.D("6일", "2025-03-06", "day", rel=True)
d.D("이달 24일", "2025-03-24", "day", rel=True)
d.D("다음 달 3~4일", "2025-04-03/2025-04-04", "day", rel=True)
d.D("4월 중순", "2025-04", "month", mod="MID", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 매출 1142", rel=True)
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난해", "2024", "year", ctx="지난해 매출(", rel=True)
# QUANTITY + facts
d.Q("2만4천원", 24000, W, "원", "currency", ctx="최대 2만4천원", bound="max", f=("공모가", "공모가 최대", PX, "", "level"))
d.Q("320만주", 3200000, "주", "주", C, f=("공모 주식 수", None, PX, "", "level"))
d.Q("1만9천~2만4천원", 19000, W, "원", "currency", hi=24000, f=("희망 공모가", None, PX, "", "level"))
d.Q("768억원", 76800000000, W, "원", "currency", f=("공모 금액", None, PX, "", "level"))
d.Q("3100억원", 310000000000, W, "원", "currency", approx=True, f=("예상 시가총액", None, PX, "", "level"))
d.Q("닷새", 5, "day", "닷새", D_)
d.Q("25%", 25, "%", "%", P, f=("공모 물량", None, PX, "", "level"))
d.Q("1142억원", 114200000000, W, "원", "currency", f=("매출", "매출 1142", PX, "2024", "level"))
d.Q("218억원", 21800000000, W, "원", "currency", f=("영업이익", "영업이익 218", PX, "2024", "level"))
d.Q("37%", 37, "%", "%", P, f=("매출", "매출은 전년", PX, "2024", "change"))
d.Q("68%", 68, "%", "%", P, f=("해외 매출 비중", None, PX, "2024", "level"))
d.Q("1500만건", 15000000, "건", "건", C, bound="gt",
    f=("누적 다운로드", None, "", "", "level", "required", "a game's (a product's) figure: empty subject (FACTS); no date for it"))
d.Q("41.5%", 41.5, "%", "%", P, f=("지분", None, "한결인베스트먼트", "", "level"))
d.Q("1년", 1, "year", "년", D_, ctx="1년간")
d.Q("2조6638억원", 2663800000000, W, "원", "currency", f=("매출", "지난해 매출(", "넷마블", "2024", "level"))
d.Q("19.1%", 19.1, "%", "%", P, f=("영업이익률", None, PX, "2024", "level"))
d.Q("400억원", 40000000000, W, "원", "currency", f=("공모 자금", None, PX, "", "level", "optional", PLAN))
d.Q("3년", 3, "year", "년", D_, ctx="3년 안에", bound="max")
d.Q("3천억원", 300000000000, W, "원", "currency", f=("매출", "매출 3천억원", PX, "", "level", "optional", PLAN))

# ---------------------------------------------------------------- 004 frozen dumplings, US (press release, no dateline), doc date 2025-07-15
d = Doc(doc("004"), "2025-07-15"); docs.append(d)
HD, HA, CJ = "해담식품", "해담아메리카", "CJ제일제당"
# ORG
org_every(d, HD, HD)
org_every(d, HA, HA)
d.O("회사", HD, ctx="회사는 수요", st="optional", note=GEN)
d.O("코스트코", "코스트코")
d.O("월마트", "월마트")
d.O("한국농수산식품유통공사", "한국농수산식품유통공사", aliases="aT")
d.O(CJ, CJ)
# DATE
d.D("올해 상반기", "2025-H1", "half", rel=True,
    note="올해 before a half taken into one mention, as ANNOTATION does for 올해 before a month (my decision)")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01",
    note=PB + "; 지난해 + 같은 기간 taken as one pointing-back mention (open question: or 지난해 = 2024 alone)")
d.D("15일", "2025-07-15", "day", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("2027년 상반기", "2027-H1", "half")
d.D("지난해", "2024", "year", ctx="지난해 한국산", rel=True)
d.D("2030년", "2030", "year")
# QUANTITY + facts
CH = "channel breakdown (코스트코, 월마트): the seller's sales through each retailer, subject 해담아메리카 (my decision)"
d.Q("2천억", 200000000000, W, "", "currency", ctx="2천억 돌파", bound="gt", st="optional", note=NOUNIT)
d.Q("1억4800만달러", 148000000, U, "달러", "currency", f=("만두 매출", "현지 만두 매출", HA, "2025-H1", "level"))
d.Q("2040억원", 204000000000, W, "원", "currency", approx=True, eq=("1억4800만달러",),
    f=("만두 매출", "현지 만두 매출", HA, "2025-H1", "level"))
d.Q("31%", 31, "%", "%", P, f=("만두 매출", "현지 만두 매출", HA, "2025-H1", "change"))
d.Q("4100만달러", 41000000, U, "달러", "currency", f=("만두 매출", "현지 만두 매출", HA, "2025-H1", "level", "required", CH))
d.Q("3300만달러", 33000000, U, "달러", "currency", f=("만두 매출", "현지 만두 매출", HA, "2025-H1", "level", "required", CH))
d.Q("62%", 62, "%", "%", P, f=("매출 비중", None, HA, "2025-H1", "level"))
d.Q("1만1천여 곳", 11000, "곳", "곳", C, approx=True, f=("입점 매장", None, HA, "2025-H1", "level"))
d.Q("9천 곳", 9000, "곳", "곳", C, f=("입점 매장", None, HA, "2024", "level"))
d.Q("2천 곳", 2000, "곳", "곳", C, approx=True, f=("입점 매장", None, HA, "2025-H1", "change"))
d.Q("두 번째", 2, "번째", "번째", OR)
d.Q("8만2천㎡", 82000, "㎡", "㎡", M, f=("부지 면적", None, HD, "", "level"))
d.Q("2억2천만달러", 220000000, U, "달러", "currency", f=("투자액", None, HD, "", "level"))
d.Q("3만5천t", 35000, "t", "t", M,
    f=("생산능력", None, HD, "", "level", "optional",
       "the existing plant's capacity: the sentence's 2027년 상반기 (FACTS' search order) is the new plant's date (open question)"))
d.Q("8만t", 80000, "t", "t", M, bound="min", f=("생산능력", None, HD, "2027-H1", "level"))
d.Q("400여 명", 400, "명", "명", C, approx=True,
    f=("현지 채용 인원", None, HD, "2027-H1", "level", "optional",
       "carry-forward gives the sentence before's 2027년 상반기; a reader may give no period (open question)"))
d.Q("1억2천만달러", 120000000, U, "달러", "currency", f=("대미 수출액", None, "", "2024", "level"))
d.Q("5년", 5, "year", "년", D_, ctx="5년 새")
d.Q("두 배", 2, "배", "배", C, ctx="두 배 넘게", bound="gt", f=("대미 수출액", None, "", "2024", "change"))
d.Q("1위", 1, "위", "위", OR, ctx="업계 1위")
d.Q("1조원", 1000000000000, W, "원", "currency", approx=True,
    f=("미국 만두 매출", None, CJ, "2024", "level", "optional",
       "rival's figure in a new sentence: FACTS carries a period only for the same subject and CJ제일제당 has none set; "
       "a reader takes 지난해 from the sentence before (open question)"))
d.Q("15%", 15, "%", "%", P, f=("점유율", None, HA, "2030", "level"))

# ---------------------------------------------------------------- 005 pension fund, domestic equity (byline at the end; no year written), doc date 2025-03-03
d = Doc(doc("005"), "2025-03-03"); docs.append(d)
NP, FK = "국민연금공단", "국민연금공단 기금운용본부"
SUBJ = ("the fund's figures after the lead take its subject, 국민연금공단 기금운용본부 (carried); whether it and 국민연금 "
        "count as one subject is not settled by FACTS (open question)")
# ORG
org_every(d, "국민연금", NP, full_with_short=NP)
d.O(FK, FK, note="a named division with its parent's name as part of its own name, one mention (my decision; open question)")
d.O("공단", NP, ctx="공단이 지난", st="optional", note=GEN)
d.O("청람자산운용", "청람자산운용")
d.O("삼성전자", "삼성전자")
d.O("SK하이닉스", "SK하이닉스")
d.O("한국거래소", "한국거래소")
d.O("기금운용본부", FK, ctx="기금운용본부는 올해")
d.O("기금운용본부", FK, ctx="기금운용본부장은", st="optional", note=TITLE)
# DATE
d.D("지난해", "2024", "year", ctx="국민연금, 지난해", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 국내주식에서", rel=True)
d.D("지난 28일", "2025-02-28", "day", rel=True)
d.D("지난해 말", "2024", "year", ctx="지난해 말 기금", mod="END", rel=True)
d.D("전년 말", "2023", "year", mod="END", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난해 9월 말", "2024-09", "month", mod="END", rel=True)
d.D("같은 기간", "2024", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("올해", "2025", "year", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True)
# QUANTITY + facts
d.Q("-6.9%", -6.9, "%", "%", P, ctx="수익률 -6.9%", f=("국내주식 수익률", None, NP, "2024", "level"))
d.Q("15%", 15, "%", "%", P, ctx="15% 벌어", f=("기금 전체", None, NP, "2024", "level"))
d.Q("-6.9%", -6.9, "%", "%", P, ctx="-6.9%의 수익률", f=("수익률", "-6.9%의 수익률", FK, "2024", "level"))
d.Q("34.3%", 34.3, "%", "%", P, f=("수익률", "34.3%의 수익률", FK, "2024", "level"))
d.Q("1213조원", 1213000000000000, W, "원", "currency", f=("기금 적립금", None, FK, "2024", "level", "required", SUBJ))
d.Q("162조원", 162000000000000, W, "원", "currency", f=("기금 적립금", None, FK, "2024", "change", "required", SUBJ))
d.Q("15.0%", 15.0, "%", "%", P, f=("전체 수익률", None, FK, "2024", "level", "required", SUBJ))
d.Q("126조원", 126000000000000, W, "원", "currency", f=("수익", "126조원의 수익을", FK, "2024", "level", "required", SUBJ))
d.Q("12조원", 12000000000000, W, "원", "currency", ctx="12조원의 손실", f=("손실", None, FK, "2024", "level", "required", SUBJ))
d.Q("141조원", 141000000000000, W, "원", "currency", f=("국내주식 보유", "국내주식 보유 규모", FK, "2024", "level", "required", SUBJ))
d.Q("11.6%", 11.6, "%", "%", P, f=("국내주식 보유", "국내주식 보유 규모", FK, "2024", "level", "required", SUBJ))
d.Q("52조원", 52000000000000, W, "원", "currency", approx=True,
    f=("위탁운용사에 맡긴 자금", None, FK, "2024", "level", "required", SUBJ))
GRP = ("managers taken together, not all named (청람자산운용 등): empty subject (FACTS); no date in the sentence and none set "
       "for this metric, but a reader reads it as of 지난해 말 (open question)")
d.Q("여덟 곳", 8, "곳", "곳", C, f=("운용사", "중소형 운용사 여덟", "", "", "level", "optional", GRP))
d.Q("3조원", 3000000000000, W, "원", "currency", ctx="3조원을 나눠", f=("운용", "나눠 운용한다", "", "", "level", "optional", GRP))
d.Q("7.35%", 7.35, "%", "%", P, f=("보유 지분", None, FK, "2024", "level", "required", SUBJ))
d.Q("0.3%포인트", 0.3, "%p", "%포인트", PP, f=("보유 지분", None, FK, "2024", "change", "required", SUBJ))
d.Q("7.1%", 7.1, "%", "%", P, f=("지분", "SK하이닉스 지분", FK, "2024", "level", "required", SUBJ))
d.Q("5%", 5, "%", "%", P, ctx="지분 5% 이상", bound="min",
    f=("지분", "지분 5%", NP, "2024", "level", "optional",
       "a threshold that defines the counted 상장사 (FACTS: definitional ranges are part of the metric and have no fact)"))
d.Q("270곳", 270, "곳", "곳", C, approx=True, f=("상장사", None, NP, "2024", "level"))
d.Q("9.6%", 9.6, "%", "%", P, f=("코스피", None, "", "2024", "change", "required", "an index, not an ORG: empty subject; period from 같은 기간 (= 지난해)"))
d.Q("14.9%", 14.9, "%", "%", P, f=("목표 비중", None, FK, "2025", "level"))
d.Q("13%", 13, "%", "%", P, approx=True, note="13%대: suffix 대 after the unit sets approx (ANNOTATION)",
    f=("국내주식 비중", None, FK, "2025", "level"))

# ---------------------------------------------------------------- 006 regional university hospital (뉴시스 dateline), doc date 2024-09-10
d = Doc(doc("006"), "2024-09-10"); docs.append(d)
ND = "남도대학교병원"
PERDAY = ("하루 as the denominator of a daily average (하루 평균, 하루 3천명): ANNOTATION makes rate denominators optional; "
          "하루 is also a native word for one day rather than number + counter (open question)")
# ORG
d.O(ND, ND)
org_every(d, "남도대병원", ND)
d.O("뉴시스", "뉴시스")
d.O("병원", ND, ctx="병원은 지난", st="optional", note=GEN)
d.O("대한병원협회", "대한병원협회")
d.O("보건복지부", "보건복지부")
# DATE
d.D("상반기", "2024-H1", "half", ctx="남도대병원, 상반기", rel=True)
d.D("올해 상반기", "2024-H1", "half", rel=True,
    note="올해 before a half taken into one mention, as ANNOTATION does for 올해 before a month (my decision)")
d.D("10일", "2024-09-10", "day", rel=True)
d.D("상반기", "2024-H1", "half", ctx="상반기 외래환자는", rel=True)
d.D("지난해 같은 기간", "2023-H1", "half", rel=True, st="optional", anchor="2024-01-01",
    note=PB + "; 지난해 + 같은 기간 taken as one pointing-back mention (open question: or 지난해 = 2023 alone)")
d.D("1년 전", "2023", "year", rel=True, note="offset from the document date (ANNOTATION: 10년 전 → that year)")
d.D("2023년 상반기", "2023-H1", "half")
d.D("전년 동기", "2023-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난 3월", "2024-03", "month", rel=True)
d.D("상반기", "2024-H1", "half", ctx="상반기 적자가", rel=True)
d.D("이달", "2024-09", "month", rel=True)
d.D("연말", "2024", "year", mod="END", rel=True)
d.D("하반기", "2024-H2", "half", rel=True)
# QUANTITY + facts
d.Q("312억", 31200000000, W, "", "currency", ctx="312억…", st="optional", note=NOUNIT)
d.Q("18%", 18, "%", "%", P, f=("외래환자", "외래환자 18%", ND, "2024-H1", "change"))
d.Q("312억원", 31200000000, W, "원", "currency", f=("의료손실", None, ND, "2024-H1", "level"))
d.Q("41만2천명", 412000, "명", "명", C, f=("외래환자", "상반기 외래환자는", ND, "2024-H1", "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("외래환자", "상반기 외래환자는", ND, "2024-H1", "change"))
d.Q("하루", 1, "day", "하루", D_, ctx="하루 평균", st="optional", note=PERDAY)
d.Q("620명", 620, "명", "명", C, f=("입원환자", None, ND, "2024-H1", "level"))
d.Q("890명", 890, "명", "명", C, f=("입원환자", None, ND, "2023", "level", "required", "period from the DATE 1년 전 attached to it"))
d.Q("70%", 70, "%", "%", P, f=("입원환자", None, ND, "2024-H1", "level"))
d.Q("22%", 22, "%", "%", P, f=("내과와 외과 환자", None, ND, "2024-H1", "change"))
d.Q("27%", 27, "%", "%", P, f=("내과와 외과 환자", None, ND, "2024-H1", "change"))
d.Q("5800건", 5800, "건", "건", C, f=("수술 건수", None, ND, "2024-H1", "level"))
d.Q("2400건", 2400, "건", "건", C, f=("수술 건수", None, ND, "2024-H1", "change"))
d.Q("54.3%", 54.3, "%", "%", P, f=("병상 가동률", None, ND, "2024-H1", "level"))
d.Q("1870억원", 187000000000, W, "원", "currency", f=("의료수익", None, ND, "2024-H1", "level"))
d.Q("16%", 16, "%", "%", P, f=("의료수익", None, ND, "2024-H1", "change"))
d.Q("1120억원", 112000000000, W, "원", "currency", f=("인건비", None, ND, "2024-H1", "level"))
d.Q("4.7%", 4.7, "%", "%", P, f=("인건비", None, ND, "2024-H1", "change"))
d.Q("4곳", 4, "곳", "곳", C, f=("병동", None, ND, "2024-03", "level"))
d.Q("500억원", 50000000000, W, "원", "currency", f=("한도", None, ND, "2024-03", "level"))
d.Q("두 배", 2, "배", "배", C, f=("한도", None, ND, "2024-03", "change"))
d.Q("10곳", 10, "곳", "곳", C, f=("국립대병원", None, "", "2024-H1", "level"))
d.Q("4100억원", 410000000000, W, "원", "currency", bound="gt", f=("적자", "상반기 적자가", "", "2024-H1", "level"))
d.Q("120억원", 12000000000, W, "원", "currency", ctx="지원금 120억원", f=("비상진료 지원금", None, "보건복지부", "2024-09", "level"))
d.Q("600억원", 60000000000, W, "원", "currency", bound="min", f=("적자", "적자가 600", ND, "2024", "level"))
d.Q("하루", 1, "day", "하루", D_, ctx="하루 3천명", st="optional", note=PERDAY)
d.Q("3천명", 3000, "명", "명", C, f=("외래환자", "외래환자를 하루", ND, "2024-H2", "level"))

if __name__ == "__main__":
    write_all(docs)
