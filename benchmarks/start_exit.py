"""What a whole `koie run` costs beyond the documents: start-up and exit, in fresh processes.

A run of one sentence (`python -m pipeline.cli run`, from process start to exit: imports, Kiwi and
its model, lexicons, automata, patterns, the run's machinery, the interpreter's exit) in each
checkout given, against kiwipiepy alone's own start (a fresh process that builds the pipeline's Kiwi
and tokenizes the sentence, as `scale.py`'s tokenizer process does, and one with bare kiwipiepy).
Processor seconds (user + system) of each child, the checkouts alternating round by round; medians.

    python benchmarks/start_exit.py /work/wt/base . --rounds 6

The environment's `PYTHONDONTWRITEBYTECODE` is dropped for the children (so each checkout's
sources are compiled once, as an installed package's are, not at every start).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = "삼성전자는 2020년 3월 1일 1억 원을 냈다."
KIWI_ALONE = ("import warnings; warnings.simplefilter('ignore'); from pipeline.segment import kiwi; "
              f"kiwi().tokenize({SENTENCE!r})")
BARE_KIWI = ("import warnings; warnings.simplefilter('ignore'); from kiwipiepy import Kiwi; "
             f"Kiwi(num_workers=0).tokenize({SENTENCE!r})")


def processor_seconds(command: list, cwd: Path, env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    work = Path(tempfile.mkdtemp(prefix="koie_start_"))
    one = work / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "text": SENTENCE, "date": "2020-03-02"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    first = args.checkouts[0].resolve()
    sides = {str(c): [sys.executable, "-m", "pipeline.cli", "run", str(one), "--out", str(work / f"out{n}")]
             for n, c in enumerate(args.checkouts)}
    sides["kiwipiepy alone (scale.py's process)"] = [sys.executable, "-c", KIWI_ALONE]
    sides["bare kiwipiepy"] = [sys.executable, "-c", BARE_KIWI]
    for command in sides.values():  # once each first: sources compiled
        processor_seconds(command, first, env)
    seconds = {side: [] for side in sides}
    for number in range(args.rounds):
        order = list(sides) if number % 2 == 0 else list(sides)[::-1]
        for side in order:
            cwd = Path(side).resolve() if side in map(str, args.checkouts) else first
            seconds[side].append(processor_seconds(sides[side], cwd, env))
    for side, values in seconds.items():
        print(f"{side}: median {statistics.median(values):.3f} s ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
