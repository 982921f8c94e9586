"""A village the gazetteer lacks, named after "in" or "at" or before "territory", is
named in a warning, as the names after "near" or "seized" are, never dropped in
silence; a person's, a body's or a people's word in such a place draws none
(geo.text.unplaced_more._unknown_words, geo.text.unplaced). Texts written for these
tests; the villages' names are made up."""

from __future__ import annotations

import logging

import pytest

pytestmark = pytest.mark.gazetteer


def warned(gazetteer, caplog, text):
    from geo import analyze

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        analyze(text, gazetteer=gazetteer)
    # "reads as a place ..." or, for a region the index lacks, "reads as a first-level region"
    return [r.args[0] for r in caplog.records if "reads as a " in r.getMessage()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three clinics in Kobwelandu were looted overnight.", "Kobwelandu"),
        ("Gunmen attacked the market at Tindoubara on Sunday.", "Tindoubara"),
        ("In Mbakorosso, residents fled to the hills.", "Mbakorosso"),
        ("Clashes spread on Monday to Nyamwisi territory, aid workers said.", "Nyamwisi"),
    ],
)
def test_an_unknown_village_after_a_cue_is_warned_about(gazetteer, caplog, text, name):
    assert warned(gazetteer, caplog, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The decree was signed in Zelensky's office on Monday.",
        "The report appeared in Kyiv Independent columns.",
        "Engineers met at Google headquarters.",
        "Troops pushed deeper into Russian territory and held Ukrainian territory.",
        "Shelling hit homes in Kharkiv and at Izium.",
    ],
)
def test_no_warning_for_bodies_people_and_known_places(gazetteer, caplog, text):
    assert warned(gazetteer, caplog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers held the post of Dambakoro, near the border with Burkina Faso.",
        "Refugees reached Kolobanyi, on the border with Niger, on foot.",
    ],
)
def test_a_name_put_at_a_border_after_a_comma_is_warned_about(gazetteer, caplog, text):
    assert warned(gazetteer, caplog, text) == [text.split(",")[0].split()[-1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy fighting is reported around Babanusa in East Kordofan.", "East Kordofan"),
        ("Thousands fled El Fula in East Kordofan on Sunday, the UN said.", "East Kordofan"),
    ],
)
def test_a_toponym_left_without_a_place_is_warned_about_by_its_own_words(
    gazetteer, caplog, text, name
):
    """The warning quotes the mention as the analysis gives it, compass word and all
    (not "Kordofan" for the toponym "East Kordofan", a region the index lacks)."""
    from geo import analyze

    unplaced = [t.text for t in analyze(text, gazetteer=gazetteer).toponyms if t.place is None]
    assert unplaced == [name]
    assert warned(gazetteer, caplog, text) == [name]
