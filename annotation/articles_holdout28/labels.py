"""Gold labels of articles-holdout28, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md (and docs/gold-format.md for the file format).
Run: /work/main/.venv/bin/python annotation/articles_holdout28/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 automaker's monthly sales (Yonhap dateline, no year anywhere)
d = Doc("001_cb04c11bc6c85a95", "2025-12-01"); docs.append(d)
S = "한성모터스"
d.Oall(S, S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("현대차그룹", "현대차그룹", note="the rival group")
d.O("현대차", "현대차", ctx="현대차와 기아", note="a brand/company of the rival group")
d.O("기아", "기아")
d.O("제네시스", "제네시스", st="optional", note="a car brand of the rival group (제네시스 브랜드): a brand named as a company, or a product line? (optional)")
NOV = "2025-11"
d.D("11월", NOV, "month", ctx="11월 7만", rel=True, note="a month without a year: latest November on or before the document date")
d.D("지난달", NOV, "month", rel=True)
d.D("1일", "2025-12-01", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년 같은 달", "2024-11", "month", rel=True, st="optional", anchor=NOV, note="points back to the month of the story")
d.D("1년 전", "2024", "year", rel=True, note="an amount of time followed by 전 is a DATE: 1년 전 -> that year")
d.D("같은 달", NOV, "month", ctx="같은 달 현대차", rel=True, st="optional", anchor=NOV, note="points back")
d.D("1~11월", "2025-01/2025-11", "month", rel=True, note="a range of months without a year")
d.D("지난해", "2024", "year", rel=True)
d.D("12월 말", "2025-12", "month", mod="END", rel=True, note="future clause (까지 달성하겠다는 계획): the next December end")
d.Q("7만3천대", 73000, "대", "대", C, f=("판매", "7만3천대 판매", S, NOV, "level", "required", "headline: the count of 판매 (a verbal noun naming it); 11월 in the headline"))
d.Q("12.4%", "12.4", "%", "%", P, ctx="호조에 12.4%", f=("판매", "7만3천대 판매", S, NOV, "change"))
d.Q("7만3천218대", 73218, "대", "대", C,
    f=("완성차", None, S, NOV, "level", "required", "no measure noun governs it (판매했다 is a verb): the counted noun 완성차"))
d.Q("12.4%", "12.4", "%", "%", P, ctx="보다 12.4%",
    f=("완성차", "완성차 7만", S, NOV, "change", "required", "수치 names no measure: the figure before's metric; topic dropped, subject carried"))
d.Q("1만8천420대", 18420, "대", "대", C, f=("내수", None, S, NOV, "level"))
d.Q("3.1%", "3.1", "%", "%", P, f=("내수", None, S, NOV, "change", "required", "줄었지만: a change, value as written"))
d.Q("5만4천798대", 54798, "대", "대", C, f=("수출", "수출은 5만", S, NOV, "level"))
d.Q("18.9%", "18.9", "%", "%", P, f=("수출", "수출은 5만", S, NOV, "change"))
PR = ("a model's figure (차종별로는): FACTS says a product's figure has an empty subject, while a breakdown of the company's "
      "sales keeps the company; and no noun names the measure (팔렸고) — README open question 1")
d.Q("2만1천305대", 21305, "대", "대", C, f=("", None, S, NOV, "level", "optional", PR))
d.Q("1만7천여 대", 17000, "대", "대", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("수출", "(수출 1만", S, NOV, "level", "optional", PR))
d.Q("6천840대", 6840, "대", "대", C, f=("", None, S, NOV, "level", "optional", PR))
d.Q("두 배", 2, "배", "배", C, bound="gt", note="넘었다 -> gt",
    f=("", None, S, NOV, "change", "optional", PR + "; a ratio to 1년 전's figure: level or change?"))
d.Q("320곳", 320, "곳", "곳", C,
    f=("딜러망", None, S, NOV, "level", "required", "회사 측 = the story's company; the period last set for it (지난달) carries"))
d.Q("36만2천여 대", 362000, "대", "대", C, approx=True,
    f=("", None, "현대차", NOV, "level", "required", "각각 with the subjects listed: the first; no noun names the measure (팔아): empty metric; 같은 달"))
d.Q("27만1천여 대", 271000, "대", "대", C, approx=True, f=("", None, "기아", NOV, "level", "required", "각각: the second subject"))
d.Q("2.1%", "2.1", "%", "%", P, f=("", None, "현대차", NOV, "change", "required", "the 각각 pairing carries to the rates"))
d.Q("4.7%", "4.7", "%", "%", P, f=("", None, "기아", NOV, "change"))
d.Q("2만3천560대", 23560, "대", "대", C,
    f=("", None, "제네시스", NOV, "level", "optional", "its subject is only an optional ORG (the brand): fact optional"))
d.Q("71만4천대", 714000, "대", "대", C, f=("누적 판매", None, S, "2025-01/2025-11", "level"))
d.Q("68만2천대", 682000, "대", "대", C,
    f=("실적", None, S, "2024", "level", "required", "연간 qualifies the period and stays outside; figure in brackets after the metric; 지난해"))
d.Q("78만대", 780000, "대", "대", C, f=("판매 목표", None, S, "2025-12", "level", "required", "회사는 = the company; 12월 말까지 (END)"))

# ---------------------------------------------------------------- 002 real-estate board's weekly apartment prices (입력 stamp + byline)
d = Doc("002_cf2e202494d4cd38", "2026-03-12"); docs.append(d)
d.O("뉴시스", "뉴시스", note="outlet in the byline line")
d.O("한국부동산원", "한국부동산원", note="the board that releases the statistic: its source, not the subject of market figures")
d.O("국토교통부", "국토교통부", note="the ministry whose system counted the deals: source (에 따르면)")
d.O("집토리", "집토리", note="invented brokerage platform introduced by 부동산 중개 플랫폼")
WK = "2026-03-09"
d.D("2026.03.12", "2026-03-12", "day", st="optional", note="publication stamp")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the release (발표한)")
d.D("9일", WK, "day", rel=True, note="as of (기준 outside): the statistic's reference day")
d.D("전주", "2026-W10", "week", ctx="전주 대비", rel=True, st="optional", anchor=WK, rng=False, note="points back to the week before the reference week")
d.D("전주", "2026-W10", "week", ctx="전주(0.05%)", rel=True, st="optional", anchor=WK, rng=False, note="points back")
d.D("지난달", "2026-02", "month", rel=True)
d.D("1월", "2026-01", "month", ctx="1월(3천", rel=True, note="a comparison's basis, still a DATE")
d.D("이달", "2026-03", "month", rel=True)
d.D("다음 달", "2026-04", "month", rel=True)
MK = "a market figure (prices of a region): empty subject; the board is the source"
d.Q("0.08%", "0.08", "%", "%", P, ctx="아파트값 0.08%",
    f=("아파트값", None, "", WK, "change", "required", MK + "; ↑ = a rise; the story's reference week (9일 기준)"))
d.Q("3주", 3, "week", "주", "duration", note="만에 outside: a duration")
d.Q("0.08%", "0.08", "%", "%", P, ctx="대비 0.08%", f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", MK))
d.Q("0.05%", "0.05", "%", "%", P,
    f=("상승폭", None, "", "2026-W10", "level", "optional",
       "last week's rise in brackets after 전주: a level of 상승폭 or a change of 매매가격; period the optional 전주 (README open question 2)"))
d.Q("0.03%포인트", "0.03", PP, "%포인트", P, f=("상승폭", None, "", WK, "change", "required", "커졌다: a change of 상승폭"))
d.Q("3구", 3, "구", "구", C, st="optional", note="강남 3구: a lexicalized name of an area (optional)")
RG = "by district/region: the breakdown keeps 매매가격; districts are places, not governments: empty subject"
d.Q("0.21%", "0.21", "%", "%", P, f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG))
d.Q("0.17%", "0.17", "%", "%", P, f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG))
d.Q("0.15%", "0.15", "%", "%", P, f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG))
d.Q("0.02%", "0.02", "%", "%", P, ctx="0.02% 내려", f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG + "; 내려: a fall, value as written"))
d.Q("5주", 5, "week", "주", "duration", note="5주 연속: an amount of time (duration)")
d.Q("0.04%", "0.04", "%", "%", P, f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG))
d.Q("0.03%", "0.03", "%", "%", P, ctx="0.03% 떨어져", f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG))
d.Q("0.01%", "0.01", "%", "%", P,
    f=("매매가격", "아파트 매매가격은", "", WK, "change", "required", RG + "; 전국 평균 = the national average of the same measure"))
d.Q("0.06%", "0.06", "%", "%", P, f=("전세가격", None, "", WK, "change", "required", "각각: the first region (서울)"))
d.Q("0.02%", "0.02", "%", "%", P, ctx="0.02% 올랐다", f=("전세가격", None, "", WK, "change", "required", "각각: the second (전국)"))
TX = "deals counted by the ministry's system (source, 에 따르면): a market figure, empty subject"
d.Q("4천312건", 4312, "건", "건", C, f=("매매 거래", None, "", "2026-02", "level", "required", TX + "; 지난달"))
d.Q("3천105건", 3105, "건", "건", C, f=("매매 거래", None, "", "2026-01", "level", "required", TX + "; the basis figure in brackets after 1월 is dated by it"))
d.Q("38.9%", "38.9", "%", "%", P, f=("매매 거래", None, "", "2026-02", "change", "required", "the current period, not the basis"))
d.Q("5천만∼1억원", 50000000, W, "원", "currency", hi=100000000, approx=True, note="a range, one mention; 가량 outside: approx",
    f=("호가", None, "", "2026-03", "change", "required", "asking prices of an area (a market): empty subject; 이달 들어; 뛰었다 = a change"))

# ---------------------------------------------------------------- 003 crypto exchange's quarterly results (press release, no date at all)
d = Doc("003_23fce706e74e567d", "2025-11-06"); docs.append(d)
K = "코인온"
d.Oall(K, K, special={3: ("required", "inside a person's title (박정우 코인온 대표)")})
d.O("업비트", "업비트", note="a rival exchange, figure in brackets")
d.O("빗썸", "빗썸", note="a rival exchange, figure in brackets")
d.O("케이뱅크", "케이뱅크", note="a bank whose customers link accounts")
d.O("한국정보보호산업협회", "한국정보보호산업협회", note="a partner (와 함께)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="코인온, 3분기", rel=True, note="latest Q3 on or before the document date")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor=Q3, note="points back to the quarter before the story's (like 전분기)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor=Q3, note="points back")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor=Q3, note="points back")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준 outside)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (계획): this year's end")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the current quarter (들어서도, present tense)")
d.Q("58조원", 58000000000000, W, "원", "currency", f=("거래대금", "3분기 거래대금", K, Q3, "level"))
d.Q("1,240억원", 124000000000, W, "원", "currency", f=("영업이익", "…영업이익", K, Q3, "level"))
d.Q("58조 3천억 원", 58300000000000, W, "원", "currency",
    f=("거래대금", "누적 거래대금", K, Q3, "level", "required", "누적 qualifies the period: outside the metric"))
d.Q("21.7%", "21.7", "%", "%", P, f=("거래대금", "누적 거래대금", K, Q3, "change", "required", "규모 names no measure: the figure before's; 직전 분기 = basis"))
d.Q("2,180억 원", 218000000000, W, "원", "currency", f=("매출", "매출은 2,180억", K, Q3, "level", "required", "같은 기간 = the story's quarter"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", "영업이익은 1,240억", K, Q3, "level"))
d.Q("64%", 64, "%", "%", P, f=("매출", "매출은 2,180억", K, Q3, "change", "required", "각각: the first metric"))
d.Q("92%", 92, "%", "%", P, f=("영업이익", "영업이익은 1,240억", K, Q3, "change", "required", "각각: the second metric"))
d.Q("1,012억 원", 101200000000, W, "원", "currency", f=("당기순이익", None, K, Q3, "level"))
SEP = "2025-09"
d.Q("14.2%", "14.2", "%", "%", P,
    f=("점유율", "시장 점유율은", K, SEP, "level", "required", "the company carried (topic dropped); 9월 말 기준 (value 2025-09, END)"))
d.Q("68.5%", "68.5", "%", "%", P, f=("점유율", "시장 점유율은", "업비트", SEP, "level", "required", "a figure in brackets after an organization is its"))
d.Q("15.1%", "15.1", "%", "%", P, f=("점유율", "시장 점유율은", "빗썸", SEP, "level", "required", "as 68.5%"))
d.Q("3위", 3, "위", "위", "ordinal")
d.Q("1조 2,600억 원", 1260000000000, W, "원", "currency",
    f=("고객 예치금", None, K, SEP, "level", "required", "the company carried; the period last set for it (9월 말)"))
d.Q("410만 명", 4100000, "명", "명", C, f=("이용자 수", None, K, SEP, "level", "required", "as 1조 2,600억 원"))
d.Q("85만 명", 850000, "명", "명", C, bound="gt", note="넘었다 -> gt",
    f=("고객", "케이뱅크 고객", "케이뱅크", SEP, "level", "optional",
       "케이뱅크's customers who linked accounts via 코인온: whose count (the bank's, the exchange's, both)? period carried or none? (README open question 3)"))
d.Q("120명", 120, "명", "명", C, f=("보안 인력", None, K, "2025", "level", "required", "회사는 = the company; 연말까지 (value 2025, END)"))
d.Q("50억 원", 5000000000, W, "원", "currency",
    f=("투자", "투자할", K, "2025", "level", "required",
       "no measure noun: the verbal noun (투자할); the partner (와 함께) is no co-subject of the spend; the clause's 연말 carries (coordinated clauses)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 평균: a rate word (per day)")
d.Q("1천억 원", 100000000000, W, "원", "currency", bound="gt", note="웃돌고 -> gt",
    f=("스테이블코인 거래", None, K, "2025-Q4", "level", "optional",
       "in the CEO's quote: the exchange's trading (subject 코인온), or a product's figure (empty)? (README open questions 1 and 4)"))

# ---------------------------------------------------------------- 004 football league's season attendance and revenue (입력 stamp + regional daily byline)
d = Doc("004_70566c7f0a3210e2", "2025-12-03"); docs.append(d)
L1, FED = "K리그1", "한국프로축구연맹"
d.Oall(L1, L1, special={0: ("required", "the top division as a league (an organization run by the federation), not an event: README conventions and open question 5"),
                        1: ("required", "genitive owner of the games and their crowd")})
d.Oall("FC서울", "FC서울")
d.O("부산일보", "부산일보", note="regional daily in the byline line")
d.O(FED, FED, note="the league federation: topic of the lead")
d.O("울산 HD", "울산 HD", note="the city is part of the club's name")
d.O("전북 현대모터스", "전북 현대모터스", note="the province is part of the club's name")
d.O("부산 아이파크", "부산 아이파크", note="the city is part of the club's name")
d.O("K리그2", "K리그2", note="the second division as a league")
d.O("연맹", FED, ctx="연맹의 올해", st="optional", note="a generic noun standing for the federation named before (like 회사): a short form or no name? (optional)")
d.O("하나은행", "하나은행", note="title sponsor")
d.O("한빛에너지솔루션", "한빛에너지솔루션", note="invented partner company")
d.O("연맹", FED, ctx="연맹은 내년", st="optional", note="as the other bare 연맹")
Y = "2025"
d.D("2025.12.03", "2025-12-03", "day", st="optional", note="publication stamp")
d.D("올 시즌", Y, "year", rel=True, st="optional", note="올 + 시즌 (a season, not a calendar unit): the 2025 season; DATE not listed by the guideline (optional)")
d.D("지난해", "2024", "year", rel=True)
d.D("2일", "2025-12-02", "day", rel=True, note="day of the report (밝혔다)")
d.D("올해", Y, "year", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor=Y, note="points back")
d.D("내년", "2026", "year", rel=True)
d.Q("271만명", 2710000, "명", "명", C, f=("관중", "시즌 관중", L1, Y, "level", "required", "headline: the league's season crowd (시즌 = this season)"))
d.Q("2만5천명", 25000, "명", "명", C, f=("평균", "FC서울 평균", "FC서울", Y, "level", "required", "the club before it; 평균 = its average crowd"))
d.Q("228경기", 228, "경기", "경기", C,
    f=("", None, L1, Y, "level", "required", "the counter is the counted noun itself: no other noun names it (empty metric); genitive owner K리그1; 올 시즌"))
d.Q("271만 4,120명", 2714120, "명", "명", C,
    f=("누적 관중", None, L1, Y, "level", "required", "K리그1 228경기의 누적 관중: the league whose games they are; the federation is the reporter"))
d.Q("254만 7,000명", 2547000, "명", "명", C, f=("누적 관중", None, L1, "2024", "level", "required", "figure in brackets after 지난해: dated by it"))
d.Q("6.6%", "6.6", "%", "%", P, f=("누적 관중", None, L1, Y, "change", "required", "the current period, not the basis"))
d.Q("1만 1,904명", 11904, "명", "명", C, f=("평균 관중", None, L1, Y, "level", "required", "경기당: a rate word with no number"))
d.Q("2만 5,311명", 25311, "명", "명", C, f=("평균", "평균 2만 5,311", "FC서울", Y, "level", "required", "구단별로는: the club is the subject"))
d.Q("1만 8,220명", 18220, "명", "명", C, f=("평균", "평균 2만 5,311", "울산 HD", Y, "level", "required", "a figure in brackets after a club is its; the metric carried"))
d.Q("1만 7,540명", 17540, "명", "명", C, f=("평균", "평균 2만 5,311", "전북 현대모터스", Y, "level", "required", "as 1만 8,220명"))
d.Q("8,102명", 8102, "명", "명", C, f=("평균", "평균 8,102", "부산 아이파크", Y, "level", "required", "모아 (drew): the club's average crowd"))
d.Q("2부", 2, "부", "부", "ordinal", st="optional", note="2부 = the second division: a division's name or an ordinal? (optional)")
d.Q("1위", 1, "위", "위", "ordinal")
d.Q("1,128억 원", 112800000000, W, "원", "currency", f=("수입", "올해 수입은", FED, Y, "level", "required", "연맹의 = the federation named before (genitive owner)"))
d.Q("9.3%", "9.3", "%", "%", P, f=("수입", "올해 수입은", FED, Y, "change"))
d.Q("412억 원", 41200000000, W, "원", "currency", f=("스폰서십 수입", None, FED, Y, "level", "required", "이 가운데: a part of the federation's 수입"))
d.Q("36.5%", "36.5", "%", "%", P,
    f=("스폰서십 수입", None, FED, Y, "level", "required", "a share (차지했다) with no share noun: the part it measures names the metric"))
d.Q("3년", 3, "year", "년", "duration", note="3년간: 간 outside")
SP = ("a sponsor's multi-year or yearly commitment: no DATE of its own and none set for this subject before; "
      "empty period, or the story's 올해? (README open question 6)")
d.Q("180억 원", 18000000000, W, "원", "currency", f=("후원", "후원하기로", "하나은행", "", "level", "optional", "총 outside; metric the verbal noun; " + SP))
d.Q("15억 원", 1500000000, W, "원", "currency", f=("계약", "계약을 새로", "한빛에너지솔루션", "", "level", "optional", "X 규모의 Y -> Y; 연 is a rate word; " + SP))
d.Q("300만 명", 3000000, "명", "명", C, bound="gt", note="돌파 -> gt",
    f=("관중", "내년 관중", FED, "2026", "level", "required", "the federation's target (연맹은 … 목표로); 내년"))
d.Q("95%", 95, "%", "%", P, bound="min", note="이상 -> min", f=("유료 관중 비율", None, FED, "2026", "level", "required", "the same sentence: the federation, 내년"))

# ---------------------------------------------------------------- 005 university hospital's research funding and patents (입력 stamp + Newsis byline)
d = Doc("005_54c505b02858c6e4", "2026-01-20"); docs.append(d)
H = "경북대학교병원"
d.O("경북대병원", H, note="short form of the name given in full in the body")
d.O("뉴시스", "뉴시스", note="outlet in the byline line")
d.O(H, H)
d.O("보건복지부", "보건복지부", note="a ministry granting research funds")
d.O("과학기술정보통신부", "과학기술정보통신부")
d.O("산업통상자원부", "산업통상자원부")
d.O("한국보건산업진흥원", "한국보건산업진흥원", note="the agency running a program (주관하는)")
d.O("메디큐브랩", "메디큐브랩", note="invented company introduced by 의료AI 기업: the licensee (counterparty)")
d.O("칠곡의료재단", "칠곡의료재단", note="invented foundation managing the hospital's fund")
Y = "2025"
d.D("지난해", Y, "year", ctx="경북대병원, 지난해", rel=True)
d.D("2026.01.20", "2026-01-20", "day", st="optional", note="publication stamp")
d.D("지난해", Y, "year", ctx="경북대학교병원은 지난해", rel=True)
d.D("20일", "2026-01-20", "day", rel=True, note="day of the report (밝혔다)")
d.D("2024년", "2024", "year")
d.D("지난해", Y, "year", ctx=". 병원은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년(21억", rel=True, st="optional", anchor=Y, note="points back")
d.D("올해", "2026", "year", rel=True)
d.Q("1,020억원", 102000000000, W, "원", "currency", f=("연구비", "지난해 연구비", H, Y, "level", "required", "headline: the hospital before it"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("외부 연구비", None, H, Y, "level", "required", "외부 changes what is measured: inside the metric"))
d.Q("860억 원", 86000000000, W, "원", "currency", f=("외부 연구비", None, H, "2024", "level", "required", "the basis figure after 2024년 is dated by it; metric carried"))
d.Q("18.6%", "18.6", "%", "%", P, f=("외부 연구비", None, H, Y, "change", "required", "규모 names no measure: the figure before's; the current period"))
d.Q("412건", 412, "건", "건", C, f=("수행 과제", None, H, Y, "level"))
MIN = ("by ministry (부처별로는, the ministry as grammatical subject): the hospital's funds by source (hospital the subject, the ministry "
       "a counterparty) or the ministry's grant (ministry the subject)? (README open question 7)")
d.Q("384억 원", 38400000000, W, "원", "currency", f=("외부 연구비", None, H, Y, "level", "optional", MIN))
d.Q("297억 원", 29700000000, W, "원", "currency", f=("외부 연구비", None, H, Y, "level", "optional", MIN))
d.Q("118억 원", 11800000000, W, "원", "currency", f=("외부 연구비", None, H, Y, "level", "optional", MIN))
d.Q("75억 원", 7500000000, W, "원", "currency", f=("연구중심병원 사업비", None, H, Y, "level", "optional", MIN + "; the agency only runs the program (relative clause on 사업)"))
d.Q("96건", 96, "건", "건", C, f=("국내 특허", None, H, Y, "level", "required", "병원은 = the hospital named before; 지난해"))
d.Q("23건", 23, "건", "건", C, f=("해외 특허", None, H, Y, "level"))
d.Q("17건", 17, "건", "건", C, f=("기술이전 계약", None, H, Y, "level"))
d.Q("38억 7천만 원", 3870000000, W, "원", "currency", f=("수입", "수입 38억", H, Y, "level"))
d.Q("21억 원", 2100000000, W, "원", "currency", f=("수입", "수입 38억", H, "2024", "level", "required", "figure in brackets after 전년 (2024): dated by it; metric of the sentence before"))
d.Q("1.8배", "1.8", "배", "배", C, approx=True, note="약 outside: approx",
    f=("수입", "수입 38억", H, Y, "change", "optional", "a ratio to the year before (…의 N배다): a change or a level? (README open question 8)"))
d.Q("12억 원", 1200000000, W, "원", "currency",
    f=("선급금", None, H, Y, "level", "required", "the licensee (에 이전한) is the counterparty: the hospital's income; story's 지난해 carried"))
d.Q("30명", 30, "명", "명", C, f=("신진 연구자", None, "칠곡의료재단", "2026", "level"))
d.Q("1인", 1, "인", "인", C, st="optional", note="1인당: the dummy 1 of a rate word")
d.Q("5천만 원", 50000000, W, "원", "currency", f=("지원", "지원한다", "칠곡의료재단", "2026", "level", "required", "씩 outside; no measure noun: the verbal noun"))
d.Q("15억 원", 1500000000, W, "원", "currency", f=("지원", "지원한다", "칠곡의료재단", "2026", "level", "required", "모두 outside"))

# ---------------------------------------------------------------- 006 power utility's quarterly loss and tariff (Yonhap dateline, no year anywhere)
d = Doc("006_c1491131d365dc52", "2025-08-08"); docs.append(d)
KE = "한국전력공사"
d.Oall("한전", KE)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(KE, KE)
d.O("한국수력원자력", "한국수력원자력", note="a subsidiary")
d.O("한국남동발전", "한국남동발전", note="a subsidiary")
d.O("산업통상자원부", "산업통상자원부", note="the ministry deciding the tariff")
Q2, Q3 = "2025-Q2", "2025-Q3"
d.D("2분기", Q2, "quarter", ctx="한전, 2분기", rel=True, note="latest Q2 on or before the document date")
d.D("3분기", Q3, "quarter", ctx="…3분기", rel=True, note="the current quarter (the tariff applies to it)")
d.D("올해 2분기", Q2, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("전년 동기", "2024-Q2", "quarter", rel=True, st="optional", anchor=Q2, note="points back")
d.D("8일", "2025-08-08", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("2분기", Q2, "quarter", ctx="자회사의 2분기", rel=True)
d.D("상반기", "2025-H1", "half", rel=True)
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준 outside)")
d.D("이날", "2025-08-08", "day", rel=True, anchor="2025-08-08", note="anaphor: the day of the disclosure (8일)")
d.D("3분기", Q3, "quarter", ctx="이날 3분기", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (절감하겠다): this year's end")
TF = ("a tariff decided by the ministry (산업통상자원부는 … 올리기로 결정했다): the utility whose price it is, the ministry that decided, "
      "or no subject (a regulated national price)? (README open question 9)")
d.Q("1조3천억원", 1300000000000, W, "원", "currency", f=("영업손실", "2분기 영업손실", KE, Q2, "level", "required", "headline: 한전 before it"))
d.Q("5원", 5, W, "원", "currency", ctx="kWh당 5원 인상",
    f=("전기요금", "3분기 전기요금 kWh", KE, Q3, "change", "optional", "인상: a change; kWh당 is a rate word; " + TF))
d.Q("1조 3,260억 원", 1326000000000, W, "원", "currency",
    f=("영업손실", "기준 영업손실", KE, Q2, "level", "required", "연결 기준 qualifies the basis: outside the metric"))
d.Q("8,470억 원", 847000000000, W, "원", "currency",
    f=("적자 폭", None, KE, "2024-Q2", "level", "required", "the basis figure in brackets after 전년 동기 (2024-Q2): dated by it; 적자 폭 names it"))
d.Q("56.5%", "56.5", "%", "%", P, f=("적자 폭", None, KE, Q2, "change", "required", "커졌다: a change; the current period"))
d.Q("21조 4,300억 원", 21430000000000, W, "원", "currency", f=("매출", None, KE, Q2, "level", "required", "topic dropped: the company and the quarter carried"))
d.Q("2.8%", "2.8", "%", "%", P, f=("매출", None, KE, Q2, "change"))
d.Q("14조 9,000억 원", 14900000000000, W, "원", "currency", f=("전력구입비", None, KE, Q2, "level"))
d.Q("11.2%", "11.2", "%", "%", P, f=("전력구입비", None, KE, Q2, "change"))
d.Q("6,210억 원", 621000000000, W, "원", "currency",
    f=("영업이익", None, "", Q2, "level", "required",
       "several subsidiaries taken together (합쳐서) and not all named (…등 발전 자회사): empty subject"))
d.Q("2조 1,540억 원", 2154000000000, W, "원", "currency",
    f=("영업손실", "누적 영업손실", KE, "2025-H1", "level", "required", "the story's company (the subsidiaries' sentence between is a side figure); 상반기"))
d.Q("205조 8천억 원", 205800000000000, W, "원", "currency", f=("총부채", None, KE, "2025-06", "level", "required", "6월 말 기준 (value 2025-06, END)"))
d.Q("하루", 1, "day", "하루", "duration", st="optional", note="하루 이자 비용: a rate word (per day)")
d.Q("120억 원", 12000000000, W, "원", "currency", approx=True, note="약 outside: approx",
    f=("이자 비용", None, KE, "2025-06", "level", "required", "the company carried; the period last set for it (6월 말)"))
d.Q("5원", 5, W, "원", "currency", ctx="kWh당 5원 올리기로", f=("전기요금", "3분기 전기요금을", KE, Q3, "change", "optional", TF))
d.Q("4인", 4, "인", "인", C, st="optional", note="4인 가구: a definitional household size, part of the metric's description")
d.Q("332kWh", 332, "kWh", "kWh", M,
    f=("월평균 사용량", None, "", "", "level", "required", "a typical household's use (not an ORG's figure): empty subject; no date set for it: empty period"))
d.Q("1,660원", 1660, W, "원", "currency", approx=True, note="가량 after the unit: outside the span, approx",
    f=("요금", "요금이 월", "", Q3, "change", "required", "a household's bill (no ORG): empty subject; 오른다 = a change; 월 is a rate word; the tariff's 3분기 carries (same metric, no subject)"))
d.Q("8.5원", "8.5", W, "원", "currency", f=("산업용 요금", None, KE, Q3, "change", "optional", "인상된다: a change; " + TF))
d.Q("1조 원", 1000000000000, W, "원", "currency",
    f=("절감", "절감하겠다", KE, "2025", "level", "required",
       "한전 관계자 speaks for the company: its plan; no measure noun: the verbal noun; 연말까지 (value 2025, END)"))

write_all(docs)
