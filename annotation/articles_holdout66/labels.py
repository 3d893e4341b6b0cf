"""Gold labels of articles-holdout66, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout66/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 chip-equipment maker: Q3 results and order backlog (연합뉴스 dateline)
d = Doc("001_3b9ac381af1dc68d", "2025-11-06"); docs.append(d)
S = "한빛세미텍"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("SK하이닉스", "SK하이닉스", special={0: ("required", "the customer (최대 고객사인)"), 1: ("required", "the party an order was won from (로부터)")})
d.O("테크인사이츠", "테크인사이츠", note="market-research firm, the source cited (에 따르면)")
d.O("램리서치", "램리서치", note="foreign rival; 미국 (place) outside the span")
d.O("한빛소재", "한빛소재", note="invented subsidiary introduced by 부품 자회사")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="…3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 32.6%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(14.5%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("올해", "2025", "year", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 매출 96억", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", ctx="4천억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주 잔고", "수주 잔고 4천억", S, "", "level"))
d.Q("18%", 18, "%", "%", P, f=("영업이익률", "3분기 영업이익률 18%", S, Q3, "level", "required", "headline topic; the headline's own 3분기"))
d.Q("1,284억 원", 128400000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("32.6%", 32.6, "%", "%", P, f=("매출", "기준 매출이", S, Q3, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("231억 원", 23100000000, W, "원", "currency", f=("영업이익", "영업이익은 231억", S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("47.1%", 47.1, "%", "%", P, f=("영업이익", "영업이익은 231억", S, Q3, "change"))
d.Q("18.0%", "18.0", "%", "%", P, f=("영업이익률", "영업이익률은 18.0%", S, Q3, "level", "required", "value kept as written (18.0)"))
d.Q("14.5%", 14.5, "%", "%", P,
    f=("영업이익률", "영업이익률은 18.0%", S, "2024-Q3", "level", "required", "a basis figure in brackets after a pointing-back date: that date's value (README convention 4)"))
d.Q("3.5%포인트", 3.5, PP, "%포인트", P, f=("영업이익률", "영업이익률은 18.0%", S, Q3, "change"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("수주 잔고", "수주 잔고는", S, "2025-09", "level", "required", "9월 말 기준 (value 2025-09, END)"))
d.Q("4천억 원", 400000000000, W, "원", "currency", ctx="4천억 원을 넘어", bound="gt", note="넘어섰다 → gt",
    f=("수주 잔고", "수주 잔고는", S, "2025-09", "level", "required", "a threshold the level passed: the same metric, subject and as-of date"))
d.Q("2,630억 원", 263000000000, W, "원", "currency",
    f=("물량", None, S, "2025-09", "level", "required",
       "breakdown (이 가운데) of the backlog: the customer is the counterparty, not the subject; the company carried; the backlog's as-of date carried"))
d.Q("64%", 64, "%", "%", P,
    f=("물량", None, S, "2025-09", "level", "required", "전체의 N%를 차지: the share measures the part named before it (README convention 5)"))
d.Q("38대", 38, "대", "대", C, f=("증착 장비", None, S, "2025", "level", "required", "a count: the counted noun; 회사는 = the story's company; 올해 in the clause"))
d.Q("45%", 45, "%", "%", P, approx=True, note="약 → approx",
    f=("점유", "점유하고", "램리서치", "", "level", "required",
       "the rival's share, named by the verbal noun (점유하고; 점유율 names the next clause's figure); a source cited; no date and no earlier period for this subject: empty"))
d.Q("12%", 12, "%", "%", P, ctx="12%로 1년",
    f=("점유율", None, S, "2025", "level", "optional",
       "a present market share with no date: by the letter of carry-forward the company's last period (올해, 2025); or empty like the rival's 45%? (README question 2)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("4%포인트", 4, PP, "%포인트", P, f=("점유율", None, S, "2025", "change", "optional", "as 12% (README question 2)"))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("매출", "3분기 매출 96억", "한빛소재", Q3, "level", "required", "the subsidiary is the sentence's topic"))
d.Q("7억 원", 700000000, W, "원", "currency", f=("영업손실", None, "한빛소재", Q3, "level"))
d.Q("5,500억 원", 550000000000, W, "원", "currency",
    f=("매출 목표", None, S, "2026", "level", "required", "a head's quote (박성호 한빛세미텍 대표는): the company's target; 내년 in the clause"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional", note="제N + a noun naming a facility: an ordinal or part of a name (names with digits are no quantities)? optional")
d.Q("650억 원", 65000000000, W, "원", "currency",
    f=("제2공장 증설", None, S, "2026", "level", "required", "X에 N원을 투입 → X; the quote's 내년 carried (same subject); 경기 용인 (place) outside"))
d.Q("400대", 400, "대", "대", C,
    f=("생산능력", None, S, "2026", "level", "required", "연 (no number) is a rate word; the measure noun before (생산능력을 … 늘리겠다); 내년 carried"))

if __name__ == "__main__":
    write_all(docs)
