"""A definition's offset places a village the gazetteer lacks, over the region the text
states ("X is a hamlet in Wiltshire, about 5 miles (8 km) south-east of Marlborough"),
and the next sentence's "It lies ..." speaks of the subject."""

import pytest

from geo.geometry import distance_km, offset

pytestmark = pytest.mark.gazetteer


def _places(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms if t.place}


@pytest.mark.parametrize(
    ("text", "name", "anchor", "km", "bearing"),
    [
        (
            "Clifton is a small hamlet on the Cherwell in Oxfordshire, England, about "
            "6 miles (10 km) south of Banbury. Its chapel dates from 1840.",
            "Clifton",
            "Banbury",
            10.0,
            180.0,
        ),
        (
            "Milton is a village in Oxfordshire. It lies 3 miles (5 km) west of Didcot, "
            "by the railway.",
            "Milton",
            "Didcot",
            5.0,
            270.0,
        ),
    ],
)
def test_definition_offset_places_the_village(gazetteer, text, name, anchor, km, bearing):
    places = _places(gazetteer, text)
    got = places[name]
    here = (places[anchor].place.lat, places[anchor].place.lon)
    want = offset(here, km, bearing)
    assert distance_km((got.place.lat, got.place.lon), (want.y, want.x)) < 0.3 * km + 2.0
