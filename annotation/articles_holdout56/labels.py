"""Gold labels of articles-holdout56, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout56/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 cosmetics maker's Q3 slump, holding company ([머니투데이] bracket byline)
d = Doc("001_36cd132f289afae6", "2025-11-06"); docs.append(d)
SE, SH = "세온코스메틱", "세온홀딩스"
d.Oall(SE, SE, special={0: ("required", "headline topic with a comma; 中 (China) is a place, not ORG")})
d.Oall(SH, SH, special={0: ("required", "the holding company (지주회사), parent of 세온코스메틱")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline (brackets outside the span)")
d.O("롯데면세점", "롯데면세점", note="a customer channel (거래처), not the subject of any figure")
d.O("신라면세점", "신라면세점", note="listed with 롯데면세점")
d.O("아마존", "아마존", note="platform where the products sell (판매 호조): a cause, not the subject")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="부진에 3분기", rel=True, note="headline: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="a year and a quarter: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): the comparison's basis, still a DATE")
d.D("3분기", Q3, "quarter", ctx="3분기 연결", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 18.3%", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다): not a fact period")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(6.9%)", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="month without a year: the latest September on or before the document date")
d.D("3분기", Q3, "quarter", ctx="3분기 매출 4,105억", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (나아질 것): the next Q4, this year's")
d.Q("18%", 18, "%", "%", P, ctx="18% 뚝", f=("매출", "3분기 매출 18%", SE, Q3, "change", "required", "headline topic with a comma; 뚝 = a drop"))
d.Q("4%", 4, "%", "%", P, ctx="4%대로", approx=True, note="대 after the unit (like 원대) stays outside and sets approx",
    f=("영업이익률", "영업이익률 4%", SE, Q3, "level", "required", "headline: the period of the headline's 3분기"))
d.Q("18%", 18, "%", "%", P, ctx="18% 넘게", bound="gt", note="넘게 → gt",
    f=("매출", "3분기 매출이", SE, Q3, "change", "required", "1년 전보다 = basis; 2025년 3분기 in the sentence"))
d.Q("3,412억 원", 341200000000, W, "원", "currency", f=("매출", "매출이 3,412억", SE, Q3, "level", "required", "연결 기준 stays outside the metric"))
d.Q("18.3%", 18.3, "%", "%", P, f=("매출", "매출이 3,412억", SE, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("152억 원", 15200000000, W, "원", "currency", f=("영업이익", "영업이익은 152억", SE, Q3, "level"))
d.Q("41.7%", 41.7, "%", "%", P, f=("영업이익", "영업이익은 152억", SE, Q3, "change"))
d.Q("4.5%", 4.5, "%", "%", P, f=("영업이익률", "영업이익률은 4.5%", SE, Q3, "level"))
d.Q("6.9%", 6.9, "%", "%", P,
    f=("영업이익률", "영업이익률은 4.5%", SE, "2024-Q3", "level", "required",
       "a basis figure in brackets after 전년 동기: that DATE (optional mention) attaches to it, 2024-Q3"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", "영업이익률은 4.5%", SE, Q3, "change", "required", "낮아졌다: a change; the current period"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("면세 매출", None, SE, Q3, "level", "required", "breakdown (채널별로는) item with its own measure noun; the company and the quarter carried"))
d.Q("34%", 34, "%", "%", P, f=("면세 매출", None, SE, Q3, "change"))
d.Q("488억 원", 48800000000, W, "원", "currency",
    f=("중국 법인 매출", None, SE, Q3, "level", "required", "중국 법인 is an unnamed subsidiary (no ORG): the company carried"))
d.Q("27.5%", 27.5, "%", "%", P, f=("중국 법인 매출", None, SE, Q3, "change"))
d.Q("112곳", 112, "곳", "곳", C, f=("중국 매장 수", None, SE, "2024", "level", "required", "A에서 B로 with a date on each: 지난해 말 (2024, END) dates the old level"))
d.Q("74곳", 74, "곳", "곳", C, f=("중국 매장 수", None, SE, "2025-09", "level", "required", "9월 말 (2025-09, END) dates the new level"))
d.Q("395억 원", 39500000000, W, "원", "currency", f=("북미 매출", None, SE, Q3, "level", "required", "아마존 is the channel of the cause clause, not the subject"))
d.Q("52%", 52, "%", "%", P, f=("북미 매출", None, SE, Q3, "change"))
d.Q("31%", 31, "%", "%", P, f=("비중", None, SE, Q3, "level", "required", "a share named by 비중 (북미's share of 해외 매출)"))
d.Q("4,105억 원", 410500000000, W, "원", "currency", f=("매출", "3분기 매출 4,105억", SH, Q3, "level", "required", "the holding company is the topic (세온홀딩스도)"))
d.Q("98억 원", 9800000000, W, "원", "currency", f=("영업이익", "영업이익 98억", SH, Q3, "level"))
d.Q("15.2%", 15.2, "%", "%", P, f=("매출", "3분기 매출 4,105억", SH, Q3, "change", "required", "각각: the first figure's metric"))
d.Q("46%", 46, "%", "%", P, f=("영업이익", "영업이익 98억", SH, Q3, "change", "required", "각각: the second figure's metric"))
d.Q("52.3%", 52.3, "%", "%", P,
    f=("지분", None, SH, Q3, "level", "optional",
       "a present stake (보유하고 있다), no date of its own: by the letter of carry-forward the holding's 3분기 (written), but a stake is not a quarter's figure (README question 2)"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("미국 입점 매장", None, SE, "2025-Q4", "level", "required",
       "회사 관계자 speaks for the story's company (the headline's and lead's 세온코스메틱, whose business the quote is about); 4분기에는 in the clause"))

if __name__ == "__main__":
    write_all(docs)
