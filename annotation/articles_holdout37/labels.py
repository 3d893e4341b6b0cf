"""Gold labels of articles-holdout37, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: python annotation/articles_holdout37/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 shopping platform's year-end sale (뉴스1 dateline, no present year)
d = Doc("001_c451fecb289e90ab", "2025-12-16"); docs.append(d)
MK, SH = "마켓온", "세한그룹"
d.Oall(MK, MK)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(SH, SH, special={0: ("required", "the parent (모회사), named after 마켓온의")})
d.O("세한로지텍", "세한로지텍", note="a subsidiary (물류 자회사), partner (과 함께)")
EV = "2025-12-01/2025-12-14"
d.D("연말", "2025", "year", ctx="마켓온 연말", mod="END", rel=True, note="headline: the year-end of the sale")
d.D("지난 1일", "2025-12-01", "day", rel=True, note="지난 1일부터 14일까지: two mentions (A부터 B까지)")
d.D("14일", "2025-12-14", "day", rel=True, note="a bare day ending a range takes its month from the start")
d.D("연말", "2025", "year", ctx="연 연말", mod="END", rel=True)
d.D("16일", "2025-12-16", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", ctx="지난해 같은 행사", rel=True, note="last year's sale: dates the figure in brackets")
d.D("첫날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01",
    note="points back to the event's first day (like 첫해): optional; the same day as 1일 beside it")
d.D("1일", "2025-12-01", "day", ctx="첫날인 1일", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다 41%", rel=True, note="a comparison's basis, still a DATE")
d.D("올해", "2025", "year", rel=True)
d.D("2021년", "2021", "year")
d.D("내년", "2026", "year", rel=True)
d.Q("4870억", 487000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("거래액", "'온세일' 거래액 4870억", MK, "2025", "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("23%", 23, "%", "%", P, ctx="23% 늘어\n",
    f=("거래액", "'온세일' 거래액 4870억", MK, "2025", "change", "required",
       "headline: its own clause's DATE (연말, value 2025 END) is the period; the platform is the headline's topic"))
d.Q("4,870억 원", 487000000000, W, "원", "currency",
    f=("거래액", "'의 거래액이", MK, EV, "level", "required", "the sale's named days (지난 1일부터 14일까지) are its period, written as a range"))
d.Q("3,960억 원", 396000000000, W, "원", "currency",
    f=("거래액", "'의 거래액이", MK, "2024", "level", "required",
       "a figure alone in brackets after 지난해 같은 행사: last year's sale's 거래액 (the measure of the figure before); 지난해 dates it"))
d.Q("23%", 23, "%", "%", P, ctx="23% 늘어난",
    f=("거래액", "'의 거래액이", MK, EV, "change", "required", "…보다 23% 늘어난 … 규모다: 규모 restates; the figure before's measure; the current period"))
d.Q("1,120만 건", 11200000, "건", "건", C, f=("주문 건수", None, MK, EV, "level", "required", "행사 기간 (no DATE) = the sale's days, carried"))
d.Q("3,400만 명", 34000000, "명", "명", C, f=("누적 방문자 수", None, MK, EV, "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균): optional")
d.Q("240만 명", 2400000, "명", "명", C, f=("평균 방문자", None, MK, EV, "level", "required", "하루 평균 방문자: the rate word 하루 (an optional quantity) left out of the metric"))
d.Q("410만 명", 4100000, "명", "명", C,
    f=("", None, MK, "2025-12-01", "level", "required", "410만 명이 몰려: no noun names the count (몰리다 is a plain verb): empty metric; 1일 in its clause"))
BR = "breakdown (카테고리별로는): the items keep the total's measure 거래액 (taken at the mention nearest the number, FACTS); a category is no subject: the platform carried; the sale's days"
d.Q("1,350억 원", 135000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("760억 원", 76000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("540억 원", 54000000000, W, "원", "currency", f=("거래액", "식품 거래액은", MK, EV, "level", "required", BR))
d.Q("41%", 41, "%", "%", P,
    f=("식품 거래액", None, MK, EV, "change", "required", "지난해보다 = basis; the current period is the sale's; 뛰어 = a rise"))
d.Q("2만 8천 곳", 28000, "곳", "곳", C, approx=True, note="약 outside, approx",
    f=("참여 판매자", None, MK, EV, "level", "required", "the sellers of the platform's sale: the platform's figure; period carried"))
d.Q("86%", 86, "%", "%", P,
    f=("중소 판매자", None, MK, EV, "level", "required", "a share (이 가운데 … 차지했다) measures the part named before it"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("지원", "지원했다", MK, EV, "level", "required", "no noun names the amount (수수료 할인 등으로 = the means): the verbal noun 지원; 행사 기간 = the sale's days"))
d.Q("3조 원", 3000000000000, W, "원", "currency", bound="gt", note="넘어설 → gt",
    f=("온라인 거래액", None, SH, "2025", "level", "required", "the parent's outlook for the group (그룹 전체 = scope); 올해 in its clause"))
d.Q("72%", 72, "%", "%", P,
    f=("지분", None, SH, "2021", "level", "required", "the acquirer (세한그룹은 … 인수해) holds the stake; 2021년 in its clause"))
d.Q("80%", 80, "%", "%", P, note="까지 read as a particle (the level reached), no bound",
    f=("익일 배송 지역", None, MK, "2026", "level", "optional",
       "a target in the CEO's quote with a named partner (세한로지텍과 함께): 마켓온 alone, or 마켓온;세한로지텍? (README question)"))

if __name__ == "__main__":
    write_all(docs)
