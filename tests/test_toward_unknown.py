"""Villages the gazetteer lacks named after "toward" or "in the direction of" are placed
where the text locates them, as after "near": in a direction's scope, by the place the
sentence named before them, or by the place a "near" after them names; a lone one that
nothing locates is warned about, never dropped in silence (geo.text.spellings,
geo.text.hints.lists, geo.text.unplaced_more)."""

from __future__ import annotations

import logging

import pytest

from geo.geometry import distance_km

KOSTIANTYNIVKA = (48.52728, 37.70594)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "In the Kostiantynivka direction, the brigade repelled assaults near Ivanopillya "
            "and Pleshchiivka, and toward Stupochky and Bila Hora.",
            ("Stupochky", "Bila Hora"),
        ),
        (
            "Shelling went on around Kostiantynivka on Tuesday. Assault groups then pushed "
            "toward Bila Hora and Stupochky, a battalion officer said.",
            ("Bila Hora", "Stupochky"),
        ),
        (
            "Russian infantry struck Kostiantynivka overnight and moved towards Stupochky "
            "and Bila Hora at dawn.",
            ("Stupochky", "Bila Hora"),
        ),
        (
            "Small groups kept advancing in the direction of Stupochky near Kostiantynivka.",
            ("Stupochky",),
        ),
    ],
)
def test_toward_villages_are_estimated_by_their_place(gazetteer, text, names):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    for name in names:
        t = found[name]
        assert t.estimated and t.place is not None
        assert distance_km((t.place.lat, t.place.lon), KOSTIANTYNIVKA) <= 40.0


@pytest.mark.gazetteer
def test_toward_list_keeps_the_places_the_gazetteer_has(gazetteer):
    from geo import analyze

    text = "Columns of trucks drove toward Kramatorsk and Sloviansk on Friday."
    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    assert not found["Kramatorsk"].estimated and not found["Sloviansk"].estimated
    assert found["Sloviansk"].place.geonameid == 693468  # the city, not a partner's point


@pytest.mark.gazetteer
def test_lone_toward_village_is_warned_about(gazetteer, caplog):
    from geo import analyze

    # (with a front-line place before it, geo.text.movement_names estimates it there)
    text = "Troops advanced toward Stupochky, the brigade said."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        analyze(text, gazetteer=gazetteer)
    assert "'Stupochky'" in caplog.text
