"""A name read in another country than the region stated right after it.

"Fighting in Nasir County, Upper Nile State": the gazetteer's only Nasir near that
spelling is a Khartoum suburb, in Sudan, matched by an alternate name; the text states
South Sudan's Upper Nile.  :func:`geo.text.stated_within.outside_stated` moves a name
read inside the stated region's country code but outside its polygon; here the reading
is in no country the containers name, and the stated region is resolved among the
mentions just after the name (the same evidence :func:`outside_stated` asks for).  The
name takes its candidate in the stated region, or, with none, no place of its own: it
is then located in the stated region, as an estimate.  Every mention of the name read
so, but one the text places elsewhere, follows.  Linear in the mentions.

The same holds inside the stated country, for a region stated by its admin-1 code:
"San Gabriel, Texas is a town in Milam County", "Lexington, Maine is a township",
"Delta, Ontario, is a community": where the gazetteer has no place of the name in the
stated state or province, the namesake of another one (San Gabriel, California) is no
reading; the name is estimated in the stated region instead.  A country or a region of
another country read for a name stated in a state or province ("Jordan, Ontario, is a
community") is likewise a town's name there.

The gazetteer's second-level regions are the United States' counties.  "Huron County,
Ontario" and "Kent County, England" name counties of other countries that it lacks: a US
county of the name (Huron County, Michigan) is no reading, and the region stated after it
is that country's (Ontario the province, not Ontario, Ohio, by Huron County, Ohio):
:func:`foreign_counties`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .stated_within import _inside, _polygon, regions_after
from .tokens import Mention

__all__ = ["foreign_counties", "outside_stated_country"]

#: A city this populous, read in the stated country but another region of it, is named
#: with that region in a list ("Zaporizhzhia, Kharkiv region"), not as its container.
_CITY_POPULATION = 200_000


def _stated_region(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The region (admin-1 or admin-2 record) stated as mention ``k``'s container: the
    first resolved among the mentions just after it in a (country, admin-1 code) its
    containers name, or in a country they name when the record carries no code (a
    Natural Earth region: South Sudan's Upper Nile)."""
    regions = {r for r in mentions[k].containers if r[1]}
    countries = {cc for cc, _ in regions}
    for j, rec in regions_after(gaz, resolved, k):
        code = gaz.admin1(rec)[0]
        if (gaz.country_code(rec), code) in regions or (
            not code and gaz.country_code(rec) in countries
        ):
            # by its own name or an alias ("Upper Nile"), not a foreign one: "Aston, Cote"
            # in Oxfordshire states no Kenyan Coast Province
            quality = min(
                (c.quality for c in mentions[j].candidates if c.record == rec), default=None
            )
            return rec if quality is not None and quality <= QUALITY_ALIAS else None
    return None


def _within_stated(gaz: Gazetteer, rec: int, containers: Sequence[tuple[str, str]]) -> bool:
    """Does place ``rec`` lie in what ``containers`` state: one of their countries, and,
    where they give that country's admin-1 code, in one of those regions?"""
    cc = gaz.country_code(rec)
    codes = {a1 for c, a1 in containers if c == cc}
    return bool(codes) and ("" in codes or gaz.admin1(rec)[0] in codes)


def _in_outline(gaz: Gazetteer, region: int, rec: int) -> bool:
    """Does place ``rec`` lie in the stated region's polygon (or near its outline), a
    code notwithstanding?  GeoNames files some towns under a former province's code
    ("Moba ... in Katanga Province", since split): the shape, where there is one,
    decides."""
    area = _polygon(gaz, region)
    return area is not None and _inside(gaz, area, rec)


def _region_abroad(gaz: Gazetteer, rec: int, containers: Sequence[tuple[str, str]]) -> bool:
    """Is ``rec`` a country or a first-level region of another country than the states
    or provinces ``containers`` name ("Jordan, Ontario", "San Patricio, Texas")?  A
    country or region has no state of another country for its container: the name is a
    town's there.  A container that names a country only ("Georgia, Russia") is no
    state: such a pair may be a list."""
    if gaz.kind(rec) not in ("country", "admin1"):
        return False
    stated = {cc for cc, a1 in containers if a1}
    return bool(stated) and gaz.country_code(rec) not in stated


