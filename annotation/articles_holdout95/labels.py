"""Gold labels of articles-holdout95, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout95/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 webtoon platform: paying users, overseas revenue (연합뉴스 dateline)
d = Doc("001_6f6ba1fbb9a0d857", "2025-08-07"); docs.append(d)
S, T, G = "브릿지웍스", "툰브릿지", "한결미디어그룹"
d.Oall(T, T, special={0: ("required", "platform run as a business (headline topic)"), 1: ("required", "platform, object of 운영하는"),
                      2: ("required", "platform, topic of the share sentence")})
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(G, G, note="parent (모회사)")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited as the source (에 따르면)")
d.O("네이버웹툰", "네이버웹툰", note="rival, industry leader")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 유료 이용자 320만명", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("7일", "2025-08-07", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True, note="basis of the comparison")
d.D("지난해", "2024", "year", ctx="지난해 국내 웹툰", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 11.4%", rel=True, st="optional", anchor="2024-01-01", note="points back to 지난해")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (달성하겠다): the next H2")
d.D("연말", "2025", "year", mod="END", rel=True, note="deadline in a future clause (연말까지): this year's end")
d.Q("320만명", 3200000, "명", "명", C, f=("유료 이용자", "유료 이용자 320만명", T, H1, "level", "required", "headline figure: the headline's own organization and half"))
d.Q("600억", 60000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("해외 매출", "해외 매출 600억", T, H1, "level"))
d.Q("320만 명", 3200000, "명", "명", C, f=("유료 결제 이용자", None, S, H1, "level", "required", "topic of the sentence: the operator"))
d.Q("18.5%", 18.5, "%", "%", P, f=("유료 결제 이용자", None, S, H1, "change", "required", "전년 동기보다 = basis; period the current half"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", "해외 매출은 612억", S, H1, "level", "required", "subject dropped: carried; 같은 기간 → 2025-H1"))
d.Q("42%", 42, "%", "%", P, f=("해외 매출", "해외 매출은 612억", S, H1, "change"))
d.Q("1,450억 원", 145000000000, W, "원", "currency", f=("전체 매출", None, S, H1, "level", "required", "figure in brackets after the noun it measures"))
d.Q("42.2%", 42.2, "%", "%", P, f=("비중", None, S, H1, "level"))
d.Q("35.1%", 35.1, "%", "%", P, f=("비중", None, S, "2024-H1", "level", "required", "basis figure in brackets after 지난해 상반기: that date's value"))
d.Q("7.1%포인트", 7.1, PP, "%포인트", P, f=("비중", None, S, H1, "change"))
d.Q("287억 원", 28700000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item (지역별로는): the breakdown's measure; a region is no subject"))
d.Q("194억 원", 19400000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당)")
d.Q("6,300원", 6300, W, "원", "currency", approx=True, f=("월평균 결제액", None, S, H1, "level", "required", "약 → approx; period carried"))
d.Q("2,180억 원", 218000000000, W, "원", "currency", f=("콘텐츠 부문 매출", None, G, "2025-Q2", "level"))
d.Q("9%", 9, "%", "%", P, f=("콘텐츠 부문 매출", None, G, "2025-Q2", "change", "required", "1분기보다 = basis"))
d.Q("35%", 35, "%", "%", P, approx=True,
    f=("콘텐츠 부문 매출", None, T, "2025-Q2", "level", "required", "share of the whole named by 이 가운데; the platform is the topic (툰브릿지는)"))
d.Q("2조 1,900억 원", 2190000000000, W, "원", "currency", approx=True, f=("국내 웹툰 산업 매출", None, "", "2024", "level", "required", "industry figure: empty subject; the agency is only the source"))
d.Q("11.4%", 11.4, "%", "%", P, f=("국내 웹툰 산업 매출", None, "", "2024", "change"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("30여 편", 30, "편", "편", C, approx=True, f=("작품", None, S, "2025-H2", "level", "required", "approximator 여 inside the span; the CEO speaks for the company"))
d.Q("400만 명", 4000000, "명", "명", C, bound="min", f=("유료 이용자", "유료 이용자 400만", S, "2025", "level", "required", "연말까지 → the year 2025 (END)"))
d.Q("1,300억 원", 130000000000, W, "원", "currency", approx=True,
    f=("해외 매출", "연간 해외 매출 1,300억", S, "2025", "level", "required", "연간 stays outside the metric; the year of the clause's 연말"))

# ---------------------------------------------------------------- 002 low-cost airline: passengers, load factor, fuel (뉴스1 dateline, no year in the text)
d = Doc("002_fa04b2ed5f617a99", "2026-01-20"); docs.append(d)
S = "한울항공"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digits inside a name")
d.O("제주항공", "제주항공", note="rival (경쟁사)")
d.O("티웨이항공", "티웨이항공", note="rival (경쟁사)")
d.O("국토교통부", "국토교통부", note="ministry cited as the source")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 여객 1천만명", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 국내선", rel=True)
d.D("전년", "2024", "year", ctx="전년(912만", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="지난해 국적 항공사", rel=True)
d.D("지난해", Y, "year", ctx="지난해 유류비", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("지난달 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해 3월 말", "2026-03", "month", mod="END", rel=True, note="올해 before a month: one mention; a deadline (까지) in a future clause")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (늘리고 … 하겠다): this year's end")
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", f=("여객", "여객 1천만명", S, Y, "level", "required", "돌파 → gt; headline's own 지난해"))
d.Q("1,034만 명", 10340000, "명", "명", C, f=("여객", "여객 1,034만", S, Y, "level"))
d.Q("912만 명", 9120000, "명", "명", C, f=("여객", "여객 1,034만", S, "2024", "level", "required", "basis figure in brackets after 전년: that date's value"))
d.Q("13.4%", 13.4, "%", "%", P, f=("여객", "여객 1,034만", S, Y, "change"))
d.Q("612만 명", 6120000, "명", "명", C, f=("국제선 여객", "국제선 여객은 612만", S, Y, "level", "required", "breakdown (이 가운데); subject and period carried"))
d.Q("59%", 59, "%", "%", P, f=("국제선 여객", "국제선 여객은 612만", S, Y, "level", "required", "전체의 N%를 차지: the share of the part named before it"))
d.Q("86.3%", 86.3, "%", "%", P, f=("평균 탑승률", None, S, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (in a year): a duration, no fact")
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("평균 탑승률", None, S, Y, "change"))
d.Q("241만 명", 2410000, "명", "명", C, f=("국제선 여객", "국제선 여객은 612만", S, Y, "level", "required", "breakdown by route (노선별로는): the breakdown's measure"))
d.Q("118만 명", 1180000, "명", "명", C, f=("국제선 여객", "국제선 여객은 612만", S, Y, "level", "required", "breakdown by route"))
d.Q("1,420만 명", 14200000, "명", "명", C, f=("", None, "제주항공", Y, "level", "required", "각각: the first rival; no noun in the clause names the count (태웠다): empty metric"))
d.Q("1,180만 명", 11800000, "명", "명", C, f=("", None, "티웨이항공", Y, "level", "required", "각각: the second rival; empty metric"))
d.Q("7,300만 명", 73000000, "명", "명", C, approx=True,
    f=("국적 항공사의 국제선 여객", None, "", Y, "level", "required", "national total: empty subject; the ministry is the source"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("유류비", "유류비는 4,870억", S, Y, "level", "required", "subject carried from the paragraph's airline"))
d.Q("1조 5,200억 원", 1520000000000, W, "원", "currency", f=("매출", "매출(1조", S, Y, "level", "required", "figure in brackets after the noun it measures"))
d.Q("32%", 32, "%", "%", P, f=("유류비", "유류비는 4,870억", S, Y, "level", "required", "share of fuel cost in revenue"))
d.Q("92달러", 92, U, "달러", "currency", approx=True,
    f=("항공유 평균 가격", None, "", "2025-Q4", "level", "required", "market price: empty subject; 배럴당 (rate word without a number) not labelled"))
d.Q("7%", 7, "%", "%", P, ctx="7%가량", approx=True, f=("항공유 평균 가격", None, "", "2025-Q4", "change", "required", "가량 → approx"))
d.Q("28대", 28, "대", "대", C, f=("항공기", "항공기 28대", S, "2025-12", "level", "required", "as of 지난달 말"))
d.Q("4대", 4, "대", "대", C, f=("B737-8", None, S, "2026-03", "level", "required", "counted noun: the aircraft type; the deadline 올해 3월 말까지 as period"))
d.Q("32대", 32, "대", "대", C, f=("보유 기재", None, S, "2026", "level", "required", "연말 → 2026 (END)"))
d.Q("85%", 85, "%", "%", P, bound="min",
    f=("국제선 탑승률", None, S, "2026", "level", "optional", "open: the clause names no date; the sentence's 연말 (2026, written) or 올해 3월 말, or none (README open question)"))

# ---------------------------------------------------------------- 003 biotech: technology-export deal and trial funding ([머니투데이] bracket byline)
d = Doc("003_8535d3a497559a9d", "2025-10-15"); docs.append(d)
S, N, L = "셀로직스바이오", "노스브룩파마슈티컬스", "셀로직스랩"
d.O("셀로직스", S, ctx="셀로직스, 美", note="headline: short form of the name defined in the lead")
d.O("노스브룩", N, ctx="노스브룩에", note="headline: short form of the licensee's name")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(S, S, aliases="셀로직스", note="(이하 셀로직스) recorded as an alias")
d.O("셀로직스", S, ctx="(이하 셀로직스)", st="optional", note="short name defined with 이하: optional where defined")
d.O(N, N, note="licensee, US drug maker; 미국 (place) outside")
d.O("셀로직스", S, ctx="셀로직스는 선급금", note="later use of the 이하 short name: required")
d.O(L, L, note="research subsidiary (연구 자회사)")
d.O("한국바이오협회", "한국바이오협회", note="industry association cited as the source")
d.O("셀로직스", S, ctx="셀로직스 대표", note="before a head's title (대표)")
d.D("2025년 10월 15일", "2025-10-15", "day", note="date of the disclosure (공시했다): not a period")
d.D("내년", "2026", "year", rel=True, note="deadline of the trial (내년까지 진행할)")
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("상반기", "2025-H1", "half", ctx="상반기 96억", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a month range: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("2027년 상반기", "2027-H1", "half")
d.Q("1.2조", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("계약 총액", None, S, "", "level"))
d.Q("450억", 45000000000, W, "", "currency", ctx="450억\n", st="optional", note="headline amount, currency implied",
    f=("선급금", "선급금만", S, "", "level"))
d.Q("8억 5,000만 달러", 850000000, U, "달러", "currency", bound="max",
    f=("계약 총액", "계약 총액은 최대", S, "", "level", "required", "최대 → max; deal terms are the licensor's (the story's company); no period named (the disclosure date dates the report)"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency", approx=True, bound="max", eq=("8억 5,000만 달러",),
    f=("계약 총액", "계약 총액은 최대", S, "", "level", "required", "conversion: same slots; 최대 before the converted amount applies to both (convention)"))
d.Q("3,200만 달러", 32000000, U, "달러", "currency", f=("선급금", "선급금은", S, "", "level"))
d.Q("450억 원", 45000000000, W, "원", "currency", approx=True, eq=("3,200만 달러",), f=("선급금", "선급금은", S, "", "level", "required", "conversion"))
d.Q("8~12%", 8, "%", "%", P, hi=12, f=("로열티", None, S, "", "level", "required", "range: value 8, value_high 12"))
d.Q("240명", 240, "명", "명", C, approx=True,
    f=("환자", None, S, "2026", "level", "required", "가량 → approx; the trial's 내년 (까지 진행할) is the period last set for the company"))
d.Q("620억 원", 62000000000, W, "원", "currency", approx=True,
    f=("임상 2상 비용", None, S, "2026", "level", "required", "the cost of the trial named in the sentence before; period carried"))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("유상증자", None, S, "2025-H1", "level", "required", "subject dropped: carried"))
d.Q("1,140억 원", 114000000000, W, "원", "currency", f=("현금성 자산", None, S, "2025-06", "level", "required", "as of 6월 말"))
d.Q("96억 원", 9600000000, W, "원", "currency", f=("연구개발비", None, L, "2025-H1", "level", "required", "the subsidiary's own figure (genitive)"))
d.Q("71억 원", 7100000000, W, "원", "currency", f=("연구개발비", None, L, "2024-H1", "level", "required", "basis in brackets after 전년 동기: that date's value"))
d.Q("35%", 35, "%", "%", P, f=("연구개발비", None, L, "2025-H1", "change"))
d.Q("11조 원", 11000000000000, W, "원", "currency", approx=True,
    f=("국내 바이오 기업의 기술수출 계약 총액", None, "", "2025-01/2025-09", "level", "required", "industry total: empty subject; the association is the source"))
d.Q("8조 9천억 원", 8900000000000, W, "원", "currency",
    f=("총액", "연간 총액", "", "2024", "level", "required", "연간 stays outside; basis in brackets after 지난해"))

if __name__ == "__main__":
    write_all(docs)
