"""Areas: first-level regions ("the Kursk and Belgorod regions") and border zones."""

from __future__ import annotations

import logging
import re
from typing import Any

from shapely.errors import ShapelyError

from ...errors import GeoError
from ...geometry import buffer_km, ring
from ...geometry.core import proj_error  # pyproj's ProjError once imported
from ...model import Feature, Place
from .. import lexicon as lx
from ..office_titles import office_title
from .bare_border import nearest_borders
from .border_places import context_place, other_country
from .context import Candidate, Context, check_distance_km, make_feature
from .measures import Distance, stated_distance
from .pieces import own_piece_only, side_named
from .region_parts import part_before, region_part
from .shapes import border_lines, lat_lon
from .vocabulary import (
    _AFTER_REGION,
    _BEFORE_REGION,
    _BORDER_CONTEXT_KM,
    _FLAGS,
    _P_BORDER,
    _P_PLURAL_REGIONS,
    _QTY,
    _REGION_WORD_END,
    _SPACED_REGION_WORD_END,
    BORDER_BAND_KM,
    NAMED_LINES,
)

__all__ = [
    "border_line",
    "border_region_after",
    "find_borders",
    "find_regions",
]


log = logging.getLogger(__name__)


#: At most this many names are read as one "the A, B and C regions" list (each region's
#: feature spans the whole phrase: a bounded one).
_MAX_LIST = 24


def find_regions(ctx: Context) -> list[Candidate]:
    out = []
    text = ctx.text
    done: set[int] = set()
    ending: dict[int, int] = {}  # the first resolved toponym ending at each offset
    for i, t in enumerate(ctx.toponyms):
        if t.place is not None:
            ending.setdefault(t.end, i)
    # Lists: "the Kursk and Belgorod regions", "the Sumy, Kharkiv and Chernihiv oblasts".
    for j, t in enumerate(ctx.toponyms):
        m = _P_PLURAL_REGIONS.match(text, t.end)
        if m is None:
            continue
        members = [j]
        start = t.start
        while len(members) < _MAX_LIST:
            prev = _list_item_before(text, ending, start)
            if prev is None:
                break
            members.append(prev)
            start = ctx.toponyms[prev].start
        if len(members) < 2:
            continue
        before = _BEFORE_REGION.search(text, max(0, start - 40), start)
        start = before.start() if before else start
        for i in sorted(members, key=lambda k: ctx.toponyms[k].start):
            done.add(i)
            place = ctx.toponyms[i].place
            feat = _region_feature(ctx, i, start, m.end(), place) if place else None
            out.append(Candidate(start, m.end(), feat))
    for i, t in enumerate(ctx.toponyms):
        if t.place is None or i in done:
            continue
        # "the Kursk region", or a region's own name with its region word ("Kherson
        # Oblast", an alias the gazetteer has whole, as a heading or after "in").
        named = t.place.kind == "admin1" and _SPACED_REGION_WORD_END.search(t.text)
        if t.cue != "region" and not named:
            continue
        if t.metonymic and office_title(text, t.end):
            # "Kharkiv regional governor Oleh Syniehubov said ...", "the head of the Kherson
            # Regional Military Administration said shelling hit Beryslav": an office's
            # name, no area the text states; a sentence that names no other place keeps
            # it ("Belgorod Governor Vyacheslav Gladkov said drones wounded three people")
            continue
        before = _BEFORE_REGION.search(text, max(0, t.start - 40), t.start)
        start = before.start() if before else t.start
        end = t.end
        after = None
        if not _REGION_WORD_END.search(t.text):
            after = _AFTER_REGION.match(text, t.end)
            end = after.end() if after else t.end
        elif t.place.kind == "country":
            after = True
        if t.place.kind == "country" and not after:
            continue  # "the Afar Region of Ethiopia": the country is a container here
        part = part_before(text, start)  # "in the south of Donetsk region": that side
        if part is not None:
            start = part[0]
        out.append(Candidate(start, end, _region_feature(ctx, i, start, end, t.place, part)))
    return out


def _list_item_before(text: str, ending: dict[int, int], start: int) -> int | None:
    """The resolved toponym before ``start`` joined to it by "and" or a comma, if any
    (``ending``: the first resolved toponym ending at each offset)."""
    head = text[max(0, start - 120) : start]
    m = re.search(r"(?:,\s*|,?\s+and\s+)$", head, _FLAGS)
    if m is None:
        return None
    return ending.get(start - (len(head) - m.start()))


def _region_feature(
    ctx: Context,
    i: int,
    start: int,
    end: int,
    place: Place,
    part: tuple[int, float, str] | None = None,
) -> Feature | None:
    record = ctx.region_record(place, from_city=True)
    if record is None:
        return None
    geom = ctx.gaz.geometry(record)
    kind = ctx.gaz.kind(record)
    note = (
        f"{'first-level region' if kind == 'admin1' else kind} polygon of "
        f"{ctx.gaz.name(record)} from the gazetteer"
    )
    if place.kind == "place":
        note += f" (the region named after {place.name})"
    bearing = None
    if part is not None and (cut := region_part(geom, part[1])) is not None:
        geom, bearing = cut, part[1]
        note += (
            f", cut to its {part[2]} side: beyond the geodesic through its centroid "
            f"perpendicular to bearing {bearing:g} deg"
        )
    return make_feature(
        ctx, "region", start, end, geom, anchor=i, anchors=(i,), note=note, bearing_deg=bearing
    )


