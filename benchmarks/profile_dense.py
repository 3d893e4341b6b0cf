"""Where the time goes after tokenization, on the dense corpus (`scale.py --corpus dense`).

The first `--documents` articles are tokenized once by kiwipiepy (timed, and kept in a pickle so
that other checkouts reuse the very same tokens); then everything after tokenization runs on
them — normalize, each dimension's extract, overlaps, resolve, ids, rows and the writer — in
batches of 16 as `koie run` does, timed in processor seconds per stage (each dimension's functions
wrapped with a timer), or under cProfile (`--profile`: the functions taking most time).

    python benchmarks/profile_dense.py                       # stage table
    python benchmarks/profile_dense.py --profile 25          # plus cProfile's top 25 functions
    python benchmarks/profile_dense.py --compare /tmp/old 5  # this checkout and another, alternating, 5 rounds
"""
from __future__ import annotations

import argparse
import io
import json
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DENSE = ROOT / "benchmarks/data/dense.jsonl"


def documents(count: int, path: Path = DENSE) -> list:
    from pipeline.load import as_date, make_document

    found = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:  # (the news corpus has a few broken lines on purpose)
                continue
            if not row.get("text"):
                continue
            found.append(make_document(row["id"], row["text"], as_date(row["date"], "date")))
            if len(found) == count:
                break
    return found


class _Fields:
    """What a pickled token is read as: its fields, in order (`Token(*fields)` of the checkout that reads it)."""

    def __new__(cls, *fields):
        return fields


class _TokenReader(pickle.Unpickler):
    """Reads the pickle whatever the `Token` class of the checkout that wrote it (a named tuple once)."""

    def find_class(self, module: str, name: str):
        return _Fields if name == "Token" else super().find_class(module, name)


def tokens(docs: list) -> tuple:
    """(sentences of each document, kiwipiepy's processor seconds): from the pickle when it exists,
    the tokens made by this checkout's `Token`."""
    from pipeline.model import Sentence, Token

    cache = Path(f"/tmp/koie_tokens_{docs[0].doc_id}_{len(docs)}.pickle")
    if cache.exists():
        found, seconds = _TokenReader(io.BytesIO(cache.read_bytes())).load()
        return [tuple(Sentence(s.index, s.start, s.end, tuple(Token(*t) for t in s.tokens)) for s in sentences)
                for sentences in found], seconds
    from pipeline.segment import kiwi, segment

    kiwi().tokenize("삼성전자는 2020년 3월 1일 1억 원을 냈다.", split_sents=True)
    started = time.process_time()
    found = [segment(d.text) for d in docs]
    result = (found, time.process_time() - started)
    cache.write_bytes(pickle.dumps(result))
    return result


class Stages:
    """Processor seconds per stage, accumulated by wrapping the functions that run each stage."""

    def __init__(self):
        self.seconds = {}

    def wrap(self, name, function):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - started
        return timed


def instrument(stages: Stages) -> None:
    import dataclasses

    from pipeline import api, batch, registry, rules

    registry.DIMENSIONS[:] = [dataclasses.replace(d, extract=stages.wrap(f"{d.name} extract", d.extract),
                                                  resolve=stages.wrap(f"{d.name} resolve", d.resolve))
                              for d in registry.DIMENSIONS]
    api.settle = stages.wrap("overlaps (settle)", api.settle)
    api.numbered = stages.wrap("ids (numbered)", api.numbered)
    batch.rows = stages.wrap("rows", batch.rows)
    rules.Context.build = classmethod(stages.wrap("normalize (Context.build)", rules.Context.build.__func__))


