"""Gold labels of articles-holdout77, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout77/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 mobile game: global downloads and monthly revenue (연합뉴스 dateline)
d = Doc("001_66da2a619bf14744", "2025-11-12"); docs.append(d)
S = "별빛게임즈"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("별빛재팬", "별빛재팬", note="invented subsidiary (자회사)")
d.O("센서타워", "센서타워", note="app-analytics firm, the source cited (에 따르면)")
d.O("넷마블", "넷마블", note="rival (경쟁사)")
d.O("크래프톤", "크래프톤", note="rival (경쟁사)")
d.D("2025년 4월", "2025-04", "month", note="launch month")
d.D("지난달 말", "2025-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난달", "2025-10", "month", ctx="지난달 매출", rel=True)
d.D("첫 달", "2025-04", "month", rel=True, st="optional", anchor="2025-04-01",
    note="출시 첫 달 points back to the launch month named in the lead (like 첫해)")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 평균", rel=True, note="basis of the comparison; the latest Q3 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 매출", rel=True)
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("같은 기간", "2025-01/2025-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("10월", "2025-10", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="this year's end, still ahead (future clause)")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention; 까지 outside")
DL = "누적 다운로드"
d.Q("3천만", 30000000, "건", "", C, ctx="3천만 돌파", bound="gt", st="optional", note="headline count, counter (건) only implied; 돌파 → gt",
    f=("다운로드", "글로벌 다운로드 3천만", "", "2025-10", "level"))
d.Q("210억", 21000000000, W, "", "currency", ctx="월매출 210억", st="optional", note="headline amount, currency implied",
    f=("월매출", None, S, "2025-10", "level"))
d.Q("3천만 건", 30000000, "건", "건", C, bound="gt", note="넘어섰다 → gt",
    f=(DL, "누적 다운로드가", "", "2025-10", "level", "required",
       "the downloads of a game ('에테르 크로니클'의): a product's figure, empty subject (FACTS); as of 지난달 말"))
d.Q("210억 원", 21000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("매출", "지난달 매출", S, "2025-10", "level", "required", "dropped subject carried: the company that earned the revenue"))
d.Q("148억 원", 14800000000, W, "원", "currency",
    f=("매출", "지난달 매출", S, "2025-04", "level", "required", "basis in brackets after 첫 달: that DATE's value (README convention 3)"))
d.Q("42%", 42, "%", "%", P, f=("매출", "지난달 매출", S, "2025-10", "change", "required", "the period is the current one (지난달), not the basis"))
d.Q("68%", 68, "%", "%", P, f=("해외 매출 비중", None, S, "2025-10", "level", "required", "3분기 평균 is the basis; 지난달 carried"))
d.Q("5.2%포인트", "5.2", "%p", "%포인트", PP, f=("해외 매출 비중", None, S, "2025-10", "change"))
d.Q("31%", 31, "%", "%", P, f=("다운로드", "전체 다운로드의", "", "2025-10", "level", "required",
    "share of the game's downloads from a region (a place, no subject); the downloads' as-of month carried for the same metric"))
d.Q("24%", 24, "%", "%", P, f=("다운로드", "전체 다운로드의", "", "2025-10", "level"))
d.Q("396억 원", 39600000000, W, "원", "currency", f=("매출", "3분기 매출은 396억", "별빛재팬", "2025-Q3", "level"))
d.Q("610억 달러", 61000000000, U, "달러", "currency", approx=True,
    f=("모바일 게임 이용자 지출", None, "", "2025-01/2025-09", "level", "required", "a world-market figure: a cited source gives no subject"))
d.Q("4%", 4, "%", "%", P, ctx="대비 4% 증가", f=("모바일 게임 이용자 지출", None, "", "2025-01/2025-09", "change"))
d.Q("4조 8천억 원", 4800000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("국내 시장", None, "", "2025-01/2025-09", "level", "required", "a market figure; 같은 기간 → 올해 1~9월"))
d.Q("3위", 3, "위", "위", "ordinal", note="rank: no fact")
d.Q("5위", 5, "위", "위", "ordinal", note="rank: no fact")
d.Q("2위", 2, "위", "위", "ordinal", note="rank: no fact")
d.Q("4천만 건", 40000000, "건", "건", C, bound="min", note="이상 → min",
    f=(DL, "누적 다운로드 4천만", "", "2026-Q1", "level", "required", "the game's downloads (product: empty subject); the deadline 내년 1분기까지"))

# ---------------------------------------------------------------- 002 public housing corporation: 2026 supply plan (뉴시스 dateline)
d = Doc("002_7c9154f8a7dd6b7b", "2026-01-20"); docs.append(d)
S = "한국토지주택공사"
d.O(S, S, aliases="LH", note="public corporation; (이하 LH) recorded in aliases")
d.Oall("LH", S, special={0: ("required", "headline: later-defined short name of 한국토지주택공사"),
                         1: ("optional", "short name defined with 이하: optional where it is defined"),
                         2: ("required", "use of the defined short name before a head's title (사장)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("국토교통부", "국토교통부", note="ministry, the source cited (에 따르면)")
d.O("경기도", "경기도", note="a province acting as a government")
d.O("경기주택도시공사", "경기주택도시공사", aliases="GH", note="provincial housing corporation; (GH) is an alias, not in the span")
d.D("올해", "2026", "year", rel=True, note="headline")
d.D("2026년", "2026", "year")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement")
d.D("지난해", "2025", "year", ctx="지난해 실적", rel=True)
d.D("상반기", "2026-H1", "half", rel=True)
d.D("1분기", "2026-Q1", "quarter", rel=True, note="중 outside")
d.D("전년", "2025", "year", ctx="전년보다 6조", rel=True, st="optional", anchor="2026-01-01", note="points back to the plan's year")
d.D("지난해 1~11월", "2025-01/2025-11", "month", rel=True, note="지난해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", "2025-01/2025-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="a deadline (까지): the next March")
d.D("연내", "2026", "year", rel=True, note="'within the year' names the current year (my decision: required, like 올해)")
H = "공공주택"
d.Q("15만 가구", 150000, "가구", "가구", C, ctx="15만 가구 공급", f=(H, "공공주택 15만 가구 공급", S, "2026", "level", "required", "headline: its own 올해"))
d.Q("70%", 70, "%", "%", P, ctx="비중 70%", f=("수도권 비중", None, S, "2026", "level", "required", "headline"))
d.Q("15만 가구", 150000, "가구", "가구", C, ctx="15만 가구를", f=(H, "공공주택 15만 가구를", S, "2026", "level", "required", "counted noun of the count"))
d.Q("11만 2천 가구", 112000, "가구", "가구", C, f=("실적", None, S, "2025", "level", "required", "지난해 실적: the basis figure, its own period"))
d.Q("34%", 34, "%", "%", P, approx=True, f=(H, "공공주택 15만 가구를", S, "2026", "change", "required",
    "… 많은 규모다: the size of the plan; metric the thing whose size it is (공공주택 of the lead); period the current one"))
d.Q("5만 8천 가구", 58000, "가구", "가구", C, f=("공공분양", None, S, "2026", "level", "required", "breakdown item of a count: the item is the counted noun"))
d.Q("4만 1천 가구", 41000, "가구", "가구", C, f=("건설임대", None, S, "2026", "level"))
d.Q("5만 1천 가구", 51000, "가구", "가구", C, f=("매입임대", None, S, "2026", "level"))
d.Q("10만 5천 가구", 105000, "가구", "가구", C, f=("수도권 물량", None, S, "2026", "level"))
d.Q("70%", 70, "%", "%", P, ctx="전체의 70%", f=("수도권 물량", None, S, "2026", "level", "required", "전체의 N%를 차지: the share of the part named before it"))
d.Q("55%", 55, "%", "%", P, bound="min", note="이상 → min",
    f=("발주", None, S, "2026-H1", "level", "required", "share of the whole volume ordered; a verbal noun names what is measured; subject dropped and carried"))
d.Q("3기", 3, "기", "기", "ordinal", st="optional", note="3기 신도시: a phase number inside a name (names with digits are no quantity) or an ordinal — open",
    f=None)
d.Q("1만 2천 가구", 12000, "가구", "가구", C, ctx="본청약 1만 2천 가구", f=("본청약", None, S, "2026-Q1", "level"))
d.Q("31조 4천억 원", 31400000000000, W, "원", "currency",
    f=("사업비", None, S, "2026", "level", "required", "the plan's budget; 전년보다 in the sentence shows a yearly figure: the plan's 2026, not the 1분기 of the sentence before"))
d.Q("6조 원", 6000000000000, W, "원", "currency", approx=True, note="가량 → approx", f=("사업비", None, S, "2026", "change"))
d.Q("29만 8천 가구", 298000, "가구", "가구", C, f=("주택 인허가", None, "", "2025-01/2025-11", "level", "required", "a national statistic: no subject"))
d.Q("14.2%", "14.2", "%", "%", P, f=("주택 인허가", None, "", "2025-01/2025-11", "change", "required", "줄었다: no sign written, the kind says change"))
d.Q("22만 가구", 220000, "가구", "가구", C, approx=True, note="안팎 → approx", f=("착공", "착공도", "", "2025-01/2025-11", "level", "required", "같은 기간 → 지난해 1~11월"))
d.Q("1만 5천 가구", 15000, "가구", "가구", C, f=("공급", "공급할 계획", "경기도", "2026", "level", "required",
    "각각: the first of the pair; no period of its own: the period last set for the same metric (공급, 2026)"))
d.Q("8천 가구", 8000, "가구", "가구", C, ctx="8천 가구를", f=("공급", "공급할 계획", "경기주택도시공사", "2026", "level", "required", "각각: the second of the pair"))
d.Q("8만 가구", 80000, "가구", "가구", C, f=("착공", "연내 착공", S, "2026", "level", "required", "the head speaks for the corporation; 연내"))

# ---------------------------------------------------------------- 003 chemical company: spin-off and listing (머니투데이 bracket byline, no year)
d = Doc("003_90781b80158292ba", "2026-03-10"); docs.append(d)
S, N = "대성케미칼", "대성첨단소재"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before 관계자")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(N, N, aliases="대성첨단", note="invented company to be spun off; (이하 대성첨단) recorded in aliases")
d.Oall("대성첨단", N, skip=(0,), special={1: ("optional", "short name defined with 이하: optional where it is defined")})
d.Oall("유가증권시장", "유가증권시장", special={0: ("optional", "a market run by the exchange: a business unit or a venue — open"),
                                          1: ("optional", "a market run by the exchange: a business unit or a venue — open")})
d.O("이사회", "이사회", st="optional", note="the company's board, unnamed: an unnamed institution noun")
d.O("LG에너지솔루션", "LG에너지솔루션", note="the customer (주요 고객사)")
d.O("한국거래소", "한국거래소", note="the exchange, the source cited")
d.O("에코프로비엠", "에코프로비엠", note="rival")
d.O("엘앤에프", "엘앤에프", note="rival")
d.D("10일", "2026-03-10", "day", rel=True, note="day of the board meeting and disclosure")
d.D("오는 5월 1일", "2026-05-01", "day", rel=True, note="오는 in the span; future")
d.D("하반기", "2026-H2", "half", rel=True, note="a plan (잡았다): the coming second half; 중 outside")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("지난달", "2026-02", "month", rel=True)
d.D("올해 1~2월", "2026-01/2026-02", "month", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 양극재", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("연말", "2026", "year", mod="END", rel=True, note="a deadline (까지): this year's end")
d.Q("2조 원", 2000000000000, W, "원", "currency", ctx="2조 원 이상", bound="min", note="이상 → min; a quoted headline figure",
    f=("기업가치", None, N, "", "level", "optional",
       "headline quote: the value of the unit to be listed (대성첨단소재, named only in the body) or of the headline's 대성케미칼 — open; no date"))
d.Q("8,420억 원", 842000000000, W, "원", "currency", f=("매출", "지난해 매출", N, "2025", "level"))
d.Q("630억 원", 63000000000, W, "원", "currency", f=("영업이익", None, N, "2025", "level"))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency",
    f=("전체 매출", None, S, "2025", "level", "required", "모회사 (the parent, 대성케미칼) 전체 매출 in brackets; the sentence's 지난해 figures"))
d.Q("27%", 27, "%", "%", P, f=("매출", "전체 매출(", N, "2025", "level", "required",
    "the spun-off unit's revenue as a share of its parent's; dropped subject carried (대성첨단)"))
d.Q("5,900억 원", 590000000000, W, "원", "currency", f=("양극재 매출", "양극재 매출이", N, "2025", "level", "required", "이 가운데: a part of the unit's revenue"))
d.Q("70%", 70, "%", "%", P, approx=True, note="가량 → approx", f=("양극재 매출", "양극재 매출이", N, "2025", "level"))
d.Q("4년", 4, "year", "년", "duration", note="4년간: 간 outside")
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("공급 계약", None, N, "2026-02", "level", "required", "규모 → the contract; the customer is the counterparty, not the subject; 지난달 in the clause"))
d.Q("2조~2조 5천억 원", 2000000000000, W, "원", "currency", hi=2500000000000, note="a range: one mention",
    f=("기업가치", "대성첨단의 기업가치", N, "", "level", "optional",
       "an analysts' present estimate with no date: empty, or the 지난달 last set for 대성첨단소재 by the letter of carry-forward — open"))
d.Q("3곳", 3, "곳", "곳", C, f=("신규 상장 기업", None, "", "2026-01/2026-02", "level", "required", "a market count: the cited exchange gives no subject"))
d.Q("9,800억 원", 980000000000, W, "원", "currency", approx=True, f=("공모 금액", None, "", "2026-01/2026-02", "level"))
d.Q("2조 8천억 원", 2800000000000, W, "원", "currency", f=("양극재 매출", "양극재 매출은", "에코프로비엠", "2025", "level", "required", "각각: the first"))
d.Q("1조 9천억 원", 1900000000000, W, "원", "currency", f=("양극재 매출", "양극재 매출은", "엘앤에프", "2025", "level", "required", "각각: the second"))
d.Q("30%", 30, "%", "%", P, bound="gt", note="넘게 → gt",
    f=("양극재 매출", "양극재 매출은", "에코프로비엠;엘앤에프", "2025", "change", "required", "모두: both rivals, named in full"))
d.Q("100%", 100, "%", "%", P,
    f=("지분", None, S, "", "level", "optional",
       "the holder owns its stake; period: after the split (no DATE), or the parent's 지난해 carried by the letter — open"))
d.Q("2,500억 원", 250000000000, W, "원", "currency", f=("공장 증설", None, S, "2026", "level", "required", "연말까지 (2026 END); the spokesperson speaks for the company"))

# ---------------------------------------------------------------- 004 venture-capital association: Q3 investment by sector (press release)
d = Doc("004_1b318b497ec34192", "2025-10-28"); docs.append(d)
S = "한국벤처캐피탈협회"
d.O(S, S, aliases="VC협회", note="association issuing the release; (이하 VC협회) recorded in aliases")
d.Oall("VC협회", S, special={0: ("optional", "short name defined with 이하: optional where it is defined"),
                             1: ("required", "later use of the defined short name, before 관계자")})
d.O("한국투자파트너스", "한국투자파트너스", note="VC firm (운용사)")
d.Oall("새봄벤처스", "새봄벤처스", special={1: ("required", "genitive before 모회사")})
d.O("새봄홀딩스", "새봄홀딩스", note="invented parent (모회사)")
d.O("한국벤처투자", "한국벤처투자", note="public fund manager, the source cited")
d.O("모태펀드", "모태펀드", st="optional", note="the government fund of funds: a program/fund run by 한국벤처투자 or an institution — open")
VA = "벤처투자액"
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 벤처투자 3조", rel=True, note="headline")
d.D("2025년 3분기", "2025-Q3", "quarter")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the release")
d.D("같은 기간", "2025-Q3", "quarter", ctx="같은 기간 96곳", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back: one mention")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", "2025-Q3", "quarter", ctx="같은 기간 모태펀드", rel=True, st="optional", anchor="2025-07-01",
    note="points back: to the release's 3분기 or to the last range named (올해 1~9월) — open")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a forecast: the coming Q4")
d.D("연말", "2025", "year", mod="END", rel=True, st="optional",
    note="연말 결산 (year-end settlement): ANNOTATION does not split the compound 연말결산; written here with a space — open")
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.Q("3조 1천억 원", 3100000000000, W, "원", "currency",
    f=("벤처투자", "3분기 벤처투자", "", "2025-Q3", "level", "required", "headline: a national total; the association is the source, not the subject"))
d.Q("3조 1,040억 원", 3104000000000, W, "원", "currency", f=(VA, None, "", "2025-Q3", "level", "required", "국내 벤처투자액: a national figure, no subject"))
d.Q("2조 6,300억 원", 2630000000000, W, "원", "currency",
    f=(VA, None, "", "2024-Q3", "level", "required", "basis in brackets after 전년 동기: that DATE's value"))
d.Q("18.0%", "18.0", "%", "%", P, f=(VA, None, "", "2025-Q3", "change", "required", "value kept as written"))
d.Q("1,210곳", 1210, "곳", "곳", C, f=("투자를 받은 기업", None, "", "2025-Q3", "level"))
d.Q("96곳", 96, "곳", "곳", C, f=("투자를 받은 기업", None, "", "2025-Q3", "change"))
d.Q("9,870억 원", 987000000000, W, "원", "currency",
    f=(VA, None, "", "2025-Q3", "level", "required", "업종별 breakdown item: the sector names no measure, the breakdown's measure is the metric"))
d.Q("7,150억 원", 715000000000, W, "원", "currency", f=(VA, None, "", "2025-Q3", "level"))
d.Q("4,020억 원", 402000000000, W, "원", "currency", f=(VA, None, "", "2025-Q3", "level"))
d.Q("6,300억 원", 630000000000, W, "원", "currency", ctx="투자는 6,300억 원", f=("인공지능(AI) 관련 투자", None, "", "2025-Q3", "level"))
d.Q("20.3%", "20.3", "%", "%", P, f=("인공지능(AI) 관련 투자", None, "", "2025-Q3", "level", "required", "전체의 N%를 차지: the part's share"))
d.Q("7.8%포인트", "7.8", "%p", "%포인트", PP, f=("인공지능(AI) 관련 투자", None, "", "2025-Q3", "change"))
d.Q("8조 4천억 원", 8400000000000, W, "원", "currency", f=("누적 투자액", None, "", "2025-01/2025-09", "level"))
d.Q("11조 원", 11000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("투자액", "누적 투자액", "", "2025", "level", "optional",
       "연간 (annual) names no DATE: the year 2025 (올해 of the sentence, not its 1~9월 range) or empty — open"))
d.Q("2,140억 원", 214000000000, W, "원", "currency",
    f=("집행", None, "한국투자파트너스", "2025-Q3", "level", "required", "각각 first; 운용사별 breakdown of the quarter: its period"))
d.Q("980억 원", 98000000000, W, "원", "currency", f=("집행", None, "새봄벤처스", "2025-Q3", "level", "required", "각각 second"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt", f=("운용자산", None, "새봄홀딩스", "2025-09", "level"))
d.Q("1조 1천억 원", 1100000000000, W, "원", "currency", approx=True,
    f=("모태펀드 출자액", None, "", "2025-Q3", "level", "optional",
       "the fund's figure (the fund at most an optional ORG; the cited manager a source); 같은 기간 points to Q3 or to 1~9월 — open"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="투자가 1조 원", bound="min", note="이상 → min",
    f=("투자", "투자가 1조", "", "2025-Q4", "change", "required", "늘어날: a forecast change of the national total; no subject"))
d.Q("20%", 20, "%", "%", P, approx=True, note="안팎 → approx", f=("펀드 결성액", None, "", "2026-H1", "change"))

# ---------------------------------------------------------------- 005 tire maker: annual sales by region (뉴스1 dateline)
d = Doc("005_2342628717ff6f5a", "2026-02-04"); docs.append(d)
S = "세진타이어"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic with a comma"), 3: ("required", "the supplier an order went to (에)"),
                                 4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("세진타이어유럽", "세진타이어유럽", note="invented subsidiary (자회사); 헝가리 (place) is not in it")
d.O("폭스바겐", "폭스바겐", note="the customer placing an order")
d.O("대한타이어산업협회", "대한타이어산업협회", note="industry association, the source cited")
d.O("한국타이어앤테크놀로지", "한국타이어앤테크놀로지", note="rival")
d.O("금호타이어", "금호타이어", note="rival")
d.D("지난해", "2025", "year", ctx="지난해 매출 4조", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("4일", "2026-02-04", "day", rel=True, note="day of the disclosure")
d.D("2년 전", "2024", "year", rel=True,
    note="an offset from the document date (ANNOTATION: 10년 전 → that year): 2026 − 2 = 2024, although a reader may take it as two years before the 2025 results")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("올해", "2026", "year", ctx="올해부터", rel=True, note="부터 outside")
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", "2025", "year", ctx="지난해 매출은 각각", rel=True)
d.D("올해", "2026", "year", ctx="올해 매출 4조", rel=True, note="a target year")
d.Q("4조", 4000000000000, W, "", "currency", ctx="4조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("매출", "지난해 매출 4조", S, "2025", "level"))
d.Q("22%", 22, "%", "%", P, ctx="판매 22%", f=("유럽 판매", None, S, "2025", "change", "required", "headline: its own 지난해"))
d.Q("4조 1,350억 원", 4135000000000, W, "원", "currency",
    f=("매출", "기준 매출이", S, "2025", "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("9.6%", "9.6", "%", "%", P, f=("매출", "기준 매출이", S, "2025", "change", "required", "전년 대비: basis; period the current one"))
d.Q("5,120억 원", 512000000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level"))
d.Q("12.4%", "12.4", "%", "%", P, f=("영업이익률", None, S, "2025", "level"))
d.Q("1조 3,800억 원", 1380000000000, W, "원", "currency", f=("유럽 매출", None, S, "2025", "level"))
d.Q("22%", 22, "%", "%", P, ctx="22% 늘었고", f=("유럽 매출", None, S, "2025", "change"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency",
    f=("매출", "유럽 매출이", S, "2025", "level", "required", "지역별 breakdown item: the region (a place) names no measure; the breakdown's 매출"))
d.Q("8,900억 원", 890000000000, W, "원", "currency", f=("매출", "유럽 매출이", S, "2025", "level"))
d.Q("63%", 63, "%", "%", P, f=("유럽·북미 비중", None, S, "2025", "level"))
d.Q("55%", 55, "%", "%", P, f=("유럽·북미 비중", None, S, "2024", "level", "required", "basis in brackets after 2년 전: that DATE's value"))
d.Q("8%포인트", 8, "%p", "%포인트", PP, f=("유럽·북미 비중", None, S, "2025", "change"))
d.Q("5,340만 본", 53400000, "본", "본", C, f=("판매량", None, S, "2025", "level", "required", "연간 qualifies the period: outside; subject and 2025 carried"))
d.Q("420만 본", 4200000, "본", "본", C, f=("생산량", None, "세진타이어유럽", "2025-Q4", "level"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside")
d.Q("1,200만 본", 12000000, "본", "본", C,
    f=("신차용 타이어", None, "폭스바겐", "2026", "level", "required",
       "규모 → the thing ordered; the customer's order (폭스바겐 발주했다), the supplier is the counterparty; the DATE in the clause, 올해(부터)"))
d.Q("41억 달러", 4100000000, U, "달러", "currency", approx=True,
    f=("타이어 수출액", None, "", "2025", "level", "required", "a national figure; the cited association gives no subject"))
d.Q("3.1%", "3.1", "%", "%", P, f=("타이어 수출액", None, "", "2025", "change"))
d.Q("9조 4천억 원", 9400000000000, W, "원", "currency", approx=True,
    note="안팎 after the pair of 각각 read as applying to both estimates (my decision)",
    f=("매출", "지난해 매출은 각각", "한국타이어앤테크놀로지", "2025", "level", "required", "각각: the first"))
d.Q("4조 6천억 원", 4600000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("매출", "지난해 매출은 각각", "금호타이어", "2025", "level", "required", "각각: the second"))
d.Q("4조 5천억 원", 4500000000000, W, "원", "currency", f=("매출", "올해 매출 4조", S, "2026", "level", "required", "the head's target speaks for the company"))
d.Q("35%", 35, "%", "%", P, bound="min", note="이상 → min", f=("유럽 비중", None, S, "2026", "level"))

# ---------------------------------------------------------------- 006 regional broadcaster: ad revenue and ratings (강원일보-style page, year only in the stamp)
d = Doc("006_f35a30ae6eb3b3eb", "2026-02-11"); docs.append(d)
S = "강원미디어방송"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "invented broadcaster; (이하 GMB) recorded in aliases")})
d.o[-1]["aliases"] = "GMB"
d.Oall("GMB", S, special={0: ("optional", "short name defined with 이하: optional where it is defined"),
                          1: ("optional", "the organization's name only as the modifier inside a program name ('GMB 8 뉴스')"),
                          2: ("required", "later use of the defined short name (genitive)"),
                          3: ("required", "later use of the defined short name before a head's title (사장)")})
d.O("강원일보", "강원일보", note="the regional daily in the byline line")
d.O("닐슨코리아", "닐슨코리아", note="ratings research firm, the source cited")
d.O("한국방송광고진흥공사", "한국방송광고진흥공사", aliases="코바코", note="public ad-sales agency, the source cited; (코바코) alias outside the span")
d.O("춘천방송", "춘천방송", note="invented rival broadcaster")
d.O("강원영동방송", "강원영동방송", note="invented rival broadcaster")
d.O("설악건설", "설악건설", note="invented largest shareholder (최대주주)")
d.O("유튜브", "유튜브", st="optional", note="a platform (ORG like 티몰) or an app/product — open")
d.D("2026.02.11", "2026-02-11", "day", note="the 입력 stamp's date: a calendar date written in full (my decision: required)")
d.D("14:05", "2026-02-11T14:05", "day", st="optional", note="the stamp's clock time: clock times are optional at most")
d.D("지난해", "2025", "year", ctx="지난해 광고매출", rel=True)
d.D("전년", "2024", "year", ctx="전년(389억", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("지난해", "2025", "year", ctx="지난해 전국", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 까지 outside")
d.D("3월 초", "2026-03", "month", mod="START", rel=True, note="a plan: the coming March")
AD = "광고매출"
d.Q("6%", 6, "%", "%", P, ctx="6%대", approx=True, note="6%대: 대 after the unit stays outside and sets approx",
    f=("시청률", "저녁뉴스 시청률", "", "", "level", "optional",
       "headline: the evening news programme's rating (a product: no subject); no DATE in the headline, the body's 4분기 — open"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=(AD, "지난해 광고매출", S, "2025", "level"))
d.Q("389억 원", 38900000000, W, "원", "currency", f=(AD, "지난해 광고매출", S, "2024", "level", "required", "basis in brackets after 전년: that DATE's value"))
d.Q("5.9%", "5.9", "%", "%", P, f=(AD, "지난해 광고매출", S, "2025", "change"))
d.Q("3년", 3, "year", "년", "duration", note="3년 만의: 만에/만의 outside; a duration")
d.Q("268억 원", 26800000000, W, "원", "currency",
    f=("지상파 TV 광고", None, S, "2025", "level", "required", "이 가운데 item naming a revenue line (광고): the item is the metric"))
d.Q("97억 원", 9700000000, W, "원", "currency", f=("디지털 광고", None, S, "2025", "level"))
d.Q("23.5%", "23.5", "%", "%", P, f=("디지털 비중", None, S, "2025", "level"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration (새 like 간/동안)")
d.Q("6.1%포인트", "6.1", "%p", "%포인트", PP, f=("디지털 비중", None, S, "2025", "change"))
d.Q("6.4%", "6.4", "%", "%", P,
    f=("평균 시청률", None, "", "2025-Q4", "level", "required", "the rating of a named programme ('GMB 8 뉴스'의): a product's figure, empty subject (FACTS)"))
d.Q("0.9%포인트", "0.9", "%p", "%포인트", PP, f=("평균 시청률", None, "", "2025-Q4", "change"))
d.Q("1조 830억 원", 1083000000000, W, "원", "currency", approx=True,
    f=("지상파 광고비", None, "", "2025", "level", "required", "a national market total; the cited agency gives no subject"))
d.Q("7%", 7, "%", "%", P, approx=True, note="가량 → approx", f=("지상파 광고비", None, "", "2025", "change"))
d.Q("186억 원", 18600000000, W, "원", "currency",
    f=(AD, "광고매출이 각각", "춘천방송", "2025", "level", "required", "각각 first; no period of its own: the period last set for the same metric (광고매출, 2025)"))
d.Q("154억 원", 15400000000, W, "원", "currency", f=(AD, "광고매출이 각각", "강원영동방송", "2025", "level", "required", "각각 second"))
d.Q("39.8%", "39.8", "%", "%", P, f=("지분", None, "설악건설", "", "level", "required", "the holder owns its stake; no period set for it or for the metric: empty"))
d.Q("50만 명", 500000, "명", "명", C, bound="gt", note="넘기고 → gt",
    f=("유튜브 구독자", None, S, "2026-H1", "level", "required", "the head's target; 올해 상반기까지"))
d.Q("120억 원", 12000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("디지털 매출", None, S, "2026-H1", "level", "optional",
       "the sentence's 올해 상반기(까지), the own clause's 3월 초 (the date of the revamp, not the figure's period) or the year — open"))

if __name__ == "__main__":
    write_all(docs)
