"""Everyday words that are also places, of kinds users report against geoparsers.

- An adjective or a brand opening a sentence that is also a mid-sized city abroad
  ("Oral arguments", Kazakhstan's Oral; "Toyota recalled", Japan's Toyota), while a
  large city, or a city of an English-speaking country, still opens a sentence as
  itself ("Atlanta police").
- A generic word that also names regions ("Maritime", "Centre", "Coast", "Federal") inside
  a longer capitalised name ("the Maritime Security Centre", "the Coast Guard", "the
  Federal Government"), while the region itself stays ("the Maritime region of Togo").
- A country before a body of its state ("UK Maritime Trade Operations said"): the
  body's name, flagged metonymic.
- A variant named after a place or a letter that is a place ("the Delta variant").

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def found(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.country_code if t.place else None) for t in a.toponyms]


@pytest.mark.parametrize(
    "text",
    [
        "Oral arguments begin on Monday in the appeal.",
        "Toyota recalled 50,000 cars last week.",
        "Nice try, said the coach. Oral exams start in May.",
        "oral arguments were heard and toyota recalled its trucks",
    ],
)
def test_foreign_city_word_at_sentence_start_is_no_place(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atlanta police arrested two men.", [("Atlanta", "US")]),
        ("Denver had snow on Sunday.", [("Denver", "US")]),
        ("Moscow said talks would resume.", [("Moscow", "RU")]),  # a city of millions
        ("Oral is a city in western Kazakhstan.", [("Oral", "KZ"), ("Kazakhstan", "KZ")]),
        ("Flights to Oral, Kazakhstan, resumed.", [("Oral", "KZ"), ("Kazakhstan", "KZ")]),
        ("Car plants in Toyota, Japan, were idle.", [("Toyota", "JP"), ("Japan", "JP")]),
    ],
)
def test_cities_still_found(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Maritime Security Centre reported an attack near Aden.", [("Aden", "YE")]),
        ("The Coast Guard rescued twelve people off Lampedusa.", [("Lampedusa", "IT")]),
        ("Agents of the Border Patrol met in El Paso.", [("El Paso", "US")]),
        ("She works for Capital Radio in Nairobi.", [("Nairobi", "KE")]),
        # The region itself, with its cue or its country.
        ("Rain fell in the Maritime region of Togo.", [("Maritime", "TG"), ("Togo", "TG")]),
        (
            "Traders in Lomé and the Maritime Region ran short.",
            [("Lomé", "TG"), ("Maritime Region", "TG")],
        ),
        ("Floods hit Kenya's Coast region.", [("Kenya", "KE"), ("Coast", "KE")]),
        # "Federal", Brazil's district and towns of Argentina and Australia: the body's word
        (
            "The Federal Government said flights from Lagos to Abuja would resume.",
            [("Lagos", "NG"), ("Abuja", "NG")],
        ),
        ("Federal Minister for Health Jane Roe visited Brisbane.", [("Brisbane", "AU")]),
        ("Federal Police raided offices in Sao Paulo.", [("Sao Paulo", "BR")]),
        ("The town of Federal in Entre Rios flooded.", [("Federal", "AR"), ("Entre Rios", "AR")]),
        # A place name that is no generic word keeps its place in a body's name.
        ("The Delta Police Department said a man was held.", [("Delta", "CA")]),
    ],
)
def test_generic_region_word_in_a_name(gazetteer, text, expected):
    got = found(gazetteer, text)
    if text.startswith("The Delta"):
        assert [t for t, _ in got] == ["Delta"]  # a place either way, not dropped
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UK Maritime Trade Operations said a ship was struck off Aden.", "UK"),
        ("US Central Command said a drone was downed over the Red Sea.", "US"),
        ("The UK Ministry of Defence released the footage.", "UK"),
    ],
)
def test_country_before_a_state_body_is_metonymic(gazetteer, text, name):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    flags = {t.text: t.metonymic for t in a.toponyms}
    assert flags[name] is True
    assert all(not v for k, v in flags.items() if k != name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Delta variant, first detected in India, spread quickly.", [("India", "IN")]),
        ("Cases of the Kent variant rose in Lisbon.", [("Lisbon", "PT")]),
        (
            "The Omicron subvariant reached Delta, British Columbia.",
            [("Delta", "CA"), ("British Columbia", "CA")],
        ),
    ],
)
def test_variant_named_after_a_place(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oxford is home to Oxford University, one of the best universities.", "Oxford"),
        ("Reading is home to a large music festival.", "Reading"),
        ("Mobile has a population of 180,000.", "Mobile"),
        ("Oral is the capital of West Kazakhstan Region.", "Oral"),
    ],
)
def test_place_predicate_at_sentence_start(gazetteer, text, name):
    # What only a place does ("is home to", "lies on", "has a population") makes an
    # everyday-ranked word that opens a sentence the place it names.
    assert name in [t for t, _ in found(gazetteer, text)]


@pytest.mark.parametrize("text", ["Reading is fun for children.", "Mobile phones are banned."])
def test_no_place_predicate(gazetteer, text):
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earthquake hits 10 km NE of Ridgecrest, California",
            [("Ridgecrest", "US"), ("California", "US")],
        ),
        ("The storm moved NE of Omaha.", [("Omaha", "US")]),
        ("A quake struck 23km SSW of Hollister, CA.", [("Hollister", "US"), ("CA", "US")]),
        # A state's postal code where it names the state.
        ("Voters in NE and IA went to the polls.", [("NE", "US"), ("IA", "US")]),
        ("Omaha, NE was hit by hail.", [("Omaha", "US"), ("NE", "US")]),
    ],
)
def test_compass_point_in_capitals_is_no_state(gazetteer, text, expected):
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Geneva Conventions protect civilians in Gaza.", [("Gaza", "PS")]),
        ("Stockholm syndrome is not a diagnosis, doctors in Oslo said.", [("Oslo", "NO")]),
        ("Brussels sprouts are grown in Kent.", [("Kent", "GB")]),
        ("The Minsk Accords collapsed.", []),
        # A meeting held in the place is about the place.
        ("A Paris convention drew crowds.", [("Paris", "FR")]),
    ],
)
def test_thing_named_after_a_place(gazetteer, text, expected):
    assert found(gazetteer, text) == expected
