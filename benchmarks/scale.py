"""Batch-run benchmark: throughput ratios, worker scaling, peak memory, corrupted input.

Builds a JSONL corpus of Korean news-like text from the KLUE half and corpus/ — articles of
randomly drawn sentences and paragraphs whose numbers are redrawn, so no text repeats — with 1% of
the documents corrupted (a badly encoded line, an empty text, a malformed JSON line). Then
measures, side by side in one run on the same documents (1–3 in `--rounds` rounds, the median
reported):

  1. kiwipiepy tokenization alone (paragraph by paragraph, as the pipeline calls it),
  2. the full pipeline (`koie run`: load, segment, extract, resolve, write) with 1 worker,
  3. the same with 2 workers,
  4. peak RSS of a full run for the small corpus and for one ten times larger,
  5. kiwipiepy alone and the pipeline's work interleaved batch by batch in one process
     (robust to the machine's speed drifting between whole runs),

and checks that each run reports exactly the corrupted documents and keeps every other one.

Each of 1–3 is a fresh process, timed twice: by its own clock around the work (`*_s`,
`pipeline_over_tokenization`: Kiwi and the rules loaded before, the steady state of a long batch)
and by its parent from start to exit (`whole_process_*`: imports, Kiwi's model, lexicons, the
exit too — the issue's "whole processes from start to exit"; the pipeline's process ends as the
`koie` command does).

    python benchmarks/scale.py --mb 20 --large-mb 200      # writes benchmarks/results/scale_*.json
    python benchmarks/scale.py --only speed --rounds 3      # the speed half: median of 3 rounds
    python benchmarks/scale.py --only memory                # just the peak-RSS half
    python benchmarks/scale.py --mb 1 --large-mb 5          # a quick try
    python benchmarks/scale.py --only speed --rounds 5 --baseline /tmp/old   # old against new, side by side
    python benchmarks/scale.py --only speed --corpus dense --rounds 5         # entity-dense text
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KLUE = ROOT.parent / "shared/data/klue-ner/klue-ner-v1.1-dev-public.jsonl"
DATA = Path(__file__).resolve().parent / "data"
RESULTS = Path(__file__).resolve().parent / "results"
CORRUPT_RATE = 0.01


def _sources() -> list:
    sentences = [json.loads(line)["text"] for line in KLUE.open(encoding="utf-8")]
    article = (ROOT / "corpus/alibaba_2020_recap.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in article.split("\n") if len(p) > 40]
    return sentences + paragraphs * 20


def _vary(text: str, rng: random.Random) -> str:
    """Redraw every digit run (keeping its length) so that no two documents are the same text."""
    return re.sub(r"\d+", lambda m: str(rng.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 0, 10 ** len(m.group()) - 1)), text)


def build_corpus(path: Path, megabytes: float, seed: int) -> dict:
    """Write a JSONL corpus of about `megabytes` MB; return the ids of the corrupted documents."""
    rng = random.Random(seed)
    pool = _sources()
    target, written, number = megabytes * 1_000_000, 0, 0
    corrupted = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        while written < target:
            number += 1
            doc_id = f"doc{number:07d}"
            paragraphs = [" ".join(_vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(3, 8))]
            record = {"id": doc_id, "text": "\n".join(paragraphs), "date": f"20{rng.randint(15, 22)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            line = json.dumps(record, ensure_ascii=False).encode("utf-8")
            if rng.random() < CORRUPT_RATE:
                kind = rng.choice(["encoding", "empty", "json"])
                if kind == "encoding":
                    line = line[:40] + b"\xff\xfe\xfa" + line[40:]
                    corrupted[f"{path.stem}-{number}"] = kind
                elif kind == "empty":
                    line = json.dumps({**record, "text": ""}).encode("utf-8")
                    corrupted[doc_id] = kind
                else:
                    line = line[:-2]
                    corrupted[f"{path.stem}-{number}"] = kind
            handle.write(line + b"\n")
            written += len(line) + 1
    return {"documents": number, "bytes": written, "corrupted": corrupted}


DENSE_ARTICLES, DENSE_SENTENCES = 1200, 25


def build_dense_corpus(path: Path, seed: int) -> dict:
    """Entity-dense text, as recap batches look: 1,200 articles of 25 KLUE public-half sentences
    each (five paragraphs of five), every tenth the first article; every article dated."""
    rng = random.Random(seed)
    sentences = [json.loads(line)["text"] for line in KLUE.open(encoding="utf-8")]
    article = (ROOT / "corpus/alibaba_2020_recap.txt").read_text(encoding="utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(1, DENSE_ARTICLES + 1):
            if number % 10 == 0:
                record = {"id": f"dense{number:05d}", "text": article, "date": "2020-12-31"}
            else:
                drawn = rng.sample(sentences, DENSE_SENTENCES)
                text = "\n".join(" ".join(drawn[k:k + 5]) for k in range(0, DENSE_SENTENCES, 5))
                record = {"id": f"dense{number:05d}", "text": text, "date": f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            line = json.dumps(record, ensure_ascii=False)
            handle.write(line + "\n")
            written += len(line.encode("utf-8")) + 1
    return {"documents": DENSE_ARTICLES, "bytes": written, "corrupted": {}}


_TOKENIZE = """
import json, sys, time
from pipeline.segment import kiwi, paragraphs
analyzer = kiwi()
analyzer.tokenize("삼성전자는 2020년 3월 1일 1억 원을 냈다.")  # warm, as the pipeline run is
texts = []
for raw in open(sys.argv[1], "rb"):
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        continue
    if row.get("text", "").strip():
        texts.append(row["text"])
