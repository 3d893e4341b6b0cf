"""Gold labels of articles-holdout65, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout65/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 portal ad and commerce results (뉴스1 dateline, 2026년 1분기 in the lead)
d = Doc("001_a2967c2baab52db6", "2026-05-07"); docs.append(d)
S, CL, NR = "씽크온", "씽크온클라우드", "누리넷"
d.Oall(S, S, skip=(2,), special={0: ("required", "invented portal, headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(CL, CL, note="invented cloud subsidiary (클라우드 자회사); its own figures")
d.O("한국지능정보사회진흥원", "한국지능정보사회진흥원", note="counterparty of a contract (과)")
d.O(NR, NR, note="invented rival portal (경쟁 포털)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="씽크온, 1분기", rel=True, note="headline: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year + quarter: one mention")
d.D("7일", "2026-05-07", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (ANNOTATION: optional in gold)")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the story's quarter (optional)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("지난 3월", "2026-03", "month", rel=True)
d.D("1분기", Q1, "quarter", ctx="누리넷의 1분기", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (이어갈 것): the next Q2")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied (optional); 돌파 → gt",
    f=("광고 매출", "1분기 광고 매출 2천억", S, Q1, "level"))
d.Q("1.4조", 1400000000000, W, "", "currency", st="optional", note="headline amount, currency implied (optional)",
    f=("커머스 거래액", "커머스 거래액 1.4조", S, Q1, "level"))
d.Q("2,135억 원", 213500000000, W, "원", "currency", f=("광고 매출", "1분기 광고 매출 2,135억", S, Q1, "level"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("광고 매출", "1분기 광고 매출 2,135억", S, "2025-Q1", "level", "required",
       "a figure in brackets right after a pointing-back date (전년 동기) is that period's level of the measure the sentence before names; "
       "the DATE mention is optional but its period is settled (2025-Q1)"))
d.Q("14.2%", 14.2, "%", "%", P,
    f=("광고 매출", "1분기 광고 매출 2,135억", S, Q1, "change", "required", "늘어난 = change; the restating noun 최대치 gives way to the lead's measure"))
d.Q("1,320억 원", 132000000000, W, "원", "currency",
    f=("검색 광고와 디스플레이 광고 매출", None, S, Q1, "level", "required",
       "각각 with a coordinated subject: 검색 광고 shares the head 매출, so the shortest phrase naming it is the coordination; subject and period carried"))
d.Q("815억 원", 81500000000, W, "원", "currency", f=("디스플레이 광고 매출", None, S, Q1, "level", "required", "각각: the second item"))
d.Q("38%", 38, "%", "%", P,
    f=("전체 광고 매출", None, S, Q1, "level", "required",
       "a share: the measure noun that governs it with 의 (전체 광고 매출의 38%); the part (쇼핑 검색 광고) is a segment, no ORG"))
d.Q("1조 4,200억 원", 1420000000000, W, "원", "currency", f=("커머스 거래액", "커머스 거래액은", S, Q1, "level", "required", "subject and story period carried"))
d.Q("21%", 21, "%", "%", P, f=("커머스 거래액", "커머스 거래액은", S, Q1, "change"))
d.Q("3만 2,000곳", 32000, "곳", "곳", C,
    f=("입점 판매자", None, S, Q1, "level", "required", "지난해 말 is the comparison's basis; the story's quarter carried"))
d.Q("2,400곳", 2400, "곳", "곳", C, f=("입점 판매자", None, S, Q1, "change", "required", "늘었다 = change; basis 지난해 말"))
d.Q("612억 원", 61200000000, W, "원", "currency",
    f=("매출", "씽크온클라우드의 매출", CL, Q1, "level", "required", "genitive owner (the subsidiary); the results story's quarter"))
d.Q("33.5%", 33.5, "%", "%", P, f=("매출", "씽크온클라우드의 매출", CL, Q1, "change"))
d.Q("120곳", 120, "곳", "곳", C, bound="gt", note="넘었고 → gt",
    f=("공공기관 고객", None, CL, Q1, "level", "required", "the sentence continues about the subsidiary"))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("계약", "규모의 계약", CL, "2026-03", "level", "required", "X 규모의 Y → Y; the counterparty (과) is no subject; 지난 3월 in the clause"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("전체 매출", None, S, Q1, "level"))
d.Q("702억 원", 70200000000, W, "원", "currency", f=("영업이익", None, S, Q1, "level"))
d.Q("14.4%", 14.4, "%", "%", P, f=("영업이익률", None, S, Q1, "level"))
d.Q("6.8%", 6.8, "%", "%", P,
    f=("광고 매출 증가율", None, NR, Q1, "change", "required",
       "a figure in brackets after the rival's measure is the rival's; a growth rate is a rate of change (FACTS kind: change); 1분기 in the phrase"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘는 → gt; native numeral + counter 배",
    f=("성장", "넘는 성장", S, Q1, "level", "optional",
       "a ratio of 씽크온's growth to the rival's rate (X의 N배를 넘는 성장): metric 성장 (the noun modified) or the rival's 증가율, subject 씽크온 or none, "
       "level or change? (README question 1)"))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional",
    note="'double-digit' (두 자릿수 성장): a lexicalized way of saying 10-99%, not a count of something; optional")
d.Q("6조 원", 6000000000000, W, "원", "currency",
    f=("커머스 거래액", "연간 커머스 거래액", S, "", "level", "optional",
       "a CFO's annual target: 연간 is no DATE; the sentence's only DATE is the first quote's 2분기 (the letter of clause-then-sentence search) "
       "and the story's quarter is 2026-Q1; neither is the year the target is for: empty written (README question 2)"))

# ---------------------------------------------------------------- 002 container line's quarterly results (연합뉴스 dateline, no year anywhere)
d = Doc("002_ca908a0dd68bdd37", "2025-10-24"); docs.append(d)
HB, GR = "한빛해운", "한빛그룹"
d.Oall(HB, HB, special={0: ("required", "invented container line, in the headline after the ellipsis")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("상하이해운거래소", "상하이해운거래소", note="the exchange that publishes the freight index (발표하는): the index's source")
d.O("한국해양진흥공사", "한국해양진흥공사", note="state maritime finance corporation; the party support came from (로부터)")
d.O(GR, GR, note="invented parent (모회사)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한빛해운 3분기", rel=True, note="headline: the latest Q3 on or before the document date")
d.D("3분기", Q3, "quarter", ctx="한빛해운의 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (optional)")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the story's quarter (optional)")
d.D("지난 17일", "2025-10-17", "day", rel=True)
d.D("전주", "2025-W41", "week", rel=True, st="optional", anchor="2025-10-17", rng=False,
    note="points back to the week before 지난 17일 (the index's previous weekly release): optional like 전년")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-10-06", "2025-10-12"
d.D("연초", "2025", "year", mod="START", rel=True)
d.D("지난달", "2025-09", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (까지 outside): this year's end, a future clause")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("5주", 5, "week", "주", "duration", ctx="5주 연속 하락…", note="5주 연속 (for five weeks running): an amount of time, no fact")
d.Q("41%", 41, "%", "%", P, ctx="41% 급감", f=("영업익", None, HB, Q3, "change", "required", "headline: 급감 = change; 3분기 in the headline"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank (선복량 기준 3위): ordinal, no fact")
d.Q("1,180억 원", 118000000000, W, "원", "currency", f=("영업이익", None, HB, Q3, "level"))
d.Q("41%", 41, "%", "%", P, ctx="41% 줄었다", f=("영업이익", None, HB, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("9,640억 원", 964000000000, W, "원", "currency", f=("매출", "매출은 9,640억", HB, Q3, "level", "required", "subject and period carried from the lead"))
d.Q("12.7%", 12.7, "%", "%", P, f=("매출", "매출은 9,640억", HB, Q3, "change"))
TEU = "TEU (container units): no SI symbol and no Hangul counter; written as the unit as written, category measure"
d.Q("58만 TEU", 580000, "TEU", "TEU", M, note=TEU, f=("운송량", None, HB, Q3, "level"))
d.Q("4.5%", 4.5, "%", "%", P, f=("운송량", None, HB, Q3, "change"))
BR = "breakdown (항로별로는): a route names no measure; the items count what the total before counts (운송량); subject and period carried"
d.Q("21만 TEU", 210000, "TEU", "TEU", M, note=TEU, f=("운송량", "운송량은 58만", HB, Q3, "level", "required", BR))
d.Q("14만 5천 TEU", 145000, "TEU", "TEU", M, note=TEU, f=("운송량", "운송량은 58만", HB, Q3, "level", "required", BR))
IX = "a freight index is a market's figure, no ORG: empty subject (the exchange only publishes it)"
PT = "index points: the counter as written (포인트), count"
d.Q("1,410.5포인트", "1410.5", "포인트", "포인트", C, note=PT,
    f=("상하이컨테이너운임지수", None, "", "2025-10-17", "level", "required", IX + "; 지난 17일 in the clause"))
d.Q("38.2포인트", "38.2", "포인트", "포인트", C, note=PT,
    f=("상하이컨테이너운임지수", None, "", "2025-10-17", "change", "required", IX + "; 내렸다 = change; 전주보다 = basis"))
d.Q("5주", 5, "week", "주", "duration", ctx="5주 연속 하락으로", note="an amount of time, no fact")
d.Q("2,505포인트", 2505, "포인트", "포인트", C, note=PT,
    f=("고점", None, "", "2025", "level", "required", "a figure alone in brackets right after a noun measures that noun (연초 고점); 연초 (START) dates it; " + IX))
d.Q("56%", 56, "%", "%", P, approx=True, note="수준 after the figure read as an approximator (approx, outside the span)",
    f=("고점", None, "", "2025-10-17", "level", "optional",
       "X의 N% 수준: the current index as a share of the peak; metric the governing noun 고점 or the index itself, period the current 지난 17일 or 연초? (README question 3)"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("지원", "지원받아", HB, Q3, "level", "required",
       "지원받다: the verbal noun; the topic (한빛해운은) receives it, the party it came from (로부터) is the counterparty; no date in the sentence: the results story's quarter carried"))
d.Q("1만 3,000TEU", 13000, "TEU", "TEU", M, approx=True, note="급 after the unit stays outside and sets approx (like 원대); " + TEU,
    f=("컨테이너선", "TEU급 컨테이너선", "", "", "level", "required",
       "the size class of a ship (a product's specification): no ORG subject; no date and no earlier figure of the same metric: empty period"))
d.Q("2척", 2, "척", "척", C, f=("컨테이너선", "TEU급 컨테이너선", HB, Q3, "level", "required", "the counted noun before the count; 발주했다 by the topic; the story's quarter carried"))
d.Q("800억 원", 80000000000, W, "원", "currency",
    f=("유상증자", None, GR, "2025-09", "level", "required", "the parent's own clause; 보탰다 is a plain verb: the noun of the means names the amount raised; 지난달 in the clause"))
d.Q("1,200포인트", 1200, "포인트", "포인트", C, approx=True, note="선 after the figure ('around the line of'): outside, approx; " + PT,
    f=("운임", "운임이 1,200", "", "2025", "level", "required",
       "freight rates are the market's (no ORG) even in the company's forecast; 연말까지 in the clause (value 2025, END)"))
d.Q("12%", 12, "%", "%", P, ctx="12% 늘릴",
    f=("선복량", "선복량을 12%", HB, "2026-H1", "change", "required", "회사 관계자 speaks for the company; 내년 상반기 in the clause; 늘릴 = change"))

# ---------------------------------------------------------------- 003 city youth employment programme (뉴시스 dateline; no present year, past years 2024 and 2028 only)
d = Doc("003_890fdf0f1dd0da3c", "2026-03-10"); docs.append(d)
DJ, JA = "대전시", "대전일자리경제진흥원"
d.Oall(DJ, DJ, special={0: ("required", "a city acting as a government (ANNOTATION); headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(JA, JA, note="the city's job agency that runs the programme")
d.O("진흥원", JA, ctx="진흥원은", st="optional",
    note="the head noun alone pointing back to the agency: a short form of the name or an unnamed institution noun (optional, like 정부/시의회)")
d.O("한밭정밀", "한밭정밀", note="invented partner company")
d.O("성심당", "성심당", note="partner company (a bakery)")
d.O("에코바이오랩", "에코바이오랩", note="invented partner, introduced by 바이오 벤처")
d.D("지난해", "2025", "year", ctx="지원…지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("10일", "2026-03-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해(980명)", rel=True, note="a comparison's basis, still a DATE")
d.D("지난해", "2025", "year", ctx="지난해 참여자", rel=True)
d.D("2024년", "2024", "year")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.Q("1,200명", 1200, "명", "명", C, ctx="청년 1,200명 일자리",
    f=("청년", "청년 1,200명 일자리", DJ, "", "level", "optional",
       "headline figure: the headline's only DATE (지난해) belongs to the next clause (취업률); the lead says 올해: empty, 2025 by the letter "
       "of the sentence search, or 2026? (README question 5)"))
d.Q("68%", 68, "%", "%", P, ctx="취업률 68%", f=("취업률", "지난해 취업률", DJ, "2025", "level", "required", "headline: 지난해 in its clause; the city's programme"))
PR = "a programme (청년 일자리 사업) is no ORG: its figures are the city's that runs it"
d.Q("135억 원", 13500000000, W, "원", "currency",
    f=("청년 일자리 사업", "올해 청년 일자리 사업", DJ, "2026", "level", "required", "X에 N원을 투입해 → X (what the money is put into); 올해 in the clause"))
d.Q("1,200명", 1200, "명", "명", C, ctx="청년 1,200명을",
    f=("청년", "청년 1,200명을", DJ, "2026", "level", "required", "the counted noun right before the count; the clause continues with the city as subject"))
d.Q("980명", 980, "명", "명", C, ctx="지난해(980명)",
    f=("지원 인원", None, DJ, "2025", "level", "required", "a figure in brackets right after 지난해 is that year's level of the sentence's measure"))
d.Q("22%", 22, "%", "%", P, f=("지원 인원", None, DJ, "2026", "change", "required", "지난해 = basis; the current period is the lead's 올해"))
d.Q("54억 원", 5400000000, W, "원", "currency",
    f=("국비", None, DJ, "2026", "level", "required", "a part of the programme budget (사업비는 국비 …과 시비 …): the noun right before names the part; " + PR))
d.Q("81억 원", 8100000000, W, "원", "currency", f=("시비", None, DJ, "2026", "level", "required", "as 국비; " + PR))
d.Q("18~39세", 18, "세", "세", C, hi=39, st="optional",
    note="a definitional age range (만 18~39세 미취업 청년): FACTS gives it no fact; the quantity optional, as the framework needs a fact for every required non-duration quantity")
d.Q("6개월", 6, "month", "개월", "duration", bound="max", note="최대 … 6개월간: 간 outside, 최대 → max; a duration, no fact")
d.Q("220만 원", 2200000, W, "원", "currency",
    f=("인건비", None, "", "2026", "level", "optional",
       "월 is a rate word; the clause's subject is 참여자 (persons, who receive it): empty subject, or the city's programme support? (README question 6)"))
d.Q("980명", 980, "명", "명", C, ctx="참여자 980명", f=("참여자", "지난해 참여자", DJ, "2025", "level", "required", "지난해 in the phrase; " + PR))
d.Q("666명", 666, "명", "명", C, f=("취업", "명이 취업해", DJ, "2025", "level", "required", "취업해: the verbal noun; a part of the participants (가운데); " + PR))
d.Q("68.0%", "68.0", "%", "%", P, f=("취업률", "취업률은 68.0%", DJ, "2025", "level", "required", "the written value 68.0 kept"))
d.Q("61.5%", 61.5, "%", "%", P,
    f=("취업률", "취업률은 68.0%", DJ, "2024", "level", "required", "a figure in brackets right after 2024년: that year's level of the measure before"))
d.Q("6.5%포인트", 6.5, PP, "%포인트", P, f=("취업률", "취업률은 68.0%", DJ, "2025", "change", "required", "2024년 = basis; 높다 = a difference, change"))
d.Q("412명", 412, "명", "명", C,
    f=("정규직으로 채용된 청년", None, DJ, "2025", "level", "required", "이 가운데: a part of the 666; period carried in the paragraph"))
HI = ("the agency's agreements and the partners' hires for the programme: no DATE in the paragraph; the lead's 올해 (the programme's year) as the "
      "story's period, or empty (no period was set for these subjects)? (README question 4)")
d.Q("150곳", 150, "곳", "곳", C, f=("지역 기업", None, JA, "2026", "level", "optional", "진흥원은 … 협약을 맺었으며: the agency's; " + HI))
d.Q("45명", 45, "명", "명", C, f=("채용", "채용하기로", "한밭정밀", "2026", "level", "optional", "the company before the count hires them (a plan): the verbal noun; " + HI))
d.Q("30명", 30, "명", "명", C, f=("채용", "채용하기로", "성심당", "2026", "level", "optional", HI))
d.Q("18명", 18, "명", "명", C, f=("채용", "채용하기로", "에코바이오랩", "2026", "level", "optional", HI))
d.Q("75%", 75, "%", "%", P, bound="min", note="이상 → min",
    f=("청년 취업률", None, DJ, "2028", "level", "required", "a city official's target: the city's; 2028년까지 in the clause"))

# ---------------------------------------------------------------- 004 food maker's exports and US plant ([이데일리] bracket byline, 2025년 상반기 in the lead)
d = Doc("004_1158deedfcd4721c", "2025-08-19"); docs.append(d)
DP, DA, WM = "대풍식품", "대풍아메리카", "월마트"
d.Oall(DP, DP, special={0: ("required", "invented food maker, headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.Oall(DA, DA, special={0: ("required", "invented US subsidiary (미국 법인); 미국 is a place, outside")})
d.Oall(WM, WM, special={1: ("required", "캐나다 (a place) before the retailer stays outside")})
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="…상반기", rel=True, note="headline: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half", note="year + half: one mention")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back (optional)")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis, still a DATE")
d.D("현재", "2025-08-19", "day", rel=True, st="optional", note="현재 takes the document date; optional (ANNOTATION)")
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention; 까지 outside")
d.D("상반기", H1, "half", ctx="상반기 매출", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (입점할 계획): this year's second half")
d.D("올해", "2025", "year", rel=True)
d.Q("6개", 6, "개", "개", C, ctx="6개로 늘린다…",
    f=("라인", "공장 라인", DP, "", "level", "optional",
       "headline: the topic is the parent but the body gives the line count to the US subsidiary (대풍아메리카), and the date (내년 3월) only in the body: "
       "subject and period unsettled in a headline"))
d.Q("1,850억", 185000000000, W, "", "currency", ctx="상반기 수출 1,850억", st="optional", note="headline amount, currency implied (optional)",
    f=("수출", "상반기 수출 1,850억", DP, H1, "level"))
d.Q("1,850억 원", 185000000000, W, "원", "currency", f=("수출액", None, DP, H1, "level"))
d.Q("27.3%", 27.3, "%", "%", P, f=("수출액", None, DP, H1, "change", "required", "전년 동기 대비 = basis; the restating 최대치 gives way to the lead's measure"))
d.Q("46%", 46, "%", "%", P, f=("해외 매출 비중", None, DP, H1, "level", "required", "subject and period carried from the lead"))
d.Q("5%포인트", 5, PP, "%포인트", P, f=("해외 매출 비중", None, DP, H1, "change", "required", "1년 전 = basis; 높아졌다 = change"))
RG = ("breakdown (지역별로는) of money after a share of overseas sales and the lead's exports: the items measure 해외 매출 (the sentence before) "
      "or 수출액 (the lead's amount)? (README question 7); a region is no subject")
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("해외 매출", "해외 매출 비중", DP, H1, "level", "optional", RG))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("해외 매출", "해외 매출 비중", DP, H1, "level", "optional", RG))
d.Q("280억 원", 28000000000, W, "원", "currency", f=("해외 매출", "해외 매출 비중", DP, H1, "level", "optional", RG))
d.Q("4개", 4, "개", "개", C,
    f=("생산 라인", None, DA, "2025-08-19", "level", "required", "A에서 B로: the old level is dated by 현재 before it (an optional DATE whose value, the document date, is settled)"))
d.Q("6개", 6, "개", "개", C, ctx="6개로 늘린다.",
    f=("생산 라인", None, DA, "2026-03", "level", "required", "the new level is dated by 내년 3월까지"))
d.Q("7,200만 달러", 72000000, U, "달러", "currency",
    f=("증설", None, DA, "2026-03", "level", "required",
       "X에 N을 투입 → X; no date in its sentence: the period last set for the same subject (내년 3월, the expansion's deadline) carries"))
d.Q("1,000억 원", 100000000000, W, "원", "currency", approx=True, eq=("7,200만 달러",), note="약 outside, approx; converts the dollar amount",
    f=("증설", None, DA, "2026-03", "level", "required", "a conversion: same slots as the amount it converts"))
d.Q("3만 6천t", 36000, "t", "t", M,
    f=("생산 능력", None, DA, "", "level", "optional",
       "A에서 B로 after 완공 후 (no DATE): the old level is the present capacity; empty, the document date, or the carried 내년 3월? (README question 8)"))
d.Q("5만 4천t", 54000, "t", "t", M,
    f=("생산 능력", None, DA, "2026-03", "level", "required", "연간 stays outside; the new level after completion: 내년 3월 carried for the same subject"))
d.Q("50%", 50, "%", "%", P, f=("생산 능력", None, DA, "2026-03", "change", "required", "늘어난다 = change; as the new level"))
d.Q("9,400만 달러", 94000000, U, "달러", "currency", f=("매출", "상반기 매출", DA, H1, "level", "required", "genitive owner; 상반기 in the phrase"))
ST = "stores of a retailer the subsidiary supplies: the supplier's count (the sentence continues about 대풍아메리카); the retailer (에) is the counterparty"
d.Q("3,100곳", 3100, "곳", "곳", C,
    f=("월마트에 납품하는 매장", None, DA, H1, "level", "required", ST + "; 지난해 말 is the basis: the period last set for the subject (상반기) carries"))
d.Q("2,300곳", 2300, "곳", "곳", C, f=("월마트에 납품하는 매장", None, DA, "2024", "level", "required", "A에서 (the old level) dated by 지난해 말 right before it (value 2024, END)"))
d.Q("800곳", 800, "곳", "곳", C, f=("월마트에 납품하는 매장", None, DA, H1, "change", "required", "늘었다 = change; the current period"))
d.Q("400여 곳", 400, "곳", "곳", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("월마트 매장", None, DP, "2025-H2", "level", "required", "대풍식품 관계자 speaks for the company; 하반기에는 in the clause"))
d.Q("4,000억 원", 400000000000, W, "원", "currency", f=("수출", "올해 수출", DP, "2025", "level", "required", "a target in the spokesperson's quote; 올해 in the clause"))

# ---------------------------------------------------------------- 005 real-estate board's monthly apartment transactions (뉴스1 dateline, no year anywhere)
d = Doc("005_22288d7cc93b465f", "2025-11-17"); docs.append(d)
HF, ML = "한국주택금융공사", "국토교통부"
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("한국부동산원", "한국부동산원", note="the board that releases the statistic (발표한 … 동향에 따르면): its source")
d.O(HF, HF, note="housing finance corporation; genitive owner of its loan product's supply")
d.O("주금공", HF, note="short form of 한국주택금융공사, before 관계자")
d.O(ML, ML, note="the land ministry")
d.O("국토부", ML, note="short form of 국토교통부, before 관계자")
M10, M09 = "2025-10", "2025-09"
d.D("지난달", M10, "month", ctx="지난달 서울 아파트 거래 4", rel=True)
d.D("지난달", M10, "month", ctx="지난달 서울 아파트 매매", rel=True)
PB = "points back to the month before the story's month (optional, like 전년)"
d.D("전월", M09, "month", ctx="전월(6,230건)", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("17일", "2025-11-17", "day", rel=True, note="day of the release (발표한): not a figure's period")
d.D("10월", M10, "month", note="the month the release covers (10월 주택 거래 동향): the latest October", rel=True)
d.D("전월", M09, "month", ctx="전월 대비", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("작년 같은 달", "2024-10", "month", rel=True, st="optional", anchor="2025-10-01",
    note="one pointing-back phrase (같은 달 points back to 10월; like 지난해 같은 기간): optional; 작년 alone would be 2024")
d.D("전월", M09, "month", ctx="전월(1.12%)", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("지난달", M10, "month", ctx="지난달 1조", rel=True)
d.D("전월", M09, "month", ctx="전월보다 15%", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("다음 달", "2025-12", "month", rel=True, note="future clause (발표할 계획): dates the announcement only")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future): this year's end")
MK = "a market statistic (released by the board, its source): no ORG subject"
d.Q("4,812건", 4812, "건", "건", C, ctx="거래 4,812건…",
    f=("서울 아파트 거래", None, "", M10, "level", "required", "headline: 지난달 in its clause; " + MK))
d.Q("14억", 1400000000, W, "", "currency", ctx="매매가 14억 넘어", bound="gt", st="optional",
    note="headline amount, currency implied (optional); 넘어 → gt", f=("평균 매매가", "평균 매매가 14억 넘어", "", M10, "level"))
d.Q("4,812건", 4812, "건", "건", C, ctx="거래량이 4,812건", f=("서울 아파트 매매 거래량", None, "", M10, "level", "required", MK))
d.Q("6,230건", 6230, "건", "건", C,
    f=("서울 아파트 매매 거래량", None, "", M09, "level", "required", "a figure in brackets right after 전월: that month's level (the DATE is optional, its value settled); " + MK))
d.Q("22.8%", 22.8, "%", "%", P, f=("서울 아파트 매매 거래량", None, "", M10, "change", "required", MK))
d.Q("4만 1,356건", 41356, "건", "건", C,
    f=("전국 아파트 거래량", None, "", M10, "level", "required", "the statistic's period is the month it covers (10월 주택 거래 동향), not the release day 17일; " + MK))
d.Q("9.4%", 9.4, "%", "%", P, f=("전국 아파트 거래량", None, "", M10, "change"))
d.Q("3.1%", 3.1, "%", "%", P, f=("전국 아파트 거래량", None, "", M10, "change", "required", "작년 같은 달 = basis; the current period"))
d.Q("14억 2,300만 원", 1423000000, W, "원", "currency",
    f=("서울 아파트 평균 매매가", None, "", M10, "level", "required", "the lead's month as the statistics story's period; " + MK))
d.Q("14억 원", 1400000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("서울 아파트 평균 매매가", None, "", M10, "level", "required", "a threshold crossed by the same measure"))
RT = "a rate of change named as the measure (상승률): FACTS kind change ('a difference or rate of change')"
d.Q("0.87%", 0.87, "%", "%", P, f=("서울 아파트값 상승률", None, "", M10, "change", "required", RT))
d.Q("1.12%", 1.12, "%", "%", P, f=("서울 아파트값 상승률", None, "", M09, "change", "required", "in brackets right after 전월: that month's; " + RT))
d.Q("0.25%포인트", 0.25, PP, "%포인트", P, f=("서울 아파트값 상승률", None, "", M10, "change", "required", "낮아졌다: a difference, change"))
BR = "breakdown (자치구별로는): a district is a place here, no subject; the items measure the total's rate; " + RT
d.Q("1.84%", 1.84, "%", "%", P, f=("서울 아파트값 상승률", None, "", M10, "change", "required", BR))
d.Q("1.57%", 1.57, "%", "%", P, f=("서울 아파트값 상승률", None, "", M10, "change", "required", BR))
d.Q("1조 1,870억 원", 1187000000000, W, "원", "currency",
    f=("보금자리론 공급액", None, HF, M10, "level", "required", "genitive owner; a loan product (보금자리론) is no ORG; 지난달 in the clause"))
d.Q("15%", 15, "%", "%", P, f=("보금자리론 공급액", None, HF, M10, "change"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a native day word as a rate denominator (optional)")
AP = "the corporation's official on applications for its loan: the corporation's figure"
d.Q("1,100건", 1100, "건", "건", C,
    f=("신청 건수", None, HF, "", "level", "optional",
       AP + "; A에서 B로 before and after 대출 규제 강화 이후 (no DATE): the old level has no period of its own; empty or the carried 지난달? (README question 8)"))
d.Q("800건", 800, "건", "건", C, approx=True, note="800건대: 대 after the counter stays outside and sets approx",
    f=("신청 건수", None, HF, M10, "level", "required", AP + "; the new level: no DATE in the sentence, 지난달 carried for the same subject"))
d.Q("3곳", 3, "곳", "곳", C,
    f=("수도권 공공택지", None, ML, "", "level", "required",
       "the counted noun right before; 다음 달 dates only the announcement (발표할 계획): no period, and none was set for the ministry"))
d.Q("2만 4,000가구", 24000, "가구", "가구", C,
    f=("공급", "가구를 공급하는", ML, "", "level", "required", "공급하는: the verbal noun (가구 is the counter); 다음 달 dates the announcement only"))

# ---------------------------------------------------------------- 006 EV charging company's network (입력 stamp + byline line; present year only in the stamp)
d = Doc("006_ddb35c262e6c23b5", "2026-02-12"); docs.append(d)
VL, KP, JJ = "볼트링크", "한국전력공사", "제주특별자치도"
d.Oall(VL, VL, special={0: ("required", "invented charging operator, headline topic with a comma")})
d.O("매일경제", "매일경제", note="outlet in the byline line")
d.O(KP, KP, note="the power utility, a contract's counterparty (와는)")
d.O("한전", KP, note="short form of 한국전력공사")
d.O(JJ, JJ, note="a province acting as a government (ANNOTATION), an agreement's counterparty (와는)")
d.O("제주도", JJ, note="short form of 제주특별자치도, acting as the government (부담한다)")
Y = "2025"
d.D("지난해", Y, "year", ctx="…지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp: the date optional, the clock time not labelled")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", Y, "year", ctx="지난해 충전량", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 46%", rel=True, st="optional", anchor="2025-01-01", note="points back (optional)")
d.D("전년", "2024", "year", ctx="전년(97억", rel=True, st="optional", anchor="2025-01-01", note="points back (optional)")
d.D("지난해 9월", "2025-09", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", rel=True)
d.Q("2만 기", 20000, "기", "기", C, ctx="2만 기 돌파", bound="gt", note="돌파 → gt",
    f=("충전기", "충전기 2만 기 돌파", VL, Y, "level", "required", "headline topic with a comma; the headline's 지난해 (the next clause) is its sentence's only DATE"))
d.Q("1,120억", 112000000000, W, "", "currency", ctx="지난해 매출 1,120억", st="optional", note="headline amount, currency implied (optional)",
    f=("매출", "지난해 매출 1,120억", VL, Y, "level"))
d.Q("2만 기", 20000, "기", "기", C, ctx="2만 기를 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("충전기", "운영하는 충전기가", VL, Y, "level", "required",
       "the counted noun before; no DATE in its sentence: the period set earlier for the same subject (the headline's 지난해) carries, "
       "and the next sentence's 지난해 말 기준 has the same value"))
BR = "a breakdown (급속 …, 완속 … 등 모두 …): the items count what the total counts (충전기); 지난해 말 기준 (value 2025, END)"
d.Q("4,350기", 4350, "기", "기", C, f=("충전기", None, VL, Y, "level", "required", BR))
d.Q("1만 6,200기", 16200, "기", "기", C, f=("충전기", "운영하는 충전기가", VL, Y, "level", "required", BR))
d.Q("2만 550기", 20550, "기", "기", C, f=("충전기", "운영하는 충전기가", VL, Y, "level", "required", "the total (모두): " + BR))
d.Q("38만 5,000MWh", 385000, "MWh", "MWh", M, f=("충전량", None, VL, Y, "level", "required", "energy: the SI symbol as written (MWh), measure; 지난해 in the clause"))
d.Q("46%", 46, "%", "%", P, f=("충전량", None, VL, Y, "change"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("매출", "매출은 1,120억", VL, Y, "level"))
d.Q("38.6%", 38.6, "%", "%", P, f=("매출", "매출은 1,120억", VL, Y, "change"))
d.Q("52억 원", 5200000000, W, "원", "currency", f=("영업손실", None, VL, Y, "level"))
d.Q("97억 원", 9700000000, W, "원", "currency",
    f=("영업손실", None, VL, "2024", "level", "required", "in brackets right after 전년: that year's level (the DATE is optional, its value settled)"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("영업손실", None, VL, Y, "change", "required", "줄었다 = change; no sign written, the value positive"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("전기요금", "낸 전기요금", VL, Y, "level", "required", "paid by the company (dropped subject); the utility it is paid to (에) is the counterparty; the year carried"))
d.Q("36.6%", 36.6, "%", "%", P, f=("매출", "매출의 36.6%", VL, Y, "level", "required", "X의 N%: the measure noun that governs the figure with 의"))
AG = "an agreement with the province (와는, the counterparty): the company (dropped subject) installs; 지난해 9월 in the clause"
d.Q("85곳", 85, "곳", "곳", C, f=("관광지", None, VL, "2025-09", "level", "required", "the counted noun right before (도내, a place word, outside); " + AG))
d.Q("340기", 340, "기", "기", C, f=("급속 충전기", None, VL, "2025-09", "level", "required", AG))
CS = "the cost of a joint project and the province's share of it: whose (the project's, none; or the province, the sentence's subject) and which period (none, or the agreement's 지난해 9월 carried)? (README question 9)"
d.Q("120억 원", 12000000000, W, "원", "currency", ctx="사업비 120억 원", f=("사업비", None, "", "2025-09", "level", "optional", CS))
d.Q("40%", 40, "%", "%", P, f=("사업비", None, JJ, "2025-09", "level", "optional", "X 가운데 N%를 부담한다; " + CS))
QT = "the CEO's target: the company's; 올해 in the clause"
d.Q("3만 기", 30000, "기", "기", C, f=("충전기", "충전기를 3만", VL, "2026", "level", "required", "3만 기로 늘리고: the new level; " + QT))
d.Q("1,500억 원", 150000000000, W, "원", "currency", bound="gt", note="넘겨 → gt", f=("매출", "매출 1,500억", VL, "2026", "level", "required", QT))

if __name__ == "__main__":
    write_all(docs)
