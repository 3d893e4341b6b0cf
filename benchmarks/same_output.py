"""Are two checkouts' tables byte-identical? The article (`corpus/`), the KLUE gold sentences
(--doc-date 2016-01-01) and a 2 MB news sample (scale.py's corpus, seed 7), each run by both
checkouts with `python -m pipeline.cli run`; run.json (times, dates) is left out.

    python benchmarks/same_output.py /tmp/wt-speed-base .        # exit 1 when any table differs
"""
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402

OLD, NEW = (Path(p).resolve() for p in sys.argv[1:3])
work = Path(tempfile.mkdtemp(prefix="koie_same_"))
news = work / "news_2mb.jsonl"
scale.build_corpus(news, 2, 7)
INPUTS = {"article": (["corpus/"], []),
          "klue": (["corpus/klue/sentences.jsonl"], ["--doc-date", "2016-01-01"]),
          "news": ([str(news)], [])}
different = 0
for name, (inputs, options) in INPUTS.items():
    outs = []
    for side, checkout in (("old", OLD), ("new", NEW)):
        out = work / f"{name}_{side}"
        # inputs are taken from the new checkout, so both sides read the same files
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run",
                               *[str(NEW / i) if not i.startswith("/") else i for i in inputs],
                               "--out", str(out), *options], cwd=checkout, capture_output=True, text=True)
        outs.append(out)
    tables = sorted(p.name for p in outs[0].iterdir() if p.name != "run.json")
    assert tables == sorted(p.name for p in outs[1].iterdir() if p.name != "run.json"), (name, "table sets differ")
    for table in tables:
        same = filecmp.cmp(outs[0] / table, outs[1] / table, shallow=False)
        different += not same
        print(f"{name:8} {table:32} {'same' if same else 'DIFFERENT'}")
print("identical" if not different else f"{different} tables differ", f"({work})")
sys.exit(1 if different else 0)
