"""Stage 3 of the geoparser, evidence: the front-line prior.

This tool reads reporting from a front line. In a text about fighting ("troops",
"shelling", "liberated", "drones"), a name whose candidates include a town in a
region where the war in Ukraine is fought (:data:`FRONT_REGIONS`) most likely names
that town: "Fighting near Artemovsk" is Bakhmut, Artemovsk's Soviet name, not
Artyomovsky in the Urals; "near Krasnoarmeysk and Dzerzhinsk" are Pokrovsk and
Toretsk, not the Russian towns still so called. :func:`mark_front` marks such
candidates on the mention (:attr:`~geo.text.tokens.Mention.front`), and
:func:`geo.text.evidence.score_candidates` adds ``Weights.front`` to them. The
text's own evidence (its other places, regions and containers) still decides;
a front-line town far smaller than the name's best-known bearer is no reading
(New York, Donetsk Oblast, is not New York City unless the text says so).

Russian Defence Ministry summaries say which group of forces took or struck each place
("Units of the Zapad group of forces liberated Petropavlovka"): each group fights in
its own regions (:data:`GROUP_REGIONS`), so in a paragraph that names a group, the
candidates of the names after it are those in its regions, a world city aside (Petropavlivka by
Kupiansk, not the larger one in Dnipropetrovsk Oblast).
Cost: a search of the text for groups of forces only when it holds "roup", the
candidates of each mention, then one search of the text for a word of war once a
mention has candidates to mark.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.distance import nearest_km
from ..gazetteer.index import Gazetteer
from .candidates import village_name_holders
from .cyrillic_names import about_fighting_cyrillic
from .fold import FoldedPattern
from .front_axes import narrow_axes
from .hints.geometry import sole_own
from .hints.negations import negation_follows
from .sentences import paragraph_break
from .tokens import Mention

__all__ = ["FRONT_REGIONS", "GROUP_REGIONS", "about_fighting", "front_hamlet", "mark_front"]

#: First-level regions (country, GeoNames admin-1 code) where the ground war in
#: Ukraine has been fought or shelled across the border since 2022: Donetsk (05),
#: Luhansk (14), Zaporizhzhia (26), Kherson (08), Kharkiv (07), Sumy (21),
#: Dnipropetrovsk (04), Mykolaiv (16), Crimea (11) and Sevastopol (20) in Ukraine;
#: Kursk (41), Belgorod (09) and Bryansk (10) in Russia.
FRONT_REGIONS = frozenset({
    ("UA", "05"), ("UA", "14"), ("UA", "26"), ("UA", "08"), ("UA", "07"), ("UA", "21"),
    ("UA", "04"), ("UA", "16"), ("UA", "11"), ("UA", "20"),
    ("RU", "41"), ("RU", "09"), ("RU", "10"),
})
#: The regions where each Russian group of forces has fought since 2024, by its name
#: as English-language reporting transliterates or translates it.
GROUP_REGIONS: dict[str, frozenset[tuple[str, str]]] = {
    "sever": frozenset({("UA", "07"), ("UA", "21"), ("RU", "41"), ("RU", "09"), ("RU", "10")}),
    "zapad": frozenset({("UA", "07"), ("UA", "14"), ("UA", "05")}),
    "yug": frozenset({("UA", "05"), ("UA", "14")}),
    "tsentr": frozenset({("UA", "05"), ("UA", "04")}),
    "vostok": frozenset({("UA", "05"), ("UA", "26"), ("UA", "04")}),
    "dnepr": frozenset({("UA", "26"), ("UA", "08"), ("UA", "11")}),
}  # fmt: skip
_GROUP_NAMES = {"sever": "sever", "north": "sever", "zapad": "zapad", "west": "zapad",
                "yug": "yug", "south": "yug", "tsentr": "tsentr", "center": "tsentr",
                "centre": "tsentr", "vostok": "vostok", "east": "vostok", "dnepr": "dnepr",
                "dnieper": "dnepr", "northern": "sever", "western": "zapad",
                "southern": "yug", "central": "tsentr", "eastern": "vostok"}  # fmt: skip
_GROUP = r"(?:Sever|Zapad|Yug|Tsentr|Vostok|Dnepr|Dnieper)"
# "the West group of forces", "the Southern group of forces" (TASS's English).
_GROUP_EN = r"(?:North(?:ern)?|West(?:ern)?|South(?:ern)?|Cent(?:er|re|ral)|East(?:ern)?|Dnieper)"
# "the Zapad group of forces", "the Yug, Tsentr and Vostok groups", "Battlegroup
# Vostok", "the West group of forces" (an English name only with "of forces").
_GROUPS = re.compile(
    rf"\b({_GROUP}(?:(?:,|,? and) {_GROUP})*) (?:battle)?groups?\b"
    rf"|\b[Bb]attle ?group ({_GROUP}|{_GROUP_EN})\b"  # "Battlegroup Center units"
    rf"|\b({_GROUP_EN}(?:(?:,|,? and) {_GROUP_EN})*) [Gg]roups? of [Ff]orces\b"
)
_PARAGRAPH = re.compile(r"\n\s*\n")
#: Words of fighting (not of strikes at work or of police forces).
_WAR = re.compile(
    r"\b(?:troops|shell(?:ed|ing)|artillery|(?:counter)?offensive|front[- ]?lines?|"
    r"liberat(?:ed|ion)|drones?|missiles?|brigades?|battalions?|occupied|occupation|occupiers|"
    r"invasion|fighting|battlefield|glide\s+bombs?|assault(?:s|ed)?|mortar|howitzers?|"
    r"positions|military|army|armed\s+forces|incursion|counterattack(?:s|ed)?|"
    r"strikes?\s+(?:near|on|against)|struck|combat|trenches|tactical\s+position|"
    r"(?:fierce|heavy)\s+battles?|battles?\s+(?:for|near|around)|repel(?:led|ling)|"
    # an army by its side: "Russian forces captured Dzerzhinsk, the ministry said"
    r"(?:russian|ukrainian)\s+(?:forces|units|servicemen|soldiers))\b",
    re.IGNORECASE,
)
# The same search on the folded text, only where a word of war's stem is (a few C scans).
_WAR_FOLDED = FoldedPattern(_WAR.pattern, _WAR.flags)
#: A front-line candidate is a reading when it has at least this share of the
#: population of the name's most populous candidate place outside the front regions.
_SHARE = 0.1
#: ... when that one is a town of note (this many people): a village is no match for a
#: city known the world over, while namesakes of villages are all readings.
_NOTED = 50_000
#: A city this large is never read away by a group of forces' regions, nor by a text
#: that names Ukraine's war.
_WORLD_CITY = 1_000_000
#: Words naming Ukraine or its war's regions: in a text about fighting that has one, the
#: war is Ukraine's, and a namesake elsewhere outweighs a front-line town (of
#: :data:`_TOWN` people; a village still needs its share) only when it is a city known
#: the world over ("Russian troops shelled Seversk", says the Ukrainian army: Siversk,
#: not Seversk in Tomsk Oblast, ten times its size). The text is searched once, and
#: only when a mention needs it.
#: A front-line town (of :data:`_TOWN` people) is a reading in any text about fighting
#: against a namesake elsewhere smaller than this: "Heavy fighting continued near
#: Seversk" is Siversk (11,000), not the closed town in Tomsk Oblast (110,000), where no
#: one fights.  Against a larger one the text must name Ukraine's war (:data:`_UKRAINE`).
_REGIONAL_CITY = 250_000
_UKRAINE = re.compile(
    r"\b(?:Ukrain(?:e|ian|ians)|Donbas+|Kyiv|Kiev|Zelensk(?:y|yy|iy)"
    # Russian reporting of the war names it otherwise: "Russian troops", "the special
    # military operation", "the DPR", "the Donetsk People's Republic"
    r"|Russian\s+(?:forces|troops|army|units|servicemen|soldiers|military\s+bloggers?"
    r"|milbloggers?)|special\s+military\s+operation|[DL]PR|[DL]NR|People's\s+Republic"
    r"|Novorossiya)\b"
)
_TOWN = 10_000
#: A front-line namesake keeps the prior against a front-line town of :data:`_TOWN`
#: people only with this share of its population.
_FRONT_SHARE = 0.25
#: Russia's regions by the war that Ukraine's drones strike but no ground war reaches:
#: Rostov (61) and Voronezh (86) oblasts.
_STRUCK_REGIONS = frozenset({("RU", "61"), ("RU", "86")})


def mark_front(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set :attr:`Mention.front` to the front-line candidates of each mention, in a
    text about fighting (none otherwise: a text with no word of war is unchanged).

    The text is searched for a word of war only once a mention has front-line
    candidates to mark (most texts have none): the same marks, without a scan of
    every text."""
    narrow_axes(text, gaz, mentions, _war_or_ukraine, FRONT_REGIONS)  # "the X direction"
    row, kind = gaz.row, gaz.kind
    groups = _group_regions(text) if "roup" in text else []
    ukraine: bool | None = None
    for k, m in enumerate(mentions):
        if groups and m.candidates:
            regions = _regions_at(groups, m.start)
            if regions is not None:
                if not about_fighting(text):
                    return
                if _mark_group(gaz, m, regions):
                    continue
        if m.demonym_country or len(m.candidates) < 2:
            continue
        if _taken(text, m.start) and about_fighting(text):
            if _mark_group(gaz, m, _TAKEN_REGIONS):
                continue  # "liberated Seversk": Siversk, whatever the MOSCOW dateline says
            if ukraine is None:
                ukraine = _UKRAINE.search(text) is not None  # once a mention needs it
            if ukraine and _lacked_front_village(gaz, m):
                m.candidates = []  # "Russian troops have liberated Glubokoye": not Kazakhstan's
                continue
        places = [(c.record, row(c.record)) for c in m.candidates if kind(c.record) == "place"]
        front = [(rec, r) for rec, r in places if (r.country_code, r.admin1[0]) in FRONT_REGIONS]
        if not front:
            continue
        # Measured against the largest bearer elsewhere: the front-line namesakes are
        # favoured alike (Kamianske the city and Kamianske the village both lie there).
        # With none elsewhere, only the town's weight over its villages marks
        # (Huliaipole, not its namesake village by Nikopol).
        top = max((r.population for _, r in places if (r.country_code, r.admin1[0])
                   not in FRONT_REGIONS), default=0)
        everywhere = len(front) == len(places)
        noted = top >= _NOTED
        if (
            ukraine is None
            and _REGIONAL_CITY <= top < _WORLD_CITY
            and any(r.population >= _TOWN for _, r in front)
        ):
            ukraine = _UKRAINE.search(text) is not None  # once a mention needs it
        keep = frozenset(
            rec for rec, r in front
            if not noted
            or r.population >= _SHARE * top
            or (
                r.population >= _TOWN
                and (top < _REGIONAL_CITY or (ukraine and top < _WORLD_CITY))
            )
        )
        # Of front-line namesakes, a town outweighs villages a fifth its size and less:
        # "near Lyman" is the Donetsk Oblast town of 20,000, not Kharkiv Oblast's village.
        # Unless the text names a place next to the village ("near Kamianske ... and
        # Stepnohirsk": the village by Stepnohirsk, not the city on the Dnieper).
        if any(c.quality == QUALITY_ALTERNATE for c in m.candidates):
            # Not a city once called by a village name (Donetsk, once Oleksandrivka).
            rows = [row(c.record) for c in m.candidates]
            keep = keep.difference(village_name_holders(gaz, m.candidates, rows, m.key)) or keep
            keep = keep.difference(_renamed_villages(text, gaz, m, keep))
        town = max((r.population for rec, r in front if rec in keep), default=0)
        if town >= _TOWN and not negation_follows(text, m.end):  # "not the town of"
            small = [rec for rec, r in front if rec in keep and r.population < _FRONT_SHARE * town]
            if small:
                keep = keep.difference(small).union(_with_neighbours(gaz, mentions, k, small))
        if everywhere and len(keep) == len(front):
            continue  # all on the front, no town above its villages: no prior
        if keep:
            if not about_fighting(text):
                return
            m.front = keep


