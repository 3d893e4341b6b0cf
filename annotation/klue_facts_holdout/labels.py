"""The facts of the 100 held-back KLUE sentences, labelled by reading (docs/facts.md,
docs/annotation.md), written as data; this script only turns them into the gold tables.

Each label names the quantity as written (its `n`-th occurrence in the sentence, 0 by default)
and the metric as written; offsets are found with `str.find`, the metric's being the occurrence
nearest the quantity (facts.md: "take the mention nearest the number"), and every span is checked
(`text[start:end]`). Quantities that get no fact (ordinals, durations, numbers that are no
QUANTITY) are listed in NO_FACT with the guideline line that says so.

    python annotation/klue_facts_holdout/labels.py   # writes corpus/klue_facts_holdout/gold/
"""
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = ROOT / "annotation/klue_facts_holdout/sentences.jsonl"
GOLD = ROOT / "corpus/klue_facts_holdout/gold"
PREFIX = "klue-ner-v1_dev_"
REFERENCE_DATE = "2016-01-01"
COLUMNS = ["doc_id", "q_start", "q_end", "q_text", "metric_start", "metric_end", "metric_text",
           "subject", "period", "kind", "status", "note"]

R, O = "required", "optional"
L, C = "level", "change"

# (doc, quantity, metric, subject, period, kind, status, note[, n])
LABELS = [
    ("00008-nsmc", "두 사람", "", "", "", L, O, "사람 after 두: noun-not-counter reading (as 두 사람 in klue_facts), optional"),
    ("00052-nsmc", "8점", "", "", "", L, R, "review score, no noun; 중반 outside the span"),
    ("00052-nsmc", "9점", "", "", "", L, R, "review score, no noun"),
    ("00114-wikitree", "85kg", "", "", "", L, O, "85kg급 names a weight class: definitional, no fact -> optional row"),
    ("00136-nsmc", "5 번", "", "", "", L, R, "times rewatched: plain verb, no metric; 정도 approx"),
    ("00150-wikitree", "6만2천548원", "온라인 쇼핑몰 판매가", "", "", L, R, "product's price, maker not named -> no subject; 평균 outside"),
    ("00150-wikitree", "5.7배", "온라인 쇼핑몰 판매가", "", "", L, R, "multiple without a change word -> level (facts.md Kind); 미국 가격 is the basis"),
    ("00172-nsmc", "1인", "", "", "", L, O, "1인 N역 (one actor, N roles): the dummy 1 of a rate (annotation.md: 1초당, 일인당) -> optional"),
    ("00172-nsmc", "2역", "", "", "", L, R, "re-read: N역 counts the roles played, a required count (annotation.md: 부작 counts, unlike 1인칭); counted noun is the unit -> no metric; 어제 dates the viewing"),
    ("00384-nsmc", "1인", "", "", "", L, O, "as 1인 in 00172: dummy 1 of a rate -> optional"),
    ("00384-nsmc", "4역", "", "", "", L, R, "re-read: N역 counts the roles (as 2역 in 00172), required; a person's figure"),
    ("00418-wikitree", "5000원", "", "", "", L, O, "5000원권 names a kind of banknote: definitional -> optional row; 권 outside"),
    ("00574-nsmc", "한마디", "", "", "", L, O, "한마디로 'in a word': 한 + counter used figuratively -> optional"),
    ("00688-wikitree", "5분의 3", "재적의원", "", "", L, O, "fraction without a unit: whether it is a QUANTITY is unclear -> optional"),
    ("00688-wikitree", "176명", "찬성", "", "", L, O, "threshold of a rule (conversion of 5분의 3); 국회 only in another clause: whose figure unclear -> optional"),
    ("00792-nsmc", "4살", "", "", "", L, R, "age (count), a person's"),
    ("00826-wikitree", "20만∼30만 달러", "가격", "", "", L, R, "range is one mention; owner not named; future, no DATE"),
    ("00826-wikitree", "2억4천만∼3억6천만원", "가격", "", "", L, R, "conversion: same slots"),
    ("00830-wikitree", "100여명", "부대원", "", "", L, O, "오산공군기지: a base, at most a site acting as an institution (optional ORG) -> optional; 국방부 only the source"),
    ("00830-wikitree", "60여명", "부대원", "", "", L, O, "as 100여명"),
    ("00858-wikitree", "1만 8,600m2", "영업면적", "", "", L, O, "고양터미널점: a store named only by its place, chain not named: at most an optional ORG -> optional"),
    ("00858-wikitree", "5,600평", "영업면적", "", "", L, O, "conversion; as 1만 8,600m2"),
    ("00858-wikitree", "200여 개", "유명브랜드", "", "", L, O, "as 1만 8,600m2 (the store's brands)"),
    ("00886-wikitree", "50%", "책정", "", "", C, R, "50% 비싼: difference from the basis (기존 아이폰) -> change; verbal noun 책정 the only noun; 내년 dates the launch, not the price"),
    ("00886-wikitree", "142만원", "책정", "", "", L, R, "product price, maker not named -> no subject; verbal noun 책정"),
    ("00936-wikitree", "32평~62평", "", "", "", L, O, "sizes that define which flats' book value: definitional -> optional row"),
    ("00940-nsmc", "두마리", "토끼", "", "", L, O, "idiom 두 마리 토끼: figurative count -> optional"),
    ("01098-nsmc", "한 축", "", "", "", L, O, "한 + counter used figuratively (annotation.md: 세상의 한 면) -> optional"),
    ("01116-wikitree", "1t", "폭발물", "", "", L, R, "removed by the speaker's forces (unnamed); IS only planted them; 하루 is a rate denominator"),
    ("01406-nsmc", "5점", "", "", "", L, R, "review score; 대 outside (approx)"),
    ("01406-nsmc", "7점", "", "", "", L, R, "review score"),
    ("01446-wikitree", "7개", "시범지구", "국토부", "", L, R, "short form alone keeps its spelling (annotation.md ORG decisions)"),
    ("01446-wikitree", "4곳", "철도부지", "국토부", "", L, R, "연내 belongs to the 착공 clause of 3곳"),
    ("01446-wikitree", "3곳", "오류·가좌·공릉지구", "국토부", "2016", L, O, "연내 ('within the year') is not in annotation.md's DATE list: period 2016 or none -> unclear, optional"),
    ("01514-wikitree", "612만6천865명", "중국인 관광객 수", "", "", L, R, "a country's figure; 이 때 points to a period not in the sentence -> no period"),
    ("01514-wikitree", "39.3%", "중국인 관광객 수", "", "", L, O, "share of the tourist count; what it is the share of was said earlier (dropped): metric unclear -> optional"),
    ("01572-nsmc", "50부작", "", "", "", L, R, "parts of a work (부작 count, annotation.md)"),
    ("01572-nsmc", "두가지", "매력", "", "", L, R, "an actress's (person) charms"),
    ("01592-wikitree", "2개", "금메달", "", "", L, R, "gold medals of a person (도마 names the event, not what is counted); 여섯 번째 ordinal"),
    ("01608-wikitree", "124조원", "재원", "", "", L, R, "owner of the pledges not named"),
    ("01732-wikitree", "1천200자", "자기소개서 분량", "", "", L, R, "limit set by unnamed schools (자사고); 1단계/2단계 ordinals"),
    ("01830-wikitree", "5개", "구", "", "", L, R, "창사시 here a place"),
    ("01830-wikitree", "247쌍", "이혼소송을 제기한 부부", "", "", L, R, "persons; the exam week is no DATE; 일주일 duration"),
    ("01830-wikitree", "493쌍", "이혼소송을 제기한 부부", "", "", L, R, "493쌍으로 늘어났다: the new level -> level (facts.md Kind)"),
    ("01856-nsmc", "4점", "", "", "", L, R, "review score"),
    ("01944-nsmc", "50번", "", "", "", L, R, "times watched: plain verb"),
    ("01950-nsmc", "2층", "", "", "", L, O, "floor number names a place (as 13층 in klue_facts) -> optional"),
    ("01988-wikitree", "1개", "세부종목", "IOC", "2015-12", L, O, "number in a provision (1개 또는 그 이상) the IOC passed; the committees propose: whose figure and its period unclear -> optional"),
    ("02050-wikitree", "두 차례", "긴급 당정협의", "새누리당", "2015-12-31", L, R, "하루전: offset from the document date (annotation.md Offsets) -> 2015-12-31"),
    ("02050-wikitree", "3천450만원", "세 부담 기준선", "", "", L, O, "national tax baseline the party asked 정부 (no ORG) to change; 하루전 dates the demand: period unclear -> optional; 기존 = the old level"),
    ("02050-wikitree", "5천500만원", "세 부담 기준선", "", "", L, O, "as 3천450만원; 선 outside; 5천500만원선으로: the new level -> level"),
    ("02138-wikitree", "120편", "열차", "", "2015-W53-WE", L, R, "provinces as places; 이번 주말 on Fri 2016-01-01 -> 2016-01-02/03, ISO week 2015-W53"),
    ("02254-wikitree", "두 아들", "", "", "", L, O, "두 + noun that is no counter -> optional (annotation.md)"),
    ("02366-wikitree", "5살", "아동", "", "", L, O, "5살 아동 학급 defines the class: definitional -> optional row; 두 달 is a duration"),
    ("02380-nsmc", "백개", "평생본영화", "", "", L, R, "a person's count; 넘을 -> bound gt; 44년 is a duration"),
    ("02586-nsmc", "2배", "", "", "", L, O, "2배속 (double-speed playback): lexicalized -> optional; 속 outside"),
    ("02606-wikitree", "20여명", "강력계 소속 형사", "", "", L, O, "police (unnamed institution) figure -> no subject, optional (facts.md decisions: Not subjects)"),
    ("02660-wikitree", "1.5배", "인재", "육군", "", L, O, "subject only the optional ORG 육군 (armed forces) -> optional; 수 of 배수 outside; 4개월 duration"),
    ("02728-nsmc", "10점", "", "", "", L, R, "review score; 짜리 outside"),
    ("02836-wikitree", "3층", "", "", "", L, O, "3층 건물: floors defining the building -> optional row"),
    ("02894-nsmc", "한줄", "", "", "", L, O, "한줄로 'in one line': 한 + counter figurative -> optional"),
    ("03068-nsmc", "한개", "별", "", "", L, R, "noun before the counter (별 한개, as in klue gold)"),
    ("03108-wikitree", "40여개", "기업", "", "2016", L, R, "a person's applications; 올해 -> 2016; 3년 duration"),
    ("03138-wikitree", "1200만", "조회수", "", "", L, O, "counted noun that is no counter (1200만의 조회수, like 70억 인구) -> optional; 유튜브 only where it is shown"),
    ("03296-nsmc", "200번", "대사", "", "", L, R, "the line (대사) said 200 times: counted noun before"),
    ("03384-nsmc", "1점", "평점", "", "", L, R, ""),
    ("03396-wikitree", "5,000m2", "승용관", "현대차", "", L, R, "'2015 서울모터쇼': a year inside an event name without 년 is no DATE (annotation.md Not DATE: names with digits) -> no period"),
    ("03396-wikitree", "1,515평", "승용관", "현대차", "", L, R, "conversion; 약 outside"),
    ("03396-wikitree", "1,500m2", "상용관", "현대차", "", L, R, ""),
    ("03396-wikitree", "454평", "상용관", "현대차", "", L, R, "conversion"),
    ("03396-wikitree", "30대", "승용", "현대차", "", L, R, "counted noun before (승용 30대)"),
    ("03396-wikitree", "12대", "상용", "현대차", "", L, R, ""),
    ("03396-wikitree", "42대", "완성차", "현대차", "", L, R, ""),
    ("03420-wikitree", "9층", "", "", "", L, O, "floor number names a place -> optional"),
    ("03492-wikitree", "5명", "희생", "", "", L, R, "victims (persons); 전날/이날 date the transport of the bodies, not the incident"),
    ("03492-wikitree", "4명", "시신", "", "2016-01-01", L, O, "arrival 이날 (no explicit day before it: document date): only an optional DATE -> optional"),
    ("03498-wikitree", "138개", "문항", "", "2015", L, R, "작년 -> 2015; exam board not named"),
    ("03498-wikitree", "317건", "이의신청", "", "2015", L, R, ""),
    ("03618-wikitree", "41.82%", "베팅 참여자", "", "", L, R, "share of bettors (site not named); 한국/알제리 are what they bet on"),
    ("03618-wikitree", "41.21%", "베팅 참여자", "", "", L, R, ""),
    ("03618-wikitree", "16.97%", "베팅 참여자", "", "", L, R, ""),
    ("03626-wikitree", "3722건", "제작 불량", "", "", L, R, "cause categories as metrics"),
    ("03626-wikitree", "971건", "취급 미숙", "", "", L, R, ""),
    ("03626-wikitree", "219건", "검수 불량", "", "", L, R, ""),
    ("03626-wikitree", "1331건", "기타", "", "", L, R, "각각: X is A's (facts.md decisions: Each)"),
    ("03626-wikitree", "868건", "원인불명", "", "", L, R, "각각"),
    ("03632-wikitree", "31원", "차이", "", "", C, R, "gap between two forecasts: a difference -> change (as 4.5%포인트, 1점 차); foreign IBs unnamed"),
    ("03650-nsmc", "200%", "공감", "", "", L, O, "200% 공감: figurative intensifier -> optional"),
    ("03796-wikitree", "20대∼50대", "쏠라티 차량", "", "2016-02", L, R, "vehicles (not ages); taxi industry -> no subject; 다음달 중순 -> 2016-02 MID"),
    ("03892-nsmc", "2개", "반전", "", "", L, R, ""),
    ("03918-wikitree", "세 개", "섬", "", "", L, O, "inside the quoted gloss of a name -> optional"),
    ("03918-wikitree", "9천995m2", "연면적", "", "", L, R, "a facility, no ORG; 총 outside, 규모 after"),
    ("03924-wikitree", "43살", "", "", "", L, R, "age of a person; 지난달 31일 dates the broadcast (facts.md: not the period)"),
    ("03938-wikitree", "9.77t", "", "", "", L, O, "a ship's tonnage (standing spec) in a clause dated by the capsizing (5일): whether that day is its period is unclear -> optional"),
    ("03958-nsmc", "두마리", "토끼", "", "", L, O, "idiom 두 마리 토끼 -> optional; 둘 has no counter"),
    ("04080-nsmc", "4부작", "TV드라마", "", "", L, R, "parts of a work; the counted work before"),
    ("04120-nsmc", "1회", "", "", "", L, O, "episode 1 (ordinal) or once (count): unclear -> optional"),
    ("04296-nsmc", "다섯개", "별", "", "", L, R, ""),
    ("04372-wikitree", "1명", "남자직원", "", "2016-01-01", L, O, "범행 당일: only the optional DATE 당일 (no day in the text: document date) -> optional; workplace not named"),
    ("04384-nsmc", "두배우", "", "", "", L, O, "두 + noun that is no counter -> optional"),
    ("04524-nsmc", "한명", "배우", "", "", L, R, "한 + counter 명 is a count (1 명)"),
    ("04526-wikitree", "100만원", "소득금액", "", "", L, O, "threshold defining the spouse (이하): definitional -> optional row; 연간 outside"),
    ("04632-wikitree", "2천959표", "유효표", "", "", L, O, "valid ballots of the NPC vote: the 전인대's figure or only its report (source)? unclear -> optional"),
    ("04632-wikitree", "2천955표", "찬성", "", "", L, R, "votes a person received (as klue gold 04886); 전인대 only reports"),
    ("04632-wikitree", "1표", "반대", "", "", L, R, ""),
    ("04632-wikitree", "3표", "기권", "", "", L, R, ""),
    ("04730-wikitree", "3대", "키워드", "", "", L, O, "3대 'the three main': lexicalized -> optional"),
    ("04866-wikitree", "한명", "고용", "", "", L, R, "a person's hire; verbal noun 고용 (facts.md decisions: Metric)"),
    ("04952-wikitree", "1갑", "", "", "", L, O, "1갑 기준: the dummy 1 of a rate basis -> optional"),
    ("04952-wikitree", "354원", "국민건강증진기금", "복지부", "", L, R, "the fund under 복지부 (소관) is its figure; 인상된다: the current level; future, no DATE"),
    ("04952-wikitree", "641원", "담배소비세", "안전행정부", "", L, R, "tax under 안전행정부 (소관)"),
    ("04952-wikitree", "321원", "지방교육세", "안전행정부", "", L, R, "coordinated with 담배소비세 under the one modifier 안전행정부 소관의"),
]

