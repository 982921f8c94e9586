"""Names written in ways users report geoparsers miss or split.

- Hyphenated names with lower-case words inside ("Weston-super-Mare", "Newcastle-under-
  Lyme", "Aix-en-Provence"): one name, not a town and a stray word ("Mare" read as the
  Maldives' capital).
- A namesake told apart by a bracket ("Frankfurt (Oder)", "Halle (Saale)"): the
  bracketed name, not the larger namesake.
- A word of three letters that only another name of a place is ("Ole Miss": Olean's
  short form): no place unless the text says so; but a large city's own name in
  Cyrillic ("Уфа"), which GeoNames lists among the alternates, is the city.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def found(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.name if t.place else None) for t in a.toponyms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storms brought flooding to Weston-super-Mare and Stoke-on-Trent.",
            [("Weston-super-Mare", "Weston-super-Mare"), ("Stoke-on-Trent", "Stoke-on-Trent")],
        ),
        (
            "Buses from Newcastle-under-Lyme to Clacton-on-Sea were cut.",
            [
                ("Newcastle-under-Lyme", "Newcastle under Lyme"),
                ("Clacton-on-Sea", "Clacton-on-Sea"),
            ],
        ),
        (
            "Rail strikes hit Aix-en-Provence and Saint-Germain-en-Laye.",
            [
                ("Aix-en-Provence", "Aix-en-Provence"),
                ("Saint-Germain-en-Laye", "Saint-Germain-en-Laye"),
            ],
        ),
        # A lower-case word after a hyphen never ends a name.
        ("Kyiv-based analysts spoke.", [("Kyiv", "Kyiv")]),
    ],
)
def test_hyphenated_names(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trains between Frankfurt (Oder) and Berlin were cancelled.",
            [("Frankfurt (Oder)", "Frankfurt (Oder)"), ("Berlin", "Berlin")],
        ),
        (
            "Halle (Saale) and Leipzig share an airport.",
            [("Halle (Saale)", "Halle (Saale)"), ("Leipzig", "Leipzig")],
        ),
        # A bracket that is no part of a name.
        ("Kyiv (Ukraine) was hit.", [("Kyiv", "Kyiv"), ("Ukraine", "Ukraine")]),
        ("Sumy (Reuters) - Shelling resumed.", [("Sumy", "Sumy")]),
    ],
)
def test_bracket_qualifier(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ole Miss is located in Oxford, Mississippi.",
            [("Oxford", "Oxford"), ("Mississippi", "Mississippi")],
        ),
        ("Fans of Ole Miss cheered.", []),
    ],
)
def test_short_other_name_is_no_place(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уфа — столица Башкортостана.", [("Уфа", "Ufa"), ("Башкортостана", "Bashkortostan")]),
        ("Ош — город на юге Киргизии.", [("Ош", "Osh"), ("Киргизии", "Kyrgyzstan")]),
    ],
)
def test_a_short_city_name_in_its_own_script_is_a_place(gazetteer, text, expected):
    # GeoNames keeps "Уфа" among Ufa's alternates: the city's own name all the same.
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Krems", [("Krems", "Krems an der Donau")]),  # the whole input, no context
        ("Bankers in Frankfurt expect another rate rise.", [("Frankfurt", "Frankfurt am Main")]),
    ],
)
def test_short_form_of_own_name(gazetteer, text, expected):
    # The first words of a place's own name are a short form of it, not another name
    # (a smaller namesake that bears the short form as its foreign name loses).
    assert found(gazetteer, text) == expected


def test_short_form_is_not_other_name(gazetteer):
    from geo.text.candidates import is_other_name

    (krems,) = [
        c for c in gazetteer.lookup("Krems") if gazetteer.name(c.record) == "Krems an der Donau"
    ]
    assert not is_other_name(gazetteer, krems, "krems")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "usgs reports a quake 13km nw of virginia city, nevada",
            [("virginia city", "Virginia City"), ("nevada", "Nevada")],
        ),
        (
            "A QUAKE STRUCK 13KM NW OF VIRGINIA CITY, NEVADA",
            [("VIRGINIA CITY", "Virginia City"), ("NEVADA", "Nevada")],
        ),
        (
            "we drove from grand forks, north dakota to the coast",
            [("grand forks", "Grand Forks"), ("north dakota", "North Dakota")],
        ),
    ],
)
def test_caseless_name_before_its_container(gazetteer, text, expected):
    # A small place of several words before ", state" in a caseless text is one name
    # (not "virginia" the state and "city").
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hillary Clinton visited Clinton, Iowa.", [("Clinton", "Clinton"), ("Iowa", "Iowa")]),
        (
            "Chelsea Clinton spoke in Chelsea, Massachusetts.",
            [("Chelsea", "Chelsea"), ("Massachusetts", "Massachusetts")],
        ),
    ],
)
def test_surname_then_the_place_with_its_container(gazetteer, text, expected):
    # A word first read as a person's name is still the place where the text gives it
    # a container ("Clinton, Iowa" after "Hillary Clinton").
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She took a degree at Morgan State University, then moved to Baltimore.",
            [("Baltimore", "Baltimore")],
        ),
        (
            "He lives in College Park, Maryland.",
            [("College Park", "College Park"), ("Maryland", "Maryland")],
        ),
    ],
)
def test_a_census_place_named_after_its_school_is_the_school(gazetteer, text, expected):
    # GeoNames has a populated place "Morgan State University" (the campus).
    assert found(gazetteer, text) == expected


def test_a_town_named_college_stays_a_town(gazetteer):
    assert found(gazetteer, "Snow fell in State College, Pennsylvania.") == [
        ("State College", "State College"),
        ("Pennsylvania", "Pennsylvania"),
    ]
