"""The DATE example corpus (tests/corpus/date.yaml), run through the library API.

Each case lists the complete set of DATE mentions expected in its text (`expect: []` for a
negative) and, per mention, the fields to check: value, mod, range_start, range_end,
granularity, relative, anchor_date, and rule_id where the rule matters.
"""
from __future__ import annotations


import pytest

from examples import extraction, load_cases, paired

CASES = load_cases("date")


def _cell(value) -> str:
    """YAML reads 2020-01-31 as a date and true as a bool; compare as the CSV tables write them."""
    return str(value).lower() if isinstance(value, bool) else str(value)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_date_example(case):
    result = extraction(case["text"], case.get("doc_date"))
    assert not result.error, result.error
    found = list(result.dates)
    for expected, mention in paired(found, case["expect"]):
        for field, value in expected.items():
            found_value = getattr(mention, field)
            assert _cell(found_value) == _cell(value), f"{expected['text']}: {field} = {found_value!r}, expected {value!r}"
