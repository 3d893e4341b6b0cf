"""Gold labels of articles-holdout116, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout116/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
BASIS = "basis figure in brackets after a pointing-back date: its period is that date's value"
PART = "breakdown item: no measure noun in its clause, the part's name is the metric (W116 convention)"
HEAD = "a head's quote speaks for the organization he or she heads"
LEAD = "period carried forward from the lead for the same subject"


# ---------------------------------------------------------------- 001 character licensing: revenue by region (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_3df7fdbd075fda4a", "2026-02-10"); docs.append(d)
S = "몽글스튜디오"
d.Oall(S, S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", aliases="콘진원", note="cited source; `(이하 콘진원)` recorded as alias")
d.O("콘진원", "한국콘텐츠진흥원", ctx="이하 콘진원", st="optional", note="short name where it is defined with 이하 (ANNOTATION: optional)")
d.O("콘진원", "한국콘텐츠진흥원", ctx="콘진원은", note="later use of the 이하 short name: required")
d.O("바니앤코", "바니앤코", note="invented rival (경쟁사)")
d.O("몽글홀딩스", "몽글홀딩스", note="invented parent (모회사)")
Y, N = "2025", "2026"
d.D("지난해", Y, "year", ctx="지난해 라이선스", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(474억원)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", ctx="전년 대비 2배", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as-of date (기준)")
d.D("올해", N, "year", ctx="올해 캐릭터", rel=True)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난달", "2026-01", "month", rel=True)
d.D("올해", N, "year", ctx="올해 라이선스", rel=True, note="future target in a quote")
LM = "라이선스 매출"
d.Q("612억원", "61200000000", W, "원", "currency", ctx="612억원…", f=(LM, "지난해 라이선스 매출", S, Y, "level"))
d.Q("50%", "50", "%", "%", P, bound="gt", note="돌파 → gt", f=("해외 비중", "해외 비중 첫", S, Y, "level"))
d.Q("612억원", "61200000000", W, "원", "currency", ctx="612억원으로", f=(LM, "2025년 라이선스 매출", S, Y, "level"))
d.Q("474억원", "47400000000", W, "원", "currency", note=BASIS, f=(LM, "2025년 라이선스 매출", S, "2024", "level"))
d.Q("29.1%", "29.1", "%", "%", P, f=(LM, "2025년 라이선스 매출", S, Y, "change"))
d.Q("318억원", "31800000000", W, "원", "currency", f=("해외 매출", None, S, Y, "level"))
d.Q("52%", "52", "%", "%", P, note="share of the whole (전체의 N%를 차지): the part is the metric",
    f=("해외 매출", None, S, Y, "level"))
d.Q("142억원", "14200000000", W, "원", "currency", f=("중국", None, S, Y, "level", "required", PART))
d.Q("96억원", "9600000000", W, "원", "currency", f=("동남아시아", None, S, Y, "level", "required", PART))
d.Q("51억원", "5100000000", W, "원", "currency", f=("북미", None, S, Y, "level", "required", PART))
d.Q("2배", "2", "배", "배", C, approx=True, note="가까이 → approx (W116 convention)",
    f=("북미", None, S, Y, "change", "required", "N배 against the year before (늘었다): a change"))
d.Q("294억원", "29400000000", W, "원", "currency", f=("국내 매출", None, S, Y, "level"))
d.Q("3.5%", "3.5", "%", "%", P, f=("국내 매출", None, S, Y, "change"))
d.Q("1천240건", "1240", "건", "건", C, f=("라이선스 계약", "라이선스 계약은", S, Y, "level"))
d.Q("1년", "1", "year", "년", "duration", ctx="1년 새", note="`새` after an amount of time = within: a duration (as 간/동안)")
d.Q("180여건", "180", "건", "여건", C, approx=True, f=("라이선스 계약", "라이선스 계약은", S, Y, "change"))
d.Q("37개국", "37", "개국", "개국", C, f=("계약 파트너사", None, S, Y, "level", "required",
    "the countries of the partners: the nearest noun naming what is counted; as-of date carried"))
d.Q("410곳", "410", "곳", "곳", C, f=("계약 파트너사", None, S, Y, "level"))
d.Q("16조8천억원", "16800000000000", W, "원", "currency", approx=True,
    f=("국내 캐릭터 산업 매출", None, "", "", "level", "required",
       "industry figure, 콘진원 only the source: no subject; no DATE for this metric anywhere before: empty period"))
d.Q("2조원", "2000000000000", W, "원", "currency", bound="gt",
    f=("수출액", None, "", "", "level", "required", "part of the industry figure; no subject, no period"))
d.Q("120억원", "12000000000", W, "원", "currency", f=("캐릭터 수출 지원 예산", None, "한국콘텐츠진흥원", N, "level"))
d.Q("580억원", "58000000000", W, "원", "currency", approx=True, note="안팎 → approx",
    f=(LM, "같은 기간 라이선스 매출", "바니앤코", Y, "level", "required", "같은 기간 → the lead's year"))
d.Q("200억원", "20000000000", W, "원", "currency", f=("출자", None, "몽글홀딩스", "2026-01", "level", "required",
    "verbal noun of 출자했다; the parent invests: its figure"))
d.Q("800억원", "80000000000", W, "원", "currency", f=(LM, "올해 라이선스 매출", S, N, "level", "required", HEAD))
d.Q("60%", "60", "%", "%", P, bound="min", f=("해외 비중", "해외 비중 60%", S, N, "level", "required", HEAD))
d.Q("3년", "3", "year", "년", "duration", bound="max", note="`안에` = 내/이내 → bound max (W116 convention); duration, no fact")

if __name__ == "__main__":
    write_all(docs)
