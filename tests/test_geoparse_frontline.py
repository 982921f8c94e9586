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
        (
            "The junta said its troops had secured Timbuktu and Mopti.",
            [("Timbuktu", "place"), ("Mopti", "place")],  # not Tombouctou and Mopti regions
        ),
        (
            "Militants ambushed a convoy between Gao and Menaka.",
            [("Gao", "place"), ("Menaka", "place")],  # the ends of a road
        ),
        # The region when the text says so.
        (
            "Drones were shot down over the Kursk and Belgorod regions.",
            [("Kursk", "admin1"), ("Belgorod", "admin1")],
        ),
        (
            "Air defences downed drones over the Belgorod, Kursk and Bryansk Regions.",
            [("Belgorod", "admin1"), ("Kursk", "admin1"), ("Bryansk Regions", "admin1")],
        ),
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


def places(gazetteer, text):
    from geo import analyze

    return {
        t.text: (t.place.country_code, t.estimated, t.place.lat, t.place.lon)
        for t in analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "In Yemen, U.S. strikes hit the port of Hodeidah, and the Houthis said they had "
        "targeted a ship off Aden.",
        "Fighting was reported in the port city of Hodeidah and in Sanaa.",
    ],
)
def test_a_large_city_spelt_otherwise_in_the_texts_country(gazetteer, text):
    """Al Hudaydah (pop. 700,000), though 300 km from Aden: not a hamlet near Aden."""
    cc, _, lat, lon = places(gazetteer, text)["Hodeidah"]
    assert cc == "YE" and abs(lat - 14.80) < 0.2 and abs(lon - 42.95) < 0.2


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # Anchored on the place named before: "the city" is El Fasher, not Darfur.
        ("The RSF took El Fasher, in the western Darfur region. Thousands fled to Tawila, "
         "about 60 km west of the city, aid groups said.", "Tawila", 13.63, 24.80),
        ("Russian assault groups attacked Klishchiivka, a village south of Bakhmut, the "
         "General Staff said.", "Klishchiivka", 48.41, 38.00),
        ("Troops held the settlement of Dachne, a village 10 km west of Kurakhove.",
         "Dachne", 47.98, 37.15),
    ],
)  # fmt: skip
def test_a_hint_after_an_apposition_or_about_the_city_locates_the_place(
    gazetteer, text, name, lat, lon
):
    """Never a namesake elsewhere (Tawila in Yemen, Dachne in Crimea)."""
    _, estimated, plat, plon = places(gazetteer, text)[name]
    assert estimated and abs(plat - lat) < 0.15 and abs(plon - lon) < 0.15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters gathered in Washington outside the White House.", {"Washington": "US"}),
        ("Downing Street said the talks in Geneva would continue.", {"Geneva": "CH"}),
        ("Police in White House, Tenn., arrested a man.", {"White House": "US", "Tenn.": "US"}),
        ("White House aides flew to Geneva for the talks.", {"Geneva": "CH"}),
        (
            "Police in White House said the road to Nashville was closed.",
            {"White House": "US", "Nashville": "US"},
        ),
        ("Rebels advanced in eastern Congo near Goma.", {"Congo": "CD", "Goma": "CD"}),
        ("Ebola cases rose in Congo.", {"Congo": "CD"}),
        ("Congo-Brazzaville held elections.", {"Congo-Brazzaville": "CG"}),
    ],
)
def test_seats_of_government_and_the_congos(gazetteer, text, expected):
    """"the White House" is no town in Maryland or Tennessee; bare "Congo" in the news is
    the Democratic Republic of the Congo."""
    got = {name: cc for name, (cc, *_rest) in places(gazetteer, text).items()}
    assert got == expected


def test_a_known_town_fits_a_direction_without_distance_up_to_100_km(gazetteer):
    """"Volchansk, north-east of Kharkov": Vovchansk (70 km), not a point estimated
    within 40 km of Kharkiv; an unknown village is still estimated within 40 km."""
    _, estimated, lat, lon = places(
        gazetteer, "Russian forces attacked Volchansk, north-east of Kharkov."
    )["Volchansk"]
    assert not estimated and abs(lat - 50.29) < 0.05 and abs(lon - 36.94) < 0.05
