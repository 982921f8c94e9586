"""What to draw: analyses turned into marks and shapes, framed and unwrapped.

This is the pure part of rendering: no folium, no HTML files, no I/O (the
gazetteer, when given, is only asked for region polygons). The folium map
(:mod:`geo.render.folium_map`) and the static renderer
(:mod:`geo.render.static`) both draw a :class:`Scene`, so they agree on what a
map shows and how each claim is styled.

A scene is built in stages, each a small function: the features of one
article (:func:`geo.render.scene_parts.feature_shapes`), its places
(:func:`~geo.render.scene_parts.place_marks`), its claim badges
(:func:`~geo.render.scene_parts.claim_badges`); several articles are merged;
then one longitude window is chosen (geometry crossing the antimeridian is
drawn whole) and the initial view is framed on the front
(:mod:`geo.render.frame`).
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .frame import (
    Frame,
    box_of,
    frame,
    longitude_window,
    near_core,
    take_in,
    unwrap,
    unwrap_lon,
    widen,
)
from .popups import with_side_names
from .scene_parts import (
    Mark,
    Parts,
    Shape,
    article_parts,
    merge_places,
    ref_key,
)

__all__ = [
    "DRAWN_LAT",
    "Article",
    "Mark",
    "Scene",
    "Shape",
    "build_corpus_scene",
    "build_scene",
    "gazetteer_for",
    "on_map",
    "ref_key",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a map: its index, title, ISO date ("" when unknown) and analysis."""

    index: int
    title: str
    date: str
    analysis: Any = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a renderer draws, in a stable order, in unwrapped longitudes.

    ``frame`` is the initial view (south, west, north, east); ``extent`` covers
    every place too; ``far`` are place marks outside the frame (shown in the
    overview inset); ``west`` is the west edge of the longitude window (-180:
    nothing moved); ``skipped`` says what could not be drawn and why.
    """

    shapes: tuple[Shape, ...] = ()
    places: tuple[Mark, ...] = ()
    points: tuple[Mark, ...] = ()
    claims: tuple[Mark, ...] = ()
    unlocated_claims: tuple[Any, ...] = ()  # registry keys (see ref_key)
    frame: tuple[float, float, float, float] | None = None
    extent: tuple[float, float, float, float] | None = None
    far: tuple[Mark, ...] = ()
    west: float = -180.0
    skipped: tuple[str, ...] = ()
    articles: tuple[Article, ...] = ()
    sides: tuple[tuple[str, str], ...] = ()  # (code, display name) of the claims' sides

    @property
    def statuses(self) -> list[str]:
        """Statuses drawn, in legend order."""
        from .styles import STATUS_ORDER

        used = {s.status for s in self.shapes} | {m.status for m in self.marks}
        return [s for s in STATUS_ORDER if s in used]

    def status_label(self, status: str) -> str:
        """The legend's words for a drawn ``status``: its style's label, and when no
        claim has it (a place one claim asserts and another denies is drawn
        "disputed"), that claims about the place disagree."""
        from .styles import STATUS_STYLES

        label = STATUS_STYLES[status].label
        if self.claims and status == "disputed" and all(m.status != status
                                                          for m in self.claims):
            return f"{label}: claims about it disagree"
        return label

    @property
    def marks(self) -> tuple[Mark, ...]:
        return self.places + self.points + self.claims

    @property
    def dates(self) -> tuple[str, ...]:
        """The articles' distinct dates, in order (empty dates left out)."""
        return tuple(sorted({a.date for a in self.articles if a.date}))

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(south, west, north, east) of the initial view, or None if nothing is drawn."""
        return self.frame


def gazetteer_for(analysis: Any, gazetteer: Any, *, basemap: bool) -> Any:
    """The gazetteer a rendering needs: the one given, else the default one when it
    draws a basemap or a region's polygon (None when it needs none). A given one also
    names the sides no place of the text lies in (:func:`_side_names`); none is loaded
    for that alone.

    ``analysis`` may be one analysis or a sequence of them."""
    analyses = analysis if isinstance(analysis, list | tuple) else [analysis]
    if gazetteer is None and (
        basemap
        or any(
            t.place is not None and t.place.kind == "admin1"
            for a in analyses
            for t in a.toponyms
        )
    ):
        from ..gazetteer.index import load_gazetteer

        gazetteer = load_gazetteer()
    return gazetteer


def iso_date(value: Any) -> str:
    """``YYYY-MM-DD`` of a date, datetime or ISO string; "" for anything else."""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return ""
    return ""


def _side_names(parts: Sequence[Parts], gazetteer: Any = None) -> tuple[tuple[str, str], ...]:
    """(code, name) of every side a claim speaks for, in a fixed order: a party with no
    side code (:func:`~geo.render.scene_parts.claim_layer`, "Hamas") is its own name.

    A country code's name is the one its places carry in the text, else the gazetteer's
    (a side the text names no place of: "the Russian defence ministry said"), else the
    party of a claim of that side: every layer reads "Claims: Russia (RU)", never "RU".
    """
    names: dict[str, str] = {}
    for p in parts:
        for t in p.analysis.toponyms:
            if t.place is not None and t.place.country_code and t.place.country_name:
                names.setdefault(t.place.country_code.upper(), t.place.country_name)
    codes = sorted({m.side for p in parts for m in p.claims})
    for code in codes:
        if code.upper() in names or code in ("", "independent"):
            continue
        known = gazetteer.country_name(code.upper()) if gazetteer is not None else code
        parties = sorted({c.party for p in parts for c in p.analysis.claims
                          if (c.side or "") == code and getattr(c, "party", None)})
        if known and known != code.upper():
            names[code.upper()] = known
        elif parties:
            names[code.upper()] = parties[0]
    out = []
    for code in codes:
        if code == "independent":
            out.append((code, "independent sources"))
        elif code == "":
            out.append((code, "unattributed"))
        else:
            out.append((code, names.get(code.upper(), code)))
    return tuple(out)


#: The farthest latitude a mark is drawn at (degrees): the map's Web Mercator ends at
#: 85.05° (a pole is at infinity), and the view is kept within 85°.
DRAWN_LAT = 84.0


def on_map(mark: Mark) -> Mark:
    """``mark`` where the map can show it: a point nearer a pole than :data:`DRAWN_LAT`
    ("90N 180E") is drawn at that latitude, on its meridian, its tooltip saying so
    (its popup and the data keep the position as written).

    Examples
    --------
    >>> m = on_map(Mark(90.0, 180.0, "point", "asserted", "g", "90N 180E", ""))
    >>> m.lat, m.lon, m.tooltip
    (84.0, 180.0, '90N 180E (90°N: drawn at 84°N, where the map ends)')
    """
    if abs(mark.lat) <= DRAWN_LAT:
        return mark
    hemisphere = "N" if mark.lat > 0 else "S"
    drawn = DRAWN_LAT if mark.lat > 0 else -DRAWN_LAT
    note = (f"{abs(mark.lat):g}°{hemisphere}: drawn at {DRAWN_LAT:g}°{hemisphere}, "
            "where the map ends")
    return replace(mark, lat=drawn, tooltip=f"{mark.tooltip} ({note})".strip())


def _finish(parts: Sequence[Parts], articles: tuple[Article, ...], gazetteer: Any = None
            ) -> Scene:
    """Merge articles' parts, choose the longitude window, frame the view."""
    shapes = [s for p in parts for s in p.shapes]
    points = [m for p in parts for m in p.points]
    claims = [m for p in parts for m in p.claims]
    places = merge_places([m for p in parts for m in p.places], articles)

    # Split geometry (RFC 7946 at the antimeridian) counts by its parts.
    intervals = [
        (g.bounds[0], g.bounds[2])
        for s in shapes
        for g in getattr(s.geometry, "geoms", [s.geometry])
    ]
    intervals += [(m.lon, m.lon) for m in points + claims]
    intervals += [(m.lon, m.lon) for m in places if m.frames]
    west = longitude_window(intervals)

    def move(mark: Mark) -> Mark:
        lon = unwrap_lon(mark.lon, west)
        return mark if lon == mark.lon else replace(mark, lon=lon)

    shapes = [
        s if west <= -180 else replace(s, geometry=unwrap(s.geometry, west)) for s in shapes
    ]
    points = [on_map(move(m)) for m in points]
    claims = [on_map(move(m)) for m in claims]
    places = [on_map(move(m)) for m in places]

    if len(parts) <= 1:
        box = _article_box(shapes, points, places)
    else:  # each article framed as its own map would be; the view fits them all
        own: dict[int, tuple[list[Shape], list[Mark]]] = {p.article: ([], []) for p in parts}
        for s in shapes:
            own[s.articles[0]][0].append(s)
        for m in points:
            own[m.articles[0]][1].append(m)
        box = box_of([b for p in parts if (b := _article_box(
            *own[p.article], [on_map(move(m)) for m in p.places])) is not None])
    # Places named beside the front join it (a headline's second city 145 km away), and
    # the view spans at least frame.MIN_VIEW_KM: one city is shown among its neighbours.
    box = widen(near_core(box, [(m.lat, m.lon) for m in places if m.kind not in (
        "country", "speaker") and not m.wide]))
    # A place a claim is about just past the view joins it (the map zooms out a step),
    # so that the inset shows only places far outside the view, never the view's own
    # area again (a place named in passing stays out: the page drops it from the inset
    # when the window shows it).
    box = take_in(box, [(m.lat, m.lon) for m in places if m.frames and not m.wide])
    # Every place left outside the view (claims' places too far from the front, venues
    # and capitals named in passing, speakers) is shown in the overview inset.
    far = tuple(
        m for m in places
        if m.kind != "country" and box is not None
        and not (box[0] <= m.lat <= box[2] and box[1] <= m.lon <= box[3])
    )
    extent_pts = [(m.lat, m.lon, m.lat, m.lon) for m in places if m.kind != "country"]
    extent = frame([b for b in ([box] if box else []) + extent_pts], []).box
    sides = _side_names(parts, gazetteer)  # popups name a side as its layer: "Russia (RU)"
    return Scene(
        shapes=tuple(with_side_names(shapes, sides)),
        places=tuple(with_side_names(places, sides)),
        points=tuple(with_side_names(points, sides)),
        claims=tuple(with_side_names(claims, sides)),
        unlocated_claims=tuple(p.key(i) for p in parts for i in p.unlocated),
        frame=box,
        extent=extent,
        far=far,
        west=west,
        skipped=tuple(msg for p in parts for msg in p.skipped),
        articles=articles,
        sides=sides,
    )


