"""Gold labels of articles-holdout101, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout101/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT = "optional"
DUR = "duration"
ORD = "ordinal"


def Dr(d, text, value, gran, rs, re_, **kw):
    """A DATE whose day range the framework cannot compute (a quarter with a mod): range written by hand."""
    d.D(text, value, gran, rng=False, **kw)
    d.d[-1]["range_start"], d.d[-1]["range_end"] = rs, re_


# ---------------------------------------------------------------- 001 telecom operator: 5G subscribers and ARPU (연합뉴스 dateline)
d = Doc("001_cdb7b4af0d902c0d", "2026-02-05"); docs.append(d)
S = "LG유플러스"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a person's title (부문장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) outside")
d.O("미디어로그", "미디어로그", note="subsidiary (알뜰폰 자회사)")
d.O("SK텔레콤", "SK텔레콤", note="rival")
d.O("KT", "KT", note="rival")
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry cited as the source (에 따르면)")
Q4 = "2025-Q4"
Dr(d, "2025년 4분기 말", Q4, "quarter", "2025-12-01", "2025-12-31", mod="END",
   note="year + quarter + 말 one mention; 기준 after it (as of); range of a quarter's END written as its last month")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st=OPT, anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st=OPT, anchor="2025-10-01", note="points back (전분기)")
d.D("지난해", "2025", "year", ctx="지난해 연간", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.2%", rel=True, st=OPT, anchor="2025-01-01", note="points back to 지난해")
Dr(d, "같은 시점", Q4, "quarter", "2025-12-01", "2025-12-31", mod="END", rel=True, st=OPT, anchor="2025-10-01",
   note="points back to the as-of 2025년 4분기 말 (like 같은 기간)")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="지난해 before a month is in the span")
d.D("지난해", "2025", "year", ctx="지난해 6조", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 안에 outside")
HL = "headline figure; the headline names no date and the period would come only from the lead below it (open question 1)"
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("5G 가입자", "5G 가입자 1천만", S, Q4, "level", OPT, HL))
d.Q("3만5천원", 35000, W, "원", "currency", approx=True, note="원대: 대 outside the span, sets approx",
    f=("ARPU", "ARPU 3만5천", S, Q4, "level", OPT, HL))
d.Q("1천12만 명", 10120000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자가", S, Q4, "level", "required", "as of 4분기 말"))
d.Q("8.4%", 8.4, "%", "%", P, f=("5G 가입자", "기준 5G 가입자가", S, Q4, "change", "required", "전년 동기보다 = basis; period the current one"))
d.Q("1천860만 명", 18600000, "명", "명", C,
    f=("전체 휴대전화 가입자", "전체 휴대전화 가입자(", S, Q4, "level", "required", "figure in brackets after the noun it measures; subject and period carried"))
d.Q("54.4%", 54.4, "%", "%", P, f=("비중", "비중은 54.4%", S, Q4, "level"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새", note="1년 새 (over one year): a duration, 새 outside; no fact")
d.Q("4.1%포인트", 4.1, "%p", "%포인트", P, f=("비중", "비중은 54.4%", S, Q4, "change"))
d.Q("3만5천210원", 35210, W, "원", "currency", f=("가입자당 평균매출", None, S, Q4, "level", "required", "alias (ARPU) outside the metric"))
d.Q("3만4천870원", 34870, W, "원", "currency",
    f=("가입자당 평균매출", None, S, "2025-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("1.0%", "1.0", "%", "%", P, f=("가입자당 평균매출", None, S, Q4, "change", "required", "value kept as written"))
d.Q("6조1천400억 원", 6140000000000, W, "원", "currency", f=("무선 서비스 매출", None, S, "2025", "level", "required", "연간 (period modifier) outside the metric"))
d.Q("3.2%", 3.2, "%", "%", P, f=("무선 서비스 매출", None, S, "2025", "change"))
d.Q("4조2천억 원", 4200000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("5G 요금제 매출", None, S, "2025", "level", "required", "an item with a measure noun of its own"))
d.Q("48만 명", 480000, "명", "명", C, approx=True, note="약 → approx",
    f=("가입자", "미디어로그의 가입자", "미디어로그", Q4, "level", "required", "같은 시점 → the as-of 4분기 말"))
d.Q("1천710만 명", 17100000, "명", "명", C,
    f=("5G 가입자", "KT의 5G 가입자", "SK텔레콤", Q4, "level", "required", "각각: first of the pair; a rival with no date of its own takes the period last set for the same metric (convention 2)"))
d.Q("1천80만 명", 10800000, "명", "명", C, f=("5G 가입자", "KT의 5G 가입자", "KT", Q4, "level", "required", "각각: second of the pair"))
d.Q("3천880만 명", 38800000, "명", "명", C, f=("국내 5G 가입자", None, "", "2025-12", "level", "required", "national statistic: no subject; the ministry is only the source"))
d.Q("70%", 70, "%", "%", P, approx=True, note="안팎 → approx",
    f=("국내 5G 가입자", None, "", "2025-12", "level", "required", "share predicated of the clause's subject (convention 3)"))
d.Q("3사", 3, "사", "사", C, st=OPT, note="a count inside the group label 통신 3사 (open question 2)")
d.Q("6조~7조 원", 6000000000000, W, "원", "currency", hi=7000000000000, note="range: one mention; 수준 is no approximator",
    f=("5G 망 투자", None, "LG유플러스;SK텔레콤;KT", "2025", "level", "required", "통신 3사: the three are all named in the article (FACTS: a group named in full)"))
d.Q("1천100만 명", 11000000, "명", "명", C, bound="gt", note="넘기고 → gt",
    f=("5G 가입자", "5G 가입자 1천100만", S, "2026-H1", "level", "required", "a target in the executive's quote"))
d.Q("3만6천 원", 36000, W, "원", "currency", bound="min", note="이상 → min",
    f=("ARPU", "ARPU를", S, "2026-H1", "level", "required", "a target in the executive's quote"))

if __name__ == "__main__":
    write_all(docs)
