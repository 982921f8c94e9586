"""Namesakes read together: the small towns of one area, each of whose names has a
better-known bearer elsewhere, are read where they lie near each other (all of the
other names' candidates count, not only their first readings).  Texts written for
these tests."""

import pytest

pytestmark = pytest.mark.gazetteer


def regions(gazetteer, text, **weights):
    from geo.text.evidence import Weights
    from geo.text.geoparse import geoparse

    return {
        t.text: (t.place.country_code, t.place.admin1_code)
        for t in geoparse(text, gazetteer, weights=Weights(**weights))
        if t.place is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Snow closed roads from Plainview to Elgin and on to Rochester.",
            {"Plainview": ("US", "MN"), "Elgin": ("US", "MN"), "Rochester": ("US", "MN")},
        ),
        (
            "The wrestlers beat Delano and Hutchinson in the sectional.",
            {"Delano": ("US", "MN"), "Hutchinson": ("US", "MN")},
        ),
    ],
)
def test_small_namesakes_near_each_other_are_read_together(gazetteer, text, expected):
    assert regions(gazetteer, text) == expected
    # The co-location is what reads them so: without it, each name's best-known bearer.
    assert regions(gazetteer, text, colocation=0.0) != expected


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("The film festival in Rochester opened.", "Rochester", ("US", "NY")),
        # Capitals keep their name against co-located small namesakes.
        ("The wrestlers beat Delano and Hutchinson in Montgomery.", "Montgomery", ("US", "AL")),
    ],
)
def test_alone_or_prominent_names_keep_their_reading(gazetteer, text, name, region):
    assert regions(gazetteer, text)[name] == region


def test_colocated_counts_other_names_only_up_to_the_cap(gazetteer):
    from geo.text.context import COLOCATED_MAX, Context
    from geo.text.recognition import find_mentions

    text = "Plainview, Elgin, Rochester, Eyota, Dover and Chatfield lie close together."
    mentions = find_mentions(text, gazetteer)
    points = {
        m.key: tuple(c.record for c in m.candidates if gazetteer.is_place(c.record))
        for m in mentions
    }
    ctx = Context(gazetteer, mentions, [None] * len(mentions), name_points=points)
    counts = ctx.colocated(points["elgin"], "elgin")
    assert max(counts.values()) == COLOCATED_MAX
    # A name is no neighbour of itself: a name alone in the text has none.
    lone = Context(gazetteer, mentions[:1], [None], name_points={"plainview": points["plainview"]})
    assert set(lone.colocated(points["plainview"], "plainview").values()) == {0}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # The text's places crowd around the small namesake, in a state it names: the
        # large namesake elsewhere loses its size's exemption.
        (
            "Health officials in Indiana reported new cases in Scott County. Most were "
            "in Austin, where the clinic opened, and some in Indianapolis.",
            ("US", "IN"),
        ),
        # A city of the state 130 km off is no crowd around its Austin: the capital.
        ("Officials from Indianapolis flew to Austin for the conference.", ("US", "TX")),
    ],
)
def test_a_large_namesake_loses_to_one_the_text_crowds_around(gazetteer, text, region):
    assert regions(gazetteer, text)["Austin"] == region
