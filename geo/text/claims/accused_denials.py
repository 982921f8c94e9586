"""Claims stage 3c, the claim a denial of the denier's own act answers.

"The Indian army said troops exchanged fire ..., accusing Pakistan of a ceasefire
violation. ... Residents in Uri said shells landed about 5 km from the town. Pakistan
denied starting the exchange": a denial of a particular act (a gerund and its object)
that the claim just before does not pin on the denier answers the recent claim that
does (:func:`~geo.text.claims.targets.accuses`) and tells of the same act (a content
word shared with the denial's object), not the residents' account. So does a denial of
what the denier's own forces did: "Hamas denied that its fighters were present at the
school" answers "struck Hamas terrorists operating inside a command centre", not the
military's next words about "the militants". Linear: a few recent claims at most.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .silences import _recent
from .targets import _content_words, accuses

__all__ = ["accused_instead"]

#: A denial of an act by its gerund: "denied starting the exchange", "denied firing first"
#: (not "denied that ...", "denied reports ...").
_GERUND = re.compile(r"\s+(?:any\s+)?(?!(?:that|reports?|claims?)\b)[a-z]+ing\b")
#: A denial of what the denier's own forces did: "denied that its fighters were present
#: at the school" (the claim naming them, "struck Hamas terrorists operating inside ...").
_OWN_FORCES_DID = re.compile(
    r"\s+that\s+(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|soldiers|units|fighters|"
    r"members|militants|servicemen)\b",
    re.IGNORECASE,
)


def accused_instead(
    ctx: _Context,
    drafts: list[_Draft],
    about: _Draft,
    idx: int,
    denier: _Attribution | None,
    span: tuple[int, int],
) -> _Draft:
    """The claim the denial by ``denier`` in sentence ``idx`` answers: ``about`` unless
    the denial (its verb ending at ``span[0]``, its sentence at ``span[1]``) is of an act
    by gerund or of what the denier's own forces did, ``about`` does not accuse the
    denier, and a recent claim that does shares a content word with the denial's object;
    then that claim. ``denier`` None (no
    denial by a verb of its own): ``about``."""
    end, stop = span
    act = _GERUND.match(ctx.text, end) or _OWN_FORCES_DID.match(ctx.text, end)
    if denier is None or act is None or accuses(ctx, about, denier):
        return about
    words = _content_words(ctx.text, end, stop)
    for d in _recent(drafts, idx):
        if d is not about and accuses(ctx, d, denier):
            return d if words & _content_words(ctx.text, d.start, d.end) else about
    return about
