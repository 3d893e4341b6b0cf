"""Gold labels of articles-holdout95, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout95/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 webtoon platform: paying users, overseas revenue (연합뉴스 dateline)
d = Doc("001_6f6ba1fbb9a0d857", "2025-08-07"); docs.append(d)
S, T, G = "브릿지웍스", "툰브릿지", "한결미디어그룹"
d.Oall(T, T, special={0: ("required", "platform run as a business (headline topic)"), 1: ("required", "platform, object of 운영하는"),
                      2: ("required", "platform, topic of the share sentence")})
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(G, G, note="parent (모회사)")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="public agency cited as the source (에 따르면)")
d.O("네이버웹툰", "네이버웹툰", note="rival, industry leader")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 유료 이용자 320만명", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("7일", "2025-08-07", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년 상반기")
d.D("지난해 상반기", "2024-H1", "half", rel=True, note="지난해 before a half: one mention")
d.D("2분기", "2025-Q2", "quarter", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True, note="basis of the comparison")
d.D("지난해", "2024", "year", ctx="지난해 국내 웹툰", rel=True)
d.D("전년", "2023", "year", ctx="전년보다 11.4%", rel=True, st="optional", anchor="2024-01-01", note="points back to 지난해")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (달성하겠다): the next H2")
d.D("연말", "2025", "year", mod="END", rel=True, note="deadline in a future clause (연말까지): this year's end")
d.Q("320만명", 3200000, "명", "명", C, f=("유료 이용자", "유료 이용자 320만명", T, H1, "level", "required", "headline figure: the headline's own organization and half"))
d.Q("600억", 60000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("해외 매출", "해외 매출 600억", T, H1, "level"))
d.Q("320만 명", 3200000, "명", "명", C, f=("유료 결제 이용자", None, S, H1, "level", "required", "topic of the sentence: the operator"))
d.Q("18.5%", 18.5, "%", "%", P, f=("유료 결제 이용자", None, S, H1, "change", "required", "전년 동기보다 = basis; period the current half"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("해외 매출", "해외 매출은 612억", S, H1, "level", "required", "subject dropped: carried; 같은 기간 → 2025-H1"))
d.Q("42%", 42, "%", "%", P, f=("해외 매출", "해외 매출은 612억", S, H1, "change"))
d.Q("1,450억 원", 145000000000, W, "원", "currency", f=("전체 매출", None, S, H1, "level", "required", "figure in brackets after the noun it measures"))
d.Q("42.2%", 42.2, "%", "%", P, f=("비중", None, S, H1, "level"))
d.Q("35.1%", 35.1, "%", "%", P, f=("비중", None, S, "2024-H1", "level", "required", "basis figure in brackets after 지난해 상반기: that date's value"))
d.Q("7.1%포인트", 7.1, PP, "%포인트", P, f=("비중", None, S, H1, "change"))
d.Q("287억 원", 28700000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item (지역별로는): the breakdown's measure; a region is no subject"))
d.Q("194억 원", 19400000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item"))
d.Q("131억 원", 13100000000, W, "원", "currency", f=("해외 매출", "해외 매출이 차지하는", S, H1, "level", "required", "breakdown item"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당)")
d.Q("6,300원", 6300, W, "원", "currency", approx=True, f=("월평균 결제액", None, S, H1, "level", "required", "약 → approx; period carried"))
d.Q("2,180억 원", 218000000000, W, "원", "currency", f=("콘텐츠 부문 매출", None, G, "2025-Q2", "level"))
d.Q("9%", 9, "%", "%", P, f=("콘텐츠 부문 매출", None, G, "2025-Q2", "change", "required", "1분기보다 = basis"))
d.Q("35%", 35, "%", "%", P, approx=True,
    f=("콘텐츠 부문 매출", None, T, "2025-Q2", "level", "required", "share of the whole named by 이 가운데; the platform is the topic (툰브릿지는)"))
d.Q("2조 1,900억 원", 2190000000000, W, "원", "currency", approx=True, f=("국내 웹툰 산업 매출", None, "", "2024", "level", "required", "industry figure: empty subject; the agency is only the source"))
d.Q("11.4%", 11.4, "%", "%", P, f=("국내 웹툰 산업 매출", None, "", "2024", "change"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("30여 편", 30, "편", "편", C, approx=True, f=("작품", None, S, "2025-H2", "level", "required", "approximator 여 inside the span; the CEO speaks for the company"))
d.Q("400만 명", 4000000, "명", "명", C, bound="min", f=("유료 이용자", "유료 이용자 400만", S, "2025", "level", "required", "연말까지 → the year 2025 (END)"))
d.Q("1,300억 원", 130000000000, W, "원", "currency", approx=True,
    f=("해외 매출", "연간 해외 매출 1,300억", S, "2025", "level", "required", "연간 stays outside the metric; the year of the clause's 연말"))

if __name__ == "__main__":
    write_all(docs)
