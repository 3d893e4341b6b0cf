"""Gold labels of articles-holdout73, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout73/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def set_range(d, start, end):
    """Day range of the DATE row just added, where the framework cannot compute it (a quarter with a mod)."""
    d.d[-1]["range_start"], d.d[-1]["range_end"] = start, end


# ---------------------------------------------------------------- 001 steel maker: annual results and price (연합뉴스 dateline)
d = Doc("001_45847a43e25de99b", "2026-02-05"); docs.append(d)
S = "서진제철"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "company, topic of the lead"),
                      2: ("required", "parent in a genitive (서진제철의 … 자회사)"), 3: ("required", "")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("서진특수강", "서진특수강", special={0: ("required", "invented subsidiary (자회사)")})
d.O("한국철강협회", "한국철강협회", note="industry association cited as source (에 따르면)")
d.O("HD현대중공업", "HD현대중공업", note="customer (로부터 … 계약)")
d.O("현대제철", "현대제철", note="rival (경쟁사)")
d.O("동국제강", "동국제강", note="rival (경쟁사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 영업이익 2,140억", rel=True, note="headline")
d.D("전년", "2024", "year", ctx="전년比", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해; 比 outside")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 6.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년", "2024", "year", ctx="전년(3.0%)", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 국내 철강재", rel=True)
d.D("올해 초", "2026", "year", mod="START", rel=True)
d.D("지난해", Y, "year", ctx="지난해 영업이익은 각각", rel=True)
d.D("다음 달 1일", "2026-03-01", "day", rel=True, note="future: the next month's first day; 부터 outside")
d.D("올해", "2026", "year", ctx="올해 철강 수요", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (끌어올리겠다): the current/next H1")
d.Q("2,140억", 214000000000, W, "", "currency", ctx="2,140억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "지난해 영업이익 2,140억", S, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("영업이익", "지난해 영업이익 2,140억", S, Y, "change", "required", "headline; 전년比 is the basis"))
d.Q("8조 3,260억 원", 8326000000000, W, "원", "currency", f=("매출", "기준 매출이", S, Y, "level", "required", "연결 기준 outside the metric"))
d.Q("6.4%", 6.4, "%", "%", P, f=("매출", "기준 매출이", S, Y, "change", "required", "줄었다: sign not written, value as written"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,140억", S, Y, "level", "required", "subject dropped, carried from the lead"))
d.Q("18.2%", 18.2, "%", "%", P, f=("영업이익", "영업이익은 2,140억", S, Y, "change"))
d.Q("2.6%", 2.6, "%", "%", P, f=("영업이익률", "영업이익률은 2.6%", S, Y, "level"))
d.Q("3.0%", "3.0", "%", "%", P, f=("영업이익률", "영업이익률은 2.6%", S, "2024", "level", "required",
    "basis in brackets after 전년: the figure is the 2024 margin (convention 4); value as written"))
d.Q("0.4%포인트", 0.4, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 2.6%", S, Y, "change"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은", S, "2025-Q4", "level"))
d.Q("620만t", 6200000, "t", "t", M, approx=True, f=("판매량", "판매량이", S, Y, "level", "required", "회사 = 서진제철 (anaphor); 약 → approx"))
d.Q("1,480만t", 14800000, "t", "t", M, approx=True,
    f=("국내 철강재 수입량", None, "", Y, "level", "required", "national figure; the association is only the source"))
d.Q("60%", 60, "%", "%", P, approx=True,
    f=("중국산", "중국산이 60%", "", Y, "level", "required", "share of the part named as the clause subject (convention 5)"))
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency",
    f=("매출", "매출 1조 1,500억", "서진특수강", Y, "level", "required", "subsidiary in the parent's annual story: the story's 지난해 (convention 1)"))
d.Q("4만여 개", 40000, "개", "개", C, approx=True,
    f=("선박용 부품", None, "서진특수강", "2026", "level", "required", "the supplier's contract; 올해 초 in its clause; the customer is no subject"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간 → 3년: duration, no fact")
d.Q("3,140억 원", 314000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익은 각각", "현대제철", Y, "level", "required", "각각: first name ↔ first figure"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익은 각각", "동국제강", Y, "level"))
d.Q("3만 원", 30000, W, "원", "currency",
    f=("열연강판 유통 가격", None, S, "2026-03-01", "change", "required", "a price raised from a day: that day is the period; t당 (no number) not labelled"))
d.Q("86만 원", 860000, W, "원", "currency", approx=True, f=("열연강판 유통 가격", None, S, "2026-03-01", "level"))
d.Q("1~2%", 1, "%", "%", P, hi=2, f=("철강 수요", None, "", "2026", "change", "required", "market figure (demand): no subject, quoted by the CEO"))
d.Q("30%", 30, "%", "%", P, bound="min", f=("수출 비중", None, S, "2026-H1", "level", "required", "the CEO speaks for the company; 이상 → min"))

if __name__ == "__main__":
    write_all(docs)
