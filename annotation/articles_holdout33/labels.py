"""Gold labels of articles-holdout33, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout33/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 life insurer's IPO (입력 stamp + outlet byline)
d = Doc("001_8239b2011f80b5c6", "2026-03-10"); docs.append(d)
S = "한빛생명"
d.Oall(S, S, special={0: ("required", "invented insurer; headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O("KB증권", "KB증권", note="lead underwriter (대표 주관사)")
d.O("한국투자증권", "한국투자증권", note="lead underwriter (대표 주관사)")
d.D("2026.03.10", "2026-03-10", "day", st="optional", note="publication stamp (the date only; the clock time is not labelled)")
d.D("지난 4일", "2026-03-04", "day", rel=True, note="A부터 B까지: two mentions")
d.D("6일", "2026-03-06", "day", ctx="6일까지", rel=True, note="end of a 부터…까지 pair: month taken from its start")
d.D("10일", "2026-03-10", "day", ctx="10일 밝혔다", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("오는 12~13일", "2026-03-12/2026-03-13", "day", rel=True, note="future range of days (오는): the next such days")
d.D("이달 23일", "2026-03-23", "day", rel=True, note="이달 + day: one mention")
d.D("2021년", "2021", "year")
FC = "2026-03-04/2026-03-06"
FCN = "a result of the demand forecast held 지난 4일부터 6일까지 (two DATE mentions): period written as the range they make"
TERM = ("a term of the offering with no date in its sentence: the period last set for the insurer carries forward "
        "(FACTS: until another is named), so the forecast days; a reader might leave a standing term undated (README question 1)")
d.Q("2만4천원", 24000, W, "원", "currency",
    f=("공모가", "공모가 상단", S, FC, "level", "optional", "headline: nothing earlier sets a period; the lead gives the forecast days (README question 1)"))
d.Q("812대", 812, "대", "대", C, ctx="812대 1", st="optional",
    note="a competition ratio written N대 1: 대 is 'to', no unit (not a counter); optional",
    f=("경쟁률", "수요예측 경쟁률", S, "", "level"))
d.Q("2만1,000~2만4,000원", 21000, W, "원", "currency", hi=24000, note="a range: one mention",
    f=("희망 범위", "희망 범위(", S, FC, "level", "required", "the price band (희망 범위 of 공모가); " + FCN))
d.Q("2만4,000원", 24000, W, "원", "currency", ctx="상단인 2만4,000원", f=("공모가", "결과 공모가", S, FC, "level", "required", FCN))
d.Q("1,874곳", 1874, "곳", "곳", C, f=("국내외 기관", None, S, FC, "level", "required", "counted noun; the forecast is the insurer's (수요예측에는 continues its story); " + FCN))
d.Q("812.4대", 812.4, "대", "대", C, st="optional", note="a competition ratio written N대 1: 대 is 'to', not a counter; optional",
    f=("경쟁률", "경쟁률은", S, FC, "level"))
d.Q("97%", 97, "%", "%", P, f=("참여 기관", None, S, FC, "level", "optional",
    "N% of a whole (참여 기관의 97%가 … 써냈다): the metric is the whole named before 의, or the part (those that bid above the band), which no noun names? README question 6; " + FCN))
d.Q("3,500만 주", 35000000, "주", "주", C, f=("공모 주식 수", None, S, FC, "level", "required", TERM))
d.Q("8,400억 원", 840000000000, W, "원", "currency", f=("공모 금액", None, S, FC, "level", "required", TERM))
d.Q("2조 5,200억 원", 2520000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("시가총액", None, S, FC, "level", "required", "확정 공모가 기준 is a basis, not a date; " + TERM))
d.Q("3,210억 원", 321000000000, W, "원", "currency", f=("순이익", None, S, "2025", "level"))
d.Q("11.6%", 11.6, "%", "%", P, f=("순이익", None, S, "2025", "change", "required", "전년보다 = basis; 늘었다"))
d.Q("218%", 218, "%", "%", P, f=("지급여력비율", None, S, "2025", "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("자본 확충", None, S, "", "level", "optional",
       "a part of the offering's proceeds to be spent on X: metric 공모 자금 (the whole) or 자본 확충 (the use)? a plan with no date (the carried 지난해 말 is not its time); README question 2"))
d.Q("25%", 25, "%", "%", P,
    f=("일반 투자자 배정 물량", None, S, "", "level", "optional",
       "after a sentence whose subject is the underwriters (KB증권과 한국투자증권은): carried subject = the underwriters, or the issuer whose shares they are? period: the subscription days or none? README question 3"))
d.Q("875만 주", 8750000, "주", "주", C,
    f=("일반 투자자 배정 물량", None, S, "", "level", "optional", "as 25% (README question 3)"))
d.Q("5년", 5, "year", "년", "duration", note="5년 만의: a duration (만에), no fact")

# ---------------------------------------------------------------- 002 city tourism statistics (뉴시스 dateline, no year anywhere)
d = Doc("002_5dd1ed1ce851b524", "2025-12-29"); docs.append(d)
BS = "부산시"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(BS, BS, ctx="부산시는", note="a city acting as a government (밝혔다)")
d.O(BS, BS, ctx="부산시장", st="optional", note="the city's name inside a person's title (부산시장): a modifier inside a longer non-ORG name")
d.O("시", BS, ctx="시는 축제", st="optional", note="bare 시 standing for the city named before: an unnamed institution noun")
d.O("부산관광공사", "부산관광공사", note="city tourism corporation that analysed the spending")
d.O("비씨카드", "비씨카드", note="card company, partner (과 함께)")
R = "2025-01/2025-11"
d.D("1~11월", R, "month", ctx="관광객 1~11월", rel=True, note="headline range of months, no year: the latest on or before the document date")
d.D("올해", "2025", "year", rel=True)
d.D("11월", "2025-11", "month", ctx="11월까지", rel=True, note="올해 들어 11월까지: 들어 stands between, so two mentions")
d.D("1~11월", R, "month", ctx="1~11월 부산을", rel=True)
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", note="points back to 1~11월 (같은 기간): optional, one mention")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the announcement")
d.D("지난해", "2024", "year", ctx="지난해보다 9만", rel=True, note="a comparison's basis, still a DATE")
d.D("지난달 8일", "2025-11-08", "day", rel=True)
d.D("당일", "2025-11-08", "day", rel=True, st="optional", anchor="2025-11-08", note="축제 당일 points back to the festival's day")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 in a future clause: this year's end")
NS = "visitors to a city (a place): a figure of the place, not of the city government that releases it: empty subject"
BR = "breakdown (국가별로는): a country is no subject and no metric; the items keep the figure before's measure; period carried"
d.Q("312만명", 3120000, "명", "명", C, f=("외국인 관광객", "부산 외국인 관광객", "", R, "level", "required", NS))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("300만 명", 3000000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("외국인 관광객", "찾은 외국인 관광객", "", R, "level", "optional",
       NS + "; 올해 들어 11월까지 is two DATE mentions: period 2025-01/2025-11 (year to date) or 2025 or 2025-11? README question 4"))
d.Q("312만 4천 명", 3124000, "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "level", "required", NS))
d.Q("18.7%", 18.7, "%", "%", P, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "change", "required", NS + "; 지난해 같은 기간보다 = basis"))
d.Q("68만 2천 명", 682000, "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "level", "required", BR))
d.Q("54만 명", 540000, "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "level", "required", BR + "; figure in brackets after a country"))
d.Q("49만 6천 명", 496000, "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "level", "required", BR + "; figure in brackets after a country"))
d.Q("21만 명", 210000, "명", "명", C, f=("외국인 관광객", "방문한 외국인 관광객", "", R, "level", "required", BR + "; figure in brackets after a country"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (within a year): a duration, no fact")
d.Q("31%", 31, "%", "%", P, f=("대만 관광객", None, "", R, "change", "required", "a country's visitors: no subject; the statistic's 1~11월 carried (1년 새 is a duration)"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 평균", st="optional", note="rate denominator (1인당): optional")
SP = ("spending per head from an analysis (부산관광공사가 … 분석한 결과): the analysts are its source, the tourists are no ORG: empty subject; "
      "period: no DATE in the sentence but 지난해보다 (basis), and no earlier period for this metric (FACTS carries a period without "
      "a subject only for the same metric): 2025 (the current year implied by the comparison), the statistic's 1~11월, or empty? README question 5")
d.Q("148만 원", 1480000, W, "원", "currency", f=("평균 지출액", None, "", "2025", "level", "optional", SP))
d.Q("9만 원", 90000, W, "원", "currency", f=("평균 지출액", None, "", "2025", "change", "optional", SP))
d.Q("1인", 1, "인", "인", C, ctx="1인당 231만", st="optional", note="rate denominator (1인당): optional")
d.Q("231만 원", 2310000, W, "원", "currency",
    f=("씀씀이", None, "", "2025", "level", "optional", "the noun the sentence is about (씀씀이가 가장 큰): the Americans' spending per head; " + SP))
d.Q("103만 명", 1030000, "명", "명", C,
    f=("", None, "", "2025-11-08", "level", "required",
       "visitors to a festival (an event, no ORG); no noun names the count (몰렸으며): metric empty; 주최 측 추산 = the organisers' estimate; the festival's day"))
d.Q("4만 2천 명", 42000, "명", "명", C, approx=True, note="약 → approx",
    f=("외국인", "외국인은 약", "", "2025-11-08", "level", "required", "the topic noun names what is counted (이 가운데 외국인은)"))
d.Q("2.4배", 2.4, "배", "배", C,
    f=("숙박·음식업 카드 매출", None, "", "2025-11-08", "change", "required",
       "N배 많았다 against 평소 토요일 (a basis): a ratio of change; an industry's sales in two districts: no subject; 축제 당일 (optional DATE) points to the festival's day"))
d.Q("340만 명", 3400000, "명", "명", C,
    f=("외국인 관광객", "외국인 관광객 340만", "", "2025", "level", "required",
       "a target in the mayor's quote; the place's visitors: no subject; 연말까지 (2025 END): the year's total"))

# ---------------------------------------------------------------- 003 game company's annual results (연합뉴스 dateline)
d = Doc("003_09720137ae24b447", "2026-02-12"); docs.append(d)
NX, RA = "넥스빌게임즈", "라온소프트"
d.Oall(NX, NX, special={0: ("required", "invented game company; headline topic")})
d.Oall(RA, RA, special={0: ("required", "invented plaintiff, subject of a relative clause (라온소프트가 … 낸 소송)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("서울중앙지법", "서울중앙지법", note="a court (government body) by its usual short name; canonical as written (the full name is not in the text)")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해 영업이익", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해 3월", "2025-03", "month", rel=True, note="지난해 before a month: one mention")
d.D("전년", "2024", "year", ctx="전년(41%)", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("지난달 22일", "2026-01-22", "day", rel=True)
d.D("올해 4분기", "2026-Q4", "quarter", rel=True, note="올해 before a quarter: one mention, as before a month")
d.Q("1,860억원", 186000000000, W, "원", "currency", f=("영업이익", "작년 영업이익", NX, Y, "level", "required", "headline; 작년 in the clause"))
d.Q("1,860억 원", 186000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익", NX, Y, "level", "required", "연결 기준 is a basis, outside the metric"))
d.Q("142%", 142, "%", "%", P, f=("영업이익", "지난해 영업이익", NX, Y, "change", "required", "전년 대비 = basis; 증가"))
d.Q("7,430억 원", 743000000000, W, "원", "currency", f=("매출", "매출은 7,430억", NX, Y, "level", "required", "subject and the lead's 지난해 carried"))
d.Q("38.5%", 38.5, "%", "%", P, f=("매출", "매출은 7,430억", NX, Y, "change"))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("당기순이익", None, NX, Y, "level", "required", "흑자로 돌아섰다: a level, no change amount written"))
d.Q("9개월", 9, "month", "개월", "duration", note="출시 9개월 만에: a duration, no fact")
PR = "a product's figure (이 게임은 … 팔렸고; '크로노스 워' is no ORG): empty subject (FACTS: a product that is not an ORG); the results story's 지난해 carried"
d.Q("620만 장", 6200000, "장", "장", C,
    f=("", None, "", Y, "level", "required", "no noun names the count (팔렸고, no verbal noun): metric empty; " + PR + " (9개월 만에 from a March launch ends in 2025)"))
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("관련 매출", None, "", Y, "level", "required", PR))
d.Q("42%", 42, "%", "%", P, ctx="42%를",
    f=("관련 매출", None, "", Y, "level", "optional",
       "N% of a whole (회사 전체 매출의 42%를 차지했다): the metric is the part (관련 매출) or the whole named after 의? and the product's (empty) or the company's? README question 6"))
OV = ("해외 매출 비중 right after the game's figures with no subject of its own: carried from 이 게임 (a product: empty) or the "
      "company's whole results (넥스빌게임즈)? README question 6")
d.Q("68%", 68, "%", "%", P, f=("해외 매출 비중", None, NX, Y, "level", "optional", OV))
d.Q("41%", 41, "%", "%", P, f=("해외 매출 비중", None, NX, "2024", "level", "optional", "the basis's own figure in brackets after 전년 (optional DATE): period 2024; " + OV))
d.Q("27%포인트", 27, PP, "%포인트", P, f=("해외 매출 비중", None, NX, Y, "change", "optional", OV))
LAW = ("court-ordered damages: the payer named in the figure's own clause (넥스빌게임즈가 … 지급하라) as subject; the court is the deciding body "
       "and 라온소프트 the payee. Is the ruling's day (지난달 22일) the period (the award is fixed that day) or only the date of a decision, "
       "like an announcement (empty)? README question 7")
d.Q("85억 원", 8500000000, W, "원", "currency", f=("손해배상금", None, NX, "2026-01-22", "level", "optional", LAW))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("청구", "청구했다", RA, "", "level", "optional", "the claimant's amount (라온소프트는 … 청구했다): verbal noun 청구; 당초 = earlier, undated (the ruling's day is not the claim's); README question 7"))
d.Q("3종", 3, "종", "종", C,
    f=("신작", "신작 3종", NX, "2026-Q4", "level", "required", "회사는 = the story's company; 올해 4분기 fronts both coordinated verbs (내놓고 … 출시할)"))
d.Q("500원", 500, W, "원", "currency",
    f=("현금 배당", None, NX, "", "level", "optional",
       "a dividend per share (주당: rate word, no number) decided with the results: for the year of the results (2025) or undated? the sentence before's 올해 4분기 is a plan's date, not the dividend's; README question 8"))

# ---------------------------------------------------------------- 004 agricultural price report (입력 stamp, 뉴스1 dateline; no year in the text but the stamp)
d = Doc("004_b91f111b8f7170da", "2025-09-05"); docs.append(d)
MA, AT = "농림축산식품부", "한국농수산식품유통공사"
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit is still a name)")
d.O(AT, AT, aliases="aT", note="state corporation; parenthesized alias (aT) outside the span")
d.O("농산물유통정보", "농산물유통정보", st="optional", note="the corporation's price-information service: a product/service or a unit run by it")
d.O(MA, MA, note="ministry")
d.Oall("농식품부", MA, special={1: ("required", "short form before 관계자: the ministry named, a person from it speaks")})
d.O("농협경제지주", "농협경제지주", note="partner (와 함께)")
d.Oall("정부", "정부", special={0: ("optional", "unnamed institution noun (정부 비축)"), 1: ("optional", "unnamed institution noun (정부 비축)")})
d.D("2025.09.05", "2025-09-05", "day", st="optional", note="publication stamp (the date only)")
d.D("4일", "2025-09-04", "day", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="amount of time + 전: a DATE, 'N년 전 → that year'")
d.D("한 달 전", "2025-08", "month", rel=True, note="amount of time + 전: that month")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back (전년 대비)")
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday: optional; the coming Chuseok (앞두고)")
d.D("이달 말", "2025-09", "month", mod="END", rel=True, note="deadline (까지)")
d.D("5일", "2025-09-05", "day", rel=True, note="day of the announcement")
d.D("지난달", "2025-08", "month", rel=True, note="a comparison's basis, still a DATE")
d.D("이달 중순", "2025-09", "month", mod="MID", rel=True)
MP = "a market price of a commodity: nobody's (aT is the source): empty subject"
d.Q("한 포기", 1, "포기", "포기", C, ctx="배춧값 한 포기", st="optional", note="the dummy 1 a price is quoted per: optional (rate denominator)")
d.Q("7천원", 7000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("배춧값", "배춧값 한 포기", "", "", "level", "required", MP + "; headline, no date before it: empty period"))
d.Q("1,200t", 1200, "t", "t", M, ctx="배추 1,200t 방출",
    f=("정부 비축 배추", "정부 비축 배추 1,200t 방출", "", "", "level", "optional",
       "headline: the releaser named only as 정부 (an optional ORG): a fact whose subject is only an optional ORG is optional"))
d.Q("한 포기", 1, "포기", "포기", C, ctx="한 포기에", st="optional", note="the dummy 1 a price is quoted per (한 포기에): optional")
d.Q("7천 원", 7000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("배춧값", "배춧값이", "", "", "level", "required", MP + "; the lead has no date and nothing earlier sets one (4일 기준 comes later): empty"))
d.Q("한 포기", 1, "포기", "포기", C, ctx="배추 한 포기 소매가격", st="optional", note="the dummy 1 a price is quoted per: optional")
d.Q("7,184원", 7184, W, "원", "currency", f=("소매가격", None, "", "2025-09-04", "level", "required", MP + "; 평균 is no approximator; 4일 기준"))
d.Q("23.5%", 23.5, "%", "%", P, f=("소매가격", None, "", "2025-09-04", "change", "required", "1년 전보다 = basis"))
d.Q("5,620원", 5620, W, "원", "currency",
    f=("소매가격", None, "", "2025-08", "level", "required", "the basis's own figure in brackets right after 한 달 전: that DATE is its period; metric carried"))
d.Q("27.8%", 27.8, "%", "%", P, f=("소매가격", None, "", "2025-09-04", "change", "required", "비싸다 against a basis: change; metric and 4일 carried"))
d.Q("1개", 1, "개", "개", C, st="optional", note="the dummy 1 a price is quoted per (무 1개 가격): optional")
d.Q("3,950원", 3950, W, "원", "currency", f=("가격", "1개 가격도", "", "2025-09-04", "level", "required", MP + "; the survey's 4일 carried (도 = same listing)"))
d.Q("41%", 41, "%", "%", P, f=("가격", "1개 가격도", "", "2025-09-04", "change", "required", "전년 대비 = basis"))
d.Q("1,200t", 1200, "t", "t", M, ctx="배추 1,200t을",
    f=("정부 비축 배추", "정부 비축 배추 1,200t을", MA, "2025-09", "level", "required",
       "the ministry releases (농림축산식품부는 … 방출하기로); 이달 말까지 (deadline, 2025-09 END) is the period; 5일 dates the announcement only"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균): optional")
d.Q("두 배", 2, "배", "배", C,
    f=("하루 평균 방출 물량", None, MA, "2025-09", "change", "required", "N배 늘린 against 지난달 (basis): change; subject and this month carried"))
d.Q("100t", 100, "t", "t", M, approx=True, note="수준 after the amount: read as an approximator (like 정도)",
    f=("하루 평균 방출 물량", None, MA, "2025-09", "level"))
SALE = ("a discount sale the ministry holds with a partner (농식품부는 농협경제지주와 함께 … 연다): subject the ministry, or both organizations? "
        "README question 9; period carried (이달)")
d.Q("30만 포기", 300000, "포기", "포기", C, f=("배추", "배추 30만", MA + ";농협경제지주", "2025-09", "level", "optional", SALE))
d.Q("30%", 30, "%", "%", P,
    f=("", None, MA + ";농협경제지주", "2025-09", "change", "optional", "시세보다 30% 싸게: a discount against a basis, no noun names it; " + SALE))
d.Q("45억 원", 4500000000, W, "원", "currency",
    f=("예산", None, MA, "2025-09", "level", "required", "예산 names the amount (할인 지원에는 = what it is for); passive 투입된다: the ministry carried"))

# ---------------------------------------------------------------- 005 bank household loans and the regulator's cap (연합뉴스 dateline)
d = Doc("005_9bcf3850544795c1", "2026-11-02"); docs.append(d)
HN, FSC = "하나은행", "금융위원회"
d.Oall(HN, HN, special={0: ("required", "headline topic"), 2: ("required", "the bank named before 관계자 (a person from it)")})
d.O("금융위", FSC, ctx="금융위, 스트레스", note="short form of 금융위원회 (named in full in the body): canonical the full name")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(FSC, FSC, ctx="금융위원회는", note="the regulator")
d.O("금융감독원", "금융감독원", note="the supervisor")
d.D("지난달 말", "2026-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("2일", "2026-11-02", "day", rel=True, note="day of the report (금융권에 따르면)")
d.D("올해", "2026", "year", rel=True, note="올해 들어")
d.D("다음 달 1일", "2026-12-01", "day", rel=True, note="deictic month + day: one mention, as 지난달 + day")
d.D("현행", "2026-11-02", "day", rel=True, st="optional", note="현행 (in force now): like 현재, optional, the document date")
d.D("연말", "2026", "year", mod="END", rel=True, note="deadline (까지): this year's end")
d.D("이달", "2026-11", "month", rel=True, note="이달부터")
OCT = "2026-10"
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 새 6,800억 늘어", note="한 달 새: a duration, no fact")
d.Q("6,800억", 680000000000, W, "", "currency", ctx="6,800억 늘어", st="optional", note="headline amount, currency implied",
    f=("가계대출", "하나은행 가계대출 한 달", HN, OCT, "change"))
d.Q("3단계", 3, "단계", "단계", "ordinal", ctx="DSR 3단계 적용", st="optional", note="the third stage of a named regulation (스트레스 DSR 3단계): an ordinal stage or part of a name; optional")
d.Q("143조 2,500억 원", 143250000000000, W, "원", "currency", f=("가계대출 잔액", None, HN, OCT, "level", "required", "지난달 말 기준 (2026-10 END)"))
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 새 6,800억 원", note="한 달 새: a duration, no fact")
d.Q("6,800억 원", 680000000000, W, "원", "currency", f=("가계대출 잔액", None, HN, OCT, "change", "required", "늘었다: the month's increase"))
d.Q("112조 9,000억 원", 112900000000000, W, "원", "currency",
    f=("주택담보대출", None, HN, OCT, "level", "required", "이 가운데 points back to the bank's loans; 금융권 is the source (no ORG); period carried"))
d.Q("78.8%", 78.8, "%", "%", P,
    f=("주택담보대출", None, HN, OCT, "level", "optional", "N% of a whole (전체의 78.8%를 차지했다): the part before it as metric, or no noun (전체)? README question 6"))
d.Q("24조 1,300억 원", 24130000000000, W, "원", "currency", f=("신용대출", None, HN, OCT, "level"))
d.Q("1,100억 원", 110000000000, W, "원", "currency", f=("신용대출", None, HN, OCT, "change", "required", "줄었다: change (value as written, no sign)"))
d.Q("한 달", 1, "month", "달", "duration", ctx="한 달 동안", note="한 달 동안: a duration, no fact")
d.Q("5대", 5, "대", "대", C, ctx="5대 시중은행", st="optional",
    note="5대 시중은행 (the five major banks): 대 is 大 (major), not the counter 대; a lexicalized group label, optional")
d.Q("3조 2,140억 원", 3214000000000, W, "원", "currency",
    f=("가계대출", "가계대출이 한 달", "", OCT, "change", "required",
       "5대 시중은행 not named one by one: empty subject; 한 달 동안 is the month set in the lead (지난달 말), carried for the same measure"))
d.Q("3단계", 3, "단계", "단계", "ordinal", ctx="(DSR) 3단계", st="optional", note="as the headline's 3단계")
REG = ("a parameter of the regulator's rule (cap, stress rate, DSR limit): the regulator's figure (금융위원회, whose decision it is), "
       "the banks' it binds, or nobody's? and is a cap on an increase (증가액을 2조 원 이내로) a level of 증가액 or a change? README question 10")
d.Q("2조 원", 2000000000000, W, "원", "currency", bound="max", note="이내 → max",
    f=("월간 가계대출 증가액", None, FSC, "2026-12-01", "level", "optional", "은행별 = per bank (rate word); 다음 달 1일부터; " + REG))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("스트레스 금리", None, FSC, "2026-12-01", "level", "optional", REG))
d.Q("1억 원", 100000000, W, "원", "currency",
    f=("연소득", None, "", "", "level", "required", "a hypothetical borrower's income (a person, not an ORG): empty subject; no date: empty"))
d.Q("9,000만 원", 90000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("주담대 한도", None, "", "", "change", "required", "a hypothetical borrower's limit: empty subject; 줄어든다: change; no DATE set for this measure: empty"))
d.Q("40%", 40, "%", "%", P, f=("DSR 한도", None, "", "", "level", "optional", "은행권 = the banking sector (no ORG); 현행 (optional DATE) as its period? " + REG))
d.Q("20곳", 20, "곳", "곳", C,
    f=("은행", "은행 20곳", "금융감독원", "2026", "level", "required", "the supervisor's inspections (금융감독원은 … 대상으로): its figure; 연말까지 (deadline, 2026 END)"))
d.Q("0.2%포인트", 0.2, PP, "%포인트", P,
    f=("비대면 주담대 금리", None, HN, "2026-11", "change", "required", "a plan told by the bank's spokesperson (하나은행 관계자는): the bank's; 이달부터; 올려 = change"))

# ---------------------------------------------------------------- 006 airline merger approval (regional daily, 입력 stamp + byline)
d = Doc("006_8d9c7e1eed746a53", "2026-06-18"); docs.append(d)
FTC, HA, SA = "공정거래위원회", "한누리항공", "서해에어"
BOTH = HA + ";" + SA
d.Oall("공정위", FTC, special={0: ("required", "short form of 공정거래위원회 (named in full in the lead); headline topic with a comma")})
d.O(FTC, FTC, note="the competition regulator")
d.Oall(HA, HA, special={0: ("required", "invented airline in a hyphenated pair (한누리항공-서해에어)")})
d.Oall(SA, SA, special={0: ("required", "invented airline in a hyphenated pair"), 3: ("required", "서해에어 본사: the company named before 본사")})
d.O("경북신문", "경북신문", note="outlet in the byline line")
d.O("포항시", "포항시", note="a city acting as a government (요구했고)")
d.D("2026.06.18", "2026-06-18", "day", st="optional", note="publication stamp (the date only)")
d.D("17일", "2026-06-17", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("2025년", "2025", "year", note="a basis year inside a condition")
d.D("지난해", "2025", "year", rel=True, note="as of (기준)")
d.D("오는 9월", "2026-09", "month", rel=True, note="future (오는, 계획): the next September")
d.Q("14개", 14, "개", "개", C, ctx="슬롯 14개 반납",
    f=("슬롯", "슬롯 14개 반납", BOTH, "", "level", "required",
       "headline: the two airlines return them (the body: 한누리항공과 서해에어는 … 넘겨야); a condition, no date (17일 dates the announcement only)"))
d.Q("57.3%", 57.3, "%", "%", P,
    f=("주식", None, HA, "", "level", "required", "a stake the acquirer takes (한누리항공이 … 취득하는): the holder's figure; the target is the counterparty; no period (17일 is the announcement)"))
d.Q("4,650억 원", 465000000000, W, "원", "currency",
    f=("인수 금액", None, HA, "", "level", "required",
       "a deal value with no subject of its own after a sentence whose main subject is the regulator: the acquirer, whose 인수 it is (the carried topic 공정거래위원회 does not pay); no period"))
d.Q("두 회사", 2, "회사", "회사", C, ctx="두 회사의 노선", st="optional", note="a counted noun that is not a counter (두 회사): optional")
d.Q("26개", 26, "개", "개", C,
    f=("노선", "26개 노선", BOTH, "", "level", "required", "the two companies' overlapping routes (두 회사의 노선이 겹치는 = the companies named before)"))
RT = ("a count of the targets of an organization's action (공정위는 … 9개 노선에 시정조치를 부과했다; 포항시는 … 노선 4개 유지를 요구했고): "
      "the acting body's figure, or the airlines' whose routes they are? README question 11")
d.Q("9개", 9, "개", "개", C, f=("노선", "9개 노선", FTC, "", "level", "optional", RT))
d.Q("14개", 14, "개", "개", C, ctx="14개를",
    f=("슬롯", "슬롯(", BOTH, "", "level", "required", "the two airlines named as the clause's subject; (시간당 이착륙 횟수) glosses the noun: 시간당 is a rate word"))
d.Q("10년", 10, "year", "년", "duration", note="10년간: a duration, no fact")
d.Q("90%", 90, "%", "%", P, bound="lt", note="미만 → lt",
    f=("공급 좌석 수", None, BOTH, "", "level", "optional",
       "a floor set as a share of a base year's level (2025년의 90% 미만으로 줄여서는 안 된다): period the base year 2025, the 10 years after the merger, or none? README question 12"))
d.Q("두 회사", 2, "회사", "회사", C, ctx="두 회사의 합산", st="optional", note="a counted noun that is not a counter (두 회사): optional")
d.Q("3조 1,800억 원", 3180000000000, W, "원", "currency",
    f=("합산 매출", None, BOTH, "2025", "level", "required", "두 회사 = the two named airlines: both as subject; 지난해 기준"))
d.Q("41대", 41, "대", "대", C,
    f=("보유 항공기", None, HA, "2025", "level", "required", "각각 follows the order the two companies were named (한누리항공, 서해에어); 지난해 기준 of the coordinated clause carried"))
d.Q("23대", 23, "대", "대", C, f=("보유 항공기", None, SA, "2025", "level", "required", "각각: the second company"))
d.Q("21.4%", 21.4, "%", "%", P,
    f=("여객 수송 점유율", None, BOTH, "", "level", "optional",
       "a projection after the merger (결합이 끝나면): the merged pair's share; the period carried from 지난해 기준 (2025), the completion (오는 9월), or none? README question 12"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4개", 4, "개", "개", C, ctx="노선 4개", f=("포항경주공항 노선", None, "포항시", "", "level", "optional", RT))

if __name__ == "__main__":
    write_all(docs)
