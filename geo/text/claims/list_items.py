"""Claims stage 4e, lists: the items of a list go on with the speaker who opens it.

A press release or a bulletin names its speaker once, opens a list with a colon and
gives one item a line:

    The Ministry of Defence of Ukraine reports that during the week the Defence Forces:
    • repelled 1,240 enemy assaults along the entire front line;
    • destroyed or damaged 96 tanks ..., according to data from unit reports;

Each item is a claim of the opening's speaker, its own sourcing ("according to data
from unit reports", "footage verified by the command") the speaker's, not a speaker
of its own; an item that names a speaker with a verb ("• the governor said ...")
keeps its own, and speaks for no item after it. :func:`list_item` tells
such an item (it opens with a bullet or a list number, and the sentence before is the
opening, ending with a colon, or an item of the same list, and is the speaker's claim);
:func:`item_claim` makes its claim, with the doubts it states ("could not be verified").
Linear: reads an item's first characters and the end of the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Attribution, _Draft
from .segmentation import Sentence
from .status import _clean

__all__ = ["item_claim", "item_opening", "list_item"]


#: A list item's marker: a bullet or dash, or a number or letter with a point or bracket
#: ("• repelled", "- destroyed", "2) struck", "b. evacuated").
_MARKER = re.compile(r"(?:[•·▪●◦‣∙*]|[-–—](?=\s)|\(?(?:\d{1,2}|[a-z])[.)](?=\s))\s*")
#: Cues that source an item's content without naming a speaker of its own.
_SOURCING = frozenset(("according to", "per"))
#: The statuses an item's own words may give it: doubts, not its speaker's checks.
_DOUBTS = frozenset(("unverified", "disputed", "denied"))


def item_opening(text: str, offset: int) -> int | None:
    """The offset of the line holding ``offset`` when that line opens with a list item's
    marker ("- Ukraine's military said ...", "• ...", "2) ..."), else None. A briefing's
    bullets are items of their own: a caveat inside one is about that bullet's claims.
    Reads back to the line's start only."""
    line = text.rfind("\n", 0, offset) + 1
    at = line + len(text[line:offset]) - len(text[line:offset].lstrip(" \t"))
    return line if _MARKER.match(text, at, offset) else None


def _opens_list(text: str, sent: Sentence) -> bool:
    """Whether ``sent`` ends with the colon that opens a list."""
    return text[sent.start : sent.end].rstrip().endswith(":")


def list_item(
    text: str,
    sentences: Sequence[Sentence],
    idx: int,
    prev: _Draft,
    attributions: Sequence[_Attribution],
) -> bool:
    """Whether sentence ``idx`` is an item of a list whose opening (or item before) is
    ``prev``, the claim of the sentence before, by a speaker; an item whose own words
    name a speaker with a verb is none (see the module docstring)."""
    if prev.source is None or prev.last != idx - 1 or idx == 0:
        return False
    sent, before = sentences[idx], sentences[idx - 1]
    if sent.paragraph - before.paragraph > 1 or not _MARKER.match(text, sent.start, sent.end):
        return False
    if not _opens_list(text, before):
        if not _MARKER.match(text, before.start, before.end):
            return False
        if before.start <= prev.subj_start < before.end:
            # "- Geolocated footage indicates ..." then "- Ukrainian drones struck ...":
            # the item before named a speaker of its own, who does not speak for the next
            return False
    # "according to data from unit reports": a verb read after the sourcing words is theirs
    after = min((a.verb for a in attributions if a.cue in _SOURCING), default=len(text))
    return all(a.cue in _SOURCING or a.evidence or a.verb > after for a in attributions)


def item_claim(
    text: str,
    sent: Sentence,
    idx: int,
    prev: _Draft,
    loose: Sequence[tuple[int, int, int, str]],
) -> _Draft:
    """The claim of the list item ``sent`` (sentence ``idx``): ``prev``'s speaker and
    side, with the doubts of its own words (``loose``: start, end, rank, status)."""
    statuses = [(rank, st, _clean(text[s:e])) for s, e, rank, st in loose if st in _DOUBTS]
    d = _Draft(sent.start, sent.end, prev.source, prev.cue, prev.kind, prev.descriptor,
               idx, idx, sent.paragraph, statuses, subj_start=prev.subj_start,
               subj_end=prev.subj_end)  # fmt: skip
    d.side, d.party = prev.side, prev.party
    return d
