"""The document date when metadata lacks it, inferred from the dates the text names: a year in
the title, then the most frequent explicit year in the text (recorded as `inferred`); never
today's date.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from ..model import Document, replace

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년")


def _explicit_points(parts: dict):
    """(year, month, day) of each explicit calendar point a mention names (both ends of a range)."""
    for end in parts["range"] if "range" in parts else (tuple(parts.items()),):
        found = dict(end)
        if "year" in found and not found.get("fiscal"):
            yield found["year"], found.get("month"), found.get("day")


def infer_doc_date(document: Document, dates: list) -> Document:
    """The document with a date: its own, else one inferred from the text, else none.

    The year is the first year written in the title (metadata `title`, else the first line), then
    the most frequent explicit year in the text (the later one on a tie). The day is the end of
    the latest explicit day or month named in that year, else 31 December: the article was
    written after the events it dates. Never today's date.
    """
    if document.doc_date is not None:
        return document
    points = [p for m in dates for p in _explicit_points(m.info)]
    title = document.meta.get("title") or document.text.split("\n", 1)[0]
    match = _YEAR.search(title)
    year = int(match.group(1)) if match else None
    if year is None and points:
        counts = Counter(y for y, _, _ in points)
        year = max(counts, key=lambda y: (counts[y], y))
    if year is None:
        return document
    last = {m: calendar.monthrange(year, m)[1] for m in range(1, 13)}
    ends = [date(year, m, min(d or last[m], last[m])) for y, m, d in points if y == year and m]
    return replace(document, doc_date=max(ends, default=date(year, 12, 31)), doc_date_source="inferred")
