"""Independent hand labels (reread3) for 30 KLUE-NER dev sentences.

Labels are data below; offsets are computed by string search and checked.
Run:  /work/venv/bin/python make_labels.py
Writes quantities.csv, dates.csv, organizations.csv, documents.csv next to this file.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "2016-01-01"

# ---------------------------------------------------------------------------
# Label data.  Each entry: dict(text=..., occ=0 (n-th occurrence), status=..., ...)
# Q fields: value, value_high, unit, unit_text, category, approx, bound, equivalent_of
# D fields: value, mod, range_start, range_end, granularity, relative, anchor_date
# O fields: canonical, org_id, aliases
# ---------------------------------------------------------------------------


def Q(text, value, unit, unit_text, category, status="required", occ=0, value_high="",
      approx=False, bound="", equivalent_of="", note=""):
    return dict(kind="Q", text=text, occ=occ, status=status, value=value, value_high=value_high,
                unit=unit, unit_text=unit_text, category=category, approx=approx, bound=bound,
                equivalent_of=equivalent_of, note=note)


def D(text, value, range_start, range_end, granularity, status="required", occ=0, mod="",
      relative=False, anchor_date="", note=""):
    return dict(kind="D", text=text, occ=occ, status=status, value=value, mod=mod,
                range_start=range_start, range_end=range_end, granularity=granularity,
                relative=relative, anchor_date=anchor_date, note=note)


def O(text, canonical, org_id=None, status="required", occ=0, aliases="", note=""):
    return dict(kind="O", text=text, occ=occ, status=status, canonical=canonical,
                org_id=org_id if org_id is not None else canonical.replace(" ", ""),
                aliases=aliases, note=note)


LABELS = {
    # 1 조우커 선생의 예술가 정신! ...
    "klue-ner-v1_dev_01074-nsmc": [],
    # 2 유느님 ...
    "klue-ner-v1_dev_03648-nsmc": [],
    # 3 ... 사랑스러운 두 남녀의 모습을 ...
    "klue-ner-v1_dev_02196-nsmc": [
        Q("두 남녀", "2", "남녀", "남녀", "count", status="optional",
          note="두 + noun that is no counter: counted with the noun as unit, optional"),
    ],
    # 4 카게무샤 / 신겐: people
    "klue-ner-v1_dev_00024-nsmc": [],
    # 5 ... 그의 차는 랜드로버의 '레인지로버'다.
    "klue-ner-v1_dev_01250-wikitree": [
        O("랜드로버", "랜드로버", note="car maker named as brand/company; 레인지로버 is a product"),
    ],
    # 6 양구·인제군은 군 당국과 협의해 전날 오후 7시 30분께 주민 2천400여명에 대한 ...
    "klue-ner-v1_dev_00788-wikitree": [
        O("양구", "양구군", status="optional",
          note="county government with its suffix 군 shared with 인제군 (양구·인제군)"),
        O("인제군", "인제군", note="county acting as a government (issues/lifts evacuation order)"),
        O("군 당국", "군 당국", status="optional",
          note="unnamed military authority: armed forces / generic institution noun"),
        D("전날", "2015-12-31", "2015-12-31", "2015-12-31", "day", status="optional",
          relative=True, anchor_date=REF,
          note="anaphoric day word, no explicit day before: anchored at the document date, "
               "read as the day before it"),
        D("오후 7시 30분", "2015-12-31T19:30", "2015-12-31", "2015-12-31", "day",
          status="optional", mod="APPROX", relative=True, anchor_date=REF,
          note="clock time, 께 outside sets APPROX; day from 전날"),
        Q("2천400여명", "2400", "명", "명", "count", approx=True),
    ],
    # 7 앤더슨 실바는 UFC 16연승과 미들급 10차 방어에 성공했으나, 지난 7월 UFC 162에서 ...
    "klue-ner-v1_dev_00772-wikitree": [
        O("UFC", "UFC", occ=0, note="the promotion/league as an organization"),
        Q("16연승", "16", "연승", "연승", "count"),
        Q("10차", "10", "차", "차", "ordinal", note="N차 방어 = ordinal defence"),
        D("지난 7월", "2015-07", "2015-07-01", "2015-07-31", "month", relative=True,
          anchor_date=REF),
        O("UFC", "UFC", occ=1, status="optional",
          note="org name as modifier inside the event name UFC 162; 162 is an event number, "
               "not a quantity"),
    ],
    # 8 ... 7일 오후 막탄-카모테스섬 간 해상과 ... 현지 어선과 현지 재난대응팀에 의해 구조됐다.
    "klue-ner-v1_dev_02516-wikitree": [
        D("7일", "2015-12-07", "2015-12-07", "2015-12-07", "day", relative=True,
          anchor_date=REF, note="bare day, past clause: latest 7th on or before the reference date; 오후 outside"),
        O("재난대응팀", "재난대응팀", status="optional",
          note="unnamed local institution (현지 재난대응팀): generic institution noun"),
    ],
    # 9 한국도로공사에 따르면 이날 오전 9시 현재 ... 부산 6시간 10분, 대구 3시간 30분, 강릉 4시간, ...
    "klue-ner-v1_dev_02054-wikitree": [
        O("한국도로공사", "한국도로공사"),
        D("이날", REF, REF, REF, "day", status="optional", relative=True, anchor_date=REF,
          note="anaphoric day word, no explicit day before: document date"),
        D("오전 9시", "2016-01-01T09:00", REF, REF, "day", status="optional", relative=True,
          anchor_date=REF, note="clock time, day from 이날"),
        D("현재", REF, REF, REF, "day", status="optional", relative=True, anchor_date=REF,
          note="현재 is optional (here 'as of' after a clock time); takes the document date"),
        Q("6시간 10분", "370", "minute", "시간 분", "duration",
          note="compound duration valued in its smallest unit"),
        Q("3시간 30분", "210", "minute", "시간 분", "duration"),
        Q("4시간", "4", "hour", "시간", "duration", occ=0),
        Q("5시간 30분", "330", "minute", "시간 분", "duration"),
        Q("4시간 10분", "250", "minute", "시간 분", "duration"),
    ],
    # 10 콜튼 / 알렉스: people
    "klue-ner-v1_dev_01810-nsmc": [],
    # 11 ... 레버쿠젠은 슈테판 키슬링이 후반 2분 옌스 헤겔러와 이 대 일 패스를 ...
    "klue-ner-v1_dev_01354-wikitree": [
        O("레버쿠젠", "레버쿠젠", note="football club (Bayer Leverkusen)"),
        Q("2분", "2", "minute", "분", "duration", status="optional",
          note="match clock (후반 2분): a point in the match, not a calendar date or a clear "
               "amount of time"),
        Q("이 대", "2", "대", "대", "count", status="optional",
          note="'이 대 일 패스' (2-to-1 pass) is lexicalized; 대 means 'versus', not a counter"),
    ],
    # 12 ... 영화영상미에 한번, ... 스토리에 두번, 음악에 세번 놀랐다
    "klue-ner-v1_dev_03234-nsmc": [
        Q("한번", "1", "번", "번", "count",
          note="enumeration once/twice/three times: 한번 really counts here"),
        Q("두번", "2", "번", "번", "count"),
        Q("세번", "3", "번", "번", "count"),
    ],
    # 13 전기요금 조정 절차가 산업부와 한전 간의 협의 및 한전 이사회 결정, 전기위원회 심의 의결,
    #    기재부와 산업부 간 협의 ...
    "klue-ner-v1_dev_04974-wikitree": [
        O("산업부", "산업부", org_id="산업통상자원부", occ=0,
          note="short form alone keeps its spelling as canonical; org_id of the full organization"),
        O("한전", "한전", org_id="한국전력공사", occ=0),
        O("한전 이사회", "한전 이사회", org_id="한국전력공사이사회",
          note="parent name followed by one of its units is one mention"),
        O("전기위원회", "전기위원회"),
        O("기재부", "기재부", org_id="기획재정부"),
        O("산업부", "산업부", org_id="산업통상자원부", occ=1),
    ],
    # 14 ... 남양유업이 9일 대국민 사과를 하고 상생 협력방안을 발표했다.
    "klue-ner-v1_dev_01842-wikitree": [
        O("남양유업", "남양유업"),
        D("9일", "2015-12-09", "2015-12-09", "2015-12-09", "day", relative=True,
          anchor_date=REF),
    ],
    # 15 지난해 대선을 두달 앞두고 '정수장학회 지분 매각 비밀회동' 사건을 보도한 혐의로 기소된
    #    한겨레신문 최성진 기자가 1심에서 ...
    "klue-ner-v1_dev_01590-wikitree": [
        D("지난해", "2015", "2015-01-01", "2015-12-31", "year", relative=True, anchor_date=REF),
        Q("두달", "2", "month", "달", "duration"),
        O("정수장학회", "정수장학회", status="optional",
          note="foundation name inside the quoted case name '… 비밀회동' 사건"),
        O("한겨레신문", "한겨레신문"),
        Q("1심", "1", "심", "심", "ordinal", status="optional",
          note="lexicalized (1심), optional by project decision"),
    ],
    # 16 ... 몇천년간 지속된 뱀파이어의 사랑이라는 소재도 좋았습니다
    "klue-ner-v1_dev_01936-nsmc": [
        Q("몇천년", "1000", "year", "년", "duration", status="optional", value_high="9000",
          approx=True, note="몇 works like 수 (optional); 간 outside"),
    ],
    # 17 연합뉴스 사진부 한종찬 기자가 찍은 이 사진은 제24회 신문사진 '인간애상' 대상을 수상했습니다.
    "klue-ner-v1_dev_03770-wikitree": [
        O("연합뉴스 사진부", "연합뉴스 사진부", note="parent name + its unit = one mention"),
        Q("제24회", "24", "회", "회", "ordinal"),
    ],
    # 18 멕 라이언과 톰 행크스: people
    "klue-ner-v1_dev_04268-nsmc": [],
    # 19 매장당 선착순으로 100명까지 참여가 가능하며, 개인별 또는 그룹 별로 1회씩 도전할 수 있다.
    "klue-ner-v1_dev_02696-wikitree": [
        Q("100명", "100", "명", "명", "count", bound="max", note="N명까지 -> bound max"),
        Q("1회", "1", "회", "회", "count", note="1회씩: 씩 outside; not a rate denominator"),
    ],
    # 20 1일 새벽 서울 송파구 롯데월드타워에서 새해맞이 카운트다운 쇼가 열렸다.
    "klue-ner-v1_dev_00486-wikitree": [
        D("1일", "2016-01-01", "2016-01-01", "2016-01-01", "day", relative=True,
          anchor_date=REF, note="past clause (열렸다): latest 1st on or before 2016-01-01; 새벽 outside"),
        O("롯데", "롯데", status="optional",
          note="company name only as modifier inside the building name 롯데월드타워 (a place)"),
        D("새해", "2016", "2016-01-01", "2016-12-31", "year", status="optional", relative=True,
          anchor_date=REF, note="holiday-like word inside the compound 새해맞이"),
    ],
    # 21 신은경이 2010년 2월부터 2개월간 한 백화점 매장에서 1억 원이 넘는 의류 채무를 ...
    "klue-ner-v1_dev_03916-wikitree": [
        D("2010년 2월", "2010-02", "2010-02-01", "2010-03-31", "month",
          note="date followed by a duration: range_end extended by 2개월"),
        Q("2개월", "2", "month", "개월", "duration"),
        Q("1억 원", "100000000", "KRW", "원", "currency", bound="gt"),
    ],
    # 22 카밀라벨: person
    "klue-ner-v1_dev_01218-nsmc": [],
    # 23 ... 상영시간이 두시간이 넘는거냐...
    "klue-ner-v1_dev_01202-nsmc": [
        Q("두시간", "2", "hour", "시간", "duration", bound="gt"),
    ],
    # 24 타베 미카코: person
    "klue-ner-v1_dev_02992-nsmc": [],
    # 25 하지만 20대가 되고나서 ...
    "klue-ner-v1_dev_00802-nsmc": [
        Q("20대", "20", "대", "대", "count", status="optional", value_high="29",
          note="age bracket: optional"),
    ],
    # 26 ... 10점 드립니다.
    "klue-ner-v1_dev_02052-nsmc": [
        Q("10점", "10", "점", "점", "count", note="score with its counter 점"),
    ],
    # 27 김 씨 등은 24일 오전 10시∼오후 1시50분쯤 ...
    "klue-ner-v1_dev_01996-wikitree": [
        D("24일", "2015-12-24", "2015-12-24", "2015-12-24", "day", relative=True,
          anchor_date=REF),
        D("오전 10시\u223c오후 1시50분", "2015-12-24T10:00/2015-12-24T13:50", "2015-12-24",
          "2015-12-24", "day", status="optional", mod="/APPROX", relative=True,
          anchor_date=REF, note="clock-time range, one mention; 쯤 outside sets APPROX on the end"),
    ],
    # 28 그러자 IBM의 주가는 주당 9달러 가까이 빠졌다.
    "klue-ner-v1_dev_02920-wikitree": [
        O("IBM", "IBM"),
        Q("9달러", "9", "USD", "달러", "currency", approx=True, note="가까이 sets approx"),
    ],
    # 29 1편, 2편, 3편... 진정한 의미의 '후속편'이란 ...
    "klue-ner-v1_dev_04706-nsmc": [
        Q("1편", "1", "편", "편", "ordinal", note="sequel numbers with counter: ordinal"),
        Q("2편", "2", "편", "편", "ordinal"),
        Q("3편", "3", "편", "편", "ordinal"),
    ],
    # 30 기상청은 오늘과 내일 전해상에 ...
    "klue-ner-v1_dev_00944-wikitree": [
        O("기상청", "기상청"),
        D("오늘", "2016-01-01", "2016-01-01", "2016-01-01", "day", relative=True, anchor_date=REF),
        D("내일", "2016-01-02", "2016-01-02", "2016-01-02", "day", relative=True, anchor_date=REF),
    ],
}

Q_COLS = ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "value_high",
          "unit", "unit_text", "category", "approx", "bound", "equivalent_of", "rule_id",
          "status", "note"]
D_COLS = ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "value", "mod",
          "range_start", "range_end", "granularity", "relative", "anchor_date", "rule_id",
          "status", "note"]
O_COLS = ["doc_id", "mention_id", "sentence_id", "start", "end", "text", "canonical", "org_id",
          "aliases", "rule_id", "status", "note"]


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise AssertionError(f"occurrence {n} of {needle!r} not found in {hay!r}")
    return pos


def tf(b):
    return "true" if b else "false"


def main():
    docs = []
    with open(os.path.join(HERE, "sentences.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    assert len(docs) == 30
    assert set(LABELS) == {d["id"] for d in docs}, "label keys must match sentence ids"

    rows = {"Q": [], "D": [], "O": []}
    for d in docs:
        text = d["text"]
        per = {"Q": [], "D": [], "O": []}
        for lab in LABELS[d["id"]]:
            start = find_nth(text, lab["text"], lab["occ"])
            end = start + len(lab["text"])
            assert text[start:end] == lab["text"]
            assert lab["status"] in ("required", "optional")
            per[lab["kind"]].append((start, end, lab))
        for kind, items in per.items():
            items.sort(key=lambda x: (x[0], x[1]))
            spans = [(s, e) for s, e, _ in items]
            assert len(spans) == len(set(spans)), f"duplicate span in {d['id']}"
            for i, (s, e, lab) in enumerate(items, 1):
                base = {"doc_id": d["id"], "mention_id": f"{kind}{i}", "sentence_id": "",
                        "start": s, "end": e, "text": lab["text"], "rule_id": "",
                        "status": lab["status"], "note": lab["note"]}
                if kind == "Q":
                    base.update(value=lab["value"], value_high=lab["value_high"],
                                unit=lab["unit"], unit_text=lab["unit_text"],
                                category=lab["category"], approx=tf(lab["approx"]),
                                bound=lab["bound"], equivalent_of=lab["equivalent_of"])
                elif kind == "D":
                    base.update(value=lab["value"], mod=lab["mod"],
                                range_start=lab["range_start"], range_end=lab["range_end"],
                                granularity=lab["granularity"], relative=tf(lab["relative"]),
                                anchor_date=lab["anchor_date"])
                else:
                    base.update(canonical=lab["canonical"], org_id=lab["org_id"],
                                aliases=lab["aliases"])
                rows[kind].append(base)

    def write(name, cols, data):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for r in data:
                w.writerow(r)

    write("quantities.csv", Q_COLS, rows["Q"])
    write("dates.csv", D_COLS, rows["D"])
    write("organizations.csv", O_COLS, rows["O"])
    write("documents.csv", ["doc_id", "doc_date"],
          [{"doc_id": d["id"], "doc_date": d.get("date") or ""} for d in docs])

    for kind, name in (("Q", "QUANTITY"), ("D", "DATE"), ("O", "ORG")):
        req = sum(r["status"] == "required" for r in rows[kind])
        opt = sum(r["status"] == "optional" for r in rows[kind])
        print(f"{name}: {len(rows[kind])} ({req} required, {opt} optional)")


if __name__ == "__main__":
    main()