started, cpu = time.perf_counter(), time.process_time()
for text in texts:
    for _, paragraph in paragraphs(text):
        analyzer.tokenize(paragraph)  # (as `segment` calls it: the tokens, grouped into sentences by the pipeline)
print(json.dumps({"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu}))
"""

# Kiwi and the rules are loaded before the clock starts, as in a long batch (a second or two once
# per process); the documents are read inside the clock, while tokenization alone has them in memory.
_RUN = """
import json, os, resource, sys, time
from pipeline import extract
from pipeline.batch import run_batch
extract("삼성전자는 2020년 3월 1일 1억 원을 냈다.")
started, cpu = time.perf_counter(), time.process_time()
summary = run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), progress=False, log=open('/dev/null', 'w'))
seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "documents": summary.documents, "failed": summary.failed,
                  "rss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "rss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}), flush=True)
os._exit(0)  # as the `koie` command ends (cli.command), its tables committed
"""


# Batch by batch in one process, in the pipeline's own batches: kiwipiepy alone on the batch's
# documents, then everything the pipeline does for them (load, segment, extract, resolve, rows,
# write, and at the end the commit of the tables). Slow drifts of the machine's speed hit both
# sides alike, which whole runs minutes apart cannot promise.
_INTERLEAVED = """
import itertools, json, sys, time
from pipeline import extract
from pipeline.parallel import BATCH_SIZE, collect_rarely
from pipeline.batch import batch_tables
from pipeline.load import load
from pipeline.model import Document
from pipeline.segment import kiwi, paragraphs
from pipeline.write import TableWriter
analyzer = kiwi()
extract("삼성전자는 2020년 3월 1일 1억 원을 냈다.")
collect_rarely()  # as `koie run` does
writer = TableWriter(sys.argv[2])
spent = {"tokenization": 0.0, "pipeline": 0.0}
cpu = {"tokenization": 0.0, "pipeline": 0.0}
def tokenize(batch):
    for item in batch:
        if isinstance(item, Document):
            for _, paragraph in paragraphs(item.text):
                analyzer.tokenize(paragraph)
def run(batch):
    for tables in batch_tables(batch):
        writer.add_rows(tables)
documents = iter(load([sys.argv[1]]))
for number in itertools.count():
    started, started_cpu = time.perf_counter(), time.process_time()
    batch = list(itertools.islice(documents, BATCH_SIZE))
    if not batch:
        break
    spent["pipeline"] += time.perf_counter() - started
    cpu["pipeline"] += time.process_time() - started_cpu
    # Whichever runs second finds the processor's caches warm with this text: alternate the order.
    steps = [("pipeline", lambda: run(batch)), ("tokenization", lambda: tokenize(batch))]
    for side, step in (steps if number % 2 else steps[::-1]):
        started, started_cpu = time.perf_counter(), time.process_time()
        step()
        spent[side] += time.perf_counter() - started
        cpu[side] += time.process_time() - started_cpu
started, started_cpu = time.perf_counter(), time.process_time()
writer.commit()
spent["pipeline"] += time.perf_counter() - started
cpu["pipeline"] += time.process_time() - started_cpu
print(json.dumps({"tokenization_s": spent["tokenization"], "pipeline_s": spent["pipeline"],
                  "pipeline_over_tokenization": spent["pipeline"] / spent["tokenization"],
                  "pipeline_over_tokenization_cpu": cpu["pipeline"] / cpu["tokenization"]}))
"""


def _fresh_process(script: str, *args, checkout: Path = ROOT) -> dict:
    """The script in a fresh process, importing the pipeline of `checkout` (its working folder): what it
    reports of its own clock, and the whole process from start to exit as its parent sees it
    (`process_seconds`; `process_cpu_seconds`, the processor time of it and the workers it reaped)."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], check=True, capture_output=True, text=True,
                          cwd=checkout)
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "process_seconds": seconds, "process_cpu_seconds": cpu}


def time_tokenization(path: Path) -> dict:
    """kiwipiepy alone on every good document, paragraph by paragraph as the pipeline calls it."""
    return _fresh_process(_TOKENIZE, path)


def run_pipeline(path: Path, out: Path, workers: int, checkout: Path = ROOT) -> dict:
    """A full run in a fresh process, of this checkout's pipeline or another's (`--baseline`)."""
    return _fresh_process(_RUN, path, out, workers, checkout=checkout)


