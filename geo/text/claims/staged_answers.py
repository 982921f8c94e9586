"""Claims stage 5c, "staged": a claim that an event or its pictures were staged answers
the other side's claim of that event.

"Belgorod governor Vyacheslav Gladkov said a Ukrainian drone struck a passenger bus ...
Ukraine's Centre for Countering Disinformation said the footage circulating on Russian
Telegram channels was staged": the centre's claim answers the governor's, though it
repeats none of its words. The claim that the event itself was staged ("the attack was
staged", "Moscow said it was staged") denies it; one that only its pictures were ("the
footage", "the images from the scene", "the video", "the photos") disputes it: the
evidence is called false, the event not named. What is answered is the run of claims
just before (at most three, back to a claim of another speaker's side) of a speaker
with a side or party that is not the answerer's, neither being null on both counts; a
claim that answers another already ("denied that the group had carried out the attack,
saying the footage ... was staged") answers nothing more.

:func:`staged_answers` finds "staged" with ``str.find`` first; it reads each claim holding
the word once and looks back a few claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["staged_answers"]

#: "the footage ... was staged", "the attack had been staged", "calls the footage staged"
#: (the last such noun before "staged" is what was staged).
_STAGED = re.compile(
    r"(?s:.*)\b(?P<what>footage|images?|video|videos|pictures?|photos?|photographs?|clips?|scenes?|"
    r"attack|strike|bombing|shelling|incident|massacre|killings?|it)\b"
    r"(?:[^.;:]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are)(?:\s+\w+ly)?|)\s+"
    r"staged\b",
    re.IGNORECASE,
)
_EVIDENCE = frozenset(
    "footage image images video videos picture pictures photo photos photograph "
    "photographs clip clips scene scenes".split()
)
#: How many claims back the answer may reach.
_REACH = 3


def staged_answers(ctx: _Context, drafts: list[_Draft]) -> None:
    """Deny or dispute the other side's claims a "staged" claim answers (see the module
    docstring), in place."""
    text = ctx.text
    if text.find("staged") < 0:
        return
    for i, d in enumerate(drafts):
        if i == 0 or d.responds_to is not None or text.find("staged", d.start, d.end) < 0:
            continue  # an answer already (its "denied that ..." found what it answers)
        m = _STAGED.search(text, d.start, d.end)
        mine = (d.side, d.party)
        if m is None or mine == (None, None):
            continue
        status = "disputed" if m.group("what").lower() in _EVIDENCE else "denied"
        # The cue of a dispute ends at the evidence named: "staged" in it would deny
        # (:func:`.untruth.answer_status`).
        cue = text[d.start : m.end("what") if status == "disputed" else d.end].strip()
        other: tuple[str | None, str | None] | None = None
        for t in reversed(drafts[max(0, i - _REACH) : i]):
            theirs = (t.side, t.party)
            if theirs == (None, None) or theirs == mine or (other is not None and theirs != other):
                break
            other = theirs
            t.statuses.append((_STATUS_RANK[status], status, cue))
            d.responds_to = d.responds_to or t
