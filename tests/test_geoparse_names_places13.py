"""Names a tester found missing, false or figurative (session 13), each with its kind.

- a name a wire writes without its Arabic article ("Hodeidah" for GeoNames' alternate
  "El-Hodeidah") is that place; a name read by its spelling once is the same place at
  its bare repeats; a name the words call a place that nothing locates is warned about;
- an event named by its place ("his Waterloo", "another Vietnam") is figurative:
  metonymic, read at the event's place;
- an everyday word opening a live blog's entry ("10:30 GMT – Drone debris"), a utility's
  or an armed group's name, a people ("ethnic Karen fighters"), the head of a compound
  name ("Berlin Walls") is no place.

All texts are written for these tests.
"""

from __future__ import annotations

import logging

import pytest

from geo import analyze
from geo.gazetteer.records import article_dropped
from geo.text.figurative import is_figurative


def _places(analysis):
    return [(t.text, t.place.country_code if t.place else None) for t in analysis.toponyms]


def _by_text(analysis, text):
    return [t for t in analysis.toponyms if t.text == text]


# -- 3. names missing or silently dropped ----------------------------------------------


def test_article_dropped_names():
    assert article_dropped(["El-Hodeidah", "Al Mukalla", "Ar-Raqqah"], set()) == [
        "Hodeidah",
        "Mukalla",
        "Raqqah",
    ]
    # An everyday word left without its article, a short rest or a known name: none.
    assert article_dropped(["As Salt", "Al Ain", "El-Hodeidah"], {"Hodeidah"}) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Houthis said they had targeted a ship about 70 nautical miles west of "
            "Hodeidah.\n\nUKMTO said it had received a report of an incident 70 nautical "
            "miles west of Hodeidah.",
            "Hodeidah",
            "YE",
        ),
        ("Fighters shelled the outskirts of Raqqah overnight, monitors said.", "Raqqah", "SY"),
        ("A drone hit a fuel depot in Mukalla on Tuesday, residents said.", "Mukalla", "YE"),
    ],
)
def test_name_without_its_arabic_article(gazetteer, text, name, country):
    a = analyze(text, gazetteer=gazetteer)
    found = _by_text(a, name)
    assert found and all(t.place is not None and t.place.country_code == country for t in found)
    assert not any(t.fuzzy for t in found)


@pytest.mark.parametrize("name", ["Hodeidha", "Mukalah"])
def test_repeat_of_a_spelt_name_uses_the_first_reading(gazetteer, name):
    text = (
        "DUBAI (Reuters) - Yemen's Houthi movement said it had targeted a vessel in the Red "
        f"Sea about 70 nautical miles west of the port of {name}.\n\nThe British agency "
        f"UKMTO said it had received a report of an incident 70 nautical miles west of {name}."
    )
    a = analyze(text, gazetteer=gazetteer)
    found = _by_text(a, name)
    assert len(found) == 2
    assert found[0].place == found[1].place and found[0].place.country_code == "YE"
    offsets = [f for f in a.features if f.kind == "offset"]
    assert len(offsets) == 2
    assert {a.toponyms[f.anchor].start for f in offsets} == {t.start for t in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Arakan Army said it had captured the town of Maungdaw on the border with "
            "Bangladesh.",
            "Maungdaw",
        ),
        ("Resistance fighters said they had captured the town of Mindat on Saturday.", "Mindat"),
        ("Marines landed a boat near the Kinburn Spit in Mykolaiv Oblast.", "Kinburn Spit"),
        ("Forecasters said rain could fall on the Lake District by Sunday.", "Lake District"),
        (
            "Rebels said they had seized the town of Bwambalu, near the border with Uganda.",
            "Bwambalu",
        ),
    ],
)
def test_a_named_place_nothing_locates_is_warned_about(gazetteer, caplog, text, name):
    # ("the city's Saltivskyi district" after Kharkiv is located: estimated at the city,
    # geo.text.city_parts, tested in test_city_parts.py)
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        a = analyze(text, gazetteer=gazetteer)
    assert not any(name in t.text for t in a.toponyms)
    assert any(name in r.getMessage() and "not in the gazetteer" in r.getMessage()
               and "geo index add" in r.getMessage()
               for r in caplog.records)  # fmt: skip


# -- 5. figurative uses -------------------------------------------------------------------


