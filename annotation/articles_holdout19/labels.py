"""Gold labels of articles-holdout19, written by reading the texts against the shared guidelines ANNOTATION.md and
FACTS.md only (not the project's docs/annotation.md or docs/facts.md).
Run: python annotation/articles_holdout19/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 car maker's monthly sales (Yonhap dateline, no year anywhere)
d = Doc("001_2ececfa3943d1ca3", "2025-12-01"); docs.append(d)
HK = "한결모터스"
d.Oall(HK, HK, special={0: ("required", "invented car maker; headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("르노코리아", "르노코리아", note="another maker, listed with 와")
d.O("KG모빌리티", "KG모빌리티", note="another maker")
N = "2025-11"
d.D("11월", N, "month", ctx="11월 판매", rel=True, note="month without a year: the latest November on or before 2025-12-01")
d.D("지난달", N, "month", ctx="는 지난달 국내외", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 달", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01",
    note="points back to the month named (같은 달): optional; one mention with 지난해")
d.D("1년 전", "2024", "year", ctx="1년 전보다 41%", rel=True, note="offset (N년 전 → that year), from the document date; a comparison's basis")
d.D("1~11월", "2025-01/2025-11", "month", rel=True, note="range of months without a year")
d.D("전년 동기", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01",
    note="points back to the day named (1일), like 당일: optional")
d.D("지난달", N, "month", ctx="는 지난달 각각", rel=True)
d.D("1년 전", "2024", "year", ctx="1년 전보다 각각", rel=True, note="offset, from the document date")
d.D("이달", "2025-12", "month", rel=True)
d.Q("2만4천대", 24000, "대", "대", C, f=("판매", "11월 판매", HK, N, "level", "required", "headline topic with a comma; 11월 in the headline"))
d.Q("18%", 18, "%", "%", P, ctx="18% 늘어",
    f=("수출", "수출 18%", HK, N, "change", "required", "headline after the ellipsis: the headline's company and month"))
d.Q("2만 4,315대", 24315, "대", "대", C,
    f=("완성차", None, HK, N, "level", "required", "the counted noun right before the count (완성차 N대); 판매했다 would serve only with no noun"))
d.Q("6.2%", 6.2, "%", "%", P,
    f=("완성차", None, HK, N, "change", "required",
       "규모 names no measure: the thing whose size it is, the figure before's (완성차); 지난해 같은 달 = basis; the month carried"))
d.Q("8,920대", 8920, "대", "대", C, f=("내수", None, HK, N, "level"))
d.Q("3.4%", 3.4, "%", "%", P, f=("내수", None, HK, N, "change"))
d.Q("1만 5,395대", 15395, "대", "대", C, f=("수출", "수출은 1만", HK, N, "level"))
d.Q("18.1%", 18.1, "%", "%", P, f=("수출", "수출은 1만", HK, N, "change"))
MD = ("a model (a product, no ORG) is the sentence's subject: FACTS gives a product's figure an empty subject; no noun names the "
      "count (팔리며, 뒤를 이었다 are plain verbs; 국내에서는 is a place): metric empty. Whether a model breakdown of the company's "
      "own sales keeps the company as subject, or 내수 as metric, is README open question 1")
d.Q("3,410대", 3410, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
d.Q("2,150대", 2150, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
d.Q("1,280대", 1280, "대", "대", C, f=("", None, "", N, "level", "optional", MD))
MX = ("수출은 … 각각: the topic measure noun names what is counted; the models (products, no ORG) are the clause's subject: "
      "empty subject (FACTS: a product's figure); README open question 1")
d.Q("7,820대", 7820, "대", "대", C, f=("수출", "수출은 루미엘", "", N, "level", "required", MX))
d.Q("5,640대", 5640, "대", "대", C, f=("수출", "수출은 루미엘", "", N, "level", "required", MX))
d.Q("3,960대", 3960, "대", "대", C,
    f=("전기차", "전기차는", HK, N, "level", "required", "a kind of car (전기차, no product name) counted: the company's figure, carried"))
d.Q("16.3%", 16.3, "%", "%", P,
    f=("전기차", "전기차는", HK, N, "level", "required",
       "a share (전체 판매의 …를 차지했다) measures the part it is the share of (전기차), not the whole; decided, README conventions"))
d.Q("15%", 15, "%", "%", P, bound="gt", note="넘은 → gt",
    f=("전기차 비중", None, HK, N, "level", "required", "a threshold passed this month (이번이 처음): a level with bound gt; the month carried"))
d.Q("4,870대", 4870, "대", "대", C, f=("유럽 수출 물량", None, HK, N, "level"))
d.Q("41%", 41, "%", "%", P, f=("유럽 수출 물량", None, HK, N, "change", "required", "1년 전보다 = basis"))
d.Q("25만 1,760대", 251760, "대", "대", C, f=("누적 판매", None, HK, "2025-01/2025-11", "level"))
d.Q("4.8%", 4.8, "%", "%", P, f=("누적 판매", None, HK, "2025-01/2025-11", "change"))
EA = "각각 splits the two makers named (르노코리아와 KG모빌리티); 팔았다 is a plain verb (no verbal noun): metric empty; 지난달 in the clause"
d.Q("1만 2,017대", 12017, "대", "대", C, f=("", None, "르노코리아", N, "level", "required", EA))
d.Q("9,845대", 9845, "대", "대", C, f=("", None, "KG모빌리티", N, "level", "required", EA))
E2 = "두 회사 = the two makers named before, split by 각각; 1년 전 = basis; the month carried"
d.Q("두 회사", 2, "회사", "회사", C, st="optional",
    note="a counted noun that is no counter (회사), standing for the two makers named: optional")
d.Q("21.5%", 21.5, "%", "%", P, f=("판매", "회사의 판매는", "르노코리아", N, "change", "required", E2))
d.Q("7.9%", 7.9, "%", "%", P, f=("판매", "회사의 판매는", "KG모빌리티", N, "change", "required", E2))
d.Q("2만 대", 20000, "대", "대", C, bound="min", note="이상 → min; 월 is a rate word with no number",
    f=("판매", "대 이상 판매", HK, "2025-12", "level", "required",
       "an outlook in the quote of the company's spokesperson (한결모터스 관계자): the company's; 이달 in the clause"))

# ---------------------------------------------------------------- 002 non-life insurer's annual results (입력 stamp + outlet byline)
d = Doc("002_79a43c67806a7f64", "2026-02-12"); docs.append(d)
DH = "동해손해보험"
d.O("동해손보", DH, note="short form (손보) of the full name in the lead; headline topic with a comma")
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O(DH, DH)
d.O("동해손해사정", "동해손해사정", note="invented subsidiary introduced by 자회사")
d.O("동해비나보험", "동해비나보험", note="invented overseas subsidiary introduced by 베트남 법인 (베트남 outside: a place)")
d.O("삼성화재", "삼성화재", note="a peer, genitive owner of its figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="동해손보, 지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("16:40", "2026-02-12T16:40", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="은 지난해 연결", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("연말", Y, "year", mod="END", rel=True, note="연말 기준 (as of): never resolved into the future; the year-end before the document date")
d.D("같은 날", "2026-02-12", "day", rel=True, st="optional", anchor="2026-02-12", note="points back to the day named (12일): optional")
d.Q("4,820억", 482000000000, W, "", "currency", ctx="4,820억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "지난해 순이익", DH, Y, "level"))
d.Q("4,820억 원", 482000000000, W, "원", "currency", f=("당기순이익", None, DH, Y, "level", "required", "연결 기준 outside the metric (basis)"))
d.Q("12.7%", 12.7, "%", "%", P, f=("당기순이익", None, DH, Y, "change", "required", "전년 대비 = basis"))
d.Q("3,950억 원", 395000000000, W, "원", "currency", f=("보험영업이익", None, DH, Y, "level"))
d.Q("2,610억 원", 261000000000, W, "원", "currency", f=("투자영업이익", None, DH, Y, "level"))
d.Q("13조 2,400억 원", 13240000000000, W, "원", "currency", f=("원수보험료", None, DH, Y, "level"))
d.Q("5.1%", 5.1, "%", "%", P, f=("원수보험료", None, DH, Y, "change"))
BR = ("breakdown by line (종목별로는): a line of insurance is no ORG, the company carried; the items are the premiums "
      "of the figure before (원수보험료); decided, README conventions")
d.Q("8조 9,300억 원", 8930000000000, W, "원", "currency", f=("원수보험료", None, DH, Y, "level", "required", BR))
d.Q("67.4%", 67.4, "%", "%", P,
    f=("장기보험", "장기보험이 8조", DH, Y, "level", "required", "a share (전체의 …를 차지했고) measures the part it is the share of (장기보험)"))
d.Q("2조 8,700억 원", 2870000000000, W, "원", "currency", f=("원수보험료", None, DH, Y, "level", "required", BR))
d.Q("1조 4,400억 원", 1440000000000, W, "원", "currency", f=("원수보험료", None, DH, Y, "level", "required", BR))
d.Q("84.2%", 84.2, "%", "%", P, f=("자동차보험 손해율", None, DH, Y, "level"))
d.Q("3.6%포인트", 3.6, PP, "%포인트", P, f=("자동차보험 손해율", None, DH, Y, "change", "required", "전년보다 = basis; 올랐다"))
d.Q("9조 3,000억 원", 9300000000000, W, "원", "currency",
    f=("보험계약서비스마진(CSM) 잔액", None, DH, Y, "level", "required", "연말 기준 (2025, END); the bracketed alias is inside the noun phrase"))
d.Q("1조 1,900억 원", 1190000000000, W, "원", "currency",
    f=("신계약", None, DH, Y, "level", "optional",
       "이 중 신계약에서 … 새로 쌓였다: the new-business CSM of the year (a level; metric 신계약 or the balance's noun?) "
       "or the balance's increase (a change)? README open question 3"))
d.Q("198%", 198, "%", "%", P, f=("지급여력비율", None, DH, Y, "level", "required", "the as-of 연말 of the sentence before carried"))
SUB = "a subsidiary named as its own topic: its figure; the story's period (지난해) carried"
d.Q("620억 원", 62000000000, W, "원", "currency", f=("매출", "매출 620억", "동해손해사정", Y, "level", "required", SUB))
d.Q("41억 원", 4100000000, W, "원", "currency", f=("순이익", "순이익 41억", "동해손해사정", Y, "level", "required", SUB))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("순이익", "순이익 85억", "동해비나보험", Y, "level", "required", SUB))
d.Q("1주", 1, "주", "주", C, st="optional", note="the dummy 1 of a rate denominator (1주당, 당 outside): optional")
d.Q("2,300원", 2300, W, "원", "currency",
    f=("현금배당", None, DH, Y, "level", "required", "회사는 = the story's company; a dividend on the year's results: the story's period"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", approx=True, note="약 → approx", f=("배당 총액", None, DH, Y, "level"))
d.Q("2조 1,300억 원", 2130000000000, W, "원", "currency",
    f=("순이익", "삼성화재의 순이익", "삼성화재", Y, "level", "required", "genitive owner; 같은 날 dates the report only: the story's 지난해"))
d.Q("3.1%", 3.1, "%", "%", P, f=("순이익", "삼성화재의 순이익", "삼성화재", Y, "change"))

# ---------------------------------------------------------------- 003 university hospital's donations and research funds (regional daily, byline at the end, no year anywhere)
d = Doc("003_a760715efec69959", "2025-12-29"); docs.append(d)
HB = "한빛대학교병원"
d.Oall("한빛대병원", HB, special={0: ("required", "short form (대병원) of the full name in the lead; headline topic"),
                                 1: ("required", "short form, as a modifier of a person noun (교수 출신): still a mention of the hospital")})
d.O(HB, HB, note="invented university hospital")
d.O("대명정밀", "대명정밀", note="invented firm introduced by 중견기업")
d.O("성우의료재단", "성우의료재단", note="invented foundation (재단)")
d.O("한빛의대총동창회", "한빛의대총동창회", note="alumni association introduced by 동문 모임인: an organization")
d.O("보건복지부", "보건복지부", note="government body, funder in a relative clause")
d.O("한국보건산업진흥원", "한국보건산업진흥원", note="public agency, funder")
d.O("대경일보", "대경일보", note="invented regional daily in the byline at the end")
Y = "2025"
d.D("올해", Y, "year", ctx="은 올해 발전기금", rel=True)
d.D("지난해", "2024", "year", rel=True, note="before a bracketed figure compared with: dates that figure")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", ctx="이 올해 따낸", rel=True)
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("내년 말", "2026", "year", mod="END", rel=True, note="내년 말까지 (까지 outside); a plan")
d.Q("152억", 15200000000, W, "", "currency", ctx="152억 모금", st="optional", note="headline amount, currency implied",
    f=("발전기금", "병원 발전기금", HB, Y, "level"))
d.Q("152억 원", 15200000000, W, "원", "currency", f=("발전기금 모금액", None, HB, Y, "level"))
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("발전기금 모금액", None, HB, "2024", "level", "required", "a figure in brackets right after 지난해: last year's amount, compared with"))
d.Q("28.8%", 28.8, "%", "%", P, f=("발전기금 모금액", None, HB, Y, "change", "required", "지난해(…)보다 = basis"))
d.Q("4,120명", 4120, "명", "명", C, f=("기부자", None, HB, Y, "level", "required", "the hospital's donors: the story's organization and year carried"))
d.Q("1억 원", 100000000, W, "원", "currency", ctx="1억 원 이상", bound="min", note="이상 → min",
    f=("", None, "", "", "level", "optional",
       "a definitional threshold (1억 원 이상을 낸 고액 기부자): like FACTS' definitional ranges, part of the metric and no fact; "
       "the framework requires a row for a required quantity, so it is optional"))
d.Q("23명", 23, "명", "명", C, f=("고액 기부자", None, HB, Y, "level"))
DN = ("donor categories (기업·단체, 개인: no ORG, not named) with a plain verb (냈다): subject empty (the donors, unnamed) or the "
      "hospital (a breakdown of its fund)? metric empty or the fund's 발전기금 모금액? README open question 2")
d.Q("96억 원", 9600000000, W, "원", "currency", f=("", None, "", Y, "level", "optional", DN))
d.Q("56억 원", 5600000000, W, "원", "currency", f=("", None, "", Y, "level", "optional", DN))
GV = "the donor that gave is the subject (FACTS: the foundations that donated); the story's year carried"
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("암센터 증축", None, "대명정밀", Y, "level", "required", "the purpose marked by 에 names what the gift is for (내놨고 a plain verb); " + GV))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("소아 환자 치료비", None, "성우의료재단", Y, "level", "required", "N원을 X로 기탁 → X; " + GV))
d.Q("5억 원", 500000000, W, "원", "currency", ctx="도 5억 원",
    f=("", None, "한빛의대총동창회", Y, "level", "required", "모았다 is a plain verb: metric empty; " + GV))
d.Q("486억 원", 48600000000, W, "원", "currency",
    f=("외부 연구비", None, HB, Y, "level", "required",
       "의료진 (the hospital's staff, no ORG, no named person) won it: the story's organization; 올해 in the clause"))
d.Q("612건", 612, "건", "건", C, f=("과제 수", None, HB, Y, "level"))
RF = ("a part of the research funds (이 중): the hospital's; the funders named in a relative clause (보건복지부와 … 등이 지원한) "
      "or the clients (제약사 등) are counterparties, not subjects")
d.Q("341억 원", 34100000000, W, "원", "currency", f=("국가 과제", None, HB, Y, "level", "required", RF))
d.Q("70%", 70, "%", "%", P,
    f=("국가 과제", None, HB, Y, "level", "required", "a share (…를 차지했고) measures the part it is the share of; " + RF))
d.Q("145억 원", 14500000000, W, "원", "currency", f=("위탁 연구", None, HB, Y, "level", "required", RF))
d.Q("48억 원", 4800000000, W, "원", "currency",
    f=("연구 지원", None, HB, Y, "level", "required", "a part of the fund spent (쓰였다) on the purpose marked by 에: that purpose; the year carried"))
d.Q("35명", 35, "명", "명", C, f=("신진 연구자", None, HB, Y, "level", "required", "병원은 = the story's hospital"))
d.Q("5천만 원", 50000000, W, "원", "currency", f=("연구비", "원씩 연구비", HB, Y, "level", "required", "씩 (each) outside"))
d.Q("2대", 2, "대", "대", C, f=("첨단 영상 장비", None, HB, "2025-09", "level", "required", "지난 9월에는 in the clause"))
d.Q("200억 원", 20000000000, W, "원", "currency",
    f=("", None, HB, "2026", "level", "required",
       "a plan in the hospital head's quote (병원장): the quoted clause names no subject of its own, the hospital carried; "
       "더 모아: an amount still to raise (a level; 모아 a plain verb, no noun); 내년 말까지 in the clause"))
FL = ("floors of a planned building (지하 2층, 지상 9층 규모의 임상연구동): X 규모의 Y → Y; a property of a building with no "
      "date of its own, or the plan's 내년 말? README open question 2")
d.Q("2층", 2, "층", "층", C, note="floors below ground: a count of floors (the building's size), not a floor number",
    f=("임상연구동", None, HB, "", "level", "optional", FL))
d.Q("9층", 9, "층", "층", C, note="floors above ground: a count", f=("임상연구동", None, HB, "", "level", "optional", FL))

# ---------------------------------------------------------------- 004 province's year-end investment recap (뉴시스 dateline)
d = Doc("004_21a2bdfd6b50e947", "2025-12-22"); docs.append(d)
GN = "경상남도"
d.O("경남도", GN, note="a province acting as a government; short form of the full name in the lead; headline topic")
d.O("뉴시스", "뉴시스", note="news agency in the dateline (창원 is a place)")
d.O(GN, GN, note="a province acting as a government (투자를 유치했다)")
d.O("도", GN, ctx="도가 연간", st="optional", note="the unnamed institution noun (도 = the province named before): optional like 정부/시의회")
d.O("한화에어로스페이스", "한화에어로스페이스")
d.O("대아에어텍", "대아에어텍", note="invented maker introduced by 항공부품 업체 (사천의 outside)")
d.O("세림머티리얼즈", "세림머티리얼즈", note="invented maker introduced by 소재 기업")
d.O("지멘스에너지", "지멘스에너지", note="독일 (a country) outside the span")
d.O("경남", GN, ctx="경남지사", st="optional",
    note="the province's name as the modifier inside a person's title (경남지사): optional, like a name inside a longer non-organization name")
Y = "2025"
d.D("올해", Y, "year", rel=True, note="headline")
d.D("2025년", Y, "year", note="2025년 한 해 동안: the year; 한 해 is left to an optional duration (README open question 4)")
d.D("22일", "2025-12-22", "day", rel=True, note="day of the report (밝혔다)")
d.D("2014년", "2014", "year", note="2014년 이후 (since): a point, the start of the count")
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis (지난해보다), still a DATE")
d.D("내년", "2026", "year", rel=True)
d.Q("12조 4천억", 12400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("투자유치", "올해 투자유치", GN, Y, "level"))
d.Q("8,900개", 8900, "개", "개", C,
    f=("일자리", None, GN, Y, "level", "optional",
       "a headline figure after the ellipsis: the headline's province, or the companies that promised the jobs (unnamed: empty) as in the body? "
       "README open question 5"))
d.Q("한 해", 1, "year", "해", "duration", st="optional",
    note="2025년 한 해 동안: a duration (동안) or, like 올 한해, part of one DATE with 2025년? README open question 4")
d.Q("68곳", 68, "곳", "곳", C,
    f=("국내외 기업", None, GN, Y, "level", "required", "the counted noun before the count; the province that signed (과 투자협약을 맺어) counts them"))
d.Q("12조 4,300억 원", 12430000000000, W, "원", "currency",
    f=("투자", "원의 투자를", GN, Y, "level", "required", "모두 (in all) outside; 2025년 in the sentence"))
d.Q("10조 원", 10000000000000, W, "원", "currency", f=("목표", None, GN, Y, "level", "required", "당초 (at first) is no DATE; the year of the sentence"))
d.Q("24%", 24, "%", "%", P,
    f=("투자", "원의 투자를", GN, Y, "change", "required", "a difference from the target (10조 원을 24% 웃돈): a change of the sentence's 투자 over its basis"))
d.Q("8,900여 명", 8900, "명", "명", C, approx=True, note="여 inside the span: approx",
    f=("신규 고용", None, "", Y, "level", "required",
       "the companies that promised it (이들 기업이 약속한: the 68, not named) own it: FACTS gives several organizations taken together an empty subject"))
BR = ("breakdown by sector (분야별로는): a sector is no ORG; the items are amounts of the investment attracted (투자, the lead's "
      "measure: the figure right before, 신규 고용, is a headcount); the province and the year carried")
d.Q("4조 1,200억 원", 4120000000000, W, "원", "currency", f=("투자", "원의 투자를", GN, Y, "level", "required", BR))
d.Q("2조 8,600억 원", 2860000000000, W, "원", "currency", f=("투자", "원의 투자를", GN, Y, "level", "required", BR))
d.Q("2조 3,500억 원", 2350000000000, W, "원", "currency", f=("투자", "원의 투자를", GN, Y, "level", "required", BR))
CO = "the investing company, topic of its clause; the investments are the year's agreements: the story's 2025 carried (no date of its own)"
d.Q("1조 5,000억 원", 1500000000000, W, "원", "currency",
    f=("엔진 부품 공장", None, "한화에어로스페이스", Y, "level", "required", "N원을 들여 X를 짓고 → what is built (X); the park (에) is a place; " + CO))
d.Q("2,700억 원", 270000000000, W, "원", "currency", f=("투자", "원을 투자해", "대아에어텍", Y, "level", "required", "투자해: the verbal noun; " + CO))
d.Q("320명", 320, "명", "명", C, f=("", None, "대아에어텍", Y, "level", "required", "뽑는다 is a plain verb: metric empty; " + CO))
d.Q("9,800억 원", 980000000000, W, "원", "currency", f=("투자액", None, "세림머티리얼즈", Y, "level", "required", "genitive owner; " + CO))
d.Q("8억 5,000만 달러", 850000000, U, "달러", "currency",
    f=("외국인 투자", None, GN, Y, "level", "required", "the foreign investment the province attracted; the year carried"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency", approx=True, eq=("8억 5,000만 달러",), note="conversion in brackets, 약 → approx",
    f=("외국인 투자", None, GN, Y, "level", "required", "conversion: as the amount it converts"))
d.Q("두 배", 2, "배", "배", C, approx=True, note="가까이 (nearly) after the amount: read as an approximator (approx); bound left empty",
    f=("외국인 투자", None, GN, Y, "change", "required", "지난해보다 … 늘었다: a change (a multiple); 지난해 = basis"))
d.Q("3억 달러", 300000000, U, "달러", "currency",
    f=("가스터빈 정비 거점", None, "지멘스에너지", Y, "level", "required", "X 규모의 Y → Y; " + CO))
AG = "a part of the agreement companies (협약 기업 가운데): the counted noun of the whole; the province's partners, the year carried"
d.Q("41곳", 41, "곳", "곳", C, f=("협약 기업", None, GN, Y, "level", "required", AG))
d.Q("27곳", 27, "곳", "곳", C, f=("협약 기업", None, GN, Y, "level", "required", AG))
d.Q("15조 원", 15000000000000, W, "원", "currency",
    f=("투자유치", "투자유치 15조", GN, "2026", "level", "required",
       "a target in the governor's quote (경남지사: the province's head): the quoted clause names no subject, the province carried; 내년에는 in the clause"))

# ---------------------------------------------------------------- 005 cosmetics road-shop brand's turnaround (입력 stamp + outlet byline)
d = Doc("005_8bed85a9262f31ca", "2026-03-18"); docs.append(d)
RB = "라온뷰티"
d.Oall(RB, RB, skip=(3,), special={0: ("required", "invented brand named as a company (it reports its results); headline topic with a comma")})
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.O("쿠팡", "쿠팡", note="an online channel (platform business) listed with 과")
d.O("무신사", "무신사", note="an online channel (platform business)")
d.O("CJ올리브영", "CJ올리브영", st="optional",
    note="the company's name as the modifier of its online mall (CJ올리브영 온라인몰, a channel): optional, like a name inside a longer non-organization name")
d.O("라온뷰티재팬", "라온뷰티재팬", note="invented subsidiary introduced by 일본 법인 (not a mention of 라온뷰티: its own name)")
d.O("에이블씨엔씨", "에이블씨엔씨", note="a peer listed with 와")
d.O("토니모리", "토니모리", note="a peer")
Y = "2025"
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("09:12", "2026-03-18T09:12", "day", st="optional", note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="는 지난해 영업이익", rel=True)
d.D("18일", "2026-03-18", "day", rel=True, note="day of the report (밝혔다)")
d.D("2024년", "2024", "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back (전년 before a bracketed figure)")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("2016년 말", "2016", "year", mod="END", note="before a bracketed figure: dates that figure")
d.D("2년 전", "2024", "year", rel=True,
    note="offset (N년 전 → that year), resolved from the document date as ANNOTATION.md says; a reader may take it from the story's year (2023): README open question 6")
d.D("지난해", Y, "year", ctx="가 지난해 각각", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("3년", 3, "year", "년", "duration", ctx="티, 3년", note="3년 만에: a duration (만에 outside), no fact")
d.Q("3년", 3, "year", "년", "duration", ctx="가 3년 만에", note="a duration, no fact")
d.Q("87억 원", 8700000000, W, "원", "currency", f=("영업이익", "지난해 영업이익", RB, Y, "level"))
d.Q("126억 원", 12600000000, W, "원", "currency", f=("영업손실", None, RB, "2024", "level", "required", "2024년에는 in the sentence; the company carried"))
LP = ("the period: the last DATE named before it is 2024년 (a side remark on the year before), but the sentence compares "
      "with 전년 and the paragraph reports 지난해: the story's 2025; README open question 6")
d.Q("2,340억 원", 234000000000, W, "원", "currency", f=("매출", "매출은 2,340억", RB, Y, "level", "required", LP))
d.Q("4.5%", 4.5, "%", "%", P, f=("매출", "매출은 2,340억", RB, Y, "change", "required", LP))
d.Q("52억 원", 5200000000, W, "원", "currency", f=("당기순이익", None, RB, Y, "level", "required", LP))
d.Q("-210억 원", -21000000000, W, "원", "currency", note="the sign written right before the number is in the span; the value keeps it",
    f=("당기순이익", None, RB, "2024", "level", "required", "a figure in brackets right after 전년: that year's (2024), a net loss as a negative level"))
d.Q("262억 원", 26200000000, W, "원", "currency", f=("당기순이익", None, RB, Y, "change", "required", "개선됐다: a difference from the year before"))
d.Q("312개", 312, "개", "개", C,
    f=("매장", "매장은 지난해", RB, Y, "level", "required", "지난해 말 in the clause (2025, END); 가맹점과 직영점을 합친 is a sum frame"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): an amount of time, a duration, no fact")
d.Q("148개", 148, "개", "개", C, f=("매장", "매장은 지난해", RB, Y, "change"))
d.Q("1,020개", 1020, "개", "개", C,
    f=("매장", "매장은 지난해", RB, "2016", "level", "required", "a figure in brackets right after a date: that date's (2016년 말); the metric carried"))
d.Q("41%", 41, "%", "%", P, f=("온라인 매출 비중", None, RB, Y, "level", "required", "the story's 지난해 carried"))
d.Q("19%", 19, "%", "%", P,
    f=("온라인 매출 비중", None, RB, "2024", "level", "optional",
       "a figure in brackets right after 2년 전: that DATE's value from the document date (2024), or two years before the story's year (2023)? README open question 6"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘었다 → gt",
    f=("온라인 매출 비중", None, RB, Y, "change", "required", "a multiple of the earlier level (…의 두 배를 넘었다): a change; 2년 전 = basis"))
d.Q("180만 명", 1800000, "명", "명", C, bound="gt", note="돌파했다 → gt",
    f=("자사몰 회원 수", None, RB, Y, "level", "required", "no date of its own: the story's year carried"))
d.Q("33억 엔", 3300000000, "JPY", "엔", "currency",
    f=("매출", "매출 33억", "라온뷰티재팬", Y, "level", "required", "the subsidiary is its clause's topic; the story's year carried"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True, eq=("33억 엔",), note="conversion in brackets, 약 → approx",
    f=("매출", "매출 33억", "라온뷰티재팬", Y, "level", "required", "conversion: as the amount it converts"))
PE = "각각 splits the two peers named (에이블씨엔씨와 토니모리); 지난해 in the clause"
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "각각 영업이익", "에이블씨엔씨", Y, "level", "required", PE))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("영업이익", "각각 영업이익", "토니모리", Y, "level", "required", PE))
QT = "a target in the CEO's quote (라온뷰티 대표): the quoted clause names no subject, the company carried; 올해 in the clause"
d.Q("2,600억 원", 260000000000, W, "원", "currency", f=("매출", "올해 매출", RB, "2026", "level", "required", QT))
d.Q("6%", 6, "%", "%", P, f=("영업이익률", None, RB, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 006 Chinese EV maker's deliveries (translated style, Chinese outlet's Korean edition)
d = Doc("006_9db9f21288cd8e26", "2026-01-05"); docs.append(d)
JW = "지웨이자동차"
d.Oall(JW, JW, skip=(1,), special={0: ("required", "invented Chinese maker; headline topic after 中 (China, a country: not ORG)")})
d.O(JW, JW, ctx="지웨이자동차(智维", aliases="智维汽车", note="the parenthesized Chinese name right after it is an alias, outside the span")
d.O("인민망", "인민망", note="the outlet in the bracketed dateline; 한국어판 (its Korean edition) is a descriptor, left outside")
d.O("지웨이모빌리티코리아", "지웨이모빌리티코리아", note="invented Korean subsidiary introduced by 한국 법인")
d.O("비야디", "비야디", aliases="BYD", note="(BYD) right after it: alias")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("1월 5일", "2026-01-05", "day", rel=True, st="optional", note="publication date in the bracketed dateline: a stamp, optional")
d.D("2일", "2026-01-02", "day", rel=True, note="day of the announcement (발표한): not a period")
d.D("2025년", Y, "year", note="2025년 한 해 동안: the year; 한 해 left to an optional duration (README open question 4)")
d.D("전년", "2024", "year", ctx="전년 대비 62%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("연초", Y, "year", mod="START", rel=True, st="optional", anchor="2025-01-01",
    note="연초에 제시한 목표: the start of the year the text is about (2025), not of the document's year: points back, optional")
d.D("12월", "2025-12", "month", rel=True, note="month without a year: the latest December on or before 2026-01-05")
d.D("지난해 7월", "2025-07", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="지난해 before a range of quarters: one mention, like 지난해 before a month")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; a plan (예정)")
d.D("올해", "2026", "year", ctx="\"올해 인도량", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01",
    note="points back to a period named before (the article's 2025, though the sentence before it is about 올해): optional")
d.Q("48만 대", 480000, "대", "대", C, f=("인도", "대 인도…", JW, Y, "level", "required", "headline topic with a comma; 작년 before the figure; 인도 the verbal noun after it"))
d.Q("30%", 30, "%", "%", P, ctx="30%로",
    f=("해외 비중", "\"해외 비중 30%로", JW, "2026", "level", "optional",
       "a target quoted in the headline: its year is the body's quote's 올해 (2026), while the headline's only DATE, 작년, comes before it; unclear"))
d.Q("한 해", 1, "year", "해", "duration", ctx="2025년 한 해", st="optional",
    note="2025년 한 해 동안: a duration (동안) or part of one DATE? README open question 4")
d.Q("48만 6,200대", 486200, "대", "대", C, f=("인도량", "의 인도량은", JW, Y, "level", "required", "genitive owner; 2025년 in the sentence"))
d.Q("62%", 62, "%", "%", P, f=("인도량", "의 인도량은", JW, Y, "change", "required", "전년 대비 = basis"))
d.Q("45만 대", 450000, "대", "대", C,
    f=("목표", None, JW, Y, "level", "required", "이는 = the figure before (the company's deliveries); the target for the year the sentence is about (연초 of 2025)"))
d.Q("한 달", 1, "month", "달", "duration", st="optional", note="12월 한 달 인도량: a month as a rate-like word after the month named: optional")
d.Q("6만 1,380대", 61380, "대", "대", C, f=("인도량", "한 달 인도량", JW, "2025-12", "level", "required", "12월 in the sentence; the company carried"))
d.Q("72%", 72, "%", "%", P,
    f=("순수전기차", None, JW, "2025-12", "level", "required", "a share of a part (이 가운데 …가 …를 차지했다): measures the part; December carried"))
d.Q("7만 2,400대", 72400, "대", "대", C,
    f=("해외 인도량", None, JW, Y, "level", "required",
       "a new paragraph after December's figures; the figure exceeds December's whole total and is 14.9% of the year's 48만 6,200대: the story's 2025, not 12월 carried"))
d.Q("14.9%", 14.9, "%", "%", P,
    f=("해외 인도량", None, JW, Y, "level", "required", "a share (전체의 …를 차지했다) measures the part, the topic (해외 인도량); as the figure before"))
d.Q("15만 대", 150000, "대", "대", C,
    f=("생산능력", None, JW, "2025-07", "level", "optional",
       "a plant (태국 라용 공장, no ORG) owned by the company; the capacity reached since 지난해 7월 (가동에 들어가): is 7월 its period, or has a present capacity none? 연간 is a rate word"))
FN = "the company (회사가 앞서 공개한 바에 따르면: its own disclosure); 지난해 1~3분기 in the sentence"
d.Q("1,032억 위안", 103200000000, "CNY", "위안", "currency", f=("매출", "분기 매출은", JW, "2025-Q1/2025-Q3", "level", "required", FN))
d.Q("20조 6,400억 원", 20640000000000, W, "원", "currency", approx=True, eq=("1,032억 위안",), note="conversion in brackets, 약 → approx",
    f=("매출", "분기 매출은", JW, "2025-Q1/2025-Q3", "level", "required", "conversion: as the amount it converts"))
d.Q("48%", 48, "%", "%", P, f=("매출", "분기 매출은", JW, "2025-Q1/2025-Q3", "change", "required", "전년 동기 대비 = basis"))
d.Q("21억 위안", 2100000000, "CNY", "위안", "currency", f=("순이익", None, JW, "2025-Q1/2025-Q3", "level", "required", FN))
d.Q("4,200억 원", 420000000000, W, "원", "currency", approx=True, eq=("21억 위안",), note="conversion in brackets, 약 → approx",
    f=("순이익", None, JW, "2025-Q1/2025-Q3", "level", "required", "conversion: as the amount it converts"))
HU = ("an investment in a plant being built (짓고 있으며), no date of its own; the last period named for the company is 지난해 "
      "1~3분기 (the results): carried, or empty as a present/ongoing figure? unclear")
d.Q("30억 유로", 3000000000, "EUR", "유로", "currency", f=("투자", "를 투자해", JW, "", "level", "optional", HU))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", approx=True, eq=("30억 유로",), note="conversion in brackets, 약 → approx",
    f=("투자", "를 투자해", JW, "", "level", "optional", "conversion: as the amount it converts; " + HU))
QT = "a target in the quote of the company's president (지웨이자동차 총재): the quoted clause names no subject, the company carried; 올해 in the clause"
d.Q("65만 대", 650000, "대", "대", C, f=("인도량", "올해 인도량", JW, "2026", "level", "required", QT))
d.Q("30%", 30, "%", "%", P, ctx="30%를", f=("해외 비중", "해외 비중 30%를", JW, "2026", "level", "required", QT))
d.Q("460만 대", 4600000, "대", "대", C,
    f=("판매량", None, "비야디", Y, "level", "optional",
       "genitive owner; 같은 기간 (optional DATE) points back: to 2025 (the deliveries compared with, 였다 past) or to the 올해 of the quote right before it? unclear"))

if __name__ == "__main__":
    write_all(docs)
