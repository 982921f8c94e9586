"""A dateline in capitals whose dash was lost ("WASHINGTON Barack Obama pardoned ...",
"DETROIT The U.S. Transportation Department ...") still names the story's place, when
the name is a well-known place's; a headline's other capitals do not."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("WASHINGTON Barack Obama pardoned his last turkey on Wednesday.", "WASHINGTON", "DC"),
        ("DETROIT The U.S. Transportation Department said on Wednesday.", "DETROIT", "MI"),
        ("Story filed.\nLONDON Mayor Sadiq Khan said the city was safe.", "LONDON", "ENG"),
    ],
)
def test_a_dateline_without_its_dash(gazetteer, text, name, admin1):
    first = geoparse(text, gazetteer)[0]
    assert first.text == name and first.place.admin1_code == admin1
    assert next(m for m in find_mentions(text, gazetteer) if m.key == name.lower()).dateline


@pytest.mark.parametrize(
    "text",
    ["OBAMA Pardons Turkey Again", "BREAKING News tonight from nowhere."],
)
def test_other_capitals_opening_a_line_are_no_datelines(gazetteer, text):
    assert [t.text for t in geoparse(text, gazetteer)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By Peter Goffin, The Canadian Press.  TORONTO — The family said so.", "TORONTO"),
        ("TORONTO — The family of a man in need of a kidney said so.", "TORONTO"),
        ("It rained.\nERIE -- The council met on Monday.", "ERIE"),
    ],
)
def test_a_name_in_capitals_before_a_datelines_dash_is_the_dateline(gazetteer, text, name):
    assert name in [t.text for t in geoparse(text, gazetteer)]
