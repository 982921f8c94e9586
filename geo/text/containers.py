"""Evidence read next to a name at recognition: explicit containers and lists.

"Alexandria, La.", "Krasnodar, Russia": :func:`read_container` and
:func:`state_abbreviation` give a mention the country or region it says it lies in;
:func:`link_lists` tells a list of names ("Michigan, Oregon and New Mexico") from a
name and its container ("Louisville, Kentucky").  Resolution weighs them
(:mod:`geo.text.evidence`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .name_words import is_region_name
from .tokens import Mention, Token, _joinable, _Tokens

__all__ = [
    "has_container",
    "is_definition",
    "link_lists",
    "read_container",
    "read_definition",
    "region_after_name",
    "state_abbreviation",
]


# What separates the names of a list: "Michigan, Oregon and New Mexico".
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & ", "; "})


def link_lists(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give each name in a list ("Georgia, Oklahoma and California") its siblings.

    Two names joined by a comma only are a name and its container ("Louisville,
    Kentucky"); three or more, or a list closed by "and"/"or", are a list, in
    which a region's name is not read as the container of the one before it
    ("Michigan, Oregon, New Mexico").
    """
    group: list[int] = []
    for k, m in enumerate(mentions):
        if not (k and text[mentions[k - 1].end : m.start] in _LIST_GAPS):
            if len(group) > 1:
                _close_list(text, mentions, group, gaz)
            if group:
                _counties_of_a_plural(text, mentions, group, gaz)
            group = []
        group.append(k)
    _close_list(text, mentions, group, gaz)
    if group:
        _counties_of_a_plural(text, mentions, group, gaz)


#: A list closed by a plural region word names regions: "the Kursk and Belgorod regions".
_PLURAL_REGION = re.compile(
    r"\s+(?:" + "|".join(sorted(lx.REGION_PLURALS)) + r")\b", re.IGNORECASE
)


_PLURAL_REGION_END = re.compile(_PLURAL_REGION.pattern + "$", re.IGNORECASE)


def _regions_of_a_plural(text: str, mentions: list[Mention], group: list[int]) -> None:
    last = mentions[group[-1]]
    plural = _PLURAL_REGION.match(text, last.end) or _PLURAL_REGION_END.search(
        text, last.start, last.end
    )  # "the Kursk and Belgorod regions", "the Belgorod, Kursk and Bryansk Regions"
    if last.cue == "region" and plural:
        for k in group[:-1]:
            # "in Zaporozhye and Kharkov regions": the list's "in" cue gives way too.
            if mentions[k].cue in ("", "in"):
                mentions[k].cue = "region"


#: A name's siblings are the names of its list at most this many places before or after
#: it: every name of a list as long as lists are written (33 names), and a bounded
#: number in a longer one, so that reading a list costs in proportion to its length.
_SIBLING_REACH = 16


def _close_list(text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer) -> None:
    if len(group) < 2 or len({mentions[k].key for k in group}) < 2:
        return
    gaps = [text[mentions[a].end : mentions[b].start] for a, b in itertools.pairwise(group)]
    if len(group) == 2 and gaps == [", "]:
        return  # a name and its container
    for k, gap in zip(group, gaps, strict=False):
        m = mentions[k]
        if m.containers and gap == ", " and is_region_name(gaz, m.key):
            m.containers = ()
    for at, k in enumerate(group):
        mentions[k].siblings = (*group[max(0, at - _SIBLING_REACH) : at],
                                *group[at + 1 : at + 1 + _SIBLING_REACH])
    _regions_of_a_plural(text, mentions, group)


#: A list closed by "counties": "in Becker, Clay and Wilkin counties" (names the
#: gazetteer lacks may come last: "..., Otter Tail, Swift and Wilkin counties").
_COUNTIES = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,4}"
    r"\s+(counties|parishes)\b"
)


def _counties_of_a_plural(
    text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer
) -> None:
    """In a list closed by "counties" ("Jackson and Barrow counties", "Becker, Clay,
    Douglas and Grant counties"), each name is a county: its key and candidates become
    the gazetteer's counties of that name ("Barrow County", Georgia), when there are
    any; the town of the name elsewhere in the text stays the town."""
    plural = _COUNTIES.match(text, mentions[group[-1]].end)
    if plural is None:
        return
    word = "parish" if plural.group(1) == "parishes" else "county"
    for k in group:
        m = mentions[k]
        if is_region_name(gaz, m.key):
            continue  # "the middle of Indiana counties": the state's counties
        key = f"{m.key} {word}"
        counties = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
        if counties:
            # Its own key: the county is another place than the town of the name (one
            # sense per discourse holds for each, not across them).
            m.key, m.candidates = key, counties


