"""Gold labels of articles-holdout97, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout97/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "optional"  # status of pointing-back dates (전년, 같은 기간, 전년 동기, …): ANNOTATION makes them optional

# ---------------------------------------------------------------- 001 TV home-shopping: transaction volume and margin (연합뉴스 dateline)
d = Doc("001_b393d00e6357293a", "2026-02-11"); docs.append(d)
S = "나래홈쇼핑"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "the company whose stake is held (object of 지분)"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("나래유통", "나래유통", note="invented parent (모회사)")
d.O("GS샵", "GS샵", note="rival")
d.O("CJ온스타일", "CJ온스타일", note="rival")
d.O("한국TV홈쇼핑협회", "한국TV홈쇼핑협회", note="association cited as source (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 취급고 4조1천억", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 3.8%", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025")
d.D("11일", "2026-02-11", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("같은 기간", Y, "year", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025년")
d.D("전년", "2024", "year", ctx="전년(4.2%)", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a quarter without a year: the latest Q4 on or before 2026-02-11")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("지난해", Y, "year", ctx="지난해 취급고는 각각", rel=True)
d.D("지난해", Y, "year", ctx="지난해 유료방송사업자", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention (as before a month)")
d.Q("4조1천억", 4100000000000, W, "", "currency", ctx="4조1천억…", st="optional", note="headline amount, currency not written",
    f=("취급고", "지난해 취급고 4조1천억", S, Y, "level"))
d.Q("5%", 5, "%", "%", P, ctx="5%대 회복", approx=True, note="suffix 대 after the unit: outside, approx",
    f=("영업이익률", "영업이익률 5%대", S, Y, "level", "required", "headline: the headline's 지난해 carried across the …"))
d.Q("4조 1,230억 원", 4123000000000, W, "원", "currency", f=("취급고", "2025년 취급고", S, Y, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("취급고", "2025년 취급고", S, Y, "change", "required", "전년보다 = basis; period the current year"))
d.Q("1조 1,870억 원", 1187000000000, W, "원", "currency", f=("매출", "매출과 영업이익은", S, Y, "level", "required", "각각: first of the pair; 같은 기간 → 2025"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "매출과 영업이익은", S, Y, "level", "required", "각각: second of the pair"))
d.Q("5.2%", 5.2, "%", "%", P, f=("영업이익률", "영업이익률은 5.2%", S, Y, "level"))
d.Q("4.2%", 4.2, "%", "%", P, f=("영업이익률", "영업이익률은 5.2%", S, "2024", "level", "required",
    "basis figure in brackets after 전년: that year's level (convention 4)"))
d.Q("1.0%포인트", "1.0", "%p", "%포인트", P, f=("영업이익률", "영업이익률은 5.2%", S, Y, "change", "required", "value kept as written"))
d.Q("1조 8,400억 원", 1840000000000, W, "원", "currency", f=("모바일 취급고", None, S, Y, "level", "required", "breakdown item (채널별로는); the modifier 모바일 changes what is measured"))
d.Q("45%", 45, "%", "%", P, approx=True, f=("모바일 취급고", None, S, Y, "level", "required", "전체의 N%: the share of the part named before it (convention 5)"))
d.Q("2조 2,830억 원", 2283000000000, W, "원", "currency", f=("TV 취급고", None, S, Y, "level"))
d.Q("1.5%", 1.5, "%", "%", P, f=("TV 취급고", None, S, Y, "change", "required", "줄었다: no sign written, kind change"))
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("취급고", "4분기 취급고", S, "2025-Q4", "level", "required", "4분기 qualifies the period: outside the metric"))
d.Q("53.6%", 53.6, "%", "%", P, f=("지분", "지분 53.6%", "나래유통", Y, "level", "required", "the holder owns its stake (convention 11); 지난해 말 → 2025"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency", f=("취급고", "지난해 취급고는 각각", "GS샵", Y, "level", "required", "각각: first rival"))
d.Q("3조 9천억 원", 3900000000000, W, "원", "currency", approx=True, note="안팎 → approx (written after this one only: open question 3)",
    f=("취급고", "지난해 취급고는 각각", "CJ온스타일", Y, "level", "required", "각각: second rival"))
d.Q("7개사", 7, "개사", "개사", C, note="counter 개사 (companies)",
    f=("홈쇼핑", "홈쇼핑 7개사", "", Y, "level", "optional", "a count that defines the group whose figure follows (open question 1)"))
d.Q("1조 9,100억 원", 1910000000000, W, "원", "currency",
    f=("송출수수료", None, "", Y, "level", "required", "industry total of seven companies not named: empty subject; the association is only the source"))
d.Q("70%", 70, "%", "%", P, bound="gt", note="넘었다 → gt",
    f=("송출수수료", None, "", Y, "level", "required", "방송 매출의 70%: the share the fees make up (convention 5)"))
d.Q("300만 명", 3000000, "명", "명", C, bound="min", note="이상 → min",
    f=("이용자", None, S, "2026-H1", "level", "required", "the head speaks for the company; the target's deadline 올해 상반기"))

write_all(docs)
