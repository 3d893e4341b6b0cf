"""Gold labels of articles-holdout125, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout125/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = "headline: no DATE in or before it, so the period stays empty (FACTS: clause, sentence, earlier; never the document date)"
GRP = "'N사' naming an unnamed group inside the metric phrase: optional (open question)"
T = ("TEU", "TEU", C)  # twenty-foot equivalent unit: a counter as written (my convention)


# ---------------------------------------------------------------- 001 convenience-store chain (뉴스1 dateline, no year)
d = Doc("001_8c3aa06d696f5cf4", "2024-05-14"); docs.append(d)
S = "이음리테일"
d.O("이음24", "이음24", ctx="편의점 이음24,")
d.O("이음24", "이음24", ctx="편의점 이음24를")
d.O("뉴스1", "뉴스1")
d.Oall("이음리테일", "이음리테일")
d.O("이음홀딩스", "이음홀딩스")
d.O("GS리테일", "GS리테일")
d.O("산업통상자원부", "산업통상자원부")
d.Q("9천곳", 9000, "곳", "곳", C, bound="gt", f=("점포", "점포 9천곳", "이음24", "", "level", "required", HL))
d.Q("30%", 30, "%", "%", P, ctx="PB 매출 30%", f=("PB 매출", "PB 매출 30%", "이음24", "", "change", "required", HL))
d.D("지난 3월 말", "2024-03", "month", mod="END", rel=True)
d.Q("9,012개", 9012, "개", "개", C, f=("점포 수", "전국 점포 수", S, "2024-03", "level"))
d.D("지난해 같은 달", "2023-03", "month", rel=True, st="optional", note=PB, anchor="2024-03-01")
d.Q("486개", 486, "개", "개", C, f=("점포 수", "전국 점포 수", S, "2024-03", "change"))
d.D("14일", "2024-05-14", "day", rel=True)
d.D("올해", "2024", "year", ctx="올해 신규", rel=True)
d.Q("700개", 700, "개", "개", C, f=("신규 출점 목표", None, S, "2024", "level"))
d.D("1분기", "2024-Q1", "quarter", ctx="매출은 1분기", rel=True)
d.Q("2,140억원", 214000000000, W, "원", "currency", f=("자체 브랜드(PB) 상품 매출", None, S, "2024-Q1", "level"))
d.D("전년 동기", "2023-Q1", "quarter", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("30.2%", 30.2, "%", "%", P, f=("자체 브랜드(PB) 상품 매출", None, S, "2024-Q1", "change"))
d.Q("27.5%", 27.5, "%", "%", P, f=("PB가 차지하는 비중", None, S, "2024-Q1", "level"))
d.D("지난해 1분기", "2023-Q1", "quarter", rel=True)
d.Q("4.1%포인트", 4.1, PP, "%포인트", P, f=("PB가 차지하는 비중", None, S, "2024-Q1", "change"))
d.Q("1,020억원", 102000000000, W, "원", "currency", f=("간편식", None, S, "2024-Q1", "level"))
d.Q("610억원", 61000000000, W, "원", "currency", f=("음료", None, S, "2024-Q1", "level"))
d.Q("1,800만개", 18000000, "개", "개", C, approx=True, f=("도시락 판매량", None, S, "2024-Q1", "level"))
d.D("1년 전", "2023", "year", rel=True, note="amount of time + 전 is a DATE resolved from the document date (ANNOTATION: 10년 전 → that year)")
d.Q("2배", 2, "배", "배", C, approx=True, note="가까이 read as an approximator (not in ANNOTATION's list; my convention)",
    f=("도시락 판매량", None, S, "2024-Q1", "change"))
d.Q("석 달", 3, "month", "달", "duration", note="만에 keeps it a duration")
d.Q("500만병", 5000000, "병", "병", C, bound="gt",
    f=("초저가 생수", None, "", "", "level", "optional", "a product's sales (FACTS: a product's figure has an empty subject) vs the chain's; the period (출시 석 달) is no DATE: open question"))
d.D("1분기", "2024-Q1", "quarter", ctx="의 1분기 연결", rel=True)
d.Q("1조 3,500억원", 1350000000000, W, "원", "currency", f=("매출", "연결 매출은", "이음홀딩스", "2024-Q1", "level"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업이익", None, "이음홀딩스", "2024-Q1", "level"))
d.D("같은 시점", "2024-03", "month", mod="END", rel=True, st="optional", note=PB + " (같은 시점 read like 같은 기간)", anchor="2024-03-01")
d.Q("1만 7천여곳", 17000, "곳", "곳", C, approx=True, f=("편의점 점포 수", None, "GS리테일", "2024-03", "level"))
d.D("지난 3월", "2024-03", "month", ctx="따르면 지난 3월", rel=True)
d.Q("3사", 3, "사", "사", C, st="optional", note=GRP)
d.D("전년 동월", "2023-03", "month", rel=True, st="optional", note=PB, anchor="2024-03-01")
d.Q("5.8%", 5.8, "%", "%", P, f=("매출", "3사 매출은", "", "2024-03", "change"))
d.D("하반기", "2024-H2", "half", rel=True)
d.D("연말", "2024", "year", mod="END", rel=True)
d.Q("30%", 30, "%", "%", P, ctx="비중을 30% 이상", bound="min", f=("PB 비중", None, S, "2024", "level"))

if __name__ == "__main__":
    write_all(docs)
