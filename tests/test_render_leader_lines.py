"""A claim badge moved off its place (beside the other claims of the place, left of a
neighbour's badge) is tied to it by a thin leader line in the SVG/PNG figure, as on the
HTML map (tests/test_render_browser_badges.py opens that one in Chromium)."""

from __future__ import annotations

from geo.model import Analysis
from geo.render.figure import draw_figure

from .test_render_browser_badges import TEXT, crowded_claims


def leaders(analysis: Analysis) -> list:
    fig = draw_figure(analysis, width=900, height=600)
    return [line for line in fig.axes[0].lines if line.get_gid() == "leader"]


def test_a_moved_badge_has_a_leader_line_from_its_place():
    analysis = crowded_claims()
    lines = leaders(analysis)
    places = {(t.place.lon, t.place.lat) for t in analysis.toponyms}
    # six badges at two places 5 km apart: only the first stays above its place
    assert len(lines) == 5
    for line in lines:
        (x0, x1), (y0, y1) = line.get_xdata(), line.get_ydata()
        assert (x0, y0) in places and (x1, y1) != (x0, y0)


def test_a_badge_above_its_own_place_has_none():
    one = Analysis(TEXT, crowded_claims().toponyms, (), crowded_claims().claims[:1])
    assert leaders(one) == []


def test_the_figure_with_leader_lines_is_the_same_bytes_twice(tmp_path):
    from geo.render import export_svg

    a, b = tmp_path / "a.svg", tmp_path / "b.svg"
    export_svg(crowded_claims(), a)
    export_svg(crowded_claims(), b)
    assert a.read_bytes() == b.read_bytes() and b'id="leader' in a.read_bytes()


def test_crowded_badges_stay_by_their_places_in_the_figure():
    """Forty claims at a city and its county's centre: badges within reach of their
    places, the rest counted in a "+n" badge there (was: a row across the figure)."""
    from .test_render_browser_crowds import N, many_claims

    fig = draw_figure(many_claims(), width=900, height=600)
    ax = fig.axes[0]
    places = ax.transData.transform([(t.place.lon, t.place.lat)
                                     for t in many_claims().toponyms])
    badges = [line for line in ax.lines if line.get_markersize() >= 13]
    counts = [t for t in ax.texts if t.get_text().startswith("+")]
    assert counts and len(badges) - len(counts) + sum(int(t.get_text()[1:]) for t in counts) \
        == N + 1
    for line in badges:
        (x, y), = ax.transData.transform(line.get_xydata())
        assert min(((x - px) ** 2 + (y - py - 22) ** 2) ** 0.5 for px, py in places) <= 49
