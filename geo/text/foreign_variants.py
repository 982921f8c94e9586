"""Romanisation variants of a name: y/i swaps and French, German and heard forms.

Split from :mod:`geo.text.variants` (which re-exports these names): the y/i variants
of a name (:func:`yi_variants`: "Hulyaipole", "Huliaipole") and a name written the
French, German or Polish way, or with a Russian "сч" as heard, in English letters
(:func:`foreign_english_forms`).
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from .polish_variants import polish_variants

__all__ = [
    "FOREIGN_CITY",
    "MIN_LETTERS",
    "foreign_city",
    "foreign_english_forms",
    "french_variants",
    "german_variants",
    "heard_sch_variants",
    "yi_variants",
]

#: Shorter names are not varied: a swapped letter of a short name names another place.
MIN_LETTERS = 6

#: Names longer than this are not varied (bounded work: one look-up per "y" or "i").
_MAX_LETTERS = 40


def yi_variants(normalized: str) -> list[str]:
    """The name with one "y" written "i" or one "i" written "y", and with every "y"
    written "i", inside its words (a word's first letter is kept: the national systems
    write a Ukrainian word's first "я" "Ya", only the others "ia"), in a stable order;
    none for a short, long or non-Latin name.

    Examples
    --------
    >>> yi_variants("hulyaipole")
    ['huliaipole', 'hulyaypole']
    >>> yi_variants("yaroun")
    []
    >>> yi_variants("kyiv")
    []
    """
    if not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return []
    out: dict[str, None] = {}
    inner = [
        k for k, ch in enumerate(normalized) if ch in "yi" and k and normalized[k - 1].isalpha()
    ]
    for k in inner:
        ch = normalized[k]
        out[normalized[:k] + ("i" if ch == "y" else "y") + normalized[k + 1 :]] = None
    if inner:
        every = list(normalized)
        for k in inner:
            every[k] = "i"
        out["".join(every)] = None
    out.pop(normalized, None)
    return list(out)


#: French romanisation's marks of a Ukrainian or Russian name ("Droujkivka", "Tchassiv
#: Iar", "Lyssytchansk"): "ou" for "u", "tch" for "ch", "ch" for "sh", "j" for "zh", "ss"
#: for "s" between vowels, "i" for "y" before a vowel at a word's start.
_FRENCH_MARKS = ("tch", "ss")
#: "ou" and "j" mark a French form only in a name with a Slavic ending ("Droujkivka",
#: "Zaporijjia"): Arabic names are written with them too ("Yaroun", "Marjayoun").
_WEAK_MARKS = ("ou", "j")
_SLAVIC_ENDINGS = ("ka", "sk", "ske", "iv", "ia", "ne", "pol", "grad", "hrad")
_VOWELS = "aeiouy"  # of French and German romanisations


def french_variants(normalized: str) -> list[str]:
    """The name as English-language copy romanises it, when it is written the French way
    (AFP's French service, France 24: "Droujkivka", "Tchassiv Iar", "Kozatcha Lopan"), and
    that form's y/i variants (:func:`yi_variants`); none for a name with no French mark, a
    short, long or non-Latin one.

    Examples
    --------
    >>> french_variants("droujkivka")[0], french_variants("tchassiv iar")[0]
    ('druzhkivka', 'chasiv yar')
    >>> french_variants("lyssytchansk")[0], french_variants("kozatcha lopan")[0]
    ('lysychansk', 'kozacha lopan')
    >>> french_variants("pokrovsk"), french_variants("yaroun")
    ([], [])
    """
    if (
        not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not normalized.isascii()
        or not (
            any(mark in normalized for mark in _FRENCH_MARKS)
            or (
                any(mark in normalized for mark in _WEAK_MARKS)
                and normalized.endswith(_SLAVIC_ENDINGS)
            )
        )
    ):
        return []
    s = normalized.replace("tch", "\0").replace("ch", "sh").replace("\0", "ch")
    s = s.replace("ou", "u").replace("j", "zh")
    return _english_forms(s, normalized, initial_i=True)


#: German romanisation's marks: "Tschassiw Jar", "Swjatohirsk", "Kostjantyniwka".
_GERMAN_MARKS = ("tsch", "sch", "w")


def german_variants(normalized: str) -> list[str]:
    """The name as English-language copy romanises it, when it is written the German way
    (translated copy, Der Spiegel, dpa: "Tschassiw Jar", "Kostjantyniwka", "Swjatohirsk"),
    and that form's y/i variants (:func:`yi_variants`); none for a name with no German
    mark, a short, long or non-Latin one.

    Examples
    --------
    >>> german_variants("tschassiw jar")[0], german_variants("kostjantyniwka")[0]
    ('chasiv yar', 'kostyantynivka')
    >>> german_variants("pokrovsk"), german_variants("yaroun")
    ([], [])
    """
    if (
        not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not normalized.isascii()
        or not any(mark in normalized for mark in _GERMAN_MARKS)
    ):
        return []
    s = normalized.replace("schtsch", "\1").replace("tsch", "\0").replace("sch", "\2")
    s = s.replace("ch", "kh").replace("\0", "ch").replace("\1", "shch").replace("\2", "sh")
    s = s.replace("w", "v").replace("j", "y").replace("z", "ts")
    return _english_forms(s, normalized, initial_i=False)


def heard_sch_variants(normalized: str) -> list[str]:
    """The name with "shch" written "sch", as one list of one spelling (``[]`` when it has
    no "shch", or is short, long or non-Latin).

    Russian "сч" is said as "щ" and reporting writes what it hears ("Shchastye",
    "Shchastlivtsevo"), while the romanisations of the Cyrillic names spell the letters
    ("Счастье": "Schastye", "Счастливцево": "Schastlivtsevo").

    Examples
    --------
    >>> heard_sch_variants("shchastye"), heard_sch_variants("shchastlivtsevo")
    (['schastye'], ['schastlivtsevo'])
    >>> heard_sch_variants("pokrovsk"), heard_sch_variants("kyiv")
    ([], [])
    """
    if (
        "shch" not in normalized
        or not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
        or not normalized.isascii()
    ):
        return []
    return [normalized.replace("shch", "sch")]


def _english_forms(s: str, normalized: str, *, initial_i: bool) -> list[str]:
    """A French or German form's letters mapped (``s``) made English: one "s" between
    vowels ("Lyssytchansk", "Tschassiw"), and with ``initial_i`` a word's "i" before a
    vowel a "y" ("Iar", "Iampil": "Yar", "Yampil"); that form and its y/i variants, or
    none when it is the name as written."""
    out = []
    for k, ch in enumerate(s):
        before = s[k - 1] if k else " "
        after = s[k + 1] if k + 1 < len(s) else " "
        if ch == "s" and after == "s" and before in _VOWELS:
            continue
        if initial_i and ch == "i" and before == " " and after in _VOWELS:
            ch = "y"
        out.append(ch)
    english = "".join(out)
    if english == normalized:
        return []
    return [english, *yi_variants(english)]


#: A name written another language's way is a place with no cue before it when its
#: English form names a city this large ("struck Kharkiw", "Charkiw's mayor").
FOREIGN_CITY = 100_000


def foreign_city(gaz: Gazetteer, normalized: str) -> bool:
    """Is ``normalized`` a one-word name written the German, French or Polish way
    (:func:`german_variants`, :func:`french_variants`, :func:`polish_variants`) whose
    English form is the own or alternate name of a city of :data:`FOREIGN_CITY` people
    in the former Soviet Union?  Cost: a look-up per variant, none for a name with no
    foreign mark."""
    if " " in normalized:
        return False
    foreign = foreign_english_forms(normalized, heard=False)
    return any(
        c.quality <= QUALITY_ALTERNATE
        and gaz.is_place(c.record)
        and gaz.population(c.record) >= FOREIGN_CITY
        and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
        for variant in foreign
        for c in gaz.lookup_normalized(variant)
    )


def foreign_english_forms(normalized: str, *, heard: bool = True) -> tuple[str, ...]:
    """A name (normalised) written the French, German or Polish way, or (with ``heard``)
    with a Russian "сч" written as heard, in English letters (:func:`french_variants`,
    :func:`german_variants`, :func:`polish_variants`, :func:`heard_sch_variants`); none
    for a name with none of their marks.

    >>> foreign_english_forms("mykolajiw")[0], foreign_english_forms("shchastye")
    ('mykolayiv', ('schastye',))
    """
    return (
        *french_variants(normalized),
        *german_variants(normalized),
        *polish_variants(normalized),  # "Hulajpole": Huliaipole
        *(heard_sch_variants(normalized) if heard else ()),  # "Shchastye": "Schastye"
    )
