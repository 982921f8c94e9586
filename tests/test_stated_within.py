"""A defined place read outside the region its definition states (geo.text.stated_within):
English counties share GeoNames' admin-1 code (England), so only their polygons tell a
village in one from its namesake in another."""

import pytest
from shapely.geometry import Point

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _region(gazetteer, name):
    """The polygon of the first-level region ``name`` (lon/lat)."""
    recs = [c.record for c in gazetteer.lookup(name) if gazetteer.kind(c.record) == "admin1"]
    assert recs, name
    return gazetteer.geometry(recs[0])


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # The gazetteer's Kingstons in England (upon Thames, near Lewes) lie 70+ km off.
        ("Kingston is a small village in Cambridgeshire, England.", "Cambridgeshire"),
        ("Littleton is a hamlet in Surrey, England, near the reservoirs.", "Surrey"),
        ("Clifton is a hamlet in Oxfordshire, England, by the Cherwell.", "Oxfordshire"),
        ("Denton is a village in Lincolnshire, England, near Grantham.", "Lincolnshire"),
    ],
)
def test_a_village_is_put_in_the_county_its_definition_states(gazetteer, text, county):
    first = geoparse(text, gazetteer)[0]
    assert first.place is not None
    area = _region(gazetteer, county)
    assert area.covers(Point(first.place.lon, first.place.lat))


def test_every_bare_mention_of_the_name_follows(gazetteer):
    text = (
        "Kingston is a small village in Cambridgeshire, England. "
        "The parish church of Kingston was restored in 1880."
    )
    kingstons = [t for t in geoparse(text, gazetteer) if t.text == "Kingston"]
    assert len(kingstons) == 2
    assert {(t.place.lat, t.place.lon) for t in kingstons} == {
        (kingstons[0].place.lat, kingstons[0].place.lon)
    }
    assert _region(gazetteer, "Cambridgeshire").covers(
        Point(kingstons[1].place.lon, kingstons[1].place.lat)
    )


def test_a_namesake_the_text_places_elsewhere_stays(gazetteer):
    text = (
        "Kingston is a small village in Cambridgeshire, England. "
        "It is not to be confused with Kingston, Jamaica, the capital."
    )
    last = [t for t in geoparse(text, gazetteer) if t.text == "Kingston"][-1]
    assert last.place is not None and last.place.country_code == "JM"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Towns that govern themselves, their own polygon beside the county the text names.
        ("Darlington is a market town in County Durham, England.", "Darlington"),
        ("York is a walled city in North Yorkshire, England.", "York"),
        # An island the simplified province polygon leaves out: in no other region.
        ("Poro is a municipality on the Camotes Islands in Cebu, Philippines.", "Poro"),
        # A code the reading already weighed: Ukraine's oblasts have their own codes.
        ("Kupiansk is a city in the Kharkiv region of Ukraine.", "Kupyansk"),
    ],
)
def test_a_town_beside_or_off_the_stated_polygon_keeps_its_reading(gazetteer, text, name):
    first = geoparse(text, gazetteer)[0]
    assert first.place is not None
    assert not first.estimated
    assert first.place.name == name
