"""A claim about a town "in the X region" is framed by the town, not the region.

The region statement only says where the town lies: the claim's badge, its
"Zoom to" frame and the report's "On the map" column follow the town; a region
named on its own still frames its claim.
"""

from __future__ import annotations

import json
import re

import pytest

from geo import analyze
from geo.render.claim_frame import framing_features, framing_toponyms
from geo.render.report import report_page
from geo.render.scene import build_corpus_scene


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer.index import load_gazetteer

    return load_gazetteer()


def _only_claim(text, gaz):
    a = analyze(text, gazetteer=gaz)
    assert len(a.claims) == 1, a.claims
    return a, a.claims[0]


@pytest.mark.parametrize("text", [
    "Russian drones struck Chuhuiv in the Kharkiv region overnight, the governor said.",
    "A missile hit Nikopol in the Dnipropetrovsk region on Monday, officials said.",
    "Ukrainian drones attacked Novoshakhtinsk in Russia's Rostov region, the governor said.",
])
def test_a_town_in_its_region_is_framed_by_the_town(text, gaz):
    a, claim = _only_claim(text, gaz)
    regions = [fi for fi in claim.features if a.features[fi].kind == "region"]
    assert regions, a.features
    assert not set(regions) & set(framing_features(claim, a))
    kinds = {a.toponyms[ti].place.kind for ti in framing_toponyms(claim, a)}
    assert kinds == {"place"}
    page = report_page(a, gazetteer=gaz)
    (row,) = re.findall(r"<tr tabindex.*?</tr>", page)
    assert row.endswith("<td>place</td></tr>")
    refs = json.loads(re.search(r'data-geo-refs="([^"]*)"', row).group(1).replace("&quot;", '"'))
    assert all(kind != "features" for kind, _ in refs)


@pytest.mark.parametrize("text", [
    "Russian drones struck targets across the Kharkiv region overnight, the governor said.",
    "Shelling hit Nikopol and villages in the Kharkiv region on Monday, officials said.",
])
def test_a_region_named_on_its_own_frames_its_claim(text, gaz):
    a, claim = _only_claim(text, gaz)
    regions = [fi for fi in claim.features if a.features[fi].kind == "region"]
    assert regions and set(regions) <= set(framing_features(claim, a))
    page = report_page(a, gazetteer=gaz)
    (row,) = re.findall(r"<tr tabindex.*?</tr>", page)
    assert "region" in row.rsplit("<td>", 1)[1]


def test_the_badge_and_its_zoom_follow_the_town(gaz):
    a, claim = _only_claim(
        "Russian drones struck Chuhuiv in the Kharkiv region overnight, the governor said.", gaz)
    scene = build_corpus_scene([a], gazetteer=gaz)
    (badge,) = [m for m in scene.marks if m.kind == "claim"]
    town = next(a.toponyms[ti].place for ti in claim.toponyms
                if a.toponyms[ti].place.kind == "place")
    assert (round(badge.lat, 3), round(badge.lon, 3)) == (round(town.lat, 3), round(town.lon, 3))
    assert all(kind != "features" for kind, _ in badge.zoom)


def test_a_river_is_labelled_a_river(gaz):
    a = analyze("Russian forces shelled Kherson from across the Dnipro on Monday.", gazetteer=gaz)
    scene = build_corpus_scene([a], gazetteer=gaz)
    labels = {m.label for m in scene.marks if m.kind == "water"}
    assert labels == {"Dnipro River"}
    a = analyze("Ukrainian boats crossed the Dnipro River near Kherson.", gazetteer=gaz)
    labels = {m.label for m in build_corpus_scene([a], gazetteer=gaz).marks if m.kind == "water"}
    assert labels == {"Dnipro River"}
