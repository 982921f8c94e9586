"""Recognition, a Russian soft sign before "и" written "y": "Ilyichevsk" is Il'ichevsk.

English copy writes the Russian soft sign "ь" before a vowel as "y" ("Ильичёвск":
"Ilyichevsk", "Ильинка": "Ilyinka"), where the gazetteer's romanisations write it as an
apostrophe or not at all ("Il'ichevsk", an alternate name of Chornomorsk by Odesa;
"Il'inka").  Under the text's spelling GeoNames may hold only a far place
("Ilyichevsk" is also an old name of Sharur in Azerbaijan's Nakhchivan), or nothing.

:func:`soft_sign_candidates` adds to such a name's candidates the places of the former
Soviet Union (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`) the
gazetteer has under the name without that "y" (:func:`soft_sign_variant`), as
alternate-name candidates, when the name's own candidates are all alternate names or
fuzzy matches (a place whose own name is so spelt keeps the name: "Ilyichevka" of the
gazetteer stays) or it has none; resolution then weighs them as any namesakes.

Cost: a substring test per mention, one exact look-up for a name with such a "y".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.lookups import Candidate
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from .tokens import Mention

__all__ = ["soft_sign_candidates", "soft_sign_variant"]

#: A "y" between a consonant that takes a soft sign and an "i" (Russian "ьи").
_SOFT_Y = re.compile(r"(?<=[bdlmnrstvz])y(?=i[a-z])")
_MIN_LETTERS = 6
_MAX_LETTERS = 40
#: The most candidates a variant adds.
_MAX_ADDED = 10


def soft_sign_variant(normalized: str) -> str | None:
    """The (normalised, Latin) name with each soft sign's "y" before "i" left out, or
    None when it has none or is short, long or not Latin.

    >>> soft_sign_variant("ilyichevsk"), soft_sign_variant("ilyinka")
    ('ilichevsk', 'ilinka')
    >>> soft_sign_variant("khmelnytskyi"), soft_sign_variant("kyiv")
    (None, None)
    """
    if not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return None
    if "yi" not in normalized:
        return None
    out = _SOFT_Y.sub("", normalized)
    return out if out != normalized else None


def soft_sign_candidates(gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, a name with a soft sign's "y" and no own name or alias of a place
    among its candidates given the former Soviet places of its other spelling (module
    docstring).  Changes the mentions in place."""
    for m in mentions:
        if "yi" not in m.key or m.demonym_country:
            continue
        if any(c.quality <= QUALITY_ALIAS for c in m.candidates):
            continue
        variant = soft_sign_variant(m.key)
        if variant is None:
            continue
        have = {c.record for c in m.candidates}
        added = [
            Candidate(c.record, QUALITY_ALTERNATE)
            for c in gaz.lookup_normalized(variant)
            if c.quality <= QUALITY_ALTERNATE
            and c.record not in have
            and gaz.is_place(c.record)
            and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
        ][:_MAX_ADDED]
        if added:
            m.candidates = [*m.candidates, *added]
            m.unknown = False
    return list(mentions)
