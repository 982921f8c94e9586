"""Spatial expressions: turn what a text says about places into geodesic features.

:func:`extract_features` reads a text and the toponyms already found and
resolved in it (:func:`geo.text.geoparse.geoparse`) and returns
:class:`~geo.model.Feature` records: regular expressions over the text, anchored
on the toponym spans (a phrase counts only when a resolved toponym starts right
where the phrase expects its place).

Conventions
-----------
Every geometry is geodesic (:mod:`geo.geometry`: ``Geod.fwd`` circles and
points, azimuthal-equidistant buffers), shapely, (lon, lat); distances are km.

``ring``
    "within (about) N km of P", "less than / under / no more than / up to N km
    from P", "an N-kilometre radius around P", "a radius of N km around P",
    "a 30-km zone around P": a disk of radius N around P (:func:`geo.geometry.ring`).
    Both units stated ("10 miles (16 kilometers)"): the metric value is used and
    the whole text kept in ``quantity_text``. Ranges ("10 to 15 km", "10-15 km"):
    the disk of the largest value; ``min_km``/``max_km`` keep both ends. A
    qualifier (approximately, about, some, roughly, around, nearly, almost, ...)
    sets ``approximate`` and ``uncertainty_km`` = :func:`ring_uncertainty_km`
    (10 % of the radius, at least 1 km, at most half the radius).
    A bare distance without a direction ("a village 30 km from P") says the
    place is *about* that far, not *within* it: a ``ring`` whose geometry is the
    annulus ``radius ± uncertainty_km`` (10 % of the radius, at least 1 km; for a
    range the annulus from ``min_km`` to ``max_km``). Lower bounds ("more than 30
    km from P") and movements ("advanced 5 km from P", "30 km from P to Q") give
    nothing. Anchor a first-level region ("within 20 km of the Kursk region"): the
    region polygon buffered by N km with :func:`geo.geometry.buffer_km` (kind
    still ``ring``, said in ``note``). Countries are not ring anchors.
``offset``
    "N km DIRECTION of/from P", "N km to the DIRECTION of P" with the 16 compass
    points as words ("north-east", "northeast", "north-northeast") or
    capital abbreviations ("NE", "NNE"); "some 60 km to the south-east" with no
    place refers back to the last resolved populated place before it in the
    same paragraph. The geometry is the point at that distance and bearing
    (:func:`geo.geometry.offset`); for a range, the middle of the range.
    ``uncertainty_km`` = max(10 % of the distance, distance x tan(half the compass
    sector), half the range): the half sector is 22.5 deg for the 8 main points
    (N, NE, E, ...) and 11.25 deg for the 16-point names (NNE, ENE, ...).
    Regions and countries are not offset anchors (their label point is no
    reference point).
``region``
    A toponym the geoparser marked with the "region" cue ("the Kursk region",
    "Zaporizhzhia Oblast", "the region of Kursk") and lists such as "the Kursk
    and Belgorod regions": the admin-1 polygon from the gazetteer (a country's
    only when a region word follows it, not for "the Afar Region of Ethiopia").
    The span covers the whole phrase. One feature per mention.
``between``
    "between A and B" with two resolved populated places: the geodesic line,
    ``anchors=(a, b)``, ``distance_km`` its length. Not after a relation noun
    ("talks / relations / exchanges between Kyiv and Moscow") nor for places
    more than 1,000 km apart.
``near``
    "near / close to / not far from / outside / around / in the vicinity of /
    in the area of P": a disk of radius :func:`near_radius_km` (an urban radius
    estimated from the population, plus 10 km). "the (southern) outskirts /
    suburbs / edge / approaches of P", "P's eastern outskirts": the band
    :func:`outskirts_band_km` around P, as a full annulus or, with a side, the
    90 deg sector centred on that side (southern: bearings 135-225). "near /
    along / on / at the border" only where both countries are clear ("the
    border with Russia" plus a Ukrainian place in the sentence, "the
    Russian-Ukrainian border"): the band within :data:`BORDER_BAND_KM` of the
    shared boundary of the two country polygons, limited to 150 km around the
    place the sentence names when it names one. Never around a region or a
    country ("near Russia" gives nothing).
``point``
    Not emitted: a bare place is left to the renderer.

Units: km (kilometre, kilometer, km, kms, klicks), m (metre, meter), miles
(mile, mi), nautical miles (nmi, nm: 1.852 km), feet and yards; numbers in
digits ("1,500", "2.5") or words ("ten", "twenty-five", "a dozen", "a hundred",
"half a", "one and a half"); "a few" and "several" are no numbers.

Anchors are toponyms whose ``place`` is resolved; a place name followed by a
water or infrastructure word ("the Dnipro River", "the Kakhovka Reservoir",
"the Pokrovsk direction") is not an anchor. A first-level region resolved
without a region word ("the northern outskirts of Zaporizhzhia") stands for its
most populous place of the same name in rings, offsets, near and between.
Overlapping phrases: the one starting first (then the longest) wins, so
"within 10 km from P" is one ring; region and border features may overlap others.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np
import shapely
from pyproj import Transformer
from pyproj.exceptions import ProjError
from shapely.errors import ShapelyError
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box
from shapely.ops import linemerge

from ..errors import GeoError, InputError
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry import (
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    _oriented,
    _split_planar,
    between,
    buffer_km,
    distance_km,
    offset,
    ring,
)
from ..model import Feature, Place, Toponym
from . import lexicon as lx
from .fold import FoldedPattern, folded

__all__ = [
    "BORDER_BAND_KM",
    "COMPASS_POINTS",
    "UNITS_KM",
    "Distance",
    "compass_bearing",
    "extract_features",
    "near_radius_km",
    "outskirts_band_km",
    "parse_distance",
    "parse_number",
    "ring_uncertainty_km",
]

log = logging.getLogger(__name__)

#: Kilometres per unit, by canonical unit name.
UNITS_KM: MappingProxyType[str, float] = MappingProxyType(
    {"km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852, "ft": 0.0003048, "yd": 0.9144e-3}
)
_METRIC = frozenset({"km", "m"})

#: The 16 compass points: abbreviation -> bearing in degrees clockwise from north.
COMPASS_POINTS: MappingProxyType[str, float] = MappingProxyType(
    {
        name: i * 22.5
        for i, name in enumerate("N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split())
    }
)

#: Half-width, km, of the band drawn along a border for "near the border".
BORDER_BAND_KM = 25.0
_BORDER_CONTEXT_KM = 150.0  # keep the border within this distance of the place named
_BORDER_TOLERANCE_M = 2000.0  # country outlines closer than this share a boundary

_URBAN_DENSITY_PER_KM2 = 3000.0
_NEAR_MARGIN_KM = 10.0
_SECTOR_HALF_WIDTH_DEG = 45.0
_SECTOR_VERTICES = 33
_BACKREF_CHARS = 600  # an offset without a place refers back at most this far
_MOVEMENT_WINDOW = 40

# --------------------------------------------------------------------------- lexicon

_ONES = {"zero": 0} | lx.NUMBER_ONES
_TENS = lx.NUMBER_TENS
_NUMBER_WORDS = sorted([*_ONES, *_TENS, "hundred", "thousand", "dozen", "half", "an", "a"],
                       key=lambda w: (-len(w), w))  # fmt: skip
_WORD = "(?:" + "|".join(_NUMBER_WORDS) + ")"
_WORDNUM = rf"\b{_WORD}(?:(?:\s+|-)(?:and\s+)?{_WORD}){{0,6}}\b"  # bounded: no runaway backtracking
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
_UNIT = (
    r"(?:nautical[\s-]+miles?|nmi|nm|kilomet(?:er|re)s?|klicks?|kms?|met(?:er|re)s?|miles?|mi"
    r"|m|feet|foot|ft|yards?|yds?)(?![\w’'])"
)
_QUAL = (
    r"(?:approximately|approx\.?|about|some|roughly|around|nearly|almost|circa|ca\."
    r"|an\s+estimated|close\s+to|more\s+or\s+less)"
)
_ADVERB = r"(?:(?:just|only|barely|merely)\s+)?"


class _LazyPattern:
    """A regular expression compiled on first use.

    The distance patterns below are about 12 KB each and cost 15-40 ms each to
    compile: a text with no distance unit never needs them (:func:`_qty_matches`), and
    ``geo geocode`` or ``--only toponyms`` never pays for them.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, fullmatch, ...
        return getattr(self.compiled(), name)


