"""Claims stage 3b, answers (continued): a figure called untrue, named by what it counts.

"A masked man claimed its fighters had freed about 500 inmates. Haiti's National Police
said officers had retreated ... A police spokesman said the figure of escaped inmates was
'grossly inflated'": the answer names the figure by its noun ("the figure of escaped
inmates", "the number of dead", "the toll of soldiers killed"), so it answers the latest
claim of another speaker, a few claims back, that gives a number and holds that noun,
not the claim of its own side just before it. Linear: one search of the answer, a
bounded look back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft

__all__ = ["counted_target"]

#: How many claims back the counted claim may be.
_BACK = 5

#: The words :data:`_FIGURE_OF` opens with, one of which its match holds.
_FIGURE_WORDS = ("figure", "number", "toll", "count", "tally")
#: A figure named by what it counts: "the figure of escaped inmates", "the number of dead".
_FIGURE_OF = re.compile(
    r"\b(?:figure|number|toll|count|tally)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z]{4,})\b(?:\s+(?:was|were|is|are|had\s+been|has\s+been)\b)"
)


def counted_target(ctx: _Context, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """The claim whose figure an answer ``d`` names by its noun (see the module
    docstring), or None when ``d`` names no figure so or no recent claim gives it."""
    text = ctx.text
    # The answer's own words, not the whole text's: a test per claim over the whole
    # text would make a long text's claims quadratic.
    if not any(text.find(w, d.start, d.end) >= 0 for w in _FIGURE_WORDS):
        return None
    m = _FIGURE_OF.search(text, d.start, d.end)
    if m is None:
        return None
    stem = m.group("noun")[:-1] if m.group("noun").endswith("s") else m.group("noun")
    word = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
    seen = 0
    for e in reversed(drafts):
        if e is d or e.start >= d.start:
            continue
        seen += 1
        if seen > _BACK:
            return None
        if e.source is None or e.source == d.source:
            continue
        if e.side is not None and e.side == d.side:
            continue
        if ctx.quantities.any_inside(e.start, e.end) and word.search(text, e.start, e.end):
            return e
    return None
