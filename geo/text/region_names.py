"""The countries and first-level regions a name may be: by their own names
(:func:`region_readings`) or by their seat's ("Suwayda province", "Sweida province":
:func:`capital_regions`).  Look-ups in the gazetteer's first ten matches of the name."""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from .arabic_variants import ARABIC_NAME_COUNTRIES, arabic_skeleton
from .region_abbreviations import region_record

__all__ = ["capital_regions", "region_readings", "within_stated"]


def region_readings(gaz: Gazetteer, key: str) -> list[tuple[str, str, str]]:
    """(kind, country code, admin-1 code) of the countries and first-level regions a
    normalised name may be, among its first ten gazetteer matches, in their order."""
    out = []
    for c in gaz.lookup_normalized(key)[:10]:
        row = gaz.row(c.record)
        if row.kind == "country" or row.kind == "admin1":
            out.append((row.kind, row.country_code, row.admin1[0]))
    return out


def capital_regions(gaz: Gazetteer, key: str) -> list[tuple[str, str, str]]:
    """("admin1", country code, admin-1 code) of the first-level regions a normalised
    name stated with a region's word names by their seat's name, when the gazetteer
    spells the region otherwise ("Suwayda province": the governorate As-Suwayda, whose
    seat is the town As-Suwayda): a place of that name whose own region's name holds
    the name's words."""
    out = []
    for c in gaz.lookup_normalized(key)[:10]:
        row = gaz.row(c.record)
        if row.kind != "place" or not row.admin1[0]:
            continue
        region = region_record(gaz, (row.country_code, row.admin1[0]))
        if region is not None and (
            f" {key} " in f" {gaz.name_key(region)} "
            or (  # "Sweida province": As-Suwayda, romanised otherwise
                row.country_code in ARABIC_NAME_COUNTRIES
                and arabic_skeleton(key) == arabic_skeleton(gaz.name_key(region))
            )
        ):
            out.append(("admin1", row.country_code, row.admin1[0]))
    return out


def within_stated(
    gaz: Gazetteer, candidates: Sequence[Candidate], stated: Sequence[tuple[str, str]]
) -> list[Candidate]:
    """The ``candidates`` in a region or country of ``stated`` ((country code, admin-1
    code or "") pairs, by GeoNames' codes), in their order."""
    out = []
    for c in candidates:
        cc, a1 = gaz.country_code(c.record), gaz.admin1(c.record)[0]
        if (cc, a1) in stated or (cc, "") in stated:
            out.append(c)
    return out
