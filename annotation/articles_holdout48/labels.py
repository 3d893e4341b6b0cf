"""Gold labels of articles-holdout48, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout48/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년, 전년 동기 … are optional)"

# ---------------------------------------------------------------- 001 food maker's exports of one snack, two overseas subsidiaries (뉴스1 dateline)
d = Doc("001_f966342639eb76e6", "2026-01-22"); docs.append(d)
HD, HA, HV = "해담식품", "해담푸드아메리카", "해담비나"
d.Oall(HD, HD)
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(HA, HA, note="invented US subsidiary (미국 법인)")
d.O("코스트코", "코스트코", note="retailer, named pair with 월마트")
d.O("월마트", "월마트", note="retailer, named pair with 코스트코")
d.Oall(HV, HV, special={0: ("required", "invented Vietnamese subsidiary (베트남 법인)")})
Y = "2025"
d.D("지난해", Y, "year", ctx="하나로 지난해", rel=True)
d.D("22일", "2026-01-22", "day", rel=True, note="day of the report (밝혔다)")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 34.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2024년", "2024", "year", note="a comparison's basis, still a DATE")
d.D("지난해", Y, "year", ctx="해담푸드아메리카는 지난해", rel=True)
d.D("지난해", Y, "year", ctx="해담비나의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 51%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True, note="in the head of division's quote")
d.Q("1억달러", 100000000, U, "달러", "currency", bound="gt", note="돌파 → gt",
    f=("수출", "수출 1억달러", HD, "", "level", "required",
       "headline: no DATE in the headline and nothing before it, so the period is empty (FACTS: clause, sentence, then earlier in the article)"))
d.Q("1억 달러", 100000000, U, "달러", "currency", bound="gt", note="넘게 → gt",
    f=("", None, HD, Y, "level", "required", "벌어들였다 is a native verb, no noun names the figure: metric empty; 지난해 in the clause"))
d.Q("1억 2,300만 달러", 123000000, U, "달러", "currency",
    f=("수출액", None, HD, Y, "level", "required",
       "the maker's export revenue of its own product: the company that earned it (README convention 1); 2025년 in the clause"))
d.Q("1,780억 원", 178000000000, W, "원", "currency", approx=True, eq=("1억 2,300만 달러",), note="약 outside: approx; conversion",
    f=("수출액", None, HD, Y, "level", "required", "a conversion: same metric, subject, period, kind"))
d.Q("34.2%", 34.2, "%", "%", P, f=("수출액", None, HD, Y, "change", "required", "전년보다 = the basis"))
d.Q("4,100만 개", 41000000, "개", "개", C, f=("해외 판매량", None, HD, Y, "level", "required", "period carried from 2025년 of the sentence before (same subject)"))
d.Q("2,950만 개", 29500000, "개", "개", C,
    f=("해외 판매량", None, HD, "2024", "level", "required", "a basis figure in brackets after a year: that year"))
d.Q("1,150만 개", 11500000, "개", "개", C, f=("해외 판매량", None, HD, Y, "change", "required", "…보다 N개 많았다: a difference"))
BR = ("breakdown (국가별로는): a country names only a part, no measure; the items measure what the total they break down "
      "measures (수출액); a country is no subject: the company carried (README convention 2)")
d.Q("5,200만 달러", 52000000, U, "달러", "currency", f=("수출액", None, HD, Y, "level", "required", BR))
d.Q("2,600만 달러", 26000000, U, "달러", "currency", f=("수출액", None, HD, Y, "level", "required", BR))
d.Q("1,900만 달러", 19000000, U, "달러", "currency", f=("수출액", None, HD, Y, "level", "required", BR))
d.Q("38%", 38, "%", "%", P, f=("비중", None, HD, Y, "level", "required", "회사 = the company named before; the product's share of its exports"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("9%포인트", 9, PP, "%포인트", P, f=("비중", None, HD, Y, "change"))
d.Q("3,400곳", 3400, "곳", "곳", C,
    f=("매장", None, HA, Y, "level", "required", "the subsidiary is the subject of 납품했고; the retailers (코스트코와 월마트 등) own the stores only, not the figure"))
d.Q("2개", 2, "개", "개", C,
    f=("생산라인", None, HV, Y, "level", "optional",
       "A에서 B로: the old level; the sentence's 지난해 (first clause) dates the change, but the old level is the state before it (README question 2)"))
d.Q("5개", 5, "개", "개", C, f=("생산라인", None, HV, Y, "level", "required", "the new level; 지난해 of the sentence (clause has none)"))
d.Q("6,800만 달러", 68000000, U, "달러", "currency", f=("매출", None, HV, Y, "level", "required", "genitive owner (해담비나의)"))
d.Q("51%", 51, "%", "%", P, f=("매출", None, HV, Y, "change"))
QT = "a target in the quote of the company's head of overseas business: the company's figure (README convention 3); 올해 in the clause"
d.Q("1억 5,000만 달러", 150000000, U, "달러", "currency", f=("수출", "김부각칩 수출 1억", HD, "2026", "level", "required", QT))
d.Q("5,000만 개", 50000000, "개", "개", C, f=("판매량", "판매량 5,000만", HD, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 002 university hospital's new building (뉴시스 dateline, no year anywhere)
d = Doc("002_e6e3fa7427349252", "2025-11-17"); docs.append(d)
HB, HF, DJ = "한빛대학교병원", "학교법인 한빛학원", "대전시"
d.O("한빛대병원", HB, ctx="한빛대병원, 1,280억", note="short form of 한빛대학교병원 (full name in the lead); headline topic with a comma")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(HB, HB, note="the full name")
d.O("한빛대병원", HB, ctx="한빛대병원은 17일", note="short form")
d.O(DJ, DJ, ctx="대전시, 학교법인", note="a city acting as a government (a party to the agreement)")
d.O(HF, HF, st="optional",
    note="the school foundation; is the legal-form prefix 학교법인 part of the name's span (official name) or outside it? (README question 4)")
d.O("한빛학원", HF, ctx="한빛학원이 300억", note="short form of 학교법인 한빛학원")
d.O(DJ, DJ, ctx="대전시가 지원", note="")
d.O(DJ, DJ, ctx="대전시는 신관", note="")
d.O("한빛대병원", HB, ctx="한빛대병원 원장", note="an organization before a person's title")
d.D("17일", "2025-11-17", "day", rel=True, note="day of the agreement and the report (맺었다고 밝혔다): dates no figure")
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention")
d.D("지난해", "2024", "year", rel=True)
PL = ("a plan for the new building (짓는다, 늘어난다, 된다): no DATE in its clause or sentence, and no period set before it "
      "(17일 only dates the agreement): empty (README convention 4)")
d.Q("1,280억", 128000000000, W, "", "currency", ctx="1,280억 들여", st="optional", note="headline amount, currency implied",
    f=("사업비", "사업비 1,280억 원", HB, "", "level"))
d.Q("420개", 420, "개", "개", C, ctx="병상 420개", f=("병상", "병상 420개", HB, "", "change", "required", "headline topic with a comma; 늘려: a change; " + PL))
d.Q("150명", 150, "명", "명", C, ctx="의료진 150명 늘려",
    f=("의료진", "의료진 150명 늘려", HB, "", "change", "required", "listed with the figure before under one verb (늘려); " + PL))
d.Q("1,280억 원", 128000000000, W, "원", "currency", f=("사업비", "사업비 1,280억 원", HB, "", "level", "required", PL))
d.Q("4층", 4, "층", "층", C, note="number of floors (지하 4층·지상 12층 규모): a count with the counter 층",
    f=("신관", "신관 '미래병동'", HB, "", "level", "required", "X 규모의 Y → Y (the building whose size it is); " + PL))
d.Q("12층", 12, "층", "층", C, f=("신관", "신관 '미래병동'", HB, "", "level", "required", "as 4층"))
SH = "breakdown of the cost (사업비는 A가 N, B가 M): each party is the subject of its share; " + PL
d.Q("860억 원", 86000000000, W, "원", "currency", f=("사업비", "사업비는 병원이", HB, "", "level", "required", "병원 = the hospital named before; " + SH))
d.Q("300억 원", 30000000000, W, "원", "currency", f=("사업비", "사업비는 병원이", HF, "", "level", "required", SH))
d.Q("120억 원", 12000000000, W, "원", "currency", f=("사업비", "사업비는 병원이", DJ, "", "level", "required", "나머지 N원은 대전시가 지원한다: the city; " + SH))
d.Q("780개", 780, "개", "개", C, f=("병상", "병상은 780개", HB, "", "level", "required", "A에서 B로: the present level; no DATE anywhere before it: empty"))
d.Q("1,200개", 1200, "개", "개", C, f=("병상", "병상은 780개", HB, "", "level", "required", "the level after the opening; " + PL))
d.Q("420개", 420, "개", "개", C, ctx="1,200개로 420개", f=("병상", "병상은 780개", HB, "", "change", "required", PL))
d.Q("64개", 64, "개", "개", C, f=("중환자 병상", None, HB, "", "level", "required", "part opener 이 가운데: the subject carried; " + PL))
d.Q("40개", 40, "개", "개", C, f=("소아 전용 병상", None, HB, "", "level", "required", PL))
d.Q("150명", 150, "명", "명", C, ctx="의료진도 150명", f=("의료진", "의료진도 150명", HB, "", "change", "required", "늘려: a change; " + PL))
d.Q("1,050명", 1050, "명", "명", C, f=("전체 의료진", None, HB, "", "level", "required", PL))
d.Q("30개월", 30, "month", "개월", "duration", note="30개월간: 간 outside; a duration, no fact")
d.Q("98만 명", 980000, "명", "명", C, f=("외래환자", None, HB, "2024", "level", "required", "병원 = the hospital; 지난해 in the clause"))
d.Q("4만 2천 명", 42000, "명", "명", C, f=("입원환자", None, HB, "2024", "level"))
d.Q("94%", 94, "%", "%", P, f=("병상 가동률", None, HB, "2024", "level", "required", "the same sentence's 지난해"))
d.Q("45억 원", 4500000000, W, "원", "currency",
    f=("도로 정비", None, DJ, "", "level", "required", "X에도 N원을 투입 → X; the city is the subject; a plan with no date, and no period set before for the city: empty"))

# ---------------------------------------------------------------- 003 ministry's venture-investment statistics (연합뉴스 dateline)
d = Doc("003_e28a4892949a51ca", "2025-07-24"); docs.append(d)
MS, KV = "중소벤처기업부", "한국벤처캐피탈협회"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(MS, MS, note="the ministry releasing the statistic (named pair with the association)")
d.Oall(KV, KV, special={1: ("required", "an organization before 관계자")})
d.O("세온칩스", "세온칩스", note="invented startup introduced by 스타트업")
d.O("중기부", MS, note="usual short form of 중소벤처기업부")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 벤처투자 6.2조", rel=True, note="headline")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("2022년 상반기", "2022-H1", "half", note="one mention; a comparison's basis, still a DATE")
d.D("24일", "2025-07-24", "day", rel=True, note="day of the release (발표했다)")
d.D("2025년 상반기", H1, "half", note="a year before a report's name is a DATE (ANNOTATION: 2019년 압사라 컨퍼런스 → 2019)")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 is a DATE (10년 전 → that year); the basis, still a DATE")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="one mention; " + PB)
d.D("올해", "2025", "year", ctx="올해 투자액", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기 중", rel=True, note="future clause (계획): this year's second half")
NS = "a national statistic (the ministry and the association release it: its source): empty subject"
d.Q("6.2조", 6200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("벤처투자", "벤처투자 6.2조", "", H1, "level"))
d.Q("6조 2,400억 원", 6240000000000, W, "원", "currency", f=("벤처투자액", None, "", H1, "level", "required", NS))
d.Q("7조 1,000억 원", 7100000000000, W, "원", "currency",
    f=("벤처투자액", None, "", "2022-H1", "level", "required", "the basis figure in brackets after its DATE: that half; the measure of the sentence before"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년 만에", note="N년 만에: a duration, no fact")
d.Q("18.7%", 18.7, "%", "%", P, f=("투자액", "투자액은 전년", "", H1, "change", "required", NS + "; the story's period (the lead's 올해 상반기)"))
d.Q("3,215건", 3215, "건", "건", C, f=("투자 건수", None, "", H1, "level", "required", NS))
d.Q("412건", 412, "건", "건", C, f=("투자 건수", None, "", H1, "change"))
d.Q("1,980곳", 1980, "곳", "곳", C, f=("투자를 받은 기업", "투자를 받은 기업은 1,980곳", "", H1, "level", "required", NS))
SEC = "a sector (업종) names only a part: the measure named before the list (업종별 투자액); a sector is no subject; " + NS
d.Q("31.4%", 31.4, "%", "%", P, f=("투자액", "업종별 투자액", "", H1, "level", "required", SEC))
d.Q("24.8%", 24.8, "%", "%", P, f=("투자액", "업종별 투자액", "", H1, "level", "required", SEC))
d.Q("11.2%", 11.2, "%", "%", P, f=("투자액", "업종별 투자액", "", H1, "level", "required", SEC))
d.Q("1조 3,600억 원", 1360000000000, W, "원", "currency", f=("투자액", "분야 투자액만", "", H1, "level", "required", NS + "; the story's period"))
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 (nearly) after the amount: an approximator, outside the span",
    f=("투자액", "분야 투자액만", "", H1, "change", "required", "N배로 불어났다 against 1년 전 (the basis): a change; the current period"))
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("투자", "최대 투자는", "세온칩스", H1, "level", "required", "the organization subject of the relative clause on the figure (세온칩스가 유치한) owns it; the story's period"))
d.Q("100억 원", 10000000000, W, "원", "currency", ctx="100억 원 이상", bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional", "a threshold that defines the counted group (100억 원 이상 대형 투자): FACTS, definitional ranges have no fact; neutralised"))
d.Q("142곳", 142, "곳", "곳", C, f=("대형 투자를 받은 기업", None, "", H1, "level", "required", NS + "; the story's period"))
d.Q("27곳", 27, "곳", "곳", C, f=("대형 투자를 받은 기업", None, "", H1, "change", "required", "지난해 같은 기간보다 = the basis"))
d.Q("3년", 3, "year", "년", "duration", ctx="창업 3년", bound="max", note="이내 → max; a duration that defines the group, no fact")
d.Q("28.5%", 28.5, "%", "%", P, f=("투자 비중", None, "", H1, "level", "required", NS))
d.Q("2.3%포인트", 2.3, PP, "%포인트", P, f=("투자 비중", None, "", H1, "change", "required", "낮아졌다: a change; value keeps the written sign (no sign written)"))
d.Q("13조 원", 13000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("투자액", "올해 투자액", "", "2025", "level", "required", "an outlook in the association official's quote on the national total: empty subject; 올해 in the clause"))
d.Q("1조 원", 1000000000000, W, "원", "currency",
    f=("AI 전용 펀드", None, MS, "2025-H2", "level", "required", "X 규모의 Y → Y; the ministry (중기부는) creates it; 하반기 중 in the clause"))

# ---------------------------------------------------------------- 004 entertainment agency's annual results, a platform partner (bracket byline)
d = Doc("004_303f880da47fc7ed", "2026-02-12"); docs.append(d)
BE = "별빛엔터테인먼트"
MG = "a music group: an optional ORG (ANNOTATION: music groups and other performing acts)"
d.O("별빛엔터", BE, ctx="별빛엔터, 작년", note="headline: the short form defined in the lead (이하 별빛엔터)")
d.O("루미너스", "루미너스", ctx="루미너스 앨범", st="optional", note=MG)
d.O("아이뉴스24", "아이뉴스24", note="outlet in the bracket byline; 24 is part of its name")
d.O(BE, BE, ctx="별빛엔터테인먼트가 소속", note="the full name")
d.O(BE, BE, ctx="별빛엔터테인먼트(이하", aliases="별빛엔터", note="a short name defined with 이하 is recorded in aliases")
d.O("별빛엔터", BE, ctx="(이하 별빛엔터)", st="optional", note="the 이하 definition itself: optional (ANNOTATION)")
d.O("루미너스", "루미너스", ctx="보이그룹 루미너스", st="optional", note=MG)
d.O("하랑", "하랑", st="optional", note=MG)
d.O("오로라세븐", "오로라세븐", st="optional", note=MG)
d.O("루미너스", "루미너스", ctx="루미너스의 월드투어", st="optional", note=MG)
d.O("위드팬", "위드팬", ctx="'위드팬'을", note="a fan platform run by a company (ANNOTATION: businesses run as platforms are ORG)")
d.O("하이링크", "하이링크", note="invented platform company, the partner (와 손잡은)")
d.O("별빛엔터", BE, ctx="별빛엔터의 플랫폼", note="short form defined with 이하: a required mention")
d.O("위드팬", "위드팬", ctx="위드팬의", note="")
d.O("별빛엔터", BE, ctx="별빛엔터 아티스트", note="short form")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", Y, "year", ctx="기준 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", rel=True)
d.Q("3천억", 300000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("매출", "작년 매출", BE, Y, "level"))
d.Q("320만장", 3200000, "장", "장", C,
    f=("앨범", "루미너스 앨범", "루미너스", Y, "level", "optional", "a music group's album sales: its subject is only an optional ORG, so the fact is optional (FACTS)"))
d.Q("3,140억 원", 314000000000, W, "원", "currency", f=("매출", "지난해 매출이", BE, Y, "level", "required", "연결 기준 stays outside the metric; 지난해 in the clause"))
d.Q("27.6%", 27.6, "%", "%", P, f=("매출", "지난해 매출이", BE, Y, "change", "required", "전년 대비 = the basis"))
d.Q("468억 원", 46800000000, W, "원", "currency", f=("영업이익", "영업이익은 468억", BE, Y, "level"))
d.Q("41.3%", 41.3, "%", "%", P, f=("영업이익", "영업이익은 468억", BE, Y, "change"))
d.Q("14.9%", 14.9, "%", "%", P, f=("영업이익률", None, BE, Y, "level"))
d.Q("610만 장", 6100000, "장", "장", C, f=("앨범 판매량", None, BE, Y, "level", "required", "the agency's total (subject carried); the story's period"))
d.Q("5인조", 5, "인조", "인조", C, st="optional", note="a lexicalized word (N인조 = an N-member act), like 1인칭: optional")
GR = "breakdown by group (그룹별로는): the measure of the total (앨범 판매량); its subject is a music group, only an optional ORG: fact optional (FACTS)"
d.Q("320만 장", 3200000, "장", "장", C, f=("앨범 판매량", None, "루미너스", Y, "level", "optional", GR))
d.Q("185만 장", 1850000, "장", "장", C, f=("앨범 판매량", None, "하랑", Y, "level", "optional", GR))
d.Q("105만 장", 1050000, "장", "장", C, f=("앨범 판매량", None, "오로라세븐", Y, "level", "optional", GR))
TR = ("a music group's tour (루미너스의 월드투어): the group (optional ORG), the tour (an event, no ORG) or the agency? "
      "fact optional (README question 5)")
d.Q("18개국", 18, "개국", "개국", C, note="counter 개국 (countries)", f=("", None, "", Y, "level", "optional", "no noun outside the counter names it; " + TR))
d.Q("42회", 42, "회", "회", C, f=("공연", None, "", Y, "level", "optional", "the counted noun after the count; " + TR))
d.Q("68만 명", 680000, "명", "명", C, f=("관객", None, "", Y, "level", "optional", TR))
d.Q("720억 원", 72000000000, W, "원", "currency",
    f=("플랫폼·MD 매출", None, BE, Y, "level", "required", "genitive owner (별빛엔터의); the partner (와 손잡은 뒤) is in another clause; the story's period carried"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration, no fact")
d.Q("두 배", 2, "배", "배", C, f=("플랫폼·MD 매출", None, BE, Y, "change", "required", "N배로 늘었다: a change"))
d.Q("240만 명", 2400000, "명", "명", C,
    f=("유료 구독자", None, "위드팬", Y, "level", "optional",
       "the agency's artists' paying subscribers on the partner's platform (위드팬의 별빛엔터 아티스트 유료 구독자): the platform's or the agency's? (README question 6); 지난해 말 기준"))
d.Q("1팀", 1, "팀", "팀", C, f=("신인 걸그룹", None, BE, "2026", "level", "required", "회사 = the agency; the object right before the count; 올해 in the clause"))
d.Q("3,600억 원", 360000000000, W, "원", "currency", f=("매출", "매출 3,600억", BE, "2026", "level", "required", "a target; 올해 of the sentence"))

# ---------------------------------------------------------------- 005 insurer's first half after a merger, its parent group (연합뉴스 dateline, no year anywhere)
d = Doc("005_6e8dc7303f71d532", "2025-08-14"); docs.append(d)
HD, HG, DO, HF = "한결다온생명", "한결생명", "다온생명", "한결금융지주"
d.Oall(HD, HD, special={0: ("required", "invented merged insurer; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(HG, HG, ctx="한결생명과 다온생명이", note="one of the two merged insurers (named pair)")
d.O(DO, DO, ctx="다온생명이 합쳐", note="the other merged insurer")
d.O(HG, HG, ctx="한결생명과 다온생명의", note="")
d.O(DO, DO, ctx="다온생명의 보험료", note="")
d.O("금융당국", "금융당국", st="optional", note="an unnamed institution noun (the financial authorities): optional (ANNOTATION)")
d.Oall(HF, HF, special={0: ("required", "the parent (모회사인)"), 1: ("required", "an organization before 관계자")})
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 보험료 수입 4.1조", rel=True, note="headline")
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("상반기", H1, "half", ctx="14일 상반기", rel=True)
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention")
d.D("6월 말", "2025-06", "month", ctx="6월 말 기준", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="합병 직전인 지난해 말: the basis, still a DATE")
d.D("지난 3월", "2025-03", "month", rel=True)
d.D("6월 말", "2025-06", "month", ctx="6월 말 현재", mod="END", rel=True, note="as of (현재 outside)")
d.D("상반기", H1, "half", ctx="\"상반기 그룹", rel=True, note="in the group official's quote")
PI = "보험료 수입"
d.Q("4.1조", 4100000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=(PI, "보험료 수입 4.1조", HD, H1, "level"))
d.Q("4조 1,200억 원", 4120000000000, W, "원", "currency", f=(PI, "보험료 수입 4조", HD, H1, "level", "required", "올해 상반기 in the clause"))
d.Q("3조 8,600억 원", 3860000000000, W, "원", "currency",
    f=(PI, "다온생명의 보험료 수입", HG + ";" + DO, "2024-H1", "level", "required",
       "the sum of two named companies' premiums (한결생명과 다온생명의 … 합친): both as subject (FACTS: a group the text names in full); 지난해 상반기 in the clause"))
d.Q("6.7%", 6.7, "%", "%", P, f=(PI, "상반기 보험료 수입이", HD, H1, "change", "required", "…보다 N% 늘었다: the basis is the two companies' sum"))
BR = ("part opener 이 가운데 + a product line (보장성 보험): the line names only a part; the measure of the total (보험료 수입); "
      "a product line is no subject: the insurer carried (README convention 2)")
d.Q("2조 3,900억 원", 2390000000000, W, "원", "currency", f=(PI, "상반기 보험료 수입이", HD, H1, "level", "required", BR))
d.Q("58%", 58, "%", "%", P, f=(PI, "상반기 보험료 수입이", HD, H1, "level", "required", "a share taken by 차지하다 of the total named before; " + BR))
d.Q("3,050억 원", 305000000000, W, "원", "currency", f=("당기순이익", None, HD, H1, "level", "required", "subject and period carried in the paragraph"))
d.Q("212.4%", 212.4, "%", "%", P, f=("지급여력(K-ICS)비율", None, HD, "2025-06", "level", "required", "6월 말 기준 (value 2025-06, END); subject carried (new paragraph: the story's insurer)"))
d.Q("184.6%", 184.6, "%", "%", P, f=("지급여력(K-ICS)비율", None, HD, "2024", "level", "required", "a figure in brackets right after its DATE (지난해 말): that date"))
d.Q("27.8%포인트", 27.8, PP, "%포인트", P, f=("지급여력(K-ICS)비율", None, HD, "2025-06", "change", "required", "the current date (6월 말), not the basis"))
d.Q("150%", 150, "%", "%", P,
    f=("권고치", None, "금융당국", "", "level", "optional",
       "a regulator's recommended floor: its only owner is an optional ORG (금융당국), so the fact is optional (FACTS); no date (a standing rule)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency",
    f=("유상증자", None, HF, "2025-03", "level", "required", "X 규모의 Y → Y; the parent is the subject of the clause; 지난 3월 in the clause"))
PLAN = ("a plan (…할 계획이다) with no DATE of its own: the period last set for the insurer (6월 말) would carry by the letter of FACTS, "
        "but a past month-end is not the time of a future cut; empty written (README question 3)")
d.Q("38곳", 38, "곳", "곳", C, f=("중복 점포", None, HD, "", "level", "optional", "회사 = the insurer; " + PLAN))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("비용", None, HD, "", "change", "optional", "줄일: a cut, a change; 연간 is a rate word with no number; " + PLAN))
d.Q("1만 4,300명", 14300, "명", "명", C, f=("설계사", None, HD, "2025-06", "level", "required", "6월 말 현재 in the clause"))
d.Q("4위", 4, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("35%", 35, "%", "%", P,
    f=("비중", None, HD, H1, "level", "required",
       "the subject of the relative clause on the share (한결다온생명이 차지한 비중) owns it; the official only speaks; 상반기 in the clause"))

# ---------------------------------------------------------------- 006 port authority's container throughput (입력 stamp + byline line)
d = Doc("006_c953623b970d4caa", "2026-01-08"); docs.append(d)
BPA = "부산항만공사"
d.O("항만물류신문", "항만물류신문", note="invented outlet in the byline line")
d.O(BPA, BPA, ctx="부산항만공사(BPA)", aliases="BPA", note="the port authority; (BPA) right after the name is an alias")
d.O("부산신항만", "부산신항만", aliases="PNC", note="terminal operator; 신항 (a place) outside")
d.O("HMM", "HMM", ctx="HMM이 최대주주인", note="shipping line, the operator's largest shareholder")
d.O("HPNT", "HPNT", note="terminal operator")
d.O("동원글로벌터미널부산", "동원글로벌터미널부산", note="terminal operator")
d.O("부산항터미널", "부산항터미널", aliases="BPT", note="terminal operator; 북항 (a place) is not in the span")
d.O("서진컨테이너터미널", "서진컨테이너터미널", note="invented terminal operator (신생)")
d.O("머스크", "머스크", note="shipping line, named pair with MSC")
d.O("MSC", "MSC", note="shipping line")
d.O("HMM", "HMM", ctx="HMM이 312만", note="")
d.O(BPA, BPA, ctx="부산항만공사 사장", note="an organization before a person's title")
Y = "2025"
TEU = dict(note="TEU: a unit of container volume that is neither an SI symbol nor a Hangul counter; written as measure, unit TEU (README question 7)")
d.D("2026.01.08", "2026-01-08", "day", st="optional", note="publication stamp; its clock time is not labelled")
d.D("지난해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년(2,440만", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("8일", "2026-01-08", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 520척", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True, note="in the authority head's quote")
PORT = ("a port's throughput: the port (부산항) is a place, no ORG; the authority only reports it (its source), and the port's total "
        "is the sum of many operators not all named: empty subject (README convention 5)")
d.Q("2,480만TEU", 24800000, "TEU", "TEU", M, **dict(TEU),
    f=("컨테이너", "컨테이너 2,480만", "", "", "level", "required", "headline: no DATE in it and nothing before: empty period; " + PORT))
d.Q("2,481만 TEU", 24810000, "TEU", "TEU", M, f=("컨테이너 물동량", None, "", Y, "level", "required", "지난해 in the clause; " + PORT))
d.Q("2,440만 TEU", 24400000, "TEU", "TEU", M,
    f=("컨테이너 물동량", None, "", "2024", "level", "required", "a basis figure in brackets right after its DATE (전년): that year; " + PORT))
d.Q("1.7%", 1.7, "%", "%", P, f=("컨테이너 물동량", None, "", Y, "change", "required", "the current period, not the basis"))
d.Q("1,402만 TEU", 14020000, "TEU", "TEU", M, f=("환적 물량", None, "", Y, "level", "required", "part opener 이 가운데; the story's period (the lead's 지난해)"))
d.Q("3.9%", 3.9, "%", "%", P, f=("환적 물량", None, "", Y, "change"))
d.Q("56.5%", 56.5, "%", "%", P, f=("환적 물량", None, "", Y, "level", "required", "a share taken by 차지하다 of the whole (전체)"))
d.Q("1,079만 TEU", 10790000, "TEU", "TEU", M, f=("수출입 물량", None, "", Y, "level"))
d.Q("1.0%", "1.0", "%", "%", P, note="value as written (1.0)", f=("수출입 물량", None, "", Y, "change", "required", "줄었다: a change"))
OP = "breakdown by operator (운영사별 처리 물량은 A가 N): each operator is the subject of its figure; the story's period"
d.Q("612만 TEU", 6120000, "TEU", "TEU", M, f=("처리 물량", None, "부산신항만", Y, "level", "required", OP))
d.Q("395만 TEU", 3950000, "TEU", "TEU", M, f=("처리 물량", None, "HPNT", Y, "level", "required", OP + "; HMM (its largest shareholder, in a relative clause) is not the subject"))
d.Q("288만 TEU", 2880000, "TEU", "TEU", M, f=("처리 물량", None, "동원글로벌터미널부산", Y, "level", "required", OP))
d.Q("210만 TEU", 2100000, "TEU", "TEU", M, f=("처리 물량", None, "부산항터미널", Y, "level", "required", "the list goes on with the measure of the figures before; " + OP))
d.Q("48만 TEU", 480000, "TEU", "TEU", M, f=("처리 물량", None, "서진컨테이너터미널", Y, "level", "required", OP))
d.Q("1만 8,640척", 18640, "척", "척", C, f=("선박", None, "", Y, "level", "required", "ships entering the port (a place): no ORG; the story's period"))
d.Q("520척", 520, "척", "척", C, f=("선박", None, "", Y, "change", "required", "전년보다 = the basis"))
d.Q("63%", 63, "%", "%", P,
    f=("물량", "선사의 물량", "", Y, "level", "required",
       "several lines taken together and not all named (머스크와 MSC 등 … 선사): empty subject (FACTS)"))
d.Q("312만 TEU", 3120000, "TEU", "TEU", M, f=("물량", "선사의 물량", "HMM", Y, "level", "required", "the measure of the figure before (no noun in its clause); HMM is the clause's subject"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("2,550만 TEU", 25500000, "TEU", "TEU", M,
    f=("물동량", "물동량 2,550만", "", "2026", "level", "optional",
       "the port's throughput target in the authority head's quote: the port's figure (empty, as the other port totals) or the authority's target? (README question 8); 올해 in the clause"))

if __name__ == "__main__":
    write_all(docs)
