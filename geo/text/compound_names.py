"""Compound names joined by particles, and the region a compound's tail names.

"Tal al-Sultan", "Nioro du Sahel", "Sainte-Anne-des-Monts", "Petite-Riviere de
l'Artibonite": capitalised words a particle joins are one name (:func:`joined_particles`
finds the particles of a text once, :func:`compound_end` the last word of a compound),
read by :func:`geo.text.recognition.find_mentions` before any shorter gazetteer name in
it ("Petite Riviere", Mauritius).  A compound the gazetteer lacks whose last word names
a first-level region ("... de l'Artibonite", Haiti's Artibonite department) is stated
in that region (:func:`tail_regions`), as "X in Artibonite" would be: the geoparser
estimates it there (:func:`geo.text.spellings.unknown_name`).

Cost: per capitalised word, a look at the word before it; per compound, its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .region_abbreviations import region_record
from .region_names import region_readings
from .tokens import Mention, _Tokens

__all__ = ["compound_end", "joined_particles", "named_region", "short_forms", "tail_regions"]

#: Most words of a compound name read.
_MAX_WORDS = 7

# Particles that join a compound name across a plain space: "Nioro du Sahel", "Tal al Sultan".
_SPACED = frozenset("du des el al ibn bin abu umm ash".split())
# ... and "de" before an elided article: "Petite-Riviere de l'Artibonite" (not "Alex de Waal").
_ELIDED = ("l'", "l’", "d'", "d’")


def _capital(word: str) -> bool:
    """Is ``word`` capitalised, after an elided article ("l'Artibonite") too?"""
    return word[0].isupper() or (word[:2].lower() in _ELIDED and word[2:3].isupper())


def _joins(particle: str, gap: str, word: str) -> bool:
    """Does ``particle`` join the capitalised ``word`` after it across ``gap``?"""
    if gap in ("-", "'", "’"):
        return True
    return gap == " " and (
        particle in _SPACED or (particle == "de" and word[:2].lower() in _ELIDED)
    )


def joined_particles(text: str, tokens: _Tokens) -> set[int]:
    """Indexes of the particles that join the capitalised word after them ("al" of "Tal
    al-Sultan", "du" of "Nioro du Sahel"): the only words a compound name continues
    across (:func:`compound_end`).  Read before the capitalised words only."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    particles = lx.NAME_PARTICLES
    out: set[int] = set()
    # The word after a particle starts with a capital: one of the capitalised words.
    for c in tokens.capitalized:
        k = c - 1
        if (
            k >= 0
            and words[k] in particles
            and _capital(words[c])
            and _joins(words[k], text[ends[k] : starts[c]], words[c])
        ):
            out.add(k)
    return out


def compound_end(text: str, tokens: _Tokens, i: int) -> int:
    """Last token of a compound name joined by particles ("Tal al-Sultan", "Nioro du
    Sahel", "Sainte-Anne-des-Monts"), or -1 when the words from ``i`` on are not one."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    # A compound has a particle among its next few words: most names have none.
    if not any(w in lx.NAME_PARTICLES for w in words[i + 1 : i + 5]):
        return -1
    j, last, particle = i, -1, False
    while j + 2 < n and j - i < _MAX_WORDS:
        nxt = words[j + 1]
        if text[ends[j] : starts[j + 1]] not in (" ", "-"):
            break
        if nxt[0].isupper():
            j += 1
        elif nxt in lx.NAME_PARTICLES and _capital(words[j + 2]):
            # Particles that are also English words ("as", "at", "de") join by a hyphen
            # or an apostrophe only: "an-Numan", not "Syria as Turkish forces".
            if not _joins(nxt, text[ends[j + 1] : starts[j + 2]], words[j + 2]):
                break
            j += 2
            particle = True
        else:
            break
        if particle:
            last = j
    return last


def tail_regions(gaz: Gazetteer, tokens: _Tokens, i: int, last: int) -> tuple[tuple[str, str], ...]:
    """(country code, admin-1 code) of the first-level regions the last word of the
    compound ``i``..``last`` names after its particle ("Petite-Riviere de l'Artibonite":
    Haiti's Artibonite; "Saint-Louis du Nord": every Nord), or () when that word names
    none or no particle comes before it (its elided article, "l'", is no part of the
    region's name)."""
    words = tokens.words
    if last - i < 2 or words[last - 1] not in lx.NAME_PARTICLES:
        return ()
    tail = words[last]
    if tail[:2].lower() in _ELIDED:
        tail = tail[2:]
    readings = region_readings(gaz, normalize(tail))
    return tuple(sorted({(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}))


def named_region(gaz: Gazetteer, key: str, regions: set[tuple[str, str]]) -> int | None:
    """The record of the one region in ``regions`` whose name ends the normalised name
    ``key`` ("petite riviere de lartibonite": Artibonite), or None (none, or several:
    "Saint-Louis du Nord" names a Nord of many countries)."""
    if len(regions) != 1:
        return None
    rec = region_record(gaz, next(iter(regions)))
    return rec if rec is not None and key.endswith(gaz.name_key(rec)) else None


#: A compound's head shorter than this (letters and spaces) is a generic word ("Tal",
#: "Ras", "Deir"), no short form of it.
_SHORTEST_HEAD = 5


def short_forms(mentions: Sequence[Mention]) -> None:
    """Make each later mention of the head of a compound the gazetteer lacks and the
    text locates (its containers: "Petite-Riviere de l'Artibonite", stated in the
    Artibonite by its last word) a mention of that compound: "... 2,000 displaced people
    from Petite-Riviere" is the same town, not Mauritius' Petite Riviere.  The mention
    takes the compound's key and containers and drops its own candidates (``mentions``
    are changed in place).  A mention with containers of its own keeps its reading.
    Cost: one pass over the mentions."""
    heads: dict[str, Mention] = {}
    for m in mentions:
        compound = heads.get(m.key)
        if compound is not None and not m.containers and not m.demonym_country:
            m.key, m.candidates, m.containers = compound.key, [], compound.containers
            m.unknown, m.fuzzy = True, False
            continue
        if m.unknown and m.containers and not m.candidates:
            words = m.key.split()
            at = next((k for k in range(1, len(words)) if words[k] in lx.NAME_PARTICLES), 0)
            head = " ".join(words[:at])
            if len(head) >= _SHORTEST_HEAD:
                heads.setdefault(head, m)
