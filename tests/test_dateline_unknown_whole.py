"""A wire dateline's place the gazetteer lacks whole is no place of its part
(geo.text.dateline_names.whole_dateline): "AIN ISSA, Syria (Reuters) -" is one name the
index lacks (warned), not "ISSA", a village of Russia, estimated at Syria's centre."""

import logging

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

BODY = (
    " (Reuters) - Turkish-backed fighters shelled villages near Tal Abyad on Tuesday, "
    "Kurdish officials said. Families fled to Raqqa and Hasakah.\n"
)


@pytest.mark.parametrize("dateline", ["AIN ISSA, Syria", "MARJ ISSA, Syria"])
def test_an_unknown_dateline_is_no_place_of_its_last_word(gazetteer, caplog, dateline):
    name = dateline.split(",")[0]
    with caplog.at_level(logging.WARNING, logger="geo.text"):
        toponyms = geoparse(dateline + BODY, gazetteer)
    opening = [t for t in toponyms if t.start < len(name)]
    assert all(t.text == name for t in opening)  # the whole name or nothing, no part
    assert all(t.place is None or t.estimated for t in opening)
    if not opening:  # left out: the user is told
        assert any(name in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("dateline", "country"),
    [("DEIR AL-BALAH, Gaza Strip", "PS"), ("KAFR KILA, Lebanon", "LB"), ("TAL TAMR, Syria", "SY")],
)
def test_a_dateline_the_gazetteer_has_whole_is_still_read(gazetteer, dateline, country):
    first = geoparse(dateline + BODY, gazetteer)[0]
    assert first.text == dateline.split(",")[0] and first.place.country_code == country
