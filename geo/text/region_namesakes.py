"""After resolution: a name whose sentence names no other place, read in the region its
paragraph names.

"A Russian missile struck Dnipro on Tuesday. // In the southern Zaporizhzhia region,
Russian forces attacked Stepnohirsk and Mala Tokmachka, Governor Ivan Fedorov said. A
woman was killed in Kamianske, he said.": the sentence of "Kamianske" names no other
place, so nothing of its own speaks for a reading, and Dnipro, a paragraph before, pulls
it to the city of 227,000 by Dnipro, 123 km from the village by Stepnohirsk in the region
the paragraph names.  A governor's paragraph speaks of the region it names.

:func:`paragraph_region_namesake` (called by
:func:`geo.text.local_evidence.local_namesakes`, in a text about fighting) reads such a
name as its namesake in a region its paragraph names outright when the chosen reading
lies in no region the paragraph names and no place of the paragraph lies within
:data:`~geo.text.local_evidence.NEAR_KM` of it, and the namesake is a populated place
where the war is fought (:data:`geo.text.front.FRONT_REGIONS`), called by a name at
least as good, with a place of the paragraph within
:data:`~geo.text.local_evidence.CLAUSE_KM` of it; of several, the most populous.  Cost:
the name's candidates (at most :data:`~geo.text.local_evidence.MAX_CANDIDATES`), each a
bounded grid look-up.

A governor speaks of his own region, wherever it lies: "Russian forces attacked near
Toretsk ... // The governor of the Nizhny Novgorod region said a drone had hit an
industrial zone in Dzerzhinsk" is the Russian city called so, not Toretsk, which
GeoNames lists as Dzerzhinsk, its Soviet-era name.  Where the chosen reading carries
the name only as another one (:func:`geo.text.candidates.is_other_name`) and a namesake
in a region the paragraph names carries it as its own, that namesake is read, in or out
of the front's regions and whatever places lie around it (:func:`_own_name_inside`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from ..gazetteer.index import Gazetteer
from .candidates import is_other_name
from .front import FRONT_REGIONS
from .tokens import Mention

__all__ = ["paragraph_region_namesake"]


def paragraph_region_namesake(
    gaz: Gazetteer,
    m: Mention,
    chosen: int,
    paragraph: int,
    named_regions: Mapping[tuple[str, str], Collection[int]],
    grid: Any,
    reaches: tuple[float, float, int],
) -> int | None:
    """The record to read ``m`` as instead of ``chosen``, or None.

    ``paragraph``: the mention's paragraph; ``named_regions``: (country code, admin1
    code) of each first-level region the text names outright -> the paragraphs naming
    it; ``grid``: the text's places (``grid.near(("p", paragraph), name, point, km)``:
    whether a place of the paragraph not called ``name`` lies within ``km`` great-circle
    km of ``point``, :class:`geo.text.local_evidence._Grid`); ``reaches``: (``near_km``,
    ``clause_km``, ``max_candidates``).
    """
    near_km, clause_km, max_candidates = reaches
    regions = {r for r, paragraphs in named_regions.items() if paragraph in paragraphs}
    row = gaz.row(chosen)
    if not regions or (row.country_code, row.admin1[0]) in regions:
        return None
    if grid.near(("p", paragraph), m.key, row.lat_lon, near_km):
        return None  # its paragraph speaks for the chosen reading
    quality = min((c.quality for c in m.candidates if c.record == chosen), default=None)
    if quality is None:
        return None
    if (own := _own_name_inside(gaz, m, chosen, regions, max_candidates)) is not None:
        return own
    best, best_key = None, None
    for c in m.candidates[:max_candidates]:
        r = c.record
        if r == chosen or c.quality > quality or not gaz.is_place(r):
            continue
        region = (gaz.country_code(r), gaz.admin1(r)[0])
        if region not in regions or region not in FRONT_REGIONS:
            continue
        if not grid.near(("p", paragraph), m.key, gaz.lat_lon(r), clause_km):
            continue
        key = (-gaz.population(r), r)
        if best_key is None or key < best_key:
            best, best_key = r, key
    return best


def _own_name_inside(
    gaz: Gazetteer,
    m: Mention,
    chosen: int,
    regions: Collection[tuple[str, str]],
    max_candidates: int,
) -> int | None:
    """The most populous place of ``m``'s candidates (the first ``max_candidates``) in one
    of ``regions`` (country code, admin1 code) that carries ``m``'s name as its own, when
    ``chosen`` carries it only as another name (Toretsk, once Dzerzhinsk); else None."""
    cands = m.candidates[:max_candidates]
    if not any(c.record == chosen and is_other_name(gaz, c, m.key) for c in cands):
        return None
    best, best_key = None, None
    for c in cands:
        r = c.record
        if r == chosen or not gaz.is_place(r) or is_other_name(gaz, c, m.key):
            continue
        if (gaz.country_code(r), gaz.admin1(r)[0]) not in regions:
            continue
        key = (-gaz.population(r), r)
        if best_key is None or key < best_key:
            best, best_key = r, key
    return best