def _simple(named: bool) -> str:
    """One stated distance: "10 km", "10-15 km", "10 to 15 km", "between 10 and 15 km"."""

    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    return (
        rf"(?:between\s+{g('b1', _NUM)}\s+and\s+{g('b2', _NUM)}[\s-]*{g('bu', _UNIT)}"
        rf"|{g('r1', _NUM)}(?:[\s-]*{g('ru1', _UNIT)})?\s*(?:to|or)\s*{g('r2', _NUM)}[\s-]*"
        rf"{g('ru2', _UNIT)}"
        rf"|{g('d1', _DIGITS)}(?:[\s-]*{g('du1', _UNIT)})?\s*[-–—]\s*{g('d2', _DIGITS)}[\s-]*"
        rf"{g('du2', _UNIT)}"
        rf"|{g('n', _NUM)}[\s-]*{g('u', _UNIT)})"
    )


_SIMPLE = _simple(False)
# A distance, optionally restated in another unit: "10 miles (16 kilometers)".
_QTY = (
    rf"{_SIMPLE}(?:\s*\(\s*(?:{_QUAL}\s+)?{_SIMPLE}\s*\)"
    rf"|,?\s+or\s+(?:{_QUAL}\s+)?{_SIMPLE},?)?"
)
_SIMPLE_NAMED = re.compile(_simple(True), re.IGNORECASE)
_QTY_FULL = _LazyPattern(rf"\s*(?:{_QUAL}\s+)?(?:{_QTY})\s*", re.IGNORECASE)

_DIR_WORDS = {
    3: [("north", "north", "east"), ("east", "north", "east"), ("east", "south", "east"),
        ("south", "south", "east"), ("south", "south", "west"), ("west", "south", "west"),
        ("west", "north", "west"), ("north", "north", "west")],
    2: [("north", "east"), ("south", "east"), ("south", "west"), ("north", "west")],
    1: [("north",), ("east",), ("south",), ("west",)],
}  # fmt: skip
_DIR = (
    "(?:"
    + "|".join(r"[\s-]?".join(parts) for n in (3, 2, 1) for parts in _DIR_WORDS[n])
    + "|(?-i:"
    + "|".join(sorted(COMPASS_POINTS, key=lambda a: (-len(a), a)))
    + r"))(?![\w-])"
)
_SIDE = r"(?:(?:north|south)[\s-]?(?:east|west)ern|northern|southern|eastern|western)"

_FLAGS = re.IGNORECASE
_P_WITHIN = _LazyPattern(
    rf"\bwithin\s+{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?"
    r"(?:of|from|around)\s+",
    _FLAGS,
)
_P_BOUND = _LazyPattern(
    r"\b(?P<bound>less\s+than|fewer\s+than|under|no\s+more\s+than|not\s+more\s+than|up\s+to"
    r"|at\s+most|no\s+(?:further|farther)\s+than)\s+"
    rf"(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?(?:of|from)\s+",
    _FLAGS,
)
_P_RADIUS = _LazyPattern(
    rf"\b(?:(?:with)?in\s+)?(?:an?|the)\s+(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+"
    r"(?:radius|(?:(?:buffer|exclusion|security|safety|demilitari[sz]ed)\s+)?zone|perimeter)"
    r"\s+(?:of|from|around)\s+",
    _FLAGS,
)
_P_RADIUS_OF = _LazyPattern(
    rf"\b(?:(?:with)?in\s+)?(?:a|the)\s+radius\s+of\s+(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<qty>{_QTY})\s+(?:of|from|around)\s+",
    _FLAGS,
)
_P_BARE = _LazyPattern(
    r"(?:\b(?P<lower>more\s+than|over|at\s+least|beyond|further\s+than|farther\s+than"
    r"|greater\s+than)\s+)?"
    rf"{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?from\s+",
    _FLAGS,
)
_P_OFFSET = _LazyPattern(
    rf"{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?(?:to\s+the\s+)?"
    rf"(?P<dir>{_DIR})(?P<of>\s+(?:of|from)\b)?",
    _FLAGS,
)
# Every distance phrase above holds a quantity, and every quantity ends in a unit
# that follows a digit, a space or a hyphen ("10 km", "10-mile", "10km"). Finding
# those units is cheap; the large patterns then run only in windows around them
# (a few hundred characters a unit) instead of at every position of the text.
_UNIT_HIT = FoldedPattern(rf"(?<=[\d\s-]){_UNIT}")
_QTY_BEFORE, _QTY_AFTER = 400, 400  # window around a unit: wider than any phrase
# Likewise the outskirts phrases all hold one of these words.
_OUTSKIRTS_HIT = FoldedPattern(r"outskirts|suburbs|edge|fringe|approaches|environs")


