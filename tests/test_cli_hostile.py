"""Hostile input and failing outputs: one clear line and the right exit status, in every
command (``geo parse``, ``geo map``, ``geo report``, ``geo geocode``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo import cli
from geo.corpus_records import decode_line, read_record
from geo.errors import InputError

pytestmark = pytest.mark.gazetteer

GOOD = b'{"id": "good", "text": "Shelling near Kupiansk on Friday."}'

# One bad line of each kind, and the words its error says: every reader refuses it alike.
BAD_LINES = [
    (b'{"id": NaN, "text": "Shelling hit Kharkiv."}', '"id" must be finite'),
    (b'{"id": 1e999, "text": "Shelling hit Kharkiv."}', '"id" must be finite'),
    (b'{"id": [1, {"a": -Infinity}], "text": "Sumy."}', '"id" must be finite'),
    (b'{"id": 2, "text": "Sumy.", "title": NaN}', '"title" must be a string, got NaN'),
    (b'{"id": 3, "text": "Sumy.", "title": 7}', '"title" must be a string, got a number'),
    (b'{"id": 4, "text": "Sumy.", "url": Infinity}', '"url" must be a string, got Infinity'),
    (b'{"id": 5, "text": "Sumy.", "url": {"href": "x"}}', '"url" must be a string'),
    (b'{"id": 6, "text": "Sumy.", "date": 1e999}', '"date" must be YYYY-MM-DD'),
    (b'{"id": 7, "text": "Sumy.", "date": "last Friday"}', '"date" must be YYYY-MM-DD'),
    (b'{"id": 8, "text": "Sumy.", "date": 20250618}', "got a number"),
    (b'{"id": 9, "text": 5}', 'non-string "text"'),
    (b'{"id": 10, "text": "Sumy.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "nested too deeply"),
    (b'{"id": ' + b"1" * 5000 + b', "text": "Sumy."}', "a number of over"),
    (b'{"id": 12, "text": "\xff Sumy."}', "not UTF-8"),
    (b'["id", "text"]', "expected a JSON object"),
    (b'{"id": 13, "text": "Sumy."', "not JSON"),
]


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
    path.write_bytes(b"\n".join([GOOD, *(raw for raw, _ in BAD_LINES), GOOD]) + b"\n")
    return path


def test_parse_map_and_report_refuse_the_same_lines(tmp_path, capsys, caplog, gazetteer):
    src = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q"]) == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(BAD_LINES) + 2
    assert rows[0]["id"] == rows[-1]["id"] == "good" and "error" not in rows[0]
    for row, (_, reason) in zip(rows[1:-1], BAD_LINES, strict=True):
        assert reason in row["error"], row
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
        assert "Kupiansk" in html.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# Outputs that cannot be written: exit status 2 and one line naming the output.

FULL = "/dev/full"
needs_full = pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full")


def _geo(*args: str, stdout=subprocess.PIPE, timeout: int = 180):
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
    ["map", "{a}", "--offline", "-o", "{d}/m.html"],
], ids=" ".join)
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


def test_interruptible_turns_sigterm_into_an_interrupt_and_says_what_was_kept(caplog):
    import signal

    from geo.corpus_records import Summary, interruptible

    before = signal.getsignal(signal.SIGTERM)
    summary = Summary(written=7)
    with pytest.raises(KeyboardInterrupt) as info, interruptible(summary, "out.jsonl"):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs between two bytecodes of this thread
            pass
    assert info.value.reported is True
    assert "7 line(s) written to out.jsonl; --resume continues" in caplog.text
    assert signal.getsignal(signal.SIGTERM) is before
    with pytest.raises(KeyboardInterrupt) as info, interruptible(summary, "-"):
        raise KeyboardInterrupt
    assert not getattr(info.value, "reported", False)  # nothing kept on standard output


def test_sigterm_stops_a_local_cluster_like_worker_processes(tmp_path):
    pytest.importorskip("distributed")
    import signal
    import time

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Shelling near Sumy. Officials in Kyiv said drones flew 30 km north-west of Donetsk. "
    src.write_text("".join(json.dumps({"id": i, "text": text * 20}) + "\n"
                           for i in range(300)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src),
                             "-o", str(out), "--cluster", "local:2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not out.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # the output is opened once the cluster runs
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "--resume continues from there" in err and "Traceback" not in err
    assert all(line.startswith("geo: ") for line in err.splitlines()), err
    kept = out.read_bytes().splitlines()
    assert [json.loads(line)["id"] for line in kept] == list(range(len(kept)))
    finish = _geo("parse", "--jsonl", str(src), "-o", str(out), "--resume", "-j", "2", "-q",
                  timeout=600)
    assert finish.returncode == 0, finish.stderr
    assert [json.loads(line)["id"] for line in out.read_bytes().splitlines()] == list(range(300))


# ---------------------------------------------------------------------------
# Arguments and file names.


def test_a_file_name_is_printed_on_one_line_without_escape_codes(tmp_path, capsys, article,
                                                                 gazetteer):
    html = tmp_path / "a\nb\x1b[31m.html"
    assert cli.main(["map", article, "--offline", "-o", str(html)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out and "a\\nb\\x1b[31m.html" in out
    assert html.is_file()
    report = tmp_path / "r\r\n.html"
    assert cli.main(["report", article, "-o", str(report)]) == 0
    assert capsys.readouterr().out.count("\n") == 1 and report.is_file()


@pytest.mark.parametrize("args", [
    ["parse", "--jsonl", "{j}", "-j", "100000"],
    ["parse", "--jsonl", "{j}", "--cluster", "local:100000"],
])
def test_a_number_of_processes_no_machine_has_is_refused_before_any_work(args, tmp_path,
                                                                        capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    with pytest.raises(SystemExit) as info:
        status = cli.main([a.format(j=corpus) for a in args])
        raise SystemExit(status)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "at most 512" in err and len(err.splitlines()) == 1


def test_a_server_that_is_no_dask_scheduler_is_one_line(monkeypatch):
    distributed = pytest.importorskip("distributed")
    from geo.dask_client import connect

    def garbage_frame(*args, **kwargs):  # what reading a web server's answer as a frame gives
        raise MemoryError("Unable to allocate 3.07 EiB")

    monkeypatch.setattr(distributed, "Client", garbage_frame)
    with pytest.raises(InputError, match="is no Dask scheduler"):
        connect("tcp://127.0.0.1:8000")


def test_a_server_that_never_answers_is_one_line_in_bounded_time(monkeypatch):
    """distributed's Client() waits for ever for the handshake of a server that accepts
    the connection and says nothing (a web server): geo gives up after a while."""
    import threading
    import time

    distributed = pytest.importorskip("distributed")
    from geo import dask_client

    never = threading.Event()
    monkeypatch.setattr(distributed, "Client", lambda *args, **kwargs: never.wait())
    monkeypatch.setattr(dask_client, "ANSWER_TIMEOUT_S", 0.3)
    start = time.monotonic()
    with pytest.raises(InputError, match=r"no answer as a Dask scheduler within 0\.3 s"):
        dask_client.connect("tcp://127.0.0.1:8000")
    assert time.monotonic() - start < 5
    never.set()


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
    assert cli.main([*argv, "--resume"]) == 0
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


def test_endless_standard_input_is_named_as_such():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "geo.cli", "parse", "-"], stdin=zero,
                              capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert proc.stderr.startswith("geo: error: standard input: more than")


@pytest.mark.parametrize("dump", ["/dev/null", "{d}"])
def test_a_dump_that_is_no_file_says_so(dump, tmp_path, capsys):
    assert cli.main(["index", "add", dump.format(d=tmp_path)]) == 2
    assert capsys.readouterr().err.strip().endswith("is not a file")


@pytest.mark.parametrize("args", [
    ["map", "{a}", "--offline", "-o", "{link}.html"],
    ["map", "{a}", "--offline", "-o", "{d}/m.html", "--geojson", "{link}.geojson"],
    ["map", "{a}", "--offline", "-o", "{d}/m.html", "--png", "{link}.png"],
    ["report", "{a}", "-o", "{link}.html"],
    ["parse", "{a}", "-o", "{link}.json"],
    ["map", "--jsonl", "{j}", "--offline", "-o", "{jlink}.html"],
], ids=lambda a: " ".join(a[:1] + a[-2:-1]))
def test_an_output_that_links_to_an_input_is_refused(args, article, tmp_path, capsys):
    """A symlink is written through: one to the article would overwrite the article."""
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    before = (Path(article).read_bytes(), corpus.read_bytes())
    link = tmp_path / "link"
    for suffix in (".html", ".geojson", ".png", ".json"):
        (tmp_path / f"link{suffix}").symlink_to(article)
        (tmp_path / f"jlink{suffix}").symlink_to(corpus)
    argv = [a.format(a=article, link=link, d=tmp_path, j=corpus, jlink=tmp_path / "jlink")
            for a in args]
    assert cli.main(argv) == 2
    assert "would overwrite the article" in capsys.readouterr().err
    assert (Path(article).read_bytes(), corpus.read_bytes()) == before


@pytest.mark.parametrize("command", [["map", "--offline", "--geojson"], ["report", "-o"]])
def test_an_output_over_an_overlay_is_refused(command, article, tmp_path, capsys):
    overlay = tmp_path / "front.geojson"
    overlay.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    before = overlay.read_bytes()
    argv = [command[0], article, "--overlay", str(overlay), *command[1:], str(overlay)]
    if command[0] == "map":
        argv += ["-o", str(tmp_path / "m.html")]
    assert cli.main(argv) == 2
    assert "would overwrite the overlay (an input)" in capsys.readouterr().err
    assert overlay.read_bytes() == before


def test_map_ids_of_any_json_kind_are_text(tmp_path, gazetteer):
    from geo.render.articles import read_articles

    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "s\\udfff", "text": "Sumy."}\n{"id": null, "text": "Kyiv."}\n'
                    b'{"id": [1, {"a": 2}], "text": "Lviv."}\n{"id": true, "text": "Odesa."}\n')
    ids = [a.id for a in read_articles(jsonl=str(src))]
    assert ids == ["s\ufffd", "2", '[1, {"a": 2}]', "true"]


def test_a_failing_browser_is_one_short_line_without_its_dbus_noise(tmp_path, monkeypatch,
                                                                     mini_gazetteer):
    """Chromium logs D-Bus complaints at every headless start: the error keeps what
    it said about the failure, without log prefixes."""
    from geo.errors import RenderError
    from geo.render import static

    from .test_render import sample_analysis

    fake = tmp_path / "chromium"
    fake.write_text(
        "#!/bin/sh\n"
        "echo '[1:2:1130/103830.149418:ERROR:dbus/bus.cc:405] Failed to connect to the bus' >&2\n"
        "echo '[1:1:1130/103830.150289:ERROR:dbus/object_proxy.cc:572] Failed to call "
        "method: org.freedesktop.DBus.NameHasOwner' >&2\n"
        "echo '[1:1:1130/103830.29:ERROR:headless_shell.cc(9)] Cannot write screenshot' >&2\n"
        "exit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("GEO_CHROMIUM", str(fake))
    with pytest.raises(RenderError) as info:
        static.export_png(sample_analysis(), tmp_path / "m.png", engine="chromium")
    assert str(info.value) == "Chromium wrote no .png file (Cannot write screenshot)"


@pytest.mark.parametrize(("args", "said"), [
    (["parse", "{a}", "-o", "{d}/new/"], "-o {d}/new/ names a folder"),
    (["map", "{a}", "--offline", "-o", "{d}/m.html", "--png", "{d}/p/"], "--png {d}/p/ names"),
    (["report", "{a}", "-o", ""], "-o is an empty file name"),
    (["parse", "{a}", "-o", ""], "-o is an empty file name"),
    (["parse", "--jsonl", "{j}", "-o", ""], "-o is an empty file name"),
    (["parse", ""], "the article's file name is empty"),
    (["map", "{a}", "", "--offline", "-o", "{d}/m.html"], "the article's file name is empty"),
])
def test_empty_names_and_folder_names_are_refused(args, said, article, tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    argv = [a.format(a=article, d=tmp_path, j=corpus) for a in args]
    assert cli.main(argv) == 2
    assert said.format(d=tmp_path) in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "in.jsonl"]


@pytest.fixture
def loopback(monkeypatch):
    """A local cluster talks over loopback; anything else still fails loudly."""
    import _socket
    import socket

    def loopback_only(sock, address, *args):
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "localhost", "::1") and sock.family != socket.AF_UNIX:
            raise RuntimeError("tests must not use the network")
        return _socket.socket.connect(sock, address, *args)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)


def test_an_interrupted_cluster_geoparquet_run_leaves_no_folder(tmp_path, monkeypatch, capsys,
                                                                 loopback):
    pytest.importorskip("distributed")
    import dask

    corpus, out = tmp_path / "in.jsonl", tmp_path / "tables"
    corpus.write_bytes(GOOD + b"\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dask, "compute", interrupted)
    status = cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format",
                       "geoparquet", "--cluster", "local:1"])
    assert status == 130, capsys.readouterr().err
    assert not out.exists()
