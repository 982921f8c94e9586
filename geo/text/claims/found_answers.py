"""Claims stage 5, the outlet's own finding answering the claim before it: "Posts sharing
the image also say the tanker sank ... Satellite imagery reviewed by our team shows no
sunken vessel there."

An attributed sentence that contradicts the claim before it disputes it
(:func:`~.answers._answer`); the outlet's own finding ("Satellite imagery reviewed by our
team shows", "Our analysis found", :func:`~.findings.own_finding`) is no attributed
sentence but answers the same way: when it follows an attributed claim, in the same
paragraph or the next and at most two sentences on, that claim is read against it as
against any other party's words (the contradiction, the places, the kind of act). Linear:
one look back per finding.
"""

from __future__ import annotations

from itertools import pairwise

from .answers import _answer
from .context import _Context, _Draft
from .findings import own_finding

__all__ = ["found_answers"]


def found_answers(ctx: _Context, drafts: list[_Draft]) -> None:
    """Let each of the outlet's own findings answer the attributed claim before it (see
    the module docstring); the drafts are changed in place."""
    for before, d in pairwise(drafts):
        if d.source is not None or d.cue is not None or before.source is None:
            continue
        if d.first - before.last > 2 or not 0 <= d.paragraph - before.paragraph <= 1:
            continue
        found = own_finding(ctx.text, d.start, d.end)
        if found is None or found.source is not None:
            continue
        _answer(ctx, d, before)
