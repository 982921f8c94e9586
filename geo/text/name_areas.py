"""Recognition, regions wider than a country or made of regions: "the Middle East", "the
Horn of Africa", "the Sahel", "the Balkans", "Southeast Asia", "the Donbas", and lands
the gazetteer lacks ("South Ossetia", "Nagorno-Karabakh", "Eastern Ghouta").

The gazetteer has countries, their regions and towns, and the continents; a region
such as "the Middle East" is either missing or only a namesake there (Middle East,
Maryland; the Sahel region of Burkina Faso; "East Africa" read as Africa).
:func:`find_areas` reads their names in a text (one scan), and :func:`area_toponyms`
makes each a toponym (kind ``"other"``, cue ``"area"``; the country of its members when
they are one country's regions or towns) at a point computed from its
members (:data:`AREAS`: the countries, first-level regions or towns it is made of): the
geodesic mean of their gazetteer points, the point nearest all of them on the sphere.
No coordinate is typed here; a region whose members the gazetteer lacks is left
without a point.  A toponym inside an area's name ("Africa" of "East Africa", "Middle
East, Maryland" never) gives way to it; a town or first-level region whose name ends
with an area's ("Novyi Donbas", "North Sinai") keeps its place, and so does a member
country's region stated of the town before it ("Djibo, in the Sahel region":
:mod:`geo.text.area_regions`).

A name followed by another capitalised word is an organisation's or a title's ("the
Middle East Institute", "East Africa Community"): no area; nor is a unit's name ("the
Donbas battalion", :func:`geo.text.armed_names.armed_name`).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..gazetteer.index import Gazetteer
from ..model import Place, Toponym
from .area_regions import stated_region
from .armed_names import armed_name
from .candidates import country_record

__all__ = ["AREAS", "AreaSpan", "area_toponyms", "find_areas", "geodesic_mean"]


def _members(spec: str) -> tuple[str, ...]:
    return tuple(spec.split())


_MIDDLE_EAST = _members("BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE")
_SOUTHEAST_ASIA = _members("TH VN KH LA MM MY SG ID PH BN TL")
#: Each area's names as written (capitals as in running text), and its members: ISO
#: codes of countries, or "CC/name" for a first-level region of a country (else its
#: most populous town of that name: a breakaway land's towns).
AREAS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("Middle East", "Mideast"): _MIDDLE_EAST,
    ("Horn of Africa",): _members("SO ET ER DJ"),
    ("Sahel",): _members("MR ML BF NE TD"),
    ("Balkans", "Balkan Peninsula"): _members("AL BA BG HR ME MK RS XK"),
    ("Western Balkans",): _members("AL BA ME MK RS XK"),
    ("Caucasus",): _members("GE AM AZ"),
    ("South Caucasus",): _members("GE AM AZ"),
    ("Scandinavia",): _members("NO SE DK"),
    ("Maghreb",): _members("MA DZ TN LY MR"),
    ("Levant",): _members("SY LB IL PS JO"),
    ("Arabian Peninsula",): _members("SA YE OM AE QA KW BH"),
    ("Iberian Peninsula",): _members("ES PT"),
    ("Korean Peninsula",): _members("KR KP"),
    ("Indochina",): _members("VN LA KH"),
    ("Baltics", "Baltic states"): _members("EE LV LT"),
    ("Central Asia",): _members("KZ UZ TM KG TJ"),
    ("Southeast Asia", "South-East Asia", "South East Asia"): _SOUTHEAST_ASIA,
    ("South Asia",): _members("IN PK BD LK NP BT"),
    ("East Asia",): _members("CN JP KR KP MN TW"),
    ("West Africa",): _members("NG GH CI SN ML BF NE GN BJ TG SL LR GM GW MR"),
    ("East Africa",): _members("KE TZ UG RW BI SS"),
    ("North Africa",): _members("MA DZ TN LY EG"),
    ("Southern Africa",): _members("ZA NA BW ZW MZ LS SZ"),
    ("Central Africa",): _members("CF CM TD CG CD GA GQ"),
    ("Central America",): _members("GT BZ HN SV NI CR PA"),
    ("Donbas", "Donbass"): ("UA/Donetsk", "UA/Luhansk"),
    ("Sinai", "Sinai Peninsula"): ("EG/North Sinai", "EG/South Sinai"),
    ("Patagonia",): tuple(
        f"AR/{r}" for r in ("Neuquén", "Río Negro", "Chubut", "Santa Cruz", "Tierra del Fuego")
    ),
    ("Anatolia",): _members("TR"),
    ("Golan Heights",): ("SY/Quneitra",),
    ("Galilee",): ("IL/Northern",),
    ("Ogaden",): ("ET/Somali",),
    ("Casamance",): ("SN/Ziguinchor", "SN/Sédhiou", "SN/Kolda"),
    # Breakaway or contested lands the gazetteer lacks: their towns.
    ("South Ossetia",): ("GE/Tskhinvali",),
    ("Nagorno-Karabakh", "Karabakh"): ("AZ/Khankendi",),
    ("Eastern Ghouta", "Ghouta"): ("SY/Douma", "SY/Harasta", "SY/Kafr Batna"),
}
_MEMBERS_OF: dict[str, tuple[str, ...]] = {n: m for names, m in AREAS.items() for n in names}
#: The canonical (first) name of each written name.
_CANONICAL: dict[str, str] = {n: names[0] for names in AREAS for n in names}
#: An area's name: not inside a longer word or hyphenated compound, not before another
#: capitalised word (an organisation's name: "the Middle East Institute"), but for a
#: breakaway land's own style ("the Nagorno-Karabakh Republic").
#: (The look-behind after each name's first letter: a pattern that opens with letters is
#: searched by its first letters at C speed.)
_AREA = re.compile(
    r"(?P<name>"
    + "|".join(
        re.escape(n[0]) + r"(?<![\w'’-].)" + re.escape(n[1:])
        for n in sorted(_MEMBERS_OF, key=len, reverse=True)
    )
    + r")(?![\w-])(?![ \t]+(?!(?:People['’]s[ \t]+)?Republic\b)[A-Z])"
)


#: Before an area's name: a capitalised word and a particle, whose town's name it ends
#: ("Nioro du Sahel", "Bank of the Middle East").
_NAME_BEFORE = re.compile(
    r"[A-Z][\w'’-]*[ \t]+(?:du|de|des|del|della|di|da|do|dos|of|of[ \t]+the|el|al|la|le)"
    r"[ \t]+$"
)


@dataclass(frozen=True, slots=True)
class AreaSpan:
    """An area's name in a text: ``text[start:end]``, its canonical name."""

    start: int
    end: int
    name: str


