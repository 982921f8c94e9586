"""Outputs that are not regular files: written in place, never replaced (issue 9)."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from geo._io import atomic_write, is_special_file, output_stream, staged_outputs

from .waiting import CHILD_TIMEOUT_S, EVENT_TIMEOUT_S


def _read_fifo(path, into: list) -> threading.Thread:
    def read():
        with open(path, "rb") as f:
            into.append(f.read())

    t = threading.Thread(target=read, daemon=True)
    t.start()
    return t


def test_a_named_pipe_stays_a_pipe(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    atomic_write(fifo, "hello")
    reader.join(EVENT_TIMEOUT_S)
    assert got == [b"hello"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and is_special_file(fifo)


def test_staged_outputs_write_into_a_pipe(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    with staged_outputs({"html": fifo, "geojson": tmp_path / "x.geojson"}) as staged:
        staged["html"].write_text("<p>map</p>", encoding="utf-8")
        staged["geojson"].write_text("{}", encoding="utf-8")
    reader.join(EVENT_TIMEOUT_S)
    assert got == [b"<p>map</p>"] and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert (tmp_path / "x.geojson").read_text(encoding="utf-8") == "{}"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".geo-staged")]


def test_a_device_stays_a_device(tmp_path):
    dev = tmp_path / "null"
    try:
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    atomic_write(dev, "x" * 1000)
    with output_stream(str(dev)) as out:
        out.write("more")
    with staged_outputs({"svg": dev}) as staged:
        staged["svg"].write_text("<svg/>", encoding="utf-8")
    assert stat.S_ISCHR(os.stat(dev).st_mode)


def test_a_symlink_stays_a_link_and_its_target_is_written(tmp_path):
    target = tmp_path / "real.html"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    atomic_write(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
    with staged_outputs({"html": link}) as staged:
        staged["html"].write_text("newer", encoding="utf-8")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "newer"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_leaves_no_regular_file_behind(tmp_path):
    """All or none: the device is written first, so when it fails no file was moved."""
    from geo.errors import InputError

    html = tmp_path / "map.html"
    with (
        pytest.raises(InputError, match=r"could not write /dev/full.*written: none"),
        staged_outputs({"html": html, "geojson": "/dev/full"}) as staged,
    ):
        staged["html"].write_text("<p>map</p>", encoding="utf-8")
        staged["geojson"].write_text("{}" * 10_000, encoding="utf-8")
    assert not html.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".geo-staged")]


def _geo_map(args, tmp_path, stdout):
    import subprocess
    import sys

    article = tmp_path / "art.txt"
    article.write_text("Russian drones struck Sumy and Kharkiv overnight.\n", encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "geo.cli", "map", str(article), "--offline",
                             *[a.format(d=tmp_path) for a in args]],
                            stdout=stdout, stderr=subprocess.PIPE, text=True)


@pytest.mark.gazetteer
@pytest.mark.parametrize("args", [
    ["--png", "/dev/stdout", "-o", "{d}/m.html"],
    ["--geojson", "/dev/stdout", "-o", "{d}/m.html"],
])
def test_an_output_into_a_closed_pipe_is_141_and_leaves_no_file(args, tmp_path):
    """``geo map ART --png /dev/stdout | head -c 8``: the reader went away."""
    import subprocess

    proc = _geo_map(args, tmp_path, subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is written
    _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 141, err
    assert err == ""
    assert not (tmp_path / "m.html").exists()  # all or none


@pytest.mark.gazetteer
def test_status_lines_leave_an_output_on_standard_output_whole(tmp_path):
    import json
    import subprocess

    proc = _geo_map(["--geojson", "/dev/stdout", "-o", "{d}/m.html"], tmp_path,
                    subprocess.PIPE)
    out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 0, err
    assert json.loads(out)["type"] == "FeatureCollection"  # no "wrote" line after it
    assert f"wrote {tmp_path}/m.html" in err and "wrote /dev/stdout" in err


@pytest.mark.gazetteer
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("stdout", ["/dev/full", "closed pipe"])
def test_a_status_line_that_cannot_be_printed_does_not_fail_the_map(stdout, tmp_path):
    """``geo map ART -o fresh.html > /dev/full``: the map is written whole, exit 0."""
    import subprocess

    if stdout == "closed pipe":
        proc = _geo_map(["-o", "{d}/fresh.html"], tmp_path, subprocess.PIPE)
        proc.stdout.close()
        _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    else:
        with open(stdout, "w") as full:
            proc = _geo_map(["-o", "{d}/fresh.html"], tmp_path, full)
            _, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 0, err
    html = (tmp_path / "fresh.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")
    if stdout == "/dev/full":
        assert err.strip() == ("geo: warning: the files are written, but not their status "
                               "line (No space left on device)")
    else:
        assert err == ""


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["geocode", "Kyiv"], 2),
        (["parse", "{art}"], 2),
        (["parse", "--jsonl", "{lines}"], 2),
        (["map", "{art}", "--offline", "-o", "{d}/m.html"], 0),  # the file is the output
    ],
)
def test_a_closed_standard_output_is_one_line(args, status, tmp_path):
    """``geo parse ART >&-``: a process started with no standard output says so in one
    line (exit 2), never an internal error; a map written to a file still succeeds."""
    import subprocess
    import sys

    art = tmp_path / "art.txt"
    art.write_text("Russian drones struck Sumy overnight.\n", encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": 1, "text": "Drones struck Sumy."}\n', encoding="utf-8")
    argv = [a.format(art=art, lines=lines, d=tmp_path) for a in args]
    proc = subprocess.run([sys.executable, "-m", "geo.cli", *argv], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=CHILD_TIMEOUT_S, preexec_fn=lambda: os.close(1))
    assert proc.returncode == status, proc.stderr
    if status:
        assert proc.stderr.strip() == "geo: error: standard output is closed"
    else:
        assert (tmp_path / "m.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