def state_abbreviation(
    text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer
) -> Mention | None:
    """An AP-style US state abbreviation after a place: "Alexandria, La.", "Albany, N.Y."."""
    if text[max(0, tokens[i].start - 2) : tokens[i].start] != ", ":
        return None
    for width in (2, 1):
        last = i + width - 1
        if last >= len(tokens) or tokens[last].end >= len(text) or text[tokens[last].end] != ".":
            continue
        if width == 2 and not _joinable(text, tokens[i], tokens[last]):
            continue
        abbr = " ".join(t.norm for t in tokens[i : last + 1])
        code = lx.US_STATE_ABBREVIATIONS.get(abbr)
        if code is None:
            continue
        records = gaz.regions("US", code)
        if not records:
            return None
        end = tokens[last].end + 1  # the abbreviation's final dot belongs to it
        return Mention(
            tokens[i].start,
            end,
            abbr,
            i,
            last,
            "region",
            containers=(("US", code),),
            candidates=[Candidate(records[0], 1)],
        )
    return None


def _region_readings(gaz: Gazetteer, key: str) -> list[tuple[str, str, str]]:
    """(kind, country code, admin-1 code) of the countries and first-level regions a
    normalised name may be, among its first ten gazetteer matches, in their order."""
    out = []
    for c in gaz.lookup_normalized(key)[:10]:
        row = gaz.row(c.record)
        if row.kind == "country" or row.kind == "admin1":
            out.append((row.kind, row.country_code, row.admin1[0]))
    return out


def has_container(text: str, end: int) -> bool:
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isupper()


def read_container(
    text: str, tokens: _Tokens, last: int, gaz: Gazetteer, mention: Mention
) -> None:
    """Read an explicit container right after the name: "Alexandria, La.", "Krasnodar, Russia"."""
    k = last + 1
    # Most names have none: decided on the offsets, before any token is built.
    if k >= len(tokens.words) or text[tokens.ends[last] : tokens.starts[k]] != ", ":
        return
    if not tokens.at[k].capitalized:
        return
    # AP-style US state abbreviations (one or two letters groups: "La.", "N.Y.").
    for width in (2, 1):
        if k + width - 1 < len(tokens):
            abbr = " ".join(t.norm for t in tokens[k : k + width])
            if abbr in lx.US_STATE_ABBREVIATIONS and (
                text[tokens[k + width - 1].end : tokens[k + width - 1].end + 1] == "."
            ):
                mention.containers = (("US", lx.US_STATE_ABBREVIATIONS[abbr]),)
                return
    words: list[str] = []
    for t in tokens[k : k + 4]:
        words.append(t.norm)
        readings = dict.fromkeys(
            (cc, a1 if kind == "admin1" else "")
            for kind, cc, a1 in _region_readings(gaz, " ".join(words))
        )
        if readings:
            mention.containers = tuple(readings)
            return


#: A definition after a name: "Hamilton is a town in Skagit County, Washington", "Ada
#: (Serbian: Ада) is a town and municipality in Serbia", "Luna is a third class
#: municipality in the province of La Union", "Hamilton is the capital of ... Bermuda".
_DEFINITION = re.compile(
    # A parenthesis or a pronunciation ("/ˈeɪdə/; AY-də;") may come between.
    r"(?:\s*\([^()]{0,160}\))?(?:\s*/[^/\n]{1,60}/;?(?:\s+[^\s;/]{1,24};)?)?"
    r",?\s+(?:is|was|remains)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,6}?(?i:city|town|village|municipality|commune|community|hamlet|"
    r"borough|township|settlement|suburb|neighbou?rhood|barangay|parish|district|capital|port|"
    r"locality|seat|barrio|kibbutz|moshav|island|oasis|county|province|region)\b"
)
#: A definition in apposition, as news writes it: "New York, a village in Donetsk
#: region", "Sudzha, a small town in the Kursk region", "Hamilton, a town in Skagit
#: County, Washington" (the containers come right after the noun).
_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?i:village|town|city|settlement|hamlet|suburb|"
    r"municipality|commune|community|locality|district|port|township)\s+(?=(?:in|of)\s)"
)
#: Where a definition's containers start: "... in Skagit County", "... of Bermuda".
_WHERE = re.compile(r"\b(?:in|of)\s+")
#: Words of a container phrase that are no names: "the province of La Union".
_FRAME_WORDS = frozenset(
    "the province department state region county district oblast territory republic "
    "kingdom municipality governorate prefecture".split()
)
_PIECES = re.compile(r",\s*|\s+and\s+|\s+of\s+|\s+in\s+")
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


