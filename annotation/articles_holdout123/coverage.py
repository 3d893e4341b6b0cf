"""Coverage pass of articles-holdout123: every run of digits (and a few native numerals) checked against a gold QUANTITY, DATE or ORG row."""
import csv, glob, os, re
F=os.path.dirname(os.path.abspath(__file__))
spans={}
for t in ("quantities","dates","organizations"):
    for r in csv.DictReader(open(f"{F}/gold/{t}.csv",encoding="utf-8")):
        spans.setdefault(r["doc_id"],[]).append((int(r["start"]),int(r["end"]),t[0]))
for p in sorted(glob.glob(f"{F}/texts/*.txt")):
    doc=os.path.basename(p)[:-4]; text=open(p,encoding="utf-8").read()
    for m in re.finditer(r"\d[\d,.:/]*", text):
        cov=[s for s in spans.get(doc,[]) if s[0]<=m.start() and m.end()<=s[1]+0]
        part=[s for s in spans.get(doc,[]) if s[0]<m.end() and m.start()<s[1]]
        if not cov:
            print(doc[:3], repr(m.group()), "partial" if part else "UNCOVERED", repr(text[max(0,m.start()-12):m.end()+8]))
    for w in ["한 ","두 ","세 ","네 ","다섯","여섯","일곱","여덟","아홉","열 ","스물","서른","하루","이틀","사흘","석 ","넉 "]:
        for m in re.finditer(w, text):
            cov=[s for s in spans.get(doc,[]) if s[0]<=m.start()<s[1]]
            print(doc[:3], "native?", repr(text[max(0,m.start()-8):m.end()+8]), "covered" if cov else "NOT covered")
