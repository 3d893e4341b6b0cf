"""Gold labels of articles-holdout50, written by reading the texts against the shared /work/shared/ANNOTATION.md and
/work/shared/FACTS.md only (file format: docs/gold-format.md).
Run: python annotation/articles_holdout50/labels.py  (writes gold/*.csv and checks every offset).
The framework (span location, checks, CSV writing) is annotation/articles_holdout2/labels_core.py, imported."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles_holdout2"))
from labels_core import Doc, use_folder, write_all, W, U, C, P, PP, M
use_folder(__file__)

docs = []

# ---------------------------------------------------------------- 001 airline's quarterly results after a merger (연합뉴스 dateline)
d = Doc("001_b6aa5f94f6894756", "2025-11-13"); docs.append(d)
KA, JA, HJ = "대한항공", "진에어", "한진칼"
d.Oall(KA, KA, special={0: ("required", "headline topic with a comma"),
                        2: ("required", "parent named with 의 before 지주회사"),
                        4: ("required", "organization before 관계자: a required mention")})
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("아시아나항공", "아시아나항공", note="the airline merged into 대한항공 (과 합병한)")
d.Oall(JA, JA, special={0: ("required", "low-cost subsidiary introduced by 자회사")})
d.O("에어부산", "에어부산", note="listed with 에어서울 as what 진에어 integrates with")
d.O("에어서울", "에어서울")
d.Oall(HJ, HJ, special={0: ("required", "holding company introduced by 지주회사인")})
Q3 = "2025-Q3"
d.D("2025년 3분기", Q3, "quarter", note="year + quarter: one mention")
d.D("13일", "2025-11-13", "day", rel=True, note="day of the disclosure (공시했다)")
d.D("전년 동기", "2024-Q3", "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to 3분기: optional")
d.D("3분기", Q3, "quarter", ctx="3분기 수송", rel=True, note="bare quarter: the latest Q3 on or before the document date")
d.D("지난해 3분기", "2024-Q3", "quarter", rel=True, note="지난해 before a quarter: one mention (as 지난해 before a month)")
d.D("같은 기간", Q3, "quarter", rel=True, st="optional", anchor="2025-07-01", note="points back to the 3분기 named before: optional")
d.D("내년 1분기", "2026-Q1", "quarter", rel=True, note="내년 before a quarter: one mention")
d.D("3분기", Q3, "quarter", ctx="한진칼은 3분기", rel=True)
d.D("4분기", "2025-Q4", "quarter", rel=True, note="future clause (…할 것): the document date (2025-11-13) lies in this Q4")
HL = "headline figure: no DATE in the headline and nothing before it (search order clause, sentence, earlier): empty period"
d.Q("4조6천억", 4600000000000, W, "", "currency", st="optional", note="headline amount, currency implied",
    f=("매출", "분기 매출", KA, "", "level"))
d.Q("1천만명", 10000000, "명", "명", C, bound="gt", note="넘어 → gt",
    f=("여객", "여객 1천만명", KA, "", "level", "required", "headline topic (대한항공,); " + HL))
d.Q("4조 6,120억 원", 4612000000000, W, "원", "currency", f=("매출", "기준 매출", KA, Q3, "level", "required", "연결 기준 is a basis modifier (outside)"))
d.Q("5,380억 원", 538000000000, W, "원", "currency", f=("영업이익", "영업이익 5,380억", KA, Q3, "level"))
d.Q("3.8%", 3.8, "%", "%", P, f=("매출", "매출은 전년", KA, Q3, "change", "required", "전년 동기보다 = basis; the period is the current one"))
d.Q("10.5%", 10.5, "%", "%", P, f=("영업이익", "영업이익은 10.5%", KA, Q3, "change", "required", "gapped 늘었다: a change"))
d.Q("2조 9,400억 원", 2940000000000, W, "원", "currency",
    f=("여객 사업 매출", None, KA, Q3, "level", "required", "a line of business is no ORG: the company carried; the paragraph's period"))
d.Q("64%", 64, "%", "%", P,
    f=("여객 사업 매출", None, KA, Q3, "level", "optional",
       "전체의 N%를 차지: 전체 names only the whole; is the metric the part named before (여객 사업 매출), or empty? (README question 1)"))
BR = "breakdown item naming only a part (화물 사업은): the measure of the figure before (매출) — README convention 1"
d.Q("1조 1,250억 원", 1125000000000, W, "원", "currency", f=("매출", "여객 사업 매출이", KA, Q3, "level", "required", BR))
d.Q("7.2%", 7.2, "%", "%", P, f=("매출", "여객 사업 매출이", KA, Q3, "change", "required", BR + "; 줄었다: a change, value as written"))
d.Q("1,020만 명", 10200000, "명", "명", C, f=("수송 여객", None, KA, Q3, "level", "required", "3분기 in the clause; the company carried"))
d.Q("948만 명", 9480000, "명", "명", C,
    f=("수송 여객", None, KA, "2024-Q3", "level", "required", "a basis figure in brackets right after its DATE (지난해 3분기): that DATE's period, the measure of the figure before"))
d.Q("7.6%", 7.6, "%", "%", P, f=("수송 여객", None, KA, Q3, "change", "required", "comparison: the current period, not the basis"))
d.Q("86.4%", 86.4, "%", "%", P, f=("국제선 탑승률", None, KA, Q3, "level", "required", "국제선 changes what is measured: inside the metric"))
d.Q("1.9%포인트", "1.9", PP, "%포인트", P, f=("국제선 탑승률", None, KA, Q3, "change"))
d.Q("91%", 91, "%", "%", P, f=("탑승률", "국제선 탑승률은", KA, Q3, "level", "required", "breakdown item (미주 노선은) naming only a part: the measure of the figure before — README convention 1"))
d.Q("3,870억 원", 387000000000, W, "원", "currency", f=("매출", "기간 매출", JA, Q3, "level", "required", "subsidiary as its own topic; 같은 기간 → 3분기"))
d.Q("415억 원", 41500000000, W, "원", "currency", f=("영업이익", "영업이익 415억", JA, Q3, "level"))
d.Q("58대", 58, "대", "대", C,
    f=("항공기", None, JA, "2026-Q1", "level", "optional",
       "the fleet of the LCC formed by 진에어 with 에어부산 and 에어서울 (통합해 … 운영하는): 진에어 alone (the topic) or all three named? "
       "(README question 2); 내년 1분기 in its clause"))
d.Q("5,910억 원", 591000000000, W, "원", "currency", f=("영업이익", "연결 영업이익이 5,910억", HJ, Q3, "level", "required", "the holding company's own figure; 3분기 in the clause"))
d.Q("25.6%", 25.6, "%", "%", P,
    f=("지분", None, HJ, Q3, "level", "required",
       "the holder is the subject; a present stake with no DATE of its own: the period last set for the same subject carries (FACTS) — README convention 4"))
d.Q("18조 원", 18000000000000, W, "원", "currency", bound="gt", note="넘길 → gt",
    f=("매출", "연간 매출", KA, "2025-Q4", "level", "optional",
       "a spokesperson's outlook for the company (관계자 speaks for 대한항공); 연간 (no DATE) stays outside the metric; the only DATE of the sentence is "
       "the first conjunct's 4분기, while 연간 means this year (2025, no DATE mention in the sentence): README question 3"))

# ---------------------------------------------------------------- 002 city population and housing statistics (뉴시스 dateline, no year anywhere)
d = Doc("002_b55d32654583b8c7", "2026-01-12"); docs.append(d)
HS = "화성시"
PLACE = "the city named as the place whose population/housing is counted (화성시 인구, 화성시의 주민등록 인구): a place or the government? optional (README question 4)"
d.Oall(HS, HS, special={0: ("optional", PLACE), 1: ("optional", PLACE),
                        2: ("required", "the city acting as a government: it releases the statistics (화성시는 12일 … 발표했다)")})
d.O("뉴시스", "뉴시스", note="news agency in the dateline")
d.O("한국토지주택공사", "한국토지주택공사", aliases="LH", note="(LH) right after the name: alias")
d.O("화성도시공사", "화성도시공사", note="a city-owned developer that supplies housing")
d.O("시", HS, ctx="시 관계자", st="optional", note="the bare 시 of 시 관계자: an unnamed institution noun (optional), standing for 화성시")
Y = "2025"
d.D("지난해 말", Y, "year", mod="END", rel=True, note="as of (기준): the end of the year before the document date")
d.D("전년 말", "2024", "year", ctx="전년 말보다 4만", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해 말: optional")
d.D("12일", "2026-01-12", "day", rel=True, note="day of the release (발표했다)")
d.D("전년 말", "2024", "year", ctx="전년 말(101.8%)", mod="END", rel=True, st="optional", anchor="2025-01-01", note="points back: optional")
d.D("지난해", Y, "year", ctx="지난해 새로", rel=True)
d.D("올해 상반기", "2026-H1", "half", rel=True, note="올해 before a half: one mention; 까지 outside (a future deadline)")
d.D("내년 말", "2027", "year", mod="END", rel=True, note="future clause (…할 것): the year after the document's")
ST = ("a place's statistic (the city's residents and housing counted as a territory; the city only releases it): empty subject — "
      "README convention 2; the release's reference date 지난해 말 set in the lead is the period of its figures — README convention 3")
d.Q("100만", 1000000, "명", "", C, bound="gt", st="optional", note="headline number whose counter is only implied (인구 100만): optional; 넘었다 → gt",
    f=("인구", "화성시 인구", "", "", "level"))
d.Q("104.2%", 104.2, "%", "%", P, ctx="보급률 104.2%",
    f=("주택 보급률", "주택 보급률 104.2%", "", "", "level", "required", "headline figure with no DATE and nothing before it: empty period; " + ST))
d.Q("102만 4,300명", 1024300, "명", "명", C, f=("주민등록 인구", None, "", Y, "level", "required", "지난해 말 기준 in the clause (2025, END); " + ST))
d.Q("4만 1,800명", 41800, "명", "명", C, f=("주민등록 인구", None, "", Y, "change", "required", "전년 말보다 = basis; the sentence continues the lead's"))
d.Q("4.3%", 4.3, "%", "%", P, f=("주민등록 인구", None, "", Y, "change", "required", "the rate in brackets after the change it restates"))
d.Q("41만 2,600가구", 412600, "가구", "가구", C, f=("가구 수", None, "", Y, "level", "required", ST))
d.Q("1년", 1, "year", "년", "duration", note="1년 새 (over a year): a duration, no fact")
d.Q("2만 2,100가구", 22100, "가구", "가구", C, f=("가구 수", None, "", Y, "change", "required", ST))
d.Q("2.48명", 2.48, "명", "명", C, f=("가구당 평균 인원", None, "", Y, "level", "required", "가구당 (no number) is a rate word; 줄었다 to a new level: the level; " + ST))
d.Q("42만 9,900호", 429900, "호", "호", C, f=("주택 수", None, "", Y, "level", "required", ST))
d.Q("104.2%", 104.2, "%", "%", P, ctx="보급률은 104.2%", f=("주택 보급률", "주택 보급률은", "", Y, "level", "required", ST))
d.Q("101.8%", 101.8, "%", "%", P,
    f=("주택 보급률", "주택 보급률은", "", "2024", "level", "required", "a basis figure in brackets right after a pointing-back DATE (전년 말): that DATE's value — README convention 5"))
d.Q("2.4%포인트", "2.4", PP, "%포인트", P, f=("주택 보급률", "주택 보급률은", "", Y, "change", "required", "comparison: the current period"))
d.Q("109%", 109, "%", "%", P, f=("보급률", "동부권의 보급률", "", Y, "level", "required", "a district (동부권) is a place, no subject; " + ST))
d.Q("93%", 93, "%", "%", P, f=("보급률", "동부권의 보급률", "", Y, "level", "required", "breakdown item naming only a part (서부권은): the measure of the figure before — README convention 1"))
d.Q("1만 8,700가구", 18700, "가구", "가구", C, f=("새로 입주한 아파트", None, "", Y, "level", "required", "지난해 in the clause; " + ST))
d.Q("7,200가구", 7200, "가구", "가구", C,
    f=("공급한 물량", None, "한국토지주택공사", Y, "level", "required", "the organization that is the subject of the relative clause on the metric (LH가 공급한 물량) owns the figure; 지난해 of the sentence"))
d.Q("38.5%", 38.5, "%", "%", P,
    f=("공급한 물량", None, "한국토지주택공사", Y, "level", "required", "a share taken by 차지하다 in the same clause: the part's measure and owner"))
d.Q("1,100가구", 1100, "가구", "가구", C,
    f=("임대주택", None, "화성도시공사", "2026-H1", "level", "required", "the company's own plan (공급한다); 올해 상반기까지 in the clause; 봉담 지구 is a place"))
d.Q("3만 5,600명", 35600, "명", "명", C, f=("외국인 주민", None, "", Y, "level", "required", ST))
d.Q("31개", 31, "개", "개", C,
    f=("시·군", None, "", "", "level", "optional",
       "the number of the province's cities and counties, a standing frame of a ranking (도내 31개 시·군 가운데): the release's period or none? (README question 5)"))
d.Q("세 번째", 3, "번째", "번째", "ordinal", note="a rank: ordinal, no fact")
d.Q("110만 명", 1100000, "명", "명", C,
    f=("인구", "인구가 110만", "", "2027", "level", "required", "an official's outlook for the city's population (a place's figure: no subject); 내년 말 in the clause (2027, END)"))

# ---------------------------------------------------------------- 003 chip-equipment maker's contract and order backlog (뉴스1 dateline)
d = Doc("003_1b4eec1b7185327d", "2026-03-10"); docs.append(d)
SO, MU = "세온테크", "마이크론 테크놀로지"
d.Oall(SO, SO, special={0: ("required", "headline topic with a comma"), 4: ("required", "organization before a person's title")})
d.O("뉴스1", "뉴스1", note="news agency in the dateline (a name with a digit, not a quantity)")
d.O("마이크론", MU, ctx="마이크론과", note="short form of 마이크론 테크놀로지 (named in full in the lead)")
d.O(MU, MU, note="the foreign customer; 미국 (place) outside")
d.O("마이크론", MU, ctx="마이크론의", note="short form; 일본 히로시마 공장 is a place")
d.O("세온홀딩스", "세온홀딩스", note="invented parent introduced by 최대주주인")
d.O("세온머티리얼즈", "세온머티리얼즈", note="invented subsidiary introduced by 자회사")
Y = "2025"
d.D("10일", "2026-03-10", "day", ctx="10일 공시", rel=True, note="day of the disclosure (공시했다)")
d.D("2025년", Y, "year")
d.D("이달 10일", "2026-03-10", "day", rel=True, note="A부터 B까지: two mentions")
d.D("2027년 6월 30일", "2027-06-30", "day")
d.D("지난해 말", Y, "year", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("지난해", Y, "year", ctx="세온테크는 지난해", rel=True)
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 지난해: optional")
d.D("지난해", Y, "year", ctx="세온머티리얼즈는 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("1,280억", 128000000000, W, "", "currency", ctx="1,280억 공급계약", st="optional", note="headline amount, currency implied",
    f=("공급계약", "억 공급계약", SO, "", "level"))
d.Q("4천억", 400000000000, W, "", "currency", bound="gt", st="optional", note="headline amount, currency implied; 돌파 → gt",
    f=("수주 잔고", "수주 잔고 4천억", SO, "", "level"))
d.Q("1,280억 원", 128000000000, W, "원", "currency",
    f=("장비 공급 계약", None, SO, "", "level", "required",
       "X 규모의 Y → Y; the company that signed (세온테크가) owns it, the customer (와) is the counterparty; 10일 only dates the disclosure "
       "(공시했다) and the contract term comes after it: no period in the clause, the sentence or before — empty"))
d.Q("2,910억 원", 291000000000, W, "원", "currency", f=("매출", "연결 매출", SO, Y, "level", "required", "2025년 in the clause; 연결 is a basis modifier"))
d.Q("44.0%", "44.0", "%", "%", P,
    f=("계약 금액", None, SO, "", "level", "optional",
       "A는 B의 N%에 해당한다: the ratio measures A (계약 금액), B (매출) is the basis; the only DATE of the clause (2025년) dates the basis: "
       "the contract's own period (empty, as 1,280억 원) or 2025 by the clause-first search? (README question 6)"))
BL = ("the backlog after the contract (이번 계약으로 … 늘었다) is compared with 지난해 말 as its basis, so it is later than 2025, but no DATE names it: "
      "empty, or 2025 carried by the letter (세온테크's period last set in the lead)? (README question 7)")
d.Q("4,150억 원", 415000000000, W, "원", "currency", f=("수주 잔고", "수주 잔고는", SO, "", "level", "optional", BL))
d.Q("3,020억 원", 302000000000, W, "원", "currency",
    f=("수주 잔고", "수주 잔고는", SO, Y, "level", "required", "a basis figure in brackets right after its DATE (지난해 말): that DATE's value"))
d.Q("37.4%", 37.4, "%", "%", P, f=("수주 잔고", "수주 잔고는", SO, "", "change", "optional", "…보다 N% 많은: a change; " + BL))
d.Q("71%", 71, "%", "%", P,
    f=("해외 고객사 물량", None, SO, "", "level", "optional", "a share taken by 차지하다 of the backlog (이 가운데): the part's measure; the backlog's owner; " + BL))
d.Q("18.6%", 18.6, "%", "%", P, f=("매출", "지난해 매출이", SO, Y, "change", "required", "전년보다 = basis; 지난해 in the clause"))
d.Q("413억 원", 41300000000, W, "원", "currency", f=("영업이익", "영업이익은 413억", SO, Y, "level"))
d.Q("14.2%", 14.2, "%", "%", P, f=("영업이익률", None, SO, Y, "level"))
d.Q("11%", 11, "%", "%", P,
    f=("연구개발", None, SO, Y, "level", "required", "매출의 11%인 320억 원: the share measures the spend it qualifies (연구개발에 … 썼다), 매출 is its basis; the paragraph's 지난해"))
d.Q("320억 원", 32000000000, W, "원", "currency",
    f=("연구개발", None, SO, Y, "level", "required", "X에 N원을 쓰다 → X; the subject of the paragraph (세온테크는) carried; its period too"))
d.Q("32.8%", 32.8, "%", "%", P,
    f=("지분", None, "세온홀딩스", Y, "level", "required",
       "the holder is the subject; a present stake with no DATE in its clause: the sentence's 지난해 by the search order (clause, then sentence) — README convention 4"))
d.Q("95억 원", 9500000000, W, "원", "currency",
    f=("전구체 소재 매출", None, "세온머티리얼즈", Y, "level", "required", "the subsidiary's own figure (its topic); 지난해 in the clause"))
QT = "a CEO's target for his company (유진호 세온테크 대표는 \"…목표로 잡았다\"): the company's figure — README convention 6; 올해 in the clause"
d.Q("6천억 원", 600000000000, W, "원", "currency", f=("수주", "수주 6천억", SO, "2026", "level", "required", QT))
d.Q("3,500억 원", 350000000000, W, "원", "currency", f=("매출", "매출 3,500억", SO, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 004 convenience-store chains' store-count race (bracket byline, no year anywhere)
d = Doc("004_03f82c66985e93d1", "2025-10-21"); docs.append(d)
BR_ = "a convenience-store brand run as a chain and ranked as a company (1위 CU): ORG, distinct from its operator"
d.Oall("CU", "CU", special={0: ("required", BR_)})
d.Oall("GS25", "GS25", special={0: ("required", BR_ + "; the digits are part of the name")})
d.Oall("세븐일레븐", "세븐일레븐", special={0: ("required", BR_)})
d.Oall("BGF리테일", "BGF리테일", special={0: ("required", "the operator of CU (CU를 운영하는)")})
d.Oall("GS리테일", "GS리테일", special={1: ("required", "편의점 사업부 after it is a generic division word, not part of a name")})
d.Oall("코리아세븐", "코리아세븐", special={0: ("required", "the operator of 세븐일레븐")})
d.O("이마트24", "이마트24", note="a company whose name holds digits: ORG, not a quantity")
d.O("바른편의점연대", "바른편의점연대", note="invented franchisees' association introduced by 가맹점주 단체인; before 관계자")
d.O("머니투데이", "머니투데이", note="outlet in the bracket byline")
S9 = "2025-09"
d.D("21일", "2025-10-21", "day", rel=True, note="day of the report (21일 업계에 따르면)")
d.D("9월 말", S9, "month", mod="END", rel=True, note="as of (기준)")
d.D("지난해 말", "2024", "year", ctx="지난해 말보다", mod="END", rel=True, note="a comparison's basis, still a DATE")
d.D("같은 기간", S9, "month", ctx="같은 기간 GS리테일", mod="END", rel=True, st="optional", anchor="2025-09-01",
    note="points back to the period of the figure before (to 9월 말): optional")
d.D("지난해 말", "2024", "year", ctx="격차는 지난해 말", mod="END", rel=True)
d.D("3분기", "2025-Q3", "quarter", ctx="3분기 매출은", rel=True)
d.D("같은 기간", S9, "month", ctx="같은 기간 점포가", mod="END", rel=True, st="optional", anchor="2025-09-01",
    note="points back: read as the store-count period of paragraph 2 (to 9월 말), not the 3분기 of the paragraph before, which the next sentence names again (3분기에도)")
d.D("3분기", "2025-Q3", "quarter", ctx="3분기에도", rel=True)
PAIR = "CU;GS25"
d.Q("300개", 300, "개", "개", C, ctx="300개 아래로…", bound="lt", note="아래로 → lt (below, like 미만)",
    f=("점포 격차", None, PAIR, "", "level", "required",
       "the gap between the two brands named in the headline: both are the subject; the gap names its own measure (격차): a level; headline with no DATE: empty"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("2위", 2, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("300개", 300, "개", "개", C, ctx="300개 아래로 좁혀", bound="lt", note="아래로 → lt",
    f=("점포 수 격차", None, PAIR, "", "level", "required",
       "the two brands named (CU와 GS25의): both; the lead names no DATE and nothing before it does (the search never looks forward): empty"))
d.Q("1만 8,620개", 18620, "개", "개", C,
    f=("점포 수", "기준 점포 수", "BGF리테일", S9, "level", "required", "the genitive owner of the metric (BGF리테일의 … 점포 수); CU is inside a relative clause; 9월 말 기준 in the clause"))
d.Q("310개", 310, "개", "개", C, f=("점포 수", "기준 점포 수", "BGF리테일", S9, "change", "required", "지난해 말보다 = basis"))
PAR = "a rival's parallel figure, gapped (GS25는 1만 8,330개로): the measure of the figure before; the topic brand is the subject (GS리테일의 is its owner)"
d.Q("1만 8,330개", 18330, "개", "개", C, f=("점포 수", "기준 점포 수", "GS25", S9, "level", "required", PAR + "; 같은 기간 → to 9월 말"))
d.Q("470개", 470, "개", "개", C, f=("점포 수", "기준 점포 수", "GS25", S9, "change", "required", "순증 names the change, not the measure; " + PAR))
d.Q("두 브랜드", 2, "브랜드", "브랜드", C, st="optional", note="a counted noun that is not a counter (두 브랜드): optional")
d.Q("450개", 450, "개", "개", C,
    f=("격차", None, PAIR, "2024", "level", "required", "두 브랜드 = the two named before (CU, GS25); A에서 B로: the old level, dated by 지난해 말 right before it"))
d.Q("290개", 290, "개", "개", C,
    f=("격차", None, PAIR, S9, "level", "required",
       "A에서 B로: the new level is the current one of the comparison (FACTS: the current period, not the basis) — the paragraph's 9월 말"))
d.Q("2조 3,140억 원", 2314000000000, W, "원", "currency",
    f=("매출", "3분기 매출은", "GS리테일", "2025-Q3", "level", "required", "편의점 사업부 is a generic division, no ORG: its company; 3분기 in the clause"))
d.Q("2조 2,870억 원", 2287000000000, W, "원", "currency",
    f=("매출", "3분기 매출은", "BGF리테일", "2025-Q3", "level", "required", "a figure in brackets right after an organization is its; the measure and period of the figure compared with"))
d.Q("270억 원", 27000000000, W, "원", "currency",
    f=("매출", "3분기 매출은", "GS리테일", "2025-Q3", "change", "required", "a difference between two companies (…을 N원 앞섰다): FACTS' change (a difference); the leader is the subject"))
PS = ("per-store monthly sales of a brand (GS25가 4,210만 원, CU가 4,090만 원) right after the paragraph's 3분기 매출: the paragraph's 3분기, or, by the "
      "per-subject carry, GS25's own last period (같은 기간, to 9월 말) and none for CU? (README question 8)")
d.Q("4,210만 원", 42100000, W, "원", "currency", f=("점포당 월평균 매출", None, "GS25", "2025-Q3", "level", "optional", "점포당, 월 are rate words; " + PS))
d.Q("4,090만 원", 40900000, W, "원", "currency", f=("점포당 월평균 매출", None, "CU", "2025-Q3", "level", "optional", PS))
d.Q("3위", 3, "위", "위", "ordinal", note="a rank: ordinal, no fact")
d.Q("1만 2,130개", 12130, "개", "개", C,
    f=("점포", "점포가 1만", "코리아세븐", S9, "level", "required", "the operator is the topic (코리아세븐은), 세븐일레븐 inside a relative clause; 같은 기간 → to 9월 말 (see the DATE note)"))
d.Q("520개", 520, "개", "개", C, f=("점포", "점포가 1만", "코리아세븐", S9, "change"))
d.Q("84억 원", 8400000000, W, "원", "currency", f=("영업손실", None, "코리아세븐", "2025-Q3", "level", "required", "3분기에도 in the clause"))
RV = ("a rival's parallel store count, gapped (이마트24는 6,180개로): the store-count measure (점포가 1만 2,130개, the parallel phrase rather than the nearer "
      "적자 점포, a different thing) and its period (to 9월 말) — README convention 7")
d.Q("6,180개", 6180, "개", "개", C, f=("점포", "점포가 1만", "이마트24", S9, "level", "required", RV))
d.Q("120개", 120, "개", "개", C, f=("점포", "점포가 1만", "이마트24", S9, "change", "required", RV))
d.Q("200m", 200, "m", "m", M, bound="max", note="반경 200m 안에: 안에 (within) read as 내/이내 → max",
    f=("반경", None, "", "", "level", "required", "an association's official describing the market (an example, no ORG's figure): no subject; no DATE: empty"))
d.Q("두 곳", 2, "곳", "곳", C, note="씩 (each) outside",
    f=("같은 브랜드 점포", None, "", "", "level", "required", "a counter naming a kind counts the noun before it; no ORG's figure, no DATE"))

# ---------------------------------------------------------------- 005 public research institute's technology transfers (연합뉴스 dateline)
d = Doc("005_d7a2e6371f098815", "2026-02-04"); docs.append(d)
KE = "한국전자통신연구원"
d.Oall("ETRI", KE, skip=(1,), special={0: ("required", "the institute's Latin short form, named in full in the lead; headline topic with a comma"),
                                      4: ("required", "organization before a person's title")})
d.O(KE, KE, aliases="ETRI", note="(ETRI) right after the name: alias, outside the span")
d.O("연합뉴스", "연합뉴스", note="news agency in the dateline")
d.O("보이스랩코리아", "보이스랩코리아", note="invented startup introduced by 스타트업")
d.O("한울시스템즈", "한울시스템즈", note="invented company, subject of its clause")
d.O("과학기술정보통신부", "과학기술정보통신부", note="the ministry that compiles the national figure")
Y = "2025"
d.D("지난해", Y, "year", ctx="ETRI, 지난해", rel=True, note="headline")
d.D("2025년", Y, "year")
d.D("4일", "2026-02-04", "day", rel=True, note="day of the report (밝혔다)")
d.D("전년", "2024", "year", rel=True, st="optional", anchor="2025-01-01", note="points back to 2025년: optional")
d.D("1976년", "1976", "year", note="founding year, a comparison's frame (설립 이후)")
d.D("지난해", Y, "year", ctx="보이스랩코리아는 지난해", rel=True)
d.D("지난해", Y, "year", ctx="25곳의 지난해", rel=True)
d.D("올해", "2026", "year", rel=True)
d.Q("387건", 387, "건", "건", C, ctx="387건…", f=("기술이전", "기술이전 387건…", KE, Y, "level", "required", "headline topic with a comma; 지난해 in the headline"))
d.Q("312억", 31200000000, W, "", "currency", ctx="312억 '", st="optional", note="headline amount, currency implied",
    f=("기술료", "기술료 312억 '", KE, Y, "level"))
d.Q("387건", 387, "건", "건", C, ctx="387건을", f=("기술이전", "기술이전 387건을", KE, Y, "level", "required", "2025년 in the clause"))
d.Q("312억 원", 31200000000, W, "원", "currency", f=("기술료", "기술료 312억 원", KE, Y, "level"))
d.Q("268억 원", 26800000000, W, "원", "currency",
    f=("기술료 수입", None, KE, "2024", "level", "required", "a basis figure in brackets right after a pointing-back DATE (전년): that DATE's value — README convention 5"))
d.Q("16.4%", 16.4, "%", "%", P, f=("기술료 수입", None, KE, Y, "change", "required", "comparison: the current period"))
BD = "breakdown (분야별로는) naming only a category: the measure of the total it breaks down (기술이전 387건) — README convention 1"
d.Q("142건", 142, "건", "건", C, f=("기술이전", "기술이전 387건을", KE, Y, "level", "required", BD))
d.Q("96건", 96, "건", "건", C, f=("기술이전", "기술이전 387건을", KE, Y, "level", "required", BD))
d.Q("61건", 61, "건", "건", C, f=("기술이전", "기술이전 387건을", KE, Y, "level", "required", BD))
d.Q("8,060만 원", 80600000, W, "원", "currency", f=("건당 평균 기술료", None, KE, Y, "level", "required", "건당 (no number) is a rate word"))
CO = ("companies that commercialised the institute's technology, counted (ETRI 기술을 이전받아 사업화에 나선 기업은 218곳): the institute's outcome, or "
      "several unnamed organizations taken together (empty)? and cumulative or the year's? (README question 9)")
d.Q("218곳", 218, "곳", "곳", C, f=("사업화에 나선 기업", None, KE, Y, "level", "optional", CO))
d.Q("187곳", 187, "곳", "곳", C, f=("중소기업", None, KE, Y, "level", "optional", "a counter naming a kind counts the noun before it; " + CO))
d.Q("85.8%", 85.8, "%", "%", P, f=("중소기업", None, KE, Y, "level", "optional", "the share in brackets after the part it restates; " + CO))
d.Q("46억 원", 4600000000, W, "원", "currency", f=("매출", "지난해 매출 46억", "보이스랩코리아", Y, "level", "required", "the startup's own figure (its topic); 지난해 in the clause"))
d.Q("35명", 35, "명", "명", C,
    f=("직원", None, "한울시스템즈", "", "level", "optional",
       "A에서 B로: the old level; the sentence's 지난해 scopes the rise, so the old level is before it, but no DATE names it: empty (written) or 2025 by the letter? "
       "(README question 10)"))
d.Q("62명", 62, "명", "명", C,
    f=("직원", None, "한울시스템즈", Y, "level", "required", "A에서 B로: the new level; no DATE in its clause, the sentence's 지난해 (the search order: clause, then sentence)"))
d.Q("25곳", 25, "곳", "곳", C,
    f=("정부출연연구기관", None, "", Y, "level", "required", "institutes counted, not named: no subject (the ministry only compiles); 지난해 in the clause"))
d.Q("1,870억 원", 187000000000, W, "원", "currency",
    f=("기술료 수입", "지난해 기술료 수입", "", Y, "level", "required", "a figure about several organizations taken together, not named: empty subject (FACTS); the ministry is its source"))
d.Q("16.7%", 16.7, "%", "%", P, f=("비중", None, KE, Y, "level", "required", "the genitive owner (ETRI의 비중); the period last set (지난해 of the sentence before)"))
d.Q("1위", 1, "위", "위", "ordinal", note="a rank: ordinal, no fact")
QT = "the institute head's target (김진호 ETRI 원장은 \"…달성하겠다\"): the institute's figure — README convention 6; 올해 in the clause"
d.Q("400건", 400, "건", "건", C, f=("기술이전", "기술이전 400건", KE, "2026", "level", "required", QT))
d.Q("350억 원", 35000000000, W, "원", "currency", f=("기술료", "기술료 350억", KE, "2026", "level", "required", QT))

# ---------------------------------------------------------------- 006 pharmaceutical company's year-end recap (입력 stamp + byline line)
d = Doc("006_480ea8e4b365e894", "2025-12-29"); docs.append(d)
HS = "한서제약"
d.Oall(HS, HS, special={0: ("required", "invented drug maker; headline topic with a comma"), 2: ("required", "organization before 관계자")})
d.O("한서바이오로직스", "한서바이오로직스", note="invented subsidiary introduced by 자회사")
d.O("벡스터젠", "벡스터젠", note="invented foreign drug maker introduced by 미국 제약사 (place and generic word outside): the licensee")
d.O("한서홀딩스", "한서홀딩스", note="invented holding company introduced by 지주사")
d.O("서울경제", "서울경제", note="outlet in the byline line")
Y, R = "2025", "2025-01/2025-11"
d.D("2025년", Y, "year", note="a year with 년 before 결산 (like 2020년 연말결산): the compound is not split")
d.D("2025.12.29", "2025-12-29", "day", st="optional", note="publication stamp (입력): optional; its clock time not labelled")
d.D("올해", Y, "year", ctx="한서제약이 올해", rel=True)
d.D("29일", "2025-12-29", "day", rel=True, note="day the figures were released (공개한)")
d.D("1~11월", R, "month", rel=True, note="a range of months with no year: the latest such range on or before the document date")
d.D("지난해 같은 기간", "2024-01/2024-11", "month", rel=True, st="optional", anchor="2025-01-01", note="points back to 1~11월: one mention, optional")
d.D("올해", Y, "year", ctx="올해 원외처방액", rel=True)
d.D("지난 6월", "2025-06", "month", rel=True)
d.D("내년 3월", "2026-03", "month", rel=True, note="내년 before a month: one mention; 까지 outside")
d.D("내년", "2026", "year", ctx="내년에는", rel=True)
d.Q("1조", 1000000000000, W, "", "currency", ctx="1조 눈앞", st="optional", note="headline amount, currency implied",
    f=("매출", "첫 매출", HS, Y, "level"))
d.Q("17%", 17, "%", "%", P, ctx="비중 17%",
    f=("R&D 비중", None, HS, Y, "level", "required", "headline topic with a comma; the headline's own DATE (2025년 결산)"))
d.Q("56년", 56, "year", "년", "duration", note="창사 56년 만에: 만에 outside, a duration (no fact)")
d.Q("1조 원", 1000000000000, W, "원", "currency", bound="gt", note="넘어설 → gt",
    f=("매출", "연 매출", HS, Y, "level", "required", "연 is a rate/period word, outside the metric; an outlook dated by 올해 in its clause"))
d.Q("9,480억 원", 948000000000, W, "원", "currency",
    f=("매출", "누적 매출은", HS, R, "level", "required", "누적 only qualifies the period (outside); 회사 = 한서제약 (its own release); 1~11월 in the clause"))
d.Q("12.3%", 12.3, "%", "%", P, f=("매출", "누적 매출은", HS, R, "change", "required", "지난해 같은 기간보다 = basis; the current period"))
d.Q("1,120억 원", 112000000000, W, "원", "currency",
    f=("원외처방액", None, "", Y, "level", "required", "a product's figure ('로바젠', no ORG): empty subject (FACTS); 올해 in the clause"))
d.Q("680억 원", 68000000000, W, "원", "currency", approx=True, note="어치 after the unit: outside, approx (like 달러치)",
    f=("처방", "처방됐다", "", Y, "level", "required",
       "a product's figure: no subject; the verbal noun of its own clause (처방됐다) names it; the sentence's 올해 (search: clause, then sentence)"))
d.Q("1,620억 원", 162000000000, W, "원", "currency",
    f=("연구개발비", "연구개발비는", HS, R, "level", "required",
       "after the products' sentence the company is carried back (products are no subjects); no DATE in the sentence: the period last set for 한서제약 (1~11월; 1,620/9,480 = 17.1%)"))
d.Q("17.1%", 17.1, "%", "%", P, f=("비중", "대비 비중이", HS, R, "level", "required", "매출 대비 names the basis of the ratio (outside the metric)"))
d.Q("10개", 10, "개", "개", C,
    f=("제약사", None, "", "", "level", "optional",
       "a count that defines a group (상위 10개 제약사 평균): part of the metric, no fact by the definitional-range line of FACTS; a neutral optional row"))
d.Q("12.4%", 12.4, "%", "%", P,
    f=("제약사 평균", None, "", R, "level", "optional",
       "an industry average of unnamed companies (no subject) given in brackets as the basis: its period — the compared 1~11월 carried for the same measure, "
       "or none? (README question 11)"))
d.Q("4.7%포인트", "4.7", PP, "%포인트", P,
    f=("비중", "대비 비중이", HS, R, "change", "required", "a difference from the industry average (…보다 N%포인트 높다): change; the company's ratio"))
PR = ("a present count (진행 중인) with no DATE in its sentence: the period last set for the same subject (1~11월) carries — README convention 4")
d.Q("23건", 23, "건", "건", C, f=("진행 중인 임상", None, HS, R, "level", "required", PR))
d.Q("5건", 5, "건", "건", C, f=("후기 임상", None, HS, R, "level", "required", "a part (이 가운데) naming its own kind of the counted noun; " + PR))
d.Q("9건", 9, "건", "건", C, f=("해외 임상", None, HS, R, "level", "required", "as 5건; " + PR))
d.Q("3,000만 달러", 30000000, U, "달러", "currency",
    f=("계약금", None, "한서바이오로직스", "2025-06", "level", "required", "the subsidiary that received it (its topic); the licensee (에) is the counterparty; 지난 6월 in the clause"))
d.Q("420억 원", 42000000000, W, "원", "currency", approx=True, eq=("3,000만 달러",), note="약 → approx; converts the dollar amount",
    f=("계약금", None, "한서바이오로직스", "2025-06", "level", "required", "a conversion: the same metric, subject, period and kind"))
d.Q("9억 8,000만 달러", 980000000, U, "달러", "currency", bound="max", note="최대 → max",
    f=("총계약", None, "한서바이오로직스", "2025-06", "level", "required", "규모 names the size of 총계약 (the thing whose size it is); subject and period carried"))
d.Q("1,200억 원", 120000000000, W, "원", "currency", ctx="1,200억 원을 투자",
    f=("투자", "투자해", "한서홀딩스", "2026-03", "level", "required",
       "the verbal noun of 투자하다 names the amount (오송 공장 is a place, the target); the holding company's own plan; 내년 3월까지 in the clause"))
d.Q("30억 정", 3000000000, "정", "정", C,
    f=("생산량", None, "한서홀딩스", "2026-03", "level", "required", "연간 is a period word, outside; the new level the plan reaches; subject and date of the sentence"))
QT = "a spokesperson's target for the company (한서제약 관계자는) — README convention 6; 내년에는 in the clause"
d.Q("1조 1,500억 원", 1150000000000, W, "원", "currency", f=("매출", "매출 1조 1,500억", HS, "2026", "level", "required", QT))
d.Q("2,000억 원", 200000000000, W, "원", "currency", f=("연구개발비", "연구개발비 2,000억", HS, "2026", "level", "required", QT))

if __name__ == "__main__":
    write_all(docs)
