"""Coverage pass: every run of digits in the texts must fall inside a QUANTITY, DATE or ORG gold row; also re-derive
each Arabic/Sino-Korean quantity value independently from its span text and compare with the gold value."""
import csv, os, re
from decimal import Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
texts = {f[:-4]: open(os.path.join(HERE, "texts", f), encoding="utf-8").read() for f in sorted(os.listdir(os.path.join(HERE, "texts")))}
spans = {d: [] for d in texts}
for table in ("quantities", "dates", "organizations"):
    for r in csv.DictReader(open(os.path.join(HERE, "gold", table + ".csv"), encoding="utf-8")):
        spans[r["doc_id"]].append((int(r["start"]), int(r["end"]), table[0], r["text"]))
for d, t in texts.items():
    for m in re.finditer(r"\d+", t):
        if not any(a <= m.start() and m.end() <= b for a, b, _, _ in spans[d]):
            print("UNCOVERED", d[:3], repr(t[max(0, m.start() - 12):m.end() + 12]))
UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
def parse(s):
    s = re.sub(r"^[^\d]*", "", s)
    num = re.match(r"[\d,.조억만천백]+", s).group(0).replace(",", "")
    total, rest = Decimal(0), num
    for u, mult in UNITS.items():
        if u in rest:
            head, rest = rest.split(u, 1)
            total += small(head) * mult
    return total + (small(rest) if rest else 0)
def small(s):
    v = Decimal(0)
    if "천" in s:
        h, s = s.split("천", 1); v += (Decimal(h) if h else 1) * 1000
    if "백" in s:
        h, s = s.split("백", 1); v += (Decimal(h) if h else 1) * 100
    return v + (Decimal(s) if s else 0)
for r in csv.DictReader(open(os.path.join(HERE, "gold", "quantities.csv"), encoding="utf-8")):
    if re.match(r"\d", r["text"]):
        got = parse(r["text"])
        if got != Decimal(r["value"]):
            print("VALUE?", r["doc_id"][:3], r["text"], r["value"], got)
    else:
        print("by hand:", r["doc_id"][:3], r["text"], r["value"], r["unit"])
