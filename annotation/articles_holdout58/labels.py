"""Gold labels of articles-holdout58, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only.
Run: /work/main/.venv/bin/python annotation/articles_holdout58/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 commercial bank's quarterly results (뉴스1 dateline)
d = Doc("001_f5ab62c267b13c8c", "2025-10-24"); docs.append(d)
SB, SH = "새빛은행", "새빛금융지주"
d.Oall(SB, SB, special={0: ("required", "headline topic"), 2: ("required", "organization before 관계자")})
d.Oall(SH, SH, special={0: ("required", "the holding company (parent), 의 before 주력 계열사")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("새빛카드", "새빛카드", note="invented card subsidiary (카드 계열사인)")
d.O("새빛캐피탈", "새빛캐피탈", note="invented subsidiary listed after 새빛카드")
d.O("하나은행", "하나은행", note="the rival bank")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="은행 3분기", rel=True, note="headline; latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="one mention: year + quarter")
d.D("24일", "2025-10-24", "day", rel=True, note="day of the announcement (밝혔다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (optional)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the quarter (optional)")
d.D("전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back (optional)")
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준): latest September on or before the document date")
d.D("1년 전", "2024", "year", rel=True, note="offset: an amount of time + 전 → that year; a comparison's basis, still a DATE")
d.D("6월 말", "2025-06", "month", mod="END", rel=True)
d.D("3분기", Q3, "quarter", ctx="지주의 3분기", rel=True)
d.D("같은 날", "2025-10-24", "day", rel=True, st="optional", anchor="2025-10-24", note="points back to 24일 (like 당일): optional")
d.D("3분기", Q3, "quarter", ctx="하나은행은 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (관리하겠다): the next Q4")
d.Q("4120억원", 412000000000, W, "원", "currency",
    f=("순이익", "분기 순이익 4120", SB, Q3, "level", "required", "headline with its unit; the headline's 3분기"))
d.Q("0.41%", 0.41, "%", "%", P, ctx="연체율은 0.41%로 올라",
    f=("연체율", "연체율은 0.41%로 올라", SB, Q3, "level", "required",
       "headline after …: the level reached (…로 올라); the headline's own date (3분기) by the search order sentence → earlier"))
d.Q("4,120억 원", 412000000000, W, "원", "currency", f=("순이익", "원의 순이익을 거뒀다", SB, Q3, "level"))
d.Q("3,680억 원", 368000000000, W, "원", "currency",
    f=("순이익", "원의 순이익을 거뒀다", SB, "2024-Q3", "level", "required",
       "the basis's own figure in brackets after 전년 동기: that period's value; the measure of the figure before"))
d.Q("12.0%", "12.0", "%", "%", P,
    f=("순이익", "원의 순이익을 거뒀다", SB, Q3, "change", "required", "…늘어난 규모다: 규모 restates; the measure of the figure before"))
d.Q("1조 1,350억 원", 1135000000000, W, "원", "currency", f=("이자이익", None, SB, Q3, "level", "required", "subject and period carried"))
d.Q("4.3%", 4.3, "%", "%", P, f=("이자이익", None, SB, Q3, "change"))
d.Q("1.62%", 1.62, "%", "%", P, f=("순이자마진", None, SB, Q3, "level", "required", "(NIM) an alias of the measure, outside"))
d.Q("0.03%포인트", 0.03, PP, "%포인트", P, f=("순이자마진", None, SB, Q3, "change", "required", "전 분기보다 = basis"))
d.Q("0.41%", 0.41, "%", "%", P, ctx="연체율은 0.41%로 1년",
    f=("연체율", "기준 연체율은 0.41%", SB, "2025-09", "level", "required", "9월 말 기준 (value 2025-09, END); new paragraph: the story's bank"))
d.Q("0.08%포인트", 0.08, PP, "%포인트", P, f=("연체율", "기준 연체율은 0.41%", SB, "2025-09", "change", "required", "1년 전보다 = basis"))
d.Q("0.29%", 0.29, "%", "%", P, f=("고정이하여신비율", None, SB, "2025-09", "level", "required", "the sentence's 9월 말 carried"))
d.Q("98조 7,000억 원", 98700000000000, W, "원", "currency",
    f=("중소기업 대출 잔액", None, SB, "2025-09", "level", "required", "the period last set (9월 말) carried; 6월 말보다 is the basis of the change"))
d.Q("2조 1,000억 원", 2100000000000, W, "원", "currency", f=("중소기업 대출 잔액", None, SB, "2025-09", "change", "required", "6월 말보다 = basis"))
d.Q("5,870억 원", 587000000000, W, "원", "currency", f=("순이익", "3분기 순이익은 5,870억", SH, Q3, "level", "required", "genitive owner (새빛금융지주의)"))
d.Q("70%", 70, "%", "%", P, approx=True, note="가량 outside: approx",
    f=("그룹 이익", None, SB, Q3, "level", "required", "X의 N% → X; the bank (은행이, the story's bank) is the one whose share it is"))
d.Q("420억 원", 42000000000, W, "원", "currency",
    f=("순이익", "310억 원의 순이익", "새빛카드", Q3, "level", "required", "listed with 310억 원의 순이익: the shared measure noun; the subsidiary is its own topic; story's quarter"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("순이익", "310억 원의 순이익", "새빛캐피탈", Q3, "level"))
d.Q("9,160억 원", 916000000000, W, "원", "currency", f=("순이익", "분기 순이익 9,160억", "하나은행", Q3, "level", "required", "the rival's own topic and 3분기"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("0.45%", 0.45, "%", "%", P, bound="max", note="이하 → max",
    f=("연체율", "연체율을 0.45%", SB, "2025-Q4", "level", "required",
       "a target in a quote of the bank's official (관계자 speaks for the organization named before it); 4분기에도 in the clause"))

if __name__ == "__main__":
    write_all(docs)
