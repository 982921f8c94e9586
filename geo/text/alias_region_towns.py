"""Resolution: a name read as a region by an alias, listed with towns, is a town of its
own name.

"Ukrainian drones hit oil terminals at the Baltic ports of Primorsk and Ust-Luga in the
Leningrad region": the gazetteer lists "Primorsk" as an alias of Primorsky Krai, and in
a text that names many of Russia's regions ("Saratov regional governor", "the Samara
region") resolution reads it as that region, 6,500 km off.  A region's alias is a name
people call the whole region by; a name listed beside a town ("Primorsk and Ust-Luga")
is a town, the one of the country bearing the name as its own (Leningrad Oblast's
Primorsk, the nearest to the listed town, not Volgograd's).
:func:`listed_alias_towns` reads such a mention so: read as a first-level region
through an alias or another name (not the region's own name), with no cue of a region
and no container of its own, in a list ("A and B", "A, B and C") whose nearest other
name is read as a populated place of the region's country.  Cost: per such mention its
candidates (at most :data:`MAX_CANDIDATES`) and a few list partners.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["MAX_CANDIDATES", "listed_alias_towns"]

#: The candidates of a name looked at for its own-name towns.
MAX_CANDIDATES = 32
#: The list partners looked at each way (bounded work in a pasted list).
_PARTNERS = 2


def listed_alias_towns(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` (a ``(record or None, score)`` pair per mention) with each listed
    name read as a region by an alias read as the town of its own name nearest its list
    partner (module docstring); every other reading unchanged."""
    out = list(resolved)
    for k, m in enumerate(mentions):
        rec, score = resolved[k]
        if rec is None or not m.siblings or m.cue == "region" or m.containers:
            continue
        if gaz.kind(rec) != "admin1" or _quality(m, rec) in (None, 0):
            continue
        partner = _partner_place(gaz, mentions, resolved, k, gaz.country_code(rec))
        if partner is None:
            continue
        here = gaz.lat_lon(partner)
        towns = [
            c.record
            for c in m.candidates[:MAX_CANDIDATES]
            if c.quality == 0
            and gaz.is_place(c.record)
            and gaz.country_code(c.record) == gaz.country_code(rec)
        ]
        if towns:
            out[k] = (min(towns, key=lambda t: distance_km(gaz.lat_lon(t), here)), score)
    return out


def _quality(m: Mention, rec: int) -> int | None:
    """The quality of ``m``'s candidate ``rec`` (0 own name), or None if none is."""
    return next((c.quality for c in m.candidates[:MAX_CANDIDATES] if c.record == rec), None)


def _partner_place(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    country: str,
) -> int | None:
    """The reading of the nearest list partner of mention ``k`` (after it first) that is
    a populated place of ``country``, or None."""
    for step in range(1, _PARTNERS + 1):
        for i in (k + step, k - step):
            if not 0 <= i < len(mentions) or k not in mentions[i].siblings:
                continue
            rec = resolved[i][0]
            if rec is not None and gaz.is_place(rec) and gaz.country_code(rec) == country:
                return rec
    return None
