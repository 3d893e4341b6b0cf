"""Gold labels of articles-holdout16, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout16/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
CNY = "CNY"

# ---------------------------------------------------------------- 001 Chinese tech group's year-end recap (translated, in sections)
d = Doc("001_088c89fa2843c7c5", "2025-12-30"); docs.append(d)
TH, MALL, CL, F1, F2 = "톈허그룹", "톈허몰", "톈허클라우드", "톈허공익기금회", "류창공익기금회"
d.Oall(TH, TH, skip=(1,))
d.O(TH, TH, ctx="톈허그룹(天禾集团)", aliases="天禾集团")
d.O(MALL, MALL, note="a business run as a platform (like 티몰)")
d.Oall(CL, CL)
d.O(F1, F1)
d.O(F2, F2, note="invented foundation (founder's name + 공익기금회)")
Y = "2025"
d.D("2025년", Y, "year", ctx="[2025년 연말결산]", note="a compound like 연말결산 is not split")
d.D("올해", Y, "year", ctx="올해를 돌아본", rel=True)
d.D("2025년", Y, "year", ctx="2025년 한 해")
d.D("올해", Y, "year", ctx="올해 주요 성과", rel=True)
d.D("올 한해", Y, "year", rel=True)
FEST = "2025-12-01/2025-12-12"
d.D("지난 12월 1일", "2025-12-01", "day", rel=True, note="A부터 B까지: two mentions")
d.D("12일", "2025-12-12", "day", ctx="12일까지", rel=True, note="a bare day ending a range takes the start's month")
d.D("전년 동기", "2024-12-01/2024-12-12", "day", rel=True, st="optional", anchor="2025-12-01", note="points back to the festival's days")
d.D("3분기", "2025-Q3", "quarter", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an offset (amount of time + 전); a comparison's basis is still a DATE")
d.D("올해", Y, "year", ctx="올해 농촌", rel=True)
d.D("지난 8월", "2025-08", "month", rel=True)
KW = ("a count of the recap's own keywords: its period (올해 inside the relative clause 올해를 돌아본 / 올해 주요 성과를 담은) "
      "or none? (README question 1)")
d.Q("6개", 6, "개", "개", C, ctx="6개 키워드를 발표", f=("키워드", "6개 키워드를 발표", TH, Y, "level", "optional", KW))
d.Q("6개", 6, "개", "개", C, ctx="돌아본 6개", f=("키워드", "돌아본 6개 키워드", TH, Y, "level", "optional", KW))
d.Q("한 해", 1, "year", "해", "duration", st="optional", note="`한 해` after a year names that year, 'a year': not counted like 한 + noun, or a duration?")
GMV = "the platform is the subject of the relative clause on the festival whose 총거래액 it is (the figure opens the NP the clause modifies); A부터 B까지 → the range"
d.Q("3,860억 위안", 386000000000, CNY, "위안", "currency", f=("총거래액", None, MALL, FEST, "level", "required", GMV))
d.Q("78조 원", 78000000000000, W, "원", "currency", approx=True, eq=("3,860억 위안",), f=("총거래액", None, MALL, FEST, "level", "required", "conversion (약)"))
d.Q("18%", 18, "%", "%", P, ctx="대비 18%", f=("총거래액", None, MALL, FEST, "change"))
BRANDS = "whose count are the participating brands (the platform's, carried, or none)? as in the first article's 470개 브랜드: optional"
d.Q("5만 8천여 개", 58000, "개", "개", C, approx=True, f=("브랜드", "개 브랜드가 참여", MALL, FEST, "level", "optional", BRANDS))
d.Q("320개", 320, "개", "개", C, bound="gt", note="넘는 → gt", f=("브랜드", "넘는 브랜드", MALL, FEST, "level", "optional", BRANDS))
d.Q("1억 위안", 100000000, CNY, "위안", "currency", bound="min", note="이상 → min",
    f=("매출", "이상의 매출", "", FEST, "level", "required", "brands not named: empty subject (as the first article's 1억 위안); 행사 기간 → the festival's days"))
Q3 = "2025-Q3"
d.Q("214억 위안", 21400000000, CNY, "위안", "currency", f=("매출", "3분기 매출", CL, Q3, "level"))
d.Q("31%", 31, "%", "%", P, f=("매출", "3분기 매출", CL, Q3, "change", "required", "1년 전보다 = basis"))
d.Q("22%", 22, "%", "%", P, f=("AI 관련 제품 매출", None, CL, Q3, "level", "required", "a share of a whole measures the part named before it; period carried in the paragraph"))
d.Q("42만 곳", 420000, "곳", "곳", C, bound="gt", note="넘어섰다 → gt", f=("유료 고객사", None, CL, Q3, "level", "required", "period last set in the paragraph"))
d.Q("3년", 3, "year", "년", "duration", note="향후 3년간 (간 outside)")
d.Q("1,500억 위안", 150000000000, CNY, "위안", "currency",
    f=("클라우드와 AI 인프라", None, CL, "", "level", "required", "X에 … 투입 → X (총 between does not part them); 회사는 = the latest company (톈허클라우드); a plan: no past period, 향후 3년간 is a duration, no DATE"))
BOTH = F1 + ";" + F2
EACH = "각각: the k-th figure is the k-th foundation's (A와 B는 … 각각 X, Y); 기부 is no spend verb, its recipient (…에) stays out: the verbal noun"
d.Q("6억 2천만 위안", 620000000, CNY, "위안", "currency", f=("기부", "기부했다", F1, Y, "level", "required", EACH))
d.Q("2억 8천만 위안", 280000000, CNY, "위안", "currency", f=("기부", "기부했다", F2, Y, "level", "required", EACH))
d.Q("두 기금회", 2, "기금회", "기금회", C, st="optional", note="두 + a noun that is no counter: counted with the noun as unit, optional")
d.Q("120만 점", 1200000, "점", "점", C, f=("구호 물자", None, BOTH, "2025-08", "level", "required", "두 기금회 = the two foundations named in full before"))
d.Q("1만 2천여 명", 12000, "명", "명", C, approx=True,
    f=("농촌 교사", None, BOTH, "2025-08", "level", "required", "period last set for the subject in the sentence (지난 8월) carries"))

# ---------------------------------------------------------------- 002 K-beauty maker's quarterly results (입력 stamp + byline; no year in the body)
d = Doc("002_0835d83932593576", "2025-11-07"); docs.append(d)
RB = "라온뷰티"
d.Oall(RB, RB)
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.O("아마존", "아마존", note="a marketplace where products are listed (입점): the company, not the forest")
d.O("마쓰모토키요시", "마쓰모토키요시", note="a name after 드러그스토어 체인 (체인 introduces a name)")
d.O("아모레퍼시픽", "아모레퍼시픽", note="a rival, genitive owner of its figure")
d.O("토니모리", "토니모리", note="a rival, topic of its own figure")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="라온뷰티, 3분기", rel=True)
d.D("2025.11.07", "2025-11-07", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("3분기", Q3, "quarter", ctx="라온뷰티는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("7일", "2025-11-07", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 68%", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 경쟁사", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("3분기", Q3, "quarter", ctx="아모레퍼시픽의 3분기", rel=True)
d.D("올해", "2025", "year", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("312억", 31200000000, W, "", "currency", ctx="영업익 312억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, RB, Q3, "level"))
d.Q("두 배", 2, "배", "배", C, ctx="매출 두 배로",
    f=("미국 매출", None, RB, Q3, "level", "optional",
       "headline after an ellipsis with the headline's date before it (facts.md open question); and 두 배로 with no change word: a level, or a change implied? (README question 2)"))
d.Q("1,684억 원", 168400000000, W, "원", "currency", f=("매출", "기준 매출이", RB, Q3, "level"))
d.Q("42.7%", 42.7, "%", "%", P, f=("매출", "기준 매출이", RB, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", "영업이익은 312억", RB, Q3, "level"))
d.Q("68%", 68, "%", "%", P, f=("영업이익", "영업이익은 312억", RB, Q3, "change", "required", "a rate with no metric of its own: the figure before in its sentence"))
d.Q("18.5%", 18.5, "%", "%", P, f=("영업이익률", None, RB, Q3, "level"))
d.Q("1,126억 원", 112600000000, W, "원", "currency", f=("해외 매출", None, RB, Q3, "level"))
d.Q("66.9%", 66.9, "%", "%", P, f=("해외 매출", None, RB, Q3, "level", "required", "a share of a whole measures the part named before it"))
BR = ("breakdown (국가별로는): a country is no subject, the company carried (new paragraph: the story's organization); "
      "the items keep the measure of the figure of their unit before (해외 매출); the story's period")
d.Q("486억 원", 48600000000, W, "원", "currency", f=("해외 매출", None, RB, Q3, "level", "required", BR))
d.Q("241억 원", 24100000000, W, "원", "currency",
    f=("해외 매출", None, RB, "2024", "level", "optional",
       "a figure in brackets after a date (1년 전) with the topic (미국) dropped: the category's 해외 매출 dated 2024 by the offset, or no metric? (README question 3)"))
d.Q("두 배", 2, "배", "배", C, ctx="두 배 수준",
    f=("해외 매출", None, RB, Q3, "change", "required",
       "a multiple of a figure in brackets (1년 전(241억 원)의 두 배) has the metric of the figure before that one (486억 원: 해외 매출) and the period carried; of an earlier time's value: change (session 16: docs/facts.md, Kind: a multiple taken of an earlier time's value is a change — was level)"))
d.Q("298억 원", 29800000000, W, "원", "currency", f=("해외 매출", None, RB, Q3, "level", "required", BR + "; the ranking's list (… 순이었다) goes on"))
d.Q("157억 원", 15700000000, W, "원", "currency", f=("해외 매출", None, RB, Q3, "level", "required", BR + "; the ranking's list goes on"))
d.Q("112억 원", 11200000000, W, "원", "currency", f=("해외 매출", None, RB, Q3, "level", "required", BR + "; the ranking's list goes on"))
d.Q("140개", 140, "개", "개", C, f=("아마존 입점 제품", None, RB, Q3, "level", "required", "…으로 늘었고: the new level; the company carried, period carried"))
d.Q("3,200곳", 3200, "곳", "곳", C,
    f=("매장", None, RB, "", "level", "optional",
       "stores of retailers the company supplies (마쓰모토키요시 등): the supplier's figure or the retailers'? (README question 4); "
       "what is going on (공급하고 있다): no past period"))
d.Q("1조 169억 원", 1016900000000, W, "원", "currency", f=("매출", "3분기 매출은 1조", "아모레퍼시픽", Q3, "level", "required", "genitive owner"))
d.Q("4.1%", 4.1, "%", "%", P, f=("매출", "3분기 매출은 1조", "아모레퍼시픽", Q3, "change"))
d.Q("12억 원", 1200000000, W, "원", "currency", ctx="손실 12억 원", f=("영업손실", None, "토니모리", Q3, "level", "required", "its own topic; period carried (같은 기간, 3분기)"))
d.Q("4,700억 원", 470000000000, W, "원", "currency", f=("누적 매출", None, RB, "2025", "level", "required", "an outlook with its own date (올해)"))
d.Q("200억 원", 20000000000, W, "원", "currency",
    f=("연구개발", None, RB, "2026-H1", "level", "required",
       "쓰다 (a spend verb) → the purpose marked by 에, past its name in brackets; a spokesman's quote keeps the company carried; "
       "a plan's later clause takes the sentence's date (내년 상반기)"))

# ---------------------------------------------------------------- 003 a city's tourism year-end recap (regional daily, bracketed outlet; no year written)
d = Doc("003_e53c5d15c6e19158", "2025-12-29"); docs.append(d)
GN = "강릉시"
d.Oall(GN, GN, special={0: ("required", "a city heading the headline before a comma, named acting as a government in the story (강릉시는 … 밝혔다)"),
                        2: ("optional", "inside a single title word (강릉시장): optional")})
d.O("영동일보", "영동일보", note="invented regional daily, outlet in brackets before the dateline (강릉= is a place)")
d.O("한국관광공사", "한국관광공사", note="partner (와 함께)")
d.O("신한카드", "신한카드", note="partner of the city's analysis of card data")
d.O("강릉문화재단", "강릉문화재단", note="the foundation that analysed the festivals' effect")
d.O("KTX", "KTX", st="optional", note="a train service run by a company: a product or a business unit")
Y, R = "2025", "2025-01/2025-11"
d.D("올해", Y, "year", ctx="강릉시, 올해", rel=True)
d.D("올해 1월", "2025-01", "month", rel=True, note="A부터 B까지: two mentions")
d.D("11월", "2025-11", "month", rel=True)
d.D("28일", "2025-12-28", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~11월 (one mention)")
d.D("지난 10월 10일", "2025-10-10", "day", rel=True)
d.D("13일", "2025-10-13", "day", rel=True, note="a bare day ending a range takes the start's month")
d.D("7월", "2025-07", "month", rel=True, note="the latest July on or before the document date")
d.D("내년", "2026", "year", rel=True)
d.D("올해", Y, "year", ctx="올해보다", rel=True, note="a comparison's basis, still a DATE")
DRAWN = "visitors a city draws are its own (drawn_measures)"
d.Q("3,400만 명", 34000000, "명", "명", C, bound="gt", note="돌파 → gt", f=("관광객", "올해 관광객", GN, Y, "level", "required", DRAWN + "; 올해 in its clause"))
d.Q("두 배", 2, "배", "배", C, ctx="외국인 두 배",
    f=("외국인", None, GN, Y, "change", "optional",
       "headline after an ellipsis with the headline's date before it (facts.md open question); a multiple with a change word (늘어): change"))
d.Q("3,412만 명", 34120000, "명", "명", C, f=("관광객", "찾은 관광객이", GN, R, "level", "required", DRAWN + "; A부터 B까지 → the range"))
d.Q("3,050만 명", 30500000, "명", "명", C,
    f=("관광객", "찾은 관광객이", GN, "2024-01/2024-11", "level", "optional", "a figure compared with, dated by 지난해 같은 기간 only (an optional DATE): optional"))
d.Q("11.9%", 11.9, "%", "%", P, f=("관광객", "찾은 관광객이", GN, R, "change", "required", "rate with no metric of its own; the basis is 지난해 같은 기간, the period the story's range"))
d.Q("62만 명", 620000, "명", "명", C, f=("외국인 관광객", None, GN, R, "level", "required", "이 가운데 = a part of the figure before; period carried"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration")
d.Q("두 배", 2, "배", "배", C, ctx="두 배 가까이", approx=True, note="가까이 sets approx",
    f=("외국인 관광객", None, GN, R, "change", "required", "a multiple with a change word (증가했다): change"))
d.Q("10차례", 10, "차례", "차례", C,
    f=("팸투어", None, GN + ";한국관광공사", R, "level", "required",
       "a count of times takes the object of a verb that only carries it (교육을 12회 열었다 → 교육); 시는 = 강릉시, its partner (와 함께) joins it"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 12회): optional")
d.Q("12회", 12, "회", "회", C,
    f=("운행", "운행했다", GN + ";한국관광공사", R, "level", "optional",
       "a count of runs a day: metric 운행 (verbal noun) or the object 셔틀버스? does the partner of the sentence's first clause join the second clause's figure? (README question 5)"))
SURV = "Surveys: the city that analysed card data (시가 … 분석한 결과) is the source, not the subject; the next sentence of the paragraph takes none either; the story's period (lead's range)"
d.Q("1조 1,840억 원", 1184000000000, W, "원", "currency", f=("관광객이 지역에서 쓴 돈", None, "", R, "level", "required", SURV))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): optional")
d.Q("3만 4,700원", 34700, W, "원", "currency", f=("평균 지출액", None, "", R, "level", "required", SURV))
d.Q("나흘", 4, "day", "나흘", "duration", note="나흘간: native day word, a duration (간 outside)")
FEST = "new paragraph: the story's organization (강릉시) carried; a plain verb (몰렸고, 다녀갔다) gives no metric; the festival's days are its period"
d.Q("58만 명", 580000, "명", "명", C, f=("", None, GN, "2025-10-10/2025-10-13", "level", "required", FEST))
d.Q("41만 명", 410000, "명", "명", C, f=("", None, GN, "2025-07", "level", "required", FEST))
d.Q("두 축제", 2, "축제", "축제", C, st="optional", note="두 + a noun that is no counter: optional")
EFF = ("the effect of two festivals (events, no ORG) as estimated by a foundation (강릉문화재단은 … 분석했다): the foundation's figure as topic, "
       "or no subject (the analyst is a source)? (README question 6); 각각: each festival's days")
d.Q("320억 원", 32000000000, W, "원", "currency", f=("직접 경제효과", None, "", "2025-10-10/2025-10-13", "level", "optional", EFF))
d.Q("185억 원", 18500000000, W, "원", "currency", f=("직접 경제효과", None, "", "2025-07", "level", "optional", EFF))
d.Q("14%", 14, "%", "%", P,
    f=("관광 분야 예산", None, GN, "2026", "change", "required",
       "a difference (올해보다 … 많은) modifying the figure right after it: that figure's metric; a change; 올해 is the basis"))
d.Q("486억 원", 48600000000, W, "원", "currency",
    f=("관광 분야 예산", None, GN, "2026", "level", "required", "a figure taken as something (예산으로); 시는 = 강릉시; 내년 stays out of the metric"))
d.Q("2,000실", 2000, "실", "실", C,
    f=("숙박시설", None, GN, "2026", "level", "required",
       "a plan in the mayor's quote (a head speaking for the city: the city carried); the paragraph's future period (내년) taken"))

# ---------------------------------------------------------------- 004 shipping company's annual recap (Yonhap dateline; no year written)
d = Doc("004_40eec7f229367e25", "2026-02-12"); docs.append(d)
DJ = "동진해운"
d.Oall(DJ, DJ, special={0: ("required", "invented shipping company heading the headline before a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (부산= is a place)")
d.O("HMM", "HMM", note="a peer, topic of its own figure")
d.O("팬오션", "팬오션", note="a peer, topic of its own figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="동진해운, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="힘입어 지난해", rel=True)
d.D("지난해", Y, "year", ctx="동진해운은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 각각", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-12-31",
    note="counts back from the as-of 지난해 말 (a basis), not from the document date (which would give 2025): an offset from an event of the story, optional (README question 7)")
d.D("지난해", Y, "year", ctx="회사는 지난해", rel=True)
d.D("올해", "2026", "year", ctx="올해도", rel=True)
d.D("지난해", Y, "year", ctx="(SCFI)는 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 평균", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="동진해운이 지난해", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해는", rel=True)
d.Q("4,210억", 421000000000, W, "", "currency", ctx="영업이익 4,210억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "지난해 영업이익 4,210억…", DJ, Y, "level"))
d.Q("100척", 100, "척", "척", C, bound="gt", note="넘겨 → gt",
    f=("선대", None, DJ, Y, "level", "optional", "headline after an ellipsis with the headline's date before it (facts.md open question)"))
d.Q("2조 8,640억 원", 2864000000000, W, "원", "currency", f=("매출", "지난해 매출이", DJ, Y, "level"))
d.Q("4,210억 원", 421000000000, W, "원", "currency", f=("영업이익", "영업이익이 4,210억", DJ, Y, "level"))
d.Q("23.5%", 23.5, "%", "%", P, f=("매출", "지난해 매출이", DJ, Y, "change", "required", "각각, no nouns listed: the k-th of the figures before"))
d.Q("61.2%", 61.2, "%", "%", P, f=("영업이익", "영업이익이 4,210억", DJ, Y, "change", "required", "각각: the second figure's metric"))
d.Q("3,380억 원", 338000000000, W, "원", "currency", f=("순이익", None, DJ, Y, "level"))
FLEET = "회사가 (the company named before) is the subject of the relative clause on the measure noun (선박): it owns the figure; 지난해 말 기준 (value 2025, END)"
d.Q("104척", 104, "척", "척", C, f=("선박", "운용하는 선박", DJ, Y, "level", "required", FLEET))
d.Q("9척", 9, "척", "척", C, f=("선박", "운용하는 선박", DJ, Y, "change", "required", FLEET + "; 1년 전보다 = basis"))
PARTS = "이 가운데 (a part opener): each part's count counts the item; the company carried; period carried"
d.Q("46척", 46, "척", "척", C, f=("컨테이너선", "컨테이너선이 46척", DJ, Y, "level", "required", PARTS))
d.Q("38척", 38, "척", "척", C, f=("벌크선", "벌크선이 38척", DJ, Y, "level", "required", PARTS))
d.Q("20척", 20, "척", "척", C, f=("탱커", None, DJ, Y, "level", "required", PARTS))
TEU = "TEU (twenty-foot equivalent unit) is no unit the guideline names: a counter as written (count, unit TEU) or a measure? (README question 8)"
d.Q("1만 3천TEU", 13000, "TEU", "TEU", C, st="optional", note=TEU + "; here a class of ship (급 outside), no fact of its own")
d.Q("4척", 4, "척", "척", C, ctx="컨테이너선 4척", f=("컨테이너선", "TEU급 컨테이너선", DJ, Y, "level", "required", "a count by 척 counts the noun right before it; 회사는 = 동진해운"))
d.Q("6척", 6, "척", "척", C, ctx="벌크선 6척", f=("LNG 추진 벌크선", None, DJ, "2026", "level", "required", "a plan with a date of its own (올해)"))
d.Q("2,150포인트", 2150, "포인트", "포인트", C,
    f=("상하이컨테이너운임지수", None, "", Y, "level", "required", "a price index is nobody's (market_indexes); 연평균 qualifies the period"))
d.Q("1,005포인트", 1005, "포인트", "포인트", C,
    f=("상하이컨테이너운임지수", None, "", "2024", "level", "optional",
       "a figure in brackets after 전년 평균 (평균 alone names no measure): dated by 전년 only, an optional DATE: optional"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="웃돌았다 (exceeded) read as gt; no bound word of the guideline's list (README question 9)",
    f=("상하이컨테이너운임지수", None, "", Y, "change", "required",
       "a multiple of a figure in brackets has the metric of the figure before that one; a date a multiple is taken of is no period: the period carried; of an earlier time's value: change (session 16: docs/facts.md, Kind: a multiple taken of an earlier time's value is a change — was level)"))
d.Q("7,800달러", 7800, U, "달러", "currency", bound="max", note="까지 → max",
    f=("미주 서안 노선 운임", None, "", Y, "level", "required", "a market's freight rate (FEU당: a rate word, no number) is nobody's; …까지 치솟았다: the new level; period carried in the paragraph"))
d.Q("312만TEU", 3120000, "TEU", "TEU", C, st="optional", note=TEU,
    f=("컨테이너", "실어 나른 컨테이너", DJ, Y, "level", "optional", "the company is the subject of the relative clause on the measure noun"))
d.Q("8.4%", 8.4, "%", "%", P,
    f=("컨테이너", "실어 나른 컨테이너", DJ, Y, "change", "required", "a rate with no metric of its own: the figure before in its sentence; the relative clause's subject owns it"))
d.Q("3조 5,130억 원", 3513000000000, W, "원", "currency", f=("영업이익", "영업이익 3조", "HMM", Y, "level", "required", "같은 기간 → 지난해"))
d.Q("4,980억 원", 498000000000, W, "원", "currency", f=("영업이익", "영업이익 4,980억", "팬오션", Y, "level", "required", "같은 기간 → 지난해"))
d.Q("30%", 30, "%", "%", P, approx=True, note="가량 → approx",
    f=("운임", "운임이 30%", "", "2026", "change", "optional",
       "an expected fall of freight rates in a spokesman's quote: a market's price (nobody's) or the company's own rates? (README question 10)"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("친환경 선박 발주", None, DJ, "2026", "level", "required",
       "X에 … 투입 → X; a spokesman's quote keeps the company; a plan with its own future date (올해는)"))

# ---------------------------------------------------------------- 005 game publisher's quarterly results with a new title (뉴시스 dateline)
d = Doc("005_66a3f46368afbb28", "2025-08-08"); docs.append(d)
PX = "픽셀웨이브게임즈"
d.O("픽셀웨이브", PX, ctx="픽셀웨이브, 신작", note="short form defined later with 이하: a mention of the company")
d.O("뉴시스", "뉴시스", note="news agency in the dateline (서울= is a place)")
d.O(PX, PX, aliases="픽셀웨이브", note="invented game company after 게임사; (이하 픽셀웨이브) is its alias")
d.O("픽셀웨이브", PX, ctx="(이하 픽셀웨이브)", st="optional", note="the alias defined with 이하: optional as a mention")
d.O("픽셀웨이브", PX, ctx="픽셀웨이브는 2분기", note="a later use of the short form")
d.O("픽셀웨이브", PX, ctx="픽셀웨이브의 올해", note="a later use of the short form; genitive owner")
d.O("크래프톤", "크래프톤", note="a peer (각각)")
d.O("넷마블", "넷마블", note="a peer (각각)")
Q2 = "2025-Q2"
d.D("2분기", Q2, "quarter", ctx="흥행에 2분기", rel=True)
d.D("2025년 2분기", Q2, "quarter", note="a year before a quarter: one mention")
d.D("2분기", Q2, "quarter", ctx="픽셀웨이브는 2분기", rel=True)
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back")
d.D("8일", "2025-08-08", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 2분기", "2024-Q2", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("지난 5월 22일", "2025-05-22", "day", rel=True, note="the launch day, inside a relative clause on the game")
d.D("2분기", Q2, "quarter", ctx="2분기에만", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year; a comparison's basis")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Q2, "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back to 2분기")
d.D("2분기", Q2, "quarter", ctx="넷마블의 2분기", rel=True)
d.D("올해", "2025", "year", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="a plan: the current year's second half")
d.Q("1,020억", 102000000000, W, "", "currency", ctx="매출 1,020억\n", st="optional", note="headline amount, currency implied",
    f=("매출", "2분기 매출 1,020억\n", PX, Q2, "level"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("매출", "2분기 매출이", PX, Q2, "level"))
d.Q("87%", 87, "%", "%", P, f=("매출", "2분기 매출이", PX, Q2, "change", "required", "전년 동기 대비 = basis"))
d.Q("246억 원", 24600000000, W, "원", "currency", f=("영업이익", None, PX, Q2, "level", "required", "흑자 전환: the new level"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("영업손실", None, PX, "2024-Q2", "level", "required", "its own date (지난해 2분기)"))
d.Q("한 달", 1, "month", "달", "duration", note="출시 한 달 만에: elapsed since the launch, a duration (만에 outside)")
PROD = "a product's figure (이 게임은 …): no subject, though its maker is the story's company"
d.Q("1,200만 건", 12000000, "건", "건", C, bound="gt", note="넘겼고 → gt",
    f=("누적 다운로드", None, "", Q2, "level", "optional",
       PROD + "; period: the story's quarter (new paragraph), or a month from the launch day (출시 한 달 만에, 지난 5월 22일 in the sentence before)? (README question 11)"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("매출", "2분기에만 매출", "", Q2, "level", "required", PROD + "; 2분기에만 in its clause"))
REG = ("a ranking that names its measure after the first item (가장 높은 비중) gives it to every item; a region is no subject; "
       "the breakdown of the game's sales (a product's figure, none) or of the company's (the company)? (README question 12)")
d.Q("38%", 38, "%", "%", P, ctx="38%로", f=("비중", "높은 비중", "", Q2, "level", "optional", REG))
d.Q("27%", 27, "%", "%", P, f=("비중", "높은 비중", "", Q2, "level", "optional", REG))
d.Q("19%", 19, "%", "%", P, f=("비중", "높은 비중", "", Q2, "level", "optional", REG))
d.Q("72%", 72, "%", "%", P, f=("해외 매출 비중", None, PX, Q2, "level", "required", "new paragraph: the story's organization and period"))
d.Q("25%포인트", 25, PP, "%포인트", P, f=("해외 매출 비중", None, PX, Q2, "change", "required", "1년 전보다 = basis"))
d.Q("820명", 820, "명", "명", C, f=("임직원", None, PX, "2025-06", "level", "required", "a member noun as topic keeps the carried subject; 6월 말 기준 (value 2025-06, END)"))
d.Q("2,890억 원", 289000000000, W, "원", "currency", f=("영업이익", "2분기 영업이익은", "크래프톤", Q2, "level", "required", "a list that owns the topic with 각각: each its own"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "2분기 영업이익은", "넷마블", Q2, "level", "required", "각각: the second item's"))
d.Q("4,100억 원", 410000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("매출", "연간 매출", PX, "2025", "level", "required", "an outside speaker (증권가) carries none, but the genitive owner (픽셀웨이브의) names it; 연간 qualifies the period"))
d.Q("3종", 3, "종", "종", C,
    f=("신작", "신작 3종", PX, "2025-H2", "level", "required", "회사는 = the company; a plan's later clause takes the sentence's date (하반기)"))

# ---------------------------------------------------------------- 006 bank holding company's annual results with its subsidiaries (입력 stamp + byline)
d = Doc("006_950e8fab2f61c9a1", "2026-02-06"); docs.append(d)
SS, BK = "새솔금융지주", "새솔은행"
d.Oall(SS, SS, special={0: ("required", "invented financial holding company heading the headline before a comma")})
d.O("파이낸셜뉴스", "파이낸셜뉴스", note="outlet in the byline line")
d.Oall(BK, BK)
for name in ("새솔카드", "새솔투자증권", "새솔캐피탈", "새솔생명", "새솔자산운용"):
    d.O(name, name, note="a subsidiary named with its figure")
d.O("우리금융지주", "우리금융지주", note="a peer, genitive owner of its figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="새솔금융지주, 지난해", rel=True)
d.D("2026.02.06", "2026-02-06", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("지난해", Y, "year", ctx="새솔금융지주는 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("6일", "2026-02-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="counts back from the story's 지난해 (a basis), not from the document date (which would give 2025): optional (README question 7)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="중 after a half means during: outside, no mod")
d.D("같은 날", "2026-02-06", "day", rel=True, st="optional", note="an anaphoric day word like 당일: the day of the disclosure (6일)")
d.D("지난해", Y, "year", ctx="우리금융지주의 지난해", rel=True)
d.Q("1조 2,380억", 1238000000000, W, "", "currency", ctx="1조 2,380억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익 1조", SS, Y, "level"))
d.Q("1조 2,380억 원", 1238000000000, W, "원", "currency", f=("당기순이익", None, SS, Y, "level", "required", "(지배주주 기준) qualifies the basis"))
d.Q("9.6%", 9.6, "%", "%", P, f=("당기순이익", None, SS, Y, "change", "required", "전년보다 = basis"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("순이익", "순이익 1조 2천억", SS, Y, "level", "required", "subject and period carried; 처음 is no noun beside it"))
SUB = ("breakdown by subsidiary (계열사별로는 …, … 순이었다): each item is a named organization, the figure its own (a list of organizations "
       "with their figures: the one right before it); the measure of the figure before (순이익); the story's period")
d.Q("8,940억 원", 894000000000, W, "원", "currency", f=("순이익", "순이익 1조 2천억", BK, Y, "level", "required", SUB))
d.Q("1,720억 원", 172000000000, W, "원", "currency", f=("순이익", "순이익 1조 2천억", "새솔카드", Y, "level", "required", SUB))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("순이익", "순이익 1조 2천억", "새솔투자증권", Y, "level", "required", SUB))
d.Q("630억 원", 63000000000, W, "원", "currency", f=("순이익", "순이익 1조 2천억", "새솔캐피탈", Y, "level", "required", SUB))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("순이익", "순이익을 냈다", "새솔생명", Y, "level", "required", "A와 B는 각각 X, Y: each its own; figures coordinated by a comma share the noun after the last"))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("순이익", "순이익을 냈다", "새솔자산운용", Y, "level", "required", "각각: the second item's"))
NB = ("the non-bank subsidiaries' contribution to the group's profit: the holding company's ratio, or a figure of several organizations taken together "
      "(비은행 계열사, not named in the sentence): none? (README question 13)")
d.Q("32.4%", 32.4, "%", "%", P, f=("이익 기여도", None, SS, Y, "level", "optional", NB))
d.Q("4.1%포인트", 4.1, PP, "%포인트", P, f=("이익 기여도", None, SS, Y, "change", "optional", NB))
d.Q("198조 3천억 원", 198300000000000, W, "원", "currency", f=("원화대출금", None, BK, Y, "level", "required", "genitive owner; 지난해 말 기준 (value 2025, END)"))
d.Q("5.2%", 5.2, "%", "%", P, f=("원화대출금", None, BK, Y, "change"))
GEN = "a sentence that reports a figure by a genitive owner (새솔은행의) passes that owner on to the next sentence"
d.Q("1.84%", 1.84, "%", "%", P, f=("순이자마진", None, BK, Y, "level", "required", GEN))
d.Q("0.08%포인트", 0.08, PP, "%포인트", P, f=("순이자마진", None, BK, Y, "change", "required", GEN + "; 전년 말보다 = basis; 하락했다: change"))
GRP = "그룹의 = the financial group named before (새솔금융지주); a topic that is a metric does not stop the carried subject; period carried"
d.Q("12.9%", 12.9, "%", "%", P, f=("보통주자본(CET1)비율", None, SS, Y, "level", "required", GRP))
d.Q("0.41%", 0.41, "%", "%", P, f=("고정이하여신(NPL)비율", None, SS, Y, "level", "required", GRP))
DIV = "지주는 = 새솔금융지주; new paragraph: the story's period (지난해)"
d.Q("1,600원", 1600, W, "원", "currency", f=("결산 배당", None, SS, Y, "level", "required", DIV + "; 주당 is a rate word with no number"))
d.Q("4,860억 원", 486000000000, W, "원", "currency", f=("배당 총액", None, SS, Y, "level", "required", DIV + "; 연간 qualifies the period"))
d.Q("38.5%", 38.5, "%", "%", P, f=("총주주환원율", None, SS, Y, "level", "required", DIV))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("자사주", None, SS, "2026-H1", "level", "required", "X 규모의 Y → Y; 회사는 = the financial group; a plan with its own date (올해 상반기)"))
d.Q("3조 1,260억 원", 3126000000000, W, "원", "currency", f=("순이익", "지난해 순이익은 3조", "우리금융지주", Y, "level", "required", "genitive owner; 같은 날 dates the announcement only"))

if __name__ == "__main__":
    write_all(docs)
