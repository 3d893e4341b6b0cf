"""Coverage pass of articles-holdout125: every run of digits must lie inside a QUANTITY, DATE or ORG gold row; candidate native numerals are listed for a check by hand. Run from this folder."""
import csv, re, os
G = "gold"; rows = {}
for t in ("quantities", "dates", "organizations"):
    for r in csv.DictReader(open(os.path.join(G, t + ".csv"), encoding="utf-8")):
        rows.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), t[0], r["status"]))
for f in sorted(os.listdir("texts")):
    did = f[:-4]; text = open("texts/" + f, encoding="utf-8").read()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        cov = [x for x in rows.get(did, []) if x[0] <= m.start() and m.end() <= x[1]]
        if not cov:
            print("UNCOVERED", did[:3], repr(m.group()), repr(text[max(0, m.start()-15):m.end()+15]))
    for w in ("한 ", "두 ", "세 ", "네 ", "석 ", "넉 ", "다섯", "열 ", "하나", "둘", "셋", "나흘", "사흘", "이틀", "닷새", "절반", "처음", "첫"):
        for m in re.finditer(w, text):
            cov = [x for x in rows.get(did, []) if x[0] <= m.start() < x[1]]
            print("native?", did[:3], repr(w), "covered" if cov else "NOT", repr(text[max(0, m.start()-10):m.end()+10]))
