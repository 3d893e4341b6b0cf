"""The library API: `extract` for one text, `extract_many` for a batch (`pipeline.frames` for pandas).

    >>> from pipeline import extract
    >>> result = extract("알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다.", doc_date="2020-12-31")
    >>> [(q.text, q.value, q.unit) for q in result.quantities]
    [('33억 5600만 위안', '3356000000', 'CNY')]
"""
from __future__ import annotations

import os
from datetime import date
from typing import Callable, Iterable, Iterator, Optional, Union

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


def process_item(item):
    """A document → its extraction; a failure → an error row; anything else passes through."""
    if isinstance(item, Failure):
        return failed(item)
    return process(item) if isinstance(item, Document) else item


def _apply(function, batch: list) -> list:
    return [function(item) for item in batch]


def with_default_date(items: Iterable, doc_date: Optional[date]) -> Iterator:
    """Give documents without a date the run's `--doc-date` (recorded as metadata)."""
    for item in items:
        if doc_date and isinstance(item, Document) and item.doc_date is None:
            item = replace(item, doc_date=doc_date, doc_date_source="metadata")
        yield item


def extract_many(items: Iterable[Union[Document, Failure]], workers: int = 1, batch_size: int = 16) -> Iterator[Extraction]:
    """Process documents (and pass failures through) in input order, with `workers` processes.

    Like spaCy's `nlp.pipe`: lazy in and out, so memory stays flat in the corpus size — at most
    `4 * workers` batches of `batch_size` documents are in flight. Each worker process loads its
    own Kiwi once.
    """
    return map_documents(process_item, items, workers, batch_size)


def map_documents(function: Callable, items: Iterable, workers: int = 1, batch_size: int = 16) -> Iterator:
    """`function` (a module-level function, so workers can find it) over `items`, in input order,
    in `workers` processes, lazily (see `extract_many`). A batch runner passes a function that
    turns a document into its table rows: rows travel back to the parent far lighter than an
    `Extraction` with all its tokens."""
    if workers <= 1:
        yield from map(function, items)
        return
    import multiprocessing
    from collections import deque
    from itertools import islice

    # Fork is fastest, but forking a process that runs threads (a progress bar, Dask, a test
    # runner) can copy a held lock into the child and hang it; then a fork server starts clean.
    import threading

    method = "fork" if threading.active_count() == 1 else "forkserver"
    context = multiprocessing.get_context(method if os.name == "posix" else "spawn")
    iterator = iter(items)
    with context.Pool(workers, initializer=_warm_up) as pool:
        pending = deque()
        while True:
            batch = list(islice(iterator, batch_size))
            if batch:
                pending.append(pool.apply_async(_apply, (function, batch)))
            if pending and (not batch or len(pending) >= 4 * workers):
                yield from pending.popleft().get()
            elif not batch:
                return


def _warm_up() -> None:
    import signal

    from .segment import kiwi

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    # A forked worker inherits the parent's SIGTERM handler (a partial run); the pool stops its
    # workers with SIGTERM and waits for them, so they must simply die (else a stop can hang).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    kiwi()
