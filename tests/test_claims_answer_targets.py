"""What a denial, a caveat or a no comment is about: the claim it answers, not another.

A unit named with its ordinal ("Ukraine's 2nd Corps") speaks as a whole; a denial
in the perfect of an act in the claim's country answers it; a caveat over "either
side's accounts" reaches both sides' claims; a no comment by a party the claim
does not name leaves it alone.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    ("joint", "denier", "side"),
    [
        ("; ", "Ukraine's 2nd Corps", "UA"),
        (". ", "Ukraine's 2nd Corps", "UA"),
        ("; ", "Ukraine's 3rd Separate Assault Brigade", "UA"),
        (". ", "Russia's 20th Guards Army", "RU"),
    ],
)
def test_a_unit_named_by_its_ordinal_denies_the_claim_before(gazetteer, joint, denier, side):
    other = "Ukrainian" if side == "RU" else "Russian"
    claimant = f"the {other} defence ministry"
    text = (
        f"{other} forces have entered Kupiansk, {claimant} claimed{joint}"
        f"{denier} said the claim was not true."
    )
    first, answer = analyze(gazetteer, text)
    assert first.status == "denied"
    assert answer.source == denier
    assert answer.side == side
    assert answer.responds_to == 0


def test_a_unit_without_a_country_keeps_its_ordinal(gazetteer):
    text = "Russia said it had taken Siversk. The 47th Mechanized Brigade said the claim was false."
    first, answer = analyze(gazetteer, text)
    assert answer.source == "the 47th Mechanized Brigade"
    assert first.status == "denied"


@pytest.mark.parametrize(
    ("claim", "denial"),
    [
        (
            "Moldova says fragments of a Russian drone fell near Ceadîr-Lunga, in Gagauzia.",
            "Moscow has denied sending drones into Moldovan airspace.",
        ),
        (
            "Poland's army said a Russian drone crashed in a field near Przewodów.",
            "Moscow has denied flying drones over Poland.",
        ),
        (
            "Ukraine's air force said Russian missiles struck an energy plant near Burshtyn.",
            "Moscow has denied striking the plant near Burshtyn, calling it a provocation.",
        ),
    ],
)
def test_a_perfect_denial_of_an_act_in_the_claims_country_answers_it(gazetteer, claim, denial):
    first, answer = analyze(gazetteer, f"{claim} {denial}")
    assert first.status == "denied"
    assert answer.source == "Moscow"
    assert answer.responds_to == 0


@pytest.mark.parametrize(
    "denial",
    [
        "Moscow has repeatedly denied sending drones into Moldovan airspace.",  # a habit
        "Moscow has denied targeting civilians.",  # a kind of act, nowhere
        "Moscow has denied sending troops to Africa.",  # somewhere else
    ],
)
def test_a_standing_denial_in_the_perfect_answers_nothing(gazetteer, denial):
    claim = "Moldova says fragments of a Russian drone fell near Ceadîr-Lunga, in Gagauzia."
    first, answer = analyze(gazetteer, f"{claim} {denial}")
    assert first.status == "asserted"
    assert answer.responds_to is None
