"""Gold labels of articles-holdout33, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md, /work/shared/FACTS.md) and docs/gold-format.md.
Run: python annotation/articles_holdout33/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 life insurer's IPO (입력 stamp + outlet byline)
d = Doc("001_8239b2011f80b5c6", "2026-03-10"); docs.append(d)
S = "한빛생명"
d.Oall(S, S, special={0: ("required", "invented insurer; headline topic with a comma")})
d.O("머니투데이", "머니투데이", note="outlet in the byline line")
d.O("KB증권", "KB증권", note="lead underwriter (대표 주관사)")
d.O("한국투자증권", "한국투자증권", note="lead underwriter (대표 주관사)")
d.D("2026.03.10", "2026-03-10", "day", st="optional", note="publication stamp (the date only; the clock time is not labelled)")
d.D("지난 4일", "2026-03-04", "day", rel=True, note="A부터 B까지: two mentions")
d.D("6일", "2026-03-06", "day", ctx="6일까지", rel=True, note="end of a 부터…까지 pair: month taken from its start")
d.D("10일", "2026-03-10", "day", ctx="10일 밝혔다", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해 순이익", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("오는 12~13일", "2026-03-12/2026-03-13", "day", rel=True, note="future range of days (오는): the next such days")
d.D("이달 23일", "2026-03-23", "day", rel=True, note="이달 + day: one mention")
d.D("2021년", "2021", "year")
FC = "2026-03-04/2026-03-06"
FCN = "a result of the demand forecast held 지난 4일부터 6일까지 (two DATE mentions): period written as the range they make"
TERM = ("a term of the offering with no date in its sentence: the period last set for the insurer carries forward "
        "(FACTS: until another is named), so the forecast days; a reader might leave a standing term undated (README question 1)")
d.Q("2만4천원", 24000, W, "원", "currency",
    f=("공모가", "공모가 상단", S, FC, "level", "optional", "headline: nothing earlier sets a period; the lead gives the forecast days (README question 1)"))
d.Q("812대", 812, "대", "대", C, ctx="812대 1", st="optional",
    note="a competition ratio written N대 1: 대 is 'to', no unit (not a counter); optional",
    f=("경쟁률", "수요예측 경쟁률", S, "", "level"))
d.Q("2만1,000~2만4,000원", 21000, W, "원", "currency", hi=24000, note="a range: one mention",
    f=("희망 범위", "희망 범위(", S, FC, "level", "required", "the price band (희망 범위 of 공모가); " + FCN))
d.Q("2만4,000원", 24000, W, "원", "currency", ctx="상단인 2만4,000원", f=("공모가", "결과 공모가", S, FC, "level", "required", FCN))
d.Q("1,874곳", 1874, "곳", "곳", C, f=("국내외 기관", None, S, FC, "level", "required", "counted noun; the forecast is the insurer's (수요예측에는 continues its story); " + FCN))
d.Q("812.4대", 812.4, "대", "대", C, st="optional", note="a competition ratio written N대 1: 대 is 'to', not a counter; optional",
    f=("경쟁률", "경쟁률은", S, FC, "level"))
d.Q("97%", 97, "%", "%", P, f=("참여 기관", None, S, FC, "level", "required", "a share of the participating institutions; " + FCN))
d.Q("3,500만 주", 35000000, "주", "주", C, f=("공모 주식 수", None, S, FC, "level", "required", TERM))
d.Q("8,400억 원", 840000000000, W, "원", "currency", f=("공모 금액", None, S, FC, "level", "required", TERM))
d.Q("2조 5,200억 원", 2520000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("시가총액", None, S, FC, "level", "optional", "확정 공모가 기준 is a basis, not a date; " + TERM))
d.Q("3,210억 원", 321000000000, W, "원", "currency", f=("순이익", None, S, "2025", "level"))
d.Q("11.6%", 11.6, "%", "%", P, f=("순이익", None, S, "2025", "change", "required", "전년보다 = basis; 늘었다"))
d.Q("218%", 218, "%", "%", P, f=("지급여력비율", None, S, "2025", "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("5,000억 원", 500000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("자본 확충", None, S, "", "level", "optional",
       "a part of the offering's proceeds to be spent on X: metric 공모 자금 (the whole) or 자본 확충 (the use)? a plan with no date (the carried 지난해 말 is not its time); README question 2"))
d.Q("25%", 25, "%", "%", P,
    f=("일반 투자자 배정 물량", None, S, "", "level", "optional",
       "after a sentence whose subject is the underwriters (KB증권과 한국투자증권은): carried subject = the underwriters, or the issuer whose shares they are? period: the subscription days or none? README question 3"))
d.Q("875만 주", 8750000, "주", "주", C,
    f=("일반 투자자 배정 물량", None, S, "", "level", "optional", "as 25% (README question 3)"))
d.Q("5년", 5, "year", "년", "duration", note="5년 만의: a duration (만에), no fact")

if __name__ == "__main__":
    write_all(docs)
