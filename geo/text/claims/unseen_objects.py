"""Claims stage 3, what a checker has not seen: the claims its object names.

"A Russian milblogger claimed that Russian forces repelled the attack, but another
milblogger stated that Ukrainian forces hold positions in Demidovka. ISW has not
observed footage of fighting in Demidovka." leaves every claim of the paragraph that
names Demidovka ``unverified`` (the first milbloggers' attack "near Demidovka" too),
not only the claim just before; "The IDF reported that it intercepted the missile.
CTP-ISW has not observed evidence that the missile struck the airport." is about the
claim that the missile was launched "at Ben Gurion Airport", the claim of the paragraph
whose content the object shares most (:func:`~geo.text.claims.matched_findings._content`:
a name weighs two, another word one), not the interception just before. An object that
points back ("of this claim", "of these claims") or names nothing of another claim
keeps the claim before. Only for a checker's not-seen cue (``_NOT_SEEN``: "has not
observed footage", "has not seen evidence"), not a party's "did not provide evidence".
After the checker's own evidence ("Satellite images ... show a crater ... We found no
visible evidence of military equipment at the site") the cue is about the latest party's
claim before it (the ministry's strike on "a deployment point of drone units"), not the
images it describes.
Linear: the object once, then the few claims a reaction may reach.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _BACKREF, _NOT_SEEN
from .matched_findings import _content, _shared
from .sides import INDEPENDENT
from .silences import _recent

__all__ = ["unseen_claims"]


#: The checker's own evidence, the speaker of a claim before a not-seen cue.
_EVIDENCE = re.compile(r"\b(?:images?|imagery|footage|videos?|photos?|photographs?)\b", re.I)
#: Where the object of a not-seen cue ends: the clause's end ("..., and footage ...").
_OBJECT_END = re.compile(r"[,;:]|\s(?:but|while|although|though|as|because)\s")


def unseen_claims(
    ctx: _Context, drafts: list[_Draft], about: _Draft, idx: int, cue: tuple[int, int, int]
) -> list[_Draft]:
    """The claims a status cue at ``text[cue[0]:cue[1]]`` (its sentence ends at
    ``cue[2]``) in sentence ``idx`` leaves unverified, latest first: ``about`` (the
    claim before) unless the cue is a checker's not-seen one whose object names other
    claims of ``about``'s paragraph (see the module docstring)."""
    text = ctx.text
    start, end, stop = cue
    if not _NOT_SEEN.match(text, start, end):
        return [about]
    if about.side == INDEPENDENT and _EVIDENCE.search(about.source or ""):
        party = next((d for d in _recent(drafts, idx) if d.side not in (None, INDEPENDENT)), None)
        about = party or about  # the images showed the crater; no evidence of the target
    cut = _OBJECT_END.search(text, end, stop)
    obj_end = cut.start() if cut is not None else stop
    if _BACKREF.search(text, end, obj_end):
        return [about]  # "of this claim", "of these reports": the claims before
    found = _content(text, end, obj_end)
    names = {w for w, weight in found.items() if weight == 2}
    recent = [
        d for d in _recent(drafts, idx) if d.source is not None and d.paragraph == about.paragraph
    ]
    if names:
        named = [d for d in recent if names & _content(text, d.start, d.end).keys()]
        return named or [about]
    best, most = about, _shared(found, _content(text, about.start, about.end))
    for d in recent:
        shared = _shared(found, _content(text, d.start, d.end))
        if shared > most:
            best, most = d, shared
    return [best]
