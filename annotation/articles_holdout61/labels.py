"""Gold labels of articles-holdout61, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout61/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 food-delivery platform (뉴스1 dateline, 2025년 in the lead)
d = Doc("001_232a578d0eec49e1", "2026-02-12"); docs.append(d)
BD, OD, CE, AS = "배달온", "온딜리버리", "쿠팡이츠", "전국배달점주협의회"
d.Oall(BD, BD, special={0: ("required", "a platform (businesses run as platforms are ORG); headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.Oall(OD, OD, special={0: ("required", "the platform's operating company (배달온 운영사 온딜리버리)")})
d.O(CE, CE, note="the rival platform (업계 2위)")
d.O(AS, AS, note="invented merchants' association")
d.O("협의회", AS, ctx="협의회에는", st="optional", note="a type word pointing back to 전국배달점주협의회: short form or generic noun? (README question 6)")
Y = "2025"
d.D("지난해", Y, "year", ctx="배달온, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="배달온의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the release (공개했다)")
d.D("2025년", Y, "year", note="explicit year of the results")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("오는 4월", "2026-04", "month", rel=True, note="future clause (오는)")
d.D("지난해", Y, "year", ctx="쿠팡이츠의 지난해", rel=True)
d.D("이날", "2026-02-12", "day", rel=True, st="optional", anchor="2026-02-12",
    note="points back to the day named before (12일), like 당일: optional")
d.Q("9조", 9000000000000, W, "", "currency", ctx="9조 돌파", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 낮춘다",
    f=("중개 수수료율", "중개 수수료율 7.8%", BD, "", "level", "optional",
       "headline after the ellipsis: the new rate from April; the headline's 지난해 (carry-forward) would be wrong and no date of its own: period unclear; subject the headline's platform"))
d.Q("9조 2,400억 원", 9240000000000, W, "원", "currency", f=("거래액", "배달온의 지난해 거래액", BD, Y, "level", "required", "genitive owner (배달온의)"))
d.Q("11.6%", 11.6, "%", "%", P, f=("거래액", "배달온의 지난해 거래액", BD, Y, "change", "required", "전년보다 = basis"))
RS = "the operator's results (온딜리버리는 … 실적을 공개했다) carried into the new paragraph: subject 온딜리버리 (README question 1)"
d.Q("31만 곳", 310000, "곳", "곳", C, f=("입점 업체", None, OD, Y, "level", "required", "지난해 말 기준 (2025, END); " + RS))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("2만 4천 곳", 24000, "곳", "곳", C, f=("입점 업체", None, OD, Y, "change", "required", "증가했다: a change; " + RS))
d.Q("1조 310억 원", 1031000000000, W, "원", "currency", f=("매출", "매출은 1조", OD, Y, "level", "required", RS))
d.Q("1,420억 원", 142000000000, W, "원", "currency", f=("영업이익", None, OD, Y, "level"))
d.Q("8.9%", 8.9, "%", "%", P, f=("매출", "매출은 1조", OD, Y, "change", "required", "각각: the first figure's metric"))
d.Q("23%", 23, "%", "%", P, f=("영업이익", None, OD, Y, "change", "required", "각각: the second figure's metric"))
d.Q("6,870억 원", 687000000000, W, "원", "currency", f=("중개 수수료 수입", "중개 수수료 수입이", OD, Y, "level"))
d.Q("67%", 67, "%", "%", P,
    f=("중개 수수료 수입", "중개 수수료 수입이", OD, Y, "level", "required", "a share the part takes of the whole (매출 가운데 … 차지했다): the part named"))
QR = "the rate cut from 오는 4월 (온딜리버리는, future clause)"
d.Q("9.8%", 9.8, "%", "%", P,
    f=("기본 중개 수수료율", None, OD, "", "level", "optional", "A에서 B로: the old level is the present rate (현행, no DATE): period empty or the clause's 오는 4월? (README question 2)"))
d.Q("7.8%", 7.8, "%", "%", P, ctx="7.8%로 2%",
    f=("기본 중개 수수료율", None, OD, "2026-04", "level", "required", "the new level; " + QR))
d.Q("2%포인트", 2, PP, "%포인트", P, f=("기본 중개 수수료율", None, OD, "2026-04", "change", "required", "내린다: a change (value as written); " + QR))
d.Q("20%", 20, "%", "%", P, ctx="하위 20%",
    f=("매출", "매출 하위", OD, "2026-04", "level", "optional",
       "definitional (매출 하위 20% 업체 names which merchants): like a definitional range, part of the metric and no fact? (README question 3)"))
d.Q("4.8%", 4.8, "%", "%", P,
    f=("중개 수수료율", "기본 중개 수수료율", OD, "2026-04", "level", "required",
       "a breakdown item (매출 하위 20% 업체에는): the measure of the sentence before; subject and period carried"))
d.Q("1,100억 원", 110000000000, W, "원", "currency",
    f=("수수료 감소분", None, OD, "", "level", "optional",
       "X 규모 → X (수수료 감소분); 회사는 = 온딜리버리; an annual estimate (연간 is no DATE): period empty, or the 오는 4월 carried by the letter? (README question 2)"))
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("8조 원", 8000000000000, W, "원", "currency", bound="gt", note="넘은 → gt",
    f=("거래액", "쿠팡이츠의 지난해 거래액", CE, Y, "level", "required", "genitive owner; 지난해 in the clause"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="a counted noun, not a counter (두 회사): optional")
d.Q("3%포인트", 3, PP, "%포인트", P, approx=True, note="안팎 → approx; 까지 a particle (the level reached)",
    f=("시장 점유율 격차", None, BD + ";" + CE, Y, "level", "optional",
       "the gap between the two named platforms: both as subject (or 온딜리버리 for the first?); level of a gap or a change (좁혀졌다)? period carried or present? (README question 4)"))
DM = "a demand of the association (요구했다) on the platform's rate: the association's figure, the platform's, or none? no DATE (README question 5)"
d.Q("5%", 5, "%", "%", P, ctx="5% 이하", bound="max", note="이하 → max",
    f=("수수료율", "수수료율을 5%", "", "", "level", "optional", DM))
d.Q("3,000원", 3000, W, "원", "currency", bound="max", note="이내 → max; 건당 (no number) a rate word",
    f=("배달비 점주 부담", None, "", "", "level", "optional", DM))
d.Q("1만 2천여 명", 12000, "명", "명", C, approx=True, note="여 between number and unit: inside the span, approx",
    f=("점주", "점주 1만", AS, "", "level", "required",
       "members of the association (협의회에는 … 가입해 있다); a present count: 이날 only dates the statement, so no period"))

if __name__ == "__main__":
    write_all(docs)
