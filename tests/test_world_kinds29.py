"""Session 29's kinds beyond Ukraine (eval/frontline/428-437, and 398-407's leftovers).

- A district word after a name, or after the list the name opens ("in the Marjayoun and
  Hasbaya districts"), lets a name the gazetteer gives no population stand with no cue
  before it (geo.text.hints.directed.named_after, asked by the context rules).
- "the southern edge of Khiam, near Marjayoun", "the villages of X": a part of a
  settlement, or a plural settlement word, before "of" cues a name the gazetteer lacks
  (geo.text.spellings), so a "near" phrase after it estimates it.
- A name "the villages of" calls a place is warned about when nothing locates it, the
  Arabic article inside it kept ("Aita al-Shaab"): geo.text.unplaced.called_places.
- A wire dateline's place the gazetteer lacks ("KITSHANGA, Congo (AP) —") is warned
  about, not left silent (geo.text.unplaced_more).
"""

from __future__ import annotations

import logging

import pytest

from geo.gazetteer.distance import nearest_km
from geo.text.hints import named_after
from geo.text.unplaced import called_places
from geo.text.unplaced_more import _dateline_place


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("in the Marjayoun and Hasbaya districts, residents", "Marjayoun", True),
        ("in the Marjayoun and Hasbaya districts, residents", "Hasbaya", True),
        ("in the Tyre, Marjayoun and Hasbaya districts", "Tyre", True),
        ("Mayors in the Hasbaya district said", "Hasbaya", True),
        ("Mafa village, east of Maiduguri", "Mafa", True),
        ("the Kievsky district of Donetsk", "Kievsky", False),  # a city's part
        ("Marjayoun and Hasbaya said", "Marjayoun", False),
        ("the Hasbaya districting plan", "Hasbaya", False),
    ],
)
def test_named_after(text, name, expected):
    assert named_after(text, text.index(name) + len(name)) is expected


def test_called_places_plural_and_article():
    text = "Further west, the villages of Aita al-Shaab, on the border, and Yaroun."
    assert [m.group("of") for m in called_places(text)] == ["Aita al-Shaab"]
    assert [m.group("of") for m in called_places("the towns of Kitshanga and Sake")] == [
        "Kitshanga"
    ]
    assert called_places("the cityscape of Goma") == []


def test_dateline_place():
    text = "Rebels push on\n\nKITSHANGA, Congo (AP) — The M23 said."
    assert [text[s:e] for s, e in _dateline_place(text)] == ["KITSHANGA"]
    text = "NEAR KITSHANGA, Congo (AP) — The M23 said."
    assert [text[s:e] for s, e in _dateline_place(text)] == ["KITSHANGA"]
    assert _dateline_place("The M23 said on Monday that it held the town.") == []


@pytest.mark.gazetteer
def test_districts_pair_reads_both_towns(gazetteer):
    found = _found(gazetteer, "Further east, in the Marjayoun and Hasbaya districts, "
                              "residents reported flares.")
    assert found["Marjayoun"].place.country_code == "LB"
    assert found["Hasbaya"].place.country_code == "LB"


@pytest.mark.gazetteer
def test_edge_of_unknown_village_near_a_town(gazetteer):
    found = _found(gazetteer, "Troops blew up houses on the southern edge of Khiam, near "
                              "Marjayoun, on Thursday.")
    khiam = found["Khiam"]
    assert khiam.estimated and khiam.place.country_code == "LB"
    assert nearest_km((khiam.place.lat, khiam.place.lon), [(33.33, 35.613)]) < 20


@pytest.mark.gazetteer
def test_unknown_dateline_is_warned(gazetteer, caplog):
    from geo import analyze

    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        analyze("KITSHANGA, Congo (AP) — The M23 rebels said Tuesday they held the hills.",
                gazetteer=gazetteer)
    assert any("'KITSHANGA'" in r.getMessage() for r in caplog.records)


def _region(name, country, primary, aliases):
    return {"name": name, "country_code": country, "names": [(0, primary), (1, aliases)]}


def test_split_aliases_go_to_the_region_their_compass_word_names():
    from geo.gazetteer.split_aliases import compass_of, drop_split_aliases

    assert compass_of("Dārfūr al Gharbīyah") == {"w"}
    south = _region("South Darfur", "SD", ["Southern Darfur", "South Darfur"], ["Janūb Dārfūr"])
    east = _region("East Darfur", "SD", ["Eastern Darfur", "East Darfur"],
                   ["Janūb Dārfūr", "Southern Darfur", "Darfur"])
    west = _region("West Darfur", "SD", ["Western Darfur"], ["West Darfur", "Gharb Dārfūr"])
    central = _region("Central Darfur", "SD", ["Central Darfur"], ["West Darfur", "Gharb Dārfūr"])
    lone = _region("Eastern", "XX", ["Eastern"], ["Southern Darfur"])  # another country
    dropped = drop_split_aliases([south, east, west, central, lone])
    assert sorted(dropped) == [
        ("Gharb Dārfūr", "Central Darfur"), ("Janūb Dārfūr", "East Darfur"),
        ("Southern Darfur", "East Darfur"), ("West Darfur", "Central Darfur"),
    ]
    assert east["names"][1] == (1, ["Darfur"])  # no compass word: kept
    assert south["names"][1] == (1, ["Janūb Dārfūr"]) and lone["names"][1][1] == ["Southern Darfur"]


@pytest.mark.gazetteer
def test_west_darfur_is_one_state(gazetteer):
    found = gazetteer.lookup("West Darfur")
    assert len([c for c in found if gazetteer.kind(c.record) == "admin1"]) == 1


@pytest.mark.gazetteer
def test_crossing_entered_through_is_warned(gazetteer):
    from geo.text.unplaced_more import likely_places

    text = "Aid convoys entered through Kerem Shalom on four of seven days."
    assert [text[s:e] for s, e in likely_places(text, gazetteer, [])] == ["Kerem Shalom"]


@pytest.mark.gazetteer
def test_plural_settlement_word_is_no_cue_for_a_close_spelling(gazetteer):
    found = _found(gazetteer, "Smithfield includes the historic villages of Esmond, "
                              "Georgiaville and Mountaindale.")
    assert "Esmond" not in found  # not Edmond, Oklahoma
