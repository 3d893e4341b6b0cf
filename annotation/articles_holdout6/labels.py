"""Gold labels of articles-holdout6, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout6/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 insurer annual results (입력 stamp + byline)
d = Doc("001_a2154ee58bfb6809", "2026-02-12"); docs.append(d)
H = "현대해상"
d.Oall(H, H)
d.O("케어브릿지", "케어브릿지", note="invented startup introduced by 스타트업")
d.O("DB손해보험", "DB손해보험")
d.O("삼성화재", "삼성화재")
d.D("지난해", "2025", "year", ctx="현대해상, 지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp")
d.D("지난해", "2025", "year", ctx="현대해상은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 17.6%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", ctx="전년보다 1.9%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; future clause (계획)")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01",
    note="points back to the story's period (지난해), past the plan sentence's 올해 상반기")
Y = "2025"
d.Q("1조2천억", 1200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("순이익", None, H, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("보험손익", None, H, Y, "change", "required", "headline: 증가; headline's 지난해"))
d.Q("1조 2,180억 원", 1218000000000, W, "원", "currency", f=("당기순이익", None, H, Y, "level", "required", "연결 기준 outside"))
d.Q("17.6%", 17.6, "%", "%", P, f=("당기순이익", None, H, Y, "change"))
d.Q("1조 340억 원", 1034000000000, W, "원", "currency", f=("보험손익", "보험손익은 1조", H, Y, "level"))
d.Q("18.2%", 18.2, "%", "%", P, f=("보험손익", "보험손익은 1조", H, Y, "change"))
d.Q("5,920억 원", 592000000000, W, "원", "currency", f=("투자손익", None, H, Y, "level"))
d.Q("4.1%", 4.1, "%", "%", P, f=("투자손익", None, H, Y, "change"))
BR = ("breakdown (부문별로는): the lines sum to 보험손익 (1조 340억 원), but the figure right before the breakdown is "
      "투자손익's 4.1%; which figure's metric the categories keep is unclear (README question 1)")
d.Q("8,760억 원", 876000000000, W, "원", "currency", f=("보험손익", "보험손익은 1조", H, Y, "level", "optional", BR))
d.Q("1,130억 원", 113000000000, W, "원", "currency", f=("보험손익", "보험손익은 1조", H, Y, "level", "optional", BR))
d.Q("450억 원", 45000000000, W, "원", "currency", ctx="일반보험 450억 원", f=("보험손익", "보험손익은 1조", H, Y, "level", "optional", BR))
d.Q("82.4%", 82.4, "%", "%", P, f=("자동차보험 손해율", None, H, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("1.9%포인트", 1.9, PP, "%포인트", P, f=("자동차보험 손해율", None, H, Y, "change"))
d.Q("2조 8,300억 원", 2830000000000, W, "원", "currency",
    f=("신계약 보험계약마진", None, H, Y, "level", "required", "신계약 narrows what is measured; alias (CSM) outside; lead's period"))
d.Q("9조 1,200억 원", 9120000000000, W, "원", "currency", f=("CSM 잔액", None, H, Y, "level", "required", "지난해 말 기준 (value 2025, END)"))
d.Q("172.5%", 172.5, "%", "%", P, f=("지급여력비율", None, H, Y, "level", "required", "same as-of date (coordinated clause)"))
d.Q("1,470억 원", 147000000000, W, "원", "currency", f=("순이익", "순이익은 1,470억", H, "2025-Q4", "level"))
d.Q("32%", 32, "%", "%", P, f=("순이익", "순이익은 1,470억", H, "2025-Q4", "change"))
d.Q("1,850원", 1850, W, "원", "currency",
    f=("결산 배당", None, H, Y, "level", "required", "주당 = rate denominator (no number); 회사는 = 현대해상; lead's period"))
d.Q("1,450억 원", 145000000000, W, "원", "currency", approx=True, f=("배당 총액", None, H, Y, "level"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("투자", "투자해", H, "2026-H1", "level", "required",
       "투자 is no spend verb: the verbal noun; the counterparty 케어브릿지 is not the subject; subject carried (회사는)"))
SP = "같은 기간 (optional) and the lead's period both give 2025"
d.Q("1조 7,720억 원", 1772000000000, W, "원", "currency", f=("순이익", "순이익은 1조 7,720억", "DB손해보험", Y, "level", "required", SP))
d.Q("2조 1,340억 원", 2134000000000, W, "원", "currency",
    f=("순이익", "순이익은 1조 7,720억", "삼성화재", Y, "level", "required", "no metric of its own in a list: the last figure's of the same unit; " + SP))

# ---------------------------------------------------------------- 002 steelmaker quarterly (Yonhap dateline, no year anywhere)
d = Doc("002_d3a4bb17738cac7b", "2025-10-24"); docs.append(d)
K = "포스코"
d.Oall(K, K)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
WK = "a steelworks: a named unit of the company and a site; ORG or place is unclear (README question 2)"
d.O("포항제철소", "포항제철소", ctx="포항제철소와", st="optional", note=WK)
d.O("광양제철소", "광양제철소", st="optional", note=WK)
d.O("현대제철", "현대제철")
d.Oall("그린슬래그랩", "그린슬래그랩", special={0: ("required", "invented startup introduced by 스타트업")})
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="포스코, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="포스코는 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기보다 2.3%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", ctx="전 분기와 비슷", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="현대제철의 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (계획): the coming Q4")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("이날", "2025-10-24", "day", rel=True, st="optional", anchor="2025-10-24", note="anaphoric day: 24일")
d.Q("898만t", 8980000, "t", "t", M, ctx="생산 898만t", f=("조강 생산", None, K, Q3, "level", "required", "headline topic with a comma"))
d.Q("21%", 21, "%", "%", P, f=("영업익", None, K, Q3, "change", "required", "arrow ↓ = change"))
d.Q("898만t", 8980000, "t", "t", M, ctx="생산량이 898만t", f=("조강 생산량", None, K, Q3, "level"))
d.Q("2.3%", 2.3, "%", "%", P, f=("조강 생산량", None, K, Q3, "change"))
SP = "같은 기간 (optional) and the lead's period both give 2025-Q3"
d.Q("9조 1,340억 원", 9134000000000, W, "원", "currency", f=("매출", None, K, Q3, "level", "required", "별도 기준 outside; " + SP))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("영업이익", None, K, Q3, "level", "required", SP))
d.Q("6.8%", 6.8, "%", "%", P, f=("매출", None, K, Q3, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("21.4%", 21.4, "%", "%", P, f=("영업이익", None, K, Q3, "change", "required", "각각: the second figure's metric"))
d.Q("81만 원", 810000, W, "원", "currency", bound="max", note="까지 right after the amount gives bound max (Project decision)",
    f=("열연강판 유통 가격", None, "", Q3, "level", "required",
       "a market price: empty subject; t당 = rate (no number); …까지 떨어진 states the new level"))
d.Q("312만t", 3120000, "t", "t", M, f=("냉연 판매량", None, K, Q3, "level", "required", "new paragraph: story's organization and period"))
d.Q("284만t", 2840000, "t", "t", M,
    f=("판매량", "냉연 판매량", K, Q3, "level", "required", "no metric of its own in the list: the last figure's of the same unit (판매량; 열연 is the item)"))
d.Q("176만t", 1760000, "t", "t", M, f=("판매량", "냉연 판매량", K, Q3, "level", "required", "as 284만t"))
d.Q("214만t", 2140000, "t", "t", M, f=("자동차강판 판매", None, K, Q3, "level", "required", "분기 기준 = basis of the record, not a date"))
d.Q("91.2%", 91.2, "%", "%", P, f=("가동률", None, "포항제철소", Q3, "level", "optional", "각각: 포항제철소, an optional ORG"))
d.Q("94.7%", 94.7, "%", "%", P, f=("가동률", None, "광양제철소", Q3, "level", "optional", "각각: 광양제철소, an optional ORG"))
d.Q("43%", 43, "%", "%", P,
    f=("수출 비중", None, K, Q3, "level", "optional",
       "reads as 포스코's, but the subject carried in the paragraph is the two steelworks of the sentence before (README question 2)"))
d.Q("465만t", 4650000, "t", "t", M, f=("조강 생산량", "현대제철의 3분기 조강 생산량", "현대제철", Q3, "level", "required", "업계 is the source"))
d.Q("1.1%", 1.1, "%", "%", P, f=("조강 생산량", "현대제철의 3분기 조강 생산량", "현대제철", Q3, "change"))
d.Q("6천억 원", 600000000000, W, "원", "currency",
    f=("광양 전기로 건설", None, K, "2025-Q4", "level", "required", "spent on: X에 N원을 투입 → X"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("원가", None, K, "2025", "change", "required", "the object right before a figure that changes it; 절감 = a cut (change); 연말까지 (END)"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("투자", "투자한다고", K, "", "level", "optional",
       "이날 dates the announcement, not the investment; a period carried from the plan sentence (2025) or none: unclear"))
d.Q("27명", 27, "명", "명", C,
    f=("직원", None, "그린슬래그랩", "", "level", "optional", "present headcount: period carried from the paragraph's plan (2025) or none: unclear"))

# ---------------------------------------------------------------- 003 crypto exchange half-year results (뉴시스 dateline, no year anywhere)
d = Doc("003_48f2d2f24f7ce975", "2025-08-14"); docs.append(d)
D2, UB = "두나무", "업비트"
d.Oall(D2, D2)
d.Oall(UB, UB, special={0: ("required", "an exchange run as a platform (a business run as a platform is ORG)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("빗썸", "빗썸")
d.O("코인원", "코인원", note="in a list with its figure beside 빗썸")
d.Oall("체인가드랩스", "체인가드랩스", special={0: ("required", "invented startup introduced by 스타트업")})
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="두나무, 상반기", rel=True)
d.D("상반기", H1, "half", ctx="두나무는 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("연초", "2025", "year", mod="START", rel=True, note="the document year's start (a comparison's basis, still a DATE)")
d.D("상반기", H1, "half", ctx="빗썸의 상반기", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (계획)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause)")
d.D("지난 2월", "2025-02", "month", rel=True)
d.D("오는 10월", "2025-10", "month", rel=True)
d.Q("6천억", 600000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("수수료 수익", None, D2, H1, "level"))
d.Q("6,480억 원", 648000000000, W, "원", "currency",
    f=("영업수익", None, D2, H1, "level", "required", "the relative clause's object 업비트 is no subject: 두나무 is the topic"))
d.Q("12.4%", 12.4, "%", "%", P, f=("영업수익", None, D2, H1, "change"))
d.Q("6,120억 원", 612000000000, W, "원", "currency", f=("수수료 수익", "수수료 수익이", D2, H1, "level"))
d.Q("94%", 94, "%", "%", P, f=("수수료 수익", "수수료 수익이", D2, H1, "level", "required", "share of a whole: the part named before"))
d.Q("3,910억 원", 391000000000, W, "원", "currency", f=("영업이익", "영업이익은", D2, H1, "level", "required", "new paragraph: story's organization and period"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("순이익", None, D2, H1, "level"))
d.Q("60.3%", 60.3, "%", "%", P, f=("영업이익률", None, D2, H1, "level"))
d.Q("5.2%p", 5.2, PP, "%p", P, f=("영업이익률", None, D2, H1, "change"))
d.Q("590조 원", 590000000000000, W, "원", "currency", approx=True,
    f=("원화 거래대금", None, UB, H1, "level", "required", "genitive owner 업비트; 같은 기간 (optional) and the story's period both give 2025-H1"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균)")
d.Q("3조 2,600억 원", 3260000000000, W, "원", "currency",
    f=("하루 평균 거래대금", None, UB, H1, "level", "required", "subject carried in the paragraph; 수준: no approximator"))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("가입자 수", None, UB, "2025-06", "level", "required", "6월 말 기준; subject carried in the paragraph"))
d.Q("85만 명", 850000, "명", "명", C, f=("가입자 수", None, UB, "2025-06", "change", "required", "연초보다 = basis"))
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("310조 원", 310000000000000, W, "원", "currency", f=("거래대금", "빗썸의 상반기 거래대금", "빗썸", H1, "level"))
d.Q("48조 원", 48000000000000, W, "원", "currency",
    f=("거래대금", "빗썸의 상반기 거래대금", "코인원", H1, "level", "required", "no metric of its own in a list: the last figure's of the same unit"))
d.Q("62.3%", 62.3, "%", "%", P,
    f=("시장 점유율", None, UB, H1, "level", "required", "genitive owner; period carried in the paragraph (1분기보다 = basis)"))
d.Q("3.1%p", 3.1, PP, "%p", P, f=("시장 점유율", None, UB, H1, "change"))
d.Q("420억 원", 42000000000, W, "원", "currency",
    f=("체인가드랩스 인수", None, D2, "2025-H2", "level", "required", "spend verb 쓰다: the purpose marked by 에 right before; the buyer is the subject"))
d.Q("150명", 150, "명", "명", C,
    f=("개발 인력", None, D2, "2025", "level", "required", "a counter naming a kind counts the object right before it; 연말까지 (END)"))
d.Q("85억 원", 8500000000, W, "원", "currency",
    f=("시리즈A 투자", None, "체인가드랩스", "2025-02", "level", "required", "a figure given as something right before it takes that noun"))
d.Q("100만 명", 1000000, "명", "명", C,
    f=("이용자", None, D2, "", "change", "optional",
       "a target in a spokesman's quote; 오는 10월 dates the service launch (relative clause), the figure has no period of its own: unclear"))

# ---------------------------------------------------------------- 004 pharmaceutical annual results (입력 stamp + byline)
d = Doc("004_79afb56f5771af98", "2026-02-05"); docs.append(d)
HM = "한미약품"
d.Oall(HM, HM, skip=(3,))  # index 3 lies inside 북경한미약품
d.O("네블라테라퓨틱스", "네블라테라퓨틱스", note="invented licensee introduced by 바이오기업; 미국 outside")
d.O("북경한미약품", "북경한미약품", note="named subsidiary")
Y = "2025"
d.D("지난해", Y, "year", ctx="한미약품, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="한미약품은 지난해 연결", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해 9월", "2025-09", "month", rel=True, note="지난해 before a month: one mention")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date (past: 받았다)")
d.D("올해", "2026", "year", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True)
d.Q("1조6천억", 1600000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", None, HM, Y, "level"))
d.Q("2천억", 200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("R&D", "R&D에 2천억", HM, Y, "level"))
d.Q("1조 6,230억 원", 1623000000000, W, "원", "currency", f=("매출", "매출이 1조 6,230억", HM, Y, "level", "required", "연결 기준 outside"))
d.Q("7.9%", 7.9, "%", "%", P, f=("매출", "매출이 1조 6,230억", HM, Y, "change"))
d.Q("2,410억 원", 241000000000, W, "원", "currency", f=("영업이익", None, HM, Y, "level"))
d.Q("12.6%", 12.6, "%", "%", P, f=("영업이익", None, HM, Y, "change"))
d.Q("1,780억 원", 178000000000, W, "원", "currency", f=("순이익", None, HM, Y, "level", "required", "기록했다: no verbal noun; the measure noun"))
d.Q("13.4%", 13.4, "%", "%", P,
    f=("연구개발", "연구개발(R&D)에는", HM, Y, "level", "required",
       "a share of a whole measures the part named before it (연구개발), not the whole 매출; new paragraph: story's organization and period"))
d.Q("2,170억 원", 217000000000, W, "원", "currency",
    f=("연구개발", "연구개발(R&D)에는", HM, Y, "level", "required", "spent on (투입): the purpose marked 에는 before it; alias (R&D) outside"))
d.Q("9억 2천만 달러", 920000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("총 계약", None, HM, "2025-09", "level", "required",
       "Y 규모는 X → Y; subject and period (지난해 9월) carried from the sentence before; the counterparty is no subject"))
d.Q("1조 2,800억 원", 1280000000000, W, "원", "currency", approx=True, eq=("9억 2천만 달러",),
    note="conversion; 최대 is written before the first amount only (the bound after a parenthesis is the case the guideline names)",
    f=("총 계약", None, HM, "2025-09", "level"))
d.Q("4,500만 달러", 45000000, U, "달러", "currency", f=("계약금", None, HM, "2025-Q4", "level", "required", "4분기에 받았다: its own clause"))
d.Q("2,130억 원", 213000000000, W, "원", "currency",
    f=("원외처방액", None, "", Y, "level", "required", "a product's figure (로수젯): no subject; story's period"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("4,020억 원", 402000000000, W, "원", "currency", f=("매출", "매출 4,020억", "북경한미약품", Y, "level"))
d.Q("790억 원", 79000000000, W, "원", "currency", f=("영업이익", "영업이익 790억", "북경한미약품", Y, "level"))
d.Q("2,100명", 2100, "명", "명", C,
    f=("현지 직원", None, "북경한미약품", Y, "level", "required", "a member noun as topic keeps the carried subject; story's period"))
d.Q("1조 8천억 원", 1800000000000, W, "원", "currency",
    f=("매출 목표", None, HM, "2026", "level", "required", "the object set to the figure"))
d.Q("32개", 32, "개", "개", C, f=("임상 파이프라인", None, HM, "2026", "level", "required", "A에서 B로: two levels; 올해 in the sentence"))
d.Q("40개", 40, "개", "개", C, f=("임상 파이프라인", None, HM, "2026", "level"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("바이오 공장", None, HM, "2026-03", "level", "optional",
       "the plant's cost in a relative clause (들인); whether 오는 3월 (the completion) is its period is unclear"))

# ---------------------------------------------------------------- 005 builder's orders and housing supply (regional daily, byline only)
d = Doc("005_c80e1c265538fa85", "2025-12-30"); docs.append(d)
DW = "동원개발"
d.Oall(DW, DW)
d.O("부산은행", "부산은행", note="partner (B와 함께)")
d.O("해송기초", "해송기초", note="invented subcontractor introduced by 협력사; genitive before a person's title")
d.O("부산시", "부산시", note="a city that announces: its government")
Y = "2025"
d.D("올해", Y, "year", ctx="동원개발, 올해", rel=True)
d.D("올해", Y, "year", ctx="동원개발은 올해 신규", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("30일", "2025-12-30", "day", rel=True, note="day of the report (밝혔다)")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해", Y, "year", ctx="동원개발은 올해 하도급", rel=True)
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("전년 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 올해 1~11월 (like 전년 동기)")
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.D("2026년", "2026", "year")
d.Q("1조1400억", 1140000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("수주", None, DW, Y, "level"))
d.Q("3천 가구", 3000, "가구", "가구", C, bound="gt", note="넘겨 → gt", f=("분양", None, DW, Y, "level", "required", "headline topic with a comma"))
d.Q("1조 1,400억 원", 1140000000000, W, "원", "currency", f=("신규 수주액", None, DW, Y, "level"))
d.Q("23%", 23, "%", "%", P, f=("신규 수주액", None, DW, Y, "change"))
d.Q("3,200억 원", 320000000000, W, "원", "currency",
    f=("신규 수주액", None, DW, Y, "level", "required", "no metric of its own in a list going on from the sentence before: the last figure's of the same unit"))
d.Q("8,200억 원", 820000000000, W, "원", "currency", f=("신규 수주액", None, DW, Y, "level", "required", "as 3,200억 원"))
d.Q("6개", 6, "개", "개", C, f=("단지", None, DW, Y, "level", "required", "a count takes its counted noun after it; story's organization and period"))
d.Q("3,140가구", 3140, "가구", "가구", C, f=("분양 실적", None, DW, Y, "level"))
d.Q("1,018가구", 1018, "가구", "가구", C,
    f=("동원로얄듀크 비스타 3차", None, "", Y, "level", "optional",
       "a figure in brackets after a complex's name: the complex's size; a product's figure (no subject) or the builder's: unclear"))
d.Q("3조 2,600억 원", 3260000000000, W, "원", "currency", f=("수주 잔고", None, DW, "2025-11", "level"))
d.Q("3.4배", 3.4, "배", "배", C, approx=True, note="약 → approx; 수준 no approximator",
    f=("", None, DW, "2025-11", "level", "optional", "a multiple comparing the backlog with annual sales: no metric? unclear"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("하도급 대금", None, DW, Y, "level"))
d.Q("9일", 9, "day", "일", "duration", note="만에 outside: a duration")
d.Q("40곳", 40, "곳", "곳", C,
    f=("지역 협력사", None, DW + ";부산은행", Y, "level", "required", "B와 함께: the partner joins the carried subject; period carried (올해)"))
d.Q("50억 원", 5000000000, W, "원", "currency", f=("상생펀드", None, DW + ";부산은행", Y, "level", "required", "X 규모의 Y → Y"))
d.Q("1만 8,200가구", 18200, "가구", "가구", C,
    f=("아파트 분양 물량", None, "", "2025-01/2025-11", "level", "required", "부산시 is the source (따르면); a city's housing statistic: no subject"))
d.Q("12%", 12, "%", "%", P, f=("아파트 분양 물량", None, "", "2025-01/2025-11", "change"))
d.Q("1,250가구", 1250, "가구", "가구", C, f=("공급", "공급하고", DW, "2026-H1", "level", "required", "verbal noun 공급"))
d.Q("1조 3천억 원", 1300000000000, W, "원", "currency", f=("수주 목표", None, DW, "2026", "level", "required", "the object set to the figure"))

# ---------------------------------------------------------------- 006 public utility quarterly (입력 stamp + outlet byline)
d = Doc("006_b434a3e307a3c412", "2025-11-14"); docs.append(d)
KE = "한국전력공사"
d.Oall("한전", KE, skip=(1,), special={0: ("required", "short form of 한국전력공사 (headline topic)")})  # index 1: alias in brackets
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O(KE, KE, aliases="한전", note="(한전): a known name alone in brackets right after: alias, not a mention")
d.O("한국수력원자력", "한국수력원자력")
d.O("산업통상자원부", "산업통상자원부")
d.O("와트브릭스", "와트브릭스", note="invented startup introduced by 스타트업; partner (와 손잡고)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="한전, 3분기", rel=True)
d.D("2025.11.14", "2025-11-14", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="연결 기준 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("14일", "2025-11-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters is one DATE")
d.D("2021년", "2021", "year", note="A부터 B까지: two mentions")
d.D("2023년", "2023", "year")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 전력", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the current quarter (latest Q4 on or before the document date)")
d.D("2038년", "2038", "year")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause)")
d.Q("5.1조", 5100000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("영업익", None, KE, Q3, "level"))
d.Q("206조", 206000000000000, W, "", "currency", ctx="부채는 206조로", st="optional", note="headline amount, currency implied",
    f=("부채", None, KE, Q3, "level"))
d.Q("5조 1,200억 원", 5120000000000, W, "원", "currency", f=("영업이익", "영업이익이 5조", KE, Q3, "level", "required", "연결 기준 outside"))
d.Q("53.4%", 53.4, "%", "%", P, f=("영업이익", "영업이익이 5조", KE, Q3, "change"))
d.Q("27조 4,300억 원", 27430000000000, W, "원", "currency", f=("매출", None, KE, Q3, "level"))
d.Q("7.2%", 7.2, "%", "%", P, f=("매출", None, KE, Q3, "change"))
d.Q("11조 5,400억 원", 11540000000000, W, "원", "currency",
    f=("누적 영업이익", None, KE, "2025-Q1/2025-Q3", "level", "required", "new paragraph: story's organization"))
d.Q("47조 원", 47000000000000, W, "원", "currency",
    f=("영업손실", None, KE, "2021/2023", "level", "required",
       "A부터 B까지 as the figure's time: the range (the relative clause modifies the metric noun itself)"))
d.Q("206조 2천억 원", 20620000000000, W, "원", "currency", f=("연결 부채", None, KE, "2025-09", "level", "required", "9월 말 기준"))
d.Q("1조 3천억 원", 1300000000000, W, "원", "currency", f=("연결 부채", None, KE, "2025-09", "change", "required", "지난해 말보다 = basis"))
d.Q("478%", 478, "%", "%", P, f=("부채비율", None, KE, "2025-09", "level", "required", "period carried in the paragraph"))
d.Q("11%포인트", 11, PP, "%포인트", P, f=("부채비율", None, KE, "2025-09", "change", "required", "6월 말보다 = basis"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator")
d.Q("120억 원", 12000000000, W, "원", "currency", approx=True, f=("이자 비용", None, KE, "2025-09", "level", "required", "만 outside; period carried"))
d.Q("14만 2,300GWh", 142300, "GWh", "GWh", M, f=("전력 판매량", None, KE, Q3, "level", "required", "new paragraph: story's organization"))
d.Q("2.1%", 2.1, "%", "%", P, f=("전력 판매량", None, KE, Q3, "change"))
d.Q("168.4원", 168.4, W, "원", "currency", f=("판매단가", None, KE, Q3, "level", "required", "kWh당 = rate (no number)"))
d.Q("9.8%", 9.8, "%", "%", P, f=("판매단가", None, KE, Q3, "change"))
d.Q("83.6%", 83.6, "%", "%", P, f=("원전 이용률", None, "한국수력원자력", Q3, "level", "required", "genitive owner; period carried"))
d.Q("72조 8천억 원", 72800000000000, W, "원", "currency",
    f=("송전망 확충", None, KE, "2038", "level", "required", "spent on (투입): the purpose marked by 에; 2038년까지 is the figure's time"))
d.Q("300곳", 300, "곳", "곳", C,
    f=("공공건물", None, KE + ";와트브릭스", "2025", "level", "required",
       "a count between its noun and 의 counts the noun before it; partner joins the carried subject; 연말까지"))

# ---------------------------------------------------------------- 007 scholarship foundation year-end (press release, no date at all)
d = Doc("007_e3d3e17a48396b1b", "2025-12-22"); docs.append(d)
HO = "해온장학재단"
d.Oall(HO, HO)
d.Oall("세림정밀", "세림정밀", special={0: ("required", "invented maker introduced by 제조사; 각각 beside 루미온소프트")})
d.O("루미온소프트", "루미온소프트", note="invented company introduced by 기업")
d.O("한빛대학교", "한빛대학교", note="partner (와 함께)")
Y, N = "2025", "2026"
d.D("올해", Y, "year", ctx="해온장학재단, 올해", rel=True)
d.D("올해", Y, "year", ctx="올해 대학생", rel=True)
d.D("지난해", "2024", "year", rel=True, note="a comparison's basis, still a DATE")
d.D("1998년", "1998", "year", note="founding as background")
d.D("연말", Y, "year", mod="END", rel=True, note="as of (기준); no future clause")
d.D("올해", Y, "year", ctx="올해 기금", rel=True)
d.D("올해", Y, "year", ctx="올해 출연자", rel=True)
d.D("2015년", "2015", "year")
d.D("내년", N, "year", ctx="내년부터", rel=True)
d.D("내년", N, "year", ctx="내년 장학", rel=True)
d.Q("48억 원", 4800000000, W, "원", "currency", f=("장학금", "장학금 48억 원", HO, Y, "level", "required", "headline topic with a comma"))
d.Q("1만 명", 10000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("누적 장학생", "누적 장학생 1만", HO, Y, "level", "required", "a headline figure with no period of its own: the story's (올해)"))
d.Q("1,260명", 1260, "명", "명", C, f=("대학생과 고등학생", None, HO, Y, "level", "required", "a counter naming a kind counts the noun right before it"))
d.Q("48억 3천만 원", 4830000000, W, "원", "currency", f=("장학금", "장학금 48억 3천만", HO, Y, "level"))
d.Q("140명", 140, "명", "명", C,
    f=("수혜 인원", None, HO, Y, "change", "required", "지난해보다 … 140명, … 12.5% 늘었다: the figures share the basis and the change word"))
d.Q("12.5%", 12.5, "%", "%", P, f=("지급액", "지급액은 12.5%", HO, Y, "change"))
d.Q("1만 240명", 10240, "명", "명", C,
    f=("누적 장학생", "누적 장학생은", HO, Y, "level", "required", "재단 = 해온장학재단; 1998년 설립 is a founding, no period: the story's period"))
d.Q("512억 원", 51200000000, W, "원", "currency", f=("누적 지급액", None, HO, Y, "level"))
d.Q("1,320억 원", 132000000000, W, "원", "currency", f=("기본재산", None, HO, Y, "level", "required", "연말 기준 (value 2025, END)"))
d.Q("6.8%", 6.8, "%", "%", P, f=("기금 운용 수익률", None, HO, Y, "level"))
d.Q("82%", 82, "%", "%", P,
    f=("장학사업", None, HO, Y, "level", "optional",
       "a share of 운용 수익 spent (썼다) on 장학사업: the spend line gives the purpose, the share line the whole (no part named): unclear"))
d.Q("20억 원", 2000000000, W, "원", "currency", ctx="각각 20억 원", f=("기부", "기부했다", "세림정밀", Y, "level", "required", "각각: the first listed; verbal noun 기부"))
d.Q("5억 원", 500000000, W, "원", "currency", ctx=", 5억 원을", f=("기부", "기부했다", "루미온소프트", Y, "level", "required", "각각: the second"))
d.Q("160억 원", 16000000000, W, "원", "currency",
    f=("기금", "낸 기금", "세림정밀", "", "level", "optional", "2015년부터 … 그동안: a running total since 2015; its period (2015 on, or none) is unclear"))
d.Q("200명", 200, "명", "명", C, f=("이공계 대학원생", None, HO, N, "level", "required", "재단은 = 해온장학재단; 내년부터"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 연", st="optional", note="the dummy 1 of a rate (1인당)")
d.Q("1천만 원", 10000000, W, "원", "currency", f=("연구장학금", None, HO, N, "level"))
d.Q("50명", 50, "명", "명", C,
    f=("해외 교환학생", None, HO + ";한빛대학교", N, "level", "required", "B와 함께: the partner joins there; 내년 carried in the paragraph"))
d.Q("1인", 1, "인", "인", C, ctx="1인당 최대", st="optional", note="the dummy 1 of a rate (1인당)")
d.Q("800만 원", 8000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("체재비", None, HO + ";한빛대학교", N, "level", "required", "same sentence as the partner"))
d.Q("55억 원", 5500000000, W, "원", "currency",
    f=("장학 예산", None, HO, N, "level", "optional",
       "the foundation's budget in its chairwoman's quote; the topic is a person's title (named subjects: empty?) or the foundation: unclear"))

# ---------------------------------------------------------------- 008 rice production statistics (Yonhap dateline; the year is written)
d = Doc("008_b52368465180ce88", "2025-11-14"); docs.append(d)
NH = "농협경제지주"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("통계청", "통계청", note="the agency releasing the statistic (its source)")
d.O("농림축산식품부", "농림축산식품부")
d.O(NH, NH)
d.O("라이스온", "라이스온", note="invented startup introduced by 스타트업")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 쌀 생산량 358만t", rel=True)
d.D("올해", Y, "year", ctx="= 올해", rel=True)
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True, note="a comparison's basis, still a DATE")
d.D("14일", "2025-11-14", "day", rel=True, note="day of the release (발표했다)")
d.D("2025년", Y, "year", st="optional", note="a year inside the quoted title of a release: a DATE or part of a title (not DATE): unclear")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("9월", "2025-09", "month", rel=True)
d.D("이날", "2025-11-14", "day", rel=True, st="optional", anchor="2025-11-14", note="anaphoric day: 14일")
d.D("지난 5일", "2025-11-05", "day", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="an offset: that year (a comparison's basis)")
d.D("올해", Y, "year", ctx="올해 벼", rel=True)
d.D("지난해", "2024", "year", ctx="지난해 매출", rel=True)
d.Q("358만t", 3580000, "t", "t", M, f=("쌀 생산량", None, "", Y, "level", "required", "a national statistic: no subject"))
d.Q("1.6%", 1.6, "%", "%", P, ctx="1.6% 감소\n",
    f=("쌀 생산량", "올해 쌀 생산량 358만t", "", Y, "change", "optional",
       "headline after the ellipsis: reads as the production's fall (as in the lead), but the noun right before is 재배면적, the subject of its own verb (줄며): unclear"))
d.Q("358만 5천t", 3585000, "t", "t", M, f=("쌀 생산량", "쌀 생산량이", "", Y, "level"))
d.Q("1.6%", 1.6, "%", "%", P, ctx="1.6% 감소한", f=("쌀 생산량", "쌀 생산량이", "", Y, "change"))
d.Q("67만 8천㏊", 678000, "ha", "㏊", M, f=("벼 재배면적", None, "", Y, "level", "required", "story's period; a national statistic"))
d.Q("2.4%", 2.4, "%", "%", P, f=("벼 재배면적", None, "", Y, "change"))
d.Q("10a", 10, "a", "a", M, note="a rate denominator that is a real amount (10a당, 당 outside): required (only the dummy 1 of a rate is optional)",
    f=("", None, "", Y, "level", "optional", "the basis of a yield (10a당 생산량): no fact of its own; unclear, so optional"))
d.Q("529㎏", 529, "kg", "㎏", M, f=("10a당 생산량", None, "", Y, "level"))
d.Q("0.8%", 0.8, "%", "%", P, f=("10a당 생산량", None, "", Y, "change"))
BR = ("breakdown (시도별로는) in t: reads as 쌀 생산량 by province, but the figure right before is 10a당 생산량's 0.8%; "
      "which figure's metric the categories keep is unclear (README question 1); provinces in a list are places: no subject")
d.Q("71만 2천t", 712000, "t", "t", M, f=("쌀 생산량", "쌀 생산량이", "", Y, "level", "optional", BR))
d.Q("70만 5천t", 705000, "t", "t", M, f=("쌀 생산량", "쌀 생산량이", "", Y, "level", "optional", BR))
d.Q("55만 1천t", 551000, "t", "t", M, f=("쌀 생산량", "쌀 생산량이", "", Y, "level", "optional", BR))
d.Q("20만t", 200000, "t", "t", M,
    f=("쌀", "수확기 쌀 20만t", "농림축산식품부", Y, "level", "optional",
       "the ministry's own action (its figure); its only date is 이날 (the decision's day, optional): period 2025 or that day: unclear"))
d.Q("20㎏", 20, "kg", "㎏", M, note="a rate denominator that is a real amount (20㎏에 … 원: the price per 20 kg): required (only the dummy 1 of a rate is optional)",
    f=("", None, "", "2025-11-05", "level", "optional", "the unit a price is quoted for: no fact of its own; unclear, so optional"))
d.Q("5만 4,380원", 54380, W, "원", "currency", f=("산지 쌀값", None, "", "2025-11-05", "level", "required", "a market price: no subject; 지난 5일 기준"))
d.Q("14%", 14, "%", "%", P, f=("산지 쌀값", None, "", "2025-11-05", "change", "required", "1년 전보다 = basis"))
d.Q("148곳", 148, "곳", "곳", C, f=("미곡종합처리장", None, NH, Y, "level", "required", "a count's noun before its alias in brackets; 올해 in the sentence"))
d.Q("152만t", 1520000, "t", "t", M, f=("벼", "올해 벼 152만t", NH, Y, "level", "required", "사들일: a plain verb; the noun measured"))
d.Q("3조 1천억 원", 3100000000000, W, "원", "currency", f=("매입 자금", None, NH, Y, "level", "required", "Y 규모다 → Y; subject and period carried"))
d.Q("18명", 18, "명", "명", C,
    f=("직원", None, "라이스온", Y, "level", "required",
       "a count between its noun and 의; 지난해 is in a later major clause (…지만): the period carried in the paragraph"))
d.Q("34억 원", 3400000000, W, "원", "currency", f=("매출", None, "라이스온", "2024", "level"))

if __name__ == "__main__":
    write_all(docs)
