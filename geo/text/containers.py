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
from . import lexicon as lx
from .tokens import Mention, Token, _joinable, _Tokens

__all__ = ["has_container", "link_lists", "read_container", "state_abbreviation"]


def _is_region_name(gaz: Gazetteer, norm: str) -> bool:
    return gaz.is_region_name_normalized(norm)


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
            group = []
        group.append(k)
    _close_list(text, mentions, group, gaz)


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
            if not mentions[k].cue:
                mentions[k].cue = "region"


def _close_list(text: str, mentions: list[Mention], group: list[int], gaz: Gazetteer) -> None:
    if len(group) < 2 or len({mentions[k].key for k in group}) < 2:
        return
    gaps = [text[mentions[a].end : mentions[b].start] for a, b in itertools.pairwise(group)]
    if len(group) == 2 and gaps == [", "]:
        return  # a name and its container
    for k, gap in zip(group, gaps, strict=False):
        m = mentions[k]
        if m.containers and gap == ", " and _is_region_name(gaz, m.key):
            m.containers = ()
    for k in group:
        mentions[k].siblings = tuple(g for g in group if g != k)
    _regions_of_a_plural(text, mentions, group)


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
        readings: dict[tuple[str, str], None] = {}
        for c in gaz.lookup_normalized(" ".join(words))[:10]:
            row = gaz.row(c.record)
            if row.kind == "country":
                readings[(row.country_code, "")] = None
            elif row.kind == "admin1":
                readings[(row.country_code, row.admin1[0])] = None
        if readings:
            mention.containers = tuple(readings)
            return
