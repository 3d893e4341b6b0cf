"""Periods and bases: a range two DATEs bound (`A부터 B까지`) and the period a comparison
(`전년 동기 대비`) steps back to."""
from __future__ import annotations

import re
from typing import NamedTuple


class Range(NamedTuple):
    """A period two DATEs bound (`A부터 B까지`): their values joined by `/`, from A's first day to B's
    last, both mention ids."""

    value: str
    range_start: str
    range_end: str
    mention_id: str
    start: int
    end: int


# The particles that open and close a range of dates (`A부터 B까지`).
RANGE_STARTS = frozenset({"부터", "에서"})
RANGE_ENDS = frozenset({"까지"})
# Comparison phrases (spaces removed) and how far back the basis is from the period.
BASIS_STEPS = ((("전년동기", "전년동월", "작년같은달", "전년같은달", "작년동기", "지난해같은기간", "전년같은기간",
                 "작년같은기간", "전년동분기"), "year"),
               (("전분기", "직전분기", "전분기말"), "quarter"), (("전월", "전달", "직전월"), "month"), (("전년", "작년"), "year"))


def shift(period: str, step: str) -> str:
    """`period` moved one `step` back: `2020-Q3` → `2019-Q3` (year), `2020-Q2` (quarter); "" when
    the period has no such part. An unresolved year stays unknown (`XXXX-Q3` → `XXXX-Q2`), and
    a year back from it is no value at all."""
    match = re.fullmatch(r"(\d{4}|XXXX)(?:-(Q|H)?(\d{1,2}))?", period)
    if not match:
        return ""
    year, kind, part = match.group(1), match.group(2), match.group(3)
    earlier = year if year == "XXXX" else f"{int(year) - 1}"
    if step == "year":
        return "" if year == "XXXX" else earlier + (f"-{kind or ''}{part}" if part else "")
    if step == "quarter" and kind == "Q":
        return f"{earlier}-Q4" if part == "1" else f"{year}-Q{int(part) - 1}"
    if step == "month" and part and not kind:
        return f"{earlier}-12" if int(part) == 1 else f"{year}-{int(part) - 1:02d}"
    return ""
