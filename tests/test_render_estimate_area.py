"""An estimated village's area is styled by its claims only when it is a town's size:
a whole oblast outlined "Disputed" reads as contested territory (testerB30's B9).
Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.render.scene import build_scene


def estimate_shapes(text, gazetteer):
    scene = build_scene(geo.analyze(text, gazetteer=gazetteer), gazetteer=gazetteer)
    return [s for s in scene.shapes if s.role == "estimate"]


@pytest.mark.gazetteer
def test_an_oblast_wide_estimate_area_is_drawn_neutral(gazetteer):
    text = (
        "Russia's Defense Ministry claimed on Wednesday that its forces had captured the "
        "village of Zarichchia in the Sumy region. Ukraine's General Staff denied that, "
        "saying fighting continued near the village."
    )
    (shape,) = estimate_shapes(text, gazetteer)
    assert shape.status == "stated"


@pytest.mark.gazetteer
def test_a_town_sized_estimate_area_keeps_its_claims_status(gazetteer):
    text = "Russian forces captured Zarichchia, 5 km west of Kupiansk, the ministry said."
    shapes = estimate_shapes(text, gazetteer)
    assert shapes and all(s.status == "asserted" for s in shapes)
