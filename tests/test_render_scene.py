"""Scene building (geo.render.scene_parts): places that have no GeoNames id.

Regions derived from Natural Earth (England, Wales, Scotland) carry geonameid 0;
each is still its own place on the map, with its own marker and claim badge.
"""

from __future__ import annotations

import pytest
from shapely.geometry import box

from geo.model import Analysis, Claim, Feature, Place
from geo.render.scene import build_scene

from .test_render import sentence, toponym

ENGLAND = Place(0, "England", "admin1", "GB", 52.59528, -1.46059, country_name="United Kingdom")
WALES = Place(0, "Wales", "admin1", "GB", 52.33926, -3.7581, country_name="United Kingdom")
SCOTLAND = Place(0, "Scotland", "admin1", "GB", 56.83242, -4.16631)
TEXT = ("Police said protests spread across England. "
        "Officials said riots also hit Wales and Scotland. Wales was calm later.")


def analysis(features=()) -> Analysis:
    tops = (
        toponym(TEXT, "England", ENGLAND),
        toponym(TEXT, "Wales", WALES),
        toponym(TEXT, "Scotland", SCOTLAND),
        toponym(TEXT, "Wales", WALES, 1),
    )
    claims = []
    for words, tis in (("Police said", (0,)), ("Officials said", (1, 2))):
        i, j, t = sentence(TEXT, words)
        claims.append(Claim(i, j, t, words.split()[0], "said", "asserted", toponyms=tis))
    return Analysis(TEXT, tops, tuple(features), tuple(claims))


def test_places_without_geonames_id_keep_their_own_position():
    scene = build_scene(analysis())
    where = {m.name: (m.lat, m.lon) for m in scene.places}
    assert where == {
        "England": (ENGLAND.lat, ENGLAND.lon),
        "Wales": (WALES.lat, WALES.lon),
        "Scotland": (SCOTLAND.lat, SCOTLAND.lon),
    }
    # Wales is mentioned twice: one marker answering to both mentions.
    (wales,) = [m for m in scene.places if m.name == "Wales"]
    assert [key for _, key in wales.refs] == [1, 3]
    badges = {m.number: (m.lat, m.lon) for m in scene.claims}
    assert badges == {1: (ENGLAND.lat, ENGLAND.lon), 2: (WALES.lat, WALES.lon)}


def test_region_feature_anchored_on_a_later_mention_labels_that_place():
    # The region feature is anchored on the second mention of Wales (toponym 3).
    s = TEXT.rindex("Wales")
    area = box(-5.0, 51.5, -3.0, 53.3)
    feature = Feature("region", s, s + 5, "Wales", area, anchor=3)
    scene = build_scene(analysis([feature]))
    (wales,) = [m for m in scene.places if m.name == "Wales"]
    england = next(m for m in scene.places if m.name == "England")
    centre = area.representative_point()
    assert (england.lat, england.lon) == (ENGLAND.lat, ENGLAND.lon)
    assert wales.lat != WALES.lat or wales.lon != WALES.lon  # at the drawn region's label
    assert area.contains(type(centre)(wales.lon, wales.lat))
    assert [sh.role for sh in scene.shapes] == ["region"]  # drawn once, not again per place


@pytest.mark.gazetteer
def test_regions_without_geonames_id_get_their_polygon(gazetteer):
    """Natural Earth's groupings (England, Wales, Scotland) have no GeoNames id: their
    polygon is found by name, country and point."""
    import geo
    from geo.render.placement import region_geometry

    a = geo.analyze("Floods hit England and Wales, while Scotland stayed dry.", gazetteer=gazetteer)
    regions = [t.place for t in a.toponyms if t.place is not None and t.place.kind == "admin1"]
    assert [p.name for p in regions] == ["England", "Wales", "Scotland"]
    assert all(p.geonameid == 0 for p in regions)
    shapes = [region_geometry(gazetteer, p) for p in regions]
    assert all(s is not None and s.contains(s.representative_point()) for s in shapes)
    assert shapes[0].intersection(shapes[1]).area < 0.01 * shapes[1].area  # not one polygon
