"""Round 30's rules: "St" as German "Sankt" in lookups, an address's "St"/"Dr" before its
town, a local road named after a far place, a ZIP code between a caseless town and its
state's code (own sentences, not the bug cases')."""

import pytest

import geo
from geo.gazetteer.lookups import other_key
from geo.text.people import street_word


def test_other_key_spells_st_as_sankt_and_yo_as_e():
    assert other_key("st ingbert") == "sankt ingbert"
    assert other_key("semyonovka") == "semenovka"
    assert other_key("stade") == ""  # a word starting "st", no abbreviation
    assert other_key("st") == ""


def test_street_word_needs_a_house_number_and_a_street_name_before():
    text = "Mail it to 77 Elm St Little Rock today"
    assert street_word(text, text.index("St "))
    assert not street_word("Pilgrims walked to St Davids", 19)  # no address
    text = "Office at 9 Lake Dr Dr Smith's clinic"
    assert not street_word(text, text.rindex("Dr "))  # the second "Dr": the title's


def _places(gazetteer, text):
    analysis = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.name if t.place else None) for t in analysis.toponyms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The choir sang in St. Ingbert on Sunday.",
            [("St. Ingbert", "Sankt Ingbert")],
        ),
        (
            "Deliveries go to 55 Pine St Fort Collins, CO 80521.",
            [("Fort Collins", "Fort Collins"), ("CO", "Colorado")],
        ),
        (
            "The motel on Kings Highway in Myrtle Beach was sold.",
            [("Myrtle Beach", "Myrtle Beach")],
        ),
        (
            "RETURN TO 400 ELM AVE, EUREKA 95501 CA",  # a ZIP before the state's code
            [("EUREKA", "Eureka"), ("CA", "California")],
        ),
        (
            "Shells fell on the Bakhmut road in Chasiv Yar.",  # a road to a town nearby
            [("Bakhmut", "Bakhmut"), ("Chasiv Yar", "Chasiv Yar")],
        ),
    ],
)
def test_round30_rules_on_the_real_gazetteer(gazetteer, text, expected):
    assert _places(gazetteer, text) == expected
