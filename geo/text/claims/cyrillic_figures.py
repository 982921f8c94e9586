"""Claims stage 2 (sides), a public figure's surname written in Cyrillic.

Copy quoting Ukrainian or Russian sources may leave a name in its own script:
"Зеленський said Харків was hit", "Песков said". :func:`latin_surnames` gives the
Latin spellings a surname of :data:`~geo.text.claims.parties.FIGURES` may have: the
Ukrainian romanisation ("Зеленський" → "zelenskyi") and the Russian one ("Песков" →
"peskov", "Зеленский" → "zelenskiy"), lower case. One word at a time.
"""

from __future__ import annotations

from ...gazetteer.region_adjectives import ukrainian_romanization
from ...gazetteer.transliterate import _romanize

__all__ = ["latin_surnames"]


def latin_surnames(word: str) -> list[str]:
    """The Latin spellings, lower case, of a surname written in Cyrillic (empty for a word
    with no Cyrillic letter): Ukrainian first, then Russian."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return []
    out = []
    ukrainian = ukrainian_romanization(word)
    if ukrainian is not None:
        out.append(ukrainian.lower())
    russian = _romanize(word, ye=True).lower()
    if russian.isascii() and russian not in out:
        out.append(russian)
    return out
