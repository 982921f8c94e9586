"""Fresh-eyes findings on corpus runs: --resume into another input's output, stray
files of a run that fails before it starts, -j with --cluster."""

from __future__ import annotations

import json
import socket
from collections import Counter

import pytest

from geo import cli
from geo.corpus_run import check_resume_inputs
from geo.errors import InputError

from .waiting import CHILD_TIMEOUT_S


def _write(path, ids, text="Russian shelling near Sumy, report {}, officials said."):
    path.write_text("".join(json.dumps({"id": i, "text": text.format(i)}) + "\n"
                            for i in ids), encoding="utf-8")
    return path


def _parse(src, out, *options):
    return cli.main(["parse", "--jsonl", *map(str, src if isinstance(src, list) else [src]),
                     "-o", str(out), "-q", "--only", "toponyms", *options])


@pytest.mark.parametrize("foreign", [["x1", "x2", "x3"], ["a0", "zz"], ["a0", "a0"]])
def test_resume_into_the_output_of_another_input_is_refused(tmp_path, capsys, gazetteer,
                                                            foreign):
    """An OUT with ids the input lacks (or more often than it has them) is another
    run's: nothing is appended to it."""
    small = _write(tmp_path / "small.jsonl", ["a0", "a1", "a2"])
    other = _write(tmp_path / "other.jsonl", foreign)
    out = tmp_path / "z.jsonl"
    assert _parse(other, out) == 0
    # without OUT.geo-run.json (an older geo, a redirected stdout): OUT's records are
    # checked; with it, the resume is refused before, for its other input file
    (tmp_path / "z.jsonl.geo-run.json").unlink()
    before = out.read_bytes()
    capsys.readouterr()
    assert _parse(small, out, "--resume") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: --resume: ")
    assert "not of these inputs" in err and "nothing was appended" in err
    assert out.read_bytes() == before


def test_a_refused_resume_leaves_even_a_cut_last_line(tmp_path, capsys, gazetteer):
    out = _write(tmp_path / "z.jsonl", ["x1"])  # another corpus's lines, as records
    with out.open("ab") as f:
        f.write(b'{"id": "x2", "toponyms": [')  # a last line cut by a kill
    before = out.read_bytes()
    assert _parse(_write(tmp_path / "in.jsonl", ["a0"]), out, "--resume") == 2
    assert "not of these inputs" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_resume_of_a_part_of_several_files_goes_on(tmp_path, gazetteer):
    a = _write(tmp_path / "a.jsonl", ["a0", "a1"])
    b = _write(tmp_path / "b.jsonl", ["b0", "b1"])
    whole, part = tmp_path / "whole.jsonl", tmp_path / "part.jsonl"
    assert _parse([a, b], whole) == 0
    assert _parse([a], part) == 0
    assert _parse([a, b], part, "--resume") == 0
    assert part.read_bytes() == whole.read_bytes()


def test_id_less_records_are_matched_by_file_and_line():
    """Records without an id are matched by (file, line): a line number the input does
    not have is foreign."""
    check_resume_inputs("out", ["/dev/null"], Counter(), {(None, 3)})  # not a file: no check


def test_id_less_record_of_a_line_the_input_lacks_is_refused(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "a"}\n{"id": 1, "text": "b"}\n', encoding="utf-8")
    check_resume_inputs("out", [str(src)], Counter({1: 1}), {(None, 1)})
    with pytest.raises(InputError, match=r"first: line 2\)"):
        check_resume_inputs("out", [str(src)], Counter(), {(None, 2)})
    with pytest.raises(InputError, match="holds 2 record"):
        check_resume_inputs("out", [str(src)], Counter({1: 2}), {(None, 7)})


def test_standard_input_is_not_checked(tmp_path):
    check_resume_inputs("out", ["-"], Counter({"x": 1}), set())


def _free_port() -> int:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        return taken.getsockname()[1]


