"""Coordinates written in a text become ``point`` features.

Reports against geoparsers and text tools ask for positions an article writes as
latitude and longitude ("48.5N 37.9E", degrees-minutes-seconds) to be read, and for
numbers that are no coordinates to be left alone. Every text here is written for these
tests.
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.geometry import distance_km
from geo.text.spatial import coordinates as _coords
from geo.text.spatial.coordinates import KM_PER_DEG_LAT, find_coordinates, parse_coordinates


def pairs(text):
    return [
        (round(lat, 5), round(lon, 5), text[s:e]) for s, e, lat, lon, _ in parse_coordinates(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Footage was geolocated to 48.5N 37.9E.", [(48.5, 37.9, "48.5N 37.9E")]),
        ("A strike hit 48°30′N 37°54′E at dawn.", [(48.5, 37.9, "48°30′N 37°54′E")]),
        (
            "The wreck lies at 41°24'12.2\"N 2°10'26.5\"E.",
            [(41.40339, 2.17403, "41°24'12.2\"N 2°10'26.5\"E")],
        ),
        ("Smoke near 40.446° N, 79.982° W.", [(40.446, -79.982, "40.446° N, 79.982° W")]),
        (
            "Buoy at 33.9S 151.2E and 12.1N 61.7W.",
            [(-33.9, 151.2, "33.9S 151.2E"), (12.1, -61.7, "12.1N 61.7W")],
        ),
        # Longitude first, hemisphere letters before the numbers, two minute marks.
        ("Grid 37.9E 48.5N.", [(48.5, 37.9, "37.9E 48.5N")]),
        ("Fix N48.25 E37.75 at noon.", [(48.25, 37.75, "N48.25 E37.75")]),
        ("At 48°30''N? no: 48°30'N 37°54'E.", [(48.5, 37.9, "48°30'N 37°54'E")]),
        # Signed decimals only after a word that says they are coordinates.
        ("GPS coordinates: 48.51, -37.92.", [(48.51, -37.92, "48.51, -37.92")]),
        ("The index rose 48.51, -37.92 points.", []),
        # Degrees, minutes and seconds spaced as typed, with any kind of mark.
        ("Seen at 48° 30' 15\" N, 37° 58' 2\" E.",
         [(48.50417, 37.96722, "48° 30' 15\" N, 37° 58' 2\" E")]),
        ("Seen at 48°  30′  15″  N,  37°  58′  2″  E.",
         [(48.50417, 37.96722, "48°  30′  15″  N,  37°  58′  2″  E")]),
        ("Visto en 48º 30´ 15´´ N, 37º 58´ 2´´ E.",
         [(48.50417, 37.96722, "48º 30´ 15´´ N, 37º 58´ 2´´ E")]),
        ("Buoy at 33.9 S, 151.2 E.", [(-33.9, 151.2, "33.9 S, 151.2 E")]),
        # Signed decimals after "at"/"to"/"near"/a bracket, before the place they locate.
        ("The strike was at -33.86, 151.21 in Sydney.",
         [(-33.86, 151.21, "-33.86, 151.21")]),
        ("A video (48.51, 37.92) near Bakhmut.", [(48.51, 37.92, "48.51, 37.92")]),
        ("Ships moved to 46.48, 30.74 south of Odesa.", [(46.48, 30.74, "46.48, 30.74")]),
        # A pole or the antimeridian is kept as written.
        ("The ship reported 90N 180E.", [(90.0, 180.0, "90N 180E")]),
    ],
)
def test_pairs_read(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Route 5 N 10 E was closed.",  # numbers and letters, no coordinates
        "In 2022 N and 2023 E teams met.",
        "At 95N 37E nothing lies.",  # latitude out of range
        "At 48N 190E nothing lies.",  # longitude out of range
        "At 48°61′N 37°54′E nothing lies.",  # 61 minutes
        "At 48.5N 37.9N two latitudes.",
        "He scored 3.5, 4.25 points.",
        "Sections 48 N 37 E.",  # no mark, a space: not a coordinate
        "Prices rose 12.50, 13.75 in London.",  # a place after, but no "at": no position
        "Rates of 1.25, 2.50 in the US.",
        "Sold at 12.50, 13.75 in the market.",  # no name after the preposition
    ],
)
def test_no_coordinates(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A geolocation's precision after "at", whatever the verb (tester 13, finding 18).
        (
            "Geolocated footage shows a Russian tank destroyed at 48.5123, 37.9456, the "
            "brigade said.",
            [(48.5123, 37.9456, "48.5123, 37.9456")],
        ),
        (
            "A howitzer was filmed at 47.60412, 35.80166 on Monday.",
            [(47.60412, 35.80166, "47.60412, 35.80166")],
        ),
        ("The convoy was struck at -1.6812, 29.2277.", [(-1.6812, 29.2277, "-1.6812, 29.2277")]),
        # Two decimals: a position in a sentence about footage or a geolocation.
        (
            "A video geolocated by analysts shows the bridge hit at 48.59, 37.99.",
            [(48.59, 37.99, "48.59, 37.99")],
        ),
        # A signed pair before a pair with hemispheres is read too.
        (
            "A tank destroyed at 48.5123, 37.9456 near Bakhmut. Then 48.5N 37.9E.",
            [(48.5, 37.9, "48.5N 37.9E"), (48.5123, 37.9456, "48.5123, 37.9456")],
        ),
    ],
)
def test_signed_pairs_after_at_whatever_the_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed at 12.50, 13.75 on Friday.",  # two decimals, no geolocation
        "The footage aired. Shares closed at 12.50, 13.75.",  # the cue is another sentence's
        "He scored 48.5123, 37.9456 in the two rounds.",  # no "at"
        "Readings at 148.5123, 37.9456 were off.",  # latitude out of range (three digits)
    ],
)
def test_signed_pairs_still_refused(text):
    assert pairs(text) == []


def test_point_feature_and_precision():
    (f,) = find_coordinates("Geolocated to 48.5N 37.9E.")
    assert (f.kind, f.anchor, f.text) == ("point", -1, "48.5N 37.9E")
    assert (f.geometry.x, f.geometry.y) == (37.9, 48.5)  # (lon, lat)
    assert f.uncertainty_km == pytest.approx(0.05 * KM_PER_DEG_LAT, abs=1e-3)
    (g,) = find_coordinates("at 48°30′15″N 37°54′00″E")
    assert g.uncertainty_km == pytest.approx(0.5 / 3600 * KM_PER_DEG_LAT, abs=1e-3)


@pytest.mark.gazetteer
def test_analyze_gives_points_with_and_without_places(gazetteer):
    import geo

    a = geo.analyze("Drone video was geolocated to 48.5N 37.9E.", gazetteer=gazetteer)
    assert [(f.kind, f.text) for f in a.features] == [("point", "48.5N 37.9E")]
    assert a.toponyms == ()
    b = geo.analyze(
        "Shelling hit Kramatorsk. A depot at 48°43′N 37°35′E burned, 20 km north of Sumy.",
        gazetteer=gazetteer,
    )
    kinds = [f.kind for f in b.features]
    assert "point" in kinds and "offset" in kinds
    assert [f.start for f in b.features] == sorted(f.start for f in b.features)
    assert all(t.text not in ("N", "E") for t in b.toponyms)


def _dms(value, positive, negative):
    letter = positive if value >= 0 else negative
    tenths = round(abs(value) * 36_000)  # tenths of a second: no "60.0" seconds
    d, rest = divmod(tenths, 36_000)
    m, s10 = divmod(rest, 600)
    return f"{d}°{m:02d}′{s10 / 10:04.1f}″{letter}"


@given(
    st.floats(min_value=-89.9, max_value=89.9, allow_nan=False),
    st.floats(min_value=-179.9, max_value=179.9, allow_nan=False),
)
def test_dms_round_trip(lat, lon):
    text = f"Seen at {_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')} today."
    ((_, _, got_lat, got_lon, unit),) = list(parse_coordinates(text))
    # Seconds with one decimal: the reading is within half a tenth of a second (and
    # the formatting's own rounding) of the value written.
    assert math.isclose(got_lat, lat, abs_tol=0.06 / 3600)
    assert math.isclose(got_lon, lon, abs_tol=0.06 / 3600)
    assert distance_km((got_lat, got_lon), (lat, lon)) < 0.01
    assert unit == pytest.approx(0.1 / 3600)


# The gates parse_coordinates searches first hold in every match of the full patterns: a
# text they refuse has no coordinates to read.


@settings(max_examples=400, deadline=None)
@given(data=st.data(), prefix=st.sampled_from(["", " ", "at ", "(", "x\n"]))
def test_every_pair_holds_what_its_gate_searches(data, prefix):
    for pattern, needs in ((_coords._PAIR, _coords._PAIR_NEEDS),
                           (_coords._SIGNED, _coords._SIGNED_NEEDS)):
        text = prefix + data.draw(st.from_regex(pattern, fullmatch=True))
        if pattern.search(text) is not None:
            assert needs.search(text) is not None, (pattern.pattern, text)


@pytest.mark.parametrize("text", [
    "48°  30′ 15″ N 37° 54′ E", "40.446 degrees N, 79.982 degrees W", "N48.5 E37.9",
    "48.5N/37.9E", "48 deg N 37 deg E", "41°24'12.2\"N 2°10'26.5\"W", "30´ 15´´ N 10E",
    "coords 48.51 , -37.92", "at 47.09,37.54 near X",
])
def test_the_gates_pass_written_coordinates(text):
    assert _coords._PAIR_NEEDS.search(text) or _coords._SIGNED_NEEDS.search(text)
    assert pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Degrees, minutes and seconds typed without marks, one space apart.
        (
            "Artillery fire was logged at 47 05 30 N 37 32 45 E overnight.",
            [(47.09167, 37.54583, "47 05 30 N 37 32 45 E")],
        ),
        (
            "The balloon came down at 51 12 07S 69 14 55W, the crew said.",
            [(-51.20194, -69.24861, "51 12 07S 69 14 55W")],
        ),
        # Decimal minutes, hemisphere letters first: the whole pair, not "N 44 30.5 E".
        (
            "The tanker gave its position as N 44 30.5 E 33 31.2 at noon.",
            [(44.50833, 33.52, "N 44 30.5 E 33 31.2")],
        ),
        ("Grid: S 12 03.25, W 077 02.50.", [(-12.05417, -77.04167, "S 12 03.25, W 077 02.50")]),
    ],
)
def test_spaced_degrees_minutes_seconds(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take Route 5 N for 12 45 E-bound exits.",  # whole minutes alone: any two numbers
        "Scores were 12 45 N and 10 30 E in the two rounds.",
        "Gates 3 15 30 N and 4 20 61 E are closed.",  # 61 seconds: no coordinate
    ],
)
def test_spaced_numbers_that_are_no_coordinates(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The second tester's: a space before the hemisphere after several decimals.
        ("The depot sits at 49.2870 N, 37.4120 E, the release said.",
         [(49.287, 37.412, "49.2870 N, 37.4120 E")]),
        ("Position: 47.85123 N 35.11745 E.", [(47.85123, 35.11745, "47.85123 N 35.11745 E")]),
        ("Grid checked: 50.91 N, 34.80 E.", [(50.91, 34.8, "50.91 N, 34.80 E")]),
    ],
)
def test_a_space_before_the_hemisphere_after_any_number_of_decimals(text, expected):
    assert pairs(text) == expected


def test_a_whole_number_before_a_spaced_letter_is_still_no_coordinate():
    assert pairs("Take Route 5 N and then exit 12 E toward the port.") == []
