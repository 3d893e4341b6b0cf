"""Gold labels of articles-holdout84, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout84/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []
PT = "%포인트"

# ---------------------------------------------------------------- 001 display panel maker: Q3 OLED shipments and share (연합뉴스 dateline)
d = Doc("001_8c974bd84cddcd6b", "2025-10-28"); docs.append(d)
S = "누리디스플레이"
d.Oall(S, S, special={0: ("required", "headline topic"), 4: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline; 서울 (place) outside")
d.O("옴디아", "옴디아", note="market-research firm cited as the source (에 따르면)")
d.O("삼성디스플레이", "삼성디스플레이", note="rival named with 각각")
d.Oall("샤오미", "샤오미", special={0: ("required", "the customer (최대 고객사인)"), 1: ("required", "the customer placing an order")})
d.O("누리머티리얼즈", "누리머티리얼즈", note="invented subsidiary introduced by 부품 자회사")
Q3 = "2025-Q3"; A3 = "2025-07-01"
d.D("3분기", Q3, "quarter", ctx="3분기 OLED", rel=True, note="headline quarter: the latest Q3 on or before the document date")
d.D("2025년 3분기", Q3, "quarter", note="year before a quarter: one mention")
d.D("28일", "2025-10-28", "day", rel=True, note="day of the announcement (밝혔다): not a period")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기보다", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 전 세계", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("전년 동기", "2024-Q3", "quarter", ctx="전년 동기(3.6%)", rel=True, st="optional", anchor=A3, note="points back")
d.D("3분기", Q3, "quarter", ctx="3분기 매출은", rel=True)
d.D("1~9월", "2025-01/2025-09", "month", rel=True, note="a range of months with ~: one mention; year from the document date")
d.D("내년 상반기", "2026-H1", "half", rel=True, note="내년 before a half: one mention")
d.D("같은 기간", Q3, "quarter", ctx="같은 기간 매출", rel=True, st="optional", anchor=A3, note="points back to 3분기")
d.D("4분기", "2025-Q4", "quarter", ctx="4분기 출하량", rel=True, note="future clause (늘려 … 달성하겠다): the next Q4")
d.D("올해", "2025", "year", rel=True)
d.Q("1천만대", 10000000, "대", "대", C, ctx="출하 1천만대", bound="gt", note="돌파 → gt",
    f=("출하", "출하 1천만대", S, Q3, "level", "required", "headline: the headline's own 3분기; 출하 is the noun governing it"))
d.Q("4.9%", 4.9, "%", "%", P, ctx="점유율 4.9%",
    f=("점유율", "점유율 4.9%", S, Q3, "level", "required", "headline segment after …: the headline's 3분기 and organization"))
d.Q("1천20만대", 10200000, "대", "대", C,
    f=("패널", "패널 1천20만대", S, Q3, "level", "required", "no measure noun governs it (출하했다 is a verb): the counted noun"))
d.Q("27.4%", 27.4, "%", "%", P,
    f=("패널", "패널 1천20만대", S, Q3, "change", "required", "subject dropped, carried; 전년 동기 = basis, the period is the current one"))
d.Q("2억1천만대", 210000000, "대", "대", C, approx=True,
    f=("전 세계 스마트폰용 OLED 패널 출하량", None, "", Q3, "level", "required", "a market total from a cited source: no subject; 같은 기간 → 3분기"))
d.Q("41.2%", 41.2, "%", "%", P, f=("점유율", "점유율은 각각", "삼성디스플레이", Q3, "level", "required", "각각: first of the pair"))
d.Q("4.9%", 4.9, "%", "%", P, ctx="41.2%, 4.9%", f=("점유율", "점유율은 각각", S, Q3, "level", "required", "각각: second of the pair"))
d.Q("3.6%", 3.6, "%", "%", P,
    f=("점유율", "점유율은 각각", S, "2024-Q3", "level", "required", "basis figure in brackets after a pointing-back date: that date's value (convention 4)"))
d.Q("1.3%포인트", 1.3, PP, PT, P, f=("점유율", "점유율은 각각", S, Q3, "change"))
d.Q("1조2천340억원", 1234000000000, W, "원", "currency", f=("매출", "3분기 매출은", S, Q3, "level", "required", "subject dropped, carried"))
d.Q("860억원", 86000000000, W, "원", "currency", f=("영업이익", "영업이익은 860", S, Q3, "level"))
d.Q("3조1천억원", 3100000000000, W, "원", "currency", approx=True, note="가량 → approx",
    f=("매출", "누적 매출은", S, "2025-01/2025-09", "level", "required", "누적 qualifies the period only: outside the metric"))
d.Q("38%", 38, "%", "%", P, approx=True,
    f=("물량", "샤오미 물량", S, Q3, "level", "required", "share of the maker's shipments; the customer is no subject (convention 5, 11)"))
d.Q("600만대", 6000000, "대", "대", C,
    f=("패널", "패널 600만대", "샤오미", "2026-H1", "level", "required", "a customer's order: the customer's figure; the sentence's 내년 상반기 (convention 11)"))
d.Q("1천80억원", 108000000000, W, "원", "currency", f=("매출", "매출 1천80억", "누리머티리얼즈", Q3, "level", "required", "같은 기간 → 3분기"))
d.Q("1천100만~1천200만대", 11000000, "대", "대", C, hi=12000000, f=("출하량", "4분기 출하량", S, "2025-Q4", "level", "required", "a head's quote speaks for the company"))
d.Q("5%", 5, "%", "%", P, ctx="점유율 5%", bound="min", f=("점유율", "연간 점유율", S, "2025", "level", "required", "연간 qualifies the period: outside"))

if __name__ == "__main__":
    write_all(docs)
