"""Gold labels of articles-holdout96, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout96/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 tire maker: Q4 replacement-tire sales by region (연합뉴스 dateline)
d = Doc("001_3d3cf323997defa4", "2026-02-05"); docs.append(d)
S = "동해타이어"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")}, skip=(3,))
d.O("동해타이어유럽", "동해타이어유럽", aliases="DTE", note="invented subsidiary (자회사); (DTE) alias outside the span; 동해타이어 inside it is not a separate mention")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("금호타이어", "금호타이어", note="rival")
d.O("넥센타이어", "넥센타이어", note="rival")
d.Oall("라인휠", "라인휠", special={0: ("required", "customer; 독일 (place) and 유통업체 (generic) outside")})
d.O("대한타이어산업협회", "대한타이어산업협회", note="industry association cited as source")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 교체용 타이어 판매 11%", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("지난해", "2025", "year", ctx="동해타이어의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 6.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년(10.9%)", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("올해", "2026", "year", ctx="라인휠은 올해", rel=True)
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해 교체용 판매를", rel=True)
HM = ("교체용 타이어 판매", "4분기 교체용 타이어 판매 11%")
d.Q("11%", 11, "%", "%", P, f=(HM[0], HM[1], S, Q4, "change", "required", "headline: ↑ = increase; the headline's own 4분기"))
d.Q("1천만 개", 10000000, "개", "개", C, ctx="연 1천만 개 돌파", bound="gt",
    f=(HM[0], HM[1], S, "2025", "level", "optional", "an annual (연) threshold in a headline whose only date is 4분기; the year is named by no DATE (open question 1)"))
d.Q("1,240만 개", 12400000, "개", "개", C, f=("교체용 타이어 판매량", None, S, Q4, "level", "required", "교체용 changes what is measured: in the metric"))
d.Q("11.3%", 11.3, "%", "%", P, f=("교체용 타이어 판매량", None, S, Q4, "change", "required", "전년 동기보다 = basis; the period is the current one"))
for q in ("480만 개", "410만 개", "190만 개"):
    d.Q(q, int(q.split("만")[0]) * 10000, "개", "개", C,
        f=("교체용 타이어 판매량", None, S, Q4, "level", "required", "breakdown item (지역별로는): the breakdown's measure; a region is no subject"))
d.Q("1,020만 개", 10200000, "개", "개", C,
    f=("유럽 판매", None, S, "2025", "level", "optional", "연간으로 in a Q4 story: the year 2025 is named by no DATE; carry-forward would give 2025-Q4 (open question 1)"))
d.Q("1천만 개", 10000000, "개", "개", C, ctx="처음 1천만 개를", bound="gt",
    f=("유럽 판매", None, S, "2025", "level", "optional", "threshold passed by the annual figure (open question 1)"))
d.Q("890만 개", 8900000, "개", "개", C, f=("교체용 판매량", None, "금호타이어", Q4, "level", "required", "각각: first of the pair; 같은 기간 → 4분기"))
d.Q("670만 개", 6700000, "개", "개", C, f=("교체용 판매량", None, "넥센타이어", Q4, "level", "required", "각각: second of the pair"))
d.Q("4조 2,860억 원", 4286000000000, W, "원", "currency", f=("매출", None, S, "2025", "level"))
d.Q("5,310억 원", 531000000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level"))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", None, S, "2025", "change", "required", "각각 전년 대비: first → 매출"))
d.Q("21.4%", 21.4, "%", "%", P, f=("영업이익", "영업이익은 5,310억", S, "2025", "change", "required", "각각: second → 영업이익"))
d.Q("12.4%", 12.4, "%", "%", P, f=("영업이익률", None, S, "2025", "level", "required", "subject and 지난해 carried from the previous sentence"))
d.Q("10.9%", 10.9, "%", "%", P, f=("영업이익률", None, S, "2024", "level", "required", "basis figure in brackets after 전년: that year's value (convention 4)"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P, f=("영업이익률", None, S, "2025", "change"))
d.Q("120만 개", 1200000, "개", "개", C,
    f=("겨울용 타이어", None, "동해타이어유럽", "2026-H1", "level", "required", "counted noun; the subsidiary won the order (수주했다); the customer (로부터) is no subject"))
d.Q("300만 개", 3000000, "개", "개", C, approx=True, f=("구매 물량", None, "라인휠", "2026", "level", "required", "the customer's own plan: its figure; 안팎 → approx"))
d.Q("38억 달러", 3800000000, U, "달러", "currency", approx=True,
    f=("국내 타이어 수출액", None, "", "2025", "level", "required", "national figure; the association is only the cited source"))
d.Q("4.2%", 4.2, "%", "%", P, f=("국내 타이어 수출액", None, "", "2025", "change"))
d.Q("70%", 70, "%", "%", P, approx=True, f=("교체용 비중", None, "", "2025", "level", "required", "이 중 = of the national exports; 가량 → approx"))
d.Q("5천만 개", 50000000, "개", "개", C, bound="min", f=("교체용 판매", None, S, "2026", "level", "required", "CEO's target; 이상 → min"))
d.Q("40%", 40, "%", "%", P, ctx="40% 가까이", approx=True, f=("유럽 비중", None, S, "2026", "level", "required", "가까이 → approx (convention 8)"))

# ---------------------------------------------------------------- 002 real-estate trust: new orders (뉴스1 dateline, no year anywhere)
d = Doc("002_cad764b26ceeac11", "2026-01-08"); docs.append(d)
S = "새솔자산신탁"
d.Oall("새솔신탁", S, special={0: ("required", "headline: the short name of 새솔자산신탁, defined in full in the lead"),
                              1: ("optional", "short name defined with 이하: optional where it is defined"),
                              5: ("required", "organization before a head's title (대표)")})
d.O("새솔자산신탁", S, aliases="새솔신탁", note="invented trust company; (이하 새솔신탁) recorded as alias")
d.Oall("새솔금융지주", "새솔금융지주", special={0: ("required", "invented parent (의 … 자회사)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; a name with a digit")
d.O("한국토지신탁", "한국토지신탁", note="rival (1위)")
d.O("한국자산신탁", "한국자산신탁", note="rival (2위)")
d.O("동래3구역 재개발정비사업조합", "동래3구역 재개발정비사업조합", note="invented customer; 부산 (place) outside; the digit is part of the name")
d.O("금융투자협회", "금융투자협회", note="association cited as source")
d.D("지난해", "2025", "year", ctx="지난해 신규 수주 2,150억", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 신규 수주액이", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 38%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("8일", "2026-01-08", "day", rel=True, note="day of the announcement")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date (the story's 지난해)")
d.D("지난달", "2025-12", "month", ctx="지난달 신탁사", rel=True)
d.D("지난해 1~9월", "2025-01/2025-09", "month", rel=True, note="지난해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 1~9월")
d.D("지난달", "2025-12", "month", ctx="지난달 새솔신탁에", rel=True)
d.D("올해", "2026", "year", ctx="올해 신규 수주 3천억", rel=True)
d.D("올해 말", "2026", "year", mod="END", rel=True, note="future clause (…까지 늘리겠다): this year's end")
d.Q("2,150억", 215000000000, W, "", "currency", ctx="2,150억…", st="optional", note="headline amount, currency implied")
d.Q("3위", 3, "위", "위", "ordinal", ctx="…업계 3위로", note="rank (headline)")
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("신규 수주액", None, S, "2025", "level"))
d.Q("38%", 38, "%", "%", P, f=("신규 수주액", None, S, "2025", "change"))
BR = "breakdown item (사업별로는): the breakdown's measure (convention 3)"
d.Q("1,260억 원", 126000000000, W, "원", "currency", f=("신규 수주액", "지난해 신규 수주액이", S, "2025", "level", "required", BR))
d.Q("58.6%", 58.6, "%", "%", P, f=("신규 수주액", "지난해 신규 수주액이", S, "2025", "level", "required", "전체의 N%: the item's share of the breakdown's measure (convention 3)"))
d.Q("540억 원", 54000000000, W, "원", "currency", f=("신규 수주액", "지난해 신규 수주액이", S, "2025", "level", "required", BR))
d.Q("350억 원", 35000000000, W, "원", "currency", f=("신규 수주액", "지난해 신규 수주액이", S, "2025", "level", "required", BR))
d.Q("7건", 7, "건", "건", C, f=("정비사업", "이 가운데 정비사업은", S, "2025-Q4", "level", "required", "what is counted: the clause's 정비사업 (no counted noun after 건)"))
d.Q("680억 원", 68000000000, W, "원", "currency", f=("신규 수주액", "지난해 신규 수주액이", S, "2025-Q4", "level", "required", BR + "; 4분기에만 → Q4"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="새솔신탁은 업계 3위", note="rank")
d.Q("1위", 1, "위", "위", "ordinal", note="rank")
d.Q("2위", 2, "위", "위", "ordinal", ctx="2위 한국자산신탁", note="rank")
d.Q("3,420억 원", 342000000000, W, "원", "currency",
    f=("수주액", "자산신탁의 수주액은", "한국토지신탁", "2025", "level", "required", "각각: first; a ranking of the story's 지난해 figure takes that year (convention 1)"))
d.Q("2,880억 원", 288000000000, W, "원", "currency", f=("수주액", "자산신탁의 수주액은", "한국자산신탁", "2025", "level", "required", "각각: second"))
d.Q("2위", 2, "위", "위", "ordinal", ctx="2위와의", note="rank, names the rival")
d.Q("730억 원", 73000000000, W, "원", "currency",
    f=("격차", None, S, "2025", "level", "optional", "a gap between two organizations: whose figure? (open question 2)"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", approx=True,
    f=("총사업비", None, "동래3구역 재개발정비사업조합", "", "level", "required", "the customer's project: its figure; 지난달 dates the selection, not the cost: empty period"))
d.Q("1,140명", 1140, "명", "명", C, f=("조합원", None, "동래3구역 재개발정비사업조합", "", "level", "required", "the union's members; no date for it"))
d.Q("14개", 14, "개", "개", C,
    f=("부동산신탁사", None, "", "2025-01/2025-09", "level", "optional", "a count defining the group whose figure follows (open question 3)"))
d.Q("1조 8,700억 원", 1870000000000, W, "원", "currency",
    f=("신규 수주액", "9월 신규 수주액은", "", "2025-01/2025-09", "level", "required", "industry total, firms not named: empty subject; the association is the source"))
d.Q("12%", 12, "%", "%", P, f=("신규 수주액", "9월 신규 수주액은", "", "2025-01/2025-09", "change", "required", "줄었다: value as written, kind change"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("유상증자", None, "새솔금융지주", "2025-12", "level", "required", "규모 → the thing whose size it is; the parent made it, the subsidiary (에) is the counterparty"))
d.Q("3천억 원", 300000000000, W, "원", "currency", f=("신규 수주", "올해 신규 수주 3천억", S, "2026", "level", "required", "CEO's target"))
d.Q("400억 원", 40000000000, W, "원", "currency", bound="min", f=("순이익", None, S, "2026", "level", "required", "이상 → min, only this figure"))
d.Q("2조 원", 2000000000000, W, "원", "currency", f=("정비사업 수주 잔고", None, S, "2026", "level", "required", "수준 is no approximator (convention 8); 올해 말 → 2026"))

# ---------------------------------------------------------------- 003 defense company: Poland export contract and backlog ([머니투데이] bracket byline)
d = Doc("003_bf9ac28f2ee66c73", "2025-12-03"); docs.append(d)
S = "대성디펜스"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall("폴란드 국방부", "폴란드 국방부", special={0: ("required", "the customer; the country is part of the ministry's name (like 미국 항공우주국, convention 10)")})
d.O("대성정밀", "대성정밀", note="invented subsidiary (자회사)")
d.O("현대로템", "현대로템", note="rival")
d.O("한화에어로스페이스", "한화에어로스페이스", note="rival")
d.O("방위사업청", "방위사업청", note="government agency cited as source")
d.D("2025년 12월 2일", "2025-12-02", "day", note="the contract's date")
d.D("3일", "2025-12-03", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("2027년", "2027", "year", note="A부터 B까지: two mentions")
d.D("2030년", "2030", "year", ctx="2030년까지")
d.D("지난해", "2024", "year", ctx="지난해 매출(", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("3분기 말", "2025-Q3", "quarter", mod="END", rel=True, rng=False, note="range written as the quarter's last month (convention 9)")
d.d[-1].update(range_start="2025-09-01", range_end="2025-09-30")
d.D("2035년", "2035", "year")
d.D("올해", "2025", "year", rel=True)
d.D("지난해", "2024", "year", ctx="지난해(173억", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("2030년", "2030", "year", ctx="2030년 방산")
d.Q("1.9조", 1900000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("15조", 15000000000000, W, "", "currency", ctx="15조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("1조 9,400억 원", 1940000000000, W, "원", "currency",
    f=("수출 이행계약", None, S, "2025-12-02", "level", "required", "규모 → the thing whose size it is; the contract's date, not the disclosure's"))
d.Q("2차", 2, "차", "차", "ordinal", note="explicit ordinal marker")
d.Q("96문", 96, "문", "문", C, f=("자주포", "자주포 96문", S, "2027/2030", "level", "required", "counted noun; the clause's delivery years 2027년부터 2030년까지 (convention 1)"))
d.Q("48대", 48, "대", "대", C, f=("탄약운반차", None, S, "2027/2030", "level"))
d.Q("3조 1,200억 원", 3120000000000, W, "원", "currency", f=("매출", "지난해 매출(", S, "2024", "level", "required", "a figure in brackets after a noun with a date: that noun and date"))
d.Q("62%", 62, "%", "%", P,
    f=("계약 금액", None, S, "2025-12-02", "level", "optional", "the contract as a share of last year's revenue: the contract's date or 지난해? (open question 5)"))
d.Q("13조 6,000억 원", 13600000000000, W, "원", "currency", f=("수주 잔고", "대성디펜스의 수주 잔고", S, "2025-09", "level", "required", "the as-of 9월 말"))
AFTER = "the backlog after the contract: no DATE names it; 9월 말 belongs to the starting value (open question 4)"
d.Q("15조 5,000억 원", 15500000000000, W, "원", "currency", approx=True, f=("수주 잔고", "대성디펜스의 수주 잔고", S, "", "level", "optional", AFTER))
d.Q("11조 원", 11000000000000, W, "원", "currency", approx=True, f=("수출 물량", None, S, "", "level", "optional", AFTER + "; 가량 → approx"))
d.Q("71%", 71, "%", "%", P, f=("수출 물량", None, S, "", "level", "optional", AFTER))
d.Q("1,800억 원", 180000000000, W, "원", "currency", approx=True,
    f=("부품 물량", None, "대성정밀", "", "level", "optional", "the subsidiary's share of this contract: no date for it; the contract's date? (open question 4)"))
d.Q("27조 3,000억 원", 27300000000000, W, "원", "currency", f=("수주 잔고", "3분기 말 수주 잔고", "현대로템", "2025-Q3", "level", "required", "각각: first"))
d.Q("31조 8,000억 원", 31800000000000, W, "원", "currency", f=("수주 잔고", "3분기 말 수주 잔고", "한화에어로스페이스", "2025-Q3", "level", "required", "각각: second"))
d.Q("600문", 600, "문", "문", C, bound="min", f=("자주포 전력", None, "폴란드 국방부", "2035", "level", "required", "the customer's own plan; 2035년까지 = the target year"))
d.Q("230억 달러", 23000000000, U, "달러", "currency", approx=True,
    f=("국내 방산 수출 수주액", None, "", "2025", "level", "required", "national figure; the agency is only the cited source"))
d.Q("173억 달러", 17300000000, U, "달러", "currency", f=("국내 방산 수출 수주액", None, "", "2024", "level", "required", "basis in brackets after 지난해"))
d.Q("33%", 33, "%", "%", P, f=("국내 방산 수출 수주액", None, "", "2025", "change"))
d.Q("2개국", 2, "개국", "개국", C,
    f=("", None, S, "2026-H1", "level", "optional", "counter 개국 holds the counted noun: metric empty or 추가 계약? (open question 6)"))
d.Q("5조 원", 5000000000000, W, "원", "currency", f=("방산 매출", None, S, "2030", "level", "required", "CEO's target"))

# ---------------------------------------------------------------- 004 teachers' mutual-aid association: fund size and returns (press release)
d = Doc("004_b9ad6ad2ed75d232", "2026-01-20"); docs.append(d)
S = "전국사학교원공제회"
d.Oall(S, S, special={0: ("required", "headline topic")})
# the second mention (lead) carries the alias
d.o[-1]["aliases"] = "사학공제회"
d.o[-1]["note"] = "(이사장 한정민, 이하 사학공제회): the 이하 short name recorded as alias"
d.Oall("사학공제회", S, special={0: ("optional", "short name defined with 이하: optional where it is defined"),
                               1: ("required", "later use of the defined short name")})
d.O("군인공제회", "군인공제회", note="peer")
d.O("한국교직원공제회", "한국교직원공제회", note="peer")
d.O("국민연금공단", "국민연금공단", note="public pension fund")
d.O("사학교원자산운용", "사학교원자산운용", note="invented subsidiary (자회사)")
d.D("2025년", "2025", "year", ctx="2025년 기금", note="year in the headline")
d.D("2025년 말", "2025", "year", mod="END", note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 말")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the release")
d.D("지난해", "2025", "year", ctx="지난해 기금 운용", rel=True)
d.D("전년", "2024", "year", ctx="전년(5.1%)", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (현재): the latest December")
d.D("올해", "2026", "year", ctx="올해 회원 급여율", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 1~11월", "2025-01/2025-11", "month", rel=True, note="지난해 before a month range: one mention")
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("올해", "2026", "year", ctx="올해 목표", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (조정하겠다); the half the document date is in")
d.Q("7.8%", 7.8, "%", "%", P, ctx="수익률 7.8%…", f=("기금 수익률", None, S, "2025", "level", "required", "headline's own 2025년"))
d.Q("40조", 40000000000000, W, "", "currency", ctx="40조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("40조 3,500억 원", 40350000000000, W, "원", "currency", f=("운용자산", "기준 운용자산이", S, "2025", "level", "required", "2025년 말 기준 → 2025 (END)"))
d.Q("3조 2,000억 원", 3200000000000, W, "원", "currency", f=("운용자산", "기준 운용자산이", S, "2025", "change", "required", "전년 말보다 = basis"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="수익률은 7.8%", f=("기금 운용 수익률", None, S, "2025", "level"))
d.Q("5.1%", 5.1, "%", "%", P, f=("기금 운용 수익률", None, S, "2024", "level", "required", "basis in brackets after 전년: that year's value (convention 4)"))
d.Q("2.7%포인트", 2.7, PP, "%포인트", P, f=("기금 운용 수익률", None, S, "2025", "change"))
d.Q("5년", 5, "year", "년", "duration", ctx="최근 5년", note="최근 5년: an amount of time (no fact)")
d.Q("5.4%", 5.4, "%", "%", P,
    f=("평균 수익률", None, S, "2025", "level", "optional", "a five-year average: no DATE names 2021–2025; carry-forward gives 2025 (open question 7)"))
BR = "breakdown item (자산군별로는): the breakdown's measure (convention 3)"
d.Q("15조 1,000억 원", 15100000000000, W, "원", "currency", f=("운용자산", "기준 운용자산이", S, "2025", "level", "required", BR))
d.Q("37.4%", 37.4, "%", "%", P, f=("운용자산", "기준 운용자산이", S, "2025", "level", "required", "전체의 N%: share of the breakdown's measure"))
d.Q("11조 8,000억 원", 11800000000000, W, "원", "currency", f=("운용자산", "기준 운용자산이", S, "2025", "level", "required", BR))
d.Q("10조 2,000억 원", 10200000000000, W, "원", "currency", f=("운용자산", "기준 운용자산이", S, "2025", "level", "required", BR))
d.Q("21.6%", 21.6, "%", "%", P, f=("해외 주식 수익률", None, S, "2025", "level", "required", "a modifier that changes what is measured stays in"))
d.Q("18만 4천여 명", 184000, "명", "명", C, approx=True, f=("회원 수", None, S, "2025-12", "level", "required", "여 inside the span → approx; subject carried"))
d.Q("4.5%", 4.5, "%", "%", P, f=("회원 급여율", None, S, "2026", "level", "required", "연 (rate word) outside"))
d.Q("6.2%", 6.2, "%", "%", P, f=("수익률", "공제회의 수익률은", "군인공제회", "2025", "level", "required", "각각: first; 같은 기간 → 지난해"))
d.Q("7.1%", 7.1, "%", "%", P, f=("수익률", "공제회의 수익률은", "한국교직원공제회", "2025", "level", "required", "각각: second"))
d.Q("14%", 14, "%", "%", P, approx=True, f=("기금 수익률", "11월 기금 수익률", "국민연금공단", "2025-01/2025-11", "level", "required", "the fund's own figure; 안팎 → approx"))
d.Q("86억 원", 8600000000, W, "원", "currency", f=("순이익", None, "사학교원자산운용", "2025", "level"))
d.Q("6%", 6, "%", "%", P, ctx="수익률을 6%", bound="min", f=("목표 수익률", None, S, "2026", "level", "required", "the chairman speaks for the association"))
d.Q("40%", 40, "%", "%", P, bound="max", f=("대체투자 비중", None, S, "2026-H1", "level", "required", "이내 → max"))

if __name__ == "__main__":
    write_all(docs)
