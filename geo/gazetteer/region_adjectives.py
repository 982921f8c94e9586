"""The adjectival names of former-Soviet regions, as reporting writes them.

Russian and Ukrainian name an oblast by an adjective ("Харьковская область",
"Харківська область"), and the press romanises it: TASS writes "the Kharkovskaya
oblast", Ukrainian outlets "Kharkivska oblast" and, for the region as people call it,
"Kharkivshchyna" ("Харківщина", the adjective's stem and "-щина"; "Донецька" gives
"Донеччина"). Natural Earth lists each region's Russian and Ukrainian names
(``names.ru``, ``names.uk`` of ``geo/data/admin1.geojson``); at index build time
:func:`adjectival_names` derives these spellings from them, so the offline gazetteer
finds the region under each. Names other than an adjective before "область"/"край"
give none.

Romanisation: Russian through :func:`~geo.gazetteer.transliterate.russian_romanizations`;
Ukrainian through the national system of 2010 (KMU, the one Ukrainian outlets use),
without apostrophes or soft signs.
"""

from __future__ import annotations

from collections.abc import Mapping

from .codes import note_import
from .transliterate import russian_romanizations

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["adjectival_names", "ukrainian_romanization"]

#: The generic word after a region's adjective.
_GENERIC = ("область", "край")

# Ukrainian letters -> Latin, KMU 2010; a pair is (word-initial, elsewhere).
_UK: dict[str, str | tuple[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": ("ye", "ie"), "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"),
    "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "",
    "’": "", "-": "-",
}  # fmt: skip


def ukrainian_romanization(word: str) -> str | None:
    """A Ukrainian Cyrillic word in Latin letters (KMU 2010), capitalised as given; None
    for a word with a letter outside the Ukrainian alphabet.

    >>> ukrainian_romanization("Харківщина"), ukrainian_romanization("Миколаївська")
    ('Kharkivshchyna', 'Mykolaivska')
    >>> ukrainian_romanization("Тыва") is None  # "ы" is no Ukrainian letter
    True
    """
    out: list[str] = []
    for i, ch in enumerate(word):
        low = ch.lower()
        latin = _UK.get(low)
        if latin is None:
            return None
        if isinstance(latin, tuple):
            latin = latin[0] if i == 0 or word[i - 1] in "-'’ " else latin[1]
        out.append(latin.capitalize() if ch != low else latin)
    return "".join(out)


def _region_adjective(name: str) -> str | None:
    """The adjective of "Харківська область" ("Харківська"), or None."""
    words = name.split()
    if len(words) != 2 or words[1].lower() not in _GENERIC:
        return None
    return words[0]


def _shchyna(adjective: str) -> str | None:
    """The region's everyday noun: "Харківська" -> "Харківщина", "Донецька" ->
    "Донеччина"; None for other endings ("Запорізька": people say "Запоріжжя")."""
    if adjective.endswith("цька"):
        return adjective[: -len("цька")] + "ччина"
    if adjective.endswith("ська"):
        return adjective[: -len("ська")] + "щина"
    return None


def adjectival_names(names: Mapping[str, str], *, ukrainian: bool = True) -> list[str]:
    """Latin spellings of a region's adjectival names, from its names by language code;
    with ``ukrainian`` (Ukraine's oblasts) the Ukrainian ones too.

    Examples
    --------
    >>> adjectival_names({"ru": "Харьковская область", "uk": "Харківська область"})
    ['Kharkovskaya', 'Kharkivska', 'Kharkivshchyna']
    >>> adjectival_names({"ru": "Донецкая область", "uk": "Донецька область"})
    ['Donetskaya', 'Donetska', 'Donechchyna']
    >>> adjectival_names({"ru": "Брянская область", "uk": "Брянська область"}, ukrainian=False)
    ['Bryanskaya']
    >>> adjectival_names({"ru": "Техас", "uk": "Техас"})
    []
    """
    out: list[str] = []
    ru = _region_adjective(names.get("ru") or "")
    if ru is not None:
        out.extend(russian_romanizations(ru))
    uk = _region_adjective(names.get("uk") or "") if ukrainian else None
    if uk is not None:
        for word in (uk, _shchyna(uk)):
            latin = ukrainian_romanization(word) if word else None
            if latin:
                out.append(latin)
    return list(dict.fromkeys(out))
