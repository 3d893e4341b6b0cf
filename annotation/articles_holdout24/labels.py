"""Gold labels of articles-holdout24, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout24/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food maker annual results (입력 stamp + byline)
d = Doc("001_bc7fc03c4f7218d1", "2026-02-12"); docs.append(d)
HD = "해담식품"
d.Oall(HD, HD, special={0: ("required", "headline topic with a comma")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("해담아메리카", "해담아메리카", note="invented subsidiary introduced by 미국 판매법인")
d.O("월마트", "월마트", note="retailer where the products are stocked")
d.O("코스트코", "코스트코", note="retailer listed with 월마트")
d.O("농심", "농심", note="rival (경쟁사), genitive owner of its figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="해담식품, 지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp (document metadata written in the text); clock time not labelled")
d.D("지난해", Y, "year", ctx="해담식품이 지난해", rel=True)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention; future (완공하며)")
d.D("올해", "2026", "year", rel=True)
d.Q("1조", 1000000000000, W, "", "currency", ctx="매출 1조 넘었다", bound="gt", st="optional",
    note="headline amount, currency implied; 넘었다 → gt")
d.Q("60%", 60, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("해외 비중", None, HD, Y, "level", "required", "headline after an ellipsis: the headline's company; 지난해 earlier in the same headline"))
d.Q("1조 840억 원", 1084000000000, W, "원", "currency", f=("매출", "연결 기준 매출", HD, Y, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,920억 원", 192000000000, W, "원", "currency", f=("영업이익", "영업이익 1,920억", HD, Y, "level"))
d.Q("31.5%", 31.5, "%", "%", P, f=("매출", "매출은 전년", HD, Y, "change", "required", "전년보다 = basis"))
d.Q("52%", 52, "%", "%", P, f=("영업이익", "영업이익은 52%", HD, Y, "change"))
d.Q("17.7%", 17.7, "%", "%", P, f=("영업이익률", None, HD, Y, "level"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", None, HD, Y, "change"))
d.Q("6,610억 원", 661000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", "subject and period carried (results story)"))
d.Q("61%", 61, "%", "%", P,
    f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required",
       "전체 매출의 61%를 차지: the share measures the part, the topic 해외 매출 (the headline calls it 해외 비중); 전체 매출 overlaps no gold span"))
BR = "breakdown (국가별로는): the items keep the measure of the figure before (해외 매출); a country is a place, no subject: the company carried"
d.Q("2,380억 원", 238000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR))
d.Q("1,450억 원", 145000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR + "; figure in brackets after the country"))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR + "; figure in brackets after the country"))
d.Q("4,200곳", 4200, "곳", "곳", C,
    note="으로 늘렸다: the level reached, no bound",
    f=("입점 매장", None, "해담아메리카", Y, "level", "required",
       "the subsidiary is the subject of 늘렸다 (its own figure); the retailers (월마트와 코스트코를 중심으로) are counterparties; the results story's 지난해"))
d.Q("4,230억 원", 423000000000, W, "원", "currency", f=("국내 매출", None, HD, Y, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("국내 매출", None, HD, Y, "change"))
d.Q("1%", 1, "%", "%", P, ctx="기간 1% 줄어든",
    f=("국내 라면 매출", None, "농심", Y, "change", "required", "the rival's genitive figure; 같은 기간 (optional DATE) points back to 지난해; 줄어든: change"))
PLAN = ("a plan's figures after a completion date: the literal search (own clause, then sentence, then earlier for the same subject) "
        "gives 내년 상반기 (2027-H1)")
d.Q("2,400억 원", 240000000000, W, "원", "currency",
    f=("제2공장", None, HD, "2027-H1", "level", "optional",
       "총 N원을 들여 … 완공하며: the plant it is spent on is named only in the sentence before (짓는다), no measure noun, and the "
       "clause's date is the completion date, not the spend's (README question 4); " + PLAN))
d.Q("8억 개", 800000000, "개", "개", C,
    f=("생산능력", "연간 생산능력", HD, "", "level", "optional",
       "A에서 B로: the old level, the present capacity; the sentence's date (내년 상반기) is the new level's (README question 4)"))
d.Q("13억 개", 1300000000, "개", "개", C,
    f=("생산능력", "연간 생산능력", HD, "2027-H1", "level", "required", "연간 outside the metric; 완공되면 after 내년 상반기 완공하며 in the sentence; " + PLAN))
d.Q("350명", 350, "명", "명", C, approx=True, note="약 before: approx",
    f=("새로 뽑는 인원", None, HD, "2027-H1", "level", "required",
       "the relative clause changes what is counted, kept in the metric; 회사는 carried; the period last set for the company in the paragraph (내년 상반기)"))
d.Q("70%", 70, "%", "%", P,
    note="까지 끌어올리겠다: the target level reached; 까지 is not among the guideline's bound words, so no bound (README question 6)",
    f=("해외 매출 비중", None, HD, "2026", "level", "required",
       "a target in the CEO's quote (최윤서 해담식품 대표): the quoted clause names no subject of its own; the CEO's title names the company; 올해 in the clause"))

# ---------------------------------------------------------------- 002 IPO demand forecast (뉴시스 dateline, no year anywhere)
d = Doc("002_815d9e76cc4b559d", "2025-11-10"); docs.append(d)
LB = "루미넥스바이오"
d.Oall(LB, LB, special={0: ("required", "headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("코스닥", "코스닥", ctx="코스닥 상장을", st="optional", note="a stock market (run by the exchange): an institution or a place/venue? unclear")
d.Oall("한국투자증권", "한국투자증권", special={0: ("required", "lead manager (대표 주관사), subject of 밝혔다")})
d.O("키움증권", "키움증권", note="co-manager (공동 주관사)")
d.O("메디코어랩", "메디코어랩", note="invented company, an earlier listing of the same trade")
d.O("코스닥시장", "코스닥시장", st="optional", note="a stock market: as 코스닥")
R = "2025-11-03/2025-11-07"
d.D("지난 3~7일", R, "day", rel=True, note="지난 + a range of days: one mention, the latest such days before 2025-11-10")
d.D("10일", "2025-11-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("오는 12~13일", "2025-11-12/2025-11-13", "day", rel=True, note="future range (오는)")
d.D("이달 초", "2025-11", "month", mod="START", rel=True)
d.D("첫날", "2025-11", "month", mod="START", rel=True, st="optional", anchor="2025-11-01",
    note="상장 첫날: a word pointing back to an event named in the text (like 첫해/당일): optional; resolved to the listing's 이달 초")
d.D("오는 21일", "2025-11-21", "day", rel=True, note="future (오는)")
RATIO = "a competition ratio N대 1: 대 is 'to', not a counter; no unit in the guideline's sense (README question 1)"
d.Q("1128대 1", 1128, "대", "대", C, st="optional", note="headline; " + RATIO)
d.Q("1,128대 1", 1128, "대", "대", C, st="optional", note=RATIO)
PART = ("participants in the company's demand forecast: the forecast's (the company's) figure, or a figure of unnamed institutions "
        "taken together (empty subject)? (README question 2)")
d.Q("2,031곳", 2031, "곳", "곳", C, f=("기관", "국내외 기관", LB, R, "level", "optional", PART))
d.Q("97.4%", 97.4, "%", "%", P, f=("참여 기관", None, LB, R, "level", "optional", PART))
IPO = ("an IPO figure with no date of its own: the period last set for the same subject (the lead's 지난 3~7일, the forecast that "
       "set the price) carries forward (FACTS: earlier in the article)")
d.Q("1만 6,000~1만 9,000원", 16000, W, "원", "currency", hi=19000, note="a range: one mention, value_high",
    f=("희망 범위", "희망 범위(", LB, R, "level", "required", "the band in brackets after 희망 범위; " + IPO))
d.Q("1만 9,000원", 19000, W, "원", "currency", ctx="상단인 1만 9,000원", f=("공모가", "이에 따라 공모가", LB, R, "level", "required", IPO))
d.Q("240만 주", 2400000, "주", "주", C, f=("공모 주식", None, LB, R, "level", "required", IPO))
d.Q("456억 원", 45600000000, W, "원", "currency",
    f=("회사로 들어오는 돈", None, LB, R, "level", "required", "회사 = the story's company; the relative clause names what the money is; " + IPO))
d.Q("2,130억 원", 213000000000, W, "원", "currency", approx=True, note="약 before: approx",
    f=("시가총액", None, LB, "", "level", "optional",
       "an outlook after the listing (상장 후 … 된다): the literal carry would give the forecast's days; the listing day (오는 21일) comes only later in the text (README question 3)"))
d.Q("30%", 30, "%", "%", P,
    f=("공모 물량", None, "키움증권", R, "level", "optional",
       "the co-manager's allotted share: its subject has no period of its own and none was set for it; the story's forecast days or empty? (README question 3)"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀간: a native word for an amount of days (as 사흘 in the guideline's offsets), 간 outside; a duration, no fact")
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("생산시설 증설", None, LB, "", "level", "optional",
       "X에 N원을 쓸 계획 → X (충북 오송, a place, outside); a plan with no date of its own: empty, or the story's carried days? (README question 3)"))
d.Q("6조 2천억 원", 6200000000000, W, "원", "currency",
    f=("증거금", None, "메디코어랩", "2025-11", "level", "required",
       "the company is the topic; 일반 청약에 marks the event; 이달 초 (START) in the relative clause of its sentence"))
d.Q("142%", 142, "%", "%", P,
    f=("주가", None, "메디코어랩", "2025-11", "change", "required", "공모가보다 = basis; 상장 첫날 (optional DATE) and the sentence's 이달 초 (START)"))

# ---------------------------------------------------------------- 003 metropolitan city's budget for next year (regional daily, byline only)
d = Doc("003_951f4979b4f9d5de", "2025-12-16"); docs.append(d)
DG, DGC = "대구시", "대구시의회"
d.O(DG, DG, ctx="대구시 내년", note="a city acting as a government (its budget)")
d.O("시의회", DGC, ctx="시의회, 312억", st="optional", note="unnamed institution noun (the guideline's 시의회 example), though it stands for 대구시의회 named in the text")
d.O("대구일보", "대구일보", note="regional daily in the byline line")
d.O(DG, DG, ctx="대구시의 2026년도")
d.O(DGC, DGC, note="the city council, subject of 의결했다")
d.O("시", DG, ctx="시가 제출한", st="optional", note="bare 시 (the city): an unnamed institution noun standing for 대구시")
d.O("시의회", DGC, ctx="시의회 예산결산", st="optional", note="unnamed institution noun, as in the headline")
d.O("예산결산특별위원회", "예산결산특별위원회", note="the council's committee (위원회); 시의회 before it is a separate (optional) mention")
d.O("시", DG, ctx="시 산하", st="optional", note="bare 시, as above")
d.O("대구교통공사", "대구교통공사", note="a city corporation (산하), recipient of the support (에 대한)")
d.O(DG, DG, ctx="황정민 대구시", note="the official's employer in his title")
Y = "2026"
d.D("내년", Y, "year", ctx="대구시 내년", rel=True)
d.D("2026년도", Y, "year", note="N년도 (a budget's year): value 2026 as a year; not written 회계연도, so not FY (README conventions)")
d.D("15일", "2025-12-15", "day", rel=True, note="day of the council's vote")
d.D("내년도", Y, "year", rel=True, note="내년도 (next year's): 2026")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True, note="a comparison's basis, still a DATE")
d.D("올해", "2025", "year", ctx="올해보다", rel=True, note="a comparison's basis")
d.Q("11조 2,480억", 11248000000000, W, "", "currency", ctx="예산 11조 2,480억 확정", st="optional", note="headline amount, currency implied")
d.Q("312억", 31200000000, W, "", "currency", ctx="312억 삭감", st="optional", note="headline amount, currency implied")
d.Q("11조 2,480억 원", 11248000000000, W, "원", "currency", f=("예산", "2026년도 예산이", DG, Y, "level", "required", "genitive owner (대구시의); 2026년도 in the clause"))
d.Q("제318회", 318, "회", "회", "ordinal", note="제 + number + 회: ordinal (an edition of the session), no fact")
CUT = ("a cut the council made to the city's proposal: the guideline's 'the government body whose budget it is' gives the city, "
       "not the council that cut it; 깎은: a change")
d.Q("312억 원", 31200000000, W, "원", "currency",
    f=("예산안", "제출한 예산안", DG, Y, "change", "required", CUT + "; 내년도 (예산안) in the clause"))
d.Q("4.1%", 4.1, "%", "%", P, f=("확정 예산", None, DG, Y, "change", "required", "올해 본예산보다 = basis; the story's 2026 carried"))
d.Q("8조 6,150억 원", 8615000000000, W, "원", "currency", f=("일반회계", None, DG, Y, "level", "required", "an account of the budget names what is measured"))
d.Q("2조 6,330억 원", 2633000000000, W, "원", "currency", f=("특별회계", None, DG, Y, "level"))
BR = "breakdown (분야별 예산은): a field is no subject and names no measure; the items keep 예산; the city and 2026 carried"
d.Q("4조 1,920억 원", 4192000000000, W, "원", "currency", f=("예산", "분야별 예산은", DG, Y, "level", "required", BR))
d.Q("37.3%", 37.3, "%", "%", P, f=("예산", "분야별 예산은", DG, Y, "level", "required", "전체의 N%를 차지: a share of the budget; " + BR))
d.Q("1조 1,240억 원", 1124000000000, W, "원", "currency", f=("예산", "분야별 예산은", DG, Y, "level", "required", BR))
d.Q("10.0%", "10.0", "%", "%", P, f=("예산", "분야별 예산은", DG, Y, "level", "required", "a share in brackets after the item's amount; " + BR))
d.Q("7,860억 원", 786000000000, W, "원", "currency", f=("예산", "분야별 예산은", DG, Y, "level", "required", BR))
d.Q("7.0%", "7.0", "%", "%", P, f=("예산", "분야별 예산은", DG, Y, "level", "required", "a share in brackets; " + BR))
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("예산", "분야별 예산은", DG, Y, "level", "required", BR))
d.Q("85억 원", 8500000000, W, "원", "currency",
    f=("신청사 건립 설계비", None, DG, Y, "level", "required", "an item of the city's budget: the city's figure, though the committee is the sentence's subject"))
d.Q("40억 원", 4000000000, W, "원", "currency", ctx="중 40억 원", f=("신청사 건립 설계비", None, DG, Y, "change", "required", "N 중 M을 깎고: " + CUT))
d.Q("27억 원", 2700000000, W, "원", "currency",
    f=("신공항 홍보 예산", None, DG, Y, "level", "required", "the item's size (전액 삭감: the whole of it was cut); the city's budget item"))
d.Q("12개", 12, "개", "개", C, f=("사업", "12개 사업", DG, Y, "level", "required", "the counted noun after the count; projects added to the city's budget"))
d.Q("96억 원", 9600000000, W, "원", "currency",
    f=("사업 예산", "12개 사업 예산", DG, Y, "level", "required", "새로 반영: the size of the added items' budget (a level of 사업 예산), the city's budget"))
d.Q("3,410억 원", 341000000000, W, "원", "currency",
    f=("지원금", None, DG, Y, "level", "required", "the city's budget line; the corporation (에 대한) is the recipient, not the subject"))
d.Q("280억 원", 28000000000, W, "원", "currency", f=("지원금", None, DG, Y, "change", "required", "올해보다 = basis"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", bound="max", note="이내 → max",
    f=("지방채 발행", None, DG, Y, "level", "required",
       "a cap in the city official's quote (황정민 대구시 기획조정실장): the quoted clause names no subject, the title names the city; the period last set for the city (2026) carried"))

# ---------------------------------------------------------------- 004 department store's year-end sale (Yonhap dateline, no year anywhere)
d = Doc("004_d561d69b6d2b76b5", "2025-12-29"); docs.append(d)
SS = "신세계백화점"
BRO = "a store branch: a business unit or a place? optional (the guideline's optional business units)"
d.O("신세계百", SS, note="headline short form (百 = 백화점) of 신세계백화점, topic with a comma")
d.Oall("강남점", "강남점", special={0: ("optional", BRO), 1: ("optional", BRO), 2: ("optional", BRO)})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(SS, SS)
d.O("센텀시티점", "센텀시티점", st="optional", note=BRO)
d.O("경기점", "경기점", st="optional", note=BRO)
d.O("롯데백화점", "롯데백화점", note="rival")
d.O("본점", "본점", st="optional", note="the rival's main store: " + BRO)
d.Oall("잠실점", "잠실점", special={0: ("optional", BRO), 1: ("optional", BRO)})
d.O("현대백화점", "현대백화점", note="rival")
d.O("더현대 서울", "더현대 서울", st="optional", note="the rival's store: " + BRO)
d.O("신세계", SS, ctx="신세계는", note="short form of 신세계백화점 named in full in the lead")
R = "2025-12-05/2025-12-28"
YE = "연말 naming the sale (연말 세일) or the season of a demand: a DATE (2025, END) or part of a name/compound? (README question 5)"
d.D("연말", "2025", "year", ctx="연말 세일", mod="END", rel=True, st="optional", note=YE)
d.D("이달 5~28일", R, "day", rel=True, note="이달 + a range of days: one mention; sets the story's period")
d.D("연말", "2025", "year", ctx="연말 정기", mod="END", rel=True, st="optional", note=YE)
d.D("작년", "2024", "year", rel=True, note="작년 세일보다: a comparison's basis, still a DATE")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the announcement")
d.D("27일", "2025-12-27", "day", rel=True, note="마지막 주말인 27일 (the weekend in apposition is not labelled)")
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis")
d.D("같은 기간", R, "day", rel=True, st="optional", anchor="2025-12-01", note="points back to 이달 5~28일")
d.D("연말", "2025", "year", ctx="연말 선물", mod="END", rel=True, st="optional", note=YE)
d.D("다음 달 2일", "2026-01-02", "day", rel=True, note="future (다음 달)")
d.Q("9%", 9, "%", "%", P,
    f=("매출", "세일 매출 9%", SS, R, "change", "optional",
       "a headline figure whose headline has no required DATE: the lead's days (the figure is the lead's 9.2% rounded) or empty by the literal search (nothing earlier)? (README question 7)"))
d.Q("하루", 1, "day", "하루", "duration", ctx="'하루 100억'", st="optional", note="native day word as a rate word ('하루 100억'): optional")
d.Q("100억", 10000000000, W, "", "currency", ctx="100억' 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("9.2%", 9.2, "%", "%", P, f=("매출", "세일 매출이 작년", SS, R, "change", "required", "작년 세일보다 = basis; 이달 5~28일 in the clause"))
BRF = ("a branch's figure (점포별로는): the company's, as a breakdown item, or the branch's, an optional ORG, which makes the fact "
       "optional (FACTS)? (README question 8)")
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("매출", "강남점 매출이", SS, R, "level", "optional", BRF))
d.Q("820억 원", 82000000000, W, "원", "currency", f=("매출", "강남점 매출이", SS, R, "level", "optional", BRF))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("매출", "강남점 매출이", SS, R, "level", "optional", BRF))
d.Q("하루", 1, "day", "하루", "duration", ctx="27일 하루에만", st="optional", note="27일 하루에만 (on that one day alone): a limiting word, not a duration of anything: optional")
d.Q("104억 원", 10400000000, W, "원", "currency", approx=True, note="어치 outside, approx (like 달러치)",
    f=("일 매출", None, SS, "2025-12-27", "level", "optional", "팔아 (a plain verb); 일 매출 later in the sentence names it; 27일 in the clause; " + BRF))
GR = "신장률: a rate of change named by its own measure noun: kind change (FACTS: a rate of change); a product group is no subject: the company carried"
d.Q("14.8%", 14.8, "%", "%", P, f=("신장률", None, SS, R, "change", "required", GR))
d.Q("11%", 11, "%", "%", P, f=("신장률", None, SS, R, "change", "required", GR))
d.Q("6.5%", 6.5, "%", "%", P, f=("신장률", None, SS, R, "change", "required", GR))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional",
    note="age brackets: a definitional range that is part of the metric (FACTS: no fact); labels_core requires a fact for every required quantity, so optional here; I would label it required with no fact")
d.Q("42%", 42, "%", "%", P,
    f=("비중", None, SS, R, "level", "required",
       "the whole metric is 20~30대 비중 (the definitional range belongs to it), but labels_core keeps metrics outside quantities: 비중; the sale's days carried"))
d.Q("3.1%포인트", 3.1, PP, "%포인트", P, f=("비중", None, SS, R, "change", "required", "지난해보다 = basis"))
d.Q("5.4%", 5.4, "%", "%", P, f=("매출", "매출이 5.4%", "롯데백화점", R, "change", "required", "같은 기간 (optional DATE) points back to the sale's days"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", approx=True, note="약 before: approx",
    f=("매출", "매출을 합치면", "롯데백화점", R, "level", "optional", "a sum of two of the rival's branches: the rival's or the branches' (optional ORGs)? " + BRF))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("매출", "매출을 합치면", "롯데백화점", R, "level", "optional", BRF))
d.Q("두 배", 2, "배", "배", C,
    f=("외국인 매출", None, "", R, "change", "optional",
       "a store's (optional ORG) figure; 두 배로 뛰면서: a level as a multiple or a change? unclear"))
d.Q("7.7%", 7.7, "%", "%", P,
    f=("매출", "매출이 5.4%", "현대백화점", R, "change", "optional",
       "no measure noun in its own clause, and the one before in its sentence (외국인 매출) is the store's, not the company's: the parallel sentence's 매출? (README question 9)"))

# ---------------------------------------------------------------- 005 battery maker's order backlog (입력 stamp + byline)
d = Doc("005_8fa726d9ab17488c", "2026-01-29"); docs.append(d)
DH, GM, LC = "대한셀텍", "제너럴모터스", "리버티셀에너지"
d.Oall(DH, DH, special={0: ("required", "headline topic with a comma")})
d.O("GM", GM, ctx="GM 합작사", note="short form of 제너럴모터스 (named in full with the alias GM in the text)")
d.O("전자신문", "전자신문", note="outlet in the byline line")
d.O(GM, GM, aliases="GM", note="미국 (place) outside; (GM) is an alias, not a mention")
d.Oall(LC, LC, special={0: ("required", "invented joint venture introduced by 합작법인; the contract's counterparty (와)")})
d.O("GM", GM, ctx="GM이 각각", note="short form, holder of a stake")
d.O("에코프로비엠", "에코프로비엠", note="rival (경쟁사), genitive owner of its figure")
Y = "2025"
d.D("2026.01.29", "2026-01-29", "day", st="optional", note="publication stamp (document metadata written in the text); clock time not labelled")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-12-31",
    note="an offset that points back from the figure's as-of date (지난해 말), not from the document date; the guideline's offsets count from the document date (→ 2025) (README question 10)")
d.D("29일", "2026-01-29", "day", rel=True, note="day of the results briefing (밝히며)")
d.D("이달", "2026-01", "month", rel=True, note="dates the contract (체결했다)")
d.D("2027년", "2027", "year", note="2027년부터 (부터 outside)")
d.D("지난해", Y, "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date (results of 지난해)")
d.D("같은 시점", Y, "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말 (like 같은 기간)")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해(", rel=True, note="a comparison's basis with its figure in brackets")
d.Q("130조", 130000000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt")
d.Q("28억 달러", 2800000000, U, "달러", "currency", ctx="28억 달러 공급",
    f=("공급", "달러 공급", DH, "2026-01", "level", "optional",
       "headline: 공급 (a verbal noun) names it; a headline figure with no DATE in the headline: the lead's 이달 or empty by the literal search? (README question 7)"))
d.Q("131조 4천억 원", 131400000000000, W, "원", "currency", f=("수주 잔고", "대한셀텍의 수주 잔고", DH, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("22조 원", 22000000000000, W, "원", "currency", f=("수주 잔고", "대한셀텍의 수주 잔고", DH, Y, "change", "required", "1년 전보다 = basis"))
CT = ("X 규모의 Y → Y; the joint venture (와) is the counterparty, not the subject; 이달 in the clause")
d.Q("28억 달러", 2800000000, U, "달러", "currency", ctx="28억 달러(", f=("배터리 셀 공급 계약", None, DH, "2026-01", "level", "required", CT))
d.Q("4조 600억 원", 4060000000000, W, "원", "currency", approx=True, eq=("28억 달러",), note="conversion in brackets; 약 → approx",
    f=("배터리 셀 공급 계약", None, DH, "2026-01", "level", "required", "a conversion: the same slots as the amount it converts"))
d.Q("6년", 6, "year", "년", "duration", note="공급 기간은 … 6년: a duration, no fact")
STK = ("a present stake with no date of its own: the literal carry gives 대한셀텍 the contract's 이달 and GM nothing (empty); "
       "same sentence, so one reading should hold for both (README question 11)")
d.Q("51%", 51, "%", "%", P, f=("지분", None, DH, "2026-01", "level", "optional", "각각: the first holder; " + STK))
d.Q("49%", 49, "%", "%", P, f=("지분", None, GM, "", "level", "optional", "각각: the second holder; " + STK))
d.Q("50GWh", 50, "GWh", "GWh", M,
    f=("생산능력", None, LC, "", "level", "required",
       "the joint venture is the sentence's topic (its plant, 오하이오주 a place); 연간 outside the metric; no period set for it anywhere: empty"))
d.Q("15조 8,200억 원", 15820000000000, W, "원", "currency", f=("매출", "지난해 매출은", DH, Y, "level", "required", "실적은: the story's company carried"))
d.Q("4,730억 원", 473000000000, W, "원", "currency", f=("영업이익", None, DH, Y, "level"))
d.Q("6.1%", 6.1, "%", "%", P, f=("매출", "지난해 매출은", DH, Y, "change", "required", "각각: the first figure's metric; 전년 대비 = basis"))
d.Q("21%", 21, "%", "%", P, f=("영업이익", None, DH, Y, "change", "required", "각각: the second figure's metric"))
d.Q("1,850억 원", 185000000000, W, "원", "currency",
    f=("첨단제조 생산세액공제", None, DH, "2025-Q4", "level", "required", "the credit booked (반영); 미국 is a place modifier; (AMPC) an alias of a program, no ORG"))
d.Q("120억 원", 12000000000, W, "원", "currency", f=("영업손실", None, DH, "2025-Q4", "level", "required", "N원의 영업손실: a loss is a level of 영업손실"))
d.Q("90조 원", 90000000000000, W, "원", "currency", approx=True, note="약 before: approx",
    f=("수주 잔고", "에코프로비엠의 수주 잔고", "에코프로비엠", Y, "level", "required", "the rival's genitive figure; 같은 시점 (optional DATE) points back to 지난해 말"))
d.Q("1.5배", 1.5, "배", "배", C,
    f=("잔고", "대한셀텍의 잔고", DH, Y, "level", "required", "a multiple of the rival's figure: the size of 잔고 as a multiple (level); 같은 시점 in the sentence"))
d.Q("6조 2천억 원", 6200000000000, W, "원", "currency",
    f=("설비투자", None, DH, Y, "level", "required", "a figure in brackets right after 지난해 is that year's (the comparison's basis)"))
d.Q("30%", 30, "%", "%", P, f=("설비투자", None, DH, "2026", "change", "required", "줄인: change; 올해 in the clause"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency", f=("설비투자", None, DH, "2026", "level", "required", "회사는 = the story's company; 올해"))

# ---------------------------------------------------------------- 006 monthly employment and prices (Yonhap dateline, no year anywhere)
d = Doc("006_94cbcc579f6e77d9", "2025-09-10"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("통계청", "통계청", special={0: ("required", "the agency that releases the statistic (its source), subject of 발표한")})
d.O("기획재정부", "기획재정부", note="a ministry (government body); its official speaks")
M8 = "2025-08"
d.D("8월", M8, "month", ctx="8월 취업자", rel=True, note="headline month of the statistic: the latest August on or before the document date")
d.D("지난달", M8, "month", ctx="기자 = 지난달", rel=True)
d.D("10일", "2025-09-10", "day", rel=True, note="day of the release (발표한): not the statistic's period")
d.D("8월", M8, "month", ctx="'8월 고용동향", rel=True, st="optional", note="inside a quoted report title: a DATE or part of the title?")
d.D("지난달", M8, "month", ctx="지난달 15세", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset from the document date (N년 전 → that year): a comparison's basis, still a DATE")
d.D("7월", "2025-07", "month", rel=True, note="the latest July on or before the document date; a comparison's basis with its figure in brackets")
AGO = ("작년 같은 달: one mention, a word pointing back to the statistic's month (같은 달, like 전년 동기/같은 기간): optional, "
       "resolved to August of the year before (README conventions)")
d.D("작년 같은 달", "2024-08", "month", ctx="작년 같은 달보다 0.4", rel=True, st="optional", anchor="2025-08-01", note=AGO)
d.D("2일", "2025-09-02", "day", rel=True, note="day of the CPI release (내놓은)")
d.D("8월", M8, "month", ctx="8월 소비자물가", rel=True, note="the statistic's month")
d.D("2020", "2020", "year", ctx="2020=100", st="optional", note="an index's base year written without 년 (2020=100): optional")
d.D("작년 같은 달", "2024-08", "month", ctx="작년 같은 달보다 1.7", rel=True, st="optional", anchor="2025-08-01", note=AGO)
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday (optional); future clause (…겠다): the next Chuseok, 2025-10-06")
NS = "a national statistic (통계청 is its source): no subject"
d.Q("16만6천명", 166000, "명", "명", C, f=("취업자", "8월 취업자", "", M8, "change", "required", "headline; 늘어: a change; 8월 in the headline; " + NS))
d.Q("16개월째", 16, "개월", "개월", "ordinal", note="째: ordinal marker (like 12회째), no fact")
d.Q("16만 명", 160000, "명", "명", C, approx=True, note="16만 명대: 대 after the unit stays outside and sets approx (like 원대)",
    f=("취업자 수", None, "", M8, "change", "required", "16만 명대 증가세: the size of an increase, a change; 지난달 in the clause; " + NS))
DEF = ("a definitional age bound/range, part of the metric (FACTS: no fact); labels_core requires a fact for every required quantity, "
       "so optional here; I would label it required with no fact")
d.Q("15세", 15, "세", "세", C, bound="min", st="optional", note="15세 이상 (이상 → min); " + DEF)
d.Q("2,896만 7천 명", 28967000, "명", "명", C, f=("취업자", "이상 취업자는", "", M8, "level", "required", "15세 이상 belongs to the metric's definition (kept outside: a quantity); " + NS))
d.Q("16만 6천 명", 166000, "명", "명", C, f=("취업자", "이상 취업자는", "", M8, "change", "required", "1년 전보다 = basis; " + NS))
d.Q("17만 1천 명", 171000, "명", "명", C,
    f=("증가 폭", None, "", "2025-07", "change", "required",
       "the figure in brackets after 7월 is July's; an increase named by its own measure noun (증가 폭): its metric, kind change (a difference); " + NS))
d.Q("63.7%", 63.7, "%", "%", P, f=("고용률", "고용률은 63.7%", "", M8, "level", "required", "the statistic's month (지난달) carried; " + NS))
d.Q("0.4%포인트", 0.4, PP, "%포인트", P, f=("고용률", "고용률은 63.7%", "", M8, "change"))
d.Q("15~29세", 15, "세", "세", C, hi=29, st="optional", note=DEF)
d.Q("44.9%", 44.9, "%", "%", P, f=("청년층 고용률", None, "", M8, "level"))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("청년층 고용률", None, "", M8, "change"))
d.Q("16개월", 16, "month", "개월", "duration", ctx="16개월 연속", note="16개월 연속: an amount of time (a run of months), duration, no fact")
BR = "breakdown (산업별 취업자는): an industry is no subject; the items keep 취업자; 늘었고/줄었다: changes; " + NS
d.Q("11만 9천 명", 119000, "명", "명", C, f=("취업자", "산업별 취업자는", "", M8, "change", "required", BR))
d.Q("5만 2천 명", 52000, "명", "명", C, f=("취업자", "산업별 취업자는", "", M8, "change", "required", BR))
d.Q("6만 1천 명", 61000, "명", "명", C, f=("취업자", "산업별 취업자는", "", M8, "change", "required", "각각 줄었다: a fall written without a sign, value as written; " + BR))
d.Q("8만 4천 명", 84000, "명", "명", C, f=("취업자", "산업별 취업자는", "", M8, "change", "required", BR))
d.Q("57만 8천 명", 578000, "명", "명", C, f=("실업자", None, "", M8, "level"))
d.Q("3만 2천 명", 32000, "명", "명", C, f=("실업자", None, "", M8, "change"))
d.Q("1.7%", 1.7, "%", "%", P,
    f=("소비자물가지수", None, "", M8, "change", "required",
       "8월 in the clause (the statistic's month), not the release's 2일; the index value 116.45 has no unit: no quantity; " + NS))
CAT = ("a price category as topic after the index's figure: its metric the category (석유류, what got cheaper) or the figure before's "
       "소비자물가지수? (README question 12)")
d.Q("1.2%", 1.2, "%", "%", P, ctx="석유류는 1.2%", f=("석유류", None, "", M8, "change", "optional", CAT))
d.Q("4.8%", 4.8, "%", "%", P, f=("농축수산물", None, "", M8, "change", "optional", CAT))
d.Q("1.5배", 1.5, "배", "배", C,
    f=("성수품 공급", None, "기획재정부", "", "level", "optional",
       "a plan in a ministry official's quote (the official is unnamed, 관계자): the ministry's or the government's (정부, unnamed)?; "
       "period: 추석 전 (before an optional holiday DATE) or empty? (README question 13)"))

if __name__ == "__main__":
    write_all(docs)
