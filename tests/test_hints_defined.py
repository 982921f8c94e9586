"""A definition's offset: "X is a village in Z, about 6 miles (10 km) south of Y" places X
from Y (geo.text.hints.defined), whatever lies between the subject and the offset."""

import pytest

from geo.text.hints import read_hints
from geo.text.hints.defined import defined_hints
from geo.text.tokens import Mention


def _mentions(text, names):
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Mention(start, start + len(name), name.lower(), 0, 0))
        at = start + len(name)
    return out


@pytest.mark.parametrize(
    ("text", "names", "bearing", "km"),
    [
        (
            "Clifton is a hamlet by the River Cherwell in Deddington civil parish about "
            "6 miles (10 km) south of Banbury.",
            ["Clifton", "Deddington", "Banbury"],
            180.0,
            10.0,
        ),
        ("Trinidad lies 21 miles (33 kilometers) north of Raton.", ["Trinidad", "Raton"], 0.0,
         33.0),
        ("Medina is located 3.5 miles south of Hortonville.", ["Medina", "Hortonville"], 180.0,
         3.5 * 1.609344),
        (
            "Nazareth is located seven miles (11 km) northwest of Easton.",
            ["Nazareth", "Easton"],
            315.0,
            11.0,
        ),
        (
            "Roma is a settlement in the Maseru District of Lesotho, some 34 kilometers "
            "southeast of Maseru.",
            ["Roma", "Maseru", "Lesotho", "Maseru"],
            135.0,
            34.0,
        ),
        (
            "Paris is a city in Henry County, Tennessee, 86 miles (138 km) northwest of "
            "Nashville.",
            ["Paris", "Henry County", "Tennessee", "Nashville"],
            315.0,
            138.0,
        ),
        ("Tawila, located 60 km to the west of the town of El Fasher.", ["Tawila", "El Fasher"],
         270.0, 60.0),
    ],
)
def test_definition_offset_is_read(text, names, bearing, km):
    hint = read_hints(text, _mentions(text, names))[0]
    assert hint.anchor == len(names) - 1
    assert hint.bearing_deg == bearing
    assert hint.distance_km == pytest.approx(km)
    assert hint.min_km < km < hint.max_km


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # another clause, another subject
        ("Bakhmut is under fire, while Klishchiivka lies 10 km south of Chasiv Yar.",
         ["Bakhmut", "Klishchiivka", "Chasiv Yar"]),
        # another sentence
        ("Clifton is a hamlet. Deddington lies 6 miles south of Banbury.",
         ["Clifton", "Deddington", "Banbury"]),
        # no place after "of"
        ("Clifton is a hamlet 6 miles south of the main road to Banbury.",
         ["Clifton", "Banbury"]),
        # no distance the world holds
        ("Clifton is 90000 km south of Banbury.", ["Clifton", "Banbury"]),
    ],
)
def test_no_definition_offset(text, names):
    assert 0 not in defined_hints(text, _mentions(text, names), {})


def test_a_hint_after_the_name_is_kept():
    text = "Avdiivka, 10 km north of Donetsk, is 5 km west of Yasynuvata."
    ms = _mentions(text, ["Avdiivka", "Donetsk", "Yasynuvata"])
    assert read_hints(text, ms)[0].anchor == 1


def test_linear_one_look_per_mention():
    text = "Clifton is a hamlet 6 miles (10 km) south of Banbury. " * 2000
    names = ["Clifton", "Banbury"] * 2000
    hints = read_hints(text, _mentions(text, names))
    assert len([k for k, h in hints.items() if h.distance_km == 10.0]) == 2000


def test_the_next_sentence_it_is_the_subject():
    text = (
        "Dover is a city in Stewart County. It is located about 31 miles (50 km) west of "
        "Newark. The town lies 5 km north of Tulia."
    )
    ms = _mentions(text, ["Dover", "Stewart County", "Newark", "Tulia"])
    hints = defined_hints(text, ms, {})
    assert list(hints) == [0]
    assert (hints[0].anchor, hints[0].bearing_deg, hints[0].distance_km) == (2, 270.0, 50.0)


def test_it_needs_a_subject_at_a_sentence_start():
    text = "Troops entered Dover on Monday. It is located about 31 miles west of Newark."
    ms = _mentions(text, ["Dover", "Newark"])
    assert defined_hints(text, ms, {}) == {}


def test_a_name_inside_the_definition_is_no_subject():
    text = (
        "Woodville is a suburb of Adelaide, situated about 8 kilometres northwest of the "
        "Central Business District of Adelaide."
    )
    ms = _mentions(text, ["Woodville", "Adelaide", "Adelaide"])
    hints = defined_hints(text, ms, {})
    assert list(hints) == [0]
    assert hints[0].anchor == 2  # the city, not its business district


def test_thousands_are_not_a_decimal():
    text = "Yala is a city approximately 1,100 km south of Bangkok."
    hint = defined_hints(text, _mentions(text, ["Yala", "Bangkok"]), {})[0]
    assert hint.distance_km == 1100.0
