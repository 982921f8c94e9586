"""A city once called by a name that many villages of its country carry is not what the
name means: "Novooleksandrivka" is one of a dozen Ukrainian villages, not Melitopol
(so called until 1842); "Oleksandrivka" not Donetsk (so called in the 1860s);
"Oleksiivka" not Chystyakove.  Old names that no village of the country carries stay
the city's ("Artemovsk" is Bakhmut, "Stalino" Donetsk)."""

import pytest

from geo.geocoders import GazetteerGeocoder
from geo.text.candidates import VILLAGE_NAME_PLACES, village_name_holders
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

MELITOPOL, DONETSK, CHYSTYAKOVE, BAKHMUT = 701404, 709717, 691374, 713174


def ids(gazetteer, text):
    """{surface: GeoNames id (0: estimated)} of the last mention of each name."""
    return {
        t.text: (t.place.geonameid if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


def test_village_names_are_counted_per_country(gazetteer):
    cands = gazetteer.lookup("Oleksandrivka")
    rows = [gazetteer.row(c.record) for c in cands]
    held = village_name_holders(gazetteer, cands, rows, "oleksandrivka")
    held = {gazetteer.geonameid(r) for r in held}
    assert DONETSK in held
    # A name no village of the country carries has no such holder.
    cands = gazetteer.lookup("Artemovsk")
    rows = [gazetteer.row(c.record) for c in cands]
    assert not village_name_holders(gazetteer, cands, rows, "artemovsk")
    assert VILLAGE_NAME_PLACES >= 3


@pytest.mark.parametrize("name", ["Novooleksandrivka", "Oleksandrivka", "Oleksiivka"])
def test_the_geocoder_puts_a_village_name_at_a_village(gazetteer, name):
    top = GazetteerGeocoder(gazetteer).geocode(name)
    assert top is not None
    assert top.raw["geonameid"] not in (MELITOPOL, DONETSK, CHYSTYAKOVE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian troops attacked near Oleksandrivka on Monday, the General Staff said.",
         "Oleksandrivka"),
        ("Fighting continued in the Oleksandrivka direction, the army said.", "Oleksandrivka"),
        ("Drones hit Novooleksandrivka overnight, wounding two, the regional governor said.",
         "Novooleksandrivka"),
        ("Ukrainian artillery shelled Russian positions around Oleksiivka, the brigade said.",
         "Oleksiivka"),
    ],
)
def test_a_village_name_in_war_copy_is_no_city(gazetteer, text, name):
    assert ids(gazetteer, text)[name] not in (MELITOPOL, DONETSK, CHYSTYAKOVE)


def test_old_names_no_village_carries_stay_the_city(gazetteer):
    found = ids(gazetteer, "Fierce fighting raged around Artemovsk, the ministry said.")
    assert found["Artemovsk"] == BAKHMUT