def _unit_windows(
    text: str,
    hits: FoldedPattern = _UNIT_HIT,
    before: int = _QTY_BEFORE,
    after: int = _QTY_AFTER,
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the distance units (or other ``hits``)."""
    windows: list[tuple[int, int]] = []
    for m_start, m_end in hits.spans(text):
        lo, hi = max(0, m_start - before), min(len(text), m_end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _qty_matches(
    pattern: re.Pattern[str] | _LazyPattern,
    text: str,
    windows: Sequence[tuple[int, int]],
    need: tuple[str, ...] = (),
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that holds a quantity (or the hits of
    other windows), searched only in ``windows`` (:func:`_unit_windows`); each match is
    read again on the whole text, so groups and ends are those of a whole-text search.
    A case-insensitive ``pattern`` every match of which holds one of the lower-case
    words ``need`` skips the windows without any (same matches, less searching)."""
    pos = 0
    low = folded(text) if need else text
    for lo, hi in windows:
        if need and all(low.find(word, lo, hi) < 0 for word in need):
            continue
        if isinstance(pattern, _LazyPattern):  # compiled only when a window may match
            pattern = pattern.compiled()
        pos = max(pos, lo)
        while pos < hi:
            found = pattern.search(text, pos, hi)
            if found is None:
                break
            m = pattern.match(text, found.start())
            if m is None:  # pragma: no cover - only when a phrase outruns its window
                pos = found.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


_P_NEAR = FoldedPattern(
    r"\b(?P<cue>near|close\s+to|not\s+far\s+from|(?:just\s+)?outside(?:\s+of)?"
    r"|in\s+the\s+vicinity\s+of|in\s+the\s+area\s+of|around)\s+"
)
_P_OUTSKIRTS = re.compile(
    r"\b(?:(?:on|in|at|to|into|from|along)\s+)?(?:the\s+)?"
    rf"(?:(?P<side>{_SIDE})\s+)?(?P<what>outskirts|suburbs|edge|fringes?|approaches|environs)"
    r"\s+(?:of|to)\s+",
    _FLAGS,
)
_P_POSSESSIVE_OUTSKIRTS = re.compile(
    rf"['’]s\s+(?:(?P<side>{_SIDE})\s+)?(?P<what>outskirts|suburbs|edge|fringes?|approaches"
    r"|environs)\b",
    _FLAGS,
)
_P_BETWEEN = FoldedPattern(r"\bbetween\s+")
_P_AND = re.compile(r",?\s+and\s+", _FLAGS)
# "talks between Kyiv and Moscow" is about two governments, not a line on the ground.
_NOT_SPATIAL_BETWEEN = re.compile(
    r"\b(?:relations?|relationships?|talks|negotiations?|ties|tensions?|dialogue|agreements?"
    r"|deals?|treat(?:y|ies)|exchanges?|swaps?|trade|wars?|conflicts?|disputes?|rivalry"
    r"|cooperation|contacts?|meetings?|summits?|differences|gap|matche?s?|games?|flights?"
    r"|partnerships?|alliances?|accords?|rifts?|mediat\w+|diplomacy|channel|hotline)"
    r"(?:\s+[\w’'-]+)?\s+$",
    _FLAGS,
)
_MAX_BETWEEN_KM = 1000.0
_P_BORDER = re.compile(
    r"\b(?P<cue>(?i:near|close\s+to|along|on|at))\s+the\s+"
    r"(?:(?P<adj>[A-Z][\w’'.]*(?:(?:\s*[-–/]\s*|\s+)[A-Z][\w’'.]*)?)\s+)?"
    r"(?P<border>border|frontier)(?P<with>\s+(?:with|of)\s+)?",
)
_P_PLURAL_REGIONS = re.compile(r"[\s-]+(?:regions|oblasts|provinces|governorates|states)\b", _FLAGS)
_REGION_WORD = "(?:" + "|".join(sorted(lx.REGION_WORDS, key=lambda w: (-len(w), w))) + ")"
_AFTER_REGION = re.compile(rf"[\s-]+{_REGION_WORD}\b", _FLAGS)
_BEFORE_REGION = re.compile(rf"(?:\bthe\s+)?(?:{_REGION_WORD}\s+of\s+)?(?:\bthe\s+)?$", _FLAGS)
_ANCHOR_PREFIX = re.compile(
    r"(?:the\s+)?(?:(?:(?:regional\s+|frontline\s+|front-line\s+|border\s+)?"
    r"(?:city|town|village|settlement|hamlet|port|capital|region|oblast|province|district))"
    r"\s+of\s+(?:the\s+)?)?",
    _FLAGS,
)
_THE = re.compile(r"the\s+", _FLAGS)
_THE_CITY = re.compile(r"the\s+(?:city|town|village|settlement)\b(?!\s+of\b)", _FLAGS)
_NOT_ANCHOR_AFTER = re.compile(
    r"(?:[\s-]+|['’]s\s+)(?:river|reservoir|lake|sea|bay|gulf|canal|dam|bridge|strait|channel"
    r"|mountains?|hills?|forest|highway|road|motorway|railway|airport|airfield|air\s+base"
    r"|airbase|nuclear|power\s+plant|plant|station|direction|axis|front|sector|salient"
    r"|border|frontier|rivers|lakes|count(?:y|ies)|square|street|avenue|boulevard|park|valley"
    r"|basin|delta|islands?|peninsula|coast|depot|" + "|".join(sorted(lx.FACILITY_WORDS)) + r")\b",
    _FLAGS,
)
_WATER_WORDS = frozenset(
    "river reservoir lake sea bay gulf canal dam bridge strait channel".split()
)
_MOVEMENT = re.compile(
    r"\b(?:advanc\w*|push\w*|pushed|mov(?:ed|ing|es?)|dr[io]ve\w*|travel\w*|walk\w*|"
    r"retreat\w*|withdr[ae]w\w*|fle[dw]|fleeing|march\w*|evacuat\w*|relocat\w*|flown|flew"
    r"|pulled\s+back|fell\s+back)\b",
    _FLAGS,
)
_TRAVEL_AFTER = re.compile(r"\s+(?:to|towards?|into)\b", _FLAGS)
_NOT_BACKREF_AFTER = re.compile(r"[\s-]+(?:[A-Z]|(?i:to|towards?|into|along|across)\b)")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")


# --------------------------------------------------------------------------- numbers


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or English words, or None.

    Parameters
    ----------
    text : str
        "16", "1,500", "2.5", "ten", "twenty-five", "a dozen", "a hundred",
        "half a", "one and a half". Vague amounts ("a few", "several") are None.

    Examples
    --------
    >>> parse_number("1,500"), parse_number("twenty-five"), parse_number("a dozen")
    (1500.0, 25.0, 12.0)
    >>> parse_number("one and a half"), parse_number("half a"), parse_number("a few")
    (1.5, 0.5, None)
    """
    s = text.strip().lower()
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    words = re.findall(r"[a-z]+", s)
    if words in (["half", "a"], ["half", "an"]):
        return 0.5
    extra = 0.0
    if words[-3:] == ["and", "a", "half"]:
        extra, words = 0.5, words[:-3]
    total, current, last = 0, 0, ""
    for w in words:
        if w == "and":
            continue
        if w in ("a", "an"):
            if last:
                return None
            current, last = 1, "a"
        elif w in _ONES:
            if last in ("ones", "a", "dozen") or (last == "tens" and _ONES[w] >= 10):
                return None
            current, last = current + _ONES[w], "ones"
        elif w in _TENS:
            if last in ("ones", "tens", "a", "dozen"):
                return None
            current, last = current + _TENS[w], "tens"
        elif w == "hundred":
            if last in ("hundred", "dozen"):
                return None
            current, last = (current or 1) * 100, "hundred"
        elif w == "thousand":
            if last == "thousand":
                return None
            total, current, last = total + (current or 1) * 1000, 0, "thousand"
        elif w == "dozen":
            if last == "dozen":
                return None
            current, last = (current or 1) * 12, "dozen"
        else:
            return None
    value = total + current + extra
    return float(value) if value > 0 else None


def _unit_key(unit: str) -> str | None:
    u = re.sub(r"[\s-]+", " ", unit.strip().lower())
    if u.startswith("nautical") or u in ("nmi", "nm"):
        return "nmi"
    if u.startswith(("kilomet", "klick")) or u in ("km", "kms"):
        return "km"
    if u.startswith("met") or u == "m":
        return "m"
    if u.startswith("mile") or u == "mi":
        return "mi"
    if u in ("feet", "foot", "ft"):
        return "ft"
    if u.startswith(("yard", "yd")):
        return "yd"
    return None


class Distance(NamedTuple):
    """A stated distance in km: ``km`` is the value used (the largest of a range)."""

    km: float
    min_km: float | None  # both set for a range ("10 to 15 km"), else None
    max_km: float | None
    unit: str  # canonical unit of the value used: km, m, mi, nmi, ft, yd
    text: str


def _parts(text: str) -> list[tuple[float, float, str]]:
    """Every (low, high, unit) a quantity text states, in text order."""
    out: list[tuple[float, float, str]] = []
    for m in _SIMPLE_NAMED.finditer(text):
        if m.group("bu"):
            a, b, ua, ub = m.group("b1"), m.group("b2"), m.group("bu"), m.group("bu")
        elif m.group("ru2"):
            a, b, ua, ub = m.group("r1"), m.group("r2"), m.group("ru1") or "", m.group("ru2")
        elif m.group("du2"):
            a, b, ua, ub = m.group("d1"), m.group("d2"), m.group("du1") or "", m.group("du2")
        else:
            a, b, ua, ub = m.group("n"), None, m.group("u"), m.group("u")
        va = parse_number(a)
        vb = parse_number(b) if b is not None else va
        kb = _unit_key(ub)
        ka = _unit_key(ua) if ua else kb
        if va is None or vb is None or ka is None or kb is None:
            continue
        if ka != kb:  # "10 miles or 16 km": two statements of one distance
            out.append((va * UNITS_KM[ka], va * UNITS_KM[ka], ka))
            out.append((vb * UNITS_KM[kb], vb * UNITS_KM[kb], kb))
            continue
        lo, hi = sorted((va * UNITS_KM[kb], vb * UNITS_KM[kb]))
        out.append((lo, hi, kb))
    return out


def parse_distance(text: str) -> Distance | None:
    """The distance a quantity phrase states, in km, preferring the metric statement.

    Parameters
    ----------
    text : str
        A distance, optionally with a qualifier and restated in another unit:
        "10 miles (16 kilometers)", "about 5 miles", "10 to 15 km", "ten nautical miles".

    Returns
    -------
    Distance or None
        None when the text is not (only) a distance with a unit.

    Examples
    --------
    >>> parse_distance("10 miles (16 kilometers)").km
    16.0
    >>> round(parse_distance("5 miles").km, 5), parse_distance("ten nautical miles").km
    (8.04672, 18.52)
    >>> d = parse_distance("10-15 km")
    >>> d.km, d.min_km, d.max_km
    (15.0, 10.0, 15.0)
    >>> parse_distance("ten days") is None
    True
    """
    if not isinstance(text, str) or not _QTY_FULL.fullmatch(text):
        return None
    parts = _parts(text)
    if not parts:
        return None
    lo, hi, unit = next((p for p in parts if p[2] in _METRIC), parts[0])
    if hi <= 0:
        return None
    if hi > lo:
        return Distance(hi, lo, hi, unit, text.strip())
    return Distance(hi, None, None, unit, text.strip())


# --------------------------------------------------------------------------- conventions


def ring_uncertainty_km(radius_km: float) -> float:
    """Half-width of the band drawn around an approximate distance, km.

    10 % of the distance, at least 1 km, but at most half the distance.

    Examples
    --------
    >>> ring_uncertainty_km(16.0), ring_uncertainty_km(5.0), ring_uncertainty_km(0.5)
    (1.6, 1.0, 0.25)
    """
    r = float(radius_km)
    return round(max(0.1 * r, min(1.0, 0.5 * r)), 6)


def compass_bearing(word: str) -> tuple[float, float] | None:
    """(bearing_deg, half_sector_deg) of a compass direction, or None.

    Words ("north-east", "northeast", "north east", "north-northeast") and
    abbreviations ("NE", "NNE"). The half sector is 22.5 deg for the 8 main
    points and 11.25 deg for the 16-point names.

    Examples
    --------
    >>> compass_bearing("north-west"), compass_bearing("NNE"), compass_bearing("South")
    ((315.0, 22.5), (22.5, 11.25), (180.0, 22.5))
    >>> compass_bearing("up") is None
    True
    """
    w = word.strip()
    if w.isupper() and w in COMPASS_POINTS:
        abbr = w
    else:
        letters = re.sub(r"[^a-z]", "", w.lower())
        abbr = ""
        for part in ("north", "south", "east", "west"):
            letters = letters.replace(part, part[0].upper())
        abbr = letters
    if abbr not in COMPASS_POINTS:
        return None
    return COMPASS_POINTS[abbr], 11.25 if len(abbr) == 3 else 22.5


def _urban_radius_km(place: Place) -> float:
    """Radius of a disk holding the population at 3,000 people per km², 1-20 km."""
    r = math.sqrt(max(place.population, 0) / (math.pi * _URBAN_DENSITY_PER_KM2))
    return min(max(r, 1.0), 20.0)


def near_radius_km(place: Place) -> float:
    """Radius, km, of the disk drawn for "near P": an urban radius plus 10 km.

    The urban radius is that of a disk holding the population at 3,000 people
    per km², clamped to 1-20 km (so 11 km for a village, about 15 km for a
    city of 250,000, 22 km for Kharkiv).

    Examples
    --------
    >>> sumy = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, population=256474)
    >>> round(near_radius_km(sumy), 1)
    15.2
    """
    return round(_urban_radius_km(place) + _NEAR_MARGIN_KM, 3)


def outskirts_band_km(place: Place) -> tuple[float, float]:
    """(inner_km, outer_km) of the band drawn for "the outskirts of P".

    From 0.6 x the urban radius (see :func:`near_radius_km`) to the urban
    radius plus max(2 km, half of it).

    Examples
    --------
    >>> sumy = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, population=256474)
    >>> [round(x, 1) for x in outskirts_band_km(sumy)]
    [3.1, 7.8]
    """
    r = _urban_radius_km(place)
    return round(0.6 * r, 3), round(r + max(2.0, 0.5 * r), 3)


# --------------------------------------------------------------------------- context


class _Context:
    """What the builders share: the text, the toponyms by start, the gazetteer."""

    def __init__(self, text: str, toponyms: Sequence[Toponym], gaz: Gazetteer) -> None:
        self.text = text
        self.toponyms = toponyms
        self.gaz = gaz
        self.by_start: dict[int, int] = {}
        for i, t in enumerate(toponyms):
            self.by_start.setdefault(t.start, i)
        self._borders: dict[tuple[int, int], Any] = {}
        self._unit_windows: list[tuple[int, int]] | None = None

    def unit_windows(self) -> list[tuple[int, int]]:
        """Where distance phrases may be (:func:`_unit_windows`), computed once."""
        if self._unit_windows is None:
            self._unit_windows = _unit_windows(self.text)
        return self._unit_windows

    def shared_border(self, a: int, b: int) -> LineString | MultiLineString | None:
        """The border two country records share, once per pair of countries in a text."""
        if (a, b) not in self._borders:
            shapes = [self.gaz.geometry(r) for r in (a, b)]
            self._borders[(a, b)] = (
                _shared_border(*shapes) if all(_polygonal(s) for s in shapes) else None
            )
        return self._borders[(a, b)]

    def anchor_at(self, pos: int) -> tuple[int, int] | None:
        """(toponym index, phrase end) of a resolved place starting at ``pos``.

        Allows "the", "the city of", "the region of" before it; extends the end
        over a following "region"/"oblast" word; refuses rivers and the like.
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
            if last_word in _WATER_WORDS or _NOT_ANCHOR_AFTER.match(text, t.end):
                return None
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
        if re.search(rf"{_REGION_WORD}$", t.text, _FLAGS):
            return None
        gaz = self.gaz
        found = [
            c.record
            for c in gaz.lookup(t.text)
            if gaz.kind(c.record) == "place"
            and gaz.country_code(c.record) == p.country_code
            and gaz.admin1(c.record)[0] == p.admin1_code
        ]
        if not found:
            return None
        best = min(found, key=lambda r: (-gaz.population(r), r))
        return gaz.place(best)

    def last_place_before(self, pos: int) -> int | None:
        """The last resolved populated place ending before ``pos`` in the same paragraph."""
        best = None
        for i, t in enumerate(self.toponyms):
            if t.end > pos or t.place is None or t.place.kind not in ("place", "other"):
                continue
            if pos - t.end > _BACKREF_CHARS or _PARAGRAPH.search(self.text, t.end, pos):
                continue
            if best is None or t.end > self.toponyms[best].end:
                best = i
        return best

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the sentence(s) holding ``start..end``."""
        s = 0
        for m in _SENTENCE_END.finditer(self.text, 0, start):
            s = m.end()
        m = _SENTENCE_END.search(self.text, end)
        return s, (m.end() if m else len(self.text))

    def region_record(self, place: Place, *, from_city: bool) -> int | None:
        """The gazetteer record with the polygon of a region/country place.

        ``from_city``: a populated place also gives its first-level region when
        the region bears its name ("the Kursk and Belgorod regions").
        """
        gaz = self.gaz
        if place.kind in ("admin1", "country"):
            found = []
            for r in gaz.by_geonameid(place.geonameid) if place.geonameid else []:
                if gaz.kind(r) != place.kind or gaz.country_code(r) != place.country_code:
                    continue
                if place.kind == "admin1" and gaz.admin1(r)[0] != place.admin1_code:
                    continue
                if _polygonal(gaz.geometry(r)):
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
            if (rkey == key or rkey.startswith(key + " ")) and _polygonal(self.gaz.geometry(r)):
                return r
        return None

    def country_record(self, code: str) -> int | None:
        gaz = self.gaz
        for c in gaz.lookup(gaz.country_name(code)):
            if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == code:
                return c.record
        return None


def _polygonal(geom: Any) -> bool:
    return isinstance(geom, Polygon | MultiPolygon) and not geom.is_empty


def _lat_lon(place: Place) -> tuple[float, float]:
    return place.lat, place.lon


def _feature(ctx: _Context, kind: str, start: int, end: int, geometry: Any, **kw: Any) -> Feature:
    _check_drawable(kind, geometry, kw)
    return Feature(kind=kind, start=start, end=end, text=ctx.text[start:end], geometry=geometry,
                   **kw)  # fmt: skip


def _check_drawable(kind: str, geometry: Any, kw: dict[str, Any]) -> None:
    """Refuse a feature the map cannot draw (InputError): the statement is skipped.

    Every distance the map draws as a geodesic circle or line (radius, offset
    distance, a range's bounds, the uncertainty band: ``radius ± uncertainty`` around
    a ring, a disc of ``uncertainty`` around an offset point) must lie within
    [MIN_RADIUS_KM, MAX_RADIUS_KM): "more than 1000000 km south-west of Beirut" is no
    place on Earth. A shape built from a distance must be valid and non-empty.
    """
    r = kw.get("radius_km") or kw.get("distance_km")
    u = kw.get("uncertainty_km") or 0.0
    extents = [r, kw.get("min_km") or None, kw.get("max_km"), u or None]
    if kind == "ring" and r and u:
        extents += [r + u, (r - u) if r - u > 0 else None]
    for km in extents:
        if km is not None and not MIN_RADIUS_KM <= km < MAX_RADIUS_KM:
            raise InputError(
                f"{km:,g} km cannot be drawn (distances from {MIN_RADIUS_KM:g} to "
                f"{MAX_RADIUS_KM:,g} km)"
            )
    # Shapes computed from a distance must come out whole (gazetteer polygons are drawn
    # as they are).
    if r and (geometry is None or geometry.is_empty or not geometry.is_valid):
        raise InputError("no valid geometry")


# --------------------------------------------------------------------------- builders


class _Candidate(NamedTuple):
    start: int
    end: int
    feature: Feature | None  # None: the phrase is claimed but gives nothing


def _qualified(m: re.Match[str]) -> bool:
    return bool(m.group("qual"))


def _ring_candidate(ctx: _Context, m: re.Match[str], *, disk: bool, how: str) -> _Candidate:
    """A ring for a match whose place starts at ``m.end()``."""
    anchor = ctx.anchor_at(m.end())
    dist = parse_distance(m.group("qty"))
    if anchor is None or dist is None:
        return _Candidate(m.start(), m.end(), None)
    i, end = anchor
    place = ctx.settlement(i) or ctx.toponyms[i].place
    if place is None:
        return _Candidate(m.start(), end, None)
    approximate = _qualified(m)
    r = dist.km
    common = dict(
        anchor=i, anchors=(i,), radius_km=r, approximate=approximate, min_km=dist.min_km,
        max_km=dist.max_km, quantity_text=dist.text.rstrip(", "),
    )  # fmt: skip
    if not disk:
        if how == "skip" or place.kind not in ("place", "other"):
            return _Candidate(m.start(), end, None)
        if _MOVEMENT.search(ctx.text, max(0, m.start() - _MOVEMENT_WINDOW), m.start()):
            return _Candidate(m.start(), end, None)
        if _TRAVEL_AFTER.match(ctx.text, end):
            return _Candidate(m.start(), end, None)
        u = ring_uncertainty_km(r)
        inner, outer = (dist.min_km, dist.max_km) if dist.min_km is not None else (r - u, r + u)
        outer_ring = ring(_lat_lon(place), outer)
        geom = outer_ring.difference(ring(_lat_lon(place), inner)) if inner > 0 else outer_ring
        note = (
            f"distance without a direction: the band {inner:g}-{outer:g} km from {place.name} "
            f"(geodesic annulus)"
        )
        feat = _feature(ctx, "ring", m.start(), end, geom, uncertainty_km=u, note=note, **common)
        return _Candidate(m.start(), end, feat)
    u = ring_uncertainty_km(r) if approximate else None
    if place.kind == "admin1":
        record = ctx.region_record(place, from_city=False)
        if record is None:
            return _Candidate(m.start(), end, None)
        geom = buffer_km(ctx.gaz.geometry(record), r)
        note = f"{how}: the {place.name} region polygon buffered by {r:g} km (buffer_km)"
    elif place.kind == "country":
        return _Candidate(m.start(), end, None)
    else:
        geom = ring(_lat_lon(place), r)
        note = f"{how}: geodesic circle of {r:g} km around {place.name}"
    if dist.min_km is not None:
        note += f" (range {dist.min_km:g}-{dist.max_km:g} km: drawn at the largest)"
    feat = _feature(ctx, "ring", m.start(), end, geom, uncertainty_km=u, note=note, **common)
    return _Candidate(m.start(), end, feat)


def _ring_candidate_disk(ctx: _Context, m: re.Match[str], how: str) -> _Candidate:
    return _ring_candidate(ctx, m, disk=True, how=how)


def _ring_candidate_bare(ctx: _Context, m: re.Match[str], how: str) -> _Candidate:
    return _ring_candidate(ctx, m, disk=False, how=how)


def _rings(ctx: _Context) -> list[_Candidate]:
    out = []
    windows = ctx.unit_windows()
    for pattern, how, need in (
        (_P_WITHIN, "within", ("within",)),
        (_P_BOUND, "upper bound", ()),
        (_P_RADIUS, "radius", ("radius", "zone", "perimeter")),
        (_P_RADIUS_OF, "radius", ("radius",)),
    ):
        for m in _qty_matches(pattern, ctx.text, windows, need):
            out.extend(_guarded(_ring_candidate_disk, ctx, m, how))
    for m in _qty_matches(_P_BARE, ctx.text, windows, ("from",)):
        how = "skip" if m.group("lower") else "distance"
        out.extend(_guarded(_ring_candidate_bare, ctx, m, how))
    return out


# Every offset phrase holds a direction: a word with one of these (any case), or a
# compass abbreviation after a space ("55 km NE of"). Windows without either are
# skipped (same matches, less searching).
_DIRECTION_WORDS = ("north", "south", "east", "west")
_COMPASS_AFTER_SPACE = re.compile(r"\s[NESW]{1,3}(?![\w-])")


def _direction_windows(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``windows`` of ``text`` that hold a direction (where an offset may be)."""
    low = folded(text)
    return [
        (lo, hi)
        for lo, hi in windows
        if any(low.find(w, lo, hi) >= 0 for w in _DIRECTION_WORDS)
        or _COMPASS_AFTER_SPACE.search(text, lo, hi)
    ]


