"""Armed groups on a side that are no body of its state: the partisan movement Atesh and
the Russian citizens' units under Ukraine's command speak for Ukraine's side (each its
own party); Chechnya's Akhmat units for Russia's. Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from geo import analyze


@pytest.mark.parametrize(
    ("text", "side", "party"),
    [
        ("The Atesh partisan movement claimed that its members set fire to a relay cabinet "
         "on the railway near Melitopol.", "UA", "Atesh"),
        ("The Freedom of Russia Legion said its fighters entered the village of Tyotkino in "
         "Russia's Kursk region.", "UA", "Freedom of Russia Legion"),
        ("The Russian Volunteer Corps claimed it had captured a border post in the Belgorod "
         "region.", "UA", "Russian Volunteer Corps"),
        ("Akhmat commander Apti Alaudinov said his unit repelled an attack near Sudzha.",
         "RU", "Russia"),
    ],
)
def test_aligned_groups_take_their_side(text, side, party):
    (claim,) = analyze(text).claims
    assert (claim.side, claim.party) == (side, party)


def test_a_russian_word_in_a_ukrainian_aligned_unit_gives_no_russian_side():
    (claim,) = analyze(
        "Fighters of the Russian Volunteer Corps said they had destroyed two tanks."
    ).claims
    assert claim.side == "UA"
