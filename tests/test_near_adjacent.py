"""A known village by a direction's anchor is the village meant, whatever bearing the
analyst gives: "attacked east of Myrnohrad near Hrodivka and Rodynske" (Rodynske lies
7 km north-west of Myrnohrad); not an estimate 20 km east of the town.  A stated
distance is trusted still."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import Hint
from geo.text.near_phrase import adjacent

pytestmark = pytest.mark.gazetteer

RODYNSKE = (48.3541, 37.2064)
MYRNOHRAD = (48.3099, 37.2651)


def _point(gazetteer, text, name):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    return (t.place.lat, t.place.lon), t.estimated


def test_a_village_by_the_anchor_is_kept(gazetteer):
    text = "Russian forces attacked east of Myrnohrad near Hrodivka and Rodynske."
    point, estimated = _point(gazetteer, text, "Rodynske")
    assert not estimated and distance_km(point, RODYNSKE) < 2


def test_a_stated_distance_is_trusted(gazetteer):
    text = "Russian forces attacked near Rodynske, 15 km east of Myrnohrad."
    point, _ = _point(gazetteer, text, "Rodynske")
    assert distance_km(point, MYRNOHRAD) > 10


def test_adjacent(gazetteer):
    rec = next(
        c.record for c in gazetteer.lookup("Rodynske") if gazetteer.is_place(c.record)
    )
    east = Hint(0, 90.0, 22.5, 2.0, 40.0, None, 0, 0)
    assert adjacent(gazetteer, east, MYRNOHRAD, rec)
    assert not adjacent(gazetteer, east, (48.60, 37.80), rec)  # 50 km off
    stated = Hint(0, 90.0, 22.5, 12.0, 18.0, 15.0, 0, 0)
    assert not adjacent(gazetteer, stated, MYRNOHRAD, rec)
    assert not adjacent(gazetteer, east, MYRNOHRAD, None)
