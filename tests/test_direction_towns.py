"""A name that names a direction ("the Dobropillia direction") is the town the direction
is named after: a village of the name that another paragraph places elsewhere by its
hint ("north of Huliaipole near Uspenivka and Dobropillia") lends it no estimate."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Ukrainian forces recently counterattacked in the Dobropillia direction.\n\n"
            "Russian forces attacked north of Huliaipole near Uspenivka and Dobropillia.",
            "Dobropillia",
            (48.47, 37.09),
        ),
        (
            "Russian forces kept up pressure on the Kostiantynivka axis.\n\n"
            "Russian forces attacked northeast of Huliaipole near Kostiantynivka and "
            "Dobropillia on Monday.",
            "Kostiantynivka",
            (48.53, 37.71),
        ),
    ],
)
def test_a_direction_keeps_its_town(text, name, town):
    toponyms = [t for t in analyze(text).toponyms if t.text == name]
    first = toponyms[0]
    assert first.place is not None and not first.estimated
    assert distance_km((first.place.lat, first.place.lon), town) < 20
    # the later mention, placed by its own hint, is another village
    last = toponyms[-1]
    assert last.place is not None and distance_km((last.place.lat, last.place.lon), town) > 50
