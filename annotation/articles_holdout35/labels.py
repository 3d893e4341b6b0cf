"""Gold labels of articles-holdout35, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: /work/main/.venv/bin/python annotation/articles_holdout35/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 construction company's housing supply plan and orders (뉴스1 dateline)
d = Doc("001_ac770b06f5e21a49", "2026-01-19"); docs.append(d)
HG = "한결건설"
d.Oall(HG, HG, special={0: ("required", "headline topic with a comma"),
                        3: ("required", "the company whose stake is held (한결건설 지분)"),
                        4: ("required", "an organization before a person's title (한결건설 대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline; its digit is part of a name, not a quantity")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: an alias, outside the span")
d.O("한결홀딩스", "한결홀딩스", note="invented parent (모회사)")
d.O("한결리빙", "한결리빙", note="invented subsidiary (자회사)")
Y, L = "2026", "2025"
d.D("올해", Y, "year", ctx="한결건설, 올해", rel=True)
d.D("올해", Y, "year", ctx="한결건설이 올해", rel=True)
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", L, "year", ctx="지난해 공급 실적", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future clause (오는): the next March")
d.D("지난해", L, "year", ctx="한결건설은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", L, "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해", L, "year", ctx="한결홀딩스는 지난해", rel=True)
d.D("올해", Y, "year", ctx="한결리빙은 올해", rel=True)
d.D("2026년", "2026", "year")
d.D("지난해", L, "year", ctx="지난해 14위", rel=True)
BR = ("breakdown item (지역별로는 / 이 가운데): its own clause names only a part (a region, a business segment), no measure; "
      "it counts what the total it breaks down counts (README convention 1); the company carried; the total's period")
d.Q("2만1천가구", 21000, "가구", "가구", C,
    f=("아파트", "올해 아파트", HG, Y, "level", "required", "the counted noun before the count; 올해 in the headline"))
d.Q("9조 원", 9000000000000, W, "원", "currency", ctx="목표 9조 원",
    f=("신규 수주 목표", None, HG, Y, "level", "required", "headline: 올해 earlier in the same headline"))
d.Q("38개", 38, "개", "개", C, f=("단지", "38개 단지", HG, Y, "level"))
d.Q("2만 1,400가구", 21400, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", "the counted noun phrase before the count; 올해 in the sentence"))
d.Q("1만 6,200가구", 16200, "가구", "가구", C,
    f=("공급 실적", None, HG, L, "level", "required", "a figure alone in brackets right after a noun measures that noun; 지난해 before it"))
d.Q("32%", 32, "%", "%", P,
    f=("물량", None, HG, Y, "change", "required", "…보다 32% 많은 물량: a change against the basis; period the current one (올해), not the basis"))
d.Q("1만 2,800가구", 12800, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("60%", 60, "%", "%", P,
    f=("아파트와 오피스텔", None, HG, Y, "level", "optional",
       "전체의 60%를 차지: no noun names the share (전체 names only the whole); the total's counted noun, or empty? (README question 1)"))
d.Q("6,100가구", 6100, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("2,500가구", 2500, "가구", "가구", C, f=("아파트와 오피스텔", None, HG, Y, "level", "required", BR))
d.Q("2,350가구", 2350, "가구", "가구", C,
    f=("가장 큰 단지", None, HG, "2026-03", "level", "required",
       "a copula clause whose topic names what the figure measures; 오는 3월 in the figure's own clause (the relative clause on the site)"))
d.Q("7조 8,600억 원", 7860000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level"))
d.Q("14.5%", 14.5, "%", "%", P, f=("신규 수주", "지난해 신규 수주", HG, L, "change", "required", "전년보다 = basis; the period the current one"))
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level", "required", BR))
d.Q("2조 7,600억 원", 2760000000000, W, "원", "currency", f=("신규 수주", "지난해 신규 수주", HG, L, "level", "required", BR))
d.Q("4건", 4, "건", "건", C,
    f=("공공주택 사업", None, HG, L, "level", "required",
       "the counted noun before the count; the winner (따냈다, subject carried) owns it, the orderer in the relative clause (LH가 발주한) does not; the paragraph's 지난해"))
d.Q("9,300억 원", 930000000000, W, "원", "currency",
    f=("공공주택 사업", None, HG, L, "level", "required", "a figure alone in brackets after a counted noun phrase: the size of those projects"))
d.Q("31조 2,000억 원", 31200000000000, W, "원", "currency", f=("수주 잔고", None, HG, L, "level", "required", "지난해 말 기준 (value 2025, END)"))
d.Q("6년", 6, "year", "년", "duration", ctx="약 6년", approx=True, note="약 before, 치 after (outside, like 달러치): approx; an amount of time, no fact")
d.Q("52.4%", 52.4, "%", "%", P,
    f=("지분", "한결건설 지분", "한결홀딩스", L, "level", "required",
       "the holder (모회사 한결홀딩스는) owns the stake, not the company whose shares they are; 52.4%로 늘렸고: the new level (로), no difference written"))
d.Q("4,500억 원", 450000000000, W, "원", "currency", f=("수주 목표", "수주 목표를 4,500억", "한결리빙", Y, "level"))
d.Q("9조 원", 9000000000000, W, "원", "currency", ctx="수주 9조 원을",
    f=("신규 수주", "2026년 신규 수주", HG, "2026", "level", "required",
       "a target in a quote of the company's head (박정우 한결건설 대표): the company's; 2026년 in the clause"))
d.Q("14위", 14, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("10위", 10, "위", "위", "ordinal", note="a rank: ordinal, no fact")

if __name__ == "__main__":
    write_all(docs)
