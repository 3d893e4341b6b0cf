"""Gold labels of articles-holdout82, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout82/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
DUR = "duration"

# ---------------------------------------------------------------- 001 food company: overseas sales by country, a new US plant (연합뉴스 dateline)
d = Doc("001_0b591de54cf3ffb4", "2026-02-11"); docs.append(d)
S = "한결식품"
d.Oall(S, S, special={3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한결아메리카", "한결아메리카", note="invented US subsidiary (미국 법인); 미국 is a place")
d.O("코스트코", "코스트코", note="customer (a retail channel)")
d.O("한국농수산식품유통공사", "한국농수산식품유통공사", aliases="aT", note="agency cited as a source; (aT) is an alias, outside the span")
d.O("CJ제일제당", "CJ제일제당", note="rival (경쟁사)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline: the year before 2026-02-11")
d.D("2025년", Y, "year")
d.D("지난해", Y, "year", ctx="지난해 해외 매출이", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", Y, "year", ctx="같은 기간 38%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("2027년 상반기", "2027-H1", "half")
d.D("현재", "2026-02-11", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("올해", "2026", "year", rel=True)
d.D("지난해", Y, "year", ctx="지난해 K푸드", rel=True)
d.D("같은 기간", Y, "year", ctx="같은 기간 5조", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt", f=("해외매출", None, S, Y, "level"))
d.Q("2공장", 2, "공장", "공장", "ordinal", st="optional", note="'2공장' (plant no. 2): an ordinal without marker or a name with digits — open")
d.Q("2천억", 200000000000, W, "", "currency", ctx="2천억 투입", st="optional", note="headline amount, currency implied",
    f=("투입", None, S, "", "level"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원을 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("해외 매출", "2025년 해외 매출", S, Y, "level"))
d.Q("1조 420억 원", 1042000000000, W, "원", "currency", f=("해외 매출", "지난해 해외 매출이", S, Y, "level"))
d.Q("8,650억 원", 865000000000, W, "원", "currency",
    f=("해외 매출", "지난해 해외 매출이", S, "2024", "level", "required", "basis figure in brackets after 전년: that date's value (convention 4)"))
d.Q("20.5%", 20.5, "%", "%", P, f=("해외 매출", "지난해 해외 매출이", S, Y, "change", "required", "전년 = basis; period the current year"))
d.Q("2조 3,100억 원", 2310000000000, W, "원", "currency", f=("전체 매출", None, S, Y, "level", "required", "figure in brackets after its noun"))
d.Q("45.1%", 45.1, "%", "%", P, f=("비중", "차지하는 비중은", S, Y, "level"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새", note="1년 새: an amount of time (duration), no fact")
d.Q("4.8%포인트", 4.8, "%p", "%포인트", P, f=("비중", "차지하는 비중은", S, Y, "change"))
d.Q("5,870억 원", 587000000000, W, "원", "currency",
    f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "breakdown by country (국가별로는): the breakdown's measure; a country is no subject"))
d.Q("1,640억 원", 164000000000, W, "원", "currency", f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "각각: first of the pair (중국)"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", ctx="1,120억 원을", f=("해외 매출", "지난해 해외 매출이", S, Y, "level", "required", "각각: second of the pair (일본)"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("유럽 매출", None, S, Y, "level"))
d.Q("38%", 38, "%", "%", P, f=("유럽 매출", None, S, Y, "change"))
d.Q("9,800개", 9800, "개", "개", C, approx=True,
    f=("점포", None, "한결아메리카", "", "level", "optional", "open: the stores are the channels' (코스트코 등, not all named) or the subsidiary's reach; no date for the subsidiary"))
d.Q("2천억 원", 200000000000, W, "원", "currency", ctx="약 2천억 원", approx=True,
    f=("", None, S, "", "level", "optional", "open: a planned spending with no noun naming it in its sentence; period carried 2025 by the letter, or empty, or 2027-H1"))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="ordinal marker 번째: no fact")
d.Q("1.8배", 1.8, "배", "배", C, f=("생산능력", None, S, "2027-H1", "change", "required", "a multiple of the present level (현재의): change; the sentence's 2027년 상반기"))
d.Q("6만t", 60000, "t", "t", M, approx=True, f=("생산능력", None, S, "2027-H1", "level", "required", "안팎 → approx"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", bound="min",
    f=("해외 매출", "올해 해외 매출을", S, "2026", "level", "required", "a head's target speaks for the company; 이상 → min"))
d.Q("104억 달러", 10400000000, U, "달러", "currency", approx=True,
    f=("K푸드 수출액", None, "", Y, "level", "required", "national statistic from a cited agency: no subject"))
d.Q("5조 7천억 원", 5700000000000, W, "원", "currency", approx=True,
    f=("해외 식품 매출", None, "CJ제일제당", Y, "level", "required", "가량 → approx; 같은 기간 → 2025"))

# ---------------------------------------------------------------- 002 regional bank holding: net profit and NIM (머니투데이 bracket byline)
d = Doc("002_158197937ed81750", "2026-02-06"); docs.append(d)
S = "남도금융그룹"; B = "남도은행"
d.O("남도금융", S, ctx="남도금융, 작년", note="headline: the short name defined below with 이하, canonical the full name")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("남도금융그룹", S, aliases="남도금융", note="invented regional financial holding; (이하 남도금융) recorded as alias")
d.O("남도금융", S, ctx="(이하 남도금융)", st="optional", note="a short name where it is defined with 이하: optional")
d.O(B, B, note="bank subsidiary (핵심 계열사)")
d.O("남도캐피탈", "남도캐피탈")
d.O("남도저축은행", "남도저축은행")
d.O("BNK금융그룹", "BNK금융그룹", note="rival")
d.O("JB금융지주", "JB금융지주", note="rival")
d.O("남도금융", S, ctx="남도금융은 주당", note="later use of the 이하 short name: required")
d.O("남도금융", S, ctx="김태수 남도금융 회장", note="organization before a head's title")
Y = "2025"
d.D("작년", Y, "year", rel=True)
d.D("2025년", Y, "year")
d.D("6일", "2026-02-06", "day", rel=True, note="date of the disclosure (공시했다), not a period")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="전분기 points back to 4분기")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="open: an offset (guideline: from the document date → 2025) used here as a comparison basis pointing back to the end of 2024")
d.D("같은 날", "2026-02-06", "day", rel=True, st="optional", anchor="2026-02-06", note="points back to 6일")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half in the span, like before a month")
d.D("2027년", "2027", "year", note="2027년까지: 까지 outside")
d.Q("4,870억", 487000000000, W, "", "currency", ctx="4,870억 '", st="optional", note="headline amount, currency implied",
    f=("순익", None, S, Y, "level"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("당기순이익", None, S, Y, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("9.3%", 9.3, "%", "%", P, f=("당기순이익", None, S, Y, "change", "required", "규모 refers back to the net profit; 전년 = basis"))
d.Q("3,520억 원", 352000000000, W, "원", "currency", f=("순이익", "남도은행의 순이익", B, Y, "level", "required", "같은 기간 → 2025"))
d.Q("6.1%", 6.1, "%", "%", P, f=("순이익", "남도은행의 순이익", B, Y, "change"))
d.Q("1.98%", 1.98, "%", "%", P, f=("순이자마진", None, B, "2025-Q4", "level", "required", "은행 = 남도은행 (anaphor, not labelled as ORG)"))
d.Q("2.07%", 2.07, "%", "%", P,
    f=("순이자마진", None, B, "2025-Q3", "level", "required", "basis figure in brackets after 전 분기: that date's value (convention 4)"))
d.Q("0.09%포인트", 0.09, "%p", "%포인트", P, f=("순이자마진", None, B, "2025-Q4", "change", "required", "떨어졌다: a change; value as written"))
d.Q("710억 원", 71000000000, W, "원", "currency", f=("순이익", "원의 순이익을 냈다", "남도캐피탈", Y, "level", "required", "각각: first of the pair; the story's 2025 carried"))
d.Q("95억 원", 9500000000, W, "원", "currency", f=("순이익", "원의 순이익을 냈다", "남도저축은행", Y, "level", "required", "각각: second of the pair"))
d.Q("16.5%", 16.5, "%", "%", P, f=("비은행 비중", None, S, Y, "level", "required", "그룹 = the holding (generic word, not labelled)"))
d.Q("0.71%", 0.71, "%", "%", P, f=("고정이하여신(NPL) 비율", None, S, Y, "level", "required", "as of 지난해 말 (END); subject carried from the paragraph before (the group)"))
d.Q("0.15%포인트", 0.15, "%p", "%포인트", P, f=("고정이하여신(NPL) 비율", None, S, Y, "change"))
d.Q("48조 6천억 원", 48600000000000, W, "원", "currency", f=("원화대출금", None, S, Y, "level"))
d.Q("3%", 3, "%", "%", P, ctx="3% 안팎", approx=True, f=("원화대출금", None, S, Y, "change", "required", "안팎 → approx"))
d.Q("6,120억 원", 612000000000, W, "원", "currency",
    f=("순이익", "원의 순이익을 발표", "BNK금융그룹", Y, "level", "required", "각각: first; 같은 날 dates the announcement, the story's 2025 is the period"))
d.Q("7,010억 원", 701000000000, W, "원", "currency", f=("순이익", "원의 순이익을 발표", "JB금융지주", Y, "level", "required", "각각: second"))
d.Q("780원", 780, W, "원", "currency", f=("현금배당", None, S, Y, "level", "required", "주당 is a rate word (not labelled); no date in the sentence: 2025 carried"))
d.Q("500억 원", 50000000000, W, "원", "currency", f=("자사주", None, S, "2026-H1", "level", "required", "규모 → the thing whose size it is"))
d.Q("40%", 40, "%", "%", P, bound="min", f=("주주환원율", None, S, "2027", "level", "required", "이상 → min; 2027년까지"))

# ---------------------------------------------------------------- 003 cosmetics road-shop brand: store closures (뉴스1 dateline)
d = Doc("003_b38b396d10fbd7b8", "2026-01-28"); docs.append(d)
NH = "네이처하루"; HC = "하루코스메틱"
d.Oall(NH, NH, special={0: ("required", "headline topic; a road-shop brand named as a company")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("공정거래위원회", "공정거래위원회", note="government body cited as the source; 가맹사업거래 정보공개서 is a document, not labelled")
d.Oall(HC, HC, special={2: ("required", "organization before 관계자")})
d.O("한성생활건강", "한성생활건강", note="invented parent (모회사)")
d.O("아모레퍼시픽", "아모레퍼시픽")
d.O("이니스프리", "이니스프리", note="brand named as a company (a road-shop chain)")
d.O("LG생활건강", "LG생활건강")
d.O("더페이스샵", "더페이스샵", note="brand named as a company (a road-shop chain)")
d.O("CJ올리브영", "CJ올리브영")
d.O("한국화장품유통연구원", "한국화장품유통연구원", note="invented research institute cited as the source")
Y = "2025"
d.D("2025년 말", Y, "year", mod="END", note="as of (기준)")
d.D("2024년 말", "2024", "year", mod="END")
d.D("28일", "2026-01-28", "day", rel=True, note="date of the source, not a period")
d.D("지난해", Y, "year", ctx="지난해에만", rel=True, note="에만 outside")
d.D("지난해", Y, "year", ctx="하루코스메틱의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해 3분기", "2026-Q3", "quarter", rel=True, note="올해 before a quarter in the span; 까지 outside")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the year of the paragraphs before")
d.D("지난해", Y, "year", ctx="규모가 지난해", rel=True)
d.D("2019년", "2019", "year")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="future clause: this year's H1")
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새 매장", note="1년 새: duration")
d.Q("120곳", 120, "곳", "곳", C, ctx="120곳 문",
    f=("매장", "매장 120곳", NH, "", "change", "required", "headline: no DATE in the headline and nothing earlier → empty period (letter of FACTS); closures = a decrease of the store count"))
d.Q("318곳", 318, "곳", "곳", C, f=("매장 수", None, NH, Y, "level", "required", "as of 2025년 말 (END)"))
d.Q("438곳", 438, "곳", "곳", C, f=("매장 수", None, NH, "2024", "level", "required", "in brackets after its own date 2024년 말"))
d.Q("1년", 1, "year", "년", DUR, ctx="1년 새 120곳", note="duration")
d.Q("120곳", 120, "곳", "곳", C, ctx="120곳, 27.4%", f=("매장 수", None, NH, Y, "change", "required", "줄었다: a change over the year"))
d.Q("27.4%", 27.4, "%", "%", P, f=("매장 수", None, NH, Y, "change"))
d.Q("241곳", 241, "곳", "곳", C, f=("가맹점", "가맹점은 241곳", NH, Y, "level", "required", "이 가운데: a part of the stores as of 2025년 말; 28일 only dates the source"))
d.Q("77곳", 77, "곳", "곳", C, f=("직영점", None, NH, Y, "level"))
d.Q("96건", 96, "건", "건", C, f=("가맹점 폐점", None, NH, Y, "level"))
d.Q("8건", 8, "건", "건", C, note="월평균 (a rate word, not labelled) before; 꼴 after: outside, no approximator (96/12 = 8)",
    f=("가맹점 폐점", None, NH, Y, "level", "required", "월평균 only qualifies the basis: outside the metric"))
d.Q("1,340억 원", 134000000000, W, "원", "currency", f=("매출", "지난해 매출은", HC, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("매출", "지난해 매출은", HC, Y, "change"))
d.Q("62억 원", 6200000000, W, "원", "currency", f=("영업손실", None, HC, Y, "level"))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("추가 출자", None, "한성생활건강", "2026-Q3", "level", "required", "the parent invests; the subsidiary (에) is the counterparty, no subject; the deadline 올해 3분기까지 is the period"))
d.Q("15%", 15, "%", "%", P, f=("매장", "더페이스샵 매장은", "이니스프리", Y, "change", "required", "각각: first (이니스프리); 아모레퍼시픽 is its owner, modifier only"))
d.Q("21%", 21, "%", "%", P, f=("매장", "더페이스샵 매장은", "더페이스샵", Y, "change", "required", "각각: second"))
d.Q("1,370여 곳", 1370, "곳", "곳", C, approx=True, f=("매장", "CJ올리브영의 매장은", "CJ올리브영", Y, "level", "required", "여 inside the span → approx; 같은 기간's 2025 carried for the same metric"))
d.Q("50곳", 50, "곳", "곳", C, ctx="50곳가량", approx=True, f=("매장", "CJ올리브영의 매장은", "CJ올리브영", Y, "change", "required", "가량 → approx; 늘었다: change"))
d.Q("1조 1천억 원", 1100000000000, W, "원", "currency", approx=True,
    f=("국내 화장품 로드숍 시장", None, "", Y, "level", "required", "규모 → the market; a market figure has no subject"))
d.Q("3조 2천억 원", 3200000000000, W, "원", "currency", f=("국내 화장품 로드숍 시장", None, "", "2019", "level", "required", "in brackets after its own date 2019년"))
d.Q("65.6%", 65.6, "%", "%", P, f=("국내 화장품 로드숍 시장", None, "", Y, "change"))
d.Q("40~50곳", 40, "곳", "곳", C, hi=50,
    f=("매장", "매장 40~50곳", HC, "2026-H1", "change", "optional", "open: the stores are the brand's (네이처하루, as counted above) but the speaker's company closes them"))
d.Q("30%", 30, "%", "%", P, ctx="30%대", approx=True, note="suffix 대 outside the span → approx",
    f=("온라인 매출 비중", None, HC, "2026-H1", "level", "required", "a spokesperson speaks for the company; the clause shares 올해 상반기까지"))

# ---------------------------------------------------------------- 004 province's agricultural exports (regional daily, 입력 stamp; year only in the stamp)
d = Doc("004_f471eae3dd428c43", "2026-01-20"); docs.append(d)
G = "경상북도"
d.O("매일신문", "매일신문", note="regional daily in the byline line")
d.O("경상북도", G, aliases="경북도", note="province acting as a government; (이하 경북도) recorded as alias")
d.O("경북도", G, ctx="(이하 경북도)", st="optional", note="short name where it is defined with 이하: optional")
d.O("사이공프레시", "사이공프레시", note="invented foreign customer (현지 유통업체)")
d.O("경북통상", "경북통상")
d.O("한국농촌경제연구원", "한국농촌경제연구원", note="research institute cited as the source")
d.O("경북도", G, ctx="김민호 경북도", note="later use of the 이하 short name before a title; 농축산유통국장 is a title, not labelled")
Y = "2025"
d.D("2026.01.20", "2026-01-20", "day", st="optional", note="the 입력 stamp's date: page furniture (open)")
d.D("14:05", "2026-01-20T14:05", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="지난해 경북지역", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("20일", "2026-01-20", "day", rel=True, note="date of the announcement")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 10월", "2025-10", "month", rel=True, note="지난해 before a month in the span")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="현재 after it is the as-of marker, not a separate DATE")
d.D("올해", "2026", "year", ctx="도는 올해", rel=True)
d.D("작년", Y, "year", rel=True, note="작년보다: the basis of a comparison, an ordinary relative year")
d.D("지난해", Y, "year", ctx="지난해 전국", rel=True)
d.D("올해", "2026", "year", ctx="올해는", rel=True)
d.D("상반기", "2026-H1", "half", ctx="상반기 중", rel=True, note="future clause (열겠다): this year's H1")
MX = "경북지역 농식품 수출액"
d.Q("7억 3,200만 달러", 732000000, U, "달러", "currency",
    f=(MX, None, "", Y, "level", "required", "a region's exports (경북지역, a place): no ORG's figure (convention 3)"))
d.Q("6억 5,100만 달러", 651000000, U, "달러", "currency", f=(MX, None, "", "2024", "level", "required", "basis figure in brackets after 전년 (convention 4)"))
d.Q("12.4%", 12.4, "%", "%", P, f=(MX, None, "", Y, "change"))
d.Q("2억 8,600만 달러", 286000000, U, "달러", "currency", f=(MX, None, "", Y, "level", "required", "breakdown item (품목별로는): the breakdown's measure (convention 5)"))
d.Q("39%", 39, "%", "%", P, f=("신선 농산물", None, "", Y, "level", "required", "전체의 N%를 차지했다: the share of the part named (convention 5)"))
d.Q("4,150만 달러", 41500000, U, "달러", "currency", approx=True, note="suffix 어치 after the unit (like 달러치): outside, sets approx",
    f=("수출", "수출돼", "", Y, "level", "required", "the item's own verb 수출돼 → verbal noun 수출"))
d.Q("31%", 31, "%", "%", P, f=("수출", "수출돼", "", Y, "change", "required", "같은 기간 → 2025"))
d.Q("3,870만 달러", 38700000, U, "달러", "currency", f=("수출", "수출돼", "", Y, "level", "required", "breakdown item: the nearest measure noun 수출"))
d.Q("2년", 2, "year", "년", DUR, note="2년 연속: duration")
d.Q("3천만 달러", 30000000, U, "달러", "currency", bound="gt", note="넘었다 → gt",
    f=("수출", "수출돼", "", Y, "level", "optional", "open: a threshold passed 2년 연속 — the sentence's 2025 or two years no DATE names"))
d.Q("1억 240만 달러", 102400000, U, "달러", "currency", f=("베트남 수출", None, "", Y, "level"))
d.Q("1억 달러", 100000000, U, "달러", "currency", bound="gt", note="돌파 → gt", f=("베트남 수출", None, "", Y, "level"))
d.Q("120t", 120, "t", "t", M,
    f=("경북산 딸기", None, "사이공프레시", "2025-10", "level", "required", "a customer's order: the orderer (grammatical subject) owns it"))
d.Q("48개국", 48, "개국", "개국", C, f=("해외 거래처", None, "경북통상", Y, "level", "required", "as of 지난해 말 (END)"))
d.Q("310여 곳", 310, "곳", "곳", C, approx=True, f=("해외 거래처", None, "경북통상", Y, "level"))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("수출 물류비 지원 예산", None, G, "2026", "level", "required", "도 = 경상북도 (anaphor, not labelled)"))
d.Q("20억 원", 2000000000, W, "원", "currency", f=("수출 물류비 지원 예산", None, G, "2026", "change", "required", "작년 = basis"))
d.Q("102억 달러", 10200000000, U, "달러", "currency", approx=True, f=("전국 농식품 수출", None, "", Y, "level", "required", "national statistic: no subject"))
d.Q("7%", 7, "%", "%", P, approx=True, f=("비중", "경북지역의 비중", "", Y, "level", "required", "안팎 → approx; a region's share"))
d.Q("8억 달러", 800000000, U, "달러", "currency",
    f=("수출", "수출 8억", "", "2026", "level", "required", "target for the region's exports: no ORG's figure, like the exports themselves"))
d.Q("2곳", 2, "곳", "곳", C, f=("공동물류센터", None, G, "2026-H1", "level", "required", "the province opens them; the official speaks for it"))

# ---------------------------------------------------------------- 005 fintech: remittance volume and Series C (press release)
d = Doc("005_706799e4f1e18faa", "2026-03-04"); docs.append(d)
E = "이음트랜스퍼"
d.Oall(E, E, special={0: ("required", "headline topic"), 1: ("required", "(대표 이준혁) is a person, not an alias")})
d.O("한국투자파트너스", "한국투자파트너스", note="lead investor")
d.O("KDB산업은행", "KDB산업은행")
d.O("새봄인베스트먼트", "새봄인베스트먼트", note="invented investor")
d.O("이음재팬", "이음재팬", note="invented Japanese subsidiary (일본 법인)")
d.O("한국은행", "한국은행", note="central bank cited as the source")
Y = "2025"
d.D("2025년", Y, "year", ctx="2025년 송금액")
d.D("전년", "2024", "year", ctx="전년 대비 64%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("2025년 한 해", Y, "year", note="like the guideline's 올 한해: one DATE for the whole year")
d.D("전년", "2024", "year", ctx="전년(1조", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4일", "2026-03-04", "day", rel=True, note="date of the release")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 한 해")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("올 하반기", "2026-H2", "half", rel=True)
d.D("현재", "2026-03-04", "day", rel=True, st="optional", note="현재 takes the document date (optional by the guideline)")
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (늘린다): this year's end")
d.D("지난해", Y, "year", ctx="지난해 개인", rel=True)
d.D("2026년", "2026", "year")
d.Q("3조 원", 3000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("해외송금액", "연간 해외송금액", E, "", "level", "required", "headline: 연간 is no DATE, nothing earlier → empty period (letter of FACTS)"))
d.Q("420억 원", 42000000000, W, "원", "currency", ctx="420억 원 규모",
    f=("시리즈C", "규모 시리즈C", E, "", "level", "required", "규모 → the round whose size it is; headline, no DATE → empty"))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency", ctx="2025년 송금액 3조 1,200억 원", f=("송금액", "2025년 송금액", E, Y, "level", "required", "subheadline: the headline's company carried"))
d.Q("64%", 64, "%", "%", P, ctx="64% 증가", f=("송금액", "2025년 송금액", E, Y, "change"))
d.Q("180만 명", 1800000, "명", "명", C, ctx="180만 명…",
    f=("누적 가입자", "- 누적 가입자", E, Y, "level", "required", "subheadline: the line before's 2025 carried (the body's as-of 12월 말 is written later)"))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency", ctx="3조 1,200억 원으로 전년(", f=("해외송금액", "한 해 해외송금액", E, Y, "level"))
d.Q("1조 9,000억 원", 1900000000000, W, "원", "currency", f=("해외송금액", "한 해 해외송금액", E, "2024", "level", "required", "basis figure in brackets after 전년 (convention 4)"))
d.Q("64%", 64, "%", "%", P, ctx="64% 늘었다", f=("해외송금액", "한 해 해외송금액", E, Y, "change"))
d.Q("410만 건", 4100000, "건", "건", C,
    f=("송금 건수", None, E, "2024", "level", "optional", "open: the starting level of a change (…에서 …으로); its year (2024) is named by no DATE in its sentence, whose 같은 기간 is 2025"))
d.Q("620만 건", 6200000, "건", "건", C, f=("송금 건수", None, E, Y, "level", "required", "같은 기간 → 2025"))
d.Q("28%", 28, "%", "%", P, f=("베트남", "베트남과", E, Y, "level", "required", "각각: first; a share names the part (convention 5); a country is no subject"))
d.Q("23%", 23, "%", "%", P, f=("필리핀", "필리핀이 각각", E, Y, "level", "required", "각각: second"))
d.Q("70%", 70, "%", "%", P, approx=True,
    f=("외국인 근로자", None, E, "2025-12", "level", "required", "share of the part named (convention 5); the sentence's 지난해 12월 말"))
d.Q("180만 명", 1800000, "명", "명", C, ctx="180만 명이다", f=("누적 가입자", "누적 가입자는", E, "2025-12", "level"))
d.Q("420억 원", 42000000000, W, "원", "currency", ctx="420억 원을",
    f=("투자", "투자받았다", E, "", "level", "optional", "open: an undated funding round — empty, or 2025-12 carried by the letter of FACTS"))
d.Q("760억 원", 76000000000, W, "원", "currency", approx=True,
    f=("누적 투자유치액", None, E, "", "level", "optional", "open: as 420억 원 (period)"))
d.Q("3천억 원", 300000000000, W, "원", "currency", approx=True,
    f=("기업가치", None, E, "", "level", "optional", "open: as 420억 원 (period); 안팎 → approx"))
d.Q("140명", 140, "명", "명", C, f=("인력", None, E, "2026-03-04", "level", "required", "현재 (optional DATE) → the document date (convention 4's logic)"))
d.Q("200명", 200, "명", "명", C, bound="min", f=("인력", None, E, "2026", "level", "required", "연말까지: this year's end (value 2026, END)"))
d.Q("210억 달러", 21000000000, U, "달러", "currency", approx=True, f=("개인 해외송금", None, "", Y, "level", "required", "규모 → the thing; a national statistic: no subject"))
d.Q("11.2%", 11.2, "%", "%", P, f=("비중", "통한 비중", "", Y, "level", "required", "핀테크 (an industry) is no ORG"))
d.Q("5조 원", 5000000000000, W, "원", "currency", bound="gt", note="넘어서겠다 → gt",
    f=("송금액", "2026년 송금액", E, "2026", "level", "required", "the head (대표) speaks for the company"))

# ---------------------------------------------------------------- 006 department store: Lunar New Year gift-set sales by category (뉴시스 dateline; no year in the text)
d = Doc("006_f84f84a7fd128f6d", "2026-02-19"); docs.append(d)
L = "롯데백화점"; R = "2026-01-26/2026-02-15"; R3 = "2026-02-13/2026-02-15"
d.O("롯데百", L, note="headline short form (百 = 백화점); canonical the full name")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(L, L, special={1: ("required", "롯데백화점의 모회사: modifier of the parent's description, still the store company")})
d.O("현대백화점", "현대백화점", note="rival")
d.O("신세계백화점", "신세계백화점", note="rival")
d.O("롯데쇼핑", "롯데쇼핑", note="parent (모회사)")
d.O("산업통상자원부", "산업통상자원부", note="ministry cited as the source")
SEOL = "2026-02-17"
d.D("설", SEOL, "day", ctx="설 선물세트 매출 14%", rel=True, st="optional", note="holiday: optional; here a modifier of 선물세트")
d.D("설", SEOL, "day", ctx="설 선물세트 본판매", rel=True, st="optional", note="holiday: optional")
d.D("1월 26일~2월 15일", R, "day", rel=True, note="range with ~: one mention; no year → the latest on or before the document date")
d.D("전년 같은 기간", "2025-01-26/2025-02-15", "day", rel=True, st="optional", anchor="2026-01-26", note="points back")
d.D("19일", "2026-02-19", "day", rel=True, note="date of the announcement")
d.D("13~15일", R3, "day", rel=True, note="range of days: one mention")
d.D("전년", "2025", "year", ctx="전년 대비 25%", rel=True, st="optional", anchor="2026-02-13", note="points back")
d.D("같은 기간", R3, "day", ctx="같은 기간 8%", rel=True, st="optional", anchor="2026-02-13", note="points back (to 13~15일, or to the sale period: open)")
d.D("설", SEOL, "day", ctx="설 선물세트 매출은 각각", rel=True, st="optional", note="holiday: optional")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.D("지난해 1분기", "2025-Q1", "quarter", rel=True)
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("1년 전", "2024", "year", rel=True, st="optional", anchor="2025-01-01",
    note="open: an offset (from the document date → 2025) used as a comparison basis pointing back a year from 지난해 12월")
d.Q("14%", 14, "%", "%", P, ctx="14% 늘어",
    f=("설 선물세트 매출", "설 선물세트 매출 14%", L, "", "change", "required", "headline: 설 names the product, not a period; nothing earlier → empty period"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "15일) 매출이", L, R, "change", "required", "the range in brackets is the period; 전년 같은 기간 = basis"))
d.Q("22%", 22, "%", "%", P, f=("한우 선물세트 매출", None, L, R, "change"))
d.Q("18.5%", 18.5, "%", "%", P, f=("매출", "선물세트 매출이 22%", L, R, "change", "required", "breakdown item (상품군별로는 … 주류는): the breakdown's measure"))
d.Q("9%", 9, "%", "%", P, f=("매출", "선물세트 매출이 22%", L, R, "change", "required", "breakdown item"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "선물세트 매출이 22%", L, R, "change", "required", "breakdown item; 줄었다: change, value as written"))
d.Q("50만 원", 500000, W, "원", "currency", bound="min", note="이상 → min",
    f=("프리미엄 상품", None, L, R, "level", "optional", "a price threshold defining a group of products (definitional, like 30~39세): no fact"))
d.Q("31%", 31, "%", "%", P, f=("프리미엄 상품 매출", None, L, R, "change"))
d.Q("100만 원", 1000000, W, "원", "currency", approx=True, note="suffix 원대: 대 outside the span, approx",
    f=("명품 한우 세트", None, L, R, "level", "optional", "a price class describing the set (definitional): no fact"))
d.Q("500개", 500, "개", "개", C, f=("명품 한우 세트", None, L, R, "level", "required", "the store sold them (팔렸다); the sale period carried"))
d.Q("닷새", 5, "day", "닷새", DUR, note="닷새 만에: a native day-count word, duration; 만에 outside")
d.Q("사흘", 3, "day", "사흘", DUR, note="사흘간: duration; 간 outside")
d.Q("25%", 25, "%", "%", P, approx=True, f=("매출", "사흘간 매출은", L, R3, "change", "required", "안팎 → approx; the sentence's 13~15일"))
d.Q("1,240건", 1240, "건", "건", C,
    f=("대량 구매 건수", None, L, R3, "level", "optional", "open: 도 ties it to 13~15일, but corporate bulk orders may be over the whole sale period"))
d.Q("8%", 8, "%", "%", P, ctx="8% 증가", f=("대량 구매 건수", None, L, R3, "change", "optional", "open: as 1,240건"))
d.Q("11.8%", 11.8, "%", "%", P,
    f=("설 선물세트 매출", "설 선물세트 매출은 각각", "현대백화점", R, "change", "required", "각각: first; no date: the story's sale period carried for the same metric"))
d.Q("12.6%", 12.6, "%", "%", P, f=("설 선물세트 매출", "설 선물세트 매출은 각각", "신세계백화점", R, "change", "required", "각각: second"))
d.Q("8,900억 원", 890000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("백화점 부문 매출", None, "롯데쇼핑", "2026-Q1", "level", "required", "the parent's own segment forecast"))
d.Q("8,420억 원", 842000000000, W, "원", "currency",
    f=("백화점 부문 매출", None, "롯데쇼핑", "2025-Q1", "level", "required", "in brackets after its own date 지난해 1분기"))
d.Q("16조 2천억 원", 16200000000000, W, "원", "currency", f=("주요 유통업체 매출", None, "", "2025-12", "level", "required", "an industry statistic, the companies not named: no subject"))
d.Q("6.3%", 6.3, "%", "%", P, f=("주요 유통업체 매출", None, "", "2025-12", "change"))

if __name__ == "__main__":
    write_all(docs)