def _offsets(ctx: _Context) -> list[_Candidate]:
    out = []
    windows = _direction_windows(ctx.text, ctx.unit_windows())
    for m in _qty_matches(_P_OFFSET, ctx.text, windows):
        out.extend(_guarded(_offset_candidate, ctx, m))
    return out


def _offset_candidate(ctx: _Context, m: re.Match[str]) -> _Candidate | None:
    dist = parse_distance(m.group("qty"))
    bearing = compass_bearing(m.group("dir"))
    if dist is None or bearing is None:
        return None
    referred = False
    if m.group("of"):
        after = _skip_space(ctx.text, m.end())
        anchor = ctx.anchor_at(after)
        the_city = _THE_CITY.match(ctx.text, after)
        if anchor is not None:
            i, end = anchor
        elif the_city is not None:  # "60 km east of the city": the last place named
            found = ctx.last_place_before(m.start())
            if found is None:
                return _Candidate(m.start(), the_city.end(), None)
            i, end, referred = found, the_city.end(), True
        else:
            return _Candidate(m.start(), m.end(), None)
    else:
        if m.group("dir").isupper():  # "5 km S" alone is too weak
            return None
        # "20 km to the North Carolina border", "65 miles northwest to Nashville": a name
        # or a destination follows, so the direction is not from the last place named.
        if _NOT_BACKREF_AFTER.match(ctx.text, m.end()):
            return _Candidate(m.start(), m.end(), None)
        found = ctx.last_place_before(m.start())
        if found is None:
            return _Candidate(m.start(), m.end(), None)
        i, end, referred = found, m.end(), True
    place = ctx.settlement(i)
    if place is None:
        return _Candidate(m.start(), end, None)
    bearing_deg, half = bearing
    if dist.min_km is not None and dist.max_km is not None:
        d = (dist.min_km + dist.max_km) / 2
        half_range = (dist.max_km - dist.min_km) / 2
    else:
        d, half_range = dist.km, 0.0
    lateral = d * math.tan(math.radians(half))
    u = round(max(0.1 * d, lateral, half_range), 6)
    note = (
        f"point {d:g} km at {bearing_deg:g} deg from {place.name}; uncertainty "
        f"max(10% of the distance, distance x tan({half:g} deg)"
        + (", half the range" if half_range else "")
        + ")"
        + (f"; {place.name} is the last place named before" if referred else "")
    )
    feat = _feature(
        ctx, "offset", m.start(), end, offset(_lat_lon(place), d, bearing_deg), anchor=i,
        anchors=(i,), distance_km=round(d, 6), bearing_deg=bearing_deg,
        approximate=_qualified(m), uncertainty_km=u, min_km=dist.min_km, max_km=dist.max_km,
        quantity_text=dist.text.rstrip(", "), note=note,
    )  # fmt: skip
    return _Candidate(m.start(), end, feat)


