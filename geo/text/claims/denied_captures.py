"""Claims stage 3, the claims a denial of a capture answers: every claim of that capture.

"According to DeepState, Russian troops ... captured the village of Zelenyi Hai. The
Russian MoD claimed the capture of Zelenyi Hai on February 16. ISW assessed that Russian
forces ... have not yet seized Zelenyi Hai, citing footage ... The Ukrainian 110th
Mechanized Brigade denied that Russian forces had captured Zelenyi Hai." The denial
answers the claims of the capture of the place it names, by whoever made them (the
monitor's and the ministry's), not the analyst's claim just before, which says the
same as the denial. :func:`denied_captures` gives the claims a denial of a capture
(its content at ``text[start:stop]``) answers: the claims already found (``answered``:
the claim before and its sentence's), the recent claims of a capture by the same speaker
or party naming a denied place (:func:`~geo.text.claims.targets.party_captures`), and
the recent claims of any speaker stating the capture of a place the denial names; of
these, a claim that says the capture has not happened ("have not yet seized") is left
out when another remains. Linear: the few recent claims once.
"""

from __future__ import annotations

import re

from .answers import _captures
from .context import _Context, _Draft
from .denial_scope import captures_of_denied_places
from .same_places import _place_keys, _span_place_keys
from .silences import _recent
from .targets import party_captures

__all__ = ["denied_captures"]


#: A capture said not to have happened: "have not yet seized", "has not been captured",
#: "never took", "is yet to capture", "failed to capture".
_NOT_CAPTURED = re.compile(
    r"\b(?:not|never|yet\s+to|failed\s+to)\s+(?:yet\s+)?(?:been\s+)?(?:captured|capture|seized|seize|"
    r"taken|take|took|liberated|occupied|entered)\b|"
    r"n[’']t\s+(?:yet\s+)?(?:been\s+)?(?:captured|seized|taken|took|liberated)\b",
    re.IGNORECASE,
)


def denied_captures(
    ctx: _Context,
    drafts: list[_Draft],
    idx: int,
    about: _Draft,
    answered: list[_Draft],
    span: tuple[int, int],
) -> list[_Draft]:
    """The claims a denial of a capture in sentence ``idx`` answers (see the module
    docstring), ``answered`` first."""
    text = ctx.text
    start, stop = span
    found = list(answered)
    theirs = captures_of_denied_places(ctx, party_captures(ctx, drafts, idx, about), start, stop)
    places = set(_span_place_keys(ctx, start, stop))
    others = [
        d
        for d in _recent(drafts, idx)
        if places
        and d.source is not None
        and not places.isdisjoint(_place_keys(ctx, d))
        and _captures(text, d.start, d.end)
    ]
    for d in (*theirs, *others):
        if all(d is not e for e in found):
            found.append(d)
    said = [d for d in found if not _NOT_CAPTURED.search(text, d.start, d.end)]
    return said or found
