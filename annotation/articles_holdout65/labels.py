"""Gold labels of articles-holdout65, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout65/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 portal ad and commerce results (뉴스1 dateline, 2026년 1분기 in the lead)
d = Doc("001_a2967c2baab52db6", "2026-05-07"); docs.append(d)
S, CL, NR = "씽크온", "씽크온클라우드", "누리넷"
d.Oall(S, S, skip=(2,), special={0: ("required", "invented portal, headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(CL, CL, note="invented cloud subsidiary (클라우드 자회사); its own figures")
d.O("한국지능정보사회진흥원", "한국지능정보사회진흥원", note="counterparty of a contract (과)")
d.O(NR, NR, note="invented rival portal (경쟁 포털)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="씽크온, 1분기", rel=True, note="headline: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year + quarter: one mention")
d.D("7일", "2026-05-07", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (ANNOTATION: optional in gold)")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter (optional)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("지난 3월", "2026-03", "month", rel=True)
d.D("1분기", Q1, "quarter", ctx="누리넷의 1분기", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (이어갈 것): the next Q2")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied (optional); 돌파 → gt",
    f=("광고 매출", "1분기 광고 매출 2천억", S, Q1, "level"))
d.Q("1.4조", 1400000000000, W, "", "currency", st="optional", note="headline amount, currency implied (optional)",
    f=("커머스 거래액", "커머스 거래액 1.4조", S, Q1, "level"))
d.Q("2,135억 원", 213500000000, W, "원", "currency", f=("광고 매출", "1분기 광고 매출 2,135억", S, Q1, "level"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("광고 매출", "1분기 광고 매출 2,135억", S, "2025-Q1", "level", "required",
       "a figure in brackets right after a pointing-back date (전년 동기) is that period's level of the measure the sentence before names; "
       "the DATE mention is optional but its period is settled (2025-Q1)"))
d.Q("14.2%", 14.2, "%", "%", P,
    f=("광고 매출", "1분기 광고 매출 2,135억", S, Q1, "change", "required", "늘어난 = change; the restating noun 최대치 gives way to the lead's measure"))
d.Q("1,320억 원", 132000000000, W, "원", "currency",
    f=("검색 광고와 디스플레이 광고 매출", None, S, Q1, "level", "required",
       "각각 with a coordinated subject: 검색 광고 shares the head 매출, so the shortest phrase naming it is the coordination; subject and period carried"))
d.Q("815억 원", 81500000000, W, "원", "currency", f=("디스플레이 광고 매출", None, S, Q1, "level", "required", "각각: the second item"))
d.Q("38%", 38, "%", "%", P,
    f=("전체 광고 매출", None, S, Q1, "level", "required",
       "a share: the measure noun that governs it with 의 (전체 광고 매출의 38%); the part (쇼핑 검색 광고) is a segment, no ORG"))
d.Q("1조 4,200억 원", 1420000000000, W, "원", "currency", f=("커머스 거래액", "커머스 거래액은", S, Q1, "level", "required", "subject and story period carried"))
d.Q("21%", 21, "%", "%", P, f=("커머스 거래액", "커머스 거래액은", S, Q1, "change"))
d.Q("3만 2,000곳", 32000, "곳", "곳", C,
    f=("입점 판매자", None, S, Q1, "level", "required", "지난해 말 is the comparison's basis; the story's quarter carried"))
d.Q("2,400곳", 2400, "곳", "곳", C, f=("입점 판매자", None, S, Q1, "change", "required", "늘었다 = change; basis 지난해 말"))
d.Q("612억 원", 61200000000, W, "원", "currency",
    f=("매출", "씽크온클라우드의 매출", CL, Q1, "level", "required", "genitive owner (the subsidiary); the results story's quarter"))
d.Q("33.5%", 33.5, "%", "%", P, f=("매출", "씽크온클라우드의 매출", CL, Q1, "change"))
d.Q("120곳", 120, "곳", "곳", C, bound="gt", note="넘었고 → gt",
    f=("공공기관 고객", None, CL, Q1, "level", "required", "the sentence continues about the subsidiary"))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("계약", "규모의 계약", CL, "2026-03", "level", "required", "X 규모의 Y → Y; the counterparty (과) is no subject; 지난 3월 in the clause"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("전체 매출", None, S, Q1, "level"))
d.Q("702억 원", 70200000000, W, "원", "currency", f=("영업이익", None, S, Q1, "level"))
d.Q("14.4%", 14.4, "%", "%", P, f=("영업이익률", None, S, Q1, "level"))
d.Q("6.8%", 6.8, "%", "%", P,
    f=("광고 매출 증가율", None, NR, Q1, "change", "required",
       "a figure in brackets after the rival's measure is the rival's; a growth rate is a rate of change (FACTS kind: change); 1분기 in the phrase"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘는 → gt; native numeral + counter 배",
    f=("성장", "넘는 성장", S, Q1, "level", "optional",
       "a ratio of 씽크온's growth to the rival's rate (X의 N배를 넘는 성장): metric 성장 (the noun modified) or the rival's 증가율, subject 씽크온 or none, "
       "level or change? (README question 1)"))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional",
    note="'double-digit' (두 자릿수 성장): a lexicalized way of saying 10-99%, not a count of something; optional")
d.Q("6조 원", 6000000000000, W, "원", "currency",
    f=("커머스 거래액", "연간 커머스 거래액", S, "", "level", "optional",
       "a CFO's annual target: 연간 is no DATE; the sentence's only DATE is the first quote's 2분기 (the letter of clause-then-sentence search) "
       "and the story's quarter is 2026-Q1; neither is the year the target is for: empty written (README question 2)"))

if __name__ == "__main__":
    write_all(docs)
