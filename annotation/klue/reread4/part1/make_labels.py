"""Hand labels for reread4/part1 (70 KLUE-NER dev sentences), written by reading each sentence
against docs/annotation.md. Offsets are computed by string search; the script asserts that
every span matches the sentence text and writes the four gold tables."""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_DATE = "2016-01-01"


def Q(text, value, unit, unit_text, category, value_high="", approx=False, bound="",
      equiv="", status="required", occ=0, note=""):
    return ("Q", text, occ, status, note, dict(
        value=value, value_high=value_high, unit=unit, unit_text=unit_text,
        category=category, approx="true" if approx else "false", bound=bound,
        equivalent_of=equiv))


def D(text, value, gran, rs, re_, mod="", relative=False, anchor="", status="required",
      occ=0, note=""):
    return ("D", text, occ, status, note, dict(
        value=value, mod=mod, range_start=rs, range_end=re_, granularity=gran,
        relative="true" if relative else "false", anchor_date=anchor))


def O(text, canonical, org_id=None, aliases="", status="required", occ=0, note=""):
    return ("O", text, occ, status, note, dict(
        canonical=canonical, org_id=org_id or canonical.replace(" ", ""), aliases=aliases))


def REL(text, value, gran, rs, re_, **kw):
    kw.setdefault("anchor", DOC_DATE)
    return D(text, value, gran, rs, re_, relative=True, **kw)


def YEAR(text, y, **kw):
    return D(text, str(y), "year", f"{y}-01-01", f"{y}-12-31", **kw)


def DAY(text, iso, **kw):
    return REL(text, iso, "day", iso, iso, **kw)


