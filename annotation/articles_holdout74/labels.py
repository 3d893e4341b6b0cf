"""Gold labels of articles-holdout74, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md only.
Run from /work/wt/h74: /work/main/.venv/bin/python annotation/articles_holdout74/labels.py  (writes gold/*.csv, checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported, not copied.
f = (metric, metric_ctx, subject, period, kind[, status, note]); a metric_ctx of None takes the metric's mention nearest the number."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def span(d, start, end):
    """Set the calendar-day range of the last DATE row by hand (a part of a quarter, which the framework cannot compute)."""
    d.d[-1].update(range_start=start, range_end=end)


# ---------------------------------------------------------------- 001 chip-equipment maker: Q3 results, order backlog (연합뉴스 dateline, year in the lead)
d = Doc("001_beb847b8fda0b7b3", "2025-10-29"); docs.append(d)
S = "세진테크"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("삼성전자", "삼성전자", note="customer whose orders are part of the backlog")
d.O("SK하이닉스", "SK하이닉스", note="customer")
d.O("세진이앤씨", "세진이앤씨", note="invented subsidiary (자회사)")
d.O("유니솔텍", "유니솔텍", note="invented rival (경쟁사)")
d.O("테크인사이츠", "테크인사이츠", note="market-research firm cited as source")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="테크, 3분기", rel=True, note="headline quarter without year: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-07-01", note="points back to the lead's quarter")
d.D("29일", "2025-10-29", "day", rel=True, note="disclosure day")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(13.2%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("1∼9월", "2025-01/2025-09", "month", rel=True, note="range of months without year, resolved against the document date")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="basis of the backlog's change")
d.D("3분기", Q3, "quarter", ctx="3분기 매출 214억", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 매출은 1,020억", rel=True)
d.D("올해", "2025", "year", rel=True)
d.D("지난해", "2024", "year", rel=True, note="basis of the market's change; a relative year, not a pointing-back word")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the quarter holding the document date")
d.Q("312억", 31200000000, W, "", "currency", ctx="영업익 312억", st="optional", note="headline amount, currency implied")
d.Q("5천억", 500000000000, W, "", "currency", ctx="5천억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("1,862억 원", 186200000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q3, "level", "required", "연결 기준 is a basis modifier, outside the metric"))
d.Q("27.4%", 27.4, "%", "%", P, f=("매출", "기준 매출이", S, Q3, "change", "required", "전년 동기 대비 = basis; period is the current quarter"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익은 312억", S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("41.8%", 41.8, "%", "%", P, f=("영업이익", "영업이익은 312억", S, Q3, "change"))
d.Q("16.8%", 16.8, "%", "%", P, f=("영업이익률", "영업이익률은 16.8%", S, Q3, "level"))
d.Q("13.2%", 13.2, "%", "%", P, f=("영업이익률", "영업이익률은 16.8%", S, "2024-Q3", "level", "required", "basis figure in brackets right after 전년 동기: that date's value (convention 4)"))
d.Q("3.6%포인트", 3.6, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 16.8%", S, Q3, "change"))
d.Q("4,905억 원", 490500000000, W, "원", "currency", f=("매출", "누적 매출은", S, "2025-01/2025-09", "level", "required", "누적 qualifies the period (1∼9월); outside the metric"))
d.Q("5,210억 원", 521000000000, W, "원", "currency", f=("수주잔고", "수주잔고는 5,210억", S, "2025-09", "level", "required", "as of 9월 말"))
d.Q("900억 원", 90000000000, W, "원", "currency", approx=True, f=("수주잔고", "수주잔고는 5,210억", S, "2025-09", "change", "required", "늘었다 against 6월 말: the period is the current one"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("물량", "하이닉스 물량", S, "2025-09", "level", "required", "part of the company's backlog (이 가운데); the customer is no subject (convention 6)"))
d.Q("1,380억 원", 138000000000, W, "원", "currency", f=("물량", "하이닉스 물량", S, "2025-09", "level", "required", "각각: second customer's part; subject as above"))
d.Q("18%", 18, "%", "%", P, ctx="비중은 18%", approx=True, f=("중국 고객사 비중", None, S, "2025-09", "level", "required", "안팎 → approx; the backlog's as-of date carried"))
d.Q("214억 원", 21400000000, W, "원", "currency", f=("매출", "3분기 매출 214억", "세진이앤씨", Q3, "level"))
d.Q("9억 원", 900000000, W, "원", "currency", f=("영업손실", None, "세진이앤씨", Q3, "level"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("매출", "3분기 매출은 1,020억", "유니솔텍", Q3, "level", "required", "the rival's own figure (유니솔텍의)"))
d.Q("12%", 12, "%", "%", P, f=("매출", "3분기 매출은 1,020억", "유니솔텍", Q3, "change", "required", "줄었다: value as written, the kind says change"))
d.Q("1,180억 달러", 118000000000, U, "달러", "currency", f=("세계 반도체 전공정 장비 시장", None, "", "2025", "level", "required", "규모: the thing whose size it is; a market figure, the cited source is no subject"))
d.Q("6%", 6, "%", "%", P, ctx="6%가량", approx=True, f=("세계 반도체 전공정 장비 시장", None, "", "2025", "change", "required", "가량 → approx"))
d.Q("7천억 원", 700000000000, W, "원", "currency", bound="min", f=("매출", "연간 매출", S, "2025", "level", "required", "연간 = the whole current year (convention 5), not the sentence's 4분기; 이상 → min"))

write_all(docs)
