"""The document date when metadata lacks it, inferred from the dates the text names: a year in
the title, then the most frequent explicit year in the text (recorded as `inferred`, with the
mention it came from in `doc_date_mention`); never today's date.

Only years the text reports as past or present count (docs/annotation.md, Document date): not a
target or plan (`2025년까지`, `2030년 출시할 계획`), nor the day a figure stands at (`2023년 12월
31일 기준`), which say nothing about when the article was written.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from ..model import Document, replace
from .resolve import FUTURE_CUES, Clauses, as_of

# A year, with the month and day written after it (`2023년 12월 31일 기준` is an as-of day).
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년(?:\s?(?:1[0-2]|0?[1-9])월(?:\s?(?:3[01]|[12]\d|0?[1-9])일)?)?")
# Right after a year: a deadline or target (`2025년까지`).
_UNTIL = re.compile(r"\s?까지")


def _reported(clauses: Clauses, end: int) -> bool:
    """The date ending at `end` is reported as past or present: no target, plan or as-of reading."""
    text = clauses.text
    return not (as_of(text, end) or _UNTIL.match(text, end) or clauses.search(FUTURE_CUES, end, clauses.stop(end)))


def _explicit_points(parts: dict):
    """(year, month, day) of each explicit calendar point a mention names (both ends of a range)."""
    for end in parts["range"] if "range" in parts else (tuple(parts.items()),):
        found = dict(end)
        if "year" in found and not found.get("fiscal"):
            yield found["year"], found.get("month"), found.get("day")


def _title_year(document: Document):
    """(year, what to record) of the first reported year in the title (metadata `title`, else the
    first line of the text), or None."""
    title = document.meta.get("title")
    text = title or document.text.split("\n", 1)[0]
    clauses = Clauses(text)
    for match in _YEAR.finditer(text):
        if _reported(clauses, match.end()):
            where = f"title {match.group(0)}" if title else f"{match.group(0)} [{match.start()}:{match.end()}]"
            return int(match.group(1)), where
    return None


def infer_doc_date(document: Document, dates: list) -> Document:
    """The document with a date: its own, else one inferred from the text, else none.

    The year is the first reported year written in the title (metadata `title`, else the first
    line), then the most frequent reported explicit year in the text (the later one on a tie). The
    day is the end of the latest reported day or month named in that year, else 31 December: the
    article was written after the events it dates. Never today's date. `doc_date_mention` names the
    mention the date came from (`2019년 11월 [120:128]`, or `title 2019년`).
    """
    if document.doc_date is not None:
        return document
    clauses = Clauses(document.text)  # (each date's clause read once, not once per date)
    points = [(p, m) for m in dates if _reported(clauses, m.end) for p in _explicit_points(m.info)]
    found = _title_year(document)
    year, used = found if found else (None, "")
    if year is None and points:
        counts = Counter(y for (y, _, _), _ in points)
        year = max(counts, key=lambda y: (counts[y], y))
        used = next(f"{m.text} [{m.start}:{m.end}]" for (y, _, _), m in points if y == year)
    if year is None:
        return document
    last = {m: calendar.monthrange(year, m)[1] for m in range(1, 13)}
    ends = [(date(year, mo, min(d or last[mo], last[mo])), m) for (y, mo, d), m in points if y == year and mo]
    if not ends:
        return replace(document, doc_date=date(year, 12, 31), doc_date_source="inferred", doc_date_mention=used)
    day, mention = max(ends, key=lambda e: (e[0], -e[1].start))
    used = f"{mention.text} [{mention.start}:{mention.end}]"  # the mention that gave the day tells the whole date
    return replace(document, doc_date=day, doc_date_source="inferred", doc_date_mention=used)
