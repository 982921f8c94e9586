"""Stage 3 of the geoparser, evidence: what the text says overall (:class:`Context`).

Built once per text from the pass-1 reading of every mention: the countries and
regions the text speaks of (votes per name), the regions and countries it names
outright, the containers given with each name, and for proximity the points read
from the mentions near each name's own (within :data:`CONTEXT_WINDOW` mentions).
:func:`geo.text.evidence.score_candidates` reads it for every candidate; cost is
linear in the number of mentions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from ..gazetteer.distance import great_circle_km
from ..gazetteer.index import Gazetteer
from .colocation import COLOCATED_KM, COLOCATED_MAX, CandidateGrid
from .context_regions import RegionQueries
from .tokens import Mention

__all__ = [
    "COLOCATED_KM",
    "COLOCATED_MAX",
    "CONTEXT_WINDOW",
    "LOCAL_KM",
    "SUPPORT_KM",
    "Context",
    "saturate",
]


# Proximity context: the points read from the mentions within this many mentions of a
# name's own (news articles name a few dozen places; a long text's far parts are other
# stories).  Bounds the cost of resolution: linear in the number of mentions.
CONTEXT_WINDOW = 200

# A place of the text this near a small namesake locates it as well as a container
# (regional news: "Paris" with Texan towns around it); a country named, or a place
# across an ocean ("Washington and Moscow"), never does.
LOCAL_KM = 250.0

# Support: how many of the text's other places lie around a candidate, each weighted by
# exp(-km / SUPPORT_KM) (a front sector, a county: a few tens of kilometres across).
SUPPORT_KM = 60.0


def saturate(support: float) -> float:
    """A support sum as a share in [0, 1): one neighbour next door is good evidence,
    three near certainty, more add little.

    >>> round(saturate(0.0), 2), round(saturate(1.0), 2), round(saturate(3.0), 2)
    (0.0, 0.63, 0.95)
    """
    return 1.0 - math.exp(-support)


class Context(RegionQueries):
    """What a text says around each name, from the pass-1 reading of every mention.

    The countries and regions its places lie in (per-name summaries: votes of 2 for a
    country or region named outright, 1 for a place in it), and, for proximity, the
    points read from the mentions within ``window`` mentions of the name's own (a name
    never counts as its own context).  Cost is linear in the number of mentions: each
    name looks at a bounded neighbourhood of each of its mentions, never at every pair.
    """

    def __init__(
        self,
        gaz: Gazetteer,
        mentions: Sequence[Mention],
        first_choice: Sequence[int | None],
        *,
        window: int = CONTEXT_WINDOW,
        candidates: Sequence[int] | None = None,
        name_points: Mapping[str, Sequence[int]] | None = None,
    ):
        self.gaz = gaz
        self.window = window
        # Every name's candidate places (not only its first reading), for co-location.
        self._name_points = name_points or {}
        self._grid: CandidateGrid | None = None
        self.countries: Counter[str] = Counter()
        # Per name, the votes of its own mentions (plain dicts: cheaper than Counters).
        self.own_countries: dict[str, dict[str, int]] = defaultdict(dict)
        self.regions: Counter[tuple[str, str]] = Counter()
        self.own_regions: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
        self._mentions_of: dict[str, list[int]] = defaultdict(list)
        self._containers: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.named_regions: set[tuple[str, str]] = set()  # regions named outright
        self.named_countries: set[str] = set()  # countries named outright
        # Per mention: its point's record (-1 for none) and its name.
        point_records: list[int] = []
        point_keys: list[str] = []
        countries, regions, row = self.countries, self.regions, gaz.row
        for m, rec in zip(mentions, first_choice, strict=True):
            self._mentions_of[m.key].append(len(point_records))
            if m.containers and not m.by_demonym:  # (a demonym's is this mention's only)
                self._containers[m.key].update(m.containers)
            point_keys.append(m.key)
            point_records.append(-1)
            if rec is None or m.actor:  # a government acting: no evidence of where
                continue
            r = row(rec)
            kind, cc = r.kind, r.country_code
            if cc:
                vote = 2 if kind == "country" else 1
                if kind == "country":
                    self.named_countries.add(cc)
                countries[cc] = countries.get(cc, 0) + vote
                own = self.own_countries[m.key]
                own[cc] = own.get(cc, 0) + vote
            if kind != "country" and kind != "other":
                region = (cc, r.admin1[0])
                vote = 2 if kind == "admin1" else 1
                if kind == "admin1":
                    self.named_regions.add(region)
                regions[region] = regions.get(region, 0) + vote
                own_r = self.own_regions[m.key]
                own_r[region] = own_r.get(region, 0) + vote
                if not m.dateline:  # where the story was filed: no neighbour of its places
                    point_records[-1] = rec
        self.n_votes = self.countries.total()
        # A record among the (not fuzzy) candidates of two names: the one name each
        # (None: two or more), read by :meth:`named_otherwise` (built on its first call:
        # most texts have no name that asks).
        self._candidate_of: dict[int, str | None] | None = None
        self._mentions = mentions
        self._records = point_records
        self._keys = point_keys
        self._points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._everyone: dict[int, set[str]] | None = None  # record -> names read as it
        # A short text (all of it in one window): candidate place -> row of one matrix.
        self._short_rows: dict[int, int] | None = None
        self._short_km: np.ndarray | None = None
        self._allowed_of: dict[str, np.ndarray] = {}
        self._allowed_lists: dict[str, list[bool]] = {}
        self._nearest_all: dict[str, dict[int, float]] = {}
        self._inside_all: dict[int, tuple[int, ...]] = {}
        self._has_others: dict[str, bool] = {}
        self._degrees_all: np.ndarray | None = None
        self._lat_lon_all: list[list[float]] = []
        if len(self._records) <= window and candidates is not None:
            self._short_rows = {r: k for k, r in enumerate(sorted(set(candidates)))}
        self._inside: dict[tuple[int, str], bool] = {}
        self._nearest: dict[tuple[str, int], float] = {}
        self._support_at: dict[tuple[str, int], float] = {}
        self._is_place_all: np.ndarray | None = None
        self._region_countries: dict[str, int] | None = None
        self._concentrated: dict[tuple[str, int, float], bool] = {}
        self._support_columns: dict[str, np.ndarray] = {}

    def points(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Records and (lat, lon) degrees, shape (n, 2), of the distinct points read from
        other names than ``key`` within the window around its mentions."""
        found = self._points.get(key)
        if found is not None:
            return found
        recs, keys = self._records, self._keys
        n, w = len(recs), self.window
        if n <= w:  # a short text: every mention is in the window of every other
            records = sorted(r for r, ks in self._names_of_points().items() if ks != {key})
        else:
            seen: set[int] = set()
            lo = hi = 0
            for i in (*self._mentions_of.get(key, []), n + 2 * w + 1):
                a, b = max(0, i - w), min(n, i + w + 1)  # merge the windows of its mentions
                if a > hi:
                    pairs = zip(recs[lo:hi], keys[lo:hi], strict=True)
                    seen.update(r for r, k in pairs if r >= 0 and k != key)
                    lo = a
                hi = max(hi, b)
            records = sorted(seen)
        degrees = self.gaz.coordinates(records).reshape(-1, 2)
        found = self._points[key] = (np.array(records, dtype=np.int64), degrees)
        return found

    def _names_of_points(self) -> dict[int, set[str]]:
        """Each point's record and the names read as it (built once)."""
        if self._everyone is None:
            self._everyone = defaultdict(set)
            for r, k in zip(self._records, self._keys, strict=True):
                if r >= 0:
                    self._everyone[r].add(k)
        return self._everyone

    def _short_matrix(self) -> None:
        """Distances from every candidate place of the text to every point it names."""
        points = list(self._names_of_points())
        cands = list(self._short_rows or ())
        if not points or not cands:
            self._short_km = np.zeros((len(cands), len(points)))
            return
        here = np.radians(self.gaz.coordinates(cands))
        there = np.radians(self.gaz.coordinates(points))
        self._short_km = great_circle_km(
            here[:, None, 0], here[:, None, 1], there[None, :, 0], there[None, :, 1]
        )

    def strongly_located(self, key: str, record: int, against: str | None = None) -> bool:
        """Does the text locate ``record`` explicitly (:meth:`named_around`) or name
        another of its places within :data:`LOCAL_KM`?"""
        if self.named_around(key, record, against):
            return True
        # Or a place of the text next to it: local news names its neighbours.
        return self.has_others(key) and self.nearest_km([record], key)[record] <= LOCAL_KM

    def has_others(self, key: str) -> bool:
        """Are there points read from other names near the name's mentions?"""
        if self._short_rows is not None:
            found = self._has_others.get(key)
            if found is None:
                found = self._has_others[key] = any(self._allowed_list(key))
            return found
        return len(self.points(key)[0]) > 0

    def _allowed_list(self, key: str) -> list[bool]:
        """Short texts: which of the text's points were read from other names than ``key``
        (in the order of :meth:`_names_of_points`)."""
        found = self._allowed_lists.get(key)
        if found is None:
            only = {key}
            found = self._allowed_lists[key] = [
                ks != only for ks in self._names_of_points().values()
            ]
        return found

    def _allowed(self, key: str) -> np.ndarray:
        """:meth:`_allowed_list` as a boolean mask."""
        found = self._allowed_of.get(key)
        if found is None:
            found = self._allowed_of[key] = np.array(self._allowed_list(key), dtype=bool)
        return found

    def nearest_km(self, records: Sequence[int], key: str) -> dict[int, float]:
        """Great-circle km from each of ``records`` (candidate places of a name with a
        choice) to the nearest point read from another name near ``key``'s mentions.

        A soft scoring signal, so a sphere is accurate enough; geometry that is
        drawn or reported uses :mod:`geo.geometry` (ellipsoidal).
        """
        rows = self._short_rows
        if rows is not None and rows.keys() >= set(records):
            # A short text: one matrix for all names; per name, the nearest other point
            # of each candidate asked for (its rows only), once.
            nearest = self._nearest_all.get(key)
            if nearest is None:
                nearest = self._nearest_all[key] = {}
            todo = [r for r in dict.fromkeys(records) if r not in nearest]
            if todo and not self.has_others(key):
                nearest.update(dict.fromkeys(todo, math.inf))
            elif todo:
                allowed = self._allowed(key)
                if self._short_km is None:
                    self._short_matrix()
                km = self._short_km[[rows[r] for r in todo]][:, allowed]  # type: ignore[index]
                nearest.update(zip(todo, km.min(axis=1).tolist(), strict=True))
            return {r: nearest[r] for r in records}
        memo = self._nearest
        todo = sorted({r for r in records if (key, r) not in memo})
        if todo:
            _, degrees = self.points(key)
            if len(degrees):
                here = np.radians(self.gaz.coordinates(todo))
                there = np.radians(degrees)
                km = great_circle_km(
                    here[:, None, 0], here[:, None, 1], there[None, :, 0], there[None, :, 1]
                ).min(axis=1)
                for r, d in zip(todo, km.tolist(), strict=True):
                    memo[(key, r)] = d
            else:
                for r in todo:
                    memo[(key, r)] = math.inf
        return {r: memo[(key, r)] for r in records}

    def support(self, records: Sequence[int], key: str) -> dict[int, float]:
        """How many of the text's places (not regions or countries) read from other names
        near ``key``'s mentions lie around each of ``records``: the sum over them of
        exp(-km / :data:`SUPPORT_KM`), as a share (:func:`saturate`).  Computed only for
        the names that ask (a choice between namesake places)."""
        rows = self._short_rows
        if rows is not None and rows.keys() >= set(records):
            if not self.has_others(key):
                return dict.fromkeys(records, 0.0)
            if self._short_km is None:
                self._short_matrix()
            # A short text: the rows of its one matrix, the columns of the places
            # read from other names.
            columns = self._support_columns.get(key)
            if columns is None:
                columns = self._support_columns[key] = self._allowed(key) & self._place_mask()
            km = self._short_km[[rows[r] for r in records]][:, columns]  # type: ignore[index]
        else:
            point_records, degrees = self.points(key)
            places = np.array([self.gaz.is_place(r) for r in point_records.tolist()], bool)
            if not places.any():
                return dict.fromkeys(records, 0.0)
            here = np.radians(self.gaz.coordinates(list(records)))
            there = np.radians(degrees[places])
            km = great_circle_km(
                here[:, None, 0], here[:, None, 1], there[None, :, 0], there[None, :, 1]
            )
        sums = np.exp(-km / SUPPORT_KM).sum(axis=1)
        return dict(zip(records, (1.0 - np.exp(-sums)).tolist(), strict=True))  # saturate

    def support_at(self, record: int, key: str) -> float:
        """The text's places around a point read from another name (a hint's anchor),
        itself and ``key``'s own readings left out: the sum of exp(-km /
        :data:`SUPPORT_KM`) of :meth:`support`, not saturated."""
        found = self._support_at.get((key, record))
        if found is not None:
            return found
        records, degrees = self.points(key)
        keep = (records != record) & np.array(
            [self.gaz.is_place(r) for r in records.tolist()], dtype=bool
        )
        found = 0.0
        if keep.any():
            here = np.radians(self.gaz.coordinates([record])).reshape(2)
            there = np.radians(degrees[keep])
            km = great_circle_km(here[0], here[1], there[:, 0], there[:, 1])
            found = float(np.exp(-km / SUPPORT_KM).sum())
        self._support_at[(key, record)] = found
        return found

    def _place_mask(self) -> np.ndarray:
        """Short texts: which of the text's points are places (in the order of
        :meth:`_names_of_points`)."""
        if self._is_place_all is None:
            is_place = self.gaz.is_place
            self._is_place_all = np.array([is_place(r) for r in self._names_of_points()], bool)
        return self._is_place_all

    def colocated(self, records: Sequence[int], key: str) -> dict[int, int]:
        """How many other names of the text have a candidate place near each of
        ``records`` (:meth:`geo.text.colocation.CandidateGrid.colocated`; the grid is
        built on the first call)."""
        if self._grid is None:
            self._grid = CandidateGrid(self.gaz, self._name_points)
        return self._grid.colocated(records, key)
