"""Compare the two labellers' fact tables (standard library only).

Rows are paired by (doc_id, q_start, q_end). Per slot it prints how many paired rows agree
and lists the rows that disagree:
  quantity  - span present in both files (rows only one labeller wrote are listed)
  metric    - metric spans overlap (both empty counts as agreement; one empty does not)
  subject   - sets of names split on ';' after removing spaces
  period    - exact value
  kind      - exact value
  status    - exact value

    python annotation/klue_facts/compare.py [a.csv b.csv] > annotation/klue_facts/agreement.txt
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_A = HERE / "labeller_a/facts.csv"
DEFAULT_B = HERE / "labeller_b/facts.csv"


def load(path: Path) -> dict:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {}
        for row in csv.DictReader(handle):
            key = (row["doc_id"], int(row["q_start"]), int(row["q_end"]))
            if key in rows:
                print(f"warning: duplicate key {key} in {path}", file=sys.stderr)
            rows[key] = row
        return rows


def span(row: dict):
    if row["metric_start"] == "" or row["metric_end"] == "":
        return None
    return int(row["metric_start"]), int(row["metric_end"])


def metric_agree(a: dict, b: dict) -> bool:
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return sa is None and sb is None
    return sa[0] < sb[1] and sb[0] < sa[1]


def subjects(row: dict) -> frozenset:
    return frozenset(p.replace(" ", "") for p in row["subject"].split(";") if p.strip())


def show_metric(row: dict) -> str:
    s = span(row)
    return "(empty)" if s is None else f"{row['metric_text']} [{s[0]},{s[1]})"


def show_subject(row: dict) -> str:
    return row["subject"] or "(empty)"


SLOTS = [
    ("metric span overlap", metric_agree, show_metric),
    ("subject set (spaces removed)", lambda a, b: subjects(a) == subjects(b), show_subject),
    ("period", lambda a, b: a["period"] == b["period"], lambda r: r["period"] or "(empty)"),
    ("kind", lambda a, b: a["kind"] == b["kind"], lambda r: r["kind"]),
    ("status", lambda a, b: a["status"] == b["status"], lambda r: r["status"]),
]


def label(key, row) -> str:
    return f"{key[0]} [{key[1]},{key[2]}) {row['q_text']}"


def main() -> None:
    path_a = Path(sys.argv[1]) if len(sys.argv) > 2 else DEFAULT_A
    path_b = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_B
    a, b = load(path_a), load(path_b)
    both = sorted(set(a) & set(b))
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    union = len(set(a) | set(b))
    print(f"labeller A rows: {len(a)}; labeller B rows: {len(b)}")
    print(f"docs with rows: A {len({k[0] for k in a})}, B {len({k[0] for k in b})}")
    print()
    print(f"== quantity span presence: {len(both)}/{union} spans in both "
          f"({100 * len(both) / union:.1f}%); only A {len(only_a)}, only B {len(only_b)}")
    for key in only_a:
        print(f"  only A: {label(key, a[key])} ({a[key]['status']})")
    for key in only_b:
        print(f"  only B: {label(key, b[key])} ({b[key]['status']})")
    print()
    summary = []
    for name, agree, show in SLOTS:
        bad = [k for k in both if not agree(a[k], b[k])]
        good = len(both) - len(bad)
        summary.append((name, good, len(both)))
        print(f"== {name}: {good}/{len(both)} agree ({100 * good / len(both):.1f}%), "
              f"{len(bad)} disagree")
        for key in bad:
            print(f"  {label(key, a[key])}: A={show(a[key])} | B={show(b[key])}")
        print()
    req = [k for k in both if a[k]["status"] == b[k]["status"] == "required"]
    print(f"== rows both labelled required: {len(req)}")
    for name, agree, _ in SLOTS[:-1]:
        good = sum(agree(a[k], b[k]) for k in req)
        print(f"  {name}: {good}/{len(req)} agree ({100 * good / max(len(req), 1):.1f}%)")
    all4 = sum(all(agree(a[k], b[k]) for _, agree, _ in SLOTS[:4]) for k in both)
    print()
    print(f"== all four fact slots (metric, subject, period, kind) agree: {all4}/{len(both)} "
          f"({100 * all4 / len(both):.1f}%)")
    print()
    print("summary (raw agreement over rows both labelled):")
    print(f"  quantity span presence: {len(both)}/{union}")
    for name, good, total in summary:
        print(f"  {name}: {good}/{total} ({100 * good / total:.1f}%)")


if __name__ == "__main__":
    main()
