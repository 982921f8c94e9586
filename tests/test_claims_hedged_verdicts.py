"""An analyst's hedged verdict on a claim ("ISW assesses that this claim is likely
exaggerated") disputes it, and a verdict whose speaker comes after its words ("These
claims are false, ISW said.") keeps those words as the status cue, which decides
denied against disputed.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer

_CLAIM = (
    "Russian sources claimed on November 28 that Russian forces advanced west of "
    "Kostiantynivka. "
)


def statuses(gazetteer, answer):
    from geo import analyze

    claims = analyze(_CLAIM + answer, gazetteer=gazetteer, date=dt.date(2026, 11, 29)).claims
    first = next(c for c in claims if c.source == "Russian sources")
    return first.status, first.status_cue


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("ISW assesses that this claim is likely exaggerated.", "disputed"),
        ("ISW assesses that the claim is probably inaccurate.", "disputed"),
        ("Analysts said the figures were grossly inflated.", "disputed"),
        ("ISW assesses that this claim is false.", "denied"),
        ("These claims are false, ISW said.", "denied"),
        ("These claims are almost certainly false, ISW said.", "denied"),
        ("The figures were inflated, the Ukrainian General Staff said.", "disputed"),
    ],
)
def test_a_hedged_or_inverted_verdict_answers_the_claim(gazetteer, answer, status):
    got, cue = statuses(gazetteer, answer)
    assert got == status
    assert cue not in ("", "disputed", "denied")  # the answering words, not a placeholder


def test_a_hedge_on_another_matter_answers_nothing(gazetteer):
    got, _ = statuses(gazetteer, "ISW assesses that Russian forces will likely attack Kupiansk.")
    assert got == "asserted"
