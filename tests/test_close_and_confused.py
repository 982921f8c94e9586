"""Two ways a text tells a namesake apart (geo.text.hints, geo.text.another): a direction
qualified by "just" ("X just south of Y", no figure) puts X close by, within
JUST_BAND_KM, not anywhere a bare direction reaches; and "confused with the X" names a
place other than the X named before."""

from __future__ import annotations

import pytest

from geo.text.another import mark_another
from geo.text.hints import fits, read_hints
from geo.text.hints.base import JUST_BAND_KM
from geo.text.tokens import Mention


def _mentions(text, *names):
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Mention(start, start + len(name), name.lower(), 0, 0))
        at = start + len(name)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Sosnove, just west of Pavlohrad, before dawn.",
        "Fighting went on near Sosnove and Vovche just west of Pavlohrad on Friday.",
    ],
)
def test_just_a_direction_is_close_by(text):
    names = ("Sosnove", "Vovche", "Pavlohrad") if "Vovche" in text else ("Sosnove", "Pavlohrad")
    hint = read_hints(text, _mentions(text, *names))[0]
    assert (hint.min_km, hint.max_km, hint.distance_km) == JUST_BAND_KM
    anchor = (48.52, 35.87)
    # a village 10 km west fits; its namesake 60 km west no longer does, though a bare
    # "west of" from a city would reach it
    assert fits(hint, anchor, (48.52, 35.735), 800, anchor_population=100_000)
    assert not fits(hint, anchor, (48.52, 35.06), 800, anchor_population=100_000)


def test_a_figure_after_just_is_the_distance():
    text = "Drones struck Sosnove, just 30 km west of Pavlohrad, before dawn."
    hint = read_hints(text, _mentions(text, "Sosnove", "Pavlohrad"))[0]
    assert hint.distance_km == 30.0


def test_confused_with_the_name_marks_another_place():
    text = (
        "Shelling hit Novoselivka on Monday. It should not be confused with the "
        "Novoselivka near Lyman, which was quiet."
    )
    ms = _mentions(text, "Novoselivka", "Novoselivka", "Lyman")
    assert mark_another(text, ms) == frozenset({1})
    assert ms[1].apart and not ms[0].apart


def test_confused_with_another_name_marks_nothing():
    text = "Krynky on the Dnipro is easily confused with Krynki in Poland."
    ms = _mentions(text, "Krynky", "Krynki")
    assert mark_another(text, ms) == frozenset()


def test_just_states_closeness_not_a_distance():
    from geo.text.hints import Hint
    from geo.text.hints.base import is_close_by

    assert is_close_by(Hint(1, 45.0, 22.5, *JUST_BAND_KM, 0, 0))
    assert not is_close_by(Hint(1, 45.0, 22.5, 4.4, 11.6, 8.0, 0, 0))  # "8 km north-east"


@pytest.mark.gazetteer
def test_a_village_next_to_its_anchor_is_just_there_whatever_the_bearing(gazetteer):
    # Krasnyi Lyman lies 4 km north-north-west of Myrnohrad: the village meant, not a
    # point estimated north-east
    from geo.text.geoparse import geoparse

    text = "Drones struck Krasnyi Lyman, a village just north-east of Myrnohrad, at dawn."
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Krasnyi Lyman")
    assert not t.estimated and abs(t.lat - 48.34) < 0.02 and abs(t.lon - 37.24) < 0.02
