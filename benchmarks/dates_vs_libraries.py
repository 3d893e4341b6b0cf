"""DATE spans side by side: koie, korean-datetime (`parse_all`) and dateparser (`search_dates`).

Two gold sets: the first article (corpus/gold/dates.csv; optional mentions neither rewarded nor
penalized) and the public KLUE-NER dev half (every DT mention). Spans are matched by overlap,
one prediction per gold mention. Speed is documents per second over the same documents, each
system warmed up once first, all measured in this one run.

The libraries are benchmark-only dependencies (benchmarks/requirements.txt):

    pip install -r benchmarks/requirements.txt
    python benchmarks/dates_vs_libraries.py [--klue PATH] [--limit N]

What each library's output is taken as: korean-datetime's expressions except clock times
(`Kind.TIME`; the guideline does not count them as dates); dateparser's substrings located in
the text left to right (it returns no offsets, and no kind to tell times apart).
"""
from __future__ import annotations

import argparse
import csv
import json
import time
from datetime import date, datetime
from pathlib import Path

from pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "alibaba_2020_recap.txt"
ARTICLE_GOLD = ROOT / "corpus" / "gold" / "dates.csv"
ARTICLE_DATE = date(2020, 12, 31)
KLUE = Path(__file__).resolve().parents[2] / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"
KLUE_DATE = date(2016, 1, 1)  # KLUE sentences carry no date; spans do not depend on it


def koie_spans(text: str, doc_date: date) -> list:
    return [(d.start, d.end) for d in extract(text, doc_date).dates]


def korean_datetime_spans(text: str, doc_date: date) -> list:
    from korean_datetime import Kind, parse_all

    return [e.span for e in parse_all(text, now=datetime.combine(doc_date, datetime.min.time())) if e.kind is not Kind.TIME]


def dateparser_spans(text: str, doc_date: date) -> list:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["ko"], settings={"RELATIVE_BASE": datetime.combine(doc_date, datetime.min.time())}) or []
    spans, cursor = [], 0
    for substring, _ in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start >= 0:
            spans.append((start, start + len(substring)))
            cursor = start + len(substring)
    return spans


SYSTEMS = {"koie": koie_spans, "korean-datetime": korean_datetime_spans, "dateparser": dateparser_spans}


def overlap_score(gold: list, predicted: list) -> tuple:
    """(tp, fp, fn) over documents: gold is [(start, end, required)], predicted [(start, end)].

    A prediction meeting only optional gold is set aside; each gold mention takes one prediction.
    """
    tp = fp = fn = 0
    for gold_spans, spans in zip(gold, predicted):
        used = set()
        for start, end, required in gold_spans:
            match = next((i for i, (s, e) in enumerate(spans) if i not in used and s < end and start < e), None)
            if match is not None:
                used.add(match)
                tp += required
            else:
                fn += required
        fp += sum(1 for i, (s, e) in enumerate(spans) if i not in used and not any(s < ge and gs < e for gs, ge, _ in gold_spans))
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> tuple:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def article_set() -> tuple:
    text = ARTICLE.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    with ARTICLE_GOLD.open(encoding="utf-8", newline="") as handle:
        gold = [(int(r["start"]), int(r["end"]), r["status"] != "optional") for r in csv.DictReader(handle)]
    return [text], [gold], ARTICLE_DATE


def klue_set(path: Path, limit: int) -> tuple:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][: limit or None]
    gold = [[(e["start"], e["end"], True) for e in r["entities"] if e["type"] == "DT"] for r in rows]
    return [r["text"] for r in rows], gold, KLUE_DATE


def run(texts: list, doc_date: date, system) -> tuple:
    """Spans per document and documents per second."""
    system(texts[0], doc_date)  # warm up (Kiwi, library tables)
    started = time.perf_counter()
    spans = [system(text, doc_date) for text in texts]
    return spans, len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--klue", default=str(KLUE))
    parser.add_argument("--limit", type=int, default=0, help="KLUE sentences to use (0: all)")
    args = parser.parse_args()
    sets = {"article": article_set(), "klue DT": klue_set(Path(args.klue), args.limit)}
    print(f"{'set':10} {'system':16} {'P':>6} {'R':>6} {'F1':>6} {'docs/s':>9}  (tp fp fn)")
    for set_name, (texts, gold, doc_date) in sets.items():
        for name, system in SYSTEMS.items():
            spans, speed = run(texts, doc_date, system)
            tp, fp, fn = overlap_score(gold, spans)
            p, r, f = f1(tp, fp, fn)
            print(f"{set_name:10} {name:16} {p:6.3f} {r:6.3f} {f:6.3f} {speed:9.1f}  ({tp} {fp} {fn})")


if __name__ == "__main__":
    main()
