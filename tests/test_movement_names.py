"""Villages the gazetteer lacks, named where forces attack or move from or toward, or
taken together with their location after the list (geo.text.movement_names). Texts
written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import distance_km


def points(text, gazetteer):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


SIVERSK = (48.8648, 38.0968)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names", "near"),
    [
        ("Russian troops attacked Siversk from Verkhnokamianske and Vyimka.",
         ("Verkhnokamianske", "Vyimka"), SIVERSK),
        ("Russian troops advanced from Vyimka toward Siversk overnight.", ("Vyimka",), SIVERSK),
        ("Ukrainian troops withdrew from Novoekonomichne to Myrnohrad under drone fire.",
         ("Novoekonomichne",), (48.3099, 37.2651)),
        ("Russian troops attacked toward Kostiantynivka from Oleksandro-Shultyne.",
         ("Oleksandro-Shultyne",), (48.5273, 37.7059)),
        ("Russian troops seized Stupochky and Predtechyne, south of Chasiv Yar.",
         ("Stupochky",), (48.5877, 37.8341)),
    ],
)  # fmt: skip
def test_a_village_forces_move_from_is_placed_by_its_sentence(gazetteer, text, names, near):
    found = points(text, gazetteer)
    for name in names:
        assert name in found and distance_km(found[name], near) < 25


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "She moved from Vyimka to Kramatorsk in 1990 and works as a teacher.",
        "The company moved its office from Smallville toward Dallas last year.",
    ],
)
def test_no_place_from_a_move_outside_fighting(gazetteer, text):
    names = {t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms}
    assert "Vyimka" not in names and "Smallville" not in names


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # GeoNames' Bohdanivka lies in Dnipropetrovsk Oblast, 130 km off: the village
        # meant lies by Chasiv Yar (cities500 lacks it).
        "Russian troops attacked Chasiv Yar from Bohdanivka and Ivanivske on Monday.",
        "Russian troops advanced from Bohdanivka and Ivanivske toward Chasiv Yar.",
    ],
)
def test_a_namesake_far_off_is_not_the_village_attacked_from(gazetteer, text):
    found = points(text, gazetteer)
    assert distance_km(found["Bohdanivka"], (48.5877, 37.8341)) < 25


@pytest.mark.gazetteer
def test_a_village_moved_toward_by_its_sentence_place_keeps_its_reading(gazetteer):
    # Kindrashivka lies 13 km from Dvorichna, named before it: GeoNames' village stays,
    # though its list partner Myrove is read far off.
    text = (
        "Russian troops are trying to widen their bridgehead near Dvorichna and advanced "
        "towards Kindrashivka and Myrove along the western bank."
    )
    found = points(text, gazetteer)
    assert distance_km(found["Kindrashivka"], (49.7657, 37.5831)) < 1


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # The later name of a list forces move toward or from is such a village too:
        # Donetsk's town of Dobropillia lies 190 km from Huliaipole; the village meant
        # lies by Vozdvyzhivka, west of Huliaipole.
        ("Russian troops advanced west of Huliaipole toward Vozdvyzhivka and Dobropillia "
         "after heavy shelling, the general staff said.", "Dobropillia", (47.7520, 36.0802)),
        ("Russian troops attacked Chasiv Yar from Ivanivske and Bohdanivka on Monday.",
         "Bohdanivka", (48.5877, 37.8341)),
        ("Russian assault groups pushed toward Chasiv Yar from Kalynivka, Ivanivske or "
         "Bohdanivka overnight.", "Bohdanivka", (48.5877, 37.8341)),
    ],
)  # fmt: skip
def test_a_later_name_of_a_list_moved_toward_lies_by_its_partners(gazetteer, text, name, near):
    found = points(text, gazetteer)
    assert distance_km(found[name], near) < 25


def test_moved_from_reads_a_later_name_of_the_list():
    from geo.text.movement_names import moved_from

    text = "Russian troops attacked Siversk from Vyimka, Zvanivka and Rozdolivka."
    assert moved_from(text, text.index("Rozdolivka"))
    text = "Russian troops attacked Siversk while Vyimka and Rozdolivka were calm."
    assert not moved_from(text, text.index("Rozdolivka"))
