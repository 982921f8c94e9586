"""A Russian given name's stem in a Ukrainian place name, written the Ukrainian way.

Villages named after saints and tsars carry a given name: Kostiantynivka (Konstantin),
Mykolaivka (Nikolai), Heorhiivka (Georgiy).  Copy that mixes romanisation systems writes
the Russian stem with the Ukrainian ending ("Konstantynivka", "Nikolaivka"), a form
neither GeoNames nor a reader's fuzzy match finds reliably (its nearest spelling may be a
Crimean "Konstantinovka").  :func:`ukrainian_stem_variants` gives the Ukrainian forms,
which :func:`geo.text.variants.variant_candidates` looks up exactly.
"""

from __future__ import annotations

from .compass_calques import compass_calques

__all__ = ["ukrainian_stem_variants"]

#: Shorter or longer names are not varied.
_MIN_LETTERS = 6
_MAX_LETTERS = 40

#: A given name's Russian stem and its Ukrainian romanisations, as villages named after
#: saints and tsars carry them: copy mixing the systems writes a Russian stem with a
#: Ukrainian ending ("Konstantynivka", "Nikolaivka", "Georgiivka").
_RUSSIAN_STEMS = (
    ("konstantin", ("kostiantyn", "kostyantyn")),
    ("konstantyn", ("kostiantyn", "kostyantyn")),
    ("nikola", ("mykola",)),
    ("mikhail", ("mykhail",)),
    ("georgi", ("heorhi",)),
    ("grigor", ("hryhor",)),
    ("ekaterin", ("kateryn",)),
    ("yekaterin", ("kateryn",)),
)


def ukrainian_stem_variants(normalized: str) -> list[str]:
    """The name with a Russian given name's stem at its start written the Ukrainian way
    (:data:`_RUSSIAN_STEMS`), when it ends the Ukrainian way ("-ivka", "-ivske", "-pil");
    a compass adjective's Russian name as its Ukrainian one
    (:func:`~geo.text.compass_calques.compass_calques`: "Severnoye": Pivnichne); none
    otherwise, or for a short, long or non-Latin name.

    Examples
    --------
    >>> ukrainian_stem_variants("konstantynivka")
    ['kostiantynivka', 'kostyantynivka']
    >>> ukrainian_stem_variants("nikolaivka"), ukrainian_stem_variants("konstantinovka")
    (['mykolaivka'], [])
    """
    calques = compass_calques(normalized)  # "Severnoye": Pivnichne
    if calques:
        return calques
    if (
        not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not normalized.isascii()
        or not normalized.endswith(_UKRAINIAN_ENDINGS)
    ):
        return []
    for stem, forms in _RUSSIAN_STEMS:
        if normalized.startswith(stem):
            rest = normalized[len(stem) :]
            return [form + rest for form in forms]
    return []


#: Ukrainian endings of names after a person ("Kostiantynivka", "Kostiantynopil").
_UKRAINIAN_ENDINGS = ("ivka", "ivske", "ivskyi", "pil", "ivtsi", "ivka-persha")
