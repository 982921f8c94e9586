"""The warnings of one document of a batch, named after it.

A warning the pipeline logs while it analyses a text ("kept the first 2,000 spatial
statements of the text ...") says nothing of which text: alone that is the article,
but in a batch (``geo parse``, ``geo map`` and ``geo report --jsonl``) it would leave
the reader to guess. :func:`captured` collects what the ``geo`` loggers say during a
document's analysis; :func:`emit_named` says it again, each message prefixed with the
document's name (``c.jsonl:4 (id Sumy-1)``). Records are plain tuples, so a worker
process returns them with its result and the parent says them in input order:
standard error is the same whatever the number of processes.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator

__all__ = ["LogRecord", "captured", "emit_named", "named_warnings", "say_again"]

#: (logger name, level, message) of one captured log record.
LogRecord = tuple[str, int, str]

_PREFIX = "warning: "


_LOGGER = "geo"
_LOCK = threading.Lock()
#: Thread id -> the records collected for it, while :func:`captured` runs there.
_ACTIVE: dict[int, list[LogRecord]] = {}


class _Router(logging.Handler):
    """On the ``geo`` logger while some thread captures: a record of a capturing
    thread is collected; another thread's goes on where it would have gone."""

    def emit(self, record: logging.LogRecord) -> None:
        into = _ACTIVE.get(record.thread or 0)
        if into is None:
            _pass_on(record)
            return
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call: its format, as logging would
            message = str(record.msg)
        into.append((record.name, record.levelno, message))


def _pass_on(record: logging.LogRecord) -> None:
    """Handle ``record`` as the loggers above ``geo`` would have (propagation is off
    while a capture runs)."""
    logger = logging.getLogger(_LOGGER).parent
    while logger is not None:
        for handler in logger.handlers:
            if record.levelno >= handler.level:
                handler.handle(record)
        if not logger.propagate:
            break
        logger = logger.parent


_ROUTER = _Router(logging.NOTSET)
_SAVED: dict[str, bool] = {}


@contextlib.contextmanager
def captured() -> Iterator[list[LogRecord]]:
    """Collect, instead of saying, what the ``geo`` loggers log in this thread inside.

    Only records the loggers let through (their levels) are collected; the list is
    filled as they come. Other threads' records are said as usual, and captures in
    several threads at once each get their own.

    Examples
    --------
    >>> with captured() as records:
    ...     logging.getLogger("geo.text").warning("kept the first %d", 3)
    >>> records
    [('geo.text', 30, 'kept the first 3')]
    """
    records: list[LogRecord] = []
    log = logging.getLogger(_LOGGER)
    me = threading.get_ident()
    with _LOCK:
        outer = _ACTIVE.get(me)
        _ACTIVE[me] = records
        if len(_ACTIVE) == 1 and outer is None:
            _SAVED["propagate"] = log.propagate
            log.addHandler(_ROUTER)
            log.propagate = False
    try:
        yield records
    finally:
        with _LOCK:
            if outer is not None:
                _ACTIVE[me] = outer
            else:
                del _ACTIVE[me]
                if not _ACTIVE:
                    log.removeHandler(_ROUTER)
                    log.propagate = _SAVED.pop("propagate", True)


def emit_named(records: Iterable[LogRecord], where: str) -> None:
    """Log ``records`` again, in order, each on its own logger and level, its message
    prefixed with ``where``: ``warning: WHERE: message``.

    Examples
    --------
    >>> import sys
    >>> h = logging.StreamHandler(sys.stdout)
    >>> logging.getLogger("geo.doc").addHandler(h)
    >>> emit_named([("geo.doc", logging.WARNING, "kept the first 3")], "c.jsonl:4 (id a)")
    warning: c.jsonl:4 (id a): kept the first 3
    >>> logging.getLogger("geo.doc").removeHandler(h)
    """
    for name, level, message in records:
        text = message.removeprefix(_PREFIX)
        prefix = _PREFIX if level >= logging.WARNING else ""
        logging.getLogger(name).log(level, "%s%s: %s", prefix, where, text)


@contextlib.contextmanager
def named_warnings(where: str) -> Iterator[None]:
    """What the ``geo`` loggers log inside, said at the end with ``where`` before each
    message (:func:`captured`, then :func:`emit_named`), also when the block raises."""
    records: list[LogRecord] = []
    try:
        with captured() as records:
            yield
    finally:
        emit_named(records, where)


def say_again(records: Iterable[LogRecord]) -> None:
    """Log ``records`` again as they were (each on its own logger and level, already
    named after its line): what another process captured (a ``-j N`` worker, a Dask
    worker), said here in input order."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)
