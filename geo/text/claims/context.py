"""Records the claims stages pass along: drafts, attributions and the document context.

:class:`_Within` answers "which records lie inside this span" by bisection,
so that no stage scans the whole document per sentence or per claim.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..agents import OUTLET_APPOSITION, OUTLET_HEADS
from ..fold import folded
from ..sentences import lines_are_paragraphs

__all__ = ["_Attribution", "_Context", "_Draft", "_Within", "in_outlet_name"]


class _Within:
    """Records with character offsets, found inside a span by bisection.

    ``inside(s, e)`` lists the indexes (in the sequence given) of the records
    with ``s <= start`` and ``end <= e``: log n to find the first, then only the
    records that start in the span. This keeps every per-sentence and per-claim
    lookup linear over the document.
    """

    def __init__(
        self,
        items: Sequence[Any],
        start: str = "start",
        end: str = "end",
        *,
        keep: Callable[[Any], bool] | None = None,
    ) -> None:
        keyed = sorted(
            (getattr(x, start), i, getattr(x, end))
            for i, x in enumerate(items)
            if keep is None or keep(x)
        )
        self.starts = [k[0] for k in keyed]
        self.order = [k[1] for k in keyed]
        self.ends = [k[2] for k in keyed]

    def inside(self, s: int, e: int) -> list[int]:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        if lo == hi:
            return []
        ends, order = self.ends, self.order
        return sorted([order[k] for k in range(lo, hi) if ends[k] <= e])

    def any_inside(self, s: int, e: int) -> bool:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        return lo < hi and min(self.ends[lo:hi]) <= e


#: The word after a place that makes it an outlet's name (``agents.OUTLET_HEADS``: "the
#: Kyiv Post", "The Moscow Times"): capitalised, as written; or "news agency" in lower
#: case ("the Saba news agency"; a state's "Qatar News Agency" speaks for Qatar).
_OUTLET_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(OUTLET_HEADS)})\b|[ \t]+news[ \t]+agency\b"
    r"|" + OUTLET_APPOSITION  # "Saba, the Houthi-run news agency,"
)


#: The kind of outlet just before its name: "state news agency SUNA", "the broadcaster".
_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+agency|agency|broadcaster|channel|newspaper|outlet|website)[ \t]+$",
    re.IGNORECASE,
)

#: The last word of every ``_OUTLET_BEFORE`` match, lower case.
_OUTLET_KINDS = ("agency", "broadcaster", "channel", "newspaper", "outlet", "website")


def in_outlet_name(text: str, toponym: Any) -> bool:
    """Whether ``toponym`` is the place word of an outlet's name ("Kyiv" in "the Kyiv
    Post") or an outlet's whole name after its kind ("SUNA" in "state news agency SUNA",
    though Suna is a village in Karelia): no place a claim is about, and no country its
    speaker speaks for."""
    start = toponym.start
    if _OUTLET_AFTER.match(text, toponym.end) is not None:
        return True
    lo = max(0, start - 24)
    # the kind's word ends every match (case-insensitive: read on the folded text)
    return folded(text)[lo:start].rstrip().endswith(_OUTLET_KINDS) and (
        _OUTLET_BEFORE.search(text, lo, start) is not None
    )


@dataclass(slots=True)
class _Attribution:
    verb: int  # token index of the cue ("according" for "according to")
    cue: str
    subj_start: int  # character offsets of the speaker's phrase
    subj_end: int
    source: str | None
    kind: str  # person | org | group | none
    descriptor: str = ""
    evidence: bool = False
    after_content: bool = False  # "..., the governor said." / "according to X" at the end
    coordinated: bool = False  # "X said ... but denied ...": the subject of an earlier verb
    frame: bool = False  # "Israel struck ..., saying ...": the main clause's subject speaks
    relative_end: int = -1  # "The M23, which X says ..., denied": the comma closing the clause


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    source: str | None
    cue: str | None
    kind: str
    descriptor: str
    first: int  # sentence indexes
    last: int
    paragraph: int
    statuses: list[tuple[int, str, str]] = field(default_factory=list)  # rank, status, cue
    subj_start: int = -1
    subj_end: int = -1
    side: str | None = None
    party: str | None = None
    responds_to: _Draft | None = None  # the claim this one answers (denies, confirms, ...)


@dataclass(slots=True)
class _Context:
    text: str
    toponyms: Sequence[Any]
    persons: dict[str, str] = field(default_factory=dict)  # surname -> full name
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    last_org: str | None = None
    last_org_at: int = -1  # where the claim of ``last_org`` starts
    last_group: str | None = None
    toponym_spans: list[tuple[int, int]] = field(default_factory=list)
    mention_offsets: list[int] = field(default_factory=list)  # of ``mentions``, ascending
    places: _Within = field(init=False)
    dates: _Within = field(init=False)
    quantities: _Within = field(init=False)
    counts: Sequence[Any] = ()  # the quantities ``quantities`` finds, by their index
    features: _Within = field(init=False)
    status_hints: list[int] = field(default_factory=list)  # offsets of _STATUS_HINT matches
    sides: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # by source
    # by the head noun of a speaker with a side ("ministry"): "the ministry" said later
    sides_by_head: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO code -> name
    country_name: Callable[[str], str] | None = None  # a fallback: Gazetteer.country_name
    captures: dict[object, _Draft] = field(default_factory=dict)  # place -> last capture claim
    # place -> the last capture claims of it, by the speaker of the last one (a few)
    capture_runs: dict[object, list[_Draft]] = field(default_factory=dict)
    last_hit: _Draft | None = None  # the last claim of a hit ("scoring a direct hit")
    # place -> (side, words) of the last denial that it was captured
    denials: dict[object, tuple[str | None, str]] = field(default_factory=dict)
    # denials of involvement no claim before answered: (sentence, denier, rank, cue)
    denied_involvement: list[tuple[int, Any, int, str]] = field(default_factory=list)
    # what claims.allegiance reads once per article (its countries, dateline, bodies)
    allegiance: dict[str, Any] = field(default_factory=dict)
    article_date: dt.date | None = None  # the publication date, or a bulletin title's
    # the sentence, paragraph and (side, party) of the last reaction that made no claim
    reactor: tuple[int, int, tuple[str | None, str | None]] | None = None
    searched: dict[tuple[Any, int, int], Any] = field(default_factory=dict)  # gates.searched's
    lines: bool = field(init=False)  # no blank line in the text: a line is a paragraph

    def __post_init__(self) -> None:
        self.lines = lines_are_paragraphs(self.text)
        self.toponym_spans = sorted((t.start, t.end) for t in self.toponyms)
        # "Kyiv" in "the Kyiv Post" names a newspaper, not a place (nor a side).
        self.places = _Within(self.toponyms, keep=lambda t: not in_outlet_name(self.text, t))
        for t in self.toponyms:
            place = getattr(t, "place", None)
            if place is None or not place.country_code:
                continue
            name = place.name if place.kind == "country" else place.country_name
            if name and (place.kind == "country" or place.country_code not in self.country_names):
                self.country_names[place.country_code] = name

    def literal_places(self, start: int, end: int) -> list[Any]:
        """The toponyms inside ``text[start:end]`` that name a location, in text order:
        metonymic ones ("Kyiv denied", "Russia's Defence Ministry") left out."""
        toponyms = self.toponyms
        return [
            t
            for t in map(toponyms.__getitem__, self.places.inside(start, end))
            if not getattr(t, "metonymic", False)
        ]

    def spoke(self, source: str | None, kind: str, start: int) -> None:
        """Record a claim of ``source`` (a speaker of ``kind``) starting at character
        ``start``: the organisation or group that spoke last, for "it"/"they" later."""
        if kind in ("org", "group") and source:
            if kind == "org":
                self.last_org, self.last_org_at = source, start
            self.last_group = source

    def mention(self, offset: int, name: str) -> None:
        self.mentions.append((offset, name))
        self.mention_offsets.append(offset)

    def insert_mention(self, offset: int, name: str) -> None:
        """Record ``name`` as mentioned at ``offset``, in offset order among the mentions so
        far; nothing when the mention just before is ``name`` already (what a later
        "he"/"she" resolves to stays the same)."""
        k = bisect_right(self.mention_offsets, offset)
        if k and self.mentions[k - 1][1] == name:
            return
        self.mention_offsets.insert(k, offset)
        self.mentions.insert(k, (offset, name))
