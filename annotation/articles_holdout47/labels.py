"""Gold labels of articles-holdout47, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout47/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
DEF = "definitional age/size bracket, part of the metric: no fact (FACTS); written optional so that it counts neither way"
EQ = "a conversion: the same metric, subject, period and kind as the quantity it converts (FACTS)"

# ---------------------------------------------------------------- 001 5G subscribers by carrier, a ministry's statistic (뉴스1 dateline)
d = Doc("001_deb9287fcd6ba263", "2026-03-05"); docs.append(d)
SK, KT, LG, MS = "SK텔레콤", "KT", "LG유플러스", "과학기술정보통신부"
d.O("SKT", SK, note="short form of SK텔레콤 (named in full in the body)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(MS, MS, note="the ministry that releases the statistic (its source)")
d.Oall(SK, SK)
d.Oall(KT, KT, skip=(0,))  # occurrence 0 is inside the headline's SKT
d.Oall(LG, LG)
d.O("과기정통부", MS, note="short form of 과학기술정보통신부, before 관계자")
J = "2026-01"
d.D("지난 1월 말", J, "month", mod="END", rel=True)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the release (발표한): not a period")
d.D("2026년 1월 말", J, "month", mod="END", note="as of (기준)")
d.D("전월", "2025-12", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월 (the month before it)")
d.D("1년 전", "2025", "year", rel=True, note="an amount of time + 전: a DATE, N년 전 -> that year (ANNOTATION Offsets); a comparison's basis")
d.D("전년 동월", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 지난해 4분기")
d.D("지난해 하반기", "2025-H2", "half", rel=True, note="지난해 before a half: one mention")
d.D("1월 말", J, "month", ctx="1월 말 기준 124만", mod="END", rel=True, note="as of (기준): the latest January on or before the document date")
d.D("올해", "2026", "year", rel=True, note="올해 안에 (안에 outside)")
HL = "a headline figure: no DATE in the headline and nothing before it, so no period (FACTS: no time stated -> empty)"
NAT = "the national count of 5G subscribers (a market's figure; the ministry is only the source): empty subject"
ONE = "one statistic (the ministry's 1월 말 release): its period carries to the release's other figures (README convention 2)"
BR = "breakdown (사업자별로는): the item counts what the total counts (5G 가입자, nearest mention); the carrier is the subject; the statistic's period"
d.Q("3,600만 명", 36000000, "명", "명", C, ctx="가입자 3,600만 명 넘어", bound="gt", note="넘어 -> gt",
    f=("5G 가입자", "5G 가입자 3,600", "", "", "level", "required", HL + "; " + NAT))
d.Q("47%", 47, "%", "%", P, ctx="47%대로", approx=True, note="대 after the unit stays outside and sets approx (like 원대)",
    f=("점유율", "SKT 점유율", SK, "", "level", "required", HL + "; 하락 names the fall, the figure is the level reached (대로)"))
d.Q("3,600만 명", 36000000, "명", "명", C, ctx="말 3,600만 명을", bound="gt", note="넘어섰다 -> gt",
    f=("5G 가입자", "국내 5G 가입자가", "", J, "level", "required", NAT + "; 지난 1월 말 in its clause"))
d.Q("3,612만 4,000명", 36124000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자는", "", J, "level", "required", NAT + "; 1월 말 기준 in its sentence"))
d.Q("38만 2,000명", 382000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자는", "", J, "change", "required", "전월보다 = basis; " + NAT))
d.Q("5,690만 명", 56900000, "명", "명", C, f=("휴대폰 가입자", None, "", J, "level", "required", NAT + "; " + ONE))
d.Q("63.5%", 63.5, "%", "%", P, f=("5G 비중", None, "", J, "level", "required", NAT + "; " + ONE))
d.Q("1,702만 명", 17020000, "명", "명", C, f=("5G 가입자", None, SK, J, "level", "required", BR))
d.Q("47.1%", 47.1, "%", "%", P, f=("점유율", "점유율 47.1%", SK, J, "level"))
d.Q("1,089만 명", 10890000, "명", "명", C, f=("5G 가입자", None, KT, J, "level", "required", BR))
d.Q("30.1%", 30.1, "%", "%", P, f=("점유율", None, KT, J, "level", "required", "a figure in brackets after a carrier's count continues the list's 점유율 (nearest mention)"))
d.Q("821만 명", 8210000, "명", "명", C, f=("5G 가입자", None, LG, J, "level", "required", BR))
d.Q("22.7%", 22.7, "%", "%", P, f=("점유율", None, LG, J, "level", "required", "as 30.1%"))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=("점유율", "SK텔레콤 점유율은", SK, J, "change", "required", "1년 전보다 = basis; the statistic's period carried"))
d.Q("9.8%", 9.8, "%", "%", P, f=("가입자", "LG유플러스 가입자는", LG, J, "change", "required", "전년 동월보다 = basis"))
AR = "무선 가입자당 평균매출"
d.Q("3만 4,100원", 34100, W, "원", "currency", f=(AR, None, KT, "2025-Q4", "level", "required", "지난해 4분기 in the sentence; the carrier named before the figure"))
d.Q("2만 9,300원", 29300, W, "원", "currency", f=(AR, None, SK, "2025-Q4", "level"))
d.Q("2만 4,800원", 24800, W, "원", "currency", f=(AR, None, LG, "2025-Q4", "level"))
d.Q("1.2%", 1.2, "%", "%", P, f=("ARPU", "KT의 ARPU는", KT, "2025-Q4", "change", "required", "전년 동기보다 = basis; period carried for the subject"))
d.Q("2.4%", 2.4, "%", "%", P, f=("ARPU", "KT의 ARPU는", LG, "2025-Q4", "change", "required", "its own topic; the metric of the figure before in its sentence; no sign written (떨어졌다: kind says it)"))
d.Q("3사", 3, "사", "사", C, ctx="통신 3사",
    f=("", None, "", "", "level", "optional",
       "통신 3사 is a reference to the three carriers, not a reported figure: what it measures and whose it is are unclear (README question 1)"))
d.Q("3만 원", 30000, W, "원", "currency", ctx="월 3만 원대", approx=True, note="원대: 대 outside, approx; 월 (no number) is a rate word",
    f=("요금제", "3만 원대 5G 요금제", SK + ";" + KT + ";" + LG, "2025-H2", "level", "optional",
       "a price class naming a kind of plan (월 3만 원대 요금제): a level of the plans' price or only a definitional label? and is 지난해 하반기 (their launch) its period? (README question 1)"))
d.Q("124만 명", 1240000, "명", "명", C,
    f=("5G 요금제 가입자", None, SK + ";" + KT + ";" + LG, J, "level", "required",
       "통신 3사 = the group the text names in full (SK텔레콤, KT, LG유플러스): all three (FACTS); 1월 말 기준 in its clause; 지난해 하반기 dates the plans' launch in a relative clause"))
d.Q("4,000만 명", 40000000, "명", "명", C, bound="gt", note="넘어설 -> gt",
    f=("5G 가입자", "5G 가입자가 4,000만", "", "2026", "level", "required", "an outlook of the national count (the official speaks for the ministry, the source): empty subject; 올해 in the clause"))

# ---------------------------------------------------------------- 002 battery maker's US joint-venture plant (뉴시스 dateline, no year anywhere)
d = Doc("002_0ba74403bccf1001", "2025-11-17"); docs.append(d)
UE, HD, JV = "유니셀에너지", "혼다", "유니셀혼다배터리"
d.Oall(UE, UE, special={0: ("required", "invented battery maker, headline topic with a comma")})
d.Oall(HD, HD, skip=(3,))  # occurrence 3 is inside 유니셀혼다배터리
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(JV, JV, aliases="UHB", note="the joint venture's name; (UHB) right after it is an alias")
d.O("유니셀아메리카", "유니셀아메리카", note="the maker's US subsidiary (미국 법인), the channel of its payment")
d.O("오하이오주", "오하이오주", ctx="오하이오주는", note="a state acting as a government (it grants aid); 미국 오하이오주에 (L1) and 오하이오에 (headline) are places")
d.O("하나증권", "하나증권", note="broker, the source of an estimate")
d.D("17일", "2025-11-17", "day", rel=True, note="day of the board's decision and the disclosure (공시했다): not a period")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("이날", "2025-11-17", "day", rel=True, st="optional", anchor="2025-11-17", note="anaphor pointing back to 17일 (like 당일): optional")
d.D("전 거래일", "2025-11-14", "day", rel=True, st="optional", anchor="2025-11-17",
    note="points back to the trading day before 17일 (a Monday: Friday 14일), like 전일/전년: optional")
d.D("3년 뒤", "2028", "year", rel=True, note="an amount of time + 뒤: a DATE, that year (ANNOTATION Offsets)")
d.D("지금", "2025-11-17", "day", rel=True, st="optional", note="지금 takes the document date; optional (ANNOTATION)")
PAIR = UE + ";" + HD
NOP = "a plan decided on 17일 (the board's decision and the disclosure date a report, not the figure): no DATE of its own, none set before: empty"
d.Q("5조", 5000000000000, W, "", "currency", ctx="5조 배터리", st="optional", note="headline amount, currency implied: optional (ANNOTATION)",
    f=("배터리 합작공장", None, PAIR, "", "level"))
d.Q("1,800명", 1800, "명", "명", C, ctx="1,800명 채용",
    f=("채용", None, PAIR, "", "level", "optional",
       "a joint venture's hiring told in a headline that names only the two partners (유니셀에너지, 혼다와): the headline's topic, the pair, or the JV named only in the body? (README question 2)"))
d.Q("35억 달러", 3500000000, U, "달러", "currency",
    f=("총 투자액", None, PAIR, "", "level", "required", "양사 = the two companies named before (유니셀에너지, 혼다): both (FACTS: a group the text names in full); " + NOP))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", approx=True, eq=("35억 달러",), note="약 in the brackets: approx",
    f=("총 투자액", None, PAIR, "", "level", "required", EQ))
d.Q("51%", 51, "%", "%", P, f=("지분", "49%의 지분", UE, "", "level", "required", "a named pair (A가 51%, B가 49%의 지분): each its own; " + NOP))
d.Q("49%", 49, "%", "%", P, f=("지분", "49%의 지분", HD, "", "level", "required", "the noun after 의; " + NOP))
d.Q("17억 8,500만 달러", 1785000000, U, "달러", "currency",
    f=("출자금", None, UE, "", "level", "required", "the payer is the parent (유니셀에너지가 … 통해): the subsidiary is only the channel; " + NOP))
d.Q("17억 1,500만 달러", 1715000000, U, "달러", "currency", f=("출자금", None, HD, "", "level", "required", "각각 with a named pair; " + NOP))
JVN = "합작법인 = the joint venture named before (유니셀혼다배터리): its figure; "
d.Q("40GWh", 40, "GWh", "GWh", M, f=("생산능력", "연간 생산능력이", JV, "", "level", "required", JVN + "연간 is no DATE; no period set for the JV before (내년 상반기 comes after)"))
d.Q("1,800명", 1800, "명", "명", C, ctx="인력 1,800명", f=("현지 인력", None, JV, "", "level", "required", JVN + "the counted noun before the count; no period"))
d.Q("30개월", 30, "month", "개월", "duration", bound="max", note="30개월 안에: a duration; 안에 (within) -> max like 이내")
d.Q("3억 2,000만 달러", 320000000, U, "달러", "currency",
    f=("세액공제와 보조금", None, "오하이오주", "", "level", "required",
       "X 규모의 Y -> Y (FACTS 규모); the state government's grant; no DATE of its own, and 내년 상반기 was set for the JV, another subject: empty"))
d.Q("25GWh", 25, "GWh", "GWh", M,
    f=("북미 생산능력", None, UE, "", "level", "required", "genitive owner (유니셀에너지의); A에서 B로: the present level, no DATE: empty"))
d.Q("65GWh", 65, "GWh", "GWh", M, f=("북미 생산능력", None, UE, "", "level", "required", "the level after the plant runs (future, no DATE): empty"))
d.Q("8조 4,200억 원", 8420000000000, W, "원", "currency", f=("매출", "지난해 매출은", UE, "2024", "level", "required", "회사 = the story's company"))
d.Q("3,150억 원", 315000000000, W, "원", "currency", f=("영업이익", None, UE, "2024", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("주가", None, UE, "2025-11-17", "change", "required", "이날 (= 17일) in its clause; 전 거래일보다 = basis"))
d.Q("31만 4,000원", 314000, W, "원", "currency", f=("주가", None, UE, "2025-11-17", "level"))
d.Q("4조 원", 4000000000000, W, "원", "currency", approx=True, note="가량 after the unit: outside, approx",
    f=("매출", "연간 매출이", UE, "2028", "change", "required",
       "genitive owner; 3년 뒤 in its clause (연간 is no DATE; 지금보다 = basis); 늘어날: a change; the broker is only the source of the estimate"))

# ---------------------------------------------------------------- 003 statistics agency's monthly employment release (연합뉴스 dateline, no year anywhere)
d = Doc("003_706259cdcf2c8f63", "2025-09-10"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("통계청", "통계청", note="the agency that releases the statistic (its source)")
d.O("기획재정부", "기획재정부", note="ministry quoted with an outlook")
A = "2025-08"
d.D("8월", A, "month", ctx="8월 취업자", rel=True, note="a month without a year: the latest August on or before the document date")
d.D("지난달", A, "month", ctx="지난달 취업자가", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="N년 전 -> that year (ANNOTATION Offsets); a comparison's basis")
d.D("10일", "2025-09-10", "day", rel=True, note="day of the release (발표한): not a period")
d.D("지난달", A, "month", ctx="지난달 15세", rel=True)
d.D("전년 동월", "2024-08", "month", rel=True, st="optional", anchor="2025-08-01", note="points back to 지난달")
d.D("올해", "2025", "year", rel=True)
NS = "a national statistic (the agency is only its source): empty subject"
ONE = "one statistic (the agency's release for 지난달): its period carries to the release's other figures (README convention 2)"
BRI = "breakdown (산업별로는): the item counts what the total counts (취업자, nearest mention); an industry is no subject; " + ONE
BRA = "breakdown (연령별로는): the item counts what the total counts (취업자, nearest mention); an age group names no measure; " + ONE
d.Q("16만 6천 명", 166000, "명", "명", C, f=("취업자", "8월 취업자", "", A, "change", "required", "headline: its own 8월; 증가: a change; " + NS))
d.Q("16개월째", 16, "개월", "개월", "ordinal", ctx="16개월째 하락", note="째: an ordinal marker (like 12회째): no fact")
d.Q("16만 명", 160000, "명", "명", C, bound="gt", note="넘게 -> gt",
    f=("취업자", "지난달 취업자가", "", A, "change", "required", "지난달 in its clause; 1년 전보다 = basis; " + NS))
d.Q("15세", 15, "세", "세", C, ctx="15세 이상", bound="min", note="이상 -> min; an age bound defining the counted group",
    f=("", None, "", "", "level", "optional", DEF))
d.Q("2,896만 7,000명", 28967000, "명", "명", C,
    f=("15세 이상 취업자", None, "", A, "level", "required", "the definitional age bound is part of the metric (FACTS); " + NS))
d.Q("16만 6,000명", 166000, "명", "명", C, f=("15세 이상 취업자", None, "", A, "change", "required", "전년 동월 대비 = basis"))
d.Q("15~64세", 15, "세", "세", C, hi=64, note="a range: value 15, value_high 64", f=("", None, "", "", "level", "optional", DEF))
d.Q("70.2%", 70.2, "%", "%", P, f=("15~64세 고용률", None, "", A, "level", "required", NS + "; " + ONE))
d.Q("0.3%포인트", 0.3, PP, "%포인트", P, f=("15~64세 고용률", None, "", A, "change", "required", ONE))
d.Q("13만 2,000명", 132000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRI))
d.Q("5만 4,000명", 54000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRI))
d.Q("6만 1,000명", 61000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRI + "; 줄어: no sign written, the kind says it"))
d.Q("14개월", 14, "month", "개월", "duration", note="14개월 연속: an amount of time, duration: no fact")
d.Q("8만 4,000명", 84000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRI))
d.Q("60세", 60, "세", "세", C, bound="min", note="이상 -> min", f=("", None, "", "", "level", "optional", DEF))
d.Q("31만 2,000명", 312000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRA))
AGE = ("an age decade (20대 = the twenties): a number with the counter 대, or a lexical word like 1990년대? "
       "the guideline does not say (README question 3); definitional either way")
d.Q("20대", 20, "대", "대", C, st="optional", note=AGE)
d.Q("14만 6,000명", 146000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRA + "; 각각 follows the order of the groups"))
d.Q("40대", 40, "대", "대", C, st="optional", note=AGE)
d.Q("4만 1,000명", 41000, "명", "명", C, f=("취업자", None, "", A, "change", "required", BRA))
d.Q("15~29세", 15, "세", "세", C, hi=29, note="in brackets after 청년층: the group's definition", f=("", None, "", "", "level", "optional", DEF))
YG = "청년층(15~29세) 고용률"
d.Q("44.8%", 44.8, "%", "%", P, f=(YG, None, "", A, "level", "required", "청년층 changes what is measured: in the metric; " + ONE))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=(YG, None, "", A, "change", "required", ONE))
d.Q("58만 8,000명", 588000, "명", "명", C, f=("실업자", None, "", A, "level", "required", ONE))
d.Q("2만 3,000명", 23000, "명", "명", C, f=("실업자", None, "", A, "change", "required", ONE))
d.Q("2.0%", "2.0", "%", "%", P, note="value as written (2.0)", f=("실업률", None, "", A, "level", "required", ONE))
NI = "'그냥 쉬었다'고 답한 인구"
d.Q("256만 명", 2560000, "명", "명", C, f=(NI, None, "", A, "level", "required", "the noun phrase that names what is counted; " + ONE))
d.Q("44만 3,000명", 443000, "명", "명", C,
    f=(NI, None, "", A, "level", "required", "part opener (이 가운데): the part (청년층) names no measure, the whole's measure is kept; " + ONE))
d.Q("20만 명", 200000, "명", "명", C, approx=True, note="안팎 -> approx",
    f=("취업자", "연간 취업자는", "", "2025", "change", "required",
       "늘어날: a change; 올해 in its clause (연간 is no DATE); an outlook of a national figure: the ministry is only its source"))

# ---------------------------------------------------------------- 004 biotech licensing deal with a foreign drug maker (입력 stamp + byline)
d = Doc("004_9bd93a432afef2ea", "2026-01-13"); docs.append(d)
NV, BI = "노바젠테라퓨틱스", "베링거인겔하임"
d.Oall(NV, NV, special={0: ("required", "invented biotech, headline topic with a comma")})
d.Oall(BI, BI)
d.O("헤럴드경제", "헤럴드경제", note="outlet in the byline line")
d.O("한국화학연구원", "한국화학연구원", note="research institute, partner (과 함께)")
d.O("코스닥시장", "코스닥시장", st="optional",
    note="a stock market run by the exchange: a business run as a platform (ORG) or a market/place? (README question 4)")
d.O("키움증권", "키움증권", note="broker")
S9 = "2026-01-09"
d.D("2026.01.13", "2026-01-13", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("지난 9일", S9, "day", rel=True, note="(현지시간) outside; the day the contract was signed")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the disclosure (공시한): not a period")
d.D("현재", "2026-01-13", "day", rel=True, st="optional", note="현재 takes the document date; optional (ANNOTATION)")
d.D("지난해", "2025", "year", rel=True)
d.D("이날", "2026-01-13", "day", rel=True, st="optional", anchor="2026-01-13", note="anaphor pointing back to the story's day (13일): optional")
d.D("전 거래일", "2026-01-12", "day", rel=True, st="optional", anchor="2026-01-13", note="points back to the trading day before: optional")
CT = "a term of the contract signed 지난 9일: the period set for the company in the lead carries (13일 dates only the disclosure)"
d.Q("15억 달러", 1500000000, U, "달러", "currency", ctx="총 15억 달러", note="총 before the amount: outside, no attribute",
    f=("기술수출", None, NV, "", "level", "required", "X … N 규모 (headline): the thing whose size it is (FACTS 규모); no DATE in the headline, nothing before it: empty"))
d.Q("15억 2,000만 달러", 1520000000, U, "달러", "currency",
    f=("기술이전 계약", None, NV, S9, "level", "required", "N 규모의 Y -> Y (FACTS 규모); the company is the subject of 맺었다, the partner (과) the counterparty; 지난 9일 in its clause"))
d.Q("2조 2,300억 원", 2230000000000, W, "원", "currency", approx=True, eq=("15억 2,000만 달러",), note="약 in the brackets: approx",
    f=("기술이전 계약", None, NV, S9, "level", "required", EQ))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", f=("계약금", None, NV, S9, "level", "required", CT))
d.Q("660억 원", 66000000000, W, "원", "currency", approx=True, eq=("4,500만 달러",), note="약 in the brackets: approx",
    f=("계약금", None, NV, S9, "level", "required", EQ))
d.Q("12%", 12, "%", "%", P, bound="max", note="최대 -> max",
    f=("로열티", None, NV, S9, "level", "required", "N%의 X -> X; 출시 후 is no DATE; " + CT))
d.Q("1상", 1, "상", "상", "ordinal", st="optional",
    note="임상 1상 (phase 1): an ordinal with the counter 상 (like 1차) or a lexicalized name of a trial phase? (README question 5)")
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="an ordinal (번째): no fact")
d.Q("32억 달러", 3200000000, U, "달러", "currency",
    f=("누적 계약", None, NV, S9, "level", "optional",
       "N 규모 -> 누적 계약 (FACTS 규모); 회사 = the company; its period: the carried 지난 9일 (the contract that raised it), or the 현재 of the sentence before (optional DATE, 13일)? (README question 5)"))
d.Q("182억 원", 18200000000, W, "원", "currency", f=("매출", None, NV, "2025", "level"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업손실", None, NV, "2025", "level"))
d.Q("29.9%", 29.9, "%", "%", P, f=("주가", None, NV, "2026-01-13", "change", "required", "이날 in its clause; 전 거래일보다 = basis; the market (에서) is a place of trading, not the subject"))
d.Q("8만 6,900원", 86900, W, "원", "currency", f=("주가", None, NV, "2026-01-13", "level"))
d.Q("하루", 1, "day", "하루", "duration", note="하루 만에: a duration (만에 outside): no fact")
d.Q("8,100억 원", 810000000000, W, "원", "currency", f=("시가총액", None, NV, "2026-01-13", "change", "required", "the subject and 이날 carried from the sentence before"))
d.Q("3조 5,200억 원", 3520000000000, W, "원", "currency", f=("시가총액", None, NV, "2026-01-13", "level"))
TP = ("a broker's target price for the company (키움증권은 … 노바젠테라퓨틱스의 목표주가를): whose figure — the company's (genitive owner, written) "
      "or the broker's estimate? and does 이날 carry? (README question 5)")
d.Q("7만 원", 70000, W, "원", "currency", f=("목표주가", None, NV, "", "level", "optional", TP + "; the old level"))
d.Q("11만 원", 110000, W, "원", "currency", f=("목표주가", None, NV, "2026-01-13", "level", "optional", TP))

# ---------------------------------------------------------------- 005 builder's apartment presale (regional outlet's bracket dateline, no year anywhere)
d = Doc("005_2f44c7a049f3ea1b", "2025-10-17"); docs.append(d)
TK, KA = "태경건설", "한국자산신탁"
BRAND = "the builder's short name used only as the modifier inside the complex's name (a product): optional (ANNOTATION)"
d.O("태경", TK, ctx="'태경 리버파크' 1순위", st="optional", note=BRAND)
d.O("충청신문", "충청신문", note="outlet in the bracket dateline")
d.Oall(TK, TK)
d.O("태경", TK, ctx="짓는 '태경 리버파크'", st="optional", note=BRAND)
d.O("한국부동산원", "한국부동산원", note="the public agency whose subscription service is cited")
d.O("청약홈", "청약홈", st="optional", note="the agency's subscription service (a platform or app run by an institution): optional (ANNOTATION)")
d.O("천안시 분양가심사위원회", "천안시 분양가심사위원회", note="a city's committee: the city is part of its official name; 천안시 서북구 (L1) is a place")
d.Oall(KA, KA)
d.O("엠디엠그룹", "엠디엠그룹", note="the trust company's parent group (계열인)")
d.O("천안시", "천안시", ctx="천안시에 따르면", note="a city acting as a government (the cited source)")
d.D("17일", "2025-10-17", "day", rel=True, note="day of the cited figures (따르면): not a period")
d.D("지난 15일", "2025-10-15", "day", rel=True, note="the day of the first-priority subscription")
d.D("지난해", "2024", "year", ctx="지난해 인근", rel=True)
d.D("올해", "2025", "year", ctx="올해 충청권", rel=True)
d.D("올해", "2025", "year", ctx="올해 천안에서", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 전체", rel=True)
d.D("오는 24일", "2025-10-24", "day", rel=True, note="future clause (발표하며)")
d.D("다음 달 4~6일", "2025-11-04/2025-11-06", "day", rel=True, note="a range of days with its deictic month: one mention")
RANK = ("1순위 (the first-priority round of a subscription): a lexicalized term (optional, like 1인칭) rather than an ordinal rank")
RATIO = ("a competition ratio N대 1: 대 means 'to', no unit or counter (ANNOTATION: no unit, no quantity) — yet the figure is the story's "
         "measure; optional, whole ratio as the span (README question 6)")
CX = "a figure of the apartment complex (a product, no ORG): empty subject (FACTS) (README question 7)"
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 평균", st="optional", note=RANK)
d.Q("27.4대 1", 27.4, "대 1", "대 1", C, ctx="평균 27.4대 1…", st="optional", note=RATIO)
d.Q("112.3대 1", 112.3, "대 1", "대 1", C, ctx="최고 112.3대 1", st="optional", note=RATIO)
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 청약에서", st="optional", note=RANK)
d.Q("27.4대 1", 27.4, "대 1", "대 1", C, ctx="평균 27.4대 1의", st="optional", note=RATIO)
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 청약에는", st="optional", note=RANK)
S15 = "2025-10-15"
d.Q("712가구", 712, "가구", "가구", C, f=("일반공급", None, "", S15, "level", "required", "the noun right before the count; 지난 15일 in its sentence; " + CX))
d.Q("1만 9,512명", 19512, "명", "명", C,
    f=("청약", "1순위 청약에는", "", S15, "level", "required",
       "몰렸다 is a plain verb: the verbal noun 청약 (the round the applicants came to) names it; applicants are persons: empty subject; 지난 15일"))
d.Q("84㎡", 84, "㎡", "㎡", M, note="the exclusive area naming a unit type (84㎡ 주택형)",
    f=("전용면적", None, "", "", "level", "optional", "a size that names a category (the unit type), part of the metric like a definitional range: no fact (FACTS)"))
d.Q("112.3대 1", 112.3, "대 1", "대 1", C, ctx="나온 112.3대 1", st="optional", note=RATIO)
d.Q("29층", 29, "층", "층", C, bound="max", note="최고 (highest) -> max, like 최대",
    f=("단지", "단지는", "", "", "level", "optional",
       "지상 최고 29층 in a 규모 list (29층 9개 동, 1,046가구 규모): the thing whose size it is (단지), or no noun (층 counts floors)? unclear"))
d.Q("9개", 9, "개", "개", C, f=("동", "9개 동", "", "", "level", "required", "the counted noun after the count (동, buildings); " + CX + "; no DATE"))
d.Q("1,046가구", 1046, "가구", "가구", C, f=("단지", "단지는", "", "", "level", "required", "N 규모 -> the thing whose size it is (FACTS 규모); " + CX + "; no DATE"))
d.Q("334가구", 334, "가구", "가구", C, f=("특별공급", None, "", "", "level", "required", "the noun right before the count; " + CX + "; no DATE"))
d.Q("3.3㎡", 3.3, "㎡", "㎡", M, st="optional", note="3.3㎡당: a rate denominator (당 outside): optional (ANNOTATION)")
d.Q("1,580만 원", 15800000, W, "원", "currency",
    f=("분양가", "분양가는", "", "", "level", "required", "평균 outside; " + CX + "; no DATE (정해졌다)"))
d.Q("1,490만 원", 14900000, W, "원", "currency",
    f=("분양가", "분양가는", "", "2024", "level", "required",
       "another complex's price in brackets, compared with: the measure of the figure before (분양가); 지난해 in its clause; no ORG named"))
d.Q("6%", 6, "%", "%", P,
    f=("분양가", "분양가는", "", "", "change", "required", "…보다 N% 높다: a difference (change); the current complex's price has no DATE (the basis's 지난해 is not its period)"))
d.Q("4개", 4, "개", "개", C, ctx="4개 단지",
    f=("단지", "4개 단지", KA, "2025", "level", "required", "the trust company is the subject of 따냈다; 올해 in its clause; the counted noun after the count"))
d.Q("3,870가구", 3870, "가구", "가구", C, f=("신탁 사업", None, KA, "2025", "level", "required", "N의 X -> X"))
CITY = "a city-wide figure cited from the city (천안시에 따르면): the city is its source, the count is the market's: empty subject"
d.Q("5,830가구", 5830, "가구", "가구", C, f=("아파트", "공급된 아파트는", "", "2025", "level", "required", CITY + "; 올해 in its clause"))
d.Q("3,120가구", 3120, "가구", "가구", C,
    f=("아파트", "공급된 아파트는", "", "2024", "level", "required", "a figure in brackets after 지난해 전체 (전체 names only the whole): the figure before's measure; 지난해"))
d.Q("87%", 87, "%", "%", P, f=("아파트", "공급된 아파트는", "", "2025", "change", "required", "…보다 N% 많다: a change; the current period (지난해 = basis)"))

# ---------------------------------------------------------------- 006 year-end stock market recap (입력 stamp + byline)
d = Doc("006_2f0564a19025da78", "2025-12-30"); docs.append(d)
MKT = "a stock market run by the exchange: a business run as a platform (ORG) or a market (no ORG)? optional (README question 4)"
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the byline line")
d.O("한국거래소", "한국거래소", note="the exchange, the cited source (에 따르면)")
d.Oall("유가증권시장", "유가증권시장", special={i: ("optional", MKT) for i in range(3)})
d.Oall("코스닥시장", "코스닥시장", special={i: ("optional", MKT) for i in range(2)})
d.O("LG씨엔에스", "LG씨엔에스", note="the year's largest listing (최대어)")
d.O("NH투자증권", "NH투자증권", note="broker before an analyst's title")
d.O("삼성증권", "삼성증권", note="broker, subject of 제시했다")
Y = "2025"
d.D("2025년", Y, "year", note="a year before a compound title (2025년 증시 결산, like 2020년 연말결산)")
d.D("2025.12.30", "2025-12-30", "day", st="optional", note="publication stamp (its clock time not labelled)")
for c in ("코스피가 올해", "따르면 올해", "코스피는 올해", "코스닥지수는 올해", "올해 하루", "외국인은 올해", "올해 신규"):
    d.D("올해", Y, "year", ctx=c, rel=True)
d.D("30일", "2025-12-30", "day", rel=True, note="the year's last trading day (올해 마지막 거래일인 30일)")
d.D("전 거래일", "2025-12-29", "day", rel=True, st="optional", anchor="2025-12-30", note="points back to the trading day before 30일: optional")
d.D("연말", Y, "year", mod="END", rel=True, note="연말 기준 (as of): this year's end, a present date (the document is of 30 December)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True)
d.D("지난 2월", "2025-02", "month", rel=True, note="the month of a listing (relative clause)")
d.D("내년", "2026", "year", ctx="내년 코스피가", rel=True)
d.D("내년", "2026", "year", ctx="내년 코스피 예상", rel=True)
IDX = "an index (코스피/코스닥지수) is no ORG: empty subject; the index names what the figure measures"
MK = "a figure of the stock market (a market, not an ORG's own figure; the exchange is only the source): empty subject"
IL = ("an index level written without a unit (implied points), or with 선 ('line'): like a headline amount whose unit is only implied, optional")
d.Q("75%", 75, "%", "%", P, ctx="코스피 75% 급등", f=("코스피", "결산] 코스피", "", Y, "change", "required", "headline: its own 2025년 (the recap's year); 급등: a change; " + IDX))
d.Q("3,450조 원", 3450000000000000, W, "원", "currency", ctx="시가총액 3,450조 원 '",
    f=("시가총액", "급등…시가총액", "", Y, "level", "required", "headline: its own 2025년; " + MK))
d.Q("75%", 75, "%", "%", P, ctx="75% 넘게", bound="gt", note="넘게 -> gt",
    f=("코스피", "코스피가 올해", "", Y, "change", "required", "올해 in its clause; 뛰며: a change; " + IDX))
d.Q("4,000선", 4000, "선", "선", C, st="optional", note=IL)
d.Q("0.8%", 0.8, "%", "%", P, f=("코스피", "30일 코스피는", "", "2025-12-30", "change", "required", "30일 in its clause; 전 거래일보다 = basis; " + IDX))
d.Q("4,214.17", "4214.17", "포인트", "", C, st="optional", note=IL)
d.Q("1,814.68포인트", "1814.68", "포인트", "포인트", C, note="포인트 (index points): a counter as written",
    f=("코스피", "코스피는 올해 1,", "", Y, "change", "required", "올해 in its clause; 올라: a change; " + IDX))
d.Q("75.6%", 75.6, "%", "%", P, f=("코스피", "코스피는 올해 1,", "", Y, "change", "required", "the rate of the same rise, in brackets"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("36.5%", 36.5, "%", "%", P, f=("코스닥지수", None, "", Y, "change", "required", "올해 in its clause; " + IDX))
d.Q("925.34", "925.34", "포인트", "", C, st="optional", note=IL)
d.Q("3,450조 원", 3450000000000000, W, "원", "currency", ctx="기준 3,450조 원",
    f=("시가총액", "합친 시가총액은", "", Y, "level", "required", "연말 기준 (2025, END) in its clause; " + MK + " (README question 4)"))
d.Q("1,290조 원", 1290000000000000, W, "원", "currency",
    f=("시가총액", "합친 시가총액은", "", Y, "change", "required", "지난해 말보다 = basis; the current period carried in the sentence; " + MK))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a native day word as a rate denominator: optional (ANNOTATION)")
d.Q("22조 3,000억 원", 22300000000000, W, "원", "currency",
    f=("평균 거래대금", None, "", Y, "level", "required", "하루 (rate word) outside the metric; 올해 in its clause; " + MK))
d.Q("31%", 31, "%", "%", P, f=("평균 거래대금", None, "", Y, "change"))
d.Q("21조 4,000억 원", 21400000000000, W, "원", "currency",
    f=("순매수", "순매수했다", "", Y, "level", "required", "the verbal noun names it; foreign investors are no ORG: empty subject; 올해 in its clause"))
NL = "신규 상장 기업"
d.Q("11곳", 11, "곳", "곳", C, f=(NL, None, "", Y, "level", "required", "a count per market in a list: the sentence's measure (신규 상장 기업); " + MK + "; 올해 in its clause"))
d.Q("107곳", 107, "곳", "곳", C, f=(NL, None, "", Y, "level", "required", "as 11곳"))
d.Q("118곳", 118, "곳", "곳", C, f=(NL, None, "", Y, "level", "required", "the total (모두)"))
d.Q("4곳", 4, "곳", "곳", C, f=(NL, None, "", Y, "change", "required", "지난해보다 = basis; 줄었지만: a change"))
d.Q("5조 8,700억 원", 5870000000000, W, "원", "currency", f=("공모 금액", "공모 금액은", "", Y, "level", "required", "the year's offerings together (unnamed companies): empty subject; 올해 of the sentence"))
d.Q("41%", 41, "%", "%", P, f=("공모 금액", "공모 금액은", "", Y, "change"))
d.Q("1조 1,994억 원", 1199400000000, W, "원", "currency",
    f=("공모 금액", "공모 금액이", "LG씨엔에스", "2025-02", "level", "required", "the company named in its sentence (최대어는 … LG씨엔에스로); 지난 2월 (its listing) in the sentence"))
d.Q("5,000선", 5000, "선", "선", C, st="optional", note=IL)
d.Q("3,900~5,100", 3900, "포인트", "", C, hi=5100, st="optional", note=IL + "; a range: value 3900, value_high 5100")

if __name__ == "__main__":
    write_all(docs)
