"""Gold labels of articles-holdout59, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout59/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline passengers and fuel cost (Yonhap dateline)
d = Doc("001_7b1551e112a50a12", "2026-01-15"); docs.append(d)
HB, AN, IA = "한빛항공", "에어누리", "인천국제공항공사"
d.Oall(HB, HB, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(AN, AN, special={0: ("required", "invented LCC introduced by 저비용항공사(LCC)인")})
d.O(IA, IA, note="the source cited (에 따르면)")
d.O("인천공항", IA, st="optional", note="the airport as a site whose users are counted (a place) or a short form of the airport corporation? optional (sites acting as institutions)")
Y = "2025"
d.D("지난해", Y, "year", ctx="한빛항공, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="한빛항공이 지난해", rel=True)
d.D("15일", "2026-01-15", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 8.6%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="전년 대비 2.1", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="한빛항공의 지난해", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1,240만명", 12400000, "명", "명", C, ctx="1,240만명…", f=("여객", "지난해 여객", HB, Y, "level", "required", "headline topic; 지난해 in the headline"))
d.Q("1조원", 1000000000000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("유류비", "…유류비", HB, Y, "level", "required", "headline after an ellipsis: the headline's organization and its 지난해"))
d.Q("1,240만 명", 12400000, "명", "명", C, f=("여객", "명의 여객", HB, Y, "level", "required", "counted noun after 의"))
d.Q("8.6%", 8.6, "%", "%", P, f=("여객", "명의 여객", HB, Y, "change", "required", "a restating noun (수치) gives way to the figure before's measure; 전년보다 = basis"))
d.Q("820만 명", 8200000, "명", "명", C, f=("국제선 여객", None, HB, Y, "level", "required", "new paragraph: the story's organization and period"))
d.Q("14.2%", 14.2, "%", "%", P, f=("국제선 여객", None, HB, Y, "change"))
d.Q("420만 명", 4200000, "명", "명", C, f=("국내선", "국내선은 420만", HB, Y, "level", "required", "국내선 stands for 국내선 여객 (the parallel clause)"))
d.Q("1.3%", 1.3, "%", "%", P, f=("국내선", "국내선은 420만", HB, Y, "change", "required", "줄었다: a change; no sign written"))
d.Q("86.4%", 86.4, "%", "%", P, f=("국제선 평균 탑승률", None, HB, Y, "level"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("국제선 평균 탑승률", None, HB, Y, "change"))
d.Q("1조 320억 원", 1032000000000, W, "원", "currency", f=("유류비", "지난해 유류비", HB, Y, "level"))
d.Q("31%", 31, "%", "%", P,
    f=("영업비용", None, HB, Y, "level", "optional",
       "전체 X의 N%를 차지: the share of 유류비 in 영업비용; metric 영업비용 (X의 N%), 유류비 (the topic whose share it is), or empty? (README question 1)"))
d.Q("2,710억 원", 271000000000, W, "원", "currency",
    f=("유류비", "지난해 유류비", HB, "2025-Q4", "level", "required", "들었다 is a plain verb: the measure of the sentence before (유류비); 4분기 in the clause"))
d.Q("1,050만 명", 10500000, "명", "명", C, f=("여객", "여객 1,050만", AN, Y, "level", "required", "its own topic; 같은 기간 (optional DATE) points back to 지난해"))
d.Q("190만 명", 1900000, "명", "명", C,
    f=("격차", None, AN, Y, "level", "optional",
       "a gap between two named companies: the subject of 좁혔다 (에어누리) or both (에어누리;한빛항공)? level or change? (README question 2)"))
d.Q("89.7%", 89.7, "%", "%", P, f=("탑승률", "에어누리의 탑승률", AN, Y, "level", "required", "genitive owner; period carried (같은 기간)"))
d.Q("7,120만 명", 71200000, "명", "명", C,
    f=("이용객", "인천공항 이용객", IA, Y, "level", "optional",
       "a source cited (에 따르면) is no subject; the airport's users: an optional ORG (a site) or a place (empty subject)? a figure whose subject is only an optional ORG is optional"))
d.Q("15%", 15, "%", "%", P, approx=True, note="약 → approx",
    f=("이용객", "한빛항공 이용객", HB, Y, "level", "required", "a part (이 가운데) named with its own organization: its share; period carried (지난해)"))
d.Q("4대", 4, "대", "대", C, f=("새 항공기", None, HB, "2026", "level", "required", "counted noun before the counter; a company's 관계자 speaks for it; 올해 in the clause"))
d.Q("1,350만 명", 13500000, "명", "명", C, f=("여객", "여객 1,350만", HB, "2026", "level", "required", "a target in the spokesman's quote: the company's; 올해"))

# ---------------------------------------------------------------- 002 telecom subscribers (뉴시스 dateline, no year anywhere)
d = Doc("002_ca9623d98391d1b2", "2025-11-11"); docs.append(d)
KT, SKT, LGU, MS = "KT", "SK텔레콤", "LG유플러스", "과학기술정보통신부"
d.Oall(KT, KT, special={0: ("required", "headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(SKT, SKT)
d.Oall(LGU, LGU)
d.O(MS, MS, note="the regulator, source of the statistic (통계로 보면)")
d.O("과기정통부", MS, note="short form of 과학기술정보통신부 (named in full before)")
Q3, S9 = "2025-Q3", "2025-09"
d.D("3분기", Q3, "quarter", ctx="KT, 3분기", rel=True, note="headline; latest Q3 on or before the document date")
d.D("지난 9월 말", S9, "month", mod="END", rel=True, note="as of (기준)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (the quarter before Q3)")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("같은 날", "2025-11-11", "day", rel=True, st="optional", anchor="2025-11-11", note="points back to 11일")
d.D("9월 말", S9, "month", ctx="9월 말 5G", mod="END", rel=True)
d.D("3분기", Q3, "quarter", ctx="KT의 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a plan (묶겠다): the coming Q4, which holds the document date")
d.D("이달 말", "2025-11", "month", mod="END", rel=True, note="이달 말까지 (까지 outside)")
d.Q("1,124만명", 11240000, "명", "명", C, f=("5G 가입자", "3분기 5G 가입자", KT, Q3, "level", "required", "headline topic and 3분기"))
d.Q("3만4천원", 34000, W, "원", "currency", approx=True, note="3만4천원대: the suffix 대 after the unit stays outside and sets approx (as 달러치)",
    f=("가입자당 매출", None, KT, Q3, "level", "required", "headline after an ellipsis: the headline's organization and 3분기"))
d.Q("1,124만 명", 11240000, "명", "명", C, f=("5G 가입자", "KT의 5G 가입자가", KT, S9, "level", "required", "지난 9월 말 기준 (value 2025-09, END)"))
d.Q("31만 명", 310000, "명", "명", C, f=("5G 가입자", "KT는 5G 가입자가", KT, S9, "change", "required", "전 분기보다 = basis; the period last set (9월 말) carried"))
ARPU = ("a quarterly figure after an as-of date: the period last set for KT is 지난 9월 말 (2025-09, written), but 전년 동기 and the "
        "headline say the quarter (2025-Q3)? (README question 3)")
d.Q("3만 4,210원", 34210, W, "원", "currency", f=("가입자당 평균매출", None, KT, S9, "level", "optional", ARPU))
d.Q("1.8%", 1.8, "%", "%", P, f=("가입자당 평균매출", None, KT, S9, "change", "optional", ARPU))
d.Q("78.5%", 78.5, "%", "%", P, f=("5G 비중", None, KT, S9, "level", "required", "78.5%까지 올라갔다: 까지 a particle (the level reached), no bound; the period carried (9월 말)"))
RV = "a rival's figure on the same day (같은 날 dates only the release): the story's period, the lead's 9월 말"
d.Q("1,690만 명", 16900000, "명", "명", C, f=("5G 가입자", "SK텔레콤의 5G 가입자", SKT, S9, "level", "required", RV))
d.Q("882만 명", 8820000, "명", "명", C, f=("5G 가입자", "SK텔레콤의 5G 가입자", LGU, S9, "level", "required", RV + "; the measure of the parallel clause"))
SH = "a list after a measure (점유율은 A N%, B N% 순): each company's; 9월 말 in the sentence"
d.Q("42.1%", 42.1, "%", "%", P, f=("5G 시장 점유율", None, SKT, S9, "level", "required", SH))
d.Q("28.0%", "28.0", "%", "%", P, f=("5G 시장 점유율", None, KT, S9, "level", "required", SH))
d.Q("22.0%", "22.0", "%", "%", P, f=("5G 시장 점유율", None, LGU, S9, "level", "required", SH))
d.Q("7.9%", 7.9, "%", "%", P,
    f=("5G 시장 점유율", None, "", S9, "level", "required", "알뜰폰 (MVNOs taken together, not named) is no ORG: empty subject; the measure of the sentence before"))
d.Q("1조 7,650억 원", 1765000000000, W, "원", "currency", f=("무선 서비스 매출", None, KT, Q3, "level"))
d.Q("2.3%", 2.3, "%", "%", P, f=("무선 서비스 매출", None, KT, Q3, "change"))
d.Q("5,500억 원", 550000000000, W, "원", "currency", bound="max", note="이하 → max",
    f=("마케팅 비용", None, KT, "2025-Q4", "level", "required", "회사는 = KT; 4분기 in the clause; a cap (이하)"))
d.Q("3사", 3, "사", "사", C, st="optional", note="통신 3사: a fixed phrase for the three carriers (lexicalized), counter 사 or part of a name? optional")

# ---------------------------------------------------------------- 003 university research funding (뉴스1 dateline)
d = Doc("003_1483cd2c31bef1f8", "2026-02-10"); docs.append(d)
DN, SH, NRF, SO = "동남대학교", "동남대 산학협력단", "한국연구재단", "세온바이오"
d.O("동남대", DN, ctx="동남대, 지난해", note="headline: short form of 동남대학교 (named in full in the lead)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(DN, DN)
d.O(NRF, NRF, note="government foundation")
d.O("동남대", DN, ctx="동남대는 재단", note="short form")
d.O("재단", NRF, ctx="재단의 기초", st="optional", note="a bare type noun pointing back to 한국연구재단: short form or an unnamed institution noun? optional")
d.O(SH, SH, note="the university's industry-cooperation foundation, a named unit with the university's name (one span)")
d.O(SO, SO, note="invented partner company introduced by 바이오 기업")
d.O("산학협력단", SH, ctx="산학협력단장", st="optional", note="inside the title 산학협력단장 (a person's title): a short form of 동남대 산학협력단 or part of a title? optional")
Y = "2025"
d.D("지난해", Y, "year", ctx="동남대, 지난해", rel=True)
d.D("2025년", Y, "year", note="2025년 한 해: the year (한 해 an optional duration, README question 4)")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("2024년", "2024", "year", note="a comparison's basis, figure in brackets")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", Y, "year", ctx="지난해 등록한", rel=True)
d.D("3년 전", "2023", "year", rel=True, note="offset from the document date (N년 전 → that year): a basis")
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention")
d.D("올해", "2026", "year", rel=True)
d.Q("1,870억원", 187000000000, W, "원", "currency", f=("연구비", "지난해 연구비", DN, Y, "level", "required", "headline topic (short form) and 지난해"))
d.Q("한 해", 1, "year", "해", "duration", st="optional", note="2025년 한 해: part of the date expression (like 올 한해) or a duration? optional (README question 4)")
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("외부 연구비", None, DN, Y, "level", "required", "2025년 in the clause"))
d.Q("1,640억 원", 164000000000, W, "원", "currency",
    f=("외부 연구비", None, DN, "2024", "level", "required", "a figure in brackets right after a year: that year's figure of the measure before (the basis)"))
d.Q("14%", 14, "%", "%", P, f=("외부 연구비", None, DN, Y, "change", "required", "…보다 N% 늘었다: change; the current period"))
BR = "breakdown (연구비 가운데 정부 과제가 …): a part named with no measure takes the total's measure (연구비); the university carried"
d.Q("1,210억 원", 121000000000, W, "원", "currency", f=("연구비", "연구비 가운데", DN, Y, "level", "required", BR))
d.Q("65%", 65, "%", "%", P, f=("연구비", "연구비 가운데", DN, Y, "level", "required", "the part's share of the total (연구비 가운데 … 차지했고)"))
d.Q("430억 원", 43000000000, W, "원", "currency", f=("연구비", "연구비 가운데", DN, Y, "level", "required", BR))
d.Q("1,126건", 1126, "건", "건", C, f=("수행 과제", None, DN, Y, "level"))
d.Q("87건", 87, "건", "건", C, f=("수행 과제", None, DN, Y, "change", "required", "전년보다 … 많았다: change"))
d.Q("640억 원", 64000000000, W, "원", "currency", ctx="사업으로 640억 원",
    f=("지원", "연구재단 지원이", DN, Y, "level", "required", "받았다 (plain verb): the measure of the sentence before (한국연구재단 지원); the receiver 동남대는 is the subject, the foundation the counterparty"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of 1인당: optional")
d.Q("2억 3천만 원", 230000000, W, "원", "currency", f=("연구비", "1인당 연구비", DN, Y, "level", "required", "교수 1인당 연구비: a rate of the university; period carried"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("312건", 312, "건", "건", C, f=("국내외 특허", None, SH, Y, "level", "required", "the relative clause's subject (산학협력단이 … 등록한) owns the count; 지난해 in it"))
d.Q("58건", 58, "건", "건", C, f=("해외 특허", None, SH, Y, "level"))
d.Q("41억 원", 4100000000, W, "원", "currency", f=("기술이전 수입", None, SH, Y, "level", "required", "a sentence continuing the paragraph about 산학협력단 keeps its subject and period"))
d.Q("2배", 2, "배", "배", C, bound="gt", note="넘었다 → gt",
    f=("기술이전 수입", None, SH, Y, "change", "required", "N배 against a past basis (3년 전의): a change"))
d.Q("5년", 5, "year", "년", "duration", ctx="5년간", note="5년간: duration, no fact")
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("지원", "지원받기로", DN, "2025-11", "level", "optional",
       "dropped subject in a new paragraph: the story's university (written) or the 산학협력단 of the paragraph before? period: the agreement's 지난해 11월 (written) or none (money to come over 5년)? (README question 5)"))
d.Q("2천억 원", 200000000000, W, "원", "currency",
    f=("연구비", "올해 연구비", DN, "2026", "level", "required", "a target in the quote of the head of the university's unit: the university's research funding; 올해"))

# ---------------------------------------------------------------- 004 semiconductor maker's capital spending (bracket byline)
d = Doc("004_25f99817872a92b6", "2026-03-05"); docs.append(d)
HS, NV, HM = "한성반도체", "엔비디아", "한성머티리얼즈"
d.Oall(HS, HS, special={0: ("required", "headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("이사회", "이사회", st="optional", note="the company's board, an unnamed institution noun: optional")
d.Oall(NV, NV, special={0: ("required", "foreign customer; 미국 (a country) outside the span")})
d.O(HM, HM, note="subsidiary introduced by 자회사")
Y, Y0 = "2026", "2025"
d.D("올해", Y, "year", ctx="한성반도체, 올해", rel=True)
d.D("올해", Y, "year", ctx="한성반도체가 올해", rel=True)
d.D("지난해", Y0, "year", ctx="지난해(7조", rel=True)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the board meeting and the disclosure")
d.D("내년 말", "2027", "year", mod="END", rel=True, note="내년 말까지 (까지 outside)")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("1년 전", "2025", "year", rel=True, note="offset from the document date (N년 전 → that year), as the guideline resolves it; a comparison's basis")
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("지난해", Y0, "year", ctx="지난해 전체", rel=True)
d.D("올해", Y, "year", ctx="한성반도체의 올해", rel=True)
d.Q("9조5천억", 9500000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("9조 5,000억 원", 9500000000000, W, "원", "currency", f=("시설 투자", None, HS, Y, "level", "required", "X에 N원을 쓴다 → X; 올해 in the clause"))
d.Q("7조 2,000억 원", 7200000000000, W, "원", "currency",
    f=("시설 투자", None, HS, Y0, "level", "required", "a figure in brackets right after 지난해: last year's figure of the same measure (the basis)"))
d.Q("32%", 32, "%", "%", P, f=("시설 투자", None, HS, Y, "change", "required", "a restating noun (규모) gives way to the figure before's measure; the current period"))
d.Q("60%", 60, "%", "%", P, f=("투자액", None, HS, Y, "level", "required", "X의 N% → X; 5일 dates only the disclosure: the story's 올해"))
d.Q("5조 7,000억 원", 5700000000000, W, "원", "currency",
    f=("투자액", None, HS, Y, "level", "required", "appositive (투자액의 60%인 N원): the part of 투자액 that goes to the line named after it"))
CAP = "A에서 B로: 청주 공장 (a plant, a place) is no ORG, the company carried; "
d.Q("12만 장", 120000, "장", "장", C, f=("웨이퍼 생산 능력", None, HS, Y, "level", "required", CAP + "the old level is the present one: the story's 올해 carried; 월 a rate word with no number"))
d.Q("18만 장", 180000, "장", "장", C, f=("웨이퍼 생산 능력", None, HS, "2027", "level", "required", CAP + "내년 말까지 (END) dates the new level"))
d.Q("94%", 94, "%", "%", P, f=("공장 가동률", None, HS, "2025-Q4", "level"))
d.Q("11%포인트", 11, PP, "%포인트", P, f=("공장 가동률", None, HS, "2025-Q4", "change", "required", "1년 전보다 = basis"))
d.Q("99%", 99, "%", "%", P,
    f=("가동률", "가동률 99%", HS, "2025-Q4", "level", "optional",
       "a present state in a spokesman's quote (풀가동 상태): the period last set (지난해 4분기, written) carried, or the present (no DATE: empty)? (README question 6)"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년간", note="2년간: duration, no fact")
d.Q("4조 원", 4000000000000, W, "원", "currency",
    f=("HBM 공급 계약", None, HS, "2026-01", "level", "required", "X 규모의 Y → Y; the customer (와) is the counterparty; 지난 1월 in the clause"))
d.Q("31조 원", 31000000000000, W, "원", "currency", f=("전체 매출", None, HS, Y0, "level", "required", "지난해 in the clause"))
d.Q("27%", 27, "%", "%", P,
    f=("매출", "엔비디아 매출", HS, Y0, "level", "required", "sales to the customer (엔비디아 매출): the customer is the counterparty, the company (topic of the paragraph) the subject"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("특수가스 공장", None, HM, Y, "level", "required", "N원을 들여 Y를 짓는다 → Y (what the money is spent on); the subsidiary's own clause; the plan story's 올해 (a plan in the present tense)"))
d.Q("8조 원", 8000000000000, W, "원", "currency", bound="gt", note="넘을 → gt",
    f=("영업이익", None, HS, Y, "level", "required", "an outlook (업계에서는 … 보고 있다): the company's figure; 올해 in the clause"))

# ---------------------------------------------------------------- 005 non-life insurer's premiums and solvency (Yonhap dateline, no year anywhere)
d = Doc("005_a4aa050244eefafe", "2025-08-14"); docs.append(d)
DO, KNIA, FSS = "다온손해보험", "손해보험협회", "금융감독원"
d.Oall("다온손보", DO, special={0: ("required", "headline: short form (손보 = 손해보험) of the lead's 다온손해보험")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(DO, DO, note="invented insurer, full name")
d.O(KNIA, KNIA, note="the insurers' association, source cited (에 따르면)")
d.O(FSS, FSS, note="the supervisor")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="다온손보, 상반기", rel=True, note="latest H1 on or before the document date")
d.D("상반기", H1, "half", ctx="다온손해보험의 상반기", rel=True)
d.D("14일", "2025-08-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("작년 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01",
    note="작년 + 같은 기간 as one pointing-back mention (like 전년 같은 기간/지난해 같은 기간): optional")
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention; a comparison's basis")
d.D("상반기", H1, "half", ctx="상반기 순이익", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("3월 말", "2025-03", "month", mod="END", rel=True, note="a comparison's basis")
d.D("상반기", H1, "half", ctx="상반기 손보사", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="a plan (계획): this year's H2; 중 outside")
d.Q("4조2천억", 4200000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("4조 2,150억 원", 4215000000000, W, "원", "currency", f=("원수보험료", "상반기 원수보험료가", DO, H1, "level", "required", "genitive owner; 상반기 in the clause"))
d.Q("5.7%", 5.7, "%", "%", P, f=("원수보험료", "상반기 원수보험료가", DO, H1, "change", "required", "작년 같은 기간보다 = basis"))
BR = "breakdown (종목별로는 장기보험이 …): a line of business names no measure: the total's (원수보험료); no ORG; the company and 상반기 carried"
d.Q("2조 8,900억 원", 2890000000000, W, "원", "currency", f=("원수보험료", "상반기 원수보험료가", DO, H1, "level", "required", BR))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("원수보험료", "상반기 원수보험료가", DO, H1, "level", "required", BR))
d.Q("3,380억 원", 338000000000, W, "원", "currency", f=("원수보험료", "상반기 원수보험료가", DO, H1, "level", "required", BR))
d.Q("84.3%", 84.3, "%", "%", P, f=("자동차보험 손해율", None, DO, H1, "level", "required", "the period carried (상반기); 지난해 상반기 is the basis"))
d.Q("3.9%포인트", 3.9, PP, "%포인트", P, f=("자동차보험 손해율", None, DO, H1, "change"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("순이익", None, DO, H1, "level"))
d.Q("8.2%", 8.2, "%", "%", P, ctx="8.2% 줄었다", f=("순이익", None, DO, H1, "change"))
d.Q("198.6%", 198.6, "%", "%", P, f=("지급여력비율", "지급여력비율(K-ICS)", DO, "2025-06", "level", "required", "6월 말 기준 (2025-06, END)"))
d.Q("6.4%포인트", 6.4, PP, "%포인트", P, f=("지급여력비율", "지급여력비율(K-ICS)", DO, "2025-06", "change", "required", "3월 말보다 = basis"))
d.Q("12곳", 12, "곳", "곳", C,
    f=("손보사", None, "", H1, "level", "required", "a statistic after a cited source (협회에 따르면): no subject; the noun right before the counter"))
d.Q("51조 3천억 원", 51300000000000, W, "원", "currency",
    f=("원수보험료", "12곳의 원수보험료", "", H1, "level", "required", "several insurers taken together, not named: no subject"))
d.Q("8.2%", 8.2, "%", "%", P, ctx="8.2%로 업계", f=("시장 점유율", None, DO, H1, "level", "required", "genitive owner; 상반기 carried"))
d.Q("6위", 6, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("150%", 150, "%", "%", P,
    f=("지급여력비율 권고 기준", None, FSS, "", "level", "required", "the supervisor's standing rule (두고 있다): its figure; no date stated: empty"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", f=("후순위채", None, DO, "2025-H2", "level", "required", "X 규모의 Y → Y; 하반기 중 in the clause; a plan"))
d.Q("210%", 210, "%", "%", P, bound="min", note="이상 → min",
    f=("비율", "비율을 210%", DO, "2025-H2", "level", "required", "the target level of the ratio (비율 = 지급여력비율); the plan's 하반기"))

# ---------------------------------------------------------------- 006 entertainment agency's albums and concerts (입력 stamp + byline line)
d = Doc("006_891317433e090b52", "2026-04-22"); docs.append(d)
SO, BW = "스타온엔터테인먼트", "블루웨이브레이블"
d.O("스타온엔터", SO, ctx="스타온엔터, 1분기", note="headline: short form of 스타온엔터테인먼트; topic with a comma")
d.O(SO, SO, aliases="스타온", note="(이하 스타온): the short name is recorded as an alias")
text = d.text
for i in [k for k in range(len(text)) if text.startswith("스타온", k) and not text.startswith("스타온엔터", k)]:
    first = text[i - 3:i] == "이하 "
    d.O("스타온", SO, at=i, st="optional" if first else "required",
        note="the short name defined with 이하: optional as a mention" if first else "later use of the name defined with 이하")
d.Oall("루멘", "루멘", special={0: ("optional", "a music group (a performing act): optional"), 1: ("optional", "a music group: optional")})
d.Oall(BW, BW, special={0: ("required", "label subsidiary introduced by 자회사")})
d.O("세레나", "세레나", st="optional", note="a music group: optional")
d.O("서울경제", "서울경제", note="outlet in the byline line")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="스타온엔터, 1분기", rel=True, note="headline")
d.D("2026.04.22", "2026-04-22", "day", st="optional", note="publication stamp (clock time not labelled)")
d.D("올해 1분기", Q1, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("지난해 같은 기간", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="one pointing-back mention (like 전년 같은 기간): optional")
d.D("1~3월", "2026-01/2026-03", "month", rel=True, note="a range of months without a year: this year's")
d.D("1분기", Q1, "quarter", ctx="스타온의 1분기", rel=True)
d.D("전년 동기", "2025-Q1", "quarter", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("1분기", Q1, "quarter", ctx="1분기 매출은 1,480", rel=True)
d.D("1분기", Q1, "quarter", ctx="블루웨이브레이블은 1분기", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="a plan (계획): this year's H2")
d.D("올해", "2026", "year", ctx="스타온의 올해", rel=True)
d.Q("312만장", 3120000, "장", "장", C, f=("음반", "1분기 음반 312만장", SO, Q1, "level", "required", "headline topic (short form) and 1분기"))
d.Q("40%", 40, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("공연 매출 비중", None, SO, Q1, "level", "required", "headline after an ellipsis: the headline's organization and 1분기"))
d.Q("312만 장", 3120000, "장", "장", C, f=("음반 판매량", None, SO, Q1, "level"))
d.Q("24%", 24, "%", "%", P, f=("음반 판매량", None, SO, Q1, "change", "required", "지난해 같은 기간보다 = basis"))
GR = "a music group's figure: its subject is only an optional ORG (a performing act), so the fact is optional"
d.Q("168만 장", 1680000, "장", "장", C, f=("정규 앨범", None, "루멘", Q1, "level", "optional", GR + "; 발매 첫 주 is no calendar DATE: the story's 1분기"))
d.Q("첫 주", 1, "주", "주", "ordinal", st="optional", note="coverage pass: 발매 첫 주 (the release's first week): a native ordinal with 주, or a period word (no calendar DATE)? optional")
d.Q("54만 장", 540000, "장", "장", C,
    f=("미니앨범", None, "세레나", Q1, "level", "optional", GR + "; or the label that made it (블루웨이브레이블이 제작한)?"))
d.Q("8개", 8, "개", "개", C, f=("도시", None, "루멘", "2026-01/2026-03", "level", "optional", GR))
d.Q("22회", 22, "회", "회", C, f=("공연", "22회 공연", "루멘", "2026-01/2026-03", "level", "optional", GR + "; 회 counts performances (no ordinal marker)"))
d.Q("41만 명", 410000, "명", "명", C, f=("관객", "관객 41만", "루멘", "2026-01/2026-03", "level", "optional", GR))
d.Q("58만 명", 580000, "명", "명", C, f=("전체 공연 관객", None, SO, Q1, "level", "required", "genitive owner; 1분기 in the clause"))
d.Q("2.3배", 2.3, "배", "배", C, f=("전체 공연 관객", None, SO, Q1, "change", "required", "전년 동기의 N배: against a past basis, a change"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", f=("매출", "1분기 매출은 1,480", SO, Q1, "level", "required", "dropped subject: the agency carried (스타온의 … of the sentence before)"))
d.Q("41%", 41, "%", "%", P, f=("공연 매출", None, SO, Q1, "level", "required", "a part (이 가운데) named with its measure: its share"))
BR = "a part (이 가운데 음반·음원이 …) names no measure: the total's (매출); the agency and 1분기 carried"
d.Q("33%", 33, "%", "%", P, f=("매출", "1분기 매출은 1,480", SO, Q1, "level", "required", BR))
d.Q("26%", 26, "%", "%", P, f=("매출", "1분기 매출은 1,480", SO, Q1, "level", "required", BR))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("매출", "매출 210억", BW, Q1, "level"))
d.Q("18억 원", 1800000000, W, "원", "currency", f=("영업이익", "영업이익 18억", BW, Q1, "level"))
d.Q("30만 명", 300000, "명", "명", C,
    f=("관객", "관객 30만", SO, "2026-H2", "level", "required", "a plan's count (더 모을: the tour's own audience, a level); 하반기 in the clause"))
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("영업이익", "올해 영업이익을", SO, "2026", "level", "required", "an analysts' outlook (증권가는 … 내다봤다) on the agency's figure: the agency; 올해"))

if __name__ == "__main__":
    write_all(docs)
