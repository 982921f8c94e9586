"""Resolution stage after the list stages, spelling support: a village a name is only
loosely spelt like needs the text's support.

A fuzzy match (:attr:`geo.model.Toponym.fuzzy`) of a short, common village name may be
another village's name with the same consonants ("Muravka" read as Maryivka, 47 km
off). :func:`settle_spellings` unreads such a reading unless a stated direction or a
neighbour named next to it supports it; :func:`spelling_similarity` scales a fuzzy
match's score. Cost: a bounded window of mentions around each fuzzy one, memoised
similarities.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from ..gazetteer.distance import nearest_km
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .hints import Hint, fits
from .tokens import Mention

__all__ = [
    "CLOSE_SPELLING",
    "LOOSE_SPELLING_POPULATION",
    "NEIGHBOUR_KM",
    "loosely_spelt",
    "settle_spellings",
    "spelling_similarity",
]

#: A record is spelt closely like a name when one of its names is at least this like it
#: (difflib's ratio): "Karkhiv" for Kharkiv (0.86), "Hodeidah" for Hodeida (0.93).
CLOSE_SPELLING = 0.8
#: A place this large may be spelt loosely (its vowels otherwise) and still be meant.
LOOSE_SPELLING_POPULATION = 100_000
# Arabic articles, left out when names are compared ("Hudaydah" for "Al Hudaydah").
_ARTICLES = re.compile(r"\b(?:al|el|an|ar|as|ash|at|ad|az|ed|en|er|es|ez)\s+(?=\w)")


def spelling_similarity(gaz: Gazetteer, key: str, record: int) -> float:
    """How alike a (normalised) name and the closest of a record's names are, in [0, 1].

    difflib's ratio of the two names, Arabic articles left out: 1.0 for a name the
    record carries, about 0.86 for a typo ("Karkhiv", Kharkiv), about 0.7 for another
    village's name with the same consonants ("Muravka", Maryivka).  Memoised.
    """
    memo = gaz.memo("spelling similarity")
    found = memo.get((key, record))
    if found is None:
        place = gaz.place(record)
        bare = _ARTICLES.sub("", key)
        found = 0.0
        for name in (place.name, *place.alternatives):
            other = _ARTICLES.sub("", normalize(name))
            matcher = difflib.SequenceMatcher(None, bare, other, autojunk=False)
            if matcher.real_quick_ratio() > found and matcher.quick_ratio() > found:
                found = max(found, matcher.ratio())
        if len(memo) >= 100_000:
            memo.clear()
        memo[(key, record)] = found
    return found


def loosely_spelt(gaz: Gazetteer, key: str, record: int) -> bool:
    """Is a record only loosely spelt like a name (its own names other vowels of the
    consonants, :func:`spelling_similarity` under :data:`CLOSE_SPELLING`) and a village
    or a town, whose name a short, common village name may be spelt like by chance?

    A compound ("Maarat al-Numan") or a large city (:data:`LOOSE_SPELLING_POPULATION`:
    "Hodeidah" for Al Hudaydah) may be spelt loosely and still be meant.
    """
    if " " in key or gaz.population(record) >= LOOSE_SPELLING_POPULATION:
        return False
    return spelling_similarity(gaz, key, record) < CLOSE_SPELLING


#: Km from a loosely spelt village to a place the text names next to it: its neighbour.
NEIGHBOUR_KM = 25.0
#: Mentions on each side of a name searched for its neighbours (a bounded window: the
#: cost stays linear in the text).
_WINDOW = 8


def settle_spellings(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> list[tuple[int | None, float]]:
    """Unread the villages a name is only loosely spelt like, unless the text supports them.

    "near Myrnohrad, Udachne and Muravka": the gazetteer lacks Muravka, and Maryivka,
    47 km from Myrnohrad, shares only its consonants: another village's name.  A loosely
    spelt reading (:func:`loosely_spelt`) is kept where a stated direction and distance
    from its anchor fit it, or where a place the text names next to it (among the
    :data:`_WINDOW` mentions on either side, read by its own name) lies within
    :data:`NEIGHBOUR_KM`; otherwise the mention has no reading, and the geoparser
    estimates it where its hint (a list's partners) puts it.

    Returns the ``(record, score)`` per mention, a new list.
    """
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if not m.fuzzy or rec is None or not loosely_spelt(gaz, m.key, rec):
            continue
        here = gaz.lat_lon(rec)
        hint = hints.get(k)
        if hint is not None and hint.bearing_deg is not None:
            anchor = resolved[hint.anchor][0]
            if anchor is not None and fits(hint, gaz.lat_lon(anchor), here, gaz.population(rec)):
                continue
        around = [
            r
            for j in range(max(0, k - _WINDOW), min(len(mentions), k + _WINDOW + 1))
            if j != k
            and (r := resolved[j][0]) is not None
            and not mentions[j].fuzzy
            and not mentions[j].actor
            and gaz.is_place(r)
        ]
        if around and nearest_km(here, gaz.coordinates(around)) <= NEIGHBOUR_KM:
            continue
        out[k] = (None, score)
    return out
