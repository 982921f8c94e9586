"""A region's adjective the gazetteer carries as the region's short name ("Flemish",
"Walloon": geo.text.lexicon.demonyms) is no place before its noun or as a language; a
month that is a given name between a given name and a surname ("Georgia May Jagger":
geo.text.middle_names) makes the three words a person's name. Texts written for these
tests."""

from __future__ import annotations

import pytest

from geo.text.middle_names import month_middle_name
from geo.text.tokens import _Tokens


def _middle(text: str, k: int) -> bool:
    tokens = _Tokens(text)
    return month_middle_name(text, tokens.at, k, len(tokens.words))


def test_a_month_between_a_given_name_and_a_surname_is_a_middle_name():
    assert _middle("Georgia May Jagger walked in Milan.", 1)
    assert _middle("Jordan June Smith spoke in Amman.", 1)
    assert not _middle("In Georgia May 2024 was warm.", 2)  # a date
    assert not _middle("Georgia may join NATO.", 1)  # the verb
    assert not _middle("GEORGIA MAY JAGGER WALKED.", 1)  # all capitals
    assert not _middle("Georgia signed. May Jagger left.", 3)  # opens a sentence


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Flemish government approved the budget.", []),
        ("He speaks Flemish and French.", []),
        ("Walloon leaders met in Namur.", ["Namur"]),
        ("Flanders and Wallonia disagree.", ["Flanders", "Wallonia"]),
        ("He lives in the Flemish Region.", ["Flemish Region"]),
        ("Georgia May Jagger walked the runway in Milan.", ["Milan"]),
        ("Georgia may join NATO, officials in Tbilisi said.", ["Georgia", "Tbilisi"]),
    ],
)
def test_regional_adjectives_and_month_middle_names(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    assert [t.text for t in geoparse(text, gazetteer)] == expected
