"""The work around the stages, another checkout's code against this one's, in one process, alternating:
what `same_process.py` leaves out (it starts from tokens and ends at the rows). Processor seconds.

    python benchmarks/around_stages.py /tmp/wt-base8 segment [--replay]   # segment vs bare kiwipiepy
    python benchmarks/around_stages.py /tmp/wt-base8 load                 # JSONL → Documents
    python benchmarks/around_stages.py /tmp/wt-base8 write                # rows → CSV files, committed
    python benchmarks/around_stages.py /tmp/wt-base8 whole                # all of a run but reading

`segment` times each side's `segment` and kiwipiepy's own `tokenize(paragraph)`
(as `scale.py` does) batch by batch, in rotating order. kiwipiepy's analysis is 95% of it and varies
by a few percent; `--replay` takes it out: kiwipiepy's C analysis is run once per paragraph and its
result handed back on every call (kiwipiepy's Python wrapper and every access to its tokens still
run), so what is left is the Python work around it. `whole` runs each side's `batch_tables` and
writer on the documents each side read, kiwipiepy included (one Kiwi for both), batch by batch.
"""
from __future__ import annotations

import argparse
import gc
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import profile_dense  # noqa: E402
from same_process import load_other  # noqa: E402


def replaying(analyzer) -> None:
    """Make `analyzer` (a Kiwi) answer each text's analysis from a record after its first time."""
    import kiwipiepy

    record = {}

    class Replay(kiwipiepy.Kiwi.__mro__[1]):  # between `Kiwi` and its C base, where `_tokenize` calls `analyze`
        def analyze(self, text, *args):
            if text not in record:
                record[text] = super().analyze(text, *args)
            return record[text]

    analyzer.__class__ = type("ReplayingKiwi", (kiwipiepy.Kiwi, Replay), {})


def segment_sides(other, replay: bool) -> dict:
    from pipeline.segment import kiwi, paragraphs, segment

    analyzer = kiwi()
    if replay:
        replaying(analyzer)
    other.segment.kiwi = lambda: analyzer  # one Kiwi for both sides (the same user words)

    def tokenize(texts):
        for text in texts:
            for _, paragraph in paragraphs(text):
                analyzer.tokenize(paragraph)

    return {"this": lambda texts: [segment(text) for text in texts],
            "other": lambda texts: [other.segment.segment(text) for text in texts],
            "kiwipiepy": tokenize}


def compare_segment(other, texts: list, rounds: int, replay: bool) -> None:
    sides = segment_sides(other, replay)
    for name, side in sides.items():  # (replay: every paragraph analysed once before the clock)
        side(texts[:16] if not replay else texts)
    this, base = [tuple(s) for s in sides["this"](texts)], sides["other"](texts)
    assert [[(s.index, s.start, s.end, tuple((t.form, t.tag, t.start, t.end) for t in s.tokens)) for s in found] for found in this] == \
           [[(s.index, s.start, s.end, tuple((t.form, t.tag, t.start, t.end) for t in s.tokens)) for s in found] for found in base], "tokens differ"
    del this, base
    gc.freeze()  # (the replayed analyses stay: the collector need not walk them)
    alternate(sides, [texts[i:i + 16] for i in range(0, len(texts), 16)], rounds, reference="kiwipiepy")


def compare_load(other, path: Path, rounds: int) -> None:
    from pipeline.load import load

    sides = {"this": lambda _: list(load([path])), "other": lambda _: list(other.load.load([path]))}
    assert [d.__dict__ for d in sides["this"](None)] == [d.__dict__ for d in sides["other"](None)], "documents differ"
    alternate(sides, [None] * 5, rounds)


def compare_write(other, path: Path, count: int, rounds: int) -> None:
    from pipeline.batch import batch_tables
    from pipeline.load import load
    from pipeline.write import TableWriter

    documents = list(itertools.islice(load([path]), count))
    tables = [t for i in range(0, len(documents), 16) for t in batch_tables(documents[i:i + 16])]
    folder = Path(tempfile.mkdtemp(prefix="koie_around_"))

    def writer(kind, name):
        def write(_):
            out = kind(folder / name)
            for found in tables:
                out.add_rows(found)
            out.commit()
        return write

    sides = {"this": writer(TableWriter, "this"), "other": writer(other.write.TableWriter, "other")}
    alternate(sides, [None] * 3, rounds)
    for table in (folder / "this").iterdir():
        assert table.read_bytes() == (folder / "other" / table.name).read_bytes(), f"{table.name} differs"


