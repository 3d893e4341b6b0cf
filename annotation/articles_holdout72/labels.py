"""Gold labels of articles-holdout72, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout72/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 conglomerate's year-end recap (연합뉴스 dateline, 2025 in the lead)
d = Doc("001_c0c183708ff5065d", "2025-12-29"); docs.append(d)
G = "한결그룹"; CH = "한결화학"; ES = "한결에너지솔루션"; LG = "한결로지스"
d.Oall(G, G, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (회장)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(CH, CH)
d.O(ES, ES, note="invented subsidiary (자회사) of 한결화학")
d.O("제너럴모터스", "제너럴모터스", aliases="GM", note="the customer; (GM) is an alias outside the span")
d.O(LG, LG)
d.O("한국배터리산업협회", "한국배터리산업협회", note="association cited as the source of a market figure")
d.D("올해", "2025", "year", ctx="올해 계열사", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년(38조", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025")
d.D("29일", "2025-12-29", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("올해", "2025", "year", ctx="그룹은 올해", rel=True)
d.D("3분기", "2025-Q3", "quarter", rel=True, note="3분기 누적: the quarter the cumulative figure runs to")
d.D("같은 기간", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("전년", "2024", "year", ctx="전년(6.3%)", rel=True, st="optional", anchor="2025-01-01",
    note="points back; the current period of 한결로지스's figures is itself open (README open question 2)")
d.D("지난 11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2025", "year", ctx="올해 국내 이차전지", rel=True)
d.D("내년", "2026", "year", rel=True)
d.Q("42조", 42000000000000, W, "", "currency", ctx="42조 넘어", bound="gt", st="optional",
    note="headline amount, currency implied; 넘어 → gt", f=("매출", "계열사 매출 42조", G, "2025", "level"))
d.Q("8조원", 8000000000000, W, "원", "currency", f=("투자", "투자 8조원", G, "2025", "level", "required", "headline: the headline's own 올해"))
d.Q("42조3천억원", 42300000000000, W, "원", "currency", approx=True, f=("합산 매출", None, G, "2025", "level", "required", "약 → approx; the group's affiliates taken together, the group named"))
d.Q("38조9천억원", 38900000000000, W, "원", "currency",
    f=("합산 매출", None, G, "2024", "level", "required", "a basis figure in brackets after 전년: that year (README convention 4)"))
d.Q("8.7%", 8.7, "%", "%", P, f=("합산 매출", None, G, "2025", "change", "required", "전년 = basis; the period is the current one"))
d.Q("8조1천억원", 8100000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "총 outside; 그룹 is an anaphor of 한결그룹; verbal noun 투자"))
d.Q("3조4천억원", 3400000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "breakdown item (이 가운데): the breakdown's measure (README convention 3)"))
d.Q("42%", 42, "%", "%", P, ctx="전체의 42%", f=("배터리 소재 부문", None, G, "2025", "level", "required", "전체의 N%: the part named as the clause's subject (README convention 5)"))
d.Q("1조9천억원", 1900000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "각각: first item"))
d.Q("1조2천억원", 1200000000000, W, "원", "currency", f=("투자", "투자했다", G, "2025", "level", "required", "각각: second item"))
d.Q("11조6천억원", 11600000000000, W, "원", "currency", f=("누적 매출", None, CH, "2025-Q3", "level"))
d.Q("7천820억원", 782000000000, W, "원", "currency", f=("영업이익", "영업이익은 같은", CH, "2025-Q3", "level", "required", "dropped subject carried from 한결화학; 같은 기간 → 3분기"))
d.Q("15.3%", 15.3, "%", "%", P, f=("영업이익", "영업이익은 같은", CH, "2025-Q3", "change"))
d.Q("2조원", 2000000000000, W, "원", "currency",
    f=("양극재 공급 계약", None, ES, "2025-H1", "level", "required", "규모: the thing whose size it is; the customer (로부터) is no subject"))
d.Q("4.1%", 4.1, "%", "%", P, f=("영업이익률", None, LG, "2025", "level", "optional", "open: period the recap's year 2025 or the previous paragraph's 3분기 (README open question 2)"))
d.Q("6.3%", 6.3, "%", "%", P, f=("영업이익률", None, LG, "2024", "level", "optional", "basis in brackets after 전년; open with 4.1% (README open question 2)"))
d.Q("2.2%포인트", 2.2, "%p", "%포인트", P, f=("영업이익률", None, LG, "2025", "change", "optional", "open with 4.1% (README open question 2)"))
d.Q("5만2천여명", 52000, "명", "명", C, approx=True, f=("임직원 수", None, G, "2025-11", "level", "required", "여 inside the span → approx; 그룹 = 한결그룹"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (duration, no fact)")
d.Q("3천명", 3000, "명", "명", C, approx=True, f=("임직원 수", None, G, "2025-11", "change", "required", "가량 → approx"))
d.Q("30조원", 30000000000000, W, "원", "currency", approx=True,
    f=("국내 이차전지 소재 시장", None, "", "2025", "level", "required", "규모 → the market; a market figure: no subject (the association is only the source)"))
d.Q("10조원", 10000000000000, W, "원", "currency", bound="min",
    f=("투자", "투자 규모를 10조", G, "2026", "level", "required", "이상 → min; the chairman speaks for the group"))

# ---------------------------------------------------------------- 002 startup IPO (머니투데이 bracket byline, no year anywhere)
d = Doc("002_834f9ab7b5b2a2d4", "2026-02-10"); docs.append(d)
MW = "메디웨이브헬스케어"; FC = "2026-02-03/2026-02-09"
d.O("메디웨이브", MW, ctx="메디웨이브, 공모가", note="headline: the short name defined in the lead")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(MW, MW, aliases="메디웨이브", note="short name defined with (이하 메디웨이브): recorded as alias")
d.O("메디웨이브", MW, ctx="이하 메디웨이브", st="optional", note="the 이하-defined short name where it is defined: optional")
d.O("한국투자증권", "한국투자증권", note="lead manager (대표 주관사)")
d.O("메디웨이브", MW, ctx="메디웨이브의 지난해", note="later use of the 이하 short name: required")
d.O("웨이브바이오", "웨이브바이오", note="invented parent (모회사)")
d.O("루닛", "루닛", note="rival (경쟁사)")
d.O("코스닥", "코스닥", ctx="코스닥 상장 예정일", st="optional", note="a market run by 한국거래소: a business unit or a venue? (README open question 4)")
d.O("한국거래소", "한국거래소", note="source cited (에 따르면)")
d.O("코스닥", "코스닥", ctx="코스닥에 새로", st="optional", note="as above (README open question 4)")
d.O("메디웨이브", MW, ctx="메디웨이브 대표", note="organization before a head's title")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난 3일", "2026-02-03", "day", rel=True, note="A부터 B까지: two mentions")
d.D("9일", "2026-02-09", "day", rel=True, note="bare day ending a range: month from the range's start")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 71%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("오는 12~13일", "2026-02-12/2026-02-13", "day", rel=True, note="future clause: the next such days; a range with ~ is one mention")
d.D("이달 24일", "2026-02-24", "day", rel=True, note="이달 is a deictic prefix inside the span; 예정일: future")
d.D("올해", "2026", "year", rel=True, note="올해 들어: this year so far")
d.Q("4,800억원", 480000000000, W, "원", "currency", ctx="시총 4,800억원",
    f=("시총", None, MW, "", "level", "required", "headline; no DATE in or before it: empty period"))
d.Q("1만8000~2만1000원", 18000, W, "원", "currency", hi=21000,
    f=("희망 범위", "희망 범위(1만", MW, "", "level", "required", "a range: value/value_high; a figure in brackets after a noun measures that noun; no period written"))
d.Q("2만1000원", 21000, W, "원", "currency", ctx="상단인 2만1000원", f=("공모가", "공모가를", MW, "", "level", "required", "no period written (10일 only dates the announcement)"))
d.Q("2,134곳", 2134, "곳", "곳", C, f=("국내외 기관", None, MW, FC, "level", "required", "participants in the company's demand forecast: the company's IPO figure (README convention 6)"))
d.Q("1,127대 1", 1127, "대 1", "대 1", C, st="optional", note="a competition ratio N대 1: no counter in the guideline's sense (README open question 1)",
    f=("경쟁률", None, MW, FC, "level"))
d.Q("98.6%", 98.6, "%", "%", P, f=("참여 기관", None, MW, FC, "level", "required", "share of the participating institutions; the forecast's range carried"))
d.Q("320만주", 3200000, "주", "주", C, f=("공모 주식 수", None, MW, "", "level", "optional",
    "open: the letter of carry-forward gives the demand-forecast range; the offering's terms are not for any period (README open question 3)"))
d.Q("672억원", 67200000000, W, "원", "currency", f=("공모 금액", None, MW, "", "level", "optional", "README open question 3"))
d.Q("4,800억원", 480000000000, W, "원", "currency", ctx="약 4,800억원으로", approx=True,
    f=("시가총액", None, MW, "", "level", "optional", "약 → approx; README open question 3"))
d.Q("186억원", 18600000000, W, "원", "currency", f=("매출", "매출은 186억", MW, "2025", "level"))
d.Q("71%", 71, "%", "%", P, f=("매출", "매출은 186억", MW, "2025", "change", "required", "전년 = basis"))
d.Q("42억원", 4200000000, W, "원", "currency", f=("영업손실", None, MW, "2025", "level", "required", "dropped subject carried; 절반가량 has no unit: not a quantity"))
d.Q("38.5%", 38.5, "%", "%", P, f=("지분", None, "웨이브바이오", "", "level", "required", "a holder owns its stake; no period set for 웨이브바이오: empty"))
d.Q("300억원", 30000000000, W, "원", "currency", approx=True,
    f=("공모 자금", None, MW, "", "level", "optional", "회사 = 메디웨이브; a plan: carry-forward would give 지난해 (2025), the reading gives none (README open question 3)"))
d.Q("80%", 80, "%", "%", P, bound="gt", f=("해외 매출 비중", None, "루닛", "", "level", "required", "넘는다 → gt; the rival's own figure, no period for 루닛"))
d.Q("이틀", 2, "day", "이틀", "duration", note="native word for two days; 간 outside; a duration, no fact")
d.Q("6곳", 6, "곳", "곳", C, f=("기업", None, "", "2026", "level", "required", "a market count (newly listed firms): no subject; the exchange is the source"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: a duration with 안에 (= 내) → max; no fact")

write_all(docs)
