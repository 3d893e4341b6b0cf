"""Gold labels of articles-holdout99, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout99/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text: optional"

# ---------------------------------------------------------------- 001 game publisher: Q3 results, new title's revenue and MAU (연합뉴스 dateline)
d = Doc("001_2facbd8ad3c7de73", "2025-11-12"); docs.append(d)
S = "라온게임즈"; SUB = "라온픽셀스튜디오"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(SUB, SUB, aliases="픽셀스튜디오", note="invented subsidiary; short name defined with 이하 recorded as alias")
d.O("픽셀스튜디오", SUB, ctx="(이하 픽셀스튜디오)", st="optional", note="short name where it is defined with 이하: optional")
d.O("픽셀스튜디오", SUB, ctx="픽셀스튜디오의 개발", note="later use of the 이하 short name: required")
d.O("넥슨", "넥슨", note="rival (각각)")
d.O("블루웨일게임즈", "블루웨일게임즈", note="invented rival (각각)")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="agency cited as source (에 따르면)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 매출 41%", rel=True, note="headline quarter without year: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("12일", "2025-11-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("지난 7월", "2025-07", "month", rel=True, note="deictic 지난 in the span")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("3분기", Q3, "quarter", ctx="3분기 매출 312억", rel=True)
d.D("같은 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("1년 전", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01",
    note="offset used as a comparison basis for 올해 상반기: points back (a year before that half); optional")
d.D("내년 초", "2026", "year", mod="START", rel=True, note="future clause; 초 → START")
d.D("내년", "2026", "year", ctx="내년 매출은", rel=True)
# quantities and facts
d.Q("41%", 41, "%", "%", P, f=("매출", "3분기 매출 41%", S, Q3, "change", "required", "headline: ↑ marks a rise; the headline's own 3분기"))
d.Q("320만 명", 3200000, "명", "명", C, ctx="MAU 320만 명\n",
    f=("MAU", "…MAU 320만", "", Q3, "level", "optional",
       "the title's MAU (a product: empty subject); headline period: its own 3분기 vs the body's 9월 말 — open question"))
d.Q("1,862억 원", 186200000000, W, "원", "currency", f=("매출", "기준 매출이", S, Q3, "level", "required", "연결 기준 is a basis modifier: outside"))
d.Q("41.3%", 41.3, "%", "%", P, f=("매출", "기준 매출이", S, Q3, "change", "required", "전년 동기보다 = basis; period the current one"))
d.Q("214억 원", 21400000000, W, "원", "currency", f=("영업이익", None, S, Q3, "level", "required", "같은 기간 → 2025년 3분기"))
d.Q("석 달", 3, "month", "달", "duration", note="native numeral 석 + 달; 만에 outside: duration, no fact")
d.Q("930억 원", 93000000000, W, "원", "currency", ctx="약 930억 원", approx=True,
    f=("누적 매출", None, "", "", "level", "required",
       "the sentence's dropped subject is the title '별의 항로' (a product, not an ORG): empty subject; 지난 7월 dates the launch, 석 달 만에 is a duration: no period"))
d.Q("320만 명", 3200000, "명", "명", C, ctx="기준 320만 명",
    f=("월간 활성 이용자 수", None, "", "2025-09", "level", "required", "the title's MAU (product: empty subject); 9월 말 기준"))
d.Q("58%", 58, "%", "%", P, f=("해외 이용자", None, "", "2025-09", "level", "required", "이 가운데: a part of the MAU; its as-of date carried"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("매출", "3분기 매출 312억", SUB, Q3, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time, no fact")
d.Q("120명", 120, "명", "명", C, approx=True,
    f=("개발 인력", None, SUB, Q3, "change", "required", "가량 → approx; 늘어 → change; period carried for the same subject (3분기)"))
d.Q("460명", 460, "명", "명", C, f=("개발 인력", None, SUB, Q3, "level", "required", "period carried for the same subject"))
d.Q("2,930억 원", 293000000000, W, "원", "currency", f=("모바일 매출", "같은 분기 모바일 매출", "넥슨", Q3, "level", "required", "각각: first of the pair"))
d.Q("388억 원", 38800000000, W, "원", "currency", f=("모바일 매출", "같은 분기 모바일 매출", "블루웨일게임즈", Q3, "level", "required", "각각: second of the pair"))
d.Q("5조 4천억 원", 5400000000000, W, "원", "currency", approx=True,
    f=("국내 모바일 게임 시장", None, "", "2025-H1", "level", "required", "규모 amount: the thing whose size it is; a market figure: empty subject (source cited)"))
d.Q("3.2%", 3.2, "%", "%", P, f=("국내 모바일 게임 시장", None, "", "2025-H1", "change", "required", "줄었다: change; sign not written"))
d.Q("500만 명", 5000000, "명", "명", C, bound="gt",
    f=("MAU", "MAU 500만", "", "2026", "level", "required", "넘기겠다 → gt; the title's MAU (empty subject, as above); 내년 초 in its clause"))
d.Q("8천억 원", 800000000000, W, "원", "currency", approx=True,
    f=("매출", "내년 매출은", S, "2026", "level", "required", "안팎 → approx; the head's quote speaks for the company"))

if __name__ == "__main__":
    write_all(docs)
