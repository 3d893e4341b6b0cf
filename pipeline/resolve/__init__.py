"""Stage 5: resolve — ids, sentence numbers, calendar dates, conversions, organization links.

Also infers the document date when metadata lacks it: a year in the title, then the most
frequent explicit year in the text (recorded as `inferred`); never today's date.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..extract import Context
from ..model import Document, Extraction, replace
from .dates import resolve_dates
from .organizations import link_organizations
from .quantities import link_conversions

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?년")


def infer_doc_date(document: Document, dates: list) -> Document:
    """The document with a date: its own, else the last day of an inferred year, else none."""
    if document.doc_date is not None:
        return document
    title = document.meta.get("title") or document.text.split("\n", 1)[0]
    match = _YEAR.search(title)
    year = int(match.group(1)) if match else None
    if year is None:
        years = Counter(dict(m.parts).get("year") for m in dates if "year" in dict(m.parts) and "fiscal" not in dict(m.parts))
        years.pop(None, None)
        if years:
            year = years.most_common(1)[0][0]
    if year is None:
        return document
    return replace(document, doc_date=date(year, 12, 31), doc_date_source="inferred")


def _number(mentions: list, prefix: str, context: Context) -> list:
    return [replace(m, mention_id=f"{prefix}{i}", sentence_id=context.sentence_of(m.start))
            for i, m in enumerate(sorted(mentions, key=lambda m: (m.start, m.end)), start=1)]


def resolve(document: Document, context: Context, quantities: list, dates: list, organizations: list) -> Extraction:
    document = infer_doc_date(document, dates)
    dates = resolve_dates(sorted(dates, key=lambda m: m.start), document.doc_date, document.text)
    quantities = link_conversions(_number(quantities, "Q", context), document.text)
    return Extraction(
        document=document,
        sentences=context.sentences,
        quantities=tuple(quantities),
        dates=tuple(_number(dates, "D", context)),
        organizations=tuple(_number(link_organizations(organizations), "O", context)),
    )
