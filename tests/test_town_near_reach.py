"""A village named right before "near" a town lies within the town's reach
(geo.text.hinted.town_near): "Novoselivka, Oleksandrivka and Ivanivka, near Chasiv Yar"
is no Ivanivka 27 km off, even one lying by a list partner; the one meant (7 km off,
which the gazetteer lacks) is estimated by the town."""

from types import SimpleNamespace

import pytest

from geo.geometry import distance_km
from geo.text.hinted import town_near
from geo.text.hints import Hint
from geo.text.scaled_hints import SMALL_TOWN_REACH_KM
from geo.text.tokens import Mention

CHASIV_YAR = (48.58768, 37.83409)


_SIZES = {1: 12_000, 2: 3_900, 3: 1_500_000}


class _Gaz:
    """Places by record: a town (1), a village (2), a city (3)."""

    def is_place(self, rec):
        return True

    def population(self, rec):
        return _SIZES[rec]


def _case(text, town="Chasiv Yar"):
    ms = [Mention(text.find("Ivanivka"), text.find("Ivanivka") + 8, "ivanivka", 0, 0),
          Mention(text.find(town), text.find(town) + len(town), town.lower(), 2, 3)]  # fmt: skip
    ms[0].candidates = [SimpleNamespace(record=2), SimpleNamespace(record=1)]  # namesakes
    hint = Hint(1, None, 180.0, 0.0, 40.0, None, ms[0].start, ms[0].end)
    return ms, hint


def test_a_village_named_before_near_a_town_is_held_to_its_reach():
    text = "Ivanivka, near Chasiv Yar"
    ms, hint = _case(text)
    got = town_near(text, _Gaz(), hint, ms, ms[0], 1, 2)
    assert got.max_km == SMALL_TOWN_REACH_KM and got.bearing_deg is None


def test_a_name_no_other_place_bears_keeps_its_reach():
    # "Velykomykhailivka, near Synelnykove": a village of a name of its own may lie a
    # district away from the town reporters name it by
    text = "Ivanivka, near Chasiv Yar"
    ms, hint = _case(text)
    ms[0].candidates = ms[0].candidates[:1]
    assert town_near(text, _Gaz(), hint, ms, ms[0], 1, 2) is hint


@pytest.mark.parametrize(
    ("text", "anchor", "rec", "town"),
    [
        ("Ivanivka, near Kharkiv", 3, 2, "Kharkiv"),  # a city's outlying villages reach 40 km
        ("Ivanivka, near Chasiv Yar", 1, 3, "Chasiv Yar"),  # read as a city: its own sake
        ("Ivanivka was hit again overnight, near Chasiv Yar", 1, 2, "Chasiv Yar"),  # not next
        ("reserves from Ivanivka to the Chasiv Yar area", 1, 2, "Chasiv Yar"),  # no "near"
    ],
)
def test_other_hints_keep_their_reach(text, anchor, rec, town):
    ms, hint = _case(text, town)
    assert town_near(text, _Gaz(), hint, ms, ms[0], anchor, rec) is hint


@pytest.mark.gazetteer
def test_a_far_namesake_by_a_list_partner_yields_to_an_estimate(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "In Donetsk region, Russia claimed the capture of Novoselivka, Oleksandrivka and "
        "Ivanivka, near Chasiv Yar, as well as Stepove north of Avdiivka."
    )
    t = {t.text: t for t in geoparse(text, gazetteer)}["Ivanivka"]
    assert t.estimated and distance_km((t.place.lat, t.place.lon), CHASIV_YAR) <= 10.0
