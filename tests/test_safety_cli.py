"""User errors are one line and a non-zero exit, never a traceback or a half-written
set of files (issue 9): output paths, dates at the calendar's ends, standard input
checked like a file, size limits, all outputs or none, empty articles, help texts."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.cli import DEFAULT_MAX_CHARS, main
from geo.errors import InputError, RenderError
from geo.text.dates import find_dates

from .waiting import CHILD_TIMEOUT_S

ARTICLE = "Shelling was reported 10 km north of Sumy on Friday, officials said last week.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("geo: error: ")
    return lines[0]


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --------------------------------------------------------------------------- output paths


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("map", "-o"), ("parse", "-o"), ("report", "-o"), ("map", "--svg"),
        ("map", "--geojson"), ("map", "--png"), ("map", "--pdf"), ("map", "--fragment"),
    ],
)  # fmt: skip
def test_an_output_that_is_a_directory_is_refused_before_any_work(
    capsys, tmp_path, article, monkeypatch, command, option
):
    import geo.cli

    monkeypatch.setattr(geo.cli, "_analyse_article", lambda *a, **k: pytest.fail("analysed"))
    folder = tmp_path / "out dir"
    folder.mkdir()
    argv = [command, article, option, folder]
    if option != "-o":
        argv += ["-o", tmp_path / "map.html"]
    status, _, err = run(capsys, *argv)
    assert status == 2
    line = one_error_line(err)
    assert f"{option} {folder} is a directory" in line
    assert set(tmp_path.iterdir()) == {article, folder}


def test_an_output_in_a_missing_directory(capsys, tmp_path, article):
    status, _, err = run(capsys, "map", article, "-o", tmp_path / "nope" / "m.html")
    assert status == 2
    assert "does not exist" in one_error_line(err)


def test_two_outputs_on_one_path_and_overwriting_the_article(capsys, tmp_path, article):
    same = tmp_path / "x.html"
    status, _, err = run(capsys, "map", article, "-o", same, "--fragment", same)
    assert status == 2 and "-o and --fragment both write" in one_error_line(err)
    status, _, err = run(capsys, "map", article, "-o", article)
    assert status == 2 and "would overwrite the article" in one_error_line(err)
    assert article.read_text(encoding="utf-8") == ARTICLE


# --------------------------------------------------------------------------- all or none


def test_a_failing_image_leaves_no_html_behind(capsys, tmp_path, article, monkeypatch):
    import geo.render.batch

    def broken(*args, **kwargs):
        raise RenderError("no renderer for PNG (test)")

    monkeypatch.setattr(geo.render.batch, "export_png", broken)
    monkeypatch.setattr(geo.render.batch, "_engine", lambda *a, **k: "chromium")
    html, geojson, png = tmp_path / "m.html", tmp_path / "m.geojson", tmp_path / "m.png"
    status, out, err = run(capsys, "map", article, "-o", html, "--geojson", geojson, "--png", png)
    assert status == 3
    assert "no renderer for PNG" in one_error_line(err)
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]  # nor staging files


def test_every_output_is_written_when_all_succeed(capsys, tmp_path, article):
    html, geojson, frag = tmp_path / "m.html", tmp_path / "sub" / "m.geojson", tmp_path / "f.html"
    geojson.parent.mkdir()
    status, out, _ = run(capsys, "map", article, "-o", html, "--geojson", geojson,
                         "--fragment", frag)  # fmt: skip
    assert status == 0
    assert out.splitlines() == [f"wrote {html}", f"wrote {frag}", f"wrote {geojson}"]
    assert json.loads(geojson.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert html.stat().st_size and frag.stat().st_size
    leftovers = [p for p in tmp_path.rglob(".geo-staged-*")]
    assert leftovers == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "0001-01-06", "9999-12-27"])
@pytest.mark.parametrize("command", ["map", "report"])
def test_dates_at_the_ends_of_the_calendar(capsys, tmp_path, command, date):
    path = tmp_path / "a.txt"
    path.write_text(
        "Shelling hit Sumy on Friday, officials said last week. Next year, in December, "
        "troops will return to Kyiv; two days ago drones struck Kharkiv. Last month, "
        "earlier this month and tomorrow too. On June 2 they met, 3 years ago they fought.\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, command, path, "-o", tmp_path / "m.html", "--date", date)
    assert status == 0, err


@pytest.mark.parametrize("ref", [dt.date.min, dt.date.max, dt.date(1, 1, 3), dt.date(9999, 12, 30)])
def test_relative_dates_beyond_the_calendar_stay_unresolved(ref):
    text = (
        "on Friday, last week, next week, this weekend, next year, last year, two days "
        "ago, 3 weeks ago, 5 months ago, 20 years ago, next month, earlier this month, "
        "June 2, in June, before June 2, after December 31, tomorrow, the past year, "
        "late next year, from June to July, in the 2020s"
    )
    spans = find_dates(text, article_date=ref)
    assert len(spans) >= 18
    for s in spans:
        for iso in (s.start, s.end):
            if iso is not None:
                dt.date.fromisoformat(iso)
    assert any(s.start is None for s in spans)  # something falls off the calendar
    assert any(s.start is not None for s in spans)  # and the rest is resolved


# --------------------------------------------------------------------------- input decoding


BAD_INPUTS = {
    "latin-1": ("Café in Sumy was shelled.".encode("latin-1"), "is not UTF-8 text"),
    "utf-16 no BOM": ("Troops left Kyiv.".encode("utf-16-le"), "holds NUL bytes"),
    "utf-16 BOM": ("Troops left Kyiv.".encode("utf-16"), "is UTF-16 text"),
    "utf-32 BOM": ("Troops left Kyiv.".encode("utf-32"), "is UTF-32 text"),
    "binary": (bytes(range(256)) * 4, "not"),
    "controls": (b"Kyiv \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10" * 3, "control characters"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_standard_input_is_checked_like_a_file(capsys, tmp_path, monkeypatch, name, via):
    data, message = BAD_INPUTS[name]
    if via == "stdin":
        set_stdin(monkeypatch, data)
        arg, label = "-", "standard input"
    else:
        path = tmp_path / "in.txt"
        path.write_bytes(data)
        arg, label = path, str(path)
    status, out, err = run(capsys, "parse", arg)
    assert status == 2 and out == ""
    line = one_error_line(err)
    assert line.startswith(f"geo: error: {label} ") and message in line


def test_the_system_binary_is_refused_on_standard_input(capsys, monkeypatch):
    with open(sys.executable, "rb") as f:
        set_stdin(monkeypatch, f.read(1_000_000))
    status, _, err = run(capsys, "parse", "-")
    assert status == 2 and "standard input" in one_error_line(err)


def test_good_input_with_a_bom_reads_the_same_from_stdin_and_a_file(capsys, tmp_path, monkeypatch):
    data = ("\ufeff" + ARTICLE).encode("utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    _, from_file, _ = run(capsys, "parse", path, "--compact")
    set_stdin(monkeypatch, data)
    _, from_stdin, _ = run(capsys, "parse", "-", "--compact")
    assert from_file == from_stdin and '"Sumy"' in from_file


# --------------------------------------------------------------------------- size limit


def test_the_size_limit_is_one_line_before_analysis(capsys, tmp_path, monkeypatch):
    import geo.analysis

    monkeypatch.setattr(geo.analysis, "analyze", lambda *a, **k: pytest.fail("analysed"))
    path = tmp_path / "long.txt"
    path.write_text("Sumy. " * 2_000, encoding="utf-8")  # 12,000 characters
    for command in ("parse", "map", "report"):
        argv = [command, path, "--max-chars", "5000"]
        if command != "parse":
            argv += ["-o", tmp_path / "m.html"]
        status, _, err = run(capsys, *argv)
        assert status == 2
        assert "--max-chars" in one_error_line(err)


def test_the_size_limit_counts_characters_not_bytes(capsys, tmp_path):
    path = tmp_path / "cyrillic.txt"
    path.write_text("Суми. " * 1_000, encoding="utf-8")  # 6,000 characters, 11,000 bytes
    status, _, err = run(capsys, "parse", path, "--max-chars", "6000")
    assert status == 0, err
    status, _, err = run(capsys, "parse", path, "--max-chars", "5999")
    assert status == 2 and "6,000 characters is over the limit of 5,999" in one_error_line(err)
    status, _, err = run(capsys, "parse", path, "--max-chars", "0")
    assert status == 0


def test_stdin_over_the_limit(capsys, monkeypatch):
    set_stdin(monkeypatch, b"Kyiv. " * 10_000)
    status, _, err = run(capsys, "parse", "-", "--max-chars", "1000")
    line = one_error_line(err)
    assert status == 2 and "standard input" in line and "over the limit" in line


def test_the_size_limit_in_a_jsonl_batch_is_that_lines_error(capsys, tmp_path):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "text": "Troops left Kyiv."})
        + "\n"
        + json.dumps({"id": "b", "text": "Sumy. " * 500})
        + "\n"
        + json.dumps({"id": "c", "text": "Drones hit Kharkiv."})
        + "\n",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "parse", "--jsonl", batch, "--max-chars", "1000")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in rows] == ["a", "b", "c"]
    assert "error" not in rows[0] and "error" not in rows[2]
    assert "over the limit of 1,000" in rows[1]["error"]


def test_the_default_limit_is_documented():
    assert DEFAULT_MAX_CHARS == 2_000_000


# --------------------------------------------------------------------------- small things


def test_an_empty_article_warns_and_still_maps(capsys, tmp_path):
    for text, why in (("", "the article is empty"), ("Nothing to see.\n", "nothing to map")):
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
        status, out, err = run(capsys, "map", path, "-o", tmp_path / "m.html")
        assert status == 0
        assert err.strip() == f"geo: warning: no places found in {path} ({why})"
        assert (tmp_path / "m.html").stat().st_size > 0
        status, out, err = run(capsys, "parse", path)
        assert status == 0 and "no places found" in err and json.loads(out)["toponyms"] == []


def test_report_help_describes_every_option(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    text = text[text.index("options:") :]
    for option, words in {"--output": "report page", "--online": "network",
                          "--overlay": "GeoJSON", "--title": "title", "--date": "relative",
                          "--max-chars": "characters"}.items():  # fmt: skip
        block = text[text.index(option) :]
        assert words in block[:300], option


def test_geometry_without_json_is_an_error(capsys):
    status, _, err = run(capsys, "geocode", "Sumy", "--geometry")
    assert status == 2 and "--geometry needs --json" in one_error_line(err)


def test_a_huge_query_is_not_echoed_back(capsys):
    status, _, err = run(capsys, "geocode", "x" * 100_000)
    assert status == 2  # refused: no place name is that long
    assert len(err) < 300 and "100,000 characters" in err


def test_an_unexpected_bug_is_one_line_and_verbose_shows_it(capsys, article, monkeypatch):
    import geo.cli

    def bug(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(geo.cli, "_analyse_article", bug)
    status, _, err = run(capsys, "parse", article)
    assert status == 3
    assert err.strip().splitlines() == [
        "geo: internal error: KeyError: 'boom' (please report it; -v shows the traceback)"
    ]
    with pytest.raises(KeyError):
        main(["-v", "parse", str(article)])


def test_input_errors_are_one_line_even_with_newlines_in_them(capsys, monkeypatch, article):
    import geo.cli

    def bad(*args, **kwargs):
        raise InputError("first line\nsecond line")

    monkeypatch.setattr(geo.cli, "_analyse_article", bad)
    status, _, err = run(capsys, "parse", article)
    assert status == 2 and one_error_line(err) == "geo: error: first line second line"


def test_the_index_build_says_its_expected_and_real_time(tmp_path, monkeypatch, caplog):
    import logging

    import geo.gazetteer.cache as cache

    built = []
    monkeypatch.setattr(cache, "build_default_index", lambda path: built.append(path) or path)
    with caplog.at_level(logging.WARNING, logger="geo.gazetteer.cache"):
        path = cache.ensure_index(tmp_path)
    assert built == [path]
    messages = [r.getMessage() for r in caplog.records]
    assert f"about {cache.BUILD_SECONDS} s" in messages[0]
    assert messages[1].startswith("built the gazetteer index in ")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"about {cache.BUILD_SECONDS} s on the 2-core" in readme


def test_command_line_text_that_is_not_utf8_is_one_line(capsys, article, tmp_path):
    # argv bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape)
    bad = b"Ky\xffiv".decode("utf-8", "surrogateescape")
    status, _, err = run(capsys, "geocode", bad)
    assert status == 2 and "the name is not valid UTF-8 text" in one_error_line(err)
    for command in ("map", "report"):
        status, _, err = run(capsys, command, article, "-o", tmp_path / "m.html", "--title", bad)
        assert status == 2 and "--title is not valid UTF-8 text" in one_error_line(err)


def test_sigterm_while_writing_leaves_nothing_behind(tmp_path, article):
    import os
    import signal
    import subprocess

    script = (
        "import sys, time\n"
        "import geo.cli, geo.render.batch\n"
        "def slow(*a, **k):\n"
        "    print('exporting', flush=True)\n"
        "    time.sleep(60)\n"
        "geo.render.batch.export_svg = slow\n"
        "geo.render.batch._engine = lambda *a, **k: 'matplotlib'\n"
        "geo.cli._exit_on_sigterm()\n"
        "sys.exit(geo.cli.main(sys.argv[1:]))\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script, "map", str(article), "-o", str(out / "m.html"),
         "--svg", str(out / "m.svg")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "exporting"  # HTML written, SVG under way
        staging = [p.name for p in out.iterdir()]
        assert len(staging) == 1 and staging[0].startswith(".geo-staged-")
        assert (out / staging[0] / "m.html").is_file()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=CHILD_TIMEOUT_S) == 128 + signal.SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert list(out.iterdir()) == []


def test_staged_outputs_all_or_none(tmp_path, monkeypatch):
    import os

    from geo._io import staged_outputs

    (tmp_path / "b").mkdir()
    targets = {"x": tmp_path / "x.txt", "y": tmp_path / "b" / "y.txt", "z": tmp_path / "z.txt"}
    with pytest.raises(RuntimeError), staged_outputs(targets) as staged:
        staged["x"].write_text("x", encoding="utf-8")
        raise RuntimeError("renderer failed")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["b"]

    with staged_outputs(targets) as staged:
        staged["x"].write_text("x", encoding="utf-8")
        staged["y"].write_text("y", encoding="utf-8")  # z is never written
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["b", "x.txt", "y.txt"]

    real = os.replace

    def fail_on_y(src, dst):
        if str(dst).endswith("y.txt"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_y)
    with pytest.raises(InputError) as info, staged_outputs(targets) as staged:
        for key in targets:
            staged[key].write_text(key * 2, encoding="utf-8")
    message = str(info.value)
    assert "could not move" in message and "No space left on device" in message
    assert f"written: {targets['x']}" in message
    assert f"not written: {targets['y']}, {targets['z']}" in message
    assert not list(tmp_path.rglob(".geo-staged-*"))


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=200)
    | st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_any_bytes_decode_to_text_or_a_one_line_input_error(data):
    from geo._io import decode_text

    try:
        text = decode_text(data, name="in.txt")
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith("in.txt ")
        return
    assert "\x00" not in text
    assert text == data.decode("utf-8").removeprefix("\ufeff")
    text.encode("utf-8")  # strict UTF-8: no lone surrogate came through


def test_an_image_output_needs_its_extension(capsys, tmp_path, article):
    status, _, err = run(capsys, "map", article, "-o", tmp_path / "m.html", "--png",
                         tmp_path / "m.txt")
    assert status == 2 and "must end in .png" in one_error_line(err)
    assert not (tmp_path / "m.html").exists()  # checked before any work


@pytest.mark.parametrize("command", ["map", "report"])
def test_bidi_overrides_in_a_title_never_reach_the_page(capsys, tmp_path, command):
    # A right-to-left override in a headline would reorder what the page shows after
    # it (Trojan Source): the page keeps the words, drops the controls, escapes the rest.
    corpus = tmp_path / "c.jsonl"
    title = "\u202etxt.exe \u2067<b>x</b>\u2069 Sumy"
    corpus.write_text(json.dumps({"id": "1", "text": ARTICLE, "title": title}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "page.html"
    args = ["--offline"] if command == "map" else []
    status, _, _ = run(capsys, command, "--jsonl", corpus, "-o", out, *args)
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert not any(ch in page for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "txt.exe" in page and "<b>x</b>" not in page