def test_figurative_op_ed(gazetteer):
    text = (
        "Opinion: Bakhmut was not Stalingrad, and Kursk will not be Waterloo\n\n"
        "Commentators said the Kursk incursion would be his Waterloo, that Ukraine was "
        'becoming "another Vietnam" for the West. Ukraine is not Vietnam. Washington is not '
        "Saigon in 1975, whatever the pundits in London and Berlin suggest. Fighting goes on "
        "near Pokrovsk. Let us stop looking for Dunkirk moments and Berlin Walls."
    )
    a = analyze(text, gazetteer=gazetteer)
    for name, country in (("Waterloo", "BE"), ("Dunkirk", "FR"), ("Vietnam", "VN")):
        found = _by_text(a, name)
        assert found and all(t.place.country_code == country for t in found), name
        assert all(t.metonymic for t in found), name
    assert _by_text(a, "Saigon")[0].metonymic
    assert _by_text(a, "Stalingrad")[0].metonymic
    assert not _by_text(a, "Walls")  # "Berlin Walls": never Walls, Mississippi
    assert all(t.place.country_code == "DE" for t in _by_text(a, "Berlin"))
    for literal in ("Pokrovsk", "London", "Kursk", "Bakhmut"):
        assert not any(t.metonymic for t in _by_text(a, literal)), literal


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("For the junta, Lashio may become another Afghanistan.", "Afghanistan"),
        ("Critics warned of a Munich moment at the summit.", "Munich"),
        ("The retreat was their own Dunkirk, one officer said.", "Dunkirk"),
        ("Mariupol will not be a second Aleppo, the mayor vowed.", "Aleppo"),
        ("Avdiivka was not Verdun; the town fell in weeks.", "Verdun"),
    ],
)
def test_figurative_kinds(text, name):
    s = text.index(name)
    assert is_figurative(text, s, s + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("His Kharkiv apartment was hit on Monday.", "Kharkiv"),
        ("Russia's Kursk region was shelled.", "Kursk"),
        ("The capital is Kyiv, and the front is far.", "Kyiv"),
        ("Another strike hit Odesa overnight.", "Odesa"),
        ("The plant at Dunkirk resumed work.", "Dunkirk"),
    ],
)
def test_literal_places_are_not_figurative(text, name):
    s = text.index(name)
    assert not is_figurative(text, s, s + len(name))


def test_figurative_event_read_where_it_happened(gazetteer):
    a = analyze(
        "Analysts in Ottawa and Toronto asked whether the offensive would be Moscow's "
        "undoing or merely its Waterloo.",
        gazetteer=gazetteer,
    )
    (waterloo,) = _by_text(a, "Waterloo")
    assert waterloo.place.country_code == "BE" and waterloo.metonymic


# -- 6. words and bodies that are no places ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("10:30 GMT – Drone debris falls in Lviv\nThe mayor said no one was hurt.", "Drone"),
        ("09:15 GMT – Blast heard in central Odesa\nAir defence was active.", "Blast"),
        ("14:05 CET – Artillery fire reported near Kherson\nResidents sheltered.", "Artillery"),
    ],
)
def test_a_word_opening_a_live_blog_entry_is_no_place(gazetteer, text, word):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not _by_text(a, word)
    assert len(a.toponyms) == 1 and a.toponyms[0].place.country_code in ("UA",)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Electricity North West said power cuts affected about 2,000 homes in Kendal.",
            "North West",
        ),
        ("Yorkshire Water said supplies in Leeds would return on Monday.", "Yorkshire"),
        ("In Myanmar, the Arakan Army said it had captured a base near Sittwe.", "Arakan"),
        ("The Kachin Independence Army said it had taken a post near Bhamo.", "Kachin"),
        ("The Sudan Liberation Army said its fighters had entered El Fasher.", "Sudan"),
        ("Ethnic Karen fighters reported clashes near Myawaddy.", "Karen"),
        ("Ethnic Kachin rebels clashed with troops near Myitkyina on Friday.", "Kachin"),
    ],
)
def test_a_body_named_after_a_place_is_no_place(gazetteer, text, body):
    a = analyze(text, gazetteer=gazetteer)
    assert not _by_text(a, body)
    assert a.toponyms  # the places the text does name stay
    assert all(c.side in (None, "independent") for c in a.claims)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Israel Army said it struck targets in Rafah.", "Israel", "IL"),
        (
            "The Zaporizhzhia Power Plant was shelled, officials in Enerhodar said.",
            "Zaporizhzhia",
            "UA",
        ),
        ("Kent Police said the road near Dover was closed.", "Kent", "GB"),
    ],
)
def test_a_state_body_or_a_plant_keeps_its_place(gazetteer, text, name, country):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    found = _by_text(a, name)
    assert found and found[0].place.country_code == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Let us stop looking for Dunkirk moments and Berlin Walls.", "Walls"),
        ("Crowds gathered outside the Kyiv Gates at dusk.", "Gates"),
        ("The two leaders met at the Riga Cathedral on Sunday.", "Cathedral"),
    ],
)
def test_the_head_of_a_compound_name_is_no_second_place(gazetteer, text, word):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    assert not _by_text(a, word)


def test_a_place_named_like_a_word_stays_after_a_preposition(gazetteer):
    a = analyze("Officials in Walls, Mississippi, said the road was closed.", gazetteer=gazetteer)
    (walls,) = _by_text(a, "Walls")
    assert walls.place.country_code == "US"


def test_no_warning_for_places_the_text_locates(gazetteer, caplog):
    text = (
        "Shelling hit the town of Kupiansk and the Kursk region; a bomb hit Kharkiv's "
        "Saltivskyi district, and the village of Robotyne, 10 km south of Orikhiv, was hit."
    )
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    warned = [r.getMessage() for r in caplog.records]
    assert not [m for m in warned if "not in the gazetteer" in m]
