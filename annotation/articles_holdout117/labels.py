"""Gold labels of articles-holdout117, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout117/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported, not copied.
Writer-labeller W117."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
OFS = ("offset in a comparison (open question 2): by ANNOTATION's letter counted from the document date; "
       "a reader may count it from the period compared")
SHARE = "share: the metric is the part whose share it is (convention 4)"
T = "t"


# ---------------------------------------------------------------- 001 aluminium/copper processor (연합뉴스 dateline, 2025년 in the lead)
d = Doc("001_8d22576572562387", "2026-02-10"); docs.append(d)
S = "해담알루텍"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("현대모비스", "현대모비스", note="customer (고객사): a counterparty, no subject")
d.O("런던금속거래소", "런던금속거래소", aliases="LME", note="exchange cited as the source of market prices; alias in brackets")
d.O("한국비철금속협회", "한국비철금속협회", note="association cited for a national figure")
d.O("세진메탈", "세진메탈", note="invented rival (경쟁사)")
d.O("해담홀딩스", "해담홀딩스", note="invented parent (모회사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 출하량", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년(37만5천t)", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다): dates the report, not a period")
d.D("전년", "2024", "year", ctx="전년 대비 14.2%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", Y, "year", ctx="지난해 알루미늄", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 약 8%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + "; = 지난해")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="one mention (올해 + part, as ANNOTATION's 올해 8월 말); start of works")
d.D("올해", "2026", "year", ctx="올해 출하량", rel=True, note="target in a quote")

d.Q("41만t", 410000, "t", T, M, ctx="41만t…", f=("출하량", "지난해 출하량", S, Y, "level", "required", "headline figure: headline's organization and 지난해"))
d.Q("28%", 28, "%", "%", P, ctx="28%↑", f=("영업이익", "영업이익 28%↑", S, Y, "change", "required", "↑ = an increase, no written sign"))
d.Q("41만2천t", 412000, "t", T, M, f=("출하량", "출하량이 41만2천t", S, Y, "level"))
d.Q("37만5천t", 375000, "t", T, M, f=("출하량", "출하량이 41만2천t", S, "2024", "level", "required", "basis figure in brackets after 전년: its period is the year it is for (convention 3)"))
d.Q("9.9%", 9.9, "%", "%", P, f=("출하량", "출하량이 41만2천t", S, Y, "change"))
d.Q("28만6천t", 286000, "t", T, M, f=("알루미늄 판재", "알루미늄 판재가 28만6천t", S, Y, "level", "required", "breakdown item: the part named is the metric (convention 5)"))
d.Q("12만6천t", 126000, "t", T, M, f=("구리 제품", None, S, Y, "level", "required", "breakdown item (convention 5)"))
d.Q("11.3%", 11.3, "%", "%", P, f=("알루미늄 판재", "알루미늄 판재가 28만6천t", S, Y, "change", "required", "각각: first item"))
d.Q("6.8%", 6.8, "%", "%", P, f=("구리 제품", None, S, Y, "change", "required", "각각: second item"))
d.Q("9만t", 90000, "t", T, M, bound="gt", f=("전기차 배터리 케이스용 판재", None, S, Y, "level", "required", "넘어 → gt"))
d.Q("21.8%", 21.8, "%", "%", P, f=("전기차 배터리 케이스용 판재", None, S, Y, "level", "required", SHARE))
d.Q("2조3천140억원", 2314000000000, W, "원", "currency", f=("매출", "매출은 2조", S, Y, "level", "required", "results story: the lead's year carries"))
d.Q("14.2%", 14.2, "%", "%", P, f=("매출", "매출은 2조", S, Y, "change"))
d.Q("1천286억원", 128600000000, W, "원", "currency", f=("영업이익", "영업이익은 1천286억원", S, Y, "level"))
d.Q("28%", 28, "%", "%", P, ctx="28% 증가", f=("영업이익", "영업이익은 1천286억원", S, Y, "change"))
d.Q("3만t", 30000, "t", T, M, ctx="3만t 가량", approx=True, f=("공급 물량", None, S, Y, "level", "required", "가량 → approx; the supplier's shipments to a customer: the customer is a counterparty"))
d.Q("2천610달러", 2610, U, "달러", "currency", f=("알루미늄 현물 평균 가격", None, "", Y, "level", "required", "market price reported by the exchange (a source): no subject; t당 carries no number"))
d.Q("8%", 8, "%", "%", P, ctx="약 8%", approx=True, f=("알루미늄 현물 평균 가격", None, "", Y, "change"))
d.Q("9천870달러", 9870, U, "달러", "currency", approx=True, f=("구리", "구리는 t당", "", Y, "level", "required", "안팎 → approx; no measure noun: the traded metal is what is priced (convention 5)"))
d.Q("152만t", 1520000, "t", T, M, approx=True, f=("국내 알루미늄 압연재 전체 출하량", None, "", Y, "level", "required", "national figure from an association (source): no subject; 같은 기간 = 지난해"))
d.Q("33만t", 330000, "t", T, M, approx=True, f=("출하량", "세진메탈의 출하량", "세진메탈", Y, "level", "required", "남짓 → approx; rival's figure; no date in the sentence: the period last named (같은 기간, 2025) carries (convention 1)"))
d.Q("1천500억원", 150000000000, W, "원", "currency", f=("증설", "증설한다", "해담홀딩스", "", "level", "optional", "open question 3: a future investment whose sentence has no date (올해 상반기 comes in the next sentence, 2025 is the story's period): written empty"))
d.Q("6만t", 60000, "t", T, M, f=("동박 라인", None, "해담홀딩스", "", "level", "optional", "규모 amount: the metric is the thing whose size it is (FACTS); period as 1천500억원 (open question 3)"))
d.Q("18개월", 18, "month", "개월", "duration", note="18개월 동안: duration, no fact")
d.Q("45만t", 450000, "t", T, M, bound="min", f=("출하량", "올해 출하량", S, "2026", "level", "required", "target in the head's quote; 이상 → min"))
d.Q("6%", 6, "%", "%", P, ctx="6% 이상", bound="min", f=("영업이익률", None, S, "2026", "level", "required", "target; 이상 → min"))

# ---------------------------------------------------------------- 002 mid-size city: birth incentives and population (regional daily, byline at the end)
d = Doc("002_b7c72a527564c0fc", "2026-01-19"); docs.append(d)
S = "익산시"
C2 = "익산시인구정책지원센터"
d.Oall(S, S, skip=(2,), special={0: ("required", "city acting as a government; headline topic"),
                                  3: ("required", "organization before a person's title (인구정책과장)")})  # occurrence 2 is inside 익산시인구정책지원센터
d.O("시", S, ctx="시에 따르면", st="optional", note="unnamed institution noun (시 = the city government): optional as 정부/시의회")
d.O("통계청", "통계청", note="statistics agency cited for a national figure")
d.O("시", S, ctx="시는 올해", st="optional", note="unnamed institution noun")
d.O("시", S, ctx="시 출연기관", st="optional", note="unnamed institution noun")
d.O(C2, C2, aliases="센터", note="invented city agency; the city name is written as part of its name (no space)")
d.O("센터", C2, ctx="(이하 센터)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("센터", C2, ctx="센터는 지난해", note="later use of the 이하 short name: required")
d.O("군산시", "군산시", note="neighbouring city acting as a government (its payment)")
d.D("올해", "2026", "year", ctx="올해 첫째", rel=True, note="headline")
d.D("올해", "2026", "year", ctx="올해부터", rel=True, note="부터 outside")
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement: not a period")
d.D("지난해", "2025", "year", ctx="지난해(150만원)", rel=True)
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년보다 6.1%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 해", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note=PB + "; 같은 해 = 2025년")
d.D("지난해 12월 말", "2025-12", "month", mod="END", rel=True, note="one mention (convention 2); 기준 outside")
d.D("5년 전", "2021", "year", rel=True, st="optional", note=OFS + " (2020-12)")
d.D("올해", "2026", "year", ctx="올해 출산·양육", rel=True)
d.D("다음 달", "2026-02", "month", rel=True, note="future clause: the next month; 부터 outside")
d.D("지난해", "2025", "year", ctx="지난해 난임", rel=True)
d.D("2030년", "2030", "year", note="target year; 까지 outside")

POP = "population of the city as a place (ANNOTATION: a place is no ORG; FACTS: a figure of a country/place has no subject) (convention 6)"
d.Q("300만원", 3000000, W, "원", "currency", ctx="출산지원금 300만원", f=("첫째 출산지원금", None, S, "2026", "level", "required", "headline: the headline's city and 올해"))
d.Q("27만명", 270000, "명", "명", C, f=("인구", "인구 27만명", "", "2026", "level", "required", "headline target (지키기); " + POP))
d.Q("300만원", 3000000, W, "원", "currency", ctx="아이 300만원", f=("출산지원금", "출산지원금을", S, "2026", "level", "required", "the city's payment per first child; 첫째/둘째/셋째 are not quantities (no counter)"))
d.Q("500만원", 5000000, W, "원", "currency", f=("출산지원금", "출산지원금을", S, "2026", "level"))
d.Q("1천만원", 10000000, W, "원", "currency", f=("출산지원금", "출산지원금을", S, "2026", "level", "required", "이상 follows 셋째 (the child), not the amount: no bound"))
d.Q("150만원", 1500000, W, "원", "currency", f=("첫째 지원금", None, S, "2025", "level", "required", "basis in brackets after 지난해 (convention 3)"))
d.Q("2배", 2, "배", "배", C, f=("첫째 지원금", None, S, "2026", "change", "required", "a multiple against a past basis (지난해): change; period the current one (올해부터)"))
d.Q("1천284명", 1284, "명", "명", C, f=("태어난 아기", None, "", "2025", "level", "required", "births in the city (a place); 시 is the source: no subject"))
d.Q("6.1%", 6.1, "%", "%", P, f=("태어난 아기", None, "", "2025", "change"))
d.Q("9년", 9, "year", "년", "duration", note="9년 만에: duration, no fact")
d.Q("0.81명", 0.81, "명", "명", C, f=("합계출산율", None, "", "2025", "level", "required", "continues the 2025 statistics of the previous sentence (convention 1)"))
d.Q("0.75명", 0.75, "명", "명", C, f=("전국 평균", None, "", "2025", "level", "required", "national average in brackets, same year"))
d.Q("0.06명", 0.06, "명", "명", C, f=("합계출산율", None, "", "2025", "change", "required", "a difference (웃돌았다) → change"))
d.Q("25만4천명", 254000, "명", "명", C, approx=True, f=("전국 출생아 수", None, "", "2025", "level", "required", "national figure; 통계청 only the source"))
d.Q("3.6%", 3.6, "%", "%", P, f=("전국 출생아 수", None, "", "2025", "change"))
d.Q("26만9천812명", 269812, "명", "명", C, f=("주민등록인구", None, "", "2025-12", "level", "required", "as of 지난해 12월 말; " + POP))
d.Q("1만5천여명", 15000, "명", "명", C, approx=True, f=("주민등록인구", None, "", "2025-12", "change", "required", "여 inside the span → approx; 줄었다 → change (value kept unsigned as written)"))
d.Q("65세", 65, "세", "세", C, bound="min", f=("", None, "", "", "level", "optional", "definitional bound of the metric (65세 이상 고령 인구): FACTS gives it no fact; neutralised"))
d.Q("6만8천명", 68000, "명", "명", C, approx=True, f=("65세 이상 고령 인구", None, "", "2025-12", "level", "required", "남짓 → approx; 이 가운데: part of the population as of 2025-12"))
d.Q("25.2%", 25.2, "%", "%", P, f=("65세 이상 고령 인구", None, "", "2025-12", "level", "required", SHARE))
d.Q("412억원", 41200000000, W, "원", "currency", f=("출산·양육 예산", None, S, "2026", "level", "required", "the city's budget (시 = 익산시)"))
d.Q("98억원", 9800000000, W, "원", "currency", f=("출산지원금", "출산지원금에 98억원", S, "2026", "level", "required", "budget item: the item named is the metric (convention 5)"))
d.Q("21억원", 2100000000, W, "원", "currency", f=("산후조리비 지원", None, S, "2026", "level", "required", "budget item"))
d.Q("110만원", 1100000, W, "원", "currency", bound="max", f=("시술비", None, C2, "2026-02", "level", "required", "최대 → max; 회당 carries no number; the centre's support from 다음 달"))
d.Q("620건", 620, "건", "건", C, f=("난임 시술", None, C2, "2025", "level"))
d.Q("200만원", 2000000, W, "원", "currency", f=("지급", None, "군산시", "", "level", "optional", "open question 1: a present-tense figure of another city with no date; the period last named (지난해) does not fit: written empty"))
d.Q("28만명", 280000, "명", "명", C, f=("인구", "인구 28만명", "", "2030", "level", "required", "target in a quote; " + POP))

write_all(docs)
