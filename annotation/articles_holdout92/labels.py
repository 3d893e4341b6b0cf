"""Gold labels of articles-holdout92, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout92/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 car maker: January domestic and export sales (연합뉴스 dateline)
d = Doc("001_358b291fbc29184c", "2026-02-02"); docs.append(d)
S = "한결모터스"
d.Oall(S, S, special={0: ("required", "headline topic with a comma"), 3: ("required", "organization before a head's title (대표)")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("현대자동차", "현대자동차", note="rival, first of a pair with 각각")
d.O("기아", "기아", note="rival, second of a pair with 각각")
d.O("한국자동차모빌리티산업협회", "한국자동차모빌리티산업협회", aliases="KAMA", note="association cited as source; (KAMA) is an alias outside the span")
d.O("한결글로벌로지스", "한결글로벌로지스", note="invented subsidiary (물류 자회사)")
J = "2026-01"
d.D("1월", J, "month", ctx="1월 판매 3만2천대", rel=True, note="headline month: the latest January on or before the document date")
d.D("2026년 1월", J, "month")
d.D("2일", "2026-02-02", "day", rel=True, note="day of the announcement (밝혔다), no period")
d.D("전년 동월", "2025-01", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년 1월 (like 전년 동기)")
d.D("같은 기간", J, "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년 1월")
d.D("같은 달", J, "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 2026년 1월")
d.D("1월", J, "month", ctx="1월 완성차", rel=True)
d.D("작년 1월", "2025-01", "month", rel=True, note="작년 (= 지난해) before a month is in the span")
d.D("이달", "2026-02", "month", rel=True)
d.D("올해", "2026", "year", rel=True)
d.D("지난해", "2025", "year", rel=True)
SALE = ("판매", "판매했다고")
d.Q("3만2천대", 32000, "대", "대", C, f=("판매", "1월 판매", S, J, "level", "required", "headline: its own organization and month"))
d.Q("25%", 25, "%", "%", P, ctx="수출 25%", f=("수출", "…수출 25%", S, J, "change", "required", "headline; 늘어 → change"))
d.Q("1만1천408대", 11408, "대", "대", C, f=SALE + (S, J, "level", "required", "no noun but the verb 판매했다 names it (verbal noun)"))
d.Q("2만1천95대", 21095, "대", "대", C, f=SALE + (S, J, "level"))
d.Q("3만2천503대", 32503, "대", "대", C, note="총 outside the span", f=SALE + (S, J, "level"))
d.Q("9.4%", 9.4, "%", "%", P, f=SALE + (S, J, "change", "required", "dropped subject: the total just sold; 전년 동월 is the basis"))
d.Q("25.3%", 25.3, "%", "%", P, f=("수출", "수출은 같은", S, J, "change", "required", "같은 기간 → 2026-01"))
d.Q("11.2%", 11.2, "%", "%", P, note="줄었다: no sign written, value stays positive",
    f=("내수", "내수는 신차", S, J, "change"))
d.Q("4천215대", 4215, "대", "대", C, f=("테라온", "'테라온'이", S, J, "level", "required", "a model of the company (product, no ORG): counted noun as metric, the maker as subject"))
d.Q("37%", 37, "%", "%", P, approx=True, f=("내수", "내수의 약 37%", S, J, "level", "required", "share of the domestic sales (내수의 …를 차지했고)"))
d.Q("1천30대", 1030, "대", "대", C, f=("이온5", "'이온5'는", S, J, "level"))
d.Q("1천대", 1000, "대", "대", C, bound="gt", note="넘었다 → gt", f=("이온5", "'이온5'는", S, J, "level", "required", "threshold passed by the same figure"))
d.Q("9천870대", 9870, "대", "대", C, f=("북미 수출", None, S, J, "level", "required", "a place that changes what is measured stays in the metric"))
d.Q("6천120대", 6120, "대", "대", C, f=("수출", "북미 수출이", S, J, "level", "required", "breakdown item (지역별로는): the breakdown's measure"))
d.Q("2천여 대", 2000, "대", "대", C, approx=True, note="여 between number and unit: inside the span", f=("수출", "북미 수출이", S, J, "level", "required", "breakdown item"))
d.Q("5만1천230대", 51230, "대", "대", C, f=("", None, "현대자동차", J, "level", "required", "각각: the first organization; 팔았다 is no noun → empty metric; 같은 달 → 2026-01"))
d.Q("4만2천18대", 42018, "대", "대", C, f=("", None, "기아", J, "level", "required", "각각: the second organization"))
d.Q("5개사", 5, "개사", "개사", C, st="optional", note="count defining the group (완성차 5개사): open question")
d.Q("11만8천여 대", 118000, "대", "대", C, approx=True, f=("내수 판매", None, "", J, "level", "required", "five makers taken together, not named: empty subject; KAMA is only the source"))
d.Q("4.6%", 4.6, "%", "%", P, f=("내수 판매", None, "", J, "change", "required", "basis 작년 1월; period the current month"))
d.Q("3만대", 30000, "대", "대", C, approx=True, note="안팎 → approx", f=("선적 능력", None, "한결글로벌로지스", "2026-02", "level", "required", "월 is a rate word outside the metric; 이달부터 → 2026-02"))
d.Q("1.5배", 1.5, "배", "배", C, f=("선적 능력", None, "한결글로벌로지스", "2026-02", "change", "required", "N배 늘린다: a change"))
d.Q("42만대", 420000, "대", "대", C, f=("판매 목표", None, S, "2026", "level", "required", "the head speaks for the company; 연간 is a period modifier"))
d.Q("8%", 8, "%", "%", P, ctx="지난해 8%", f=("전기차 비중", None, S, "2025", "level"))
d.Q("15%", 15, "%", "%", P, bound="min", note="이상 → min", f=("전기차 비중", None, S, "2026", "level", "required", "target of the quote's 올해"))

if __name__ == "__main__":
    write_all(docs)
