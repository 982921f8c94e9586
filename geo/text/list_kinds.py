"""The names of lists that name a city and its region: "Nioro du Sahel and Kayes",
"conscripts from Kursk and Voronezh".

A name listed with a town (a name of no region) is the city the bare name means, its
region's namesake (:func:`list_town_readings`: Kayes, not the Kayes region).

Each name of such a list names a city and the first-level region named after it (Kursk
and Kursk Oblast, Voronezh and Voronezh Oblast).  Context can tip one name to its region
(the text's villages lie in Kursk Oblast) and leave the next the city, which no reader
means: the list names two of a kind.  :func:`same_kind_lists` reads the names of a list
whose readings are mixed as the kind most of them were read as, a city on a tie (a bare
name is a city: "the Kursk region" says otherwise).  A list with a word of its own for a
kind ("the Kursk and Belgorod regions", "the city of X") is left as it is, and so is a
list with a name of one reading only.

A route's two ends are of one kind too: "convoys from Gao to Kidal and Menaka" run between
towns, so an end whose other end is a town (or read as its city) is the city, not the Gao
region (:func:`list_town_readings`, given the text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .candidates import is_namesake
from .ranking import first_readings
from .tokens import Mention

__all__ = ["list_town_readings", "route_betweens", "route_ends", "same_kind_lists", "span_end"]

_KINDS = ("admin1", "place")


def same_kind_lists(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each mixed list of region namesakes read as one kind (see the
    module docstring); every other reading unchanged.  Each list is looked at once, from
    its first name: linear in the mentions."""
    out = list(resolved)
    seen: set[int] = set()
    for k, m in enumerate(mentions):
        if not m.siblings or k in seen:
            continue
        group = sorted({k, *m.siblings})
        seen.update(group)
        pairs = [_pair(gaz, mentions[i], out[i][0]) for i in group]
        if any(p is None for p in pairs):
            continue
        kinds = [gaz.kind(out[i][0]) for i in group]  # type: ignore[arg-type]
        n_regions = kinds.count("admin1")
        if n_regions in (0, len(group)):
            continue  # one kind already
        kind = "admin1" if n_regions * 2 > len(group) else "place"
        for i, pair in zip(group, pairs, strict=True):
            region, city = pair  # type: ignore[misc]
            out[i] = (region if kind == "admin1" else city, out[i][1])
    return out


def _pair(gaz: Gazetteer, m: Mention, rec: int | None) -> tuple[int, int] | None:
    """(region, city) for a bare name read as one of a region and the city it is named
    after (both among its candidates), else None."""
    if rec is None or m.cue not in ("", "in") or m.reading or m.fuzzy or m.containers:
        return None
    if gaz.kind(rec) not in _KINDS:
        return None
    regions = [c.record for c in m.candidates if gaz.kind(c.record) == "admin1"]
    cities = [c.record for c in m.candidates if gaz.kind(c.record) == "place"]
    if rec in regions:
        city = next((c for c in cities if is_namesake(gaz, c, rec, m.key)), None)
        return None if city is None else (rec, city)
    region = next((g for g in regions if is_namesake(gaz, rec, g, m.key)), None)
    return None if region is None else (region, rec)


def list_town_readings(gaz: Gazetteer, mentions: Sequence[Mention], text: str = "") -> None:
    """Read a name listed with a town as the city its region is named after
    ("blockaded Nioro du Sahel and Kayes": Kayes, not the Kayes region; "Sudzha and
    Kursk").  A sibling is a town when none of its readings is a region or a country (a
    name the gazetteer lacks is a settlement too); a list of region namesakes ("Kursk
    and Voronezh") says nothing either way.  With ``text``, the ends of a route "from X
    to Y" are each other's siblings so, after the lists (:func:`route_ends`).  Run after
    the region cities are added (:func:`geo.text.regions_named.add_region_cities`); one
    look at each list's names."""
    towns: dict[int, bool] = {}
    for k, m in enumerate(mentions):
        if m.siblings and any(_is_town(gaz, mentions, i, towns) for i in m.siblings):
            _read_city(gaz, mentions, k)
    if text and " to " in text:
        for k, other in route_ends(text, mentions):
            if mentions[other].reading == "city" or _is_town(gaz, mentions, other, towns):
                _read_city(gaz, mentions, k)


