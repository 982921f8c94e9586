"""What the builders of spatial features share: one text, its toponyms, the gazetteer.

:class:`Context` answers the questions every builder asks (which resolved place
starts here, which town stands for a region, which polygon a region has);
:func:`make_feature` makes a checked :class:`~geo.model.Feature` and :func:`guarded`
runs one phrase's builder so that a failure loses that phrase only.
"""

from __future__ import annotations

import logging
import re
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple

from shapely.errors import ShapelyError
from shapely.geometry import LineString, MultiLineString

from ...errors import GeoError, InputError
from ...gazetteer.index import Gazetteer
from ...gazetteer.normalize import normalize
from ...geometry import MAX_RADIUS_KM, MIN_RADIUS_KM
from ...geometry.core import proj_error  # pyproj's ProjError once imported
from ...model import Feature, Place, Toponym
from ..sentences import paragraph_break
from . import windows
from .shapes import is_polygonal, shared_boundary
from .vocabulary import (
    _AFTER_REGION,
    _ANCHOR_PREFIX,
    _BACKREF_CHARS,
    _NOT_ANCHOR_AFTER,
    _PARAGRAPH,
    _REGION_WORD_END,
    _ROAD_AFTER_DASH,
    _SENTENCE_END,
    _SITE_AFTER,
    _THE,
    _TRAILING_REGION_WORD,
    _WATER_WORDS,
    SITE_ANCHOR_KM,
)

__all__ = [
    "Candidate",
    "Context",
    "check_distance_km",
    "guarded",
    "make_feature",
]


log = logging.getLogger(__name__)

# What a gazetteer answers about regions and borders never changes: remembered for the
# next texts (a corpus names the same regions again), as long as the gazetteer lives.
_MEMOS: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[Any, ...], Any]] = (
    weakref.WeakKeyDictionary()
)


def _memo(gaz: Gazetteer) -> dict[tuple[Any, ...], Any]:
    try:
        return _MEMOS.setdefault(gaz, {})
    except TypeError:  # pragma: no cover - a gazetteer that takes no weak reference
        return {}


# --------------------------------------------------------------------------- context


