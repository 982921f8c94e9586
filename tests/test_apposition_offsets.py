"""An offset inside a place's own apposition locates that place, measured from the
place named before it (geo.text.apposition_words, spatial.distances, hints.base);
a place after a verb of leaving is a place, not a speaker (geo.text.left_places).

Texts written for these tests.
"""

from __future__ import annotations

import re

import pytest

import geo
from geo.geometry import distance_km
from geo.text.apposition_words import DESCRIBED
from geo.text.spatial import extract_features

_GAP = re.compile(r",\s*" + DESCRIBED + r"(?:about\s+)?", re.IGNORECASE)


@pytest.mark.parametrize(
    ("gap", "described"),
    [
        (", a city about ", True),
        (", the island's tourism hub about ", True),
        (", a small market town located about ", True),
        (", Ukraine's second city about ", True),
        (", where troops moved about ", False),
        (", the army said about ", False),
        (", the road from Kupiansk about ", False),
        (", a town which lies about ", False),
    ],
)
def test_a_described_apposition_is_read_whole_and_no_clause(gap, described):
    assert bool(_GAP.fullmatch(gap)) is described


def _offset(text, gazetteer):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    feats = [f for f in extract_features(text, analysis.toponyms, gazetteer) if f.kind == "offset"]
    return analysis.toponyms, feats


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "Shelling hit Balakliia on Monday. Izium, a city about 40 km to the south-east, "
            "lost power.",
            "Balakliia",
            "Izium",
        ),
        (
            "Drones struck Kharkiv overnight. Chuhuiv, the district's main town some 35 km "
            "to the south-east, reported broken windows.",
            "Kharkiv",
            "Chuhuiv",
        ),
        (
            "Rockets fell on Zaporizhzhia. Orikhiv, a frontline town about 55 km to the "
            "south-east, was shelled again.",
            "Zaporizhzhia",
            "Orikhiv",
        ),
    ],
)
def test_an_offset_in_a_described_apposition_is_measured_from_the_place_before(
    gazetteer, text, anchor, head
):
    toponyms, (feat,) = _offset(text, gazetteer)
    assert toponyms[feat.anchor].text == anchor
    (t,) = [t for t in toponyms if t.text == head]
    lon, lat = feat.geometry.coords[0]
    # The point lands on the head itself (within the offset's own uncertainty), not
    # the stated distance beyond it.
    assert distance_km((lat, lon), (t.place.lat, t.place.lon)) < feat.uncertainty_km


def test_an_unknown_name_with_a_described_apposition_is_estimated_there(gazetteer):
    text = (
        "Fighting raged in El Fasher. Tawila, a market town about 60 km to the west, "
        "took in thousands."
    )
    toponyms = geo.analyze(text, gazetteer=gazetteer).toponyms
    (fasher,) = [t for t in toponyms if t.text == "El Fasher"]
    (tawila,) = [t for t in toponyms if t.text == "Tawila"]
    assert tawila.estimated
    d = distance_km((fasher.place.lat, fasher.place.lon), (tawila.place.lat, tawila.place.lon))
    assert 50 < d < 70
    assert tawila.place.lon < fasher.place.lon


@pytest.mark.parametrize(
    "text",
    [
        "Families fleeing Bakhmut told aid workers that the road was cut.",
        "Residents who fled Izium said the bridge was gone.",
        "Pensioners escaping Vovchansk told volunteers the town was burning.",
        "Families fleeing Kharkiv said the trains were full.",
    ],
)
def test_a_place_left_by_the_speakers_is_a_literal_place(gazetteer, text):
    (t,) = geo.analyze(text, gazetteer=gazetteer).toponyms
    assert t.place is not None and t.place.country_code == "UA"
    assert not t.metonymic


def test_a_bare_name_that_speaks_is_still_a_person(gazetteer):
    text = "Shelling hit Izium. Brandt said the road was cut."
    assert [t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms] == ["Izium"]
