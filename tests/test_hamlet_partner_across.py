"""A "near" pair of a village the gazetteer lacks and a name it has only as a hamlet
across the border, far from the front place the text named before them ("Sudzha ...
near Gornal and Oleshnya": not Sumy Oblast's Vilshana, once Oleshnya), lies by that
place, the pair's sentence's or an earlier paragraph's (geo.text.list_partners)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km

SUDZHA = (51.191, 35.271)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's units left Sudzha in the spring yet kept up the fight near Gornal and Oleshnya.",
        "Moscow's forces took back Sudzha.\n\nA Ukrainian officer said clashes went on "
        "around Oleshnya and Gornal through the summer.",
        "Sudzha is under Russian control again, the ministry said. Ukraine says skirmishes "
        "continue close to Gornal and Oleshnya.",
    ],
)
def test_hamlet_partner_across_the_border_lies_by_the_front_place(gazetteer, text):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    for name in ("Gornal", "Oleshnya"):
        t = found[name]
        assert t.estimated and t.place.country_code == "RU"
        assert distance_km((t.place.lat, t.place.lon), SUDZHA) <= 40.0


@pytest.mark.gazetteer
def test_a_partner_on_the_same_side_keeps_its_place(gazetteer):
    from geo import analyze

    text = "Russian forces attacked near Pokrovsk and near Shakhove and Novotoretske."
    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    assert found["Shakhove"].place.country_code == "UA" and not found["Shakhove"].estimated