class Context:
    """What the builders share: the text, the toponyms by start, the gazetteer."""

    def __init__(self, text: str, toponyms: Sequence[Toponym], gaz: Gazetteer) -> None:
        self.text = text
        # A paragraph ends at a blank line, or at a line's end in a text with none.
        self.paragraph = paragraph_break(text, _PARAGRAPH)
        self.toponyms = toponyms
        self.gaz = gaz
        self.by_start: dict[int, int] = {}
        for i, t in enumerate(toponyms):
            self.by_start.setdefault(t.start, i)
        # Toponyms by end (the first of equal ends last), for looking back from a point.
        self._by_end = sorted(range(len(toponyms)), key=lambda i: (toponyms[i].end, -i))
        self._ends = [toponyms[i].end for i in self._by_end]
        self._memo = _memo(gaz)
        self._unit_spans: list[tuple[int, int]] | None = None
        self._sentence_ends: list[int] | None = None
        # Bands along a border built for this text (:mod:`.border_distance`), by what
        # they are built from.
        self.bands: dict[tuple[Any, ...], Any] = {}

    def unit_spans(self) -> list[tuple[int, int]]:
        """The distance units of the text (:func:`.windows.unit_spans`), found once."""
        if self._unit_spans is None:
            self._unit_spans = windows.unit_spans(self.text)
        return self._unit_spans

    def qty_windows(self, tail: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where a distance pattern needing ``tail`` after its quantity may match
        (:func:`.windows.tail_windows`)."""
        units = self.unit_spans()
        return windows.tail_windows(self.text, units, tail) if units else []

    def shared_border(self, a: int, b: int) -> LineString | MultiLineString | None:
        """The border two country records share, computed once per pair of countries."""
        key = ("border", a, b)
        if key not in self._memo:
            shapes = [self.gaz.geometry(r) for r in (a, b)]
            self._memo[key] = (
                shared_boundary(*shapes) if all(is_polygonal(s) for s in shapes) else None
            )
        return self._memo[key]

    def anchor_at(self, pos: int, *, site_km: float = 0.0) -> tuple[int, int] | None:
        """(toponym index, phrase end) of a resolved place starting at ``pos``.

        Allows "the", "the city of", "the region of" before it; extends the end
        over a following "region"/"oblast" word; refuses rivers and the like, and a
        site named after the place ("the Kursk nuclear power plant", "Goma's airport")
        unless the distance stated from it, ``site_km``, is :data:`SITE_ANCHOR_KM` or
        more: then the phrase ends after the site's words, measured from the town.
        """
        text = self.text
        positions = [pos]
        m = _THE.match(text, pos)
        if m:
            positions.append(m.end())
        m = _ANCHOR_PREFIX.match(text, pos)
        if m and m.end() not in positions:
            positions.append(m.end())
        for p in reversed(positions):
            i = self.by_start.get(p)
            if i is None:
                continue
            t = self.toponyms[i]
            if t.place is None:
                return None
            last_word = t.text.split()[-1].lower() if t.text.split() else ""
            if (last_word in _WATER_WORDS or _NOT_ANCHOR_AFTER.match(text, t.end)
                    or _ROAD_AFTER_DASH.match(text, t.end)):
                site = _SITE_AFTER.match(text, t.end) if last_word not in _WATER_WORDS else None
                if site is not None and 0 < site_km < SITE_ANCHOR_KM:
                    log.warning(
                        "skipped a distance of %g km from %r (characters %d-%d): the site's "
                        "own position is not in the index, only its town's",
                        site_km, text[t.start : site.end()], t.start, site.end(),
                    )  # fmt: skip
                return None if site is None or site_km < SITE_ANCHOR_KM else (i, site.end())
            end = t.end
            m = _AFTER_REGION.match(text, end)
            if m:
                end = m.end()
            return i, end
        return None

    def settlement(self, i: int) -> Place | None:
        """The populated place toponym ``i`` stands for, or None.

        A region resolved without a region word ("the northern outskirts of
        Zaporizhzhia", where the geoparser chose the oblast) gives the most
        populous place of that name in the region: outskirts, rings and
        offsets are around towns.
        """
        t = self.toponyms[i]
        p = t.place
        if p is None:
            return None
        if p.kind in ("place", "other"):
            return p
        if p.kind != "admin1" or t.cue == "region" or _AFTER_REGION.match(self.text, t.end):
            return None
        if _REGION_WORD_END.search(t.text):
            return None
        return self._named_place(t.text, p)

    def _named_place(self, name: str, region: Place) -> Place | None:
        """The most populous place called ``name`` inside ``region``, or None."""
        gaz = self.gaz
        found = [
            c.record
            for c in gaz.lookup(name)
            if gaz.kind(c.record) == "place"
            and gaz.country_code(c.record) == region.country_code
            and gaz.admin1(c.record)[0] == region.admin1_code
        ]
        if not found:
            return None
        best = min(found, key=lambda r: (-gaz.population(r), r))
        return gaz.place(best)

    def region_capital_before(self, pos: int) -> tuple[int, Place] | None:
        """(toponym index, place) of "the regional capital" an offset at ``pos`` refers to,
        when the last toponym before it in its sentence is a first-level region ("Kupiansk
        in the Kharkiv region, about 100 km southeast of the regional capital"): the
        region's most populous place of its name (Kharkiv), else None."""
        k = bisect_right(self._ends, pos) - 1
        if k < 0:
            return None
        i = self._by_end[k]
        t = self.toponyms[i]
        p = t.place
        if p is None or p.kind != "admin1" or _SENTENCE_END.search(self.text, t.end, pos):
            return None
        name = _TRAILING_REGION_WORD.sub("", t.text)
        capital = self._named_place(name, p) if name else None
        return None if capital is None else (i, capital)

    def last_place_before(self, pos: int, *, breaks: int = 0) -> int | None:
        """The last resolved populated place ending before ``pos`` in the same paragraph
        (or, with ``breaks``, across that many paragraph breaks at most).

        Looks back from ``pos`` through the toponyms ending within ``_BACKREF_CHARS``
        (bisection, then a walk): no scan of the whole text's toponyms.
        """
        k = bisect_right(self._ends, pos) - 1
        while k >= 0:
            i = self._by_end[k]
            t = self.toponyms[i]
            if pos - t.end > _BACKREF_CHARS or (
                len(self.paragraph.findall(self.text, t.end, pos)) > breaks
                if breaks
                else self.paragraph.search(self.text, t.end, pos)
            ):
                return None
            if t.place is not None and t.place.kind in ("place", "other"):
                return i
            k -= 1
        return None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the sentence(s) holding ``start..end``: from the end of
        the last sentence end before ``start`` (the text's sentence ends found once, then
        bisection) to the next one after ``end``."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        k = bisect_right(self._sentence_ends, start) - 1
        s = self._sentence_ends[k] if k >= 0 else 0
        if start and self.text[start - 1] in ".!?":
            s = start  # a stop just before ``start``, whatever follows it
        m = _SENTENCE_END.search(self.text, end)
        return s, (m.end() if m else len(self.text))

    def region_record(self, place: Place, *, from_city: bool) -> int | None:
        """The gazetteer record with the polygon of a region/country place.

        ``from_city``: a populated place also gives its first-level region when
        the region bears its name ("the Kursk and Belgorod regions"). Remembered
        for the gazetteer.
        """
        key = ("region", place.kind, place.geonameid, place.country_code, place.admin1_code,
               place.name, from_city)  # fmt: skip
        if key not in self._memo:
            self._memo[key] = self._region_record(place, from_city=from_city)
        return self._memo[key]

    def _region_record(self, place: Place, *, from_city: bool) -> int | None:
        gaz = self.gaz
        if place.kind in ("admin1", "country"):
            found = []
            for r in gaz.by_geonameid(place.geonameid) if place.geonameid else []:
                if gaz.kind(r) != place.kind or gaz.country_code(r) != place.country_code:
                    continue
                if place.kind == "admin1" and gaz.admin1(r)[0] != place.admin1_code:
                    continue
                if is_polygonal(gaz.geometry(r)):
                    found.append(r)
            # Several regions may share one GeoNames id: prefer the one of the same name.
            key = normalize(place.name)
            found.sort(key=lambda r: (normalize(gaz.name(r)) != key, r))
            if found:
                return found[0]
            if place.kind == "admin1":
                return self._region_named(place, place.name)
            return None
        if from_city and place.kind == "place" and place.admin1_code:
            return self._region_named(place, place.name)
        return None

    def _region_named(self, place: Place, name: str) -> int | None:
        key = normalize(name)
        if not key:
            return None
        for r in self.gaz.regions(place.country_code, place.admin1_code):
            rkey = normalize(self.gaz.name(r))
            if (rkey == key or rkey.startswith(key + " ")) and is_polygonal(self.gaz.geometry(r)):
                return r
        return None

    def country_record(self, code: str) -> int | None:
        gaz = self.gaz
        for c in gaz.lookup(gaz.country_name(code)):
            if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == code:
                return c.record
        return None


def make_feature(
    ctx: Context, kind: str, start: int, end: int, geometry: Any, **kw: Any
) -> Feature:
    _check_drawable(kind, geometry, kw)
    # A feature's text is the stated words only: never a line break or space around them.
    span = ctx.text[start:end]
    start, end = start + len(span) - len(span.lstrip()), end - len(span) + len(span.rstrip())
    return Feature(kind=kind, start=start, end=end, text=ctx.text[start:end], geometry=geometry,
                   **kw)  # fmt: skip


def check_distance_km(km: float) -> None:
    """The one rule for a distance an article states, whatever it builds (ring, disc,
    offset, band): from MIN_RADIUS_KM (1 m) to under MAX_RADIUS_KM (19,900 km, about
    half a meridian: farther is no place on Earth). Checked before any geometry is
    built, so that every such statement is skipped with this same message
    (:func:`guarded`); 0 km, 40,000 km and an infinite distance alike.

    Raises
    ------
    InputError
        Outside the range (NaN included).
    """
    if not MIN_RADIUS_KM <= km < MAX_RADIUS_KM:
        raise InputError(
            f"the distance cannot be drawn (distances from {MIN_RADIUS_KM:g} to "
            f"under {MAX_RADIUS_KM:,g} km)"
        )


def _check_drawable(kind: str, geometry: Any, kw: dict[str, Any]) -> None:
    """Refuse a feature the map cannot draw (InputError): the statement is skipped.

    The rule is on the distances the text STATES (radius, offset distance, a range's
    bounds): each must lie within [MIN_RADIUS_KM, MAX_RADIUS_KM): "more than 1000000
    km south-west of Beirut" is no place on Earth. The uncertainty band derived from
    them is not refused: the map clips it to what can be drawn. A shape built from a
    distance must be valid and non-empty.
    """
    r = kw.get("radius_km") or kw.get("distance_km")
    extents = [r, kw.get("min_km") or None, kw.get("max_km")]
    for km in extents:
        if km is not None:
            check_distance_km(km)
    # Shapes computed from a distance must come out whole (gazetteer polygons are drawn
    # as they are).
    if r and (geometry is None or geometry.is_empty or not geometry.is_valid):
        raise InputError("no valid geometry")


class Candidate(NamedTuple):
    start: int
    end: int
    feature: Feature | None  # None: the phrase is claimed but gives nothing


def _qualified(m: re.Match[str]) -> bool:
    return bool(m.group("qual"))


def guarded(fn: Any, *args: Any) -> list[Any]:
    """Run one phrase's builder; a failure loses that phrase only."""
    try:
        found = fn(*args)
    except InputError as err:
        # A statement with a distance or shape that cannot be drawn: the map loses it
        # only, and the user is told.
        log.warning("skipped the statement %s: %s", _phrase(args), err)
        return []
    except (GeoError, ValueError, ShapelyError, proj_error()) as err:
        log.debug("no feature from %s: %s", getattr(fn, "__name__", fn), err)
        return []
    if found is None:
        return []
    return found if isinstance(found, list) else [found]


def _phrase(args: tuple[Any, ...]) -> str:
    """The text of the phrase a builder was given (a match, or a start and an end)."""
    if len(args) > 1 and isinstance(args[1], re.Match):
        start, end = args[1].span()
    elif len(args) > 2 and isinstance(args[1], int) and isinstance(args[2], int):
        start, end = args[1], args[2]
    else:
        return "(unknown)"
    text = " ".join(args[0].text[start:end].split())
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{text!r} (characters {start}-{end})"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
