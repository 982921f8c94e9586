"""Lines named after people or ideas: "the so-called Surovikin line", "the Druzhba
pipeline" are no villages.

A capitalised name the gazetteer lacks (:attr:`~geo.text.tokens.Mention.unknown`, or has
only by a close spelling, :attr:`~geo.text.tokens.Mention.fuzzy`: "Surovikin") right
before "line" ("the Surovikin line", "the Mannerheim Line", "the 'Wagner line'") names a
line of fortifications, after a commander or an old state, not a settlement: estimating
it at the place the text named before ("west of Verbove") would put a village on the map
that does not exist.  :func:`drop_named_lines` leaves such mentions out; a name the
gazetteer has ("the Kupiansk line") is left to the other stages.

Pipelines are named lines too: "the Druzhba pipeline" ("friendship"), "the Keystone
pipeline", "the Soyuz gas pipeline" run for hundreds of kilometres and are named after
no point on them, though the gazetteer has villages of those names.  A one-word name
after "the" and before "(oil|gas) pipeline" is left out whether the gazetteer has it or
not; a pipeline named after its ends ("the Kirkuk-Ceyhan pipeline", "the Baku-Tbilisi-
Ceyhan pipeline") names places, and is kept.

Cost: one anchored match per unknown mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .tokens import Mention, without_mentions

__all__ = ["drop_named_lines"]

#: Right after the name: "line" or "Line", a closing quotation mark allowed either side.
_LINE_AFTER = re.compile(r"[\"'’”]?[ \t]+[Ll]ines?\b")
#: Right after the name: "pipeline" ("oil pipeline", "gas pipelines") ...
_PIPELINE_AFTER = re.compile(r"[\"'’”]?[ \t]+(?:(?:oil|gas|crude)[ \t]+)?[Pp]ipelines?\b")
#: ... and "the" right before it ("the Druzhba pipeline"), a quotation mark allowed.
_THE_BEFORE = re.compile(r"\bthe[ \t]+[\"'‘“]?\Z", re.IGNORECASE)


def drop_named_lines(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the unknown names of defence lines (module docstring); the
    kept mentions' lists renumbered.

    Examples
    --------
    >>> text = "west of Verbove, before the so-called Surovikin line."
    >>> verbove = Mention(8, 15, "verbove", 2, 2, cue="in")
    >>> line = Mention(38, 47, "surovikin", 7, 7, unknown=True)
    >>> [m.key for m in drop_named_lines(text, [verbove, line])]
    ['verbove']
    >>> text = "strikes near Unecha on the Druzhba oil pipeline"
    >>> unecha, druzhba = Mention(13, 19, "unecha", 2, 2), Mention(27, 34, "druzhba", 5, 5)
    >>> [m.key for m in drop_named_lines(text, [unecha, druzhba])]
    ['unecha']
    """
    drop = {
        k
        for k, m in enumerate(mentions)
        if ((m.unknown or m.fuzzy) and _LINE_AFTER.match(text, m.end) is not None)
        or _named_pipeline(text, m)
    }
    return without_mentions(mentions, drop)


def _named_pipeline(text: str, m: Mention) -> bool:
    """Whether mention ``m`` is a one-word name of a pipeline: "the Druzhba pipeline"."""
    return (
        m.first == m.last
        and _PIPELINE_AFTER.match(text, m.end) is not None
        and _THE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
    )
