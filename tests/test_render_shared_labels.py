"""Places at one point get one label ("Bint Jbeil / Khiam (est.)"): an estimated
village put at the town the text names it with is not a second name either side of one
dot, nor a name pushed beside a neighbour's dot (tester30 F7), on the HTML map and in
the SVG/PNG figure alike."""

from __future__ import annotations

from geo.geometry import ring
from geo.model import Analysis, Claim, Place, Toponym
from geo.render.figure import draw_figure
from geo.render.scene import build_scene

from .test_render import SUMY, SUMY_OBLAST, toponym

TEXT = "Strikes hit Khutir Vilnyi and Sumy on Tuesday, officials said. Sumy region was calm."
GUESS = Place(0, "Khutir Vilnyi", "place", "UA", SUMY.lat, SUMY.lon)  # estimated at Sumy


def shared_point() -> Analysis:
    tops = (
        Toponym(12, 25, "Khutir Vilnyi", GUESS, 0.5, estimated=True,
                uncertainty=ring((SUMY.lat, SUMY.lon), 20.0)),
        toponym(TEXT, "Sumy", SUMY),
        toponym(TEXT, "Sumy region", SUMY_OBLAST),
    )
    claim = Claim(0, 62, TEXT[:62], "officials", "said", "asserted", toponyms=(0, 1))
    return Analysis(text=TEXT, toponyms=tops, claims=(claim,))


def test_places_at_one_point_share_one_label_the_estimate_last():
    scene = build_scene(shared_point())
    labels = sorted(m.label for m in scene.places if m.label)
    assert "Sumy / Khutir Vilnyi (est.)" in labels
    assert "Khutir Vilnyi" not in labels and "Sumy" not in labels
    # the estimate keeps its marker (and popup) on screen, unlabelled
    guess = next(m for m in scene.places if m.name == "Khutir Vilnyi")
    assert guess.label == "" and guess.shape == "estimated"
    # a region's label point elsewhere keeps its own name
    assert any(m.label.startswith("Sumy") and "/" not in m.label for m in scene.places)


def test_the_figure_prints_the_one_label():
    texts = [t.get_text() for t in draw_figure(shared_point(), width=900, height=600).axes[0].texts
             if t.get_visible()]
    assert "Sumy / Khutir Vilnyi (est.)" in texts
    assert "Khutir Vilnyi" not in texts and "Sumy" not in texts


def test_places_apart_keep_their_own_labels():
    tops = (Toponym(12, 25, "Khutir Vilnyi", Place(0, "Khutir Vilnyi", "place", "UA", 50.92,
                                                     34.657), 0.5, estimated=True),
            toponym(TEXT, "Sumy", SUMY))
    labels = {m.label for m in build_scene(Analysis(text=TEXT, toponyms=tops)).places}
    assert {"Khutir Vilnyi", "Sumy"} <= labels
