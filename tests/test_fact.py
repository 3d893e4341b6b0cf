"""The FACT example corpus (tests/corpus/fact.yaml), run through the library API.

Each case lists every fact of its text: per quantity (its text, and `occurrence` when the text
repeats it) the metric text, the subject's canonical names, the period's value, the kind and, for
some changes, the basis. Cases the rules do not read yet are listed in
tests/corpus/fact_pending.txt with the slot they miss: they are run as strict expected failures,
so a rule that starts reading one fails the suite until the line goes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from examples import extraction, load_cases
from pipeline.fact.score import SLOTS, slot_correct

CASES = load_cases("fact")
PENDING = {line.split()[0]: line for line in (Path(__file__).parent / "corpus" / "fact_pending.txt").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def _span(text: str, piece: str, occurrence: int = 1) -> tuple:
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def facts_of(case) -> dict:
    """{quantity span: fact} of a case's text."""
    result = extraction(case["text"], case.get("doc_date"))
    assert not result.error, result.error
    return {(f.start, f.end): f for f in result.facts}


def _metric_span(text: str, metric: str, quantity: tuple, occurrence: int = 0) -> tuple:
    """The occurrence of the expected metric nearest the quantity, or the `occurrence`-th (1-based) when the case names
    one (a figure whose metric is not the mention nearest it) ("" → no span)."""
    if not metric:
        return "", ""
    starts = [i for i in range(len(text)) if text.startswith(metric, i)]
    assert starts, f"metric {metric!r} not in the text"
    start = starts[occurrence - 1] if occurrence else min(starts, key=lambda i: abs(i - quantity[0]))
    return start, start + len(metric)


def check(case) -> None:
    """The facts of a case, slot by slot as docs/facts.md scores them: metric spans overlap (or both
    are empty), subjects name the same organizations (aliases count), period and kind equal."""
    text, found = case["text"], facts_of(case)
    expected = {_span(text, e["quantity"], e.get("occurrence", 1)): e for e in case["expect"]}
    assert sorted(found) == sorted(expected), (
        f"facts for {[text[s:e] for s, e in sorted(found)]}, expected {[text[s:e] for s, e in sorted(expected)]}")
    for span, e in expected.items():
        fact = found[span]
        start, end = _metric_span(text, e["metric"], span, e.get("metric_occurrence", 0))
        gold = {"metric_start": start, "metric_end": end, "subject": e["subject"], "period": str(e["period"]),
                "kind": e["kind"]}
        row = {"metric_start": fact.metric_start, "metric_end": fact.metric_end, "subject": fact.subject,
               "period": fact.period, "kind": fact.kind}
        wrong = [slot for slot in SLOTS if not slot_correct(slot, gold, row)]
        if "basis" in e and str(e["basis"]) != fact.basis:
            wrong.append("basis")
        assert not wrong, (f"{e['quantity']}: wrong {wrong}: found metric={fact.metric!r} subject={fact.subject!r} "
                           f"period={fact.period!r} kind={fact.kind!r} basis={fact.basis!r}, expected {e} ({fact.rule_id})")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_fact_example(case, request):
    if case["id"] in PENDING:
        request.applymarker(pytest.mark.xfail(reason=PENDING[case["id"]], strict=True))
    check(case)


def test_pending_cases_exist():
    ids = {c["id"] for c in CASES}
    assert not set(PENDING) - ids, f"pending ids with no case: {sorted(set(PENDING) - ids)}"


@pytest.mark.parametrize("case", CASES[:40], ids=[c["id"] for c in CASES[:40]])
def test_metric_offsets_point_into_the_text(case):
    text = case["text"]
    for fact in extraction(text, case.get("doc_date")).facts:
        assert fact.metric_start is None or text[fact.metric_start:fact.metric_end] == fact.metric
