"""The cheap tests that stand before a rule's pattern (speed) keep every match it had:
each is checked against the pattern alone on texts written to sit at its edges."""

import pytest

from geo.text.acronyms import defined_abbreviations
from geo.text.people import _KIN_BEFORE, _KIN_CHARS, kin_before


@pytest.mark.parametrize(
    ("before", "kin"),
    [
        ("his brother ", True),
        ("their sons ", True),
        ("his wife, ", True),
        ("her fiancée\t", True),
        ("the twins  ", True),
        ("his stepsons ", False),  # (the pattern knows "stepson" alone)
        ("his brother\n", False),  # a line break is no gap of the pattern's
        ("the brotherly ", False),
        ("a half-brother ", False),
        ("its baby-faced ", False),
        ("", False),
    ],
)
def test_a_relatives_word_before_a_name(before, kin):
    text = before + "Tyler left."
    start = len(before)
    pattern = _KIN_BEFORE.search(text, max(0, start - _KIN_CHARS), start) is not None
    assert kin_before(text, start) is kin is pattern


class _NoPlaces:
    def lookup_normalized(self, key):
        return []

    def kind(self, record):
        return "place"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Andres Manuel Lopez Obrador (AMLO) spoke.", {"amlo"}),
        ("Andres Manuel Lopez Obrador (amlo) spoke.", set()),  # no capitals in brackets
        ("Andres Manuel Lopez Obrador (A) spoke.", set()),  # one letter is no abbreviation
        ("KYIV (AP) - Ivan Petrov (KGB) and the White House (WH).", {"wh"}),
        ("No brackets at all.", set()),
    ],
)
def test_an_abbreviation_defined_in_brackets(text, found):
    assert defined_abbreviations(text, _NoPlaces()) == found


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("He joined the Chamber of Commerce.", True),
        ("He joined the Chamber of  Commerce.", True),
        ("He joined the Chamber Commerce.", False),
        ("He joined the Chamber of the Commerce.", False),
    ],
)
def test_a_bodys_field_after_its_of(gazetteer, text, field):
    from geo.text.name_context import _body_domain
    from geo.text.tokens import Mention

    start = text.index("Commerce")
    mention = Mention(start, start + 8, "commerce", 0, 0)
    assert _body_domain(text, mention, gazetteer) is field
