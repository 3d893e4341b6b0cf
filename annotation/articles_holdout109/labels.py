"""Gold labels of articles-holdout109, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout109/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 EV charging operator: chargers and usage (연합뉴스 dateline)
d = Doc("001_c062a9add734b97f", "2026-01-21"); docs.append(d)
S = "에버차지"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "the investee (에버차지에 … 투자한다)"),
                      4: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("이마트", "이마트", note="the customer whose stores get chargers")
d.O("국토교통부", "국토교통부", note="ministry, the source cited (에 따르면)")
d.O("SK일렉링크", "SK일렉링크", note="rival")
d.O("채비", "채비", note="rival")
d.O("한울에너지홀딩스", "한울에너지홀딩스", note="invented parent (모회사)")
d.D("지난해", "2025", "year", ctx="…지난해 충전량", rel=True, note="headline")
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 충전량은", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 41.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년(5.1회)", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("오는 6월 말", "2026-06", "month", mod="END", rel=True, note="future (오는): the next June; 까지 outside")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-12-01",
    note="offset used as a comparison basis after 지난해 12월 말: by the letter 1 year before the document date (2025), by reading a year before the statistic's month (2024-12); open question")
d.D("같은 시점", "2025-12", "month", mod="END", rel=True, st="optional", anchor="2025-12-01", note="points back to 지난해 12월 말")
d.D("올해", "2026", "year", rel=True)
d.D("올 상반기", "2026-H1", "half", rel=True, note="올 before a half: one mention; 안에 outside")
d.D("2027년", "2027", "year", note="deadline (까지) of a target")
d.Q("3만 기", 30000, "기", "기", C, bound="gt", f=("충전기", "에버차지, 충전기", S, "2025", "level", "required", "headline; 돌파 → gt; the headline's own 지난해 (same sentence)"))
d.Q("41%", 41, "%", "%", P, f=("충전량", "지난해 충전량 41%", S, "2025", "change", "required", "headline; 늘어 → change"))
d.Q("3만 1,200기", 31200, "기", "기", C, f=("운영 충전기", None, S, "2025", "level", "required", "as of 2025년 말 (value 2025, mod END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (새 outside)")
d.Q("8,400기", 8400, "기", "기", C, f=("운영 충전기", None, S, "2025", "change", "required", "늘었다 → change"))
d.Q("4,650기", 4650, "기", "기", C, f=("급속충전기", "급속충전기는 4,650기", S, "2025", "level", "required", "breakdown 이 가운데; period carried from the lead"))
d.Q("14.9%", 14.9, "%", "%", P, f=("급속충전기", "급속충전기는 4,650기", S, "2025", "level", "required", "전체의 N%: share of the part named before it"))
d.Q("2억 3,800만kWh", 238000000, "kWh", "kWh", M, f=("충전량", "지난해 충전량은", S, "2025", "level"))
d.Q("41.2%", 41.2, "%", "%", P, f=("충전량", "지난해 충전량은", S, "2025", "change", "required", "전년보다 = basis; the period is the current one"))
d.Q("782억 원", 78200000000, W, "원", "currency", f=("충전 매출", None, S, "2025", "level"))
d.Q("700억 원", 70000000000, W, "원", "currency", bound="gt", f=("충전 매출", None, S, "2025", "level", "required", "threshold passed (넘어섰다 → gt)"))
d.Q("1기", 1, "기", "기", C, ctx="1기당", st="optional", note="rate denominator (1기당)")
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균", st="optional", note="rate word (하루 평균 = per day)")
d.Q("6.8회", 6.8, "회", "회", C, f=("이용 횟수", None, S, "2025", "level", "required", "하루 평균 / 1기당 qualify the basis; period carried (지난해)"))
d.Q("5.1회", 5.1, "회", "회", C, f=("이용 횟수", None, S, "2024", "level", "required", "basis figure in brackets after 전년: that date's value"))
d.Q("1.7회", 1.7, "회", "회", C, f=("이용 횟수", None, S, "2025", "change"))
d.Q("97.3%", 97.3, "%", "%", P, f=("가동률", None, S, "2025", "level"))
d.Q("0.8%포인트", 0.8, "%p", "%포인트", P, f=("가동률", None, S, "2025", "change"))
d.Q("130여 곳", 130, "곳", "곳", C, approx=True, f=("점포", None, S, "2025-Q4", "level", "required",
    "the stores covered by 에버차지's contract: the installer's figure; the customer (이마트) is no subject"))
d.Q("1,040기", 1040, "기", "기", C, f=("급속충전기", "급속충전기 1,040기", S, "2025-Q4", "level", "required", "chargers it contracted to install, contract in 지난해 4분기"))
d.Q("84만 대", 840000, "대", "대", C, approx=True, f=("전기차 누적 등록 대수", None, "", "2025-12", "level", "required", "national statistic: empty subject; as of 지난해 12월 말"))
d.Q("23%", 23, "%", "%", P, f=("전기차 누적 등록 대수", None, "", "2025-12", "change"))
d.Q("2만 4천 기", 24000, "기", "기", C, f=("충전기", "채비의 충전기", "SK일렉링크", "2025-12", "level", "required", "각각: first of the pair; 같은 시점 → 지난해 12월 말"))
d.Q("1만 9천여 기", 19000, "기", "기", C, approx=True, f=("충전기", "채비의 충전기", "채비", "2025-12", "level", "required", "각각: second of the pair"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", f=("투자", "추가로 투자한다", "한울에너지홀딩스", "2026", "level", "required",
    "the investor's figure (verbal noun 투자); the investee is no subject"))
d.Q("20%", 20, "%", "%", P, ctx="비중을 20%", f=("급속충전기 비중", None, S, "2026-H1", "level", "required", "the head speaks for the company; target"))
d.Q("5만 기", 50000, "기", "기", C, bound="min", f=("충전기", "충전기를 5만", S, "2027", "level", "required", "이상 → min; deadline 2027년까지"))

if __name__ == "__main__":
    write_all(docs)
