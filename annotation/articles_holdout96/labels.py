"""Gold labels of articles-holdout96, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout96/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 tire maker: Q4 replacement-tire sales by region (연합뉴스 dateline)
d = Doc("001_3d3cf323997defa4", "2026-02-05"); docs.append(d)
S = "동해타이어"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")}, skip=(3,))
d.O("동해타이어유럽", "동해타이어유럽", aliases="DTE", note="invented subsidiary (자회사); (DTE) alias outside the span; 동해타이어 inside it is not a separate mention")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("금호타이어", "금호타이어", note="rival")
d.O("넥센타이어", "넥센타이어", note="rival")
d.Oall("라인휠", "라인휠", special={0: ("required", "customer; 독일 (place) and 유통업체 (generic) outside")})
d.O("대한타이어산업협회", "대한타이어산업협회", note="industry association cited as source")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 교체용 타이어 판매 11%", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("지난해", "2025", "year", ctx="동해타이어의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 6.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년(10.9%)", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("올해", "2026", "year", ctx="라인휠은 올해", rel=True)
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해 교체용 판매를", rel=True)
HM = ("교체용 타이어 판매", "4분기 교체용 타이어 판매 11%")
d.Q("11%", 11, "%", "%", P, f=(HM[0], HM[1], S, Q4, "change", "required", "headline: ↑ = increase; the headline's own 4분기"))
d.Q("1천만 개", 10000000, "개", "개", C, ctx="연 1천만 개 돌파", bound="gt",
    f=(HM[0], HM[1], S, "2025", "level", "optional", "an annual (연) threshold in a headline whose only date is 4분기; the year is named by no DATE (open question 1)"))
d.Q("1,240만 개", 12400000, "개", "개", C, f=("교체용 타이어 판매량", None, S, Q4, "level", "required", "교체용 changes what is measured: in the metric"))
d.Q("11.3%", 11.3, "%", "%", P, f=("교체용 타이어 판매량", None, S, Q4, "change", "required", "전년 동기보다 = basis; the period is the current one"))
for q in ("480만 개", "410만 개", "190만 개"):
    d.Q(q, int(q.split("만")[0]) * 10000, "개", "개", C,
        f=("교체용 타이어 판매량", None, S, Q4, "level", "required", "breakdown item (지역별로는): the breakdown's measure; a region is no subject"))
d.Q("1,020만 개", 10200000, "개", "개", C,
    f=("유럽 판매", None, S, "2025", "level", "optional", "연간으로 in a Q4 story: the year 2025 is named by no DATE; carry-forward would give 2025-Q4 (open question 1)"))
d.Q("1천만 개", 10000000, "개", "개", C, ctx="처음 1천만 개를", bound="gt",
    f=("유럽 판매", None, S, "2025", "level", "optional", "threshold passed by the annual figure (open question 1)"))
d.Q("890만 개", 8900000, "개", "개", C, f=("교체용 판매량", None, "금호타이어", Q4, "level", "required", "각각: first of the pair; 같은 기간 → 4분기"))
d.Q("670만 개", 6700000, "개", "개", C, f=("교체용 판매량", None, "넥센타이어", Q4, "level", "required", "각각: second of the pair"))
d.Q("4조 2,860억 원", 4286000000000, W, "원", "currency", f=("매출", None, S, "2025", "level"))
d.Q("5,310억 원", 531000000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", None, S, "2025", "change", "required", "각각 전년 대비: first → 매출"))
d.Q("21.4%", 21.4, "%", "%", P, f=("영업이익", "영업이익은 5,310억", S, "2025", "change", "required", "각각: second → 영업이익"))
d.Q("12.4%", 12.4, "%", "%", P, f=("영업이익률", None, S, "2025", "level", "required", "subject and 지난해 carried from the previous sentence"))
d.Q("10.9%", 10.9, "%", "%", P, f=("영업이익률", None, S, "2024", "level", "required", "basis figure in brackets after 전년: that year's value (convention 4)"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("영업이익률", None, S, "2025", "change"))
d.Q("120만 개", 1200000, "개", "개", C,
    f=("겨울용 타이어", None, "동해타이어유럽", "2026-H1", "level", "required", "counted noun; the subsidiary won the order (수주했다); the customer (로부터) is no subject"))
d.Q("300만 개", 3000000, "개", "개", C, approx=True, f=("구매 물량", None, "라인휠", "2026", "level", "required", "the customer's own plan: its figure; 안팎 → approx"))
d.Q("38억 달러", 3800000000, U, "달러", "currency", approx=True,
    f=("국내 타이어 수출액", None, "", "2025", "level", "required", "national figure; the association is only the cited source"))
d.Q("4.2%", 4.2, "%", "%", P, f=("국내 타이어 수출액", None, "", "2025", "change"))
d.Q("70%", 70, "%", "%", P, approx=True, f=("교체용 비중", None, "", "2025", "level", "required", "이 중 = of the national exports; 가량 → approx"))
d.Q("5천만 개", 50000000, "개", "개", C, bound="min", f=("교체용 판매", None, S, "2026", "level", "required", "CEO's target; 이상 → min"))
d.Q("40%", 40, "%", "%", P, ctx="40% 가까이", approx=True, f=("유럽 비중", None, S, "2026", "level", "required", "가까이 → approx (convention 8)"))

if __name__ == "__main__":
    write_all(docs)
