"""A time budget per document: one that takes far longer than its length warrants (hostile input,
a rule gone slow) is recorded as failed, and the run goes on instead of stalling on it.

The stages look at the clock where they loop (`check`: between kiwipiepy's pieces, between rule
matches, between dimensions); past the deadline `check` raises `OverBudget`, which the batch
turns into the document's error. The deadline is a context variable, so nothing is passed down.
The clock is the process's processor time, not the wall's: a document that waits for a core on a
busy machine has not gone slow (the 200 MB run at load ~5 once failed a plain 3,056-character
article after 5 s of wall time, most of it spent waiting).
"""
from __future__ import annotations

import contextlib
import contextvars
import time
from typing import Optional

# Processor seconds a document may take per 10,000 characters (and at least this, however short it is): a
# news article of 3,000 characters takes about a tenth of a second.
SECONDS_PER_10K = 5.0

_deadline: contextvars.ContextVar = contextvars.ContextVar("koie_deadline", default=None)


_now = time.process_time  # the process's processor seconds: waiting for a core is not spending
# The wall's clock, a hundred times cheaper to read here (the processor's is a system call: 6.5 µs on this machine, and
# `check` runs at every rule match): a stage has spent no more of the processor than of the wall (one thread of the
# process works at a time), so while the wall's deadline is ahead the processor's is too, and `check` reads only the wall's.
_wall = time.perf_counter


class OverBudget(Exception):
    """The document being processed is past its deadline."""


def seconds_for(length: int, per_10k: Optional[float]) -> Optional[float]:
    """The budget of a document of `length` characters; None (no limit) when `per_10k` is None or 0."""
    return per_10k * max(1.0, length / 10_000) if per_10k else None


def check() -> None:
    """Raise `OverBudget` if the current document is past its deadline."""
    deadline = _deadline.get()  # (the wall's deadline, the processor's)
    if deadline is not None and _wall() > deadline[0] and _now() > deadline[1]:
        raise OverBudget()


class Clock:
    """The time one document has left; each stage spends some (`running`)."""

    def __init__(self, seconds: Optional[float]):
        self.seconds = seconds
        self.left = seconds

    @contextlib.contextmanager
    def running(self):
        """A stage of this document: `check` inside it raises once the time left is spent.

        The stages of a batch run one right after another (each document's, then the next's), so a stage that starts
        within `_ADJACENT` seconds of the wall after the last one ended starts at that end's reading of the processor's
        clock rather than reading it again (the few microseconds between are charged to this stage)."""
        if self.left is None:
            token = _deadline.set(None)
            try:
                yield
            finally:
                _deadline.reset(token)
            return
        wall = _wall()
        since, started = _last if wall - _last[0] < _ADJACENT else (wall, _now())
        token = _deadline.set((since + self.left, started + self.left))
        try:
            yield
        finally:
            _deadline.reset(token)
            ended = _now()
            _last[:] = _wall(), ended
            self.left -= ended - started


# (the wall's and the processor's clocks when the last stage ended; a stage that starts this soon after starts there)
_last = [float("-inf"), 0.0]
_ADJACENT = 1e-4
