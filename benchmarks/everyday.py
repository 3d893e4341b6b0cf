"""Everyday Korean dates and numbers: strict recall with exact values, and precision.

The items of `benchmarks/everyday/{dates,quantities}.yaml` are short sentences (chat, news,
recipes, shopping, schedules, sports, weather, health) with the mentions a reader expects,
written from docs/annotation.md before the rules were read. Each sentence goes through
`pipeline.extract` with its document date.

A required mention is found when a mention of the same kind has its span (offsets of the
expected text in the sentence) and its value (decimal-equal for quantities, and `value_high`
where a range is expected; the TIMEX string for dates). Precision counts every mention of the
kind that is not an expected one (optional mentions are neither counted nor penalized).
Unit and category differences of found quantities are listed apart; they do not change recall.

    python benchmarks/everyday.py [dates|quantities ...] [--quiet]
"""
from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one

from pipeline import extract  # noqa: E402

HERE = ROOT / "benchmarks" / "everyday"
KINDS = {"dates": "dates", "quantities": "quantities"}


def _dec(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        return None


def _same_value(kind: str, want: dict, got) -> bool:
    if kind == "dates":
        return str(got.value) == str(want["value"])
    if _dec(got.value) != _dec(want["value"]):
        return False
    high = want.get("value_high")
    return high is None or _dec(got.value_high) == _dec(high)


def _span(text: str, span: str) -> tuple[int, int]:
    start = text.find(span)
    if start < 0:
        raise ValueError(f"{span!r} is not in {text!r}")
    return start, start + len(span)


def score(kind: str) -> dict:
    data = yaml.safe_load((HERE / f"{kind}.yaml").read_text(encoding="utf-8"))
    found = expected = predicted = false_alarms = 0
    misses, alarms, unit_diffs = [], [], []
    for item in data["items"]:
        text = item["text"]
        result = extract(text, doc_date=str(item.get("doc_date", data["doc_date"])))
        got = {(m.start, m.end): m for m in getattr(result, KINDS[kind])}
        wanted = {_span(text, w["span"]): w for w in item["mentions"]}
        optional = {_span(text, o) for o in item.get("optional", [])}
        for span, want in wanted.items():
            expected += 1
            mention = got.get(span)
            if mention is not None and _same_value(kind, want, mention):
                found += 1
                if kind == "quantities" and (str(mention.unit), str(mention.category)) != (
                        str(want.get("unit")), str(want.get("category"))):
                    unit_diffs.append(f"{want['span']}: want {want.get('unit')}/{want.get('category')}"
                                      f", got {mention.unit}/{mention.category}   | {text}")
                continue
            overlap = [m for (s, e), m in got.items() if s < span[1] and span[0] < e]
            seen = ", ".join(f"{m.text}={m.value}" + (f"~{m.value_high}" if getattr(m, "value_high", "") else "")
                             for m in overlap) or "nothing"
            misses.append(f"{want['span']} = {want['value']}: got {seen}   | {text}")
        for span, mention in got.items():
            if span in optional:
                continue
            predicted += 1
            if span not in wanted:
                false_alarms += 1
                alarms.append(f"{mention.text} = {mention.value} ({mention.rule_id})   | {text}")
    correct_predictions = predicted - false_alarms
    return {"items": len(data["items"]), "expected": expected, "found": found,
            "predicted": predicted, "span_correct": correct_predictions,
            "misses": misses, "false_alarms": alarms, "unit_diffs": unit_diffs}


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    kinds = [a for a in argv if not a.startswith("--")] or list(KINDS)
    for kind in kinds:
        r = score(kind)
        recall = r["found"] / r["expected"] if r["expected"] else 1.0
        precision = r["span_correct"] / r["predicted"] if r["predicted"] else 1.0
        print(f"{kind}: {r['items']} items; strict recall with exact values {recall:.3f} "
              f"({r['found']}/{r['expected']}); span precision {precision:.3f} "
              f"({r['span_correct']}/{r['predicted']})")
        if quiet:
            continue
        for title, rows in (("misses", r["misses"]), ("false alarms", r["false_alarms"]),
                            ("unit/category differences (not scored)", r["unit_diffs"])):
            if rows:
                print(f"  {title} ({len(rows)}):")
                for row in rows:
                    print(f"    {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
