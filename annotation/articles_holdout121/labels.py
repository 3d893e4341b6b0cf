"""Gold labels of articles-holdout121, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout121/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = "headline amount whose currency is only implied (ANNOTATION: optional)"
BD = "breakdown share of the company's own figure: subject = the company whose figure is broken down (convention 2)"

# ---------------------------------------------------------------- 001 wafer-cleaning equipment maker, 연합뉴스 dateline
d = Doc("001_d60dffa86516e108", "2025-02-13"); docs.append(d)
S = "세오테크"
d.Oall("세오테크", S)
d.O("연합뉴스", "연합뉴스")
d.O("SK하이닉스", "SK하이닉스")
d.O("삼성전자", "삼성전자")
d.O("TSMC", "TSMC")
d.O("가트너", "가트너")
d.O("한결이엔지", "한결이엔지")
d.O("세오홀딩스", "세오홀딩스")
d.Oall("세오머티리얼즈", "세오머티리얼즈")
d.D("지난해", "2024", "year", ctx="지난해 수주 4천억", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", bound="gt", st="optional", note=HL)
d.D("지난해", "2024", "year", ctx="지난해 신규 수주액", rel=True)
d.Q("4천120억원", 412000000000, W, "원", "currency", f=("신규 수주액", None, S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년 대비 37.2%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("37.2%", 37.2, "%", "%", P, f=("신규 수주액", None, S, "2024", "change"))
d.D("13일", "2025-02-13", "day", rel=True)
d.D("2024년 말", "2024", "year", mod="END")
d.Q("5천870억원", 587000000000, W, "원", "currency", f=("수주 잔고", None, S, "2024", "level"))
d.D("전년 말", "2023", "year", mod="END", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("1천430억원", 143000000000, W, "원", "currency", f=("수주 잔고", None, S, "2024", "change"))
d.D("지난해", "2024", "year", ctx="지난해 매출액", rel=True)
d.Q("3천210억원", 321000000000, W, "원", "currency", f=("매출액", None, S, "2024", "level"))
d.Q("1.8배", 1.8, "배", "배", C, approx=True,
    f=("수주 잔고", None, S, "2024", "level", "required", "ratio: metric = the figure the ratio sizes (convention 4)"))
d.Q("9개월", 9, "month", "개월", "duration")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half taken as one mention, like 내년 before a month (convention 1)")
d.Q("46%", 46, "%", "%", P, f=("비중", None, S, "2024", "level", "required", BD))
d.Q("31%", 31, "%", "%", P, f=("비중", "SK하이닉스 비중", S, "2024", "level", "required", BD))
d.Q("23%", 23, "%", "%", P, f=("비중", "SK하이닉스 비중", S, "2024", "level", "required", BD))
d.Q("620억원", 62000000000, W, "원", "currency", f=("물량", "TSMC 물량", S, "2024", "level"))
d.Q("500억원", 50000000000, W, "원", "currency", bound="gt", f=("물량", "TSMC 물량", S, "2024", "level"))
d.Q("72%", 72, "%", "%", P, f=("전체 수주", None, S, "2024", "level", "required", BD))
d.D("올해", "2025", "year", ctx="올해 세계", rel=True)
d.Q("58억달러", 5800000000, U, "달러", "currency", approx=True, f=("세계 웨이퍼 세정장비 시장", None, "", "2025", "level"))
d.D("전년", "2024", "year", ctx="전년보다 9%", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("9%", 9, "%", "%", P, f=("세계 웨이퍼 세정장비 시장", None, "", "2025", "change"))
d.D("지난해", "2024", "year", ctx="지난해 수주액은", rel=True)
d.Q("2천380억원", 238000000000, W, "원", "currency", f=("수주액", "한결이엔지의 지난해 수주액", "한결이엔지", "2024", "level"))
d.D("지난달", "2025-01", "month", rel=True)
d.Q("60%", 60, "%", "%", P, f=("지분", None, "세오홀딩스", "2025-01", "level", "optional",
    "whose figure a stake is (holder that sold it, company held, buyer) is not settled by FACTS (open question 1)"))
d.D("지난해", "2024", "year", ctx="지난해 매출 410억원", rel=True)
d.Q("410억원", 41000000000, W, "원", "currency", f=("매출", "매출 410억원", "세오머티리얼즈", "2024", "level"))
d.D("올해", "2025", "year", ctx="올해 수주", rel=True)
d.Q("5천억원", 500000000000, W, "원", "currency", bound="min", f=("수주", "수주 5천억원", S, "2025", "level"))
d.D("2027년", "2027", "year")
d.Q("35%", 35, "%", "%", P, f=("해외 비중", None, S, "2027", "level"))

# ---------------------------------------------------------------- 002 city parking and traffic-fine revenue, bracket byline, no year
d = Doc("002_9e26b160305cc51a", "2025-04-08"); docs.append(d)
S, G = "청주시", "청주시시설관리공단"
OP = "open question 2: subject 청주시 (a breakdown, 이 가운데, of the city's revenue) or 청주시시설관리공단 (the operator)"
d.Oall("청주시", S, skip=(3,))
d.O("충청일보", "충청일보")
d.O("청주시시설관리공단", G, aliases="공단")
d.Oall("공단", G, skip=(0,), special={1: ("optional", "short name defined with 이하 (ANNOTATION: optional as a mention)")})
d.O("충북경찰청", "충북경찰청")
d.Q("80억", 8000000000, W, "", "currency", ctx="80억 넘어", bound="gt", st="optional", note=HL)
d.D("지난해", "2024", "year", ctx="청주시의 지난해", rel=True)
d.Q("80억원", 8000000000, W, "원", "currency", ctx="80억원을", bound="gt", f=("공영주차장 사용료 수입", None, S, "2024", "level"))
d.D("지난해", "2024", "year", ctx="청주시는 지난해", rel=True)
d.Q("124곳", 124, "곳", "곳", C, f=("공영주차장", "공영주차장 124곳", S, "2024", "level"))
d.Q("83억4천만원", 8340000000, W, "원", "currency", f=("사용료", "사용료가", S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년보다 11.6%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("11.6%", 11.6, "%", "%", P, f=("사용료", "사용료가", S, "2024", "change"))
d.D("7일", "2025-04-07", "day", rel=True)
d.Q("38곳", 38, "곳", "곳", C, f=("노외주차장", None, S, "2024", "level", "optional", OP))
d.Q("52억원", 5200000000, W, "원", "currency", f=("수입", "수입이 52억원", S, "2024", "level", "optional", OP))
d.Q("62%", 62, "%", "%", P, f=("수입", "수입이 52억원", S, "2024", "level", "optional", OP))
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.Q("1만2천400면", 12400, "면", "면", C, f=("주차면", "주차면은", S, "2024", "level"))
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half taken as one mention, like 올해 before a month (convention 1)")
d.Q("20곳", 20, "곳", "곳", C, f=("스마트 주차 안내 시스템 설치 주차장", None, G, "2025-H1", "change"))
d.D("지난해", "2024", "year", ctx="지난해 217억", rel=True)
d.Q("217억원", 21700000000, W, "원", "currency", f=("교통 과태료 부과액", None, S, "2024", "level"))
d.Q("141억원", 14100000000, W, "원", "currency", f=("불법 주정차 과태료", None, S, "2024", "level"))
d.Q("312대", 312, "대", "대", C, f=("무인단속카메라", None, S + ";충북경찰청", "2024", "level", "optional",
    "open question 3: a jointly run asset (함께 운영하는): subject the city alone or both bodies"))
d.Q("76억원", 7600000000, W, "원", "currency", f=("과속·신호위반 과태료", None, S, "2024", "level"))
d.Q("158억원", 15800000000, W, "원", "currency", f=("징수액", None, S, "2024", "level"))
d.Q("72.8%", 72.8, "%", "%", P, f=("징수율", "징수율은 72.8%", S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년과", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.D("1분기", "2025-Q1", "quarter", rel=True)
d.Q("4만3천여 건", 43000, "건", "건", C, approx=True, f=("불법 주정차 단속 건수", None, S, "2025-Q1", "level"))
d.D("전년 동기", "2024-Q1", "quarter", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("8%", 8, "%", "%", P, ctx=" 8% 가량", approx=True, f=("불법 주정차 단속 건수", None, S, "2025-Q1", "change"))
d.Q("100만원", 1000000, W, "원", "currency", bound="gt",
    f=("", None, "", "", "level", "optional", "definitional threshold, part of the metric of 2천150대 (FACTS: definitional ranges have no fact; convention 5)"))
d.Q("2천150대", 2150, "대", "대", C, f=("체납액이 100만원을 넘는 차량", None, S, "2025-Q1", "level", "required",
    "period carried forward from 1분기 (FACTS: the period last set for the same subject carries forward)"))
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 + 끌어올리고): this year's end")
d.Q("80%", 80, "%", "%", P, ctx="80% 이상", bound="min", f=("과태료 징수율", None, S, "2025", "level"))
d.Q("3년", 3, "year", "년", "duration", bound="max")
d.Q("1천 면", 1000, "면", "면", C, f=("주차면", "주차면 1천 면", S, "2025", "change", "optional",
    "open question 4: horizon is 3년 내 (a duration), not the 연말 of the first clause; carried period doubtful"))

# ---------------------------------------------------------------- 003 K-pop concert promoter, 입력 stamp, year only in the stamp
d = Doc("003_47da07b97a81b513", "2025-03-18"); docs.append(d)
S = "라이브온컴퍼니"
GRP = "subject is only an optional ORG (a music group): FACTS makes the fact optional"
d.Oall("라이브온컴퍼니", S)
d.O("블루메이즈", "블루메이즈", st="optional", note="music group (ANNOTATION: optional)")
d.O("한국투자파트너스", "한국투자파트너스")
d.O("온스테이지홀딩스", "온스테이지홀딩스")
d.O("예술경영지원센터", "예술경영지원센터")
d.D("지난해", "2024", "year", ctx="지난해 공연 티켓", rel=True)
d.Q("128만장", 1280000, "장", "장", C, ctx="128만장 팔았다", f=("공연 티켓", None, S, "2024", "level"))
d.Q("1위", 1, "위", "위", "ordinal")
d.D("2025.03.18", "2025-03-18", "day", note="the 입력 stamp")
d.D("14:32", "2025-03-18T14:32", "day", st="optional", note="clock time (ANNOTATION: optional at most)")
d.D("지난해", "2024", "year", ctx="지난해 국내외", rel=True)
d.Q("128만장", 1280000, "장", "장", C, ctx="128만장으로", f=("판매한 티켓", None, S, "2024", "level"))
d.D("전년", "2023", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("41%", 41, "%", "%", P, f=("판매한 티켓", None, S, "2024", "change"))
d.D("18일", "2025-03-18", "day", rel=True)
d.D("같은 기간", "2024", "year", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("1천760억원", 176000000000, W, "원", "currency", f=("투어 매출", None, S, "2024", "level"))
RG = "breakdown by region of the company's 투어 매출 (regions are places, not ORGs; convention 2)"
d.Q("580억원", 58000000000, W, "원", "currency", f=("투어 매출", None, S, "2024", "level", "required", RG))
d.Q("520억원", 52000000000, W, "원", "currency", f=("투어 매출", None, S, "2024", "level", "required", RG))
d.Q("360억원", 36000000000, W, "원", "currency", f=("투어 매출", None, S, "2024", "level", "required", RG))
d.Q("130억원", 13000000000, W, "원", "currency", f=("투어 매출", None, S, "2024", "level", "required", RG))
d.Q("170억원", 17000000000, W, "원", "currency", f=("국내 공연 매출", None, S, "2024", "level"))
d.Q("18개", 18, "개", "개", C, f=("도시", None, "블루메이즈", "2024", "level", "optional", GRP))
d.Q("32회", 32, "회", "회", C, f=("공연", "32회 공연", "블루메이즈", "2024", "level", "optional", GRP))
d.Q("41만명", 410000, "명", "명", C, f=("관객", None, "블루메이즈", "2024", "level", "optional", GRP))
d.Q("96%", 96, "%", "%", P, f=("평균 객석 점유율", None, "블루메이즈", "2024", "level", "optional", GRP))
d.Q("10분", 10, "minute", "분", "duration")
d.D("지난해 9월", "2024-09", "month", rel=True)
d.Q("300억원", 30000000000, W, "원", "currency", f=("투자", "투자를", S, "2024-09", "level"))
d.Q("58%", 58, "%", "%", P, f=("비중", None, S, "2024", "level", "optional",
    "open question 5: a subsidiary's share of its parent's consolidated revenue: subject the subsidiary or the parent; no period written"))
d.D("지난해", "2024", "year", ctx="지난해 국내 대중음악", rel=True)
d.Q("1조3천억원", 1300000000000, W, "원", "currency", f=("국내 대중음악 공연 시장", None, "", "2024", "level"))
d.Q("1조원", 1000000000000, W, "원", "currency", bound="gt", f=("국내 대중음악 공연 시장", None, "", "2024", "level"))
d.D("올해", "2025", "year", rel=True)
d.Q("25개국", 25, "개국", "개국", C, f=("공연 개최 국가", None, S, "2025", "level"))
d.Q("150만장", 1500000, "장", "장", C, bound="gt", f=("티켓 판매", None, S, "2025", "level"))

# ---------------------------------------------------------------- 004 life insurer annuity sales and solvency, byline at the end
d = Doc("004_10d2f9eb27d7493a", "2025-05-21"); docs.append(d)
S = "다온생명"
PR = "breakdown by product of the company's 초회보험료: subject stays the company (convention 2)"
d.Oall("다온생명", S)
d.O("금융감독원", "금융감독원")
d.O("다온금융지주", "다온금융지주")
d.O("새봄생명", "새봄생명")
d.O("생명보험협회", "생명보험협회")
d.D("1분기", "2025-Q1", "quarter", ctx="1분기 연금보험 판매", rel=True)
d.Q("2배", 2, "배", "배", C, f=("연금보험 판매", None, S, "2025-Q1", "change", "required",
    "a multiple stating growth (판매 2배로) is a change (convention 4)"))
d.Q("190%", 190, "%", "%", P, f=("킥스 비율", "킥스 비율 190%", S, "2025-Q1", "level", "required",
    "headline: the period is the headline's own 1분기 (FACTS: search the figure's clause, then its sentence)"))
d.D("2025년 1분기", "2025-Q1", "quarter")
d.Q("2천340억원", 234000000000, W, "원", "currency", f=("연금보험 초회보험료", "연금보험 초회보험료가", S, "2025-Q1", "level"))
d.D("전년 동기", "2024-Q1", "quarter", ctx="전년 동기 대비", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("104%", 104, "%", "%", P, f=("연금보험 초회보험료", "연금보험 초회보험료가", S, "2025-Q1", "change"))
d.D("20일", "2025-05-20", "day", rel=True)
d.Q("1천120억원", 112000000000, W, "원", "currency", f=("연금보험 초회보험료", "연금보험 초회보험료가", S, "2025-Q1", "level", "required", PR))
d.Q("870억원", 87000000000, W, "원", "currency", f=("연금보험 초회보험료", "연금보험 초회보험료가", S, "2025-Q1", "level", "required", PR))
d.Q("350억원", 35000000000, W, "원", "currency", f=("연금보험 초회보험료", "연금보험 초회보험료가", S, "2025-Q1", "level", "required", PR))
d.Q("50대", 50, "대", "대", C, hi=59, st="optional",
    note="an age bracket (the fifties) defining the metric, like a definitional range (FACTS); not clearly a counted quantity (convention 5)")
d.Q("43%", 43, "%", "%", P, f=("50대 가입자 비중", None, S, "2025-Q1", "level"))
d.D("같은 기간", "2025-Q1", "quarter", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("1천680억원", 168000000000, W, "원", "currency", f=("월납 환산 신계약", None, S, "2025-Q1", "level"))
d.Q("14.5%", 14.5, "%", "%", P, f=("월납 환산 신계약", None, S, "2025-Q1", "change"))
d.D("2024년 1분기", "2024-Q1", "quarter")
d.Q("21%", 21, "%", "%", P, f=("비중", "차지하는 비중", S, "2024-Q1", "level"))
d.D("올해 1분기", "2025-Q1", "quarter", ctx="올해 1분기 34%", rel=True)
d.Q("34%", 34, "%", "%", P, f=("비중", "차지하는 비중", S, "2025-Q1", "level"))
d.Q("13%포인트", 13, "%p", "%포인트", P, f=("비중", "차지하는 비중", S, "2025-Q1", "change"))
d.D("3월 말", "2025-03", "month", mod="END", rel=True)
d.Q("191.3%", 191.3, "%", "%", P, f=("신지급여력비율", None, S, "2025-03", "level"))
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.Q("12.7%p", 12.7, "%p", "%p", P, f=("신지급여력비율", None, S, "2025-03", "change"))
d.Q("150%", 150, "%", "%", P, f=("권고치", None, "금융감독원", "", "level", "optional",
    "open question 6: a regulator's threshold: subject the regulator or empty; no period written"))
d.Q("41.3%p", 41.3, "%p", "%p", P, f=("신지급여력비율", None, S, "2025-03", "change", "required",
    "a gap over a threshold (웃돈다) is a difference: kind change"))
d.D("지난 2월", "2025-02", "month", rel=True)
d.Q("1천500억원", 150000000000, W, "원", "currency", f=("후순위채", None, "다온금융지주", "2025-02", "level"))
d.D("같은 시점", "2025-03", "month", mod="END", rel=True, st="optional", anchor="2025-03-01",
    note="points back to 3월 말 like 같은 기간 (ANNOTATION lists 같은 기간 as optional; 같은 시점 taken alike, convention 3)")
d.Q("176%", 176, "%", "%", P, f=("킥스 비율", "새봄생명의 킥스 비율", "새봄생명", "2025-03", "level"))
d.D("올해 1분기", "2025-Q1", "quarter", ctx="올해 1분기 생명", rel=True)
d.Q("1조2천억원", 1200000000000, W, "원", "currency", f=("생명보험업계 전체 연금보험 초회보험료", None, "", "2025-Q1", "level"))
d.D("전년 동기", "2024-Q1", "quarter", ctx="전년 동기보다", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("38%", 38, "%", "%", P, f=("생명보험업계 전체 연금보험 초회보험료", None, "", "2025-Q1", "change"))
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지 달성하고): this year's end")
d.Q("1조원", 1000000000000, W, "원", "currency", f=("연금 초회보험료", None, S, "2025", "level"))
d.Q("200%", 200, "%", "%", P, bound="min", f=("킥스 비율", "킥스 비율을", S, "2025", "level"))

# ---------------------------------------------------------------- 005 rural county young-farmer support, press release, no dateline
d = Doc("005_a86e7ae352d56770", "2025-01-15"); docs.append(d)
S, A = "강진군", "강진군농업기술센터"
GUN = "군 = the county government: an unnamed institution noun (ANNOTATION: optional, like 정부 / 시의회)"
LEAD = "no period written for this subject: the lead's 올해 of the programme story carries forward (convention 6)"
d.Oall("강진군", S, skip=(2,))
d.O("강진군농업기술센터", A, aliases="기술센터")
d.Oall("기술센터", A, skip=(0,), special={1: ("optional", "short name defined with 이하 (ANNOTATION: optional as a mention)")})
d.O("군", S, ctx="군은 올해 신규", st="optional", note=GUN)
d.O("군", S, ctx="군은 한국농어촌공사", st="optional", note=GUN)
d.O("농림축산식품부", "농림축산식품부")
d.O("한국농어촌공사", "한국농어촌공사")
d.O("농지은행", "농지은행", st="optional",
    note="a business run by 한국농어촌공사, used only as the modifier inside 농지은행 임대 농지 (ANNOTATION: optional)")
d.D("올해", "2025", "year", ctx="올해 청년농 정착", rel=True)
d.Q("58억", 5800000000, W, "", "currency", ctx="58억 투입", st="optional", note=HL)
d.Q("3년", 3, "year", "년", "duration", ctx="3년간 127명")
d.Q("127명", 127, "명", "명", C, ctx="127명 선발", f=("선발", None, S, "2022/2024", "level", "optional",
    "open question 7: headline figure whose sentence's only DATE (올해) is not its period; the body gives 2022~2024"))
d.D("올해", "2025", "year", ctx="올해 청년농업인", rel=True)
FUND = "청년농업인 영농정착 지원사업"
d.Q("58억3천만원", 5830000000, W, "원", "currency", f=(FUND, None, S, "2025", "level", "required",
    "metric: the programme whose money it is (no measure noun; like the 규모 rule)"))
d.D("15일", "2025-01-15", "day", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 45억원", rel=True)
d.Q("45억원", 4500000000, W, "원", "currency", f=(FUND, None, S, "2024", "level"))
d.Q("29.6%", 29.6, "%", "%", P, f=(FUND, None, S, "2025", "change", "required", "규모 rule: metric is the thing whose size it is"))
d.D("올해", "2025", "year", ctx="올해 신규", rel=True)
d.Q("42명", 42, "명", "명", C, f=("신규 대상자", "신규 대상자 42명", S, "2025", "level"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간 월", bound="max", note="최장 read as 최대 (bound max)")
d.Q("110만원", 1100000, W, "원", "currency", bound="max", f=("영농정착지원금", None, S, "2025", "level"))
d.D("2022~2024년", "2022/2024", "year")
d.Q("127명", 127, "명", "명", C, ctx="127명으로", f=("선발된 청년농", None, S, "2022/2024", "level"))
d.Q("118명", 118, "명", "명", C, f=("선발된 청년농", None, S, "2022/2024", "level", "required",
    "이 가운데: a subset of the 선발된 청년농; no noun of its own"))
d.Q("92.9%", 92.9, "%", "%", P, f=("정착률", "정착률은", S, "2022/2024", "level"))
d.D("같은 기간", "2022/2024", "year", rel=True, st="optional", note=PB, anchor="2022-01-01")
d.Q("85%", 85, "%", "%", P, f=("전국 평균 정착률", None, "", "2022/2024", "level", "required",
    "a national figure: empty subject (FACTS); 농림축산식품부 only compiled it"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator 1인당 (ANNOTATION: optional)")
d.Q("3억원", 300000000, W, "원", "currency", bound="max", f=("후계농 육성자금 융자", None, A, "2025", "level", "required", LEAD))
d.Q("1.5%", 1.5, "%", "%", P, f=("고정금리", None, A, "2025", "level", "required", LEAD))
d.Q("12동", 12, "동", "동", C, f=("스마트팜 임대 온실", None, A, "2025", "level", "required", LEAD))
d.Q("2.4ha", 2.4, "ha", "ha", M, f=("스마트팜 임대 온실", None, A, "2025", "level", "required", LEAD))
d.Q("5년", 5, "year", "년", "duration")
d.Q("35ha", 35, "ha", "ha", M, f=("농지은행 임대 농지", None, S, "2025", "level", "optional",
    "open question 3: done together with another body (한국농어촌공사와 협력해): subject one or both"))
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.Q("1만1천200여 명", 11200, "명", "명", C, approx=True, f=("군내 농업인", None, "", "2024", "level", "required",
    "the population of a place, not of an ORG: empty subject (FACTS)"))
d.Q("40세", 40, "세", "세", C, bound="lt", st="optional",
    note="age limit defining the group (40세 미만), part of the metric like a definitional range (convention 5)")
d.Q("350명", 350, "명", "명", C, f=("40세 미만", None, "", "2024", "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("40세 미만", None, "", "2024", "level"))
d.D("다음 달 초", "2025-02", "month", mod="START", rel=True)
d.Q("2주", 2, "week", "주", "duration")
d.D("2027년", "2027", "year")
d.Q("200명", 200, "명", "명", C, f=("청년농", "청년농 200명", S, "2027", "level"))

# ---------------------------------------------------------------- 006 beverage maker zero-sugar drinks, 뉴시스 dateline
d = Doc("006_b7c9052bb4b70b84", "2025-07-09"); docs.append(d)
S = "해솔음료"
PRD = "breakdown by product / channel of the company's sales: subject stays the company (convention 2)"
d.Oall("해솔음료", S)
d.O("뉴시스", "뉴시스")
for c in ("'해솔 제로 사이다", "'해솔 제로 콜라"):
    d.O("해솔", S, ctx=c, st="optional",
        note="company short name used only as the modifier inside a product name (ANNOTATION: optional); 음료 or 그룹 not settled")
d.O("GS25", "GS25", note="a convenience-store chain run as a business (ANNOTATION: businesses run as platforms, brands named as companies)")
d.O("닐슨아이큐코리아", "닐슨아이큐코리아")
d.O("롯데칠성음료", "롯데칠성음료")
d.O("해솔그룹", "해솔그룹")
d.D("상반기", "2025-H1", "half", ctx="상반기 1억캔", rel=True)
d.Q("1억캔", 100000000, "캔", "캔", C, bound="gt", f=("음료", "음료 상반기", S, "2025-H1", "level"))
d.Q("2위", 2, "위", "위", "ordinal", ctx="점유율 2위")
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half taken as one mention (convention 1)")
d.Q("1억1천만캔", 110000000, "캔", "캔", C, f=("제로슈거 음료 판매량", None, S, "2025-H1", "level"))
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("52%", 52, "%", "%", P, f=("제로슈거 음료 판매량", None, S, "2025-H1", "change"))
d.D("9일", "2025-07-09", "day", rel=True)
d.D("같은 기간", "2025-H1", "half", rel=True, st="optional", note=PB, anchor="2025-01-01")
ZM = "제로 음료 매출은"
d.Q("1천46억원", 104600000000, W, "원", "currency", f=("제로 음료 매출", ZM, S, "2025-H1", "level"))
d.Q("3천80억원", 308000000000, W, "원", "currency", f=("전체 음료 매출", None, S, "2025-H1", "level"))
d.Q("34%", 34, "%", "%", P, f=("제로 음료 매출", ZM, S, "2025-H1", "level", "required", "share: metric = the figure whose share it is"))
d.D("지난해", "2024", "year", rel=True)
d.Q("1천520억원", 152000000000, W, "원", "currency", f=("제로 음료 매출", "연간 제로 음료 매출", S, "2024", "level"))
d.Q("70%", 70, "%", "%", P, approx=True, f=("제로 음료 매출", ZM, S, "2025-H1", "level", "required",
    "ratio of this half's sales to last year's: metric the current figure (convention 4)"),
    note="가까이 (close to) read as an approximator like 가량 (convention 7)")
d.Q("4천800만캔", 48000000, "캔", "캔", C, f=("판매량", "제품별 판매량", S, "2025-H1", "level", "required", PRD))
d.Q("3천500만캔", 35000000, "캔", "캔", C, f=("판매량", "제품별 판매량", S, "2025-H1", "level", "required", PRD))
d.Q("2천700만캔", 27000000, "캔", "캔", C, f=("판매량", "제품별 판매량", S, "2025-H1", "level", "required", PRD))
d.Q("28%", 28, "%", "%", P, f=("물량", None, S, "2025-H1", "level", "required", PRD))
d.D("상반기", "2025-H1", "half", ctx="상반기 약", rel=True)
d.Q("6천200억원", 620000000000, W, "원", "currency", approx=True, f=("국내 제로 탄산음료 시장", None, "", "2025-H1", "level"))
d.Q("17.8%", 17.8, "%", "%", P, f=("점유율", "점유율은 17.8%", S, "2025-H1", "level"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): an amount of time, like 간 / 동안")
d.Q("4.6%포인트", 4.6, "%p", "%포인트", P, f=("점유율", "점유율은 17.8%", S, "2025-H1", "change"))
d.Q("48.2%", 48.2, "%", "%", P, f=("점유율", "점유율은 17.8%", "롯데칠성음료", "2025-H1", "level"))
d.Q("2위", 2, "위", "위", "ordinal", ctx="2위에 올랐다")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (증설한다)")
d.Q("300억원", 30000000000, W, "원", "currency", f=("투자", None, "해솔그룹", "2025-H2", "level", "required", "verbal noun (투자해) as metric (FACTS)"))
d.Q("2개", 2, "개", "개", C, f=("캔 생산라인", None, "해솔그룹", "2025-H2", "change", "required", "lines added (증설): an increase, kind change"))
d.D("올해", "2025", "year", ctx="올해 제로", rel=True)
d.Q("2천200억원", 220000000000, W, "원", "currency", f=("제로 음료 매출", "올해 제로 음료 매출", S, "2025", "level"))
d.Q("20%", 20, "%", "%", P, f=("점유율", "점유율 20%", S, "2025", "level"))

if __name__ == "__main__":
    write_all(docs)
