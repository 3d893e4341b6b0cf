"""Gold labels of articles-holdout77, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout77/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 mobile game: global downloads and monthly revenue (연합뉴스 dateline)
d = Doc("001_66da2a619bf14744", "2025-11-12"); docs.append(d)
S = "별빛게임즈"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("별빛재팬", "별빛재팬", note="invented subsidiary (자회사)")
d.O("센서타워", "센서타워", note="app-analytics firm, the source cited (에 따르면)")
d.O("넷마블", "넷마블", note="rival (경쟁사)")
d.O("크래프톤", "크래프톤", note="rival (경쟁사)")
d.D("2025년 4월", "2025-04", "month", note="launch month")
d.D("지난달 말", "2025-10", "month", mod="END", rel=True, note="as of (기준)")
d.D("12일", "2025-11-12", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난달", "2025-10", "month", ctx="지난달 매출", rel=True)
d.D("첫 달", "2025-04", "month", rel=True, st="optional", anchor="2025-04-01",
    note="출시 첫 달 points back to the launch month named in the lead (like 첫해)")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 평균", rel=True, note="basis of the comparison; the latest Q3 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 매출", rel=True)
d.D("올해 1~9월", "2025-01/2025-09", "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("같은 기간", "2025-01/2025-09", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 1~9월")
d.D("10월", "2025-10", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="this year's end, still ahead (future clause)")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention; 까지 outside")
DL = "누적 다운로드"
d.Q("3천만", 30000000, "건", "", C, ctx="3천만 돌파", bound="gt", st="optional", note="headline count, counter (건) only implied; 돌파 → gt",
    f=("다운로드", "글로벌 다운로드 3천만", "", "2025-10", "level"))
d.Q("210억", 21000000000, W, "", "currency", ctx="월매출 210억", st="optional", note="headline amount, currency implied",
    f=("월매출", None, S, "2025-10", "level"))
d.Q("3천만 건", 30000000, "건", "건", C, bound="gt", note="넘어섰다 → gt",
    f=(DL, "누적 다운로드가", "", "2025-10", "level", "required",
       "the downloads of a game ('에테르 크로니클'의): a product's figure, empty subject (FACTS); as of 지난달 말"))
d.Q("210억 원", 21000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("매출", "지난달 매출", S, "2025-10", "level", "required", "dropped subject carried: the company that earned the revenue"))
d.Q("148억 원", 14800000000, W, "원", "currency",
    f=("매출", "지난달 매출", S, "2025-04", "level", "required", "basis in brackets after 첫 달: that DATE's value (README convention: a basis in brackets)"))
d.Q("42%", 42, "%", "%", P, f=("매출", "지난달 매출", S, "2025-10", "change", "required", "the period is the current one (지난달), not the basis"))
d.Q("68%", 68, "%", "%", P, f=("해외 매출 비중", None, S, "2025-10", "level", "required", "3분기 평균 is the basis; 지난달 carried"))
d.Q("5.2%포인트", "5.2", "%p", "%포인트", PP, f=("해외 매출 비중", None, S, "2025-10", "change"))
d.Q("31%", 31, "%", "%", P, f=("다운로드", "전체 다운로드의", "", "2025-10", "level", "required",
    "share of the game's downloads from a region (a place, no subject); the downloads' as-of month carried for the same metric"))
d.Q("24%", 24, "%", "%", P, f=("다운로드", "전체 다운로드의", "", "2025-10", "level"))
d.Q("396억 원", 39600000000, W, "원", "currency", f=("매출", "3분기 매출은 396억", "별빛재팬", "2025-Q3", "level"))
d.Q("610억 달러", 61000000000, U, "달러", "currency", approx=True,
    f=("모바일 게임 이용자 지출", None, "", "2025-01/2025-09", "level", "required", "a world-market figure: a cited source gives no subject"))
d.Q("4%", 4, "%", "%", P, ctx="대비 4% 증가", f=("모바일 게임 이용자 지출", None, "", "2025-01/2025-09", "change"))
d.Q("4조 8천억 원", 4800000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("국내 시장", None, "", "2025-01/2025-09", "level", "required", "a market figure; 같은 기간 → 올해 1~9월"))
d.Q("3위", 3, "위", "위", "ordinal", note="rank: no fact")
d.Q("5위", 5, "위", "위", "ordinal", note="rank: no fact")
d.Q("2위", 2, "위", "위", "ordinal", note="rank: no fact")
d.Q("4천만 건", 40000000, "건", "건", C, bound="min", note="이상 → min",
    f=(DL, "누적 다운로드 4천만", "", "2026-Q1", "level", "required", "the game's downloads (product: empty subject); the deadline 내년 1분기까지"))

if __name__ == "__main__":
    write_all(docs)
