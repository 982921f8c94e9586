"""An input file whose name holds glob characters is read as itself when it exists."""

from __future__ import annotations

import pytest

from geo.corpus_run import expand_inputs
from geo.errors import InputError


def test_an_existing_file_named_like_a_pattern_is_itself(tmp_path):
    (tmp_path / "[x].jsonl").write_text('{"id": "1", "text": "Kyiv"}\n', encoding="utf-8")
    (tmp_path / "x.jsonl").write_text('{"id": "2", "text": "Lviv"}\n', encoding="utf-8")
    assert expand_inputs([str(tmp_path / "[x].jsonl")]) == [str(tmp_path / "[x].jsonl")]


def test_a_pattern_with_no_file_of_its_name_is_still_a_pattern(tmp_path):
    for name in ("b.jsonl", "a.jsonl"):
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    assert expand_inputs([str(tmp_path / "[ab].jsonl")]) == [
        str(tmp_path / "a.jsonl"),
        str(tmp_path / "b.jsonl"),
    ]
    with pytest.raises(InputError, match="no JSONL file matches"):
        expand_inputs([str(tmp_path / "[cd].jsonl")])
