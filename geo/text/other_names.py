"""Evidence for the geoparser: a place that carries a name only as another name.

A namesake that only lists the name as an old or foreign one (Engels, once Pokrovsk;
Lazurnyi, listing "Chornobyl") against places called so by their own name: which
candidates those are (:func:`_other_names`), whether a national capital or a city of
a million is among them (:func:`_prominent_among`, the prominent-name decision's
case), and the great-circle distance to a name's list partners (:func:`_apart_km`).
:func:`geo.text.evidence.score_candidates` weighs them.  Before any context,
:func:`keep_own_name` ranks a place called by a name above a small place that only
lists it (the offline geocoder's "Chornobyl").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

import numpy as np

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.distance import great_circle_km
from ..gazetteer.index import Candidate, Gazetteer
from .candidates import (
    PROMINENT_POPULATION,
    is_other_name,
    name_similarity,
    village_name_holders,
)
from .sizes import OWN_NAME_TOWN, city_keeps_its_name, town_keeps_own_name, town_of_note_over
from .tokens import Mention

if TYPE_CHECKING:
    from .resolution import Match

__all__ = [
    "HOME_FAR_KM",
    "OTHER_NAME_MARGIN",
    "OTHER_NAME_SUPPORT",
    "drop_outweighed_names",
    "keep_own_name",
    "kept_other_names",
    "named_country_others",
]

#: Places and counties: scored by their distance to the text's other places.
_POINT_LIKE = ("place", "admin2")

_NO_OTHER: frozenset[int] = frozenset()


def _apart_km(point: tuple[float, float], partners: Sequence[tuple[float, float]]) -> float:
    """Great-circle km from a (lat, lon) point to the nearest of ``partners`` (degrees)."""
    there = np.radians(np.asarray(partners, dtype=float))
    lat, lon = math.radians(point[0]), math.radians(point[1])
    return float(great_circle_km(lat, lon, there[:, 0], there[:, 1]).min())


def _other_names(
    gaz: Gazetteer, m: Mention, ranked: Sequence[Match], rows: Sequence[Any]
) -> frozenset[int]:
    """The candidate places (``ranked``, gazetteer ``rows`` alongside) that carry the
    name only as another name (:func:`~geo.text.candidates.is_other_name`) while some
    place carries it as its own, less the far more prominent ones (ten times the
    population of every place called so, and a town of 20,000).  The same for every
    text: memoised."""
    memo = gaz.memo("evidence.other")
    key = (m.key, tuple(r.record for r in ranked))
    found = memo.get(key)
    if found is None:
        other, own_population = [], -1
        for r, rr in zip(ranked, rows, strict=True):
            if rr.kind not in _POINT_LIKE:
                continue
            if is_other_name(gaz, r, m.key):  # type: ignore[arg-type]
                other.append((r.record, rr.population))
            elif r.quality <= QUALITY_ALTERNATE:
                own_population = max(own_population, rr.population)
        bar = max(10 * own_population, _OTHER_NAME_PROMINENT)
        village = (
            village_name_holders(gaz, ranked, rows, m.key)  # type: ignore[arg-type]
            if any(population >= bar for _, population in other)
            else _NO_OTHER
        )
        found = memo[key] = (
            frozenset(rec for rec, population in other if population < bar or rec in village)
            if own_population >= 0
            else _NO_OTHER
        )
    return _front_old_names(found, m.front, ranked, rows) if m.front and found else found


def _front_old_names(
    other: frozenset[int], front: Set[int], ranked: Sequence[Match], rows: Sequence[Any]
) -> frozenset[int]:
    """``other`` less the front-line towns (``front``: :func:`geo.text.front.mark_front`,
    a text about fighting) of :data:`~geo.text.sizes.OWN_NAME_TOWN` people or more once
    called by the name, when every place called so itself lies off the front and abroad
    ("an airfield near Millerovo" stays Rostov Oblast's, not a village of Luhansk Oblast
    once so called): "Russian troops advanced near Artemovsk" is Bakhmut,
    though the text also names the Kursk region and Artyomovsky (Sverdlovsk Oblast)
    carries the name; "a drone struck Chornobyl" stays Chornobyl (Kyiv Oblast), not a
    Donetsk Oblast town listing it."""
    pairs = list(zip(ranked, rows, strict=True))
    towns = {r.record: rr.country_code for r, rr in pairs
             if r.record in other and r.record in front and rr.population >= OWN_NAME_TOWN}
    for r, rr in pairs:
        own = rr.kind in _POINT_LIKE and r.record not in other
        if own and (r.record in front or rr.country_code in towns.values()):
            return other
    return frozenset(rec for rec in other if rec not in towns)


#: A place called by a name itself this far (km) from all the text's places, in a
#: country the text never names, is no rival of a place in a named one.
HOME_FAR_KM = 1000.0


def named_country_others(
    gaz: Gazetteer,
    key: str,
    other: frozenset[int],
    points: Sequence[int],
    named_countries: frozenset[str] | set[str],
    near_km: Mapping[int, float],
) -> frozenset[int]:
    """``other`` less the places in a country the text names outright, when every
    place called so by its own name (the rest of ``points``) lies in a country the text
    never names, more than :data:`HOME_FAR_KM` from all its places (``near_km``):
    "In Syria, ... around Kobani" is the town GeoNames calls 'Ayn al 'Arab (Kobani its
    Kurdish name), not Tanzania's Mkoani, whose letters "Kobani" shares.  A place of
    a named country near the text's places (Engels, once Pokrovsk, beside Pokrovsk in
    Ukraine) stays another name, and so does one whose own name holds the name (``key``,
    normalised) as a word, a part of it ("Inca" of Puerto Inca: "pre-Inca times").  Cost:
    per candidate, a set look-up."""
    if not other or not named_countries:
        return other
    row = gaz.row
    own = [p for p in points if p not in other]
    if not own or any(
        row(p).country_code in named_countries or near_km[p] <= HOME_FAR_KM for p in own
    ):
        return other
    return frozenset(
        p
        for p in other
        if row(p).country_code not in named_countries
        or f" {key} " in f" {gaz.name_key(p)} "
    )


#: The text's places around a place (:meth:`Context.support`) that make it the one
#: meant by another of its names: some three within 20 km.
OTHER_NAME_SUPPORT = 0.9
#: ... or this much more than around any place called so ("Selidovo in the
#: Krasnoarmeysk direction": not Krasnoarmeysk 50 km from the dateline's Moscow).
OTHER_NAME_MARGIN = 0.45
#: A place called so this large, near the text's places, is the one meant.
_OTHER_NAME_TOWN = 10_000
#: A town this large keeps another name of its own against places called so a tenth its size.
_OTHER_NAME_PROMINENT = 20_000


def _prominent_among(
    gaz: Gazetteer, ranked: Sequence[Match], rows: Sequence[Any], query: str
) -> bool:
    """Is a national capital or a city of a million among a name's candidate places
    (``ranked``, gazetteer ``rows`` alongside)?  Which of them is meant is resolution's
    prominent-name decision (a capital loses only to a namesake the text locates), not
    a count of the text's places around each; not one that carries the (normalised)
    ``query`` only as an old name where it is a village name (:data:`VILLAGE_NAME_PLACES`).
    The same for every text: memoised."""
    memo = gaz.memo("evidence.prominent")
    key = (query, tuple(r.record for r in ranked))
    found = memo.get(key)
    if found is None:
        capital = gaz.capital
        village = village_name_holders(gaz, ranked, rows, query)
        found = memo[key] = any(
            rr.kind == "place"
            and r.record not in village
            and (rr.population >= PROMINENT_POPULATION or capital(rr.country_code) == r.record)
            for r, rr in zip(ranked, rows, strict=True)
        )
    return found


def kept_other_names(
    gaz: Gazetteer,
    ranked: Sequence[Match],
    rows: Sequence[Any],
    query: str,
    other: frozenset[int],
    noted: int,
) -> frozenset[int]:
    """The places of ``other`` (carrying the normalised ``query`` only as another name)
    that stay another name's bearers whatever lies around them: a hamlet once called
    after a town of note (``noted``, the population of the largest place called so:
    Siabry, once Novorossiysk), a town that lists a city of note's name (Yampil, listed
    as Kremenchuk), and a city once called by a village name of its country (Donetsk,
    once Oleksandrivka; :func:`_village_name_holders`)."""
    row = gaz.row
    village = village_name_holders(gaz, ranked, rows, query)
    return frozenset(
        p
        for p in other
        if town_of_note_over(noted, row(p).population)
        or city_keeps_its_name(noted, row(p).population)
        or p in village
    )


def drop_outweighed_names(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Leave out of each mention's candidates the places that carry its name only as
    another (old, unrelated) one (:func:`~geo.text.candidates.is_other_name`) where a
    town of the front (:data:`geo.text.front.FRONT_REGIONS`) carries it as its own and
    outweighs them (:func:`geo.text.sizes.town_keeps_own_name`: 10,000 people, twice
    theirs); ``mentions`` are changed in place, as recognition does.

    No list or sentence of places next to such a place makes it the one meant:
    "Russian units repelled attacks near Ugledar, Kurakhovo and Kremennaya" is Kreminna
    (18,000), the front-line town whose Russian name it is, not the village of
    Oleksandrivka (5,700) by Kurakhove that GeoNames also lists as Kremennaya, 130 km
    off.  A town called so off the front keeps nothing here: Dzerzhinsk by Nizhny
    Novgorod against Toretsk, once so called, is resolution's to weigh
    (:func:`_other_names`), and so is a larger place listing the name (Pokrovsk, once
    Krasnoarmeysk).  Cost: a mention's candidates, only when one is an alternate name."""
    from .front import FRONT_REGIONS  # here: geo geocode ranks names without the hints

    row = gaz.row
    for m in mentions:
        if m.fuzzy or m.unknown or len(m.candidates) < 2:
            continue
        if not any(c.quality == QUALITY_ALTERNATE for c in m.candidates):
            continue
        rows = [row(c.record) for c in m.candidates]
        other = [is_other_name(gaz, c, m.key) for c in m.candidates]
        town = max(
            (
                r.population
                for c, r, o in zip(m.candidates, rows, other, strict=True)
                if not o
                and c.quality <= QUALITY_ALTERNATE
                and r.kind == "place"
                and (r.country_code, r.admin1[0]) in FRONT_REGIONS
            ),
            default=0,
        )
        if town < OWN_NAME_TOWN:
            continue
        keep = [
            c
            for c, r, o in zip(m.candidates, rows, other, strict=True)
            if not (o and r.kind == "place" and town_keeps_own_name(town, r.population))
        ]
        if len(keep) < len(m.candidates):
            m.candidates = keep


