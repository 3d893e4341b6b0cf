"""Gold labels of articles-holdout5, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout5/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 carmaker's monthly sales (Yonhap dateline, no year anywhere)
d = Doc("001_85058e00adfdfb3e", "2025-12-01"); docs.append(d)
H = "현대자동차"
d.Oall("현대차", H)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O(H, H)
d.O("제네시스", "제네시스", st="optional", note="the maker's brand: a brand named as a company or a business unit of 현대자동차: unclear")
d.O("기아", "기아")
d.O("세진오토텍", "세진오토텍", note="invented supplier (협력사 … 은)")
d.D("11월", "2025-11", "month", ctx="11월 글로벌", rel=True, note="month without a year: the latest on or before the document date")
d.D("전년 동월", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back (like 전년 같은 달)")
d.D("지난달", "2025-11", "month", ctx="현대자동차는 지난달", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 같은 달", "2024-11", "month", rel=True, st="optional", anchor="2025-11-01", note="points back")
d.D("1~11월", "2025-01/2025-11", "month", rel=True, note="range of months without a year: this year's")
d.D("작년", "2024", "year", rel=True, note="basis (작년 같은 기간보다)")
d.D("같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("이달", "2025-12", "month", ctx="현대차는 이달", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="연말 할인 행사: the coming year-end of this year")
d.D("올해", "2025", "year", rel=True)
d.D("지난달", "2025-11", "month", ctx="기아는 지난달", rel=True)
d.D("이달 중순", "2025-12", "month", mod="MID", rel=True)
M11, R11 = "2025-11", "2025-01/2025-11"
PR = ("a breakdown's category is no subject of its own: the organization carried (docs/facts.md, Breakdowns go on; "
      "aligned in session 12, was no subject)")
d.Q("37만대", 370000, "대", "대", C, f=("글로벌 판매", None, H, M11, "level", "required", "headline topic 현대차 (short form)"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="대비 1.2%↓", f=("글로벌 판매", None, H, M11, "change", "required", "arrow ↓: a change; metric of the figure before it"))
d.Q("36만 9,812대", 369812, "대", "대", C, f=("판매", "판매했다고", H, M11, "level", "required", "a verbal noun serves when no noun names the figure (판매했다)"))
d.Q("1.2%", 1.2, "%", "%", P, ctx="같은 달보다 1.2%",
    f=("판매", "판매했다고", H, M11, "change", "required", "rate with no metric of its own: the last figure of the sentence right before"))
d.Q("6만 3,150대", 63150, "대", "대", C, f=("국내 판매", None, H, M11, "level", "required", "new paragraph: the story's organization and period"))
d.Q("4.8%", 4.8, "%", "%", P, f=("국내 판매", None, H, M11, "change"))
d.Q("30만 6,662대", 306662, "대", "대", C, f=("해외 판매", "해외 판매는", H, M11, "level"))
d.Q("2.4%", 2.4, "%", "%", P, f=("해외 판매", "해외 판매는", H, M11, "change"))
d.Q("7,120대", 7120, "대", "대", C,
    f=("그랜저", None, H, M11, "level", "required", "breakdown (차종별로는): a count counts the item (like 선종별로는 LNG운반선 14척); " + PR))
d.Q("5,480대", 5480, "대", "대", C, f=("아반떼", None, H, M11, "level", "required", "list: the item right before; " + PR))
d.Q("4,010대", 4010, "대", "대", C, f=("쏘나타", None, H, M11, "level", "required", "list: the item right before; " + PR))
d.Q("6,930대", 6930, "대", "대", C, f=("싼타페", None, H, M11, "level", "required", "list: the item right before; " + PR))
d.Q("5,210대", 5210, "대", "대", C, f=("투싼", None, H, M11, "level", "required", "list: the item right before; " + PR))
d.Q("2만 4,870대", 24870, "대", "대", C,
    f=("레저용 차량", None, H, M11, "level", "required", "a total after a list does not take the last item's noun: the topic; a topic that is the metric keeps the carried subject"))
d.Q("1만 8,400대", 18400, "대", "대", C, f=("친환경차", None, H, M11, "level", "required", "the topic counted; subject carried"))
d.Q("29.1%", 29.1, "%", "%", P,
    f=("국내 판매", "국내 판매의 29.1%", H, M11, "level", "required", "share of a whole (국내 판매의 29.1%): the part before it is an "
       "item, no measure, so the whole (facts.md, Metric: a share of a whole measures the part a measure names; session 12, was 친환경차)"))
d.Q("2,870대", 2870, "대", "대", C, f=("GV80", None, "제네시스", M11, "level", "optional", "list item before its figure; the topic 제네시스 (an optional ORG) is the subject, so the fact is optional (session 12; was no subject)"))
d.Q("1만 1,260대", 11260, "대", "대", C,
    f=("판매", "1만 1,260대를 판매", "제네시스", M11, "level", "optional", "a total after a list: the verbal noun; its subject is the optional ORG 제네시스 → optional"))
d.Q("383만 4,500대", 3834500, "대", "대", C, f=("누적 판매량", None, H, R11, "level", "required", "new paragraph: the story's organization"))
d.Q("0.6%", 0.6, "%", "%", P, f=("누적 판매량", None, H, R11, "change"))
d.Q("417만 대", 4170000, "대", "대", C, f=("목표", "올해 목표인", H, "2025", "level", "required", "a figure given as something right before it (목표인)"))
d.Q("26만 1,300대", 261300, "대", "대", C,
    f=("", None, "기아", M11, "level", "required", "object of a plain verb (팔아): no metric"))
d.Q("3.5%", 3.5, "%", "%", P, f=("", None, "기아", M11, "change", "required", "rate: the metric of the figure before it (none)"))
d.Q("2공장", 2, "공장", "공장", "ordinal", st="optional",
    note="울산 2공장: a plant's name with a digit (a name, not a quantity) or a numbered plant (ordinal): unclear")
d.Q("1만 2천 대", 12000, "대", "대", C,
    f=("생산능력", None, "세진오토텍", "2025-12", "level", "required", "the object right before a figure that changes it (월 = rate, no number); 이달 중순 in the clause"))
# ---------------------------------------------------------------- 002 telecom quarterly results (이데일리-style page: 입력 stamp + byline)
d = Doc("002_0d4c554fc3be4acb", "2025-11-07"); docs.append(d)
L = "LG유플러스"
d.Oall(L, L)
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O("모아클라우드", "모아클라우드", note="invented startup (스타트업 … 와 손잡고)")
d.O("SK텔레콤", "SK텔레콤")
d.O("KT", "KT")
d.D("3분기", "2025-Q3", "quarter", ctx="LG유플러스, 3분기", rel=True)
d.D("2025.11.07", "2025-11-07", "day", st="optional", note="publication stamp (the clock time is not labelled)")
d.D("올해 3분기", "2025-Q3", "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("7일", "2025-11-07", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("작년", "2024", "year", rel=True, note="basis (작년 같은 기간보다)")
d.D("같은 기간", "2024-Q3", "quarter", ctx="작년 같은 기간", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (투입할 예정): the coming Q4")
d.D("같은 기간", "2025-Q3", "quarter", ctx="같은 기간 SK텔레콤", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("3분기", "2025-Q3", "quarter", ctx="3사의 3분기", rel=True)
Q3 = "2025-Q3"
AS = ("the paragraph's period last set for the company is 9월 말 (the as-of date of the subscriber count); "
      "a quarterly figure compared with 전 분기 reads as Q3: unclear")
d.Q("2,712억", 271200000000, W, "", "currency", ctx="영업익 2,712억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, L, Q3, "level"))
d.Q("1천만", 10000000, "명", "", C, bound="gt", st="optional", note="headline count, counter implied (돌파 → gt)",
    f=("5G 가입자", "5G 가입자 1천만", L, Q3, "level"))
d.Q("2,712억 원", 271200000000, W, "원", "currency", f=("영업이익", "영업이익이 2,712억", L, Q3, "level", "required", "연결 기준 outside"))
d.Q("7.5%", 7.5, "%", "%", P, f=("영업이익", "영업이익이 2,712억", L, Q3, "change"))
d.Q("3조 8,450억 원", 3845000000000, W, "원", "currency", f=("매출", "매출은 3조", L, Q3, "level", "required", "subject and period carried in the paragraph"))
d.Q("2.1%", 2.1, "%", "%", P, f=("매출", "매출은 3조", L, Q3, "change"))
d.Q("1조 6,020억 원", 1602000000000, W, "원", "currency", f=("무선 사업 매출", None, L, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("1.8%", 1.8, "%", "%", P, f=("무선 사업 매출", None, L, Q3, "change"))
d.Q("1,012만 명", 10120000, "명", "명", C, f=("5G 가입자", "5G 가입자는", L, "2025-09", "level", "required", "9월 말 기준"))
d.Q("76.4%", 76.4, "%", "%", P,
    f=("5G 가입자", "5G 가입자는", L, "2025-09", "level", "required", "share of a whole (전체 휴대전화 가입자의 76.4%): the part named before"))
d.Q("3만 5,240원", 35240, W, "원", "currency", f=("가입자당 평균매출", None, L, Q3, "level", "optional", AS))
d.Q("0.9%", 0.9, "%", "%", P, f=("가입자당 평균매출", None, L, Q3, "change", "optional", AS))
d.Q("1.05%", 1.05, "%", "%", P, f=("해지율", None, L, Q3, "level", "optional", AS))
d.Q("0.12%포인트", 0.12, PP, "%포인트", P, f=("해지율", None, L, Q3, "change", "optional", AS))
d.Q("6,480억 원", 648000000000, W, "원", "currency", f=("스마트홈 매출", None, L, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("기업 인프라 매출", None, L, Q3, "level"))
d.Q("3.2%", 3.2, "%", "%", P, f=("스마트홈 매출", None, L, Q3, "change", "required", "각각: first noun listed"))
d.Q("6.7%", 6.7, "%", "%", P, f=("기업 인프라 매출", None, L, Q3, "change", "required", "각각: second noun listed"))
d.Q("810억 원", 81000000000, W, "원", "currency", f=("인터넷데이터센터(IDC) 매출", None, L, Q3, "level"))
d.Q("14.3%", 14.3, "%", "%", P, f=("인터넷데이터센터(IDC) 매출", None, L, Q3, "change"))
d.Q("3,900억 원", 390000000000, W, "원", "currency", f=("설비투자", None, L, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("11.6%", 11.6, "%", "%", P, f=("설비투자", None, L, Q3, "change", "required", "작년 같은 기간 = basis"))
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("파주 AI 데이터센터 구축", None, L, "2025-Q4", "level", "optional",
       "spent on (X에 N원을 투입): X; 회사는 = LG유플러스; whether the partner (모아클라우드와 손잡고, comitative) joins the subject in a sentence with a topic of its own: unclear"))
d.Q("4,870억 원", 487000000000, W, "원", "currency",
    f=("영업이익", "영업이익은 각각", "SK텔레콤", Q3, "level", "required", "각각: first; 같은 기간 (optional) points back to the story's Q3, the lead's period too"))
d.Q("5,380억 원", 538000000000, W, "원", "currency", f=("영업이익", "영업이익은 각각", "KT", Q3, "level", "required", "각각: second"))
d.Q("3사", 3, "사", "사", C, ctx="통신 3사",
    f=("통신", "통신 3사", "", Q3, "level", "optional", "definitional count of the group (통신 3사): whose and what it counts is unclear"))
d.Q("1조 2,962억 원", 1296200000000, W, "원", "currency",
    f=("영업이익 합계", None, "LG유플러스;SK텔레콤;KT", Q3, "level", "required", "a group the text names in full: all of them"))
d.Q("석 달", 3, "month", "달", "duration", note="석 달 만에: 만에 outside")
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="다시 1조 원", bound="gt", note="넘었다 → gt",
    f=("영업이익 합계", None, "LG유플러스;SK텔레콤;KT", Q3, "level", "required", "the same total reached (넘었다)"))

# ---------------------------------------------------------------- 003 weekly housing-price statistics (뉴시스 dateline, no year anywhere)
d = Doc("003_eac9dc6c657bb371", "2025-09-11"); docs.append(d)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한국부동산원", "한국부동산원", note="source of the statistic (에 따르면), an ORG")
d.O("집토스", "집토스", note="brokerage named as a source (중개업체 … 에 따르면)")
d.O("하우스핏", "하우스핏", note="invented startup (스타트업 … 은 … 밝혔다)")


def week(text, value, rs, re_, **kw):
    """A week value (2025-W37): the framework's day range knows no weeks, so the days are set here."""
    d.D(text, value, "week", rng=False, **kw)
    d.d[-1]["range_start"], d.d[-1]["range_end"] = rs, re_