# --------------------------------------------------------------------------- borders


def _country_codes_in(ctx: Context, words: str, start: int, end: int) -> list[str]:
    """Countries an adjective phrase names: demonyms, or country toponyms inside it."""
    codes: list[str] = []
    for t in ctx.toponyms:
        p = t.place
        inside = start <= t.start and t.end <= end
        if inside and p is not None and p.kind == "country" and p.country_code not in codes:
            codes.append(p.country_code)
    for w in re.split(r"[\s\-–/]+", words):
        code = lx.DEMONYMS.get(w.lower().strip(".’'"))
        if code is None:
            rec = [c for c in ctx.gaz.lookup(w) if ctx.gaz.kind(c.record) == "country"]
            code = ctx.gaz.country_code(rec[0].record) if rec else None
        if code and code not in codes:
            codes.append(code)
    return codes if len(codes) > 1 else _joined_sides(ctx, codes, start, end)


def _joined_sides(ctx: Context, codes: list[str], start: int, end: int) -> list[str]:
    """``codes`` (one country or none) with the countries of places or territories joined
    by a dash or slash in the adjective ``start:end`` ("the Gaza-Egypt border": Gaza
    City's PS beside EG; "the Kursk-Sumy border": RU and UA), when that makes two;
    ``codes`` unchanged otherwise (the places of one country: a boundary between its
    regions is no border here)."""
    if not re.search(r"\w\s*[-‐‑–—/]\s*\w", ctx.text[start:end]):
        return codes
    out = list(codes)
    for t in ctx.toponyms:
        p = t.place
        if start <= t.start and t.end <= end and p is not None and p.country_code not in out:
            out.append(p.country_code)
    return out if len(out) == 2 else codes


def find_borders(ctx: Context) -> list[Candidate]:
    out = []
    if "border" not in ctx.text and "frontier" not in ctx.text and "Line" not in ctx.text:
        return out  # every match holds one of these words
    for m in _P_BORDER.finditer(ctx.text):
        try:
            out.extend(_border(ctx, m))
        except (GeoError, ValueError, ShapelyError, proj_error()) as err:
            log.debug("no border feature for %r: %s", m.group(0), err)
    return out


def _border(ctx: Context, m: re.Match[str]) -> list[Candidate]:
    if m.group("cue").lower() == "across" and m.group("border").lower() in ("border", "frontier"):
        return []  # "across the border" is where from, not where: only a named line's
    found = border_line(ctx, m)
    if found is None:
        return []
    line, codes, used, end, where = found
    start, (width, inside_at) = m.start(), _zone_width(ctx.text, m.start())
    band_km = BORDER_BAND_KM if width is None else width.km
    check_distance_km(band_km)
    geom = buffer_km(line, band_km)
    note = (
        f"border zone: within {band_km:g} km of the {'-'.join(codes)} border (shared "
        f"boundary of the gazetteer's country polygons{where})"
    )
    if width is not None:
        note += f"; the width stated before it ({width.text})"
    # "a 15-kilometre zone along the border in the Sumy region": that region's side (not a
    # named line's: "across the Line of Control in Kashmir" is both sides of it)
    bare = m.group("border").lower() in ("border", "frontier")
    inside = border_region_after(ctx, end, codes) if bare else None
    if inside is None and inside_at is not None:  # "a zone 15 km deep inside Ukraine along"
        inside = side_named(ctx, ctx.by_start.get(inside_at), codes)
    if inside is not None:
        part = geom.intersection(inside[1])
        if not part.is_empty and part.geom_type in ("Polygon", "MultiPolygon"):
            geom, used = part, [*used, inside[0]]
            after = ctx.toponyms[inside[0]].start > start
            named = "the region named after it" if after else "the side it is said to lie on"
            note += f"; the part inside {ctx.toponyms[inside[0]].text}, {named}"
    anchors = tuple(sorted(set(used)))
    anchor = used[0] if used else -1
    extra = {} if width is None else {"quantity_text": width.text}
    feat = make_feature(ctx, "near", start, end, geom, anchor=anchor, anchors=anchors,
                    radius_km=band_km, note=note, **extra)  # fmt: skip
    return [Candidate(start, end, feat)]


_IN_AFTER = re.compile(r"\s+(?:in|inside|within)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?")


def border_region_after(
    ctx: Context, end: int, codes: list[str] | None
) -> tuple[int, Any] | None:
    """(toponym, polygon) of a first-level region of one of the border's countries
    ``codes`` (any country: None) named right after the phrase ending at ``end`` ("...
    along the border in the Sumy region", "in Ukraine's Sumy region"), or None."""
    m = _IN_AFTER.match(ctx.text, end)
    i = ctx.by_start.get(m.end()) if m is not None else None
    place = ctx.toponyms[i].place if i is not None else None
    if place is None or place.kind != "admin1":
        return None
    if codes is not None and place.country_code not in codes:
        return None
    record = ctx.region_record(place, from_city=False)
    return (i, ctx.gaz.geometry(record)) if record is not None else None  # type: ignore[return-value]


