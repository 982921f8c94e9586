"""A city called by a name keeps it against a far smaller town that GeoNames lists
under the same name among its other (old, foreign) names, whatever lies around the
town; a town of the name's own keeps the usual rules."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Energy facilities were damaged near Ladyzhyn, in the Vinnytsia region. Two people "
        "were killed in Kremenchuk, home to Ukraine's largest refinery.",
        "Drones hit a substation in Vinnytsia oblast and the refinery in Kremenchuk.",
        "Power was cut in Ladyzhyn, Haisyn and Kremenchuk after the overnight attack.",
    ],
)
def test_a_city_keeps_its_name_against_a_town_listing_it(gazetteer, text):
    # Yampil (Vinnytsia oblast, 11,000) lists "Kremenchuk" among its other names: the
    # Poltava oblast city of 225,000 is meant.
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Kremenchuk")
    assert t.place.geonameid == 704147


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        # Toretsk, once Dzerzhinsk, is a town of 31,000: the Donbas context still decides.
        ("Russian forces attacked near Dzerzhinsk, Gorlovka and Konstantinovka.",
         "Dzerzhinsk", 709354),
        # Pokrovsk, once Krasnoarmeysk, against the Saratov town called so.
        ("Units advanced toward Krasnoarmeysk and Dimitrov in the Donetsk People's Republic.",
         "Krasnoarmeysk", 704422),
    ],
)
def test_a_smaller_city_still_yields_to_the_texts_places(gazetteer, text, name, geonameid):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert t.place.geonameid == geonameid