def _guarded(fn: Any, *args: Any) -> list[Any]:
    """Run one phrase's builder; a failure loses that phrase only."""
    try:
        found = fn(*args)
    except InputError as err:
        # A statement with a distance or shape that cannot be drawn: the map loses it
        # only, and the user is told.
        log.warning("skipped the statement %s: %s", _phrase(args), err)
        return []
    except (GeoError, ValueError, ShapelyError, ProjError) as err:
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


def _near_feature(ctx: _Context, start: int, end: int, i: int, cue: str) -> Feature | None:
    place = ctx.settlement(i)
    if place is None:
        return None
    r = near_radius_km(place)
    note = (
        f"{cue}: within {r:g} km of {place.name} (urban radius from population "
        f"{place.population:,} at 3,000/km², clamped to 1-20 km, plus 10 km)"
    )
    geom = ring(_lat_lon(place), r)
    return _feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,), radius_km=r,
                    note=note)  # fmt: skip


def _outskirts_feature(
    ctx: _Context, start: int, end: int, i: int, side: str | None, what: str
) -> Feature | None:
    place = ctx.settlement(i)
    if place is None:
        return None
    inner, outer = outskirts_band_km(place)
    center = _lat_lon(place)
    if side:
        bearing = compass_bearing(re.sub(r"ern$", "", side.lower()))
        if bearing is None:
            return None
        b = bearing[0]
        geom = _sector(center, inner, outer, b, _SECTOR_HALF_WIDTH_DEG)
        lo, hi = (b - _SECTOR_HALF_WIDTH_DEG) % 360, (b + _SECTOR_HALF_WIDTH_DEG) % 360
        note = (
            f"{side.lower()} {what}: sector of bearings {lo:g}-{hi:g} deg, {inner:g}-{outer:g} km "
            f"from {place.name} (band from the urban radius)"
        )
    else:
        b = None
        geom = ring(center, outer).difference(ring(center, inner))
        note = f"{what}: the band {inner:g}-{outer:g} km from {place.name} (from the urban radius)"
    return _feature(ctx, "near", start, end, geom, anchor=i, anchors=(i,), radius_km=outer,
                    min_km=inner, max_km=outer, bearing_deg=b, note=note)  # fmt: skip


