"""Name normalisation and the stable key hash shared by the index builder and lookups.

Both sides of a lookup go through :func:`normalize`, so "Kurskaya oblast'",
"KURSKAYA OBLAST" and "Kurskaya Oblast’" meet on the same key. Accents are
folded ("Zaporizhzhia" and "Zaporižžja" still differ, as they should), Cyrillic
stays Cyrillic (``й`` folds to ``и``, ``ё`` to ``е`` on both sides).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .codes import note_import

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["key_hash", "normalize"]

# Apostrophes and transliteration primes vanish; dashes, dots used as separators
# and other punctuation become spaces.
_ASCII_TABLE = str.maketrans(
    {"'": "", "`": "", "-": " ", ".": " ", ",": " ", "(": " ", ")": " ", "/": " ", "_": " "}
)
_ASCII_PUNCT = re.compile(r"['`\-.,()/_]")
_UNICODE_TABLE = str.maketrans(
    {
        "\u2019": "",  # right single quotation mark
        "\u2018": "",
        "\u02bc": "",  # modifier letter apostrophe
        "\u02b9": "",  # modifier letter prime (soft sign transliteration)
        "\u02ba": "",
        "\u00b4": "",
        "\u2032": "",
        "\u2010": " ",
        "\u2011": " ",
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u00a0": " ",
        # Invisible characters a copied name may carry: zero-width space, joiners,
        # word joiner, byte-order mark, soft hyphen.
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
_SURROGATE = re.compile("[\ud800-\udfff]")  # unpaired: not text, cannot be encoded


def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and separators so spellings of one name meet.

    Examples
    --------
    >>> normalize("Kurskaya oblast'")
    'kurskaya oblast'
    >>> normalize("Zaporizhzhia–Oblast")
    'zaporizhzhia oblast'
    >>> normalize("Bélgorod")
    'belgorod'
    >>> normalize("St. Petersburg") == normalize("St Petersburg")
    True
    >>> normalize("Сумы")
    'сумы'
    >>> normalize("Ky\u200biv") == normalize("Ky\u00adiv") == "kyiv"
    True
    """
    if name.isascii():
        low = name.lower()
        if _ASCII_PUNCT.search(low):  # most names have none: skip the slow translate
            low = low.translate(_ASCII_TABLE)
        return " ".join(low.split())
    if _SURROGATE.search(name):
        name = _SURROGATE.sub("", name)
    text = unicodedata.normalize("NFKD", name.casefold().translate(_UNICODE_TABLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.translate(_ASCII_TABLE).split())


def key_hash(normalized: str) -> int:
    """A stable 64-bit hash of a normalised name (the same in every process).

    Examples
    --------
    >>> key_hash("sumy") == key_hash(normalize("SUMY"))
    True
    """
    digest = hashlib.blake2b(normalized.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")
