"""Gold labels of articles-holdout102, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout102/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"


def quarter_end(d, text, value, ctx=None, rel=True, st="required", note=""):
    """A quarter with 말 (mod END): the framework cannot compute its day range; written as the quarter's last month."""
    d.D(text, value, "quarter", ctx=ctx, mod="END", rel=rel, st=st, note=note, rng=False)
    y, q = int(value[:4]), int(value[-1])
    import calendar
    mo = 3 * q
    d.d[-1]["range_start"] = f"{y}-{mo:02d}-01"
    d.d[-1]["range_end"] = f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


# ---------------------------------------------------------------- 001 airline: passengers, load factor, fuel costs (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_818b1cdcde245645", "2026-02-05"); docs.append(d)
S = "한결항공"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국공항공사", "한국공항공사", note="airport operator cited as the source (에 따르면)")
d.O("제주항공", "제주항공", note="rival airline (경쟁사)")
d.O("한결홀딩스", "한결홀딩스", note="invented parent company (모회사)")
d.O("보잉", "보잉", st="optional", note="company name used only as the modifier inside a product name (보잉 737-8 기종)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 여객", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년(896만명)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년 대비 2.1%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 12%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + "; → 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention (as before a month); 까지 outside")
d.D("올해", "2026", "year", ctx="올해 여객", rel=True)
d.Q("1천만명", 10000000, "명", "명", C, ctx="1천만명 돌파", bound="gt", note="돌파 → gt",
    f=("여객", "지난해 여객", S, Y, "level", "required", "headline: the headline's own organization and 지난해"))
d.Q("18%", 18, "%", "%", P, ctx="영업익 18%↓", f=("영업익", None, S, Y, "change", "required", "↓ = decrease; no written sign, so the value stays positive"))
d.Q("1천42만명", 10420000, "명", "명", C, f=("여객", "1천42만명의 여객", S, Y, "level"))
d.Q("896만명", 8960000, "명", "명", C, note="basis figure in brackets",
    f=("여객", "1천42만명의 여객", S, "2024", "level", "required", "basis figure after 전년: its own period is that year (convention 4)"))
