"""The QUANTITY example corpus (tests/corpus/quantity.yaml), run through the library API.

Each case lists the complete set of QUANTITY mentions expected in its text (`expect: []` for a
negative) and, per mention, the fields to check (value and value_high compared as decimals;
unit, category, approx, bound, unit_text, equivalent_of as written in the tables; rule_id, where
given, the rule that must produce the mention).
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from examples import extraction, load_cases, paired
from pipeline import extract
from pipeline.numerals import parse_number

CASES = load_cases("quantity")


def _same(field: str, found, expected) -> bool:
    if field in ("value", "value_high") and str(expected) != "":
        return found != "" and Decimal(found) == Decimal(str(expected))
    if isinstance(expected, bool):
        return found is expected
    return str(found) == str(expected)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quantity_example(case):
    result = extraction(case["text"], case.get("doc_date"))
    assert not result.error, result.error
    found = list(result.quantities)
    by_id = {q.mention_id: q for q in found}
    for expected, mention in paired(found, case["expect"]):
        for field, value in expected.items():
            if field == "equivalent_of":  # written as the text of the converted mention
                source = by_id.get(mention.equivalent_of)
                assert (source.text if source else "") == value, f"{expected['text']}: {field}"
            elif field != "text":
                assert _same(field, getattr(mention, field), value), (
                    f"{expected['text']}: {field} = {getattr(mention, field)!r}, expected {value!r}")


# ---- the lexicons the rules read -------------------------------------------------------------

def test_every_unit_form_has_one_reading():
    """A form in two lexicons would make its unit depend on load order."""
    from pipeline.quantity import lexicon

    forms = Counter(u.form for u in lexicon.units() if not u.prefix)
    assert not [f for f, n in forms.items() if n > 1]


def test_counters_are_many_and_each_has_a_category():
    from pipeline.quantity import lexicon

    counters = lexicon.read("counters.yaml")
    assert len(counters) >= 150
    assert all(isinstance(category, str) and category for category in counters.values())


def test_currencies_are_iso_codes():
    from pipeline.quantity import lexicon

    codes = [k for k in lexicon.read("currencies.yaml") if not k.startswith("_")]
    assert all(len(code) == 3 and code.isupper() for code in codes)
    assert set(lexicon.currency_words().values()) <= set(codes)


def test_spans_are_offsets_into_the_original_text():
    text = "총 ３３억 ５６００만 위안(약 ５천억 원)을 투입했다."
    for quantity in extract(text).quantities:
        assert text[quantity.start:quantity.end] == quantity.text


@pytest.mark.parametrize("sentence", ["천년 만년 살고 싶다.", "매출은 1~3억 원이었다.", "2년 6개월 만에 돌아왔다."])
def test_mentions_do_not_depend_on_distant_text(sentence):
    """Rules with a trigger run only near its hits: what a sentence yields must not change when
    far-away text holds (or lacks) other triggers."""
    far = " ".join(["가나다라"] * 60) + " 그는 3년 6개월, 1~2시간, 5·6명을 기다렸다."
    def rows(text):
        return [(q.start, q.end, q.value, q.unit, q.rule_id) for q in extract(text).quantities if q.end <= len(sentence)]
    assert rows(sentence) == rows(sentence + " " + far)


def test_unit_trie_matches_as_the_alternation_does():
    """`_trie` is the unit alternation written as a trie: at every start it takes the same form first
    (the longest: `.*` would take any), and the shorter ones on backtracking (`억 원!` must fail, then `억`)."""
    import regex

    from pipeline.quantity.rules import _trie, _units
    from pipeline.rules import alternation

    forms = list(_units())
    texts = [f + tail for f in forms for tail in ("", "!", " 원", "원", "x")] + ["억 원!", "%p!", "km/hx"]
    for after in (".*$", r"(?:!|\s원|)$"):
        trie, plain = (regex.compile(rf"(?P<unit>{p}){after}") for p in (_trie(forms), alternation(forms)))
        assert [m and m.span("unit") for m in map(trie.match, texts)] == [m and m.span("unit") for m in map(plain.match, texts)]
        assert sum(1 for t in texts if trie.match(t)) > len(forms)


def test_quantity_records_are_built_as_the_dataclass_builds_them():
    """`_quantity` writes the fields over a blank record's instead of calling `Quantity(...)`: every
    field must be there, with the value `__init__` would give it (defaults included)."""
    from dataclasses import fields

    from pipeline.model import Quantity
    from pipeline.quantity.rules import _quantity
    from pipeline.rules import Context

    context = Context.build("약 3만 명이 왔다.")
    found = _quantity(context, "qty.number_unit", 2, 6, parse_number("3만"), "명", "명", "count")
    assert set(vars(found)) == {f.name for f in fields(Quantity)}
    assert found == Quantity(start=2, end=6, text="3만 명", value="30000", unit="명", unit_text="명", category="count",
                             rule_id="qty.number_unit", approx=True)
    assert found.mention_id == "" and found.sentence_id == -1 and found.equivalent_of == ""
