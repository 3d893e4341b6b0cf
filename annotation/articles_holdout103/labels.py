"""Gold labels of articles-holdout103, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout103/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 department store: December sales by category (뉴스1 dateline, no year anywhere)
d = Doc("001_f1273c013897244b", "2026-01-05"); docs.append(d)
S, PAR = "동보백화점", "동보유통"
DEC = "2025-12"
WK = "2025-12-20/2025-12-25"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "the store whose parent follows (의 모회사)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digits inside a name")
d.O("롯데백화점", "롯데백화점", note="rival (경쟁사)")
d.O("현대백화점", "현대백화점", note="rival (경쟁사)")
d.O("산업통상자원부", "산업통상자원부", note="government ministry, source of the national statistic")
d.O(PAR, PAR, aliases="동보", note="parent company; short name defined with 이하 → aliases")
d.O("동보", PAR, ctx="(이하 동보)", st="optional", note="short name where it is defined with 이하: optional")
d.O("동보", PAR, ctx="동보 관계자", note="later use of the 이하-defined short name: required")
d.D("연말", "2025", "year", ctx="연말 매출 12%", mod="END", rel=True, note="headline: the latest year-end on or before 2026-01-05")
d.D("연말", "2025", "year", ctx="연말 정기 세일", mod="END", rel=True, note="year-end before an event word (정기 세일) is a DATE")
d.D("크리스마스", "2025-12-25", "day", rel=True, st="optional", note="holiday: optional")
d.D("지난달", DEC, "month", ctx="지난달 매출이 전년", rel=True)
d.D("전년 같은 달", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난달")
d.D("5일", "2026-01-05", "day", ctx="5일 밝혔다", rel=True, note="day of the announcement")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date gives 2025 by the letter; meant is the same month a year before the period (2024-12): open question")
d.D("지난달 20일", "2025-12-20", "day", rel=True, note="A부터 B까지: two mentions")
d.D("25일", "2025-12-25", "day", ctx="25일까지", rel=True, note="range end takes month and year from the start")
d.D("같은 기간", WK, "day", rel=True, st="optional", anchor="2025-12-20", note="points back to 20일부터 25일까지")
d.D("지난달", DEC, "month", ctx="지난달 매출은 각각", rel=True)
d.D("11월", "2025-11", "month", rel=True, note="statistic's month: latest November on or before the document date")
d.D("전년 동월", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back to 11월")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention, like 올해 before a month")
d.D("올해", "2026", "year", ctx="올해 매출 목표", rel=True)
d.D("지난해", "2025", "year", rel=True)
d.Q("12%", 12, "%", "%", P, ctx="매출 12%", f=("매출", "연말 매출 12%", S, "2025", "change", "required", "headline: its own organization and its own DATE (연말 → 2025)"))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", "지난달 매출이", S, DEC, "change", "required", "전년 같은 달 = basis; period the current month"))
d.Q("21.3%", 21.3, "%", "%", P, f=("매출", "지난달 매출이", S, DEC, "change", "required", "breakdown item (상품군별): the part names no measure, the lead's 매출 is the metric"))
d.Q("15.8%", 15.8, "%", "%", P, f=("매출", "지난달 매출이", S, DEC, "change", "required", "각각: first of the pair (식품)"))
d.Q("9.2%", 9.2, "%", "%", P, f=("매출", "지난달 매출이", S, DEC, "change", "required", "각각: second of the pair (아동·스포츠)"))
d.Q("2.1%", 2.1, "%", "%", P, f=("여성패션 매출", None, S, DEC, "change", "required", "줄었다: value as written, the kind says change"))
d.Q("34%", 34, "%", "%", P, f=("비중", None, S, DEC, "level"))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("비중", None, S, DEC, "change"))
d.Q("엿새", 6, "day", "엿새", "duration", note="native day count; 간 outside")
d.Q("1,850억 원", 185000000000, W, "원", "currency", approx=True, f=("매출", "엿새간 매출은", S, WK, "level", "required", "약 → approx; period the two-mention range"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate word (하루 평균): optional like 일인당")
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True, f=("매출", "엿새간 매출은", S, WK, "level", "required", "하루 평균 is a basis modifier: outside the metric; 안팎 → approx"))
d.Q("210만 명", 2100000, "명", "명", C, bound="gt", f=("방문객", None, S, WK, "level", "required", "넘었다 → gt; 같은 기간 → the range"))
d.Q("9.7%", 9.7, "%", "%", P, f=("매출", "지난달 매출은 각각", "롯데백화점", DEC, "change", "required", "각각: the first rival"))
d.Q("11.1%", 11.1, "%", "%", P, f=("매출", "지난달 매출은 각각", "현대백화점", DEC, "change", "required", "각각: the second rival"))
d.Q("6.5%", 6.5, "%", "%", P, f=("백화점 매출", None, "", "2025-11", "change", "required", "national statistic: no ORG's figure; the ministry is the source"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", approx=True, f=("투입", "투입한다", PAR, "2026-Q1", "level", "required", "verbal noun as metric; 가량 → approx"))
d.Q("2조 3,400억 원", 2340000000000, W, "원", "currency",
    f=("매출", "올해 매출 목표", PAR, "2025", "level", "required", "basis figure in brackets after 지난해: last year's sales; the spokesperson speaks for 동보"))
d.Q("8%", 8, "%", "%", P, ctx="8% 이상", bound="min", f=("매출 목표", None, PAR, "2026", "change", "required", "이상 → min; raised by: change"))

if __name__ == "__main__":
    write_all(docs)
