"""Gold labels of articles-holdout60, written by reading the texts against /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: python annotation/articles_holdout60/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company: housing supply and orders (뉴스1 dateline)
d = Doc("001_320abd37bbb2a812", "2026-01-22"); docs.append(d)
DW = "대원건설"
d.Oall(DW, DW, special={0: ("required", "headline topic with a comma"),
                        5: ("required", "organization before a person's title (한상훈 대원건설 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (digits part of the name)")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: alias; the client that ordered the units (발주한)")
d.O("세하종합건설", "세하종합건설", note="invented joint-venture partner")
d.O("고덕스마트시티개발", "고덕스마트시티개발", note="invented joint venture (합작법인), the developer (시행)")
d.O("대원홀딩스", "대원홀딩스", note="invented parent (모회사)")
Y = "2026"
d.D("올해", Y, "year", ctx="대원건설, 올해", rel=True)
d.D("2026년", Y, "year")
d.D("22일", "2026-01-22", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 공급", rel=True)
d.D("오는 4월", "2026-04", "month", rel=True, note="future clause (분양하는)")
d.D("지난해", "2025", "year", ctx="의 지난해 신규", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", "2025", "year", ctx="지난해 분양한", rel=True)
d.D("지난달", "2025-12", "month", rel=True)
d.D("올해", Y, "year", ctx="\"올해 신규", rel=True)
d.Q("1만 4천 가구", 14000, "가구", "가구", C,
    f=("공급", "가구 공급", DW, Y, "level", "required", "headline: the verbal noun 공급 names it (no counted noun but the counter); 올해 in its clause"))
d.Q("5조 원", 5000000000000, W, "원", "currency", ctx="수주 5조 원 목표",
    f=("신규 수주", "공급…신규 수주", DW, Y, "level", "required", "headline after …: the headline's topic and its 올해 carry (the … does not split a headline)"))
d.Q("21개", 21, "개", "개", C, f=("단지", "21개 단지", DW, Y, "level", "required", "counted noun after the count; 2026년 in the clause"))
d.Q("1만 4,200가구", 14200, "가구", "가구", C, f=("아파트", "아파트 1만", DW, Y, "level", "required", "counted noun right before the counter"))
d.Q("9,800가구", 9800, "가구", "가구", C,
    f=("공급 물량", "지난해 공급 물량", DW, "2025", "level", "required", "a figure alone in brackets after a noun measures it; 지난해 before it dates it"))
d.Q("45%", 45, "%", "%", P,
    f=("공급 물량", "지난해 공급 물량", DW, Y, "change", "required", "늘어난: change of this year's supply against last year's (basis); the period is the current one (2026)"))
d.Q("40%", 40, "%", "%", P, ctx="40%인",
    f=("공급 물량", "전체 공급 물량", DW, Y, "level", "required", "X의 N% → X (a share of the whole supply); story subject and period carried"))
d.Q("5,700가구", 5700, "가구", "가구", C,
    f=("공급 물량", "전체 공급 물량", DW, Y, "level", "optional",
       "apposition to the 40% share of 공급 물량, predicate 공공분양 단지: metric 공급 물량 or 공공분양 단지? (README open question 1)"))
d.Q("2,150가구", 2150, "가구", "가구", C,
    f=("최대 단지", None, DW, "2026-04", "level", "optional",
       "the biggest complex's units in brackets after its name: metric 최대 단지 or the complex; subject 대원건설 (supplier) or the JV developer (시행); period 오는 4월 (분양) or 2026? (README open question 2)"))
ST = "a stake: the holder is the subject (who holds it); present stake, the sentence's 오는 4월 belongs to 분양하는 only: period by the letter (sentence: 2026-04, or the story's 2026) unclear (README open question 3)"
d.Q("60%", 60, "%", "%", P, f=("지분", "지분 60%", DW, Y, "level", "optional", ST))
d.Q("40%", 40, "%", "%", P, ctx="40%를", f=("지분", "지분 60%", "세하종합건설", Y, "level", "optional", ST + "; the metric of the figure before (elided)"))
d.Q("4조 2,300억 원", 4230000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", DW, "2025", "level"))
d.Q("18.6%", 18.6, "%", "%", P, f=("신규 수주", "지난해 신규 수주", DW, "2025", "change", "required", "전년보다 = basis"))
d.Q("1조 7,600억 원", 1760000000000, W, "원", "currency",
    f=("신규 수주", "지난해 신규 수주", DW, "2025", "level", "required", "breakdown (이 가운데 공공 부문이): a segment names no measure; the total's 신규 수주; subject and period carried"))
d.Q("92.4%", 92.4, "%", "%", P, f=("평균 분양률", None, DW, "2025", "level", "required", "지난해 분양한 단지의: 지난해 in the sentence; subject carried"))
d.Q("71%", 71, "%", "%", P, f=("업계 평균", None, "", "2025", "level", "required", "a figure alone in brackets after a noun measures it; the industry: no subject"))
d.Q("58%", 58, "%", "%", P,
    f=("지분", "대원건설 지분을", "대원홀딩스", "", "level", "optional",
       "A에서 B로: the old level before 지난달's purchase has no DATE of its own: empty, 2025-12 or 2025-11? (README open question 4)"))
d.Q("64%", 64, "%", "%", P, f=("지분", "대원건설 지분을", "대원홀딩스", "2025-12", "level", "required", "the holder (모회사 대원홀딩스는) is the subject; 지난달 in the clause"))
d.Q("5조 원", 5000000000000, W, "원", "currency", ctx="수주 5조 원을",
    f=("신규 수주", "\"올해 신규 수주", DW, Y, "level", "required", "a company head's quote: the company's target (README convention 6); 올해 in the clause"))
d.Q("25위", 25, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("20위", 20, "위", "위", "ordinal", note="a rank: ordinal, no fact")

# ---------------------------------------------------------------- 002 public enterprise debt and deficit (뉴시스 dateline, no year anywhere)
d = Doc("002_185ee54725c27a36", "2025-10-12"); docs.append(d)
KR = "한국철도공사"
d.O("코레일", KR, ctx="코레일 부채", note="headline: the short form defined as alias in the lead; canonical the full name")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(KR, KR, aliases="코레일", note="(코레일) right after the name: alias")
d.O("국회", "국회", ctx="국회 국토교통위원회", st="optional",
    note="the National Assembly before its committee: an ORG of its own, or part of the committee's name (국회 국토교통위원회)? (README open question 6)")
d.O("국토교통위원회", "국토교통위원회", note="parliamentary committee")
d.O("국토교통부", "국토교통부", note="the ministry that gave the data (로부터)")
d.O("코레일", KR, ctx="코레일의 지난", note="short form")
d.O("코레일유통", "코레일유통", note="named subsidiary (자회사)")
d.O("코레일관광개발", "코레일관광개발", note="named subsidiary (자회사)")
d.O("국토부", "국토교통부", note="short form of 국토교통부")
d.O("정부", "정부", st="optional", note="unnamed institution noun: optional")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 영업손실 1,240억", rel=True)
d.D("지난 6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("작년 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE (작년 is deictic, not pointing back)")
d.D("같은 기간", "2024-12/2025-06", "month", rel=True, st="optional", anchor="2025-06-30",
    note="points back to the span 작년 말 … 지난 6월 말")
d.D("상반기", H1, "half", ctx="상반기 영업손실은", rel=True)
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention")
d.D("지난해", "2024", "year", ctx="동력비가 지난해", rel=True)
d.D("상반기", H1, "half", ctx="의 상반기 순이익", rel=True)
d.D("다음 달", "2025-11", "month", rel=True, note="다음 달까지 (까지 outside): a deadline, future")
d.D("14일", "2025-10-14", "day", rel=True, note="future clause (따지겠다): the next 14th after 2025-10-12")
LP = ("the lead's figure has no DATE in its sentence; by the letter the headline's 상반기 (2025-H1, set for the same subject) is the last "
      "period before it, while the next paragraph says 지난 6월 말 기준 (2025-06 END): unclear (README open question 5)")
d.Q("21조", 21000000000000, W, "", "currency", ctx="21조 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("부채", "코레일 부채", KR, "2025-06", "level"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", ctx="영업손실 1,240억 원\n",
    f=("영업손실", "상반기 영업손실 1,240억", KR, H1, "level", "required", "headline: 상반기 in its clause"))
d.Q("21조 원", 21000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("부채", "부채가 21조", KR, "2025-06", "level", "optional", LP))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 만에", note="1년 만에: a duration, no fact")
d.Q("250%", 250, "%", "%", P, bound="gt", note="웃돌았다 (exceeded) read as gt like 넘는/초과",
    f=("부채비율", "부채비율은 1년", KR, "2025-06", "level", "optional", LP))
d.Q("21조 3,400억 원", 21340000000000, W, "원", "currency",
    f=("부채", "기준 부채는", KR, "2025-06", "level", "required", "코레일의 … 부채: genitive owner; the ministry's data (자료에 따르면) is the source; 지난 6월 말 기준 (value 2025-06, END)"))
d.Q("8,900억 원", 890000000000, W, "원", "currency", f=("부채", "기준 부채는", KR, "2025-06", "change", "required", "작년 말보다 = basis; 늘었다: change"))
d.Q("256.7%", 256.7, "%", "%", P, f=("부채비율", "부채비율은 256.7%", KR, "2025-06", "level", "required", "subject and period carried from the sentence before"))
d.Q("14.2%포인트", 14.2, PP, "%포인트", P, f=("부채비율", "부채비율은 256.7%", KR, "2025-06", "change", "required", "같은 기간 (optional) points back; the current period is 6월 말"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", ctx="영업손실은 1,240억 원",
    f=("영업손실", "영업손실은 1,240억", KR, H1, "level", "required", "상반기 in the clause; the story's organization carried"))
d.Q("310억 원", 31000000000, W, "원", "currency",
    f=("영업이익", "의 영업이익을", KR, "2024-H1", "level", "required", "N원의 영업이익을 냈던: the noun after 의; 지난해 상반기 before it"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="native day word as a rate denominator (하루 평균): optional")
d.Q("15억 원", 1500000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("이자 비용", None, KR, H1, "level", "required", "subject and period carried in the paragraph (상반기); 하루 평균 only qualifies the basis"))
d.Q("10년", 10, "year", "년", "duration", bound="gt", note="10년 넘게: an amount of time, 넘게 → gt; no fact")
d.Q("4,870억 원", 487000000000, W, "원", "currency",
    f=("동력비", None, KR, "2024", "level", "required", "까지 after the amount: the level reached (불어난), no bound; 지난해 in the clause; subject carried"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("순이익", "상반기 순이익", "코레일유통", H1, "level", "required", "각각: the first named subsidiary"))
d.Q("58억 원", 5800000000, W, "원", "currency", f=("순이익", "상반기 순이익", "코레일관광개발", H1, "level", "required", "각각: the second named subsidiary"))
d.Q("5년", 5, "year", "년", "duration", bound="max", note="5년 안에 (within): duration, 안에 read as 내/이내 → max; no fact")
d.Q("200%", 200, "%", "%", P, bound="lt", note="아래로 (below) → lt like 미만",
    f=("부채비율", "부채비율을 200%", KR, "", "level", "optional",
       "a target the ministry sets for the company's ratio: subject 한국철도공사 (whose ratio) or 국토교통부 (whose plan)? period: none (5년 안에 is a duration) or the sentence's 다음 달 by the letter? (README open question 7)"))
d.Q("3천억 원", 300000000000, W, "원", "currency", bound="gt", note="넘게 → gt",
    f=("지원", "지원하는데도", "정부", "", "level", "optional",
       "the subject is only an optional ORG (정부): the fact is optional (FACTS); 해마다 is a frequency, no DATE: period empty"))

# ---------------------------------------------------------------- 003 fintech IPO subscription (연합뉴스 dateline, year in the lead)
d = Doc("003_9e0a2f198289dff2", "2026-02-13"); docs.append(d)
PB = "페이브릿지"
d.Oall(PB, PB, special={0: ("required", "invented fintech company, headline topic"),
                        1: ("required", "introduced by 핀테크 기업")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국투자증권", "한국투자증권", note="lead underwriter (대표 주관사)")
d.O("한국거래소", "한국거래소", note="the exchange, cited as source (에 따르면)")
d.O("코스닥", "코스닥", st="optional", note="a market run by the exchange: an institution (ORG) or a market (not ORG)? (README open question 10)")
d.O("삼성증권", "삼성증권", note="co-underwriter (공동 주관사)")
SUB = "2026-02-12/2026-02-13"
d.D("2026년 2월 12~13일", SUB, "day", note="a range of days with year and month written once: one mention")
d.D("13일", "2026-02-13", "day", ctx="13일 밝혔다", rel=True, note="day of the announcement")
d.D("오는 23일", "2026-02-23", "day", rel=True, note="future (상장일)")
d.D("지난해", "2025", "year", rel=True)
d.D("올해", "2026", "year", rel=True)
RATIO = "a competition ratio N대 1 (대 = 'to', no unit): a quantity at all? (README open question 9)"
d.Q("1,312대 1", 1312, "대 1", "대 1", C, st="optional", note=RATIO)
d.Q("9조 원", 9000000000000, W, "원", "currency",
    f=("증거금", "…증거금", PB, "", "level", "required",
       "headline: the company whose subscription it is; no DATE in the headline and nothing before it: period empty"))
d.Q("9조 1,800억 원", 9180000000000, W, "원", "currency",
    f=("증거금", "에 증거금", PB, "", "level", "required",
       "페이브릿지의 … 청약에: the company's subscription; no DATE in its clause, its sentence or before it (the subscription days come only in the next sentence): empty by the search order"))
d.Q("이틀", 2, "day", "이틀", "duration", note="이틀간: 간 outside; a duration, no fact")
d.Q("1,312.4대 1", 1312.4, "대 1", "대 1", C, st="optional", note=RATIO)
d.Q("130만 주", 1300000, "주", "주", C,
    f=("배정된 물량", None, PB, SUB, "level", "required", "the company's offering (the underwriter only reports); the subscription days set in the sentence before carry"))
IPOA = ("set earlier (앞서) in the institutional forecast, before the subscription days: the carried 12~13일 by the letter, "
        "or no period? (README open question 8)")
d.Q("1만 9,000~2만 2,000원", 19000, W, "원", "currency", hi=22000, note="a range: one mention",
    f=("희망 범위", None, PB, "", "level", "optional", "a figure alone in brackets after a noun measures it; " + IPOA))
d.Q("2만 4,000원", 24000, W, "원", "currency", note="상단을 넘는 compares with the band's top, not a bound on this exact price",
    f=("공모가", None, PB, "", "level", "optional", IPOA))
d.Q("2,031곳", 2031, "곳", "곳", C,
    f=("국내외 기관", None, "", "", "level", "optional",
       "several institutions taken together and not named: empty subject; or the company's forecast? " + IPOA))
d.Q("88.5%", 88.5, "%", "%", P,
    f=("국내외 기관", None, "", "", "level", "optional", "이 가운데 N%: a share of the institutions before; " + IPOA))
d.Q("520만 주", 5200000, "주", "주", C,
    f=("공모 주식 수", None, PB, SUB, "level", "required", "총 stays outside; the company's offering; the period last set for it (the subscription days) carries"))
d.Q("1,248억 원", 124800000000, W, "원", "currency", f=("공모 금액", None, PB, SUB, "level", "required", "as 520만 주"))
d.Q("9,600억 원", 960000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("시가총액", None, PB, "", "level", "optional",
       "an outlook after listing (상장 후 … 예상된다; 상장 후 is no DATE): the carried subscription days by the letter, the listing day 오는 23일 of the next sentence, or none? (README open question 8)"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("매출", "매출 612억", PB, "2025", "level"))
d.Q("48억 원", 4800000000, W, "원", "currency", ctx="영업이익 48억 원", f=("영업이익", None, PB, "2025", "level"))
d.Q("2억 건", 200000000, "건", "건", C, bound="gt", note="넘어 → gt",
    f=("결제 건수", None, PB, "2026", "level", "required",
       "월 only qualifies the basis (a rate word, no number); an underwriter's forecast about the company: the company's figure; no DATE in its clause, 올해 in its sentence"))
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("매출", "올해 매출", PB, "2026", "level", "required", "올해 in the clause; the forecast is about the company (the underwriter only speaks)"))

# ---------------------------------------------------------------- 004 cosmetics exporter's overseas sales (뉴스1 dateline, no year anywhere)
d = Doc("004_4855ea14e1fc8569", "2025-11-18"); docs.append(d)
RB = "라온뷰티"
d.Oall(RB, RB, special={0: ("required", "invented exporter; headline topic with a comma after a quoted product label"),
                        4: ("required", "organization before a person's title (정하린 라온뷰티 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall("블루하버 트레이딩", "블루하버 트레이딩", special={0: ("required", "invented distributor introduced by 현지 유통사")})
d.O("월그린스", "월그린스", note="drugstore chain introduced by 체인")
d.O("로손", "로손", note="convenience-store chain introduced by 편의점")
d.O("대한무역투자진흥공사", "대한무역투자진흥공사", aliases="KOTRA", note="trade agency; (KOTRA) right after the name: alias")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="라온뷰티, 3분기", rel=True, note="headline")
d.D("3분기", Q3, "quarter", ctx="라온뷰티가 3분기", rel=True, note="latest Q3 on or before the document date")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2024-07-01", note="points back")
d.D("18일", "2025-11-18", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: a DATE, that year (2025-11-18 − 1 year → 2024)")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("현재", "2025-11-18", "day", rel=True, st="optional", note="현재 takes the document date; optional (ANNOTATION)")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지: this year's end (future clause)")
d.D("내년", "2026", "year", rel=True)
d.Q("4,380만 달러", 43800000, U, "달러", "currency", ctx="수출 4,380만 달러…",
    f=("수출", "3분기 수출 4,380만", RB, Q3, "level", "required", "headline: 3분기 in its clause"))
d.Q("41%", 41, "%", "%", P, ctx="비중 41%\n",
    f=("美 비중", None, RB, Q3, "level", "required", "headline after …: the headline's topic and 3분기 carry; 美 is part of what is measured"))
d.Q("4,380만 달러", 43800000, U, "달러", "currency", ctx="수출액 4,380만 달러",
    f=("수출액", None, RB, Q3, "level"))
d.Q("37%", 37, "%", "%", P, f=("수출액", None, RB, Q3, "change", "required", "전년 동기보다 = basis"))
BR = "breakdown (국가별 비중은 …): a country names no measure and is no subject; the measure 비중, the company and 3분기 carried"
d.Q("41%", 41, "%", "%", P, ctx="미국이 41%", f=("비중", "국가별 비중", RB, Q3, "level", "required", BR))
d.Q("23%", 23, "%", "%", P, f=("비중", "국가별 비중", RB, Q3, "level", "required", BR))
d.Q("17%", 17, "%", "%", P, f=("비중", "국가별 비중", RB, Q3, "level", "required", BR))
d.Q("19%", 19, "%", "%", P, f=("중국 비중", None, RB, "2024", "level", "required", "A에서 B로 with A dated by 1년 전 right before it"))
d.Q("9%", 9, "%", "%", P, ctx="서 9%로", f=("중국 비중", None, RB, Q3, "level", "required", "the new level: the story's 3분기 carried"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("매장", "월그린스 매장", RB, Q3, "level", "optional",
       "stores of a named chain (월그린스 매장) that stock the company's goods: subject 라온뷰티 (입점했다) or 월그린스 (whose stores)? period: the carried 3분기 or a present count? (README open question 11)"))
d.Q("1,650만 달러", 16500000, U, "달러", "currency", approx=True, note="어치 after the unit stays outside and sets approx (like 달러치)",
    f=("라온뷰티 제품", None, "블루하버 트레이딩", "2025-01/2025-09", "level", "required",
       "N달러어치 of X: the worth of X, the object noun (사들였다 is a plain verb); the buyer is the clause's subject; 올해 1~9월 in the clause"))
d.Q("3천여 곳", 3000, "곳", "곳", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("편의점", "편의점 로손", RB, "2025-08", "level", "optional",
       "stores of a named chain (편의점 로손 3천여 곳) the company expanded into: subject 라온뷰티 or 로손? metric 편의점 or 판로? (README open question 11)"))
d.Q("14개국", 14, "개국", "개국", C,
    f=("", None, RB, "2025-11-18", "level", "optional", "countries counted by the counter 개국 alone: no noun names them (metric empty?) (README open question 12)"))
d.Q("86곳", 86, "곳", "곳", C,
    f=("해외 매장 수", None, RB, "2025-11-18", "level", "required", "현재 (optional DATE) takes the document date; the company carried"))
d.Q("1억 5천만 달러", 150000000, U, "달러", "currency", bound="gt", note="넘기고 (exceed) → gt",
    f=("수출", "연간 수출", RB, "2025", "level", "required", "연간 stays outside the metric; 연말까지 (END of 2025) in the clause; a company head's quote: the company's target"))
d.Q("150곳", 150, "곳", "곳", C, f=("해외 매장", "해외 매장을 150곳", RB, "2026", "level", "required", "내년에는 in the clause; target level (…으로 늘리겠다)"))

# ---------------------------------------------------------------- 005 port container throughput (연합뉴스 regional dateline, year in the lead)
d = Doc("005_21b32361683d6728", "2026-01-08"); docs.append(d)
BPA = "부산항만공사"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(BPA, BPA, special={0: ("required", "port authority; (BPA) right after the name is an alias"),
                          2: ("required", "organization before a person's title (송상근 부산항만공사 사장)")})
d.o[-3]["aliases"] = "BPA"
d.O("HMM", "HMM", note="shipping line (선사별로는)")
d.O("머스크", "머스크", note="shipping line in the list")
d.O("MSC", "MSC", note="shipping line in the list")
Y = "2025"
d.D("지난해", Y, "year", ctx="부산항 지난해", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해", Y, "year", ctx="는 지난해 부산항", rel=True)
d.D("8일", "2026-01-08", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="N년 전 is an offset from the document date (→ 2025 by the letter), but here it is the basis of a comparison with 2025, meaning 2024: value unclear (README open question 13)")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("2029년", "2029", "year")
NS = "the port (부산항) is a place, not an ORG; the port authority only reports the figures (밝혔다): empty subject (README convention 3, open question 14)"
d.Q("2,488만 TEU", 24880000, "TEU", "TEU", M, ctx="물동량 2,488만 TEU",
    f=("물동량", "지난해 물동량", "", Y, "level", "required", "headline: 지난해 in its clause; " + NS))
d.Q("57%", 57, "%", "%", P, f=("환적 비율", "환적 비율 57%", "", Y, "level", "required", "headline after …: its 지난해 carries; " + NS))
d.Q("2,488만 TEU", 24880000, "TEU", "TEU", M, ctx="물동량이 2,488만 TEU",
    f=("물동량", "컨테이너 물동량이", "", Y, "level", "required", "2025년 in the clause; " + NS))
d.Q("2,440만 TEU", 24400000, "TEU", "TEU", M,
    f=("물동량", "컨테이너 물동량이", "", "2024", "level", "required", "a basis figure in brackets after the pointing-back 전년: that year (README convention 4)"))
d.Q("2.0%", "2.0", "%", "%", P, f=("물동량", "컨테이너 물동량이", "", Y, "change", "required", "전년보다 = basis; the written value 2.0 kept"))
d.Q("1,418만 TEU", 14180000, "TEU", "TEU", M, f=("환적 화물", None, "", Y, "level", "required", "지난해 in the sentence; " + NS))
d.Q("3.6%", 3.6, "%", "%", P, f=("환적 화물", None, "", Y, "change"))
d.Q("1,070만 TEU", 10700000, "TEU", "TEU", M, f=("수출입 화물", None, "", Y, "level"))
d.Q("0.1%", 0.1, "%", "%", P, f=("수출입 화물", None, "", Y, "change", "required", "감소했다: a change; no sign written, value as written"))
d.Q("57.0%", "57.0", "%", "%", P, f=("환적 비율", "환적 비율은 57.0%", "", Y, "level", "required", "the written value 57.0 kept; period carried"))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=("환적 비율", "환적 비율은 57.0%", "", Y, "change", "required", "1년 전보다 = basis"))
BR = "breakdown (부두별로는 / 선사별로는): a terminal names no measure; the total's 물동량; the period carried (2025)"
d.Q("72%", 72, "%", "%", P, f=("물동량", "전체 물동량의", "", Y, "level", "required", "X의 N% → X; a terminal (신항) is a place: " + BR))
d.Q("698만 TEU", 6980000, "TEU", "TEU", M, f=("물동량", "전체 물동량의", "", Y, "level", "required", "북항 is a place: " + BR))
d.Q("412만 TEU", 4120000, "TEU", "TEU", M, f=("물동량", "전체 물동량의", "HMM", Y, "level", "required", "a shipping line is an ORG: its volume at the port; " + BR))
d.Q("298만 TEU", 2980000, "TEU", "TEU", M, f=("물동량", "전체 물동량의", "머스크", Y, "level", "required", "listed after HMM: " + BR))
d.Q("276만 TEU", 2760000, "TEU", "TEU", M, f=("물동량", "전체 물동량의", "MSC", Y, "level", "required", "listed after HMM: " + BR))
d.Q("한 달", 1, "month", "달", "duration", note="지난해 12월 한 달: an amount of time, duration; no fact")
d.Q("218만 TEU", 2180000, "TEU", "TEU", M, f=("물동량", "한 달 물동량은", "", "2025-12", "level", "required", "지난해 12월 in the clause; " + NS))
d.Q("2,550만 TEU", 25500000, "TEU", "TEU", M,
    f=("물동량 목표", None, BPA, "2026", "level", "required", "a target the authority sets is its own figure (부산항만공사는 … 잡았다); 올해 in the clause"))
d.Q("9개", 9, "개", "개", C, f=("선석", None, "", "2029", "level", "required", "counted noun after the count; a port's berths (place): no subject; 2029년 in the clause"))
d.Q("400만 TEU", 4000000, "TEU", "TEU", M,
    f=("처리 능력", None, "", "2029", "change", "required", "늘어난다: a change; 연간 stays outside; the port's capacity (place): no subject; 2029년 in the sentence"))

# ---------------------------------------------------------------- 006 baseball league attendance and revenue (입력 stamp + outlet byline)
d = Doc("006_874a7ebb8e5ac6ad", "2025-10-01"); docs.append(d)
KBO = "한국야구위원회"
d.O("스포츠한국", "스포츠한국", note="outlet in the byline line")
d.O(KBO, KBO, aliases="KBO", note="the league's governing body; (KBO) right after the name: alias")
d.O("LG 트윈스", "LG 트윈스", note="club (구단별로는)")
d.O("삼성 라이온즈", "삼성 라이온즈", note="club, figure in brackets")
d.O("두산 베어스", "두산 베어스", note="club, figure in brackets")
d.O("한화 이글스", "한화 이글스", note="club")
d.O("KBO", KBO, ctx="KBO 관계자", note="the alias used alone: the same organization; before 관계자")
Y = "2025"
d.D("2025.10.01", "2025-10-01", "day", st="optional", note="publication stamp (입력); clock time not labelled")
d.D("올해", Y, "year", rel=True)
d.D("지난해", "2024", "year", rel=True)
d.D("30일", "2025-09-30", "day", rel=True, note="30일까지 (까지 outside): the latest 30th on or before the document date")
d.D("1일", "2025-10-01", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", ctx="전년보다 4.1", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="관중이 전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("내년", "2026", "year", rel=True)
LG = ("league totals: the sum over the clubs, not all named, and 프로야구 (the sport) is no ORG; the KBO only reports: empty subject "
      "(README open question 15)")
d.Q("1,231만 명", 12310000, "명", "명", C,
    f=("관중", "프로야구 관중", "", "", "level", "required", "headline with no DATE and nothing before it: period empty; " + LG))
d.Q("1,640억 원", 164000000000, W, "원", "currency", ctx="수입 1,640억 원\n",
    f=("입장 수입", "…입장 수입", "", "", "level", "required", "headline: no DATE; " + LG))
d.Q("1,231만 2,519명", 12312519, "명", "명", C, f=("관중", "시즌이 관중", "", Y, "level", "required", "올해 in the sentence; " + LG))
d.Q("1,088만 7,705명", 10887705, "명", "명", C,
    f=("역대 최다 기록", None, "", "2024", "level", "required", "a figure alone in brackets after a noun measures it; 지난해 세운 dates it; " + LG))
d.Q("1년", 1, "year", "년", "duration", note="1년 만에: a duration, no fact")
d.Q("720경기", 720, "경기", "경기", C,
    f=("정규시즌", "정규시즌 720경기", "", "2025-09-30", "level", "optional",
       "the season's games (counted noun 경기 is the counter; 정규시즌 before it); the clause's 30일 (마친 30일까지) or the season's 올해? (README open question 16)"))
d.Q("1만 7,101명", 17101, "명", "명", C,
    f=("평균 관중", None, "", Y, "level", "required", "경기당 (no number) is a rate word; the period last set for 관중 (올해; 30일 dates only the cumulative count with no figure)"))
d.Q("83.4%", 83.4, "%", "%", P, f=("좌석 점유율", None, "", Y, "level", "required", "전체 only qualifies the basis; period carried"))
d.Q("4.1%포인트", 4.1, PP, "%포인트", P, f=("좌석 점유율", None, "", Y, "change", "required", "전년보다 = basis"))
d.Q("1,640억 원", 164000000000, W, "원", "currency", ctx="수입은 1,640억 원", f=("입장 수입", "입장 수입은", "", Y, "level", "required", LG))
d.Q("1,500억 원", 150000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("입장 수입", "입장 수입은", "", Y, "level", "required", "the level passed (처음 … 넘었다): a level with bound gt; " + LG))
BR = "breakdown (구단별로는): a club is an ORG and the subject; the total's measure 관중; period carried (2025)"
d.Q("152만 명", 1520000, "명", "명", C, f=("관중", "관중 1위", "LG 트윈스", Y, "level", "required", BR))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("148만 명", 1480000, "명", "명", C, f=("관중", "관중 1위", "삼성 라이온즈", Y, "level", "required", "a figure in brackets after an organization is its; " + BR))
d.Q("139만 명", 1390000, "명", "명", C, f=("관중", "관중 1위", "두산 베어스", Y, "level", "required", "a figure in brackets after an organization is its; " + BR))
d.Q("38%", 38, "%", "%", P, f=("관중", "관중이 전년보다", "한화 이글스", Y, "change", "required", "전년보다 = basis; the club is the topic"))
d.Q("72경기", 72, "경기", "경기", C, f=("홈", "홈 72경기", "한화 이글스", Y, "level", "required", "the noun right before the counter (홈 = home games); subject carried"))
d.Q("62경기", 62, "경기", "경기", C, f=("매진", None, "한화 이글스", Y, "level", "required", "the verbal noun (매진됐다) names what is counted; subject carried"))
d.Q("20~30대", 20, "대", "대", C, hi=30, st="optional", note="age brackets defining a group (definitional range, part of a metric): optional, no fact")
d.Q("1,300만 명", 13000000, "명", "명", C,
    f=("관중", "관중 1,300만", "", "2026", "level", "required", "내년에는 in the clause; a KBO official's outlook for the league: " + LG))

if __name__ == "__main__":
    write_all(docs)
