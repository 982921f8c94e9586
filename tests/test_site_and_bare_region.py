"""A name the gazetteer lacks is kept where the text locates it: an airfield named after
a place with an offset after it ("Kavumu airport, about 30 km north of Bukavu"), and a
village followed by a bare first-level region ("the village of Kalehe in South Kivu",
"in Thiban in Deir ez-Zor province") is estimated in that region (geo.text.spellings,
geo.text.definitions.stated_region_after)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "anchor", "km"),
    [
        (
            "The rebels overran Kavumu airport, about 30 km north of Bukavu, at dawn.",
            "Kavumu airport",
            (-2.49077, 28.84281),
            30.0,
        ),
        (
            "Drones hit the Mezzeh air base, 5 km west of Damascus, overnight.",
            "Mezzeh air base",
            (33.5102, 36.29128),
            5.0,
        ),
        (
            "Militiamen seized Tabaqa airfield, 50 km west of Raqqa, last week.",
            "Tabaqa airfield",
            (35.95283, 39.00788),
            50.0,
        ),
    ],
)
def test_an_airfield_with_an_offset_is_kept(gazetteer, text, name, anchor, km):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    t = found[name]
    assert t.estimated and t.cue == "airfield"
    assert abs(distance_km((t.place.lat, t.place.lon), anchor) - km) <= 5.0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Shelling hit the village of Kalehe in South Kivu on Monday.", "Kalehe", ("CD", "12")),
        ("Clashes broke out in Thiban in Deir ez-Zor province.", "Thiban", ("SY", "07")),
        ("Refugees crossed from the village of Nyangezi in South Kivu.", "Nyangezi", ("CD", "12")),
    ],
)
def test_a_village_in_a_bare_region_is_estimated_there(gazetteer, text, name, region):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    t = found[name]
    assert t.estimated
    assert (t.place.country_code, t.place.admin1_code) == region


def test_a_bare_region_is_read_only_up_to_a_name_s_end():
    from geo.text.bare_regions import _IN_BARE

    m = _IN_BARE.match("Kalehe in South Kivu on Monday", 6)
    assert m is not None and m.group("name") == "South Kivu"
    m = _IN_BARE.match("Thiban in Deir ez-Zor, a ministry said", 6)
    assert m is not None and m.group("name") == "Deir ez-Zor"
    assert _IN_BARE.match("Kalehe in the south", 6) is None