@pytest.mark.parametrize("fmt", ["jsonl", "geoparquet"])
def test_an_unreachable_scheduler_leaves_no_file(tmp_path, capsys, loopback, fmt):
    pytest.importorskip("distributed")
    src = _write(tmp_path / "in.jsonl", ["a"])
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "tables")
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--format", fmt,
                     "--cluster", f"tcp://127.0.0.1:{_free_port()}"]) == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_an_unreachable_scheduler_keeps_an_earlier_sidecar(tmp_path, capsys, gazetteer,
                                                          loopback):
    """A failed run with other options leaves the earlier run's files as they
    were: its sidecar still says what made OUT."""
    pytest.importorskip("distributed")
    src = _write(tmp_path / "in.jsonl", ["a"])
    out = tmp_path / "out.jsonl"
    assert _parse(src, out) == 0
    side = tmp_path / "out.jsonl.geo-run.json"
    before = out.read_bytes(), side.read_bytes()
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--cluster",
                     f"tcp://127.0.0.1:{_free_port()}"]) == 2
    assert (out.read_bytes(), side.read_bytes()) == before


@pytest.mark.parametrize("jobs", ["0", "1", "3"])
def test_jobs_with_a_cluster_is_refused(tmp_path, capsys, jobs):
    src = _write(tmp_path / "in.jsonl", ["a"])
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(tmp_path / "o.jsonl"),
                     "--cluster", "local:2", "-j", jobs]) == 2
    err = capsys.readouterr().err
    assert err == (f"geo: error: -j {jobs} and --cluster local:2: choose one (-j N: "
                   "processes here; --cluster local:N: N processes of a local cluster)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


# --- JSON lines and article files accepted silently before ----------------------------


def _said(caplog) -> list[str]:
    """The log lines as ``geo`` prints them on standard error."""
    return [f"geo: {r.getMessage()}" for r in caplog.records if r.levelname == "WARNING"]


@pytest.mark.parametrize("how", [[], ["-j", "2"]])
def test_repeated_ids_are_said_once_with_their_count(tmp_path, caplog, gazetteer, how):
    src = _write(tmp_path / "in.jsonl", ["a", "b", "a", "c", "b", "a"])
    assert _parse(src, tmp_path / "out.jsonl", *how) == 0
    assert _said(caplog) == [
        f"geo: warning: {src}: 3 line(s) repeat the id of an earlier line (first: id \"a\" "
        "on line 3): each is analysed; give each document its own id"]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 6
    caplog.clear()
    assert cli.main(["map", "--jsonl", str(src), "--offline", "-o", str(tmp_path / "m.html")]) \
        == 0
    assert [m for m in _said(caplog) if "repeat" in m] == [
        f"geo: warning: {src}: 3 line(s) repeat the id of an earlier line (first: id \"a\" "
        "on line 3): each is analysed; give each document its own id"]


def test_distinct_ids_of_any_kind_are_not_repeats(tmp_path, caplog, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "a"}\n{"id": "1", "text": "a"}\n{"id": true, "text": "a"}\n'
                   '{"text": "a"}\n{"id": null, "text": "a"}\n', encoding="utf-8")
    assert _parse(src, tmp_path / "out.jsonl") == 0
    assert "repeat" not in caplog.text


