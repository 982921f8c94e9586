"""`geo map` and `geo report` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT
from .waiting import CHILD_TIMEOUT_S

EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
pytestmark = pytest.mark.gazetteer


def geo(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, cwd=cwd)


def test_map_offline_with_geojson_and_svg(tmp_path, gazetteer):
    out = tmp_path / "m.html"
    proc = geo("map", str(EXAMPLE), "--offline", "-o", str(out), "--geojson",
               str(tmp_path / "m.geojson"), "--svg", str(tmp_path / "m.svg"),
               "--date", "2025-06-20")
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script src=\"http" not in html and "Natural Earth" in html and "GeoNames" in html
    gj = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    kinds = {f["properties"].get("kind") for f in gj["features"]}
    assert {"ring", "region"} <= kinds
    assert (tmp_path / "m.svg").read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
    again = tmp_path / "again.html"
    assert geo("map", str(EXAMPLE), "--offline", "-o", str(again), "--date",
               "2025-06-20").returncode == 0
    assert again.read_bytes() == out.read_bytes()  # byte-identical


def test_map_default_output_goes_to_maps(tmp_path, gazetteer):
    proc = geo("map", str(EXAMPLE), "--offline", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "maps" / "sumy-kursk-bodies.html").exists()


def test_report_default_output_goes_to_maps(tmp_path, gazetteer):
    """Without -o, a report is maps/<article name>.report.html, beside the map's default
    (the names make demo gives them), and a second run replaces it."""
    for _ in range(2):
        proc = geo("report", str(EXAMPLE), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "maps").glob("*.html")) == [
        "sumy-kursk-bodies.report.html"
    ]
    assert "Medinsky" in (tmp_path / "maps" / "sumy-kursk-bodies.report.html").read_text()


def test_report(tmp_path, gazetteer):
    out = tmp_path / "r.html"
    proc = geo("report", str(EXAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Medinsky" in html and "denied" in html and "unverified" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["map", "missing.txt"], "no such article file"),
        (["map", str(EXAMPLE), "--date", "June 2"], "YYYY-MM-DD"),
        (["map", str(EXAMPLE), "--date", "2025-02-30"], "'2025-02-30' is not a date"),
        (["map", str(EXAMPLE), "--date", "0000-01-01"], "is not a date (or out of range)"),
        (["map", str(EXAMPLE), "--overlay", "{overlay}"], "feature 1 "),
        (["map", str(EXAMPLE), "--overlay", "{overlay}"], "geometry"),
        (["report", str(EXAMPLE), "--date", "June 2"], "YYYY-MM-DD"),
    ],
)
def test_map_errors_are_one_line_and_write_nothing(tmp_path, gazetteer, args, message):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}')
    out = tmp_path / "never.html"
    args = [a.replace("{overlay}", str(bad)) for a in args]
    proc = geo(*args, "-o", str(out)) if args[0] == "map" else geo(*args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert message.lower() in proc.stderr.lower()
    assert not out.exists()


CORPUS = ROOT / "data" / "examples" / "front-week.jsonl"


def test_map_of_many_articles_from_files_and_jsonl(tmp_path, gazetteer):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Russian troops advanced within 10 km of Vovchansk, officials said.\n")
    b.write_text("Kyiv said shelling hit Kupiansk on Friday.\n")
    out = tmp_path / "ab.html"
    proc = geo("map", str(a), str(b), "--offline", "-o", str(out), "--date", "2025-06-10")
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "geo-time leaflet-control" in html and "2 articles" in html and "Vovchansk" in html
    # the count once (in the title's own span: page_layout wraps it), then the dates
    assert "2 articles\\u003c/span\\u003e\\u003csmall\\u003e2025-06-10" in html
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n")
    proc = geo("map", "--jsonl", str(blank), "--offline", "-o", str(tmp_path / "b.html"))
    assert proc.returncode == 2 and "has no line with a" in proc.stderr
    out2 = tmp_path / "week.html"
    gj = tmp_path / "week.geojson"
    proc = geo("map", "--jsonl", str(CORPUS), "--offline", "-o", str(out2), "--geojson", str(gj))
    assert proc.returncode == 0, proc.stderr
    page = out2.read_text(encoding="utf-8")
    for day in ("2025-06-10", "2025-06-12", "2025-06-14"):
        assert day in page
    features = json.loads(gj.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["article"] for f in features} == {"front-1", "front-2", "front-3"}
    again = tmp_path / "again.html"
    assert geo("map", "--jsonl", str(CORPUS), "--offline", "-o", str(again)).returncode == 0
    assert again.read_bytes() == out2.read_bytes()


def test_report_of_many_articles_lists_claims_by_date(tmp_path, gazetteer):
    out = tmp_path / "r.html"
    proc = geo("report", "--jsonl", str(CORPUS), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<th>Date</th><th>Article</th>" in html
    days = [html.index(f'<td class="geo-num">{d}</td>') for d in
            ("2025-06-10", "2025-06-12", "2025-06-14")]
    assert days == sorted(days)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["map"], "give an ARTICLE"),
        (["map", "--jsonl", "{empty}"], "no article to map"),
        (["map", str(EXAMPLE), "{copy}", "--svg", "/dev/stdout"], "one file per article"),
    ],
)
def test_many_article_errors_are_one_line(tmp_path, gazetteer, args, message):
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"id": 1}\nnot json\n')
    copy = tmp_path / "copy.txt"  # another article (the same file twice is mapped once)
    copy.write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "never.html"
    proc = geo(*[x.replace("{empty}", str(empty)).replace("{copy}", str(copy)) for x in args],
               "-o", str(out))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and message in proc.stderr
    assert not out.exists()


def test_images_of_a_corpus_are_one_file_per_article_named_from_its_id(tmp_path, gazetteer):
    """``geo map --jsonl c.jsonl --svg figs.svg``: FIGS-<id>.svg per article, the id made a
    safe file name (no separator, no leading dot, no bidi mark; a repeat gets -2), each
    under its own headline; the same run gives the same bytes; an id that is markup
    stays text in the figure."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "../<b>evil</b>", "title": "Strike on Sumy", "text": "Drones hit Sumy."}\n'
        '{"id": "k\u202eh", "title": "Kharkiv shelled", "text": "Shelling hit Kharkiv."}\n'
        '{"id": "k/h", "title": "Kharkiv again", "text": "Drones hit Kharkiv."}\n'
        '{"title": "No id", "text": "Shelling hit Kherson."}\n', encoding="utf-8")
    figs = tmp_path / "figs.svg"
    proc = geo("map", "--jsonl", str(corpus), "--offline", "-o", str(tmp_path / "m.html"),
               "--svg", str(figs))
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in tmp_path.glob("figs*"))
    assert names == ["figs-4.svg", "figs-b-evil-b.svg", "figs-k-h-2.svg", "figs-k-h.svg"]
    assert not figs.exists() and proc.stdout.count("wrote ") == 5
    svg = {n: (tmp_path / n).read_text(encoding="utf-8") for n in names}
    assert "Strike on Sumy" in svg["figs-b-evil-b.svg"] and "<b>" not in svg["figs-b-evil-b.svg"]
    assert "Kharkiv shelled" in svg["figs-k-h.svg"] and "Kharkiv again" in svg["figs-k-h-2.svg"]
    again = tmp_path / "again"
    again.mkdir()
    assert geo("map", "--jsonl", str(corpus), "--offline", "-o", str(again / "m.html"),
               "--svg", str(again / "figs.svg")).returncode == 0
    assert all((again / n).read_bytes() == (tmp_path / n).read_bytes() for n in names)


