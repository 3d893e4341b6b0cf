"""Whole runs of several checkouts of koie on the same documents, alternating, in processor seconds.

Each checkout (a `git worktree add` of a commit) runs `run_batch` in a fresh process with its own
pipeline, rules loaded before the clock starts; the order alternates round by round; the medians
are reported as ratios to the first checkout.

    python benchmarks/checkouts.py ROUNDS DOCUMENTS.jsonl NAME=PATH NAME=PATH ...
    python benchmarks/checkouts.py 3 /tmp/news2mb.jsonl old=/tmp/old i14=/tmp/i14 now=.
"""
import statistics
import subprocess
import sys

SIDES = dict(arg.split("=", 1) for arg in sys.argv[3:])
DOCUMENTS = sys.argv[2]
RUN = """
import sys, time
from pipeline.batch import run_batch
from pipeline import extract
extract("삼성전자는 2020년 3월 1일 1억 원을 냈다.")
t = time.process_time()
run_batch([sys.argv[1]], sys.argv[2], progress=False, log=open('/dev/null', 'w'))
print(time.process_time() - t)
"""
times = {k: [] for k in SIDES}
for r in range(int(sys.argv[1])):
    order = list(SIDES.items()) if r % 2 == 0 else list(SIDES.items())[::-1]
    for name, path in order:
        out = subprocess.run([sys.executable, "-c", RUN, DOCUMENTS, f"/tmp/koie_checkouts_{r}_{name}"],
                             cwd=path, capture_output=True, text=True, check=True)
        times[name].append(float(out.stdout.strip().splitlines()[-1]))
    print(r, {k: round(v[-1], 2) for k, v in times.items()}, flush=True)
base = statistics.median(times[next(iter(SIDES))])
print({k: round(statistics.median(v) / base, 3) for k, v in times.items()})
