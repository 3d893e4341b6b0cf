"""Gold labels of articles-holdout61, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout61/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food-delivery platform (뉴스1 dateline, 2025년 in the lead)
d = Doc("001_232a578d0eec49e1", "2026-02-12"); docs.append(d)
BD, OD, CE, AS = "배달온", "온딜리버리", "쿠팡이츠", "전국배달점주협의회"
d.Oall(BD, BD, special={0: ("required", "a platform (businesses run as platforms are ORG); headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(OD, OD, special={0: ("required", "the platform's operating company (배달온 운영사 온딜리버리)")})
d.O(CE, CE, note="the rival platform (업계 2위)")
d.O(AS, AS, note="invented merchants' association")
d.O("협의회", AS, ctx="협의회에는", st="optional", note="a type word pointing back to 전국배달점주협의회: short form or generic noun? (README question 6)")
Y = "2025"
d.D("지난해", Y, "year", ctx="배달온, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="배달온의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the release (공개했다)")
d.D("2025년", Y, "year", note="explicit year of the results")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("오는 4월", "2026-04", "month", rel=True, note="future clause (오는)")
d.D("지난해", Y, "year", ctx="쿠팡이츠의 지난해", rel=True)
d.D("이날", "2026-02-12", "day", rel=True, st="optional", anchor="2026-02-12",
    note="points back to the day named before (12일), like 당일: optional")
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 낮춘다",
    f=("중개 수수료율", "중개 수수료율 7.8%", BD, "", "level", "optional",
       "headline after the ellipsis: the new rate from April; the headline's 지난해 (carry-forward) would be wrong and no date of its own: period unclear; subject the headline's platform"))
d.Q("9조 2,400억 원", 9240000000000, W, "원", "currency", f=("거래액", "배달온의 지난해 거래액", BD, Y, "level", "required", "genitive owner (배달온의)"))
d.Q("11.6%", 11.6, "%", "%", P, f=("거래액", "배달온의 지난해 거래액", BD, Y, "change", "required", "전년보다 = basis"))
RS = "the operator's results (온딜리버리는 … 실적을 공개했다) carried into the new paragraph: subject 온딜리버리 (README question 1)"
d.Q("31만 곳", 310000, "곳", "곳", C, f=("입점 업체", None, OD, Y, "level", "required", "지난해 말 기준 (2025, END); " + RS))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("2만 4천 곳", 24000, "곳", "곳", C, f=("입점 업체", None, OD, Y, "change", "required", "증가했다: a change; " + RS))
d.Q("1조 310억 원", 1031000000000, W, "원", "currency", f=("매출", "매출은 1조", OD, Y, "level", "required", RS))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("영업이익", None, OD, Y, "level"))
d.Q("8.9%", 8.9, "%", "%", P, f=("매출", "매출은 1조", OD, Y, "change", "required", "각각: the first figure's metric"))
d.Q("23%", 23, "%", "%", P, f=("영업이익", None, OD, Y, "change", "required", "각각: the second figure's metric"))
d.Q("6,870억 원", 687000000000, W, "원", "currency", f=("중개 수수료 수입", "중개 수수료 수입이", OD, Y, "level"))
d.Q("67%", 67, "%", "%", P,
    f=("중개 수수료 수입", "중개 수수료 수입이", OD, Y, "level", "required", "a share the part takes of the whole (매출 가운데 … 차지했다): the part named"))
QR = "the rate cut from 오는 4월 (온딜리버리는, future clause)"
d.Q("9.8%", 9.8, "%", "%", P,
    f=("기본 중개 수수료율", None, OD, "", "level", "optional", "A에서 B로: the old level is the present rate (현행, no DATE): period empty or the clause's 오는 4월? (README question 2)"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 2%",
    f=("기본 중개 수수료율", None, OD, "2026-04", "level", "required", "the new level; " + QR))
d.Q("2%포인트", 2, PP, "%포인트", P, f=("기본 중개 수수료율", None, OD, "2026-04", "change", "required", "내린다: a change (value as written); " + QR))
d.Q("20%", 20, "%", "%", P, ctx="하위 20%",
    f=("매출", "매출 하위", OD, "2026-04", "level", "optional",
       "definitional (매출 하위 20% 업체 names which merchants): like a definitional range, part of the metric and no fact? (README question 3)"))
d.Q("4.8%", 4.8, "%", "%", P,
    f=("중개 수수료율", "기본 중개 수수료율", OD, "2026-04", "level", "required",
       "a breakdown item (매출 하위 20% 업체에는): the measure of the sentence before; subject and period carried"))
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("수수료 감소분", None, OD, "", "level", "optional",
       "X 규모 → X (수수료 감소분); 회사는 = 온딜리버리; an annual estimate (연간 is no DATE): period empty, or the 오는 4월 carried by the letter? (README question 2)"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("8조 원", 8000000000000, W, "원", "currency", bound="gt", note="넘은 → gt",
    f=("거래액", "쿠팡이츠의 지난해 거래액", CE, Y, "level", "required", "genitive owner; 지난해 in the clause"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun, not a counter (두 회사): optional")
d.Q("3%포인트", 3, PP, "%포인트", P, approx=True, note="안팎 → approx; 까지 a particle (the level reached)",
    f=("시장 점유율 격차", None, BD + ";" + CE, Y, "level", "optional",
       "the gap between the two named platforms: both as subject (or 온딜리버리 for the first?); level of a gap or a change (좁혀졌다)? period carried or present? (README question 4)"))
DM = "a demand of the association (요구했다) on the platform's rate: the association's figure, the platform's, or none? no DATE (README question 5)"
d.Q("5%", 5, "%", "%", P, ctx="5% 이하", bound="max", note="이하 → max",
    f=("수수료율", "수수료율을 5%", "", "", "level", "optional", DM))
d.Q("3,000원", 3000, W, "원", "currency", bound="max", note="이내 → max; 건당 (no number) a rate word",
    f=("배달비 점주 부담", None, "", "", "level", "optional", DM))
d.Q("1만 2천여 명", 12000, "명", "명", C, approx=True, note="여 between number and unit: inside the span, approx",
    f=("점주", "점주 1만", AS, "", "level", "required",
       "members of the association (협의회에는 … 가입해 있다); a present count: 이날 only dates the statement, so no period"))

# ---------------------------------------------------------------- 002 province export statistics (연합뉴스 dateline, no year anywhere)
d = Doc("002_88a0917d3d9da098", "2026-01-14"); docs.append(d)
GT = "경남통상진흥원"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("창원세관", "창원세관", note="the customs office that releases the statistic: its source")
d.O(GT, GT, ctx="경남통상진흥원은", note="the province's trade agency (invented)")
d.O(GT, GT, ctx="경남통상진흥원장", st="optional",
    note="the name fused with the head's title (진흥원장): a mention before a person's title, or part of a title word? (README question 6)")
Y = "2025"
d.D("지난해", Y, "year", ctx="경남 지난해", rel=True)
d.D("지난해", Y, "year", ctx="경남의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 9.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("14일", "2026-01-14", "day", rel=True, note="day of the release (발표한): dates the report only")
d.D("전년", "2024", "year", ctx="전년보다 40억", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난달", "2025-12", "month", rel=True)
d.D("1년 전", Y, "year", rel=True, st="optional",
    note="offset from the document date (N년 전 → that year: 2025), but the comparison means a year before 지난달 (2024-12): unclear anchor (README question 7)")
d.D("올해", "2026", "year", ctx="올해 수출 목표", rel=True)
d.D("지난해", Y, "year", ctx="지난해 35회", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; future clause")
RG = "a province's trade statistic (경남 is a place here, not acting as a government; the customs office is its source): empty subject"
d.Q("412억 달러", 41200000000, U, "달러", "currency", f=("수출", "지난해 수출 412", "", Y, "level", "required", RG))
d.Q("38%", 38, "%", "%", P, ctx="38% 급증",
    f=("수출", "지난해 수출 412", "", Y, "change", "required", "headline item (선박) of a breakdown: the measure of the figure before in the headline; the headline's 지난해"))
d.Q("412억 3천만 달러", 41230000000, U, "달러", "currency", f=("수출액", None, "", Y, "level", "required", RG))
d.Q("9.4%", 9.4, "%", "%", P, f=("수출액", None, "", Y, "change", "required", "전년보다 = basis"))
BR = "breakdown item (품목별로는): the measure of the total it breaks down (수출액); a statistic cited from the customs office: no subject; story's period (14일 dates the release only)"
d.Q("138억 달러", 13800000000, U, "달러", "currency", f=("수출액", None, "", Y, "level", "required", BR))
d.Q("38.2%", 38.2, "%", "%", P, f=("수출액", None, "", Y, "change", "required", BR))
d.Q("96억 달러", 9600000000, U, "달러", "currency", f=("수출액", None, "", Y, "level", "required", BR))
d.Q("4.1%", 4.1, "%", "%", P, f=("수출액", None, "", Y, "change", "required", BR))
d.Q("41억 달러", 4100000000, U, "달러", "currency", f=("수출액", None, "", Y, "level", "required", BR))
d.Q("6.8%", 6.8, "%", "%", P, f=("수출액", None, "", Y, "change", "required", BR + "; 줄었다: change, value as written"))
d.Q("251억 달러", 25100000000, U, "달러", "currency", f=("수입액", None, "", Y, "level"))
d.Q("2.3%", 2.3, "%", "%", P, f=("수입액", None, "", Y, "change"))
d.Q("161억 3천만 달러", 16130000000, U, "달러", "currency", f=("무역수지", None, "", Y, "level", "required", "무역수지는 N 흑자: the measure noun is the topic"))
d.Q("40억 달러", 4000000000, U, "달러", "currency", approx=True, note="가량 → approx",
    f=("흑자 폭", None, "", Y, "change", "required", "커졌다 with 전년보다: a change"))
d.Q("39억 달러", 3900000000, U, "달러", "currency", f=("수출", "지난달 수출은", "", "2025-12", "level", "required", "지난달 in the clause"))
d.Q("12%", 12, "%", "%", P, f=("수출", "지난달 수출은", "", "2025-12", "change", "required", "1년 전보다 = basis"))
d.Q("9개월", 9, "month", "개월", "duration", note="9개월 연속: an amount of time, no fact")
CT = ("breakdown by country (국가별로는) after the month's figure: the letter of carry-forward gives 지난달 (2025-12), but the three "
      "figures (206억) exceed the month's 39억 달러 and can only be the year's: 2025 written (README question 8)")
d.Q("102억 달러", 10200000000, U, "달러", "currency", f=("수출", "지난달 수출은", "", Y, "level", "optional", CT))
d.Q("71억 달러", 7100000000, U, "달러", "currency", f=("수출", "지난달 수출은", "", Y, "level", "optional", CT))
d.Q("33억 달러", 3300000000, U, "달러", "currency", f=("수출", "지난달 수출은", "", Y, "level", "optional", CT))
d.Q("430억 달러", 43000000000, U, "달러", "currency",
    f=("수출 목표", None, GT, "2026", "level", "required", "the target the agency set (경남통상진흥원은 … 잡고); 올해 in the clause"))
d.Q("1,200곳", 1200, "곳", "곳", C, f=("중소기업", None, GT, "2026", "level", "required", "the counted noun before the count; subject and 올해 carried"))
d.Q("58억 원", 5800000000, W, "원", "currency", f=("수출바우처", None, GT, "2026", "level", "required", "the agency's support (지원한다)"))
d.Q("35회", 35, "회", "회", C, f=("해외 전시회 참가 지원", None, GT, Y, "level", "required", "지난해 right before it dates it; subject carried"))
d.Q("50회", 50, "회", "회", C,
    f=("해외 전시회 참가 지원", None, GT, "2026", "level", "optional",
       "A에서 B로 after 지난해 (which dates the old level): the new level's period is this year's plan (올해 carried from the sentence before) or empty? (README question 2)"))
d.Q("3년", 3, "year", "년", "duration", approx=True, bound="min", note="3년 치 이상: 치 outside (approx), 이상 → min; an amount of time, no fact")

# ---------------------------------------------------------------- 003 automaker monthly sales (뉴시스 dateline, no year anywhere)
d = Doc("003_c28ddc72d38a4d1d", "2025-12-01"); docs.append(d)
HM, GN, RN = "현대자동차", "제네시스", "르노코리아"
d.Oall("현대차", HM, special={0: ("required", "short form of 현대자동차 (named in full in the lead)")})
d.O(HM, HM, note="the full name")
d.Oall(GN, GN, special={0: ("required", "the affiliate's luxury brand, named as a company that sells (brands named as companies are ORG)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O(RN, RN, note="the rival maker")
M11 = "2025-11"
d.D("지난달", M11, "month", ctx="현대차 지난달", rel=True)
d.D("지난달", M11, "month", ctx="현대자동차가 지난달", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the release (밝혔다)")
d.D("전월", "2025-10", "month", ctx="전월 대비 4.7%", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("전년 동월", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("전월", "2025-10", "month", ctx="전월보다 8.3%", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("올해", "2025", "year", ctx="올해 월간", rel=True)
d.D("올해 1~11월", "2025-01/2025-11", "month", rel=True, note="올해 before a range of months: one mention")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01",
    note="points back to 1~11월 (one mention, like 전년 동기)")
d.D("같은 날", "2025-12-01", "day", rel=True, st="optional", anchor="2025-12-01", note="points back to 1일, like 당일")
d.D("지난달", M11, "month", ctx="르노코리아는 지난달", rel=True)
d.D("전월", "2025-10", "month", ctx="전월 대비 31%", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("이달", "2025-12", "month", rel=True, note="this month (the quote's outlook)")
d.Q("36만대", 360000, "대", "대", C, ctx="36만대 팔아",
    f=("", None, HM, M11, "level", "required", "팔아 is a plain native verb: no metric; the headline's 지난달"))
d.Q("1만대", 10000, "대", "대", C, bound="gt", note="넘어 → gt",
    f=("내수", "제네시스 내수", GN, M11, "level", "required", "the headline's own 지난달 (the ellipsis does not split a headline's date)"))
d.Q("36만 2,150대", 362150, "대", "대", C,
    f=("완성차", None, HM, M11, "level", "required", "the counted noun of the count (완성차 N대를 판매했다): a counted noun comes before the verbal noun 판매"))
d.Q("4.7%", 4.7, "%", "%", P, f=("완성차", None, HM, M11, "change", "required", "…늘어난 수치다: the restating noun gives way to the figure before's measure"))
d.Q("2.1%", 2.1, "%", "%", P, f=("완성차", None, HM, M11, "change", "required", "as 4.7%; 전년 동월 = basis"))
d.Q("6만 4,870대", 64870, "대", "대", C, f=("내수 판매", None, HM, M11, "level"))
d.Q("8.3%", 8.3, "%", "%", P, f=("내수 판매", None, HM, M11, "change"))
d.Q("29만 7,280대", 297280, "대", "대", C, f=("해외 판매", None, HM, M11, "level"))
d.Q("3.9%", 3.9, "%", "%", P, f=("해외 판매", None, HM, M11, "change"))
d.Q("11만 2천 대", 112000, "대", "대", C, f=("수출한 물량", None, HM, M11, "level", "required", "part opener 이 가운데: subject and period carried"))
MD = "a model's figure (a product, no ORG): empty subject; breakdown by model (차종별로는) of 내수; 지난달 carried"
d.Q("8,420대", 8420, "대", "대", C, f=("내수", "내수 1위", "", M11, "level", "required", MD))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("7,150대", 7150, "대", "대", C, f=("내수", "내수 1위", "", M11, "level", "required", MD))
d.Q("6,030대", 6030, "대", "대", C, f=("내수", "내수 1위", "", M11, "level", "required", MD))
d.Q("1만 1,240대", 11240, "대", "대", C,
    f=("내수", "내수에서", GN, M11, "level", "optional",
       "the brand's domestic sales (내수에서 … 팔아); its clause has no date, its sentence has 올해 (attached to the record 올해 월간 최다 기록): "
       "2025 by the search order (sentence) or 지난달 carried (written)? (README question 9)"))
d.Q("3,960대", 3960, "대", "대", C,
    f=("내수", "내수에서", "", M11, "level", "required", "a model (GV80, a product): empty subject; the brand's figure before gives the measure (내수); 지난달 carried"))
d.Q("379만 8천 대", 3798000, "대", "대", C, f=("누적 판매", None, HM, "2025-01/2025-11", "level", "required", "genitive owner (현대차의)"))
d.Q("0.6%", 0.6, "%", "%", P, f=("누적 판매", None, HM, "2025-01/2025-11", "change", "required", "줄었다: a change, value as written"))
d.Q("4,820대", 4820, "대", "대", C, f=("내수", "내수 4,820", RN, M11, "level", "required", "the rival's own figures (르노코리아는 … 판매했다); 지난달 in the clause"))
d.Q("6,150대", 6150, "대", "대", C, f=("수출", "수출 6,150", RN, M11, "level"))
d.Q("1만 970대", 10970, "대", "대", C, f=("판매", "판매했다고 발표", RN, M11, "level", "required", "모두 N대를 판매했다: no other noun names it, the verbal noun"))
d.Q("31%", 31, "%", "%", P, f=("수출", "수출은 전월", RN, M11, "change", "required", "subject and period carried"))
d.Q("7만 대", 70000, "대", "대", C, bound="gt", note="돌파 → gt",
    f=("내수", "내수 7만", HM, "2025-12", "level", "required", "an official (현대차 관계자) speaks for the company; 이달에는 in the quote"))

# ---------------------------------------------------------------- 004 securities firm quarterly results (이데일리 bracket byline, 2025년 in the lead)
d = Doc("004_6ff4e5dc6040184c", "2025-11-06"); docs.append(d)
SW, SG, SA = "세웅증권", "세웅금융지주", "세웅자산운용"
d.Oall(SW, SW, special={0: ("required", "invented securities firm; headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("동해케미칼", "동해케미칼", note="invented issuer introduced by 석유화학 기업")
d.O("셀트라젠", "셀트라젠", note="invented company introduced by 바이오 기업")
d.O("코스닥", "코스닥", st="optional", note="a stock market (run by the exchange): an institution or a place/market? (README question 6)")
d.O(SG, SG, note="the parent (모회사)")
d.O(SA, SA, note="a sister subsidiary of the group")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="세웅증권, 3분기", rel=True)
d.D("2025년 3분기", Q3, "quarter", note="year and quarter: one mention")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("1년 전", "2024", "year", ctx="1년 전(610", rel=True, st="optional",
    note="offset (N년 전 → that year, from the document date: 2024), meant as a year before the quarter (2024-Q3): unclear (README question 7)")
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months without a year: the latest on or before the document date")
d.D("지난해", "2024", "year", rel=True)
d.D("1년 전", "2024", "year", ctx="1년 전보다 2.9", rel=True, st="optional", note="as the other 1년 전 (README question 7)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("3분기", Q3, "quarter", ctx="세웅금융지주의 3분기", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.Q("1,862억", 186200000000, W, "", "currency", ctx="1,862억…", st="optional", note="headline amount, currency implied")
d.Q("2배", 2, "배", "배", C, ctx="2배로",
    f=("IB 수수료", None, SW, Q3, "change", "required", "N배로 (grew to N times): a change; the headline's 3분기 (the ellipsis does not split a headline's date)"))
d.Q("1,862억 원", 186200000000, W, "원", "currency", f=("순이익", "연결 기준 순이익", SW, Q3, "level", "required", "연결 기준 stays outside the metric"))
d.Q("41.5%", 41.5, "%", "%", P, f=("순이익", "연결 기준 순이익", SW, Q3, "change", "required", "…증가한 규모다: the restating noun gives way to the figure before's measure"))
d.Q("5,430억 원", 543000000000, W, "원", "currency", f=("순영업수익", None, SW, Q3, "level", "required", "new paragraph: the story's company and quarter"))
d.Q("12.8%", 12.8, "%", "%", P, f=("순영업수익", None, SW, Q3, "change"))
d.Q("1,780억 원", 178000000000, W, "원", "currency", f=("위탁매매 수탁수수료", None, SW, Q3, "level", "required", "the cause clause (증시 거래대금이 불어나면서) names a market, not the subject"))
d.Q("26%", 26, "%", "%", P, f=("위탁매매 수탁수수료", None, SW, Q3, "change"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("투자은행(IB) 부문 수수료", None, SW, Q3, "level", "required", "a business division is no ORG: the company carried"))
d.Q("610억 원", 61000000000, W, "원", "currency",
    f=("투자은행(IB) 부문 수수료", None, SW, "2024", "level", "optional",
       "a basis figure in brackets after 1년 전: its period is that DATE's value (2024 by the offset line) or the quarter a year before (2024-Q3)? (README question 7)"))
d.Q("2배", 2, "배", "배", C, ctx="2배 수준", approx=True, note="수준 after the amount read as an approximator (outside, approx)",
    f=("투자은행(IB) 부문 수수료", None, SW, Q3, "change", "required", "N배 수준으로 뛰었다 against a past basis: a change"))
d.Q("3,500억 원", 350000000000, W, "원", "currency",
    f=("회사채 발행", None, "동해케미칼", Q3, "level", "optional",
       "X 규모 Y → Y; the issuer (genitive 동해케미칼의) or the underwriter that led it (세웅증권, 주관했다)? the quarter carried or no period? (README question 10)"))
d.Q("4,970억 원", 497000000000, W, "원", "currency", f=("누적 순이익", None, SW, "2025-01/2025-09", "level", "required", "1~9월 in the clause"))
d.Q("4,310억 원", 431000000000, W, "원", "currency",
    f=("실적", "연간 실적", SW, "2024", "level", "required", "a figure alone in brackets after a noun measures that noun; 연간 qualifies the period (outside); 지난해 dates it"))
RO = ("연환산 ROE with no date of its own: the 1~9월 of the sentence before (written; the bracketed basis's 지난해 does not reset it) "
      "or the story's 3분기? (README question 9)")
d.Q("13.4%", 13.4, "%", "%", P, f=("자기자본이익률", None, SW, "2025-01/2025-09", "level", "optional", RO))
d.Q("2.9%포인트", 2.9, PP, "%포인트", P, f=("자기자본이익률", None, SW, "2025-01/2025-09", "change", "optional", RO + "; 높아졌다: change"))
d.Q("6조 1,200억 원", 6120000000000, W, "원", "currency", f=("자기자본", None, SW, "2025-09", "level", "required", "9월 말 기준 (2025-09, END)"))
d.Q("2,940억 원", 294000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 2,940", SG, Q3, "level", "required", "genitive owner: the parent"))
d.Q("63%", 63, "%", "%", P, f=("기여도", None, SW, Q3, "level", "required", "genitive owner (세웅증권의 기여도); the parent's quarter"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("순이익", "순이익 210", SA, Q3, "level", "required", "its own topic; 같은 기간 → 3분기"))
d.Q("12조 원", 12000000000000, W, "원", "currency",
    f=("발행어음 잔고", None, SW, "2025", "level", "required", "an official (세웅증권 관계자) speaks for the company; 연말까지 (future, END) in the clause"))

# ---------------------------------------------------------------- 005 offshore-wind developer (regional daily byline at the end, 2028/2030 but no present year)
d = Doc("005_a62ee1ab209c8932", "2026-03-24"); docs.append(d)
HD, KDB = "해담에너지", "한국산업은행"
d.Oall(HD, HD, special={0: ("required", "invented renewable-energy developer; headline topic with a comma")})
d.O("신안군청", "신안군", st="optional", note="the county office named as the venue (신안군청에서 착공식을): the government body or a place? (README question 6)")
d.O(KDB, KDB, note="the state lender that arranges the loan")
d.O("산업은행", KDB, ctx="산업은행의", note="short form of 한국산업은행 (named in full before)")
d.O("신안군", "신안군", ctx="신안군은", note="a county acting as a government (…을 나눠줄 계획이다); 전남 신안군 자은면 (L2) is a place")
d.O("한국남동발전", "한국남동발전", note="partner (과 함께)")
d.O("광주일보", "광주일보", note="regional daily in the closing byline")
d.D("24일", "2026-03-24", "day", rel=True, note="day of the ceremony and the report (밝혔다)")
d.D("2028년 상반기", "2028-H1", "half", note="year and half: one mention; the target of commercial operation")
d.D("지난해", "2025", "year", rel=True)
d.D("현재", "2026-03-24", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
EV = ("the date of a planned event (2028년 상반기 상업운전을 목표로) in the sentence before: carried onto the project's amounts by the letter "
      "of carry-forward (written; for another subject, as 산업은행's loan, nothing carries: empty), or no period at all? (README question 13)")
d.Q("390MW", 390, "MW", "MW", M, ctx="390MW 착공",
    f=("해상풍력", "신안 해상풍력", HD, "", "level", "required", "the headline names the project whose capacity it is (신안 해상풍력); no date in the headline"))
d.Q("2조 1천억", 2100000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("390MW", 390, "MW", "MW", M, ctx="390MW의",
    f=("설비 용량", None, HD, "", "level", "required", "the measure noun governing it; no date in the clause, sentence or before (24일 dates the ceremony)"))
d.Q("2조 1,350억 원", 2135000000000, W, "원", "currency", f=("총사업비", None, HD, "2028-H1", "level", "optional", EV))
d.Q("1조 5,800억 원", 1580000000000, W, "원", "currency",
    f=("프로젝트파이낸싱", None, "", "", "level", "optional",
       "a lenders' group (대주단) led by 한국산업은행: several organizations not named (empty) or the arranger? metric the form of the loan or empty (빌려준다 a plain verb)? (README question 11)"))
d.Q("4,200억 원", 420000000000, W, "원", "currency", f=("직접 대출", None, KDB, "", "level", "optional", "genitive owner (산업은행의); part opener 이 가운데; " + EV))
d.Q("15MW", 15, "MW", "MW", M, approx=True, note="급 after the unit stays outside (a suffix like 원대): approx",
    f=("터빈", "터빈 26기", HD, "", "level", "optional", "a class attribute of the counted noun (15MW급 터빈), like a definitional modifier: a fact of its own? (README question 3)"))
d.Q("26기", 26, "기", "기", C, f=("터빈", "터빈 26기", HD, "2028-H1", "level", "optional", "the counted noun before the count; the developer's complex (단지에는) carried; " + EV))
d.Q("1,150GWh", 1150, "GWh", "GWh", M, approx=True, note="약 → approx",
    f=("발전량", None, HD, "2028-H1", "level", "optional", "연간 qualifies the period (outside the metric and no DATE); " + EV))
d.Q("4인", 4, "인", "인", C, st="optional", note="4인 가구: a definitional qualifier of the counted noun (a household type): optional")
d.Q("32만 가구", 320000, "가구", "가구", C, approx=True, note="약 → approx",
    f=("가구", "4인 가구 약", "", "", "level", "optional", "an illustration of the output (N가구가 쓸 수 있는 양): households (no ORG) or the developer's figure? metric the counted noun"))
d.Q("1년", 1, "year", "년", "duration", note="1년 동안: a duration, no fact")
d.Q("3,400여 명", 3400, "명", "명", C, approx=True, note="여 inside the span: approx",
    f=("지역 주민", None, "신안군", "", "level", "required", "the county's plan (신안군은 … 계획이다); no date"))
d.Q("60억 원", 6000000000, W, "원", "currency", bound="max", note="최대 → max",
    f=("", None, "신안군", "", "level", "required", "나눠줄 is a plain verb and no noun names the amount (연간 qualifies the period): empty metric"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a native day word as a rate word, optional")
d.Q("450명", 450, "명", "명", C,
    f=("인력", None, "신안군", "", "level", "optional",
       "the construction workforce: the letter of carry-forward gives the county (the sentence before's subject), the reader the developer's project (README question 12)"))
d.Q("100MW", 100, "MW", "MW", M, f=("태양광 발전소", None, HD, "2025", "level", "required", "지난해 in the clause"))
d.Q("620MW", 620, "MW", "MW", M, f=("발전 설비", None, HD, "2026-03-24", "level", "required", "현재 (the document date) attached to it"))
d.Q("1GW", 1, "GW", "GW", M,
    f=("해상풍력", "1GW 규모의 해상풍력", HD + ";한국남동발전", "2030", "level", "optional",
       "X 규모의 Y → Y; 회사는 (the developer) with a partner (과 함께): both as subject, or the developer alone? 2030년까지 in the clause (README question 12)"))

# ---------------------------------------------------------------- 006 hospital group (입력 stamp page, byline line)
d = Doc("006_81e053687bb0d88f", "2026-03-17"); docs.append(d)
NF, SD = "늘푸른의료재단", "늘푸른송도병원"
H3 = "늘푸른병원;늘푸른청라병원;늘푸른계양병원"
d.Oall(NF, NF, special={0: ("required", "invented hospital foundation; headline topic with a comma"),
                        2: ("required", "before the chairman's title (늘푸른의료재단 이사장)")})
d.O("중부일보", "중부일보", note="outlet in the byline line")
for ctx in ("재단 설립", "재단은 17일", "재단 자체", "재단이 운영하는 늘푸른병원", "재단은 개원"):
    d.O("재단", NF, ctx=ctx, st="optional", note="a type word pointing back to 늘푸른의료재단: short form or generic noun? (README question 6)")
d.O(SD, SD, note="the planned hospital, named (in quotes, the quotes outside)")
d.O("늘푸른병원", "늘푸른병원", note="one of the three named hospitals")
d.O("늘푸른청라병원", "늘푸른청라병원")
d.O("늘푸른계양병원", "늘푸른계양병원")
d.O("송도병원", SD, ctx="송도병원이 문을", note="short form of 늘푸른송도병원")
d.O("세화대학교 의과대학", "세화대학교 의과대학", note="a named college of an invented university (the partner, 과 협약): one organization with its college")
d.O("보건복지부", "보건복지부", note="the health ministry")
d.O("송도병원", SD, ctx="송도병원을 포함한", note="short form of 늘푸른송도병원")
d.D("2026.03.17", "2026-03-17", "day", st="optional", note="publication stamp (the clock time 14:20 not labelled)")
d.D("지난해", "2025", "year", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("17일", "2026-03-17", "day", rel=True, note="day of the announcement (발표했다)")
d.D("2029년", "2029", "year", note="the opening year")
d.D("현재", "2026-03-17", "day", rel=True, st="optional", note="현재: optional, takes the document date")
d.D("지난달", "2026-02", "month", rel=True)
d.D("첫해", "2029", "year", rel=True, st="optional", anchor="2029-01-01", note="개원 첫해: points back to the opening year (2029), like 첫해 in the guideline: optional")
d.Q("150만명", 1500000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("외래 환자", "외래 환자 150만명", NF, "", "level", "required", "a headline figure with no date of its own and nothing before it: empty period"))
BED = ("the beds of the planned hospital: the builder's figure (재단은 … 개원한다, written) or the named hospital's own (늘푸른송도병원, an ORG)? (README question 12)")
d.Q("800병상", 800, "병상", "병상", C, ctx="800병상 병원",
    f=("병원", "병상 병원", NF, "", "level", "optional", "N병상 병원: the counter counts beds of the noun after it; no date in the headline; " + BED))
d.Q("3곳", 3, "곳", "곳", C, f=("병원", "병원 3곳", NF, "2025", "level", "required", "the counted noun before the count; the foundation that runs them (relative clause); 지난해 in the sentence"))
d.Q("151만 2천 명", 1512000, "명", "명", C, f=("외래 환자", "지난해 외래 환자", NF, "2025", "level", "required", "the foundation's hospitals' patients: the foundation (the hospitals are not named here)"))
d.Q("138만 명", 1380000, "명", "명", C,
    f=("외래 환자", "지난해 외래 환자", NF, "2024", "level", "required", "a basis figure in brackets after a pointing-back date: its period is that DATE's value (전년 → 2024)"))
d.Q("9.6%", 9.6, "%", "%", P, f=("외래 환자", "지난해 외래 환자", NF, "2025", "change", "required", "…늘어난 것으로: the figure before's measure; 전년 = basis"))
d.Q("150만 명", 1500000, "명", "명", C, bound="gt", note="넘었다 → gt",
    f=("외래 환자", "지난해 외래 환자", NF, "2025", "level", "required", "the sentence continues the figure before (처음으로 N을 넘었다): same measure, subject and period"))
d.Q("800병상", 800, "병상", "병상", C, ctx="800병상 규모",
    f=(SD, None, NF, "2029", "level", "optional", "X 규모의 Y → Y (the hospital's name); 2029년 in the clause; " + BED))
EVH = ("after the opening date (2029년 개원한다, a planned event) in the sentence before: carried onto the cost by the letter of carry-forward "
       "(written), or no period at all? (README question 13)")
d.Q("4,600억 원", 460000000000, W, "원", "currency", f=("총투자비", None, NF, "2029", "level", "optional", EVH))
d.Q("1,800억 원", 180000000000, W, "원", "currency",
    f=("자체 자금", None, NF, "2029", "level", "optional", "part opener 이 가운데: the part funded by the foundation's own money (자체 자금) or the whole's measure (총투자비)? " + EVH))
d.Q("1,240개", 1240, "개", "개", C,
    f=("병상", "병상은 모두", H3, "2026-03-17", "level", "required",
       "genitive owners: a group the text names in full (the three hospitals) has all of them as subject; 현재 (the document date) in the clause"))
d.Q("2,040개", 2040, "개", "개", C,
    f=("병상", "병상은 모두", NF, "", "level", "optional",
       "the total after the new hospital opens (송도병원이 문을 열면): whose (the three and 송도병원, or the foundation)? period the opening (2029) or none?"))
d.Q("40명", 40, "명", "명", C,
    f=("전공의 수련 인원", None, NF, "2026-03-17", "level", "optional",
       "연 is a rate word; A에서 B로: the old level is the present one (현재 carried by the letter) or has no period; the partner university (과 협약) is not the subject (README question 2)"))
d.Q("70명", 70, "명", "명", C,
    f=("전공의 수련 인원", None, NF, "", "level", "optional", "the new level of a plan with no date of its own: empty or 현재 carried? (README question 2)"))
d.Q("4곳", 4, "곳", "곳", C,
    f=("수도권 신설 병원", None, "보건복지부", "2026-02", "level", "optional",
       "the hospitals whose plans the ministry approved: the ministry's figure (written) or several organizations taken together and not all named (empty)? 지난달 in the clause"))
d.Q("1,900억 원", 190000000000, W, "원", "currency",
    f=("매출", None, NF, "2029", "level", "required", "a target (목표로 잡았다); 개원 첫해 (an optional pointing-back DATE) resolves to 2029"))
d.Q("45만 명", 450000, "명", "명", C, f=("외래 환자", "외래 환자 45만", NF, "2029", "level", "required", "listed with the figure before: same subject and period"))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("서울 원정 진료", None, NF, "", "change", "optional",
       "the chairman's aim (줄이겠다: a change): the foundation's figure (a head speaks for it, written) or the patients', of no ORG? no date"))

if __name__ == "__main__":
    write_all(docs)
