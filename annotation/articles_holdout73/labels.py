"""Gold labels of articles-holdout73, written by reading the texts against /work/shared/ANNOTATION.md and /work/shared/FACTS.md.
Run: /work/main/.venv/bin/python annotation/articles_holdout73/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []


def set_range(d, start, end):
    """Day range of the DATE row just added, where the framework cannot compute it (a quarter with a mod)."""
    d.d[-1]["range_start"], d.d[-1]["range_end"] = start, end


# ---------------------------------------------------------------- 001 steel maker: annual results and price (연합뉴스 dateline)
d = Doc("001_45847a43e25de99b", "2026-02-05"); docs.append(d)
S = "서진제철"
d.Oall(S, S, special={0: ("required", "headline topic"), 1: ("required", "company, topic of the lead"),
                      2: ("required", "parent in a genitive (서진제철의 … 자회사)"), 3: ("required", "")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.Oall("서진특수강", "서진특수강", special={0: ("required", "invented subsidiary (자회사)")})
d.O("한국철강협회", "한국철강협회", note="industry association cited as source (에 따르면)")
d.O("HD현대중공업", "HD현대중공업", note="customer (로부터 … 계약)")
d.O("현대제철", "현대제철", note="rival (경쟁사)")
d.O("동국제강", "동국제강", note="rival (경쟁사)")
Y = "2025"
d.D("지난해", Y, "year", ctx="지난해 영업이익 2,140억", rel=True, note="headline")
d.D("전년", "2024", "year", ctx="전년比", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해; 比 outside")
d.D("2025년", Y, "year")
d.D("전년", "2024", "year", ctx="전년보다 6.4%", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("5일", "2026-02-05", "day", rel=True, note="day of the disclosure (공시했다): not a period")
d.D("전년", "2024", "year", ctx="전년(3.0%)", rel=True, st="optional", anchor="2025-01-01", note="points back")
d.D("4분기", "2025-Q4", "quarter", rel=True, note="bare quarter: the latest Q4 on or before the document date")
d.D("지난해", Y, "year", ctx="지난해 국내 철강재", rel=True)
d.D("올해 초", "2026", "year", mod="START", rel=True)
d.D("지난해", Y, "year", ctx="지난해 영업이익은 각각", rel=True)
d.D("다음 달 1일", "2026-03-01", "day", rel=True, note="future: the next month's first day; 부터 outside")
d.D("올해", "2026", "year", ctx="올해 철강 수요", rel=True)
d.D("상반기", "2026-H1", "half", rel=True, note="future clause (끌어올리겠다): the current/next H1")
d.Q("2,140억", 214000000000, W, "", "currency", ctx="2,140억…", st="optional", note="headline amount, currency implied",
    f=("영업이익", "지난해 영업이익 2,140억", S, Y, "level"))
d.Q("18%", 18, "%", "%", P, f=("영업이익", "지난해 영업이익 2,140억", S, Y, "change", "required", "headline; 전년比 is the basis"))
d.Q("8조 3,260억 원", 8326000000000, W, "원", "currency", f=("매출", "기준 매출이", S, Y, "level", "required", "연결 기준 outside the metric"))
d.Q("6.4%", 6.4, "%", "%", P, f=("매출", "기준 매출이", S, Y, "change", "required", "줄었다: sign not written, value as written"))
d.Q("2,140억 원", 214000000000, W, "원", "currency", f=("영업이익", "영업이익은 2,140억", S, Y, "level", "required", "subject dropped, carried from the lead"))
d.Q("18.2%", 18.2, "%", "%", P, f=("영업이익", "영업이익은 2,140억", S, Y, "change"))
d.Q("2.6%", 2.6, "%", "%", P, f=("영업이익률", "영업이익률은 2.6%", S, Y, "level"))
d.Q("3.0%", "3.0", "%", "%", P, f=("영업이익률", "영업이익률은 2.6%", S, "2024", "level", "required",
    "basis in brackets after 전년: the figure is the 2024 margin (convention 4); value as written"))
d.Q("0.4%포인트", 0.4, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 2.6%", S, Y, "change"))
d.Q("310억 원", 31000000000, W, "원", "currency", f=("영업이익", "4분기 영업이익은", S, "2025-Q4", "level"))
d.Q("620만t", 6200000, "t", "t", M, approx=True, f=("판매량", "판매량이", S, Y, "level", "required", "회사 = 서진제철 (anaphor); 약 → approx"))
d.Q("1,480만t", 14800000, "t", "t", M, approx=True,
    f=("국내 철강재 수입량", None, "", Y, "level", "required", "national figure; the association is only the source"))
d.Q("60%", 60, "%", "%", P, approx=True,
    f=("중국산", "중국산이 60%", "", Y, "level", "required", "share of the part named as the clause subject (convention 5)"))
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency",
    f=("매출", "매출 1조 1,500억", "서진특수강", Y, "level", "required", "subsidiary in the parent's annual story: the story's 지난해 (convention 1)"))
d.Q("4만여 개", 40000, "개", "개", C, approx=True,
    f=("선박용 부품", None, "서진특수강", "2026", "level", "required", "the supplier's contract; 올해 초 in its clause; the customer is no subject"))
d.Q("3년", 3, "year", "년", "duration", ctx="3년간", note="3년간 → 3년: duration, no fact")
d.Q("3,140억 원", 314000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익은 각각", "현대제철", Y, "level", "required", "각각: first name ↔ first figure"))
d.Q("1,120억 원", 112000000000, W, "원", "currency", f=("영업이익", "지난해 영업이익은 각각", "동국제강", Y, "level"))
d.Q("3만 원", 30000, W, "원", "currency",
    f=("열연강판 유통 가격", None, S, "2026-03-01", "change", "required", "a price raised from a day: that day is the period; t당 (no number) not labelled"))
d.Q("86만 원", 860000, W, "원", "currency", approx=True, f=("열연강판 유통 가격", None, S, "2026-03-01", "level"))
d.Q("1~2%", 1, "%", "%", P, hi=2, f=("철강 수요", None, "", "2026", "change", "required", "market figure (demand): no subject, quoted by the CEO"))
d.Q("30%", 30, "%", "%", P, bound="min", f=("수출 비중", None, S, "2026-H1", "level", "required", "the CEO speaks for the company; 이상 → min"))

# ---------------------------------------------------------------- 002 card association: spending by category (뉴스1 dateline; no year anywhere)
d = Doc("002_6edf60b6ab4f3fa3", "2026-03-12"); docs.append(d)
H = "한결카드"
d.O("뉴스1", "뉴스1", note="news agency in the dateline; digit inside the name")
d.O("여신금융협회", "여신금융협회", note="association, the source of the industry statistics (밝혔다)")
d.O("신한카드", "신한카드")
d.O("삼성카드", "삼성카드")
d.O("한결카드", H, aliases="한결", note="invented card company; (이하 한결) recorded as alias")
d.O("한결", H, ctx="(이하 한결)", st="optional", note="short name defined with 이하: optional where defined")
d.O("한결", H, ctx="한결의 지난달", note="later use of the defined short name: required")
d.O("한결", H, ctx="한결 관계자", note="organization before 관계자")
M2 = "2026-02"
d.D("지난달", M2, "month", ctx="지난달 카드 승인액", rel=True, note="headline")
d.D("지난달", M2, "month", ctx="지난달 전체", rel=True)
d.D("지난해 같은 달", "2025-02", "month", rel=True, st="optional", anchor="2026-02-01", note="points back to 지난달: one mention")
d.D("12일", "2026-03-12", "day", rel=True, note="day of the announcement: not a period")
d.D("같은 기간", M2, "month", rel=True, st="optional", anchor="2026-02-01", note="points back to 지난달")
d.D("올해 1~2월", "2026-01/2026-02", "month", rel=True, note="올해 before a month range: one mention")
d.D("전년 동기", "2025-01/2025-02", "month", rel=True, st="optional", anchor="2026-01-01", note="points back to 올해 1~2월")
d.D("지난달 말", M2, "month", mod="END", rel=True, note="as of (기준)")
d.D("2분기 말", "2026-Q2", "quarter", mod="END", rel=True, rng=False, note="future (까지 … 계획): the next Q2 end")
set_range(d, "2026-06-01", "2026-06-30")
d.Q("98조", 98000000000000, W, "", "currency", ctx="98조…", st="optional", note="headline amount, currency implied",
    f=("승인액", "카드 승인액 98조", "", M2, "level"))
d.Q("21%", 21, "%", "%", P, f=("승인액", "카드 승인액 98조", "", M2, "change", "required",
    "headline breakdown item (여행): the measure noun is the metric (convention 3); market figure, no subject"))
d.Q("98조 4천억 원", 98400000000000, W, "원", "currency",
    f=("카드 승인금액", None, "", M2, "level", "required", "industry total; the association is the source, not the subject"))
d.Q("5.1%", 5.1, "%", "%", P, f=("카드 승인금액", None, "", M2, "change", "required", "basis 지난해 같은 달; period the current month"))
d.Q("23억 6천만 건", 2360000000, "건", "건", C, f=("승인 건수", None, "", M2, "level", "required", "the lead's 지난달 (같은 기간 in the sentence)"))
d.Q("7.3%", 7.3, "%", "%", P, f=("승인 건수", None, "", M2, "change"))
d.Q("4만 1,700원", 41700, W, "원", "currency", f=("평균 결제액", None, "", M2, "level", "required", "건당 (no number) is a rate word, not labelled"))
d.Q("1년", 1, "year", "년", "duration", ctx="1년 새", note="1년 새: an amount of time, no fact")
d.Q("2%", 2, "%", "%", P, ctx="약 2%", approx=True, f=("평균 결제액", None, "", M2, "change"))
d.Q("12조 8천억 원", 12800000000000, W, "원", "currency", f=("음식점업 승인액", None, "", M2, "level", "required", "category named inside the measure noun: kept"))
d.Q("8.9%", 8.9, "%", "%", P, f=("음식점업 승인액", None, "", M2, "change"))
d.Q("2조 1천억 원", 2100000000000, W, "원", "currency", f=("승인액", "음식점업 승인액", "", M2, "level", "required",
    "breakdown item 여행업 with no measure noun of its own: the breakdown's measure (convention 3)"))
d.Q("21.4%", 21.4, "%", "%", P, f=("승인액", "음식점업 승인액", "", M2, "change"))
d.Q("4.6%", 4.6, "%", "%", P, f=("승인액", "음식점업 승인액", "", M2, "change", "required", "breakdown item 유류 판매업 (convention 3)"))
d.Q("194조 원", 194000000000000, W, "원", "currency", bound="gt", f=("누적 승인액", None, "", "2026-01/2026-02", "level", "required", "돌파 → gt"))
d.Q("16%", 16, "%", "%", P, f=("법인카드 비중", None, "", "2026-01/2026-02", "level", "required", "이 가운데: part of the 1~2월 total"))
d.Q("17.2%", 17.2, "%", "%", P, f=("법인카드 비중", None, "", "2025-01/2025-02", "level", "required", "basis in brackets after 전년 동기 (convention 4)"))
d.Q("1.2%포인트", 1.2, "%p", "%포인트", P, f=("법인카드 비중", None, "", "2026-01/2026-02", "change"))
d.Q("19.8%", 19.8, "%", "%", P, f=("개인 신용판매 점유율", None, "신한카드", M2, "level", "required",
    "각각: first name ↔ first figure; no date in the sentence: the lead's 지난달 (convention 1: no period set for this subject or metric, the lead's)"))
d.Q("17.5%", 17.5, "%", "%", P, f=("개인 신용판매 점유율", None, "삼성카드", M2, "level", "required", "as 19.8%"))
d.Q("4%", 4, "%", "%", P, ctx="4%대", approx=True, f=("점유율", "점유율을 4%대", H, M2, "level", "required",
    "suffix 대 outside the span → approx; the new level reached (올렸다) is a level"))
d.Q("310만 명", 3100000, "명", "명", C, approx=True, f=("회원 수", None, H, M2, "level", "required", "as of 지난달 말: period 2026-02"))
d.Q("3만 곳", 30000, "곳", "곳", C, approx=True, f=("수수료 우대 가맹점", None, H, "2026-Q2", "change", "required",
    "a count to be added (추가할): a change (convention 8); 관계자 speaks for 한결카드"))

# ---------------------------------------------------------------- 003 entertainment agency: album sales and concert revenue ([머니투데이 기자] byline)
d = Doc("003_69dabf8be5dbf6b3", "2025-08-14"); docs.append(d)
L = "루미엔터테인먼트"
d.O("루미엔터", L, ctx="루미엔터, ", note="headline short form of 루미엔터테인먼트")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
d.O(L, L, aliases="루미", note="invented agency; (이하 루미) recorded as alias")
d.O("루미", L, ctx="(이하 루미)", st="optional", note="short name defined with 이하: optional where defined")
d.O("블루웨이브", "블루웨이브", ctx="그룹 블루웨이브", st="optional", note="music group: optional")
d.O("블루웨이브", "블루웨이브", ctx="블루웨이브 정규", st="optional", note="music group: optional")
d.O("한국음악콘텐츠협회", "한국음악콘텐츠협회", note="association cited as source")
d.O("루미", L, ctx="루미의 2분기", note="later use of the defined short name")
d.O("스타라인미디어", "스타라인미디어", note="invented parent (모회사)")
d.O("루미", L, ctx="루미 지분", note="the company whose shares are held")
d.O("하이브", "하이브", note="rival")
d.O("JYP엔터테인먼트", "JYP엔터테인먼트", note="rival")
H1 = "2025-H1"
d.D("상반기", H1, "half", ctx="상반기 앨범 310만장", rel=True, note="headline: the latest H1 on or before the document date")
d.D("2025년 상반기", H1, "half")
d.D("14일", "2025-08-14", "day", rel=True, note="day of the announcement")
d.D("전년 동기", "2024-H1", "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("3~6월", "2025-03/2025-06", "month", rel=True, note="month range without a year: the latest on or before the document date")
d.D("같은 기간", H1, "half", rel=True, st="optional", anchor="2025-01-01", note="points back to 상반기")
d.D("2분기", "2025-Q2", "quarter", ctx="루미의 2분기", rel=True)
d.D("1분기", "2025-Q1", "quarter", rel=True, note="the compared quarter, written as a quarter: required")
d.D("2분기", "2025-Q2", "quarter", ctx="2분기 공연 매출은 각각", rel=True)
d.D("하반기", "2025-H2", "half", rel=True, note="future clause: the coming H2")
d.D("연말", "2025", "year", mod="END", rel=True, note="future (까지 … 넘기겠다): this year's end")
d.Q("310만장", 3100000, "장", "장", C, f=("앨범", "앨범 310만장", L, H1, "level", "required", "headline: the headline's org and 상반기; counted noun 앨범"))
d.Q("2배", 2, "배", "배", C, ctx="2배로", f=("공연 매출", "공연 매출 2배로", L, H1, "change", "required", "N배로 against a past basis: a change"))
d.Q("310만 장", 3100000, "장", "장", C, f=("앨범 판매량", "앨범 판매량 310만", L, H1, "level"))
d.Q("642억 원", 64200000000, W, "원", "currency", f=("공연 매출", "공연 매출 642억", L, H1, "level"))
d.Q("318억 원", 31800000000, W, "원", "currency", f=("공연 매출", "공연 매출은 전년", L, "2024-H1", "level", "required",
    "basis in brackets after 전년 동기 (convention 4)"))
d.Q("2배", 2, "배", "배", C, ctx="2배를 넘었다", bound="gt", f=("공연 매출", "공연 매출은 전년", L, H1, "change", "required", "넘었다 → gt"))
d.Q("12개", 12, "개", "개", C, ctx="12개 도시", f=("도시", None, "블루웨이브", "2025-03/2025-06", "level", "optional",
    "the group's tour: a figure whose subject is only a music group (optional ORG) → optional fact"))
d.Q("38만 명", 380000, "명", "명", C, approx=True, f=("", None, "블루웨이브", "2025-03/2025-06", "level", "optional",
    "no noun names the counted people (몰린): empty metric; the group's tour → optional fact"))
d.Q("2집", 2, "집", "집", "ordinal", st="optional", note="album number (정규 2집): an ordinal not among the listed markers, name-like (open question 4)")
d.Q("182만 장", 1820000, "장", "장", C, f=("앨범 판매량", "앨범 판매량 가운데", L, H1, "level", "required",
    "item of the agency's album sales (가운데): the agency's figure, the breakdown's measure (convention 3)"))
d.Q("4,870만 장", 48700000, "장", "장", C, f=("실물 앨범 판매량", None, "", H1, "level", "required", "national market total; the association is the source"))
d.Q("14%", 14, "%", "%", P, f=("실물 앨범 판매량", None, "", H1, "change"))
d.Q("1,105억 원", 110500000000, W, "원", "currency", f=("매출", "2분기 매출은", L, "2025-Q2", "level"))
d.Q("164억 원", 16400000000, W, "원", "currency", f=("영업이익", "영업이익은 164억", L, "2025-Q2", "level"))
d.Q("14.8%", 14.8, "%", "%", P, f=("영업이익률", "영업이익률은 14.8%", L, "2025-Q2", "level", "required", "subject dropped, 2분기 carried"))
d.Q("3.1%포인트", 3.1, "%p", "%포인트", P, f=("영업이익률", "영업이익률은 14.8%", L, "2025-Q2", "change", "required", "1분기보다: basis; period the current quarter"))
d.Q("58%", 58, "%", "%", P, f=("지분", "루미 지분", "스타라인미디어", "", "level", "required",
    "the holder owns its stake; a present holding, no period set for this subject: empty (convention 11)"))
d.Q("2,030억 원", 203000000000, W, "원", "currency", f=("공연 매출", "2분기 공연 매출은 각각", "하이브", "2025-Q2", "level", "required",
    "각각: first name ↔ first figure; 가량 written after the second figure only"))
d.Q("520억 원", 52000000000, W, "원", "currency", approx=True, f=("공연 매출", "2분기 공연 매출은 각각", "JYP엔터테인먼트", "2025-Q2", "level"))
d.Q("70만 명", 700000, "명", "명", C, bound="gt", f=("누적 관객", None, L, "2025", "level", "required",
    "the CEO's target for the agency's concerts by 연말 (value 2025); 넘기겠다 → gt"))

# ---------------------------------------------------------------- 004 port authority: container throughput in TEU (입력 stamp + byline line; year only in the stamp)
d = Doc("004_965c9490ff678580", "2026-01-20"); docs.append(d)
I, T = "인천항만공사", "서해글로벌터미널"
d.O("경인일보", "경인일보", note="regional daily in the byline line")
d.O(I, I, aliases="IPA", note="port authority; (IPA) recorded as alias. 인천항 (the port) is a place, not labelled")
d.O(T, T, aliases="서해터미널", note="invented terminal operator (신항 운영사); (이하 서해터미널) recorded as alias")
d.O("서해터미널", T, ctx="(이하 서해터미널)", st="optional", note="short name defined with 이하: optional where defined")
d.O("서해터미널", T, ctx="서해터미널은", note="later use of the defined short name")
d.O("해양수산부", "해양수산부", note="ministry cited as source (집계로는)")
d.O("IPA", I, ctx="IPA와", note="later use of the alias: a short form of 인천항만공사")
d.O("인천시", "인천시", note="city acting as a government")
Y = "2025"
d.D("지난해", Y, "year", ctx="인천항 지난해", rel=True, note="headline")
d.D("2026.01.20", "2026-01-20", "day", note="입력 stamp: a full calendar date (my decision: required)")
d.D("09:15", "2026-01-20T09:15", "day", st="optional", rng=False, note="clock time of the stamp: optional at most")
d.D("지난해", Y, "year", ctx="지난해 인천항 컨테이너", rel=True)
d.D("전년", "2024", "year", ctx="전년보다 4.2%", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("19일", "2026-01-19", "day", rel=True, note="day of the announcement")
d.D("하반기", "2025-H2", "half", rel=True, note="bare half in a 지난해 story: the latest H2 on or before the document date")
d.D("상반기", "2025-H1", "half", rel=True)
d.D("12월", "2025-12", "month", rel=True)
d.D("전년 같은 달", "2024-12", "month", rel=True, st="optional", anchor="2025-12-01", note="points back to 12월")
d.D("지난해 10월", "2025-10", "month", rel=True, note="지난해 before a month: one mention")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해")
d.D("올해", "2026", "year", rel=True)
d.D("2월 말", "2026-02", "month", mod="END", rel=True, note="future (까지 … 계획)")
TEU = dict(unit="TEU", utext="TEU", cat=M)
def q(text, value, f, **kw):
    return d.Q(text, value, TEU["unit"], TEU["utext"], TEU["cat"], f=f, **kw)
q("362만TEU", 3620000, ("컨테이너 물동량", "컨테이너 물동량 362만TEU", "", Y, "level", "required",
    "the port's throughput: the port is a place, the authority only reports it (convention 11)"))
q("362만 1천TEU", 3621000, ("컨테이너 물동량", "인천항 컨테이너 물동량이", "", Y, "level", "required", "as the headline"))
d.Q("4.2%", 4.2, "%", "%", P, f=("컨테이너 물동량", "인천항 컨테이너 물동량이", "", Y, "change"))
q("351만TEU", 3510000, ("수출입 화물", None, "", Y, "level"))
d.Q("97%", 97, "%", "%", P, approx=True, f=("수출입 화물", None, "", Y, "level", "required", "전체의 N%: share of the part named as the clause subject (convention 5)"))
q("11만TEU", 110000, ("환적 화물", None, "", Y, "level"))
q("215만TEU", 2150000, ("컨테이너 물동량", "인천항 컨테이너 물동량이", "", Y, "level", "required",
    "breakdown by country (국가별로는): the breakdown's measure; a country is no subject (convention 3)"))
q("38만TEU", 380000, ("컨테이너 물동량", "인천항 컨테이너 물동량이", "", Y, "level", "required", "breakdown item in brackets after a country"))
q("17만TEU", 170000, ("컨테이너 물동량", "인천항 컨테이너 물동량이", "", Y, "level", "required", "breakdown item in brackets after a country"))
q("188만TEU", 1880000, ("처리", "처리해", "", "2025-H2", "level", "required", "verbal noun 처리 (처리해) as the metric; subject dropped: the port"))
d.Q("8%", 8, "%", "%", P, ctx="약 8%", approx=True, f=("처리", "처리해", "", "2025-H2", "change", "required", "상반기보다: basis; period the current half"))
d.Q("한 달", 1, "month", "달", "duration", note="12월 한 달: an amount of time, no fact")
q("31만TEU", 310000, ("물동량", "한 달 물동량", "", "2025-12", "level"))
d.Q("6.5%", 6.5, "%", "%", P, f=("물동량", "한 달 물동량", "", "2025-12", "change"))
q("146만TEU", 1460000, ("처리량", None, T, Y, "level", "required", "the operator's own throughput; the story's 지난해 (convention 1)"))
d.Q("40%", 40, "%", "%", P, bound="gt", f=("처리량", None, T, Y, "level", "required", "share of the port total; 넘었다 → gt"))
d.Q("1개", 1, "개", "개", C, f=("선석", None, T, "2025-10", "change", "required", "a count added (늘렸다): a change (convention 8)"))
q("3,150만TEU", 31500000, ("전국 항만 컨테이너 물동량", None, "", Y, "level", "required", "national total; the ministry is the source"), approx=True)
q("380만TEU", 3800000, ("물동량 목표", None, I + ";인천시", "2026", "level", "required", "a target the text names both holders of; 이상 → min"), bound="min")
d.Q("3개", 3, "개", "개", C, f=("신규 항로", None, I + ";인천시", "2026-02", "level", "required", "deadline 2월 말까지 as the period"))

# ---------------------------------------------------------------- 005 securities firm: brokerage and IB revenue (뉴시스 dateline)
d = Doc("005_2829f938f1caf66c", "2025-10-30"); docs.append(d)
S = "한울투자증권"
d.Oall(S, S, special={0: ("required", "headline topic"), 2: ("required", "genitive (한울투자증권의 … 점유율)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("그린셀에너지", "그린셀에너지", note="invented client (IPO issuer); 2차전지 소재기업 is a description")
d.O("한국거래소", "한국거래소", note="exchange cited as source")
d.O("유가증권시장", "유가증권시장", st="optional", note="a market run by 한국거래소: a business run as a platform or a market (place-like)? open question 1")
d.O("코스닥시장", "코스닥시장", st="optional", note="as 유가증권시장")
d.O("한울금융지주", "한울금융지주", note="invented parent (지주사)")
Q3 = "2025-Q3"
d.D("3분기", Q3, "quarter", ctx="3분기 순이익 1,020억…", rel=True, note="headline")
d.D("2025년 3분기", Q3, "quarter")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back")
d.D("30일", "2025-10-30", "day", rel=True, note="day of the announcement")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기")
d.D("3분기", Q3, "quarter", ctx="3분기 유가증권시장", rel=True)
d.D("직전 분기", "2025-Q2", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back like 전분기")
d.D("1~9월", "2025-01/2025-09", "month", rel=True)
d.D("9월 말", "2025-09", "month", mod="END", rel=True, note="as of (기준)")
d.D("연말", "2025", "year", mod="END", rel=True, note="future (까지 … 늘리겠다): this year's end")
d.Q("1,020억", 102000000000, W, "", "currency", ctx="1,020억…", st="optional", note="headline amount, currency implied",
    f=("순이익", "3분기 순이익 1,020억", S, Q3, "level"))
d.Q("1,020억 원", 102000000000, W, "원", "currency", f=("순이익", "기준 순이익이", S, Q3, "level", "required", "연결 기준 outside the metric"))
d.Q("41.5%", 41.5, "%", "%", P, f=("순이익", "기준 순이익이", S, Q3, "change"))
d.Q("1,380억 원", 138000000000, W, "원", "currency", f=("위탁매매 수수료", "위탁매매 수수료는", S, Q3, "level", "required", "subject dropped; 같은 기간 → 3분기"))
d.Q("910억 원", 91000000000, W, "원", "currency", f=("투자은행(IB) 부문 수수료", None, S, Q3, "level"))
d.Q("23%", 23, "%", "%", P, f=("위탁매매 수수료", "위탁매매 수수료는", S, Q3, "change", "required", "각각: first metric ↔ first rate"))
d.Q("57%", 57, "%", "%", P, f=("투자은행(IB) 부문 수수료", None, S, Q3, "change"))
d.Q("900억 원", 90000000000, W, "원", "currency", bound="gt", f=("IB 수수료", "IB 수수료는 분기", S, Q3, "level", "required",
    "a threshold passed (넘어섰다 → gt); 분기 기준 is no DATE"))
d.Q("2차", 2, "차", "차", "ordinal", ctx="2차전지", st="optional",
    note="added in the coverage pass: 2차전지 (secondary battery) is a lexicalized word, like 1인칭: optional")
d.Q("4,200억 원", 420000000000, W, "원", "currency", f=("공모금액", None, S, Q3, "level", "optional",
    "the client's IPO proceeds raised by the lead manager: the brokerage's (모았다) or the issuer 그린셀에너지's? open question 2"))
d.Q("250억 원", 25000000000, W, "원", "currency", approx=True, f=("부동산 PF 관련 충당금", None, S, Q3, "level"))
d.Q("27조 5천억 원", 27500000000000, W, "원", "currency", f=("일평균 거래대금", None, "", Q3, "level", "required",
    "market figure; the exchange is the source; the markets are at most optional ORGs"))
d.Q("18%", 18, "%", "%", P, f=("일평균 거래대금", None, "", Q3, "change", "required", "직전 분기보다: basis"))
d.Q("6.2%", 6.2, "%", "%", P, f=("국내 주식 위탁매매 점유율", None, S, Q3, "level", "required", "no date in the sentence: the subject's last period (3분기)"))
d.Q("0.5%포인트", 0.5, "%p", "%포인트", P, f=("국내 주식 위탁매매 점유율", None, S, Q3, "change"))
d.Q("4,350억 원", 435000000000, W, "원", "currency", f=("누적 순이익", None, "한울금융지주", "2025-01/2025-09", "level"))
d.Q("62%", 62, "%", "%", P, f=("증권 부문", None, "한울금융지주", "2025-01/2025-09", "level", "required",
    "이 가운데 … N%를 차지했다: the part named as the clause subject (convention 5); the holding's profit"))
d.Q("112만 명", 1120000, "명", "명", C, f=("해외주식 고객 수", None, S, "2025-09", "level", "optional",
    "subject dropped right after a sentence about the parent: 한울투자증권 (the story's firm, brokerage customers) or 한울금융지주? open question 3"))
d.Q("150만 명", 1500000, "명", "명", C, bound="min", f=("해외주식 고객", "해외주식 고객을", S, "2025", "level", "optional",
    "the CEO's target; whose CEO 이동규 is, is not written (as 112만 명, open question 3); period 연말 (2025)"))

# ---------------------------------------------------------------- 006 food company: exports by country (press release)
d = Doc("006_123f9bf90a53d6fc", "2026-01-27"); docs.append(d)
S, A, K = "다온식품", "다온아메리카", "한국농수산식품유통공사"
d.Oall(S, S, special={0: ("required", "headline topic of the press release"), 1: ("required", "(대표 최민호) is no alias")})
d.Oall("코스트코", "코스트코", special={0: ("required", "customer (retailer)"), 2: ("required", "the customer whose order it is")})
d.Oall(A, A, special={0: ("required", "invented US subsidiary (현지 법인)")})
d.O(K, K, aliases="aT", note="agency cited as source; (이하 aT) recorded as alias")
d.O("aT", K, ctx="(이하 aT)", st="optional", note="short name defined with 이하: optional where defined")
d.O("aT", K, ctx="aT 집계", note="later use of the defined short name")
d.O("농심", "농심", note="rival")
d.O("삼양식품", "삼양식품", note="rival")
Y = "2025"
d.D("2025년", Y, "year", ctx="2025년 라면", note="headline")
d.D("2025년", Y, "year", ctx="2025년 연간")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("27일", "2026-01-27", "day", rel=True, note="day of the release")
d.D("같은 기간", Y, "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년")
d.D("지난해 10월", "2025-10", "month", rel=True)
d.D("연말", Y, "year", mod="END", rel=True, note="past clause (공급했다): the last year-end, 2025")
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention")
d.D("지난해", Y, "year", ctx="지난해 국내 라면", rel=True)
d.D("올해 1분기", "2026-Q1", "quarter", rel=True)
d.D("올해", "2026", "year", ctx="올해 수출 4억", rel=True)
d.Q("3억 달러", 300000000, U, "달러", "currency", bound="gt", f=("라면·스낵 수출", None, S, Y, "level", "required", "headline; 돌파 → gt"))
d.Q("41%", 41, "%", "%", P, ctx="미국 수출 41%", f=("미국 수출", "미국 수출 41%", S, Y, "change", "required",
    "sub-headline: the headline's org and 2025년"))
d.Q("1,200여 개", 1200, "개", "개", C, ctx="코스트코 1,200여 개", approx=True, f=("매장", "1,200여 개 매장 입점", S, Y, "level", "required",
    "sub-headline: 현지 법인 통해, the headline's org; stores its products entered"))
d.Q("3억 1,400만 달러", 314000000, U, "달러", "currency", f=("수출액", "연간 수출액이", S, Y, "level", "required", "연간 outside the metric"))
d.Q("2억 3,900만 달러", 239000000, U, "달러", "currency", f=("수출액", "연간 수출액이", S, "2024", "level", "required",
    "basis in brackets after 전년 (convention 4)"))
d.Q("31.4%", 31.4, "%", "%", P, f=("수출액", "연간 수출액이", S, Y, "change"))
d.Q("1억 1,200만 달러", 112000000, U, "달러", "currency", f=("수출액", "연간 수출액이", S, Y, "level", "required",
    "breakdown by country (국가별로는): the breakdown's measure; a country is no subject (convention 3)"))
d.Q("41%", 41, "%", "%", P, ctx="41% 증가해", f=("수출액", "연간 수출액이", S, Y, "change"))
d.Q("5,800만 달러", 58000000, U, "달러", "currency", f=("수출액", "연간 수출액이", S, Y, "level", "required", "각각 over two countries"))
d.Q("4,100만 달러", 41000000, U, "달러", "currency", f=("수출액", "연간 수출액이", S, Y, "level"))
d.Q("20%", 20, "%", "%", P, approx=True, f=("동남아 수출", None, S, Y, "change", "required", "같은 기간 → 2025"))
d.Q("1,200여 개", 1200, "개", "개", C, ctx="연말까지 1,200여 개", approx=True, f=("매장", "1,200여 개 매장에", A, Y, "level", "required",
    "the subsidiary supplied them; 연말 (2025 END) is the period"))
d.Q("2,300만 개", 23000000, "개", "개", C, approx=True, f=("발주한 물량", None, "코스트코", "2026-H1", "level", "required",
    "the customer's order is the customer's figure; 올해 상반기 분"))
d.Q("15억 2천만 달러", 1520000000, U, "달러", "currency", f=("국내 라면 수출액", None, "", Y, "level", "required", "national total; aT is the source"))
d.Q("15억 달러", 1500000000, U, "달러", "currency", bound="gt", f=("국내 라면 수출액", None, "", Y, "level", "required", "a threshold passed (넘었다)"))
d.Q("7%", 7, "%", "%", P, ctx="약 7%", approx=True, f=("점유율", None, S, Y, "level", "required", "aT 집계 기준 is no DATE; the sentence's 지난해"))
d.Q("3위", 3, "위", "위", "ordinal", note="rank: ordinal, no fact")
d.Q("2개", 2, "개", "개", C, f=("라인", None, S, "2026-Q1", "change", "required", "lines added (증설): a change (convention 8)"))
d.Q("4억 달러", 400000000, U, "달러", "currency", f=("수출", "올해 수출 4억", S, "2026", "level", "required", "the CEO's target for 올해"))
d.Q("50%", 50, "%", "%", P, bound="min", f=("해외 매출 비중", None, S, "2026", "level"))

if __name__ == "__main__":
    write_all(docs)
