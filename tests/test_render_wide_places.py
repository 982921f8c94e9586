"""A continent or an area of several countries ("Europe", "the Balkans") is kept in the
analysis and marked at its label point, but never fitted in the map's view: its point is
nowhere in particular, and it would pull the view off the story.

Analyses are built by hand; every text here is written for these tests.
"""

from __future__ import annotations

from geo.model import Analysis, Claim, Place, Toponym
from geo.render.scene import build_scene

EUROPE = Place(6255148, "Europe", "other", "", 48.69096, 9.14062, population=741_000_000)
BALKANS = Place(0, "Balkans", "other", "", 42.5, 21.0)
DONBAS = Place(0, "Donbas", "other", "UA", 48.2, 38.2)
KHARKIV = Place(706483, "Kharkiv", "place", "UA", 49.98177, 36.25475, "07", "Kharkiv",
                "Ukraine", 1_421_125)
IZIUM = Place(707292, "Izium", "place", "UA", 49.21, 37.25, "07", "Kharkiv", "Ukraine", 45_000)


def _analysis(text, named, claimed=()):
    tops = tuple(
        Toponym(text.index(name), text.index(name) + len(name), name, place, 0.9)
        for name, place in named
    )
    claims = ()
    if claimed:
        claims = (Claim(0, len(text), text, "the governor", "said", "asserted",
                        toponyms=tuple(claimed)),)
    return Analysis(text, tops, (), claims)


def _inside(box, place):
    s, w, n, e = box
    return s <= place.lat <= n and w <= place.lon <= e


def test_a_continent_a_claim_is_about_does_not_frame_the_view():
    text = "The governor said drones from the east struck Kharkiv and Izium, as Europe watched."
    analysis = _analysis(text, [("Kharkiv", KHARKIV), ("Izium", IZIUM), ("Europe", EUROPE)],
                         claimed=(0, 1, 2))
    scene = build_scene(analysis)
    assert _inside(scene.frame, KHARKIV) and _inside(scene.frame, IZIUM)
    assert not _inside(scene.frame, EUROPE)
    europe = next(m for m in scene.places if m.name == "Europe")
    assert europe.wide and not europe.frames  # still marked: kept, not fitted
    assert any(m.name == "Europe" for m in scene.far)  # shown in the overview inset


def test_a_continent_named_in_passing_stays_out_of_the_fallback_view():
    # No claim and no spatial statement: the view shows the places named, not Europe's.
    text = "Trains from Kharkiv reach Izium again; the Balkans and Europe sent rails."
    analysis = _analysis(
        text, [("Kharkiv", KHARKIV), ("Izium", IZIUM), ("Balkans", BALKANS), ("Europe", EUROPE)]
    )
    box = build_scene(analysis).frame
    assert _inside(box, KHARKIV) and _inside(box, IZIUM)
    assert not _inside(box, EUROPE) and not _inside(box, BALKANS)


def test_a_region_inside_one_country_still_frames():
    text = "The governor said shelling went on across the Donbas and near Izium."
    analysis = _analysis(text, [("Donbas", DONBAS), ("Izium", IZIUM)], claimed=(0, 1))
    scene = build_scene(analysis)
    assert next(m for m in scene.places if m.name == "Donbas").frames
    assert _inside(scene.frame, DONBAS)


def test_a_text_naming_only_a_continent_is_framed_on_it():
    text = "Europe braced for a cold winter."
    box = build_scene(_analysis(text, [("Europe", EUROPE)])).frame
    assert box is not None and _inside(box, EUROPE)
