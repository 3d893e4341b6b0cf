"""Gold labels of articles-holdout82, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout82/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
DUR = "duration"

# ---------------------------------------------------------------- 001 food company: overseas sales by country, a new US plant (연합뉴스 dateline)
d = Doc("001_0b591de54cf3ffb4", "2026-02-11"); docs.append(d)
S = "한결식품"
d.Oall(S, S, special={3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한결아메리카", "한결아메리카", note="invented US subsidiary (미국 법인); 미국 is a place")
d.O("코스트코", "코스트코", note="customer (a retail channel)")
d.O("한국농수산식품유통공사", "한국농수산식품유통공사", aliases="aT", note="agency cited as a source; (aT) is an alias, outside the span")
d.O("CJ제일제당", "CJ제일제당", note="rival (경쟁사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline: the year before 2026-02-11")
d.D("2025년", Y, "year")
d.D("지난해", Y, "year", ctx="지난해 해외 매출이", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", Y, "year", ctx="같은 기간 38%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("2027년 상반기", "2027-H1", "half")
d.D("현재", "2026-02-11", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해 K푸드", rel=True)
d.D("같은 기간", Y, "year", ctx="같은 기간 5조", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt", f=("해외매출", None, S, Y, "level"))
d.Q("2공장", 2, "공장", "공장", "ordinal", st="optional", note="'2공장' (plant no. 2): an ordinal without marker or a name with digits — open")
d.Q("2천억", 200000000000, W, "", "currency", ctx="2천억 투입", st="optional", note="headline amount, currency implied",
    f=("투입", None, S, "", "level"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원을 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("해외 매출", "2025년 해외 매출", S, Y, "level"))
d.Q("1조 420억 원", 1042000000000, W, "원", "currency", f=("해외 매출", "지난해 해외 매출이", S, Y, "level"))
d.Q("8,650억 원", 865000000000, W, "원", "currency",
    f=("해외 매출", "지난해 해외 매출이", S, "2024", "level", "required", "basis figure in brackets after 전년: that date's value (convention 4)"))
d.Q("20.5%", 20.5, "%", "%", P, f=("해외 매출", "지난해 해외 매출이", S, Y, "change", "required", "전년 = basis; period the current year"))
d.Q("2조 3,100억 원", 2310000000000, W, "원", "currency", f=("전체 매출", None, S, Y, "level", "required", "figure in brackets after its noun"))
d.Q("45.1%", 45.1, "%", "%", P, f=("비중", "차지하는 비중은", S, Y, "level"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새", note="1년 새: an amount of time (duration), no fact")
d.Q("4.8%포인트", 4.8, "%p", "%포인트", P, f=("비중", "차지하는 비중은", S, Y, "change"))
d.Q("5,870억 원", 587000000000, W, "원", "currency",
    f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "breakdown by country (국가별로는): the breakdown's measure; a country is no subject"))
d.Q("1,640억 원", 164000000000, W, "원", "currency", f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "각각: first of the pair (중국)"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", ctx="1,120억 원을", f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "각각: second of the pair (일본)"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("유럽 매출", None, S, Y, "level"))
d.Q("38%", 38, "%", "%", P, f=("유럽 매출", None, S, Y, "change"))
d.Q("9,800개", 9800, "개", "개", C, approx=True,
    f=("점포", None, "한결아메리카", "", "level", "optional", "open: the stores are the channels' (코스트코 등, not all named) or the subsidiary's reach; no date for the subsidiary"))
d.Q("2천억 원", 200000000000, W, "원", "currency", ctx="약 2천억 원", approx=True,
    f=("", None, S, "", "level", "optional", "open: a planned spending with no noun naming it in its sentence; period carried 2025 by the letter, or empty, or 2027-H1"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="ordinal marker 번째: no fact")
d.Q("1.8배", 1.8, "배", "배", C, f=("생산능력", None, S, "2027-H1", "change", "required", "a multiple of the present level (현재의): change; the sentence's 2027년 상반기"))
d.Q("6만t", 60000, "t", "t", M, approx=True, f=("생산능력", None, S, "2027-H1", "level", "required", "안팎 → approx"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", bound="min",
    f=("해외 매출", "올해 해외 매출을", S, "2026", "level", "required", "a head's target speaks for the company; 이상 → min"))
d.Q("104억 달러", 10400000000, U, "달러", "currency", approx=True,
    f=("K푸드 수출액", None, "", Y, "level", "required", "national statistic from a cited agency: no subject"))
d.Q("5조 7천억 원", 5700000000000, W, "원", "currency", approx=True,
    f=("해외 식품 매출", None, "CJ제일제당", Y, "level", "required", "가량 → approx; 같은 기간 → 2025"))

if __name__ == "__main__":
    write_all(docs)
