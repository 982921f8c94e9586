"""Evidence read next to a name at recognition: explicit containers and lists.

"Alexandria, La.", "Krasnodar, Russia": :func:`read_container` and
:func:`state_abbreviation` give a mention the country or region it says it lies in;
:func:`link_lists` tells a list of names ("Michigan, Oregon and New Mexico") from a
name and its container ("Louisville, Kentucky").  Resolution weighs them
(:mod:`geo.text.evidence`).  The containers a definition states ("... is a town in
Skagit County, Washington") are read by :mod:`geo.text.definitions`
(:func:`read_definition`, :func:`is_definition`, :func:`region_after_name`,
re-exported here).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Candidate, Gazetteer
from . import lexicon as lx
from .candidates import MAX_CANDIDATES, PROMINENT_POPULATION
from .container_chains import is_container_chain
from .container_owner import owner_describes, speaks_after
from .definitions import (  # noqa: F401
    _county_region,
    is_definition,
    read_definition,
    region_after_name,
    region_readings,
)
from .list_siblings import list_siblings
from .name_words import is_region_name
from .region_abbreviations import CONTAINER_ONLY, abbreviation_at, region_record
from .tokens import Mention, Token, _joinable, _Tokens

__all__ = [
    "dotted_region",
    "has_container",
    "is_definition",
    "link_lists",
    "party_prefix_at",
    "party_state",
    "read_container",
    "read_definition",
    "region_after_name",
    "state_abbreviation",
]


# What separates the names of a list: "Michigan, Oregon and New Mexico", "Alaska and the Yukon".
_LIST_GAPS = frozenset(
    {", ", " and ", ", and ", " or ", ", or ", " & ", "; "}
    | {" and the ", ", and the ", " or the "}
)


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


#: A list closed by a plural region word names regions: "the Kursk and Belgorod regions",
#: "the Kursk and Belgorod border areas".
_PLURALS = "|".join(sorted(lx.REGION_PLURALS))
_PLURAL_REGION = re.compile(
    rf"\s+(?:{_PLURALS}|border\s+(?:areas|districts|{_PLURALS}))\b", re.IGNORECASE
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
            # "the Dnepropetrovsk, Poltava and Sumy regions": no region of the list holds
            # the one before it (not "Dnepropetrovsk, Poltava" as a town and its region).
            mentions[k].containers = ()


#: After a pair "A, B": "and" and a capitalised word, a third name the gazetteer lacks
#: ("the ports of Hodeidah, Salif and Ras Isa"): a list, unless B is a region's name.
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]")


#: A name's siblings are the names of its list at most this many places before or after
#: it: every name of a list as long as lists are written (33 names), and a bounded
#: number in a longer one, so that reading a list costs in proportion to its length.
_SIBLING_REACH = 16


def _close_list(text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer) -> None:
    if len(group) < 2 or len({mentions[k].key for k in group}) < 2:
        return
    gaps = [text[mentions[a].end : mentions[b].start] for a, b in itertools.pairwise(group)]
    if len(group) == 2 and (
        # "X, on the road from Artemovsk, and Y": no list (nor the tail of one: "A, B, and C")
        (gaps[0] in (", and ", ", or ") and not text.endswith(", ", 0, mentions[group[0]].start))
        or (gaps == [", "] and not (  # a name and its container
            _LIST_GOES_ON.match(text, mentions[group[1]].end)
            and not is_region_name(gaz, mentions[group[1]].key)
        ))
    ):
        return
    if is_container_chain(text, mentions, group, gaz):
        # A name, its region and the region's country ("Bagdad, Tamaulipas, Mexico"):
        # the middle name is read as the region ("Cordoba, Veracruz, Mexico").
        if mentions[group[1]].cue in ("", "in"):
            mentions[group[1]].cue = "region"
        return
    for n, (k, gap) in enumerate(zip(group, gaps, strict=False)):
        m = mentions[k]
        # the list's last name after "and", then its container: "Tuxtla and León, Guanajuato"
        closed = n == len(gaps) - 1 and n > 0 and gaps[n - 1].strip(" ,") == "and"
        if m.containers and gap == ", " and is_region_name(gaz, m.key) and not closed:
            m.containers = ()
    # one list of the names, shared: memory one index a name (list_siblings)
    for k, siblings in zip(group, list_siblings(group, _SIBLING_REACH), strict=True):
        mentions[k].siblings = siblings
    _regions_of_a_plural(text, mentions, group)


#: A list closed by "counties": "in Becker, Clay and Wilkin counties" (names the
#: gazetteer lacks may come last: "..., Otter Tail, Swift and Wilkin counties").
_COUNTIES = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,4}"
    r"\s+(counties|parishes|Counties|Parishes)\b"
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
    word = "parish" if plural.group(1).lower() == "parishes" else "county"
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
    """An AP-style US state, Canadian Press-style province or Australian state abbreviation
    after a place: "Alexandria, La.", "Albany, N.Y.", "London, Ont.", "Churchill, Man.",
    "Wagga Wagga, N.S.W." (:func:`geo.text.region_abbreviations.abbreviation_at`)."""
    if text[max(0, tokens[i].start - 2) : tokens[i].start] != ", ":
        return None
    found = abbreviation_at(text, tokens, i)
    if found is None:
        return None
    abbr, region, last = found
    record = region_record(gaz, region) if abbr not in CONTAINER_ONLY else None
    if record is None:
        return None
    end = tokens[last].end + 1  # the abbreviation's final dot belongs to it
    return Mention(
        tokens[i].start,
        end,
        abbr,
        i,
        last,
        "region",
        containers=(region,),
        candidates=[Candidate(record, 1)],
    )


#: A US legislator's party letter before the state, AP style: "Sen. Dianne Feinstein,
#: D-Calif.", "Rep. Nick Rahall (D-W. Va.)" (Democrat, Republican, independent).
PARTY_LETTERS = frozenset({"D", "R", "I"})
#: What may follow a state's full name in a party-state designation ("R-Texas,", "(D-New
#: York)"): nothing else ends one.
_PARTY_STATE_ENDS = frozenset({",", ")", ";", ".", ""})


def party_prefix_at(text: str, tokens: Sequence[Token], i: int, prefixes: frozenset[str]) -> bool:
    """Is ``tokens[i]`` a party's prefix (one of ``prefixes``: "D", "R", "DFL") after a
    comma or an opening bracket, a hyphen and the next word right after it ("Rep. Nick
    Rahall, D-W. Va.", "(DFL-Cook)")?"""
    t = tokens[i]
    before = text[max(0, t.start - 2) : t.start]
    return (
        text[t.start : t.end] in prefixes
        and text[t.end : t.end + 1] == "-"
        and (before == ", " or before.endswith("("))
        and i + 1 < len(tokens)
        and tokens[i + 1].start == t.end + 1
    )


def party_state(text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer) -> Mention | None:
    """The state of a US legislator's party-state designation, AP style: "Rep. Nick
    Rahall, D-W. Va." is West Virginia, "(R-N.Y.)" New York, "I-Vt." Vermont, "(D-New
    York)" the state, not the city.

    ``tokens[i]`` is the party letter (:data:`PARTY_LETTERS`), after a comma or an
    opening bracket, with a hyphen and the state right after it: an abbreviation
    (:data:`lexicon.US_STATE_ABBREVIATIONS`, with its dot) or a state's full name. The
    mention spans the state alone; None when the words are no such designation (the
    letter and hyphen are then read as usual).
    """
    if not party_prefix_at(text, tokens, i, PARTY_LETTERS):
        return None
    j = i + 1
    for width in (2, 1):
        last = j + width - 1
        if last >= len(tokens) or text[tokens[last].end : tokens[last].end + 1] != ".":
            continue
        if width == 2 and not _joinable(text, tokens[j], tokens[last]):
            continue
        abbr = " ".join(w.norm for w in tokens[j : last + 1])
        code = lx.US_STATE_ABBREVIATIONS.get(abbr)
        if code is not None:
            return _state_mention(gaz, tokens, j, last, tokens[last].end + 1, abbr, code)
    for width in (3, 2, 1):  # "D-North Carolina", "R-Texas"
        last = j + width - 1
        if last >= len(tokens) or not all(w.capitalized for w in tokens[j : last + 1]):
            continue
        if text[tokens[last].end : tokens[last].end + 1] not in _PARTY_STATE_ENDS:
            continue
        if width > 1 and any(
            text[a.end : b.start] != " " for a, b in itertools.pairwise(tokens[j : last + 1])
        ):
            continue
        key = " ".join(w.norm for w in tokens[j : last + 1])
        for kind, cc, a1 in region_readings(gaz, key):
            if kind == "admin1" and cc == "US":
                return _state_mention(gaz, tokens, j, last, tokens[last].end, key, a1)
    return None


#: A year before a dotted abbreviation makes it an era ("in 500 B.C."), not a province.
_YEAR_BEFORE = re.compile(r"\d\s*$")


def dotted_region(text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer) -> Mention | None:
    """A first-level region by its dotted initials alone, Canadian Press and AP style: "In
    B.C., up to 20 centimetres of snow", "the N.S. government", "in N.S.W." (two or three
    one-letter groups: the lexicon's two-letter ones, :data:`lexicon.REGION_ABBREVIATIONS`,
    and any three-letter one of :mod:`geo.text.region_abbreviations`; "S.A." alone is a
    company's suffix); not an era ("500 B.C.", "B.C.E.") nor "N.B." (nota bene). None when
    the words are no such abbreviation."""
    found = abbreviation_at(text, tokens, i)
    if found is None:
        return None
    abbr, region, last = found
    group = tokens[i : last + 1]
    if (
        len(group) < 2
        or (len(group) == 2 and abbr not in lx.REGION_ABBREVIATIONS)
        or abbr == "n b"
        or any(len(t.norm) != 1 or text[t.end : t.end + 1] != "." for t in group)
        or not text[group[0].start : group[-1].end].isupper()
        or text[group[-1].end + 1 : group[-1].end + 3] in ("E.", "E ")  # "B.C.E."
        or _YEAR_BEFORE.search(text, max(0, group[0].start - 8), group[0].start)
    ):
        return None
    record = region_record(gaz, region)
    if record is None:
        return None
    return Mention(
        group[0].start,
        group[-1].end + 1,
        abbr,
        i,
        last,
        "region",
        containers=(region,),
        candidates=[Candidate(record, 1)],
    )


def _state_mention(
    gaz: Gazetteer, tokens: Sequence[Token], first: int, last: int, end: int, key: str, code: str
) -> Mention | None:
    """A US state's mention, from ``tokens[first]`` to ``end``, located by its code."""
    records = gaz.regions("US", code)
    if not records:
        return None
    return Mention(
        tokens[first].start,
        end,
        key,
        first,
        last,
        "region",
        containers=(("US", code),),
        candidates=[Candidate(records[0], 1)],
    )


def has_container(text: str, end: int) -> bool:
    return text[end : end + 2] == ", " and text[end + 2 : end + 3].isupper()


#: A lower unit's word after a name, its container after it: "Nasir County, Upper Nile
#: State", "Pokrovsk District, Donetsk Oblast".
_UNIT_WORDS = frozenset("county district raion province governorate municipality".split())


def read_container(text: str, tokens: _Tokens, last: int, gaz: Gazetteer, mention: Mention) -> None:
    """Read an explicit container right after the name: "Alexandria, La.", "Krasnodar, Russia"."""
    k = last + 1
    if k + 1 < len(tokens.words) and text[tokens.ends[last] : tokens.starts[k]] == " ":
        unit = tokens.at[k]  # "Nasir County, Upper Nile State": the county's container
        if unit.capitalized and unit.norm in _UNIT_WORDS:
            last, k = k, k + 1
    # Most names have none: decided on the offsets, before any token is built.
    if k >= len(tokens.words) or text[tokens.ends[last] : tokens.starts[k]] != ", ":
        return
    if not tokens.at[k].capitalized:
        return
    # AP-style state, province and Australian state abbreviations, the longest first
    # ("La.", "N.Y.", "Ont.", "B.C.", "N.S.W.").
    found = abbreviation_at(text, tokens, k)
    if found is not None:
        mention.containers = (found[1],)
        return
    words: list[str] = []
    found_at = read_to = tokens.ends[last]
    for t in tokens[k : k + 4]:
        if words and (text[found_at : t.start] != " " or not t.capitalized):
            break  # the longest run of capitalised words: "North Darfur", not "North"
        words.append(t.norm)
        found_at = t.end
        readings = dict.fromkeys(
            (cc, a1 if kind == "admin1" else "")
            for kind, cc, a1 in region_readings(gaz, " ".join(words))
        )
        if readings:
            mention.containers, read_to = tuple(readings), found_at
    if mention.containers and (
        (text[found_at : found_at + 2] in _POSSESSIVES and not owner_describes(text, found_at))
        or speaks_after(text, read_to)  # "entered Pokrovsk, Moscow said": Donetsk's
        or _holds_none(gaz, mention)
    ):  # "Johannesburg, SA police said": a new clause's owner, not South Australia
        mention.containers = ()


def _holds_none(gaz: Gazetteer, mention: Mention) -> bool:
    """Is the name its own or an everyday name of a city of a million or more
    (:data:`PROMINENT_POPULATION`) that none of the regions read as its container holds,
    nor any namesake of it?"""
    if not any(
        c.quality <= QUALITY_ALIAS  # its own name: "Bagdad, Tamaulipas" is no Baghdad
        and gaz.is_place(c.record)
        and gaz.population(c.record) >= PROMINENT_POPULATION
        for c in mention.candidates
    ):
        return False
    regions = set(mention.containers)
    # The whole look-up: "London, Ky." is a small namesake far behind the first ones.
    for c in gaz.lookup_normalized(mention.key):
        cc = gaz.country_code(c.record)
        if (cc, "") in regions or (cc, gaz.row(c.record).admin1[0]) in regions:
            return False
    return True


#: A possessive right after a capitalised run: the run owns what follows.
_POSSESSIVES = frozenset({"'s", "’s"})