def test_map_of_a_corpus_skips_a_line_that_is_not_utf8(tmp_path, gazetteer):
    """One bad line of a corpus is skipped with a warning naming it; the rest is mapped,
    and the exit status is 1, as for ``geo parse --jsonl`` when some lines failed."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "text": "Shelling hit Sumy.", "date": "2025-06-01"}\n'
        b'{"id": "b", "text": "Caf\xe9 in Kyiv"}\n'
        b'{"id": "c", "text": "Drones hit Kharkiv.", "date": "2025-06-02"}\n'
        b"[1, 2]\n"
    )
    out = tmp_path / "m.html"
    proc = geo("map", "--jsonl", str(corpus), "--offline", "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    assert "c.jsonl:4: skipped, expected a JSON object" in proc.stderr
    assert "c.jsonl:2: skipped, not UTF-8" in proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Sumy" in html and "Kharkiv" in html


def test_a_bad_file_of_several_costs_only_itself(tmp_path, gazetteer):
    """``geo map a.txt bad.txt``: the map of the good articles, one line per bad file
    (missing, UTF-16, a page with no article), exit status 1; nothing good: exit 2."""
    good = tmp_path / "good.txt"
    good.write_text("Russian troops advanced within 10 km of Vovchansk.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Kyiv said shelling hit Kupiansk.\n", encoding="utf-8")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Shelling hit Sumy.".encode("utf-16"))
    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>x=1</script></body></html>", encoding="utf-8")
    bad = [str(utf16), str(tmp_path / "missing.txt"), str(page)]
    out = tmp_path / "m.html"
    proc = geo("map", str(good), *bad, str(other), "--offline", "-o", str(out),
               "--geojson", str(tmp_path / "m.geojson"))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 3 and all(line.endswith("(skipped)") for line in lines), lines
    assert "UTF-16" in lines[0] and "missing.txt" in lines[1] and "no article" in lines[2]
    features = json.loads((tmp_path / "m.geojson").read_text("utf-8"))["features"]
    assert {f["properties"]["article"] for f in features} == {"good", "other"}
    assert "Vovchansk" in out.read_text("utf-8")
    # one good file left: its map, as for one article
    report = tmp_path / "r.html"
    proc = geo("report", str(good), str(utf16), "-o", str(report))
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "Vovchansk" in report.read_text("utf-8")
    # nothing left: exit 2, one line per file and one saying so, no file
    never = tmp_path / "never.html"
    proc = geo("map", *bad, "--offline", "-o", str(never))
    assert proc.returncode == 2 and "every input was skipped (3)" in proc.stderr
    assert proc.stderr.count("\n") == 4 and not never.exists()


def test_an_article_whose_analysis_fails_costs_only_itself(tmp_path, gazetteer, monkeypatch,
                                                           capsys):
    """A failure inside one article's analysis (a bug, memory) is that article's one-line
    error, as a failing line of ``geo parse --jsonl`` is; the others are mapped."""
    import geo.analysis
    from geo import cli

    real = geo.analysis.analyze

    def analyze(text, **kwargs):
        if "Kupiansk" in text:
            raise MemoryError("a document too large to hold")
        return real(text, **kwargs)

    monkeypatch.setattr(geo.analysis, "analyze", analyze)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "k", "text": "Shelling hit Kupiansk."}\n'
                      '{"id": "v", "text": "Troops advanced near Vovchansk."}\n',
                      encoding="utf-8")
    out = tmp_path / "m.html"
    assert cli.main(["map", "--jsonl", str(corpus), "--offline", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (f"geo: warning: {corpus}:1 (id k): analysis failed: MemoryError: a "
                   "document too large to hold (skipped)\n")
    assert "Vovchansk" in out.read_text("utf-8")
    monkeypatch.setattr(geo.analysis, "analyze", lambda text, **kw: 1 / 0)
    assert cli.main(["report", "--jsonl", str(corpus), "-o", str(tmp_path / "r.html")]) == 2
    assert "every input was skipped (2)" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_an_unreadable_corpus_beside_files_costs_only_itself(tmp_path, gazetteer):
    good = tmp_path / "good.txt"
    good.write_text("Russian troops advanced within 10 km of Vovchansk.\n", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    out = tmp_path / "r.html"
    proc = geo("report", str(good), "--jsonl", str(missing), "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == f"geo: warning: cannot read JSONL file {missing}: No such file or " \
        "directory (skipped)\n"
    assert "Vovchansk" in out.read_text("utf-8")
    proc = geo("report", "--jsonl", str(missing), "-o", str(out))  # nothing else: exit 2
    assert proc.returncode == 2 and "(skipped)" not in proc.stderr


@pytest.mark.gazetteer
@pytest.mark.parametrize("command", ["map", "report"])
def test_every_warning_about_a_jsonl_line_names_its_line_and_id(tmp_path, capsys, caplog, command):
    """Skipped (bad JSON, too long), empty or placeless lines: each warning says
    FILE:LINE, and the id when the line has one (ids may repeat, or be absent)."""
    from geo import cli

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Shelling hit Sumy."}\n'
        '{"id": "b", "text": "Nothing here at all."}\n'
        "not json\n"
        '{"id": "long", "text": "' + "x" * 200 + '"}\n'
        '{"id": "a", "text": "Nothing again."}\n'
        '{"id": null, "text": "Nothing, with a null id."}\n'
        '{"text": ""}\n',
        encoding="utf-8",
    )
    out = tmp_path / ("m.html" if command == "map" else "r.html")
    assert cli.main([command, "--jsonl", str(corpus), "--max-chars", "100", "-o", str(out)]) == 1
    said = [*caplog.messages, *capsys.readouterr().err.splitlines()]
    warnings = [w.removeprefix("geo: ").removeprefix("warning: ") for w in said if "warning" in w]
    c = str(corpus)
    assert warnings == [
        f"{c}:3: skipped, not JSON: Expecting value (column 1)",
        f"{c}: 1 line(s) repeat the id of an earlier line (first: id \"a\" on line 5): each "
        "is analysed; give each document its own id",
        f"{c}:4 (id long): skipped, 200 characters is over --max-chars 100",
        f"no places found in {c}:2 (id b) (nothing to map)",
        f"no places found in {c}:5 (id a) (nothing to map)",
        f"no places found in {c}:6 (nothing to map)",
        f"no places found in {c}:7 (the article is empty)",
    ]


@pytest.mark.gazetteer
def test_a_warning_never_prints_control_characters_of_an_id_or_a_name(tmp_path, capsys,
                                                                      monkeypatch):
    """An id or a file name with escape codes or a newline is shown escaped in the
    "no places found" warning: one line, no terminal control."""
    from geo import cli

    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "evil\\u001b[31mRED\\nline2", "text": "Nothing here."}\n'
                      '{"id": "ok", "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    assert cli.main(["map", "--jsonl", str(corpus), "-o", str(tmp_path / "m.html")]) == 0
    err = capsys.readouterr().err
    assert f"no places found in {corpus}:1 (id evil\\x1b[31mRED\\nline2) (nothing to map)" in err
    name = "n\x1b[31m.txt"
    (tmp_path / name).write_text("Nothing.", encoding="utf-8")
    assert cli.main(["parse", name]) == 0
    err = capsys.readouterr().err
    assert err == "geo: warning: no places found in n\\x1b[31m.txt\n"


@pytest.mark.gazetteer
@pytest.mark.parametrize("command", ["map", "report"])
def test_an_article_with_no_place_is_said_once(tmp_path, capsys, caplog, command):
    """`geo map`/`geo report` of an article naming no place: one warning, the command's
    own (the renderer's notice for API callers is not said a second time), and the
    empty world map is written."""
    from geo import cli

    article = tmp_path / "a.txt"
    article.write_text("Nothing happened today.", encoding="utf-8")
    out = tmp_path / "m.html"
    assert cli.main([command, str(article), "-o", str(out)]) == 0
    said = [*caplog.messages, *capsys.readouterr().err.splitlines()]
    assert [s for s in said if "no places found" in s] == [
        f"geo: warning: no places found in {article} (nothing to map)"
    ]
    assert out.stat().st_size > 0
