"""Coverage pass of articles-holdout53: print every run of Arabic digits in the six texts that lies outside all QUANTITY,
DATE and ORG rows of the gold, and every native-numeral-looking syllable outside them (for checking by hand)."""
import csv, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
spans = {}
for t in ("quantities", "dates", "organizations"):
    with open(os.path.join(HERE, "gold", t + ".csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            spans.setdefault(r["doc_id"], []).append((int(r["start"]), int(r["end"])))
for f in sorted(os.listdir(os.path.join(HERE, "texts"))):
    doc = f[:-4]
    t = open(os.path.join(HERE, "texts", f), encoding="utf-8-sig").read().replace("\r\n", "\n")
    inside = lambda a: any(s <= a < e for s, e in spans.get(doc, []))
    for m in re.finditer(r"[0-9][0-9,.:~]*", t):
        if not inside(m.start()):
            print("digits ", doc[:3], repr(t[max(0, m.start() - 10):m.end() + 10]))
    for m in re.finditer(r"한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|석|넉|하루|이틀|사흘|절반|첫|백|천|만", t):
        if not inside(m.start()):
            print("native?", doc[:3], repr(t[max(0, m.start() - 6):m.start() + 8]))
