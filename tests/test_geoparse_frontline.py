"""Front-line reporting at the 20 km grain: a bare name is the city, even where the
text's other places lie in the region named after it."""

import pytest

pytestmark = pytest.mark.gazetteer


def kinds(gazetteer, text):
    from geo import analyze

    return [
        (t.text, t.place.kind if t.place else None)
        for t in analyze(text, gazetteer=gazetteer).toponyms
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hit Zaporizhzhia and Orikhiv.",
            [("Zaporizhzhia", "place"), ("Orikhiv", "place")],
        ),
        ("Shelling hit Zaporozhye and Orekhov.", [("Zaporozhye", "place"), ("Orekhov", "place")]),
        (
            "Explosions were heard in Lugansk and Donetsk.",
            [("Lugansk", "place"), ("Donetsk", "place")],
        ),
        (
            "Ukrainian marines held positions near Krynky, about 30 km upstream from Kherson.",
            [("Krynky", "place"), ("Kherson", "place")],
        ),
        (
            "In Belgorod, a drone hit a car, injuring two people, regional Governor "
            "Vyacheslav Gladkov said.",
            [("Belgorod", "place")],
        ),
        # The region when the text says so.
        ("Kursk governor Alexei Smirnov ordered an evacuation.", [("Kursk", "admin1")]),
        (
            "Fighting raged across the Zaporizhzhia region, near Orikhiv and Huliaipole.",
            [("Zaporizhzhia", "admin1"), ("Orikhiv", "place"), ("Huliaipole", "place")],
        ),
        (
            "Russian drones struck the Kharkiv region overnight, hitting Chuhuiv.",
            [("Kharkiv", "admin1"), ("Chuhuiv", "place")],
        ),
    ],
)
def test_a_bare_name_is_the_city_among_places_of_its_region(gazetteer, text, expected):
    assert kinds(gazetteer, text) == expected
