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


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Prime Minister Donald Tusk said the drones had entered from Belarus.", "PL"),
        ("Prime Minister Andrew Holness said the hurricane destroyed homes.", "JM"),
        ("President Donald Trump said the talks went well.", "US"),
    ],
)
def test_a_leader_named_without_the_country_speaks_for_it(mini_gazetteer, sentence, side):
    (claim,) = geo.analyze(sentence, gazetteer=mini_gazetteer).claims
    assert claim.side == side
