"""``render``: an analysis as a layered folium map."""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import weakref
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import InputError
from ._folium import folium
from ._html import css_length, js, source_link, truncate
from ._ids import number_elements
from .assets import CDN_CSS, CDN_JS, offline_assets
from .elements import Setup
from .overlay import as_overlay
from .scene import Scene, build_corpus_scene, gazetteer_for
from .styles import OVERLAY_COLORS

__all__ = ["DEFAULT_TILES", "GROUP_ORDER", "render", "title_of"]

log = logging.getLogger(__name__)

#: Tiles of an online map (``render(..., offline=False)``). Offline maps, the
#: default, never use tiles.
DEFAULT_TILES = "OpenStreetMap"
#: Feature groups in drawing (and layer-control) order; overlays go after "Regions".
GROUP_ORDER: tuple[str, ...] = (
    "Regions",
    "Distance rings",
    "Estimated places",
    "Offsets and lines",
    "Places",
    "Claims",
)
_WORLD = (-55.0, -160.0, 72.0, 160.0)


def title_of(analysis: Any, title: str | None = None) -> str:
    """The map title: ``title``, else the analysis' own, else the article's first line."""
    if title:
        return truncate(title, 160)
    own = getattr(analysis, "title", None)
    if isinstance(own, str) and own.strip():
        return truncate(own, 160)
    for line in (analysis.text or "").splitlines():
        if line.strip():
            return truncate(line, 120)
    return "Article map"


def _date_text(analysis: Any, date: Any) -> str:
    value = date if date is not None else getattr(analysis, "date", None)
    if value is None:
        return ""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()[:10]
    return truncate(str(value), 60)


def _union(a: tuple | None, b: tuple | None) -> tuple | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _digest(analyses: Sequence[Any], options: dict[str, Any]) -> str:
    h = hashlib.sha256()
    for analysis in analyses:
        try:
            h.update(js(analysis.to_dict()).encode("utf-8"))
        except (AttributeError, TypeError, ValueError):  # a hand-made analysis still gets ids
            h.update(repr(analysis).encode("utf-8", "surrogatepass"))
        h.update((analysis.text or "").encode("utf-8", "surrogatepass"))
    h.update(js(options).encode("utf-8"))
    return h.hexdigest()[:8]


def _check_analysis(analysis: Any) -> None:
    for attr in ("text", "toponyms", "features", "claims"):
        if not hasattr(analysis, attr):
            raise InputError(
                f"render() needs a geo.Analysis (from geo.analyze), got {type(analysis).__name__}"
            )


def _overlay_list(overlays: Any) -> list[Any]:
    """``render``'s ``overlays`` as a list; an InputError for one overlay not in a list
    (a path string would otherwise be read letter by letter) or a non-iterable."""
    if isinstance(overlays, str | bytes | os.PathLike | Mapping) or not isinstance(
        overlays, Iterable
    ):
        raise InputError(f"render() overlays must be a list of overlays (put one in a "
                         f"list), got {type(overlays).__name__}")
    return list(overlays)


def _checked_date(value: Any, name: str) -> None:
    """An InputError naming ``name`` unless ``value`` is a date, a datetime, an ISO 8601
    string or None (what :func:`geo.analyze` takes)."""
    from ..analysis import _article_date

    try:
        _article_date(value)
    except InputError as err:
        raise InputError(f"render() {name}: {err}") from None