def find_areas(text: str) -> list[AreaSpan]:
    """The names of :data:`AREAS` in ``text``, in order (one scan).

    >>> [(a.name, a.start) for a in find_areas("Drought in the Horn of Africa and the Sahel.")]
    [('Horn of Africa', 15), ('Sahel', 38)]
    >>> find_areas("The Middle East Institute said so. Troops near Nioro du Sahel.")
    []
    >>> find_areas("A commander of the Donbas battalion said so.")
    []
    """
    return [
        AreaSpan(m.start("name"), m.end("name"), _CANONICAL[m.group("name")])
        for m in _AREA.finditer(text)
        if not _NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and armed_name(text, m.start(), m.end()) != "force"  # "the Donbas battalion"
    ]


def area_point(gaz: Gazetteer, name: str) -> tuple[float, float] | None:
    """(lat, lon) of the area ``name`` (canonical): the geodesic mean of its members'
    gazetteer points (the normalised mean of their unit vectors), or None when the
    gazetteer lacks them all."""
    points = [p for p in (_member_point(gaz, spec) for spec in _MEMBERS_OF[name]) if p]
    return geodesic_mean(points) if points else None


def geodesic_mean(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The geodesic mean of (lat, lon) points (degrees, at least one): their unit
    vectors' mean, on the sphere, rounded to 5 decimals.

    >>> geodesic_mean([(48.0, 37.0), (48.2, 37.4)])
    (48.10017, 37.19961)
    """
    x = y = z = 0.0
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 5), round(lon, 5)


def _member_point(gaz: Gazetteer, spec: str) -> tuple[float, float] | None:
    """The gazetteer point of a member: a country's ISO code, or "CC/region name"."""
    code, _, region = spec.partition("/")
    if not region:
        rec = country_record(gaz, code)
        return gaz.lat_lon(rec) if rec is not None else None
    found = [c.record for c in gaz.lookup(region) if gaz.country_code(c.record) == code]
    regions = [r for r in found if gaz.kind(r) == "admin1"]
    towns = [r for r in found if gaz.is_place(r)]
    if regions or towns:
        return gaz.lat_lon(regions[0] if regions else max(towns, key=gaz.population))
    return None


def area_toponyms(
    text: str, gaz: Gazetteer, toponyms: Sequence[Toponym], areas: Sequence[AreaSpan]
) -> tuple[Toponym, ...]:
    """``toponyms`` with the areas in text order, a toponym overlapping one dropped
    ("Africa" of "East Africa").  ``areas`` in order, none overlapping (as
    :func:`find_areas` gives them): one bisection per toponym."""
    if not areas:
        return tuple(toponyms)
    starts = [a.start for a in areas]
    kept, named = [], set()
    for n, t in enumerate(toponyms):
        k = bisect.bisect_left(starts, t.end) - 1
        if k < 0 or areas[k].end <= t.start:
            kept.append(t)
        elif _ends_in_area(t, areas[k]) or stated_region(
            text, gaz, toponyms, n, {s.partition("/")[0] for s in _MEMBERS_OF[areas[k].name]}
        ):  # "Novyi Donbas": a town whose name ends with the area's; "Djibo, in the
            kept.append(t)  # Sahel region": Burkina Faso's region
            named.add(k)
    areas = [a for k, a in enumerate(areas) if k not in named]
    points = gaz.memo("name_areas.points")  # name -> area_point(gaz, name): once a gazetteer
    for a in areas:
        if a.name not in points:
            points[a.name] = area_point(gaz, a.name)
        point = points[a.name]
        codes = {spec.partition("/")[0] for spec in _MEMBERS_OF[a.name]}
        country = codes.pop() if len(codes) == 1 and "/" in _MEMBERS_OF[a.name][0] else ""
        place = None if point is None else Place(0, a.name, "other", country, *point)
        score = 0.8 if place is not None else 0.0
        kept.append(Toponym(a.start, a.end, text[a.start : a.end], place, score, "area"))
    kept.sort(key=lambda t: (t.start, t.end))
    return tuple(kept)


def _ends_in_area(t: Toponym, area: AreaSpan) -> bool:
    """Whether the place ``t`` is named with the area's name at its end, a word before
    it ("Novyi Donbas", a village of Donetsk Oblast; "North Sinai", a governorate of
    Egypt): a town or a first-level region, not the area."""
    return (
        t.place is not None
        and t.place.kind in ("place", "admin1")
        and t.start < area.start
        and t.end == area.end
        and not t.fuzzy
    )
