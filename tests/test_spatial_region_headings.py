"""Region headings ("Sumy Oblast: ...") give region features whose text is the words.

A bulletin lists what happened by region, each paragraph opened by the region's
name.  Each heading gives the region's polygon, whose ``text`` is the stated words
only (never the line break before them), and a region the gazetteer knows whole under
its name with the region word ("Kherson Oblast", an alias) gives one like the others.
Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.analysis import analyze

pytestmark = pytest.mark.gazetteer

BULLETIN = (
    "Russian forces shelled four regions overnight, officials said.\n\n"
    "Sumy Oblast: Russian troops shelled the Bilopillia and Krasnopillia hromadas.\n\n"
    "Kherson Oblast: drones struck Bilozerka and Antonivka, the governor said.\n\n"
    "Zaporizhzhia Oblast: artillery hit Orikhiv and Huliaipole.\r\n\r\n"
    "Kharkiv Oblast: Kupiansk and Izium came under fire.\n"
)


def regions(text, gazetteer):
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms", "features"))
    return [f for f in a.features if f.kind == "region"], a


def test_each_heading_gives_its_region_with_the_words_only(gazetteer):
    found, a = regions(BULLETIN, gazetteer)
    texts = [f.text for f in found]
    assert texts == ["Sumy Oblast", "Kherson Oblast", "Zaporizhzhia Oblast", "Kharkiv Oblast"]
    for f in found:
        assert BULLETIN[f.start : f.end] == f.text
        assert a.toponyms[f.anchor].place.kind == "admin1"
        assert not f.geometry.is_empty


@pytest.mark.parametrize(
    "text",
    [
        "Shelling continued in Kherson Oblast on Monday.",
        "Officials said:\nKherson Oblast was shelled again.",
        "Drones were downed over the Kherson Oblast overnight.",
    ],
)
def test_a_region_named_whole_gives_its_polygon(gazetteer, text):
    found, a = regions(text, gazetteer)
    assert len(found) == 1 and found[0].text in ("Kherson Oblast", "the Kherson Oblast")
    assert a.toponyms[found[0].anchor].place.admin1_code == "08"


def test_no_feature_text_has_space_around_it(gazetteer):
    text = (
        "Officials reported:\n\nthe Kursk region\n\nwithin 10 km of Sumy\n"
        "and 30 km north-east of Kharkiv.\n\nDonetsk Oblast:\tshelling."
    )
    a = analyze(text, gazetteer=gazetteer, stages=("toponyms", "features"))
    assert a.features
    for f in a.features:
        assert f.text == f.text.strip() and text[f.start : f.end] == f.text