def _per_article(
    many: Sequence[Any], *, titles: Any, dates: Any
) -> tuple[list[str | None] | None, list[Any] | None]:
    """``render``'s ``titles`` and ``dates`` checked: one per analysis, titles strings
    (or None), dates a date, a datetime, an ISO 8601 string or None.

    Raises
    ------
    geo.errors.InputError
        For a sequence of another length, a bare string, or a bad item.
    """
    out = []
    for name, values in (("titles", titles), ("dates", dates)):
        if values is None:
            out.append(None)
            continue
        if isinstance(values, str | bytes) or not isinstance(values, Sequence):
            raise InputError(f"render() {name} must be a list (one per analysis), "
                             f"got {type(values).__name__}")
        if len(values) != len(many):
            raise InputError(f"render() got {len(values)} {name} for {len(many)} "
                             f"analys{'is' if len(many) == 1 else 'es'}: give one each")
        for i, value in enumerate(values):
            if name == "titles" and value is not None and not isinstance(value, str):
                raise InputError(f"render() titles[{i}] must be a string, "
                                 f"got {type(value).__name__}")
            if name == "dates":
                _checked_date(value, f"dates[{i}]")
        out.append(list(values))
    return out[0], out[1]


# The scene each map was drawn from (for report_html), kept out of the map itself so
# that rendering a copy of the map does not copy it too.
_SCENES: weakref.WeakKeyDictionary[folium.Map, Scene] = weakref.WeakKeyDictionary()


def scene_of(fmap: folium.Map) -> Scene | None:
    """The scene :func:`render` drew ``fmap`` from (None for another map)."""
    return _SCENES.get(fmap)


def _analyses(analysis: Any) -> list[Any]:
    many = list(analysis) if isinstance(analysis, list | tuple) else [analysis]
    if not many:
        raise InputError("render() needs at least one geo.Analysis")
    for one in many:
        _check_analysis(one)
    return many


