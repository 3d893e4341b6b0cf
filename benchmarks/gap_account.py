"""Where a whole run's time goes beyond kiwipiepy's: `scale.py`'s interleaved measure (the pipeline and
kiwipiepy alone on the same batches, in one process, the order alternating batch by batch), with a
timer around each part of the pipeline's side. Processor seconds, and each part over kiwipiepy alone.

    python benchmarks/gap_account.py                    # the 1,200 dense articles
    python benchmarks/gap_account.py --batches 25       # the first 400
    python benchmarks/gap_account.py --stages-again     # each batch's stages run again right away

The parts: reading the input (`load`); kiwipiepy's own `tokenize` calls inside `segment` (against the
same calls alone: is kiwipiepy slower in the pipeline, its model evicted from the caches by the
rules?); the rest of `segment` (the pipeline's tokens and sentences); `Context.build`; the stages
(`api._run_stages`); rows, hashes and the writer; what is left of `batch_tables` (the results, and
the batch's objects freed). Garbage collections are counted and timed, system time and page faults
taken for each side. `--stages-again` runs each batch's stages a second time on fresh contexts right
after the first (not counted in the pipeline's side): the first run follows kiwipiepy, the second
finds the processor's caches warm with the rules, so their difference is what kiwipiepy's eviction
costs the stages.
"""
from __future__ import annotations

import argparse
import gc
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=ROOT / "benchmarks/data/dense.jsonl")
    parser.add_argument("--batches", type=int, default=10 ** 9)
    parser.add_argument("--stages-again", action="store_true")
    args = parser.parse_args()

    from pipeline import api, batch, extract, segment
    from pipeline.budget import Clock
    from pipeline.load import load
    from pipeline.model import Document
    from pipeline.parallel import BATCH_SIZE, collect_rarely
    from pipeline.write import TableWriter

    analyzer = segment.kiwi()
    extract("삼성전자는 2020년 3월 1일 1억 원을 냈다.")
    collect_rarely()  # as `koie run` does
    clock, spent = time.process_time, {}

    def add(part: str, seconds: float) -> None:
        spent[part] = spent.get(part, 0.0) + seconds

    class Timed:  # the Kiwi `segment` sees: its `tokenize` calls timed
        def tokenize(self, paragraph):
            began = clock()
            try:
                return analyzer.tokenize(paragraph)
            finally:
                add("kiwipiepy inside segment", clock() - began)

    timed_kiwi = Timed()
    segment.kiwi = lambda: timed_kiwi

    def timed(module, name: str, part: str) -> None:
        function = getattr(module, name)

        def wrapper(*a, **k):
            began = clock()
            try:
                return function(*a, **k)
            finally:
                add(part, clock() - began)
        setattr(module, name, wrapper)

    timed(api, "segment", "segment")
    timed(api, "_tokenized", "segment + Context.build")
    timed(batch, "rows", "rows")
    timed(batch, "_hashes", "hashes")
    stages = api._run_stages

    def run_stages(jobs):
        began = clock()
        stages(jobs)
        add("stages", clock() - began)
        if args.stages_again:
            began = clock()
            fresh = [api._Job(j.document, api.Context.build(j.context.text, j.context.sentences), Clock(None))
                     for j in jobs]
            stages(fresh)
            spent["stages again, warm (not in the pipeline's side)"] = \
                spent.get("stages again, warm (not in the pipeline's side)", 0.0) + clock() - began
            add("_again", clock() - began)
    api._run_stages = run_stages

    collections = {"count": 0, "seconds": 0.0, "began": 0.0}

    def collector(phase, info):
        if phase == "start":
            collections["began"] = clock()
        else:
            collections["count"] += 1
            collections["seconds"] += clock() - collections["began"]
    gc.callbacks.append(collector)

    writer = TableWriter(Path(tempfile.mkdtemp(prefix="koie_gap_")))

    def tokenize(documents):
        for item in documents:
            if isinstance(item, Document):
                for _, paragraph in segment.paragraphs(item.text):
                    analyzer.tokenize(paragraph)

    def run(documents):
        began = clock()
        tables = batch.batch_tables(documents)
        add("batch_tables", clock() - began)
        began = clock()
        for found in tables:
            writer.add_rows(found)
        add("writer", clock() - began)

    items = iter(load([args.input]))
    for number in range(args.batches):
        began = clock()
        documents = list(itertools.islice(items, BATCH_SIZE))
        add("load", clock() - began)
        if not documents:
            break
        sides = [("pipeline", lambda: run(documents)), ("kiwipiepy alone", lambda: tokenize(documents))]
        for side, step in (sides if number % 2 else sides[::-1]):  # (as scale.py: whichever runs second finds warm caches)
            before, began = resource.getrusage(resource.RUSAGE_SELF), clock()
            step()
            add(side, clock() - began)
            after = resource.getrusage(resource.RUSAGE_SELF)
            add(f"{side}: system time", after.ru_stime - before.ru_stime)
            add(f"{side}: page faults", after.ru_minflt - before.ru_minflt)
    began = clock()
    writer.commit()
    add("commit", clock() - began)

    alone, again = spent["kiwipiepy alone"], spent.pop("_again", 0.0)
    pipeline = spent["pipeline"] - again + spent["load"] + spent["commit"]
    parts = {
        "kiwipiepy inside segment, over alone": spent["kiwipiepy inside segment"] / alone - 1,
        "segment's own work": (spent["segment"] - spent["kiwipiepy inside segment"]) / alone,
        "Context.build": (spent["segment + Context.build"] - spent["segment"]) / alone,
        "stages": spent["stages"] / alone,
        "rows, hashes": (spent["rows"] + spent["hashes"]) / alone,
        "the rest of batch_tables (results, the batch freed)":
            (spent["batch_tables"] - again - spent["segment + Context.build"] - spent["stages"] - spent["rows"]
             - spent["hashes"]) / alone,
        "writer, commit": (spent["writer"] + spent["commit"]) / alone,
        "load": spent["load"] / alone,
    }
    print(json.dumps({"seconds": {k: round(v, 3) for k, v in spent.items()},
                      "garbage collections": {"count": collections["count"], "seconds": round(collections["seconds"], 3)},
                      "pipeline_over_kiwipiepy": round(pipeline / alone, 4),
                      "parts_over_kiwipiepy": {k: round(v, 4) for k, v in parts.items()}}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
