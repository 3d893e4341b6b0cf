"""Gold labels of articles-holdout90, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout90/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 home-appliance maker: Q4 results, overseas share (연합뉴스 dateline)
d = Doc("001_e839682fa2aa5510", "2026-01-29"); docs.append(d)
S = "한결전자"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("베스트바이", "베스트바이", note="the customer (미국 유통업체); 미국 is a place, not in the span")
d.O("한결에어솔루션", "한결에어솔루션", note="invented subsidiary introduced by 에어컨 자회사")
d.O("한국전자정보통신산업진흥회", "한국전자정보통신산업진흥회", note="industry association cited as the source (에 따르면)")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="전자, 4분기", rel=True, note="headline quarter without a year: the latest Q4 on or before the document date")
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기보다 9.4%", rel=True, st="optional", anchor="2025-10-01", note="points back to the lead's quarter")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기(4.1%)", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("지난해 10월", "2025-10", "month", rel=True, note="지난해 before a month: one mention")
d.D("4분기", Q4, "quarter", ctx="4분기에 한꺼번에", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 7.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to the full year of the results (연간)")
d.D("지난해", "2025", "year", ctx="지난해 국내 가전", rel=True)
d.D("전년", "2024", "year", ctx="전년과 비슷", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", rel=True, note="future clause in a quote: the document's year")
d.Q("412억", 41200000000, W, "", "currency", ctx="영업이익 412억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "4분기 영업이익 412억", S, Q4, "level"))
d.Q("61%", 61, "%", "%", P, ctx="비중 61%", f=("해외 매출 비중", "해외 매출 비중 61%", S, Q4, "level", "required", "headline topic; the headline's own 4분기"))
d.Q("8,635억 원", 863500000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q4, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("9.4%", 9.4, "%", "%", P, f=("매출", "기준 매출이", S, Q4, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익은 412억", S, Q4, "level", "required", "같은 기간 → 2025년 4분기; subject dropped, carried"))
d.Q("27.8%", 27.8, "%", "%", P, f=("영업이익", "영업이익은 412억", S, Q4, "change"))
d.Q("4.8%", 4.8, "%", "%", P, f=("영업이익률", "영업이익률은 4.8%", S, Q4, "level"))
d.Q("4.1%", 4.1, "%", "%", P, f=("영업이익률", "영업이익률은 4.8%", S, "2024-Q4", "level", "required",
    "a basis figure in brackets after 전년 동기: the level of the compared quarter (convention 4)"))
d.Q("0.7%포인트", 0.7, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 4.8%", S, Q4, "change"))
d.Q("5,267억 원", 526700000000, W, "원", "currency", f=("해외 매출", "해외 매출은 5,267억", S, Q4, "level", "required", "no date in the sentence: the story's quarter carried"))
d.Q("61%", 61, "%", "%", P, ctx="전체의 61%", f=("해외 매출", "해외 매출은 5,267억", S, Q4, "level", "required",
    "전체의 N%를 차지: the share measures the clause's subject (convention 5)"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("해외 매출", "해외 매출은 5,267억", S, Q4, "level", "required",
    "breakdown item (지역별로는): a region is no measure and no ORG; the breakdown's measure is the metric (convention 3)"))
d.Q("1,380억 원", 138000000000, W, "원", "currency", f=("해외 매출", "해외 매출은 5,267억", S, Q4, "level", "required", "breakdown item"))
d.Q("900억 원", 90000000000, W, "원", "currency", approx=True, f=("해외 매출", "해외 매출은 5,267억", S, Q4, "level", "required", "breakdown item; 안팎 → approx"))
d.Q("12만 대", 120000, "대", "대", C, f=("식기세척기", "식기세척기 12만", "베스트바이", "2025-10", "level", "optional",
    "open question 1: the customer's order (베스트바이가 … 발주한) or the maker's delivery (4분기에 … 인도된)"))
d.Q("3조 2,410억 원", 3241000000000, W, "원", "currency", f=("매출", "매출 3조", S, "2025", "level", "required",
    "연간으로는: the full year of the lead's 2025년 4분기 (convention 2)"))
d.Q("1,506억 원", 150600000000, W, "원", "currency", f=("영업이익", "영업이익 1,506억", S, "2025", "level", "required", "연간 (convention 2)"))
d.Q("7.2%", 7.2, "%", "%", P, f=("매출", "매출 3조", S, "2025", "change", "required", "각각: the first of the pair goes with 매출"))
d.Q("15.3%", 15.3, "%", "%", P, f=("영업이익", "영업이익 1,506억", S, "2025", "change", "required", "각각: the second goes with 영업이익"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("매출", "솔루션의 매출은", "한결에어솔루션", Q4, "level", "optional",
    "open question 2: the subsidiary's quarter (the story's 4분기) or the year just named (연간)"))
d.Q("3%", 3, "%", "%", P, ctx="3%가량", approx=True, f=("매출", "솔루션의 매출은", "한결에어솔루션", Q4, "change", "optional", "open question 2; 가량 → approx"))
d.Q("38조 원", 38000000000000, W, "원", "currency", approx=True, f=("국내 가전 생산액", None, "", "2025", "level", "required",
    "an industry figure; the cited association is its source, not its subject"))
d.Q("65%", 65, "%", "%", P, bound="min", f=("해외 매출 비중", "해외 매출 비중을 65%", S, "2026", "level", "required", "the head speaks for the company; 이상 → min"))
d.Q("80만 대", 800000, "대", "대", C, f=("생산능력", None, S, "2026", "level", "required", "연 before the number is a rate word, not labelled; 올해 governs both clauses"))

# ---------------------------------------------------------------- 002 P2P lending platform: loan balance, default rate (머니투데이 bracket byline, no year)
d = Doc("002_8bdb3789468b614b", "2026-03-10"); docs.append(d)
S = "모아펀딩"
d.Oall(S, S, skip=(1,), special={0: ("required", "headline topic before a comma")})
d.O(S, S, ctx="모아펀딩(이하", aliases="모아", note="the 이하 short name recorded in aliases")
d.Oall("모아", S, skip=(0, 1), special={2: ("optional", "short name defined with 이하: optional where it is defined"),
                                       3: ("required", "later use of the 이하 short name"), 5: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("한국온라인투자연계금융협회", "한국온라인투자연계금융협회", note="association cited as the source")
d.O("피플펀드", "피플펀드", note="rival (경쟁사)")
d.O("8퍼센트", "8퍼센트", note="rival; a company name with digits, no quantity")
FEB = "2026-02"
d.D("10일", "2026-03-10", "day", rel=True, note="day of the report (업계에 따르면)")
d.D("지난달 말", FEB, "month", ctx="지난달 말 기준 2,046억", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("1년 전", "2025", "year", rel=True, note="an amount of time + 전: an offset from the document date (year granularity, as 10년 전)")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("지난달 말", FEB, "month", ctx="지난달 말 업계", mod="END", rel=True)
d.D("1분기", "2026-Q1", "quarter", rel=True, note="future clause (계획): the document's own Q1 counts as the next one")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause in a quote")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause: this year's end")
d.Q("2천억", 200000000000, W, "", "currency", ctx="대출잔액 2천억", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("대출잔액", "대출잔액 2천억", S, FEB, "level"))
d.Q("6%", 6, "%", "%", P, ctx="6%대", approx=True, f=("연체율", "연체율은 6%", S, FEB, "level", "optional",
    "suffix 대 outside the span → approx; open question 3: the headline has no date, the as-of date comes later"))
d.Q("2천억 원", 200000000000, W, "원", "currency", bound="gt", f=("대출잔액", "의 대출잔액이", S, FEB, "level", "optional",
    "넘어섰다 → gt; open question 3: no date before it, the as-of date (지난달 말) comes in the next sentence"))
d.Q("2,046억 원", 204600000000, W, "원", "currency", f=("대출잔액", "모아의 대출잔액", S, FEB, "level"))
d.Q("1,512억 원", 151200000000, W, "원", "currency", f=("대출잔액", "모아의 대출잔액", S, "2025", "level", "required",
    "a basis figure in brackets after a date (1년 전): that date's value (convention 4)"))
d.Q("35.3%", 35.3, "%", "%", P, f=("대출잔액", "모아의 대출잔액", S, FEB, "change"))
d.Q("1,238억 원", 123800000000, W, "원", "currency", f=("부동산 담보대출", None, S, FEB, "level", "required",
    "breakdown item named by a measure noun of its own (a kind of loan): it is the metric (convention 3)"))
d.Q("60.5%", 60.5, "%", "%", P, f=("부동산 담보대출", None, S, FEB, "level", "required", "share of the part named as the clause's subject (convention 5)"))
d.Q("520억 원", 52000000000, W, "원", "currency", approx=True, f=("개인신용대출", None, S, FEB, "level", "required", "breakdown item; 약 → approx"))
d.Q("6.8%", 6.8, "%", "%", P, f=("연체율", "연체율은 6.8%", S, FEB, "level", "required", "subject dropped, carried; the period last set for it"))
d.Q("5.1%", 5.1, "%", "%", P, f=("연체율", "연체율은 6.8%", S, "2025", "level", "required", "basis in brackets after 지난해 말 (convention 4)"))
d.Q("1.7%포인트", 1.7, "%p", "%포인트", P, f=("연체율", "연체율은 6.8%", S, FEB, "change"))
d.Q("30일", 30, "day", "일", "duration", bound="min", note="a duration inside a definition; 이상 → min; no fact")
d.Q("1조 1,800억 원", 1180000000000, W, "원", "currency", approx=True, f=("업계 전체 대출잔액", None, "", FEB, "level", "required",
    "an industry total: empty subject; the association is the source"))
d.Q("9.2%", 9.2, "%", "%", P, f=("평균 연체율", None, "", FEB, "level", "required", "industry average: empty subject"))
d.Q("48곳", 48, "곳", "곳", C, f=("등록 업체", None, "", FEB, "level", "required",
    "no subject: the source paragraph's as-of date carried (as FACTS' 470개 브랜드 takes its paragraph's year; convention 1)"))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="min", f=("대출잔액", "대출잔액이 1천억", "", FEB, "level", "required",
    "a threshold defining a group gets its own fact (FACTS' 1억 위안 이상의 매출); firms not named: empty subject"))
d.Q("5곳", 5, "곳", "곳", C, f=("곳", "인 곳은", "", FEB, "level", "required", "the counted noun is the bound noun 곳 (…이상인 곳)"))
d.Q("4.3%", 4.3, "%", "%", P, f=("연체율", "의 연체율은 각각", "피플펀드", FEB, "level", "optional",
    "각각: the first rival; open question 4: a new subject with no date of its own"))
d.Q("7.9%", 7.9, "%", "%", P, f=("연체율", "의 연체율은 각각", "8퍼센트", FEB, "level", "optional", "각각: the second rival; open question 4"))
d.Q("3개월", 3, "month", "개월", "duration", bound="min", note="definitional duration (3개월 이상 연체된); no fact")
d.Q("90억 원", 9000000000, W, "원", "currency", ctx="90억 원어치", approx=True, f=("채권", None, S, "2026-Q1", "level", "required",
    "suffix 어치 outside the span sets approx, as 달러치 in ANNOTATION; subject 모아 (모아는)"))
d.Q("5%", 5, "%", "%", P, ctx="5% 미만", bound="lt", f=("연체율", "연체율을 5%", S, "2026-H1", "level", "required", "미만 → lt; the head speaks for the company"))
d.Q("12만 명", 120000, "명", "명", C, f=("투자자 수", None, S, "2026", "level", "required", "연말까지 → 2026 (END)"))

# ---------------------------------------------------------------- 003 regional bus company: ridership after a fare rise (전북일보-style page, year only in the 입력 stamp)
d = Doc("003_193531b0302f6ac5", "2026-02-05"); docs.append(d)
S = "늘푸른여객"
d.Oall(S, S, special={4: ("required", "organization before 관계자")})
d.Oall("전주시", "전주시", special={0: ("required", "city cited as a source with the company"), 1: ("required", "city acting as a government (편성했다)")})
d.O("전북일보", "전북일보", note="outlet in the byline line")
d.O("한국교통안전공단", "한국교통안전공단", note="public agency cited as the source")
DEC = "2025-12"
d.D("2026.02.05", "2026-02-05", "day", note="the 입력 stamp: an explicit calendar date (convention 9); its clock time 14:20 not labelled")
d.D("지난해 12월 1일", "2025-12-01", "day", rel=True)
d.D("첫 달", DEC, "month", rel=True, st="optional", anchor="2025-12-01", note="points back (like 첫해): the first month after the rise")
d.D("12월", DEC, "month", ctx="달인 12월", rel=True, note="the latest December on or before the document date")
d.D("전달", "2025-11", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to the month before 12월")
d.D("지난달", "2026-01", "month", rel=True)
d.D("같은 기간", DEC, "month", rel=True, st="optional", anchor="2025-12-01", note="points back; 12월 (the contrast with the 4.6% fall) or 지난달: open question 5")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다 6억", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 전북", rel=True)
d.D("5년 전", "2021", "year", rel=True, note="an offset is counted from the document date (ANNOTATION), although the comparison is with 지난해")
d.D("3월", "2026-03", "month", rel=True, note="future clause (회복할 것으로 본다): the next March")
d.D("오는 4월", "2026-04", "month", rel=True)
d.Q("한 달", 1, "month", "달", "duration", note="한 달 새: an amount of time, no fact")
d.Q("4.6%", 4.6, "%", "%", P, ctx="새 4.6%", f=("승객", "전주 승객", "", DEC, "change", "optional",
    "open question 6: the headline names a place (전주 승객), the body gives the same fall as 늘푸른여객's; no DATE in the headline"))
d.Q("1,450원", 1450, W, "원", "currency", f=("시내버스 요금", "전주 시내버스 요금이", "", "2025-12-01", "level", "optional",
    "open question 7: the fare before the rise; the clause's only DATE is the day it ended"))
d.Q("1,700원", 1700, W, "원", "currency", f=("시내버스 요금", "전주 시내버스 요금이", "", "2025-12-01", "level", "required",
    "the fare from 지난해 12월 1일부터; no ORG in the sentence (전주 is a place): empty subject (convention 11)"))
d.Q("250원", 250, W, "원", "currency", f=("시내버스 요금", "전주 시내버스 요금이", "", "2025-12-01", "change"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 승객은", st="optional", note="rate word (하루 평균)")
d.Q("8만 3,200명", 83200, "명", "명", C, f=("하루 평균 승객", None, S, DEC, "level", "required", "하루 평균 changes what is measured: in the metric"))
d.Q("4.6%", 4.6, "%", "%", P, ctx="전달보다 4.6%", f=("하루 평균 승객", None, S, DEC, "change", "required", "전달보다 = basis"))
d.Q("8만 1천여 명", 81000, "명", "명", C, approx=True, f=("하루 평균 승객", None, S, "2026-01", "level", "required",
    "subject and metric dropped, carried; 여 inside the span → approx"))
d.Q("21억 4천만 원", 2140000000, W, "원", "currency", f=("요금 수입", None, S, DEC, "level", "optional", "open question 5: 같은 기간 = 12월 or 지난달"))
d.Q("11%", 11, "%", "%", P, ctx="11%가량", approx=True, f=("요금 수입", None, S, DEC, "change", "optional", "open question 5; 가량 → approx"))
d.Q("142대", 142, "대", "대", C, f=("시내버스", "시내버스 142대", S, DEC, "level", "optional",
    "open question 5: a present-tense standing figure; the period carried is the ambiguous 같은 기간"))
d.Q("38개", 38, "개", "개", C, f=("노선", None, S, DEC, "level", "optional", "open question 5"))
d.Q("37%", 37, "%", "%", P, approx=True, f=("전주 시내버스 승객", "전주 시내버스 승객의", S, DEC, "level", "optional",
    "open question 5; the company's share of the city's passengers"))
d.Q("487억 원", 48700000000, W, "원", "currency", f=("재정지원금", None, "전주시", "2026", "level", "required", "the city's budget"))
d.Q("132억 원", 13200000000, W, "원", "currency", f=("몫", None, "전주시", "2026", "level", "required",
    "an item of the city's budget (이 가운데); the company receiving it is a counterparty, no subject (convention 11)"))
d.Q("6억 원", 600000000, W, "원", "currency", f=("몫", None, "전주시", "2026", "change", "required", "지난해보다 = basis"))
d.Q("1억 2천만 명", 120000000, "명", "명", C, approx=True, f=("전북 시내버스 이용객", None, "", "2025", "level", "required",
    "a regional figure; the agency is its source: empty subject"))
d.Q("18%", 18, "%", "%", P, f=("전북 시내버스 이용객", None, "", "2025", "change", "required", "5년 전보다 = basis; period the current year"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 8만 5천", st="optional", note="rate word")
d.Q("8만 5천 명", 85000, "명", "명", C, f=("승객", "승객이 하루", S, "2026-03", "level", "required", "the spokesperson speaks for the company; 3월 개학 이후"))
d.Q("300원", 300, W, "원", "currency", f=("환승 할인 폭", None, "", "2026-04", "level", "optional", "open question 7: the discount before the change"))
d.Q("400원", 400, W, "원", "currency", f=("환승 할인 폭", None, "", "2026-04", "level", "required",
    "from 오는 4월부터; a fare-policy figure with no ORG in its sentence: empty subject (convention 11)"))

# ---------------------------------------------------------------- 004 cosmetics ODM: orders from a Chinese customer (뉴시스 dateline)
d = Doc("004_36dc56d16de937be", "2025-11-12"); docs.append(d)
S = "벨라코스"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "the company whose stake is held"), 4: ("required", "organization before a head's title (대표)")})
d.Oall("화윈그룹", "화윈그룹", special={0: ("required", "the customer; 서 (에서) outside the span"), 1: ("required", "the customer (로부터)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("벨라홀딩스", "벨라홀딩스", note="invented parent (모회사)")
d.O("관세청", "관세청", note="government body cited as the source")
d.O("코스맥스", "코스맥스", note="rival (업계 선두권)")
d.O("한국콜마", "한국콜마", note="rival; 중국 법인 (unnamed subsidiaries) not labelled")
Q3 = "2025-Q3"; JS = "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="화윈그룹서 3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기의 2.1배", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="벨라코스의 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 23.5%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="the quarter before, named explicitly: required")
d.D("3분기", Q3, "quarter", ctx="있으며, 3분기", rel=True)
d.D("올해 1~9월", JS, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 같은 기간", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("같은 기간", JS, "month", ctx="같은 기간 대미", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="콜마의 3분기", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention, as before a month")
d.Q("520억", 52000000000, W, "", "currency", ctx="520억 수주", st="optional", note="headline amount, currency implied",
    f=("수주", None, S, Q3, "level"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("주문", None, S, Q3, "level", "required",
    "규모 amount: the metric is the thing whose size it is (주문); orders received are the receiver's figure, the customer (로부터) no subject (convention 11)"))
d.Q("2.1배", 2.1, "배", "배", C, f=("주문", None, S, Q3, "change", "required", "a multiple of the compared period (전년 동기의 N배) is a change (convention 8)"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("주문", "주문을 받았다", S, Q3, "level", "required",
    "breakdown item: a product category is no measure, the breakdown's measure is the metric (convention 3)"))
d.Q("170억 원", 17000000000, W, "원", "currency", approx=True, f=("주문", "주문을 받았다", S, Q3, "level", "required", "breakdown item; 약 → approx"))
d.Q("1,065억 원", 106500000000, W, "원", "currency", f=("매출", "3분기 매출은 1,065억", S, Q3, "level"))
d.Q("23.5%", 23.5, "%", "%", P, f=("매출", "3분기 매출은 1,065억", S, Q3, "change"))
d.Q("118억 원", 11800000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level"))
d.Q("41%", 41, "%", "%", P, f=("영업이익", None, S, Q3, "change"))
d.Q("38%", 38, "%", "%", P, f=("중국 매출 비중", None, S, Q3, "level", "required", "modifier 중국 changes what is measured: in the metric"))
d.Q("31%", 31, "%", "%", P, f=("중국 매출 비중", None, S, "2025-Q2", "level", "required", "a basis in brackets after a date: that date's value (convention 4)"))
d.Q("7%포인트", 7, "%p", "%포인트", P, f=("중국 매출 비중", None, S, Q3, "change"))
d.Q("54.2%", 54.2, "%", "%", P, f=("지분", None, "벨라홀딩스", Q3, "level", "required",
    "a holder owns its stake; no date in its clause, the sentence's 3분기 (FACTS: clause, then sentence)"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("매출", "연결 매출은 1,480억", "벨라홀딩스", Q3, "level", "required", "subject carried from the first clause; 연결 outside"))
d.Q("19억 8천만 달러", 1980000000, U, "달러", "currency", f=("대중국 수출액", None, "", JS, "level", "required",
    "a national figure; the customs service is its source: empty subject"))
d.Q("8.7%", 8.7, "%", "%", P, f=("대중국 수출액", None, "", JS, "change"))
d.Q("17억 달러", 1700000000, U, "달러", "currency", bound="gt", f=("대미 수출액", None, "", JS, "level", "required", "넘어섰다 → gt; 같은 기간 → 올해 1~9월"))
d.Q("1,620억 원", 162000000000, W, "원", "currency", f=("중국 법인 매출", None, "코스맥스", Q3, "level", "required",
    "각각, first; the unnamed Chinese unit is no ORG: its parent is the subject, 중국 법인 stays in the metric"))
d.Q("890억 원", 89000000000, W, "원", "currency", approx=True, f=("중국 법인 매출", None, "한국콜마", Q3, "level", "required", "각각, second; 가량 → approx"))
d.Q("90억 위안", 9000000000, "CNY", "위안", "currency", approx=True, f=("화장품 매출", None, "화윈그룹", "", "level", "required",
    "the customer's own figure; 연간 with no year and no period set for this subject: empty period"))
d.Q("1조 7,800억 원", 1780000000000, W, "원", "currency", approx=True, eq=("90억 위안",), f=("화장품 매출", None, "화윈그룹", "", "level", "required", "conversion: same slots"))
d.Q("3억 개", 300000000, "개", "개", C, f=("생산능력", None, S, "2026-H1", "level", "required", "연 is a rate word; 평택 2공장 is a name with a digit, not labelled"))

# ---------------------------------------------------------------- 005 metropolitan city's youth-job subsidy budget (press release, year in the lead)
d = Doc("005_4f849ff943d89b87", "2026-01-20"); docs.append(d)
S = "대구광역시"
d.O(S, S, aliases="대구시", note="full name; the 이하 short name recorded in aliases")
d.Oall("대구시", S, skip=(3,), special={0: ("required", "short form of the city in the headline, canonical the full name"),
                                      1: ("optional", "short name defined with 이하: optional where it is defined"),
                                      2: ("required", "organization before a title (경제국장)")})
d.O("대구시 청년정책과", "대구광역시 청년정책과", st="optional", note="open question 8: one mention (the city's division) or the city plus a division")
d.O("고용노동부", "고용노동부", note="government ministry")
d.O("대구일자리재단", "대구일자리재단", note="invented agency running the program")
d.O("통계청", "통계청", note="statistics office cited as the source; 지역별고용조사 is a survey, no ORG")
Y = "2026"
d.D("올해", Y, "year", rel=True, note="headline")
d.D("2026년", Y, "year")
d.D("지난해", "2025", "year", ctx="지난해(1,148", rel=True)
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해보다 약", rel=True)
d.D("지난해 하반기", "2025-H2", "half", rel=True, note="as of (기준)")
d.D("지난해", "2025", "year", ctx="지난해 사업에", rel=True)
d.D("2월", "2026-02", "month", rel=True, note="future clause (신청을 받아 … 지급하고 … 집행하겠다): the next February")
d.D("3월", "2026-03", "month", rel=True, note="future clause")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause")
d.Q("1,362억 원", 136200000000, W, "원", "currency", ctx="예산 1,362억 원", f=("청년일자리 예산", None, S, Y, "level", "required",
    "headline figure with its currency; the headline's own 올해 and organization"))
d.Q("2만 8천 명", 28000, "명", "명", C, ctx="대상 2만 8천 명으로 확대", f=("지원 대상", "- 지원 대상", S, Y, "level", "required",
    "sub-headline continues the headline: subject and period carried"))
d.Q("80만 원", 800000, W, "원", "currency", ctx="장려금 월 최대 80만 원", bound="max", f=("채용장려금", "채용장려금 월", S, Y, "level", "required",
    "최대 → max; 월 is a rate word, not labelled"))
d.Q("1,148억 원", 114800000000, W, "원", "currency", f=("투입", None, S, "2025", "level", "required",
    "basis in brackets after 지난해 (convention 4); no noun names the measure: the verbal noun 투입 (FACTS)"))
d.Q("18.6%", 18.6, "%", "%", P, f=("투입", None, S, Y, "change"))
d.Q("1,362억 원", 136200000000, W, "원", "currency", ctx="늘어난 1,362억 원", f=("투입", None, S, Y, "level", "required", "2026년 … 사업에 … 투입한다"))
d.Q("2만 8천 명", 28000, "명", "명", C, ctx="대상은 2만 8천 명", f=("지원 대상", "지원 대상은", S, Y, "level"))
d.Q("4천 명", 4000, "명", "명", C, approx=True, f=("지원 대상", "지원 대상은", S, Y, "change", "required", "지난해보다 = basis; 약 → approx"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("채용장려금", "청년 채용장려금이", S, Y, "level", "required",
    "breakdown item (사업별로는) named by a budget item of its own: it is the metric (convention 3)"))
d.Q("285억 원", 28500000000, W, "원", "currency", f=("청년 월세 지원", None, S, Y, "level", "required", "breakdown item"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("구직활동 수당", None, S, Y, "level", "required", "breakdown item"))
d.Q("18~34세", 18, "세", "세", C, hi=34, f=("", None, "", "", "level", "optional",
    "definitional range (만 18~34세 청년): part of what is described, no fact (FACTS); row kept optional only because the framework wants one"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당)")
d.Q("80만 원", 800000, W, "원", "currency", ctx="1인당 월 최대 80만 원", bound="max", f=("채용장려금", "채용장려금은 만", S, Y, "level", "required", "최대 → max"))
d.Q("12개월", 12, "month", "개월", "duration", bound="max", note="최장 … 12개월간: a duration, 최장 → max (like 최대); no fact")
d.Q("486억 원", 48600000000, W, "원", "currency", f=("국비", None, S, Y, "level", "optional",
    "open question 9: a part of the city's budget (예산 가운데) or the ministry's grant (고용노동부 지원분)"))
d.Q("41.3%", 41.3, "%", "%", P, f=("대구 청년 고용률", None, "", "2025-H2", "level", "required",
    "대구 is a place here (no 시): a regional statistic, empty subject; 통계청 is its source"))
d.Q("45.8%", 45.8, "%", "%", P, f=("전국 평균", None, "", "2025-H2", "level", "required", "the national average in brackets: same period"))
d.Q("4.5%포인트", 4.5, "%p", "%포인트", P, f=("대구 청년 고용률", None, "", "2025-H2", "change", "required", "a difference (낮았다): change"))
d.Q("1,920곳", 1920, "곳", "곳", C, f=("기업", "참여한 기업", "", "2025", "level", "optional",
    "open question 10: whose count (the city's program or the firms, not named) is unclear, as FACTS' 470개 브랜드"))
d.Q("62%", 62, "%", "%", P, approx=True, f=("기업", "참여한 기업", "", "2025", "level", "required",
    "a share of the participating firms (not named): empty subject; 약 → approx"))
d.Q("1년", 1, "year", "년", "duration", bound="min", note="1년 이상 고용했다: a duration, 이상 → min; no fact")
d.Q("60%", 60, "%", "%", P, bound="min", f=("예산", "예산의 60%", S, "2026-H1", "level", "required", "the official speaks for the city; 이상 → min"))

# ---------------------------------------------------------------- 006 solar-panel maker: shipments and module prices (뉴스1 dateline)
d = Doc("006_7b2bd91386d5489f", "2025-08-14"); docs.append(d)
S = "해온솔라"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic before a comma"), 4: ("required", "organization before a head's title (대표)")})
d.O("해온솔라아메리카", "해온솔라아메리카", note="invented subsidiary (미국 자회사); 미국 is a place, outside the span")
d.O("뉴스1", "뉴스1", note="news agency in the dateline; a name with a digit, no quantity")
d.O("인포링크", "인포링크", note="market-research firm cited as the source")
d.O("룽지", "룽지", aliases="LONGi", note="the parenthesized alias is not in the span")
d.O("진코솔라", "진코솔라")
d.O("트리나솔라", "트리나솔라")
d.O("JA솔라", "JA솔라")
d.O("한화큐셀", "한화큐셀", note="domestic rival")
d.O("한국에너지공단", "한국에너지공단", note="public agency cited in brackets as the source")
H1 = "2025-H1"; FOUR = "룽지;진코솔라;트리나솔라;JA솔라"
d.D("상반기", H1, "half", ctx="해온솔라, 상반기", rel=True, note="headline half without a year: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("상반기", H1, "half", ctx="상반기 매출은", rel=True)
d.D("지난 6월 말", "2025-06", "month", mod="END", rel=True)
d.D("연초", "2025", "year", mod="START", rel=True, note="part of a period: this year's start")
d.D("올해 상반기", H1, "half", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause in a quote")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause in a quote")
d.Q("2.1GW", "2.1", "GW", "GW", M, ctx="출하량 2.1GW…", f=("모듈 출하량", "상반기 모듈 출하량 2.1GW", S, H1, "level", "required", "headline figure with its unit; the headline's own 상반기"))
d.Q("2.1GW", "2.1", "GW", "GW", M, ctx="출하량이 2.1GW", f=("모듈 출하량", "모듈 출하량이", S, H1, "level"))
d.Q("1.6GW", "1.6", "GW", "GW", M, f=("모듈 출하량", "모듈 출하량이", S, "2024-H1", "level", "required", "basis in brackets after 전년 동기 (convention 4)"))
d.Q("31%", 31, "%", "%", P, f=("모듈 출하량", "모듈 출하량이", S, H1, "change"))
d.Q("1.3GW", "1.3", "GW", "GW", M, f=("조지아 공장 출하분", None, "해온솔라아메리카", H1, "level", "required",
    "A의 출하분: the subsidiary's plant; 이 가운데 makes it a part of the lead's half"))
d.Q("62%", 62, "%", "%", P, f=("조지아 공장 출하분", None, "해온솔라아메리카", H1, "level", "required", "share of the part named as the clause's subject (convention 5)"))
d.Q("6,420억 원", 642000000000, W, "원", "currency", f=("매출", "상반기 매출은", S, H1, "level", "required",
    "the story's company: the subsidiary was only a genitive inside the previous sentence"))
d.Q("4.2%", 4.2, "%", "%", P, f=("매출", "상반기 매출은", S, H1, "change"))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("영업손실", "영업손실은", S, H1, "level"))
d.Q("0.087달러", "0.087", U, "달러", "currency", f=("중국산 TOPCon 모듈 가격", None, "", "2025-06", "level", "required",
    "a market price, its source cited: empty subject; 와트(W)당 is a rate word without a number, not labelled"))
d.Q("0.105달러", "0.105", U, "달러", "currency", f=("중국산 TOPCon 모듈 가격", None, "", "2025", "level", "required", "basis in brackets after 연초: that DATE's value (convention 4)"))
d.Q("17%", 17, "%", "%", P, ctx="17%가량", approx=True, f=("중국산 TOPCon 모듈 가격", None, "", "2025-06", "change", "required", "가량 → approx"))
d.Q("310GW", 310, "GW", "GW", M, approx=True, f=("세계 모듈 출하량", None, "", H1, "level", "required", "a world market figure: empty subject"))
d.Q("4개", 4, "개", "개", C, f=("업체", None, FOUR, H1, "level", "optional",
    "open question 11: a count defining the group it names (상위 4개 업체인 …): its own fact or part of the description"))
d.Q("55%", 55, "%", "%", P, approx=True, f=("세계 모듈 출하량", None, FOUR, H1, "level", "required",
    "이 가운데 … 차지: a share of the world total; a group named in full has all of them as subject (FACTS); 안팎 → approx"))
d.Q("41%", 41, "%", "%", P, f=("시장 점유율", None, "한화큐셀", H1, "level", "optional",
    "각각, first; open question 4: a rival, a new subject with no date of its own"))
d.Q("17%", 17, "%", "%", P, ctx="41%, 17%", f=("시장 점유율", None, S, H1, "level", "required",
    "각각, second; the period last set for the same subject carries (FACTS)"))
d.Q("1.5GW", "1.5", "GW", "GW", M, bound="min", f=("출하량", "출하량을 1.5GW", S, "2025-H2", "level", "required", "이상 → min; the head speaks for the company"))

if __name__ == "__main__":
    write_all(docs)
