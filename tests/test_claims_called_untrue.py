"""A rebuttal that calls a claim untrue with an intensifier or in quotation marks
(", an account Kyiv called 'pure fiction'") answers it (testerB30's B19). Texts written
for these tests."""

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
