"""The library API: `extract` for one text, `extract_many` for a batch (`pipeline.frames` for pandas).

    >>> from pipeline import extract
    >>> result = extract("알리바바그룹은 지난 3월 말 33억 5600만 위안을 투입했다.", doc_date="2020-12-31")
    >>> [(q.text, q.value, q.unit) for q in result.quantities]
    [('33억 5600만 위안', '3356000000', 'CNY')]

A document goes segment → extract (every registered dimension's rules) → settle overlaps →
date the document → resolve (each dimension, in registry order, seeing what the ones before it
resolved). The dimensions are `pipeline.registry.DIMENSIONS`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from . import budget
from .budget import SECONDS_PER_10K, Clock, OverBudget
from .load import Failure, as_date, make_document
from .model import Document, Extraction, replace
from .overlap import settle
from .parallel import BATCH_SIZE, map_documents
from .registry import dimensions
from .rules import Context, numbered
from .segment import segment


@dataclass(frozen=True)
class State:
    """What a dimension's `resolve` may read: the (dated) document, its context (text, normalized
    copy, tokens) and the mentions the dimensions before it resolved, by name."""

    document: Document
    context: Context
    resolved: dict


def process(document: Document) -> Extraction:
    """Run segment → extract → resolve on one document; an internal error becomes `error`."""
    return process_batch([document])[0]


def _tokenized(document: Document, clock: Clock) -> Union[Context, Extraction]:
    try:
        with clock.running():
            return Context.build(document.text, segment(document.text))
    except OverBudget:
        return _over_budget(document, clock)
    except Exception as error:  # one bad document must not stop a batch
        return _internal_error(document, error)


def _extracted(document: Document, context: Context, clock: Clock) -> Extraction:
    try:
        with clock.running():
            return _extraction(document, context)
    except OverBudget:
        return _over_budget(document, clock)
    except Exception as error:
        return _internal_error(document, error)


def _extraction(document: Document, context: Context) -> Extraction:
    registered = dimensions()
    found = settle({d.name: d.extract(context) for d in registered}, registered)
    for d in registered:
        if d.date_document is not None:
            document = d.date_document(document, found[d.name])
    resolved = {}
    for d in registered:
        budget.check()
        resolved[d.name] = tuple(numbered(d.resolve(found[d.name], State(document, context, resolved)), d.prefix, context, d.id_field))
    return Extraction(document, context.sentences, {d.table: resolved[d.name] for d in registered})


def _over_budget(document: Document, clock: Clock) -> Extraction:
    return Extraction(document=document, error=f"{document.source or document.doc_id}: took longer than its time budget "
                                               f"({clock.seconds:.3g} s for {len(document.text):,} characters); not extracted")


def _internal_error(document: Document, error: Exception) -> Extraction:
    return Extraction(document=document, error=f"{document.source or document.doc_id}: internal error: {type(error).__name__}: {error}")


def _text(text) -> str:
    """The text itself: anything else (None, bytes) would fail deep in the pipeline, or as an
    internal error of the document, with a message that does not name the mistake."""
    if isinstance(text, str):
        return text
    hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"extract: text must be a str, not {type(text).__name__}{hint}")


def extract(text: str, doc_date: Union[str, date, None] = None, doc_id: str = "doc") -> Extraction:
    """Extract every registered kind of mention (quantities, dates, organizations) from one text.

    `doc_date` (a `date`, `datetime`, pandas `Timestamp` or `YYYY-MM-DD` string; its calendar
    day is used; `document.doc_date_source` is `option`) anchors relative dates; without it the
    year is inferred from the text (`inferred`), else relative dates are kept unresolved
    (`XXXX-10-10`, `unresolved_reason` `no_doc_date`; source `none`). A text that is not a `str`,
    or a date that is not one of these (NaT, `20200101`), raises `TypeError` or `ValueError`.
    """
    return process(make_document(doc_id, _text(text), as_date(doc_date, "doc_date"), date_source="option"))


def failed(failure: Failure) -> Extraction:
    return Extraction(document=make_document(failure.doc_id, "", source=failure.source), error=failure.error)


def process_batch(items: list, time_budget: Optional[float] = SECONDS_PER_10K) -> list:
    """Each document → its extraction, each failure → an error row, anything else passes through.

    Stage by stage: kiwipiepy tokenizes every document of the batch before the rules run on any,
    so each stage's code and data stay warm in the processor's caches (measured: the rules run
    about 6% faster than document by document). A document may take `time_budget` seconds per
    10,000 characters (`pipeline.budget`; None or 0: no limit), else it fails."""
    if time_budget and any(isinstance(item, Document) for item in items):
        _warm_up()
    clocks = [Clock(budget.seconds_for(len(item.text), time_budget)) if isinstance(item, Document) else None for item in items]
    tokenized = [_tokenized(item, clock) if isinstance(item, Document) else item for item, clock in zip(items, clocks)]
    return [_extracted(item, done, clock) if isinstance(done, Context) else failed(done) if isinstance(done, Failure) else done
            for item, done, clock in zip(items, tokenized, clocks)]


@functools.lru_cache(maxsize=1)
def _warm_up() -> None:
    """Load Kiwi, the lexicons and the patterns once, outside any document's time budget."""
    process_batch([make_document("warm-up", "삼성전자는 지난 3월 33억 원을 냈다.", date(2020, 12, 31))], time_budget=None)


def with_default_date(items: Iterable, doc_date: Optional[date]) -> Iterator:
    """Give documents without a date the run's `--doc-date` (recorded as `option`)."""
    for item in items:
        if doc_date and isinstance(item, Document) and item.doc_date is None:
            item = replace(item, doc_date=doc_date, doc_date_source="option")
        yield item


def extract_many(items: Iterable[Union[Document, Failure]], workers: int = 1, batch_size: int = BATCH_SIZE,
                 time_budget: Optional[float] = SECONDS_PER_10K) -> Iterator[Extraction]:
    """Process documents (and pass failures through) in input order, with `workers` processes.

    Like spaCy's `nlp.pipe`: lazy in and out, so memory stays flat in the corpus size — at most
    `4 * workers` batches of `batch_size` documents are in flight. Each worker process loads its
    own Kiwi once. A document that takes longer than `time_budget` seconds per 10,000 characters
    comes out failed.
    """
    return map_documents(functools.partial(process_batch, time_budget=time_budget), items, workers, batch_size)
