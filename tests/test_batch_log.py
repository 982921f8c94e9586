"""geo.batch_log: a document's warnings collected and said again, named after it."""

from __future__ import annotations

import logging
import threading

from geo import batch_log
from geo.batch_log import captured, emit_named, named_warnings


def assert_as_it_was() -> None:
    log = logging.getLogger("geo")
    assert log.propagate and not any(isinstance(h, batch_log._Router) for h in log.handlers)


def test_named_warnings_prefix_each_message_in_order(caplog):
    with caplog.at_level(logging.WARNING), named_warnings("c.jsonl:4 (id a)"):
        logging.getLogger("geo.text.x").warning("first %d", 1)
        logging.getLogger("geo.y").warning("warning: second")
        assert caplog.records == []  # said at the end, not as they come
    assert [(r.name, r.getMessage()) for r in caplog.records] == [
        ("geo.text.x", "warning: c.jsonl:4 (id a): first 1"),
        ("geo.y", "warning: c.jsonl:4 (id a): second"),
    ]
    assert_as_it_was()


def test_named_warnings_are_said_when_the_block_raises(caplog):
    try:
        with caplog.at_level(logging.WARNING), named_warnings("doc"):
            logging.getLogger("geo.z").warning("cut")
            raise MemoryError
    except MemoryError:
        pass
    assert [r.getMessage() for r in caplog.records] == ["warning: doc: cut"]


def test_captures_in_threads_keep_their_own_records(caplog):
    """Two threads capturing at once each get their own records; a thread that does not
    capture is said as usual; the logger is as it was afterwards."""
    start, done = threading.Barrier(3), threading.Barrier(3)
    got: dict[str, list] = {}

    def work(name: str) -> None:
        with captured() as records:
            start.wait()
            logging.getLogger("geo.t").warning("from %s", name)
            done.wait()
        got[name] = records

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    with caplog.at_level(logging.WARNING):
        for t in threads:
            t.start()
        start.wait()
        logging.getLogger("geo.t").warning("from the main thread")
        done.wait()
        for t in threads:
            t.join()
    assert got == {"a": [("geo.t", 30, "from a")], "b": [("geo.t", 30, "from b")]}
    assert [r.getMessage() for r in caplog.records] == ["from the main thread"]
    assert_as_it_was()


def test_emit_named_keeps_levels():
    records = [("geo.q", logging.INFO, "note"), ("geo.q", logging.ERROR, "bad")]
    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            seen.append((record.levelno, record.getMessage()))

    log = logging.getLogger("geo.q")
    handler = Keep()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        emit_named(records, "line 2")
    finally:
        log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
    assert seen == [(logging.INFO, "line 2: note"), (logging.ERROR, "warning: line 2: bad")]
