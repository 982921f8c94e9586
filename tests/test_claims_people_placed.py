"""People placed by a preposition speak, not the place their phrase ends with.

"Shop owners near Kyiv said", "Drivers near Kyiv said", "Nurses outside Kherson said":
the speaker is the people, with the trade before their word ("Taxi drivers"); people
who live or work there speak for no side, staff keep the side the services they work
for give them.
"""

from __future__ import annotations

import pytest

from geo import analyze


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer.index import load_gazetteer

    return load_gazetteer()


def _claim(text, gaz):
    (claim,) = analyze(text, gazetteer=gaz).claims
    return claim


@pytest.mark.parametrize(("people", "place"), [
    ("Shop owners", "near Kyiv"),
    ("Café owners", "near Kyiv"),
    ("Taxi drivers", "near Kharkiv"),
    ("Drivers", "outside Odesa"),
    ("Teachers", "near Zaporizhzhia"),
    ("Students", "in Sumy"),
    ("Passengers", "at the station in Kramatorsk"),
    ("Worshippers", "near Khan Younis"),
])
def test_people_of_a_place_speak_for_no_side(people, place, gaz):
    c = _claim(f"{people} {place} said the shelling went on all night.", gaz)
    assert c.source.lower() == f"{people} {place}".lower()
    assert c.side is None


@pytest.mark.parametrize("people", ["Nurses", "Medics", "Volunteers"])
def test_staff_placed_by_a_preposition_are_the_speaker(people, gaz):
    c = _claim(f"{people} outside Kherson said the shelling went on all night.", gaz)
    assert c.source.lower() == f"{people} outside Kherson".lower()


def test_a_place_named_alone_still_speaks(gaz):
    c = _claim("Kyiv said the shelling went on all night.", gaz)
    assert c.source == "Kyiv"
