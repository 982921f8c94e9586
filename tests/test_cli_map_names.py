"""Default map names (``geo map`` without -o): readable in any script, and never a
silent replacement of a map made from another input."""

from __future__ import annotations

import json
import os

import pytest

from geo import cli
from geo.cli_maps import article_stem


@pytest.mark.parametrize(
    ("article", "stem"),
    [
        ("news/Київ — звіт.txt", "Київ-звіт"),
        ("🙂.txt", "🙂"),
        ("خاركيف.txt", "خاركيف"),
        ("...", "article"),
        ("a\u202egnp.exe.txt", "a-gnp.exe"),  # a right-to-left override is no name
        ("zero\u200bwidth.txt", "zero-width"),
        ("x$(rm -rf ~).txt", "x-rm-rf"),
        ("-rf.txt", "rf"),  # never an option-looking name
        ("Cafe\u0301.txt", "Café"),  # NFC
    ],
)
def test_stems_keep_readable_names_and_drop_unsafe_characters(article, stem):
    assert article_stem(article, False) == stem


@pytest.mark.gazetteer
def test_inputs_with_one_stem_never_replace_each_other(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    inputs = {"...": "Shelling hit Sumy.", "🙂.txt": "Drones struck Kharkiv.",
              "a/sumy.txt": "Shelling hit Sumy.", "b/sumy.txt": "Drones over Kyiv."}
    for name, text in inputs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    written = {}
    for name in ["...", "🙂.txt", "a/sumy.txt", "b/sumy.txt"]:
        assert cli.main(["map", name, "--offline"]) == 0
        line = capsys.readouterr().out.strip().splitlines()[-1]
        written[name] = line.removeprefix("wrote ")
    assert written == {"...": "maps/article.html", "🙂.txt": "maps/🙂.html",
                       "a/sumy.txt": "maps/sumy.html", "b/sumy.txt": "maps/sumy-2.html"}
    maps = tmp_path / "maps"
    assert "Kharkiv" in (maps / "🙂.html").read_text(encoding="utf-8")
    assert "Kyiv" in (maps / "sumy-2.html").read_text(encoding="utf-8")
    # the same input again replaces its own map, and only it
    before = (maps / "sumy-2.html").read_bytes()
    assert cli.main(["map", "a/sumy.txt", "--offline"]) == 0
    assert capsys.readouterr().out.strip().endswith("maps/sumy.html")
    assert (maps / "sumy-2.html").read_bytes() == before
    sources = json.loads((maps / ".geo-sources.json").read_text(encoding="utf-8"))
    assert sources["sumy-2.html"] == str(tmp_path / "b" / "sumy.txt")


@pytest.mark.gazetteer
def test_a_map_of_unknown_origin_and_standard_input_are_kept(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "sumy.html").write_text("made by hand", encoding="utf-8")
    (tmp_path / "sumy.txt").write_text("Shelling hit Sumy.", encoding="utf-8")
    assert cli.main(["map", "sumy.txt"]) == 0
    assert (tmp_path / "maps" / "sumy.html").read_text(encoding="utf-8") == "made by hand"
    assert (tmp_path / "maps" / "sumy-2.html").exists()
    capsys.readouterr()
    for expected in ("maps/stdin.html", "maps/stdin-2.html"):
        monkeypatch.setattr("sys.stdin", _Stdin("Drones struck Kharkiv."))
        assert cli.main(["map", "-"]) == 0
        assert capsys.readouterr().out.strip().endswith(expected)


class _Stdin:
    def __init__(self, text: str):
        import io

        self.buffer = io.BytesIO(text.encode("utf-8"))

    def read(self, *args):
        return self.buffer.read(*args).decode("utf-8")


@pytest.mark.gazetteer
def test_a_map_of_several_articles_never_replaces_one_of_its_first(tmp_path, monkeypatch,
                                                                      capsys):
    """Named after its first article, a map of several is another input's map: it gets
    a name of its own, and so does a map of another set."""
    monkeypatch.chdir(tmp_path)
    for name, text in {"a.txt": "Shelling hit Sumy.", "c.txt": "Drones struck Kharkiv.",
                       "d.txt": "Missiles hit Odesa."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    outs = []
    for run in (["a.txt"], ["a.txt", "c.txt"], ["a.txt", "d.txt"], ["a.txt", "c.txt"]):
        assert cli.main(["map", *run, "--offline"]) == 0
        outs.append(capsys.readouterr().out.strip().splitlines()[-1].removeprefix("wrote "))
    assert outs == ["maps/a.html", "maps/a-2.html", "maps/a-3.html", "maps/a-2.html"]
    assert "Odesa" not in (tmp_path / "maps" / "a.html").read_text(encoding="utf-8")


@pytest.mark.gazetteer
@pytest.mark.parametrize("bad", ["{bad", "[" * 200_000])  # broken, or nested too deeply
def test_an_unreadable_record_is_left_and_no_map_replaced(tmp_path, monkeypatch, capsys, bad):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sumy.txt").write_text("Shelling hit Sumy.", encoding="utf-8")
    assert cli.main(["map", "sumy.txt", "--offline"]) == 0
    record = tmp_path / "maps" / ".geo-sources.json"
    record.write_text(bad, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["map", "sumy.txt", "--offline"]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith("maps/sumy-2.html") and "unreadable" in err
    assert record.read_text(encoding="utf-8") == bad  # left for its owner to look at


def test_a_urls_stem_is_its_decoded_path_and_its_record_a_digest():
    from geo.cli_maps import _source

    assert article_stem("http://x.org/%D1%85%D0%B0%D1%80%D0%BA%D1%96%D0%B2", True) == "харків"
    assert article_stem("http://x.org/ok/%3Cscript%3E.html", True) == "script"
    url = "http://x.org/news?id=5&token=SECRET"
    assert "SECRET" not in _source([url], True) and _source([url], True) != _source(
        ["http://x.org/news?id=6&token=SECRET"], True)


@pytest.mark.gazetteer
def test_an_overlay_with_non_finite_positions_is_one_line(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Shelling hit Sumy.", encoding="utf-8")
    overlay = tmp_path / "ov.geojson"
    overlay.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                       '"properties": {}, "geometry": {"type": "LineString", "coordinates": '
                       '[[NaN, 48.0], [Infinity, 49.0]]}}]}', encoding="utf-8")
    assert cli.main(["map", str(article), "--overlay", str(overlay), "--offline",
                     "-o", str(tmp_path / "m.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not finite" in err
    assert not (tmp_path / "m.html").exists()


@pytest.mark.gazetteer
def test_names_not_in_utf8_get_the_same_map_each_run(tmp_path, monkeypatch, capsys):
    """A file name whose bytes are not UTF-8 (argv holds them as lone surrogates) is
    recorded so that it reads back the same: a second run replaces its map (same path,
    same bytes); another such name of the same stem gets its own map."""
    monkeypatch.chdir(tmp_path)
    names = [b"art\xff.txt", b"art\xfe.txt", b"caf\xe9 \xd0.txt"]
    for raw in names:
        with open(raw, "wb") as f:
            f.write(b"Shelling hit Sumy.")
    written = []
    for raw in [*names, names[0], names[2]]:
        assert cli.main(["map", os.fsdecode(raw), "--offline"]) == 0
        written.append(capsys.readouterr().out.strip().removeprefix("wrote "))
    assert written == ["maps/art.html", "maps/art-2.html", "maps/caf.html", "maps/art.html",
                       "maps/caf.html"]
    before = (tmp_path / "maps" / "art.html").read_bytes()
    assert cli.main(["map", os.fsdecode(names[0]), "--offline"]) == 0
    assert (tmp_path / "maps" / "art.html").read_bytes() == before
    record = json.loads((tmp_path / "maps" / ".geo-sources.json").read_text(encoding="utf-8"))
    assert record["art.html"] == "bytes:" + str(tmp_path) + "/art\\xff.txt"


def test_names_chosen_together_are_reserved_and_given_back(tmp_path, monkeypatch):
    """Runs that choose a name before either has written its map (started together)
    never share it; a run that fails gives its name back, and an earlier map's record
    is restored."""
    from geo.cli_map_names import default_output

    monkeypatch.chdir(tmp_path)
    for d in ("x", "y", "z"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text("Shelling hit Sumy.", encoding="utf-8")
    record = tmp_path / "maps" / ".geo-sources.json"
    with default_output(["x/a.txt"], False) as first, \
            default_output(["y/a.txt"], False) as second, \
            default_output(["-"], False) as third:
        assert (first, second, third) == ("maps/a.html", "maps/a-2.html", "maps/stdin.html")
        pending = json.loads(record.read_text(encoding="utf-8"))
        assert pending["a-2.html"] == str(tmp_path / "y" / "a.txt")
        assert pending["stdin.html"].startswith("pending:")
        for path in (first, second, third):
            (tmp_path / path).write_text("map", encoding="utf-8")
    kept = json.loads(record.read_text(encoding="utf-8"))
    assert sorted(kept) == ["a-2.html", "a.html"]  # standard input's map: its file keeps it
    with pytest.raises(RuntimeError), default_output(["z/a.txt"], False) as failed:
        assert failed == "maps/a-3.html"
        raise RuntimeError("the analysis failed")
    with pytest.raises(RuntimeError), default_output(["x/a.txt"], False) as again:
        assert again == "maps/a.html"  # its own map, whose record stays when it fails
        raise RuntimeError("the analysis failed")
    assert json.loads(record.read_text(encoding="utf-8")) == kept


@pytest.mark.gazetteer
def test_map_runs_started_together_each_write_their_own_map(tmp_path):
    import subprocess
    import sys

    texts = {"x": "Shelling hit Sumy.", "y": "Drones struck Kharkiv.", "z": "Missiles hit Odesa."}
    for d, text in texts.items():
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(text, encoding="utf-8")
    runs = [subprocess.Popen([sys.executable, "-m", "geo", "map", f"{d}/a.txt", "-q"],
                             cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for d in texts]
    said = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], said
    written = sorted(out.strip().removeprefix("wrote ") for out, _ in said)
    assert written == ["maps/a-2.html", "maps/a-3.html", "maps/a.html"]
    pages = [(tmp_path / path).read_text(encoding="utf-8") for path in written]
    assert all(sum(town in page for page in pages) == 1 for town in ("Sumy", "Kharkiv", "Odesa"))
    record = json.loads((tmp_path / "maps" / ".geo-sources.json").read_text(encoding="utf-8"))
    assert sorted(record.values()) == [str(tmp_path / d / "a.txt") for d in "xyz"]
