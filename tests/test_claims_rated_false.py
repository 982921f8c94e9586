"""A fact-checker that "rated the claim (as) false" denies the claim before it."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize(
    "verdict",
    ["Fact-checkers at StopFake rated the claim as false.", "PolitiFact rated the claim false."],
)
def test_a_rating_of_false_denies_the_claim(mini_gazetteer, verdict):
    text = ("A since-deleted post by a Russian military blogger claimed that Ukrainian troops "
            "had crossed the river near Kherson. " + verdict)
    (claim,) = [c for c in geo.analyze(text, gazetteer=mini_gazetteer).claims
                if c.source == "a Russian military blogger"]
    assert claim.status == "denied" and claim.status_cue == verdict.rstrip(".")
