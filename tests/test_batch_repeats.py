"""A corpus run warns once of each name not in the gazetteer, then counts it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .waiting import CHILD_TIMEOUT_S

pytestmark = pytest.mark.gazetteer

TEXT = "Aid reached Jalalabad, Chawkay and Asadabad on Monday, officials said."


def _geo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, check=False)


def _warnings(err: str, name: str) -> list[str]:
    return [line for line in err.splitlines() if f"'{name}' (characters" in line]


def test_a_name_is_warned_of_once_and_counted(tmp_path, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": n, "text": TEXT}) + "\n" for n in range(4)),
                   encoding="utf-8")
    said = []
    for jobs in ("1", "2"):
        done = _geo("parse", "--jsonl", str(src), "-o", str(tmp_path / f"o{jobs}.jsonl"),
                    "-j", jobs)
        assert done.returncode == 0, done.stderr
        first = _warnings(done.stderr, "Chawkay")
        assert len(first) == 1 and "line 1 (id 0)" in first[0]
        assert done.stderr.splitlines()[-1] == (
            "geo: warning: 3 more warnings of names not in the gazetteer were not repeated: "
            "'Chawkay' (3)")
        said.append(done.stderr)
    assert said[0] == said[1]  # the same words for -j 1 and -j 2


def test_one_article_and_quiet_say_nothing_more(tmp_path, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    err = _geo("parse", str(article)).stderr
    assert len(_warnings(err, "Chawkay")) == 1 and "not repeated" not in err
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": n, "text": TEXT}) + "\n" for n in range(2)),
                   encoding="utf-8")
    assert _geo("parse", "--jsonl", str(src), "-q", "-o", str(tmp_path / "o.jsonl")).stderr \
        == ""
