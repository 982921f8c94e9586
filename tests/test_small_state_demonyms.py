"""The adjectives of smaller states are their countries' mentions where demonyms count
("the Philippine Sports Commission", "Costa Rican officials").

Every text here is written for these tests.
"""

import pytest

from geo.text.geoparse import geoparse
from geo.text.lexicon import DEMONYMS


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The Philippine coast guard towed the boat to Manila.", "Philippine", "PH"),
        ("Costa Rican officials closed the border crossing.", "Costa Rican", "CR"),
        ("A Malawian minister visited the clinic.", "Malawian", "MW"),
        ("Sierra Leonean doctors joined the team.", "Sierra Leonean", "SL"),
        ("Sinhalese politicians rejected the plan.", "Sinhalese", "LK"),  # one country's people
        ("The Maori elders opened the meeting.", "Maori", "NZ"),
    ],
)
def test_small_state_adjectives_name_their_country(gazetteer, text, surface, code):
    found = {t.text: t for t in geoparse(text, gazetteer, demonyms=True)}
    assert found[surface].place.kind == "country"
    assert found[surface].place.country_code == code


def test_every_code_is_a_country_of_the_gazetteer(gazetteer):
    assert all(gazetteer.has_country(code) for code in DEMONYMS.values())


def test_a_water_body_keeps_its_whole_name(gazetteer):
    found = [t.text for t in geoparse("The Philippine Sea was calm.", gazetteer, demonyms=True)]
    assert found == ["Philippine Sea"]
