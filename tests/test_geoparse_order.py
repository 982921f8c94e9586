"""The reading of a text does not depend on the texts analysed before it.

The gazetteer memoises context-free rankings per name; recognition may narrow a
name's candidates for one text ("LA" mid-text is only a state's abbreviation, in a
headline also Los Angeles), so the memo must tell the candidate sets apart. Texts
written for this test.
"""

import pytest

pytestmark = pytest.mark.gazetteer

HEADLINE = "Wildfires In LA Spread Overnight\n\nCrews worked through the night."
DATELINE = "Storm damage was reported in Baton Rouge, LA, on Friday."


def readings(gazetteer, text):
    from geo import analyze

    return [(t.text, t.place.geonameid) for t in analyze(text, gazetteer=gazetteer).toponyms]


def test_order_does_not_matter(gazetteer):
    from geo.gazetteer.index import Gazetteer

    fresh = Gazetteer.open(gazetteer.path)  # its own, empty memos
    alone = readings(fresh, HEADLINE)
    readings(gazetteer, DATELINE)
    assert readings(gazetteer, HEADLINE) == alone
    fresh2 = Gazetteer.open(gazetteer.path)
    readings(fresh2, HEADLINE)
    assert readings(fresh2, DATELINE) == readings(Gazetteer.open(gazetteer.path), DATELINE)
