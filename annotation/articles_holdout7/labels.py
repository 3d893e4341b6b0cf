"""Gold labels of articles-holdout7, written by reading the texts against docs/annotation.md and docs/facts.md
(with their Project decisions, and the lead's settled reading of breakdowns given in the brief).
Run: python annotation/articles_holdout7/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 securities firm quarterly (입력 stamp + outlet byline)
d = Doc("001_421de971d8584547", "2025-11-06"); docs.append(d)
K = "키움증권"
d.Oall(K, K)
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O("한국거래소", "한국거래소")
d.O("키움인베스트먼트", "키움인베스트먼트", note="named subsidiary")
d.Oall("택스노트", "택스노트", special={0: ("required", "invented startup introduced by 스타트업")})
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="키움증권, 3분기", rel=True)
d.D("2025.11.06", "2025-11-06", "day", st="optional", note="publication stamp")
d.D("3분기", Q3, "quarter", ctx="키움증권은 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("3분기", Q3, "quarter", ctx="따르면 3분기", rel=True)
d.D("2분기", "2025-Q2", "quarter", rel=True, note="latest Q2 on or before the document date (the basis of 15%)")
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months without a year: the document's year")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.Q("2,310억", 231000000000, W, "", "currency", ctx="2,310억…", st="optional", note="headline amount, currency implied",
    f=("순이익", None, K, Q3, "level"))
d.Q("27%", 27, "%", "%", P, ctx="수수료 27% 증가", f=("위탁매매 수수료", None, K, Q3, "change", "required", "headline topic with a comma; 증가"))
d.Q("3,050억 원", 305000000000, W, "원", "currency", f=("영업이익", None, K, Q3, "level", "required", "연결 기준 outside"))
d.Q("24.6%", 24.6, "%", "%", P, f=("영업이익", None, K, Q3, "change"))
SP = "같은 기간 (optional) and the lead's period both give 2025-Q3"
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("순이익", "순이익은 2,310억", K, Q3, "level", "required", SP))
d.Q("21.3%", 21.3, "%", "%", P, f=("순이익", "순이익은 2,310억", K, Q3, "change", "required", SP))
NP = "new paragraph: the story's organization and the lead's period"
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("위탁매매 수수료 수익", None, K, Q3, "level", "required", NP))
d.Q("27%", 27, "%", "%", P, ctx="27% 늘었다", f=("위탁매매 수수료 수익", None, K, Q3, "change"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("해외주식 수수료", None, K, Q3, "level"))
d.Q("18%", 18, "%", "%", P, f=("해외주식 수수료", None, K, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("IB 수익", None, K, Q3, "level"))
d.Q("890억 원", 89000000000, W, "원", "currency", f=("자기매매 손익", None, K, Q3, "level"))
d.Q("21조 4천억 원", 21400000000000, W, "원", "currency",
    f=("국내 증시 일평균 거래대금", None, "", Q3, "level", "required", "a market's figure; 한국거래소 is the source (따르면)"))
d.Q("15%", 15, "%", "%", P, f=("국내 증시 일평균 거래대금", None, "", Q3, "change", "required", "2분기보다 = basis"))
d.Q("29.8%", 29.8, "%", "%", P, f=("개인 거래 점유율", None, K, Q3, "level", "required", "genitive owner; paragraph's 3분기"))
d.Q("0.7%포인트", 0.7, PP, "%포인트", P, f=("개인 거래 점유율", None, K, Q3, "change"))
R = "2025-01/2025-09"
d.Q("6,780억 원", 678000000000, W, "원", "currency",
    f=("누적 순이익", None, K, R, "level", "required", "new paragraph: story's organization; 1~9월 range"))
d.Q("17.2%", 17.2, "%", "%", P,
    f=("자기자본이익률", None, K, R, "level", "required", "alias (ROE) outside; 연환산 = basis; period carried in the paragraph"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True, note="어치 outside the span, sets approx",
    f=("자사주", "자사주 300억", K, "2025", "level", "required",
       "회사는 = 키움증권; the noun the amount is of (자사주 …어치), before the verb 매입해; 연말까지 (END)"))
d.Q("40억 원", 4000000000, W, "원", "currency", ctx="택스노트에 40억 원",
    f=("투자", "투자했다", K, "", "level", "optional",
       "made through the subsidiary (키움인베스트먼트를 통해서는): subject 키움증권 (carried) or the subsidiary, and period "
       "(the paragraph's 연말 is a plan, the investment is past) unclear (README question 1)"))
d.Q("12만 곳", 120000, "곳", "곳", C,
    f=("누적 가입 사업자", None, "택스노트", "", "level", "optional",
       "a present count of the startup: period carried (연말, 2025) or none is unclear (as holdout6's 직원 27명)"))

# ---------------------------------------------------------------- 002 shipping line quarterly (Yonhap dateline, no year anywhere)
d = Doc("002_20dc72e80504f646", "2025-11-13"); docs.append(d)
H = "HMM"
d.Oall(H, H)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("MSC", "MSC", note="a shipping line: 선사 before it")
d.O("머스크", "머스크", note="the shipping line (Maersk), a peer of MSC in a list of 선복량; not the person")
d.O("알파라이너", "알파라이너", note="analysis firm introduced by 해운분석기관; the source (…고 전했다)")
d.O("한울쉽매니지먼트", "한울쉽매니지먼트", note="invented ship manager introduced by 선박관리업체")
d.D("3분기", Q3, "quarter", ctx="HMM, 3분기", rel=True)
d.D("3분기", Q3, "quarter", ctx="HMM은 3분기", rel=True)
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True)
d.D("연초", "2025", "year", mod="START", rel=True, note="basis of 41% (연초보다)")
d.D("3분기", Q3, "quarter", ctx="HMM의 3분기", rel=True)
d.D("1년 전", "2024", "year", rel=True, note="offset of a year from the document date; basis of 28%")
d.D("3분기", Q3, "quarter", ctx="3분기 수송량", rel=True)
d.D("현재", "2025-11-13", "day", rel=True, st="optional", note="현재 takes the document date")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.Q("8,420억 원", 842000000000, W, "원", "currency", ctx="영업이익 8,420억 원…", f=("영업이익", None, H, Q3, "level", "required", "headline topic with a comma"))
d.Q("36%", 36, "%", "%", P, f=("영업이익", None, H, Q3, "change"))
d.Q("2조 9,870억 원", 2987000000000, W, "원", "currency", f=("매출", None, H, Q3, "level"))
d.Q("8,420억 원", 842000000000, W, "원", "currency", ctx="영업이익 8,420억 원을", f=("영업이익", "영업이익 8,420억 원을", H, Q3, "level"))
d.Q("36.2%", 36.2, "%", "%", P, f=("영업이익", "영업이익은 전년", H, Q3, "change"))
d.Q("41%", 41, "%", "%", P,
    f=("상하이컨테이너운임지수", None, "", "2025-09", "change", "required",
       "an index of the market: empty subject; alias (SCFI) outside; 9월 말 (END); 연초보다 = basis; the index value 1,420 has no unit (no quantity)"))
d.Q("1,380달러", 1380, U, "달러", "currency", f=("평균 운임", None, H, Q3, "level", "required", "TEU당 = rate (no number)"))
d.Q("28%", 28, "%", "%", P, f=("평균 운임", None, H, Q3, "change", "required", "1년 전보다 = basis"))
TEU = "TEU"
d.Q("98만 TEU", 980000, TEU, TEU, C, f=("수송량", None, H, Q3, "level", "required", "new paragraph: story's organization"))
d.Q("7.4%", 7.4, "%", "%", P, f=("수송량", None, H, Q3, "change"))
BD = "breakdown (노선별로는): each item keeps the metric of the figure broken down (settled reading); a route is no subject"
d.Q("38만 TEU", 380000, TEU, TEU, C, f=("수송량", None, H, Q3, "level", "required", BD))
d.Q("22만 TEU", 220000, TEU, TEU, C, f=("수송량", None, H, Q3, "level", "required", BD))
d.Q("19만 TEU", 190000, TEU, TEU, C, f=("수송량", None, H, Q3, "level", "required", BD))
d.Q("5년", 5, "year", "년", "duration", note="향후 5년간: 간 outside; a duration (no fact)")
d.Q("23조 5천억 원", 23500000000000, W, "원", "currency",
    f=("", None, H, "", "level", "optional",
       "들여 (들이다) is no listed spend verb and no verbal noun: metric empty or 선대 unclear; no date (향후 5년간 is a duration)"))
d.Q("155만 TEU", 1550000, TEU, TEU, C,
    f=("선대", None, H, "", "level", "required", "the object right before a figure that sets it (…규모로 키울); no date: empty period"))
d.Q("92만 TEU", 920000, TEU, TEU, C,
    f=("선복량", "현재 선복량", H, "2025-11-13", "level", "optional", "its only date is the optional 현재"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank")
d.Q("670만 TEU", 6700000, TEU, TEU, C,
    f=("선복량", "MSC의 선복량", "MSC", Q3, "level", "required", "알파라이너 is the source; " + "같은 기간 (optional) and the lead's period both give 2025-Q3"))
d.Q("450만 TEU", 4500000, TEU, TEU, C,
    f=("선복량", "MSC의 선복량", "머스크", Q3, "level", "required", "a clause with a topic of its own after a genitive owner: the topic's"))
d.Q("120명", 120, "명", "명", C,
    f=("선원", None, "한울쉽매니지먼트", "", "level", "optional",
       "HMM과 협약을 맺고: whether the partner of the agreement joins the subject (not 함께/손잡고) is unclear; 매년 is a frequency (no date)"))

# ---------------------------------------------------------------- 003 cosmetics maker quarterly (뉴시스 dateline, no year anywhere)
d = Doc("003_4204bfe7fe45121f", "2025-08-06"); docs.append(d)
A = "아모레퍼시픽"
d.Oall(A, A)
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall("코스알엑스", "코스알엑스")
d.O("아마존", "아마존", note="a business run as a platform, where the products sell")
d.O("바이오그린켐", "바이오그린켐", note="invented supplier introduced by 원료 공급사인; topic of a sales figure")
Q2 = "2025-Q2"
d.D("2분기", Q2, "quarter", ctx="아모레퍼시픽은 2분기", rel=True)
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor="2025-04-01", note="points back")
d.D("6일", "2025-08-06", "day", rel=True, note="day of the report (밝혔다)")
d.D("1년 전", "2024", "year", rel=True, note="offset of a year (1년 전의 2배)")
d.D("지난해", "2024", "year", ctx="지난해 인수한", rel=True)
d.D("2분기", Q2, "quarter", ctx="코스알엑스의 2분기", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (계획): this year's second half")
d.D("연내", "2025", "year", rel=True,
    note="'within this year' (연 + 내): read as the document's year like 올해; not listed in the guideline (README question 4)")
d.D("지난해", "2024", "year", ctx="지난해 전체", rel=True)
d.Q("2배", 2, "배", "배", C, ctx="미주는 2배",
    f=("", None, A, Q2, "change", "optional",
       "headline: a category topic (미주) with a multiple and 성장; no measure noun, and the breakdown line needs a figure before"))
d.Q("1조 50억 원", 1005000000000, W, "원", "currency", f=("매출", None, A, Q2, "level", "required", "연결 = basis, outside"))
d.Q("11.1%", 11.1, "%", "%", P, f=("매출", None, A, Q2, "change"))
d.Q("730억 원", 73000000000, W, "원", "currency", f=("영업이익", None, A, Q2, "level", "required", "흑자 전환 = a turn, not a change figure"))
NP = "new paragraph: the story's organization and the lead's period"
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("면세 매출", None, A, Q2, "level", "required", NP))
d.Q("48%", 48, "%", "%", P, f=("면세 매출", None, A, Q2, "change"))
d.Q("1,390억 원", 139000000000, W, "원", "currency", f=("중국 법인 매출", None, A, Q2, "level", "required", "a measure marked 도 is its own"))
d.Q("12%", 12, "%", "%", P, f=("중국 법인 매출", None, A, Q2, "change"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 사이", note="1년 사이: a duration (no fact)")
d.Q("140곳", 140, "곳", "곳", C,
    f=("중국 내 매장 수", None, A, "", "level", "optional", "the old level (…에서), a year before: its period is not written"))
d.Q("96곳", 96, "곳", "곳", C, f=("중국 내 매장 수", None, A, Q2, "level", "required", "…으로 줄었다 states the new level"))
d.Q("1,530억 원", 153000000000, W, "원", "currency", f=("미주 매출", None, A, Q2, "level"))
d.Q("2배", 2, "배", "배", C, ctx="2배를 넘었다", bound="gt", note="넘었다 gives gt",
    f=("미주 매출", None, A, Q2, "level", "optional",
       "a multiple of the year before's value (1년 전의 2배) with no change word: a comparison of two things (no metric) or a change of 미주 매출 is unclear"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank")
d.Q("1,210억 원", 121000000000, W, "원", "currency", f=("매출", "코스알엑스의 2분기 매출", "코스알엑스", Q2, "level", "required", "genitive owner"))
d.Q("24.5%", 24.5, "%", "%", P, f=("영업이익률", None, "코스알엑스", Q2, "level"))
JP = ("일본 법인 매출도: the subject carried in the paragraph is 코스알엑스 (the sentence before), while a reader takes the Japanese "
      "subsidiary as 아모레퍼시픽's (README question 2)")
d.Q("410억 원", 41000000000, W, "원", "currency", f=("일본 법인 매출", None, A, Q2, "level", "optional", JP))
d.Q("9.4%", 9.4, "%", "%", P, f=("일본 법인 매출", None, A, Q2, "change", "optional", JP))
d.Q("320억 원", 32000000000, W, "원", "currency",
    f=("유럽 시장", None, A, "2025-H2", "level", "required", "spent on: X에 N원을 투입 → X; 회사는 = 아모레퍼시픽"))
d.Q("70곳", 70, "곳", "곳", C, f=("영국 매장", None, A, "2025", "level", "required", "count by 곳: the noun right before; 연내"))
d.Q("3년", 3, "year", "년", "duration", bound="max", note="3년 안에: 안에 read like 내 (bound max); a duration")
d.Q("40%", 40, "%", "%", P, bound="max", note="까지 gives bound max",
    f=("북미와 유럽 비중", None, A, "", "level", "required",
       "plans: …는 게 회사 측 목표다 → 아모레퍼시픽; …까지 끌어올리겠다 states the new level; 3년 안에 is a duration: no period"))
d.Q("31%", 31, "%", "%", P,
    f=("전체 매출", None, "바이오그린켐", "2024", "level", "required",
       "a share of a whole with no part named by a measure: the whole; topic 바이오그린켐; the customer 아모레퍼시픽 is not the subject"))

# ---------------------------------------------------------------- 004 food franchise (입력 stamp + outlet byline)
d = Doc("004_fcd1fbe4c7d582ed", "2026-03-18"); docs.append(d)
KC, KF = "교촌치킨", "교촌에프앤비"
BRAND = "the chain run by 교촌에프앤비 (a business written as what 운영하는 modifies), owner of the franchise figures"
d.Oall(KC, KC, special={0: ("required", BRAND)})
d.Oall(KF, KF)
d.O("교촌", KC, ctx="교촌을", note="short form of 교촌치킨 (the chain whose store count is compared)")
d.O("매일경제", "매일경제", note="outlet in the byline")
d.O("공정거래위원회", "공정거래위원회")
d.O("bhc", "bhc", note="peer chain, owner of a 가맹점 figure")
d.O("BBQ", "BBQ", note="peer chain in the list (BBQ는 2,100곳)")
d.O("비에이치앤바이오", "비에이치앤바이오", note="invented subsidiary introduced by 자회사")
Y = "2025"
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="교촌치킨의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("18일", "2026-03-18", "day", rel=True, note="dates the citation of the disclosure, not a period")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", "2026", "year", rel=True)
d.Q("7억 원", 700000000, W, "원", "currency", bound="gt", note="넘었다 gives gt",
    f=("가맹점 평균 매출", None, KC, Y, "level", "required", "headline: the lead's 지난해"))
d.Q("7억 1,200만 원", 712000000, W, "원", "currency",
    f=("가맹점 연평균 매출", None, KC, Y, "level", "required", "genitive owner 교촌치킨 (교촌에프앤비 is the subject of the relative clause on it)"))
d.Q("5.3%", 5.3, "%", "%", P, f=("가맹점 연평균 매출", None, KC, Y, "change", "required", "a rate with no metric: the figure before in its sentence"))
d.Q("3억 2천만 원", 320000000, W, "원", "currency",
    f=("업계 평균", None, "", Y, "level", "required", "a figure alone in brackets after a noun is that noun's; an industry's: no subject"))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="웃돈다 ('exceeds') read as gt",
    f=("", None, KC, Y, "level", "optional", "a multiple comparing two things (no metric); subject unclear"))
d.Q("1,372곳", 1372, "곳", "곳", C,
    f=("가맹점", "교촌치킨 가맹점은", KC, Y, "level", "required", "공정거래위원회's disclosure is the source; 지난해 말 (END)"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration")
d.Q("25곳", 25, "곳", "곳", C, f=("가맹점", "교촌치킨 가맹점은", KC, Y, "change"))
SP = "같은 기간 (optional) and the paragraph's period both give 2025"
d.Q("2,210곳", 2210, "곳", "곳", C, f=("가맹점", "bhc 가맹점은", "bhc", Y, "level", "required", SP))
d.Q("2,100곳", 2100, "곳", "곳", C,
    f=("가맹점", "bhc 가맹점은", "BBQ", Y, "level", "required", "no metric of its own in a list: the last figure's of the same unit; " + SP))
d.Q("0.4%", 0.4, "%", "%", P, f=("폐점률", None, KC, Y, "level", "required", "new paragraph: the lead's organization (교촌치킨의 … 매출이) and period"))
d.Q("2년째", 2, "년", "년", "ordinal", note="docs/annotation.md QUANTITY: `N년째` is an ordinal like `12회째`, 째 in the span (session 24)")
d.Q("1%", 1, "%", "%", P, ctx="1% 미만", bound="lt", f=("폐점률", None, KC, Y, "level", "required", "미만 gives lt"))
d.Q("1억 2,400만 원", 124000000, W, "원", "currency", f=("신규 출점 비용", None, KC, Y, "level", "required", "점포당 = rate (no number)"))
d.Q("4,810억 원", 481000000000, W, "원", "currency", f=("매출", "연결 매출", KF, Y, "level", "required", "연결 = basis, outside; lead's period"))
d.Q("250억 원", 25000000000, W, "원", "currency", f=("영업이익", None, KF, Y, "level"))
d.Q("7.2%", 7.2, "%", "%", P, f=("매출", "연결 매출", KF, Y, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("13.6%", 13.6, "%", "%", P, f=("영업이익", None, KF, Y, "change"))
d.Q("7개국", 7, "개국", "개국", C, f=("", None, KF, Y, "level", "required", "a count whose counter names what it counts: empty metric"))
d.Q("78곳", 78, "곳", "곳", C, f=("매장", "매장 78곳", KF, Y, "level", "required", "present count; no date of its own: the lead's period"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("해외 매장 매출", None, KF, Y, "level"))
d.Q("22%", 22, "%", "%", P, f=("해외 매장 매출", None, KF, Y, "change"))
d.Q("300억 원", 30000000000, W, "원", "currency", bound="max", note="까지 gives bound max",
    f=("B2B 소스 매출", None, KF, "2026", "level", "required", "회사는 = 교촌에프앤비 (the subsidiary is the means); target level"))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("투자", "투자한다", KF, "2026", "level", "required", "투자 is no spend verb: the verbal noun; the plant (에는) stays out; period carried"))

# ---------------------------------------------------------------- 005 household income statistics (Yonhap dateline, year written)
d = Doc("005_01412e98acf9572e", "2025-11-27"); docs.append(d)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("통계청", "통계청", note="the source of the statistics (따르면), never their subject")
d.O("기획재정부", "기획재정부")
d.O("한빛가계경제연구소", "한빛가계경제연구소", note="invented institute introduced by 민간 연구기관")
d.D("3분기", Q3, "quarter", ctx="3분기 가계 월평균", rel=True)
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset of a year; basis of 3.8%")
d.D("27일", "2025-11-27", "day", rel=True, note="day of the release (발표한), not a period")
d.D("2025년 3분기", Q3, "quarter", note="in the report's quoted title: the period the statistic covers")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention; 까지 outside")
d.D("내년", "2026", "year", ctx="내년 가계", rel=True)
NS = "national statistic: empty subject (통계청 is the source)"
d.Q("536만 원", 5360000, W, "원", "currency", ctx="소득 536만 원…", f=("가계 월평균 소득", None, "", Q3, "level", "required", "headline; " + NS))
d.Q("2.1%", 2.1, "%", "%", P, ctx="실질소득 2.1% 늘어\n", f=("실질소득", "실질소득 2.1% 늘어\n", "", Q3, "change", "required", "headline; " + NS))
d.Q("536만 원", 5360000, W, "원", "currency", ctx="소득이 536만 원으로",
    f=("월평균 소득", "가구당 월평균 소득이", "", Q3, "level", "required", "가구당 = rate (no number); " + NS))
d.Q("3.8%", 3.8, "%", "%", P, f=("월평균 소득", "가구당 월평균 소득이", "", Q3, "change", "required", "1년 전보다 = basis"))
d.Q("2.1%", 2.1, "%", "%", P, ctx="실질소득은 2.1%",
    f=("실질소득", "실질소득은 2.1%", "", Q3, "change", "required", "the report covers 2025년 3분기; " + NS))
d.Q("5개", 5, "개", "개", C,
    f=("", None, "", "", "level", "optional", "5개 분기 연속: a run of quarters (a duration-like count); metric 분기 or none unclear"))
NP = "new paragraph: the lead's period; " + NS
d.Q("345만 원", 3450000, W, "원", "currency",
    f=("근로소득", None, "", Q3, "level", "required", "breakdown (소득 종류별로는) whose items are measure nouns themselves: each its own metric; " + NP))
d.Q("4.4%", 4.4, "%", "%", P, f=("근로소득", None, "", Q3, "change"))
d.Q("98만 원", 980000, W, "원", "currency", ctx="사업소득 98만 원", f=("사업소득", None, "", Q3, "level", "required", "the item is a measure noun: its own metric"))
d.Q("79만 원", 790000, W, "원", "currency", f=("이전소득", None, "", Q3, "level", "required", "the item is a measure noun: its own metric"))
d.Q("296만 원", 2960000, W, "원", "currency", f=("월평균 소비지출", None, "", Q3, "level"))
d.Q("2.7%", 2.7, "%", "%", P, f=("월평균 소비지출", None, "", Q3, "change"))
d.Q("108만 원", 1080000, W, "원", "currency", f=("비소비지출", None, "", Q3, "level", "required", "세금과 이자 등: examples of it"))
d.Q("5.2%", 5.2, "%", "%", P, f=("비소비지출", None, "", Q3, "change"))
d.Q("2.25명", 2.25, "명", "명", C, f=("가구원 수", None, "", Q3, "level"))
DEF = "definitional share naming a group (소득 하위/상위 20%): no fact of its own"
d.Q("20%", 20, "%", "%", P, ctx="하위 20%", st="optional", note=DEF)
d.Q("1분위", 1, "분위", "분위", "ordinal", st="optional", note="a quintile's name (number + 분위): ordinal or no quantity, unclear")
d.Q("122만 원", 1220000, W, "원", "currency", f=("월평균 소득", "가구의 월평균 소득은", "", Q3, "level", "required", NP))
d.Q("6.0%", 6.0, "%", "%", P, f=("월평균 소득", "가구의 월평균 소득은", "", Q3, "change"))
d.Q("20%", 20, "%", "%", P, ctx="상위 20%", st="optional", note=DEF)
d.Q("5분위", 5, "분위", "분위", "ordinal", st="optional", note="a quintile's name: ordinal or no quantity, unclear")
d.Q("1,198만 원", 11980000, W, "원", "currency",
    f=("월평균 소득", "가구의 월평균 소득은", "", Q3, "level", "optional",
       "in brackets after 5분위 가구: by the bracket line its metric would be that noun, while it is the group's 월평균 소득 (README question 3)"))
d.Q("69.8%", 69.8, "%", "%", P, f=("평균소비성향", None, "", Q3, "level"))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=("평균소비성향", None, "", Q3, "change"))
d.Q("1,200억 원", 120000000000, W, "원", "currency",
    f=("저소득층 에너지 바우처", None, "기획재정부", "2026-Q1", "level", "required",
       "the ministry's own spending (its quoted plan, …고 밝혔다), not a national statistic; 내년 1분기까지"))
d.Q("1.5%", 1.5, "%", "%", P,
    f=("가계 실질소득 증가율", None, "", "2026", "change", "required",
       "a forecast of a national rate: no subject (the institute is the source, like 산업부는 … 내다봤다); a growth rate is a rate of change: change (FACTS.md kind, relabelled in session 20)"))

# ---------------------------------------------------------------- 006 university hospital donations (press release, no date at all)
d = Doc("006_a0353bdc431be3ce", "2025-12-29"); docs.append(d)
HS = "해솔대학교병원"
d.Oall(HS, HS)
d.O("메디스텝", "메디스텝", note="invented maker introduced by 의료기기 업체")
d.O("한마음의료생협", "한마음의료생협", note="invented cooperative introduced by 지역 협동조합")
d.O("해솔대 의대", "해솔대학교 의과대학", st="optional",
    note="a school and its unit (대 for 대학교), but used only as the modifier of 동문 기업 (a longer non-organization phrase)")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 발전기금 148", rel=True)
d.D("올해", Y, "year", ctx="올해 발전기금 모금액", rel=True)
d.D("지난해", "2024", "year", rel=True, note="basis of 23% (지난해보다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("올해", Y, "year", ctx="올해 모금액 가운데", rel=True)
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention; dates the groundbreaking")
d.D("내년", "2026", "year", ctx="내년 모금 목표", rel=True)
d.Q("148억 원", 14800000000, W, "원", "currency", ctx="발전기금 148억 원 모금",
    f=("모금", None, HS, Y, "level", "required", "headline: a figure right before a verbal noun is its amount, before a noun before them; topic with a comma"))
d.Q("148억 원", 14800000000, W, "원", "currency", ctx="모금액이 148억 원", f=("발전기금 모금액", None, HS, Y, "level"))
d.Q("23%", 23, "%", "%", P, f=("발전기금 모금액", None, HS, Y, "change", "required", "지난해보다 = basis"))
NP = "new paragraph: the story's organization (headline) and the lead's period"
d.Q("3,420명", 3420, "명", "명", C, f=("기부자", "기부자는 모두", HS, Y, "level", "required", NP))
d.Q("1,150명", 1150, "명", "명", C, f=("첫 기부자", None, HS, Y, "level"))
d.Q("1억 원", 100000000, W, "원", "currency", ctx="1억 원 이상", bound="min", st="optional", note="definitional (1억 원 이상 고액 기부자): no fact of its own")
d.Q("41명", 41, "명", "명", C, f=("고액 기부자", None, HS, Y, "level"))
d.Q("29명", 29, "명", "명", C,
    f=("고액 기부자", None, HS, "2024", "level", "optional", "in brackets after a date: that date's figure; its only date is the optional 전년"))
d.Q("12명", 12, "명", "명", C, f=("고액 기부자", None, HS, Y, "change"))
d.Q("1만 2천 건", 12000, "건", "건", C, f=("온라인 소액 기부", None, HS, Y, "level"))
d.Q("2배", 2, "배", "배", C, f=("온라인 소액 기부", None, HS, Y, "change", "required", "a multiple with a change word (늘었다): a change"))
BD = "breakdown (기부처별 모금액은 …): each item keeps 모금액 (settled reading); 개인, 기업, 동문회 are categories, not subjects"
d.Q("62억 원", 6200000000, W, "원", "currency", f=("모금액", "기부처별 모금액", HS, Y, "level", "required", BD))
d.Q("51억 원", 5100000000, W, "원", "currency", f=("모금액", "기부처별 모금액", HS, Y, "level", "required", BD))
d.Q("19억 원", 1900000000, W, "원", "currency", f=("모금액", "기부처별 모금액", HS, Y, "level", "required", BD))
GV = ("각각: the first to the first name, the second to the second; metric: a figure given as something right before it takes "
      "that noun (구입비로), 기부 being the verb")
d.Q("10억 원", 1000000000, W, "원", "currency", ctx="각각 10억 원", f=("소아 재활 장비 구입비", None, "메디스텝", Y, "level", "required", GV))
d.Q("2억 5천만 원", 250000000, W, "원", "currency", f=("소아 재활 장비 구입비", None, "한마음의료생협", Y, "level", "required", GV))
d.Q("87억 원", 8700000000, W, "원", "currency",
    f=("암센터 증축", None, HS, Y, "level", "required", "spent on (쓰인다): the purpose marked by 에; 올해 모금액 gives the period; 내년 3월 dates the 착공"))
d.Q("24억 원", 2400000000, W, "원", "currency", f=("저소득 환자 진료비 지원", None, HS, Y, "level", "required", "a figure alone in brackets after a noun"))
d.Q("15억 원", 1500000000, W, "원", "currency", f=("전공의 연구비", None, HS, Y, "level", "required", "a figure alone in brackets after a noun"))
d.Q("1,030억 원", 103000000000, W, "원", "currency",
    f=("누적 발전기금", None, HS, "", "level", "optional", "cumulative since the founding: the lead's period (2025) or none is unclear"))
d.Q("46%", 46, "%", "%", P, f=("재기부 비율", None, HS, Y, "level", "required", "a share: the measure named; the lead's period"))
d.Q("170억 원", 17000000000, W, "원", "currency", f=("모금 목표", None, HS, "2026", "level", "required", "병원은 = 해솔대학교병원; the object set to the figure"))
d.Q("20곳", 20, "곳", "곳", C,
    f=("동문 기업", None, HS, "2026", "level", "required", "the hospital's plan (…을 계획이다); the companies are counterparties, unnamed"))

# ---------------------------------------------------------------- 007 online travel agency bookings (입력 stamp + outlet byline)
d = Doc("007_89e0ba7bad16cf13", "2026-01-21"); docs.append(d)
N = "놀유니버스"
d.Oall(N, N, special={0: ("required", "a travel platform (여행 플랫폼 introduces it in the lead); headline topic with a comma")})
d.O("조선비즈", "조선비즈", note="outlet in the byline")
d.O("여기어때컴퍼니", "여기어때컴퍼니", note="introduced by 경쟁사")
d.O("플라이캐스트", "플라이캐스트", note="invented startup introduced by 스타트업")
HOL = "설 before 연휴 is 설날 (a holiday: optional DATE); 2026's 설날 is 17 February"
d.D("설", "2026-02-17", "day", ctx="놀유니버스, 설 연휴", rel=True, st="optional", note=HOL)
d.D("2026.01.21", "2026-01-21", "day", st="optional", note="publication stamp")
d.D("다음 달", "2026-02", "month", rel=True)
d.D("설", "2026-02-17", "day", ctx="다음 달 설 연휴", rel=True, st="optional", note=HOL)
d.D("2월 14~18일", "2026-02-14/2026-02-18", "day", rel=True, note="a range without a year, in a future clause (출발하는 … 다음 달): the next such days")
d.D("20일", "2026-01-20", "day", rel=True, note="as of (기준): the day the bookings were tallied")
d.D("전년", "2025", "year", rel=True, st="optional", anchor="2026-01-01", note="points back (basis of 42%)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the report")
d.D("지난해", "2025", "year", rel=True)
d.D("같은 해", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="올해 before a quarter: one mention; 중 outside (during)")
T = "2026-01-20"
TL = "period: the as-of day of the tally (20일 기준), the lead's"
d.Q("42%", 42, "%", "%", P, ctx="예약 42%↑",
    f=("해외 항공권 예약", "해외 항공권 예약 42%", N, T, "change", "required", "headline: the arrow is a sign (change); " + TL))
d.Q("38%", 38, "%", "%", P, f=("일본 비중", None, N, T, "level", "required", "headline; " + TL))
d.Q("18만 4천 건", 184000, "건", "건", C, f=("해외 항공권 예약 건수", None, N, T, "level", "required", TL))
d.Q("42%", 42, "%", "%", P, ctx="대비 42%", f=("해외 항공권 예약 건수", None, N, T, "change", "required", "전년 대비 = basis"))
BD = ("breakdown (노선별로는): each item keeps the metric of the figure broken down (settled reading: 해외 항공권 예약 건수); "
      "a destination is no subject; new paragraph: the lead's organization and period")
d.Q("7만 1천 건", 71000, "건", "건", C, f=("해외 항공권 예약 건수", None, N, T, "level", "required", BD))
d.Q("38.6%", 38.6, "%", "%", P,
    f=("해외 항공권 예약 건수", None, N, T, "level", "required",
       "a share of a whole (전체의 …를 차지): the part the measure before names (the breakdown's measure)"))
d.Q("2만 9천 건", 29000, "건", "건", C, f=("해외 항공권 예약 건수", None, N, T, "level", "required", BD))
d.Q("1만 8천 건", 18000, "건", "건", C, f=("해외 항공권 예약 건수", None, N, T, "level", "required", BD))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of 1인당")
d.Q("64만 원", 640000, W, "원", "currency", f=("평균 결제액", None, N, T, "level"))
d.Q("8%", 8, "%", "%", P, ctx="8% 올랐다", f=("평균 결제액", None, N, T, "change"))
d.Q("68%", 68, "%", "%", P, f=("단거리 노선 비중", None, N, T, "level", "required", "a share named by its measure (비중)"))
d.Q("3만 2천 건", 32000, "건", "건", C,
    f=("숙소 예약", "지역 숙소 예약은", N, T, "level", "optional",
       "각각 with the list inside the topic (강원과 제주 지역 숙소 예약): by the 각각 line the first figure takes the first noun "
       "listed (강원, a place), while it measures 강원's 숙소 예약 (README question 5)"))
d.Q("2만 6천 건", 26000, "건", "건", C,
    f=("숙소 예약", "지역 숙소 예약은", N, T, "level", "required", "the second noun listed: 제주 지역 숙소 예약; new paragraph: the lead's organization and period"))
d.Q("1박", 1, "박", "박", C, st="optional", note="the dummy 1 of a rate (1박에)")
d.Q("18만 7천 원", 187000, W, "원", "currency",
    f=("평균 객실 요금", None, N, T, "level", "optional",
       "Jeju rooms' average rate: the platform's (carried) or a market's price (no subject) is unclear"))
d.Q("9조 8천억 원", 9800000000000, W, "원", "currency", f=("거래액", "지난해 거래액", N, "2025", "level", "required", "genitive owner"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration")
d.Q("14%", 14, "%", "%", P, f=("거래액", "지난해 거래액", N, "2025", "change"))
d.Q("4조 1천억 원", 4100000000000, W, "원", "currency",
    f=("거래액", "같은 해 거래액", "여기어때컴퍼니", "2025", "level", "required", "같은 해 (optional) and the paragraph's 지난해 both give 2025"))
d.Q("2%포인트", 2, PP, "%포인트", P, bound="max", note="최대 gives bound max",
    f=("여행 상품 판매 수수료", None, N, "2026-Q1", "change", "required", "the object right before a figure that changes it (낮추는): a change"))

# ---------------------------------------------------------------- 008 city welfare budget (regional daily, byline only, no outlet)
d = Doc("008_3932dc62678d6425", "2025-11-11"); docs.append(d)
DJ = "대전시"
d.Oall(DJ, DJ, skip=(2,))  # index 2 lies inside 대전시의회
d.O("대전시의회", "대전시의회")
d.O("대덕구", "대덕구", note="a district listed with the city acting with it (…와 함께 짓는다): its government")
d.O("늘봄케어협동조합", "늘봄케어협동조합", note="invented cooperative introduced by 사회적기업")
d.O("하나은행 대전충청본부", "하나은행 대전충청본부", note="a parent name followed by one of its units: one mention")
Y1 = "2026"
d.D("내년", Y1, "year", ctx="대전시 내년", rel=True)
d.D("내년도", Y1, "year", rel=True, note="the next (fiscal) year")
d.D("10일", "2025-11-10", "day", rel=True, note="day of the announcement")
d.D("올해", "2025", "year", rel=True, note="basis of the increase (올해보다)")
d.D("2027년", "2027", "year", note="2027년까지: a deadline")
d.D("다음 달 16일", "2025-12-16", "day", rel=True, note="다음 달 before a day: one mention")
d.Q("1조 9천억", 1900000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("복지예산", None, DJ, Y1, "level"))
d.Q("35%", 35, "%", "%", P,
    f=("복지예산", None, DJ, Y1, "level", "required", "headline: a share of a whole (전체의 …) measures the part named before it"))
d.Q("1조 9,240억 원", 1924000000000, W, "원", "currency",
    f=("사회복지 분야 예산", None, DJ, Y1, "level", "required", "a figure given as something right before it (예산으로)"))
d.Q("1,310억 원", 131000000000, W, "원", "currency",
    f=("사회복지 분야 예산", None, DJ, Y1, "change", "required", "a change with no metric of its own: the last figure of the sentence before; 올해보다 = basis"))
d.Q("7.3%", 7.3, "%", "%", P, f=("사회복지 분야 예산", None, DJ, Y1, "change", "required", "in brackets after a figure (no noun): shares 늘어난"))
d.Q("5조 4,800억 원", 5480000000000, W, "원", "currency", f=("전체 예산", None, DJ, Y1, "level", "required", "시 = 대전시 (outside the metric)"))
d.Q("35.1%", 35.1, "%", "%", P,
    f=("사회복지 분야 예산", None, DJ, Y1, "level", "required", "a share of a whole: the part the measure before names (…규모로, the 예산 of the sentence)"))
AL = "a budget's amount (배정됐다) measures the purpose marked by 에 right before it; new paragraph: story's organization and the lead's period"
d.Q("7,850억 원", 785000000000, W, "원", "currency", f=("노인 복지", None, DJ, Y1, "level", "required", AL))
d.Q("4,960억 원", 496000000000, W, "원", "currency", f=("아동·보육", None, DJ, Y1, "level", "required", AL))
d.Q("2,730억 원", 273000000000, W, "원", "currency", f=("장애인 복지", None, DJ, Y1, "level", "required", AL))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: a duration")
d.Q("1만 2천 명", 12000, "명", "명", C,
    f=("기초연금 수급자", None, "", "", "change", "optional",
       "the city's pension recipients: people, not the city (no subject) or the city carried is unclear; no date (1년 새 is a duration)"))
d.Q("3,120억 원", 312000000000, W, "원", "currency", f=("기초생활보장 예산", None, DJ, Y1, "level", "required", "a measure marked 도 is its own"))
d.Q("4.5%", 4.5, "%", "%", P, f=("기초생활보장 예산", None, DJ, Y1, "change"))
d.Q("65세", 65, "세", "세", C, bound="min", st="optional", note="definitional age (65세 이상 홀몸 어르신): no fact")
d.Q("8,500명", 8500, "명", "명", C, f=("홀몸 어르신", None, DJ, Y1, "level", "required", "시는 = 대전시; the lead's period"))
d.Q("42억 원", 4200000000, W, "원", "currency",
    f=("AI 돌봄 스피커 보급 사업", None, DJ, Y1, "level", "required", "spent on: X에 N원을 투입 → X"))
d.Q("2곳", 2, "곳", "곳", C,
    f=("공공 산후조리원", None, "대전시;대덕구", "2027", "level", "required", "a partner with 함께 joins the subject; 2027년까지"))
d.Q("1인", 1, "인", "인", C, st="optional", note="1인 가구: a lexicalized household type (one-person), not a count of its own")
d.Q("3,000곳", 3000, "곳", "곳", C,
    f=("저소득 1인 가구", None, "늘봄케어협동조합;대전시", Y1, "level", "required",
       "a partner with 손잡고 joins the subject (시 = 대전시); count by 곳: the noun right before; the lead's period"))
d.Q("1개", 1, "개", "개", C, st="optional", note="the dummy 1 of a rate (도시락 1개 단가)")
d.Q("6,500원", 6500, W, "원", "currency",
    f=("단가", None, "늘봄케어협동조합", Y1, "level", "required", "the partner is not carried to the next sentence; the lead's period"))
d.Q("5억 원", 500000000, W, "원", "currency",
    f=("기부", "기부하기로", "하나은행 대전충청본부", Y1, "level", "required", "기부 is no spend verb: the verbal noun; the lead's period"))

if __name__ == "__main__":
    write_all(docs)
