"""The region queries of :class:`geo.text.context.Context`: the countries and regions
the text speaks of, the containers it gives with a name, and which regions hold the
text's other places.

A mixin: its methods read the per-text summaries :class:`~geo.text.context.Context`
builds (``regions``, ``own_regions``, ``named_regions``, ``named_countries``, the
containers and the points read near each name) and memoise their answers per text.
Split from :mod:`geo.text.context` along the kind of question asked: places and
distances there, regions and containers here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..gazetteer.codes import QUALITY_PRIMARY

if TYPE_CHECKING:
    from .ranking import Match

__all__ = ["RegionQueries"]


class RegionQueries:
    """Questions about the regions and countries of a text (mixed into ``Context``)."""

    def region_votes(self, key: str) -> dict[str, int]:
        """Per country, the votes of the text's places and regions (:attr:`regions`) less
        those of ``key``'s own mentions: countries and demonyms named in passing are no
        part of it.  Built once per text; a name's own votes are taken off per call."""
        if self._region_countries is None:
            totals: dict[str, int] = {}
            for (cc, _), v in self.regions.items():
                totals[cc] = totals.get(cc, 0) + v
            self._region_countries = totals
        own = self.own_regions.get(key)
        if not own:
            return self._region_countries
        out = dict(self._region_countries)
        for (cc, _), v in own.items():
            out[cc] -= v
        return out

    def concentrated(self, key: str, min_votes: int, share: float) -> bool:
        """Do one or two countries hold at least ``share`` of the :meth:`region_votes`
        of ``key`` (``min_votes`` of them at least)?  A fact of the text and the name:
        decided once per name, whichever of its mentions asks."""
        memo_key = (key, min_votes, share)
        found = self._concentrated.get(memo_key)
        if found is None:
            by_country = self.region_votes(key)
            n_votes = sum(by_country.values())
            top = sorted(by_country.values(), reverse=True)[:2]
            found = self._concentrated[memo_key] = not (
                n_votes < min_votes or sum(top) < share * n_votes
            )
        return found

    def named_otherwise(self, record: int, key: str) -> bool:
        """Is ``record`` also a candidate of another name than ``key`` in the text (the
        place named twice: "Krasnoarmeysk, which Ukraine calls Pokrovsk")?"""
        candidate_of = self._candidate_of
        if candidate_of is None:
            candidate_of = self._candidate_of = {}
            for m in self._mentions:
                if m.fuzzy:
                    continue
                name = m.key
                for c in m.candidates:
                    seen = candidate_of.setdefault(c[0], name)
                    if seen is not None and seen != name:
                        candidate_of[c[0]] = None
        return record in candidate_of and candidate_of[record] != key

    def worded_region(self, key: str) -> bool:
        """Is a mention of ``key`` the region's name with its capitalised word ("the
        Mandalay Region", "Kherson Oblast": more words than the name's)?  A text that
        names the region so tells it from the city of its name: the name written bare is
        then the city (:func:`geo.text.evidence`).  A lower-case word ("Bihar state
        average", "the U.S. state of Oklahoma") describes the region it names bare too."""
        return any(
            (m := self._mentions[k]).cue == "region" and m.last - m.first >= len(key.split())
            for k in self._mentions_of.get(key, ())
        )

    def named_around(self, key: str, record: int, against: str | None = None) -> bool:
        """Does the text name what ``record`` lies in: a container given with a mention
        of ``key`` ("Moscow, Idaho"), its region on its own ("Idaho"), or its country
        outright when the country ``against`` (the rival namesake's) is not?"""
        return self.named_in(
            key, self.gaz.country_code(record), self.gaz.admin1(record)[0], against
        )

    def named_in(self, key: str, cc: str, admin1: str, against: str | None = None) -> bool:
        """:meth:`named_around` of a record in country ``cc``, admin-1 region ``admin1``."""
        given = self._containers.get(key)
        if (cc, admin1) in self.named_regions or (
            given and any(reading in ((cc, ""), (cc, admin1)) for reading in given)
        ):
            return True
        # "London ... Canada's stand", and Britain never named
        return cc in self.named_countries and (
            against is None or against not in self.named_countries
        )

    def region_contains_any(self, record: int, key: str) -> bool:
        """Does the region's polygon contain a point read from another name near ``key``?"""
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
        import shapely

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

    def region_km(
        self,
        named_after: Mapping[int, tuple[int, ...]],
        near_km: Mapping[int, float] | None,
        support_population: int,
        ranked: Sequence[Match],
    ) -> dict[int, float]:
        """``near_km`` (a name's candidate records -> km to the text's other places) with
        each region named after candidate cities smaller than ``support_population``
        (``named_after``: region -> cities) and called by their own name (among ``ranked``,
        the name's candidates) as far as its nearest such city: a country's
        share then decays for the region as for its city ("near Segou. Residents of
        Gao": the Gao region lies no nearer Ségou than the city of Gao, which a smaller
        Gao in Burkina Faso outdoes).  Empty without ``near_km``."""
        if near_km is None:
            return {}
        far = dict(near_km)
        own = {r.record for r in ranked if r.quality == QUALITY_PRIMARY} if named_after else ()
        for region, cities in named_after.items():
            km = [near_km[c] for c in cities if c in near_km and c in own]
            if km and all(self.gaz.population(c) < support_population for c in cities):
                far[region] = min(km)
        return far
