"""Gold labels of articles-holdout122, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout122/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
RATIO = "open question: a ratio between two figures (N배); whose figure and which metric is not settled by FACTS"
REL = "day/month without a year, resolved against the document date (ANNOTATION: Relative dates)"

# ---------------------------------------------------------------- 001 airline quarterly results (연합뉴스 dateline)
d = Doc("001_d00d1e2bc3ff4b45", "2024-05-14"); docs.append(d)
S, Q1 = "한빛항공", "2024-Q1"
d.O("한빛항공", S, ctx="한빛항공, 1분기")
d.D("1분기", Q1, "quarter", ctx="한빛항공, 1분기", rel=True, note=REL)
d.Q("412억원", 41200000000, W, "원", "currency", ctx="영업이익 412억원…", f=("영업이익", "1분기 영업이익", S, Q1, "level"))
d.Q("38%", 38, "%", "%", P, ctx="화물 매출 38% 급증", f=("화물 매출", "…화물 매출", S, Q1, "change"))
d.O("연합뉴스", "연합뉴스")
d.O("한빛항공", S, ctx="(LCC) 한빛항공은")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter taken into the span as before a month (my convention 1)")
d.Q("5천184억원", 518400000000, W, "원", "currency", f=("매출", "연결 기준 매출", S, Q1, "level"))
d.D("전년 동기", "2023-Q1", "quarter", ctx="전년 동기 대비 21.6%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("21.6%", 21.6, "%", "%", P, f=("매출", "연결 기준 매출", S, Q1, "change"))
d.D("14일", "2024-05-14", "day", rel=True, note=REL)
d.Q("412억원", 41200000000, W, "원", "currency", ctx="영업이익은 412억원", f=("영업이익", "영업이익은 412", S, Q1, "level"))
d.D("같은 기간", "2023-Q1", "quarter", rel=True, st="optional", note=PB + "; here the comparison basis (= 전년 동기)", anchor="2024-01-01")
d.Q("9.3%", 9.3, "%", "%", P, f=("영업이익", "영업이익은 412", S, Q1, "change"))
d.Q("287억원", 28700000000, W, "원", "currency", f=("순이익", None, S, Q1, "level"))
d.Q("5천억원", 500000000000, W, "원", "currency", bound="gt",
    f=("매출", "분기 매출이 5천억원", S, Q1, "level", "required", "threshold of the quarter's revenue; 분기 qualifies the period and stays outside the metric"))
d.D("2005년", "2005", "year")
d.Q("4천196억원", 419600000000, W, "원", "currency", f=("여객 매출", None, S, Q1, "level"))
d.Q("988억원", 98800000000, W, "원", "currency", f=("화물 매출", "화물 매출이 988", S, Q1, "level"))
d.Q("81%", 81, "%", "%", P, f=("여객 매출", None, S, Q1, "level", "required", "share of the total: metric = the part whose share it is (my convention 6)"))
d.Q("19%", 19, "%", "%", P, f=("화물 매출", "화물 매출이 988", S, Q1, "level", "required", "share of the total (my convention 6)"))
d.D("지난해 1분기", "2023-Q1", "quarter", rel=True, note="지난해 before a quarter kept in one span (my convention 1)")
d.Q("716억원", 71600000000, W, "원", "currency", f=("화물 매출", "화물 매출은 지난해", S, "2023-Q1", "level", "required", "the basis figure in brackets: its own period is 지난해 1분기"))
d.Q("38%", 38, "%", "%", P, ctx="보다 38% 급증했다", f=("화물 매출", "화물 매출은 지난해", S, Q1, "change"))
d.Q("4만2천t", 42000, "t", "t", M, f=("화물 수송량", None, S, Q1, "level"))
d.O("한빛항공", S, ctx="한빛항공은 지난 3월")
d.D("지난 3월 말", "2024-03", "month", mod="END", rel=True)
d.Q("27대", 27, "대", "대", C, f=("항공기", "항공기 27대", S, "2024-03", "level"))
d.Q("3대", 3, "대", "대", C, f=("화물 전용기", None, S, "2024-03", "level"))
d.O("한빛홀딩스", "한빛홀딩스")
d.Q("1천200억원", 120000000000, W, "원", "currency",
    f=("유상증자", None, "한빛홀딩스", "", "level", "required", "규모 amount: metric is the thing whose size it is; no period named for 한빛홀딩스"))
d.Q("4대", 4, "대", "대", C, f=("중대형 화물기", None, "한빛홀딩스", "", "level", "required", "plan of the parent; no period named for it"))
d.O("대한항공", "대한항공")
d.D("1분기", Q1, "quarter", ctx="대한항공의 1분기", rel=True, note=REL)
d.Q("1조1천억원", 1100000000000, W, "원", "currency", approx=True,
    note="suffix 대 after the unit stays outside and sets approx (ANNOTATION: 원대)",
    f=("화물 매출", "1분기 화물 매출은 1조", "대한항공", Q1, "level"))
d.O("한빛항공", S, ctx="한빛항공의 10배")
d.Q("10배", 10, "배", "배", C, bound="gt", f=("화물 매출", "1분기 화물 매출은 1조", "대한항공", Q1, "level", "optional", RATIO))
d.O("한국항공협회", "한국항공협회")
d.D("1분기", Q1, "quarter", ctx="1분기 국제선", rel=True, note=REL)
d.Q("71만t", 710000, "t", "t", M, approx=True,
    f=("국제선 화물 운송량", None, "", Q1, "level", "required", "a market figure cited from the association: empty subject"))
d.D("1년 전", "2023", "year", rel=True, note="offset from the document date (ANNOTATION: 10년 전 → that year)")
d.Q("14.2%", 14.2, "%", "%", P, f=("국제선 화물 운송량", None, "", Q1, "change"))
d.O("한빛항공", S, ctx="박성호 한빛항공")
d.D("2026년", "2026", "year")
d.Q("25%", 25, "%", "%", P, bound="min", f=("화물 매출 비중", None, S, "2026", "level", "required", "target in a quote, period = 2026년까지"))

# ---------------------------------------------------------------- 002 metropolitan welfare budget (press release, no dateline)
d = Doc("002_57bca1b18ca155ab", "2024-10-30"); docs.append(d)
S, Y = "대구광역시", "2025"
PLAN = "open question: a plan figure of the 2025 budget; by FACTS carry-forward the last period set for 대구광역시 is 지난 9월 말 (the 수급자 count), a reader takes 2025"
PLAN2 = "open question: plan of 대구사회서비스원 with no period of its own; FACTS carry-forward gives empty (no period set for this subject), a reader may take the budget year 2025"
d.O("대구시", S, ctx="대구시, 2025년", note="short form of 대구광역시, named in full in the text")
d.D("2025년", Y, "year", ctx="대구시, 2025년")
d.Q("4조1280억 원", 4128000000000, W, "원", "currency", f=("복지예산", None, S, Y, "level"))
d.Q("35.2%", 35.2, "%", "%", P, ctx="전체 예산의 35.2%", f=("복지예산", None, S, Y, "level", "required", "share of the total: metric = the part whose share it is (my convention 6)"))
d.O("대구광역시", S)
d.D("2025년도", Y, "year", note="년도 read as the (calendar) year, not a fiscal-year value (my convention 4)")
d.Q("11조 7,220억 원", 11722000000000, W, "원", "currency", f=("본예산안", None, S, Y, "level"))
d.Q("4조 1,280억 원", 4128000000000, W, "원", "currency", f=("사회복지 분야", None, S, Y, "level"))
d.O("시의회", "시의회", st="optional", note="unnamed institution noun (ANNOTATION: 시의회 optional)")
d.D("30일", "2024-10-30", "day", rel=True, note=REL)
d.D("올해", "2024", "year", ctx="올해 본예산", rel=True)
d.Q("3조 8,650억 원", 3865000000000, W, "원", "currency", f=("본예산", "올해 본예산", S, "2024", "level", "required", "basis figure in brackets: its own period is 올해"))
d.Q("2,630억 원", 263000000000, W, "원", "currency", f=("사회복지 분야", None, S, Y, "change", "required", "dropped subject/metric continue the previous sentence (사회복지 분야 allocation)"))
d.Q("6.8%", 6.8, "%", "%", P, f=("사회복지 분야", None, S, Y, "change"))
d.Q("35.2%", 35.2, "%", "%", P, ctx="비중은 35.2%", f=("비중", None, S, Y, "level"))
d.Q("1조 6,430억 원", 1643000000000, W, "원", "currency", f=("노인 복지", None, S, Y, "level"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("기초생활보장", "기초생활보장 9,870", S, Y, "level"))
d.Q("5,210억 원", 521000000000, W, "원", "currency", f=("장애인 복지", None, S, Y, "level"))
d.D("지난 9월 말", "2024-09", "month", mod="END", rel=True)
d.Q("13만 8천여 명", 138000, "명", "명", C, approx=True,
    f=("기초생활보장 수급자", "기초생활보장 수급자는 지난", S, "2024-09", "level", "required", "recipients of the city's programme: subject the city government (my convention 7)"))
d.D("1년 전", "2023", "year", ctx="1년 전보다 4천", rel=True, note="offset from the document date (ANNOTATION: 10년 전 → that year)")
d.Q("4천 명", 4000, "명", "명", C, approx=True, f=("기초생활보장 수급자", "기초생활보장 수급자는 지난", S, "2024-09", "change"))
d.O("대구시", S, ctx="대구시는 기초연금")
d.Q("34만 명", 340000, "명", "명", C, f=("기초연금 대상 어르신", None, S, Y, "level", "optional", PLAN))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator 1인당 (ANNOTATION: rate denominators optional)")
d.Q("33만 4,810원", 334810, W, "원", "currency", bound="max", f=("기초연금", None, S, Y, "level", "optional", PLAN))
d.D("올해", "2024", "year", ctx="올해보다 3,500개", rel=True)
d.Q("3,500개", 3500, "개", "개", C, f=("노인 일자리", None, S, Y, "change", "optional", PLAN))
d.Q("4만 2천 개", 42000, "개", "개", C, f=("노인 일자리", None, S, Y, "level", "optional", PLAN))
d.O("대구사회서비스원", "대구사회서비스원")
d.Q("2곳", 2, "곳", "곳", C, f=("종합재가센터", None, "대구사회서비스원", "", "level", "optional", PLAN2))
d.Q("120명", 120, "명", "명", C, f=("돌봄 인력", None, "대구사회서비스원", "", "level", "optional", PLAN2))
d.O("보건복지부", "보건복지부")
d.Q("260만 명", 2600000, "명", "명", C, approx=True,
    f=("기초생활보장 수급자", "전국 기초생활보장 수급자", "", "2024-09", "level", "required",
       "national figure: empty subject; period carried forward for the same metric (지난 9월 말) — my convention 8"))
d.Q("5%", 5, "%", "%", P, f=("기초생활보장 수급자", "전국 기초생활보장 수급자", "", "2024-09", "level", "required", "share of the population (my conventions 6, 8); 수준 is not an approximator in the list"))
d.O("대구시", S, ctx="김현주 대구시")
d.Q("3개월", 3, "month", "개월", "duration")
d.Q("6개월", 6, "month", "개월", "duration")
d.Q("1만 가구", 10000, "가구", "가구", C, bound="min", f=("위기가구", None, S, Y, "level", "optional", PLAN + "; target in a quote with no date"))

write_all(docs)
