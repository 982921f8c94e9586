"""Session 27's leftovers beyond Ukraine (eval/frontline/360-369), part B.

A town the gazetteer lacks ("the town of X"), set by a bare direction from a place in
sparse land, is estimated as far out as that place's nearest neighbour, not at the
unstated band's middle (21 km), which stands for front-line villages a few km apart ("the
town of Tawila, west of El Fasher", 55 km; geo.text.direction_namesakes.sparse_scaled).
In dense land, and for a bare name, the band is left as it was.
"""

from __future__ import annotations

import pytest

from geo.gazetteer.distance import nearest_km
from geo.text.direction_namesakes import sparse_scaled
from geo.text.hints import Hint


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


def _record(gazetteer, name, cc):
    places = [
        c.record
        for c in gazetteer.lookup(name)
        if gazetteer.is_place(c.record) and gazetteer.country_code(c.record) == cc
    ]
    return max(places, key=gazetteer.population)


def _km(a, b):
    return nearest_km((a.lat, a.lon), [(b.lat, b.lon)])


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "anchor", "lo", "hi"),
    [
        # Tawila lies some 55 km west of El Fasher
        (
            "Aid agencies said the town of Zawilat, west of El Fasher, had taken in 40,000 "
            "people who walked out of the besieged state capital.",
            "Zawilat",
            "El Fasher",
            45,
            75,
        ),
        (
            "Fighters attacked the market town of Tessoumbar, north of Kidal, on Monday.",
            "Tessoumbar",
            "Kidal",
            60,
            100,
        ),
        (
            "Refugees gathered in the town of Gorumbila, east of Malakal, the UN mission said.",
            "Gorumbila",
            "Malakal",
            45,
            80,
        ),
    ],
)
def test_direction_from_a_town_in_sparse_land_reaches_its_neighbours(
    gazetteer, text, name, anchor, lo, hi
):
    found = _found(gazetteer, text)
    assert found[name].estimated
    assert lo <= _km(found[name].place, found[anchor].place) <= hi


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        # dense land: a front's villages lie a few km apart
        (
            "Russian troops attacked the town of Zorianivka, west of Kramatorsk.",
            "Zorianivka",
            "Kramatorsk",
        ),
        # sparse land, but a bare name: the near band, as for a village
        (
            "The army said it had repelled an attack on Gardabil, south of El Obeid.",
            "Gardabil",
            "El Obeid",
        ),
        (
            "Refugees gathered at Gorumbila, east of Malakal, the UN mission said.",
            "Gorumbila",
            "Malakal",
        ),
    ],
)
def test_a_bare_name_or_dense_land_keeps_the_near_band(gazetteer, text, name, anchor):
    found = _found(gazetteer, text)
    assert found[name].estimated
    assert _km(found[name].place, found[anchor].place) < 25


@pytest.mark.gazetteer
def test_sparse_scaled_needs_a_bearing_and_no_stated_distance(gazetteer):
    fasher = _record(gazetteer, "El Fasher", "SD")
    bare = Hint(1, 270.0, 22.5, 2.0, 40.0, None, 0, 0)
    widened = sparse_scaled(gazetteer, fasher, bare, True)
    assert widened is not None and 100 <= widened.max_km <= 130
    assert sparse_scaled(gazetteer, fasher, bare, False) is None
    stated = Hint(1, 270.0, 22.5, 6.0, 14.0, 10.0, 0, 0)
    assert sparse_scaled(gazetteer, fasher, stated, True) is None
    near = Hint(1, None, 180.0, 0.0, 10.0, None, 0, 0)
    assert sparse_scaled(gazetteer, fasher, near, True) is None
    kramatorsk = _record(gazetteer, "Kramatorsk", "UA")
    assert sparse_scaled(gazetteer, kramatorsk, bare, True) is None


# A town of note outweighs a hamlet of its name 30 times smaller when no place of the text
# lies within 25 km of the hamlet; a place the text reads within the co-location reach
# (Abeche, 33 km from the hamlet of Goz Beida) counts at its own distance, not as a
# namesake next to the hamlet (geo.text.sizes.hamlet_km, outweighs_village).
_GOZ_BEIDA = (12.23, 21.41)  # Sila's town of 58,941; the hamlet of 1,500 lies by Abeche


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Chad: The refugee agency said the camps around Goz Beida, in the south-east, had "
        "taken in 9,000 people. Most crossed near Adre and were driven south; its office in "
        "Abeche said tents were short.",
        "Aid workers in Abeche said trucks for the refugee camps near Goz Beida were late.",
        "Trucks left Abeche for Goz Beida and Koukou on Monday, the agency said.",
    ],
)
def test_town_of_note_over_a_hamlet_thirty_times_smaller(gazetteer, text):
    goz = _found(gazetteer, text)["Goz Beida"].place
    assert goz.country_code == "TD"
    assert abs(goz.lat - _GOZ_BEIDA[0]) < 0.1 and abs(goz.lon - _GOZ_BEIDA[1]) < 0.1


@pytest.mark.gazetteer
def test_the_hamlet_stays_in_its_named_region(gazetteer):
    text = "In Ouaddai, aid workers in Abeche said trucks for the camps near Goz Beida were late."
    goz = _found(gazetteer, text)["Goz Beida"].place
    assert abs(goz.lat - _GOZ_BEIDA[0]) > 1.0  # the hamlet by Abeche, in Ouaddai


@pytest.mark.gazetteer
def test_a_front_village_by_its_axis_city_stays(gazetteer):
    text = (
        "Pokrovsk direction: the enemy attacked near Rodynske.\n"
        "Zaporizhzhia direction: positional fighting continues west of Kamianske; our "
        "artillery is working on enemy strongholds."
    )
    place = _found(gazetteer, text)["Kamianske"].place
    assert place.population < 10_000 and place.admin1_code == "26"  # not the Dnipro city
