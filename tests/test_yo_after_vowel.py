"""A Russian "ё" after a vowel, written "yo" ("Zmiyov"), is found as "ye" (testerB26 P11)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

_ZMIIV = (49.697, 36.362)


@pytest.mark.parametrize(
    "text",
    [
        # testerB26 P11: dropped with no warning.
        "The Russian Defense Ministry said its forces had struck a workshop in Zmiyov and "
        "a fuel depot near Chuguyev.",
        # testerB26 P11b: estimated at Borova, 98 km off.
        "In the Kharkov Region, strikes hit Balakleya, Izyum, Borovaya and Zmiyov.",
        "Ukrainian drones were shot down over Zmiyov, south of Kharkov, RIA Novosti reported.",
    ],
)
def test_zmiyov_is_zmiiv(gazetteer, text):
    there = next(t for t in geoparse(text, gazetteer) if t.text == "Zmiyov").place
    assert distance_km(_ZMIIV, (there.lat, there.lon)) < 10


def test_zmiyovka_is_found(gazetteer):
    tops = geoparse("Residents of Zmiyovka in the Oryol Region reported a drone.", gazetteer)
    there = next(t for t in tops if t.text == "Zmiyovka").place
    assert there is not None and there.country_code == "RU"
