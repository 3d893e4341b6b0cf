"""Gold labels of articles-holdout47, written by reading the texts against the shared guidelines only
(/work/shared/ANNOTATION.md and /work/shared/FACTS.md; file format: docs/gold-format.md).
Run: python annotation/articles_holdout47/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
DEF = "definitional age/size bracket, part of the metric: no fact (FACTS); written optional so that it counts neither way"
EQ = "a conversion: the same metric, subject, period and kind as the quantity it converts (FACTS)"

# ---------------------------------------------------------------- 001 5G subscribers by carrier, a ministry's statistic (뉴스1 dateline)
d = Doc("001_deb9287fcd6ba263", "2026-03-05"); docs.append(d)
SK, KT, LG, MS = "SK텔레콤", "KT", "LG유플러스", "과학기술정보통신부"
d.O("SKT", SK, note="short form of SK텔레콤 (named in full in the body)")
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O(MS, MS, note="the ministry that releases the statistic (its source)")
d.Oall(SK, SK)
d.Oall(KT, KT, skip=(0,))  # occurrence 0 is inside the headline's SKT
d.Oall(LG, LG)
d.O("과기정통부", MS, note="short form of 과학기술정보통신부, before 관계자")
J = "2026-01"
d.D("지난 1월 말", J, "month", mod="END", rel=True)
d.D("5일", "2026-03-05", "day", rel=True, note="day of the release (발표한): not a period")
d.D("2026년 1월 말", J, "month", mod="END", note="as of (기준)")
d.D("전월", "2025-12", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월 (the month before it)")
d.D("1년 전", "2025", "year", rel=True, note="an amount of time + 전: a DATE, N년 전 -> that year (ANNOTATION Offsets); a comparison's basis")
d.D("전년 동월", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 1월")
d.D("지난해 4분기", "2025-Q4", "quarter", rel=True, note="지난해 before a quarter: one mention")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 지난해 4분기")
d.D("지난해 하반기", "2025-H2", "half", rel=True, note="지난해 before a half: one mention")
d.D("1월 말", J, "month", ctx="1월 말 기준 124만", mod="END", rel=True, note="as of (기준): the latest January on or before the document date")
d.D("올해", "2026", "year", rel=True, note="올해 안에 (안에 outside)")
HL = "a headline figure: no DATE in the headline and nothing before it, so no period (FACTS: no time stated -> empty)"
NAT = "the national count of 5G subscribers (a market's figure; the ministry is only the source): empty subject"
ONE = "one statistic (the ministry's 1월 말 release): its period carries to the release's other figures (README convention 2)"
BR = "breakdown (사업자별로는): the item counts what the total counts (5G 가입자, nearest mention); the carrier is the subject; the statistic's period"
d.Q("3,600만 명", 36000000, "명", "명", C, ctx="가입자 3,600만 명 넘어", bound="gt", note="넘어 -> gt",
    f=("5G 가입자", "5G 가입자 3,600", "", "", "level", "required", HL + "; " + NAT))
d.Q("47%", 47, "%", "%", P, ctx="47%대로", approx=True, note="대 after the unit stays outside and sets approx (like 원대)",
    f=("점유율", "SKT 점유율", SK, "", "level", "required", HL + "; 하락 names the fall, the figure is the level reached (대로)"))
d.Q("3,600만 명", 36000000, "명", "명", C, ctx="말 3,600만 명을", bound="gt", note="넘어섰다 -> gt",
    f=("5G 가입자", "국내 5G 가입자가", "", J, "level", "required", NAT + "; 지난 1월 말 in its clause"))
d.Q("3,612만 4,000명", 36124000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자는", "", J, "level", "required", NAT + "; 1월 말 기준 in its sentence"))
d.Q("38만 2,000명", 382000, "명", "명", C, f=("5G 가입자", "기준 5G 가입자는", "", J, "change", "required", "전월보다 = basis; " + NAT))
d.Q("5,690만 명", 56900000, "명", "명", C, f=("휴대폰 가입자", None, "", J, "level", "required", NAT + "; " + ONE))
d.Q("63.5%", 63.5, "%", "%", P, f=("5G 비중", None, "", J, "level", "required", NAT + "; " + ONE))
d.Q("1,702만 명", 17020000, "명", "명", C, f=("5G 가입자", None, SK, J, "level", "required", BR))
d.Q("47.1%", 47.1, "%", "%", P, f=("점유율", "점유율 47.1%", SK, J, "level"))
d.Q("1,089만 명", 10890000, "명", "명", C, f=("5G 가입자", None, KT, J, "level", "required", BR))
d.Q("30.1%", 30.1, "%", "%", P, f=("점유율", None, KT, J, "level", "required", "a figure in brackets after a carrier's count continues the list's 점유율 (nearest mention)"))
d.Q("821만 명", 8210000, "명", "명", C, f=("5G 가입자", None, LG, J, "level", "required", BR))
d.Q("22.7%", 22.7, "%", "%", P, f=("점유율", None, LG, J, "level", "required", "as 30.1%"))
d.Q("0.9%포인트", 0.9, PP, "%포인트", P, f=("점유율", "SK텔레콤 점유율은", SK, J, "change", "required", "1년 전보다 = basis; the statistic's period carried"))
d.Q("9.8%", 9.8, "%", "%", P, f=("가입자", "LG유플러스 가입자는", LG, J, "change", "required", "전년 동월보다 = basis"))
AR = "무선 가입자당 평균매출"
d.Q("3만 4,100원", 34100, W, "원", "currency", f=(AR, None, KT, "2025-Q4", "level", "required", "지난해 4분기 in the sentence; the carrier named before the figure"))
d.Q("2만 9,300원", 29300, W, "원", "currency", f=(AR, None, SK, "2025-Q4", "level"))
d.Q("2만 4,800원", 24800, W, "원", "currency", f=(AR, None, LG, "2025-Q4", "level"))
d.Q("1.2%", 1.2, "%", "%", P, f=("ARPU", "KT의 ARPU는", KT, "2025-Q4", "change", "required", "전년 동기보다 = basis; period carried for the subject"))
d.Q("2.4%", 2.4, "%", "%", P, f=("ARPU", "KT의 ARPU는", LG, "2025-Q4", "change", "required", "its own topic; the metric of the figure before in its sentence; no sign written (떨어졌다: kind says it)"))
d.Q("3사", 3, "사", "사", C, ctx="통신 3사",
    f=("", None, "", "", "level", "optional",
       "통신 3사 is a reference to the three carriers, not a reported figure: what it measures and whose it is are unclear (README question 1)"))
d.Q("3만 원", 30000, W, "원", "currency", ctx="월 3만 원대", approx=True, note="원대: 대 outside, approx; 월 (no number) is a rate word",
    f=("요금제", "3만 원대 5G 요금제", SK + ";" + KT + ";" + LG, "2025-H2", "level", "optional",
       "a price class naming a kind of plan (월 3만 원대 요금제): a level of the plans' price or only a definitional label? and is 지난해 하반기 (their launch) its period? (README question 1)"))
d.Q("124만 명", 1240000, "명", "명", C,
    f=("5G 요금제 가입자", None, SK + ";" + KT + ";" + LG, J, "level", "required",
       "통신 3사 = the group the text names in full (SK텔레콤, KT, LG유플러스): all three (FACTS); 1월 말 기준 in its clause; 지난해 하반기 dates the plans' launch in a relative clause"))
d.Q("4,000만 명", 40000000, "명", "명", C, bound="gt", note="넘어설 -> gt",
    f=("5G 가입자", "5G 가입자가 4,000만", "", "2026", "level", "required", "an outlook of the national count (the official speaks for the ministry, the source): empty subject; 올해 in the clause"))

if __name__ == "__main__":
    write_all(docs)
