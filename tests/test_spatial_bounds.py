"""The work one document can cause in the spatial stage is bounded (hostile input)."""

from __future__ import annotations

import logging

import geo
from geo.geometry import ring
from geo.text.spatial import assembly


def test_a_repeated_circle_is_one_geometry_object():
    # Immutable shapely geometries: the same circle twice is the same object, so a
    # liveblog repeating "near Izium" keeps one polygon in memory and builds its JSON once.
    a = ring((49.2, 37.27), 12.2)
    b = ring((49.2, 37.27), 12.2)
    assert a is b
    assert ring((49.2, 37.27), 12.3) is not a
    assert ring((49.2, 37.27), 12.2, vertices=64) is not a


def test_features_of_one_document_are_capped_with_a_warning(monkeypatch, caplog, gazetteer):
    monkeypatch.setattr(assembly, "MAX_FEATURES", 5)
    text = "Shelling hit Kharkiv near Izium. " * 8 + "Drones struck near Sumy."
    with caplog.at_level(logging.WARNING):
        analysis = geo.analyze(text, gazetteer=gazetteer)
    assert len(analysis.features) == 5
    # The first ones in text order are kept; claims index only those kept.
    assert [f.start for f in analysis.features] == sorted(f.start for f in analysis.features)
    assert analysis.features[0].start == text.index("near Izium")
    assert all(i < 5 for c in analysis.claims for i in c.features)
    assert any("left out the other 4" in r.getMessage() for r in caplog.records)


def test_an_ordinary_article_is_far_below_the_cap(gazetteer):
    text = "Shelling hit Kharkiv near Izium. " * 30
    assert len(geo.analyze(text, gazetteer=gazetteer).features) == 30 < assembly.MAX_FEATURES


def test_stated_coordinates_alone_are_capped_too(monkeypatch, caplog, gazetteer):
    # A text of coordinates and no place names: the points are features as well.
    monkeypatch.setattr(assembly, "MAX_FEATURES", 3)
    text = " ".join(f"A strike was filmed at 48.{i:04d}N 37.{i:04d}E." for i in range(1, 6))
    with caplog.at_level(logging.WARNING):
        analysis = geo.analyze(text, gazetteer=gazetteer)
    assert len(analysis.features) == 3
    assert any("left out the other 2" in r.getMessage() for r in caplog.records)
