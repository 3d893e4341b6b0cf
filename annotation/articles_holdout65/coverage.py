"""Coverage pass of articles-holdout65: print every run of digits (and the native numerals with a counter) in the six texts
that no QUANTITY, DATE or ORG gold row covers. Run after labels.py."""
import csv, glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
spans = {}
for table in ("quantities", "dates", "organizations"):
    with open(os.path.join(HERE, "gold", table + ".csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            spans.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"])))
for path in sorted(glob.glob(os.path.join(HERE, "texts", "*.txt"))):
    doc = os.path.basename(path)[:-4]
    with open(path, encoding="utf-8-sig") as fh:
        text = fh.read().replace("\r\n", "\n")
    for m in re.finditer(r"\d+|[한두세네]\s?(?:배|곳|개|명|기|척|건|자릿수)|하루|이틀|사흘|닷새", text):
        if not any(a <= m.start() < b for a, b in spans.get(doc, [])):
            print(doc[:3], repr(m.group()), "…" + text[max(0, m.start() - 12):m.end() + 12].replace("\n", " / ") + "…")
