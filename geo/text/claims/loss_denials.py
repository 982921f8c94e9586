"""Claims stage 3 helper, a denial of a loss answers the other side's claim of a gain.

"The Karen National Liberation Army said it had overrun a junta camp near Myawaddy. The
military denied losing any positions." The military's denial states a position of its
own ("denied losing ...", a gerund, as a standing denial would), yet it answers the
claim just before: a party claimed to have taken ground or killed troops, and the other
one denies having lost any. :func:`loss_denials` links such a denial to that claim
(``responds_to``) and marks the claim ``disputed`` (the denial is of a loss, not of every
word of the claim). Reads the two claims' own words only.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds

__all__ = ["loss_denials"]

#: A denial of a loss: "denied losing any positions", "denies having lost the base",
#: "denied that its forces had lost ground", "denied that its troops had withdrawn".
_LOSS_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected\s+claims\s+of)\s+(?:(?:having\s+)?(?:lost|losing)|"
    r"that\s+(?:its|their|any\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?(?:had|have|has)\s+"
    r"(?:lost|withdrawn|retreated|abandoned|pulled\s+out))\b",
    re.IGNORECASE,
)
#: A word every ``_LOSS_DENIAL`` match holds, as :func:`geo.text.fold.folded` writes it.
_DENIAL_WORDS = ("deni", "deny", "rejected")
#: A claim of a gain in the field: a capture, ground overrun, troops killed.
_GAIN = re.compile(
    r"\b(?:captur\w*|seiz\w*|overr[au]n\w*|took|taken|retook|liberat\w*|killed|kill\w*|"
    r"destroy\w*|advanc\w*|push\w*\s+back|drove\s+out|control)\b",
    re.IGNORECASE,
)


def loss_denials(ctx: _Context, new: list[_Draft], prev: _Draft | None, idx: int) -> None:
    """Link each claim of ``new`` (sentence ``idx``) that denies a loss to ``prev``, the
    claim before, when ``prev`` is another speaker's claim of a gain within two
    sentences and the denial answers nothing yet (see the module docstring)."""
    if prev is None or prev.source is None or idx - prev.last > 2:
        return
    text = ctx.text
    for d in new:
        if d.responds_to is not None or d.source in (None, prev.source):
            continue
        if not folded_holds(text, d.start, d.end, _DENIAL_WORDS):
            continue  # a substring test in C: the case-insensitive pattern cannot match
        m = _LOSS_DENIAL.search(text, d.start, d.end)
        if m is None or _GAIN.search(text, prev.start, prev.end) is None:
            continue
        d.responds_to = prev
        prev.statuses.append((_STATUS_RANK["disputed"], "disputed", text[d.start : m.end()]))
