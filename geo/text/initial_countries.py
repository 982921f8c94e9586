"""A region's abbreviation that is also the initials of the text's country: "power cuts in
SA" in a story of Johannesburg is South Africa, not South Australia.

A first-level region's two- or three-letter code ("SA", "WA", "NSW") is read as the region
where the text speaks of its country.  Where the text's other places all lie elsewhere,
none in the region's country or a neighbour of it, and the letters are the initials of
the one country of the text's places that they fit ("South Africa": SA), the letters name
that country: :func:`initial_countries` reads them so, with a cue or without ("in SA",
"the SA government").  Letters that fit none of the text's countries are left to
:func:`geo.text.lone_regions.drop_lone_regions` ("The strike in NSW spread to
Auckland" keeps New South Wales: no country of the text has those initials).

Cost: one pass over the toponyms, then a look at the text's countries per abbreviation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..model import Toponym

__all__ = ["initial_countries"]

#: A region's abbreviation: two or three capitals.
_ABBREVIATION = re.compile(r"[A-Z]{2,3}")


def initial_countries(gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with each abbreviation read as a far region moved to the country of
    the text's places whose initials it is (module docstring); the others unchanged."""
    abbreviated = [
        k
        for k, t in enumerate(toponyms)
        if t.place is not None
        and t.place.kind == "admin1"
        and not t.estimated
        and _ABBREVIATION.fullmatch(t.text)
    ]
    if not abbreviated:
        return tuple(toponyms)
    out = list(toponyms)
    named: dict[str, set[str]] = {}  # country code -> the texts read in it
    for o in toponyms:
        if o.place is not None and o.place.country_code:
            named.setdefault(o.place.country_code, set()).add(o.text)
    for k in abbreviated:
        t = toponyms[k]
        countries = {c for c, texts in named.items() if texts - {t.text}}
        region_cc = t.place.country_code  # type: ignore[union-attr]
        if not countries or region_cc in countries:
            continue
        if any(region_cc in gaz.neighbours(c) for c in countries):
            continue
        fits = [c for c in sorted(countries) if _initials(gaz.country_name(c)) == t.text]
        if len(fits) != 1:
            continue
        country = _country_record(gaz, fits[0])
        if country is not None:
            out[k] = replace(t, place=gaz.place(country))
    return tuple(out)


def _initials(name: str) -> str:
    """The capitals that open a name's words: "South Africa" -> "SA"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _country_record(gaz: Gazetteer, code: str) -> int | None:
    """The gazetteer's country record for an ISO code, found by the country's name."""
    return next(
        (
            c.record
            for c in gaz.lookup(gaz.country_name(code))
            if gaz.kind(c.record) == "country" and gaz.country_code(c.record) == code
        ),
        None,
    )
