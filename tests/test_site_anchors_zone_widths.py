"""Distances from a site named after its town ("20 km from the Kursk nuclear power
plant", "30 km northwest of Goma's airport": drawn from the town when the distance is
long beside the site's offset, skipped with a warning when short), a zone's stated width
"along the border" ("a 20-km buffer zone"), and a recurring report's title naming its
topic before its date. Texts written for these tests."""

from __future__ import annotations

import logging

import pytest

import geo
from geo.text.stated_date import stated_date


def feats(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).features


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kind", "phrase", "town"),
    [
        ("A drone fell 20 km from the Kursk nuclear power plant, the governor said.", "ring",
         "20 km from the Kursk nuclear power plant", "Kurchatov"),
        ("Congo's army said troops retook Nyabiondo, about 30 km northwest of Goma's "
         "airport.", "offset", "30 km northwest of Goma's airport", "Goma"),
        ("Explosions were heard 12 km from the Zaporizhzhia Nuclear Power Plant.", "ring",
         "12 km from the Zaporizhzhia Nuclear Power Plant", "Enerhodar"),
    ],
)  # fmt: skip
def test_a_long_distance_from_a_site_is_drawn_from_its_town(gazetteer, text, kind, phrase, town):
    a = geo.analyze(text, gazetteer=gazetteer)
    (f,) = [f for f in a.features if f.kind == kind]
    assert phrase in f.text
    assert a.toponyms[f.anchor].place.name == town


@pytest.mark.gazetteer
def test_a_short_distance_from_a_site_is_skipped_with_a_warning(gazetteer, caplog):
    text = "A drone struck a building 500 metres from the Zaporizhzhia nuclear power plant."
    with caplog.at_level(logging.WARNING):
        found = feats(text, gazetteer)
    assert not [f for f in found if f.kind in ("ring", "offset")]
    assert "the site's own position is not in the index" in caplog.text


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Russia demands a 20-km buffer zone along the border in the Sumy region.", 20.0),
        ("Moscow wants a 30 km wide security strip along the border with Ukraine.", 30.0),
        ("Shelling continued along the border in the Sumy region.", 25.0),  # the default
    ],
)
def test_a_zone_along_the_border_has_its_stated_width(gazetteer, text, km):
    (band,) = [f for f in feats(text, gazetteer) if f.kind == "near"]
    assert band.radius_km == km


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Latest Defence Intelligence update on the situation in Ukraine - 24 November 2026",
         "2026-11-24"),
        ("Report of the Secretary-General on Sudan, 3 March 2025", "2025-03-03"),
        ("Talks in Geneva, 3 March 2025", None),  # an event's date
        ("Strikes on Kyiv - 3 March 2025", None),
    ],
)  # fmt: skip
def test_a_report_title_naming_its_topic_gives_its_date(head, day):
    found = stated_date(head + "\n\nOn Sunday, Russian forces likely advanced near Siversk.")
    assert (found[0].isoformat() if found else None) == day
