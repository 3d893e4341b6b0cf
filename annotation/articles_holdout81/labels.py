"""Gold labels of articles-holdout81, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout81/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 game publisher: new title and Q4 results (연합뉴스 dateline)
d = Doc("001_93a084112cf4258a", "2026-02-12"); docs.append(d)
S = "누리게임즈"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("누리재팬", "누리재팬", note="invented subsidiary (일본 자회사); 일본 is a place, outside")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="agency cited as the source (에 따르면)")
d.O("엔씨소프트", "엔씨소프트", note="rival (경쟁사)")
d.O("크래프톤", "크래프톤", note="rival (경쟁사)")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="흥행에 4분기", rel=True, note="headline quarter: the latest Q4 on or before the document date")
d.D("지난해 11월", "2025-11", "month", rel=True, note="지난해 before a month: one mention")
d.D("2025년 4분기", Q4, "quarter", note="year before a quarter: one mention")
d.D("4분기", Q4, "quarter", ctx="기준 4분기 매출", rel=True)
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기보다 41.3%", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("12일", "2026-02-12", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 4분기")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기(8.6%)", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("지난해", "2025", "year", ctx="지난해 연간", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 17%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", ctx="올해 약 23조", rel=True)
d.D("4분기", Q4, "quarter", ctx="크래프톤의 4분기", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="future clause (안에 … 하겠다); 올해 before the half is in the span")
d.Q("2천억", 200000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt")
d.Q("2,146억 원", 214600000000, W, "원", "currency", f=("매출", "4분기 매출이", S, Q4, "level", "required", "연결 기준 is a basis modifier: outside the metric"))
d.Q("41.3%", 41.3, "%", "%", P, f=("매출", "4분기 매출이", S, Q4, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익은", S, Q4, "level"))
d.Q("2.4배", 2.4, "배", "배", C, f=("영업이익", "영업이익은", S, Q4, "change", "required", "N배로 뛰었고 against the 같은 기간 basis: a change"))
d.Q("19.2%", 19.2, "%", "%", P, f=("영업이익률", None, S, Q4, "level"))
d.Q("8.6%", 8.6, "%", "%", P, f=("영업이익률", None, S, "2024-Q4", "level", "required",
    "basis figure in brackets right after a pointing-back date: it takes that date's value (README convention 4)"))
d.Q("10.6%포인트", 10.6, PP, "%포인트", P, f=("영업이익률", None, S, Q4, "change"))
d.Q("20여 일", 20, "day", "일", "duration", approx=True, note="여 between number and counter is inside the span; 만에 outside")
d.Q("500만 건", 5000000, "건", "건", C, bound="gt", note="넘어섰고 → gt",
    f=("누적 다운로드", None, S, Q4, "level", "required", "a company's own title's downloads in its results story: the company's figure (README convention 6); the story's 4분기 carried"))
d.Q("62%", 62, "%", "%", P, f=("해외 이용자 비중", None, S, Q4, "level", "required", "이 가운데: a part of the downloads; same subject and period"))
d.Q("1,310억 원", 131000000000, W, "원", "currency",
    f=("매출", "4분기 매출이", S, Q4, "level", "required", "breakdown 플랫폼별로는 of the quarter's 매출 (the three items sum to 2,146억); metric = the mention naming this measure, not 누리재팬's 매출 (README convention 3)"))
d.Q("658억 원", 65800000000, W, "원", "currency", f=("매출", "4분기 매출이", S, Q4, "level", "required", "breakdown item, as 1,310억 원"))
d.Q("178억 원", 17800000000, W, "원", "currency", f=("매출", "4분기 매출이", S, Q4, "level", "required", "breakdown item, as 1,310억 원"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("매출", "누리재팬의 매출", "누리재팬", Q4, "level", "required",
    "no date in the sentence: the story's period (the lead's 2025년 4분기) carried (README convention 1)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time (새 outside, like 간/동안)")
d.Q("30%", 30, "%", "%", P, ctx="30%가량", approx=True, f=("매출", "누리재팬의 매출", "누리재팬", Q4, "change"))
d.Q("6,820억 원", 682000000000, W, "원", "currency", f=("매출", "연간 매출", S, "2025", "level", "required",
    "dropped subject: the parent, not 누리재팬 (a unit with 312억 a quarter cannot have 6,820억 a year; the annual total of the results story); 연간 is a period word, outside"))
d.Q("17%", 17, "%", "%", P, f=("매출", "연간 매출", S, "2025", "change"))
d.Q("23조 원", 23000000000000, W, "원", "currency", approx=True,
    f=("국내 게임 시장", None, "", "2026", "level", "required", "a market's size (규모): metric is the market; no ORG's figure; the source gives no subject"))
d.Q("3,900억 원", 390000000000, W, "원", "currency", approx=True, note="안팎 after the 각각 list applies to both items (README convention 8)",
    f=("매출", "크래프톤의 4분기 매출", "엔씨소프트", Q4, "level", "required", "각각: the first item is the first company's"))
d.Q("7,400억 원", 740000000000, W, "원", "currency", approx=True, f=("매출", "크래프톤의 4분기 매출", "크래프톤", Q4, "level"))
d.Q("30여 개국", 30, "개국", "개국", C, approx=True,
    f=("출시", "출시해 연매출", S, "2026-H1", "level", "required", "countries counted by the counter itself; the verbal noun 출시 names what is counted"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="min",
    f=("연매출", None, S, "2026-H1", "level", "optional", "open question 3: 연매출 target in a sentence whose only date is 올해 상반기 (the launch); 2026-H1 by the letter, 2026 by meaning"))

# ---------------------------------------------------------------- 002 savings-bank association: industry statistics and delinquency (뉴스1 dateline, no year)
d = Doc("002_a6e3ab34895e7250", "2026-03-04"); docs.append(d)
A = "저축은행중앙회"
d.O("뉴스1", "뉴스1", note="news agency in the dateline; a name with digits")
d.O(A, A, aliases="중앙회", note="association cited as the source; short name defined with 이하")
d.O("중앙회", A, ctx="(이하 중앙회)", st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
d.O("중앙회", A, ctx="중앙회 관계자", note="later use of the 이하 short name: required, canonical the full name")
d.O("SBI저축은행", "SBI저축은행")
d.O("OK저축은행", "OK저축은행")
d.O("한결저축은행", "한결저축은행", note="invented regional savings bank")
d.O("금융감독원", "금융감독원", note="government body (supervisor)")
d.O("한결캐피탈", "한결캐피탈", note="invented parent (모회사)")
Y = "2025"
d.D("지난해 말", Y, "year", ctx="지난해 말 8%대", mod="END", rel=True)
d.D("지난해 말", Y, "year", ctx="지난해 말 기준", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말")
d.D("4일", "2026-03-04", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the year ending at 지난해 말")
d.D("지난해", Y, "year", ctx="업계는 지난해", rel=True)
d.D("다음 달", "2026-04", "month", rel=True, note="future clause (나선다)")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="a deadline (까지 … 계획)")
d.Q("8%", 8, "%", "%", P, ctx="연체율 8%대로 치솟아", approx=True, note="headline; 대 after the unit is outside and sets approx",
    f=("연체율", "저축은행 연체율 8%", "", "", "level", "required", "an industry's figure: empty subject; the headline names no date and nothing comes before it: empty period (README convention 7)"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년 연속", note="2년 연속: an amount of time (no fact)")
d.Q("8%", 8, "%", "%", P, ctx="지난해 말 8%대로", approx=True, note="대 outside, approx",
    f=("연체율", "업계의 연체율", "", Y, "level", "required", "저축은행 업계: an industry, empty subject; 지난해 말 → 2025 (END)"))
d.Q("79개", 79, "개", "개", C, st="optional", note="a count that defines the group whose average follows (open question 1)")
d.Q("8.52%", 8.52, "%", "%", P, f=("평균 연체율", None, "", Y, "level", "required",
    "the industry's average; the association is the source (README convention 11)"))
d.Q("6.55%", 6.55, "%", "%", P, f=("평균 연체율", None, "", "2024", "level", "required", "basis in brackets after 전년 말: that date's value (README convention 4)"))
d.Q("1.97%포인트", 1.97, PP, "%포인트", P, f=("평균 연체율", None, "", Y, "change"))
d.Q("10.6%", 10.6, "%", "%", P, f=("고정이하여신(NPL) 비율", None, "", Y, "level", "required", "the story's period (지난해 말) carried (README convention 1)"))
d.Q("2.8%포인트", 2.8, PP, "%포인트", P, f=("고정이하여신(NPL) 비율", None, "", Y, "change"))
d.Q("118조 원", 118000000000000, W, "원", "currency", approx=True, f=("총자산", None, "", Y, "level", "required", "업계 총자산: an industry figure"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time")
d.Q("5조 원", 5000000000000, W, "원", "currency", ctx="5조 원가량", approx=True, f=("총자산", None, "", Y, "change", "required", "줄었다: a change; the value keeps the written (unsigned) number"))
d.Q("94조 3천억 원", 94300000000000, W, "원", "currency", f=("총여신", None, "", Y, "level"))
d.Q("10조 원", 10000000000000, W, "원", "currency", approx=True, f=("PF 대출 잔액", None, "", Y, "level", "required", "이 가운데: a part of 총여신, with a measure noun of its own"))
d.Q("3,970억 원", 397000000000, W, "원", "currency", f=("순손실", None, "", Y, "level", "required", "업계는: the industry, empty subject"))
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("순이익", None, "SBI저축은행", Y, "level", "required",
    "각각: first item, first company; the story's 지난해 carried (README convention 1)"))
d.Q("480억 원", 48000000000, W, "원", "currency", f=("순이익", None, "OK저축은행", Y, "level"))
d.Q("15%", 15, "%", "%", P, bound="gt", note="넘어 → gt",
    f=("연체율", "은행은 연체율이", "한결저축은행", Y, "level", "required", "no date in the sentence: the story's 지난해 말 carried"))
d.Q("300억 원", 30000000000, W, "원", "currency", f=("유상증자", None, "한결캐피탈", "2026-04", "level", "required", "규모: the metric is the thing whose size it is"))
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="min",
    f=("부실채권", None, "", "2026-H1", "level", "optional", "open question 2: the association's plan or the industry's loans (no single ORG owns them)"))

# ---------------------------------------------------------------- 003 automaker: January sales, domestic vs export (press release, year in the lead)
d = Doc("003_e42615aab2356ea7", "2026-02-02"); docs.append(d)
S = "대한모빌리티"
d.Oall(S, S, skip=(2,), special={0: ("required", "headline topic before a comma"), 3: ("required", "company before its team in the contact line (홍보팀 is not an ORG)")})
d.O("대한모빌리티인디아", "대한모빌리티인디아", note="invented local subsidiary (인도 현지법인); 인도 is a place")
d.O("롯데렌탈", "롯데렌탈", note="customer (렌터카 업체 … 로부터 수주)")
d.O("한국자동차모빌리티산업협회", "한국자동차모빌리티산업협회", note="association cited as the source")
d.O("현대자동차", "현대자동차", note="rival (경쟁사)")
d.O("기아", "기아", note="rival (경쟁사)")
d.O("울산시", "울산시", note="city acting as a government; 울산공장 (a plant) is not labelled")
J = "2026-01"
d.D("1월", J, "month", ctx="1월 6만", rel=True, note="headline month: the latest January on or before the document date")
d.D("2026년 1월", J, "month")
d.D("2일", "2026-02-02", "day", rel=True, note="day of the announcement")
d.D("지난해 같은 달", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01", note="같은 달 points back to 1월")
d.D("1월", J, "month", ctx="1월 중", rel=True, note="중 outside")
d.D("1월", J, "month", ctx="따르면 1월", rel=True)
d.D("전년 동월", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01", note="points back")
d.D("다음 달", "2026-03", "month", rel=True, note="future clause (가동해 … 넘어서겠다)")
d.D("1분기", "2026-Q1", "quarter", rel=True, note="future target: this year's Q1")
d.Q("6만 8천여 대", 68000, "대", "대", C, approx=True, note="headline; 여 inside the span",
    f=("판매", "대 판매…", S, J, "level", "required", "the headline's own 1월"))
d.Q("21%", 21, "%", "%", P, f=("수출", "수출 21%", S, J, "change", "required", "headline: 1월 carried across the …"))
d.Q("6만 8,412대", 68412, "대", "대", C, f=("판매", "판매했다고", S, J, "level", "required", "verbal noun 판매 (판매했다고)"))
d.Q("9.7%", 9.7, "%", "%", P, f=("판매", "판매했다고", S, J, "change", "required", "늘어난 규모다: 규모 is not the metric; the sales of the sentence before"))
d.Q("1만 9,305대", 19305, "대", "대", C, f=("내수", None, S, J, "level"))
d.Q("3.2%", 3.2, "%", "%", P, f=("내수", None, S, J, "change"))
d.Q("4만 9,107대", 49107, "대", "대", C, f=("수출", "수출은 4만", S, J, "level"))
d.Q("21.4%", 21.4, "%", "%", P, f=("수출", "수출은 4만", S, J, "change"))
d.Q("2만 2,600대", 22600, "대", "대", C, f=("수출", "수출은 4만", S, J, "level", "required", "breakdown 지역별로는 of 수출: the whole's measure, at the mention of the whole (README convention 3)"))
d.Q("1만 4,180대", 14180, "대", "대", C, f=("수출", "수출은 4만", S, J, "level", "required", "breakdown item"))
d.Q("6,900대", 6900, "대", "대", C, f=("수출", "수출은 4만", S, J, "level", "required", "breakdown item"))
d.Q("5,427대", 5427, "대", "대", C, f=("판매", "판매한 5,427대", "대한모빌리티인디아", J, "level", "required",
    "the subsidiary's own production and sales; the month of the story carried"))
d.Q("8,215대", 8215, "대", "대", C, f=("판매", "전체 판매의", S, J, "level", "required",
    "breakdown 차종별로는: a model's sales are the maker's (README convention 6); the model is no ORG and no subject"))
d.Q("12%", 12, "%", "%", P, f=("판매", "전체 판매의", S, J, "level", "required", "share of 전체 판매"))
d.Q("1,500대", 1500, "대", "대", C, f=("수주", "수주한", S, J, "level", "required",
    "the maker's order intake from its customer (the customer is no subject); the sentence's 1월"))
d.Q("620대", 620, "대", "대", C, f=("출고", "출고됐다", S, J, "level"))
d.Q("5개사", 5, "개사", "개사", C, st="optional", note="a count that defines the group whose sales follow (open question 1)")
d.Q("9만 7천 대", 97000, "대", "대", C, approx=True, f=("내수 판매", None, "", J, "level", "required",
    "five makers taken together and not named: empty subject; the association is the source"))
d.Q("4.8%", 4.8, "%", "%", P, f=("내수 판매", None, "", J, "change"))
d.Q("6.5%", 6.5, "%", "%", P, f=("수출 증가율", None, "현대자동차", J, "change", "required",
    "a rate of change (증가율): kind change (README convention 8); 각각: first item, first company; 1월 of the sentence before"))
d.Q("8.1%", 8.1, "%", "%", P, f=("수출 증가율", None, "기아", J, "change"))
d.Q("20만 대", 200000, "대", "대", C, bound="gt", note="넘어서겠다 → gt",
    f=("판매", "판매 20만", S, "2026-Q1", "level", "required", "회사 speaks for the maker; the target's own 1분기"))
d.Q("400명", 400, "명", "명", C, approx=True,
    f=("일자리", None, "", "", "level", "optional", "open question 4: jobs a city expects from a plant expansion — the region's (empty) or the maker's; no date"))

# ---------------------------------------------------------------- 004 public hospital: patients and deficit (regional daily, year only in the 입력 stamp)
d = Doc("004_b3bb8f07c66e4fa5", "2025-12-09"); docs.append(d)
S = "청주의료원"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "충북 (a place) outside the span"),
                       3: ("required", "the hospital's name inside its head's title 청주의료원장: the name without 장 (README convention 10)")})
d.O("중부매일", "중부매일", note="regional daily in the byline line")
d.Oall("충북도", "충북도", special={0: ("required", "province acting as a government, cited as a source")})
d.O("국립중앙의료원", "국립중앙의료원", note="national institution that compiled the statistic")
d.O("충북대학교병원", "충북대학교병원", note="university hospital, the partner")
R = "2025-01/2025-10"
d.D("올해", "2025", "year", ctx="청주의료원 올해", rel=True, note="headline")
d.D("2025.12.09", "2025-12-09", "day", note="the 입력 stamp: a calendar date written in the text (README convention 9); its clock time not labelled")
d.D("올해", "2025", "year", ctx="적자가 올해", rel=True)
d.D("9일", "2025-12-09", "day", rel=True, note="day the figures were given (에 따르면)")
d.D("올해 1~10월", R, "month", rel=True, note="올해 before a month range: one mention")
d.D("지난해 같은 기간", "2024-01/2024-10", "month", rel=True, st="optional", anchor="2025-01-01", note="같은 기간 points back to 1~10월")
d.D("이 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~10월 (like 같은 기간)")
d.D("10월", "2025-10", "month", ctx="10월 기준", rel=True, note="as of (기준): a past month")
d.D("지난해", "2024", "year", ctx="지방의료원의 지난해", rel=True)
d.D("올해", "2025", "year", ctx="올해 들어", rel=True)
d.D("내년", "2026", "year", ctx="내년 본예산", rel=True)
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention")
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.Q("190억", 19000000000, W, "", "currency", ctx="190억 넘을", bound="gt", st="optional", note="headline amount, currency implied; 넘을 → gt")
d.Q("190억 원", 19000000000, W, "원", "currency", bound="gt", note="넘어설 → gt", f=("적자", "적자가", S, "2025", "level"))
d.Q("163억 원", 16300000000, W, "원", "currency", f=("의료손실", None, S, R, "level", "required", "의료원 = 청주의료원 (a generic anaphor, not an ORG mention)"))
d.Q("128억 원", 12800000000, W, "원", "currency", f=("의료손실", None, S, "2024-01/2024-10", "level", "required",
    "basis in brackets after 지난해 같은 기간: that date's value (README convention 4)"))
d.Q("27.3%", 27.3, "%", "%", P, f=("의료손실", None, S, R, "change"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 평균", st="optional", note="하루 평균: a rate word (like 일인당), optional")
d.Q("612명", 612, "명", "명", C, f=("외래환자", "외래환자는", S, R, "level", "required", "이 기간 → 1~10월"))
d.Q("70%", 70, "%", "%", P, f=("외래환자", "외래환자는", S, R, "level", "required", "the patients as a share of the pre-COVID level; 코로나19 이전 is no DATE"))
d.Q("58.4%", 58.4, "%", "%", P, f=("병상 가동률", None, S, "2025-10", "level"))
d.Q("66%", 66, "%", "%", P, f=("지방의료원 평균", None, "", "2025-10", "level", "required",
    "a nationwide average in brackets: the noun before it is the metric; the group is not named: empty subject; the clause's 10월"))
d.Q("7.6%포인트", 7.6, PP, "%포인트", P, f=("병상 가동률", None, S, "2025-10", "change", "required", "a difference against the average: change"))
d.Q("35개", 35, "개", "개", C, st="optional", note="a count that defines the group whose loss follows (open question 1)")
d.Q("3,156억 원", 315600000000, W, "원", "currency", f=("당기순손실", None, "", "2024", "level", "required",
    "35 hospitals together, not named: empty subject; 국립중앙의료원 is the source; 모두 is no approximator"))
d.Q("48명", 48, "명", "명", C, f=("의사 정원", None, S, "2025", "level", "required", "the sentence's 올해 (FACTS: the sentence)"))
d.Q("11명", 11, "명", "명", C, f=("의사 정원", None, S, "2025", "level", "required", "가운데: a part of the quota (vacant posts); the whole's measure"))
d.Q("30명", 30, "명", "명", C, approx=True, note="가량 outside, approx", f=("간호사", None, S, "2025", "level"))
d.Q("45억 원", 4500000000, W, "원", "currency", f=("운영 지원금", None, "충북도", "2026", "level", "required", "the province's budget item for 내년"))
d.Q("4명", 4, "명", "명", C, f=("전문의", None, S, "2026-03", "level", "required", "the hospital (sentence subject 의료원) receives them; the partner is a counterparty"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 800명", st="optional", note="a rate word, optional")
d.Q("800명", 800, "명", "명", C, approx=True, note="안팎 outside, approx", f=("외래환자", "외래환자를", S, "2026-H1", "level"))

# ---------------------------------------------------------------- 005 streaming service: subscribers and content spending (머니투데이 bracket byline, year in the lead)
d = Doc("005_5c6b2a39cff951ec", "2025-10-21"); docs.append(d)
F, S = "플릭스온", "세온미디어"
d.Oall(F, F, special={0: ("required", "headline topic: a service run as a platform business"), 2: ("required", "the platform before 운영사")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.Oall(S, S, special={1: ("required", "organization before a head's title (대표)")})
d.O("온스튜디오", "온스튜디오", note="invented subsidiary (자회사인 제작사)")
d.O("모바일인덱스", "모바일인덱스", note="data firm cited as the source")
d.O("넷플릭스", "넷플릭스", note="rival")
d.O("티빙", "티빙", note="rival")
Q3 = "2025-Q3"
d.D("2025년 9월 말", "2025-09", "month", mod="END", note="as of (기준)")
d.D("3분기", Q3, "quarter", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("21일", "2025-10-21", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time + 전: an offset DATE; 1년 → that year (ANNOTATION's 10년 전)")
d.D("2분기", "2025-Q2", "quarter", rel=True, note="the compared quarter (basis)")
d.D("올해", "2025", "year", rel=True)
d.D("9월", "2025-09", "month", ctx="따르면 9월", rel=True)
d.D("내년 말", "2026", "year", mod="END", rel=True, note="a deadline (까지)")
d.Q("500만", 5000000, "명", "", C, ctx="500만 돌파", bound="gt", st="optional", note="headline number, counter implied (명); 돌파 → gt")
d.Q("4천억", 400000000000, W, "", "currency", st="optional", note="headline amount, currency implied")
d.Q("512만 명", 5120000, "명", "명", C, f=("유료 가입자", "유료 가입자가", F, "2025-09", "level", "required",
    "subscribers are the platform's (the platform is an ORG)"))
d.Q("500만 명", 5000000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("유료 가입자", "유료 가입자가", F, "2025-09", "level", "required", "a threshold passed gets its own fact"))
d.Q("1,163억 원", 116300000000, W, "원", "currency", f=("OTT 부문 매출", None, S, Q3, "level", "required",
    "the operator reports its segment's revenue: subject the company (sentence subject), the segment is in the metric (README convention 11)"))
d.Q("24.8%", 24.8, "%", "%", P, f=("OTT 부문 매출", None, S, Q3, "change"))
d.Q("87억 원", 8700000000, W, "원", "currency", f=("영업손실", None, S, Q3, "level"))
d.Q("212억 원", 21200000000, W, "원", "currency", f=("영업손실", None, S, "2024", "level", "optional",
    "open question 5: basis after 1년 전 — the DATE's value 2024 (written) or the year-ago quarter 2024-Q3"))
d.Q("125억 원", 12500000000, W, "원", "currency", f=("영업손실", None, S, Q3, "change", "required", "줄었다: a change"))
d.Q("1인", 1, "인", "인", C, ctx="1인당", st="optional", note="rate denominator (1인당): optional")
d.Q("7,650원", 7650, W, "원", "currency", f=("월평균 매출", None, F, Q3, "level", "required",
    "revenue per subscriber of the platform: the platform's (README convention 11); 3분기 carried"))
d.Q("4%", 4, "%", "%", P, approx=True, note="가량 outside, approx", f=("월평균 매출", None, F, Q3, "change", "required", "2분기보다 = basis"))
d.Q("96만 명", 960000, "명", "명", C, approx=True, f=("광고형 요금제 가입자", None, F, Q3, "level", "required", "the period last set for the platform (3분기) carried"))
d.Q("19%", 19, "%", "%", P, f=("광고형 요금제 가입자", None, F, Q3, "level", "required", "전체의 N%: share of the part named as the clause's subject"))
d.Q("4,200억 원", 420000000000, W, "원", "currency", f=("콘텐츠 제작과 수급", None, S, "2025", "level", "required", "회사 = the operator"))
d.Q("2,600억 원", 260000000000, W, "원", "currency", f=("오리지널 시리즈 제작비", None, S, "2025", "level", "required", "이 가운데: an item with a measure noun of its own"))
d.Q("900억 원", 90000000000, W, "원", "currency", f=("스포츠 중계권료", None, S, "2025", "level"))
d.Q("12편", 12, "편", "편", C, f=("오리지널", "오리지널 12편", S, "2025", "level", "required", "counted noun before the number"))
d.Q("7편", 7, "편", "편", C, f=("오리지널", "오리지널 12편", "온스튜디오", "2025", "level", "required", "가운데: a part of the 12; the subsidiary makes them"))
d.Q("1,480만 명", 14800000, "명", "명", C, f=("월간 활성 이용자", None, "넷플릭스", "2025-09", "level", "required",
    "각각: first item, first company; the source gives no subject; 월간 is part of the term MAU"))
d.Q("740만 명", 7400000, "명", "명", C, f=("월간 활성 이용자", None, "티빙", "2025-09", "level"))
d.Q("410만 명", 4100000, "명", "명", C, f=("월간 활성 이용자", None, F, "2025-09", "level"))
d.Q("3위", 3, "위", "위", "ordinal")
d.Q("700만 명", 7000000, "명", "명", C, bound="min", note="이상 → min", f=("가입자", "가입자를 700만", F, "2026", "level", "required",
    "the platform's subscribers (the operator's head speaks); 내년 말 → 2026 (END)"))

# ---------------------------------------------------------------- 006 semiconductor materials maker: localization and exports (뉴시스 dateline, year in the lead)
d = Doc("006_b65ebf805220ee6a", "2025-08-14"); docs.append(d)
S, T = "세진케미칼", "세진머티리얼즈"
d.Oall(S, S, special={0: ("required", "headline topic before a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall("삼성전자", "삼성전자", special={0: ("required", "the customer"), 1: ("required", "the party an order came from (로부터)")})
d.O(T, T, aliases="세진머티", note="invented subsidiary (자회사); short name defined with 이하")
d.O("세진머티", T, ctx="(이하 세진머티)", st="optional", note="short name where it is defined: optional (ANNOTATION)")
d.O("세진머티", T, ctx="세진머티는", note="later use of the 이하 short name: required")
d.O("평택시", "평택시", note="city acting as a government (경기, a place, outside)")
d.O("산업통상자원부", "산업통상자원부", note="ministry cited as the source")
d.O("테크세트", "테크세트", aliases="TECHCET", note="research firm; the bracketed alias outside the span")
d.O("JSR", "JSR", note="foreign rival; 일본 outside")
d.O("신에츠화학", "신에츠화학", note="foreign rival")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="국산화…상반기", rel=True, note="headline half: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("상반기", H1, "half", ctx="세진케미칼은 상반기", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the announcement")
d.D("1년 전", "2024", "year", rel=True, note="offset DATE (amount of time + 전) → that year")
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="a deadline in a plan (까지 … 계획): this year's end")
d.D("같은 기간", H1, "half", ctx="같은 기간 41%", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("지난달", "2025-07", "month", rel=True)
d.D("올해 1~7월", "2025-01/2025-07", "month", rel=True)
d.D("전년 같은 기간", "2024-01/2024-07", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~7월")
d.D("2027년", "2027", "year", note="a target year (까지)")
d.Q("38%", 38, "%", "%", P, f=("수출", "상반기 수출 38%", S, H1, "change", "required", "headline's own 상반기"))
d.Q("1,872억 원", 187200000000, W, "원", "currency", f=("매출", "상반기 매출이", S, H1, "level"))
d.Q("26.5%", 26.5, "%", "%", P, f=("매출", "상반기 매출이", S, H1, "change"))
d.Q("1,093억 원", 109300000000, W, "원", "currency", f=("수출", "수출이 1,093억", S, H1, "level", "required", "이 중: a part with a measure noun of its own"))
d.Q("38.2%", 38.2, "%", "%", P, f=("수출", "수출이 1,093억", S, H1, "change"))
d.Q("58%", 58, "%", "%", P, f=("수출 비중", None, S, H1, "level"))
d.Q("5%포인트", 5, PP, "%포인트", P, approx=True, note="가량 outside, approx", f=("수출 비중", None, S, H1, "change", "required", "1년 전보다 = basis"))
d.Q("120억 원", 12000000000, W, "원", "currency", approx=True,
    f=("초도 물량", None, S, "2025-04", "level", "optional",
       "open question 6: an initial order from the customer (the customer is no subject); undated — 지난 4월 of the sentence before, or the subject's H1, or the sentence's 연말"))
d.Q("2만 L", 20000, "L", "L", M, bound="min", note="이상 → min; 월 before it is a rate word, not labelled",
    f=("공급량", None, S, "2025", "level", "required", "target by 연말 (END) → 2025"))
d.Q("246억 원", 24600000000, W, "원", "currency", f=("불화수소 매출", None, T, H1, "level", "required", "같은 기간 → 상반기; the product modifier changes what is measured"))
d.Q("41%", 41, "%", "%", P, ctx="같은 기간 41%", f=("불화수소 매출", None, T, H1, "change"))
d.Q("1,500억 원", 150000000000, W, "원", "currency", f=("신공장 투자협약", None, T, "2025-07", "level", "required",
    "규모: the metric is the thing whose size it is; the investor (the subsidiary) owns it, the city is a counterparty"))
d.Q("87억 달러", 8700000000, U, "달러", "currency", approx=True, f=("반도체 소재·부품 수출", None, "", "2025-01/2025-07", "level", "required",
    "a national statistic: no ORG's figure; the ministry is the source"))
d.Q("11.6%", 11.6, "%", "%", P, f=("반도체 소재·부품 수출", None, "", "2025-01/2025-07", "change"))
d.Q("41%", 41, "%", "%", P, ctx="각각 41%", approx=True, note="가량 after the 각각 list applies to both items (README convention 8)",
    f=("점유", "점유하고", "JSR", "", "level", "required", "verbal noun 점유 names the measure; no date for these companies anywhere: empty period"))
d.Q("27%", 27, "%", "%", P, approx=True, f=("점유", "점유하고", "신에츠화학", "", "level"))
d.Q("1,000억 원", 100000000000, W, "원", "currency", f=("EUV용 소재 매출", None, S, "2027", "level", "required", "연 before the number: a rate word, not labelled"))

if __name__ == "__main__":
    write_all(docs)
