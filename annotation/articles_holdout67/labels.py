"""Gold labels of articles-holdout67, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only. Run: python annotation/articles_holdout67/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 telecom operator's quarterly results (연합뉴스 dateline, 2026년 1분기 in the lead)
d = Doc("001_d38cb689d20aa73e", "2026-05-08"); docs.append(d)
KT, DS, SKT, LGU = "KT", "KT DS", "SK텔레콤", "LG유플러스"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
for s in [i for i in range(len(d.text)) if d.text.startswith("KT", i) and not d.text.startswith("KT DS", i)]:
    d.O(KT, KT, at=s)
d.O(DS, DS, note="the IT-services subsidiary (자회사); KT inside it is part of the name")
d.Oall(SKT, SKT)
d.Oall(LGU, LGU)
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="KT, 1분기", rel=True, note="headline quarter, the lead's 2026년 1분기")
d.D("2026년 1분기", Q1, "quarter", note="year and quarter: one mention")
d.D("8일", "2026-05-08", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="as of (기준)")
d.D("1분기", Q1, "quarter", ctx="1분기 가입자당", rel=True)
d.D("전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("같은 분기", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (…늘리겠다): the next Q2")
d.D("지난해 같은 기간", "2025-Q2", "quarter", rel=True, st="optional", anchor="2026-04-01", note="points back to 2분기; one mention")
d.Q("4.3조", 4300000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("서비스 매출", "1분기 서비스 매출", KT, Q1, "level"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("5G 가입자", "5G 가입자 1천만", KT, Q1, "level", "required", "headline: its own 1분기; the topic KT"))
d.Q("4조 3,210억 원", 4321000000000, W, "원", "currency", f=("서비스 매출", "연결 기준 서비스 매출", KT, Q1, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("서비스 매출", "연결 기준 서비스 매출", KT, Q1, "change", "required", "…늘어난 규모다: 규모 restates the figure before; change of 서비스 매출"))
d.Q("5,470억 원", 547000000000, W, "원", "currency", f=("영업이익", None, KT, Q1, "level"))
d.Q("12.1%", 12.1, "%", "%", P, f=("영업이익", None, KT, Q1, "change"))
d.Q("1,012만 명", 10120000, "명", "명", C, f=("5G 가입자", "5G 가입자가 3월", KT, "2026-03", "level", "required", "3월 말 기준 (END); 무선 부문 is a segment, the company carried"))
d.Q("78%", 78, "%", "%", P,
    f=("전체 휴대전화 가입자", None, KT, "2026-03", "level", "required", "X의 N%를 차지했다 → X (convention 4); as of 3월 말"))
d.Q("3만 4,150원", 34150, W, "원", "currency", f=("가입자당 평균 매출", None, KT, Q1, "level", "required", "가입자당 (no number) is a rate word, part of the metric"))
d.Q("320원", 320, W, "원", "currency", f=("가입자당 평균 매출", None, KT, Q1, "change", "required", "전 분기보다 = basis; 올랐다"))
d.Q("1,860억 원", 186000000000, W, "원", "currency",
    f=("매출", "KT DS는 매출", DS, Q1, "level", "required", "the subsidiary's own topic; the story's quarter"))
d.Q("9.4%", 9.4, "%", "%", P, f=("매출", "KT DS는 매출", DS, Q1, "change"))
d.Q("40건", 40, "건", "건", C, bound="gt", note="넘게 → gt",
    f=("공공 클라우드 전환 사업", None, DS, Q1, "level", "required", "the object counted; the subsidiary's sentence continued (덕이다)"))
d.Q("4조 5,100억 원", 4510000000000, W, "원", "currency", f=("서비스 매출", "같은 분기 서비스 매출", SKT, Q1, "level", "required", "같은 분기 → the lead's quarter"))
d.Q("3조 5,900억 원", 3590000000000, W, "원", "currency",
    f=("서비스 매출", "같은 분기 서비스 매출", LGU, Q1, "level", "required", "각각: the metric of the pair's first figure"))
d.Q("1,680만 명", 16800000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK", SKT, Q1, "level", "required", "the rival's last period (같은 분기) carried"))
d.Q("790만 명", 7900000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK", LGU, Q1, "level"))
d.Q("3사", 3, "사", "사", C, st="optional", note="통신 3사: a lexicalized label for the three carriers; 사 as a counter of companies is unsettled")
d.Q("3,482만 명", 34820000, "명", "명", C,
    f=("5G 가입자", "3사의 5G 가입자", KT + ";" + SKT + ";" + LGU, Q1, "level", "required",
       "a group the text names in full (통신 3사 = KT and the two rivals named): all three as subject; a sum frame (합치면)"))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("데이터센터 매출", None, KT, "2026-Q2", "change", "required", "a spokesperson speaks for the organization (KT 관계자); 2분기에는 in the clause; 늘리겠다"))

if __name__ == "__main__":
    write_all(docs)