# Quantities read and given no fact row, with the line that says why.
NO_FACT = {
    "00114-wikitree": "23호 (park name), 오후 7시 (clock time, DATE)",
    "00344-wikitree": "하나 in 서비스 중 하나 (no unit, no quantity)",
    "00352-nsmc": "1편 (sequel number, ordinal)",
    "00402-nsmc": "1기 (cohort/season number, ordinal)",
    "00506-wikitree": "9단 ×2 (a Go rank in a title, ordinal like grades)",
    "00736-nsmc": "2편 (sequel, ordinal)",
    "00814-nsmc": "6.20 (score without a unit: not a quantity)",
    "00940-nsmc": "둘 (no counter)",
    "01004-wikitree": "제 2 (제 2의 소니: figurative ordinal in a name)",
    "01116-wikitree": "하루 (rate denominator, duration)",
    "01142-wikitree": "41 (bare age), 오후 9시 35분 (time)",
    "01228-nsmc": "투샷 (loanword 'two shot', not a numeral)",
    "01512-wikitree": "제1 (in the title 제1위원장)",
    "01592-wikitree": "여섯 번째 (ordinal)",
    "01732-wikitree": "1단계, 2단계 (stage numbers, ordinal)",
    "01772-wikitree": "3차 (ordinal)",
    "01830-wikitree": "일주일 ×2 (durations)",
    "01968-wikitree": "5차 (ordinal)",
    "02158-wikitree": "19 (bare age), K-2 (name)",
    "02354-nsmc": "1편 (sequel, ordinal)",
    "02366-wikitree": "두 달 (duration)",
    "02380-nsmc": "44년 (duration of a life)",
    "02576-wikitree": "23 (bare age)",
    "02628-nsmc": "사다코 2 (title number)",
    "02660-wikitree": "4개월 (duration)",
    "02836-wikitree": "16 (bare age), 고1 (grade, ordinal)",
    "02974-wikitree": "1번지 (address)",
    "03016-wikitree": "12위 (ordinal)",
    "03108-wikitree": "3년 (N년째: duration), 29 (bare age)",
    "03334-wikitree": "5주년 (anniversary, ordinal)",
    "03412-wikitree": "2차관 (title)",
    "03420-wikitree": "고3 (grade, ordinal), 119구조대 (name)",
    "03492-wikitree": "22사단 (unit name)",
    "03620-wikitree": "3위 (ordinal)",
    "03924-wikitree": "1학년 (grade, ordinal)",
    "03958-nsmc": "둘 (no counter)",
    "03986-wikitree": "29 (bare age), 14호선 (road name)",
    "04266-wikitree": "베스트11 (name)",
    "04290-nsmc": "중2 (grade in 중2병, ordinal)",
    "04458-wikitree": "33, 30 (bare ages), 징역 6월 (duration), 형사9단독 (court division)",
    "04508-nsmc": "초6 (grade, ordinal)",
    "04692-nsmc": "part1 (title), 1탄 (sequel, ordinal)",
    "04818-nsmc": "하나 in 사실 하나만으로도 (no unit)",
}


