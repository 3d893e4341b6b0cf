"""Gold labels of articles-holdout91, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout91/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food company: ramen exports by country (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_fbc3eaf70f91144d", "2026-01-21"); docs.append(d)
S = "다온식품"; A = "다온아메리카"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(A, A, special={0: ("required", "invented subsidiary (자회사)")})
d.O("코스트코", "코스트코", note="customer (에 이어)")
d.O("월마트", "월마트", note="customer; 매장 is outside the name")
d.O("관세청", "관세청", note="government body, the source cited (에 따르면)")
d.O("농심", "농심", note="rival (경쟁사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline: the year before 2026-01-21")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(2억", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's year")
d.D("지난해 10월", "2025-10", "month", rel=True, note="지난해 before a month is in the span")
d.D("지난해", Y, "year", ctx="지난해 국내 라면", rel=True)
d.D("2023년", "2023", "year")
d.D("지난해", Y, "year", ctx="지난해 57%", rel=True)
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention, like a year before a quarter")
d.D("올해", "2026", "year", ctx="올해 수출", rel=True)
MX = "2025년 라면 수출액"
d.Q("3억달러", 300000000, U, "달러", "currency", bound="gt", f=("라면 수출", "라면 수출 3억", S, Y, "level", "required", "headline: 작년 of the headline; 돌파 → gt"))
d.Q("3억1천200만 달러", 312000000, U, "달러", "currency", f=("라면 수출액", MX, S, Y, "level"))
d.Q("2억2천80만 달러", 220800000, U, "달러", "currency",
    f=("라면 수출액", MX, S, "2024", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("41.3%", 41.3, "%", "%", P, f=("라면 수출액", MX, S, Y, "change", "required", "전년 = basis; period the current one"))
d.Q("8천400만 달러", 84000000, U, "달러", "currency", f=("라면 수출액", MX, S, Y, "level", "required", "breakdown item (국가별로는): the breakdown's measure; a country is no subject"))
d.Q("7천100만 달러", 71000000, U, "달러", "currency", f=("라면 수출액", MX, S, Y, "level", "required", "breakdown item"))
d.Q("3천300만 달러", 33000000, U, "달러", "currency", f=("라면 수출액", MX, S, Y, "level", "required", "breakdown item"))
d.Q("두 나라", 2, "나라", "나라", C, st="optional", note="counted noun that is not a counter (나라): optional")
d.Q("49%", 49, "%", "%", P, approx=True, f=("전체 수출", "전체 수출의", S, Y, "level", "required", "share of the whole named after 전체 (convention 5); 약 → approx"))
d.Q("112개국", 112, "개국", "개국", C, f=("수출 대상국", None, S, Y, "level", "required", "as of 지난해 말 (2025 END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (no fact)")
d.Q("14개국", 14, "개국", "개국", C, f=("수출 대상국", None, S, Y, "change"))
d.Q("1억1천만 달러", 110000000, U, "달러", "currency", approx=True, f=("매출", "다온아메리카의 매출", A, Y, "level", "required", "같은 기간 → 2025; 안팎 → approx"))
d.Q("4천여 곳", 4000, "곳", "곳", C, approx=True,
    f=("매장", "월마트 매장", A, "2025-10", "level", "optional", "open: a present count 'since 지난해 10월' — the start month (written) or the present?"))
d.Q("15억2천만 달러", 1520000000, U, "달러", "currency", f=("국내 라면 수출액", None, "", Y, "level", "required", "national statistic: no subject"))
d.Q("20.5%", 20.5, "%", "%", P, f=("비중", "농심의 비중", S, Y, "level", "required", "각각: the first company"))
d.Q("31.2%", 31.2, "%", "%", P, f=("비중", "농심의 비중", "농심", Y, "level", "required", "각각: the second company"))
d.Q("38%", 38, "%", "%", P, f=("해외 매출 비중", None, S, "2023", "level"))
d.Q("57%", 57, "%", "%", P, f=("해외 매출 비중", None, S, Y, "level"))
d.Q("19%포인트", 19, "%p", "%포인트", P, f=("해외 매출 비중", None, S, Y, "change"))
d.Q("30%", 30, "%", "%", P, approx=True, f=("생산량", None, S, "2026-H2", "change", "required", "연간 qualifies the period: outside the metric; the clause's 올해 하반기"))
d.Q("4억 달러", 400000000, U, "달러", "currency", bound="min", f=("수출", "올해 수출", S, "2026", "level", "required", "target; 이상 → min"))

if __name__ == "__main__":
    write_all(docs)
