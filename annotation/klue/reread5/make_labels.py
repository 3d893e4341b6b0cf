#!/usr/bin/env python
"""Independent re-read labels (reread5) for 30 KLUE sentences.

Labels are written as data: (doc_id, mention text, occurrence index (0-based) in the sentence,
fields). Offsets are computed by string search and checked; the script writes
quantities.csv, dates.csv, organizations.csv and documents.csv next to itself.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_DATE = "2016-01-01"

# ---------------------------------------------------------------- QUANTITY
# (doc_id, text, occ, value, value_high, unit, unit_text, category, approx, bound, equivalent_of, status, note)
Q = [
    ("klue-ner-v1_dev_00478-wikitree", "9%", 0, "9", "", "%", "%", "percent", False, "", "", "required", ""),
    ("klue-ner-v1_dev_00478-wikitree", "4위", 0, "4", "", "위", "위", "ordinal", False, "", "", "required", "rank"),
    ("klue-ner-v1_dev_00478-wikitree", "5위", 0, "5", "", "위", "위", "ordinal", False, "", "", "required", "5위 밖으로: rank; 밖 sets no bound"),
    ("klue-ner-v1_dev_00788-wikitree", "2천400여명", 0, "2400", "", "명", "명", "count", True, "", "", "required", "여 between number and counter is inside the span"),
    ("klue-ner-v1_dev_01702-wikitree", "15년", 0, "15", "", "year", "년", "duration", False, "", "", "required", "15년 만에: 만에 outside"),
    ("klue-ner-v1_dev_01702-wikitree", "사흘", 0, "3", "", "day", "사흘", "duration", False, "", "", "required", "native day word; 간 outside"),
    ("klue-ner-v1_dev_01936-nsmc", "몇천년", 0, "1000", "9000", "year", "년", "duration", True, "", "", "optional", "몇 works like 수 (optional); 간 outside"),
    ("klue-ner-v1_dev_02052-nsmc", "10점", 0, "10", "", "점", "점", "count", False, "", "", "required", "score with its unit 점 (bare scores without unit are not quantities)"),
    ("klue-ner-v1_dev_02816-wikitree", "66.8%", 0, "66.8", "", "%", "%", "percent", False, "", "", "required", "평균 outside"),
    ("klue-ner-v1_dev_03386-nsmc", "10년", 0, "10", "", "year", "년", "duration", False, "", "", "required", "10년만에: 만에 outside"),
    ("klue-ner-v1_dev_03558-nsmc", "50%", 0, "50", "", "%", "%", "percent", False, "", "", "required", ""),
    ("klue-ner-v1_dev_03926-wikitree", "4천여 미터", 0, "4000", "", "m", "미터", "measure", True, "", "", "required", "평균고도 outside"),
    ("klue-ner-v1_dev_04236-wikitree", "1%", 0, "1", "", "%", "%", "percent", False, "", "", "required", ""),
    ("klue-ner-v1_dev_04236-wikitree", "2.25%", 0, "2.25", "", "%", "%", "percent", False, "", "", "required", ""),
    ("klue-ner-v1_dev_04706-nsmc", "1편", 0, "1", "", "편", "편", "ordinal", False, "", "", "required", "sequel number with counter"),
    ("klue-ner-v1_dev_04706-nsmc", "2편", 0, "2", "", "편", "편", "ordinal", False, "", "", "required", "sequel number with counter"),
    ("klue-ner-v1_dev_04706-nsmc", "3편", 0, "3", "", "편", "편", "ordinal", False, "", "", "required", "sequel number with counter"),
]

# ---------------------------------------------------------------- DATE
# (doc_id, text, occ, value, mod, range_start, range_end, granularity, relative, anchor_date, status, note)
D = [
    ("klue-ner-v1_dev_00086-wikitree", "4일", 0, "2015-12-04", "", "2015-12-04", "2015-12-04", "day", True, DOC_DATE, "required", "day of the report (4일 머니투데이는 … 보도했다); latest 4th on or before the reference date"),
    ("klue-ner-v1_dev_00478-wikitree", "지난해", 0, "2015", "", "2015-01-01", "2015-12-31", "year", True, DOC_DATE, "required", ""),
    ("klue-ner-v1_dev_00478-wikitree", "전년", 0, "2014", "", "2014-01-01", "2014-12-31", "year", True, "2015-01-01", "optional", "points back to 지난해 (2015): the year before it"),
    ("klue-ner-v1_dev_00788-wikitree", "전날", 0, "2015-12-31", "", "2015-12-31", "2015-12-31", "day", True, DOC_DATE, "optional", "no day before it: day before the document date"),
    ("klue-ner-v1_dev_00788-wikitree", "오후 7시 30분", 0, "2015-12-31T19:30", "APPROX", "2015-12-31", "2015-12-31", "day", True, DOC_DATE, "optional", "clock time; day from 전날; 께 outside sets APPROX"),
    ("klue-ner-v1_dev_00856-wikitree", "3일", 0, "2015-12-03", "", "2015-12-03", "2015-12-03", "day", True, DOC_DATE, "required", "day of the report (3일 조선일보는 … 보도했다)"),
    ("klue-ner-v1_dev_00856-wikitree", "당일", 0, "XXXX-XX-XX", "", "", "", "day", True, "", "optional", "day of the reported events; 3일 only dates the report, so no antecedent"),
    ("klue-ner-v1_dev_00856-wikitree", "이날", 0, "XXXX-XX-XX", "", "", "", "day", True, "", "optional", "same day as 당일 (reported events); 3일 is no antecedent"),
    ("klue-ner-v1_dev_01126-wikitree", "26일", 0, "2015-12-26", "", "2015-12-26", "2015-12-26", "day", True, DOC_DATE, "required", "past clause; latest 26th on or before the reference date"),
    ("klue-ner-v1_dev_01126-wikitree", "현재", 0, "2016-01-01", "", "2016-01-01", "2016-01-01", "day", True, DOC_DATE, "optional", "현재 takes the document date"),
    ("klue-ner-v1_dev_01702-wikitree", "20일", 0, "2016-01-20", "", "2016-01-20", "2016-01-22", "day", True, DOC_DATE, "required", "future schedule (소화한다): next 20th; 20일부터 사흘간 extends range_end by 3 days"),
    ("klue-ner-v1_dev_02266-nsmc", "1970년대", 0, "197", "", "1970-01-01", "1979-12-31", "decade", False, "", "required", "decade; the trailing ~ is not a range"),
    ("klue-ner-v1_dev_02816-wikitree", "1998년", 0, "1998", "", "1998-01-01", "1998-12-31", "year", False, "", "required", ""),
    ("klue-ner-v1_dev_03050-wikitree", "22일", 0, "2015-12-22", "", "2015-12-22", "2015-12-22", "day", True, DOC_DATE, "required", "앞서 outside; past clause"),
    ("klue-ner-v1_dev_03676-nsmc", "크리스마스", 0, "XXXX-12-25", "", "", "", "day", False, "", "optional", "generic holiday (Christmas in general)"),
    ("klue-ner-v1_dev_04236-wikitree", "내년 말", 0, "2017", "END", "2017-10-01", "2017-12-31", "year", True, DOC_DATE, "required", "resolved against the reference date 2016-01-01 (clashes with the following 2016년 말, but the project decision binds)"),
    ("klue-ner-v1_dev_04236-wikitree", "2016년 말", 0, "2016", "END", "2016-10-01", "2016-12-31", "year", False, "", "required", ""),
]

# ---------------------------------------------------------------- ORG
# (doc_id, text, occ, canonical, org_id, aliases, status, note)
O = [
    ("klue-ner-v1_dev_00086-wikitree", "머니투데이", 0, "머니투데이", "머니투데이", "", "required", "media"),
    ("klue-ner-v1_dev_00086-wikitree", "tvN", 0, "tvN", "tvN", "", "required", "broadcaster; tvN 드라마 = a drama of tvN (not inside the title)"),
    ("klue-ner-v1_dev_00532-wikitree", "USA투데이", 0, "USA투데이", "USA투데이", "", "required", "media"),
    ("klue-ner-v1_dev_00788-wikitree", "양구", 0, "양구군", "양구군", "", "optional", "양구·인제군: bare name before the shared suffix"),
    ("klue-ner-v1_dev_00788-wikitree", "인제군", 0, "인제군", "인제군", "", "required", "county acting as a government"),
    ("klue-ner-v1_dev_00788-wikitree", "군 당국", 0, "군 당국", "군당국", "", "optional", "unnamed institution noun (military authorities)"),
    ("klue-ner-v1_dev_00856-wikitree", "조선일보", 0, "조선일보", "조선일보", "", "required", "media"),
    ("klue-ner-v1_dev_00856-wikitree", "상임위원회", 0, "상임위원회", "상임위원회", "", "optional", "unnamed committee (그가 속한 상임위원회): unnamed institution noun"),
    ("klue-ner-v1_dev_01126-wikitree", "새정치민주연합", 0, "새정치민주연합", "새정치민주연합", "", "required", "political party"),
    ("klue-ner-v1_dev_01126-wikitree", "경찰", 0, "경찰", "경찰", "", "optional", "unnamed institution noun"),
    ("klue-ner-v1_dev_01126-wikitree", "서울시당", 0, "서울시당", "서울시당", "", "required", "Seoul chapter of the party; short form kept as written"),
    ("klue-ner-v1_dev_01426-wikitree", "슈퍼주니어", 0, "슈퍼주니어", "슈퍼주니어", "", "optional", "music group"),
    ("klue-ner-v1_dev_03050-wikitree", "고려대학교 총학생회", 0, "고려대학교 총학생회", "고려대학교총학생회", "", "required", "parent name + unit is one mention"),
    ("klue-ner-v1_dev_03050-wikitree", "중앙일보", 0, "중앙일보", "중앙일보", "", "required", "media"),
    ("klue-ner-v1_dev_03558-nsmc", "SBS", 0, "SBS", "SBS", "", "required", "SBS홈피: name glued to a common noun"),
]


def b(x):
    return "true" if x else "false"


def locate(text, mention, occ):
    start = -1
    for _ in range(occ + 1):
        start = text.find(mention, start + 1)
        assert start >= 0, (mention, occ, text)
    end = start + len(mention)
    assert text[start:end] == mention
    return start, end


def main():
    docs = {}
    order = []
    with open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
                order.append(d["id"])
    assert len(order) == 30

    def build(items, prefix, make_row):
        located = []
        for it in items:
            doc_id, mtext, occ = it[0], it[1], it[2]
            assert doc_id in docs, doc_id
            s, e = locate(docs[doc_id]["text"], mtext, occ)
            located.append((doc_id, it, s, e))
        located.sort(key=lambda r: (order.index(r[0]), r[2]))
        rows, counters = [], {}
        for doc_id, it, s, e in located:
            counters[doc_id] = counters.get(doc_id, 0) + 1
            mid = f"{prefix}{counters[doc_id]}"
            rows.append(make_row(doc_id, mid, s, e, it))
        return rows

    qrows = build(Q, "Q", lambda doc, mid, s, e, it: [
        doc, mid, "", s, e, it[1], it[3], it[4], it[5], it[6], it[7], b(it[8]), it[9], it[10], "", it[11], it[12]])
    drows = build(D, "D", lambda doc, mid, s, e, it: [
        doc, mid, "", s, e, it[1], it[3], it[4], it[5], it[6], it[7], b(it[8]), it[9], "", it[10], it[11]])
    orows = build(O, "O", lambda doc, mid, s, e, it: [
        doc, mid, "", s, e, it[1], it[3], it[4], it[5], "", it[6], it[7]])

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("quantities.csv", "doc_id,mention_id,sentence_id,start,end,text,value,value_high,unit,unit_text,category,approx,bound,equivalent_of,rule_id,status,note".split(","), qrows)
    write("dates.csv", "doc_id,mention_id,sentence_id,start,end,text,value,mod,range_start,range_end,granularity,relative,anchor_date,rule_id,status,note".split(","), drows)
    write("organizations.csv", "doc_id,mention_id,sentence_id,start,end,text,canonical,org_id,aliases,rule_id,status,note".split(","), orows)
    write("documents.csv", ["doc_id", "doc_date"], [[i, docs[i]["date"]] for i in order])

    # re-read and verify offsets
    for name in ("quantities.csv", "dates.csv", "organizations.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            n = 0
            for r in csv.DictReader(f):
                t = docs[r["doc_id"]]["text"]
                assert t[int(r["start"]):int(r["end"])] == r["text"], r
                n += 1
        print(f"{name}: {n} rows, offsets OK")
    for name, rows in (("QUANTITY", qrows), ("DATE", drows), ("ORG", orows)):
        req = sum(1 for r in rows if r[-2] == "required")
        print(f"{name}: {len(rows)} total, {req} required, {len(rows) - req} optional")


if __name__ == "__main__":
    main()
