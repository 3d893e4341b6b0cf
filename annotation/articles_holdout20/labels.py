"""Gold labels of articles-holdout20, written by reading the texts against the shared guidelines
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md) only, with docs/gold-format.md for the file format.
Run: python annotation/articles_holdout20/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 department-store group year-end recap (입력 stamp + byline)
d = Doc("001_2b34e55daa1ccc3b", "2026-01-06"); docs.append(d)
HS = "한성백화점"
ST = "a branch store (a site the company runs as a business unit): optional ORG"
d.Oall(HS, HS)
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.O("한성유통그룹", "한성유통그룹", note="the group (의) owning the department store")
d.Oall("강남점", "강남점", special={0: ("optional", ST), 1: ("optional", ST), 2: ("optional", ST), 3: ("optional", ST)})
d.O("센텀점", "센텀점", st="optional", note=ST + "; the place 부산 before it stays outside")
d.O("대구점", "대구점", st="optional", note=ST + "; the city is part of the store's own name")
d.O("광교점", "광교점", st="optional", note=ST)
d.O("한성면세점", "한성면세점", note="a named subsidiary (자회사)")
d.O("롯데백화점", "롯데백화점", note="rival")
d.O("신세계백화점", "신세계백화점", note="rival")
d.O("현대백화점", "현대백화점", note="rival")
d.O("더현대서울", "더현대서울", st="optional", note=ST)
Y = "2025"
d.D("지난해", Y, "year", ctx="한성백화점, 지난해", rel=True)
d.D("2026.01.06", "2026-01-06", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("지난해", Y, "year", ctx="한성백화점이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.8%", rel=True, st="optional", anchor="2025-01-01", note="points back to the lead's year")
d.D("6일", "2026-01-06", "day", rel=True, note="day of the report (업계에 따르면)")
d.D("지난해 12월 28일", "2025-12-28", "day", rel=True, note="지난해 before a month and day: one mention")
d.D("전년", "2024", "year", ctx="전년(2조", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 8월", "2025-08", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해", Y, "year", ctx="한성면세점의 지난해", rel=True)
d.D("지난해", Y, "year", ctx="롯데백화점은 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
SB = ("a store's figure: the revenue is earned by the company that runs the store (FACTS: the company that earned the revenue); "
      "a branch is an optional ORG, so the company is the subject (README convention 2)")
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("거래액", "지난해 거래액 9조", HS, Y, "level"))
d.Q("9조 1,420억 원", 9142000000000, W, "원", "currency", f=("거래액", "합산 거래액", HS, Y, "level", "required", "합산 (summed over stores) qualifies the basis: outside"))
d.Q("6.8%", 6.8, "%", "%", P, f=("거래액", "합산 거래액", HS, Y, "change", "required", "전년보다 … 늘어난 규모: the figure before's measure; 전년 = basis"))
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="누적 거래액 3조 원", bound="gt", note="넘어서며 → gt",
    f=("누적 거래액", None, HS, "2025-12-28", "level", "required", "the date in its clause (as of the day the mark was passed); " + SB))
d.Q("두 번째", 2, "번째", "번째", "ordinal", note="native numeral + 번째: ordinal, no fact")
d.Q("3조 180억 원", 3018000000000, W, "원", "currency",
    f=("거래액", "연간 거래액은", HS, Y, "level", "required", "연간 qualifies the period (outside the metric) and points to the story's year, not to the day of the sentence before; " + SB))
d.Q("2조 7,650억 원", 2765000000000, W, "원", "currency",
    f=("거래액", "연간 거래액은", HS, "2024", "level", "required", "a figure in brackets after 전년 is that year's (the DATE is optional, its value is plain)"))
d.Q("9.2%", 9.2, "%", "%", P, f=("거래액", "연간 거래액은", HS, Y, "change"))
d.Q("1조 4,300억 원", 1430000000000, W, "원", "currency",
    f=("거래액", "연간 거래액은", HS, Y, "level", "required", "각각 over two stores; 올렸고 names no measure: the listing continues the measure of the figures before (README convention 3); " + SB))
d.Q("9,870억 원", 987000000000, W, "원", "currency",
    f=("거래액", "연간 거래액은", HS, Y, "level", "required", "as 1조 4,300억 원"))
d.Q("5개월", 5, "month", "개월", "duration", note="만에 outside: a duration, no fact")
d.Q("2,140억 원", 214000000000, W, "원", "currency",
    f=("거래액", "연간 거래액은", HS, Y, "level", "optional",
       "the sentence's only DATE (지난해 8월) dates the store's opening in a relative clause; the figure covers Aug–Dec: period 2025 (story) or 2025-08 (the sentence's date)? (README question 2)"))
d.Q("2조 3,600억 원", 2360000000000, W, "원", "currency", f=("매출", "지난해 매출은 2조", "한성면세점", Y, "level", "required", "genitive owner, a named subsidiary"))
d.Q("11.4%", 11.4, "%", "%", P, f=("매출", "지난해 매출은 2조", "한성면세점", Y, "change"))
d.Q("42%", 42, "%", "%", P, note="42%까지 올라왔다: the level reached, 까지 is no bound word",
    f=("외국인 단체관광객 매출 비중", None, "한성면세점", Y, "level", "required", "the kind of sales changes what is measured: in the metric; subject carried"))
d.Q("170억 원", 17000000000, W, "원", "currency", f=("영업이익", None, "한성면세점", Y, "level", "required", "다만: the same subject carried"))
d.Q("15조 2천억 원", 15200000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("거래액", "지난해 거래액이", "롯데백화점", Y, "level", "required", "an estimate (추산된다) is still a level"))
d.Q("12조 8,000억 원", 12800000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("거래액", "지난해 거래액이", "신세계백화점", Y, "level", "required", "its own topic in a list; the measure of the figure before"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="매출 1조 원", bound="gt", note="넘은 → gt",
    f=("매출", "연 매출 1조", "현대백화점", Y, "level", "required", "연 = a rate word, outside; the store 더현대서울 is the company's (README convention 2); story's year"))
d.Q("7%", 7, "%", "%", P, approx=True, note="안팎 → approx",
    f=("거래액", "거래액이 7%", "현대백화점", Y, "change"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("강남점 리뉴얼", None, HS, "2026", "level", "required", "X에 N원을 투입 → what it is spent on; a company spokesperson's quote (관계자) speaks for the company; 올해는 in the clause"))
d.Q("10조 원", 10000000000000, W, "원", "currency",
    f=("거래액", "거래액 10조", HS, "2026", "level", "required", "a target (…시대를 열겠다); the measure noun right before the figure; 올해"))

# ---------------------------------------------------------------- 002 pharma technology-export deal (Yonhap dateline, no year anywhere)
d = Doc("002_160d30ad8c0a1871", "2025-11-18"); docs.append(d)
HG, NV = "한결바이오", "노바런 테라퓨틱스"
d.Oall(HG, HG)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(NV, NV, aliases="Novarun Therapeutics", note="introduced by 미국 제약사; the bracketed Latin name is an alias")
d.O("노바런", NV, ctx="노바런은", note="short form of the name given in full in the lead")
d.O("셀하임파트너스", "셀하임파트너스", note="invented shareholder introduced by 2대 주주인")
DL = "the deal's payment to the story's company (the licensor, 한결바이오); the 18일 of the lead only dates the disclosure: no period"
d.D("18일", "2025-11-18", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 3분기", "2025-Q3", "quarter", rel=True, note="올해 before a quarter: one mention; 까지 outside")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; 까지 outside")
d.D("이날", "2025-11-18", "day", rel=True, st="optional", anchor="2025-11-18", note="points back to the lead's 18일 (like 당일): optional")
d.D("전 거래일", "2025-11-17", "day", rel=True, st="optional", anchor="2025-11-18", note="the trading day before 이날: a pointing-back word not in the guideline's lists, optional")
d.Q("8천만 달러", 80000000, U, "달러", "currency", ctx="선급금만 8천만 달러", f=("선급금", "선급금만", HG, "", "level", "required", "headline topic with a comma; " + DL))
d.Q("12억 5천만 달러", 1250000000, U, "달러", "currency", note="총 is not an approximator",
    f=("계약", "계약 규모는", HG, "", "level", "required", "a 규모 amount: the thing whose size it is (계약); " + DL))
d.Q("1조 7,500억 원", 1750000000000, W, "원", "currency", approx=True, eq=("12억 5천만 달러",), note="conversion, 약 → approx",
    f=("계약", "계약 규모는", HG, "", "level", "required", "conversion: same slots as the amount it converts"))
d.Q("8천만 달러", 80000000, U, "달러", "currency", ctx="선급금 8천만 달러", f=("선급금", "선급금 8천만", HG, "", "level", "required", DL))
d.Q("1,120억 원", 112000000000, W, "원", "currency", approx=True, eq=("8천만 달러",), note="conversion, 약 → approx",
    f=("선급금", "선급금 8천만", HG, "", "level", "required", "conversion"))
d.Q("30일", 30, "day", "일", "duration", bound="max", note="30일 안에 (within): duration, bound max like 이내; 계약 후 precedes the amount, so no offset DATE")
d.Q("3억 7천만 달러", 370000000, U, "달러", "currency", f=("개발 마일스톤", None, HG, "", "level", "required", "임상 단계별 (a basis) outside; " + DL))
d.Q("8억 달러", 800000000, U, "달러", "currency", bound="max", note="최대 → max", f=("판매 마일스톤", None, HG, "", "level", "required", DL))
d.Q("1,860억 원", 186000000000, W, "원", "currency", f=("매출", "지난해 매출은", HG, "2024", "level", "required", "genitive owner; 지난해 in the sentence"))
d.Q("24%", 24, "%", "%", P,
    f=("연구개발(R&D) 비용", None, HG, "2024", "level", "required", "매출의 24%인: the cost's share of revenue, a level of the cost named as topic"))
d.Q("446억 원", 44600000000, W, "원", "currency", f=("연구개발(R&D) 비용", None, HG, "2024", "level"))
d.Q("392억 원", 39200000000, W, "원", "currency",
    f=("R&D 투자", None, HG, "2025-Q3", "level", "required", "누적 … 까지: cumulative to the end of Q3; the DATE attached is 올해 3분기 (value 2025-Q3); subject carried"))
d.Q("88%", 88, "%", "%", P,
    f=("R&D 투자", None, HG, "2025-Q3", "level", "required", "전년의 88% 수준: a ratio to last year's total, neither a difference nor a rate of change: level; the current period"))
d.Q("4.9%", 4.9, "%", "%", P, f=("지분", "지분 4.9%", NV, "", "level", "required", "the buyer is the holder (노바런은 … 인수하기로): subject; a plan, no date"))
d.Q("650억 원", 65000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("인수", "인수하기로", NV, "", "level", "required", "no noun names the price: the verbal noun (인수); the buyer"))
d.Q("2대", 2, "대", "대", "ordinal", st="optional", note="2대 주주 (second-largest shareholder): a rank without an ordinal marker, or a lexicalized title? optional")
d.Q("11.2%", 11.2, "%", "%", P, f=("지분율", None, "셀하임파트너스", "", "level", "required", "A에서 B로: the old level; genitive owner; present, no date"))
d.Q("10.6%", 10.6, "%", "%", P, f=("지분율", None, "셀하임파트너스", "", "level", "required", "the new level after the deal; no date"))
d.Q("2상", 2, "상", "상", "ordinal", st="optional", note="임상 2상 (phase 2): a phase number, code-like or ordinal; optional")
d.Q("17.3%", 17.3, "%", "%", P,
    f=("주가", None, HG, "2025-11-18", "change", "required", "이날 (optional DATE, value plain: the lead's 18일) dates it; 전 거래일 = basis"))
d.Q("8만 6,400원", 86400, W, "원", "currency", f=("주가", None, HG, "2025-11-18", "level", "required", "closing price of 이날"))

# ---------------------------------------------------------------- 003 Chinese smartphone maker's shipments (translated style, no year anywhere)
d = Doc("003_858d9171d12f46ea", "2025-10-28"); docs.append(d)
XM = "샤오미그룹"
SF = "샤오미 = the short form of 샤오미그룹 (named in full in the fifth paragraph): canonical 샤오미그룹"
d.O("샤오미", XM, ctx="샤오미, 3분기", note="headline topic with a comma; " + SF)
d.O("인민망", "인민망", note="outlet in the bracketed dateline; 한국어판 (an edition) outside")
d.O("카날리스", "카날리스", aliases="Canalys", note="research firm, the source (에 따르면)")
d.O("샤오미", XM, ctx="샤오미(小米)", aliases="小米", note=SF)
d.O("삼성전자", "삼성전자")
d.O("애플", "애플")
d.O("트랜션", "트랜션", ctx="트랜션(傳音)", aliases="傳音")
d.O("비보", "비보", aliases="vivo")
d.O("샤오미", XM, ctx="샤오미의", note=SF)
d.O(XM, XM, ctx="샤오미그룹이")
d.O(XM, XM, ctx="샤오미그룹 총재")
d.O("트랜션", "트랜션", ctx="트랜션과")
d.O("아너", "아너", aliases="榮耀")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="샤오미, 3분기", rel=True)
d.D("10월 28일", "2025-10-28", "day", rel=True, st="optional", note="date of the outlet's bracketed dateline: a publication stamp")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="샤오미의 3분기", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year, as the guideline's 10년 전): a comparison's basis, still a DATE")
d.D("지난 18일", "2025-10-18", "day", rel=True, note="day the data were released (공개한): dates the release only")
d.D("상반기", "2025-H1", "half", rel=True, note="상반기 기준; latest H1 on or before the document date")
MK = "a market's figure (전 세계 스마트폰): no subject; the research firm is only the source"
CN = "the measure of the figures before: the listing goes on with a verb that names none (기록했다) (README convention 3)"
d.Q("4,390만 대", 43900000, "대", "대", C, ctx="출하량 4,390만 대", f=("출하량", "스마트폰 출하량 4,390만", XM, Q3, "level", "required", "headline topic; 3분기 in the headline"))
d.Q("14%", 14, "%", "%", P, ctx="점유율 14%로 3위 유지", f=("점유율", "점유율 14%로 3위 유지", XM, Q3, "level"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="3위 유지", note="rank: ordinal, no fact")
d.Q("3억 2,060만 대", 320600000, "대", "대", C, f=("전 세계 스마트폰 출하량", None, "", Q3, "level", "required", MK))
d.Q("2.6%", 2.6, "%", "%", P, f=("전 세계 스마트폰 출하량", None, "", Q3, "change", "required", MK + "; 전년 동기 = basis"))
d.Q("4,390만 대", 43900000, "대", "대", C, ctx="4,390만 대를", f=("출하", "출하해", XM, Q3, "level", "required", "no noun right at it: the verbal noun (출하해); period carried from the lead"))
d.Q("14%", 14, "%", "%", P, ctx="시장점유율 14%", f=("시장점유율", None, XM, Q3, "level"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="3위 자리", note="rank: ordinal, no fact")
d.Q("1위", 1, "위", "위", "ordinal", note="rank")
d.Q("2위", 2, "위", "위", "ordinal", ctx="2위는", note="rank")
d.Q("6,120만 대", 61200000, "대", "대", C, f=("출하량", "출하량은 각각", "삼성전자", Q3, "level", "required", "각각: the first of the two companies"))
d.Q("5,830만 대", 58300000, "대", "대", C, f=("출하량", "출하량은 각각", "애플", Q3, "level", "required", "각각: the second"))
d.Q("4위", 4, "위", "위", "ordinal", note="rank")
d.Q("2,870만 대", 28700000, "대", "대", C, f=("출하량", "출하량은 각각", "트랜션", Q3, "level", "required", CN))
d.Q("5위", 5, "위", "위", "ordinal", note="rank")
d.Q("2,710만 대", 27100000, "대", "대", C, f=("출하량", "출하량은 각각", "비보", Q3, "level", "required", CN))
d.Q("3%", 3, "%", "%", P, f=("출하량", "3분기 출하량은", XM, Q3, "change", "required", "1년 전보다 = basis"))
d.Q("9분기", 9, "quarter", "분기", "duration", st="optional",
    note="9분기 연속 (nine quarters in a row): an amount of time, but the guideline's duration units have no quarter; optional")
d.Q("19%", 19, "%", "%", P, f=("출하량", "시장에서 출하량이", XM, Q3, "change", "required", "각각 over two regions (places): the subject carried"))
d.Q("12%", 12, "%", "%", P, f=("출하량", "시장에서 출하량이", XM, Q3, "change"))
d.Q("1,050만 대", 10500000, "대", "대", C, f=("판매", "판매해", XM, Q3, "level", "required", "the verbal noun (판매해); a place (중국 본토 시장에서) is no subject"))
d.Q("16.8%", 16.8, "%", "%", P, f=("점유율", "점유율 16.8%", XM, Q3, "level"))
d.Q("946억 위안", 94600000000, "CNY", "위안", "currency",
    f=("스마트폰 부문 매출", None, XM, "2025-H1", "level", "required", "회사의 = 샤오미그룹; a segment changes what is measured: in the metric; 상반기 기준; 지난 18일 dates the release only"))
d.Q("18조 2천억 원", 18200000000000, W, "원", "currency", approx=True, eq=("946억 위안",), note="conversion, 약 → approx",
    f=("스마트폰 부문 매출", None, XM, "2025-H1", "level", "required", "conversion"))
d.Q("4,000위안", 4000, "CNY", "위안", "currency", bound="min", note="이상 → min; a threshold defining the products (고가 제품)",
    f=("고가 제품", None, "", "", "level", "optional", "a definitional threshold is part of the metric and has no fact (FACTS); the framework asks a row: optional"))
d.Q("25%", 25, "%", "%", P, bound="gt", note="넘어섰다 → gt",
    f=("판매 비중", None, XM, "2025-H1", "level", "required",
       "a quote by the group's head: the quoted clause's topic is the metric (no subject of its own): the group carried; the period last set for the same subject (상반기) carries forward"))
d.Q("45%", 45, "%", "%", P, bound="gt", note="넘었다 → gt",
    f=("점유율 합계", None, "", Q3, "level", "required",
       "several companies taken together, not all named (등): no subject; no date in the quote: the period last set for the same metric (점유율, 3분기)"))

# ---------------------------------------------------------------- 004 regional bank's annual results (regional daily, 입력 stamp + byline)
d = Doc("004_0ce90200d159f4ad", "2026-02-05"); docs.append(d)
SR, FG = "서라벌은행", "서라벌금융지주"
d.Oall(SR, SR, special={3: ("optional", "inside the head's title 서라벌은행장 (a person's title): a name used only as a modifier in a longer non-organization word")})
d.O("동부경북일보", "동부경북일보", note="invented regional daily in the byline line")
d.Oall(FG, FG, special={0: ("required", "the holding company (계열)")})
Y = "2025"
d.D("지난해", Y, "year", ctx="서라벌은행, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("지난해", Y, "year", ctx="서라벌은행이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the report (에 따르면)")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (계획): the month after the document's")
d.D("올해", "2026", "year", rel=True)
BR = "breakdown (부문별로는): each segment names its own measure (X 대출); the bank carried; 지난해 말 기준 carried (value 2025)"
d.Q("2,140억", 214000000000, W, "", "currency", ctx="2,140억…", st="optional", note="headline amount, currency implied",
    f=("순이익", None, SR, Y, "level"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("당기순이익", None, SR, Y, "level"))
d.Q("1,905억 원", 190500000000, W, "원", "currency",
    f=("당기순이익", None, SR, "2024", "level", "required", "a figure in brackets after 전년 is that year's; 수치 names no measure: the figure before's"))
d.Q("12.3%", 12.3, "%", "%", P, f=("당기순이익", None, SR, Y, "change"))
d.Q("38조 6,200억 원", 38620000000000, W, "원", "currency",
    f=("원화대출금", None, SR, Y, "level", "required", "the bank's own loans (it is also the source: 서라벌은행에 따르면); 지난해 말 기준 (value 2025, END)"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("2조 1,400억 원", 2140000000000, W, "원", "currency", f=("원화대출금", None, SR, Y, "change"))
d.Q("21조 3,000억 원", 21300000000000, W, "원", "currency", f=("중소기업 대출", "중소기업 대출이", SR, Y, "level", "required", BR))
d.Q("12조 8,500억 원", 12850000000000, W, "원", "currency", f=("가계대출", None, SR, Y, "level", "required", BR))
d.Q("4조 4,700억 원", 4470000000000, W, "원", "currency", f=("대기업 대출", None, SR, Y, "level", "required", BR))
d.Q("55.2%", 55.2, "%", "%", P, f=("중소기업 대출 비중", None, SR, Y, "level"))
d.Q("0.8%포인트", 0.8, PP, "%포인트", P, f=("중소기업 대출 비중", None, SR, Y, "change", "required", "전년 말보다 = basis"))
d.Q("1.98%", 1.98, "%", "%", P, f=("순이자마진", None, SR, Y, "level", "required", "the alias (NIM) in brackets outside the metric"))
d.Q("0.07%포인트", 0.07, PP, "%포인트", P, f=("순이자마진", None, SR, Y, "change"))
d.Q("1,320억 원", 132000000000, W, "원", "currency", f=("비이자이익", None, SR, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("비이자이익", None, SR, Y, "change"))
d.Q("0.61%", 0.61, "%", "%", P, f=("고정이하여신(NPL) 비율", None, SR, Y, "level"))
d.Q("0.54%", 0.54, "%", "%", P, f=("연체율", None, SR, Y, "level"))
d.Q("1주", 1, "주", "주", C, st="optional", note="the dummy 1 of a rate denominator (1주당, 당 outside): optional")
d.Q("520원", 520, W, "원", "currency",
    f=("현금배당", None, SR, Y, "level", "required", "the noun after 의 names it; 은행은 = the bank; the dividend on the year's results: the story's period carried"))
d.Q("640억 원", 64000000000, W, "원", "currency", approx=True, note="약 → approx", f=("배당금 총액", None, SR, Y, "level"))
d.Q("29.9%", 29.9, "%", "%", P, f=("배당성향", None, SR, Y, "level"))
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("자사주", None, FG, "2026-03", "level", "required", "X 규모의 Y → Y; the holding company is the buyer; 다음 달 중 in its clause (a plan)"))
d.Q("4조 원", 4000000000000, W, "원", "currency",
    f=("특별자금", None, SR, "2026", "level", "required", "X 규모의 Y → Y; the head of the bank speaking of its plan (the quote's clause has no subject of its own); 올해"))

# ---------------------------------------------------------------- 005 music agency's results (press release, no date at all)
d = Doc("005_8b3f3578524fdede", "2026-02-12"); docs.append(d)
ON = "온새미엔터테인먼트"
GR = "music group (a performing act): optional ORG"
d.Oall(ON, ON, special={1: ("required", "the alias defined with 이하 goes to aliases"),
                        2: ("optional", "inside the contact line's team label (온새미엔터테인먼트 홍보팀): a name used only as a modifier of a non-organization label")})
d.O("온새미", ON, ctx="(이하 온새미)", st="optional", note="a short name defined with 이하: optional as a mention")
for r in d.o:
    if r["text"] == ON and r["start"] == d.text.find(ON + "(이하"):
        r["aliases"] = "온새미"
d.Oall("루미너스", "루미너스", special={i: ("optional", GR) for i in range(4)})
d.Oall("블루웨이브", "블루웨이브", special={i: ("optional", GR) for i in range(2)})
d.O("하람", "하람", st="optional", note=GR + " (신인 걸그룹)")
d.O("온새미재팬", "온새미재팬", note="a named subsidiary (일본 법인)")
d.O("온새미", ON, ctx="온새미는", note="later use of the short name defined with 이하: required")
d.O("온리", "온리", st="optional", note="the company's fan platform (an app/product or a business run as a platform): optional")
d.O("온새미", ON, ctx="온새미 대표", note="short name before a head's title (spaced): required")
Y = "2025"
d.D("지난해", Y, "year", ctx="온새미엔터테인먼트, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="온새미)가 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("첫 주", "XXXX-WXX", "week", rel=True, st="optional", anchor="", note="발매 첫 주: points back to a release date the text does not give (like 첫해): optional, unresolved")
d.D("지난해 4월", "2025-04", "month", rel=True, note="A부터 B까지: two mentions; 지난해 before a month: one mention")
d.D("11월", "2025-11", "month", rel=True, note="the end of a 부터…까지 pair takes its year from the start")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; 중 outside")
d.D("올해", "2026", "year", ctx="올해는", rel=True)
TOUR = "2025-04/2025-11"
GF = "a music group's figure: the subject is only an optional ORG (FACTS), so the fact is optional"
d.Q("3,412억 원", 341200000000, W, "원", "currency", ctx="매출 3,412억 원…", f=("매출", "지난해 매출 3,412억", ON, Y, "level", "required", "headline topic with a comma"))
d.Q("3,412억 원", 341200000000, W, "원", "currency", ctx="매출 3,412억 원,", f=("매출", "기준 매출", ON, Y, "level", "required", "연결 기준 (a basis) outside"))
d.Q("486억 원", 48600000000, W, "원", "currency", f=("영업이익", None, ON, Y, "level"))
d.Q("34%", 34, "%", "%", P, f=("매출", "매출은 전년", ON, Y, "change", "required", "전년 대비 = basis"))
d.Q("14.2%", 14.2, "%", "%", P, f=("영업이익률", None, ON, Y, "level"))
d.Q("2.5%포인트", 2.5, PP, "%포인트", P, f=("영업이익률", None, ON, Y, "change"))
d.Q("612만 장", 6120000, "장", "장", C, f=("음반 판매량", None, "루미너스;블루웨이브", Y, "level", "optional", GF + "; 합계 of the two groups named"))
d.Q("3집", 3, "집", "집", "ordinal", st="optional", note="정규 3집 (third album): an edition number without an ordinal marker, or the album's name? optional")
d.Q("첫 주", 1, "주", "주", "ordinal", st="optional", note="첫 (native ordinal) + 주: the first week, an ordinal or part of a date expression; optional")
d.Q("187만 장", 1870000, "장", "장", C, f=("정규 3집", None, "루미너스", Y, "level", "optional", GF + "; 팔렸다 names no measure: the counted thing (the album)"))
d.Q("18개", 18, "개", "개", C, f=("도시", None, "루미너스", TOUR, "level", "optional", GF + "; the period is the 부터…까지 pair"))
d.Q("32회", 32, "회", "회", C, f=("공연", None, "루미너스", TOUR, "level", "optional", GF + "; a count of performances (회 without 째), not an ordinal"))
d.Q("71만 명", 710000, "명", "명", C, approx=True, note="약 → approx", f=("관객", None, "루미너스", TOUR, "level", "optional", GF))
AR = ("breakdown (아티스트별): the agency's revenue earned through each act (FACTS: the company that earned the revenue); "
      "the acts are optional ORGs and no subject (README convention 2); 아티스트별 (the basis) outside the metric")
d.Q("1,530억 원", 153000000000, W, "원", "currency", f=("매출", "아티스트별 매출", ON, Y, "level", "required", AR))
d.Q("820억 원", 82000000000, W, "원", "currency", f=("매출", "아티스트별 매출", ON, Y, "level", "required", AR))
d.Q("190억 원", 19000000000, W, "원", "currency", f=("매출", "아티스트별 매출", ON, Y, "level", "required", AR))
d.Q("61%", 61, "%", "%", P, f=("해외 매출 비중", None, ON, Y, "level"))
d.Q("560억 원", 56000000000, W, "원", "currency", f=("매출", "온새미재팬의 매출", "온새미재팬", Y, "level", "required", "genitive owner, a named subsidiary"))
d.Q("100만 명", 1000000, "명", "명", C,
    f=("유료 멤버십 가입자", None, ON, "2026-Q1", "level", "optional",
       "a target of the company (온새미는 … 목표다) for members of its platform '온리' (의, an optional ORG): the company or the platform? (README question 4)"))
d.Q("두 팀", 2, "팀", "팀", C, f=("신인", "신인 두 팀", ON, "2026", "level", "required", "the counted noun right before the count; the CEO's plan for the company (온새미 대표); 올해는"))
d.Q("4,000억 원", 400000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt",
    f=("매출", "매출 4,000억", ON, "2026", "level", "required", "a target in the CEO's quote; 올해는 of the sentence"))

# ---------------------------------------------------------------- 006 port authority's cargo volumes (뉴시스 dateline, no year anywhere)
d = Doc("006_40e31ad491e6a86e", "2026-01-14"); docs.append(d)
BPA = "부산항만공사"
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(BPA, BPA, aliases="BPA", note="port authority (a public corporation); BPA in brackets is an alias")
d.O("머스크", "머스크", note="shipping line")
d.O("MSC", "MSC", note="shipping line")
d.O("HMM", "HMM", note="shipping line (국적선사)")
d.O("태평양해운", "태평양해운", note="invented shipping line introduced by 중견 선사")
d.O("BPA", BPA, ctx="BPA는 올해", note="later use of the alias: a mention of the same organization")
Y = "2025"
d.D("지난해", Y, "year", ctx="부산항의 지난해", rel=True)
d.D("지난해", Y, "year", ctx="(BPA)는 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2026", "year", rel=True)
TEU = "TEU: a unit the guideline does not list; written as TEU, category measure (README question 1)"
PT = "the port's figure (부산항, a place, not ORG): no subject; BPA only reports it (README convention 5)"
CAT = "a breakdown item that is a category (not an ORG) with no measure noun: the category names what is measured, as 환적 화물"
d.Q("2,480만TEU", 24800000, "TEU", "TEU", M, note=TEU,
    f=("컨테이너 물동량", "부산항 컨테이너 물동량 2,480만", "", Y, "level", "required", PT + "; a headline figure: the story's year (the lead's 지난해)"))
d.Q("2,481만 2,000TEU", 24812000, "TEU", "TEU", M, note=TEU, f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", Y, "level", "required", PT))
d.Q("1TEU", 1, "TEU", "TEU", M, st="optional", note="the dummy 1 of a unit's definition in brackets: optional")
d.Q("20피트", 20, "ft", "피트", M,
    f=("컨테이너", "20피트 컨테이너", "", "", "level", "optional", "a size defining a kind of container (a definition): part of the metric, no fact of its own; the framework asks a row: optional"))
d.Q("1개", 1, "개", "개", C, st="optional", note="the dummy 1 of a unit's definition: optional")
d.Q("2,440만TEU", 24400000, "TEU", "TEU", M, note=TEU,
    f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", "2024", "level", "required", PT + "; a figure in brackets after 전년 is that year's"))
d.Q("1.7%", 1.7, "%", "%", P, f=("컨테이너 물동량", "부산항 컨테이너 물동량이", "", Y, "change"))
d.Q("1,372만TEU", 13720000, "TEU", "TEU", M, f=("환적 화물", None, "", Y, "level", "required", "part opener 이 가운데; " + PT))
d.Q("4.1%", 4.1, "%", "%", P, f=("환적 화물", None, "", Y, "change"))
d.Q("1,109만TEU", 11090000, "TEU", "TEU", M, f=("수출입 화물", None, "", Y, "level"))
d.Q("1.1%", 1.1, "%", "%", P, ctx="1.1% 줄었다", f=("수출입 화물", None, "", Y, "change", "required", "줄었다: a change; no sign written, value as written"))
d.Q("412만TEU", 4120000, "TEU", "TEU", M, f=("북중국 항로", None, "", Y, "level", "required", CAT))
d.Q("389만TEU", 3890000, "TEU", "TEU", M, f=("동남아 항로", None, "", Y, "level", "required", CAT))
d.Q("356만TEU", 3560000, "TEU", "TEU", M, f=("북미 항로", None, "", Y, "level", "required", CAT))
d.Q("210만TEU", 2100000, "TEU", "TEU", M, f=("일본 항로", None, "", Y, "level", "required", CAT))
d.Q("15.6%", 15.6, "%", "%", P, f=("중동 항로", None, "", Y, "change", "required", CAT + "; 감소했다: a change"))
d.Q("4억 5,230만t", 452300000, "t", "t", M, f=("전체 물동량", "전체 물동량은", "", Y, "level", "required", "일반 화물을 포함한 (a relative clause on scope) outside; " + PT))
d.Q("72%", 72, "%", "%", P,
    f=("전체 컨테이너 물동량", None, "", Y, "level", "required", "물동량의 72%: a share of the noun governing it; 신항 (a part of the port, a place): no subject"))
d.Q("301만TEU", 3010000, "TEU", "TEU", M, f=("처리", "처리했고", "머스크", Y, "level", "required", "각각: the first carrier; the verbal noun (처리했고); the story's year"))
d.Q("288만TEU", 2880000, "TEU", "TEU", M, f=("처리", "처리했고", "MSC", Y, "level", "required", "각각: the second carrier"))
d.Q("265만TEU", 2650000, "TEU", "TEU", M,
    f=("처리", "처리했고", "HMM", Y, "level", "required", "뒤를 이었다 names no measure: the measure of the figures before (README convention 3)"))
d.Q("4,000TEU", 4000, "TEU", "TEU", M, approx=True, note="급 after the unit stays outside and sets approx (like 원대)",
    f=("선박", None, "", "", "level", "optional", "a size class defining the ships (4,000TEU급 선박): part of the metric, no fact of its own; optional"))
d.Q("2척", 2, "척", "척", C,
    f=("선박", "선박 2척", "태평양해운", Y, "level", "optional",
       "a deployment told in the past with no date of its own and no period set for this company: the lead's 지난해 (results story) or none? (README question 3)"))
d.Q("2,550만TEU", 25500000, "TEU", "TEU", M,
    f=("물동량 목표", None, BPA, "2026", "level", "required", "the authority's own target (BPA는 … 목표를 잡고); 올해"))
d.Q("1단계", 1, "단계", "단계", "ordinal", st="optional", note="1단계 부두 (phase 1): an ordinal like 1차, or part of a project's name? optional")
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("항만 인프라", None, BPA, "2026", "level", "required", "X에 N원을 투자 → what it is spent on (as 001's 투입); BPA; 올해 of the sentence; a plan"))

if __name__ == "__main__":
    write_all(docs)
