"""Gold labels of articles-holdout83, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout83/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
D_ = "duration"
O_ = "ordinal"

# ---------------------------------------------------------------- 001 petrochemical maker: Q3 loss and ethylene spread (연합뉴스 dateline)
d = Doc("001_7fe1008705648fe0", "2025-11-04"); docs.append(d)
S = "대성케미칼"; SUB = "대성첨단소재"; Q3 = "2025-Q3"; Q2 = "2025-Q2"
d.Oall(S, S, special={0: ("required", "headline topic before a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국석유화학협회", "한국석유화학협회", note="industry association cited as source")
d.Oall(SUB, SUB, special={0: ("required", "subsidiary introduced by 자회사")})
d.O("LG에너지솔루션", "LG에너지솔루션", note="the subsidiary's customer")
d.O("롯데케미칼", "롯데케미칼", note="rival")
d.O("한화솔루션", "한화솔루션", note="rival")
d.D("3분기", Q3, "quarter", ctx="3분기 영업손실 412억", rel=True, note="headline quarter: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전 분기", Q2, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the quarter before 3분기")
d.D("4일", "2025-11-04", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기 평균", rel=True)
d.D("2분기", Q2, "quarter", ctx="2분기(205달러)", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("지난 9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준); 지난 and 말 in the span")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="basis date of the bracketed figure")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention (README convention)")
d.Q("412억", 41200000000, W, "", "currency", ctx="412억…", st="optional", note="headline amount, currency implied",
    f=("영업손실", "3분기 영업손실 412억", S, Q3, "level"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업손실", "영업손실이 412억", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("298억 원", 29800000000, W, "원", "currency",
    f=("영업손실", "영업손실이 412억", S, Q2, "level", "required", "basis figure in brackets after a pointing-back date takes that date (convention 4)"))
d.Q("1조 8,350억 원", 1835000000000, W, "원", "currency", f=("매출", "매출은 1조", S, Q3, "level"))
d.Q("11.2%", 11.2, "%", "%", P, f=("매출", "매출은 1조", S, Q3, "change", "required", "전년 동기보다 = basis; period the current quarter"))
d.Q("587억 원", 58700000000, W, "원", "currency", f=("순손실", None, S, Q3, "level"))
d.Q("172달러", 172, U, "달러", "currency",
    f=("스프레드", "스프레드(", "", Q3, "level", "required", "a product's (ethylene) market spread: no ORG's figure (FACTS: a product that is not an ORG)"))
d.Q("205달러", 205, U, "달러", "currency", f=("스프레드", "스프레드(", "", Q2, "level", "required", "basis in brackets after 2분기"))
d.Q("33달러", 33, U, "달러", "currency", f=("스프레드", "스프레드(", "", Q3, "change"))
d.Q("250달러", 250, U, "달러", "currency", approx=True,
    f=("손익분기점", None, "", "", "level", "required", "industry break-even cited from the association: no subject; no date anywhere for this metric"))
d.Q("530억 원", 53000000000, W, "원", "currency",
    f=("영업손실", "530억 원의 영업손실", S, Q3, "level", "required", "a segment (기초소재 부문, no name) of the company: the company is the subject; story period"))
d.Q("118억 원", 11800000000, W, "원", "currency",
    f=("영업이익", "영업이익 118억", SUB, Q3, "level", "required", "subsidiary in the results breakdown: the story's period (convention 1)"))
d.Q("60%", 60, "%", "%", P, approx=True,
    f=("LG에너지솔루션 납품 물량", None, SUB, Q3, "level", "optional", "open question 1: metric 매출 or the part 납품 물량"))
d.Q("1,230억 원", 123000000000, W, "원", "currency", f=("영업손실", "영업손실을 냈다.\n여수", "롯데케미칼", Q3, "level", "required", "각각 pairs: first with first; 같은 기간 → 3분기"))
d.Q("806억 원", 80600000000, W, "원", "currency", f=("영업손실", "영업손실을 냈다.\n여수", "한화솔루션", Q3, "level"))
d.Q("68%", 68, "%", "%", P, f=("가동률", None, S, "2025-09", "level", "required", "as-of 지난 9월 말 기준"))
d.Q("77%", 77, "%", "%", P, f=("가동률", None, S, "2025-06", "level", "required", "basis in brackets after 6월 말"))
d.Q("9%포인트", 9, "%p", "%포인트", P, f=("가동률", None, S, "2025-09", "change"))
d.Q("40%", 40, "%", "%", P, bound="lt", f=("범용 제품 비중", None, S, "2026-H1", "level", "required", "아래로 → lt; target by 내년 상반기; the head speaks for the company"))

# ---------------------------------------------------------------- 002 mid-sized pharma: licensing-out deal (머니투데이 bracket byline, no year in the text)
d = Doc("002_dad07483558a8186", "2026-01-20"); docs.append(d)
S = "한결제약"; N = "노바린테라퓨틱스"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 4: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(N, N, aliases="노바린", note="invented licensee; 미국 바이오기업 (place + generic) outside")
d.O("노바린", N, ctx="이하 노바린", st="optional", note="short name defined with 이하: optional where defined")
d.O("노바린", N, ctx="노바린은", note="later use of the 이하 short name: required")
d.O("글로벌데이터", "글로벌데이터", note="market-research firm cited as source")
d.O("유한양행", "유한양행", note="domestic peer, 각각 pair")
d.O("한미약품", "한미약품", note="domestic peer, 각각 pair")
d.D("20일", "2026-01-20", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="한결제약의 지난해", rel=True)
d.D("지난해", "2025", "year", ctx="한결제약은 지난해", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("올해 3분기", "2026-Q3", "quarter", rel=True, note="올해 before a quarter: one mention; a plan (계획)")
d.D("지난해", "2025", "year", ctx="지난해 약 150억", rel=True)
d.D("5년 뒤", "2031", "year", rel=True, note="offset from the document date: N년 뒤 → that year")
d.Q("9억2천만 달러", 920000000, U, "달러", "currency",
    f=("기술수출", "美에 기술수출", S, "", "level", "required", "규모 of the licensing-out: metric the thing whose size it is; no date for the deal"))
d.Q("9억 2,000만 달러", 920000000, U, "달러", "currency",
    f=("계약 총액", None, S, "", "level", "required", "a licensing deal's amounts are the licensor's (the topic, which receives them); the report date 20일 is no period"))
d.Q("1조 3,400억 원", 1340000000000, W, "원", "currency", approx=True, eq=("9억 2,000만 달러",),
    f=("계약 총액", None, S, "", "level", "required", "conversion: same slots"))
d.Q("6,500만 달러", 65000000, U, "달러", "currency", f=("선급금", "선급금은", S, "", "level"))
d.Q("8~12%", 8, "%", "%", P, hi=12, f=("경상기술료", None, S, "", "level", "required", "range: one mention; royalty rate the company will receive"))
d.Q("287억 원", 28700000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level", "required", "figure in brackets after a dated noun"))
d.Q("3배", 3, "배", "배", C, bound="min",
    f=("선급금", "선급금만으로", S, "", "level", "optional", "open question 2: a ratio of two figures — metric 선급금 or 영업이익, period empty or 2025"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("매출", None, S, "2025", "level"))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("연구개발비", None, S, "2025", "level"))
d.Q("96명", 96, "명", "명", C, f=("환자", None, "", "2025", "level", "required", "a product's (HG-207) trial: the sentence's subject is the product, no ORG (convention 11)"))
d.Q("1상", 1, "상", "상", O_, st="optional", note="trial phase: an ordinal stage or a name with a digit (open question 3)")
d.Q("2상", 2, "상", "상", O_, st="optional", note="trial phase (open question 3)")
d.Q("150억 달러", 15000000000, U, "달러", "currency", approx=True, f=("세계 비만 치료제 시장", None, "", "2025", "level", "required", "a market's size: no subject"))
d.Q("1,000억 달러", 100000000000, U, "달러", "currency", bound="min", f=("세계 비만 치료제 시장", None, "", "2031", "level", "required", "이상 → min; 5년 뒤"))
d.Q("3억 달러", 300000000, U, "달러", "currency", f=("기술수출", "각각 3억 달러, 5억 달러에 기술수출", "유한양행", "", "level", "required", "verbal noun as metric; 앞서 is no date"))
d.Q("5억 달러", 500000000, U, "달러", "currency", f=("기술수출", "각각 3억 달러, 5억 달러에 기술수출", "한미약품", "", "level"))
d.Q("3년", 3, "year", "년", D_, note="향후 3년간: duration, 간 outside")
d.Q("2억 달러", 200000000, U, "달러", "currency", approx=True,
    f=("마일스톤", "마일스톤으로", S, "", "level", "optional", "open question 4: carry-forward gives 2025 (지난해 for 한결제약); the clause names only a duration 향후 3년간"))
d.Q("3종", 3, "종", "종", C, f=("후속 파이프라인", None, S, "", "level", "optional", "open question 4: a plan in a quote, no date"))

# ---------------------------------------------------------------- 003 university hospital: research funding (뉴시스 dateline, year in the lead)
d = Doc("003_6fb89fb9cc06204f", "2025-12-10"); docs.append(d)
S = "경북대학교병원"; R = "2025-01/2025-11"
d.O("경북대병원", S, ctx="경북대병원, 올해", note="headline short form of the full name in the lead")
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 대구 is a place")
d.O(S, S)
d.O("보건복지부", "보건복지부", note="government ministry (a funder)")
d.O("대구시", "대구시", note="city acting as a government (a funder)")
d.O("메디포스바이오", "메디포스바이오", note="invented regional biotech, a client")
d.O("칠곡경북대병원", "칠곡경북대병원", note="branch hospital with its own name (분원)")
d.O("한국보건산업진흥원", "한국보건산업진흥원", note="agency cited as source")
d.D("올해", "2025", "year", rel=True, note="headline")
d.D("2025년 1~11월", R, "month", note="a range with ~: one mention")
d.D("10일", "2025-12-10", "day", rel=True, note="day of the announcement")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 1~11월 of the year before: one mention (convention 9), optional")
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True, note="the basis of a comparison, still a DATE")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해", "2024", "year", ctx="지난해 연구비", rel=True)
d.D("2027년", "2027", "year", note="deadline (까지) outside")
d.D("현재", "2025-12-10", "day", rel=True, st="optional", note="현재 takes the document date; optional by the guideline")
d.Q("1천억 원", 100000000000, W, "원", "currency", ctx="1천억 원 첫", bound="gt",
    f=("연구비 수주", None, S, "2025", "level", "required", "headline: 돌파 → gt; the headline's 올해"))
d.Q("1,032억 원", 103200000000, W, "원", "currency", f=("연구비", "수주한 연구비", S, R, "level"))
d.Q("1천억 원", 100000000000, W, "원", "currency", ctx="1천억 원을 넘어섰다", bound="gt", f=("연구비", "수주한 연구비", S, R, "level", "required", "넘어섰다 → gt"))
d.Q("874억 원", 87400000000, W, "원", "currency",
    f=("연구비", "수주한 연구비", S, "2024-01/2024-11", "level", "required", "basis in brackets after a pointing-back date takes that date (convention 4)"))
d.Q("18.1%", 18.1, "%", "%", P, f=("연구비", "수주한 연구비", S, R, "change", "required", "dropped subject and period carried from the lead"))
d.Q("1,146건", 1146, "건", "건", C, f=("연구 과제", None, S, R, "level"))
d.Q("93건", 93, "건", "건", C, f=("연구 과제", None, S, R, "change"))
d.Q("598억 원", 59800000000, W, "원", "currency",
    f=("정부 부처 과제", None, S, R, "level", "required", "breakdown item: the part named as the clause's subject is the metric (convention 3); the funder is no subject"))
d.Q("58%", 58, "%", "%", P, f=("정부 부처 과제", None, S, R, "level", "required", "전체의 N%: share of the part (convention 5)"))
d.Q("311억 원", 31100000000, W, "원", "currency", f=("제약사 의뢰 임상시험", None, S, R, "level"))
d.Q("123억 원", 12300000000, W, "원", "currency", f=("대구시 지원 사업", None, S, R, "level", "required", "the city funds, the hospital receives: the hospital's figure"))
d.Q("387건", 387, "건", "건", C, f=("임상시험", "임상시험은", S, R, "level", "required", "이 가운데: the lead's period; 지난해보다 is the basis"))
d.Q("42건", 42, "건", "건", C, f=("임상시험", "임상시험은", S, R, "change"))
d.Q("46억 원", 4600000000, W, "원", "currency",
    f=("임상", "임상 3건", "메디포스바이오", "", "level", "optional", "open question 5: a client's order — subject the client (written) or the hospital; no period for the client"))
d.Q("3건", 3, "건", "건", C, ctx="임상 3건",
    f=("임상", "임상 3건", "메디포스바이오", "", "level", "optional", "open question 5"))
d.Q("214억 원", 21400000000, W, "원", "currency",
    f=("수주", "수주했다", "칠곡경북대병원", R, "level", "required", "이 중 = a part of the lead's total: its period (convention 1)"))
d.Q("1,284명", 1284, "명", "명", C,
    f=("연구 인력", None, S, "2025-11", "level", "optional", "open question 6: dropped subject — the branch (분원) of the sentence before, by the letter of carry-forward, or the hospital, the topic"))
d.Q("47곳", 47, "곳", "곳", C, f=("상급종합병원", None, "", "2024", "level", "required", "a count of hospitals taken together: no subject (convention 11)"))
d.Q("2조 3천억 원", 2300000000000, W, "원", "currency", approx=True,
    f=("연구비 수주 총액", None, "", "2024", "level", "required", "several hospitals taken together and not named: empty subject; the source gives none"))
d.Q("32명", 32, "명", "명", C, f=("연구전담 의사", None, S, "2025-12-10", "level", "required", "현재 attaches the present (document date); the head speaks for the hospital"))
d.Q("50명", 50, "명", "명", C, bound="min", f=("연구전담 의사", None, S, "2027", "level", "required", "target: the sentence's 2027년까지"))

# ---------------------------------------------------------------- 004 logistics company: parcel volume and delivery workers (뉴스1 dateline, year in the lead)
d = Doc("004_35cc64deadb21fea", "2026-01-27"); docs.append(d)
S = "국일로지스틱스"; SH = "국일로지스"
d.O(SH, S, ctx="국일로지스, 지난해", note="headline use of the short name defined below: a use, required")
d.O("뉴스1", "뉴스1", note="news agency (a name with a digit)")
d.O(S, S, aliases=SH)
d.O(SH, S, ctx="이하 국일로지스", st="optional", note="short name defined with 이하: optional where defined")
d.O("마켓온", "마켓온", note="invented customer (online mall)")
d.O("국일풀필먼트", "국일풀필먼트", note="invented subsidiary (자회사)")
d.O("한국통합물류협회", "한국통합물류협회", note="association cited as source")
d.O("CJ대한통운", "CJ대한통운", note="rival")
d.O("한진", "한진", note="rival")
d.O(SH, S, ctx="국일로지스는 8.6%", note="later use of the short name")
d.O(SH, S, ctx="국일로지스 대표", note="organization before a head's title")
d.D("지난해", "2025", "year", ctx="지난해 택배", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("27일", "2026-01-27", "day", rel=True, note="day of the announcement")
d.D("하반기", "2025-H2", "half", ctx="하반기에만", rel=True, note="bare half in a past clause: latest H2 on or before the document date")
d.D("11~12월", "2025-11/2025-12", "month", rel=True, note="range of months: one mention, the latest ones")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("지난 10월", "2025-10", "month", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 중 outside")
d.Q("5억 상자", 500000000, "상자", "상자", C, bound="gt", f=("택배", "지난해 택배", S, "2025", "level", "required", "headline: 돌파 → gt"))
d.Q("1만 명", 10000, "명", "명", C, bound="gt", f=("배송기사", "배송기사 1만", S, "2025", "level", "required", "headline: 넘어 → gt; the headline's 지난해 across …"))
d.Q("5억 1,200만 상자", 512000000, "상자", "상자", C, f=("택배 처리 물량", None, S, "2025", "level"))
d.Q("4억 4,600만 상자", 446000000, "상자", "상자", C, f=("택배 처리 물량", None, S, "2024", "level", "required", "basis in brackets after 전년 (convention 4)"))
d.Q("14.8%", 14.8, "%", "%", P, f=("택배 처리 물량", None, S, "2025", "change"))
d.Q("2억 8,000만 상자", 280000000, "상자", "상자", C, f=("처리", "상자를 처리했고", S, "2025-H2", "level", "required", "verbal noun as metric"))
d.Q("두 달", 2, "month", "달", D_, note="두 달간: duration, 간 outside")
d.Q("1억 상자", 100000000, "상자", "상자", C, bound="gt", f=("물량", "물량이 1억", S, "2025-11/2025-12", "level", "required", "넘었다 → gt"))
d.Q("31%", 31, "%", "%", P,
    f=("물량", "마켓온의 물량", S, "2025-11/2025-12", "level", "optional", "open question 7: the customer's share — period 11~12월 by the letter of carry-forward, or the year"))
d.Q("1만 420명", 10420, "명", "명", C, f=("배송기사", "배송기사는", S, "2025", "level", "required", "as of 지난해 말"))
d.Q("1년", 1, "year", "년", D_, note="1년 새: duration")
d.Q("1,150명", 1150, "명", "명", C, f=("배송기사", "배송기사는", S, "2025", "change"))
d.Q("1명", 1, "명", "명", C, ctx="기사 1명이", st="optional", note="rate denominator (per driver)")
d.Q("하루", 1, "day", "하루", D_, st="optional", note="rate word (per day)")
d.Q("240개", 240, "개", "개", C, approx=True, f=("배송한 상자", None, S, "2025", "level", "required", "average per driver per day; period carried (지난해 말 → 2025)"))
d.Q("6만 6,000㎡", 66000, "㎡", "㎡", M, f=("연면적", None, "국일풀필먼트", "2025-10", "level", "required", "the measure noun governing it; 규모 outside"))
d.Q("59억 7천만 상자", 5970000000, "상자", "상자", C, f=("국내 택배 물량", None, "", "2025", "level", "required", "national market total: no subject"))
d.Q("4.3%", 4.3, "%", "%", P, f=("국내 택배 물량", None, "", "2025", "change"))
d.Q("47.2%", 47.2, "%", "%", P, f=("점유율", None, "CJ대한통운", "2025", "level", "required", "업체별 breakdown of the 2025 market: its period (convention 1)"))
d.Q("12.1%", 12.1, "%", "%", P, f=("점유율", None, "한진", "2025", "level"))
d.Q("8.6%", 8.6, "%", "%", P, f=("점유율", None, S, "2025", "level"))
d.Q("0.7%포인트", 0.7, "%p", "%포인트", P, f=("점유율", None, S, "2025", "change"))
d.Q("5일", 5, "day", "일", D_, note="주 5일: an amount of days per week (duration), not a calendar day")
d.Q("80원", 80, W, "원", "currency", f=("택배 단가", None, S, "2026-H1", "change", "required", "올리겠다: a raise; the sentence's 올해 상반기; 상자당, 평균 outside"))

if __name__ == "__main__":
    write_all(docs)
