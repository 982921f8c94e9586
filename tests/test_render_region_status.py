"""A region's drawn status comes from the claims about the region itself.

"Russia said it captured the village of X in the Y region" (disputed) is a claim
about X: it must not shade the whole of Y "Disputed". A claim naming only the
region (or a town in another region) still colours it.
"""

from __future__ import annotations

from shapely.geometry import box

from geo.model import Analysis, Claim, Feature, Place
from geo.render.scene import build_scene

from .test_render import sentence, toponym

DNIPRO_OBLAST = Place(709929, "Dnipropetrovsk", "admin1", "UA", 48.3, 34.83, admin1_code="04")
VILLAGE = Place(699373, "Novopavlivka", "place", "UA", 48.14, 36.79, admin1_code="04")
KHARKIV_TOWN = Place(706448, "Kharkiv", "place", "UA", 49.98, 36.25, admin1_code="07")
ESTIMATED = Place(0, "Zelene Pole", "place", "UA", 48.2, 36.5)
AREA = box(33.0, 47.5, 37.0, 49.2)  # stands for the oblast's polygon (lon, lat)


def _analysis(text: str, *, village: Place = VILLAGE, status: str = "disputed",
              with_feature: bool = False) -> Analysis:
    tops = (toponym(text, village.name, village),
            toponym(text, "Dnipropetrovsk", DNIPRO_OBLAST))
    i, j, t = sentence(text, "Russia said")
    features = ()
    if with_feature:
        s = text.index("the Dnipropetrovsk region")
        features = (Feature("region", s, s + 25, text[s:s + 25], AREA, anchor=1),)
    claim = Claim(i, j, t, "Russia", "said", status, toponyms=(0, 1),
                  features=(0,) if with_feature else ())
    return Analysis(text, tuple(tops), features, (claim,))


def _region_statuses(scene) -> list[str]:
    return [s.status for s in scene.shapes if s.role == "region"]


def test_a_village_claim_does_not_shade_its_region():
    text = "Russia said it captured the village of Novopavlivka in the Dnipropetrovsk region."
    scene = build_scene(_analysis(text, with_feature=True))
    assert _region_statuses(scene) == ["stated"]
    (village,) = [m for m in scene.places if m.name == "Novopavlivka"]
    assert village.status == "disputed"  # the village keeps the claim's status
    (badge,) = scene.claims
    assert (badge.lat, badge.lon) == (VILLAGE.lat, VILLAGE.lon)


def test_the_region_marker_too_keeps_a_village_claim_off():
    text = "Russia said it captured the village of Novopavlivka in the Dnipropetrovsk region."
    scene = build_scene(_analysis(text))  # no feature, no gazetteer: the label point
    (region,) = [m for m in scene.places if m.name == "Dnipropetrovsk"]
    assert region.status == "stated"


def test_a_claim_about_the_region_itself_still_shades_it():
    text = "Russia said Novopavlivka was quiet. Russia said it struck the Dnipropetrovsk region."
    a = _analysis(text, with_feature=True)
    i, j, t = sentence(text, "Russia said it struck")
    claim = Claim(i, j, t, "Russia", "said", "disputed", toponyms=(1,), features=(0,))
    scene = build_scene(Analysis(a.text, a.toponyms, a.features, (claim,)))
    assert _region_statuses(scene) == ["disputed"]


def test_a_town_in_another_region_does_not_take_the_claim_away():
    text = "Russia said it struck Kharkiv and the Dnipropetrovsk region overnight."
    scene = build_scene(_analysis(text, village=KHARKIV_TOWN, status="unverified",
                                  with_feature=True))
    assert _region_statuses(scene) == ["unverified"]


def test_a_place_without_a_region_code_is_placed_by_the_polygon():
    text = "Russia said it captured Zelene Pole in the Dnipropetrovsk region."
    scene = build_scene(_analysis(text, village=ESTIMATED, with_feature=True))
    assert _region_statuses(scene) == ["stated"]  # its point lies inside the polygon
    outside = Place(0, "Zelene Pole", "place", "UA", 50.5, 36.5)  # north of the box
    scene = build_scene(_analysis(text, village=outside, with_feature=True))
    assert _region_statuses(scene) == ["disputed"]
