"""Two-word village names headed by an adjective ("Stepova Novoselivka", "Mali
Shcherbaky") that the gazetteer lacks are one name, located by their partners, never
the adjective alone read as a far namesake ("Stepove" in Poltava Oblast)."""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


def toponyms(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        (
            "Russian forces attacked near Pishchane and Stepova Novoselivka (both southeast "
            "of Kupiansk).",
            "Stepova Novoselivka",
            (49.71, 37.62),
        ),
        (
            "Russian forces attacked near Zahryzove and Stepova Novoselivka on March 3.",
            "Stepova Novoselivka",
            (49.50, 37.71),
        ),
        (
            "Fighting continued near Mala Tokmachka, Mali Shcherbaky and Robotyne.",
            "Mali Shcherbaky",
            (47.53, 35.90),
        ),
    ],
)
def test_an_adjective_and_a_name_are_one_village(gazetteer, text, name, near):
    found = toponyms(gazetteer, text)
    assert name in found
    assert name.split()[0] not in found and name.split()[1] not in found
    t = found[name]
    assert t.place is not None and distance_km((t.place.lat, t.place.lon), near) <= 45


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Units struck Nova Kakhovka and Velyka Novosilka.", ["Nova Kakhovka", "Velyka Novosilka"]),
        ("He flew to Nova Scotia on Monday.", ["Nova Scotia"]),
        ("Shells hit Staryi Saltiv and Chuhuiv.", ["Staryi Saltiv", "Chuhuiv"]),
    ],
)
def test_two_word_names_the_gazetteer_has_stay_as_they_are(gazetteer, text, names):
    found = toponyms(gazetteer, text)
    assert list(found) == names
    assert not any(t.estimated for t in found.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms hit Mar del Plata overnight.", ["Mar del Plata"]),  # "Mar": a month's
        ("In May of last year the town was quiet.", []),
    ],
)
def test_a_never_place_word_starts_a_name_with_a_particle(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    assert [t.text for t in geoparse(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit al-Fashir overnight.", [("al-Fashir", "SD")]),
        ("Crowds gathered in el-Arish.", [("el-Arish", "EG")]),
        ("He said al-Qaeda was behind it.", []),
    ],
)
def test_a_name_may_start_at_a_lower_case_article(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    found = [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]
    assert found == expected
