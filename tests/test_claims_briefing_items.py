"""Session 26 (claimsB26): a briefing's bullets are items of their own; milbloggers'
sides; an outlet's confirmation; border guards; volunteer networks; a denial of content
answering the claim it matches."""

from __future__ import annotations

import pytest

import geo


def _by_source(text, gazetteer):
    return {c.source: c for c in geo.analyze(text, gazetteer=gazetteer).claims}


@pytest.mark.parametrize(
    ("first", "second", "caveat"),
    [
        ("- Russian drones hit port infrastructure in Odesa overnight, injuring four people, "
         "the regional governor, Oleh Kiper, said on Telegram.",
         "- Ukraine's military said its troops had pushed Russian forces out of parts of "
         "Kupiansk.", "The claims could not be independently verified."),
        ("• The mayor of Kharkiv, Ihor Terekhov, said a guided bomb had damaged a school.",
         "• Russia's defence ministry said its forces had captured two villages near Lyman.",
         "Reuters could not verify the reports."),
        ("1) The governor of Belgorod, Vyacheslav Gladkov, said a drone had hit a car in "
         "Shebekino.", "2) Ukraine's general staff said its forces repelled 40 assaults near "
         "Pokrovsk.", "None of these accounts could be independently verified."),
    ],
)
def test_a_caveat_inside_a_bullet_stays_in_its_bullet(gazetteer, first, second, caveat):
    text = f"Key developments:\n{first}\n{second} {caveat}\n"
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    statuses = [c.status for c in claims if c.source]
    assert statuses[0] == "asserted"
    assert statuses[-1] == "unverified"


def test_a_caveat_after_two_claims_of_one_paragraph_still_reaches_both(gazetteer):
    text = ("The governor said a drone had hit a car in Shebekino. Ukraine's general staff "
            "said its forces repelled 40 assaults near Pokrovsk. The claims could not be "
            "independently verified.")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims] == ["unverified", "unverified"]
