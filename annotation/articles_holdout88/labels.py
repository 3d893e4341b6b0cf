"""Gold labels of articles-holdout88, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout88/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def q_end(d, text, value, ctx=None, rel=True, st="required", note="", anchor=None):
    """A quarter with `말` (mod END): the framework cannot compute its day range; README convention: the quarter's last month."""
    d.D(text, value, "quarter", ctx=ctx, mod="END", rel=rel, st=st, note=note, anchor=anchor, rng=False)
    y, q = int(value[:4]), int(value[-1])
    import calendar
    mo = 3 * q
    d.d[-1]["range_start"] = f"{y}-{mo:02d}-01"
    d.d[-1]["range_end"] = f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


# ---------------------------------------------------------------- 001 chip-equipment maker wins a foundry order (연합뉴스 dateline)
d = Doc("001_efe641fb4caf93c5", "2026-02-04"); docs.append(d)
S = "하람이엔지"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.Oall("삼성전자", "삼성전자", special={0: ("required", "the customer; 파운드리서 (= 파운드리 + 에서) names a business, not a named division: outside")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("하람머티리얼즈", "하람머티리얼즈", note="invented subsidiary (자회사)")
d.O("국제반도체장비재료협회", "국제반도체장비재료협회", aliases="SEMI", note="association cited as the source; (SEMI) alias outside the span")
d.O("도쿄일렉트론", "도쿄일렉트론", note="rival; 한국법인 is a generic descriptor of its Korean unit, outside the span (README convention)")
d.O("누리플라즈마", "누리플라즈마", note="invented rival")
# dates
d.D("4일", "2026-02-04", "day", ctx="4일 공시했다", rel=True, note="day of the disclosure")
d.D("지난해", "2025", "year", ctx="지난해 연결 매출", rel=True)
d.D("2026년 2월 4일", "2026-02-04", "day", note="A부터 B까지: two mentions")
d.D("12월 31일", "2026-12-31", "day", note="end of an A부터 B까지 pair: year taken from the range's start (2026년 2월 4일)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half is in the span (as before a month)")
d.D("하반기", "2026-H2", "half", ctx="하반기에 나머지", rel=True, note="future clause (계획): the next H2")
d.D("지난달 말", "2026-01", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset from the document date: 10년 전 → that year")
d.D("올해", "2026", "year", ctx="올해 전 세계", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다 9%", rel=True, note="the basis of the comparison")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("2027년", "2027", "year", note="까지 outside")
# quantities
d.Q("1,150억", 115000000000, W, "", "currency", ctx="1,150억 규모 식각장비 수주", st="optional",
    note="headline amount, currency implied", f=("수주", "식각장비 수주", S, "", "level"))
d.Q("1,150억 원", 115000000000, W, "원", "currency",
    f=("식각장비 공급 계약", "식각장비 공급 계약", S, "", "level", "required",
       "규모: the thing whose size it is; the customer is no subject; 4일 only dates the disclosure, nothing earlier: empty period"))
d.Q("2,870억 원", 287000000000, W, "원", "currency",
    f=("매출", "연결 매출(", S, "2025", "level", "required", "basis figure in brackets after 지난해 연결 매출; 연결 is a basis modifier"))
d.Q("40.1%", 40.1, "%", "%", P,
    f=("계약 금액", "계약 금액은", S, "", "level", "optional",
       "open question 1: the ratio of the contract to last year's sales — 지난해 dates the basis (the sales), not the contract"))
d.Q("24대", 24, "대", "대", C,
    f=("장비", "장비 24대", S, "2026-02-04/2026-12-31", "level", "optional",
       "open question 1: the contract's units — carry-forward of the contract term (written) or empty like the amount"))
d.Q("14대", 14, "대", "대", C, f=("출하", "출하할", S, "2026-H1", "level", "required", "회사 측 = 하람이엔지; verbal noun as metric"))
d.Q("10대", 10, "대", "대", C, f=("출하", "출하할", S, "2026-H2", "level"))
d.Q("3,400억 원", 340000000000, W, "원", "currency", approx=True, f=("수주 잔고", "수주 잔고는", S, "2026-01", "level", "required", "subject dropped, carried"))
d.Q("68%", 68, "%", "%", P, f=("파운드리 고객 비중", None, S, "2026-01", "level", "required", "이 가운데: part of the backlog as of 지난달 말"))
d.Q("21%포인트", 21, "%p", "%포인트", P, f=("파운드리 고객 비중", None, S, "2026-01", "change", "required", "1년 전 is the basis"))
d.Q("90억 원", 9000000000, W, "원", "currency", approx=True,
    f=("부품", "원어치 부품", "하람머티리얼즈", "", "level", "required",
       "약 → approx; 어치 after the unit stays outside; no period named for this subject: empty"))
d.Q("1,260억 달러", 126000000000, U, "달러", "currency",
    f=("전 세계 반도체 장비 시장", None, "", "2026", "level", "required", "market total; the cited association gives no subject"))
d.Q("9%", 9, "%", "%", P, approx=True, f=("전 세계 반도체 장비 시장", None, "", "2026", "change"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("파운드리 장비 수주액", None, "도쿄일렉트론", "2025-Q4", "level", "required", "각각: first"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("파운드리 장비 수주액", None, "누리플라즈마", "2025-Q4", "level", "required", "각각: second"))
d.Q("50%", 50, "%", "%", P, bound="min", f=("파운드리 매출 비중", None, S, "2027", "level", "required", "head's target; 이상 → min"))

# ---------------------------------------------------------------- 002 savings bank: PF delinquency and provisions ([머니투데이] byline, no year anywhere)
d = Doc("002_4718b551ed74381b", "2026-03-19"); docs.append(d)
S = "청운저축은행"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before 관계자")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("청운금융지주", "청운금융지주", note="invented parent (모회사)")
d.O("저축은행중앙회", "저축은행중앙회", note="association cited as the source")
d.O("OK저축은행", "OK저축은행")
d.O("SBI저축은행", "SBI저축은행")
d.O("금융감독원", "금융감독원", note="government body")
# dates
d.D("지난해 말", "2025", "year", ctx="지난해 말 14.2%", mod="END", rel=True)
d.D("19일", "2026-03-19", "day", rel=True, note="dates the report (에 따르면), not a period")
d.D("지난해", "2025", "year", ctx="지난해 대손충당금", rel=True)
d.D("전년", "2024", "year", ctx="전년(960억", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("다음 달 말", "2026-04", "month", mod="END", rel=True, note="deadline (까지): the next month")
d.D("지난해 말", "2025", "year", ctx="지난해 말 기준 1조", mod="END", rel=True, note="as of (기준)")
q_end(d, "지난해 4분기 말", "2025-Q4", note="지난해 before a quarter with 말: one mention")
q_end(d, "3분기 말", "2025-Q3", note="the latest Q3 on or before the document date; the basis of the comparison")
d.D("오는 6월", "2026-06", "month", rel=True, note="future (오는, 까지)")
d.D("올해 상반기", "2026-H1", "half", rel=True)
# quantities
d.Q("14%", 14, "%", "%", P, ctx="14%대", approx=True,
    f=("PF 연체율", "PF 연체율 14%대", S, "", "level", "required", "대 after the unit stays outside and sets approx; headline: no date in it or before it → empty period"))
d.Q("1,830억", 183000000000, W, "", "currency", ctx="1,830억 더", st="optional", note="headline amount, currency implied",
    f=("충당금", "충당금 1,830억", S, "", "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("부동산 프로젝트파이낸싱(PF) 대출 연체율", None, S, "2025", "level", "required", "지난해 말 → 2025 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (within a year), no fact")
d.Q("6.8%포인트", 6.8, "%p", "%포인트", P, f=("부동산 프로젝트파이낸싱(PF) 대출 연체율", None, S, "2025", "change", "required", "subject and period carried from the sentence before"))
d.Q("1,830억 원", 183000000000, W, "원", "currency", f=("대손충당금", None, S, "2025", "level"))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("대손충당금", None, S, "2024", "level", "required", "basis figure in brackets after 전년 → 2024"))
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까운 (close to) read as an approximator",
    f=("대손충당금", None, S, "2025", "change", "optional", "open question 2: N배 of a past basis — level of a ratio or change; metric of 규모 = the provisions"))
d.Q("740억 원", 74000000000, W, "원", "currency", f=("순손실", None, S, "2025", "level", "required", "740억 is the level; 불어났다 describes it"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("유상증자", None, "청운금융지주", "2026-04", "level", "required", "the parent's injection; the deadline 다음 달 말 is the date attached"))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("PF 대출 잔액", None, S, "2025", "level", "required", "subject dropped, carried; 지난해 말 기준"))
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("브릿지론", None, S, "2025", "level", "required", "breakdown item (이 가운데): the item is the metric"))
d.Q("25%", 25, "%", "%", P, f=("브릿지론", None, S, "2025", "level", "required", "share in brackets of the same item"))
d.Q("42곳", 42, "곳", "곳", C, f=("수도권 사업장", None, S, "2025", "level", "required", "breakdown by region"))
d.Q("37곳", 37, "곳", "곳", C, f=("지방", "지방이 37곳", S, "2025", "level", "required", "breakdown item"))
d.Q("79개", 79, "개", "개", C, f=("저축은행", "79개 저축은행", "", "2025-Q4", "level", "required", "banks taken together, not named: empty subject"))
d.Q("11.5%", 11.5, "%", "%", P, f=("PF 연체율", None, "", "2025-Q4", "level", "required", "industry figure; the cited association gives no subject"))
d.Q("1.9%포인트", 1.9, "%p", "%포인트", P, f=("PF 연체율", None, "", "2025-Q4", "change", "required", "3분기 말 is the basis"))
d.Q("9.8%", 9.8, "%", "%", P, f=("PF 연체율", "SBI저축은행의 PF 연체율", "OK저축은행", "2025-Q4", "level", "required", "각각: first; the comparison's period (README convention 2)"))
d.Q("7.3%", 7.3, "%", "%", P, f=("PF 연체율", "SBI저축은행의 PF 연체율", "SBI저축은행", "2025-Q4", "level", "required", "각각: second"))
d.Q("10%", 10, "%", "%", P, bound="gt",
    f=("연체율", "연체율이 10%", "", "", "level", "optional", "threshold defining a group (10%를 넘는 저축은행): definitional, no fact per FACTS; row kept optional (open question 9)"))
d.Q("20여 곳", 20, "곳", "곳", C, approx=True,
    f=("저축은행", "저축은행 20여 곳", "금융감독원", "2026-06", "level", "required", "the supervisor's inspection plan; 여 inside the span → approx"))
d.Q("15곳", 15, "곳", "곳", C, bound="min", f=("부실 사업장", None, S, "2026-H1", "level", "required", "관계자 speaks for the bank; 이상 → min"))

# ---------------------------------------------------------------- 003 coffee franchise: store count and price rise (press release, year in the lead)
d = Doc("003_dee1cf6c77e49abe", "2026-01-20"); docs.append(d)
S = "빈스토리"
d.Oall(S, S, skip=(3,), special={0: ("required", "headline topic with a comma"), 4: ("required", "organization before a head's title (대표)")})
d.O("빈스토리로스터스", "빈스토리로스터스", note="invented subsidiary (자회사); its own name, not a mention of 빈스토리")
d.O("한국농수산식품유통공사", "한국농수산식품유통공사", aliases="aT", note="agency cited as the source")
d.O("관세청", "관세청", note="government body cited as the source (집계)")
d.O("메가MGC커피", "메가MGC커피", note="rival")
d.O("컴포즈커피", "컴포즈커피", note="rival")
# dates
d.D("다음 달", "2026-02", "month", ctx="다음 달부터 아메리카노", rel=True, note="headline; future: the next month")
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준)")
d.D("20일", "2026-01-20", "day", rel=True, note="dates the announcement")
d.D("2024년 말", "2024", "year", mod="END", note="the basis, in its own words (an explicit year, not a pointing-back word)")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 21%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("다음 달 2일", "2026-02-02", "day", rel=True, note="future (올린다): the next month's 2nd; 부터 outside")
d.D("2023년 4월", "2023-04", "month", note="이후 outside")
d.D("지난해", "2025", "year", ctx="지난해 생두", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 58%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", "2025", "year", ctx="지난해 커피 생두", rel=True)
d.D("지난해 하반기", "2025-H2", "half", rel=True)
d.D("올해", "2026", "year", ctx="올해 안에", rel=True)
# quantities
d.Q("1,500호점", 1500, "호점", "호점", C, bound="gt", st="optional",
    note="open question 3: 호점 numbers a store (an ordinal-like counter) while 돌파 reads it as a count of stores")
d.Q("200원", 200, W, "원", "currency", ctx="200원 인상",
    f=("인상", "200원 인상", S, "2026-02", "change", "required", "headline; its own date 다음 달; verbal noun 인상 as metric"))
d.Q("1,512곳", 1512, "곳", "곳", C, f=("국내 가맹점 수", None, S, "2025", "level", "required", "2025년 말 기준 (END)"))
d.Q("1,283곳", 1283, "곳", "곳", C, f=("국내 가맹점 수", None, S, "2024", "level", "required", "basis in brackets after 2024년 말"))
d.Q("229곳", 229, "곳", "곳", C, f=("국내 가맹점 수", None, S, "2025", "change", "required", "increase over the basis; subject dropped"))
d.Q("17.8%", 17.8, "%", "%", P, f=("국내 가맹점 수", None, S, "2025", "change"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "매출 2,140억", S, "2025", "level"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익 312억", S, "2025", "level"))
d.Q("21%", 21, "%", "%", P, f=("매출", "매출은 전년", S, "2025", "change", "required", "전년 대비 = basis; the period is the current one"))
d.Q("14.6%", 14.6, "%", "%", P, f=("영업이익률", None, S, "2025", "level"))
d.Q("0.9%포인트", 0.9, "%p", "%포인트", P, f=("영업이익률", None, S, "2025", "change", "required", "낮아졌다: a fall; the value is written without a sign"))
d.Q("1,690억 원", 169000000000, W, "원", "currency", f=("원두·부자재 매출", None, S, "2025", "level", "required", "이 가운데: a part of 매출 with its own measure noun"))
d.Q("79%", 79, "%", "%", P, f=("원두·부자재 매출", None, S, "2025", "level", "required", "share of the same part"))
d.Q("4,800t", 4800, "t", "t", M,
    f=("", None, "빈스토리로스터스", "", "level", "required", "연간 is a rate word; 볶는다 is no noun: empty metric; no period named for this subject"))
d.Q("1,500원", 1500, W, "원", "currency",
    f=("아메리카노 가격", None, S, "2026-02-02", "level", "optional",
       "open question 4: the old price (…에서) — the clause's date belongs to the new price; the old one's period is unstated"))
d.Q("1,700원", 1700, W, "원", "currency", f=("아메리카노 가격", None, S, "2026-02-02", "level", "required", "회사 = 빈스토리; from 다음 달 2일"))
d.Q("200원", 200, W, "원", "currency", ctx="200원(13.3%)", f=("아메리카노 가격", None, S, "2026-02-02", "change"))
d.Q("13.3%", 13.3, "%", "%", P, f=("아메리카노 가격", None, S, "2026-02-02", "change", "required", "the same rise as a rate, in brackets (not a currency conversion)"))
d.Q("12종", 12, "종", "종", C, f=("라떼류", None, S, "2026-02-02", "level", "required", "counted noun; period carried from the sentence before"))
d.Q("300원", 300, W, "원", "currency", ctx="300원씩", f=("인상", "300원씩 인상", S, "2026-02-02", "change", "required", "씩 outside the span"))
d.Q("3년", 3, "year", "년", "duration", ctx="약 3년 만", approx=True, note="약 → approx; 만(에) keeps it a duration: no fact")
d.Q("9.4달러", 9.4, U, "달러", "currency",
    f=("생두 수입 단가", None, "", "2025", "level", "required", "national statistic; the cited agency gives no subject; ㎏당 (rate word, no number) not labelled"))
d.Q("58%", 58, "%", "%", P, f=("생두 수입 단가", None, "", "2025", "change"))
d.Q("19만 8천t", 198000, "t", "t", M, approx=True, f=("커피 생두 수입량", None, "", "2025", "level", "required", "가량 → approx; national statistic"))
d.Q("300원", 300, W, "원", "currency", ctx="각각 300원", f=("아메리카노 가격", "하반기 아메리카노 가격", "메가MGC커피", "2025-H2", "change", "required", "각각: first"))
d.Q("200원", 200, W, "원", "currency", ctx="300원, 200원", f=("아메리카노 가격", "하반기 아메리카노 가격", "컴포즈커피", "2025-H2", "change", "required", "각각: second"))
d.Q("1,800곳", 1800, "곳", "곳", C, f=("가맹점", "가맹점 1,800곳", S, "2026", "level", "required", "head's target for 올해"))
d.Q("30곳", 30, "곳", "곳", C, f=("해외 매장", None, S, "2026", "level"))

# ---------------------------------------------------------------- 004 port authority: container throughput (regional daily, 입력 stamp; the year only in the stamp)
d = Doc("004_ac82749efa962492", "2026-01-08"); docs.append(d)
T = "TEU"
A = "인천항만공사"
d.O("인천일보", "인천일보", note="regional daily in the byline line")
d.Oall(A, A, special={0: ("required", "port authority; (IPA) alias outside the span")})
d.o[-2]["aliases"] = "IPA"
d.O("한진인천컨테이너터미널", "한진인천컨테이너터미널", note="terminal operator")
d.O("인천글로벌게이트터미널", "인천글로벌게이트터미널", aliases="IGGT", note="invented terminal operator")
d.O("IGGT", "인천글로벌게이트터미널", ctx="IGGT의 최대", note="later use of the bracketed alias: a short form, canonical the full name")
d.O("서해해운", "서해해운", note="invented shipping line, the terminal's customer")
d.O("해양수산부", "해양수산부", note="ministry cited as the source (집계)")
# dates
d.D("2026.01.08", "2026-01-08", "day", note="the 입력 stamp's date; its clock time 14:05 is not labelled")
d.D("지난해", "2025", "year", ctx="지난해 컨테이너 물동량이 355만", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 인천항", rel=True)
d.D("전년", "2024", "year", ctx="전년(345만", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("7일", "2026-01-07", "day", rel=True, note="dates the announcement")
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해", "2025", "year", ctx="지난해 전국", rel=True)
d.D("올해", "2026", "year", ctx="올해 목표치", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True)
d.D("올 하반기", "2026-H2", "half", rel=True, note="에는 outside")
# quantities (TEU: unit as written, category count — README convention)
d.Q("355만TEU", 3550000, T, T, C, ctx="355만TEU 넘어", bound="gt",
    f=("컨테이너 물동량", "컨테이너 물동량 역대", "", "", "level", "required",
       "the port (a place) is no ORG: empty subject; headline: no date in it or before it → empty period; 넘어 → gt"))
d.Q("355만TEU", 3550000, T, T, C, ctx="355만TEU를", bound="gt", f=("컨테이너 물동량", "지난해 컨테이너 물동량이", "", "2025", "level", "required", "넘어서며 → gt"))
d.Q("355만 7천TEU", 3557000, T, T, C,
    f=("인천항 컨테이너 물동량", "지난해 인천항 컨테이너 물동량", "", "2025", "level", "required", "the port's figure; the authority only reports it (밝혔다)"))
d.Q("345만 2천TEU", 3452000, T, T, C, f=("인천항 컨테이너 물동량", "지난해 인천항 컨테이너 물동량", "", "2024", "level", "required", "basis in brackets after 전년"))
d.Q("3.0%", "3.0", "%", "%", P, f=("인천항 컨테이너 물동량", "지난해 인천항 컨테이너 물동량", "", "2025", "change", "required", "value kept as written"))
d.Q("349만TEU", 3490000, T, T, C, f=("수출입 화물", None, "", "2025", "level", "required", "이 가운데: a part"))
d.Q("98%", 98, "%", "%", P, approx=True, f=("수출입 화물", None, "", "2025", "level", "required", "가량 → approx"))
d.Q("212만TEU", 2120000, T, T, C, f=("중국", "중국이", "", "2025", "level", "required", "breakdown item (국가별로는): the item is the metric"))
d.Q("38만TEU", 380000, T, T, C, f=("베트남", "베트남(38만", "", "2025", "level", "required", "breakdown item, in brackets"))
d.Q("17만TEU", 170000, T, T, C, f=("태국", None, "", "2025", "level", "required", "breakdown item, in brackets"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time, no fact")
d.Q("12.4%", 12.4, "%", "%", P, f=("베트남 물동량", None, "", "2025", "change"))
d.Q("128만TEU", 1280000, T, T, C, f=("처리", "처리했다", "한진인천컨테이너터미널", "2025", "level", "required", "각각: first; the story's 지난해 carried"))
d.Q("104만TEU", 1040000, T, T, C, f=("처리", "처리했다", "인천글로벌게이트터미널", "2025", "level", "required", "각각: second"))
d.Q("한 달", 1, "month", "달", "duration", note="지난해 11월 한 달에만: an amount of time restating the month, no fact")
d.Q("2만 1천TEU", 21000, T, T, C, f=("", None, "서해해운", "2025-11", "level", "required", "the shipping line's own loading (실었다: no noun names it → empty metric)"))
d.Q("3,170만TEU", 31700000, T, T, C, f=("전국 항만 컨테이너 물동량", None, "", "2025", "level", "required", "national total; the ministry is the source"))
d.Q("1.8%", 1.8, "%", "%", P, f=("전국 항만 컨테이너 물동량", None, "", "2025", "change"))
d.Q("11.2%", 11.2, "%", "%", P, f=("인천항 점유율", None, "", "2025", "level", "required", "the port's share: empty subject"))
d.Q("0.1%포인트", 0.1, "%p", "%포인트", P, f=("인천항 점유율", None, "", "2025", "change"))
d.Q("370만TEU", 3700000, T, T, C, f=("목표치", None, A, "2026", "level", "required", "the authority's own target"))
d.Q("32만TEU", 320000, T, T, C, bound="min",
    f=("처리", "처리할", A, "2026-H2", "level", "required", "the head (사장) speaks for the authority; 월 is a rate word, not labelled; 이상 → min"))

# ---------------------------------------------------------------- 005 bio CDMO: capacity and contract backlog (뉴스1 dateline, year in the lead)
d = Doc("005_574c97b759c0cf20", "2025-10-28"); docs.append(d)
S = "한울바이오로직스"
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(S, S, aliases="한울바이오", note="invented CDMO; the short name defined with (이하 한울바이오) goes to aliases")
d.Oall("한울바이오", S, skip=(1,), special={0: ("required", "headline: short form of the name given in full in the lead"),
                                           2: ("optional", "short name defined in brackets with 이하: optional where defined"),
                                           4: ("required", "short form before 몫"), 5: ("required", "organization before a head's title (대표)")})
d.O("노바젠", "노바젠", note="invented customer (스위스 제약사; the place outside)")
d.O("한울제약", "한울제약", note="invented parent (모회사)")
d.O("프로스트앤드설리번", "프로스트앤드설리번", note="market-research firm cited as the source")
d.O("삼성바이오로직스", "삼성바이오로직스", note="industry leader (rival)")
# dates
d.D("다음 달", "2025-11", "month", ctx="4공장 다음 달 가동", rel=True, note="headline; future: the next month")
q_end(d, "2025년 3분기 말", "2025-Q3", rel=False, note="as of (기준); a year before a quarter with 말: one mention")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="the basis")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a month range: one mention")
d.D("28일", "2025-10-28", "day", rel=True, note="dates the announcement")
d.D("다음 달", "2025-11", "month", ctx="4공장이 다음 달", rel=True, note="future (가동에 들어가면)")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 공장", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 연결", rel=True)
d.D("2024년", "2024", "year")
d.D("2030년", "2030", "year")
d.D("2027년 상반기", "2027-H1", "half", note="까지 outside")
# quantities
d.Q("2조 원", 2000000000000, W, "원", "currency", ctx="2조 원 돌파", bound="gt",
    f=("수주 잔고", "수주 잔고 2조", S, "", "level", "required", "headline: the date 다음 달 belongs to the plant, none before → empty period; 돌파 → gt"))
d.Q("2조 1,300억 원", 2130000000000, W, "원", "currency", f=("수주 잔고", "수주 잔고가", S, "2025-Q3", "level", "required", "as of 3분기 말"))
d.Q("1조 4,600억 원", 1460000000000, W, "원", "currency", f=("수주 잔고", "수주 잔고가", S, "2024", "level", "required", "basis in brackets after 지난해 말"))
d.Q("45.9%", 45.9, "%", "%", P, f=("수주 잔고", "수주 잔고가", S, "2025-Q3", "change"))
d.Q("9곳", 9, "곳", "곳", C, f=("글로벌 제약사", None, S, "2025-01/2025-09", "level", "required", "counted noun; the clause's range"))
d.Q("14건", 14, "건", "건", C, f=("신규 계약", None, S, "2025-01/2025-09", "level"))
d.Q("4억 2천만 달러", 420000000, U, "달러", "currency",
    f=("계약", "노바젠과의 계약", S, "2025-01/2025-09", "level", "required", "the largest of the 14 contracts (이 가운데); the customer is no subject"))
d.Q("5,800억 원", 580000000000, W, "원", "currency", approx=True, eq=("4억 2천만 달러",),
    f=("계약", "노바젠과의 계약", S, "2025-01/2025-09", "level", "required", "conversion in brackets: same slots as the dollar amount"))
d.Q("16만 리터", 160000, "L", "리터", M,
    f=("총 생산 용량", None, S, "", "level", "optional", "open question 4: the old level (기존 …에서) — its period is unstated"))
d.Q("28만 리터", 280000, "L", "리터", M, f=("총 생산 용량", None, S, "2025-11", "level", "required", "the capacity once the plant runs (다음 달)"))
d.Q("75%", 75, "%", "%", P, f=("총 생산 용량", None, S, "2025-11", "change"))
d.Q("82%", 82, "%", "%", P, f=("공장 가동률", None, S, "2025-Q3", "level"))
d.Q("6%포인트", 6, "%p", "%포인트", P, f=("공장 가동률", None, S, "2025-Q3", "change", "required", "전 분기 is the basis"))
d.Q("4,920억 원", 492000000000, W, "원", "currency", f=("매출", "연결 매출", "한울제약", "2025-Q3", "level", "required", "the parent's consolidated sales; 연결 outside the metric"))
d.Q("58%", 58, "%", "%", P,
    f=("한울바이오 몫", None, "한울제약", "2025-Q3", "level", "optional",
       "open question 5: the subsidiary's share of the parent's sales — the parent's figure (written) or the subsidiary's"))
d.Q("198억 달러", 19800000000, U, "달러", "currency", f=("세계 바이오 CDMO 시장", None, "", "2024", "level", "required", "market total; the cited firm gives no subject"))
d.Q("441억 달러", 44100000000, U, "달러", "currency", f=("세계 바이오 CDMO 시장", None, "", "2030", "level"))
d.Q("14%", 14, "%", "%", P, approx=True,
    f=("세계 바이오 CDMO 시장", None, "", "", "change", "optional",
       "open question 6: an annual average growth over 2024–2030 — no DATE mention names that span"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("78만 4천 리터", 784000, "L", "리터", M,
    f=("생산 용량", "삼성바이오로직스의 생산 용량", "삼성바이오로직스", "", "level", "required", "no date for this subject in or before the clause: empty"))
d.Q("3조 원", 3000000000000, W, "원", "currency", bound="gt", f=("수주 잔고", "수주 잔고 3조", S, "2027-H1", "level", "required", "넘기겠다 → gt; the head's target"))

# ---------------------------------------------------------------- 006 pension fund: returns by asset class (뉴시스 dateline, year in the lead)
d = Doc("006_5801b5d1b0c98586", "2026-03-05"); docs.append(d)
S = "국민연금공단"
d.O("국민연금", S, ctx="국민연금 지난해", st="optional",
    note="open question 7: 국민연금 names both the pension scheme (a program) and, as a short form, its operator 국민연금공단")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(S, S, special={1: ("required", "organization before a title (기금운용본부장)")})
d.O("한국거래소", "한국거래소", note="exchange cited as the source")
d.O("한결자산운용", "한결자산운용", note="invented external manager")
d.O("일본 공적연금펀드", "일본 공적연금펀드", aliases="GPIF", note="foreign pension fund; the country is part of the Korean rendering of the name (like 미국 항공우주국)")
d.O("캐나다 연금투자위원회", "캐나다 연금투자위원회", aliases="CPPIB", note="foreign pension fund; country kept in the name as above")
d.O("기금운용위원회", "기금운용위원회", note="committee")
d.O("기금운용본부", "국민연금공단 기금운용본부", ctx="기금운용본부장", st="optional",
    note="open question 7: a named division fused with a title (본부장); the division's name without 장")
# dates
d.D("지난해", "2025", "year", ctx="국민연금 지난해", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("5일", "2026-03-05", "day", rel=True, note="dates the announcement")
d.D("1988년", "1988", "year", note="이후 outside")
d.D("전년", "2024", "year", ctx="전년(9.6%)", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("같은 기간", "2025", "year", ctx="같은 기간 운용", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", "2025", "year", ctx="지난해 41.3%", rel=True)
d.D("같은 기간", "2025", "year", ctx="같은 기간 수익률", rel=True, st="optional", anchor="2025-01-01", note="points back to the Korean fund's 2025")
d.D("오는 5월", "2026-05", "month", rel=True)
d.D("2030년 말", "2030", "year", mod="END", note="까지 outside")
d.D("올해", "2026", "year", ctx="올해 목표", rel=True)
# quantities
d.Q("15.2%", 15.2, "%", "%", P, ctx="15.2%…", f=("수익률", "지난해 수익률", S, "2025", "level", "required", "headline; the headline's own 지난해"))
d.Q("31%", 31, "%", "%", P, f=("해외주식", "해외주식 31%", S, "2025", "level", "required", "headline: the asset class is what the figure is of (breakdown item)"))
d.Q("15.2%", 15.2, "%", "%", P, ctx="15.2%로", f=("기금 운용 수익률", None, S, "2025", "level"))
d.Q("9.6%", 9.6, "%", "%", P, f=("기금 운용 수익률", None, S, "2024", "level", "required", "basis figure in brackets after 전년 → 2024"))
d.Q("5.6%포인트", 5.6, "%p", "%포인트", P, f=("기금 운용 수익률", None, S, "2025", "change"))
d.Q("1,342조 원", 1342000000000000, W, "원", "currency", f=("기금 적립금", None, S, "2025", "level", "required", "subject dropped, carried; 지난해 말 기준"))
d.Q("129조 원", 129000000000000, W, "원", "currency", f=("기금 적립금", None, S, "2025", "change", "required", "전년 말 is the basis"))
d.Q("178조 원", 178000000000000, W, "원", "currency", approx=True, f=("운용 수익금", None, S, "2025", "level", "required", "같은 기간 → 2025; 약 → approx"))
d.Q("31.4%", 31.4, "%", "%", P, f=("해외주식", "해외주식이 31.4%", S, "2025", "level", "required", "breakdown item (자산군별로는): the item is the metric"))
d.Q("24.8%", 24.8, "%", "%", P, f=("국내주식", "국내주식 24.8%", S, "2025", "level"))
d.Q("8.7%", 8.7, "%", "%", P, f=("대체투자", None, S, "2025", "level"))
d.Q("6.1%", 6.1, "%", "%", P, f=("해외채권", None, S, "2025", "level"))
d.Q("3.9%", 3.9, "%", "%", P, f=("국내채권", "국내채권 3.9%", S, "2025", "level"))
d.Q("36.5%", 36.5, "%", "%", P, f=("자산 비중", None, S, "2025", "level", "required", "the clause names its measure (자산 비중): that is the metric"))
d.Q("29.1%", 29.1, "%", "%", P, f=("자산 비중", None, S, "2025", "level"))
d.Q("41.3%", 41.3, "%", "%", P, f=("코스피지수", None, "", "2025", "change", "required", "a market index: no ORG; the cited exchange gives no subject"))
d.Q("64곳", 64, "곳", "곳", C, f=("외부 위탁운용사", None, S, "2025", "level", "required", "the fund's own external managers"))
d.Q("38.2%", 38.2, "%", "%", P, f=("성과", None, "한결자산운용", "2025", "level", "required", "the manager's own return; the story's 지난해 carried"))
d.Q("9.7%", 9.7, "%", "%", P, f=("수익률", "같은 기간 수익률", "일본 공적연금펀드", "2025", "level", "required", "각각: first; 같은 기간 → 2025"))
d.Q("13.1%", 13.1, "%", "%", P, f=("수익률", "같은 기간 수익률", "캐나다 연금투자위원회", "2025", "level", "required", "각각: second"))
d.Q("60%", 60, "%", "%", P, approx=True,
    f=("해외투자 비중", None, S, "2030", "level", "optional",
       "open question 8: a target the committee discusses — the fund's (국민연금공단, written) or the committee's"))
d.Q("5.5%", 5.5, "%", "%", P, bound="min", f=("목표 수익률", None, S, "2026", "level", "required", "the head of the division speaks for 국민연금공단; 이상 → min"))

write_all(docs)
