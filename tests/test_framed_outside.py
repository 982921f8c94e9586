""""outside X" and "close to X" make a name a point of the story, as "near X" does: in a
text framed by one country (Mozambique) a far namesake (Palma de Mallorca) is left for
an estimate in the frame; a story of Spain keeps Palma."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _palma(gazetteer, text):
    return next(t for t in geoparse(text, gazetteer) if t.text == "Palma")


@pytest.mark.parametrize(
    "text",
    [
        "PEMBA, Mozambique (AP) — Insurgents attacked Macomia and Mocimboa da Praia this "
        "week.\n\nRwandan troops deployed outside Palma said the road to Mueda was secure.\n",
        "MAPUTO, Mozambique — Fighting spread across Cabo Delgado, from Macomia to Mueda.\n\n"
        "Thousands of displaced people camped close to Palma, aid workers said.\n",
    ],
)
def test_a_far_namesake_outside_which_a_framed_story_happens_is_estimated(gazetteer, text):
    t = _palma(gazetteer, text)
    assert t.estimated and t.place.country_code == "MZ"


def test_a_story_of_the_namesakes_country_keeps_it(gazetteer):
    text = (
        "MADRID, Spain — Tourists crowded the beaches of Mallorca and Ibiza.\n\n"
        "Farmers outside Palma said the drought was the worst in decades.\n"
    )
    t = _palma(gazetteer, text)
    assert not t.estimated and t.place.country_code == "ES"
