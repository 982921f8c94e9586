"""`geo geocode`: a match only spelt like the query says so, in the table and the JSON."""

from __future__ import annotations

import json

import pytest

from geo.cli import main
from geo.geocoders import GazetteerGeocoder


@pytest.mark.gazetteer
@pytest.mark.parametrize("query", ["Robotyne", "Hodeidha", "Karkhiv"])
def test_close_spellings_are_marked_fuzzy_in_json(gazetteer, capsys, query):
    assert main(["geocode", query, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["fuzzy"] is True and r["match"] == "spelling" for r in rows)


@pytest.mark.gazetteer
@pytest.mark.parametrize("query", ["Sumy", "Kiev", "Kharkov region"])
def test_names_the_gazetteer_has_are_not_fuzzy(gazetteer, capsys, query):
    assert main(["geocode", query, "--json", "--limit", "3"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and not any(r["fuzzy"] for r in rows)


@pytest.mark.gazetteer
def test_table_marks_close_spellings_and_explains_the_mark(gazetteer, capsys):
    assert main(["geocode", "Robotyne"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-1] == "match"
    rows = [line for line in lines[1:] if line[:1].isdigit()]
    assert rows and all(line.endswith("spelling ~") for line in rows)
    assert any(line.startswith("~ only a close spelling") for line in lines)


@pytest.mark.gazetteer
def test_table_of_exact_names_has_no_fuzzy_note(gazetteer, capsys):
    assert main(["geocode", "Kharkiv", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "~" not in out
    assert out.splitlines()[1].split()[-1] == "name"


@pytest.mark.gazetteer
def test_reverse_carries_no_match_fields(gazetteer):
    loc = GazetteerGeocoder(gazetteer).reverse((50.9, 34.8))
    assert "fuzzy" not in loc.raw and "match" not in loc.raw