def outside_stated_country(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """Resolution with each place read in a country none of its stated containers names
    (or in another state or province of it than the one they name) moved to its
    candidate in the stated region (first in candidate order) or to no place; and, for
    the mentions left without one, mention index -> the stated region (admin-1 or
    admin-2 record), to be estimated in it."""
    moved: dict[str, tuple[int | None, int, tuple[tuple[str, str], ...]]] = {}
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if rec is None or m.key in moved or not m.containers:
            continue
        if not (gaz.is_place(rec) or _region_abroad(gaz, rec, m.containers)):
            continue
        if _within_stated(gaz, rec, m.containers):
            continue
        if (
            gaz.country_code(rec) in {cc for cc, _ in m.containers}
            and gaz.population(rec) >= _CITY_POPULATION
        ):
            continue  # "in Zaporizhzhia, Kharkiv region": a city and a region, listed
        region = _stated_region(gaz, mentions, resolved, k)
        if region is None or _in_outline(gaz, region, rec):
            continue
        where = (gaz.country_code(region), gaz.admin1(region)[0])
        inside = next(
            (
                c.record
                for c in m.candidates
                if gaz.is_place(c.record)
                and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == where
            ),
            None,
        )
        moved[m.key] = (inside, region, m.containers)
    if not moved:
        return list(resolved), {}
    out = list(resolved)
    stated: dict[int, int] = {}
    for k, m in enumerate(mentions):
        if m.key not in moved or out[k][0] is None:
            continue
        inside, region, containers = moved[m.key]
        if not (gaz.is_place(out[k][0]) or _region_abroad(gaz, out[k][0], containers)):
            continue
        if m.containers and m.containers != containers:
            continue  # a namesake the text places elsewhere
        if _within_stated(gaz, out[k][0], ((gaz.country_code(region), gaz.admin1(region)[0]),)):
            continue
        if inside is not None:
            out[k] = (inside, out[k][1])
        else:
            out[k] = (None, 0.0)
            stated[k] = region
    return out, stated


#: The last word of a county's name, normalised ("Huron County", "Rapides Parish").
_COUNTY_WORDS = (" county", " parish", " borough")


def foreign_counties(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each mention read as a second-level region (a US county) that the
    name stated as its container right after it (", Ontario") puts in another country left
    without a place (its score kept), and that name read as the other country's region or
    the country.  The name states another country when one of its candidates by its own
    name or an alias is a country or a first-level region of another country, and none is
    a US state ("Huron County, Michigan" stays; so does "Oconee County, South Carolina",
    though "South" is a region's name elsewhere).

    Cost: one look at each county reading and at the mention after it.
    """
    out = list(resolved)
    for k in range(len(mentions) - 1):
        rec, m, after = resolved[k][0], mentions[k], mentions[k + 1]
        if rec is None or gaz.kind(rec) != "admin2" or not m.key.endswith(_COUNTY_WORDS):
            continue
        if len(m.key) > m.end - m.start:
            continue  # "Belmont, Guernsey and Washington counties": a plural's list
        if after.start - m.end != 2 or not m.containers:
            continue  # "the county seat of Delaware County. Manchester is ..."
        regions = [
            c.record
            for c in after.candidates
            if c.quality <= QUALITY_ALIAS and gaz.kind(c.record) in ("admin1", "country")
        ]
        home = gaz.country_code(rec)
        if not regions or any(gaz.country_code(r) == home for r in regions):
            continue
        if _county_town(gaz, rec, after):
            continue  # "the largest city of Latah County, Moscow is": Moscow, Idaho
        out[k] = (None, resolved[k][1])
        out[k + 1] = (regions[0], resolved[k + 1][1])
    return out


#: A town this near a county's point is the county's own ("Latah County, Moscow").
_COUNTY_TOWN_KM = 30.0


def _county_town(gaz: Gazetteer, county: int, after: Mention) -> bool:
    """Is one of ``after``'s candidates a place of the county's state within
    :data:`_COUNTY_TOWN_KM` of the county's point (the county's own town named after it)?"""
    from ..geometry import distance_km

    where = (gaz.country_code(county), gaz.admin1(county)[0])
    here = gaz.lat_lon(county)
    return any(
        gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == where
        and distance_km(here, gaz.lat_lon(c.record)) <= _COUNTY_TOWN_KM
        for c in after.candidates
    )
