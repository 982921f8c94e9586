"""A small namesake in another state than a local story's places is the story's own
(geo.text.state_frame): "the other came from Nelson" in a paper whose towns all lie in
west-central Minnesota is no Nelson of Georgia; the name keeps a stated state, a
list's partners and a story spread over several states keep theirs."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.state_frame import FAR_KM

pytestmark = pytest.mark.gazetteer

ALEXANDRIA_MN = (45.88524, -95.37754)

LOCAL = (
    "Two hurt in crash near Alexandria. Two drivers were taken to the hospital in "
    "Alexandria after their cars collided on Friday evening, the Douglas County "
    "sheriff's office said. One driver lived in Alexandria; the other came from "
    "Nelson. One of them was later moved to a hospital in St. Cloud.\n"
)


def _named(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name]


def test_a_bare_namesake_far_from_a_local_storys_state_is_estimated_in_it(gazetteer):
    (nelson,) = _named(gazetteer, LOCAL, "Nelson")
    assert nelson.place is not None and nelson.estimated
    assert nelson.place.country_code == "US" and nelson.place.admin1_code == "MN"
    assert distance_km(ALEXANDRIA_MN, (nelson.lat, nelson.lon)) < FAR_KM


def test_a_stated_state_keeps_the_namesake(gazetteer):
    text = LOCAL.replace("came from Nelson.", "came from Nelson, Ga.")
    (nelson,) = _named(gazetteer, text, "Nelson")
    assert nelson.place is not None and not nelson.estimated
    assert nelson.place.admin1_code == "GA"


def test_a_story_spread_over_states_frames_none(gazetteer):
    text = (
        "Storms closed roads from Omaha to Des Moines and Kansas City on Friday, and a "
        "driver from Nelson was hurt near Lincoln.\n"
    )
    for t in _named(gazetteer, text, "Nelson"):
        assert not t.estimated or t.place is None or t.place.admin1_code != "NE"


def test_a_business_named_after_its_founder_is_not_estimated(gazetteer):
    text = LOCAL.replace("St. Cloud.", "St. Cloud, a clerk at Nelson's said.")
    text = text.replace("the other came from Nelson", "the other drove a rental")
    for t in _named(gazetteer, text, "Nelson"):
        assert not t.estimated


def test_a_surname_after_an_initial_is_not_estimated(gazetteer):
    text = LOCAL.replace("the other came from Nelson", "the other worked for J. Nelson")
    for t in _named(gazetteer, text, "Nelson"):
        assert not t.estimated
