"""Small static exports (a 320x240 thumbnail up): the title, the legend, the scale bar and
the credits of the matplotlib figure never overlap and stay inside the figure; text
shrinks with the figure, and the legend is left out only when even its smallest size
does not fit."""

from __future__ import annotations

import itertools

import pytest

from geo.render.figure import draw_figure, text_scale

from .test_render import sample_analysis

pytest.importorskip("matplotlib")

SIZES = [(320, 240), (360, 300), (400, 300), (480, 360), (640, 480), (800, 600),
         (1200, 800), (320, 800), (1600, 240), (2000, 1400)]
LONG_TITLE = ("Russian forces pushed into the northern outskirts of Kupiansk and shelled "
              "the villages around it overnight, the General Staff and the regional "
              "governor said on Friday in separate statements")


def frame_boxes(fig):
    """Pixel boxes of the frame's parts: title, credits, scale bar, legend (if any)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    (ax,) = fig.axes
    title, credits = fig.texts
    boxes = {"title": title.get_bbox_patch().get_window_extent(renderer),
             "credits": credits.get_bbox_patch().get_window_extent(renderer)}
    bar = [line for line in ax.lines if line.get_linewidth() == 3 and line.get_zorder() == 20]
    km = [t for t in ax.texts if t.get_text().endswith(" km")]
    boxes["scale bar"] = Bbox.union([bar[0].get_window_extent(renderer),
                                     km[0].get_window_extent(renderer)])
    if ax.get_legend() is not None:
        boxes["legend"] = ax.get_legend().get_window_extent(renderer)
    return boxes


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("title", [None, LONG_TITLE])
def test_the_frame_never_overlaps(mini_gazetteer, width, height, title):
    fig = draw_figure(sample_analysis(), width=width, height=height, title=title,
                      gazetteer=mini_gazetteer)
    boxes = frame_boxes(fig)
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not box_a.overlaps(box_b), (a, b, box_a, box_b)
    for name, box in boxes.items():
        assert box.x0 >= -0.5 and box.y0 >= -0.5, name
        assert box.x1 <= width + 0.5 and box.y1 <= height + 0.5, name
    if width >= 360 and height >= 300:
        assert "legend" in boxes  # a small export keeps its legend


def test_a_small_figure_takes_smaller_text(mini_gazetteer):
    big = draw_figure(sample_analysis(), width=1200, height=800, gazetteer=mini_gazetteer)
    small = draw_figure(sample_analysis(), width=360, height=300, gazetteer=mini_gazetteer)
    assert small.texts[0].get_fontsize() < big.texts[0].get_fontsize() == 12
    assert text_scale(1200, 800) == 1.0 and text_scale(100, 100) == 0.6


def test_a_long_title_is_cut_to_two_lines_on_a_thumbnail(mini_gazetteer):
    fig = draw_figure(sample_analysis(), width=320, height=240, title=LONG_TITLE,
                      gazetteer=mini_gazetteer)
    label = fig.texts[0].get_text().split("\nArticle date:")[0]
    assert label.count("\n") == 1 and label.endswith("…")