d.Q("16.3%", 16.3, "%", "%", P, f=("여객", "1천42만명의 여객", S, Y, "change", "required", "the growth of the passenger count; period the current one"))
d.Q("1천만명", 10000000, "명", "명", C, ctx="1천만명을 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("여객", "1천42만명의 여객", S, Y, "level", "required", "a threshold passed gets its own fact (like FACTS' 1억 위안 이상의 매출)"))
d.Q("88.4%", 88.4, "%", "%", P, f=("국제선 평균 탑승률", None, S, Y, "level", "required", "국제선 changes what is measured: in the metric; subject and period carried from the lead"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("국제선 평균 탑승률", None, S, Y, "change"))
d.Q("412만명", 4120000, "명", "명", C, f=("일본 노선", None, S, Y, "level", "required", "breakdown item (노선별로는): the part named is the metric (convention 3)"))
d.Q("268만명", 2680000, "명", "명", C, f=("동남아 노선", None, S, Y, "level", "required", "각각: first of the pair"))
d.Q("97만명", 970000, "명", "명", C, f=("중국 노선", None, S, Y, "level", "required", "각각: second of the pair"))
d.Q("1조4천280억원", 1428000000000, W, "원", "currency", f=("매출", "한결항공의 매출", S, Y, "level", "required", "A의 매출: subject 한결항공; the lead's 2025 carried"))
d.Q("1천120억원", 112000000000, W, "원", "currency", f=("영업이익", None, S, Y, "level"))
d.Q("18%", 18, "%", "%", P, ctx="18% 줄었다", f=("영업이익", None, S, Y, "change"))
d.Q("5천630억원", 563000000000, W, "원", "currency", f=("유류비", "유류비가", S, Y, "level"))
d.Q("9%", 9, "%", "%", P, approx=True, note="약 → approx", f=("유류비", "유류비가", S, Y, "change"))
d.Q("39.4%", 39.4, "%", "%", P, f=("유류비", "유류비가", S, Y, "level", "required", "share of 매출 taken by the clause's subject 유류비 (convention 5)"))
d.Q("95달러", 95, U, "달러", "currency", approx=True, note="안팎 → approx; 배럴당 is a rate word without a number",
    f=("항공유 가격", None, "", "2025-Q4", "level", "required", "a market price of jet fuel, no organization's figure (회사 측 only reports it)"))
d.Q("9천100만명", 91000000, "명", "명", C, approx=True, note="약 → approx",
    f=("국제선 이용객", None, "", Y, "level", "required", "national airport statistic; the cited source gives no subject"))
d.Q("12%", 12, "%", "%", P, f=("국제선 이용객", None, "", Y, "change"))
d.Q("1천350만명", 13500000, "명", "명", C,
    f=("", None, "제주항공", Y, "level", "required", "태웠다: no noun names the count (태우다 is no verbal noun): metric empty; 같은 기간 → 2025"))
d.Q("6대", 6, "대", "대", C, f=("기종", None, "한결홀딩스", "2026-H1", "level", "required", "the parent's plan; deadline 올해 상반기까지 as period"))
d.Q("1천200만명", 12000000, "명", "명", C, f=("여객", "올해 여객", S, "2026", "level", "required", "the head speaks for the company"))
d.Q("90%", 90, "%", "%", P, bound="min", note="이상 → min", f=("탑승률", "탑승률 90%", S, "2026", "level"))

# ---------------------------------------------------------------- 002 steelmaker: crude-steel output and product prices ([머니투데이] byline, no year anywhere)
d = Doc("002_08a1b634ecce1bce", "2026-01-22"); docs.append(d)
S = "대성제강"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 6: ("required", "organization before a head's title (사장)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한국철강협회", "한국철강협회", note="industry association cited as the source")
d.O("현대제철", "현대제철", note="rival (경쟁사)")
d.O("대성스틸솔루션", "대성스틸솔루션", note="invented subsidiary (냉연 자회사)")
d.O("한반도조선", "한반도조선", note="invented customer (고객사): counterparty of the order")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 조강생산", rel=True, note="headline: the latest Q4 on or before 2026-01-22")
d.D("지난해 4분기", Q4, "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("22일", "2026-01-22", "day", rel=True, note="day of the disclosure: not a period")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="basis quarter: the latest Q3 on or before the document date")
d.D("4분기", Q4, "quarter", ctx="4분기 영업이익은", rel=True)
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset: by the letter (from the document date) 2025; read against the 4분기 it compares with, 2024-Q4: open (question 2)")
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.5%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", "2025", "year", ctx="같은 기간 870만t", rel=True, st="optional", anchor="2025-01-01", note=PB + "; → 지난해")
d.D("4분기", Q4, "quarter", ctx="4분기 영업이익률", rel=True)
d.D("같은 기간", Q4, "quarter", ctx="같은 기간 매출", rel=True, st="optional", anchor="2025-10-01", note=PB + "; → 4분기")
d.D("지난달", "2025-12", "month", rel=True)
quarter_end(d, "올해 1분기 말", "2026-Q1", note="올해 before a quarter with 말: one mention, END")
d.D("1분기", "2026-Q1", "quarter", ctx="1분기 안에", rel=True, note="future clause (끌어올리겠다); 안에 outside")
d.Q("210만t", 2100000, "t", "t", M, ctx="210만t…", f=("조강생산", None, S, Q4, "level", "required", "headline: its own organization and 4분기"))
d.Q("210만t", 2100000, "t", "t", M, ctx="210만t으로", f=("조강 생산량", "대성제강의 지난해 4분기 조강 생산량", S, Q4, "level", "required", "A의 … 생산량"))
d.Q("6.2%", 6.2, "%", "%", P, f=("조강 생산량", "대성제강의 지난해 4분기 조강 생산량", S, Q4, "change"))
d.Q("870만t", 8700000, "t", "t", M, ctx="870만t 가량", approx=True, note="가량 → approx",
    f=("생산량", "연간 생산량", S, "2025", "level", "required", "연간 (a period word) outside the metric; the annual figure is for 지난해 (2025), not the quarter (convention 1)"))
d.Q("3년", 3, "year", "년", "duration", note="3년 만에: duration, 만에 outside; no fact")
d.Q("900만t", 9000000, "t", "t", M, bound="lt", note="900만t 아래로 내려갔다: below the threshold → lt (convention 8)",
    f=("생산량", "연간 생산량", S, "2025", "level", "required", "a threshold the annual output fell below"))
d.Q("82만원", 820000, W, "원", "currency", note="t당 is a rate word without a number",
    f=("열연강판 유통가격", None, S, Q4, "level", "required", "제품별로는 in the company's disclosure: its products' price (convention 11); the lead's 4분기"))
d.Q("86만원", 860000, W, "원", "currency", note="basis figure in brackets after 3분기",
    f=("열연강판 유통가격", None, S, "2025-Q3", "level", "required", "the basis figure takes its bracketed date (convention 4)"))
d.Q("4만원", 40000, W, "원", "currency", f=("열연강판 유통가격", None, S, Q4, "change", "required", "내렸고: a difference; no written sign"))
d.Q("72만~75만원", 720000, W, "원", "currency", hi=750000, approx=True, note="range; 선에서 → approx (convention 8)",
    f=("철근", None, S, Q4, "level", "required", "breakdown item: the product named is the metric (convention 3)"))
d.Q("410억원", 41000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은", S, Q4, "level"))
d.Q("37%", 37, "%", "%", P, f=("영업이익", "4분기 영업이익은", S, Q4, "change", "required", "1년 전보다 = basis; the period is the current quarter"))
d.Q("6천300만t", 63000000, "t", "t", M, f=("국내 조강 생산량", None, "", "2025", "level", "required", "national figure; the association is only the source"))
d.Q("3.5%", 3.5, "%", "%", P, f=("국내 조강 생산량", None, "", "2025", "change"))
d.Q("870만t", 8700000, "t", "t", M, ctx="870만t 안팎", approx=True, note="안팎 → approx",
    f=("중국산 수입 철강재", None, "", "2025", "level", "required", "imports, no organization's figure; 같은 기간 → 지난해"))
d.Q("10%", 10, "%", "%", P, bound="gt", note="넘게 → gt", f=("중국산 수입 철강재", None, "", "2025", "change"))
d.Q("3.1%", 3.1, "%", "%", P, f=("영업이익률", None, S, Q4, "level", "required", "각각: first of the pair"))
d.Q("4.4%", 4.4, "%", "%", P, f=("영업이익률", None, "현대제철", Q4, "level", "required", "각각: second of the pair; the sentence's 4분기"))
d.Q("3천200억원", 320000000000, W, "원", "currency", f=("매출", "같은 기간 매출", "대성스틸솔루션", Q4, "level", "required", "같은 기간 → 4분기"))
d.Q("15만t", 150000, "t", "t", M, f=("후판", None, S, "2025-12", "level", "required", "the customer (로부터) is a counterparty, no subject; the measured noun 후판 names it (a verbal noun only when no noun does)"))
d.Q("85%", 85, "%", "%", P, bound="min", note="이상 → min", f=("전기로 가동률", None, S, "2026-Q1", "level", "required", "the head speaks for the company"))

# ---------------------------------------------------------------- 003 pet-food startup: subscription revenue and repeat purchases (입력 stamp; the year only there)
d = Doc("003_96d3bdd822db775b", "2026-03-10"); docs.append(d)
S = "냠냠펫"
d.Oall(S, S, special={0: ("required", "headline topic before a comma")})
d.O("냠냠박스", "냠냠박스", st="optional", note="a subscription service run by the company: product or business unit")
d.O("한솔벤처파트너스", "한솔벤처파트너스", note="invented venture investor: counterparty (로부터)")
d.O("바른펫푸드", "바른펫푸드", note="invented partner manufacturer (협력사); 충북 음성 (place) outside")
d.O("한국농촌경제연구원", "한국농촌경제연구원", note="research institute, the estimate's source")
d.O("멍냥마켓", "멍냥마켓", note="invented rival (경쟁사)")
d.D("2026.03.10", "2026-03-10", "day", note="the 입력 stamp's date: a calendar date written in the text, required (convention 9)")
d.D("09:15", "2026-03-10T09:15", "day", st="optional", note="clock time of the stamp: optional at most (ANNOTATION)")
d.D("지난 2월", "2026-02", "month", rel=True, note="the latest February on or before 2026-03-10")
d.D("9일", "2026-03-09", "day", rel=True, note="day of the announcement: not a period")
d.D("지난해 같은 달", "2025-02", "month", rel=True, st="optional", anchor="2026-02-01", note=PB + "; 같은 달 → 2월 of 지난해")
d.D("2월 말", "2026-02", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True)
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 약", rel=True)
d.D("5년 전", "2021", "year", rel=True, st="optional",
    note="offset: by the letter (from the document date) 2021; read against the 지난해 it compares with, 2020: open (question 2)")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (넘기겠다): the next first half, this year's")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause: this year's end")
d.Q("12억", 1200000000, W, "", "currency", ctx="12억 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("71%", 71, "%", "%", P, ctx="재구매율 71%",
    f=("재구매율", "재구매율 71%", S, "", "level", "required", "headline with no date and nothing earlier: period empty (FACTS: never the document date by default)"))
d.Q("12억3천만원", 1230000000, W, "원", "currency", f=("구독 매출", "지난 2월 구독 매출", S, "2026-02", "level"))
d.Q("5억1천만원", 510000000, W, "원", "currency", note="basis figure in brackets",
    f=("구독 매출", "지난 2월 구독 매출", S, "2025-02", "level", "required", "basis after 지난해 같은 달: that month (convention 4)"))
d.Q("2.4배", 2.4, "배", "배", C, f=("구독 매출", "지난 2월 구독 매출", S, "2026-02", "change", "required", "N배 against a past basis: a rate of change (convention 8)"))
d.Q("3만8천여명", 38000, "명", "명", C, approx=True, note="여 inside the span → approx", f=("유료 구독자", None, S, "2026-02", "level", "required", "2월 말 기준 → 2026-02"))
d.Q("1만4천명", 14000, "명", "명", C, f=("고양이 사료 구독자", None, S, "2026-02", "level", "required", "이 가운데: a part of the subscribers; as-of date carried"))
d.Q("37%", 37, "%", "%", P, f=("고양이 사료 구독자", None, S, "2026-02", "level", "required", "share taken by the clause's subject (convention 5)"))
d.Q("석 달", 3, "month", "달", "duration", bound="min", note="native numeral 석 + 달; 이상 → min; defines the customer group; duration: no fact")
d.Q("71%", 71, "%", "%", P, ctx="71%로", f=("재구매율", "재구매율은", S, "2026-02", "level", "required", "no date of its own: the period last set for 냠냠펫 (2월 말 기준) carried"))
d.Q("5%포인트", 5, PP, "%포인트", P, f=("재구매율", "재구매율은", S, "2026-02", "change", "required", "지난해 4분기보다 = basis"))
d.Q("1인", 1, "인", "인", C, st="optional", note="1인당: a rate denominator (ANNOTATION: optional)")
d.Q("3만2천원", 32000, W, "원", "currency", approx=True, note="선 → approx (convention 8)", f=("월평균 결제액", None, S, "2026-02", "level"))
d.Q("45억원", 4500000000, W, "원", "currency", f=("시리즈A 투자", None, S, "2025-11", "level", "required", "규모: the thing whose size it is; the startup raised it (investors are counterparties)"))
d.Q("2조1천억원", 2100000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("국내 펫푸드 시장", None, "", "2025", "level", "required", "a market's size: no subject; the institute is the source"))
d.Q("60%", 60, "%", "%", P, approx=True, note="가량 → approx", f=("국내 펫푸드 시장", None, "", "2025", "change"))
d.Q("2만명", 20000, "명", "명", C, approx=True, note="남짓 → approx",
    f=("정기배송 고객", None, "멍냥마켓", "", "level", "optional", "open (question 3): a rival's undated figure — empty by the letter of carry-forward (no period set for 멍냥마켓) or the paragraph's 지난해"))
d.Q("20억원", 2000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt (governs both targets)",
    f=("월 구독 매출", None, S, "2026-H1", "level", "required", "the head's target; 상반기 중"))
d.Q("5만명", 50000, "명", "명", C, bound="gt", note="넘기겠다 → gt", f=("구독자", "구독자 5만명", S, "2026-H1", "level"))

# ---------------------------------------------------------------- 004 province: youth-jobs budget and participants (regional daily, end byline; 2026년 in the lead)
d = Doc("004_02ed7e8f65b25314", "2026-01-13"); docs.append(d)
S = "경상남도"
d.O("경남도", S, ctx="경남도,", note="headline: the province acting as a government; short form of 경상남도")
d.O("경상남도", S, note="province as government (ANNOTATION: 경기도)")
d.O("경남일자리진흥원", "경남일자리진흥원", aliases="진흥원", note="invented agency funded by the province (출연기관); (이하 진흥원) recorded as alias")
d.O("진흥원", "경남일자리진흥원", ctx="이하 진흥원", st="optional", note="short name defined with 이하: optional where defined")
d.O("진흥원", "경남일자리진흥원", ctx="진흥원은", note="later use of the 이하 short name: required")
d.O("통계청", "통계청", note="statistics agency cited as the source")
d.O("창원시", "창원시", note="city acting as a government")
d.O("김해시", "김해시", note="city acting as a government")
d.O("경남도", S, ctx="경남도 경제부지사", note="organization before a person's title")
Y = "2026"
d.D("올해", Y, "year", ctx="올해 1천86억", rel=True, note="headline")
d.D("2026년", Y, "year", ctx="2026년 청년 일자리 사업")
d.D("전년", "2025", "year", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("12일", "2026-01-12", "day", rel=True, note="day of the announcement: not a period")
d.D("2026년", Y, "year", ctx="2026년 청년 일자리 종합계획", note="a year with 년 before a plan's name is a DATE (ANNOTATION: 2019년 압사라 컨퍼런스)")
d.D("올해", Y, "year", ctx="올해 목표", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 실적", rel=True)
d.D("지난해 1~11월", "2025-01/2025-11", "month", rel=True, note="지난해 before a month range: one mention")
d.D("지난해 3분기", "2025-Q3", "quarter", rel=True)
d.D("같은 기간", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + "; → 지난해 3분기")
d.D("5년 전", "2021", "year", rel=True, st="optional",
    note="offset: by the letter (from the document date) 2021; read against 지난해 3분기, 2020-Q3: open (question 2)")
d.D("오는 3월 초", "2026-03", "month", mod="START", rel=True, note="future: the next March; 초 → START")
d.Q("1천86억", 108600000000, W, "", "currency", ctx="1천86억 투입", st="optional", note="headline amount, currency implied")
d.Q("1만2천명", 12000, "명", "명", C, ctx="1만2천명 목표", f=("참여자", "참여자 1만2천명", S, Y, "level", "required", "headline: its own organization and 올해"))
d.Q("14.7%", 14.7, "%", "%", P, f=("투입", "투입한다", S, Y, "change", "required", "no measure noun: the verbal noun 투입 (FACTS: 판매했다 → 판매)"))
d.Q("1천86억원", 108600000000, W, "원", "currency", f=("투입", "투입한다", S, Y, "level"))
d.Q("1만2천명", 12000, "명", "명", C, ctx="1만2천명으로", f=("목표 참여자", None, S, Y, "level", "required", "도는 (an anaphor) carries 경상남도"))
d.Q("9천870명", 9870, "명", "명", C, note="basis figure in brackets", f=("실적", None, S, "2025", "level", "required", "지난해 실적(…): the bracket measures 실적 of 지난해 (convention 4)"))
d.Q("2천여명", 2000, "명", "명", C, approx=True, note="여 → approx", f=("목표 참여자", None, S, Y, "change", "required", "a difference from the basis (많다)"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("청년 인턴 지원", "청년 인턴 지원에", S, Y, "level", "required", "사업별로는: the item named is the metric (convention 3)"))
d.Q("238억원", 23800000000, W, "원", "currency", f=("창업 지원", "창업 지원에", S, Y, "level"))
d.Q("18개", 18, "개", "개", C, f=("시·군", None, S, Y, "level", "required", "counted noun; the province's plan pays them"))
d.Q("4천350명", 4350, "명", "명", C, f=("청년 인턴", "청년 인턴 4천350명", "경남일자리진흥원", "2025-01/2025-11", "level", "required", "the agency's own result; 진흥원 = its 이하 short name"))
d.Q("620곳", 620, "곳", "곳", C, f=("중소기업", None, "경남일자리진흥원", "2025-01/2025-11", "level"))
d.Q("68%", 68, "%", "%", P, f=("전환", "전환됐다", "경남일자리진흥원", "2025-01/2025-11", "level", "required", "이 중: share of the interns; the verbal noun 전환 names it"))
d.Q("15~29세", 15, "세", "세", C, hi=29, note="age range defining a group (definitional)",
    f=("", None, "", "", "level", "optional", "definitional range: part of the metric, no fact (FACTS); row neutralised"))
d.Q("42.1%", 42.1, "%", "%", P, f=("청년(15~29세) 고용률", None, "", "2025-Q3", "level", "required", "regional statistic: 경남 here a place, the agency the source; the definitional range stays in the metric"))
d.Q("46.0%", "46.0", "%", "%", P, note="value as written", f=("전국 평균", None, "", "2025-Q3", "level", "required", "the national average in brackets"))
d.Q("3.9%포인트", 3.9, PP, "%포인트", P, f=("청년(15~29세) 고용률", None, "", "2025-Q3", "change", "required", "a difference from the national average: change"))
d.Q("48만명", 480000, "명", "명", C, approx=True, note="약 → approx", f=("도내 청년 인구", None, "", "2025-Q3", "level", "required", "같은 기간 → 지난해 3분기"))
d.Q("7만명", 70000, "명", "명", C, approx=True, note="가까이 (nearly) → approx (convention 8)", f=("도내 청년 인구", None, "", "2025-Q3", "change"))
d.Q("95억원", 9500000000, W, "원", "currency",
    f=("자체 예산", None, "창원시", Y, "level", "optional", "open (question 3): the cities' contributions to the province's plan — the story's 2026 (written) or empty (no period set for the cities)"))
d.Q("41억원", 4100000000, W, "원", "currency", f=("자체 예산", None, "김해시", Y, "level", "optional", "각각: second of the pair; open (question 3)"))
d.Q("10명", 10, "명", "명", C, st="optional", note="10명 중: a rate denominator (ANNOTATION: optional)")
d.Q("1명", 1, "명", "명", C, bound="min", note="이상 → min", f=("청년", "청년 10명", S, Y, "level", "required", "the vice-governor speaks for the province"))

# ---------------------------------------------------------------- 005 webtoon platform: paying users and overseas revenue (press release; 2025년 상반기 in the lead)
d = Doc("005_d7c9740e7c1b40d3", "2025-08-12"); docs.append(d)
S = "툰플렉스"
SK = "스카이엔터테인먼트"
d.O(S, S, ctx="툰플렉스, 2025년", note="headline topic before a comma")
d.O(S, S, ctx="툰플렉스(대표", note="invented webtoon platform (a company)")
d.O(S, S, ctx="툰플렉스 비중", note="the platform as a share of its parent's revenue")
d.O(S, S, ctx="툰플렉스 홍보팀", note="contact line: the company; its 홍보팀 is an internal team label, outside")
d.O(SK, SK, aliases="스카이엔터", note="invented parent (모회사); (이하 스카이엔터) recorded as alias")
d.O("스카이엔터", SK, ctx="이하 스카이엔터", st="optional", note="short name defined with 이하: optional where defined")
d.O("스카이엔터", SK, ctx="스카이엔터는", note="later use of the 이하 short name: required")
d.O("툰플렉스재팬", "툰플렉스재팬", note="invented Japanese subsidiary (현지법인); 일본 (place) outside")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited as the source")
H1 = "2025-H1"
d.D("2025년 상반기", H1, "half", ctx="2025년 상반기 유료", note="headline")
d.D("2025년 상반기", H1, "half", ctx="2025년 상반기 월평균")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("12일", "2025-08-12", "day", rel=True, note="day of the release: not a period")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note=PB + "; → 2025년 상반기")
d.D("작년 상반기", "2024-H1", "half", rel=True, note="작년 (document-relative) before a half: one mention, required")
d.D("지난해", "2024", "year", rel=True, note="지난해 연간 평균: 연간 outside")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("상반기", H1, "half", ctx="상반기 콘텐츠", rel=True, note="bare half: the latest H1 on or before the document date")
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 17.6%", rel=True, st="optional",
    note="points back to a statistic's year that the text never names; written as the year before the document's (open, question 4)")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (목표): the current second half")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause: this year's end; 까지 outside")
d.Q("320만명", 3200000, "명", "명", C, ctx="320만명…", f=("유료 이용자", "유료 이용자 320만명…", S, H1, "level", "required", "headline: its own 2025년 상반기"))
d.Q("41%", 41, "%", "%", P, ctx="비중 41%", f=("해외 매출 비중", "해외 매출 비중 41%", S, H1, "level"))
d.Q("320만명", 3200000, "명", "명", C, ctx="320만명으로", f=("월평균 유료 이용자", None, S, H1, "level", "required", "월평균 changes what is counted (an average, not a total): kept in the metric"))
d.Q("21%", 21, "%", "%", P, f=("월평균 유료 이용자", None, S, H1, "change"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("거래액", None, S, H1, "level", "required", "같은 기간 → 2025년 상반기"))
d.Q("1,510억 원", 151000000000, W, "원", "currency", note="basis figure in brackets", f=("거래액", None, S, "2024-H1", "level", "required", "basis after 작년 상반기: that half (convention 4)"))
d.Q("330억 원", 33000000000, W, "원", "currency", f=("거래액", None, S, H1, "change"))
d.Q("754억 원", 75400000000, W, "원", "currency", f=("해외 매출", "해외 매출은", S, H1, "level"))
d.Q("41%", 41, "%", "%", P, ctx="41%를", f=("해외 매출", "해외 매출은", S, H1, "level", "required", "share of 전체 매출 taken by the clause's subject (convention 5)"))
d.Q("40%", 40, "%", "%", P, bound="gt", note="넘어섰다 → gt", f=("해외 매출", "해외 매출은", S, H1, "level", "required", "a threshold passed"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("일본", "일본과 북미", S, H1, "level", "required", "지역별로는, 각각: the region named is the metric (convention 3)"))
d.Q("205억 원", 20500000000, W, "원", "currency", f=("북미", "일본과 북미", S, H1, "level"))
d.Q("1인", 1, "인", "인", C, st="optional", note="1인당: a rate denominator (optional)")
d.Q("9,600원", 9600, W, "원", "currency", approx=True, note="약 → approx", f=("월평균 결제액", None, S, H1, "level", "required", "the lead's half carried"))
d.Q("800원", 800, W, "원", "currency", f=("월평균 결제액", None, S, H1, "change", "required", "지난해 연간 평균보다 = basis"))
d.Q("4,200여 편", 4200, "편", "편", C, approx=True, note="여 between number and counter: inside the span → approx",
    f=("연재 작품", None, S, "2025-06", "level", "required", "6월 말 기준"))
d.Q("1,100편", 1100, "편", "편", C, f=("연재 작품", None, S, "2025-06", "level", "required", "이 중: a part; the counted noun is 작품 (연재 작품), nearest mention"))
d.Q("63%", 63, "%", "%", P,
    f=("툰플렉스 비중", None, SK, H1, "level", "optional", "open (question 5): a share inside the parent's segment revenue — the parent's figure (written) or the platform's"))
d.Q("300억 원", 30000000000, W, "원", "currency", f=("출자", "출자했다", SK, "2025-03", "level", "required", "the parent invested; the subsidiary receiving it is a counterparty"))
d.Q("2조 1,890억 원", 2189000000000, W, "원", "currency",
    f=("국내 웹툰 산업 매출", None, "", "", "level", "required", "an industry figure; no period written (전년 points to an unnamed year): empty (open, question 4)"))
d.Q("17.6%", 17.6, "%", "%", P, f=("국내 웹툰 산업 매출", None, "", "", "change"))
d.Q("400만 명", 4000000, "명", "명", C, f=("유료 이용자", "유료 이용자 400만", S, "2025-H2", "level", "required", "the head's target for 하반기"))
d.Q("50%", 50, "%", "%", P, f=("해외 매출 비중", "해외 매출 비중 50%", S, "2025", "level", "required", "연말까지 → the year 2025 (END)"))

# ---------------------------------------------------------------- 006 securities firm: brokerage commissions and IPO underwriting (뉴스1 dateline; 지난 2025년 in the lead)
d = Doc("006_105deca0202f6812", "2026-02-03"); docs.append(d)
S = "청운투자증권"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("세온테크", "세온테크", note="invented client whose listing the firm underwrote")
d.O("코스닥", "코스닥", ctx="코스닥 상장", st="optional", note="a market run by 한국거래소: a business unit / platform (optional)")
d.O("한국거래소", "한국거래소", note="exchange cited as the source")
d.O("코스피", "코스피", st="optional", note="a market run by 한국거래소 (optional)")
d.O("코스닥", "코스닥", ctx="코스닥 시장", st="optional", note="a market run by 한국거래소 (optional)")
d.O("키움증권", "키움증권", note="rival broker")
d.O("청운금융지주", "청운금융지주", note="invented parent holding company (모회사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난 2025년", Y, "year", note="지난 before an explicit year: in the span, not relative (ANNOTATION)")
d.D("3일", "2026-02-03", "day", rel=True, note="day of the announcement: not a period")
d.D("2019년", "2019", "year")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + "; → 2025년")
d.D("전년", "2024", "year", ctx="전년 대비 28.5%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("지난해", Y, "year", ctx="지난해 코스피", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 약 14%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; 중 outside")
d.D("올해", "2026", "year", ctx="올해 IPO", rel=True)
d.Q("9건", 9, "건", "건", C, ctx="9건 '역대", f=("IPO 주관", "IPO 주관 9건", S, Y, "level", "required", "headline: its own organization and 작년"))
d.Q("2,310억", 231000000000, W, "", "currency", ctx="위탁수수료 2,310억", st="optional", note="headline amount, currency implied")
d.Q("한 해", 1, "year", "해", "duration", st="optional",
    note="지난 2025년 한 해 동안: a duration by 동안 (ANNOTATION), or part of the year's DATE like 올 한해: open (question 6)")
d.Q("9건", 9, "건", "건", C, ctx="9건을", f=("기업공개", "기업공개(IPO) 9건", S, Y, "level", "required", "counted noun; (IPO) an alias outside"))
d.Q("4,870억원", 487000000000, W, "원", "currency",
    f=("공모 총액", None, S, Y, "level", "required", "the underwriter's league-table figure (모았다): its own; the issuers are not named"))
d.Q("6건", 6, "건", "건", C, note="basis figure in brackets after 2019년",
    f=("기업공개", "기업공개(IPO) 9건", S, "2019", "level", "required", "the bracketed year's count (convention 4)"))
d.Q("2,310억원", 231000000000, W, "원", "currency", f=("주식 위탁매매 수수료 수익", None, S, Y, "level", "required", "같은 기간 → 2025년"))
d.Q("28.5%", 28.5, "%", "%", P, f=("주식 위탁매매 수수료 수익", None, S, Y, "change"))
d.Q("640억원", 64000000000, W, "원", "currency", f=("해외주식 수수료", None, S, Y, "level", "required", "이 가운데: a part with its own measure noun"))
d.Q("2배", 2, "배", "배", C, approx=True, note="가까이 (nearly) → approx (convention 8)", f=("해외주식 수수료", None, S, Y, "change"))
d.Q("312만개", 3120000, "개", "개", C, bound="gt", note="돌파 → gt", f=("리테일 고객 계좌 수", None, S, Y, "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("2만4천원", 24000, W, "원", "currency",
    f=("공모가", None, "세온테크", "2025-11", "level", "required", "the client's offer price: the issuer's figure, not the underwriter's (convention 11)"))
d.Q("1,132대", 1132, "대", "대", C, st="optional",
    note="청약 경쟁률 1,132대 1: 대 means 'to' in a ratio, not the vehicle counter; the trailing 1 is not labelled (question 7)")
d.Q("6조3천억원", 6300000000000, W, "원", "currency",
    f=("증거금", None, "세온테크", "2025-11", "level", "required", "the deposits of 세온테크's offering (the clause's topic)"))
d.Q("21조6천억원", 21600000000000, W, "원", "currency", f=("일평균 거래대금", None, "", Y, "level", "required", "market total: no subject; the exchange is the source"))
d.Q("14%", 14, "%", "%", P, approx=True, note="약 → approx", f=("일평균 거래대금", None, "", Y, "change"))
d.Q("4.8%", 4.8, "%", "%", P, f=("국내 주식 시장점유율", None, S, Y, "level", "required", "각각: first of the pair; the paragraph's 지난해"))
d.Q("29.6%", 29.6, "%", "%", P, f=("국내 주식 시장점유율", None, "키움증권", Y, "level", "required", "각각: second of the pair; shares the pair's period"))
d.Q("1,500억원", 150000000000, W, "원", "currency", f=("유상증자", None, "청운금융지주", "2026-Q1", "level", "required", "규모: the thing whose size it is"))
d.Q("12건", 12, "건", "건", C, bound="min", note="이상 → min", f=("IPO 주관", "IPO 주관 12건", S, "2026", "level", "required", "the head's target"))
d.Q("2,500억원", 250000000000, W, "원", "currency", bound="gt", note="돌파 → gt", f=("위탁수수료", "위탁수수료 2,500억원", S, "2026", "level"))

if __name__ == "__main__":
    write_all(docs)
