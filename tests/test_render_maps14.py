"""Maps a demanding user expects (maps14): a corpus map's view fits every article, the
offline basemap covers a view wider than one world, near-coincident labels do not
collide.

Analyses are built by hand; the browser checks are in ``test_render_browser.py``.
"""

from __future__ import annotations

from geo.model import Analysis, Claim, Place
from geo.render import render, to_html
from geo.render.scene import build_corpus_scene, build_scene

from .test_render import SUMY, example_analysis, sentence, toponym
from .test_render_frame import SUVA


def places_only(text: str, name: str, place) -> Analysis:
    """An article that names one place and makes no claim about it."""
    return Analysis(text, (toponym(text, name, place),), (), ())


def inside(box, lat: float, lon: float) -> bool:
    s, w, n, e = box
    return s <= lat <= n and w <= lon <= e


def test_a_corpus_view_fits_an_article_without_claims_on_places(mini_gazetteer):
    front = example_analysis()
    far = places_only("Flooding closed schools in Suva on Monday.", "Suva", SUVA)
    alone = build_scene(front, gazetteer=mini_gazetteer).frame
    scene = build_corpus_scene([front, far], gazetteer=mini_gazetteer)
    suva = next(m for m in scene.places if m.name == "Suva")
    assert not inside(alone, suva.lat, suva.lon)
    assert inside(scene.frame, suva.lat, suva.lon)  # the far article is in view ...
    s, w, n, e = alone  # ... and so is the front, whole
    assert inside(scene.frame, s, w) and inside(scene.frame, n, e)
    assert suva not in scene.far
    # the order of the articles does not change the view
    again = build_corpus_scene([far, front], gazetteer=mini_gazetteer).frame
    assert again == scene.frame


def test_a_corpus_view_keeps_each_articles_far_speakers_in_the_inset(mini_gazetteer):
    # Each article is framed as its own map is: Moscow and Istanbul, named in passing by
    # the front's article, stay in the inset; a second article on Sumy changes nothing.
    front = example_analysis()
    text = "Shelling hit Sumy, officials said."
    i, j, t = sentence(text, "Shelling")
    sumy = Analysis(text, (toponym(text, "Sumy", SUMY),), (),
                    (Claim(i, j, t, "officials", "said", "asserted", toponyms=(0,)),))
    one = build_scene(front, gazetteer=mini_gazetteer)
    both = build_corpus_scene([front, sumy], gazetteer=mini_gazetteer)
    assert both.frame == one.frame
    assert {m.name for m in both.far} == {m.name for m in one.far} != set()


# --------------------------------------------------------------------------- a wide view


def test_the_world_is_repeated_across_a_view_wider_than_the_window(gazetteer):
    from geo.render.basemap import build_basemap
    from geo.render.frame import world_shifts

    assert world_shifts(-180.0, 30.0, 40.0, reach=0.0) == (0.0,)
    assert world_shifts(-180.0, -200.0, 190.0, reach=0.0) == (-360.0, 0.0, 360.0)
    assert world_shifts(10.0, 10.0, 370.0, reach=0.0) == (0.0,)  # the window itself
    # an interactive map: the world on each side, as far as it can be panned or zoomed out
    base = build_basemap(gazetteer, (40.0, 20.0, 55.0, 45.0))
    assert base.shifts == (-720.0, -360.0, 0.0, 360.0, 720.0)
    page = to_html(render(example_analysis(), offline=True, gazetteer=gazetteer))
    assert "[-720.0,-360.0,0.0,360.0,720.0].forEach" in page
    assert page.count("var world = ") == 1  # the data once, drawn five times


def test_the_static_figure_draws_the_world_past_the_window(gazetteer):
    from matplotlib.figure import Figure
    from matplotlib.patheffects import withStroke

    from geo.render.figure_layers import draw_basemap
    from geo.render.figure_layout import Extent

    def land_east_of(lon: float, view) -> int:
        fig = Figure()
        ax = fig.add_axes((0, 0, 1, 1))
        draw_basemap(ax, gazetteer, Extent.fit(view, 1200, 800), -180.0, [withStroke()])
        return sum(1 for p in ax.patches if p.get_path().vertices[:, 0].max() > lon)

    # A view from Japan to past the dateline: the Americas are drawn at +360 too.
    assert land_east_of(190.0, (-40.0, 120.0, 60.0, 300.0)) > 10
    assert land_east_of(180.5, (40.0, 20.0, 55.0, 45.0)) == 0  # nothing past it needed


