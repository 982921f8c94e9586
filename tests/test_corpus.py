"""Corpora: `geo parse --jsonl` never loses a good line, writes strict JSON, resumes, -j N."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import signal
import subprocess
import sys

import pytest

from geo import cli, corpus
from geo._io import dumps_json, scrub_text
from geo.analysis import STAGES as ANALYSIS_STAGES

from .waiting import CHILD_TIMEOUT_S, wait_for

pytestmark = pytest.mark.gazetteer

GOOD = [
    {"id": "a", "text": "Fighting near Pokrovsk."},
    {"id": "b", "text": "Talks in Istanbul ended."},
    {"id": 3, "text": "Regional officials said Russian drones struck Sumy on Friday.",
     "date": "2025-06-18", "title": "Drones over <Sumy> {{7*7}}", "url": "https://example.org/a"},
]


def strict_loads(line: str):
    """Parse like a strict parser: NaN/Infinity rejected, text must encode as UTF-8."""
    line.encode("utf-8")

    def reject(constant):
        raise ValueError(f"non-strict constant {constant}")

    return json.loads(line, parse_constant=reject)


def write_lines(path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def encode(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def run_cli(*args, stdin: bytes | None = None, timeout: int = CHILD_TIMEOUT_S):
    return subprocess.run([sys.executable, "-m", "geo.cli", "parse", *args], input=stdin,
                          capture_output=True, timeout=timeout, check=False)


def test_stages_agree_with_the_analysis():
    assert corpus.STAGES == ANALYSIS_STAGES


def test_read_lines_splits_on_newline_only():
    raw = b"\xef\xbb\xbf{\"id\": 1}\r\n\n  \n{\"id\": 2, \"text\": \"a\rb\"}\n{\"id\": 3}"
    assert [n for n, _ in corpus.read_lines(io.BytesIO(raw))] == [1, 4, 5]
    assert dict(corpus.read_lines(io.BytesIO(raw)))[4].count(b"\r") == 1


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_dumps_json_is_strict(value):
    obj = {"v": value, "s": "x\ud800y", "k\udfff": [value, {"z": "\udc00"}]}
    text = dumps_json(obj)
    back = strict_loads(text)
    assert back == {"v": None, "s": "x\ufffdy", "k\ufffd": [None, {"z": "\ufffd"}]}
    assert dumps_json({"ok": 1.5, "t": "Київ 😀"}) == '{"ok": 1.5, "t": "Київ 😀"}'
    assert len(scrub_text("a\ud83d\ude00b\ud800")) == len("a\ud83d\ude00b\ud800")


def test_every_kind_of_bad_line_is_one_error_record(tmp_path, gazetteer):
    """Bad bytes, lone surrogates, bare \\r, non-JSON, a huge number: the run goes on."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    huge = "1" + "0" * 400
    lines = [
        encode(GOOD[0]),
        b'{"id": "bytes", "text": "Shelling in \xff\xfe Kharkiv"}',  # not UTF-8
        b'{"id": "surrogate", "text": "Kyiv \\ud800 and Odesa"}',  # valid JSON, lone surrogate
        b'{"id": "cr", "text": "Strikes on Dnipro\rand Zaporizhzhia"}',  # bare CR in the line
        b"{not json",
        b"[1, 2]",
        encode({"id": "notext", "text": None}),
        encode({"id": "baddate", "text": "Kyiv", "date": "last Friday"}),
        encode({"id": "huge", "text": f"Officials said {huge} troops died {huge} km from Sumy."}),
        encode(GOOD[1]),
    ]
    write_lines(src, lines)
    status = cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q"])
    assert status == 1  # some lines failed
    rows = [strict_loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines)  # one output line per input line, in order
    assert [r["id"] for r in rows] == ["a", "bytes", "surrogate", "cr", None, None, "notext",
                                       "baddate", "huge", "b"]
    errors = {r["id"] if r["id"] else r["line"]: r for r in rows if "error" in r}
    assert set(errors) == {"bytes", 5, 6, "notext"}
    assert errors["bytes"]["line"] == 2 and "UTF-8" in errors["bytes"]["error"]
    assert all(set(r) == {"id", "line", "error"} for r in errors.values())
    by_id = {r["id"]: r for r in rows}
    # a date that is none only describes the article: left out, said, the article kept
    assert "date" not in by_id["baddate"] and by_id["baddate"]["toponyms"]
    assert "'last Friday': left out" in by_id["baddate"]["warnings"][0]
    assert [t["name"] for t in by_id["surrogate"]["toponyms"]] == ["Kyiv", "Odesa"]
    assert [t["name"] for t in by_id["cr"]["toponyms"]] == ["Dnipro", "Zaporizhzhya"]
    assert by_id["b"]["toponyms"][0]["geonameid"] == 745044


