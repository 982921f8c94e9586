"""A region's named part ("the Northern Panhandle of West Virginia") is no town of the
part's name elsewhere; a place of that region so named stays."""

import pytest

from geo.text.geoparse import geoparse


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Roads iced over in the Northern Panhandle of West Virginia.", ["West Virginia"]),
        ("Crabs come from the Eastern Shore of Maryland.", ["Maryland"]),
        # a place of the region after the compass word stays
        ("Rain fell in the North Kharkiv of Ukraine.", ["Kharkiv", "Ukraine"]),
        # the compass word in lower case: no part's name
        ("Troops held the eastern Donetsk of Ukraine.", ["Donetsk", "Ukraine"]),
    ],
)
def test_a_region_part_before_of_and_its_region(gazetteer, text, names):
    assert [t.text for t in geoparse(text, gazetteer)] == names
