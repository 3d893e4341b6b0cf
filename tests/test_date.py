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


@pytest.mark.parametrize("separator", ["\n", "\t", "\u3000"])
def test_any_white_space_between_words_fails_no_document(separator):
    """The patterns' `\\s?` also takes a line break, a tab or a wide space (`반\\n년 전`): every
    example with its spaces so replaced is still extracted, its offsets still pointing into it."""
    for case in [*CASES, {"text": "그는 반 년 전에 이 회사를 떠났다.", "doc_date": "2020-05-01"}]:
        text = case["text"].replace(" ", separator)
        result = extraction(text, case.get("doc_date"))
        assert not result.error, f"{text!r}: {result.error}"
        assert all(text[m.start:m.end] == m.text for m in result.dates)
