"""Coverage pass of articles-holdout117: every run of digits must fall inside a QUANTITY, DATE or ORG row; candidate native numerals are listed for a check by hand."""
import csv, glob, os, re
F = "/work/wt/w117/annotation/articles_holdout117"
spans = {}
for t in ("quantities", "dates", "organizations"):
    for r in csv.DictReader(open(f"{F}/gold/{t}.csv", encoding="utf-8")):
        spans.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"]), t[0]))
for p in sorted(glob.glob(f"{F}/texts/*.txt")):
    doc = os.path.basename(p)[:-4]; text = open(p, encoding="utf-8").read()
    for m in re.finditer(r"\d+", text):
        if not any(s <= m.start() and m.end() <= e for s, e, _ in spans.get(doc, [])):
            print(doc[:3], repr(m.group()), repr(text[max(0, m.start()-12):m.end()+12]))
    # native numerals / number words by hand: show candidates
    for m in re.finditer(r"(한|두|세|네|다섯|하루|이틀|사흘|첫째|둘째|셋째|절반|석)(?=\s?[가-힣])", text):
        cov = any(s <= m.start() < e for s, e, _ in spans.get(doc, []))
        print("  native?", doc[:3], repr(text[max(0, m.start()-6):m.end()+6]), "covered" if cov else "")
