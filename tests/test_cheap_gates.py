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
    from geo.text.name_context_words import body_domain
    from geo.text.tokens import Mention

    start = text.index("Commerce")
    mention = Mention(start, start + 8, "commerce", 0, 0)
    assert body_domain(text, mention, gazetteer) is field


@pytest.mark.parametrize(
    "text",
    [
        "Clifton is a hamlet, about 6 miles (10 km) south of Banbury.",
        "IT LIES 10 KM NORTH-EAST OF THE CBD OF ADELAIDE.",
        "Trinidad lies twenty Miles north of Raton.",
        "It is 5 mıles west of Kayes.",  # a dotless i reads as "i" case-insensitively
        "No offset here, only words.",
    ],
)
def test_a_definitions_offset_is_found_on_the_folded_text_as_on_the_text(text):
    import re

    from geo.text.hints.defined import _FAST_OFFSET, _OFFSET

    original = re.compile(_OFFSET.pattern, re.IGNORECASE)
    for begin in range(len(text)):
        a, b = original.search(text, begin), _FAST_OFFSET.search(text, begin)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize(
    "text",
    ["Troops left the city's east. In the City of London", "OUTSIDE THE CITY, in the city of"],
)
def test_the_city_is_found_on_the_folded_text_as_on_the_text(text):
    from geo.text.city_anaphora import _FAST_THE_CITY, _THE_CITY

    assert [m.span() for m in _FAST_THE_CITY.finditer(text)] == [
        m.span() for m in _THE_CITY.finditer(text)
    ]


@pytest.mark.parametrize(
    "word", ["Oblast", "oblast", "Region", "region", "Province", "province", "Krai", "krai",
             "Governorate", "governorate"],
)
def test_an_opener_with_each_region_word_is_read(word):
    from geo.text.headings import _OPENER, _heads

    text = f"Calm elsewhere. In the Kursk {word}, drones fell on Sudzha.\nIn Kherson {word} , too."
    assert [h[1] for h in _heads(text)] == [m.group("name") for m in _OPENER.finditer(text)]
    assert [h[1] for h in _heads(text)] == ["Kursk", "Kherson"]
