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

# ---------------------------------------------------------------- 002 metropolitan fire agency: incidents and budget (regional daily, byline at the end; 2025년 in the lead)
d = Doc("002_24161d977398b655", "2026-01-19"); docs.append(d)
S = "부산광역시 소방재난본부"
REG = "a region's incident statistic (fires in 부산): the agency only counts it, no subject (open question 2)"
d.O(S, S, aliases="소방본부", note="official name incl. 부산광역시; the 이하 short name is recorded in aliases")
d.O("소방본부", S, ctx="(이하 소방본부)", st="optional", note="short name defined with 이하 (ANNOTATION: optional where defined)")
d.O("소방청", "소방청", note="national agency cited as the source of the national figure")
d.O("소방본부", S, ctx="소방본부는 올해", note="later use of the 이하 short name: required")
d.O("부산시", "부산시", note="city acting as a government (its budget)")
d.O("소방본부", S, ctx="소방본부장", st="optional", note="open question: the short name fused into the head's title 소방본부장")
d.O("국제신문", "국제신문", note="outlet in the byline at the end")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 2천314건", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해보다 6.2%", rel=True, note="document-relative (not pointing back): required")
d.D("2030년", "2030", "year", note="까지 outside the span")
d.D("오는 3월 말", "2026-03", "month", mod="END", rel=True, note="future clause: the next March")
d.Q("2천314건", "2314", "건", "건", C, ctx="지난해 2천314건", f=("화재", "부산 화재", "", Y, "level", "required", REG))
d.Q("4천억원", "400000000000", W, "원", "currency", ctx="처음 4천억원 넘어", bound="gt", note="넘어 → gt",
    f=("소방예산", None, "", "2026", "level", "optional", "headline: no ORG and the headline's 지난해 belongs to the fires; the body gives the agency and 올해 (open question 3)"))
d.Q("2천314건", "2314", "건", "건", C, ctx="화재가 2천314건", f=("화재", "화재가 2천314건", "", Y, "level", "required", REG))
d.Q("2천508건", "2508", "건", "건", C, f=("화재", "화재가 2천314건", "", "2024", "level", "required", "basis figure in brackets after 전년: that year"))
d.Q("7.7%", "7.7", "%", "%", P, f=("화재", "화재가 2천314건", "", Y, "change", "required", REG))
d.Q("14명", "14", "명", "명", C, f=("사망", None, "", Y, "level", "required", "breakdown part of 인명피해; story year carried"))
d.Q("131명", "131", "명", "명", C, f=("부상", None, "", Y, "level", "required", "breakdown part of 인명피해"))
d.Q("145명", "145", "명", "명", C, f=("인명피해", None, "", Y, "level"))
d.Q("12%", "12", "%", "%", P, f=("인명피해", None, "", Y, "change"))
d.Q("187억원", "18700000000", W, "원", "currency", approx=True, f=("재산피해", None, "", Y, "level"))
d.Q("1천127건", "1127", "건", "건", C, f=("부주의", None, "", Y, "level", "required", "breakdown item (원인별로는): the part names what is counted"))
d.Q("48.7%", "48.7", "%", "%", P, f=("부주의", None, "", Y, "level", "required", "share of the part (전체의 N%)"))
d.Q("612건", "612", "건", "건", C, f=("전기적 요인", None, "", Y, "level", "required", "breakdown item, 각각"))
d.Q("241건", "241", "건", "건", C, f=("기계적 요인", None, "", Y, "level", "required", "breakdown item, 각각"))
d.Q("4만6천여건", "46000", "건", "건", C, approx=True, f=("구조 출동", None, S, Y, "level", "required", "the agency's own operations; subject and story year carried"))
d.Q("21만8천건", "218000", "건", "건", C, bound="gt", note="넘었다 → gt", f=("구급 출동", None, S, Y, "level"))
d.Q("7분 42초", "462", "second", "분 초", "duration", note=DUR + "; one compound amount (as ANNOTATION's 1시간 3분 59초), value in seconds (open question 4)")
d.Q("8분 10초", "490", "second", "분 초", "duration", note=DUR + "; value in seconds")
d.Q("28초", "28", "second", "초", "duration", note=DUR)
d.Q("3만7천여건", "37000", "건", "건", C, approx=True, f=("전국 화재", None, "", Y, "level", "required", "national figure from 소방청: no subject; 같은 기간 → 2025"))
d.Q("4천126억원", "412600000000", W, "원", "currency", f=("예산", "올해 예산으로", S, "2026", "level"))
d.Q("4천억원", "400000000000", W, "원", "currency", ctx="처음으로 4천억원", bound="gt", note="넘어섰다 → gt",
    f=("예산", "올해 예산으로", S, "2026", "level", "required", "threshold passed"))
d.Q("6.2%", "6.2", "%", "%", P, f=("예산", "올해 예산으로", S, "2026", "change", "required", "지난해 is the basis; period the current one"))
d.Q("612억원", "61200000000", W, "원", "currency", f=("장비 보강", None, S, "2026", "level", "required", "이 가운데: part of the budget"))
d.Q("43대", "43", "대", "대", C, f=("소방차", "소방차 43대", S, "2026", "level"))
d.Q("2.9%", "2.9", "%", "%", P, f=("비중", None, "부산시", "2026", "level", "optional", "open question 3: the share of the fire budget in the city's budget — the city's or the agency's figure?"))
d.Q("한 자릿수", "1", "자릿수", "자릿수", C, st="optional", note="'single-digit number': a vague amount, not a count of digits (optional)")
d.Q("120곳", "120", "곳", "곳", C, f=("고층 건물", None, S, "2026-03", "level", "required", "the head's target with its deadline 오는 3월 말까지"))

if __name__ == "__main__":
    write_all(docs)