# keyed by the numeric part of the KLUE id
LABELS = {
    "00018": [],
    "00076": [
        DAY("오는 23일", "2016-01-23", note="future clause: next 23rd after 2016-01-01"),
        REL("8시 55분", "2016-01-23T20:55", "day", "2016-01-23", "2016-01-23",
            status="optional", note="clock time; evening broadcast read as 20:55"),
    ],
    "00208": [
        Q("3억원", "300000000", "KRW", "원", "currency", bound="min"),
        YEAR("2000년", 2000),
        Q("0.8%", "0.8", "%", "%", "percent"),
        YEAR("2013년", 2013),
        Q("30.0%", "30.0", "%", "%", "percent"),
    ],
    "00316": [
        Q("5.8배", "5.8", "배", "배", "count"),
        Q("4.3배", "4.3", "배", "배", "count"),
        Q("3.5배", "3.5", "배", "배", "count"),
        Q("3.4배", "3.4", "배", "배", "count"),
    ],
    "00406": [
        Q("8년", "8", "year", "년", "duration", note="8년째: 째 outside"),
    ],
    "00478": [
        REL("지난해", "2015", "year", "2015-01-01", "2015-12-31"),
        REL("전년", "2014", "year", "2014-01-01", "2014-12-31", anchor="2015-01-01",
            status="optional", note="points back to 지난해"),
        Q("9%", "9", "%", "%", "percent"),
        Q("4위", "4", "위", "위", "ordinal"),
        Q("5위", "5", "위", "위", "ordinal"),
    ],
    "00524": [
        O("중앙징계위원회", "중앙징계위원회"),
    ],
    "00566": [
        O("화살표를 붙이는 사람들", "화살표를 붙이는 사람들",
          note="named student planning group (대학생 기획단)"),
    ],
    "00650": [
        Q("3탄", "3", "탄", "탄", "ordinal"),
        Q("10주년", "10", "주년", "주년", "ordinal"),
    ],
    "00696": [],
    "00846": [
        O("IS", "IS"),
        REL("전날", "2015-12-31", "day", "2015-12-31", "2015-12-31", status="optional",
            note="no day before it: day before the document date"),
        Q("2차례", "2", "차례", "차례", "count"),
    ],
    "00922": [
        O("현대백화점", "현대백화점"),
        O("갤러리아백화점", "갤러리아백화점"),
        O("금융당국", "금융당국", status="optional", note="unnamed institution noun"),
    ],
    "00968": [
        Q("20여년", "20", "year", "년", "duration", approx=True, note="만에 outside"),
    ],
    "01086": [
        YEAR("2007년", 2007),
        O("MBC", "MBC"),
        Q("16기", "16", "기", "기", "ordinal"),
        YEAR("2009년", 2009),
        O("MBC", "MBC", occ=1),
        Q("18기", "18", "기", "기", "ordinal"),
        Q("2년", "2", "year", "년", "duration"),
    ],
    "01134": [
        O("경찰청", "경찰청"),
        O("지방경찰청", "지방경찰청", status="optional",
          note="'모든 지방경찰청': generic institution noun"),
    ],
    "01164": [
        DAY("지난 12일", "2015-12-12"),
        Q("7.3급", "7.3", "급", "급", "count", note="earthquake magnitude (규모 7.3급)"),
        Q("45만명", "450000", "명", "명", "count"),
        O("펑황넷", "펑황넷"),
        DAY("16일", "2015-12-16", note="day of the report"),
    ],
    "01276": [],
    "01358": [
        Q("20년", "20", "year", "년", "duration"),
    ],
    "01412": [],
    "01460": [],
    "01502": [
        DAY("지금", "2016-01-01", status="optional", note="지금 takes the document date"),
    ],
    "01612": [
        O("강원랜드 카지노", "강원랜드 카지노", note="company name + its casino business"),
    ],
    "01656": [
        Q("170만건", "1700000", "건", "건", "count", bound="gt"),
        Q("2400억원", "240000000000", "KRW", "원", "currency", bound="gt"),
    ],
    "01702": [
        Q("15년", "15", "year", "년", "duration", note="만에 outside"),
        REL("20일", "2016-01-20", "day", "2016-01-20", "2016-01-22",
            note="future schedule; range_end extended by 사흘간"),
        Q("사흘", "3", "day", "사흘", "duration", note="간 outside"),
    ],
    "01806": [],
    "01820": [
        O("시공사", "시공사"),
        O("허브빌리지", "허브빌리지", status="optional",
          note="family company site listed among 회사 사무실"),
        O("한국미술연구소", "한국미술연구소"),
        Q("12곳", "12", "곳", "곳", "count"),
    ],
    "01878": [],
    "02002": [],
    "02062": [
        Q("186분", "186", "minute", "분", "duration"),
    ],
    "02150": [
        Q("7점", "7", "점", "점", "count"),
    ],
    "02172": [
        Q("1人", "1", "인", "人", "count", note="counter 人 = 인 (one person)"),
        Q("4부", "4", "부", "부", "ordinal", note="part/episode number"),
    ],
    "02236": [
        DAY("현재", "2016-01-01", status="optional"),
        DAY("지금", "2016-01-01", status="optional"),
    ],
    "02326": [],
    "02406": [
        O("인천지법 형사14부", "인천지법 형사14부", note="court + its division: one mention"),
        Q("7년", "7", "year", "년", "duration", note="징역 7년"),
        DAY("17일", "2015-12-17", note="day of the report"),
    ],
    "02478": [
        O("경찰", "경찰", status="optional", note="unnamed institution noun"),
        Q("3명", "3", "명", "명", "count"),
    ],
    "02500": [],
    "02558": [
        DAY("25일", "2015-12-25"),
        Q("한구", "1", "구", "구", "count"),
    ],
    "02704": [
        O("대구시", "대구시"),
        O("동명 목간", "동명 목간", status="optional", note="named bathhouse (business/site)"),
        DAY("지난 14일", "2015-12-14"),
        REL("1일", "2015-12-14T13:00", "day", "2015-12-14", "2015-12-14", status="optional",
            note="'지난 14일 1일부터 오후 8시까지': 1일 reads as a typo for a clock time (1시)"),
        REL("오후 8시", "2015-12-14T20:00", "day", "2015-12-14", "2015-12-14",
            status="optional", note="clock time"),
    ],
    "02752": [
        Q("1시간 45분", "105", "minute", "시간 분", "duration"),
        Q("45분", "45", "minute", "분", "duration", occ=1),
    ],
    "02810": [
        O("법무부", "법무부"),
        O("검찰", "검찰", status="optional", note="unnamed institution noun"),
        O("국정원", "국정원", org_id="국가정보원", status="optional",
          note="inside the title word 국정원장"),
    ],
    "02876": [],
    "02968": [
        Q("시즌 1", "1", "시즌", "시즌", "ordinal", note="season number, unit before number"),
    ],
    "03050": [
        DAY("22일", "2015-12-22"),
        O("고려대학교 총학생회", "고려대학교 총학생회"),
        O("중앙일보", "중앙일보"),
    ],
    "03088": [],
    "03160": [
        Q("두시간", "2", "hour", "시간", "duration", bound="gt", note="조금넘는 -> gt"),
    ],
    "03194": [
        REL("전날", "2015-12-31", "day", "2015-12-31", "2015-12-31", status="optional"),
    ],
    "03254": [
        O("삼성전자", "삼성전자"),
        Q("5개국", "5", "개국", "개국", "count"),
    ],
    "03408": [
        DAY("이날", "2016-01-01", status="optional", note="no earlier day: document date"),
        O("공화", "공화", org_id="미국공화당", note="party affiliation in parentheses"),
        O("민주", "민주", org_id="미국민주당", note="party affiliation in parentheses"),
        O("연방 상원", "연방 상원"),
    ],
    "03552": [
        Q("하루", "1", "day", "하루", "duration", status="optional",
          note="rate denominator 하루에"),
        Q("한번", "1", "번", "번", "count"),
    ],
    "03628": [
        O("터보", "터보", status="optional", note="music group"),
    ],
    "03654": [
        DAY("이날", "2016-01-01", status="optional"),
    ],
    "03730": [
        Q("한가지", "1", "가지", "가지", "count"),
        Q("1점", "1", "점", "점", "count"),
    ],
    "03764": [
        DAY("이날", "2016-01-01", status="optional"),
        REL("오전 5시 30분", "2016-01-01T05:30", "day", "2016-01-01", "2016-01-01",
            status="optional", note="clock time"),
        REL("오전 11시 20분", "2016-01-01T11:20", "day", "2016-01-01", "2016-01-01",
            status="optional", note="clock time"),
    ],
    "03782": [],
    "03834": [],
    "03942": [
        Q("80년", "80", "year", "년", "duration", bound="gt",
          note="'80년 더 된' read as 80년(도) 더 된 -> gt"),
    ],
    "04022": [
        Q("40분", "40", "minute", "분", "duration"),
        O("경찰", "경찰", status="optional", note="unnamed institution noun"),
    ],
    "04064": [],
    "04116": [
        Q("2시간", "2", "hour", "시간", "duration", note="만에 outside"),
        Q("80mm", "80", "mm", "mm", "measure"),
        O("소후닷컴", "소후닷컴"),
        DAY("17일", "2015-12-17", note="day of the report"),
    ],
    "04196": [],
    "04292": [
        YEAR("2013년", 2013),
        Q("하루", "1", "day", "하루", "duration"),
        D("11월 6일", "2013-11-06", "day", "2013-11-06", "2013-11-06",
          note="year 2013 written in the same clause"),
        O("정신여자고등하교", "정신여자고등학교", note="typo labelled as written"),
        Q("2학년", "2", "학년", "학년", "ordinal"),
        Q("한번", "1", "번", "번", "count", status="optional", note="다시 한번: lexicalized"),
        O("덕수궁 중명전", "덕수궁 중명전", status="optional", note="palace site"),
    ],
    "04358": [
        O("CGV", "CGV"),
    ],
    "04420": [
        O("IS", "IS"),
        REL("지난달", "2015-12", "month", "2015-12-01", "2015-12-31"),
        O("IS", "IS", occ=1),
    ],
    "04450": [
        O("포스코경영연구소", "포스코경영연구소"),
        DAY("5일", "2015-12-05", note="day of the report"),
        Q("7가지", "7", "가지", "가지", "count", status="optional",
          note="inside the quoted report title"),
    ],
    "04542": [],
    "04694": [
        O("성서경찰서", "성서경찰서", note="place 대구 outside"),
        Q("3명", "3", "명", "명", "count"),
        Q("3명", "3", "명", "명", "count", occ=1),
        DAY("25일", "2015-12-25", note="day of the report"),
    ],
    "04746": [
        DAY("25일", "2015-12-25"),
        O("페이스북", "페이스북", status="optional", note="platform where something is posted"),
    ],
    "04804": [
        Q("1점", "1", "점", "점", "count"),
    ],
    "04886": [
        O("선관위", "선관위"),
        Q("90%", "90", "%", "%", "percent"),
        Q("744만4천82표", "7444082", "표", "표", "count"),
        Q("615만1천554표", "6151554", "표", "표", "count"),
    ],
    "04934": [
        O("기상청", "기상청", org_id="일본기상청", note="country 일본 outside"),
        DAY("13일", "2016-01-13", note="forecast: future"),
        DAY("14일", "2016-01-14", note="forecast: future"),
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


def find(text, sub, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(sub, pos + 1)
        assert pos >= 0, (sub, occ, text)
    return pos


def main():
    docs = [json.loads(line) for line in open(os.path.join(HERE, "sentences.jsonl"),
                                              encoding="utf-8")]
    key = {d["id"]: d["id"].split("_")[2].split("-")[0] for d in docs}
    assert sorted(key.values()) == sorted(LABELS), "label keys must match the sentences"
    rows = {"Q": [], "D": [], "O": []}
    for d in docs:
        text = d["text"]
        per = {"Q": [], "D": [], "O": []}
        seen = set()
        for kind, sub, occ, status, note, vals in LABELS[key[d["id"]]]:
            start = find(text, sub, occ)
            end = start + len(sub)
            assert text[start:end] == sub
            assert (kind, start) not in seen
            seen.add((kind, start))
            per[kind].append(dict(doc_id=d["id"], sentence_id="", start=start, end=end,
                                  text=sub, rule_id="", status=status, note=note, **vals))
        for kind in per:
            per[kind].sort(key=lambda r: r["start"])
            for i, r in enumerate(per[kind], 1):
                r["mention_id"] = f"{kind}{i}"
            rows[kind].extend(per[kind])
    for name, kind, cols in (("quantities.csv", "Q", Q_COLS), ("dates.csv", "D", D_COLS),
                             ("organizations.csv", "O", O_COLS)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for r in rows[kind]:
                w.writerow({c: r.get(c, "") for c in cols})
    with open(os.path.join(HERE, "documents.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "doc_date"])
        for d in docs:
            w.writerow([d["id"], d.get("date", DOC_DATE)])
    for kind in rows:
        st = {}
        for r in rows[kind]:
            st[r["status"]] = st.get(r["status"], 0) + 1
        print(kind, len(rows[kind]), st)


if __name__ == "__main__":
    main()
