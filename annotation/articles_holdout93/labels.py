"""Gold labels of articles-holdout93, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout93/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 display maker: Q4 OLED shipments, operating loss (연합뉴스 dateline)
d = Doc("001_01c375a4cb6beac5", "2026-01-29"); docs.append(d)
S = "한결디스플레이"
d.O("한결디스플레이", S, ctx="한결디스플레이, 4분기", note="headline topic")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("한결디스플레이", S, ctx="업체 한결디스플레이(이하", aliases="한결", note="invented company; short name defined with 이하 → aliases")
d.O("한결", S, ctx="(이하 한결)", st="optional", note="short name where it is defined with 이하: optional (ANNOTATION)")
d.O("한결", S, ctx="한결은 북미", note="later use of the 이하 short name: required, canonical the full name")
d.O("옴디아", "옴디아", note="market-research firm cited as source (에 따르면)")
d.O("삼성디스플레이", "삼성디스플레이", note="rival")
d.O("LG디스플레이", "LG디스플레이", note="rival")
d.O("한결머티리얼즈", "한결머티리얼즈", note="invented subsidiary (부품 자회사)")
d.O("한결", S, ctx="박정훈 한결 대표", note="short name before a head's title")
Q4 = "2025-Q4"
d.D("4분기", Q4, "quarter", ctx="4분기 OLED", rel=True, note="headline quarter: the latest Q4 on or before 2026-01-29")
d.D("2025년 4분기", Q4, "quarter", note="year + quarter, one mention")
d.D("전 분기", "2025-Q3", "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to the lead's quarter (전분기)")
d.D("29일", "2026-01-29", "day", rel=True, note="date of the disclosure (공시했다)")
d.D("같은 기간", Q4, "quarter", rel=True, st="optional", anchor="2025-10-01", note="points back to 2025년 4분기")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기 대비", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("전년 동기", "2024-Q4", "quarter", ctx="전년 동기(9.3%)", rel=True, st="optional", anchor="2025-10-01", note="points back")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("지난해", "2025", "year", ctx="지난해 전 세계", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 매출 1,560억", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True, note="future clause (target); the current quarter")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (돌아서겠다): the next H2")
d.Q("1천만장", 10000000, "장", "장", C, bound="gt", note="돌파 → gt",
    f=("출하", "OLED 출하 1천만장", S, Q4, "level", "required", "headline: its own organization and 4분기"))
d.Q("1,020만장", 10200000, "장", "장", C, f=("출하량", "패널 출하량이 1,020만장", S, Q4, "level"))
d.Q("18.4%", 18.4, "%", "%", P, f=("출하량", "패널 출하량이 1,020만장", S, Q4, "change", "required", "basis 전 분기 (2025-Q3)"))
d.Q("8,730억원", 873000000000, W, "원", "currency", f=("매출", "같은 기간 매출은", S, Q4, "level", "required", "같은 기간 → 2025-Q4; subject dropped, carried"))
d.Q("12.1%", 12.1, "%", "%", P, f=("매출", "같은 기간 매출은", S, Q4, "change", "required", "basis 전년 동기 (2024-Q4)"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업손실", "영업손실 412억원", S, Q4, "level"))
d.Q("4개", 4, "개", "개", C, ctx="4개 분기 연속", st="optional",
    note="`4개 분기 연속`: a count of quarters used as a streak (a duration in quarters, which ANNOTATION's duration units do not list) — open question 1")
d.Q("4.7%", 4.7, "%", "%", P, f=("영업손실률", "영업손실률은 4.7%", S, Q4, "level"))
d.Q("9.3%", 9.3, "%", "%", P, f=("영업손실률", "영업손실률은 4.7%", S, "2024-Q4", "level", "required",
    "basis figure in brackets after the pointing-back 전년 동기: that period (convention 4)"))
d.Q("4.6%포인트", 4.6, "%p", "%포인트", P, f=("영업손실률", "영업손실률은 4.7%", S, Q4, "change", "required",
    "개선됐다 (a fall of the loss rate): the value keeps the written, unsigned 4.6"))
d.Q("71%", 71, "%", "%", P, f=("출하량", "출하량 가운데", S, Q4, "level", "required",
    "breakdown item (convention 3): the breakdown's measure `출하량 가운데` is the metric; period carried from the lead"))
d.Q("190만장", 1900000, "장", "장", C, approx=True, f=("출하량", "출하량 가운데", S, Q4, "level", "required", "breakdown item; 약 → approx"))
d.Q("한 곳", 1, "곳", "곳", C, f=("스마트폰 업체", "북미 스마트폰 업체 한 곳", "", "", "level", "optional",
    "an unnamed customer counted as `one`: whose count this is, and whether it is a figure at all, is unclear (open question 2)"))
d.Q("600만장", 6000000, "장", "장", C, f=("공급분", "상반기 공급분", S, "2026-H1", "level", "required",
    "the order 한결 won (수주) is its figure; the customer is unnamed; period the supply half named in the clause"))
d.Q("8억4천만장", 840000000, "장", "장", C, approx=True, f=("출하량", "OLED 패널 출하량은", "", "2025", "level", "required",
    "world market total cited from 옴디아: no subject (FACTS: a market's figure); 안팎 → approx"))
d.Q("41%", 41, "%", "%", P, f=("점유율", "점유율은 각각", "삼성디스플레이", "2025", "level", "required", "각각 pairs the two rivals with the two shares"))
d.Q("13%", 13, "%", "%", P, f=("점유율", "점유율은 각각", "LG디스플레이", "2025", "level"))
d.Q("1,560억원", 156000000000, W, "원", "currency", f=("매출", "지난해 매출 1,560억", "한결머티리얼즈", "2025", "level"))
d.Q("38억원", 3800000000, W, "원", "currency", f=("영업이익", "영업이익 38억원", "한결머티리얼즈", "2025", "level"))
d.Q("200억원", 20000000000, W, "원", "currency", bound="max", f=("적자 폭", "적자 폭을", S, "2026-Q1", "level", "required", "a target in a head's quote; 이하 → max"))

write_all(docs)
