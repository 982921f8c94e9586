"""A name the gazetteer has only as another place's alternate name, read in its other
Arabic romanisations too: "Taybeh" is an alternate name of Jordan's At-Taybeh, and the own
name, written "Aṭ Ṭaybah", of the West Bank village a story of settlers' raids means.

Recognition takes the exact look-up's candidates and stops there, so the Arabic spellings
(:func:`geo.text.variants.variant_candidates`: "-eh" as "-ah", the article GeoNames
writes and English copy drops) are never looked up for a name some place lists among its
alternates.  :func:`add_arabic_candidates` adds them for such a mention, the exact
candidates first: the reading is then the context's (the West Bank village beside
Ramallah, Jordan's town in a story of Jordan).

Cost: one variant look-up (at most :data:`~geo.text.arabic_variants._MAX_VARIANTS`
exact look-ups) per distinct name whose candidates are all alternate-name places in
countries of :data:`~geo.text.arabic_variants.ARABIC_NAME_COUNTRIES`; memoised per index.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from .arabic_variants import ARABIC_NAME_COUNTRIES
from .candidates import MAX_CANDIDATES
from .tokens import Mention
from .variants import variant_candidates

__all__ = ["add_arabic_candidates"]


def add_arabic_candidates(gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Give each mention whose candidates are all places of
    :data:`~geo.text.arabic_variants.ARABIC_NAME_COUNTRIES` that have the name only as
    an alternate (:data:`~geo.gazetteer.codes.QUALITY_ALTERNATE` or looser) the places of
    its other Arabic romanisations, after its own, at most
    :data:`~geo.text.candidates.MAX_CANDIDATES` in all.  ``mentions`` are changed in
    place; regions, spellings, names the gazetteer lacks and names some place has as
    its own or everyday name are left as they are."""
    memo = gaz.memo("arabic_alternates")
    for m in mentions:
        if not m.candidates or m.cue == "region" or m.fuzzy or m.unknown:
            continue
        if any(
            c.quality < QUALITY_ALTERNATE
            or not gaz.is_place(c.record)
            or gaz.country_code(c.record) not in ARABIC_NAME_COUNTRIES
            for c in m.candidates
        ):
            continue
        added = memo.get(m.key)
        if added is None:
            added = memo[m.key] = tuple(variant_candidates(gaz, m.key))
        own = {c.record for c in m.candidates}
        new = [c for c in added if c.record not in own]
        if new:
            merged: list[Candidate] = [*m.candidates, *new]
            m.candidates = merged[: max(MAX_CANDIDATES, len(m.candidates))]
