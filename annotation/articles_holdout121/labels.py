"""Gold labels of articles-holdout121, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout121/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PB = "points back to a period named in the text (ANNOTATION: 전년 / 전년 동기 / 같은 기간 are optional)"
HL = "headline amount whose currency is only implied (ANNOTATION: optional)"
BD = "breakdown share of the company's own figure: subject = the company whose figure is broken down (convention 2)"

# ---------------------------------------------------------------- 001 wafer-cleaning equipment maker, 연합뉴스 dateline
d = Doc("001_d60dffa86516e108", "2025-02-13"); docs.append(d)
S = "세오테크"
d.Oall("세오테크", S)
d.O("연합뉴스", "연합뉴스")
d.O("SK하이닉스", "SK하이닉스")
d.O("삼성전자", "삼성전자")
d.O("TSMC", "TSMC")
d.O("가트너", "가트너")
d.O("한결이엔지", "한결이엔지")
d.O("세오홀딩스", "세오홀딩스")
d.Oall("세오머티리얼즈", "세오머티리얼즈")
d.D("지난해", "2024", "year", ctx="지난해 수주 4천억", rel=True)
d.Q("4천억", 400000000000, W, "", "currency", bound="gt", st="optional", note=HL)
d.D("지난해", "2024", "year", ctx="지난해 신규 수주액", rel=True)
d.Q("4천120억원", 412000000000, W, "원", "currency", f=("신규 수주액", None, S, "2024", "level"))
d.D("전년", "2023", "year", ctx="전년 대비 37.2%", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("37.2%", 37.2, "%", "%", P, f=("신규 수주액", None, S, "2024", "change"))
d.D("13일", "2025-02-13", "day", rel=True)
d.D("2024년 말", "2024", "year", mod="END")
d.Q("5천870억원", 587000000000, W, "원", "currency", f=("수주 잔고", None, S, "2024", "level"))
d.D("전년 말", "2023", "year", mod="END", rel=True, st="optional", note=PB, anchor="2024-01-01")
d.Q("1천430억원", 143000000000, W, "원", "currency", f=("수주 잔고", None, S, "2024", "change"))
d.D("지난해", "2024", "year", ctx="지난해 매출액", rel=True)
d.Q("3천210억원", 321000000000, W, "원", "currency", f=("매출액", None, S, "2024", "level"))
d.Q("1.8배", 1.8, "배", "배", C, approx=True,
    f=("수주 잔고", None, S, "2024", "level", "required", "ratio: metric = the figure the ratio sizes (convention 4)"))
d.Q("9개월", 9, "month", "개월", "duration")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half taken as one mention, like 내년 before a month (convention 1)")
d.Q("46%", 46, "%", "%", P, f=("비중", None, S, "2024", "level", "required", BD))
d.Q("31%", 31, "%", "%", P, f=("비중", "SK하이닉스 비중", S, "2024", "level", "required", BD))
d.Q("23%", 23, "%", "%", P, f=("비중", "SK하이닉스 비중", S, "2024", "level", "required", BD))
d.Q("620억원", 62000000000, W, "원", "currency", f=("물량", "TSMC 물량", S, "2024", "level"))
d.Q("500억원", 50000000000, W, "원", "currency", bound="gt", f=("물량", "TSMC 물량", S, "2024", "level"))
d.Q("72%", 72, "%", "%", P, f=("전체 수주", None, S, "2024", "level", "required", BD))
d.D("올해", "2025", "year", ctx="올해 세계", rel=True)
d.Q("58억달러", 5800000000, U, "달러", "currency", approx=True, f=("세계 웨이퍼 세정장비 시장", None, "", "2025", "level"))
d.D("전년", "2024", "year", ctx="전년보다 9%", rel=True, st="optional", note=PB, anchor="2025-01-01")
d.Q("9%", 9, "%", "%", P, f=("세계 웨이퍼 세정장비 시장", None, "", "2025", "change"))
d.D("지난해", "2024", "year", ctx="지난해 수주액은", rel=True)
d.Q("2천380억원", 238000000000, W, "원", "currency", f=("수주액", "한결이엔지의 지난해 수주액", "한결이엔지", "2024", "level"))
d.D("지난달", "2025-01", "month", rel=True)
d.Q("60%", 60, "%", "%", P, f=("지분", None, "세오홀딩스", "2025-01", "level", "optional",
    "whose figure a stake is (holder that sold it, company held, buyer) is not settled by FACTS (open question 1)"))
d.D("지난해", "2024", "year", ctx="지난해 매출 410억원", rel=True)
d.Q("410억원", 41000000000, W, "원", "currency", f=("매출", "매출 410억원", "세오머티리얼즈", "2024", "level"))
d.D("올해", "2025", "year", ctx="올해 수주", rel=True)
d.Q("5천억원", 500000000000, W, "원", "currency", bound="min", f=("수주", "수주 5천억원", S, "2025", "level"))
d.D("2027년", "2027", "year")
d.Q("35%", 35, "%", "%", P, f=("해외 비중", None, S, "2027", "level"))

if __name__ == "__main__":
    write_all(docs)
