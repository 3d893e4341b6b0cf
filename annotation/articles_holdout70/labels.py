"""Gold labels of articles-holdout70, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout70/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 automaker: October domestic and export sales (연합뉴스 dateline)
d = Doc("001_f2f19df73e3c7f02", "2025-11-03"); docs.append(d)
S = "한누리자동차"; EM = "한누리이모빌리티"; M10 = "2025-10"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) not labelled")
d.O(EM, EM, aliases="한누리EM", note="invented subsidiary (전기차 자회사); the 이하 short name is an alias")
d.O("한누리EM", EM, ctx="(이하 한누리EM)", st="optional", note="short name where it is defined with 이하")
d.O("한누리EM", EM, ctx="한누리EM은 지난", note="later use of the 이하 short name")
d.O("현대자동차", "현대자동차", note="rival (경쟁사)")
d.O("기아", "기아", note="rival (경쟁사)")
d.O("한국자동차모빌리티산업협회", "한국자동차모빌리티산업협회", note="industry association cited as source")
d.D("10월", M10, "month", ctx="10월 수출", rel=True, note="headline month without a year: latest October on or before the document date")
d.D("2025년 10월", M10, "month")
d.D("3일", "2025-11-03", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 10월")
d.D("지난해 10월", "2024-10", "month", rel=True, note="지난해 before a month: one mention")
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday (optional); 추석 2025 fell on 6 October")
d.D("같은 기간", M10, "month", rel=True, st="optional", anchor="2025-10-01", note="points back to the period named (10월)")
d.D("전월", "2025-09", "month", rel=True, st="optional", anchor="2025-10-01", note="points back: the month before the period named")
d.D("같은 달", M10, "month", rel=True, st="optional", anchor="2025-10-01", note="points back to 10월")
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("내년 초", "2026", "year", mod="START", rel=True, note="내년 + part of a period: one mention")
d.D("10월", M10, "month", ctx="기아는 10월", rel=True)
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True, note="올해 before a month range: one mention")
d.D("올해", "2025", "year", ctx="올해 연간", rel=True)
d.Q("2만대", 20000, "대", "대", C, ctx="2만대 돌파", bound="gt", note="돌파 → gt",
    f=("수출", "10월 수출", S, M10, "level", "required", "headline: its own organization and month"))
d.Q("11%", 11, "%", "%", P, f=("내수", "내수는 11%", S, M10, "change", "required", "줄어: a change; value as written"))
d.Q("3만1천420대", 31420, "대", "대", C, f=("판매", "판매했다고", S, M10, "level", "required", "verbal noun 판매(했다) as the metric"))
d.Q("6.2%", 6.2, "%", "%", P, f=("판매", "판매했다고", S, M10, "change", "required", "수치 = the sales just named; 전년 동기 is the basis"))
d.Q("1만1천205대", 11205, "대", "대", C, f=("국내 판매", None, S, M10, "level"))
d.Q("1만2천590대", 12590, "대", "대", C, f=("국내 판매", None, S, "2024-10", "level", "required", "basis figure in brackets after its own DATE 지난해 10월"))
d.Q("11.0%", "11.0", "%", "%", P, f=("국내 판매", None, S, M10, "change", "required", "value kept as written (11.0)"))
d.Q("이틀", 2, "day", "이틀", "duration", note="an amount of time (영업일이 이틀 줄어든): duration, no fact")
d.Q("2만215대", 20215, "대", "대", C, f=("수출", "수출은 2만215대", S, M10, "level"))
d.Q("18.9%", 18.9, "%", "%", P, f=("수출", "수출은 2만215대", S, M10, "change"))
d.Q("2만대", 20000, "대", "대", C, ctx="2만대를 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("수출", "수출은 2만215대", S, M10, "level", "required", "a threshold passed: the level of the same metric"))
d.Q("4천870대", 4870, "대", "대", C, f=("내수", "내수의 43%", "", M10, "level", "required",
    "the product '테라온' is the grammatical subject: FACTS gives a product's figure an empty subject (README convention 3)"))
d.Q("43%", 43, "%", "%", P, f=("내수", "내수의 43%", "", M10, "level", "required", "share of 내수 taken by the product: empty subject"))
d.Q("58%", 58, "%", "%", P, approx=True, note="약 → approx", f=("북미 비중", None, S, M10, "level", "required", "북미 is a place, part of the metric"))
d.Q("3.4%포인트", 3.4, PP, "%포인트", P, f=("북미 비중", None, S, M10, "change", "required", "전월 is the basis"))
d.Q("1천130대", 1130, "대", "대", C, f=("판매", "1천130대를 판매했다", EM, M10, "level", "required", "같은 달 → 10월 (the value of the optional pointing-back DATE)"))
d.Q("5만대", 50000, "대", "대", C, f=("전용 공장", None, EM, "2025-09", "level", "required",
    "연 (rate word) outside; N 규모의 X → metric X; 지난 9월 is in the figure's own clause"))
d.Q("5만2천대", 52000, "대", "대", C, approx=True, note="안팎 written after the pair applies to both (각각)",
    f=("", None, "현대자동차", M10, "level", "required", "각각: first figure to the first company; 판 것 has no measure noun: metric empty"))
d.Q("4만4천대", 44000, "대", "대", C, approx=True, note="안팎 → approx",
    f=("", None, "기아", M10, "level", "required", "각각: second figure to the second company"))
d.Q("580억 달러", 58000000000, U, "달러", "currency",
    f=("국내 완성차 수출액", None, "", "2025-01/2025-10", "level", "required", "an industry total; the association is only the source"))
d.Q("36만대", 360000, "대", "대", C, f=("판매 목표", None, S, "2025", "level", "required", "연간 (period qualifier) outside the metric; the CEO speaks for the company"))

# ---------------------------------------------------------------- 002 bank holding company: Q3 results with its bank (뉴스1 dateline)
d = Doc("002_f45e4bc7057ee1a2", "2025-10-28"); docs.append(d)
S = "새봄금융지주"; B = "새봄은행"; Q3 = "2025-Q3"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before an executive's title (재무총괄)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; the digit belongs to the name")
d.O(B, B, note="invented bank subsidiary (핵심 계열사)")
d.O("금융감독원", "금융감독원", note="government body (supervisor)")
d.O("새봄카드", "새봄카드", note="invented non-bank affiliate")
d.O("새봄증권", "새봄증권", note="invented non-bank affiliate")
d.O("한국은행", "한국은행", note="central bank cited as the compiler of a market statistic")
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 6천억", rel=True, note="headline quarter without a year")
d.D("2025년 3분기", Q3, "quarter")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 2025년 3분기")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters without a year: one mention")
d.D("3분기", Q3, "quarter", ctx="새봄은행의 3분기", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (like 전분기): the quarter before the one named")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("8월 말", "2025-08", "month", mod="END", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 … 유지하겠다): this year's end")
d.Q("6천억", 600000000000, W, "", "currency", approx=True, st="optional", note="headline amount, currency implied (optional); 육박 read as approx",
    f=("순이익", "3분기 순이익 6천억", S, Q3, "level"))
d.Q("5천980억 원", 598000000000, W, "원", "currency", f=("당기순이익", None, S, Q3, "level", "required", "연결 기준 (basis modifier) outside the metric"))
d.Q("9.7%", 9.7, "%", "%", P, f=("당기순이익", None, S, Q3, "change", "required", "전년 동기 대비 = basis; period the current quarter"))
d.Q("1조7천340억 원", 1734000000000, W, "원", "currency",
    f=("순이익", "누적 순이익은", S, "2025-Q1/2025-Q3", "level", "required", "누적 qualifies the period: outside the metric"))
d.Q("4천510억 원", 451000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 4천510억", B, Q3, "level"))
d.Q("75%", 75, "%", "%", P, approx=True, note="가량 → approx",
    f=("순이익", "3분기 순이익은 4천510억", B, Q3, "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("1조2천60억 원", 1206000000000, W, "원", "currency", f=("이자이익", "이 가운데 이자이익", B, Q3, "level", "required", "dropped subject: the bank carried"))
d.Q("4.1%", 4.1, "%", "%", P, f=("이자이익", "이 가운데 이자이익", B, Q3, "change"))
d.Q("1.68%", 1.68, "%", "%", P, f=("순이자마진", None, B, Q3, "level", "required", "은행 = an anaphor of 새봄은행 (not labelled as ORG); the alias (NIM) outside the metric"))
d.Q("1.71%", 1.71, "%", "%", P, f=("순이자마진", None, B, "2025-Q2", "level", "required", "basis figure in brackets after a pointing-back date: that date's value"))
d.Q("0.03%포인트", 0.03, PP, "%포인트", P, f=("순이자마진", None, B, Q3, "change"))
d.Q("214조 원", 214000000000000, W, "원", "currency", f=("원화대출금", None, B, "2025-09", "level", "required", "the bank carried from the paragraph before; 9월 말 기준"))
d.Q("3.8%", 3.8, "%", "%", P, f=("원화대출금", None, B, "2025-09", "change", "required", "지난해 말 = basis"))
d.Q("118조 원", 118000000000000, W, "원", "currency", f=("기업대출", None, B, "2025-09", "level", "required", "breakdown item with a measure noun of its own"))
d.Q("96조 원", 96000000000000, W, "원", "currency", f=("가계대출", None, B, "2025-09", "level"))
d.Q("13.1%", 13.1, "%", "%", P, f=("보통주자본(CET1)비율", None, B, "2025-09", "level", "required",
    "no organization or date in the sentence: the bank and the as-of month carried (FACTS carry-forward)"))
d.Q("11.5%", 11.5, "%", "%", P, f=("권고치", None, "금융감독원", "", "level", "optional",
    "open question: the supervisor's standing recommended level — whose (supervisor, written) and which period (empty, written)"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("순이익", "470억 원의 순이익", "새봄카드", Q3, "level", "required", "각각; the story's quarter"))
d.Q("470억 원", 47000000000, W, "원", "currency", f=("순이익", "470억 원의 순이익", "새봄증권", Q3, "level"))
d.Q("2천580조 원", 2580000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("국내 은행권 원화대출 잔액", None, "", "2025-08", "level", "required", "a market total; 한국은행 is the compiler, no subject"))
d.Q("40%", 40, "%", "%", P, bound="min", note="이상 → min", f=("주주환원율", None, S, "2025", "level", "required", "target; 연말 → 2025"))

# ---------------------------------------------------------------- 003 game publisher: new title and Q4 revenue (머니투데이 bracket byline, no year anywhere)
d = Doc("003_6cdff4adfdd60f7a", "2026-02-11"); docs.append(d)
S = "라온게임즈"; P4 = "2025-Q4"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "the payer (로부터): an ORG mention, not a subject"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("라온플레이", "라온플레이", aliases="라온P", note="invented publishing subsidiary (자회사)")
d.O("라온P", "라온플레이", st="optional", note="short name where it is defined with 이하 (never used again)")
d.O("스튜디오하람", "스튜디오하람", note="invented developer (개발사)")
d.O("센서타워", "센서타워", note="market-research firm cited as source")
d.O("넷마블", "넷마블", note="rival")
d.O("엔씨소프트", "엔씨소프트", note="rival")
d.D("4분기", P4, "quarter", ctx="4분기 매출 1천억", rel=True, note="headline quarter without a year: the latest Q4 on or before the document date")
d.D("지난해 4분기", P4, "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 지난해 4분기")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the announcement")
d.D("11월 20일", "2025-11-20", "day", rel=True, note="past launch: the latest 20 November on or before the document date")
d.D("첫 주", "2025-11-20/2025-11-26", "week", rel=True, st="optional", anchor="2025-11-20",
    note="출시 첫 주 points back to the launch day (like 첫해): optional; the seven days from 11월 20일")
d.D("12월", "2025-12", "month", rel=True)
d.D("같은 기간", "2025-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to the period last named (12월)")
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", P4, "quarter", ctx="엔씨소프트의 4분기", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.Q("1천억", 100000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied (optional); 돌파 → gt",
    f=("매출", "4분기 매출 1천억", S, P4, "level"))
d.Q("1천142억 원", 114200000000, W, "원", "currency", f=("매출", "4분기 매출이", S, P4, "level"))
d.Q("64%", 64, "%", "%", P, f=("매출", "4분기 매출이", S, P4, "change"))
d.Q("218억 원", 21800000000, W, "원", "currency", f=("영업이익", None, S, P4, "level", "required", "dropped subject carried"))
d.Q("300만 건", 3000000, "건", "건", C, bound="gt", note="넘겼고 → gt",
    f=("다운로드", None, "", "2025-11-20/2025-11-26", "level", "optional",
       "open question: period from the optional pointing-back 출시 첫 주 (written) or the story quarter; the product's figure: empty subject"))
d.Q("한 달", 1, "month", "달", "duration", note="한 달 동안: duration, no fact")
d.Q("520억 원", 52000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("매출", "매출 약 520억", "", "2025-12", "level", "required", "the game (a product) is the carried subject: empty subject"))
d.Q("61%", 61, "%", "%", P, f=("국내 매출", None, "", "2025-12", "level", "required", "breakdown of the game's December revenue (지역별로는)"))
d.Q("27%", 27, "%", "%", P, f=("매출", "국내 매출이", "", "2025-12", "level", "required",
    "breakdown item naming only a part (일본과 대만, places): the breakdown's measure"))
d.Q("150억~180억 원", 15000000000, W, "원", "currency", hi=18000000000, note="a range: one mention",
    f=("마케팅비", None, "라온플레이", "2025-12", "level", "required", "같은 기간 → 12월"))
d.Q("40억 원", 4000000000, W, "원", "currency",
    f=("계약금", None, "스튜디오하람", "", "level", "optional",
       "open question: the recipient (sentence subject, written) or the payer 라온게임즈; undated (written) or the story quarter"))
d.Q("7조 원", 7000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("국내 모바일 게임 시장", None, "", "2025", "level", "required", "N 규모: the thing whose size it is; a market figure, no subject"))
d.Q("2%", 2, "%", "%", P, f=("국내 모바일 게임 시장", None, "", "2025", "change"))
d.Q("4천200억 원", 420000000000, W, "원", "currency", approx=True, note="가량 after the pair applies to both (각각)",
    f=("모바일 매출", None, "넷마블", P4, "level"))
d.Q("2천900억 원", 290000000000, W, "원", "currency", approx=True, note="가량 → approx", f=("모바일 매출", None, "엔씨소프트", P4, "level"))
d.Q("5천억 원", 500000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("연매출", None, S, "2026-H1", "level", "optional",
       "open question: an annual target in a clause dated by a launch half — the clause's DATE (written) or the year 2026 that no DATE names"))

# ---------------------------------------------------------------- 004 airline: H1 passenger traffic and fuel costs (뉴시스 dateline)
d = Doc("004_0d0235f953626462", "2025-08-14"); docs.append(d)
S = "하늘에어"; H = "하늘홀딩스"; H1 = "2025-H1"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(H, H, note="invented parent (모회사)")
d.O("보잉", "보잉", st="optional", note="maker's name only as the modifier inside a product name (보잉 737-8)")
d.O("한국공항공사", "한국공항공사", note="public corporation cited as source")
d.O("인천공항", "인천공항", st="optional", note="an airport: a site that may act as an institution (its operator is not named)")
d.D("상반기", H1, "half", ctx="상반기 여객 480만명", rel=True, note="headline half without a year")
d.D("2025년 상반기", H1, "half")
d.D("14일", "2025-08-14", "day", rel=True)
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("1년 전", "2024", "year", rel=True, note="an offset (amount + 전): the year one year before the document date")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to the half")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 … 예정): this year's end")
d.D("상반기", H1, "half", ctx="따르면 상반기", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (늘리겠다): the current year's second half")
d.Q("480만명", 4800000, "명", "명", C, f=("여객", "상반기 여객", S, H1, "level", "required", "headline: its own organization and half"))
d.Q("12%", 12, "%", "%", P, f=("유류비", "유류비는 12%", S, H1, "change"))
d.Q("481만2천 명", 4812000, "명", "명", C, f=("여객", "여객 481만2천", S, H1, "level"))
d.Q("432만 명", 4320000, "명", "명", C,
    f=("여객", "여객 481만2천", S, "2024-H1", "level", "required", "basis figure in brackets after a pointing-back date: that date's value"))
d.Q("11.4%", 11.4, "%", "%", P, f=("여객", "여객 481만2천", S, H1, "change", "required", "늘어난 규모: 규모 of the passengers just named"))
d.Q("326만 명", 3260000, "명", "명", C, f=("국제선 여객", None, S, H1, "level"))
d.Q("68%", 68, "%", "%", P, f=("국제선 여객", None, S, H1, "level", "required", "전체의 N%를 차지: the share of the part named as the clause's subject"))
d.Q("142만 명", 1420000, "명", "명", C, f=("국제선 여객", None, S, H1, "level", "required", "breakdown item naming only a part (a route): the breakdown's measure"))
d.Q("98만 명", 980000, "명", "명", C, f=("국제선 여객", None, S, H1, "level", "required", "breakdown item"))
d.Q("89.3%", 89.3, "%", "%", P, f=("평균 탑승률", None, S, H1, "level"))
d.Q("1.7%포인트", 1.7, PP, "%포인트", P, f=("평균 탑승률", None, S, H1, "change", "required", "1년 전 is the basis; period the current half"))
d.Q("2천870억 원", 287000000000, W, "원", "currency", f=("유류비", "유류비는 2천870억", S, H1, "level"))
d.Q("12.1%", 12.1, "%", "%", P, f=("유류비", "유류비는 2천870억", S, H1, "change"))
d.Q("88달러", 88, U, "달러", "currency", approx=True, note="안팎 → approx; 배럴당 (rate word) and 평균 outside",
    f=("싱가포르 항공유 가격", None, "", H1, "level", "required",
       "a market price: no subject; no date in its sentence, the story's half (README convention 1)"))
d.Q("29%", 29, "%", "%", P, f=("유류비가 차지하는 비중", None, S, H1, "level"))
d.Q("31대", 31, "대", "대", C, f=("항공기", None, H, "2025-06", "level", "required", "the parent is the sentence subject"))
d.Q("4대", 4, "대", "대", C, f=("보잉 737-8", None, H, "2025", "level", "required",
    "counted noun = the aircraft model before the number (737-8 is a model code, not a quantity); 연말까지 → 2025"))
d.Q("4천360만 명", 43600000, "명", "명", C,
    f=("전국 공항 국제선 이용객", None, "", H1, "level", "required", "a national total; 한국공항공사 is the source"))
d.Q("3천590만 명", 35900000, "명", "명", C, approx=True, note="가량 → approx",
    f=("전국 공항 국제선 이용객", None, "인천공항", H1, "level", "optional", "the subject is only an optional ORG (인천공항): optional fact"))
d.Q("70회", 70, "회", "회", C, bound="min", note="이상 → min; 주 (per week, rate word) outside",
    f=("중국 노선", None, S, "2025-H2", "level", "required", "counted: flights on the China routes; the CEO speaks for the company"))

# ---------------------------------------------------------------- 005 province tourism statistics (regional daily: 입력 stamp + byline line; year only in the stamp)
d = Doc("005_caba1c909406c790", "2026-01-20"); docs.append(d)
G = "강원특별자치도"; T = "강원관광재단"; Y = "2025"
d.O("강원일보", "강원일보", note="regional daily in the byline line")
d.O(G, G, note="a province acting as a government (announces with its foundation); 강원 in the headline is a place")
d.Oall(T, T, special={2: ("required", "organization before a head's title (대표이사)")})
d.O("평창군", "평창군", note="a county acting as a government: cited as source (에 따르면)")
d.O("한국관광공사", "한국관광공사", note="public corporation cited as source")
d.D("지난해", Y, "year", ctx="관광객 지난해", rel=True, note="headline")
d.D("2026.01.20", "2026-01-20", "day", note="the 입력 stamp's date: a calendar date written in the text")
d.D("09:15", "2026-01-20T09:15", "day", st="optional", note="clock time (optional at most)")
d.D("지난해", Y, "year", ctx="재단은 지난해", rel=True)
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset: by the letter the year one year before the document date (2025); as a comparison basis it is the year before the figure's year (2024) — open question")
d.D("7~8월", "2025-07/2025-08", "month", rel=True, note="a month range without a year: the latest July–August on or before the document date")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", ctx="재단은 올해", rel=True)
d.D("지난해", Y, "year", ctx="지난해보다 15%", rel=True, note="an explicit deictic year as the basis: required")
d.D("올해", "2026", "year", ctx="올해 외국인", rel=True)
d.Q("1억 명", 100000000, "명", "명", C, ctx="1억 명 돌파", bound="gt", note="돌파 → gt",
    f=("관광객", "강원 찾은 관광객", "", Y, "level", "required", "visitors to a region (a place): empty subject"))
d.Q("42%", 42, "%", "%", P, ctx="외국인 42%", f=("외국인", "외국인 42%", "", Y, "change", "required", "headline: 외국인 (관광객) is the only noun naming it"))
d.Q("1억312만 명", 103120000, "명", "명", C,
    f=("관광객", "찾은 관광객이", "", Y, "level", "required", "the province and its foundation announce a regional statistic: sources, not subjects"))
d.Q("9천680만 명", 96800000, "명", "명", C,
    f=("관광객", "찾은 관광객이", "", "2024", "level", "required", "basis figure in brackets after a pointing-back date: that date's value"))
d.Q("6.5%", 6.5, "%", "%", P, f=("관광객", "찾은 관광객이", "", Y, "change"))
d.Q("1억 명", 100000000, "명", "명", C, ctx="1억 명을 넘은", bound="gt", note="넘은 → gt",
    f=("관광객", "연간 관광객이", "", Y, "level", "required", "연간 (period qualifier) outside the metric"))
d.Q("186만 명", 1860000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", Y, "level"))
d.Q("42%", 42, "%", "%", P, ctx="전보다 42%", f=("외국인 관광객", "외국인 관광객은", "", Y, "change", "required", "1년 전 is the basis"))
d.Q("58만 명", 580000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", Y, "level", "required",
    "breakdown by nationality (국적별로는): countries are parts, no ORG"))
d.Q("31만 명", 310000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", Y, "level", "required", "각각 over two countries"))
d.Q("24만 명", 240000, "명", "명", C, f=("외국인 관광객", "외국인 관광객은", "", Y, "level"))
d.Q("31%", 31, "%", "%", P, ctx="약 31%", approx=True, note="약 → approx",
    f=("관광객", "찾은 관광객이", "", "2025-07/2025-08", "level", "required", "전체의 N% (of all visitors) for the season named in the clause"))
d.Q("64만 명", 640000, "명", "명", C, approx=True, note="가량 → approx",
    f=("군내 스키장 이용객", None, "", "2025-12", "level", "required", "평창군 is the source; 누적 since the season opened, as of 12월 말"))
d.Q("6조4천억 원", 6400000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("관광객이 도내에서 쓴 금액", None, "", Y, "level", "required", "no date in its sentence: the story's year (지난해)"))
d.Q("15%", 15, "%", "%", P, f=("관광 마케팅 예산", None, T, "2026", "change", "required", "지난해보다 = basis"))
d.Q("92억 원", 9200000000, W, "원", "currency", f=("관광 마케팅 예산", None, T, "2026", "level"))
d.Q("250만 명", 2500000, "명", "명", C, f=("외국인 관광객", "올해 외국인 관광객", T, "2026", "level", "required",
    "the foundation's target (유치 목표); its head speaks for it"))

# ---------------------------------------------------------------- 006 hospital foundation: annex expansion and patient counts (press release)
d = Doc("006_ed8d76278a414bc8", "2025-09-22"); docs.append(d)
F = "한결의료재단"; H = "한결병원"; YTD = "2025-01/2025-08"
d.O(F, F, ctx="한결의료재단, 한결병원", note="headline topic with a comma")
d.O(F, F, ctx="한결의료재단(이사장", aliases="한결재단", note="the bracket holds the chair's name and the 이하 short name: 한결재단 recorded as alias")
d.O(F, F, ctx="문의: 한결의료재단", note="contact line of the release; 대외협력팀 is a generic department word, outside the span")
d.O("한결재단", F, ctx="이하 한결재단", st="optional", note="short name where it is defined with 이하")
d.O("한결재단", F, ctx="한결재단은 별관", note="later use of the 이하 short name")
d.Oall(H, H, special={0: ("required", "hospital named in the headline"), 1: ("required", "산하 한결병원: the foundation's hospital")})
d.O("한빛건설", "한빛건설", note="invented builder")
d.O("한국지멘스헬시니어스", "한국지멘스헬시니어스", note="supplier (로부터): an ORG mention, not a subject")
d.O("건강보험심사평가원", "건강보험심사평가원", note="public agency cited as source")
d.D("2025년 10월 1일", "2025-10-01", "day", note="부터 outside")
d.D("22일", "2025-09-22", "day", rel=True, note="day of the announcement")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 1~8월", YTD, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 같은 기간", "2024-01/2024-08", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~8월")
d.D("같은 기간", YTD, "month", ctx="같은 기간 응급실", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~8월")
d.D("올해 말", "2025", "year", mod="END", rel=True, note="올해 + 말: one mention; a deadline (까지 … 계획)")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("2027년 상반기", "2027-H1", "half")
d.Q("1천 개", 1000, "개", "개", C, f=("병상", "병상 1천 개", F, "", "level", "required",
    "headline: its topic organization; no date in the headline or attached to the bed count: empty period"))
d.Q("1천250억 원", 125000000000, W, "원", "currency", f=("총사업비", None, F, "", "level", "required",
    "the lead's subject carried; the lead's 10월 1일 dates an event, not a figure: not carried (README convention 1)"))
d.Q("4만2천㎡", 42000, "㎡", "㎡", M, f=("별관", "별관은 연면적", F, "", "level", "required", "연면적 … 규모: the thing whose size it is (별관)"))
d.Q("780개", 780, "개", "개", C, f=("병상", "병상은 기존", F, "", "level", "required", "기존: the count before the expansion, undated"))
d.Q("1천24개", 1024, "개", "개", C, f=("병상", "병상은 기존", F, "", "level"))
d.Q("244개", 244, "개", "개", C, f=("병상", "병상은 기존", F, "", "change", "required", "늘어난다: a change"))
d.Q("64개", 64, "개", "개", C, f=("중환자실 병상", None, F, "", "level", "required", "이 가운데: a part with its own noun"))
d.Q("112만 명", 1120000, "명", "명", C, f=("외래 환자", "지난해 외래 환자", H, "2024", "level"))
d.Q("4만8천 명", 48000, "명", "명", C, f=("입원 환자", None, H, "2024", "level"))
d.Q("81만 명", 810000, "명", "명", C, f=("외래 환자", "1~8월 외래 환자", H, YTD, "level", "required", "the hospital carried"))
d.Q("7%", 7, "%", "%", P, f=("외래 환자", "1~8월 외래 환자", H, YTD, "change"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate denominator (optional)")
d.Q("190명", 190, "명", "명", C, approx=True, note="안팎 → approx; 평균 outside",
    f=("응급실 내원 환자", None, H, YTD, "level", "required", "같은 기간 → 올해 1~8월"))
d.Q("45명", 45, "명", "명", C, f=("의사", None, F, "2025", "level", "required", "hiring plan until 올해 말 (2025)"))
d.Q("210명", 210, "명", "명", C, f=("간호사", None, F, "2025", "level"))
d.Q("300여 명", 300, "명", "명", C, approx=True, note="여 inside the span → approx",
    f=("채용", None, F, "2025", "level", "required", "no counted noun: the verbal noun 채용(할)"))
d.Q("180억 원", 18000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("의료장비", None, F, "2025", "level", "required",
       "the buyer is the carried subject (the supplier with 로부터 is not); no date in its sentence: the period last set for the foundation (올해 말 → 2025)"))
d.Q("71.2%", 71.2, "%", "%", P, f=("병상 가동률", None, "", "2025-06", "level", "required", "a national average of a hospital class; 평균 outside"))
d.Q("150만 명", 1500000, "명", "명", C, f=("환자", "연간 환자", F, "2027-H1", "level", "optional",
    "open question: an annual target in a clause dated by an opening half — the clause's DATE (written) or no period; the chair speaks for the foundation"))

if __name__ == "__main__":
    write_all(docs)
