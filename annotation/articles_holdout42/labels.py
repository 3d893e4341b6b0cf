"""Gold labels of articles-holdout42, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format docs/gold-format.md).
Run: python annotation/articles_holdout42/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT_HEAD = "headline amount, currency implied (No unit, no quantity: optional)"
RATE_DAY = "native day word as a rate word (하루 평균): rate denominators are optional"
PB = "points back to a period named in the text: optional"

# ---------------------------------------------------------------- 001 delivery platform's annual GMV and riders (뉴스1 dateline, years written)
d = Doc("001_14151a7839e63bce", "2026-02-10"); docs.append(d)
S = "배달통통"
d.Oall(S, S, special={0: ("required", "invented platform, headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("배달의민족", "배달의민족", note="rival platform (a business run as a platform)")
d.O("쿠팡이츠", "쿠팡이츠", note="rival platform")
d.O("한빛커머스홀딩스", "한빛커머스홀딩스", note="invented parent company (모회사)")
Y = "2025"
d.D("작년", Y, "year", ctx="작년 거래액", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 18.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", Y, "year", ctx="같은 기간 주문", rel=True, st="optional", anchor="2025-01-01", note="같은 기간: optional; points back to 2025년")
d.D("2024년", "2024", "year")
d.D("지난해 12월", "2025-12", "month", rel=True, note="지난해 before a month: one mention")
d.D("지난해 말", Y, "year", ctx="라이더는 지난해 말", mod="END", rel=True, note="as of (기준)")
d.D("같은 기간", Y, "year", ctx="같은 기간 거래액이", rel=True, st="optional", anchor="2025-01-01", note="같은 기간: optional; points back to 2025")
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", ctx="올해 배달통통에", rel=True)
d.D("지난해 말", Y, "year", ctx="지난해 말 12만", mod="END", rel=True, note="in the relative clause of the old level (12만 곳이던)")
d.D("올해 말", "2026", "year", mod="END", rel=True, note="올해 말까지 (까지 outside): a deadline of a plan")
d.D("올해", "2026", "year", ctx="\"올해 거래액", rel=True)
d.Q("4조", 4000000000000, W, "", "currency", ctx="4조 돌파", bound="gt", st="optional", note=OPT_HEAD + "; 돌파 → gt")
d.Q("3만명", 30000, "명", "명", C, ctx="3만명 넘어", bound="gt", note="넘어 → gt",
    f=("라이더", "라이더 3만명", S, Y, "level", "required", "headline: its topic and its own date (작년)"))
d.Q("4조 1,300억 원", 4130000000000, W, "원", "currency", f=("거래액", "연간 거래액이", S, Y, "level", "required", "연간 is a basis modifier: outside the metric"))
d.Q("18.6%", "18.6", "%", "%", P, f=("거래액", "연간 거래액이", S, Y, "change", "required", "전년보다 = basis"))
d.Q("2억 7,400만 건", 274000000, "건", "건", C, f=("주문 건수", None, S, Y, "level", "required", "같은 기간 (optional DATE) points back to 2025; subject carried"))
d.Q("2억 3,900만 건", 239000000, "건", "건", C,
    f=("주문 건수", None, S, "2024", "level", "required", "a figure in brackets after a year is that year's figure of the same measure"))
d.Q("3,500만 건", 35000000, "건", "건", C, f=("주문 건수", None, S, Y, "change"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 약 75만", st="optional", note=RATE_DAY)
d.Q("75만 건", 750000, "건", "건", C, approx=True, note="약 outside: approx",
    f=("주문", "건의 주문이", S, Y, "level", "required", "the counted noun after the count (N건의 주문); period and subject carried"))
d.Q("한 달", 1, "month", "달", "duration", st="optional",
    note="지난해 12월 한 달 거래액: an amount of time restating the month, close to a rate word (한 달 거래액): optional")
d.Q("4,020억 원", 402000000000, W, "원", "currency", f=("거래액", "한 달 거래액", S, "2025-12", "level"))
d.Q("3만 1,200명", 31200, "명", "명", C, f=("활동 라이더", None, S, Y, "level", "required", "지난해 말 기준: value 2025 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (within a year): a duration, no fact")
d.Q("4,600명", 4600, "명", "명", C, f=("활동 라이더", None, S, Y, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the 1 of a rate denominator (1인당): optional")
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균 배달", st="optional", note=RATE_DAY)
d.Q("21.4건", "21.4", "건", "건", C, f=("배달 건수", None, S, Y, "level", "required", "the period last set for the platform (지난해 말: 2025) carried"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("19조 원", 19000000000000, W, "원", "currency", approx=True, note="약 outside: approx",
    f=("거래액", "같은 기간 거래액이", "배달의민족", Y, "level", "required", "같은 기간 (optional DATE) → 2025"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("11조 원", 11000000000000, W, "원", "currency", approx=True, note="약 outside: approx",
    f=("거래액", "같은 기간 거래액이", "쿠팡이츠", Y, "level", "required", "listed with the figure before: its measure and period; its own topic"))
d.Q("10.3%", "10.3", "%", "%", P, f=("시장 점유율", None, S, Y, "level", "required", "the platform's period last set (2025) carried"))
d.Q("1.2%포인트", "1.2", PP, "%포인트", P, f=("시장 점유율", None, S, Y, "change", "required", "전년 대비 = basis"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1,500억 원", 150000000000, W, "원", "currency",
    f=("투자", "투자하기로", "한빛커머스홀딩스", "2026", "level", "required",
       "the parent invests: its figure; 배달통통에 is the recipient; no measure noun: the verbal noun (투자하기로); 올해 in the clause"))
d.Q("12만 곳", 120000, "곳", "곳", C,
    f=("비수도권 가맹점", None, S, Y, "level", "required", "the old level dated by its own relative clause (지난해 말 … 이던)"))
d.Q("15만 곳", 150000, "곳", "곳", C, f=("비수도권 가맹점", None, S, "2026", "level", "required", "a target dated 올해 말까지 (value 2026)"))
d.Q("5조 원", 5000000000000, W, "원", "currency",
    f=("거래액", "\"올해 거래액", S, "2026", "level", "required", "a target in the company head's quote (박준형 배달통통 대표): the company's figure"))
d.Q("4만 명", 40000, "명", "명", C, bound="min", note="이상 → min",
    f=("라이더", "라이더 4만", S, "2026", "level", "required", "listed with the figure before in the quote: same subject and period"))

if __name__ == "__main__":
    write_all(docs)
