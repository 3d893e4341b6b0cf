"""Gold labels of articles-holdout100, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout100/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def half_end(d, year, half):
    """`상반기 말` etc.: the framework cannot compute a half with a mod; the last month of the half is written."""
    r = d.d[-1]
    r["range_start"], r["range_end"] = (f"{year}-06-01", f"{year}-06-30") if half == 1 else (f"{year}-12-01", f"{year}-12-31")


# ---------------------------------------------------------------- 001 rental-car company: Q3 rental revenue and fleet (연합뉴스 dateline)
d = Doc("001_d2d2c12f07bb2b8a", "2025-10-28"); docs.append(d)
S = "누리렌터카"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한솔물류", "한솔물류", note="corporate customer (법인 고객인)")
d.O("한국렌터카사업조합연합회", "한국렌터카사업조합연합회", note="association cited as the source (에 따르면)")
d.O("롯데렌탈", "롯데렌탈", note="rival (업계 1위)")
d.O("SK렌터카", "SK렌터카", note="rival (2위)")
A = "누리오토케어"
d.O(A, A, aliases="오토케어", note="subsidiary (자회사); short name defined with 이하")
d.O("오토케어", A, ctx="(이하 오토케어)", st="optional", note="short name where it is defined with 이하: optional")
d.O("오토케어", A, ctx="오토케어는 연말", note="later use of the 이하 short name: required")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 렌탈 매출 2천억", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 11.4%", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 영업이익", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(16.0%)", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("올해", "2025", "year", rel=True)
d.D("지난 8월", "2025-08", "month", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year (ANNOTATION: 10년 전)")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 142억", rel=True, st="optional", anchor="2025-07-01", note="points back to the story's 3분기")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (늘린다): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention, like 올해 8월 말")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("렌탈 매출", "렌탈 매출 2천억", S, Q3, "level"))
d.Q("12만대", 120000, "대", "대", C, f=("보유 차량", "보유 차량 12만대", S, Q3, "level", "required",
    "headline figure: the headline's own 3분기 is the nearest DATE in its sentence"))
d.Q("2,046억 원", 204600000000, W, "원", "currency", f=("렌탈 매출", "렌탈 매출이", S, Q3, "level"))
d.Q("11.4%", 11.4, "%", "%", P, f=("렌탈 매출", "렌탈 매출이", S, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("318억 원", 31800000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("8.2%", 8.2, "%", "%", P, f=("영업이익", None, S, Q3, "change"))
d.Q("15.5%", 15.5, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("16.0%", "16.0", "%", "%", P, f=("영업이익률", None, S, "2024-Q3", "level", "required",
    "a basis figure in brackets after 전년 동기: that period (README convention 4); value as written"))
d.Q("0.5%포인트", 0.5, "%p", "%포인트", P, f=("영업이익률", None, S, Q3, "change", "required", "낮아졌다: a change; the sign is not written"))
d.Q("12만 3천 대", 123000, "대", "대", C, approx=True, f=("보유 차량", "보유 차량은", S, "2025-09", "level"))
d.Q("9천여 대", 9000, "대", "대", C, approx=True, f=("보유 차량", "보유 차량은", S, "2025", "change", "required", "올해 들어서만 … 늘었다: the clause's 올해"))
d.Q("2만 1,400대", 21400, "대", "대", C, f=("전기차", None, S, "2025-09", "level", "required", "이 가운데: part of the fleet as of 9월 말"))
d.Q("17%", 17, "%", "%", P, f=("전기차", None, S, "2025-09", "level", "required", "전체의 17%: the share of the part named before (convention 5)"))
d.Q("1,200대", 1200, "대", "대", C, f=("화물용 밴", None, "한솔물류", "2025-08", "level", "required",
    "the customer's contract: its grammatical subject 한솔물류 (convention 11)"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년간", note="간 outside; duration, no fact")
d.Q("118만 대", 1180000, "대", "대", C, approx=True, f=("국내 렌터카 등록 대수", None, "", "2025-06", "level", "required", "a national figure: no subject"))
d.Q("3.1%", 3.1, "%", "%", P, f=("국내 렌터카 등록 대수", None, "", "2025-06", "change", "required", "1년 전보다 = basis"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("21.3%", 21.3, "%", "%", P, f=("점유율", None, "롯데렌탈", "2025-06", "level", "optional",
    "각각 → the first ORG; period open (README open question 2): no date of its own and none set for this metric"))
d.Q("12.8%", 12.8, "%", "%", P, f=("점유율", None, "SK렌터카", "2025-06", "level", "optional", "각각 → the second ORG; period open (question 2)"))
d.Q("10.4%", 10.4, "%", "%", P, f=("점유율", None, S, "2025-06", "level", "optional", "subject dropped (점유율 carried); period open (question 2)"))
d.Q("142억 원", 14200000000, W, "원", "currency", f=("정비 매출", None, A, Q3, "level", "required", "같은 기간 → the story's 3분기"))
d.Q("30곳", 30, "곳", "곳", C, bound="min", f=("정비 거점", None, A, "2025", "level", "required", "연말까지: this year's end; 이상 → min"))
d.Q("13만 대", 130000, "대", "대", C, bound="gt", f=("보유 차량", "보유 차량 13만", S, "2026-H1", "level", "required", "넘기겠다 → gt; a target"))

# ---------------------------------------------------------------- 002 university hospital: patients and medical revenue (입력 stamp, regional daily)
d = Doc("002_8c61a584a3d4aed3", "2026-01-21"); docs.append(d)
H = "달서대학교병원"
d.O(H, H, aliases="달서대병원", note="defined with (이하 달서대병원)")
d.Oall("달서대병원", H, special={0: ("required", "headline: short name of the hospital"),
                                  1: ("optional", "short name where it is defined with 이하: optional"),
                                  2: ("required", "later use of the 이하 short name, before a unit of the hospital")})
d.O("매일신문", "매일신문", note="outlet in the byline line")
d.O("암센터", "암센터", st="optional", note="a hospital's unit with a generic name: a division or a generic description? (README open question 4)")
d.O("심혈관센터", "심혈관센터", st="optional", note="as 암센터 (open question 4)")
d.O("경북대병원", "경북대병원", note="rival hospital in the same region")
d.O("계명대 동산병원", "계명대 동산병원", note="a university's hospital named with its university: one name")
d.O("건강보험심사평가원", "건강보험심사평가원", note="public agency cited as source")
d.O("대구시", "대구시", note="city acting as a government")
d.O("권역외상센터", "권역외상센터", st="optional", note="a hospital's unit with a generic name (open question 4)")
d.D("지난해", "2025", "year", ctx="지난해 외래환자 112만명", rel=True, note="headline")
d.D("2026.01.21", "2026-01-21", "day", note="the 입력 stamp: an explicit calendar date (convention 9)")
d.D("09:47", "2026-01-21T09:47", "day", st="optional", note="clock time: optional at most (ANNOTATION)")
d.D("지난해", "2025", "year", ctx="지난해 외래환자가", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.3%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(0.8%)", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("하반기", "2025-H2", "half", rel=True, note="a past half: the latest H2 on or before the document date (the story's year)")
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="지난해 before a range of quarters: one mention")
d.D("전년 동기", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~3분기")
d.D("올해", "2026", "year", rel=True)
d.D("3월", "2026-03", "month", rel=True, note="future clause (시작해 … 늘리겠다): the next March")
Y = "2025"
d.Q("112만명", 1120000, "명", "명", C, f=("외래환자", "외래환자 112만명", H, Y, "level", "required", "headline: the headline's 지난해"))
d.Q("5천억", 500000000000, W, "", "currency", ctx="첫 5천억 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("의료수익", "의료수익 첫", H, Y, "level"))
d.Q("112만 4천 명", 1124000, "명", "명", C, f=("외래환자", "지난해 외래환자가", H, Y, "level"))
d.Q("6.3%", 6.3, "%", "%", P, f=("외래환자", "지난해 외래환자가", H, Y, "change", "required", "전년보다 = basis"))
d.Q("41만 명", 410000, "명", "명", C, approx=True, f=("입원환자", None, H, Y, "level", "required", "가량 → approx; 연인원 기준 is a basis modifier"))
d.Q("5,128억 원", 512800000000, W, "원", "currency", f=("의료수익", "의료수익은", H, Y, "level", "required", "subject and 지난해 carried"))
d.Q("5천억 원", 500000000000, W, "원", "currency", bound="gt", f=("의료수익", "의료수익은", H, Y, "level", "required", "a threshold passed (넘어섰다 → gt): its own fact"))
d.Q("2,960억 원", 296000000000, W, "원", "currency", f=("입원수익", None, H, Y, "level", "required", "이 가운데: a part with its own measure noun"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("외래수익", None, H, Y, "level"))
d.Q("2.1%", 2.1, "%", "%", P, f=("의료이익률", None, H, Y, "level"))
d.Q("0.8%", 0.8, "%", "%", P, f=("의료이익률", None, H, "2024", "level", "required", "a basis figure in brackets after 전년: that year (convention 4)"))
d.Q("1.3%포인트", 1.3, "%p", "%포인트", P, f=("의료이익률", None, H, Y, "change"))
d.Q("18만 명", 180000, "명", "명", C, f=("암센터 외래환자", None, H, Y, "level", "required",
    "진료과별로는: a unit's patients; the unit changes what is counted; the hospital is the subject (units optional ORGs)"))
d.Q("9만 5천 명", 95000, "명", "명", C, f=("외래환자", "암센터 외래환자가", H, Y, "level", "required",
    "breakdown item naming only a unit: the breakdown's counted noun is the metric (convention 3)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate word (ANNOTATION: rate denominators optional)")
d.Q("150~170명", 150, "명", "명", C, hi=170, f=("응급실 내원 환자", None, H, "2025-H2", "level", "required", "a range: value 150, value_high 170"))
d.Q("91%", 91, "%", "%", P, f=("병상 가동률", None, H, "2025-12", "level"))
d.Q("88%", 88, "%", "%", P, f=("가동률", "동산병원의 가동률", "경북대병원", "2025-12", "level", "required",
    "각각 → the first ORG; no date of its own: the period last set for the same metric in the comparison (convention 1)"))
d.Q("86%", 86, "%", "%", P, f=("가동률", "동산병원의 가동률", "계명대 동산병원", "2025-12", "level", "required", "각각 → the second ORG"))
d.Q("14조 2천억 원", 14200000000000, W, "원", "currency", approx=True,
    f=("전국 상급종합병원 진료비", None, "", "2025-Q1/2025-Q3", "level", "required", "a national figure from a cited agency: no subject"))
d.Q("9%", 9, "%", "%", P, f=("전국 상급종합병원 진료비", None, "", "2025-Q1/2025-Q3", "change"))
d.Q("40억 원", 4000000000, W, "원", "currency", f=("운영비", None, "대구시", "2026", "level", "required", "the city's support (지원한다): the city's figure"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: a duration with 안에 (like 내/이내 → max); no fact")
d.Q("1,100개", 1100, "개", "개", C, bound="min", f=("병상", None, H, "", "level", "required",
    "the head's target; its only time is a duration (3년 안에): no DATE names it, period empty (convention 1)"))

# ---------------------------------------------------------------- 003 seed and agri-tech company: H1 exports (press release)
d = Doc("003_0419037bbc258fec", "2025-08-12"); docs.append(d)
G = "그린씨앗"
d.Oall(G, G, special={0: ("required", "headline topic"), 5: ("required", "contact line (그린씨앗 홍보팀): the company; the team is no ORG")})
d.O("아그로바라트", "아그로바라트", note="foreign customer (유통사); 인도 is a place")
d.Oall("한들바이오텍", "한들바이오텍", special={0: ("required", "parent company (모회사)")})
d.O("농림축산식품부", "농림축산식품부", note="ministry cited as source")
d.O("육종연구소", "육종연구소", st="optional", note="a company's research facility with a generic name; 해남 (place) outside (README open question 4)")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 종자 수출 480만", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("전년", "2024", "year", ctx="전년比", rel=True, st="optional", anchor="2025-01-01", note="points back (전년比 = 전년 대비)")
d.D("2025년 상반기", H1, "half", note="year before a half: one mention")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기: one pointing-back mention")
d.D("12일", "2025-08-12", "day", rel=True, note="day of the announcement")
d.D("작년 말", "2024", "year", mod="END", rel=True, note="작년 + 말: the year before, END")
d.D("지난 5월", "2025-05", "month", rel=True)
d.D("상반기", H1, "half", ctx="한들바이오텍의 상반기", rel=True)
d.D("같은 기간", H1, "half", ctx="같은 기간 중동", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("올해 1~6월", "2025-01/2025-06", "month", rel=True, note="올해 before a range of months: one mention")
d.D("전년 동기", "2024-01/2024-06", "month", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (투입한다): the current H2")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause: this year's end")
d.Q("480만 달러", 4800000, U, "달러", "currency", ctx="수출 480만 달러…", f=("종자 수출", None, G, H1, "level", "required", "headline: its own 상반기"))
d.Q("27%", 27, "%", "%", P, ctx="比 27%", f=("종자 수출", None, G, H1, "change", "required", "headline; 전년比 = basis"))
d.Q("480만 달러", 4800000, U, "달러", "currency", ctx="480만 달러(약", f=("종자 수출액", None, G, H1, "level"))
d.Q("66억 원", 6600000000, W, "원", "currency", approx=True, eq=("480만 달러",),
    f=("종자 수출액", None, G, H1, "level", "required", "conversion: same slots as the amount it converts; 약 → approx"))
d.Q("27%", 27, "%", "%", P, ctx="보다 27%", f=("종자 수출액", None, G, H1, "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("210만 달러", 2100000, U, "달러", "currency", f=("고추 종자", "고추 종자가", G, H1, "level", "required",
    "품목별로는: a product item; the product names what is exported (convention 3)"))
d.Q("95만 달러", 950000, U, "달러", "currency", f=("양배추", None, G, H1, "level", "required", "product item (convention 3)"))
d.Q("70만 달러", 700000, U, "달러", "currency", approx=True, f=("수박", None, G, H1, "level", "required", "안팎 → approx"))
d.Q("23개국", 23, "개국", "개국", C, f=("수출국", None, G, H1, "level", "required", "subject and period carried"))
d.Q("18개국", 18, "개국", "개국", C, f=("수출국", None, G, "2024", "level", "required", "a basis figure in brackets after 작년 말: that date (convention 4)"))
d.Q("5곳", 5, "곳", "곳", C, f=("수출국", None, G, H1, "change"))
d.Q("3.5t", 3.5, "t", "t", M, f=("고추 종자", "고추 종자 3.5t", "아그로바라트", "2025-05", "level", "required",
    "a customer's order: the ordering company is the grammatical subject (convention 11)"))
d.Q("1,340억 원", 134000000000, W, "원", "currency", f=("매출", "연결 매출은", "한들바이오텍", H1, "level", "required", "연결 is a basis modifier: outside"))
d.Q("22%", 22, "%", "%", P, approx=True, f=("비중", "그린씨앗 비중은", G, H1, "level", "required",
    "the subsidiary's share of the parent's sales: the organization named with 비중 (convention 11)"))
d.Q("12기", 12, "기", "기", C, f=("수직농장 설비", None, "한들바이오텍", H1, "level", "required", "같은 기간 → 상반기"))
d.Q("3,100만 달러", 31000000, U, "달러", "currency", f=("국내 종자 수출액", None, "", "2025-01/2025-06", "level", "required", "a national figure: no subject"))
d.Q("4.2%", 4.2, "%", "%", P, f=("국내 종자 수출액", None, "", "2025-01/2025-06", "change"))
d.Q("6천억 원", 600000000000, W, "원", "currency", approx=True, note="원대: 대 outside, approx",
    f=("국내 종자 시장", None, "", "", "level", "required", "규모 → the thing whose size it is; an industry estimate: no subject; no date"))
d.Q("50억 원", 5000000000, W, "원", "currency", f=("투입", None, G, "2025-H2", "level", "required", "no noun names it: the verbal noun (투입한다)"))
d.Q("1천만 달러", 10000000, U, "달러", "currency", bound="gt", f=("수출", "수출 1천만", G, "2025", "level", "required", "넘기고 → gt; 연말까지"))
d.Q("40%", 40, "%", "%", P, bound="min", f=("해외 매출 비중", None, G, "2025", "level", "required", "연말까지 governs both coordinated clauses"))

# ---------------------------------------------------------------- 004 builder: presale, subscription rates, unsold units (뉴스1 dateline, no year)
d = Doc("004_a661df5ce1fa7e87", "2026-03-05"); docs.append(d)
B = "대원건설"
d.Oall(B, B, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("국토교통부", "국토교통부", note="ministry cited as source")
d.O("한국부동산원", "한국부동산원", note="public agency cited as source")
d.O("청약홈", "청약홈", st="optional", note="a service/platform run by 한국부동산원: product or business unit (ANNOTATION optional)")
d.O("대원이앤씨", "대원이앤씨", note="affiliate (시공 계열사)")
d.D("지난달", "2026-02", "month", rel=True)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the announcement")
d.D("지난해", "2025", "year", ctx="지난해 6개", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("3월", "2026-03", "month", rel=True, note="A부터 B까지: two mentions; a plan (계획) in the current month")
d.D("12월", "2026-12", "month", rel=True, note="future (계획): the next December")
d.D("1월 말", "2026-01", "month", mod="END", rel=True, note="as of (기준)")
d.D("전월", "2025-12", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("현재", "2026-03-05", "day", rel=True, st="optional", note="현재 is optional and takes the document date (ANNOTATION)")
d.D("같은 날", "2026-02-XX", "day", rel=True, st="optional", note="points back to the (unstated) day of the 1순위 청약 in 지난달")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="the current quarter")
d.D("상반기 말", "2026-H1", "half", mod="END", rel=True, rng=False, note="future (…까지 완판하겠다): this year's H1, END")
half_end(d, 2026, 1)
d.Q("14.6대 1", 14.6, "대 1", "대 1", C, ctx="평균 14.6대 1…", st="optional", note="a competition ratio N대 1: no counter or unit of the guideline (README open question 1)")
d.Q("190가구", 190, "가구", "가구", C, ctx="은 190가구로", f=("미분양", "미분양은 190가구", B, "", "level", "required",
    "headline with no date, nothing earlier: period empty"))
d.Q("1순위", 1, "순위", "순위", "ordinal", st="optional", note="1순위 청약: a lexicalized tier name or an ordinal? (open question 1)")
d.Q("1만 2,300여 명", 12300, "명", "명", C, approx=True, f=("1순위 청약", None, B, "2026-02", "level", "required",
    "applicants to the company's presale in 지난달; 여 inside the span → approx"))
d.Q("14.6대 1", 14.6, "대 1", "대 1", C, ctx="경쟁률 14.6대 1을", st="optional", note="competition ratio (open question 1)")
d.Q("842가구", 842, "가구", "가구", C, f=("공급 물량", None, B, "2026-02", "level", "required", "subject and 지난달 carried"))
d.Q("780가구", 780, "가구", "가구", C, f=("일반분양", None, B, "2026-02", "level", "required", "이 가운데: a part with its own noun"))
d.Q("84㎡", 84, "㎡", "㎡", M, f=("", None, "", "", "level", "optional", "definitional (전용 84㎡ 타입): part of a name of a type, no fact (FACTS definitional ranges)"))
d.Q("38대 1", 38, "대 1", "대 1", C, bound="max", st="optional", note="competition ratio (open question 1); 최고 → max")
d.Q("3.3㎡", 3.3, "㎡", "㎡", M, st="optional", note="3.3㎡당: a rate denominator (ANNOTATION optional)")
d.Q("1,650만 원", 16500000, W, "원", "currency", f=("분양가", None, B, "2026-02", "level", "required", "평균 outside"))
d.Q("10%", 10, "%", "%", P, approx=True, f=("분양가", None, B, "2026-02", "change", "required", "a difference against 인근 시세: change; 가량 → approx"))
d.Q("6개", 6, "개", "개", C, f=("단지", None, B, "2025", "level"))
d.Q("4,120가구", 4120, "가구", "가구", C, f=("공급", "가구를 공급했다", B, "2025", "level", "required", "no noun: the verbal noun (공급했다)"))
d.Q("5천 가구", 5000, "가구", "가구", C, bound="min", f=("분양", "분양할 계획", B, "2026-03/2026-12", "level", "required",
    "a plan over 3월부터 12월까지: the range of the two DATE mentions (convention 2)"))
d.Q("6만 8,412가구", 68412, "가구", "가구", C, f=("전국 미분양 주택", None, "", "2026-01", "level", "required", "a national figure: no subject"))
d.Q("2.4%", 2.4, "%", "%", P, f=("전국 미분양 주택", None, "", "2026-01", "change", "required", "전월보다 = basis"))
d.Q("2만 1천 가구", 21000, "가구", "가구", C, bound="gt", f=("준공 후 미분양", None, "", "2026-01", "level", "required", "넘었다 → gt"))
d.Q("310가구", 310, "가구", "가구", C, f=("미분양", "대원건설의 미분양", B, "2025", "level", "required", "지난해 말 → 2025 (END)"))
d.Q("190가구", 190, "가구", "가구", C, ctx="현재 190가구", approx=True, f=("미분양", "대원건설의 미분양", B, "2026-03-05", "level", "required",
    "현재 (written, optional DATE) takes the document date; 안팎 → approx"))
d.Q("두 곳", 2, "곳", "곳", C, f=("인근 단지", None, "", "2026-02-XX", "level", "optional",
    "unnamed complexes: no subject; the period is the unstated day of 같은 날 (README open question 3)"))
d.Q("3.2대 1", 3.2, "대 1", "대 1", C, st="optional", note="competition ratio (open question 1); 각각 → the first complex")
d.Q("0.7대 1", 0.7, "대 1", "대 1", C, st="optional", note="competition ratio (open question 1)")
d.Q("1,500가구", 1500, "가구", "가구", C, f=("착공 물량", None, "대원이앤씨", "2026-Q1", "level"))

write_all(docs)
