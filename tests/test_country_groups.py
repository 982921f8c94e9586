"""An armed group of one war in a name's sentence puts the name in the group's country
(tester33 V21: "The Rapid Support Forces took Bara" is Sudan's Bārah, not Nigeria's
Bara); with no namesake there, a reading by an alternate name only is dropped ("Houla,
Hezbollah said" is no Kafr Lāhā of Syria); a group's name spelt as a foreign town's is
no place ("Fano fighting")."""

from __future__ import annotations

import pytest

import geo
from geo.text.country_groups import group_countries

pytestmark = pytest.mark.gazetteer


def test_group_countries_reads_the_sentence_only():
    text = "Fighting went on. The M23 entered the town. Rain fell."
    town, rain = text.index("town"), text.index("Rain")
    assert group_countries(text, town, town + 4) == frozenset({"CD"})
    assert group_countries(text, rain, rain + 4) == frozenset()
    assert group_countries("The RSF/SAF talks ended in Jeddah.", 27, 33) == frozenset()
    assert group_countries("Hezbollah-run TV said Houla was hit.", 22, 27) == frozenset({"LB"})


@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Support Forces took Bara, the paramilitary group said.",
        "The RSF shelled Bara on Sunday.",
    ],
)
def test_a_group_of_one_war_moves_a_namesake_home(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Bara"]
    assert t.place is not None and t.place.country_code == "SD"


def test_without_the_group_the_first_reading_stays(gazetteer):
    a = geo.analyze("Police said Bara was calm.", gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Bara"]
    assert t.place is not None and t.place.country_code != "SD"


def test_an_alternate_name_abroad_is_dropped(gazetteer):
    text = "An Israeli drone strike killed two people in Houla, Hezbollah said."
    a = geo.analyze(text, gazetteer=gazetteer)
    assert all(t.place is None or t.place.country_code != "SY" for t in a.toponyms)


def test_a_groups_own_name_is_no_foreign_town(gazetteer):
    text = "Drones hit Amhara as Fano fighting spreads. Fano commanders said they held Merawi."
    a = geo.analyze(text, gazetteer=gazetteer)
    assert not [t for t in a.toponyms if t.text == "Fano"]


def test_a_group_supports_a_spelling_in_its_country(gazetteer):
    a = geo.analyze("The Arakan Army said it had captured Kyaukphyu.", gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Kyaukphyu"]
    assert t.place is not None and t.place.country_code == "MM" and t.fuzzy


def test_without_a_group_a_lone_spelling_stays_unplaced(gazetteer):
    a = geo.analyze("Officials said they had visited Kyaukphyu.", gazetteer=gazetteer)
    assert all(t.place is None for t in a.toponyms if t.text == "Kyaukphyu")


def test_a_news_agency_named_like_a_place_is_no_place(gazetteer):
    text = "The Houthi-run Saba news agency said aircraft struck positions near Midi."
    a = geo.analyze(text, gazetteer=gazetteer)
    assert [t.text for t in a.toponyms] == ["Midi"]
