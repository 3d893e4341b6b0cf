"""Another checkout's pipeline and this one's in one process, batch by batch, alternating: the work
after tokenization on the same kiwipiepy tokens, in processor seconds. Machine load hits both
sides alike, which fresh processes minutes apart cannot promise (this machine drifts by ±25%).

The other checkout's `pipeline/` is imported as the package `pipeline_other` (every import inside
the package is relative). The tokens come from `profile_dense.py`'s pickle.

    python benchmarks/same_process.py /tmp/wt-speed-base [--documents 300] [--rounds 3]
    python benchmarks/same_process.py /tmp/wt-speed-base --stage org   # one dimension's extract + resolve
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import profile_dense  # noqa: E402


def load_other(checkout: Path):
    spec = importlib.util.spec_from_file_location("pipeline_other", checkout / "pipeline/__init__.py",
                                                  submodule_search_locations=[str(checkout / "pipeline")])
    package = importlib.util.module_from_spec(spec)
    sys.modules["pipeline_other"] = package
    spec.loader.exec_module(package)
    return package


class Side:
    """One pipeline with its own documents and tokens (its own record classes)."""

    def __init__(self, name: str, package: str, docs: list, sentences: list, stage: str = ""):
        self.name, self.stage, self.stage_seconds = name, stage, 0.0
        api = importlib.import_module(f"{package}.api")
        if stage:
            self._time_stage(importlib.import_module(f"{package}.registry"), stage)
        self.batch = importlib.import_module(f"{package}.batch")
        model, load = importlib.import_module(f"{package}.model"), importlib.import_module(f"{package}.load")
        self.docs = [load.make_document(d.doc_id, d.text, d.doc_date) for d in docs]
        by_text = {d.text: tuple(model.Sentence(s.index, s.start, s.end, tuple(model.Token(t.form, t.tag, t.start, t.end) for t in s.tokens))
                                 for s in found) for d, found in zip(docs, sentences)}
        api.segment = lambda text: by_text[text]  # tokens already made: no kiwipiepy here
        self.batch.batch_tables(self.docs[:16])  # lexicons, patterns, automata loaded first

    def _time_stage(self, registry, stage: str) -> None:
        """Count the processor time of the dimension `stage`'s extract and resolve alone."""
        def timed(function):
            def run(*args, **kwargs):
                began = time.process_time()
                try:
                    return function(*args, **kwargs)
                finally:
                    self.stage_seconds += time.process_time() - began
            return run
        registry.DIMENSIONS[:] = [dataclasses.replace(d, extract=timed(d.extract), resolve=timed(d.resolve))
                                  if d.name == stage else d for d in registry.DIMENSIONS]

    def run(self, start: int, stop: int) -> float:
        """Processor seconds of these documents: the whole work after tokenization, or the stage's."""
        began, stage_before = time.process_time(), self.stage_seconds
        self.batch.batch_tables(self.docs[start:stop])
        return self.stage_seconds - stage_before if self.stage else time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input", type=Path, default=profile_dense.DENSE)
    parser.add_argument("--stage", default="", help="time one dimension's extract and resolve (quantity, date, org, fact)")
    args = parser.parse_args()
    docs = profile_dense.documents(args.documents, args.input)
    sentences, kiwi_seconds = profile_dense.tokens(docs)
    load_other(args.other.resolve())
    from pipeline.parallel import collect_rarely

    sides = [Side("this", "pipeline", docs, sentences, args.stage), Side("other", "pipeline_other", docs, sentences, args.stage)]
    collect_rarely()
    totals = {side.name: [] for side in sides}
    for _ in range(args.rounds):
        spent = {side.name: 0.0 for side in sides}
        for number, start in enumerate(range(0, len(docs), 16)):
            for side in (sides if number % 2 else sides[::-1]):
                spent[side.name] += side.run(start, start + 16)
        for name, seconds in spent.items():
            totals[name].append(seconds)
        print({k: round(v, 3) for k, v in spent.items()}, f"this/other {spent['this'] / spent['other']:.3f}", flush=True)
    medians = {k: statistics.median(v) for k, v in totals.items()}
    print(f"median: this {medians['this']:.3f} s, other {medians['other']:.3f} s, this/other {medians['this'] / medians['other']:.3f}; "
          f"kiwipiepy on these documents {kiwi_seconds:.2f} s (when the tokens were made)")


if __name__ == "__main__":
    main()