#: A zone's width stated right before "along the border": "a 20-km buffer zone", "a
#: 30 km wide security strip", "a 15-kilometre demilitarised belt", or after the zone's
#: noun: "a buffer zone 10 kilometres deep", "a strip up to 5 km wide".
_ZONE = (r"(?:(?:buffer|security|demilitari[sz]ed|exclusion|sanitary|no-go|safe|border)[\s-]+)?"
         r"(?:zone|strip|belt|band|corridor)\s+")
#: ... and the side it lies on, named between: "a buffer zone 15 km deep inside Ukraine
#: along the Kharkiv region's border", "up to 1.5 km wide inside Gaza along the border".
_INSIDE = (
    r"(?:(?:inside|in|within)\s+(?:the\s+)?(?P<inside>(?-i:[A-Z])[\w'’-]*)(?:\s+[\w'’-]+){0,2}"
    r"\s+)?$"
)
_ZONE_WIDTH = re.compile(
    rf"(?P<qty>{_QTY})[\s-]+(?:(?:wide|deep)\s+)?{_ZONE}{_INSIDE}", re.IGNORECASE
)
_ZONE_WIDTH_AFTER = re.compile(
    rf"{_ZONE}(?:(?:up\s+to|some|about|around|roughly)\s+)?(?P<qty>{_QTY})[\s-]+(?:wide|deep)\s+"
    + _INSIDE,
    re.IGNORECASE,
)


def _zone_width(text: str, start: int) -> tuple[Distance | None, int | None]:
    """The width a zone "along the border" states (or None), and where the name of the
    side it is said to lie on starts ("... inside Gaza along the border"), or None."""
    lo = max(0, start - 100)
    m = _ZONE_WIDTH.search(text, lo, start) or _ZONE_WIDTH_AFTER.search(text, lo, start)
    if m is None:
        return None, None
    return stated_distance(m.group("qty")), m.start("inside") if m.group("inside") else None


def border_line(
    ctx: Context, m: re.Match[str]
) -> tuple[Any, list[str], list[int], int, str] | None:
    """The border a match of a border phrase names (groups ``adj``, ``border`` and
    ``with``): (the shared boundary, the two country codes with the context place's
    last, the toponyms used, the phrase's end, a note on the part kept), or None when
    the two countries are not both clear. A phrase naming no country ("near the
    border") means the border nearest the place its sentence names
    (:func:`.bare_border.nearest_borders`)."""
    # "the Line of Control": a named line's two countries (vocabulary.NAMED_LINES)
    codes: list[str] = list(NAMED_LINES.get(" ".join(m.group("border").lower().split()), ()))
    used: list[int] = []
    if m.group("adj") and not codes:
        codes += _country_codes_in(ctx, m.group("adj"), m.start("adj"), m.end("adj"))
    end = m.end("border")
    if m.group("with"):
        anchor = ctx.anchor_at(m.end())
        if anchor is not None:
            i, end_with = anchor
            place = ctx.toponyms[i].place
            if place is not None and place.kind == "country":
                if place.country_code not in codes:
                    codes.append(place.country_code)
                used.append(i)
                end = end_with
    if len(codes) > 2:
        return None
    if len(codes) == 1 and context_place(ctx, m.start(), end, exclude=codes) is None:
        codes = other_country(ctx, m.start(), end, codes)  # "the Ukrainian border in Sumy"
    if not codes:  # "near the border": the one nearest the place the sentence names
        context = context_place(ctx, m.start(), end)
        nearest = nearest_borders(ctx, context) if context is not None else None
        if nearest is None:
            return None
        line, codes = nearest
        used.append(context)  # type: ignore[arg-type]
    else:
        if len(codes) == 1:
            context = context_place(ctx, m.start(), end, exclude=codes)
            if context is None:
                return None
            codes.append(ctx.toponyms[context].place.country_code)  # type: ignore[union-attr]
        else:
            context = context_place(ctx, m.start(), end, only=codes)
        if context is not None:
            used.append(context)
        records = [ctx.country_record(c) for c in codes]
        if None in records:
            return None
        line = ctx.shared_border(records[0], records[1])  # type: ignore[arg-type]
        if line is None:
            return None
    where = ""
    if context is not None:
        place = ctx.toponyms[context].place
        near = line.intersection(ring(lat_lon(place), _BORDER_CONTEXT_KM))  # type: ignore[arg-type]
        near_lines = border_lines(near)
        if near_lines is not None:
            line = near_lines
            where = f", the part within {_BORDER_CONTEXT_KM:g} km of {place.name}"  # type: ignore[union-attr]
        piece = own_piece_only(ctx, line, place, codes)  # Khan Younis: Gaza's, not the West Bank's
        if piece is not line:
            cc, name = place.country_code, place.name  # type: ignore[union-attr]
            line, where = piece, f"{where}, on the piece of {cc} {name} stands in"
    return line, codes, used, end, where
