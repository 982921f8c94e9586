"""An ISO subdivision abbreviation names one region ("NSW": New South Wales).

Natural Earth gives an island a state governs the state's code too (Lord Howe Island,
"AU-NSW"): the abbreviation stays with the largest polygon carrying it, so "NSW" is no
longer read as the island.
"""

import pytest

from geo.gazetteer.codes import QUALITY_ALIAS
from geo.gazetteer.regions import admin1_records


def _feature(name, code, size):
    ring = [[0, 0], [size, 0], [size, size], [0, size], [0, 0]]
    return {
        "properties": {
            "name": name,
            "country": "AU",
            "code": code,
            "gn_a1": "AU.02",
            "lat": 0,
            "lon": 0,
        },
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def test_abbreviation_kept_by_the_largest_region():
    records = admin1_records(
        {
            "features": [
                _feature("Lord Howe Island", "AU-NSW", 0.1),
                _feature("New South Wales", "AU-NSW", 10),
            ]
        }
    )
    aliases = {r["name"]: dict(r["names"])[QUALITY_ALIAS] for r in records}
    assert "NSW" in aliases["New South Wales"]
    assert "NSW" not in aliases["Lord Howe Island"]


@pytest.mark.gazetteer
def test_nsw_is_new_south_wales(gazetteer):
    import geo

    a = geo.analyze(
        "Fires burned across NSW and Victoria.", gazetteer=gazetteer, stages={"toponyms"}
    )
    assert [(t.text, t.place.name) for t in a.toponyms] == [
        ("NSW", "New South Wales"),
        ("Victoria", "Victoria"),
    ]
