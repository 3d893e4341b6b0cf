"""Gold labels of articles-holdout15, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout15/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 nuclear-plant parts maker annual results (입력 stamp + byline)
d = Doc("001_3e86d987ff4bedd9", "2026-02-26"); docs.append(d)
S = "세진원전테크"
d.Oall(S, S, special={1: ("required", "invented maker introduced by what it makes; topic of the lead")})
d.O("이데일리", "이데일리", note="outlet in the byline line")
d.O("한국수력원자력", "한국수력원자력", note="a customer (에 대한): the counterparty")
d.O("두산에너빌리티", "두산에너빌리티", note="the party an order was won from (로부터)")
d.O("뉴클리어핏", "뉴클리어핏", note="invented startup introduced by 스타트업")
Y = "2025"
d.D("지난해", Y, "year", ctx="세진원전테크, 지난해", rel=True)
d.D("2026.02.26", "2026-02-26", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="만드는 세진원전테크는 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 27.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("26일", "2026-02-26", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="포함해 지난해", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해", "2026", "year", ctx="회사는 올해", rel=True)
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", "2026", "year", ctx="\"올해 매출", rel=True)
d.Q("3,120억", 312000000000, W, "", "currency", ctx="매출 3,120억…", st="optional", note="headline amount, currency implied",
    f=("매출", "지난해 매출 3,120억…", S, Y, "level"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("매출", "매출이 3,120억", S, Y, "level"))
d.Q("27.4%", 27.4, "%", "%", P, f=("매출", "매출이 3,120억", S, Y, "change"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익은 412억", S, Y, "level"))
d.Q("38%", 38, "%", "%", P, f=("영업이익", "영업이익은 412억", S, Y, "change", "required", "a rate with no metric of its own: the figure before in its sentence"))
d.Q("13.2%", 13.2, "%", "%", P, f=("영업이익률", None, S, Y, "level"))
d.Q("1.0%포인트", "1.0", PP, "%포인트", P, f=("영업이익률", None, S, Y, "change"))
BR = "breakdown (사업별로는): the items keep the breakdown figure's measure (매출); a line of business is no subject: the company carried; story's period"
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("신규 원전 부품 매출", None, S, Y, "level", "required", BR))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("매출", "부품 매출이 1,870억", S, Y, "level", "required", BR))
d.Q("290억 원", 29000000000, W, "원", "currency", f=("매출", "부품 매출이 1,870억", S, Y, "level", "required", BR))
d.Q("58%", 58, "%", "%", P, f=("매출 비중", None, S, Y, "level", "required", "the customer (에 대한) is the counterparty, not the subject; the company carried"))
d.Q("740억 원", 74000000000, W, "원", "currency",
    f=("체코 원전용 부품 계약", None, S, Y, "level", "required", "the party it was won from (로부터) is the counterparty; story's period (지난해 in the next clause gives the same)"))
d.Q("2,450억 원", 245000000000, W, "원", "currency", f=("신규 수주", None, S, Y, "level"))
d.Q("5,680억 원", 568000000000, W, "원", "currency", f=("수주 잔고", None, S, Y, "level", "required", "지난해 말 기준 (value 2025, END)"))
Q4 = "2025-Q4"
d.Q("980억 원", 98000000000, W, "원", "currency", f=("매출", "4분기 매출은", S, Q4, "level"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("영업이익", "영업이익은 131억", S, Q4, "level"))
d.Q("31%", 31, "%", "%", P, f=("매출", "4분기 매출은", S, Q4, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("45%", 45, "%", "%", P, f=("영업이익", "영업이익은 131억", S, Q4, "change", "required", "각각: the second figure's metric"))
d.Q("650억 원", 65000000000, W, "원", "currency",
    f=("창원 2공장 증설", None, S, "2026", "level", "required", "X에 N원을 투입 → X; 회사는 = the story's company; 올해 in the clause"))
d.Q("40억 원", 4000000000, W, "원", "currency", ctx="지난달 40억 원",
    f=("투자", "투자했다", S, "2026-01", "level", "required", "투자 is no spend verb: the verbal noun; the startup (에는) is the counterparty; subject carried (회사는)"))
d.Q("3,800억 원", 380000000000, W, "원", "currency",
    f=("매출 목표", None, S, "2026", "level", "optional",
       "a target in a quote after a person's title as topic (김도윤 대표는): Named subjects (empty) or the company's own target (README question 1)"))

# ---------------------------------------------------------------- 002 venture-investment statistics (Yonhap dateline, no year anywhere)
d = Doc("002_5954395a7ae19aa1", "2025-10-16"); docs.append(d)
KV = "한국벤처캐피탈협회"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(KV, KV, note="the association that releases the statistic: its source")
d.O("모빌테라", "모빌테라", note="invented startup introduced by 스타트업")
d.O("퓨리오사AI", "퓨리오사AI", note="in a list with its figure in brackets")
d.O("셀로닉스", "셀로닉스", note="invented company introduced by 기업, figure in brackets")
R = "2025-01/2025-09"
d.D("1~9월", R, "month", ctx="벤처투자 1~9월", rel=True, note="headline range of months")
d.D("올해 1~9월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("16일", "2025-10-16", "day", rel=True, note="day of the release (발표했다)")
d.D("3분기", "2025-Q3", "quarter", ctx="'3분기", rel=True, st="optional", note="inside a quoted release title: DATE or part of a title")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기만", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 1~9월")
NS = "a national statistic released by an association (its source): empty subject"
d.Q("8조", 8000000000000, W, "", "currency", ctx="8조 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("벤처투자", "벤처투자 1~9월", "", R, "level"))
d.Q("38%", 38, "%", "%", P, ctx="38% 급증",
    f=("벤처투자", "벤처투자 1~9월", "", R, "change", "optional",
       "headline after an ellipsis: ICT 서비스 as the metric (what grew), or a category that names no measure, taking the figure before's 벤처투자? (README question 2)"))
d.Q("8조 1,240억 원", 8124000000000, W, "원", "currency", f=("벤처투자액", None, "", R, "level", "required", NS))
d.Q("14.6%", 14.6, "%", "%", P, f=("누적 투자액", None, "", R, "change", "required", NS + "; the story's period"))
d.Q("1,842곳", 1842, "곳", "곳", C, f=("투자를 받은 기업", None, "", R, "level"))
d.Q("96곳", 96, "곳", "곳", C, f=("투자를 받은 기업", None, "", R, "change"))
d.Q("2조 9,100억 원", 2910000000000, W, "원", "currency", f=("투자액", "보면 투자액은", "", "2025-Q3", "level"))
d.Q("8.3%", 8.3, "%", "%", P, f=("투자액", "보면 투자액은", "", "2025-Q3", "change", "required", "2분기보다 = basis"))
BR = ("breakdown (업종별로는) in a new paragraph: the items keep the measure of the figure before (투자액); "
      "new paragraph: the story's period (the sums exceed the quarter's total); a category is no subject")
d.Q("2조 4,300억 원", 2430000000000, W, "원", "currency", f=("투자액", "보면 투자액은", "", R, "level", "required", BR))
d.Q("1조 6,800억 원", 1680000000000, W, "원", "currency", f=("투자액", "보면 투자액은", "", R, "level", "required", BR))
d.Q("9,700억 원", 970000000000, W, "원", "currency", f=("투자액", "보면 투자액은", "", R, "level", "required", BR))
d.Q("38%", 38, "%", "%", P, ctx="38%로 가장",
    f=("증가율", None, "", R, "level", "optional",
       "a growth rate named by its own measure noun (증가율은): a level of 증가율, or a change of the category's 투자액? (README question 2)"))
d.Q("47.2%", 47.2, "%", "%", P, f=("투자", "받은 투자는", "", R, "level", "required", "a share of a whole measures the part named before it (후기 단계 기업이 받은 투자)"))
d.Q("3.1%포인트", 3.1, PP, "%포인트", P, f=("비중", None, "", R, "change"))
d.Q("44억 원", 4400000000, W, "원", "currency", f=("기업당 평균 투자액", None, "", R, "level", "required", "기업당: a rate word with no number"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", ctx="유치한 1,200억 원",
    f=("단일 투자", None, "모빌테라", R, "level", "required",
       "a figure given as something (단일 투자로는); the organization subject of the relative clause on the figure itself (모빌테라가 유치한) owns it"))
d.Q("800억 원", 80000000000, W, "원", "currency", ctx="(800억 원)",
    f=("단일 투자", None, "퓨리오사AI", R, "level", "required", "a figure in brackets after an organization is its; the list goes on with the last figure's metric"))
d.Q("650억 원", 65000000000, W, "원", "currency", f=("단일 투자", None, "셀로닉스", R, "level", "required", "as 800억 원"))
d.Q("6조 3,500억 원", 6350000000000, W, "원", "currency", f=("벤처펀드 결성액", None, "", R, "level", "required", "같은 기간 (optional) and the story's period both give 1~9월"))
d.Q("2.2%", 2.2, "%", "%", P, f=("벤처펀드 결성액", None, "", R, "change"))
d.Q("11조 원", 11000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("연간 투자액", None, "", "", "level", "required",
       "an outlook (내다봤다) takes no past period the lead set and has no date of its own (연간 is no DATE): empty; the association is its source"))

# ---------------------------------------------------------------- 003 paper makers' merger (입력 stamp + outlet byline)
d = Doc("003_e63cffc83e8d9fd7", "2025-09-03"); docs.append(d)
DS, CW, NEW = "대성제지", "청운페이퍼", "대성청운제지"
d.Oall(DS, DS)
d.Oall(CW, CW)
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O(NEW, NEW, note="the merged company's new name (사명)")
d.O("한솔제지", "한솔제지", note="a rival, figure in brackets")
d.O("청운홀딩스", "청운홀딩스", note="the holder of a stake")
d.O("대성산업", "대성산업", note="the holder of a stake")
d.D("2025.09.03", "2025-09-03", "day", st="optional", note="publication stamp")
d.D("3일", "2025-09-03", "day", rel=True, note="the day of the board's decision and the disclosure")
d.D("내년 1월 1일", "2026-01-01", "day", rel=True, note="내년 before a month and day: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
Y, H1 = "2024", "2025-H1"
d.Q("2조", 2000000000000, W, "", "currency", ctx="매출 2조 제지사", st="optional", note="headline amount, currency implied",
    f=("매출", "합병…매출", "", Y, "level"))
d.Q("1조 2,400억 원", 1240000000000, W, "원", "currency", f=("매출", "대성제지의 매출은", DS, Y, "level", "required", "genitive owner; 지난해 in the sentence"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("영업이익", "영업이익은 610억", DS, Y, "level"))
d.Q("7,900억 원", 790000000000, W, "원", "currency", f=("매출", "청운페이퍼는 매출 7,900억", CW, Y, "level", "required", "its own topic; the period carried in the paragraph"))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("영업이익", "영업이익 380억", CW, Y, "level"))
d.Q("2조 300억 원", 2030000000000, W, "원", "currency",
    f=("매출", "합치면 매출이", DS + ";" + CW, Y, "level", "required",
       "a sum is a frame (두 회사를 합치면); a group the text names in full before it (두 회사 = the two companies) has both as subject"))
d.Q("2조 2,100억 원", 2210000000000, W, "원", "currency",
    f=("매출", "합치면 매출이", "한솔제지", Y, "level", "required", "a figure in brackets after an organization is its; the measure of the figure before"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("6,050억 원", 605000000000, W, "원", "currency", f=("매출", "대성제지는 매출이", DS, H1, "level", "required", "올해 상반기 set by the sentence before"))
d.Q("3.2%", 3.2, "%", "%", P, f=("매출", "대성제지는 매출이", DS, H1, "change"))
d.Q("4,180억 원", 418000000000, W, "원", "currency",
    f=("매출", "대성제지는 매출이", CW, H1, "level", "required",
       "its own topic after a clause with another's figure: the measure of the figure before (the cause clause 택배 물량이 늘어난 덕에 names none)"))
d.Q("9.5%", 9.5, "%", "%", P, f=("매출", "대성제지는 매출이", CW, H1, "change"))
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("비용", "원의 비용", NEW, "", "change", "required",
       "a cut (줄이고): change; 합병 법인 = the merged company named 대성청운제지; a plan with no date of its own (연간 is no DATE; 2028년까지 is in the next clause)"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("투자", "투자할", NEW, "2028", "level", "required", "투자 is no spend verb: the verbal noun; 2028년까지 in its clause; 계획 (future)"))
d.Q("210만t", 2100000, "t", "t", M,
    f=("생산능력", None, NEW, "", "level", "optional",
       "a plan's outcome with no date of its own; does it carry the 2028 of the sentence before (a plan's date carried on)? (README question 3)"))
d.Q("61.3%", 61.3, "%", "%", P,
    f=("지분율", None, "청운홀딩스", "", "level", "optional",
       "A에서 B로: the old level, a present stake; no date of its own; whether the lead's 3일 (the board's decision) is a story period is unclear (README question 3)"))
d.Q("19.8%", 19.8, "%", "%", P, f=("지분율", None, "청운홀딩스", "", "level", "optional", "the new level after the merger (합병 후, no DATE): empty as an outlook, or the lead's 3일 as story period? (README question 3)"))
d.Q("38.5%", 38.5, "%", "%", P, f=("지분", None, "대성산업", "", "level", "optional", "the holder is the subject; after the merger (future), no date of its own: empty, or the lead's 3일? (README question 3)"))

# ---------------------------------------------------------------- 004 kimchi exporter, CEO interview (뉴시스 dateline, no year anywhere)
d = Doc("004_cdbf8988ee571668", "2025-09-22"); docs.append(d)
HW = "한울김치"
d.Oall(HW, HW, special={0: ("required", "between a person and a head's title in the headline; named again as 제조사 한울김치")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("코스트코", "코스트코", note="retailer, listed with 크로거 (와) as where the products are supplied")
d.O("크로거", "크로거", note="retailer beside a named one (코스트코와 크로거)")
QT = ("a figure in the CEO's quote: the quote's own clause names no subject (정 대표 is the subject of the reporting verb only), "
      "so the story's organization (the headline's, 한울김치) is carried (README question 1)")
d.D("20일", "2025-09-20", "day", rel=True, note="day of the interview (인터뷰에서 … 말했다)")
d.D("지난해", "2024", "year", ctx="한울김치의 지난해", rel=True)
d.D("지난해", "2024", "year", ctx="\"지난해 미국", rel=True)
d.D("전년", "2023", "year", rel=True, st="optional", anchor="2024-01-01", note="points back to 지난해")
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("올해 1~8월", "2025-01/2025-08", "month", rel=True, note="올해 before a range of months: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): the comparison's basis, still a DATE")
d.D("2030년", "2030", "year")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (…맺을 것): this year's second half")
d.Q("1천억", 100000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("수출", "수출 1천억", HW, "", "level"))
d.Q("한 대", 1, "대", "대", C, note="한 before a counter, literal (one container): a count",
    f=("컨테이너", None, HW, "", "level", "optional", "the first shipment, told in the lead's quote (처음): whose figure and which period is unclear; " + QT))
d.Q("3만 달러", 30000, U, "달러", "currency", approx=True, note="어치 outside, approx",
    f=("", None, HW, "", "level", "optional", "the value of the first shipment: no noun names it (보낸 게); " + QT))
d.Q("한 해", 1, "year", "해", "duration", st="optional", note="한 해 = 'a year', a rate word before 수출 (like 하루 평균): optional")
d.Q("500억 원", 50000000000, W, "원", "currency", bound="gt", note="넘습니다 → gt",
    f=("수출", "한 해 수출이", HW, "", "level", "required", "이젠 is no DATE and the lead sets no period: empty; " + QT))
d.Q("842억 원", 84200000000, W, "원", "currency", f=("매출", "지난해 매출은", HW, "2024", "level"))
d.Q("512억 원", 51200000000, W, "원", "currency", f=("수출", "이 가운데 수출이", HW, "2024", "level", "required", "part opener 이 가운데: the subject carried"))
d.Q("60.8%", 60.8, "%", "%", P, f=("수출 비중", "수출 비중은 60.8%", HW, "2024", "level", "required", "period carried in the paragraph"))
d.Q("2,900만 달러", 29000000, U, "달러", "currency", approx=True, note="어치 outside, approx",
    f=("", None, HW, "2024", "level", "required", "팔았다 is a plain verb (no metric); 미국에서만 is a place; " + QT))
d.Q("1,350곳", 1350, "곳", "곳", C,
    f=("납품 매장", None, HW, "", "level", "optional",
       "the company's supplied stores, or the two retailers' (코스트코와 크로거를 합쳐: a sum frame)? present count: period empty or the quote's 지난해?"))
d.Q("41%", 41, "%", "%", P, f=("미국 수출", None, HW, "2024", "change", "required", "전년보다 = basis; period and subject carried in the paragraph"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 생산량)")
PL = ("A에서 B로 after a clause dated 지난 3월 (the plant's start): is 지난 3월 the period of the new level, and has the old one "
      "any? (README question 4); the plant (나주 제2공장) is no ORG: the company carried; " + QT)
d.Q("60t", 60, "t", "t", M, f=("하루 생산량", None, HW, "", "level", "optional", PL))
d.Q("95t", 95, "t", "t", M, f=("하루 생산량", None, HW, "2025-03", "level", "optional", PL))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("캘리포니아 공장 착공", None, HW, "2026-H1", "level", "required", "X에 N원을 쓸 (spend verb) → X; 내년 상반기에는 in its clause; " + QT))
d.Q("10㎏", 10, "kg", "㎏", M, note="a real amount as the unit a price is quoted for: required (only the dummy 1 of a rate is optional)",
    f=("", None, "", "2025-01/2025-08", "level", "optional", "the unit a price is quoted for: no fact of its own; unclear, so optional"))
d.Q("1만 2,300원", 12300, W, "원", "currency",
    f=("도매가격", None, "", "2025-01/2025-08", "level", "required", "a market price (a price word after a commodity): nobody's; 1~8월 평균"))
d.Q("18%", 18, "%", "%", P, f=("도매가격", None, "", "2025-01/2025-08", "change", "required", "1년 전보다 = basis"))
d.Q("120곳", 120, "곳", "곳", C,
    f=("농가", None, HW, "", "level", "optional",
       "a count inside a relative clause (맺은) of a plan told in a quote: present (no date) or the paragraph's 1~8월 carried? unclear"))
d.Q("3천t", 3000, "t", "t", M,
    f=("계약재배 물량", None, HW, "", "level", "required", "the object right before a figure that sets it; a plan (…겠다) with no date of its own; " + QT))
d.Q("5%", 5, "%", "%", P, bound="max", note="안으로 = within: bound max like 이내",
    f=("원가 상승", None, HW, "", "level", "optional", "a cap on a rise: a level of 원가 상승 or a change of 원가? unclear; plan, no date"))
d.Q("310명", 310, "명", "명", C, f=("직원", None, HW, "", "level", "required", "member noun keeps the carried subject; present, no date; " + QT))
d.Q("3천억 원", 300000000000, W, "원", "currency",
    f=("매출", "2030년 매출", HW, "2030", "level", "required", "a target (…가 목표): the measure noun right before the figure; 2030년 in the clause; " + QT))
d.Q("80%", 80, "%", "%", P, f=("수출 비중", "수출 비중 80%", HW, "2030", "level", "required", "listed with the figure before: same date and subject"))
d.Q("468억 원", 46800000000, W, "원", "currency", f=("매출", "상반기 매출", HW, "2025-H1", "level"))
d.Q("두 곳", 2, "곳", "곳", C,
    f=("유럽 유통사", None, HW, "2025-H2", "level", "required", "a counter naming a kind counts the noun right before it; 하반기에는 in the clause; " + QT))
d.Q("100억 원", 10000000000, W, "원", "currency",
    f=("공급 계약", None, HW, "2025-H2", "level", "required", "X 규모의 Y → Y; 연 = a rate word with no number; " + QT))

# ---------------------------------------------------------------- 005 regional credit union year-end (press release, no date at all)
d = Doc("005_4f963d4ccb04b4e1", "2026-01-21"); docs.append(d)
HB = "대전한밭신용협동조합"
d.Oall("대전한밭신협", HB, special={0: ("required", "신협 after a name: a local cooperative's short form (full name in the lead); headline topic with a comma")})
d.O(HB, HB, note="the full name; (이사장 문경호) is a person, not an alias")
d.O("대전사회서비스원", "대전사회서비스원", note="partner (과 함께)")
d.O("신협중앙회", "신협중앙회", note="the source cited (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="대전한밭신협, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="은 지난해 당기순이익", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("연말", Y, "year", ctx="연말 기준", mod="END", rel=True, note="as of (기준): a past year-end (the document is of January 2026)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("오는 2월", "2026-02", "month", rel=True, note="future clause")
d.D("지난해", Y, "year", ctx="지난해 장학금", rel=True)
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("46억 원", 4600000000, W, "원", "currency", ctx="순이익 46억 원",
    f=("순이익", "지난해 순이익 46억", HB, Y, "level", "required", "headline topic with a comma"))
d.Q("5만 명", 50000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("조합원", "조합원 5만", HB, Y, "level", "required", "a headline figure after an ellipsis: the headline's organization; no period of its own: the story's (지난해)"))
d.Q("46억 2천만 원", 4620000000, W, "원", "currency", f=("당기순이익", None, HB, Y, "level"))
d.Q("21.3%", 21.3, "%", "%", P, f=("당기순이익", None, HB, Y, "change"))
d.Q("1조 1,860억 원", 1186000000000, W, "원", "currency", f=("총자산", None, HB, Y, "level", "required", "연말 기준 (value 2025, END); new paragraph: the story's organization"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("940억 원", 94000000000, W, "원", "currency", f=("총자산", None, HB, Y, "change"))
d.Q("1조 420억 원", 1042000000000, W, "원", "currency", f=("예금", None, HB, Y, "level", "required", "a topic that is the figure's metric does not stop the carried subject"))
d.Q("7,630억 원", 763000000000, W, "원", "currency", f=("대출", "대출은 7,630억", HB, Y, "level"))
d.Q("1.87%", 1.87, "%", "%", P, f=("연체율", "연체율은 1.87%", HB, Y, "level"))
d.Q("0.64%p", 0.64, PP, "%p", P, f=("연체율", "연체율은 1.87%", HB, Y, "change", "required", "전년 말보다 = basis"))
d.Q("5만 1,200명", 51200, "명", "명", C, f=("조합원", "조합원은 5만 1,200명", HB, Y, "level", "required", "new paragraph: the story's organization and period"))
d.Q("3,400명", 3400, "명", "명", C, f=("조합원", "조합원은 5만 1,200명", HB, Y, "change"))
d.Q("20~30대", 20, "대", "대", C, hi=39, st="optional", note="age brackets (20대~30대): optional")
d.Q("18%", 18, "%", "%", P,
    f=("조합원", "조합원은 5만 1,200명", HB, Y, "level", "required",
       "a share a part opener (이 가운데) names the whole of, taken by 차지하다: the figure before's measure; the part (20~30대) names no measure"))
d.Q("4.2%", 4.2, "%", "%", P,
    f=("출자금 배당률", None, HB, Y, "level", "required", "decided (정해); 오는 2월 dates the next clause (정기총회에 올린다): the paragraph's period carried"))
d.Q("3억 8천만 원", 380000000, W, "원", "currency",
    f=("장학금과 복지사업", None, HB, Y, "level", "required", "an amount that is the object of 쓰다 measures the purpose marked by 에 before it"))
d.Q("620가구", 620, "가구", "가구", C,
    f=("홀몸노인", None, HB + ";대전사회서비스원", Y, "level", "required",
       "a counter naming a kind counts the noun right before it; a partner (과 함께) joins the carried subject in its clause"))
d.Q("20만 원", 200000, W, "원", "currency",
    f=("난방비", None, HB + ";대전사회서비스원", Y, "level", "required", "가구당 (no number) = the rate word; the object after the figure names it; the partner joins"))
d.Q("870개", 870, "개", "개", C,
    f=("신협", "870개 신협", "", Y, "level", "required", "a cited source (신협중앙회에 따르면): no subject; the counted noun after the count"))
d.Q("214곳", 214, "곳", "곳", C, f=("적자를 낸 조합", None, "", Y, "level", "required", "source-cited sentence: no subject"))
d.Q("58곳", 58, "곳", "곳", C,
    f=("신협", "지역 신협 58곳", "", Y, "level", "required", "a sentence after a cited source in its paragraph takes no subject; the noun right before the counter"))
d.Q("4.9%", 4.9, "%", "%", P, f=("평균 연체율", None, "", Y, "level", "required", "several cooperatives taken together, not named: no subject"))
d.Q("3%포인트", 3, PP, "%포인트", P, bound="gt", note="넘게 → gt",
    f=("평균 연체율", None, "", Y, "change", "required", "a difference between …보다 and a comparative adjective (높았다): a change; the metric of the figure before in its sentence"))
QT = ("a target in the chairman's quote: the quote's own clause names no subject, so the story's organization is carried, "
      "as in 004 (README question 1)")
d.Q("1,500억 원", 150000000000, W, "원", "currency", bound="max", note="까지 after the amount: bound max",
    f=("소상공인 대출", None, HB, "2026", "level", "required", "the object right before a figure that sets it; 올해 in the clause; " + QT))
d.Q("1.5%", 1.5, "%", "%", P, bound="lt", note="아래로 (below) → lt, like 미만",
    f=("연체율", "연체율은 1.5%", HB, "2026", "level", "required", "올해 of the sentence; " + QT))

# ---------------------------------------------------------------- 006 theme park holiday visitors (regional daily, byline only, day only)
d = Doc("006_a8fad492218255a6", "2025-10-13"); docs.append(d)
HP = "해오름파크"
d.Oall(HP, HP, special={0: ("required", "a theme park business that reports its own figures (해오름파크는 … 밝혔다); headline topic with a comma; 통영 (place) outside")})
d.O("한산일보", "한산일보", note="regional daily in the byline line")
d.O("경남관광재단", "경남관광재단", note="partner (과 손잡고)")
R = "2025-10-03/2025-10-12"
d.D("추석 연휴", "2025-10-06", "day", ctx="해오름파크, 추석 연휴", rel=True, st="optional", note="holiday: optional, one day")
d.D("추석 연휴", "2025-10-06", "day", ctx="추석 연휴 동안", rel=True, st="optional", note="holiday: optional, one day")
d.D("3~12일", R, "day", rel=True, note="range of days in brackets after 연휴 기간: sets the story's period")
d.D("지난해", "2024", "year", ctx="지난해 추석", rel=True, note="before the holiday and a figure compared with: dates that figure")
d.D("추석 연휴", "2024-09-17", "day", ctx="지난해 추석 연휴의", rel=True, st="optional", note="last year's holiday (Chuseok 2024-09-17): optional")
d.D("13일", "2025-10-13", "day", rel=True, note="day of the report (밝혔다)")
d.D("2019년", "2019", "year", note="opening year, a comparison's basis (이후 가장 많다)")
d.D("6일", "2025-10-06", "day", rel=True)
d.D("오전 11시", "XXXX-XX-XXT11:00", "day", st="optional", note="clock time in a standing habit (매일): optional, no calendar day")
d.D("지난 7월", "2025-07", "month", rel=True, note="opening of an attraction (relative clause)")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해 연간", rel=True)
d.D("같은 기간", "2025-01/2025-09", "month", ctx="같은 기간 매출", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("지난해 같은 기간", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01",
    note="one mention like 전년 같은 기간/전년 동기 (holdout6 convention); a comparison's basis")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("내년", "2026", "year", rel=True)
d.Q("12만 명", 120000, "명", "명", C,
    f=("", None, HP, R, "level", "required", "headline topic with a comma; no noun names the count (몰려); the holiday sets no period, the lead's range (3~12일) does"))
d.Q("12만 3천 명", 123000, "명", "명", C,
    f=("", None, HP, R, "level", "required", "다녀갔다 is a plain verb: no metric; the holiday (optional DATE) sets no period: the lead's next date (3~12일)"))
d.Q("8만 4,200명", 84200, "명", "명", C,
    f=("입장객", None, HP, "2024", "level", "optional",
       "a figure compared with, dated by 지난해 before it (dates that figure only); its period is last year's holiday, which has only an optional DATE: 2024 or that day? unclear"))
d.Q("46%", 46, "%", "%", P, f=("입장객", None, HP, R, "change", "required", "연휴 기간(3~12일) in its clause; the figure compared with is the basis"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate word (하루 최다): optional")
d.Q("1만 9,800명", 19800, "명", "명", C, f=("최다 입장객", None, HP, "2025-10-06", "level", "required", "6일의 right before the figure dates it"))
d.Q("41억 원", 4100000000, W, "원", "currency",
    f=("매출", "합친 매출은", HP, R, "level", "required",
       "a date right before a figure (6일의 1만 9,800명) dates that figure only; the story's period; a sum frame (입장권과 식음료를 합친)"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): optional")
d.Q("3만 3,300원", 33300, W, "원", "currency",
    f=("", None, HP, R, "level", "optional", "a visitor's average spend (1인당 평균 … 쓴 셈): a person's figure (none) or the park's revenue per head? no noun names it (쓴 has no purpose marked by 에)"))
d.Q("62%", 62, "%", "%", P,
    f=("방문객", None, HP, R, "level", "required", "a rate that is its clause's topic right after a group with 의 is a share of that group; new paragraph: the story's organization and period"))
d.Q("1,450면", 1450, "면", "면", C, f=("주차장", None, HP, R, "level", "required", "a counter naming a kind (면) counts the noun right before it; story's organization and period"))
d.Q("4만 1천 명", 41000, "명", "명", C,
    f=("", None, "", R, "level", "required", "an attraction ('파도타기', a product) as topic: a product's figure has no subject; 탔다 is a plain verb; 연휴 동안 = the story's period"))
d.Q("118만 명", 1180000, "명", "명", C, f=("누적 입장객", None, HP, "2025-01/2025-09", "level"))
d.Q("109만 명", 1090000, "명", "명", C,
    f=("연간 입장객", None, HP, "2024", "level", "required", "a figure alone in brackets right after a noun is that noun's; 지난해 before it dates it"))
d.Q("392억 원", 39200000000, W, "원", "currency", f=("매출", "기간 매출은", HP, "2025-01/2025-09", "level", "required", "같은 기간 → 1~9월"))
d.Q("27%", 27, "%", "%", P, f=("매출", "기간 매출은", HP, "2025-01/2025-09", "change", "required", "지난해 같은 기간보다 = basis; …보다 많다: a change"))
d.Q("150만 명", 1500000, "명", "명", C,
    f=("입장객", "입장객 150만", HP, "2025", "level", "required", "회사는 = the story's company; an outlook takes its future date (연말까지, END)"))
d.Q("240실", 240, "실", "실", C,
    f=("호텔", None, HP, "2026", "level", "optional",
       "X 규모의 Y → 호텔, or the counter's noun right before it (객실)? two lines meet; 내년 of the paragraph"))
d.Q("520억 원", 52000000000, W, "원", "currency",
    f=("투자", "투자한다", HP, "2026", "level", "required",
       "투자 is no spend verb and 짓는 데 (a plain verb's clause) names none: the verbal noun; 회사는; the partner of the sentence before is not carried; the paragraph's future 내년"))

if __name__ == "__main__":
    write_all(docs)
