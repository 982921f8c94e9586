"""Stage 3 of the geoparser, evidence: what the text says that favours a reading.

Each kind of evidence is one function: explicit containers read next to a name
("Alexandria, La.", "Krasnodar, Russia": :func:`read_container`,
:func:`state_abbreviation`), the lists a name belongs to (:func:`link_lists`),
and the text's context (:class:`Context`: the countries and regions it speaks of
and the places near each mention).  :func:`score_candidates` adds them to a
mention's context-free ranking, weighted by :class:`Weights`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from ..gazetteer.index import Gazetteer, great_circle_km
from .candidates import is_namesake
from .hints import fits
from .tokens import Mention

if TYPE_CHECKING:
    from .hints import Hint
    from .resolution import Match

__all__ = [
    "CONTEXT_WINDOW",
    "DEFAULT_WEIGHTS",
    "Context",
    "Weights",
    "mark_readings",
    "score_candidates",
]


# Proximity context: the points read from the mentions within this many mentions of a
# name's own (news articles name a few dozen places; a long text's far parts are other
# stories).  Bounds the cost of resolution: linear in the number of mentions.
CONTEXT_WINDOW = 200

# A place of the text this near a small namesake locates it as well as a container
# (regional news: "Paris" with Texan towns around it); a country named, or a place
# across an ocean ("Washington and Moscow"), never does.
LOCAL_KM = 250.0

_NO_SIBLINGS: Counter[tuple[str, str]] = Counter()  # shared, never written to
_NO_VOTES: dict = {}  # shared, never written to


# Places and counties: scored by their distance to the text's other places.
_POINT_LIKE = ("place", "admin2")


class Context:
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
    ):
        self.gaz = gaz
        self.window = window
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
            if m.containers:
                self._containers[m.key].update(m.containers)
            point_keys.append(m.key)
            point_records.append(-1)
            if rec is None:
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
                point_records[-1] = rec
        self.n_votes = self.countries.total()
        self._records = point_records
        self._keys = point_keys
        self._points: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._everyone: dict[int, set[str]] | None = None  # record -> names read as it
        # A short text (all of it in one window): candidate place -> row of one matrix.
        self._short_rows: dict[int, int] | None = None
        self._short_km: np.ndarray | None = None
        self._allowed_of: dict[str, np.ndarray] = {}
        self._allowed_lists: dict[str, list[bool]] = {}
        self._nearest_all: dict[str, list[float]] = {}
        self._inside_all: dict[int, tuple[int, ...]] = {}
        self._has_others: dict[str, bool] = {}
        self._degrees_all: np.ndarray | None = None
        self._lat_lon_all: list[list[float]] = []
        if len(self._records) <= window and candidates is not None:
            self._short_rows = {r: k for k, r in enumerate(sorted(set(candidates)))}
        self._inside: dict[tuple[int, str], bool] = {}
        self._nearest: dict[tuple[str, int], float] = {}

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
        """Does the text locate ``record`` explicitly: a container given with a mention of
        ``key`` ("Moscow, Idaho"), its region named on its own ("Idaho"), or another of
        its places within :data:`LOCAL_KM`, or its country named outright when the
        country ``against`` (the prominent namesake's) is not?"""
        cc, admin1 = self.gaz.country_code(record), self.gaz.admin1(record)[0]
        given = self._containers.get(key, ())
        if (cc, admin1) in self.named_regions or any(
            reading in ((cc, ""), (cc, admin1)) for reading in given
        ):
            return True
        if cc in self.named_countries and (against is None or against not in self.named_countries):
            return True  # "London ... Canada's stand", and Britain never named
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

    def region_contains_any(self, record: int, key: str) -> bool:
        """Does the region's polygon contain a point read from another name near ``key``?"""
        import shapely

        found = self._inside.get((record, key))
        if found is not None:
            return found
        if self._short_rows is not None:  # one polygon test per region for the whole text
            inside = self._inside_all.get(record)
            if inside is None:
                inside = self._inside_all[record] = self._inside_points(record)
            allowed = self._allowed_list(key)
            found = self._inside[(record, key)] = any(allowed[k] for k in inside)
            return found
        _, degrees = self.points(key)
        found = False
        if len(degrees):
            box = self.gaz.bounds_many([record])[0]  # min lon, min lat, max lon, max lat
            lat, lon = degrees[:, 0], degrees[:, 1]
            near = (lon >= box[0]) & (lat >= box[1]) & (lon <= box[2]) & (lat <= box[3])
            if near.any():  # NaN bounds (no polygon) compare False: nothing to read
                found = bool(
                    shapely.contains_xy(self.gaz.geometry(record), lon[near], lat[near]).any()
                )
        self._inside[(record, key)] = found
        return found

    def _inside_points(self, record: int) -> tuple[int, ...]:
        """Short texts: indexes of the text's points that lie in the region's polygon."""
        import shapely

        if self._degrees_all is None:
            points = list(self._names_of_points())
            self._degrees_all = self.gaz.coordinates(points).reshape(-1, 2)
            self._lat_lon_all = self._degrees_all.tolist()
        # The box first, point by point (a text names a few dozen points: cheaper than
        # array operations); NaN bounds (no polygon) compare False: nothing to read.
        min_lon, min_lat, max_lon, max_lat = self.gaz.bounds(record)
        near = [
            k
            for k, (lat, lon) in enumerate(self._lat_lon_all)
            if min_lon <= lon <= max_lon and min_lat <= lat <= max_lat
        ]
        if not near:
            return ()
        degrees = self._degrees_all[near]
        hit = shapely.contains_xy(self.gaz.geometry(record), degrees[:, 1], degrees[:, 0])
        return tuple(k for k, inside in zip(near, hit.tolist(), strict=True) if inside)

    def nearest_km(self, records: Sequence[int], key: str) -> dict[int, float]:
        """Great-circle km from each of ``records`` (candidate places of a name with a
        choice) to the nearest point read from another name near ``key``'s mentions.

        A soft scoring signal, so a sphere is accurate enough; geometry that is
        drawn or reported uses :mod:`geo.geometry` (ellipsoidal).
        """
        rows = self._short_rows
        if rows is not None and rows.keys() >= set(records):
            # A short text: one matrix for all names, and once per name every
            # candidate's nearest other point.
            nearest = self._nearest_all.get(key)
            if nearest is None:
                if not self.has_others(key):
                    nearest = [math.inf] * len(rows)
                else:
                    allowed = self._allowed(key)
                    if self._short_km is None:
                        self._short_matrix()
                    nearest = self._short_km[:, allowed].min(axis=1).tolist()  # type: ignore[index]
                self._nearest_all[key] = nearest
            return {r: nearest[rows[r]] for r in records}
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


# Words near a name that say which of a city and its region it is: one search finds
# both kinds (group "region" or "city").
_READING = re.compile(
    r"\b(?:(?P<region>lawmakers|legislators|legislature|statewide|state's|state’s|the state|"
    r"oblast's|region's|province's)|"
    r"(?P<city>the city's|the city’s|city's|mayor|city council|city hall|downtown|"
    r"the city))\b",
    re.IGNORECASE,
)
# "governor" and "regional" name the region only right after the name ("Kursk governor",
# "Belgorod regional officials"); further on they are the speaker of an event in the
# city ("In Belgorod, a drone hit a car, regional Governor Vyacheslav Gladkov said").
_REGION_READING_NEAR = re.compile(r"^\W{0,2}(?:governor|regional)\b", re.IGNORECASE)
_LASTGROUP = attrgetter("lastgroup")
# Every word of _READING contains one of these (one cheap search before the pattern).
_READING_STEMS = re.compile(
    "lawmakers|legislat|state|governor|oblast|region|province|city|mayor|downtown"
)
_READING_AFTER = 60  # characters read after a name, within its sentence
# "between X and Y" names two points (the ends of a road, a front, a corridor).
_BETWEEN = re.compile(r"\bbetween\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:and\s+)?$")
_BETWEEN_BEFORE = 60
_SENTENCE = re.compile(r"[.!?\n]")


def mark_readings(text: str, mentions: Sequence[Mention]) -> None:
    """Set each mention's ``reading`` from the words after it in its sentence ("Oklahoma
    lawmakers", "Kherson ..., the city's mayor said").  Bounded look: linear in the text."""
    for m in mentions:
        if m.cue or m.demonym_country or not m.candidates:
            continue
        if m.candidates[0].quality > 1 or len(m.candidates) < 2:
            continue  # one reading, or none of a city and its region of this name
        before = max(0, m.start - _BETWEEN_BEFORE)
        if text.find("between", before, m.start) >= 0 and _BETWEEN.search(text, before, m.start):
            m.reading = "city"  # "a convoy between Gao and Menaka": two points of a route
            continue
        window = text[m.end : m.end + _READING_AFTER]
        low = window.lower()
        if _READING_STEMS.search(low) is None:
            continue  # most names: none of the words (substring tests run at C speed)
        stop = _SENTENCE.search(window)
        if stop is not None:
            window = window[: stop.start()]
        said = set(map(_LASTGROUP, _READING.finditer(window)))
        if _REGION_READING_NEAR.match(window):
            said.add("region")
        if len(said) == 1:
            m.reading = said.pop()  # type: ignore[assignment]


def score_candidates(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    sibling_kinds: Counter[tuple[str, str]],
    ctx: Context,
    hint: Hint | None = None,
    hint_anchor: tuple[float, float] | None = None,
    against: tuple[tuple[object, ...], tuple[object, ...]] = ((), ()),
    rows: Sequence[Any] | None = None,
    points: Sequence[int] | None = None,
) -> dict[int, float]:
    """Pass 2 of :func:`resolve` for one mention: prior plus the text's evidence.

    ``hint`` is the relative-location hint stated with the mention and ``hint_anchor``
    the (lat, lon) of its anchor as read in pass 1: candidate places that lie where it
    says gain, the others lose.  ``against`` holds the negative hints ("not the town of
    the same name north-east of Y", "not the X in Donetsk Oblast"), as (hint, anchor
    (lat, lon)) pairs and (country, admin-1 code or "") regions: places they fit lose.
    ``rows`` (the candidates' gazetteer rows) and ``points`` (the records of those that
    are places or counties) are read here unless given.
    """
    against_at, against_in = against
    row = gaz.row
    n_siblings = sum(sibling_kinds.values()) if sibling_kinds else 0
    countries, own_c = ctx.countries, ctx.own_countries.get(m.key, _NO_VOTES)
    regions, own_r = ctx.regions, ctx.own_regions.get(m.key, _NO_VOTES)
    total = ctx.n_votes - sum(own_c.values())
    # Proximity only matters where there is a choice to make.
    others = ctx.has_others(m.key)
    if rows is None:
        rows = [row(r.record) for r in ranked]
    near_km = None
    if others and (len(ranked) > 1 or m.fuzzy):
        if points is None:
            pairs = zip(ranked, rows, strict=True)
            points = [r.record for r, rr in pairs if rr.kind in _POINT_LIKE]
        near_km = ctx.nearest_km(points, m.key)
    # A long compound spelt otherwise ("Maarat al-Numan") is telling on its own.
    strong_spelling = m.fuzzy and " " in m.key and len(m.key.replace(" ", "")) >= 12
    # A bare name reads as the city a region is named after when the text's other places
    # lie around that city ("Shelling hit Zaporizhzhia and Orikhiv"): they are then no
    # reason to read it as the region ("from Quebec" among places across the province is).
    named_after = (
        _regions_named_after_a_candidate(gaz, ranked, rows)
        if others and m.reading != "region" and m.cue != "region"
        else {}
    )
    cand_scores: dict[int, float] = {}
    # Plain dict look-ups (a Counter's missing key is a Python call) and locals: this
    # loop runs for every candidate of every name.
    c_get, own_c_get, r_get, own_r_get = countries.get, own_c.get, regions.get, own_r.get
    fuzzy, reading, key = m.fuzzy, m.reading, m.key
    container_ccs = {reading[0] for reading in m.containers} if m.containers else ()
    region_cue = m.cue == "region"
    directed = hint is not None and hint.bearing_deg is not None
    for r, rr in zip(ranked, rows, strict=True):
        rec = r.record
        cc, kind = rr.country_code, rr.kind
        point_like = kind == "place" or kind == "admin2"
        fit = None
        if hint_anchor is not None and point_like:
            fit = fits(hint, hint_anchor, rr.lat_lon)  # type: ignore[arg-type]
        in_country = c_get(cc, 0) - own_c_get(cc, 0)
        if fuzzy and not (
            fit
            or strong_spelling
            or (
                total > 0
                and in_country > 0
                and (
                    near_km is None
                    or near_km.get(rec, math.inf) <= w.fuzzy_km
                    or rr.population >= w.fuzzy_city_population  # Hodeidah, far from Aden
                )
            )
        ):
            continue  # a name spelt like this one, which nothing else in the text supports
        s = w.prior * r.score
        if fit:
            s += w.hint
        elif fit is not None and directed:
            # Only a stated direction rules a namesake out: "near X and Y" names two
            # places close together, which two cities 150 km apart still are to a
            # reader; it must never turn them into their regions.
            s -= w.hint
        if point_like and (against_at or against_in) and _ruled_out(rr, against_at, against_in):
            s -= w.hint  # the namesake the text says it is not
        if reading and (kind == "admin1" or kind == "place") and (
            (reading == "region") == (kind == "admin1")
        ):
            s += w.reading
        if total > 0 and cc:
            s += w.country * in_country / total
        if kind != "country" and kind != "other":
            region = (cc, rr.admin1[0])
            if r_get(region, 0) - own_r_get(region, 0) > 0:
                s += w.region
        if point_like and near_km is not None:
            s += w.proximity * math.exp(-near_km[rec] / w.proximity_km)
        elif (
            kind == "admin1"
            and others
            and not _city_near_others(named_after.get(rec, ()), near_km)
            and ctx.region_contains_any(rec, key)
        ):
            s += w.proximity  # a region around the text's other places
        if cc in container_ccs:
            s += w.container
        if region_cue and kind == "admin1":
            s += w.region_cue
        if n_siblings and (kind == "country" or kind == "admin1"):
            # Countries list with countries anywhere, regions with regions of their
            # own country ("Georgia, Oklahoma and Ohio").  Not places: a list of
            # cities is no reason to read a state as a small town of its name.
            same = (
                sum(v for (k, _), v in sibling_kinds.items() if k == kind)
                if kind == "country"
                else sibling_kinds.get((kind, cc), 0)
            )
            s += w.siblings * same / n_siblings
        cand_scores[rec] = s
    return cand_scores


def _ruled_out(rr, against_at, against_in) -> bool:  # rr: a gazetteer row (Gazetteer.row)
    """Does a candidate (its gazetteer row) lie where a negative hint says it is not?"""
    if any(fits(hint, anchor, rr.lat_lon) for hint, anchor in against_at):
        return True
    cc, admin1 = rr.country_code, rr.admin1[0]
    return any(cc == c and (not a1 or a1 == admin1) for c, a1 in against_in)


def _regions_named_after_a_candidate(
    gaz: Gazetteer, ranked: Sequence[Match], rows: Sequence[Any]
) -> dict[int, tuple[int, ...]]:
    """The admin-1 candidates whose namesake city is also a candidate, with those cities
    (Zaporizhzhia Oblast: Zaporizhzhia); ``rows`` are the candidates' rows.  The same for
    every text: memoised in the gazetteer per list of candidates (do not modify)."""
    regions = [r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind == "admin1"]
    if not regions:
        return _NO_VOTES
    places = [r.record for r, rr in zip(ranked, rows, strict=True) if rr.kind == "place"]
    memo = gaz.memo("geoparse.named_after")
    memo_key = (tuple(regions), tuple(places))
    named = memo.get(memo_key)
    if named is None:
        found = {g: tuple(p for p in places if is_namesake(gaz, p, g)) for g in regions}
        named = memo[memo_key] = {g: cities for g, cities in found.items() if cities}
    return named


#: The text's other places this near a region's namesake city read a bare name as it.
NAMESAKE_NEAR_KM = 100.0


def _city_near_others(cities: Sequence[int], near_km: dict[int, float] | None) -> bool:
    return bool(near_km) and any(
        near_km.get(c, math.inf) <= NAMESAKE_NEAR_KM for c in cities  # type: ignore[union-attr]
    )


@dataclass(frozen=True, slots=True)
class Weights:
    """How resolution mixes its evidence (tuned on the development corpora)."""

    prior: float = 1.0  # context-free score: name match, importance, namesake rule
    country: float = 0.2  # share of the text's places in the candidate's country
    region: float = 0.05  # the text speaks of the candidate's admin-1 region
    proximity: float = 0.1  # closeness to the other places (exp(-km / proximity_km))
    proximity_km: float = 250.0
    container: float = 0.1  # "Alexandria, La.": the candidate is in the named container
    region_cue: float = 0.1  # "the X region": an admin-1 candidate
    siblings: float = 0.15  # a list's names are of one kind ("Georgia, Oklahoma and Ohio")
    reading: float = 0.2  # "Oklahoma lawmakers" (a region), "the city's mayor" (a city)
    hint: float = 0.5  # "X, 10 km west of Y": the candidate lies there (or not: minus)
    fuzzy_km: float = 300.0  # a name spelt otherwise: this near another place of the text
    fuzzy_city_population: int = 100_000  # ... or a city this large in the text's country
    min_score: float = 0.4  # below: no confident match


DEFAULT_WEIGHTS = Weights()
