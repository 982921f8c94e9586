"""Session 29 (claims29): a province one claim names holds a town the other names, so an
answer naming the province is about the town (the real gazetteer)."""

import pytest

pytestmark = pytest.mark.gazetteer


def _claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


def test_an_answer_naming_the_province_is_about_its_town(gazetteer):
    claims = _claims(
        gazetteer,
        "Ukraine's General Staff said its drones had struck an oil depot in Kursk. "
        '"This is fake news," said Alexander Khinshtein, the Kursk governor.',
    )
    assert claims[0].status == "denied"


def test_two_towns_of_one_province_stay_apart(gazetteer):
    claims = _claims(
        gazetteer,
        "Russia's Defence Ministry said its forces had captured Kupiansk. "
        "Ihor Terekhov, the Kharkiv mayor, said fighting continued in Vovchansk.",
    )
    assert claims[0].status == "asserted"


def test_a_claim_naming_its_town_and_province_is_not_about_another_town(gazetteer):
    claims = _claims(
        gazetteer,
        "Russian forces have captured the village of Novoivanivka in Zaporizhzhia region, "
        "Russia's Defence Ministry said. \"Our units continue to hold their lines near "
        'Huliaipole," a Ukrainian spokesman said.',
    )
    assert claims[0].status == "asserted"


def test_a_caveat_on_casualty_figures_reaches_the_ministrys_counts(gazetteer):
    claims = _claims(
        gazetteer,
        "According to the Ministry of Health in Gaza, 64 Palestinians were killed and 203 "
        "injured between 9 and 12 May.\n\nThe ministry also reported that 12 health workers "
        "were killed in Khan Younis.\n\nOCHA is not able to independently verify the casualty "
        "figures.",
    )
    assert [c.status for c in claims[:2]] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "Russian attacks killed five people over the past day, regional military "
            "administrations said on Telegram.",
            "UA",
        ),
        (
            "The Russian-installed regional military administration said Ukrainian shelling "
            "killed two people in Nova Kakhovka.",
            "RU",
        ),
    ],
)
def test_regional_military_administrations_are_ukraines(gazetteer, text, side):
    assert _claims(gazetteer, text)[0].side == side


def test_explosions_reported_at_a_place_are_a_claim(gazetteer):
    (c,) = _claims(
        gazetteer, "A series of explosions was reported overnight at the air base near Saky."
    )
    assert c.source is None


def test_explosions_reported_with_no_place_are_no_claim(gazetteer):
    assert not _claims(gazetteer, "Explosions were reported overnight.")


def test_an_answer_naming_towns_is_not_about_a_claim_naming_their_province_alone(gazetteer):
    claims = _claims(
        gazetteer,
        "Russian forces also attacked in Kursk Oblast near the international border. Russian "
        "milbloggers claimed that fighting continued near Tetkino and Glushkovo.",
    )
    assert claims[0].status == "asserted"


@pytest.mark.parametrize("text", [
    "Fighting was also reported near Borova and Lyptsi.",
    "Clashes were reported on the outskirts of Kupiansk overnight.",
])
def test_fighting_reported_at_a_place_is_a_claim(gazetteer, text):
    (c,) = _claims(gazetteer, text)
    assert c.source is None

