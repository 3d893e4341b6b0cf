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


class _Job:
    """One document of a batch on its way through the stages after tokenization: what its dimensions
    found and resolved so far, or the error that stopped it (it then sits out the stages after)."""

    def __init__(self, document: Document, context: Context, clock: Clock):
        self.document, self.context, self.clock = document, context, clock
        self.found, self.resolved, self.tables, self.error = {}, {}, {}, None

    def step(self, stage, argument) -> None:
        """Run `stage(argument)` on this document within its time budget; an error becomes its result."""
        if self.error is not None:
            return
        try:
            with self.clock.running():
                stage(argument)
        except OverBudget:
            self.error = _over_budget(self.document, self.clock)
        except Exception as error:  # one bad document must not stop a batch
            self.error = _internal_error(self.document, error)

    def extract(self, d) -> None:
        self.found[d.name] = d.extract(self.context)

    def settle(self, registered: list) -> None:
        """Overlaps settled between the dimensions; the document dated from its mentions when it has no date."""
        self.found = settle(self.found, registered)
        for d in registered:
            if d.date_document is not None:
                self.document = d.date_document(self.document, self.found[d.name])

    def resolve(self, d) -> None:
        budget.check()
        mentions = d.resolve(self.found[d.name], State(self.document, self.context, self.resolved))
        self.resolved[d.name] = self.tables[d.table] = tuple(numbered(mentions, d.prefix, self.context, d.id_field, d.fresh))

    def result(self) -> Extraction:
        return self.error or Extraction(self.document, self.context.sentences, self.tables)


def _run_stages(jobs: list) -> None:
    """Extract → settle overlaps and date the documents → resolve, each dimension's extract on every
    document of the batch before the next dimension's, and each resolve likewise: a stage's patterns,
    automata and lexicons stay warm in the processor's caches while it runs (measured, the work after
    tokenization about a tenth less than document by document: the ORG gazetteer's automaton alone,
    read cold for each document, took three times as long). Each document still sees its stages in
    the same order, and resolves in registry order, seeing what the dimensions before it resolved."""
    registered = dimensions()
    for d in registered:
        for job in jobs:
            job.step(job.extract, d)
    for job in jobs:
        job.step(job.settle, registered)
    for d in registered:
        for job in jobs:
            job.step(job.resolve, d)


def _extraction(document: Document, context: Context) -> Extraction:
    """One document through the stages after tokenization, without a time budget."""
    job = _Job(document, context, Clock(None))
    _run_stages([job])
    return job.result()


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
    about 6% faster than document by document), and the rules run dimension by dimension
    (`_run_stages`). A document may take `time_budget` seconds per
    10,000 characters (`pipeline.budget`; None or 0: no limit), else it fails."""
    if time_budget and any(isinstance(item, Document) for item in items):
        _warm_up()
    clocks = [Clock(budget.seconds_for(len(item.text), time_budget)) if isinstance(item, Document) else None for item in items]
    tokenized = [_tokenized(item, clock) if isinstance(item, Document) else item for item, clock in zip(items, clocks)]
    jobs = [_Job(item, done, clock) if isinstance(done, Context) else None for item, done, clock in zip(items, tokenized, clocks)]
    _run_stages([job for job in jobs if job is not None])
    return [job.result() if job is not None else failed(done) if isinstance(done, Failure) else done
            for job, done in zip(jobs, tokenized)]


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
