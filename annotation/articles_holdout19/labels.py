"""Gold labels of articles-holdout19, written by reading the texts against the shared guidelines ANNOTATION.md and
FACTS.md only (not the project's docs/annotation.md or docs/facts.md).
Run: python annotation/articles_holdout19/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 car maker's monthly sales (Yonhap dateline, no year anywhere)
d = Doc("001_2ececfa3943d1ca3", "2025-12-01"); docs.append(d)
HK = "한결모터스"
d.Oall(HK, HK, special={0: ("required", "invented car maker; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("르노코리아", "르노코리아", note="another maker, listed with 와")
d.O("KG모빌리티", "KG모빌리티", note="another maker")
N = "2025-11"
d.D("11월", N, "month", ctx="11월 판매", rel=True, note="month without a year: the latest November on or before 2025-12-01")
d.D("지난달", N, "month", ctx="는 지난달 국내외", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 달", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01",
    note="points back to the month named (같은 달): optional; one mention with 지난해")
d.D("1년 전", "2024", "year", ctx="1년 전보다 41%", rel=True, note="offset (N년 전 → that year), from the document date; a comparison's basis")
d.D("1~11월", "2025-01/2025-11", "month", rel=True, note="range of months without a year")
d.D("전년 동기", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01",
    note="points back to the day named (1일), like 당일: optional")
d.D("지난달", N, "month", ctx="는 지난달 각각", rel=True)
d.D("1년 전", "2024", "year", ctx="1년 전보다 각각", rel=True, note="offset, from the document date")
d.D("이달", "2025-12", "month", rel=True)
d.Q("2만4천대", 24000, "대", "대", C, f=("판매", "11월 판매", HK, N, "level", "required", "headline topic with a comma; 11월 in the headline"))
d.Q("18%", 18, "%", "%", P, ctx="18% 늘어",
    f=("수출", "수출 18%", HK, N, "change", "required", "headline after the ellipsis: the headline's company and month"))
d.Q("2만 4,315대", 24315, "대", "대", C,
    f=("완성차", None, HK, N, "level", "required", "the counted noun right before the count (완성차 N대); 판매했다 would serve only with no noun"))
d.Q("6.2%", 6.2, "%", "%", P,
    f=("완성차", None, HK, N, "change", "required",
       "규모 names no measure: the thing whose size it is, the figure before's (완성차); 지난해 같은 달 = basis; the month carried"))
d.Q("8,920대", 8920, "대", "대", C, f=("내수", None, HK, N, "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=("내수", None, HK, N, "change"))
d.Q("1만 5,395대", 15395, "대", "대", C, f=("수출", "수출은 1만", HK, N, "level"))
d.Q("18.1%", 18.1, "%", "%", P, f=("수출", "수출은 1만", HK, N, "change"))
MD = ("a model (a product, no ORG) is the sentence's subject: FACTS gives a product's figure an empty subject; no noun names the "
      "count (팔리며, 뒤를 이었다 are plain verbs; 국내에서는 is a place): metric empty. Whether a model breakdown of the company's "
      "own sales keeps the company as subject, or 내수 as metric, is README open question 1")
d.Q("3,410대", 3410, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
d.Q("2,150대", 2150, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
d.Q("1,280대", 1280, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
MX = ("수출은 … 각각: the topic measure noun names what is counted; the models (products, no ORG) are the clause's subject: "
      "empty subject (FACTS: a product's figure); README open question 1")
d.Q("7,820대", 7820, "대", "대", C, f=("수출", "수출은 루미엘", "", N, "level", "required", MX))
d.Q("5,640대", 5640, "대", "대", C, f=("수출", "수출은 루미엘", "", N, "level", "required", MX))
d.Q("3,960대", 3960, "대", "대", C,
    f=("전기차", "전기차는", HK, N, "level", "required", "a kind of car (전기차, no product name) counted: the company's figure, carried"))
d.Q("16.3%", 16.3, "%", "%", P,
    f=("전기차", "전기차는", HK, N, "level", "required",
       "a share (전체 판매의 …를 차지했다) measures the part it is the share of (전기차), not the whole; decided, README conventions"))
d.Q("15%", 15, "%", "%", P, bound="gt", note="넘은 → gt",
    f=("전기차 비중", None, HK, N, "level", "required", "a threshold passed this month (이번이 처음): a level with bound gt; the month carried"))
d.Q("4,870대", 4870, "대", "대", C, f=("유럽 수출 물량", None, HK, N, "level"))
d.Q("41%", 41, "%", "%", P, f=("유럽 수출 물량", None, HK, N, "change", "required", "1년 전보다 = basis"))
d.Q("25만 1,760대", 251760, "대", "대", C, f=("누적 판매", None, HK, "2025-01/2025-11", "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("누적 판매", None, HK, "2025-01/2025-11", "change"))
EA = "각각 splits the two makers named (르노코리아와 KG모빌리티); 팔았다 is a plain verb (no verbal noun): metric empty; 지난달 in the clause"
d.Q("1만 2,017대", 12017, "대", "대", C, f=("", None, "르노코리아", N, "level", "required", EA))
d.Q("9,845대", 9845, "대", "대", C, f=("", None, "KG모빌리티", N, "level", "required", EA))
E2 = "두 회사 = the two makers named before, split by 각각; 1년 전 = basis; the month carried"
d.Q("21.5%", 21.5, "%", "%", P, f=("판매", "회사의 판매는", "르노코리아", N, "change", "required", E2))
d.Q("7.9%", 7.9, "%", "%", P, f=("판매", "회사의 판매는", "KG모빌리티", N, "change", "required", E2))
d.Q("2만 대", 20000, "대", "대", C, bound="min", note="이상 → min; 월 is a rate word with no number",
    f=("판매", "대 이상 판매", HK, "2025-12", "level", "required",
       "an outlook in the quote of the company's spokesperson (한결모터스 관계자): the company's; 이달 in the clause"))

if __name__ == "__main__":
    write_all(docs)
