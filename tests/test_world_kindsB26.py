"""Session 26's second round beyond Ukraine (eval/frontline/330-333, with 325 and 328):
a hamlet abroad that only an alternate name or a close spelling ties to a name is not
the town of the region its paragraph states; the name is estimated in that region
(geo.text.paragraph_regions); so is a small town, the only place the text reads in a
country it never names ("SDF positions in Busayra and Hajin", in Deir ez-Zor province:
not Jordan's Busayra).
"""

from __future__ import annotations

import pytest


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Air raids hit villages in South Sudan's Upper Nile state, and cholera spread in "
            "Malakal.\n\nGovernment aircraft bombed areas around Nasir, the UN said.",
            "Nasir",
            "SS",
        ),
        (
            "Floods cut roads in Unity.\n\nIn Upper Nile, the commissioner of Nasir said "
            "troops had retaken the barracks, and boats from Malakal were held up. South "
            "Sudan's army did not comment.",
            "Nasir",
            "SS",
        ),
        (
            # a brief of two countries: Yemen's Mawza', "Muse" by another name, is read
            "In northern Shan state, Myanmar's army has held Lashio since April. Trade "
            "through Muse, the main crossing, resumed last month.\n\nIn Yemen, the "
            "Houthis shelled Taiz and Mocha.",
            "Muse",
            "MM",
        ),
    ],
)
def test_a_hamlet_abroad_by_another_name_is_no_town_of_the_stated_region(
    gazetteer, text, name, country
):
    t = _found(gazetteer, text)[name]
    assert t.place is not None
    assert t.place.country_code == country
    assert t.estimated


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # the stated country holds it: "U.S. strikes" state no American region
        "Yemen\n\nThe ministry in Sanaa said U.S. strikes on the ports of Hodeidah and "
        "Salif had killed 14 people.",
        # no region stated before it in any paragraph
        "Strikes hit Hodeidah and Salif, the Houthis said.",
    ],
)
def test_a_weak_reading_in_the_stated_country_or_unstated_stays(gazetteer, text):
    t = _found(gazetteer, text)["Salif"]
    assert t.place is not None and t.place.country_code == "YE"


@pytest.mark.gazetteer
def test_a_town_of_a_thousand_abroad_is_no_hamlet(gazetteer):
    # Kosti, 345,068 people, is a Sudanese town by its own name: a paragraph of South
    # Sudan's Upper Nile does not move it.
    text = (
        "Fighting spread in South Sudan's Upper Nile state near Malakal.\n\nBarges from "
        "Kosti, in Sudan, were held up."
    )
    assert _found(gazetteer, text)["Kosti"].place.country_code == "SD"


@pytest.mark.gazetteer
def test_a_small_town_alone_in_an_unnamed_country_is_no_town_of_the_stated_region(gazetteer):
    text = (
        "In Syria, the SDF holds Raqqa.\n\nIn Deir ez-Zor province, tribal fighters "
        "attacked SDF positions in Busayra and Hajin, on the Euphrates."
    )
    t = _found(gazetteer, text)["Busayra"]
    assert t.place is not None and t.place.country_code == "SY" and t.estimated


@pytest.mark.gazetteer
def test_a_small_town_in_a_country_the_text_names_stays(gazetteer):
    text = (
        "In Syria, the SDF holds Raqqa.\n\nIn Deir ez-Zor province, tribal fighters "
        "attacked SDF positions in Hajin, and Jordan closed its border at Busayra."
    )
    assert _found(gazetteer, text)["Busayra"].place.country_code == "JO"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("word", "everyday"),
    [("Landing", True), ("Cathedral", True), ("Rosa", True), ("Muse", False), ("Nasir", False)],
)
def test_an_everyday_word_or_given_name_is_left_to_the_everyday_rule(gazetteer, word, everyday):
    # "Holland Landing" in a story of Ontario: "Landing" is no hamlet to estimate there
    from geo.text.paragraph_regions import _everyday

    assert _everyday(gazetteer, word) is everyday


@pytest.mark.gazetteer
def test_a_partner_of_a_name_estimated_in_a_region_is_estimated_there(gazetteer):
    # Nasir is estimated in Upper Nile (its only record a Khartoum suburb), and Ulang,
    # which the gazetteer lacks, is "near Nasir and Ulang": in Upper Nile too
    text = (
        "Fighting displaced thousands around Nasir in Upper Nile state, South Sudan, near "
        "Malakal.\n\nAircraft bombed villages near Nasir and Ulang, the UN said."
    )
    t = _found(gazetteer, text)["Ulang"]
    assert t.place is not None and t.place.country_code == "SS" and t.estimated
