"""Recognition: two towns joined by a hyphen that stand a walk apart are one place.

A municipality made of two merged towns keeps both names ("Rapperswil-Jona": Rapperswil
and Jona, 1.3 km apart), and so does a site named after two neighbouring villages
("Mauthausen-Gusen").  GeoNames often files only the two old towns, so recognition reads
two names, and the second is one place too many.  :func:`merged_pairs` reads such a
pair as one mention, the first town's, where the two are no more than
:data:`MERGED_KM` apart in one country: a metro area or an agglomeration of two cities
("Dallas-Fort Worth", "Kramatorsk-Sloviansk", "Pokrovsk-Myrnohrad", 7 km apart) stays
two places (:mod:`geo.text.hyphen_pairs`).  Twin towns across a river are read so too
("Lewiston-Auburn", "Camden-Wyoming"): one mention where a gold standard may count two
names, the same place at any grain coarser than the few kilometres between them.

Cost: one look between each mention and the next, linear in the mentions; for a hyphen
between two, a distance for each pair of their candidates (a handful each).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention, without_mentions

__all__ = ["MERGED_KM", "merged_pairs"]

#: The two towns of one merged place lie at most this far apart (town centres).
MERGED_KM = 3.0


def merged_pairs(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each hyphenated pair of neighbouring towns read as one mention
    of the first town (see the module docstring); its candidates those near the second."""
    drop: set[int] = set()
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if k in drop or text[a.end : b.start] != "-" or a.last + 1 != b.first:
            continue
        if a.containers or a.unknown or b.unknown or a.demonym_country or b.demonym_country:
            continue
        near = _near(gaz, a, b)
        if not near:
            continue
        a.end, a.last, a.containers = b.end, b.last, b.containers
        a.candidates = [c for c in a.candidates if c.record in near]
        drop.add(k + 1)
    return without_mentions(mentions, drop)


def _near(gaz: Gazetteer, a: Mention, b: Mention) -> set[int]:
    """The records of ``a``'s populated places that lie within :data:`MERGED_KM` of one
    of ``b``'s in the same country."""
    towns_b = [c.record for c in b.candidates if gaz.kind(c.record) == "place"]
    out = set()
    for c in a.candidates:
        if gaz.kind(c.record) != "place":
            continue
        cc, at = gaz.country_code(c.record), gaz.lat_lon(c.record)
        if any(
            gaz.country_code(r) == cc and distance_km(at, gaz.lat_lon(r)) <= MERGED_KM
            for r in towns_b
        ):
            out.add(c.record)
    return out
