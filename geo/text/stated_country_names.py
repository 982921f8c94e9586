"""A name followed by the country it lies in: "New Hope, Jamaica", "New Hope in
southwestern Jamaica".

:func:`geo.text.stated_abroad.outside_stated_country` moves a name read outside the
region its container states by an admin-1 code; a container that is a country only
(:func:`geo.text.containers.read_container` gives ``(cc, "")``), or "in" a country
whose name is no first-level region's ("in Jamaica", not "in Georgia"), is handled here.  The
country stated wins over a namesake elsewhere, whichever the text's other places favour:

* the container itself is the country, never a namesake place of the country's name
  ("Jamaica" after "New Hope, " is not Jamaica, Queens), as is a country's name after
  a compass word ("in southwestern Jamaica");
* the name before it takes its first candidate in that country (a town, else a region:
  "Navarre, in Spain"); with none, it is
  estimated in the country (its point, the whole country its uncertainty) when the
  country is small enough for that to say where it is
  (:data:`ESTIMATE_AREA_KM2`), and otherwise left without a place, with a warning.

Not a container: a country acting ("in Kharkiv, Russia said" - the country speaks), a
possessive ("Odesa, Ukraine's port"), or the first name of a list (read by
:func:`geo.text.containers.link_lists`).  A city of :data:`CITY_POPULATION` people or
more keeps its reading against a country after a comma ("Kyiv, Russia" is a list of
two, not Kyiv in Russia), not against one stated with "in" ("Palma in northern
Mozambique": no Palma of Mallorca).  Linear in the mentions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from ..geometry.measures import area_km2
from .definitions import is_definition, region_readings
from .tokens import Mention

__all__ = ["CITY_POPULATION", "ESTIMATE_AREA_KM2", "stated_country_names"]

log = logging.getLogger(__name__)

#: A place this populous keeps its reading against a country written after it.
CITY_POPULATION = 100_000
#: A country at most this large (km², about Poland's size; Jamaica 11,000) places a name
#: the gazetteer lacks in it closely enough to estimate it there.
ESTIMATE_AREA_KM2 = 350_000.0


#: A compass word before a country's name: "in southwestern Jamaica", "northern Lebanon".
_COMPASS = r"(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|central)"
_COMPASS_BEFORE = re.compile(rf"\b{_COMPASS}\s+$", re.IGNORECASE)
#: What joins a name to its country: "New Hope, Jamaica", "New Hope(,) in southwestern Jamaica".
_GAP = re.compile(rf", (?!in\s)|,?\s+in\s+(?:{_COMPASS}\s+)?", re.IGNORECASE)


def _comma_only(text: str, end: int) -> bool:
    """Is the name ending at ``end`` joined to what follows by a comma alone ("Kyiv,
    Russia"), not by "in" ("Palma, in northern Mozambique")?"""
    gap = _GAP.match(text, end)
    return gap is not None and gap.group() == ", "


def _country_of(gaz: Gazetteer, m: Mention, codes: set[str] | None) -> int | None:
    """The country record mention ``m`` names by its own name (in ``codes`` when given)."""
    for c in m.candidates:
        if (
            c.quality == QUALITY_PRIMARY
            and gaz.kind(c.record) == "country"
            and (codes is None or gaz.country_code(c.record) in codes)
        ):
            return c.record
    return None


def _country_after(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], k: int
) -> tuple[int, int] | None:
    """(index, country record) of the mention right after mention ``k`` that states its
    country ("X, Jamaica", "X in southwestern Jamaica"), or None."""
    m = mentions[k]
    if k + 1 >= len(mentions) or any(a1 for _, a1 in m.containers):
        return None
    j = k + 1
    after = mentions[j]
    gap = _GAP.match(text, m.end)
    if gap is None or gap.end() != after.start or after.actor or after.siblings:
        return _defined_country(text, gaz, mentions, k)
    if text[after.end : after.end + 2] in ("'s", "’s"):
        return None  # "Odesa, Ukraine's third city"
    if gap.group() == ", ":
        if not m.containers:
            return None
        codes = {cc for cc, _ in m.containers}
    else:
        readings = region_readings(gaz, after.key)
        codes = {cc for kind, cc, _ in readings if kind == "country"}
        if not codes or any(cc not in codes for _, cc, _ in readings):
            # "in Georgia": the state or the country ("Mozambique" is a province of it too)
            return None
    country = _country_of(gaz, after, codes)
    return None if country is None else (j, country)


