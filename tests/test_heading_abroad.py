"""A sentence opened by its region holds the villages it names that the gazetteer lacks
there (geo.text.headings): "In Kursk region fighting continued near Malaya Loknya and
Kurilovka" is two villages of Kursk Oblast, not Kurylivka in Kharkiv Oblast, 180 km
off, nor an estimate at it.  Texts written for these tests.
"""

import pytest
from shapely.geometry import Point

from geo.text.geoparse import geoparse
from geo.text.region_abbreviations import region_record

pytestmark = pytest.mark.gazetteer

KURSK_OBLAST = ("RU", "41")


def found(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The tester's.
        ("In Kursk region fighting continued near Malaya Loknya and Kurilovka, the ministry "
         "said.", ("Malaya Loknya", "Kurilovka")),
        # Our own: with the article and comma, a village abroad alone, one the index lacks.
        ("In the Kursk region, Russian troops cleared Kurilovka of saboteurs.", ("Kurilovka",)),
        ("In the Kursk region, drones struck Bolshoye Soldatskoye and Malaya Loknya.",
         ("Malaya Loknya",)),
    ],
)
def test_the_opening_region_holds_villages_the_gazetteer_lacks_there(gazetteer, text, names):
    places = found(gazetteer, text)
    for name in names:
        t = places[name]
        area = gazetteer.geometry(region_record(gazetteer, KURSK_OBLAST))
        assert t.estimated and t.place.country_code == "RU", name
        assert area.covers(Point(t.place.lon, t.place.lat)), name


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # A village across the border stays where it is (Tetkino, 2 km from Sumy Oblast).
        ("In the Sumy region, shelling from Tetkino hit Krasnopillia.", "Tetkino", "RU"),
        # A city abroad is named for its own sake.
        ("In the Kharkiv region, drones launched from Belgorod hit Vovchansk.", "Belgorod", "RU"),
    ],
)
def test_places_across_the_border_keep_their_reading(gazetteer, text, name, cc):
    t = found(gazetteer, text)[name]
    assert not t.estimated and t.place.country_code == cc
