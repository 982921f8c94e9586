"""A namesake on another continent is not the place a one-country story means.

"Rwandan troops secured the road between Mocimboa da Praia and Palma", in a story
datelined Pemba whose places all lie in Mozambique's Cabo Delgado province: GeoNames'
``cities500`` has no Palma in Mozambique, so resolution takes the only Palma it knows,
Palma de Mallorca, 6,800 km from every other place of the text.  A reader knows the
town is a Mozambican one: the text speaks of one country, names it, and puts the town
on a road from one of its places.

:func:`framed_namesakes` applies that rule after resolution.  A text is *framed* by a
country when it names the country and every other place it resolves lies in it (at
least :data:`MIN_PLACES` distinct places); other countries it names (a neighbour, "close to
the border with Tanzania") may hold none of them.  A place read in another country that the
text never names and none of whose places it speaks of, farther than :data:`FAR_KM`
from the middle of the text's places, not a capital nor a city of
:data:`WORLD_POPULATION`, and read as a point of the story ("between A and B", "near
X": :func:`geo.text.readings.names_a_point`, or a list with the text's places) is left
without a place (so is one the text calls an island, "Sainte Marie island", at any
distance: a town abroad is not the island a one-country story names) and estimated in
the frame: the one first-level region of the country the text names (holding half its
places at least, or that holds all of them), else the country itself.
:func:`within_frame` narrows an estimate in the frame's country (a dateline's "PEMBA,
Mozambique") to that region too.

Cost: one pass over the mentions and their readings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .area import text_area
from .candidates import is_capital
from .readings import names_a_point
from .state_frame import state_namesakes
from .tokens import Mention

__all__ = ["FAR_KM", "MIN_PLACES", "WORLD_POPULATION", "framed_namesakes", "within_frame"]

#: A namesake this far from the middle of a framed text's places is on another map.
FAR_KM = 2000.0
#: The word of an island after a name, in lower case ("Sainte Marie island"): the text
#: names an island, which a town abroad of the name is not, however near.
_ISLAND_AFTER = re.compile(r"[ \t]+(?:island|isle|atoll)\b")
#: A text frames a country with this many distinct places of it, at least.
MIN_PLACES = 2
#: A city this large may be named for its own sake in any story ("flew to Madrid").
WORLD_POPULATION = 1_000_000


def framed_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with each far namesake of a framed text left without a place, and the
    region (record) to estimate it in, by mention index (module docstring)."""
    # A small namesake in another state than a local story's: geo.text.state_frame.
    resolved, local = state_namesakes(text, gaz, mentions, resolved)
    out = list(resolved)
    frame = _frame(gaz, mentions, resolved)
    if frame is None:
        return out, local
    _, region, middle = frame
    named = _named_countries(gaz, mentions, resolved)
    keys = {m.key for m, (rec, _) in zip(mentions, resolved, strict=True) if rec is not None}
    # Distinct readings per country: a place strays only from a country nothing else of
    # the text lies in (one count, not a pass over the text per place).
    held = Counter(gaz.country_code(r) for r in {r for r, _ in resolved if r is not None})
    far: dict[str, int] = {}  # name -> the far record it was read as
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or gaz.kind(rec) != "place" or gaz.country_code(rec) in named:
            continue  # the frame's place, or a place of another country the text names
        if m.key in far or held[gaz.country_code(rec)] > 1:
            continue
        if _ISLAND_AFTER.match(text, m.end) and _stray(gaz, rec, middle, 0.0):
            far[m.key] = rec  # "Sainte Marie island": an island of the frame, no town
            continue
        if not _stray(gaz, rec, middle):
            continue
        partners = any(mentions[j].key in keys and mentions[j].key != m.key for j in m.siblings)
        if partners or names_a_point(text, m.start):
            far[m.key] = rec
    framed: dict[int, int] = dict(local)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is not None and far.get(m.key) == rec:
            out[k] = (None, score)
            framed[k] = region
    return out, framed


def within_frame(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    stated: Mapping[int, int],
) -> dict[int, int]:
    """``stated`` (mention index -> container record) with a container that is the
    frame's country narrowed to the frame's region: "PEMBA, Mozambique — ... the
    village of Chai", in a story of Cabo Delgado's places, lies in Cabo Delgado."""
    countries = [k for k, rec in stated.items() if gaz.kind(rec) == "country"]
    if not countries:
        return dict(stated)
    frame = _frame(gaz, mentions, resolved)
    out = dict(stated)
    if frame is None or gaz.kind(frame[1]) == "country":
        return out
    for k in countries:
        if gaz.country_code(stated[k]) == frame[0]:
            out[k] = frame[1]
    return out


def _frame(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[str, int, tuple[float, float]] | None:
    """(country code, region record to estimate in, middle (lat, lon)) of a text framed
    by one country it names, else None."""
    named: set[int] = set()  # countries named outright (not as a state acting)
    regions: set[int] = set()
    places: set[int] = set()
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.fuzzy:
            continue
        kind = gaz.kind(rec)
        if kind == "country":
            named.add(rec)
        elif kind == "admin1":
            regions.add(rec)
        elif kind == "place":
            places.add(rec)
    held = Counter(gaz.country_code(p) for p in places)
    # The named country holding the text's places; another it names (a neighbour) holds
    # none of them: "close to the border with Tanzania" in a story of Cabo Delgado.
    holding = [r for r in named if held[gaz.country_code(r)]]
    if len(holding) != 1:
        return None
    country_rec = holding[0]
    country = gaz.country_code(country_rec)
    inside = [p for p in places if gaz.country_code(p) == country]
    if len(inside) < MIN_PLACES or len(inside) < len(places) - 1:
        return None  # too few places, or the text's places lie in several countries
    area = text_area([gaz.lat_lon(p) for p in inside])
    if area is None:
        return None
    own = [r for r in regions if gaz.country_code(r) == country]
    codes = Counter(gaz.admin1(p)[0] for p in inside)
    region = country_rec
    if len(own) == 1 and 2 * codes[gaz.admin1(own[0])[0]] >= len(inside):
        region = own[0]  # "in Cabo Delgado province": the one region the text names
    elif len(codes) == 1 and (held := gaz.regions(country, next(iter(codes)))):
        region = held[0]
    return country, region, area[0]


def _named_countries(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> frozenset[str]:
    """The codes of the countries the text names (read as countries, not fuzzily)."""
    return frozenset(
        gaz.country_code(rec)
        for m, (rec, _) in zip(mentions, resolved, strict=True)
        if rec is not None and not m.fuzzy and gaz.kind(rec) == "country"
    )


def _stray(gaz: Gazetteer, rec: int, middle: tuple[float, float], far_km: float = FAR_KM) -> bool:
    """Is ``rec`` a place farther than ``far_km`` from a framed text's middle, neither a
    capital nor a world city?"""
    if gaz.population(rec) >= WORLD_POPULATION or is_capital(gaz, rec):
        return False
    return distance_km(middle, gaz.lat_lon(rec)) > far_km
