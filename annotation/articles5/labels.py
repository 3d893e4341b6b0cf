"""Gold labels of articles5, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles5/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all
use_folder(__file__)

W, U, C, P, PP, M = "KRW", "USD", "count", "percent", "%p", "measure"
docs = []

# ---------------------------------------------------------------- 001 fashion company annual (입력 + 수정 stamps, byline)
d = Doc("001_11ee67966d51ffa8", "2026-02-06"); docs.append(d)
H = "한섬"
d.Oall(H, H, skip={2})  # the third is inside 더한섬닷컴
d.O("현대백화점그룹", "현대백화점그룹")
d.O("신세계인터내셔날", "신세계인터내셔날")
d.O("더한섬닷컴", "더한섬닷컴", st="optional", note="the company's own online mall (자사몰): a business run as a platform or a channel of it")
BRN = "a brand of the company named in its breakdown: a brand named as a company or a product line (its parts): unclear"
d.O("타임", "타임", st="optional", note=BRN)
d.O("마인", "마인", st="optional", note=BRN)
d.Oall("시스템", "시스템", special={0: ("optional", BRN), 1: ("optional", BRN)})
Y = "2025"
d.D("지난해", Y, "year", ctx="한섬, 지난해", rel=True)
d.D("2026.02.06", "2026-02-06", "day", ctx="입력 2026.02.06", st="optional", note="publication stamp")
d.D("2026.02.06", "2026-02-06", "day", ctx="수정 2026.02.06", st="optional", note="revision stamp (dates the page, not the document)")
d.D("지난해", Y, "year", ctx="한섬은 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("6일", "2026-02-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", Y, "year", ctx="신세계인터내셔날의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("2028년", "2028", "year", note="2028년까지: a target year")
d.Q("38%", 38, "%", "%", P, ctx="매출 38% 늘어", f=("해외 매출", "지난해 해외 매출", H, Y, "change", "required", "headline topic with a comma"))
d.Q("40%", 40, "%", "%", P, bound="gt", note="돌파 gives gt",
    f=("온라인 비중", None, H, Y, "level", "required", "headline part after the ellipsis: the headline's organization; story's period"))
d.Q("1조 5,420억 원", 1542000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "required", "연결 기준 outside"))
d.Q("2.7%", 2.7, "%", "%", P, f=("매출", "매출이 1조", H, Y, "change", "required", "전년보다 = basis"))
d.Q("1,086억 원", 108600000000, W, "원", "currency", f=("영업이익", None, H, Y, "level"))
d.Q("11.3%", 11.3, "%", "%", P, f=("영업이익", None, H, Y, "change"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", "해외 매출은", H, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("38%", 38, "%", "%", P, ctx="38% 늘었다", f=("해외 매출", "해외 매출은", H, Y, "change"))
d.Q("5곳", 5, "곳", "곳", C, f=("백화점", None, H, Y, "level", "required", "a counter naming a kind counts the noun right before it"))
BR = ("breakdown (브랜드별로는) of total sales (매출, the lead's figure; the brands' sum is part of 1조 5,420억 원), while the "
      "figure of its unit right before it is 해외 매출's 612억 원: which figure's metric the items keep is unclear (README question 1)")
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("2,540억 원", 254000000000, W, "원", "currency", f=("매출", "매출이 1조", H, Y, "level", "optional", BR))
d.Q("41.2%", 41.2, "%", "%", P, f=("온라인 매출 비중", None, H, Y, "level", "required", "더한섬닷컴 is the object of a relative clause on the metric"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration")
d.Q("3.5%포인트", 3.5, PP, "%포인트", P, f=("온라인 매출 비중", None, H, Y, "change"))
d.Q("7,890억 원", 789000000000, W, "원", "currency", f=("패션 부문 매출", None, "신세계인터내셔날", Y, "level", "required", "genitive owner"))
d.Q("4.1%", 4.1, "%", "%", P, f=("패션 부문 매출", None, "신세계인터내셔날", Y, "change"))
d.Q("14곳", 14, "곳", "곳", C,
    f=("해외 매장", None, H, "2026", "level", "optional",
       "A에서 B로: the starting level is the present count; whether the plan's 올해 is its period is unclear"))
d.Q("30곳", 30, "곳", "곳", C, f=("해외 매장", None, H, "2026", "level", "required", "the object right before a figure that sets it; plan with 올해"))
d.Q("450억 원", 45000000000, W, "원", "currency", f=("물류센터 자동화", None, H, "2026", "level", "required", "spent on: X에 N원을 투입 → X; 올해 of the plan"))
d.Q("10%", 10, "%", "%", P,
    f=("해외 매출 비중", None, H, "2028", "level", "optional",
       "a target in the head's quote: the topic is a person's title (named subjects: empty?) or the company's own target: unclear"))

if __name__ == "__main__":
    write_all(docs)
