"""Batch runs: stream documents through the pipeline into the tables, with a manifest.

Memory stays flat in the corpus size: documents are read lazily, at most a few batches are in
flight in the worker processes, rows stream into temporary files, and only counters are kept.
`--resume` reuses the rows of documents already done in the output folder (same doc_id and
content hash). Ctrl-C or SIGTERM writes a partial run, marked `"status": "partial"` in run.json;
a hard kill leaves the previous tables untouched.
"""
from __future__ import annotations

import functools
import hashlib
import json
import signal
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from . import __version__
from .api import process_batch, with_default_date
from .budget import SECONDS_PER_10K
from .lexicons import fingerprint
from .load import load
from .model import Document
from .parallel import few_collections, map_documents
from .write import TableWriter, mention_tables, read_tables, rows


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Reused:
    """A document whose rows are taken from the previous run (`--resume`)."""

    doc_id: str


def batch_tables(items: list, time_budget: Optional[float] = SECONDS_PER_10K) -> list:
    """Each document's (or failure's) table rows, its content hash in its documents row; other
    items pass through. Runs in the worker processes."""
    return [_tables(result) for result in process_batch(items, time_budget)]


def _tables(result):
    if isinstance(result, Reused):
        return result
    tables = rows(result)
    tables["documents"][0]["content_hash"] = content_hash(result.document.text) if result.document.text else ""
    return tables


@dataclass
class RunSummary:
    status: str = "complete"
    documents: int = 0
    failed: int = 0
    reused: int = 0
    chars: int = 0
    mentions: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)
    seconds: float = 0.0


def _previous_rows(out_dir: Path, fmt: str) -> dict:
    """doc_id → {table: rows} of the documents a previous run finished without error."""
    previous = read_tables(out_dir, fmt)
    done = {row["doc_id"] for row in previous.get("documents", []) if row.get("status") == "ok" and row.get("content_hash")}
    grouped = defaultdict(lambda: defaultdict(list))
    for table, found in previous.items():
        for row in found:
            if row["doc_id"] in done:
                grouped[row["doc_id"]][table].append(row)
    return grouped


def _mark_reused(items, previous: dict):
    for item in items:
        if isinstance(item, Document) and item.doc_id in previous:
            old = previous[item.doc_id]["documents"][0]
            if old.get("content_hash") == content_hash(item.text):
                yield Reused(item.doc_id)
                continue
        yield item


def _progress(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


class _Interrupted(BaseException):
    """SIGTERM in the parent; like KeyboardInterrupt, no `except Exception` may swallow it."""


def _raise_interrupt(signum, frame):
    raise _Interrupted()


@few_collections()  # (a batch collects garbage rarely; the settings come back after)
def run_batch(inputs, out_dir, *, workers: int = 1, doc_date=None, resume: bool = False, fmt: str = "csv",
              progress: Optional[bool] = None, log=None, time_budget: Optional[float] = SECONDS_PER_10K) -> RunSummary:
    """Extract every document of `inputs` into the tables of `out_dir`; return a summary. A document
    taking more than `time_budget` seconds per 10,000 characters is recorded as failed."""
    out_dir, log = Path(out_dir), log or sys.stderr
    started = time.perf_counter()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    previous = _previous_rows(out_dir, fmt) if resume else {}
    items = with_default_date(load(inputs), doc_date)
    if previous:
        items = _mark_reused(items, previous)
    summary = RunSummary()
    bar = _progress(log.isatty() if progress is None else progress)
    writer = TableWriter(out_dir, fmt)
    emitted = set()
    old_handler = signal.signal(signal.SIGTERM, _raise_interrupt) if _main_thread() else None
    try:
        for result in map_documents(functools.partial(batch_tables, time_budget=time_budget), items, workers=workers):
            if isinstance(result, Reused):
                tables = previous[result.doc_id]
                summary.reused += 1
            else:
                tables = result
                _report(tables["documents"][0], summary, log, bar)
            emitted.add(tables["documents"][0]["doc_id"])
            writer.add_rows(tables)
            _count(tables, summary)
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(f"{summary.chars / max(time.perf_counter() - started, 1e-9):,.0f} chars/s", refresh=False)
    except (KeyboardInterrupt, _Interrupted):
        summary.status = "partial"
        for doc_id, tables in previous.items():  # keep what the previous run had done
            if doc_id not in emitted:
                writer.add_rows(tables)
                _count(tables, summary)
    except BaseException:
        writer.abort()
        raise
    finally:
        if old_handler is not None:
            signal.signal(signal.SIGTERM, old_handler)
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - started
    writer.add_file("run.json", json.dumps(_manifest(summary, inputs, out_dir, workers, fmt, doc_date, resume, started_at),
                                           ensure_ascii=False, indent=2) + "\n")
    writer.commit()
    return summary


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _report(document: dict, summary: RunSummary, log, bar) -> None:
    """Errors and warnings of a document, from its documents row."""
    write = bar.write if bar is not None else (lambda line: print(line, file=log))
    if document["error"]:
        summary.errors.append({"doc_id": document["doc_id"], "source": document["source"], "error": document["error"]})
        write(f"koie: error: {document['error']}")
    elif document["warning"]:
        write(f"koie: warning: {document['warning']}")


def _count(tables: dict, summary: RunSummary) -> None:
    document = tables["documents"][0]
    summary.documents += 1
    summary.failed += document["status"] != "ok"
    summary.chars += int(document["chars"] or 0)
    for table in mention_tables():
        summary.mentions[table] += len(tables.get(table, ()))


def _manifest(summary: RunSummary, inputs, out_dir, workers, fmt, doc_date, resume, started_at) -> dict:
    return {
        "koie_version": __version__,
        "fingerprint": fingerprint(),
        "status": summary.status,
        "started": started_at,
        "inputs": [str(path) for path in inputs],
        "options": {"workers": workers, "format": fmt, "doc_date": str(doc_date) if doc_date else None, "resume": resume},
        "counts": {"documents": summary.documents, "ok": summary.documents - summary.failed, "failed": summary.failed,
                   "reused": summary.reused, "chars": summary.chars, **summary.mentions},
        "timings": {"seconds": round(summary.seconds, 3),
                    "documents_per_second": round(summary.documents / summary.seconds, 2) if summary.seconds else None,
                    "chars_per_second": round(summary.chars / summary.seconds) if summary.seconds else None},
        "errors": summary.errors,
    }
