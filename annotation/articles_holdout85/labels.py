"""Gold labels of articles-holdout85, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout85/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 AI startup: series C round and valuation (연합뉴스 dateline, 2021년 in the lead)
d = Doc("001_884c3685ee8fb3fc", "2026-03-10"); docs.append(d)
S = "노바마인드"
# organizations
d.Oall(S, S, skip=(3,), special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("청람벤처스", "청람벤처스", note="invented VC, lead investor")
d.O("KDB산업은행", "KDB산업은행")
d.O("네이버", "네이버")
d.O("신한은행", "신한은행", note="the customer who placed the order")
d.O("중소벤처기업부", "중소벤처기업부", note="ministry cited as the source (에 따르면)")
d.O("노바마인드재팬", "노바마인드재팬", aliases="NMJ", note="invented subsidiary; 일본 (place) and 자회사 outside; (이하 NMJ) recorded as alias")
d.O("NMJ", "노바마인드재팬", ctx="(이하 NMJ)", st="optional", note="short name where it is defined with 이하: optional")
d.O("NMJ", "노바마인드재팬", ctx="NMJ는", note="later use of the 이하-defined short name: required")
d.O("리브라AI", "리브라AI", note="invented rival (경쟁사)")
# dates
d.D("10일", "2026-03-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("2021년", "2021", "year")
d.D("지난해", "2025", "year", ctx="노바마인드의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 142%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비 18.5%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 하반기", "2026-H2", "half", rel=True, note="올해 before a half: one mention; 까지 outside")
d.D("지난 1월", "2026-01", "month", rel=True)
d.D("내년 상반기", "2027-H1", "half", rel=True, note="까지 outside")
d.D("2027년", "2027", "year")
# quantities + facts
d.Q("800억", 80000000000, W, "", "currency", ctx="800억 시리즈C", st="optional", note="headline amount, currency implied")
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("기업가치", "기업가치 1조 원", S, "", "level", "required", "headline; the valuation is undated in the whole text: empty period"))
d.Q("800억 원", 80000000000, W, "원", "currency",
    f=("시리즈C 투자", "시리즈C 투자를", S, "", "level", "required", "규모 amount: metric is the thing whose size it is; 10일 only dates the announcement"))
d.Q("1,350억 원", 135000000000, W, "원", "currency",
    f=("누적 투자액", None, S, "2021", "level", "optional", "cumulative since 2021년 설립: a period from 2021 to now that no DATE names (open question 2)"))
d.Q("200억 원", 20000000000, W, "원", "currency",
    f=("", None, "KDB산업은행", "", "level", "required", "각각 pairs the investors with the amounts; 넣었다 has no noun: empty metric; no period set for this subject"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("", None, "네이버", "", "level", "required", "각각, second of the pair"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("기업가치", "투자 후 기업가치", S, "", "level", "required", "post-money valuation, undated"))
d.Q("4,500억 원", 450000000000, W, "원", "currency",
    f=("기업가치", "투자 후 기업가치", S, "", "level", "required", "basis in brackets: the previous round's valuation; 직전 라운드 is no DATE"))
d.Q("2.7배", 2.7, "배", "배", C,
    f=("기업가치", "투자 후 기업가치", S, "", "change", "required", "a multiple of the basis (직전 라운드) is a rate of change; 수준 is no approximator"))
d.Q("186억 원", 18600000000, W, "원", "currency", f=("매출", "지난해 매출은", S, "2025", "level"))
d.Q("142%", 142, "%", "%", P, f=("매출", "지난해 매출은", S, "2025", "change"))
d.Q("58%", 58, "%", "%", P, f=("금융권 매출", None, S, "2025", "level", "required", "이 가운데: a part of the 2025 sales; 금융권 changes what is measured"))
d.Q("94억 원", 9400000000, W, "원", "currency",
    f=("상담 AI 사업", None, "신한은행", "2025-Q4", "level", "required", "the customer's order (신한은행이 … 발주한): the orderer's figure (convention 5)"))
d.Q("2조 3,400억 원", 2340000000000, W, "원", "currency",
    f=("국내 AI 스타트업 투자액", None, "", "2025", "level", "required", "national total from the cited ministry: no subject"))
d.Q("18.5%", 18.5, "%", "%", P, f=("국내 AI 스타트업 투자액", None, "", "2025", "change"))
d.Q("412건", 412, "건", "건", C, f=("투자 건수", None, "", "2025", "level", "required", "같은 기간 → 2025"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("조달 자금", None, S, "", "level", "optional", "planned outlay, undated; carry-forward by the letter would give 2025 (open question 3)"))
d.Q("50곳", 50, "곳", "곳", C, bound="min", note="이상 → min",
    f=("현지 고객사", None, "노바마인드재팬", "2026-H2", "level", "required", "target by a deadline (까지): the DATE attached"))
d.Q("500억 원", 50000000000, W, "원", "currency", ctx="1월 500억 원", f=("유치", "유치했다.", "리브라AI", "2026-01", "level", "required", "verbal noun 유치 as the metric"))
d.Q("300만 명", 3000000, "명", "명", C, f=("월간 이용자", None, S, "2027-H1", "level", "required", "head's target for his company"))

# ---------------------------------------------------------------- 002 oil refiner: Q4 operating profit and refining margin ([머니투데이] bracket byline, no year anywhere)
d = Doc("002_7c852611521bb9b8", "2026-02-05"); docs.append(d)
S = "대양정유"
Q4, Q3 = "2025-Q4", "2025-Q3"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("대양윤활유", "대양윤활유", note="invented subsidiary (윤활유 자회사)")
d.O("SK이노베이션", "SK이노베이션", note="rival")
d.O("S-OIL", "S-OIL", note="rival")
d.O("대한석유협회", "대한석유협회", note="association cited as the source")
d.O("대양홀딩스", "대양홀딩스", note="invented parent (모회사)")
# dates
d.D("4분기", Q4, "quarter", ctx="대양정유, 4분기", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("지난해 4분기", Q4, "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("직전 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to the quarter before 지난해 4분기")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기 대비 6.2%", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기(4.1", rel=True, note="the latest Q3 on or before the document date")
d.D("지난해", "2025", "year", ctx="지난해 연간", rel=True, note="연간 outside")
d.D("전년", "2024", "year", ctx="전년보다 41%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", Q4, "quarter", ctx="4분기에 각각", rel=True)
d.D("4분기", Q4, "quarter", ctx="따르면 4분기", rel=True)
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기보다 3.5%", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="중 outside")
d.D("올해", "2026", "year", ctx="\"올해 정제마진", rel=True)
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (까지 낮추겠다): this year's end")
# quantities + facts
d.Q("2,150억", 215000000000, W, "", "currency", ctx="2,150억…", st="optional", note="headline amount, currency implied")
d.Q("2,150억 원", 215000000000, W, "원", "currency", f=("영업이익", "영업이익 2,150억", S, Q4, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("870억 원", 87000000000, W, "원", "currency",
    f=("영업손실", None, S, Q3, "level", "required", "직전 분기 (optional DATE) gives its value, the figure's own clause"))
d.Q("9조 4,300억 원", 9430000000000, W, "원", "currency",
    f=("매출", "매출은 9조", S, Q4, "level", "required", "the lead's 지난해 4분기: 직전 분기 only dated the loss of the sentence before (convention 2)"))
d.Q("6.2%", 6.2, "%", "%", P, f=("매출", "매출은 9조", S, Q4, "change"))
d.Q("8.4달러", 8.4, U, "달러", "currency",
    f=("싱가포르 복합 정제마진", None, "", Q4, "level", "optional", "market indicator: no subject; no DATE attached and none earlier for this metric, yet compared with 3분기 inside a Q4 results story (open question 4)"))
d.Q("4.1달러", 4.1, U, "달러", "currency", f=("싱가포르 복합 정제마진", None, "", Q3, "level", "required", "basis in brackets after 3분기"))
d.Q("4.3달러", 4.3, U, "달러", "currency",
    f=("싱가포르 복합 정제마진", None, "", Q4, "change", "optional", "same open period as 8.4달러 (open question 4)"))
d.Q("1,380억 원", 138000000000, W, "원", "currency",
    f=("영업이익", "250억 원의 영업이익", S, Q4, "level", "required", "사업별로는: a division (정유 부문, no ORG) of the company"))
d.Q("250억 원", 25000000000, W, "원", "currency", ctx="이 250억 원", f=("영업이익", "250억 원의 영업이익", S, Q4, "level"))
d.Q("520억 원", 52000000000, W, "원", "currency",
    f=("영업이익", "250억 원의 영업이익", "대양윤활유", Q4, "level", "required", "breakdown item: the subsidiary's own figure, the breakdown's measure and period (convention 3)"))
d.Q("3,420억 원", 342000000000, W, "원", "currency", f=("영업이익", "연간 영업이익은", S, "2025", "level", "required", "연간 qualifies the period: outside"))
d.Q("41%", 41, "%", "%", P, f=("영업이익", "연간 영업이익은", S, "2025", "change"))
d.Q("3,100억 원", 310000000000, W, "원", "currency", f=("영업이익", "2,480억 원의 영업이익", "SK이노베이션", Q4, "level", "required", "각각, first"))
d.Q("2,480억 원", 248000000000, W, "원", "currency", f=("영업이익", "2,480억 원의 영업이익", "S-OIL", Q4, "level", "required", "각각, second"))
d.Q("4사", 4, "사", "사", C, st="optional", note="a count that defines the group (정유 4사): open question 1", f=None)
d.Q("112억 달러", 11200000000, U, "달러", "currency",
    f=("석유제품 수출액", None, "", Q4, "level", "required", "industry total (four refiners, not named): no subject"))
d.Q("3.5%", 3.5, "%", "%", P, f=("석유제품 수출액", None, "", Q4, "change"))
d.Q("4천억 원", 400000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("투자", "투자한다", "대양홀딩스", "2026-H1", "level", "required", "verbal noun 투자; the parent's own outlay"))
d.Q("6~7달러", 6, U, "달러", "currency", hi=7,
    f=("정제마진", "올해 정제마진", "", "2026", "level", "required", "a range; the market's margin forecast by the CEO: no subject"))
d.Q("150%", 150, "%", "%", P, bound="max", note="이하 → max",
    f=("부채비율", None, S, "2026", "level", "required", "target by 연말 (2026, END)"))
# ---------------------------------------------------------------- 003 public housing corporation: supply plan by region (뉴시스 dateline, 2026년 in the lead)
d = Doc("003_38e11650e22e0768", "2026-01-13"); docs.append(d)
S = "한국토지주택공사"
d.O("한국토지주택공사", S, aliases="LH", note="(이하 LH): the alias is recorded, outside the span")
d.Oall("LH", S, special={0: ("required", "headline: short form of the name given in full in the lead"),
                         1: ("optional", "short name where it is defined with 이하: optional"),
                         4: ("required", "organization before a head's title (사장)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline; 세종 is a place")
d.O("국토교통부", "국토교통부")
d.O("한국주택정책연구원", "한국주택정책연구원", note="invented research institute cited as the source")
d.O("인천시", "인천시", note="city acting as a government (짓기로 했다); 경기도, 인천, 서울, 부산, 대전 of the regional breakdown are places, not labelled")
# dates
d.D("올해", "2026", "year", ctx="LH, 올해", rel=True)
d.D("2026년", "2026", "year")
d.D("13일", "2026-01-13", "day", rel=True, note="day of the announcement")
d.D("지난해", "2025", "year", ctx="지난해 실적", rel=True)
d.D("상반기", "2026-H1", "half", ctx="상반기에 착공", rel=True, note="a plan (계획): this year's first half")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("2028년", "2028", "year", note="까지 outside")
d.D("내년 말", "2027", "year", mod="END", rel=True, note="까지 outside")
# quantities + facts
H = "2026"
d.Q("10만 2천 가구", 102000, "가구", "가구", C, ctx="올해 공공주택 10만 2천 가구",
    f=("공공주택", "올해 공공주택", S, H, "level", "required", "headline: its own 올해"))
d.Q("72%", 72, "%", "%", P, ctx="수도권 72%",
    f=("수도권", "…수도권", S, H, "level", "required", "headline share naming only the part: the part is the metric (convention 7)"))
d.Q("10만 2천 가구", 102000, "가구", "가구", C, ctx="2026년 공공주택 10만 2천 가구", f=("공공주택", "2026년 공공주택", S, H, "level"))
d.Q("8만 4천 가구", 84000, "가구", "가구", C, f=("실적", "지난해 실적", S, "2025", "level", "required", "basis in brackets after 지난해 실적"))
d.Q("21.4%", 21.4, "%", "%", P, f=("물량", "많은 물량", S, H, "change", "required", "comparison: the current period (2026)"))
for q, v in (("5만 1천 가구", 51000), ("1만 2,600가구", 12600), ("9,800가구", 9800)):
    d.Q(q, v, "가구", "가구", C, f=("공공주택", "2026년 공공주택", S, H, "level", "required",
                                   "지역별로는: breakdown item naming a place only: the breakdown's measure (convention 3); 각각 pairs 인천/서울"))
d.Q("7만 3,400가구", 73400, "가구", "가구", C, f=("수도권 물량", None, S, H, "level"))
d.Q("72%", 72, "%", "%", P, ctx="전체의 72%", f=("수도권 물량", None, S, H, "level", "required", "전체의 N%를 차지: the part named before it"))
d.Q("6,200가구", 6200, "가구", "가구", C, f=("배정", "배정됐다", S, H, "level", "required", "the item's own verbal noun (배정됐다)"))
d.Q("4,100가구", 4100, "가구", "가구", C, f=("배정", "배정됐다", S, H, "level", "required", "the item's own verbal noun (배정됐다)"))
for q, v in (("4만 1천 가구", 41000), ("3만 8천 가구", 38000), ("2만 3천 가구", 23000)):
    d.Q(q, v, "가구", "가구", C, f=("공공주택", "2026년 공공주택", S, H, "level", "required", "유형별로는: breakdown item (convention 3)"))
d.Q("45%", 45, "%", "%", P, bound="min", note="이상 → min", f=("전체 물량", None, S, "2026-H1", "level", "required", "its clause's 상반기"))
d.Q("21조 원", 21000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("사업비", None, S, H, "level", "required", "the lead's 2026년: 상반기 dated only the clause before (convention 2)"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency",
    f=("지원", "지원한다", "국토교통부", H, "level", "required", "이 가운데: a part of the 2026 사업비, the ministry's own support (convention 3)"))
d.Q("512만 가구", 5120000, "가구", "가구", C, approx=True, note="약 → approx",
    f=("수도권 무주택 가구", None, "", "2025", "level", "required", "statistic from a cited institute: no subject; as of 지난해 말"))
d.Q("500만 가구", 5000000, "가구", "가구", C, f=("수도권 무주택 가구", None, "", "2024", "level", "required", "basis in brackets after 전년 말"))
d.Q("2.3%", 2.3, "%", "%", P, f=("수도권 무주택 가구", None, "", "2025", "change"))
d.Q("3,000가구", 3000, "가구", "가구", C,
    f=("청년주택", None, "인천시;" + S, "2028", "level", "required", "인천시는 LH와 함께: both named; deadline 2028년까지"))
d.Q("5%", 5, "%", "%", P, ctx="폭은 5%", bound="max", note="이내 → max",
    f=("분양가 인상 폭", None, S, H, "level", "optional", "a cap in a quote with no date: the story's 2026 or none (open question 5)"))
# ---------------------------------------------------------------- 004 mart chain: paid membership and online sales (press release, 2025년 in the lead)
d = Doc("004_b349b6272a035438", "2026-02-09"); docs.append(d)
S, MALL = "다온마트", "다온몰"
d.Oall(S, S, special={0: ("required", "headline topic"),
                      1: ("required", "release header: the company; 커뮤니케이션팀 (its PR team) outside the span (convention 10)"),
                      4: ("required", "contact line: the company; 커뮤니케이션팀 outside")})
d.O("다온클럽", "다온클럽", st="optional", note="paid-membership program run by the company: may be a product or a unit (ORG optional); quotes outside")
d.O(MALL, MALL, note="online mall run as a platform (온라인몰 다온몰)")
d.O("한국체인스토어협회", "한국체인스토어협회", note="association cited as the source")
d.O("이마트", "이마트", note="rival")
d.O("롯데마트", "롯데마트", note="rival")
d.O("수원시", "수원시", note="city acting as a government (partner); 영통구 here is a place")
d.O("다온홀딩스", "다온홀딩스", note="invented parent (모회사)")
# dates
d.D("2025년", "2025", "year")
d.D("9일", "2026-02-09", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", ctx="전년보다 4.2", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해", "2025", "year", ctx="지난해 매출", rel=True)
d.D("전년", "2024", "year", ctx="전년(8,800", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("전년", "2024", "year", ctx="전년보다 1.8%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("오는 4월", "2026-04", "month", rel=True, note="future: the next April")
d.D("올해", "2026", "year", rel=True)
# quantities + facts
Y = "2025"
d.Q("123만 명", 1230000, "명", "명", C, ctx="멤버십 123만 명…",
    f=("유료 멤버십", "유료 멤버십 123만", S, "", "level", "optional", "headline without a DATE of its own: empty by FACTS' search order, 2025 by the lead (open question 6)"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="돌파 → gt",
    f=("온라인몰 매출", None, MALL, "", "level", "optional", "headline without a DATE (open question 6)"))
d.Q("123만 명", 1230000, "명", "명", C, ctx="수가 123만 명", f=("회원 수", "회원 수가", S, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: an amount of time (duration), no fact")
d.Q("38만 명", 380000, "명", "명", C, f=("회원 수", "회원 수가", S, Y, "change", "required", "increase over 1년 새: the 회원 수 of the sentence before"))
d.Q("67.5%", 67.5, "%", "%", P, f=("회원 재구매율", None, S, Y, "level"))
d.Q("4.2%포인트", 4.2, PP, "%포인트", P, f=("회원 재구매율", None, S, Y, "change"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("매출", "지난해 매출은", MALL, Y, "level", "required", "다온몰의 매출: the platform's own figure"))
d.Q("8,800억 원", 880000000000, W, "원", "currency", f=("매출", "지난해 매출은", MALL, "2024", "level", "required", "basis in brackets after 전년 (convention 4)"))
d.Q("27.3%", 27.3, "%", "%", P, f=("매출", "지난해 매출은", MALL, Y, "change"))
d.Q("4,100억 원", 410000000000, W, "원", "currency",
    f=("매출", "지난해 매출은", MALL, Y, "level", "required", "이 가운데: item naming a product group only: the breakdown's measure (convention 3)"))
d.Q("37%", 37, "%", "%", P, f=("신선식품", None, MALL, Y, "level", "required", "N%를 차지했다: the share of the part named as the clause's subject (convention 3)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate word (ANNOTATION: rate denominators optional)")
d.Q("5만 2천 건", 52000, "건", "건", C, f=("새벽배송 주문", None, MALL, Y, "level", "required", "the paragraph's platform and period carried"))
d.Q("6조 8,500억 원", 6850000000000, W, "원", "currency",
    f=("전체 매출", None, S, Y, "level", "required", "오프라인을 포함한 전체 매출: the company's total, not the platform's"))
d.Q("3.1%", 3.1, "%", "%", P, f=("전체 매출", None, S, Y, "change"))
d.Q("134개", 134, "개", "개", C, f=("점포 수", None, S, Y, "level", "required", "as of 지난해 말 (2025, END)"))
d.Q("1.8%", 1.8, "%", "%", P, f=("대형마트 업계 매출", None, "", Y, "change", "required", "industry figure from the cited association: no subject; 같은 기간 → 2025"))
d.Q("300만 명", 3000000, "명", "명", C, approx=True, note="약 → approx",
    f=("유료 회원", None, "이마트", "", "level", "required", "각각, first; an estimate with no date and no period set for this subject"))
d.Q("90만 명", 900000, "명", "명", C, approx=True, note="안팎 → approx", f=("유료 회원", None, "롯데마트", "", "level", "required", "각각, second"))
d.Q("15번째", 15, "번째", "번째", "ordinal", note="ordinal: no fact")
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("증자", "증자한다", "다온홀딩스", "", "level", "optional", "이를 위해 ties it to the April opening; no DATE of its own, none set for the parent (open question 7)"))
d.Q("150만 명", 1500000, "명", "명", C, f=("회원", "올해 회원", S, "2026", "level", "required", "the head speaks for his company"))
d.Q("1조 5천억 원", 1500000000000, W, "원", "currency",
    f=("온라인 매출", None, S, "2026", "level", "required", "the head speaks for the company (다온마트), not for its platform (convention 11)"))
# ---------------------------------------------------------------- 005 medical-device exporter: results by region (regional daily, 입력 stamp; the year only in the stamp)
d = Doc("005_6ed6717c5f747f28", "2026-02-24"); docs.append(d)
S = "메디웨이브"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("메디웨이브USA", "메디웨이브USA", note="invented US sales subsidiary (미국 판매법인); 미국 is a place")
d.O("사우지메드", "사우지메드", note="invented customer (브라질 유통사); 브라질 is a place")
d.O("한국의료기기산업협회", "한국의료기기산업협회", note="association cited as the source")
d.O("세원메디칼", "세원메디칼", note="invented rival")
d.O("원주시", "원주시", note="city acting as a government (its budget); 원주 in the byline and 원주의 are places")
# dates
d.D("지난해", "2025", "year", ctx="메디웨이브, 지난해", rel=True, note="headline")
d.D("2026.02.24", "2026-02-24", "day", note="the 입력 stamp: a calendar date; its clock time 09:47 not labelled")
d.D("지난해", "2025", "year", ctx="메디웨이브가 지난해", rel=True)
d.D("23일", "2026-02-23", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년", "2024", "year", ctx="전년 대비 14.8%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("전년", "2024", "year", ctx="전년보다 32%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date; 에만 outside")
d.D("지난달", "2026-01", "month", rel=True)
d.D("2분기", "2026-Q2", "quarter", rel=True, note="future clause (인도된다): the next Q2")
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 9%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("지난해", "2025", "year", ctx="세원메디칼도 지난해", rel=True)
d.D("올해", "2026", "year", ctx="올해 의료기기", rel=True)
d.D("올해", "2026", "year", ctx="올해 수출", rel=True)
d.D("하반기", "2026-H2", "half", rel=True, note="future (착공하겠다): this year's second half")
# quantities + facts
Y = "2025"
d.Q("1,840억", 184000000000, W, "", "currency", ctx="수출 1,840억…", st="optional", note="headline amount, currency implied")
d.Q("32%", 32, "%", "%", P, ctx="중동 32%",
    f=("수출", "지난해 수출 1,840억", S, Y, "change", "required", "headline: the region names a part only; the headline's measure 수출 and its 지난해 (convention 7)"))
d.Q("25%", 25, "%", "%", P, ctx="중남미 25%", f=("수출", "지난해 수출 1,840억", S, Y, "change", "required", "headline, as 32%"))
d.Q("2,130억 원", 213000000000, W, "원", "currency", f=("매출", "지난해 매출", S, Y, "level"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, S, Y, "level"))
d.Q("14.8%", 14.8, "%", "%", P, f=("매출", "매출은 전년", S, Y, "change"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("수출", "수출이 1,840억", S, Y, "level", "required", "이 가운데: a part of sales with its own measure noun"))
d.Q("86%", 86, "%", "%", P, f=("수출", "수출이 1,840억", S, Y, "level", "required", "N%를 차지했다: the share of the part named as the clause's subject"))
for q, v in (("620억 원", 62000000000), ("480억 원", 48000000000), ("390억 원", 39000000000)):
    d.Q(q, v, W, "원", "currency", f=("수출", "수출이 1,840억", S, Y, "level", "required", "지역별로는: item naming a region only: the breakdown's measure (convention 3)"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("중동과 중남미 수출", None, S, Y, "level", "required", "각각, first"))
d.Q("140억 원", 14000000000, W, "원", "currency", f=("중동과 중남미 수출", None, S, Y, "level", "required", "각각, second"))
d.Q("32%", 32, "%", "%", P, ctx="전년보다 32%", f=("중동과 중남미 수출", None, S, Y, "change"))
d.Q("25%", 25, "%", "%", P, ctx="32%, 25%", f=("중동과 중남미 수출", None, S, Y, "change"))
d.Q("1,200대", 1200, "대", "대", C, f=("초음파기", None, "메디웨이브USA", "2025-Q4", "level", "required", "counted noun; the subsidiary's own shipments"))
d.Q("3,000대", 3000, "대", "대", C,
    f=("휴대형 제품", None, "사우지메드", "2026-01", "level", "required", "the customer's order (사우지메드가 지난달 발주한): the orderer's figure and the order's date (convention 5)"))
d.Q("95억 원", 9500000000, W, "원", "currency", approx=True, note="약 → approx; the value of the units, not a conversion of them (no equivalent_of)",
    f=("휴대형 제품", None, "사우지메드", "2026-01", "level", "required", "value of the order in brackets, as 3,000대"))
d.Q("68억 달러", 6800000000, U, "달러", "currency", approx=True, note="약 → approx",
    f=("국내 의료기기 수출액", None, "", Y, "level", "required", "national total from the cited association: no subject"))
d.Q("9%", 9, "%", "%", P, f=("국내 의료기기 수출액", None, "", Y, "change"))
d.Q("11%", 11, "%", "%", P, f=("수출", "지난해 수출이 11%", "세원메디칼", Y, "change", "required", "the rival's own, with its own 지난해"))
d.Q("85억 원", 8500000000, W, "원", "currency", f=("의료기기 기업 지원 예산", None, "원주시", "2026", "level", "required", "the city's budget"))
d.Q("2,000억 원", 200000000000, W, "원", "currency", bound="gt", note="넘기고 → gt",
    f=("수출", "올해 수출", S, "2026", "level", "required", "head's target for his company"))
# ---------------------------------------------------------------- 006 football club: attendance and sponsorship income (뉴스1 dateline, 2025년 in the lead)
d = Doc("006_1bfcf407cdcccf6e", "2026-01-08"); docs.append(d)
S = "평택시티FC"
d.Oall(S, S, special={0: ("required", "headline topic (a sports club)"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; 평택 is a place")
d.O("K리그2", "K리그2", st="optional", note="a league: a competition (event) or the organization running it? (open question 8)")
d.O("청운건설", "청운건설", note="invented main sponsor")
d.O("하나은행", "하나은행")
d.O("평택시", "평택시", ctx="구단주인 평택시는", note="city acting as a government (owner, its subsidy)")
d.O("한국프로축구연맹", "한국프로축구연맹", note="league body cited as the source")
d.O("K리그1·2", "K리그1·2", st="optional", note="the two leagues written as one name (open question 8)")
d.O("안성유나이티드", "안성유나이티드", note="invented rival club")
d.O("오산FC", "오산FC", note="invented rival club")
# dates
d.D("지난해", "2025", "year", ctx="평택시티FC, 지난해", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("8일", "2026-01-08", "day", rel=True, note="day of the announcement")
d.D("전년", "2024", "year", ctx="전년보다 23.5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("전년", "2024", "year", ctx="전년(3,100장)", rel=True, st="optional", anchor="2025-01-01", note="points back (the story year 2025)")
d.D("올해", "2026", "year", rel=True)
d.D("전년", "2025", "year", ctx="전년보다 10억", rel=True, st="optional", anchor="2026-01-01", note="points back to 올해")
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("올 시즌", "2026", "year", rel=True, st="optional", note="올 + 시즌: a season is no calendar unit in the guideline; the K league season is the calendar year (open question 9)")
# quantities + facts
Y = "2025"
d.Q("31만 명", 310000, "명", "명", C, f=("관중", "지난해 관중", S, Y, "level", "required", "headline with its own 지난해"))
d.Q("100억 원", 10000000000, W, "원", "currency", ctx="첫 100억 원", bound="gt", note="돌파 → gt",
    f=("후원 수입", "…후원 수입", S, Y, "level", "required", "headline: its 지난해 carries across … (convention 7)"))
d.Q("19경기", 19, "경기", "경기", C,
    f=("", None, S, Y, "level", "required", "홈 19경기: the counter is the only noun (경기): empty metric"))
d.Q("31만 2,400명", 312400, "명", "명", C, f=("관중", "관중 31만 2,400", S, Y, "level"))
d.Q("1만 6,442명", 16442, "명", "명", C, f=("경기당 평균 관중", None, S, Y, "level", "required", "경기당 is a rate word without a number: in the metric"))
d.Q("23.5%", 23.5, "%", "%", P, f=("경기당 평균 관중", None, S, Y, "change"))
d.Q("14개", 14, "개", "개", C, st="optional", note="a count that defines the group (리그 14개 구단 가운데): open question 1", f=None)
d.Q("2위", 2, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("104억 원", 10400000000, W, "원", "currency", f=("후원 수입", "후원 수입은", S, Y, "level", "required", "the story's subject and 2025 carried"))
d.Q("100억 원", 10000000000, W, "원", "currency", ctx="처음 100억 원", bound="gt", note="넘었다 → gt",
    f=("후원 수입", "후원 수입은", S, Y, "level", "required", "a threshold passed: its own fact"))
d.Q("35억 원", 3500000000, W, "원", "currency",
    f=("후원 수입", "후원 수입은", "청운건설", Y, "level", "required", "이 가운데: the sponsor's own payment (냈다), as FACTS' donating foundations; the breakdown's measure and period (convention 3)"))
d.Q("8곳", 8, "곳", "곳", C, st="optional", note="a count that defines the group of payers (지역 기업 8곳): open question 1", f=None)
d.Q("21억 원", 2100000000, W, "원", "currency",
    f=("후원 수입", "후원 수입은", "", Y, "level", "required", "하나은행 with eight unnamed firms taken together: not all named, no subject"))
d.Q("4,800장", 4800, "장", "장", C, f=("시즌권", None, S, Y, "level"))
d.Q("3,100장", 3100, "장", "장", C, f=("시즌권", None, S, "2024", "level", "required", "basis in brackets after 전년 (convention 4)"))
d.Q("55%", 55, "%", "%", P, f=("시즌권", None, S, Y, "change"))
d.Q("10억 원", 1000000000, W, "원", "currency", ctx="전년보다 10억 원",
    f=("지원금", None, "평택시", "2026", "change", "required", "줄인: a change; the value keeps no sign that is not written"))
d.Q("60억 원", 6000000000, W, "원", "currency", f=("지원금", None, "평택시", "2026", "level"))
d.Q("345만 명", 3450000, "명", "명", C, approx=True, note="약 → approx",
    f=("전체 관중", None, "", Y, "level", "optional", "the leagues' total: its only candidate subject is an optional ORG (K리그1·2), so the fact is optional (FACTS)"))
d.Q("8,200명", 8200, "명", "명", C,
    f=("평균", "평균 8,200", "안성유나이티드", "", "level", "required", "각각, first; no DATE and no period set for this subject: empty (convention 1)"))
d.Q("1만 1,300명", 11300, "명", "명", C, f=("평균", "평균 8,200", "오산FC", "", "level", "required", "각각, second"))
d.Q("2만 명", 20000, "명", "명", C, f=("평균 관중", "시즌 평균 관중", S, "2026", "level", "required", "head's target for 올 시즌 (2026)"))
d.Q("1부", 1, "부", "부", "ordinal", st="optional", note="1부 승격: the first division, an ordinal or part of a name (open question 1)", f=None)

if __name__ == "__main__":
    write_all(docs)
