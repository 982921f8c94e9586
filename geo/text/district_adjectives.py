"""A district named by its centre's adjective: "Zhuravlyovka of Belgorodsky district".

Russian officials name a raion by the adjective of its centre town ("Belgorodsky",
"Shebekinsky", "Sudzhansky", "Rylsky").  The gazetteer has the towns, not the
adjectives. :func:`adjective_town` reads the town back from the adjective: the ending
dropped ("Belgorodsky" -> Belgorod), "-sk" kept ("Rylsky" -> Rylsk), a town's own ending
restored ("Shebekinsky" -> Shebekino, "Sudzhansky" -> Sudzha, "Konstantinovsky" ->
Konstantinovka).  Of the places those
names find in a country the text's places lie in, by their own names or alternate ones
(Russian copy names Ukraine's raions after towns in their Russian names: "Volchansky",
"Sinelnikovsky"), the most populous is the district's centre.

:func:`raion_town` keeps such a district from being read as a part of the
paragraph's city ("the Pokrovsky district" after "the Donetsk People's Republic" is
Pokrovsk's raion, not a district of Donetsk).

Cost: a few gazetteer look-ups per adjective, and a bounded look at the mentions around it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["adjective_stems", "adjective_town", "raion_town"]

#: The endings of a place's Russian adjective ("-sky", "-skiy", "-skii"); Ukrainian
#: "-skyi" names a city's district as often ("the Kyivskyi district" of Kharkiv).
_ADJECTIVE = re.compile(r"(?i)(?<=\w{3})sk(?:y|iy|ii|ij|oy)$")
#: The raion word after the adjective, or after the next one of a pair ("the Izyumsky
#: and Kupyansky districts").
_RAION_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?i:districts?|raions?|rayons?)\b")
#: Between a place and the district it lies in: "Borovaya of the Izyumsky rayon".
_OF_THE = re.compile(r"\s+(?:in|of)\s+the\s+")
#: How many mentions on each side are looked at for the town itself (bounded work).
_NEAR_MENTIONS = 40
#: A place said to lie in a town's district lies this near the town (Ukraine's raions
#: since 2020 span up to some 80 km from their centre).
_RAION_KM = 80.0


def adjective_stems(name: str) -> list[str]:
    """The town names an adjective ``name`` may come from, most likely first ([] for a
    name that is no adjective).

    >>> adjective_stems("Belgorodsky")[:2]
    ['Belgorod', 'Belgorodsk']
    >>> "Shebekino" in adjective_stems("Shebekinsky"), "Sudzha" in adjective_stems("Sudzhansky")
    (True, True)
    >>> "Konstantinovka" in adjective_stems("Konstantinovsky")
    True
    >>> adjective_stems("Kharkiv")
    []
    """
    m = _ADJECTIVE.search(name)
    if m is None:
        return []
    stem = name[: m.start()]
    out = [stem, stem + "sk", stem + "o", stem + "a", stem + "e"]
    if stem.endswith(("ov", "ev")):  # "Konstantinovsky" -> Konstantinovka
        out.append(stem + "ka")
    if stem.endswith("n"):  # "Sudzhansky" -> Sudzha, "Shebekinsky" -> Shebekino
        out += [stem[:-1], stem[:-1] + "o", stem[:-1] + "a"]
    return out


def adjective_town(gaz: Gazetteer, name: str, countries: Collection[str] = ()) -> int | None:
    """The place record of the town an adjective ``name`` names a district after
    ("Belgorodsky" -> Belgorod), in one of ``countries`` (the text's), else in the former
    Soviet Union (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`, whose
    raions are so named: "Zhuravlyovka of Belgorodsky district" after a misread
    Zhuravlyovka of Crimea), else None."""
    # a town by its own, an everyday or a Russian name ("Volchansky": Vovchansk, not
    # Russia's smaller Volchansk), looked up once for both country sets
    towns = [
        c.record
        for stem in adjective_stems(name)
        for c in gaz.lookup(stem)
        if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record)
    ]
    for where in (countries, RUSSIAN_NAME_COUNTRIES):
        best, found = -1, None
        for rec in towns:
            if gaz.country_code(rec) in where and gaz.population(rec) > best:
                best, found = gaz.population(rec), rec
        if found is not None:
            return found
    return None


def raion_town(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    countries: Collection[str],
) -> int | None:
    """The town record mention ``k``, a raion's adjective before "district", names the
    district after, when the text says it is that town's and not a part of a city: the
    text names the town among the :data:`_NEAR_MENTIONS` mentions on either side
    ("Krasnoarmeysk ... Grishino of the Pokrovsky district": Pokrovsk), or a place said
    to lie in the district lies within :data:`_RAION_KM` of it ("Borovaya of the Izyumsky
    rayon": Izyum); else None (``resolved``: records aligned with ``mentions``;
    ``countries``: the text's ISO codes, as :func:`adjective_town` takes them)."""
    m = mentions[k]
    name = text[m.start : m.end]
    if not _ADJECTIVE.search(name) or not _RAION_AFTER.match(text, m.end):
        return None
    town = adjective_town(gaz, name, countries)
    if town is None:
        return None
    lo, hi = max(0, k - _NEAR_MENTIONS), min(len(mentions), k + _NEAR_MENTIONS + 1)
    if any(resolved[j][0] == town for j in range(lo, hi) if j != k):
        return town
    if k > 0 and _OF_THE.fullmatch(text, mentions[k - 1].end, m.start):
        before = resolved[k - 1][0]
        if (
            before is not None
            and gaz.is_place(before)
            and distance_km(gaz.lat_lon(before), gaz.lat_lon(town)) <= _RAION_KM
        ):
            return town
    return None
