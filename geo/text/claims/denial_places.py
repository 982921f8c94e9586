"""Claims stage 3e, denials in the perfect that answer a claim by its places.

A denial in the perfect of a kind of act ("Moscow has denied targeting civilians")
is the denier's standing position (:func:`~geo.text.claims.same_places.standing_position`):
a claim of its own, the claim before keeps its status. When the denied act names
the claim before's places or its speaker's country, it answers that claim:
"Moldova says fragments of a Russian drone fell near Ceadîr-Lunga. Moscow has
denied sending drones into Moldovan airspace." :func:`perfect_denial_answers` makes
such a denial (still a claim of its own, the denier's) respond to the claim before,
which takes the status ``denied``. A habitual denial ("has repeatedly denied") and a
denial by the same side stay positions. Linear: reads the denial's clause.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .same_places import _place_keys, _span_place_keys
from .sides import INDEPENDENT
from .speakers import _countries

__all__ = ["perfect_denial_answers"]


#: A denial of an act in the perfect, not said as a habit: "Moscow has denied sending".
_PERFECT_DENIAL = re.compile(
    r"\b(?:has|have)\s+(?P<verb>denied)\s+(?:\w+ing)\b(?P<object>[^.;:!?]*)", re.IGNORECASE
)
#: The end of the denied act: a clause or a participle after a comma.
_OBJECT_END = re.compile(r",|\s(?:and|but|saying|calling|while)\s")


def perfect_denial_answers(ctx: _Context, new: list[_Draft], prev: _Draft | None) -> None:
    """Make a claim of ``new`` that denies, in the perfect, an act at ``prev``'s places
    or in its speaker's country answer ``prev`` (see the module docstring).

    Parameters
    ----------
    ctx : _Context
        The document context (toponyms, text).
    new : list of _Draft
        The claims of the current sentence; one of them may get ``responds_to``.
    prev : _Draft or None
        The claim before (:func:`~geo.text.claims.extract._previous_claim`); it takes
        the status ``denied`` and the denial's words.
    """
    if prev is None or prev.source is None or prev.side in (None, INDEPENDENT):
        return
    text = ctx.text
    for d in new:
        if d.responds_to is not None or d.source is None or d.side in (None, INDEPENDENT):
            continue
        if d.side == prev.side or d.paragraph - prev.paragraph > 1:
            continue
        m = _PERFECT_DENIAL.search(text, d.start, d.end)
        if m is None or m.start() < d.subj_end:
            continue
        start = m.start("object")
        cut = _OBJECT_END.search(text, start, m.end("object"))
        end = cut.start() if cut else m.end("object")
        if end - start > 200:
            continue
        places = set(_span_place_keys(ctx, start, end)) & set(_place_keys(ctx, prev))
        if not places and prev.side not in _countries(ctx, start, end):
            continue
        cue = text[max(d.start, d.subj_start) : m.end("verb")]
        rank = next((r for r, s, _ in d.statuses if s == "denied"), 5)
        d.responds_to = prev
        prev.statuses.append((rank, "denied", cue))
        return