# --------------------------------------------------------------------------- labels

TULSA = Place(4553433, "Tulsa", "place", "US", 36.15398, -95.99277, "OK", "Oklahoma",
              "United States", 413066)
# a county's centre a few kilometres from its seat: at a view of a few hundred km the
# two markers nearly touch, and the seat's label would cover the county's marker
TULSA_COUNTY = Place(4553440, "Tulsa County", "admin2", "US", 36.12148, -95.94137, "OK",
                     "Oklahoma", "United States")
OKC = Place(4544349, "Oklahoma City", "place", "US", 35.46756, -97.51643, "OK", "Oklahoma",
            "United States", 681054)
WICHITA = Place(4281730, "Wichita", "place", "US", 37.69224, -97.33754, "KS", "Kansas",
                "United States", 397532)
CLUSTER_TEXT = ("Floodwaters rose in Tulsa and officials in Tulsa County closed roads. "
                "Shelters opened in Oklahoma City. Wichita was spared.")


def cluster_analysis() -> Analysis:
    """A city and its county's centre a few km apart, in a view a few hundred km wide."""
    tops = tuple(toponym(CLUSTER_TEXT, name, place) for name, place in (
        ("Tulsa", TULSA), ("Tulsa County", TULSA_COUNTY), ("Oklahoma City", OKC),
        ("Wichita", WICHITA)))
    i, j, t = sentence(CLUSTER_TEXT, "Floodwaters")
    claim = Claim(i, j, t, "officials", "closed", "asserted", toponyms=(0, 1, 2, 3))
    return Analysis(CLUSTER_TEXT, tops, (), (claim,))


def label_boxes(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    ax = fig.axes[0]
    return {t.get_text().strip(): t.get_window_extent(renderer) for t in ax.texts
            if (t.get_gid() or "").startswith("label-") and t.get_visible()}


def test_static_labels_of_near_coincident_markers_both_stay_clear():
    from geo.render.figure import draw_figure

    fig = draw_figure(cluster_analysis(), basemap=False, width=900, height=600)
    boxes = label_boxes(fig)
    assert {"Tulsa", "Tulsa County", "Oklahoma City", "Wichita"} <= set(boxes)
    ax = fig.axes[0]
    points = {(TULSA.lon, TULSA.lat): "Tulsa", (TULSA_COUNTY.lon, TULSA_COUNTY.lat):
              "Tulsa County"}
    for (lon, lat), own in points.items():
        x, y = ax.transData.transform((lon, lat))
        for name, box in boxes.items():
            if name != own:  # no label covers another place's marker
                assert not box.overlaps(type(box).from_extents(x - 5, y - 5, x + 5, y + 5)), name
    names = sorted(boxes)
    for a in names:  # nor another label
        for b in names:
            assert a == b or not boxes[a].overlaps(boxes[b]), (a, b)
        assert fig.bbox.x0 <= boxes[a].x0 and boxes[a].x1 <= fig.bbox.x1  # on the page


def test_static_figure_keeps_the_view_below_the_title():
    from geo.render.figure import draw_figure

    long_title = "A title long enough to wrap " * 6
    fig = draw_figure(cluster_analysis(), basemap=False, width=600, height=400,
                      title=long_title)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    title = next(t for t in fig.texts if t.get_text().startswith("A title"))
    bottom = title.get_window_extent(renderer).y0
    ax = fig.axes[0]
    for place in (TULSA, WICHITA, OKC):
        assert ax.transData.transform((place.lon, place.lat))[1] < bottom - 5, place.name


def test_static_svg_is_the_same_bytes_twice(tmp_path):
    from geo.render import export_svg

    a = export_svg(cluster_analysis(), tmp_path / "a.svg", basemap=False)
    b = export_svg(cluster_analysis(), tmp_path / "b.svg", basemap=False)
    assert a.read_bytes() == b.read_bytes()


def test_static_badges_at_places_a_few_km_apart_keep_clear():
    from geo.render.figure import draw_figure

    from .test_render_browser_badges import crowded_claims

    fig = draw_figure(crowded_claims(), basemap=False, width=900, height=600)
    ax = fig.axes[0]
    centres = [ax.transData.transform(t.get_position()) for t in ax.texts
               if t.get_text() in {"1", "2", "3", "4", "5", "6"}]
    assert len(centres) == 6
    for i, (x, y) in enumerate(centres):
        for u, v in centres[i + 1:]:
            assert abs(x - u) >= 20 or abs(y - v) >= 20, (x, y, u, v)
