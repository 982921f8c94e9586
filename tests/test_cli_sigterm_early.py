"""SIGTERM to ``geo parse --jsonl`` before its run starts (the pipeline loading, the
workers not yet started) exits 130 "geo: interrupted", as one during the run does
(README's exit statuses); other commands still exit 143."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geo.cli import _looks_like_corpus_run

from .waiting import CHILD_TIMEOUT_S

# Sends SIGTERM to itself at a chosen point before the run, then carries on (slowly: a
# signal sent to itself is handled at once, in the sleep, whatever the machine's load):
# the signal must stop it there.
_HOOKED = """
import os, signal, sys, time
import geo.cli, geo.cli_corpus, geo.cli_commands
where = sys.argv[1]
def hook(module, name):
    original = getattr(module, name)
    def hooked(*args, **kwargs):
        signal.raise_signal(signal.SIGTERM)
        time.sleep(0.5)
        return original(*args, **kwargs)
    setattr(module, name, hooked)
if where == "before-run":  # the corpus modules and the pipeline not imported yet
    hook(geo.cli_corpus, "run_corpus")
elif where == "command":  # a single article: SIGTERM is 143 "terminated"
    hook(geo.cli_commands, "cmd_parse")
sys.argv = ["geo", *sys.argv[2:]]
sys.exit(geo.cli.main())
"""


def _run(where: str, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _HOOKED, where, *argv], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, check=False)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["jsonl", "geoparquet"])
def test_sigterm_before_the_run_starts_is_130_interrupted(tmp_path, jobs, fmt):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": "Shelling near Sumy."}) + "\n"
                           for i in range(5)), encoding="utf-8")
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    proc = _run("before-run", "parse", "--jsonl", str(src), "-o", str(out), "-j", jobs,
                "--format", fmt)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.splitlines() == ["geo: interrupted"], proc.stderr
    assert not out.exists()  # nothing half-written


def test_an_abbreviated_option_is_a_corpus_run_too(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Kyiv."}\n', encoding="utf-8")
    proc = _run("before-run", "parse", f"--json={src}")
    assert proc.returncode == 130 and proc.stderr.strip() == "geo: interrupted", proc.stderr


def test_sigterm_to_a_single_article_is_still_143(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Shelling near Sumy.", encoding="utf-8")
    proc = _run("command", "parse", str(article))
    assert proc.returncode == 143, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("argv", "corpus"),
    [
        (["parse", "--jsonl", "a.jsonl"], True),
        (["parse", "--jso", "a.jsonl"], True),
        (["parse", "--jsonl=a.jsonl", "-j", "2"], True),
        (["parse", "a.txt"], False),
        (["parse", "--", "--jsonl"], False),  # an article named --jsonl
        (["parse", "--j", "2"], False),  # ambiguous with --jobs: the parser decides
        (["map", "--jsonl", "a.jsonl"], False),
        ([], False),
    ],
)
def test_the_guess_before_the_parser(argv, corpus):
    assert _looks_like_corpus_run(argv) is corpus
