"""Gold labels of articles-holdout53, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout53/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company's overseas orders (Yonhap dateline, 2025년 in the lead)
d = Doc("001_4d04d7bfd5243361", "2025-12-29"); docs.append(d)
DY, DE = "대양건설", "대양이앤씨"
d.Oall(DY, DY)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("아람코", "아람코", note="the client of a contract (와 맺은): counterparty; the country before it stays outside")
d.O("해외건설협회", "해외건설협회", note="the association cited as source (에 따르면)")
d.O("삼성물산", "삼성물산", note="ranked company, figure in brackets")
d.O("현대건설", "현대건설", note="ranked company, figure in brackets")
d.Oall(DE, DE, special={0: ("required", "named subsidiary (자회사)")})
Y = "2025"
d.D("올해", Y, "year", ctx="올해 해외수주", rel=True)
d.D("2025년", Y, "year")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", ctx="지난해(31억", rel=True, note="dates the basis figure in brackets")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("지난 9월", "2025-09", "month", rel=True)
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해", "2024", "year", ctx="지난해에는", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("48억달러", 4800000000, U, "달러", "currency",
    f=("해외수주", None, DY, Y, "level", "required", "headline: the organization and 올해 of the headline itself"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="업계 3위", note="a rank: ordinal, no fact")
d.Q("48억 2천만 달러", 4820000000, U, "달러", "currency", f=("해외 수주액", "2025년 해외 수주액", DY, Y, "level"))
d.Q("31억 5천만 달러", 3150000000, U, "달러", "currency",
    f=("해외 수주액", "2025년 해외 수주액", DY, "2024", "level", "required",
       "the compared figure in brackets after 지난해: dated by it; it measures what the figure it is compared with measures"))
d.Q("53%", 53, "%", "%", P, f=("해외 수주액", "2025년 해외 수주액", DY, Y, "change", "required", "늘어난: change; the current period, not the basis"))
d.Q("14건", 14, "건", "건", C, f=("수주 건수", None, DY, Y, "level", "required", "the lead's 2025년 carries (same subject, new paragraph)"))
d.Q("3건", 3, "건", "건", C, f=("수주 건수", None, DY, Y, "change", "required", "전년보다 … 많았다: a difference, change"))
d.Q("62%", 62, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", "X의 N% → X; a region (중동) is no subject: the company carried"))
BR = "breakdown (지역별로는): the item names only a region, so it measures what the first item measures (수주액); the company and 2025 carry"
d.Q("24%", 24, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", BR))
d.Q("14%", 14, "%", "%", P, f=("수주액", "전체 수주액의", DY, Y, "level", "required", BR))
d.Q("17억 달러", 1700000000, U, "달러", "currency",
    f=("가스처리시설 공사", None, DY, "2025-09", "level", "required",
       "규모 amount → the thing whose size it is (the contract = the 가스처리시설 공사); the client (와 맺은) is the counterparty; 지난 9월 in its sentence"))
d.Q("312억 달러", 31200000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "", "2025-01/2025-11", "level", "required",
       "an industry total (국내 건설사, not named) cited from an association: empty subject"))
d.Q("61억 달러", 6100000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "삼성물산", "2025-01/2025-11", "level", "required",
       "a figure alone in brackets after an organization, in a ranking on the industry figure: that organization's 해외 수주액 over the same 1~11월"))
d.Q("55억 달러", 5500000000, U, "달러", "currency",
    f=("해외 수주액", "건설사의 해외 수주액", "현대건설", "2025-01/2025-11", "level", "required", "as 61억 달러"))
d.Q("3위", 3, "위", "위", "ordinal", ctx="3위에 올랐다", note="a rank: ordinal, no fact")
d.Q("7위", 7, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("4건", 4, "건", "건", C, ctx="등 4건",
    f=("공사", "하수처리장 공사 등", DE, Y, "level", "required",
       "the counted noun before the count (공사 … 등 4건); the subsidiary's own clause; no date of its own: the story's 2025"))
d.Q("3억 8천만 달러", 380000000, U, "달러", "currency",
    f=("", None, DE, Y, "level", "required", "따내다 is a plain native verb and no measure noun governs the figure: empty metric; the story's 2025"))
d.Q("100%", 100, "%", "%", P,
    f=("지분", None, DY, "", "level", "optional",
       "the holder (대양건설이 … 가진) is the subject; a present stake with no date of its own: empty, or the story's 2025 carried? (README question 3)"))
d.Q("60억 달러", 6000000000, U, "달러", "currency",
    f=("해외 수주 목표", None, DY, "2026", "level", "required",
       "a target in the quote of the company's head (대양건설 사장): the company's; 내년 in the clause; 목표 kept in the metric (it changes what is measured)"))
d.Q("20%", 20, "%", "%", P, note="20%까지 끌어올리다: the level to be reached; 까지 is not a bound word of the guideline (no bound)",
    f=("신사업 비중", None, DY, "2026", "level", "required", "second clause of the same quote: 내년 and the company carried"))

# ---------------------------------------------------------------- 002 sports-betting sales and fund (뉴스1 dateline, no year anywhere)
d = Doc("002_ad1fb52c140d50c1", "2026-02-12"); docs.append(d)
KS = "국민체육진흥공단"
d.O("스포츠토토", "스포츠토토", ctx="스포츠토토 판매액", st="optional",
    note="the betting product's brand (a product, not ORG) or a short name of its operator 스포츠토토코리아? (README question 2)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(KS, KS, note="the public corporation that issues the tickets; topic of the lead")
d.O("스포츠토토", "스포츠토토", ctx="스포츠토토 등", st="optional", note="as in the headline: product brand or operator (README question 2)")
d.O("베트맨", "베트맨", st="optional", note="an online sales site run by the corporation: a platform or a channel/feature (optional by the guideline)")
d.O("국민체육진흥기금", "국민체육진흥기금", st="optional",
    note="a public fund (money the corporation raises and manages), not a foundation with 기금회: ORG or not? (README question 2)")
d.O("공단", KS, ctx="공단은 이 가운데", st="optional",
    note="the type word of the name used anaphorically (like 회사): a short form of 국민체육진흥공단 or an unnamed institution noun? (README question 2)")
d.O("스포츠토토코리아", "스포츠토토코리아", note="the contractor (수탁사업자인)")
d.O("사행산업통합감독위원회", "사행산업통합감독위원회", note="government committee that sets the cap")
d.O("공단", KS, ctx="공단 관계자", st="optional", note="as 공단은 above; before 관계자")
Y = "2025"
d.D("지난해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("올해", "2026", "year", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (경기가 몰려 있어 … 팔 것으로 본다): this year's second half")
HL = ("headline figure: no organization and no date in the headline and nothing before it; the body makes it the corporation's 2025 "
      "sales (the lead's 판매액이 6조 원을 넘은 것은 처음), but by the letter subject and period are empty (README question 1)")
d.Q("6조 원", 6000000000000, W, "원", "currency", ctx="6조 원 첫", bound="gt", note="첫 돌파 → gt",
    f=("판매액", "스포츠토토 판매액", KS, Y, "level", "optional", HL))
d.Q("2조", 2000000000000, W, "", "currency", ctx="2조 조성", st="optional", note="headline amount, currency implied",
    f=("기금", "기금 2조", KS, Y, "level", "optional", HL))
d.Q("6조 1,250억 원", 6125000000000, W, "원", "currency", f=("체육진흥투표권 판매액", None, KS, Y, "level"))
d.Q("8.4%", 8.4, "%", "%", P, f=("체육진흥투표권 판매액", None, KS, Y, "change", "required", "전년보다 = basis"))
d.Q("6조 원", 6000000000000, W, "원", "currency", ctx="6조 원을 넘은", bound="gt", note="넘은 → gt",
    f=("판매액", "연간 판매액", KS, Y, "level", "required", "연간 qualifies the period: outside the metric; the carried subject and 지난해"))
BR = ("breakdown (종목별로는): a sport is no measure and no subject; the item measures what the total measures "
      "(판매액, the mention nearest the number, FACTS: for 9,100억 원 that is the 판매액 of the next sentence); the corporation and 지난해 carry")
d.Q("2조 4,800억 원", 2480000000000, W, "원", "currency", f=("판매액", None, KS, Y, "level", "required", BR))
d.Q("1조 9,300억 원", 1930000000000, W, "원", "currency", f=("판매액", None, KS, Y, "level", "required", BR))
d.Q("9,100억 원", 910000000000, W, "원", "currency", f=("판매액", None, KS, Y, "level", "required", BR))
d.Q("71%", 71, "%", "%", P,
    f=("판매", "통한 판매가", KS, Y, "level", "required",
       "a share: the part named before it (the sales through the site); the site is the channel, not the subject: the corporation carried"))
d.Q("2조 130억 원", 2013000000000, W, "원", "currency",
    f=("국민체육진흥기금", None, KS, Y, "level", "required",
       "the topic names what is measured (the fund raised); passive 조성된: the corporation of the story carried; its period 지난해"))
d.Q("1,540억 원", 154000000000, W, "원", "currency", f=("국민체육진흥기금", None, KS, Y, "change", "required", "전년 대비 = basis"))
d.Q("3,420억 원", 342000000000, W, "원", "currency",
    f=("지역 공공체육시설 건립", None, KS, Y, "level", "required", "an amount that is the object of 쓰다 measures the purpose marked by 에; 공단은 = the corporation"))
d.Q("860억 원", 86000000000, W, "원", "currency", f=("장애인 체육 지원", None, KS, Y, "level", "required", "as 3,420억 원"))
d.Q("1,180억 원", 118000000000, W, "원", "currency",
    f=("위탁 운영비", None, KS, Y, "level", "optional",
       "paid (passive 지급됐다) to the contractor marked by 에는: the payer's figure (the corporation, written) or the recipient's (스포츠토토코리아)? (README question 2)"))
d.Q("6조 3천억 원", 6300000000000, W, "원", "currency",
    f=("판매 총량", None, KS, "2026", "level", "optional",
       "a sales cap set by a regulator (사행산업통합감독위원회가 정한): the corporation's (whose sales it caps, written) or the committee's (agent of the relative clause)? 올해 in the clause (README question 2)"))
d.Q("95%", 95, "%", "%", P, bound="min", note="이상 → min",
    f=("총량", None, KS, "2026", "level", "optional",
       "X의 N% → X; the spokesman speaks for the corporation; period: the cap's year (올해, carried, written) or the 하반기 of the quote's first clause (the sentence's date by the search order)? (README question 1)"))
d.Q("500만 원", 5000000, W, "원", "currency", bound="max", note="최대 → max; 건당 (no number) is a rate word, not labelled",
    f=("신고 포상금", None, KS, "", "level", "optional",
       "a plan (올릴 계획) with no date of its own: empty (written), or the sentence's 하반기 / the carried 올해? (README question 1)"))

# ---------------------------------------------------------------- 003 chemical maker's quarterly turn to profit (뉴시스 dateline, 2025년 3분기 in the lead)
d = Doc("003_772739da74054a9d", "2025-11-06"); docs.append(d)
HS, JV = "한서케미칼", "한서페트로나스케미칼"
d.Oall(HS, HS)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("페트로나스", "페트로나스", ctx="석유회사 페트로나스와", note="the foreign partner of the joint venture; the country before it stays outside")
d.O(JV, JV, note="the joint venture (합작사), named")
d.O("한울투자증권", "한울투자증권", note="before an analyst's title")
Q3, Q2 = "2025-Q3", "2025-Q2"
d.D("3분기", Q3, "quarter", ctx="한서케미칼, 3분기", rel=True, note="headline: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year and quarter: one mention")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 2025년 3분기")
d.D("지난해 2분기", "2024-Q2", "quarter", rel=True, note="지난해 before a quarter: one mention (as 올해 before a month)")
d.D("2분기", Q2, "quarter", ctx="2분기보다", rel=True, note="a comparison's basis, still a DATE")
d.D("2분기", Q2, "quarter", ctx="2분기 68%", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 81%", rel=True)
d.D("지난 7월", "2025-07", "month", rel=True)
d.D("3분기", Q3, "quarter", ctx="3분기 영업이익 95억", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (예상한다): the next Q4")
d.D("내년 하반기", "2026-H2", "half", rel=True, note="내년 before a half: one mention; 이후 outside")
d.Q("312억 원", 31200000000, W, "원", "currency", ctx="312억 원…",
    f=("영업이익", "3분기 영업이익 312억 원…", HS, Q3, "level", "required", "headline: its organization and its 3분기"))
d.Q("312억 원", 31200000000, W, "원", "currency", ctx="312억 원을",
    f=("영업이익", "기준 영업이익", HS, Q3, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("458억 원", 45800000000, W, "원", "currency",
    f=("영업손실", None, HS, "2024-Q3", "level", "required",
       "N원의 X → X; dated by 전년 동기 in its clause (the pointing-back DATE is optional, the period is its value)"))
d.Q("1조 4,270억 원", 1427000000000, W, "원", "currency", f=("매출", None, HS, Q3, "level", "required", "the lead's quarter carries"))
d.Q("5.6%", 5.6, "%", "%", P, f=("매출", None, HS, Q3, "change", "required", "줄었지만: change, no basis written"))
d.Q("205억 원", 20500000000, W, "원", "currency", f=("순이익", None, HS, Q3, "level"))
d.Q("420달러", 420, U, "달러", "currency", note="t당 (no number) is a rate word, not labelled",
    f=("스프레드", None, "", Q3, "level", "required",
       "a product's market spread (고밀도 폴리에틸렌의 스프레드): a product is no ORG, empty subject; the story's quarter (2분기 is the basis)"))
d.Q("60달러", 60, U, "달러", "currency", f=("스프레드", None, "", Q3, "change", "required", "개선된: change against 2분기 (basis)"))
d.Q("68%", 68, "%", "%", P,
    f=("가동률", None, HS, Q2, "level", "required", "A에서 B로 with both ends dated (2분기 68%에서 3분기 81%로); a plant (여수공장) is no ORG: the company carried"))
d.Q("81%", 81, "%", "%", P, f=("가동률", None, HS, Q3, "level"))
d.Q("13%포인트", 13, PP, "%포인트", P, f=("가동률", None, HS, Q3, "change", "required", "올랐다: change; %포인트 → %p"))
d.Q("1기", 1, "기", "기", C,
    f=("설비", "(SM) 설비", HS, "2025-07", "level", "required", "the counted noun before the counter; 회사는 = the story's company; 지난 7월 in its clause"))
d.Q("400억 원", 40000000000, W, "원", "currency", ctx="약 400억 원", approx=True, note="약 → approx",
    f=("고정비", None, HS, "2025-07", "change", "required",
       "줄였다: change; 연간 qualifies the period and stays outside; the sentence's 지난 7월 (the -어 clause it continues)"))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("영업이익", "영업이익 95억", JV, Q3, "level", "required", "the joint venture's own clause (합작사 한서페트로나스케미칼도); 3분기 in it"))
d.Q("60만t", 600000, "t", "t", M,
    f=("에틸렌 설비", None, JV, Q3, "level", "optional",
       "X 규모의 Y → Y (연산 is a rate word); 이 합작사 = the JV; a present capacity (운영한다): the JV's 3분기 carried by the letter (written) or empty? (README question 3)"))
d.Q("400억 원", 40000000000, W, "원", "currency", ctx="400억 원 안팎", approx=True, note="안팎 → approx",
    f=("영업이익", "4분기 영업이익", HS, "2025-Q4", "level", "required",
       "brokers' forecast (증권가 is no ORG) of the story's company's profit, a new paragraph after the JV's (README question 3); 4분기 in the clause"))

# ---------------------------------------------------------------- 004 university research funding (regional daily, byline only, no year anywhere)
d = Doc("004_4b0897c6cebfa964", "2026-01-27"); docs.append(d)
DD, FD, HD = "대덕과학기술대학교", "대덕과학기술대학교 산학협력단", "대덕과기대기술지주"
t = d.text
d.O("대덕과기대", DD, at=0, note="headline topic with a comma: the short form defined in the lead's brackets")
d.O("대전일보", "대전일보", note="regional daily in the byline line")
d.O(DD, DD, ctx="대덕과학기술대학교(대덕과기대)는", aliases="대덕과기대", note="full name; the parenthesized short form is an alias (no mention of its own)")
d.O("한국연구재단", "한국연구재단", note="the funding agency (genitive before its program; the program is no ORG)")
d.O(HD, HD, note="the university's technology holding company (대학 기술지주회사인), one word")
d.O("에이치투셀", "에이치투셀", note="invented startup introduced by 스타트업")
d.O("코스닥", "코스닥", st="optional", note="a stock market (run by 한국거래소) inside 코스닥 상장 예비심사: a market is a place-like thing or an institution? optional")
d.O("대덕과기대 산학협력단", FD, note=("the university's industry-academic cooperation foundation: the university's name is part of its official name; "
    "산학협력단장 = the foundation + 장 (the head's title, outside); span and ORG-vs-university read in README question 4"))
d.O("삼성전자", "삼성전자", note="partner (와 … 공동연구)")
d.O("SK하이닉스", "SK하이닉스", note="partner")
Y = "2025"
d.D("지난해", Y, "year", ctx="대덕과기대, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="는 지난해 외부", rel=True)
d.D("전년", "2024", "year", ctx="전년(", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해; dates the basis in brackets")
d.D("27일", "2026-01-27", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("지난해", Y, "year", ctx="지난해에만", rel=True, note="만 outside (particle)")
d.D("지난달", "2025-12", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1,800억", 180000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("연구비", "지난해 연구비", DD, Y, "level", "optional", "headline: its own organization and 지난해"))
d.Q("312건", 312, "건", "건", C, ctx="등록 312건",
    f=("특허 등록", "특허 등록 312건", DD, Y, "level", "required",
       "headline after an ellipsis: the headline's organization and 지난해 carry to its second half (README convention 6)"))
d.Q("1,824억 원", 182400000000, W, "원", "currency", f=("외부 연구비 수주액", None, DD, Y, "level"))
d.Q("1,596억 원", 159600000000, W, "원", "currency",
    f=("외부 연구비 수주액", None, DD, "2024", "level", "required", "the compared figure in brackets after 전년: its value (2024), although that DATE is optional"))
d.Q("14.3%", 14.3, "%", "%", P, f=("외부 연구비 수주액", None, DD, Y, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당, 당 outside): optional")
d.Q("3억 9천만 원", 390000000, W, "원", "currency",
    f=("연구비", "1인당 연구비", DD, Y, "level", "required", "per-head research funds; the university and 지난해 carry"))
d.Q("다섯 번째", 5, "번째", "번째", "ordinal", note="a rank with an ordinal marker: ordinal, no fact")
BR = ("breakdown (재원별로는): a source of funds (정부 과제, 민간 기업 과제 …) is no measure and no subject; the item measures what the "
      "total measures (외부 연구비 수주액); the university and 지난해 carry")
d.Q("1,210억 원", 121000000000, W, "원", "currency", f=("외부 연구비 수주액", None, DD, Y, "level", "required", BR))
d.Q("66%", 66, "%", "%", P,
    f=("외부 연구비 수주액", None, DD, Y, "level", "required", "전체의 N%: 전체 = the total the breakdown divides, so its measure (README convention 1); " + BR))
d.Q("438억 원", 43800000000, W, "원", "currency", f=("외부 연구비 수주액", None, DD, Y, "level", "required", BR))
d.Q("176억 원", 17600000000, W, "원", "currency", f=("외부 연구비 수주액", None, DD, Y, "level", "required", BR))
d.Q("2곳", 2, "곳", "곳", C,
    f=("연구단", None, DD, Y, "level", "optional",
       "the counted noun before the count; the university's research groups; newly selected (선정돼) with no date of its own: the story's 지난해 (written) or none? (README question 3)"))
d.Q("7년", 7, "year", "년", "duration", note="7년간: 간 outside, a duration, no fact")
d.Q("270억 원", 27000000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("", None, DD, "", "level", "optional",
       "받는다 is a plain native verb: no metric; a future grant over 7년간 (a duration, no DATE): no period by meaning, the story's 지난해 by the letter of carry-forward; the university's or the funder's? (README question 3)"))
d.Q("312건", 312, "건", "건", C, ctx="등록은 312건",
    f=("국내외 특허 등록", None, DD, Y, "level", "required", "같은 기간 (optional DATE) = the story's 지난해"))
d.Q("41건", 41, "건", "건", C, f=("국내외 특허 등록", None, DD, Y, "change", "required", "늘었고: change"))
d.Q("87건", 87, "건", "건", C, f=("해외 특허", None, DD, Y, "level", "required", "part opener 이 가운데: the subject and period carried"))
d.Q("64건", 64, "건", "건", C, f=("기업에 이전한 기술", None, DD, Y, "level"))
d.Q("52억 원", 5200000000, W, "원", "currency", f=("기술료 수입", None, DD, Y, "level"))
d.Q("23곳", 23, "곳", "곳", C,
    f=("창업 기업", None, DD, Y, "level", "required",
       "startups founded by the university's staff and students counted for the university (the story's organization carried); 지난해에만 in the clause; "
       "새로 생겨 is a count of new ones (level), not written as a difference"))
d.Q("148곳", 148, "곳", "곳", C, f=("창업 기업", None, DD, Y, "level", "required", "누적 … 됐다: the cumulative level at the end of the sentence's 지난해"))
d.Q("96억 원", 9600000000, W, "원", "currency", ctx="모두 96억 원",
    f=("투자", "투자했고", HD, "", "level", "optional",
       "투자 is a verbal noun naming the measure; the holding company's own clause; a cumulative total (모두) with no date of its own: "
       "empty (written), the story's 지난해, or the sentence's 지난달 (which dates the other clause)? (README question 3)"))
d.Q("2천억 원", 200000000000, W, "원", "currency",
    f=("연구비", "연구비 2천억", DD, "2026", "level", "required",
       "a target in the quote of the foundation's head: the university's research funds (the story's organization; README question 4); 올해는 in the clause"))

# ---------------------------------------------------------------- 005 shipping line's quarter (bracket byline, 2025년 3분기 in the lead)
d = Doc("005_dfeee807d08a991b", "2025-11-14"); docs.append(d)
H, SM = "HMM", "SM상선"
d.Oall(H, H)
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("상하이해운거래소", "상하이해운거래소", note="the exchange that publishes an index (its source); the index itself is no ORG")
d.O("한국해양진흥공사", "한국해양진흥공사", note="the corporation that publishes an index (genitive before the index)")
d.O(SM, SM, note="the rival line (경쟁사)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="HMM, 3분기", rel=True, note="headline: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year and quarter: one mention")
d.D("14일", "2025-11-14", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(", rel=True, st="optional", anchor="2025-07-01", note="points back; dates the basis in brackets")
d.D("3분기", Q3, "quarter", ctx="3분기 평균", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="a comparison's basis, still a DATE")
d.D("9월 말", "2025-09", "month", ctx="9월 말 1,985", mod="END", rel=True, note="the latest September on or before the document date")
d.D("9월 말", "2025-09", "month", ctx="9월 말 기준", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset: N년 전 → that year; a comparison's basis, still a DATE")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the story's 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (줄 수 있다): the next Q4")
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
PT = "index points: unit written 포인트, category count (no unit class of the guideline fits; README question 5)"
TEU = "TEU (container capacity): unit as written, category measure (no class of the guideline names it; README question 5)"
d.Q("7,420억", 742000000000, W, "", "currency", ctx="7,420억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "3분기 영업이익 7,420억…", H, Q3, "level", "optional", "headline: its organization and 3분기"))
d.Q("7,420억 원", 742000000000, W, "원", "currency", ctx="7,420억 원을", f=("영업이익", "영업이익 7,420억 원을", H, Q3, "level"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency",
    f=("영업이익", "영업이익 7,420억 원을", H, "2024-Q3", "level", "required", "the compared figure in brackets after 전년 동기: its value (2024-Q3)"))
d.Q("38.7%", 38.7, "%", "%", P, f=("영업이익", "영업이익 7,420억 원을", H, Q3, "change", "required", "줄었지만: change; the current quarter"))
d.Q("6,800억 원", 680000000000, W, "원", "currency",
    f=("시장 전망치", None, H, Q3, "level", "optional",
       "the consensus forecast of the company's quarter (a figure alone in brackets after a noun measures it): HMM's (written), or the market's/analysts' (no ORG, empty)? (README question 1)"))
d.Q("2조 8,650억 원", 2865000000000, W, "원", "currency", f=("매출", None, H, Q3, "level"))
d.Q("25.9%", 25.9, "%", "%", P, f=("영업이익률", None, H, Q3, "level"))
d.Q("1,612포인트", 1612, "포인트", "포인트", C, note=PT,
    f=("상하이컨테이너운임지수", None, "", Q3, "level", "required",
       "a market index: no subject (the exchange that publishes it is its source); 3분기 평균: 평균 qualifies the period"))
d.Q("24%", 24, "%", "%", P, f=("상하이컨테이너운임지수", None, "", Q3, "change", "required", "떨어졌다: change; 2분기보다 = basis"))
d.Q("1,985포인트", 1985, "포인트", "포인트", C, note=PT,
    f=("한국형 컨테이너운임지수", None, "", "2025-09", "level", "required",
       "a market index: no subject (the genitive 한국해양진흥공사의 names its publisher, not whose freight it is); 9월 말 in the clause (END)"))
d.Q("석 달", 3, "month", "달", "duration", note="석 달 새 (over three months): a duration, no fact")
d.Q("700포인트", 700, "포인트", "포인트", C, bound="gt", note="넘게 → gt; " + PT,
    f=("한국형 컨테이너운임지수", None, "", "2025-09", "change", "required", "빠졌다: change; the clause continues the 9월 말 one"))
d.Q("98만 TEU", 980000, "TEU", "TEU", M, note=TEU,
    f=("선복량", "선복량은 98만", H, "2025-09", "level", "required", "HMM은 topic of the paragraph; 9월 말 기준 (2025-09, END)"))
d.Q("12만 TEU", 120000, "TEU", "TEU", M, note=TEU, f=("선복량", "선복량은 98만", H, "2025-09", "change", "required", "1년 전보다 = basis"))
d.Q("8위", 8, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1만 3천 TEU", 13000, "TEU", "TEU", M, approx=True, note="급 after the unit stays outside and sets approx (like 원대); " + TEU,
    f=("신조선", None, H, "2025-H1", "level", "optional",
       "a size class of the ships (1만 3천 TEU급 신조선): a property of each ship, not a figure of the period; metric and period unclear"))
d.Q("4척", 4, "척", "척", C, f=("신조선", None, H, "2025-H1", "level", "required", "the counted noun before the count; 상반기에 in its clause; the company carried"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("영업이익", "영업이익 410억", SM, Q3, "level", "required", "the rival's own topic; 같은 기간 (optional DATE) = 3분기"))
d.Q("61%", 61, "%", "%", P, f=("영업이익", "영업이익 410억", SM, Q3, "change", "required", "전년 동기 대비 = basis"))
d.Q("11만 TEU", 110000, "TEU", "TEU", M, approx=True, note="수준 after the amount read as an approximator (like 정도); " + TEU,
    f=("선복량", "선복량은 11만", SM, Q3, "level", "required", "the rival's subject continues; the period last set for it (같은 기간 = 3분기) carries"))
d.Q("5천억 원", 500000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("영업이익", "영업이익이 5천억", H, "2025-Q4", "level", "required", "a spokesman (HMM 관계자) speaks for the company; 4분기에는 in the clause; 으로 줄다: the level reached"))
d.Q("150만 TEU", 1500000, "TEU", "TEU", M, note=TEU,
    f=("선복량", "선복량을 150만", H, "2030", "level", "required", "a target level (150만 TEU로 늘린다); 2030년까지 in the clause"))

# ---------------------------------------------------------------- 006 charity concert and a beverage maker's donation (입력 stamp + byline line)
d = Doc("006_dd15cef69955898a", "2025-12-22"); docs.append(d)
HD, HF = "해담음료", "해담나눔재단"
d.Oall(HD, HD, special={0: ("required", "headline: the company before the event it sponsors")})
d.O("서울신문", "서울신문", note="outlet in the byline line")
d.O("해담", HD, ctx="해담 겨울", st="optional", note="the company's brand used only as a modifier inside the event's name ('제7회 해담 겨울 나눔 콘서트')")
d.Oall(HF, HF, special={0: ("required", "the foundation that reports the figures (밝혔다)")})
d.O("사회복지공동모금회", "사회복지공동모금회", aliases="사랑의열매", note="the channel of the donation; the bracketed alias is recorded, not a mention")
d.O("새벽녘", "새벽녘", st="optional", note="a band (밴드 새벽녘): a performing act, optional by the guideline")
D20 = "2025-12-20"
d.D("2025.12.22", "2025-12-22", "day", st="optional", note="publication stamp (the date only; its clock time is not labelled)")
d.D("지난 20일", D20, "day", rel=True, note="the concert's day")
d.D("21일", "2025-12-21", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True, note="before last year's concert, dates the figure in brackets")
d.D("2017년", "2017", "year")
d.D("2019년", "2019", "year", note="2019년 이후 (이후 outside)")
d.D("올해", "2025", "year", rel=True)
d.D("내년", "2026", "year", rel=True)
EV = "the concert (an event) is no ORG: its figures have an empty subject (the sponsor and the reporting foundation are not their owners; README convention 7)"
HL = ("headline figure: no DATE in the headline and nothing before it, so the period is empty by the letter, while the body dates the "
      "figure to the concert's day (README question 1)")
d.Q("4천명", 4000, "명", "명", C,
    f=("관객", "관객 4천명", "", "", "level", "optional", HL + "; " + EV))
d.Q("1억", 100000000, W, "", "currency", ctx="1억 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("기부금", "기부금 1억", "", "", "level", "optional", HL))
d.Q("제7회", 7, "회", "회", "ordinal", st="optional",
    note="an edition number inside the event's quoted name: an ordinal (제N회 is the guideline's example) or part of an event name with digits (not a quantity)?")
d.Q("4,200명", 4200, "명", "명", C, f=("관객", "관객 4,200명", "", D20, "level", "required", EV + "; 지난 20일 in the sentence"))
d.Q("3,100명", 3100, "명", "명", C,
    f=("관객", "관객 4,200명", "", "2024", "level", "required",
       "the compared figure in brackets after 지난해 공연: dated by 지난해; it counts what the figure compared with counts (관객); " + EV))
d.Q("35%", 35, "%", "%", P,
    f=("관객", "관객 4,200명", "", D20, "change", "required",
       "늘어난 규모다: 규모 restates the audience (the metric of a 규모 amount is the thing whose size it is); change; " + EV))
d.Q("7,350만 원", 73500000, W, "원", "currency", ctx="수익 7,350만 원은",
    f=("티켓 판매 수익", None, "", D20, "level", "required", EV + "; the concert's day set in the lead dates the concert's figures"))
d.Q("7,350만 원", 73500000, W, "원", "currency", ctx="로 7,350만 원",
    f=("매칭 기부", None, HD, D20, "level", "required", "the company's own clause (해담음료가 … 더해); '매칭 기부'로 names what the amount is; the concert's day"))
d.Q("1억 4,700만 원", 147000000, W, "원", "currency",
    f=("기부금", "공연 기부금은", "", D20, "level", "required",
       "the concert's donations (이번 공연 기부금): the ticket revenue and the company's match taken together; " + EV))
d.Q("612만 원", 6120000, W, "원", "currency", f=("성금", None, "", D20, "level", "required", "money put in by the audience (persons): no subject"))
d.Q("38곳", 38, "곳", "곳", C,
    f=("아동복지시설", None, "", "", "level", "optional",
       "the recipients of a future distribution (지원된다): period empty (written) or the concert's day carried? the channel (사회복지공동모금회를 거쳐) is no owner (README question 6)"))
d.Q("380만 원", 3800000, W, "원", "currency", approx=True, note="약 before and 꼴 after (outside) → approx; 시설당 (no number) is a rate word",
    f=("", None, "", "", "level", "optional", "시설당 … 꼴이다: no noun names the amount (or the 기부금 of the sentence before?); future distribution (README question 6)"))
d.Q("6억 2천만 원", 620000000, W, "원", "currency",
    f=("누적 기부액", None, HF, "2019", "level", "optional",
       "a cumulative total since 2019년 (이후): the DATE attached is the start (2019, written), or the span 2019–2025, or none? the foundation is the paragraph's topic (README question 6)"))
d.Q("5팀", 5, "팀", "팀", C,
    f=("", None, "", "2025", "level", "required",
       "the counter 팀 is the only noun for what is counted (the acts are named, no common noun): empty metric; performing acts and a singer: no subject; 올해 in the clause"))
d.Q("1만 명", 10000, "명", "명", C,
    f=("관객", "관객 1만", HD, "2026", "level", "required", "a target in the quote of the company's head (해담음료 대표): the company's; 내년에는 in the clause"))
d.Q("2억 원", 200000000, W, "원", "currency", f=("기부금", "기부금 2억", HD, "2026", "level", "required", "listed with the figure before: same subject and period"))

if __name__ == "__main__":
    write_all(docs)
