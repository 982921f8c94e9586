"""Who a trailing "..., it said" stands for.

"Russia's Defence Ministry said its forces had taken Torske. The Ukrainian army lost up
to 150 servicemen in the area, it said.": "it" closing a sentence after its content
points back at the organisation that spoke last, not at the sentence's own subject (the
Ukrainian army is what the ministry speaks about). The sentence's subject stays the
speaker when no organisation spoke before it in the same paragraph, or when it is that
organisation.
"""

from __future__ import annotations

from ..sentences import paragraph_end
from .context import _Context
from .segmentation import Sentence

#: How far back (characters) the organisation that spoke last may have spoken.
_REACH_CHARS = 600


def trailing_it_speaker(
    ctx: _Context, sent: Sentence, own: tuple[str | None, str] | None
) -> tuple[str | None, str] | None:
    """The speaker of "..., it said" closing ``sent``, given ``own``, the sentence's own
    subject as a (source, kind) pair (or None): the organisation that spoke last
    (``ctx.last_org``, its claim starting at ``ctx.last_org_at``) when it spoke in the
    same paragraph within ``_REACH_CHARS`` characters before ``sent`` and ``own`` is
    another body; ``own`` otherwise."""
    last, at = ctx.last_org, ctx.last_org_at
    if own is None or last is None or own[0] is None or not 0 <= at < sent.start:
        return own
    if own[0] in last or last in own[0]:
        return own
    if sent.start - at > _REACH_CHARS or paragraph_end(ctx.lines).search(ctx.text, at, sent.start):
        return own
    return last, "org"