def _read_city(gaz: Gazetteer, mentions: Sequence[Mention], k: int) -> None:
    """Read mention ``k`` as the city its bare name means, where a region shares it."""
    m = mentions[k]
    if m.reading or m.cue not in ("", "in") or m.fuzzy:
        return
    if m.demonym_country or len(m.candidates) < 2 or m.candidates[0].quality > 1:
        return
    # The city the bare name means anyway (pass 1 ranks it first: Kayes, not the
    # Kayes region; "Florida" stays the state): context must not turn it a region.
    first = first_readings(gaz, mentions, [k]).get(k)
    if first is None or gaz.kind(first) != "place":
        return
    if any(
        gaz.kind(c.record) == "admin1" and is_namesake(gaz, first, c.record, m.key)
        for c in m.candidates
    ):
        m.reading = "city"


def route_ends(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """(end, other end) of each route "from X to Y" the text writes, both ways round:
    two mentions in a row with " to " between them and "from " before the first."""
    out = []
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if text[a.end : b.start] == " to " and text[max(0, a.start - 5) : a.start] == "from ":
            out += [(k, k + 1), (k + 1, k)]
    return out


def route_betweens(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """(end, other end) of each route "the road between X and Y" the text writes, both
    ways round: two mentions in a row with " and " between them and a route's word and
    "between" before the first."""
    out = []
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if text[a.end : b.start] == " and " and _ROUTE_BETWEEN.search(
            text, max(0, a.start - 30), a.start
        ):
            out += [(k, k + 1), (k + 1, k)]
    return out


#: Between a span's two ends: "from A to B", "from A in the north to B in the south".
_SPAN_TO = re.compile(
    r",?\s+(?:in\s+the\s+(?:far\s+)?(?:north|south)?-?(?:east|west)?\s*,?\s+)?to\s+$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
#: Before a route's first end: "the road between A and B", "the highway between".
_ROUTE_BETWEEN = re.compile(
    r"\b(?:road|highway|motorway|route|railway|rail\s+line|supply\s+line|corridor)s?"
    r"\s+between\s+$",
    re.IGNORECASE,
)


def span_end(text: str, mentions: Sequence[Mention], j: int) -> bool:
    """Is mention ``j`` the far end of a span from the mention before it ("along the line
    from Volchansk in the north to Rabotino in the south")?  The two ends of a front, a
    line or a road are no partners: a name the gazetteer lacks there is not estimated by
    the other end, 300 km off.

    >>> t = "along the line from Volchansk in the north to Rabotino in the south"
    >>> ms = [Mention(20, 29, "volchansk", 4, 4), Mention(46, 54, "rabotino", 9, 9)]
    >>> span_end(t, ms, 1), span_end("near Volchansk and Rabotino", ms, 1)
    (True, False)
    """
    if j == 0:
        return False
    a = mentions[j - 1]
    between = text[a.end : mentions[j].start]
    return bool(_SPAN_TO.fullmatch(between)) and bool(
        _FROM.search(text, max(0, a.start - 6), a.start)
    )


def _is_town(gaz: Gazetteer, mentions: Sequence[Mention], k: int, memo: dict[int, bool]) -> bool:
    found = memo.get(k)
    if found is None:
        s = mentions[k]
        kinds = {gaz.kind(c.record) for c in s.candidates}
        found = memo[k] = s.cue in ("", "in") and (
            (s.unknown and not s.candidates)
            or (not s.fuzzy and bool(kinds) and kinds <= {"place"})
        )
    return found
