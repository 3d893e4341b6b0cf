"""Gold labels of articles-holdout24, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout24/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food maker annual results (입력 stamp + byline)
d = Doc("001_bc7fc03c4f7218d1", "2026-02-12"); docs.append(d)
HD = "해담식품"
d.Oall(HD, HD, special={0: ("required", "headline topic with a comma")})
d.O("서울경제", "서울경제", note="outlet in the byline line")
d.O("해담아메리카", "해담아메리카", note="invented subsidiary introduced by 미국 판매법인")
d.O("월마트", "월마트", note="retailer where the products are stocked")
d.O("코스트코", "코스트코", note="retailer listed with 월마트")
d.O("농심", "농심", note="rival (경쟁사), genitive owner of its figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="해담식품, 지난해", rel=True)
d.D("2026.02.12", "2026-02-12", "day", st="optional", note="publication stamp (document metadata written in the text); clock time not labelled")
d.D("지난해", Y, "year", ctx="해담식품이 지난해", rel=True)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half: one mention; future (완공하며)")
d.D("올해", "2026", "year", rel=True)
d.Q("1조", 1000000000000, W, "", "currency", ctx="매출 1조 넘었다", bound="gt", st="optional",
    note="headline amount, currency implied; 넘었다 → gt")
d.Q("60%", 60, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("해외 비중", None, HD, Y, "level", "required", "headline after an ellipsis: the headline's company; 지난해 earlier in the same headline"))
d.Q("1조 840억 원", 1084000000000, W, "원", "currency", f=("매출", "연결 기준 매출", HD, Y, "level", "required", "연결 기준 stays outside the metric"))
d.Q("1,920억 원", 192000000000, W, "원", "currency", f=("영업이익", "영업이익 1,920억", HD, Y, "level"))
d.Q("31.5%", 31.5, "%", "%", P, f=("매출", "매출은 전년", HD, Y, "change", "required", "전년보다 = basis"))
d.Q("52%", 52, "%", "%", P, f=("영업이익", "영업이익은 52%", HD, Y, "change"))
d.Q("17.7%", 17.7, "%", "%", P, f=("영업이익률", None, HD, Y, "level"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", None, HD, Y, "change"))
d.Q("6,610억 원", 661000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", "subject and period carried (results story)"))
d.Q("61%", 61, "%", "%", P,
    f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required",
       "전체 매출의 61%를 차지: the share measures the part, the topic 해외 매출 (the headline calls it 해외 비중); 전체 매출 overlaps no gold span"))
BR = "breakdown (국가별로는): the items keep the measure of the figure before (해외 매출); a country is a place, no subject: the company carried"
d.Q("2,380억 원", 238000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR))
d.Q("1,450억 원", 145000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR + "; figure in brackets after the country"))
d.Q("960억 원", 96000000000, W, "원", "currency", f=("해외 매출", "해외 매출이 6,610억", HD, Y, "level", "required", BR + "; figure in brackets after the country"))
d.Q("4,200곳", 4200, "곳", "곳", C,
    note="으로 늘렸다: the level reached, no bound",
    f=("입점 매장", None, "해담아메리카", Y, "level", "required",
       "the subsidiary is the subject of 늘렸다 (its own figure); the retailers (월마트와 코스트코를 중심으로) are counterparties; the results story's 지난해"))
d.Q("4,230억 원", 423000000000, W, "원", "currency", f=("국내 매출", None, HD, Y, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("국내 매출", None, HD, Y, "change"))
d.Q("1%", 1, "%", "%", P, ctx="기간 1% 줄어든",
    f=("국내 라면 매출", None, "농심", Y, "change", "required", "the rival's genitive figure; 같은 기간 (optional DATE) points back to 지난해; 줄어든: change"))
PLAN = ("a plan's figures after a completion date: the literal search (own clause, then sentence, then earlier for the same subject) "
        "gives 내년 상반기 (2027-H1)")
d.Q("2,400억 원", 240000000000, W, "원", "currency",
    f=("제2공장", None, HD, "2027-H1", "level", "optional",
       "총 N원을 들여 … 완공하며: the plant it is spent on is named only in the sentence before (짓는다), no measure noun, and the "
       "clause's date is the completion date, not the spend's (README question 4); " + PLAN))
d.Q("8억 개", 800000000, "개", "개", C,
    f=("생산능력", "연간 생산능력", HD, "", "level", "optional",
       "A에서 B로: the old level, the present capacity; the sentence's date (내년 상반기) is the new level's (README question 4)"))
d.Q("13억 개", 1300000000, "개", "개", C,
    f=("생산능력", "연간 생산능력", HD, "2027-H1", "level", "required", "연간 outside the metric; 완공되면 after 내년 상반기 완공하며 in the sentence; " + PLAN))
d.Q("350명", 350, "명", "명", C, approx=True, note="약 before: approx",
    f=("새로 뽑는 인원", None, HD, "2027-H1", "level", "required",
       "the relative clause changes what is counted, kept in the metric; 회사는 carried; the period last set for the company in the paragraph (내년 상반기)"))
d.Q("70%", 70, "%", "%", P,
    note="까지 끌어올리겠다: the target level reached; 까지 is not among the guideline's bound words, so no bound (README question 6)",
    f=("해외 매출 비중", None, HD, "2026", "level", "required",
       "a target in the CEO's quote (최윤서 해담식품 대표): the quoted clause names no subject of its own; the CEO's title names the company; 올해 in the clause"))

if __name__ == "__main__":
    write_all(docs)
