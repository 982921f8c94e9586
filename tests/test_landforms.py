"""A cape's or isthmus's name ("the Cape of Good Hope", "the Horn of Africa") is no
town's: the gazetteer has no capes, so it gets no toponym rather than a namesake town."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.landforms import outside_landforms
from geo.text.tokens import Mention


def _keys(text, spans):
    ms = [Mention(a, b, text[a:b].lower(), 0, 0) for a, b in spans]
    return [m.key for m in outside_landforms(text, ms)]


def _span(text, name):
    a = text.index(name)
    return a, a + len(name)


def test_a_name_after_cape_of_is_dropped():
    text = "Tankers now round the Cape of Good Hope and call at Durban."
    assert _keys(text, [_span(text, "Good Hope"), _span(text, "Durban")]) == ["durban"]


def test_the_word_itself_before_of_is_dropped():
    text = "Drought hit the Horn of Africa and Nairobi."
    spans = [_span(text, "Horn"), _span(text, "Africa"), _span(text, "Nairobi")]
    assert _keys(text, spans) == ["nairobi"]


def test_a_name_holding_the_word_stays():
    text = "Flights from Cape Town to Cape Verde resumed."
    spans = [_span(text, "Cape Town"), _span(text, "Cape Verde")]
    assert _keys(text, spans) == ["cape town", "cape verde"]


def test_dropping_keeps_list_partners_indexes():
    text = "the Cape of Good Hope, Durban and Maputo"
    ms = [
        Mention(*_span(text, n), n.lower(), 0, 0, siblings=s)
        for n, s in (("Good Hope", (1, 2)), ("Durban", (0, 2)), ("Maputo", (0, 1)))
    ]
    out = outside_landforms(text, ms)
    assert [m.siblings for m in out] == [(1,), (0,)]


@pytest.mark.gazetteer
def test_the_cape_gets_no_namesake_town(gazetteer):
    text = "Shipping lines avoid the Red Sea and sail around the Cape of Good Hope.\n"
    # the cape itself, from the physical table (geo.text.physical), never the town
    found = [t for t in geoparse(text, gazetteer) if "Good Hope" in t.text]
    assert [(t.text, t.place.kind, t.physical) for t in found] == [
        ("Cape of Good Hope", "physical", "cape")
    ]


def test_a_name_before_a_ranges_word_is_dropped():
    # "the Nuba Mountains": the range, not a hamlet called Nuba (none in the physical table)
    text = "Hunger grips the Nuba Mountains, where Kadugli is besieged."
    spans = [_span(text, "Nuba"), _span(text, "Kadugli")]
    assert _keys(text, spans) == ["kadugli"]


def test_a_ranges_word_in_lower_case_keeps_the_town():
    text = "Troops dug in on the Kupiansk hills."
    assert _keys(text, [_span(text, "Kupiansk")]) == ["kupiansk"]
