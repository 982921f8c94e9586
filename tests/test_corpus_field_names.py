"""A JSON line whose article is under another field name says which fields it has."""

from __future__ import annotations

import pytest

from geo.corpus_lines import read_record
from geo.errors import InputError


def test_a_line_without_text_names_its_string_fields():
    doc = {"id": 1, "headline": "Drones hit Sumy", "body": "Drones struck Sumy.", "n": 3}
    with pytest.raises(InputError) as err:
        read_record(doc)
    message = str(err.value)
    assert message.startswith('missing "text" (the line has "headline", "body"')
    assert '"n"' not in message and "rename a field" in message


def test_hostile_field_names_stay_escaped_and_short():
    doc = {"<script>\u2028" + "x" * 500: "a", "n": 5}
    with pytest.raises(InputError) as err:
        read_record(doc)
    message = str(err.value)
    assert "\u2028" not in message and "<script>\\u2028" in message and len(message) < 300


@pytest.mark.parametrize(
    ("value", "kind"), [(5, "a number"), (None, "null"), (["a"], "an array"), (True, "a boolean")]
)
def test_a_text_that_is_no_string_says_what_it_is(value, kind):
    with pytest.raises(InputError) as err:
        read_record({"id": "bad", "text": value, "body": "Drones struck Sumy."})
    assert str(err.value) == f'"text" must be a string, got {kind}'
