"""Processor seconds of the ORG stage alone (org extract + resolve) on the KLUE public half, in the
checkout of the current directory — run it from two checkouts to set them side by side.

The sentences are tokenized and their contexts built before the clock; then every context goes
through the ORG extract and resolve 5 times and the fastest round is printed. Checkouts
before the dimension registry (ORG in `pipeline/extract/org.py`, as at 7b561cf) are timed too.

    cd /path/to/koie && python benchmarks/org_stage.py --exclude annotation/org_holdout/sentences.jsonl
    cd /tmp/old && python /path/to/koie/benchmarks/org_stage.py --exclude /path/to/koie/annotation/org_holdout/sentences.jsonl
"""
from __future__ import annotations

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())  # the checkout being timed, not this file's
sys.path.insert(1, os.path.dirname(os.path.abspath(__file__)))

from klue_common import read_klue  # noqa: E402

ROUNDS = 5


def stage():
    """(build a context from a text, run the ORG stage on a context) of the checkout."""
    from pipeline.segment import segment
    if os.path.isdir(os.path.join(os.getcwd(), "pipeline", "org")):
        from pipeline import org
        from pipeline.rules import Context
        return (lambda text: Context.build(text, segment(text))), (lambda c: org.resolve(org.extract(c), None))
    else:  # before the registry
        from pipeline.extract import Context
        from pipeline.extract.org import extract_organizations
        from pipeline.resolve.organizations import link_organizations
        return (lambda text: Context.build(text, segment(text))), (lambda c: link_organizations(extract_organizations(c)))


def main() -> None:
    args, rows = read_klue(__doc__.splitlines()[0], show=0)
    build, run = stage()
    contexts = [build(row["text"]) for row in rows]
    run(contexts[0])  # lexicons, patterns and automata loaded before the clock
    rounds = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for context in contexts:
            run(context)
        rounds.append(time.process_time() - started)
    print(json.dumps({"checkout": os.getcwd(), "sentences": len(contexts), "fastest": round(min(rounds), 4),
                      "rounds": [round(r, 4) for r in rounds]}))


if __name__ == "__main__":
    main()
