"""Resolution, a region its owner states: "India's Punjab", "Pakistan's Punjab",
"Indian-administered Kashmir", "Pakistan-administered Kashmir".

A region's name two countries' units share (Punjab, Kashmir, Bengal, Macedonia,
Luxembourg, Limburg) is read once per text by its discourse; a country stated right
before the name, by its possessive or as "<country or demonym>-administered", names
the unit of that country, whatever the rest of the text reads ("... Pakistan's
Punjab ... near Bathinda, in India's Punjab": two regions).  :func:`owned_regions`
moves such a mention to its candidate region (first-level or second-level unit) of
the stated country; where the gazetteer has none there, a disputed region of no
country is still not the other side's unit ("Indian-administered Kashmir" is not Azad
Kashmir).  Towns are left alone: "Russia's Pokrovsk offensive" is Ukraine's Pokrovsk,
not a namesake in Russia.  Cost: one anchored match before each mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .lexicon.demonyms import DEMONYMS
from .tokens import Mention

__all__ = ["owned_regions", "owner_country"]

#: Right before a name: a possessive ("India's ") or "-administered " after a
#: country's name or demonym; group 1 the word, group 2 the possessive.
_OWNER = re.compile(r"\b([A-Z][A-Za-z]+)(?:(['’]s)|-(?:administered|ruled|controlled))[ \t]+$")
_LOOK_BEHIND = 40
_REGION_KINDS = frozenset({"admin1", "admin2"})


def owner_country(
    text: str, start: int, gaz: Gazetteer, before: Mention | None, country: int | None
) -> str:
    """The ISO code of the country stated as the owner of the name at ``start``
    ("India's Punjab": "IN"), else "".  ``before`` is the mention preceding it and
    ``country`` that mention's reading: a possessive counts only after a country's
    name the text resolved as one; "-administered" after one or a demonym.

    >>> owner_country("in Indian-administered Kashmir", 23, None, None, None)
    'IN'
    >>> owner_country("in the Indian Punjab", 15, None, None, None)
    ''
    """
    found = _OWNER.search(text, max(0, start - _LOOK_BEHIND), start)
    if found is None:
        return ""
    word = found.group(1)
    if (
        before is not None
        and country is not None
        and gaz is not None
        and before.start == found.start(1)
        and before.end == found.end(1)
        and gaz.kind(country) == "country"
    ):
        return gaz.country_code(country)
    if found.group(2):
        return ""  # a possessive of no country: "Smith's Punjab"
    return DEMONYMS.get(word.lower(), "")


def owned_regions(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """The readings, each region name read as another country's unit than the one its
    stated owner names given the owner's unit of that name (or a disputed one of no
    country), else as before.  Linear in the mentions."""
    out = list(resolved)
    for k, m in enumerate(mentions):
        rec, score = resolved[k]
        if rec is None or m.unknown or gaz.kind(rec) not in _REGION_KINDS:
            continue
        before = mentions[k - 1] if k else None
        owner = owner_country(text, m.start, gaz, before, resolved[k - 1][0] if k else None)
        if not owner or gaz.country_code(rec) == owner:
            continue
        regions = [c.record for c in m.candidates if gaz.kind(c.record) in _REGION_KINDS]
        own = [r for r in regions if gaz.country_code(r) == owner]
        if not own:
            own = [r for r in regions if not gaz.country_code(r)]  # disputed: no one's
        if own:
            out[k] = (own[0], score)
    return out
