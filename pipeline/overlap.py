"""Overlap resolution: named, swappable functions apart from matching (spaCy's `spans_filter`).

Within a type, a dimension's `within` policy keeps one of any overlapping mentions (by default
`longest_first`). Between types, a dimension lists in `yields_to` the dimensions that win over it
(a quantity inside a date, `2020년`, is the date's): `settle` applies both to a document's
candidates, in registry order.
"""
from __future__ import annotations

import bisect
from typing import Iterable


def _free(taken_starts: list, taken_ends: list, start: int, end: int) -> bool:
    """[start, end) overlaps none of the sorted, disjoint intervals (starts, ends)."""
    i = bisect.bisect_left(taken_starts, end)  # intervals starting before our end
    return i == 0 or taken_ends[i - 1] <= start


def longest_first(mentions: Iterable) -> list:
    """Settle overlaps: the longest mention wins, then the earliest; result sorted by start.

    Kept intervals stay sorted, so each check is a binary search: n log n in the number of
    mentions, also in very long documents.

    >>> from types import SimpleNamespace as M
    >>> [ (m.start, m.end) for m in longest_first([M(start=0, end=3), M(start=2, end=8), M(start=8, end=9)]) ]
    [(2, 8), (8, 9)]
    """
    starts, ends, chosen = [], [], []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if _free(starts, ends, mention.start, mention.end):
            i = bisect.bisect_left(starts, mention.start)
            starts.insert(i, mention.start)
            ends.insert(i, mention.end)
            chosen.append(mention)
    return sorted(chosen, key=lambda m: (m.start, m.end))


def keep_all(mentions: Iterable) -> list:
    """No settling: every mention stays (a dimension whose rows may overlap), sorted by start."""
    return sorted(mentions, key=lambda m: (m.start, m.end))


def drop_overlapping(mentions: Iterable, blockers: Iterable) -> list:
    """Mentions that overlap none of `blockers` (e.g. quantities inside a date); blockers are disjoint.

    >>> from types import SimpleNamespace as M
    >>> [(m.start, m.end) for m in drop_overlapping([M(start=0, end=2), M(start=5, end=7)], [M(start=1, end=4)])]
    [(5, 7)]
    """
    spans = sorted((b.start, b.end) for b in blockers)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    return [m for m in mentions if _free(starts, ends, m.start, m.end)]


class Spans:
    """(start, end) pairs sorted for quick look-ups of the ones that overlap a stretch."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def any(self, test, start: int, end: int) -> bool:
        """Whether `test(s, e)` holds for a span that overlaps or touches [start, end)."""
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.starts[i] >= start - self.longest:
            if test(*self.spans[i]):
                return True
            i -= 1
        return False


def settle(candidates: dict, dimensions) -> dict:
    """{dimension name: candidates} → {name: mentions}: each dimension's `within` policy, then the
    mentions that overlap a mention of a dimension it `yields_to` are dropped."""
    settled = {d.name: d.within(candidates.get(d.name, ())) for d in dimensions}
    for d in dimensions:
        for winner in d.yields_to:
            settled[d.name] = drop_overlapping(settled[d.name], settled[winner])
    return settled
