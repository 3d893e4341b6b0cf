"""Gold labels of articles-holdout5, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout5/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "articles_holdout2"))
import labels_core as core
from labels_core import Doc, write_all
core.TEXTS = os.path.join(HERE, "texts")
core.GOLD = os.path.join(HERE, "gold")

W, U, C, P, PP = "KRW", "USD", "count", "percent", "%p"
docs = []

# ---------------------------------------------------------------- 001 carmaker's monthly sales (Yonhap dateline, no year anywhere)
d = Doc("001_85058e00adfdfb3e", "2025-12-01"); docs.append(d)
H = "현대자동차"
d.Oall("현대차", H)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O(H, H)
d.O("제네시스", "제네시스", st="optional", note="the maker's brand: a brand named as a company or a business unit of 현대자동차: unclear")
d.O("기아", "기아")
d.O("세진오토텍", "세진오토텍", note="invented supplier (협력사 … 은)")
d.D("11월", "2025-11", "month", ctx="11월 글로벌", rel=True, note="month without a year: the latest on or before the document date")
d.D("전년 동월", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back (like 전년 같은 달)")
d.D("지난달", "2025-11", "month", ctx="현대자동차는 지난달", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 같은 달", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("1~11월", "2025-01/2025-11", "month", rel=True, note="range of months without a year: this year's")
d.D("작년", "2024", "year", rel=True, note="basis (작년 같은 기간보다)")
d.D("같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("이달", "2025-12", "month", ctx="현대차는 이달", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말 할인 행사: the coming year-end of this year")
d.D("올해", "2025", "year", rel=True)
d.D("지난달", "2025-11", "month", ctx="기아는 지난달", rel=True)
d.D("이달 중순", "2025-12", "month", mod="MID", rel=True)
M11, R11 = "2025-11", "2025-01/2025-11"
PR = "a product's figure (a model's sales): no subject even when its maker is named"
d.Q("37만대", 370000, "대", "대", C, f=("글로벌 판매", None, H, M11, "level", "required", "headline topic 현대차 (short form)"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="대비 1.2%↓", f=("글로벌 판매", None, H, M11, "change", "required", "arrow ↓: a change; metric of the figure before it"))
d.Q("36만 9,812대", 369812, "대", "대", C, f=("판매", "판매했다고", H, M11, "level", "required", "a verbal noun serves when no noun names the figure (판매했다)"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="같은 달보다 1.2%",
    f=("판매", "판매했다고", H, M11, "change", "required", "rate with no metric of its own: the last figure of the sentence right before"))
d.Q("6만 3,150대", 63150, "대", "대", C, f=("국내 판매", None, H, M11, "level", "required", "new paragraph: the story's organization and period"))
d.Q("4.8%", 4.8, "%", "%", P, f=("국내 판매", None, H, M11, "change"))
d.Q("30만 6,662대", 306662, "대", "대", C, f=("해외 판매", "해외 판매는", H, M11, "level"))
d.Q("2.4%", 2.4, "%", "%", P, f=("해외 판매", "해외 판매는", H, M11, "change"))
d.Q("7,120대", 7120, "대", "대", C,
    f=("그랜저", None, "", M11, "level", "required", "breakdown (차종별로는): a count counts the item (like 선종별로는 LNG운반선 14척); " + PR))
d.Q("5,480대", 5480, "대", "대", C, f=("아반떼", None, "", M11, "level", "required", "list: the item right before; " + PR))
d.Q("4,010대", 4010, "대", "대", C, f=("쏘나타", None, "", M11, "level", "required", "list: the item right before; " + PR))
d.Q("6,930대", 6930, "대", "대", C, f=("싼타페", None, "", M11, "level", "required", "list: the item right before; " + PR))
d.Q("5,210대", 5210, "대", "대", C, f=("투싼", None, "", M11, "level", "required", "list: the item right before; " + PR))
d.Q("2만 4,870대", 24870, "대", "대", C,
    f=("레저용 차량", None, H, M11, "level", "required", "a total after a list does not take the last item's noun: the topic; a topic that is the metric keeps the carried subject"))
d.Q("1만 8,400대", 18400, "대", "대", C, f=("친환경차", None, H, M11, "level", "required", "the topic counted; subject carried"))
d.Q("29.1%", 29.1, "%", "%", P,
    f=("친환경차", None, H, M11, "level", "required", "share of a whole (국내 판매의 29.1%) measures the part named before it"))
d.Q("2,870대", 2870, "대", "대", C, f=("GV80", None, "", M11, "level", "required", "list item before its figure; " + PR))
d.Q("1만 1,260대", 11260, "대", "대", C,
    f=("판매", "1만 1,260대를 판매", "제네시스", M11, "level", "optional", "a total after a list: the verbal noun; its subject is the optional ORG 제네시스 → optional"))
d.Q("383만 4,500대", 3834500, "대", "대", C, f=("누적 판매량", None, H, R11, "level", "required", "new paragraph: the story's organization"))
d.Q("0.6%", 0.6, "%", "%", P, f=("누적 판매량", None, H, R11, "change"))
d.Q("417만 대", 4170000, "대", "대", C, f=("목표", "올해 목표인", H, "2025", "level", "required", "a figure given as something right before it (목표인)"))
d.Q("26만 1,300대", 261300, "대", "대", C,
    f=("", None, "기아", M11, "level", "required", "object of a plain verb (팔아): no metric"))
d.Q("3.5%", 3.5, "%", "%", P, f=("", None, "기아", M11, "change", "required", "rate: the metric of the figure before it (none)"))
d.Q("2공장", 2, "공장", "공장", "ordinal", st="optional",
    note="울산 2공장: a plant's name with a digit (a name, not a quantity) or a numbered plant (ordinal): unclear")
d.Q("1만 2천 대", 12000, "대", "대", C,
    f=("생산능력", None, "세진오토텍", "2025-12", "level", "required", "the object right before a figure that changes it (월 = rate, no number); 이달 중순 in the clause"))
if __name__ == "__main__":
    write_all(docs)
