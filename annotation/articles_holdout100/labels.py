"""Gold labels of articles-holdout100, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout100/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def half_end(d, year, half):
    """`상반기 말` etc.: the framework cannot compute a half with a mod; the last month of the half is written."""
    r = d.d[-1]
    r["range_start"], r["range_end"] = (f"{year}-06-01", f"{year}-06-30") if half == 1 else (f"{year}-12-01", f"{year}-12-31")


# ---------------------------------------------------------------- 001 rental-car company: Q3 rental revenue and fleet (연합뉴스 dateline)
d = Doc("001_d2d2c12f07bb2b8a", "2025-10-28"); docs.append(d)
S = "누리렌터카"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한솔물류", "한솔물류", note="corporate customer (법인 고객인)")
d.O("한국렌터카사업조합연합회", "한국렌터카사업조합연합회", note="association cited as the source (에 따르면)")
d.O("롯데렌탈", "롯데렌탈", note="rival (업계 1위)")
d.O("SK렌터카", "SK렌터카", note="rival (2위)")
A = "누리오토케어"
d.O(A, A, aliases="오토케어", note="subsidiary (자회사); short name defined with 이하")
d.O("오토케어", A, ctx="(이하 오토케어)", st="optional", note="short name where it is defined with 이하: optional")
d.O("오토케어", A, ctx="오토케어는 연말", note="later use of the 이하 short name: required")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 렌탈 매출 2천억", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 11.4%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 영업이익", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(16.0%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("올해", "2025", "year", rel=True)
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year (ANNOTATION: 10년 전)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 142억", rel=True, st="optional", anchor="2025-07-01", note="points back to the story's 3분기")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (늘린다): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention, like 올해 8월 말")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("렌탈 매출", "렌탈 매출 2천억", S, Q3, "level"))
d.Q("12만대", 120000, "대", "대", C, f=("보유 차량", "보유 차량 12만대", S, Q3, "level", "required",
    "headline figure: the headline's own 3분기 is the nearest DATE in its sentence"))
d.Q("2,046억 원", 204600000000, W, "원", "currency", f=("렌탈 매출", "렌탈 매출이", S, Q3, "level"))
d.Q("11.4%", 11.4, "%", "%", P, f=("렌탈 매출", "렌탈 매출이", S, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("318억 원", 31800000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("8.2%", 8.2, "%", "%", P, f=("영업이익", None, S, Q3, "change"))
d.Q("15.5%", 15.5, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("16.0%", "16.0", "%", "%", P, f=("영업이익률", None, S, "2024-Q3", "level", "required",
    "a basis figure in brackets after 전년 동기: that period (README convention 4); value as written"))
d.Q("0.5%포인트", 0.5, "%p", "%포인트", P, f=("영업이익률", None, S, Q3, "change", "required", "낮아졌다: a change; the sign is not written"))
d.Q("12만 3천 대", 123000, "대", "대", C, approx=True, f=("보유 차량", "보유 차량은", S, "2025-09", "level"))
d.Q("9천여 대", 9000, "대", "대", C, approx=True, f=("보유 차량", "보유 차량은", S, "2025", "change", "required", "올해 들어서만 … 늘었다: the clause's 올해"))
d.Q("2만 1,400대", 21400, "대", "대", C, f=("전기차", None, S, "2025-09", "level", "required", "이 가운데: part of the fleet as of 9월 말"))
d.Q("17%", 17, "%", "%", P, f=("전기차", None, S, "2025-09", "level", "required", "전체의 17%: the share of the part named before (convention 5)"))
d.Q("1,200대", 1200, "대", "대", C, f=("화물용 밴", None, "한솔물류", "2025-08", "level", "required",
    "the customer's contract: its grammatical subject 한솔물류 (convention 11)"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년간", note="간 outside; duration, no fact")
d.Q("118만 대", 1180000, "대", "대", C, approx=True, f=("국내 렌터카 등록 대수", None, "", "2025-06", "level", "required", "a national figure: no subject"))
d.Q("3.1%", 3.1, "%", "%", P, f=("국내 렌터카 등록 대수", None, "", "2025-06", "change", "required", "1년 전보다 = basis"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("21.3%", 21.3, "%", "%", P, f=("점유율", None, "롯데렌탈", "2025-06", "level", "optional",
    "각각 → the first ORG; period open (README open question 2): no date of its own and none set for this metric"))
d.Q("12.8%", 12.8, "%", "%", P, f=("점유율", None, "SK렌터카", "2025-06", "level", "optional", "각각 → the second ORG; period open (question 2)"))
d.Q("10.4%", 10.4, "%", "%", P, f=("점유율", None, S, "2025-06", "level", "optional", "subject dropped (점유율 carried); period open (question 2)"))
d.Q("142억 원", 14200000000, W, "원", "currency", f=("정비 매출", None, A, Q3, "level", "required", "같은 기간 → the story's 3분기"))
d.Q("30곳", 30, "곳", "곳", C, bound="min", f=("정비 거점", None, A, "2025", "level", "required", "연말까지: this year's end; 이상 → min"))
d.Q("13만 대", 130000, "대", "대", C, bound="gt", f=("보유 차량", "보유 차량 13만", S, "2026-H1", "level", "required", "넘기겠다 → gt; a target"))

write_all(docs)
