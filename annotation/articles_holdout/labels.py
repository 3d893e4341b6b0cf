"""Write the gold of the articles-holdout set from the labels in labels_a.py / labels_b.py.

Run from this folder: python labels.py
Writes dev/gold/*.csv, heldback/gold/*.csv and copies each split's texts to <split>/texts/.
"""
import json
import shutil
from pathlib import Path

import labels_a
import labels_b
from labeltool import DCOLS, FCOLS, OCOLS, QCOLS, Doc, finalize, parse_lines, write

HERE = Path(__file__).resolve().parent


def main():
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    specs = {**labels_a.L, **labels_b.L}
    dates = {**labels_a.DATES, **labels_b.DATES}
    docs = {}
    for p in sorted((HERE / "texts").glob("*.txt")):
        key = p.name[:3]
        text = p.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        d = Doc(p.stem, text, dates[key])
        parse_lines(d, specs[key])
        finalize(d)
        docs[p.stem] = d
    for name in ("dev", "heldback"):
        ids = split[name]
        out = HERE / name
        (out / "texts").mkdir(parents=True, exist_ok=True)
        for i in ids:
            shutil.copy(HERE / "texts" / f"{i}.txt", out / "texts" / f"{i}.txt")
        g = out / "gold"
        write(g / "documents.csv", ["doc_id", "doc_date"], [dict(doc_id=i, doc_date=docs[i].doc_date) for i in ids])
        write(g / "quantities.csv", QCOLS, [r for i in ids for r in docs[i].q])
        write(g / "dates.csv", DCOLS, [r for i in ids for r in docs[i].d])
        write(g / "organizations.csv", OCOLS, [r for i in ids for r in docs[i].o])
        write(g / "facts.csv", FCOLS, [r for i in ids for r in docs[i].f])
        n = lambda attr: sum(len(getattr(docs[i], attr)) for i in ids)
        print(name, "docs", len(ids), "Q", n("q"), "D", n("d"), "O", n("o"), "F", n("f"))


if __name__ == "__main__":
    main()
