"""Gold labels of articles-holdout4, written by reading the texts against docs/annotation.md and docs/facts.md.
Run: python annotation/articles_holdout4/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "articles_holdout2"))
import labels_core as core
from labels_core import Doc, write_all
core.TEXTS = os.path.join(HERE, "texts")
core.GOLD = os.path.join(HERE, "gold")

W, U, C, P, PP = "KRW", "USD", "count", "percent", "%p"
docs = []

# ---------------------------------------------------------------- 001 bank holding quarterly results (Yonhap dateline, no year anywhere)
d = Doc("001_52f02ff099c96216", "2025-10-28"); docs.append(d)
S = "신한금융지주"
d.O("신한금융", S, ctx="신한금융, 3분기", note="short form of 신한금융지주 (headline topic)")
d.Oall("신한금융지주", S)
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline (media are ORG)")
d.O("신한은행", "신한은행")
d.O("신한카드", "신한카드")
d.O("신한투자증권", "신한투자증권")
d.O("이사회", "이사회", st="optional", note="unnamed body of the company (unnamed institution noun)")
d.O("KB금융지주", "KB금융지주")
d.D("3분기", "2025-Q3", "quarter", ctx="신한금융, 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기 대비 11%", rel=True, st="optional", anchor="2025-07-01")
d.D("3분기", "2025-Q3", "quarter", ctx="지주는 3분기", rel=True)
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다 11.2%", rel=True, st="optional", anchor="2025-07-01")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("올해 1~3분기", "2025-Q1/2025-Q3", "quarter", rel=True, note="a range of quarters is one DATE")
d.D("작년", "2024", "year", rel=True)
d.D("같은 기간", "2024-Q1/2024-Q3", "quarter", rel=True, st="optional", anchor="2024-01-01", note="points back (작년 같은 기간)")
d.D("3분기", "2025-Q3", "quarter", ctx="신한은행의 3분기", rel=True)
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the period named (전분기)")
d.D("이날", "2025-10-28", "day", rel=True, st="optional", anchor="2025-10-28", note="anaphoric day: 28일")
d.D("연말", "2025", "year", mod="END", rel=True, note="연말까지 (future clause): this year's end")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause: the coming Q4")
d.D("같은 날", "2025-10-28", "day", rel=True, st="optional", anchor="2025-10-28", note="anaphoric day (like 이날)")
d.D("3분기", "2025-Q3", "quarter", ctx="같은 날 3분기", rel=True)
Q3, R13 = "2025-Q3", "2025-Q1/2025-Q3"
d.Q("1조4천억", 1400000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 1조4천억", S, Q3, "level"))
d.Q("11%", 11, "%", "%", P, ctx="11%↑", f=("순이익", "3분기 순이익 1조4천억", S, Q3, "change", "required",
    "arrow ↑ = change; metric of the figure before it in the headline"))
d.Q("1조 4,230억 원", 1423000000000, W, "원", "currency", f=("당기순이익", None, S, Q3, "level", "required", "연결 기준 outside"))
d.Q("11.2%", 11.2, "%", "%", P, f=("당기순이익", None, S, Q3, "change"))
d.Q("1조 3,500억 원", 1350000000000, W, "원", "currency",
    f=("시장 전망치", None, S, Q3, "level", "optional",
       "figure alone in brackets after a noun is that noun's; a market consensus about the company's profit: whose figure it is is unclear"))
d.Q("4조 1,870억 원", 4187000000000, W, "원", "currency", f=("누적 순이익", None, S, R13, "level", "required", "new paragraph: the story's organization"))
d.Q("8.4%", 8.4, "%", "%", P, f=("누적 순이익", None, S, R13, "change"))
d.Q("8조 5,610억 원", 8561000000000, W, "원", "currency", f=("이자이익", ". 이자이익은", S, R13, "level", "required", "period carried in the paragraph"))
d.Q("2조 9,240억 원", 2924000000000, W, "원", "currency", f=("비이자이익", None, S, R13, "level"))
d.Q("3.1%", 3.1, "%", "%", P, f=("이자이익", ". 이자이익은", S, R13, "change", "required", "각각: first noun listed"))
d.Q("14.6%", 14.6, "%", "%", P, f=("비이자이익", None, S, R13, "change", "required", "각각: second noun listed"))
d.Q("9,870억 원", 987000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 9,870억", "신한은행", Q3, "level", "required", "genitive owner 신한은행"))
d.Q("1.55%", 1.55, "%", "%", P, f=("순이자마진", None, "신한은행", Q3, "level", "required", "은행 = 신한은행 (anaphor); period carried"))
d.Q("0.03%포인트", 0.03, PP, "%포인트", P, f=("순이자마진", None, "신한은행", Q3, "change", "required", "basis 전 분기"))
d.Q("0.38%", 0.38, "%", "%", P, f=("연체율", None, "신한은행", Q3, "level"))
d.Q("0.02%포인트", 0.02, PP, "%포인트", P, f=("연체율", None, "신한은행", Q3, "change"))
d.Q("1,420억 원", 142000000000, W, "원", "currency",
    f=("순이익", "1,150억 원의 순이익", "신한카드", Q3, "level", "required", "figures coordinated by a comma share the noun after the last"))
d.Q("1,150억 원", 115000000000, W, "원", "currency", f=("순이익", "1,150억 원의 순이익", "신한투자증권", Q3, "level"))
d.Q("570원", 570, W, "원", "currency",
    f=("배당", None, S, Q3, "level", "optional",
       "주당 = rate denominator; 분기 (like 연간) outside; period: the Q3 dividend of the lead or the day of the board's decision (이날, optional): unclear"))
d.Q("4천억 원", 400000000000, W, "원", "currency", f=("자사주", None, S, "2025", "level", "required", "X 규모의 Y → Y; 연말까지"))
d.Q("13.2%", 13.2, "%", "%", P, f=("보통주자본비율", None, S, "2025-09", "level", "required", "그룹 = 신한금융지주; 9월 말 기준"))
d.Q("50%", 50, "%", "%", P, note="수준까지 (target endpoint, not 'up to'): no bound",
    f=("주주환원율", None, S, "2025-Q4", "level", "optional", "a target of the company; when it applies (4분기에도 … ) is unclear"))
d.Q("1조 6,140억 원", 1614000000000, W, "원", "currency", f=("순이익", "3분기 순이익 1조 6,140억", "KB금융지주", Q3, "level"))

# ---------------------------------------------------------------- 002 game company annual results (입력 stamp + byline without outlet)
d = Doc("002_7f03164bd0dfcb3a", "2026-02-11"); docs.append(d)
K = "크래프톤"
d.Oall(K, K)
d.O("스팀", "스팀", st="optional", note="a game store platform (a platform or a product)")
d.O("넥슨", "넥슨")
d.O("엔씨소프트", "엔씨소프트")
d.D("지난해", "2025", "year", ctx="크래프톤, 지난해", rel=True)
d.D("2026.02.11", "2026-02-11", "day", st="optional", note="publication stamp")
d.D("지난해", "2025", "year", ctx="크래프톤은 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 14.8%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("11일", "2026-02-11", "day", rel=True, note="day of the disclosure")
d.D("2007년", "2007", "year", note="founding as background")
d.D("지난해 12월", "2025-12", "month", rel=True)
d.D("지난해", "2025", "year", ctx="엔씨소프트는 지난해", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="latest Q4 on or before the document date")
d.D("전년 동기", "2024-Q4", "quarter", rel=True, st="optional", anchor="2025-10-01")
d.D("올해", "2026", "year", rel=True)
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
Y = "2025"
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="매출 3조 원 첫", bound="gt", note="돌파 → gt",
    f=("매출", "지난해 매출 3조", K, Y, "level"))
d.Q("92%", 92, "%", "%", P, ctx="비중 92%", f=("해외 비중", None, K, Y, "level"))
d.Q("3조 1,240억 원", 3124000000000, W, "원", "currency", f=("매출", "매출이 3조 1,240억", K, Y, "level", "required", "연결 기준 outside"))
d.Q("14.8%", 14.8, "%", "%", P, f=("매출", "매출이 3조 1,240억", K, Y, "change"))
d.Q("1조 3,560억 원", 1356000000000, W, "원", "currency", f=("영업이익", "영업이익은 1조 3,560억", K, Y, "level"))
d.Q("16.2%", 16.2, "%", "%", P, f=("영업이익", "영업이익은 1조 3,560억", K, Y, "change"))
d.Q("43.4%", 43.4, "%", "%", P, f=("영업이익률", None, K, Y, "level"))
d.Q("3조 원", 3000000000000, W, "원", "currency", ctx="매출이 3조 원을 넘어선", bound="gt", note="넘어선 → gt",
    f=("매출", "연간 매출이 3조 원을", K, Y, "level", "required", "연간 outside; 2007년 is a founding, no period"))
d.Q("2조 8,740억 원", 2874000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "lead's period"))
d.Q("92%", 92, "%", "%", P, ctx="매출의 92%",
    f=("해외 매출", None, K, Y, "level", "required", "share of a whole measures the part named before it"))
d.Q("1조 6,900억 원", 1690000000000, W, "원", "currency",
    f=("해외 매출", None, K, Y, "level", "required", "breakdown (지역별로는): categories of the figure before keep its metric"))
d.Q("8,120억 원", 812000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "breakdown"))
d.Q("3,720억 원", 372000000000, W, "원", "currency", f=("해외 매출", None, K, Y, "level", "required", "breakdown"))
d.Q("1조 8,300억 원", 1830000000000, W, "원", "currency", f=("PC 매출", None, K, Y, "level"))
d.Q("1조 2,100억 원", 1210000000000, W, "원", "currency",
    f=("PC 매출", None, K, Y, "level", "required",
       "모바일이: no metric of its own in a list; takes the last figure's of the same unit (reads as mobile revenue; span overlap with 매출)"))
d.Q("21%", 21, "%", "%", P, f=("PC 매출", None, K, Y, "change", "required", "각각: first"))
d.Q("6%", 6, "%", "%", P, f=("PC 매출", None, K, Y, "change", "required", "각각: second (모바일, as the figure before)"))
d.Q("80만 명", 800000, "명", "명", C, bound="gt", note="넘기며 → gt",
    f=("동시 접속자", None, "", "2025-12", "level", "required", "a product's figure (배틀그라운드): no subject"))
d.Q("3위", 3, "위", "위", "ordinal")
d.Q("4조 2,100억 원", 4210000000000, W, "원", "currency", f=("매출", "원의 매출을 올렸다", "넥슨", Y, "level", "required", "각각: 넥슨"))
d.Q("1조 5,800억 원", 1580000000000, W, "원", "currency", f=("매출", "원의 매출을 올렸다", "엔씨소프트", Y, "level", "required", "각각: 엔씨소프트"))
d.Q("7,980억 원", 798000000000, W, "원", "currency", f=("매출", "매출은 7,980억", K, "2025-Q4", "level"))
d.Q("2,870억 원", 287000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,870억", K, "2025-Q4", "level"))
d.Q("7.3%", 7.3, "%", "%", P, f=("영업이익", "영업이익은 전년", K, "2025-Q4", "change", "required", "period carried in the paragraph"))
d.Q("5종", 5, "종", "종", C, f=("신작", None, K, "2026", "level", "required", "회사는 = 크래프톤"))
d.Q("4,500억 원", 450000000000, W, "원", "currency", approx=True,
    f=("투자", "투자할", K, "2026", "level", "required", "투자 is no spend verb of the list: the verbal noun (the recipient 연구개발에 stays out, like 출자)"))
d.Q("4,620명", 4620, "명", "명", C, f=("임직원 수", None, K, Y, "level"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새")
d.Q("510명", 510, "명", "명", C, f=("임직원 수", None, K, Y, "change"))

if __name__ == "__main__":
    write_all(docs)