def test_a_failure_inside_one_document_is_its_error_record(monkeypatch, gazetteer):
    import geo.analysis

    real = geo.analysis.analyze

    def flaky(text, **kw):
        if "Istanbul" in text:
            raise MemoryError("simulated")
        return real(text, **kw)

    monkeypatch.setattr(geo.analysis, "analyze", flaky)
    lines = [(i, encode(doc)) for i, doc in enumerate(GOOD, 1)]
    out = list(corpus.analyze_lines(lines, corpus.Options(), gazetteer=gazetteer))
    assert [failed for _, failed in out] == [False, True, False]
    record = json.loads(out[1][0])
    assert record == {"id": "b", "line": 2, "error": "analysis failed: MemoryError: simulated"}


def test_title_date_and_url_of_a_line(tmp_path, gazetteer, capsys):
    src = tmp_path / "in.jsonl"
    write_lines(src, [encode(GOOD[2])])
    assert cli.main(["parse", "--jsonl", str(src), "-q"]) == 0
    row = strict_loads(capsys.readouterr().out)
    assert (row["id"], row["title"], row["date"], row["url"]) == (
        3, "Drones over <Sumy> {{7*7}}", "2025-06-18", "https://example.org/a")
    # "on Friday" is resolved against the line's date (Wednesday 18 June 2025)
    assert row["claims"][0]["dates"][0]["start"] == "2025-06-13"


def test_only_toponyms(tmp_path, capsys, gazetteer):
    src = tmp_path / "in.jsonl"
    write_lines(src, [encode(GOOD[2])])
    assert cli.main(["parse", "--jsonl", str(src), "--only", "toponyms", "-q"]) == 0
    row = strict_loads(capsys.readouterr().out)
    assert [t["name"] for t in row["toponyms"]] == ["Sumy"]
    assert row["features"] == [] and row["claims"] == []
    with pytest.raises(SystemExit):
        cli.main(["parse", "--jsonl", str(src), "--only", "places"])


def test_resume_skips_done_ids_and_repairs_a_cut_line(tmp_path, gazetteer):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    docs = [{"id": f"d{i}", "text": f"Shelling near Sumy, report {i}."} for i in range(6)]
    write_lines(src, [encode(d) for d in docs] + [b"{broken"])
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q"]) == 1
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    # a run killed while writing its fourth line: three whole lines and a cut one
    out.write_bytes(b"".join(lines[:3]) + lines[3][:20])
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--resume", "-q"]) == 1
    assert out.read_bytes() == full  # every id exactly once, same bytes as one run
    # nothing left to do: nothing appended (status 1: the {broken} line's record is said)
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--resume", "-q"]) == 1
    assert out.read_bytes() == full