def _near(ctx: _Context) -> list[_Candidate]:
    out = []
    for m in _P_NEAR.finditer(ctx.text):
        anchor = ctx.anchor_at(m.end())
        if anchor is None:
            continue
        i, end = anchor
        cue = re.sub(r"\s+", " ", m.group("cue").lower())
        feats = _guarded(_near_feature, ctx, m.start(), end, i, cue)
        out.append(_Candidate(m.start(), end, feats[0] if feats else None))
    outskirts = _unit_windows(ctx.text, _OUTSKIRTS_HIT, 200, 200)
    for m in _qty_matches(_P_OUTSKIRTS, ctx.text, outskirts):
        anchor = ctx.anchor_at(m.end())
        if anchor is None:
            continue
        i, end = anchor
        what = m.group("what").lower()
        feats = _guarded(_outskirts_feature, ctx, m.start(), end, i, m.group("side"), what)
        out.append(_Candidate(m.start(), end, feats[0] if feats else None))
    for i, t in enumerate(ctx.toponyms):
        m = _P_POSSESSIVE_OUTSKIRTS.match(ctx.text, t.end)
        if m is None or t.place is None:
            continue
        what = m.group("what").lower()
        feats = _guarded(_outskirts_feature, ctx, t.start, m.end(), i, m.group("side"), what)
        out.append(_Candidate(t.start, m.end(), feats[0] if feats else None))
    return out


