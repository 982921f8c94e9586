"""Claims stage 3c, the claim a denial of the denier's own act answers.

"The Indian army said troops exchanged fire ..., accusing Pakistan of a ceasefire
violation. ... Residents in Uri said shells landed about 5 km from the town. Pakistan
denied starting the exchange": a denial of a particular act (a gerund and its object)
that the claim just before does not pin on the denier answers the recent claim that
does (:func:`~geo.text.claims.targets.accuses`) and tells of the same act (a content
word shared with the denial's object), not the residents' account. Linear: a few recent
claims at most.
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
    by gerund, ``about`` does not accuse the denier, and a recent claim that does shares
    a content word with the denial's object; then that claim. ``denier`` None (no
    denial by a verb of its own): ``about``."""
    end, stop = span
    if denier is None or _GERUND.match(ctx.text, end) is None or accuses(ctx, about, denier):
        return about
    words = _content_words(ctx.text, end, stop)
    for d in _recent(drafts, idx):
        if d is not about and accuses(ctx, d, denier):
            return d if words & _content_words(ctx.text, d.start, d.end) else about
    return about
