"""Water bodies among the places: which readings they replace, and their toponyms.

:func:`geo.text.water.find_water` reads the water bodies a text names; these stages
settle them with recognition's mentions and resolution's toponyms
(:func:`geo.text.geoparse.geoparse` runs them in this order):

1. :func:`keep_towns` -- a name recognition read whole as a town keeps the town ("White
   River, South Dakota"), unless "the" comes before it ("the White River");
2. :func:`outside_water` -- a mention inside a water body's name is dropped before
   resolution ("Aden" in "the Gulf of Aden" is no mention of the city);
3. :func:`water_bodies` -- a resolved mention whose own name ends in a sea's word and
   that was read as something else ("the Black Sea Fleet") is left without a place;
4. :func:`water_toponyms` -- the water bodies join the toponyms: a point and a geometry
   from the water table, the namesake nearest the text's places.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.normalize import normalize
from ..geometry.measures import distance_km
from ..model import Place, Toponym
from .tokens import Mention, without_mentions
from .water import WaterSpan
from .water_far import far_from_all

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

__all__ = [
    "BARE_WATER_WORD", "RIVER_BANK_KM", "keep_towns", "median_point", "outside_water",
    "place_points", "river_namesakes", "water_bodies", "water_toponyms",
]

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A water word alone (a mention's normalized key): no place ("The River", "the Gulf
#: of" at a text's end), whatever the gazetteer calls so (a New Jersey nickname, a
#: province of Papua New Guinea).
BARE_WATER_WORD = re.compile(
    r"(?:the )?(?:seas?|oceans?|gulfs?|straits?|channels?|bays?|rivers?|lakes?|reservoirs?"
    r"|lagoons?|canals?|estuary|estuaries)"
)


def keep_towns(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], waters: Sequence[WaterSpan]
) -> list[WaterSpan]:
    """The water bodies that are no town's whole name: a water body's name with its water
    word, without "the" before it, that recognition read whole as a populated place
    ("White River, South Dakota", "moved to Elbow Lake") is the town; "the White River" is
    the river, and a name read as water from its context ("the Black and Azov seas") is
    water.

    Cost: one dictionary of the mentions' spans, one look-behind per water body."""
    if not waters:
        return []
    whole = {(m.start, m.end): m for m in mentions}
    out = []
    for w in waters:
        m = whole.get((w.start, w.end))
        if (
            m is not None
            and w.word in normalize(text[w.start : w.end]).split()  # not "the Black and Azov seas"
            and any(gaz.is_place(c.record) for c in m.candidates)
            and not _THE_BEFORE.search(text, max(0, w.start - 8), w.start)
        ):
            continue
        out.append(w)
    return out


def outside_water(mentions: Sequence[Mention], waters: Sequence[WaterSpan]) -> list[Mention]:
    """The mentions outside every located water body's name ("Aden" in "the Gulf of Aden"
    is no mention of Aden); the names of a list left keep their partners' new indexes
    (:attr:`Mention.siblings`).  A water body the table lacks keeps the mention inside it
    as evidence for the text's other names ("the Delaware and Raritan Canal" says New
    Jersey), its toponym left out afterwards (:func:`water_toponyms`).

    ``waters`` in text order, none overlapping another (as
    :func:`geo.text.water.find_water` gives them): their ends are in order too, so only
    the last one starting before a mention's end may overlap it.  A mention of a water
    word alone (:data:`BARE_WATER_WORD`) is dropped too."""
    waters = [w for w in waters if w.body is not None]
    if not waters and not any(BARE_WATER_WORD.fullmatch(m.key) for m in mentions):
        return list(mentions)
    starts = [w.start for w in waters]
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if BARE_WATER_WORD.fullmatch(m.key):
            drop.add(i)
            continue
        k = bisect.bisect_left(starts, m.end) - 1
        if not (k < 0 or waters[k].end <= m.start):
            drop.add(i)
    return without_mentions(mentions, drop)


