"""Hand labels for reread4/part2 (70 KLUE-NER dev sentences), written by reading the text
against docs/annotation.md. Offsets are computed by string search; every row is checked."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
R, O = "required", "optional"

# Quantities: (text, occ, value, value_high, unit, unit_text, category, approx, bound, equivalent_of_text, status, note)
def q(text, value, unit, unit_text, category, status=R, occ=None, value_high="", approx=False,
      bound="", equiv="", note=""):
    return dict(text=text, occ=occ, value=value, value_high=value_high, unit=unit, unit_text=unit_text,
                category=category, approx=approx, bound=bound, equiv=equiv, status=status, note=note)

# Dates
def d(text, value, granularity, status=R, occ=None, mod="", rs="", re_="", relative=False, anchor="",
      note=""):
    return dict(text=text, occ=occ, value=value, mod=mod, range_start=rs, range_end=re_,
                granularity=granularity, relative=relative, anchor_date=anchor, status=status, note=note)

# Organizations
def o(text, canonical, status=R, occ=None, aliases="", note=""):
    return dict(text=text, occ=occ, canonical=canonical, org_id=canonical.replace(" ", ""),
                aliases=aliases, status=status, note=note)

DOC = "2016-01-01"

LABELS = {
    "klue-ner-v1_dev_00054-nsmc": {},
    "klue-ner-v1_dev_00092-nsmc": {
        "Q": [q("두 번째", "2", "번째", "번째", "ordinal"),
              q("1점", "1", "점", "점", "count")],
    },
    "klue-ner-v1_dev_00248-wikitree": {},
    "klue-ner-v1_dev_00328-wikitree": {
        "D": [d("이날", "2016-01-01", "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC,
                note="anaphoric day word, no explicit day before: document date")],
        "O": [o("트위터", "트위터", O, note="social platform named only as where something is posted")],
    },
    "klue-ner-v1_dev_00414-nsmc": {
        "Q": [q("두 손", "2", "손", "손", "count", O, note="두 + noun that is no counter"),
              q("두 발", "2", "발", "발", "count", O, note="두 + noun that is no counter (feet)")],
    },
    "klue-ner-v1_dev_00490-nsmc": {
        "O": [o("UFC", "UFC", note="fighting promotion (company/league) the fighter belongs to")],
    },
    "klue-ner-v1_dev_00532-wikitree": {
        "O": [o("USA투데이", "USA투데이")],
    },
    "klue-ner-v1_dev_00586-nsmc": {
        "D": [d("지금", DOC, "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC),
              d("90년대", "199", "decade", rs="1990-01-01", re_="1999-12-31",
                note="two-digit decade read in the 1900s")],
    },
    "klue-ner-v1_dev_00668-wikitree": {
        "Q": [q("4명", "4", "명", "명", "count")],
        "O": [o("경찰", "경찰", O, note="unnamed institution noun")],
    },
    "klue-ner-v1_dev_00750-wikitree": {
        "D": [d("2011년", "2011", "year", rs="2011-01-01", re_="2011-12-31"),
              d("2050년대", "205", "decade", rs="2050-01-01", re_="2059-12-31")],
        "Q": [q("10일", "10", "day", "일", "duration", note="change by N days: not a date, a duration"),
              q("19일", "19", "day", "일", "duration", note="change by N days: not a date, a duration"),
              q("27일", "27", "day", "일", "duration", note="change by N days: not a date, a duration")],
        "O": [o("기상청", "기상청")],
    },
    "klue-ner-v1_dev_00868-nsmc": {},
    "klue-ner-v1_dev_00960-nsmc": {},
    "klue-ner-v1_dev_01026-nsmc": {
        "Q": [q("10점", "10", "점", "점", "count"),
              q("몇번", "1", "번", "번", "count", O, value_high="9", approx=True, note="몇 works like 수; optional")],
    },
    "klue-ner-v1_dev_01120-wikitree": {
        "Q": [q("두 골", "2", "골", "골", "count", note="골 used as counter for goals"),
              q("8점", "8", "점", "점", "count")],
        "O": [o("AC밀란", "AC밀란", note="player's club in parentheses")],
    },
    "klue-ner-v1_dev_01138-nsmc": {},
    "klue-ner-v1_dev_01206-nsmc": {},
    "klue-ner-v1_dev_01278-wikitree": {
        "Q": [q("6차", "6", "차", "차", "ordinal", O, note="lexicalized term 6차산업")],
    },
    "klue-ner-v1_dev_01372-wikitree": {
        "Q": [q("79도", "79", "°", "도", "measure", note="angle; 최대 modifies 하강각도, not the number: no bound"),
              q("105km", "105", "km/h", "km", "measure", note="after 시속: speed; 최대 modifies 주행속도: no bound")],
    },
    "klue-ner-v1_dev_01422-nsmc": {},
    "klue-ner-v1_dev_01466-nsmc": {},
    "klue-ner-v1_dev_01508-nsmc": {},
    "klue-ner-v1_dev_01618-wikitree": {
        "O": [o("한국 여자배구", "한국 여자배구", O, note="national team named by its country")],
    },
    "klue-ner-v1_dev_01682-nsmc": {},
    "klue-ner-v1_dev_01718-nsmc": {},
    "klue-ner-v1_dev_01808-wikitree": {
        "O": [o("KBS", "KBS"),
              o("서울시", "서울시", O, note="inside the single title word 서울시교육감")],
    },
    "klue-ner-v1_dev_01852-wikitree": {
        "D": [d("2011년", "2011", "year", rs="2011-01-01", re_="2011-12-31"),
              d("지금", DOC, "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC)],
        "Q": [q("3수", "3", "수", "수", "ordinal", O, note="lexicalized (삼수, third try at the entrance exam)")],
        "O": [o("군대", "군대", O, note="armed forces, generic noun")],
    },
    "klue-ner-v1_dev_01884-nsmc": {},
    "klue-ner-v1_dev_02004-nsmc": {},
    "klue-ner-v1_dev_02092-wikitree": {
        "O": [o("광주시교육청", "광주시교육청"),
              o("광산구청", "광산구청", note="place name 광주 before the organization stays outside"),
              o("인화학교", "인화학교"),
              o("광주시", "광주시", occ=1, note="city acting as a government")],
        "D": [d("지난해 10월", "2015-10", "month", rs="2015-10-01", re_="2015-10-31", relative=True, anchor=DOC),
              d("지난해 11월", "2015-11", "month", rs="2015-11-01", re_="2015-11-30", relative=True, anchor=DOC)],
    },
    "klue-ner-v1_dev_02166-nsmc": {},
    "klue-ner-v1_dev_02230-nsmc": {
        "O": [o("Exo", "Exo", O, occ=1, note="read as a music group (그들의); performing acts are optional")],
    },
    "klue-ner-v1_dev_02240-nsmc": {
        "Q": [q("하루", "1", "day", "하루", "duration", O, note="rate denominator (하루 12편씩)"),
              q("12편", "12", "편", "편", "count"),
              q("이틀", "2", "day", "이틀", "duration", note="만에 outside")],
    },
    "klue-ner-v1_dev_02364-wikitree": {
        "O": [o("민주당", "민주당")],
    },
    "klue-ner-v1_dev_02462-wikitree": {
        "D": [d("2월25일", "XXXX-02-25", "day", O, note="generic yearly date (term start day), not a calendar point"),
              d("지난 2003년", "2003", "year", rs="2003-01-01", re_="2003-12-31",
                note="지난 before an explicit year: in span, not relative"),
              d("다음날", "XXXX-XX-XX", "day", O, relative=True,
                note="day after a generic 임기만료일, not in the text"),
              d("0시", "XXXX-XX-XXT00:00", "day", O, relative=True, note="clock time, day unknown")],
    },
    "klue-ner-v1_dev_02494-wikitree": {
        "D": [d("8일", "2015-12-08", "day", rs="2015-12-08", re_="2015-12-08", relative=True, anchor=DOC),
              d("9일", "2015-12-09", "day", rs="2015-12-09", re_="2015-12-09", relative=True, anchor=DOC),
              d("당시", "2015-12-08/2015-12-09", "day", O, rs="2015-12-08", re_="2015-12-09",
                relative=True, anchor="2015-12-08", note="그 당시 points back to 8일과 9일")],
        "O": [o("경찰", "경찰", O, note="unnamed institution noun")],
    },
    "klue-ner-v1_dev_02520-nsmc": {},
    "klue-ner-v1_dev_02620-nsmc": {
        "Q": [q("2탄", "2", "탄", "탄", "ordinal", note="sequel number")],
    },
    "klue-ner-v1_dev_02714-wikitree": {
        "O": [o("형사 4팀", "형사 4팀", O, note="unit with no parent named; not a quantity (like 형사 4부)")],
    },
    "klue-ner-v1_dev_02754-nsmc": {},
    "klue-ner-v1_dev_02816-wikitree": {
        "Q": [q("66.8%", "66.8", "%", "%", "percent")],
        "D": [d("1998년", "1998", "year", rs="1998-01-01", re_="1998-12-31")],
    },
    "klue-ner-v1_dev_02878-nsmc": {},
    "klue-ner-v1_dev_02978-wikitree": {
        "O": [o("미군", "미군", O, note="armed forces")],
        "Q": [q("73억 달러", "7300000000", "USD", "달러", "currency", approx=True, note="어치 outside, sets approx")],
    },
    "klue-ner-v1_dev_03064-nsmc": {},
    "klue-ner-v1_dev_03130-wikitree": {
        "D": [d("이 날", "2016-01-01", "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC,
                note="anaphoric day word, no explicit day before: document date")],
        "O": [o("소방서", "소방서", O, note="generic institution noun")],
        "Q": [q("30만원", "300000", "KRW", "원", "currency", approx=True, note="가량"),
              q("5분", "5", "minute", "분", "duration", note="만에 outside")],
    },
    "klue-ner-v1_dev_03166-wikitree": {
        "D": [d("1983년", "1983", "year", rs="1983-01-01", re_="1983-12-31"),
              d("현재", DOC, "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC)],
        "O": [o("아프리카TV", "아프리카TV")],
        "Q": [q("49만 명", "490000", "명", "명", "count"),
              q("12만 명", "120000", "명", "명", "count", bound="gt", note="넘는")],
    },
    "klue-ner-v1_dev_03242-wikitree": {
        "O": [o("tvN", "tvN")],
    },
    "klue-ner-v1_dev_03390-nsmc": {
        "Q": [q("23회", "23", "회", "회", "count", note="episodes watched"),
              q("한회", "1", "회", "회", "count", note="한회도 빠짐없이 = not one episode missed, like 단 한 번도")],
    },
    "klue-ner-v1_dev_03464-nsmc": {},
    "klue-ner-v1_dev_03558-nsmc": {
        "Q": [q("50%", "50", "%", "%", "percent")],
        "O": [o("SBS", "SBS", note="glued to common noun 홈피")],
    },
    "klue-ner-v1_dev_03638-nsmc": {},
    "klue-ner-v1_dev_03676-nsmc": {
        "D": [d("크리스마스", "XXXX-12-25", "day", O, note="generic holiday")],
    },
    "klue-ner-v1_dev_03736-nsmc": {},
    "klue-ner-v1_dev_03774-nsmc": {},
    "klue-ner-v1_dev_03784-wikitree": {
        "D": [d("전날", "2015-12-31", "day", O, rs="2015-12-31", re_="2015-12-31", relative=True, anchor=DOC,
                note="no day before it: day before the document date")],
        "Q": [q("17.133점", "17.133", "점", "점", "count"),
              q("15.350점", "15.35", "점", "점", "count"),
              q("32.483점", "32.483", "점", "점", "count"),
              q("4종목", "4", "종목", "종목", "count"),
              q("67.733점", "67.733", "점", "점", "count"),
              q("42명", "42", "명", "명", "count"),
              q("10위", "10", "위", "위", "ordinal")],
    },
    "klue-ner-v1_dev_03860-nsmc": {
        "Q": [q("10년", "10", "year", "년", "duration", bound="gt", note="도 더 gives gt")],
    },
    "klue-ner-v1_dev_03984-wikitree": {
        "D": [d("지난달 16일", "2015-12-16", "day", rs="2015-12-16", re_="2015-12-16", relative=True, anchor=DOC)],
    },
    "klue-ner-v1_dev_04044-wikitree": {
        "O": [o("볼티모어 오리올스", "볼티모어 오리올스", note="player's club in parentheses"),
              o("메이저리그", "메이저리그", O, note="league named as the level of play")],
    },
    "klue-ner-v1_dev_04078-nsmc": {},
    "klue-ner-v1_dev_04130-wikitree": {
        "D": [d("16일", "2015-12-16", "day", rs="2015-12-16", re_="2015-12-16", relative=True, anchor=DOC),
              d("오전 6시 30분", "2015-12-16T06:30", "day", O, mod="APPROX", rs="2015-12-16", re_="2015-12-16",
                relative=True, anchor=DOC, note="clock time; 께 outside sets APPROX")],
        "O": [o("육군", "육군", O, note="armed forces")],
    },
    "klue-ner-v1_dev_04226-wikitree": {
        "O": [o("애플", "애플")],
    },
    "klue-ner-v1_dev_04304-wikitree": {
        "Q": [q("1명", "1", "명", "명", "count", occ=0),
              q("2명", "2", "명", "명", "count"),
              q("4명", "4", "명", "명", "count"),
              q("1명", "1", "명", "명", "count", occ=1)],
    },
    "klue-ner-v1_dev_04400-nsmc": {},
    "klue-ner-v1_dev_04426-wikitree": {
        "O": [o("군부", "군부", O, note="armed forces; country outside the span")],
        "D": [d("22일", "2015-12-22", "day", rs="2015-12-22", re_="2015-12-22", relative=True, anchor=DOC)],
    },
    "klue-ner-v1_dev_04478-wikitree": {
        "O": [o("익산시립합창단", "익산시립합창단", O, note="performing act (municipal choir); place 전북 outside"),
              o("참소리", "참소리", note="internet newspaper, quotes outside")],
        "Q": [q("3명", "3", "명", "명", "count")],
    },
    "klue-ner-v1_dev_04612-wikitree": {
        "Q": [q("1명", "1", "명", "명", "count"),
              q("몇 명", "1", "명", "명", "count", O, value_high="9", approx=True, note="몇 works like 수; optional")],
        "O": [o("경찰", "경찰", O, note="unnamed institution noun (here: officers)")],
    },
    "klue-ner-v1_dev_04720-wikitree": {},
    "klue-ner-v1_dev_04770-wikitree": {
        "D": [d("지난 1월", "2015-01", "month", rs="2015-01-01", re_="2015-01-31", relative=True, anchor=DOC,
                note="지난 1월 written in January is the previous year's January"),
              d("당시", "2015-01", "month", O, rs="2015-01-01", re_="2015-01-31", relative=True,
                anchor="2015-01-01", note="당시 points back to 지난 1월")],
        "Q": [q("9년", "9", "year", "년", "duration", note="간 outside")],
    },
    "klue-ner-v1_dev_04806-wikitree": {
        "O": [o("JTBC", "JTBC")],
        "D": [d("당일", DOC, "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC,
                note="no explicit day before it: document date"),
              d("오전 10시 11분", "2016-01-01T10:11", "day", O, rs=DOC, re_=DOC, relative=True, anchor=DOC,
                note="clock time on 당일")],
        "Q": [q("8장", "8", "장", "장", "count")],
    },
    "klue-ner-v1_dev_04902-wikitree": {
        "D": [d("지난 2008년", "2008", "year", rs="2008-01-01", re_="2008-12-31")],
        "O": [o("반군", "반군", O, note="unnamed armed group, generic noun")],
        "Q": [q("3년", "3", "year", "년", "duration", note="징역 3년"),
              q("18개월", "18", "month", "개월", "duration")],
    },
    "klue-ner-v1_dev_04940-nsmc": {},
}


def locate(sent, text, occ):
    starts = []
    i = sent.find(text)
    while i != -1:
        starts.append(i)
        i = sent.find(text, i + 1)
    assert starts, (text, sent)
    if occ is None:
        assert len(starts) == 1, f"ambiguous {text!r} in {sent!r}: {starts}"
        occ = 0
    s = starts[occ]
    return s, s + len(text)


def tf(b):
    return "true" if b else "false"


def main():
    docs = []
    with open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    assert len(docs) == 70
    ids = [x["id"] for x in docs]
    assert set(ids) == set(LABELS), set(ids) ^ set(LABELS)

    qrows, drows, orows = [], [], []
    for doc in docs:
        did, sent = doc["id"], doc["text"]
        lab = LABELS[did]
        for kind, rows, prefix in (("Q", qrows, "Q"), ("D", drows, "D"), ("O", orows, "O")):
            items = []
            for m in lab.get(kind, []):
                s, e = locate(sent, m["text"], m["occ"])
                assert sent[s:e] == m["text"]
                items.append((s, e, m))
            items.sort(key=lambda t: t[0])
            idmap = {}
            for n, (s, e, m) in enumerate(items, 1):
                idmap[(m["text"], m["occ"])] = f"{prefix}{n}"
            for n, (s, e, m) in enumerate(items, 1):
                base = [did, f"{prefix}{n}", "", s, e, m["text"]]
                if kind == "Q":
                    eq = idmap[(m["equiv"], None)] if m["equiv"] else ""
                    rows.append(base + [m["value"], m["value_high"], m["unit"], m["unit_text"], m["category"],
                                        tf(m["approx"]), m["bound"], eq, "", m["status"], m["note"]])
                elif kind == "D":
                    rows.append(base + [m["value"], m["mod"], m["range_start"], m["range_end"], m["granularity"],
                                        tf(m["relative"]), m["anchor_date"], "", m["status"], m["note"]])
                else:
                    rows.append(base + [m["canonical"], m["org_id"], m["aliases"], "", m["status"], m["note"]])

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("documents.csv", ["doc_id", "doc_date"], [[x["id"], x["date"]] for x in docs])
    write("quantities.csv", ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "value_high",
                             "unit", "unit_text", "category", "approx", "bound", "equivalent_of", "rule_id",
                             "status", "note"], qrows)
    write("dates.csv", ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "mod",
                        "range_start", "range_end", "granularity", "relative", "anchor_date", "rule_id",
                        "status", "note"], drows)
    write("organizations.csv", ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "canonical",
                                "org_id", "aliases", "rule_id", "status", "note"], orows)
    for name, rows in (("quantities", qrows), ("dates", drows), ("organizations", orows)):
        req = sum(r[-2] == "required" for r in rows)
        print(f"{name}: {len(rows)} ({req} required, {len(rows) - req} optional)")


if __name__ == "__main__":
    main()
