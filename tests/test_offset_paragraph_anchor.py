"""An offset in apposition to the first place of its paragraph ("Vovchansk, about 70 km
to the north-west") is measured from the last place of the paragraph before
(geo.text.spatial.distances, Context.last_place_before).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

import geo
from geo.text.spatial import extract_features


def offsets(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    return [f for f in extract_features(text, a.toponyms, gazetteer) if f.kind == "offset"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A video claimed to show soldiers at the council building in Kupiansk.\n\n"
         "Verdict: false. It was filmed in Vovchansk, about 70 km to the north-west.",
         "Kupiansk"),
        ("Drones struck an energy site in Kharkiv overnight.\n\nIn Chuhuiv, about 40 km to "
         "the south-east, a school was damaged.", "Kharkiv"),
    ],
)  # fmt: skip
def test_an_offset_refers_to_the_paragraph_before(gazetteer, text, anchor):
    found = offsets(text, gazetteer)
    assert len(found) == 1
    a = geo.analyze(text, gazetteer=gazetteer)
    assert a.toponyms[found[0].anchor].text == anchor


@pytest.mark.gazetteer
def test_two_paragraphs_back_is_too_far(gazetteer):
    text = (
        "Drones struck Kharkiv overnight.\n\nOfficials gave no figures.\n\n"
        "In Chuhuiv, about 40 km to the south-east, a school was damaged."
    )
    assert not offsets(text, gazetteer)
