"""The README's examples run as written: each code block marked ``<!-- runnable ... -->``
(the line before its fence) is run, a Python block in this process (no network: the one
online geocoder it builds is answered here), a shell block line by line as ``geo``
commands, both in a fresh folder that holds the repository's ``data/`` and a small
``corpus.jsonl``."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .waiting import CHILD_TIMEOUT_S

ROOT = Path(__file__).resolve().parent.parent
MARK = "<!-- runnable"


def runnable_blocks(text: str) -> list[tuple[int, str, str]]:
    """(line number of the fence, language, code) of every block marked runnable."""
    lines, found = text.splitlines(), []
    for i, line in enumerate(lines):
        if not line.startswith(MARK):
            continue
        fence = lines[i + 1]
        assert fence.startswith("```") and len(fence) > 3, (
            f"README.md:{i + 1}: a runnable mark must stand right before a fence with a language")
        end = next(j for j in range(i + 2, len(lines)) if lines[j].startswith("```"))
        found.append((i + 2, fence[3:].strip(), "\n".join(lines[i + 2 : end]) + "\n"))
    return found


BLOCKS = runnable_blocks((ROOT / "README.md").read_text(encoding="utf-8"))


def shell_commands(code: str) -> list[list[str]]:
    """Each command line of a shell block (comments dropped) as its arguments."""
    return [shlex.split(line, comments=True) for line in code.splitlines()
            if shlex.split(line, comments=True)]


def test_runnable_blocks_are_found():
    assert {lang for _, lang, _ in BLOCKS} >= {"python", "sh"}
    assert runnable_blocks("a\n<!-- runnable -->\n```sh\ngeo x  # y\n```\n") == [
        (3, "sh", "geo x  # y\n")]
    assert shell_commands("geo parse a.txt   # a note\n# only a note\n\ngeo x 'b c'\n") == [
        ["geo", "parse", "a.txt"], ["geo", "x", "b c"]]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A fresh working folder with the repository's data/ and a small corpus.jsonl."""
    (tmp_path / "data").symlink_to(ROOT / "data")
    docs = [{"id": 1, "text": "Russian drones struck Sumy overnight, the governor said."},
            {"id": 2, "text": "Shelling hit Kupiansk and villages 10 km north of Kharkiv.",
             "date": "2025-06-20"}]
    (tmp_path / "corpus.jsonl").write_text(
        "".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.gazetteer
@pytest.mark.parametrize(("line", "lang", "code"), BLOCKS,
                         ids=[f"README.md:{n}-{lang}" for n, lang, _ in BLOCKS])
def test_a_runnable_block_runs(line, lang, code, folder, monkeypatch, gazetteer):
    if lang == "python":
        import geopy.geocoders

        from geo.geocoders import online

        asked = []
        monkeypatch.setattr(online, "cache_dir", lambda: folder)  # not the user's cache
        monkeypatch.setattr(geopy.geocoders.Nominatim, "geocode",
                            lambda self, query, **kw: asked.append(query))  # no network
        exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})
        assert asked == ["Some village"]  # offline first: the online one asked last
        assert {p.name for p in folder.iterdir()} >= {
            "map.html", "map.png", "thumb.svg", "report.html"}
        return
    assert lang == "sh"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for argv in shell_commands(code):
        assert argv[0] == "geo", argv
        proc = subprocess.run([sys.executable, "-m", "geo", *argv[1:]], capture_output=True,
                              text=True, timeout=CHILD_TIMEOUT_S, check=False, env=env)
        assert proc.returncode == 0, (argv, proc.stderr)