def check_errors(out: Path, corpus: dict) -> dict:
    with (out / "documents.csv").open(encoding="utf-8") as handle:
        documents = list(csv.DictReader(handle))
    failed = {row["doc_id"] for row in documents if row["status"] != "ok"}
    ok = sum(row["status"] == "ok" for row in documents)
    return {"reported_exactly_the_corrupted": failed == set(corpus["corrupted"]), "failed": len(failed),
            "corrupted": len(corpus["corrupted"]), "ok": ok, "expected_ok": corpus["documents"] - len(corpus["corrupted"])}


def speed(args) -> dict:
    """Tokenization alone, 1 worker and 2 workers on the same corpus, side by side, in rounds.

    This machine's speed drifts by tens of percent over minutes, so each round runs the three one
    after another and its ratios are taken within the round; the median round is the result.
    Every other round runs them in the reverse order, so that a slow drift favours neither side.
    Beside wall time, the 1-worker ratio is also taken in processor time (the process's own
    seconds on the CPU), which time the machine gives to other work does not inflate.
    """
    if args.corpus == "dense":
        small = DATA / "dense.jsonl"
        corpus = build_dense_corpus(small, args.seed)
    else:
        small = DATA / f"news_{args.mb:g}mb.jsonl"
        corpus = build_corpus(small, args.mb, args.seed)
    print(f"corpus {small.name}: {corpus['documents']} documents, {corpus['bytes'] / 1e6:.1f} MB, "
          f"{len(corpus['corrupted'])} corrupted", flush=True)
    rounds = []
    for number in range(1, args.rounds + 1):
        steps = [("tokenize", lambda: time_tokenization(small)), ("one", lambda: run_pipeline(small, DATA / "out_1", 1)),
                 ("two", lambda: run_pipeline(small, DATA / "out_2", 2))]
        if args.baseline:  # the same run of another checkout, side by side (old against new)
            steps.insert(2, ("baseline", lambda: run_pipeline(small, DATA / "out_baseline", 1, Path(args.baseline))))
        done = {name: step() for name, step in (steps if number % 2 else steps[::-1])}
        tokenize, one, two = done["tokenize"], done["one"], done["two"]
        rounds.append({"tokenization_s": tokenize["seconds"], "pipeline_1_worker_s": one["seconds"],
                       "pipeline_2_workers_s": two["seconds"],
                       "pipeline_over_tokenization": one["seconds"] / tokenize["seconds"],
                       "pipeline_over_tokenization_cpu": one["cpu_seconds"] / tokenize["cpu_seconds"],
                       "speedup_2_workers": one["seconds"] / two["seconds"],
                       # the measure: whole processes, start to exit (Kiwi's model, lexicons, the exit)
                       "whole_process_over_tokenization": one["process_seconds"] / tokenize["process_seconds"],
                       "whole_process_over_tokenization_cpu": one["process_cpu_seconds"] / tokenize["process_cpu_seconds"],
                       "whole_process_speedup_2_workers": one["process_seconds"] / two["process_seconds"]})
        if args.baseline:
            rounds[-1].update({"baseline_over_tokenization": done["baseline"]["seconds"] / tokenize["seconds"],
                               "pipeline_over_baseline_cpu": one["cpu_seconds"] / done["baseline"]["cpu_seconds"]})
        print(f"round {number}: " + ", ".join(f"{k} {v:.3f}" for k, v in rounds[-1].items()), flush=True)
    median = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    interleaved = _fresh_process(_INTERLEAVED, small, DATA / "out_interleaved")
    print(f"interleaved, batch by batch: {json.dumps(interleaved)}", flush=True)
    return {"corpus_mb": corpus["bytes"] / 1e6, "documents": corpus["documents"], "rounds": rounds, "median": median,
            "interleaved": interleaved, "errors": check_errors(DATA / "out_2", corpus)}


def memory(args) -> dict:
    """Peak RSS of full runs (1 worker) on the small and the large corpus, and their error reports."""
    found = {}
    for label, megabytes, seed in (("small", args.mb, args.seed), ("large", args.large_mb, args.seed + 1)):
        path = DATA / f"news_{megabytes:g}mb.jsonl"
        corpus = build_corpus(path, megabytes, seed)
        run = run_pipeline(path, DATA / f"out_{label}", 1)
        found[label] = {"corpus_mb": corpus["bytes"] / 1e6, "documents": corpus["documents"], "seconds": run["seconds"],
                        "peak_rss_mb": run["rss_self_kb"] / 1024, "errors": check_errors(DATA / f"out_{label}", corpus)}
        print(f"{label}: {json.dumps(found[label])}", flush=True)
    found["rss_large_over_small"] = found["large"]["peak_rss_mb"] / found["small"]["peak_rss_mb"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--large-mb", type=float, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds (the median is reported)")
    parser.add_argument("--only", choices=("speed", "memory"), help="one half (speed wants a quiet machine)")
    parser.add_argument("--baseline", help="another checkout of koie (an older commit) to run side by side")
    parser.add_argument("--corpus", choices=("news", "dense"), default="news",
                        help="speed on the news corpus (--mb) or on the entity-dense one (1,200 KLUE articles)")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    for part, measure in (("speed", speed), ("memory", memory)):
        if args.only in (None, part):
            results = measure(args)
            name = f"scale_{part}" + ("_dense" if part == "speed" and args.corpus == "dense" else "")
            (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
            print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