d.D("11일", "2025-09-11", "day", rel=True, note="day of the release (발표한)")
week("9월 둘째 주", "2025-W37", "2025-09-08", "2025-09-14", rel=True,
     note="nth week of a month: week 1 holds the month's first Thursday (4 Sep), so week 2 is 8-14 Sep")
d.D("8일", "2025-09-08", "day", rel=True, note="as-of day in brackets; the month from 9월 before it")
week("전주", "2025-W36", "2025-09-01", "2025-09-07", rel=True, st="optional", anchor="2025-09-08",
     note="points back to the week named (like 전월, 전분기)")
week("지난주", "2025-W36", "2025-09-01", "2025-09-07", rel=True, note="the week before the document's")
d.D("올해", "2025", "year", rel=True, note="올해 들어")
d.D("지난달", "2025-08", "month", rel=True)
d.D("7월", "2025-07", "month", rel=True, note="month without a year: the latest on or before the document date; basis")
d.D("이날", "2025-09-11", "day", rel=True, st="optional", anchor="2025-09-11",
    note="anaphoric day: the day of the release (11일); the nearest day written before it is the as-of 8일: unclear")
WK = "2025-W37"
DIS = ("a district's or region's rate: metric the place named (bracket rule, 각각, a category like 석유제품(-23.9%)) "
       "or the measure the breakdown (자치구별로는) breaks down (서울 아파트 매매가격): unclear")