def test_the_same_file_twice_is_mapped_once_with_a_warning(tmp_path, caplog, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    link = tmp_path / "b.txt"
    link.symlink_to(article)
    other = tmp_path / "c.txt"
    other.write_text("Drones over Kharkiv.\n", encoding="utf-8")
    geojson = tmp_path / "m.geojson"
    assert cli.main(["map", str(article), str(other), str(article), str(link), "--offline",
                     "-o", str(tmp_path / "m.html"), "--geojson", str(geojson)]) == 0
    assert _said(caplog) == [
        f"geo: warning: {article} is the article {article} again: mapped once",
        f"geo: warning: {link} is the article {article} again: mapped once",
    ]
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    assert sorted({f["properties"]["article"] for f in features}) == ["a", "c"]


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".JSONL"])
def test_a_jsonl_file_read_as_an_article_gets_a_hint(tmp_path, caplog, gazetteer, suffix):
    src = _write(tmp_path / f"c{suffix}", ["a"])
    assert cli.main(["map", str(src), "--offline", "-o", str(tmp_path / "m.html")]) == 0
    assert (f"geo: warning: {src} is read as one article: for one article per JSON line, "
            f"give --jsonl {src}") in _said(caplog)
    caplog.clear()
    txt = tmp_path / "c.txt"
    txt.write_text("Shelling hit Sumy.", encoding="utf-8")
    assert cli.main(["parse", str(txt), "-o", str(tmp_path / "p.json")]) == 0
    assert "--jsonl" not in caplog.text


# --- one style for outputs that cannot be written -------------------------------------


@pytest.fixture
def read_only(monkeypatch):
    """Every folder looks like a read-only file system (no such mount in tests)."""
    import os

    real = os.statvfs

    class Flags:
        def __init__(self, path):
            self.f_flag = real(path).f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", Flags)


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--jsonl", "{src}", "-o", "{tmp}/o.jsonl"],
        ["parse", "--jsonl", "{src}", "--format", "geoparquet", "-o", "{tmp}/gp"],
        ["parse", "--jsonl", "{src}", "--format", "geoparquet", "-o", "{tmp}"],
        ["map", "{src}", "-o", "{tmp}/m.html"],
        ["report", "--jsonl", "{src}", "-o", "{tmp}/r.html"],
        ["parse", "{src}", "-o", "{tmp}/p.json"],
    ],
)
def test_a_read_only_file_system_is_said_alike_by_every_command(tmp_path, capsys, read_only,
                                                                 args):
    src = _write(tmp_path / "in.jsonl", ["a"])
    argv = [a.replace("{src}", str(src)).replace("{tmp}", str(tmp_path)) for a in args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    out = argv[argv.index("-o") + 1]
    assert err.endswith(f"geo: error: -o {out}: cannot write in {tmp_path}: Read-only file "
                        "system\n"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_a_skipped_file_of_several_is_a_warning(tmp_path, caplog, gazetteer):
    good = tmp_path / "good.txt"
    good.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    assert cli.main(["map", str(good), str(tmp_path / "missing.txt"), "--offline",
                     "-o", str(tmp_path / "m.html")]) == 1
    assert _said(caplog) == [
        f"geo: warning: no such article file: {tmp_path / 'missing.txt'} (skipped)"]


# --- geo.dask from a script on standard input -----------------------------------------

_SCRIPT = """
import dask.bag as db
import geo.dask
from geo.errors import InputError
{setup}
bag = db.from_sequence([{{"id": 1, "text": "Shelling near Sumy."}}])
try:
    analyses = geo.dask.analyze_bag(bag)
except InputError as err:
    print("refused:", err)
else:
    print("accepted")
"""


@pytest.mark.parametrize(("setup", "said"), [
    ("", "refused: geo.dask.analyze_bag: this script runs from <stdin> (not a file)"),
    ('import dask; dask.config.set(scheduler="threads")', "accepted"),
])
def test_a_bag_from_a_script_on_standard_input_is_refused_clearly(setup, said):
    import os
    import subprocess
    import sys

    pytest.importorskip("dask.bag")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-"], input=_SCRIPT.format(setup=setup), env=env,
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(said) and "Traceback" not in proc.stderr


def test_a_bag_from_a_script_file_is_accepted(tmp_path):
    import os
    import subprocess
    import sys

    pytest.importorskip("dask.bag")
    script = tmp_path / "corpus.py"
    script.write_text(_SCRIPT.format(setup=""), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, check=False)
    assert proc.stdout == "accepted\n", proc.stderr
