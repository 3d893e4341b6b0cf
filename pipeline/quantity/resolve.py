"""Link conversions: `4,982억 위안(약 84조 원)` — the second mention is `equivalent_of` the first.

A conversion is a quantity followed by a parenthesis that holds only another quantity of the same
kind in a different unit (a currency in another currency, `26.2마일(42.195km)`, `100평(약 330㎡)`);
`약` inside the parenthesis marks only the second as approx. A bound word after the closing
parenthesis (`22억 위안(3,673억 3,400만 원)이 넘는`) applies to both.
"""
from __future__ import annotations

import re

from ..model import replace

_BETWEEN = re.compile(r"\s?\(+\s?(?:약|대략|약\s)?\s?")
_CLOSE = re.compile(r"\s?\)+")
# Kinds whose units convert into each other; counts and ordinals do not.
CONVERTIBLE = frozenset({"currency", "measure", "data", "duration"})


def is_conversion(first, second, text: str) -> bool:
    """`second` sits alone in a parenthesis right after `first` and restates it in another unit."""
    if first.category != second.category or first.category not in CONVERTIBLE or first.unit == second.unit:
        return False
    return bool(_BETWEEN.fullmatch(text[first.end:second.start]) and _CLOSE.match(text, second.end))


def link_conversions(quantities: list, text: str, prefix: str) -> list:
    """Quantities in text order, with `equivalent_of` set and bounds shared across a conversion. The i-th
    quantity (from 1) is the one the pipeline numbers `{prefix}{i}` (`rules.numbered`)."""
    linked = list(quantities)
    for i in range(len(linked) - 1):
        first, second = linked[i], linked[i + 1]
        if not is_conversion(first, second, text):
            continue
        bound = first.bound or second.bound
        linked[i] = replace(first, bound=bound)
        linked[i + 1] = replace(second, equivalent_of=f"{prefix}{i + 1}", bound=bound)
    return linked