MP = "서울 아파트 매매가격은 전주"
d.Q("0.18%", 0.18, "%", "%", P, ctx="0.18%↑",
    f=("서울 아파트값", None, "", WK, "change", "optional",
       "arrow ↑: change; the lead (title and first body line) dates nothing, so the headline's figure finds no period by the letter, though it is the week's figure: unclear"))
d.Q("10주", 10, "week", "주", "duration", ctx="10주 연속 상승폭", note="10주 연속: an amount of time")
d.Q("10주", 10, "week", "주", "duration", ctx="10주 연속 오름폭", note="10주 연속: an amount of time")
d.Q("0.18%", 0.18, "%", "%", P, ctx="대비 0.18%",
    f=("서울 아파트 매매가격", MP, "", WK, "change", "required",
       "national statistic cited (에 따르면): no subject; a statistic's period is the one it covers (9월 둘째 주)"))
d.Q("0.14%", 0.14, "%", "%", P,
    f=("상승폭", None, "", "2025-W36", "change", "optional",
       "a date right before a figure in brackets dates it only (지난주); the noun before the brackets is a date, so the metric is the one after (상승폭) or carried (매매가격): unclear"))
d.Q("0.04%포인트", 0.04, PP, "%포인트", P, f=("상승폭", None, "", WK, "change", "required", "지난주 … 보다 = basis; period carried in the paragraph"))
for t, ctx in (("0.41%", None), ("0.33%", None), ("0.29%", None), ("0.25%", None), ("0.22%", None), ("0.20%", None),
               ("0.02%", "도봉구는 0.02%")):
    place = {"0.41%": "성동구", "0.33%": "마포구", "0.29%": "송파구", "0.25%": "강동구", "0.22%": "서초구",
             "0.20%": "강남구", "0.02%": "도봉구"}[t]
    d.Q(t, t[:-1], "%", "%", P, ctx=ctx, f=(place, None, "", WK, "change", "optional", DIS + "; a place: no subject"))
d.Q("0.09%", 0.09, "%", "%", P, f=("수도권", None, "", WK, "change", "optional", DIS))
d.Q("0.02%", 0.02, "%", "%", P, ctx="지방은 0.02%", f=("지방", "지방은", "", WK, "change", "optional", DIS))
d.Q("5대", 5, "대", "대", C, st="optional", note="지방 5대 광역시: 대 = 'major' (lexicalized), no counter of machines: unclear")
d.Q("0.07%", 0.07, "%", "%", P, f=("대구", None, "", WK, "change", "optional", DIS))
d.Q("42주째", 42, "주", "주", "ordinal", note="docs/annotation.md QUANTITY: `N년째` is an ordinal like `12회째`, 째 in the span (session 24)")
d.Q("0.08%", 0.08, "%", "%", P,
    f=("전세가격", None, "", WK, "change", "required", "the topic names the measure; 서울이 (a place) leaves no subject; the week's statistic carried"))