def compare_whole(other, path: Path, count: int, rounds: int) -> None:
    import importlib

    from pipeline import batch
    from pipeline.load import load
    from pipeline.segment import kiwi
    from pipeline.write import TableWriter

    analyzer = kiwi()
    other.segment.kiwi = lambda: analyzer
    folder = Path(tempfile.mkdtemp(prefix="koie_around_"))
    sides = {"this": (batch.batch_tables, TableWriter, list(itertools.islice(load([path]), count))),
             "other": (importlib.import_module("pipeline_other.batch").batch_tables, other.write.TableWriter,
                       list(itertools.islice(other.load.load([path]), count)))}
    writers = {}
    for batch_tables, _, documents in sides.values():  # (lexicons and patterns loaded before the clock)
        batch_tables(documents[:16])

    def side(name):
        batch_tables, writer, documents = sides[name]

        def run(start):
            if start == 0:
                writers[name] = writer(folder / name)
            for tables in batch_tables(documents[start:start + 16]):
                writers[name].add_rows(tables)
            if start + 16 >= len(documents):
                writers[name].commit()
        return run

    alternate({name: side(name) for name in sides}, list(range(0, count, 16)), rounds)
    for table in (folder / "this").iterdir():
        assert table.name == "run.json" or table.read_bytes() == (folder / "other" / table.name).read_bytes(), f"{table.name} differs"


def alternate(sides: dict, batches: list, rounds: int, reference: str = "other") -> None:
    """Each side on each batch, the order rotating batch by batch; per round and median ratios."""
    totals = {name: [] for name in sides}
    names = list(sides)
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for number, batch in enumerate(batches):
            for name in names[number % len(names):] + names[:number % len(names)]:
                began = time.process_time()
                sides[name](batch)
                spent[name] += time.process_time() - began
        for name, seconds in spent.items():
            totals[name].append(seconds)
        print({k: round(v, 3) for k, v in spent.items()}, _ratios(spent, reference), flush=True)
    medians = {k: statistics.median(v) for k, v in totals.items()}
    print("median:", json.dumps({k: round(v, 4) for k, v in medians.items()}), _ratios(medians, reference))


def _ratios(seconds: dict, reference: str) -> str:
    pairs = [(k, reference) for k in seconds if k != reference] + ([("this", "other")] if reference != "other" else [])
    return " ".join(f"{a}/{b} {seconds[a] / seconds[b]:.4f}" for a, b in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path)
    parser.add_argument("part", choices=("segment", "load", "write", "whole"))
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input", type=Path, default=profile_dense.DENSE)
    parser.add_argument("--replay", action="store_true", help="segment: kiwipiepy's analysis out of the clock")
    args = parser.parse_args()
    package = load_other(args.other.resolve())
    import importlib

    for module in ("segment", "load", "write"):
        setattr(package, module, importlib.import_module(f"pipeline_other.{module}"))
    from pipeline.parallel import collect_rarely

    collect_rarely()  # as `koie run` does
    if args.part == "segment":
        texts = [d.text for d in profile_dense.documents(args.documents, args.input)]
        compare_segment(package, texts, args.rounds, args.replay)
    elif args.part == "load":
        path = Path(tempfile.mkdtemp(prefix="koie_around_")) / "input.jsonl"
        with args.input.open(encoding="utf-8") as handle:
            path.write_text("".join(itertools.islice(handle, args.documents)), encoding="utf-8")
        compare_load(package, path, args.rounds)
    elif args.part == "write":
        compare_write(package, args.input, args.documents, args.rounds)
    else:
        compare_whole(package, args.input, args.documents, args.rounds)


if __name__ == "__main__":
    main()
