"""A lone misspelling of a well-known city: "in Kiyv", "to Karkhiv", "from Mariupl".

Part of recognition (:func:`geo.text.spellings.unknown_name` asks it for a capitalised
word the gazetteer lacks, right after a place preposition).  A fuzzy candidate
(:meth:`~geo.gazetteer.index.Gazetteer.lookup_fuzzy`) is taken only where the text's
other places support it; a typo of a city every reader knows needs no support:
"Explosions were heard in Kiyv overnight" is Kyiv, though the text names nothing else.

Well-known: a city of :data:`BIG_CITY` people or more, or of :data:`FRONT_CITY` in a
front-line region (:data:`geo.text.front.FRONT_REGIONS`), or a front-line region itself
("Zaporizhia").  The misspelling must keep the name's first letter and be one edit
from one of the city's names (a letter left out, added, changed, or two neighbours
swapped) or two from it for a word of 7 letters or more (one letter left out on each
side: "Karkhiv" for Kharkiv), an own name or alias, not a foreign one.  Words of 4-5
letters only swap, double or drop a letter ("Kiyv"): a changed letter in a short word
makes everyday surnames of cities.  The names read before it must each have a reading in
the city's country (:func:`agrees`): a story about Haiti names Haiti's places ("Boucan").
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.lookups import Candidate
from .front import FRONT_REGIONS

__all__ = ["BIG_CITY", "FRONT_CITY", "TYPO_CUES", "agrees", "city_typo"]

#: People in a city every reader knows, anywhere.
BIG_CITY = 500_000
#: People in a city of a front-line region that news names daily.
FRONT_CITY = 100_000
#: The words right before a name that make it a place ("in Kiyv", "to Karkhiv").
TYPO_CUES = frozenset("in into to from near outside towards toward around".split())
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SHORTEST = 4  # letters of a misspelt name
_LONG = 6  # letters from which any one-letter edit is read
_TWO_EDITS = 7  # letters from which two edits are read
_AGREE_NAMES = 8  # names read before a typo that must agree with its country


def _edits(word: str) -> set[str]:
    """The spellings one edit from ``word``, its first letter kept (4-5 letters: swaps,
    dropped and doubled letters only)."""
    n = len(word)
    out = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, n - 1)}
    out |= {word[:k] + word[k + 1 :] for k in range(1, n)}
    out |= {word[:k] + word[k - 1] + word[k:] for k in range(1, n + 1)}
    if n >= _LONG:
        out |= {word[:k] + c + word[k + 1 :] for k in range(1, n) for c in _LETTERS}
        out |= {word[:k] + c + word[k:] for k in range(1, n + 1) for c in _LETTERS}
    out.discard(word)
    return out


def _osa(a: str, b: str) -> int:
    """Edit distance with swaps of neighbours (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _well_known(gaz: Gazetteer, record: int) -> int:
    """The people of a well-known city (a front-line region counts as 1), else 0."""
    kind = gaz.kind(record)
    front = (gaz.country_code(record), gaz.admin1(record)[0]) in FRONT_REGIONS
    if kind == "admin1":
        return 1 if front else 0
    if kind != "place":
        return 0
    people = gaz.population(record)
    return people if people >= BIG_CITY or (front and people >= FRONT_CITY) else 0


def agrees(gaz: Gazetteer, typo: list[Candidate], before: list[list[Candidate]]) -> bool:
    """Do the names read before the typo (their candidate lists, the last
    :data:`_AGREE_NAMES`) each have a candidate in the typo city's country?  A story
    about another country names its own places ("Karkur", Israel: not Kirkuk); a lone
    typo, or one among the city's neighbours, is the city."""
    countries = {gaz.country_code(c.record) for c in typo}
    return all(
        any(gaz.country_code(c.record) in countries for c in cands)
        for cands in before[-_AGREE_NAMES:]
    )


def city_typo(gaz: Gazetteer, key: str) -> list[Candidate]:
    """The candidates of the well-known city's name that ``key`` (a normalised single
    word the gazetteer lacks) misspells, best first; [] when it misspells none, or none
    clearly (two cities as near).  Cost: a few hundred hashed probes for one word."""
    if len(key) < _SHORTEST or not key.isascii() or not key.isalpha():
        return []
    spellings = sorted(_edits(key))
    gaz.probe_many(spellings)
    found = [s for s in spellings if len(s) >= _SHORTEST and gaz.probe_normalized(s)[0]]
    if len(key) >= _TWO_EDITS:
        found += [
            name
            for c in gaz.lookup_fuzzy(key)
            if (name := gaz.name_key(c.record))[:1] == key[:1] and _osa(name, key) <= 2
        ]
    # A city's own name or alias ("Kiyv": Kyiv), not a foreign or historical one: a
    # local name is often one edit from some city's foreign name ("Boucan", Haiti: not
    # "Bucan" for Busan).
    worst = QUALITY_ALIAS
    best: dict[str, tuple[int, int]] = {}  # spelling: (people, the city's record)
    for spelling in found:
        records = [c.record for c in gaz.lookup_normalized(spelling) if c.quality <= worst]
        people, record = max(((_well_known(gaz, r), -r) for r in records), default=(0, 0))
        if people:
            best[spelling] = (people, -record)
    if not best:
        return []
    ranked = sorted(best, key=lambda s: (-best[s][0], s))
    top, record = best[ranked[0]]
    if any(best[s][1] != record and best[s][0] * 2 > top for s in ranked[1:]):
        return []  # two well-known cities as near: no reading is clear
    return gaz.lookup_normalized(ranked[0])
