"""Somali place names as English copy writes them, found under GeoNames' Somali spelling.

GeoNames names most places of Somalia in the official Somali orthography, which English
reporting does not follow: its "x" (a pharyngeal h) is written "h" ("Xarardheere":
Harardhere), its "c" (an ʿayn) is dropped ("Ceelbuur": El Bur, "Gaalkacyo": Galkayo),
and its long vowels and doubled consonants are written once ("Dhuusamarreeb",
"Kismaayo": Kismayo).  :func:`somali_places` looks a name the gazetteer lacks up under
those letters and keeps the places of Somalia whose Somali name, written the English
way (:func:`english_key`), is the name.

Cost: for a name with an "h" or an opening vowel, at most four fuzzy look-ups (the
gazetteer's consonant skeletons: long vowels and doubled letters are one there; the
name's own is the one recognition makes anyway), memoised by the gazetteer; none for
other names.
"""

from __future__ import annotations

import re
from itertools import product

from ..gazetteer.index import Gazetteer

__all__ = ["SOMALI_COUNTRY", "english_key", "somali_places"]

#: The country whose places are read so.
SOMALI_COUNTRY = "SO"
_MIN_LETTERS = 5
_MAX_LETTERS = 30
_MAX_FORMS = 4
#: An "h" that may be Somali "x": not the second letter of "dh", "sh", "kh", "gh", "ch".
_H = re.compile(r"(?<![dskgct])h")
#: Marks of the Somali orthography in a gazetteer name: "x", a "c" that is no "ch", a
#: long vowel.
_SOMALI_MARK = re.compile(r"x|c(?!h)|aa|ee|ii|oo|uu")
_DOUBLES = re.compile(r"(.)\1+")


def english_key(name: str) -> str:
    """A normalised name as English copy writes Somali: "x" as "h", no "c" but in
    "ch", letters written once, no spaces or hyphens.

    Examples
    --------
    >>> english_key("xarardheere"), english_key("ceelbuur"), english_key("gaalkacyo")
    ('harardhere', 'elbur', 'galkayo')
    >>> english_key("el bur"), english_key("kismayo")
    ('elbur', 'kismayo')
    """
    s = re.sub(r"[\s\-'’]", "", name).replace("x", "h")
    s = re.sub(r"c(?!h)", "", s)
    return _DOUBLES.sub(r"\1", s)


def _somali_forms(normalized: str) -> list[str]:
    """The name with its first "h" that may be one written "x" (Somali's "x" opens most
    names that have one: Xuddur, Xarardheere), and an opening vowel after a "c" (at most
    :data:`_MAX_FORMS` forms, the name itself first)."""
    spots = [m.start() for m in _H.finditer(normalized)][:1]
    opening = ("", "c") if normalized[:1] in "aeiou" else ("",)
    out: dict[str, None] = {}
    for first in opening:
        for letters in product("hx", repeat=len(spots)):
            s = list(normalized)
            for k, letter in zip(spots, letters, strict=True):
                s[k] = letter
            out.setdefault(first + "".join(s), None)
    return list(out)[:_MAX_FORMS]


def somali_places(gaz: Gazetteer, normalized: str) -> list[int]:
    """The places of Somalia whose GeoNames name is ``normalized`` written in the Somali
    orthography ("harardhere": Xarardheere; "elbur": Ceelbuur), best known first; none
    for a short, long or non-Latin name, or where no such place's name has a Somali
    mark (:data:`_SOMALI_MARK`).

    Parameters
    ----------
    gaz : Gazetteer
    normalized : str
        A normalised name the gazetteer does not hold as written.

    Returns
    -------
    list of int
        Gazetteer records of populated places in Somalia.
    """
    if not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return []
    if "h" not in normalized and normalized[:1] not in "aeiou":
        return []
    want = english_key(normalized)
    found: dict[int, None] = {}
    for form in _somali_forms(normalized):
        for c in (*gaz.lookup_normalized(form), *gaz.lookup_fuzzy(form)):
            rec = c.record
            if rec in found or not gaz.is_place(rec) or gaz.country_code(rec) != SOMALI_COUNTRY:
                continue
            name = gaz.name_key(rec)
            if _SOMALI_MARK.search(name) and english_key(name) == want:
                found[rec] = None
    return sorted(found, key=lambda r: (-gaz.importance(r), r))
