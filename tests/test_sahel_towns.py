"""Towns of a sparse region: a three-letter town's name ending a sentence is the town,
not an abbreviation ("attacked Ansongo and Gao."), and a bare region capital's name
listed with the region's other towns is the town, at the region's own scale ("retaken
Kidal ... toward Tessalit", 200 km apart in a region 470 km across)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gazetteer


def _kinds(gazetteer, text):
    from geo import analyze

    return [
        (t.text, t.place.kind if t.place else None)
        for t in analyze(text, gazetteer=gazetteer).toponyms
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attacked Ansongo and Gao.",
        "Residents fled Menaka, Ansongo and Gao. Aid groups said food was short.",
        "Jihadists attacked Gao.\n\nThe army said it had sent reinforcements.",
    ],
)
def test_three_letter_town_before_a_full_stop(gazetteer, text):
    assert ("Gao", "place") in _kinds(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Brian Kemp said on Jan. 5 that Smith Inc. would move.",
        "Lt. Col. Smith said.",
        "The committee heard former Del. Brian J. Moran on Tuesday.",
    ],
)
def test_abbreviations_stay_no_places(gazetteer, text):
    assert _kinds(gazetteer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had retaken Kidal. Separatists withdrew toward Aguelhok and Tessalit.",
        "Separatists withdrew from Kidal toward Tessalit.",
    ],
)
def test_region_capital_with_far_towns_of_a_large_region_is_the_town(gazetteer, text):
    assert ("Kidal", "place") in _kinds(gazetteer, text)


def test_the_region_said_so_stays_the_region(gazetteer):
    text = "Fighting spread across the Kidal region. Separatists withdrew toward Tessalit."
    assert ("Kidal", "admin1") in _kinds(gazetteer, text)
