"""Claims kinds the round-16 tester found: places taken for speakers, denials that leak
onto other claims, bullets and governors' posts.  Texts are written for these tests."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _claims(text, date=None):
    return analyze(text, date=date).claims


def _by_text(text, date=None):
    return {c.text: c for c in _claims(text, date)}


# -- 1. places are no speakers ---------------------------------------------------------


@pytest.mark.parametrize(
    "site",
    ["the nearby Ras Isa fuel terminal", "the Abu Ghraib prison", "the Umm Qasr port"],
)
def test_a_site_named_like_a_person_is_not_what_he_refers_to(site):
    text = (
        f"Airstrikes hit {site} overnight, state television reported. "
        "He claimed 30 fighters were killed."
    )
    last = _claims(text)[-1]
    assert last.source is None or ("Isa" not in last.source and "Ghraib" not in last.source)
    assert last.source != "Umm Qasr"


def test_he_goes_back_to_an_official_tied_to_a_described_body():
    text = (
        "Fighting flared south of Marib, a military official loyal to the internationally "
        "recognised government said. He claimed 30 Houthi fighters were killed."
    )
    first, second = _claims(text)
    want = "a military official loyal to the internationally recognised government"
    assert first.source == want
    assert second.source == want


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Militants stormed a camp for displaced people in Bama, abducting women who had "
            "gone to fetch firewood, said Babagana Zulum, the Borno state governor.",
            "Babagana Zulum",
        ),
        (
            "Russian troops shelled a school in Kupiansk, killing two teachers, said Oleh "
            "Syniehubov.",
            "Oleh Syniehubov",
        ),
    ],
)
def test_a_name_closing_the_sentence_speaks_not_the_place_before_a_participle(text, source):
    (claim,) = _claims(text)
    assert claim.source == source


def test_a_name_after_the_cue_that_goes_on_into_a_clause_is_what_is_said():
    (claim,) = _claims("Zelensky, speaking in Kyiv, said Putin had lied about the talks.")
    assert claim.source == "Zelensky"


def test_a_state_governor_named_after_the_cue_takes_the_states_side():
    text = (
        "Militants stormed a camp in Bama, abducting women, said Babagana Zulum, the Borno "
        'state governor. "We will not abandon our people," Zulum said.'
    )
    assert [(c.source, c.side) for c in _claims(text)] == [
        ("Babagana Zulum", "NG"),
        ("Babagana Zulum", "NG"),
    ]
