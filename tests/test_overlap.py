"""Overlap resolution is named, swappable data: each dimension's `within` policy and `yields_to`."""
from __future__ import annotations

from dataclasses import replace as swap
from types import SimpleNamespace as M

import pytest

from pipeline import extract
from pipeline.overlap import drop_overlapping, keep_all, longest_first, settle
from pipeline.registry import DIMENSIONS, by_label


def _spans(mentions) -> list:
    return [(m.start, m.end) for m in mentions]


def test_settle_applies_each_policy_then_what_a_type_yields_to():
    a = swap(by_label()["QUANTITY"], within=longest_first, yields_to=("date",))
    b = swap(by_label()["DATE"], within=keep_all, yields_to=())
    candidates = {"quantity": [M(start=0, end=4), M(start=2, end=6), M(start=10, end=12)],
                  "date": [M(start=9, end=11), M(start=9, end=10)]}
    settled = settle(candidates, [a, b])
    assert _spans(settled["date"]) == [(9, 10), (9, 11)]  # keep_all: both stay
    assert _spans(settled["quantity"]) == [(0, 4)]  # longest first inside, then the date wins (10, 12)


def test_drop_overlapping_keeps_what_touches_but_does_not_overlap():
    assert _spans(drop_overlapping([M(start=0, end=3), M(start=3, end=5)], [M(start=3, end=4)])) == [(0, 3)]


@pytest.fixture
def quantities_win_over_dates(monkeypatch):
    """The registry with the policy between quantities and dates swapped."""
    swapped = [swap(d, yields_to=()) if d.name == "quantity" else swap(d, yields_to=("quantity",)) if d.name == "date" else d
               for d in DIMENSIONS]
    monkeypatch.setattr("pipeline.registry.DIMENSIONS", swapped)


TEXT = "그는 사흘 전 귀국했다."  # the duration `사흘` inside the date offset `사흘 전`


def test_the_policy_between_types_is_swappable(quantities_win_over_dates):
    result = extract(TEXT, doc_date="2020-12-31")
    assert [q.text for q in result.quantities] == ["사흘"] and not result.dates


def test_by_default_a_date_wins_over_the_quantity_inside_it():
    result = extract(TEXT, doc_date="2020-12-31")
    assert [d.text for d in result.dates] == ["사흘 전"] and not result.quantities