d.Q("0.03%", 0.03, "%", "%", P, f=("전세가격", None, "", WK, "change", "required", "as 0.08%"))
d.Q("4.12%", 4.12, "%", "%", P,
    f=("서울 아파트 매매가격 누적 상승률", None, "", "2025", "change", "required", "a cumulative rise is a rate of change: change (FACTS.md kind; relabelled in session 20); 올해 들어"))
d.Q("5,830건", 5830, "건", "건", C,
    f=("서울 아파트 매매 거래량", None, "", "2025-08", "level", "required", "source cited (집토스에 따르면): no subject"))
d.Q("4,210건", 4210, "건", "건", C,
    f=("서울 아파트 매매 거래량", None, "", "2025-07", "level", "required",
       "a date right before a figure in brackets dates it only; the noun before the brackets is a date: metric carried"))
d.Q("38.5%", 38.5, "%", "%", P, f=("서울 아파트 매매 거래량", None, "", "2025-08", "change", "required", "7월(…)보다 = basis"))
d.Q("120만 명", 1200000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("월간 이용자", None, "", "", "level", "optional",
       "a product's figure (자사 시세 앱의): no subject, or the company's own app: 하우스핏; period 이날 (optional), 지난달 of the sentence before, or none: unclear"))

# ---------------------------------------------------------------- 004 pension fund's return (regional daily: 등록 stamp + byline)
d = Doc("004_30c875588f1e4d12", "2025-11-27"); docs.append(d)
N, NB = "국민연금공단", "국민연금공단 기금운용본부"
d.O("국민연금", N, ctx="국민연금, 1~9월", note="short form of 국민연금공단 (headline topic)")
d.O(NB, NB, note="a parent name followed by one of its units is one mention")
d.O("기금운용본부", NB, ctx="기금운용본부의 운용 인력", note="short form of the unit named in full in the lead")
d.O("기금운용위원회", "기금운용위원회")
d.O("전북혁신성장펀드", "전북혁신성장펀드", st="optional", note="an investment fund: an organization (its manager invests through it) or a financial product: unclear")
d.O("온누리파트너스", "온누리파트너스", note="invented regional VC (운용사인 … 벤처캐피털 …는)")
d.D("1~9월", "2025-01/2025-09", "month", ctx="국민연금, 1~9월", rel=True, note="range of months without a year: this year's")
d.D("2025-11-27", "2025-11-27", "day", st="optional", note="publication stamp (등록, like 등록일)")
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True)
d.D("27일", "2025-11-27", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", "2025-01/2025-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="basis (지난해 말보다)")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of years before 전 (basis)")
d.D("현재", "2025-11-27", "day", rel=True, st="optional", note="현재 takes the document date (optional)")
d.D("내년", "2026", "year", ctx="공단은 내년", rel=True, note="내년까지 (까지 outside)")
d.D("지난 21일", "2025-11-21", "day", rel=True, note="the day of the meeting")
d.D("내년", "2026", "year", ctx="내년 목표", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True)
R9 = "2025-01/2025-09"
d.Q("11.31%", 11.31, "%", "%", P, ctx="수익률 11.31%…", f=("수익률", "수익률 11.31%…", N, R9, "level", "required", "headline topic 국민연금 (short form)"))
d.Q("1,300조", 1300000000000000, W, "", "currency", ctx="기금 1,300조 첫", bound="gt", st="optional", note="headline amount, currency implied (돌파 → gt)",
    f=("기금", "기금 1,300조", N, "2025-09", "level"))
d.Q("11.31%", 11.31, "%", "%", P, ctx="수익률이 11.31%", f=("기금 운용 수익률", None, NB, R9, "level", "required", "(잠정) outside"))
d.Q("131조 원", 131000000000000, W, "원", "currency", approx=True,
    f=("수익금", None, NB, R9, "level", "required", "같은 기간 (optional) points back to 1~9월, the period carried in the paragraph"))
d.Q("1,302조 원", 1302000000000000, W, "원", "currency", f=("기금 적립금", None, NB, "2025-09", "level", "required", "9월 말 기준"))
d.Q("89조 원", 89000000000000, W, "원", "currency", f=("기금 적립금", None, NB, "2025-09", "change", "required", "지난해 말보다 = basis"))
d.Q("1,300조 원", 1300000000000000, W, "원", "currency", bound="gt", note="넘었다 → gt",
    f=("기금 적립금", None, NB, "2025-09", "level"))
SO = "new paragraph: the story's organization (the headline's 국민연금) and the lead's period"
d.Q("19.7%", 19.7, "%", "%", P, f=("수익률", "높은 수익률", N, R9, "level", "required", "the noun the figure is given as (가장 높은 수익률을 냈고); " + SO))
for t in ("17.2%", "6.8%", "4.1%", "3.6%"):
    d.Q(t, t[:-1], "%", "%", P, f=("수익률", "높은 수익률", N, R9, "level", "required",
                                  "a list going on: the metric of the last figure of the same unit (breakdown 자산군별로는)"))
AS = "an as-of share (비중) with no date of its own: the lead's 1~9월 carried, or the as-of 9월 말 of the lead: unclear"
d.Q("36.5%", 36.5, "%", "%", P, f=("해외주식 비중", None, N, R9, "level", "optional", AS))
d.Q("2.3%포인트", 2.3, PP, "%포인트", P, f=("해외주식 비중", None, N, R9, "change", "optional", AS + "; 1년 전보다 = basis"))
d.Q("390명", 390, "명", "명", C,
    f=("운용 인력", None, NB, "2025-11-27", "level", "optional", "genitive owner; its only date is 현재 (an optional DATE)"))
d.Q("30명", 30, "명", "명", C, f=("운용역", None, N, "2026", "level", "required", "공단은 = 국민연금공단; 내년까지"))
d.Q("35%", 35, "%", "%", P, bound="min", note="이상 → min",
    f=("전북 지역 인재", None, N, "2026", "level", "required", "an object's figure as a share (지역 인재를 … 35% 이상 선발); period of the sentence"))
