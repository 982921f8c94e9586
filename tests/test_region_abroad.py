"""A country or a region of another country read for a name stated in a state or
province ("Jordan, Ontario") is a town's name there.

Every text here is written for these tests.
"""

import pytest

from geo.text.geoparse import geoparse


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Jordan, Ontario, is a small community with a new winery shop.", "Jordan", "CA"),
        ("The fair returned to Jordan, Ontario, on Saturday.", "Jordan", "CA"),
    ],
)
def test_a_country_named_with_a_province_abroad_is_a_town(gazetteer, text, name, code):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert found and all(t.place is not None for t in found)
    assert {(t.place.kind, t.place.country_code) for t in found} == {("place", code)}


@pytest.mark.parametrize(
    ("text", "name", "code", "kind"),
    [
        # A country named with a country is left to the list rules.
        ("Talks between Georgia, Russia and Turkey resumed.", "Georgia", "GE", "country"),
        # A region named with a state of its own country keeps its reading.
        ("Officials in Donetsk, Ukraine, said shelling continued.", "Ukraine", "UA", "country"),
    ],
)
def test_a_country_container_or_its_own_state_changes_nothing(gazetteer, text, name, code, kind):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    assert (found[name].place.kind, found[name].place.country_code) == (kind, code)
