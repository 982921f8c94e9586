"""Relative-location hints: evidence for resolution and a location for unknown places.

Reporting tells villages apart by where they lie from a better-known place: "X (south-west
of Y)", "X, 47 km south-east of Y", "the village of X, 10 km west of Y". :func:`read_hints`
finds such a phrase right after a mention whose anchor ``Y`` is the next mention;
:func:`fits` says whether a candidate of ``X`` lies where the hint says, and
:func:`estimate` gives the point and the area (a geodesic annulus sector around the anchor)
the text allows when the gazetteer has no fitting ``X``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from shapely.geometry import Polygon

from ..geometry import bearing_deg, distance_km, offset, ring
from .spatial import compass_bearing
from .tokens import Mention

__all__ = [
    "PART_OF_KM",
    "Hint",
    "Negation",
    "estimate",
    "fits",
    "hint_follows",
    "in_near_list",
    "list_hint_near",
    "part_of_follows",
    "read_hints",
]

_MILE_KM = 1.609344
_NUMBER = r"\d+(?:[.,]\d+)?"
_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:[- ]?(?:east|west))?"
# After the name: ", 47 km south-east of ", " (south-west of ", ", about 10 miles north of ".
_HINT = re.compile(
    r"(?:,|\s*\()\s*(?:(?:which|that)\s+(?:lies|is)\s+)?"
    # "Klishchiivka, a village south of Bakhmut"
    r"(?:(?:a|the)\s+(?:(?:small|tiny|large|frontline|front-line|nearby)\s+)?"
    r"(?:village|town|settlement|city|hamlet|suburb)\s+(?:(?:located|lying|situated)\s+)?)?"
    r"(?:(?:about|some|around|approximately|roughly|nearly|just|only)\s+)?"
    rf"(?:(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*"
    r"(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+"
    r"(?:to\s+the\s+)?)?"
    rf"(?P<dir>{_DIRECTION})\s+of\s+",
    re.IGNORECASE,
)
#: Without a stated distance, a village "south-east of Y" is within this band around Y.
UNSTATED_BAND_KM = (2.0, 40.0)
#: ... and a place the gazetteer knows fits the hint up to this far.
UNSTATED_FIT_KM = 100.0
#: "near X and Y": the two lie within this distance of each other.
NEAR_KM = 40.0
_AFTER_RELATION = re.compile(rf"{_DIRECTION}\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = re.compile(
    r"\b(?:near|close to|outside|around|outskirts\s+of|vicinity\s+of)\s+$", re.IGNORECASE
)
_SECTOR_VERTICES = 17


@dataclass(frozen=True, slots=True)
class Hint:
    """Where a mention lies from another: ``anchor`` (index of the anchor's mention),
    the compass bearing from the anchor and its half sector (degrees; None for "near X
    and Y", any direction), and the distance band (km) the text allows;
    ``distance_km`` is None when the text states none."""

    anchor: int
    bearing_deg: float | None
    half_sector_deg: float
    min_km: float
    max_km: float
    distance_km: float | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Negation:
    """Where a mention's place is not: "..., not to be confused with the town of the same
    name north-east of Y", "not the X in Donetsk Oblast", "(not the one near Y)".

    Its namesakes that lie where ``where`` says (a :class:`Hint` from an anchor mention),
    or inside the region or country read from mention ``container`` (-1 for none), are
    ruled out; ``start``..``end`` is the phrase.
    """

    where: Hint | None
    container: int
    start: int
    end: int


#: A namesake ruled out "north-east of it" with no distance lies within this band.
NEGATED_BAND_KM = (0.0, 150.0)
# "not to be confused with", "not in the town of the same name", "not the one near".
_NEGATION = re.compile(
    r"[Nn]ot\s+(?:(?:in|at|from|near)\s+)?(?:(?P<confused>to\s+be\s+confused\s+with\b)|"
    r"(?:the|a)\s+(?:(?:larger|bigger|smaller|other|better[- ]known)\s+)?"
    r"(?P<noun>town|city|village|settlement|hamlet|one|place|namesake)\b|"
    r"the\s+(?=[A-Z]))",  # "not the Mykolaivka near Sloviansk"
    re.IGNORECASE,
)
_SCOPE_END = re.compile(r"[.;!?)\n]")
_SCOPE_CHARS = 160
_SUBJECT_GAPS = (", ", " in ", " in the ", " near ", " (", ", near ")
# Between a negation and the names it speaks of, only these words: "not to be confused
# with the town of X, which lies north-east of Y"; anything else ends its scope.
_NEG_FILLER = (
    r"(?:[\s,]+|\b(?:of\s+the\s+same\s+name|the|a|an|town|city|village|settlement|hamlet|"
    r"one|place|namesake|larger|bigger|smaller|other|of|that|which|lies|lying|is|sits|"
    r"located|situated|just|some|about|also|called|named)\b)*"
)
# Then where the namesake lies: "47 km south of the ", "near ", "in the ".
_NEG_WHERE = re.compile(
    rf"{_NEG_FILLER}(?:(?P<at>(?:(?P<lo>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUMBER}))?\s*"
    r"(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+"
    rf"(?:to\s+the\s+)?)?(?P<dir>{_DIRECTION})\s+(?:of|from)\s+)|"
    r"(?P<near>(?:near|outside|close\s+to|by|around)\s+)|(?P<in>in\s+))?(?:the\s+)?",
    re.IGNORECASE,
)
# "... that lies north-east of it": the anchor is the subject's own hint anchor.
_NEG_OF_IT = re.compile(rf"(?P<dir>{_DIRECTION})\s+(?:of|from)\s+(?:it|there|here)\b", re.I)


def _band(match: re.Match[str], unstated: tuple[float, float]) -> tuple[float, float, float | None]:
    """The distance band (km) a hint's match allows, and its stated distance or None;
    raises ValueError for a distance no place can be at."""
    if not match.group("lo"):
        return unstated[0], unstated[1], None
    scale = _MILE_KM if match.group("unit").lower().startswith("mi") else 1.0
    lo = float(match.group("lo").replace(",", ".")) * scale
    hi = float((match.group("hi") or match.group("lo")).replace(",", ".")) * scale
    if (
        not (math.isfinite(lo) and math.isfinite(hi))
        or min(lo, hi) < 0
        or not (0 < max(lo, hi) <= 2_000)
    ):  # "X, 300000 to 5 km west of Y" locates nothing
        raise ValueError("no place lies at this distance")
    return max(0.0, min(lo, hi) * 0.8 - 2.0), max(lo, hi) * 1.2 + 2.0, (lo + hi) / 2


def _subject(
    text: str, mentions: Sequence[Mention], hints: dict[int, Hint], at: int, before: int
) -> int:
    """The mention a negation at ``at`` speaks of, or -1: the last name before it
    (mentions[before - 1]) in its sentence, or the name that one locates ("X, south-east
    of Y, not ...": X) or is the container of ("X in Odesa Oblast, not ...": X)."""
    j = before - 1
    if j < 0 or at - mentions[j].end > 120 or _SCOPE_END.search(text, mentions[j].end, at):
        return -1
    while j > 0 and (
        (j - 1 in hints and hints[j - 1].anchor == j)
        or text[mentions[j - 1].end : mentions[j].start] in _SUBJECT_GAPS
    ):
        j -= 1
    return j


def _negations(text: str) -> list[re.Match[str]]:
    """The negation phrases of a text, in order: each "not"/"Not" (found at C speed, not
    by a pattern scanning every character) where one starts a word and the phrase."""
    found = []
    for word in ("not", "Not"):
        at = text.find(word)
        while at >= 0:
            if not (at and text[at - 1].isalnum()):
                match = _NEGATION.match(text, at)
                if match is not None:
                    found.append(match)
            at = text.find(word, at + 3)
    found.sort(key=lambda match: match.start())
    return found


def _read_negations(text: str, mentions: Sequence[Mention], hints: dict[int, Hint]) -> None:
    """Set ``against`` of the mentions a negation speaks of, and ``apart`` of the
    namesakes it names (see :class:`Negation`).  Linear in the text: one search for the
    trigger, then a bounded scope after each."""
    starts = [m.start for m in mentions]
    for trigger in _negations(text):
        before = bisect.bisect_left(starts, trigger.start())
        subject = _subject(text, mentions, hints, trigger.start(), before)
        if subject < 0:
            continue
        scope_end = trigger.end() + _SCOPE_CHARS
        stop = _SCOPE_END.search(text, trigger.end(), scope_end)
        if stop is not None:
            scope_end = stop.start()
        found: list[Negation] = []
        k = bisect.bisect_left(starts, trigger.end())
        done = trigger.end()  # the scope read so far
        while k < len(mentions) and mentions[k].start < scope_end:
            m = mentions[k]
            where = _NEG_WHERE.fullmatch(text, done, m.start)
            if where is None:
                break  # other words: the phrase has ended
            done = m.end
            if m.key == mentions[subject].key:
                m.apart = True  # the namesake itself, named: "the town of X"
            elif where.group("dir"):
                compass = compass_bearing(where.group("dir"))
                try:
                    lo, hi, distance = _band(where, NEGATED_BAND_KM)
                except ValueError:
                    compass = None
                if compass is not None:
                    hint = Hint(k, compass[0], compass[1], lo, hi, distance, trigger.start(), m.end)
                    found.append(Negation(hint, -1, trigger.start(), m.end))
            elif where.group("near"):
                hint = Hint(k, None, 180.0, 0.0, NEAR_KM, None, trigger.start(), m.end)
                found.append(Negation(hint, -1, trigger.start(), m.end))
            elif where.group("in"):
                found.append(Negation(None, k, trigger.start(), m.end))
            k += 1
        of_it = _NEG_OF_IT.search(text, trigger.end(), scope_end)
        if of_it is not None and subject in hints:
            compass = compass_bearing(of_it.group("dir"))
            if compass is not None:
                lo, hi = NEGATED_BAND_KM
                where = Hint(hints[subject].anchor, compass[0], compass[1], lo, hi, None,
                             trigger.start(), of_it.end())  # fmt: skip
                found.append(Negation(where, -1, trigger.start(), of_it.end()))
        if found:
            mentions[subject].against += tuple(found)


#: "the Tal al-Sultan area of Rafah": a part of a town lies within this distance of its
#: point (most towns' built-up areas; a megacity's districts reach farther).
PART_OF_KM = 15.0
# After the name: " area of ", " district of the ", " neighbourhood of ".
_PART_OF = re.compile(
    r"\s+(?:area|district|neighbourhood|neighborhood|quarter|suburb|camp|outskirts|"
    r"refugee\s+camp|section|part)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def part_of_follows(text: str, end: int) -> bool:
    """Does "area of", "district of" ... follow the name ending at ``end`` ("the Tal
    al-Sultan area of Rafah")?"""
    return _PART_OF.match(text, end) is not None


def hint_follows(text: str, start: int, end: int) -> bool:
    """Does a relative-location hint (", 10 km west of ") follow the name at
    ``start``..``end``, and is the name not itself the anchor of a list of relations
    ("south-east of Coamo, east of Santa Isabel": the subject is elsewhere)?"""
    return _HINT.match(text, end) is not None and not _AFTER_RELATION.search(
        text, max(0, start - 40), start
    )


def _directed(text: str, m: Mention, k: int, match: re.Match[str]) -> Hint | None:
    """The hint stated right after mention ``k`` (``match``, of :data:`_HINT`) and anchored
    on the next one ("X, 10 km west of Y", "X (south-west of Y)"), or None."""
    if _AFTER_RELATION.search(text, max(0, m.start - 40), m.start):
        return None  # "south of X, east of Y": both anchor one relation list
    return _hint_of(match, k + 1, m.end)


def _hint_of(match: re.Match[str], anchor: int, start: int) -> Hint | None:
    """The :class:`Hint` a :data:`_HINT` match states, anchored on mention ``anchor``."""
    compass = compass_bearing(match.group("dir"))
    if compass is None:
        return None
    try:
        lo_km, hi_km, distance = _band(match, UNSTATED_BAND_KM)
    except ValueError:
        return None
    return Hint(anchor, compass[0], compass[1], lo_km, hi_km, distance, start, match.end())


#: "... west of the city": the place named just before is the anchor.
_THE_PLACE = re.compile(r"the\s+(?:city|town|capital|village|settlement)\b", re.IGNORECASE)


def _directed_back(mentions: Sequence[Mention], k: int, match: re.Match[str]) -> Hint | None:
    """A hint (``match``, of :data:`_HINT`, followed by "the city") anchored on the place
    named before mention ``k`` ("Tawila, about 60 km west of the city", after El
    Fasher), or None."""
    # The last name before it that can be a town: not "the Darfur region", not "Sudanese".
    before = next(
        (j for j in range(k - 1, max(-1, k - 4), -1)
         if mentions[j].cue != "region" and not mentions[j].demonym_country),
        None,
    )  # fmt: skip
    return None if before is None else _hint_of(match, before, mentions[k].end)


def read_hints(text: str, mentions: Sequence[Mention]) -> dict[int, Hint]:
    """Hints stated right after a mention and anchored on the mention that follows.

    Returns a mapping of mention index to :class:`Hint` (one look at the text after each
    mention: linear in the text).  Also reads the negative hints ("not to be confused
    with the town of the same name north-east of Y"): each mention they speak of gets
    them as ``against`` (:class:`Negation`), and a namesake they name is read ``apart``.
    """
    out: dict[int, Hint] = {}
    for k, m in enumerate(mentions):  # one pass: this runs for every mention
        anchor = mentions[k + 1] if k + 1 < len(mentions) else None
        hint = None
        match = _HINT.match(text, m.end)  # one look, forward or back
        if match is not None:
            if anchor is not None and match.end() == anchor.start:
                hint = _directed(text, m, k, match)  # "X, 10 km west of Y"
            elif k and _THE_PLACE.match(text, match.end()):
                hint = _directed_back(mentions, k, match)  # "Tawila, 60 km west of the city"
        if anchor is None or anchor.start - m.end > 80:
            if hint is not None:
                out[k] = hint
            continue
        gap = anchor.start - m.end
        if hint is None and (m.unknown or m.fuzzy):
            # "the Tal al-Sultan area of Rafah": a part of a town, for a name the
            # gazetteer lacks or spells otherwise (a known place's own name needs no such
            # help, and is never moved into the town: "the Bakhmut area of Donetsk Oblast").
            match = _PART_OF.match(text, m.end)
            if match is not None and match.end() == anchor.start:
                hint = Hint(k + 1, 0.0, 180.0, 0.0, PART_OF_KM, 0.0, m.end, match.end())
        if hint is not None:
            out[k] = hint  # over a "near" hint from the mention before
        # "near X and Y": two places close to each other (a hint each way, any direction).
        if (
            (gap == 5 or gap == 4)
            and text[m.end : anchor.start] in (" and ", " or ")
            and (_NEAR.search(text, max(0, m.start - 16), m.start))
        ):
            out.setdefault(k, Hint(k + 1, None, 180.0, 0.0, NEAR_KM, None, m.start, anchor.end))
            out.setdefault(k + 1, Hint(k, None, 180.0, 0.0, NEAR_KM, None, m.start, anchor.end))
    # "southeast of Kupiansk near X, Y and Z", "near X and Y (both north of Kharkiv)".
    if "near" in text or "(both" in text or "(all" in text:
        _list_hints(text, mentions, out)
    if any(word in text for word in ("near", "around", "outside", "close to", "outskirts")):
        _near_lists(text, mentions, out)
    # "..., not to be confused with the town of the same name north-east of Y".
    _read_negations(text, mentions, out)
    return out


# Analysts' lists: "attacked southeast of Kupiansk near X, Y and Z", "near X and Y (both
# north of Kharkiv)". A name of such a list, its list before it, and its list after it.
_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
_LIST_GAP = r"(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+)"
# Before a list's name: "<direction> of <anchor> near [A, B and ]".
_NEAR_LIST_BEFORE = re.compile(
    rf"(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?(?P<anchor>{_NAME})\s+near\s+"
    rf"(?:{_NAME}{_LIST_GAP})*$"
)
# After a list's name: "[, B and C] (both|all <direction> of ".
_BOTH_AFTER = re.compile(
    rf"(?:{_LIST_GAP}{_NAME})*\s*\((?:both|all|each)\s+"
    rf"(?:(?P<dir>{_DIRECTION})\s+of|(?P<near>near|outside|around))\s+(?:the\s+)?"
)
_LIST_GAP_RE = re.compile(_LIST_GAP)
_LIST_REACH = 160  # characters looked at before or after a name


def list_hint_near(text: str, start: int, end: int) -> bool:
    """Does an analyst's list hint locate the name at ``start``..``end``: "southeast of
    Kupiansk near A, B and C", "near A and B (both north of Kharkiv)"?

    Examples
    --------
    >>> t = "Russian forces attacked southeast of Kupiansk near Pishchane and Kyslivka."
    >>> list_hint_near(t, 51, 60), list_hint_near(t, 65, 73)
    (True, True)
    >>> t = "Russian forces attacked near Hlyboke and Lyptsi (both north of Kharkiv)."
    >>> list_hint_near(t, 29, 36), list_hint_near(t, 41, 47)
    (True, True)
    >>> list_hint_near("Talks near Geneva and Lausanne resumed.", 11, 17)
    False
    """
    before = _NEAR_LIST_BEFORE.search(text[max(0, start - _LIST_REACH) : start])
    return before is not None or _BOTH_AFTER.match(text[end : end + _LIST_REACH]) is not None


_NEAR_LIST_OPEN = re.compile(
    rf"\b(?:near|around|outside|close\s+to|outskirts\s+of|vicinity\s+of)\s+"
    rf"(?P<items>(?:{_NAME}{_LIST_GAP})*)$",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(rf"{_LIST_GAP}[A-Z]")


def in_near_list(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``..``end`` one of a list after "near" ("near A, B and C"),
    with a partner before or after it?

    Examples
    --------
    >>> t = "Units repelled attacks near Kleshcheyevka, Kurdyumovka and Andreyevka."
    >>> in_near_list(t, 28, 41), in_near_list(t, 59, 69)
    (True, True)
    >>> in_near_list("Units rested near Kleshcheyevka.", 18, 31)
    False
    """
    before = text[max(0, start - _LIST_REACH) : start]
    opened = _NEAR_LIST_OPEN.search(before)
    if opened is None:
        return False
    return bool(opened.group("items")) or _LIST_GOES_ON.match(text, end) is not None


def _list_hints(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> None:
    """Give each name of an analyst's list (:func:`list_hint_near`) the directed hint of
    its list, anchored on the mention the direction is from, unless it has a directed
    hint of its own."""
    k, n = 0, len(mentions)
    while k < n:
        # The run of mentions joined by list gaps from k on.
        last = k
        while last + 1 < n and _LIST_GAP_RE.fullmatch(
            text, mentions[last].end, mentions[last + 1].start
        ):
            last += 1
        first_start = mentions[k].start
        found: tuple[re.Match[str], int] | None = None
        before = text[max(0, first_start - _LIST_REACH) : first_start]
        near = _NEAR_LIST_BEFORE.search(before) if "near" in before[-8:] else None
        if (
            near is not None
            and k > 0
            and mentions[k - 1].end == first_start - len(before) + near.end("anchor")
        ):
            found = (near, k - 1)
        elif "(" in text[mentions[last].end : mentions[last].end + 4]:
            both = _BOTH_AFTER.match(text, mentions[last].end)
            if both is not None and last + 1 < n and mentions[last + 1].start == both.end():
                found = (both, last + 1)
        if found is not None and found[0].groupdict().get("near"):
            anchor = found[1]  # "(both near Vovchansk)": within NEAR_KM, any direction
            for j in range(k, last + 1):
                if j not in out or out[j].bearing_deg is None:  # over "near X and Y"
                    out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, mentions[j].start,
                                  mentions[j].end)  # fmt: skip
        elif found is not None:
            match, anchor = found
            compass = compass_bearing(match.group("dir"))
            if compass is not None:
                lo_km, hi_km = UNSTATED_BAND_KM
                for j in range(k, last + 1):
                    if j != anchor and (j not in out or out[j].bearing_deg is None):
                        out[j] = Hint(anchor, compass[0], compass[1], lo_km, hi_km, None,
                                      mentions[j].start, mentions[j].end)  # fmt: skip
        k = last + 1


def _near_lists(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> None:
    """ "near A, B and C": each name lies within :data:`NEAR_KM` of the others.  A name
    with no hint of its own gets one, any direction, anchored on the list's first name
    that the gazetteer knows (a name it lacks is located by the others)."""
    k, n = 0, len(mentions)
    while k < n:
        last = k
        while last + 1 < n and _LIST_GAP_RE.fullmatch(
            text, mentions[last].end, mentions[last + 1].start
        ):
            last += 1
        if last > k and _NEAR.search(text, max(0, mentions[k].start - 16), mentions[k].start):
            known = [
                j for j in range(k, last + 1) if not (mentions[j].unknown or mentions[j].fuzzy)
            ]
            for j in range(k, last + 1):
                partners = [i for i in known if i != j]
                if j in out or not partners:
                    continue
                anchor = partners[0]  # the list's first known name: its reference
                out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, mentions[k].start,
                              mentions[last].end)  # fmt: skip
        k = last + 1


def fits(hint: Hint, anchor: tuple[float, float], point: tuple[float, float]) -> bool:
    """Does ``point`` (lat, lon) lie where the hint says, seen from ``anchor`` (lat, lon)?

    Within the distance band, and within the compass sector widened by 15 degrees
    (reporters round bearings to the nearest named point).

    Examples
    --------
    >>> h = Hint(1, 135.0, 22.5, 2.0, 40.0, None, 0, 0)
    >>> fits(h, (48.28, 37.18), (48.10, 37.40)), fits(h, (48.28, 37.18), (48.53, 37.71))
    (True, False)
    """
    d = distance_km(anchor, point)
    hi_km = hint.max_km
    if hint.distance_km is None and hint.bearing_deg is not None:
        # No stated distance: a known place up to UNSTATED_FIT_KM away fits ("Vovchansk,
        # north-east of Kharkiv", 70 km); an unknown one is still estimated within the
        # narrower UNSTATED_BAND_KM.
        hi_km = max(hi_km, UNSTATED_FIT_KM)
    if not hint.min_km <= d <= hi_km:
        return False
    if hint.bearing_deg is None:
        return True
    b = bearing_deg(anchor, point)
    off = abs((b - hint.bearing_deg + 180.0) % 360.0 - 180.0)
    return off <= hint.half_sector_deg + 15.0


def estimate(hint: Hint, anchor: tuple[float, float]) -> tuple[tuple[float, float], Polygon]:
    """The point (lat, lon) a hint puts a place at, seen from ``anchor`` (lat, lon), and
    the area it allows: the geodesic annulus sector of its bearings and distances.

    Examples
    --------
    >>> h = Hint(1, 270.0, 22.5, 6.0, 14.0, 10.0, 0, 0)
    >>> (lat, lon), area = estimate(h, (48.0, 37.0))
    >>> round(lat, 2), round(lon, 2), area.contains(area.centroid)
    (48.0, 36.87, True)

    A hint with no direction ("near X and Y") puts the place at the anchor, within the
    disc of the hint's largest distance.
    """
    if hint.bearing_deg is None or hint.half_sector_deg >= 180.0:
        # Any direction: near the anchor, or a part of the anchor's town.
        area = ring(anchor, hint.max_km)
        return anchor, area  # type: ignore[return-value]
    distance = hint.distance_km
    if distance is None:
        distance = (hint.min_km + hint.max_km) / 2
    point = offset(anchor, distance, hint.bearing_deg)
    half = hint.half_sector_deg
    step = 2 * half / (_SECTOR_VERTICES - 1)
    bearings = [hint.bearing_deg - half + step * k for k in range(_SECTOR_VERTICES)]
    outer = [offset(anchor, hint.max_km, b % 360.0) for b in bearings]
    inner = [offset(anchor, max(hint.min_km, 0.01), b % 360.0) for b in reversed(bearings)]
    lon0 = anchor[1]
    coords = [(lon0 + (p.x - lon0 + 180.0) % 360.0 - 180.0, p.y) for p in outer + inner]
    if any(not -180.0 <= x <= 180.0 for x, _ in coords):  # across the antimeridian
        return (point.y, point.x), ring((point.y, point.x), (hint.max_km - hint.min_km) / 2)
    return (point.y, point.x), Polygon(coords)
