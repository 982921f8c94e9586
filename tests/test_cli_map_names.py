"""Default map names (``geo map`` without -o): readable in any script, and never a
silent replacement of a map made from another input."""

from __future__ import annotations

import json

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
