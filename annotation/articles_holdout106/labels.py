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

write_all(docs)