d.Q("5.6%", 5.6, "%", "%", P,
    f=("목표 수익률", None, "기금운용위원회", "2026", "level", "required", "the object set to the figure; 지난 21일 dates the meeting, not the figure"))
d.Q("500억 원", 50000000000, W, "원", "currency",
    f=("출자", None, N, "", "level", "optional",
       "a relative clause naming its own organization (공단이 … 출자해 만든): 공단's; the recipient stays out (출자); period: 내년 of the sentence before would carry by the letter, a past act by its sense (한편): unclear"))
d.Q("2년", 2, "year", "년", "duration", note="지난 2년간: 지난/간 outside")
d.Q("27곳", 27, "곳", "곳", C,
    f=("도내 스타트업", None, "전북혁신성장펀드", "", "level", "optional", "the subject is the optional ORG 전북혁신성장펀드; 지난 2년간 is a duration, no period"))
d.Q("412억 원", 41200000000, W, "원", "currency",
    f=("투자", "투자했다", "전북혁신성장펀드", "", "level", "optional", "verbal noun; the subject is the optional ORG 전북혁신성장펀드"))
d.Q("2호", 2, "호", "호", "ordinal", note="2호 펀드: a fund's number (like cohort and round numbers)")

# ---------------------------------------------------------------- 005 food company's overseas sales / ramen exports (한국경제-style page: 입력 stamp + byline)
d = Doc("005_2275db0973947ea9", "2025-11-14"); docs.append(d)
S = "삼양식품"
d.Oall(S, S)
d.O("관세청", "관세청", note="agency cited as the source (에 따르면)")
d.O("삼양나눔재단", "삼양나눔재단", note="foundation (invented name)")
d.O("밥심협동조합", "밥심협동조합", note="invented social enterprise (사회적기업 … 과 함께)")
d.D("3분기", "2025-Q3", "quarter", ctx="삼양식품, 3분기", rel=True)
d.D("2025.11.14", "2025-11-14", "day", st="optional", note="publication stamp")
d.D("3분기", "2025-Q3", "quarter", ctx="삼양식품은 3분기", rel=True)
d.D("작년", "2024", "year", rel=True, note="basis (작년 같은 기간보다)")
d.D("같은 기간", "2024-Q3", "quarter", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("1~9월", "2025-01/2025-09", "month", rel=True)
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~9월")
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True, note="중 outside (during)")
d.D("올해", "2025", "year", rel=True)
d.D("다음 달", "2025-12", "month", rel=True)
Q3, R9 = "2025-Q3", "2025-01/2025-09"
NS = "national statistic cited (관세청에 따르면): no subject"
d.Q("4,310억", 431000000000, W, "", "currency", ctx="매출 4,310억…", st="optional", note="headline amount, currency implied",
    f=("해외 매출", "3분기 해외 매출", S, Q3, "level"))
d.Q("81%", 81, "%", "%", P, ctx="전체의 81%",
    f=("해외 매출", "3분기 해외 매출", S, Q3, "level", "required", "share of a whole (전체의 81%): the part named before; headline topic (… 삼양식품, )"))
d.Q("5,320억 원", 532000000000, W, "원", "currency", f=("매출", "매출이 5,320억", S, Q3, "level", "required", "연결 기준 outside"))
d.Q("38.6%", 38.6, "%", "%", P, f=("매출", "매출이 5,320억", S, Q3, "change"))
d.Q("1,210억 원", 121000000000, W, "원", "currency", f=("영업이익", "영업이익은 1,210억", S, Q3, "level"))
d.Q("52%", 52, "%", "%", P, f=("영업이익", "영업이익은 1,210억", S, Q3, "change"))
d.Q("22.7%", 22.7, "%", "%", P, f=("영업이익률", None, S, Q3, "level"))
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("해외 매출", "해외 매출은 4,310억", S, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("81%", 81, "%", "%", P, ctx="매출의 81%", f=("해외 매출", "해외 매출은 4,310억", S, Q3, "level", "required", "share of a whole: the part named before"))
d.Q("1,380억 원", 138000000000, W, "원", "currency",
    f=("미국 법인 매출", None, S, Q3, "level", "required", "a unit of the company (미국 법인) owns no figure apart from it (Members)"))
RG = ("breakdown (지역별로는): the metric of the figure before the sentence (해외 매출), or, in the list, that of the last "
      "figure of the same unit (미국 법인 매출): unclear")
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("해외 매출", "해외 매출은 4,310억", S, Q3, "level", "optional", RG))
d.Q("610억 원", 61000000000, W, "원", "currency", f=("해외 매출", "해외 매출은 4,310억", S, Q3, "level", "optional", RG))
d.Q("1만 1,200곳", 11200, "곳", "곳", C, f=("미국 대형마트 입점 매장", None, S, "2025-09", "level", "required", "9월 말 기준; figure stated as the new level"))
d.Q("11억 4,000만 달러", 1140000000, U, "달러", "currency", f=("라면 수출액", None, "", R9, "level", "required", NS))
d.Q("24.5%", 24.5, "%", "%", P, f=("라면 수출액", None, "", R9, "change", "required", NS))
d.Q("2억 9,000만 달러", 290000000, U, "달러", "currency", f=("미국 수출", None, "", R9, "level", "required", "이 중: a part; period carried in the paragraph; " + NS))
d.Q("2억 6,000만 달러", 260000000, U, "달러", "currency",
    f=("중국", "중국(2억", "", R9, "level", "required", "a figure alone in brackets right after a noun (not an ORG, not a date) is that noun's"))
d.Q("제2공장", 2, "공장", "공장", "ordinal", st="optional",
    note="밀양 제2공장: a plant's name with a number (a name) or an ordinal with 제: unclear")
