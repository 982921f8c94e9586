"""A town's name that is an adjective, its ending written as another romanisation does.

Ukrainian and Russian town names that are adjectives ("Кропивницький", "Хмельницький",
"Білгород-Дністровський", "Купʼянськ-Вузловий") end in "-ий"/"-ій"/"-ый", which each
system and outlet writes its own way: the national system "Kropyvnytskyi", BGN/PCGN
"Kropyvnyts'kyy", scholarly "Kropyvnyc'kyj", the Russian press "Kropivnitsky",
"Kropivnitskiy" or "Kropivnitskii".  GeoNames holds one or two of them.
:func:`ending_variants` gives the others of the name's last word, so that a name the
gazetteer lacks under the text's spelling is read as the place it names
(:func:`geo.text.variants.variant_candidates`).
"""

from __future__ import annotations

__all__ = ["ENDINGS", "ending_variants"]

#: The romanisations of an adjective's masculine ending "-ий"/"-ій"/"-ый", longest
#: first: "yi" (national 2010), "yy" (BGN/PCGN), "yj"/"ij" (scholarly, Polish and German
#: forms), "iy", "ii" (Russian BGN and passports), "y" (the press: "Kropivnitsky").
ENDINGS = ("yi", "yy", "yj", "iy", "ii", "ij", "y")
#: The stems such an adjective ends in: "-sk-" ("Kropyvnytsk-", "Dnistrovsk-", "Volynsk-")
#: and, in a name of several words, "-n-" and "-ov-"/"-ev-" ("Vuzlov-", "Krasn-"):
#: a lone word in "-ny" or "-ovy" is too often no adjective ("Lubny", "Terny").
_STEMS_ALONE = ("sk",)
_STEMS_IN_COMPOUND = ("sk", "n", "ov", "ev")
#: Shortest stem varied: "Sky" is no town's.
_MIN_STEM = 4
_MAX_LETTERS = 40


def ending_variants(normalized: str) -> list[str]:
    """The (normalised, Latin) name with its last word's adjective ending written the
    other ways of :data:`ENDINGS`, in a stable order; none for a name whose last word has
    no such ending after an adjective's stem, or for a short, long or non-Latin name.

    Examples
    --------
    >>> ending_variants("kropivnitsky")[:3]
    ['kropivnitskyi', 'kropivnitskyy', 'kropivnitskyj']
    >>> "bilhorod dnistrovskyi" in ending_variants("bilhorod dnistrovskyy")
    True
    >>> "kupiansk vuzlovyi" in ending_variants("kupiansk vuzlovyy")
    True
    >>> ending_variants("lubny"), ending_variants("kyiv"), ending_variants("sumy")
    ([], [], [])
    """
    if not normalized.isascii() or len(normalized) > _MAX_LETTERS:
        return []
    head, _, word = normalized.rpartition(" ")
    ending = next((e for e in ENDINGS if word.endswith(e)), None)
    if ending is None:
        return []
    stem = word[: -len(ending)]
    stems = _STEMS_IN_COMPOUND if head else _STEMS_ALONE
    if len(stem) < _MIN_STEM or not stem.endswith(stems):
        return []
    prefix = f"{head} " if head else ""
    return [prefix + stem + other for other in ENDINGS if other != ending]
