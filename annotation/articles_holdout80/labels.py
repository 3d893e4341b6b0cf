"""Gold labels of articles-holdout80, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout80/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

T, L, Y, CGT = "t", "L", "year", "CGT"
docs = []

# ---------------------------------------------------------------- 001 steelmaker: output and price hikes (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_ba397d2181838d17", "2026-01-21"); docs.append(d)
S = "동진제강"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 5: ("required", "organization before 관계자")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("현대제철", "현대제철", note="rival (경쟁사), second subject of a 각각 pair")
d.O("동진특수강", "동진특수강", note="invented subsidiary (자회사)")
d.O("한국철강협회", "한국철강협회", note="association cited as the source (에 따르면)")
d.D("지난해", "2025", Y, ctx="지난해 조강 612만t", rel=True, note="headline: the year before 2026-01-21")
d.D("내달", "2026-02", "month", rel=True, note="next month (a future clause)")
d.D("2025년", "2025", Y)
d.D("전년", "2024", Y, ctx="전년보다 4.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement (밝혔다), not a period")
d.D("다음 달 1일", "2026-02-01", "day", rel=True, note="future clause (올린다): the next 1st")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (인상할 계획): the next Q2; 중 outside")
d.D("지난해", "2025", Y, ctx="동진제강의 지난해 매출", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date, inside 지난해")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back from 4분기 (전분기)")
d.D("같은 기간", "2025", Y, rel=True, st="optional", anchor="2025-01-01",
    note="points back; read as the paragraph's 지난해 rather than the last-named 4분기 (open question 2)")
d.D("지난해", "2025", Y, ctx="지난해 국내 조강", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("연말", "2026", Y, mod="END", rel=True, note="future clause (높이겠다): this year's end")
Yr = "2025"
d.Q("612만t", 6120000, T, "t", M, ctx="조강 612만t 생산",
    f=("조강", "조강 612만t 생산", S, Yr, "level", "required", "headline; the measured substance names it (convention 4); the headline's 지난해"))
d.Q("3만원", 30000, W, "원", "currency", ctx="t당 3만원 인상",
    f=("철근값", None, S, "2026-02", "change", "required", "headline: an amount of increase (인상) is a change; t당 is a rate word, not labelled; period 내달"))
d.Q("612만t", 6120000, T, "t", M, ctx="612만t으로 전년",
    f=("조강 생산량", "2025년 조강 생산량", S, Yr, "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("조강 생산량", "2025년 조강 생산량", S, Yr, "change", "required", "전년보다 = basis"))
d.Q("238만t", 2380000, T, "t", M, f=("전기로 생산분", None, S, Yr, "level", "required", "이 가운데: a part of the output"))
d.Q("38.9%", 38.9, "%", "%", P, f=("전기로 생산분", None, S, Yr, "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject (convention 5)"))
d.Q("1년", 1, Y, "년", "duration", ctx="1년 새", note="amount of time (1년 새 = over one year): duration, no fact")
d.Q("2.1%포인트", 2.1, "%p", "%포인트", PP, f=("전기로 생산분", None, S, Yr, "change", "required",
    "subject and metric dropped: the share of 전기로 생산분 carried (no 비중 noun written)"))
d.Q("3만원", 30000, W, "원", "currency", ctx="각각 3만원", f=("철근 유통 기준가격", None, S, "2026-02-01", "change", "required",
    "각각: first of the pair → 동진제강; 올린다 = a change"))
d.Q("2만5천원", 25000, W, "원", "currency", f=("철근 유통 기준가격", None, "현대제철", "2026-02-01", "change", "required", "각각: second of the pair → 현대제철"))
d.Q("83만원", 830000, W, "원", "currency", approx=True, f=("가격", "인상 후 가격", S, "2026-02-01", "level", "required",
    "안팎 → approx; the price after the hike: the hike's date carried for the same subject"))
d.Q("5%", 5, "%", "%", P, ctx="5%가량", approx=True, f=("열연강판 가격", None, S, "2026-Q2", "change", "required", "가량 → approx; 인상 = change; subject dropped (도)"))
d.Q("7조2천억원", 7200000000000, W, "원", "currency", f=("매출", "지난해 매출", S, Yr, "level"))
d.Q("1천840억원", 184000000000, W, "원", "currency", f=("영업이익", "영업이익은 1천840억원", S, Yr, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "지난해 매출", S, Yr, "change", "required", "각각: first → 매출; 감소 written without a sign: value as written"))
d.Q("12.4%", 12.4, "%", "%", P, f=("영업이익", "영업이익은 1천840억원", S, Yr, "change", "required", "각각: second → 영업이익"))
d.Q("310억원", 31000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익", S, "2025-Q4", "level", "required", "4분기 qualifies the period: outside the metric"))
d.Q("520억원", 52000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익", S, "2025-Q3", "level", "required",
    "basis figure in brackets after a pointing-back date: that date's value (convention 6)"))
d.Q("40%", 40, "%", "%", P, f=("영업이익", "4분기 영업이익", S, "2025-Q4", "change"))
d.Q("41만t", 410000, T, "t", M, f=("냉연강판", None, "동진특수강", Yr, "level", "optional",
    "the subsidiary's sales; 같은 기간 may point to 지난해 (2025, written) or to the last-named 4분기 (2025-Q4): open question 2"))
d.Q("6천300만t", 63000000, T, "t", M, approx=True, f=("국내 조강 생산량", None, "", Yr, "level", "required",
    "national statistic from a cited association: no subject; 약 → approx"))
d.Q("2년", 2, Y, "년", "duration", ctx="2년 연속", note="2년 연속: an amount of time, duration, no fact")
d.Q("870만t", 8700000, T, "t", M, bound="gt", f=("중국산 철강재 수입량", None, "", Yr, "level", "required",
    "넘었다 → gt; national figure: no subject; the previous sentence's 지난해 carried (same source, same statistic)"))
d.Q("45%", 45, "%", "%", P, bound="min", f=("전기로 비중", None, S, "2026", "level", "required", "이상 → min; the spokesperson speaks for the company; 연말 → 2026 (END)"))

# ---------------------------------------------------------------- 002 card company: spending by sector (뉴스1 dateline, no year anywhere)
d = Doc("002_b8f797b1701dee3b", "2026-03-12"); docs.append(d)
S = "새온카드"
d.O("새온카드", S, ctx="새온카드, 지난달", note="headline topic")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("새온카드", S, ctx="새온카드(이하 새온)", aliases="새온", note="short name defined with 이하: recorded in aliases")
d.O("새온", S, ctx="(이하 새온)", st="optional", note="the 이하-defined short name where it is defined: optional (ANNOTATION)")
d.O("새온", S, ctx="새온의 지난달", note="later use of the 이하 short name: required")
d.O("여신금융협회", "여신금융협회", note="association cited as the source")
d.O("신한카드", "신한카드", note="rival, first of a 각각 pair")
d.O("KB국민카드", "KB국민카드", note="rival, second of a 각각 pair")
d.O("새온금융지주", "새온금융지주", note="invented parent (모회사)")
d.O("새온", S, ctx="새온 관계자", note="later use of the 이하 short name, before 관계자")
F = "2026-02"
d.D("지난달", F, "month", ctx="지난달 카드 이용액", rel=True, note="headline: the month before 2026-03-12")
d.D("지난달", F, "month", ctx="지난달 개인 회원", rel=True)
d.D("전년 동월", "2025-02", "month", ctx="전년 동월보다", rel=True, st="optional", anchor="2026-02-01", note="points back to 지난달")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the announcement, not a period")
d.D("같은 기간", F, "month", rel=True, st="optional", anchor="2026-02-01", note="points back to the lead's 지난달")
d.D("지난달 말", F, "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("지난달", F, "month", ctx="지난달 전체 카드", rel=True)
d.D("전년 동월", "2025-02", "month", ctx="전년 동월 대비", rel=True, st="optional", anchor="2026-02-01", note="points back")
d.D("지난해", "2025", Y, rel=True)
d.D("이달 말", "2026-03", "month", mod="END", rel=True, note="this month's end (the document's month)")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="future clause (늘리겠다): the quarter holding the document date")
d.Q("4.1조", 4100000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("카드 이용액", None, S, F, "level"))
d.Q("12%", 12, "%", "%", P, f=("외식", "외식 12%", S, F, "change", "required",
    "headline: ↑ marks a rise; the sector named is the metric (convention 4); the headline's 지난달"))
d.Q("4조1천억원", 4100000000000, W, "원", "currency", f=("신용·체크카드 이용액", None, S, F, "level", "required",
    "개인 회원의: a qualifier of whose spending, kept outside the shortest phrase"))
d.Q("6.3%", 6.3, "%", "%", P, f=("신용·체크카드 이용액", None, S, F, "change", "required", "전년 동월보다 = basis"))
d.Q("7천200억원", 720000000000, W, "원", "currency", f=("외식", "외식이", S, F, "level", "required", "업종별로는: the sector is the metric (convention 4)"))
d.Q("12.1%", 12.1, "%", "%", P, f=("외식", "외식이", S, F, "change"))
d.Q("3천900억원", 390000000000, W, "원", "currency", f=("여행·숙박", None, S, F, "level"))
d.Q("21.4%", 21.4, "%", "%", P, f=("여행·숙박", None, S, F, "change", "required", "뛰었다 = a change"))
d.Q("8.7%", 8.7, "%", "%", P, f=("대형마트 이용액", None, S, F, "change"))
d.Q("2천650억원", 265000000000, W, "원", "currency", f=("대형마트 이용액", None, S, F, "level"))
d.Q("34.5%", 34.5, "%", "%", P, f=("온라인 쇼핑 비중", None, S, F, "level"))
d.Q("1.8%포인트", 1.8, "%p", "%포인트", PP, f=("온라인 쇼핑 비중", None, S, F, "change"))
d.Q("2만3천원", 23000, W, "원", "currency", approx=True, f=("평균 결제액", None, S, F, "level", "required",
    "가량 → approx; 건당 is a rate word (no number), outside the metric"))
d.Q("612만명", 6120000, "명", "명", C, approx=True, f=("유효 회원 수", None, S, F, "level", "required", "약 → approx; 지난달 말 기준 → 2026-02 (END)"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="age bracket defining a group (like FACTS' definitional 30~39세): a quantity or part of the metric? open question 1")
d.Q("41%", 41, "%", "%", P, f=("20~30대", None, S, F, "level", "required",
    "이 가운데 … 41%를 차지: the share of the part named as the clause's subject (convention 5); period carried"))
d.Q("98조원", 98000000000000, W, "원", "currency", approx=True, f=("전체 카드 승인액", None, "", F, "level", "required",
    "market total from a cited association: no subject"))
d.Q("4.2%", 4.2, "%", "%", P, f=("전체 카드 승인액", None, "", F, "change"))
d.Q("18.9%", 18.9, "%", "%", P, f=("시장 점유율", None, "신한카드", F, "level", "optional",
    "각각: first → 신한카드; no date of its own: the statistic's 지난달 or empty? open question 3"))
d.Q("16.2%", 16.2, "%", "%", P, f=("시장 점유율", None, "KB국민카드", F, "level", "optional",
    "각각: second → KB국민카드; period open (question 3)"))
d.Q("1천530억원", 153000000000, W, "원", "currency", f=("카드 부문 순이익", None, "새온금융지주", "2025", "level", "optional",
    "the holding's card segment: subject the discloser 새온금융지주 (written) or its card unit 새온카드? open question 4"))
d.Q("0.2%포인트", 0.2, "%p", "%포인트", PP, f=("해외 결제 수수료", None, S, "2026-03", "change", "required",
    "낮춰 = a change; 이달 말부터 → 2026-03 (END)"))
d.Q("3천억원", 300000000000, W, "원", "currency", bound="min", f=("해외 이용액", None, S, "2026-Q1", "level", "required", "이상 → min"))

# ---------------------------------------------------------------- 003 bio-CDMO: contract wins and capacity (머니투데이 bracket byline, 2025년 in the lead)
d = Doc("003_4c9744969992c166", "2025-10-28"); docs.append(d)
S = "한울바이오솔루션"
d.O(S, S, ctx="한울바이오솔루션, 올해", note="headline topic")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(S, S, ctx="한울바이오솔루션(이하", aliases="한울바이오", note="short name defined with 이하: aliases")
d.O("한울바이오", S, ctx="(이하 한울바이오)", st="optional", note="the 이하-defined short name where it is defined")
d.O("한울바이오", S, ctx="한울바이오는 27일", note="later use of the short name")
d.O("일라이 릴리", "일라이 릴리", note="the customer; 미국 (place) and 제약사 (generic) outside")
d.O("한울제약", "한울제약", note="invented parent (모회사)")
d.O("한울바이오", S, ctx="한울바이오 지분", note="later use of the short name")
d.O("삼성바이오로직스", "삼성바이오로직스", note="rival (업계 1위)")
d.O("프로스트앤드설리번", "프로스트앤드설리번", note="market-research firm cited as the source")
d.O("한울바이오", S, ctx="한울바이오 대표", note="organization before a head's title")
d.D("올해", "2025", Y, rel=True, note="headline")
d.D("2025년", "2025", Y)
d.D("지난해", "2024", Y, rel=True)
d.D("27일", "2025-10-27", "day", rel=True, note="day of the contract disclosure (공시했다): not a period")
d.D("2026년 1월", "2026-01", "month", note="A부터 B까지: two mentions")
d.D("2032년 12월", "2032-12", "month")
d.D("현재", "2025-10-28", "day", rel=True, st="optional", note="현재 is optional and takes the document date")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 매출", rel=True, note="the latest Q3 on or before the document date")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("2030년", "2030", Y)
d.D("2027년", "2027", Y, note="까지 outside")
d.Q("1.8조", 1800000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주", "올해 수주", S, "2025", "level"))
d.Q("1조8천억원", 1800000000000, W, "원", "currency", bound="gt", f=("누적 수주액", None, S, "2025", "level", "required", "넘어섰다 → gt"))
d.Q("1조1천억원", 1100000000000, W, "원", "currency", f=("수주액", "연간 수주액", S, "2024", "level", "required",
    "연간 qualifies the period: outside; the basis figure in brackets after 지난해 takes 2024"))
d.Q("1.6배", 1.6, "배", "배", C, f=("누적 수주액", None, S, "2025", "change", "required",
    "a multiple of a past basis: a rate of change (convention 9); subject and metric dropped from the sentence before"))
d.Q("4억5천만달러", 450000000, U, "달러", "currency", f=("항체의약품 생산 계약", None, S, "2025", "level", "required",
    "규모: the thing whose size it is; 27일 only dates the disclosure: the lead's 2025 carried (convention 1)"))
d.Q("6천450억원", 645000000000, W, "원", "currency", approx=True, eq=("4억5천만달러",), f=("항체의약품 생산 계약", None, S, "2025", "level", "required",
    "conversion in brackets: same slots as the 달러 amount; 약 → approx"))
d.Q("42건", 42, "건", "건", C, f=("누적 수주 건수", None, S, "2025", "level"))
d.Q("18곳", 18, "곳", "곳", C, f=("고객사", None, S, "2025", "level", "required", "counted noun"))
d.Q("36만ℓ", 360000, L, "ℓ", M, f=("생산능력", "생산능력은 현재", S, "2025-10-28", "level", "optional",
    "attached date is the optional 현재 (document date), or the lead's 2025 by carry-forward? open question 5"))
d.Q("12만ℓ", 120000, L, "ℓ", M, f=("3공장", "3공장(12만ℓ)", S, "2026-H1", "level", "required",
    "the plant's capacity in brackets after its name; 내년 상반기 in the clause"))
d.Q("48만ℓ", 480000, L, "ℓ", M, f=("생산능력", "생산능력은 현재", S, "2026-H1", "level", "required", "subject and metric carried"))
d.Q("33%", 33, "%", "%", P, f=("생산능력", "생산능력은 현재", S, "2026-H1", "change"))
d.Q("9천억원", 900000000000, W, "원", "currency", approx=True, f=("투자비", None, S, "2026-H1", "level", "required",
    "약 → approx; no date in the sentence: the period last set for the company carried (내년 상반기)"))
d.Q("2천140억원", 214000000000, W, "원", "currency", f=("매출", "3분기 매출", S, "2025-Q3", "level"))
d.Q("610억원", 61000000000, W, "원", "currency", f=("영업이익", None, S, "2025-Q3", "level"))
d.Q("27.5%", 27.5, "%", "%", P, f=("매출", "3분기 매출", S, "2025-Q3", "change", "required", "각각: first → 매출"))
d.Q("41.2%", 41.2, "%", "%", P, f=("영업이익", None, S, "2025-Q3", "change", "required", "각각: second → 영업이익"))
d.Q("64.3%", 64.3, "%", "%", P, f=("지분", None, "한울제약", "", "level", "required",
    "the holder owns its stake (convention 8); no period was ever set for 한울제약: empty"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("78만4천ℓ", 784000, L, "ℓ", M, f=("생산능력", None, "삼성바이오로직스", "", "level", "optional",
    "a rival's figure with no date of its own: empty (no period set for this subject) or the article's? open question 3"))
d.Q("430억달러", 43000000000, U, "달러", "currency", approx=True, f=("글로벌 CDMO 시장", None, "", "2030", "level", "required",
    "market size from a cited firm: no subject; 안팎 → approx"))
d.Q("11%", 11, "%", "%", P, ctx="11%가량", approx=True, f=("글로벌 CDMO 시장", None, "", "2030", "change", "required",
    "연평균 (rate word) outside; 성장 = change; the sentence's 2030년"))
d.Q("5조원", 5000000000000, W, "원", "currency", f=("수주 잔고", None, S, "2027", "level", "required", "the head speaks for the company; 2027년까지"))

# ---------------------------------------------------------------- 004 metropolitan city: budget and welfare (regional daily page, year only in the 입력 stamp)
d = Doc("004_64b2fc15723dbaee", "2025-11-04"); docs.append(d)
S = "대전시"
d.O(S, S, ctx="대전시, 내년", note="headline topic: a city acting as a government")
d.O("대전일보", "대전일보", note="outlet in the byline line")
d.O(S, S, ctx="대전시가", note="a city acting as a government")
d.O("대전시의회", "대전시의회", note="the city council, named")
d.O("시", S, ctx="시는 65세", st="optional", note="bare 시: an unnamed institution noun (like 시의회), optional (convention 10)")
d.O("시", S, ctx="시 출연기관", st="optional", note="bare 시: optional")
d.O("대전늘봄복지재단", "대전늘봄복지재단", note="invented foundation funded by the city (출연기관)")
d.O("대전세종연구원", "대전세종연구원", note="research institute cited as the source")
d.O("시", S, ctx="시의 재정자립도", st="optional", note="bare 시: optional")
d.O("시의회 예산결산특별위원회", "대전시의회 예산결산특별위원회", note="a committee named with its council: one mention (convention 10)")
d.O("시", S, ctx="시 관계자", st="optional", note="bare 시 before 관계자: optional")
d.D("내년", "2026", Y, ctx="내년 예산", rel=True, note="headline")
d.D("2025.11.04", "2025-11-04", "day", st="optional", note="the 입력 stamp: page furniture dating the page (open question 6); 14:20 not labelled")
d.D("내년도", "2026", Y, rel=True, note="the next (fiscal) year")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the submission: not a period")
d.D("올해", "2025", Y, rel=True)
d.D("1년 전", "2025", Y, rel=True, st="optional", anchor="2026-01-01",
    note="compares with the budget a year before the 2026 budget: points back to a period named in the text (2025); read as an offset from the document date it would be 2024 (open question 7)")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention; 까지 outside")
d.D("지난해 말", "2024", Y, mod="END", rel=True, note="as of (기준)")
d.D("다음 달 16일", "2025-12-16", "day", rel=True, note="future clause (마친다)")
d.D("연말", "2025", Y, mod="END", rel=True, note="future clause: this year's end (the document's year)")
d.Q("7조1240억", 7124000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산", S, "2026", "level"))
d.Q("38%", 38, "%", "%", P, ctx="복지에 38%", f=("복지", "복지에 38%", S, "2026", "level", "required",
    "headline: the share of the budget put into welfare; the headline's 내년"))
d.Q("7조 1240억 원", 7124000000000, W, "원", "currency", f=("본예산안", None, S, "2026", "level", "required",
    "규모: the thing whose size it is (본예산안)"))
d.Q("6조 8900억 원", 6890000000000, W, "원", "currency", f=("본예산", "올해 본예산", S, "2025", "level", "required",
    "a figure in brackets after a noun with a date measures that noun and takes that date"))
d.Q("2340억 원", 234000000000, W, "원", "currency", f=("본예산안", None, S, "2026", "change", "required", "늘었다 = a change; the period is the current one"))
d.Q("3.4%", 3.4, "%", "%", P, f=("본예산안", None, S, "2026", "change"))
d.Q("2조 7070억 원", 2707000000000, W, "원", "currency", f=("사회복지 분야 예산", None, S, "2026", "level", "required", "이 가운데: a part of the budget"))
d.Q("38%", 38, "%", "%", P, ctx="전체의 38%", f=("사회복지 분야 예산", None, S, "2026", "level", "required", "전체의 N%를 차지 (convention 5)"))
d.Q("1.5%포인트", 1.5, "%p", "%포인트", PP, f=("비중", "비중은 1년", S, "2026", "change"))
d.Q("9860억 원", 986000000000, W, "원", "currency", f=("노인 복지", None, S, "2026", "level", "required", "항목별로는: the item is the metric (convention 4)"))
d.Q("5430억 원", 543000000000, W, "원", "currency", f=("아동·보육", None, S, "2026", "level"))
d.Q("2210억 원", 221000000000, W, "원", "currency", f=("장애인 복지", None, S, "2026", "level"))
d.Q("65세", 65, "세", "세", C, bound="min", st="optional", note="an age threshold defining a group (65세 이상 어르신): open question 1")
d.Q("27만 명", 270000, "명", "명", C, approx=True, f=("어르신", None, S, "2026", "level", "optional",
    "recipients of the city's allowance: the city's figure (written) or a population figure with no subject? open question 8"))
d.Q("3만 원", 30000, W, "원", "currency", f=("효도수당", None, S, "2026", "level", "optional",
    "the amount before the raise (월 is a rate word, outside): the letter of carry-forward gives 2026 (written), the reading gives the current year: open question 9"))
d.Q("5만 원", 50000, W, "원", "currency", f=("효도수당", None, S, "2026", "level", "required", "the raised amount, for the budget year carried"))
d.Q("12곳", 12, "곳", "곳", C, f=("돌봄센터", None, "대전늘봄복지재단", "2026-Q1", "level"))
d.Q("300명", 300, "명", "명", C, approx=True, f=("돌봄 인력", None, "대전늘봄복지재단", "2026-Q1", "level", "required", "가량 → approx; subject dropped (고)"))
d.Q("41.3%", 41.3, "%", "%", P, f=("재정자립도", None, S, "2024", "level", "required", "시의 = 대전시 (the city's figure, source cited); 지난해 말 기준"))
d.Q("45.2%", 45.2, "%", "%", P, f=("특광역시 평균", None, "", "2024", "level", "required", "an average over cities not named: no subject"))
d.Q("1500억 원", 150000000000, W, "원", "currency", bound="max", f=("지방채 발행", None, S, "2025", "level", "optional",
    "이하 → max; the sentence's 연말 (2025, written) or the budget year 2026? open question 9"))
d.Q("15%", 15, "%", "%", P, ctx="15% 안팎", approx=True, f=("채무비율", None, S, "2025", "level", "required", "안팎 → approx; 연말까지 → 2025 (END)"))

# ---------------------------------------------------------------- 005 convenience-store chain: stores and private-label sales (press release, 2025년 in the lead)
d = Doc("005_0fc94eced8c622e5", "2025-08-13"); docs.append(d)
S = "데일리리테일"
d.Oall(S, S, special={0: ("required", "headline topic")})
d.O("데일리25", "데일리25", ctx="'데일리25'", note="the convenience-store chain run as a business (like a platform); quotes outside (convention 10)")
d.O("데일리25", "데일리25", ctx="편의점 데일리25", note="편의점 (generic) outside")
d.O("데일리로지스", "데일리로지스", note="invented logistics subsidiary (자회사)")
d.O("BGF리테일", "BGF리테일", aliases="CU", note="rival; the store brand in brackets right after the name is recorded in aliases")
d.O("GS리테일", "GS리테일", aliases="GS25", note="rival; bracketed store brand → aliases")
d.O("산업통상자원부", "산업통상자원부", note="government body cited as the source")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="…상반기", rel=True, note="headline: the latest H1 on or before 2025-08-13")
d.D("2025년 6월 말", "2025-06", "month", mod="END", note="as of (기준)")
d.D("지난해 말", "2024", Y, mod="END", rel=True)
d.D("13일", "2025-08-13", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to the span 지난해 말 → 6월 말, the first half")
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해 1~6월", "2025-01/2025-06", "month", rel=True, note="올해 before a month range: one mention")
d.D("상반기", H1, "half", ctx="상반기 매출", rel=True)
d.D("지난달", "2025-07", "month", rel=True)
d.D("상반기", H1, "half", ctx="상반기 주요", rel=True)
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("연말", "2025", Y, mod="END", rel=True, note="future clause: this year's end")
d.Q("1만2천곳", 12000, "곳", "곳", C, bound="gt", f=("점포", "점포 1만2천곳", S, H1, "level", "required",
    "headline; 돌파 → gt; the headline is one sentence: its 상반기 applies (convention 7); the operator 데일리리테일, subject of the body's sentence, is the subject (convention 8)"))
d.Q("31%", 31, "%", "%", P, ctx="31%↑", f=("PB 매출", "상반기 PB 매출", S, H1, "change", "required", "headline; ↑ marks a rise"))
d.Q("1만 2180곳", 12180, "곳", "곳", C, f=("점포 수", "기준 점포 수", S, "2025-06", "level"))
d.Q("340곳", 340, "곳", "곳", C, f=("점포 수", "기준 점포 수", S, "2025-06", "change", "required", "지난해 말보다 = basis; 늘었다 = change"))
d.Q("4620억 원", 462000000000, W, "원", "currency", f=("상품 매출", None, S, H1, "level", "required", "같은 기간 → the first half"))
d.Q("31.2%", 31.2, "%", "%", P, f=("상품 매출", None, S, H1, "change"))
d.Q("27.8%", 27.8, "%", "%", P, f=("비중", "비중은 27.8%", S, H1, "level"))
d.Q("1년", 1, Y, "년", "duration", ctx="1년 새", note="an amount of time: duration, no fact")
d.Q("3.4%포인트", 3.4, "%p", "%포인트", PP, f=("비중", "비중은 27.8%", S, H1, "change"))
d.Q("1980억 원", 198000000000, W, "원", "currency", f=("간편식", None, S, H1, "level", "required", "상품군별로는: the item is the metric (convention 4)"))
d.Q("1130억 원", 113000000000, W, "원", "currency", f=("음료", None, S, H1, "level"))
d.Q("640억 원", 64000000000, W, "원", "currency", f=("과자", None, S, H1, "level"))
d.Q("1450종", 1450, "종", "종", C, approx=True, f=("PB 상품", "PB 상품은", S, H1, "level", "required", "약 → approx; the company's period carried"))
d.Q("420종", 420, "종", "종", C, f=("PB 상품", "PB 상품은", S, "2025-01/2025-06", "level", "required", "이 가운데: a part; 올해 1~6월 in the clause"))
d.Q("4조 310억 원", 4031000000000, W, "원", "currency", f=("매출", "상반기 매출", S, H1, "level"))
d.Q("1020억 원", 102000000000, W, "원", "currency", f=("영업이익", None, S, H1, "level"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="a rate denominator (하루 = per day): optional (ANNOTATION)")
d.Q("80만 상자", 800000, "상자", "상자", C, f=("처리", "처리하는", "데일리로지스", "2025-07", "level", "required",
    "the centre's daily handling capacity: no noun names it, the verbal noun serves; 지난달 in the clause"))
d.Q("1만 8400여 곳", 18400, "곳", "곳", C, approx=True, f=("점포 수", "의 점포 수는 각각", "BGF리테일", "", "level", "optional",
    "여 between number and unit: in the span, approx; 각각: first → BGF리테일; a rival's figure with no date: open question 3"))
d.Q("1만 8100여 곳", 18100, "곳", "곳", C, approx=True, f=("점포 수", "의 점포 수는 각각", "GS리테일", "", "level", "optional",
    "각각: second → GS리테일; open question 3"))
d.Q("2.1%", 2.1, "%", "%", P, f=("주요 편의점 매출", None, "", H1, "change", "required", "industry figure from a ministry: no subject"))
d.Q("1만 2500곳", 12500, "곳", "곳", C, bound="min", f=("점포", "점포를", S, "2025", "level", "required", "이상 → min; the head speaks for the company"))
d.Q("30%", 30, "%", "%", P, ctx="30%대", approx=True, f=("PB 매출 비중", None, S, "2025", "level", "required", "대 after the unit: outside the span, approx"))

# ---------------------------------------------------------------- 006 shipbuilder: orders and backlog in CGT (뉴시스 dateline, 2025년 in the lead)
d = Doc("006_6a13423d1aaf939d", "2025-12-03"); docs.append(d)
S = "서해중공업"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before 관계자")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("에게안마린", "에게안마린", note="invented customer (선사); 그리스 (place) outside")
d.O("서해미포조선", "서해미포조선", note="invented affiliate (계열사)")
d.O("클락슨리서치", "클락슨리서치", note="research firm cited as the source; 영국 and the descriptive noun outside")
d.O("HD한국조선해양", "HD한국조선해양", note="rival, first of a 각각 pair")
d.O("한화오션", "한화오션", note="rival, second of a 각각 pair")
R = "2025-01/2025-11"
d.D("올해", "2025", Y, ctx="올해 수주 142억", rel=True, note="headline")
d.D("2025년 1~11월", R, "month", note="a range written with ~: one mention; the missing year of 11월 from the start")
d.D("3일", "2025-12-03", "day", rel=True, note="day of the announcement: not a period")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("지난해 말", "2024", Y, mod="END", rel=True)
d.D("같은 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's 1~11월")
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~11월")
d.D("올해", "2025", Y, ctx="올해 수주액", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.D("내년", "2026", Y, ctx="내년 수주 목표", rel=True)
d.Q("142억달러", 14200000000, U, "달러", "currency", f=("수주", "올해 수주 142억달러", S, "2025", "level", "required", "headline; the headline's 올해"))
d.Q("1180만CGT", 11800000, CGT, "CGT", M, f=("수주잔고", "수주잔고 1180만CGT", S, "2025", "level", "required",
    "headline; CGT kept as its own unit (convention 11); the headline's 올해 (convention 7)"))
d.Q("142억 달러", 14200000000, U, "달러", "currency", f=("누적 수주액", None, S, R, "level"))
d.Q("135억 달러", 13500000000, U, "달러", "currency", f=("목표", "연간 목표", S, "2025", "level", "optional",
    "the annual target in brackets: the year 2025 (written, 연간) or the clause's 1~11월? open question 10"))
d.Q("105%", 105, "%", "%", P, f=("목표", "연간 목표", S, R, "level", "required", "the share of the target reached over 1~11월"))
d.Q("18척", 18, "척", "척", C, f=("액화천연가스(LNG) 운반선", None, S, R, "level", "required", "counted noun; the lead's period carried"))
d.Q("9척", 9, "척", "척", C, f=("초대형 원유운반선(VLCC)", None, S, R, "level"))
d.Q("41척", 41, "척", "척", C, f=("수주 선박", None, S, R, "level"))
d.Q("6척", 6, "척", "척", C, f=("LNG 운반선", "발주한 LNG 운반선", S, R, "level", "required",
    "이 가운데: a part of the yard's orders; the customer who ordered them is no subject (convention 8)"))
d.Q("2억5500만 달러", 255000000, U, "달러", "currency", f=("", None, S, R, "level", "required",
    "척당 (rate word) … 수준: the ship price, no noun names it: metric empty; 수준 is not an approximator (convention 11)"))
d.Q("1180만 CGT", 11800000, CGT, "CGT", M, f=("수주잔고", "수주잔고는 1180만", S, "2025-11", "level"))
d.Q("3.4년", "3.4", Y, "년", "duration", approx=True, note="약 … 년치: an amount of time, 치 outside (approx); duration, no fact")
d.Q("1020만 CGT", 10200000, CGT, "CGT", M, f=("수주잔고", "수주잔고는 1180만", S, "2024", "level", "required",
    "basis in brackets after 지난해 말: that date"))
d.Q("15.7%", 15.7, "%", "%", P, f=("수주잔고", "수주잔고는 1180만", S, "2025-11", "change"))
d.Q("23척", 23, "척", "척", C, f=("중형 석유제품운반선", None, "서해미포조선", R, "level", "required", "같은 기간 → 1~11월"))
d.Q("12억 달러", 1200000000, U, "달러", "currency", approx=True, f=("수주", "달러)을 수주했다", "서해미포조선", R, "level", "required",
    "the order value in brackets (not a conversion: a different measure of the same order); the verbal noun serves"))
d.Q("4230만 CGT", 42300000, CGT, "CGT", M, f=("전 세계 선박 발주량", None, "", R, "level", "required", "global market total from a cited firm: no subject"))
d.Q("31%", 31, "%", "%", P, f=("전 세계 선박 발주량", None, "", R, "change"))
d.Q("24%", 24, "%", "%", P, f=("수주 점유율", None, "", R, "level", "required", "a country's figure: no subject"))
d.Q("61%", 61, "%", "%", P, f=("수주 점유율", None, "", R, "level", "required", "중국(61%): a country's share, no subject"))
d.Q("2위", 2, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("180억 달러", 18000000000, U, "달러", "currency", f=("수주액", "올해 수주액", "HD한국조선해양", "2025", "level", "required", "각각: first"))
d.Q("89억 달러", 8900000000, U, "달러", "currency", approx=True, f=("수주액", "올해 수주액", "한화오션", "2025", "level", "required",
    "각각: second; 안팎 written after it → approx on this one only (convention 11)"))
d.Q("150억 달러", 15000000000, U, "달러", "currency", bound="min", f=("수주 목표", None, S, "2026", "level", "required", "이상 → min; the spokesperson"))

write_all(docs)
