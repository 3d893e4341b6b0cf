"""Coverage pass of articles-holdout114: print every run of digits in the texts that lies outside all QUANTITY, DATE and ORG gold rows."""
import csv, glob, os, re
G = "gold"
spans = {}
for t in ("quantities", "dates", "organizations"):
    for r in csv.DictReader(open(os.path.join(G, t + ".csv"), encoding="utf-8")):
        spans.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), t[0]))
for f in sorted(glob.glob("texts/*.txt")):
    doc = os.path.basename(f)[:-4]
    text = open(f, encoding="utf-8").read()
    for m in re.finditer(r"\d+", text):
        if not any(a <= m.start() and m.end() <= b for a, b, _ in spans.get(doc, [])):
            print(doc[:3], repr(m.group()), repr(text[max(0, m.start()-12):m.end()+8]))
