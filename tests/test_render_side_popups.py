"""A claim's popup names its side as its layer does ("Side: Russia (RU)", not "RU"):
one naming on the map, in popups and the layer control (maps30 leftover); a side named
by a hostile party reaches the popup only escaped."""

from __future__ import annotations

from dataclasses import replace

from geo.render import render
from geo.render.scene import build_scene

from .test_render import to_html
from .test_render_frame import speaker_analysis


def _side_rows(scene) -> set[str]:
    import re

    popups = [m.popup for m in (*scene.claims, *scene.places, *scene.points)]
    popups += [s.popup for s in scene.shapes]
    return {row for p in popups for row in re.findall(r"<dt>Side</dt><dd>(.*?)</dd>", p)}


def test_a_claims_popup_names_its_side_as_its_layer():
    a = speaker_analysis()
    a = replace(a, claims=(replace(a.claims[0], side="RU", party="Russia"), a.claims[1]))
    rows = _side_rows(build_scene(a))
    assert "Russia (RU)" in rows and "RU" not in rows


def test_a_hostile_side_name_reaches_the_popup_only_escaped():
    bad = "<img src=x onerror=alert(1)>{{7*7}}"
    a = speaker_analysis()
    a = replace(a, claims=(replace(a.claims[0], side="XX", party=bad), a.claims[1]))
    assert "&lt;img src=x onerror=alert(1)&gt;{{7*7}} (XX)" in _side_rows(build_scene(a))
    page = to_html(render(a, tiles=None, offline=False))
    assert bad not in page and "<img src=x" not in page
