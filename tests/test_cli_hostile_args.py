"""Hostile arguments and file names: one clear line and the right exit status before
any work (``geo parse``, ``geo map``, ``geo report``, ``geo index``, ``--cluster``)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest

from geo import cli
from geo.errors import InputError

from .waiting import CHILD_TIMEOUT_S

pytestmark = pytest.mark.gazetteer

GOOD = b'{"id": "good", "text": "Shelling near Kupiansk on Friday."}'


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Russian drones struck Sumy and Kharkiv overnight.\n", encoding="utf-8")
    return str(path)


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


@pytest.mark.parametrize("limit", ["99999999999999999999999", "9223372036854775807",
                                   "1_000_000_001"])
@pytest.mark.parametrize("args", [
    ["parse", "--jsonl", "{j}", "-o", "{d}/x.jsonl"],
    ["parse", "--jsonl", "{j}", "-o", "{d}/x.jsonl", "-j", "2"],
    ["map", "--jsonl", "{j}", "--offline", "-o", "{d}/x.html"],
    ["report", "--jsonl", "{j}", "-o", "{d}/x.md"],
    ["parse", "{j}", "-o", "{d}/x.json"],
])
def test_a_max_chars_beyond_the_maximum_is_refused_before_any_file(args, limit, tmp_path,
                                                                  capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    with pytest.raises(SystemExit) as info:
        status = cli.main([a.format(j=corpus, d=tmp_path) for a in args] + ["--max-chars", limit])
        raise SystemExit(status)
    assert info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "--max-chars" in err and "at most 1,000,000,000" in err
    assert len(err.splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]


def test_the_largest_max_chars_runs(tmp_path, capsys):
    corpus, out = tmp_path / "in.jsonl", tmp_path / "x.jsonl"
    corpus.write_bytes(GOOD + b"\n")
    assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "-q",
                     "--max-chars", "1000000000"]) == 0
    assert out.read_bytes().count(b"\n") == 1


def test_a_server_that_is_no_dask_scheduler_is_one_line(monkeypatch, loopback):
    distributed = pytest.importorskip("distributed")
    from geo.dask_client import connect

    def garbage_frame(*args, **kwargs):  # what reading a web server's answer as a frame gives
        raise MemoryError("Unable to allocate 3.07 EiB")

    monkeypatch.setattr(distributed, "Client", garbage_frame)
    with _listening() as port, pytest.raises(InputError, match="is no Dask scheduler"):
        connect(f"tcp://127.0.0.1:{port}")


def test_a_server_that_never_answers_is_one_line_in_bounded_time(monkeypatch, loopback):
    """distributed's Client() waits for ever for the handshake of a server that accepts
    the connection and says nothing (a web server): geo gives up after a while."""
    import threading
    import time

    distributed = pytest.importorskip("distributed")
    from geo import dask_client

    never = threading.Event()
    monkeypatch.setattr(distributed, "Client", lambda *args, **kwargs: never.wait())
    monkeypatch.setattr(dask_client, "ANSWER_TIMEOUT_S", 0.3)
    with _listening() as port:
        start = time.monotonic()
        with pytest.raises(InputError, match=r"no answer as a Dask scheduler within 0\.3 s"):
            dask_client.connect(f"tcp://127.0.0.1:{port}")
        assert time.monotonic() - start < 60  # not for ever, however loaded the machine
    never.set()


@contextlib.contextmanager
def _listening():
    """A loopback port where something accepts connections (and says nothing)."""
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def test_an_address_where_nothing_listens_is_said_at_once(capsys, loopback, monkeypatch):
    """A refused connection is one line at once, not after Dask's 30 s of retries: Dask's
    client (whose connect retries) is never asked (no clock: a loaded machine is slow)."""
    import socket

    distributed = pytest.importorskip("distributed")
    asked = []
    monkeypatch.setattr(distributed, "Client", lambda *args, **kwargs: asked.append(args))
    with socket.socket() as taken:  # a port just free: nothing listens there
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
    assert cli.main(["parse", "--jsonl", "/dev/null", "--cluster",
                     f"tcp://127.0.0.1:{port}"]) == 2
    assert asked == []
    assert capsys.readouterr().err == (
        f"geo: error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: connection "
        "refused (no scheduler listens there)\n")

def test_endless_standard_input_is_named_as_such():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "geo.cli", "parse", "-"], stdin=zero,
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
                              check=False)
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
    err = capsys.readouterr().err
    assert said.format(d=tmp_path) in err and "  " not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "in.jsonl"]


def test_an_interrupted_cluster_geoparquet_run_leaves_no_folder(tmp_path, monkeypatch, capsys,
                                                                 loopback):
    distributed = pytest.importorskip("distributed")

    corpus, out = tmp_path / "in.jsonl", tmp_path / "tables"
    corpus.write_bytes(GOOD + b"\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(distributed.Client, "gather", interrupted)
    status = cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format",
                       "geoparquet", "--cluster", "local:1"])
    assert status == 130, capsys.readouterr().err
    assert not out.exists()


def test_the_gathers_a_stopped_client_cancels_are_no_news():
    import logging

    from geo.dask_client import _CancelledGathers

    def record(message: str) -> logging.LogRecord:
        return logging.LogRecord("asyncio", logging.ERROR, __file__, 1, message, None, None)

    quiet = _CancelledGathers()
    assert not quiet.filter(record("Task exception was never retrieved\nfuture: <Task "
                                   "finished coro=<Client._gather.<locals>.wait()> "
                                   "exception=AllExit()>"))
    assert quiet.filter(record("Task exception was never retrieved: ValueError('x')"))
    assert quiet.filter(record("Unclosed connection"))


@pytest.mark.parametrize("command", ["map", "report"])
def test_a_warning_of_several_articles_names_each_as_given(command, article, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(b'{"id": "quiet", "text": "Nothing happened."}\n' + GOOD + b"\n")
    out = tmp_path / ("m.html" if command == "map" else "r.md")
    argv = [command, str(empty), article, "--jsonl", str(corpus), "-o", str(out)]
    assert cli.main(argv + (["--offline"] if command == "map" else [])) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [
        f"geo: warning: no places found in {empty} (the article is empty)",
        f"geo: warning: no places found in {corpus}:1 (id quiet) (nothing to map)",
    ]


def test_a_lost_interrupt_still_stops_the_cluster_commit(tmp_path, monkeypatch, capsys,
                                                         loopback):
    """A signal whose KeyboardInterrupt was swallowed on the way (raised inside a garbage
    collector's callback: "Exception ignored") still keeps the tables out."""
    distributed = pytest.importorskip("distributed")
    import signal

    from geo import corpus_signals

    corpus, out = tmp_path / "in.jsonl", tmp_path / "tables"
    corpus.write_bytes(GOOD + b"\n")
    gather = distributed.Client.gather

    def lost_interrupt(*args, **kwargs):
        result = gather(*args, **kwargs)
        corpus_signals.note(signal.SIGTERM)  # its exception lost: the run went on
        return result

    monkeypatch.setattr(distributed.Client, "gather", lost_interrupt)
    status = cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format",
                       "geoparquet", "--cluster", "local:1"])
    assert status == 130, capsys.readouterr().err
    assert not out.exists()


