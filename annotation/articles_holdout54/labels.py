"""Gold labels of articles-holdout54, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout54/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text: optional (ANNOTATION, Relative dates)"

# ---------------------------------------------------------------- 001 game publisher Q1 results + new title (뉴스1 dateline)
d = Doc("001_dfde2261054370c9", "2026-05-13"); docs.append(d)
NX = "넥스플레이게임즈"
d.Oall("넥스플레이", NX, skip=(1,), special={0: ("required", "short form of 넥스플레이게임즈 (named in full in the lead); headline topic with a comma")})
d.O(NX, NX, note="the full name; topic of the lead")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("루미나스튜디오", "루미나스튜디오", note="invented development subsidiary (개발 자회사)")
d.O("반다이남코엔터테인먼트", "반다이남코엔터테인먼트", note="the overseas publisher partner; 일본 (a place) outside")
d.O("한국투자증권", "한국투자증권", note="brokerage making a forecast")
Q1 = "2026-Q1"
d.D("1분기", Q1, "quarter", ctx="넥스플레이, 1분기", rel=True, note="headline quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year and quarter: one mention")
d.D("13일", "2026-05-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention (as 지난해 before a month)")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기(", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("오는 6월 25일", "2026-06-25", "day", rel=True, note="future clause (오는)")
d.D("12일", "2026-05-12", "day", rel=True, note="as of (기준): a past day")
d.D("2분기", "2026-Q2", "quarter", rel=True, note="a forecast; the document date is in this Q2")
d.D("올해", "2026", "year", rel=True)
d.Q("126억", 12600000000, W, "", "currency", ctx="126억…", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("180만명", 1800000, "명", "명", C, bound="gt", note="돌파 → gt",
    f=("사전예약", None, "", "", "level", "optional",
       "a product's figure (the game): empty subject; its only DATE in the headline is 1분기 (its sentence), but the body dates the count 12일 (Q2): which? (README question 2)"))
d.Q("812억 원", 81200000000, W, "원", "currency", f=("매출", "기준 매출", NX, Q1, "level"))
d.Q("126억 원", 12600000000, W, "원", "currency", f=("영업손실", "영업손실 126억 원", NX, Q1, "level"))
d.Q("9.4%", 9.4, "%", "%", P, ctx="9.4% 줄었고", f=("매출", "매출은 전년", NX, Q1, "change", "required", "전년 동기보다 = the basis; the period is the current one"))
d.Q("410억 원", 41000000000, W, "원", "currency",
    f=("매출", "원정대'의 매출", "", "2025-Q4", "level", "required", "a product's (a game's) revenue: empty subject (FACTS: a product that is not an ORG); 지난해 4분기 in its clause"))
d.Q("305억 원", 30500000000, W, "원", "currency",
    f=("매출", "원정대'의 매출", "", Q1, "level", "required",
       "A에서 B로: the date in the clause (지난해 4분기) attaches to the old level; the new one is the story's quarter (the lead's 2026년 1분기)"))
d.Q("468억 원", 46800000000, W, "원", "currency", f=("해외 매출", "해외 매출은", NX, Q1, "level", "required", "the company carried from the lead (반면 continues about it)"))
SH = "전체의 N%를 차지해 … 비중이: the measure noun of the sentence (비중) names what the share measures (README convention 3)"
d.Q("57.6%", 57.6, "%", "%", P, f=("비중", None, NX, Q1, "level", "required", SH))
d.Q("48.2%", 48.2, "%", "%", P,
    f=("비중", None, NX, "2025-Q1", "level", "required", "a basis figure in brackets after 전년 동기: dated by that DATE's value (the DATE itself is optional)"))
d.Q("9.4%포인트", 9.4, PP, "%포인트", P, f=("비중", None, NX, Q1, "change"))
d.Q("938억 원", 93800000000, W, "원", "currency", f=("영업비용", None, NX, Q1, "level"))
d.Q("11%", 11, "%", "%", P, f=("영업비용", None, NX, Q1, "change"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
SUB = ("the subsidiary's staff (genitive owner): no DATE of its own and no period set before for this subject; "
       "1년 새 is a duration: the story's quarter or empty? (README question 3)")
d.Q("120명", 120, "명", "명", C, f=("인력", None, "루미나스튜디오", Q1, "change", "optional", SUB))
d.Q("430명", 430, "명", "명", C, f=("인력", None, "루미나스튜디오", Q1, "level", "optional", SUB))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("신작 광고비", None, NX, Q1, "level", "required",
       "X로 N원을 썼다 → X; the dropped subject of 썼다 is the company (the sentence explains its 영업비용), not the subsidiary of the clause before"))
d.Q("182만 명", 1820000, "명", "명", C,
    f=("사전 예약자", None, "", "2026-05-12", "level", "required", "a product's (the game's) figure: empty subject; 12일 기준 in its clause"))
d.Q("104만 명", 1040000, "명", "명", C, f=("해외 이용자", None, "", "2026-05-12", "level", "required", "part opener 이 가운데 in the same sentence: 12일 기준"))
d.Q("200억 원", 20000000000, W, "원", "currency",
    f=("계약금", None, NX, Q1, "level", "required",
       "넥스플레이는 … 받았다: the company's; no DATE of its own: the period last set for this subject (the story's quarter) carries (FACTS)"))
d.Q("1,100억 원", 110000000000, W, "원", "currency", bound="gt", note="넘고 → gt",
    f=("매출", "2분기 매출", NX, "2026-Q2", "level", "required", "a broker's forecast of the company's figure (넥스플레이의 2분기 매출): the company, not the broker"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("영업이익", "연간 영업이익", NX, "2026", "level", "optional",
       "연간 is no DATE: the annual figure of this year, but the sentence's DATE is 2분기 (the letter of the search order) — 2026, 2026-Q2 or empty? (README question 4)"))
d.Q("70%", 70, "%", "%", P,
    f=("해외 매출 비중", None, NX, "2026", "level", "required",
       "the company head's quote (박지훈 넥스플레이 대표): the quote's own clause names no other subject; 올해 in the clause; 까지 is a particle (no bound)"))

if __name__ == "__main__":
    write_all(docs)
