"""Gold labels of articles-holdout63, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: python annotation/articles_holdout63/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT_HEAD = "headline amount, currency implied (No unit, no quantity: optional)"
PB = "points back to a period named in the text (optional in gold)"

# ---------------------------------------------------------------- 001 steelmaker's quarterly output and earnings (연합뉴스 dateline, 2025년 3분기 in the lead)
d = Doc("001_e84d27bdcaabf7ae", "2025-10-23"); docs.append(d)
DK, DS, RH = "대광제철", "대광상사", "로이힐홀딩스"
d.Oall(DK, DK)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(DS, DS, note="the steelmaker's trading subsidiary (무역 자회사)")
d.O(RH, RH, aliases="Roy Hill", note="invented-spelling foreign mining partner; (Roy Hill) right after the name is an alias")
Q3, Q2 = "2025-Q3", "2025-Q2"
d.D("3분기", Q3, "quarter", ctx="대광제철, 3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("전 분기", Q2, "quarter", ctx="전 분기 대비", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("2025년 3분기", Q3, "quarter", note="year and quarter: one mention")
d.D("전 분기", Q2, "quarter", ctx="전 분기보다 18.2%", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("23일", "2025-10-23", "day", rel=True, note="day of the disclosure (공시했다): not a figure's period")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("3분기", Q3, "quarter", ctx="3분기 조강", rel=True)
d.D("전 분기", Q2, "quarter", ctx="전 분기(874만t)", rel=True, st="optional", anchor="2025-07-01", note=PB + "; dates the basis figure in brackets")
d.D("같은 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + " (like 같은 기간)")
d.D("내년", "2026", "year", rel=True, note="내년부터 (부터 outside)")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (줄겠지만): the next Q4")
d.D("올해", "2025", "year", rel=True)
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업익 1,240억…", st="optional", note=OPT_HEAD,
    f=("영업익", None, DK, Q3, "level"))
d.Q("18%", 18, "%", "%", P, ctx="대비 18% 증가",
    f=("영업익", None, DK, Q3, "change", "required", "headline: 대비 … 증가 is a change; the headline's own 3분기"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", None, DK, Q3, "level", "required", "연결 기준 (basis) stays outside the metric"))
d.Q("18.2%", 18.2, "%", "%", P, f=("영업이익", None, DK, Q3, "change", "required", "전 분기보다 = the basis"))
d.Q("4조 6,300억 원", 4630000000000, W, "원", "currency", f=("매출", "같은 기간 매출은", DK, Q3, "level", "required", "같은 기간 points back to 3분기"))
d.Q("3.5%", 3.5, "%", "%", P, f=("매출", "같은 기간 매출은", DK, Q3, "change", "required", "줄었다: a change; no sign written, value as written"))
d.Q("912만t", 9120000, "t", "t", M, f=("조강 생산량", "3분기 조강 생산량은", DK, Q3, "level", "required", "new paragraph: the story's company"))
d.Q("874만t", 8740000, "t", "t", M,
    f=("조강 생산량", "3분기 조강 생산량은", DK, Q2, "level", "required", "basis figure in brackets after 전 분기: the period is that DATE's value (2025-Q2)"))
d.Q("38만t", 380000, "t", "t", M, f=("조강 생산량", "3분기 조강 생산량은", DK, Q3, "change", "required", "…보다 N 많았다: a difference, a change"))
d.Q("94%", 94, "%", "%", P, f=("가동률", None, DK, Q3, "level", "required", "94%까지 오른: 까지 is a particle here (the level reached), no bound"))
BR = "제품별 판매량은 A N, B N, C N: each item measures 판매량 (제품별 is the breakdown); a product line is no subject: the company carried; the paragraph's 3분기"
d.Q("318만t", 3180000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("146만t", 1460000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("201만t", 2010000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency",
    f=("매출", "원의 매출을", DS, Q3, "level", "required", "the subsidiary is the subject of its clause; 같은 분기 (optional DATE) points back to 3분기; N원의 매출 → 매출"))
d.Q("41%", 41, "%", "%", P,
    f=("인도와 베트남 비중", None, DS, Q3, "level", "required", "이 가운데: a share of the figure before; the countries qualify what is measured (kept in the metric); subject carried"))
d.Q("1,500만t", 15000000, "t", "t", M,
    f=("도입 물량", None, DK, "2026", "level", "required", "the steelmaker is the importer (subject carried from the sentence before); 내년부터 in its clause; 연간 is a rate word, no DATE"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional",
    note="coverage pass: a native numeral before a counted noun that is no counter (회사), like 70억 인구: optional")
d.Q("6억 달러", 600000000, U, "달러", "currency",
    f=("공동 투자", None, DK + ";" + RH, "2028", "level", "required",
       "두 회사 = the two companies named in the sentence before: both subjects; the verbal noun names the spend (the mine it goes to is not what is measured); 2028년까지 in its clause"))
d.Q("15%", 15, "%", "%", P,
    f=("광구 지분", None, DK, "", "level", "optional",
       "a present stake after dated plans: no date of its own; does the carried period (2026 of the steelmaker's import, or the pair's 2028) apply, or none? (README question 1)"))
d.Q("3,600만t", 36000000, "t", "t", M,
    f=("조강 생산량 목표", "올해 조강 생산량 목표", DK, "2025", "level", "required",
       "a company official (회사 관계자) speaks for the company; 올해 in its clause (4분기 dates the other clause)"))

# ---------------------------------------------------------------- 002 venture-investment statistics of last year (뉴스1 dateline, no year anywhere)
d = Doc("002_0a10fde5cacb7962", "2026-01-28"); docs.append(d)
MSS, KV = "중소벤처기업부", "한국벤처캐피탈협회"
d.O("뉴스1", "뉴스1", note="news agency in the dateline (the 1 is part of the name)")
d.O(MSS, MSS, note="the ministry that releases the statistic with the association")
d.Oall(KV, KV)
d.O("중기부", MSS, note="short form of 중소벤처기업부, named in full earlier")
d.O("모태펀드", "모태펀드", st="optional",
    note="a government fund-of-funds: an institution or a program (not ORG)? the guideline does not settle funds (README question 2)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="= 지난해", rel=True)
d.D("지난해", Y, "year", ctx="는 지난해 신규", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("28일", "2026-01-28", "day", rel=True, note="day of the release (밝혔다): not the statistic's period")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="a comparison's basis: still a DATE")
d.D("올해", "2026", "year", ctx="\"올해 신규", rel=True)
d.D("올해", "2026", "year", ctx="중기부는 올해", rel=True)
NS = "a national statistic (국내 벤처기업이 받은 투자), released by the ministry and the association (its sources): an industry's figure, empty subject"
d.Q("13조", 13000000000000, W, "", "currency", ctx="13조 돌파", bound="gt", st="optional", note=OPT_HEAD + "; 돌파 → gt",
    f=("벤처투자", None, "", Y, "level"))
d.Q("두 배", 2, "배", "배", C, ctx="두 배로",
    f=("AI 투자", None, "", Y, "change", "required", "N배로 (늘어): a multiple against the year before, a change; headline's 작년; " + NS))
d.Q("13조 원", 13000000000000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("신규 투자", "받은 신규 투자가", "", Y, "level", "required", NS))
d.Q("13조 2,470억 원", 13247000000000, W, "원", "currency", f=("신규 벤처투자액", None, "", Y, "level", "required", NS))
d.Q("12.8%", 12.8, "%", "%", P, f=("신규 벤처투자액", None, "", Y, "change", "required", "전년보다 = the basis"))
d.Q("7,916건", 7916, "건", "건", C, f=("투자 건수", None, "", Y, "level", "required", "the sentence continues the statistic: period carried"))
d.Q("344건", 344, "건", "건", C, f=("투자 건수", None, "", Y, "change"))
d.Q("2,871곳", 2871, "곳", "곳", C, f=("투자를 받은 기업", None, "", Y, "level"))
BR = "업종별 비중은 A가 N으로 …, B(N), C(N): each item is a share (비중); a sector is no subject; the story's period (지난해)"
d.Q("31.4%", 31.4, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("22.7%", 22.7, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("11.2%", 11.2, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("2조 1,300억 원", 2130000000000, W, "원", "currency",
    f=("인공지능(AI) 분야 투자", None, "", Y, "level", "required", "the field qualifies what is measured (kept in the metric); story's period"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("두 배", 2, "배", "배", C, ctx="두 배 가까이", approx=True, note="가까이 (nearly) after the amount: outside, approx",
    f=("인공지능(AI) 분야 투자", None, "", Y, "change", "required", "N배 가까이 늘었다: a change"))
d.Q("100억 원", 10000000000, W, "원", "currency", bound="min", note="이상 → min; 건당 (no number) is a rate word",
    f=("대형 투자", None, "", Y, "level", "required", "a threshold amount defining a class (as FACTS' 1억 위안 이상의 매출): a level of the noun after 의"))
d.Q("212건", 212, "건", "건", C, f=("대형 투자", None, "", Y, "level"))
d.Q("4조 1,050억 원", 4105000000000, W, "원", "currency", f=("투자액", None, "", "2025-Q4", "level", "required", "4분기만 보면: the quarter in its sentence"))
d.Q("9.6%", 9.6, "%", "%", P, f=("투자액", None, "", "2025-Q4", "change", "required", "3분기보다 = the basis"))
d.Q("14조 원", 14000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("신규 투자", "올해 신규 투자는", "", "2026", "level", "required", "an association official's outlook of the national figure: empty subject; 올해 in its clause"))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency",
    f=("모태펀드 예산", None, MSS, "2026", "level", "required", "the ministry's budget (중기부는 … 편성했다); 올해 in its clause"))

# ---------------------------------------------------------------- 003 duty-free operator's quarterly sales (뉴시스 dateline, 올해 1분기)
d = Doc("003_087f7e396af5960d", "2026-04-15"); docs.append(d)
SW, SY, IA, SL = "서원면세점", "서원유통", "인천국제공항공사", "신라면세점"
d.Oall(SW, SW)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(SY, SY, note="the parent (서원유통의 면세 자회사)")
d.O(IA, IA, note="the airport corporation that ran the tender")
d.O("인천공항공사", IA, note="short form of 인천국제공항공사, named in full earlier")
d.Oall(SL, SL, special={0: ("required", "the rival (경쟁사)")})
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="서원면세점, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("지난해 같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01",
    note="one mention (지난해 + 같은 기간): points back to 1분기 (optional like 전년 동기); dates the basis figure in brackets")
d.D("15일", "2026-04-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("지난 1월", "2026-01", "month", rel=True, note="the tender's month")
d.D("이달", "2026-04", "month", rel=True, note="이달 현재: as of (현재 outside, a mention of its own)")
d.D("현재", "2026-04-15", "day", ctx="이달 현재", rel=True, st="optional", note="현재 is optional (takes the document date)")
d.D("1분기", Q1, "quarter", ctx="1분기 국제선", rel=True)
d.D("1분기", Q1, "quarter", ctx="신라면세점의 1분기", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (…겠다): the next Q2")
d.D("올해", "2026", "year", ctx="올해 매출 2조", rel=True)
d.Q("4,820억", 482000000000, W, "", "currency", ctx="매출 4,820억…", st="optional", note=OPT_HEAD,
    f=("매출", "1분기 매출 4,820억", SW, Q1, "level"))
d.Q("78%", 78, "%", "%", P, ctx="비중 78%", f=("외국인 비중", "외국인 비중 78%", SW, Q1, "level", "required", "headline: its own 1분기 and topic"))
d.Q("4,820억 원", 482000000000, W, "원", "currency", f=("면세 매출", None, SW, Q1, "level"))
d.Q("4,150억 원", 415000000000, W, "원", "currency",
    f=("면세 매출", None, SW, "2025-Q1", "level", "required", "basis figure in brackets after 지난해 같은 기간: that DATE's value"))
d.Q("16.1%", 16.1, "%", "%", P, f=("면세 매출", None, SW, Q1, "change"))
d.Q("78%", 78, "%", "%", P, ctx="비중은 78%", f=("외국인 구매 비중", None, SW, Q1, "level", "required", "new paragraph: the story's company and quarter"))
d.Q("6%포인트", 6, PP, "%포인트", P, f=("외국인 구매 비중", None, SW, Q1, "change", "required", "전년 동기보다 … 높아졌다: a change"))
BR = "외국인 매출을 국적별로 보면 A가 N …, B N, C N: each item is a share of 외국인 매출 (the whole broken down); a nationality is no subject"
d.Q("52%", 52, "%", "%", P, f=("외국인 매출", None, SW, Q1, "level", "required", BR))
d.Q("11%", 11, "%", "%", P, f=("외국인 매출", None, SW, Q1, "level", "required", BR))
d.Q("6%", 6, "%", "%", P, ctx="미국인 6%", f=("외국인 매출", None, SW, Q1, "level", "required", BR))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당)")
d.Q("8,987원", 8987, W, "원", "currency",
    f=("임대료", None, SW, "2026-01", "level", "required", "the operator's bid (서원면세점은 … 써내); 지난 1월 in its clause; the airport corporation ran the tender (counterparty)"))
d.Q("3곳", 3, "곳", "곳", C, f=("시내점", None, SW, "2026-04", "level", "required", "이달 현재: as of this month"))
d.Q("14곳", 14, "곳", "곳", C, f=("운영 매장 수", None, SW, "2026-04", "level"))
AP = ("figures cited from the airport corporation (인천공항공사에 따르면): the airport's passengers — the corporation's own figure "
      "(it runs the airport), or a cited source's statistic with no subject (written)? (README question 3)")
d.Q("1,820만 명", 18200000, "명", "명", C, f=("국제선 여객", None, "", Q1, "level", "optional", AP))
d.Q("9%", 9, "%", "%", P, f=("국제선 여객", None, "", Q1, "change", "optional", AP))
d.Q("9,310억 원", 931000000000, W, "원", "currency", f=("매출", "1분기 매출은 9,310억", SL, Q1, "level", "required", "genitive owner (신라면세점의 1분기 매출)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
QT = "a company official (서원면세점 관계자) speaks for the company"
d.Q("15곳", 15, "곳", "곳", C, f=("매장", "매장을 15곳", SW, "2026-Q2", "level", "required", "the target level (N곳으로 늘리고); 2분기에 in its clause; " + QT))
d.Q("2조 원", 2000000000000, W, "원", "currency", bound="gt", note="넘기겠다 (to exceed) → gt",
    f=("매출", "올해 매출 2조", SW, "2026", "level", "required", "올해 in its clause; " + QT))

# ---------------------------------------------------------------- 004 bank's household loans and deposits (bracket byline, no year anywhere)
d = Doc("004_3d3b96fdd796c3fc", "2026-03-04"); docs.append(d)
HN, BOK, FSS, HF = "한누리은행", "한국은행", "금융감독원", "한누리금융지주"
d.Oall(HN, HN)
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(BOK, BOK, note="the central bank, source of the market figures")
d.O("한은", BOK, note="short form of 한국은행, named in full in the sentence before")
d.O(FSS, FSS, note="the regulator")
d.O(HF, HF, note="the bank's parent (invented), whose official is quoted")
FEB = "2026-02"
d.D("지난달 말", FEB, "month", ctx="지난달 말 기준", mod="END", rel=True, note="as of (기준): the end of last month")
d.D("지난해 말", "2025", "year", ctx="지난해 말보다 6,400억", mod="END", rel=True, note="a comparison's basis: still a DATE")
d.D("지난달 말", FEB, "month", ctx="지난달 말 정기예금", mod="END", rel=True)
d.D("지난해 말", "2025", "year", ctx="지난해 말보다 1조", mod="END", rel=True)
d.D("지난달", FEB, "month", ctx="지난달 신규", rel=True)
d.D("전월", "2026-01", "month", rel=True, st="optional", anchor="2026-02-01", note=PB)
d.D("3일", "2026-03-03", "day", rel=True, note="day of the central bank's release (발표한): not the figures' period")
d.D("지난달", FEB, "month", ctx="지난달 은행권", rel=True)
d.D("지난달 25일", "2026-02-25", "day", rel=True, note="지난달 before a day: one mention")
d.D("올해", "2026", "year", ctx="금융감독원은 올해", rel=True)
d.D("올해", "2026", "year", ctx="한누리은행의 올해", rel=True)
d.D("이달", "2026-03", "month", rel=True, note="이달부터 (부터 outside)")
d.Q("78조", 78000000000000, W, "", "currency", ctx="잔액 78조…", st="optional", note=OPT_HEAD,
    f=("가계대출 잔액", "한누리은행 가계대출 잔액", HN, "", "level"))
d.Q("두 달", 2, "month", "달", "duration", note="두 달 새 (over two months): an amount of time, no fact")
d.Q("6,400억", 640000000000, W, "", "currency", ctx="6,400억 늘어", st="optional", note=OPT_HEAD,
    f=("가계대출 잔액", "한누리은행 가계대출 잔액", HN, "", "change"))
d.Q("78조 3,120억 원", 78312000000000, W, "원", "currency",
    f=("가계대출 잔액", "한누리은행의 가계대출 잔액", HN, FEB, "level", "required", "지난달 말 기준 (value 2026-02, END)"))
d.Q("6,400억 원", 640000000000, W, "원", "currency",
    f=("가계대출 잔액", "한누리은행의 가계대출 잔액", HN, FEB, "change", "required",
       "…늘어난 규모다: 규모 restates the figure before, whose measure it changes; 지난해 말보다 = the basis"))
d.Q("59조 8,700억 원", 59870000000000, W, "원", "currency",
    f=("주택담보대출", None, HN, FEB, "level", "required", "이 가운데: a part of the balance, named by its loan type; subject and period carried"))
d.Q("76.4%", 76.4, "%", "%", P, f=("비중", None, HN, FEB, "level", "required", "the part's share (비중이 N%에 달했다)"))
d.Q("64조 1,500억 원", 64150000000000, W, "원", "currency", f=("정기예금 잔액", None, HN, FEB, "level", "required", "new paragraph: the story's bank; 지난달 말 in its clause"))
d.Q("1조 2,300억 원", 1230000000000, W, "원", "currency", f=("정기예금 잔액", None, HN, FEB, "change"))
d.Q("3.92%", 3.92, "%", "%", P, f=("주담대 평균 금리", None, HN, FEB, "level", "required", "연 (no number) is a rate word; 지난달 in its clause; 주담대 changes what is measured (kept)"))
d.Q("0.11%포인트", 0.11, PP, "%포인트", P, f=("주담대 평균 금리", None, HN, FEB, "change", "required", "전월보다 … 내렸다: a change"))
MK = "a market statistic cited from the central bank (한국은행이 … 발표한 … 에 따르면): the banking sector's figure, empty subject"
d.Q("1,143조 원", 1143000000000000, W, "원", "currency", f=("은행권 가계대출 잔액", None, "", FEB, "level", "required", MK))
d.Q("한 달", 1, "month", "달", "duration", note="한 달 새: an amount of time, no fact")
d.Q("3조 3,000억 원", 3300000000000, W, "원", "currency", f=("은행권 가계대출 잔액", None, "", FEB, "change", "required", MK))
d.Q("2.50%", "2.50", "%", "%", P,
    f=("기준금리", None, BOK, "2026-02-25", "level", "required", "the central bank's own policy rate (한은은 … 동결했다); 지난달 25일 in its clause; 동결 keeps a level"))
d.Q("1.8%", 1.8, "%", "%", P, bound="max", note="이내 → max",
    f=("가계대출 증가율", None, "", "2026", "level", "optional",
       "a cap the regulator sets on each bank's growth rate (은행별): the banks' figure (not named: empty, written) or the regulator's guidance (금융감독원)? (README question 4)"))
d.Q("1조 4,000억 원", 1400000000000, W, "원", "currency", f=("증가 한도", None, HN, "2026", "level", "required", "genitive owner; 올해 in its clause"))

# ---------------------------------------------------------------- 005 biotech's series C, trial and licensing (bracket byline, 2023년 and 내년)
d = Doc("005_af763dcf6d49841a", "2026-02-09"); docs.append(d)
OR, KB, HL, SG, AS, MP = "온코리버", "KB인베스트먼트", "하이랜드벤처파트너스", "스마일게이트인베스트먼트", "서울아산병원", "메리디언파마"
d.Oall(OR, OR)
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O(KB, KB, note="lead investor of the round")
d.O(HL, HL, note="invented venture capital investor")
d.O(SG, SG, note="venture capital investor")
d.O(AS, AS, note="hospital running the trial (institution)")
d.O(MP, MP, note="invented foreign licensee (미국 제약사: the country stays outside)")
PH = "a trial phase (임상 N상): a numbered phase like an ordinal marker (1차), or a label that is no quantity? optional (README question 5)"
d.D("9일", "2026-02-09", "day", rel=True, note="day of the announcement (밝혔다): not a figure's period")
d.D("2023년", "2023", "year")
d.D("내년", "2027", "year", rel=True, note="내년까지 (까지 outside)")
d.Q("620억", 62000000000, W, "", "currency", ctx="620억 유치", st="optional", note=OPT_HEAD,
    f=("시리즈C", "시리즈C 620억", OR, "", "level"))
d.Q("3상", 3, "상", "상", "ordinal", ctx="임상 3상 속도", st="optional", note=PH)
d.Q("620억 원", 62000000000, W, "원", "currency",
    f=("시리즈C 투자", None, OR, "", "level", "required", "X 규모의 Y → Y; the company that raised it (유치했다); no date but the announcement's 9일: empty"))
d.Q("1,450억 원", 145000000000, W, "원", "currency", f=("누적 투자 유치액", None, OR, "", "level", "required", "N원으로 늘었다: the new level; no period"))
INV = "an investor's share of the round: the investor (subject of its clause) is the subject; the round's 투자 is the metric; no period"
d.Q("210억 원", 21000000000, W, "원", "currency", f=("투자", "이번 투자에는", KB, "", "level", "required", INV))
d.Q("150억 원", 15000000000, W, "원", "currency", f=("투자", "이번 투자에는", HL, "", "level", "required", INV + "; 각각 follows the order of the named pair"))
d.Q("100억 원", 10000000000, W, "원", "currency", f=("투자", "이번 투자에는", SG, "", "level", "required", INV + "; 각각 follows the order of the named pair"))
d.Q("4,800억 원", 480000000000, W, "원", "currency",
    f=("기업가치", None, OR, "", "level", "required", "투자 전 (pre-money) is a basis, outside the metric and no DATE (투자 is no amount of time)"))
d.Q("2상", 2, "상", "상", "ordinal", ctx="임상 2상", st="optional", note=PH)
d.Q("12개", 12, "개", "개", C,
    f=("기관", None, OR, "", "level", "required", "the counted noun after the count; the company runs the trial (온코리버는 … 진행하고 있다): its figure, the hospitals are where"))
d.Q("180명", 180, "명", "명", C, f=("목표 환자", None, OR, "", "level", "required", "the sentence continues about the company's trial"))
d.Q("134명", 134, "명", "명", C,
    f=("환자", "목표 환자", OR, "", "level", "required", "A 180명 가운데 134명: the part counts what the whole counts (환자); 등록 is the predicate"))
d.Q("38.5%", 38.5, "%", "%", P,
    f=("객관적 반응률", None, OR, "", "level", "optional",
       "the drug candidate's response rate: a product's figure (empty subject) or the company's trial result carried (written)? (README question 6)"))
d.Q("8억 5,000만 달러", 850000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("기술이전", "규모로 기술이전", OR, "2023", "level", "required", "X 규모로 기술이전했다: the verbal noun; 회사는 = the story's company; 2023년 in its clause; the licensee is the counterparty"))
d.Q("1조 1,700억 원", 1170000000000, W, "원", "currency", approx=True, bound="max", eq=("8억 5,000만 달러",),
    note="(약 …): a conversion, approx from 약; 최대 before the first amount taken to bound both (as a bound word after the parenthesis does)",
    f=("기술이전", "규모로 기술이전", OR, "2023", "level", "required", "a conversion: the same slots as the amount it converts"))
d.Q("3,500만 달러", 35000000, U, "달러", "currency",
    f=("계약금", None, OR, "2023", "level", "required", "이 가운데: part of the deal before; subject and period carried"))
d.Q("60%", 60, "%", "%", P,
    f=("조달 자금", None, OR, "2027", "level", "required",
       "X의 N% → X; the CEO's quote is the company's plan; 내년까지 in its clause"))
d.Q("3상", 3, "상", "상", "ordinal", ctx="임상 3상에", st="optional", note=PH)

# ---------------------------------------------------------------- 006 city's tourism statistics (입력 stamp + regional daily's byline)
d = Doc("006_51c1097da74e2120", "2026-02-10"); docs.append(d)
YS, YF, HD = "여수시", "여수관광문화재단", "해담호텔앤리조트"
d.O("남도일보", "남도일보", note="regional daily in the byline line")
d.Oall(YS, YS, special={0: ("required", "a city acting as a government (reports the statistic); 전남 (place) outside")})
d.O(YF, YF, note="the city's tourism foundation (여수시 산하)")
d.O(HD, HD, note="invented hotel chain")
Y = "2025"
d.D("2026.02.10", "2026-02-10", "day", st="optional", note="publication stamp (입력): the date only, the clock time not labelled (README question 7)")
d.D("지난해", Y, "year", ctx="여수시는 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("2019년", "2019", "year", note="코로나19 is a name, not a date or a quantity")
d.D("지난해", Y, "year", ctx="재단은 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="상반기 중 (중 outside): this year's first half, the plan's")
d.D("지난해", Y, "year", ctx="리조트는 지난해", rel=True)
d.D("오는 6월", "2026-06", "month", rel=True, note="future clause")
CT = ("visitors to a place (여수를 찾은 관광객) and their spending: a place's statistic, reported by the city (its source), "
      "so no subject")
d.Q("1,318만 명", 13180000, "명", "명", C, ctx="관광객 1,318만 명…",
    f=("관광객", "여수 관광객", "", "", "level", "required", "headline: no date of its own and nothing before it: empty period; " + CT))
d.Q("5%", 5, "%", "%", P, ctx="5%대", approx=True, note="대 after the unit stays outside and sets approx",
    f=("외국인 비중", "외국인 비중 첫", "", "", "level", "required", "headline: no date of its own: empty period; " + CT))
d.Q("1,318만 명", 13180000, "명", "명", C, ctx="관광객이 1,318만 명",
    f=("관광객", "찾은 관광객이", "", Y, "level", "required", "지난해 in its clause; " + CT))
d.Q("7.4%", 7.4, "%", "%", P, f=("관광객", "찾은 관광객이", "", Y, "change", "required", "전년보다 = the basis"))
d.Q("1,350만 명", 13500000, "명", "명", C,
    f=("관광객", "찾은 관광객이", "", "2019", "level", "required", "a figure alone in brackets after a year: that year's figure of the measure before"))
d.Q("97.6%", 97.6, "%", "%", P, note="수준 (a level of) is no approximator in the guideline's list: approx false",
    f=("관광객", "찾은 관광객이", "", Y, "level", "optional",
       "last year's visitors as a share of 2019's (2019년(…)의 N% 수준이다): a level, or a change against a past basis? metric 관광객 or none? (README question 8)"))
d.Q("68만 2천 명", 682000, "명", "명", C, f=("외국인 관광객", None, "", Y, "level", "required", "이 가운데: part of the visitors; story's period"))
d.Q("5.2%", 5.2, "%", "%", P, f=("비중", "비중이 5.2%", "", Y, "level"))
d.Q("5%", 5, "%", "%", P, ctx="5%를", bound="gt", note="넘은 → gt",
    f=("외국인 비중", "외국인 비중이 5%", "", Y, "level", "required", "a threshold passed for the first time: a level of the share, the story's year"))
BR = "국가별로는 A(N)과 B(N): each item breaks down the foreign visitors (the whole's metric); a country is no subject"
d.Q("14만 명", 140000, "명", "명", C, f=("외국인 관광객", None, "", Y, "level", "required", BR))
d.Q("11만 명", 110000, "명", "명", C, f=("외국인 관광객", None, "", Y, "level", "required", BR))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("관광 수입", None, "", Y, "level", "required", "the story's period (지난해 of the lead); " + CT))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당)")
d.Q("9만 4천 원", 94000, W, "원", "currency", f=("평균 지출액", None, "", Y, "level", "required", "관광객 1인당: a rate; story's period; " + CT))
d.Q("27척", 27, "척", "척", C, f=("크루즈선", None, YF, Y, "level", "required", "the foundation attracted them (유치했고); 지난해 in its clause"))
d.Q("40척", 40, "척", "척", C,
    f=("크루즈선", None, YF, "2026", "level", "required", "a target (목표로 잡았다) of the same count: the counted noun carried; 올해는 in its clause"))
d.Q("2곳", 2, "곳", "곳", C,
    f=("해외 홍보사무소", None, YF, "2026-H1", "level", "required", "재단 = the foundation named before (no ORG mention); 상반기 in its clause"))
d.Q("87%", 87, "%", "%", P, f=("객실 가동률", None, HD, Y, "level", "required", "the chain reports its own hotel's rate (its subject); 지난해 in the reported clause"))
d.Q("320실", 320, "실", "실", C,
    f=("객실", "객실 320실", HD, "2026-06", "level", "required", "이 회사 = the chain; the counted noun right before the counter; 오는 6월 in its clause"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="ordinal (N번째), no fact")

if __name__ == "__main__":
    write_all(docs)
