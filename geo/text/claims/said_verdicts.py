"""Claims stage 5, a verdict on everything a party says about a place disputes its claim.

'"Everything Kinshasa says about Kamanyola is pure propaganda. Our forces have not moved
one metre," Lawrence Kanyuka ... told Reuters.': the sentence judges what the other
party says ("says" is no cue here: :func:`.cue_words._said_as_object`); it disputes the
latest claim (among the last :data:`_BACK`) of another speaker that names the place
("the army spokesman said soldiers had pushed the rebels out of positions near the
village of Kamanyola"), or, with no place named, the latest claim of another speaker.

:func:`said_verdicts` reads each claim once and a few claims back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["said_verdicts"]

#: How many claims back the judged claim may be.
_BACK = 6

_SAID_VERDICT = re.compile(
    r"\b(?:Everything|Anything|Whatever|everything|anything|whatever)\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:says|said|claims|claimed|is\s+saying)"
    r"\s+(?:about\s+(?P<about>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+)?(?:is|are|was|were)\s+"
    r"(?:(?:pure|outright|simply|just|all|blatant)\s+)?(?:a\s+)?(?:propaganda|lies?|false|"
    r"untrue|fake|fiction|fantasy|fantasies|nonsense|disinformation|fabricat\w+)\b"
)


def said_verdicts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Dispute the claim a verdict on "everything X says" judges (see the module
    docstring); in place."""
    text = ctx.text
    for n, d in enumerate(drafts):
        said = text.find(" says ", d.start, d.end) >= 0 or text.find(" said ", d.start, d.end) >= 0
        if d.source is None or not said:
            continue
        m = _SAID_VERDICT.search(text, d.start, d.end)
        if m is None:
            continue
        about = m.group("about")
        for e in reversed(drafts[max(0, n - _BACK) : n]):
            if e.source is None or e.source == d.source:
                continue
            if about and text.find(about, e.start, e.end) < 0:
                continue
            e.statuses.append((_STATUS_RANK["disputed"], "disputed", m.group()))
            d.responds_to = d.responds_to or e
            break
