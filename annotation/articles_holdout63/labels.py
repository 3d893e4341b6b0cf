"""Gold labels of articles-holdout63, written by reading the texts against the shared guidelines
/work/shared/ANNOTATION.md and /work/shared/FACTS.md only (the project's docs/annotation.md and docs/facts.md were not read).
Run: python annotation/articles_holdout63/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
OPT_HEAD = "headline amount, currency implied (No unit, no quantity: optional)"
PB = "points back to a period named in the text (optional in gold)"

# ---------------------------------------------------------------- 001 steelmaker's quarterly output and earnings (연합뉴스 dateline, 2025년 3분기 in the lead)
d = Doc("001_e84d27bdcaabf7ae", "2025-10-23"); docs.append(d)
DK, DS, RH = "대광제철", "대광상사", "로이힐홀딩스"
d.Oall(DK, DK)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O(DS, DS, note="the steelmaker's trading subsidiary (무역 자회사)")
d.O(RH, RH, aliases="Roy Hill", note="invented-spelling foreign mining partner; (Roy Hill) right after the name is an alias")
Q3, Q2 = "2025-Q3", "2025-Q2"
d.D("3분기", Q3, "quarter", ctx="대광제철, 3분기", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("전 분기", Q2, "quarter", ctx="전 분기 대비", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("2025년 3분기", Q3, "quarter", note="year and quarter: one mention")
d.D("전 분기", Q2, "quarter", ctx="전 분기보다 18.2%", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("23일", "2025-10-23", "day", rel=True, note="day of the disclosure (공시했다): not a figure's period")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB)
d.D("3분기", Q3, "quarter", ctx="3분기 조강", rel=True)
d.D("전 분기", Q2, "quarter", ctx="전 분기(874만t)", rel=True, st="optional", anchor="2025-07-01", note=PB + "; dates the basis figure in brackets")
d.D("같은 분기", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note=PB + " (like 같은 기간)")
d.D("내년", "2026", "year", rel=True, note="내년부터 (부터 outside)")
d.D("2028년", "2028", "year", note="2028년까지 (까지 outside)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (줄겠지만): the next Q4")
d.D("올해", "2025", "year", rel=True)
d.Q("1,240억", 124000000000, W, "", "currency", ctx="영업익 1,240억…", st="optional", note=OPT_HEAD,
    f=("영업익", None, DK, Q3, "level"))
d.Q("18%", 18, "%", "%", P, ctx="대비 18% 증가",
    f=("영업익", None, DK, Q3, "change", "required", "headline: 대비 … 증가 is a change; the headline's own 3분기"))
d.Q("1,240억 원", 124000000000, W, "원", "currency", f=("영업이익", None, DK, Q3, "level", "required", "연결 기준 (basis) stays outside the metric"))
d.Q("18.2%", 18.2, "%", "%", P, f=("영업이익", None, DK, Q3, "change", "required", "전 분기보다 = the basis"))
d.Q("4조 6,300억 원", 4630000000000, W, "원", "currency", f=("매출", "같은 기간 매출은", DK, Q3, "level", "required", "같은 기간 points back to 3분기"))
d.Q("3.5%", 3.5, "%", "%", P, f=("매출", "같은 기간 매출은", DK, Q3, "change", "required", "줄었다: a change; no sign written, value as written"))
d.Q("912만t", 9120000, "t", "t", M, f=("조강 생산량", "3분기 조강 생산량은", DK, Q3, "level", "required", "new paragraph: the story's company"))
d.Q("874만t", 8740000, "t", "t", M,
    f=("조강 생산량", "3분기 조강 생산량은", DK, Q2, "level", "required", "basis figure in brackets after 전 분기: the period is that DATE's value (2025-Q2)"))
d.Q("38만t", 380000, "t", "t", M, f=("조강 생산량", "3분기 조강 생산량은", DK, Q3, "change", "required", "…보다 N 많았다: a difference, a change"))
d.Q("94%", 94, "%", "%", P, f=("가동률", None, DK, Q3, "level", "required", "94%까지 오른: 까지 is a particle here (the level reached), no bound"))
BR = "제품별 판매량은 A N, B N, C N: each item measures 판매량 (제품별 is the breakdown); a product line is no subject: the company carried; the paragraph's 3분기"
d.Q("318만t", 3180000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("146만t", 1460000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("201만t", 2010000, "t", "t", M, f=("판매량", None, DK, Q3, "level", "required", BR))
d.Q("1조 1,200억 원", 1120000000000, W, "원", "currency",
    f=("매출", "원의 매출을", DS, Q3, "level", "required", "the subsidiary is the subject of its clause; 같은 분기 (optional DATE) points back to 3분기; N원의 매출 → 매출"))
d.Q("41%", 41, "%", "%", P,
    f=("인도와 베트남 비중", None, DS, Q3, "level", "required", "이 가운데: a share of the figure before; the countries qualify what is measured (kept in the metric); subject carried"))
d.Q("1,500만t", 15000000, "t", "t", M,
    f=("도입 물량", None, DK, "2026", "level", "required", "the steelmaker is the importer (subject carried from the sentence before); 내년부터 in its clause; 연간 is a rate word, no DATE"))
d.Q("6억 달러", 600000000, U, "달러", "currency",
    f=("공동 투자", None, DK + ";" + RH, "2028", "level", "required",
       "두 회사 = the two companies named in the sentence before: both subjects; the verbal noun names the spend (the mine it goes to is not what is measured); 2028년까지 in its clause"))
d.Q("15%", 15, "%", "%", P,
    f=("광구 지분", None, DK, "", "level", "optional",
       "a present stake after dated plans: no date of its own; does the carried period (2026 of the steelmaker's import, or the pair's 2028) apply, or none? (README question 1)"))
d.Q("3,600만t", 36000000, "t", "t", M,
    f=("조강 생산량 목표", "올해 조강 생산량 목표", DK, "2025", "level", "required",
       "a company official (회사 관계자) speaks for the company; 올해 in its clause (4분기 dates the other clause)"))

# ---------------------------------------------------------------- 002 venture-investment statistics of last year (뉴스1 dateline, no year anywhere)
d = Doc("002_0a10fde5cacb7962", "2026-01-28"); docs.append(d)
MSS, KV = "중소벤처기업부", "한국벤처캐피탈협회"
d.O("뉴스1", "뉴스1", note="news agency in the dateline (the 1 is part of the name)")
d.O(MSS, MSS, note="the ministry that releases the statistic with the association")
d.Oall(KV, KV)
d.O("중기부", MSS, note="short form of 중소벤처기업부, named in full earlier")
d.O("모태펀드", "모태펀드", st="optional",
    note="a government fund-of-funds: an institution or a program (not ORG)? the guideline does not settle funds (README question 2)")
Y = "2025"
d.D("작년", Y, "year", rel=True, note="headline")
d.D("지난해", Y, "year", ctx="= 지난해", rel=True)
d.D("지난해", Y, "year", ctx="는 지난해 신규", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note=PB)
d.D("28일", "2026-01-28", "day", rel=True, note="day of the release (밝혔다): not the statistic's period")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="the latest Q4 on or before the document date")
d.D("3분기", "2025-Q3", "quarter", rel=True, note="a comparison's basis: still a DATE")
d.D("올해", "2026", "year", ctx="\"올해 신규", rel=True)
d.D("올해", "2026", "year", ctx="중기부는 올해", rel=True)
NS = "a national statistic (국내 벤처기업이 받은 투자), released by the ministry and the association (its sources): an industry's figure, empty subject"
d.Q("13조", 13000000000000, W, "", "currency", ctx="13조 돌파", bound="gt", st="optional", note=OPT_HEAD + "; 돌파 → gt",
    f=("벤처투자", None, "", Y, "level"))
d.Q("두 배", 2, "배", "배", C, ctx="두 배로",
    f=("AI 투자", None, "", Y, "change", "required", "N배로 (늘어): a multiple against the year before, a change; headline's 작년; " + NS))
d.Q("13조 원", 13000000000000, W, "원", "currency", bound="gt", note="넘어 → gt",
    f=("신규 투자", "받은 신규 투자가", "", Y, "level", "required", NS))
d.Q("13조 2,470억 원", 13247000000000, W, "원", "currency", f=("신규 벤처투자액", None, "", Y, "level", "required", NS))
d.Q("12.8%", 12.8, "%", "%", P, f=("신규 벤처투자액", None, "", Y, "change", "required", "전년보다 = the basis"))
d.Q("7,916건", 7916, "건", "건", C, f=("투자 건수", None, "", Y, "level", "required", "the sentence continues the statistic: period carried"))
d.Q("344건", 344, "건", "건", C, f=("투자 건수", None, "", Y, "change"))
d.Q("2,871곳", 2871, "곳", "곳", C, f=("투자를 받은 기업", None, "", Y, "level"))
BR = "업종별 비중은 A가 N으로 …, B(N), C(N): each item is a share (비중); a sector is no subject; the story's period (지난해)"
d.Q("31.4%", 31.4, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("22.7%", 22.7, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("11.2%", 11.2, "%", "%", P, f=("비중", "업종별 비중은", "", Y, "level", "required", BR))
d.Q("2조 1,300억 원", 2130000000000, W, "원", "currency",
    f=("인공지능(AI) 분야 투자", None, "", Y, "level", "required", "the field qualifies what is measured (kept in the metric); story's period"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새 (over a year): an amount of time, no fact")
d.Q("두 배", 2, "배", "배", C, ctx="두 배 가까이", approx=True, note="가까이 (nearly) after the amount: outside, approx",
    f=("인공지능(AI) 분야 투자", None, "", Y, "change", "required", "N배 가까이 늘었다: a change"))
d.Q("100억 원", 10000000000, W, "원", "currency", bound="min", note="이상 → min; 건당 (no number) is a rate word",
    f=("대형 투자", None, "", Y, "level", "required", "a threshold amount defining a class (as FACTS' 1억 위안 이상의 매출): a level of the noun after 의"))
d.Q("212건", 212, "건", "건", C, f=("대형 투자", None, "", Y, "level"))
d.Q("4조 1,050억 원", 4105000000000, W, "원", "currency", f=("투자액", None, "", "2025-Q4", "level", "required", "4분기만 보면: the quarter in its sentence"))
d.Q("9.6%", 9.6, "%", "%", P, f=("투자액", None, "", "2025-Q4", "change", "required", "3분기보다 = the basis"))
d.Q("14조 원", 14000000000000, W, "원", "currency", approx=True, note="안팎 → approx",
    f=("신규 투자", "올해 신규 투자는", "", "2026", "level", "required", "an association official's outlook of the national figure: empty subject; 올해 in its clause"))
d.Q("1조 2,000억 원", 1200000000000, W, "원", "currency",
    f=("모태펀드 예산", None, MSS, "2026", "level", "required", "the ministry's budget (중기부는 … 편성했다); 올해 in its clause"))

if __name__ == "__main__":
    write_all(docs)
