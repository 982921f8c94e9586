"""A bracketed region right after a name is that name's region, as Russian MoD summaries
write it: "Ivanovka (Dnepropetrovsk Region) and Olgovskoye (Zaporozhye Region)"."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.stated_after import bracketed_region

ZAPORIZHZHIA_OBLAST = (47.27, 35.69)


@pytest.mark.gazetteer
def test_a_bracketed_region_is_read(gazetteer):
    text = "took Olgovskoye (Zaporozhye Region) and"
    assert bracketed_region(text, len("took Olgovskoye"), gazetteer) == (("UA", "26"),)
    assert bracketed_region("took Olgovskoye (see map) and", 15, gazetteer) == ()


@pytest.mark.gazetteer
def test_a_name_is_estimated_in_its_own_bracketed_region(gazetteer):
    text = (
        "Battlegroup East took Novopavlovka and Ivanovka (Dnepropetrovsk Region) and "
        "Olgovskoye (Zaporozhye Region), the ministry said on Monday.\n"
    )
    toponyms = geoparse(text, gazetteer)
    (olg,) = [t for t in toponyms if t.text == "Olgovskoye"]
    (iva,) = [t for t in toponyms if t.text == "Ivanovka"]
    assert distance_km((olg.place.lat, olg.place.lon), ZAPORIZHZHIA_OBLAST) < 60
    assert distance_km((iva.place.lat, iva.place.lon), ZAPORIZHZHIA_OBLAST) > 80
