"""Recognition: a region's named part, "the Northern Panhandle of West Virginia".

A capitalised compass word and an everyday word after "the", then "of" and a region or
country, name a part of that region ("the Northern Panhandle of West Virginia", "the
Eastern Shore of Maryland"), not a town of that name elsewhere (Panhandle, Texas;
Shore, Indiana).  :func:`drop_region_parts` drops such a one-word mention when the name
after "of" is a mention of the text naming a region or a country and none of the word's
places lies in it ("the Eastern Ghouta of Syria" stays: Ghouta is in Syria; so does "the
eastern Donetsk of Ukraine", its compass word in lower case).  Cost: one anchored match
on each side of a mention.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["drop_region_parts"]

#: Before a mention: "the" and a capitalised compass word.
_COMPASS_BEFORE = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+(?:North|South|East|West|Northern|Southern|Eastern|Western"
    r"|Upper|Lower|Central|Inland)[ \t]+$"
)
#: After a mention: " of " (and "the"), where the region's name begins.
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def drop_region_parts(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order) without the everyday words that name a region's part
    before "of" and the region (module docstring)."""
    at = {m.start: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        of = _OF_AFTER.match(text, m.end) if m.first == m.last else None
        region = at.get(of.end()) if of is not None else None
        if (
            region is not None
            and region.candidates
            and _COMPASS_BEFORE.search(text, max(0, m.start - 20), m.start)
            and not _lies_in(gaz, m, region.candidates[0].record)
        ):
            continue  # "the Northern Panhandle of West Virginia": no Panhandle, Texas
        out.append(m)
    return out


def _lies_in(gaz: Gazetteer, m: Mention, region: int) -> bool:
    """Does one of ``m``'s places lie in ``region`` (a country or a first-level region;
    True for any other kind of record: no part's name then)?"""
    kind, cc = gaz.kind(region), gaz.country_code(region)
    if kind not in ("country", "admin1"):
        return True
    code = gaz.admin1(region)[0]
    return any(
        gaz.country_code(c.record) == cc and (kind == "country" or gaz.admin1(c.record)[0] == code)
        for c in m.candidates
    )
