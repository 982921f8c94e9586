"""A compass point or "the Centre" named alone is a part of whatever the text speaks of,
not the first-level region of Cameroon or Burkina Faso so called; with its region
word, it is that region."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _places(text):
    return [(t.text, t.place.kind if t.place else None) for t in analyze(text).toponyms]


@pytest.mark.parametrize(
    "text",
    [
        "In its petition, the State said the Centre had failed to frame a scheme.",
        "Officials in the Northwest and the Northeast said the storms would ease.",
        "Farmers across the Midwest planted late this year.",
        "Voters in the South backed the plan; the West did not.",
    ],
)
def test_a_bare_compass_word_is_no_place(text):
    assert _places(text) == []


def test_with_its_region_word_it_is_the_region():
    places = _places("Fighting in Cameroon's Northwest Region displaced thousands.")
    assert ("Northwest Region", "admin1") in places


def test_names_that_begin_with_a_compass_word_are_kept():
    assert _places("Police raided homes in East Jerusalem on Monday.") == [
        ("East Jerusalem", "place")
    ]
    assert _places("He flew to South Africa and then to West Bengal.") == [
        ("South Africa", "country"),
        ("West Bengal", "admin1"),
    ]
