"""Resolution, a defined place's later bare mentions: the place its definition placed.

"Chuy is a city in the extreme east of Uruguay, in the Rocha Department ... Chuy's
population is 9,675": the definition keeps the first mention inside Uruguay (Chui, which
GeoNames spells so and lists as "Chuy"), but the later bare mentions, weighed alone, went
to Chuy in Kyrgyzstan, the place called so by its own name.  A text that has defined a
name means the defined place by it again unless it places the name elsewhere:
:func:`follow_definitions` gives every later mention of the name with no container of its
own, read in a country the definition does not name and none of the text's other names is
read in, the definition's reading.

Cost: linear in the mentions (one pass to find the definitions, one to follow them).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["follow_definitions"]


def follow_definitions(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` (record or None, score per mention, aligned with ``mentions``) with
    each bare later mention of a name that an earlier mention's containers placed (a
    place read inside a country they name) read as that place, where it was read in a
    country the containers do not name.  Mentions with containers of their own ("Chuy,
    Kyrgyzstan"), unresolved ones, readings within the stated countries and readings in
    a country another of the text's names is read in are left ("Kingston is a community
    in ... Middlesex County ..., New Jersey", its county read in England, and Kingston
    read in the US beside the text's other US places)."""
    defined: dict[str, tuple[int, frozenset[str]]] = {}
    out = list(resolved)
    # the countries each of the text's names is read in: a later reading in a country
    # another name is read in is no stray abroad (a definition read wrong may be)
    homes: dict[str, set[str]] = {}
    for m, (rec, _) in zip(mentions, out, strict=True):
        if rec is not None:
            homes.setdefault(gaz.country_code(rec), set()).add(m.key)
    for k, m in enumerate(mentions):
        rec = out[k][0]
        if m.containers:
            countries = frozenset(cc for cc, _ in m.containers)
            if (
                m.key not in defined
                and rec is not None
                and gaz.is_place(rec)
                and gaz.country_code(rec) in countries
            ):
                defined[m.key] = (rec, countries)
            continue
        found = defined.get(m.key)
        if found is None or rec is None or rec == found[0]:
            continue
        cc = gaz.country_code(rec)
        if cc not in found[1] and homes.get(cc, set()) <= {m.key}:
            out[k] = (found[0], out[k][1])  # "Chuy's population": the defined Chuy
    return out
