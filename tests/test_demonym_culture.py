"""Where demonyms count as mentions of their country ("Russian forces"), a demonym that
names a language, a culture's things or a breed ("Irish heritage", "English language
learners", "an English cocker spaniel") or half of a hyphenated identity
("African-American") is no mention; "Israeli-Egyptian peace" still names two countries.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _demonyms(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer, demonyms=True)]


@pytest.mark.parametrize(
    "text",
    [
        "The town celebrates its Irish heritage every March.",
        "Schools hired tutors for English language learners.",
        "Her English cocker spaniel took best in breed.",
        "Parents chose a French immersion program for their sons.",
        "The bus reaches the Holy Cross French Immersion School at nine.",  # in a name
        "The band played Irish songs until midnight at the pub.",
        "Two Mexican restaurants reopened downtown.",
        "The African-American Affairs Commission met on Tuesday.",
        "Irish-Americans marched down the avenue.",
        "She speaks fluent French at work.",
        "He spent a year teaching English to children.",
        "The gunman shouted in Turkish, witnesses said.",
    ],
)
def test_a_demonym_of_culture_or_identity_is_no_mention(gazetteer, text):
    assert _demonyms(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Russian army shelled the port.", ["Russian"]),
        ("They marked the anniversary of Israeli-Egyptian peace.", ["Israeli", "Egyptian"]),
        ("Palestinian officials met Irish diplomats.", ["Palestinian", "Irish"]),
        ("Shelling hit villages in Russian-held areas.", ["Russian"]),
    ],
)
def test_a_demonym_of_a_country_acting_stays(gazetteer, text, names):
    assert _demonyms(gazetteer, text) == names
