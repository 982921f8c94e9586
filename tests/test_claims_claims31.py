"""Session 31 (claims31): a confirmation still under way confirms nothing; "the fleet"
speaks."""

import pytest

pytestmark = pytest.mark.gazetteer


def _analysis(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer)


def _of(claims, words):
    return next(c for c in claims if words in c.text)


def test_figures_still_being_corroborated_are_not_confirmed(gazetteer):
    claims = _analysis(
        gazetteer,
        "At least 232 civilians were killed in Ukraine in July, the U.N. monitoring mission "
        "said, adding that the real figures were likely higher because reports from some "
        "areas were still being corroborated.",
    ).claims
    assert _of(claims, "232 civilians").status == "asserted"


def test_the_fleet_is_a_speaker(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia's Black Sea Fleet said it had repelled an attack by five naval drones on "
        "Sevastopol overnight. The fleet later confirmed that one of the drones had damaged "
        "a pier.",
    ).claims
    pier = _of(claims, "damaged a pier")
    assert pier.source == "the fleet" and pier.side == "RU"
