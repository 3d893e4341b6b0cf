"""Gold labels of articles-holdout94, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout94/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 steelmaker: Q4 results and crude-steel output (연합뉴스 dateline)
d = Doc("001_5d2b138b788d6dfd", "2026-01-29"); docs.append(d)
S, SUB = "세광철강", "세광특수강"
Q4 = "2025-Q4"
# ORG
d.O("세광철강", S, ctx="세광철강, 4분기", note="headline topic")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("세광철강", S, ctx="세광철강(이하 세광)", aliases="세광", note="short name defined with 이하: recorded in aliases")
d.O("세광", S, ctx="(이하 세광)", st="optional", note="the 이하-defined short name where it is defined (ANNOTATION: optional)")
d.O("세광", S, ctx="세광은 지난해", note="later use of the 이하 short name: required")
d.O("HD현대중공업", "HD현대중공업", note="the customer (로부터)")
d.O(SUB, SUB, note="subsidiary introduced by 자회사")
d.O("한국철강협회", "한국철강협회", note="industry association cited as source")
d.O("현대제철", "현대제철", note="rival")
d.O("동국제강", "동국제강", note="rival")
d.O("세광", S, ctx="세광 대표", note="organization before a head's title")
# DATE
d.D("4분기", Q4, "quarter", ctx="4분기 영업익", rel=True, note="headline quarter: latest Q4 on or before the document date")
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기보다 6.3%", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to the lead's quarter")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기(3.7%)", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("4분기", Q4, "quarter", ctx="4분기 조강 생산량", rel=True)
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해", "2025", "year", ctx="지난해 국내 조강", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.1%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", Q4, "quarter", ctx="4분기 영업이익은 각각", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention (중 outside)")
# QUANTITY (+ fact)
d.Q("612억", 61200000000, W, "", "currency", ctx="612억…", st="optional", note="headline amount, currency implied",
    f=("영업익", "영업익 612억", S, Q4, "level"))
d.Q("18%", 18, "%", "%", P, ctx="생산 18% 늘어", f=("조강 생산", "조강 생산 18%", S, Q4, "change", "required", "headline topic and its own 4분기"))
d.Q("1조 2,480억 원", 1248000000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q4, "level", "required", "연결 기준 is a basis modifier"))
d.Q("6.3%", 6.3, "%", "%", P, f=("매출", "기준 매출이", S, Q4, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "영업이익은 612억", S, Q4, "level", "required", "subject and period carried from the lead"))
d.Q("41.2%", 41.2, "%", "%", P, f=("영업이익", "영업이익은 612억", S, Q4, "change"))
d.Q("4.9%", 4.9, "%", "%", P, f=("영업이익률", "영업이익률은 4.9%", S, Q4, "level"))
d.Q("3.7%", 3.7, "%", "%", P, f=("영업이익률", "영업이익률은 4.9%", S, "2024-Q4", "level", "required",
    "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("영업이익률", "영업이익률은 4.9%", S, Q4, "change"))
d.Q("4조 7,150억 원", 4715000000000, W, "원", "currency", f=("매출", "연간 매출", S, "2025", "level", "optional",
    "open question 1: 연간 (no DATE mention) — the full year 2025 or the carried 2025-Q4?"))
d.Q("186만t", 1860000, "t", "t", M, approx=True, note="약 → approx", f=("조강 생산량", "4분기 조강 생산량", S, Q4, "level"))
d.Q("18%", 18, "%", "%", P, ctx="으로 18% 늘었다", f=("조강 생산량", "4분기 조강 생산량", S, Q4, "change"))
d.Q("74만t", 740000, "t", "t", M, approx=True, note="가량 → approx",
    f=("전기로 생산분", None, S, Q4, "level", "required", "breakdown item with a measure noun of its own (생산분)"))
d.Q("38%", 38, "%", "%", P, f=("매출", "매출의 38%", S, Q4, "level", "required", "share of 매출 (매출의 N%); period carried"))
d.Q("27%", 27, "%", "%", P, f=("매출", "매출의 38%", S, Q4, "level", "required", "second item of 제품별로는; the same measure"))
d.Q("12만t", 120000, "t", "t", M, f=("후판", "후판 12만t", S, "2025-11", "level", "required", "the measured noun; the customer is no subject"))
d.Q("1,100억 원", 110000000000, W, "원", "currency", approx=True, note="어치 after the unit: a suffix outside the span, sets approx (as 달러치)",
    f=("수주", "수주했다", S, "2025-11", "level", "required", "verbal noun (수주했다) names the order value"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("매출", "매출 2,140억", SUB, Q4, "level", "optional",
    "open question 2: the subsidiary's undated figure — the story's 4분기, the year, or none?"))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("영업손실", None, SUB, Q4, "level", "optional", "open question 2"))
d.Q("6,310만t", 63100000, "t", "t", M, f=("국내 조강 생산량", None, "", "2025", "level", "required", "national figure: empty subject; the association is only the source"))
d.Q("4.1%", 4.1, "%", "%", P, f=("국내 조강 생산량", None, "", "2025", "change"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속: an amount of time, no fact")
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은 각각", "현대제철", Q4, "level", "required", "각각: first of the pair"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은 각각", "동국제강", Q4, "level", "required", "각각: second of the pair"))
d.Q("2기", 2, "기", "기", C, f=("전기로", "전기로 2기", S, "2026-H1", "level", "required", "counted noun; the head speaks for the company"))
d.Q("3,000억 원", 300000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("투자", "투자해", S, "2026-H1", "level", "required", "verbal noun (투자해)"))
d.Q("900만t", 9000000, "t", "t", M, f=("조강 능력", None, S, "2026-H1", "level", "required", "연간 is a basis modifier, outside; the clause's 올해 상반기"))

# ---------------------------------------------------------------- 002 K-pop agency: H1 album sales and concert revenue (뉴스1 dateline, no year)
d = Doc("002_542dfff45e3af610", "2025-08-13"); docs.append(d)
S = "하늘엔터테인먼트"
H1 = "2025-H1"
TOUR = "2025-03-15/2025-06-01"
# ORG
d.O("하늘엔터", S, ctx="하늘엔터 상반기", note="headline: later-defined short name, a use of it: required")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("하늘엔터테인먼트", S, aliases="하늘엔터", note="short name defined with 이하: recorded in aliases")
d.O("하늘엔터", S, ctx="(이하 하늘엔터)", st="optional", note="the 이하-defined short name where it is defined")
d.O("하늘엔터", S, ctx="하늘엔터는 상반기", note="later use of the short name")
d.O("루미너스", "루미너스", st="optional", note="music group (a performing act): optional ORG")
d.O("하늘뮤직재팬", "하늘뮤직재팬", note="Japanese subsidiary (일본 법인)")
d.O("하늘홀딩스", "하늘홀딩스", note="largest shareholder (최대주주)")
d.O("써클차트", "써클차트", st="optional", note="a chart cited as source: may be a product/service of its operator, optional")
d.O("하이브", "하이브", note="rival")
d.O("JYP엔터테인먼트", "JYP엔터테인먼트", note="rival")
d.O("하늘엔터", S, ctx="하늘엔터 대표", note="organization before a head's title")
# DATE
d.D("상반기", H1, "half", ctx="하늘엔터 상반기", rel=True, note="headline half: latest H1 on or before the document date")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="같은 기간 points back to the lead's half")
d.D("상반기", H1, "half", ctx="상반기 매출이", rel=True)
d.D("13일", "2025-08-13", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난 3월 15일", "2025-03-15", "day", rel=True, note="A부터 B까지: two mentions")
d.D("6월 1일", "2025-06-01", "day", rel=True, note="end of the 부터…까지 pair; year from the start")
d.D("2분기", "2025-Q2", "quarter", ctx="2분기 음원", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("상반기", H1, "half", ctx="상반기 상위", rel=True)
d.D("2분기", "2025-Q2", "quarter", ctx="2분기 영업이익은 각각", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (데뷔시키고): this year's second half")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause: this year's end")
# QUANTITY (+ fact)
d.Q("620만장", 6200000, "장", "장", C, f=("앨범", "앨범 620만장", S, H1, "level", "required", "headline: its own organization and 상반기; counted noun"))
d.Q("2배", 2, "배", "배", C, ctx="매출 2배로", f=("콘서트 매출", "콘서트 매출 2배로", S, H1, "change", "required", "N배로 against a past basis: a change"))
d.Q("620만 장", 6200000, "장", "장", C, approx=True, note="약 → approx", f=("앨범 판매량", "상반기 앨범 판매량", S, H1, "level"))
d.Q("35%", 35, "%", "%", P, f=("앨범 판매량", "상반기 앨범 판매량", S, H1, "change", "required", "규모 sentence: the metric is the thing whose size it is"))
d.Q("2,315억 원", 231500000000, W, "원", "currency", f=("매출", "상반기 매출이", S, H1, "level"))
d.Q("402억 원", 40200000000, W, "원", "currency", f=("영업이익", "영업이익이 402억", S, H1, "level"))
d.Q("17.4%", 17.4, "%", "%", P, f=("영업이익률", None, S, H1, "level"))
d.Q("3.1%포인트", 3.1, PP, "%포인트", P, f=("영업이익률", None, S, H1, "change"))
d.Q("881억 원", 88100000000, W, "원", "currency", f=("콘서트 매출", "콘서트 매출은", S, H1, "level", "required", "이 가운데: a part of 매출 with its own measure noun"))
d.Q("2배", 2, "배", "배", C, ctx="동기의 2배로", f=("콘서트 매출", "콘서트 매출은", S, H1, "change", "required", "2배로 뛰었다 against 전년 동기: a change"))
d.Q("14개", 14, "개", "개", C, f=("도시", None, "루미너스", TOUR, "level", "optional", "subject only an optional ORG (music group): fact optional"))
d.Q("32회", 32, "회", "회", C, f=("공연", None, "루미너스", TOUR, "level", "optional", "count of shows (not an edition); subject the optional group"))
d.Q("48만 명", 480000, "명", "명", C, f=("관객", None, "루미너스", TOUR, "level", "optional", "subject the optional group"))
d.Q("1만 5천 명", 15000, "명", "명", C, approx=True, note="꼴 after the counter: a suffix outside the span, sets approx (my convention); 회당 is a rate word without a number",
    f=("관객", "관객 48만", "루미너스", TOUR, "level", "optional", "per-show average of the group's audience"))
d.Q("30억 엔", 3000000000, "JPY", "엔", "currency", approx=True, note="안팎 → approx", f=("음원 매출", None, "하늘뮤직재팬", "2025-Q2", "level"))
d.Q("41.7%", 41.7, "%", "%", P, f=("지분율", None, "하늘홀딩스", "2025-06", "level", "required", "a holder owns its stake (하늘홀딩스의 지분율); as-of 6월 말"))
d.Q("400위", 400, "위", "위", "ordinal", note="rank inside the definitional 상위 400위 앨범: ordinal, no fact")
d.Q("4,870만 장", 48700000, "장", "장", C, f=("상위 400위 앨범 판매량", None, "", H1, "level", "required", "market figure from a cited chart: empty subject; the definitional rank is part of the metric"))
d.Q("12.4%", 12.4, "%", "%", P, f=("상위 400위 앨범 판매량", None, "", H1, "change"))
d.Q("1,190억 원", 119000000000, W, "원", "currency", f=("영업이익", "2분기 영업이익은 각각", "하이브", "2025-Q2", "level", "required", "각각: first of the pair"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "2분기 영업이익은 각각", "JYP엔터테인먼트", "2025-Q2", "level", "required", "각각: second of the pair"))
d.Q("2팀", 2, "팀", "팀", C, f=("신인", None, S, "2025-H2", "level", "required", "counted noun; the head speaks for the company"))
d.Q("1,000만 장", 10000000, "장", "장", C, bound="gt", note="돌파 → gt", f=("누적 앨범 판매", None, S, "2025", "level", "required", "연말 (END) → period 2025"))

# ---------------------------------------------------------------- 003 savings bank: PF delinquency and provisions ([머니투데이 기자] byline)
d = Doc("003_b7f65fa04ad89192", "2026-03-17"); docs.append(d)
S, HOLD, FSS = "한결저축은행", "한결금융지주", "금융감독원"
LEAD_M = "부동산 프로젝트파이낸싱(PF) 대출 연체율"
# ORG
d.O("한결저축은행", S, ctx="한결저축은행, 충당금", note="headline")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("저축은행중앙회", "저축은행중앙회", note="industry association cited as source")
d.O("한결저축은행", S, ctx="한결저축은행(이하 한결)", aliases="한결", note="short name defined with 이하")
d.O("한결", S, ctx="(이하 한결)", st="optional", note="the 이하-defined short name where it is defined")
d.O("한결", S, ctx="한결의 PF", note="later use of the short name")
d.O(HOLD, HOLD, note="parent holding company (모회사); not the short name 한결 + suffix: a name of its own")
d.O("한결", S, ctx="한결의 자본", note="the counterparty of the capital increase")
d.O("OK저축은행", "OK저축은행", note="rival")
d.O("웰컴저축은행", "웰컴저축은행", note="rival")
d.O(FSS, FSS, note="government body (supervisor)")
d.O("금감원", FSS, note="short form of 금융감독원, canonical the full name")
d.O("한결", S, ctx="한결 관계자", note="organization before 관계자")
# DATE
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준)")
d.D("1년 전", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-12-31",
    note="open question 4: by the letter an offset from the document date (2025); read as one year before the lead's 2025년 말 (end-2024)")
d.D("17일", "2026-03-17", "day", rel=True, note="day the association's data were cited")
d.D("지난해 말", "2025", "year", ctx="지난해 말 14조", mod="END", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 (the year over which the balance fell)")
d.D("지난해", "2025", "year", ctx="지난해 PF 관련", rel=True)
d.D("다음 달", "2026-04", "month", rel=True, note="중 outside")
d.D("오는 6월 말", "2026-06", "month", mod="END", rel=True, note="future deadline (까지)")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (마무리하도록 할 것): this year's H1; 안에 outside")
d.D("2024년", "2024", "year")
d.D("올해 말", "2026", "year", mod="END", rel=True)
# QUANTITY (+ fact)
d.Q("11%", 11, "%", "%", P, ctx="11%대", approx=True, note="대 after the unit: a suffix outside the span, sets approx",
    f=("PF 연체율", "저축은행 PF 연체율", "", "2025", "level", "optional",
       "open question 3: a headline figure whose headline names no date — empty by the letter (nothing earlier), or the lead's 2025년 말?"))
d.Q("1,920억", 192000000000, W, "", "currency", ctx="1,920억 쌓아", st="optional", note="headline amount, currency implied",
    f=("충당금", None, S, "2025", "level"))
d.Q("11.3%", 11.3, "%", "%", P, f=(LEAD_M, None, "", "2025", "level", "required", "an industry's figure: empty subject"))
d.Q("2.6%포인트", 2.6, PP, "%포인트", P, f=(LEAD_M, None, "", "2025", "change", "required", "오른 수치다 continues the lead's 연체율"))
d.Q("79개", 79, "개", "개", C, f=("저축은행", "79개 저축은행", "", "2025", "level", "required", "banks taken together, not named: empty subject"))
d.Q("14조 2,000억 원", 14200000000000, W, "원", "currency", f=("PF 대출 잔액", None, "", "2025", "level", "required", "지난해 말 (END) → 2025"))
d.Q("9%", 9, "%", "%", P, ctx="9%가량", approx=True, note="가량 → approx", f=("PF 대출 잔액", None, "", "2025", "change"))
d.Q("5위", 5, "위", "위", "ordinal", approx=True, note="5위권: rank, 권 after the counter is a suffix outside the span (approx); no fact")
d.Q("1,920억 원", 192000000000, W, "원", "currency", f=("PF 관련 대손충당금", None, S, "2025", "level"))
d.Q("1,085억 원", 108500000000, W, "원", "currency", f=("순손실", None, S, "2025", "level", "required", "이 때문에: the subject carried"))
d.Q("2년", 2, "year", "년", "duration", note="2년 연속: amount of time, no fact")
d.Q("18.7%", 18.7, "%", "%", P, f=("PF 연체율", "한결의 PF 연체율", S, "2025", "level", "required", "period carried for 한결 (지난해)"))
d.Q("7.4%포인트", 7.4, PP, "%포인트", P, f=("PF 연체율", "한결의 PF 연체율", S, "2025", "change", "required", "a difference from the industry average: change"))
d.Q("800억 원", 80000000000, W, "원", "currency", f=("유상증자", None, HOLD, "2026-04", "level", "required", "규모: the thing whose size it is; the parent carries it out, the unit is the counterparty"))
d.Q("8.9%", 8.9, "%", "%", P, f=("PF 연체율", "웰컴저축은행의 PF 연체율", "OK저축은행", "2025", "level", "required", "각각 first; a rival's undated figure takes the story's period (convention 2)"))
d.Q("10.2%", 10.2, "%", "%", P, f=("PF 연체율", "웰컴저축은행의 PF 연체율", "웰컴저축은행", "2025", "level", "required", "각각 second"))
d.Q("20%", 20, "%", "%", P, bound="gt", note="넘는 → gt",
    f=("PF 연체율", "PF 연체율이 20%", "", "", "level", "optional", "open question 5: a threshold that selects banks for an inspection — its period (the deadline, the present, none)?"))
d.Q("9곳", 9, "곳", "곳", C, f=("저축은행", "저축은행 9곳", FSS, "2026-06", "level", "required", "the count of what the supervisor inspects is its figure (convention 6); the clause's deadline"))
d.Q("230곳", 230, "곳", "곳", C, approx=True, note="약 → approx", f=("부실 사업장", None, "", "2026-H1", "level", "required", "the industry's sites: empty subject; the clause's 상반기"))
d.Q("32%", 32, "%", "%", P, f=("브릿지론 비중", None, S, "2024", "level"))
d.Q("15%", 15, "%", "%", P, bound="max", note="이하 → max", f=("브릿지론 비중", None, S, "2026", "level", "required", "올해 말 (END) → 2026"))

if __name__ == "__main__":
    write_all(docs)
