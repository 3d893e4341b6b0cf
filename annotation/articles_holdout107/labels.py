"""Gold labels of articles-holdout107, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout107/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 home-appliance maker: Q3 results by product (연합뉴스 dateline)
d = Doc("001_a0db23933fb1f586", "2025-10-29"); docs.append(d)
S = "한결전자"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한결에어텍", "한결에어텍", note="invented subsidiary introduced by 부품 자회사")
d.O("베스트바이", "베스트바이", note="the customer (로부터); 미국 (place) outside the span")
d.O("한국전자정보통신산업진흥회", "한국전자정보통신산업진흥회", aliases="KEA", note="association cited as the source; (KEA) recorded as alias")
d.O("삼성전자", "삼성전자", note="rival, 각각 pair")
d.O("LG전자", "LG전자", note="rival, 각각 pair")
Q3 = "2025-Q3"; R19 = "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="3분기 매출 1조 원 첫", rel=True, note="headline quarter without a year: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("29일", "2025-10-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 14.2%", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 27.5%", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(5.3%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="지난해 + pointing-back 같은 기간: one mention, the same quarter a year before")
d.D("3분기", Q3, "quarter", ctx="3분기 매출 980억", rel=True)
d.D("지난 7월", "2025-07", "month", rel=True)
d.D("올해 1~9월", R19, "month", rel=True, note="올해 before a month range: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date (N년 전 → that year)")
d.D("같은 기간", R19, "month", ctx="같은 기간 삼성전자", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (유지해 … 달성하겠다): the next Q4")
d.D("올해", "2025", "year", ctx="올해 영업이익", rel=True)
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원 첫 돌파", bound="gt",
    f=("매출", "3분기 매출 1조 원 첫", S, Q3, "level", "required", "headline; 돌파 → gt; the headline's own 3분기"))
d.Q("1조 420억 원", 1042000000000, W, "원", "currency", f=("매출", "기준 매출 1조", S, Q3, "level", "required", "연결 기준 is a basis: outside the metric"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원을 넘은", bound="gt",
    f=("매출", "분기 매출이 1조", S, Q3, "level", "required", "분기 (period word) outside the metric; 넘은 → gt"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "분기 매출이 1조", S, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "영업이익은 612억", S, Q3, "level", "required", "dropped subject carried from the lead"))
d.Q("27.5%", 27.5, "%", "%", P, f=("영업이익", "영업이익은 612억", S, Q3, "change"))
d.Q("5.9%", 5.9, "%", "%", P, f=("영업이익률", "영업이익률은 5.9%", S, Q3, "level"))
d.Q("5.3%", 5.3, "%", "%", P, f=("영업이익률", "영업이익률은 5.9%", S, "2024-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("0.6%포인트", 0.6, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 5.9%", S, Q3, "change"))
d.Q("3,850억 원", 385000000000, W, "원", "currency", f=("에어컨 매출", None, S, Q3, "level", "required", "product modifier changes what is measured: in the metric"))
d.Q("37%", 37, "%", "%", P, f=("에어컨 매출", None, S, Q3, "level", "required", "전체의 N%: the share of the part named before it (convention 5)"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "에어컨 매출이", S, Q3, "level", "required", "breakdown item without its own measure noun: the breakdown's measure (convention 3); 각각 → 의류건조기"))
d.Q("1,090억 원", 109000000000, W, "원", "currency", f=("매출", "에어컨 매출이", S, Q3, "level", "required", "각각 → 식기세척기; breakdown measure"))
d.Q("41만 대", 410000, "대", "대", C, approx=True, f=("건조기 판매량", None, S, Q3, "level", "required", "약 → approx"))
d.Q("22%", 22, "%", "%", P, f=("건조기 판매량", None, S, Q3, "change", "required", "basis 지난해 같은 기간; period the current quarter"))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("매출", "3분기 매출 980억", "한결에어텍", Q3, "level", "required", "subsidiary's own figure"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("영업이익", "영업이익 45억", "한결에어텍", Q3, "level"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("식기세척기 공급 계약", None, S, "2025-07", "level", "required", "규모: the thing whose size it is; the customer (로부터) is no subject"))
d.Q("18조 3천억 원", 18300000000000, W, "원", "currency", approx=True, f=("국내 가전 생산액", None, "", R19, "level", "required", "national figure: empty subject; the cited association is only the source"))
d.Q("3%", 3, "%", "%", P, ctx="3% 안팎", approx=True, f=("국내 가전 생산액", None, "", R19, "change", "required", "안팎 → approx; basis 1년 전"))
d.Q("31%", 31, "%", "%", P, f=("생활가전 점유율", None, "삼성전자", R19, "level", "required", "각각: first of the pair; 같은 기간 → 올해 1~9월"))
d.Q("28%", 28, "%", "%", P, f=("생활가전 점유율", None, "LG전자", R19, "level", "required", "각각: second of the pair"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원 이상", bound="min",
    f=("매출", "매출 1조 원 이상", S, "2025-Q4", "level", "required", "CEO's target; 이상 → min"))
d.Q("2천억 원", 200000000000, W, "원", "currency", f=("영업이익", "올해 영업이익", S, "2025", "level", "required", "CEO's target for this year"))

write_all(docs)
