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
from collections.abc import Iterable, Iterator

__all__ = ["LogRecord", "captured", "emit_named", "named_warnings"]

#: (logger name, level, message) of one captured log record.
LogRecord = tuple[str, int, str]

_PREFIX = "warning: "


class _Collect(logging.Handler):
    def __init__(self, into: list[LogRecord]) -> None:
        super().__init__(logging.NOTSET)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call: its format, as logging would
            message = str(record.msg)
        self.into.append((record.name, record.levelno, message))


@contextlib.contextmanager
def captured(logger: str = "geo") -> Iterator[list[LogRecord]]:
    """Collect, instead of saying, what ``logger`` and its children log inside.

    Only records the loggers let through (their levels) are collected; the list is
    filled as they come. Not for threads that log at the same time.

    Examples
    --------
    >>> with captured() as records:
    ...     logging.getLogger("geo.text").warning("kept the first %d", 3)
    >>> records
    [('geo.text', 30, 'kept the first 3')]
    """
    records: list[LogRecord] = []
    log = logging.getLogger(logger)
    handler = _Collect(records)
    propagate = log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        yield records
    finally:
        log.removeHandler(handler)
        log.propagate = propagate


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
def named_warnings(where: str, logger: str = "geo") -> Iterator[None]:
    """What ``logger`` logs inside, said at the end with ``where`` before each message
    (:func:`captured`, then :func:`emit_named`), also when the block raises."""
    records: list[LogRecord] = []
    try:
        with captured(logger) as records:
            yield
    finally:
        emit_named(records, where)
