"""One check of an output path for the CLI and the Python API (geo._io.check_output_path)."""

from __future__ import annotations

import os

import pytest

from geo._io import check_output_path
from geo.errors import InputError
from geo.render.batch import write_outputs


def test_api_and_cli_refuse_the_same_paths_with_the_same_words(tmp_path):
    bad = {
        "": "is an empty file name",
        str(tmp_path): "is a directory",
        str(tmp_path / "new") + "/": "names a folder",
        str(tmp_path / "missing" / "m.html"): "does not exist",
    }
    for path, words in bad.items():
        with pytest.raises(InputError, match=words) as cli:
            check_output_path(path, option="-o")
        with pytest.raises(InputError, match=words) as api:
            write_outputs(object(), html=path)
        assert str(api.value).removeprefix("html") == str(cli.value).removeprefix("-o")


def test_a_symlink_is_checked_where_it_is_written(tmp_path):
    """The folder checked is that of the file the link points to (atomic_open writes
    there), for the CLI and the API alike."""
    dangling = tmp_path / "link.html"
    dangling.symlink_to(tmp_path / "gone" / "m.html")
    with pytest.raises(InputError, match="gone does not exist"):
        check_output_path(dangling, option="-o")
    with pytest.raises(InputError, match="gone does not exist"):
        write_outputs(object(), html=dangling)
    (tmp_path / "real").mkdir()
    good = tmp_path / "good.html"
    good.symlink_to(tmp_path / "real" / "m.html")
    assert check_output_path(good) == good


def test_a_device_passes_and_a_non_path_is_named(tmp_path):
    assert str(check_output_path(os.devnull, option="--png")) == os.devnull
    with pytest.raises(InputError, match="png must be a file name"):
        write_outputs(object(), png=3)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_folder_no_file_can_be_made_in_is_refused_before_any_work(tmp_path):
    """The access check says yes to root even in /proc: a file is made there to know
    (``geo map -o /proc/x.html`` had run the whole analysis before it failed)."""
    with pytest.raises(InputError, match=r"-o /proc/x\.html: cannot write in /proc"):
        check_output_path("/proc/x.html", option="-o")
    assert check_output_path(tmp_path / "m.html") == tmp_path / "m.html"
    assert not [p for p in tmp_path.iterdir()]  # the probe leaves nothing behind


def test_the_cli_refuses_such_a_folder_before_reading_the_article(tmp_path, monkeypatch, capsys):
    if not os.path.isdir("/proc/self"):
        pytest.skip("needs Linux /proc")
    import geo.analysis
    from geo.cli import main

    def no_analysis(*args, **kwargs):
        raise AssertionError("analysed before the output was checked")

    monkeypatch.setattr(geo.analysis, "analyze", no_analysis)
    article = tmp_path / "a.txt"
    article.write_text("Shelling near Sumy.", encoding="utf-8")
    assert main(["map", str(article), "--offline", "-o", "/proc/x.html"]) == 2
    assert "cannot write in /proc" in capsys.readouterr().err
