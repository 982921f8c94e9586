"""A headline uses a place's name as an adjective ("as Kupiansk brigade warns"): the
body says it is the place (geo.text.headline.headline_adjectives), while a unit's own
name stays none ("the Azov brigade"); a headline's "Border town" is no Irish region."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    from geo import analyze

    return [(t.start, t.text) for t in analyze(text, gazetteer=gazetteer).toponyms if t.place]


@pytest.mark.parametrize(
    "text",
    [
        "Kupiansk brigade says Russian assault repelled\n\nUkrainian troops of a brigade "
        "stationed near Kupiansk said Russian forces attacked overnight.",
        "Russian troops press toward Pokrovsk as Kupiansk brigade warns of crossings\n\n"
        "A drone operator from a brigade stationed near Kupiansk spoke to reporters.",
        "Huliaipole defenders brace for assault\n\nRussian forces shelled Huliaipole "
        "and nearby villages on Monday, officials said.",
    ],
)
def test_headline_name_before_a_unit_word_is_the_body_place(gazetteer, text):
    head = text.split("\n")[0]
    names = [name for start, name in _names(gazetteer, text) if start < len(head)]
    assert any(name in ("Kupiansk", "Huliaipole") for name in names), names


def test_a_unit_named_after_a_place_stays_none(gazetteer):
    text = (
        "Azov brigade says it repelled attack\n\nThe Azov brigade said it repelled an "
        "attack near Pokrovsk."
    )
    assert [name for _, name in _names(gazetteer, text)] == ["Pokrovsk"]


def test_a_headline_unit_the_body_never_places_stays_none(gazetteer):
    text = "Kupiansk brigade says assault repelled\n\nThe brigade said it had held its line."
    assert _names(gazetteer, text) == []


def test_border_town_headline_is_no_irish_region(gazetteer):
    text = (
        "Border town braces for more shelling\n\nResidents of Vovchansk said shelling "
        "continued overnight."
    )
    assert [name for _, name in _names(gazetteer, text)] == ["Vovchansk"]
    text = "Unemployment rose in the Border region of Ireland, the statistics office said."
    assert "Border" in [name for _, name in _names(gazetteer, text)]
