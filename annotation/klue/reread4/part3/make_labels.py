"""Hand labels for reread4/part3 (70 KLUE-NER dev sentences), written by reading each sentence
against docs/annotation.md.  Offsets are computed by string search; run with
/work/venv/bin/python make_labels.py to (re)write the CSVs next to this file."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
R, O_ = "required", "optional"


# --- helpers -------------------------------------------------------------------------------
def Q(text, status, value, unit, unit_text, category, value_high="", approx=False, bound="",
      equivalent_of="", occ=0, note=""):
    return ("Q", text, occ, status, dict(value=value, value_high=value_high, unit=unit,
            unit_text=unit_text, category=category, approx="true" if approx else "false",
            bound=bound, equivalent_of=equivalent_of), note)


def D(text, status, value, range_start="", range_end="", granularity="day", mod="",
      relative=False, anchor_date="", occ=0, note=""):
    return ("D", text, occ, status, dict(value=value, mod=mod, range_start=range_start,
            range_end=range_end, granularity=granularity,
            relative="true" if relative else "false", anchor_date=anchor_date), note)


def DAY(text, status, day, relative=True, anchor="2016-01-01", mod="", occ=0, note=""):
    """A single calendar day (or a clock time on a known day: value given separately)."""
    return D(text, status, day, day, day, "day", mod, relative, anchor if relative else "",
             occ, note)


def CLOCK(text, status, day, hhmm, relative=True, anchor="2016-01-01", mod="", occ=0, note=""):
    if day is None:  # day not given in the text
        return D(text, status, "XXXX-XX-XXT" + hhmm, "", "", "day", mod, False, "", occ, note)
    return D(text, status, day + "T" + hhmm, day, day, "day", mod, relative,
             anchor if relative else "", occ, note)


def O(text, status, canonical, aliases="", occ=0, note="", org_id=None):
    return ("O", text, occ, status, dict(canonical=canonical,
            org_id=org_id or canonical.replace(" ", ""), aliases=aliases), note)


DOC = "2016-01-01"

# --- labels, per document ------------------------------------------------------------------
LABELS = {
    "klue-ner-v1_dev_00060-nsmc": [],
    "klue-ner-v1_dev_00152-nsmc": [
        Q("한표", O_, "1", "표", "표", "count",
          note="idiomatic '…에 한표' (I vote for); lexicalized use"),
    ],
    "klue-ner-v1_dev_00286-nsmc": [
        Q("1000 점", R, "1000", "점", "점", "count"),
    ],
    "klue-ner-v1_dev_00396-nsmc": [],  # 워스트5: no counter -> not a quantity
    "klue-ner-v1_dev_00460-nsmc": [],
    "klue-ner-v1_dev_00512-nsmc": [],
    "klue-ner-v1_dev_00560-wikitree": [
        O("IS", R, "IS", note="militant organization (Islamic State)"),
        DAY("이날", O_, DOC, note="anaphoric day word, no explicit day before -> document date"),
        Q("1시간", R, "1", "hour", "시간", "duration", approx=True, note="'여' after unit outside, approx"),
    ],
    "klue-ner-v1_dev_00626-wikitree": [
        DAY("11일", R, "2015-12-11"),
        CLOCK("오전 11시", O_, "2015-12-11", "11:00", mod="APPROX", note="경 outside, APPROX"),
    ],
    "klue-ner-v1_dev_00674-wikitree": [
        O("삼풍백화점", O_, "삼풍백화점", note="only inside the event name '삼풍백화점 참사'"),
        Q("30초", R, "30", "second", "초", "duration"),
        O("SBS", R, "SBS"),
    ],
    "klue-ner-v1_dev_00806-nsmc": [
        O("맥도날드", R, "맥도날드"),
        Q("몇 천원", O_, "1000", "KRW", "원", "currency", value_high="9000", approx=True,
          note="몇 works like 수; optional"),
    ],
    "klue-ner-v1_dev_00918-wikitree": [
        D("2013년", R, "2013", "2013-01-01", "2013-12-31", "year"),
        O("마드리드대", R, "마드리드대", note="place 스페인 outside"),
        Q("10대", O_, "10", "대", "대", "count", value_high="19", note="age bracket"),
        Q("1000명", R, "1000", "명", "명", "count"),
    ],
    "klue-ner-v1_dev_00966-nsmc": [
        Q("2천원", R, "2000", "KRW", "원", "currency"),
    ],
    "klue-ner-v1_dev_01082-nsmc": [],
    "klue-ner-v1_dev_01126-wikitree": [
        O("새정치민주연합", R, "새정치민주연합"),
        O("경찰", O_, "경찰", note="unnamed institution noun"),
        DAY("26일", R, "2015-12-26"),
        O("서울시당", R, "서울시당", note="the party's Seoul chapter (named unit)"),
        DAY("현재", O_, DOC),
    ],
    "klue-ner-v1_dev_01162-nsmc": [],
    "klue-ner-v1_dev_01262-nsmc": [],
    "klue-ner-v1_dev_01352-wikitree": [
        D("작년 5월", R, "2015-05", "2015-05-01", "2015-05-31", "month", relative=True,
          anchor_date=DOC),
        O("헌법재판소", O_, "헌법재판소", note="organization only as modifier inside the law name"),
        Q("47조", O_, "47", "조", "조", "ordinal", note="law article number"),
        Q("3항", O_, "3", "항", "항", "ordinal", note="law paragraph number"),
        D("그다음 날", O_, "XXXX-XX-XX", relative=True,
          note="anaphoric; the day it points back to (a past decision) is not in the text"),
    ],
    "klue-ner-v1_dev_01376-wikitree": [
        O("춘천지법 형사 3단독", R, "춘천지법 형사 3단독",
          note="parent + unit is one mention; court division number is no quantity"),
        Q("4월", R, "4", "month", "월", "duration", note="징역 4월 = four months"),
        Q("1년", R, "1", "year", "년", "duration"),
        DAY("31일", R, "2015-12-31", note="date before reporting verb = report day"),
    ],
    "klue-ner-v1_dev_01426-wikitree": [
        O("슈퍼주니어", O_, "슈퍼주니어", note="music group"),
    ],
    "klue-ner-v1_dev_01476-nsmc": [],
    "klue-ner-v1_dev_01518-nsmc": [],
    "klue-ner-v1_dev_01644-nsmc": [
        Q("19년", R, "19", "year", "년", "duration", note="'19년 전' = 19 years ago; 전 outside"),
    ],
    "klue-ner-v1_dev_01688-nsmc": [],
    "klue-ner-v1_dev_01804-nsmc": [],
    "klue-ner-v1_dev_01814-wikitree": [
        O("tvN", R, "tvN"),
        Q("7화", R, "7", "화", "화", "ordinal"),
        Q("8화", R, "8", "화", "화", "ordinal"),
        DAY("8", R, "2016-01-08", occ=1,
            note="'8, 9일': day with its unit shared by coordination; present tense -> future"),
        DAY("9일", R, "2016-01-09"),
        CLOCK("저녁 8시40분", O_, "2016-01-09", "20:40",
              note="clock time of both days; attached to the nearest day 9일"),
    ],
    "klue-ner-v1_dev_01874-wikitree": [
        O("속초시 환경자원사업소", R, "속초시 환경자원사업소"),
        CLOCK("오후 10시", O_, None, "22:00", note="daily regime; no day in the text"),
        D("다음날", O_, "XXXX-XX-XX", relative=True,
          note="anaphoric; generic 'next day' of an unnamed day"),
        CLOCK("오전 6시", O_, None, "06:00"),
    ],
    "klue-ner-v1_dev_01916-nsmc": [
        Q("9점", R, "9", "점", "점", "count"),
    ],
    "klue-ner-v1_dev_02020-nsmc": [
        Q("한번", O_, "1", "번", "번", "count", note="adverbial 한번 (once / ever); lexical-ish"),
    ],
    "klue-ner-v1_dev_02142-nsmc": [
        Q("한가지", R, "1", "가지", "가지", "count"),
    ],
    "klue-ner-v1_dev_02168-wikitree": [],  # 경기도 = the province as a place, not acting as a government
    "klue-ner-v1_dev_02232-wikitree": [
        Q("40분", R, "40", "minute", "분", "duration"),
        O("경찰", O_, "경찰"),
    ],
    "klue-ner-v1_dev_02266-nsmc": [
        D("1970년대", R, "197", "1970-01-01", "1979-12-31", "decade"),
    ],
    "klue-ner-v1_dev_02394-wikitree": [
        O("소녀시대", O_, "소녀시대", note="music group"),
    ],
    "klue-ner-v1_dev_02472-wikitree": [
        O("LG전자", R, "LG전자"),
        D("다음 달", R, "2016-02", "2016-02-01", "2016-02-29", "month", relative=True,
          anchor_date=DOC),
    ],
    "klue-ner-v1_dev_02496-wikitree": [
        DAY("12월 25일", R, "2016-12-25",
            note="requested date, present-tense clause -> future: next 25 December"),
        DAY("그 날", O_, "2016-12-25", anchor="2016-12-25", note="anaphoric, points to 12월 25일"),
        Q("일년", O_, "1", "year", "년", "duration", note="'일년중' = of the year; generic"),
    ],
    "klue-ner-v1_dev_02526-nsmc": [
        Q("2시간", R, "2", "hour", "시간", "duration"),
        Q("1분1초", O_, "61", "second", "분 초", "duration",
          note="idiom 'every second'; compound duration in smallest unit"),
    ],
    "klue-ner-v1_dev_02624-wikitree": [
        DAY("지난달 28일", R, "2015-12-28"),
        O("리우 아베", R, "리우 아베", note="football club Rio Ave"),
        Q("16라운드", R, "16", "라운드", "라운드", "ordinal"),
        Q("13분", O_, "13", "minute", "분", "duration", note="minute of a match (후반 13분)"),
        DAY("지난 6일", R, "2015-12-06"),
        O("질 비센테", R, "질 비센테", note="football club Gil Vicente"),
        Q("17라운드", R, "17", "라운드", "라운드", "ordinal"),
        DAY("이날", O_, "2015-12-06", anchor="2015-12-06",
            note="anaphoric -> latest explicit day before (지난 6일)"),
        Q("세 번째", R, "3", "번째", "번째", "ordinal"),
    ],
    "klue-ner-v1_dev_02734-nsmc": [],
    "klue-ner-v1_dev_02786-nsmc": [],
    "klue-ner-v1_dev_02834-nsmc": [
        Q("스무살", R, "20", "살", "살", "count"),
    ],
    "klue-ner-v1_dev_02884-nsmc": [],
    "klue-ner-v1_dev_03048-wikitree": [
        O("미국 지질조사국", R, "미국 지질조사국", aliases="USGS",
          note="미국 is part of the official name (U.S. Geological Survey)"),
    ],
    "klue-ner-v1_dev_03070-nsmc": [
        Q("초6", O_, "6", "초", "초", "ordinal",
          note="초6 = 6th grade of elementary school, abbreviation without counter"),
        Q("7세", R, "7", "세", "세", "count", bound="max", note="…까지 -> bound max"),
    ],
    "klue-ner-v1_dev_03140-wikitree": [
        DAY("지난 19일", R, "2015-12-19"),
    ],
    "klue-ner-v1_dev_03190-nsmc": [],
    "klue-ner-v1_dev_03246-wikitree": [],
    "klue-ner-v1_dev_03404-nsmc": [],
    "klue-ner-v1_dev_03550-nsmc": [
        Q("80년", R, "80", "year", "년", "duration"),
        Q("100살", R, "100", "살", "살", "count"),
    ],
    "klue-ner-v1_dev_03560-nsmc": [],
    "klue-ner-v1_dev_03640-nsmc": [],
    "klue-ner-v1_dev_03680-wikitree": [
        O("홍명보호", O_, "홍명보호", note="team nicknamed after its coach"),
        O("미국", O_, "미국", note="national team named by its country"),
    ],
    "klue-ner-v1_dev_03740-wikitree": [
        O("군", O_, "군", note="armed forces, generic (중국 outside)"),
        O("경", O_, "경찰", note="short for 경찰; unnamed institution noun"),
    ],
    "klue-ner-v1_dev_03776-nsmc": [],
    "klue-ner-v1_dev_03804-nsmc": [],
    "klue-ner-v1_dev_03926-wikitree": [
        Q("4천여 미터", R, "4000", "m", "미터", "measure", approx=True),
    ],
    "klue-ner-v1_dev_04004-nsmc": [
        D("70년대", R, "197", "1970-01-01", "1979-12-31", "decade"),
    ],
    "klue-ner-v1_dev_04050-wikitree": [
        DAY("당일", O_, "2015-12-16", anchor="2015-12-16",
            note="'사고 당일인 16일': points to the accident day named right after it"),
        DAY("16일", R, "2015-12-16"),
        CLOCK("오전 8시52분", O_, "2015-12-16", "08:52"),
        O("단원고", R, "단원고"),
        Q("2학년", R, "2", "학년", "학년", "ordinal"),
        Q("6반", O_, "6", "반", "반", "ordinal", note="class section label, like a division number"),
        O("전남소방본부 119상황실", R, "전남소방본부 119상황실", note="parent + unit"),
    ],
    "klue-ner-v1_dev_04096-nsmc": [],
    "klue-ner-v1_dev_04166-nsmc": [],
    "klue-ner-v1_dev_04250-nsmc": [],
    "klue-ner-v1_dev_04352-wikitree": [
        DAY("9일", R, "2015-12-09", note="dates the report (…보도했다)"),
        O("로켓뉴스24", R, "로켓뉴스24"),
        O("비비랩", R, "비비랩", aliases="BIBI LAB"),
        Q("이틀", R, "2", "day", "이틀", "duration", note="만에 outside"),
    ],
    "klue-ner-v1_dev_04402-nsmc": [],  # titles (할로윈, 13일의 금요일) are not dates
    "klue-ner-v1_dev_04440-wikitree": [
        Q("16강", O_, "16", "강", "강", "count", note="lexicalized 16강"),
        O("일본 대표팀", O_, "일본 대표팀", note="national team named by its country"),
    ],
    "klue-ner-v1_dev_04504-wikitree": [],  # parts of the day without a day are not dates
    "klue-ner-v1_dev_04622-nsmc": [
        Q("12살", R, "12", "살", "살", "count"),
    ],
    "klue-ner-v1_dev_04732-nsmc": [],
    "klue-ner-v1_dev_04776-wikitree": [
        O("민주당", R, "민주당", occ=0),
        O("안철수 캠프", O_, "안철수 캠프", note="campaign camp"),
        O("공동선대위", O_, "공동선대위", note="unnamed joint campaign committee"),
        O("새누리당", R, "새누리당"),
        O("민주당", R, "민주당", occ=1),
    ],
    "klue-ner-v1_dev_04856-wikitree": [
        DAY("현재", O_, DOC),
        Q("30기", R, "30", "기", "기", "count"),
        Q("50%", R, "50", "%", "%", "percent"),
    ],
    "klue-ner-v1_dev_04914-wikitree": [
        O("KGI증권", R, "KGI증권"),
        DAY("14일", R, "2015-12-14", note="dates the report"),
        O("애플", R, "애플"),
        Q("5.5 인치", R, "5.5", "in", "인치", "measure"),
    ],
    "klue-ner-v1_dev_04954-nsmc": [],  # 중2병: lexicalized word, not a quantity
}

# --- build tables --------------------------------------------------------------------------
COLS = {
    "Q": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "value_high",
          "unit", "unit_text", "category", "approx", "bound", "equivalent_of", "rule_id",
          "status", "note"],
    "D": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "mod",
          "range_start", "range_end", "granularity", "relative", "anchor_date", "rule_id",
          "status", "note"],
    "O": ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "canonical", "org_id",
          "aliases", "rule_id", "status", "note"],
}
FILES = {"Q": "quantities.csv", "D": "dates.csv", "O": "organizations.csv"}


def find(sentence, text, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = sentence.find(text, pos + 1)
        assert pos >= 0, (text, occ, sentence)
    return pos


def main():
    docs = [json.loads(line) for line in open(os.path.join(HERE, "sentences.jsonl"),
                                              encoding="utf-8")]
    ids = [d["id"] for d in docs]
    assert sorted(ids) == sorted(LABELS), set(ids) ^ set(LABELS)
    rows = {"Q": [], "D": [], "O": []}
    for d in docs:
        sent = d["text"]
        per = {"Q": [], "D": [], "O": []}
        for kind, text, occ, status, vals, note in LABELS[d["id"]]:
            start = find(sent, text, occ)
            end = start + len(text)
            assert sent[start:end] == text
            per[kind].append(dict(doc_id=d["id"], sentence_id="", start=start, end=end,
                                  text=text, rule_id="", status=status, note=note, **vals))
        for kind, lst in per.items():
            lst.sort(key=lambda r: (r["start"], r["end"]))
            spans = [(r["start"], r["end"]) for r in lst]
            assert len(set(spans)) == len(spans), (d["id"], spans)
            for i, r in enumerate(lst, 1):
                r["mention_id"] = f"{kind}{i}"
            rows[kind].extend(lst)
    for kind, fname in FILES.items():
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=COLS[kind], lineterminator="\n")
            w.writeheader()
            w.writerows(rows[kind])
    with open(os.path.join(HERE, "documents.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "doc_date"])
        for d in docs:
            w.writerow([d["id"], d["date"]])
    for kind in "QDO":
        by = {}
        for r in rows[kind]:
            by[r["status"]] = by.get(r["status"], 0) + 1
        print(FILES[kind], len(rows[kind]), by)


if __name__ == "__main__":
    main()
