"""Coordinates a text states for a place pick the namesake at them: "Lima is located at
40°44′33″N 84°6′19″W" is Lima, Ohio, not Peru's capital."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.stated_coordinates import _stated_point, parse_dms


def test_parse_dms_signs_and_minutes():
    assert parse_dms("35", "10", "24", "N") == pytest.approx(35.173333, abs=1e-6)
    assert parse_dms("96", "35", "54", "W") == pytest.approx(-96.598333, abs=1e-6)
    assert parse_dms("12.5", None, None, "S") == -12.5


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Lima is located at 35°10′24″N 96°35′54″W (35.17, -96.60).", (35.1733, -96.5983)),
        ("Douglas, Wyoming is located at 42°45′22″N 105°23′4″W.", (42.7561, -105.3844)),
        ("The town lies at 42°N 105°W.", None),  # no name before: nothing to place
        ("Lima is located at 35°10′24″N 196°35′54″W.", None),  # no such longitude
        ("Lima is located at 35°10′24″E 96°35′54″W.", None),  # two longitudes
    ],
)
def test_the_point_stated_after_a_name(text, point):
    end = text.find(" ")
    if text.startswith("Douglas"):
        end = len("Douglas")
    got = _stated_point(text, end)
    if point is None:
        assert got is None
    else:
        assert got == pytest.approx(point, abs=1e-3)


def _read(gazetteer, text):
    return [
        (t.text, t.place.country_code, t.place.admin1_code)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    ]


@pytest.mark.gazetteer
def test_stated_coordinates_pick_the_namesake(gazetteer):
    text = "Lima is a city. Lima is located at 40°44′33″N 84°6′19″W. Lima grew with oil."
    assert {r for r in _read(gazetteer, text)} == {("Lima", "US", "OH")}
    text = "Springfield is located at 39°47′54″N 89°39′1″W. Springfield has a museum."
    assert {r for r in _read(gazetteer, text)} == {("Springfield", "US", "IL")}


@pytest.mark.gazetteer
def test_no_candidate_near_the_point_leaves_the_name_alone(gazetteer):
    plain = _read(gazetteer, "Lima is a city of millions.")
    # The middle of the Atlantic: no Lima there, the name reads as without coordinates.
    stated = _read(gazetteer, "Lima is located at 30°0′0″N 40°0′0″W. Lima is a city.")
    assert stated[0] == plain[0]


def _placed(gazetteer, text, name):
    return [
        (t.place.lat, t.place.lon, t.estimated, t.cue, t.place.country_code)
        for t in geoparse(text, gazetteer)
        if t.text == name and t.place is not None
    ]


@pytest.mark.gazetteer
def test_a_village_the_gazetteer_lacks_is_put_at_its_stated_point(gazetteer):
    """An invented hamlet: the text's coordinates place it, not its county's centre."""
    text = (
        "Farmers near Quillfern, Ohio, planted late this year. "
        "Quillfern is located at 40°50′0″N 84°0′0″W. Quillfern has a church."
    )
    found = _placed(gazetteer, text, "Quillfern")
    assert len(found) == 3
    for lat, lon, estimated, _, country in found:
        assert (lat, lon) == pytest.approx((40.83333, -84.0), abs=1e-4)
        assert estimated and country == "US"
    assert found[1][3] == "coordinates"


@pytest.mark.gazetteer
def test_the_stated_point_wins_over_a_namesake_far_away(gazetteer):
    """No Lima lies near 10 N 60 E on land... but a coastal point is near towns: take
    one in India's north-east where the gazetteer has no Lima."""
    text = "Lima is a village. Lima is located at 26°30′0″N 92°0′0″E. Lima has a school."
    found = _placed(gazetteer, text, "Lima")
    assert [(round(lat, 3), round(lon, 3)) for lat, lon, *_ in found] == [(26.5, 92.0)] * 3
    assert {country for *_, country in found} == {"IN"}


@pytest.mark.gazetteer
def test_a_reading_near_the_stated_point_is_kept(gazetteer):
    """Rounded figures 30 km off still name the gazetteer's Lima, Ohio."""
    text = "Lima is a city in Ohio. Lima is located at 40.5°N 84.1°W. Lima grew with oil."
    assert {r for r in _read(gazetteer, text)} >= {("Lima", "US", "OH")}
    assert not any(estimated for *_, estimated, _, _ in _placed(gazetteer, text, "Lima"))


@pytest.mark.gazetteer
def test_a_quoted_initial_is_no_hemisphere(gazetteer):
    """A hemisphere letter starts no name ("1″W. Springfield"); a letter after a quotation
    mark does ('"L.A." is the country's second city')."""
    text = 'California\'s largest city, "L.A." is on the coast.'
    assert ("L.A.", "US", "CA") in _read(gazetteer, text)
