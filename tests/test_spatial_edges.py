"""Offsets measured from a town's centre or its edge ("3 km west of the centre of P",
"50 km east of P's outskirts") and distances "off" a coastal place (geo.text.spatial.
distances). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.geometry import bearing_deg, distance_km
from geo.text.spatial import extract_features
from geo.text.spatial.measures import urban_radius_km


def features(text, gazetteer):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    return analysis.toponyms, extract_features(text, analysis.toponyms, gazetteer)


def only(feats, kind):
    found = [f for f in feats if f.kind == kind]
    assert len(found) == 1, [(f.kind, f.text) for f in feats]
    return found[0]


def _from_anchor(toponyms, f):
    p = toponyms[f.anchor].place
    at = (f.geometry.y, f.geometry.x)
    return distance_km((p.lat, p.lon), at), bearing_deg((p.lat, p.lon), at), p


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "km", "deg"),
    [
        ("A shell hit a school 4 km north-northeast of the centre of Pokrovsk on Friday.",
         "4 km north-northeast of the centre of Pokrovsk", 4, 22.5),
        ("Drones struck a depot 6 km south of central Zaporizhzhia overnight.",
         "6 km south of central Zaporizhzhia", 6, 180),
        ("The blast was 2 km east of the city centre of Kramatorsk, police said.",
         "2 km east of the city centre of Kramatorsk", 2, 90),
    ],
)  # fmt: skip
def test_an_offset_from_the_centre_of_a_place_is_measured_from_its_point(
    gazetteer, text, phrase, km, deg
):
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert f.text == phrase and f.distance_km == km
    d, b, _ = _from_anchor(toponyms, f)
    assert abs(d - km) < 0.1 and abs((b - deg + 180) % 360 - 180) < 1


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "km", "deg"),
    [
        ("Positions were shelled about 30 km west of Zaporizhzhia's outskirts.",
         "about 30 km west of Zaporizhzhia's outskirts", 30, 270),
        ("A column was seen 12 km south of the southern outskirts of Kharkiv.",
         "12 km south of the southern outskirts of Kharkiv", 12, 180),
        ("Mines were laid 8 km north of the city limits of Sumy.",
         "8 km north of the city limits of Sumy", 8, 0),
    ],
)  # fmt: skip
def test_an_offset_from_the_outskirts_is_measured_from_the_edge(
    gazetteer, text, phrase, km, deg
):
    """"N km east of P's outskirts": the point lies N km beyond P's urban radius, as rings
    measured "from the edge of P" do."""
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "offset")
    assert f.text == phrase and f.distance_km == km
    d, b, place = _from_anchor(toponyms, f)
    edge = urban_radius_km(place)
    assert edge > 1 and abs(d - (km + edge)) < 0.1
    assert abs((b - deg + 180) % 360 - 180) < 1 and "edge" in f.note


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "km"),
    [
        ("A patrol boat was hit 15 nautical miles off Sevastopol at night.",
         "15 nautical miles off Sevastopol", 15 * 1.852),
        ("The ship sank some 30 km off the coast of Odesa, the navy said.",
         "some 30 km off the coast of Odesa", 30),
    ],
)  # fmt: skip
def test_a_distance_off_a_coastal_place_is_a_band_at_that_distance(
    gazetteer, text, phrase, km
):
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.text == phrase and abs(f.radius_km - km) < 0.01
    p = toponyms[f.anchor].place
    assert not f.geometry.contains(geo.geometry.ring((p.lat, p.lon), 0.5 * km))
    assert "sea" in f.note


@pytest.mark.gazetteer
def test_the_city_is_a_place_named_as_an_area_when_no_other_is_left(gazetteer):
    text = (
        "Shelling went on overnight.\n\nKupiansk direction: Russian units are now about "
        "10 km north of the town."
    )
    toponyms, feats = features(text, gazetteer)
    assert toponyms[only(feats, "offset").anchor].text == "Kupiansk"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "sea_point", "land_point"),
    [
        # 20 nmi (37 km) off Odesa: south-east over the Black Sea; north-west is land.
        ("A Russian patrol ship was struck 20 nautical miles off Odesa, the navy said.",
         (46.25, 31.05), (46.70, 30.35)),
        # 30 km off Sevastopol: west over the sea; north-east is Crimea's land.
        ("The tanker was hit about 30 km off the coast of Sevastopol on Monday.",
         (44.60, 33.15), (44.80, 33.80)),
    ],
)  # fmt: skip
def test_a_band_off_a_coastal_place_keeps_only_its_sea_part(
    gazetteer, text, sea_point, land_point
):
    from shapely.geometry import Point

    _, feats = features(text, gazetteer)
    f = only(feats, "ring")
    assert f.geometry.contains(Point(sea_point[1], sea_point[0]))
    assert not f.geometry.contains(Point(land_point[1], land_point[0]))
    assert "sea part" in f.note


@pytest.mark.gazetteer
def test_a_band_off_an_inland_place_is_drawn_whole_and_says_so(gazetteer):
    text = "A drone was downed 12 km off Kramatorsk, officials said."
    toponyms, feats = features(text, gazetteer)
    f = only(feats, "ring")
    p = toponyms[f.anchor].place
    for bearing in (0, 90, 180, 270):  # every side of the band is kept
        assert f.geometry.buffer(0.01).contains(geo.geometry.offset((p.lat, p.lon), 12, bearing))
    assert "meets no sea" in f.note
