"""Gold labels of articles-holdout104, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout104/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT_PB = "points back to a period named in the text: optional"

# ---------------------------------------------------------------- 001 auto-parts maker: EV parts orders, overseas plants (연합뉴스 dateline)
d = Doc("001_91e0fb3e1c52c04c", "2026-02-05"); docs.append(d)
S = "대성오토텍"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")}, skip=(2,))
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("현대자동차", "현대자동차", note="the customer (고객사별로는): an ORG, no subject")
d.O("대성오토텍멕시코", "대성오토텍멕시코", note="invented overseas subsidiary (멕시코 법인); 멕시코 is a place")
d.O("대성모빌리티유럽", "대성모빌리티유럽", note="invented subsidiary (헝가리 자회사)")
d.O("한국자동차모빌리티산업협회", "한국자동차모빌리티산업협회", note="industry association cited as source")
d.O("한온시스템", "한온시스템", note="rival")
d.O("HL만도", "HL만도", note="rival")
d.D("작년", "2025", "year", rel=True, note="headline: the year before 2026")
d.D("3월", "2026-03", "month", ctx="3월 가동", rel=True, note="future (가동 planned): the next March")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년(1조", rel=True, st="optional", anchor="2025-01-01", note=OPT_PB)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note=OPT_PB)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note=OPT_PB)
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("오는 3월 초", "2026-03", "month", mod="START", rel=True, note="future, deictic prefix in the span")
d.D("지난해 하반기", "2025-H2", "half", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 약", rel=True, st="optional", anchor="2025-01-01", note=OPT_PB)
d.D("올해", "2026", "year", rel=True)
ORD = "open: a plant named by its number (2공장, 'second plant') — an ordinal or a name with digits"
d.Q("2조", 2000000000000, W, "", "currency", ctx="2조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt")
d.Q("2공장", 2, "공장", "공장", "ordinal", ctx="2공장 3월", st="optional", note=ORD)
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency",
    f=("전기차(EV) 부품 신규 수주액", None, S, "2025", "level", "required", "전기차 부품 changes what is measured: in the metric"))
d.Q("1조 3천500억 원", 1350000000000, W, "원", "currency",
    f=("전기차(EV) 부품 신규 수주액", None, S, "2024", "level", "required", "basis figure in brackets after 전년: that year (convention 4)"))
d.Q("55.6%", 55.6, "%", "%", P, f=("전기차(EV) 부품 신규 수주액", None, S, "2025", "change"))
BRK = "breakdown item (이 가운데): the broken-down measure (convention 3)"
d.Q("8천200억 원", 820000000000, W, "원", "currency", f=("수주액", "신규 수주액이", S, "2025", "level", "required", BRK))
d.Q("6천400억 원", 640000000000, W, "원", "currency", f=("수주액", "신규 수주액이", S, "2025", "level", "required", BRK))
d.Q("48%", 48, "%", "%", P, f=("물량", "현대자동차 물량", S, "2025", "level", "required", "share of the part named before it; the customer is no subject"))
d.Q("2곳", 2, "곳", "곳", C, f=("유럽 완성차 업체", None, S, "2025", "level", "required", "counted noun; the maker's customers: its figure (convention 6)"))
d.Q("5천억 원", 500000000000, W, "원", "currency", ctx="약 5천억 원", approx=True,
    f=("수주", "받은 수주가", S, "2025", "level", "required", "규모: the metric is the thing whose size it is"))
d.Q("3조 4천억 원", 3400000000000, W, "원", "currency", f=("매출", "매출은 3조", S, "2025", "level", "required", "같은 기간 → 2025"))
d.Q("1천870억 원", 187000000000, W, "원", "currency", f=("영업이익", "영업이익은 1천870억", S, "2025", "level"))
d.Q("5.5%", 5.5, "%", "%", P, f=("영업이익률", None, S, "2025", "level"))
d.Q("0.8%포인트", 0.8, "%p", "%포인트", P, f=("영업이익률", None, S, "2025", "change"))
d.Q("12만 대", 120000, "대", "대", C, note="대분: 분 ('worth') after the counter stays outside, no approx (convention 8)",
    f=("부품", "대분의 부품", "대성오토텍멕시코", "2025-Q4", "level", "required", "월평균 is a rate word, outside"))
d.Q("2공장", 2, "공장", "공장", "ordinal", ctx="2공장 가동에", st="optional", note=ORD)
d.Q("2천300억 원", 230000000000, W, "원", "currency", approx=True, f=("매출", "하반기 매출은", "대성모빌리티유럽", "2025-H2", "level"))
d.Q("21만 8천 대", 218000, "대", "대", C, f=("국내 전기차 판매", None, "", "2025", "level", "required", "national figure; the cited association is no subject"))
d.Q("34%", 34, "%", "%", P, approx=True, f=("국내 전기차 판매", None, "", "2025", "change"))
RIV = "rival's figure (각각); no date in its sentence: the same metric's period (2025, the lead) carried"
d.Q("1조 6천억 원", 1600000000000, W, "원", "currency", f=("EV 부품 수주", None, "한온시스템", "2025", "level", "required", RIV))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", f=("EV 부품 수주", None, "HL만도", "2025", "level", "required", RIV))
d.Q("2조 5천억 원", 2500000000000, W, "원", "currency", bound="min", f=("수주 목표", None, S, "2026", "level"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: a duration with an upper bound (like 내/이내)")
d.Q("60%", 60, "%", "%", P, f=("해외 매출 비중", None, S, "2026", "level", "optional",
    "open: a target 'within 3 years'; the sentence's 올해 (2026) by the letter, or no period (open question 2)"))

# ---------------------------------------------------------------- 002 online marketplace: shopping-festival sales (뉴스1 dateline, no year in the text)
d = Doc("002_b04f92dd81ae61eb", "2025-11-13"); docs.append(d)
S = "모아커머스"
FEST = "2025-11-01/2025-11-11"
d.O("모아마켓", "모아마켓", ctx="모아마켓 '모아세일'", note="headline: the marketplace, a business run as a platform")
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digits inside a name")
d.O("모아마켓", "모아마켓", ctx="오픈마켓 모아마켓을", note="platform run by 모아커머스")
d.O("모아커머스", S, aliases="모아", note="operator; short name defined with 이하")
d.O("모아", S, ctx="(이하 모아)", st="optional", note="short name where it is defined with 이하: optional")
d.O("11번가", "11번가", note="rival; digits inside a name, no quantity")
d.O("G마켓", "G마켓", note="rival")
d.O("통계청", "통계청", note="statistics agency cited as source")
d.O("모아", S, ctx="최윤호 모아 대표", note="later use of the 이하 short name: required; before a head's title")
d.D("지난 1일", "2025-11-01", "day", rel=True, note="A부터 B까지: two mentions")
d.D("11일", "2025-11-11", "day", ctx="11일까지", rel=True, note="range end: missing parts from the start")
d.D("13일", "2025-11-13", "day", rel=True, note="announcement day")
d.D("지난해", "2024", "year", ctx="지난해 같은 행사", rel=True)
d.D("첫날", "2025-11-01", "day", rel=True, st="optional", anchor="2025-11-01", note="first day of the festival named in the text: points back (like 첫해)")
d.D("1일", "2025-11-01", "day", ctx="첫날인 1일 0시", rel=True, note="0시 (clock time) outside, not labelled")
d.D("지난해", "2024", "year", ctx="지난해 행사(", rel=True)
d.D("같은 달", "2025-11", "month", rel=True, st="optional", anchor="2025-11-01", note=OPT_PB)
d.D("9월", "2025-09", "month", rel=True, note="statistics month: the latest September")
d.D("전년 동월", "2024-09", "month", rel=True, st="optional", anchor="2025-09-01", note=OPT_PB)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지, target): this year's end, which is the next one")
d.D("다음 달 중순", "2025-12", "month", mod="MID", rel=True)
d.Q("11일", 11, "day", "일", "duration", ctx="11일간", note="간 outside")
d.Q("1조 2천억", 1200000000000, W, "", "currency", ctx="1조 2천억…", st="optional", note="headline amount, currency implied")
GMV = ("거래액", "기간 거래액이 1조")
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", ctx="1조 2천억 원을",
    f=(*GMV, S, FEST, "level", "required", "operator named as the sentence's topic (open question 1: or the platform 모아마켓); the festival's day range"))
d.Q("27%", 27, "%", "%", P, f=(*GMV, S, FEST, "change", "required", "지난해 같은 행사 is the basis"))
d.Q("870만 명", 8700000, "명", "명", C, approx=True, f=("구매 고객", None, S, FEST, "level", "required", "행사 기간: the festival's range"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균", st="optional", note="rate word (하루 평균)")
d.Q("79만 명", 790000, "명", "명", C, f=("구매 고객", None, S, FEST, "level", "required", "daily average of the same customers; no other noun names it"))
d.Q("3천400만 건", 34000000, "건", "건", C, bound="gt", f=("주문 건수", None, S, FEST, "level"))
d.Q("1시간", 1, "hour", "시간", "duration", note="동안 outside")
d.Q("410억 원", 41000000000, W, "원", "currency", f=("거래액", "거래액 410억", S, "2025-11-01", "level", "required", "the first day (1일): its own date"))
BRK = "category breakdown (카테고리별로는): the festival's 거래액 (convention 3)"
d.Q("3천100억 원", 310000000000, W, "원", "currency", f=(*GMV, S, FEST, "level", "required", BRK))
d.Q("26%", 26, "%", "%", P, f=(*GMV, S, FEST, "level", "required", "share of the total (전체의): no measure noun in the clause, the broken-down measure (convention 5)"))
d.Q("2천200억 원", 220000000000, W, "원", "currency", f=(*GMV, S, FEST, "level", "required", BRK))
d.Q("1천900억 원", 190000000000, W, "원", "currency", f=(*GMV, S, FEST, "level", "required", BRK))
d.Q("10억 원", 1000000000, W, "원", "currency", ctx="거래액 10억 원", bound="min",
    f=("거래액", "기간 거래액 10억", "", FEST, "level", "required", "threshold defining a group of sellers (unnamed): empty subject, like FACTS' 1억 위안 이상의 매출"))
SELL = "count of sellers: whose count it is is unclear (FACTS' 470개가 넘는 브랜드 example): optional"
d.Q("640곳", 640, "곳", "곳", C, f=("입점 판매자", None, "", FEST, "level", "optional", SELL))
d.Q("410곳", 410, "곳", "곳", C, f=("입점 판매자", None, "", "2024", "level", "optional", SELL + "; basis in brackets after 지난해 행사"))
d.Q("230곳", 230, "곳", "곳", C, f=("입점 판매자", None, "", FEST, "change", "optional", SELL))
RIV = "rival (각각); period: 같은 달 (2025-11)"
d.Q("15%", 15, "%", "%", P, f=("거래액", "거래액이 각각", "11번가", "2025-11", "change", "required", RIV))
d.Q("9%", 9, "%", "%", P, f=("거래액", "거래액이 각각", "G마켓", "2025-11", "change", "required", RIV))
d.Q("20조 3천억 원", 20300000000000, W, "원", "currency", f=("온라인쇼핑 거래액", None, "", "2025-09", "level", "required", "national statistic: empty subject"))
d.Q("5.8%", 5.8, "%", "%", P, f=("온라인쇼핑 거래액", None, "", "2025-09", "change"))
d.Q("300만 명", 3000000, "명", "명", C, f=("유료 멤버십 회원", None, S, "2025", "level", "required", "target by 연말 (END of 2025)"))

if __name__ == "__main__":
    write_all(docs)