#: Before a name, where ground fighting is located ("advanced near Zverevo"), not a strike.
_GROUND = re.compile(r"\b(?:near|around|towards?|outskirts\s+of|direction\s+of)\s+$", re.I)


def _renamed_villages(
    text: str, gaz: Gazetteer, m: Mention, keep: frozenset[int]
) -> frozenset[int]:
    """The front-line readings of ``m`` in ``keep`` (records) matched only by another of
    their names and smaller than :data:`_SHARE` of a town of :data:`_TOWN` people or more
    in :data:`_STRUCK_REGIONS` that bears the name as its own, unless the name locates
    ground fighting (:data:`_GROUND`): "Drones attacked Millerovo" is the Rostov Oblast
    town of 38,000, not the Luhansk Oblast village of 3,000 once so called (Zverevo,
    25,000, not Donetsk Oblast's Zvirove; but "advanced near Zverevo" is Zvirove)."""
    if _GROUND.search(text, max(0, m.start - 24), m.start):
        return frozenset()
    own = {c.record for c in m.candidates if c.quality != QUALITY_ALTERNATE}
    rows = [gaz.row(rec) for rec in own]
    town = max((r.population for r in rows if (r.country_code, r.admin1[0]) in _STRUCK_REGIONS
                and r.kind == "place"), default=0)
    if town < _TOWN:
        return frozenset()
    return frozenset(rec for rec in keep
                     if rec not in own and gaz.row(rec).population < _SHARE * town)