def render(
    analysis: Any,
    *,
    title: str | None = None,
    date: Any = None,
    offline: bool = True,
    overlays: Iterable[Any] = (),
    tiles: Any = DEFAULT_TILES,
    gazetteer: Any = None,
    basemap: bool | None = None,
    width: str | int = "100%",
    height: str | int = "100%",
    legend: bool = True,
    titles: Sequence[str] | None = None,
    dates: Sequence[Any] | None = None,
) -> folium.Map:
    """Draw an analysis (or several articles' analyses) as a layered folium map.

    Layers are added by small builders in a fixed order
    (:data:`geo.render.layers.BUILDERS`): tiles or the offline basemap,
    regions, each overlay, distance rings (with an uncertainty band for
    "about"), estimated places (their uncertainty area, dashed), offsets and
    lines, places (markers by kind; speakers such as "Moscow said" drawn
    apart, with no claim badge), claims (numbered badges coloured by status,
    a layer per side when claims carry one), the title, the legend, the
    attribution, an overview inset for places far from the front, a time
    control (several articles), the initial view and the layer control last.

    The initial view is framed on the article's spatial statements and the
    places its claims are about (see :mod:`geo.render.frame`); geometry
    crossing the antimeridian is drawn in one piece.

    Parameters
    ----------
    analysis : geo.model.Analysis or sequence of them
        From :func:`geo.analyze` or built by hand. Several analyses give one
        map of many articles with a time control (a slider over their dates and
        a checkbox per article).
    title : str, optional
        Default: the analysis' title, else the article's first line (several
        articles: "N articles").
    date : str or datetime.date, optional
        The article's date, shown under the title as given (free text, escaped).
    offline : bool
        True (the default): inline Leaflet and jQuery from the installed XStatic
        packages and draw a Natural Earth vector basemap instead of tiles, so the
        saved file makes no request when opened (no CDN, no tile server learns who
        looks at which area). False: an online map that links Leaflet and jQuery
        from a CDN and draws ``tiles`` (a smaller file that needs a connection).
    overlays : iterable
        GeoJSON file paths, parsed GeoJSON mappings or :class:`Overlay` objects
        (see :func:`load_overlay`); each becomes a layer with a legend entry.
    tiles : str or folium.TileLayer or None
        Tiles of an online map (default OpenStreetMap); ignored offline (the
        default: pass ``offline=False`` to draw tiles).
    gazetteer : geo.Gazetteer, optional
        For region polygons and the offline basemap; the default index is
        opened when needed and not given.
    basemap : bool, optional
        Draw the vector basemap (default: only offline).
    width, height : str or int
        CSS size of the map (default the whole page).
    legend : bool
        Add the legend control.
    titles, dates : sequences, optional
        Several articles: each one's title and date (default their own).

    Returns
    -------
    folium.Map
        Element ids are deterministic: the same input and options give
        byte-identical HTML (see :func:`geo.render.to_html`).

    Raises
    ------
    geo.errors.InputError
        For a bad analysis, overlay or size.
    geo.errors.RenderError
        Offline, when the XStatic packages are missing.
    """
    from .layers import BUILDERS, MapContext

    many = _analyses(analysis)
    width, height = css_length(width, "width"), css_length(height, "height")
    loaded = [as_overlay(o) for o in _overlay_list(overlays)]
    colored = [
        (ov, ov.color or OVERLAY_COLORS[i % len(OVERLAY_COLORS)]) for i, ov in enumerate(loaded)
    ]
    use_basemap = offline if basemap is None else bool(basemap)
    gazetteer = gazetteer_for(many, gazetteer, basemap=use_basemap)
    if title is not None and not isinstance(title, str):
        raise InputError(f"render() title must be a string, got {type(title).__name__}")
    if date is not None and not isinstance(date, str | _dt.date):
        raise InputError(f"render() date must be a string or a datetime.date, "
                         f"got {type(date).__name__}")
    titles, dates = _per_article(many, titles=titles, dates=dates)
    if len(many) == 1 and dates is None and date is not None:
        dates = [date]  # shown as given under the title ("June 2025" too)
    scene = build_corpus_scene(many, gazetteer=gazetteer, titles=titles, dates=dates)
    view = scene.bounds()
    for ov, _ in colored:
        view = _union(view, ov.bounds())
    if view is None:
        log.warning("no places found: the map shows the world")
        view = _WORLD
    south, west, north, east = view
    center = [round((south + north) / 2, 5), round((west + east) / 2, 5)]

    fmap = folium.Map(
        location=center,
        zoom_start=5,
        tiles=None,
        control_scale=True,
        width=width,
        height=height,
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    # Instance lists: folium's class-level asset lists are never mutated.
    fmap.default_js = [] if offline else list(CDN_JS)
    fmap.default_css = [] if offline else list(CDN_CSS)
    fmap.add_child(Setup(offline=offline, assets=offline_assets() if offline else ""))

    if len(many) == 1:
        subtitle = _date_text(many[0], date)
        dated = f"Article date: {subtitle}" if subtitle else ""
        heading = title_of(many[0], title)
    else:
        days = scene.dates
        subtitle = f"{days[0]} – {days[-1]}" if days else ""
        heading = truncate(title, 160) if title else f"{len(many)} articles"
        # The count once: under a heading that already says it, only the dates.
        count = "" if heading == f"{len(many)} articles" else f"{len(many)} articles"
        dated = ", ".join(part for part in (count, subtitle) if part)
    ctx = MapContext(
        fmap=fmap, scene=scene, offline=offline, use_basemap=use_basemap, gazetteer=gazetteer,
        tiles=tiles, overlays=colored, heading=heading, subtitle=dated, legend=legend,
        view=view, source=source_link(getattr(many[0], "url", None)) if len(many) == 1 else "",
    )
    for build in BUILDERS:
        build(ctx)

    options = {
        "title": title,
        "date": subtitle,
        "offline": offline,
        "tiles": str(tiles) if not isinstance(tiles, folium.TileLayer) else tiles.tile_name,
        "basemap": use_basemap,
        "overlays": [[ov.name, ov.source, c, len(ov.features)] for ov, c in colored],
        "size": [width, height],
        "legend": legend,
        "articles": [[a.title, a.date] for a in scene.articles] if len(many) > 1 else [],
    }
    prefix = _digest(many, options)
    number_elements(fmap.get_root(), prefix)
    fmap._geo_render = {"offline": offline, "prefix": prefix}  # read by save_html / to_html
    _SCENES[fmap] = scene
    return fmap
