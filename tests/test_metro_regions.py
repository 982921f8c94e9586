"""The "X region" named after a large city whose only namesake regions lie abroad.

Texts are written for these tests; geonameids are GeoNames'.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def read(text, gazetteer):
    """{surface text: (geonameid, kind, country code)} of the resolved toponyms."""
    return {
        t.text: (t.place.geonameid, t.place.kind, t.place.country_code) if t.place else None
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        # no parish of Saint Vincent: the North Carolina city's metropolitan area
        ("Rock Hill, S.C., hopes to lure firms from the Charlotte region.", "Charlotte", 4460243),
        ("Developers say the Charlotte region needs more warehouses.", "Charlotte", 4460243),
        ("Charlotte grew fast; the Charlotte region now tops two million.", "Charlotte", 4460243),
        # no parish of Jamaica, no parish of Bermuda
        ("Commuters in the Portland region face new tolls.", "Portland", 5746545),
        ("Rents in the Hamilton region rose for a fifth year.", "Hamilton", 5969782),
    ],
)
def test_a_large_citys_region_is_the_city(gazetteer, text, name, geonameid):
    got, kind, _ = read(text, gazetteer)[name]
    assert (got, kind) == (geonameid, "place")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a region of the name in the city's own country: the region
        ("Heavy fighting continued in the Donetsk region.", "Donetsk", "UA"),
        ("Floods hit the Lagos region again.", "Lagos", "NG"),
        ("Shelling hit villages in the Kharkiv region overnight.", "Kharkiv", "UA"),
        # a town of the name in the region's country: the region, not a larger city abroad
        ("Sagunto lies in the province of Valencia, north of the city.", "Valencia", "ES"),
        ("Escazu is a canton of San José Province.", "San José Province", "CR"),
        # no city of the name large enough: the region
        ("Rain fell across the Victoria region on Friday.", "Victoria", "AU"),
        ("Bushfires spread in the Queensland region.", "Queensland", "AU"),
    ],
)
def test_the_region_cue_keeps_regions_elsewhere(gazetteer, text, name, country):
    _, kind, cc = read(text, gazetteer)[name]
    assert (kind, cc) == ("admin1", country)
