"""Spans as written: a dotted abbreviation with its final dot ("U.S.", "U.K.", "L.A."),
a town's name without the "City" of its body ("Dublin City Council").

The tokenizer makes no token of a dot, so dotted names were reported up to their last
letter ("U.S"), one character short of the name as written (and as every annotated
corpus marks it), also where the dot ends the sentence. Every text here is written for
these tests.
"""

import pytest

from geo.model import Toponym
from geo.text.span_ends import span_ends

pytestmark = pytest.mark.gazetteer


def spans(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.name if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two U.S. destroyers sailed past the strait on Monday.", ("U.S.", "United States")),
        ("New U.S. Labor Department figures came out.", ("U.S.", "United States")),
        ("The envoy flew back to the U.S. Talks resume next week.", ("U.S.", "United States")),
        ("Lawmakers in the U.K. Parliament debated the bill.", ("U.K.", "United Kingdom")),
        ("Smoke from the fires drifted over L.A. County schools.", ("L.A.", "Los Angeles")),
    ],
)
def test_dotted_abbreviation_keeps_its_dot(gazetteer, text, expected):
    assert expected in spans(gazetteer, text)
    assert all(not name.endswith(("U.S", "U.K", "L.A")) for name, _ in spans(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US. Navy said so.", "US"),  # no dot inside: written without dots
        ("Fires burned near Fresno, Calif. on Sunday.", "Calif."),  # read with its dot already
        ("He moved to Charleston, W.Va. last spring.", "W.Va."),
    ],
)
def test_other_abbreviations_as_written(gazetteer, text, expected):
    assert expected in [name for name, _ in spans(gazetteer, text)]


def test_offsets_stay_true_to_the_text():
    text = "Aid from the U.S. and the U.K. arrived."
    toponyms = span_ends(text, (Toponym(13, 16, "U.S"), Toponym(26, 29, "U.K")))
    assert [(t.start, t.end, t.text) for t in toponyms] == [(13, 17, "U.S."), (26, 30, "U.K.")]
    assert all(text[t.start : t.end] == t.text for t in toponyms)


def test_no_dot_after_no_change():
    text = "Aid from the U.S, then more."
    (t,) = span_ends(text, (Toponym(13, 16, "U.S"),))
    assert (t.end, t.text) == (16, "U.S")


def test_state_before_a_body_stays_in_the_span_and_the_speaker(gazetteer):
    # "State" stays: the speaker phrase is read from the toponym's end.
    import geo

    text = "The crash was reported by Kentucky State Troopers, who said the road was closed."
    a = geo.analyze(text, gazetteer=gazetteer).to_dict()
    assert [t["text"] for t in a["toponyms"]] == ["Kentucky State"]
    assert a["claims"][0]["source"] == "Kentucky State Troopers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She moved to Washington State last year.", "Washington State"),
        ("Flooding hit upstate New York State on Friday.", "New York State"),
        ("The Borno State Government said schools would reopen.", "Borno State"),
    ],
)
def test_a_state_named_whole_stays_whole(gazetteer, text, expected):
    assert expected in [name for name, _ in spans(gazetteer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Springfield City Manager quit on Friday, officials in Massachusetts said.",
            "Springfield",
        ),
        ("Parents sued Alexandria City Public Schools in a Virginia court.", "Alexandria"),
        ("Cork City Council said the quays flooded again overnight.", "Cork"),
    ],
)
def test_city_before_a_town_body_is_the_bodys_word(gazetteer, text, expected):
    assert expected in [name for name, _ in spans(gazetteer, text)]
    assert not any(name.endswith(" City") for name, _ in spans(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boulder City Council will meet on Tuesday.", "Boulder City"),
        ("The Kansas City Council backed the stadium plan.", "Kansas City"),
        ("Jersey City Council members voted late on Monday.", "Jersey City"),
    ],
)
def test_a_town_named_x_city_keeps_its_name(gazetteer, text, expected):
    assert expected in [name for name, _ in spans(gazetteer, text)]
