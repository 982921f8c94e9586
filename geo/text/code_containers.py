"""A town followed by its country's or its region's ISO code: "Heerlen, NL",
"Gravataí, RS, Brazil", "heerlen, nl".

Addresses, forms, posts and parcel labels write a town's country as its ISO 3166-1
alpha-2 code and its state or province as the letters of its ISO 3166-2 code ("RS",
BR-RS: Rio Grande do Sul; "SH", DE-SH: Schleswig-Holstein). Two capital letters are
no name of the gazetteer's (the US states' postal codes are, and are read already),
so the code was no toponym, and a town with namesakes stayed the biggest of them
("Leek, NL": not Leek in Staffordshire).

:func:`code_containers` reads such a code after resolution, right after ", " behind a
populated place: the place's own country code or its region's ISO letters
(:data:`geo/data/iso_subdivisions.json`, built from Natural Earth's Admin 1 layer by
``scripts/build_iso_subdivisions.py``) make it a toponym of that country or region; a
code that is neither, but is the country or a region of a namesake of the town, moves
the town to the most important such namesake. A code read as a US state's postal code
that is also the ISO code of a country is that country when the town is none of the
state's and the country has a place of its name ("Toronto, CA", "Munich, DE": not
estimated in California or Delaware; "Tel Aviv, IL": Israel). The code must end there: the text goes
on with punctuation, a digit (a postcode) or a lower-case word ("LONDON, ON MONDAY"
is no Ontario). A lower-case code is read only after a lower-case
town, only as the town's own country, and only when it is no everyday English word
("heerlen, nl"; never "delhi, in"). A code already inside a toponym is left alone.

Cost: a substring gate (", "), then one anchored regex match after each resolved
place; a look-up of the town's name only when the code is not its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .._data import package_file
from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .candidates import MAX_CANDIDATES, country_record
from .region_abbreviations import region_record

__all__ = ["code_containers", "iso_subdivisions"]

#: ", XX" or ", XXX" right after a name, the code a whole word.
_CODE = re.compile(r", ([A-Za-z]{2,3})(?![\w'’-])")
#: A lower-case code this frequent in English (wordfreq's Zipf scale) is a word.
MAX_WORD_ZIPF = 4.0


@cache
def iso_subdivisions() -> dict[str, dict[str, str]]:
    """{country code: {ISO 3166-2 letters: GeoNames admin-1 code}} ("BR": {"RS": "23"})."""
    source = package_file("data/iso_subdivisions.json")
    return json.loads(source.read_text(encoding="utf-8"))


def _ends_code(text: str, end: int) -> bool:
    """Does a code end at ``end``: the text's end, punctuation, a postcode's digit or a
    lower-case word?"""
    rest = text[end : end + 2]
    if not rest or rest[0] in ",.;:)]\n\r\t!?":
        return True
    if rest[0] != " " or len(rest) < 2:
        return rest[0] == " "
    return rest[1].isdigit() or rest[1] in "(-–—" or rest[1].islower()


def _reads(gaz: Gazetteer, record: int, code: str) -> int | None:
    """The record the code names for a place ``record`` lies in: its country or its
    first-level region, or None."""
    cc = gaz.country_code(record)
    if code == cc:
        return country_record(gaz, cc)
    admin1 = iso_subdivisions().get(cc, {}).get(code)
    if admin1 is not None and admin1 == gaz.admin1(record)[0]:
        return region_record(gaz, (cc, admin1))
    return None


def _country_not_state(
    gaz: Gazetteer, town: Toponym, code: Toponym
) -> tuple[Toponym, Toponym] | None:
    """The town and its code read again when the code, read as a US state's postal code,
    is the ISO code of a country holding a place of the town's name, and the town is
    none of the state's ("Toronto, CA": Canada, not California; "Munich, DE", "Tel
    Aviv, IL"); None otherwise ("Fresno, CA", "Dover, DE")."""
    state, place = code.place, town.place
    if state is None or place is None or state.kind != "admin1" or state.country_code != "US":
        return None
    cc = code.text
    if not (len(cc) == 2 and cc.isupper() and gaz.has_country(cc)) or cc == "US":
        return None
    if not town.estimated and place.country_code == "US" and place.admin1_code == cc:
        return None  # the state's own town
    country = country_record(gaz, cc)
    if country is None:
        return None
    if not town.estimated and place.country_code == cc:
        moved = town  # "Tel Aviv, IL": the town read right, its code not
    else:
        inside = next(
            (
                c.record
                for c in gaz.lookup(town.text)[:MAX_CANDIDATES]
                if gaz.is_place(c.record) and gaz.country_code(c.record) == cc
            ),
            None,
        )
        if inside is None:
            return None
        moved = replace(town, place=gaz.place(inside), estimated=False, uncertainty=None)
    return moved, replace(code, place=gaz.place(country))


def _word(code: str) -> bool:
    import wordfreq

    return wordfreq.zipf_frequency(code, "en") >= MAX_WORD_ZIPF


def code_containers(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """Add the ISO country or region code written after a town as a toponym, and move
    the town to the namesake the code names.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    toponyms : sequence of Toponym
        Sorted by offset, resolved.

    Returns
    -------
    tuple of Toponym
        The toponyms, a code's own toponym after its town (cue ``"code"``, the town's
        score), a town moved to its namesake keeping its score.
    """
    if ", " not in text:
        return tuple(toponyms)
    out: list[Toponym] = []
    taken = {(t.start, t.end) for t in toponyms}
    reread: dict[int, Toponym] = {}  # a US state's code read again as a country's
    for k, t in enumerate(toponyms):
        t = reread.pop(k, t)
        out.append(t)
        place = t.place
        if place is None or place.kind != "place":
            continue
        found = _CODE.match(text, t.end)
        if found is None:
            continue
        written = found.group(1)
        start, end = found.start(1), found.end(1)
        nxt = toponyms[k + 1] if k + 1 < len(toponyms) else None
        if nxt is not None and (nxt.start, nxt.end) == (start, end):
            pair = _country_not_state(gaz, t, nxt)
            if pair is not None:
                out[-1], reread[k + 1] = pair
            continue
        if t.estimated:
            continue
        upper = written.isupper()
        if not (upper or (written.islower() and t.text.islower() and len(written) == 2)):
            continue
        if (nxt is not None and nxt.start < end) or (start, end) in taken:
            continue
        if not _ends_code(text, end) or (not upper and _word(written)):
            continue
        code = written.upper()
        own = [c.record for c in gaz.lookup(t.text)[:MAX_CANDIDATES] if gaz.is_place(c.record)]
        current = next((r for r in own if gaz.geonameid(r) == place.geonameid), None)
        if current is None:
            continue
        named = _reads(gaz, current, code)
        town = current
        if named is None and upper:
            # "Leek, NL": the namesake in the country or region the code names.
            for r in own:
                named = _reads(gaz, r, code)
                if named is not None:
                    town = r
                    break
        if named is None or (not upper and gaz.kind(named) != "country"):
            continue
        if town != current:
            out[-1] = replace(t, place=gaz.place(town))
        out.append(Toponym(start, end, written, gaz.place(named), t.score, "code"))
    return tuple(out)
