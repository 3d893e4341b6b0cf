"""Gold labels of articles-holdout111 (writer-labeller W111), written by reading the texts against /work/shared/ANNOTATION.md
and /work/shared/FACTS.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout111/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, all_starts, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
OFF = ("offset in a comparison (open question 1): by ANNOTATION's letter counted from the document date (written so), "
       "but the text compares with the period named before; optional")
HEAD_CUR = "headline amount whose currency is only implied: optional (ANNOTATION: no unit, no quantity)"
BRANCH = "a mall branch named by place + 점: a business unit / store, may or may not be an organization: optional (open question 3)"
BR_FACT = "the figure of a branch (optional ORG): FACTS 'a figure whose subject is only an optional ORG makes the fact optional'"


def standalone(doc, short, full):
    """Starts of `short` that are not inside an occurrence of `full`."""
    inside = set()
    for s in all_starts(doc.text, full):
        k = full.find(short)
        inside.add(s + k)
    return [s for s in all_starts(doc.text, short) if s not in inside]


# ---------------------------------------------------------------- 001 tire maker: H1 results, replacement tires by region (연합뉴스 dateline)
d = Doc("001_d0636ce6f7655011", "2025-07-29"); docs.append(d)
S = "동진타이어"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("대한타이어산업협회", "대한타이어산업협회", note="industry association cited as the source (에 따르면)")
d.O("세한타이어", "세한타이어", note="invented rival (경쟁사)")
d.O("동진홀딩스", "동진홀딩스", note="invented parent (모회사)")
H = "2025-H1"
d.D("상반기", H, "half", ctx="상반기 영업익", rel=True, note="headline: bare half, the latest H1 on or before the document date")
d.D("2025년 상반기", H, "half", note="year + half: one mention (as 2019년 4월 초)")
d.D("29일", "2025-07-29", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기 대비 8.7%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("상반기", H, "half", ctx="상반기 교체용", rel=True)
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a part: one mention (as 올해 8월 말)")
d.D("1년 전", "2024", "year", rel=True, st="optional", note=OFF)
d.D("같은 기간", H, "half", ctx="같은 기간 국내 타이어", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년 동기", "2024-H1", "half", ctx="전년 동기보다 4%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("상반기", H, "half", ctx="세한타이어의 상반기", rel=True)
d.D("다음 달", "2025-08", "month", rel=True, note="the month after the document date's")
d.D("올해", "2025", "year", ctx="올해 교체용", rel=True)
d.Q("2천억", "200000000000", W, "", "currency", bound="gt", st="optional", note=HEAD_CUR + "; 돌파 → gt")
d.Q("2조4천310억원", "2431000000000", W, "원", "currency", f=("매출", "매출 2조4천310억원", S, H, "level"))
d.Q("2천135억원", "213500000000", W, "원", "currency", f=("영업이익", "영업이익 2천135억원", S, H, "level"))
d.Q("8.7%", "8.7", "%", "%", P, f=("매출", "매출은 전년", S, H, "change", "required", "각각 늘었다 → change; the current half, not the basis"))
d.Q("21.4%", "21.4", "%", "%", P, f=("영업이익", "영업이익은 21.4%", S, H, "change"))
TS = "교체용 타이어 판매량"
d.Q("1천180만개", "11800000", "개", "개", C, f=(TS, None, S, H, "level"))
d.Q("1천65만개", "10650000", "개", "개", C, f=(TS, None, S, "2024-H1", "level", "required", "basis in brackets after 지난해 상반기: that date's value"))
d.Q("10.8%", "10.8", "%", "%", P, f=(TS, None, S, H, "change"))
RG = "breakdown by region: the region names only the part, no measure noun in the clause; the metric is the sales volume named in the sentence before (my convention 3)"
d.Q("412만개", "4120000", "개", "개", C, f=(TS, None, S, H, "level", "required", RG))
d.Q("356만개", "3560000", "개", "개", C, f=(TS, None, S, H, "level", "required", RG))
d.Q("248만개", "2480000", "개", "개", C, f=(TS, None, S, H, "level", "required", RG))
d.Q("18인치", "18", "in", "인치", M, bound="min", note="inch: no SI symbol, written `in`; 이상 → min",
    f=("", None, "", "", "level", "optional", "definitional threshold of the product class (FACTS: definitional ranges are part of the metric and have no fact): neutralised"))
d.Q("46.2%", "46.2", "%", "%", P, f=("고인치 제품 비중", None, S, H, "level"))
d.Q("3.1%포인트", "3.1", "%p", "%포인트", "percent", f=("고인치 제품 비중", None, S, H, "change", "required", "높아졌다 → change; period the current half (1년 전 is the basis)"))
IND = "타이어 업계 전체 수출액"
d.Q("21억달러", "2100000000", U, "달러", "currency", approx=True, f=(IND, None, "", H, "level", "required", "an industry total (the association is only the source): no subject; 같은 기간 → 2025-H1"))
d.Q("4%", "4", "%", "%", P, ctx="4% 가량", approx=True, f=(IND, None, "", H, "change"))
d.Q("1천480억원", "148000000000", W, "원", "currency", f=("영업이익", "영업이익은 1천480억원", "세한타이어", H, "level"))
d.Q("3년", "3", "year", "년", "duration", ctx="3년간", note="간 outside the span")
d.Q("4천억원", "400000000000", W, "원", "currency",
    f=("투입", None, "동진홀딩스", "2025-08", "level", "optional", "spending over 3년간 starting 다음 달: is 다음 달 the period of the whole amount? (open question 2)"))
d.Q("600만개", "6000000", "개", "개", C, bound="gt", note="넘어선다 → gt",
    f=("생산능력", None, "동진홀딩스", "2025-08", "level", "optional", "capacity after an expansion with no date: carry-forward gives 다음 달 by the letter, a reader gives none (open question 2); whose plant (parent or company) also unclear"))
d.Q("2천400만개", "24000000", "개", "개", C, bound="min", f=("교체용 타이어 판매", None, S, "2025", "level", "required", "the head's target speaks for the company; 올해 in the quote"))
d.Q("9%", "9", "%", "%", P, ctx="9%를", f=("영업이익률", None, S, "2025", "level"))

# ---------------------------------------------------------------- 002 water public corporation: dam supply and tariff revenue (press release, no dateline)
d = Doc("002_74f75e9af93f1830", "2026-02-18"); docs.append(d)
S = "경북물관리공사"
fulls = all_starts(d.text, S)
d.O(S, S, at=fulls[0], note="headline topic before a comma")
d.O(S, S, at=fulls[1], aliases="물관리공사", note="full name; the short name defined with (이하 물관리공사) is its alias")
d.O(S, S, at=fulls[2], note="contact line: the corporation; 홍보실 (a team label) stays outside")
shorts = standalone(d, "물관리공사", S)
d.O("물관리공사", S, at=shorts[0], st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
for s in shorts[1:]:
    d.O("물관리공사", S, at=s, note="later use of the 이하 short name: required")
d.O("환경부", "환경부", note="ministry cited as the source")
d.O("한국수자원공사", "한국수자원공사", note="public corporation; manages the multipurpose dams")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 댐 용수 12억t", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("18일", "2026-02-18", "day", rel=True, note="day of the announcement: not a period")
d.D("전년", "2024", "year", ctx="전년(11억6천만t)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 요금 수입", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 72억원", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 전국 댐", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("2030년", "2030", "year", note="까지 outside the span")
d.Q("12억t", "1200000000", "t", "t", M, f=("댐 용수", "댐 용수 12억t", S, Y, "level", "required", "headline: its own organization and 지난해"))
d.Q("1천억원", "100000000000", W, "원", "currency", bound="gt", note="넘어 → gt", f=("요금 수입", "요금 수입 1천억원", S, Y, "level", "required", "a threshold passed, headline's 지난해"))
d.Q("5곳", "5", "곳", "곳", C, f=("댐", "관리 댐 5곳", S, Y, "level", "required", "counted noun of the count"))
SUP = "용수 공급량"
d.Q("12억3천만t", "1230000000", "t", "t", M, f=(SUP, "댐 5곳의 용수 공급량", S, Y, "level"))
d.Q("11억6천만t", "1160000000", "t", "t", M, f=(SUP, "댐 5곳의 용수 공급량", S, "2024", "level", "required", "basis in brackets after 전년: that date's value"))
d.Q("6.0%", "6.0", "%", "%", P, f=(SUP, "댐 5곳의 용수 공급량", S, Y, "change", "required", "늘어난 → change; sentence continues the corporation's supply"))
d.Q("7억4천만t", "740000000", "t", "t", M, f=("생활용수", None, S, Y, "level", "required", "breakdown by use: the part names the water measured (my convention 3)"))
d.Q("60.2%", "60.2", "%", "%", P, f=("생활용수", None, S, Y, "level", "required", "share of the part named as the clause's subject"))
d.Q("3억9천만t", "390000000", "t", "t", M, f=("공업용수", None, S, Y, "level", "required", "각각: first of the pair"))
d.Q("1억t", "100000000", "t", "t", M, f=("농업용수", None, S, Y, "level", "required", "각각: second of the pair"))
d.Q("한 곳", "1", "곳", "곳", C, note="native numeral + counter",
    f=("영천댐", None, S, Y, "level", "optional", "the count only singles out one dam (이 가운데 … 한 곳의 공급량만): no measured figure of its own; open question 4"))
d.Q("4억1천만t", "410000000", "t", "t", M, f=("공급량", "공급량만", S, Y, "level", "required", "a dam is no ORG: the corporation's figure"))
d.Q("1천86억원", "108600000000", W, "원", "currency", f=("요금 수입", "요금 수입은", S, Y, "level"))
d.Q("72억원", "7200000000", W, "원", "currency", f=("요금 수입", "요금 수입은", S, Y, "change", "required", "증가했다 → change"))
d.Q("233.7원", "233.7", W, "원", "currency", note="t당 carries no number: not a row", f=("원수 요금", None, S, Y, "level", "required", "period carried (지난해)"))
d.Q("3년", "3", "year", "년", "duration", ctx="3년 만에", note="만에 outside the span")
d.Q("4.1%", "4.1", "%", "%", P, f=("원수 요금", None, S, Y, "change"))
d.Q("108억t", "10800000000", "t", "t", M, approx=True, f=("전국 댐 용수 공급량", None, "", Y, "level", "required", "a national figure; 환경부 is only the source"))
d.Q("80%", "80", "%", "%", P, bound="min", f=("다목적댐", None, "한국수자원공사", Y, "level", "required", "share handled by the dams 한국수자원공사 manages: its figure; the part (다목적댐) names what is measured"))
d.Q("146km", "146", "km", "km", M, f=("노후 관로", None, S, "2026", "level"))
d.Q("420억원", "42000000000", W, "원", "currency", f=("투입", "투입하고", S, "2026", "level", "required", "verbal noun (투입하고) as metric"))
d.Q("5%", "5", "%", "%", P, ctx="5% 미만", bound="lt", f=("누수율", None, S, "2030", "level", "required", "target: 2030년까지 is the DATE of its clause"))
d.Q("30만t", "300000", "t", "t", M, bound="min", note="하루 is a rate word with no number: not a row",
    f=("비상 공급 능력", None, S, "2030", "level", "optional", "quote with no DATE: carry-forward gives 2030 (the last period set for the corporation), a reader may give none; open question 2"))

# ---------------------------------------------------------------- 003 outlet-mall operator: visitors and sales by branch (page with an 입력 stamp; the year only in the stamp)
d = Doc("003_99c1214207e05556", "2025-11-04"); docs.append(d)
S, B = "라온리테일", "라온아울렛"
d.O(B, B, note="the outlet brand run as a business (like a platform), headline topic; distinct from its operator")
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("라온산업", "라온산업", note="invented parent (모회사)")
d.O("대한상공회의소", "대한상공회의소", note="chamber cited as the source of a market estimate")
d.O("그랜드아울렛코리아", "그랜드아울렛코리아", note="invented rival (경쟁사)")
d.Oall("김포점", "김포점", special={i: ("optional", BRANCH) for i in range(3)})
for br in ("이천점", "기장점", "대전점", "세종점"):
    d.O(br, br, st="optional", note=BRANCH)
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 방문객", rel=True, note="headline: bare quarter, the latest Q3 on or before the document date")
d.D("2025.11.04", "2025-11-04", "day", note="the 입력 stamp: a calendar date written in the text")
d.D("10:42", "2025-11-04T10:42", "day", st="optional", note="clock time of the stamp (ANNOTATION: clock times optional at most)")
d.D("3분기", Q3, "quarter", ctx="3분기(7~9월)", rel=True)
d.D("7~9월", "2025-07/2025-09", "month", rel=True, note="range in brackets after the quarter: its own mention; months without a year → this year")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("4일", "2025-11-04", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 매출", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", note=OFF)
d.D("올해", "2025", "year", rel=True)
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 방문객", rel=True, st="optional", anchor="2025-07-01",
    note=PB + "; here after a sentence about 올해: the quarter of the visitor figures (written) or the year? (open question 5)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 … 돌파하고): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a part: one mention")
d.Q("1천만명", "10000000", "명", "명", C, bound="gt", note="넘어 → gt", f=("방문객", "3분기 방문객", B, Q3, "level", "required", "headline: its own organization (the brand) and quarter"))
d.Q("1위", "1", "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("6개", "6", "개", "개", C, f=("지점", "6개 지점", S, Q3, "level"))
d.Q("1천42만명", "10420000", "명", "명", C, f=("방문객", "지점 방문객", S, Q3, "level"))
d.Q("938만명", "9380000", "명", "명", C, f=("방문객", "지점 방문객", S, "2024-Q3", "level", "required", "basis in brackets after 전년 동기: that date's value"))
d.Q("11.1%", "11.1", "%", "%", P, f=("방문객", "지점 방문객", S, Q3, "change"))
d.Q("4천870억원", "487000000000", W, "원", "currency", f=("매출", "같은 기간 매출", S, Q3, "level"))
d.Q("8.3%", "8.3", "%", "%", P, f=("매출", "같은 기간 매출", S, Q3, "change"))
d.Q("1천320억원", "132000000000", W, "원", "currency", f=("김포점 매출", None, S, Q3, "level", "optional", BR_FACT))
d.Q("1천90억원", "109000000000", W, "원", "currency", f=("김포점 매출", None, S, Q3, "level", "optional", BR_FACT))
d.Q("860억원", "86000000000", W, "원", "currency", f=("김포점 매출", None, S, Q3, "level", "optional", BR_FACT))
d.Q("한 곳", "1", "곳", "곳", C, note="native numeral + counter",
    f=("김포점", "김포점 한 곳", S, Q3, "level", "optional", "the count only singles out one branch: no measured figure (open question 4)"))
d.Q("27.1%", "27.1", "%", "%", P, f=("전체 매출", None, S, Q3, "level", "optional", BR_FACT))
d.Q("두 달", "2", "month", "달", "duration", note="native numeral; 만에 outside the span")
d.Q("61만명", "610000", "명", "명", C, f=("방문객", "방문객 61만명", S, "2025-08", "level", "optional", BR_FACT + "; period: opened 지난 8월, counted over two months"))
d.Q("312억원", "31200000000", W, "원", "currency", f=("외국인 관광객 매출", None, S, Q3, "level", "required", "no DATE in the sentence: the period last set for the operator (같은 기간 → 3분기)"))
d.Q("42%", "42", "%", "%", P, f=("외국인 관광객 매출", None, S, Q3, "change"))
d.Q("48%", "48", "%", "%", P, f=("중국인 관광객 비중", None, S, Q3, "level"))
d.Q("14조원", "14000000000000", W, "원", "currency", approx=True, f=("국내 아울렛 시장", None, "", "2025", "level", "required", "규모 → the thing whose size it is; a market figure, the chamber only the source"))
d.Q("900만명", "9000000", "명", "명", C, approx=True, note="안팎 → approx",
    f=("방문객", "같은 기간 방문객", "그랜드아울렛코리아", Q3, "level", "optional", "같은 기간 after a sentence with 올해: quarter or year? (open question 5)"))
d.Q("72%", "72", "%", "%", P, f=("지분", None, "라온산업", "", "level", "required", "the parent's stake; no time stated for the parent: empty (FACTS)"))
d.Q("4천만명", "40000000", "명", "명", C, bound="gt", note="돌파하고 → gt", f=("방문객", "연간 방문객", S, "2025", "level", "required", "the head's target: 연말까지 (2025, END); 연간 qualifies the period"))
d.Q("7곳", "7", "곳", "곳", C, f=("지점", "지점을 7곳", S, "2026-H1", "level"))

# ---------------------------------------------------------------- 004 used-car trading platform: transactions and listing fees (뉴시스 dateline; no year anywhere)
d = Doc("004_eef64638989ed70a", "2026-01-20"); docs.append(d)
P_, S = "카바꿈", "모빌리티마켓"
d.Oall(P_, P_, special={0: ("required", "headline topic: a platform named as a business")})
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("국토교통부", "국토교통부", note="ministry cited as the source")
d.O("오토링크", "오토링크", note="invented rival platform")
d.O("새봄인베스트먼트", "새봄인베스트먼트", note="invented investor (로부터): counterparty, no subject")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 거래 20만대", rel=True, note="headline: the year before 2026")
d.D("지난해", Y, "year", ctx="지난해 카바꿈을", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 38%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement: not a period")
d.D("전년", "2024", "year", ctx="전년(92억원)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 3월", "2025-03", "month", rel=True, note="지난해 before a month: one mention")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="bare quarter: the latest Q3 on or before the document date (the basis of 9천대)")
d.D("1년 전", "2025", "year", rel=True, st="optional", note=OFF + " (here the letter gives 2025, the reader 2024-Q4)")
d.D("지난해", Y, "year", ctx="지난해 국내 중고차", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난달", "2025-12", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("20만대", "200000", "대", "대", C, bound="gt", note="돌파 → gt", f=("거래", "지난해 거래 20만대", P_, Y, "level", "required", "headline: its organization (the platform) and 지난해"))
d.Q("2배", "2", "배", "배", C, ctx="2배로",
    f=("수수료 수입", "수수료 수입 2배로", P_, Y, "change", "optional", "headline names only the platform, the body the operator as earner of the fee revenue: whose figure? (open question 6)"))
TX = "중고차 거래"
d.Q("21만4천대", "214000", "대", "대", C, f=(TX, "카바꿈을 통한 중고차 거래", P_, Y, "level", "required", "FACTS: the platform whose transactions they are (카바꿈을 통한)"))
d.Q("38%", "38", "%", "%", P, f=(TX, "카바꿈을 통한 중고차 거래", P_, Y, "change"))
d.Q("3조1천억원", "3100000000000", W, "원", "currency", approx=True, note="가량 → approx", f=("거래액", None, P_, Y, "level"))
d.Q("3조원", "3000000000000", W, "원", "currency", bound="gt", note="넘어섰다 → gt", f=("거래액", None, P_, Y, "level", "required", "a threshold passed"))
FEE = "매물 등록 수수료 수입"
d.Q("186억원", "18600000000", W, "원", "currency", f=(FEE, None, S, Y, "level", "required", "FACTS: the company that earned the revenue (the operator); period carried"))
d.Q("92억원", "9200000000", W, "원", "currency", f=(FEE, None, S, "2024", "level", "required", "basis in brackets after 전년: that date's value"))
d.Q("2배", "2", "배", "배", C, ctx="2배 수준", approx=True, note="수준 'about' read as an approximator (my convention 8)",
    f=(FEE, None, S, Y, "change", "required", "N배 against a past basis: a change"))
d.Q("1대", "1", "대", "대", C, st="optional", note="per-listing denominator (1대를 올릴 때마다): rate denominator, optional (ANNOTATION)")
d.Q("1만5천원", "15000", W, "원", "currency", f=("수수료", "1만5천원의 수수료", S, "2025-03", "level", "required", "회사는 = the operator; 지난해 3월부터 is the DATE of its clause"))
d.Q("41%", "41", "%", "%", P, f=("SUV", None, P_, Y, "level", "required", "breakdown by car type: the part names what is counted (my convention 3); transactions are the platform's"))
d.Q("33%", "33", "%", "%", P, f=("세단", None, P_, Y, "level"))
d.Q("14%", "14", "%", "%", P, f=("경차", None, P_, Y, "level"))
d.Q("6만2천대", "62000", "대", "대", C, f=("거래", "4분기 거래", P_, "2025-Q4", "level"))
d.Q("9천대", "9000", "대", "대", C, f=("거래", "4분기 거래", P_, "2025-Q4", "change", "required", "…보다 9천대 많았다 → change; period the current quarter"))
d.Q("4천800여대", "4800", "대", "대", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("전기차 거래", None, P_, "2025-Q4", "level"))
d.Q("2.3배", "2.3", "배", "배", C, f=("전기차 거래", None, P_, "2025-Q4", "change", "required", "N배 against a past basis: a change"))
d.Q("238만대", "2380000", "대", "대", C, approx=True, f=("국내 중고차 실거래 대수", None, "", Y, "level", "required", "a national statistic; the ministry only the source"))
d.Q("9%", "9", "%", "%", P, ctx="9% 남짓", approx=True, note="남짓 → approx", f=("점유율", "카바꿈의 점유율", P_, Y, "level"))
d.Q("15만대", "150000", "대", "대", C, f=("거래", "15만대를 거래했다", "오토링크", Y, "level", "required", "verbal noun 거래(했다); 같은 기간 → 지난해"))
d.Q("200억원", "20000000000", W, "원", "currency", f=("투자", "규모의 투자를", S, "2025-12", "level", "required", "규모 → the thing whose size it is (투자); the company raising it, the investor a counterparty"))
d.Q("30만대", "300000", "대", "대", C, f=("거래", "올해 거래", P_, "2026", "level", "required", "the head's target; transactions are the platform's (as in the lead); 이상 is written after the second target only"))
d.Q("12%", "12", "%", "%", P, bound="min", f=("점유율", "점유율 12%", P_, "2026", "level"))

# ---------------------------------------------------------------- 005 scholarship foundation: donations and recipients (byline at the end)
d = Doc("005_4faba8aa30ace3ec", "2025-12-22"); docs.append(d)
S = "청운장학재단"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (이사장)")})
d.O("대원건설", "대원건설", note="invented corporate donor")
d.O("한국장학재단", "한국장학재단", note="public scholarship foundation cited as the source")
Y = "2025"
BD = "a breakdown of the foundation's fundraising keeps its subject; no DATE in the sentence: the period last set for the foundation (2025년, FACTS carry-forward)"
d.D("올해", Y, "year", ctx="올해 기부금", rel=True, note="headline")
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a month range: one mention")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to the period named before, like 전년 동기 (ANNOTATION: optional); one mention")
d.D("22일", "2025-12-22", "day", rel=True, note="day of the announcement: not a period")
d.D("2025년", Y, "year")
d.D("올해", Y, "year", ctx="올해 장학금을", rel=True)
d.D("전년", "2024", "year", ctx="전년(2천640명)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", Y, "year", ctx="올해 지급한", rel=True)
d.D("1996년", "1996", "year", note="dates the founding (설립된)")
d.D("내년", "2026", "year", rel=True)
d.Q("152억원", "15200000000", W, "원", "currency", f=("기부금", "올해 기부금", S, Y, "level", "required", "headline: its own organization and 올해"))
d.Q("3천명", "3000", "명", "명", C, bound="gt", note="넘었다 → gt", f=("장학생", "장학생 3천명", S, Y, "level", "required", "headline threshold"))
d.Q("152억3천만원", "15230000000", W, "원", "currency", f=("기부금", "모금한 기부금", S, "2025-01/2025-11", "level"))
d.Q("17.8%", "17.8", "%", "%", P, f=("기부금", "모금한 기부금", S, "2025-01/2025-11", "change"))
d.Q("170억원", "17000000000", W, "원", "currency", bound="gt", note="넘어설 → gt", f=("기부금", "연간 기부금", S, Y, "level", "required", "forecast for 2025년; 연간 qualifies the period; 재단 = the foundation"))
d.Q("98억원", "9800000000", W, "원", "currency", f=("기업 기부", None, S, Y, "level", "required", BD))
d.Q("64.3%", "64.3", "%", "%", P, f=("기업 기부", None, S, Y, "level", "required", "share of the part named as the clause's subject; " + BD))
d.Q("1만2천여명", "12000", "명", "명", C, approx=True, note="여 inside the span, approx", f=("개인 정기후원자", None, S, Y, "level", "required", BD))
d.Q("41억원", "4100000000", W, "원", "currency", f=("금액", "낸 금액", S, Y, "level", "required", BD))
d.Q("20억원", "2000000000", W, "원", "currency",
    f=("", None, "대원건설", Y, "level", "optional", "the donor's figure (FACTS: the one who donated); no noun names it; no period was ever set for 대원건설 (empty by the letter) vs the year of the breakdown (open question 7)"))
REC = "장학금을 받은 학생"
d.Q("3천115명", "3115", "명", "명", C, f=(REC, None, S, Y, "level", "required", "the foundation's recipients (topic kept)"))
d.Q("2천640명", "2640", "명", "명", C, f=(REC, None, S, "2024", "level", "required", "basis in brackets after 전년: that date's value"))
d.Q("475명", "475", "명", "명", C, f=(REC, None, S, Y, "change", "required", "…보다 475명 늘었다 → change"))
d.Q("2천380명", "2380", "명", "명", C, f=("대학생", None, S, Y, "level"))
d.Q("735명", "735", "명", "명", C, f=("고등학생", None, S, Y, "level"))
d.Q("1인", "1", "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당): optional (ANNOTATION)")
d.Q("310만원", "3100000", W, "원", "currency", f=("평균 지급액", None, S, Y, "level"))
d.Q("10명", "10", "명", "명", C, ctx="10명 중", st="optional", note="rate denominator (10명 중 N명): optional")
d.Q("4명", "4", "명", "명", C, ctx="4명은", f=("장학생", "장학생 10명", S, Y, "level", "required", "counted noun of the count"))
d.Q("1조2천억원", "1200000000000", W, "원", "currency", approx=True,
    f=("장학금", "지급한 장학금", "", Y, "level", "required", "private foundations taken together, not named: no subject; the public foundation only the source"))
d.Q("4만1천여명", "41000", "명", "명", C, approx=True,
    f=("누적 장학생", "누적 장학생은", S, "", "level", "optional", "cumulative since the founding, as of now: 1996년 dates the founding, the carried year 2025 or none? (open question 7)"))
d.Q("30주년", "30", "주년", "주년", "ordinal", note="an anniversary count naming an edition (ANNOTATION: may take ordinal); no fact")
d.Q("4천명", "4000", "명", "명", C, bound="min", f=("장학생", "장학생을 4천명", S, "2026", "level", "required", "plan for 내년"))
d.Q("5년", "5", "year", "년", "duration", ctx="5년 안에", bound="max", note="안에 = 내: bound max (ANNOTATION: 내/이내 give max)")
d.Q("5만명", "50000", "명", "명", C,
    f=("누적 장학생", "누적 장학생 5만명", S, "2026", "level", "optional", "target 5년 안에 (a duration): carry-forward gives 내년 by the letter, a reader gives none (open question 2)"))

# ---------------------------------------------------------------- 006 steel-pipe exporter: US shipments under tariffs (bracket byline)
d = Doc("006_7fd77164667f7245", "2025-10-15"); docs.append(d)
S = "동해강관"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 4: ("required", "organization before a head's title (대표)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("동해스틸USA", "동해스틸USA", note="invented local subsidiary (현지 법인)")
d.O("한국무역협회", "한국무역협회", note="trade association cited as the source")
d.O("성원강관", "성원강관", note="invented rival (경쟁사)")
d.O("엑슨모빌", "엑슨모빌", note="customer (고객사): counterparty")
d.O("동해제강", "동해제강", note="invented parent (모회사)")
Q3 = "2025-Q3"
N9 = "2025-01/2025-09"
d.D("3분기", Q3, "quarter", ctx="3분기 대미 수출 18%", rel=True, note="headline: bare quarter, the latest Q3 on or before the document date")
d.D("3분기", Q3, "quarter", ctx="3분기 대미 강관", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 18.5%", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("15일", "2025-10-15", "day", rel=True, note="day of the disclosure (공시): not a period")
d.D("3분기", Q3, "quarter", ctx="3분기 매출", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", note=OFF + " (the reader: 2024-Q3)")
d.D("3분기", Q3, "quarter", ctx="3분기 관세", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="bare quarter: the latest Q2 on or before the document date (the basis of 6%)")
d.D("올해 1~9월", N9, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", ctx="전년 동기 대비 23%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", N9, "month", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2027년", "2027", "year", note="the year the plant starts (가동한다)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (회복하겠다): the next Q4, the document's own quarter")
EXP = "대미 강관 수출량"
d.Q("18%", "18", "%", "%", P, ctx="18% 감소", f=("대미 수출", "대미 수출 18%", S, Q3, "change", "required", "headline: its own organization and quarter; 감소 → change (no sign written)"))
d.Q("50%", "50", "%", "%", P, ctx="50%에", f=("관세", "관세 50%에", "", Q3, "level", "required", "a country's tariff: no subject (FACTS); the headline's DATE (its sentence) is 3분기"))
d.Q("11만2천t", "112000", "t", "t", M, f=(EXP, None, S, Q3, "level"))
d.Q("18.5%", "18.5", "%", "%", P, f=(EXP, None, S, Q3, "change"))
d.Q("50%", "50", "%", "%", P, ctx="50%로", f=("철강 관세", None, "", "2025-06", "level", "required", "a country's tariff (미국 is no ORG): no subject; 지난 6월부터 is the DATE of its clause; 올린 … 50%로: the level reached"))
d.Q("3천240억원", "324000000000", W, "원", "currency", f=("매출", "3분기 매출", S, Q3, "level"))
d.Q("187억원", "18700000000", W, "원", "currency", f=("영업이익", "영업이익 187억원", S, Q3, "level"))
d.Q("352억원", "35200000000", W, "원", "currency",
    f=("영업이익", "영업이익은 1년 전", S, "2024", "level", "optional", "basis in brackets after 1년 전: that DATE's value is itself unsettled (2024 by the letter, 2024-Q3 by the reader; open question 1)"))
d.Q("46.9%", "46.9", "%", "%", P, f=("영업이익", "영업이익은 1년 전", S, Q3, "change"))
d.Q("7만4천t", "74000", "t", "t", M, f=("유정용 강관", None, S, Q3, "level", "required", "breakdown by product: the part names what is measured (my convention 3); period carried (3분기)"))
d.Q("66%", "66", "%", "%", P, f=("유정용 강관", None, S, Q3, "level", "required", "share of the part named as the clause's subject"))
d.Q("2만9천t", "29000", "t", "t", M, f=("송유관", None, S, Q3, "level"))
d.Q("9천t", "9000", "t", "t", M, ctx="9천t이었다", f=("구조관", None, S, Q3, "level"))
d.Q("3만t", "30000", "t", "t", M, approx=True, note="가량 → approx",
    f=("물량", "판매된 물량", S, Q3, "level", "optional", "이 가운데 (a part of the company's exports) vs sold through the subsidiary (동해스틸USA's sales)? (open question 8)"))
d.Q("410억원", "41000000000", W, "원", "currency", approx=True, f=("관세 부담액", None, S, Q3, "level", "required", "the company's burden (topic kept); 3분기 in the clause"))
d.Q("1천380달러", "1380", U, "달러", "currency", note="t당 carries no number: not a row", f=("평균 수출단가", None, S, Q3, "level"))
d.Q("6%", "6", "%", "%", P, ctx="6% 올랐다", f=("평균 수출단가", None, S, Q3, "change", "required", "2분기 is the basis, the period the current quarter"))
d.Q("9억8천만달러", "980000000", U, "달러", "currency", approx=True, f=("국내 강관 대미 수출액", None, "", N9, "level", "required", "a national figure; the association only the source"))
d.Q("23%", "23", "%", "%", P, f=("국내 강관 대미 수출액", None, "", N9, "change"))
d.Q("40%", "40", "%", "%", P, bound="gt", note="넘게 → gt", f=("대미 수출", "대미 수출이", "성원강관", N9, "change", "required", "같은 기간 → 올해 1~9월; 줄었다 → change"))
d.Q("2년", "2", "year", "년", "duration", ctx="2년간", note="간 outside the span")
d.Q("1억5천만달러", "150000000", U, "달러", "currency",
    f=("투자", "투자해", "동해제강", "2027", "level", "optional", "no DATE in the investment's clause; the sentence's 2027년 dates the start-up, not the investment: 2027 by the letter, none by the reader (open question 2)"))
d.Q("12만t", "120000", "t", "t", M, bound="min", f=("대미 물량", None, S, "2025-Q4", "level", "required", "the head's target; 4분기 in the quote"))

rows = write_all(docs)
