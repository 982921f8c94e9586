"""Coordinates written in the text: "48.5N 37.9E", "48°30′N 37°54′E", "41°24'12.2"N 2°10'26.5"E".

A position an article states as latitude and longitude (a geolocated video, a ship's
position, a strike) is a ``point`` feature: no place name, no anchor, the point itself.
Read are pairs of a latitude and a longitude, each with its hemisphere letter (N/S,
E/W) after or before it, in

- decimal degrees: ``48.5N``, ``40.446° N``, ``N48.5``;
- degrees and decimal minutes: ``48°30′N``, ``38°53.862'N``;
- degrees, minutes and seconds: ``41°24'12.2"N`` (minute marks ``'`` ``′`` ``’``,
  second marks ``"`` ``″`` ``”`` or two minute marks);
- the same typed without marks, one space between the parts, when both halves give
  seconds or decimal minutes: ``50 11 30.0N 8 30 30.0E``, ``48 35 10 N 38 00 05 E``,
  ``N 50 11.5 E 8 30.5`` (not ``12 45 N 10 30 E``: any two numbers);

the two halves in either order, separated by a space, a comma, a slash or "and".
Signed decimal pairs without hemispheres ("48.51, -37.92", two decimals at least)
only right after a word that says they are coordinates ("coordinates", "coords",
"GPS", "lat/lon", "position") or, after "at", "to", "near", "from" or a bracket,
right before the place they locate, a preposition of place and a name ("at -33.86,
151.21 in Sydney", "(47.09, 37.54) north of Mariupol"), or after those words with three
decimals or more in both numbers whatever the verb ("a tank destroyed at 48.5123,
37.9456, the brigade said": a geolocation's precision), or two in a sentence about
footage or a geolocation ("Geolocated footage shows a strike at 48.51, 37.94"):
elsewhere two numbers are anything ("prices 12.50, 13.75 in London", "closed at 12.50,
13.75"). Degrees, minutes and seconds may be spaced as
typed ("48°  30′ 15″ N"), with primes, apostrophes, quotes or acute accents ("30´
15´´") as marks, and a space before the hemisphere after a mark or a decimal ("48.5
N"), not after a whole number ("Route 5 N"). A pole or a point on the antimeridian
("90N 180E") is kept as written (a map draws it at the edge it shows). A value out of
range (latitude above 90, longitude above 180, minutes or seconds of 60 or more) gives
nothing.

The point's ``uncertainty_km`` is half the last unit the text states, north to south
(0.05° for "48.5N": 5.6 km; half a second: 15 m), at least 1 m: how precise the writer
was, not how accurate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from shapely.geometry import Point

from ...model import Feature
from .grid_references import find_grid_references

__all__ = ["KM_PER_DEG_LAT", "PRECISE_DECIMALS", "find_coordinates", "parse_coordinates"]

#: Kilometres in one degree of latitude (mean; 111.32 at the equator, 111.69 at a pole).
KM_PER_DEG_LAT = 111.32
_MIN_UNCERTAINTY_KM = 0.001

#: Spaces between the parts of a coordinate: a few, as typed ("48°  30′").
_SP = r"\s{0,3}"
_DEG = rf"(?:{_SP}[°º˚]|{_SP}deg(?:rees?)?\b)"
# Minute and second marks: primes, apostrophes and quotes, and the acute accents and
# modifier primes that keyboards without a prime give ("30´ 15´´").
_MIN_MARK = r"[′'’´ʹ]"
_SEC_MARK = r"(?:[″\"”ʺ]|[′'’´ʹ]{2})"


def _value(p: str) -> str:
    """Degrees, optional minutes and seconds, each with its decimals; groups named
    ``{p}d``, ``{p}m``, ``{p}s``."""
    return (
        rf"(?P<{p}d>\d{{1,3}}(?:\.\d+)?){_DEG}?"
        rf"(?:{_SP}(?P<{p}m>\d{{1,2}}(?:\.\d+)?){_SP}{_MIN_MARK}"
        rf"(?:{_SP}(?P<{p}s>\d{{1,2}}(?:\.\d+)?){_SP}{_SEC_MARK})?)?"
    )


#: Right after a number with decimals, one to eight of them (each look-behind of fixed width).
_AFTER_DECIMALS = "|".join(rf"(?<=\.\d{{{n}}})" for n in range(1, 9))


def _half(p: str) -> str:
    """One coordinate with its hemisphere after ("48.5N") or before ("N48.5") it."""
    # Spaces before the letter only after a mark or a decimal ("40.446° N", "48.5 N",
    # "49.2870 N"), not after a whole number ("Route 5 N").
    after = rf"{_value(p)}(?:(?:(?<=[°º˚′'’´ʹ″\"”ʺgs])|{_AFTER_DECIMALS}){_SP})?(?P<{p}h>[NSEW])\b"
    before = rf"\b(?P<{p}hb>[NSEW]){_SP}{_value('b' + p)}"
    return rf"(?:{after}|{before})"


def _spaced_half(p: str) -> str:
    """One coordinate typed without marks, its parts one space apart: degrees, two-digit
    minutes and seconds, the hemisphere after ("50 11 30.0N", "48 35 10 N") or before
    ("N 50 11 30.0"); the same group names as :func:`_half`."""

    def value(q: str) -> str:
        part = r"[0-5]\d(?:\.\d+)?"  # minutes or seconds: two digits, below 60
        return rf"(?P<{q}d>\d{{1,3}}) (?P<{q}m>{part})(?: (?P<{q}s>{part}))?"

    after = rf"{value(p)} ?(?P<{p}h>[NSEW])\b"
    before = rf"\b(?P<{p}hb>[NSEW]) ?{value('b' + p)}"
    return rf"(?:{after}|{before})"


_SEP = r"\s*(?:,|/|;|\band\b)?\s*"
_PAIR = re.compile(rf"(?<![\w.]){_half('a')}{_SEP}{_half('c')}")
# Both halves typed without marks ("50 11 30.0N 8 30 30.0E", "48 35 10 N 38 00 05 E"):
# two-digit minutes and seconds or decimal minutes in both (:func:`_spaced_precise`), so
# "Route 5 N" and "12 45 N 10 30 E" are no position.
_SPACED_PAIR = re.compile(rf"(?<![\w.]){_spaced_half('a')}{_SEP}{_spaced_half('c')}(?!\w|\.\d)")
_CUE = re.compile(
    r"\b(?:coordinates|co-ordinates|coords|GPS|lat(?:itude)?\s*/\s*lon(?:gitude)?|"
    r"lat(?:itude)?\s*,\s*lon(?:gitude)?|position)\s*(?:of\s+|:\s*|at\s+)?$",
    re.IGNORECASE,
)
# ... or, after "at", "to", "near", "from" or in brackets, right before a place they
# locate: "at -33.86, 151.21 in Sydney", "(48.51, 37.92) near Bakhmut", "to 47.09, 37.54
# north of Mariupol": a preposition of place and a name ("prices 12.50, 13.75 in London"
# and "rates of 1.25, 2.50 in the US" are no position).
_AT_BEFORE = re.compile(r"(?:\b(?:at|to|near|from)\s{1,3}|\(\s?)$", re.IGNORECASE)
_PLACE_AFTER = re.compile(
    r"\)?,?\s{1,3}(?:in|near|at|outside|off|by|over|(?:north|south)?-?(?:east|west)?\s+of)"
    r"\s{1,3}(?:the\s{1,3})?(?P<name>[^\W\d_])"
)
#: Decimals in both numbers of a signed pair after "at" that make it a position whatever
#: the verb: an OSINT geolocation gives four to six, a price or a rate two.
PRECISE_DECIMALS = 3
#: Words of a geolocation write-up that make a two-decimal pair after "at" a position.
_GEOLOCATION = re.compile(
    r"\b(?:geolocat\w*|footage|video|imagery|satellite\s+images?|drone\s+view)\b", re.IGNORECASE
)
_GEOLOCATION_REACH = 200
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")
# ... or after a word that says so earlier in its sentence, with no number between
# ("Geolocated: 48.5839, 37.8443", "Coordinates for the map: 48.58, 37.84"): the strong
# words with two decimals, "location" and "position" with three (a price's "position").
_CUE_WORD = re.compile(
    r"\b(?:(?P<strong>coordinates|co-ordinates|coords|GPS|geolocat\w*|lat(?:itude)?\s*[/,]"
    r"\s*lon(?:gitude)?)|(?P<weak>location|position|located))\b",
    re.IGNORECASE,
)
_CUE_REACH = 60
# Between the word and the pair: no number, no sentence stop, and a colon, a dash or a
# linking word right before the pair ("Geolocated: ", "location is ", "clip - ").
# A number glued to a word is a name, not a number ("Location of the shot-down Su-25, per
# the wreckage video: 47.8612, 37.2051"; "T-72", "Mi8").
_CUE_GAP = re.compile(
    r"(?:[^\d.!?\n]|(?<=[A-Za-z]-)\d+|(?<=[A-Za-z])\d+)*?"
    r"(?::|[-—–=]|\b(?:at|is|are|was|to|of|as))\s*"
)
# ... or right after a pair read so, in its list: "48.58, 37.84 and 48.57, 37.80".
_LIST_GAP = re.compile(r"\s*(?:,|;|/|&)?\s*(?:(?:and|then|to)\s+)?")
_SIGNED = re.compile(r"(?<![\w.])(-?\d{1,2}\.\d{2,})\s*,\s*(-?\d{1,3}\.\d{2,})(?!\w|\.\d)")
# What every match of each holds, searched first: the patterns above have no literal
# start and are tried at every character, these skip in C to a hemisphere letter or a
# full stop (a text without one is not searched; tests/test_spatial_coordinates.py).
# A hemisphere letter after a value (after a digit, a mark, "deg"/"degrees" or spaces)
# then a word's end, or before spaces and a digit.
_PAIR_NEEDS = re.compile(r"""[NSEW](?:(?<=[\d°º˚′'’´ʹ″"”ʺgs\s][NSEW])\b|\s{0,3}\d)""")
_SIGNED_NEEDS = re.compile(r"\.\d\d+\s*,")  # the first number's decimals, then a comma


def _number(text: str | None) -> float:
    return float(text) if text else 0.0


def _unit_deg(d: str, m: str | None, s: str | None) -> float:
    """The last unit the text states, in degrees ("48.5": 0.1; "30′": 1/60)."""
    last, scale = (s, 3600.0) if s else ((m, 60.0) if m else (d, 1.0))
    decimals = len(last.partition(".")[2]) if last else 0
    return 10.0**-decimals / scale


def _read(match: re.Match[str], p: str) -> tuple[str, float, float] | None:
    """(hemisphere letter, signed degrees, unit in degrees) of one half, or None."""
    g = match.groupdict()
    hemi = g[f"{p}h"]
    prefix = "" if hemi else "b"
    hemi = hemi or g[f"{p}hb"]
    d, m, s = g[f"{prefix}{p}d"], g[f"{prefix}{p}m"], g[f"{prefix}{p}s"]
    if d is None or hemi is None:
        return None
    if m is not None and ("." in d):
        return None  # "48.5°30′": decimal degrees and minutes
    if s is not None and "." in m:  # type: ignore[operator]
        return None
    minutes, seconds = _number(m), _number(s)
    if minutes >= 60 or seconds >= 60:
        return None
    value = float(d) + minutes / 60.0 + seconds / 3600.0
    return hemi, (-value if hemi in "SW" else value), _unit_deg(d, m, s)


def _placed(text: str, match: re.Match[str]) -> bool:
    """Does a preposition of place and a name follow the pair ("... in Sydney")?"""
    place = _PLACE_AFTER.match(text, match.end())
    return place is not None and place["name"].isupper()


def _precise(text: str, match: re.Match[str]) -> bool:
    """Is a signed pair after "at" a position whatever the verb ("a tank destroyed at
    48.5123, 37.9456, the brigade said")?  Yes with :data:`PRECISE_DECIMALS` decimals
    in both numbers (prices and rates have two), or with two when its sentence speaks
    of a geolocation (:data:`_GEOLOCATION`, looked for in :data:`_GEOLOCATION_REACH`
    characters before the pair)."""
    lat, lon = match.group(1), match.group(2)
    if min(len(lat.partition(".")[2]), len(lon.partition(".")[2])) >= PRECISE_DECIMALS:
        return True
    lo = max(0, match.start() - _GEOLOCATION_REACH)
    cues = [cue.end() for cue in _GEOLOCATION.finditer(text, lo, match.start())]
    return bool(cues) and _SENTENCE_STOP.search(text, cues[-1], match.start()) is None


def _decimals(match: re.Match[str]) -> int:
    """The fewer decimals of a signed pair's two numbers."""
    return min(len(match.group(1).partition(".")[2]), len(match.group(2).partition(".")[2]))


def _sentence_cue(text: str, match: re.Match[str]) -> bool:
    """Does a word saying the pair is a position open its sentence's words before it, no
    number nor sentence stop between ("Geolocated: 48.5839, 37.8443", "Coordinates for
    the map: 48.58, 37.84")?  "location" and "position" need :data:`PRECISE_DECIMALS`."""
    lo = max(0, match.start() - _CUE_REACH)
    for cue in _CUE_WORD.finditer(text, lo, match.start()):
        if _CUE_GAP.fullmatch(text, cue.end(), match.start()) is None:
            continue
        if cue["strong"] or _decimals(match) >= PRECISE_DECIMALS:
            return True
    return False


def _spaced_precise(match: re.Match[str], p: str) -> bool:
    """Does a half of :data:`_SPACED_PAIR` give seconds or decimal minutes ("50 11 30N",
    "50 11.5N")?  Whole degrees and minutes alone ("12 45 N") may be any two numbers."""
    g = match.groupdict()
    q = p if g[f"{p}d"] is not None else "b" + p
    return g[f"{q}s"] is not None or "." in g[f"{q}m"]


def _hemisphere_pairs(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_PAIR` and of :data:`_SPACED_PAIR`, in order: a spaced pair
    where it holds the marked ones it overlaps ("N 44 30.5 E 33 31.2", not "N 44 30.5
    E"), else the marked pair (a text without a hemisphere letter after a value or
    before a digit: none)."""
    if _PAIR_NEEDS.search(text) is None:
        return []
    pairs = list(_PAIR.finditer(text))
    for match in _SPACED_PAIR.finditer(text):
        if not (_spaced_precise(match, "a") and _spaced_precise(match, "c")):
            continue
        lo, hi = match.span()
        overlapping = [m for m in pairs if m.start() < hi and lo < m.end()]
        if all(lo <= m.start() and m.end() <= hi for m in overlapping):
            pairs = [m for m in pairs if m not in overlapping]
            pairs.append(match)
    return sorted(pairs, key=lambda m: m.start())


def parse_coordinates(text: str) -> Iterator[tuple[int, int, float, float, float]]:
    """Every coordinate pair written in ``text``, in order.

    Yields
    ------
    (start, end, lat, lon, unit_deg)
        Character offsets of the pair, its latitude and longitude in degrees
        (WGS84 assumed; south and west negative) and the last unit the text states, in
        degrees.

    Examples
    --------
    >>> [(s, e, lat, lon) for s, e, lat, lon, _ in parse_coordinates("seen at 48.5N 37.9E.")]
    [(8, 19, 48.5, 37.9)]
    >>> [(round(lat, 5), round(lon, 5)) for *_, lat, lon, _ in
    ...  parse_coordinates("at 41°24'12.2\\"N 2°10'26.5\\"W")]
    [(41.40339, -2.17403)]
    >>> list(parse_coordinates("48.5, 37.9 and 95N 10E"))
    []
    >>> [(lat, lon) for _, _, lat, lon, _ in parse_coordinates("GPS coordinates 48.51, -37.92")]
    [(48.51, -37.92)]
    >>> [(lat, lon) for _, _, lat, lon, _ in parse_coordinates("at -33.86, 151.21 in Sydney")]
    [(-33.86, 151.21)]
    """
    taken: list[tuple[int, int]] = []  # spans of the pairs with hemispheres, in order
    for match in _hemisphere_pairs(text):
        a, c = _read(match, "a"), _read(match, "c")
        if a is None or c is None:
            continue
        ha, hc = a[0] in "NS", c[0] in "NS"
        if ha == hc:
            continue  # two latitudes or two longitudes
        (lat, lat_unit), (lon, lon_unit) = (
            ((a[1], a[2]), (c[1], c[2]))
            if ha
            else (
                (c[1], c[2]),
                (a[1], a[2]),
            )
        )
        if abs(lat) > 90.0 or abs(lon) > 180.0:
            continue
        taken.append((match.start(), match.end()))
        yield match.start(), match.end(), lat, lon, max(lat_unit, lon_unit)
    k = 0  # the first pair with hemispheres that may overlap the next signed pair
    listed = -1  # where a signed pair read as a position ends: the next in its list is one
    for match in _SIGNED.finditer(text) if _SIGNED_NEEDS.search(text) else ():
        while k < len(taken) and taken[k][1] <= match.start():
            k += 1
        if (k < len(taken) and taken[k][0] < match.end()) or not (
            _CUE.search(text, max(0, match.start() - 40), match.start()) is not None
            or (listed >= 0 and _LIST_GAP.fullmatch(text, listed, match.start()) is not None)
            or _sentence_cue(text, match)
            or (
                _AT_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
                and (_placed(text, match) or _precise(text, match))
            )
        ):
            continue
        lat, lon = float(match.group(1)), float(match.group(2))
        if abs(lat) > 90.0 or abs(lon) > 180.0:
            continue
        unit = min(_unit_deg(match.group(1), None, None), _unit_deg(match.group(2), None, None))
        listed = match.end()
        yield match.start(), match.end(), lat, lon, unit


def find_coordinates(text: str) -> list[Feature]:
    """The coordinate pairs of ``text`` as ``point`` features (see the module docstring).

    Examples
    --------
    >>> [(f.kind, f.text, f.geometry.x, f.geometry.y, f.uncertainty_km)
    ...  for f in find_coordinates("Footage was geolocated to 48.5N 37.9E.")]
    [('point', '48.5N 37.9E', 37.9, 48.5, 5.566)]
    """
    out = []
    for start, end, lat, lon, unit in parse_coordinates(text):
        uncertainty = max(round(unit / 2.0 * KM_PER_DEG_LAT, 3), _MIN_UNCERTAINTY_KM)
        out.append(
            Feature(
                "point",
                start,
                end,
                text[start:end],
                Point(lon, lat),
                uncertainty_km=uncertainty,
                note="coordinates written in the text",
            )
        )
    grid = find_grid_references(text)  # "MGRS 37U DQ 12345 67890"
    if grid:
        out = sorted([*out, *grid], key=lambda f: (f.start, f.end))
    return out
