"""Claims round 25, second helper: kinds the first left (evidence confirming the claim it
matches, a headline answered in itself, "confirmed ..., but said ...", a headline's bare
army, lengths of events, a range's scale word said once).

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.numbers import find_quantities

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 5, 3)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        (
            "The RSF said its fighters had overrun the army garrison in Babanusa on Sunday.\n\n"
            "Sudan's army said its jets had bombed RSF supply lines west of El Obeid.\n\n"
            "Satellite images taken on Monday confirmed that RSF fighters were inside the "
            "Babanusa garrison.",
            "overrun the army garrison",
        ),
        (
            "JNIM said it had captured a military outpost at Djibo and seized weapons.\n\n"
            "Burkina Faso's army said its drones had destroyed two insurgent camps near "
            "Arbinda.\n\nGeolocated footage confirmed that JNIM fighters had raised their flag "
            "over the Djibo outpost.",
            "captured a military outpost",
        ),
        (
            "Houthi forces said they had seized the village of Al-Jabal after heavy fighting.\n\n"
            "The Saudi-led coalition said its aircraft had struck weapons depots near Marib.\n\n"
            "Satellite imagery from Maxar confirmed that Houthi fighters had dug trenches around "
            "Al-Jabal.",
            "seized the village",
        ),
    ],
)
def test_evidence_confirms_the_claim_whose_content_it_matches(gazetteer, text, confirmed):
    found = claims(gazetteer, text)
    target = holding(found, confirmed)
    assert found[-1].responds_to == found.index(target)
    assert target.status == "confirmed"


def test_evidence_set_against_the_claim_before_stays_with_it(gazetteer):
    text = (
        "Kyiv said its drones had hit an oil depot in Bryansk.\n\n"
        "Russia's defence ministry said all 20 drones launched at the Bryansk region were "
        "shot down.\n\nBut footage verified by the BBC shows flames rising from two tanks at "
        "the depot."
    )
    found = claims(gazetteer, text)
    assert found[-1].responds_to == 1


@pytest.mark.parametrize(
    "text",
    [
        "Houthis say they hit British tanker; Royal Navy says both drones shot down\n\n"
        "SANAA (Reuters) - Yemen's Houthis said on Monday they had hit a British oil tanker in "
        "the Gulf of Aden.",
        "Russia says it struck Kyiv energy plant; Ukraine says all missiles downed\n\n"
        "KYIV (AP) - Russia's defence ministry said it had struck an energy plant near Kyiv.",
        "Hezbollah says it attacked Israeli base; army says all rockets intercepted.\n\n"
        "BEIRUT (AFP) - Hezbollah said it had attacked an Israeli army base near Safed.",
    ],
)
def test_a_headline_interception_without_an_auxiliary_answers_the_hit(gazetteer, text):
    first, second = claims(gazetteer, text)[:2]
    assert first.status == "disputed"
    assert second.responds_to == 0


def test_projectiles_downed_by_someone_are_no_headline_answer(gazetteer):
    text = (
        "Russia says it struck Kyiv energy plant; drones intercepted by Poland\n\n"
        "KYIV (AP) - Russia's defence ministry said it had struck an energy plant near Kyiv."
    )
    assert claims(gazetteer, text)[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The Pentagon confirmed it had carried out a drone strike near Jilib, but said no "
            "civilians had been harmed.",
            "no civilians had been harmed",
        ),
        (
            "Russia's defence ministry acknowledged that a patrol boat had been damaged off "
            "Sevastopol but insisted the crew had returned to port.",
            "the crew had returned to port",
        ),
        (
            "The ministry admitted its forces had withdrawn from the village, but added that "
            "fighting continued on the outskirts.",
            "fighting continued on the outskirts",
        ),
    ],
)
def test_a_statement_after_a_confirmation_is_a_claim_of_its_own(gazetteer, text, second):
    first, other = claims(gazetteer, text)
    assert second not in first.text and second in other.text
    assert first.source == other.source


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had struck an airfield near Saky; Russian officials confirmed the strike "
        "but said no aircraft were lost.",  # a bare confirmation answers the claim before
        "The army confirmed that rebels had said they would withdraw from the town.",
    ],
)
def test_a_bare_confirmation_or_a_said_inside_it_is_not_cut(gazetteer, text):
    found = claims(gazetteer, text)
    assert not any(c.text.startswith("said") for c in found)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Israeli strike on Rafah house kills 6, medics say; army says it targeted militants"
            "\n\nGAZA (Reuters) - An Israeli air strike on a house in Rafah killed six people, "
            "Palestinian medics said. The Israeli military said it had targeted militants.",
            "IL",
        ),
        (
            "Thai shelling hits Cambodian border village, officials say; army says it returned "
            "fire\n\nPHNOM PENH (AP) - Thai artillery shells hit a village in Cambodia's Oddar "
            "Meanchey province, Cambodian officials said. Thailand's army said it had returned "
            "fire after its troops came under attack.",
            "TH",
        ),
        (
            "Rockets hit Kiryat Shmona, no injuries reported; army says launchers struck in "
            "Lebanon\n\nBEIRUT (AFP) - Rockets fired from southern Lebanon hit the Israeli town "
            "of Kiryat Shmona, Lebanese media said. The Israeli army said it had struck the "
            "launchers.",
            "IL",
        ),
    ],
)
def test_a_headlines_bare_army_is_the_one_the_story_ties_below(gazetteer, text, side):
    army = next(c for c in claims(gazetteer, text) if c.source == "army")
    assert army.side == side


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Police said they had retaken the market after a three-day operation, killing nine "
         "gang members.", [9]),
        ("The army said troops entered the town following a 48-hour siege and captured 12 "
         "fighters.", [12]),
        ("The governor said the blaze was put out during a six-hour effort by 40 "
         "firefighters.", [40]),
        ("The ministry said both sides had agreed to a three-day truce.", [3]),  # its length
    ],
)  # fmt: skip
def test_the_length_of_an_event_that_places_another_is_no_count(gazetteer, text, values):
    (c,) = claims(gazetteer, text)
    assert [q.value for q in c.quantities] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between two and three hundred people had fled", [200, 300]),
        ("two to three thousand soldiers were massed", [2000, 3000]),
        ("between five and six hundred homes were damaged", [500, 600]),
        ("4-5 million dollars in aid", [4_000_000, 5_000_000]),
        ("between 2 and 300 people were evacuated", [2, 300]),  # its own first number
        ("two and three hundred", [2, 300]),  # "and" makes a range only after "between"
    ],
)
def test_a_ranges_scale_word_said_once_spreads_back(text, values):
    assert [q.value for q in find_quantities(text)] == values