#: Geometry types of lines (a road, a front between two towns): see :func:`_article_box`.
_LINES = ("LineString", "MultiLineString")


def _article_box(
    shapes: Sequence[Shape], points: Sequence[Mark], places: Sequence[Mark]
) -> tuple[float, float, float, float] | None:
    """The initial view of one article (unwrapped degrees): its spatial statements and
    the places its claims are about near them (:func:`geo.render.frame.frame`), and of a
    line (a road, a railway) only its part within them, so that a long line beside a
    front of towns (Rostov to Moscow) does not shrink the front to a blot; with
    neither, every place it names (speakers and countries too; a continent or an area of
    several countries only when it names nothing else)."""
    core, lines = [], []
    for s in shapes:
        if s.frames:
            w, so, e, n = s.geometry.bounds
            (lines if s.geometry.geom_type in _LINES else core).append((so, w, n, e))
    core += [(m.lat, m.lon, m.lat, m.lon) for m in points]
    if not core:
        core = lines
    chosen: Frame = frame(core, [(m.lat, m.lon) for m in places if m.frames])
    if lines and core is not lines and chosen.box is not None:
        # a line frames the view within the rest of the front only (a 960 km road to
        # Moscow runs off the map, the front's towns stay apart)
        s, w, n, e = chosen.box
        chosen = Frame(box_of([chosen.box, *[
            (max(so, s), max(we, w), min(no, n), min(ea, e)) for so, we, no, ea in lines
            if so <= n and no >= s and we <= e and ea >= w]]))
    if chosen.box is None:  # nothing but speakers and countries: show them all
        # (but a continent's point only when the text names nothing narrower: "Europe"
        # beside Kyiv would frame half the continent)
        named = [(m.lat, m.lon) for m in places if not m.wide]
        return frame([], named or [(m.lat, m.lon) for m in places]).box
    return chosen.box


