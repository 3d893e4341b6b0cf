"""Gold labels of articles-holdout106, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout106/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
HEADLINE_OPEN = "headline figure with no DATE in the headline: FACTS searches only the clause, the sentence and earlier text (empty) — open question 1"

# ---------------------------------------------------------------- 001 mobile carrier: 5G subscribers and data traffic (연합뉴스 dateline)
d = Doc("001_d8526344be2b15e0", "2025-08-28"); docs.append(d)
S = "KT"
d.Oall("KT", S, skip=(3,), special={0: ("required", "headline topic"), 4: ("required", "organization before 관계자")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("과학기술정보통신부", "과학기술정보통신부", note="government body, the source (밝혔다)")
d.O("과기정통부", "과학기술정보통신부", note="short form of the full name written before")
d.O("SK텔레콤", "SK텔레콤", note="rival")
d.O("LG유플러스", "LG유플러스", note="rival")
d.O("KT엠모바일", "KT엠모바일", aliases="엠모바일", note="subsidiary (알뜰폰 자회사); short name defined with 이하 recorded as alias")
d.O("엠모바일", "KT엠모바일", ctx="(이하 엠모바일)", st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
d.O("한국알뜰통신사업자협회", "한국알뜰통신사업자협회", note="association cited as the source (에 따르면)")
M07 = "2025-07"
d.D("2025년 7월 말", M07, "month", mod="END", note="as of (기준)")
d.D("28일", "2025-08-28", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("7월", M07, "month", ctx="'7월 무선", rel=True, note="month of a statistic's title: the latest July on or before the document date")
d.D("지난해 7월", "2024-07", "month", rel=True, note="basis of a comparison, written explicitly")
d.D("전년 동기", "2024-07", "month", rel=True, st="optional", anchor="2025-07-01", note="points back to the story's 7월")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="basis of a change")
d.D("같은 시점", "2025-06", "month", mod="END", rel=True, st="optional", anchor="2025-06-01", note="points back to 6월 말 (like 같은 기간)")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="the latest Q2 on or before the document date")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (끌어올리겠다): this year's end")
d.Q("1천만 명", 10000000, "명", "명", C, ctx="1천만 명 돌파", bound="gt",
    f=("5G 가입자", "KT 5G 가입자", S, "", "level", "optional", HEADLINE_OPEN))
d.Q("1년", 1, "year", "년", "duration", ctx="트래픽 1년 새", note="1년 새 (over a year): a duration, no fact")
d.Q("18%", 18, "%", "%", P, ctx="1년 새 18% 늘어", f=("데이터 트래픽", "데이터 트래픽 1년", S, "", "change", "optional", HEADLINE_OPEN))
d.Q("1천12만 명", 10120000, "명", "명", C, f=("5G 가입자", "KT의 5G 가입자가", S, M07, "level"))
d.Q("1천만 명", 10000000, "명", "명", C, ctx="처음 1천만 명", bound="gt", f=("5G 가입자", "KT의 5G 가입자가", S, M07, "level", "required", "넘어섰다 → gt; the threshold passed is KT's subscriber count"))
d.Q("3천620만 명", 36200000, "명", "명", C, f=("국내 5G 가입자", None, "", M07, "level", "required", "national statistic: no ORG's figure; period the statistic's 7월"))
d.Q("64%", 64, "%", "%", P, approx=True, f=("국내 5G 가입자", None, "", M07, "level", "required", "전체 … 의 약 64%를 차지: the share of the part named as the clause's subject (convention 5)"))
d.Q("1천720만 명", 17200000, "명", "명", C, f=("5G 가입자", "국내 5G 가입자는", "SK텔레콤", M07, "level", "required", "각각: first of the pair; breakdown of the national measure (이 가운데)"))
d.Q("760만 명", 7600000, "명", "명", C, f=("5G 가입자", "국내 5G 가입자는", "LG유플러스", M07, "level", "required", "각각: second of the pair"))
d.Q("128만 명", 1280000, "명", "명", C, approx=True, f=("알뜰폰 5G 가입자", None, "", M07, "level", "required", "MVNOs taken together, not named: empty subject; 안팎 → approx"))
d.Q("76.5%", 76.5, "%", "%", P, f=("5G 비중", "5G 비중은 76.5%", S, M07, "level", "required", "the period last set for KT (2025년 7월 말) carried"))
d.Q("71.2%", 71.2, "%", "%", P, f=("5G 비중", "5G 비중은 76.5%", S, "2024-07", "level", "required", "basis figure in brackets after its date: that date (convention 4)"))
d.Q("5.3%포인트", 5.3, PP, "%포인트", P, f=("5G 비중", "5G 비중은 76.5%", S, M07, "change"))
d.Q("1인당", 1, "인", "인", C, st="optional", note="rate denominator (ANNOTATION: optional)")
d.Q("29.4GB", 29.4, "GB", "GB", "data", f=("데이터 사용량", None, S, M07, "level", "required", "1인당 and 월평균 qualify the basis: outside the metric; KT carried (subject dropped)"))
d.Q("2.1GB", 2.1, "GB", "GB", "data", f=("데이터 사용량", None, S, M07, "change"))
d.Q("18만6천TB", 186000, "TB", "TB", "data", f=("무선 데이터 트래픽", None, S, M07, "level", "required", "월 before the number is a rate word, not labelled"))
d.Q("1년", 1, "year", "년", "duration", ctx="TB로 1년 새", note="1년 새: duration, no fact")
d.Q("18%", 18, "%", "%", P, ctx="새 18% 증가", f=("무선 데이터 트래픽", None, S, M07, "change", "required", "1년 새 names the span of the change, not a DATE; period carried"))
d.Q("102만 명", 1020000, "명", "명", C, f=("가입자", "엠모바일)의 가입자는", "KT엠모바일", "2025-06", "level"))
d.Q("9만 명", 90000, "명", "명", C, approx=True, f=("가입자", "엠모바일)의 가입자는", "KT엠모바일", "2025-06", "change", "required", "가량 after the unit: approx; the period is the current one (6월 말), not the basis"))
d.Q("980만 명", 9800000, "명", "명", C, approx=True, f=("알뜰폰 전체 가입자", None, "", "2025-06", "level", "required", "market total from an association: empty subject; 같은 시점 → 6월 말"))
d.Q("1조 7,450억 원", 1745000000000, W, "원", "currency", f=("무선 매출", None, S, "2025-Q2", "level", "required", "spokesperson (KT 관계자) speaks for KT"))
d.Q("70%", 70, "%", "%", P, bound="gt", f=("5G 요금제 비율", None, S, "2025-Q2", "level", "required", "넘었다 → gt"))
d.Q("80%", 80, "%", "%", P, bound="min", f=("5G 비중", "5G 비중을 80%", S, "2025", "level", "required", "target by 연말 (2025, END)"))

# ---------------------------------------------------------------- 002 private university: tuition revenue and scholarships (regional daily, 입력 stamp)
d = Doc("002_75d4696decf28217", "2026-02-23"); docs.append(d)
S = "한결대학교"
d.Oall("한결대", S, skip=(1,), special={0: ("required", "headline: the short name, used before its definition"),
                                       2: ("optional", "short name where it is defined with 이하 (ANNOTATION: optional)"),
                                       6: ("required", "organization before a person's title")})
d.O("한결대학교", S, aliases="한결대", note="university; 대전 유성구 (place) outside; 이하-alias recorded")
d.O("대전일보", "대전일보", note="outlet in the byline line")
d.O("한국대학교육협의회", "한국대학교육협의회", note="association running the disclosure; 대학정보공시 after it is a system, not labelled")
d.O("한국장학재단", "한국장학재단", note="foundation (genitive: 한국장학재단의 국가장학금)")
d.O("대학교육연구소", "대학교육연구소", note="research institute cited as the source (분석했다)")
d.O("목원대학교", "목원대학교", note="rival university")
d.O("배재대학교", "배재대학교", note="rival university")
d.O("학교법인 한결학원", "학교법인 한결학원", note="parent (법인); 학교법인 is part of the official name: inside the span (convention 10)")
d.O("교육부", "교육부", note="government body")
Y = "2025"
d.D("2026.02.23", "2026-02-23", "day", note="date of the 입력 stamp: a calendar date, required (convention 9)")
d.D("14:05", "2026-02-23T14:05", "day", st="optional", note="clock time of the stamp (ANNOTATION: optional at most)")
d.D("지난해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 2.4%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("23일", "2026-02-23", "day", rel=True, note="day the accounts were posted (올린): dates the report, not a period")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해 등록금", rel=True)
d.D("올해", "2026", "year", ctx="올해 국가장학금", rel=True)
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (입학하는, 주겠다)")
d.Q("1,120억", 112000000000, W, "", "currency", ctx="1,120억…", st="optional", note="headline amount, currency implied (ANNOTATION: optional)")
d.Q("33%", 33, "%", "%", P, f=("장학금 비율", None, S, "", "level", "optional", HEADLINE_OPEN))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("등록금 수입", "지난해 등록금 수입", S, Y, "level"))
d.Q("2.4%", 2.4, "%", "%", P, f=("등록금 수입", "지난해 등록금 수입", S, Y, "change", "required", "전년보다 = basis; the period is 지난해"))
d.Q("1,860억 원", 186000000000, W, "원", "currency", f=("교비회계 전체 수입", None, S, Y, "level", "required", "같은 기간 → 지난해"))
d.Q("60.2%", 60.2, "%", "%", P, f=("등록금 의존율", None, S, Y, "level"))
d.Q("372억 원", 37200000000, W, "원", "currency", f=("교내외 장학금", None, S, Y, "level", "required", "subject and period carried from the paragraph before"))
d.Q("33.2%", 33.2, "%", "%", P, f=("교내외 장학금", None, S, Y, "level", "required", "등록금 수입의 33.2%: the ratio of the clause's subject to the basis named in the genitive (convention 5)"))
d.Q("214억 원", 21400000000, W, "원", "currency", f=("교내 장학금", None, S, Y, "level", "required", "breakdown item with its own measure noun"))
d.Q("158억 원", 15800000000, W, "원", "currency", f=("국가장학금", "한국장학재단의 국가장학금", "한국장학재단", Y, "level", "optional",
    "the payer named in the genitive (한국장학재단) or the university whose students' scholarship total it is part of (이 가운데)? — open question 3"))
d.Q("1인당", 1, "인", "인", C, st="optional", note="rate denominator (ANNOTATION: optional)")
d.Q("412만 원", 4120000, W, "원", "currency", approx=True, f=("장학금", "1인당 장학금", S, Y, "level", "required", "학생 1인당 is the basis: outside the metric"))
d.Q("14곳", 14, "곳", "곳", C, f=("사립대", "충남 사립대", "", "", "level", "optional",
    "a count that defines the group whose average follows — its own fact, or part of the metric like a definitional range? — open question 2"))
d.Q("27.5%", 27.5, "%", "%", P, f=("평균 장학금 비율", None, "", Y, "level", "required",
    "several universities taken together, not named: empty subject; no subject → the period of the same metric (장학금 비율, 33.2%) carried"))
d.Q("5.7%포인트", 5.7, PP, "%포인트", P, f=("평균 장학금 비율", None, "", Y, "change", "required", "a difference against 한결대; the group is the clause's subject"))
d.Q("29.1%", 29.1, "%", "%", P, f=("장학금 비율", "평균 장학금 비율", "목원대학교", "", "level", "optional",
    "each of a pair with 각각; no period was ever set for 목원대학교 (carry-forward by subject gives empty) though the comparison is with 2025 — open question 4"))
d.Q("30.4%", 30.4, "%", "%", P, f=("장학금 비율", "평균 장학금 비율", "배재대학교", "", "level", "optional", "as 29.1% — open question 4"))
d.Q("18억 원", 1800000000, W, "원", "currency", f=("법정부담금", None, "학교법인 한결학원", Y, "level", "required",
    "a parent's figure inside the university's results story: the lead's 지난해 (결산) is the story's period (convention 1)"))
d.Q("11억 원", 1100000000, W, "원", "currency", f=("법정부담금", None, "학교법인 한결학원", Y, "level", "required", "the part paid (냈다) of the 법정부담금"))
d.Q("734만 원", 7340000, W, "원", "currency", f=("등록금", "올해 등록금을", S, "2026", "level", "required", "평균 qualifies the basis"))
d.Q("16년째", 16, "년", "년째", "ordinal", note="째 is an explicit ordinal marker (like 12회째): ordinal, no fact (convention 8)")
d.Q("5조 2,000억 원", 5200000000000, W, "원", "currency", approx=True, f=("국가장학금 예산", None, "교육부", "2026", "level", "required", "a government body's budget; 안팎 → approx"))
d.Q("2,150명", 2150, "명", "명", C, f=("신입생", None, S, "2026-03", "level", "required", "the head's quote speaks for the university; 다음 달 in the clause"))
d.Q("30만 원", 300000, W, "원", "currency", f=("생활장학금", None, S, "2026-03", "level", "required", "첫 학기 is no DATE; the clause's 다음 달"))

write_all(docs)
