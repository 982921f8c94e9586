"""The object of a political verb is a government only when it is a country or its seat.

"Russia will keep up pressure on Pokrovsk and Myrnohrad": the towns are what the
pressure is aimed at, places; "pressure on Kyiv", "urged Moscow to", "talks with
Washington" name governments.  A metonymic toponym (an outlet's name, "The Kyiv
Independent") is drawn as a speaker's hollow marker, never as a place a claim is about.
Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.analysis import analyze
from geo.model import Place, Toponym
from geo.render.scene import build_scene
from geo.text.metonymy import mark_metonymy

pytestmark = pytest.mark.gazetteer


def metonymic(text, gazetteer):
    return {t.text: t.metonymic for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Russia is likely to keep up pressure on Pokrovsk and Myrnohrad in the coming weeks, "
         "Britain's Defence Intelligence said.", ("Pokrovsk", "Myrnohrad")),
        ("Russian troops increased pressure on Kupiansk, the General Staff said.", ("Kupiansk",)),
        ("The army kept up pressure on Huliaipole and Orikhiv.", ("Huliaipole", "Orikhiv")),
    ],
)  # fmt: skip
def test_a_town_under_pressure_is_a_place(gazetteer, text, places):
    got = metonymic(text, gazetteer)
    for name in places:
        assert got[name] is False, name


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Washington increased pressure on Kyiv to accept the plan.", "Kyiv"),
        ("The EU urged Moscow to halt the strikes.", "Moscow"),
        ("Brussels stepped up pressure on Ukraine to reform.", "Ukraine"),
        ("Envoys held talks with Moscow on Friday.", "Moscow"),
    ],
)
def test_a_capital_or_country_under_pressure_is_a_government(gazetteer, text, government):
    assert metonymic(text, gazetteer)[government] is True


def test_without_seats_any_place_may_be_a_government():
    """The rule as before when the caller does not say which places are seats."""
    text = "Pressure on Pokrovsk grew."
    at = text.index("Pokrovsk")
    top = Toponym(at, at + 8, "Pokrovsk", Place(704422, "Pokrovsk", "place", "UA", 48.28, 37.18))
    assert mark_metonymy(text, [top])[0].metonymic is True
    assert mark_metonymy(text, [top], seats=frozenset({703448}))[0].metonymic is False


def test_an_outlet_named_after_a_city_is_no_place_on_the_map(gazetteer):
    """An outlet's masthead is no toponym at all (geo.text.name_bodies): no mark at Kyiv."""
    text = "The Kyiv Independent reported that Russian forces shelled Kharkiv on Tuesday."
    a = analyze(text, gazetteer=gazetteer, date="2025-11-14")
    assert [t.text for t in a.toponyms] == ["Kharkiv"]
    scene = build_scene(a, gazetteer=gazetteer)
    marks = {m.name: m for m in scene.places}
    assert "Kyiv" not in marks
    assert marks["Kharkiv"].kind == "place"


@pytest.mark.parametrize(
    ("text", "flag", "place"),
    [
        ("The tanker, sailing under the flag of Panama, was hit near Hodeidah.", "Panama",
         "Hodeidah"),
        ("A Liberia-flagged bulk carrier was seized off Yemen.", "Liberia", "Yemen"),
        ("Ships flying the flags of Malta were turned back from Odesa.", "Malta", "Odesa"),
    ],
)
def test_a_flag_state_is_a_registry_not_a_place(gazetteer, text, flag, place):
    marks = metonymic(text, gazetteer)
    assert marks[flag] is True and marks[place] is False
