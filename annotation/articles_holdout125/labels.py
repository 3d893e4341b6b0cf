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

# ---------------------------------------------------------------- 002 port authority (입력 stamp, year only in the stamp)
d = Doc("002_1dcd0f1b2b909230", "2024-07-22"); docs.append(d)
S = "인천항만공사"
SAME = "같은 기간 follows the May sentence: the period it points back to (상반기 or 지난 5월) is open; H1 is the reading a reader with world knowledge takes"
d.O("인천항만공사", S, ctx="인천항만공사,")
d.O("인천항만공사", S, ctx="인천항만공사(이하", aliases="IPA")
d.O("IPA", S, ctx="(이하 IPA)", st="optional", note="short name defined with 이하: optional as a mention (ANNOTATION)")
d.O("IPA", S, ctx="IPA는 하반기")
d.O("IPA", S, ctx="이경호 IPA 사장")
d.O("한빛컨테이너터미널", "한빛컨테이너터미널", aliases="HCT")
d.O("서해글로벌터미널", "서해글로벌터미널")
d.O("인천해광터미널", "인천해광터미널")
d.O("부산항만공사", "부산항만공사", aliases="BPA")
d.O("해양수산부", "해양수산부")
d.D("상반기", "2024-H1", "half", ctx="공사, 상반기", rel=True)
d.Q("170만TEU", 1700000, *T, f=("컨테이너", "상반기 컨테이너", S, "2024-H1", "level"))
d.Q("60%", 60, "%", "%", P, bound="gt",
    f=("신항 비중", None, S, "2024-H1", "level", "optional", "share of a place (신항) in the authority's throughput: subject 인천항만공사 or empty is open"))
d.D("2024.07.22", "2024-07-22", "day")
d.D("14:05", "2024-07-22T14:05", "day", st="optional", note="clock time in the stamp (ANNOTATION: clock times optional at most)")
d.D("올해 상반기", "2024-H1", "half", rel=True)
d.Q("170만 4천TEU", 1704000, *T, f=("컨테이너 물동량", "처리한 컨테이너 물동량", S, "2024-H1", "level"))
d.D("지난해 같은 기간", "2023-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("6.3%", 6.3, "%", "%", P, f=("컨테이너 물동량", "처리한 컨테이너 물동량", S, "2024-H1", "change"))
d.D("22일", "2024-07-22", "day", rel=True)
d.Q("58만 2천TEU", 582000, *T, f=("처리", "처리해", "한빛컨테이너터미널", "2024-H1", "level", "required", "verbal noun 처리(해) as metric (FACTS: a verbal noun serves)"))
d.Q("47만 6천TEU", 476000, *T, f=("처리", "처리해", "서해글로벌터미널", "2024-H1", "level", "required", "verbal noun 처리(해) as metric"))
d.Q("62.1%", 62.1, "%", "%", P,
    f=("신항 전체 비중", None, S, "2024-H1", "level", "optional", "share of a place (신항): subject 인천항만공사, the two terminals, or empty is open"))
d.Q("39만TEU", 390000, *T, f=("", None, "인천해광터미널", "2024-H1", "level", "required", "no noun names it in the sentence: metric empty"))
d.Q("2.4%", 2.4, "%", "%", P, f=("", None, "인천해광터미널", "2024-H1", "change"))
d.Q("104만TEU", 1040000, *T, f=("중국 항로", None, S, "2024-H1", "level"))
d.Q("61%", 61, "%", "%", P, f=("중국 항로", None, S, "2024-H1", "level"))
d.Q("32만TEU", 320000, *T, f=("동남아 항로", None, S, "2024-H1", "level"))
d.Q("11.8%", 11.8, "%", "%", P, f=("동남아 항로", None, S, "2024-H1", "change"))
d.D("지난 5월", "2024-05", "month", rel=True)
d.Q("한 달", 1, "month", "달", "duration")
d.Q("31만TEU", 310000, *T, approx=True, f=("물동량", "한 달 물동량", S, "2024-05", "level"))
d.D("같은 기간", "2024-H1", "half", ctx="같은 기간 부산", rel=True, st="optional", note=PB + "; " + SAME, anchor="2024-01-01")
d.Q("1,200만TEU", 12000000, *T, bound="gt", f=("물동량", "(BPA)의 물동량", "부산항만공사", "2024-H1", "level", "optional", SAME))
d.D("상반기", "2024-H1", "half", ctx="따르면 상반기", rel=True)
d.Q("1,590만TEU", 15900000, *T, f=("전국 항만 컨테이너 물동량", None, "", "2024-H1", "level"))
d.D("전년 동기", "2023-H1", "half", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("4.5%", 4.5, "%", "%", P, f=("전국 항만 컨테이너 물동량", None, "", "2024-H1", "change"))
d.D("하반기", "2024-H2", "half", rel=True)
d.Q("5개", 5, "개", "개", C, f=("신규 항로", None, S, "2024-H2", "level"))
d.D("올해", "2024", "year", ctx="올해 물동량 목표", rel=True)
d.Q("350만TEU", 3500000, *T, f=("물동량 목표", None, S, "2024", "level"))
d.Q("500만TEU", 5000000, *T, bound="min",
    f=("처리 능력", None, S, "", "level", "optional", "future capacity with no time stated; carry-forward would give 2024 (올해): open question"))

if __name__ == "__main__":
    write_all(docs)
