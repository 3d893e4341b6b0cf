"""Gold labels of articles-holdout56, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout56/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 cosmetics maker's Q3 slump, holding company ([머니투데이] bracket byline)
d = Doc("001_36cd132f289afae6", "2025-11-06"); docs.append(d)
SE, SH = "세온코스메틱", "세온홀딩스"
d.Oall(SE, SE, special={0: ("required", "headline topic with a comma; 中 (China) is a place, not ORG")})
d.Oall(SH, SH, special={0: ("required", "the holding company (지주회사), parent of 세온코스메틱")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline (brackets outside the span)")
d.O("롯데면세점", "롯데면세점", note="a customer channel (거래처), not the subject of any figure")
d.O("신라면세점", "신라면세점", note="listed with 롯데면세점")
d.O("아마존", "아마존", note="platform where the products sell (판매 호조): a cause, not the subject")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="부진에 3분기", rel=True, note="headline: latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="a year and a quarter: one mention")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): the comparison's basis, still a DATE")
d.D("3분기", Q3, "quarter", ctx="3분기 연결", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 18.3%", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("6일", "2025-11-06", "day", rel=True, note="day of the disclosure (공시했다): not a fact period")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(6.9%)", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="month without a year: the latest September on or before the document date")
d.D("3분기", Q3, "quarter", ctx="3분기 매출 4,105억", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (나아질 것): the next Q4, this year's")
d.Q("18%", 18, "%", "%", P, ctx="18% 뚝", f=("매출", "3분기 매출 18%", SE, Q3, "change", "required", "headline topic with a comma; 뚝 = a drop"))
d.Q("4%", 4, "%", "%", P, ctx="4%대로", approx=True, note="대 after the unit (like 원대) stays outside and sets approx",
    f=("영업이익률", "영업이익률 4%", SE, Q3, "level", "required", "headline: the period of the headline's 3분기"))
d.Q("18%", 18, "%", "%", P, ctx="18% 넘게", bound="gt", note="넘게 → gt",
    f=("매출", "3분기 매출이", SE, Q3, "change", "required", "1년 전보다 = basis; 2025년 3분기 in the sentence"))
d.Q("3,412억 원", 341200000000, W, "원", "currency", f=("매출", "매출이 3,412억", SE, Q3, "level", "required", "연결 기준 stays outside the metric"))
d.Q("18.3%", 18.3, "%", "%", P, f=("매출", "매출이 3,412억", SE, Q3, "change", "required", "전년 동기보다 = basis"))
d.Q("152억 원", 15200000000, W, "원", "currency", f=("영업이익", "영업이익은 152억", SE, Q3, "level"))
d.Q("41.7%", 41.7, "%", "%", P, f=("영업이익", "영업이익은 152억", SE, Q3, "change"))
d.Q("4.5%", 4.5, "%", "%", P, f=("영업이익률", "영업이익률은 4.5%", SE, Q3, "level"))
d.Q("6.9%", 6.9, "%", "%", P,
    f=("영업이익률", "영업이익률은 4.5%", SE, "2024-Q3", "level", "required",
       "a basis figure in brackets after 전년 동기: that DATE (optional mention) attaches to it, 2024-Q3"))
d.Q("2.4%포인트", 2.4, PP, "%포인트", P, f=("영업이익률", "영업이익률은 4.5%", SE, Q3, "change", "required", "낮아졌다: a change; the current period"))
d.Q("620억 원", 62000000000, W, "원", "currency", f=("면세 매출", None, SE, Q3, "level", "required", "breakdown (채널별로는) item with its own measure noun; the company and the quarter carried"))
d.Q("34%", 34, "%", "%", P, f=("면세 매출", None, SE, Q3, "change"))
d.Q("488억 원", 48800000000, W, "원", "currency",
    f=("중국 법인 매출", None, SE, Q3, "level", "required", "중국 법인 is an unnamed subsidiary (no ORG): the company carried"))
d.Q("27.5%", 27.5, "%", "%", P, f=("중국 법인 매출", None, SE, Q3, "change"))
d.Q("112곳", 112, "곳", "곳", C, f=("중국 매장 수", None, SE, "2024", "level", "required", "A에서 B로 with a date on each: 지난해 말 (2024, END) dates the old level"))
d.Q("74곳", 74, "곳", "곳", C, f=("중국 매장 수", None, SE, "2025-09", "level", "required", "9월 말 (2025-09, END) dates the new level"))
d.Q("395억 원", 39500000000, W, "원", "currency", f=("북미 매출", None, SE, Q3, "level", "required", "아마존 is the channel of the cause clause, not the subject"))
d.Q("52%", 52, "%", "%", P, f=("북미 매출", None, SE, Q3, "change"))
d.Q("31%", 31, "%", "%", P, f=("비중", None, SE, Q3, "level", "required", "a share named by 비중 (북미's share of 해외 매출)"))
d.Q("4,105억 원", 410500000000, W, "원", "currency", f=("매출", "3분기 매출 4,105억", SH, Q3, "level", "required", "the holding company is the topic (세온홀딩스도)"))
d.Q("98억 원", 9800000000, W, "원", "currency", f=("영업이익", "영업이익 98억", SH, Q3, "level"))
d.Q("15.2%", 15.2, "%", "%", P, f=("매출", "3분기 매출 4,105억", SH, Q3, "change", "required", "각각: the first figure's metric"))
d.Q("46%", 46, "%", "%", P, f=("영업이익", "영업이익 98억", SH, Q3, "change", "required", "각각: the second figure's metric"))
d.Q("52.3%", 52.3, "%", "%", P,
    f=("지분", None, SH, Q3, "level", "optional",
       "a present stake (보유하고 있다), no date of its own: by the letter of carry-forward the holding's 3분기 (written), but a stake is not a quarter's figure (README question 2)"))
d.Q("1,200곳", 1200, "곳", "곳", C,
    f=("미국 입점 매장", None, SE, "2025-Q4", "level", "required",
       "회사 관계자 speaks for the story's company (the headline's and lead's 세온코스메틱, whose business the quote is about); 4분기에는 in the clause"))

# ---------------------------------------------------------------- 002 province's job-creation results (뉴시스 dateline, no year anywhere)
d = Doc("002_f93222642bbad5b0", "2026-01-14"); docs.append(d)
CB = "충북도"
d.Oall(CB, CB, special={0: ("required", "a province acting as a government; headline topic with a comma")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
DO = "bare 도 (the province) pointing back to 충북도: an unnamed institution noun, optional"
d.O("도", CB, ctx="도에 따르면", st="optional", note=DO)
d.O("도", CB, ctx="도는 중소기업", st="optional", note=DO)
d.O("도", CB, ctx="\n도 관계자", st="optional", note=DO)
d.O("SK하이닉스", "SK하이닉스", note="청주 (place) and M15X (a plant's code) outside")
d.O("에코프로비엠", "에코프로비엠", note="오창 (place) outside")
d.O("충북일자리진흥원", "충북일자리진흥원", note="invented agency, intermediary (을 통해)")
d.O("청주고용노동지청", "청주고용노동지청", note="a ministry's branch office, before 관계자")
Y = "2025"
d.D("지난해", Y, "year", ctx="충북도, 지난해", rel=True)
d.D("지난해", Y, "year", ctx="충북도는 지난해", rel=True)
d.D("14일", "2026-01-14", "day", rel=True, note="day of the report (밝혔다)")
d.D("지난해", Y, "year", ctx="따르면 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("작년 한 해", Y, "year", rel=True, note="like 올 한해 (a DATE in the guideline): one mention, the whole of last year")
d.D("올해", "2026", "year", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (투입하겠다): the next first half, this year's")
d.Q("4만2천개", 42000, "개", "개", C,
    f=("일자리", "일자리 4만2천개", CB, Y, "level", "required", "headline topic with a comma; 창출 of jobs: the counted noun"))
d.Q("71.3%", 71.3, "%", "%", P, ctx="71.3% '",
    f=("고용률", "고용률 71.3% '", "", Y, "level", "optional",
       "headline figure after the ellipsis: the region's statistic (empty, as in the body) or the headline topic 충북도's? (README question 1)"))
d.Q("4만 2,180개", 42180, "개", "개", C, f=("일자리", "새 일자리 4만", CB, Y, "level", "required", "jobs the government says it made (만들어): its figure"))
d.Q("3만 8,000개", 38000, "개", "개", C, f=("목표", None, CB, Y, "level", "required", "a figure alone in brackets right after a noun measures that noun"))
d.Q("111%", 111, "%", "%", P, f=("목표", None, CB, Y, "level", "required", "X의 N%를 달성: the attainment of X; metric X"))
RS = "a region's statistic cited from the province (도에 따르면): a figure of a place, not of the government body: empty subject (README question 1)"
d.Q("15~64세", 15, "세", "세", C, hi=64, st="optional", note="a definitional age range: part of the metric, no fact (FACTS); optional so that it needs no fact row")
d.Q("71.3%", 71.3, "%", "%", P, ctx="71.3%로", f=("15~64세 고용률", None, "", Y, "level", "required", RS))
d.Q("1.2%포인트", 1.2, PP, "%포인트", P, f=("15~64세 고용률", None, "", Y, "change", "required", "전년보다 = basis; " + RS))
d.Q("69.8%", 69.8, "%", "%", P, f=("전국 평균", None, "", Y, "level", "required", "a figure alone in brackets after a noun; a national figure: no subject; the year carried"))
d.Q("1.5%포인트", 1.5, PP, "%포인트", P,
    f=("15~64세 고용률", None, "", Y, "change", "required", "a difference (…보다 … 높은): change; the subject-less sentence continues the rate; " + RS))
d.Q("15~29세", 15, "세", "세", C, hi=29, st="optional", note="a definitional age range in brackets: part of the metric, no fact; optional")
d.Q("17만 3,400명", 173400, "명", "명", C, f=("청년(15~29세) 취업자", None, "", Y, "level", "required", RS))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): a duration like 간/동안, no fact")
d.Q("4,100명", 4100, "명", "명", C, f=("청년(15~29세) 취업자", None, "", Y, "change", "required", RS))
BR = ("breakdown (분야별로는) of the jobs the province made: the item keeps the total's counted noun (일자리, the nearest mention), "
      "subject and period")
d.Q("1만 5,600개", 15600, "개", "개", C, f=("일자리", None, CB, Y, "level", "required", BR))
d.Q("6,240개", 6240, "개", "개", C, f=("일자리", None, CB, Y, "level", "required", BR))
d.Q("1만 1,900개", 11900, "개", "개", C, f=("공공 일자리", None, CB, Y, "level", "required", BR + "; its own noun phrase 공공 일자리"))
d.Q("3,800명", 3800, "명", "명", C,
    f=("채용", None, "SK하이닉스;에코프로비엠", Y, "level", "optional",
       "hired through the two companies' plant expansions (passive 채용됐다): the companies' figure (written) or the province's carried from the paragraph? (README question 3)"))
d.Q("1,250명", 1250, "명", "명", C, f=("전환", None, CB, Y, "level", "required", "도는 (the province) topic; the verbal noun of 정규직으로 전환시켰고; 지난해 carried"))
d.Q("8,300명", 8300, "명", "명", C,
    f=("구직자", None, CB, Y, "level", "required", "the agency is the means (을 통해), the province the subject of 제공했다; the counted noun"))
d.Q("9,000명", 9000, "명", "명", C,
    f=("제조업 취업자", None, "", Y, "change", "required", "an industry's figure in a branch office's quote: no subject; 작년 한 해 in the clause; 늘어난: change"))
d.Q("4만 5,000개", 45000, "개", "개", C,
    f=("일자리", "일자리 4만 5,000개", CB, "2026", "level", "required", "a target in the province official's quote (도 관계자 speaks for the province); 올해는"))
d.Q("50%", 50, "%", "%", P, bound="min", note="이상 → min",
    f=("청년 고용률", None, "", "2026", "level", "required", "a target for the region's rate: a figure of a place, no subject (as the body's rates); 올해 of the sentence"))
d.Q("1,870억 원", 187000000000, W, "원", "currency", f=("일자리 예산", None, CB, "2026", "level", "required", "the government body's budget; 올해 carried in the quote"))
d.Q("60%", 60, "%", "%", P, f=("일자리 예산", None, CB, "2026-H1", "level", "required", "X의 N%: metric X; 상반기에 in its clause"))

# ---------------------------------------------------------------- 003 cinema chain's first-half audience (뉴스1 dateline, 2025년 상반기 in the lead)
d = Doc("003_3d4d6d14e38a0d56", "2025-07-02"); docs.append(d)
MB, HB = "메가박스", "한빛픽처스"
d.Oall(MB, MB, special={0: ("required", "headline topic with a comma")})
d.Oall(HB, HB, special={0: ("required", "invented distributor introduced by 배급사")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit)")
d.O("영화진흥위원회", "영화진흥위원회",
    note="the source cited (…통합전산망에 따르면): read as the owner of the network (its genitive), not as a modifier inside a name (README question 6)")
d.O("CJ CGV", "CJ CGV", note="rival chain; CJ is part of the company's name")
d.O("롯데컬처웍스", "롯데컬처웍스", note="the operator (운영하는) of 롯데시네마: its parent")
d.O("롯데시네마", "롯데시네마", note="a chain run as a brand of 롯데컬처웍스, named as the company whose audience it is")
H1, R = "2025-H1", "2025-01/2025-06"
d.D("상반기", H1, "half", ctx="메가박스, 상반기", rel=True, note="headline: latest first half on or before the document date")
d.D("2025년 상반기", H1, "half", note="a year and a half: one mention")
d.D("2일", "2025-07-02", "day", rel=True, note="day of the statistic's reading (에 따르면): not a fact period")
d.D("1~6월", R, "month", rel=True, note="range of months")
d.D("전년 동기", "2024-01/2024-06", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~6월")
d.D("같은 기간", R, "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~6월")
d.D("지난 3월", "2025-03", "month", rel=True, note="the film's release (relative clause)")
d.D("상반기", H1, "half", ctx="의 상반기", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause (열어 … 달성하겠다): this year's second half")
d.Q("1120만명", 11200000, "명", "명", C, f=("관객", "상반기 관객 1120만명", MB, H1, "level", "required", "headline topic with a comma; 상반기 of the headline"))
d.Q("22%", 22, "%", "%", P, f=("점유율", "점유율 22%", MB, H1, "level", "required", "headline after the ellipsis: the headline's organization and date carried"))
d.Q("1,120만 명", 11200000, "명", "명", C, ctx="관객 1,120만 명을", f=("관객", "상반기 관객 1,120만 명을", MB, H1, "level"))
d.Q("1,120만 명", 11200000, "명", "명", C, ctx="1,120만 명으로", f=("관객 수", None, MB, R, "level", "required", "genitive owner (메가박스의); 1~6월 in the clause"))
d.Q("6.4%", 6.4, "%", "%", P, f=("관객 수", None, MB, R, "change", "required", "전년 동기보다 = basis"))
d.Q("5,030만 명", 50300000, "명", "명", C,
    f=("전국 극장 관객", None, "", R, "level", "required", "a market's figure: no subject; 같은 기간 (an optional DATE pointing back) = 1~6월"))
d.Q("3.8%", 3.8, "%", "%", P, f=("전국 극장 관객", None, "", R, "change", "required", "a market's figure: no subject"))
d.Q("22.3%", 22.3, "%", "%", P, f=("관객 점유율", None, MB, R, "level", "required", "genitive owner; the sentence's period"))
d.Q("2.1%포인트", 2.1, PP, "%포인트", P, f=("관객 점유율", None, MB, R, "change"))
d.Q("1,146억 원", 114600000000, W, "원", "currency",
    f=("매출", None, MB, R, "level", "required", "a sentence with the metric as topic continues about 메가박스: its subject and its last period (1~6월) carried"))
d.Q("9%", 9, "%", "%", P, ctx="9% 증가", f=("매출", None, MB, R, "change"))
d.Q("1인", 1, "인", "인", C, st="optional", note="the dummy 1 of a rate denominator (1인당): optional")
d.Q("1만 230원", 10230, W, "원", "currency", f=("평균 관람료", None, MB, R, "level", "required", "1인당 is the rate word; subject and period carried"))
d.Q("612만 명", 6120000, "명", "명", C,
    f=("누적 관객", None, "", "2025-03", "level", "optional",
       "a film's figure (a product): no subject; 지난 3월 dates the release in the relative clause: the figure's period by the letter (clause first, written) or none (cumulative to date)? (README question 4)"))
d.Q("41%", 41, "%", "%", P,
    f=("누적 관객", None, MB, "2025-03", "level", "optional",
       "part opener 이 가운데: the figure before's measure; the share of the film's audience seen at 메가박스: 메가박스's figure (written) or the film's (no subject)? period as the figure before (README question 4)"))
d.Q("380억 원", 38000000000, W, "원", "currency",
    f=("배급 매출", None, HB, H1, "level", "optional",
       "the distributor's own figure (its topic); no date of its own and none set for it: the lead's story period 상반기 (written), the film's 지난 3월, or empty? (README question 4)"))
d.Q("2,210만 명", 22100000, "명", "명", C, f=("국내 관객", None, "CJ CGV", H1, "level", "required", "genitive owner; 상반기 in the clause"))
d.Q("11.2%", 11.2, "%", "%", P, f=("국내 관객", None, "CJ CGV", H1, "change"))
d.Q("1,380만 명", 13800000, "명", "명", C,
    f=("국내 관객", None, "롯데시네마", H1, "level", "required",
       "the chain is its clause's topic (롯데컬처웍스 only runs it, in a relative clause); a parallel clause keeps the figure before's measure; 상반기 of the sentence"))
d.Q("7%", 7, "%", "%", P, f=("국내 관객", None, "롯데시네마", H1, "change"))
d.Q("43.9%", 43.9, "%", "%", P, f=("점유율", "점유율은 각각", "CJ CGV", H1, "level", "required", "각각 in the order of the sentence before"))
d.Q("27.4%", 27.4, "%", "%", P, f=("점유율", "점유율은 각각", "롯데시네마", H1, "level", "required", "각각: the second chain"))
d.Q("30곳", 30, "곳", "곳", C, f=("특별관", None, MB, "2025-H2", "level", "required", "메가박스 관계자 speaks for the company; 하반기에 in the clause"))
d.Q("2,400만 명", 24000000, "명", "명", C,
    f=("연간 관객", None, MB, "", "level", "optional",
       "a full-year target: 연간 is no DATE, the sentence's 하반기 dates the openings; empty (written), 2025-H2 by the letter (sentence), or the carried 1~6월? (README question 5)"))

# ---------------------------------------------------------------- 004 nuclear plant export contract, consortium (연합뉴스 dateline, no present year written)
d = Doc("004_b4ea4d2aab9068aa", "2026-02-10"); docs.append(d)
KH = "한국수력원자력"
d.Oall("한수원", KH, special={0: ("required", "short form of 한국수력원자력 (full name in the lead); 컨소시엄 after it is not part of a name")})
d.O(KH, KH, note="leader of the consortium (이끄는)")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("산업통상자원부", "산업통상자원부", note="a ministry, co-signer")
d.O("GEN에너지", "GEN에너지", aliases="GEN energija", note="the foreign utility (국영 전력회사); the parenthesized original name is an alias")
d.O("두산에너빌리티", "두산에너빌리티")
d.O("현대건설", "현대건설")
d.O("대우건설", "대우건설")
d.O("산업부", "산업통상자원부", note="short form of 산업통상자원부")
d.D("9일", "2026-02-09", "day", rel=True, note="day the contract was signed (체결했다), local time in brackets outside")
d.D("10일", "2026-02-10", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("2009년", "2009", "year")
d.D("2035년 하반기", "2035-H2", "half", note="a year and a half: one mention; a target date")
d.D("지난해", "2025", "year", rel=True)
d.D("2030년", "2030", "year", note="2030년까지 (까지 outside)")
CN = ("the consortium ('팀코리아', a quoted ad-hoc label, no ORG) wins the contract: a figure of several organizations taken "
      "together whose members the text does not name in full (the four shares named sum to 22조 1,300억 of 24조 3,000억): empty subject")
d.Q("2기", 2, "기", "기", C, ctx="원전 2기 수주", f=("원전", "슬로베니아 원전 2기 수주", "", "", "level", "required", CN + "; nothing dated before the headline: no period"))
d.Q("24조원", 24000000000000, W, "원", "currency", f=("계약", "계약 규모 24조원", "", "", "level", "required", "X 규모 → X (계약); " + CN))
d.Q("1,100㎿", 1100, "MW", "㎿", M, approx=True, note="급 after the unit (a size class) stays outside and sets approx, like 원대 (README question 7)",
    f=("원전", "㎿급 원전", "", "", "level", "optional", "a plant's capacity class: no measure noun; the plants (원전) it sizes, or no metric? a product's figure, no subject"))
d.Q("2기", 2, "기", "기", C, ctx="원전 2기를", f=("원전", "㎿급 원전", "", "", "level", "required", "the counted noun before the counter; " + CN + "; no DATE before it"))
d.Q("24조 원", 24000000000000, W, "원", "currency", ctx="24조 원 규모", f=("계약", "규모의 계약", "", "", "level", "required", "X 규모의 Y → Y; " + CN))
CP = ("총 계약 규모 → 계약; " + CN + "; period: the signing day 9일 of the sentence before (an event, not the announcement), carried for "
      "the same contract (written), or none (a contract's size is no period's figure)? (README question 8)")
d.Q("24조 3,000억 원", 24300000000000, W, "원", "currency", f=("계약", "총 계약 규모", "", "2026-02-09", "level", "optional", CP))
d.Q("155억 유로", 15500000000, "EUR", "유로", "currency", approx=True, eq=("24조 3,000억 원",), note="약 inside the brackets: approx; converts the 원 amount",
    f=("계약", "총 계약 규모", "", "2026-02-09", "level", "optional", "a conversion: same slots as the amount it converts; " + CP))
d.Q("20조 원", 20000000000000, W, "원", "currency", approx=True, note="약 → approx",
    f=("바라카 원전", None, "", "2009", "level", "required", "a figure alone in brackets after a noun measures that noun; a plant (no ORG), a country (UAE): no subject; 2009년 before it"))
d.Q("38%", 38, "%", "%", P,
    f=("전체", None, KH, "", "level", "optional",
       "전체의 38%: X의 N% gives 전체, which names only the whole (the contract); metric 전체 (written) or 계약? (README question 9)"))
d.Q("9조 2,300억 원", 9230000000000, W, "원", "currency",
    f=("", None, KH, "", "level", "optional",
       "가져간다 is a plain verb and no noun names the amount: empty metric (written), or the whole's 계약? period: none, or the signing 9일 last set for 한수원 (letter of carry-forward)? (README question 9)"))
SH = "the named member's order (수주했다: the verbal noun, shared by the coordinated clauses); no DATE set for these companies: empty period"
d.Q("5조 1,000억 원", 5100000000000, W, "원", "currency", f=("수주", None, "두산에너빌리티", "", "level", "required", SH))
d.Q("4조 2,000억 원", 4200000000000, W, "원", "currency", f=("수주", None, "현대건설", "", "level", "required", "각각: the first of the pair; " + SH))
d.Q("3조 6,000억 원", 3600000000000, W, "원", "currency", f=("수주", None, "대우건설", "", "level", "required", "각각: the second of the pair; " + SH))
d.Q("96~108개월", 96, "month", "개월", "duration", hi=108, note="a range of durations (공사 기간): duration, no fact")
d.Q("12조 8,000억 원", 12800000000000, W, "원", "currency", f=("매출", None, KH, "2025", "level"))
d.Q("3%", 3, "%", "%", P, f=("해외 사업 비중", None, KH, "2025", "level", "required", "지난해 of the sentence; 그쳤으나: a level"))
d.Q("10%", 10, "%", "%", P, approx=True, note="수준 after the amount read as an approximator (like 정도) (README question 7)",
    f=("해외 사업 비중", None, KH, "2030", "level", "required", "이를 = 해외 사업 비중; 2030년까지 in the clause; a target level"))
OL = "the ministry's outlook (내다봤다): the ministry is the source; the firms and jobs are not one ORG's; 연간 is no DATE and nothing earlier dates an outlook: empty"
d.Q("460여 곳", 460, "곳", "곳", C, approx=True, note="여 between number and counter: inside, approx", f=("국내 협력업체", None, "", "", "level", "required", OL))
d.Q("1만 2,000명", 12000, "명", "명", C, f=("일자리", None, "", "", "level", "required", "1만 2,000명의 일자리: the noun after 의; " + OL))

# ---------------------------------------------------------------- 005 delivery app's riders and commissions, a union, a ministry (byline at the end, no year anywhere)
d = Doc("005_159535768453770e", "2025-09-14"); docs.append(d)
BM, WH, UN = "배달의민족", "우아한형제들", "전국배달라이더노동조합"
d.O("배민", BM, note="short form of 배달의민족 (named in full in the body)")
d.Oall(BM, BM, special={0: ("required", "a delivery platform run as a business (like 타오바오), though the text calls it an app (README question 10)")})
d.Oall(WH, WH, special={0: ("required", "the operator (운영사) of 배달의민족; here the source (에 따르면)")})
d.O("쿠팡이츠", "쿠팡이츠", note="rival delivery platform")
d.O(UN, UN, note="invented riders' union")
NJ = "bare 노조 pointing back to the union named in full: a common noun (노동조합), optional"
d.O("노조", UN, ctx="인상에 노조", st="optional", note=NJ + "; in the headline before the union is named")
d.O("노조", UN, ctx="노조에 따르면", st="optional", note=NJ)
d.O("노조", UN, ctx="노조가 참여", st="optional", note=NJ)
d.O("고용노동부", "고용노동부")
d.O("상생협의체", "상생협의체", st="optional", note="a council the ministry will form, named only by a generic noun: an institution or a description?")
d.O("한빛경제신문", "한빛경제신문", note="invented outlet in the byline line at the end")
d.D("14일", "2025-09-14", "day", rel=True, note="day of the source's figures (에 따르면): not a fact period")
d.D("지난달 말", "2025-08", "month", mod="END", rel=True, note="as of (기준)")
d.D("1년 전", "2024", "year", rel=True, note="offset (N년 전 → that year): the comparison's basis, still a DATE")
d.D("지난 상반기", "2025-H1", "half", rel=True)
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("같은 기간", "2025-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("다음 달 1일", "2025-10-01", "day", rel=True, note="다음 달 + a day: one mention (like 내년 1월 1일); future clause")
d.D("이달", "2025-09", "month", rel=True, note="이달 안에 (안에 outside)")
d.Q("30만명", 300000, "명", "명", C, bound="gt", note="넘었지만 → gt",
    f=("라이더", "배민 라이더", BM, "", "level", "required", "headline: the platform's riders (배민 라이더); no DATE in or before the headline: empty"))
d.Q("9.8%", 9.8, "%", "%", P, ctx="9.8%로 인상",
    f=("수수료율", "수수료율 9.8%", BM, "", "level", "optional",
       "headline after the ellipsis: the headline's 배민 carried (written) or the body's operator 우아한형제들 who raises it? no DATE before it (README question 10)"))
d.Q("30만 명", 300000, "명", "명", C, bound="gt", note="넘어섰다 → gt",
    f=("라이더", "등록된 라이더", BM, "", "level", "required", "riders registered on the platform (배달의민족에 등록된); nothing dated before it: empty"))
d.Q("30만 4,000명", 304000, "명", "명", C,
    f=("등록 라이더", None, BM, "2025-08", "level", "required",
       "the platform named in the noun phrase (배달의민족 등록 라이더) owns the figure; the operator is the source (에 따르면); 지난달 말 기준 (END)"))
d.Q("4만 2,000명", 42000, "명", "명", C, f=("등록 라이더", None, BM, "2025-08", "change", "required", "1년 전보다 = basis"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 1건", st="optional", note="native day word as a rate word (하루 1건): optional")
d.Q("1건", 1, "건", "건", C, bound="min", st="optional", note="이상 → min; a definitional threshold inside the noun phrase (하루 1건 이상 배달하는 활동 라이더): part of the metric, no fact; optional")
d.Q("11만 8,000명", 118000, "명", "명", C, f=("활동 라이더", None, BM, "2025-08", "level", "required", "part opener 이 가운데: subject and period carried"))
d.Q("6억 3,000만 건", 630000000, "건", "건", C, f=("주문 건수", None, BM, "2025-H1", "level", "required", "genitive owner; 지난 상반기"))
d.Q("8.5%", 8.5, "%", "%", P, f=("주문 건수", None, BM, "2025-H1", "change", "required", "전년 동기 대비 = basis"))
d.Q("4억 1,000만 건", 410000000, "건", "건", C,
    f=("주문 건수", None, "쿠팡이츠", "2025-H1", "level", "required", "its own topic; the figure before's measure; 같은 기간 (optional DATE) = 상반기"))
d.Q("27%", 27, "%", "%", P, f=("주문 건수", None, "쿠팡이츠", "2025-H1", "change"))
FEE = "the operator is the subject of 올린다 (its fee on its platform); 다음 달 1일부터 in the clause"
d.Q("6.8%", 6.8, "%", "%", P, ctx="6.8%에서",
    f=("중개 수수료율", None, WH, "", "level", "optional",
       "A에서 B로 after a dated clause: the old rate is the current one (no DATE of its own, written empty), or the clause's 다음 달 1일 by the letter? (README question 11)"))
d.Q("9.8%", 9.8, "%", "%", P, ctx="9.8%로 3%", f=("중개 수수료율", None, WH, "2025-10-01", "level", "required", FEE))
d.Q("3%포인트", 3, PP, "%포인트", P, f=("중개 수수료율", None, WH, "2025-10-01", "change", "required", FEE + "; 올린다: a change"))
d.Q("40%", 40, "%", "%", P, st="optional", note="a definitional threshold (매출 하위 40% 업주: which owners): part of the noun phrase, no fact; optional")
d.Q("2.0~6.8%", "2.0", "%", "%", P, hi="6.8",
    f=("차등 수수료율", None, WH, "2025-10-01", "level", "required", "a range: one mention; 대신 continues the operator's plan of the sentence before: its subject and date carried"))
d.Q("3년째", 3, "년", "년", "ordinal", note="째: an ordinal marker (the third year): ordinal, no fact")
UQ = ("a fee named in the union's statement (the platforms' pay to riders): whose figure — empty (no ORG named in the clause, written), "
      "배달의민족 (the story's platform) or the union's claim? (README question 12)")
d.Q("3,000원", 3000, W, "원", "currency", f=("기본 배달료", None, "", "", "level", "optional", UQ + "; 3년째 is an ordinal, no DATE"))
d.Q("4,500원", 4500, W, "원", "currency", bound="min", note="최소 before the amount → min",
    f=("건당 배달료", None, "", "", "level", "optional", "a demanded level (올려야 한다); 건당 a rate word with no number; " + UQ))
d.Q("2,700명", 2700, "명", "명", C, f=("조합원", None, UN, "", "level", "required", "the union's members (노조에 따르면: the union is source and owner); present count, no DATE: empty"))
d.Q("62%", 62, "%", "%", P, f=("조합원", None, UN, "", "level", "required", "X 가운데 N%: a share of X; the union's members; no DATE"))
d.Q("하루", 1, "day", "하루", "duration", ctx="하루 10시간", st="optional", note="native day word as a rate word: optional")
d.Q("10시간", 10, "hour", "시간", "duration", bound="gt", note="넘게 → gt; an amount of time: duration, no fact")
d.Q("3사", 3, "사", "사", C,
    f=("배달 플랫폼", None, "", "2025-09", "level", "required",
       "the counted noun before the counter; three platforms, not all named (요기요 is not): empty subject; 이달 in the clause"))
d.Q("120억 원", 12000000000, W, "원", "currency",
    f=("라이더 보험료 지원 예산", None, "고용노동부", "", "level", "optional",
       "the ministry's budget; 이달 dates the council's forming, not the budget: empty (written) or 2025-09 by the letter (clause first)? (README question 13)"))

# ---------------------------------------------------------------- 006 private-equity buyout of a mid-size parts maker (입력 stamp page + byline line)
d = Doc("006_51f1a2d5f18cd887", "2026-03-18"); docs.append(d)
HG, DW, DH = "한강에쿼티파트너스", "대원정밀", "대원홀딩스"
d.O("한강에쿼티", HG, ctx="한강에쿼티, 車", note="headline: short form of 한강에쿼티파트너스 (named in full in the body)")
d.O("한강에쿼티", HG, ctx="한강에쿼티가", note="short form")
d.O("한강에쿼티", HG, ctx="한강에쿼티 관계자", note="short form before 관계자")
d.Oall(HG, HG, special={0: ("required", "PEF manager (운용사); (PEF) is an alias of the generic 사모펀드, not of the name")})
d.Oall(DW, DW, special={0: ("required", "the target; 車부품사 before it is a description")})
d.Oall(DH, DH, special={0: ("required", "the seller (최대주주)")})
d.O("아시아경제", "아시아경제", note="outlet in the byline line")
d.O("현대모비스", "현대모비스", note="the customer (납품): counterparty")
d.O("KDB산업은행", "KDB산업은행", note="lender")
d.O("하나은행", "하나은행", note="lender")
d.O("삼정KPMG", "삼정KPMG", note="the seller's adviser (매각 주관)")
d.O("법무법인 광장", "법무법인 광장", note="legal adviser; 법무법인 is part of the firm's name")
d.O("대원머티리얼즈", "대원머티리얼즈", note="invented subsidiary (자회사) of 대원홀딩스; 2차전지 (secondary battery) is a term, not a quantity")
d.D("2026.03.18", "2026-03-18", "day", st="optional", note="publication stamp (입력); its clock time is not labelled")
d.D("18일", "2026-03-18", "day", rel=True, note="day of the announcement (밝혔다): not a fact period")
d.D("17일", "2026-03-17", "day", rel=True, note="the closing price's day")
d.D("지난해", "2025", "year", ctx="지난해 상각전", rel=True)
d.D("지난해", "2025", "year", ctx="대원정밀은 지난해", rel=True)
d.D("현재", "2026-03-18", "day", rel=True, st="optional", note="현재 is optional and takes the document date")
d.Q("3240억", 324000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("인수", "3240억에 인수", HG, "", "level"))
MX = ("a valuation multiple (N배 of EBITDA): what it measures — the 기업가치 it restates (written) or the 상각전영업이익/EBITDA it multiplies? "
      "(README question 14)")
d.Q("9배", 9, "배", "배", C, f=("EBITDA", "EBITDA 9배", DW, "", "level", "optional", "headline; " + MX))
d.Q("67.5%", 67.5, "%", "%", P,
    f=("보유 지분", None, DH, "", "level", "optional",
       "a stake changing hands: the seller's held stake (보유 지분, written) or the acquirer's acquired one? no DATE (18일 dates the announcement) (README question 15)"))
d.Q("3,240억 원", 324000000000, W, "원", "currency",
    f=("인수", "원에 인수하는", HG, "", "level", "required", "the verbal noun of 인수하는; the acquirer (its clause's topic); 18일 dates the announcement only: no period"))
d.Q("4만 8,600원", 48600, W, "원", "currency", f=("주당 인수가", None, HG, "", "level", "required", "the acquirer's price per share, its subject carried; no DATE"))
d.Q("3만 5,200원", 35200, W, "원", "currency",
    f=("종가", None, DW, "2026-03-17", "level", "optional",
       "a figure alone in brackets after a noun (17일 종가); the target's share price, but no ORG is written in the clause (dropped) and the carried subject is the acquirer: 대원정밀 (written) or empty? (README question 15)"))
d.Q("38%", 38, "%", "%", P, f=("주당 인수가", None, HG, "", "change", "required", "a difference against a basis (종가보다 … 높다): change; the basis's date does not date it"))
d.Q("4,800억 원", 480000000000, W, "원", "currency", approx=True, note="약 → approx", f=("기업가치", None, DW, "", "level", "required", "genitive owner; no DATE of its own"))
d.Q("530억 원", 53000000000, W, "원", "currency",
    f=("상각전영업이익", None, DW, "2025", "level", "required", "the copula continues 대원정밀's 기업가치: subject kept; 지난해 right before the metric"))
d.Q("9.1배", 9.1, "배", "배", C, approx=True, note="수준 after the amount read as an approximator (README question 7)",
    f=("기업가치", "기업가치는", DW, "", "level", "optional", MX + "; 지난해 dates the EBITDA only"))
d.Q("6,120억 원", 612000000000, W, "원", "currency", f=("매출", "매출 6,120억", DW, "2025", "level"))
d.Q("410억 원", 41000000000, W, "원", "currency", f=("영업이익", None, DW, "2025", "level"))
d.Q("45%", 45, "%", "%", P, f=("매출", "매출의 45%", DW, "2025", "level", "required", "X의 N% → X; 현대모비스 is the customer (counterparty)"))
d.Q("1,900억 원", 190000000000, W, "원", "currency",
    f=("인수 자금", None, HG, "", "level", "required",
       "part opener 가운데: the whole's measure; the acquirer named in the clause raised the fund (한강에쿼티가 조성한); '4호' names the fund (not a quantity); no DATE"))
d.Q("1,340억 원", 134000000000, W, "원", "currency",
    f=("인수 자금", None, HG, "", "level", "optional",
       "the rest of the acquisition money, raised (조달한다, dropped subject) as the banks' acquisition loan: the acquirer's (written) or the lenders' (KDB산업은행;하나은행)? (README question 15)"))
d.Q("1,100억 원", 110000000000, W, "원", "currency", f=("차입금", None, DH, "", "level", "required", "the object right before the figure; the seller is the topic; a plan, no DATE"))
d.Q("800억 원", 80000000000, W, "원", "currency", ctx="즈에 800억 원",
    f=("투자", "투자한다", DH, "", "level", "required", "the verbal noun of 투자한다; the subsidiary (에) is the counterparty; the seller is the topic; no DATE"))
d.Q("4호", 4, "호", "호", "ordinal", st="optional",
    note="coverage pass: the fund's number (4호 블라인드펀드): part of a fund's designation (a name with a digit, not a quantity) or an ordinal? optional")
d.Q("2차", 2, "차", "차", "ordinal", st="optional",
    note="coverage pass: 2차전지 (secondary battery) is a lexicalized word (like 1인칭): optional")
d.Q("5년", 5, "year", "년", "duration", bound="max", note="안에 (within) → max, like 내/이내; a duration, no fact")
d.Q("12%", 12, "%", "%", P,
    f=("전기차 부품 매출 비중", None, DW, "2026-03-18", "level", "optional",
       "genitive owner; 현재 (an optional DATE taking the document date) attaches to it: period 2026-03-18 only through an optional mention"))
d.Q("40%", 40, "%", "%", P,
    f=("전기차 부품 매출 비중", None, DW, "", "level", "required", "genitive owner (대원정밀의); a target within 5년 (a duration, no DATE): empty"))

if __name__ == "__main__":
    write_all(docs)
