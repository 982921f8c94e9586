"""A second "that" clause of one cue is the same speaker's words: "X stated that ... but
that Ukrainian forces maintain control" is no claim of "that Ukrainian forces"."""

import pytest

from geo import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Trehubov stated that Russian groups are operating in Pokrovsk but that Ukrainian "
         "forces maintain control of the town.", "Trehubov"),
        ("Peskov said the talks would continue but that Moscow rejected the proposal.",
         "Peskov"),
        ("The mayor said power was back and that engineers maintain the grid round the clock.",
         "the mayor"),
    ],
)
def test_a_second_that_clause_keeps_its_speaker(text, speaker):
    claims = analyze(text).claims
    assert [c.source for c in claims] == [speaker]
    assert claims[0].end == len(text)


def test_a_new_subject_after_but_still_speaks():
    claims = analyze("Kyiv said the strike hit a depot, but Moscow said it missed.").claims
    assert [c.source for c in claims] == ["Kyiv", "Moscow"]