def nearest(text: str, needle: str, anchor: int) -> int:
    """Start of the occurrence of `needle` nearest to `anchor`."""
    starts, at = [], text.find(needle)
    while at != -1:
        starts.append(at)
        at = text.find(needle, at + 1)
    if not starts:
        raise ValueError(f"metric {needle!r} not in {text!r}")
    return min(starts, key=lambda start: abs(start - anchor))


def rows(texts: dict) -> list:
    out = []
    for doc, quantity, metric, subject, period, kind, status, note, *n in LABELS:
        doc_id = PREFIX + doc
        text = texts[doc_id]
        start = -1
        for _ in range((n or [0])[0] + 1):
            start = text.find(quantity, start + 1)
        if start == -1:
            raise ValueError(f"{doc}: quantity {quantity!r} not found")
        end = start + len(quantity)
        assert text[start:end] == quantity
        m_start = nearest(text, metric, start) if metric else ""
        m_end = m_start + len(metric) if metric else ""
        if metric:
            assert text[m_start:m_end] == metric
        out.append({"doc_id": doc_id, "q_start": start, "q_end": end, "q_text": quantity,
                    "metric_start": m_start, "metric_end": m_end, "metric_text": metric,
                    "subject": subject, "period": period, "kind": kind, "status": status, "note": note})
    order = list(texts)
    return sorted(out, key=lambda row: (order.index(row["doc_id"]), row["q_start"]))


def main() -> None:
    with SENTENCES.open(encoding="utf-8") as handle:
        texts = {doc["id"]: doc["text"] for doc in map(json.loads, handle)}
    GOLD.mkdir(parents=True, exist_ok=True)
    with (GOLD / "facts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows(texts))
    with (GOLD / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "doc_date"])
        writer.writerows([doc_id, REFERENCE_DATE] for doc_id in texts)


if __name__ == "__main__":
    main()
