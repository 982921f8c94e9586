"""A first-level region stated bare after a name the gazetteer lacks: "Minova in South
Kivu", "Thiban in Deir ez-Zor province".

:func:`stated_region_after` is :func:`geo.text.definitions.region_after_name` ("in the X
region", "in X Oblast"), else the regions a bare "in X" (or ", X" closing its clause)
right after the name names: for a name the gazetteer lacks, which the region then
locates (recognition, :func:`geo.text.spellings.unknown_name`).  Cost: one anchored match a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from .definitions import region_after_name, region_readings

__all__ = ["stated_region_after"]


#: "in South Kivu", "in Deir ez-Zor": a bare name after "in", up to a word that is no name's;
#: its country's possessive may come first ("in Sudan's North Darfur").
_IN_BARE = re.compile(
    r",?\s+in\s+(?:[A-Z][\w'’-]*['’]s\s+(?=[A-Z]))?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,2})(?![\w'’-]|\s+[A-Z])"
)

#: A bare region's name that a town this large (people) has is the town's after a place.
_TOWN = 10_000

#: ", North Kivu" closing its clause (a stop, a bracket, ", said", "province"), not the
#: next name of a list ("in Kiwanja, Kherson and Odesa").
_COMMA_BARE = re.compile(
    r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,2})"
    r"(?=\s*(?:[.;:)\n]|,\s+[a-z]|$)|\s+(?:province|region|state|oblast|governorate)\b)"
)


def stated_region_after(
    text: str, end: int, gaz: Gazetteer, *, towns: bool = True, own: Sequence[Candidate] = ()
) -> tuple[tuple[str, str], ...]:
    """:func:`region_after_name`, else the first-level regions a bare "in X" right after
    ``text[:end]`` names ("Minova in South Kivu", "Mir Ali in Khyber Pakhtunkhwa"), or a
    bare ", X" closing the clause ("Kiwanja, North Kivu"): for a name the gazetteer
    lacks, which the region then locates. Empty when none is stated.  With ``towns``
    False, a bare name that is also a town's (of :data:`_TOWN` people: "in Charlotte",
    "in Donetsk") states no region: after a name the gazetteer has, it is the town's.  A
    bare name that is a country's, after a name with a place (``own``, its candidates) in
    that country, is the country, not a namesake region elsewhere: "Tillaberi in Niger" is
    Niger's town, not a place in Nigeria's Niger State (:func:`_own_country`)."""
    stated = region_after_name(text, end, gaz)
    if stated:
        return stated
    if text[end : end + 2] == ", ":  # "in Kiwanja, North Kivu": the region closes the clause
        m = _COMMA_BARE.match(text, end)
    elif text[end : end + 4] in (" in ", ", in"):
        m = _IN_BARE.match(text, end)
    else:
        return ()
    if m is None:
        return ()
    key = normalize(m.group("name"))
    if not towns and any(
        gaz.is_place(c.record) and gaz.population(c.record) >= _TOWN
        for c in gaz.lookup_normalized(key)
    ):
        return ()
    readings = region_readings(gaz, key)
    if own and _own_country(gaz, readings, own):
        return ()
    regions = {(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}
    if regions:  # "a village in Niger" the gazetteer lacks: the country too, not only
        # Nigeria's Niger State (a name with a place there: _own_country above; not "in
        # Birmingham, England": a region of the country it names)
        held = {cc for cc, _ in regions}
        regions.update((cc, "") for kind, cc, _ in readings if kind == "country" and cc not in held)
    elif text[end : end + 2] == ", ":  # "the village of Beit Jinn, Syria,": the country alone
        regions = {(cc, "") for kind, cc, _ in readings if kind == "country"}
    return tuple(sorted(regions))


def _own_country(
    gaz: Gazetteer, readings: Sequence[tuple[str, str, str]], own: Sequence[Candidate]
) -> bool:
    """Does a country the bare name may be hold a place among the name's candidates?"""
    countries = {cc for kind, cc, _ in readings if kind == "country"}
    return bool(countries) and any(
        gaz.is_place(c.record) and gaz.country_code(c.record) in countries for c in own
    )
