"""Claims stage 2, a body and its branch speaking together.

"In South Kivu, the M23 and its political wing, the Alliance Fleuve Congo (AFC), said
...": the speakers are the body and its wing, named in apposition. The source is the
body named first ("the M23"), the wing's name its descriptor, and the speaker's phrase
spans both, so that the body's party is theirs; not the word "wing". Linear: a few
tokens before the comma.
"""

from __future__ import annotations

from .context import _Attribution, _Context
from .phrases import _np_left
from .segmentation import _bare, _Tok
from .speakers import _canonical

__all__ = ["branch_speaker"]

#: A part of an organisation: "its armed wing", "their political arm".
_BRANCHES = frozenset("wing arm faction affiliate branch offshoot".split())
_OWNERS = frozenset("its their".split())


def branch_speaker(
    ctx: _Context, toks: list[_Tok], b: int, last: int, v: int
) -> _Attribution | None:
    """The attribution to "X and its <branch>, <name>," whose branch noun is token ``b``
    and whose name in apposition ends at token ``last`` (``v``: the cue), or None."""
    if _bare(toks[b].text).lower() not in _BRANCHES:
        return None
    k = b - 1
    while k > b - 4 and k >= 0 and toks[k].text.islower() and toks[k].text not in _OWNERS:
        k -= 1  # "its political wing"
    if k < 2 or toks[k].text not in _OWNERS or toks[k - 1].text.lower() != "and":
        return None
    owner = _np_left(toks, k - 2, set())
    if owner is None:
        return None
    text = ctx.text
    a = toks[owner[0]].start
    source, kind, _ = _canonical(ctx, text[a : toks[owner[1]].end], a)
    described = text[toks[k].start : toks[last].end]
    return _Attribution(v, toks[v].text.lower(), a, toks[last].end, source, kind, described)
