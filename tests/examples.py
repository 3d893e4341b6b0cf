"""Shared by the example-corpus tests: load a corpus file, extract each case once, pair expected
mentions with found ones."""
from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

from pipeline.lexicons import parse_yaml

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


@functools.lru_cache(maxsize=None)
def load_cases(name: str) -> list:
    """The cases of tests/corpus/NAME.yaml, read once per session (not to be changed); ids must be
    unique (they name the test cases)."""
    path = CORPUS_DIR / f"{name}.yaml"
    cases = parse_yaml(path.read_text(encoding="utf-8"))
    duplicates = [i for i, n in Counter(c["id"] for c in cases).items() if n > 1]
    assert not duplicates, f"{path}: duplicate ids {duplicates}"
    return cases


@functools.lru_cache(maxsize=None)
def extraction(text: str, doc_date=None):
    """`extract(text, doc_date=…)`, run once per text and date in a test session: the corpus tests
    and tests/test_rules_fire.py read the same results (which nobody changes)."""
    from pipeline import extract

    return extract(text, doc_date=doc_date)


def paired(found: list, expect: list):
    """Check that the found mentions are exactly the expected ones (by text), then yield
    (expected, found mention) pairs for the field checks."""
    assert sorted(m.text for m in found) == sorted(e["text"] for e in expect)
    remaining = list(found)
    for expected in expect:
        mention = next(m for m in remaining if m.text == expected["text"])
        remaining.remove(mention)
        yield expected, mention
