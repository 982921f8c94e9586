"""A write to OUT that fails mid-run (a full disk, a quota, a file size limit): OUT is
cut back to its last complete line, the error says how many lines are there and that
--resume continues, as after SIGTERM; the resume then completes the run."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys

import pytest

from geo.corpus_run import cut_to_last_line

from .waiting import CHILD_TIMEOUT_S

DOCS = [{"id": f"d{i}", "text": f"Russian shelling near Sumy and Kharkiv, report {i}."}
        for i in range(40)]


def _limited(limit_bytes):
    def setup():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit: EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return setup


_MAIN = "import sys; from geo import cli; sys.exit(cli.main(sys.argv[1:]))"


def _geo(args, cwd, preexec=None):
    env = dict(os.environ, PYTHONPATH=os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", _MAIN, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, preexec_fn=preexec,
                          timeout=CHILD_TIMEOUT_S)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_full_output_is_cut_to_whole_lines_and_resumed(tmp_path, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    whole = _geo(["parse", "--jsonl", "in.jsonl", "-o", "whole.jsonl", "-q",
                  "--only", "toponyms"], tmp_path)
    assert whole.returncode == 0, whole.stderr
    expected = (tmp_path / "whole.jsonl").read_bytes()
    limit = len(expected) // 3 + 17  # mid-line, surely
    cut = _geo(["parse", "--jsonl", "in.jsonl", "-o", "out.jsonl", "-q",
                "--only", "toponyms"], tmp_path, _limited(limit))
    assert cut.returncode == 2
    out = (tmp_path / "out.jsonl").read_bytes()
    n = out.count(b"\n")
    assert cut.stderr.count("\n") == 1 and cut.stderr.startswith("geo: error: cannot write ")
    assert f"; {n} line(s) written" in cut.stderr and "--resume continues" in cut.stderr
    assert 0 < len(out) <= limit and out.endswith(b"\n") and expected.startswith(out)
    again = _geo(["parse", "--jsonl", "in.jsonl", "-o", "out.jsonl", "-q", "--resume",
                  "--only", "toponyms"], tmp_path)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == expected


@pytest.mark.parametrize(
    ("data", "start", "kept", "lines"),
    [
        (b"a\nb\nc", 0, b"a\nb\n", 2),
        (b"a\nb\n", 0, b"a\nb\n", 2),
        (b"abc", 0, b"", 0),
        (b"a\nbc", 2, b"a\n", 0),  # nothing of this run complete: back to its start
        (b"a\nb\nc\nd", 2, b"a\nb\nc\n", 2),
        (b"", 0, b"", 0),
    ],
)
def test_cut_to_last_line(tmp_path, data, start, kept, lines):
    path = tmp_path / "out.jsonl"
    path.write_bytes(data)
    assert cut_to_last_line(str(path), start) == lines
    assert path.read_bytes() == kept
