"""Claims stage 5, a checker that has not seen one side's control: "ISW has not observed
footage indicating that Russian forces control the settlement".

"The Russian MoD claimed that elements of the Central Group of Forces liberated Kotlyne.
Mashovets stated that Russian forces hold only a foothold on its outskirts, and ISW has
not observed footage indicating that Russian forces control the settlement." The
checker's clause, its own or joined to another side's speaker's sentence (not to a claim
of the side it names, which it is about), is about the MoD's claim
of capture: it names whose control it has not seen ("Russian forces"), and the latest
recent capture claim of that side is ``unverified``; an assessment that the side does not
hold it ("ISW assesses that Russian forces likely do not control the entire settlement")
disputes it. :func:`unseen_control` marks it.
Linear: a substring gate per claim, then a few claims back.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .answers import _captures
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .sides import INDEPENDENT

__all__ = ["unseen_control"]

#: "has not observed footage indicating that Russian forces control", "has not yet seen
#: evidence that Ukrainian troops hold", "has not observed confirmation that Russian
#: forces seized".
_UNSEEN = re.compile(
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?(?:observed|seen)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:footage|evidence|confirmation|imagery|images)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:indicating|showing|suggesting|confirming)\s+)?(?:that\s+)?"
    r"(?P<who>[A-Z][a-z]+)\s+(?:forces|troops|units)\s+(?:have\s+|had\s+)?"
    r"(?:control\w*|hold|held|seized|captured|occup\w+|took|taken|liberated|entered)\b"
)
#: A checker's assessment that the side does not hold the place: "ISW assesses that
#: Russian forces likely do not control the entire settlement" (disputes the capture).
_NOT_HELD = re.compile(
    r"\b(?:assess(?:es|ed)?|judges?|judged)\s+that\s+(?P<who>[A-Z][a-z]+)\s+(?:forces|troops|"
    r"units)\s+(?:(?:most\s+)?(?:likely|probably)\s+)?(?:do|does|did)\s+not\s+(?:yet\s+)?"
    r"(?:fully\s+)?(?:control|hold|occupy)\b"
)
#: How many claims back the claim of capture may be.
_BACK = 5


def unseen_control(ctx: _Context, drafts: list[_Draft]) -> None:
    """Mark, in place, the latest recent capture claim of the side a checker has not seen
    in control ``unverified``, or assessed not in control ``disputed`` (see the module
    docstring)."""
    text = ctx.text
    for n, d in enumerate(drafts):
        if text.find(" not ", d.start, d.end) < 0:
            continue  # cheap gate: a checker's negated sighting
        m = _UNSEEN.search(text, d.start, d.end)
        status = "unverified"
        if m is None and (m := _NOT_HELD.search(text, d.start, d.end)) is not None:
            status = "disputed"  # not only unseen: assessed not held
        code = lx.DEMONYMS.get(m.group("who").lower()) if m is not None else None
        if code is None or (d.side == code and d.side != INDEPENDENT):
            continue  # "Milbloggers claimed ..., but ISW has not observed ...": their own
        for e in reversed(drafts[max(0, n - _BACK) : n]):
            if d.paragraph - e.paragraph > 1:
                break
            if e.side == code and e.source is not None and _captures(text, e.start, e.end):
                e.statuses.append((_STATUS_RANK[status], status, m.group()))
                # the clause is about that claim, not the one holding it: "Footage ...
                # indicates that Russian forces advanced into southern Ivanivka, but ISW
                # has not observed evidence that Russian forces have seized either"
                d.statuses = [s for s in d.statuses if m.group() not in s[2]]
                break
