"""A stop signal between a line's write and its count: the "N line(s) written" message
counts what the file holds (tester29 R4: it said 1 for a file of 2 lines)."""

from __future__ import annotations

import json
import logging
import os
import signal

import pytest

from geo import corpus_run


def _fake_lines(lines, options, **_):
    for line in lines:
        yield json.dumps({"id": line.id, "toponyms": []}), False


def test_a_signal_right_after_a_write_is_counted_with_it(tmp_path, monkeypatch, caplog):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": "Sumy"}) + "\n" for i in range(5)),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(corpus_run, "analyze_lines", _fake_lines)
    write = corpus_run._JsonlSink.write

    def write_then_stop(self, line):
        write(self, line)
        if json.loads(line)["id"] == 1:  # the signal comes before the line is counted
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(corpus_run._JsonlSink, "write", write_then_stop)
    before = signal.getsignal(signal.SIGTERM)
    with caplog.at_level(logging.WARNING), pytest.raises(KeyboardInterrupt):
        corpus_run.run([str(src)], str(out))
    held = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in held] == [0, 1]
    said = [r.getMessage() for r in caplog.records if "interrupted" in r.getMessage()]
    assert said == [f"interrupted: 2 line(s) written to {out}; --resume continues from there"]
    assert signal.getsignal(signal.SIGTERM) is before  # the run's handler is gone
