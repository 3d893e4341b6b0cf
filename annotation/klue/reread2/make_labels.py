"""Hand labels for the reread2 KLUE sample (independent second labelling).

Labels are data below; offsets are computed by string search and checked.
Run: /work/venv/bin/python make_labels.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SENTS = os.path.join(HERE, "sentences.jsonl")

R, O = "required", "optional"

# Quantity: (text, occ, value, value_high, unit, unit_text, category, approx, bound, equivalent_of, status, note)
def Q(text, value, unit, unit_text, category, approx=False, bound="", value_high="",
      equivalent_of="", status=R, occ=None, note=""):
    return dict(text=text, occ=occ, value=value, value_high=value_high, unit=unit,
                unit_text=unit_text, category=category, approx="true" if approx else "false",
                bound=bound, equivalent_of=equivalent_of, status=status, note=note)

def D(text, value, granularity, range_start, range_end, relative=False, anchor="", mod="",
      status=R, occ=None, note=""):
    return dict(text=text, occ=occ, value=value, mod=mod, range_start=range_start,
                range_end=range_end, granularity=granularity,
                relative="true" if relative else "false", anchor_date=anchor,
                status=status, note=note)

def G(text, canonical, org_id=None, aliases="", status=R, occ=None, note=""):
    return dict(text=text, occ=occ, canonical=canonical,
                org_id=org_id if org_id is not None else canonical.replace(" ", ""),
                aliases=aliases, status=status, note=note)

DOC = "2016-01-01"

LABELS = {
    "klue-ner-v1_dev_03936-wikitree": dict(
        D=[D("24일", "2015-12-24", "day", "2015-12-24", "2015-12-24", True, DOC)],
        O=[G("청와대", "청와대", status=O, note="site acting as institution; here the workplace")],
    ),
    "klue-ner-v1_dev_02702-nsmc": dict(
        Q=[Q("두시간", "2", "hour", "시간", "duration")],
    ),
    "klue-ner-v1_dev_00088-wikitree": dict(),
    "klue-ner-v1_dev_03546-nsmc": dict(),
    "klue-ner-v1_dev_00036-wikitree": dict(
        Q=[Q("첫 번째", "1", "번째", "번째", "ordinal")],
        D=[D("5월 6일", "2016-05-06", "day", "2016-05-06", "2016-05-06", True, DOC,
             note="present tense 열립니다 reads as future"),
           D("오후 7시", "2016-05-06T19:00", "day", "2016-05-06", "2016-05-06", True, DOC,
             status=O, note="clock time")],
    ),
    "klue-ner-v1_dev_04854-wikitree": dict(
        O=[G("CNN", "CNN")],
    ),
    "klue-ner-v1_dev_01110-nsmc": dict(
        Q=[Q("8번", "8", "번", "번", "count")],
    ),
    "klue-ner-v1_dev_02844-wikitree": dict(
        O=[G("맥도날드", "맥도날드"),
           G("알바노조", "알바노조", note="short form of 아르바이트노동조합, written alone")],
    ),
    "klue-ner-v1_dev_03954-wikitree": dict(
        D=[D("현재", DOC, "day", DOC, DOC, True, DOC, status=O, note="현재 takes the document date")],
        O=[G("전국고속버스운송사업조합", "전국고속버스운송사업조합"),
           G("현대자동차", "현대자동차")],
    ),
    "klue-ner-v1_dev_01636-nsmc": dict(
        Q=[Q("한개", "1", "개", "개", "count", note="counter 개 present, so 별 stays outside")],
    ),
    "klue-ner-v1_dev_04516-wikitree": dict(
        Q=[Q("2천원", "2000", "KRW", "원", "currency")],
        O=[G("우버", "우버")],
    ),
    "klue-ner-v1_dev_00856-wikitree": dict(
        D=[D("3일", "2015-12-03", "day", "2015-12-03", "2015-12-03", True, DOC,
             note="day of the report"),
           D("당일", "2015-12-03", "day", "2015-12-03", "2015-12-03", True, "2015-12-03",
             status=O, note="anaphoric; latest explicit day before it"),
           D("이날", "2015-12-03", "day", "2015-12-03", "2015-12-03", True, "2015-12-03",
             status=O, note="anaphoric; latest explicit day before it")],
        O=[G("조선일보", "조선일보"),
           G("상임위원회", "상임위원회", status=O, note="unnamed institution noun")],
    ),
    "klue-ner-v1_dev_03904-nsmc": dict(
        Q=[Q("두번", "2", "번", "번", "count")],
    ),
    "klue-ner-v1_dev_03150-wikitree": dict(
        D=[D("지난 3일", "2015-12-03", "day", "2015-12-03", "2015-12-03", True, DOC)],
        O=[G("SBS", "SBS")],
    ),
    "klue-ner-v1_dev_02292-nsmc": dict(
        Q=[Q("3번째", "3", "번째", "번째", "ordinal")],
    ),
    "klue-ner-v1_dev_04536-nsmc": dict(
        Q=[Q("두 번", "2", "번", "번", "count")],
    ),
    "klue-ner-v1_dev_04484-wikitree": dict(
        Q=[Q("2.02%", "2.02", "%", "%", "percent"),
           Q("1.90%", "1.90", "%", "%", "percent"),
           Q("1%", "1", "%", "%", "percent", approx=True, note="대 after the unit stays outside, approx")],
        D=[D("지난해 2월", "2015-02", "month", "2015-02-01", "2015-02-28", True, DOC),
           D("3월", "2015-03", "month", "2015-03-01", "2015-03-31", True, DOC,
             note="year from 지난해 earlier in the sentence")],
        O=[G("한국은행", "한국은행")],
    ),
    "klue-ner-v1_dev_03386-nsmc": dict(
        Q=[Q("10년", "10", "year", "년", "duration", note="만에 outside")],
    ),
    "klue-ner-v1_dev_04858-wikitree": dict(
        D=[D("이날", DOC, "day", DOC, DOC, True, DOC, status=O,
             note="anaphoric, no explicit day before: document date"),
           D("내년", "2017", "year", "2017-01-01", "2017-12-31", True, DOC, occ=0),
           D("내년", "2017", "year", "2017-01-01", "2017-12-31", True, DOC, occ=1)],
        O=[G("JTBC", "JTBC")],
    ),
    "klue-ner-v1_dev_00538-nsmc": dict(
        D=[D("02년도", "2002", "year", "2002-01-01", "2002-12-31",
             note="two-digit year read as 2002"),
           D("당시", "2002", "year", "2002-01-01", "2002-12-31", True, "2002-01-01", status=O,
             note="anaphor pointing back to 02년도")],
    ),
    "klue-ner-v1_dev_03508-nsmc": dict(
        Q=[Q("3화", "3", "화", "화", "count", bound="min",
             note="count of episodes watched (could not watch 3+ episodes)")],
    ),
    "klue-ner-v1_dev_04236-wikitree": dict(
        Q=[Q("1%", "1", "%", "%", "percent"),
           Q("2.25%", "2.25", "%", "%", "percent")],
        D=[D("내년 말", "2017", "year", "2017-10-01", "2017-12-31", True, DOC, mod="END"),
           D("2016년 말", "2016", "year", "2016-10-01", "2016-12-31", mod="END")],
    ),
    "klue-ner-v1_dev_04314-wikitree": dict(),
    "klue-ner-v1_dev_02892-wikitree": dict(
        D=[D("조선시대", "1392/1897", "year", "1392-01-01", "1897-12-31", status=O,
             note="historical era")],
        O=[G("국토부", "국토부", org_id="국토교통부", note="short form of 국토교통부, written alone")],
    ),
    "klue-ner-v1_dev_02276-nsmc": dict(),
    "klue-ner-v1_dev_02064-nsmc": dict(),
    "klue-ner-v1_dev_02610-nsmc": dict(),
    "klue-ner-v1_dev_03838-nsmc": dict(),
    "klue-ner-v1_dev_00086-wikitree": dict(
        D=[D("4일", "2015-12-04", "day", "2015-12-04", "2015-12-04", True, DOC,
             note="day of the report")],
        O=[G("머니투데이", "머니투데이"),
           G("tvN", "tvN")],
    ),
    "klue-ner-v1_dev_02302-wikitree": dict(
        O=[G("페이스북", "페이스북", status=O, note="social platform named only as where posted")],
    ),
}

QCOLS = "doc_id,mention_id,sentence_id,start,end,text,value,value_high,unit,unit_text,category,approx,bound,equivalent_of,rule_id,status,note".split(",")
DCOLS = "doc_id,mention_id,sentence_id,start,end,text,value,mod,range_start,range_end,granularity,relative,anchor_date,rule_id,status,note".split(",")
OCOLS = "doc_id,mention_id,sentence_id,start,end,text,canonical,org_id,aliases,rule_id,status,note".split(",")


def locate(sent, text, occ):
    positions, i = [], sent.find(text)
    while i != -1:
        positions.append(i)
        i = sent.find(text, i + 1)
    assert positions, (text, sent)
    if occ is None:  # no occurrence index given: the text must be unique in the sentence
        assert len(positions) == 1, ("ambiguous, give occ", text, positions)
        occ = 0
    assert occ < len(positions), (text, occ, positions)
    return positions[occ], positions


def main():
    docs = [json.loads(l) for l in open(SENTS, encoding="utf-8") if l.strip()]
    assert len(docs) == 30
    ids = [d["id"] for d in docs]
    assert set(ids) == set(LABELS), set(ids) ^ set(LABELS)
    out = {"Q": [], "D": [], "O": []}
    for d in docs:
        sent = d["text"]
        lab = LABELS[d["id"]]
        for kind in "QDO":
            rows = []
            for m in lab.get(kind, []):
                start, positions = locate(sent, m["text"], m["occ"])
                end = start + len(m["text"])
                assert sent[start:end] == m["text"]
                row = {k: v for k, v in m.items() if k != "occ"}
                row.update(doc_id=d["id"], start=start, end=end, sentence_id="", rule_id="")
                rows.append(row)
            rows.sort(key=lambda r: (r["start"], r["end"]))
            assert len({(r["start"], r["end"]) for r in rows}) == len(rows), d["id"]
            for n, r in enumerate(rows, 1):
                r["mention_id"] = f"{kind}{n}"
            out[kind].extend(rows)
    for kind, name, cols in (("Q", "quantities.csv", QCOLS), ("D", "dates.csv", DCOLS),
                             ("O", "organizations.csv", OCOLS)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in out[kind]:
                w.writerow({c: r.get(c, "") for c in cols})
    with open(os.path.join(HERE, "documents.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "doc_date"])
        for d in docs:
            w.writerow([d["id"], d["date"]])
    for kind in "QDO":
        c = {}
        for r in out[kind]:
            c[r["status"]] = c.get(r["status"], 0) + 1
        print(kind, len(out[kind]), c)


if __name__ == "__main__":
    main()
