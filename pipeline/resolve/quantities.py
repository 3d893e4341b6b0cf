"""Link conversions: `4,982억 위안(약 84조 원)` — the second mention is `equivalent_of` the first.

A bound word after the closing parenthesis (`22억 위안(3,673억 3,400만 원)이 넘는`) applies to both.
"""
from __future__ import annotations

import re

from ..model import replace

_BETWEEN = re.compile(r"\s?\(+\s?(?P<approx>약|대략|약\s)?\s?$")
_CLOSE = re.compile(r"\s?\)+")


def link_conversions(quantities: list, text: str) -> list:
    """Quantities in order, with `equivalent_of` set and bounds shared across a conversion."""
    linked = list(quantities)
    for i in range(len(linked) - 1):
        first, second = linked[i], linked[i + 1]
        if first.category != "currency" or second.category != "currency":
            continue
        gap = text[first.end:second.start]
        if not _BETWEEN.fullmatch(gap) or not _CLOSE.match(text, second.end):
            continue
        bound = first.bound or second.bound
        linked[i] = replace(first, bound=bound)
        linked[i + 1] = replace(second, equivalent_of=first.mention_id, bound=bound)
    return linked
