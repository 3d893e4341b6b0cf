"""Gold labels of articles-holdout97, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout97/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "optional"  # status of pointing-back dates (전년, 같은 기간, 전년 동기, …): ANNOTATION makes them optional

# ---------------------------------------------------------------- 001 TV home-shopping: transaction volume and margin (연합뉴스 dateline)
d = Doc("001_b393d00e6357293a", "2026-02-11"); docs.append(d)
S = "나래홈쇼핑"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "the company whose stake is held (object of 지분)"),
                      3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("나래유통", "나래유통", note="invented parent (모회사)")
d.O("GS샵", "GS샵", note="rival")
d.O("CJ온스타일", "CJ온스타일", note="rival")
d.O("한국TV홈쇼핑협회", "한국TV홈쇼핑협회", note="association cited as source (에 따르면)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 취급고 4조1천억", rel=True, note="headline: the year before 2026")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 3.8%", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025")
d.D("11일", "2026-02-11", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("같은 기간", Y, "year", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025년")
d.D("전년", "2024", "year", ctx="전년(4.2%)", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="a quarter without a year: the latest Q4 on or before 2026-02-11")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("지난해", Y, "year", ctx="지난해 취급고는 각각", rel=True)
d.D("지난해", Y, "year", ctx="지난해 유료방송사업자", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention (as before a month)")
d.Q("4조1천억", 4100000000000, W, "", "currency", ctx="4조1천억…", st="optional", note="headline amount, currency not written",
    f=("취급고", "지난해 취급고 4조1천억", S, Y, "level"))
d.Q("5%", 5, "%", "%", P, ctx="5%대 회복", approx=True, note="suffix 대 after the unit: outside, approx",
    f=("영업이익률", "영업이익률 5%대", S, Y, "level", "required", "headline: the headline's 지난해 carried across the …"))
d.Q("4조 1,230억 원", 4123000000000, W, "원", "currency", f=("취급고", "2025년 취급고", S, Y, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("취급고", "2025년 취급고", S, Y, "change", "required", "전년보다 = basis; period the current year"))
d.Q("1조 1,870억 원", 1187000000000, W, "원", "currency", f=("매출", "매출과 영업이익은", S, Y, "level", "required", "각각: first of the pair; 같은 기간 → 2025"))
d.Q("612억 원", 61200000000, W, "원", "currency", f=("영업이익", "매출과 영업이익은", S, Y, "level", "required", "각각: second of the pair"))
d.Q("5.2%", 5.2, "%", "%", P, f=("영업이익률", "영업이익률은 5.2%", S, Y, "level"))
d.Q("4.2%", 4.2, "%", "%", P, f=("영업이익률", "영업이익률은 5.2%", S, "2024", "level", "required",
    "basis figure in brackets after 전년: that year's level (convention 4)"))
d.Q("1.0%포인트", "1.0", "%p", "%포인트", P, f=("영업이익률", "영업이익률은 5.2%", S, Y, "change", "required", "value kept as written"))
d.Q("1조 8,400억 원", 1840000000000, W, "원", "currency", f=("모바일 취급고", None, S, Y, "level", "required", "breakdown item (채널별로는); the modifier 모바일 changes what is measured"))
d.Q("45%", 45, "%", "%", P, approx=True, f=("모바일 취급고", None, S, Y, "level", "required", "전체의 N%: the share of the part named before it (convention 5)"))
d.Q("2조 2,830억 원", 2283000000000, W, "원", "currency", f=("TV 취급고", None, S, Y, "level"))
d.Q("1.5%", 1.5, "%", "%", P, f=("TV 취급고", None, S, Y, "change", "required", "줄었다: no sign written, kind change"))
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("취급고", "4분기 취급고", S, "2025-Q4", "level", "required", "4분기 qualifies the period: outside the metric"))
d.Q("53.6%", 53.6, "%", "%", P, f=("지분", "지분 53.6%", "나래유통", Y, "level", "required", "the holder owns its stake (convention 11); 지난해 말 → 2025"))
d.Q("4조 3천억 원", 4300000000000, W, "원", "currency", f=("취급고", "지난해 취급고는 각각", "GS샵", Y, "level", "required", "각각: first rival"))
d.Q("3조 9천억 원", 3900000000000, W, "원", "currency", approx=True, note="안팎 → approx (written after this one only: open question 3)",
    f=("취급고", "지난해 취급고는 각각", "CJ온스타일", Y, "level", "required", "각각: second rival"))
d.Q("7개사", 7, "개사", "개사", C, note="counter 개사 (companies)",
    f=("홈쇼핑", "홈쇼핑 7개사", "", Y, "level", "optional", "a count that defines the group whose figure follows (open question 1)"))
d.Q("1조 9,100억 원", 1910000000000, W, "원", "currency",
    f=("송출수수료", None, "", Y, "level", "required", "industry total of seven companies not named: empty subject; the association is only the source"))
d.Q("70%", 70, "%", "%", P, bound="gt", note="넘었다 → gt",
    f=("송출수수료", None, "", Y, "level", "required", "방송 매출의 70%: the share the fees make up (convention 5)"))
d.Q("300만 명", 3000000, "명", "명", C, bound="min", note="이상 → min",
    f=("이용자", None, S, "2026-H1", "level", "required", "the head speaks for the company; the target's deadline 올해 상반기"))

# ---------------------------------------------------------------- 002 robot maker: IPO price band and book-building (머니투데이 bracket byline; no year anywhere)
d = Doc("002_c4e2c608f5f1f359", "2026-03-09"); docs.append(d)
S = "로보웍스"
d.Oall(S, S, special={0: ("required", "headline topic"), 3: ("required", "organization before a head's title (대표)")})
d.O("코스닥", "코스닥", st="optional", note="the KOSDAQ market in the headline (코스닥 입성): a market run by an exchange, or an institution? (open question 2)")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("금융감독원", "금융감독원", note="government body the filing goes to")
d.O("한국투자증권", "한국투자증권", note="lead underwriter")
d.O("에른스트모빌", "에른스트모빌", aliases="Ernst Mobil", note="invented foreign customer; 독일 (place) outside; the alias in brackets outside the span")
d.O("대진정밀", "대진정밀", note="invented parent (모회사)")
d.O("씨엠로보틱스", "씨엠로보틱스", note="invented rival")
d.O("뉴로암", "뉴로암", note="invented rival")
d.O("한국로봇산업협회", "한국로봇산업협회", note="association cited for the market forecast")
Y = "2025"
d.D("이달 말", "2026-03", "month", mod="END", rel=True, note="headline: this month's end")
d.D("9일", "2026-03-09", "day", rel=True, note="date of the announcement (밝혔다)")
d.D("오는 16~17일", "2026-03-16/2026-03-17", "day", rel=True, note="오는 in the span; a range with ~ is one mention; future")
d.D("23~24일", "2026-03-23/2026-03-24", "day", rel=True, note="future clause (진행한다): the next such days")
d.D("지난해", Y, "year", ctx="지난해 매출 412억", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("지난해", Y, "year", ctx="지난해 매출은 각각", rel=True)
d.D("지난해", Y, "year", ctx="지난해 약 2,800억", rel=True)
d.Q("2만1000~2만4000원", 21000, W, "원", "currency", ctx="공모가 2만1000~2만4000원 제시", hi=24000, note="a range: one mention",
    f=("공모가", "공모가 2만1000", S, "", "level", "required", "IPO terms carry no date; 이달 말 dates the listing, not the price"))
d.Q("2만1000~2만4000원", 21000, W, "원", "currency", ctx="범위를 2만1000~2만4000원", hi=24000,
    f=("희망 공모가", None, S, "", "level", "required", "9일 dates the announcement only"))
d.Q("320만 주", 3200000, "주", "주", C, f=("공모 주식 수", None, S, "", "level", "required", "subject carried from the sentence before"))
d.Q("768억 원", 76800000000, W, "원", "currency", f=("공모 금액", None, S, "", "level", "required", "밴드 상단 기준 is a basis modifier: outside the metric"))
d.Q("2,940억~3,360억 원", 294000000000, W, "원", "currency", hi=336000000000,
    f=("시가총액", None, S, "", "level", "optional", "상장 후: undated, or the listing's 이달 말 (open question 4)"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("매출", "지난해 매출 412억", S, Y, "level"))
d.Q("38억 원", 3800000000, W, "원", "currency", f=("영업이익", "영업이익 38억", S, Y, "level"))
d.Q("62%", 62, "%", "%", P, f=("매출", "매출의 62%", S, Y, "level", "required", "share of revenue from abroad; company and period carried from the clause before"))
d.Q("1,200대", 1200, "대", "대", C, f=("협동로봇", "협동로봇 1,200대", "에른스트모빌", Y, "level", "required",
    "the customer's order: the customer placed it (convention 11); 지난해 말 → 2025"))
d.Q("41.2%", 41.2, "%", "%", P, f=("지분", "지분 41.2%", "대진정밀", "", "level", "required", "the holder owns its stake; no date for this holder (1년간 is a duration)"))
d.Q("1년", 1, "year", "년", "duration", note="1년간: 간 outside")
d.Q("290억 원", 29000000000, W, "원", "currency", f=("매출", "지난해 매출은 각각", "씨엠로보틱스", Y, "level", "required", "각각: first rival"))
d.Q("175억 원", 17500000000, W, "원", "currency", f=("매출", "지난해 매출은 각각", "뉴로암", Y, "level", "required", "각각: second rival"))
d.Q("2,800억 원", 280000000000, W, "원", "currency", approx=True,
    f=("국내 협동로봇 시장", None, "", Y, "level", "required", "a market's size: empty subject; the association is the source"))
d.Q("5년", 5, "year", "년", "duration", note="향후 5년간: a duration, no date")
d.Q("18%", 18, "%", "%", P, f=("국내 협동로봇 시장", None, "", "", "change", "optional",
    "forecast growth over the next five years: its sentence's 지난해 (letter) or no period (open question 5)"))
d.Q("300억 원", 30000000000, W, "원", "currency", approx=True,
    f=("공모 자금", None, S, "", "level", "optional", "an undated plan in a quote: carry-forward gives 2025, a reader gives none (open question 5)"))
d.Q("5천 대", 5000, "대", "대", C, bound="min", note="이상 → min",
    f=("생산능력", None, S, "", "level", "optional", "연간 is a rate word; an undated target (open question 5)"))

# ---------------------------------------------------------------- 003 fisheries cooperative: catch and auction prices (강원일보-style page; year only in the 입력 stamp)
d = Doc("003_770e98db1a7eeac5", "2026-01-20"); docs.append(d)
S = "설악연안수산업협동조합"
d.Oall("설악수협", S, special={0: ("required", "headline: a short form of the full name given in the text"),
                             1: ("optional", "short name defined with (이하 …): optional where it is defined"),
                             2: ("required", "later use of the defined short name; the coop's own auction hall (a genitive, not a name)"),
                             3: ("required", "later use of the defined short name (설악수협의)"),
                             4: ("required", "organization before a head's title (조합장)")})
d.O(S, S, aliases="설악수협", note="invented cooperative; the 이하 short name recorded as alias")
d.O("강원일보", "강원일보", note="outlet in the byline line")
d.O("강원특별자치도", "강원특별자치도", note="province acting as government, cited as source")
d.O("속초시", "속초시", note="city acting as government")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 위판액 612억", rel=True, note="headline")
d.D("2026.01.20", "2026-01-20", "day", note="date of the 입력 stamp: a calendar date written in the text (convention 9); the clock time 17:05 not labelled")
d.D("지난해", Y, "year", ctx="지난해 위판량이", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.2%", rel=True, st=PB, anchor="2025-01-01", note="points back to 지난해")
d.D("20일", "2026-01-20", "day", rel=True, note="date of the announcement")
d.D("10년 전", "2016", "year", rel=True, note="offset from the document date: amount of time + 전, that year")
d.D("지난달", "2025-12", "month", rel=True)
d.D("전년 같은 달", "2024-12", "month", rel=True, st=PB, anchor="2025-12-01", note="points back to 지난달")
d.D("지난해", Y, "year", ctx="지난해 5만", rel=True)
d.D("같은 기간", Y, "year", rel=True, st=PB, anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("올 상반기", "2026-H1", "half", rel=True, note="올 in the span; deadline in a future clause")
d.Q("612억", 61200000000, W, "", "currency", ctx="612억…", st="optional", note="headline amount, currency not written",
    f=("위판액", "지난해 위판액 612억", S, Y, "level"))
d.Q("1만 4,300t", 14300, "t", "t", M, f=("위판량", "지난해 위판량이", S, Y, "level"))
d.Q("6.2%", 6.2, "%", "%", P, f=("위판량", "지난해 위판량이", S, Y, "change", "required", "전년보다 = basis"))
d.Q("612억 원", 61200000000, W, "원", "currency", ctx="위판액은 612억 원", f=("위판액", "위판액은 612억", S, Y, "level"))
d.Q("8.9%", 8.9, "%", "%", P, f=("위판액", "위판액은 612억", S, Y, "change"))
d.Q("5,820t", 5820, "t", "t", M, f=("붉은대게", "붉은대게가 5,820t", S, Y, "level", "required",
    "breakdown item (어종별로는): the item noun names what is weighed (convention 3)"))
d.Q("298억 원", 29800000000, W, "원", "currency", approx=True, note="원어치: a suffix after the unit, outside, sets approx (like 달러치)",
    f=("붉은대게", "붉은대게가 5,820t", S, Y, "level", "required", "breakdown item: value of the red crab sold"))
d.Q("48.7%", 48.7, "%", "%", P, f=("붉은대게", "붉은대게가 5,820t", S, Y, "level", "required", "위판액의 N%를 차지: the share of the part named as the clause's subject (convention 5)"))
d.Q("410t", 410, "t", "t", M, f=("오징어 위판량", None, S, Y, "level", "required", "the story's 지난해 carried; 10년 전 is the basis"))
d.Q("2,150t", 2150, "t", "t", M, f=("오징어 위판량", None, S, "2016", "level", "required", "basis figure in brackets after 10년 전: that year (convention 4)"))
d.Q("19%", 19, "%", "%", P, f=("오징어 위판량", None, S, Y, "change", "optional",
    "N% 수준: today's level as a share of the basis — a change or a level? (open question 6)"))
d.Q("5,300원", 5300, W, "원", "currency", note="㎏당 is a rate denominator without a number: not labelled",
    f=("평균 위판가", None, S, "2025-12", "level", "required", "평균 changes what is measured; the coop's auction price"))
d.Q("1,100원", 1100, W, "원", "currency", f=("평균 위판가", None, S, "2025-12", "change", "required", "전년 같은 달보다 = basis"))
d.Q("5만 2천t", 52000, "t", "t", M, approx=True, note="안팎 → approx",
    f=("도내 연근해 어획량", None, "", Y, "level", "required", "a region's figure: empty subject; the province is the source"))
d.Q("3년", 3, "year", "년", "duration", note="3년 연속: an amount of time")
d.Q("9곳", 9, "곳", "곳", C, f=("수협", "수협 9곳", "", Y, "level", "optional", "a count that defines the group whose total follows (open question 1)"))
d.Q("2,480억 원", 248000000000, W, "원", "currency",
    f=("위판액 합계", None, "", Y, "level", "required", "nine cooperatives taken together, not named: empty subject; 같은 기간 → 2025"))
d.Q("48억 원", 4800000000, W, "원", "currency", f=("국비와 시비", None, "속초시", "2026", "level", "required", "the city puts the money in (투입한다)"))
d.Q("1,184명", 1184, "명", "명", C, f=("조합원 수", None, S, Y, "level", "required", "genitive 설악수협의; 지난해 말 기준 → 2025 (END)"))
d.Q("3천t", 3000, "t", "t", M, bound="min", note="이상 → min",
    f=("저장 능력", None, S, "2026-H1", "level", "required", "the head's target, deadline 올 상반기"))

# ---------------------------------------------------------------- 004 national pension fund: overseas investment returns (뉴시스 dateline)
d = Doc("004_208f5a02d6ecff54", "2026-03-04"); docs.append(d)
S = "국민연금공단"
d.O("국민연금", S, ctx="국민연금, 지난해", note="headline: short form of 국민연금공단 acting as the organization")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(S, S, special={1: ("required", "organization before a person's title (기금운용본부장)")})
d.Oall("기금운용본부", "기금운용본부", special={0: ("required", "the pension service's named fund-management division (sentence subject)"),
                                      1: ("optional", "division name fused into a title (기금운용본부장): span cut inside a word (open question 7)")})
d.O("한울글로벌자산운용", "한울글로벌자산운용", note="invented external manager")
d.O("캐나다연금투자위원회", "캐나다연금투자위원회", aliases="CPPIB", note="foreign peer; 캐나다 is part of its official name")
d.O("캘리포니아공무원연금", "캘리포니아공무원연금", aliases="캘퍼스", note="foreign peer; 미국 (place) outside, 캘리포니아 part of the name")
d.O("보건복지부", "보건복지부", note="ministry before a title (장관)")
d.O("기금운용위원회", "기금운용위원회", note="committee")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 해외주식", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("4일", "2026-03-04", "day", rel=True, note="date of the announcement")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st=PB, anchor="2025-01-01", note="points back to 지난해 말")
d.D("지난해 하반기", "2025-H2", "half", rel=True, note="지난해 before a half: one mention")
d.D("2025회계연도", "FY2025", "year", rng=False, note="fiscal year; its calendar days differ by fund: range left empty")
d.D("올해 초", "2026", "year", mod="START", rel=True, note="date of the committee's meeting")
d.D("올해 말", "2026", "year", mod="END", rel=True, note="the date the target is for")
d.D("3분기", "2026-Q3", "quarter", rel=True, note="future clause (…까지 유지하겠다): the next Q3")
d.Q("21.3%", 21.3, "%", "%", P, ctx="수익률 21.3%…", f=("해외주식 수익률", "지난해 해외주식 수익률", S, Y, "level"))
d.Q("60%", 60, "%", "%", P, bound="gt", note="돌파 → gt",
    f=("해외 비중", None, S, Y, "level", "required", "headline: the headline's 지난해 carried across the …"))
d.Q("12.4%", 12.4, "%", "%", P, f=("기금 운용 수익률", None, S, Y, "level"))
d.Q("142조 원", 142000000000000, W, "원", "currency", approx=True, f=("운용 수익금", None, S, Y, "level", "required", "연간 기준 qualifies the comparison only"))
d.Q("21.3%", 21.3, "%", "%", P, ctx="해외주식이 21.3%", f=("해외주식", "해외주식이 21.3%", S, Y, "level", "required",
    "breakdown item (자산별로는): the item noun (convention 3)"))
d.Q("6.8%", 6.8, "%", "%", P, f=("해외채권", None, S, Y, "level", "required", "각각: first of the pair"))
d.Q("7.5%", 7.5, "%", "%", P, f=("대체투자", None, S, Y, "level", "required", "각각: second of the pair"))
d.Q("9.1%", 9.1, "%", "%", P, f=("국내주식 수익률", None, S, Y, "level"))
d.Q("12.2%포인트", 12.2, "%p", "%포인트", P, f=("국내주식 수익률", None, S, Y, "change", "required",
    "a difference from another asset class (해외주식보다), not from a period: kind change, period the current one"))
d.Q("1,302조 원", 1302000000000000, W, "원", "currency", f=("기금 적립금", None, S, Y, "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("61.5%", 61.5, "%", "%", P, f=("해외 자산 비중", None, S, Y, "level", "required", "이 가운데: a share of the fund"))
d.Q("57.8%", 57.8, "%", "%", P, f=("해외 자산 비중", None, S, "2024", "level", "required", "basis in brackets after 전년 말: that date's value (convention 4)"))
d.Q("3.7%포인트", 3.7, "%p", "%포인트", P, f=("해외 자산 비중", None, S, Y, "change"))
d.Q("800조 원", 800000000000000, W, "원", "currency", bound="gt", note="넘어선 → gt",
    f=("해외 투자액", None, S, Y, "level", "required", "subject and period carried from the sentence before"))
d.Q("4곳", 4, "곳", "곳", C, f=("위탁운용사", "위탁운용사 4곳", "기금운용본부", "2025-H2", "level", "required",
    "the division's mandates; one manager named, 등 (convention 11)"))
d.Q("2조 원", 2000000000000, W, "원", "currency", ctx="자금 2조 원", f=("해외 인프라 투자 자금", None, "기금운용본부", "2025-H2", "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("수익률", "2025회계연도 수익률", "캐나다연금투자위원회", "FY2025", "level", "required", "각각: first"))
d.Q("11.6%", 11.6, "%", "%", P, f=("수익률", "2025회계연도 수익률", "캘리포니아공무원연금", "FY2025", "level", "required", "각각: second"))
d.Q("63.8%", 63.8, "%", "%", P, f=("해외 자산 목표 비중", None, "기금운용위원회", "2026", "level", "required",
    "the committee set the target (정했다); the target is for 올해 말, 올해 초 dates the meeting"))
d.Q("10%", 10, "%", "%", P, approx=True, note="안팎 → approx",
    f=("환헤지 비율", None, S, "2026-Q3", "level", "optional",
       "speaker 국민연금공단 기금운용본부장: the pension service or its division? (open question 7)"))

# ---------------------------------------------------------------- 005 private university: research funding and technology transfer (press release; year in the lead)
d = Doc("005_7ccf2b2a69740c35", "2026-01-27"); docs.append(d)
S = "한결대학교"
d.O("한결대", S, ctx="한결대, 2025년", note="headline: a short form of the full name given in the text")
d.O(S, S, ctx="한결대학교(이하", aliases="한결대", note="invented university; the 이하 short name recorded as alias")
d.O("한결대", S, ctx="(이하 한결대)", st="optional", note="short name defined with (이하 …): optional where it is defined")
d.O("한국연구재단", "한국연구재단", note="funding agency")
d.O("에코셀머티리얼즈", "에코셀머티리얼즈", note="invented licensee (the customer of the technology)")
d.O("한결대", S, ctx="한결대가 100%", note="later use of the defined short name")
d.O("한결기술지주", "한결기술지주", note="invented technology holding company of the university (its subsidiary)")
d.O("충청남도", "충청남도", note="province acting as government")
d.O("천안시", "천안시", note="city acting as government")
d.O("한결대", S, ctx="한결대 지역혁신", st="optional", note="the university name as modifier of a project (지역혁신 사업): a project name or a genitive?")
d.O("한결대", S, ctx="한결대 산학협력단장", note="organization before a title")
d.O("산학협력단", "한결대학교 산학협력단", ctx="산학협력단장", st="optional", note="unit name fused into a title (산학협력단장): span cut inside a word (open question 7)")
d.O("한결대학교 산학협력단", "한결대학교 산학협력단", ctx="한결대학교 산학협력단 기술사업화팀",
    note="the university's industry-cooperation foundation, named with its university (one mention); 기술사업화팀, a team label, not labelled")
Y = "2025"
d.D("2025년", Y, "year", ctx="한결대, 2025년", note="headline")
d.D("2025년", Y, "year", ctx="는 2025년")
d.D("27일", "2026-01-27", "day", rel=True, note="date of the announcement")
d.D("전년", "2024", "year", rel=True, st=PB, anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 말", Y, "year", mod="END", rel=True)
d.D("올해", "2026", "year", ctx="올해부터", rel=True, note="부터 outside")
d.D("올해", "2026", "year", ctx="올해 연구비", rel=True)
d.Q("1,480억 원", 148000000000, W, "원", "currency", ctx="외부 연구비 1,480억 원 수주", f=("외부 연구비", "2025년 외부 연구비 1,480억", S, Y, "level", "required", "headline with its currency: required"))
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="첫 50억 원", bound="gt", note="돌파 → gt", f=("기술이전 수입", "기술이전 수입 첫", S, Y, "level"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", ctx="- 정부 연구비 1,020억 원",
    f=("정부 연구비", "- 정부 연구비", S, Y, "level", "required", "subheading: subject and year of the headline carried"))
d.Q("87건", 87, "건", "건", C, ctx="계약 87건으로 모두", f=("기술이전 계약", "기술이전 계약 87건", S, Y, "level"))
d.Q("1,480억 원", 148000000000, W, "원", "currency", ctx="수주액이 1,480억 원", f=("외부 연구비 수주액", None, S, Y, "level"))
d.Q("1,312억 원", 131200000000, W, "원", "currency", f=("외부 연구비 수주액", None, S, "2024", "level", "required", "basis in brackets after 전년 (convention 4)"))
d.Q("12.8%", 12.8, "%", "%", P, f=("외부 연구비 수주액", None, S, Y, "change", "required", "…늘어난 규모: the 규모 is the 수주액"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", ctx="연구비가 1,020억 원", f=("정부 연구비", "정부 연구비가", S, Y, "level", "required", "breakdown item (재원별로는) with its own measure noun"))
d.Q("316억 원", 31600000000, W, "원", "currency", f=("민간 기업과 지방자치단체 연구비", None, S, Y, "level", "required",
    "각각: first; the funders are no subject, the university received it"))
d.Q("144억 원", 14400000000, W, "원", "currency", f=("민간 기업과 지방자치단체 연구비", None, S, Y, "level", "required", "각각: second"))
d.Q("412건", 412, "건", "건", C, f=("지원 과제", "지원 과제는", S, Y, "level", "required", "the university's projects funded by 한국연구재단 (funder no subject)"))
d.Q("53억 7천만 원", 5370000000, W, "원", "currency", f=("기술이전 수입", "기술이전 수입은", S, Y, "level"))
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="처음 50억 원", bound="gt", note="넘어섰다 → gt", f=("기술이전 수입", "기술이전 수입은", S, Y, "level"))
d.Q("87건", 87, "건", "건", C, ctx="계약은 87건", f=("기술이전 계약", "기술이전 계약은", S, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", note="1년 새: an amount of time")
d.Q("19건", 19, "건", "건", C, f=("기술이전 계약", "기술이전 계약은", S, Y, "change"))
d.Q("12억 원", 1200000000, W, "원", "currency", ctx="선급금 12억 원",
    f=("선급금", None, "에코셀머티리얼즈", "", "level", "required", "the licensee pays it (내기로 했다): its figure (convention 11); no date for the licensee"))
d.Q("5년", 5, "year", "년", "duration", ctx=" 5년간", note="5년간: 간 outside")
d.Q("3%", 3, "%", "%", P, ctx="매출의 3%", f=("경상기술료", None, "에코셀머티리얼즈", "", "level", "required", "royalty rate the licensee pays; undated"))
d.Q("100%", 100, "%", "%", P, f=("출자", None, S, Y, "level", "required", "verbal noun (출자한): the university's stake; its sentence's 지난해 말"))
d.Q("31곳", 31, "곳", "곳", C, f=("자회사", "자회사는", "한결기술지주", Y, "level", "required", "genitive 한결기술지주의 자회사; 지난해 말 → 2025 (END)"))
d.Q("260억 원", 26000000000, W, "원", "currency", approx=True,
    f=("매출 합계", None, "", Y, "level", "required", "31 subsidiaries taken together, not named: empty subject"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside")
d.Q("90억 원", 9000000000, W, "원", "currency", f=("지원", "지원한다", "충청남도", "2026", "level", "optional",
    "각각: first; a three-year total from 올해: period 2026 (the only DATE) or none? (open question 8)"))
d.Q("30억 원", 3000000000, W, "원", "currency", f=("지원", "지원한다", "천안시", "2026", "level", "optional", "각각: second (open question 8)"))
d.Q("1,600억 원", 160000000000, W, "원", "currency", bound="min", note="이상 → min",
    f=("연구비 수주 목표", None, S, "2026", "level", "required", "the head speaks for the university; 올해 → 2026"))

# ---------------------------------------------------------------- 006 EV-charger operator: chargers and utilization (뉴스1 dateline)
d = Doc("006_069efacfef9eda6a", "2025-10-14"); docs.append(d)
S = "차지온"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("세진에너지", "세진에너지", note="invented parent (모회사)")
d.O("이마트", "이마트", note="customer (contract partner)")
d.O("SK일렉링크", "SK일렉링크", note="rival")
d.O("채비", "채비", note="rival (a company name that is also a common noun)")
d.O("국토교통부", "국토교통부", note="ministry cited as source")
d.O("전기차충전산업협회", "전기차충전산업협회", note="invented association cited as source")
d.O("경기도", "경기도", note="province acting as government (its public car parks)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 이용률", rel=True, note="headline: the latest Q3 on or before 2025-10-14")
d.D("2025년 9월 말", "2025-09", "month", mod="END", note="as of (기준); one mention with 말")
d.D("14일", "2025-10-14", "day", rel=True, note="date of the announcement")
d.D("지난해 말", "2024", "year", mod="END", rel=True, note="the basis of a change")
d.D("3분기", Q3, "quarter", ctx="3분기 급속충전기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st=PB, anchor="2025-07-01", note="points back to 3분기")
d.D("같은 기간", Q3, "quarter", rel=True, st=PB, anchor="2025-07-01", note="points back to 3분기")
d.D("올해", "2025", "year", rel=True)
d.D("지난 7월", "2025-07", "month", rel=True, note="지난 in the span")
d.D("8월 말", "2025-08", "month", mod="END", rel=True, note="as of (기준)")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention; a deadline (까지)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (…까지 끌어올리겠다): this year's end, still ahead")
d.Q("1만 기", 10000, "기", "기", C, bound="gt", note="돌파 → gt",
    f=("급속충전기", "급속충전기 1만", S, Q3, "level", "optional",
       "headline count as of 9월 말 (body): the headline's 3분기, or no period? (open question 9)"))
d.Q("18.4%", 18.4, "%", "%", P, ctx="이용률 18.4%", f=("이용률", "3분기 이용률", S, Q3, "level"))
d.Q("4만 2,600기", 42600, "기", "기", C, f=("운영 충전기", None, S, "2025-09", "level", "required", "9월 말 기준 → 2025-09 (END)"))
d.Q("1만 150기", 10150, "기", "기", C, f=("급속충전기", "급속충전기는 1만", S, "2025-09", "level", "required", "이 가운데: a part of the chargers"))
d.Q("2,300기", 2300, "기", "기", C, f=("급속충전기", "급속충전기는 1만", S, "2025-09", "change", "required", "지난해 말보다 = basis"))
d.Q("18.4%", 18.4, "%", "%", P, ctx="이용률은 18.4%", f=("급속충전기 평균 이용률", None, S, Q3, "level"))
d.Q("3.1%포인트", 3.1, "%p", "%포인트", P, f=("급속충전기 평균 이용률", None, S, Q3, "change", "required", "전년 동기 대비 = basis"))
d.Q("9,870만kWh", 98700000, "kWh", "kWh", M, note="number and unit written together", f=("충전량", None, S, Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("25%", 25, "%", "%", P, f=("충전량", None, S, Q3, "change"))
d.Q("310억 원", 31000000000, W, "원", "currency", approx=True, f=("충전 매출", None, S, Q3, "level"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", f=("투자", "투자한다", "세진에너지", "2025", "level", "required", "verbal noun (투자한다); the parent's figure"))
d.Q("80곳", 80, "곳", "곳", C, f=("점포", "점포 80곳", S, "2025-07", "level", "optional",
    "the customer's stores covered by the operator's contract: whose count? (open question 10)"))
d.Q("640기", 640, "기", "기", C, f=("급속충전기", "급속충전기 640기", S, "2025-07", "level", "required",
    "chargers the operator contracted to install (sentence subject 차지온); 지난 7월"))
d.Q("1만 2천여 기", 12000, "기", "기", C, approx=True, note="여 inside the span → approx",
    f=("급속충전기", "채비의 급속충전기", "SK일렉링크", "", "level", "required", "각각: first rival; no date for the rivals"))
d.Q("1만 1천여 기", 11000, "기", "기", C, approx=True, f=("급속충전기", "채비의 급속충전기", "채비", "", "level", "required", "각각: second rival"))
d.Q("81만 대", 810000, "대", "대", C, approx=True,
    f=("국내 전기차 누적 등록 대수", None, "", "2025-08", "level", "required", "national statistic: empty subject; the ministry is the source"))
d.Q("43만 기", 430000, "기", "기", C, approx=True, note="안팎 → approx",
    f=("전국 충전기 수", None, "", "2025-08", "level", "required", "national figure counted by the association (source, no subject); its sentence's 8월 말"))
d.Q("1,500기", 1500, "기", "기", C, f=("설치", "설치한다", S, "2026-H1", "level", "required", "no counted noun written: the verbal noun; deadline 내년 상반기"))
d.Q("20%", 20, "%", "%", P, approx=True, note="20%대: suffix 대 outside, approx",
    f=("급속충전기 이용률", "급속충전기 이용률을", S, "2025", "level", "required", "the head's target for 연말 (2025, END)"))

write_all(docs)
