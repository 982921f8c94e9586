"""A party's name before a word of politics is no place (geo.text.party_words).

Every text here is written for these tests.
"""

import geo


def _names(text, gazetteer):
    return [t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms]


def test_a_party_before_a_word_of_politics(gazetteer):
    text = "The inquiry was ordered by the provincial Liberal government in May."
    assert _names(text, gazetteer) == []
    assert _names("A former Liberal cabinet minister will chair it.", gazetteer) == []
    assert _names("Voters backed the Reform candidate in the by-election.", gazetteer) == []


def test_the_town_keeps_its_name_where_placed(gazetteer):
    text = "The crash happened near Liberal, Kansas, on a county road."
    assert _names(text, gazetteer) == ["Liberal", "Kansas"]
