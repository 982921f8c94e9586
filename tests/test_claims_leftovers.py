"""Claims kinds left over: a past-tense denial of a kind of act answers only a claim
that accuses the denier; a clause after ", while ..., according to X"; a later
contradiction reaching back past a claim of the same speaker; a body's name opening a
sentence.

Every text here is written for these tests.
"""

import pytest

from geo.text.claims.same_places import generic_denial

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return [(c.source, c.status) for c in analyze(text, gazetteer=gazetteer).claims]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Russia denied targeting civilians.", True),
        ("Moscow denied attacking civilian infrastructure and said it hit a depot.", True),
        ("The army rejected shelling residential areas, saying it fired at positions.", True),
        ("Russia denied striking the market.", False),
        ("Russia denied shelling Kharkiv.", False),
        ("Russia denied targeting civilians in the city.", False),
        ("Russia denied any role.", False),
        ("Russia denied reports of the strike.", False),
        ("Russia denied firing 12 missiles.", False),
    ],
)
def test_generic_denial(text, generic):
    verb = "rejected" if "rejected" in text else "denied"
    at = text.index(verb)
    assert generic_denial(text, at, at + len(verb)) is generic


@pytest.mark.parametrize(
    "first",
    [
        "A missile struck Kharkiv on Monday, killing two people, Mayor Ihor Terekhov said.",
        "Two people were killed when a drone hit a bus in Kherson, the regional "
        "administration said.",
    ],
)
@pytest.mark.parametrize(
    "denial",
    [
        "Russia denied targeting civilians.",
        "Moscow denied attacking civilian infrastructure.",
        "Russia's Defence Ministry denied targeting residential areas.",
    ],
)
def test_a_generic_denial_after_an_unaccusing_claim_is_a_standing_position(
    gazetteer, first, denial
):
    found = claims(gazetteer, f"{first} {denial}")
    assert found[0][1] == "asserted"
    assert len(found) == 2 and found[1][1] == "denied"


@pytest.mark.parametrize(
    "text",
    [
        # the claim names the denier's side as the one who struck
        "Mayor Ihor Terekhov said a Russian missile struck Kharkiv on Monday, killing two "
        "people. Russia denied targeting civilians.",
        # the claim names the denier
        "Activists said RSF shelling killed 14 people in Babanusa. The RSF denied targeting "
        "civilians.",
        # the denial names the strike
        "A missile struck Kharkiv on Monday, killing two people, Mayor Ihor Terekhov said. "
        "Russia denied striking the market.",
        "A missile struck Kharkiv on Monday, killing two people, Mayor Ihor Terekhov said. "
        "Russia denied shelling Kharkiv.",
    ],
)
def test_a_denial_of_the_accused_or_of_the_strike_answers(gazetteer, text):
    assert claims(gazetteer, text)[0][1] == "denied"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The port authority said shipping had not been disrupted, while insurance "
            "premiums had risen again, according to two industry sources.",
            ("two industry sources", "insurance premiums had risen again"),
        ),
        (
            "Officials said two people were killed in Sumy, whereas the regional hospital was "
            "damaged, according to the governor.",
            ("the governor", "the regional hospital was damaged"),
        ),
        (
            "The army said it had repelled an attack near Bakhmut, but Russian forces had "
            "taken two villages, the Russian Defence Ministry said.",
            ("the Russian Defence Ministry", "Russian forces had taken two villages"),
        ),
    ],
)
def test_a_clause_said_by_a_speaker_after_it_is_split_off(gazetteer, text, second):
    from geo import analyze

    first, last = analyze(text, gazetteer=gazetteer).claims
    assert ", " not in first.text.rstrip(",")
    assert last.source == second[0] and last.text.startswith(second[1])


def test_a_speaker_after_a_single_claim_keeps_it_whole(gazetteer):
    from geo import analyze

    text = "The governor said two people were killed in Sumy, according to a statement."
    (claim,) = analyze(text, gazetteer=gazetteer).claims
    assert claim.source == "the governor" and claim.text.startswith("The governor said")


@pytest.mark.parametrize(
    "between",
    [
        "The shipping agency UKMTO said a vessel had reported an explosion nearby.",
        "The navy said a frigate had reported a missile landing a mile away. Officials said "
        "the crew was safe.",
    ],
)
def test_a_miss_reaches_back_to_the_claim_of_a_hit(gazetteer, between):
    from geo import analyze

    text = (
        "The Houthis said on Friday that they had fired a ballistic missile at a cargo "
        f"ship in the Red Sea, scoring a direct hit. {between} A U.S. official said the "
        "missile had missed."
    )
    found = analyze(text, gazetteer=gazetteer).claims
    assert found[0].status == "disputed" and "had missed" in found[0].status_cue
    assert found[-1].responds_to == 0
    assert all(c.status == "asserted" for c in found[1:])


def test_a_miss_far_from_the_hit_answers_nothing(gazetteer):
    from geo import analyze

    text = (
        "The Houthis said they had fired a missile at a cargo ship, scoring a direct hit. "
        "Officials said the port was open. Traders said prices rose. Analysts said "
        "insurance costs climbed. Farmers said the harvest was late. A U.S. official said "
        "the missile had missed."
    )
    found = analyze(text, gazetteer=gazetteer).claims
    assert found[0].status == "asserted" and found[-1].responds_to is None


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("Defence Intelligence said", "Defence Intelligence"),
        ("Defence Ministry said", "Defence Ministry"),
        ("Military Intelligence said", "Military Intelligence"),
        ("Defence officials said", "defence officials"),
        ("Two Russian officials said", "two Russian officials"),
        ("Senior Hamas officials said", "senior Hamas officials"),
        ("Officials in Kherson said", "officials in Kherson"),
    ],
)
def test_a_body_name_opening_a_sentence_keeps_its_capital(gazetteer, opening, source):
    from geo import analyze

    text = f"A drone hit a fuel depot on Sunday. {opening} the depot burned for hours."
    assert analyze(text, gazetteer=gazetteer).claims[-1].source == source