def test_a_signal_as_the_cluster_closes_after_a_completed_run_is_not_an_interrupt(
        tmp_path, monkeypatch, capsys, caplog, loopback):
    pytest.importorskip("distributed")
    import signal

    import distributed

    corpus, out = tmp_path / "in.jsonl", tmp_path / "tables"
    corpus.write_bytes(GOOD + b"\n")
    from geo import dask_run

    close, connect = distributed.Client.close, dask_run.connect
    ours, sent = [], []

    def recorded_connect(address):
        ours.append(connect(address))
        return ours[-1]

    def signalled_close(self, *args, **kwargs):
        # Once, in this run's own close: not when the garbage collector finalises a
        # client of an earlier test (Client.__del__ closes it, at any moment of this
        # run), nor when it finalises this one again later
        if ours and self is ours[0] and not sent:
            sent.append(True)
            signal.raise_signal(signal.SIGTERM)  # held while the cluster closes
        return close(self, *args, **kwargs)

    monkeypatch.setattr(dask_run, "connect", recorded_connect)
    monkeypatch.setattr(distributed.Client, "close", signalled_close)
    status = cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format",
                       "geoparquet", "--cluster", "local:1"])
    err = capsys.readouterr().err
    assert sent, "the run's client was never closed"
    assert status == 0, err
    assert "the run had completed" in caplog.text and "interrupted" not in err
    assert sorted(p.name for p in out.iterdir()) == [
        "claims.parquet", "features.parquet", "toponyms.parquet"]


def test_the_commit_is_refused_after_a_signal_and_holds_one_that_comes_during_it(caplog):
    import signal

    from geo import corpus_signals

    corpus_signals.reset()
    with corpus_signals.committing():
        signal.raise_signal(signal.SIGINT)  # held: the block is not cut
        moved = True
    assert moved and "the run had completed" in caplog.text
    corpus_signals.note(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), corpus_signals.committing():
        pytest.fail("committed after a stop signal")
    corpus_signals.reset()