def _sector(
    center: tuple[float, float], inner_km: float, outer_km: float, bearing: float, half: float
) -> Polygon | MultiPolygon:
    """An annulus sector built from geodesic points, split at the antimeridian if needed."""
    bearings = np.linspace(bearing - half, bearing + half, _SECTOR_VERTICES) % 360.0
    outer = [offset(center, outer_km, float(b)) for b in bearings]
    inner = [offset(center, inner_km, float(b)) for b in bearings[::-1]]
    lon0 = center[1]
    coords = [(lon0 + (p.x - lon0 + 180.0) % 360.0 - 180.0, p.y) for p in outer + inner]
    return _oriented(_split_planar(Polygon(coords)))


def _betweens(ctx: _Context) -> list[_Candidate]:
    out = []
    for m in _P_BETWEEN.finditer(ctx.text):
        if _NOT_SPATIAL_BETWEEN.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue
        first = ctx.anchor_at(m.end())
        if first is None:
            continue
        a, end_a = first
        m_and = _P_AND.match(ctx.text, end_a)
        if m_and is None:
            continue
        second = ctx.anchor_at(m_and.end())
        if second is None:
            continue
        b, end = second
        pa, pb = ctx.settlement(a), ctx.settlement(b)
        if pa is None or pb is None:
            continue
        if (pa.lat, pa.lon) == (pb.lat, pb.lon):
            continue
        d = round(distance_km(_lat_lon(pa), _lat_lon(pb)), 3)
        if d > _MAX_BETWEEN_KM:  # two far-apart places: a relation, not a stretch of ground
            continue
        note = f"geodesic line from {pa.name} to {pb.name}, {d:g} km"
        feat = _feature(ctx, "between", m.start(), end, between(_lat_lon(pa), _lat_lon(pb)),
                        anchor=a, anchors=(a, b), distance_km=d, note=note)  # fmt: skip
        out.append(_Candidate(m.start(), end, feat))
    return out


def _regions(ctx: _Context) -> list[_Candidate]:
    out = []
    text = ctx.text
    done: set[int] = set()
    # Lists: "the Kursk and Belgorod regions", "the Sumy, Kharkiv and Chernihiv oblasts".
    for j, t in enumerate(ctx.toponyms):
        m = _P_PLURAL_REGIONS.match(text, t.end)
        if m is None:
            continue
        members = [j]
        start = t.start
        while True:
            prev = _list_item_before(ctx, start)
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
            out.append(_Candidate(start, m.end(), feat))
    for i, t in enumerate(ctx.toponyms):
        if t.cue != "region" or t.place is None or i in done:
            continue
        before = _BEFORE_REGION.search(text, max(0, t.start - 40), t.start)
        start = before.start() if before else t.start
        end = t.end
        after = None
        if not re.search(rf"{_REGION_WORD}$", t.text, _FLAGS):
            after = _AFTER_REGION.match(text, t.end)
            end = after.end() if after else t.end
        elif t.place.kind == "country":
            after = True
        if t.place.kind == "country" and not after:
            continue  # "the Afar Region of Ethiopia": the country is a container here
        out.append(_Candidate(start, end, _region_feature(ctx, i, start, end, t.place)))
    return out


def _list_item_before(ctx: _Context, start: int) -> int | None:
    """The toponym before ``start`` joined to it by "and" or a comma, if any."""
    head = ctx.text[max(0, start - 120) : start]
    m = re.search(r"(?:,\s*|,?\s+and\s+)$", head, _FLAGS)
    if m is None:
        return None
    cut = start - (len(head) - m.start())
    for i, t in enumerate(ctx.toponyms):
        if t.end == cut and t.place is not None:
            return i
    return None


def _region_feature(ctx: _Context, i: int, start: int, end: int, place: Place) -> Feature | None:
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
    return _feature(ctx, "region", start, end, geom, anchor=i, anchors=(i,), note=note)


# --------------------------------------------------------------------------- borders


def _country_codes_in(ctx: _Context, words: str, start: int, end: int) -> list[str]:
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
    return codes


def _borders(ctx: _Context) -> list[_Candidate]:
    out = []
    if "border" not in ctx.text and "frontier" not in ctx.text:
        return out  # every match holds one of these words, in lower case
    for m in _P_BORDER.finditer(ctx.text):
        try:
            out.extend(_border(ctx, m))
        except (GeoError, ValueError, ShapelyError, ProjError) as err:
            log.debug("no border feature for %r: %s", m.group(0), err)
    return out


