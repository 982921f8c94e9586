"""Find a gazetteer's records by spelling: names spelt like a name the index lacks.

:class:`SpellingSearch` is the spelling stage of :class:`geo.gazetteer.lookups.RecordSearch`
(a mixin of the index class, like it): :meth:`~SpellingSearch.lookup_fuzzy` finds the
records whose names share a consonant skeleton with the query, are one letter apart from
it (:mod:`geo.gazetteer.fuzzy`'s keys, built with the index) or are the query in another
transliteration of an Arabic ending or article (:func:`transliteration_variants`).
Exact look-ups (:meth:`~geo.gazetteer.lookups.RecordSearch.lookup_normalized`) come first;
this stage is asked for what they miss.
"""

from __future__ import annotations

import re

import numpy as np

from .candidate import _MEMO_SIZE, Candidate
from .codes import QUALITY_FUZZY
from .fuzzy import DELETION_PREFIX, SKELETON_PREFIX, deletions, skeleton
from .normalize import key_hash

__all__ = ["SpellingSearch", "transliteration_variants"]

#: Names longer than this (characters, normalised) are matched by spelling to nothing:
#: the gazetteer's longest names are about 60 letters.
_LONGEST_SPELT = 128


def _same_onset(query: str, name: str) -> bool:
    """Could ``name`` be spelt ``query`` by its opening (both normalised, an Arabic
    article aside)?  Skeletons drop vowels: "Umanske" and "Minsk" share one, but a
    spelling does not add an opening vowel to a name that has none.  It may drop one
    ("Rmeish" for a name written with a leading article or vowel)."""
    query, name = _ONSET.sub("", query), _ONSET.sub("", name)
    if not query or not name:
        return False
    return not (query[0] in _VOWEL_LETTERS and name[0] not in _VOWEL_LETTERS)


_VOWEL_LETTERS = frozenset("aeiouyw")
_ONSET = re.compile(r"^(?:(?:al|el|an|ar|as|ash|at|ad|az|ed|en|er|es|ez)\s+)?\W*")

# Endings of transliterated Arabic names that stand for one another: "-iyeh", "-iyah",
# "-ieh", "-iye", "-iya" (Nabatiyeh, Nabatiyah, Nabatieh).
_ENDINGS = ("iyeh", "iyah", "ieh", "iah", "iye", "iya")
_ENDING = re.compile(r"(?:iyeh|iyah|ieh|iah|iye|iya)$")
# Words written either way: "Beit"/"Bayt", "Deir"/"Dayr", "Tel"/"Tall".
_WORDS = {"beit": "bayt", "bayt": "beit", "deir": "dayr", "dayr": "deir", "tel": "tall",
          "tall": "tel", "ain": "ayn", "ayn": "ain"}  # fmt: skip


def transliteration_variants(normalized: str) -> list[str]:
    """Other transliterations of a (normalised, Latin) name: its Arabic ending written
    otherwise, its article ("al", "el") dropped or its first word spelt the other way.

    >>> transliteration_variants("nabatiyeh")[:3]
    ['nabatiyah', 'nabatieh', 'nabatiah']
    >>> transliteration_variants("al mawasi"), transliteration_variants("beit jinn")
    (['mawasi'], ['bayt jinn'])
    >>> transliteration_variants("kharkiv")
    []
    """
    if not normalized.isascii():
        return []
    out: list[str] = []
    m = _ENDING.search(normalized)
    if m is not None and m.start() >= 3:
        stem = normalized[: m.start()]
        out += [stem + e for e in _ENDINGS if stem + e != normalized]
    first, _, rest = normalized.partition(" ")
    if rest and first in ("al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ed", "en"):
        out.append(rest)
    elif rest and first in _WORDS:
        out.append(f"{_WORDS[first]} {rest}")
    return out


class SpellingSearch:
    """The spelling-tolerant look-up of a :class:`~geo.gazetteer.index.Gazetteer`: a mixin
    reading the index's arrays (declared below) and its accessors (``memo``,
    ``lookup_normalized``, ``name_key``, ``importance``); no state of its own."""

    _a: dict[str, np.ndarray]
    _keys: np.ndarray
    _n_keys: int
    _kstart: np.ndarray
    _post: np.ndarray
    _qual: np.ndarray

    def lookup_fuzzy(self, normalized: str) -> list[Candidate]:
        """Records whose names are spelt like ``normalized`` (:mod:`geo.gazetteer.fuzzy`):
        the same consonant skeleton, or one letter apart; quality QUALITY_FUZZY each, and
        none of the records an exact look-up finds."""
        if len(normalized) > _LONGEST_SPELT:
            return []  # no name is spelt like it (and its deletions would cost its square)
        memo = self.memo("fuzzy")
        found = memo.get(normalized)
        if found is not None:
            return list(found)
        bones = skeleton(normalized)
        keys = [SKELETON_PREFIX + bones] if bones else []
        keys += [DELETION_PREFIX + normalized]
        keys += [DELETION_PREFIX + d for d in deletions(normalized)]
        exact = {c.record for c in self.lookup_normalized(normalized)}
        records: set[int] = set()
        fkeys = self._a["fkeys"]
        if fkeys.shape[0]:
            # One search for all the keys (a name has a dozen), not one each.
            hashes = np.fromiter(map(key_hash, keys), dtype=np.uint64, count=len(keys))
            slots = fkeys.searchsorted(hashes)
            hit = fkeys[np.minimum(slots, fkeys.shape[0] - 1)] == hashes
            fstart, fpost = self._a["fstart"], self._a["fpost"]
            for n, j in enumerate(slots.tolist()):
                if not hit[n]:
                    continue
                start, end = fstart[j : j + 2].tolist()
                posted = fpost[start:end].tolist()
                if bones and n == 0:  # by skeleton: the names must open alike
                    posted = [r for r in posted if _same_onset(normalized, self.name_key(r))]
                records.update(posted)
        # One letter more than an exact name ("Konstiantynopil"): its deletions are names;
        # not the last letter, which makes demonyms and plurals ("Azerbaijani", "Tamils").
        # Their exact look-ups, in one search.
        shorter = [d for d in deletions(normalized) if d != normalized[:-1]]
        if shorter and self._n_keys:
            hashes = np.fromiter(map(key_hash, shorter), dtype=np.uint64, count=len(shorter))
            slots = self._keys.searchsorted(hashes)
            hit = self._keys[np.minimum(slots, self._n_keys - 1)] == hashes
            for j in slots[hit].tolist():
                start, end = self._kstart[j : j + 2].tolist()
                qualities = self._qual[start:end].tolist()
                posted = self._post[start:end].tolist()
                records.update(r for r, q in zip(posted, qualities, strict=True) if q <= 1)
        # Transliterations of an Arabic name's ending or article ("Nabatiyeh" for
        # Nabatieh), found among all names, alternate names too (the keys above hold own
        # names only).
        for variant in transliteration_variants(normalized):
            records.update(c.record for c in self.lookup_normalized(variant))
        records -= exact
        found = tuple(
            Candidate(r, QUALITY_FUZZY)
            for r in sorted(records, key=lambda r: (-self.importance(r), r))
        )
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[normalized] = found
        return list(found)
