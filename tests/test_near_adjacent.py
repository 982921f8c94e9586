"""A known village by a direction's anchor is the village meant, whatever bearing the
analyst gives: "attacked east of Myrnohrad near Hrodivka and Rodynske" (Rodynske lies
7 km north-west of Myrnohrad); not an estimate 20 km east of the town.  So is one by a
list partner the direction fits, not a city of its name 120 km off ("northwest of
Orikhiv near Stepnohirsk and Kamianske").  A stated distance is trusted still."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import Hint
from geo.text.near_phrase import adjacent
from geo.text.tokens import Mention

pytestmark = pytest.mark.gazetteer

RODYNSKE = (48.3541, 37.2064)
MYRNOHRAD = (48.3099, 37.2651)
KAMIANSKE = (47.5392, 35.3737)  # Zaporizhzhia Oblast, by Stepnohirsk


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
    ms = [Mention(0, 8, "rodynske", 0, 0)]
    east = Hint(1, 90.0, 22.5, 2.0, 40.0, None, 0, 0)
    stated = Hint(1, 90.0, 22.5, 12.0, 18.0, 15.0, 0, 0)

    def near(hint, here, rec):
        return adjacent(gazetteer, ms, [(rec, 1.0)], {0: hint}, 0, hint, here)

    assert near(east, MYRNOHRAD, rec)
    assert not near(east, (48.60, 37.80), rec)  # 50 km off
    assert not near(stated, MYRNOHRAD, rec)
    assert not near(east, MYRNOHRAD, None)


def test_a_village_by_a_partner_that_fits_is_kept(gazetteer):
    text = "Russian forces attacked northwest of Orikhiv near Stepnohirsk and Kamianske."
    point, estimated = _point(gazetteer, text, "Kamianske")
    assert not estimated and distance_km(point, KAMIANSKE) < 2
