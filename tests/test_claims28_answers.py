"""Session 28 (claims28): a harmless fall answers a claim of a hit; a speaker of no known
side who calls the other side's claims "fantasies" or "lies" denies them."""

import pytest

pytestmark = pytest.mark.gazetteer


def _claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


def _of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "answer",
    [
        "The Israeli military said the missile fell in an empty field and no soldiers were hurt.",
        "The Israeli military said two missiles had been launched from Lebanon and fell in an "
        "open area, causing no damage.",
    ],
)
def test_a_harmless_fall_disputes_a_claimed_hit(gazetteer, answer):
    claims = _claims(
        gazetteer,
        "Hezbollah said its fighters had fired a guided missile at an Israeli position near "
        "Metula, hitting a fortified command post. " + answer,
    )
    assert _of(claims, "hitting a fortified").status == "disputed"


def test_a_harmless_fall_leaves_a_claim_of_firing_alone(gazetteer):
    claims = _claims(
        gazetteer,
        "Hezbollah said it had fired rockets at an Israeli army position near Metula. The "
        "Israeli military said three projectiles fell in open areas, causing no injuries.",
    )
    assert _of(claims, "fired rockets").status == "asserted"


@pytest.mark.parametrize(
    "denial, statuses",
    [
        # "is ours" contradicts the claim just before it already
        (
            '"These are the enemy\'s usual fantasies. The village is ours," said Oleksandr '
            "Shtupun.",
            ("denied", "disputed"),
        ),
        ('"The occupiers\' lies again," Oleksandr Shtupun said.', ("denied",)),
        ('"These are the enemy\'s usual fantasies," Oleksandr Shtupun said.', ("denied",)),
    ],
)
def test_a_speaker_of_no_known_side_denies_the_enemys_claims(gazetteer, denial, statuses):
    claims = _claims(
        gazetteer,
        "Russia's defence ministry said on Tuesday that its forces had taken control of the "
        "village of Mala Tokmachka in Zaporizhzhia region. " + denial,
    )
    assert _of(claims, "Mala Tokmachka").status in statuses


def test_a_speaker_of_no_known_side_naming_a_country_denies_nothing(gazetteer):
    claims = _claims(
        gazetteer,
        "Russia's defence ministry said its forces had taken control of the village of Mala "
        "Tokmachka in Zaporizhzhia region. Oleksandr Shtupun said Ukrainian claims were "
        "common on television.",
    )
    assert _of(claims, "Mala Tokmachka").status == "asserted"


def test_footage_that_does_not_support_a_claim_disputes_it(gazetteer):
    claims = _claims(
        gazetteer,
        "Russian milbloggers claimed on May 8 that Russian forces seized Zvanivka entirely, but "
        "the footage does not support claims of full control.",
    )
    assert _of(claims, "seized Zvanivka").status == "disputed"


def test_a_claim_that_footage_supports_is_not_disputed(gazetteer):
    claims = _claims(
        gazetteer,
        "Russian milbloggers claimed on May 8 that Russian forces seized Zvanivka, and the "
        "footage supports claims of their advance.",
    )
    assert _of(claims, "seized Zvanivka").status != "disputed"
