"""Kinds met in public bug reports (eval/bugs cases r8-): a hyphenated pair of towns
spelt by an alternate name or of two neighbouring villages, a merged town of two within
3 km ("Rapperswil-Jona"), a rare lower-case word before ", country", a lower-case hashtag
naming a well-known place, and a Spanish landform word before a name ("Isla Margarita",
"Isla Madre de Dios, Chile").

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def found(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [
        (t.text, t.place.name if t.place else None, t.place.country_code if t.place else None)
        for t in a.toponyms
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GeoNames files these towns as Kostyantynivka and Slov'yans'k: the alternate
        # spellings still make a pair.
        ("Fighting near Kostiantynivka-Druzhkivka went on all week.",
         [("Kostiantynivka", "Kostyantynivka", "UA"), ("Druzhkivka", "Druzhkivka", "UA")]),
        ("Shells fell on the Kramatorsk-Sloviansk agglomeration at dawn.",
         [("Kramatorsk", "Kramatorsk", "UA"), ("Sloviansk", "Slovyansk", "UA")]),
        ("Trucks ran on the Zaporizhzhia-Dnipro highway again.",
         [("Zaporizhzhia", "Zaporizhzhya", "UA"), ("Dnipro", "Dnipro", "UA")]),
    ],
)  # fmt: skip
def test_pair_of_towns_by_alternate_spellings(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


def test_pair_of_neighbouring_villages(gazetteer):
    # Mauthausen and Gusen: villages under 1,000 people, 4 km apart.
    got = found(gazetteer, "Prisoners were marched from Mauthausen-Gusen to Dachau.")
    assert ("Mauthausen", "Mauthausen", "AT") in got
    assert ("Dachau", "Dachau", "DE") in got


@pytest.mark.parametrize(
    "text",
    [
        "Aaron Taylor-Johnson starred in the film.",
        "Hewlett-Packard cut jobs again.",
        "The Lee-Smith family moved away.",
    ],
)
def test_double_names_stay_no_pair(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the road to bergi, latvia was closed",
         [("bergi", "Berģi", "LV"), ("latvia", "Latvia", "LV")]),
        ("we drove through illmitz, austria last week",
         [("illmitz", "Illmitz", "AT"), ("austria", "Austria", "AT")]),
        ("shelling near vuhledar, ukraine again",
         [("vuhledar", "Vuhledar", "UA"), ("ukraine", "Ukraine", "UA")]),
    ],
)  # fmt: skip
def test_caseless_rare_word_before_its_country(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks, america", [("america", "United States", "US")]),
        ("oh well, texas is big", [("texas", "Texas", "US")]),
    ],
)
def test_caseless_everyday_word_before_a_container_is_no_place(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds cheered in Havana #cuba", [("Havana", "Havana", "CU"), ("cuba", "Cuba", "CU")]),
        ("Another night of drones over #kharkiv, officials said.",
         [("kharkiv", "Kharkiv", "UA")]),
        ("Thousands rallied in Tbilisi. #georgia #protest",
         [("Tbilisi", "Tbilisi", "GE"), ("georgia", "Georgia", "GE")]),
    ],
)  # fmt: skip
def test_lower_case_hashtag_of_a_known_place(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lovely evening out #nice #love #breaking",
        "We #standwithukraine today.",
        "Read it at https://example.org/page#ukraine now.",
    ],
)
def test_hashtags_that_name_no_known_place(gazetteer, text):
    assert found(gazetteer, text) == []


def test_hashtag_capitals_keeps_text_without_tags():
    from geo.text.hashtags import hashtag_capitals

    text = "No tags here."
    assert hashtag_capitals(text, None, lambda g, k: True) is text
    assert hashtag_capitals("in #cuba", None, lambda g, k: k == "cuba") == "in #Cuba"


@pytest.mark.parametrize(
    "text",
    [
        "The bakery in Rapperswil-Jona closed for good.",
        "Walkers crossed from Rapperswil-Jona to Pfäffikon.",
        "RAPPERSWIL-JONA, Switzerland - The lake ferry resumed.",
    ],
)
def test_merged_town_of_two_neighbours_is_one_place(gazetteer, text):
    got = [t for t in found(gazetteer, text) if t[0].lower().startswith("rapperswil")]
    assert got == [(got[0][0], "Rapperswil", "CH")]
    assert got[0][0].lower() == "rapperswil-jona"
    assert all(t[0].lower() != "jona" for t in found(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russian forces pressed on the Pokrovsk-Myrnohrad area.", ("Pokrovsk", "Myrnohrad")),
        ("Fighting in the Lysychansk-Sievierodonetsk area went on.",
         ("Lysychansk", "Sievierodonetsk")),
        ("Storms hit the Dallas-Fort Worth area.", ("Dallas", "Fort Worth")),
    ],
)  # fmt: skip
def test_pair_of_cities_some_km_apart_stays_two(gazetteer, text, names):
    assert [t[0] for t in found(gazetteer, text)] == list(names)


def test_merged_pairs_threshold_is_a_walk():
    from geo.text.merged_pairs import MERGED_KM

    assert MERGED_KM < 7.0  # Pokrovsk and Myrnohrad lie 7 km apart: two cities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourists flew to Isla Margarita in Venezuela.",
         [("Isla Margarita", "Margarita"), ("Venezuela", "Venezuela")]),
        ("Climbers reached Cerro Aconcagua in Argentina.",
         [("Cerro Aconcagua", "Cerro Aconcagua"), ("Argentina", "Argentina")]),
        ("They camped for a week on Isla Chiloé.", [("Isla Chiloé", "Isla de Chiloé")]),
    ],
)  # fmt: skip
def test_spanish_landform_word_before_a_feature(gazetteer, text, expected):
    assert [(t[0], t[1]) for t in found(gazetteer, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The island is in neither index: no Peruvian region, no Mexican town of Isla.
        ("The expedition sailed to Isla Madre de Dios, Chile.", [("Chile", "Chile", "CL")]),
        ("Rescuers reached Isla Mocha, Chile.", [("Chile", "Chile", "CL")]),
        ("Ferries to Île de Ré were full all August.", []),
        # The gazetteer's own names that open with the word stay places.
        ("Tourists love Isla Mujeres.", [("Isla Mujeres", "Isla Mujeres", "MX")]),
        ("The council of Cerro Largo met.", [("Cerro Largo", "Cerro Largo", "UY")]),
        ("Shelling hit Cerro, a district of Havana.",
         [("Cerro", "Cerro", "CU"), ("Havana", "Havana", "CU")]),
    ],
)  # fmt: skip
def test_name_after_a_landform_word_is_no_namesake(gazetteer, text, expected):
    assert found(gazetteer, text) == expected
