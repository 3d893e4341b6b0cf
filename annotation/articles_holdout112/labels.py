"""Gold labels of articles-holdout112 (writer-labeller W112), written by reading the texts against
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout112/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 / 전분기 are optional)"
HL = "headline with no DATE: nothing earlier in the article, period empty (FACTS: never the document date by default)"
D = "duration"

# ---------------------------------------------------------------- 001 ski resort: season visitors, lift revenue (연합뉴스 dateline, no year written)
d = Doc("001_7bcd06db395923b3", "2026-03-17"); docs.append(d)
S = "설원리조트"
SEASON = "2025-12-05/2026-03-15"
d.Oall(S, S, special={2: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한국스키장경영협회", "한국스키장경영협회", note="association cited as the source (에 따르면)")
d.O("용평리조트", "용평리조트", note="rival resort (경쟁사)")
d.Oall("설원레저홀딩스", "설원레저홀딩스", special={0: ("required", "invented parent (모회사)")})
d.D("지난해 12월 5일", "2025-12-05", "day", rel=True, note="지난해 before a month is in the span (ANNOTATION: 올해 8월 말 is one mention); opening day")
d.D("이달 15일", "2026-03-15", "day", rel=True, note="이달 before a day taken into the span like 올해/지난해 before a month (W112 convention); closing day")
d.D("전년 같은 기간", "2024-12-05/2025-03-15", "day", rel=True, st="optional", anchor="2025-12-05", note=PB + "; = 전년 동기 of the season")
d.D("17일", "2026-03-17", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", "2025-12-05/2026-03-15", "day", ctx="같은 기간 전국", rel=True, st="optional", anchor="2025-12-05", note=PB)
d.D("지난 1월", "2026-01", "month", rel=True, note="latest January on or before the document date")
d.D("올해 연말", "2026", "year", mod="END", rel=True, note="올해 before a part-of-period word is one mention (as 올해 8월 말); 연말 → END")
d.D("내년", "2027", "year", rel=True)
SN = "season period: the range between the opening and closing days the lead names (FACTS: a period named with its days → that range)"
d.Q("160만명", 1600000, "명", "명", C, bound="gt", f=("방문객", "설원리조트 방문객 160만명", S, "", "level", "required", HL))
d.Q("212억원", 21200000000, W, "원", "currency", ctx="매출 212억원 '역대", f=("리프트 매출", "리프트 매출 212억원 '역대", S, "", "level", "required", HL))
d.Q("101일", 101, "day", "일", D)
d.Q("162만3천명", 1623000, "명", "명", C, f=("방문객", "방문객 162만3천명", S, SEASON, "level", "required", SN))
d.Q("141만명", 1410000, "명", "명", C, f=("방문객", "방문객 162만3천명", S, "2024-12-05/2025-03-15", "level", "required",
                                       "basis in brackets after 전년 같은 기간: its period is that date's value (W112 convention 4)"))
d.Q("15.1%", "15.1", "%", "%", P, f=("방문객", "방문객 162만3천명", S, SEASON, "change", "required", "comparison: the current period"))
d.Q("212억원", 21200000000, W, "원", "currency", ctx="리프트권 매출은 212억원", f=("리프트권 매출", None, S, SEASON, "level", "required", "subject and period carried from the lead"))
d.Q("14%", 14, "%", "%", P, f=("리프트권 매출", None, S, SEASON, "change"))
d.Q("하루", 1, "day", "하루", D, st="optional", note="rate word (하루 평균): ANNOTATION rate denominators are optional")
d.Q("1만6천명", 16000, "명", "명", C, approx=True, note="남짓 → approx", f=("평균 방문객", "하루 평균 방문객", S, SEASON, "level"))
d.Q("4만2천장", 42000, "장", "장", C, f=("시즌권", None, S, SEASON, "level"))
d.Q("37%", 37, "%", "%", P, f=("수도권 거주자", None, S, SEASON, "level", "required", "이 가운데: the part's share of the season passes; the part names what is measured"))
d.Q("41%", 41, "%", "%", P, f=("초급 코스 이용객", None, S, SEASON, "level", "required", "share of the whole (전체의 41%)"))
d.Q("35%", 35, "%", "%", P, f=("중급", "중급과 상급", S, SEASON, "level", "required", "각각: first of the pair"))
d.Q("24%", 24, "%", "%", P, f=("상급", "중급과 상급", S, SEASON, "level", "required", "각각: second of the pair"))
d.Q("18만명", 180000, "명", "명", C, ctx="약 18만명", approx=True, f=("외국인 방문객", None, S, SEASON, "level"))
d.Q("520만명", 5200000, "명", "명", C, approx=True, f=("전국 스키장 방문객", None, "", SEASON, "level", "required",
                                                     "national figure from a cited association: no subject; 같은 기간 → the season"))
d.Q("5년", 5, "year", "년", D, note="만에 outside: a duration")
d.Q("500만명", 5000000, "명", "명", C, bound="gt", note="돌파 → gt", f=("전국 스키장 방문객", None, "", SEASON, "level", "required", "threshold passed"))
d.Q("118만명", 1180000, "명", "명", C, f=("유치", "유치한", "용평리조트", SEASON, "level", "optional",
                                       "open question 1: a rival's figure with no date in its sentence and no period ever set for it (letter: empty; reader: the same season)"))
d.Q("38억원", 3800000000, W, "원", "currency", f=("리조트 부문 영업이익", None, "설원레저홀딩스", SEASON, "level", "optional",
                                                "open question 2: the parent's segment profit, no date; the story's season (written) or the parent's business year?"))
d.Q("120억원", 12000000000, W, "원", "currency", f=("곤돌라 교체", None, "설원레저홀딩스", "2026-01", "level", "required", "what the money went to; 지난 1월 in the clause"))
d.Q("두 곳", 2, "곳", "곳", C, note="native numeral", f=("슬로프", "슬로프 두 곳", S, "2026", "level", "required", "head's target speaks for the company; 올해 연말까지 → 2026"))
d.Q("180만명", 1800000, "명", "명", C, bound="min", f=("방문객", "내년 방문객", S, "2027", "level"))
d.Q("250억원", 25000000000, W, "원", "currency", f=("리프트 매출", "리프트 매출 250억원", S, "2027", "level", "required", "second target of the list after 내년"))

# ---------------------------------------------------------------- 002 solar/biomass producer: generation, REC sales (bracket byline, no year anywhere)
d = Doc("002_0f8e3b0804d76ae6", "2026-02-12"); docs.append(d)
S = "청록에너지"
Q4 = "2025-Q4"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("청록바이오파워", "청록바이오파워", note="invented subsidiary (자회사)")
d.O("한국전력거래소", "한국전력거래소", note="market operator cited as the source (에 따르면)")
d.O("새봄파워", "새봄파워", note="invented rival (경쟁사)")
d.O("한국남동발전", "한국남동발전", note="buyer under a long-term contract (counterparty)")
d.D("4분기", Q4, "quarter", ctx="4분기 발전량 31%", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("지난해 4분기", Q4, "quarter", rel=True, note="지난해 before a quarter kept in one mention (as 올해 8월 말)")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="bare quarter, the basis of a comparison: the latest Q3 on or before the document date")
d.D("전분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.Q("31%", 31, "%", "%", P, ctx="발전량 31%↑", note="↑ after the number: no written sign", f=("발전량", "4분기 발전량 31%", S, Q4, "change"))
d.Q("100억원", 10000000000, W, "원", "currency", ctx="첫 100억원 돌파", bound="gt", f=("REC 판매 수익", "REC 판매 수익 첫", S, Q4, "level", "required", "threshold passed; the headline's 4분기 across …"))
d.Q("412GWh", 412, "GWh", "GWh", M, f=("발전량", "지난해 4분기 발전량", S, Q4, "level"))
d.Q("31%", 31, "%", "%", P, ctx="전년 동기보다 31%", f=("발전량", "지난해 4분기 발전량", S, Q4, "change", "required", "comparison: the current quarter"))
d.Q("104억원", 10400000000, W, "원", "currency", f=("판매 수익", "판매 수익은 104억원", S, Q4, "level", "required", "subject and period carried from the lead"))
d.Q("100억원", 10000000000, W, "원", "currency", ctx="처음 100억원을", bound="gt", note="넘어섰다 → gt", f=("판매 수익", "판매 수익은 104억원", S, Q4, "level", "required", "threshold passed; 분기 기준 is the basis"))
d.Q("1천480GWh", 1480, "GWh", "GWh", M, approx=True, note="가량 → approx",
    f=("발전량", "연간 발전량", S, "2025", "level", "required", "연간 fixes the year: the year of the lead's 지난해 4분기 (W112 convention 1)"))
d.Q("96%", 96, "%", "%", P, note="수준 is not an approximator in ANNOTATION's list: approx false (open question 6)",
    f=("목표치", None, S, "2025", "level", "required", "annual output as a share of the target; no other noun names the ratio"))
d.Q("268GWh", 268, "GWh", "GWh", M, f=("태양광", "태양광이 268GWh", S, Q4, "level", "required", "발전원별로는: the part names what is measured (W112 convention 3)"))
d.Q("144GWh", 144, "GWh", "GWh", M, f=("바이오매스", "바이오매스가 144GWh", S, Q4, "level", "required", "발전원별로는: the part"))
d.Q("91.5%", "91.5", "%", "%", P, f=("가동률", None, "청록바이오파워", Q4, "level", "required",
                                  "the plant the subsidiary runs; compared with 3분기: the current quarter of the story"))
d.Q("4.2%포인트", "4.2", PP, "%포인트", P, f=("가동률", None, "청록바이오파워", Q4, "change"))
d.Q("1REC", 1, "REC", "REC", C, st="optional", note="rate denominator (1REC당): optional")
d.Q("7만2천원", 72000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("REC 현물시장 평균 가격", None, "", Q4, "level", "required", "a market price: no subject; compared with 전분기 → the story's quarter"))
d.Q("5%", 5, "%", "%", P, ctx="전분기보다 5%", approx=True, note="가량 → approx; 내렸다 → change, no written sign",
    f=("REC 현물시장 평균 가격", None, "", Q4, "change"))
d.Q("9.8TWh", "9.8", "TWh", "TWh", M, approx=True, f=("전국 태양광 발전량", None, "", Q4, "level", "required", "national figure from a cited source: no subject; 같은 기간 → Q4"))
d.Q("81억원", 8100000000, W, "원", "currency", f=("REC 판매 수익", "분기 REC 판매 수익은 81억원", "새봄파워", Q4, "level", "optional",
                                                "open question 1: a rival's figure, only 분기 (no DATE) in its clause, no period ever set for it"))
d.Q("20년", 20, "year", "년", D, note="간 outside: a duration")
d.Q("60%", 60, "%", "%", P, bound="min", f=("REC 물량", None, S, Q4, "level", "required",
                                            "carry-forward: the period last set for 청록에너지 (FACTS); 한국남동발전 is the counterparty"))
d.Q("3곳", 3, "곳", "곳", C, f=("신규 태양광 단지", None, S, "2026", "level", "required", "head's target speaks for the company"))
d.Q("500MW", 500, "MW", "MW", M, bound="min", f=("설비용량", None, S, "2026", "level"))
d.Q("400억원", 40000000000, W, "원", "currency", bound="gt", note="넘기겠다 → gt", f=("REC 판매 수익", "연간 REC 판매 수익", S, "2026", "level"))

# ---------------------------------------------------------------- 003 lottery: annual sales statistics and the fund (page with 입력 stamp; the year only in the stamp)
d = Doc("003_2ee12f725643ab32", "2026-02-10"); docs.append(d)
S = "새빛복권"
B = "기획재정부 복권위원회"
NAT = "national lottery statistic cited from 복권위 (에 따르면): no subject (FACTS: a market's / country's figure; open question 3)"
d.O(B, B, aliases="복권위", note="committee of the ministry, one official name; the 이하 short name recorded in aliases (open question 4)")
d.O("복권위", B, ctx="(이하 복권위)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("복권위", B, ctx="복권위와", note="later use of the 이하 short name: required")
d.O("복권위", B, ctx="복권위는", note="later use of the 이하 short name: required")
d.Oall(S, S, special={0: ("required", "invented operator (수탁사업자)"), 3: ("required", "organization before a head's title (대표)")})
d.O("새빛정보통신", "새빛정보통신", note="invented largest shareholder (최대주주)")
d.O("국민체육진흥공단", "국민체육진흥공단", note="public agency issuing sports-betting tickets")
d.D("지난해", "2025", "year", ctx="지난해 복권 6조", rel=True, note="headline")
d.D("2026.02.10", "2026-02-10", "day", note="calendar date of the 입력 stamp: written in the text")
d.D("14:20", "2026-02-10T14:20", "day", st="optional", note="clock time (ANNOTATION: optional at most)")
d.D("지난해", "2025", "year", ctx="지난해 복권 판매액", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 3.8%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (발표했다): not a period")
d.D("올해", "2026", "year", ctx="올해 복권기금", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="one mention with its part-of-period word; 기준 outside")
d.D("1년 전", "2025", "year", rel=True, st="optional",
    note="offset: by ANNOTATION's letter from the document date (2025, written), but the reader counts from 지난해 말 (2024 END): open question 5")
d.D("지난해", "2025", "year", ctx="지난해 수탁", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", ctx="올해 모바일", rel=True)
d.Q("6조9천억", 6900000000000, W, "", "currency", st="optional", note="headline amount whose currency is only implied (ANNOTATION: optional)")
d.Q("71%", 71, "%", "%", P, ctx="로또 비중 71%", f=("로또 비중", None, "", "2025", "level", "required", "headline: its own 지난해 across …; national statistic, no subject"))
d.Q("6조9천312억원", 6931200000000, W, "원", "currency", f=("복권 판매액", "지난해 복권 판매액", "", "2025", "level", "required", NAT))
d.Q("3.8%", "3.8", "%", "%", P, f=("복권 판매액", "지난해 복권 판매액", "", "2025", "change", "required", NAT))
d.Q("4조9천210억원", 4921000000000, W, "원", "currency", f=("로또복권", None, "", "2025", "level", "required", "종류별로는: the part names what is measured (W112 convention 3)"))
d.Q("71%", 71, "%", "%", P, ctx="전체의 71%", f=("로또복권", None, "", "2025", "level", "required", "share of the whole"))
d.Q("8천650억원", 865000000000, W, "원", "currency", f=("즉석복권", None, "", "2025", "level", "required", "각각: first of the pair"))
d.Q("6천120억원", 612000000000, W, "원", "currency", f=("연금복권", None, "", "2025", "level", "required", "각각: second of the pair"))
d.Q("1천800억원", 180000000000, W, "원", "currency", approx=True, f=("인쇄복권 판매액", None, "", "2025", "level"))
d.Q("2년", 2, "year", "년", D, note="2년 연속: an amount of time (duration), no fact")
d.Q("41%", 41, "%", "%", P, f=("복권기금", "복권기금으로 조성돼", "", "2025", "level", "required", "share of the sales that went into the fund"))
d.Q("2조8천400억원", 2840000000000, W, "원", "currency", approx=True, note="가량 → approx", f=("복권기금", "복권기금으로 조성돼", "", "2025", "level"))
d.Q("2조9천억원", 2900000000000, W, "원", "currency", bound="min",
    f=("복권기금 배분", "복권기금 배분 규모", B, "2026", "level", "required", "규모: the thing whose size it is; the committee's own plan (복권위는 … 잡았다)"))
d.Q("1등", 1, "등", "등", "ordinal", note="rank of the prize (ordinal): no fact")
d.Q("712명", 712, "명", "명", C, f=("로또 1등 당첨자", None, "", "2025", "level", "required", "national statistic; the story's 지난해 carries"))
d.Q("1인", 1, "인", "인", C, st="optional", note="rate denominator (1인당): optional")
d.Q("21억원", 2100000000, W, "원", "currency", approx=True, f=("평균 당첨금", None, "", "2025", "level"))
d.Q("8천420곳", 8420, "곳", "곳", C, f=("판매점", "관리하는 판매점", S, "2025", "level", "required", "the stores the operator manages; 지난해 말 기준 → 2025 (END)"))
d.Q("310곳", 310, "곳", "곳", C, f=("판매점", "관리하는 판매점", S, "2025", "change"))
d.Q("480억원", 48000000000, W, "원", "currency", approx=True, f=("수탁 수수료 수입", None, S, "2025", "level"))
d.Q("51%", 51, "%", "%", P, f=("지분", None, "새빛정보통신", "", "level", "optional",
      "open question 1: a new subject with no date in its sentence (letter: no period set for it, written empty; the story's 2025 by the lead rule)"))
d.Q("6조2천억원", 6200000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("체육진흥투표권 판매액", None, "국민체육진흥공단", "2025", "level", "required", "the agency issues the tickets (발행하는): its sales; 같은 기간 → 2025"))
d.Q("15%", 15, "%", "%", P, note="까지 is a particle, no bound", f=("모바일 판매 비중", None, S, "2026", "level", "required", "head's target speaks for the company"))

# ---------------------------------------------------------------- 004 health-supplement chain: store count and sales (byline at the end; 2025년 in the lead)
d = Doc("004_4efe495e2fbac7ee", "2026-01-27"); docs.append(d)
S = "바른건강마켓"
P_ = "바른유통"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "organization before a head's title (대표)")})
d.O("코스맥스엔비티", "코스맥스엔비티", note="contract manufacturer (counterparty)")
d.O("한국건강기능식품협회", "한국건강기능식품협회", note="association cited as the source (에 따르면)")
d.O("CJ올리브영", "CJ올리브영", note="rival (경쟁사)")
d.O(P_, P_, note="invented parent (모회사)")
d.O("GS리테일", "GS리테일", note="partner company (counterparty)")
d.D("작년", "2025", "year", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", ctx="전년보다 22.6%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("27일", "2026-01-27", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", "2025", "year", ctx="같은 기간 영업이익", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="one mention with its part-of-period word; 기준 outside")
d.D("지난해", "2025", "year", ctx="지난해 국내", rel=True)
d.D("전년", "2024", "year", ctx="전년과 비슷", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("같은 기간", "2025", "year", ctx="같은 기간 30%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half kept in one mention (as 올해 8월 말); 중 outside")
d.D("2028년", "2028", "year", note="까지 outside")
d.Q("300곳", 300, "곳", "곳", C, bound="gt", note="돌파 → gt", f=("매장", "매장 300곳", S, "2025", "level", "required", "headline: its own 작년 across …"))
d.Q("2천억원", 200000000000, W, "원", "currency", ctx="매출 2천억원", bound="gt", note="넘어 → gt", f=("매출", "작년 매출", S, "2025", "level", "required", "headline threshold"))
d.Q("2천140억원", 214000000000, W, "원", "currency", f=("매출", "2025년 매출", S, "2025", "level"))
d.Q("22.6%", "22.6", "%", "%", P, f=("매출", "2025년 매출", S, "2025", "change", "required", "comparison: the current year"))
d.Q("118억원", 11800000000, W, "원", "currency", f=("영업이익", None, S, "2025", "level", "required", "같은 기간 → 2025"))
d.Q("1년", 1, "year", "년", D, ctx="1년 만에", note="만에 outside: a duration")
d.Q("두 배", 2, "배", "배", C, approx=True, note="native numeral; 가까이 ('nearly') read as an approximator (W112 convention 8)",
    f=("영업이익", None, S, "2025", "change", "required", "a multiple against last year's figure: a rate of change (W112 convention 8)"))
d.Q("312곳", 312, "곳", "곳", C, f=("매장 수", None, S, "2025", "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("1년", 1, "year", "년", D, ctx="1년 새", note="1년 새 ('within a year'): a duration like 1년간, 새 outside (W112 convention 8)")
d.Q("58곳", 58, "곳", "곳", C, f=("매장 수", None, S, "2025", "change"))
d.Q("74곳", 74, "곳", "곳", C, f=("직영점", None, S, "2025", "level", "required", "이 가운데: the part's noun names what is counted"))
d.Q("238곳", 238, "곳", "곳", C, f=("가맹점", None, S, "2025", "level"))
d.Q("55%", 55, "%", "%", P, f=("수도권 매장", None, S, "2025", "level", "required", "share of the whole (전체의 55%)"))
d.Q("1천320억원", 132000000000, W, "원", "currency", f=("기존 제품", None, S, "2025", "level", "required", "품목별로는: the part names what is measured (W112 convention 3); the story's year carries"))
d.Q("410억원", 41000000000, W, "원", "currency", f=("프로바이오틱스", None, S, "2025", "level"))
d.Q("290억원", 29000000000, W, "원", "currency", approx=True, f=("바른한끼' 매출", None, S, "2025", "level", "required", "the private brand's sales (a product: not an ORG)"))
d.Q("3배", 3, "배", "배", C, bound="gt", note="넘게 → gt", f=("바른한끼' 매출", None, S, "2025", "change"))
d.Q("6조2천억원", 6200000000000, W, "원", "currency",
    f=("국내 건강기능식품 시장", None, "", "2025", "level", "required", "규모: the thing whose size it is; a market figure from a cited source: no subject"))
d.Q("30%", 30, "%", "%", P, approx=True, note="안팎 → approx", f=("건강식품 매출", None, "CJ올리브영", "2025", "change", "required", "같은 기간 → 2025"))
d.Q("50곳", 50, "곳", "곳", C, f=("숍인숍 매장", None, P_, "2026-H1", "level", "required", "the parent's plan; GS리테일 is the partner"))
d.Q("80억원", 8000000000, W, "원", "currency", approx=True, f=("투자", "투자한다", P_, "2026-H1", "level", "required",
                                                           "verbal noun as metric (FACTS: 판매했다 → 판매); subject and period carried"))
d.Q("500곳", 500, "곳", "곳", C, note="이상 read as attached to the nearer target only (open question 7)",
    f=("매장", "매장 500곳", S, "2028", "level", "required", "head's target speaks for the company"))
d.Q("3천억원", 300000000000, W, "원", "currency", bound="min", f=("연매출", None, S, "2028", "level"))

# ---------------------------------------------------------------- 005 esports league: viewership, sponsorship income (press release, no dateline; 올해 in the lead)
d = Doc("005_afddd39c90562493", "2025-12-16"); docs.append(d)
S = "스톰이스포츠"
K = "한국콘텐츠진흥원"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)"),
                      3: ("required", "contact line: the company, 홍보팀 outside")})
d.O("신한은행", "신한은행", note="title sponsor (counterparty)")
d.O("기아", "기아", note="official partner")
d.O("블루팽 게이밍", "블루팽 게이밍", note="invented team (sports club)")
d.O(K, K, aliases="콘진원", note="agency cited as the source; the 이하 short name recorded in aliases")
d.O("콘진원", K, ctx="(이하 콘진원)", st="optional", note="short name defined with 이하: optional where defined (ANNOTATION)")
d.O("콘진원", K, ctx="콘진원은", note="later use of the 이하 short name: required")
d.D("올해", "2025", "year", rel=True, note="the league's year; '스톰 챔피언스 리그 2025' is an event name with digits: no DATE")
d.D("지난해", "2024", "year", ctx="지난해보다", rel=True)
d.D("16일", "2025-12-16", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해", "2024", "year", ctx="지난해 약", rel=True)
d.D("내년", "2026", "year", ctx="내년 시장", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.Q("3억 뷰", 300000000, "뷰", "뷰", C, bound="gt", note="돌파 → gt", f=("리그 누적 시청", None, S, "", "level", "required", HL))
d.Q("2배", 2, "배", "배", C, ctx="수입 2배로", f=("스폰서십 수입", "스폰서십 수입 2배로", S, "", "change", "required", HL + "; a multiple against last year: change"))
d.Q("3억1천만 뷰", 310000000, "뷰", "뷰", C, f=("누적 시청 수", None, S, "2025", "level", "required", "the operator's league held 올해 (the league is an event, its figures the operator's)"))
d.Q("42%", 42, "%", "%", P, f=("누적 시청 수", None, S, "2025", "change", "required", "comparison: the current year"))
d.Q("186만명", 1860000, "명", "명", C, approx=True, f=("최고 동시 시청자 수", None, S, "2025", "level", "required", "subject and period carried from the lead"))
d.Q("79%", 79, "%", "%", P, f=("국내 중계", None, S, "2025", "level", "required", "시청 경로별로는: the part names what is measured (W112 convention 3)"))
d.Q("21%", 21, "%", "%", P, f=("해외 중계", None, S, "2025", "level"))
d.Q("52만 뷰", 520000, "뷰", "뷰", C, f=("평균 시청 수", None, S, "2025", "level", "required", "경기당 has no number: not a row"))
d.Q("214억원", 21400000000, W, "원", "currency", f=("스폰서십 수입", "스폰서십 수입은 214억원", S, "2025", "level"))
d.Q("2배", 2, "배", "배", C, ctx="전년의 2배", note="수준 is not an approximator in ANNOTATION's list: approx false (open question 6)",
    f=("스폰서십 수입", "스폰서십 수입은 214억원", S, "2025", "change", "required", "a multiple of 전년's income: change"))
d.Q("3년", 3, "year", "년", D, note="간 outside: a duration")
d.Q("150억원", 15000000000, W, "원", "currency", f=("후원 계약", None, S, "2025", "level", "required",
                                                  "규모: the thing whose size it is; 신한은행 is the counterparty; the paragraph's year carries"))
d.Q("11곳", 11, "곳", "곳", C, f=("공식 파트너", None, S, "2025", "level"))
d.Q("10개", 10, "개", "개", C, f=("팀", "10개 팀", S, "2025", "level", "required", "the teams in the operator's league: the counted noun"))
d.Q("42억원", 4200000000, W, "원", "currency", approx=True,
    f=("평균 선수단 연봉 총액", None, "", "2025", "level", "required", "a figure of ten teams taken together, not named: no subject (FACTS)"))
d.Q("5억원", 500000000, W, "원", "currency", f=("상금", None, "블루팽 게이밍", "2025", "level", "optional",
      "open question 1: a new subject with no date in its sentence (letter: no period set for it; reader: this year's league, written)"))
d.Q("1천900억원", 190000000000, W, "원", "currency", approx=True,
    f=("국내 e스포츠 산업", None, "", "2024", "level", "required", "규모: the thing whose size it is; an industry figure from a cited source: no subject"))
d.Q("2천억원", 200000000000, W, "원", "currency", bound="gt", note="넘어설 → gt",
    f=("시장", "내년 시장", "", "2026", "level", "required", "the agency's forecast of a market: no subject"))
d.Q("두 곳", 2, "곳", "곳", C, note="native numeral", f=("해외 리그", None, S, "2026", "level", "required", "head's target speaks for the company"))
d.Q("300억원", 30000000000, W, "원", "currency", bound="gt", note="넘게 → gt", f=("스폰서십 수입", "스폰서십 수입을 300억원", S, "2026", "level"))

# ---------------------------------------------------------------- 006 dry-bulk shipping: charter rates and fleet (뉴시스 dateline; 2026년 in the lead)
d = Doc("006_16a0bc5ee56fef6b", "2026-04-21"); docs.append(d)
S = "대양벌크해운"
Q1 = "2026-Q1"
CAPE = "케이프사이즈의 일일 평균 용선료"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 2: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("발틱해운거래소", "발틱해운거래소", note="exchange compiling the index (source)")
d.O("포스코", "포스코", note="customer under a long-term contract (counterparty)")
d.O("대양십매니지먼트", "대양십매니지먼트", note="invented subsidiary (자회사)")
d.O("한국해양진흥공사", "한국해양진흥공사", note="public corporation forecasting the market")
d.O("팬오션", "팬오션", note="rival (경쟁사)")
d.D("1분기", Q1, "quarter", ctx="1분기 영업익", rel=True, note="headline; bare quarter: the latest Q1 on or before the document date")
d.D("2026년 1분기", Q1, "quarter", note="year and quarter: one mention")
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("21일", "2026-04-21", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("같은 기간", Q1, "quarter", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("1분기", Q1, "quarter", ctx="1분기 평균", rel=True)
d.D("전년 동기", "2025-Q1", "quarter", ctx="전년 동기(1,210", rel=True, st="optional", anchor="2026-01-01", note=PB)
d.D("3월 말", "2026-03", "month", mod="END", rel=True, note="기준 outside")
d.D("지난해", "2025", "year", rel=True)
d.D("내년 상반기", "2027-H1", "half", rel=True, note="내년 before a half kept in one mention (as 올해 8월 말); 까지 outside")
d.D("올해", "2026", "year", rel=True)
d.D("1분기", Q1, "quarter", ctx="1분기 영업이익은", rel=True)
d.D("연말", "2026", "year", mod="END", rel=True, note="future clause (늘리겠다): this year's end")
d.Q("2배", 2, "배", "배", C, ctx="영업익 2배", bound="gt", note="넘게 → gt", f=("영업익", None, S, Q1, "change", "required", "headline: its own 1분기; a multiple against last year: change"))
d.Q("40척", 40, "척", "척", C, ctx="선대 40척으로", f=("선대", "선대 40척으로", S, Q1, "level", "required", "headline: its own 1분기"))
d.Q("2천310억원", 231000000000, W, "원", "currency", f=("매출", None, S, Q1, "level"))
d.Q("18.4%", "18.4", "%", "%", P, f=("매출", None, S, Q1, "change", "required", "comparison: the current quarter"))
d.Q("326억원", 32600000000, W, "원", "currency", f=("영업이익", "영업이익은 326억원", S, Q1, "level", "required", "같은 기간 → 2026-Q1"))
d.Q("2배", 2, "배", "배", C, ctx="326억원으로 2배", bound="gt", note="넘게 → gt", f=("영업이익", "영업이익은 326억원", S, Q1, "change"))
d.Q("일일", 1, "day", "일일", D, st="optional", note="'daily' (일일 평균): a rate word; ANNOTATION rate denominators / lexicalized words are optional")
d.Q("2만4천500달러", 24500, U, "달러", "currency", f=(CAPE, None, S, Q1, "level", "required",
                                                    "선종별로는 in the company's results: its rates; the ship type stays in the metric"))
d.Q("1만6천달러", 16000, U, "달러", "currency", approx=True, note="안팎 → approx", f=("파나막스", None, S, Q1, "level", "required", "the part names what is measured (W112 convention 3)"))
d.Q("35%", 35, "%", "%", P, f=(CAPE, None, S, Q1, "change", "required", "각각: first of the pair"))
d.Q("21%", 21, "%", "%", P, f=("파나막스", None, S, Q1, "change", "required", "각각: second of the pair"))
d.Q("1,742포인트", 1742, "포인트", "포인트", C, note="index points: the counter as written (W112 convention 8)",
    f=("건화물선운임지수", None, "", Q1, "level", "required", "a market index compiled by the exchange (source): no subject"))
d.Q("1,210포인트", 1210, "포인트", "포인트", C, f=("건화물선운임지수", None, "", "2025-Q1", "level", "required",
                                                 "basis in brackets after 전년 동기: its period is that date's value (W112 convention 4)"))
d.Q("44%", 44, "%", "%", P, f=("건화물선운임지수", None, "", Q1, "change"))
d.Q("28척", 28, "척", "척", C, f=("사선", None, S, "2026-03", "level", "required", "3월 말 기준 → 2026-03 (END)"))
d.Q("12척", 12, "척", "척", C, f=("용선", None, S, "2026-03", "level"))
d.Q("40척", 40, "척", "척", C, ctx="모두 40척", f=("선대", "선대는 3월", S, "2026-03", "level"))
d.Q("510만t", 5100000, "t", "t", M, approx=True, f=("선대", "선대는 3월", S, "2026-03", "level", "required", "규모: the thing whose size it is (the fleet); DWT 기준 is the basis"))
d.Q("15년", 15, "year", "년", D, note="간 outside: a duration")
d.Q("2척", 2, "척", "척", C, ctx="벌크선 2척", f=("케이프사이즈 벌크선", None, S, "2027-H1", "level", "required", "ships to be delivered by 내년 상반기"))
d.Q("25척", 25, "척", "척", C, f=("관리 선박", None, "대양십매니지먼트", Q1, "level", "optional",
                                 "open question 1: a new subject with no date in its sentence (letter: no period set for it; reader: the story's quarter, written)"))
d.Q("31척", 31, "척", "척", C, f=("관리 선박", None, "대양십매니지먼트", Q1, "level", "optional", "open question 1, as 25척"))
d.Q("55억t", 5500000000, "t", "t", M, approx=True,
    f=("세계 건화물 해상 물동량", None, "", "2026", "level", "required", "a forecast of the world market by a public corporation: no subject"))
d.Q("1.8%", "1.8", "%", "%", P, f=("세계 건화물 해상 물동량", None, "", "2026", "change"))
d.Q("1천억원", 100000000000, W, "원", "currency", bound="gt", note="넘긴 → gt", f=("영업이익", "1분기 영업이익은 1천억원", "팬오션", Q1, "level", "required", "the rival's own 1분기 in the clause"))
d.Q("45척", 45, "척", "척", C, bound="min", f=("선대", "선대를 45척", S, "2026", "level", "required", "head's target speaks for the company; 연말까지 → 2026 (END)"))

if __name__ == "__main__":
    write_all(docs)
