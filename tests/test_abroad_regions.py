"""A direction stated from a place does not reach a first-level region of another
country: "New York (south of Toretsk)" is the Donetsk-oblast town the gazetteer holds
under that name (Niu-York), not New York State 8,000 km off."""

import pytest

from geo.geometry import distance_km
from geo.text.direction_namesakes import region_abroad
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention

TORETSK = (48.39468, 37.84763)


class _Gaz:
    """Four records: a U.S. state, a Ukrainian town, a Ukrainian and a Russian oblast."""

    def __init__(self):
        self._rows = {
            1: ("admin1", "US", (42.9, -75.5)),
            2: ("place", "UA", (48.4, 37.8)),
            3: ("admin1", "UA", (48.0, 37.7)),
            4: ("admin1", "RU", (50.7, 37.4)),
        }

    def lat_lon(self, r):
        return self._rows[r][2]

    def kind(self, r):
        return self._rows[r][0]

    def country_code(self, r):
        return self._rows[r][1]


@pytest.mark.parametrize(
    ("rec", "cue", "expected"),
    [(1, "", True), (1, "region", False), (3, "", False), (4, "", False), (2, "", False),
     (None, "", False)],
)
def test_a_region_is_abroad_only_far_off_in_another_country(rec, cue, expected):
    m = Mention(0, 8, "new york", 0, 1, cue=cue)
    assert region_abroad(_Gaz(), m, rec, 2) is expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Drone footage showed Russian troops near New York (south of Toretsk) on Monday.\n",
        "Russian forces continued attacks near New York, south of Toretsk.\n",
        "Russian forces continued attacks in the Toretsk direction near New York.\n",
    ],
)
def test_a_front_town_named_like_a_us_state_is_the_front_town(gazetteer, text):
    t = next(t for t in geoparse(text, gazetteer) if t.text == "New York")
    assert t.place.country_code == "UA"
    assert distance_km((t.place.lat, t.place.lon), TORETSK) < 20


@pytest.mark.gazetteer
def test_new_york_with_no_front_town_stays_american(gazetteer):
    text = "Officials in New York said the United Nations would meet on Monday.\n"
    t = next(t for t in geoparse(text, gazetteer) if t.text == "New York")
    assert t.place.country_code == "US"
