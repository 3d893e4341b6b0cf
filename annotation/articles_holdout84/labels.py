"""Gold labels of articles-holdout84, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout84/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PT = "%포인트"

# ---------------------------------------------------------------- 001 display panel maker: Q3 OLED shipments and share (연합뉴스 dateline)
d = Doc("001_8c974bd84cddcd6b", "2025-10-28"); docs.append(d)
S = "누리디스플레이"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) outside")
d.O("옴디아", "옴디아", note="market-research firm cited as the source (에 따르면)")
d.O("삼성디스플레이", "삼성디스플레이", note="rival named with 각각")
d.Oall("샤오미", "샤오미", special={0: ("required", "the customer (최대 고객사인)"), 1: ("required", "the customer placing an order")})
d.O("누리머티리얼즈", "누리머티리얼즈", note="invented subsidiary introduced by 부품 자회사")
Q3 = "2025-Q3"; A3 = "2025-07-01"
d.D("3분기", Q3, "quarter", ctx="3분기 OLED", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 전 세계", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(3.6%)", rel=True, st="optional", anchor=A3, note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기 매출은", rel=True)
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months with ~: one mention; year from the document date")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 매출", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("4분기", "2025-Q4", "quarter", ctx="4분기 출하량", rel=True, note="future clause (늘려 … 달성하겠다): the next Q4")
d.D("올해", "2025", "year", rel=True)
d.Q("1천만대", 10000000, "대", "대", C, ctx="출하 1천만대", bound="gt", note="돌파 → gt",
    f=("출하", "출하 1천만대", S, Q3, "level", "required", "headline: the headline's own 3분기; 출하 is the noun governing it"))
d.Q("4.9%", 4.9, "%", "%", P, ctx="점유율 4.9%",
    f=("점유율", "점유율 4.9%", S, Q3, "level", "required", "headline segment after …: the headline's 3분기 and organization"))
d.Q("1천20만대", 10200000, "대", "대", C,
    f=("패널", "패널 1천20만대", S, Q3, "level", "required", "no measure noun governs it (출하했다 is a verb): the counted noun"))
d.Q("27.4%", 27.4, "%", "%", P,
    f=("패널", "패널 1천20만대", S, Q3, "change", "required", "subject dropped, carried; 전년 동기 = basis, the period is the current one"))
d.Q("2억1천만대", 210000000, "대", "대", C, approx=True,
    f=("전 세계 스마트폰용 OLED 패널 출하량", None, "", Q3, "level", "required", "a market total from a cited source: no subject; 같은 기간 → 3분기"))
d.Q("41.2%", 41.2, "%", "%", P, f=("점유율", "점유율은 각각", "삼성디스플레이", Q3, "level", "required", "각각: first of the pair"))
d.Q("4.9%", 4.9, "%", "%", P, ctx="41.2%, 4.9%", f=("점유율", "점유율은 각각", S, Q3, "level", "required", "각각: second of the pair"))
d.Q("3.6%", 3.6, "%", "%", P,
    f=("점유율", "점유율은 각각", S, "2024-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("1.3%포인트", 1.3, PP, PT, P, f=("점유율", "점유율은 각각", S, Q3, "change"))
d.Q("1조2천340억원", 1234000000000, W, "원", "currency", f=("매출", "3분기 매출은", S, Q3, "level", "required", "subject dropped, carried"))
d.Q("860억원", 86000000000, W, "원", "currency", f=("영업이익", "영업이익은 860", S, Q3, "level"))
d.Q("3조1천억원", 3100000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("매출", "누적 매출은", S, "2025-01/2025-09", "level", "required", "누적 qualifies the period only: outside the metric"))
d.Q("38%", 38, "%", "%", P, approx=True,
    f=("물량", "샤오미 물량", S, Q3, "level", "required", "share of the maker's shipments; the customer is no subject (convention 5, 11)"))
d.Q("600만대", 6000000, "대", "대", C,
    f=("패널", "패널 600만대", "샤오미", "2026-H1", "level", "required", "a customer's order: the customer's figure; the sentence's 내년 상반기 (convention 11)"))
d.Q("1천80억원", 108000000000, W, "원", "currency", f=("매출", "매출 1천80억", "누리머티리얼즈", Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("1천100만~1천200만대", 11000000, "대", "대", C, hi=12000000, f=("출하량", "4분기 출하량", S, "2025-Q4", "level", "required", "a head's quote speaks for the company"))
d.Q("5%", 5, "%", "%", P, ctx="점유율 5%", bound="min", f=("점유율", "연간 점유율", S, "2025", "level", "required", "연간 qualifies the period: outside"))

# ---------------------------------------------------------------- 002 non-life insurer: loss ratio and premiums (뉴스1 dateline, no year anywhere)
d = Doc("002_b493679df10e81a9", "2026-02-10"); docs.append(d)
H = "한울손해보험"
d.O(H, H, aliases="한울손보", note="full name; the short name is defined right after with 이하")
d.Oall("한울손보", H, special={0: ("required", "headline: a use of the short name (later uses are required)"),
                              1: ("optional", "short name where it is defined with 이하: optional"),
                              4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; the digit is part of the name")
d.O("손해보험협회", "손해보험협회", note="industry association cited as the source")
d.O("삼성화재", "삼성화재", note="rival named with 각각")
d.O("DB손해보험", "DB손해보험", note="rival named with 각각")
d.O("금융감독원", "금융감독원", note="government body")
A25 = "2025-01-01"
d.D("지난해", "2025", "year", ctx="지난해 자동차보험 손해율 86", rel=True, note="headline")
d.D("지난해", "2025", "year", ctx="지난해 자동차보험 손해율이", rel=True)
d.D("전년", "2024", "year", ctx="전년(81.9%)", rel=True, st="optional", anchor=A25, note="points back to 지난해")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("지난해", "2025", "year", ctx="한울손보의 지난해", rel=True)
d.D("12월", "2025-12", "month", ctx="12월 한 달", rel=True, note="the latest December on or before the document date")
d.D("올해 1월", "2026-01", "month", rel=True, note="올해 before a month: one mention")
d.D("12월", "2025-12", "month", ctx="12월 사고", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 손보업계", rel=True)
d.D("다음 달 중순", "2026-03", "month", mod="MID", rel=True, note="future; 부터 outside")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", ctx="올해 손해율", rel=True)
d.Q("86%", 86, "%", "%", P, ctx="손해율 86%",
    f=("자동차보험 손해율", "자동차보험 손해율 86%", H, "2025", "level", "required", "headline: its own 지난해; the line of insurance changes what is measured"))
d.Q("4년", 4, "year", "년", "duration", ctx="4년 만에", note="만에 outside: a duration, no fact")
d.Q("86.3%", 86.3, "%", "%", P, f=("자동차보험 손해율", "자동차보험 손해율이", H, "2025", "level"))
d.Q("81.9%", 81.9, "%", "%", P,
    f=("자동차보험 손해율", "자동차보험 손해율이", H, "2024", "level", "required", "basis figure in brackets after 전년: that date's value (convention 4)"))
d.Q("4.4%포인트", 4.4, PP, PT, P, f=("자동차보험 손해율", "자동차보험 손해율이", H, "2025", "change"))
d.Q("4조2천600억원", 4260000000000, W, "원", "currency", f=("원수보험료", None, H, "2025", "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("원수보험료", None, H, "2025", "change"))
d.Q("2조8천900억원", 2890000000000, W, "원", "currency",
    f=("장기보험", None, H, "2025", "level", "required", "breakdown (보종별로는): the item in the figure's clause is the metric (convention 3)"))
d.Q("1조1천200억원", 1120000000000, W, "원", "currency", f=("자동차보험", "자동차보험이 1조", H, "2025", "level", "required", "breakdown item"))
d.Q("2천500억원", 250000000000, W, "원", "currency", f=("일반보험", None, H, "2025", "level", "required", "breakdown item"))
d.Q("1천870억원", 187000000000, W, "원", "currency", f=("순이익", None, H, "2025", "level", "required", "subject dropped, carried"))
d.Q("12%", 12, "%", "%", P, ctx="12% 줄었다", f=("순이익", None, H, "2025", "change", "required", "줄었다: a change; no sign written, value as written"))
d.Q("한 달", 1, "month", "달", "duration", note="12월 한 달에만: an amount of time, no fact")
d.Q("92.8%", 92.8, "%", "%", P, f=("손해율", "손해율은 12월", H, "2025-12", "level", "required", "까지 is a particle here, no bound"))
d.Q("90%", 90, "%", "%", P, approx=True, note="안팎 → approx", f=("손해율", "손해율은 12월", H, "2026-01", "level"))
d.Q("1.4배", 1.4, "배", "배", C,
    f=("사고 접수 건수", None, H, "2025-12", "change", "required", "N배로 늘어난 against 평소: a rate of change; the insurer's claims received"))
d.Q("84.5%", 84.5, "%", "%", P,
    f=("손보업계 전체 자동차보험 손해율", None, "", "2025", "level", "required", "industry figure from a cited association: no subject"))
d.Q("83.7%", 83.7, "%", "%", P,
    f=("손해율", "손해율은 84.5%", "삼성화재", "2025", "level", "required", "각각; a new subject with no period of its own takes the metric's period (convention 1)"))
d.Q("84.2%", 84.2, "%", "%", P, f=("손해율", "손해율은 84.5%", "DB손해보험", "2025", "level", "required", "각각, second"))
d.Q("1.5%", 1.5, "%", "%", P,
    f=("개인용 자동차보험료", None, H, "2026-03", "change", "required", "인상한다: a change; 평균 outside the span; the clause's 다음 달 중순"))
d.Q("201%", 201, "%", "%", P, f=("지급여력비율", None, H, "2025", "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("150%", 150, "%", "%", P,
    f=("권고치", None, "금융감독원", "2025", "level", "required", "the supervisor's recommended level is its figure; the sentence's 지난해 말 (convention 11)"))
d.Q("82%", 82, "%", "%", P, bound="max", note="이하 → max", f=("손해율", "올해 손해율", H, "2026", "level", "required", "a head's quote speaks for the company"))

# ---------------------------------------------------------------- 003 home-appliance rental company: H1 accounts (머니투데이 bracket byline)
d = Doc("003_f924e4a0d9dcd6da", "2025-08-14"); docs.append(d)
B = "바른렌탈"; BM = "바른렌탈말레이시아"
d.Oall(B, B, skip=(2,), special={0: ("required", "headline topic"), 3: ("required", "the counterparty of an investment (에)"),
                                 4: ("required", "organization before a head's title (대표)")})
d.O(BM, BM, note="invented overseas subsidiary (말레이시아 법인); the country is part of its name")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("바른그룹", "바른그룹", note="invented parent (모회사)")
d.O("한국렌탈협회", "한국렌탈협회", note="invented association cited as the source of a market estimate")
d.O("코웨이", "코웨이", note="rival, 각각")
d.O("SK매직", "SK매직", note="rival, 각각")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 매출 6천억", rel=True, note="headline: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the disclosure: not a period")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an offset with 전: a DATE, that year (from the document date)")
d.D("하반기", "2025-H2", "half", ctx="하반기 중", rel=True, note="future plan: the next (current) H2; 중 outside")
d.D("올해", "2025", "year", rel=True)
d.D("상반기", H1, "half", ctx="상반기 렌탈 매출", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause: this year's end; 까지 outside")
d.Q("6천억", 600000000000, W, "", "currency", ctx="매출 6천억", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("매출", "매출 6천억", B, H1, "level"))
d.Q("11.6%", 11.6, "%", "%", P, ctx="영업이익률 11.6%",
    f=("영업이익률", "영업이익률 11.6%", B, H1, "level", "required", "headline segment after …: the headline's 상반기 (convention 7)"))
d.Q("6천120억원", 612000000000, W, "원", "currency", f=("매출", "매출 6천120억", B, H1, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("710억원", 71000000000, W, "원", "currency", f=("영업이익", "영업이익 710억", B, H1, "level"))
d.Q("8.7%", 8.7, "%", "%", P, f=("매출", "매출은 전년", B, H1, "change"))
d.Q("11.6%", 11.6, "%", "%", P, ctx="영업이익률은 11.6%", f=("영업이익률", "영업이익률은 11.6%", B, H1, "level"))
d.Q("0.9%포인트", 0.9, PP, PT, P, f=("영업이익률", "영업이익률은 11.6%", B, H1, "change"))
d.Q("312만개", 3120000, "개", "개", C, approx=True,
    f=("렌탈 계정", "렌탈 계정은", B, "2025-06", "level", "required", "누적 qualifies the time only; 6월 말 기준 → 2025-06 (END)"))
d.Q("148만개", 1480000, "개", "개", C, f=("정수기", None, B, "2025-06", "level", "required", "breakdown (제품별로는): the item is the metric (convention 3)"))
d.Q("71만개", 710000, "개", "개", C, f=("공기청정기", None, B, "2025-06", "level", "required", "breakdown item"))
d.Q("46만개", 460000, "개", "개", C, f=("비데", None, B, "2025-06", "level", "required", "breakdown item"))
d.Q("420억원", 42000000000, W, "원", "currency", f=("매출", "2분기 매출은", BM, "2025-Q2", "level", "required", "이 법인 → the subsidiary"))
d.Q("40%", 40, "%", "%", P, approx=True, note="가량 → approx", f=("매출", "2분기 매출은", BM, "2025-Q2", "change", "required", "1년 전 = basis"))
d.Q("500억원", 50000000000, W, "원", "currency",
    f=("출자", "출자해", "바른그룹", "2025-H2", "level", "required", "verbal noun; the investor's figure, the receiving subsidiary is a counterparty"))
d.Q("13조원", 13000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("국내 가전 렌탈 시장", None, "", "2025", "level", "required", "규모 amount: the market whose size it is; a cited association gives no subject"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: no fact")
d.Q("2조2천억원", 2200000000000, W, "원", "currency", f=("렌탈 매출", "렌탈 매출은 각각", "코웨이", H1, "level", "required", "각각, first"))
d.Q("5천300억원", 530000000000, W, "원", "currency", note="수준 is not in the guideline's list of approximators: approx false",
    f=("렌탈 매출", "렌탈 매출은 각각", "SK매직", H1, "level", "required", "각각, second"))
d.Q("330만개", 3300000, "개", "개", C, bound="gt", note="넘기겠다 → gt",
    f=("계정", "계정 330만개", B, "2025", "level", "required", "연말 (END of 2025) as the target date; a head's quote"))

# ---------------------------------------------------------------- 004 county: population decline and birth incentives (regional daily, year only in the 입력 stamp)
d = Doc("004_bd7747694be69fab", "2026-01-21"); docs.append(d)
G = "의성군"
d.Oall(G, G, special={0: ("optional", "headline: the county as a place (의성군 인구); place vs government undecided (open question 1)"),
                      1: ("optional", "the county as a place whose population is counted (경북 의성군의 주민등록인구): open question 1"),
                      2: ("required", "the county acting as a government (올리고, 준다)"),
                      3: ("required", "organization before an official's title; 인구정책과 inside the title not labelled")})
d.O("군", G, ctx="군은 다음 달", st="optional", note="unnamed institution noun pointing back to the county government")
d.O("매일신문", "매일신문", note="outlet in the byline line")
d.O("경상북도", "경상북도", note="province acting as a government (도비); 경북 before 의성군 is a place prefix, not labelled")
d.D("2026.01.21", "2026-01-21", "day", note="the 입력 stamp: an explicit calendar date (convention 9)")
d.D("09:47", "2026-01-21T09:47", "day", st="optional", rng=False, note="clock time of the stamp: optional at most")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("10년 전", "2016", "year", rel=True, note="an offset with 전 from the document date: that year")
d.D("지난해", "2025", "year", ctx="지난해 출생아", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 500만원", rel=True)
d.D("올해", "2026", "year", ctx="올해부터", rel=True, note="부터 outside")
d.D("지난해", "2025", "year", ctx="지난해보다", rel=True, note="the basis of a change, written as 지난해: a plain relative date")
d.D("올해", "2026", "year", ctx="올해 도비", rel=True)
d.D("다음 달 초", "2026-02", "month", mod="START", rel=True, note="future")
d.D("올해", "2026", "year", ctx="올해 출생아", rel=True)
d.Q("5만명", 50000, "명", "명", C, ctx="인구 5만명",
    f=("인구", "인구 5만명", "", "", "level", "required", "headline threshold of a place's population: no subject; no date in the headline or before it: empty period"))
d.Q("첫째", 1, "째", "째", "ordinal", ctx="첫째 출산장려금", st="optional", note="birth-order word with no counter: optional ordinal (open question 2)")
d.Q("1천만원", 10000000, W, "원", "currency", ctx="출산장려금 1천만원",
    f=("출산장려금", "출산장려금 1천만원", G, "", "level", "required", "headline: the county government's payment; no date in the headline: empty period"))
d.Q("5만312명", 50312, "명", "명", C,
    f=("주민등록인구", None, "", "2025", "level", "required", "a place's population: no ORG subject (open question 1); 지난해 말 기준"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time; 새 outside, like 간")
d.Q("1천140명", 1140, "명", "명", C, f=("주민등록인구", None, "", "2025", "change", "required", "줄었다; subject and period carried"))
d.Q("2.2%", 2.2, "%", "%", P, f=("주민등록인구", None, "", "2025", "change"))
d.Q("5만8천여명", 58000, "명", "명", C, approx=True, note="여 inside the span → approx",
    f=("주민등록인구", None, "", "2016", "level", "required", "basis figure in brackets after 10년 전: that date's value (convention 4)"))
d.Q("8천명", 8000, "명", "명", C, approx=True, note="가까이 taken as an approximator (convention 8)",
    f=("주민등록인구", None, "", "2025", "change", "required", "the current period of the comparison"))
d.Q("142명", 142, "명", "명", C, f=("출생아", "출생아는", "", "2025", "level", "required", "a place's statistic: no subject"))
d.Q("1천23명", 1023, "명", "명", C, f=("사망자", None, "", "2025", "level"))
d.Q("65세", 65, "세", "세", C, bound="min", st="optional",
    note="definitional threshold inside the metric (FACTS: part of the metric, no fact); optional because the framework gives every required count a fact")
d.Q("46.8%", 46.8, "%", "%", P,
    f=("65세 이상 인구 비중", None, "", "2025", "level", "required", "the article's period last set (지난해) carries (convention 1)"))
d.Q("20.3%", 20.3, "%", "%", P, f=("전국 평균", None, "", "2025", "level", "required", "a national figure: no subject"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘었다 → gt",
    f=("65세 이상 인구 비중", None, "", "2025", "level", "optional", "a ratio between two figures: what it measures and its kind are unclear (open question 3)"))
d.Q("1만2천여명", 12000, "명", "명", C, approx=True,
    f=("의성읍", None, "", "2025", "level", "required", "breakdown (읍면별로는): the item is the metric; a place, no subject"))
d.Q("18개", 18, "개", "개", C, f=("읍면", "18개 읍면", "", "2025", "level", "required", "count of the county's towns and townships (open question 2)"))
d.Q("11곳", 11, "곳", "곳", C, f=("읍면", "읍면 가운데", "", "2025", "level"))
d.Q("2천명", 2000, "명", "명", C, bound="lt", note="밑돌았다 → lt (below)",
    f=("", None, "", "2025", "level", "required", "no noun names the measure (each township's population): empty metric"))
d.Q("500만원", 5000000, W, "원", "currency",
    f=("출산장려금", "출산장려금을 올해", G, "2025", "level", "required", "the previous level: 지난해 in its own clause"))
d.Q("첫째", 1, "째", "째", "ordinal", ctx="첫째 아이", st="optional", note="birth-order word: optional ordinal")
d.Q("1천만원", 10000000, W, "원", "currency", ctx="올해부터 1천만원", f=("출산장려금", "출산장려금을 올해", G, "2026", "level"))
d.Q("셋째", 3, "째", "째", "ordinal", st="optional", bound="min", note="birth-order word with 이상: optional ordinal")
d.Q("2천만원", 20000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("출산장려금", "출산장려금을 올해", G, "2026", "level", "required", "subject dropped, carried"))
d.Q("38억원", 3800000000, W, "원", "currency", f=("예산", "관련 예산", G, "2026", "level", "required", "the program's budget this year"))
d.Q("52%", 52, "%", "%", P, f=("예산", "관련 예산", G, "2026", "change", "required", "지난해보다 = basis"))
d.Q("12억원", 1200000000, W, "원", "currency", f=("도비", None, "경상북도", "2026", "level"))
d.Q("30만원", 300000, W, "원", "currency", note="월 (rate word) before and 씩 after stay outside",
    f=("주거비", None, G, "2026-02", "level", "required", "군 → the county; the sentence's 다음 달 초"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년간", bound="max", note="최장 → max (like 최대); 간 outside; no fact")
d.Q("200명", 200, "명", "명", C, bound="min", note="이상 → min",
    f=("출생아", "올해 출생아", "", "2026", "level", "optional", "a county official's birth target: the county's figure or the place's (open question 1)"))

# ---------------------------------------------------------------- 005 used-car platform: October transactions (press release, year in the lead)
d = Doc("005_186df3752ea4d71e", "2025-11-05"); docs.append(d)
K = "모카마켓"; KM = "모카모빌리티"
d.Oall(K, K, special={0: ("required", "headline topic: the platform (a business run as a platform)")})
d.O(KM, KM, aliases="모카", note="invented operator of the platform; short name defined with 이하")
d.O("모카", KM, ctx="이하 모카)", st="optional", note="short name where it is defined with 이하: optional")
d.O("모카", KM, ctx="한지석 모카 대표", note="later use of the short name: required; before a head's title")
d.O("카이즈유데이터연구소", "카이즈유데이터연구소", note="research institute cited as the source of a market figure")
d.O("롯데렌탈", "롯데렌탈", note="customer (렌터카 업체)")
O10 = "2025-10"; A10 = "2025-10-01"
d.D("10월", O10, "month", ctx="10월 중고차", rel=True, note="headline: the latest October on or before the document date")
d.D("2025년 11월 5일", "2025-11-05", "day", note="the release's dateline")
d.D("10월", O10, "month", ctx="10월 한 달", rel=True)
d.D("5일", "2025-11-05", "day", ctx="5일 밝혔다", rel=True, note="day of the announcement: not a period")
d.D("전년 같은 달", "2024-10", "month", rel=True, st="optional", anchor=A10, note="points back to 10월")
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True, note="올해 before a range of months: one mention")
d.D("10월", O10, "month", ctx="10월 거래를", rel=True)
d.D("같은 기간", O10, "month", rel=True, st="optional", anchor=A10, note="points back to 10월")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="까지 outside")
d.D("올해", "2025", "year", ctx="올해 연간", rel=True)
d.D("12월 초", "2025-12", "month", mod="START", rel=True, note="future (출시할): the next December")
d.D("내년", "2026", "year", ctx="내년 재구매율", rel=True)
d.Q("2만대", 20000, "대", "대", C, ctx="거래 2만대", bound="gt", note="돌파 → gt",
    f=("거래", "거래 2만대", K, O10, "level", "required", "headline; the platform whose transactions they are"))
d.Q("한 달", 1, "month", "달", "duration", note="한 달간: 간 outside; no fact")
d.Q("2만1천340대", 21340, "대", "대", C,
    f=("플랫폼 거래량", None, K, O10, "level", "required", "the platform's figure, though its operator announces it (convention 11)"))
d.Q("1만6천280대", 16280, "대", "대", C,
    f=("플랫폼 거래량", None, K, "2024-10", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("31.1%", 31.1, "%", "%", P, f=("플랫폼 거래량", None, K, O10, "change", "required", "이는 … 수치다: the October volume"))
d.Q("17만8천여대", 178000, "대", "대", C, approx=True, note="여 inside the span → approx",
    f=("거래량", "누적 거래량은", K, "2025-01/2025-10", "level", "required", "누적 qualifies the period only"))
d.Q("3조2천억원", 3200000000000, W, "원", "currency", approx=True, f=("거래액", "누적 거래액은", K, "2025-01/2025-10", "level"))
d.Q("1만5천900대", 15900, "대", "대", C, f=("국산차", None, K, O10, "level", "required", "breakdown (차종별로 보면): the item is the metric (convention 3)"))
d.Q("74.5%", 74.5, "%", "%", P, f=("국산차", None, K, O10, "level", "required", "전체의 N%를 차지했고: the share of the part named before it (convention 5)"))
d.Q("5천440대", 5440, "대", "대", C, f=("수입차", None, K, O10, "level", "required", "breakdown item"))
d.Q("1천520만원", 15200000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("평균 거래 가격", None, K, O10, "level", "required", "subject and period carried"))
d.Q("21만대", 210000, "대", "대", C, approx=True,
    f=("국내 중고차 실거래 대수", None, "", O10, "level", "required", "a market total from a cited source: no subject; 같은 기간 → 10월"))
d.Q("10%", 10, "%", "%", P, ctx="10%를", bound="gt", note="넘었다 → gt", f=("비중", "비중은 10%", K, O10, "level"))
d.Q("3천대", 3000, "대", "대", C,
    f=("매각 차량", None, "롯데렌탈", "2026-H1", "level", "required", "the customer's own disposal: its figure; 내년 상반기까지 (convention 11)"))
d.Q("20만대", 200000, "대", "대", C, bound="gt", note="돌파 → gt",
    f=("거래량", "연간 거래량", K, "2025", "level", "required", "연간 outside; the platform's volume, in its operator's head's quote"))
d.Q("15%", 15, "%", "%", P, bound="min", note="이상 → min",
    f=("재구매율", None, K, "2026", "level", "required", "a usage rate of the platform (convention 11); 내년 in its own clause"))

# ---------------------------------------------------------------- 006 ship-engine maker: order backlog (뉴시스 dateline, year in the lead)
d = Doc("006_65e2ef35606d43d1", "2025-09-25"); docs.append(d)
E = "동진마린엔진"
d.Oall(E, E, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 창원 (place) outside")
d.O("HD현대중공업", "HD현대중공업", note="customer (로부터), 각각")
d.O("한화오션", "한화오션", note="customer (로부터), 각각")
d.O("클락슨리서치", "클락슨리서치", note="analysis firm cited as the source; 영국 (place) outside")
d.O("동진정밀", "동진정밀", note="invented subsidiary (부품 자회사)")
d.O("창원시", "창원시", note="city acting as a government (보조금을 지원한다)")
R = "2025-01/2025-08"
d.D("8월 말", "2025-08", "month", mod="END", ctx="8월 말 수주잔고", rel=True, note="headline")
d.D("2028년", "2028", "year", ctx="2028년 물량", note="headline quote: the delivery horizon")
d.D("2025년 8월 말", "2025-08", "month", mod="END", note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("25일", "2025-09-25", "day", rel=True, note="day of the announcement: not a period")
d.D("올해 1~8월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("올해", "2025", "year", ctx="올해 목표", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("내년 말", "2026", "year", mod="END", rel=True, note="future; 까지 outside")
d.D("2028년 상반기", "2028-H1", "half")
d.D("내년", "2026", "year", ctx="내년 매출", rel=True)
d.Q("4조원", 4000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("수주잔고", "수주잔고 4조원", E, "2025-08", "level", "required", "headline: its own 8월 말"))
d.Q("4조1천200억원", 4120000000000, W, "원", "currency", f=("수주잔고", "수주잔고가", E, "2025-08", "level", "required", "8월 말 기준 → 2025-08 (END)"))
d.Q("3조3천억원", 3300000000000, W, "원", "currency",
    f=("수주잔고", "수주잔고가", E, "2024", "level", "required", "basis figure in brackets after 지난해 말: that date's value (convention 4)"))
d.Q("24.8%", 24.8, "%", "%", P, f=("수주잔고", "수주잔고가", E, "2025-08", "change", "required", "subject dropped, carried"))
d.Q("1조6천700억원", 1670000000000, W, "원", "currency",
    f=("신규 수주액", None, E, R, "level", "required", "회사 (a generic word) → the company; 신규 changes what is measured"))
d.Q("2조원", 2000000000000, W, "원", "currency", f=("목표", "목표(2조원)", E, "2025", "level", "required", "a figure in brackets after a noun with a date measures that noun"))
d.Q("83%", 83, "%", "%", P,
    f=("신규 수주액", None, E, R, "level", "required", "목표의 83%를 채웠다: the share measures the clause's subject (convention 5)"))
d.Q("62%", 62, "%", "%", P,
    f=("이중연료 엔진", None, E, R, "level", "required", "이 가운데 … 차지했다: the part named before it (convention 3, 5)"))
d.Q("5천400억원", 540000000000, W, "원", "currency",
    f=("수주", "수주했다", E, R, "level", "required", "verbal noun; the customers (로부터) are counterparties; period carried"))
d.Q("3천100억원", 310000000000, W, "원", "currency", approx=True, note="원어치: a suffix after the unit (like 달러치) stays outside and sets approx",
    f=("수주", "수주했다", E, R, "level", "required", "각각, second"))
d.Q("2천150만CGT", 21500000, "CGT", "CGT", M,
    f=("전 세계 선박 발주량", None, "", "2025-H1", "level", "required", "a world total from a cited source: no subject; CGT kept as written (no SI symbol)"))
d.Q("40%", 40, "%", "%", P, approx=True, f=("전 세계 선박 발주량", None, "", "2025-H1", "change", "required", "전년 동기 대비 = basis"))
d.Q("380억원", 38000000000, W, "원", "currency", f=("투자", "투자해", "동진정밀", "2026", "level", "required", "verbal noun; 내년 말 (END of 2026)"))
d.Q("45억원", 4500000000, W, "원", "currency",
    f=("보조금", None, "창원시", "2026", "level", "required", "the city's subsidy; the sentence's 내년 말"))
d.Q("1조5천억원", 1500000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("매출", "내년 매출", E, "2026", "level", "required", "a head's quote speaks for the company"))

if __name__ == "__main__":
    write_all(docs)
