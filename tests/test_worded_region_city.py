"""A text that writes a region with its word ("the Sagaing Region") tells it from the
city of its name: the name written bare elsewhere is the city, even when the text's other
places lie across the region and far from the city (geo.text.context_regions
.worded_region, read by geo.text.evidence).  Texts written for these tests."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _last(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name][-1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruby dealers fled Mogok, a hill town of the Mandalay Region, as the fighting "
            "neared. By Friday the buses to Mandalay were full.",
            "Mandalay",
        ),
        (
            "Resistance fighters took Kale and Tamu in the Sagaing Region last month. Junta "
            "jets then bombed Sagaing.",
            "Sagaing",
        ),
    ],
)
def test_bare_name_beside_its_worded_region_is_the_city(gazetteer, text, name):
    bare = _last(gazetteer, text, name)
    assert bare.place is not None and bare.place.kind == "place"


def test_the_worded_mention_stays_the_region(gazetteer):
    text = (
        "Resistance fighters took Kale and Tamu in the Sagaing Region last month. Junta "
        "jets then bombed Sagaing."
    )
    worded = next(t for t in geoparse(text, gazetteer) if t.text.startswith("Sagaing"))
    assert worded.place.kind == "admin1"


def test_without_the_word_the_region_still_holds_its_places(gazetteer):
    # Never written with its word, the name among places across its region stays the
    # region: the rule reads the writer's own distinction, nothing more.
    text = "Resistance fighters took Kale and Tamu last month. Fighting spread across Sagaing."
    bare = _last(gazetteer, text, "Sagaing")
    assert bare.place is not None and bare.place.kind == "admin1"
