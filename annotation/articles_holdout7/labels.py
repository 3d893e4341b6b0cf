"""Gold labels of articles-holdout7, written by reading the texts against docs/annotation.md and docs/facts.md
(with their Project decisions, and the lead's settled reading of breakdowns given in the brief).
Run: python annotation/articles_holdout7/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all
use_folder(__file__)

W, U, C, P, PP, M = "KRW", "USD", "count", "percent", "%p", "measure"
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

if __name__ == "__main__":
    write_all(docs)
