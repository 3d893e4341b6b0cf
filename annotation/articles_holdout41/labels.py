"""Gold labels of articles-holdout41, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout41/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 automaker's monthly sales (뉴스1 dateline, 2026년 1월 in the lead)
d = Doc("001_afb2664daeee14fb", "2026-02-02"); docs.append(d)
K, H = "기아", "현대자동차"
d.Oall(K, K, special={0: ("required", "headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("현대차그룹", "현대차그룹", note="the group both makers belong to (계열사인)")
d.O(H, H, note="the sister company (현대차그룹 계열사)")
JAN = "2026-01"
d.D("1월", JAN, "month", ctx="기아, 1월", rel=True, note="headline month: the latest January on or before the document date")
d.D("2026년 1월", JAN, "month")
d.D("2일", "2026-02-02", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 달", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01",
    note="points back to the lead's month (같은 달): pointing-back word, optional; one mention with 지난해")
d.D("전년 동월", "2025-01", "month", ctx="전년 동월 대비", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1년 전", "2025", "year", rel=True, note="offset (N년 전 → that year), a comparison's basis, still a DATE")
d.D("같은 날", "2026-02-02", "day", rel=True, st="optional", anchor="2026-02-02", note="points back to 2일")
d.D("지난달", JAN, "month", rel=True)
d.D("전년 동월", "2025-01", "month", ctx="전년 동월보다", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1월", JAN, "month", ctx="회사의 1월", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (반영된다)")
d.D("올해", "2026", "year", rel=True)
SOLD = "판매했다고"
d.Q("24만4천대", 244000, "대", "대", C,
    f=("", None, K, JAN, "level", "required", "팔아 is a plain verb: no metric; headline topic with a comma; the headline's own 1월"))
d.Q("7.2%", 7.2, "%", "%", P, ctx="7.2%↑",
    f=("해외 판매", "해외 판매 7.2%", K, JAN, "change", "required", "↑ = a rise: change; the headline's 1월 (the … does not split a headline)"))
d.Q("4만 1,250대", 41250, "대", "대", C,
    f=("판매", SOLD, K, JAN, "level", "required", "판매했다 → the verbal noun; 국내 names a market, not a measure"))
d.Q("20만 3,480대", 203480, "대", "대", C, f=("판매", SOLD, K, JAN, "level"))
d.Q("24만 4,730대", 244730, "대", "대", C, f=("판매", SOLD, K, JAN, "level"))
d.Q("5.8%", 5.8, "%", "%", P, ctx="보다 5.8%",
    f=("판매", SOLD, K, JAN, "change", "required", "…늘어난 규모다: the 규모 is the total sold (판매) of the sentence before; 지난해 같은 달 = basis"))
d.Q("1.4%", 1.4, "%", "%", P, f=("국내 판매", None, K, JAN, "change", "required", "줄었지만: a change; no sign written, value as written"))
d.Q("7.2%", 7.2, "%", "%", P, ctx="7.2% 증가", f=("해외 판매", "해외 판매는 7.2%", K, JAN, "change"))
MOD = ("breakdown by model (차종별로는): the item counts what the total before it measures (국내 판매 / 해외 판매, a measure noun "
       "before the counted noun); a model is a product, not an ORG: empty subject (FACTS: a figure of a product); the lead's month")
d.Q("9,870대", 9870, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("7,420대", 7420, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("6,150대", 6150, "대", "대", C, f=("국내 판매", None, "", JAN, "level", "required", MOD))
d.Q("4만 2,300대", 42300, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; 팔리며 is a plain verb"))
d.Q("2만 6,800대", 26800, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; a figure in brackets after a model"))
d.Q("1만 9,500대", 19500, "대", "대", C, f=("해외 판매", "해외 판매는 7.2%", "", JAN, "level", "required", MOD + "; K3 is a model's name (digits in a name)"))
d.Q("3만 8,600대", 38600, "대", "대", C, f=("친환경차 판매", None, K, JAN, "level", "required", "a segment is no ORG: the company carried; the lead's month"))
d.Q("15.8%", 15.8, "%", "%", P,
    f=("친환경차 판매", None, K, JAN, "level", "required", "전체의 N%를 차지: a share; the clause's topic names the part whose share it is (전체 names only the whole)"))
d.Q("1만 1,200대", 11200, "대", "대", C,
    f=("전기차", None, K, JAN, "level", "required", "part opener 이 가운데: the subject carried; the counted noun (전기차, a kind of car, not a named product)"))
d.Q("22%", 22, "%", "%", P, f=("전기차", None, K, JAN, "change", "required", "1년 전보다 = basis; 많았다 after …보다: a change"))
d.Q("5만 2,400대", 52400, "대", "대", C, f=("", None, H, JAN, "level", "required", "팔아 is a plain verb: no metric; 지난달 in the clause"))
d.Q("27만 8,900대", 278900, "대", "대", C, f=("", None, H, JAN, "level"))
d.Q("33만 1,300대", 331300, "대", "대", C, f=("", None, H, JAN, "level"))
d.Q("2.1%", 2.1, "%", "%", P, f=("", None, H, JAN, "change", "required", "…늘었다: what rose is the sales of the clause before (팔아, no noun): empty metric"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun that is not a counter (회사): optional")
d.Q("57만 6,030대", 576030, "대", "대", C,
    f=("합산 판매", None, K + ";" + H, JAN, "level", "required", "두 회사 = the two companies named in the text: both subjects; 1월 in the clause"))
d.Q("335만 대", 3350000, "대", "대", C,
    f=("판매 목표", None, K, "2026", "level", "required", "기아 관계자 speaks for the company; 올해 in the clause"))

if __name__ == "__main__":
    write_all(docs)
