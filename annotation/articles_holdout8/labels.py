"""Gold labels of articles-holdout8, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout8/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
STAMP = "publication stamp (the date only; the clock time is not labelled)"

# ---------------------------------------------------------------- 001 builder's overseas orders (입력 stamp + outlet byline)
d = Doc("001_f00e7cebcf291ade", "2026-11-26"); docs.append(d)
DW = "대우건설"
d.Oall(DW, DW)
d.O("한국경제", "한국경제", note="outlet in the byline line")
d.O("소나트랙", "소나트랙", note="company introduced by 에너지기업; the country outside")
d.O("세온엔지니어링", "세온엔지니어링", note="invented firm introduced by 설계업체")
R = "2026-01/2026-10"
d.D("올해", "2026", "year", ctx="대우건설, 올해", rel=True)
d.D("2026.11.26", "2026-11-26", "day", st="optional", note=STAMP)
d.D("올해 1~10월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("26일", "2026-11-26", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", rel=True)
d.D("지난 8월", "2026-08", "month", rel=True)
d.D("지난 5월", "2026-05", "month", rel=True)
d.D("9월 말", "2026-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset: that year (a comparison's basis)")
d.D("올해", "2026", "year", ctx="올해 플랜트", rel=True)
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지, future clause: this year's end")
d.D("내년", "2027", "year", rel=True)
d.Q("5조", 5000000000000, W, "", "currency", ctx="수주 5조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("해외 수주", None, DW, "2026", "level"))
d.Q("62%", 62, "%", "%", P,
    f=("중동·아프리카 비중", None, DW, R, "level", "required",
       "headline part after the ellipsis: 올해 dates only the part before it; the story's period (the body's lead)"))
d.Q("5조 2,300억 원", 5230000000000, W, "원", "currency", f=("해외 수주액", None, DW, R, "level"))
d.Q("3조 1,800억 원", 3180000000000, W, "원", "currency",
    f=("해외 수주액", "연간 해외 수주액(", DW, "2025", "level", "required", "figure in brackets after a noun: that noun's; 연간 outside; 지난해 dates it only"))
d.Q("64.5%", 64.5, "%", "%", P,
    f=("해외 수주액", "해외 수주액이", DW, R, "change", "required",
       "…보다 N% 많은 규모다: a change; the measure of the sentence before; the basis's 지난해 dates only the bracketed figure"))
BD = "breakdown (지역별로는): the figure before's metric (해외 수주액); a region is no subject"
d.Q("2조 1,400억 원", 2140000000000, W, "원", "currency", f=("해외 수주액", "해외 수주액(", DW, R, "level", "required", BD))
d.Q("1조 1,000억 원", 1100000000000, W, "원", "currency", f=("해외 수주액", "해외 수주액(", DW, R, "level", "required", BD))
d.Q("8,600억 원", 860000000000, W, "원", "currency", f=("해외 수주액", "해외 수주액(", DW, R, "level", "required", BD))
d.Q("1조 3,500억 원", 1350000000000, W, "원", "currency",
    f=("비료공장 건설 공사", None, DW, "2026-08", "level", "required",
       "X 규모의 Y → Y; the counterparty 소나트랙 is not the subject; new paragraph: the story's organization"))
d.Q("2건", 2, "건", "건", C, f=("정유시설 보수 공사", None, DW, "2026-05", "level", "required", "counted noun right before"))
d.Q("44조 6,000억 원", 44600000000000, W, "원", "currency", f=("수주 잔고", None, DW, "2026-09", "level", "required", "9월 말 기준 (END)"))
d.Q("21%", 21, "%", "%", P, f=("해외 비중", None, DW, "2026-09", "level", "required", "same as-of date, same sentence"))
d.Q("5%포인트", 5, PP, "%포인트", P, f=("해외 비중", None, DW, "2026-09", "change", "required", "1년 전보다: the basis"))
d.Q("14곳", 14, "곳", "곳", C, f=("중소 협력사", None, DW, "2026", "level", "required", "곳 counts the noun right before"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("해외 매출", None, "", "2026", "level", "required",
       "이들 업체: the 14 partners taken together, not all named (only 세온엔지니어링) → empty subject; 모두 is no approximator"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="min",
    f=("추가 수주", None, DW, "2026", "level", "required", "회사는 = 대우건설; an outlook with its own future date (연말까지)"))
d.Q("7조 원", 7000000000000, W, "원", "currency",
    f=("해외 수주 목표", None, DW, "2027", "level", "required", "the object right before a figure that sets it"))

# ---------------------------------------------------------------- 002 low-cost airline's quarterly results (Yonhap dateline, no year)
d = Doc("002_c2ac299d3ea520f8", "2026-11-12"); docs.append(d)
JJ = "제주항공"
d.Oall(JJ, JJ)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("티웨이항공", "티웨이항공")
d.O("진에어", "진에어")
d.O("보잉", "보잉", st="optional", note="maker's name only as the modifier inside a product's name (보잉 737-8)")
d.Oall("에어로핏", "에어로핏", special={0: ("required", "invented startup introduced by 스타트업")})
Q3 = "2026-Q3"
d.D("3분기", Q3, "quarter", ctx="제주항공, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="제주항공은 3분기", rel=True)
d.D("전년 동기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2026-07-01", note="points back")
d.D("12일", "2026-11-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 수송한", rel=True, st="optional", anchor="2026-07-01", note="points back to 3분기")
d.D("3분기", Q3, "quarter", ctx="3분기 항공유", rel=True)
d.D("1년 전", "2025", "year", rel=True, note="offset: that year (a comparison's basis)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 각각", rel=True, st="optional", anchor="2026-07-01", note="points back to 3분기")
d.D("연말", "2026", "year", mod="END", rel=True, note="연말까지, future clause")
d.D("이달 말", "2026-11", "month", mod="END", rel=True)
d.D("지난 4월", "2026-04", "month", rel=True)
d.Q("612억", 61200000000, W, "", "currency", ctx="영업이익 612억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "영업이익 612억…", JJ, Q3, "level"))
d.Q("5,214억 원", 521400000000, W, "원", "currency", f=("매출", "매출이 5,214억", JJ, Q3, "level", "required", "연결 기준 outside"))
d.Q("11.3%", 11.3, "%", "%", P, f=("매출", "매출이 5,214억", JJ, Q3, "change"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "영업이익은 612억", JJ, Q3, "level"))
d.Q("430억 원", 43000000000, W, "원", "currency", f=("당기순이익", None, JJ, Q3, "level"))
d.Q("386만 명", 3860000, "명", "명", C, f=("여객", "여객은", JJ, Q3, "level", "required", "명 counts the noun before (the topic); 분기 기준 is a record's basis"))
BR = "breakdown by route (노선별로는): a place is no counted item; the passengers counted before; the airline carried"
d.Q("148만 명", 1480000, "명", "명", C, f=("여객", "여객은", JJ, Q3, "level", "required", BR))
d.Q("112만 명", 1120000, "명", "명", C, f=("여객", "여객은", JJ, Q3, "level", "required", BR))
d.Q("54만 명", 540000, "명", "명", C, f=("여객", "여객은", JJ, Q3, "level", "required", BR))
d.Q("91.4%", 91.4, "%", "%", P, f=("국제선 탑승률", None, JJ, Q3, "level", "required", "평균 outside the metric"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("국제선 탑승률", None, JJ, Q3, "change"))
d.Q("84달러", 84, U, "달러", "currency",
    f=("항공유 가격", None, "", Q3, "level", "required", "a market price: empty subject; 배럴당 = rate word without a number"))
d.Q("9%", 9, "%", "%", P, f=("항공유 가격", None, "", Q3, "change", "required", "1년 전보다: basis"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("유류비", None, JJ, Q3, "level", "required", "제주항공의 유류비; 3분기 earlier in the sentence"))
d.Q("28.4%", 28.4, "%", "%", P, f=("유류비", None, JJ, Q3, "level", "required", "share of a whole: the part named before (유류비)"))
SP = "같은 기간 (optional) and the lead's period both give 2026-Q3"
d.Q("287억 원", 28700000000, W, "원", "currency", f=("영업이익", "영업이익을 냈다", "티웨이항공", Q3, "level", "required", "각각: the first item; " + SP))
d.Q("341억 원", 34100000000, W, "원", "currency", f=("영업이익", "영업이익을 냈다", "진에어", Q3, "level", "required", "각각: the second item; " + SP))
d.Q("3대", 3, "대", "대", C, f=("여객기", None, JJ, "2026", "level", "required", "대 counts the noun right before; a plan with its own date (연말까지)"))
d.Q("45대", 45, "대", "대", C, f=("보유 대수", None, JJ, "2026", "level", "required", "the object right before a figure that sets it"))
d.Q("60억 원", 6000000000, W, "원", "currency",
    f=("시리즈A 투자", None, "에어로핏", "2026-04", "level", "required", "X 규모의 Y → Y; relative clause on 회사 with the topic 에어로핏"))

# ---------------------------------------------------------------- 003 refinery's quarterly results (입력 stamp + outlet byline)
d = Doc("003_5f7cb11a9b54fd11", "2026-10-29"); docs.append(d)
SO = "S-OIL"
d.O(SO, SO, ctx="S-OIL, 3분기")
d.O(SO, SO, ctx="S-OIL(에쓰오일)", aliases="에쓰오일", note="a known name alone in brackets after it: its alias, not a mention")
d.O("에쓰오일", SO, ctx="에쓰오일은 울산", note="the alias's later use: a mention, canonical the full name")
d.O("에쓰오일", SO, ctx="에쓰오일은 올해", note="the alias's later use")
d.O("이데일리", "이데일리", note="outlet in the byline line")
d.D("3분기", Q3, "quarter", ctx="S-OIL, 3분기", rel=True)
d.D("2026.10.29", "2026-10-29", "day", st="optional", note=STAMP)
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("29일", "2026-10-29", "day", rel=True, note="day of the disclosure")
d.D("2분기", "2026-Q2", "quarter", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 평균", rel=True)
d.D("전 분기", "2026-Q2", "quarter", rel=True, st="optional", anchor="2026-07-01", note="points back")
d.D("9월 말", "2026-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("3분기", Q3, "quarter", ctx="회사는 3분기", rel=True)
d.D("지난해 같은 기간", "2025-Q3", "quarter", rel=True, st="optional", anchor="2026-07-01",
    note="one mention, like 전년 같은 기간; points back to 3분기 (a comparison's basis)")
d.D("올해", "2026", "year", ctx="에쓰오일은 올해", rel=True)
d.Q("4,870억", 487000000000, W, "", "currency", ctx="영업익 4,870억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, SO, Q3, "level"))
d.Q("8조 9,420억 원", 8942000000000, W, "원", "currency", f=("매출", None, SO, Q3, "level"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("영업이익", "영업이익 4,870억 원", SO, Q3, "level", "required", "figures listed by a comma"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("영업손실", None, SO, "2026-Q2", "level"))
MK = "싱가포르 복합 정제마진"
d.Q("7.8달러", 7.8, U, "달러", "currency",
    f=(MK, None, "", Q3, "level", "required", "a market's margin: empty subject; 배럴당 = rate word without a number; 평균 outside"))
d.Q("4.2달러", 4.2, U, "달러", "currency",
    f=(MK, None, "", "2026-Q2", "level", "optional",
       "the basis in brackets after a date (전 분기, optional): its only date is an optional DATE → optional fact"))
d.Q("3.6달러", 3.6, U, "달러", "currency", f=(MK, None, "", Q3, "change"))
BP = "breakdown (사업 부문별로는) naming its measure after the first item (영업이익을 냈고): every item; a business line is no subject"
d.Q("2,910억 원", 291000000000, W, "원", "currency", f=("영업이익", "영업이익을 냈고", SO, Q3, "level", "required", BP))
d.Q("840억 원", 84000000000, W, "원", "currency", f=("영업이익", "영업이익을 냈고", SO, Q3, "level", "required", BP))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("영업이익", "영업이익을 냈고", SO, Q3, "level", "required", BP))
d.Q("21.7%", 21.7, "%", "%", P, f=("영업이익률", None, SO, Q3, "level", "required", "a business line is no subject: the company carried"))
d.Q("세 부문", 3, "부문", "부문", C, st="optional", note="세 + a noun that is no counter: counted with the noun as unit, optional")
d.Q("98.2%", 98.2, "%", "%", P, f=("정제설비 가동률", None, SO, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("57%", 57, "%", "%", P, f=("수출 비중", None, SO, Q3, "level", "required", "share of a whole: the part named before"))
PJ = "a project's figure (샤힌 프로젝트, no ORG) that the company reports: the company's own facility, or a product-like thing with no subject? unclear (README question 2)"
d.Q("86%", 86, "%", "%", P, f=("공정률", None, SO, "2026-09", "level", "optional", PJ))
d.Q("9조 2,580억 원", 9258000000000, W, "원", "currency", f=("총 사업비", None, SO, "2026-09", "level", "optional", PJ))
d.Q("150원", 150, W, "원", "currency", f=("분기 배당", None, SO, Q3, "level", "required", "주당 = rate word without a number; 회사는 = S-OIL"))
d.Q("50원", 50, W, "원", "currency", ctx="보다 50원",
    f=("분기 배당", None, SO, Q3, "change", "required", "…보다 N원 많다: a change; the measure of the sentence before; 지난해 같은 기간 is the basis"))
d.Q("30%", 30, "%", "%", P, bound="min",
    f=("배당 성향", None, SO, "2026", "level", "required", "연간 qualifies the period (outside); a plan with its own date (올해)"))

# ---------------------------------------------------------------- 004 webtoon platform's year (뉴시스 dateline, no year written)
d = Doc("004_bbe319c222052109", "2026-12-02"); docs.append(d)
RD = "리디"
d.Oall(RD, RD)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("코단샤", "코단샤", note="publisher introduced by 출판사; the country outside")
d.O("트랜스노바", "트랜스노바", note="invented startup introduced by 스타트업")
R = "2026-01/2026-11"
d.D("올해", "2026", "year", ctx="리디, 올해", rel=True)
d.D("올해 1~11월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2025-01/2025-11", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to the range")
d.D("2일", "2026-12-02", "day", rel=True, note="day of the report (밝혔다)")
d.D("11월", "2026-11", "month", ctx="11월 기준", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset: that year (a comparison's basis)")
d.D("올해", "2026", "year", ctx="올해 해외 거래액", rel=True)
d.D("올해", "2026", "year", ctx="올해 작가들", rel=True)
d.D("지난해", "2025", "year", rel=True)
d.D("지난달", "2026-11", "month", rel=True)
d.D("내년 상반기", "2027-H1", "half", rel=True)
d.D("지난 9월", "2026-09", "month", rel=True)
d.D("내년", "2027", "year", ctx="내년 거래액", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘었다 → gt",
    f=("웹툰 거래액", "웹툰 거래액 4천억", RD, "2026", "level"))
d.Q("40%", 40, "%", "%", P, ctx="첫 40%",
    f=("해외 비중", None, RD, R, "level", "required",
       "headline part after the ellipsis: 올해 dates only the part before; the story's period (the body's lead range)"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("웹툰·웹소설 거래액", None, RD, R, "level"))
d.Q("23%", 23, "%", "%", P, f=("웹툰·웹소설 거래액", None, RD, R, "change"))
d.Q("2,760억 원", 276000000000, W, "원", "currency", f=("웹툰 거래액", "웹툰 거래액은", RD, R, "level"))
d.Q("67%", 67, "%", "%", P, f=("웹툰 거래액", "웹툰 거래액은", RD, R, "level", "required", "share of a whole: the part named before"))
d.Q("1,360억 원", 136000000000, W, "원", "currency", f=("웹소설 거래액", "웹소설 거래액은", RD, R, "level"))
d.Q("9%", 9, "%", "%", P, ctx="원으로 9%", f=("웹소설 거래액", "웹소설 거래액은", RD, R, "change"))
d.Q("420만 명", 4200000, "명", "명", C,
    f=("해외 월간 이용자", None, RD, "2026-11", "level", "required", "new paragraph: the story's organization; 11월 기준"))
d.Q("60%", 60, "%", "%", P, ctx="보다 60%", f=("해외 월간 이용자", None, RD, "2026-11", "change", "required", "1년 전보다: basis"))
d.Q("1,660억 원", 166000000000, W, "원", "currency", f=("해외 거래액", "올해 해외 거래액", RD, "2026", "level"))
d.Q("40.3%", 40.3, "%", "%", P, f=("해외 거래액", "올해 해외 거래액", RD, "2026", "level", "required", "share of a whole (전체의): the part named before"))
BC = "breakdown (국가별로는): the figure before's metric (해외 거래액, its share); a country is no subject"
d.Q("910억 원", 91000000000, W, "원", "currency", f=("해외 거래액", "올해 해외 거래액", RD, "2026", "level", "required", BC))
d.Q("180억 원", 18000000000, W, "원", "currency", f=("해외 거래액", "올해 해외 거래액", RD, "2026", "level", "required", BC))
d.Q("120억 원", 12000000000, W, "원", "currency", ctx="영국 120억 원", f=("해외 거래액", "올해 해외 거래액", RD, "2026", "level", "required", BC))
d.Q("1,530억 원", 153000000000, W, "원", "currency",
    f=("정산금", None, RD, "2026", "level", "required", "the subject of a relative clause on the measure noun owns the figure (리디가 … 지급한)"))
d.Q("19%", 19, "%", "%", P, ctx="보다 19%", f=("정산금", "정산금은 1,530억", RD, "2026", "change", "required", "지난해보다: basis; the topic 정산금은, not the one inside 평균 정산금"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of 1인당")
d.Q("3,100만 원", 31000000, W, "원", "currency", f=("평균 정산금", None, RD, "2026", "level", "required", "1인당 outside; period carried in the paragraph"))
d.Q("300편", 300, "편", "편", C,
    f=("작품", None, RD, "2026-11", "level", "required", "a count between its noun and 의 counts the noun before; the counterparty 코단샤 is no subject"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("투자", "투자해", RD, "2026-09", "level", "required", "verbal noun; the counterparty is no subject"))
d.Q("18%", 18, "%", "%", P, ctx="지분 18%", f=("지분", None, RD, "2026-09", "level", "required", "Stakes: the holder is the subject"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", f=("거래액 목표", None, RD, "2027", "level", "required", "the object right before a figure that sets it"))

# ---------------------------------------------------------------- 005 port authority's container cargo (regional daily, byline at the end)
d = Doc("005_d7fb01cf19955206", "2026-07-14"); docs.append(d)
BPA = "부산항만공사"
d.O(BPA, BPA, ctx="부산항만공사, 상반기")
d.O(BPA, BPA, ctx="부산항만공사(BPA)", aliases="BPA", note="the bracketed short name is its alias, not a mention")
d.O("BPA", BPA, ctx="BPA는 하반기", note="the alias's later use: a mention, canonical the full name")
d.O("BPA", BPA, ctx="BPA는 올해", note="the alias's later use")
d.O("부산신항만", "부산신항만", aliases="PNC", note="terminal operator: topic with a business's figure (처리); PNC its alias")
d.O("포트래빗", "포트래빗", note="invented startup introduced by 스타트업")
H1 = "2026-H1"
d.D("상반기", H1, "half", ctx="부산항만공사, 상반기", rel=True)
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("14일", "2026-07-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 같은 기간", "2025-H1", "half", rel=True, st="optional", anchor="2026-01-01",
    note="one mention, like 전년 같은 기간; points back to 상반기 (a comparison's basis)")
d.D("같은 기간", H1, "half", ctx="같은 기간 312만", rel=True, st="optional", anchor="2026-01-01", note="points back to 상반기")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (투입한다)")
d.D("올해", "2026", "year", ctx="올해 선사", rel=True)
d.D("지난해", "2025", "year", ctx="지난해보다 20억", rel=True)
d.D("올해", "2026", "year", ctx="올해 연간", rel=True)
d.D("지난달", "2026-06", "month", rel=True)
TEU = "TEU: a unit of container volume (twenty-foot equivalent), written in Latin letters: a measure, unit as written"
d.Q("1,241만TEU", 12410000, "TEU", "TEU", M, note=TEU,
    f=("물동량", "상반기 물동량", BPA, H1, "level", "required", "headline topic with a comma; the headline's 상반기"))
d.Q("1,241만 TEU", 12410000, "TEU", "TEU", M, note=TEU, f=("컨테이너 물동량", None, BPA, H1, "level"))
d.Q("4.8%", 4.8, "%", "%", P,
    f=("컨테이너 물동량", None, BPA, H1, "change", "required", "…보다 N% 늘어난 역대 최대치다: the measure of the sentence before"))
d.Q("703만 TEU", 7030000, "TEU", "TEU", M, f=("환적 물동량", None, BPA, H1, "level", "required", "new paragraph: the story's organization and period"))
d.Q("6.9%", 6.9, "%", "%", P, f=("환적 물동량", None, BPA, H1, "change"))
d.Q("56.6%", 56.6, "%", "%", P, f=("환적 물동량", None, BPA, H1, "level", "required", "share of a whole (전체의): the part named before"))
d.Q("538만 TEU", 5380000, "TEU", "TEU", M, f=("수출입 물동량", None, BPA, H1, "level"))
d.Q("2.2%", 2.2, "%", "%", P, f=("수출입 물동량", None, BPA, H1, "change"))
PL = "신항, 북항: places (parts of the port), no subject; the organization carried (the story's), as in a breakdown by region"
d.Q("1,002만 TEU", 10020000, "TEU", "TEU", M, f=("물동량", "북항의 물동량", BPA, H1, "level", "required", "각각, first; " + PL))
d.Q("239만 TEU", 2390000, "TEU", "TEU", M, f=("물동량", "북항의 물동량", BPA, H1, "level", "required", "각각, second; " + PL))
d.Q("80.7%", 80.7, "%", "%", P, f=("처리 비중", None, BPA, H1, "level", "required", PL))
d.Q("312만 TEU", 3120000, "TEU", "TEU", M,
    f=("처리", "처리해", "부산신항만", H1, "level", "required", "a verbal noun serves (312만 TEU를 처리해); " "같은 기간 (optional) and the lead's period both give 2026-H1"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank (no fact)")
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("항만 인프라", None, BPA, "2026-H2", "level", "required", "spent on: X에 N원을 투입 → X; BPA = 부산항만공사"))
d.Q("620억 원", 62000000000, W, "원", "currency",
    f=("진해신항 공사", None, BPA, "2026-H2", "level", "required", "이 중: part of the 1,870억 원; 쓰인다 (spend verb) → the purpose marked by 에; period carried"))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("선사 인센티브 예산", None, BPA, "2026", "level", "required", "a measure marked 도 is its own"))
d.Q("20억 원", 2000000000, W, "원", "currency", ctx="보다 20억 원", f=("선사 인센티브 예산", None, BPA, "2026", "change", "required", "지난해보다: basis"))
d.Q("2,500만 TEU", 25000000, "TEU", "TEU", M,
    f=("목표", "연간 목표인", BPA, "2026", "level", "required", "a figure a copula says is something right before it (목표인); 연간 outside"))
d.Q("40분", 40, "minute", "분", "duration", note="A에서 B로 줄였다: two mentions; an amount of time (no fact)")
d.Q("25분", 25, "minute", "분", "duration", note="the new level; an amount of time (no fact)")

# ---------------------------------------------------------------- 006 cement maker's annual results and dividend (뉴시스 dateline, no year)
d = Doc("006_7a0ca8b7877049fc", "2026-02-10"); docs.append(d)
SY = "쌍용C&E"
d.Oall(SY, SY)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한일시멘트", "한일시멘트")
d.O("아세아시멘트", "아세아시멘트", note="topic of a clause giving a business's figure (영업이익), peer of 한일시멘트")
d.O("동해공장", "동해공장", st="optional", note="a plant: a named unit of the company and a site; ORG or place is unclear (as holdout6's 제철소)")
d.Oall("카본루프", "카본루프", special={0: ("required", "invented startup introduced by 스타트업")})
Y = "2025"
d.D("지난해", Y, "year", ctx="쌍용C&E, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="쌍용C&E는 지난해", rel=True)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the disclosure")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1년 전", "2025", "year", rel=True, note="offset: that year (a comparison's basis)")
d.D("올해", "2026", "year", ctx="올해부터", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="쌍용C&E는 올해", rel=True)
d.D("지난달", "2026-01", "month", rel=True)
d.D("지난해", Y, "year", ctx="지난해 매출은 9억", rel=True)
d.Q("2,480억", 248000000000, W, "", "currency", ctx="영업이익 2,480억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "영업이익 2,480억…", SY, Y, "level"))
d.Q("410원", 410, W, "원", "currency", ctx="배당 410원",
    f=("배당", "배당 410원", SY, Y, "level", "required", "주당 = rate word without a number; headline's part after the ellipsis: the story's period"))
d.Q("1조 7,320억 원", 1732000000000, W, "원", "currency", f=("매출", "매출 1조", SY, Y, "level", "required", "연결 기준 outside"))
d.Q("2,480억 원", 248000000000, W, "원", "currency", f=("영업이익", "영업이익 2,480억 원", SY, Y, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "매출은 전년보다", SY, Y, "change"))
d.Q("12.6%", 12.6, "%", "%", P, f=("영업이익", "영업이익은 12.6%", SY, Y, "change"))
d.Q("1,095만t", 10950000, "t", "t", M, f=("시멘트 출하량", None, SY, Y, "level", "required", "new paragraph: the story's organization and period"))
d.Q("8.4%", 8.4, "%", "%", P, f=("시멘트 출하량", None, SY, Y, "change"))
d.Q("132달러", 132, U, "달러", "currency", f=("유연탄 가격", None, "", Y, "level", "required", "a market price: empty subject; t당 = rate word without a number"))
d.Q("21%", 21, "%", "%", P, f=("유연탄 가격", None, "", Y, "change", "required", "1년 전보다: basis"))
d.Q("46%", 46, "%", "%", P, bound="max", note="까지 right after the amount gives bound max (Project decision)",
    f=("순환자원 사용 비중", None, SY, Y, "level", "required", "…까지 높아졌다 states the new level; share of a whole (연료의): the part named before"))
d.Q("410원", 410, W, "원", "currency", ctx="주당 410원을",
    f=("결산 배당", None, SY, Y, "level", "required", "회사는 = 쌍용C&E; the dividend on the lead's year (as holdout6 001's 결산 배당)"))
d.Q("2,070억 원", 207000000000, W, "원", "currency", approx=True, f=("배당 총액", None, SY, Y, "level"))
d.Q("137%", 137, "%", "%", P, f=("배당 총액", None, SY, Y, "level", "required", "share of a whole (순이익의): the part named before"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside; a duration (no fact)")
d.Q("400원", 400, W, "원", "currency", bound="min",
    f=("배당", "배당하겠다", SY, "2026", "level", "optional",
       "a plan from 올해 for 3 years, 매년: is the period 올해 (its only DATE) or a span 2026-2028 no mention writes? unclear"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank (no fact)")
d.Q("1,310억 원", 131000000000, W, "원", "currency",
    f=("영업이익", "영업이익 1,310억", "한일시멘트", Y, "level", "required", "같은 기간 (optional) and the lead's period both give 2025"))
d.Q("980억 원", 98000000000, W, "원", "currency",
    f=("영업이익", "영업이익 1,310억", "아세아시멘트", Y, "level", "required", "clauses a name opens as topic share the measure (냈다); 같은 기간 carried"))
d.Q("1,600억 원", 160000000000, W, "원", "currency",
    f=("동해공장 친환경 설비 전환", None, SY, "2026", "level", "required", "spent on: X에 N원을 투입 → X"))
d.Q("15억 원", 1500000000, W, "원", "currency", f=("투자", "투자했다", SY, "2026-01", "level", "required", "verbal noun; the counterparty is no subject"))
d.Q("23명", 23, "명", "명", C,
    f=("직원", None, "카본루프", "", "level", "optional", "a present headcount: period carried from the paragraph (지난달) or none: unclear (as holdout6's question 3)"))
d.Q("9억 원", 900000000, W, "원", "currency", f=("매출", "매출은 9억", "카본루프", Y, "level"))

# ---------------------------------------------------------------- 007 province's farm-food export statistic (press release, no date at all)
d = Doc("007_6080a34e8fa633a3", "2026-01-20"); docs.append(d)
GB = "경상북도"
d.Oall(GB, GB)
d.O("하늘빛영농조합법인", "하늘빛영농조합법인", note="영농조합법인 ends a name; the place 상주 outside")
d.O("경북농식품유통교육진흥원", "경북농식품유통교육진흥원", note="partner (함께) of the province")
d.D("지난해", Y, "year", ctx="경상북도, 지난해", rel=True, note="resolved against the intended date (the text has none)")
d.D("지난해", Y, "year", ctx="경상북도는 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", rel=True)
NS = ("the province's export statistic, which the province reports: no subject, as a country's statistic a ministry "
      "reports (national_measures line, applied to a province's economy)")
d.Q("8억 달러", 800000000, U, "달러", "currency", ctx="8억 달러 돌파", bound="gt", note="돌파 → gt",
    f=("농식품 수출", None, "", Y, "level", "required", NS))
d.Q("8억 1,200만 달러", 812000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", NS + "; 도내 outside (scope)"))
d.Q("9.7%", 9.7, "%", "%", P, f=("농식품 수출액", None, "", Y, "change", "required", "전년보다: basis"))
d.Q("8억 달러", 800000000, U, "달러", "currency", ctx="8억 달러를", bound="gt", note="넘어섰다 → gt",
    f=("농식품 수출액", None, "", Y, "level", "required", "처음으로 is a record word, no noun"))
BI = "breakdown (품목별로는): the figure before's metric (농식품 수출액); a category is no subject; no organization carried"
d.Q("3억 4,500만 달러", 345000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BI))
d.Q("2억 2,800만 달러", 228000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BI))
d.Q("9,600만 달러", 96000000, U, "달러", "currency", f=("농식품 수출액", None, "", Y, "level", "required", BI))
d.Q("4,120만 달러", 41200000, U, "달러", "currency", f=("딸기 수출", None, "", Y, "level", "required", "a measure topic keeps its own"))
d.Q("28.3%", 28.3, "%", "%", P, f=("딸기 수출", None, "", Y, "change", "required", "rates of listed clauses with 각각 after the last share the change word"))
BG = "Breakdowns go on: a category topic naming no measure (샤인머스캣은) takes the metric of the figure before it in its sentence (딸기 수출)"
d.Q("3,380만 달러", 33800000, U, "달러", "currency", f=("딸기 수출", None, "", Y, "level", "required", BG))
d.Q("17.5%", 17.5, "%", "%", P, f=("딸기 수출", None, "", Y, "change", "required", BG + "; 각각 증가했다 → change"))
d.Q("1억 8,900만 달러", 189000000, U, "달러", "currency", f=("수출액", "국가별 수출액", "", Y, "level", "required", "국가별 outside; a country is no subject"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("1억 2,300만 달러", 123000000, U, "달러", "currency", f=("베트남 수출", None, "", Y, "level"))
d.Q("31%", 31, "%", "%", P, f=("베트남 수출", None, "", Y, "change"))
d.Q("2,140곳", 2140, "곳", "곳", C, f=("수출 농가", None, "", Y, "level", "required", "a count between its noun and 의; farms not named: no subject; the lead's period"))
d.Q("3,800만 원", 38000000, W, "원", "currency", f=("평균 수출 소득", None, "", Y, "level"))
d.Q("420t", 420, "t", "t", M, f=("배 수출 물량", None, "하늘빛영농조합법인", Y, "level", "required", "topic with its own figure; the lead's period"))
d.Q("9억 달러", 900000000, U, "달러", "currency",
    f=("수출 목표", None, GB, "2026", "level", "optional",
       "the province's target for the province's exports: the body's own figure (경상북도) or the statistic's (none)? unclear"))
d.Q("126억 원", 12600000000, W, "원", "currency",
    f=("해외 판촉과 물류비 지원", None, GB, "2026", "level", "required", "a budget allots (편성) the purpose marked by 에 (등에); 도는 = 경상북도, its own budget"))
d.Q("3곳", 3, "곳", "곳", C,
    f=("해외 공동 물류센터", None, GB + ";경북농식품유통교육진흥원", "2026", "level", "required", "partner with 함께 joins the carried subject"))

# ---------------------------------------------------------------- 008 mobile-game publisher's launch and quarter (입력 stamp + outlet byline)
d = Doc("008_6475e7469601120b", "2026-11-06"); docs.append(d)
CT = "컴투스"
d.Oall(CT, CT)
d.O("매일경제", "매일경제", note="outlet in the byline line")
d.O("픽셀하우스", "픽셀하우스", note="invented firm introduced by 게임사")
d.D("2026.11.06", "2026-11-06", "day", st="optional", note=STAMP)
d.D("지난 10월 1일", "2026-10-01", "day", rel=True, note="the launch day (in a relative clause)")
d.D("10월", "2026-10", "month", ctx="10월 한 달", rel=True)
d.D("6일", "2026-11-06", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난달 말", "2026-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("같은 날", "2026-11-06", "day", rel=True, st="optional", anchor="2026-11-06", note="anaphoric day: 6일")
d.D("3분기", Q3, "quarter", ctx="같은 날 3분기", rel=True)
d.D("전년 동기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2026-07-01", note="points back")
d.D("전 분기", "2026-Q2", "quarter", rel=True, st="optional", anchor="2026-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기 620억", rel=True)
d.D("9월 말", "2026-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2025", "year", rel=True, note="offset: that year (a comparison's basis)")
d.D("내년 상반기", "2027-H1", "half", rel=True)
d.D("지난 8월", "2026-08", "month", rel=True)
d.Q("한 달", 1, "month", "달", "duration", ctx="출시 한 달 매출", note="an amount of time (no fact)")
d.Q("420억", 42000000000, W, "", "currency", ctx="매출 420억\n", st="optional", note="headline amount, currency implied",
    f=("매출", "매출 420억\n", "", "2026-10", "level"))
d.Q("한 달", 1, "month", "달", "duration", ctx="10월 한 달 동안", note="동안 outside; an amount of time (no fact)")
PR = ("a product's figure (the game, the sentence's subject): no subject, though its maker is named — as the subject of the "
      "relative clause 컴투스가 … 출시한, no topic of the sentence")
d.Q("420억 원", 42000000000, W, "원", "currency", f=("매출", "매출을 올렸다고", "", "2026-10", "level", "required", PR))
d.Q("850만 건", 8500000, "건", "건", C, bound="gt", note="넘었다 → gt",
    f=("누적 다운로드", None, "", "2026-10", "level", "required", "the game's figure, carried on: no subject; 지난달 말 기준 (END)"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("매출", "매출은 1,870억", CT, Q3, "level", "required", "같은 날 dates the disclosure; 3분기 실적 opens the frame"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "매출은 1,870억", CT, Q3, "change"))
d.Q("132억 원", 13200000000, W, "원", "currency", f=("영업이익", "영업이익은 132억", CT, Q3, "level", "required", "흑자 전환: a level"))
d.Q("7.1%", 7.1, "%", "%", P, f=("영업이익률", None, CT, Q3, "level"))
d.Q("3.4%포인트", 3.4, PP, "%포인트", P, f=("영업이익률", None, CT, Q3, "change", "required", "전 분기보다: basis; 개선됐다 → change"))
BRg = "breakdown (지역별로는) naming its measure after the first item (가장 많은 매출을 올렸고): every item; a region is no subject"
d.Q("690억 원", 69000000000, W, "원", "currency", f=("매출", "매출을 올렸고", CT, Q3, "level", "required", BRg))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("매출", "매출을 올렸고", CT, Q3, "level", "required", BRg))
d.Q("250억 원", 25000000000, W, "원", "currency", f=("매출", "매출을 올렸고", CT, Q3, "level", "required", BRg))
d.Q("72%", 72, "%", "%", P, f=("해외 매출 비중", None, CT, Q3, "level"))
BG8 = ("breakdown by game (게임별로는) naming its measure after the first item (가장 많은 매출을 냈고): every item; a product in a "
       "company's breakdown is no subject, the company carried (the settled reading)")
d.Q("620억 원", 62000000000, W, "원", "currency", f=("매출", "매출을 냈고", CT, Q3, "level", "required", BG8))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("매출", "매출을 냈고", CT, Q3, "level", "required", BG8 + "; 9이닝스 inside a title is no quantity"))
d.Q("1,120명", 1120, "명", "명", C,
    f=("개발 인력", None, CT, "2026-09", "level", "required", "a member noun as topic keeps the carried subject (the story's organization)"))
d.Q("80명", 80, "명", "명", C, f=("개발 인력", None, CT, "2026-09", "change", "required", "1년 전보다: basis"))
d.Q("3종", 3, "종", "종", C, f=("신작", None, CT, "2027-H1", "level"))
d.Q("30억 원", 3000000000, W, "원", "currency", f=("투자", "투자했다", CT, "2026-08", "level", "required", "verbal noun; the counterparty is no subject"))

write_all(docs)
