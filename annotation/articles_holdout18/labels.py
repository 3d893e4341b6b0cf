"""Gold labels of articles-holdout18, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md for the file format.
Run: python annotation/articles_holdout18/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 telecom operator annual results (연합뉴스 dateline, no year anywhere)
d = Doc("001_bb397da808b1755d", "2026-02-05"); docs.append(d)
L, SK, KT = "LG유플러스", "SK텔레콤", "KT"
d.Oall(L, L, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("미디어로그", "미디어로그", note="named subsidiary (알뜰폰 자회사 미디어로그)")
d.Oall(SK, SK)
d.Oall(KT, KT)
Y = "2025"
d.D("지난해", Y, "year", ctx="LG유플러스, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="LG유플러스는 지난해", rel=True)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's 지난해")
d.D("올해", "2026", "year", rel=True)
d.Q("9,870억", 987000000000, W, "", "currency", ctx="영업익 9,870억…", st="optional", note="headline amount, currency implied",
    f=("영업익", None, L, Y, "level"))
d.Q("1천만 명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("5G 가입자", "5G 가입자 1천만", L, Y, "level", "required", "headline: the headline's topic; 지난해 earlier in the same headline"))
d.Q("14조 8,320억 원", 14832000000000, W, "원", "currency", f=("매출", "연결 기준 매출", L, Y, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("영업이익", "영업이익 9,870억", L, Y, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("매출", "매출은 전년보다", L, Y, "change", "required", "전년보다 = basis; the current period"))
d.Q("8.4%", 8.4, "%", "%", P, f=("영업이익", "영업이익은 8.4%", L, Y, "change"))
d.Q("6조 3,400억 원", 6340000000000, W, "원", "currency", f=("모바일 매출", None, L, Y, "level", "required", "a segment in a breakdown (부문별로는) is no ORG: the company carried"))
d.Q("2.6%", 2.6, "%", "%", P, f=("모바일 매출", None, L, Y, "change"))
BR = ("각각 after two segments with no measure noun of their own (스마트홈과 기업 인프라가 … 올렸다): the breakdown's measure, "
      "매출 (span taken inside 모바일 매출); segments are no ORG: the company carried")
d.Q("2조 5,100억 원", 2510000000000, W, "원", "currency", f=("매출", "모바일 매출이", L, Y, "level", "required", BR))
d.Q("1조 7,800억 원", 1780000000000, W, "원", "currency", f=("매출", "모바일 매출이", L, Y, "level", "required", BR))
d.Q("1,012만 명", 10120000, "명", "명", C, f=("5G 가입자", "5G 가입자는 1,012만", L, Y, "level", "required", "지난해 말 기준 (value 2025, END); subject carried"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("86만 명", 860000, "명", "명", C, f=("5G 가입자", "5G 가입자는 1,012만", L, Y, "change"))
d.Q("2,010만 명", 20100000, "명", "명", C, f=("전체 휴대전화 가입자", None, L, Y, "level", "required", "a figure alone in brackets right after a noun is that noun's"))
d.Q("50.3%", 50.3, "%", "%", P, f=("비중", None, L, Y, "level"))
TW = "two services joined by 와, figures in order (A와 B 가입자는 x, y): the whole noun phrase as metric; subject and period carried (지난해 말)"
d.Q("561만 명", 5610000, "명", "명", C, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "level", "required", TW))
d.Q("530만 명", 5300000, "명", "명", C, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "level", "required", TW))
d.Q("3.2%", 3.2, "%", "%", P, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "change", "required", "각각; 전년 말보다 = basis; " + TW))
d.Q("4.5%", 4.5, "%", "%", P, f=("IPTV와 초고속인터넷 가입자", None, L, Y, "change", "required", "각각; " + TW))
d.Q("48만 명", 480000, "명", "명", C, approx=True, note="약 → approx",
    f=("가입자", "유치한 가입자", "미디어로그", Y, "level", "required",
       "the subsidiary, subject of the relative clause on the metric (미디어로그가 유치한 가입자), owns it; the paragraph's 지난해 말 carried"))
d.Q("17조 9,400억 원", 17940000000000, W, "원", "currency", f=("매출", "매출 17조", SK, Y, "level", "required", "같은 기간 (optional DATE) = the story's 지난해"))
d.Q("1조 8,230억 원", 1823000000000, W, "원", "currency", f=("영업이익", "영업이익 1조 8,230억", SK, Y, "level"))
d.Q("26조 4,300억 원", 26430000000000, W, "원", "currency", f=("매출", "매출 26조", KT, Y, "level", "required", "KT는: a new topic in the same sentence; same period"))
d.Q("8,100억 원", 810000000000, W, "원", "currency", f=("영업이익", "영업이익 8,100억", KT, Y, "level"))
d.Q("1,690만 명", 16900000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK텔레콤", SK, Y, "level", "required", "the period last set for SK텔레콤 (같은 기간 = 2025) carried"))
d.Q("1,120만 명", 11200000, "명", "명", C, f=("5G 가입자", "5G 가입자는 SK텔레콤", KT, Y, "level"))
d.Q("5천억 원", 500000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("투자", "투자하고", L, "2026", "level", "required",
       "X에 N원을 투자 → the verbal noun (투자) is the only measure word; 회사는 = the story's company; 올해 in the clause"))
d.Q("650원", 650, W, "원", "currency",
    f=("주당 배당금", None, L, "2026", "level", "optional",
       "a dividend decided this year (올해 in the sentence) but paid on last year's earnings: period 2026 or 2025? (README open question 2)"))

if __name__ == "__main__":
    write_all(docs)