d.Q("8억 3천만 개", 830000000, "개", "개", C,
    f=("생산능력", None, S, "2025-06", "level", "required", "연간 outside (a period word); 회사는 = 삼양식품; 지난 6월 in the sentence"))
d.Q("2,400억 원", 240000000000, W, "원", "currency", approx=True,
    f=("중국 자싱 공장 건설", None, S, "2026-H1", "level", "required", "spent on (X에 N원을 투입); subject carried (dropped)"))
d.Q("4,500명", 4500, "명", "명", C,
    f=("결식아동", None, "삼양나눔재단", "2025", "level", "required", "the relative clause (삼양식품이 출연한) is on the topic; the topic is the subject"))
d.Q("12만 개", 120000, "개", "개", C, f=("라면", "라면 12만", "삼양나눔재단", "2025", "level"))
d.Q("1만 개", 10000, "개", "개", C, ctx="도시락 1만 개",
    f=("도시락", None, "삼양나눔재단;밥심협동조합", "2025-12", "level", "optional",
       "재단은 = 삼양나눔재단; whether the partner (밥심협동조합과 함께, comitative) joins a subject written as an anaphoric topic: unclear"))

# ---------------------------------------------------------------- 006 battery maker's quarterly results with a tax credit (조선비즈-style page: 입력 and 수정 stamps)
d = Doc("006_e028f0e2c1c4b7f8", "2025-10-30"); docs.append(d)
E = "LG에너지솔루션"
d.O("LG엔솔", E, note="short form of LG에너지솔루션 (headline topic)")
d.Oall(E, E)
d.O("에이치앤켐", "에이치앤켐", note="invented supplier (양극재 협력사 … 은 … 공시했다)")
d.O("삼성SDI", "삼성SDI")
d.O("SK온", "SK온", note="SK온도: 도 outside")
d.D("3분기", "2025-Q3", "quarter", ctx="LG엔솔, 3분기", rel=True)
d.D("2025.10.30", "2025-10-30", "day", ctx="입력 2025.10.30", st="optional", note="publication stamp")
d.D("2025.10.30", "2025-10-30", "day", ctx="수정 2025.10.30", st="optional", note="revision stamp (수정): a date of the page, not the publication stamp")
d.D("3분기", "2025-Q3", "quarter", ctx="LG에너지솔루션은 3분기", rel=True)
d.D("30일", "2025-10-30", "day", rel=True, note="day of the report (밝혔다)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기 말", "2025-Q3", "quarter", mod="END", rel=True, rng=False,
    note="a part of a quarter: the guideline gives days for parts of months and years only; the range is set to the quarter's last month here")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-09-01", "2025-09-30"
d.D("올해", "2025", "year", rel=True)
d.D("지난해", "2024", "year", rel=True, note="basis (지난해보다)")
d.D("이날", "2025-10-30", "day", rel=True, st="optional", anchor="2025-10-30", note="anaphoric day: 30일")
d.D("3분기", "2025-Q3", "quarter", ctx="삼성SDI는 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a forecast (내다봤다): the current/coming Q4")
Q3 = "2025-Q3"
d.Q("6,013억", 601300000000, W, "", "currency", ctx="영업익 6,013억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, E, Q3, "level"))
d.Q("2,358억", 235800000000, W, "", "currency", ctx="빼도 2,358억", st="optional", note="headline amount, currency implied",
    f=("흑자", None, E, Q3, "level"))
d.Q("5조 6,990억 원", 5699000000000, W, "원", "currency", f=("매출", "매출 5조", E, Q3, "level", "required", "연결 기준 outside"))
d.Q("6,013억 원", 601300000000, W, "원", "currency", f=("영업이익", "영업이익 6,013억 원", E, Q3, "level"))
d.Q("1.7%", 1.7, "%", "%", P, f=("매출", "매출은 전", E, Q3, "change", "required", "전 분기 = basis"))
d.Q("22.4%", 22.4, "%", "%", P, f=("영업이익", "영업이익은 22.4%", E, Q3, "change"))
d.Q("3,655억 원", 365500000000, W, "원", "currency",
    f=("첨단제조 생산세액공제", None, E, Q3, "level", "required", "new paragraph: the story's organization and period; the alias (AMPC) outside"))
d.Q("2,358억 원", 235800000000, W, "원", "currency", f=("영업이익", "제외한 영업이익", E, Q3, "level"))
d.Q("3개", 3, "개", "개", C, st="optional", note="3개 분기 연속: three quarters running — a count of quarters or an amount of time (no unit 'quarter' among durations): unclear")
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("북미 ESS 매출", None, E, Q3, "level", "required", "new paragraph: the story's organization and period"))
d.Q("450조 원", 450000000000000, W, "원", "currency", approx=True, f=("수주 잔고", None, E, Q3, "level", "required", "3분기 말 (END)"))
d.Q("16GWh", 16, "GWh", "GWh", "measure",
    f=("ESS용 배터리", None, E, Q3, "level", "optional",
       "X 규모의 Y → Y; the plant is a unit of the company; a standing capacity: the paragraph's 3분기 말 by the letter, or no period: unclear"))
d.Q("30%", 30, "%", "%", P, bound="min", note="이상 → min",
    f=("설비투자", None, E, "2025", "change", "required", "a bound word between the figure and the change word leaves it a change; 지난해보다 = basis; 회사는 = LG에너지솔루션"))