#: A place listing a name among its alternates outranks a place called so only when it
#: is this many times as populous ...
_OWN_NAME_RATIO = 10
#: ... or a town this large.
_OWN_NAME_TOWN = 50_000


def keep_own_name(
    gazetteer: Gazetteer,
    candidates: Sequence[Candidate],
    kinds: Mapping[int, str],
    scored: dict[int, float],
    query: str,
) -> None:
    """Rank a place called by the name itself above the places that list it among their
    alternates as an unrelated (old, other) name, unless one of those is a town of note
    or far larger (``scored`` is changed in place).

    "Chornobyl" is the town of Chornobyl, not Lazurnyi (13,000 people), which GeoNames
    also lists under that name; "Artemovsk" stays Bakhmut (80,000), the town's old name,
    against the village of Artemovsk in Siberia (2,000).  An alternate spelt like its
    place's own name ("Vasilyevka" for Vasylivka) is that place's: left alone.
    """
    row = gazetteer.row
    own = [
        c.record for c in candidates if c.quality <= QUALITY_ALIAS and kinds[c.record] == "place"
    ]
    if not own:
        return
    top = max(own, key=lambda r: (scored[r], -r))
    bar = min(_OWN_NAME_RATIO * row(top).population, _OWN_NAME_TOWN)
    below = scored[top] - 0.001
    village: frozenset[int] = frozenset()
    if any(c.quality > QUALITY_ALIAS and row(c.record).population >= bar for c in candidates):
        rows = [row(c.record) for c in candidates]
        village = village_name_holders(gazetteer, candidates, rows, query)
    for c in candidates:
        rec = c.record
        if (
            c.quality > QUALITY_ALIAS
            and kinds[rec] == "place"
            and scored[rec] > below
            and (row(rec).population < bar or rec in village)
            and (
                is_other_name(gazetteer, c, query)
                or (scored[rec] - scored[top] < _OWN_NAME_TIE and _loose(gazetteer, c, query))
            )
        ):
            scored[rec] = below


#: An alternate's lead over the place called by the name itself that is only a tie ...
_OWN_NAME_TIE = 0.005
#: ... which it loses when spelt this unlike its own name (another language's form:
#: "Jermuk" listed for Çermik, a larger Turkish town), not a transliteration of it
#: ("Rovenki" for Rovenky, "Novonikolayevka" for Novomykolayivka).
_LOOSE_SPELLING = 0.85


def _loose(gazetteer: Gazetteer, match: Candidate, query: str) -> bool:
    return name_similarity(query, gazetteer.name_key(match.record)) < _LOOSE_SPELLING
