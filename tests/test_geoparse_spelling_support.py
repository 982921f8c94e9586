"""A name read by a close spelling says so, and a village's name is not spelt loosely.

A name the gazetteer lacks under the text's spelling may still be a place it has under
another ("Karkhiv" for Kharkiv): the toponym then carries ``fuzzy`` and a score scaled
by how alike the names are.  But a short village name with other vowels is another
village's name ("Muravka" by Pokrovsk is not Maryivka, 55 km away, though they share
their consonants): it is located from the text (its list partners), never taken as the
village it is spelt like.  Texts are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from geo.gazetteer.normalize import normalize
from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.spelling_support import CLOSE_SPELLING, spelling_similarity

pytestmark = pytest.mark.gazetteer

MARYIVKA_DONETSK = 701651
KHARKIV = 706483


def tops(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Shelling hit Karkhiv and nearby Izium.", "Karkhiv", KHARKIV),
        # ("Mariivka" differs from Maryivka by a "y" written "i": an alternate name,
        # geo.text.variants, not a fuzzy match)
        ("Attacks were repelled near Myrnohrad, Udachne and Maryyivka.", "Maryyivka",
         MARYIVKA_DONETSK),
        ("Russian forces shelled Konstiantynopil and Kurakhove.", "Konstiantynopil", 705122),
    ],
)  # fmt: skip
def test_a_close_spelling_is_marked_fuzzy_with_a_lower_score(gazetteer, text, name, geonameid):
    t = tops(text, gazetteer)[name]
    assert t.place.geonameid == geonameid and t.fuzzy and not t.estimated
    assert t.score < 1.0
    assert t.to_dict()["fuzzy"] is True


def test_names_the_gazetteer_has_are_not_fuzzy(gazetteer):
    found = geoparse("Shelling hit Kharkiv and nearby Izium.", gazetteer)
    assert found and not any(t.fuzzy for t in found)
    assert all(t.to_dict()["fuzzy"] is False for t in found)


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("The enemy made attempts to advance near Myrnohrad, Udachne and Muravka.",
         ("Myrnohrad", "Udachne")),
        ("Attacks were repelled near Toretsk and Muravka.", ("Toretsk",)),
        ("Muravka, Myrnohrad and Udachne came under fire.", ("Myrnohrad", "Udachne")),
    ],
)  # fmt: skip
def test_a_village_name_with_other_vowels_is_not_that_village(gazetteer, text, partners):
    found = tops(text, gazetteer)
    m = found.get("Muravka")
    # Not Maryivka (or Myrivka): at most an estimate among the places it is listed with.
    assert m is None or (m.estimated and not m.fuzzy and m.place.geonameid == 0)
    if m is not None:
        near = min(
            distance_km((m.place.lat, m.place.lon), (found[p].lat, found[p].lon)) for p in partners
        )
        assert near < 30


@pytest.mark.parametrize(
    ("query", "name", "close"),
    [
        ("karkhiv", "kharkiv", True),  # letters swapped: a typo
        ("mariivka", "maryivka", True),  # i for y: a transliteration
        ("velykomykhailivka", "velykomikhailivka", True),
        ("muravka", "maryivka", False),  # other vowels: another village
        ("muravka", "myrivka", False),
        ("kotlyne", "kotlin", False),
    ],
)
def test_spelling_similarity_tells_spellings_from_other_names(gazetteer, query, name, close):
    records = [c.record for c in gazetteer.lookup_normalized(name)]
    assert records
    best = max(spelling_similarity(gazetteer, query, r) for r in records)
    assert (best >= CLOSE_SPELLING) is close
    assert spelling_similarity(gazetteer, normalize(name), records[0]) == 1.0


def test_the_cli_json_marks_a_fuzzy_match(gazetteer, capsys, tmp_path):
    from geo.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Shelling hit Karkhiv and nearby Izium.\n", encoding="utf-8")
    assert main(["parse", "--only", "toponyms", str(path)]) == 0
    rows = {t["text"]: t for t in json.loads(capsys.readouterr().out)["toponyms"]}
    assert rows["Karkhiv"]["fuzzy"] is True and rows["Karkhiv"]["score"] < 1.0
    assert rows["Izium"]["fuzzy"] is False
