"""A place the text puts in a state or province ("Mill Creek, Texas", "Delta, Ontario")
is never read as a namesake in another state of the same country; with no place of the
name in the stated one, it is estimated there.

Every text here is written for these tests.
"""

import pytest

from geo.text.stated_abroad import _within_stated


class _Gaz:
    """A stand-in gazetteer: record -> (country, admin-1 code)."""

    def __init__(self, places):
        self.places = places

    def country_code(self, rec):
        return self.places[rec][0]

    def admin1(self, rec):
        return (self.places[rec][1], "")


def test_within_stated_reads_the_admin1_code_where_one_is_given():
    gaz = _Gaz({1: ("US", "CA"), 2: ("US", "TX"), 3: ("CA", "08")})
    assert not _within_stated(gaz, 1, [("US", "TX")])  # San Gabriel, California
    assert _within_stated(gaz, 2, [("US", "TX")])
    assert _within_stated(gaz, 1, [("US", "")])  # "..., United States": any state
    assert _within_stated(gaz, 1, [("US", "TX"), ("US", "CA")])  # an ambiguous container
    assert not _within_stated(gaz, 3, [("US", "")])  # another country


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "San Gabriel, Texas is a small farming town in Milam County, north of "
            "Thorndale; San Gabriel's gin closed in 1950.",
            "San Gabriel",
            ("US", "TX"),
        ),
        (
            "Delta, Ontario, is a village between two lakes, some 15 km west of Athens, "
            "Ontario. Delta holds a fair every August.",
            "Delta",
            ("CA", "08"),
        ),
        (
            "The inmate is held in a regional jail in Greenwood, W. Va., on a parole "
            "violation, officials said.",
            "Greenwood",
            ("US", "WV"),
        ),
    ],
)
def test_a_name_stays_in_the_state_the_text_gives(gazetteer, text, name, code):
    from geo.text.geoparse import geoparse

    found = [t for t in geoparse(text, gazetteer) if t.text == name and t.place]
    assert found
    assert {(t.place.country_code, t.place.admin1_code) for t in found} == {code}


@pytest.mark.gazetteer
def test_a_place_in_its_stated_state_is_kept(gazetteer):
    from geo.text.geoparse import geoparse

    text = "The settlers named the town after Boston, Massachusetts, and Paris, Texas."
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place}
    assert (found["Boston"].admin1_code, found["Paris"].admin1_code) == ("MA", "TX")
    assert found["Boston"].kind == found["Paris"].kind == "place"


@pytest.mark.gazetteer
def test_a_city_listed_with_another_region_stays_the_city(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Drones hit Zaporizhzhia, Kharkiv region overnight, officials said on Monday."
    found = {t.text: t for t in geoparse(text, gazetteer) if t.place}
    city = found["Zaporizhzhia"]
    assert not city.estimated and city.place.kind == "place"
    assert abs(city.place.lat - 47.84) < 0.2 and abs(city.place.lon - 35.14) < 0.3
