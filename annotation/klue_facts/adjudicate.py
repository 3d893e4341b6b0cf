"""Write the adjudicated gold of the 150 facts sentences (standard library only).

Rows both labellers wrote with the same slots are taken as they are (labeller A's note); every
disagreement, and every agreed row that broke a guideline line or a decision settled by the
project lead, is decided below by reading the sentence against docs/facts.md and
docs/annotation.md. The decisions are data here, one line each, with their reason in the note.

    python annotation/klue_facts/adjudicate.py
writes corpus/klue_facts/gold/facts.csv and corpus/klue_facts/gold/documents.csv.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOLD = ROOT / "corpus/klue_facts/gold"
COLUMNS = ["doc_id", "q_start", "q_end", "q_text", "metric_start", "metric_end", "metric_text",
           "subject", "period", "kind", "status", "note"]
SLOTS = ["metric_start", "metric_end", "metric_text", "subject", "period", "kind", "status"]
P = "klue-ner-v1_dev_"

# Reasons used more than once.
POLICE = ("subject only an unnamed institution noun ({}), optional by annotation.md ORG -> "
          "subject empty, fact optional (lead decision; facts.md: subject only an optional ORG)")
ONLY_OPTIONAL_DATE = ("period only the optional DATE {} (anaphoric day word, annotation.md "
                      "decisions DATE) -> fact optional (lead decision)")

# (doc, q_start, q_end) -> slots to set and the note. "take": "A"/"B" takes that labeller's
# slots first; the other keys then override.
DECISIONS = {
    # -- labellers disagreed ------------------------------------------------------------------
    ("00000-wikitree", 49, 52): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰") + "; metric verbal noun 입건 (facts.md 판매했다 -> 판매)"),
    ("00072-wikitree", 7, 9): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰") + "; also " + ONLY_OPTIONAL_DATE.format("이날 (no antecedent: 2016-01-01)")),
    ("00072-wikitree", 15, 20): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰") + "; period 이날 (optional DATE)"),
    ("00072-wikitree", 26, 29): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰") + "; period 이날 (optional DATE)"),
    ("00800-wikitree", 13, 15): dict(take="A", note="adjudicated: number of a product-type word (2단 우산), optional quantity; definitional, no fact (facts.md) -> optional row; metric = the noun it qualifies (우산)"),
    ("00800-wikitree", 20, 22): dict(take="A", note="adjudicated: as 2단 (optional row, metric 우산)"),
    ("00800-wikitree", 45, 48): dict(take="B", note="adjudicated (spans overlap): metric keeps the modifiers that change what is measured (facts.md: 해외 매출), 2단/3단 우산 매출; 지난해 같은 기간 is the basis"),
    ("00800-wikitree", 50, 53): dict(take="B", note="adjudicated (spans overlap): as 29%; 씩 outside the span"),
    ("01324-wikitree", 39, 47): dict(take="B", note="adjudicated (spans overlap): metric 1집 앨범 (which album is measured); music group = optional ORG -> optional fact (facts.md); 9월 3일까지 = as of"),
    ("01324-wikitree", 66, 74): dict(take="B", note="adjudicated (spans overlap): metric 1집 리패키지; optional as 424,260장"),
    ("01524-wikitree", 36, 40): dict(take="B", note="adjudicated: 지난 11일 is the day of the tally (집계), the as-of day of the count, not a report date (facts.md period: as of) -> 2015-12-11"),
    ("01524-wikitree", 94, 97): dict(take="B", note="adjudicated: period = day of the tally (as 100명); senators' count, no ORG"),
    ("01524-wikitree", 101, 103): dict(take="B", note="adjudicated: bare 18 takes 명 only by ellipsis (민주 18, 공화 7명) -> optional; period as 25명"),
    ("01524-wikitree", 108, 110): dict(take="B", note="adjudicated: period as 25명; party short form 공화 kept as written (annotation.md ORG decisions: short form alone)"),
    ("01780-wikitree", 38, 50): dict(take="B", note="adjudicated: the player's contract (해밀턴 is the clause's subject): a person's figure, no subject (facts.md); the club is the counterparty, as the buyer 아이치이 in 01658; 지난 2012년 말 -> 2012"),
    ("02242-wikitree", 41, 45): dict(take="A", status="optional", note="adjudicated (spans overlap): metric 발사체 (shortest); 북한 is a country (no subject); " + ONLY_OPTIONAL_DATE.format("이날 (-> 3일, which dates the report)")),
    ("02596-wikitree", 9, 15): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰") + "; 약 outside the span"),
    ("02596-wikitree", 33, 35): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("경찰")),
    ("02596-wikitree", 74, 77): dict(take="A", note="adjudicated (only labeller A wrote it): floor number 13층 names a place (like 1번지) or an ordinal floor: whether it is a QUANTITY is unclear -> optional row"),
    ("02868-wikitree", 16, 18): dict(take="A", note="adjudicated (spans overlap): shortest noun phrase 양말 (facts.md metric); product figure, no subject"),
    ("02868-wikitree", 48, 54): dict(take="B", note="adjudicated: verbal noun 판매 serves when no noun names the figure (facts.md: 판매했다 -> 판매), as 구매 for the prices in 03236; difference from 정상가 -> change; seller unnamed"),
    ("02930-wikitree", 21, 24): dict(take="A", note="adjudicated: optional age bracket; 15일 (with 오후 6시께) dates the event, not the announcement -> 2015-12-15"),
    ("03212-wikitree", 5, 8): dict(take="B", note="adjudicated (spans overlap): metric 니덤 보고서 요약본 (which summary); 올해 초 dates the release (공개), not the period (lead decision)"),
    ("03244-wikitree", 35, 38): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("도 = the province authority, unnamed") + "; 현재까지 dates another clause"),
    ("03316-wikitree", 48, 55): dict(take="B", note="adjudicated: counted noun is its own unit (관객), no metric outside the span (as 70억 인구 in the article gold); optional quantity; period 이날 -> 31일"),
    ("03456-wikitree", 41, 44): dict(take="A", note="adjudicated: 이날 dates the ruling, not the charges the count measures (lead decision: a date of another event is not the period) -> no period"),
    ("03814-wikitree", 10, 14): dict(take="B", note="adjudicated: typo HN농협카드 labelled as written, canonical NH농협카드 (annotation.md ORG decisions: typo); 20일 dates the press conference"),
    ("04076-wikitree", 33, 36): dict(take="B", note="adjudicated: 66명 is the size of 점검단 (모두 66명; 관계자 등 is only part of it) -> metric 점검단; 점검단 ad-hoc, 협력사 unnamed -> no subject"),
    ("04090-wikitree", 27, 32): dict(take="B", note="adjudicated: noun that is no counter (optional, like 70억 인구), no metric outside the span; 18일 dates the broadcast (release), not the period"),
    ("04204-wikitree", 98, 107): dict(take="B", note="adjudicated (spans overlap): metric 전체 구제금융 (전체 changes what is measured: the total of both bailouts); Greece is a country (no subject); period from the sentence, 2012년 3월"),
    ("04214-wikitree", 68, 71): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("소방당국")),
    ("04214-wikitree", 76, 82): dict(subject="", status="optional", note="adjudicated: " + POLICE.format("소방당국")),
    ("04564-wikitree", 53, 58): dict(status="optional", note="adjudicated (both labellers required): subject includes the optional ORG 고리(본부) (annotation.md ORG decisions: shared suffix) -> optional (lead decision)"),
    ("04564-wikitree", 63, 67): dict(status="optional", note="adjudicated (both labellers required): as 20만마리 참돔"),
    ("04566-wikitree", 39, 43): dict(take="A", note="adjudicated (spans overlap): shortest noun 출장정치 (typo for 출장정지, as written); the maximum sanction FIFA can impose; A매치 2년 duration"),
    ("04620-wikitree", 0, 5): dict(take="A", note="adjudicated: 전날 dates the second clause (the spin-off); the first clause has no date -> no period; 외환은행's headcount, no noun"),
    ("04620-wikitree", 8, 14): dict(take="A", note="adjudicated: as 8천36명"),
    ("04620-wikitree", 17, 21): dict(take="A", note="adjudicated: as 8천36명; 줄어든 -> change"),
    # -- labellers agreed, but the row broke a settled decision or a guideline line ------------
    ("00184-wikitree", 0, 2): dict(subject="", note="adjudicated (both labellers 한국): a national team named by its country is no subject (lead decision); optional mention -> fact optional; score gap -> change"),
    ("00542-wikitree", 32, 39): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (no antecedent: 2016-01-01)") + "; not all groups named -> no subject"),
    ("00576-wikitree", 7, 11): dict(status="optional", note="adjudicated (both required): 반경 500m 이내 defines the area the schools are counted in: a definitional range, no fact (facts.md) -> optional row (lead decision)"),
    ("01366-wikitree", 59, 61): dict(period="2016-01-01", status="optional", note="adjudicated (both required, no period): 지금까지 = as of 지금, an optional DATE taking the document date (annotation.md DATE) -> period 2016-01-01, fact optional (lead decision); 18일 dates the report"),
    ("01832-wikitree", 23, 26): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (2016-01-01)")),
    ("02022-wikitree", 18, 20): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (2016-01-01)")),
    ("02046-wikitree", 72, 77): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (2016-01-01)")),
    ("03562-wikitree", 3, 6): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (2016-01-01)") + "; a player's figure"),
    ("03562-wikitree", 7, 10): dict(status="optional", note="adjudicated (both required): as 5타수"),
    ("03562-wikitree", 18, 20): dict(status="optional", note="adjudicated (both required): as 5타수"),
    ("03562-wikitree", 22, 25): dict(status="optional", note="adjudicated (both required): as 5타수"),
    ("04620-wikitree", 44, 48): dict(take="B", status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("전날 (no antecedent: 2015-12-31)") + "; 줄게 됐다 -> change"),
    ("04620-wikitree", 49, 53): dict(take="B", status="optional", note="adjudicated (both required): as 587명 (rate of the same cut)"),
    ("04698-wikitree", 31, 36): dict(status="optional", note="adjudicated (both required): " + ONLY_OPTIONAL_DATE.format("이날 (2016-01-01)") + "; 미국 지질조사국 only reports"),
}

# Quantities neither labeller wrote (lead decision: a definitional range is an optional row).
ADDED = [
    dict(doc_id=P + "01332-wikitree", q_start=9, q_end=12, q_text="65세", metric_start=16, metric_end=19,
         metric_text="노인들", subject="", period="", kind="level", status="optional",
         note="adjudicated (neither labeller wrote it): 65세 이상 노인들 is a definitional range, no fact (facts.md) -> optional row (lead decision)"),
    dict(doc_id=P + "02114-wikitree", q_start=18, q_end=20, q_text="1년", metric_start=27, metric_end=29,
         metric_text="근무", subject="호텔롯데", period="2015-07/2015-08", kind="level", status="optional",
         note="adjudicated (neither labeller wrote it): 1년 이상 장기 근무한 defines the part-timers counted: a definitional range (and a duration), no fact -> optional row (lead decision)"),
]


def load(path: Path) -> dict:
    with path.open(encoding="utf-8", newline="") as handle:
        return {(r["doc_id"], int(r["q_start"]), int(r["q_end"])): r for r in csv.DictReader(handle)}


def main() -> None:
    a = load(HERE / "labeller_a/facts.csv")
    b = load(HERE / "labeller_b/facts.csv")
    texts = {}
    with (ROOT / "corpus/klue_facts/sentences.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            texts[doc["id"]] = doc
    decisions = {(P + d, s, e): v for (d, s, e), v in DECISIONS.items()}
    rows = []
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key), b.get(key)
        decision = dict(decisions.pop(key, {}))
        base = {"A": ra, "B": rb}.get(decision.pop("take", None)) or ra or rb
        agreed = ra is not None and rb is not None and all(ra[s] == rb[s] for s in SLOTS)
        if not decision and not agreed:
            raise SystemExit(f"undecided disagreement: {key}")
        row = {c: base[c] for c in COLUMNS if c != "note"}
        row["note"] = decision.pop("note", None) or ra["note"]
        row.update(decision)
        rows.append(row)
    if decisions:
        raise SystemExit(f"decisions for rows nobody wrote: {sorted(decisions)}")
    rows.extend({k: str(v) for k, v in r.items()} for r in ADDED)
    rows.sort(key=lambda r: (r["doc_id"], int(r["q_start"])))
    GOLD.mkdir(parents=True, exist_ok=True)
    with (GOLD / "facts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    with (GOLD / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "doc_date"])
        for doc_id, doc in texts.items():
            writer.writerow([doc_id, doc["date"]])
    print(f"{len(rows)} gold rows "
          f"({sum(r['status'] == 'required' for r in rows)} required, "
          f"{sum(r['status'] == 'optional' for r in rows)} optional); {len(texts)} documents")


if __name__ == "__main__":
    main()
