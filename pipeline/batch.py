"""Batch runs: stream documents through the pipeline into the tables, with a manifest.

Memory stays flat in the corpus size: documents are read lazily, at most a few batches are in
flight in the worker processes, rows stream into temporary files, and only counters are kept.
`--resume` reuses the rows of documents already done in the output folder (same doc_id, text and
metadata, same rules and lexicons). Ctrl-C or SIGTERM writes a partial run, marked `"status": "partial"` in run.json;
a hard kill leaves the previous tables untouched, and so does a run in which every document
failed when the folder holds a complete run (its status is then `kept`).
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
from .write import TableWriter, folder_lock, mention_tables, read_tables, rows


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Reused:
    """A document whose rows are taken from the previous run (`--resume`)."""

    doc_id: str


def metadata_hash(document: Document) -> str:
    """A hash of what besides the text shapes a document's rows (its date, where it came from, its
    other fields), so that `--resume` redoes a document whose metadata or `--doc-date` changed."""
    fields = [document.doc_date.isoformat() if document.doc_date else "", document.doc_date_source, document.source,
              document.meta]
    return content_hash(json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str))


def _hashes(item) -> dict:
    """The documents-row columns that tell `--resume` whether a document changed since its rows."""
    if not isinstance(item, Document) or not item.text:
        return {"content_hash": "", "metadata_hash": ""}
    return {"content_hash": content_hash(item.text), "metadata_hash": metadata_hash(item)}


def batch_tables(items: list, time_budget: Optional[float] = SECONDS_PER_10K) -> list:
    """Each document's (or failure's) table rows, with the hashes of the document as read in its
    documents row; other items pass through. Runs in the worker processes."""
    return [result if isinstance(result, Reused) else _tables(item, result)
            for item, result in zip(items, process_batch(items, time_budget))]


def _tables(item, result) -> dict:
    tables = rows(result)
    tables["documents"][0].update(_hashes(item))
    return tables


@dataclass
class RunSummary:
    status: str = "complete"  # or "partial" (interrupted), "kept" (nothing written)
    documents: int = 0
    failed: int = 0
    reused: int = 0
    redone: int = 0
    chars: int = 0
    mentions: Counter = field(default_factory=Counter)
    undated: int = 0  # documents extracted with no date (doc_date_source none)
    unresolved: Counter = field(default_factory=Counter)  # dates left unplaced, by unresolved_reason
    errors: list = field(default_factory=list)
    seconds: float = 0.0


# run.json's status while a run renames its tables into place: they may be a mix of two runs.
COMMITTING = "committing"


def _json(manifest: dict) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def previous_manifest(out_dir: Path) -> dict:
    """The run.json of the run before (empty when there is none or it cannot be read)."""
    try:
        manifest = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


@dataclass(frozen=True)
class Previous:
    """What `--resume` finds in the output folder: the rows it may reuse (doc_id → {table: rows})
    and every document of the previous tables (one done again is counted as redone)."""

    rows: dict = field(default_factory=dict)
    doc_ids: frozenset = frozenset()


def _previous(out_dir: Path, fmt: str, log) -> Previous:
    tables = read_tables(out_dir, fmt)
    doc_ids = frozenset(row["doc_id"] for row in tables["documents"])
    refusal = _refusal(previous_manifest(out_dir), fmt)
    if refusal and doc_ids:
        print(f"koie: warning: {out_dir / 'run.json'}: {refusal}; every document is done again", file=log)
    return Previous({} if refusal else _done_rows(tables), doc_ids)


def _refusal(manifest: dict, fmt: str) -> str:
    """Why rows of the previous run may not be reused at all ('' when they may): rows made by
    other rules or lexicons, or tables that may mix two runs, are never reused."""
    if manifest.get("status") not in ("complete", "partial"):
        return "no finished run recorded (a run killed while committing its tables?)"
    if manifest.get("fingerprint") != fingerprint():
        return "the rules or lexicons changed since the previous run"
    if (manifest.get("options") or {}).get("format", "csv") != fmt:
        return f"the previous run wrote other tables than {fmt}"
    return ""


def _done_rows(previous: dict) -> dict:
    """doc_id → {table: rows} of the documents a previous run finished without error; an id with
    more than one documents row (written before ids were unique) is done again, not copied."""
    documents = Counter(row.get("doc_id") for row in previous["documents"])
    done = {row["doc_id"] for row in previous["documents"]
            if row.get("status") == "ok" and row.get("content_hash") and documents[row["doc_id"]] == 1}
    grouped = defaultdict(lambda: defaultdict(list))
    for table, found in previous.items():
        for row in found:
            if row.get("doc_id") in done:
                grouped[row["doc_id"]][table].append(row)
    return grouped


def holds_complete_run(out_dir: Path) -> bool:
    """Whether `out_dir` holds the tables of a complete run, as its manifest says."""
    return previous_manifest(Path(out_dir)).get("status") == "complete"


def _mark_reused(items, previous: dict):
    """Documents whose text and metadata are those of their rows in `previous` → `Reused`."""
    for item in items:
        if isinstance(item, Document) and item.doc_id in previous:
            old = previous[item.doc_id]["documents"][0]
            if all(old.get(column) == value for column, value in _hashes(item).items()):
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


def run_batch(inputs, out_dir, *, workers: int = 1, doc_date=None, resume: bool = False, fmt: str = "csv",
              progress: Optional[bool] = None, log=None, time_budget: Optional[float] = SECONDS_PER_10K) -> RunSummary:
    """Extract every document of `inputs` into the tables of `out_dir`; return a summary. A document
    taking more than `time_budget` seconds per 10,000 characters is recorded as failed.

    Raises `FolderLocked` when another run is writing into `out_dir`."""
    with folder_lock(out_dir):
        return _run_locked(inputs, Path(out_dir), workers=workers, doc_date=doc_date, resume=resume, fmt=fmt,
                           progress=progress, log=log or sys.stderr, time_budget=time_budget)


@few_collections()  # (a batch collects garbage rarely; the settings come back after)
def _run_locked(inputs, out_dir: Path, *, workers, doc_date, resume, fmt, progress, log, time_budget) -> RunSummary:
    started = time.perf_counter()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    previous = _previous(out_dir, fmt, log) if resume else Previous()
    items = with_default_date(load(inputs, exclude=[out_dir]), doc_date)
    if previous.rows:
        items = _mark_reused(items, previous.rows)
    summary = RunSummary()
    bar = _progress(log.isatty() if progress is None else progress)
    writer = TableWriter(out_dir, fmt)
    emitted = set()
    old_handler = signal.signal(signal.SIGTERM, _raise_interrupt) if _main_thread() else None
    try:
        for result in map_documents(functools.partial(batch_tables, time_budget=time_budget), items, workers=workers):
            if isinstance(result, Reused):
                tables = previous.rows[result.doc_id]
                summary.reused += 1
            else:
                tables = result
                summary.redone += tables["documents"][0]["doc_id"] in previous.doc_ids
                _report(tables["documents"][0], summary, log, bar)
            emitted.add(tables["documents"][0]["doc_id"])
            writer.add_rows(tables)
            _count(tables, summary)
            if bar is not None:
                bar.update(1)
                bar.set_postfix_str(f"{summary.chars / max(time.perf_counter() - started, 1e-9):,.0f} chars/s", refresh=False)
    except (KeyboardInterrupt, _Interrupted):
        summary.status = "partial"
        for doc_id, tables in previous.rows.items():  # keep what the previous run had done
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
    if summary.status == "complete" and summary.failed == summary.documents and holds_complete_run(out_dir):
        writer.abort()  # a mistake (every input wrong) must not replace a whole run with nothing
        summary.status = "kept"
        return summary
    manifest = _manifest(summary, inputs, out_dir, workers, fmt, doc_date, resume, started_at)
    writer.add_file("run.json", _json(manifest), pending=_json({**manifest, "status": COMMITTING}))
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
    summary.undated += document["status"] == "ok" and document["doc_date_source"] == "none"
    summary.unresolved.update(row["unresolved_reason"] for row in tables.get("dates", ()) if row.get("unresolved_reason"))


def _manifest(summary: RunSummary, inputs, out_dir, workers, fmt, doc_date, resume, started_at) -> dict:
    return {
        "koie_version": __version__,
        "fingerprint": fingerprint(),
        "status": summary.status,
        "started": started_at,
        "inputs": [str(path) for path in inputs],
        "options": {"workers": workers, "format": fmt, "doc_date": str(doc_date) if doc_date else None, "resume": resume},
        "counts": {"documents": summary.documents, "ok": summary.documents - summary.failed, "failed": summary.failed,
                   "reused": summary.reused, "redone": summary.redone, "chars": summary.chars, **summary.mentions,
                   "undated_documents": summary.undated, "unresolved_dates": sum(summary.unresolved.values()),
                   "unresolved_by_reason": dict(sorted(summary.unresolved.items()))},
        "timings": {"seconds": round(summary.seconds, 3),
                    "documents_per_second": round(summary.documents / summary.seconds, 2) if summary.seconds else None,
                    "chars_per_second": round(summary.chars / summary.seconds) if summary.seconds else None},
        "errors": summary.errors,
    }
