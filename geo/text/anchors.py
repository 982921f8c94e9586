"""Stage 3b of the geoparser: anchor each "near A, B and C" list on a name its partners
lie near.

:func:`geo.text.hints.read_hints` gives every name of a "near" list a hint anchored on
the list's first known name.  When the gazetteer lacks the place that name means and
holds a namesake far off ("near Lozova, Kurylivka and Zahryzove": the village of Lozova
by Kupiansk, not the town of 54,000 people 130 km south), every partner would be read,
or estimated, around the namesake.  :func:`anchor_lists` reads each list's names as
resolution's pass 1 does and, when the first one lies far from all the others while
some of them lie together, anchors the list on the name with the most partners nearby.
Cost is linear in the number of mentions (lists of at most :data:`MAX_LIST` names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint
from .ranking import first_readings
from .strays import LIST_KM
from .tokens import Mention

__all__ = ["LIST_KM", "MAX_LIST", "anchor_lists"]

#: The longest "near" list re-anchored (analysts list a handful of villages); its
#: names are compared pairwise.
MAX_LIST = 16


def anchor_lists(
    gazetteer: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each "near" list re-anchored on a name its partners lie near.

    Parameters
    ----------
    gazetteer : Gazetteer
    mentions : sequence of Mention
        The text's mentions, in order.
    hints : mapping of int to Hint
        Mention index -> its hint (:func:`geo.text.hints.read_hints`); not modified.

    Returns
    -------
    dict of int to Hint
        The same hints, except that a list whose anchor's pass-1 reading lies farther than
        :data:`LIST_KM` from every partner's, while two partners lie within it of each
        other, is anchored on the partner with the most partners within :data:`LIST_KM`
        (the first such in the text).  Directed hints ("north of X") are kept as they are.
    """
    out = dict(hints)
    lists: dict[tuple[int, int], list[int]] = {}
    for j, h in hints.items():
        # A "near" list's names share the list's span, and the anchor lies inside it.
        if h.bearing_deg is None and h.start <= mentions[h.anchor].start < h.end:
            lists.setdefault((h.start, h.end), []).append(j)
    if not lists:
        return out
    lists = {span: js for span, js in lists.items() if 3 <= len(js) <= MAX_LIST}
    if not lists:
        return out
    firsts = first_readings(gazetteer, mentions, sorted({j for js in lists.values() for j in js}))
    for members in lists.values():
        if len(members) < 3 or len(members) > MAX_LIST:
            # Two names: nothing tells which one the gazetteer reads wrong; a longer
            # list than analysts write is left as read (bounded work per list).
            continue
        # The list's anchor: the name the others' hints share (its own is on a partner).
        anchor = Counter(hints[j].anchor for j in members).most_common(1)[0][0]
        points = {
            j: gazetteer.lat_lon(rec)
            for j in members
            if (rec := firsts.get(j)) is not None and gazetteer.is_place(rec)
        }
        if anchor not in points:
            continue

        def partners(j: int, points: dict = points) -> int:
            return sum(
                1 for i, p in points.items() if i != j and distance_km(points[j], p) <= LIST_KM
            )

        if partners(anchor):
            continue
        best = max(points, key=lambda j: (partners(j), -j))
        if best == anchor or not partners(best):
            continue
        for j in members:
            if j != best and hints[j].anchor != best:
                out[j] = replace(hints[j], anchor=best)
    return out
