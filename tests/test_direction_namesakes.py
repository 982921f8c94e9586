"""A direction from a resolved anchor picks among namesakes (geo.text.direction_namesakes):
"Oleksandrivka, west of Kramatorsk" is the Oleksandrivka 48 km west of it, not a point
estimated 21 km out, nor the Oleksandrivka south-west of Donetsk."""

from __future__ import annotations

import pytest

from geo.text.hints import Hint, fits

pytestmark = pytest.mark.gazetteer

WEST = Hint(1, 270.0, 22.5, 2.0, 40.0, None, 0, 0)
ANCHOR = (48.73, 37.57)
VILLAGE_48_KM_WEST = (48.707, 36.913)


def test_fits_reach_grows_with_the_anchor_and_without_namesakes():
    assert not fits(WEST, ANCHOR, VILLAGE_48_KM_WEST, 5_000)
    assert fits(WEST, ANCHOR, VILLAGE_48_KM_WEST, 5_000, anchor_population=147_000)
    assert fits(WEST, ANCHOR, VILLAGE_48_KM_WEST, 5_000, sole=True)
    # still the compass sector: a sole village east of the anchor does not fit
    assert not fits(WEST, ANCHOR, (48.73, 38.0), 5_000, sole=True)


def _resolved(gazetteer, text, name):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == name:
            return t
    raise AssertionError(f"{name} not found in {text!r}")


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("A pensioner was wounded in Oleksandrivka, west of Kramatorsk, on Monday.",
         "Oleksandrivka", 713633),
        ("Shelling hit Vodiane, south-west of Zaporizhzhia, on Sunday.", "Vodiane", 689321),
        ("Rebels attacked an army camp in Aguelhok, north of Kidal, on Friday.", "Aguelhok",
         2461247),
    ],
)  # fmt: skip
def test_direction_picks_the_namesake_that_lies_there(gazetteer, text, name, geonameid):
    t = _resolved(gazetteer, text, name)
    assert not t.estimated and t.place.geonameid == geonameid


def test_no_namesake_there_is_still_estimated(gazetteer):
    # No Oleksandrivka lies east of Kharkiv within a village's reach: estimated there.
    t = _resolved(gazetteer, "Drones hit Zlobivka, east of Kharkiv, overnight.", "Zlobivka")
    assert t.estimated


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers searched the rubble in Zolochiv, west of Kharkiv, after a glide bomb fell.",
        "A power line was cut in Zolochiv, which lies west of Kharkiv, the governor said.",
    ],
)
def test_a_compass_word_is_loose_for_a_namesake(gazetteer, text):
    # Kharkiv Oblast's Zolochiv lies north-north-west of Kharkiv (58 degrees off west,
    # beyond the +-45 a compass word fits): still that Zolochiv, not Lviv Oblast's town
    # nor a point estimated due west.
    t = _resolved(gazetteer, text, "Zolochiv")
    assert not t.estimated and t.place.country_code == "UA"
    assert abs(t.place.lat - 50.27) < 0.05 and abs(t.place.lon - 35.98) < 0.05


def test_a_stated_bearing_is_not_loosened():
    from geo.text.direction_namesakes import COMPASS_HALF_DEG
    from geo.text.hints.bearings import HALF_SECTOR_DEG

    assert HALF_SECTOR_DEG < COMPASS_HALF_DEG
