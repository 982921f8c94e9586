"""A name of a two-name list is its namesake by its partner, not one by the text's focus.

"Air defenses downed drones over Chornomorsk and Pivdenne" in a story datelined Kharkiv:
the text's focus (Kharkiv) favours Kharkiv Oblast's Pivdenne, 600 km from Chornomorsk,
while the Pivdenne meant is Odesa Oblast's, 48 km from it.  Two places named together
lie together far more often than a story's dateline says where each lies; the partner's
reading is the nearer evidence.  (A pair a "near" phrase opens is settled by its anchor:
:func:`geo.text.anchors.settle_lists`.)

:func:`pair_namesakes` reads a name of a list of two ("A and B", its one
:attr:`~geo.text.tokens.Mention.siblings`) as its namesake by its partner when: its
reading is a populated place farther than :data:`APART_KM` from the partner's (a place
one of the partner's names names, not a spelling), its candidates hold exactly one place (its
own name or an alias, in the partner's country) within :data:`PAIR_KM` of the partner,
and no words decide its reading (a container of its own, "another", a direction stated
for it, a repeat).  Both names' own readings are looked at, so the order of the pair
does not matter ("over Pivdenne and Chornomorsk").

Cost: for each name of a pair, its candidates (bounded).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import within_km
from .hints import Hint
from .tokens import Mention

__all__ = ["APART_KM", "PAIR_KM", "pair_namesakes"]

#: A pair's namesake this near its partner (km) lies by it: a district's or a coast's
#: two towns ("Chornomorsk and Pivdenne", 48 km; "Zatoka and Bilhorod-Dnistrovskyi").
PAIR_KM = 60.0
#: A reading this far (km) from the partner's is in another part of the country.
APART_KM = 200.0
#: The candidates of a name looked at (bounded work).
_MAX_CANDIDATES = 64


def pair_namesakes(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name of a pair read far from its partner moved to its one
    namesake by the partner, its score kept (module docstring).

    Parameters
    ----------
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        (record, score) of each mention; not modified.
    hints : mapping of int to Hint
        The relative-location hints; a name with a direction of its own is left.

    Returns
    -------
    list of (int or None, float)
    """
    out = list(resolved)
    for j, m in enumerate(mentions):
        if len(m.siblings) != 1 or len(m.candidates) < 2:
            continue
        if m.containers or m.told_by_words() or m.repeat:
            continue
        hint = hints.get(j)
        if hint is not None and hint.bearing_deg is not None:
            continue
        (i,) = m.siblings
        rec = resolved[j][0]
        partner = resolved[i][0] if 0 <= i < len(resolved) else None
        if rec is None or partner is None or rec == partner:
            continue
        if not (gaz.is_place(rec) and gaz.is_place(partner)) or not _named(mentions[i], partner):
            continue
        there = gaz.lat_lon(partner)
        if within_km(gaz.lat_lon(rec), there, APART_KM):
            continue
        cc = gaz.country_code(partner)
        near = {
            c.record
            for c in m.candidates[:_MAX_CANDIDATES]
            if c.quality <= QUALITY_ALIAS
            and gaz.is_place(c.record)
            and gaz.country_code(c.record) == cc
            and within_km(gaz.lat_lon(c.record), there, PAIR_KM)
        }
        if len(near) == 1:
            out[j] = (near.pop(), resolved[j][1])
    return out


def _named(m: Mention, rec: int) -> bool:
    """Does ``m`` name ``rec`` by one of its names (not only a spelling like them)?"""
    return not (m.fuzzy or m.unknown) and any(
        c.record == rec and c.quality <= QUALITY_ALTERNATE for c in m.candidates
    )
