"""Gold labels of articles-holdout114, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout114/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = "headline amount whose currency is only implied (ANNOTATION: optional)"
DUR = "amount of time (duration): no fact"
ORD = "ordinal: no fact"


# ---------------------------------------------------------------- 001 robot-vacuum maker: sales by channel, retailer deal (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_c6f42dabf99bb43b", "2026-02-10"); docs.append(d)
S = "누리로보틱스"
d.Oall(S, S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("롯데하이마트", "롯데하이마트", note="retailer, counterparty of the supply deal")
d.O("GfK", "GfK", note="market-research firm cited as the source")
d.O("로보락", "로보락", note="rival; the place 중국 before it stays outside")
d.O("누리전자", "누리전자", note="parent (모회사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 로봇청소기 매출", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 18.3%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년 대비 4만대", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난달", "2026-01", "month", rel=True)
d.D("지난해", Y, "year", ctx="지난해 오프라인", rel=True)
d.D("지난해", Y, "year", ctx="지난해 국내", rel=True)
d.D("지난해", Y, "year", ctx="지난해 매출은", rel=True)
d.D("올해", "2026", "year", rel=True, note="future clause in a quote: the document's year")
d.Q("1천420억", "142000000000", "", "", "", ctx="1천420억…", st="optional", note=HL)
d.Q("1천420억원", "142000000000", W, "원", "currency", f=("매출", "2025년 매출", S, Y, "level"))
d.Q("18.3%", "18.3", "%", "%", P, f=("매출", "2025년 매출", S, Y, "change"))
d.Q("96억원", "9600000000", W, "원", "currency", f=("영업이익", None, S, Y, "level"))
d.Q("2년", "2", "year", "년", "duration", note=DUR + " (2년 만에)")
d.Q("742억원", "74200000000", W, "원", "currency", f=("온라인 매출", None, S, Y, "level"))
d.Q("52.3%", "52.3", "%", "%", P, f=("온라인 매출", None, S, Y, "level", "required", "share of the part named as the clause's subject (전체의 N%)"))
d.Q("468억원", "46800000000", W, "원", "currency", f=("오프라인", "오프라인이 468억원", S, Y, "level", "required", "breakdown item (판매 채널별로는): the part names what is measured"))
d.Q("210억원", "21000000000", W, "원", "currency", f=("홈쇼핑", None, S, Y, "level", "required", "breakdown item"))
d.Q("31만2천대", "312000", "대", "대", C, f=("판매 대수", None, S, Y, "level"))
d.Q("4만대", "40000", "대", "대", C, approx=True, note="가량 → approx", f=("판매 대수", None, S, Y, "change"))
d.Q("3년", "3", "year", "년", "duration", ctx="3년간", note=DUR + " (3년간)")
d.Q("380여개", "380", "개", "개", C, approx=True, note="여 inside the span → approx",
    f=("매장", "매장에 신제품", "롯데하이마트", "2026-01", "level", "optional", "open question: the stores are the retailer's, the plan is the maker's"))
d.Q("650억원", "65000000000", W, "원", "currency", approx=True, f=("계약", "계약 규모", S, "2026-01", "level", "required", "규모 amount: metric the thing whose size it is; 지난달 carried"))
d.Q("1.4배", "1.4", "배", "배", C, f=("계약", "계약 규모", S, "2026-01", "level", "required", "ratio to a basis figure; 지난해 dates only the basis (FACTS: the period is the current one)"))
d.Q("6천200억원", "620000000000", W, "원", "currency", approx=True, f=("국내 로봇청소기 시장", None, "", Y, "level", "required", "market figure from a cited source: no subject"))
d.Q("35%", "35", "%", "%", P, f=("점유율", None, "로보락", Y, "level"))
d.Q("1위", "1", "위", "위", "ordinal", note=ORD)
d.Q("19%", "19", "%", "%", P, f=("점유율", "점유율 35%", S, Y, "level", "required", "점유율 governs both shares"))
d.Q("2위", "2", "위", "위", "ordinal", note=ORD)
d.Q("4조1천억원", "4100000000000", W, "원", "currency", f=("매출", "매출은 4조", "누리전자", Y, "level"))
d.Q("2천억원", "200000000000", W, "원", "currency", bound="gt", note="돌파 → gt", f=("매출", "올해 매출", S, "2026", "level"))
d.Q("30%", "30", "%", "%", P, bound="min", note="이상 → min", f=("해외 매출 비중", None, S, "2026", "level"))

if __name__ == "__main__":
    write_all(docs)
