"""Gold labels of articles-holdout110, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Writer-labeller W110. Run: /work/main/.venv/bin/python annotation/articles_holdout110/labels.py  (writes gold/*.csv, checks offsets).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported (not copied)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 / 당일-like words are optional)"
HL = "headline amount whose currency is only implied (ANNOTATION: optional)"
NEU = "optional quantity: fact neutralised"

# ---------------------------------------------------------------- 001 OSAT company: half-year results, a customer order (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_4ce2288330415beb", "2025-08-14"); docs.append(d)
S = "세진테크팩"; H1 = "2025-H1"
d.Oall(S, S, special={3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("노바칩스", "노바칩스", note="invented customer (팹리스 업체), counterparty of the order")
d.O("한국반도체산업협회", "한국반도체산업협회", note="association cited as the source (에 따르면)")
d.O("동원세미텍", "동원세미텍", note="invented rival (경쟁사)")
d.O("세진홀딩스", "세진홀딩스", note="invented parent (모회사)")
# dates
d.D("상반기", H1, "half", ctx="상반기 매출 2천억", rel=True, note="headline: bare half, the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기보다 23.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("14일", "2025-08-14", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기의 2배", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("이날", "2025-08-14", "day", rel=True, st="optional", anchor="2025-08-14",
    note="anaphor pointing back to the announcement day 14일 (like 당일: optional); dates the disclosure only")
d.D("오는 2027년 6월", "2027-06", "month", note="오는 before an explicit year: in the span, not relative")
d.D("지난해", "2024", "year", ctx="지난해 연간 매출", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 약 7조", rel=True)
d.D("상반기", H1, "half", ctx="상반기 매출은 1천500억", rel=True, note="bare half: the latest H1 on or before the document date")
d.D("지난 5월", "2025-05", "month", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기에는", rel=True, note="future clause (target): the next H2, i.e. the current one")
# quantities + facts
d.Q("2천억", "200000000000", W, "", "currency", ctx="2천억 돌파", bound="gt", st="optional", note=HL)
d.Q("850억", "85000000000", W, "", "currency", ctx="850억 수주", st="optional", note=HL)
d.Q("2천148억원", "214800000000", W, "원", "currency", f=("매출", "매출이 2천148", S, H1, "level"))
d.Q("23.6%", "23.6", "%", "%", P, f=("매출", "매출이 2천148", S, H1, "change"))
d.Q("186억원", "18600000000", W, "원", "currency", f=("영업이익", "영업이익은 186", S, H1, "level"))
d.Q("41억원", "4100000000", W, "원", "currency", f=("영업이익", "영업이익은 186", S, H1, "change"))
d.Q("8.7%", "8.7", "%", "%", P, f=("영업이익률", None, S, H1, "level"))
d.Q("1.1%포인트", "1.1", PP, "%포인트", P, f=("영업이익률", None, S, H1, "change"))
d.Q("1천402억원", "140200000000", W, "원", "currency", f=("패키징", "패키징이", S, H1, "level", "required",
    "breakdown item (사업별로는): the part's name is the metric (W110 convention 3)"))
d.Q("746억원", "74600000000", W, "원", "currency", f=("테스트", "테스트가 746", S, H1, "level", "required",
    "breakdown item: the part's name is the metric"))
d.Q("65%", "65", "%", "%", P, f=("패키징", "패키징이", S, H1, "level", "required", "share of the part named first (각각)"))
d.Q("35%", "35", "%", "%", P, f=("테스트", "테스트가 746", S, H1, "level", "required", "share of the part named second (각각)"))
d.Q("310억원", "31000000000", W, "원", "currency", f=("고대역폭메모리(HBM)용 테스트 매출", None, S, H1, "level"))
d.Q("2배", "2", "배", "배", C, approx=True, note="가까이 after the amount: approx (W110 convention 8)",
    f=("고대역폭메모리(HBM)용 테스트 매출", None, S, H1, "change", "required", "N배 of a past basis (전년 동기): a rate of change"))
d.Q("850억원", "85000000000", W, "원", "currency", f=("플립칩 패키징 물량", None, S, H1, "level", "optional",
    "order won by the company (노바칩스 a counterparty); metric of a 규모 amount is the thing sized. Period: only 이날 (dates the disclosure) in the sentence; carry-forward by the letter gives 2025-H1, but the order is not an H1 figure (open question 2)"))
d.Q("2년", "2", "year", "년", "duration", approx=True, note="약 → approx; contract length, no fact")
d.Q("22%", "22", "%", "%", P, f=("계약 금액", None, S, "2024", "level", "optional",
    "the contract as a share of last year's revenue: the clause's 지난해 dates the base, not the contract (open question 3)"))
d.Q("7조2천억원", "7200000000000", W, "원", "currency", approx=True,
    f=("국내 OSAT 시장", None, "", "2024", "level", "required", "market figure (규모 → the market); the cited association gives no subject"))
d.Q("1천500억원", "150000000000", W, "원", "currency", approx=True, f=("매출", "매출은 1천500", "동원세미텍", H1, "level"))
d.Q("3%", "3", "%", "%", P, ctx="지분 3%", f=("지분", "지분 3%", "세진홀딩스", "2025-05", "change", "required", "stake added (추가로 사들여)"))
d.Q("51.2%", "51.2", "%", "%", P, f=("보유 지분", None, "세진홀딩스", "2025-05", "level"))
d.Q("1억2천만개", "120000000", "개", "개", C, bound="min",
    f=("생산능력", None, S, "2025-H2", "level", "required", "target in the head's quote; 월 only qualifies the period basis (like 연간), outside the metric"))
d.Q("4천500억원", "450000000000", W, "원", "currency", bound="gt",
    f=("매출", "연간 매출 4천500", S, "2025", "level", "optional",
       "target of the annual revenue: the clause's DATE is 하반기 (2025-H2) but 연간 fixes the year (written 2025; open question 4)"))

# ---------------------------------------------------------------- 002 metropolitan city: local tax revenue, arrears collection (입력 stamp; the year only in the stamp)
d = Doc("002_036b127bffe2ca49", "2026-02-09"); docs.append(d)
S = "대전시"; Y = "2025"; R = "2025-03/2025-12"
d.Oall(S, S, special={2: ("required", "organization before a person's title (세정과장); 세정과 is a division word, outside")})
d.O("대전일보", "대전일보", note="outlet in the byline line")
d.O("행정안전부", "행정안전부", note="ministry cited as the source")
d.O("세종시", "세종시", note="a city acting as a government (its own tax revenue)")
# dates
d.D("2026.02.09", "2026-02-09", "day", note="calendar date written in the 입력 stamp")
d.D("10:42", "2026-02-09T10:42", "day", st="optional", note="clock time of the stamp (ANNOTATION: clock times optional at most)", rng=False)
d.D("지난해", Y, "year", ctx="지난해 시세", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("8일", "2026-02-08", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년보다 1천80억", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 3~12월", R, "month", rel=True, note="one mention: a range written with ~ after 지난해 (as 올해 8월 말 is one mention)")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="deictic month (as 이달 / 지난달): the month after the document date")
# quantities + facts
d.Q("4조", "4000000000000", W, "", "currency", ctx="4조 육박", approx=True, st="optional", note=HL + "; 육박 read as approx")
d.Q("1천억원", "100000000000", W, "원", "currency", ctx="1천억원 넘게", bound="gt",
    f=("체납액", "체납액 1천억원", S, "", "level", "required", "headline with no DATE: nothing earlier in the article (FACTS: never the document date by default)"))
d.Q("3조9천870억원", "3987000000000", W, "원", "currency", f=("지방세 징수액", "지방세 징수액이 3조", S, Y, "level"))
d.Q("4.2%", "4.2", "%", "%", P, f=("지방세 징수액", "지방세 징수액이 3조", S, Y, "change"))
d.Q("1조1천240억원", "1124000000000", W, "원", "currency", f=("취득세", "취득세가", S, Y, "level", "required", "breakdown item (세목별로는): the part's name is the metric"))
d.Q("9천630억원", "963000000000", W, "원", "currency", f=("지방소득세", None, S, Y, "level", "required", "각각: first of the pair"))
d.Q("5천210억원", "521000000000", W, "원", "currency", f=("재산세", "재산세가", S, Y, "level", "required", "각각: second of the pair"))
d.Q("1천80억원", "108000000000", W, "원", "currency", f=("취득세", "취득세는 전년", S, Y, "change"))
d.Q("2천300여명", "2300", "명", "명", C, approx=True,
    f=("고액·상습 체납자", None, S, R, "level", "required", "the delinquents the city's campaign targeted: the city's figure; the range in the clause"))
d.Q("1천120억원", "112000000000", W, "원", "currency", f=("이월 체납액", None, S, R, "level", "required", "arrears collected (거둬들였다)"))
d.Q("38.5%", "38.5", "%", "%", P, f=("징수율", "징수율은 38.5", S, R, "level"))
d.Q("35%", "35", "%", "%", P, f=("목표치", None, S, R, "level", "required", "a target in brackets, same period"))
d.Q("3.5%포인트", "3.5", PP, "%포인트", P, f=("징수율", "징수율은 38.5", S, R, "change", "required", "difference against the target"))
d.Q("1천만원", "10000000", W, "원", "currency", bound="min", note="이상 → min; a threshold that defines the group counted",
    f=("", None, "", "", "level", "optional", "definitional threshold, part of the metric of 410억원 (FACTS: definitional ranges have no fact); fact neutralised"))
MET = "1천만원 이상 고액 체납자에게서 거둔 금액"
d.Q("410억원", "41000000000", W, "원", "currency", f=(MET, None, S, R, "level", "required", "이 가운데: part of the collected arrears; period carried"))
d.Q("36.6%", "36.6", "%", "%", P, f=(MET, None, S, R, "level", "required", "share of the part in the whole (전체의)"))
d.Q("4조5천억원", "4500000000000", W, "원", "currency", approx=True,
    f=("전국 지방세 체납액", None, "", Y, "level", "required", "a national figure: no subject (the ministry is only the source); 지난해 말 기준 → 2025 (mod END)"))
d.Q("1조2천억원", "1200000000000", W, "원", "currency", approx=True,
    f=("지방세 징수액", "세종시의 지방세 징수액", "세종시", Y, "level", "optional",
       "another city's undated figure: no period ever set for 세종시 (letter: empty) vs the paragraph's year (written 2025; open question 1)"))
d.Q("4조1천억원", "4100000000000", W, "원", "currency", f=("지방세 징수 목표", None, S, "2026", "level"))
d.Q("40%", "40", "%", "%", P, bound="min", f=("체납액 징수율", None, S, "2026", "level", "required",
    "target in an official's quote; the period last set for the city (올해) carries"))

# ---------------------------------------------------------------- 003 shipbuilder: annual orders (CGT, dollars), backlog (뉴스1 dateline; no year written at all)
d = Doc("003_3903b596446182b6", "2026-01-12"); docs.append(d)
S = "한바다중공업"; Y = "2025"
d.Oall(S, S, special={3: ("required", "organization before a head's title (사장)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline, digit part of the name")
d.O("에게안마리타임", "에게안마리타임", note="invented customer (선사), counterparty")
d.O("클락슨리서치", "클락슨리서치", note="analysis firm cited as the source; 영국 before it is a place, outside")
d.O("동해조선", "동해조선", note="invented rival (경쟁사)")
# dates
d.D("지난해", Y, "year", ctx="지난해 수주 128", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="지난해 선박 54", rel=True)
d.D("12일", "2026-01-12", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년보다 18.5", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2년 전", "2024", "year", rel=True, st="optional",
    note="offset in a comparison: by the letter counted from the document date (2024), a reader counts from the period compared (2023) (open question 5)")
d.D("지난달 말", "2025-12", "month", mod="END", rel=True)
d.D("지난 4분기", "2025-Q4", "quarter", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전 세계", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (상반기 안에 … 확보하겠다): the next H1")
d.D("지난해", Y, "year", ctx="지난해 실적의", rel=True)
# quantities + facts
d.Q("128억달러", "12800000000", U, "달러", "currency", ctx="128억달러…", f=("수주", "수주 128", S, Y, "level", "required", "headline: its own ORG and DATE"))
d.Q("54척", "54", "척", "척", C, f=("선박", "선박 54", S, Y, "level"))
d.Q("128억달러", "12800000000", U, "달러", "currency", ctx="128억달러어치", approx=True,
    note="어치 after the unit: outside the span and sets approx (ANNOTATION: 달러치)",
    f=("수주", "수주해", S, Y, "level", "required", "a verbal noun serves (수주해)"))
d.Q("115억달러", "11500000000", U, "달러", "currency", f=("목표", "목표(115", S, Y, "level", "required", "연간 qualifies the period: outside the metric"))
d.Q("11%", "11", "%", "%", P, bound="gt", f=("수주", "수주해", S, Y, "change", "required", "excess over the target (초과 달성): a difference; basis the target"))
d.Q("312만CGT", "3120000", "CGT", "CGT", M, note="CGT (compensated gross tonnage) is no SI symbol: unit kept as written, category measure (open question 6)",
    f=("수주량", None, S, Y, "level"))
d.Q("18.5%", "18.5", "%", "%", P, f=("수주량", None, S, Y, "change"))
d.Q("22척", "22", "척", "척", C, f=("액화천연가스(LNG) 운반선", None, S, Y, "level", "required", "breakdown item (선종별로는): the part's name"))
d.Q("19척", "19", "척", "척", C, f=("컨테이너선", None, S, Y, "level", "required", "각각: first of the pair"))
d.Q("13척", "13", "척", "척", C, f=("암모니아 추진 벌크선", None, S, Y, "level", "required", "각각: second of the pair"))
d.Q("한 척", "1", "척", "척", C, st="optional", note="rate denominator (LNG 운반선 한 척의 평균 선가: per ship), ANNOTATION: optional")
d.Q("2억5천만달러", "250000000", U, "달러", "currency", approx=True, note="선 after the amount: approx (W110 convention 8)",
    f=("평균 선가", None, S, Y, "level", "required", "the company's own contracts (the paragraph's orders); period carried"))
d.Q("7%", "7", "%", "%", P, approx=True, f=("평균 선가", None, S, Y, "change", "required", "period the current one; 2년 전 is the basis"))
d.Q("248척", "248", "척", "척", C, f=("수주잔고", None, S, "2025-12", "level", "required", "지난달 말 기준: as-of date (mod END)"))
d.Q("412억달러", "41200000000", U, "달러", "currency", f=("수주잔고", None, S, "2025-12", "level"))
d.Q("3년 반", "3.5", "year", "년", "duration", approx=True, note="약 → approx; 반 = a half; 치 after it outside; a duration, no fact")
d.Q("72%", "72", "%", "%", P, f=("친환경 선박 비중", None, S, "2025-12", "level", "required", "이 중: part of the backlog; as-of date carried"))
d.Q("8척", "8", "척", "척", C, ctx="운반선 8척", f=("LNG 운반선", "LNG 운반선 8척", S, "2025-Q4", "level"))
d.Q("2조9천억원", "2900000000000", W, "원", "currency",
    f=("LNG 운반선", "LNG 운반선 8척", S, "2025-Q4", "level", "required", "price of the order: no measure noun, the ordered ships are the nearest noun naming it (W110 convention)"))
d.Q("4천650만CGT", "46500000", "CGT", "CGT", M, f=("전 세계 선박 발주량", None, "", Y, "level", "required", "a world-market figure: no subject (the source is no subject)"))
d.Q("24%", "24", "%", "%", P, f=("전 세계 선박 발주량", None, "", Y, "level", "required", "a country's share (한국 is no ORG): empty subject"))
d.Q("96억달러", "9600000000", U, "달러", "currency", f=("수주", "96억달러를 수주", "동해조선", Y, "level", "required", "rival; 같은 기간 → the year"))
d.Q("130억달러", "13000000000", U, "달러", "currency", f=("수주 목표", None, S, "2026", "level", "required", "target in the head's quote (올해)"))

# ---------------------------------------------------------------- 004 private university: tuition revenue, scholarships, research funding (no date line; byline at the end)
d = Doc("004_f30b1ef844ce2617", "2025-06-10"); docs.append(d)
S = "청람대학교"; FY = "FY2024"; F = "학교법인 청람학원"
d.O("청람대", S, ctx="청람대,", note="headline: short form of 청람대학교 (canonical the full name)")
d.O("청람대학교", S)
d.O("한국연구재단", "한국연구재단", note="public funder named as a source of research money (counterparty)")
d.O("현대모비스", "현대모비스", note="company named as a source of research money (counterparty)")
d.O(F, F, aliases="청람학원", note="school foundation: 학교법인 is part of its registered name (W110 convention 10); 이하 short name in aliases")
d.O("청람학원", F, ctx="(이하 청람학원)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("청람학원", F, ctx="청람학원은", note="later use of the 이하 short name: required")
d.O("충청투데이", "충청투데이", note="outlet in the byline at the end")
# dates
def fy(text, value, ctx=None, st="required", note="", rel=False, anchor=None):
    d.D(text, value, "year", ctx=ctx, st=st, note=note, rel=rel, anchor=anchor, rng=False)
    y = int(value[2:])
    d.d[-1]["range_start"], d.d[-1]["range_end"] = f"{y}-03-01", f"{y + 1}-02-{29 if (y + 1) % 4 == 0 else 28}"
fy("2024회계연도", FY, note="fiscal year (ANNOTATION: 2020회계연도); day range = a Korean school fiscal year, March to February")
fy("전년", "FY2023", ctx="전년보다 0.8", st="optional", rel=True, anchor="2024-03-01", note=PB)
fy("전년", "FY2023", ctx="전년보다 27", st="optional", rel=True, anchor="2024-03-01", note=PB)
d.D("올해", "2025", "year", rel=True)
d.D("2030년", "2030", "year")
# quantities + facts
d.Q("1천억원", "100000000000", W, "원", "currency", ctx="1천억원대", approx=True, note="원대: the suffix stays outside and sets approx",
    f=("등록금 수입", "등록금 수입 1천억", S, "", "level", "required", "headline with no DATE: empty period (nothing earlier)"))
d.Q("1천184억원", "118400000000", W, "원", "currency", f=("등록금 수입", "등록금 수입이 1천184", S, FY, "level"))
d.Q("0.8%", "0.8", "%", "%", P, f=("등록금 수입", "등록금 수입이 1천184", S, FY, "change", "required", "줄어드는: a change; no sign written"))
d.Q("61.3%", "61.3", "%", "%", P, f=("등록금", "등록금은 학교", S, FY, "level", "required", "share of tuition in the school's revenue"))
d.Q("1천27억원", "102700000000", W, "원", "currency", f=("학부 등록금", None, S, FY, "level"))
d.Q("157억원", "15700000000", W, "원", "currency", f=("대학원 등록금", None, S, FY, "level"))
d.Q("1인", "1", "인", "인", C, ctx="학생 1인당", st="optional", note="rate denominator (1인당), ANNOTATION: optional")
d.Q("748만원", "7480000", W, "원", "currency", approx=True, f=("연평균 등록금", None, S, FY, "level"))
d.Q("761만원", "7610000", W, "원", "currency", f=("사립대 평균", None, "", FY, "level", "optional",
    "a sector average (no ORG) in brackets as the basis: no DATE in its sentence and none ever set for it (letter: empty) vs the compared year (written FY2024; open question 1)"))
d.Q("13만원", "130000", W, "원", "currency", f=("연평균 등록금", None, S, FY, "change", "required", "difference (낮았다), no sign written"))
d.Q("412억원", "41200000000", W, "원", "currency", f=("장학금 지급액", None, S, FY, "level"))
d.Q("34.8%", "34.8", "%", "%", P, f=("장학금 비율", None, S, FY, "level", "required", "등록금 수입 대비 names the basis: outside the metric"))
d.Q("238억원", "23800000000", W, "원", "currency", f=("국가장학금", None, S, FY, "level", "required", "이 가운데: a part of the scholarships"))
d.Q("174억원", "17400000000", W, "원", "currency", f=("교내 장학금", None, S, FY, "level"))
d.Q("1만900여명", "10900", "명", "명", C, approx=True, f=("장학금 수혜 학생", None, S, FY, "level"))
d.Q("62%", "62", "%", "%", P, f=("장학금 수혜 학생", None, S, FY, "level", "required", "share of the enrolled students"))
d.Q("326억원", "32600000000", W, "원", "currency", f=("정부 부처와 공공기관에서 받은 연구비", None, S, FY, "level", "required",
    "the university's research money by source (the funders are counterparties, no subject); period carried"))
d.Q("94억원", "9400000000", W, "원", "currency", f=("산학협력 연구비", None, S, FY, "level"))
d.Q("420억원", "42000000000", W, "원", "currency", f=("연구비 수주", "연구비 수주는 크게", S, FY, "level", "required", "the total (모두) of the paragraph's topic"))
d.Q("27%", "27", "%", "%", P, f=("연구비 수주", "연구비 수주는 크게", S, FY, "change"))
d.Q("1인", "1", "인", "인", C, ctx="교원 1인당", st="optional", note="rate denominator (1인당), ANNOTATION: optional")
d.Q("8천400만원", "84000000", W, "원", "currency", f=("연구비", "1인당 연구비는", S, FY, "level", "required", "per-faculty research money; the denominator is a separate optional row"))
d.Q("21억원", "2100000000", W, "원", "currency", f=("법인 전입금", None, F, FY, "level", "optional",
    "whose figure: the foundation that paid it (written, like FACTS' donating foundations) or the university whose revenue item it is? (open question 7)"))
d.Q("1%", "1", "%", "%", P, ctx="수입의 1%", bound="lt", note="에도 못 미쳤다 read as below (lt) (W110 convention 8)",
    f=("법인 전입금", None, F, FY, "level", "optional", "share of the university's revenue: same subject question as 21억원 (open question 7)"))
d.Q("30억원", "3000000000", W, "원", "currency", bound="min",
    f=("법인 전입금", None, F, "2025", "level", "required", "the foundation's own pledge (청람학원은 … 내겠다): subject clear; metric from the previous sentence (no noun in the clause)"))
d.Q("600억원", "60000000000", W, "원", "currency", f=("연구비 수주", "연구비 수주 600", S, "2030", "level", "required",
    "the president's target (2030년까지); subject carried (the president speaks for the university)"))

# ---------------------------------------------------------------- 005 OTT service: paid subscribers, content spending (press release, no dateline; 2025년 in the lead)
d = Doc("005_6ce722934f06d9ea", "2025-11-05"); docs.append(d)
S = "스트림온"; Q3 = "2025-Q3"; PAR = "라온미디어홀딩스"
d.Oall(S, S, special={4: ("required", "organization before a head's title (대표)"),
                      5: ("required", "contact line: the company; 홍보팀 a team word outside")})
d.O(PAR, PAR, aliases="라온미디어", note="invented parent (모회사); 이하 short name in aliases")
d.O("라온미디어", PAR, ctx="(이하 라온미디어)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("라온미디어", PAR, ctx="라온미디어의 상반기", note="later use of the 이하 short name: required")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited as the source")
d.O("티플레이", "티플레이", note="invented rival service run as a business (like 스트림온 itself)")
# dates
d.D("3분기", Q3, "quarter", ctx="3분기 유료", rel=True, note="headline: bare quarter, the latest Q3 on or before the document date")
d.D("2025년 3분기 말", Q3, "quarter", mod="END", rng=False, note="quarter with 말: day range written as the quarter's last month (W110 convention)")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-09-01", "2025-09-30"
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + " (전분기)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("작년 같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01",
    note="one mention (deictic year + 같은 기간, as 올해 8월 말): the same quarter a year before; points back, optional")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 콘텐츠", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("올해", "2025", "year", rel=True)
d.D("상반기", "2025-H1", "half", ctx="상반기 연결", rel=True, note="bare half: the latest H1 on or before the document date")
d.D("지난해", "2024", "year", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (…까지 넘어서고): this year's end")
d.D("내년", "2026", "year", rel=True)
# quantities + facts
d.Q("520만명", "5200000", "명", "명", C, bound="gt", f=("유료 구독자", "유료 구독자 520", S, Q3, "level", "required", "headline: its own ORG and DATE"))
d.Q("1,800억", "180000000000", W, "", "currency", st="optional", note=HL)
d.Q("523만 명", "5230000", "명", "명", C, f=("유료 구독자 수", None, S, Q3, "level", "required", "3분기 말 기준: as-of date"))
d.Q("41만 명", "410000", "명", "명", C, f=("유료 구독자 수", None, S, Q3, "change"))
d.Q("32%", "32", "%", "%", P, f=("유료 구독자 수", None, S, Q3, "change", "required", "period the current one (basis 전년 동기)"))
d.Q("198만 명", "1980000", "명", "명", C, f=("광고형 요금제 가입자", None, S, Q3, "level", "required", "breakdown item (요금제별로는) with its own noun"))
d.Q("38%", "38", "%", "%", P, f=("광고형 요금제 가입자", None, S, Q3, "level", "required", "share of the whole (전체의)"))
d.Q("1인", "1", "인", "인", C, st="optional", note="rate denominator (1인당), ANNOTATION: optional")
d.Q("8,950원", "8950", W, "원", "currency", f=("월평균 매출", None, S, Q3, "level", "required", "(ARPU) an alias in brackets, outside"))
d.Q("450원", "450", W, "원", "currency", f=("월평균 매출", None, S, Q3, "change"))
d.Q("1,820억 원", "182000000000", W, "원", "currency", f=("콘텐츠 투자액", None, S, Q3, "level"))
d.Q("2,960억 원", "296000000000", W, "원", "currency", f=("매출", "매출 2,960", S, Q3, "level"))
d.Q("61%", "61", "%", "%", P, f=("콘텐츠 투자액", None, S, Q3, "level", "required", "share of revenue"))
d.Q("1,100억 원", "110000000000", W, "원", "currency", f=("오리지널 시리즈 제작", None, S, Q3, "level", "required", "이 가운데: a part named by what it was spent on"))
d.Q("720억 원", "72000000000", W, "원", "currency", approx=True, f=("해외 판권 구매", None, S, Q3, "level"))
d.Q("4주", "4", "week", "주", "duration", note="만에 outside: a duration, no fact")
d.Q("1억 시간", "100000000", "hour", "시간", "duration", bound="gt", note="an amount of time (ANNOTATION: duration) that is itself the measured figure (open question 8)",
    f=("누적 시청 시간", None, "", Q3, "level", "optional",
       "durations have no fact (FACTS) but this one is a measured level; the series is a product (no ORG): empty subject (open question 8)"))
d.Q("2천억 원", "200000000000", W, "원", "currency", f=("출자", None, PAR, "2025", "level", "required",
    "the parent's capital contribution (a verbal noun serves); the subsidiary receiving it is a counterparty"))
d.Q("8,700억 원", "870000000000", W, "원", "currency", f=("매출", "연결 매출은 8,700", PAR, "2025-H1", "level", "required", "연결 only qualifies the basis"))
d.Q("3조 9천억 원", "3900000000000", W, "원", "currency", approx=True, f=("국내 OTT 시장", None, "", "2024", "level", "required", "market figure (규모 → the market); the agency is only the source"))
d.Q("400만 명", "4000000", "명", "명", C, approx=True, f=("유료 구독자", "티플레이의 유료 구독자", "티플레이", Q3, "level", "optional",
    "a rival's undated figure: no period ever set for 티플레이 (letter: empty) vs the story's quarter (written 2025-Q3; open question 1)"))
d.Q("600만 명", "6000000", "명", "명", C, bound="gt", f=("유료 구독자", "유료 구독자 600", S, "2025", "level", "required", "target (연말까지 → 2025, mod END)"))
d.Q("8천억 원", "800000000000", W, "원", "currency", bound="min", f=("콘텐츠 투자", "콘텐츠 투자를", S, "2026", "level", "required", "target for 내년"))

# ---------------------------------------------------------------- 006 regional bank: SME loans, non-performing-loan ratio (bracket byline [이데일리 … 기자]; 지난해 in the lead)
d = Doc("006_38e6e9a56af87102", "2026-02-10"); docs.append(d)
S = "남해은행"; Y = "2025"; SB = "신용보증기금"
d.Oall(S, S, special={3: ("required", "the bank's name inside the title word 남해은행장 (은행장 = head of the bank): the name is the mention, 장 outside (W110 convention 10)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O(SB, SB, aliases="신보", note="public guarantor; 이하 short name in aliases")
d.O("신보", SB, ctx="(이하 신보)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("신보", SB, ctx="신보가", note="later use of the 이하 short name: required")
d.O("금융감독원", "금융감독원", note="regulator cited as the source")
d.O("동남은행", "동남은행", note="invented rival (경쟁사)")
d.O("남해금융지주", "남해금융지주", note="invented parent (모회사)")
# dates
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("전년 말", "2024", "year", ctx="전년 말보다", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년 말", "2024", "year", ctx="전년 말 대비", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년 말", "2024", "year", ctx="전년 말(181", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="one mention (지난해 before a month, with 말)")
d.D("같은 기간", "2025-12", "month", mod="END", rel=True, st="optional", anchor="2025-12-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 순이익", rel=True)
d.D("올해", "2026", "year", rel=True)
# quantities + facts
d.Q("18조", "18000000000000", W, "", "currency", ctx="18조 넘어", bound="gt", st="optional", note=HL)
d.Q("0.92%", "0.92", "%", "%", P, ctx="0.92%로 상승", f=("고정이하여신비율", "고정이하여신비율은 0.92", S, "", "level", "required",
    "headline with no DATE: empty period (nothing earlier)"))
d.Q("18조4천억원", "18400000000000", W, "원", "currency", f=("중소기업 대출 잔액", None, S, Y, "level", "required", "지난해 말 → 2025 (mod END)"))
d.Q("7.0%", "7.0", "%", "%", P, note="value kept as written (7.0)", f=("중소기업 대출 잔액", None, S, Y, "change"))
d.Q("26조1천억원", "26100000000000", W, "원", "currency", f=("원화대출금", None, S, Y, "level", "required", "전체 outside; a level in brackets"))
d.Q("70.5%", "70.5", "%", "%", P, f=("중소기업 대출 잔액", None, S, Y, "level", "required",
    "share: the sentence's dropped subject is the SME loan balance (규모 → the thing sized)"))
d.Q("7조9천억원", "7900000000000", W, "원", "currency", f=("제조업", "제조업이", S, Y, "level", "required", "breakdown item (업종별로는): the part's name"))
d.Q("4조1천억원", "4100000000000", W, "원", "currency", f=("부동산·임대업", None, S, Y, "level", "required", "breakdown item"))
d.Q("43%", "43", "%", "%", P, f=("제조업", "제조업이", S, Y, "level", "required", "각각: share of the first part"))
d.Q("22%", "22", "%", "%", P, f=("부동산·임대업", None, S, Y, "level", "required", "각각: share of the second part"))
d.Q("2조원", "2000000000000", W, "원", "currency", bound="gt", f=("조선 기자재 업체에 대한 대출", None, S, Y, "level", "required", "이 중: part; 돌파 → gt"))
d.Q("0.92%", "0.92", "%", "%", P, ctx="0.92%로 전년", f=("고정이하여신(NPL)비율", None, S, Y, "level", "required", "period carried (the story's 지난해 말)"))
d.Q("0.27%포인트", "0.27", PP, "%포인트", P, f=("고정이하여신(NPL)비율", None, S, Y, "change"))
d.Q("0.68%", "0.68", "%", "%", P, f=("연체율", None, S, Y, "level"))
d.Q("0.2%포인트", "0.2", PP, "%포인트", P, f=("연체율", None, S, Y, "change"))
d.Q("148%", "148", "%", "%", P, f=("대손충당금 적립률", None, S, Y, "level"))
d.Q("181%", "181", "%", "%", P, f=("대손충당금 적립률", None, S, "2024", "level", "required",
    "basis figure in brackets after 전년 말: the date the text attaches to it (2024, mod END), although that DATE mention is optional"))
d.Q("1천200여곳", "1200", "곳", "곳", C, approx=True, f=("지역 중소기업", None, S, Y, "level", "optional",
    "a plan announced with no date of its own: carry-forward by the letter gives the story's 2025, a reader sees a future programme (open question 2)"))
d.Q("3천억원", "300000000000", W, "원", "currency", f=("특례보증 대출", None, S, Y, "level", "optional",
    "규모 → the loans sized; same period question as 1천200여곳 (open question 2)"))
d.Q("90%", "90", "%", "%", P, bound="max", f=("보증", "90%를 보증", SB, "", "level", "optional",
    "the guarantor's share, a programme term: subject 신보 (신보가); no period ever set for it (letter: empty; open question 1)"))
d.Q("0.53%", "0.53", "%", "%", P, f=("평균 고정이하여신비율", None, "", "2025-12", "level", "required",
    "banks taken together, not named: no subject; the regulator is only the source"))
d.Q("15조원", "15000000000000", W, "원", "currency", approx=True, f=("중소기업 대출", "동남은행의 중소기업 대출", "동남은행", "2025-12", "level", "required",
    "rival; 같은 기간 in the clause → 2025-12 (END)"))
d.Q("6천110억원", "611000000000", W, "원", "currency", f=("순이익", None, "남해금융지주", Y, "level"))
d.Q("20조원", "20000000000000", W, "원", "currency", bound="min", f=("중기 대출", None, S, "2026", "level", "required", "target in the head's quote (올해)"))
d.Q("0.8%", "0.8", "%", "%", P, ctx="0.8% 이하", bound="max", f=("NPL비율", None, S, "2026", "level", "required", "target; 이하 → max"))

if __name__ == "__main__":
    write_all(docs)
