"""Ukrainian and Russian names as Polish romanises them, made English.

Polish outlets writing in English (and translated Polish copy) keep the Polish forms:
"Hulajpole", "Czasiw Jar", "Łysyczańsk", "Wełyka Nowosiłka", "Awdijiwka", "Torećk".
GeoNames has the Polish exonyms of the large cities ("Charków", "Zaporoże", "Kijów") but
not of the towns and villages.  :func:`polish_variants` maps a Polish form's letters
to the English ones ("cz" "ch", "sz" "sh", "rz" "zh", "ch" "kh", "w" "v", "c" "ts", "j"
"y" or "i", a consonant's "ie" "e"), and Polish's soft "l" before a back vowel
("Hulajpole": Гуляйполе) to English "li" ("Huliaipole"); a writer who drops the "ł" of
a hard "l" ("Slowiansk") is read too, by a second form with every "l" hard.  Polish
writes a Russian "е" after a consonant "ie" ("Dniepropetrowsk", "Siewierodonieck",
"Bierdiańsk"): English "e".  Accents are gone by then (the gazetteer's
:func:`~geo.gazetteer.normalize.normalize` strips them; it keeps "ł", a letter of its own).
"""

from __future__ import annotations

import re

__all__ = ["polish_variants"]

_MIN_LETTERS = 6
_MAX_LETTERS = 40
_VOWELS = frozenset("aeiouy")
#: Marks of a Polish form: "ł", the digraphs, a "j" between a vowel and a consonant
#: ("Hulajpole", "Zmijiw"), which English copy never writes for "й", or a consonant's
#: "ie" (:data:`_SOFT_E`) with a "w" or a town's "-sk"/"-ck" ("Dniepropetrowsk",
#: "Siewierodonieck", "Bierdiansk").
_MARK = re.compile(r"ł|cz|sz|rz|[aeiouy]j(?:[^aeiouy\W]|$)|(?=.*[^aeiouy\W]ie)(?=.*(?:w|[sc]k$))")
#: Polish "ie" after a consonant: a Russian "е" there (Днепропетровск: Dniepropetrowsk).
_SOFT_E = re.compile(r"(?<=[^aeiouy\W\d_])ie")
#: Digraphs first, longest first, to placeholders that no name holds.
_DIGRAPHS = (("szcz", "\0"), ("cz", "\1"), ("sz", "\2"), ("rz", "\3"), ("ch", "\4"))
_PLACEHOLDERS = {"\0": "shch", "\1": "ch", "\2": "sh", "\3": "zh", "\4": "kh"}


def polish_variants(normalized: str) -> list[str]:
    """The name (normalised) as English-language copy writes it, when it is written the
    Polish way, and that form's y/i variants; none for a name with no Polish mark, a short,
    long or non-Latin one.

    Examples
    --------
    >>> polish_variants("hulajpole")[0], polish_variants("czasiw jar")[0]
    ('huliaipole', 'chasiv yar')
    >>> polish_variants("łysyczansk")[0], polish_variants("wełyka nowosiłka")[0]
    ('lysychansk', 'velyka novosilka')
    >>> polish_variants("dniepropetrowsk")[0], polish_variants("siewierodonieck")[0]
    ('dnepropetrovsk', 'severodonetsk')
    >>> polish_variants("bierdiansk")[0], polish_variants("pierre")
    ('berdiansk', [])
    >>> polish_variants("pokrovsk"), polish_variants("yaroun"), polish_variants("kyiv")
    ([], [], [])
    """
    if (
        not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not _MARK.search(normalized)
        or not normalized.replace("ł", "l").isascii()
    ):
        return []
    from .variants import yi_variants  # variants imports this module (after the gate)

    s = _SOFT_E.sub("e", normalized)
    for digraph, mark in _DIGRAPHS:
        s = s.replace(digraph, mark)
    out: dict[str, None] = {}
    for soft in (True, False):
        english = _letters(s, soft=soft)
        if english != normalized:
            out[english] = None
            out.update(dict.fromkeys(yi_variants(english)))
    return list(out)


def _letters(s: str, *, soft: bool) -> str:
    """The English letters of a Polish form whose digraphs are placeholders: with
    ``soft``, a plain "l" before "a", "o" or "u" is "li"."""
    out = []
    for k, ch in enumerate(s):
        before = s[k - 1] if k else " "
        after = s[k + 1] if k + 1 < len(s) else " "
        if ch == "ł":
            out.append("l")
        elif ch == "l" and soft and after in "aou":
            out.append("li")
        elif ch == "w":
            out.append("v")
        elif ch == "c":
            out.append("ts")
        elif ch == "j":
            # "Jar", "Awdijiwka": "y" before a vowel at a word's start or after a vowel;
            # "i" after a consonant ("Kostjantyniwka") or before one ("Hulajpole").
            starts = not before.isalpha() or before in _VOWELS
            out.append("y" if after in _VOWELS and starts else "i")
        else:
            out.append(_PLACEHOLDERS.get(ch, ch))
    return "".join(out)
