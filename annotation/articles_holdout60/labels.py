"""Gold labels of articles-holdout60, written by reading the texts against /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: python annotation/articles_holdout60/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company: housing supply and orders (뉴스1 dateline)
d = Doc("001_320abd37bbb2a812", "2026-01-22"); docs.append(d)
DW = "대원건설"
d.Oall(DW, DW, special={0: ("required", "headline topic with a comma"),
                        5: ("required", "organization before a person's title (한상훈 대원건설 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (digits part of the name)")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: alias; the client that ordered the units (발주한)")
d.O("세하종합건설", "세하종합건설", note="invented joint-venture partner")
d.O("고덕스마트시티개발", "고덕스마트시티개발", note="invented joint venture (합작법인), the developer (시행)")
d.O("대원홀딩스", "대원홀딩스", note="invented parent (모회사)")
Y = "2026"
d.D("올해", Y, "year", ctx="대원건설, 올해", rel=True)
d.D("2026년", Y, "year")
d.D("22일", "2026-01-22", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 공급", rel=True)
d.D("오는 4월", "2026-04", "month", rel=True, note="future clause (분양하는)")
d.D("지난해", "2025", "year", ctx="의 지난해 신규", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", "2025", "year", ctx="지난해 분양한", rel=True)
d.D("지난달", "2025-12", "month", rel=True)
d.D("올해", Y, "year", ctx="\"올해 신규", rel=True)
d.Q("1만 4천 가구", 14000, "가구", "가구", C,
    f=("공급", "가구 공급", DW, Y, "level", "required", "headline: the verbal noun 공급 names it (no counted noun but the counter); 올해 in its clause"))
d.Q("5조 원", 5000000000000, W, "원", "currency", ctx="수주 5조 원 목표",
    f=("신규 수주", "공급…신규 수주", DW, Y, "level", "required", "headline after …: the headline's topic and its 올해 carry (the … does not split a headline)"))
d.Q("21개", 21, "개", "개", C, f=("단지", "21개 단지", DW, Y, "level", "required", "counted noun after the count; 2026년 in the clause"))
d.Q("1만 4,200가구", 14200, "가구", "가구", C, f=("아파트", "아파트 1만", DW, Y, "level", "required", "counted noun right before the counter"))
d.Q("9,800가구", 9800, "가구", "가구", C,
    f=("공급 물량", "지난해 공급 물량", DW, "2025", "level", "required", "a figure alone in brackets after a noun measures it; 지난해 before it dates it"))
d.Q("45%", 45, "%", "%", P,
    f=("공급 물량", "지난해 공급 물량", DW, Y, "change", "required", "늘어난: change of this year's supply against last year's (basis); the period is the current one (2026)"))
d.Q("40%", 40, "%", "%", P, ctx="40%인",
    f=("공급 물량", "전체 공급 물량", DW, Y, "level", "required", "X의 N% → X (a share of the whole supply); story subject and period carried"))
d.Q("5,700가구", 5700, "가구", "가구", C,
    f=("공급 물량", "전체 공급 물량", DW, Y, "level", "optional",
       "apposition to the 40% share of 공급 물량, predicate 공공분양 단지: metric 공급 물량 or 공공분양 단지? (README open question 1)"))
d.Q("2,150가구", 2150, "가구", "가구", C,
    f=("최대 단지", None, DW, "2026-04", "level", "optional",
       "the biggest complex's units in brackets after its name: metric 최대 단지 or the complex; subject 대원건설 (supplier) or the JV developer (시행); period 오는 4월 (분양) or 2026? (README open question 2)"))
ST = "a stake: the holder is the subject (who holds it); present stake, the sentence's 오는 4월 belongs to 분양하는 only: period by the letter (sentence: 2026-04, or the story's 2026) unclear (README open question 3)"
d.Q("60%", 60, "%", "%", P, f=("지분", "지분 60%", DW, Y, "level", "optional", ST))
d.Q("40%", 40, "%", "%", P, ctx="40%를", f=("지분", "지분 60%", "세하종합건설", Y, "level", "optional", ST + "; the metric of the figure before (elided)"))
d.Q("4조 2,300억 원", 4230000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", DW, "2025", "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("신규 수주", "지난해 신규 수주", DW, "2025", "change", "required", "전년보다 = basis"))
d.Q("1조 7,600억 원", 1760000000000, W, "원", "currency",
    f=("신규 수주", "지난해 신규 수주", DW, "2025", "level", "required", "breakdown (이 가운데 공공 부문이): a segment names no measure; the total's 신규 수주; subject and period carried"))
d.Q("92.4%", 92.4, "%", "%", P, f=("평균 분양률", None, DW, "2025", "level", "required", "지난해 분양한 단지의: 지난해 in the sentence; subject carried"))
d.Q("71%", 71, "%", "%", P, f=("업계 평균", None, "", "2025", "level", "required", "a figure alone in brackets after a noun measures it; the industry: no subject"))
d.Q("58%", 58, "%", "%", P,
    f=("지분", "대원건설 지분을", "대원홀딩스", "", "level", "optional",
       "A에서 B로: the old level before 지난달's purchase has no DATE of its own: empty, 2025-12 or 2025-11? (README open question 4)"))
d.Q("64%", 64, "%", "%", P, f=("지분", "대원건설 지분을", "대원홀딩스", "2025-12", "level", "required", "the holder (모회사 대원홀딩스는) is the subject; 지난달 in the clause"))
d.Q("5조 원", 5000000000000, W, "원", "currency", ctx="수주 5조 원을",
    f=("신규 수주", "\"올해 신규 수주", DW, Y, "level", "required", "a company head's quote: the company's target (README convention 6); 올해 in the clause"))
d.Q("25위", 25, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("20위", 20, "위", "위", "ordinal", note="a rank: ordinal, no fact")

if __name__ == "__main__":
    write_all(docs)
