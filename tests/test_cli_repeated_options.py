"""An option that takes one value, given twice, is refused (the first was dropped without
a word: an output never written, an input never read); parse --jsonl takes several."""

from __future__ import annotations

import json

import pytest

from geo import cli


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["map", "a.txt", "-o", "x.html", "-o", "y.html"], "-o is given twice (-o y.html)"),
        (["map", "--jsonl", "a.jsonl", "--jsonl", "b.jsonl"],
         "--jsonl is given twice (--jsonl b.jsonl)"),
        (["report", "a.txt", "-o", "r.html", "--output", "s.html"],
         "-o is given twice (--output s.html)"),
        (["parse", "a.txt", "--only", "toponyms", "--stages", "claims"],
         "--only is given twice (--stages claims)"),
        (["map", "a.txt", "--png", "a.png", "--png", "b.png"], "--png is given twice"),
        (["parse", "--jsonl", "a.jsonl", "-j", "2", "-j", "3"], "-j is given twice (-j 3)"),
    ],
)
def test_an_option_given_twice_is_refused_before_any_work(argv, said, tmp_path, capsys,
                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_parse_reads_every_jsonl_given(tmp_path, capsys, mini_gazetteer, monkeypatch):
    """--jsonl a --jsonl b reads both, in order, as --jsonl a b does (b alone was read)."""
    monkeypatch.setattr("geo.gazetteer.index.load_gazetteer", lambda *a, **k: mini_gazetteer)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "a1", "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    b.write_text('{"id": "b1", "text": "Drones struck Kharkiv."}\n', encoding="utf-8")
    outs = []
    for argv in (["--jsonl", str(a), "--jsonl", str(b)], ["--jsonl", str(a), str(b)]):
        out = tmp_path / f"out{len(outs)}.jsonl"
        assert cli.main(["parse", *argv, "-o", str(out), "-q"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [json.loads(line)["id"] for line in outs[0].splitlines()] == ["a1", "b1"]


def test_an_argument_error_never_prints_control_characters(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        cli.main(["map", "a.txt", "-o", "x.html", "-o", "\x1b[2Jy\u202e.html"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err and err.count("\n") == 1
    assert "(-o \\x1b[2Jy\\u202e.html)" in err
