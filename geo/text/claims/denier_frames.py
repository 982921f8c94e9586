"""Claims stage 5, what a denier calls the claim it denies is the denier's own claim.

"Trehubov denied Russian claims that Russian forces had encircled Ukrainian units in
Myrnohrad, calling them "fiction."": the claim that the units were encircled is Russia's,
denied (:mod:`.reactions` makes it so); the frame after it, ", calling them 'fiction'", is
what Trehubov says of it: cut off the denied claim as a claim of the denier, who opens
the sentence, with the denier's side. The same holds for ", describing them as", ",
saying ...", ", adding ...".

:func:`denier_frames` reads each claim's span once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .sides import speaker_side
from .speakers import _canonical

__all__ = ["denier_frames"]

#: The denier, the denial verb and the owner of the denied claim, opening a claim:
#: "Trehubov denied Russian claims", "Voloshyn also rejected Moscow's reports".
_DENIER = re.compile(
    r"(?P<denier>[A-Z][^,;:.]{1,80}?)\s+(?:also\s+|again\s+|flatly\s+)?"
    r"(?:denied|rejected|dismissed|refuted)\s+"
)
#: The denier's frame after the denied claim: ", calling them "fiction"", ", saying ...".
_FRAME = re.compile(
    r",\s+(?=(?:calling|describing|branding|labelling|labeling|saying|adding|insisting)\b)"
)


def denier_frames(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the frame that closes a denied claim owned by another body cut off
    as the denier's claim (see the module docstring)."""
    text = ctx.text
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        if d.source is None or d.subj_start <= d.start or not _denied(d):
            continue
        opening = _DENIER.match(text, d.start, d.subj_start)
        if opening is None or opening.end() != d.subj_start:
            continue  # the owner's phrase must follow the denial verb
        frame = _FRAME.search(text, d.subj_end, d.end)
        if frame is None:
            continue
        a, b = opening.span("denier")
        source, kind, descriptor = _canonical(ctx, text[a:b], a)
        if source is None or source == d.source:
            continue
        side, party = speaker_side(ctx, a, b, source, descriptor=descriptor)
        own = _Draft(
            frame.end(), d.end, source, d.cue, kind, descriptor, d.last, d.last, d.paragraph,
            subj_start=a, subj_end=b, side=side, party=party, responds_to=d,
        )  # fmt: skip
        d.end = frame.start()
        out.append(own)
    return out


def _denied(d: _Draft) -> bool:
    """Whether the claim's strongest status is a denial."""
    return any(status == "denied" for _, status, _ in d.statuses)
