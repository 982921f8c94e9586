"""geo.model after its split into one module per kind of record: the import paths and
the records' behaviour that other modules rely on."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import Point

import geo
import geo.model
from geo.errors import InputError
from geo.model import Analysis, Claim, DateSpan, Feature, Place, Quantity, Toponym


def test_every_public_name_is_importable_from_geo_model():
    for name in geo.model.__all__:
        assert hasattr(geo.model, name), name
    # the flat namespace of the package re-exports the same objects
    for name in ("Analysis", "Claim", "Feature", "Place", "Toponym"):
        if hasattr(geo, name):
            assert getattr(geo, name) is getattr(geo.model, name)
    from geo.model import round_geojson  # used by the renderer

    assert round_geojson({"c": (1.23456789, 2)}) == {"c": [1.234568, 2]}


def sample() -> Analysis:
    text = "Shelling hit Sumy, Moscow said on June 2."
    sumy = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906)
    top = Toponym(13, 17, "Sumy", sumy, 0.9, cue="in", uncertainty=Point(34.8, 50.9).buffer(0.1))
    feat = Feature("point", 13, 17, "Sumy", Point(34.8, 50.9), anchor=0)
    claim = Claim(0, len(text), text, "Moscow", "said", "asserted",
                  quantities=(Quantity(3, "shells", "3"),),
                  dates=(DateSpan("June 2", "2025-06-02", "2025-06-02"),),
                  toponyms=(0,), features=(0,), side="RU")
    return Analysis(text, (top,), (feat,), (claim,), id="a1", url="https://example.org/x")


def test_records_survive_pickle_and_serialise_as_before():
    a = sample()
    again = pickle.loads(pickle.dumps(a))
    assert again == a
    assert again.to_dict() == a.to_dict()
    d = a.to_dict()
    assert list(d) == ["id", "title", "url", "toponyms", "features", "claims"]
    assert d["toponyms"][0]["uncertainty"]["type"] == "Polygon"
    assert d["claims"][0]["quantities"] == [
        {"value": 3, "unit": "shells", "text": "3", "start": 0, "end": 0}
    ]
    gj = a.to_geojson()
    assert [f["properties"]["layer"] for f in gj["features"]] == ["feature", "place"]
    assert gj["features"][0]["properties"]["statuses"] == ["asserted"]


@pytest.mark.parametrize(
    "build",
    [
        lambda: Place(1, "X", "town", "UA", 0.0, 0.0),
        lambda: Place(1, "X", "place", "UA", 91.0, 0.0),
        lambda: Toponym(3, 2, ""),
        lambda: Feature("blob", 0, 1, "x", Point(0, 0)),
        lambda: Feature("ring", 0, 1, "x", Point(0, 0), radius_km=float("nan")),
        lambda: Claim(0, 1, "x", None, None, "rumoured"),
        lambda: Claim(0, 1, "x", None, None, "asserted", kind="hearsay"),
    ],
)
def test_each_record_still_checks_itself(build):
    with pytest.raises(InputError):
        build()


def _rounded_reference(obj, ndigits=6):
    """round_geojson as first written: one recursive call per value."""
    if isinstance(obj, float):
        return round(obj, ndigits)
    if isinstance(obj, list | tuple):
        return [_rounded_reference(x, ndigits) for x in obj]
    if isinstance(obj, dict):
        return {k: _rounded_reference(v, ndigits) for k, v in obj.items()}
    return obj


_SCALARS = st.one_of(st.floats(allow_nan=False), st.integers(), st.booleans(), st.none(),
                     st.text(max_size=3))
_GEOJSONISH = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.tuples(st.floats(allow_nan=False), st.floats(allow_nan=False)),
        st.dictionaries(st.text(max_size=3), inner, max_size=3),
    ),
    max_leaves=20,
)


@given(_GEOJSONISH)
def test_round_geojson_is_the_plain_recursive_rounding(obj):
    from geo.model._common import round_geojson

    expected = _rounded_reference(obj)
    got = round_geojson(obj)
    assert repr(got) == repr(expected)


def test_feature_geometries_round_as_before():
    from shapely.geometry import mapping

    from geo.geometry import ring
    from geo.model._common import round_geojson

    for geometry in (ring((50.9, 34.8), 12.5), Point(34.123456789, 50.987654321),
                     ring((50.9, 179.99), 30.0), ring((50.9, 34.8), 3.0).boundary):
        assert repr(round_geojson(mapping(geometry))) == repr(_rounded_reference(mapping(geometry)))


def test_geometry_geojson_is_the_rounded_mapping():
    """Built from coordinate arrays, the same dictionary as rounding shapely's mapping
    (the plain recursion), for every kind of geometry."""
    from shapely.geometry import (
        GeometryCollection,
        LineString,
        MultiLineString,
        MultiPolygon,
        Polygon,
        mapping,
    )

    from geo.geometry import ring
    from geo.model._common import geometry_geojson

    holed = Polygon([(30.0, 50.0), (31.123456789, 50.0), (31.0, 51.0), (30.0, 50.0)],
                    [[(30.5, 50.2), (30.7, 50.2), (30.6, 50.4), (30.5, 50.2)]])
    geometries = [
        ring((50.9, 34.8), 12.5), ring((50.9, 179.99), 30.0), ring((89.9, 0.0), 50.0),
        holed, MultiPolygon([holed, ring((48.0, 37.0), 5.0)]),
        LineString([(-0.0, -1e-9), (179.9999995, -89.99999949)]),
        Point(34.123456789, 50.987654321), Polygon(), LineString(),
        Polygon([(0, 0, 1), (1, 0, 2), (1, 1, 3)]), MultiLineString([[(0, 0), (1, 1.0000005)]]),
        GeometryCollection([holed, Point(1.5, 2.5)]), ring((50.9, 34.8), 3.0).boundary,
    ]
    for geometry in geometries:
        expected = _rounded_reference(mapping(geometry))
        assert repr(geometry_geojson(geometry)) == repr(expected), geometry.geom_type


def test_geometry_geojson_of_a_polygon_again_is_equal_and_its_own():
    """A polygon serialised again (a region's, remembered) gives the same dictionary,
    with lists of its own: changing one output leaves the next unchanged."""
    from shapely.geometry import MultiPolygon, mapping

    from geo.geometry import ring
    from geo.model._common import geometry_geojson

    for geometry in (ring((48.0, 37.0), 5.0), MultiPolygon([ring((48.0, 37.0), 5.0),
                                                            ring((50.0, 36.0), 2.0)])):
        first = geometry_geojson(geometry)
        ring_list = first["coordinates"][0]
        while not isinstance(ring_list[0][0], float):  # down to a ring's list of points
            ring_list = ring_list[0]
        ring_list[0].append(0.0)  # a point changed, and a ring
        ring_list.pop()
        again = geometry_geojson(geometry)
        assert repr(again) == repr(_rounded_reference(mapping(geometry)))
        assert repr(geometry_geojson(geometry, 2)) == repr(
            _rounded_reference(mapping(geometry), 2))
