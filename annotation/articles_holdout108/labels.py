"""Gold labels of articles-holdout108, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout108/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def Oword(d, text, canonical, not_before="", special=None):
    """Every occurrence of `text` not followed by one of the characters in `not_before` (a short name that is also the
    start of longer names: 세진 / 세진머티리얼즈 / 세진케미칼); special = {index: (status, note)}."""
    special = special or {}
    pat = re.escape(text) + (f"(?![{re.escape(not_before)}])" if not_before else "")
    for i, m in enumerate(re.finditer(pat, d.text)):
        st, note = special.get(i, ("required", ""))
        d.O(text, canonical, at=m.start(), st=st, note=note)


# ---------------------------------------------------------------- 001 semiconductor materials: new plant and supply deal (연합뉴스)
d = Doc("001_a26300d3c5a20732", "2026-03-10"); docs.append(d)
S = "세진머티리얼즈"
d.O(S, S, ctx="세진머티리얼즈,", note="headline topic")
d.O(S, S, ctx="세진머티리얼즈(이하", aliases="세진", note="full name; the short name defined with 이하 goes to aliases")
Oword(d, "세진", S, not_before="머케", special={0: ("optional", "short name where it is defined with 이하 (ANNOTATION: optional)")})
d.Oall("삼성전자", "삼성전자", special={0: ("required", "headline; the customer of the supply deal")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("세진케미칼", "세진케미칼", note="invented subsidiary (자회사)")
d.O("테크서치코리아", "테크서치코리아", note="invented market-research firm cited as a source")
d.O("한솔케미칼", "한솔케미칼", note="rival (경쟁사)")

d.D("10일", "2026-03-10", "day", rel=True, note="day of the announcement (밝혔다): not a fact period")
d.D("2026년 2분기", "2026-Q2", "quarter")
d.D("2027년 하반기", "2027-H2", "half")
d.D("현재", "2026-03-10", "day", rel=True, st="optional", note="현재 is optional and takes the document date")
d.D("2026년 4월", "2026-04", "month", note="A부터 B까지: two mentions")
d.D("2029년 3월", "2029-03", "month")
d.D("지난해", "2025", "year", ctx="이는 지난해", rel=True)
d.D("지난해", "2025", "year", ctx="세진의 지난해", rel=True)
d.D("전년", "2024", "year", ctx="전년 대비", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", rel=True)
d.D("2028년", "2028", "year")

d.Q("1천800억", 180000000000, W, "", "currency", ctx="1천800억 들여", st="optional", note="headline amount, currency implied")
d.Q("3년", 3, "year", "년", "duration", ctx="3년 공급계약", note="term of the contract: a duration, no fact")
d.Q("1천800억원", 180000000000, W, "원", "currency", approx=True,
    f=("투입", "투입해", S, "", "level", "required", "verbal noun as metric; no date in the clause or before it (10일 only dates the announcement)"))
d.Q("1천200t", 1200, "t", "t", M,
    f=("생산능력", "연간 생산능력", S, "2027-H2", "level", "required", "연간 is a rate word, outside; the plant's period: the operation start just named (README convention 3)"))
d.Q("2.4배", 2.4, "배", "배", C,
    f=("전체 생산능력", None, S, "2027-H2", "change", "required", "현재의 N배로 늘어난다: a change against the present; 완공되면 → the operation start (README convention 3)"))
d.Q("2천350억원", 235000000000, W, "원", "currency",
    f=("전구체 공급계약", "규모의 전구체 공급계약", S, "2026-04/2029-03", "level", "required",
       "규모 amount: the thing whose size it is; the supplier (sentence subject) owns its contract; period = the contract's A부터 B까지 range"))
d.Q("3천120억원", 312000000000, W, "원", "currency",
    f=("매출", "연결 매출(", S, "2025", "level", "required", "연결 is a basis modifier, outside the metric"))
d.Q("75.3%", 75.3, "%", "%", P,
    f=("전구체 공급계약", "규모의 전구체 공급계약", S, "2025", "level", "optional",
       "open question 2: the contract as a share of last year's revenue — metric the contract (이는) or 매출, period 2025 or the contract's"))
d.Q("18.4%", 18.4, "%", "%", P, f=("매출", "지난해 매출은", S, "2025", "change", "required", "전년 대비 = basis; the current period"))
d.Q("412억원", 41200000000, W, "원", "currency", f=("영업이익", "영업이익은 412억", S, "2025", "level"))
d.Q("27%", 27, "%", "%", P, f=("영업이익", "영업이익은 412억", S, "2025", "change"))
d.Q("13.2%", 13.2, "%", "%", P, f=("영업이익률", None, S, "2025", "level"))
d.Q("0.9%포인트", 0.9, "%p", "%포인트", P, f=("영업이익률", None, S, "2025", "change"))
d.Q("640억원", 64000000000, W, "원", "currency", approx=True,
    f=("매출", "세진케미칼의 매출", "세진케미칼", "2025", "level", "required", "the subsidiary's own revenue (genitive); part (이 가운데) of the parent's 지난해 revenue"))
d.Q("1조1천억원", 1100000000000, W, "원", "currency", approx=True,
    f=("국내 반도체 전구체 시장", None, "", "2026", "level", "required", "a market total from a cited source: no subject"))
d.Q("21%", 21, "%", "%", P,
    f=("점유율", None, S, "2026", "level", "optional", "open question 3: 각각 → 세진; period 올해 of the market just named, or 2025 (the company's last period), or empty"))
d.Q("34%", 34, "%", "%", P,
    f=("점유율", None, "한솔케미칼", "2026", "level", "optional", "open question 3: 각각 → 한솔케미칼; period as for 21%"))
d.Q("5천억원", 500000000000, W, "원", "currency", bound="min", f=("매출", "매출 5천억", S, "2028", "level", "required", "이상 → min; the CEO speaks for the company"))
d.Q("150명", 150, "명", "명", C, bound="gt",
    f=("신규 인력", None, S, "2028", "level", "required", "넘게 → gt; no date in its clause: the sentence's 2028년"))

# ---------------------------------------------------------------- 002 supermarket chain: store closures and online sales (뉴스1, no year)
d = Doc("002_3e6d0de031104f35", "2026-02-05"); docs.append(d)
S = "한마음유통"; B = "한마음마트"
d.Oall(B, B, special={0: ("required", "headline topic: the chain, run as a business (brand named as a company)"),
                      1: ("required", "the chain its operator runs (운영하는)")})
d.Oall(S, S, special={2: ("required", "the counterparty of the parent's investment (에)"), 3: ("required", "organization before a head's title")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline")
d.O("이마트", "이마트", note="rival")
d.O("롯데마트", "롯데마트", note="rival")
d.O("산업통상자원부", "산업통상자원부", note="ministry cited as the source of industry figures")
d.O("한마음홀딩스", "한마음홀딩스", note="invented holding company (지주사)")

d.D("올해 상반기", "2026-H1", "half", rel=True, note="deadline (까지 outside)")
d.D("5일", "2026-02-05", "day", rel=True, note="announcement day")
d.D("지난해 말", "2025", "year", mod="END", rel=True)
d.D("지난해", "2025", "year", ctx="한마음유통의 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("같은 기간", "2025", "year", ctx="매출은 같은 기간 5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date (the breakdown of 지난해)")
d.D("지난해", "2025", "year", ctx="롯데마트도 지난해", rel=True)
d.D("지난해", "2025", "year", ctx="따르면 지난해", rel=True)
d.D("같은 기간", "2025", "year", ctx="매출은 같은 기간 14.5%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("이달 말", "2026-02", "month", mod="END", rel=True)
d.D("오는 3월", "2026-03", "month", rel=True, note="future: the next March")
d.D("올해", "2026", "year", ctx="올해 온라인", rel=True)

d.Q("12곳", 12, "곳", "곳", C, ctx="점포 12곳 닫는다",
    f=("점포", "점포 12곳 닫는다", B, "", "level", "required", "headline: its own organization; no date in the headline and none before it"))
d.Q("40%", 40, "%", "%", P, f=("온라인 매출", "온라인 매출은 40%", B, "", "change", "required", "headline: subject carried across …; no date"))
d.Q("12곳", 12, "곳", "곳", C, ctx="점포 12곳을",
    f=("오프라인 점포", None, S, "2026-H1", "level", "required", "올해 상반기까지: the deadline is the period"))
d.Q("118개", 118, "개", "개", C, f=("점포 수", None, S, "2025", "level", "required", "지난해 말 → 2025 (END)"))
d.Q("106개", 106, "개", "개", C,
    f=("점포 수", None, S, "2026-H1", "level", "required", "폐점이 끝나면: the closures' deadline 올해 상반기 (README convention 4)"))
d.Q("6천840억원", 684000000000, W, "원", "currency", f=("온라인 매출", "지난해 온라인 매출", S, "2025", "level"))
d.Q("40.2%", 40.2, "%", "%", P, f=("온라인 매출", "지난해 온라인 매출", S, "2025", "change", "required", "전년보다 = basis"))
d.Q("4조2천억원", 4200000000000, W, "원", "currency", f=("전체 매출", None, S, "2025", "level", "required", "a figure in brackets after the noun it measures"))
d.Q("16.3%", 16.3, "%", "%", P, f=("비중", None, S, "2025", "level", "required", "the online share of total revenue"))
d.Q("3.8%포인트", 3.8, "%p", "%포인트", P, f=("비중", None, S, "2025", "change"))
d.Q("2천100억원", 210000000000, W, "원", "currency", approx=True, f=("새벽배송 매출", None, S, "2025", "level", "required", "part (이 가운데) of the online revenue"))
d.Q("5%", 5, "%", "%", P, ctx="기간 5% 감소", f=("오프라인 매출", None, S, "2025", "change", "required", "감소: value as written (no sign), kind change"))
d.Q("1조1천억원", 1100000000000, W, "원", "currency", f=("매출", "4분기 매출이", S, "2025-Q4", "level"))
d.Q("5개", 5, "개", "개", C, f=("점포", "3개 점포를", "이마트", "2025", "level", "required", "각각 → 이마트"))
d.Q("3개", 3, "개", "개", C, f=("점포", "3개 점포를", "롯데마트", "2025", "level", "required", "각각 → 롯데마트"))
d.Q("3사", 3, "사", "사", C, st="optional", note="open question 1: a count that defines the group whose figure follows (대형마트 3사의 매출)")
d.Q("1.8%", 1.8, "%", "%", P,
    f=("매출", "3사의 매출은", "", "2025", "change", "required", "three chains not named: empty subject; the ministry is only the source"))
d.Q("14.5%", 14.5, "%", "%", P, f=("온라인 유통업체 매출", None, "", "2025", "change", "required", "an industry figure: no subject"))
d.Q("1천억원", 100000000000, W, "원", "currency", ctx="유통에 1천억원",
    f=("출자", "출자할", "한마음홀딩스", "2026-02", "level", "required", "the investor owns its investment; 이달 말까지 → 2026-02 (END); the recipient is no subject"))
d.Q("600명", 600, "명", "명", C, approx=True,
    f=("폐점 점포 직원", None, S, "", "level", "optional", "open question 4: no date in its clause; the sentence's other dates belong to the second quote"))
d.Q("2곳", 2, "곳", "곳", C, ctx="센터 2곳", f=("물류센터", None, S, "2026-03", "level", "required", "오는 3월부터 in its clause"))
d.Q("1조원", 1000000000000, W, "원", "currency", bound="gt", f=("온라인 매출", "올해 온라인 매출", S, "2026", "level", "required", "돌파 → gt"))

# ---------------------------------------------------------------- 003 K-drama studio: production costs and overseas licensing (머니투데이 bracket byline)
d = Doc("003_1d3cb23830bb8218", "2026-04-22"); docs.append(d)
S = "스튜디오해랑"
d.Oall(S, S, special={0: ("required", "headline topic"), 5: ("required", "organization before a head's title")})
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O("금융감독원", "금융감독원", note="government body; its 전자공시시스템 (a system) is not labelled")
d.O("후지TV", "후지TV", note="broadcaster, the buyer; 일본 (place) outside the span")
d.O("해랑미디어그룹", "해랑미디어그룹", note="invented parent (모회사)")
d.O("한국콘텐츠진흥원", "한국콘텐츠진흥원", note="agency cited as the source of an industry figure")

d.D("2025년", "2025", "year")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("22일", "2026-04-22", "day", rel=True, note="dates the source (에 따르면), not a period")
d.D("지난해", "2025", "year", ctx="스튜디오해랑의 지난해", rel=True)
d.D("2023년", "2023", "year")
d.D("지난해", "2025", "year", ctx="지난해 방영한", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.D("지난해", "2025", "year", ctx="해랑미디어그룹의 지난해", rel=True)
d.D("2020년", "2020", "year")
d.D("지난해", "2025", "year", ctx="지난해 15억", rel=True)
d.D("올해", "2026", "year", ctx="올해 작품 수", rel=True)

d.Q("30억", 3000000000, W, "", "currency", ctx="제작비 30억 시대", st="optional", note="headline amount, currency implied")
M1 = "해외 판권 판매로 거둔 매출"
d.Q("1천230억원", 123000000000, W, "원", "currency", f=(M1, None, S, "2025", "level", "required", "a modifier that changes what is measured stays in the metric"))
d.Q("62%", 62, "%", "%", P, f=(M1, None, S, "2025", "change", "required", "전년 대비 = basis"))
d.Q("2천48억원", 204800000000, W, "원", "currency", f=("전체 매출", None, S, "2025", "level"))
d.Q("60%", 60, "%", "%", P,
    f=("전체 매출", None, S, "2025", "level", "required", "A의 N%: the part (해외에서 벌어들인) is named by no noun, so the whole A is the metric (README convention 5)"))
d.Q("1천710억원", 171000000000, W, "원", "currency", f=("제작비", "지난해 제작비는", S, "2025", "level"))
d.Q("1천140억원", 114000000000, W, "원", "currency",
    f=("제작비", "지난해 제작비는", S, "2023", "level", "required", "a basis figure in brackets after an explicit year: that year"))
d.Q("50%", 50, "%", "%", P, f=("제작비", "지난해 제작비는", S, "2025", "change", "required", "2023년(…)보다 = basis; the current period"))
d.Q("285억원", 28500000000, W, "원", "currency", f=("평균 제작비", "작품당 평균 제작비", S, "2025", "level", "required", "작품당 is a rate word; 지난해 carried"))
d.Q("24억~30억원", 2400000000, W, "원", "currency", hi=3000000000,
    f=("평균 제작비", "작품당 평균 제작비", S, "2025", "level", "required", "a range: one mention; 회당으로는 re-expresses the same cost per episode"))
d.Q("6편", 6, "편", "편", C, f=("작품", "방영한 작품은", S, "2025", "level"))
d.Q("820억원", 82000000000, W, "원", "currency", f=("글로벌 OTT향 매출", None, S, "2025", "level", "required", "part of 해외 판권 매출; 지난해 carried"))
d.Q("410억원", 41000000000, W, "원", "currency", f=("일본·동남아 방송사 판매", None, S, "2025", "level", "required", "part of 해외 판권 매출"))
d.Q("2편", 2, "편", "편", C,
    f=("신작", None, "후지TV", "2026-Q1", "level", "required", "the buyer's purchase (README convention 6): subject 후지TV, the seller is no subject"))
d.Q("900만달러", 9000000, U, "달러", "currency", f=("방영권", None, "후지TV", "2026-Q1", "level", "required", "편당 is a rate word; the buyer's purchase price"))
d.Q("130억원", 13000000000, W, "원", "currency", approx=True, eq=("900만달러",),
    f=("방영권", None, "후지TV", "2026-Q1", "level", "required", "conversion: same slots as 900만달러"))
d.Q("380억원", 38000000000, W, "원", "currency", f=("영업이익", None, "해랑미디어그룹", "2025", "level"))
d.Q("45%", 45, "%", "%", P, approx=True,
    f=("기여분", None, S, "2025", "level", "required", "the genitive owner of 기여분 (스튜디오해랑의) is the subject; the parent's 지난해"))
M2 = "국내 드라마 평균 회당 제작비"
d.Q("7억원", 700000000, W, "원", "currency", approx=True, f=(M2, None, "", "2020", "level", "required", "안팎 → approx; an industry average: no subject"))
d.Q("15억원", 1500000000, W, "원", "currency", approx=True, f=(M2, None, "", "2025", "level", "required", "가량 → approx"))
d.Q("2배", 2, "배", "배", C, bound="min", f=(M2, None, "", "2025", "change", "required", "이상 → min; N배 올랐다 is a change; the current period"))
d.Q("8편", 8, "편", "편", C, f=("작품 수", None, S, "2026", "level"))
d.Q("250억원", 25000000000, W, "원", "currency", bound="max", f=("제작비", "제작비는 편당", S, "2026", "level", "required", "이하 → max; 편당 is a rate word"))

# ---------------------------------------------------------------- 004 pension fund: returns by asset class (press release)
d = Doc("004_1957d519ae2460fa", "2026-03-05"); docs.append(d)
S = "한국지방공제연금"
d.O(S, S, ctx="한국지방공제연금,", note="headline topic")
d.O(S, S, ctx="한국지방공제연금(이하", aliases="지방연금", note="full name; the 이하 short name goes to aliases (the 이사장 note in the same bracket is no alias)")
d.Oall("지방연금", S, special={0: ("optional", "short name where it is defined with 이하 (ANNOTATION: optional)"),
                              2: ("required", "organization before a person's title")})
d.O("국민연금공단", "국민연금공단", note="a peer fund (각각)")
d.O("공무원연금공단", "공무원연금공단", note="a peer fund (각각)")
d.O("기금운용본부", "기금운용본부", ctx="기금운용본부 홍보팀", st="optional",
    note="open question 5: a division with a generic name (a business unit?); inside the title 기금운용본부장 not labelled; 홍보팀 is a team label")

d.D("지난해", "2025", "year", ctx="연금, 지난해", rel=True, note="headline")
d.D("2025년", "2025", "year")
d.D("3월 5일", "2026-03-05", "day", rel=True, note="announcement day, year from the document date")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 말", "2025", "year", mod="END", rel=True, note="as of (기준)")
d.D("지난해 초", "2025", "year", mod="START", rel=True)
d.D("같은 기간", "2025", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to the fund's year")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="상반기 중: 중 outside")
d.D("하반기", "2026-H2", "half", rel=True, note="future clause (계획): the next H2")
d.D("올해", "2026", "year", ctx="올해 목표", rel=True)

d.Q("9.84%", 9.84, "%", "%", P, ctx="수익률 9.84%…", f=("기금 수익률", None, S, "2025", "level", "required", "headline"))
d.Q("21%", 21, "%", "%", P, f=("수익", "21% 수익", S, "2025", "level", "required", "headline: 수익 names the measure; the headline's 지난해 carried across …"))
d.Q("9.84%", 9.84, "%", "%", P, ctx="9.84%로", f=("기금운용 수익률", None, S, "2025", "level"))
d.Q("7.12%", 7.12, "%", "%", P,
    f=("기금운용 수익률", None, S, "2024", "level", "required", "a basis figure in brackets after a pointing-back date: that date's value"))
d.Q("2.72%포인트", 2.72, "%p", "%포인트", P, f=("기금운용 수익률", None, S, "2025", "change", "required", "높은: a difference against the basis"))
d.Q("2번째", 2, "번째", "번째", "ordinal", note="ordinal: no fact")
d.Q("28조6천억원", 28600000000000, W, "원", "currency", f=("기금 적립금", None, S, "2025", "level", "required", "지난해 말 기준 → 2025 (END)"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: a duration (새 like 간), no fact")
d.Q("2조5천억원", 2500000000000, W, "원", "currency", approx=True, f=("기금 적립금", None, S, "2025", "change", "required", "늘었다: a change"))
d.Q("2조6천억원", 2600000000000, W, "원", "currency", approx=True, f=("운용수익금", None, S, "2025", "level", "required", "안팎 → approx"))
for q in ("21.3%", "14.6%", "6.2%", "3.9%"):
    d.Q(q, q[:-1], "%", "%", P,
        f=("기금운용 수익률", None, S, "2025", "level", "required",
           "breakdown item (자산군별로는): the measure the breakdown divides, named for this fund in the lead (README convention 2)"))
d.Q("32%", 32, "%", "%", P, f=("해외주식 비중", None, S, "2025", "level", "required", "no date in the sentence: 2025 carried (지난해 초 is the basis)"))
d.Q("27%", 27, "%", "%", P, f=("해외주식 비중", None, S, "2025", "level", "required", "basis in brackets after 지난해 초 → 2025 (START)"))
d.Q("5%포인트", 5, "%p", "%포인트", P, f=("해외주식 비중", None, S, "2025", "change"))
d.Q("11.2%", 11.2, "%", "%", P, f=("수익률", "공무원연금공단의 수익률", "국민연금공단", "2025", "level", "required", "각각 → 국민연금공단; 같은 기간 → 2025"))
d.Q("8.9%", 8.9, "%", "%", P, f=("수익률", "공무원연금공단의 수익률", "공무원연금공단", "2025", "level", "required", "각각 → 공무원연금공단"))
d.Q("3조원", 3000000000000, W, "원", "currency", bound="min",
    f=("자산운용사 위탁", None, S, "2026-H1", "level", "required", "규모 amount: the thing whose size it is; 이상 → min"))
d.Q("5.5%", 5.5, "%", "%", P, bound="min", f=("목표 수익률", None, S, "2026", "level", "required", "the head of the fund's division speaks for the fund"))
d.Q("40%", 40, "%", "%", P, approx=True, f=("채권 비중", None, S, "2026", "level", "required", "no date in its clause: the sentence's 올해"))

# ---------------------------------------------------------------- 005 city housing supply plan and prices (regional daily, 입력 stamp)
d = Doc("005_9eb246c5e20c7f9c", "2026-01-21"); docs.append(d)
S = "대전시"
Oword(d, S, S, not_before="의", special={0: ("required", "headline topic: a city acting as a government"),
                                          2: ("required", "organization before an official's title (도시주택국장)")})
d.O("시", S, ctx="시는 20일", st="optional", note="unnamed institution noun (like 시의회) pointing to 대전시: optional")
d.O("대전일보", "대전일보", note="outlet in the byline line")
d.O("대전도시공사", "대전도시공사", note="the city's housing corporation")
d.O("한국부동산원", "한국부동산원", note="agency cited as the source of price statistics")
d.O("금강건설", "금강건설", note="invented builder (각각)")
d.O("계룡건설산업", "계룡건설산업", note="builder (각각)")
d.O("대전시의회", "대전시의회", note="a named council: required (one mention, 대전시 inside it not split off)")

d.D("올해", "2026", "year", ctx="대전시, 올해", rel=True, note="headline")
d.D("2026.01.21", "2026-01-21", "day", note="the 입력 stamp's date: a calendar date written in the text")
d.D("09:15", "2026-01-21T09:15", "day", st="optional", rng=False, note="clock time (optional at most)")
d.D("올해", "2026", "year", ctx="대전시가 올해", rel=True)
d.D("지난해", "2025", "year", ctx="지난해 공급", rel=True)
d.D("20일", "2026-01-20", "day", rel=True, note="announcement day (발표했다)")
d.D("상반기", "2026-H1", "half", ctx="상반기에만", rel=True, note="the current half, in a future clause")
d.D("지난해", "2025", "year", ctx="가격은 지난해", rel=True)
d.D("지난달 둘째 주", "2025-W50", "week", rel=True, rng=False, note="the second week of December 2025 (Mon 8 – Sun 14)")
d.d[-1].update(range_start="2025-12-08", range_end="2025-12-14")
d.D("전주", "2025-W49", "week", rel=True, st="optional", rng=False, anchor="2025-12-08", note="points back to the week just named")
d.d[-1].update(range_start="2025-12-01", range_end="2025-12-07")
d.D("11월 말", "2025-11", "month", mod="END", rel=True, note="as of (기준): the latest November-end before the document date")
d.D("전월", "2025-10", "month", rel=True, st="optional", anchor="2025-11-01", note="points back to 11월")
d.D("올해", "2026", "year", ctx="올해 각각", rel=True)
d.D("다음 달 10일", "2026-02-10", "day", rel=True, note="deadline (까지 outside)")

d.Q("1만8천가구", 18000, "가구", "가구", C, f=("아파트", "아파트 1만8천", S, "2026", "level", "required", "headline: the counted noun"))
d.Q("1만8천200가구", 18200, "가구", "가구", C, f=("공동주택", None, S, "2026", "level", "required", "the counted noun (공급한다 is the verb)"))
d.Q("1만1천400가구", 11400, "가구", "가구", C, f=("공급 물량", None, S, "2025", "level", "required", "a figure in brackets after the noun it measures"))
d.Q("59.6%", 59.6, "%", "%", P, f=("공급 물량", None, S, "2026", "change", "required", "N% 많은 규모: a change against the basis; the current period"))
d.Q("1만2천600가구", 12600, "가구", "가구", C, f=("분양", "분양 1만2천600", S, "2026", "level", "required", "breakdown by type (유형별로는): the type noun itself names the supply"))
d.Q("5천600가구", 5600, "가구", "가구", C, f=("임대", "임대 5천600", S, "2026", "level"))
d.Q("2천300가구", 2300, "가구", "가구", C,
    f=("공공임대", None, "대전도시공사", "2026", "level", "required", "the supplier (공급하는) owns the part; a part (이 가운데) takes the whole's period"))
d.Q("1천500가구", 1500, "가구", "가구", C, f=("입주자 모집", None, "대전도시공사", "2026-H1", "level", "required", "상반기 in its clause"))
d.Q("2.1%", 2.1, "%", "%", P, f=("대전 아파트 매매가격", None, "", "2025", "change", "required", "a market figure: no subject; the cited agency is no subject"))
d.Q("2년", 2, "year", "년", "duration", ctx="2년 연속", note="2년 연속: a duration, no fact")
d.Q("0.03%", 0.03, "%", "%", P, f=("매매가격지수", None, "", "2025-W50", "change", "required", "전주보다 = basis"))
d.Q("3천120가구", 3120, "가구", "가구", C, f=("미분양 주택", None, "", "2025-11", "level", "required", "11월 말 기준 → 2025-11 (END)"))
d.Q("8%", 8, "%", "%", P, f=("미분양 주택", None, "", "2025-11", "change", "required", "전월 대비 = basis"))
d.Q("3천400가구", 3400, "가구", "가구", C, f=("분양", "가구를 분양할", "금강건설", "2026", "level", "required", "각각 → 금강건설; verbal noun as metric"))
d.Q("2천800가구", 2800, "가구", "가구", C, f=("분양", "가구를 분양할", "계룡건설산업", "2026", "level", "required", "각각 → 계룡건설산업"))
d.Q("420억원", 42000000000, W, "원", "currency",
    f=("관련 예산", None, S, "", "level", "optional",
       "open question 6: the city's budget reviewed by the council — subject 대전시 or 대전시의회; period empty, 2026 (carried) or the review deadline"))
d.Q("5천가구", 5000, "가구", "가구", C, bound="min",
    f=("공공주택 착공 물량", None, S, "", "level", "optional",
       "open question 7: 연 N 이상으로 유지 — an ongoing yearly rate: period empty or 2026 by carry-forward"))

# ---------------------------------------------------------------- 006 bakery franchise: store count and royalties (뉴시스)
d = Doc("006_7b96e7045226e6fc", "2025-08-12"); docs.append(d)
S = "밀담에프앤비"; B = "밀담베이커리"
d.Oall(B, B, special={0: ("required", "headline topic: the franchise brand, named as a company"),
                      1: ("required", "the brand its operator runs (운영하는)")})
d.Oall(S, S, special={1: ("required", "the company whose shares the parent bought"), 2: ("required", "organization before a head's title")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("공정거래위원회", "공정거래위원회", note="government body cited as the source; its 가맹사업정보제공시스템 (a system) is not labelled")
d.O("파리바게뜨", "파리바게뜨", note="rival brand, named as a company")
d.O("뚜레쥬르", "뚜레쥬르", note="rival brand, named as a company")
d.O("동하홀딩스", "동하홀딩스", note="invented parent (모회사)")
d.O("한국프랜차이즈산업협회", "한국프랜차이즈산업협회", note="association cited as the source of an industry figure")

d.D("2025년 6월 말", "2025-06", "month", mod="END", note="as of (기준)")
d.D("12일", "2025-08-12", "day", rel=True, note="announcement day")
d.D("상반기", "2025-H1", "half", ctx="상반기에만", rel=True, note="the latest H1 on or before the document date")
d.D("같은 기간", "2025-H1", "half", ctx="같은 기간 가맹점", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("지난해 같은 기간", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01",
    note="one pointing-back expression (the same half a year earlier): optional")
d.D("지난해", "2024", "year", ctx="매출은 지난해", rel=True)
d.D("지난 4월", "2025-04", "month", rel=True)
d.D("지난해 말", "2024", "year", mod="END", rel=True)
d.D("연말", "2025", "year", mod="END", rel=True, note="future clause (까지): this year's end")
d.D("내년 상반기", "2026-H1", "half", rel=True)

d.Q("1천곳", 1000, "곳", "곳", C, bound="gt", f=("가맹점", "가맹점 1천곳", B, "", "level", "required", "headline: its own organization; no date; 돌파 → gt"))
d.Q("30%", 30, "%", "%", P, f=("로열티 수입", "로열티 수입 30%", B, "", "change", "required", "headline: subject carried across …; no date"))
d.Q("1천12곳", 1012, "곳", "곳", C, f=("가맹점 수", None, S, "2025-06", "level", "required", "6월 말 기준 → 2025-06 (END)"))
d.Q("87곳", 87, "곳", "곳", C, f=("", None, S, "2025-H1", "level", "required", "새로 문을 열었고: no noun names it (metric empty); a count of openings is a level"))
d.Q("23곳", 23, "곳", "곳", C, f=("폐점", "폐점했다", S, "2025-H1", "level", "required", "verbal noun as metric"))
d.Q("148억원", 14800000000, W, "원", "currency", f=("로열티 수입", "로열티 수입은", S, "2025-H1", "level", "required", "같은 기간 → 상반기"))
d.Q("30.4%", 30.4, "%", "%", P, f=("로열티 수입", "로열티 수입은", S, "2025-H1", "change", "required", "지난해 같은 기간보다 = basis"))
d.Q("3%", 3, "%", "%", P, ctx="매출의 3%",
    f=("로열티", "로열티는 점포", S, "2025-H1", "level", "required", "A의 N%: the part named as the clause's subject (로열티) is the metric; 상반기 carried"))
d.Q("한 곳", 1, "곳", "곳", C, st="optional", note="rate denominator (한 곳당): optional")
d.Q("250만원", 2500000, W, "원", "currency", approx=True,
    f=("로열티", "로열티는 점포", S, "2025-H1", "level", "required", "월평균 and 한 곳당 qualify the basis: outside the metric"))
d.Q("5억2천만원", 520000000, W, "원", "currency",
    f=("연평균 매출", None, B, "2024", "level", "required", "the franchisees' average published for the brand: the brand is the subject (README convention 7)"))
d.Q("1위", 1, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("7억8천만원", 780000000, W, "원", "currency", f=("연평균 매출", None, "파리바게뜨", "2024", "level", "required", "a figure in brackets after the brand it measures"))
d.Q("2위", 2, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("5억9천만원", 590000000, W, "원", "currency", f=("연평균 매출", None, "뚜레쥬르", "2024", "level"))
d.Q("15%", 15, "%", "%", P,
    f=("지분", "지분 15%", "동하홀딩스", "2025-04", "change", "required", "추가 취득: the increase of the holder's stake (a difference)"))
d.Q("66%", 66, "%", "%", P, f=("지분율", None, "동하홀딩스", "2025-04", "level", "required", "the holder owns its stake"))
d.Q("9천200곳", 9200, "곳", "곳", C, approx=True, f=("국내 제과제빵 가맹점", None, "", "2024", "level", "required", "an industry total from a cited association: no subject"))
d.Q("3개", 3, "개", "개", C, st="optional", note="open question 1: a count that defines the group (상위 3개 브랜드)")
d.Q("60%", 60, "%", "%", P, bound="min",
    f=("상위 3개 브랜드", None, "", "2024", "level", "required", "N%를 차지한다: the part named as the clause's subject; brands not named: empty subject"))
d.Q("1천100곳", 1100, "곳", "곳", C, f=("가맹점", "가맹점을 1천100곳", S, "2025", "level", "required", "연말까지 → 2025 (END)"))

write_all(docs)
