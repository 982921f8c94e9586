"""A list of towns names towns: a name is read as its namesake town near the list's
other towns, not as a village of the region most of them lie in."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.list_towns import prefer_list_towns
from geo.text.recognition import find_mentions

LYMAN_TOWN = 704204  # Donetsk Oblast, ~20,000 people
LYMAN_VILLAGE = 703071  # Kharkiv Oblast, ~4,000


def _ids(text, gazetteer):
    return {t.text: t.place.geonameid for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Sumy, Kharkiv, Kupiansk, Izium and Lyman overnight.",
        "Shelling hit Kharkiv, Chuhuiv, Balakliia and Lyman overnight.",
        "Shelling hit Kupiansk, Izium and Lyman overnight.",
    ],
)
def test_a_town_list_reads_the_namesake_town(gazetteer, text):
    assert _ids(text, gazetteer)["Lyman"] == LYMAN_TOWN


def _stage(text, gazetteer, partners):
    """prefer_list_towns on the mentions of ``text`` with the partners read as given and
    the last name read as Lyman's village."""
    mentions = find_mentions(text, gazetteer)
    resolved = [(rec, 1.0) for rec in (*partners, _record(gazetteer, LYMAN_VILLAGE))]
    return prefer_list_towns(gazetteer, mentions, resolved, {})[-1][0]


def _record(gazetteer, geonameid):
    return next(c.record for c in gazetteer.lookup("Lyman") + gazetteer.lookup("Kupiansk")
                + gazetteer.lookup("Izium") + gazetteer.lookup("Zahryzove")
                if gazetteer.place(c.record).geonameid == geonameid)


@pytest.mark.gazetteer
def test_a_list_with_a_village_keeps_the_small_reading(gazetteer):
    # Zahryzove is a village: the list is a front's villages, not towns.
    partners = [_record(gazetteer, 703656), _record(gazetteer, 687877)]
    got = _stage("Shelling hit Kupiansk, Zahryzove and Lyman.", gazetteer, partners)
    assert gazetteer.place(got).geonameid == LYMAN_VILLAGE


@pytest.mark.gazetteer
def test_a_list_of_towns_takes_the_town(gazetteer):
    partners = [_record(gazetteer, 703656), _record(gazetteer, 707292)]
    got = _stage("Shelling hit Kupiansk, Izium and Lyman.", gazetteer, partners)
    assert gazetteer.place(got).geonameid == LYMAN_TOWN


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Strikes hit Dnipro, Pavlohrad, Kryvyi Rih and Pokrovsk.",
        "Shelling hit Mykolaiv, Kherson, Snihurivka and Bashtanka.",
        "Russian strikes hit Sumy, Okhtyrka, Trostianets and Shostka.",
    ],
)
def test_town_lists_read_right_stay_so(gazetteer, text):
    before = {t.text: t.place.geonameid for t in geoparse(text, gazetteer) if t.place}
    assert len(before) == 4 and all(before.values())
