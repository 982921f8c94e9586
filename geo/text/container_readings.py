"""A container is read as the region or country that holds the name it follows.

"BATUMI, Georgia (AP) — ... a tornado hit Savannah, Georgia, and Augusta": resolution
reads every mention of a name with the same cue alike (one sense per discourse), so both
"Georgia"s were read as one of the two, the country or the US state; the dateline's
"TBILISI, Georgia" likewise became the state when a later sentence named "Georgia, U.S.
state".  :func:`container_readings` reads a mention that is the stated container of the
name before it ("Savannah, Georgia": :attr:`Mention.containers`; "near Tillaberi in Niger")
as its candidate that holds that name's place: the country of the place's country code,
or the first-level region of its country and admin-1 code ("Lahore, Punjab, and
Ludhiana, Punjab": Pakistan's, then India's).  A container that already holds it, has
no such candidate, or was read as a city the name is part of ("Brooklyn, New York": within
:data:`PART_REACH_KM`), keeps its reading; one read as a city farther off is the region
named like it that holds the name's place ("León, Guanajuato": the state).  A city
reading of a name after a comma in a list whose names commas join, the name two back
without a container ("Ansongo, Lere, Nioro du Sahel, Kayes and Tessit"), is a list's
town, no container.  Linear in the mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["PART_REACH_KM", "container_readings"]

#: A container read as a city this near the name before it is the city that name is a
#: part of ("Brooklyn, New York"); farther, a town of the container's region named like
#: it ("León, Guanajuato": the state, not its capital 30 km off).
PART_REACH_KM = 15.0


def container_readings(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` (record or None, score per mention; not modified) with each stated
    container read as the region or country that holds the place of the name before it
    (module docstring)."""
    out = list(resolved)
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        gap = text[before.end : m.start]
        if not (gap == " in " or (gap == ", " and before.containers)):
            continue
        inner, own = out[k - 1][0], out[k][0]
        if inner is None or own is None or not gaz.is_place(inner):
            continue
        city = gaz.kind(own) not in ("country", "admin1")
        if city and distance_km(gaz.lat_lon(inner), gaz.lat_lon(own)) <= PART_REACH_KM:
            continue  # "Brooklyn, New York": a city read as the city it is part of stays so
        if city and gap == ", " and _in_plain_list(text, mentions, k):
            continue  # "Ansongo, Lere, Nioro du Sahel, Kayes and Tessit": the city Kayes
        held = (gaz.country_code(inner), *gaz.admin1(inner))
        if _holds(gaz, own, held):
            continue
        found = next((c.record for c in m.candidates if _holds(gaz, c.record, held)), None)
        if found is not None and city and gaz.name(found) != gaz.admin1(found)[1]:
            continue  # a city stays so but for the first-level region itself (not a
            # district filed under it: "Newcastle, Southampton" in a list of English cities)
        if found is not None:
            out[k] = (found, out[k][1])
    return out


def _in_plain_list(text: str, mentions: Sequence[Mention], k: int) -> bool:
    """Does the name before mention ``k`` follow a name of its list by a bare comma, that
    name with no container of its own?  The commas then join a list's names ("Ansongo,
    Lere, Nioro du Sahel, Kayes and Tessit"), and ``k`` is one of them, no container."""
    if k < 2:
        return False
    first, before = mentions[k - 2], mentions[k - 1]
    return (
        k - 1 in first.siblings
        and text[first.end : before.start] == ", "
        and not first.containers
    )


def _holds(gaz: Gazetteer, record: int, held: tuple[str, str, str]) -> bool:
    """Is ``record`` the country or the first-level region ``held`` names, as (country
    code, admin-1 code, admin-1 name)?  A region of parts that carry its name as their
    admin-1 name (Andalucía, of Spain's provinces; its own admin-1 code empty) holds
    them all."""
    kind = gaz.kind(record)
    if kind == "country":
        return gaz.country_code(record) == held[0]
    if kind != "admin1" or gaz.country_code(record) != held[0]:
        return False
    code = gaz.admin1(record)[0]
    return code == held[1] or (not code and held[2] != "" and gaz.name(record) == held[2])