#: A first-level region stated right after a name: "Kamianske in the Zaporizhzhia
#: region", "Andriivka in Donetsk Oblast", "Pisky, in the Donetsk region", "Syrotyne in
#: Ukraine's Luhansk Region".
_IN_REGION = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s?\s+(?=[A-Z]))?"
    r"(?:(?:southern|northern|eastern|western|central|south-eastern|"
    r"north-eastern|south-western|north-western|southeastern|northeastern|southwestern|"
    r"northwestern)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:region|Region|oblast|Oblast|province|Province|governorate|Governorate|state|State|"
    r"krai|Krai)\b"
)


def _region_after(text: str, mention: Mention, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """The first-level regions a "(name) in the X region" right after the mention names."""
    return region_after_name(text, mention.end, gaz)


def region_after_name(text: str, end: int, gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(country code, admin-1 code) of the first-level regions "in the X region" right
    after ``text[:end]`` may name (:data:`_IN_REGION`); empty when none is stated."""
    m = _IN_REGION.match(text, end)
    if m is None:
        return ()
    readings = _region_readings(gaz, normalize(m.group("name")))
    return tuple(sorted({(cc, a1) for kind, cc, a1 in readings if kind == "admin1"}))


def read_definition(text: str, mention: Mention, gaz: Gazetteer) -> None:
    """Read the containers a definition after the name gives ("Hamilton is a town in
    Skagit County, Washington, United States" -> the US state of Washington), when no
    container follows the name itself. Countries and first-level regions named in the
    definition's sentence count: a region inside a named country, else the countries.
    A first-level region stated right after the name counts too ("Kamianske in the
    Zaporizhzhia region"). Cost: two anchored patterns a mention; the sentence after it
    only when it defines."""
    stated = _region_after(text, mention, gaz)
    if stated:
        mention.containers = stated
        _keep_inside(mention, gaz)
        return
    m = _DEFINITION.match(text, mention.end) or _APPOSITION.match(text, mention.end)
    if m is None:
        return
    stop = text.find(". ", m.end(), m.end() + 240)
    stop = stop if stop >= 0 else min(len(text), m.end() + 240)
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()
    for where in _WHERE.finditer(text, m.end(), stop):
        for piece in _PIECES.split(text[where.end() : stop])[:5]:
            piece = piece.rstrip(" .;:!?\n\t\r")  # "in Donetsk Oblast.\n" ends the text
            county = _county_region(gaz, piece)
            if county is not None:
                regions.add(county)  # "Santa Barbara County": California's, by its county
                continue
            words = [w for w in piece.split() if w.lower() not in _FRAME_WORDS]
            name = _NAME.match(" ".join(words))
            if name is None:
                continue
            for kind, cc, a1 in _region_readings(gaz, normalize(name.group())):
                if kind == "country":
                    countries.add(cc)
                else:
                    regions.add((cc, a1))
        if countries or regions:
            break
    inside = {r for r in regions if r[0] in countries} if countries else regions
    readings = inside or {(cc, "") for cc in countries}
    if readings:
        mention.containers = tuple(sorted(readings))
        _keep_inside(mention, gaz)


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


def _keep_inside(mention: Mention, gaz: Gazetteer) -> None:
    """The candidates inside the first-level regions the text states for the name
    ("Peski is a village in Donetsk Oblast": not Pisky in Poltava Oblast, 350 km away);
    none when none lies inside: the name stays unresolved rather than far off. Only for
    a stated region, not a country alone."""
    regions = {r for r in mention.containers if r[1]}
    if not regions:
        return
    inside = []
    # The whole look-up, not its first MAX_CANDIDATES: a small namesake of a common name
    # ("Victoria is a city in Ellis County, Kansas") ranks far behind the large ones.
    pool = mention.candidates if mention.fuzzy else gaz.lookup_normalized(mention.key)
    for c in pool:
        row = gaz.row(c.record)
        if (row.country_code, row.admin1[0]) in regions:
            inside.append(c)
    mention.candidates = inside