def test_resume_keeps_every_occurrence_of_a_repeated_id(tmp_path, gazetteer):
    """A corpus that repeats an id: each occurrence is done once, none is lost."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    docs = [{"id": "g1", "text": "Shelling near Sumy."}, {"id": "g2", "text": "Kyiv."},
            {"id": "g1", "text": "Drones over Kharkiv."}]
    write_lines(src, [encode(d) for d in docs])
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q"]) == 0
    full = out.read_bytes()
    out.write_bytes(full.splitlines(keepends=True)[0])  # killed after the first line
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_bytes() == full


def test_resume_finishes_lines_whose_id_does_not_survive_into_the_output(tmp_path, gazetteer):
    """NaN, 1e999, a lone surrogate, a line that is not UTF-8 and a line without id: each
    exactly once however the previous run was cut, and a pipe is refused, never read."""
    src, full = tmp_path / "in.jsonl", tmp_path / "full.jsonl"
    write_lines(src, [
        b'{"id": NaN, "text": "Shelling hit Sumy."}',
        b'{"id": "s\\udfff", "text": "Shelling hit Kyiv."}',
        b'{"id": "badutf", "text": "\xff Kyiv"}',
        b'{"id": 1e999, "text": "Kharkiv."}',
        b'{"text": "Odesa."}',
        b'{"id": 7, "text": "Odesa."}',
    ])  # fmt: skip
    assert run_cli("--jsonl", str(src), "-o", str(full)).returncode == 1
    whole = full.read_bytes().splitlines()
    assert len(whole) == 6
    for cut in range(len(whole) + 1):
        part = tmp_path / f"part{cut}.jsonl"
        part.write_bytes(b"".join(line + b"\n" for line in whole[:cut]))
        run_cli("--jsonl", str(src), "-o", str(part), "--resume")
        assert part.read_bytes().splitlines() == whole, cut
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = run_cli("--jsonl", str(src), "-o", str(fifo), "--resume", timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 2 and b"regular file" in proc.stderr


def test_resume_refuses_a_file_that_is_not_its_output(tmp_path, capsys, gazetteer):
    src, out = tmp_path / "in.jsonl", tmp_path / "article.txt"
    write_lines(src, [encode(GOOD[0])])
    out.write_text("Shelling near Sumy.\n", encoding="utf-8")
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "--resume", "-q"]) == 2
    assert "not the output of geo parse" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "Shelling near Sumy.\n"


def test_glob_inputs_name_their_file_in_error_records(tmp_path, capsys, gazetteer):
    shards = tmp_path / "shards"
    shards.mkdir()
    write_lines(shards / "a.jsonl", [encode(GOOD[0]), b"nope"])
    write_lines(shards / "b.jsonl", [encode(GOOD[1])])
    assert cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-q"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b"]
    assert rows[1]["file"].endswith("a.jsonl") and rows[1]["line"] == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--jsonl", "missing.jsonl"],
        ["--jsonl", "nothing-*.jsonl"],
        ["--jsonl", "{in}", "--resume"],
        ["--jsonl", "{in}", "--format", "geoparquet"],
        ["--jsonl", "{in}", "-o", "{dir}"],
        ["--jsonl", "{in}", "-j", "-1"],
        ["{in}", "-j", "2"],
        ["--jsonl", "{in}", "-o", "{in}"],
    ],
)
def test_bad_arguments_are_one_line(tmp_path, capsys, args):
    src = tmp_path / "in.jsonl"
    write_lines(src, [encode(GOOD[0])])
    args = [a.format(**{"in": src, "dir": tmp_path}) for a in args]
    with pytest.raises(SystemExit) if "-1" in args else _nothing():
        assert cli.main(["parse", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert src.read_bytes() == encode(GOOD[0]) + b"\n"  # the input is never touched


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_jobs_give_the_same_bytes(tmp_path):
    """-j 2 (worker processes) writes the same bytes as -j 1, bad lines included."""
    src = tmp_path / "in.jsonl"
    docs = [{"id": i, "text": f"Shelling near Sumy and Kharkiv ({i}). Officials in Kyiv said "
             f"{i} drones flew 30 km north-west of Donetsk on Friday.", "date": "2025-06-20"}
            for i in range(40)]
    lines = [encode(d) for d in docs]
    lines[7] = b"\xff bad bytes"
    lines[20] = b'{"id": "s", "text": "Odesa \\udc00"}'
    write_lines(src, lines)
    outs = {}
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"out{jobs}.jsonl"
        proc = run_cli("--jsonl", str(src), "-o", str(out), "-j", jobs)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.decode().count("\n") == 1  # no progress bar: not a terminal
        outs[jobs] = out.read_bytes()
    assert outs["1"] == outs["2"] == outs["0"]
    assert len(outs["1"].splitlines()) == 40


def test_the_command_freezes_its_heap_and_a_test_main_does_not(tmp_path, gazetteer):
    """The command (its own process) loads the pipeline and freezes the heap before the
    run (fewer garbage collections); main() called with arguments (a test, a notebook)
    leaves the caller's heap alone. Both write the same bytes."""
    import gc

    src = tmp_path / "in.jsonl"
    write_lines(src, [encode({"id": i, "text": f"Shelling near Sumy ({i}), 30 km north of "
                                                 "Kharkiv."}) for i in range(6)])
    code = (
        "import gc, sys\n"
        "from geo.cli import main\n"
        f"sys.argv = ['geo', 'parse', '--jsonl', {str(src)!r}, '-o', {str(tmp_path / 'a')!r}]\n"
        "status = main()\n"
        "print(status, gc.get_freeze_count() > 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S, check=False)
    assert proc.stdout.split() == ["0", "True"], proc.stderr
    before = gc.get_freeze_count()
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(tmp_path / "b")]) == 0
    assert gc.get_freeze_count() == before
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def _long_run(spawn, tmp_path, lines: int, stderr=subprocess.PIPE):
    """A ``geo parse --jsonl -j 2`` of ``lines`` long documents, started in the background:
    (the process, its input, its output)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Shelling near Sumy. Officials in Kyiv said drones flew 30 km north-west of Donetsk. "
    write_lines(src, [encode({"id": i, "text": text * 20}) for i in range(lines)])
    proc = spawn([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                  "-o", str(out), "-j", "2"], stderr=stderr)
    return proc, src, out


def test_sigterm_keeps_what_was_written_and_leaves_no_temporary_file(tmp_path, spawn):
    proc, src, out = _long_run(spawn, tmp_path, 300)
    wait_for(lambda: out.exists() and out.stat().st_size >= 2000, "2,000 bytes written",
             proc=proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 130, err
    assert "Traceback" not in err.decode() and "--resume" in err.decode()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    kept = out.read_bytes().splitlines()
    assert kept and all(json.loads(line)["id"] == i for i, line in enumerate(kept))
    # and --resume finishes the job with every id exactly once
    finish = run_cli("--jsonl", str(src), "-o", str(out), "--resume", "-j", "2")
    assert finish.returncode == 0, finish.stderr
    ids = [json.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert ids == list(range(300))
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    assert os.path.getsize(out) > 0


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read().rsplit(b")", 1)[1].split()
                if int(stat[1]) == pid and stat[0] != b"Z":
                    found.add(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_workers_end_when_the_parent_is_killed(tmp_path, spawn):
    """SIGKILL gives the parent no chance to stop its workers: they notice and end."""
    proc, _, _ = _long_run(spawn, tmp_path, 2000, stderr=subprocess.DEVNULL)
    workers = wait_for(lambda: len(found := _children(proc.pid)) >= 2 and found,
                       "two workers started", proc=proc)
    proc.kill()
    proc.wait(timeout=CHILD_TIMEOUT_S)
    try:
        wait_for(lambda: not any(_alive(w) for w in workers), "the workers ending")
    finally:
        for w in workers:
            with contextlib.suppress(ProcessLookupError):
                if _alive(w):
                    os.kill(w, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent's reaper has ended)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


def test_a_text_over_the_size_limit_is_its_error_record(gazetteer):
    lines = [(1, encode(GOOD[0])), (2, encode({"id": "big", "text": "Kyiv. " * 100}))]
    out = list(corpus.analyze_lines(lines, corpus.Options(max_chars=100), gazetteer=gazetteer))
    assert [failed for _, failed in out] == [False, True]
    assert "over the limit of 100" in json.loads(out[1][0])["error"]


def test_a_worker_killed_by_one_document_costs_only_that_line(monkeypatch, gazetteer):
    """A worker process that dies (as when the kernel kills it for memory) is replaced;
    its chunk is retried line by line and only the line that killed it is an error."""
    import geo.analysis

    real = geo.analysis.analyze

    def deadly(text, **kw):
        if "CRASH" in text:
            os._exit(9)  # what an out-of-memory kill looks like to the pool
        return real(text, **kw)

    monkeypatch.setattr(geo.analysis, "analyze", deadly)  # forked workers inherit it
    docs = [{"id": i, "text": "Shelling near Sumy." if i != 21 else "CRASH in Kyiv"}
            for i in range(40)]
    lines = [(i + 1, encode(d)) for i, d in enumerate(docs)]
    out = list(corpus.analyze_lines(lines, corpus.Options(stages=("toponyms",)), jobs=2))
    assert len(out) == 40
    assert [i for i, (_, failed) in enumerate(out) if failed] == [21]
    record = json.loads(out[21][0])
    assert (record["id"], record["line"]) == (21, 22) and "worker process died" in record["error"]
    assert all(json.loads(line)["id"] == i for i, (line, _) in enumerate(out) if i != 21)


def test_progress_bar_on_a_terminal_only(tmp_path):
    """On a terminal, stderr shows documents/s; --quiet (or no terminal) shows nothing."""
    pty = pytest.importorskip("pty")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(src, [encode(d) for d in GOOD[:2]])

    def stderr_of(*extra):
        master, slave = pty.openpty()
        proc = subprocess.run([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                               "-o", str(out), "--only", "toponyms", *extra],
                              stderr=slave, stdout=subprocess.DEVNULL,
                              timeout=CHILD_TIMEOUT_S, check=False)
        os.close(slave)
        chunks = []
        with contextlib.suppress(OSError):
            while data := os.read(master, 4096):
                chunks.append(data)
        os.close(master)
        assert proc.returncode == 0
        return b"".join(chunks).decode("utf-8", "replace")

    shown = stderr_of()
    assert "doc/s" in shown and "2/2" in shown
    assert stderr_of("--quiet") == ""


def test_geoparquet_writer_is_all_or_none(tmp_path):
    pytest.importorskip("pyarrow")
    import geopandas as gpd

    from geo.geoparquet import GeoParquetWriter

    record = {
        "id": "x",
        "toponyms": [{"start": 0, "end": 4, "text": "Sumy", "name": "Sumy", "lat": 50.9,
                      "lon": 34.8, "geonameid": 692194},
                     {"start": 9, "end": 13, "text": "Nowh", "lat": None, "lon": None}],
        "features": [{"kind": "point", "start": 0, "end": 4, "text": "Sumy",
                      "geometry": {"type": "Point", "coordinates": [34.8, 50.9]}}],
        "claims": [{"start": 0, "end": 13, "text": "Sumy Nowh", "status": "asserted",
                    "toponyms": [0, 1], "features": [0], "quantities": [], "dates": []}],
    }
    aborted = GeoParquetWriter(tmp_path / "a", batch_rows=1)
    aborted.add(record)  # row groups already written to temporary files
    aborted.add({"id": None, "line": 3, "error": "not JSON"})
    aborted.abort()
    assert not (tmp_path / "a").exists()  # no table, no temporary file, no folder it made
    done = GeoParquetWriter(tmp_path / "b")
    done.add(record)
    done.add({"id": None, "line": 3, "error": "not JSON"})  # error records have no rows
    done.close()
    # ... but they are kept: DIR/errors.jsonl, as in the JSON lines output
    errors = (tmp_path / "b" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(e) for e in errors] == [{"id": None, "line": 3, "error": "not JSON"}]
    toponyms = gpd.read_parquet(tmp_path / "b" / "toponyms.parquet")
    assert toponyms["name"].iloc[0] == "Sumy" and toponyms["name"].isna().iloc[1]
    assert toponyms.geometry.iloc[1] is None  # unresolved: no point
    claims = gpd.read_parquet(tmp_path / "b" / "claims.parquet")
    geometry = claims.geometry.iloc[0]
    assert geometry.geom_type == "GeometryCollection" and len(geometry.geoms) == 2
    assert claims.crs.to_epsg() == 4326 and list(claims["toponyms"].iloc[0]) == [0, 1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_geoparquet_rows_of_documents_without_id_carry_their_line(tmp_path, jobs):
    """Every document is found by its line number (and file, of several): one with no
    id as its JSON record says, one with an id too (ids may repeat)."""
    pq = pytest.importorskip("pyarrow.parquet")

    def rows(folder, table="toponyms"):
        return pq.read_table(folder / f"{table}.parquet").to_pylist()

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text('{"id": "k", "text": "Shelling hit Sumy."}\n'
                     'not json\n'
                     '{"text": "Drones struck Kharkiv."}\n', encoding="utf-8")
    second.write_text('{"id": null, "text": "Fighting near Pokrovsk."}\n', encoding="utf-8")
    out = tmp_path / "tables"
    assert cli.main(["parse", "--jsonl", str(first), "-o", str(out), "--format",
                     "geoparquet", "-j", jobs, "-q"]) == 1
    where = {r["name"]: (r["id"], r["line"], r["file"]) for r in rows(out)}
    assert where["Sumy"] == ("k", 1, None) and where["Kharkiv"] == (None, 3, None)
    out2 = tmp_path / "tables2"
    assert cli.main(["parse", "--jsonl", str(tmp_path / "*.jsonl"), "-o", str(out2),
                     "--format", "geoparquet", "-j", jobs, "-q"]) == 1
    for table in ("features", "claims"):
        assert {"line", "file"} <= set(pq.read_schema(out2 / f"{table}.parquet").names)
    where = {r["name"]: (r["line"], r["file"]) for r in rows(out2)}
    assert where["Pokrovsk"] == (1, str(second)) and where["Kharkiv"] == (3, str(first))
    assert where["Sumy"] == (1, str(first))


@pytest.mark.parametrize("cluster", [[], ["--cluster", "local:1"]])
@pytest.mark.parametrize("blocker", ["errors.jsonl", "fifo"])
def test_geoparquet_output_that_cannot_be_replaced_is_refused_before_any_work(
        tmp_path, capsys, cluster, blocker):
    """errors.jsonl as a directory (or a table name as a pipe): refused at once, naming
    it, and no table is left behind (all or none)."""
    pytest.importorskip("pyarrow")
    corpus = tmp_path / "mix.jsonl"
    corpus.write_text('{"id": 1, "text": "Shelling hit Sumy."}\nnot json\n', encoding="utf-8")
    out = tmp_path / "t4"
    out.mkdir()
    if blocker == "fifo":
        name = "claims.parquet"
        os.mkfifo(out / name)
    else:
        name = "errors.jsonl"
        (out / name).mkdir()
    status = cli.main(["parse", "--jsonl", str(corpus), "--format", "geoparquet", "-o",
                       str(out), "-q", *cluster])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1
    assert f"{out / name}" in err and ".tmp" not in err
    assert sorted(p.name for p in out.iterdir()) == [name]


def test_geoparquet_writer_checks_again_before_it_replaces(tmp_path):
    """An output made unreplaceable during the run: no table is moved into place."""
    pytest.importorskip("pyarrow")
    from geo.errors import InputError
    from geo.geoparquet import GeoParquetWriter

    writer = GeoParquetWriter(tmp_path / "t")
    writer.add({"id": "x", "toponyms": [], "features": [], "claims": []})
    writer.add({"id": None, "line": 2, "error": "not JSON"})
    (tmp_path / "t" / "errors.jsonl").mkdir()
    with pytest.raises(InputError, match=r"errors\.jsonl: it is a directory"):
        writer.close()
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == ["errors.jsonl"]


def test_geoparquet_writer_commits_nothing_after_a_lost_interrupt(tmp_path):
    pytest.importorskip("pyarrow")
    from geo import corpus_signals
    from geo.geoparquet import GeoParquetWriter

    writer = GeoParquetWriter(tmp_path / "t")
    writer.add({"id": "x", "toponyms": [], "features": [], "claims": []})
    corpus_signals.note(signal.SIGTERM)
    try:
        with pytest.raises(KeyboardInterrupt):
            writer.close()
    finally:
        corpus_signals.reset()
    assert not (tmp_path / "t").exists()


@pytest.mark.parametrize("jobs", ["1", "2", "cluster"])
def test_resume_says_the_error_records_of_the_earlier_run_and_exits_1(tmp_path, capsys,
                                                                      request, jobs):
    """The lines of error records already in OUT are not retried: said, exit status 1
    (it was 0, as if every line had been analysed)."""
    if jobs == "cluster":
        pytest.importorskip("distributed")
        request.getfixturevalue("loopback")  # a local cluster talks over loopback
    how = ["--cluster", "local:1"] if jobs == "cluster" else ["-j", jobs]
    corpus, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    corpus.write_text('{"id": "a", "text": "Shelling hit Sumy."}\nnot json\n'
                      '{"id": "b"}\n{"id": "c", "text": "Drones over Kharkiv."}\n',
                      encoding="utf-8")
    assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "-q"]) == 1
    capsys.readouterr()
    before = out.read_bytes()
    assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--resume", "-q",
                     *how]) == 1
    err = capsys.readouterr().err
    assert f"--resume: {out} already holds 2 error record(s) of an earlier run" in err
    assert "4 line(s) already done were skipped" in err
    assert out.read_bytes() == before  # nothing retried, nothing appended twice
    clean = tmp_path / "clean.jsonl"
    clean.write_bytes(b"".join(line for line in before.splitlines(keepends=True)
                               if b'"error"' not in line))
    assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(clean), "--resume", "-q",
                     *how]) == 1  # the two bad lines, retried, fail again
    err = capsys.readouterr().err
    assert "earlier run" not in err and "2 input line(s) could not be analysed" in err
    done = [json.loads(line) for line in clean.read_bytes().splitlines()]
    assert sorted(str(r.get("id")) for r in done) == ["None", "a", "b", "c"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_quiet_silences_warnings_about_a_documents_contents(tmp_path, jobs):
    """--quiet: no word on a document's unlocated names (tester14: one per document, per
    copy, on a corpus); a bad line is still reported."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Rebels said they had seized the town of Bwambalu, near the border with Uganda."
    doc = {"id": "a", "text": text}
    write_lines(src, [encode(doc), b"not json"])

    def stderr_of(*extra):
        proc = subprocess.run([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                               "-o", str(out), "-j", jobs, *extra],
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
        assert proc.returncode == 1  # the bad line
        return proc.stderr

    assert "Bwambalu" in stderr_of()
    quiet = stderr_of("--quiet")
    assert "Bwambalu" not in quiet
    assert "could not be analysed" in quiet


def test_python_dash_m_geo_is_the_geo_command():
    proc = subprocess.run([sys.executable, "-m", "geo", "geocode", "Kharkov", "--json"],
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["geonameid"] == 706483


def test_quiet_leaves_the_warning_level_as_it_found_it(tmp_path):
    # --quiet silences geo.text for its command only: a caller's next analysis warns again
    src = tmp_path / "in.jsonl"
    write_lines(src, [encode(GOOD[0])])
    before = logging.getLogger("geo.text").level
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 0
    assert logging.getLogger("geo.text").level == before