def post_tokenization(docs: list, sentences: list, out: Path, **options) -> float:
    """Everything `koie run` does after kiwipiepy for these documents; processor seconds. (`options` go to
    `batch.batch_tables`: `time_budget=…` as `koie run --time-budget`.)"""
    from pipeline import api, batch
    from pipeline.parallel import BATCH_SIZE, collect_rarely
    from pipeline.write import TableWriter

    by_text = dict(zip((d.text for d in docs), sentences))
    api.segment = lambda text: by_text[text]  # the tokens already made: no kiwipiepy here
    collect_rarely()
    writer = TableWriter(out)
    started = time.process_time()
    for start in range(0, len(docs), BATCH_SIZE):
        for tables in batch.batch_tables(docs[start:start + BATCH_SIZE], **options):
            writer.add_rows(tables)
    writer.commit()
    return time.process_time() - started


def warm(docs: list, sentences: list) -> None:
    """Lexicons, patterns, automata and kiwipiepy loaded before the clock, as in a long batch. (Some ORG
    rules read a word alone with the run's Kiwi; built and first used inside the clock, it cost the ORG
    stage 2.6 s that a run, whose segmentation has built it, never pays.)"""
    from pipeline import api
    from pipeline.rules import Context
    from pipeline.segment import kiwi

    kiwi().tokenize(docs[0].text)
    api._extraction(docs[0], Context.build(docs[0].text, sentences[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--profile", type=int, default=0, help="also cProfile's top N functions (own time)")
    parser.add_argument("--compare", nargs=2, metavar=("CHECKOUT", "ROUNDS"),
                        help="time this checkout and another, alternating, in fresh processes")
    parser.add_argument("--input", type=Path, default=DENSE, help="another JSONL corpus (scale.py's news, say)")
    parser.add_argument("--json", action="store_true", help="one line of JSON (for --compare)")
    args = parser.parse_args()
    if args.compare:
        return compare(Path(args.compare[0]), int(args.compare[1]), args.documents, args.input)
    sys.path.insert(0, str(Path.cwd()))
    docs = documents(args.documents, args.input)
    sentences, kiwi_seconds = tokens(docs)
    warm(docs, sentences)
    if args.json:
        print(json.dumps({"seconds": post_tokenization(docs, sentences, Path("/tmp/koie_profile_out")), "kiwi": kiwi_seconds}))
        return
    stages = Stages()
    instrument(stages)
    total = post_tokenization(docs, sentences, Path("/tmp/koie_profile_out"))
    print(f"{len(docs)} documents, {sum(len(d.text) for d in docs):,} characters")
    print(f"| stage | seconds | share of all after kiwipiepy | over kiwipiepy |\n|---|---|---|---|")
    print(f"| kiwipiepy tokenization | {kiwi_seconds:.2f} | | 1.000 |")
    for name, seconds in stages.seconds.items():
        print(f"| {name} | {seconds:.2f} | {seconds / total:.1%} | {seconds / kiwi_seconds:.3f} |")
    other = total - sum(stages.seconds.values())
    print(f"| the rest (hashes, batches, writer) | {other:.2f} | {other / total:.1%} | {other / kiwi_seconds:.3f} |")
    print(f"| **all after kiwipiepy** | **{total:.2f}** | | **{total / kiwi_seconds:.3f}** |")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(post_tokenization, docs, sentences, Path("/tmp/koie_profile_out"))
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


def compare(other: Path, rounds: int, count: int, path: Path) -> None:
    """Post-tokenization processor seconds of this checkout and `other` on the same tokens,
    alternating in fresh processes; the medians and their ratio."""
    sides = {"this": ROOT, "other": other.resolve()}
    times = {name: [] for name in sides}
    for number in range(rounds):
        for name, checkout in (list(sides.items()) if number % 2 == 0 else list(sides.items())[::-1]):
            done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--documents", str(count), "--input", str(path.resolve()), "--json"],
                                  cwd=checkout, capture_output=True, text=True, check=True)
            times[name].append(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])
        print(number, {k: round(v[-1], 3) for k, v in times.items()}, flush=True)
    medians = {k: statistics.median(v) for k, v in times.items()}
    print(json.dumps({"medians": medians, "this_over_other": medians["this"] / medians["other"]}))


if __name__ == "__main__":
    main()
