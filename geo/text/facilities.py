"""Stage 4b of the geoparser: a power plant named after a city, read at its site.

"The Zaporizhzhia Nuclear Power Plant" names a city, but the plant stands at Enerhodar,
55 km off.  Recognition keeps such a name with the cue ``"facility"``
(:mod:`geo.text.context_rules`); :func:`locate_facilities` moves the reading of a
plant whose site the table :data:`~geo.text.lexicon.facilities.FACILITY_SITES` knows
from the namesake city (or region) to the town at the site.  Other facilities ("the
Kherson airport") stay where their name is, but one a city owns ("London's Heathrow
airport") is read at that city where its own reading lies farther than
:data:`OWNER_REACH_KM` from it: Heathrow, Florida is no part of London.  So is a city's
part named without a facility's word ("London's Heathrow") where its reading is a small
place in a country the text otherwise never lies in.

A nuclear plant's name in any case or form ("the zaporizhzhia nuclear power plant",
"the Zaporozhskaya AES", "the South Ukraine NPP") is found by :func:`place_plants` in
the text itself (:data:`~geo.text.lexicon.facilities.PLANT_NAMES`) and read at its site.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..geometry import distance_km
from ..model import Toponym
from .fold import folded
from .lexicon import FACILITY_WORDS, WATER_WORDS
from .lexicon.facilities import FACILITY_KINDS, FACILITY_SITES, PLANT_NAMES
from .tokens import Mention, Token

__all__ = ["OWNER_REACH_KM", "facility_name_after", "locate_facilities", "place_plants"]

#: A city's facility ("London's Heathrow airport") lies within this distance of it.
OWNER_REACH_KM = 60.0

#: Capitalised words read after a place's name for the facility word closing them.
_FACILITY_REACH = 3


def facility_name_after(tokens: Mapping[int, Token] | Sequence[Token], k: int, n: int) -> bool:
    """Do the capitalised words from ``tokens[k]`` on (of ``n`` tokens) close, within
    three words, with a facility word ("Novokuibyshevsk Oil Refinery", "Zaporizhzhia
    Thermal Power Plant", "Ryazan Oil Refinery")?  Then the name before them names the
    facility's place, not a person's or a body's longer name.  Read over single spaces.

    >>> from geo.text.tokens import tokenize
    >>> toks = tokenize("the Novokuibyshevsk Oil Refinery")
    >>> facility_name_after(toks, 2, len(toks)), facility_name_after(toks, 3, len(toks))
    (True, True)
    >>> toks = tokenize("the Novokuibyshevsk Oil company refinery")
    >>> facility_name_after(toks, 2, len(toks))
    False
    """
    for m in range(k, min(k + _FACILITY_REACH, n)):
        tok = tokens[m]
        if not tok.capitalized or (m > k and tokens[m - 1].end + 1 != tok.start):
            return False
        if tok.norm in FACILITY_WORDS and tok.norm not in WATER_WORDS:
            return True
    return False

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def locate_facilities(
    text: str,
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """The resolution (record, score) of each mention, with a power plant named after
    a city read at the town at its site.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        :func:`geo.text.resolution.resolve`'s answer, one per mention (not modified).

    Examples
    --------
    >>> from geo import load_gazetteer                      # doctest: +SKIP
    >>> from geo.text.geoparse import geoparse              # doctest: +SKIP
    >>> [t.place.name for t in geoparse(
    ...     "Shelling near the Zaporizhzhia NPP.", load_gazetteer())]  # doctest: +SKIP
    ['Enerhodar']
    """
    out = list(resolved)
    countries: Counter[str] | None = None  # the countries of the readings, counted once
    owns = _OWNS_GATE in text  # one scan of the text, not one a mention
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if m.cue != "facility" and rec is not None and k and owns:
            owner = _owner(text, gazetteer, mentions, out, k)
            if owner is not None:
                if countries is None:
                    countries = Counter(gazetteer.country_code(r) for r, _ in resolved if r)
                if _stray_part(gazetteer, rec, owner, countries):
                    out[k] = (owner, score)  # "London's Heathrow": not Heathrow, Florida
            continue
        if m.cue != "facility" or rec is None:
            continue
        owner = _owner(text, gazetteer, mentions, out, k)
        if owner is not None:
            out[k] = (owner, score)  # "London's Heathrow airport": not Heathrow, Florida
            continue
        word = _NEXT_WORD.match(text, m.end)
        kind = FACILITY_KINDS.get(word.group(1).lower()) if word is not None else None
        site = FACILITY_SITES.get((gazetteer.geonameid(rec), kind)) if kind else None
        if site is None:
            continue
        found = _site_record(gazetteer, *site)
        if found is not None:
            out[k] = (found, score)
    return out


def _owner(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The city whose possessive comes right before facility mention ``k`` ("London's
    Heathrow airport"), when mention ``k``'s reading lies farther than
    :data:`OWNER_REACH_KM` from it; else None."""
    rec = resolved[k][0]
    if k == 0 or rec is None or text[mentions[k - 1].end : mentions[k].start] not in _OWNS:
        return None
    owner = resolved[k - 1][0]
    if owner is None or not gaz.is_place(owner) or owner == rec:
        return None
    far = distance_km(gaz.lat_lon(owner), gaz.lat_lon(rec)) > OWNER_REACH_KM
    return owner if far else None


_OWNS = ("'s ", "’s ")
_OWNS_GATE = "s "  # (every possessive holds it: a text without one is not read)
#: A part of a city named without the facility's word ("London's Heathrow") is read at
#: the city only where its own reading is a place this small ...
_PART_POPULATION = 10_000


def _stray_part(gaz: Gazetteer, rec: int, owner: int, countries: Counter[str]) -> bool:
    """Is ``rec``, read after the possessive of the city ``owner``, a small place
    (:data:`_PART_POPULATION`) in a country that is not the city's and that no other
    reading lies in (``countries``: the readings' countries, counted)?  "London's
    Heathrow" read at Heathrow, Florida, in a text of London: the name is the city's part
    the gazetteer lacks.  ("Moscow's Bakhmut offensive" stays Bakhmut: a town of 70,000.)"""
    if not gaz.is_place(rec) or gaz.population(rec) >= _PART_POPULATION:
        return False
    cc = gaz.country_code(rec)
    return cc != gaz.country_code(owner) and countries[cc] <= 1


def _site_record(gaz: Gazetteer, geonameid: int, name: str) -> int | None:
    """The gazetteer record of a site's town, found by its name and GeoNames id."""
    memo = gaz.memo("facilities.site")
    found = memo.get(geonameid, -1)
    if found == -1:
        found = memo[geonameid] = next(
            (c.record for c in gaz.lookup(name) if gaz.geonameid(c.record) == geonameid), None
        )
    return found


_PLANT = re.compile(
    r"\b(?P<name>"
    + "|".join(re.escape(n) for n in sorted(PLANT_NAMES, key=len, reverse=True))
    + r")\s+(?:nuclear\s+(?:power\s+)?(?:plant|station)|atomic\s+power\s+(?:plant|station)"
    r"|npp|aes)\b",
    re.IGNORECASE,
)
#: The score of a plant found by its name.
_PLANT_SCORE = 0.9
#: A word every ``_PLANT`` match holds, as :func:`geo.text.fold.folded` writes it: a
#: text without one names no plant, and is not searched (most texts).
_PLANT_WORDS = ("nuclear", "atomic", "npp", "aes")


def place_plants(
    text: str, gazetteer: Gazetteer, toponyms: Sequence[Toponym]
) -> tuple[Toponym, ...]:
    """The toponyms, with each nuclear plant the text names (any case, Ukrainian or
    Russian forms: "the zaporizhzhia nuclear power plant", "the Zaporozhskaya AES", "the
    South Ukraine NPP") read at the town at its site.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    toponyms : sequence of Toponym
        :func:`geo.text.geoparse.geoparse`'s toponyms, in text order (not modified).

    Returns
    -------
    tuple of Toponym
        In text order: a toponym inside a plant's name (the "Ukraine" of "South Ukraine
        NPP") gives way to one of the whole name at the site; a plant's name no toponym
        covers gets one.  One pass of a regular expression over the text: linear.
    """
    low = folded(text)
    if not any(map(low.__contains__, _PLANT_WORDS)):  # in C: the pattern cannot match
        return tuple(toponyms)
    found: list[Toponym] = []
    for match in _PLANT.finditer(text):
        start, end = match.span("name")
        rec = _site_record(gazetteer, *PLANT_NAMES[match.group("name").lower()])
        if rec is not None:
            place = gazetteer.place(rec)
            found.append(Toponym(start, end, text[start:end], place, _PLANT_SCORE, "facility"))
    if not found:
        return tuple(toponyms)
    # A toponym of the plant's name already read at its site (locate_facilities) stays.
    same = {(t.start, t.end, t.place) for t in toponyms}
    found = [p for p in found if (p.start, p.end, p.place) not in same]
    kept = [t for t in toponyms if not any(p.start <= t.start and t.end <= p.end for p in found)]
    # A toponym that overlaps a plant's name without lying inside it stays, alone.
    plants = [p for p in found if not any(t.start < p.end and p.start < t.end for t in kept)]
    kept = _town_of_plant(kept, found)
    return tuple(sorted([*kept, *plants], key=lambda t: (t.start, t.end)))


def _town_of_plant(toponyms: list[Toponym], plants: Sequence[Toponym]) -> list[Toponym]:
    """``toponyms``, with the other mentions of a plant named after its own town read at
    that town where they were read farther than :data:`OWNER_REACH_KM` from it.

    "A drone struck the Chornobyl nuclear power plant ... The Chornobyl strike was the
    second this year": the text's Chornobyl is the plant's town, not Lazurnyi, a
    Kramatorsk district 600 km off that lists "Chornobyl" among its other names (read so
    by the Donetsk front the same text reports on).  A plant named after another town
    ("the Zaporizhzhia plant", at Enerhodar) moves no mention of that town."""
    towns = {
        normalize(p.text): p.place for p in plants if normalize(p.text) == normalize(p.place.name)
    }
    if not towns:
        return toponyms
    out = []
    for t in toponyms:
        town = towns.get(normalize(t.text))
        if (
            town is not None and t.place is not None and not t.estimated
            and t.place.kind == "place"
            and distance_km((t.place.lat, t.place.lon), (town.lat, town.lon)) > OWNER_REACH_KM
        ):  # fmt: skip
            t = replace(t, place=town)
        out.append(t)
    return out
