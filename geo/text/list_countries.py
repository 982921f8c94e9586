"""After resolution: a list's name read abroad while all its other names lie in one country.

"The army still holds Timbuktu and Gao": Timbuktu is Mali's, and so is the Gao meant, a
city of 133,000, not the Burkinabe village of 26,000 that a later paragraph's
Ouagadougou and Kaya pull the name to.  Places of a long story weigh on each name alike
(:mod:`geo.text.evidence`), and where places lie hundreds of kilometres apart, as in the
Sahel, the nearest namesake to some place of the text can be the wrong one;
:mod:`geo.text.local_evidence` reads a sentence's places only within 100 km.

:func:`same_country_lists` reads such a name as its namesake in the country of its list's
other names, when every other name of the list is read as a place of that one country,
the name as a place of another, and the namesake is a place at least as populous as the
reading it replaces, matched by its own name or an everyday alias (not an alternate or
foreign name, nor a close spelling).  A name with a container, a hint or words that
decide its reading keeps it (:meth:`~geo.text.tokens.Mention.told_by_words`).

Cost: one pass over the mentions; for each name of a list, its list's names and its
candidates (both bounded).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["same_country_lists"]


def same_country_lists(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each list's name read abroad moved to its namesake in the
    country of the list's other names (module docstring); every other reading unchanged.
    The other names' readings are those before this stage: the order of the list does
    not matter."""
    out = list(resolved)
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if not m.siblings or rec is None or m.containers or m.told_by_words():
            continue
        if not gaz.is_place(rec):
            continue
        country = _one_country(gaz, resolved, m.siblings)
        if country is None or country == gaz.country_code(rec):
            continue
        least = max(gaz.population(rec), 1)
        namesakes = [
            c.record
            for c in m.candidates
            if c.quality <= QUALITY_ALIAS
            and gaz.is_place(c.record)
            and gaz.country_code(c.record) == country
            and gaz.population(c.record) >= least
        ]
        if namesakes:
            out[k] = (max(namesakes, key=lambda r: (gaz.population(r), -r)), resolved[k][1])
    return out


def _one_country(
    gaz: Gazetteer, resolved: Sequence[tuple[int | None, float]], siblings: Sequence[int]
) -> str | None:
    """The country every one of ``siblings`` is read as a place of, else None."""
    found: str | None = None
    for i in siblings:
        rec = resolved[i][0]
        if rec is None or not gaz.is_place(rec):
            return None
        cc = gaz.country_code(rec)
        if found is not None and cc != found:
            return None
        found = cc
    return found
