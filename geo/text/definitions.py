"""Definitions of a place: the containers a sentence that defines it states.

"Hamilton is a town in Skagit County, Washington", "Sudzha, a small town in the Kursk
region", "Kamianske in the Zaporizhzhia region": :func:`read_definition` gives the
mention the countries and first-level regions stated there and keeps its candidates
inside them (and near a stated county); :func:`is_definition` tells whether one
follows a name.  Split from :mod:`geo.text.containers` (containers written right
after a name, lists), which re-exports both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from .agents import by_agent
from .border_partner import after_border
from .candidates import MAX_CANDIDATES
from .definition_anchors import direction_before
from .demonym_containers import demonym_country
from .region_names import capital_regions, region_readings
from .stated_after import COMPASS_WORDS as _COMPASS_WORDS
from .stated_after import region_after, region_after_name
from .stated_polygons import keep_in_polygons
from .stated_spellings import stated_spellings
from .tokens import Mention

__all__ = [
    "COUNTY_OUT_OF_REACH_KM",
    "COUNTY_REACH_KM",
    "is_definition",
    "read_definition",
    "region_after_name",
    "region_readings",
]


#: A definition after a name: "Hamilton is a town in Skagit County, Washington", "Ada
#: (Serbian: Ада) is a town and municipality in Serbia", "Luna is a third class
#: municipality in the province of La Union", "Hamilton is the capital of ... Bermuda",
#: "Ocala is one of the oldest towns in Florida".
_DEFINITION = re.compile(
    # A parenthesis or a pronunciation ("/ˈeɪdə/; AY-də;") may come between.
    r"(?:\s*\([^()]{0,160}\))?(?:\s*/[^/\n]{1,60}/;?(?:\s+[^\s;/]{1,24};)?)?"
    r",?\s+(?:is|was|remains)\s+(?:"
    r"one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?i:cities|towns|villages|municipalit(?:y|ies)"
    r"|communes|communities|settlements|boroughs|townships)\b"  # "one of the oldest towns"
    r"|(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,6}?(?i:city|town|village|municipality|commune|community|hamlet|"
    r"borough|township|settlement|suburb|neighbou?rhood|barangay|parish|district|capital|port|"
    r"locality|seat|barrio|kibbutz|moshav|island|oasis|county|province|region|place|ward|"
    r"quarter|area|resort|enclave|exclave)\b)"
)
#: A definition in apposition, as news writes it: "New York, a village in Donetsk
#: region", "Sudzha, a small town in the Kursk region", "Hamilton, a town in Skagit
#: County, Washington" (the containers come right after the noun).
_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?i:village|town|city|settlement|hamlet|suburb|"
    r"municipality|commune|community|locality|district|port|township)\s+(?=(?:in|of)\s)"
)
#: The end of a definition's sentence: a full stop, not the dot of an initial ("the
#: U.S. state of Pennsylvania", "Washington, D.C.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.(?:\s|$)")  # a paragraph's end too
#: Where a definition's containers start: "... in Skagit County", "... of Bermuda".
_WHERE = re.compile(r"\b(?:in|of)\s+")
#: Words of a container phrase that are no names: "the province of La Union".
_FRAME_WORDS = frozenset(
    "the province department state region county district oblast territory republic "
    "kingdom municipality governorate prefecture".split()
)
#: Words of position before a container's name: "in northern Tasmania", "located in
#: south-western Luxembourg" (hyphens left out).
_POSITION_WORDS = frozenset(
    f"{a}{b}"
    for a in ("", "north", "south")
    for b in ("north", "south", "east", "west", "northern", "southern", "eastern", "western")
    if not (a and b.startswith(("north", "south")))
) | {"central", "far", "extreme", "rural", "coastal", "upstate", "downstate"}
_PIECES = re.compile(r",\s*|\s+and\s+|\s+of\s+|\s+in\s+")
#: The compass points of :data:`_COMPASS_WORDS`: a container named by these alone, with
#: no place after it, is a part of the text's own country ("in the Northeast region"),
#: unlike "Upper East", Ghana's region.
_COMPASS_POINTS = _COMPASS_WORDS - {"upper", "lower", "mid"}
#: A name in a definition's container phrase: capitalised words, with the particles of
#: names between them ("Davao del Sur", "Rio Grande do Sul", "Newcastle upon Tyne").
_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*\.?)(?:\s+(?:[A-Z][\w'’-]*\.?"
    r"|(?:de|del|della|di|do|da|dos|das|du|des|la|las|los|le|el|al|of|upon)\b))*"
)


def is_definition(text: str, end: int) -> bool:
    """Whether a definition of a place follows ``text[:end]`` ("... is a town in ...",
    ", a village in ...")."""
    return _DEFINITION.match(text, end) is not None or _APPOSITION.match(text, end) is not None


def read_definition(text: str, mention: Mention, gaz: Gazetteer) -> None:
    """Read the containers a definition after the name gives ("Hamilton is a town in
    Skagit County, Washington, United States" -> the US state of Washington), when no
    container follows the name itself. Countries and first-level regions named in the
    definition's sentence count: a region inside a named country, else the countries.
    A first-level region stated right after the name counts too ("Kamianske in the
    Zaporizhzhia region"). Cost: two anchored patterns a mention; the sentence after it
    only when it defines."""
    # "held by Kyiv in the Donetsk region": the region is the held places', not Kyiv's.
    # "near the border with Russia in the Kharkiv region": the region is the border's.
    stated = (
        ()
        if by_agent(text, mention.start) or after_border(text, mention.start)
        else region_after(text, mention, gaz)
    )
    if stated:
        before = mention.candidates
        mention.containers = stated
        _keep_inside(mention, gaz)
        if not mention.candidates and _country_named(gaz, before, stated):
            # "the border crossing to China in northern Shan state": no region holds a
            # neighbour country; the region is what the phrase before it lies in.
            mention.containers, mention.candidates = (), before
        return
    m = _DEFINITION.match(text, mention.end) or _APPOSITION.match(text, mention.end)
    if m is None:
        _demonym_container(text, mention, gaz)  # "the Lebanese city of Tripoli"
        return
    if _is_container(text, mention, gaz):
        return
    end = _SENTENCE_END.search(text, m.end(), m.end() + 240)
    stop = end.start() if end is not None else min(len(text), m.end() + 240)
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()
    counties: list[str] = []
    region_keys: list[str] = []
    for where in _WHERE.finditer(text, m.end(), stop):
        pieces = _PIECES.split(text[where.end() : stop])[:5]
        owners = _compass_owners(gaz, pieces)  # "the Central Region of Virginia": the US's
        # "just north of Cambridge, England", "in Iraq, ... 100 km southwest of Baghdad":
        # the anchor of a direction holds nothing (its region after it may)
        anchored = direction_before(text[m.end() : where.start()])
        for at, piece in enumerate(pieces):
            if direction_before(pieces[at - 1]) if at else anchored:
                continue
            piece = piece.rstrip(" .;:!?\n\t\r")  # "in Donetsk Oblast.\n" ends the text
            if piece.endswith(_COUNTY_WORDS):
                counties.append(piece)
            county = _county_region(gaz, piece)
            if county is not None:
                regions.add(county)  # "Santa Barbara County": California's, by its county
                continue
            if _several_counties(gaz, piece):
                continue  # "Somerset County" of four states: not England's Somerset
            # Frame words and words of position: "in northern Tasmania".
            words = [w for w in piece.split() if w.lower() not in _FRAME_WORDS]
            while words and words[0].replace("-", "") in _POSITION_WORDS:
                del words[0]  # lower-case only: "in western Kentucky", not "West Virginia"
            name = _NAME.match(" ".join(words))
            if name is None:
                continue
            key = normalize(name.group())
            if at not in owners and all(w in _COMPASS_POINTS for w in key.split()):
                continue  # "in the Northeast region" alone: the text's own, not Iceland's
            readings = region_readings(gaz, key)
            if not readings and len(words) < len(piece.split()):
                readings = capital_regions(gaz, key)  # "Suwayda province": As-Suwayda's
            parts = key.split()
            while not readings and len(parts) > 1 and parts[0] in _COMPASS_WORDS:
                # "a historic county of North West England": a part of England, which
                # holds it ("West Virginia" keeps its own name: tried whole first).
                del parts[0]
                key = " ".join(parts)
                readings = region_readings(gaz, key)
            if at in owners:  # a compass part of the next piece's place, not a far region
                readings = [r for r in readings if r[1] in owners[at]]
            if any(kind == "admin1" for kind, _, _ in readings):
                region_keys.append(key)
            named = {cc for kind, cc, _ in readings if kind == "country"}
            countries |= named
            # A region named like its own country ("in south-western Luxembourg": the
            # district of Luxembourg) is read as the country, which holds it.
            regions.update(
                (cc, a1) for kind, cc, a1 in readings if kind != "country" and cc not in named
            )
        if countries or regions:
            break
    inside = {r for r in regions if r[0] in countries} if countries else regions
    readings = inside or {(cc, "") for cc in countries}
    if not readings:  # "Donetsk, a Russian town of the same name": the demonym's country
        _demonym_container(text, mention, gaz)
    if readings:
        mention.containers = tuple(sorted(readings))
        _keep_inside(mention, gaz)
        if region_keys:
            keep_in_polygons(mention, gaz, region_keys)
        if counties:
            _keep_near_county(mention, gaz, counties)


def _country_named(
    gaz: Gazetteer, candidates: Sequence[Candidate], regions: Sequence[tuple[str, str]]
) -> bool:
    """Is one of ``candidates`` a country called by its own or an everyday name that
    borders the country of one of ``regions`` ((country, admin-1 code) pairs)?  ("New
    Georgia in the Western Province of the Solomon Islands": no Caucasus country.)"""
    beside = {cc for code, _ in regions for cc in gaz.neighbours(code)}
    return any(
        c.quality <= QUALITY_ALIAS
        and gaz.kind(c.record) == "country"
        and gaz.country_code(c.record) in beside
        for c in candidates
    )


def _demonym_container(text: str, mention: Mention, gaz: Gazetteer) -> None:
    """The country a demonym beside the name states ("the Lebanese city of Tripoli":
    :func:`geo.text.demonym_containers.demonym_country`) as its container, when one of
    its candidates lies there."""
    code = demonym_country(text, mention.start, mention.end)
    if code and any(gaz.country_code(c.record) == code for c in mention.candidates):
        mention.containers, mention.by_demonym = ((code, ""),), True


#: Right before a mention: a capitalised word and a comma ("Malaba, " before "Uganda").
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*, $")


def _is_container(text: str, mention: Mention, gaz: Gazetteer) -> bool:
    """Is the mention a country or a first-level region after a name and a comma, the
    container of a name the definition that follows defines ("Malaba, Uganda is a town
    in Tororo District": the town, not Uganda, is in Tororo)?"""
    if not _NAME_COMMA_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False
    return any(kind in ("country", "admin1") for kind, _, _ in region_readings(gaz, mention.key))


def _compass_owners(gaz: Gazetteer, pieces: Sequence[str]) -> dict[int, set[str]]:
    """Per piece of a container phrase named by compass words alone and followed by a
    named place ("the East of England", "the Central Region of Virginia", "the North
    Governorate of Lebanon"), the countries of that next piece's readings: the part
    lies in them, not in every country with a "Central" region."""
    out: dict[int, set[str]] = {}
    for at in range(len(pieces) - 1):
        words = [w for w in pieces[at].split() if w.lower() not in _FRAME_WORDS]
        if not words or any(normalize(w) not in _COMPASS_WORDS for w in words):
            continue
        name = _NAME.match(pieces[at + 1].strip())
        if name is not None:
            out[at] = {cc for _, cc, _ in region_readings(gaz, normalize(name.group()))}
    return out


#: The last word of a second-level region's name: "Skagit County", "Rapides Parish".
_COUNTY_WORDS = ("County", "Parish", "Borough")


def _county_region(gaz: Gazetteer, piece: str) -> tuple[str, str] | None:
    """The (country, admin-1 code) of the one second-level region (an admin-2 record)
    called ``piece`` ("Santa Barbara County"), or None: not a county's name, or the
    name of counties in several regions (then the state named after it tells)."""
    if not piece.endswith(_COUNTY_WORDS):
        return None
    name = _NAME.match(piece)
    if name is None or name.end() != len(piece):
        return None
    found = {
        (gaz.country_code(c.record), gaz.admin1(c.record)[0])
        for c in gaz.lookup_normalized(normalize(piece))[:MAX_CANDIDATES]
        if c.quality <= 1 and gaz.kind(c.record) == "admin2"
    }
    return found.pop() if len(found) == 1 else None


def _several_counties(gaz: Gazetteer, piece: str) -> bool:
    """Is ``piece`` ("Somerset County") the full name of second-level regions in several
    first-level ones (:func:`_county_region` found no one region)?  Its name without the
    county word is then no region elsewhere (England's Somerset): the state named after
    it tells.  Cost: one look-up, for a piece ending with a county word only."""
    return piece.endswith(_COUNTY_WORDS) and any(
        c.quality <= 1 and gaz.kind(c.record) == "admin2"
        for c in gaz.lookup_normalized(normalize(piece))[:MAX_CANDIDATES]
    )


#: A place lies within this distance of the centre of a county stated for it: most
#: counties are 30-60 km across; a place farther from the centre than this is in
#: another county, or the county is one of the West's largest (then none is kept out).
COUNTY_REACH_KM = 50.0
#: No place of a county lies farther than this from its centre (the largest counties of
#: the lower 48 states reach about 150 km from theirs). Alaska's boroughs and census
#: areas reach farther: a "Borough" rules no namesake out.
COUNTY_OUT_OF_REACH_KM = 200.0


def _keep_near_county(mention: Mention, gaz: Gazetteer, counties: Sequence[str]) -> None:
    """Among the candidates inside the stated regions, those near a county the
    definition names ("Dale is a town in Carter Township, Spencer County, Indiana": the
    Dale of Spencer County, not the other Dale of Indiana, 230 km away).

    A county counts when it lies in one of the mention's stated first-level regions
    (Spencer County, Indiana, not Spencer County, Kentucky). The candidate places within
    :data:`COUNTY_REACH_KM` (geodesic) of such a county's centre are kept. When none is,
    but one lies within :data:`COUNTY_OUT_OF_REACH_KM`, all stay (a large county); when
    every one lies farther from every stated county ("Salisbury is a town in Herkimer
    County, New York", 290 km from the Salisbury of Long Island), the place is one the
    gazetteer lacks: no place candidate stays (the text's county then locates it, see
    :func:`geo.text.introduced.stated_places`). Cost: the stated counties' look-ups and
    one distance a candidate and county.
    """
    from ..geometry.measures import distance_km

    regions = {r for r in mention.containers if r[1]}
    if not regions or not mention.candidates:
        return
    centres = []
    bounded = False  # a county (not an Alaskan borough) is stated: far namesakes are out
    for piece in counties:
        for c in gaz.lookup_normalized(normalize(piece))[:MAX_CANDIDATES]:
            row = gaz.row(c.record)
            if row.kind == "admin2" and (row.country_code, row.admin1[0]) in regions:
                centres.append(gaz.lat_lon(c.record))
                bounded = bounded or not piece.endswith("Borough")
    if not centres:
        return
    places = [c for c in mention.candidates if gaz.kind(c.record) == "place"]
    apart_km = [
        min(distance_km(gaz.lat_lon(c.record), centre) for centre in centres) for c in places
    ]
    near = [c for c, km in zip(places, apart_km, strict=True) if km <= COUNTY_REACH_KM]
    if near:
        mention.candidates = near
    elif bounded and places and min(apart_km) > COUNTY_OUT_OF_REACH_KM:
        mention.candidates = [c for c in mention.candidates if gaz.kind(c.record) != "place"]


def _keep_inside(mention: Mention, gaz: Gazetteer) -> None:
    """The candidates inside the first-level regions the text states for the name
    ("Peski is a village in Donetsk Oblast": not Pisky in Poltava Oblast, 350 km away),
    by code or by the region's polygon; none when none lies inside: the name stays
    unresolved rather than far off. Only for a stated region, not a country alone.  With
    none inside, the name's other spellings are tried there (:func:`stated_spellings`)."""
    regions = {r for r in mention.containers if r[1]}
    if not regions:
        return
    # The whole look-up, not its first MAX_CANDIDATES: a small namesake of a common name
    # ("Victoria is a city in Ellis County, Kansas") ranks far behind the large ones.
    pool = mention.candidates if mention.fuzzy else gaz.lookup_normalized(mention.key)
    mention.candidates = _inside(gaz, pool, regions) or (
        # "Zelyony Gai in the DPR", "Oktyabrsky in the Volgograd region": the namesakes
        # GeoNames writes with "е" ("Зеленый Гай") or another ending ("Oktyabr'skiy")
        [] if mention.fuzzy else _inside(gaz, stated_spellings(gaz, mention.key, pool), regions)
    )


def _inside(
    gaz: Gazetteer, pool: Sequence[Candidate], regions: set[tuple[str, str]]
) -> list[Candidate]:
    """The candidates of ``pool`` inside ``regions`` (country, admin-1 code): by code, or
    in the country by the region's polygon."""
    import shapely

    countries = {cc for cc, _ in regions}
    keep: list[int] = []  # per candidate: _INSIDE, _OUTSIDE or its point's index in points
    points: list[tuple[float, float]] = []  # (lon, lat)
    for c in pool:
        row = gaz.row(c.record)
        if (row.country_code, row.admin1[0]) in regions:
            keep.append(_INSIDE)
        elif row.kind == "place" and row.country_code in countries:
            # GeoNames files a town under another code than its region's polygon holds
            # (Djibo, the seat of Soum province, under Oudalan): the polygon decides.
            lat, lon = row.lat_lon
            keep.append(len(points))
            points.append((lon, lat))
        else:
            keep.append(_OUTSIDE)
    covered: list[bool] = [False] * len(points)
    if points:
        shapes = [
            area
            for cc, a1 in regions
            for r in gaz.regions(cc, a1)
            if (area := gaz.geometry(r)) is not None and area.geom_type != "Point"
        ]
        if shapes:  # every point against each polygon at once (a common name has hundreds)
            at = shapely.points(points)
            hits = shapely.covers(shapes[0], at)
            for area in shapes[1:]:
                hits |= shapely.covers(area, at)
            covered = hits.tolist()
    return [c for c, k in zip(pool, keep, strict=True) if k == _INSIDE or (k >= 0 and covered[k])]


_INSIDE, _OUTSIDE = -1, -2  # _keep_inside: in a stated region by its code; in no such country