def water_toponyms(
    text: str,
    toponyms: Sequence[Toponym],
    waters: Sequence[WaterSpan],
    gaz: Gazetteer | None = None,
) -> tuple[Toponym, ...]:
    """``toponyms`` with the water bodies in text order, a toponym overlapping one
    dropped.  A water body the table has carries its point (kind ``"water"``), its kind
    (:attr:`Toponym.water`) and its geometry; one it lacks has no place.  Of water bodies
    sharing a name, the one nearest the middle of the text's places is taken (the median
    latitude and longitude of its towns and regions); the best ranked without them.  A
    river's point is the point of its course nearest the middle of the places its own
    sentence names (else its paragraph's, else the text's) ("the Dnipro" of a
    story from Kherson is drawn at Kherson, not halfway to Kyiv), else the table's
    (midway); a sea's or lake's is always the table's, inside it.  A river or lake
    farther than :data:`INLAND_FAR_KM` from every town, region and country of the text
    (two at least; countries when ``gaz`` is given) is a namesake: no place.

    ``waters`` as :func:`geo.text.water.find_water` gives them (in order, none
    overlapping): one bisection per toponym."""
    if not waters:
        return tuple(toponyms)
    starts = [w.start for w in waters]
    kept = []
    for t in toponyms:
        k = bisect.bisect_left(starts, t.end) - 1
        if k < 0 or waters[k].end <= t.start:
            kept.append(t)
    centre = _centre(kept) if any(w.others or _is_river(w) for w in waters) else None
    at = [t.start for t in kept]
    # Where each river was last drawn in this text (its name -> (lat, lon)).
    drawn: dict[str, tuple[float, float]] = {}
    for w in waters:
        b = w.body
        if b is not None and w.others and centre is not None:
            b = min((b, *w.others), key=lambda o: distance_km(centre, (o.lat, o.lon)))
        canal = w.word.lower() == "canal"  # one canal of its name: never a namesake's
        if b is not None and b.kind in _INLAND and not canal and far_from_all(b, kept, gaz, text):
            b = None  # the Litani of South America in a story from south Lebanon
        shape = b.geometry if b is not None else None
        place = None
        if b is not None:
            lat, lon = b.lat, b.lon
            if b.kind == "river" and shape is not None:
                point = _river_point(text, kept, at, w, shape, centre, drawn.get(b.name))
                lat, lon = point or (lat, lon)
                drawn[b.name] = (lat, lon)
            place = Place(0, b.name, "water", "", lat, lon)
        kept.append(
            Toponym(
                w.start, w.end, text[w.start : w.end], place, 0.9 if b else 0.5, "water",
                water=_water_kind(w, b), geometry=shape,
            )
        )
    kept.sort(key=lambda t: (t.start, t.end))
    return tuple(kept)


#: The places of a river's sentence count as where it is drawn only this near its course
#: (km); farther ones ("a figure Moscow did not confirm") say nothing of where on it.
RIVER_LOCAL_KM = 150.0
_INLAND = frozenset({"river", "lake", "reservoir"})


def _river_point(
    text: str,
    kept: Sequence[Toponym],
    at: Sequence[int],
    w: WaterSpan,
    shape: object,
    centre: tuple[float, float] | None,
    before: tuple[float, float] | None,
) -> tuple[float, float] | None:
    """A river's point: the point of its course nearest the places its own sentence
    (else paragraph) names ("crossed the Dnieper ... in Krynky": by Krynky), when they
    lie within :data:`RIVER_LOCAL_KM` of it; when they lie farther ("the west bank of the
    Oskil, a figure Moscow did not confirm"), ``before`` (where the text drew the river
    last) if any; else the point nearest the text's ``centre``; else None."""
    here = _local_centre(text, kept, at, w)
    if here is not None:
        near = nearest_points(shape, Point(here[1], here[0]))[0]
        if distance_km(here, (near.y, near.x)) <= RIVER_LOCAL_KM:
            return round(near.y, 4), round(near.x, 4)
        if before is not None:
            return before
    if centre is None:
        return None
    near = nearest_points(shape, Point(centre[1], centre[0]))[0]
    return round(near.y, 4), round(near.x, 4)


#: A sentence's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def _local_centre(
    text: str, kept: Sequence[Toponym], starts: Sequence[int], w: WaterSpan
) -> tuple[float, float] | None:
    """:func:`_centre` of the toponyms of ``w``'s sentence, else of its paragraph (a
    line), or None.  ``kept``: the toponyms in text order, ``starts`` their starts.
    Cost: one scan of the paragraph, one bisection per bound."""
    lo = text.rfind("\n", 0, w.start) + 1
    hi = text.find("\n", w.end)
    hi = len(text) if hi < 0 else hi
    first, last = lo, hi
    for end in _SENTENCE_END.finditer(text, lo, hi):
        if end.end() <= w.start:
            first = end.end()
        elif end.start() >= w.end:
            last = end.start() + 1
            break
    for a, b in ((first, last), (lo, hi)):
        found = _centre(kept[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])
        if found is not None:
            return found
    return None


def _is_river(w: WaterSpan) -> bool:
    return w.body is not None and w.body.kind == "river"


