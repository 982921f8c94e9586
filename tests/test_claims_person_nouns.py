"""Everyday people close or open an attribution as officials do: "said one man", "her
neighbour said", "County commissioners said", "said a shipbroker in London"."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"We drove through fire on Lake Avenue," said one man.', "one man"),
        ('"We drove through fire," one man said.', "one man"),
        ('"The fleet is going around Denmark now," said a shipbroker in London.',
         "a shipbroker in London"),
        ("She had refused to leave the city in 2022, her neighbour said.", "her neighbour"),
        ("County commissioners said the sirens had been discussed for years.",
         "County commissioners"),
        ("Her son told reporters the house in Sumy was destroyed.", "Her son"),
        ("That official told Reuters that Sumy was hit.", "That official"),
    ],
)
def test_an_everyday_person_is_a_speaker(mini_gazetteer, sentence, source):
    claims = geo.analyze(sentence, gazetteer=mini_gazetteer).claims
    assert [c.source for c in claims] == [source]
