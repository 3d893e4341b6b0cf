"""Gold labels of articles-holdout62, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: python annotation/articles_holdout62/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: optional in gold)"
HL = "headline amount, currency implied (ANNOTATION: optional)"

# ---------------------------------------------------------------- 001 game company's quarterly results (Yonhap dateline, 2026년 1분기 in the lead)
d = Doc("001_c89a72f76889fcdd", "2026-05-08"); docs.append(d)
RS, HZ = "라온소프트", "하이젠게임즈"
d.Oall(RS, RS, special={0: ("required", "headline topic with a comma"),
                        2: ("required", "an organization before a person's title (박지훈 라온소프트 대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("텐센트", "텐센트", special={0: ("required", "the publishing partner (퍼블리싱 파트너 텐센트)"),
                                 1: ("required", "the payee of the fees (에 낸): counterparty")})
d.O(HZ, HZ, note="invented rival introduced by 경쟁사")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="1분기 매출 1,284억", rel=True, note="headline quarter without a year: latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="one mention (year + quarter)")
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 18.6%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("8일", "2026-05-08", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("전 분기", "2025-Q4", "quarter", ctx="전 분기보다 5.3%", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("지난 2월", "2026-02", "month", rel=True, note="latest February on or before the document date")
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="3월 말까지 (까지 outside); latest March")
d.D("같은 날", "2026-05-08", "day", rel=True, st="optional", anchor="2026-05-08", note="points back to the day named before (8일)")
d.D("1분기", Q1, "quarter", ctx="1분기 매출 2,106억", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (내놓고 … 도전하겠다): the next Q2")
d.D("올해", "2026", "year", rel=True)
d.Q("1,284억", 128400000000, W, "", "currency", ctx="1,284억…", st="optional", note=HL,
    f=("매출", "1분기 매출 1,284억", RS, Q1, "level"))
d.Q("71%", 71, "%", "%", P, ctx="비중 71%",
    f=("해외 비중", None, RS, Q1, "level", "required", "headline topic with a comma; the headline's own quarter (1분기) across the ellipsis"))
d.Q("1,284억 원", 128400000000, W, "원", "currency", f=("매출", "기준 매출이", RS, Q1, "level", "required", "연결 기준 (a basis) stays outside the metric"))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "기준 매출이", RS, Q1, "change", "required", "전 분기보다 = basis; the period is the current one"))
d.Q("231억 원", 23100000000, W, "원", "currency", f=("영업이익", "영업이익은 231억", RS, Q1, "level", "required", "subject carried from the lead"))
d.Q("97억 원", 9700000000, W, "원", "currency", ctx="(97억 원)",
    f=("영업이익", "영업이익은 231억", RS, "2025-Q1", "level", "required", "a basis figure in brackets right after a pointing-back date (전년 동기): that date's period"))
d.Q("2.4배", "2.4", "배", "배", C,
    f=("영업이익", "영업이익은 231억", RS, Q1, "change", "required", "N배 of a past basis (전년 동기의 2.4배에 달했고): a rate of change"))
d.Q("18.0%", "18.0", "%", "%", P, f=("영업이익률", None, RS, Q1, "level"))
d.Q("5.3%포인트", "5.3", PP, "%포인트", P, f=("영업이익률", None, RS, Q1, "change"))
d.Q("912억 원", 91200000000, W, "원", "currency", f=("해외 매출", "해외 매출은", RS, Q1, "level"))
d.Q("71%", 71, "%", "%", P, ctx="매출의 71%",
    f=("해외 매출", "해외 매출은", RS, Q1, "level", "required",
       "a share (전체 매출의 N%를 차지): the part's measure noun, the clause's topic (convention 2)"))
BR = "breakdown (지역별로는): a region names no measure; the items take the measure of the total they break down (해외 매출); subject and period carried (convention 1)"
d.Q("405억 원", 40500000000, W, "원", "currency", f=("해외 매출", "해외 매출은", RS, Q1, "level", "required", BR))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("해외 매출", "해외 매출은", RS, Q1, "level", "required", BR))
d.Q("197억 원", 19700000000, W, "원", "currency", f=("해외 매출", "해외 매출은", RS, Q1, "level", "required", BR))
d.Q("372억 원", 37200000000, W, "원", "currency", f=("국내 매출", None, RS, Q1, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("국내 매출", None, RS, Q1, "change"))
d.Q("1,200만 건", 12000000, "건", "건", C, bound="gt", note="넘겼다 → gt",
    f=("누적 다운로드", None, "", "2026-03", "level", "required",
       "a product's figure (the game '에버블룸' is the topic): empty subject (FACTS); 3월 말까지 in the clause (value 2026-03, END)"))
d.Q("386억 원", 38600000000, W, "원", "currency",
    f=("지급수수료", None, RS, Q1, "level", "required",
       "the payer is the story's company (carried; 텐센트 is the payee); the sentence before had an empty subject, so the company's last period (1분기) carries"))
d.Q("23%", 23, "%", "%", P, f=("지급수수료", None, RS, Q1, "change"))
d.Q("2,106억 원", 210600000000, W, "원", "currency", f=("매출", "1분기 매출 2,106억", HZ, Q1, "level", "required", "the rival's own figure (topic 하이젠게임즈는); 1분기 in the clause"))
d.Q("88억 원", 8800000000, W, "원", "currency", f=("영업이익", "영업이익 88억", HZ, Q1, "level"))
d.Q("44%", 44, "%", "%", P, f=("해외 매출 비중", None, HZ, Q1, "level", "required", "a sentence continuing about the rival keeps its subject and period"))
d.Q("2종", 2, "종", "종", C,
    f=("신작", None, RS, "2026-Q2", "level", "required", "the head's quote speaks for his company (convention 6); 2분기에 in the clause (future)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", f=("매출", "올해 매출 5,000억", RS, "2026", "level", "required", "a target in the head's quote (convention 6); 올해 in the clause"))

# ---------------------------------------------------------------- 002 card company's spending statistics (뉴시스 dateline, no year anywhere)
d = Doc("002_74e5ed7ddba0bb5d", "2026-03-16"); docs.append(d)
SH, YF = "신한카드", "여신금융협회"
d.Oall(SH, SH, special={0: ("required", "headline topic with a comma"),
                        5: ("required", "an organization before 관계자 (a spokesperson)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("비자", "비자", aliases="VISA", note="payment network (글로벌 결제망 비자), partner (와 손잡고); (VISA) right after it is an alias")
d.O("VISA", "비자", st="optional", note="a parenthesized alias right after the name: recorded in aliases; as a mention of its own unsettled (convention 9)")
d.O(YF, YF, note="the association cited as the source (에 따르면)")
M2 = "2026-02"
d.D("지난달", M2, "month", ctx="지난달 승인액", rel=True, note="headline")
d.D("지난달", M2, "month", ctx="지난달 카드", rel=True)
d.D("1년 전", "2025", "year", ctx="1년 전보다 6.4%", rel=True, note="an amount of time + 전 is a DATE (that year); a comparison's basis")
d.D("16일", "2026-03-16", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", M2, "month", rel=True, st="optional", anchor="2026-02-01", note=PB + " (지난달)")
d.D("지난달 말", M2, "month", mod="END", rel=True, note="one mention; as of (기준)")
d.D("지난달", M2, "month", ctx="지난달 전체", rel=True)
d.D("이달", "2026-03", "month", rel=True, note="the current month, in a forecast")
d.Q("21조", 21000000000000, W, "", "currency", ctx="21조…", st="optional", note=HL,
    f=("승인액", "지난달 승인액", SH, M2, "level"))
d.Q("34%", 34, "%", "%", P, ctx="34% 급증",
    f=("해외 결제", "해외 결제 34%", SH, M2, "change", "required", "headline topic with a comma; the headline's 지난달 across the ellipsis"))
d.Q("21조 3,800억 원", 21380000000000, W, "원", "currency", f=("카드 승인액", None, SH, M2, "level"))
d.Q("6.4%", 6.4, "%", "%", P, f=("카드 승인액", None, SH, M2, "change", "required", "1년 전보다 = basis; the period is the current one"))
d.Q("5억 1,200만 건", 512000000, "건", "건", C, f=("승인 건수", "같은 기간 승인 건수", SH, M2, "level", "required", "같은 기간 → 지난달; subject carried"))
d.Q("8.9%", 8.9, "%", "%", P, f=("승인 건수", "같은 기간 승인 건수", SH, M2, "change"))
d.Q("4만 1,760원", 41760, W, "원", "currency", f=("평균 승인 금액", None, SH, M2, "level", "required", "건당 (no number) is a rate word, not labelled"))
d.Q("2.3%", 2.3, "%", "%", P, f=("평균 승인 금액", None, SH, M2, "change"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("해외 승인액", "해외 승인액은", SH, M2, "level", "required", "genitive owner; the company's last period (지난달) carries"))
d.Q("34%", 34, "%", "%", P, ctx="34% 늘었다", f=("해외 승인액", "해외 승인액은", SH, M2, "change"))
d.Q("310만 장", 3100000, "장", "장", C, bound="gt", note="넘게 → gt",
    f=("카드", "이 카드를", SH, M2, "level", "required",
       "no measure noun governs the count: the counted noun (이 카드를 N장); 지난달 말 기준 in the clause (value 2026-02, END)"))
BR = "breakdown by business type: the measure noun heads the sentence (업종별 승인액); subject and period of the company carried (convention 1)"
d.Q("5조 6천억 원", 5600000000000, W, "원", "currency", f=("승인액", "업종별 승인액", SH, M2, "level", "required", BR))
d.Q("3조 1천억 원", 3100000000000, W, "원", "currency", f=("승인액", "업종별 승인액", SH, M2, "level", "required", BR))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", f=("승인액", "업종별 승인액", SH, M2, "level", "required", BR))
NS = "the whole market's figure after a cited source (여신금융협회에 따르면): empty subject (a market is no ORG)"
d.Q("98조 4,600억 원", 98460000000000, W, "원", "currency", f=("전체 카드 승인액", None, "", M2, "level", "required", NS))
d.Q("25억 3천만 건", 2530000000, "건", "건", C, f=("승인 건수", "승인 건수는 25억", "", M2, "level", "required", NS))
d.Q("5.8%", 5.8, "%", "%", P, f=("전체 카드 승인액", None, "", M2, "change", "required", "각각: the first figure's metric; " + NS))
d.Q("7.2%", 7.2, "%", "%", P, f=("승인 건수", "승인 건수는 25억", "", M2, "change", "required", "각각: the second figure's metric; " + NS))
d.Q("21.7%", 21.7, "%", "%", P, f=("승인액 점유율", None, SH, M2, "level", "required", "genitive owner; the paragraph's 지난달"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("5천억 원", 500000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("해외 승인액", "해외 승인액이", SH, "2026-03", "level", "required", "a spokesperson (신한카드 관계자) speaks for the company; 이달에는 in the clause"))

# ---------------------------------------------------------------- 003 provincial office of education's budget (뉴스1 dateline, 2027년 in the lead)
d = Doc("003_1e8338093e176119", "2026-11-10"); docs.append(d)
ED, CO, UN = "충청북도교육청", "충청북도의회", "전국교직원노동조합 충북지부"
d.O("충북교육청", ED, ctx="충북교육청, 내년", note="short form (the full name with it in brackets in the lead); headline topic with a comma")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(ED, ED, aliases="충북교육청", note="full name; (충북교육청) right after it is an alias")
d.O("충북교육청", ED, ctx="(충북교육청)", st="optional", note="a parenthesized alias right after the name: recorded in aliases; as a mention of its own unsettled (convention 9)")
d.Oall(CO, CO, special={0: ("required", "the provincial council the budget is submitted to (에 제출)")})
d.O("충북도", "충북도", note="a province acting as a government (the payer of the transfer, inside the metric 충북도 전입금)")
d.O("상임위원회", "상임위원회", st="optional", note="an unnamed institution noun (the council's standing committees): optional")
d.O(UN, UN, aliases="전교조 충북지부", note="teachers' union branch: the branch's name with its union's name (official name); alias in brackets")
d.O("전교조 충북지부", UN, st="optional", note="a parenthesized alias right after the name (convention 9)")
d.O("충북교육청", ED, ctx="충북교육청이 편성한", note="short form inside the union's quote")
Y7 = "2027"
d.D("내년", Y7, "year", ctx="내년 예산", rel=True, note="headline")
d.D("2027년", Y7, "year", note="the budget's year (2027년 본예산안)")
d.D("10일", "2026-11-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", "2026", "year", ctx="올해 본예산", rel=True, note="a comparison's basis, still a DATE")
d.D("올해", "2026", "year", ctx="올해보다 6.3%", rel=True)
d.D("내년", Y7, "year", ctx="내년 도내", rel=True)
d.D("올해", "2026", "year", ctx="올해보다 4,100명", rel=True)
d.D("오는 18일", "2026-11-18", "day", rel=True, note="future clause (들어가며): the next 18th")
d.D("다음 달 15일", "2026-12-15", "day", rel=True, note="deictic month + day: one mention (예정)")
d.D("올해", "2026", "year", ctx="올해(31억", rel=True)
d.Q("4조2천억", 4200000000000, W, "", "currency", st="optional", note=HL, f=("예산", "내년 예산", ED, Y7, "level"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 교육비 2,310만원", st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): ANNOTATION optional")
d.Q("2,310만원", 23100000, W, "원", "currency",
    f=("교육비", "교육비 2,310만원", ED, Y7, "level", "required", "headline topic with a comma; the headline's 내년 across the ellipsis; 학생 1인당 is the rate denominator"))
d.Q("4조 2,180억 원", 4218000000000, W, "원", "currency", f=("본예산안", None, ED, Y7, "level", "required", "2027년 in the clause"))
d.Q("4조 560억 원", 4056000000000, W, "원", "currency", f=("본예산", "올해 본예산", ED, "2026", "level", "required", "올해 right before the basis figure dates it"))
d.Q("1,620억 원", 162000000000, W, "원", "currency",
    f=("예산안", "예산안은 올해", ED, Y7, "change", "required", "늘었다: a change of the topic (예산안); the period is the current one, not the basis (올해)"))
d.Q("4.0%", "4.0", "%", "%", P, f=("예산안", "예산안은 올해", ED, Y7, "change", "required", "the rate in brackets after the amount: the same change"))
d.Q("3조 3,400억 원", 3340000000000, W, "원", "currency",
    f=("보통교부금", None, ED, Y7, "level", "required", "a revenue item of the office's budget (세입 가운데): the office carried; a basis's date (올해) sets no period, 2027 carries"))
d.Q("79.2%", 79.2, "%", "%", P, f=("보통교부금", None, ED, Y7, "level", "required", "a share (N%를 차지): the part's measure noun (convention 2)"))
d.Q("2,950억 원", 295000000000, W, "원", "currency",
    f=("충북도 전입금", None, ED, Y7, "level", "required", "a revenue item of the office's budget; the province (충북도) is the payer named inside the metric, not the subject"))
d.Q("1인", 1, "인", "인", C, ctx="학생 1인당 교육비는", st="optional", note="the dummy 1 of 1인당: optional")
d.Q("2,310만 원", 23100000, W, "원", "currency",
    f=("교육비", "교육비는 2,310만", ED, Y7, "level", "required", "the office's budget per student; 올해보다 is the basis: 2027 carried"))
d.Q("6.3%", 6.3, "%", "%", P, f=("교육비", "교육비는 2,310만", ED, Y7, "change"))
STU = "the province's pupils (도내): a region's figure, not an ORG's, empty subject; 내년 in the clause"
d.Q("18만 2,600명", 182600, "명", "명", C, f=("학생", "고 학생은", "", Y7, "level", "required", STU))
d.Q("4,100명", 4100, "명", "명", C, f=("학생", "고 학생은", "", Y7, "change", "required", STU + "; 올해보다 = basis"))
BR = "breakdown (분야별로는): each item names its own measure noun; the office and 2027 carried"
d.Q("2조 6,870억 원", 2687000000000, W, "원", "currency", f=("인건비", None, ED, Y7, "level", "required", BR))
d.Q("3,140억 원", 314000000000, W, "원", "currency", f=("교육환경 개선 시설비", None, ED, Y7, "level", "required", BR))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("돌봄 사업", None, ED, Y7, "level", "required", BR + "; 늘봄학교 is a program, no ORG"))
d.Q("620억 원", 62000000000, W, "원", "currency", ctx="예산은 620억 원", f=("디지털 교육 예산", None, ED, Y7, "level"))
d.Q("38%", 38, "%", "%", P, f=("디지털 교육 예산", None, ED, Y7, "change", "required", "깎였다: a change (value as written)"))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("교원 수업 지원 예산", None, ED, Y7, "level", "required",
       "the organization subject of the relative clause on the figure (충북교육청이 편성한) owns it, though the union speaks; the office's 2027 carried"))
d.Q("31억 원", 3100000000, W, "원", "currency",
    f=("교원 수업 지원 예산", None, ED, "2026", "level", "required", "a basis figure in brackets right after a date (올해(31억 원)): that date; the measure of the figure before"))

# ---------------------------------------------------------------- 004 battery materials maker's supply contract (bracket byline, 2027년 … in the lead)
d = Doc("004_ad76a6d61c4da956", "2026-06-23"); docs.append(d)
DW, ST, HU = "대원첨단소재", "스텔란티스", "대원첨단소재헝가리"
d.Oall(DW, DW, skip=(2,), special={0: ("required", "headline topic with a comma"),
                                   3: ("required", "the parent named after 모회사")})
d.O(HU, HU, note="invented subsidiary introduced by 헝가리 자회사 (one word: the name; 헝가리 before it is a place)")
d.Oall(ST, ST, special={0: ("required", "the automaker customer (와): counterparty")})
d.O("아시아경제", "아시아경제", note="outlet in the bracket byline")
d.O("한국투자증권", "한국투자증권", note="a brokerage, topic of the last sentence")
RG = "2027-01/2033-12"
d.D("2027년 1월", "2027-01", "month", note="2027년 1월부터 … 2033년 12월까지: two mentions (A부터 B까지)")
d.D("2033년 12월", "2033-12", "month")
d.D("2028년", "2028", "year", ctx="2028년까지", note="까지 outside")
d.D("23일", "2026-06-23", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("지난해", "2025", "year", rel=True)
d.D("이달", "2026-06", "month", rel=True, note="이달 현재: as of (현재 after a date is not a mention of its own)")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("2028년", "2028", "year", ctx="2028년 양극재")
d.Q("5.2조", 5200000000000, W, "", "currency", st="optional", note=HL, f=("공급 계약", "양극재 공급 계약", DW, "", "level"))
d.Q("18만t", 180000, "t", "t", M, approx=True, note="약 outside, approx",
    f=("하이니켈 양극재", "하이니켈 양극재 약", DW, RG, "level", "required",
       "the supplier (가) is the subject, the customer (와) the counterparty; the supply period in the clause (two DATEs: written as the range)"))
d.Q("5조 2,400억 원", 5240000000000, W, "원", "currency",
    f=("계약", "규모의 계약", DW, RG, "level", "required", "X 규모의 Y → Y; the contract's supply period named in its sentence (the relative clause on 계약)"))
d.Q("2만 5,700t", 25700, "t", "t", M,
    f=("공급 물량", "연평균 공급 물량", DW, RG, "level", "required", "연평균 (a rate word, no DATE) stays outside the metric; the contract's subject and period carried"))
d.Q("30만 대", 300000, "대", "대", C, approx=True, note="약 outside, approx",
    f=("전기차", None, "", "", "level", "optional",
       "an illustration of the volume (전기차 약 30만 대에 들어가는 양): whose count, and of which period? unclear (open question 4)"))
d.Q("4,800억 원", 480000000000, W, "원", "currency",
    f=("투자", "원을 투자해", HU, "2028", "level", "required", "이 자회사 = the subsidiary named before; the verbal noun (투자해); 2028년까지 in the clause"))
d.Q("4만t", 40000, "t", "t", M, ctx="4만t에서",
    f=("연산 능력", None, HU, "", "level", "optional",
       "A에서 B로: the old level has no date of its own; the sentence's 2028년까지 belongs to the change (open question 3)"))
d.Q("7만t", 70000, "t", "t", M, f=("연산 능력", None, HU, "2028", "level", "required", "A에서 B로: the new level, 2028년까지 in its sentence"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("투자금", None, DW, "2028", "level", "optional",
       "the parent (모회사 대원첨단소재가) funds part of the subsidiary's investment: subject clear; period: the investment's 2028 (written) or, by carry-forward, the parent's last period (the contract range)? (open question 3)"))
d.Q("3조 1,700억 원", 3170000000000, W, "원", "currency", f=("매출", "연결 매출 3조", DW, "2025", "level", "required", "연결 (a basis) outside; 지난해 in the clause"))
d.Q("165%", 165, "%", "%", P,
    f=("계약 금액", None, DW, RG, "level", "optional",
       "a ratio of the contract amount to last year's sales: the contract's period (written) or the 지난해 of its clause? (open question 5)"))
d.Q("21조 원", 21000000000000, W, "원", "currency", approx=True, note="약 outside, approx",
    f=("수주 잔고", None, DW, "2026-06", "level", "required", "이달 현재 (as of) in the clause; the company carried"))
d.Q("8,230억 원", 823000000000, W, "원", "currency", f=("매출", "1분기 매출은", DW, "2026-Q1", "level"))
d.Q("12%", 12, "%", "%", P, f=("매출", "1분기 매출은", DW, "2026-Q1", "change", "required", "전년 동기보다 = basis"))
d.Q("5조 원", 5000000000000, W, "원", "currency", bound="gt", note="넘어설 → gt",
    f=("양극재 매출", "2028년 양극재 매출", DW, "2028", "level", "required", "a brokerage's forecast of the company's figure: the genitive owner (대원첨단소재의); 2028년 in the clause"))
d.Q("28만 원", 280000, W, "원", "currency",
    f=("목표주가", None, "한국투자증권", "", "level", "optional",
       "a brokerage's target price for the company's share: the brokerage's (subject of 올렸다, written) or the company's? no date (open question 6)"))

# ---------------------------------------------------------------- 005 streaming platform's subscribers (뉴스1 dateline, no explicit year)
d = Doc("005_7f9b647ae0759dfb", "2026-07-14"); docs.append(d)
TV = "티빙"
d.Oall(TV, TV, special={0: ("required", "headline: a platform run as a business (OTT 티빙)"),
                        4: ("required", "an organization before a person's title (한승우 티빙 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall("SBS", "SBS", special={0: ("required", "broadcaster (SBS 드라마: its dramas; a description, not a longer name)"),
                              1: ("required", "the broadcaster supplying the dramas (와): counterparty")})
d.O("모바일인덱스", "모바일인덱스", note="data firm introduced by 데이터 분석 업체, cited as the source")
d.O("쿠팡플레이", "쿠팡플레이", note="rival platform (경쟁사), one of a named pair")
d.O("웨이브", "웨이브", note="rival platform, the pair's second")
d.O("넷플릭스", "넷플릭스")
Q2 = "2026-Q2"
d.D("지난달 말", "2026-06", "month", mod="END", rel=True, note="one mention; as of (기준)")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("2분기", Q2, "quarter", ctx="티빙은 2분기", rel=True, note="latest Q2 on or before the document date")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="a comparison's basis")
d.D("14일", "2026-07-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Q2, "quarter", ctx="같은 기간 총", rel=True, st="optional", anchor="2026-04-01", note=PB + " (2분기)")
d.D("1년 전", "2025", "year", rel=True, note="an amount of time + 전 is a DATE (that year); a comparison's basis")
d.D("지난 3월", "2026-03", "month", rel=True)
d.D("2분기", Q2, "quarter", ctx="2분기 경쟁사", rel=True)
d.D("같은 기간", Q2, "quarter", ctx="같은 기간 1,410만", rel=True, st="optional", anchor="2026-04-01", note=PB + " (2분기)")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
HD = "headline topic; the headline has no date of its own and nothing precedes it: empty period (convention 5)"
d.Q("624만명", 6240000, "명", "명", C, f=("유료 구독자", "티빙 유료 구독자 624만명", TV, "", "level", "required", HD))
d.Q("1년", 1, "year", "년", "duration", ctx="1년새", note="1년새 (over a year): a duration (새 outside like 간), no fact")
d.Q("27%", 27, "%", "%", P, ctx="27%↑", f=("시청 시간", "시청 시간 1년새", TV, "", "change", "required", HD + "; ↑ a change"))
d.Q("624만 명", 6240000, "명", "명", C, f=("유료 구독자", "티빙의 유료 구독자가", TV, "2026-06", "level", "required", "genitive owner; 지난달 말 기준 in the clause (value 2026-06, END)"))
d.Q("548만 명", 5480000, "명", "명", C,
    f=("유료 구독자", "티빙의 유료 구독자가", TV, "2025", "level", "required", "a basis figure in brackets right after a date (지난해 말(548만 명)): that date (value 2025, END)"))
d.Q("76만 명", 760000, "명", "명", C, f=("유료 구독자", "티빙의 유료 구독자가", TV, "2026-06", "change", "required", "늘었다; the current period, not the basis"))
d.Q("142만 명", 1420000, "명", "명", C, f=("광고형 요금제 가입자", None, TV, "2026-06", "level", "required", "part opener (이 가운데): the subject and period carried"))
d.Q("23%", 23, "%", "%", P, f=("광고형 요금제 가입자", None, TV, "2026-06", "level", "required", "a share (N%를 차지): the part's measure noun (convention 2)"))
d.Q("812만 명", 8120000, "명", "명", C, f=("월간 이용자 수", "2분기 월간 이용자 수", TV, Q2, "level", "required", "평균 (outside) is no approximator; (MAU) is an alias of the metric"))
d.Q("9.4%", 9.4, "%", "%", P, f=("월간 이용자 수", "2분기 월간 이용자 수", TV, Q2, "change", "required", "1분기보다 = basis"))
d.Q("4억 3천만 시간", 430000000, "hour", "시간", "duration",
    note="an amount of time with an hour unit: category duration by ANNOTATION's unit list, although it measures (total watch time) rather than times something",
    f=("시청 시간", "총 시청 시간", TV, Q2, "level", "optional",
       "FACTS gives durations no fact (they time something); this amount is a measured total: a fact or none? (open question 2)"))
d.Q("27%", 27, "%", "%", P, ctx="27% 늘었다", f=("시청 시간", "총 시청 시간", TV, Q2, "change", "required", "같은 기간 → 2분기; 1년 전보다 = basis; 총 a modifier"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간 → 3년: a duration, no fact")
d.Q("60편", 60, "편", "편", C,
    f=("드라마", "드라마 60편", TV, "2026-03", "level", "required", "the counted noun; 티빙 the topic (receiver), SBS (와) the counterparty; 지난 3월 in the clause"))
d.Q("1,800억 원", 180000000000, W, "원", "currency", f=("계약", "계약 규모는", TV, "2026-03", "level", "required", "the metric of a 규모 amount is the thing whose size it is (계약); subject and period carried"))
SRC = "each figure its organization's (각각 in order); the data firm is the source (에 따르면); 2분기 in the clause"
d.Q("735만 명", 7350000, "명", "명", C, f=("월간 이용자 수", "웨이브의 월간 이용자 수", "쿠팡플레이", Q2, "level", "required", SRC))
d.Q("402만 명", 4020000, "명", "명", C, f=("월간 이용자 수", "웨이브의 월간 이용자 수", "웨이브", Q2, "level", "required", SRC))
d.Q("1,410만 명", 14100000, "명", "명", C,
    f=("월간 이용자 수", "웨이브의 월간 이용자 수", "넷플릭스", Q2, "level", "required", "the measure of the figure before (no noun in the clause); 같은 기간 → 2분기"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("700만 명", 7000000, "명", "명", C, f=("유료 구독자", "유료 구독자 700만", TV, "2026", "level", "required", "a target in the head's quote (convention 6); 연말까지 in the clause (value 2026, END)"))

# ---------------------------------------------------------------- 006 farm cooperative's harvest and prices (입력 stamp + byline line)
d = Doc("006_cafc00f1f20d6be7", "2025-10-28"); docs.append(d)
MG, AT, KB = "문경새재사과농협", "한국농수산식품유통공사", "경상북도농업기술원"
d.O("경북일보", "경북일보", note="outlet in the byline line")
d.O(MG, MG, note="invented local cooperative (place name part of its name); topic of the lead")
d.O(AT, AT, aliases="aT", note="public corporation, the compiler of a market price (가 집계한)")
d.O("aT", AT, ctx="(aT)", st="optional", note="a parenthesized alias right after the name (convention 9)")
d.O("가락시장", "가락시장", st="optional", note="a wholesale market: a place, or a site acting as an institution? (ANNOTATION: sites that act as institutions are optional)")
d.O(KB, KB, note="the agriculture research institute (analyst: 분석했다)")
d.O("농협", MG, ctx="농협은 값을", note="short form of the cooperative named in full in the lead (the local 농협 the story is about)")
d.O("농협경제지주", "농협경제지주", note="the agricultural federation's business holding company")
Y = "2025"
d.D("2025.10.28", "2025-10-28", "day", st="optional", note="publication stamp (the date; the clock time 09:40 is not labelled)")
d.D("올해", Y, "year", ctx="농협은 올해", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a basis, with its figure in brackets")
d.D("27일", "2025-10-27", "day", rel=True, note="day of the report (밝혔다), the day before the stamp")
d.D("이달 하순", "2025-10", "month", mod="END", rel=True, note="one mention (deictic + part of the month)")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전 is a DATE (that year); a comparison's basis")
d.D("같은 기간", "2025-10", "month", mod="END", rel=True, st="optional", anchor="2025-10-21", note=PB + " (이달 하순)")
d.D("올해", Y, "year", ctx="기술원은 올해", rel=True)
d.D("올해", Y, "year", ctx="\"올해 생산비", rel=True)
d.Q("18%", 18, "%", "%", P, ctx="18% 늘었지만",
    f=("사과 생산량", "문경 사과 생산량", "", "", "change", "optional",
       "headline with no ORG (문경 is a place) and no date: empty subject and period by the letter, or the body's cooperative and 올해? (open question 9)"))
d.Q("21%", 21, "%", "%", P, ctx="21% 뚝",
    f=("산지값", None, "", "", "change", "required", "a market price of a place (no ORG); the headline has no date of its own: empty period (convention 5)"))
d.Q("1,240곳", 1240, "곳", "곳", C, f=("조합원 농가", None, MG, Y, "level", "required", "the counted noun before the count; the cooperative's members; 올해 in the sentence"))
d.Q("2만 1,600t", 21600, "t", "t", M,
    f=("사과 생산량", "사과 생산량이", MG, Y, "level", "required", "the cooperative's members' harvest, reported by the cooperative as its topic; 올해 in the clause"))
d.Q("1만 8,300t", 18300, "t", "t", M, f=("사과 생산량", "사과 생산량이", MG, "2024", "level", "required", "a basis figure in brackets right after a date (지난해(1만 8,300t))"))
d.Q("18%", 18, "%", "%", P, ctx="18% 늘었다고", f=("사과 생산량", "사과 생산량이", MG, Y, "change"))
BR = "breakdown (품종별로는): a variety names no measure; the total's measure (사과 생산량), subject and period carried (convention 1)"
d.Q("1만 4,900t", 14900, "t", "t", M, f=("사과 생산량", "사과 생산량이", MG, Y, "level", "required", BR))
d.Q("69%", 69, "%", "%", P, f=("사과 생산량", "사과 생산량이", MG, Y, "level", "required", BR + "; a share with no measure noun of the part: the total's"))
d.Q("4,200t", 4200, "t", "t", M, f=("사과 생산량", "사과 생산량이", MG, Y, "level", "required", BR))
d.Q("1,800t", 1800, "t", "t", M, f=("사과 생산량", "사과 생산량이", MG, Y, "level", "required", BR))
d.Q("10㎏", 10, "kg", "㎏", M, note="a real amount as the unit a price is quoted for (10㎏ 상자당): a quantity",
    f=("부사", None, "", "2025-10", "level", "optional", "the unit a price is quoted for: has it a fact of its own? (open question 7)"))
MK = "a market price of a place (문경 지역 산지 가격): empty subject (a market is no ORG)"
d.Q("3만 2천 원", 32000, W, "원", "currency", f=("산지 가격", None, "", "2025-10", "level", "required", MK + "; 이달 하순 in the clause (value 2025-10, END)"))
d.Q("21%", 21, "%", "%", P, ctx="21% 낮다", f=("산지 가격", None, "", "2025-10", "change", "required", MK + "; 1년 전보다 = basis; 낮다 against a past basis: a change"))
MK2 = "a market's wholesale price compiled by a public corporation (가 집계한: the compiler, a source): empty subject; 같은 기간 → 이달 하순"
d.Q("4만 6,500원", 46500, W, "원", "currency", f=("도매가격", None, "", "2025-10", "level", "required", MK2))
d.Q("15%", 15, "%", "%", P, f=("도매가격", None, "", "2025-10", "change", "required", MK2))
PR = "the province's apple growing (도내): a region's figure, the institute only analyses it (분석했다): empty subject; 올해 in the clause"
d.Q("1만 9,400㏊", 19400, "ha", "㏊", M, f=("사과 재배면적", None, "", Y, "level", "required", PR))
d.Q("2.1%", 2.1, "%", "%", P, f=("사과 재배면적", None, "", Y, "change", "required", PR))
d.Q("24.6t", 24.6, "t", "t", M, f=("수확량", None, "", Y, "level", "required", PR + "; ㏊당 (no number) a rate word, not labelled"))
d.Q("3,500t", 3500, "t", "t", M,
    f=("비축", None, MG, Y, "level", "required",
       "no noun names the amount: the verbal noun (비축한다); 농협 = the cooperative; its last period (올해) carries"))
d.Q("120곳", 120, "곳", "곳", C,
    f=("대형마트", "대형마트 120곳", "농협경제지주", "", "level", "required",
       "the counted noun before the count; the holding company is the topic; no period was set for it and the clause names none (a plan): empty"))
QF = "a farm figure in the cooperative head's quote: farms (농가) are no ORG and the person's title names none: empty subject; 올해 in the sentence"
d.Q("2,800원", 2800, W, "원", "currency",
    note="까지 after the amount (올라 … 까지): the level reached, no bound (convention 8); ㎏당 (no number) a rate word",
    f=("생산비", None, "", Y, "level", "required", QF))
d.Q("10%", 10, "%", "%", P, ctx="10%가량", approx=True, note="가량 outside, approx", f=("농가 소득", None, "", Y, "change", "required", QF + "; 줄 것: a change"))

if __name__ == "__main__":
    write_all(docs)
