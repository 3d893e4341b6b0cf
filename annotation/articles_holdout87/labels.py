"""Gold labels of articles-holdout87, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout87/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 steelmaker: crude steel output and product prices (연합뉴스 dateline)
d = Doc("001_2f0995ae8ae287c2", "2026-01-29"); docs.append(d)
S = "한강제철"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (사장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국철강협회", "한국철강협회", note="industry association cited as the source (에 따르면)")
d.O("현대자동차", "현대자동차", note="the customer")
d.O("포스코", "포스코", note="rival")
d.O("현대제철", "현대제철", note="rival")
d.O("한강특수강", "한강특수강", note="invented subsidiary introduced by 특수강 자회사")
d.D("지난해", "2025", "year", ctx="지난해 조강 1,852만t", rel=True, note="headline")
d.D("하반기", "2025-H2", "half", ctx="열연 가격 하반기", rel=True, note="headline half: the latest H2 on or before the document date")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년보다 3.4%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("3월", "2025-03", "month", ctx="3월부터", rel=True, note="A부터 B까지: two mentions; latest March on or before the document date")
d.D("5월", "2025-05", "month", ctx="5월까지", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기 들어", rel=True)
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 국내 조강", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter is in the span")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to 올해 1분기")
d.D("1분기", "2026-Q1", "quarter", ctx="각각 1분기", rel=True, note="future clause (올리겠다): the current/next Q1")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True)
MP = "조강 생산량"
d.Q("1,852만t", 18520000, "t", "t", M, ctx="조강 1,852만t…", f=("조강", "지난해 조강", S, "2025", "level", "required", "headline topic; the headline's own 지난해"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="하반기 5.8%", f=("열연 가격", "열연 가격 하반기", "", "2025-H2", "change", "optional",
    "headline: the body gives this as the market's distribution price (empty subject), the headline's topic is 한강제철: open (README question 1)"))
d.Q("1,852만t", 18520000, "t", "t", M, ctx="생산량이 1,852만t", f=(MP, "조강 생산량이", S, "2025", "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=(MP, "조강 생산량이", S, "2025", "change", "required", "전년보다 = basis; the current period"))
d.Q("412만t", 4120000, "t", "t", M, f=("전기로 생산량", None, S, "2025", "level", "required", "이 가운데: a part of the company's output; subject and period carried"))
d.Q("22%", 22, "%", "%", P, f=("전기로 생산량", None, S, "2025", "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("3개월", 3, "month", "개월", "duration", approx=True, note="약 … 3개월간: 간 outside; duration, no fact")
d.Q("81만 원", 810000, W, "원", "currency", f=("열연강판 유통가격", None, "", "2025-12", "level", "required",
    "a market (distribution) price, not the company's own: empty subject; t당 is a rate word outside the span"))
d.Q("86만 원", 860000, W, "원", "currency", f=("열연강판 유통가격", None, "", "2025-06", "level", "required", "a basis figure in brackets after its date: that date"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="보다 5.8%", f=("열연강판 유통가격", None, "", "2025-12", "change", "required", "comparison: the current period (12월 말)"))
d.Q("90만~92만 원", 900000, W, "원", "currency", hi=920000, approx=True, note="range; 선 (level around) → approx",
    f=("후판", "후판은", "", "2025-12", "level", "required", "item named without a measure noun; the price level traded in the market; as-of date of the same sentence"))
d.Q("6,180만t", 61800000, "t", "t", M, approx=True, note="안팎 → approx",
    f=("국내 조강 생산량", None, "", "2025", "level", "required", "a national figure; the association is only the source"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): duration, no fact")
d.Q("4%", 4, "%", "%", P, ctx="약 4%", approx=True, f=("국내 조강 생산량", None, "", "2025", "change"))
d.Q("870만t", 8700000, "t", "t", M, bound="gt", note="넘었다 → gt",
    f=("중국산 철강재 수입", None, "", "2025", "level", "required", "national import figure; 같은 기간 → 2025"))
d.Q("10%", 10, "%", "%", P, bound="min", note="이상 → min",
    f=("주문량", None, "현대자동차", "2026-Q1", "change", "required", "the customer's own order (its request): subject the customer"))
d.Q("3만 원", 30000, W, "원", "currency", f=("열연 가격", "1분기 열연 가격", "포스코", "2026-Q1", "change", "required", "각각: the first of the pair"))
d.Q("2만 원", 20000, W, "원", "currency", ctx="3만 원, 2만 원", f=("열연 가격", "1분기 열연 가격", "현대제철", "2026-Q1", "change", "required", "각각: the second of the pair"))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("매출", "지난해 매출", "한강특수강", "2025", "level"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("영업이익", "영업이익 610억", "한강특수강", "2025", "level"))
d.Q("160만t", 1600000, "t", "t", M, approx=True, note="월 (per month) is a rate word outside the span; 수준 → approx",
    f=("조강 생산", "조강 생산을", S, "2026-H1", "level", "required", "the head speaks for the company; target for 올해 상반기"))

write_all(docs)
