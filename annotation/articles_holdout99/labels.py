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

# ---------------------------------------------------------------- 002 baseball club: attendance and sponsorship income (뉴스1 dateline, no year anywhere)
d = Doc("002_cc86bc195beeedf6", "2025-10-01"); docs.append(d)
S = "SSG 랜더스"; Y = "2025"; R = "2025-01/2025-09"
d.O("SSG 랜더스", S, note="professional baseball club (sports club)")
d.Oall("랜더스", S, skip=(1,), special={0: ("required", "headline: short form of SSG 랜더스"), 2: ("required", "short form before a head's title (대표이사)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("이마트", "이마트", note="parent company (모기업), payer (각각)")
d.O("SSG닷컴", "SSG닷컴", note="affiliate (계열사), payer (각각)")
d.O("해담식품", "해담식품", aliases="해담", note="invented sponsor; 이하 short name recorded as alias")
d.O("해담", "해담식품", ctx="(이하 해담)", st="optional", note="short name where it is defined with 이하: optional")
d.O("해담", "해담식품", ctx="해담은", note="later use of the 이하 short name: required")
d.O("한국야구위원회", "한국야구위원회", aliases="KBO", note="league body cited as source; (KBO) alias outside the span")
d.O("LG 트윈스", "LG 트윈스", note="rival club")
d.D("올 시즌", Y, "year", rel=True, note="README convention: 올 + 시즌 read as this year's season (deictic 올, like 올 한해); required")
d.D("1일", "2025-10-01", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("올해 1~9월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 같은 기간", "2024-01/2024-09", "month", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("지난달 28일", "2025-09-28", "day", rel=True, note="지난달 + day: one mention; as of (기준)")
d.D("내년", "2026", "year", rel=True)
d.Q("131만 명", 1310000, "명", "명", C,
    f=("홈 관중", None, S, Y, "level", "optional", "headline with no DATE of its own and nothing before it: period open (README open question 1)"))
d.Q("400억", 40000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("72경기", 72, "경기", "경기", C,
    f=("", None, S, Y, "level", "optional", "the counter 경기 is the counted noun and lies inside the quantity: metric open (README open question 2)"))
d.Q("131만 2천여 명", 1312000, "명", "명", C, approx=True, f=("관중", "관중 131만 2천", S, Y, "level", "required", "여 inside the span → approx; 올 시즌"))
d.Q("1만 8,222명", 18222, "명", "명", C, f=("평균 관중", None, S, Y, "level", "required", "경기당 is a rate word: outside the metric; period carried"))
d.Q("1만 5,480명", 15480, "명", "명", C, f=("평균 관중", None, S, "2024", "level", "required", "basis figure in brackets after 지난해: that date"))
d.Q("17.7%", 17.7, "%", "%", P, f=("평균 관중", None, S, Y, "change", "required", "지난해 is the basis; period the current one"))
d.Q("78%", 78, "%", "%", P, f=("좌석 점유율", None, S, Y, "level"))
d.Q("9%포인트", 9, "%p", "%포인트", P, f=("좌석 점유율", None, S, Y, "change"))
d.Q("31차례", 31, "차례", "차례", C, f=("매진", None, S, Y, "level", "required", "counter 차례; the noun governing it is 매진"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("스폰서십 수입", "구단의 스폰서십 수입", S, R, "level", "required", "구단 = SSG 랜더스 (generic noun, not an ORG mention)"))
d.Q("23%", 23, "%", "%", P, approx=True, f=("스폰서십 수입", "구단의 스폰서십 수입", S, R, "change", "required", "약 → approx; basis 전년 같은 기간"))
d.Q("150억 원", 15000000000, W, "원", "currency",
    f=("스폰서십 수입", "구단의 스폰서십 수입", "이마트", R, "level", "required", "이 가운데: part of the income; the payer is the subject (FACTS: the foundations that donated); 각각 first"))
d.Q("64억 원", 6400000000, W, "원", "currency",
    f=("스폰서십 수입", "구단의 스폰서십 수입", "SSG닷컴", R, "level", "required", "각각 second; payer as subject"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside; duration, no fact")
d.Q("90억 원", 9000000000, W, "원", "currency",
    f=("계약", "규모의 계약", S, "2025-04", "level", "required", "규모 amount → the contract; dropped subject is the club (구단); 지난 4월 in its clause"))
d.Q("2배", 2, "배", "배", C,
    f=("매장 매출", None, "해담식품", "", "change", "optional",
       "2배로 뛰었다: a change; 해담's own figure; 시즌 중 is no DATE and no period is set for 해담 earlier: period open (README open question 3)"))
d.Q("10개", 10, "개", "개", C,
    f=("구단", "10개 구단", "", "2025-09-28", "level", "optional", "a count defining the group whose total follows: own fact or part of the metric? (README open question 2)"))
d.Q("1,231만 명", 12310000, "명", "명", C, f=("총관중", None, "", "2025-09-28", "level", "required", "ten clubs together, not named: empty subject; source cited"))
d.Q("1,200만 명", 12000000, "명", "명", C, bound="gt", f=("총관중", None, "", "2025-09-28", "level", "required", "넘어섰다 → gt"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("139만 명", 1390000, "명", "명", C,
    f=("관중", "관중 1위", "LG 트윈스", "2025-09-28", "level", "required", "the ranking of the same league total: its as-of date (README convention 4)"))
d.Q("2~3경기", 2, "경기", "경기", C, hi=3,
    f=("포스트시즌 홈 경기", None, S, Y, "level", "optional",
       "range; no DATE in the clause; the letter of carry-forward gives the club's last period 2025-04 (the contract), a reader this season: open (README open question 4)"))
d.Q("135만 명", 1350000, "명", "명", C, approx=True,
    f=("관중", "관중이 135만", S, Y, "level", "optional", "안팎 → approx; period as for 2~3경기 (README open question 4)"))
d.Q("500억 원", 50000000000, W, "원", "currency", bound="min", f=("스폰서십 수입", "스폰서십 수입 500억", S, "2026", "level", "required", "이상 → min; 내년에는"))

# ---------------------------------------------------------------- 003 life insurer: new-contract premiums and solvency ratio ([머니투데이] bracket byline)
d = Doc("003_610243bfd44c5e00", "2026-02-19"); docs.append(d)
S = "한결생명"; H = "한결금융지주"; Y = "2025"; DEC = "2025-12"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("금융당국", "금융당국", st="optional", note="unnamed institution noun (like 정부): optional")
d.O(H, H, aliases="한결지주", note="invented parent (모회사); 이하 short name recorded as alias")
d.O("한결지주", H, ctx="(이하 한결지주)", st="optional", note="short name where it is defined with 이하: optional")
d.O("한결지주", H, ctx="한결지주의", note="later use of the 이하 short name: required")
d.O("삼성생명", "삼성생명", note="rival (각각)")
d.O("교보생명", "교보생명", note="rival (각각)")
d.O("생명보험협회", "생명보험협회", note="association cited as source")
d.D("작년", Y, "year", rel=True)
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("19일", "2026-02-19", "day", rel=True, note="day of the announcement")
d.D("같은 해", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년(2,760", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 12월 말", DEC, "month", mod="END", rel=True, note="지난해 before a month: one mention; as of (기준)")
d.D("3분기 말", "2025-Q3", "quarter", mod="END", rel=True, rng=False,
    note="the latest Q3 end on or before the document date (basis of the comparison); range written by hand as September")
d.d[-1]["range_start"], d.d[-1]["range_end"] = "2025-09-01", "2025-09-30"
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("지난해", Y, "year", ctx="지난해 순이익", rel=True)
d.D("같은 시점", DEC, "month", mod="END", rel=True, st="optional", anchor="2025-12-01", note=PB + " (지난해 12월 말)")
d.D("지난해", Y, "year", ctx="지난해 생보사", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="future clause in a quote: this year's first half")
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt",
    f=("신계약 보험료", None, S, Y, "level", "required", "headline; 넘겨 (넘기다, like 넘게) → gt; the headline's own 작년"))
d.Q("212%", 212, "%", "%", P, ctx="지급여력비율 212%\n",
    f=("지급여력비율", "…지급여력비율", S, Y, "level", "required", "headline: its own sentence's 작년 (across …)"))
d.Q("1조 240억 원", 1024000000000, W, "원", "currency",
    f=("신계약 연납화보험료", None, S, Y, "level", "required", "신계약 changes what is measured: in the metric; (APE) alias outside"))
d.Q("14.6%", 14.6, "%", "%", P, f=("신계약 연납화보험료", None, S, Y, "change"))
d.Q("5,870억 원", 587000000000, W, "원", "currency",
    f=("건강보험 APE", None, S, Y, "level", "required", "breakdown item (상품별로는) with its own measure noun; period carried (2025년)"))
d.Q("57%", 57, "%", "%", P, f=("건강보험 APE", None, S, Y, "level", "required", "전체의 57%를 차지: the share of the part named as the clause's subject"))
d.Q("2,110억 원", 211000000000, W, "원", "currency",
    f=("종신보험", None, S, Y, "level", "required", "breakdown item naming only the part: the part's name is the metric (README convention 3)"))
d.Q("8.4%", 8.4, "%", "%", P, f=("종신보험", None, S, Y, "change", "required", "줄었다: change, sign not written"))
d.Q("3,140억 원", 314000000000, W, "원", "currency", f=("순이익", "같은 해 순이익", S, Y, "level", "required", "같은 해 → 2025"))
d.Q("2,760억 원", 276000000000, W, "원", "currency", f=("순이익", "같은 해 순이익", S, "2024", "level", "required", "basis figure in brackets after 전년: that date's value (README convention 5)"))
d.Q("13.8%", 13.8, "%", "%", P, f=("순이익", "같은 해 순이익", S, Y, "change", "required", "basis 전년; period the current one"))
d.Q("212%", 212, "%", "%", P, ctx="기준 212%", f=("지급여력비율", "지급여력비율(K-ICS)", S, DEC, "level", "required", "지난해 12월 말 기준"))
d.Q("6.5%포인트", 6.5, "%p", "%포인트", P, f=("지급여력비율", "지급여력비율(K-ICS)", S, DEC, "change", "required", "3분기 말 is the basis; period the current one"))
d.Q("150%", 150, "%", "%", P,
    f=("권고치", None, "금융당국", "", "level", "optional", "the recommended level of 금융당국, an optional ORG (FACTS: a figure whose subject is only an optional ORG is optional); no date"))
d.Q("2,000억 원", 200000000000, W, "원", "currency",
    f=("후순위채", None, H, "2025-11", "level", "required", "규모 amount: the thing whose size it is; the holding bought it (인수한): its figure"))
d.Q("5,480억 원", 548000000000, W, "원", "currency", f=("순이익", "지난해 순이익", H, Y, "level"))
d.Q("187%", 187, "%", "%", P, f=("지급여력비율", "교보생명의 지급여력비율", "삼성생명", DEC, "level", "required", "각각 first; 같은 시점 → 지난해 12월 말"))
d.Q("164%", 164, "%", "%", P, f=("지급여력비율", "교보생명의 지급여력비율", "교보생명", DEC, "level", "required", "각각 second"))
d.Q("22곳", 22, "곳", "곳", C,
    f=("생보사", None, "", Y, "level", "optional", "a count defining the group whose total follows (README open question 2)"))
d.Q("11조 3천억 원", 11300000000000, W, "원", "currency", approx=True,
    f=("신계약 APE 합계", None, "", Y, "level", "required", "약 → approx; insurers taken together, not named: empty subject"))
d.Q("6천억 원", 600000000000, W, "원", "currency", f=("APE", "APE 6천억", S, "2026-H1", "level", "required", "target in the head's quote"))
d.Q("200%", 200, "%", "%", P, bound="min", f=("지급여력비율", "지급여력비율을 200%", S, "2026-H1", "level", "required", "이상 → min; the sentence's 올해 상반기"))

# ---------------------------------------------------------------- 004 convenience-store chain: store count and private-label sales (press release)
d = Doc("004_80e779e48cc1d60e", "2026-01-21"); docs.append(d)
B = "데일리25"; S = "데일리리테일"; L = "데일리로지스"; Y = "2025"; ASOF = "2025-12-31"
d.Oall(B, B, special={0: ("required", "headline topic: the chain, a brand named as a company"), 1: ("required", "the chain the operator runs (운영하는)")})
d.O(S, S, note="invented operator of the chain; (대표 한정민) outside the span")
d.O("한국편의점산업협회", "한국편의점산업협회", note="industry association cited as source")
d.O("CU", "CU", note="rival chain (각각)")
d.O("GS25", "GS25", note="rival chain (각각); digits inside a name")
d.O(L, L, note="invented logistics subsidiary (물류 자회사)")
d.D("2025년 말", Y, "year", mod="END", note="as of (기준): year-end")
d.D("전년", "2024", "year", ctx="- PB '데일리온' 매출 8,420억 원, 전년", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("2025년 12월 31일", ASOF, "day", note="as of (기준)")
d.D("21일", "2026-01-21", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2024-12-31", "day", rel=True, st="optional", anchor=ASOF,
    note="offset used as the comparison basis of the as-of date (a year before 2025-12-31): points back; optional")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (the year up to 2025-12-31)")
d.D("전년", "2024", "year", ctx="전년 대비 21% 증가했다", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("하반기", "2025-H2", "half", rel=True, note="the latest H2 on or before the document date")
d.D("지난해", Y, "year", rel=True)
d.D("같은 시점", Y, "year", rel=True, st="optional", anchor="2025-01-01", note=PB + " (지난해)")
d.D("올해 3월", "2026-03", "month", rel=True, note="올해 before a month: one mention; a deadline (까지 완공한다)")
d.D("올해 연말", "2026", "year", mod="END", rel=True, note="올해 + 연말: one mention; END")
d.Q("1만 2천 곳", 12000, "곳", "곳", C, bound="gt",
    f=("점포 수", "데일리25, 점포 수", B, "", "level", "optional", "headline: 돌파 → gt; no DATE in the headline and nothing before it (README open question 1)"))
d.Q("38%", 38, "%", "%", P, ctx="비중 38%\n",
    f=("PB 매출 비중", None, B, "", "level", "optional", "headline with no DATE (README open question 1)"))
d.Q("1만 2,146개", 12146, "개", "개", C, ctx="점포 1만 2,146개…",
    f=("점포", "기준 점포 1만", B, Y, "level", "required", "subtitle: no ORG written, the headline's 데일리25 carried; 2025년 말 기준"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: duration, no fact")
d.Q("610개", 610, "개", "개", C, ctx="610개 늘어\n", f=("점포", "기준 점포 1만", B, Y, "change", "required", "늘어: change"))
d.Q("8,420억 원", 842000000000, W, "원", "currency", ctx="매출 8,420억 원, 전년",
    f=("PB '데일리온' 매출", None, B, Y, "level", "required", "subtitle: the PB label changes what is measured; period carried from the subtitle above"))
d.Q("21%", 21, "%", "%", P, ctx="21% 증가\n", f=("PB '데일리온' 매출", None, B, Y, "change"))
d.Q("1만 2,146개", 12146, "개", "개", C, ctx="수가 1만 2,146개로",
    f=("점포 수", "전국 점포 수", S, ASOF, "level", "required", "the operator is the sentence's topic (은 … 밝혔다): its figure"))
d.Q("610개", 610, "개", "개", C, ctx="610개 늘었으며", f=("점포 수", "전국 점포 수", S, ASOF, "change", "required", "subject and metric carried from the sentence before"))
d.Q("40%", 40, "%", "%", P, approx=True, f=("신규 점포", None, S, ASOF, "level", "required", "약 → approx; period carried for the same subject"))
d.Q("8,420억 원", 842000000000, W, "원", "currency", ctx="매출은 8,420억 원",
    f=("'데일리온' 매출", "'데일리온' 매출은", S, Y, "level", "required", "같은 기간 → the year 2025"))
d.Q("21%", 21, "%", "%", P, ctx="21% 증가했다", f=("'데일리온' 매출", "'데일리온' 매출은", S, Y, "change"))
d.Q("38%", 38, "%", "%", P, ctx="비중은 38%", f=("PB가 차지하는 비중", None, S, Y, "level", "required", "the part (PB) changes what is measured"))
d.Q("4.5%포인트", 4.5, "%p", "%포인트", P, f=("PB가 차지하는 비중", None, S, Y, "change"))
d.Q("3,150억 원", 315000000000, W, "원", "currency", f=("간편식", None, S, Y, "level", "required", "breakdown item (카테고리별로는) naming only the part (README convention 3)"))
d.Q("1,980억 원", 198000000000, W, "원", "currency", f=("음료", None, S, Y, "level", "required", "breakdown item (README convention 3)"))
d.Q("340종", 340, "종", "종", C, f=("PB 신상품", None, S, "2025-H2", "level", "required", "하반기에만"))
d.Q("5만 5천 곳", 55000, "곳", "곳", C, approx=True, f=("국내 편의점 수", None, "", Y, "level", "required", "안팎 → approx; a national figure: empty subject"))
d.Q("1만 8,700여 개", 18700, "개", "개", C, approx=True, f=("점포 수", "GS25의 점포 수", "CU", Y, "level", "required", "각각 first; 같은 시점 → 지난해"))
d.Q("1만 8,100여 개", 18100, "개", "개", C, approx=True, f=("점포 수", "GS25의 점포 수", "GS25", Y, "level", "required", "각각 second"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate word (per day), like 1초당: optional")
d.Q("30만 상자", 300000, "상자", "상자", C,
    f=("처리", "처리하는", L, "2026-03", "level", "required", "a verbal noun names it (처리하는); 올해 3월까지 in its clause"))
d.Q("650억 원", 65000000000, W, "원", "currency", approx=True, f=("투자비", None, L, "2026-03", "level", "required", "약 → approx; subject and period carried"))
d.Q("1만 3천 개", 13000, "개", "개", C, f=("점포", "점포 1만 3천", S, "2026", "level", "required", "head's quote: 한정민 is 데일리리테일's 대표 (lead); 올해 연말까지"))
d.Q("1조 원", 1000000000000, W, "원", "currency", f=("PB 매출", "PB 매출 1조", S, "2026", "level"))

# ---------------------------------------------------------------- 005 county: tourists and visitor spending (regional daily, year only in the 입력 stamp)
d = Doc("005_330c8d4ffcfd5d84", "2026-01-08"); docs.append(d)
G = "단양군"; K = "한국철도공사"; Y = "2025"
d.O(G, G, ctx="단양군 지난해", st="optional", note="the county's name in the headline: the place whose tourists they are or the government? (README open question 6)")
d.O("충북일보", "충북일보", note="regional daily in the byline line")
d.O(G, G, ctx="단양군을 찾은", st="optional", note="the county as a place visited (찾은): a place use of a local government's name (README open question 6)")
d.O(G, G, ctx="단양군은", note="the county acting as a government (공개했다)")
d.O("한국관광공사", "한국관광공사", note="public corporation whose data was analysed")
d.O(K, K, aliases="코레일", note="railway operator cited as source; (코레일) alias outside the span")
d.O("코레일", K, ctx="코레일은", note="short form of 한국철도공사 defined in brackets: a mention of the same organization")
d.O("단양군관광협의회", "단양군관광협의회", note="invented tourism association (a source)")
d.O(G, G, ctx="단양군수", st="optional", note="the county's name fused with the title 군수 (단양군수): optional")
d.D("지난해", Y, "year", ctx="단양군 지난해", rel=True)
d.D("2026.01.08", "2026-01-08", "day", note="the 입력 stamp: an explicit calendar date (README convention 9); the clock time 09:15 is not labelled")
d.D("지난해", Y, "year", ctx="관광객이 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년(986", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("7일", "2026-01-07", "day", rel=True, note="day of the release (공개했다)")
d.D("9~11월", "2025-09/2025-11", "month", rel=True, note="a month range without year inside a story about 지난해: latest on or before the document date")
d.D("하반기", "2025-H2", "half", rel=True, note="the latest H2 on or before the document date")
d.D("전년 같은 기간", "2024-H2", "half", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("지난달", "2025-12", "month", rel=True, note="지난달부터: A부터 alone, one mention")
d.D("올해", "2026", "year", rel=True)
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="future clause (집행하겠다, 까지): the next March end")
d.Q("1,127만 명", 11270000, "명", "명", C, ctx="관광객 1,127만 명…",
    f=("관광객", "지난해 관광객", "", Y, "level", "required", "a figure of the county as a place: empty subject (README convention 11); the headline's own 지난해"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="소비 1조 원 눈앞",
    f=("관광 소비", None, "", Y, "level", "optional", "headline: 눈앞 (approaching) is no listed bound or approximator; the actual figure is 9,640억 원 (README open question 7)"))
d.Q("1,127만 명", 11270000, "명", "명", C, ctx="지난해 1,127만 명으로", f=("관광객", "찾은 관광객이", "", Y, "level"))
d.Q("986만 명", 9860000, "명", "명", C, f=("관광객", "찾은 관광객이", "", "2024", "level", "required", "basis figure in brackets after 전년: that date (README convention 5)"))
d.Q("14.3%", 14.3, "%", "%", P, f=("관광객", "찾은 관광객이", "", Y, "change"))
d.Q("1,100만 명", 11000000, "명", "명", C, bound="gt", f=("관광객", "찾은 관광객이", "", Y, "level", "required", "넘어섰다 → gt"))
d.Q("9,640억 원", 964000000000, W, "원", "currency",
    f=("관광객이 군에서 쓴 돈", None, "", Y, "level", "required", "a place figure: empty subject; the story's 지난해 carried (README convention 1)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: duration, no fact")
d.Q("11%", 11, "%", "%", P, approx=True, f=("관광객이 군에서 쓴 돈", None, "", Y, "change", "required", "약 → approx"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당): optional")
d.Q("8만 5천 원", 85000, W, "원", "currency", approx=True, f=("평균 지출", None, "", Y, "level", "required", "안팎 → approx; 1인당 outside the metric"))
d.Q("23.5%", 23.5, "%", "%", P, f=("숙박 관광객 비중", None, "", Y, "level"))
d.Q("2.1%포인트", 2.1, "%p", "%포인트", P, f=("숙박 관광객 비중", None, "", Y, "change"))
d.Q("412만 명", 4120000, "명", "명", C, f=("방문객", None, "", "2025-09/2025-11", "level", "required", "가을 qualifies the period (9~11월): outside the metric"))
d.Q("298만 명", 2980000, "명", "명", C,
    f=("방문객", None, "", Y, "level", "optional",
       "여름 is no DATE: the letter of carry-forward for the same metric gives 9~11월, a reader the summer of 2025 (README open question 8)"))
d.Q("87만 명", 870000, "명", "명", C, f=("만천하스카이워크 입장객", None, "", Y, "level", "required", "an attraction (a place, not an ORG): empty subject; the site name changes what is counted"))
d.Q("64만 명", 640000, "명", "명", C, f=("단양강 잔도", None, "", Y, "level", "required", "breakdown item naming only the part (README convention 3)"))
d.Q("41만 2천여 명", 412000, "명", "명", C, approx=True,
    f=("단양역 승하차 인원", None, "", "2025-H2", "level", "optional", "a station's figure from its operator cited as source (에 따르면): the station's (empty) or 한국철도공사's? (README open question 9)"))
d.Q("26%", 26, "%", "%", P, f=("단양역 승하차 인원", None, "", "2025-H2", "change", "optional", "as for 41만 2천여 명 (README open question 9)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="rate word (per day): optional")
d.Q("4회", 4, "회", "회", C, f=("주말 열차", None, K, "2025-12", "change", "required", "4회 증편: an increase of four runs → change; 지난달부터"))
d.Q("310곳", 310, "곳", "곳", C, f=("회원 숙박업소", None, "단양군관광협의회", Y, "level", "optional", "a count defining the group whose rate follows (README open question 2)"))
d.Q("64%", 64, "%", "%", P,
    f=("객실 가동률", None, "", Y, "level", "required", "lodges taken together, not named: empty subject; 연평균 with no year: the story's 지난해 (README convention 1)"))
d.Q("1,200만 명", 12000000, "명", "명", C, f=("관광객", "올해 관광객", "", "2026", "level", "required", "target for the place: empty subject as the other tourist counts"))
d.Q("1조 원", 1000000000000, W, "원", "currency", ctx="1조 원 이상", bound="min", f=("소비", "소비 1조 원 이상", "", "2026", "level", "required", "이상 → min"))
d.Q("180억 원", 18000000000, W, "원", "currency",
    f=("체류형 관광 예산", None, G, "2026-03", "level", "required", "the county's budget (its head speaks for it); 3월 말까지 in its clause"))

# ---------------------------------------------------------------- 006 battery-materials maker: cathode capacity and investment (뉴시스 dateline)
d = Doc("006_29dd366bde5500bd", "2025-09-03"); docs.append(d)
S = "에코캐소드"; SUB = "에코프리커서"; INV = "2025-H2/2027-H1"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 5: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("포항시", "포항시", note="a city acting as a government (내다봤다)")
d.Oall(SUB, SUB, special={0: ("required", "invented subsidiary (자회사)"), 1: ("required", "the company whose stake is held")})
d.O("삼성SDI", "삼성SDI", note="customer, contract counterparty (각각)")
d.O("SK온", "SK온", note="customer, contract counterparty (각각)")
d.O("SNE리서치", "SNE리서치", note="market-research firm cited as source")
d.D("2027년", "2027", "year", ctx="2027년까지 양극재", note="a deadline year (까지 outside)")
d.D("3일", "2025-09-03", "day", rel=True, note="day of the announcement")
d.D("현재", "2025-09-03", "day", rel=True, st="optional", note="현재 takes the document date; optional (ANNOTATION)")
d.D("2025년 하반기", "2025-H2", "half", note="A부터 B까지: two mentions")
d.D("2027년 상반기", "2027-H1", "half")
d.D("같은 기간", INV, "half", rel=True, st="optional", anchor="2025-07-01", note=PB + " (2025년 하반기부터 2027년 상반기까지)")
d.D("2030년", "2030", "year", note="a deadline year")
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준): a past month-end")
d.D("1분기", "2025-Q1", "quarter", rel=True, note="basis of the comparison, a written quarter: required")
d.D("올해", "2025", "year", ctx="올해 전 세계", rel=True)
d.D("지난해", "2024", "year", rel=True)
d.D("2027년 하반기", "2027-H2", "half", note="future target")
d.Q("18만t", 180000, "t", "t", M, ctx="연 18만t으로 확대",
    f=("양극재 생산능력", None, S, "", "level", "optional", "headline: 연 is a rate word, outside; no DATE in the headline (README open question 1)"))
d.Q("1조 2천억", 1200000000000, W, "", "currency", ctx="1조 2천억 투자", st="optional", note="headline amount, currency implied")
d.Q("2차", 2, "차", "차", "ordinal", st="optional", note="2차전지 (secondary battery): a lexicalized word, like 1인칭: optional")
d.Q("18만t", 180000, "t", "t", M, ctx="18만t으로 늘린다",
    f=("생산능력", "연간 생산능력", S, "2027", "level", "required", "연간 qualifies the period: outside the metric (양극재 연간 생산능력 is not contiguous without it); 2027년까지"))
d.Q("9만 5천t", 95000, "t", "t", M,
    f=("생산능력", "연간 생산능력", S, "2025-09-03", "level", "required", "current capacity: metric carried from the sentence before; 현재 takes the document date"))
d.Q("두 배", 2, "배", "배", C, approx=True,
    f=("생산능력", "연간 생산능력", S, "2027", "change", "required", "가까운 (close to) read as an approximator (README convention 8); the new capacity as a multiple of the current: change"))
d.Q("1조 2천억 원", 1200000000000, W, "원", "currency",
    f=("투자", "투자한다", S, INV, "level", "required", "verbal noun (투자한다); 회사 = 에코캐소드; a figure over A부터 B까지 takes the range (README convention 2)"))
d.Q("7,800억 원", 780000000000, W, "원", "currency", f=("포항 공장 증설", None, S, INV, "level", "required", "이 가운데: breakdown item naming what it is spent on (README convention 3)"))
d.Q("4,200억 원", 420000000000, W, "원", "currency", f=("헝가리 신공장 건설", None, S, INV, "level", "required", "breakdown item (README convention 3)"))
d.Q("450명", 450, "명", "명", C, approx=True,
    f=("신규 고용", None, "", INV, "level", "optional", "the city's forecast of jobs from the company's expansion: whose figure (empty, 포항시 or 에코캐소드) and which period? (README open question 10)"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", f=("투입", "투입한다", SUB, INV, "level", "required", "verbal noun (투입한다); 같은 기간 → the investment range"))
d.Q("67%", 67, "%", "%", P,
    f=("지분", None, S, "", "level", "optional", "the holder owns its stake; a present stake with no date: the letter of carry-forward gives the investment range, a reader the present (README open question 11)"))
d.Q("8조 원", 8000000000000, W, "원", "currency",
    f=("양극재 공급 계약", None, S, "2030", "level", "required", "규모 amount → the contracts; the supplier's contracts, the customers are counterparties (각각 over the customers)"))
d.Q("5조 원", 5000000000000, W, "원", "currency", f=("양극재 공급 계약", None, S, "2030", "level", "required", "각각 second"))
d.Q("1조 870억 원", 1087000000000, W, "원", "currency", f=("매출", None, S, "2025-H1", "level"))
d.Q("18.2%", 18.2, "%", "%", P, f=("매출", None, S, "2025-H1", "change", "required", "줄었고: change; basis 전년 동기"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("영업이익", None, S, "2025-H1", "level"))
d.Q("71%", 71, "%", "%", P, f=("공장 가동률", None, S, "2025-06", "level", "required", "6월 말 기준"))
d.Q("5%포인트", 5, "%p", "%포인트", P, f=("공장 가동률", None, S, "2025-06", "change", "required", "1분기 is the basis; period the current one"))
d.Q("330만t", 3300000, "t", "t", M, approx=True, f=("전 세계 양극재 수요", None, "", "2025", "level", "required", "a market figure: empty subject; source cited"))
d.Q("20%", 20, "%", "%", P, approx=True, f=("전 세계 양극재 수요", None, "", "2025", "change", "required", "안팎 → approx; 지난해 is the basis"))
d.Q("90%", 90, "%", "%", P, bound="min", f=("가동률", "하반기 가동률", S, "2027-H2", "level", "required", "이상 → min"))

if __name__ == "__main__":
    write_all(docs)
