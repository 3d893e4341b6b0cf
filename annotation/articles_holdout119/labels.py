"""Gold labels of articles-holdout119, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout119/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, all_starts, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = ("headline figure: FACTS searches clause, sentence, then EARLIER in the article for the period; "
      "the headline has no date and nothing precedes it, the lead's date comes later (open question)")
NOUNIT = "headline amount whose currency is only implied (ANNOTATION: optional)"
GEN = "generic noun standing for a named organization (ANNOTATION: unnamed institution nouns are optional)"
TITLE = "organization name used only inside a person's title (…본부장): modifier inside a non-organization word (open question)"
D_ = "duration"
OR = "ordinal"


def doc(prefix):
    name = [f for f in os.listdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts")) if f.startswith(prefix)][0]
    return name[:-4]


def org_every(d, short, canonical, full_with_short=None, special=None):
    """Every occurrence of `short` that is not the start of the longer name `full_with_short`."""
    special = special or {}
    for i, s in enumerate(all_starts(d.text, short)):
        if full_with_short and d.text.startswith(full_with_short, s):
            continue
        st, note = special.get(i, ("required", ""))
        d.O(short, canonical, at=s, st=st, note=note)

# ---------------------------------------------------------------- 001 car rental (연합뉴스 dateline), doc date 2025-02-12
d = Doc(doc("001"), "2025-02-12"); docs.append(d)
N, H = "누리렌터카", "누리홀딩스"
# ORG
org_every(d, N, N)
d.O("연합뉴스", "연합뉴스")
d.O(H, H)
d.O("한국렌터카사업조합연합회", "한국렌터카사업조합연합회")
d.O("롯데렌탈", "롯데렌탈")
# DATE
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("전년", "2023", "year", ctx="전년 대비 14.3%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("12일", "2025-02-12", "day", rel=True)
d.D("같은 기간", "2024", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("2023년", "2023", "year")
d.D("지난해", "2024", "year", ctx="지난해 매출은", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 11.2%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("지난해", "2024", "year", ctx="지난해 국내 렌터카", rel=True)
d.D("올해", "2025", "year", rel=True)
# QUANTITY + facts
d.Q("4만대", 40000, "대", "대", C, bound="gt",
    f=("보유 차량", "보유 차량 4만대", N, "", "level", "optional", HL))
d.Q("82%", 82, "%", "%", P, f=("가동률", "가동률 82%", N, "", "level", "optional", HL))
d.Q("4만1200대", 41200, "대", "대", C, f=("보유 차량", "보유 차량이", N, "2024", "level"))
d.Q("14.3%", 14.3, "%", "%", P, f=("보유 차량", "보유 차량이", N, "2024", "change"))
d.Q("82.4%", 82.4, "%", "%", P, f=("차량 가동률", None, N, "2024", "level"))
d.Q("78.9%", 78.9, "%", "%", P, f=("차량 가동률", None, N, "2023", "level"))
d.Q("3.5%포인트", 3.5, "%p", "%포인트", PP, f=("차량 가동률", None, N, "2024", "change"))
d.Q("9800대", 9800, "대", "대", C, f=("전기차", "전기차가", N, "2024", "level"))
d.Q("23.8%", 23.8, "%", "%", P, f=("전기차", "전기차가", N, "2024", "level"))
d.Q("5100대", 5100, "대", "대", C, f=("승합차", None, N, "2024", "level"))
d.Q("3600대", 3600, "대", "대", C, f=("수입차", None, N, "2024", "level"))
d.Q("1년", 1, "year", "년", D_, ctx="1년 새")
d.Q("두 배", 2, "배", "배", C, f=("전기차", "전기차는", N, "2024", "change"))
d.Q("2만6천여 건", 26000, "건", "건", C, approx=True, f=("장기 렌터카 계약", None, N, "2024", "level"))
d.Q("1만8천 건", 18000, "건", "건", C, f=("단기 대여", None, N, "2024", "level"))
d.Q("38개월", 38, "month", "개월", D_)
d.Q("6870억원", 687000000000, W, "원", "currency", f=("매출", "매출은 6870", N, "2024", "level"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "매출은 6870", N, "2024", "change"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업이익", None, N, "2024", "level"))
PAR = ("parent's figure in a new sentence: FACTS carries a period only for the same subject and 누리홀딩스 has none "
       "set earlier; a reader takes 지난해 from the sentence before (open question)")
d.Q("2조1천억원", 2100000000000, W, "원", "currency",
    f=("매출", "연결 매출(", H, "2024", "level", "optional", PAR))
d.Q("32.7%", 32.7, "%", "%", P,
    f=("비중", None, H, "2024", "level", "optional", PAR + "; subject 누리홀딩스 or 누리렌터카 (the division's share) also open"))
d.Q("118만대", 1180000, "대", "대", C, approx=True, f=("국내 렌터카 등록 대수", None, "", "2024", "level"))
d.Q("1위", 1, "위", "위", OR, ctx="업계 1위")
d.Q("20%", 20, "%", "%", P, approx=True, f=("점유율", None, "롯데렌탈", "2024", "level"))
d.Q("5만대", 50000, "대", "대", C, bound="min", f=("보유 차량", "보유 차량을", N, "2025", "level"))
d.Q("85%", 85, "%", "%", P, f=("가동률", "가동률 85%", N, "2025", "level"))
d.Q("3년", 3, "year", "년", D_, ctx="3년간")
d.Q("3천억원", 300000000000, W, "원", "currency",
    f=("투입", "투입할", N, "2025", "level", "optional",
       "a 3-year spending plan: the sentence's 올해 is the period by FACTS' search order, but the amount covers 3년간 (open question)"))

if __name__ == "__main__":
    write_all(docs)
