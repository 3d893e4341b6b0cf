"""Gold labels of articles-holdout46, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only. Run: /work/main/.venv/bin/python annotation/articles_holdout46/labels.py
(writes gold/*.csv and checks every offset). The framework (span location, checks, CSV writing) is
annotation/articles_holdout2/labels_core.py, imported, not copied."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 retail group's year-end recap (뉴스1 dateline, '2025년' in a quoted title)
d = Doc("001_4055ba0867898135", "2025-12-28"); docs.append(d)
G, HM, HO, HH = "한빛유통그룹", "한빛마트", "한빛온", "한빛홀딩스"
d.Oall(G, G, special={0: ("required", "headline topic with a comma")})
d.O("뉴스1", "뉴스1", note="outlet in the dateline (media are ORG; a name with digits is no quantity)")
d.O(HM, HM, note="subsidiary (자회사별로는 … 한빛마트가)")
d.Oall(HO, HO)
d.O(HH, HH, note="holding company (지주사)")
d.O("이마트", "이마트", note="rival in a ranking")
d.O("롯데쇼핑", "롯데쇼핑", note="rival in a ranking")
Y = "2025"
d.D("올해", Y, "year", ctx="올해 매출 14조", rel=True)
d.D("올해", Y, "year", ctx="올해 연결", rel=True)
d.D("28일", "2025-12-28", "day", rel=True, note="day of the announcement (발표한): dates the report only")
d.D("2025년", Y, "year", note="a year with 년 before a report's name ('2025년 경영 결산'), like `2020년 연말결산`")
d.D("올해", Y, "year", ctx="올해 매출은", rel=True)
d.D("지난해", "2024", "year", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="연말 기준: as of; this year's end (document of 28 December)")
d.D("2021년", "2021", "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the story's year")
d.D("내년", "2026", "year", ctx="내년 한빛온", rel=True)
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.Q("14조", 14000000000000, W, "", "currency", ctx="14조 돌파", bound="gt", st="optional",
    note="headline amount, currency implied; 돌파 → gt", f=("매출", "올해 매출 14조", G, Y, "level"))
d.Q("31%", 31, "%", "%", P, ctx="31%\n", f=("온라인 비중", "온라인 비중 31%", G, Y, "level", "required",
    "headline: after the ellipsis the headline's organization and its 올해"))
d.Q("14조 2,300억 원", 14230000000000, W, "원", "currency", f=("매출", "기준 매출 14조", G, Y, "level"))
d.Q("14조 원", 14000000000000, W, "원", "currency", bound="gt", note="넘어섰다 → gt",
    f=("매출", "기준 매출 14조", G, Y, "level", "required", "the revenue passing a mark: the sentence's 매출"))
d.Q("13조 1,500억 원", 13150000000000, W, "원", "currency",
    f=("매출", "올해 매출은", G, "2024", "level", "required", "a figure alone in brackets after 지난해: last year's revenue (the comparison's basis figure)"))
d.Q("8.2%", 8.2, "%", "%", P, f=("매출", "올해 매출은", G, Y, "change", "required", "comparison: the current period, not the basis"))
d.Q("4,870억 원", 487000000000, W, "원", "currency", f=("영업이익", None, G, Y, "level"))
d.Q("12.6%", 12.6, "%", "%", P, f=("영업이익", None, G, Y, "change"))
d.Q("412개", 412, "개", "개", C, f=("점포 수", None, G, Y, "level", "required", "연말 기준 (value 2025, END); the group carried"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): duration, no fact")
d.Q("17개", 17, "개", "개", C, f=("점포 수", None, G, Y, "change"))
BR = "breakdown item: the counted noun right before the counter (대형마트 138개 = 138 hypermarkets); the group and 연말 carried"
d.Q("138개", 138, "개", "개", C, f=("대형마트", "대형마트 138개", G, Y, "level", "required", BR))
d.Q("231개", 231, "개", "개", C, f=("슈퍼마켓", None, G, Y, "level", "required", BR))
d.Q("43개", 43, "개", "개", C, f=("복합쇼핑몰", None, G, Y, "level", "required", BR))
d.Q("4조 4,100억 원", 4410000000000, W, "원", "currency", f=("온라인 매출", None, G, Y, "level"))
SH = ("`전체의 N%를 차지했다`: no noun names the share (전체 names only the whole); written as the topic's measure (온라인 매출), "
      "or empty? (README question 1)")
d.Q("31%", 31, "%", "%", P, ctx="전체의 31%", f=("온라인 매출", None, G, Y, "level", "optional", SH))
d.Q("12%", 12, "%", "%", P, f=("온라인 매출", None, G, "2021", "level", "optional",
    "A에서 (old level) dated by 2021년; the measure is the 31%'s, whose metric is open (README question 1)"))
d.Q("4년", 4, "year", "년", "duration", note="4년 만에: duration, no fact")
d.Q("19%포인트", 19, PP, "%포인트", P, f=("온라인 매출", None, G, Y, "change", "optional",
    "a change of the share of the sentence before (README question 1); the current period"))
d.Q("6조 8,900억 원", 6890000000000, W, "원", "currency", f=("매출", "한빛마트가 매출", HM, Y, "level", "required", "the subsidiary's own clause"))
d.Q("48%", 48, "%", "%", P, f=("그룹 매출", None, HM, Y, "level", "required", "X의 N% → X (a share of the group's revenue); the subsidiary's figure"))
d.Q("2조 1,600억 원", 2160000000000, W, "원", "currency", f=("매출", "한빛온은 매출", HO, Y, "level"))
d.Q("320억 원", 32000000000, W, "원", "currency", f=("영업손실", None, HO, Y, "level"))
d.Q("710억 원", 71000000000, W, "원", "currency",
    f=("적자 폭", None, HO, "2024", "level", "required", "전년의 710억 원: the old level, dated by the (optional) pointing-back 전년 = 2024"))
d.Q("3,000억 원", 300000000000, W, "원", "currency",
    f=("투입", "추가로 투입해", HH, "2026", "level", "required",
       "the parent invests (지주사 한빛홀딩스는); the subsidiary (한빛온에) is the recipient; 투입 the verbal noun; 내년"))
d.Q("5곳", 5, "곳", "곳", C, f=("물류센터", None, HH, "2026", "level", "required", "the same clause's subject (지주사 한빛홀딩스는 … 짓는다); 내년"))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("40%", 40, "%", "%", P, note="까지 is a particle here (the level to reach), not a bound word of the guideline",
    f=("온라인 비중", "온라인 비중을 40%", G, "2026", "level", "required", "the CEO's target for the company; 내년에는 in the clause"))

# ---------------------------------------------------------------- 002 regional bank's quarterly results (연합뉴스 dateline, `2025년 3분기` in the lead)
d = Doc("002_9d589a2e7e5ef33e", "2025-10-29"); docs.append(d)
B, H = "동남은행", "동남금융지주"
d.Oall(B, B, special={0: ("required", "headline topic with a comma")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall(H, H)
d.O("동남캐피탈", "동남캐피탈", note="non-bank subsidiary")
d.O("동남투자증권", "동남투자증권", note="non-bank subsidiary")
d.O("BNK금융그룹", "BNK금융그룹", note="a rival group, genitive before its bank")
d.O("부산은행", "부산은행", note="the rival group's bank")
Q3, M9 = "2025-Q3", "2025-09"
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 812억", rel=True, note="latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="a year before a quarter: one mention")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("29일", "2025-10-29", "day", rel=True, note="day of the report (밝혔다)")
d.D("1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters with ~: one mention")
d.D("지난해", "2024", "year", rel=True)
d.D("9월 말", M9, "month", mod="END", rel=True, note="as of (기준)")
d.D("작년 말", "2024", "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (전분기)")
d.D("3분기", Q3, "quarter", ctx="3분기 순이익은 1,105억", rel=True)
d.D("같은 날", "2025-10-29", "day", rel=True, st="optional", anchor="2025-10-29", note="points back to 29일, like 당일")
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 1,274억", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (묶어 두겠다): the coming Q4")
d.Q("812억", 81200000000, W, "", "currency", ctx="812억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "순이익 812억", B, Q3, "level"))
d.Q("0.9%", 0.9, "%", "%", P, ctx="0.9%대", approx=True, note="대 after the unit stays outside and sets approx (like 원대)",
    f=("연체율", "연체율 0.9%", B, Q3, "level", "required", "headline: the headline's organization; its 3분기 before the ellipsis"))
d.Q("812억 원", 81200000000, W, "원", "currency", f=("당기순이익", None, B, Q3, "level"))
d.Q("745억 원", 74500000000, W, "원", "currency",
    f=("당기순이익", None, B, "2024-Q3", "level", "required", "a figure alone in brackets after 전년 동기: dated by that (optional) DATE's value"))
d.Q("9.0%", "9.0", "%", "%", P, f=("당기순이익", None, B, Q3, "change"))
d.Q("2,376억 원", 237600000000, W, "원", "currency",
    f=("순이익", "누적 순이익은", B, "2025-Q1/2025-Q3", "level", "required", "누적 qualifies the period (1~3분기)"))
d.Q("2,410억 원", 241000000000, W, "원", "currency",
    f=("순이익", "연간 순이익(", B, "2024", "level", "required", "a figure alone in brackets after a noun is that noun's; 지난해 in the phrase; 연간 qualifies the period"))
d.Q("41조 3,000억 원", 41300000000000, W, "원", "currency", f=("대출 잔액", None, B, M9, "level", "required", "9월 말 기준"))
d.Q("1조 8,000억 원", 1800000000000, W, "원", "currency", f=("대출 잔액", None, B, M9, "change", "required", "작년 말보다: basis"))
d.Q("4.6%", 4.6, "%", "%", P, f=("대출 잔액", None, B, M9, "change", "required", "the rate in brackets of the same change (not a currency conversion)"))
d.Q("24조 7,000억 원", 24700000000000, W, "원", "currency", f=("중소기업 대출", None, B, M9, "level"))
d.Q("60%", 60, "%", "%", P, f=("중소기업 대출", None, B, M9, "level", "optional",
    "a share `N%를 차지했다` with no noun naming it: the part (the topic, written) or the whole of 이 가운데 (대출 잔액)? (README question 1)"))
NIM = ("no date in the sentence: by the letter of carry-forward the last period set for the bank is `9월 말` (written); "
       "`전 분기보다` makes it a quarter's margin, the lead's 2025년 3분기? (README question 2)")
d.Q("1.98%", 1.98, "%", "%", P, f=("순이자마진", None, B, M9, "level", "optional", NIM))
d.Q("0.04%포인트", 0.04, PP, "%포인트", P, f=("순이자마진", None, B, M9, "change", "optional", NIM))
d.Q("0.93%", 0.93, "%", "%", P, f=("연체율", "연체율은 0.93%", B, M9, "level", "required",
    "an as-of ratio; the period last set for the bank carries (9월 말 기준)"))
d.Q("0.05%포인트", 0.05, PP, "%포인트", P, f=("연체율", "연체율은 0.93%", B, M9, "change"))
d.Q("0.71%", 0.71, "%", "%", P, f=("고정이하여신비율", None, B, M9, "level"))
d.Q("1,105억 원", 110500000000, W, "원", "currency", f=("순이익", "3분기 순이익은 1,105억", H, Q3, "level", "required", "genitive owner (동남금융지주의)"))
d.Q("73%", 73, "%", "%", P, f=("은행 비중", None, H, Q3, "level", "optional",
    "the bank's share of the holding's profit: the holding's figure (the sentence's owner, written) or the bank's (은행 = 동남은행, not a named mention)? (README question 5)"))
EA = ("각각 in order; 벌었다 (a native verb) names nothing: the measure 순이익 of the paragraph; the text repeats it, so the mention "
      "nearest the number (FACTS, changed at the re-read: the next sentence's `3분기 순이익`); the story's 3분기")
d.Q("168억 원", 16800000000, W, "원", "currency", f=("순이익", None, "동남캐피탈", Q3, "level", "required", EA))
d.Q("97억 원", 9700000000, W, "원", "currency", f=("순이익", None, "동남투자증권", Q3, "level", "required", EA))
d.Q("1,274억 원", 127400000000, W, "원", "currency", f=("순이익", "3분기 순이익 1,274억", "부산은행", Q3, "level", "required", "the rival bank's own clause and 3분기"))
d.Q("1%", 1, "%", "%", P, ctx="1% 미만", bound="lt", note="미만 → lt",
    f=("연체율", "연체율을 1%", B, "2025-Q4", "level", "required", "an executive's target for the bank (부행장 of 동남은행); 4분기에도 in the clause"))

# ---------------------------------------------------------------- 003 metropolitan city's next-year budget (연합뉴스 dateline, no year anywhere)
d = Doc("003_8de33978d3a338c8", "2025-12-16"); docs.append(d)
IC, CC = "인천시", "인천시의회"
d.O(IC, IC, ctx="인천시 내년", note="a city acting as a government (its budget); headline topic")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(CC, CC, note="the named council (the bare 시의회 is the guideline's optional example)")
d.O(IC, IC, ctx="인천시 예산안")
d.O("시의회", CC, ctx="시의회는 시가", st="optional", note="unnamed institution noun (`시의회`: the guideline's optional list), here the short form of 인천시의회")
d.O("시", IC, ctx="시가 제출한", st="optional", note="the bare 시 for the city: a short form of 인천시 or a common noun?")
d.O("인천교통공사", "인천교통공사", note="city corporation receiving an allocation (에는)")
d.O("인천관광공사", "인천관광공사", note="city corporation, genitive-less modifier of 출자금")
d.O(IC, IC, ctx="인천시 관계자", note="organization before 관계자")
N = "2026"
d.D("내년", N, "year", ctx="내년 예산", rel=True)
d.D("16일", "2025-12-16", "day", rel=True, note="day of the council's vote (의결했다)")
d.D("내년도", N, "year", rel=True, note="내년도 (next fiscal year): 도 = 度, part of the word, not the particle 도")
d.D("올해", "2025", "year", ctx="올해 본예산", rel=True, note="the comparison's basis, still a DATE")
d.D("올해", "2025", "year", ctx="올해보다", rel=True, note="the comparison's basis")
d.D("내년 1월 2일", "2026-01-02", "day", rel=True, note="내년 before a month and day: one mention; 부터 outside")
d.D("상반기", "2026-H1", "half", rel=True, note="future clause in the quote after 내년 1월 2일부터: next year's first half")
d.Q("15조 2천억", 15200000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("예산", "내년 예산 15조", IC, N, "level"))
d.Q("5조", 5000000000000, W, "", "currency", ctx="5조 넘어", bound="gt", st="optional", note="headline amount, currency implied; 넘어 → gt",
    f=("복지 분야", None, IC, N, "level"))
d.Q("15조 2,180억 원", 15218000000000, W, "원", "currency",
    f=("예산안", None, IC, N, "level", "required", "the government body whose budget it is (인천시 예산안); the council only passes it; 내년도 in the phrase"))
d.Q("14조 3,500억 원", 14350000000000, W, "원", "currency",
    f=("본예산", None, IC, "2025", "level", "required", "a figure alone in brackets after 올해 본예산: this year's budget (the basis figure)"))
CH = ("이는 = the budget of the sentence before (예산안); a comparison: the current period (내년도), not the basis 올해, "
      "which dates only its own bracketed figure")
d.Q("8,680억 원", 868000000000, W, "원", "currency", f=("예산안", None, IC, N, "change", "required", CH))
d.Q("6.0%", "6.0", "%", "%", P, f=("예산안", None, IC, N, "change", "required", CH))
d.Q("11조 4,600억 원", 11460000000000, W, "원", "currency", f=("일반회계", None, IC, N, "level", "required", "the next year's budget carried"))
d.Q("3조 7,580억 원", 3758000000000, W, "원", "currency", f=("특별회계", None, IC, N, "level"))
d.Q("5조 1,300억 원", 5130000000000, W, "원", "currency", f=("사회복지 예산", None, IC, N, "level"))
BR = "breakdown item (분야별로는 …): the field names no measure; the breakdown's measure noun (예산 of `사회복지 예산`, the nearest) is written"
d.Q("1조 9,800억 원", 1980000000000, W, "원", "currency", f=("예산", "예산이 5조", IC, N, "level", "required", BR))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency", f=("예산", "예산은 4,270억", IC, N, "level", "required",
    BR + "; the text repeats 예산: the mention nearest the number (FACTS; changed after the re-read, the same line as its row 5)"))
d.Q("4,270억 원", 427000000000, W, "원", "currency", f=("저출생 대응 예산", None, IC, N, "level"))
d.Q("23.4%", 23.4, "%", "%", P, f=("저출생 대응 예산", None, IC, N, "change", "required", "올해보다: basis"))
CO = ("the council's amendment: subject the council (its act, written) or the city (its budget)? period the budget's year "
      "(written) or the council's last date `16일` by the letter of carry-forward? (README question 3)")
d.Q("312억 원", 31200000000, W, "원", "currency",
    f=("삭감", None, CC, N, "change", "optional", "a cut: a change of 원안 or a level of 삭감 (verbal noun, written)? " + CO))
d.Q("48개", 48, "개", "개", C, f=("사업", None, CC, N, "level", "optional", CO))
AL = "an allocation in the city's budget: the government body whose budget it is; the corporation (에는 / modifier) is the recipient"
d.Q("860억 원", 86000000000, W, "원", "currency", f=("노후 전동차 교체비", None, IC, N, "level", "required", AL))
d.Q("150억 원", 15000000000, W, "원", "currency", f=("출자금", None, IC, N, "level", "required", AL))
d.Q("60%", 60, "%", "%", P, bound="min", note="이상 → min",
    f=("예산", "예산을 집행해", IC, "2026-H1", "level", "required", "a spokesperson speaks for the city; the share of the budget (the object before); 상반기에 in the clause"))

# ---------------------------------------------------------------- 004 game company's new title (뉴시스 dateline, no year anywhere)
d = Doc("004_6b5027ebcbd4a07d", "2025-11-11"); docs.append(d)
LG, YS, LH = "루미너스게임즈", "요스타", "루미너스홀딩스"
d.Oall(LG, LG, special={0: ("required", "headline topic before the game's quoted title")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("구글플레이", "구글플레이", st="optional", note="an app store: a platform run as a business (ORG) or a product/channel of Google? optional")
d.O("애플 앱스토어", "애플 앱스토어", st="optional", note="as 구글플레이; 애플 is inside the store's name (not labelled on its own)")
d.O("앱스토어", "애플 앱스토어", ctx="일본 앱스토어", st="optional", note="short form of 애플 앱스토어 (Japan's store); 일본 a place, outside")
d.Oall(YS, YS, special={0: ("required", "foreign publisher introduced by 현지 퍼블리셔")})
d.O(LH, LH, note="parent company (모회사)")
d.D("지난달 27일", "2025-10-27", "day", rel=True, note="지난달 before a day: one mention; dates the launch (출시한)")
d.D("11일", "2025-11-11", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", "2024", "year", rel=True)
d.D("올해", "2025", "year", rel=True)
d.D("이날", "2025-11-11", "day", rel=True, st="optional", anchor="2025-11-11", note="points back to 11일 (like 당일)")
d.Q("2주", 2, "week", "주", "duration", ctx="2주 만에 300만", note="출시 2주 만에: duration, no fact")
d.Q("300만 다운로드", 3000000, "다운로드", "다운로드", C, st="optional",
    note="다운로드 is a counted noun, not a counter (like `70억 인구`): optional")
GA = ("the game's figure ('크라운 오브 에덴'의 누적 다운로드): a product is no ORG, empty subject; no DATE attached to the figure "
      "(지난달 27일 dates the launch in the relative clause, 11일 the report): empty period (README question 4)")
d.Q("312만 건", 3120000, "건", "건", C, bound="gt", note="넘어섰다 → gt", f=("다운로드", "누적 다운로드가", "", "", "level", "required", GA))
d.Q("174만 건", 1740000, "건", "건", C, f=("다운로드", "누적 다운로드가", "", "", "level", "required", "breakdown by country (no ORG): the total's measure; " + GA))
d.Q("138만 건", 1380000, "건", "건", C, f=("다운로드", "누적 다운로드가", "", "", "level", "required", "as 174만 건"))
d.Q("사흘", 3, "day", "사흘", "duration", note="출시 사흘 만에: native duration word, no fact")
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("3위", 3, "위", "위", "ordinal", note="최고 3위: a rank; 최고 (highest) is not a bound word of the guideline")
d.Q("7위", 7, "위", "위", "ordinal", note="a rank")
d.Q("2주", 2, "week", "주", "duration", ctx="2주간", note="2주간: 간 outside, duration")
RV = ("the game's first two weeks' revenue as told by the company (회사 측은): the company's (written) or the product's (empty)? "
      "no DATE (출시 후 2주간 is a duration): empty period (README question 4)")
d.Q("410억 원", 41000000000, W, "원", "currency", approx=True, note="약 → approx", f=("매출", "2주간 매출이", LG, "", "level", "optional", RV))
d.Q("180억 원", 18000000000, W, "원", "currency", approx=True, note="가량 → approx", f=("일본 매출", "일본 매출이", LG, "", "level", "optional", RV))
d.Q("35%", 35, "%", "%", P,
    f=("일본 매출", "일본 매출의 35%", YS, "", "level", "required", "X의 N% → X; the publisher's cut (요스타가 가져가는); a contract term, no date"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("매출", "지난해 매출", LG, "2024", "level"))
d.Q("86억 원", 8600000000, W, "원", "currency", f=("영업손실", None, LG, "2024", "level"))
FC = "analysts' forecast (증권가에서는 … 본다): the company's revenue (the forecaster is no subject); 올해 in the clause"
d.Q("2,500억 원", 250000000000, W, "원", "currency", approx=True, note="안팎 → approx", f=("매출", "올해 매출이", LG, "2025", "level", "required", FC))
d.Q("두 배", 2, "배", "배", C, approx=True, note="native numeral with the counter 배; 가까이 read as an approximator",
    f=("매출", "올해 매출이", LG, "2025", "change", "required", "N배 늘 (a multiple of last year's): a change; " + FC))
SP = "the parent's share price (모회사 루미너스홀딩스 주가); 이날 (optional DATE) points back to 11일"
d.Q("12.4%", 12.4, "%", "%", P, f=("주가", None, LH, "2025-11-11", "change", "required", SP))
d.Q("3만 8,650원", 38650, W, "원", "currency", f=("주가", None, LH, "2025-11-11", "level", "required", SP))

# ---------------------------------------------------------------- 005 shipbuilder's orders vs target (이데일리 bracket byline, `2025년` in the lead)
d = Doc("005_35f9c01467655c1e", "2025-12-30"); docs.append(d)
HS, SH, HW = "한성중공업", "삼성중공업", "한화오션"
d.Oall(HS, HS, special={0: ("required", "headline topic with a comma")})
d.O("이데일리", "이데일리", note="outlet in the bracket byline")
d.O("캐피탈마리타임", "캐피탈마리타임", note="Greek shipowner introduced by 그리스 선사 (place outside); the party ordering (로부터): counterparty")
d.O(SH, SH, note="rival")
d.O(HW, HW, note="rival")
d.O("거제조선소", "거제조선소", st="optional", note="the company's shipyard: a named site or business unit (like a plant), ORG unclear")
Y, N = "2025", "2026"
d.D("올해", Y, "year", ctx="올해 수주", rel=True)
d.D("2025년", Y, "year")
d.D("30일", "2025-12-30", "day", rel=True, note="day of the report (밝혔다)")
d.D("12월", "2025-12", "month", rel=True, note="12월에만: the latest December on or before the document date")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준)")
d.D("올해", Y, "year", ctx="올해 43척", rel=True)
d.D("내년", N, "year", ctx="내년 생산직", rel=True)
d.D("내년", N, "year", ctx="내년 수주", rel=True)
d.Q("98억달러", 9800000000, U, "달러", "currency", f=("수주", "수주 98억달러", HS, Y, "level", "required", "headline; 올해 before it"))
d.Q("한 해", 1, "year", "해", "duration", st="optional",
    note="2025년 한 해 동안: a duration word restating the year named before it (rate-like 한 해): optional")
d.Q("52척", 52, "척", "척", C, f=("선박", None, HS, Y, "level", "required", "the counted noun right before the count; 2025년 in the clause"))
d.Q("98억 2,000만 달러", 9820000000, U, "달러", "currency", f=("수주", "에 수주해", HS, Y, "level", "required", "수주해: the verbal noun"))
d.Q("14조 4,000억 원", 14400000000000, W, "원", "currency", approx=True, eq=("98억 2,000만 달러",), note="약 → approx; conversion of the dollar amount",
    f=("수주", "에 수주해", HS, Y, "level", "required", "a conversion: same slots as the amount it converts"))
d.Q("92억 달러", 9200000000, U, "달러", "currency", f=("목표", "목표(92억", HS, Y, "level", "required", "a figure alone in brackets after a noun is that noun's; 연간 qualifies the period"))
d.Q("106.7%", 106.7, "%", "%", P, f=("목표", "목표(92억", HS, Y, "level", "required", "X의 N% → X (the share of the target reached)"))
BR = "breakdown by ship type (선종별로는): the counted noun right before the count; the company and 2025 carried"
d.Q("24척", 24, "척", "척", C, f=("운반선", "운반선이 24척", HS, Y, "level", "required", BR))
d.Q("63억 달러", 6300000000, U, "달러", "currency",
    f=("수주액", "전체 수주액의", HS, Y, "level", "required", "the item's order amount: the measure noun of the sentence (수주액), the nearest"))
d.Q("64%", 64, "%", "%", P, f=("전체 수주액", None, HS, Y, "level", "required", "X의 N% → X"))
d.Q("16척", 16, "척", "척", C, f=("컨테이너선", None, HS, Y, "level", "required", BR))
d.Q("12척", 12, "척", "척", C, ctx="12척이", f=("초대형원유운반선", None, HS, Y, "level", "required", BR))
d.Q("4척", 4, "척", "척", C, ctx="운반선 4척",
    f=("LNG 운반선", "LNG 운반선 4척", HS, "2025-12", "level", "required", "12월에만 in the sentence; the shipowner (로부터) is the counterparty"))
d.Q("1조 2,800억 원", 1280000000000, W, "원", "currency",
    f=("LNG 운반선", "LNG 운반선 4척", HS, "2025-12", "level", "optional",
       "a figure in brackets after a count (4척(…)): the ships' contract value; metric the ships (written), the order (수주 carried), or empty (따냈다 names nothing)? (README question 5)"))
d.Q("187척", 187, "척", "척", C, f=("수주 잔고", None, HS, "2025-11", "level", "required", "11월 말 기준"))
d.Q("412억 달러", 41200000000, U, "달러", "currency", f=("수주 잔고", None, HS, "2025-11", "level"))
d.Q("3년", 3, "year", "년", "duration", approx=True, note="약 3년 치 일감: 치 outside, approx; a duration, no fact")
d.Q("43척", 43, "척", "척", C, f=("수주", "달러를 수주해", SH, Y, "level", "required", "no counted noun: the verbal noun of 수주해; the rival's own clause and 올해"))
d.Q("71억 달러", 7100000000, U, "달러", "currency", f=("수주", "달러를 수주해", SH, Y, "level"))
d.Q("98억 달러", 9800000000, U, "달러", "currency", f=("목표", "목표(98억", SH, Y, "level", "required", "a figure alone in brackets after a noun is that noun's"))
d.Q("72.4%", 72.4, "%", "%", P, f=("목표", "목표(98억", SH, Y, "level", "required", "X의 N% → X"))
PA = "parallel to the sentence before (N척, N달러): the measure it names (수주); the rival's own topic; the paragraph's 올해"
d.Q("38척", 38, "척", "척", C, f=("수주", "달러를 수주해", HW, Y, "level", "required", PA))
d.Q("66억 달러", 6600000000, U, "달러", "currency", f=("수주", "달러를 수주해", HW, Y, "level", "required", PA))
d.Q("101.5%", 101.5, "%", "%", P, f=("달성률", None, HW, Y, "level"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1,200명", 1200, "명", "명", C, f=("생산직", None, HS, N, "level", "required", "회사는 = the story's company; 내년"))
d.Q("1곳", 1, "곳", "곳", C, f=("도크", None, HS, N, "level"))
d.Q("2,300억 원", 230000000000, W, "원", "currency",
    f=("투자", "투자한다", HS, N, "level", "required", "…하는 데 N원을 투자한다: the verbal noun; 내년 of the sentence"))
d.Q("105억 달러", 10500000000, U, "달러", "currency", f=("수주 목표", None, HS, N, "level", "required", "the president's target for the company; 내년 in the clause"))

# ---------------------------------------------------------------- 006 welfare foundation's year-end fundraising (`입력` stamp + outlet byline line)
d = Doc("006_e34002cee288e15b", "2026-01-05"); docs.append(d)
HN = "한누리복지재단"
d.Oall(HN, HN, special={0: ("required", "headline topic")})
d.O("세계일보", "세계일보", note="outlet in the byline line")
for name, note in (("삼성전자", "named corporate donor"), ("현대자동차그룹", "named corporate donor in a list"),
                   ("SK하이닉스", "named corporate donor in a list"), ("포스코", "named corporate donor in a list"),
                   ("세원정밀", "invented mid-sized company; 안산의 (place) outside"), ("대명푸드", "invented food company introduced by 식품업체"),
                   ("서울시", "a city acting as a government (협약)")):
    d.O(name, name, note=note)
CP = "2025-12-01/2025-12-31"
d.D("연말", "2025", "year", ctx="연말 모금 312억", mod="END", rel=True, note="the latest year-end on or before the document date (5 January)")
d.D("2026.01.05", "2026-01-05", "day", st="optional", note="publication stamp (its clock time not labelled)")
d.D("지난해 12월 1일", "2025-12-01", "day", rel=True, note="지난해 before a month: one mention; A부터 B까지 = two mentions")
d.D("31일", "2025-12-31", "day", rel=True, note="a bare day ending a range takes its missing parts from the range's start")
d.D("연말", "2025", "year", ctx="연말 모금에서", mod="END", rel=True)
d.D("5일", "2026-01-05", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-12-01", note="points back (the campaign's year before)")
d.D("다음 달 말", "2026-02", "month", mod="END", rel=True, note="future clause (…까지 전달한다): the next month's end")
d.D("올해", "2026", "year", rel=True)
d.Q("312억", 31200000000, W, "", "currency", ctx="312억…", st="optional", note="headline amount, currency implied",
    f=("모금", "연말 모금 312억", HN, "2025", "level"))
d.Q("8%", 8, "%", "%", P, ctx="8% 초과",
    note="목표 8% 초과 = the target exceeded by 8%: 초과 names the excess over the target here, not a bound on the figure (bound left empty)",
    f=("목표", "목표 8%", HN, "2025", "change", "optional",
       "a difference against a target, not over time: change (written) or level? (README question 6); the headline's 연말"))
ST = "the campaign's named days (지난해 12월 1일부터 31일까지: two DATE mentions) give its period as a range"
d.Q("312억 4,000만 원", 31240000000, W, "원", "currency", f=("모금", "연말 모금에서", HN, CP, "level", "required", "모금 (the verbal noun of the campaign; 모았다 is a plain verb); " + ST))
d.Q("289억 원", 28900000000, W, "원", "currency", f=("목표액", None, HN, CP, "level", "required", "a figure alone in brackets after a noun is that noun's"))
d.Q("108.1%", 108.1, "%", "%", P, f=("목표액", None, HN, CP, "level", "required", "X의 N% → X"))
d.Q("276억 원", 27600000000, W, "원", "currency",
    f=("모금", "연말 모금에서", HN, "2024", "level", "required", "a figure alone in brackets after 전년: the previous year's amount, dated by that (optional) DATE's value"))
d.Q("13.2%", 13.2, "%", "%", P, f=("모금", "연말 모금에서", HN, CP, "change", "required", "전년보다: basis; the current period"))
AG = ("an aggregate of donors (companies or individuals taken together, not all named): empty subject by the letter (written), "
      "or the foundation's campaign statistic? (README question 7); the campaign's period carried")
d.Q("58%", 58, "%", "%", P, f=("기업 기부", None, "", CP, "level", "optional", "`전체의 N%` (README question 1); " + AG))
d.Q("181억 원", 18100000000, W, "원", "currency", f=("기업 기부", None, "", CP, "level", "optional", AG))
DN = "a named donor's gift: the donor is the subject (the guideline's foundations that donated); the measure of the sentence before (기업 기부); the campaign's period"
d.Q("50억 원", 5000000000, W, "원", "currency", f=("기업 기부", None, "삼성전자", CP, "level", "required", DN))
d.Q("30억 원", 3000000000, W, "원", "currency", f=("기업 기부", None, "현대자동차그룹", CP, "level", "required", DN))
d.Q("20억 원", 2000000000, W, "원", "currency", ctx="하이닉스 20억 원", f=("기업 기부", None, "SK하이닉스", CP, "level", "required", DN))
d.Q("15억 원", 1500000000, W, "원", "currency", f=("기업 기부", None, "포스코", CP, "level", "required", DN))
d.Q("3억 원", 300000000, W, "원", "currency", ctx="3억 원을,",
    f=("기탁", "기탁했다", "세원정밀", CP, "level", "required", "the donor's own clause; 기탁 the verbal noun shared by the two clauses"))
d.Q("2억 5,000만 원", 250000000, W, "원", "currency", approx=True, note="상당 (worth) after the unit stays outside and sets approx, like 달러치",
    f=("식료품", None, "대명푸드", CP, "level", "required", "X 상당의 Y → Y (like `X 규모의 Y`); the donor's clause"))
d.Q("4만 2,000여 명", 42000, "명", "명", C, approx=True, note="여 between number and counter: inside the span, approx",
    f=("개인 기부자", None, "", CP, "level", "optional", AG))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("18만 원", 180000, W, "원", "currency", f=("평균 기부액", None, "", CP, "level", "optional", AG))
d.Q("1억 원", 100000000, W, "원", "currency", ctx="1억 원 이상", bound="min", note="이상 → min; a definitional threshold (1억 원 이상을 낸 고액 기부자)",
    f=("고액 기부자", None, "", CP, "level", "optional", "definitional: part of the metric of 11명, no fact of its own (neutralised)"))
d.Q("11명", 11, "명", "명", C, f=("고액 기부자", None, "", CP, "level", "optional", AG))
d.Q("1만 8,500가구", 18500, "가구", "가구", C,
    f=("저소득", None, HN, CP, "level", "required",
       "the counter is the counted noun (가구); the noun right before it names the kind (저소득 가구); the fund's use: the foundation's; the campaign's period carried (no date of its own)"))
d.Q("120만 원", 1200000, W, "원", "currency", f=("지원액", None, HN, CP, "level", "required", "가구당 (no number) is a rate word; 평균 outside"))
d.Q("6,200가구", 6200, "가구", "가구", C,
    f=("홀몸노인", None, HN, "2026-02", "level", "required", "재단은 = the foundation; 다음 달 말까지 in its clause (value 2026-02, END)"))
d.Q("25개", 25, "개", "개", C,
    f=("자치구", None, "서울시", "", "level", "optional",
       "the districts through which the foundation selects: a count of Seoul's districts (서울시, written), of no ORG, or the foundation's? no date"))
d.Q("320억 원", 32000000000, W, "원", "currency", f=("모금 목표", None, HN, "2026", "level", "required", "the chair's target for the foundation; 올해는 in the clause"))

if __name__ == "__main__":
    write_all(docs)
