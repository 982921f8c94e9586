"""A Russian soft sign before "и" written "y", as English-language copy writes it.

Russian "ь" before "и" is said as a "y" sound, and reporting writes it so: "Ilyinovka"
(Ильиновка), "Ilyinka" (Ильинка), "Ilyichevka" (Ильичёвка), "Maryinka" (Марьинка),
while BGN/PCGN and the gazetteer's romanised Russian names drop the sign
(:func:`geo.gazetteer.transliterate.russian_romanizations`: "Ilinovka", "Ilinka").
:func:`soft_sign_variants` gives the name without that "y", which
:func:`geo.text.variants.variant_candidates` looks up exactly among the places of the
former Soviet Union.
"""

from __future__ import annotations

import re

__all__ = ["soft_sign_variants"]

#: Shorter or longer names are not varied.
_MIN_LETTERS = 6
_MAX_LETTERS = 40
#: A "y" between a consonant and an "i", inside a word ("Ilyinovka", "Maryinka"): the
#: soft sign of a Russian "-ьи-".  Not after a vowel ("Kyiv", "Mayi": "й" or "ї").
_SOFT_YI = re.compile(r"(?<=[a-z])(?<![aeiouy])yi(?=[a-z])")


def soft_sign_variants(normalized: str) -> list[str]:
    """The (normalised, Latin) name with a Russian soft sign's "y" before "i" dropped,
    every one and then each alone, in a stable order; none for a name with no such "yi",
    or for a short, long or non-Latin name.

    Examples
    --------
    >>> soft_sign_variants("ilyinovka"), soft_sign_variants("maryinka")
    (['ilinovka'], ['marinka'])
    >>> soft_sign_variants("ilyichevka")
    ['ilichevka']
    >>> soft_sign_variants("kyiv"), soft_sign_variants("zaporizhzhia")
    ([], [])
    >>> soft_sign_variants("novomayinske"), soft_sign_variants("dyiv")
    ([], [])
    """
    if (
        "yi" not in normalized
        or not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not normalized.isascii()
    ):
        return []
    spans = [m.start() for m in _SOFT_YI.finditer(normalized)]
    if not spans:
        return []
    out: dict[str, None] = {_SOFT_YI.sub("i", normalized): None}
    if len(spans) > 1:
        for k in spans:
            out[normalized[:k] + normalized[k + 1 :]] = None
    out.pop(normalized, None)
    return list(out)
