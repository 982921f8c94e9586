"""A small far-off town's name written only in the possessive is a business named after
its founder ("Moody's Analytics", "a raffle at Dunmore's, 12 Elm St."), as the everyday
words of :mod:`geo.text.everyday_strays` are: dropped where nothing in the text is near
the town; a town the text names plainly, or one near its places, keeps its possessive."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hawaii's jobless rate fell. Adam Kamins, a senior economist at Moody's "
            "Analytics, says Hawaii has had little success.",
            "Moody",
        ),
        (
            "Flooding closed roads in Tucson on Monday. Volunteers met at Pandora's, a cafe "
            "on Fourth Avenue in Tucson, to fill sandbags.",
            "Pandora",
        ),
    ],
)
def test_a_far_small_town_only_in_the_possessive_is_dropped(gazetteer, text, name):
    names = _names(gazetteer, text)
    assert name not in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # named plainly elsewhere: the town's
        (
            "Mansfield's council met on Monday. The police chief of Mansfield, Texas, "
            "spoke about Arlington and Grand Prairie.",
            "Mansfield",
        ),
        # near the text's other places
        (
            "Officials in Pittsburgh and Washington, Pa., said McKees Rocks and "
            "Canonsburg's schools would reopen.",
            "Canonsburg",
        ),
    ],
)
def test_a_possessive_town_with_support_is_kept(gazetteer, text, name):
    names = _names(gazetteer, text)
    assert name in names, names
