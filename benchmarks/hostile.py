"""Hostile-input benchmark: each hostile document against the same amount of ordinary text.

Side by side in one process, each case twice (hostile, then ordinary, the pair repeated `--rounds`
times, the median kept): the processor time the whole pipeline (`process_batch`: segment,
extract, resolve; no time budget) takes for

  - `single_line`: the news text of corpus/ as one document of `--mb` MB in one line,
  - `list_commas`: `"1," * n + "1원"`, a list of numbers that never ends in a unit (20 KB),
  - `thousands_commas`: `"1" + ",000" * n + "원"`, one number of thousands separators (20 KB),
  - `years_one_clause`: `"2020년 " * 20,000`, twenty thousand dates in one clause,
  - `year_then_months`: `"2020년 " + "3월 " * 20,000`, one year and the months it dates,
  - `digit_run`: a number of 100,000 digits with a unit,
  - `combining_marks`: `"3\\u0301억 원 "` repeated (20 KB),

against ordinary text of the same length: the corpus articles, in documents of their own size,
with their line breaks. The ratio hostile / ordinary is reported (aim: within 2×).
`combining_marks` is bound by its density (a quantity every six characters, as many as without the
marks: `"3억 원 "` takes as long), not by the marks.

    python benchmarks/hostile.py              # writes benchmarks/results/hostile.json
    python benchmarks/hostile.py --mb 1       # a quick try
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.api import process_batch  # noqa: E402
from pipeline.load import make_document  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def _news() -> str:
    """The article of corpus/ and the KLUE sentences of corpus/klue_facts: ordinary news text."""
    article = (ROOT / "corpus/alibaba_2020_recap.txt").read_text(encoding="utf-8")
    sentences = [json.loads(line)["text"] for line in (ROOT / "corpus/klue_facts/sentences.jsonl").open(encoding="utf-8")]
    return article + "\n" + "\n".join(sentences)


def _repeat(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def hostile_cases(mb: float) -> dict:
    """Name → the text of one hostile document."""
    news = _news()
    return {
        "single_line": _repeat(news.replace("\n", " "), int(mb * 1_000_000)),
        "list_commas": "1," * 10_000 + "1원",
        "thousands_commas": "1" + ",000" * 5_000 + "원",
        "years_one_clause": "2020년 " * 20_000,
        "year_then_months": "2020년 " + "3월 " * 20_000,
        "digit_run": "7" * 100_000 + "원",
        "combining_marks": _repeat("3\u0301억 원 ", 20_000),
    }


def ordinary_documents(length: int) -> list:
    """`length` characters of news text in documents of an article's size (3,000 characters),
    line breaks kept."""
    text = _repeat(_news(), length)
    size = 3_000
    return [text[i:i + size] for i in range(0, len(text), size)]


def _cpu_seconds(texts: list) -> float:
    documents = [make_document(f"d{i}", text, None) for i, text in enumerate(texts)]
    started = time.process_time()
    results = process_batch(documents, time_budget=None)
    seconds = time.process_time() - started
    errors = [r.error for r in results if r.error]
    if errors:
        raise SystemExit(f"hostile.py: {errors[0]}")
    return seconds


def measure(cases: dict, rounds: int) -> dict:
    process_batch([make_document("warm-up", "삼성전자는 지난 3월 33억 원을 냈다.", None)], time_budget=None)
    report = {}
    for name, text in cases.items():
        ordinary = ordinary_documents(len(text))
        pairs = [(_cpu_seconds([text]), _cpu_seconds(ordinary)) for _ in range(rounds)]
        hostile_s = statistics.median(p[0] for p in pairs)
        ordinary_s = statistics.median(p[1] for p in pairs)
        report[name] = {"chars": len(text), "hostile_cpu_s": round(hostile_s, 3), "ordinary_cpu_s": round(ordinary_s, 3),
                        "ratio": round(hostile_s / ordinary_s, 2)}
        print(f"{name:18} {len(text):>10,} chars  hostile {hostile_s:8.2f} s  ordinary {ordinary_s:8.2f} s  "
              f"ratio {hostile_s / ordinary_s:5.2f}", flush=True)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the single-line document in MB (default 5)")
    parser.add_argument("--rounds", type=int, default=1, help="pairs measured per case, the median kept (default 1)")
    parser.add_argument("--only", nargs="+", help="these cases only")
    parser.add_argument("--out", type=Path, default=RESULTS / "hostile.json")
    args = parser.parse_args(argv)
    cases = {k: v for k, v in hostile_cases(args.mb).items() if not args.only or k in args.only}
    report = {"measure": "processor seconds of process_batch (segment, extract, resolve), no time budget",
              "single_line_mb": args.mb, "rounds": args.rounds, "cases": measure(cases, args.rounds)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"→ {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
