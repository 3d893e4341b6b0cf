"""Gold labels of articles-holdout72, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout72/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 conglomerate's year-end recap (연합뉴스 dateline, 2025 in the lead)
d = Doc("001_c0c183708ff5065d", "2025-12-29"); docs.append(d)
G = "한결그룹"; CH = "한결화학"; ES = "한결에너지솔루션"; LG = "한결로지스"
d.Oall(G, G, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (회장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(CH, CH)
d.O(ES, ES, note="invented subsidiary (자회사) of 한결화학")
d.O("제너럴모터스", "제너럴모터스", aliases="GM", note="the customer; (GM) is an alias outside the span")
d.O(LG, LG)
d.O("한국배터리산업협회", "한국배터리산업협회", note="association cited as the source of a market figure")
d.D("올해", "2025", "year", ctx="올해 계열사", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년(38조", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2025", "year", ctx="그룹은 올해", rel=True)
d.D("3분기", "2025-Q3", "quarter", rel=True, note="3분기 누적: the quarter the cumulative figure runs to")
d.D("같은 기간", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("전년", "2024", "year", ctx="전년(6.3%)", rel=True, st="optional", anchor="2025-01-01",
    note="points back; the current period of 한결로지스's figures is itself open (README open question 2)")
d.D("지난 11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2025", "year", ctx="올해 국내 이차전지", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("42조", 42000000000000, W, "", "currency", ctx="42조 넘어", bound="gt", st="optional",
    note="headline amount, currency implied; 넘어 → gt", f=("매출", "계열사 매출 42조", G, "2025", "level"))
d.Q("8조원", 8000000000000, W, "원", "currency", f=("투자", "투자 8조원", G, "2025", "level", "required", "headline: the headline's own 올해"))
d.Q("42조3천억원", 42300000000000, W, "원", "currency", approx=True, f=("합산 매출", None, G, "2025", "level", "required", "약 → approx; the group's affiliates taken together, the group named"))
d.Q("38조9천억원", 38900000000000, W, "원", "currency",
    f=("합산 매출", None, G, "2024", "level", "required", "a basis figure in brackets after 전년: that year (README convention 4)"))
d.Q("8.7%", 8.7, "%", "%", P, f=("합산 매출", None, G, "2025", "change", "required", "전년 = basis; the period is the current one"))
d.Q("8조1천억원", 8100000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "총 outside; 그룹 is an anaphor of 한결그룹; verbal noun 투자"))
d.Q("3조4천억원", 3400000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "breakdown item (이 가운데): the breakdown's measure (README convention 3)"))
d.Q("42%", 42, "%", "%", P, ctx="전체의 42%", f=("배터리 소재 부문", None, G, "2025", "level", "required", "전체의 N%: the part named as the clause's subject (README convention 5)"))
d.Q("1조9천억원", 1900000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "각각: first item"))
d.Q("1조2천억원", 1200000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "각각: second item"))
d.Q("11조6천억원", 11600000000000, W, "원", "currency", f=("누적 매출", None, CH, "2025-Q3", "level"))
d.Q("7천820억원", 782000000000, W, "원", "currency", f=("영업이익", "영업이익은 같은", CH, "2025-Q3", "level", "required", "dropped subject carried from 한결화학; 같은 기간 → 3분기"))
d.Q("15.3%", 15.3, "%", "%", P, f=("영업이익", "영업이익은 같은", CH, "2025-Q3", "change"))
d.Q("2조원", 2000000000000, W, "원", "currency",
    f=("양극재 공급 계약", None, ES, "2025-H1", "level", "required", "규모: the thing whose size it is; the customer (로부터) is no subject"))
d.Q("4.1%", 4.1, "%", "%", P, f=("영업이익률", None, LG, "2025", "level", "optional", "open: period the recap's year 2025 or the previous paragraph's 3분기 (README open question 2)"))
d.Q("6.3%", 6.3, "%", "%", P, f=("영업이익률", None, LG, "2024", "level", "optional", "basis in brackets after 전년; open with 4.1% (README open question 2)"))
d.Q("2.2%포인트", 2.2, "%p", "%포인트", P, f=("영업이익률", None, LG, "2025", "change", "optional", "open with 4.1% (README open question 2)"))
d.Q("5만2천여명", 52000, "명", "명", C, approx=True, f=("임직원 수", None, G, "2025-11", "level", "required", "여 inside the span → approx; 그룹 = 한결그룹"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (duration, no fact)")
d.Q("3천명", 3000, "명", "명", C, approx=True, f=("임직원 수", None, G, "2025-11", "change", "required", "가량 → approx"))
d.Q("30조원", 30000000000000, W, "원", "currency", approx=True,
    f=("국내 이차전지 소재 시장", None, "", "2025", "level", "required", "규모 → the market; a market figure: no subject (the association is only the source)"))
d.Q("10조원", 10000000000000, W, "원", "currency", bound="min",
    f=("투자", "투자 규모를 10조", G, "2026", "level", "required", "이상 → min; the chairman speaks for the group"))

write_all(docs)
