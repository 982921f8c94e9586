"""A sentence's opening cue before a small Arabic article ("In al-Mughayyir, ...") is the
cue, not the head of a longer unknown name that would swallow the village."""

import pytest

from geo.text.opening_cues import opening_cue
from geo.text.tokens import _Tokens


def _cue_at(text, word):
    tokens = _Tokens(text)
    return opening_cue(tokens, tokens.words.index(word))


def test_in_before_a_capitalised_name_is_a_cue():
    assert _cue_at("Troops came. In Jenin, shops closed.", "In")


def test_in_before_a_small_article_joined_to_a_name_is_a_cue():
    assert _cue_at("Troops came. In al-Mughayyir, trees were cut.", "In")


def test_in_before_a_small_word_is_no_cue():
    assert not _cue_at("Troops came. In all, six died.", "In")


@pytest.mark.gazetteer
def test_the_village_after_the_cue_is_read(gazetteer):
    from geo.text.recognition import find_mentions

    text = "Settlers raided farms. In al-Mughayyir, the army bulldozed olive trees."
    assert [m.key for m in find_mentions(text, gazetteer)] == ["al mughayyir"]
