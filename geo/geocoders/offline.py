"""The offline geocoder: names and points looked up in the bundled gazetteer.

:class:`GazetteerGeocoder` answers geopy's ``geocode``/``reverse`` from the
GeoNames / Natural Earth index (:mod:`geo.gazetteer.index`), ranking
candidates as the text pipeline does (:func:`geo.text.resolution.rank_candidates`);
:func:`parse_region_query` reads a region named by a type word ("the Kursk
region").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..gazetteer.codes import QUALITY_FUZZY, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer, load_gazetteer
from ..gazetteer.normalize import normalize
from ..text.candidates import borrowed_name_elsewhere
from ..text.composed import reading_copy
from ..text.lexicon import REGION_WORDS, US_STATE_ABBREVIATIONS
from ..text.ranking import Match, rank_candidates  # not the resolution stage's imports
from ..text.republics import republic_region

if TYPE_CHECKING:  # geopy (and requests) are imported when a Location is made
    from geopy.location import Location

__all__ = ["ATTRIBUTION", "MAX_QUERY", "GazetteerGeocoder", "parse_region_query"]

#: Credit line for output built from the offline gazetteer.
ATTRIBUTION = (
    "Places: GeoNames (geonames.org, CC BY 4.0); "
    "regions and countries: Natural Earth admin-1 (public domain)"
)

# The text's region words, plus second-level and other units a search may name.
#: Longest query :meth:`GazetteerGeocoder.geocode` takes (characters): a place name with
#: its containers ("Novoselivka, Kramatorsk Raion, Donetsk Oblast, Ukraine") is far shorter.
MAX_QUERY = 1000

_REGION_WORDS = "|".join(
    sorted(
        REGION_WORDS
        | {"county", "district", "department", "territory", "autonomous republic"}
        | {"people's republic", "people’s republic"},  # "Luhansk People's Republic"
        key=lambda w: (-len(w), w),
    )
)
_REGION_SUFFIX = re.compile(rf"^(?:the\s+)?(?P<name>.+?)\s+(?:{_REGION_WORDS})$", re.IGNORECASE)
_REGION_PREFIX = re.compile(rf"^(?:the\s+)?(?:{_REGION_WORDS})\s+of\s+(?P<name>.+)$", re.IGNORECASE)


def parse_region_query(query: str) -> str | None:
    """The region's own name when ``query`` names a region by a type word, else None.

    Examples
    --------
    >>> parse_region_query("the Kursk region")
    'Kursk'
    >>> parse_region_query("Province of Alberta")
    'Alberta'
    >>> parse_region_query("Sumy") is None
    True
    >>> parse_region_query("Luhansk People's Republic"), parse_region_query("the DPR")
    ('Luhansk', 'Donetsk')
    """
    text = " ".join(query.split())
    if (republic := republic_region(text)) is not None:  # "DPR", "the LNR"
        return republic
    for pattern in (_REGION_SUFFIX, _REGION_PREFIX):
        m = pattern.match(text)
        if m:
            return m.group("name")
    return None


# Where a record of each kind comes from (the rest: GeoNames).
_SOURCES = {
    "admin1": "Natural Earth",
    "country": "Natural Earth",
    "admin2": "US Census Bureau (us-atlas)",
}


def _as_list(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    out = [v.strip().upper() for v in value if v and v.strip()]
    for code in out:
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise InputError(f"country codes are ISO 3166-1 alpha-2 (e.g. UA, RU); got {code!r}")
    return out or None


class GazetteerGeocoder:
    """Offline geocoder over the bundled GeoNames / Natural Earth gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        An opened index. When omitted the default index is opened (and built
        once if needed) on the first call, not in the constructor.
    country_codes : str or list of str, optional
        Default country filter (ISO alpha-2), like Nominatim's ``country_codes``.

    Examples
    --------
    >>> from geo.geocoders import GazetteerGeocoder
    >>> geocoder = GazetteerGeocoder()   # no I/O yet
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        country_codes: str | Sequence[str] | None = None,
    ) -> None:
        self._gazetteer = gazetteer
        self.country_codes = _as_list(country_codes)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def matches(
        self,
        query: str,
        *,
        country_codes: str | Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Match]:
        """All ranked matches for ``query`` (see :func:`rank_candidates`)."""
        if not isinstance(query, str) or not query.strip():
            raise InputError("the query must be a non-empty place name")
        if len(query) > MAX_QUERY:
            raise InputError(f"the query is {len(query):,} characters long: a place name "
                             f"(with its containers) has at most {MAX_QUERY:,}")
        gaz = self.gazetteer
        codes = _as_list(country_codes) or self.country_codes
        if (copied := reading_copy(query)) is not None:
            query = copied[0]  # decomposed letters, homoglyphs: "Pоkrоvsk" (Cyrillic "о")
        name, containers = self._split_container(query)
        if containers:  # "Paris, France", "Kharkiv, Ukraine", "Albany, N.Y.", "Sumy, Sumy Oblast"
            inside = [
                c
                for c in self._candidates(name)[0]
                if (gaz.country_code(c.record), "") in containers
                or (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in containers
            ]
            inside = gaz.filter(inside, country_codes=codes, kinds=kinds)
            if inside and borrowed_name_elsewhere(
                gaz, inside, self._candidates(name)[0], normalize(name)
            ):
                return []  # "Moscow, Ohio": not Dalton, once called so
            if inside:
                prefer_admin1 = parse_region_query(name) is not None
                return rank_candidates(
                    gaz, inside, prefer_admin1=prefer_admin1, query=normalize(name)
                )
        candidates, prefer_admin1 = self._candidates(query)
        candidates = gaz.filter(candidates, country_codes=codes, kinds=kinds)
        if not candidates:  # "Hodeidah" (Al Hudaydah), "Karkhiv": names spelt like it
            fuzzy = gaz.lookup_fuzzy(normalize(query))
            candidates = gaz.filter(fuzzy, country_codes=codes, kinds=kinds)
        return rank_candidates(gaz, candidates, prefer_admin1=prefer_admin1, query=normalize(query))

    def _candidates(self, query: str) -> tuple[list[Candidate], bool]:
        """Name matches of ``query``, with the regions it names by a type word ("the Kursk
        region"); True when it did."""
        gaz = self.gazetteer
        candidates = gaz.lookup(query)
        if not candidates and ("-" in query or " " in query.strip()):
            # "Petion-Ville", "Petion Ville": a name the gazetteer writes as one word
            candidates = gaz.lookup_normalized(normalize(query).replace(" ", ""))
        region_name = parse_region_query(query)
        if region_name is not None:
            region_candidates = gaz.filter(gaz.lookup(region_name), kinds=["admin1"])
            if region_candidates:
                seen = {c.record for c in candidates}
                candidates = candidates + [c for c in region_candidates if c.record not in seen]
                return candidates, True
        return candidates, False

    def _split_container(self, query: str) -> tuple[str, set[tuple[str, str]]]:
        """A query's name and the readings of a trailing ", COUNTRY" or ", REGION" as
        (country code, admin-1 code or ""); no readings when there is none."""
        head, sep, tail = query.rpartition(",")
        if not sep or not head.strip() or not tail.strip():
            return query, set()
        gaz = self.gazetteer
        readings: set[tuple[str, str]] = set()
        state = US_STATE_ABBREVIATIONS.get(normalize(tail))
        if state is not None:
            readings.add(("US", state))
        code = tail.strip()
        if len(code) == 2 and code.isalpha() and code.isupper() and gaz.has_country(code):
            readings.add((code, ""))  # an ISO 3166-1 code: "Paris, FR"
        region_candidates, _ = self._candidates(tail)
        for c in region_candidates:
            kind = gaz.kind(c.record)
            if kind == "country":
                readings.add((gaz.country_code(c.record), ""))
            elif kind == "admin1":
                readings.add((gaz.country_code(c.record), gaz.admin1(c.record)[0]))
        return head, readings

    def record(self, match: Match, *, geometry: bool = False) -> dict[str, Any]:
        """The gazetteer record of a match, as :meth:`geocode` gives it in ``Location.raw``.

        Without geopy (and the web stack it imports): ``geo geocode`` prints these.
        """
        gaz = self.gazetteer
        place = gaz.place(match.record)
        raw = place.to_dict()
        raw["score"] = match.score
        raw["match"] = {0: "name", 1: "alias", 2: "alternate name", 3: "spelling"}.get(
            match.quality, "other"
        )
        # Only spelt like the query (no place is called so): say so plainly.
        raw["fuzzy"] = match.quality == QUALITY_FUZZY
        raw["source"] = _SOURCES.get(place.kind, "GeoNames")
        if geometry:
            from shapely.geometry import mapping

            raw["geometry"] = mapping(gaz.geometry(match.record))
        return raw

    def _location(self, match: Match, *, geometry: bool) -> Location:
        from geopy.location import Location

        place = self.gazetteer.place(match.record)
        raw = self.record(match, geometry=geometry)
        return Location(place.address, (place.lat, place.lon), raw)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        country_codes: str | Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int | None = None,
        geometry: bool = False,
    ) -> Location | list[Location] | None:
        """Find a place by name.

        Parameters
        ----------
        query : str
            A name in any spelling the gazetteer knows ("Kiev", "Харків",
            "Kursk region", "Kurskaya oblast'").
        exactly_one : bool
            Return the best :class:`~geopy.location.Location` (or ``None``)
            instead of a list.
        timeout : float, optional
            Accepted for geopy compatibility; the offline lookup never waits.
        country_codes : str or list of str, optional
            ISO alpha-2 codes to restrict to.
        kinds : list of str, optional
            Any of "place", "admin1", "country".
        limit : int, optional
            Most results to return when ``exactly_one`` is False.
        geometry : bool
            Add the record's GeoJSON geometry (region polygons) to ``raw``.

        Examples
        --------
        >>> from geo.geocoders import GazetteerGeocoder
        >>> loc = GazetteerGeocoder().geocode("Kiev")  # doctest: +SKIP
        >>> loc.raw["geonameid"], loc.raw["name"]      # doctest: +SKIP
        (703448, 'Kyiv')
        """
        if limit is not None and limit < 1:
            raise InputError(f"limit must be a positive integer, got {limit}")
        matches = self.matches(query, country_codes=country_codes, kinds=kinds)
        if exactly_one:
            return self._location(matches[0], geometry=geometry) if matches else None
        matches = matches[:limit] if limit else matches
        return [self._location(m, geometry=geometry) for m in matches] or None

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """The nearest populated place(s) to a point.

        ``query`` is a ``(lat, lon)`` pair, a geopy ``Point``/``Location`` or a
        shapely ``Point`` (x = lon). ``raw["distance_km"]`` is the geodesic
        distance from the query point.
        """
        from ..geometry import as_lat_lon, distance_km  # shapely, pyproj: only for points

        lat, lon = as_lat_lon(query)
        k = 1 if exactly_one else (limit or 10)
        if k < 1:
            raise InputError(f"limit must be a positive integer, got {limit}")
        found = []
        for record, _ in self.gazetteer.nearest(lat, lon, k=k):
            loc = self._location(Match(record, QUALITY_PRIMARY, 1.0), geometry=False)
            loc.raw["distance_km"] = round(
                distance_km((lat, lon), (loc.latitude, loc.longitude)), 3
            )
            del loc.raw["score"], loc.raw["match"], loc.raw["fuzzy"]
            found.append(loc)
        if exactly_one:
            return found[0] if found else None
        return found or None
