"""A capital named as its government acting ("Moscow said", "Kyiv said") is no place
its words are about: "the town" or "the city" after it is the place named before it,
and a small namesake beside the capital is not read for it."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        (
            "Russian troops pressed attacks north of Kupyansk. Moscow said its forces had "
            "taken Petropavlovka, a village about 7 km east of the town.",
            "Petropavlovka",
            (49.71, 37.62),  # Kupiansk
        ),
        (
            "Russian drones struck Kherson overnight. Kyiv said a shell hit Antonivka, a "
            "village 5 km east of the city, wounding two.",
            "Antonivka",
            (46.64, 32.62),  # Kherson
        ),
        (
            "Fighting raged near Huliaipole. Moscow claimed its forces took Uspenivka, a "
            "village north of the town.",
            "Uspenivka",
            (47.66, 36.26),  # Huliaipole
        ),
    ],
)
def test_the_town_after_an_acting_capital_is_the_place_before(text, name, near):
    analysis = analyze(text)
    (t,) = [t for t in analysis.toponyms if t.text == name][:1]
    assert t.place is not None
    assert distance_km((t.place.lat, t.place.lon), near) < 30
    capital = next(t for t in analysis.toponyms if t.text in ("Moscow", "Kyiv"))
    assert capital.metonymic


def test_an_offset_from_the_town_skips_the_acting_capital():
    text = (
        "Russian troops pressed attacks north of Kupyansk. Moscow said its forces had "
        "taken Petropavlovka, a village about 7 km east of the town."
    )
    (offset,) = [f for f in analyze(text).features if f.kind == "offset"]
    assert "from Kupyansk" in offset.note


def test_a_capital_named_as_a_place_still_anchors_the_town():
    text = "Drones struck Moscow overnight. Debris fell on Vnukovo, 28 km southwest of the city."
    (offset,) = [f for f in analyze(text).features if f.kind == "offset"]
    assert "from Moscow" in offset.note
