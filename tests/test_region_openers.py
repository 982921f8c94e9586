"""A sentence that opens with its region holds its names: "In the Donetsk region,
Stepanivka, Novoselivka and Kurakhove came under fire" reads no Stepanivka of Odesa or
Sumy Oblast (the gazetteer has none in Donetsk Oblast: estimated inside it); the next
sentence is not the region's ("Shelling hit Stepanivka in Sumy too")."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.headings import _heads

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "In the Donetsk region, Stepanivka, Novoselivka and Kurakhove came under fire.",
        "In Donetsk Oblast, Stepanivka and Kurakhove came under fire.",
        "Officials reported shelling. In the Donetsk region, Stepanivka was hit.",
    ],
)
def test_an_openers_names_lie_in_its_region(gazetteer, text):
    region = next(t for t in geoparse(text, gazetteer) if t.kind == "admin1")
    for t in geoparse(text, gazetteer):
        if t.text == "Stepanivka":
            assert t.estimated and t.place.admin1_code == region.place.admin1_code


def test_the_next_sentence_is_not_the_openers(gazetteer):
    text = "In the Donetsk region, Stepanivka came under fire. Shelling hit Stepanivka in Sumy."
    stepanivkas = [t for t in geoparse(text, gazetteer) if t.text == "Stepanivka"]
    assert stepanivkas[0].estimated and not stepanivkas[1].estimated


def test_heads_scopes():
    text = (
        "Kherson Oblast: shelling hit A and B.\n"
        "Overnight. In the Sumy region, C was hit. D was not.\n"
        "In the town, E.\n"
    )
    heads = _heads(text)
    assert [(name, text[start:stop]) for start, name, stop in heads] == [
        ("Kherson", "Kherson Oblast: shelling hit A and B."),
        ("Sumy", "Sumy region, C was hit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no comma after the region; a clause after ", and", "; " or ", while"
        "Russian troops attacked Kramatorsk. In Vinnytsia region power was cut in three"
        " districts after a strike near Kalynivka.",
        "Russian troops attacked Kramatorsk. A fire broke out at an industrial site in"
        " Khmelnytskyi, and in Vinnytsia region power was cut in three districts after a"
        " strike near Kalynivka.",
        "Drones hit Kramatorsk and Sloviansk. In Vinnytsia region debris fell near Kalynivka,"
        " officials said.",
        "Shelling hit Kramatorsk overnight; in the Vinnytsia region, a drone damaged a"
        " substation near Kalynivka.",
        "Glide bombs hit Kramatorsk, while in Vinnytsia Oblast debris fell near Kalynivka.",
    ],
)
def test_a_clause_or_a_comma_less_opener_holds_its_names(gazetteer, text):
    kalynivka = next(t for t in geoparse(text, gazetteer) if t.text == "Kalynivka")
    assert kalynivka.place.admin1_code == "23"  # Vinnytsia Oblast, not Donetsk's district


def test_clause_opener_scopes():
    text = "Shelling hit A, and in the Sumy region B was hit. C was not."
    assert [(name, text[start:stop]) for start, name, stop in _heads(text)] == [
        ("Sumy", "Sumy region B was hit"),
    ]


def test_a_town_of_another_region_keeps_its_place(gazetteer):
    # Enerhodar (53,000 people) has no namesake in Dnipropetrovsk Oblast: the town across
    # the reservoir, not a village of the opener's region the gazetteer lacks.
    text = (
        "In Dnipropetrovsk Oblast, across the former reservoir from the occupied "
        "Enerhodar, Russian artillery hit Nikopol and Marhanets."
    )
    (enerhodar,) = [t for t in geoparse(text, gazetteer) if t.text == "Enerhodar"]
    assert not enerhodar.estimated and enerhodar.place.admin1_code == "26"


def test_a_village_of_another_region_is_still_estimated_inside_it(gazetteer):
    text = "In the Kherson region, Russian troops shelled Antonivka and Dniprovske."
    (dniprovske,) = [t for t in geoparse(text, gazetteer) if t.text == "Dniprovske"]
    assert dniprovske.estimated and dniprovske.place.admin1_code == "08"
