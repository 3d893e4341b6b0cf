"""Gold labels of articles-holdout75, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout75/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
NEUT = "optional quantity: fact neutralised"

# ---------------------------------------------------------------- 001 department store: year-end season sales by branch (뉴스1 dateline, no year anywhere)
d = Doc("001_73f789a125f38d89", "2026-01-05"); docs.append(d)
S = "한결백화점"
d.Oall(S, S, special={0: ("required", "headline topic")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; the digit is part of the name")
d.O("한결유통그룹", "한결유통그룹", note="invented parent group (계열사 of it)")
d.o[1]["aliases"] = "한결"  # the lead's 한결백화점(이하 한결)
d.O("한결", S, ctx="(이하 한결)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION ORG span)")
d.O("한결", S, ctx="한결 관계자", note="later use of the 이하-defined short name: required, canonical the full name")
d.O("잠실점", "잠실점", st="optional", note="a named branch store: an organization or a site/business unit? (open question 1)")
d.O("대구점", "대구점", st="optional", note="a named branch store (open question 1)")
d.O("롯데백화점", "롯데백화점", note="rival")
d.O("현대백화점", "현대백화점", note="rival")
d.O("한국유통연구원", "한국유통연구원", note="invented research institute cited as source (에 따르면)")
R = "2025-12-01/2025-12-31"
d.D("연말", "2025", "year", ctx="한결백화점, 연말", mod="END", rel=True, note="headline: the latest year-end on or before 2026-01-05")
d.D("지난달 1일", "2025-12-01", "day", rel=True, note="A부터 B까지 = two mentions")
d.D("31일", "2025-12-31", "day", ctx="31일까지", rel=True, note="a bare day ending a range takes its month from the range's start")
d.D("연말", "2025", "year", ctx="31일까지 연말", mod="END", rel=True, note="연말 시즌: part of a period; 2025's year-end")
d.D("전년 같은 기간", "2024-12-01/2024-12-31", "day", rel=True, st="optional", anchor="2025-12-01", note="points back to the lead's range")
d.D("5일", "2026-01-05", "day", rel=True, note="day of the announcement")
d.D("크리스마스", "2025-12-25", "day", rel=True, st="optional", note="holiday: optional")
d.D("20~21일", "2025-12-20/2025-12-21", "day", rel=True, note="a range of days written with ~: one mention; the latest 20th-21st on or before the document date")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("같은 기간", R, "day", ctx="현대백화점의 같은 기간", rel=True, st="optional", anchor="2025-12-01", note="points back to the lead's range")
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("전년 동월", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back")
LEADM = "시즌 매출이 1조"
d.Q("12%", 12, "%", "%", P, f=("매출", "시즌 매출 12%", S, "2025", "change", "required", "headline: its own DATE 연말 (2025, END) is the period"))
d.Q("한 달", 1, "month", "달", "duration", ctx="본점 한 달 3천억", note="headline: an amount of time (duration), no fact")
d.Q("3천억", 300000000000, W, "", "currency", ctx="한 달 3천억", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("1조 1,870억 원", 1187000000000, W, "원", "currency",
    f=("매출", LEADM, S, R, "level", "required", "연말 시즌 qualifies the period (outside the metric); period = the range 지난달 1일부터 31일까지"))
d.Q("12.4%", 12.4, "%", "%", P, f=("매출", LEADM, S, R, "change", "required", "basis 전년 같은 기간; period the current one"))
d.Q("3,120억 원", 312000000000, W, "원", "currency",
    f=("매출", LEADM, S, R, "level", "required", "breakdown item (점포별로는): the breakdown's measure is the metric; a branch is no subject, the company earned it"))
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 만에", note="만에 outside: duration, no fact")
d.Q("3천억 원", 300000000000, W, "원", "currency", bound="gt", f=("매출", "본점 매출이", S, R, "level", "required", "threshold passed (넘은 → gt) by the main store in the season's month"))
d.Q("2,040억 원", 204000000000, W, "원", "currency", f=("매출", LEADM, S, R, "level", "required", "breakdown item with 각각"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("매출", LEADM, S, R, "level", "required", "breakdown item with 각각"))
d.Q("4,600억 원", 460000000000, W, "원", "currency", approx=True, f=("명품 매출", "명품 매출은", S, R, "level", "required", "가량 → approx; 이 가운데: the season's period"))
d.Q("39%", 39, "%", "%", P, approx=True, f=("명품 매출", "명품 매출은", S, R, "level", "required", "전체의 N%: the share of the part named as the clause's subject; 안팎 → approx"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀간: duration (간 outside), no fact")
d.Q("86만 명", 860000, "명", "명", C, approx=True, f=("방문객", None, S, "2025-12-20/2025-12-21", "level", "required", "약 → approx; the clause's own range"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: duration, no fact")
d.Q("2배", 2, "배", "배", C, approx=True,
    f=("외국인 고객 매출", None, S, R, "change", "optional", "open question 2: an undated year-on-year change in a quote — the season (written), the weekend range last set by the letter of carry-forward, or empty; 가까이 → approx"))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional", note="'double-digit' (a vague size of growth, 10-99%): a count of digits or a vague percent? open question 3")
d.Q("8.1%", 8.1, "%", "%", P, f=("매출 증가율", None, "롯데백화점", R, "change", "required", "각각 pairs; a rate of change (증가율) is kind change; 같은 기간 → the lead's range"))
d.Q("9.6%", 9.6, "%", "%", P, f=("매출 증가율", None, "현대백화점", R, "change", "required", "각각 pairs"))
d.Q("3.2%", 3.2, "%", "%", P, f=("국내 백화점 전체 매출", None, "", "2025-11", "change", "required", "a market figure: no subject; the cited institute is a source"))

# ---------------------------------------------------------------- 002 pharmaceutical firm: R&D spending and a new drug approval (연합뉴스 dateline, 2025년 in the lead)
d = Doc("002_1edacc7451f242c4", "2026-01-14"); docs.append(d)
S = "서진바이오팜"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("식품의약품안전처", "식품의약품안전처", aliases="식약처", note="government body; the bracketed alias is recorded in aliases")
d.O("식약처", "식품의약품안전처", ctx="(식약처)", st="optional", note="a bracketed alias right after the name: not in the name's span; as a mention of its own? open question 4")
d.O("서진헬스케어", "서진헬스케어", note="invented subsidiary (자회사)")
d.O("한국제약바이오협회", "한국제약바이오협회", note="industry association cited as source")
d.O("한미약품", "한미약품", note="rival (경쟁사)")
d.O("미국 식품의약국", "미국 식품의약국", aliases="FDA", note="미국 is part of the official Korean name (like 미국 항공우주국)")
d.O("FDA", "미국 식품의약국", st="optional", note="bracketed alias (open question 4)")
RD = "연구개발(R&D) 비용"
d.D("작년", "2025", "year", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", ctx="전년(1,780억", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("같은 날", "2026-01-14", "day", rel=True, st="optional", anchor="2026-01-14", note="points back to 14일")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True)
d.D("1년 전", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01",
    note="here the basis of 지난해 4분기 (a year before that quarter), pointing back to a period in the text; the letter of the offset rule (from the document date) would give 2025")
d.D("2024년", "2024", "year")
d.D("지난해", "2025", "year", ctx="한미약품도 지난해", rel=True)
d.D("올해 하반기", "2026-H2", "half", rel=True)
d.D("2028년", "2028", "year", note="까지 outside the span")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘게 → gt")
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=(RD, None, S, "2025", "level", "required", "연결 기준 is a basis modifier, outside"))
d.Q("1,780억 원", 178000000000, W, "원", "currency", f=(RD, None, S, "2024", "level", "required", "a basis figure in brackets after the pointing-back 전년: that date's value"))
d.Q("20.2%", 20.2, "%", "%", P, f=(RD, None, S, "2025", "change", "required", "늘어난 규모: the R&D cost's change; period the current one"))
d.Q("18.6%", 18.6, "%", "%", P, f=("R&D 비중", "대비 R&D 비중", S, "2025", "level", "required", "매출 대비 names the denominator; shortest noun phrase R&D 비중"))
d.Q("1.9%포인트", 1.9, PP, "%포인트", P, f=("R&D 비중", "대비 R&D 비중", S, "2025", "change"))
d.Q("41번째", 41, "번째", "번째", "ordinal", note="ordinal: no fact")
d.Q("3상", 3, "상", "상", "ordinal", st="optional", note="임상 3상 (phase III): an ordinal or a name with a digit? open question 5")
TRIAL = ("undated clinical trial (open question 6): subject the company by the carried sentence subject (written) or none (a product's trial); "
         "period empty (a descriptive count, like FACTS' 23개 언어), or 같은 날/2025 by the letter of carry-forward")
d.Q("32곳", 32, "곳", "곳", C, f=("국내 병원", None, S, "", "level", "optional", TRIAL))
d.Q("1,200명", 1200, "명", "명", C, approx=True, f=("환자", "환자 약", S, "", "level", "optional", TRIAL + "; 약 → approx"))
d.Q("15%", 15, "%", "%", P, ctx="체중이 15%", bound="min",
    f=("환자 비율", None, S, "", "change", "optional", "a threshold defining the group (체중이 15% 이상 줄어든 환자): part of the metric like FACTS' definitional ranges, no fact; 이상 → min"))
d.Q("64%", 64, "%", "%", P, f=("환자 비율", None, S, "", "level", "optional", TRIAL))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("매출", "4분기 매출", "서진헬스케어", "2025-Q4", "level"))
d.Q("8.5%", 8.5, "%", "%", P, f=("매출", "4분기 매출", "서진헬스케어", "2025-Q4", "change", "required", "1년 전보다 = basis"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency", approx=True,
    f=("R&D 투자액", None, "", "2024", "level", "required", "an industry figure (국내 상장 제약사): no subject; the association is a source; 약 → approx"))
d.Q("5년", 5, "year", "년", "duration", ctx="5년 새", note="5년 새: duration, no fact")
d.Q("40%", 40, "%", "%", P, approx=True, f=("R&D 투자액", None, "", "2024", "change", "required", "가까이 → approx; period the current one"))
d.Q("1,000억 원", 100000000000, W, "원", "currency", approx=True,
    f=("비만 신약 개발", None, "한미약품", "2025", "level", "required", "썼다 has no verbal noun: the thing spent on names it; 가량 → approx"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="min",
    f=("투자", "투자하겠다", S, "2028", "level", "required", "a head's quote speaks for the company; 누적 outside; period the DATE attached (2028년까지); 이상 → min"))

# ---------------------------------------------------------------- 003 province: investment agreements (MOUs) and jobs (regional daily page: 입력 stamp + byline; the year only in the stamp)
d = Doc("003_99a33279153b2ba7", "2026-02-10"); docs.append(d)
S = "충청북도"
d.Oall("충북도", S, special={0: ("required", "headline topic; short form of 충청북도"), 2: ("required", "organization before a title (경제통상국장)")})
d.O(S, S, note="a province acting as a government")
d.O("충청일보", "충청일보", note="regional daily in the byline line")
d.O("에이치엠케미칼", "에이치엠케미칼", aliases="HM케미칼", note="invented company; short name defined with 이하")
d.O("HM케미칼", "에이치엠케미칼", ctx="(이하 HM케미칼)", st="optional", note="이하-defined short name where it is defined: optional")
d.O("HM케미칼", "에이치엠케미칼", ctx="HM케미칼은 다음", note="later use of the 이하 short name: required")
d.O("HM케미칼", "에이치엠케미칼", ctx="HM케미칼에 산업용지", note="later use of the 이하 short name: required")
d.O("누리테크", "누리테크", note="invented company")
d.O("누리홀딩스", "누리홀딩스", note="its invented parent (그 모회사)")
d.O("청주시", "청주시", note="a city acting as a government")
d.O("한국산업단지공단", "한국산업단지공단", note="public agency cited as source")
d.D("2026.02.10", "2026-02-10", "day", note="the 입력 stamp: a calendar date written in full (required, my convention 9)")
d.D("14:05", "2026-02-10T14:05", "day", st="optional", note="clock time: optional at most (ANNOTATION DATE: Not DATE)")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the signing (체결했다)")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause")
d.D("내년 상반기", "2027-H1", "half", rel=True)
d.D("이날", "2026-02-10", "day", rel=True, st="optional", anchor="2026-02-10", note="points back to 10일")
d.D("지난해", "2025", "year", ctx="충북도의 지난해", rel=True)
d.D("지난해 12월", "2025-12", "month", rel=True, note="기준: as of")
d.D("전년 동월", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back")
HL = "headline with no DATE of its own: nothing earlier in the article to carry, so the period is empty (FACTS: clause, sentence, then earlier)"
d.Q("7곳", 7, "곳", "곳", C, ctx="기업 7곳과 1조 8천억", f=("기업", "충북도, 기업", S, "", "level", "required", HL + "; the province's partner count"))
d.Q("1조 8천억", 1800000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("1,500개", 1500, "개", "개", C,
    f=("일자리", None, "", "", "level", "required", HL + "; the jobs the companies will create (협약 기업들 … 고용한다): several companies not all named → no subject"))
d.Q("7곳", 7, "곳", "곳", C, ctx="기업 7곳과 총", f=("기업", "분야 기업 7곳", S, "2026-02-10", "level", "required", "the province's agreements, signed on 10일 (the signing, not only the announcement)"))
d.Q("1조 8,350억 원", 1835000000000, W, "원", "currency",
    f=("투자협약", None, S, "2026-02-10", "level", "required", "규모: the thing whose size it is; 총 outside"))
d.Q("3년", 3, "year", "년", "duration", note="앞으로 3년간: duration, no fact")
d.Q("1,500여 명", 1500, "명", "명", C, approx=True,
    f=("신규 인력", None, "", "", "level", "required", "subject 협약 기업들 (seven, not all named) → empty; no date for this metric; 여 inside the span → approx"))
INV = ("the company's own pledged investment (투자한다); no date was set for this subject or metric: period empty by the letter of carry-forward")
d.Q("7,200억 원", 720000000000, W, "원", "currency", f=("투자", "원을 투자한다", "에이치엠케미칼", "", "level", "required", "breakdown item (기업별로는) of an ORG: " + INV))
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("투자", "원을 투자한다", "누리테크", "", "level", "required", "각각 pair; " + INV))
d.Q("1,850억 원", 185000000000, W, "원", "currency", f=("투자", "원을 투자한다", "누리홀딩스", "", "level", "required", "각각 pair; " + INV))
d.Q("5만t", 50000, "t", "t", M,
    f=("생산능력", None, "에이치엠케미칼", "2027-H1", "level", "required", "규모: the capacity; 연간 is a rate word, outside; period the one last set for HM케미칼 (내년 상반기 가동)"))
d.Q("33만㎡", 330000, "㎡", "㎡", M, f=("산업용지", None, "청주시", "2026-02-10", "level", "required", "the city supplies it (its figure); 이날 → 2026-02-10"))
d.Q("41조 2천억 원", 41200000000000, W, "원", "currency", f=("투자유치 실적", None, S, "2025", "level"))
d.Q("30조 원", 30000000000000, W, "원", "currency", f=("목표", None, S, "2025", "level", "required", "a target in brackets after its noun: measures that noun, the sentence's year"))
d.Q("37%", 37, "%", "%", P,
    f=("투자유치 실적", None, S, "2025", "change", "required", "초과 달성 = exceeded the target by 37%: a difference against a basis (kind change), 초과 here is the verb's, no bound (convention 8)"))
d.Q("83.4%", 83.4, "%", "%", P,
    f=("산업단지 가동률", None, "", "2025-12", "level", "required", "the province's industrial parks: no ORG's figure; the agency is a source; 기준 → as of"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("산업단지 가동률", None, "", "2025-12", "change"))
d.Q("200억 원", 20000000000, W, "원", "currency", ctx="최대 200억 원", bound="max",
    f=("보조금", None, S, "", "level", "optional", "open question 7: an undated promise in a quote — empty (written) or 2025 by the letter of carry-forward (the province's last period); 최대 → max"))

# ---------------------------------------------------------------- 004 container line: results, freight rates and fleet capacity (머니투데이 bracket byline, 2025년 in the lead)
d = Doc("004_2a71628064b4788e", "2026-02-05"); docs.append(d)
S = "한해상선"
d.Oall(S, S, special={0: ("required", "headline topic"), 5: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("상하이해운거래소", "상하이해운거래소", note="exchange that compiles the index (cited as source)")
d.O("알파라이너", "알파라이너", note="shipping analysis firm cited as source")
d.O("HMM", "HMM", note="rival; Latin-letter name")
d.O("월마트", "월마트", note="customer; 미국 유통업체 (place + description) outside the span")
d.O("한해홀딩스", "한해홀딩스", note="invented parent (모회사)")
TEU = "TEU: a counter of container capacity kept as written (category count, convention 8)"
d.D("2025년", "2025", "year")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 12월 마지막 주", "2025-W52", "week", rel=True, rng=False,
    note="the last week of a month, like ANNOTATION's '8월 마지막 금요일': one mention; the last full week of December 2025 (Mon 22 - Sun 28)")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-12-22", "2025-12-28"
d.D("연초", "2025", "year", mod="START", rel=True, st="optional", anchor="2025-01-01",
    note="points back to the year of 지난해 12월 (the start of 2025), not the document's year: optional (open question 8)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="기준: as of")
d.D("지난 1일", "2026-02-01", "day", rel=True, note="the latest 1st on or before 2026-02-05; 기준: as of")
d.D("올해 상반기", "2026-H1", "half", rel=True)
d.D("2027년 말", "2027", "year", mod="END", note="까지 outside")
HL = "headline with no DATE: period empty (nothing earlier to carry)"
d.Q("38%", 38, "%", "%", P, ctx="영업익 38%", f=("영업익", None, S, "", "change", "required", HL))
d.Q("100만TEU", 1000000, "TEU", "TEU", C, f=("선복량", "선복량은 100만", S, "", "level", "required", HL + "; a threshold the fleet nears (눈앞); " + TEU))
d.Q("6조 4,200억 원", 6420000000000, W, "원", "currency", f=("매출", "기준 매출 6조", S, "2025", "level", "required", "연결 기준 outside the metric"))
d.Q("9,130억 원", 913000000000, W, "원", "currency", f=("영업이익", "영업이익 9,130억", S, "2025", "level"))
d.Q("11.3%", 11.3, "%", "%", P, f=("매출", "매출은 전년", S, "2025", "change", "required", "줄었고: a decrease, value as written"))
d.Q("38%", 38, "%", "%", P, ctx="같은 기간 38%", f=("영업이익", "영업이익은 같은", S, "2025", "change"))
IDX = "상하이컨테이너운임지수"
d.Q("1,480포인트", 1480, "포인트", "포인트", C,
    f=(IDX, None, "", "2025-W52", "level", "required", "a market index: no ORG's figure (the exchange compiles it, a source); 포인트 index points as written (convention 8)"))
d.Q("2,505포인트", 2505, "포인트", "포인트", C, f=(IDX, None, "", "2025", "level", "required", "a basis figure in brackets after 연초: that DATE's value (2025, START)"))
d.Q("41%", 41, "%", "%", P, approx=True, f=(IDX, None, "", "2025-W52", "change", "required", "약 → approx; the current period"))
d.Q("2,100달러", 2100, U, "달러", "currency", approx=True,
    f=("미주 서안 노선 운임", None, "", "", "level", "required", "a market rate: no subject; FEU당 a rate word (not labelled); no period set for this metric: empty by the letter; 안팎 → approx"))
d.Q("94만TEU", 940000, "TEU", "TEU", C, f=("선복량", "한해상선의 선복량", S, "2025", "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="duration, no fact")
d.Q("12만TEU", 120000, "TEU", "TEU", C, f=("선복량", "한해상선의 선복량", S, "2025", "change", "required", "증가했다: a difference"))
d.Q("28척", 28, "척", "척", C, f=("초대형선", None, S, "2025", "level", "required", "이 가운데: part of the fleet as of 지난해 말"))
d.Q("3,250만TEU", 32500000, "TEU", "TEU", C, f=("세계 컨테이너 선복량", None, "", "2026-02-01", "level", "required", "a world total: no subject; the firm is a source"))
d.Q("3.1%", 3.1, "%", "%", P, f=("점유율", None, "HMM", "2026-02-01", "level", "required", "각각 pair; the sentence's as-of date"))
d.Q("2.9%", 2.9, "%", "%", P, f=("점유율", None, S, "2026-02-01", "level", "required", "각각 pair"))
d.Q("15만TEU", 150000, "TEU", "TEU", C,
    f=("장기 운송계약", None, "월마트;한해상선", "", "level", "optional", "open question 9: a customer's contract — subject the two parties (written), the carrier, or the customer?; 연간 a rate word; no date"))
d.Q("8천억 원", 800000000000, W, "원", "currency", f=("발주", None, "한해홀딩스", "2026-H1", "level", "required", "들여 … 발주할: the verbal noun names it; the parent's plan"))
d.Q("6척", 6, "척", "척", C, f=("메탄올 추진선", None, "한해홀딩스", "2026-H1", "level"))
d.Q("120만TEU", 1200000, "TEU", "TEU", C, bound="min", f=("선복량", "선복량을 120만", S, "2027", "level", "required", "a head's target; 2027년 말 (2027, END); 이상 → min"))

# ---------------------------------------------------------------- 005 fintech: loan brokerage and users (press release, 2025년 in the headline and lead)
d = Doc("005_b1cdbc17f1f202e8", "2026-01-20"); docs.append(d)
S = "핀다오"
d.Oall(S, S, special={0: ("required", "headline topic"),
                      1: ("required", "㈜ (a bracketed legal-form sign, 주식회사) stays outside the span like brackets around the name (convention 10)"),
                      2: ("required", "the counterparty of the parent's capital injection (에)"),
                      3: ("required", "organization before a head's title (대표)"),
                      4: ("required", "contact line: the company; 홍보팀 is a team label, outside")})
d.O("신한은행", "신한은행", note="partner bank")
d.O("케이뱅크", "케이뱅크", note="partner bank")
d.O("다오파이낸셜그룹", "다오파이낸셜그룹", note="invented parent (모회사)")
d.O("금융위원회", "금융위원회", note="government body cited as source")
d.D("2025년", "2025", "year", ctx="핀다오, 2025년", note="headline")
d.D("2025년", "2025", "year", ctx="2025년 한 해", note="한 해 동안 after it is a duration (optional), not part of the DATE (open question 11)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="기준: as of")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.D("지난해 3분기 말", "2025-Q3", "quarter", mod="END", rel=True, rng=False, note="기준: as of; the quarter's END written as its last month")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-09-01", "2025-09-30"
d.D("올해", "2026", "year", ctx="올해 중개액", rel=True)
d.Q("4조 원", 4000000000000, W, "원", "currency", bound="gt", f=("대출 중개액", None, S, "2025", "level", "required", "headline; 돌파 → gt"))
d.Q("620만 명", 6200000, "명", "명", C, ctx="누적 가입자 620만 명\n",
    f=("누적 가입자", "누적 가입자 620만 명\n", S, "2025", "level", "required", "headline: the headline's 2025년 across the …"))
d.Q("47%", 47, "%", "%", P, ctx="비중 47%", f=("중·저신용자 대출 비중", None, S, "2025", "level", "required", "subhead: subject and period carried from the headline"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="duration, no fact")
d.Q("5%p", 5, PP, "%p", P, f=("중·저신용자 대출 비중", None, S, "2025", "change"))
d.Q("한 해", 1, "year", "해", "duration", st="optional", f=None,
    note="2025년 한 해 동안: a duration after the year (동안 outside), or part of one DATE like 올 한해? open question 11; no fact either way")
d.Q("4조 1,300억 원", 4130000000000, W, "원", "currency", f=("대출 금액", None, S, "2025", "level", "required", "중개한 대출 금액: shortest noun phrase 대출 금액"))
d.Q("2조 9,800억 원", 2980000000000, W, "원", "currency", f=("대출 금액", None, S, "2024", "level", "required", "basis in brackets after 전년: 2024"))
d.Q("38.6%", 38.6, "%", "%", P, f=("대출 금액", None, S, "2025", "change"))
d.Q("27만 건", 270000, "건", "건", C, approx=True, f=("대출 건수", None, S, "2025", "level", "required", "같은 기간 → 2025; 약 → approx"))
d.Q("1,530만 원", 15300000, W, "원", "currency", f=("평균 금액", None, S, "2025", "level", "required", "건당 is a rate word (no number), outside"))
d.Q("620만 명", 6200000, "명", "명", C, ctx="620만 명을", bound="gt", f=("누적 가입자", "누적 가입자는", S, "2025-12", "level", "required", "넘어섰고 → gt; as of 지난해 12월 말"))
d.Q("180만 명", 1800000, "명", "명", C, approx=True,
    f=("월간 활성 이용자", None, S, "2025-12", "level", "required", "월간 is part of the measure's name (MAU), not a period; the sentence's as-of date; 안팎 → approx"))
BRK = ("open question 10: after an as-of date set for a stock (지난해 12월 말, 2025-12), does a flow figure of the same subject carry that date "
       "(the letter of carry-forward) or the story's year 2025 (written: 이 가운데 points to the year's loans)?")
d.Q("1조 9,400억 원", 1940000000000, W, "원", "currency", f=("중·저신용자 대출", None, S, "2025", "level", "optional", BRK))
d.Q("47%", 47, "%", "%", P, ctx="전체의 47%", f=("중·저신용자 대출", None, S, "2025", "level", "optional", BRK + " 전체의 N%: the share of the part"))
d.Q("12곳", 12, "곳", "곳", C, f=("은행", "은행 12곳", S, "2025-12", "level", "required", "partner count: the company's; the period last set for it (지난해 12월 말)"))
d.Q("31곳", 31, "곳", "곳", C, f=("저축은행", None, S, "2025-12", "level"))
d.Q("58곳", 58, "곳", "곳", C, f=("제휴 금융사", None, S, "2025-12", "level", "required", "총 outside the span"))
d.Q("6,200억 원", 620000000000, W, "원", "currency",
    f=("중개액", "통한 중개액", S, "2025", "level", "optional", BRK + " Also: the brokered amount is the company's (written), not the banks' (각각 pairs the banks)"))
d.Q("4,800억 원", 480000000000, W, "원", "currency", f=("중개액", "통한 중개액", S, "2025", "level", "optional", BRK))
d.Q("500억 원", 50000000000, W, "원", "currency", f=("출자", None, "다오파이낸셜그룹", "2026-Q1", "level", "required", "the parent injects it (its figure); 핀다오 is the counterparty"))
d.Q("18조 원", 18000000000000, W, "원", "currency", approx=True,
    f=("국내 온라인 대출 중개 시장", None, "", "2025-Q3", "level", "required", "규모: the market whose size it is; no subject; 약 → approx"))
d.Q("6조 원", 6000000000000, W, "원", "currency", f=("중개액", "올해 중개액", S, "2026", "level", "required", "a head's target for 올해"))
d.Q("800만 명", 8000000, "명", "명", C, f=("가입자", "가입자 800만", S, "2026", "level"))

# ---------------------------------------------------------------- 006 baseball club: attendance and revenue (뉴시스 dateline, 2025년 in the lead)
d = Doc("006_87b4624e165d54ab", "2026-01-08"); docs.append(d)
S = "삼성 라이온즈"
d.Oall(S, S, special={0: ("required", "headline topic: a sports club"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한국야구위원회", "한국야구위원회", aliases="KBO", note="league body cited as source")
d.O("KBO", "한국야구위원회", st="optional", note="bracketed alias (open question 4)")
d.O("삼성", S, ctx="삼성과 LG", note="short form of 삼성 라이온즈 mentioned in full elsewhere")
d.O("LG 트윈스", "LG 트윈스", note="rival club")
d.O("달구벌푸드", "달구벌푸드", aliases="달구벌", note="invented sponsor; short name defined with 이하")
d.O("달구벌", "달구벌푸드", ctx="(이하 달구벌)", st="optional", note="이하-defined short name where it is defined: optional")
d.O("달구벌", "달구벌푸드", ctx="달구벌의 지난해", note="later use of the 이하 short name: required")
d.O("대구시", "대구시", note="a city acting as a government (owner of the ballpark)")
d.D("2025년", "2025", "year", note="a year before an event/season name (정규시즌) is a DATE")
d.D("8일", "2026-01-08", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the season (2025년)")
d.D("지난해", "2025", "year", rel=True)
d.D("다음 달 말", "2026-02", "month", mod="END", rel=True, note="a deadline (까지 outside): the next February")
d.D("올해", "2026", "year", rel=True)
HL = "headline with no DATE: period empty (nothing earlier to carry)"
d.Q("163만 명", 1630000, "명", "명", C, ctx="관중 163만 명 '", f=("홈 관중", None, S, "", "level", "required", HL))
d.Q("291억 원", 29100000000, W, "원", "currency", ctx="입장 수입 291억 원", f=("입장 수입", "입장 수입 291억", S, "", "level", "required", HL))
d.Q("72경기", 72, "경기", "경기", C, ctx="홈 72경기", f=("홈", "홈 72경기", S, "2025", "level", "required", "경기 is the counter; 홈 is the only noun naming what is counted"))
d.Q("163만 1,240명", 1631240, "명", "명", C, f=("관중", "관중 163만 1,240명", S, "2025", "level"))
d.Q("2만 2,656명", 22656, "명", "명", C, f=("평균 관중", None, S, "2025", "level", "required", "경기당 a rate word (no number), outside"))
d.Q("1만 8,820명", 18820, "명", "명", C, f=("평균 관중", None, S, "2024", "level", "required", "a basis figure in brackets after 전년: 2024"))
d.Q("20.4%", 20.4, "%", "%", P, f=("평균 관중", None, S, "2025", "change"))
d.Q("72경기", 72, "경기", "경기", C, ctx="72경기 가운데", f=("", None, S, "2025", "level", "required", "the counter is the only noun: metric empty"))
d.Q("41차례", 41, "차례", "차례", C, f=("매진", None, S, "2025", "level"))
d.Q("291억 원", 29100000000, W, "원", "currency", ctx="약 291억 원", approx=True, f=("입장 수입", "입장 수입은", S, "2025", "level", "required", "약 → approx"))
d.Q("31%", 31, "%", "%", P, f=("입장 수입", "입장 수입은", S, "2025", "change"))
d.Q("148억 원", 14800000000, W, "원", "currency", f=("상품 매출", None, S, "2025", "level", "required", "구단 (the club itself) outside the metric"))
d.Q("10개", 10, "개", "개", C,
    f=("전체 관중", None, "", "2025", "level", "optional", "a count defining the group (10개 구단 전체 관중): part of the metric like FACTS' definitional ranges, no fact"))
d.Q("1,230만 명", 12300000, "명", "명", C,
    f=("전체 관중", None, "", "2025", "level", "required", "ten clubs taken together, not named: no subject; KBO a source; the season carried for the same metric"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년 연속", note="2년 연속: duration, no fact")
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", f=("전체 관중", None, "", "2025", "level", "required", "넘었다 → gt; the sentence's season"))
d.Q("163만 명", 1630000, "명", "명", C, ctx="각각 163만 명", f=("관중", "관중 순위", S, "2025", "level", "required", "각각 pair; the season carried"))
d.Q("159만 명", 1590000, "명", "명", C, f=("관중", "관중 순위", "LG 트윈스", "2025", "level", "required", "각각 pair: shares its partner's period (convention 1)"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("2위", 2, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("3년", 3, "year", "년", "duration", note="3년간: duration, no fact")
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("메인 스폰서 계약", None, "삼성 라이온즈;달구벌푸드", "", "level", "optional", "open question 9: a contract's size between two named parties — both (written), the sentence subject (구단), or the payer?; undated (3년간 a duration)"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", approx=True, f=("매출", "지난해 매출", "달구벌푸드", "2025", "level", "required", "안팎 → approx"))
d.Q("1,500석", 1500, "석", "석", C, f=("외야 좌석", None, "대구시", "2026-02", "change", "required", "늘리는: an addition (change); the city's work, deadline 다음 달 말"))
d.Q("170만 명", 1700000, "명", "명", C, bound="min", f=("관중", "관중 170만", S, "2026", "level", "required", "a head's target for 올해; 이상 → min"))

write_all(docs)