d.Q("7조 원", 7000000000000, W, "원", "currency", f=("설비투자", None, E, "2025", "level", "required", "수준: no bound (as 9.0% 수준)"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside")
d.Q("4,200억 원", 420000000000, W, "원", "currency",
    f=("공급 계약", None, "에이치앤켐", "2025", "level", "optional",
       "X 규모의 Y → Y; the counterparty (LG에너지솔루션과) is not the subject; 이날 dates the disclosure, so the period is 올해 of the sentence before by the letter, none by the sense (a three-year contract): unclear"))
d.Q("5,913억 원", 591300000000, W, "원", "currency", f=("영업손실", None, "삼성SDI", Q3, "level"))
d.Q("1,248억 원", 124800000000, W, "원", "currency",
    f=("적자", None, "SK온", Q3, "level", "required", "the noun after 의; SK온도 … 기록했다: its own subject; the sentence's 3분기"))
d.Q("4,500억~5,000억 원", 450000000000, W, "원", "currency", hi=500000000000,
    f=("영업이익", "4분기 영업이익을", E, "2025-Q4", "level", "required", "genitive owner (LG에너지솔루션의); 증권가 (no ORG) only makes the forecast"))

# ---------------------------------------------------------------- 007 airport's year-end traffic (Yonhap dateline; years written)
d = Doc("007_871245e1c59a6ba9", "2026-01-05"); docs.append(d)
I = "인천국제공항공사"
d.O("인천공항", I, ctx="인천공항, 지난해", st="optional",
    note="the airport (a site acting as an institution) or the short form of 인천국제공항공사 (headline topic): unclear")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(I, I)
d.O("인천공항", I, ctx="인천공항을 이용한", st="optional", note="the airport used (a site): optional")
d.O("대한항공", "대한항공")
d.O("아시아나항공", "아시아나항공")
d.O("제주항공", "제주항공")
d.O("러기지온", "러기지온", note="invented startup (스타트업 … 은 … 밝혔다)")
d.O("김포공항", "김포공항", st="optional", note="an airport where a service goes (a site)")
d.O("김해공항", "김해공항", st="optional", note="an airport where a service goes (a site)")
d.D("지난해", "2025", "year", ctx="인천공항, 지난해", rel=True)
d.D("2025년", "2025", "year")
d.D("5일", "2026-01-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년(7,067만", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("2019년", "2019", "year")
d.D("지난해 9월 29일", "2025-09-29", "day", rel=True, note="지난해 before a month and day: one mention")
d.D("전년", "2024", "year", ctx="전년보다 21%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("지난해", "2025", "year", ctx="러기지온은 지난해", rel=True)
d.D("2년 전", "2024", "year", rel=True, st="optional",
    note="offset: from the document date (2024) or from the story's year it is compared with (지난해 … 2년 전보다: 2023): unclear")
d.D("이달 말", "2026-01", "month", mod="END", rel=True, note="future clause (넓힌다)")
Y = "2025"
SO = "new paragraph: the story's organization and period"
d.Q("7,412만명", 74120000, "명", "명", C, f=("국제선 여객", "국제선 여객 7,412만명", I, Y, "level", "optional",
    "the headline's topic 인천공항 is an optional ORG (the airport or the operator's short form); the story's organization only if the headline names it: unclear"))
d.Q("7,412만 명", 74120000, "명", "명", C, f=("국제선 여객", "국제선 여객이", I, Y, "level"))
d.Q("7,067만 명", 70670000, "명", "명", C,
    f=("국제선 여객", "국제선 여객이", I, "2024", "level", "optional", "a date right before a figure in brackets dates it only; its only date is 전년 (an optional DATE)"))
d.Q("4.9%", 4.9, "%", "%", P, f=("국제선 여객", "국제선 여객이", I, Y, "change", "required", "전년(…)보다 = basis"))
d.Q("7,117만 명", 71170000, "명", "명", C, bound="gt", note="넘어섰다 → gt (the form; the figure is the 2019 record the current one exceeds)",
    f=("국제선 여객", "국제선 여객이", I, "2019", "level", "required", "a date right before a figure compared with dates that figure only; metric carried"))
d.Q("42만 3,100회", 423100, "회", "회", C, f=("운항 횟수", None, I, Y, "level", "required", SO))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate denominator (하루 평균)")
d.Q("1,159회", 1159, "회", "회", C, f=("운항 횟수", None, I, Y, "level", "required", "하루 평균: a daily average of the same topic"))
d.Q("295만t", 2950000, "t", "t", "measure", f=("항공화물", None, I, Y, "level"))
d.Q("2.8%", 2.8, "%", "%", P, f=("항공화물", None, I, Y, "change"))
d.Q("1,680만 명", 16800000, "명", "명", C, f=("일본 노선 여객", None, I, Y, "level", "required", SO))
RT = ("a list going on: the metric of the last figure of the same unit (일본 노선 여객, reading as the route's passengers), "
      "or the item (breakdown 노선별로는: counts count the items), which is no thing counted here: unclear")
d.Q("1,590만 명", 15900000, "명", "명", C, f=("일본 노선 여객", None, I, Y, "level", "optional", RT))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("일본 노선 여객", None, I, Y, "level", "optional", RT))
d.Q("21%", 21, "%", "%", P,
    f=("중국 노선", "중국 노선은", I, Y, "change", "required", "a date opening a relative clause with 부터 dates what that clause tells of, not the figure; 전년보다 = basis"))
d.Q("2,310만 명", 23100000, "명", "명", C, f=("수송", None, "대한항공", Y, "level", "required", "verbal noun (수송해); new paragraph: the story's period"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("1,240만 명", 12400000, "명", "명", C, f=("수송", None, "아시아나항공", Y, "level", "required", "각각: first; metric of the last figure of the same unit"))
d.Q("610만 명", 6100000, "명", "명", C, f=("수송", None, "제주항공", Y, "level", "required", "각각: second"))
d.Q("7,700만 명", 77000000, "명", "명", C, f=("여객 목표", None, I, "2026", "level", "required", "공사는 = 인천국제공항공사"))
d.Q("제2여객터미널", 2, "여객터미널", "여객터미널", "ordinal", st="optional",
    note="a terminal's name with 제2 (a name) or an ordinal: unclear (as 제2공장)")
d.Q("1억 600만 명", 106000000, "명", "명", C,
    f=("수용 능력", None, I, Y, "level", "required", "연간 outside; 지난해 말 in the sentence (END); subject dropped (carried)"))
d.Q("48만 건", 480000, "건", "건", C, f=("이용 건수", None, "러기지온", Y, "level"))
d.Q("3배", 3, "배", "배", C, f=("이용 건수", None, "러기지온", Y, "change", "required", "a multiple reached by a change word (늘었다) is a change; 2년 전보다 = basis"))

# ---------------------------------------------------------------- 008 shareholder-return plan (a company's press release; no date line at all)
d = Doc("008_341e346310bc9aab", "2026-02-12"); docs.append(d)
SE = "세오정밀"
d.Oall(SE, SE)
d.O("코스닥", "코스닥", st="optional", note="a stock market (of 한국거래소) used as a modifier (코스닥 상장사): a market, not a body: unclear")
d.O("삼성전자", "삼성전자", note="삼성전자向: the customer named glued to 向 (for); the span without it")
d.O("국민연금공단", "국민연금공단")
d.D("2026년", "2026", "year", note="A부터 B까지: two mentions")
d.D("2028년", "2028", "year", ctx="2028년까지 3년간", note="A부터 B까지: two mentions")
d.D("이 기간", "2026/2028", "year", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년부터 2028년까지")
d.D("현재", "2026-02-12", "day", rel=True, st="optional", note="현재 takes the document date (optional)")
d.D("다음 달", "2026-03", "month", rel=True)
d.D("2025회계연도", "FY2025", "year", rng=False, note="a fiscal year with no days written covers the calendar year")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-01-01", "2025-12-31"
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025회계연도")
d.D("2028년", "2028", "year", ctx="2028년까지 12%")
d.D("지난해", "2025", "year", ctx="지난해 ROE", rel=True)
d.D("지난해", "2025", "year", ctx="회사로 지난해", rel=True)
R = "2026/2028"
d.Q("3년", 3, "year", "년", "duration", ctx="3년간 1,200억", note="3년간: 간 outside")
d.Q("1,200억", 120000000000, W, "", "currency", ctx="1,200억 주주환원", st="optional", note="headline amount, currency implied",
    f=("주주환원", None, SE, R, "level"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간 모두", note="3년간: 간 outside")
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("환원", "환원한다고", SE, R, "level", "required", "a verbal noun serves (환원한다); A부터 B까지 as the figure's time is the range A/B"))
d.Q("40%", 40, "%", "%", P, bound="min", note="이상 → min",
    f=("배당과 자사주 매입·소각", None, SE, R, "level", "optional",
       "the object of a spend verb (쓸) measures the purpose marked by 에 after it; 회사는 = 세오정밀; its only date is 이 기간 (an optional DATE), in a new paragraph"))
d.Q("85만 주", 850000, "주", "주", C, note="주 after a number of ten thousand or more counts shares",
    f=("자사주", "보유한 자사주", SE, "2026-03", "level", "optional",
       "the shares held now (현재, optional) are cancelled next month (다음 달 in the figure's clause): which dates the figure is unclear"))
d.Q("4.2%", 4.2, "%", "%", P,
    f=("자사주", "보유한 자사주", SE, "2026-03", "level", "optional", "share of a whole (발행주식의 4.2%) in brackets after the count: as 85만 주"))
d.Q("650원", 650, W, "원", "currency", f=("결산배당", None, SE, "FY2025", "level", "required", "주당 = rate denominator (no number); new paragraph: the story's organization"))
d.Q("450원", 450, W, "원", "currency",
    f=("결산배당", None, SE, "2024", "level", "optional", "a date right before a figure in brackets dates it only; its only date is 전년 (an optional DATE)"))
d.Q("44%", 44, "%", "%", P, f=("결산배당", None, SE, "FY2025", "change", "required", "전년(…)보다 = basis"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("배당 총액", None, SE, "FY2025", "level", "required", "period carried in the paragraph"))
d.Q("2.8%", 2.8, "%", "%", P, f=("시가배당률", None, SE, "FY2025", "level"))
d.Q("1년", 1, "year", "년", "duration", note="앞으로 1년간: 간 outside")
d.Q("300억 원", 30000000000, W, "원", "currency",
    f=("자사주", "규모의 자사주", SE, "FY2025", "level", "optional",
       "X 규모의 Y → Y; a buyback over the next year (앞으로 1년간, a duration): the paragraph's FY2025 by the letter, none by the sense: unclear"))
d.Q("12%", 12, "%", "%", P, bound="min", note="이상 → min",
    f=("자기자본이익률", None, SE, "2028", "level", "required", "a target (2028년까지); new paragraph: the story's organization"))
d.Q("8.7%", 8.7, "%", "%", P, f=("ROE", "지난해 ROE", SE, "2025", "level"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("매출", "지난해 매출", SE, "2025", "level"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", None, SE, "2025", "level"))
d.Q("38%", 38, "%", "%", P,
    f=("삼성전자向 매출 비중", None, SE, "2025", "level", "required", "the customer narrows what is measured (the counterparty is not the subject); period carried in the paragraph"))
ST = "no date in the paragraph: a present holding, or the story's period (2026~2028) by the letter: unclear"
d.Q("31.5%", 31.5, "%", "%", P, f=("지분", "지분 31.5%", "", "", "level", "optional", "a person's stake (the holder is the subject; a person: none); " + ST))
d.Q("6.1%", 6.1, "%", "%", P, f=("지분", "지분 6.1%", "국민연금공단", "", "level", "optional", "the holder is the subject; " + ST))

if __name__ == "__main__":
    write_all(docs)
