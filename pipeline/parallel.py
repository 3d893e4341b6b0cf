"""The batch machinery under `extract_many` and `koie run`: documents in batches through worker
processes (one Kiwi each), results in input order, garbage collected rarely.

Apart from the library API (`pipeline.api`): a pool, its signals and the collector's settings
are the concern of a batch run, not of one text.
"""
from __future__ import annotations

import contextlib
import gc
import os
from typing import Callable, Iterable, Iterator

# Documents per batch: a worker's unit of work, and the stretch over which each stage runs at once.
BATCH_SIZE = 16


def map_documents(function: Callable, items: Iterable, workers: int = 1, batch_size: int = BATCH_SIZE) -> Iterator:
    """`function` (a module-level function from a batch, a list of items, to a list of results,
    so workers can find it) over `items` in batches of `batch_size`, yielding the results in input
    order, in `workers` processes, lazily (see `extract_many`). A batch runner passes a function
    that turns documents into their table rows: rows travel back to the parent far lighter than
    an `Extraction` with all its tokens."""
    from itertools import islice

    iterator = iter(items)
    batches = iter(lambda: list(islice(iterator, batch_size)), [])
    if workers <= 1:
        for batch in batches:
            yield from on_a_thread(function, batch)
        return
    import multiprocessing
    from collections import deque

    # Fork is fastest, but forking a process that runs threads (a progress bar, Dask, a test
    # runner) can copy a held lock into the child and hang it; then a fork server starts clean.
    import threading

    method = "fork" if threading.active_count() == 1 else "forkserver"
    context = multiprocessing.get_context(method if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_warm_up) as pool:
        pending = deque()
        for batch in batches:
            pending.append(pool.apply_async(function, (batch,)))
            if len(pending) >= 4 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def on_a_thread(function: Callable, batch: list) -> list:
    """`function(batch)` on a daemon thread, waited for here: Python runs signal handlers in the
    main thread only, between bytecodes, so a batch run in the main thread would hear no Ctrl-C or
    SIGTERM while kiwipiepy spends minutes in C code on a huge document. kiwipiepy releases the
    GIL, and a wait here is interrupted at once; the interrupted batch finishes unseen (a daemon
    thread never holds up the exit)."""
    import threading

    outcome, done = [], threading.Event()

    def work():
        try:
            outcome.append((True, function(batch)))
        except BaseException as error:  # raised again in the caller's thread
            outcome.append((False, error))
        finally:
            done.set()

    threading.Thread(target=work, name="koie-batch", daemon=True).start()
    done.wait()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


# A batch makes millions of short-lived objects and keeps none: the youngest generation is
# collected 70 times less often (measured: about 1% of a run's time).
_BATCH_GC_THRESHOLDS = (50_000, 20, 100)


def collect_rarely() -> tuple:
    """Collect garbage as a batch needs: rarely, and never through what is loaded already (Kiwi,
    lexicons, patterns: `gc.freeze`). Returns the thresholds it replaced."""
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_BATCH_GC_THRESHOLDS)
    return previous


@contextlib.contextmanager
def few_collections():
    """`collect_rarely` for a while; the process's settings come back afterwards."""
    previous = collect_rarely()
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def _warm_up() -> None:
    import signal

    from .segment import kiwi

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    # A forked worker inherits the parent's SIGTERM handler (a partial run); the pool stops its
    # workers with SIGTERM and waits for them, so they must simply die (else a stop can hang).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    kiwi()
    collect_rarely()  # for the worker's whole life
