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
d.Q("19%", 19, "%", "%", P, ctx="보다 19%", f=("정산금", None, RD, "2026", "change", "required", "지난해보다: basis"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of 1인당")
d.Q("3,100만 원", 31000000, W, "원", "currency", f=("평균 정산금", None, RD, "2026", "level", "required", "1인당 outside; period carried in the paragraph"))
d.Q("300편", 300, "편", "편", C,
    f=("작품", None, RD, "2026-11", "level", "required", "a count between its noun and 의 counts the noun before; the counterparty 코단샤 is no subject"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("투자", "투자해", RD, "2026-09", "level", "required", "verbal noun; the counterparty is no subject"))
d.Q("18%", 18, "%", "%", P, ctx="지분 18%", f=("지분", None, RD, "2026-09", "level", "required", "Stakes: the holder is the subject"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", f=("거래액 목표", None, RD, "2027", "level", "required", "the object right before a figure that sets it"))

write_all(docs)
