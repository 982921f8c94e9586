"""Find a gazetteer's records: by name, spelling, GeoNames id, region code or point.

:class:`RecordSearch` is the query half of :class:`geo.gazetteer.index.Gazetteer` (a
mixin: the index class opens the memory-mapped arrays and reads each record's columns;
this one searches them): exact names (:meth:`~RecordSearch.lookup`, the parser's probes
of every word), filters on
candidates, GeoNames ids, admin-1 codes, a country's capital and the places nearest a
point. Name look-ups search sorted 64-bit hashes of normalised names (:func:`_find`),
memoised in bounded dicts (:data:`_MEMO_SIZE`, :func:`_missing`).  Its stages of
look-ups by something else than an exact name are mixins of their own modules:
spelling-tolerant names (:meth:`~geo.gazetteer.spelling_search.SpellingSearch.lookup_fuzzy`,
:mod:`geo.gazetteer.spelling_search`) and the last part of a compound name
(:meth:`~geo.gazetteer.compound_tails.CompoundTails.lookup_tail`, "Macina": Ké-Macina).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ..errors import InputError
from ..model import KINDS
from .candidate import _MEMO_SIZE, Candidate
from .codes import KEY_NAMES_REGION, KIND_CODES
from .compound_tails import CompoundTails
from .distance import great_circle_km
from .normalize import key_hash, normalize
from .postings import count_names
from .spelling_search import SpellingSearch, transliteration_variants
from .transliterate import e_for_yo

__all__ = ["Candidate", "RecordSearch", "transliteration_variants"]

_KINDS_OF_FLAGS = tuple(  # the kinds of record named by a key, from its flag bits
    frozenset(kind for kind, code in KIND_CODES.items() if flags & (1 << code))
    for flags in range(1 << len(KIND_CODES))
)


def _missing(memo: dict[Any, Any], keys: Iterable[Any]) -> list[Any]:
    """The distinct keys a memo lacks; the memo is emptied first if they would overflow it
    (what it then lacks besides is computed one by one when asked for)."""
    fresh = list(set(keys).difference(memo))  # a set against a dict: a look-up per key, in C
    if fresh and len(memo) + len(fresh) >= _MEMO_SIZE:
        memo.clear()
    return fresh


#: A name's abbreviated first word and the words GeoNames spells out, in the order
#: tried: Spanish and Filipino "Sta."/"Sto." ("Sta. Rosa, Laguna": Santa Rosa) and a
#: compass letter ("N Andover", "E Hampton": North Andover, East Hampton; "N Ireland":
#: Northern Ireland).
_SPELT_OUT = {
    "sta": ("santa",),
    "sto": ("santo",),
    "n": ("north", "northern"),
    "s": ("south", "southern"),
    "e": ("east", "eastern"),
    "w": ("west", "western"),
}


def other_keys(normalized: str) -> tuple[str, ...]:
    """The forms a lookup tries, in order, for a normalised name it does not find:
    Russian "ё" written "yo" as GeoNames' "е" (:func:`e_for_yo`: "novosyolka" ->
    "novoselka"), a first word "st" as German "Sankt" (GeoNames' "Sankt Wendel" for
    "St. Wendel"; "St. Louis" is found as it is and never asks), and a first word
    abbreviated as :data:`_SPELT_OUT` has it ("sta rosa" -> "santa rosa", "n ireland"
    -> "north ireland", "northern ireland").

    >>> other_keys("n ireland"), other_keys("stuttgart")
    (('north ireland', 'northern ireland'), ())
    """
    first, _, rest = normalized.partition(" ")
    if rest:
        if first == "st" and len(normalized) > 4:
            return ("sankt " + rest,)
        if (wholes := _SPELT_OUT.get(first)) is not None:
            return tuple(f"{whole} {rest}" for whole in wholes)
    return (e_for_yo(normalized),) if "yo" in normalized else ()


def other_key(normalized: str) -> str:
    """The first of :func:`other_keys`, ``""`` when none.

    >>> other_key("st wendel"), other_key("novosyolka"), other_key("stuttgart")
    ('sankt wendel', 'novoselka', '')
    >>> other_key("sto tomas"), other_key("e hampton"), other_key("sto")
    ('santo tomas', 'east hampton', '')
    """
    keys = other_keys(normalized)
    return keys[0] if keys else ""


def _other_prefixes(normalized: str) -> tuple[str, ...]:
    """The forms whose being a longer name's start a probe also asks: :func:`other_keys`,
    or a lone abbreviated first word spelt out ("sto" -> "santo")."""
    return other_keys(normalized) or _SPELT_OUT.get(normalized, ())


def _find(sorted_hashes: np.ndarray, h: np.uint64) -> int:
    """Index of ``h`` in a sorted hash array, -1 if absent."""
    j = int(sorted_hashes.searchsorted(h))
    return j if j < sorted_hashes.shape[0] and sorted_hashes[j] == h else -1  # numpy to numpy


class RecordSearch(SpellingSearch, CompoundTails):
    """Queries of a :class:`~geo.gazetteer.index.Gazetteer` that find records: a mixin
    reading the arrays and memos the index class sets up (declared below) and its record
    accessors (``memo``, ``is_place``, ``country_code``, ...); no state of its own."""

    _a: dict[str, np.ndarray]
    _keys: np.ndarray
    _prefixes: np.ndarray
    _n_prefixes: int
    _n_keys: int
    _n_places: int
    _kstart: np.ndarray
    _post: np.ndarray
    _qual: np.ndarray
    _kflags: bytes
    _probes: dict[str, tuple[bool, bool]]
    _lookups: dict[str, tuple[Candidate, ...]]
    _summaries: dict[str, tuple[frozenset[str], int]]
    _slots: dict[str, int]
    _countries: list[str]
    _country_info: dict[str, dict[str, Any]]

    # -- by name ------------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """Records whose name, alias or alternate name equals ``name`` once normalised.

        Best first: by match quality, then prior importance.
        """
        return self.lookup_normalized(normalize(name))

    def lookup_normalized(self, normalized: str) -> list[Candidate]:
        """:meth:`lookup` for a name already passed through :func:`normalize`."""
        memo = self._lookups
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[normalized] = self._lookup_uncached(normalized)
        return list(found)

    def _lookup_uncached(self, normalized: str) -> tuple[Candidate, ...]:
        if not normalized:
            return ()
        j = self._slots.get(normalized)  # known when a parser probed the name first
        if j is None:  # a plain lookup: search, without filling the parser's memos
            j = self._find_name(normalized)
        if j < 0:
            return ()
        start, end = self._kstart[j : j + 2].tolist()
        if end - start == 1:  # most names: one record, no slices needed
            return (Candidate(int(self._post[start]), int(self._qual[start])),)
        return tuple(map(Candidate, self._post[start:end].tolist(), self._qual[start:end].tolist()))

    def probe_normalized(self, normalized: str) -> tuple[bool, bool]:
        """(some record carries this name, some multi-word name starts with it)."""
        return self._probes.get(normalized) or self._probe(normalized)

    def _probe(self, normalized: str) -> tuple[bool, bool]:
        """(is a name, is the start of a longer name), memoised: texts repeat their words."""
        memo = self._probes
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            h = np.uint64(key_hash(normalized))
            j = self._find_name(normalized, h)
            prefix = _find(self._prefixes, h) >= 0
            if not prefix:  # "Zhyoltye Vody", "Sta. Rosa"
                prefixes = self._prefixes
                prefix = any(
                    _find(prefixes, np.uint64(key_hash(alt))) >= 0
                    for alt in _other_prefixes(normalized)
                )
            found = memo[normalized] = (j >= 0, prefix)
            if j >= 0:
                self._remember_slot(normalized, j)
        return found

    def probe_many(self, names: Iterable[str]) -> None:
        """Probe many (normalised) names at once, filling the memo :meth:`probe_normalized`
        reads: one vectorised search for all the words of a text instead of one each."""
        memo = self._probes
        fresh = _missing(memo, names)
        if not fresh:
            return
        hashes = np.fromiter(map(key_hash, fresh), dtype=np.uint64, count=len(fresh))
        j = self._keys.searchsorted(hashes)
        k = self._prefixes.searchsorted(hashes)
        is_name = self._keys[np.minimum(j, self._n_keys - 1)] == hashes
        is_prefix = self._prefixes[np.minimum(k, self._n_prefixes - 1)] == hashes
        for name, slot, found, prefix in zip(
            fresh, j.tolist(), is_name.tolist(), is_prefix.tolist(), strict=True
        ):
            if not (found and prefix) and _other_prefixes(name):
                self._probe(name)  # "Novosyolka": written "Новоселка" in the gazetteer
                continue
            memo[name] = (found, prefix)
            if found:
                self._remember_slot(name, slot)

    def _slot(self, normalized: str) -> int:
        """Index of a name in the sorted keys, -1 if no record carries it."""
        j = self._slots.get(normalized)
        if j is not None:
            return j
        probed = self._probes.get(normalized)
        if probed is not None and not probed[0]:
            return -1
        j = self._find_name(normalized)
        if j >= 0:
            self._remember_slot(normalized, j)
        return j

    def _find_name(self, normalized: str, h: np.uint64 | None = None) -> int:
        """Index of a name in the sorted keys, -1 if no record carries it; a name the
        gazetteer lacks is also sought as :func:`other_keys` spell it ("Novosyolka" as
        "Novoselka", "St. Wendel" as "Sankt Wendel", "N Ireland" as "Northern Ireland")."""
        j = _find(self._keys, np.uint64(key_hash(normalized)) if h is None else h)
        for alt in other_keys(normalized) if j < 0 else ():
            j = _find(self._keys, np.uint64(key_hash(alt)))
            if j >= 0:
                break
        return j

    def _remember_slot(self, normalized: str, j: int) -> None:
        if len(self._slots) >= _MEMO_SIZE:
            self._slots.clear()
        self._slots[normalized] = j

    def is_region_name_normalized(self, normalized: str) -> bool:
        """Is this (normalised) name a country's or region's own name or alias?"""
        j = self._slot(normalized)
        return j >= 0 and bool(self._kflags[j] & KEY_NAMES_REGION)

    def name_summary_normalized(self, normalized: str) -> tuple[frozenset[str], int]:
        """(kinds of record, largest population) among a name's candidates."""
        memo = self._summaries
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            j = self._slot(normalized)
            found = memo[normalized] = (
                (
                    _KINDS_OF_FLAGS[self._kflags[j] & ((1 << len(KIND_CODES)) - 1)],
                    int(self._a["kpop"][j]),
                )
                if j >= 0
                else (frozenset(), 0)
            )
        return found

    # -- by country, kind, id, region code, point ----------------------------------
    def filter(
        self,
        candidates: Iterable[Candidate],
        *,
        country_codes: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Candidate]:
        """Keep the candidates in the given countries and of the given kinds."""
        out = list(candidates)
        if country_codes:
            wanted = {c.upper() for c in country_codes}
            out = [c for c in out if self.country_code(c.record) in wanted]
        if kinds:
            bad = set(kinds) - set(KINDS)
            if bad:
                raise InputError(
                    f"unknown kind(s) {', '.join(sorted(bad))}; valid: {', '.join(KINDS)}"
                )
            codes = {KIND_CODES[k] for k in kinds}
            out = [c for c in out if int(self._a["kind"][c.record]) in codes]
        return out

    def name_count(self, record: int) -> int:
        """How many names (own, aliases, alternates, normalised) the index holds for
        ``record``: how widely it is known (memoised; :func:`.postings.count_names`)."""
        memo = self.memo("name_count")
        if record not in memo:
            memo[record] = count_names(self._post, record, self.memo("name_counts"), len(memo))
        return memo[record]

    def places_of(self, country_codes: Iterable[str]) -> list[int]:
        """Record ids of the populated places in these countries (ISO alpha-2), in record
        order (one vectorised scan of the places' country column)."""
        codes = [self._countries.index(c) for c in set(country_codes) if c in self._countries]
        if not codes:
            return []
        return np.flatnonzero(np.isin(self._a["cc"][: self._n_places], codes)).tolist()

    def by_geonameid(self, geonameid: int) -> list[int]:
        """Record ids carrying a GeoNames id (a region and its label city never share one)."""
        return np.flatnonzero(self._a["gid"] == geonameid).tolist()

    def regions(self, country_code: str, admin1_code: str) -> list[int]:
        """Record ids of the admin-1 region(s) with this code (memoised per country: one
        scan of every record's kind and country the first time a country is asked)."""
        memo = self.memo("regions")
        by_code = memo.get(country_code)
        if by_code is None:
            by_code = {}
            cc = self._countries.index(country_code) if country_code in self._countries else -1
            if cc >= 0:
                kinds, ccs = self._a["kind"], self._a["cc"]
                hits = np.flatnonzero((kinds == KIND_CODES["admin1"]) & (ccs == cc))
                for i in hits.tolist():  # in record order
                    by_code.setdefault(self.admin1(i)[0], []).append(i)
            memo[country_code] = by_code
        return list(by_code.get(admin1_code, ()))

    def nearest(self, lat: float, lon: float, *, k: int = 1) -> list[tuple[int, float]]:
        """The ``k`` populated places nearest a point: (record, great-circle km)."""
        if k < 1:
            raise InputError(f"k must be >= 1, got {k}")
        n = self._n_places
        la = np.radians(np.asarray(self._a["lat"][:n]))
        lo = np.radians(np.asarray(self._a["lon"][:n]))
        d = great_circle_km(np.radians(lat), np.radians(lon), la, lo)
        k = min(k, n)
        idx = np.argpartition(d, k - 1)[:k] if k < n else np.arange(n)
        idx = idx[np.lexsort((idx, d[idx]))]
        return [(int(i), float(d[i])) for i in idx]

    def capital(self, code: str) -> int | None:
        """Record of the national capital of country ``code`` (GeoNames), or None."""
        memo = self.memo("capital")
        if code not in memo:
            info = self._country_info.get(code) or {}
            name = normalize(info.get("capital") or "")
            places = [
                c.record
                for c in self.lookup_normalized(name)
                if c.quality <= 1
                and self.is_place(c.record)
                and self.country_code(c.record) == code
            ]
            memo[code] = max(places, key=lambda r: (self.population(r), -r)) if places else None
        return memo[code]
