"""Gold labels of articles-holdout89, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout89/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline: passengers and fuel costs (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_39dc091fbc34743c", "2026-01-21"); docs.append(d)
S = "청람항공"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "genitive: 청람항공의 모회사"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("국토교통부", "국토교통부", note="government body cited as the source (에 따르면)")
d.O("제주항공", "제주항공", note="rival (경쟁사인), first of a 각각 pair")
d.O("티웨이항공", "티웨이항공", note="rival, second of the 각각 pair")
d.O("청람홀딩스", "청람홀딩스", note="invented parent (모회사인)")
Y = "2025"
d.D("지난해", Y, "year", ctx="청람항공, 지난해", rel=True, note="headline: the year before 2026-01-21")
d.D("2025년 한 해", Y, "year", note="year + 한 해 read as one mention, by analogy with 올 한해 (README convention 9 / open question 1)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(918만", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's 2025")
d.D("전년", "2024", "year", ctx="전년보다 2.3%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; a plan (계획이다) in the current quarter")
d.D("올해", "2026", "year", ctx="올해 여객", rel=True)
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", f=("여객", "지난해 여객", S, Y, "level", "required", "headline: its own 지난해; 돌파 → gt"))
d.Q("18%", 18, "%", "%", P, f=("유류비", "유류비는 18%", S, Y, "change", "required", "headline: across the … the headline's 지난해 and 청람항공"))
d.Q("1,062만 명", 10620000, "명", "명", C, f=("여객", "여객 1,062만", S, Y, "level"))
d.Q("918만 명", 9180000, "명", "명", C,
    f=("여객", "여객 1,062만", S, "2024", "level", "required", "basis figure in brackets after 전년: that year (README convention 4)"))
d.Q("15.7%", 15.7, "%", "%", P, f=("여객", "여객 1,062만", S, Y, "change", "required", "전년 = basis; the current period"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", f=("여객", "여객 1,062만", S, Y, "level", "required", "넘어섰다 → gt; a threshold passed"))
d.Q("684만 명", 6840000, "명", "명", C, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "이 가운데: a part with its own measure noun"))
d.Q("64%", 64, "%", "%", P, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "전체의 N%: the share of the part named before it"))
d.Q("312만 명", 3120000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "노선별로는: a route is a part, not a measure; the breakdown's measure (README convention 3)"))
d.Q("197만 명", 1970000, "명", "명", C, f=("국제선 여객", "국제선 여객은 684만", S, Y, "level", "required", "second of the 각각 pair"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("유류비", "유류비는 4,870억", S, Y, "level", "required", "반면: same company, same year"))
d.Q("18.2%", 18.2, "%", "%", P, f=("유류비", "유류비는 4,870억", S, Y, "change", "required", "같은 기간 → 2025"))
d.Q("31.5%", 31.5, "%", "%", P, f=("비중", "차지하는 비중", S, Y, "level"))
d.Q("2.3%포인트", 2.3, "%p", "%포인트", P, f=("비중", "차지하는 비중", S, Y, "change"))
d.Q("90달러", 90, U, "달러", "currency", approx=True,
    f=("항공유 가격", None, "", "", "level", "optional", "a market price: no subject; undated (no DATE for this metric) — open question 2"))
d.Q("1,400원", 1400, W, "원", "currency", approx=True, note="원대: suffix after the unit stays outside and sets approx",
    f=("환율", None, "", "", "level", "optional", "an exchange rate: no subject; undated — open question 2"))
d.Q("10곳", 10, "곳", "곳", C, f=("국적 항공사", None, "", Y, "level", "required", "count of the airlines taken together, not named: no subject"))
d.Q("6,780만 명", 67800000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 모두", "", Y, "level", "required", "national total from the ministry: airlines taken together, not named"))
d.Q("1,420만 명", 14200000, "명", "명", C,
    f=("국제선 여객", "국제선 여객은 모두", "제주항공", Y, "level", "required", "실어 날랐다: no noun of its own; the previous sentence's measure (open question 3)"))
d.Q("1,150만 명", 11500000, "명", "명", C, f=("국제선 여객", "국제선 여객은 모두", "티웨이항공", Y, "level", "required", "각각: second subject"))
d.Q("3대", 3, "대", "대", C, f=("항공기", "항공기 3대", "청람홀딩스", "2026-Q1", "level", "required", "the parent is the sentence's subject"))
d.Q("28대", 28, "대", "대", C, f=("보유 대수", None, "청람홀딩스", "2026-Q1", "level"))
d.Q("1,200만 명", 12000000, "명", "명", C, bound="min", f=("여객", "올해 여객", S, "2026", "level", "required", "the head speaks for the airline; 이상 → min"))

if __name__ == "__main__":
    write_all(docs)
