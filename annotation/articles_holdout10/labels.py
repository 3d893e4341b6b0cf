"""Gold labels of articles-holdout10, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout10/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 OTT platform annual results (입력 stamp + byline)
d = Doc("001_70a0f00c8b42cc8a", "2026-01-21"); docs.append(d)
T = "티빙"
d.Oall(T, T)
d.O("쿠팡플레이", "쿠팡플레이", note="peer in a list carrying the figure's word (관객/이용자 figure)")
d.Oall("웨이브", "웨이브")
d.Oall("보이스레터", "보이스레터", special={0: ("required", "invented startup introduced by 스타트업; object of 투자")})
d.D("올해", "2026", "year", ctx="올해 콘텐츠에", rel=True, note="headline plan (투입)")
d.D("2026.01.21", "2026-01-21", "day", st="optional", note="publication stamp")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset from the document date gives 2025, but it compares with the lead's 지난해 말 (end-2024): unclear (README q1)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12월", "2025-12", "month", ctx="12월 월간", rel=True, note="latest December on or before the document date")
d.D("같은 달", "2025-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back, like 같은 기간")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True)
d.D("10월", "2025-10", "month", rel=True)
d.D("올해", "2026", "year", ctx="회사는 올해", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 집행액", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause")
d.D("올해", "2026", "year", ctx="올해 안에", rel=True)
Y = "2025"
d.Q("520만 명", 5200000, "명", "명", C, ctx="가입자 520만 명 돌파",
    f=("유료 가입자", "유료 가입자 520만 명 돌파", T, Y, "level", "required", "headline; story's period (lead's as-of 지난해 말)"))
d.Q("8천억", 800000000000, W, "", "currency", ctx="8천억 투입", st="optional", note="headline amount, currency implied")
d.Q("520만 명", 5200000, "명", "명", C, ctx="가입자 520만 명을",
    f=("유료 가입자", "유료 가입자 520만 명을", T, Y, "level", "required", "지난해 말 (END) as-of"))
d.Q("23%", 23, "%", "%", P, f=("유료 가입자", "유료 가입자 520만 명을", T, Y, "change", "required",
    "rate with no metric of its own: the last figure of the sentence right before; 1년 전 = basis"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("매출", "매출이 4,870억", T, Y, "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "매출이 4,870억", T, Y, "change"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업손실", None, T, Y, "level"))
d.Q("46%", 46, "%", "%", P, f=("적자 폭", None, T, Y, "change"))
d.Q("38%", 38, "%", "%", P, f=("광고형 요금제 가입자 비중", None, T, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새")
d.Q("11%포인트", 11, PP, "%포인트", P, f=("광고형 요금제 가입자 비중", None, T, Y, "change"))
d.Q("780만 명", 7800000, "명", "명", C,
    f=("활성 이용자", None, T, "2025-12", "level", "required", "월간 qualifies the basis (like 연간), outside; new paragraph: story's organization"))
SM = "no metric of its own in a list going on from the sentence before: the last figure of the same unit; 같은 달 (optional) and 12월 carried give one period"
d.Q("690만 명", 6900000, "명", "명", C, f=("활성 이용자", None, "쿠팡플레이", "2025-12", "level", "required", SM))
d.Q("410만 명", 4100000, "명", "명", C, f=("활성 이용자", None, "웨이브", "2025-12", "level", "required", SM))
d.Q("1,390억 원", 139000000000, W, "원", "currency", f=("매출", "매출 1,390억", T, "2025-Q4", "level"))
d.Q("42억 원", 4200000000, W, "원", "currency", f=("영업이익", None, T, "2025-Q4", "level"))
d.Q("3%", 3, "%", "%", P, ctx="3%대", approx=True, note="대 after a percent: outside, approx",
    f=("가입 해지율", None, T, "2025-10", "level", "required", "10월 is the head of the relative clause (…끝난 10월에도): the figure's month"))
d.Q("8천억 원", 800000000000, W, "원", "currency", ctx="8천억 원",
    f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", "spend verb 쓰다: the purpose marked by 에 before the amount; 회사는 = 티빙"))
BD = "breakdown (장르별로는): the items keep the metric of the figure before; the company carried, no category subject; 올해 carried"
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("1,300억 원", 130000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("2,400억 원", 240000000000, W, "원", "currency", f=("콘텐츠 제작과 판권 구매", None, T, "2026", "level", "required", BD))
d.Q("6,200억 원", 620000000000, W, "원", "currency", f=("집행액", None, T, Y, "level"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("투자", None, T, Y, "level", "required", "verbal noun; counterparty not subject; no date: the lead's period"))
d.Q("15%", 15, "%", "%", P, f=("지분", None, T, Y, "level", "required", "the holder is the subject"))
d.Q("120편", 120, "편", "편", C,
    f=("해외 서비스 작품", None, T, "2026-03", "level", "optional",
       "topic is a technology (a product) made by 보이스레터 (relative clause): whose count of works it is, and whether 오는 3월부터 is a period, is unclear (README q2)"))
d.Q("600만 명", 6000000, "명", "명", C, bound="max", note="까지 after the amount gives bound max",
    f=("유료 가입자", "유료 가입자를 600만", T, "2026", "level", "optional",
       "target in a quote after a person's title as topic (Named subjects → empty?) or the company's (README q3)"))

if __name__ == "__main__":
    write_all(docs)
