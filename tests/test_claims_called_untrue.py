"""A rebuttal that calls a claim untrue with an intensifier or in quotation marks
(", an account Kyiv called 'pure fiction'") answers it (testerB30's B19); officials a
patron installed keep its side however many towns they serve (B16); "Residents of A and B
said": both towns are locations (B6). Texts written for
these tests."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize(
    "text",
    [
        'Russian military bloggers said Ukrainian troops had been encircled near Kupiansk, '
        'an account Kyiv called "pure fiction".',
        "The Russian Defence Ministry said it had taken Kamianka, a claim Ukraine's army "
        "called 'complete nonsense'.",
        "Pro-Russian channels said a brigade had surrendered near Siversk, which Kyiv called "
        "utter fabrication.",
    ],
)
def test_a_claim_called_untrue_with_an_intensifier_is_answered(text):
    claims = geo.analyze(text).claims
    assert claims and claims[0].status in ("denied", "disputed"), [
        (c.source, c.status) for c in claims
    ]


def test_a_claim_called_pure_and_simple_is_not_answered():
    text = "The governor said the strike on Sumy was pure terror, calling it a crime."
    claims = geo.analyze(text).claims
    assert claims and all(c.status == "asserted" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Russian-installed officials in Nova Kakhovka and Oleshky said Ukrainian drones "
        "struck Hola Prystan.",
        "Moscow-backed authorities in Melitopol and Berdiansk said power was cut overnight.",
    ],
)
def test_installed_officials_of_several_towns_keep_their_patrons_side(text):
    (claim,) = geo.analyze(text).claims
    assert claim.side == "RU"


def test_two_parties_joined_by_and_still_have_no_side():
    text = "Moscow and Kyiv accused each other of shelling the Zaporizhzhia plant."
    assert all(c.side is None for c in geo.analyze(text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Sderot and Ashkelon said rocket sirens sounded three times on Thursday.",
        "Mayors of Kiryat Shmona and Metula said the towns had been largely evacuated.",
    ],
)
def test_every_town_of_residents_of_a_list_is_where_the_claim_happens(text):
    a = geo.analyze(text)
    assert [t.metonymic for t in a.toponyms] == [False, False]
    assert a.claims[0].toponyms == (0, 1)
