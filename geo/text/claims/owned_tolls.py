"""Claims stage 5b'', two tolls in one sentence: "against the army's count of 20" is the
army's claim.

"The Health Ministry put the toll at 14 dead, against the Israeli army's count of 20
militants killed": one sentence, two speakers' figures. The speaker's claim ends before
the contrast ("against", "versus", "compared with", "while", "whereas", "contrasting with");
the figure named by its owner after it ("the Israeli army's count of 20", "the RSF's figure
of 12") is the owner's claim, with the owner's side (the status cues found in it go with
it), so that neither count is given to the other side.

:func:`owned_tolls` finds a possessive figure noun with ``str.find`` gates first, then
reads each claim holding a match once.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..fold import folded
from .context import _Context, _Draft
from .sides import speaker_side

__all__ = ["owned_tolls"]

#: ", against the Israeli army's count of 20", "versus the RSF's figure of 12".
_OWNED_TOLL = re.compile(
    r",?\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|while|whereas|"
    r"contrasting\s+with|contrasts\s+with)\s+"
    r"(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?\s+"
    r"(?:own\s+)?(?:count|toll|death\s+toll|figure|tally|estimate|number)s?\s+of\s+"
    r"(?=[\d\w])",
    re.IGNORECASE,
)
#: The owned figure's words of every ``_OWNED_TOLL`` match, lower case: searched on the
#: :func:`~geo.text.fold.folded` text first (from its apostrophes: a fast scan), the
#: case-insensitive pattern only where it finds them.
_TOLL_AFTER = re.compile(
    r"[’']s?\s+(?:own\s+)?(?:count|toll|death\s+toll|figure|tally|estimate|number)s?\s+of\s+"
)
#: Owners that are no speaker: "the day's toll", "last week's figure".
_NO_OWNER = frozenset("day week month year night today yesterday weekend".split())


def owned_tolls(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with each figure named by its owner after a contrast cut off its claim
    as the owner's own claim (see the module docstring)."""
    text = ctx.text
    if "’s" not in text and "'s" not in text:
        return drafts
    if not any(w in text for w in ("against", "versus", "vs", "compared", "while", "whereas",
                                   "contrast")):  # fmt: skip
        return drafts
    if _TOLL_AFTER.search(folded(text)) is None:
        return drafts
    starts = [d.start for d in drafts]
    out = list(drafts)
    added = 0
    for m in _OWNED_TOLL.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or not drafts[i].start < m.start() < drafts[i].end or drafts[i].source is None:
            continue
        owner = m.group("owner")
        if owner.split()[-1].lower() in _NO_OWNER:
            continue
        d = drafts[i]
        a, b = m.span("owner")
        side, party = speaker_side(ctx, a, b, owner, where=(a, d.end))
        kept = [s for s in d.statuses if s[2] and text.find(s[2], a, d.end) >= 0]
        new = _Draft(a, d.end, owner, "'s", "org", "", d.last, d.last, d.paragraph, kept,
                     a, b, side, party)  # fmt: skip
        d.statuses = [s for s in d.statuses if s not in kept]
        d.end = m.start()
        added += 1
        out.insert(i + added, new)
    return out
