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
d.Q("8%", 8, "%", "%", P, ctx="대출 8%", f=("중소기업 대출", "중소기업 대출 8%", G, Y, "change", "required", "headline topic with a comma; headline's 지난해"))
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
HN = ("headline with no organization and no period of its own for this figure: the story's organization (the lead's "
      "topic) and period, or none (README question 1)")
d.Q("1조7천억 원", 1700000000000, W, "원", "currency", f=("흑자", None, N, Y, "level", "optional", HN))
d.Q("30조2천억 원", 3020000000000, W, "원", "currency", f=("적립금", None, N, Y, "level", "optional", HN))
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
    f=("요양기관", None, N + ";메디로그", "2026", "level", "required",
       "a count between its noun and 의; partner with 손잡고 (comitative) joins; period carried (올해 of the 공단's sentence before)"))
d.Q("1,840억 원", 184000000000, W, "원", "currency", f=("부당청구 환수액", None, N, Y, "level", "required", "partner not carried to the next sentence"))
d.Q("2,300억 원", 230000000000, W, "원", "currency", f=("환수 목표", None, N, "2026", "level"))

if __name__ == "__main__":
    write_all(docs)
