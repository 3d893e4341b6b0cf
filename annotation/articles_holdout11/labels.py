"""Gold labels of articles-holdout11, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout11/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 home-shopping annual recap (입력 stamp + byline)
d = Doc("001_87b45cc67f22ba16", "2026-01-21"); docs.append(d)
H = "CJ온스타일"
d.Oall(H, H)
d.O("CJ ENM", "CJ ENM", note="parent company cited as the source (따르면); the figures are CJ온스타일's by the genitive")
d.O("담솜푸드", "담솜푸드", note="invented startup introduced by 스타트업")
d.O("GS샵", "GS샵")
d.O("현대홈쇼핑", "현대홈쇼핑")
Y = "2025"
d.D("지난해", Y, "year", ctx="CJ온스타일, 지난해", rel=True)
d.D("2026.01.21", "2026-01-21", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="지난해 외형을", rel=True)
d.D("21일", "2026-01-21", "day", rel=True, note="day of the report (따르면)")
d.D("지난해", Y, "year", ctx="CJ온스타일의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.7%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1년 전", Y, "year", rel=True,
    note="an offset from the document date (3년 전 대비 is an offset like any other): 2026-01-21 minus a year = 2025")
d.D("12월", "2025-12", "month", rel=True, note="12월 기준 (as of): the latest December on or before the document date")
d.D("4분기", "2025-Q4", "quarter", rel=True)
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 중소", rel=True)
d.D("첫해", Y, "year", rel=True, st="optional", anchor="2025-01-01",
    note="입점 첫해: points back to the entry, whose year is not written (read as 2025, the paragraph's 지난해)")
d.D("지난해", Y, "year", ctx="현대홈쇼핑의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True, note="in a quoted target")
d.Q("3조8천억", 3800000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("취급고", "지난해 취급고 3조8천억", H, Y, "level"))
d.Q("60%", 60, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("모바일 비중", "모바일 비중 첫", H, Y, "level", "required", "headline part after the ellipsis: headline's organization; story period"))
d.Q("3조 8,240억 원", 3824000000000, W, "원", "currency", f=("취급고", "CJ온스타일의 지난해 취급고", H, Y, "level"))
d.Q("4.7%", 4.7, "%", "%", P, f=("취급고", "CJ온스타일의 지난해 취급고", H, Y, "change"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("영업이익", None, H, Y, "level"))
d.Q("11.3%", 11.3, "%", "%", P, f=("영업이익", None, H, Y, "change"))
BR = "breakdown (채널별로는): the first item names the measure (…취급고가); every item keeps it; the company carried"
d.Q("2조 3,100억 원", 2310000000000, W, "원", "currency", f=("모바일 앱 취급고", None, H, Y, "level", "required", BR))
d.Q("1조 2,650억 원", 1265000000000, W, "원", "currency", f=("취급고", "앱 취급고가", H, Y, "level", "required", BR))
d.Q("2,490억 원", 249000000000, W, "원", "currency", f=("취급고", "앱 취급고가", H, Y, "level", "required", BR))
d.Q("60.4%", 60.4, "%", "%", P, f=("모바일 비중", "모바일 비중은", H, Y, "level"))
d.Q("5.2%포인트", 5.2, PP, "%포인트", P, f=("모바일 비중", "모바일 비중은", H, Y, "change", "required", "1년 전 is the basis"))
d.Q("430만 명", 4300000, "명", "명", C, f=("앱 월간 이용자 수", None, H, "2025-12", "level", "required", "12월 기준 (as of)"))
d.Q("1,870만 건", 18700000, "건", "건", C,
    f=("뷰티 상품 주문 건수", None, H, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("23%", 23, "%", "%", P, f=("뷰티 상품 주문 건수", None, H, Y, "change"))
RQ = ("4분기 sits in a relative clause on the topic (4분기에 진행한 라이브커머스 방송은): the line on a date inside a relative "
      "clause on the topic would leave the story's 2025, but the clause scopes the count (and 전년 동기 follows): unclear")
d.Q("2,300회", 2300, "회", "회", C, f=("라이브커머스 방송", None, H, "2025-Q4", "level", "optional", RQ))
d.Q("35%", 35, "%", "%", P, f=("라이브커머스 방송", None, H, "2025-Q4", "change", "optional", RQ))
d.Q("312곳", 312, "곳", "곳", C, f=("중소 협력사", None, H, Y, "level", "required", "a count by 곳 counts the noun right before"))
d.Q("48억 원", 4800000000, W, "원", "currency", f=("판로 지원금", None, H, Y, "level"))
d.Q("27억 원", 2700000000, W, "원", "currency",
    f=("매출", "첫해 매출", "담솜푸드", Y, "level", "optional",
       "its own date is the optional 첫해, whose year is not written; the paragraph's 지난해 would give 2025"))
d.Q("4조 1,500억 원", 4150000000000, W, "원", "currency",
    f=("취급고", "현대홈쇼핑의 지난해 취급고", "GS샵", Y, "level", "required", "A과 B의 … 각각 X, Y: X is A's"))
d.Q("3조 6,900억 원", 3690000000000, W, "원", "currency",
    f=("취급고", "현대홈쇼핑의 지난해 취급고", "현대홈쇼핑", Y, "level", "required", "각각: Y is B's"))
d.Q("2조 6천억 원", 2600000000000, W, "원", "currency", bound="max", note="까지 after the amount gives bound max",
    f=("모바일 취급고", None, H, "2026", "level", "required", "회사 측 = CJ온스타일; a quoted target with its own 올해"))

# ---------------------------------------------------------------- 002 pet-food maker quarterly (Yonhap dateline, no year anywhere)
d = Doc("002_5950d35aaeb7edd9", "2025-11-13"); docs.append(d)
H = "하림펫푸드"
d.Oall(H, H)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("대한사료", "대한사료")
d.O("펫밀리", "펫밀리", note="a named subsidiary (자회사) of 대한사료")
d.O("포포랩", "포포랩", note="invented startup introduced by 스타트업")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="하림펫푸드, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="힘입어 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="하림펫푸드는 3분기", rel=True)
d.D("작년", "2024", "year", rel=True, note="작년 같은 기간: 작년 a document-relative year (basis); 같은 기간 a pointing-back word of its own")
d.D("같은 기간", "2024-Q3", "quarter", ctx="작년 같은 기간", rel=True, st="optional", anchor="2024-01-01",
    note="points back (작년's third quarter)")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the report (밝혔다)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months, year from the document date")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="a comparison's basis, still a DATE")
d.D("3분기", Q3, "quarter", ctx="회사는 3분기", rel=True)
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 대한사료", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("올해", "2025", "year", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.Q("19%", 19, "%", "%", P, f=("매출", "3분기 매출 19%", H, Q3, "change", "required", "headline: org + comma as topic; arrow ↑ = change"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("매출", "매출이 412억", H, Q3, "level"))
d.Q("19.2%", 19.2, "%", "%", P, f=("매출", "매출이 412억", H, Q3, "change", "required", "작년 같은 기간 is the basis"))
d.Q("38억 원", 3800000000, W, "원", "currency", ctx="이익은 38억 원", f=("영업이익", None, H, Q3, "level", "required", "흑자로 돌아섰다: the new level"))
BR = "breakdown (제품별로는): the first item names the measure (…매출이); the company carried, products are no subject"
d.Q("236억 원", 23600000000, W, "원", "currency", f=("건식 사료 매출", None, H, Q3, "level", "required", BR))
d.Q("104억 원", 10400000000, W, "원", "currency", f=("매출", "건식 사료 매출", H, Q3, "level", "required", BR))
d.Q("72억 원", 7200000000, W, "원", "currency", f=("매출", "건식 사료 매출", H, Q3, "level", "required", BR))
d.Q("41%", 41, "%", "%", P, f=("고양이 제품 비중", None, H, Q3, "level"))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("고양이 제품 비중", None, H, Q3, "change"))
d.Q("1,138억 원", 113800000000, W, "원", "currency",
    f=("누적 매출", None, H, "2025-01/2025-09", "level", "required", "new paragraph: story's organization; its own range"))
d.Q("52만 명", 520000, "명", "명", C, f=("온라인 직영몰 회원", None, H, "2025-09", "level", "required", "9월 말 기준"))
d.Q("8만 명", 80000, "명", "명", C,
    f=("온라인 직영몰 회원", None, H, "2025-09", "change", "required", "연초 is the basis; the as-of time of the sentence"))
d.Q("1,240t", 1240, "t", "t", M, f=("사료", "사료 1,240t", H, Q3, "level", "required", "회사는 = 하림펫푸드; the noun right before the amount"))
d.Q("31억 원", 3100000000, W, "원", "currency",
    f=("", None, H, Q3, "level", "optional",
       "31억 원을 벌어들였다: a plain verb gives no metric, the 수출 of the clause before is a verb of its own: "
       "empty metric or 수출 (export earnings), unclear"))
d.Q("158억 원", 15800000000, W, "원", "currency",
    f=("매출", "매출 158억", "펫밀리", Q3, "level", "required",
       "the topic 펫밀리 (대한사료's is a genitive owner before a name beside it); 같은 기간 (optional) and the lead's period both give 2025-Q3"))
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency",
    f=("국내 펫푸드 시장", None, "", "2025", "level", "required", "a market's size (규모 → the thing measured): no subject; 업계 is no ORG"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("전북 익산 공장", None, H, "2025", "level", "required",
       "spend verb 들이다: X에 N원 → X; a plan with a future date of its own (연말까지, END)"))

# ---------------------------------------------------------------- 003 chip-equipment maker's half-year orders (입력 stamp + outlet byline)
d = Doc("003_a1a33ab05ac0c87b", "2025-08-07"); docs.append(d)
H = "원익IPS"
d.Oall(H, H)
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O("삼성전자", "삼성전자", note="a customer, item of the breakdown (고객사별로는)")
d.O("SK하이닉스", "SK하이닉스", note="a customer, item of the breakdown")
d.O("나노픽셀머티리얼즈", "나노픽셀머티리얼즈", note="invented startup introduced by 스타트업")
d.O("주성엔지니어링", "주성엔지니어링")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="원익IPS, 상반기", rel=True)
d.D("2025.08.07", "2025-08-07", "day", st="optional", note="publication stamp")
d.D("상반기", H1, "half", ctx="상반기 수주를", rel=True)
d.D("올해 상반기", H1, "half", rel=True, note="올해 before a half: one mention")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("7일", "2025-08-07", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", H1, "half", ctx="같은 기간 매출", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("1년 전", "2024", "year", rel=True, note="an offset from the document date: 2025-08-07 minus a year")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("상반기", H1, "half", ctx="상반기에만", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기에는", rel=True, note="future clause")
d.D("올해", "2025", "year", ctx="올해 연간", rel=True)
d.D("하반기", "2025-H2", "half", ctx="하반기 경기", rel=True, note="future clause (투입한다)")
d.D("지난 5월", "2025-05", "month", rel=True)
d.D("같은 기간", H1, "half", ctx="같은 기간 경쟁사", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.Q("5천억", 500000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주", "상반기 수주 5천억", H, H1, "level"))
d.Q("5,270억 원", 527000000000, W, "원", "currency", f=("신규 수주액", None, H, H1, "level"))
d.Q("46%", 46, "%", "%", P, f=("신규 수주액", None, H, H1, "change"))
SP = "같은 기간 (optional) and the lead's period both give 2025-H1"
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("매출", "같은 기간 매출", H, H1, "level", "required", SP))
d.Q("362억 원", 36200000000, W, "원", "currency", f=("영업이익", "영업이익은 362억", H, H1, "level", "required", SP))
d.Q("8.4%", 8.4, "%", "%", P, f=("영업이익률", None, H, H1, "level"))
d.Q("4.1%포인트", 4.1, PP, "%포인트", P, f=("영업이익률", None, H, H1, "change", "required", "1년 전 is the basis"))
BR = ("breakdown by customer (고객사별로는): the first item names the measure (수주가); a customer is a category and the "
      "counterparty of the orders, not their subject: the company carried (settled reading on breakdowns)")
d.Q("3,480억 원", 348000000000, W, "원", "currency", f=("수주", "삼성전자 수주가", H, H1, "level", "required", BR))
d.Q("66%", 66, "%", "%", P,
    f=("수주", "삼성전자 수주가", H, H1, "level", "required", "share of a whole (전체의): the part named before; " + BR))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("수주", "삼성전자 수주가", H, H1, "level", "required", BR))
d.Q("770억 원", 77000000000, W, "원", "currency", f=("수주", "삼성전자 수주가", H, H1, "level", "required", BR))
d.Q("6,950억 원", 695000000000, W, "원", "currency", f=("수주잔고", None, H, "2025-06", "level", "required", "6월 말 기준"))
d.Q("84대", 84, "대", "대", C,
    f=("증착 장비", None, H, H1, "level", "required",
       "a count by 대 counts the noun before it (the topic 증착 장비); new paragraph: story's organization"))
d.Q("9,400억 원", 940000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("연간 매출", None, H, "2025", "level", "required", "증권가 is the source; the genitive owner 원익IPS"))
d.Q("800억 원", 80000000000, W, "원", "currency",
    f=("연구개발(R&D) 센터 증설", None, H, "2025-H2", "level", "required", "spend verb 투입: X에 N원 → X; a plan with its own 하반기"))
d.Q("45억 원", 4500000000, W, "원", "currency",
    f=("지분 투자", None, H, "2025-05", "level", "required", "a figure right before a verbal noun; the investee is no subject"))
d.Q("2,140억 원", 214000000000, W, "원", "currency",
    f=("수주액", "주성엔지니어링의 수주액", "주성엔지니어링", H1, "level", "required", SP))
d.Q("12%", 12, "%", "%", P, f=("수주액", "주성엔지니어링의 수주액", "주성엔지니어링", H1, "change", "required", SP))

# ---------------------------------------------------------------- 004 coffee franchise's store count (뉴시스 dateline, no year anywhere)
d = Doc("004_e47e466f64926dad", "2025-10-02"); docs.append(d)
MG, AH, CP = "메가MGC커피", "앤하우스", "컴포즈커피"
d.O("메가커피", MG, note="short form of 메가MGC커피 in the headline")
d.Oall(MG, MG, special={0: ("required", "a franchise brand named as a company (brands named as companies are ORG)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(AH, AH, special={0: ("required", "운영사: the operator of 메가MGC커피")})
d.Oall(CP, CP)
d.O("더벤티", "더벤티", note="listed beside 컴포즈커피 with its own figure")
d.O("브루웨이로지스", "브루웨이로지스", note="invented firm introduced by 신생 업체")
d.D("2일", "2025-10-02", "day", rel=True, note="day of the report (따르면)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="a date before a figure in brackets: dates that figure")
d.D("지난해", "2024", "year", rel=True)
d.D("같은 시점", "2025-09", "month", mod="END", rel=True, st="optional", anchor="2025-09-21",
    note="points back to 9월 말 (like 같은 기간)")
d.D("올해", "2025", "year", ctx="올해에만", rel=True)
d.D("지난달", "2025-09", "month", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an offset from the document date: 2025-10-02 minus a year")
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("올해", "2025", "year", ctx="올해 상생", rel=True)
NOP = ("no period written: the title and the lead (the dateline paragraph) give no date, the as-of 9월 말 comes in the next "
       "paragraph; a count approached (다가섰다, 눈앞), not reached")
d.Q("3천500개", 3500, "개", "개", C, f=("매장", None, MG, "", "level", "optional", "headline, no comma: the lead's owner; " + NOP))
d.Q("3,500개", 3500, "개", "개", C, f=("가맹점 수", "메가MGC커피의 가맹점 수", MG, "", "level", "optional", NOP))
d.Q("3,482개", 3482, "개", "개", C,
    f=("가맹점 수", "앤하우스의 가맹점 수", AH, "2025-09", "level", "required", "the genitive owner 앤하우스 (the brand only sits beside it); 9월 말 기준"))
d.Q("3,140개", 3140, "개", "개", C,
    f=("가맹점 수", "앤하우스의 가맹점 수", AH, "2025", "level", "required",
       "a figure in brackets right after a date: the date's figure (연초 → 2025, START); the measure of the sentence before"))
d.Q("342개", 342, "개", "개", C, f=("가맹점 수", "앤하우스의 가맹점 수", AH, "2025-09", "change", "required", "연초 is the basis"))
d.Q("4,660억 원", 466000000000, W, "원", "currency", f=("매출", None, AH, "2024", "level"))
d.Q("1,076억 원", 107600000000, W, "원", "currency", f=("영업이익", "영업이익은 1,076억", AH, "2024", "level"))
d.Q("23.1%", 23.1, "%", "%", P, f=("영업이익률", None, AH, "2024", "level", "required", "period and subject carried in the paragraph"))
ST = "the only date is the optional 같은 시점 (a new paragraph carries no period): optional fact"
d.Q("2,870개", 2870, "개", "개", C,
    f=("매장", "1,790개 매장", CP, "2025-09", "level", "optional", "figures coordinated by a comma share the noun after the last; " + ST))
d.Q("1,790개", 1790, "개", "개", C, f=("매장", "1,790개 매장", "더벤티", "2025-09", "level", "optional", ST))
d.Q("410개", 410, "개", "개", C, f=("매장", "매장을 410개", CP, "2025", "change", "required", "늘렸다: a change; the object right before"))
d.Q("3.4달러", 3.4, U, "달러", "currency",
    f=("국제 아라비카 원두 선물 가격", None, "", "2025-09", "level", "required",
       "a market's price: no subject; 파운드당 has no number (a rate denominator, not a quantity)"))
d.Q("52%", 52, "%", "%", P, f=("국제 아라비카 원두 선물 가격", None, "", "2025-09", "change", "required", "1년 전 is the basis"))
PR = ("지난 4월 dates the price change, but the line on a date before a change's starting figure gives it to 1,500원 only, "
      "and the new value and the change would take the period carried in the paragraph (지난달): unclear")
d.Q("1,500원", 1500, W, "원", "currency",
    f=("아메리카노 가격", None, AH, "2025-04", "level", "optional", "a price a company sets is its own; " + PR))
d.Q("1,700원", 1700, W, "원", "currency", f=("아메리카노 가격", None, AH, "2025-04", "level", "optional", PR))
d.Q("200원", 200, W, "원", "currency", f=("아메리카노 가격", None, AH, "2025-04", "change", "optional", PR))
d.Q("60억 원", 6000000000, W, "원", "currency", ctx="기금 60억 원", f=("상생 기금", None, AH, "2025", "level"))
d.Q("3년", 3, "year", "년", "duration", note="간 outside: a duration")
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균)")
d.Q("300잔", 300, "잔", "잔", C,
    f=("", None, "", "", "level", "optional",
       "a franchisee's hypothetical in a quote (팔아도): a person's figure, a plain verb, no date; whether it has a fact is unclear"))

# ---------------------------------------------------------------- 005 regional airport's year passengers (regional daily, byline only)
d = Doc("005_acb87cf47e37a3e2", "2025-12-29"); docs.append(d)
AP, KA = "청주국제공항", "한국공항공사 청주지사"
APN = "an airport: a site run by 한국공항공사; ORG (a site acting as an institution) or a place is unclear (README question 1)"
d.Oall("청주공항", AP, special={i: ("optional", APN) for i in range(3)})
d.O(AP, AP, st="optional", note=APN)
d.O("충청일보", "충청일보", note="regional daily in the byline (media are ORG)")
d.O(KA, KA, note="a parent name followed by one of its units is one mention")
d.O("에어로케이항공", "에어로케이항공", note="item of a ranking by airline")
d.O("에어로케이", "에어로케이항공", ctx="에어로케이는", note="short form of 에어로케이항공")
d.O("제주항공", "제주항공")
d.O("티웨이항공", "티웨이항공")
d.O("충청북도", "충청북도", note="a province acting as a government (편성했다)")
d.O("청풍트립", "청풍트립", note="invented startup introduced by 스타트업")
Y = "2025"
d.D("올해", Y, "year", ctx="청주공항 올해", rel=True)
d.D("올해", Y, "year", ctx="이용객이 올해", rel=True)
d.D("올해", Y, "year", ctx="올해 들어", rel=True, note="올해 들어 … 까지: the range from this year's start")
d.D("28일", "2025-12-28", "day", rel=True, note="…까지: the end of the tally")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True, note="before a figure in brackets: dates that figure (a basis)")
d.D("같은 기간", "2024", "year", ctx="지난해 같은 기간", rel=True, st="optional", anchor="2024-01-01",
    note="points back (last year's same span: 1 January to 28 December 2024)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", Y, "year", ctx="에어로케이는 올해", rel=True)
d.D("내년", "2026", "year", rel=True)
d.D("2027년", "2027", "year", note="2027년까지: a target year")
d.D("올해", Y, "year", ctx="올해 1만", rel=True)
RG = "2025/2025-12-28"
APF = ("an airport's traffic: the airport (an optional ORG) or its operator 한국공항공사 청주지사, which reports it, as subject: "
       "unclear (README question 1)")
d.Q("480만 명", 4800000, "명", "명", C, ctx="이용객 480만 명", bound="gt", note="돌파 → gt",
    f=("이용객", "올해 이용객", KA, Y, "level", "optional", "headline; " + APF))
d.Q("480만 명", 4800000, "명", "명", C, ctx="480만 명을 넘어섰다", bound="gt", note="넘어섰다 → gt",
    f=("이용객", "청주국제공항 이용객", KA, Y, "level", "optional", APF))
d.Q("484만 2,300명", 4842300, "명", "명", C,
    f=("이용객", "청주공항 이용객이", KA, RG, "level", "optional", "올해 들어 28일까지: the range; " + APF))
d.Q("457만 명", 4570000, "명", "명", C,
    f=("이용객", "청주공항 이용객이", KA, "2024", "level", "optional", "in brackets after its date: the basis's figure; " + APF))
d.Q("6%", 6, "%", "%", P, f=("이용객", "청주공항 이용객이", KA, RG, "change", "optional", APF))
d.Q("162만 명", 1620000, "명", "명", C, f=("국제선 이용객", None, KA, Y, "level", "optional", APF))
d.Q("25.4%", 25.4, "%", "%", P, f=("국제선 이용객", None, KA, Y, "change", "optional", APF))
d.Q("322만 명", 3220000, "명", "명", C, f=("국내선 이용객", None, KA, Y, "level", "optional", APF))
BR = "a ranking that names its measure after the first item (오사카 노선 이용객이): every item keeps it; "
d.Q("41만 명", 410000, "명", "명", C, f=("오사카 노선 이용객", None, KA, Y, "level", "optional", BR + APF))
d.Q("28만 명", 280000, "명", "명", C, f=("이용객", "오사카 노선 이용객", KA, Y, "level", "optional", BR + APF))
d.Q("19만 명", 190000, "명", "명", C, f=("이용객", "오사카 노선 이용객", KA, Y, "level", "optional", BR + APF))
d.Q("38.5%", 38.5, "%", "%", P,
    f=("여객 점유율", None, "에어로케이항공", Y, "level", "required",
       "measure broken down as topic after a word in 별; an airline is an organization, not a category: the share is its own; story period"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("11개", 11, "개", "개", C, f=("국제선 정기 노선", None, "에어로케이항공", Y, "level", "required", "…을 11개로 늘렸다: the new level"))
d.Q("21.7%", 21.7, "%", "%", P, f=("점유율", "티웨이항공의 점유율", "제주항공", Y, "level", "required", "A과 B의 … 각각 X, Y"))
d.Q("17.9%", 17.9, "%", "%", P, f=("점유율", "티웨이항공의 점유율", "티웨이항공", Y, "level", "required", "각각: Y is B's"))
d.Q("3만 1,400t", 31400, "t", "t", M,
    f=("화물 처리량", None, KA, Y, "level", "optional", "new paragraph: the story's period; " + APF))
d.Q("2.8%", 2.8, "%", "%", P, f=("화물 처리량", None, KA, Y, "change", "optional", APF))
d.Q("42억 원", 4200000000, W, "원", "currency",
    f=("공항 활성화 예산", None, "충청북도", "2026", "level", "required", "an amount given as something (…으로 편성): that noun"))
d.Q("600만 명", 6000000, "명", "명", C,
    f=("연간 이용객", None, "충청북도", "2027", "level", "optional",
       "도는 = 충청북도; a province's target for the airport's traffic: the province's or the airport's, unclear (README question 2)"))
d.Q("1만 2천 명", 12000, "명", "명", C,
    f=("", None, "청풍트립", Y, "level", "required",
       "a count by 명 with no noun or object before it and a plain verb (모았다): empty metric"))

# ---------------------------------------------------------------- 006 shipbuilding-parts supplier's contract (press release, no date at all)
d = Doc("006_987cecb0f0a269c9", "2025-11-20"); docs.append(d)
H = "세진마린텍"
d.Oall(H, H)
d.Oall("HD현대중공업", "HD현대중공업")
d.O("부산대학교 산학협력단", "부산대학교 산학협력단", note="a parent name followed by one of its units is one mention")
d.O("오션센싱", "오션센싱", note="invented startup introduced by 스타트업")
d.O("한국선급", "한국선급")
d.D("지난해", "2024", "year", ctx="지난해 연간 매출", rel=True)
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention; A부터 B까지 is two mentions")
d.D("2028년 6월", "2028-06", "month")
d.D("올해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters is one DATE")
d.D("지난해", "2024", "year", ctx="지난해 연간 수주액", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("2년 전", "2023", "year", rel=True, note="an offset from the document date: 2025-11-20 minus two years")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause)")
d.D("지난달", "2025-10", "month", rel=True)
d.D("현재", "2025-11-20", "day", rel=True, st="optional", note="현재 takes the document date")
d.D("2027년", "2027", "year", note="a target year in a quote")
CT = ("no date of the contract is written: the story's period would be the lead's first date (지난해), but that date stands "
      "before a figure it dates only (1,950억 원), which later figures do not take: empty or 2024, unclear (README question 3)")
d.Q("1,280억 원", 128000000000, W, "원", "currency", ctx="밸브 1,280억 원",
    f=("공급 계약", None, H, "", "level", "optional", "a figure right before a verbal noun; the counterparty is no subject; " + CT))
d.Q("1,280억 원", 128000000000, W, "원", "currency", ctx="금액은 1,280억 원", f=("계약 금액", None, H, "", "level", "optional", CT))
d.Q("1,950억 원", 195000000000, W, "원", "currency",
    f=("연간 매출", None, H, "2024", "level", "required", "the figure the ratio is taken of; its own 지난해"))
d.Q("65.6%", 65.6, "%", "%", P, f=("계약 금액", None, H, "", "level", "optional", "a ratio of the contract to the sales; " + CT))
d.Q("9,800개", 9800, "개", "개", C, approx=True, note="약 → approx",
    f=("밸브", "밸브 약 9,800개", H, "2026-03/2028-06", "level", "required",
       "A부터 B까지 as the figure's time: the range; a count takes its counted noun before it"))
d.Q("2,410억 원", 241000000000, W, "원", "currency",
    f=("누적 수주액", None, H, "2025-Q1/2025-Q3", "level", "required", "new paragraph: the story's organization; its own range"))
d.Q("1,730억 원", 173000000000, W, "원", "currency", f=("연간 수주액", None, H, "2024", "level", "required", "its own 지난해 (a figure compared with)"))
d.Q("3,620억 원", 362000000000, W, "원", "currency", f=("수주잔고", None, H, "2025-09", "level", "required", "9월 말 기준"))
d.Q("58%", 58, "%", "%", P,
    f=("비중", "차지하는 비중", H, "2025-09", "level", "required",
       "no date of its own: the period last set in the paragraph for its subject (9월 말); 2년 전 is a basis"))
d.Q("17%포인트", 17, PP, "%포인트", P, f=("비중", "차지하는 비중", H, "2025-09", "change", "required", "2년 전 is the basis"))
d.Q("230억 원", 23000000000, W, "원", "currency",
    f=("투자", "투자한다", H, "", "level", "optional",
       "투자 is no spend verb: the verbal noun; 회사는 = 세진마린텍; no date of its own, a new paragraph: " + CT))
d.Q("1만 5천 개", 15000, "개", "개", C,
    f=("생산능력", None, H, "", "level", "optional", "the object right before a figure that changes it, past 연 (a rate word without a number); " + CT))
d.Q("2만 4천 개", 24000, "개", "개", C, f=("생산능력", None, H, "", "level", "optional", "the new level; " + CT))
d.Q("60명", 60, "명", "명", C,
    f=("신규 인력", None, H, "2025", "level", "required", "a measure marked 도 is its own; a plan with a future date of its own (연말까지, END)"))
QT = ("a quoted target of '세진마린텍 관계자' (a person's title as the speaker, the quote's clause without a subject): the company's "
      "or empty by the Named-subjects line, unclear (README question 4)")
d.Q("31%", 31, "%", "%", P, f=("수출 비중", None, H, "2025-11-20", "level", "optional", "its only date is the optional 현재; " + QT))
d.Q("45%", 45, "%", "%", P, bound="max", note="까지 after the amount gives bound max",
    f=("수출 비중", None, H, "2027", "level", "optional", QT))

if __name__ == "__main__":
    write_all(docs)
