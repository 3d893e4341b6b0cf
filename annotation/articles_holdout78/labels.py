"""Gold labels of articles-holdout78, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout78/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported.
Fact tuples: (metric, metric_ctx, subject, period, kind[, status, note])."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 memory chip maker: Q4 results and capex plan (연합뉴스 dateline, year in the lead)
d = Doc("001_c1bc73e5c389f4d8", "2026-01-29"); docs.append(d)
S = "태성메모리"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "genitive: 태성메모리의 점유율"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("엔비디아", "엔비디아", note="the customer; 미국 (place) and the suffix 용 outside the span")
d.O("태성패키징", "태성패키징", note="invented subsidiary (후공정 자회사)")
d.O("트렌드포스", "트렌드포스", note="market-research firm cited as the source")
d.O("삼성전자", "삼성전자", note="rival, first of a 각각 pair")
d.O("SK하이닉스", "SK하이닉스", note="rival, second of a 각각 pair")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 영업익", rel=True, note="headline: the latest Q4 on or before the document date")
d.D("올해", "2026", "year", ctx="올해 시설투자 8조원", rel=True)
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="전분기 points back to the quarter before 2025-Q4")
d.D("올해", "2026", "year", ctx="올해 시설투자에", rel=True)
d.D("지난해", "2025", "year", rel=True, note="basis of the capex comparison")
d.D("2027년 상반기", "2027-H1", "half", note="까지 outside")
d.D("4분기", Q4, "quarter", ctx="4분기 매출 3,120억", rel=True)
d.D("4분기", Q4, "quarter", ctx="4분기 세계 D램", rel=True)
d.D("올해", "2026", "year", ctx="올해 HBM", rel=True)
d.D("전년", "2025", "year", ctx="전년 대비 두 배", rel=True, st="optional", anchor="2026-01-01", note="points back: the year before 올해")
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업익", "영업익 1조2천억", S, Q4, "level"))
d.Q("8조원", 8000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("시설투자", "시설투자 8조원", S, "2026", "level", "required", "headline: its own 올해"))
d.Q("5조 8,320억 원", 5832000000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q4, "level", "required", "연결 기준 is a basis modifier"))
d.Q("41.3%", 41.3, "%", "%", P, f=("매출", "기준 매출이", S, Q4, "change", "required", "전년 동기보다 = basis; period the current one"))
d.Q("1조 2,140억 원", 1214000000000, W, "원", "currency", f=("영업이익", "영업이익은 1조", S, Q4, "level"))
d.Q("2.1배", 2.1, "배", "배", C, f=("영업이익", "영업이익은 1조", S, Q4, "change", "required", "N배로 불었다 against 같은 기간's basis: a rate of change"))
d.Q("20.8%", 20.8, "%", "%", P, f=("영업이익률", "영업이익률은 20.8%", S, Q4, "level"))
d.Q("17.5%", 17.5, "%", "%", P, f=("영업이익률", "영업이익률은 20.8%", S, "2025-Q3", "level", "required",
                                   "basis figure in brackets after 전 분기: that quarter's value (convention 4)"))
d.Q("3.3%포인트", 3.3, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 20.8%", S, Q4, "change"))
d.Q("2조 1,600억 원", 2160000000000, W, "원", "currency",
    f=("고대역폭메모리(HBM) 매출", None, S, Q4, "level", "required", "a product's sales: the modifier changes what is measured; period carried"))
d.Q("37%", 37, "%", "%", P, f=("고대역폭메모리(HBM) 매출", None, S, Q4, "level", "required", "전체의 N%: the share of the part named as subject (convention 5)"))
d.Q("60%", 60, "%", "%", P, approx=True, note="약 → approx",
    f=("엔비디아용 물량", None, S, Q4, "level", "required", "the customer is no subject; 이 가운데 = of HBM sales"))
d.Q("19조 4,500억 원", 19450000000000, W, "원", "currency",
    f=("매출", "연간 매출은", S, "2025", "level", "optional", "연간: the year of the lead's quarter (2025), which no DATE mention names (open question 1)"))
d.Q("3조 6,800억 원", 3680000000000, W, "원", "currency",
    f=("영업이익", "영업이익은 3조", S, "2025", "level", "optional", "as 19조 4,500억 원 (open question 1)"))
d.Q("25%", 25, "%", "%", P, approx=True, note="가량 outside the span → approx",
    f=("시설투자", "시설투자에", S, "2026", "change", "required", "회사 = the topic company; 지난해보다 = basis"))
d.Q("8조 원", 8000000000000, W, "원", "currency", approx=True, note="안팎 → approx", f=("시설투자", "시설투자에", S, "2026", "level"))
d.Q("6만 장", 60000, "장", "장", C, note="월 before it is a rate word, not labelled",
    f=("D램 생산라인", None, S, "2027-H1", "level", "required", "규모: the thing whose size it is; the clause's 2027년 상반기까지"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "4분기 매출 3,120억", "태성패키징", Q4, "level"))
d.Q("390억 달러", 39000000000, U, "달러", "currency", approx=True,
    f=("세계 D램 시장", None, "", Q4, "level", "required", "규모 of a market: no ORG's figure; the source is no subject"))
d.Q("8.4%", 8.4, "%", "%", P, f=("점유율", "점유율은 8.4%", S, Q4, "level"))
d.Q("36.2%", 36.2, "%", "%", P, f=("점유율", "점유율은 각각", "삼성전자", Q4, "level", "required",
                                   "각각: first value to the first company; period of the same metric carried (convention 1)"))
d.Q("33.5%", 33.5, "%", "%", P, f=("점유율", "점유율은 각각", "SK하이닉스", Q4, "level"))
d.Q("두 배", 2, "배", "배", C, bound="min", note="native numeral; 이상 → min",
    f=("HBM 출하량", None, S, "2026", "change", "required", "a target multiple of last year's shipments: change"))

# ---------------------------------------------------------------- 002 life insurer: new business value and dividend ([머니투데이] bracket byline, no year anywhere)
d = Doc("002_c2e43eca4ed2328f", "2026-02-20"); docs.append(d)
S = "다온생명"
d.O("다온생명", S, ctx="다온생명, 지난해", note="headline topic")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("다온금융지주", "다온금융지주", note="invented parent holding company (genitive)")
d.O("다온생명", S, ctx="다온생명(이하 다온)", aliases="다온", note="short name defined with 이하: recorded in aliases")
d.O("다온", S, ctx="(이하 다온)", st="optional", note="the 이하-defined short name where it is defined: optional (ANNOTATION)")
d.O("다온", S, ctx="다온의 지난해", note="later use of the 이하 short name: required")
d.O("이사회", "이사회", st="optional", note="unnamed institution noun (the insurer's board)")
d.O("다온", S, ctx="다온은 오는", note="later use of the 이하 short name")
d.O("생명보험협회", "생명보험협회", note="association cited as the source")
d.O("한화생명", "한화생명", note="rival, first of a 각각 pair")
d.O("교보생명", "교보생명", note="rival, second of a 각각 pair")
d.O("다온생명", S, ctx="최정민 다온생명", note="organization before a head's title (대표)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 신계약가치 4,850억…", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 신계약가치(NBV)", rel=True)
d.D("전년", "2024", "year", ctx="전년(3,910억", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("20일", "2026-02-20", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년보다 9%포인트", rel=True, st="optional", anchor="2025-01-01", note="points back to the story year")
d.D("지난해", Y, "year", ctx="다온의 지난해", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="as of (기준): the latest year-end on or before the document date; no 지난해 written")
d.D("오는 3월 27일", "2026-03-27", "day", rel=True, note="future (오는)")
d.D("4월 중순", "2026-04", "month", mod="MID", rel=True, note="a scheduled payment (지급한다): the next April")
d.D("지난해 1~11월", "2025-01/2025-11", "month", rel=True, note="지난해 before a month range is one mention")
d.D("올해", "2026", "year", rel=True)
d.Q("4,850억", 485000000000, W, "", "currency", ctx="4,850억…", st="optional", note="headline amount, currency implied",
    f=("신계약가치", "신계약가치 4,850억…", S, Y, "level"))
d.Q("1,200원", 1200, W, "원", "currency", ctx="배당금 1,200원",
    f=("배당금", "주당 배당금 1,200원", S, Y, "level", "required", "headline: the 결산 배당 for 지난해, the headline's own DATE; 주당 (no number) is a rate word"))
d.Q("4,850억 원", 485000000000, W, "원", "currency", f=("신계약가치", "신계약가치(NBV)", S, Y, "level"))
d.Q("3,910억 원", 391000000000, W, "원", "currency",
    f=("신계약가치", "신계약가치(NBV)", S, "2024", "level", "required", "basis figure in brackets after 전년: that year's value (convention 4)"))
d.Q("24.0%", "24.0", "%", "%", P, note="value kept as written", f=("신계약가치", "신계약가치(NBV)", S, Y, "change"))
d.Q("6,720억 원", 672000000000, W, "원", "currency",
    f=("신계약 보험계약마진", None, S, Y, "level", "required", "신계약 changes what is measured; 같은 기간 → 지난해"))
d.Q("71%", 71, "%", "%", P, f=("신계약 CSM", None, S, Y, "level", "required", "전체 X의 N%: the measure named in the genitive (convention 5); the product line is no ORG"))
d.Q("18%", 18, "%", "%", P, f=("종신보험 비중", None, S, Y, "level"))
d.Q("9%포인트", 9, "%p", "%포인트", P, f=("종신보험 비중", None, S, Y, "change"))
d.Q("5,230억 원", 523000000000, W, "원", "currency", f=("순이익", None, S, Y, "level"))
d.Q("204%", 204, "%", "%", P, f=("지급여력비율", None, S, Y, "level", "required", "연말 기준 → 2025 (END)"))
d.Q("1주", 1, "주", "주", C, st="optional", note="rate denominator (1주당): optional; 당 outside the span")
d.Q("1,200원", 1200, W, "원", "currency", ctx="1,200원의 결산",
    f=("결산 배당", "1,200원의 결산 배당", S, Y, "level", "required", "이사회 = the insurer's board: the insurer's dividend; the story year carried"))
d.Q("1,630억 원", 163000000000, W, "원", "currency", approx=True, f=("배당 총액", None, S, Y, "level"))
d.Q("31.2%", 31.2, "%", "%", P, f=("배당성향", "배당성향은 31.2%", S, Y, "level"))
d.Q("9조 2천억 원", 9200000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("초회보험료", None, "", "2025-01/2025-11", "level", "required", "an industry total (생보업계): no subject; the association is the source"))
d.Q("150원", 150, W, "원", "currency", f=("결산 배당금", None, "한화생명", Y, "level", "required",
    "각각; no DATE for the rivals: the period last set for the same metric (결산 배당, 2025) (convention 1)"))
d.Q("3,000원", 3000, W, "원", "currency", f=("결산 배당금", None, "교보생명", Y, "level"))
d.Q("5천억 원", 500000000000, W, "원", "currency", bound="min", note="이상 → min", f=("신계약가치", "올해 신계약가치", S, "2026", "level"))
d.Q("35%", 35, "%", "%", P, note="수준 is no approximator in the guideline list", f=("배당성향", "배당성향은 35%", S, "2026", "level"))

# ---------------------------------------------------------------- 003 K-beauty ODM: overseas plants and capacity (뉴스1 dateline, year in the lead)
d = Doc("003_fec0633444ee5ba7", "2025-09-03"); docs.append(d)
S = "코스온바이오"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("코스온USA", "코스온USA", note="invented US subsidiary (미국 법인); the place word outside")
d.O("코스온홀딩스", "코스온홀딩스", note="invented parent (모회사)")
d.O("글로우랩", "글로우랩", note="invented customer brand run as a company (로부터)")
d.O("식품의약품안전처", "식품의약품안전처", note="government body cited as the source")
d.O("코스맥스", "코스맥스", note="rival, first of a 각각 pair")
d.O("한국콜마", "한국콜마", note="rival, second of a 각각 pair")
H1 = "2025-H1"
d.D("2025년 8월", "2025-08", "month", note="the start of operation")
d.D("3일", "2025-09-03", "day", rel=True, note="day of the announcement: not a period")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("지난 6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("상반기", H1, "half", ctx="상반기 연결", rel=True, note="bare half: the latest H1 on or before the document date")
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date (ANNOTATION: 10년 전 → that year)")
d.D("상반기", H1, "half", ctx="상반기 화장품", rel=True)
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("2027년", "2027", "year", note="까지 outside")
d.Q("2공장", 2, "공장", "공장", "ordinal", ctx="텍사스 2공장", st="optional", note="plant number: an ordinal or a name with digits (open question 2)")
d.Q("9억개", 900000000, "개", "개", C, note="연 before it is a rate word, not labelled",
    f=("해외 생산능력", "해외 생산능력 연 9억개", S, "", "level", "required", "headline without a DATE and nothing before it: empty period (convention 2)"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional", note="제N + noun in a plant's name: an ordinal or part of a name (open question 2)")
d.Q("1,100억 원", 110000000000, W, "원", "currency", approx=True,
    f=("투자액", None, S, "2025-08", "level", "required", "period of the lead carried for the same subject"))
d.Q("2억 4천만 개", 240000000, "개", "개", C, f=("생산능력", "연간 생산능력", S, "2025-08", "level", "required", "연간 qualifies the period: outside the metric"))
d.Q("3개국", 3, "개국", "개국", C, f=("", None, S, "2025-08", "level", "required", "the counted noun is fused in the counter (개국): no noun names it, empty metric"))
d.Q("5개", 5, "개", "개", C, ctx="5개 공장", f=("공장", "5개 공장", S, "2025-08", "level"))
d.Q("9억 개", 900000000, "개", "개", C, approx=True, note="안팎 → approx",
    f=("해외 생산능력", "해외 생산능력은", S, "2025-08", "level", "required", "이로써: the result of the August start; lead period carried"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("매출", "상반기 매출은", "코스온USA", H1, "level"))
d.Q("67%", 67, "%", "%", P, f=("매출", "상반기 매출은", "코스온USA", H1, "change"))
d.Q("320여 곳", 320, "곳", "곳", C, approx=True, note="여 inside the span → approx",
    f=("고객사", None, S, "2025-06", "level", "optional", "whose customers: the group company or the US subsidiary just named? (open question 3)"))
d.Q("630억 원", 63000000000, W, "원", "currency",
    f=("중국 법인 매출", None, S, H1, "level", "required", "an unnamed unit's figure belongs to its named company (convention 6); 올해 상반기 carried"))
d.Q("12%", 12, "%", "%", P, note="줄었고: no sign written, value as written",
    f=("중국 법인 매출", None, S, H1, "change"))
d.Q("210억 원", 21000000000, W, "원", "currency",
    f=("매출", "법인 매출이 630억", S, H1, "level", "required", "breakdown item with no measure of its own: the breakdown's measure (convention 5)"))
d.Q("6,950억 원", 695000000000, W, "원", "currency", f=("매출", "연결 매출", "코스온홀딩스", H1, "level", "required", "연결 is a basis modifier"))
d.Q("42%", 42, "%", "%", P, f=("해외 비중", None, "코스온홀딩스", H1, "level"))
d.Q("8%포인트", 8, "%p", "%포인트", P, f=("해외 비중", None, "코스온홀딩스", H1, "change", "required", "1년 전보다 = basis; period the current one"))
d.Q("1,500만 개", 15000000, "개", "개", C,
    f=("선크림", None, S, "", "level", "optional", "dropped subject after the parent's sentence, and 최근 is no DATE (open question 4)"))
d.Q("55억 1천만 달러", 5510000000, U, "달러", "currency",
    f=("화장품 수출액", None, "", H1, "level", "required", "a national statistic: no subject; the ministry is the source"))
d.Q("35%", 35, "%", "%", P, f=("미국 매출", None, "코스맥스", H1, "change", "required", "각각; 같은 기간 → 상반기"))
d.Q("28%", 28, "%", "%", P, f=("미국 매출", None, "한국콜마", H1, "change"))
d.Q("4억 개", 400000000, "개", "개", C, bound="min", note="이상 → min", f=("미국 생산능력", None, S, "2027", "level"))

# ---------------------------------------------------------------- 004 city tourism statistics and a festival (regional daily: 입력 stamp + byline line, year only in the stamp)
d = Doc("004_a65dc4b53f18a09d", "2025-10-21"); docs.append(d)
CITY = "강릉시"
d.O("강원일보", "강원일보", note="regional daily on the byline line")
d.O("강릉시", CITY, note="a city acting as a government (밝혔다); 강릉 in the headline is the place, not labelled")
d.O("한국관광공사", "한국관광공사", note="public agency whose analysis is cited")
d.O("관광데이터랩", "관광데이터랩", st="optional", note="a data service run by 한국관광공사: product or business unit")
d.O("강릉문화재단", "강릉문화재단", note="foundation (festival organizer) cited as the source; 강릉커피축제 is an event, not ORG")
d.O("강원관광숙박협회", "강원관광숙박협회", note="invented association cited as the source")
d.O("시", CITY, ctx="시는 연말까지", st="optional", note="the bare noun 시 for the city: an unnamed institution noun")
Q3 = "2025-Q3"; FEST = "2025-10-10/2025-10-13"
d.D("3분기", Q3, "quarter", ctx="관광객 3분기", rel=True, note="headline: the latest Q3 on or before the document date")
d.D("2025.10.21", "2025-10-21", "day", note="the 입력 stamp's date; its clock time 14:05 is not labelled")
d.D("올해 3분기", Q3, "quarter", rel=True)
d.D("7~9월", "2025-07/2025-09", "month", rel=True, note="a bracketed month range restating the quarter: one mention; year from 올해")
d.D("지난해 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="지난해 + a pointing-back 같은 기간: one mention, the quarter a year back (open question 5)")
d.D("21일", "2025-10-21", "day", rel=True, note="day of the announcement")
d.D("8월", "2025-08", "month", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 누적", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("지난 10~13일", FEST, "day", rel=True, note="a range of days with 지난: one mention")
d.D("축제 기간", FEST, "day", ctx="축제 기간 부스", rel=True, st="optional", anchor="2025-10-10",
    note="points back to the festival's days (FACTS: a period named with its days)")
d.D("지난해", "2024", "year", ctx="지난해(33억", rel=True)
d.D("축제 기간", FEST, "day", ctx="축제 기간 시내", rel=True, st="optional", anchor="2025-10-10", note="points back")
d.D("연말", "2025", "year", mod="END", rel=True, note="a target (목표, 까지): this year's end")
d.D("내년", "2026", "year", rel=True)
d.D("올해", "2025", "year", ctx="올해보다", rel=True)
d.Q("1,200만명", 12000000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("관광객", "강릉 관광객", "", Q3, "level", "required", "visitors to a city as a place: no subject (convention 7); headline's own 3분기"))
d.Q("62만명", 620000, "명", "명", C,
    f=("", None, "", "", "level", "optional", "headline: the festival's visitors; the headline's 3분기 is not their period (open question 6)"))
d.Q("1,236만 명", 12360000, "명", "명", C, f=("관광객", "(7~9월) 관광객", "", Q3, "level", "required", "the city announces (밝혔다): source, not subject (convention 7)"))
d.Q("9.4%", 9.4, "%", "%", P, f=("관광객", "(7~9월) 관광객", "", Q3, "change"))
d.Q("512만 명", 5120000, "명", "명", C,
    f=("관광객", "(7~9월) 관광객", "", "2025-08", "level", "required", "월별로는: a breakdown item, the breakdown's measure; its own 8월"))
d.Q("38만 명", 380000, "명", "명", C, approx=True, note="가량 → approx", f=("외국인 관광객", None, "", Q3, "level", "required", "누적 qualifies the period"))
d.Q("1.6배", 1.6, "배", "배", C, f=("외국인 관광객", None, "", Q3, "change", "required", "N배 of 전년 동기: a rate of change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional; 당 outside")
d.Q("12만 8천 원", 128000, W, "원", "currency",
    f=("평균 지출액", None, "", Q3, "level", "required", "no subject, new metric: the period last set in the paragraph (convention 1)"))
d.Q("제17회", 17, "회", "회", "ordinal", note="explicit ordinal (제): no fact")
d.Q("나흘", 4, "day", "나흘", "duration", note="native day count; 간 outside: a duration, no fact")
d.Q("62만 명", 620000, "명", "명", C,
    f=("", None, "", FEST, "level", "required", "찾았다 names no measure: empty metric; an event's figure: no subject; the clause's 10~13일"))
d.Q("41억 원", 4100000000, W, "원", "currency", approx=True,
    f=("부스 매출", None, "", FEST, "level", "required", "the booths are not named: no subject; the foundation is the source (설명했다); 축제 기간 → the range"))
d.Q("33억 원", 3300000000, W, "원", "currency",
    f=("부스 매출", None, "", "2024", "level", "required", "basis figure in brackets after 지난해 (convention 4)"))
d.Q("24%", 24, "%", "%", P, f=("부스 매출", None, "", FEST, "change"))
d.Q("5점", 5, "점", "점", C, st="optional", note="the scale's maximum (만점): definitional, like a definitional range (open question 7)")
d.Q("4.6점", 4.6, "점", "점", C, f=("방문객 만족도", None, "", FEST, "level", "required", "the festival's visitors: no subject; the paragraph's range carried"))
d.Q("93%", 93, "%", "%", P, note="평균 before it is no approximator",
    f=("객실 점유율", None, "", FEST, "level", "required", "hotels taken together, not named: no subject; 축제 기간 → the range"))
d.Q("20%포인트", 20, "%p", "%포인트", P, approx=True, note="안팎 → approx", f=("객실 점유율", None, "", FEST, "change", "required", "평소보다: basis (no DATE)"))
d.Q("4,500만 명", 45000000, "명", "명", C,
    f=("관광객", "연간 관광객", "", "2025", "level", "required", "the city's target for visitors to the place: no subject (convention 7); 연말까지 → 2025"))
d.Q("15%", 15, "%", "%", P, f=("관광 예산", None, CITY, "2026", "change", "required", "시 = 강릉시; a government body's budget is its figure"))
d.Q("270억 원", 27000000000, W, "원", "currency", f=("관광 예산", None, CITY, "2026", "level"))

# ---------------------------------------------------------------- 005 EV battery recycler: IPO demand forecast and offering (뉴시스 dateline, year in the lead)
d = Doc("005_1affd59831aeb4c5", "2025-11-12"); docs.append(d)
S = "에코셀머티리얼즈"
d.O("에코셀", S, ctx="에코셀, 수요예측", note="headline: the short form of the name given in full in the lead")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("에코셀머티리얼즈", S, aliases="에코셀", note="short name defined with 이하: recorded in aliases")
d.O("에코셀", S, ctx="(이하 에코셀)", st="optional", note="the 이하-defined short name where it is defined")
d.O("에코셀", S, ctx="에코셀은 지난해", note="later use of the 이하 short name")
d.O("그린코어홀딩스", "그린코어홀딩스", note="invented parent (모회사)")
d.O("현대자동차", "현대자동차", note="the supplier of spent batteries (counterparty)")
d.O("한국투자증권", "한국투자증권", note="lead manager, first of a pair")
d.O("NH투자증권", "NH투자증권", note="lead manager, second of a pair")
d.O("코스닥", "코스닥", st="optional", note="a market run by 한국거래소: a business unit or a platform")
d.O("SNE리서치", "SNE리서치", note="market-research firm cited as the source")
d.O("에코셀", S, ctx="에코셀은 공모", note="later use of the 이하 short name")
BOOK = "2025-11-06/2025-11-10"
d.D("2025년 11월 6~10일", BOOK, "day", note="a range of days with its year and month: one mention")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the announcement")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="올해 before a quarter range: one mention")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~3분기")
d.D("2028년", "2028", "year", note="까지 outside")
d.D("오는 17~18일", "2025-11-17/2025-11-18", "day", rel=True, note="future (오는): the next 17th-18th")
d.D("이달 26일", "2025-11-26", "day", rel=True, note="이달 + day: one mention; 예정 (future)")
d.D("2030년", "2030", "year")
d.Q("1,128대 1", 1128, "대 1", "대 1", C, ctx="1,128대 1…", st="optional", note="a competition ratio N대 1: a quantity with unit? (open question 8)")
d.Q("2만6천원", 26000, W, "원", "currency",
    f=("공모가", "공모가 2만6천원", S, "", "level", "required", "headline without a DATE and nothing before it: empty period (convention 2)"))
d.Q("1,128대 1", 1128, "대 1", "대 1", C, ctx="1,128대 1의", st="optional", note="as the headline's (open question 8)")
d.Q("2,214개", 2214, "개", "개", C, f=("기관", "2,214개 기관", S, BOOK, "level", "required", "the offering's participants: the issuer's figure; the lead's range carried"))
d.Q("98.6%", 98.6, "%", "%", P, f=("참여 물량", None, S, BOOK, "level"))
d.Q("2만 1,000~2만 4,000원", 21000, W, "원", "currency", hi=24000,
    f=("희망 범위", None, S, BOOK, "level", "required", "a range with a full number on each end: one mention"))
d.Q("2만 6,000원", 26000, W, "원", "currency", f=("공모가", "공모가는", S, BOOK, "level"))
d.Q("1,560억 원", 156000000000, W, "원", "currency", f=("공모 금액", None, S, BOOK, "level"))
d.Q("1조 1천억 원", 1100000000000, W, "원", "currency", approx=True,
    f=("시가총액", None, S, BOOK, "level", "optional", "규모 → the thing sized; 상장 후 (after the listing on 26일) vs the carried range (open question 9)"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("매출", "지난해 매출", S, "2024", "level"))
d.Q("190억 원", 19000000000, W, "원", "currency", f=("영업이익", None, S, "2024", "level"))
d.Q("2,610억 원", 261000000000, W, "원", "currency", f=("매출", "누적 매출", S, "2025-Q1/2025-Q3", "level", "required", "누적 qualifies the period"))
d.Q("21%", 21, "%", "%", P, f=("매출", "누적 매출", S, "2025-Q1/2025-Q3", "change"))
d.Q("54.3%", 54.3, "%", "%", P,
    f=("지분", None, "그린코어홀딩스", "", "level", "required", "the holder owns its stake (convention 6); no period set for it: empty"))
d.Q("1만 2천t", 12000, "t", "t", M,
    f=("폐배터리", "폐배터리 1만", S, "2028", "level", "required", "dropped subject: the recycler receives (공급받는), the supplier is a counterparty (convention 8); 2028년까지"))
d.Q("이틀", 2, "day", "이틀", "duration", note="간 outside: a duration, no fact")
d.Q("250억 달러", 25000000000, U, "달러", "currency", approx=True,
    f=("세계 폐배터리 재활용 시장", None, "", "2030", "level", "required", "a market forecast: no subject; the research firm is the source"))
d.Q("900억 원", 90000000000, W, "원", "currency",
    f=("공모 자금", "공모 자금 중", S, "", "level", "optional", "an undated plan: empty, or the subject's last period (2028) by carry-forward? (open question 10)"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional", note="as in 003 (open question 2)")
d.Q("3만t", 30000, "t", "t", M, f=("처리 능력", None, S, "", "level", "optional", "current capacity, undated (open question 10); 연간 qualifies the period"))
d.Q("7만t", 70000, "t", "t", M, f=("처리 능력", None, S, "", "level", "optional", "planned capacity, undated (open question 10)"))

# ---------------------------------------------------------------- 006 telecom: 5G subscribers and ARPU (press release with a release-date line, year in the lead)
d = Doc("006_78cd24bb130f3e32", "2026-02-05"); docs.append(d)
S = "LG유플러스"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before an executive's title")})
d.O("미디어로그", "미디어로그", note="MVNO subsidiary (알뜰폰 자회사)")
d.O("LG헬로비전", "LG헬로비전", note="cable subsidiary (케이블 자회사)")
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry whose statistics are cited")
d.O("SK텔레콤", "SK텔레콤", note="rival, first of a 각각 pair")
d.O("KT", "KT", note="rival, second of a 각각 pair")
Q4 = "2025-Q4"; DEC = "2025-12"
d.D("4분기", Q4, "quarter", ctx="4분기 ARPU", rel=True, note="headline: the latest Q4 on or before the document date")
d.D("2026년 2월 5일", "2026-02-05", "day", note="the release line's date")
d.D("2025년 4분기", Q4, "quarter")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("5일", "2026-02-05", "day", ctx="5일 밝혔다", rel=True, note="day of the announcement")
d.D("이 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기, like 같은 기간")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="전분기 points back")
d.D("지난해 12월 말", DEC, "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset: from the document date by the letter (2025), but it compares with a year before 지난해 12월 말 (2024-12) (open question 12)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back: the end of the year before 지난해")
d.D("전년", "2024", "year", ctx="전년보다 12만", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 11월 말", "2025-11", "month", mod="END", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="future (마치겠다): the next H2; 중 outside")
d.Q("1,350만", 13500000, "명", "", C, bound="gt", st="optional", note="headline count with its counter implied (no unit); 돌파 → gt",
    f=("5G 가입자", "5G 가입자 1,350만", S, "", "level"))
d.Q("3만5천원", 35000, W, "원", "currency", approx=True, note="원대: the suffix 대 outside the span sets approx",
    f=("ARPU", "4분기 ARPU", S, Q4, "level", "required", "headline: its own 4분기"))
d.Q("1조 6,140억 원", 1614000000000, W, "원", "currency", f=("무선 서비스 수익", None, S, Q4, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("무선 서비스 수익", None, S, Q4, "change"))
d.Q("3만 5,620원", 35620, W, "원", "currency", f=("휴대폰 가입자당 평균수익", None, S, Q4, "level", "required", "이 기간 → 2025년 4분기"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="1.2% 올랐다", f=("휴대폰 가입자당 평균수익", None, S, Q4, "change"))
d.Q("1,352만 명", 13520000, "명", "명", C, f=("5G 가입자", "5G 가입자는 지난해", S, DEC, "level", "required", "dropped subject carried; 지난해 12월 말 기준"))
d.Q("11.2%", 11.2, "%", "%", P, f=("5G 가입자", "5G 가입자는 지난해", S, DEC, "change"))
d.Q("1,980만 명", 19800000, "명", "명", C, f=("휴대폰 가입자", "전체 휴대폰 가입자", S, DEC, "level"))
d.Q("68.3%", 68.3, "%", "%", P, f=("5G 비중", "5G 비중은 68.3%", S, DEC, "level"))
d.Q("62.1%", 62.1, "%", "%", P, f=("5G 비중", "5G 비중은 68.3%", S, "2024", "level", "required", "basis figure in brackets after 전년 말 (convention 4)"))
d.Q("6.2%포인트", 6.2, "%p", "%포인트", P, f=("5G 비중", "5G 비중은 68.3%", S, DEC, "change"))
d.Q("8만 원", 80000, W, "원", "currency", bound="min", st="optional", note="a threshold defining a group of plans (월 … 이상 요금제): definitional (open question 7)")
d.Q("410만 명", 4100000, "명", "명", C, approx=True, f=("요금제 가입자", None, S, DEC, "level", "required", "요금제별로는: a breakdown of the same subscribers, period carried"))
d.Q("12만 명", 120000, "명", "명", C,
    f=("가입자", "가입자가 전년보다", "미디어로그", DEC, "change", "required", "no DATE for the subsidiary: the period last set for the same metric (convention 1)"))
d.Q("64만 명", 640000, "명", "명", C, f=("가입자", "가입자가 전년보다", "미디어로그", DEC, "level"))
d.Q("374만 명", 3740000, "명", "명", C, f=("유료방송 가입자", None, "LG헬로비전", DEC, "level", "required", "각 clause its own subsidiary; period as for 미디어로그"))
d.Q("3,620만 명", 36200000, "명", "명", C, f=("국내 5G 가입자", None, "", "2025-11", "level", "required", "a national statistic: no subject"))
d.Q("75%", 75, "%", "%", P, note="수준 is no approximator in the guideline list",
    f=("5G 비중", "5G 비중은 각각", "SK텔레콤", "2025-11", "level", "optional", "the statistic's 11월 말 or the metric's last period 12월 말? (open question 11)"))
d.Q("78%", 78, "%", "%", P, f=("5G 비중", "5G 비중은 각각", "KT", "2025-11", "level", "optional", "as 75% (open question 11)"))
d.Q("2조 원", 2000000000000, W, "원", "currency", bound="max", note="이하 → max", f=("설비투자", None, S, "2026", "level"))

write_all(docs)
