"""Coverage pass of articles-holdout110: every run of digits in the texts must fall inside a QUANTITY, DATE or ORG row;
prints those that do not, and native-numeral + counter candidates for a check by hand."""
import csv, os, re, glob
F = os.path.dirname(os.path.abspath(__file__))
spans = {}
for t in ("quantities", "dates", "organizations"):
    for r in csv.DictReader(open(f"{F}/gold/{t}.csv", encoding="utf-8")):
        spans.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), t[0], r["status"]))
for p in sorted(glob.glob(f"{F}/texts/*.txt")):
    doc = os.path.basename(p)[:-4]; text = open(p, encoding="utf-8").read()
    for m in re.finditer(r"\d+", text):
        hit = [s for s in spans.get(doc, []) if s[0] <= m.start() and m.end() <= s[1]]
        if not hit:
            print(doc[:3], repr(m.group()), "…" + text[max(0, m.start()-12):m.end()+12].replace("\n", " / ") + "…")
    for m in re.finditer(r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스물|서른|석|넉)\s?(명|개|곳|척|달|해|번|차례|가지|시간|주|분기)", text):
        print(doc[:3], "native?", repr(m.group()), [s for s in spans.get(doc, []) if s[0] <= m.start() < s[1]])
