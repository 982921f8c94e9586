"""A village the gazetteer lacks (or only spells like another place), estimated where an
assessment locates it, keeps that estimate when a later claim names it bare: "Russian
forces attacked near Kotlyne, 10 km west of Pokrovsk ... the Russian MoD claimed that
Russian forces liberated Kotlyne and Udachne"; two estimates of it a few km apart
("west of Pokrovsk near Kotlyne", "near Kotlyne and Zvirove") are one village."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

POKROVSK = (48.2801, 37.1771)


def _kotlynes(gazetteer, text):
    return [(t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.text == "Kotlyne"]


def test_a_listed_repeat_takes_the_estimate(gazetteer):
    text = (
        "Russian forces attacked near Kotlyne, 10 km west of Pokrovsk.\n\n"
        "The Russian Ministry of Defense claimed that Russian forces liberated Kotlyne "
        "and Udachne.\n"
    )
    first, later = _kotlynes(gazetteer, text)
    assert later == first and distance_km(first, POKROVSK) < 20


def test_two_close_estimates_are_one_village(gazetteer):
    text = (
        "Geolocated footage indicates that Russian forces recently advanced west of "
        "Pokrovsk near Kotlyne. Russian forces attacked near Pokrovsk itself and near "
        "Kotlyne and Zvirove.\n\n"
        "The Russian Ministry of Defense claimed on November 27 that Russian forces "
        "liberated Kotlyne.\n"
    )
    points = _kotlynes(gazetteer, text)
    assert len(points) == 3 and points[2] == points[0]


def test_a_bare_name_nothing_locates_is_left_out(gazetteer):
    text = "The ministry said on Tuesday that its forces had liberated Kotlyne.\n"
    assert _kotlynes(gazetteer, text) == []
