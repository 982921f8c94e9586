"""A name with another name of it in brackets is one place: "Krasnoye (Krasne)",
"Dimitrov (Myrnohrad)".

Russian reporting writes a Ukrainian village by its Russian or pre-2016 name and adds the
other in brackets.  Each name alone may fit several places (two Krasnoye in Donetsk
Oblast, once so called), and resolution weighs each on its own: the pair can come out
as two places tens of km apart.  A reader takes the bracket for what it is, a second name
of the same place: the place both names are candidates of.

:func:`bracket_names` applies that after resolution: for a name followed by
``(other name)`` whose candidates share a place with the other's, both read as that
place: the one either already reads as, when it is shared, else the most populous
shared place.  Names read by spelling only are left as they are.

Cost: one pass over consecutive mentions; a set of each pair's candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["bracket_names"]

_OPEN = frozenset({" (", "("})


def bracket_names(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each bracketed pair of names read as the one place both name
    (module docstring)."""
    out = list(resolved)
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if text[a.end : b.start] not in _OPEN or text[b.end : b.end + 1] != ")":
            continue
        if a.fuzzy or b.fuzzy or a.key == b.key or not a.candidates or not b.candidates:
            continue
        (ra, sa), (rb, sb) = out[k], out[k + 1]
        if ra is not None and ra == rb:
            continue
        ours = {c.record for c in b.candidates}
        shared = sorted(
            {c.record for c in a.candidates if c.record in ours and gaz.is_place(c.record)}
        )
        if not shared:
            continue
        if ra in shared:
            pick = ra
        elif rb in shared:
            pick = rb
        else:
            pick = max(shared, key=lambda r: (gaz.population(r), -r))
        score = max(sa if ra == pick else 0.0, sb if rb == pick else 0.0, min(sa, sb))
        out[k] = out[k + 1] = (pick, score)
    return out
