"""A region's name that both a Natural Earth polygon with no GeoNames admin-1 code and a
GeoNames region carry: the coded region wins the tie (geo.text.ranking,
geo.text.resolution).  Every text here is written for these tests."""

import pytest

from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse

#: Blue Nile State, GeoNames 408654 (Ed Damazin is its capital).
_BLUE_NILE = (11.40, 34.07)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In Blue Nile state, the army said it repelled an attack near Kurmuk.",
        "Thousands fled the fighting in Blue Nile, aid agencies said.",
        "The governor of Blue Nile said the roads to the border were closed.",
    ],
)
def test_a_coded_region_wins_a_tie_with_an_uncoded_polygon(gazetteer, text):
    found = [t for t in geoparse(text, gazetteer) if t.text == "Blue Nile" and t.place]
    assert found
    place = found[0].place
    assert place.kind == "admin1" and place.geonameid == 408654
    assert distance_km((place.lat, place.lon), _BLUE_NILE) < 20


@pytest.mark.gazetteer
def test_the_coded_region_ranks_first_without_context(gazetteer):
    from geo.text.ranking import rank_candidates

    ranked = rank_candidates(gazetteer, gazetteer.lookup("Blue Nile"), query="blue nile")
    assert gazetteer.row(ranked[0].record).admin1[0] == "42"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("name", "twins"),
    [
        ("Rezina", 1),  # Moldova's district: a Natural Earth polygon with no code, and its twin
        # Sudan's former Blue Nile province, named as its state, is no longer built
        # (geo.gazetteer.regions.grouped_region_records): nothing codeless to weigh
        ("Blue Nile", 0),
        ("Piedmont", 0),  # the region's polygon over its provinces, filed under its code
        ("Brittany", 0),
        ("Kurdistan", 0),  # Iraq's region and Iran's province: two countries
    ],
)
def test_only_a_codeless_polygons_own_coded_twin_counts(gazetteer, name, twins):
    from geo.text.coded_regions import uncoded_twins

    found = uncoded_twins(gazetteer, [c.record for c in gazetteer.lookup(name)])
    assert len(found) == twins
