"""A mountain the physical table lacks, named with its word, is no town of its name in a
country none of the text's other places lie in (geo.text.mount_namesakes).  Texts
written for these tests."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def texts(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


def test_a_mountain_above_lebanese_villages_is_no_american_hamlet(gazetteer):
    found = texts(
        gazetteer,
        "Farmers in Kfar Kila, Khiam and Marjayoun said Israeli drones flew low over the "
        "slopes of Mount Hermon all night.",
    )
    assert "Mount Hermon" not in found
    assert found["Marjayoun"].place.country_code == "LB"


def test_a_town_called_mount_among_its_countrys_towns_stays_the_town(gazetteer):
    found = texts(
        gazetteer,
        "Storms cut power in Alexandria, Arlington and Mount Vernon, Virginia officials said.",
    )
    assert found["Mount Vernon"].place is not None
    assert found["Mount Vernon"].place.country_code == "US"
