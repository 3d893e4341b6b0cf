"""Instructions, not seconds: kiwipiepy alone, `segment` and the work after tokenization, counted by
valgrind's callgrind on the same documents. The counts repeat exactly from run to run whatever else
the machine is doing, so an old-against-new comparison needs one run, not five alternating rounds
(this machine's seconds drift by ±25%). Instructions are not time (a cache miss costs more than an
add), so a bar is still judged in seconds (`scale.py`); this is the ruler for each step towards it.

    python benchmarks/instructions.py                                   # dense corpus, 60 articles
    python benchmarks/instructions.py --input benchmarks/data/news_20mb.jsonl --documents 100
    python benchmarks/instructions.py --other /tmp/wt-base              # the work after kiwipiepy, old against new

Each count runs in a fresh process under callgrind with collection switched on (`callgrind_control`)
only around the measured loop: loading Kiwi, the lexicons and the rules is not counted. A run of 100
news articles takes about a minute per side. The tokens for the work after kiwipiepy come from
`profile_dense.py`'s pickle, so every checkout counts the same tokens.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import profile_dense  # noqa: E402


def _collect(on: bool) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(os.getpid())], capture_output=True, check=False)


def inner(side: str, path: Path, count: int) -> None:
    """Runs under callgrind, in the checkout being counted (its working folder)."""
    sys.path.insert(0, str(Path.cwd()))
    docs = profile_dense.documents(count, path)
    if side == "after":
        sentences, _ = profile_dense.tokens(docs)
        profile_dense.warm(docs, sentences)
        with tempfile.TemporaryDirectory() as out:
            _collect(True)
            # (no document may run out of its time budget here: under callgrind, 50 times slower, the
            # machine's load decided which ones did, and a failed document's work was not counted)
            profile_dense.post_tokenization(docs, sentences, Path(out), time_budget=1e9)
            _collect(False)
        return
    from pipeline.segment import kiwi, paragraphs, segment

    analyzer = kiwi()
    analyzer.tokenize("삼성전자는 2020년 3월 1일 1억 원을 냈다.")
    _collect(True)
    for document in docs:
        if side == "kiwi":  # as `scale.py` times kiwipiepy alone
            for _, paragraph in paragraphs(document.text):
                analyzer.tokenize(paragraph)
        else:
            segment(document.text)
    _collect(False)


def count(side: str, path: Path, documents: int, checkout: Path) -> int:
    """Instructions of one side, in a fresh process under callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                        sys.executable, str(Path(__file__).resolve()), "--inner", side, "--input", str(path.resolve()),
                        "--documents", str(documents)],
                       cwd=checkout, env={**os.environ, "PYTHONMALLOC": "malloc", "PYTHONHASHSEED": "0"}, check=True, capture_output=True,
                       text=True)
        return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=profile_dense.DENSE)
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--other", type=Path, help="another checkout: count its work after kiwipiepy too")
    parser.add_argument("--only-after", action="store_true", help="skip kiwipiepy alone and segment")
    parser.add_argument("--inner", choices=("kiwi", "segment", "after"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        return inner(args.inner, args.input, args.documents)
    root = HERE.parent
    sys.path.insert(0, str(root))
    profile_dense.tokens(profile_dense.documents(args.documents, args.input))  # the shared pickle, made once
    found = {"after": count("after", args.input, args.documents, root)}
    if args.other:
        found["after_other"] = count("after", args.input, args.documents, args.other.resolve())
        found["after_over_other"] = round(found["after"] / found["after_other"], 4)
    if not args.only_after:
        found["kiwi"] = count("kiwi", args.input, args.documents, root)
        found["segment"] = count("segment", args.input, args.documents, root)
        found["run_over_kiwi"] = round((found["segment"] + found["after"]) / found["kiwi"], 4)
    print(json.dumps({"input": args.input.name, "documents": args.documents, **found}))


if __name__ == "__main__":
    main()
