"""Claims stage 5, a speaker's list of places told one by one.

A governor's or a ministry's account names the places hit, then tells what happened in
each, sentence by sentence, with no cue of its own::

    Acting governor Alexander Khinshtein reported that Ukrainian drones attacked Sudzha
    district, Glushkovo, Tetkino and Rylsk. In Rylsk, a fuel depot was set on fire, and
    two civilians were hospitalised.

A claim with no speaker that opens with one of the places the last attributed claim of
its paragraph named ("In Rylsk, ...", "In the village of Tetkino ...") goes on with that
claim's speaker and side. Any other claim with no speaker in between ends the run.
Linear: one pass over the claims, a place lookup each.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .same_places import _place_keys, _span_place_keys

__all__ = ["placed_followups"]

#: The place phrase opening a sentence: "In Rylsk,", "In the village of Tetkino".
_OPENING = re.compile(
    r"\s*(?:In|At|Near|Outside)\s+(?:the\s+(?:village|town|city|settlement|district)\s+of\s+)?"
    r"(?P<place>[^,;:.]{2,60}?)(?=,|\s+(?:a|an|the|two|three|four|five|\d+|several)\s)"
)


def placed_followups(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """Give each claim that tells of a place its paragraph's last speaker named that
    speaker (see the module docstring); ``drafts`` are changed in place and returned."""
    anchor: _Draft | None = None
    places: set[object] = set()
    for d in drafts:
        if d.source is not None:
            anchor, places = d, set(_place_keys(ctx, d))
            continue
        if anchor is None or d.paragraph != anchor.paragraph or not places:
            anchor = None
            continue
        m = _OPENING.match(ctx.text, d.start, d.end)
        keys = set(_span_place_keys(ctx, *m.span("place"))) if m is not None else set()
        if not keys or not keys <= places:
            anchor = None  # the article's own reporting: the run ends
            continue
        d.source, d.cue, d.kind = anchor.source, anchor.cue, anchor.kind
        d.descriptor = anchor.descriptor
        d.subj_start, d.subj_end = anchor.subj_start, anchor.subj_end
        d.side, d.party = anchor.side, anchor.party
    return drafts
