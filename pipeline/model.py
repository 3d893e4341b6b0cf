"""Plain data passed between the stages: frozen records with documented fields.

Every offset is a 0-based, end-exclusive code-point index into the *original* document text
(`Document.text`), so `document.text[m.start:m.end] == m.text` for every mention.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class Document:
    """One input article.

    doc_id: stable id (file stem, JSONL/CSV `id`).
    text: the decoded text (UTF-8 or legacy CP949, BOM removed, CRLF → LF).
    doc_date: publication date, from metadata, `--doc-date`, or inferred from the text.
    doc_date_source: `metadata` (the input's), `option` (`--doc-date`, `extract(doc_date=…)`),
    `inferred` (from the text) or `none`.
    source: where the document came from (`path` or `path:line`).
    meta: other metadata columns (title, url, …).
    doc_date_mention: for an inferred date, the mention it came from (`2019년 11월 [120:128]`, `title 2019년`).
    """

    doc_id: str
    text: str
    doc_date: Optional[date] = None
    doc_date_source: str = "none"
    source: str = ""
    meta: dict = field(default_factory=dict)
    doc_date_mention: str = ""


class Token:
    """A kiwipiepy morpheme: surface `form`, POS `tag`, offsets into the document text.

    A class with slots, not a dataclass or a named tuple: documents have thousands of tokens, and
    the rules read their fields millions of times a run — Python reads a slot several times faster
    than a named tuple's field (3.11 does not specialize that read; measured, the work after
    tokenization 2.7% fewer instructions, 5–7% less time), and builds one as fast. Like every
    record here it is not changed once made; tokens compare by identity (each is one morpheme of
    one document).
    """

    __slots__ = ("form", "tag", "start", "end")

    def __init__(self, form: str, tag: str, start: int, end: int):
        self.form, self.tag, self.start, self.end = form, tag, start, end

    def __repr__(self) -> str:
        return f"Token(form={self.form!r}, tag={self.tag!r}, start={self.start!r}, end={self.end!r})"

    def __reduce__(self):
        return Token, (self.form, self.tag, self.start, self.end)


@dataclass(frozen=True)
class Sentence:
    """A sentence as kiwipiepy split it; `index` counts from 0 within the document."""

    index: int
    start: int
    end: int
    tokens: tuple


@dataclass(frozen=True)
class Quantity:
    """A number with its unit or counter (docs/annotation.md, QUANTITY).

    value/value_high: exact decimal strings; value_high only for ranges and vague numbers.
    unit: canonical unit (ISO 4217, %, %p, SI symbol, duration word, counter in Hangul).
    unit_text: the unit as written. category: currency, percent, data, measure, duration,
    count or ordinal. approx: an approximator was written. bound: min, max, gt, lt or "".
    equivalent_of: mention_id of the quantity this one converts (filled by resolve).
    """

    start: int
    end: int
    text: str
    value: str
    unit: str
    unit_text: str
    category: str
    rule_id: str
    value_high: str = ""
    approx: bool = False
    bound: str = ""
    equivalent_of: str = ""
    mention_id: str = ""
    sentence_id: int = -1


@dataclass(frozen=True)
class DateMention:
    """A point or period on the calendar (docs/annotation.md, DATE).

    `parts` is what the extractor read (year, month, day, …) before resolution; resolve fills
    value (TIMEX3), range_start/range_end (first and last calendar day), relative, anchor_date.
    A mention that cannot be placed keeps the value the text gives (`XXXX-10-10`), no days, and
    `unresolved_reason` (`no_doc_date`, `no_such_day`, `off_calendar`; "" when resolved).
    """

    start: int
    end: int
    text: str
    rule_id: str
    parts: tuple = ()
    value: str = ""
    mod: str = ""
    range_start: str = ""
    range_end: str = ""
    granularity: str = ""
    relative: bool = False
    anchor_date: str = ""
    unresolved_reason: str = ""
    mention_id: str = ""
    sentence_id: int = -1

    @property
    def info(self) -> dict:
        return dict(self.parts)


@dataclass(frozen=True)
class Organization:
    """A named organization (docs/annotation.md, ORG); canonical and org_id are filled by resolve."""

    start: int
    end: int
    text: str
    rule_id: str
    canonical: str = ""
    org_id: str = ""
    aliases: str = ""
    org_type: str = ""
    mention_id: str = ""
    sentence_id: int = -1


@dataclass(frozen=True)
class Fact:
    """A quantity linked to what it measures, whose figure it is and when (docs/facts.md).

    start/end/text: the quantity's span (the table names it by `quantity_id`). metric: its span
    in the text (`metric_start`/`metric_end`, None when no noun names it). subject: canonical
    names joined by `;`, with their `org_id`s and mention ids. period: the DATE value the figure
    is for, its first and last day, and the DATE's mention id. kind: `level` or `change`; basis:
    the compared period of a change. rule_id: the linking rules used, joined by `+`.
    """

    start: int
    end: int
    text: str
    quantity_id: str
    value: str
    value_high: str
    unit: str
    kind: str
    rule_id: str
    metric: str = ""
    metric_start: Optional[int] = None
    metric_end: Optional[int] = None
    subject: str = ""
    subject_org_ids: str = ""
    subject_mention_ids: str = ""
    period: str = ""
    period_start: str = ""
    period_end: str = ""
    date_mention_id: str = ""
    basis: str = ""
    fact_id: str = ""
    sentence_id: int = -1


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: `mentions` maps each registered dimension's table
    (`quantities`, `dates`, `organizations`, …) to its rows; `result.quantities` reads one."""

    document: Document
    sentences: tuple = ()
    mentions: dict = field(default_factory=dict)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    def __getattr__(self, table: str) -> tuple:
        """`result.quantities`: the mentions of a registered table (none after an error)."""
        from .registry import by_table

        if table.startswith("__") or table not in by_table():
            raise AttributeError(f"Extraction has no field or table {table!r}")
        return self.__dict__.get("mentions", {}).get(table, ())


def replace(record, **changes):
    """`dataclasses.replace` for these records (no `__post_init__`, no slots), several times faster:
    the copy takes the fields as they are instead of running `__init__` again.

    >>> replace(Document("a", "text"), doc_id="b").doc_id
    'b'
    >>> replace(Document("a", "text"), title="b")
    Traceback (most recent call last):
    TypeError: Document has no field title
    """
    fields = {**record.__dict__, **changes}
    if len(fields) != len(record.__dict__):  # (every field is set: a new key is no field)
        unknown = changes.keys() - record.__dict__.keys()
        raise TypeError(f"{type(record).__name__} has no field {', '.join(sorted(unknown))}")
    # The copy's dict made whole, then attached: Python reads a field of such a record at the
    # place its last read found it, where a dict filled in place through `copy.__dict__` is looked
    # up anew each time (measured: reads 3x faster; the work after tokenization about 1% less).
    copy = object.__new__(type(record))
    object.__setattr__(copy, "__dict__", fields)
    return copy
