"""A directed "near" list's name read far beyond the band its hint allows: the namesake
by its partners.

"Russian forces attacked northwest of Orikhiv near Stepnohirsk and Kamianske": a known
city fits a direction with no stated distance hundreds of km off
(:func:`geo.text.hints.fits`: "Vovchansk, north-east of Kharkiv", 70 km), so resolution
reads "Kamianske" as the city of 230,000 by Dnipro, 120 km north-west.  Yet the list
it is named with lies where the hint says (Stepnohirsk, 31 km west of Orikhiv), and
the village of Kamianske lies by it.  :func:`settle_directed` reads such a name as its
namesake there.  Cost: for each directed name read too far, a look at its list's names
(bounded) and its own candidates (bounded).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import NEAR_KM, Hint
from .list_reach import LIST_WINDOW
from .tokens import Mention

__all__ = ["settle_directed"]

#: The candidates of a name looked at for a namesake by its list (bounded work).
_MAX_CANDIDATES = 64


def settle_directed(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    out: list[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> None:
    """Read each name of a directed list ("northwest of X near A and B", no distance
    stated) that lies farther than its hint's band (``max_km``) from the anchor's place,
    while another name of the list lies within the band, as the place its own name (or
    an alias, or a name as good as the one it was read by) names within the band and
    within :data:`~geo.text.hints.NEAR_KM` of such a partner, the nearest to one;
    ``out`` (record, score per mention) is updated in place.  A name with no such
    namesake keeps its reading."""
    for j in sorted(hints):
        h, rec = hints[j], out[j][0]
        if h.bearing_deg is None or h.distance_km is not None or rec is None:
            continue
        anchor_rec = out[h.anchor][0]
        if anchor_rec is None or not (gaz.is_place(rec) and gaz.is_place(anchor_rec)):
            continue
        here = gaz.lat_lon(anchor_rec)
        if distance_km(here, gaz.lat_lon(rec)) <= h.max_km:
            continue
        partners = _partners(gaz, mentions, out, hints, j, h, here)
        if not partners:
            continue
        cands = mentions[j].candidates[:_MAX_CANDIDATES]
        # Its own name, an alias, or a name as good as the one it was read by.
        worst = max(QUALITY_ALIAS, min((c.quality for c in cands if c.record == rec), default=0))
        best, best_d = None, NEAR_KM
        for c in cands:
            if c.quality > worst or not gaz.is_place(c.record):
                continue
            p = gaz.lat_lon(c.record)
            if distance_km(here, p) > h.max_km:
                continue
            d = min(distance_km(p, q) for q in partners)
            if d <= best_d:
                best, best_d = c.record, d
        if best is not None:
            out[j] = (best, out[j][1])


def _partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    out: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    j: int,
    h: Hint,
    here: tuple[float, float],
) -> list[tuple[float, float]]:
    """The places ((lat, lon) degrees) of the other names of ``j``'s list (its
    siblings, at most :data:`LIST_WINDOW` either side, with a hint from the same anchor
    in the same direction) read within the hint's band of the anchor's place ``here``."""
    found = []
    for i in mentions[j].siblings:
        g = hints.get(i)
        if (
            abs(i - j) > LIST_WINDOW
            or g is None
            or (g.anchor, g.bearing_deg)
            != (
                h.anchor,
                h.bearing_deg,
            )
        ):
            continue
        r = out[i][0]
        if r is not None and gaz.is_place(r):
            p = gaz.lat_lon(r)
            if distance_km(here, p) <= h.max_km:
                found.append(p)
    return found
