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
