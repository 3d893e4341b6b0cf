"""Write reread/labels.csv from hand labels; offsets computed by string search.
Labels were made by reading each sentence, before looking at gold."""
import csv, json, random
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = {json.loads(l)["id"]: json.loads(l) for l in open(HERE.parent / "sentences.jsonl", encoding="utf-8")}
DRAWN = random.Random(30).sample(sorted(S), 30)
P = "klue-ner-v1_dev_"

# (doc suffix, type, text, nth occurrence, status, value, unit, mod, canonical, note)
L = [
 ("04554-wikitree", "ORG", "산업통상자원부", 0, "required", "", "", "", "산업통상자원부", "government body"),
 ("00284-wikitree", "DATE", "이날", 0, "optional", "2016-01-01", "", "", "", "anaphor with no antecedent in the sentence; falls back to the document date; relative=true"),
 ("00284-wikitree", "ORG", "서울중앙지검 조사부", 0, "required", "", "", "", "서울중앙지검 조사부", "named division of a prosecutors' office (guideline: divisions are ORG)"),
 ("00284-wikitree", "DATE", "지난 2009년", 0, "required", "2009", "", "", "", "지난 before explicit year stays in span, not relative; A부터 B까지 = two mentions"),
 ("00284-wikitree", "DATE", "지난해", 0, "required", "2015", "", "", "", "relative=true"),
 ("01822-wikitree", "DATE", "지난달 28일", 0, "required", "2015-12-28", "", "", "", "deictic prefix in span; relative=true"),
 ("01822-wikitree", "ORG", "경기도청", 0, "required", "", "", "", "경기도청", "provincial government office (owner of the team)"),
 ("01822-wikitree", "ORG", "여자 컬링대표팀", 0, "optional", "", "", "", "여자 컬링대표팀", "unnamed national team; like unnamed institution nouns -> optional"),
 ("01822-wikitree", "DATE", "1일", 0, "required", "2016-01-01", "", "", "", "latest 1st on/before 2016-01-01; relative=true"),
 ("02178-wikitree", "DATE", "오는 2일", 0, "required", "2016-01-02", "", "", "", "future (오는) -> next 2nd; relative=true"),
 ("00480-wikitree", "DATE", "2015년 3월", 0, "required", "2015-03", "", "", "", ""),
 ("00480-wikitree", "QUANTITY", "1년7개월", 0, "required", "19", "month", "", "", "category=duration; approx=true (가량 outside); compound duration as one mention = 19 months"),
 ("03428-nsmc", "QUANTITY", "3부작", 0, "optional", "3", "부작", "", "", "category=count; near-lexicalized 'trilogy'"),
 ("03172-nsmc", "QUANTITY", "3화", 0, "required", "3", "화", "", "", "category=ordinal; episode number names an edition"),
 ("01192-wikitree", "ORG", "수사 당국", 0, "optional", "", "", "", "수사 당국", "unnamed institution noun; country 미국 outside span"),
 ("01192-wikitree", "ORG", "AP통신", 0, "required", "", "", "", "AP통신", "media"),
 ("03934-nsmc", "QUANTITY", "1~7회", 0, "required", "1", "회", "", "", "category=ordinal; value_high=7; episodes 1 to 7"),
 ("02120-wikitree", "DATE", "8일", 0, "required", "2015-12-08", "", "", "", "latest 8th on/before 2016-01-01; relative=true"),
 ("02120-wikitree", "DATE", "2020년", 0, "required", "2020", "", "", "", "year before event name"),
 ("02120-wikitree", "QUANTITY", "15년", 0, "required", "15", "year", "", "", "category=duration; 간 outside"),
 ("00234-wikitree", "QUANTITY", "35", 0, "optional", "35", "세", "", "", "category=count; age in parentheses, unit only implied (cf. implied-currency headline amounts)"),
 ("01386-wikitree", "DATE", "2010년", 0, "required", "2010", "", "", "", ""),
 ("01386-wikitree", "ORG", "(주)플로섬", 0, "required", "", "", "", "플로섬", "company; legal-form marker (주) kept in span as part of the written name, dropped in canonical"),
 ("01386-wikitree", "QUANTITY", "35억원", 0, "required", "3500000000", "KRW", "", "", "category=currency"),
 ("04512-wikitree", "DATE", "이달 중순", 0, "required", "2016-01", "", "MID", "", "께 outside (would also give APPROX); relative=true"),
 ("04512-wikitree", "ORG", "에버랜드", 0, "required", "", "", "", "에버랜드", "business acting as a party (에버랜드 측 filed a complaint); 용인 outside"),
 ("04512-wikitree", "DATE", "지난 17일", 0, "required", "2015-12-17", "", "", "", "relative=true"),
 ("04512-wikitree", "ORG", "경찰", 0, "optional", "", "", "", "경찰", "unnamed institution noun"),
 ("02944-wikitree", "QUANTITY", "12년", 0, "required", "12", "year", "", "", "category=duration; 뒤 outside"),
 ("00618-wikitree", "DATE", "지난 1일", 0, "required", "2016-01-01", "", "", "", "latest 1st on/before 2016-01-01; relative=true"),
 ("00618-wikitree", "DATE", "3일", 0, "required", "2015-12-03", "", "", "", "latest 3rd on/before doc date (rule applied literally even though it precedes 지난 1일)"),
 ("00618-wikitree", "ORG", "보린교회", 0, "optional", "", "", "", "보린교회", "church named as a place (장소를 ... 옮겨)"),
 ("00232-wikitree", "QUANTITY", "25", 0, "optional", "25", "세", "", "", "category=count; age in parentheses, unit only implied"),
 ("00232-wikitree", "ORG", "IS", 0, "required", "", "", "", "IS", "militant organization"),
 ("00232-wikitree", "QUANTITY", "석 달", 0, "required", "3", "month", "", "", "category=duration; 불과 and 전 outside"),
 ("00232-wikitree", "ORG", "텔레그래프", 0, "required", "", "", "", "텔레그래프", "newspaper; 영국 일간 outside"),
 ("00232-wikitree", "DATE", "22일", 0, "required", "2015-12-22", "", "", "", "(현지시간) outside; relative=true"),
 ("02162-wikitree", "ORG", "국방부", 0, "required", "", "", "", "국방부", "government body"),
 ("02162-wikitree", "ORG", "참여정부", 0, "optional", "", "", "", "참여정부", "name of an administration, used here as a period (참여정부 때)"),
 ("02162-wikitree", "QUANTITY", "18개월", 0, "required", "18", "month", "", "", "category=duration"),
 ("02162-wikitree", "DATE", "지난 2011년 2월", 0, "required", "2011-02", "", "", "", "지난 in span, not relative"),
 ("02162-wikitree", "QUANTITY", "21개월", 0, "required", "21", "month", "", "", "category=duration"),
 ("04822-wikitree", "DATE", "올해", 0, "required", "2016", "", "", "", "relative=true; 일본 = country, not ORG"),
 ("02360-nsmc", "QUANTITY", "10분", 0, "optional", "10", "minute", "", "", "category=duration; 10분마다 is a frequency interval, like a rate denominator"),
 ("03698-nsmc", "QUANTITY", "10점", 0, "required", "10", "점", "", "", "category=count; 만점 outside"),
 ("03698-nsmc", "QUANTITY", "별 하나", 0, "optional", "1", "별", "", "", "category=count; counted noun, not a counter"),
 ("04850-wikitree", "DATE", "18일", 0, "required", "2015-12-18", "", "", "", "part of day outside; relative=true"),
 ("04850-wikitree", "DATE", "오후 9시", 0, "optional", "2015-12-18T21", "", "APPROX", "", "clock time: optional at most; 께 outside"),
 ("04850-wikitree", "DATE", "지난해 9월", 0, "required", "2015-09", "", "", "", "one mention; relative=true"),
 ("04850-wikitree", "QUANTITY", "수십차례", 0, "required", "10", "차례", "", "", "category=count; value_high=90; approx=true (수십)"),
]

rows = []
for suf, typ, text, nth, status, value, unit, mod, canon, note in L:
    doc = P + suf
    assert doc in DRAWN, doc
    t = S[doc]["text"]
    pos = -1
    for _ in range(nth + 1):
        pos = t.find(text, pos + 1)
    assert pos >= 0, (doc, text)
    assert t[pos:pos + len(text)] == text
    rows.append([doc, typ, pos, pos + len(text), text, status, value, unit, mod, canon, note])

rows.sort(key=lambda r: (DRAWN.index(r[0]), r[2], r[1]))
with open(HERE / "labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["doc_id", "type", "start", "end", "text", "status", "value", "unit", "mod", "canonical", "note"])
    w.writerows(rows)
print(len(rows), "mentions;", {k: sum(r[1] == k for r in rows) for k in ("QUANTITY", "DATE", "ORG")},
      "req", sum(r[5] == "required" for r in rows))
