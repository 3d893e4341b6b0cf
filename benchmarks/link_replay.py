"""The facts linker alone: `link_facts` re-run on the arguments it received in a pipeline run of this checkout (the
working folder), on the same tokens as `profile_dense.py`. What the linker costs of itself, apart from the stages
before it, and whether its facts stay the same.

    python benchmarks/link_replay.py time                       # processor seconds, best of --reps replays
    python benchmarks/link_replay.py callgrind --documents 100  # instructions of one replay (callgrind; repeat within ~0.2%)
    python benchmarks/link_replay.py profile                    # cProfile of one replay (SORT=cumulative for that order)
    python benchmarks/link_replay.py dump --out facts.txt       # every fact's fields, one line each, to compare checkouts

Run it from the checkout to measure (`cd /tmp/wt-base && python /path/to/link_replay.py …`): the pipeline is imported
from the working folder.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path.cwd()))
sys.path.insert(1, str(HERE))
import profile_dense  # noqa: E402


def capture(count: int, path: Path) -> list:
    """The arguments of every `link_facts` call in a run of the first `count` documents (time budget unlimited)."""
    import pipeline.fact as fact

    calls, original = [], fact.link_facts
    fact.link_facts = lambda *args: calls.append(args) or original(*args)
    docs = profile_dense.documents(count, path)
    sentences, _ = profile_dense.tokens(docs)
    profile_dense.warm(docs, sentences)
    calls.clear()
    with tempfile.TemporaryDirectory() as out:
        profile_dense.post_tokenization(docs, sentences, Path(out), time_budget=1e9)
    fact.link_facts = original
    return calls


def replay(calls: list) -> list:
    from pipeline.fact.link import link_facts

    return [link_facts(*call) for call in calls]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("time", "profile", "callgrind", "dump", "inner"))
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--input", type=Path, default=profile_dense.DENSE)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.mode == "callgrind":
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "callgrind.out"
            done = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                                   sys.executable, __file__, "inner", "--documents", str(args.documents),
                                   "--input", str(args.input.resolve())],
                                  env={**os.environ, "PYTHONMALLOC": "malloc", "PYTHONHASHSEED": "0"}, capture_output=True,
                                  text=True, check=True)
            print(json.dumps({"checkout": str(Path.cwd()), "documents": args.documents,
                              "linker_instructions": int(re.search(r"Collected : (\d+)", done.stderr).group(1))}))
        return
    calls = capture(args.documents, args.input)
    replay(calls)  # (warm)
    if args.mode == "inner":  # under callgrind: one replay counted
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
        replay(calls)
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=False)
    elif args.mode == "dump":
        with args.out.open("w", encoding="utf-8") as handle:
            for facts in replay(calls):
                handle.writelines(repr(sorted(vars(fact).items())) + "\n" for fact in facts)
                handle.write("--\n")
    elif args.mode == "profile":
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(replay, calls)
        pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "tottime")).print_stats(args.top)
    else:
        seconds = []
        for _ in range(args.reps):
            started = time.process_time()
            replay(calls)
            seconds.append(time.process_time() - started)
        print(json.dumps({"checkout": str(Path.cwd()), "best": round(min(seconds), 4), "all": [round(s, 4) for s in seconds]}))


if __name__ == "__main__":
    main()
