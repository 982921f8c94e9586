"""Ctrl-C and SIGTERM around a corpus run's commit: outputs are whole or absent.

:func:`geo.corpus_records.interruptible` notes every signal it turns into a
:class:`KeyboardInterrupt` (:func:`note`), so that an interrupt whose exception was
swallowed on the way (raised inside a garbage collector's callback, which Python
reports as "Exception ignored" and drops) still stops the run before its outputs
are moved into place (:func:`committing`). While they are moved, and while a
cluster closes after a completed run, signals are held (:func:`holding`): a run
is never cut half-way through its commit, and one that completed says so instead
of exiting as interrupted.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator

__all__ = [
    "committing", "holding", "interrupted", "note", "reset", "stop", "stop_on_sigterm", "whole",
]

log = logging.getLogger("geo.corpus")

#: The signals noted since the run started (:func:`reset`).
_SEEN: list[int] = []


def reset() -> None:
    """Forget the signals of an earlier run (a run starts)."""
    _SEEN.clear()


def note(signum: int) -> None:
    """Note that ``signum`` asked the run to stop."""
    _SEEN.append(signum)


def interrupted() -> bool:
    """Whether a signal asked the run to stop since :func:`reset`."""
    return bool(_SEEN)


def stop(signum: int, frame: object) -> None:
    """A signal handler: stop as Ctrl-C does (:class:`KeyboardInterrupt`), the signal
    noted (:func:`note`) so that it is seen at the commit, should the exception be lost.
    Inside :func:`whole` the exception waits for the end of the block."""
    note(signum)
    if _WHOLE[0]:
        return  # raised when the block ends
    raise KeyboardInterrupt


#: How many :func:`whole` blocks are open (in the main thread, where handlers run).
_WHOLE = [0]


@contextlib.contextmanager
def whole() -> Iterator[None]:
    """A step that a stop signal does not cut in two: one written output line and its
    count (``N line(s) written to OUT``). A signal that comes inside (:func:`stop`)
    raises its :class:`KeyboardInterrupt` at the end of the block, so what the message
    counts is what the file holds (tester29: "1 line(s) written" for a file of 2, the
    signal come between a line's write and its count). Costs a counter, no system call.

    Examples
    --------
    >>> import os
    >>> previous = signal.signal(signal.SIGTERM, stop)
    >>> done = []
    >>> try:
    ...     with whole():
    ...         os.kill(os.getpid(), signal.SIGTERM)
    ...         done.append("rest of the step")
    ... except KeyboardInterrupt:
    ...     done.append("stopped after it")
    >>> _ = signal.signal(signal.SIGTERM, previous); reset()
    >>> done
    ['rest of the step', 'stopped after it']
    """
    _WHOLE[0] += 1
    try:
        yield
    finally:
        _WHOLE[0] -= 1
    if not _WHOLE[0] and interrupted():
        raise KeyboardInterrupt


def stop_on_sigterm() -> None:
    """From now on SIGTERM stops the program as Ctrl-C does (:class:`KeyboardInterrupt`,
    noted): what ``geo parse --jsonl`` does from the moment its arguments are read,
    so that a SIGTERM before the run starts (while the pipeline loads, before the
    workers start) exits 130 "interrupted" as one during the run does. Only the main
    thread can set a handler: elsewhere, nothing changes.
    """
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


@contextlib.contextmanager
def holding() -> Iterator[list[int]]:
    """SIGINT and SIGTERM held inside the block: yields the list of those that came
    (the caller decides what they mean). Outside the main thread, nothing is held
    (no handler can be set there) and the list stays empty.

    Examples
    --------
    >>> import os
    >>> with holding() as held:
    ...     os.kill(os.getpid(), signal.SIGTERM)
    >>> held == [signal.SIGTERM]
    True
    """
    held: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield held
        return
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) not in (signal.SIG_IGN, None):
            previous[signum] = signal.signal(signum, lambda n, frame: held.append(n))
    try:
        yield held
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def committing() -> Iterator[None]:
    """Move finished outputs into place inside the block, whole.

    Raises
    ------
    KeyboardInterrupt
        Before the block, when a signal asked the run to stop (:func:`interrupted`),
        even if its exception was lost: nothing is committed then. A signal that
        comes during the block is held; the outputs it completes are whole, and a
        warning says that the run had completed.
    """
    if interrupted():
        raise KeyboardInterrupt
    with holding() as held:
        yield
    if held:
        log.warning("a stop signal came as the outputs were moved into place: the run had "
                    "completed, and they are whole")
