"""Spelling-tolerant name keys: the same key for spellings a reader takes for one name.

Two kinds of key, both computed from a :func:`~geo.gazetteer.normalize.normalize`-d
name and stored in the index next to the exact names:

- :func:`skeleton` — the consonant skeleton of a transliterated name: Arabic articles
  folded ("al-", "an-", "ash-" ...), vowels and semi-vowels dropped, doubled letters
  collapsed.  "Hodeidah" and "Al Hudaydah", "Maarat al-Numan" and "Ma'arrat an
  Nu'man", "Bani Suhaila" and "Bani Suhayla" meet.
- :func:`deletions` — the name with one letter left out (a symmetric-deletion index):
  a typo a reader forgives ("Karkhiv" for "Kharkiv", "Konstiantynopil" for
  "Kostiantynopil") meets its name when either side drops one letter.

Fuzzy matches are candidates only: the geoparser takes one only when the text's
other places support it.
"""

from __future__ import annotations

import re

from .codes import note_import

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["DELETION_PREFIX", "SKELETON_PREFIX", "deletions", "skeleton"]

SKELETON_PREFIX = "\x01s:"
DELETION_PREFIX = "\x01d:"
# Arabic articles as transliterated (sun letters assimilate: "an-Nu'man", "ash-Sham").
_ARTICLE = re.compile(r"\b(?:al|el|an|ar|as|ash|at|ad|az|ad|ed|en|er|es|ez|es)\s+(?=\w)")
_VOWELS = re.compile(r"[aeiouyw]+")
_DOUBLES = re.compile(r"(\w)\1+")
_MIN_SKELETON = 4  # letters: shorter skeletons collide across unrelated names
_MIN_DELETION = 6  # letters of a name before a typo is matched


def skeleton(normalized: str) -> str:
    """The consonant skeleton of a normalised Latin name, or "" when too short to tell.

    Examples
    --------
    >>> skeleton("hodeidah") == skeleton("al hudaydah")
    True
    >>> skeleton("maarat al numan") == skeleton("maarrat an numan")
    True
    >>> skeleton("kyiv")
    ''
    """
    if not normalized.isascii():
        return ""
    text = _ARTICLE.sub("", normalized)
    text = _VOWELS.sub("", _DOUBLES.sub(r"\1", text))
    text = " ".join(text.split())
    return text if len(text.replace(" ", "")) >= _MIN_SKELETON else ""


def deletions(normalized: str) -> list[str]:
    """The name with each one of its letters left out (none for short or non-Latin names).

    Examples
    --------
    >>> "karkiv" in deletions("kharkiv") and "karkiv" in deletions("karkhiv")
    True
    >>> deletions("sumy")
    []
    """
    if not normalized.isascii() or len(normalized) < _MIN_DELETION or " " in normalized:
        return []
    return sorted({normalized[:k] + normalized[k + 1 :] for k in range(len(normalized))})
