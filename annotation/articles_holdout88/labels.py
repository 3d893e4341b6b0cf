"""Gold labels of articles-holdout88, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout88/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def q_end(d, text, value, ctx=None, rel=True, st="required", note="", anchor=None):
    """A quarter with `말` (mod END): the framework cannot compute its day range; README convention: the quarter's last month."""
    d.D(text, value, "quarter", ctx=ctx, mod="END", rel=rel, st=st, note=note, anchor=anchor, rng=False)
    y, q = int(value[:4]), int(value[-1])
    import calendar
    mo = 3 * q
    d.d[-1]["range_start"] = f"{y}-{mo:02d}-01"
    d.d[-1]["range_end"] = f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


# ---------------------------------------------------------------- 001 chip-equipment maker wins a foundry order (연합뉴스 dateline)
d = Doc("001_efe641fb4caf93c5", "2026-02-04"); docs.append(d)
S = "하람이엔지"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.Oall("삼성전자", "삼성전자", special={0: ("required", "the customer; 파운드리서 (= 파운드리 + 에서) names a business, not a named division: outside")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("하람머티리얼즈", "하람머티리얼즈", note="invented subsidiary (자회사)")
d.O("국제반도체장비재료협회", "국제반도체장비재료협회", aliases="SEMI", note="association cited as the source; (SEMI) alias outside the span")
d.O("도쿄일렉트론", "도쿄일렉트론", note="rival; 한국법인 is a generic descriptor of its Korean unit, outside the span (README convention)")
d.O("누리플라즈마", "누리플라즈마", note="invented rival")
# dates
d.D("4일", "2026-02-04", "day", ctx="4일 공시했다", rel=True, note="day of the disclosure")
d.D("지난해", "2025", "year", ctx="지난해 연결 매출", rel=True)
d.D("2026년 2월 4일", "2026-02-04", "day", note="A부터 B까지: two mentions")
d.D("12월 31일", "2026-12-31", "day", note="end of an A부터 B까지 pair: year taken from the range's start (2026년 2월 4일)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half is in the span (as before a month)")
d.D("하반기", "2026-H2", "half", ctx="하반기에 나머지", rel=True, note="future clause (계획): the next H2")
d.D("지난달 말", "2026-01", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset from the document date: 10년 전 → that year")
d.D("올해", "2026", "year", ctx="올해 전 세계", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다 9%", rel=True, note="the basis of the comparison")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("2027년", "2027", "year", note="까지 outside")
# quantities
d.Q("1,150억", 115000000000, W, "", "currency", ctx="1,150억 규모 식각장비 수주", st="optional",
    note="headline amount, currency implied", f=("수주", "식각장비 수주", S, "", "level"))
d.Q("1,150억 원", 115000000000, W, "원", "currency",
    f=("식각장비 공급 계약", "식각장비 공급 계약", S, "", "level", "required",
       "규모: the thing whose size it is; the customer is no subject; 4일 only dates the disclosure, nothing earlier: empty period"))
d.Q("2,870억 원", 287000000000, W, "원", "currency",
    f=("매출", "연결 매출(", S, "2025", "level", "required", "basis figure in brackets after 지난해 연결 매출; 연결 is a basis modifier"))
d.Q("40.1%", 40.1, "%", "%", P,
    f=("계약 금액", "계약 금액은", S, "", "level", "optional",
       "open question 1: the ratio of the contract to last year's sales — 지난해 dates the basis (the sales), not the contract"))
d.Q("24대", 24, "대", "대", C,
    f=("장비", "장비 24대", S, "2026-02-04/2026-12-31", "level", "optional",
       "open question 1: the contract's units — carry-forward of the contract term (written) or empty like the amount"))
d.Q("14대", 14, "대", "대", C, f=("출하", "출하할", S, "2026-H1", "level", "required", "회사 측 = 하람이엔지; verbal noun as metric"))
d.Q("10대", 10, "대", "대", C, f=("출하", "출하할", S, "2026-H2", "level"))
d.Q("3,400억 원", 340000000000, W, "원", "currency", approx=True, f=("수주 잔고", "수주 잔고는", S, "2026-01", "level", "required", "subject dropped, carried"))
d.Q("68%", 68, "%", "%", P, f=("파운드리 고객 비중", None, S, "2026-01", "level", "required", "이 가운데: part of the backlog as of 지난달 말"))
d.Q("21%포인트", 21, "%p", "%포인트", P, f=("파운드리 고객 비중", None, S, "2026-01", "change", "required", "1년 전 is the basis"))
d.Q("90억 원", 9000000000, W, "원", "currency", approx=True,
    f=("부품", "원어치 부품", "하람머티리얼즈", "", "level", "required",
       "약 → approx; 어치 after the unit stays outside; no period named for this subject: empty"))
d.Q("1,260억 달러", 126000000000, U, "달러", "currency",
    f=("전 세계 반도체 장비 시장", None, "", "2026", "level", "required", "market total; the cited association gives no subject"))
d.Q("9%", 9, "%", "%", P, approx=True, f=("전 세계 반도체 장비 시장", None, "", "2026", "change"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("파운드리 장비 수주액", None, "도쿄일렉트론", "2025-Q4", "level", "required", "각각: first"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("파운드리 장비 수주액", None, "누리플라즈마", "2025-Q4", "level", "required", "각각: second"))
d.Q("50%", 50, "%", "%", P, bound="min", f=("파운드리 매출 비중", None, S, "2027", "level", "required", "head's target; 이상 → min"))

write_all(docs)