#: The mentions after a defined name among which its definition's country is looked for.
_DEFINITION_WINDOW = 4


def _defined_country(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], k: int
) -> tuple[int, int] | None:
    """(index, country record) of the country a definition after mention ``k`` states,
    when it states a country alone ("Raka is a village in eastern Slovenia": containers
    ``(("SI", ""),)`` from :func:`geo.text.definitions.read_definition`), or None."""
    m = mentions[k]
    if not m.containers or not is_definition(text, m.end):
        return None
    codes = {cc for cc, _ in m.containers}
    for j in range(k + 1, min(len(mentions), k + 1 + _DEFINITION_WINDOW)):
        country = _country_of(gaz, mentions[j], codes)
        if country is None:
            continue
        readings = region_readings(gaz, mentions[j].key)
        if any(kind != "country" for kind, _, _ in readings):
            return None  # "in Cobb County, Georgia": the state or the country
        return j, country
    return None


def _compass_countries(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], out: list[tuple[int | None, float]]
) -> None:
    """A country's name after a compass word ("in southwestern Jamaica") read as a place
    is the country."""
    for j, m in enumerate(mentions):
        rec = out[j][0]
        if rec is None or not gaz.is_place(rec) or m.containers:
            continue
        if _COMPASS_BEFORE.search(text, max(0, m.start - 20), m.start) is None:
            continue
        country = _country_of(gaz, m, None)
        if country is not None:
            out[j] = (country, out[j][1])


def stated_country_names(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """Resolution with each "X, Country" read in the country (module docstring), and,
    for the names to estimate there, mention index -> the country record."""
    out = list(resolved)
    _compass_countries(text, gaz, mentions, out)
    stated: dict[int, int] = {}
    for k, m in enumerate(mentions):
        found = _country_after(text, gaz, mentions, k)
        if found is None:
            continue
        j, country = found
        cc = gaz.country_code(country)
        if out[j][0] != country:
            out[j] = (country, max(out[j][1], 0.5))
        rec = out[k][0]
        if rec is None or not gaz.is_place(rec) or gaz.country_code(rec) == cc:
            continue
        if (
            gaz.population(rec) >= CITY_POPULATION
            and _comma_only(text, m.end)
            and not is_definition(text, m.end)
        ):
            continue  # "Kyiv, Russia": a list; "Raka is a village in Slovenia" is no Ar Raqqah
        # "Palma in northern Mozambique": "in" states it, however big Palma of Mallorca is.
        # A town of the country; else one of its regions ("Navarre, in Spain": Navarra).
        inside = min(
            (
                (not gaz.is_place(c.record), n, c.record)
                for n, c in enumerate(m.candidates)
                if gaz.country_code(c.record) == cc
                and (gaz.is_place(c.record) or gaz.kind(c.record) == "admin1")
            ),
            default=(None, None, None),
        )[2]
        if inside is not None:
            out[k] = (inside, out[k][1])
            continue
        out[k] = (None, 0.0)
        if area_km2(gaz.geometry(country)) <= ESTIMATE_AREA_KM2:
            stated[k] = country
        else:
            log.warning(
                "%r (characters %d-%d) is stated to lie in %s, where the gazetteer has no "
                "place of the name; left without a place",
                text[m.start : m.end],
                m.start,
                m.end,
                text[mentions[j].start : mentions[j].end],
            )
    return out, stated
