"""A town's office ("X City Council") names a town whose own name is X, not a place that has
X only as another name (geo.text.town_offices.office_candidates).  Texts written for these
tests."""

import pytest

from geo.gazetteer.codes import QUALITY_ALIAS
from geo.text.geoparse import geoparse
from geo.text.town_offices import office_candidates


@pytest.mark.gazetteer
def test_office_candidates_keep_towns_of_the_name_itself(gazetteer):
    text = "The Springfield City Council voted."
    end = text.index(" City")
    pool = list(gazetteer.lookup_normalized("springfield"))
    kept = office_candidates(text, end, gazetteer, pool)
    assert kept and all(c.quality <= QUALITY_ALIAS for c in kept)
    assert len(kept) < len(pool)  # Springfield Gardens (Queens) lists it as another name
    assert office_candidates("Springfield voted.", 11, gazetteer, pool) == pool


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The Springfield City Council met near Brookhaven on Long Island, N.Y.",
        "Springfield City Hall closed early; Queens and Long Island were flooded.",
        "The Springfield City Council thanked volunteers from Queens.",
    ],
)
def test_a_town_office_is_no_neighbourhood_listing_its_name(gazetteer, text):
    first = geoparse(text, gazetteer)[0]
    assert first.text == "Springfield"
    assert first.place.name == "Springfield"
