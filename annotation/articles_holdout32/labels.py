"""Gold labels of articles-holdout32, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md — not the project's docs/annotation.md or docs/facts.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout32/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 steelmaker's quarterly results (Yonhap dateline, no year anywhere)
d = Doc("001_ffe054799d9817dd", "2026-04-24"); docs.append(d)
HB, HS = "한빛철강", "한빛특수강"
d.Oall(HB, HB)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(HS, HS, note="invented subsidiary introduced by 특수강 자회사")
d.O("현대제철", "현대제철", note="a rival (경쟁사)")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="한빛철강, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention (as before a month)")
d.D("24일", "2026-04-24", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("지난해 1분기", "2025-Q1", "quarter", rel=True, note="지난해 before a quarter: one mention; resolved against the document date")
d.D("직전 분기", "2025-Q4", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back (like 전분기)")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back to the lead's quarter")
d.D("2분기", "2026-Q2", "quarter", ctx="2분기 조강", rel=True, note="a target (목표를 잡았다): the next Q2")
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업이익 1,240억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "1분기 영업이익", HB, Q1, "level"))
d.Q("312만t", 3120000, "t", "t", M, ctx="생산 312만t", f=("조강 생산", None, HB, Q1, "level", "required", "headline: the metric noun before it"))
d.Q("4조 1,860억 원", 4186000000000, W, "원", "currency", f=("매출", "기준 매출", HB, Q1, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "원, 영업이익 1,240억", HB, Q1, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("매출", "매출은 전년", HB, Q1, "change", "required", "전년 동기보다 = basis; the period is the current quarter"))
d.Q("22.5%", 22.5, "%", "%", P, f=("영업이익", "영업이익은 22.5%", HB, Q1, "change"))
d.Q("312만t", 3120000, "t", "t", M, ctx="생산량은 312만t", f=("조강 생산량", None, HB, Q1, "level", "required", "subject and period carried from the lead"))
d.Q("298만t", 2980000, "t", "t", M, f=("조강 생산량", None, HB, "2025-Q1", "level", "required", "a figure in brackets after a dated period is that period's"))
d.Q("14만t", 140000, "t", "t", M, f=("조강 생산량", None, HB, Q1, "change"))
d.Q("86만 원", 860000, W, "원", "currency", f=("평균 판매가격", None, HB, Q1, "level", "required", "t당: a rate word with no number, not a quantity; the subject (한빛철강) and the lead's quarter carried"))
d.Q("2만 원", 20000, W, "원", "currency", f=("평균 판매가격", None, HB, Q1, "change", "required", "직전 분기보다 = basis"))
d.Q("6,420억 원", 642000000000, W, "원", "currency", f=("매출", "매출 6,420억", HS, Q1, "level", "required", "the subsidiary as its own topic; the lead's quarter carried"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "영업이익 310억", HS, Q1, "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("영업이익률", None, HS, Q1, "level", "required", "the next sentence continues about the subsidiary: subject carried"))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("영업이익률", None, HS, Q1, "change"))
d.Q("890억 원", 89000000000, W, "원", "currency", approx=True, note="약 before it",
    f=("영업이익", "영업이익이 약", "현대제철", Q1, "level", "required", "an analysts' estimate (증권가는 추정했다) of the rival's figure: the rival is its subject; 같은 기간 = the lead's quarter"))
d.Q("320만t", 3200000, "t", "t", M, f=("조강 생산 목표", None, HB, "2026-Q2", "level"))

# ---------------------------------------------------------------- 002 regional development corporation's land sales and debt (regional daily byline)
d = Doc("002_b4658cad3960db24", "2025-12-29"); docs.append(d)
JN = "전남개발공사"
d.Oall(JN, JN)
d.Oall("공사", JN, skip=(0, 1), special={i: ("optional", "공사 = the corporation named before: an unnamed institution noun standing for it (optional)") for i in range(2, 5)})
d.O("호남투데이", "호남투데이", note="invented regional daily in the byline")
d.O("전라남도", "전라남도", note="a province acting as a government")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 토지", rel=True)
d.D("올해", Y, "year", ctx="전남개발공사는 올해", rel=True)
d.D("28일", "2025-12-28", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("지난해", "2024", "year", rel=True)
d.D("2005년", "2005", "year", note="the corporation's founding year")
d.D("올해 말", Y, "year", mod="END", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis, still a DATE")
d.D("내년", "2026", "year", ctx="전라남도는 내년", rel=True)
d.D("2027년", "2027", "year", note="2027년까지 (까지 outside)")
d.D("내년", "2026", "year", ctx="공사는 내년", rel=True)
d.Q("3,150억", 315000000000, W, "", "currency", ctx="분양 3,150억…", st="optional", note="headline amount, currency implied",
    f=("토지 분양", "올해 토지 분양", JN, Y, "level"))
d.Q("98%", 98, "%", "%", P, ctx="부채비율 98%로", f=("부채비율", "부채비율 98%", JN, Y, "level", "required", "headline: 올해 of the headline"))
d.Q("3,150억 원", 315000000000, W, "원", "currency", f=("수입", None, JN, Y, "level", "required", "N원의 X → X"))
d.Q("2,270억 원", 227000000000, W, "원", "currency", f=("수입", None, JN, "2024", "level", "required", "a figure in brackets after 지난해 is that year's; metric and subject carried"))
d.Q("38.8%", 38.8, "%", "%", P, f=("수입", None, JN, Y, "change", "required", "지난해보다 = basis; 규모 refers back to the 수입"))
BR = ("breakdown (사업별로는): a project is no ORG, so the corporation carried; the items keep the lead figure's measure (수입), "
      "the noun in the text that names what they measure; the lead's 올해")
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("수입", None, JN, Y, "level", "required", BR))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("수입", None, JN, Y, "level", "required", BR))
d.Q("770억 원", 77000000000, W, "원", "currency", f=("수입", None, JN, Y, "level", "required", BR + "; '2단계' in '에너지밸리 2단계' is part of a project's name, not a quantity"))
d.Q("87%", 87, "%", "%", P, f=("분양률", None, JN, Y, "level", "required", "a project's sale rate: the corporation that sells it (projects are no ORG); see open question 2"))
d.Q("94%", 94, "%", "%", P, f=("분양률", None, JN, Y, "level", "required", "as 87%"))
d.Q("1조 1,050억 원", 1105000000000, W, "원", "currency", f=("부채", None, JN, Y, "level", "required", "올해 말 in the clause (value 2025, END)"))
d.Q("1,550억 원", 155000000000, W, "원", "currency", f=("부채", "부채는 1조", JN, Y, "change", "required", "1년 전보다 = basis"))
d.Q("131%", 131, "%", "%", P, f=("부채비율", "부채비율도", JN, "2024", "level", "optional",
    "the old level of an A에서 B로 change: its period is the basis (1년 전 of the clause before) or none of its own? (open question 3)"))
d.Q("98%", 98, "%", "%", P, ctx="131%에서 98%", f=("부채비율", "부채비율도", JN, Y, "level", "required", "the new level: 올해 말 of the sentence"))
d.Q("33%포인트", 33, PP, "%포인트", P, f=("부채비율", "부채비율도", JN, Y, "change"))
d.Q("두 자릿수", 2, "자릿수", "자릿수", C, st="optional", note="lexicalized (두 자릿수 = below 100%): optional like 1인칭")
d.Q("11년", 11, "year", "년", "duration", note="11년 만이다: 만 outside, a duration (no fact)")
d.Q("500억 원", 50000000000, W, "원", "currency", f=("지원", None, "전라남도", "2026", "level", "required", "the province's support: the verbal noun (지원하고); 내년 in the clause; the corporation (에) is the recipient"))
d.Q("80%", 80, "%", "%", P, bound="max", note="이하 → max",
    f=("부채비율", "부채비율을", JN, "2027", "level", "optional",
       "a cap in the province's plan on the corporation's ratio: subject the corporation (whose ratio it is) or the province (whose plan)? (open question 4)"))
d.Q("3,400억 원", 340000000000, W, "원", "currency", approx=True, note="약 before it", f=("분양 목표", None, JN, "2026", "level", "required", "공사는 = the corporation"))

# ---------------------------------------------------------------- 003 telecom operators' 5G subscribers and ARPU (뉴시스 dateline, no year anywhere)
d = Doc("003_b07da372ed33e925", "2026-08-07"); docs.append(d)
SK, KT, LG = "SK텔레콤", "KT", "LG유플러스"
d.O("SKT", SK, note="short form of SK텔레콤 (named in full in the lead): same organization")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(SK, SK)
d.Oall(KT, KT, skip=(0,))  # the first occurrence is inside SKT
d.Oall(LG, LG)
d.O("과학기술정보통신부", "과학기술정보통신부", note="ministry, source of a count")
Q2 = "2026-Q2"
def qend(d, text, value, ctx=None, st="required", note="", anchor=None, rel=True):
    """a quarter's end (N분기 말): mod END; the range is the quarter's last month (the framework's mods cover years and months only)"""
    d.D(text, value, "quarter", ctx=ctx, mod="END", rel=rel, st=st, note=note, anchor=anchor, rng=False)
    y, q = int(value[:4]), int(value[-1]); mo = 3 * q
    d.d[-1]["range_start"], d.d[-1]["range_end"] = f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{[31,30,30,31][q-1]}"
qend(d, "2분기 말", Q2, note="as of (기준); the latest Q2 on or before the document date")
qend(d, "1분기 말", "2026-Q1", note="a comparison's basis, still a DATE")
d.D("7일", "2026-08-07", "day", rel=True, note="day of the report (업계에 따르면): not a period")
d.D("2분기", Q2, "quarter", ctx="의 2분기 무선", rel=True)
d.D("전 분기", "2026-Q1", "quarter", ctx="전 분기보다", rel=True, st="optional", anchor="2026-04-01", note="points back to the story's quarter")
d.D("전 분기", "2026-Q1", "quarter", ctx="각각 전 분기", rel=True, st="optional", anchor="2026-04-01", note="points back to the story's quarter")
d.D("지난 6월 말", "2026-06", "month", mod="END", rel=True, note="the ministry's count, as of")
d.D("3분기", "2026-Q3", "quarter", ctx="3분기에도", rel=True, note="a forecast in a quote (이어질 것): the next Q3")
d.Q("1,782만명", 17820000, "명", "명", C, f=("5G 가입자", "SKT 5G 가입자", SK, Q2, "level", "required", "headline, no date: the story's quarter (2분기 말 기준 of the lead)"))
d.Q("두 분기째", 2, "분기", "분기", "ordinal", note="째: an ordinal marker (like 12회째); no fact")
d.Q("1,782만 명", 17820000, "명", "명", C, f=("5G 가입자", "SK텔레콤의 5G 가입자가", SK, Q2, "level", "required", "2분기 말 기준 (value 2026-Q2, END)"))
d.Q("41만 명", 410000, "명", "명", C, f=("5G 가입자", "SK텔레콤의 5G 가입자가", SK, Q2, "change", "required", "1분기 말보다 = basis; subject and metric carried (a sentence continuing the one before)"))
d.Q("2만 9,150원", 29150, W, "원", "currency", f=("무선 ARPU", None, SK, Q2, "level", "required", "가입자당 (in the bracketed gloss) is a rate word with no number"))
d.Q("0.6%", 0.6, "%", "%", P, f=("무선 ARPU", None, SK, Q2, "change"))
d.Q("75.2%", 75.2, "%", "%", P, f=("5G 비중", None, SK, Q2, "level", "required", "subject and period carried from the sentence before"))
d.Q("1,105만 명", 11050000, "명", "명", C, f=("5G 가입자", "KT는 5G 가입자가", KT, Q2, "level", "required", "a rival as its own topic; the story's quarter carried"))
d.Q("798만 명", 7980000, "명", "명", C, f=("5G 가입자", "KT는 5G 가입자가", LG, Q2, "level", "required", "X는 N명: the metric of the figure before in the same sentence"))
d.Q("2.9%", 2.9, "%", "%", P, f=("5G 가입자", "KT는 5G 가입자가", KT, Q2, "change", "required", "각각: in order, KT then LG유플러스"))
d.Q("3.4%", 3.4, "%", "%", P, f=("5G 가입자", "KT는 5G 가입자가", LG, Q2, "change", "required", "각각: the second"))
d.Q("3만 3,870원", 33870, W, "원", "currency", f=("ARPU", "ARPU는 KT", KT, Q2, "level"))
d.Q("2만 4,560원", 24560, W, "원", "currency", f=("ARPU", "ARPU는 KT", LG, Q2, "level"))
d.Q("3사", 3, "사", "사", C, st="optional", note="이동통신 3사: a fixed group label (a count inside a name-like phrase)")
d.Q("3,685만 명", 36850000, "명", "명", C,
    f=("5G 가입자", "3사의 5G 가입자", SK + ";" + KT + ";" + LG, Q2, "level", "optional",
       "a sum of the three named operators (all three subjects); period: the story's 2분기 말 (2026-Q2) or the 지난 6월 말 (2026-06) that the sentence writes in the ministry's relative clause? (open question 5)"))
d.Q("5,490만 개", 54900000, "개", "개", C,
    f=("전체 휴대폰 회선", None, "", "2026-06", "level", "required", "a national total counted by the ministry (its source): empty subject; 지난 6월 말 in its relative clause"))
d.Q("67%", 67, "%", "%", P,
    f=("5G 가입자", "3사의 5G 가입자", SK + ";" + KT + ";" + LG, Q2, "level", "optional",
       "a share of a whole measuring the part named before it (the three's 5G 가입자); period as 3,685만 명 (open question 5)"))

# ---------------------------------------------------------------- 004 venture capital association's yearly statistics (press release, no stamp)
d = Doc("004_63529166b2e7282b", "2026-01-28"); docs.append(d)
KV, GW, NB = "한국벤처캐피탈협회", "그린웨이브인베스트먼트", "누리바이오"
d.Oall(KV, KV, special={1: ("required", "the association that releases the statistic (its source); (회장 김학균) is a person in brackets, no alias")})
d.O("중소벤처기업부", "중소벤처기업부", note="the ministry that funds the fund of funds")
d.O("한국벤처투자", "한국벤처투자", note="the fund of funds' operator; 모태펀드 itself is a generic fund noun, not labelled")
d.O(GW, GW, note="invented VC firm introduced by 운용사")
d.O(NB, NB, note="invented biotech introduced by 신약 개발사")
d.O("협회", KV, ctx="협회는 올해", st="optional", note="협회 = the association named before: an unnamed institution noun standing for it (optional)")
Y = "2025"
d.D("2025년", Y, "year", note="a year with 년 before a report's name in a quoted title: a DATE (as before an event name)")
d.D("지난해", Y, "year", ctx="는 지난해 국내", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("28일", "2026-01-28", "day", rel=True, note="day of the release (밝혔다): not a period")
d.D("지난해", Y, "year", ctx="한국벤처투자는 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
NS = "a national statistic released by the association (its source): empty subject"
d.Q("13조 2,400억 원", 13240000000000, W, "원", "currency", f=("벤처투자액", None, "", Y, "level", "required", NS))
d.Q("11조 9,500억 원", 11950000000000, W, "원", "currency", f=("벤처투자액", None, "", "2024", "level", "required", "a figure in brackets after 전년 (= 2024) is that year's; " + NS))
d.Q("10.8%", 10.8, "%", "%", P, f=("벤처투자액", None, "", Y, "change", "required", "전년보다 = basis"))
d.Q("2,386개사", 2386, "개사", "개사", C, f=("투자를 받은 기업", None, "", Y, "level", "required", "the counter as written (개사); the lead's 지난해"))
d.Q("4.1%", 4.1, "%", "%", P, f=("투자를 받은 기업", None, "", Y, "change"))
BR = "breakdown (업종별로는): an industry is no ORG and no measure; the items keep the lead figure's measure (벤처투자액); the lead's 지난해"
d.Q("2조 7,300억 원", 2730000000000, W, "원", "currency", f=("벤처투자액", None, "", Y, "level", "required", BR))
d.Q("2조 6,100억 원", 2610000000000, W, "원", "currency", f=("벤처투자액", None, "", Y, "level", "required", BR))
d.Q("1조 8,800억 원", 1880000000000, W, "원", "currency", f=("벤처투자액", None, "", Y, "level", "required", BR))
d.Q("3조 1,500억 원", 3150000000000, W, "원", "currency", f=("인공지능(AI) 분야 투자", None, "", Y, "level"))
d.Q("23.8%", 23.8, "%", "%", P, f=("인공지능(AI) 분야 투자", None, "", Y, "level", "required", "전체의 N%: a share measuring the part named before it"))
d.Q("213개", 213, "개", "개", C, f=("벤처펀드", "결성된 벤처펀드", "", Y, "level", "required", "the counted noun; the story's 지난해"))
d.Q("12조 7,000억 원", 12700000000000, W, "원", "currency", f=("결성액", None, "", Y, "level"))
d.Q("94개", 94, "개", "개", C, f=("펀드", "참여한 펀드", "", Y, "level", "required", "funds in which the fund of funds takes part: a count of the national statistic; the ministry only funds the 모태펀드"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("출자", "원을 출자했다", "한국벤처투자", Y, "level", "required", "the verbal noun (출자했다); 지난해 in the clause"))
d.Q("34개", 34, "개", "개", C, f=("기업", "34개 기업", GW, Y, "level", "required", "the counted noun; the investor whose portfolio it is"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("투자", "원을 투자했다", GW, Y, "level", "required", "the verbal noun (투자했다)"))
d.Q("1,300억 원", 130000000000, W, "원", "currency", f=("단일 건 최대 투자", None, NB, Y, "level", "required", "the organization of the relative clause on the figure (누리바이오가 유치한) owns it"))
d.Q("14조 원", 14000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("벤처투자", "올해 벤처투자가", "", "2026", "level", "required", "an outlook for 올해 (2026); a national figure: empty subject"))

# ---------------------------------------------------------------- 005 department store's holiday sales (입력 stamp; no year in the text but the stamp's)
d = Doc("005_d359d40067e81786", "2026-02-20"); docs.append(d)
SS = "신세계백화점"
d.O("신세계百", SS, note="headline short form (百 = 백화점) of 신세계백화점: same organization")
d.Oall(SS, SS)
BRN = "a named branch store (점포별로는): a place or a unit of the store; optional like a platform's corner"
d.O("강남점", "강남점", ctx="강남점이", st="optional", note=BRN)
d.O("강남점", "강남점", ctx="강남점 매출", st="optional", note=BRN)
d.O("센텀시티점", "센텀시티점", st="optional", note=BRN)
d.O("대구신세계", "대구신세계", note="a named store run as its own company (no 점 suffix): ORG")
d.O("롯데백화점", "롯데백화점", note="a rival")
d.O("현대백화점", "현대백화점", note="a rival")
R = "2026-02-13/2026-02-18"
HOL = "holiday (설 연휴): optional; 설 fell on 2026-02-17, the three-day holiday 16–18"
d.D("설 연휴", "2026-02-16/2026-02-18", "day", ctx="설 연휴 매출", rel=True, st="optional", note=HOL)
d.D("2026.02.20", "2026-02-20", "day", st="optional", note="publication stamp (the clock time not labelled)")
d.D("설 연휴", "2026-02-16/2026-02-18", "day", ctx="설 연휴를", rel=True, st="optional", note=HOL)
d.D("지난 13~18일", R, "day", rel=True, note="지난 + a range of days: one mention, the latest such days on or before the document date")
d.D("지난해", "2025", "year", ctx="지난해 설", rel=True, note="지난해 before a holiday: its own mention (the guideline joins 지난해 only to a following month)")
d.D("설 연휴", "2025-01-28/2025-01-30", "day", ctx="지난해 설 연휴", rel=True, st="optional", anchor="2025-01-01",
    note="last year's holiday (설 2025-01-29); see open question 6")
d.D("19일", "2026-02-19", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("1년 전", "2025", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis")
d.D("같은 기간", R, "day", rel=True, st="optional", anchor="2026-02-13", note="points back to the lead's days")
d.D("다음 달", "2026-03", "month", rel=True, note="a plan (계획): the month after the document date")
HL = ("headline: the date it carries is the holiday (설 연휴, optional, 16–18) while the figure is for the lead's 13–18: "
      "which period? (open question 6)")
d.Q("12%", 12, "%", "%", P, f=("매출", "연휴 매출 12%", SS, R, "change", "optional", HL))
d.Q("26%", 26, "%", "%", P, f=("명품", "…명품 26%", SS, R, "change", "optional", HL + "; no measure noun in the headline (명품 is the goods)"))
d.Q("엿새", 6, "day", "엿새", "duration", note="엿새 동안: a native day count, a duration (no fact)")
d.Q("12.4%", 12.4, "%", "%", P, f=("전 점포 매출", None, SS, R, "change", "required", "지난해 설 연휴 기간보다 = basis; the lead's 13~18일"))
BF = "a branch's figure: the branch (an optional ORG) or the store's breakdown (신세계백화점)? optional (open question 7)"
d.Q("1,180억 원", 118000000000, W, "원", "currency", f=("매출", "점포 매출", "강남점", R, "level", "optional", BF))
d.Q("640억 원", 64000000000, W, "원", "currency", f=("매출", "점포 매출", "센텀시티점", R, "level", "optional", BF))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("매출", "점포 매출", "대구신세계", R, "level", "optional",
    "a store run as its own company, listed among the branches: its own figure (대구신세계) or the store's breakdown? (open question 7)"))
d.Q("15.1%", 15.1, "%", "%", P, f=("매출", "강남점 매출은", "강남점", R, "change", "optional", BF))
CAT = "breakdown by goods (상품군별로는): a category is no ORG, the store carried; the lead's days"
d.Q("26.3%", 26.3, "%", "%", P, f=("명품 매출", None, SS, R, "change", "required", CAT))
d.Q("8.2%", 8.2, "%", "%", P, f=("매출", "명품 매출이", SS, R, "change", "required", CAT + "; 각각 with the category's measure (매출) carried"))
d.Q("5.7%", 5.7, "%", "%", P, f=("매출", "명품 매출이", SS, R, "change", "required", CAT))
d.Q("380억 원", 38000000000, W, "원", "currency", f=("설 선물세트 매출", None, SS, R, "level", "required", "the period last set (the lead's 13~18일) carries"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("외국인 고객 매출", None, SS, R, "level"))
d.Q("47%", 47, "%", "%", P, f=("외국인 고객 매출", None, SS, R, "change"))
d.Q("9.8%", 9.8, "%", "%", P, f=("매출", "기간 매출이", "롯데백화점", R, "change", "required", "같은 기간 (optional DATE) = the lead's days"))
d.Q("11.1%", 11.1, "%", "%", P, f=("매출", "기간 매출이", "현대백화점", R, "change", "required", "X는 N%: the metric of the figure before in the same sentence"))

# ---------------------------------------------------------------- 006 university's donations and scholarships (뉴스1 dateline)
d = Doc("006_05b6ab02a31b6a93", "2025-12-22"); docs.append(d)
HG, HP, AL = "한결대학교", "한결대병원", "한결대 총동문회"
d.O("한결대", HG, ctx="한결대,", note="headline short form of 한결대학교 (named in full in the lead)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline (digits inside a name)")
d.O(HG, HG)
d.O("세광정밀", "세광정밀", note="invented company, a corporate donor (기업 기부로는)")
d.O("BNK경남은행", "BNK경남은행")
d.O(AL, AL, note="the university's alumni association: the university's short name is part of its own name")
d.O("대학", HG, ctx="대학은 올해", st="optional", note="대학 = the university named before: an unnamed institution noun standing for it (optional)")
d.O(HP, HP, note="the university's hospital (부속)")
d.O("대학", HG, ctx="대학은 연말", st="optional", note="as 대학은 올해")
R = "2025-01/2025-11"
d.D("올해", "2025", "year", ctx="올해 발전기금", rel=True)
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("22일", "2025-12-22", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): a comparison's basis")
d.D("올해", "2025", "year", ctx="대학은 올해", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (까지 outside): this year's end (a plan, the next year-end)")
d.D("내년", "2026", "year", rel=True)
d.Q("312억", 31200000000, W, "", "currency", ctx="발전기금 312억 모아", st="optional", note="headline amount, currency implied",
    f=("발전기금", "올해 발전기금", HG, "2025", "level"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("대학발전기금", None, HG, R, "level", "required", "올해 1~11월 in the relative clause on the metric"))
d.Q("241억 원", 24100000000, W, "원", "currency", f=("모금액", None, HG, "2024", "level", "required", "연간 (no DATE) stays outside the metric; 지난해 before it; a figure in brackets is the noun's"))
d.Q("4,130명", 4130, "명", "명", C, f=("기부자", None, HG, R, "level", "required", "the university's donors; the period last set for it (올해 1~11월) carries"))
d.Q("620명", 620, "명", "명", C, f=("기부자", None, HG, R, "change", "required", "1년 전보다 = basis"))
d.Q("2,870명", 2870, "명", "명", C, f=("동문", None, HG, R, "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("69.5%", 69.5, "%", "%", P, f=("동문", None, HG, R, "level", "required", "a share measuring the part named before it"))
DON = ("a donor's gift: the donor is the subject; the measure named by the breakdown opener (기업 기부로는; 연구동 신축 기금 is the purpose); "
       "no date of its own: the story's 올해 1~11월")
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="기금으로 50억 원", f=("기업 기부", None, "세광정밀", R, "level", "required", DON))
d.Q("20억 원", 2000000000, W, "원", "currency", f=("기업 기부", None, "BNK경남은행", R, "level", "required", DON + "; 각각: in order"))
d.Q("12억 원", 1200000000, W, "원", "currency", ctx="원, 12억 원", f=("기업 기부", None, AL, R, "level", "required", DON + "; 각각: the second (an alumni association listed under 기업 기부)"))
d.Q("4,870명", 4870, "명", "명", C, f=("재학생", None, HG, "2025", "level", "required", "대학은 = the university; 올해 in the clause"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("장학금", "장학금 186억", HG, "2025", "level"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the 1 of 1인당: a rate denominator (optional)")
d.Q("382만 원", 3820000, W, "원", "currency", approx=True, note="약 before it; 꼴 after the unit stays outside",
    f=("장학금", "장학금 186억", HG, "2025", "level", "optional", "a per-student average (1인당 … 꼴): no noun names it in its sentence; 장학금 carried or empty? (open question 8)"))
d.Q("97억 원", 9700000000, W, "원", "currency", f=("생활비 장학금", None, HG, "2025", "level"))
d.Q("52%", 52, "%", "%", P, f=("생활비 장학금", None, HG, "2025", "level", "required", "전체의 N%: a share measuring the part named before it"))
d.Q("8억 4,000만 원", 840000000, W, "원", "currency",
    f=("저소득 환자 치료비", None, HP, "2025", "level", "required", "the hospital as its own topic; X로 N원을 지원 → X (the noun naming the money); the year set in the paragraph (올해)"))
d.Q("350억 원", 35000000000, W, "원", "currency",
    f=("발전기금", "발전기금 350억", HG, "2026", "level", "required",
       "a target in the president's quote: the quoted clause names no subject and continues the sentence about 대학 (= the university); 내년 in the quote"))

write_all(docs)
