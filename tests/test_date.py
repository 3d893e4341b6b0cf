"""The DATE example corpus (tests/corpus/date.yaml), run through the library API.

Each case lists the complete set of DATE mentions expected in its text (`expect: []` for a
negative) and, per mention, the fields to check: value, mod, range_start, range_end,
granularity, relative, anchor_date.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from pipeline import extract

CORPUS = Path(__file__).resolve().parent / "corpus" / "date.yaml"
CASES = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
_DUPLICATES = [i for i, n in Counter(c["id"] for c in CASES).items() if n > 1]
assert not _DUPLICATES, f"{CORPUS}: duplicate ids {_DUPLICATES}"


def _cell(value) -> str:
    """YAML reads 2020-01-31 as a date and true as a bool; compare as the CSV tables write them."""
    return str(value).lower() if isinstance(value, bool) else str(value)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_date_example(case):
    result = extract(case["text"], doc_date=case.get("doc_date"))
    assert not result.error, result.error
    found = list(result.dates)
    assert sorted(m.text for m in found) == sorted(e["text"] for e in case["expect"])
    remaining = list(found)
    for expected in case["expect"]:
        mention = next(m for m in remaining if m.text == expected["text"])
        remaining.remove(mention)
        for field, value in expected.items():
            assert _cell(getattr(mention, field)) == _cell(value), f"{expected['text']}: {field}"
