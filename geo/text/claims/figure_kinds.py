"""Claims stage 3, a caveat on a kind of figure answers only a claim stating one.

"Aid groups said more than 20,000 people had fled Kamanyola ... The United Nations said it
could not confirm the number of casualties": the caveat names casualties, which the
displacement claim before it does not count; it leaves that claim as it was.
:func:`other_figure` tells such a caveat from one about the claim (the kinds and their
words are :data:`~.silences._FIGURES`: casualties, tolls, deaths; "the figures" of any
kind answer any claim, and "the loss" is also that of ground, the other face of a
capture). Reads the caveat's words and the claim's once.
"""

from __future__ import annotations

import re

from .context import _Draft
from .silences import _FIGURES

__all__ = ["other_figure"]

#: A kind of figure with words of its own, named after a caveat's verb: "the number of
#: casualties", "the death toll", "the losses".
_KINDS = sorted((k for k, v in _FIGURES.items() if v and k[:4] != "loss"), key=len, reverse=True)
_KIND = re.compile(r"\b(?:" + "|".join(_KINDS) + r")\b", re.IGNORECASE)
#: How far after the caveat's verb the kind may be named (characters).
_REACH = 60


def other_figure(text: str, about: _Draft | None, status: str, end: int, stop: int) -> bool:
    """Whether the caveat of ``status`` "unverified" whose verb ends at ``end`` names a kind
    of figure (before ``stop``, the sentence's end) that the claim ``about`` states no word
    of (see the module docstring).

    >>> t = "Aid groups said 20,000 had fled. The UN could not confirm the number of casualties."
    >>> fled = _Draft(0, 32, "Aid groups", "said", "group", "", 0, 0, 0)
    >>> other_figure(t, fled, "unverified", t.index(" the number"), len(t))
    True
    """
    if about is None or status != "unverified":
        return False
    kind = _KIND.search(text, end, min(stop, end + _REACH))
    if kind is None:
        return False
    words = _FIGURES[kind.group().lower()]
    return words is not None and words.search(text, about.start, about.end) is None