#: Km from a village to a place the text names near it (its neighbour), and how many
#: mentions on each side are read for one (a bounded window: linear in the text).
_NEIGHBOUR_KM = 25.0
_WINDOW = 10


def _with_neighbours(
    gaz: Gazetteer, mentions: Sequence[Mention], k: int, villages: Sequence[int]
) -> list[int]:
    """The ``villages`` (records) within :data:`_NEIGHBOUR_KM` of a candidate place of
    another mention among the :data:`_WINDOW` on either side of mention ``k``."""
    around = [
        c.record
        for j in range(max(0, k - _WINDOW), min(len(mentions), k + _WINDOW + 1))
        if j != k and mentions[j].key != mentions[k].key
        for c in mentions[j].candidates
        if gaz.kind(c.record) == "place"
    ]
    if not around:
        return []
    there = gaz.coordinates(around)
    return [rec for rec in villages if nearest_km(gaz.lat_lon(rec), there) <= _NEIGHBOUR_KM]


#: A verb of taking a place, just before its name: the place is on the front line
#: ("have liberated Seversk", "captured the village of Krasnaya Gora").
_TAKEN = re.compile(
    r"\b(?:liberat(?:ed?|ing)|captur(?:ed?|ing)|seiz(?:ed?|ing)|storm(?:ed|ing)"
    r"|(?:took|taken|take|taking)\s+(?:full\s+)?control\s+(?:of|over)"
    r"|(?:liberation|capture|fall)\s+of)"
    r"\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
_TAKEN_REACH = 60
#: Where places are taken on the ground: the front-line regions but Crimea and Sevastopol,
#: struck, not fought over ("seized Dachne" is no village of Crimea's).
_TAKEN_REGIONS = FRONT_REGIONS - {("UA", "11"), ("UA", "20")}


def _taken(text: str, start: int) -> bool:
    """Is the name at ``start`` the object of a verb of taking a place (:data:`_TAKEN`)?"""
    return _TAKEN.search(text, max(0, start - _TAKEN_REACH), start) is not None


@functools.lru_cache(maxsize=4)
def about_fighting(text: str) -> bool:
    """Does ``text`` have a word of fighting (:data:`_WAR`)?  Cached for the last few
    texts: recognition and :func:`mark_front` ask it of one text, once each whatever
    its number of names, and share one search."""
    return _WAR_FOLDED.occurs_in(text) or about_fighting_cyrillic(text)


def _war_or_ukraine(text: str) -> bool:
    """A word of war, or of Ukraine's war ("Russian forces attacked in the X direction")."""
    return about_fighting(text) or _UKRAINE.search(text) is not None


def front_hamlet(text: str, gaz: Gazetteer, records: Sequence[int]) -> bool:
    """Are the place ``records`` (a name's candidates; all places) all in
    :data:`FRONT_REGIONS`, in a text about fighting?  Then a village the text names with
    no cue is credible ("Russian forces shelled Kondratovka": Kindrativka by Sumy's
    border, of 862 people)."""
    return bool(records) and all(
        gaz.kind(r) == "place" and (gaz.country_code(r), gaz.admin1(r)[0]) in FRONT_REGIONS
        for r in records
    ) and about_fighting(text)


def _group_regions(text: str) -> list[tuple[int, int, frozenset[tuple[str, str]]]]:
    """Each mention of groups of forces: (its start, its paragraph's end, their regions)."""
    found = []
    paragraph = paragraph_break(text, _PARAGRAPH)
    for g in _GROUPS.finditer(text):
        words = re.findall(r"[A-Za-z]+", next(x for x in g.groups() if x))
        regions = frozenset().union(
            *(GROUP_REGIONS[_GROUP_NAMES[w.lower()]] for w in words if w.lower() in _GROUP_NAMES)
        )
        brk = paragraph.search(text, g.end())
        found.append((g.start(), brk.start() if brk else len(text), regions))
    return found


def _regions_at(
    groups: list[tuple[int, int, frozenset[tuple[str, str]]]], at: int
) -> frozenset[tuple[str, str]] | None:
    """The regions of the last groups of forces named before ``at`` in its paragraph."""
    last = None
    for start, end, regions in groups:
        if start > at:
            break
        if at < end:
            last = regions
    return last


def _mark_group(gaz: Gazetteer, m: Mention, regions: frozenset[tuple[str, str]]) -> bool:
    """Keep, and mark, the candidate places of ``m`` in its group's ``regions`` when some,
    not all, of them lie there (none, for a name only spelt like places elsewhere); True
    when the group decided (or chose to keep a world city), so that the general
    front-line prior does not apply."""
    row, kind = gaz.row, gaz.kind
    places = [(c.record, row(c.record)) for c in m.candidates if kind(c.record) == "place"]
    inside = [(rec, r) for rec, r in places if (r.country_code, r.admin1[0]) in regions]
    if not inside and places and m.fuzzy:
        # Only spelt like places outside the group's regions ("Vremevka" of the Vostok
        # group: no Veremiivka of Poltava Oblast): none of them; a hint may locate it.
        m.candidates = [c for c in m.candidates if kind(c.record) != "place"]
        return True
    if not inside or len(inside) == len(places):
        return False
    # A city known the world over is named for its own sake ("Moscow said"); any other
    # namesake outside the group's regions is no reading: the summary says who fought
    # there (Kamianske by Stepnohirsk, not the city of 220,000 on the Dnieper).
    outside = {rec for rec, r in places} - {rec for rec, _ in inside}
    if max(row(rec).population for rec in outside) >= _WORLD_CITY:
        return True
    m.candidates = [c for c in m.candidates if c.record not in outside]
    m.front = frozenset(rec for rec, _ in inside)
    return True


def front_village(gaz: Gazetteer, m: Mention, rec: int, records: Sequence[int]) -> bool:
    """Is ``rec`` (a place read for ``m``) the only place of the name among its candidates,
    in :data:`FRONT_REGIONS`, in the country of most of the text's places (``records``),
    more than half of which lie in those regions too?  Then a text of the front names it
    for its own sake wherever on the front it lies: an analyst's "Key Takeaways" line
    "Ukrainian forces recently advanced near Stepnohirsk" (Zaporizhzhia Oblast) over
    paragraphs on the Kupiansk and Lyman directions, 300 km away, is that village, not a
    namesake of one the gazetteer lacks (a name with namesakes elsewhere, or read by an
    alternate name, may be one; so may a name listed with places of the text's area,
    which :func:`geo.text.focus.refocus` asks first: "Bilozerka, Sadove, Dniprovske").
    ``records`` is read only when ``rec`` qualifies: linear in the text."""
    row = gaz.row(rec)
    if m.fuzzy or (row.country_code, row.admin1[0]) not in FRONT_REGIONS:
        return False
    if sole_own(gaz, m) != rec:
        return False  # not Crimea's Novoandreyevka for a Zaporizhzhia Novoandriivka
    rows = [gaz.row(r) for r in records]
    front = sum((r.country_code, r.admin1[0]) in FRONT_REGIONS for r in rows)
    home = sum(r.country_code == row.country_code for r in rows)
    return 2 * front > len(rows) and 2 * home > len(rows)


def _lacked_front_village(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m``, a name a text of Ukraine's war says was taken ("Russian troops have
    liberated Glubokoye"), read only as places none of which lies where the war is
    fought (:data:`_TAKEN_REGIONS`) nor is a city known the world over?  Then it is a
    front-line village the index lacks (Hlyboke of Kharkiv Oblast), not the namesake
    town in Kazakhstan or the Moscow district read by another name: no reading, a
    warning (:mod:`geo.text.unplaced`), or an estimate where the text's hints place it."""
    row, kind = gaz.row, gaz.kind
    if not m.candidates or any(kind(c.record) != "place" for c in m.candidates):
        return False  # a region or a country taken ("the liberation of Kuwait") stays
    rows = [row(c.record) for c in m.candidates]
    return all(
        (r.country_code, r.admin1[0]) not in _TAKEN_REGIONS and r.population < _WORLD_CITY
        for r in rows
    )