def place_points(toponyms: Sequence[Toponym]) -> list[tuple[float, float]]:
    """The (lat, lon) of the towns and regions among ``toponyms``, in order."""
    return [
        (t.place.lat, t.place.lon)
        for t in toponyms
        if t.place is not None and t.place.kind in ("place", "admin1", "admin2")
    ]


def median_point(points: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """The median latitude and the median longitude of ``points`` (degrees), or None
    when there are none: the middle of a text's places, which a stray far namesake
    among them does not move."""
    if not points:
        return None
    import statistics  # statistics (with fractions, decimal): only when a middle is asked for

    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _centre(toponyms: Sequence[Toponym]) -> tuple[float, float] | None:
    """The median (lat, lon) of the towns and regions among ``toponyms``, or None."""
    return median_point(place_points(toponyms))


_ENDS_IN_WATER = re.compile(r"\s(?:Sea|Ocean|Gulf|Strait|Straits)$")
_REGION_AFTER = re.compile(
    r"\s+(?i:governorate|state|province|region|oblast|krai|district|county|prefecture)\b"
)


def water_bodies(
    text: str,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """Leave without a place a mention whose own name ends in a sea's word and that
    :func:`geo.text.water.find_water` did not read ("the Black Sea Fleet": the "Black Sea"
    named in an organisation's name), unless a region's word follows ("Red Sea
    governorate").

    Parameters
    ----------
    text : str
    mentions : sequence of Mention
        Their cue set to ``"water"`` where so read.
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    list of (record or None, score)
    """
    out = list(resolved)
    for k, m in enumerate(mentions):
        if _ENDS_IN_WATER.search(text[m.start : m.end]) and not _REGION_AFTER.match(
            text, m.end
        ):
            m.cue = "water"
            out[k] = (None, resolved[k][1])
    return out


def _water_kind(w: WaterSpan, b: object) -> str:
    """The toponym's water kind: the record's ("sea", "river"), a canal's own word (Natural
    Earth draws the Suez Canal as a river's line), the text's word without a record."""
    if b is None:
        return w.word
    return "canal" if w.word.lower() == "canal" else b.kind  # type: ignore[attr-defined]


#: Between a place's name and a river's: the place lies on it ("Krynki on the left bank of
#: the Dnieper", "Krynky, a village on the Dnipro", "Kupiansk, on the Oskil").
_ON_RIVER = re.compile(
    r",?[ \t]+(?:(?:a|the)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:village|town|city|settlement)[ \t]+)?"
    r"on[ \t]+the[ \t]+(?:(?:(?:left|right|east|west|eastern|western|north|south|northern|"
    r"southern)[ \t]+)?banks?[ \t]+of[ \t]+the[ \t]+)?$"
)
#: A place on a river lies within this many km of its course.
RIVER_BANK_KM = 15.0


def river_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    waters: Sequence[WaterSpan],
) -> list[tuple[int | None, float]]:
    """``resolved``, with a place the text puts on a river ("Krynki on the left bank of
    the Dnieper") read as its namesake within :data:`RIVER_BANK_KM` of the river's course
    (the water table's geometry) when its reading lies farther (not the Polish border town
    Krynki, 450 km from the Dnieper, but Krynky in Kherson Oblast); the nearest such, a
    name's own before another's.  A name its words locate otherwise (a container, "not")
    keeps its reading.  Cost: one anchored match per river the text names, and the river's
    distance to its name's candidates."""
    out = list(resolved)
    if not waters or not mentions:
        return out
    ends = [m.end for m in mentions]
    for w in waters:
        b = w.body
        if b is None or b.kind != "river" or b.geometry is None:
            continue
        k = bisect.bisect_right(ends, w.start) - 1
        if k < 0 or _ON_RIVER.fullmatch(text, mentions[k].end, w.start) is None:
            continue
        m, rec = mentions[k], resolved[k][0]
        if rec is None or m.containers or m.told_by_words() or not gaz.is_place(rec):
            continue
        if _off_river(gaz, rec, b.geometry) <= RIVER_BANK_KM:
            continue
        near = [
            (c.quality, _off_river(gaz, c.record, b.geometry), c.record)
            for c in m.candidates
            if c.record != rec and gaz.is_place(c.record)
        ]
        near = [n for n in near if n[1] <= RIVER_BANK_KM]
        if near:
            out[k] = (min(near)[2], resolved[k][1])
    return out


def _off_river(gaz: Gazetteer, rec: int, shape: object) -> float:
    """Km from place ``rec`` to the nearest point of a river's ``shape``."""
    lat, lon = gaz.lat_lon(rec)
    near = nearest_points(shape, Point(lon, lat))[0]
    return distance_km((lat, lon), (near.y, near.x))