def _border(ctx: _Context, m: re.Match[str]) -> list[_Candidate]:
    codes: list[str] = []
    used: list[int] = []
    if m.group("adj"):
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
    if not codes or len(codes) > 2:
        return []
    if len(codes) == 1:
        context = _context_place(ctx, m.start(), end, exclude=codes)
    else:
        context = _context_place(ctx, m.start(), end, only=codes)
    if len(codes) == 1:
        if context is None:
            return []
        codes.append(ctx.toponyms[context].place.country_code)  # type: ignore[union-attr]
    if context is not None:
        used.append(context)
    records = [ctx.country_record(c) for c in codes]
    if None in records:
        return []
    line = ctx.shared_border(records[0], records[1])  # type: ignore[arg-type]
    if line is None:
        return []
    where = ""
    if context is not None:
        place = ctx.toponyms[context].place
        near = line.intersection(ring(_lat_lon(place), _BORDER_CONTEXT_KM))  # type: ignore[arg-type]
        near_lines = _lines(near)
        if near_lines is not None:
            line = near_lines
            where = f", the part within {_BORDER_CONTEXT_KM:g} km of {place.name}"  # type: ignore[union-attr]
    geom = buffer_km(line, BORDER_BAND_KM)
    note = (
        f"border zone: within {BORDER_BAND_KM:g} km of the {'-'.join(codes)} border (shared "
        f"boundary of the gazetteer's country polygons{where})"
    )
    anchors = tuple(sorted(set(used)))
    anchor = used[0] if used else -1
    start = m.start()
    feat = _feature(ctx, "near", start, end, geom, anchor=anchor, anchors=anchors,
                    radius_km=BORDER_BAND_KM, note=note)  # fmt: skip
    return [_Candidate(start, end, feat)]


def _context_place(
    ctx: _Context, start: int, end: int, *, exclude: Sequence[str] = (), only: Sequence[str] = ()
) -> int | None:
    """The resolved place or region nearest the phrase in its sentence.

    Its country is not in ``exclude`` and, when ``only`` is given, is in ``only``.
    """
    s, e = ctx.sentence(start, end)
    best, best_gap = None, None
    for i, t in enumerate(ctx.toponyms):
        p = t.place
        if p is None or p.kind not in ("place", "admin1") or not (s <= t.start and t.end <= e):
            continue
        if p.country_code in exclude or not p.country_code:
            continue
        if only and p.country_code not in only:
            continue
        gap = start - t.end if t.end <= start else t.start - end
        if gap < 0:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = i, gap
    return best


def _lines(geom: Any) -> LineString | MultiLineString | None:
    parts = [
        g for g in getattr(geom, "geoms", [geom]) if isinstance(g, LineString | MultiLineString)
    ]
    flat: list[LineString] = []
    for g in parts:
        flat.extend(getattr(g, "geoms", [g]))
    flat = [g for g in flat if not g.is_empty and g.length > 0]
    if not flat:
        return None
    merged = linemerge(flat) if len(flat) > 1 else flat[0]
    return merged


def _shared_border(a: Any, b: Any) -> LineString | MultiLineString | None:
    """The boundary two country polygons share (within 2 km), in (lon, lat)."""
    ax0, ay0, ax1, ay1 = a.bounds
    bx0, by0, bx1, by1 = b.bounds
    # A search window (not a distance): where the two outlines can meet at all.
    window = box(ax0 - 1, ay0 - 1, ax1 + 1, ay1 + 1).intersection(
        box(bx0 - 1, by0 - 1, bx1 + 1, by1 + 1)
    )
    if window.is_empty:
        return None
    a_line = a.boundary.intersection(window)
    b_clip = b.intersection(window)
    if a_line.is_empty or b_clip.is_empty:
        return None
    c = window.centroid
    aeqd = f"+proj=aeqd +lat_0={c.y!r} +lon_0={c.x!r} +datum=WGS84 +units=m +no_defs"
    tr = Transformer.from_crs("+proj=longlat +datum=WGS84 +no_defs", aeqd, always_xy=True)

    def forward(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(tr.transform(xy[:, 0], xy[:, 1]))

    def inverse(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(tr.transform(xy[:, 0], xy[:, 1], direction="INVERSE"))

    shared = shapely.transform(a_line, forward).intersection(
        shapely.transform(b_clip, forward).buffer(_BORDER_TOLERANCE_M)
    )
    lines = _lines(shared)
    if lines is None or lines.length < 1000.0:
        return None
    return _lines(shapely.transform(lines, inverse))


# --------------------------------------------------------------------------- public


def extract_features(
    text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> tuple[Feature, ...]:
    """Turn the spatial statements of a text into geodesic features.

    Parameters
    ----------
    text : str
        The analysed text; offsets refer to it.
    toponyms : sequence of Toponym
        The toponyms found in ``text`` (``geo.analyze(text).toponyms``);
        ``Feature.anchor`` indexes this sequence.
    gazetteer : Gazetteer
        An opened index, for region and country polygons.

    Returns
    -------
    tuple of Feature
        In text order (by start, then end, kind, anchor). Pure and
        deterministic; odd input gives fewer features, never an exception.

    See the module docstring for every phrase, geometry and convention.

    Examples
    --------
    >>> import geo
    >>> gaz = geo.load_gazetteer()                                       # doctest: +SKIP
    >>> text = "Troops gathered within about 10 miles (16 km) of Sumy."
    >>> a = geo.analyze(text, gazetteer=gaz)                             # doctest: +SKIP
    >>> [(f.kind, f.text, f.radius_km, f.approximate, f.uncertainty_km)
    ...  for f in extract_features(text, a.toponyms, gaz)]           # doctest: +SKIP
    [('ring', 'within about 10 miles (16 km) of Sumy', 16.0, True, 1.6)]
    """
    if not isinstance(text, str) or not text or not toponyms:
        return ()
    ctx = _Context(text, toponyms, gazetteer)
    pooled: list[_Candidate] = []
    for builder in (_rings, _offsets, _near, _betweens):
        try:
            pooled.extend(builder(ctx))
        except (GeoError, ValueError, ShapelyError, ProjError) as err:  # pragma: no cover
            log.warning("spatial expressions (%s) failed: %s", builder.__name__, err)
    # Overlapping phrases: the earliest, then the longest, wins ("within 10 km from
    # Sumy" is a ring, not also a bare distance).
    pooled.sort(key=lambda c: (c.start, -(c.end - c.start), c.feature is None))
    kept: list[Feature] = []
    taken: list[tuple[int, int]] = []
    for c in pooled:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        if c.feature is not None:
            kept.append(c.feature)
    for builder in (_regions, _borders):
        try:
            kept.extend(c.feature for c in builder(ctx) if c.feature is not None)
        except (GeoError, ValueError, ShapelyError, ProjError) as err:  # pragma: no cover
            log.warning("spatial expressions (%s) failed: %s", builder.__name__, err)
    kept.sort(key=lambda f: (f.start, f.end, f.kind, f.anchor))
    return tuple(kept)
