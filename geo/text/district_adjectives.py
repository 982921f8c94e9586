"""A district named by its centre's adjective: "Zhuravlyovka of Belgorodsky district".

Russian officials name a raion by the adjective of its centre town ("Belgorodsky",
"Shebekinsky", "Sudzhansky", "Rylsky").  The gazetteer has the towns, not the
adjectives. :func:`adjective_town` reads the town back from the adjective: the ending
dropped ("Belgorodsky" -> Belgorod), "-sk" kept ("Rylsky" -> Rylsk), a town's own ending
restored ("Shebekinsky" -> Shebekino, "Sudzhansky" -> Sudzha).  Of the places those
names find in a country the text's places lie in, by their own names or alternate ones
(Russian copy names Ukraine's raions after towns in their Russian names: "Volchansky",
"Sinelnikovsky"), the most populous is the district's centre.

Cost: a few gazetteer look-ups per adjective.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES

__all__ = ["adjective_stems", "adjective_town"]

#: The endings of a place's Russian adjective ("-sky", "-skiy", "-skii"); Ukrainian
#: "-skyi" names a city's district as often ("the Kyivskyi district" of Kharkiv).
_ADJECTIVE = re.compile(r"(?i)(?<=\w{3})sk(?:y|iy|ii|ij|oy)$")


def adjective_stems(name: str) -> list[str]:
    """The town names an adjective ``name`` may come from, most likely first ([] for a
    name that is no adjective).

    >>> adjective_stems("Belgorodsky")[:2]
    ['Belgorod', 'Belgorodsk']
    >>> "Shebekino" in adjective_stems("Shebekinsky"), "Sudzha" in adjective_stems("Sudzhansky")
    (True, True)
    >>> adjective_stems("Kharkiv")
    []
    """
    m = _ADJECTIVE.search(name)
    if m is None:
        return []
    stem = name[: m.start()]
    out = [stem, stem + "sk", stem + "o", stem + "a", stem + "e"]
    if stem.endswith("n"):  # "Sudzhansky" -> Sudzha, "Shebekinsky" -> Shebekino
        out += [stem[:-1], stem[:-1] + "o", stem[:-1] + "a"]
    return out


def adjective_town(gaz: Gazetteer, name: str, countries: Collection[str] = ()) -> int | None:
    """The place record of the town an adjective ``name`` names a district after
    ("Belgorodsky" -> Belgorod), in one of ``countries`` (the text's), else in the former
    Soviet Union (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`, whose
    raions are so named: "Zhuravlyovka of Belgorodsky district" after a misread
    Zhuravlyovka of Crimea), else None."""
    for where in (countries, RUSSIAN_NAME_COUNTRIES):
        best, found = -1, None
        for stem in adjective_stems(name):
            for c in gaz.lookup(stem):
                rec = c.record
                if (
                    c.quality > QUALITY_ALTERNATE
                    or not gaz.is_place(rec)
                    or gaz.country_code(rec) not in where
                ):
                    continue  # a town of the text's countries, by its own, an everyday or
                    # a Russian name ("Volchansky": Vovchansk, not Russia's smaller Volchansk)
                if gaz.population(rec) > best:
                    best, found = gaz.population(rec), rec
        if found is not None:
            return found
    return None
