"""A close spelling outside the region the text states yields to an estimate inside it:
"crossed into the Bryansk region and attacked the village of Lyubechane" (a movement
into a region opens its clause: geo.text.headings) and "Lyubechane in the Bryansk
region" (geo.text.spellings), not Moscow Oblast's Lyubuchany, 300 km off."""

import pytest

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Moscow said saboteurs had crossed into the Bryansk region and attacked the "
         "village of Lyubechane, killing two civilians.", "10"),
        ("Moscow said saboteurs crossed into the Kursk region and attacked the village of "
         "Lyubechane.", "41"),
        ("Moscow said saboteurs attacked the village of Lyubechane in the Bryansk region.",
         "10"),
        ("Moscow said saboteurs attacked Lyubechane in the Bryansk region.", "10"),
    ],
)  # fmt: skip
def test_a_close_spelling_yields_to_the_stated_region(gazetteer, text, admin1):
    from geo.text.geoparse import geoparse

    t = {t.text: t for t in geoparse(text, gazetteer)}["Lyubechane"]
    assert t.estimated and (t.place.country_code, t.place.admin1_code) == ("RU", admin1)


def test_a_movement_into_a_region_opens_its_clause():
    from geo.text.headings import _heads

    text = "Troops crossed into the Bryansk region and attacked Lyubechane. Later, X fell."
    ((_start, name, stop),) = _heads(text)
    assert name == "Bryansk" and text[stop] == "."
    assert _heads("Troops crossed into the Bryansk region. Lyubechane was hit.") == []
