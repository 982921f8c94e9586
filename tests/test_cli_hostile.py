"""Hostile input and failing outputs: one clear line and the right exit status, in every
command (``geo parse``, ``geo map``, ``geo report``, ``geo geocode``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from geo import cli
from geo.corpus_records import decode_line, read_record
from geo.errors import InputError

from .waiting import CHILD_TIMEOUT_S, lines_written, wait_for

pytestmark = pytest.mark.gazetteer

GOOD = b'{"id": "good", "text": "Shelling near Kupiansk on Friday."}'

# One bad line of each kind, and the words its error says: every reader refuses it alike.
BAD_LINES = [
    (b'{"id": NaN, "text": "Shelling hit Kharkiv."}', '"id" must be finite'),
    (b'{"id": 1e999, "text": "Shelling hit Kharkiv."}', '"id" must be finite'),
    (b'{"id": [1, {"a": -Infinity}], "text": "Sumy."}', '"id" must be finite'),
    (b'{"id": 9, "text": 5}', '"text" must be a string, got a number'),
    (b'{"id": 10, "text": "Sumy.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "nested too deeply"),
    (b'{"id": ' + b"1" * 5000 + b', "text": "Sumy."}', "a number of over"),
    (b'{"id": 12, "text": "\xff Sumy."}', "not UTF-8"),
    (b'["id", "text"]', "expected a JSON object"),
    (b'{"id": 13, "text": "Sumy."', "not JSON"),
    (b'{"id": {"a": 1}, "text": "Sumy."}', '"id" must be a string or a number, got an object'),
    (b'{"id": [14], "text": "Sumy."}', '"id" must be a string or a number, got an array'),
    (b'{"id": 15, "text": "Sumy.\\u0000 Kyiv."}', '"text" is not text: it holds a NUL'),
    (b'{"id": 16, "text": "Sumy.\x00 Kyiv."}', '"text" is not text: it holds a NUL'),
]


# An optional field that cannot be used: left out with a warning that says why, the
# article kept and analysed without it (tester29 R2), by every reader alike.
LEFT_OUT = [
    (b'{"id": 2, "text": "Sumy.", "title": NaN}', '"title" must be a string, got NaN'),
    (b'{"id": 3, "text": "Sumy.", "title": 7}', '"title" must be a string, got a number'),
    (b'{"id": 4, "text": "Sumy.", "url": Infinity}', '"url" must be a string, got Infinity'),
    (b'{"id": 5, "text": "Sumy.", "url": {"href": "x"}}', '"url" must be a string'),
    (b'{"id": 6, "text": "Sumy.", "date": 1e999}', '"date" must be YYYY-MM-DD'),
    (b'{"id": 7, "text": "Sumy.", "date": "last Friday"}', '"date" must be YYYY-MM-DD'),
    (b'{"id": 8, "text": "Sumy.", "date": 20250618}', "got a number"),
    (b'{"id": 17, "text": "Sumy.", "title": "a\\u0000"}', '"title" is not text'),
    (b'{"id": 18, "text": "Sumy.", "url": "https://x.org/\\u0000"}', '"url" is not text'),
    (b'{"id": 19, "text": "Sumy.", "date": "2026-02-30"}', '"date" \'2026-02-30\' is no day'),
]


@pytest.mark.parametrize(("raw", "reason"), LEFT_OUT, ids=range(len(LEFT_OUT)))
def test_one_function_leaves_out_every_unusable_field(raw, reason):
    record = read_record(decode_line(raw))
    assert record.text == "Sumy."
    assert len(record.warnings) == 1 and reason in record.warnings[0]
    assert record.warnings[0].endswith("left out, the article is analysed without it")
    assert (record.title, record.date, record.url) == (None, None, None)


@pytest.mark.parametrize(("raw", "reason"), BAD_LINES, ids=range(len(BAD_LINES)))
def test_one_function_refuses_every_bad_line(raw, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(")):
        read_record(decode_line(raw))


def test_blank_fields_are_absent_for_every_reader():
    record = read_record(decode_line(b'{"id": 1, "text": "a", "title": " ", "date": ""}'))
    assert record.title is None and record.date is None
    assert str(read_record({"text": "a", "date": " 2025-06-18 "}).date) == "2025-06-18"


def _corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [GOOD, *(raw for raw, _ in BAD_LINES), *(raw for raw, _ in LEFT_OUT), GOOD]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_parse_map_and_report_refuse_the_same_lines(tmp_path, capsys, caplog, gazetteer):
    src = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q"]) == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(BAD_LINES) + len(LEFT_OUT) + 2
    assert rows[0]["id"] == rows[-1]["id"] == "good" and "error" not in rows[0]
    for row, (_, reason) in zip(rows[1:], BAD_LINES, strict=False):
        assert reason in row["error"], row
    kept = rows[1 + len(BAD_LINES):-1]
    for row, (_, reason) in zip(kept, LEFT_OUT, strict=True):  # analysed, and said so
        assert "error" not in row and len(row["warnings"]) == 1, row
        assert reason in row["warnings"][0] and row["toponyms"][0]["text"] == "Sumy"
    assert "warnings" not in rows[0]  # a usable line's record is as before
    capsys.readouterr()
    for command in (["map", "--offline"], ["report"]):
        html = tmp_path / f"{command[0]}.html"
        caplog.clear()
        assert cli.main([*command, "--jsonl", str(src), "-o", str(html)]) == 1
        assert "Traceback" not in capsys.readouterr().err
        warnings = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
        assert len(warnings) == len(BAD_LINES), warnings
        for line, (_, reason) in zip(warnings, BAD_LINES, strict=True):
            assert reason in line
        left = [r.getMessage() for r in caplog.records if "left out" in r.getMessage()]
        for number, (line, (_, reason)) in enumerate(zip(left, LEFT_OUT, strict=True)):
            assert reason in line and f"in.jsonl:{len(BAD_LINES) + 2 + number} " in line
        assert "Kupiansk" in html.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Outputs that cannot be written: exit status 2 and one line naming the output.

FULL = "/dev/full"
needs_full = pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full")


def _geo(*args: str, stdout=subprocess.PIPE, timeout: int = CHILD_TIMEOUT_S):
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], stdout=stdout,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=timeout,
                          check=False, text=True)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Russian drones struck Sumy and Kharkiv overnight.\n", encoding="utf-8")
    return str(path)


@needs_full
@pytest.mark.parametrize("args", [
    ["parse", "{a}", "-o", FULL],
    ["parse", "{a}", "--compact", "-o", FULL],
    ["report", "{a}", "-o", FULL],
    ["parse", "--jsonl", "{j}", "-o", FULL],
    ["map", "{a}", "--offline", "-o", "{d}/m.html", "--geojson", FULL],
    ["map", "{a}", "--offline", "-o", "{d}/m.html", "--svg", FULL],
    ["map", "{a}", "--offline", "-o", "{d}/m.html", "--png", FULL],
], ids=lambda a: " ".join(a[:1] + a[-2:]))
def test_a_full_device_as_output_is_named(args, article, tmp_path, capsys, gazetteer):
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    argv = [a.format(a=article, j=corpus, d=tmp_path) for a in args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and FULL in err[0] and "No space left" in err[0], err
    assert "Chromium" not in err[0]
    assert not (tmp_path / "m.html").exists()  # all outputs or none


@needs_full
@pytest.mark.parametrize("args", [
    ["parse", "{a}"],
    ["parse", "--jsonl", "{j}"],
    ["geocode", "Kyiv"],
    ["geocode", "Kyiv", "--json"],
], ids=" ".join)  # (map's "wrote" line is status: tests/test_special_outputs.py)
def test_a_full_standard_output_is_named(args, article, tmp_path, gazetteer):
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    with open(FULL, "wb") as full:
        proc = _geo(*(a.format(a=article, j=corpus, d=tmp_path) for a in args), stdout=full)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == (
        "geo: error: cannot write standard output: No space left on device"
    )


# ---------------------------------------------------------------------------
# SIGTERM: a cluster run stops as -j N does (exit 130, what was kept, --resume).


def test_interruptible_turns_sigterm_into_an_interrupt_and_says_what_was_kept(
    caplog, tmp_path, monkeypatch
):
    import signal

    from geo.corpus_records import Summary, interruptible

    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.jsonl").write_text("{}\n" * 7, encoding="utf-8")
    before = signal.getsignal(signal.SIGTERM)
    summary = Summary(written=7)
    with pytest.raises(KeyboardInterrupt) as info, interruptible(summary, "out.jsonl"):
        signal.raise_signal(signal.SIGTERM)  # to this thread: handled before it returns
        pytest.fail("the signal was not acted on")
    assert info.value.reported is True
    assert "7 line(s) written to out.jsonl; --resume continues" in caplog.text
    caplog.clear()  # stopped before OUT was opened (a cluster starting): no resume promised
    with pytest.raises(KeyboardInterrupt) as info, interruptible(Summary(), "never.jsonl"):
        raise KeyboardInterrupt
    assert info.value.reported is True
    assert "interrupted before never.jsonl was written: nothing to resume" in caplog.text
    assert signal.getsignal(signal.SIGTERM) is before
    with pytest.raises(KeyboardInterrupt) as info, interruptible(summary, "-"):
        raise KeyboardInterrupt
    assert not getattr(info.value, "reported", False)  # nothing kept on standard output


def test_sigterm_stops_a_local_cluster_like_worker_processes(tmp_path, spawn):
    pytest.importorskip("distributed")
    import signal

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Shelling near Sumy. Officials in Kyiv said drones flew 30 km north-west of Donetsk. "
    src.write_text("".join(json.dumps({"id": i, "text": text * 20}) + "\n"
                           for i in range(300)), encoding="utf-8")
    proc = spawn([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                   "-o", str(out), "--cluster", "local:2"],
                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # the cluster runs: its first block written (about 8 blocks: the others to come)
    wait_for(lines_written(out), "the first line written", proc=proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 130, err
    assert "--resume continues from there" in err and "Traceback" not in err
    assert all(line.startswith("geo: ") for line in err.splitlines()), err
    kept = out.read_bytes().splitlines()
    assert 0 < len(kept) < 300  # stopped in the run
    assert [json.loads(line)["id"] for line in kept] == list(range(len(kept)))
    finish = _geo("parse", "--jsonl", str(src), "-o", str(out), "--resume", "-j", "2", "-q")
    assert finish.returncode == 0, finish.stderr
    assert [json.loads(line)["id"] for line in out.read_bytes().splitlines()] == list(range(300))


@pytest.mark.parametrize("fmt", ["jsonl", "geoparquet"])
def test_ctrl_c_to_the_process_group_stops_a_local_cluster_without_worker_tracebacks(
        tmp_path, fmt, spawn):
    """A terminal's Ctrl-C reaches every process of the group, Dask's workers too."""
    pytest.importorskip("distributed")
    if fmt == "geoparquet":
        pytest.importorskip("dask_geopandas")
    import signal

    src, out = tmp_path / "in.jsonl", tmp_path / ("out.jsonl" if fmt == "jsonl" else "tq")
    text = "Shelling near Sumy. Officials in Kyiv said drones flew 30 km north-west of Donetsk. "
    src.write_text("".join(json.dumps({"id": i, "text": text * 20}) + "\n"
                           for i in range(600)), encoding="utf-8")
    proc = spawn([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                   "-o", str(out), "--format", fmt, "--cluster", "local:2"],
                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                  start_new_session=True)
    # The workers busy: a first block done (of about 16), its line or table part written
    wait_for(lines_written(out) if fmt == "jsonl" else lambda: any(out.rglob("part.*")),
             "a first block written", proc=proc)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geo: interrupted"), err
    if fmt == "geoparquet":
        assert not out.exists()  # the folder it made goes


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_a_stopped_worker_pool_run_says_interrupted_once(tmp_path, signame, spawn):
    import signal

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Shelling near Sumy. Officials in Kyiv said drones flew 30 km north-west of Donetsk. "
    src.write_text("".join(json.dumps({"id": i, "text": text * 20}) + "\n"
                           for i in range(3000)), encoding="utf-8")
    proc = spawn([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                   "-o", str(out), "-j", "2"],
                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                  start_new_session=True)
    wait_for(lines_written(out), "some lines written", proc=proc)
    os.killpg(proc.pid, getattr(signal, signame))
    _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 130, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("geo: interrupted: ") and "--resume continues" in lines[0]


# ---------------------------------------------------------------------------
# A line too long to hold: cut as it is read, one error, the same in every reader.


def test_read_lines_cuts_a_line_too_long_without_holding_it():
    import io

    from geo.corpus_lines import read_lines

    stream = io.BytesIO(b"x" * 5_000_000 + b"\n" + GOOD + b"\n" + b"y" * 10)
    got = list(read_lines(stream, max_bytes=100))
    assert [(n, len(raw)) for n, raw in got] == [(1, 101), (2, len(GOOD)), (3, 10)]


def test_a_line_over_the_limit_is_one_error_everywhere_and_resumes_once(tmp_path, capsys,
                                                                      caplog, gazetteer):
    src = tmp_path / "in.jsonl"
    huge = b'{"id": "huge", "text": "' + b"Sumy. " * 400_000 + b'"}'  # 2.4 MB
    src.write_bytes(GOOD + b"\n" + huge + b"\n" + GOOD.replace(b"good", b"last") + b"\n")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        argv = ["parse", "--jsonl", str(src), "-o", str(out), "-q", "--max-chars", "1000"]
        assert cli.main([*argv, "-j", jobs]) == 1
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    rows = [json.loads(line) for line in outs[0].splitlines()]
    assert [r["id"] for r in rows] == ["good", None, "last"]
    assert rows[1]["line"] == 2 and "over 1,054,576 bytes" in rows[1]["error"]
    part = tmp_path / "part.jsonl"
    part.write_bytes(b"".join(outs[0].splitlines(keepends=True)[:2]))
    argv = ["parse", "--jsonl", str(src), "-o", str(part), "-q", "--max-chars", "1000"]
    assert cli.main([*argv, "--resume"]) == 1  # the earlier error record is said again
    assert part.read_bytes() == outs[0]  # the cut line is done once, not again
    capsys.readouterr()
    caplog.clear()
    html = tmp_path / "m.html"
    assert cli.main(["map", "--jsonl", str(src), "--offline", "-o", str(html),
                     "--max-chars", "1000"]) == 1
    assert "in.jsonl:2: skipped, the line is over 1,054,576 bytes" in caplog.text


def test_a_full_disk_under_staging_names_the_file_asked_for(tmp_path):
    """geo map writes in a hidden staging folder: the error names the target, not it."""
    import errno

    from geo._io import atomic_write, staged_outputs

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "map.html"
    with (
        pytest.raises(InputError) as info,
        staged_outputs({"html": target}) as staged,
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setattr(os, "replace", full)
        atomic_write(staged["html"], "<p>map</p>")
    assert str(info.value) == f"cannot write {target}: No space left on device"
    assert not target.exists() and ".geo-staged" not in str(info.value)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_map_ids_of_any_json_kind_are_text(tmp_path, gazetteer):
    from geo.render.articles import read_articles

    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "s\\udfff", "text": "Sumy."}\n{"id": null, "text": "Kyiv."}\n'
                    b'{"id": [1, {"a": 2}], "text": "Lviv."}\n{"id": true, "text": "Odesa."}\n')
    ids = [a.id for a in read_articles(jsonl=str(src))]
    assert ids == ["s\ufffd", "2", "true"]  # an array is no id: that line is skipped


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "{article}", "-o", "{tmp}/r.png"], "-o of geo report writes HTML, not PNG"),
        (["report", "{article}", "-o", "{tmp}/r.PDF"], "not PDF"),
        (["map", "{article}", "-o", "{tmp}/m.svg"], "--svg FILE.svg"),
        (["map", "{article}", "-o", "{tmp}/m.html", "--geojson", "{tmp}/g.html"],
         "--geojson of geo map writes GeoJSON, not HTML"),
        (["map", "{article}", "-o", "{tmp}/m.html", "--fragment", "{tmp}/f.json"], "not JSON"),
        (["parse", "{article}", "-o", "{tmp}/p.html"], "-o of geo parse writes JSON, not HTML"),
    ],
)
def test_an_output_named_as_another_format_is_refused(tmp_path, args, message, capsys):
    """``geo report -o r.png`` would put an HTML page in a .png: refused before any work,
    one line, and no file of any name is written."""
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    argv = [a.replace("{article}", str(article)).replace("{tmp}", str(tmp_path)) for a in args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_outputs_named_with_no_format_or_as_devices_are_written(tmp_path, gazetteer, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    assert cli.main(["parse", str(article), "-o", str(tmp_path / "out"), "--compact"]) == 0
    assert cli.main(["parse", str(article), "-o", str(tmp_path / "out.json")]) == 0
    assert cli.main(["map", str(article), "--offline", "-o", "/dev/null",
                     "--geojson", str(tmp_path / "g.json")]) == 0
    assert json.loads((tmp_path / "g.json").read_text("utf-8"))["type"] == "FeatureCollection"
    assert json.loads((tmp_path / "out").read_text("utf-8"))["toponyms"]


_SIGNAL_WHILE_STARTING = '''
import os, signal, sys

def main():
    from distributed.nanny import Nanny
    from geo import cli

    real = Nanny.start_unsafe

    async def starting(self):
        # the signal comes while the cluster starts, as its first worker does
        if not getattr(Nanny, "signalled", False):
            Nanny.signalled = True
            if sys.argv[1] == "SIGINT":
                os.killpg(0, signal.SIGINT)  # a terminal's Ctrl-C: the workers get it too
            else:
                os.kill(os.getpid(), signal.SIGTERM)
        return await real(self)

    Nanny.start_unsafe = starting
    return cli.main(sys.argv[2:])

if __name__ == "__main__":
    sys.exit(main())
'''


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("fmt", ["jsonl", "geoparquet"])
def test_a_signal_while_a_local_cluster_starts_is_neither_lost_nor_a_traceback(
        tmp_path, signame, fmt):
    """Ctrl-C (to the whole process group) or SIGTERM while ``--cluster local:N`` starts
    its workers: held until the cluster is up, then the run stops as it would later (one
    line, exit 130, the cluster closed), never ignored, never a worker's traceback."""
    pytest.importorskip("distributed")
    if fmt == "geoparquet":
        pytest.importorskip("dask_geopandas")
    script = tmp_path / "starting.py"
    script.write_text(_SIGNAL_WHILE_STARTING, encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Shelling near Sumy."}\n', encoding="utf-8")
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    proc = subprocess.run(
        [sys.executable, str(script), signame, "parse", "--jsonl", str(src), "-o", str(out),
         "--format", fmt, "--cluster", "local:2"],
        capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, start_new_session=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert proc.returncode == 130, proc.stderr
    assert "Traceback" not in proc.stderr and "KeyboardInterrupt" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geo: interrupted"), proc.stderr
    if fmt == "jsonl":
        assert "was written: nothing to resume" in lines[0] and not out.exists()  # never opened
    else:
        assert not out.exists()


def test_a_file_named_maps_in_the_way_of_the_default_output(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "maps").write_text("not a folder", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Shelling hit Sumy.\n", encoding="utf-8")
    assert cli.main(["map", "a.txt", "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "maps/ is a file here: give -o FILE.html" in err
    assert (tmp_path / "maps").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize(
    "args",
    [
        ["map", "-", "--jsonl", "-", "--offline", "-o", "{tmp}/m.html"],
        ["map", "-", "-", "--offline", "-o", "{tmp}/m.html"],
        ["report", "-", "-", "-o", "{tmp}/m.html"],
        ["parse", "--jsonl", "-", "-", "-o", "{tmp}/m.jsonl"],
    ],
)
def test_standard_input_given_twice_is_refused(tmp_path, monkeypatch, args, capsys):
    """``geo map - --jsonl -`` read the corpus as one text article, then an empty
    corpus: standard input can be read once, so ``-`` twice is a one-line error."""
    import io

    corpus = b'{"id": 1, "text": "Shelling hit Sumy."}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(corpus), encoding="utf-8"))
    assert cli.main([a.replace("{tmp}", str(tmp_path)) for a in args]) == 2
    err = capsys.readouterr().err
    assert err == "geo: error: standard input (-) is given more than once: it can be read once\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "{a}", "-o", "{a}/x.json"],
        ["parse", "--jsonl", "{j}", "-o", "{a}/x.jsonl"],
        ["parse", "--jsonl", "{j}", "--format", "geoparquet", "-o", "{a}/tables"],
        ["map", "{a}", "--offline", "-o", "{a}/m.html"],
    ],
)
def test_an_output_under_a_file_says_the_file_is_no_directory(tmp_path, args, capsys):
    """``-o article.txt/out.json`` said the directory article.txt "does not exist"."""
    article, corpus = tmp_path / "a.txt", tmp_path / "c.jsonl"
    article.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    corpus.write_text('{"id": 1, "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    assert cli.main([x.format(a=article, j=corpus) for x in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{article} is not a directory" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c.jsonl"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "--jsonl", "{corpus}", "-o", "{tmp}/out.html"],
         "-o of geo parse --jsonl writes JSON lines, not HTML: give a name ending in .jsonl"),
        (["parse", "--jsonl", "{corpus}", "-o", "{tmp}/out.geojson"], "not GeoJSON"),
        (["parse", "--jsonl", "{corpus}", "-o", "{tmp}/out.parquet"],
         "(Parquet: --format geoparquet -o DIR)"),
        (["parse", "--jsonl", "{corpus}", "--format", "geoparquet", "-o", "{tmp}/out.json"],
         "writes GeoParquet tables, not JSON: give a folder name"),
        (["parse", "--jsonl", "{corpus}", "--format", "geoparquet", "-o", "{tmp}/t.parquet"],
         "writes GeoParquet tables, not Parquet"),
        (["parse", "--jsonl", "{corpus}", "--format", "geoparquet", "-o", "{tmp}/t.parquet",
          "--cluster", "local:1"], "writes GeoParquet tables, not Parquet"),
        (["parse", "{article}", "-o", "{tmp}/out.geojson"],
         "writes JSON, not GeoJSON: give a name ending in .json (GeoJSON: geo map ARTICLE "
         "--geojson FILE.geojson)"),
        (["map", "{article}", "-o", "{tmp}/m.png"], "(PNG: geo map ARTICLE --png FILE.png)"),
    ],
)
def test_every_output_name_is_checked_against_what_it_gets(tmp_path, capsys, args, message):
    """A corpus's JSON lines went into out.html, and GeoParquet folders were made with
    the names of files (out.json, t.parquet); an analysis went into out.geojson."""
    corpus, article = tmp_path / "c.jsonl", tmp_path / "a.txt"
    corpus.write_text('{"id": 1, "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    article.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    argv = [a.replace("{corpus}", str(corpus)).replace("{article}", str(article))
            .replace("{tmp}", str(tmp_path)) for a in args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c.jsonl"]


def test_outputs_named_for_what_they_get_are_written(tmp_path, gazetteer, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 1, "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    for name in ("out.jsonl", "out.json", "out.txt", "out"):
        assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(tmp_path / name)]) == 0
        assert json.loads((tmp_path / name).read_text("utf-8"))["id"] == 1
    pytest.importorskip("pyarrow")
    (tmp_path / "old.parquet").mkdir()  # an existing folder keeps its name
    for name in ("tables", "old.parquet"):
        assert cli.main(["parse", "--jsonl", str(corpus), "--format", "geoparquet", "-o",
                         str(tmp_path / name)]) == 0
        assert (tmp_path / name / "toponyms.parquet").exists()


def test_a_signal_noted_in_a_run_is_forgotten_when_the_run_ends():
    """A later GeoParquet commit in the same process (a library call) is not refused
    because of an earlier run's interrupt."""
    import signal

    from geo import corpus_signals
    from geo.corpus_records import Summary, interruptible

    with pytest.raises(KeyboardInterrupt), interruptible(Summary(), None):
        signal.raise_signal(signal.SIGTERM)  # to this thread: handled before it returns
        pytest.fail("the signal was not acted on")
    assert not corpus_signals.interrupted()
    with corpus_signals.committing():
        pass


@pytest.mark.gazetteer
def test_json_nested_too_deeply_is_one_line_everywhere(tmp_path, capsys):
    """An overlay or a run's output to resume that is JSON nested past Python's recursion
    limit: one line, exit 2, never an internal error."""
    deep = "[" * 200_000 + "\n"
    (tmp_path / "a.txt").write_text("Drones struck Sumy.\n", encoding="utf-8")
    (tmp_path / "deep.geojson").write_text(deep, encoding="utf-8")
    args = ["map", str(tmp_path / "a.txt"), "--offline", "-o", str(tmp_path / "m.html"),
            "--overlay", str(tmp_path / "deep.geojson")]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nested too deeply" in err
    assert not (tmp_path / "m.html").exists()
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "Drones struck Sumy."}\n',
                                       encoding="utf-8")
    (tmp_path / "out.jsonl").write_text(deep, encoding="utf-8")
    args = ["parse", "--jsonl", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
            "--resume"]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "geo: error: --resume:" in err and "internal error" not in err
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == deep  # nothing appended


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed"),
        (b"PK\x03\x04\x14\x00", "a zip archive"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "holds NUL bytes"),
        ('{"id": 1, "text": "Sumy"}\n'.encode("utf-16"), "UTF-16"),
    ],
)
@pytest.mark.parametrize("command", ["parse", "map"])
def test_a_binary_file_as_json_lines_is_one_error(tmp_path, capsys, head, what, command):
    """A compressed, archived or binary file given as --jsonl is refused once, not
    warned about line by line (a binary file has thousands of "lines")."""
    src = tmp_path / "corpus.jsonl"
    src.write_bytes(head + b"\n\xff\xfe junk\n" * 500)
    args = [command, "--jsonl", str(src)]
    if command == "map":
        args += ["--offline", "-o", str(tmp_path / "m.html")]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and what in err and "is not JSON lines" in err
