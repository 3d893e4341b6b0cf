"""The library API: `extract` for one text, `extract_many` for a batch, `extract_frame` for pandas.

    >>> from pipeline import extract
    >>> result = extract("알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다.", doc_date="2020-12-31")
    >>> [(q.text, q.value, q.unit) for q in result.quantities]
    [('33억 5600만 위안', '3356000000', 'CNY')]
"""
from __future__ import annotations

import os
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from .extract import Context, drop_overlapping
from .extract.date import extract_dates
from .extract.org import extract_organizations
from .extract.quantity import extract_quantities
from .load import Failure, InputError, parse_date
from .model import Document, Extraction, replace
from .resolve import resolve
from .segment import segment


def process(document: Document) -> Extraction:
    """Run segment → extract → resolve on one document; an internal error becomes `error`."""
    try:
        context = Context.build(document.text, segment(document.text))
        dates = extract_dates(context)
        quantities = drop_overlapping(extract_quantities(context), dates)
        organizations = extract_organizations(context)
        return resolve(document, context, quantities, dates, organizations)
    except Exception as error:  # one bad document must not stop a batch
        return Extraction(document=document, error=f"{document.source or document.doc_id}: internal error: {type(error).__name__}: {error}")


def _as_date(value: Union[str, date, None]) -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return parse_date(str(value), "doc_date")


def extract(text: str, doc_date: Union[str, date, None] = None, doc_id: str = "doc") -> Extraction:
    """Extract quantities, dates and organizations from one text.

    `doc_date` (a `date` or `YYYY-MM-DD`) anchors relative dates; without it the year is inferred
    from the text, or relative dates are left out.
    """
    when = _as_date(doc_date)
    document = Document(doc_id, text.replace("\r\n", "\n"), when, "metadata" if when else "none", "", {})
    return process(document)


def failed(failure: Failure) -> Extraction:
    return Extraction(document=Document(failure.doc_id, "", None, "none", failure.source, {}), error=failure.error)


def _process_item(item: Union[Document, Failure]) -> Extraction:
    return failed(item) if isinstance(item, Failure) else process(item)


def with_default_date(items: Iterable, doc_date: Optional[date]) -> Iterator:
    """Give documents without a date the run's `--doc-date` (recorded as metadata)."""
    for item in items:
        if doc_date and isinstance(item, Document) and item.doc_date is None:
            item = replace(item, doc_date=doc_date, doc_date_source="metadata")
        yield item


def extract_many(items: Iterable[Union[Document, Failure]], workers: int = 1, chunksize: int = 8) -> Iterator[Extraction]:
    """Process documents (and pass failures through) in input order, with `workers` processes.

    Like spaCy's `nlp.pipe`: lazy in and out, so memory stays flat in the corpus size. Each worker
    process loads its own Kiwi once.
    """
    if workers <= 1:
        for item in items:
            yield _process_item(item)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        yield from pool.imap(_process_item, items, chunksize=chunksize)


def _warm_up() -> None:
    from .segment import kiwi

    kiwi()


def extract_frame(frame, text_column: str = "text", id_column: Optional[str] = "id", date_column: Optional[str] = "date") -> dict:
    """A pandas entry point: DataFrame with a text column in, the four tables as DataFrames out.

    This is the batch function a distributed engine maps over partitions (Dask `map_partitions`,
    Spark `mapInPandas`).
    """
    from .write import tables_frames

    documents = []
    for position, row in enumerate(frame.to_dict("records")):
        doc_id = str(row.get(id_column)) if id_column and row.get(id_column) is not None else str(position)
        text = row.get(text_column)
        raw_date = row.get(date_column) if date_column else None
        try:
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"row {doc_id}: empty or missing '{text_column}'")
            when = _as_date(raw_date if isinstance(raw_date, (str, date)) and raw_date else None)
            documents.append(Document(doc_id, text, when, "metadata" if when else "none", f"row {doc_id}", {}))
        except InputError as error:
            documents.append(Failure(doc_id, f"row {doc_id}", str(error)))
    return tables_frames(extract_many(documents))
