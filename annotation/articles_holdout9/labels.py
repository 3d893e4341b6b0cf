"""Gold labels of articles-holdout9, written by reading the texts against docs/annotation.md and docs/facts.md
(with the brief's settled reading on breakdowns). Run: python annotation/articles_holdout9/labels.py
(writes gold/*.csv and checks every offset). The framework is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back"

# ---------------------------------------------------------------- 001 regional bank annual results, SME lending, NIM (입력 stamp + outlet byline)
d = Doc("001_214845057bec90c6", "2026-02-05"); docs.append(d)
G = "광주은행"
d.Oall(G, G)
d.O("이데일리", "이데일리", note="outlet in the byline (media are ORG)")
d.O("광주테크노파크", "광주테크노파크")
d.O("솔라링크", "솔라링크", note="invented startup introduced by 스타트업")
d.O("JB금융지주", "JB금융지주")
d.O("전북은행", "전북은행")
d.D("지난해", "2025", "year", ctx="광주은행, 지난해", rel=True)
d.D("2026.02.05", "2026-02-05", "day", st="optional", note="publication stamp")
d.D("지난해", "2025", "year", ctx="광주은행은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 6.3%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("5일", "2026-02-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 0.07", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("전년 말", "2024", "year", mod="END", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", ctx="은행은 올해", rel=True)
d.D("지난해", "2025", "year", ctx="JB금융지주의 지난해", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
Y = "2025"
d.Q("2,710억", 271000000000, W, "", "currency", ctx="순이익 2,710억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "순이익 2,710억…", G, Y, "level"))
d.Q("8%", 8, "%", "%", P, ctx="대출 8%", f=("중소기업 대출", "중소기업 대출 8%", G, Y, "change", "required", "headline's organization (topic with a comma); the part after the ellipsis finds no date: the story's period (2025)"))
d.Q("2,710억 원", 271000000000, W, "원", "currency", f=("당기순이익", None, G, Y, "level"))
d.Q("6.3%", 6.3, "%", "%", P, f=("당기순이익", None, G, Y, "change"))
d.Q("6,480억 원", 648000000000, W, "원", "currency", f=("이자이익", None, G, Y, "level"))
d.Q("2.1%", 2.1, "%", "%", P, f=("이자이익", None, G, Y, "change"))
d.Q("520억 원", 52000000000, W, "원", "currency", f=("비이자이익", None, G, Y, "level"))
d.Q("11.4%", 11.4, "%", "%", P, f=("비이자이익", None, G, Y, "change"))
d.Q("2.68%", 2.68, "%", "%", P, f=("순이자마진", None, G, Y, "level", "required", "new paragraph: story's organization and period; alias (NIM) outside"))
d.Q("0.07%포인트", 0.07, PP, "%포인트", P, f=("순이자마진", None, G, Y, "change"))
d.Q("18조 4,300억 원", 18430000000000, W, "원", "currency", f=("중소기업 대출 잔액", None, G, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("8.2%", 8.2, "%", "%", P, f=("중소기업 대출 잔액", None, G, Y, "change"))
d.Q("71%", 71, "%", "%", P, approx=True,
    f=("광주·전남 지역 기업에 나간 대출", None, G, Y, "level", "required", "a share of a whole: the part named is the metric"))
d.Q("0.61%", 0.61, "%", "%", P, f=("연체율", None, G, Y, "level", "required", "period carried (지난해 말 of the paragraph)"))
d.Q("0.48%", 0.48, "%", "%", P, f=("고정이하여신비율", None, G, Y, "level"))
d.Q("2조 5천억 원", 2500000000000, W, "원", "currency",
    f=("신규 자금", None, G, "2026", "level", "required", "figure before 의 + noun; 은행은 = 광주은행"))
d.Q("40곳", 40, "곳", "곳", C,
    f=("기업", "기업 40곳", G, "2026", "level", "optional",
       "the bank's program, but 광주테크노파크 is the subject of a relative clause on the counted noun (owner line): unclear"))
d.Q("1%포인트", 1, PP, "%포인트", P, ctx="최대 1%포인트", bound="max", f=("금리 우대", None, G, "2026", "level", "required", "최대 → bound max"))
d.Q("30억 원", 3000000000, W, "원", "currency",
    f=("투자", "투자한다", G, "2026", "level", "required", "투자 is no spend verb: the verbal noun; counterparty not the subject"))
d.Q("7,150억 원", 715000000000, W, "원", "currency", f=("순이익", "순이익은 7,150억", "JB금융지주", Y, "level"))
d.Q("2,190억 원", 219000000000, W, "원", "currency",
    f=("순이익", "2,190억 원의 순이익", "전북은행", Y, "level", "required", "같은 기간 (optional) points back to 지난해: 2025"))

# ---------------------------------------------------------------- 002 national health insurer finances (Yonhap dateline, no year anywhere)
d = Doc("002_402fb187d442758b", "2026-02-10"); docs.append(d)
N = "국민건강보험공단"
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(N, N)
d.O("메디로그", "메디로그", note="invented startup introduced by 스타트업")
d.D("지난해", "2025", "year", ctx="재정 지난해", rel=True)
d.D("지난해", "2025", "year", ctx="국민건강보험공단은 지난해", rel=True)
d.D("10일", "2026-02-10", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("올해", "2026", "year", ctx="공단은 올해", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 부당청구", rel=True)
d.D("올해", "2026", "year", ctx="올해 환수", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (예정): this year's first half")
HN = ("the headline names no organization: by the headline line it takes none (the story's organization only when the "
      "headline names it), though a reader sees the 공단's surplus (README question 1); period 2025 (its own 지난해, or the story's)")
d.Q("1조7천억 원", 1700000000000, W, "원", "currency", f=("흑자", None, "", Y, "level", "optional", HN))
d.Q("30조2천억 원", 3020000000000, W, "원", "currency", f=("적립금", "적립금 30조2천억", "", Y, "level", "optional", HN))
OWN = "the insurer's own accounts (the topic runs the fund), not a national statistic it reports (README question 2)"
d.Q("101조 2,400억 원", 101240000000000, W, "원", "currency", f=("총수입", None, N, Y, "level", "required", OWN))
d.Q("99조 5,100억 원", 99510000000000, W, "원", "currency", f=("총지출", None, N, Y, "level"))
d.Q("1조 7,300억 원", 1730000000000, W, "원", "currency", f=("당기수지 흑자", None, N, Y, "level"))
d.Q("5.4%", 5.4, "%", "%", P, f=("수입", "수입은 전년", N, Y, "change"))
d.Q("86조 9,000억 원", 86900000000000, W, "원", "currency", f=("보험료 수입", None, N, Y, "level"))
d.Q("85.8%", 85.8, "%", "%", P, f=("보험료 수입", None, N, Y, "level", "required", "a share of a whole: the part named"))
d.Q("12조 1,500억 원", 12150000000000, W, "원", "currency", f=("정부지원금", None, N, Y, "level"))
d.Q("7.1%", 7.1, "%", "%", P, f=("지출", "지출은 7.1%", N, Y, "change", "required", "new paragraph: story's organization and period"))
d.Q("38조 2,000억 원", 38200000000000, W, "원", "currency", f=("입원 진료비", None, N, Y, "level", "required", "breakdown items that are measures keep them"))
d.Q("31조 5,000억 원", 31500000000000, W, "원", "currency", f=("외래 진료비", None, N, Y, "level"))
d.Q("25조 8,000억 원", 25800000000000, W, "원", "currency", f=("약품비", None, N, Y, "level"))
d.Q("30조 2,000억 원", 30200000000000, W, "원", "currency", f=("누적 적립금", None, N, Y, "level", "required", "지난해 말 기준 (2025, END)"))
d.Q("7.09%", 7.09, "%", "%", P, f=("보험료율", None, N, "2026", "level", "required", "동결 = no change: the level"))
d.Q("5%", 5, "%", "%", P, ctx="5% 안팎", approx=True, f=("지출 증가율", None, N, "2026", "level", "required", "a rate that is itself the metric: level; 안팎 → approx"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("요양기관", None, N + ";메디로그", "", "level", "required",
       "a count between its noun and 의; partner with 손잡고 (comitative) joins; a plan (분석하기로) in a new paragraph with no "
       "date of its own: no period (Plans line: it takes no past period of the lead; 올해 was the paragraph before)"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("부당청구 환수액", None, N, Y, "level", "required", "partner not carried to the next sentence"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", f=("환수 목표", None, N, "2026", "level"))

# ---------------------------------------------------------------- 003 used-car platform year-end recap (입력 stamp + outlet byline)
d = Doc("003_680148df2f2c0da1", "2026-01-14"); docs.append(d)
K = "케이카"
d.Oall(K, K)
d.O("매일경제", "매일경제", note="outlet in the byline")
d.O("내차사기 홈서비스", "내차사기 홈서비스", st="optional", note="a service run by the company (a program or feature): optional")
d.O("카닥터랩", "카닥터랩", note="invented startup introduced by 스타트업")
d.O("엔카닷컴", "엔카닷컴")
d.D("2025", "2025", "year", ctx="[2025 결산]", note="a year in digits in the headline tag: a DATE (연말결산-like compound not split)")
d.D("2026.01.14", "2026-01-14", "day", st="optional", note="publication stamp")
d.D("지난해", "2025", "year", ctx="케이카는 지난해", rel=True)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", ctx="전년보다 9.4%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("전년", "2024", "year", ctx="전년보다 3%", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("올해", "2026", "year", rel=True)
d.D("지난해 11월", "2025-11", "month", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
Y = "2025"
d.Q("14만 대", 140000, "대", "대", C, f=("중고차", "중고차 14만 대", K, Y, "level", "required", "headline topic with a comma; the tag's 2025"))
d.Q("52%", 52, "%", "%", P, ctx="비중 52%", f=("온라인 비중", None, K, Y, "level"))
d.Q("14만 2천 대", 142000, "대", "대", C, f=("중고차", "중고차 14만 2천", K, Y, "level", "required", "a count by 대 counts the noun right before it"))
d.Q("9.4%", 9.4, "%", "%", P,
    f=("중고차", "중고차 14만 2천", K, Y, "change", "required", "a rate with no metric of its own: the last figure's of the sentence before"))
d.Q("7만 4천 대", 74000, "대", "대", C, f=("판매", "판매가 7만", K, Y, "level", "required", "the part named before the figure"))
d.Q("52%", 52, "%", "%", P, ctx="대로 52%", f=("판매", "판매가 7만", K, Y, "level", "required", "a share of a whole: the part named"))
d.Q("2조 3,480억 원", 2348000000000, W, "원", "currency", f=("매출", "매출은 2조", K, Y, "level", "required", "new paragraph: story's organization and period"))
d.Q("742억 원", 74200000000, W, "원", "currency", f=("영업이익", None, K, Y, "level"))
d.Q("8.1%", 8.1, "%", "%", P, f=("매출", "매출은 2조", K, Y, "change", "required", "각각, no nouns listed: the first figure's metric"))
d.Q("15.6%", 15.6, "%", "%", P, f=("영업이익", None, K, Y, "change"))
BD = "breakdown (사업별로는): each item keeps the breakdown figure's measure (매출); subject the company carried"
d.Q("1조 9,870억 원", 1987000000000, W, "원", "currency", f=("소매 매출", None, K, Y, "level", "required", BD))
d.Q("2,310억 원", 231000000000, W, "원", "currency", f=("매출", "매출이 1조 9,870억", K, Y, "level", "required", BD + "; span inside 소매 매출 (overlap)"))
d.Q("1,300억 원", 130000000000, W, "원", "currency", f=("매출", "매출이 1조 9,870억", K, Y, "level", "required", BD + "; span inside 소매 매출 (overlap)"))
d.Q("1,820만 원", 18200000, W, "원", "currency", f=("평균 판매 가격", None, K, Y, "level", "required", "a price the company sets is the company's"))
d.Q("3%", 3, "%", "%", P, ctx="전년보다 3%", f=("평균 판매 가격", None, K, Y, "change"))
d.Q("30대", 30, "대", "대", C, hi=39, st="optional", note="age bracket (optional)")
d.Q("31.2%", 31.2, "%", "%", P, f=("30대 비중", None, K, Y, "level", "required", "the share among the company's buyers; lead's period"))
d.Q("20대", 20, "대", "대", C, hi=29, st="optional", note="age bracket (optional)")
d.Q("6.5%포인트", 6.5, PP, "%포인트", P, f=("30대 비중", None, K, Y, "change", "required", "a difference: …보다 + comparative adjective"))
d.Q("5곳", 5, "곳", "곳", C, f=("직영점", "직영점 5곳", K, "2026", "level", "required", "회사는 = 케이카"))
d.Q("59곳", 59, "곳", "곳", C, f=("전국 직영점", None, K, "2026", "level", "required", "…으로 늘릴: the new level"))
d.Q("40억 원", 4000000000, W, "원", "currency", f=("투자", "투자했다", K, "2025-11", "level", "required", "counterparty not the subject"))
d.Q("9만 8천 대", 98000, "대", "대", C,
    f=("거래 대수", None, "엔카닷컴", Y, "level", "required", "같은 기간 (optional) and the lead's period both give 2025"))

# ---------------------------------------------------------------- 004 beverage maker's summer sales (뉴시스 dateline, no year anywhere)
d = Doc("004_e0efe02bc25d5479", "2025-09-03"); docs.append(d)
L = "롯데칠성음료"
d.O("롯데칠성", L, ctx="롯데칠성, 여름", note="short form; the full name is in the document")
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.Oall(L, L)
d.O("오늘의한잔", "오늘의한잔", note="invented startup introduced by 스타트업")
d.O("코카콜라음료", "코카콜라음료")
S = "2025-06/2025-08"
d.D("6~8월", S, "month", rel=True, note="a range of months without a year: the latest such (the summer just ended)")
d.D("전년 동기", "2024-06/2024-08", "month", rel=True, st="optional", anchor="2025-06-01", note=PB)
d.D("3일", "2025-09-03", "day", rel=True, note="day of the report (밝혔다)")
d.D("같은 기간", S, "month", ctx="같은 기간 탄산음료", rel=True, st="optional", anchor="2025-06-01", note="points back to 6~8월")
d.D("같은 기간", S, "month", ctx="같은 기간 1억", rel=True, st="optional", anchor="2025-06-01", note="points back to 6~8월")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (계획): the current second half")
d.D("같은 기간", S, "month", ctx="같은 기간 코카콜라", rel=True, st="optional", anchor="2025-06-01", note="points back to 6~8월")
d.D("다음 달", "2025-10", "month", rel=True)
d.D("추석", "2025-10-06", "day", rel=True, st="optional", note="holiday (optional)")
d.Q("12%", 12, "%", "%", P, ctx="판매 12%",
    f=("탄산음료 판매", None, L, S, "change", "required",
       "headline's organization; its only time word is 여름 (a season, no DATE type): a headline figure that finds no period "
       "takes the story's (the lead's 6~8월)"))
d.Q("1조 1,240억 원", 1124000000000, W, "원", "currency", f=("음료 부문 매출", None, L, S, "level"))
d.Q("7.8%", 7.8, "%", "%", P, f=("음료 부문 매출", None, L, S, "change"))
d.Q("4억 2,600만 병", 426000000, "병", "병", C, f=("탄산음료 판매량", None, L, S, "level"))
d.Q("12.3%", 12.3, "%", "%", P, f=("탄산음료 판매량", None, L, S, "change"))
d.Q("1.4℃", 1.4, "℃", "℃", M,
    f=("평균기온", None, "", S, "change", "optional",
       "weather: no subject by reading, but no line stops the company carried into a sentence whose subject is a measure; a "
       "difference (…보다 높았던); period: the earlier sentence of the paragraph (같은 기간 = 6~8월) (README question 3)"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("제로 제품 매출", None, L, S, "level"))
d.Q("38.5%", 38.5, "%", "%", P, f=("제로 제품 매출", None, L, S, "level", "required", "a share of a whole: the part named before"))
BD = "breakdown by channel: each item keeps the measure named before it (매출 비중); subject the company"
d.Q("41%", 41, "%", "%", P, f=("매출 비중", "유통 채널별 매출 비중", L, S, "level", "required", BD))
d.Q("24%", 24, "%", "%", P, f=("매출 비중", "유통 채널별 매출 비중", L, S, "level", "required", BD))
d.Q("13%", 13, "%", "%", P, f=("매출 비중", "유통 채널별 매출 비중", L, S, "level", "required", BD))
d.Q("1억 1,500만 병", 115000000, "병", "병", C,
    f=("판매량", "아이시스의 판매량", "", S, "level", "required", "a product's figure on its own (생수 아이시스): no subject"))
d.Q("2위", 2, "위", "위", "ordinal")
d.Q("7종", 7, "종", "종", C, f=("제로 제품", "제로 제품 7종", L, "2025-H2", "level", "required", "회사는 = 롯데칠성음료"))
d.Q("320억 원", 32000000000, W, "원", "currency", f=("강릉 공장", None, L, "2025-H2", "level", "required", "spent on: X에 N원을 투입 → X"))
d.Q("2개", 2, "개", "개", C, f=("페트병 생산 라인", None, L, "2025-H2", "level"))
d.Q("3종", 3, "종", "종", C,
    f=("저당 차 음료", None, L + ";오늘의한잔", "2025-H2", "level", "required",
       "subject carried (the company) joined by its partner with 손잡고 (comitative); period carried"))
d.Q("3,950억 원", 395000000000, W, "원", "currency",
    f=("탄산음료 매출", "코카콜라음료의 탄산음료 매출", "코카콜라음료", S, "level", "required", "같은 기간 (optional) points back to 6~8월"))
d.Q("5.2%", 5.2, "%", "%", P, f=("탄산음료 매출", "코카콜라음료의 탄산음료 매출", "코카콜라음료", S, "change"))

# ---------------------------------------------------------------- 005 venture-capital fund closing and investments (press release, no date at all)
d = Doc("005_63e0a6d65c9973c6", "2025-11-20"); docs.append(d)
V = "온새벤처스"
d.Oall(V, V)
d.O("온새", V, ctx="온새 딥테크", st="optional", note="the firm's name only as the modifier inside the fund's name")
d.O("한국벤처투자", "한국벤처투자")
d.O("산업은행", "산업은행")
d.O("IBK기업은행", "IBK기업은행")
d.Oall("파워셀", "파워셀", special={0: ("required", "invented startup introduced by 스타트업")})
d.O("코스닥", "코스닥", st="optional", note="a stock market run by an exchange: market or institution, unclear")
NOV = "2025-11"
d.D("이달", NOV, "month", rel=True)
d.D("올해 1~10월", "2025-01/2025-10", "month", rel=True, note="올해 before a month range: one mention")
d.D("지난해 3월", "2024-03", "month", rel=True)
d.D("올해", "2025", "year", ctx="올해 매출 목표", rel=True)
d.D("내년 상반기", "2026-H1", "half", rel=True)
d.Q("1,200억 원", 120000000000, W, "원", "currency", ctx="1,200억 원 규모 '딥테크",
    f=("딥테크 3호 펀드", "규모 '딥테크 3호 펀드'", V, NOV, "level", "required",
       "headline topic with a comma; no date of its own: the story's period (the lead's first figure's 이달); 규모 bridges to the noun after"))
FUND = "규모의: the thing whose size it is (the fund, without quotes)"
d.Q("1,200억 원", 120000000000, W, "원", "currency", ctx="총 1,200억 원 규모의",
    f=("온새 딥테크 3호 펀드", None, V, NOV, "level", "required", FUND))
d.Q("1,000억 원", 100000000000, W, "원", "currency", f=("목표액", None, V, NOV, "level", "required", "당초 = period word, outside; the fund's target"))
d.Q("20%", 20, "%", "%", P,
    f=("목표액", None, V, NOV, "change", "optional",
       "…보다 20% 많은: a difference (change); the metric: the figure compared with (목표액, the multiple-after-a-figure line) "
       "or the fund's size (a measure before a comparison word is the basis): two lines disagree (README question 4)"))
INV = "an investor's own commitment; a later paragraph with no date: the story's period (the lead's first figure's 이달)"
d.Q("360억 원", 36000000000, W, "원", "currency", f=("출자", "360억 원을 출자", "한국벤처투자", NOV, "level", "required",
    "the recipient (펀드에) stays out: 출자; " + INV))
d.Q("200억 원", 20000000000, W, "원", "currency", ctx="각각 200억 원", f=("출자", "150억 원을 출자했다", "산업은행", NOV, "level", "required",
    "각각: the first is the first listed's; figures listed by a comma share the verb after the last; " + INV))
d.Q("150억 원", 15000000000, W, "원", "currency", ctx="150억 원을 출자했다", f=("출자", "150억 원을 출자했다", "IBK기업은행", NOV, "level", "required", INV))
d.Q("490억 원", 49000000000, W, "원", "currency",
    f=("출자", "490억 원은 연기금과 일반 기업이 출자", "", NOV, "level", "required",
       "an amount marked 은 takes the verbal noun after it; unnamed investors: no subject; 나머지 is a scope word"))
P10 = "2025-01/2025-10"
d.Q("32곳", 32, "곳", "곳", C, f=("기업", "투자한 기업은", V, P10, "level", "required",
    "the organization that is the subject of a relative clause on the measure noun owns the figure"))
d.Q("870억 원", 87000000000, W, "원", "currency", f=("투자 금액", None, V, P10, "level"))
BD = "breakdown (분야별로는): each item keeps the breakdown figure's measure (투자 금액); subject the firm carried"
d.Q("310억 원", 31000000000, W, "원", "currency", f=("투자 금액", None, V, P10, "level", "required", BD))
d.Q("220억 원", 22000000000, W, "원", "currency", f=("투자 금액", None, V, P10, "level", "required", BD))
d.Q("150억 원", 15000000000, W, "원", "currency", ctx="로봇 150억 원", f=("투자 금액", None, V, P10, "level", "required", BD))
d.Q("4.2년", 4.2, "year", "년", "duration", note="an average age in years: a duration (no fact)")
d.Q("50억 원", 5000000000, W, "원", "currency", ctx="3월 50억 원", f=("투자", "50억 원의 투자", "파워셀", "2024-03", "level", "required",
    "figure before 의 + noun; the startup that raised it is the topic"))
d.Q("210억 원", 21000000000, W, "원", "currency", f=("매출 목표", None, "파워셀", "2025", "level"))
d.Q("4,650억 원", 465000000000, W, "원", "currency",
    f=("누적 운용자산", None, V, NOV, "level", "required",
       "…으로 늘었다: the new level; a later paragraph with no date: the story's period (이달)"))

# ---------------------------------------------------------------- 006 apartment subscription results and the builder's sales (regional daily, byline only)
d = Doc("006_c9b80af2118dd235", "2025-06-27"); docs.append(d)
H = "해올건설"
d.O("해올", H, ctx="'해올 리버파크' 1순위", st="optional", note="the builder's name only as the modifier inside the complex's name")
d.O("해올", H, ctx="에코델타 해올 리버파크'가", st="optional", note="the builder's name only as the modifier inside the complex's name")
d.O("한국부동산원", "한국부동산원")
d.O("청약홈", "청약홈", st="optional", note="a service (site) run by 한국부동산원: optional")
d.Oall(H, H)
d.O("부산시", "부산시", note="a city government cited as the source of a statistic (acts as government)")
ORD = "1순위: a subscription tier (rank word 순위): ordinal or lexicalized, optional"
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 평균", st="optional", note=ORD, f=None)
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 청약에서 평균", st="optional", note=ORD, f=None)
d.Q("1순위", 1, "순위", "순위", "ordinal", ctx="1순위 청약에서 일반", st="optional", note=ORD, f=None)
d.D("올해", "2025", "year", ctx="올해 부산 최고", rel=True)
d.D("26일", "2025-06-26", "day", rel=True, note="the day of the subscription (진행된)")
d.D("다음 달 4일", "2025-07-04", "day", rel=True)
d.D("올해 상반기", "2025-H1", "half", rel=True)
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 올해 상반기")
d.D("6월 말", "2025-06", "month", mod="END", rel=True, note="as of (기준)")
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (예정)")
d.D("올해 1~5월", "2025-01/2025-05", "month", rel=True)
d.D("전년 동기", "2024-01/2024-05", "month", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("5월 말", "2025-05", "month", mod="END", rel=True)
DAY = "2025-06-26"
SRC = "a sentence citing its source (청약홈에 따르면); the complex is a product: no subject"
d.Q("612가구", 612, "가구", "가구", C, f=("일반공급", None, "", DAY, "level", "required", SRC))
d.Q("1만 4,321명", 14321, "명", "명", C, f=("청약자", None, "", DAY, "level", "required", SRC))
NXT = ("no subject (the source passes none to the next sentences of its paragraph); period: the one an earlier sentence of "
       "the paragraph set for any figure (26일)")
d.Q("8가구", 8, "가구", "가구", C, f=("모집 가구", None, "", DAY, "level", "required", NXT))
d.Q("1,120명", 1120, "명", "명", C, f=("신청자", None, "", DAY, "level", "required", NXT))
HY = "2025-H1"
d.Q("3개", 3, "개", "개", C, f=("단지", "3개 단지", H, HY, "level", "required", "the counted noun after 개"))
d.Q("2,480가구", 2480, "가구", "가구", C, f=("분양", "분양했다", H, HY, "level", "required", "no noun before it: the verbal noun"))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", approx=True, f=("분양 매출", None, H, HY, "level"))
d.Q("34%", 34, "%", "%", P, f=("분양 매출", None, H, HY, "change"))
d.Q("4조 3,000억 원", 4300000000000, W, "원", "currency", f=("수주 잔고", None, H, "2025-06", "level", "required", "회사의 = 해올건설; 6월 말 기준 (END)"))
d.Q("1,900가구", 1900, "가구", "가구", C, f=("공급", "공급할", H, "2025-H2", "level", "required", "no noun before it: the verbal noun"))
CITY = "a city statistic its government reports (부산시에 따르면): no subject"
d.Q("8,600가구", 8600, "가구", "가구", C, f=("아파트 분양 물량", None, "", "2025-01/2025-05", "level", "required", CITY))
d.Q("12%", 12, "%", "%", P, f=("아파트 분양 물량", None, "", "2025-01/2025-05", "change", "required", CITY))
d.Q("4,120가구", 4120, "가구", "가구", C,
    f=("미분양 주택", None, "", "2025-05", "level", "required", "the source passes no subject to the next sentence; 5월 말 (END)"))

# ---------------------------------------------------------------- 007 public research institute's budget and patents (입력 stamp + outlet byline)
d = Doc("007_885f82c23addf722", "2026-01-22"); docs.append(d)
E = "한국전자통신연구원"
d.Oall("ETRI", E, skip=(1,), special={0: ("required", "short form; the full name is in the document")})
d.O(E, E, aliases="ETRI", note="parenthesized alias (ETRI) recorded, not a mention")
d.O("조선비즈", "조선비즈", note="outlet in the byline")
d.Oall("큐빗웨이브", "큐빗웨이브")
d.O("AI 반도체 실증센터", "AI 반도체 실증센터", st="optional", note="a centre to be opened, named by what it does: an institution or a facility, unclear")
d.O("대전시", "대전시", note="a city listed with an organization acting with it (와 함께): its government")
d.D("올해", "2026", "year", ctx="ETRI, 올해", rel=True)
d.D("2026.01.22", "2026-01-22", "day", st="optional", note="publication stamp")
d.D("올해", "2026", "year", ctx="은 올해 총예산", rel=True)
d.D("22일", "2026-01-22", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2025", "year", ctx="지난해보다 4.2%", rel=True, note="the basis of a change; a DATE all the same")
d.D("지난해", "2025", "year", ctx="지난해 성과도", rel=True)
d.D("지난해", "2025", "year", ctx="ETRI의 지난해", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해", "2025", "year", ctx="큐빗웨이브는 지난해", rel=True)
d.D("올해", "2026", "year", ctx="연구원은 올해", rel=True)
d.D("3월", "2026-03", "month", rel=True, note="future clause (열고 … 지원한다): the coming March")
T26, Y = "2026", "2025"
d.Q("7,180억 원", 718000000000, W, "원", "currency", ctx="예산 7,180억 원…", f=("예산", "올해 예산", E, T26, "level", "required", "headline topic with a comma"))
d.Q("3년", 3, "year", "년", "duration", ctx="수입 3년 연속", note="3년 연속: an amount of time (no fact)")
d.Q("7,180억 원", 718000000000, W, "원", "currency", ctx="총예산을 7,180억 원", f=("총예산", None, E, T26, "level", "required", "the object right before that sets it"))
d.Q("4.2%", 4.2, "%", "%", P, f=("총예산", None, E, T26, "change", "required", "a rate with no metric of its own: the last figure's of the sentence before; 지난해 is the basis"))
d.Q("2,960억 원", 296000000000, W, "원", "currency", f=("정부 출연금", None, E, T26, "level"))
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("외부 수탁 과제 수입", None, E, T26, "level"))
d.Q("46%", 46, "%", "%", P,
    f=("전체 연구비", None, E, T26, "level", "optional",
       "a share of a whole with no part named (the whole) or the purpose of a spending verb (쓰인다, passive; 분야): unclear (README question 5)"))
d.Q("2,415건", 2415, "건", "건", C, f=("특허 출원", None, E, Y, "level", "required", "the genitive owner ETRI의"))
d.Q("1,830건", 1830, "건", "건", C, f=("등록", "등록은 1,830건", E, Y, "level", "required", "a topic of its own naming the measure"))
d.Q("412건", 412, "건", "건", C, f=("기술이전 계약", None, E, Y, "level", "required", "계약 is an activity (a measure): the carried subject stays"))
d.Q("381억 원", 38100000000, W, "원", "currency", f=("기술료 수입", "기술료 수입은 381억", E, Y, "level"))
d.Q("3년", 3, "year", "년", "duration", ctx="원으로 3년 연속", note="3년 연속: an amount of time (no fact)")
d.Q("2,270명", 2270, "명", "명", C, f=("연구 인력", None, E, Y, "level", "required", "new paragraph: story's organization; 지난해 말 기준 (END)"))
d.Q("68%", 68, "%", "%", P, f=("박사 학위자", None, E, Y, "level", "required", "a member noun keeps the carried subject; the part named"))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("매출", "매출 95억", "큐빗웨이브", Y, "level", "required", "ETRI is in a relative clause on 창업기업: the topic 큐빗웨이브 owns it"))
d.Q("400억 원", 40000000000, W, "원", "currency",
    f=("기술료 수입 목표", None, E, T26, "level", "required", "연구원은 = 한국전자통신연구원 (an anaphor, the latest name ending so)"))
d.Q("50곳", 50, "곳", "곳", C,
    f=("중소기업", "중소기업 50곳", E + ";대전시", "2026-03", "level", "required",
       "a count between its noun and 의; partner with 와 함께 joins the carried subject"))

# ---------------------------------------------------------------- 008 display maker's quarterly results (bracketed outlet byline + 기사입력 stamp)
d = Doc("008_10af9a3eadfa7468", "2025-10-29"); docs.append(d)
LG = "LG디스플레이"
d.Oall(LG, LG)
d.O("머니투데이", "머니투데이", note="outlet in the bracketed byline")
d.O("픽셀로드", "픽셀로드", note="invented startup introduced by 스타트업")
d.O("삼성전자", "삼성전자")
d.O("삼성디스플레이", "삼성디스플레이")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="LG디스플레이, 3분기", rel=True)
d.D("2025-10-29", "2025-10-29", "day", st="optional", note="publication stamp")
d.D("올해 3분기", Q3, "quarter", rel=True, note="올해 before a quarter: one mention")
d.D("29일", "2025-10-29", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("올해", "2025", "year", ctx="회사는 올해", rel=True)
d.D("지난달", "2025-09", "month", rel=True)
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (이어질 것으로): the coming Q4")
d.D("이날", "2025-10-29", "day", rel=True, st="optional", anchor="2025-10-29", note="anaphoric day: 29일")
d.Q("4,310억", 431000000000, W, "", "currency", ctx="영업이익 4,310억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "3분기 영업이익", LG, Q3, "level"))
d.Q("65%", 65, "%", "%", P, ctx="비중 65%", f=("OLED 비중", None, LG, Q3, "level", "required", "headline topic with a comma; headline's 3분기"))
d.Q("6조 9,570억 원", 6957000000000, W, "원", "currency", f=("매출", "매출 6조", LG, Q3, "level"))
d.Q("4,310억 원", 431000000000, W, "원", "currency", f=("영업이익", "영업이익 4,310억 원", LG, Q3, "level"))
d.Q("24.1%", 24.1, "%", "%", P, f=("매출", "매출은 전 분기", LG, Q3, "change"))
d.Q("1.5%", 1.5, "%", "%", P, f=("매출", "매출은 1.5%", LG, Q3, "change"))
d.Q("15배", 15, "배", "배", C, approx=True, f=("영업이익", "영업이익은 15배", LG, Q3, "change", "required", "a multiple reached by a change word (늘었다): change; 가까이 → approx"))
BD = "breakdown by product: each item keeps the measure named before it (매출 비중); subject the company"
d.Q("18%", 18, "%", "%", P, f=("매출 비중", "제품별 매출 비중", LG, Q3, "level", "required", BD))
d.Q("37%", 37, "%", "%", P, f=("매출 비중", "제품별 매출 비중", LG, Q3, "level", "required", BD))
d.Q("45%", 45, "%", "%", P, f=("매출 비중", "제품별 매출 비중", LG, Q3, "level", "required", BD))
d.Q("65%", 65, "%", "%", P, ctx="비중은 65%", f=("OLED 제품의 매출 비중", None, LG, Q3, "level", "required", "분기 기준 = the basis of the record, no date"))
d.Q("820만㎡", 8200000, "㎡", "㎡", M, f=("출하 면적", None, LG, Q3, "level", "required", "new paragraph: story's organization and period"))
d.Q("12%", 12, "%", "%", P, f=("출하 면적", None, LG, Q3, "change"))
d.Q("812달러", 812, U, "달러", "currency", f=("판매 가격", None, LG, Q3, "level", "required", "㎡당 = rate denominator (no number)"))
d.Q("3천억 원", 300000000000, W, "원", "currency",
    f=("설비투자", None, LG, "2025", "change", "required",
       "a change that modifies the figure right after it (줄인 2조 2천억 원) has that figure's metric; 계획보다 = basis"))
d.Q("2조 2천억 원", 2200000000000, W, "원", "currency",
    f=("설비투자", None, LG, "2025", "level", "required", "the thing whose size (규모) it is, before brackets; …으로 낮췄다 = the new level; 회사는 = LG디스플레이"))
d.Q("80억 원", 8000000000, W, "원", "currency", f=("투자", "투자했다", LG, "2025-09", "level", "required", "counterparty not the subject"))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency",
    f=("영업이익", "영업이익 1조", "삼성디스플레이", Q3, "level", "required", "같은 기간 (optional) and the story's period both give 2025-Q3; 삼성전자의 is the parent, not the owner of the figure"))
d.Q("두 회사", 2, "회사", "회사", C, st="optional", note="두 + a noun that is no counter (optional)")
d.Q("3%", 3, "%", "%", P, ctx="3% 넘게", bound="gt",
    f=("주가", None, LG, "2025-10-29", "change", "optional", "its only date is 이날 (optional DATE): optional fact; 넘게 → gt"))

if __name__ == "__main__":
    write_all(docs)
