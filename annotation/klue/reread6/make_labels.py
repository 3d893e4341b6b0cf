"""Independent labels (reread6) for the 30 KLUE sentences in sentences.jsonl.

Labels are data below: each mention = (text as written, occurrence index in the
sentence, fields...). Offsets are computed by string search and checked.
Run: /work/venv/bin/python make_labels.py
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_DATE = "2016-01-01"

# ---------------------------------------------------------------- QUANTITY
# (text, occurrence, value, value_high, unit, unit_text, category, approx, bound,
#  equivalent_of, status, note)
Q = {
    "klue-ner-v1_dev_00232-wikitree": [
        ("석 달", 0, "3", "", "month", "달", "duration", False, "", "", "required",
         "불과 석 달 전에: native numeral 석 = 3; 불과/전 outside"),
    ],
    "klue-ner-v1_dev_00480-wikitree": [
        ("1년7개월", 0, "19", "", "month", "년 개월", "duration", True, "", "", "required",
         "compound duration in smallest unit; 가량 outside -> approx"),
    ],
    "klue-ner-v1_dev_00772-wikitree": [
        ("16연승", 0, "16", "", "연승", "연승", "count", False, "", "", "required",
         "16 consecutive wins: 연승 used as counter"),
        ("10차", 0, "10", "", "차", "차", "ordinal", False, "", "", "required",
         "10차 방어: ordinal marker 차"),
    ],
    "klue-ner-v1_dev_02240-nsmc": [
        ("하루", 0, "1", "", "day", "하루", "duration", False, "", "", "optional",
         "하루 12편씩: native day word as rate denominator"),
        ("12편", 0, "12", "", "편", "편", "count", False, "", "", "required", "씩 outside"),
        ("이틀", 0, "2", "", "day", "이틀", "duration", False, "", "", "required",
         "이틀만에: 만에 outside"),
    ],
    "klue-ner-v1_dev_02406-wikitree": [
        ("7년", 0, "7", "", "year", "년", "duration", False, "", "", "required", "징역 7년"),
    ],
    "klue-ner-v1_dev_02478-wikitree": [
        ("3명", 0, "3", "", "명", "명", "count", False, "", "", "required",
         "bare ages (50·여), (69·여) not quantities"),
    ],
    "klue-ner-v1_dev_02620-nsmc": [
        ("2탄", 0, "2", "", "탄", "탄", "ordinal", False, "", "", "required", "sequel number 2탄"),
    ],
    "klue-ner-v1_dev_02752-nsmc": [
        ("1시간 45분", 0, "105", "", "minute", "시간 분", "duration", False, "", "", "required",
         "compound duration in smallest unit"),
        ("45분", 1, "45", "", "minute", "분", "duration", False, "", "", "required", ""),
    ],
    "klue-ner-v1_dev_04352-wikitree": [
        ("이틀", 0, "2", "", "day", "이틀", "duration", False, "", "", "required",
         "출시 이틀 만에: 만에 outside"),
    ],
}

# ---------------------------------------------------------------- DATE
# (text, occurrence, value, mod, range_start, range_end, granularity, relative,
#  anchor_date, status, note)
D = {
    "klue-ner-v1_dev_00232-wikitree": [
        ("22일", 0, "2015-12-22", "", "2015-12-22", "2015-12-22", "day", True, DOC_DATE,
         "required", "day before reporting verb 보도했다 = day of report; (현지시간) outside"),
    ],
    "klue-ner-v1_dev_00480-wikitree": [
        ("2015년 3월", 0, "2015-03", "", "2015-03-01", "2015-03-31", "month", False, "",
         "required", "까지 outside"),
    ],
    "klue-ner-v1_dev_00486-wikitree": [
        ("1일", 0, "2016-01-01", "", "2016-01-01", "2016-01-01", "day", True, DOC_DATE,
         "required", "1일 새벽: 새벽 outside; latest 1st on or before doc date"),
    ],
    "klue-ner-v1_dev_00538-nsmc": [
        ("02년도", 0, "2002", "", "2002-01-01", "2002-12-31", "year", False, "",
         "required", "two-digit year read as past year; 년도 in span"),
        ("당시", 0, "2002", "", "2002-01-01", "2002-12-31", "year", True, "2002-01-01",
         "optional", "당시 points back to 02년도"),
    ],
    "klue-ner-v1_dev_00772-wikitree": [
        ("지난 7월", 0, "2015-07", "", "2015-07-01", "2015-07-31", "month", True, DOC_DATE,
         "required", "resolved against reference date"),
    ],
    "klue-ner-v1_dev_01822-wikitree": [
        ("지난달 28일", 0, "2015-12-28", "", "2015-12-28", "2015-12-28", "day", True, DOC_DATE,
         "required", "deictic 지난달 before a day kept in span (like 올해 before a month)"),
        ("1일", 0, "2016-01-01", "", "2016-01-01", "2016-01-01", "day", True, DOC_DATE,
         "required", ""),
    ],
    "klue-ner-v1_dev_01874-wikitree": [
        ("오후 10시", 0, "2016-01-01T22:00", "", "2016-01-01", "2016-01-01", "day", True,
         DOC_DATE, "optional",
         "clock time of a standing nightly ban; no day in text, document date used"),
        ("다음날", 0, "2016-01-02", "", "2016-01-02", "2016-01-02", "day", True, DOC_DATE,
         "optional", "anaphoric day word; no explicit day before it -> anchored at document date"),
        ("오전 6시", 0, "2016-01-02T06:00", "", "2016-01-02", "2016-01-02", "day", True,
         "2016-01-02", "optional", "clock time on 다음날"),
    ],
    "klue-ner-v1_dev_02406-wikitree": [
        ("17일", 0, "2015-12-17", "", "2015-12-17", "2015-12-17", "day", True, DOC_DATE,
         "required", "day before reporting verb 밝혔다 = day of report"),
    ],
    "klue-ner-v1_dev_04352-wikitree": [
        ("9일", 0, "2015-12-09", "", "2015-12-09", "2015-12-09", "day", True, DOC_DATE,
         "required", "date of the report (보도했다); (현지시각) outside"),
    ],
}

# ---------------------------------------------------------------- ORG
# (text, occurrence, canonical, org_id, aliases, status, note)
O = {
    "klue-ner-v1_dev_00232-wikitree": [
        ("IS", 0, "IS", "IS", "", "required", "militant organization (Islamic State), not a country"),
        ("텔레그래프", 0, "텔레그래프", "텔레그래프", "", "required",
         "media; 영국 일간 outside"),
    ],
    "klue-ner-v1_dev_00486-wikitree": [
        ("롯데", 0, "롯데", "롯데", "", "optional", "named only inside building name 롯데월드타워"),
    ],
    "klue-ner-v1_dev_00772-wikitree": [
        ("UFC", 0, "UFC", "UFC", "", "required", "UFC 16연승: the promotion"),
        ("UFC", 1, "UFC", "UFC", "", "optional", "inside event name UFC 162"),
    ],
    "klue-ner-v1_dev_01822-wikitree": [
        ("경기도청", 0, "경기도청", "경기도청", "", "required", "소속팀인 경기도청: provincial government (team owner)"),
        ("여자 컬링대표팀", 0, "여자 컬링대표팀", "여자컬링대표팀", "", "optional",
         "unnamed national team (not even named by country)"),
    ],
    "klue-ner-v1_dev_01874-wikitree": [
        ("속초시 환경자원사업소", 0, "속초시 환경자원사업소", "속초시환경자원사업소", "",
         "required", "parent name + unit = one mention"),
    ],
    "klue-ner-v1_dev_02406-wikitree": [
        ("인천지법 형사14부", 0, "인천지법 형사14부", "인천지방법원형사14부", "", "required",
         "parent name + unit = one mention; short form kept as canonical; 14부 not a quantity"),
    ],
    "klue-ner-v1_dev_02478-wikitree": [
        ("경찰", 0, "경찰", "경찰", "", "optional", "unnamed institution noun"),
    ],
    "klue-ner-v1_dev_02844-wikitree": [
        ("맥도날드", 0, "맥도날드", "맥도날드", "", "required", "맥도날드 매장"),
        ("알바노조", 0, "알바노조", "알바노동조합", "", "required",
         "short form of 알바노동조합; 위원장 is a separate word"),
    ],
    "klue-ner-v1_dev_04044-wikitree": [
        ("볼티모어 오리올스", 0, "볼티모어 오리올스", "볼티모어오리올스", "", "required",
         "player's club in parentheses"),
        ("메이저리그", 0, "메이저리그", "메이저리그", "", "optional",
         "league used as level of play (메이저리그 첫 공식경기); body or competition"),
    ],
    "klue-ner-v1_dev_04352-wikitree": [
        ("로켓뉴스24", 0, "로켓뉴스24", "로켓뉴스24", "", "required", "media; 일본 온라인 매체 outside"),
        ("비비랩", 0, "비비랩", "비비랩", "BIBI LAB", "required", "brand named as the maker (company)"),
    ],
    "klue-ner-v1_dev_04554-wikitree": [
        ("산업통상자원부", 0, "산업통상자원부", "산업통상자원부", "", "required", ""),
    ],
    "klue-ner-v1_dev_04854-wikitree": [
        ("CNN", 0, "CNN", "CNN", "", "required", "media; 한국 특파원 outside"),
    ],
}


def b(x):
    return "true" if x else "false"


def locate(text, mention, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(mention, pos + 1)
        assert pos >= 0, (mention, occ, text)
    start, end = pos, pos + len(mention)
    assert text[start:end] == mention
    return start, end


def main():
    docs = []
    with open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    texts = {d["id"]: d["text"] for d in docs}
    for table in (Q, D, O):
        for k in table:
            assert k in texts, k

    qrows, drows, orows = [], [], []
    for d in docs:
        did, text = d["id"], d["text"]
        items = []
        for m in Q.get(did, []):
            s, e = locate(text, m[0], m[1])
            items.append(("Q", s, e, m))
        for m in D.get(did, []):
            s, e = locate(text, m[0], m[1])
            items.append(("D", s, e, m))
        for m in O.get(did, []):
            s, e = locate(text, m[0], m[1])
            items.append(("O", s, e, m))
        items.sort(key=lambda t: (t[1], t[2]))
        n = {"Q": 0, "D": 0, "O": 0}
        for kind, s, e, m in items:
            n[kind] += 1
            mid = f"{kind}{n[kind]}"
            if kind == "Q":
                (t, _, value, vh, unit, ut, cat, approx, bound, eq, status, note) = m
                qrows.append([did, mid, "", s, e, t, value, vh, unit, ut, cat, b(approx),
                              bound, eq, "", status, note])
            elif kind == "D":
                (t, _, value, mod, rs, re_, gran, rel, anchor, status, note) = m
                drows.append([did, mid, "", s, e, t, value, mod, rs, re_, gran, b(rel),
                              anchor, "", status, note])
            else:
                (t, _, canon, oid, aliases, status, note) = m
                orows.append([did, mid, "", s, e, t, canon, oid, aliases, "", status, note])

    # equivalent_of would need remapping if used; none in this set
    assert all(r[13] == "" for r in qrows)

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    write("quantities.csv", "doc_id,mention_id,sentence_id,start,end,text,value,value_high,unit,"
          "unit_text,category,approx,bound,equivalent_of,rule_id,status,note".split(","), qrows)
    write("dates.csv", "doc_id,mention_id,sentence_id,start,end,text,value,mod,range_start,"
          "range_end,granularity,relative,anchor_date,rule_id,status,note".split(","), drows)
    write("organizations.csv", "doc_id,mention_id,sentence_id,start,end,text,canonical,org_id,"
          "aliases,rule_id,status,note".split(","), orows)
    write("documents.csv", ["doc_id", "doc_date"], [[d["id"], DOC_DATE] for d in docs])

    # re-check offsets from the written files
    for name in ("quantities.csv", "dates.csv", "organizations.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"], r
    for name, rows in (("quantities", qrows), ("dates", drows), ("organizations", orows)):
        req = sum(r[-2] == "required" for r in rows)
        print(f"{name}: {len(rows)} rows ({req} required, {len(rows) - req} optional)")
    print("documents:", len(docs), "- all offset checks passed")


if __name__ == "__main__":
    main()
