"""A region the text states for a name holds it (geo.text.headings, definitions, agents).

"X in the neighbouring Y region", a region heading over a paragraph ("Y Oblast: A, B
and C"), and not the agent of "held by Kyiv in the Y region" (a state, metonymic,
never estimated inside the region).
"""

import pytest

from geo.analysis import analyze
from geo.geometry import distance_km
from geo.text.agents import by_agent
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KYIV = (50.45, 30.52)
MOSCOW = (55.75, 37.62)


def found(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


def region_of(t):
    return (t.place.country_code, t.place.admin1_code)


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "Kyiv said its forces held the line near Andriivka in the adjacent Sumy region.",
            "Andriivka",
            ("UA", "21"),
        ),
        (
            "Russia claimed the capture of Novoselivka in Ukraine's Dnipropetrovsk region, "
            "while Kyiv said it had pushed Russian units back from the outskirts of "
            "Huliaipole in the neighbouring Zaporizhzhia region.",
            "Huliaipole",
            ("UA", "26"),
        ),
    ],
)
def test_a_neighbouring_region_holds_the_name(gazetteer, text, name, region):
    assert region_of(found(gazetteer, text)[name]) == region


@pytest.mark.parametrize(
    ("text", "agent", "where"),
    [
        (
            "Orikhiv is one of the last towns controlled by Kyiv in the Zaporizhzhia region.",
            "Kyiv",
            KYIV,
        ),
        (
            "Kramatorsk and Sloviansk are the last large cities held by Kyiv in the Donetsk "
            "region.",
            "Kyiv",
            KYIV,
        ),
        (
            "Russia says Kupiansk was captured by Moscow in the Kharkiv region last week, "
            "which Ukraine denies.",
            "Moscow",
            MOSCOW,
        ),
    ],
)
def test_the_agent_of_held_by_is_a_state_not_a_place_of_the_region(gazetteer, text, agent, where):
    t = next(t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == agent)
    assert t.metonymic and not t.estimated
    assert distance_km((t.place.lat, t.place.lon), where) < 20


def test_by_agent_reads_a_passive_of_control():
    assert by_agent("towns held by Kyiv in the south", 14)
    assert not by_agent("towns near Kyiv in the south", 11)


def test_a_region_heading_holds_its_paragraphs_villages(gazetteer):
    text = (
        "Daily report.\n"
        "Zaporizhzhia Oblast: Russian forces shelled Stepnohirsk, Mala Tokmachka and "
        "Dniprovske, Governor Ivan Fedorov said.\n"
        "Kharkiv Oblast: Kupiansk and Borova were hit.\n"
    )
    got = found(gazetteer, text)
    # The gazetteer's Dniprovske lies in Dnipropetrovsk Oblast: this one is estimated
    # inside the heading's region.
    assert got["Dniprovske"].estimated and region_of(got["Dniprovske"]) == ("UA", "26")
    for name in ("Stepnohirsk", "Mala Tokmachka"):
        assert not got[name].estimated and region_of(got[name]) == ("UA", "26")
    for name in ("Kupiansk", "Borova"):
        assert region_of(got[name]) == ("UA", "07")


def test_a_heading_does_not_take_a_foreign_place(gazetteer):
    text = "Sumy Oblast: artillery fire from Belgorod hit Krasnopillia and Velyka Pysarivka.\n"
    got = found(gazetteer, text)
    assert got["Belgorod"].place.country_code == "RU"
    assert region_of(got["Krasnopillia"]) == ("UA", "21")
