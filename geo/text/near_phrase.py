"""A "near" phrase after a name: "Klishchiivka near Bakhmut", "Berdychi on the outskirts
of Avdiivka", "Mykolaivka, on the western approaches to Chasiv Yar", "Pisky, not far from
the town of Avdiivka".

:data:`NEAR_AFTER` is the gap between a name (or a list's last name) and the anchor the
phrase names, read by :func:`geo.text.anchors.anchor_after`; :func:`near_follows` tells
whether such a phrase and a capitalised name follow, for a name the gazetteer lacks
(:mod:`geo.text.spellings`). One anchored match: constant work per name.
:func:`adjacent` tells a known place so near a hint's anchor that it is the place meant
whatever direction the text gives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint, fits
from .hints.base import is_close_by
from .tokens import Mention

__all__ = [
    "ADJACENT_KM", "NEAR_AFTER", "adjacent", "near_follows", "pair_near_follows", "village_near",
]

#: The gap between a list's last name and the anchor a "near" phrase names after it
#: (a comma may come first: "Abu Shouk, on the northern edge of El Fasher"; a settlement
#: word may: "Kawuri village near Konduga").
NEAR_AFTER = re.compile(
    r"(?:[ \t]+(?:village|hamlet|settlement))?"
    r",?\s+(?:near|outside|around|close\s+to|not\s+far\s+from|(?:in\s+the\s+)?vicinity\s+of"
    r"|on\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?"
    r"(?:(?:outskirts|edges?|fringes?)\s+of|approaches\s+(?:to|of)))"
    r"\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?",
    re.IGNORECASE,
)


def near_follows(text: str, end: int) -> bool:
    """Does a "near" phrase and a capitalised name follow ``text[:end]`` ("Klishchiivka
    near Bakhmut", "Berdychi on the outskirts of Avdiivka")?

    >>> near_follows("captured Klishchiivka near Bakhmut", 21)
    True
    >>> near_follows("fighters near the front", 8)
    False
    """
    m = NEAR_AFTER.match(text, end)
    return m is not None and text[m.end() : m.end() + 1].isupper()


#: After the first name of a pair, its partner: " and Ibl al-Saqi", " and Blat" (capitalised
#: words, a lower-case Arabic article joined to one by a hyphen).
_PARTNER = re.compile(r" and (?:[A-Z][\w'’]+(?:[ -](?:(?:a[lnrstdz]|el|ash)-)?(?=[A-Z]))?){1,3}")


def pair_near_follows(text: str, end: int) -> bool:
    """Does a partner and then a "near" phrase and a capitalised name follow the name
    ending at ``end`` ("moved into Qlayaa and Ibl al-Saqi near Marjayoun")?  The pair is
    located by that place, as a lone name before the phrase is (:func:`near_follows`).

    >>> t = "moved into Qlayaa and Ibl al-Saqi near Marjayoun"
    >>> pair_near_follows(t, t.index(" and")), pair_near_follows("Qlayaa and Ibl left", 6)
    (True, False)
    """
    m = _PARTNER.match(text, end)
    return m is not None and near_follows(text, m.end())


#: A settlement word after a name: "Kawuri village near Konduga".
_VILLAGE = re.compile(r"[ \t]+(?:village|hamlet|settlement)(?=,?\s+\w)")


def village_near(text: str, end: int) -> bool:
    """Does a settlement word, then a "near" phrase and a capitalised name, follow the
    name ending at ``end``?  The text says the name is a village located by that place,
    whatever verb precedes it.

    >>> village_near("fighters raided Kawuri village near Konduga", 22)
    True
    >>> village_near("fighters raided Kawuri near Konduga", 22)
    False
    """
    return _VILLAGE.match(text, end) is not None and near_follows(text, end)


#: A known place this near (km) the anchor of a hint with a direction and no distance,
#: or a list partner's place that lies where the hint says, is the place meant, whatever
#: the direction: "east of Myrnohrad near Hrodivka and Rodynske" (Rodynske lies 7 km
#: north-west of it), "northwest of Orikhiv near Stepnohirsk and Kamianske" (Kamianske
#: lies 6 km south of Stepnohirsk, west-south-west of Orikhiv); an estimate in the stated
#: direction would lie farther from it than the place does.
ADJACENT_KM = 12.0
#: The list partners looked at (bounded work per name).
_MAX_PARTNERS = 16


def adjacent(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    k: int,
    hint: Hint,
    here: tuple[float, float],
    partners: bool = True,
) -> bool:
    """Is mention ``k``'s reading (``resolved``: record, score per mention) a populated
    place within :data:`ADJACENT_KM` of ``here`` (its hint's anchor's (lat, lon),
    degrees) or (with ``partners``) of the place of a list partner
    (:attr:`Mention.siblings`) with a hint from the same anchor that the place fits
    (:func:`geo.text.hints.fits`), the hint stating no distance ("just north-east of Y"
    states none: :func:`~geo.text.hints.base.is_close_by`)?"""
    rec = resolved[k][0]
    stated = hint.distance_km is not None and not is_close_by(hint)
    if rec is None or stated or not gaz.is_place(rec):
        return False
    point = gaz.lat_lon(rec)
    if distance_km(here, point) <= ADJACENT_KM:
        return True
    for i in mentions[k].siblings[:_MAX_PARTNERS] if partners else ():
        other, theirs = resolved[i][0], hints.get(i)
        if other is None or theirs is None or theirs.anchor != hint.anchor:
            continue
        there = gaz.lat_lon(other)
        if (
            gaz.is_place(other)
            and distance_km(point, there) <= ADJACENT_KM
            and fits(theirs, here, there, gaz.population(other))
        ):
            return True
    return False
