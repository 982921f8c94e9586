"""A loose bearing before a "near" list ("south of Pokrovsk near Zvirove, Kotlyne and
Udachne": ISW's bearings are good to about 45 degrees) never replaces a gazetteer place
of the listed name close to the anchor by an estimate; only a name the gazetteer lacks
(Kotlyne) is estimated from the bearing."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

UDACHNE = 690841  # Donetsk oblast, about 14 km west-south-west of Pokrovsk


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked south of Pokrovsk near Zvirove, Kotlyne and Udachne.",
        "Russian forces attacked north of Pokrovsk near Udachne.",
        "Russian forces attacked east of Pokrovsk near Udachne and Zvirove.",
        "Fighting continued southwest of Pokrovsk near Udachne.",
    ],
)
def test_the_gazetteer_place_of_the_name_wins_over_a_bearing(gazetteer, text):
    (udachne,) = [t for t in geoparse(text, gazetteer) if t.text == "Udachne"]
    assert udachne.place is not None and udachne.place.geonameid == UDACHNE


def test_a_name_the_gazetteer_lacks_is_estimated_near_the_anchor(gazetteer):
    text = "Russian forces attacked south of Pokrovsk near Zvirove, Kotlyne and Udachne."
    by_name = {t.text: t for t in geoparse(text, gazetteer)}
    kotlyne, pokrovsk = by_name["Kotlyne"], by_name["Pokrovsk"]
    assert kotlyne.place is not None and kotlyne.place.geonameid == 0  # estimated
    here = (kotlyne.place.lat, kotlyne.place.lon)
    assert distance_km(here, (pokrovsk.place.lat, pokrovsk.place.lon)) < 25
