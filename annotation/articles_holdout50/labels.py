"""Gold labels of articles-holdout50, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout50/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline's quarterly results after a merger (연합뉴스 dateline)
d = Doc("001_b6aa5f94f6894756", "2025-11-13"); docs.append(d)
KA, JA, HJ = "대한항공", "진에어", "한진칼"
d.Oall(KA, KA, special={0: ("required", "headline topic with a comma"),
                        2: ("required", "parent named with 의 before 지주회사"),
                        4: ("required", "organization before 관계자: a required mention")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("아시아나항공", "아시아나항공", note="the airline merged into 대한항공 (과 합병한)")
d.Oall(JA, JA, special={0: ("required", "low-cost subsidiary introduced by 자회사")})
d.O("에어부산", "에어부산", note="listed with 에어서울 as what 진에어 integrates with")
d.O("에어서울", "에어서울")
d.Oall(HJ, HJ, special={0: ("required", "holding company introduced by 지주회사인")})
Q3 = "2025-Q3"
d.D("2025년 3분기", Q3, "quarter", note="year + quarter: one mention")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기: optional")
d.D("3분기", Q3, "quarter", ctx="3분기 수송", rel=True, note="bare quarter: the latest Q3 on or before the document date")
d.D("지난해 3분기", "2024-Q3", "quarter", rel=True, note="지난해 before a quarter: one mention (as 지난해 before a month)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the 3분기 named before: optional")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention")
d.D("3분기", Q3, "quarter", ctx="한진칼은 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (…할 것): the document date (2025-11-13) lies in this Q4")
HL = "headline figure: no DATE in the headline and nothing before it (search order clause, sentence, earlier): empty period"
d.Q("4조6천억", 4600000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "분기 매출", KA, "", "level"))
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("여객", "여객 1천만명", KA, "", "level", "required", "headline topic (대한항공,); " + HL))
d.Q("4조 6,120억 원", 4612000000000, W, "원", "currency", f=("매출", "기준 매출", KA, Q3, "level", "required", "연결 기준 is a basis modifier (outside)"))
d.Q("5,380억 원", 538000000000, W, "원", "currency", f=("영업이익", "영업이익 5,380억", KA, Q3, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("매출", "매출은 전년", KA, Q3, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("10.5%", 10.5, "%", "%", P, f=("영업이익", "영업이익은 10.5%", KA, Q3, "change", "required", "gapped 늘었다: a change"))
d.Q("2조 9,400억 원", 2940000000000, W, "원", "currency",
    f=("여객 사업 매출", None, KA, Q3, "level", "required", "a line of business is no ORG: the company carried; the paragraph's period"))
d.Q("64%", 64, "%", "%", P,
    f=("여객 사업 매출", None, KA, Q3, "level", "optional",
       "전체의 N%를 차지: 전체 names only the whole; is the metric the part named before (여객 사업 매출), or empty? (README question 1)"))
BR = "breakdown item naming only a part (화물 사업은): the measure of the figure before (매출) — README convention 1"
d.Q("1조 1,250억 원", 1125000000000, W, "원", "currency", f=("매출", "여객 사업 매출이", KA, Q3, "level", "required", BR))
d.Q("7.2%", 7.2, "%", "%", P, f=("매출", "여객 사업 매출이", KA, Q3, "change", "required", BR + "; 줄었다: a change, value as written"))
d.Q("1,020만 명", 10200000, "명", "명", C, f=("수송 여객", None, KA, Q3, "level", "required", "3분기 in the clause; the company carried"))
d.Q("948만 명", 9480000, "명", "명", C,
    f=("수송 여객", None, KA, "2024-Q3", "level", "required", "a basis figure in brackets right after its DATE (지난해 3분기): that DATE's period, the measure of the figure before"))
d.Q("7.6%", 7.6, "%", "%", P, f=("수송 여객", None, KA, Q3, "change", "required", "comparison: the current period, not the basis"))
d.Q("86.4%", 86.4, "%", "%", P, f=("국제선 탑승률", None, KA, Q3, "level", "required", "국제선 changes what is measured: inside the metric"))
d.Q("1.9%포인트", "1.9", PP, "%포인트", P, f=("국제선 탑승률", None, KA, Q3, "change"))
d.Q("91%", 91, "%", "%", P, f=("탑승률", "국제선 탑승률은", KA, Q3, "level", "required", "breakdown item (미주 노선은) naming only a part: the measure of the figure before — README convention 1"))
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("매출", "기간 매출", JA, Q3, "level", "required", "subsidiary as its own topic; 같은 기간 → 3분기"))
d.Q("415억 원", 41500000000, W, "원", "currency", f=("영업이익", "영업이익 415억", JA, Q3, "level"))
d.Q("58대", 58, "대", "대", C,
    f=("항공기", None, JA, "2026-Q1", "level", "optional",
       "the fleet of the LCC formed by 진에어 with 에어부산 and 에어서울 (통합해 … 운영하는): 진에어 alone (the topic) or all three named? "
       "(README question 2); 내년 1분기 in its clause"))
d.Q("5,910억 원", 591000000000, W, "원", "currency", f=("영업이익", "연결 영업이익이 5,910억", HJ, Q3, "level", "required", "the holding company's own figure; 3분기 in the clause"))
d.Q("25.6%", 25.6, "%", "%", P,
    f=("지분", None, HJ, Q3, "level", "required",
       "the holder is the subject; a present stake with no DATE of its own: the period last set for the same subject carries (FACTS) — README convention 4"))
d.Q("18조 원", 18000000000000, W, "원", "currency", bound="gt", note="넘길 → gt",
    f=("매출", "연간 매출", KA, "2025-Q4", "level", "optional",
       "a spokesperson's outlook for the company (관계자 speaks for 대한항공); 연간 (no DATE) stays outside the metric; the only DATE of the sentence is "
       "the first conjunct's 4분기, while 연간 means this year (2025, no DATE mention in the sentence): README question 3"))

if __name__ == "__main__":
    write_all(docs)
