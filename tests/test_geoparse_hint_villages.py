"""A relative-location hint with no stated distance: a known town may lie far along it
("Vovchansk, north-east of Kharkiv", 70 km), a known village not (a namesake 85 km off
is another village; the one meant is estimated along the hint instead)."""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


def _point(gazetteer, text, name):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == name and t.place is not None:
            return t.place
    raise AssertionError(f"{name} not resolved in {text!r}")


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        (
            "Russian forces attacked near Pokrovsk and Novoselivka (southwest of Pokrovsk) "
            "on Monday.",
            "Novoselivka",
            "Pokrovsk",
        ),
        (
            "Russian forces advanced near Andriivka (west of Kurakhove) and Oleksandrivka "
            "(south of Mezhova).",
            "Andriivka",
            "Kurakhove",
        ),
        (
            "Fighting continued near Malynivka (south of Huliaipole) and Pokrovske (north "
            "of Orikhiv).",
            "Pokrovske",
            "Orikhiv",
        ),
    ],
)
def test_village_namesake_far_along_a_hint_is_not_taken(gazetteer, text, name, anchor):
    village = _point(gazetteer, text, name)
    town = _point(gazetteer, text, anchor)
    assert distance_km((village.lat, village.lon), (town.lat, town.lon)) <= 45.0


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Glide bombs hit Vovchansk, north-east of Kharkiv, overnight.", "Vovchansk", 689304),
        ("Shelling hit Balakliia, south-east of Kharkiv, on Tuesday.", "Balakliia", 712926),
    ],
)
def test_town_far_along_a_hint_is_still_taken(gazetteer, text, name, geonameid):
    assert _point(gazetteer, text, name).geonameid == geonameid


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        (
            "Russian forces attacked near Ivanivka, southeast of Kupiansk, on Monday. "
            "Ukrainian troops repelled an assault near Kupiansk and Petropavlivka. Later, "
            "shelling hit Ivanivka again, the governor of Kharkiv said.",
            "Ivanivka",
            "Kupiansk",
        ),
        (
            "Ukrainian forces counterattacked near Novoselivka, southwest of Pokrovsk. "
            "The brigade said Novoselivka was back under its control by Friday.",
            "Novoselivka",
            "Pokrovsk",
        ),
    ],
)
def test_a_name_placed_by_a_hint_is_one_place_in_the_text(gazetteer, text, name, anchor):
    from geo import analyze

    ts = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    town = _point(gazetteer, text, anchor)
    assert len(ts) == 2
    assert {(t.place.lat, t.place.lon) for t in ts} == {(ts[0].place.lat, ts[0].place.lon)}
    assert all(t.estimated for t in ts)
    assert distance_km((ts[0].place.lat, ts[0].place.lon), (town.lat, town.lon)) <= 45.0


def test_two_namesakes_told_apart_by_hints_stay_apart(gazetteer):
    from geo import analyze

    text = (
        "Fighting continued near Ivanivka (southeast of Kupiansk) and near another "
        "Ivanivka (north of Lyman)."
    )
    ts = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == "Ivanivka"]
    assert len({(t.place.lat, t.place.lon) for t in ts}) == 2


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Cities placed by the capital, 130-180 km off: the city, not its region
        ("A fire broke out at the refinery in Ryazan, southeast of Moscow, after a drone "
         "attack.", "Ryazan", "Ryazan’"),
        ("Air defences were active over Zhytomyr, west of Kyiv, overnight.", "Zhytomyr",
         "Zhytomyr"),
    ],
)  # fmt: skip
def test_a_city_far_along_a_hint_is_the_city(gazetteer, text, name, expected):
    place = _point(gazetteer, text, name)
    assert (place.name, place.kind) == (expected, "place")


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("Russian troops captured Klishchiivka near Bakhmut.", "Klishchiivka", "Bakhmut"),
        ("Russian forces took Robotyne near Orikhiv last year.", "Robotyne", "Orikhiv"),
        ("Its units liberated Kleshcheyevka near Artemovsk.", "Kleshcheyevka", "Artemovsk"),
        ("Ukrainian troops hold Tonenke on the outskirts of Avdiivka.", "Tonenke", "Avdiivka"),
    ],
)
def test_a_lone_village_near_a_town_is_estimated_around_it(gazetteer, text, name, anchor):
    """A village the gazetteer lacks, taken or held "near" a town: estimated around the
    town (within the "near" distance, the town inside its uncertainty), not dropped."""
    from shapely.geometry import Point

    from geo import analyze
    from geo.text.hints import NEAR_KM

    tops = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    village, town = tops[name], tops[anchor].place
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), (town.lat, town.lon)) <= NEAR_KM
    assert village.uncertainty.contains(Point(town.lon, town.lat))


@pytest.mark.parametrize(
    "text",
    [
        "Wagner fighters near Bakhmut were said to be leaving.",
        "Units of Khortytsia near Bakhmut were rotated.",  # no cue or verb of taking
    ],
)
def test_a_name_before_near_needs_a_cue_to_be_a_village(gazetteer, text):
    from geo import analyze

    names = {t.text for t in analyze(text, gazetteer=gazetteer).toponyms}
    assert names <= {"Bakhmut"}