def build_scene(analysis: Any, *, gazetteer: Any = None) -> Scene:
    """Work out every mark and shape of a map of one ``analysis``.

    Parameters
    ----------
    analysis : geo.model.Analysis
        Its ``features`` and ``claims`` may be empty; indexes that point
        nowhere are ignored rather than trusted; a feature whose geometry cannot
        be drawn is skipped (and listed in ``Scene.skipped``), the rest is drawn.
    gazetteer : geo.Gazetteer, optional
        Used only to draw the polygons of regions the text names.

    Returns
    -------
    Scene
    """
    return build_corpus_scene([analysis], gazetteer=gazetteer)


def build_corpus_scene(
    analyses: Sequence[Any],
    *,
    gazetteer: Any = None,
    titles: Sequence[str] | None = None,
    dates: Sequence[Any] | None = None,
) -> Scene:
    """One scene of several articles (a map with a time control).

    Parameters
    ----------
    analyses : sequence of geo.model.Analysis
        In the order given (it numbers the articles).
    titles, dates : sequences, optional
        One per analysis; default each analysis' own ``headline`` and ``date``.

    Returns
    -------
    Scene
        Marks and shapes carry their article's index and ISO date; places named
        by several articles are one mark.
    """
    from .folium_map import title_of

    articles = []
    parts = []
    for i, analysis in enumerate(analyses):
        title = titles[i] if titles is not None and titles[i] else title_of(analysis)
        date = iso_date(dates[i] if dates is not None and dates[i] is not None
                        else getattr(analysis, "date", None))
        article = Article(i, title, date, analysis)
        articles.append(article)
        parts.append(article_parts(analysis, gazetteer=gazetteer, article=i, date=date,
                                   multi=len(analyses) > 1, article_title=title))
    for p in parts:
        for message in p.skipped:
            log.warning("not drawn: %s", message)
    return _finish(parts, tuple(articles), gazetteer)
