"""Joint speakers named as a list ending with "the ..." and "One of them, a marine, told
... 'We ...,' he said" (the unnamed person the next "he" refers to)."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("In a joint statement, the governments of France, Germany, Poland and the United "
         "Kingdom said the strikes on Kyiv were a war crime.",
         "the governments of France, Germany, Poland and the United Kingdom"),
        ("In a joint statement, the foreign ministries of the United Arab Emirates, Türkiye and "
         "Qatar said the exchange was a success.",
         "the foreign ministries of the United Arab Emirates, Türkiye and Qatar"),
        ("France, Germany and the United Kingdom said the strikes on Kyiv were a war crime.",
         "France, Germany and the United Kingdom"),
    ],
)
def test_a_list_of_governments_speaks_together(gazetteer, sentence, source):
    claims = geo.analyze(sentence, gazetteer=gazetteer).claims
    assert [(c.source, c.side) for c in claims] == [(source, None)]


def test_he_is_the_unnamed_one_of_them(mini_gazetteer):
    text = ("The Coordination Headquarters said 185 prisoners came home. One of them, a marine "
            "from Mykolaiv, told reporters he had been held in Taganrog. \"They beat us every "
            "day,\" he said.")
    claims = geo.analyze(text, gazetteer=mini_gazetteer).claims
    assert [c.source for c in claims][-2:] == ["One of them", "One of them"]
