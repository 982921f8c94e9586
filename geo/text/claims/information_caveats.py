"""Claims stage 5, a caveat on "this information" covers all the speaker just told.

"A source in the Russian security agencies told TASS that Ukrainian commanders had
started withdrawing units from Konstantinovka ... The source added that foreign
mercenaries had been seen leaving the city. There has been no official confirmation of
this information.": the information is what the source told in the paragraph, both
claims, not only the one just before the caveat (where the caveat's reading put it).
A caveat that names the information ("this information", "the information") or the
speaker's accounts in the plural ("these claims", "these reports") reaches back over
the claims of the same speaker that run before it in its paragraph; a claim of another
speaker stops it.

:func:`information_caveats` reads each claim's statuses once and looks back over one
speaker's run of claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft

__all__ = ["information_caveats"]

#: The caveat's words naming everything told: "no official confirmation of this
#: information", "these reports could not be verified".
_ALL_TOLD = re.compile(
    r"\b(?:(?:this|that|the|such)\s+information|(?:these|those|his|her|their|the\s+source's)\s+"
    r"(?:claims|reports|statements|accounts|assertions))\b",
    re.IGNORECASE,
)
_REACHED = ("unverified", "disputed")


def information_caveats(ctx: _Context, drafts: list[_Draft]) -> None:
    """Extend a caveat on "this information" to the speaker's earlier claims of its
    paragraph (see the module docstring); in place."""
    del ctx
    for k, d in enumerate(drafts):
        caveats = [s for s in d.statuses if s[1] in _REACHED and _ALL_TOLD.search(s[2])]
        if not caveats or d.source is None:
            continue
        j = k - 1
        while j >= 0 and drafts[j].paragraph == d.paragraph and _same_speaker(drafts[j], d):
            earlier = drafts[j]
            earlier.statuses.extend(s for s in caveats if s not in earlier.statuses)
            j -= 1


def _same_speaker(a: _Draft, b: _Draft) -> bool:
    """Whether ``b``'s speaker is ``a``'s, named again: the same name, or "the source"
    after "a source in the Russian security agencies" (the same head noun, one side)."""
    if a.source is None or b.source is None:
        return False
    if a.source == b.source:
        return True
    again = b.source.lower().split()
    if len(again) != 2 or again[0] != "the" or a.side != b.side:
        return False
    head = again[1]
    first = a.source.lower().split()
    return len(first) >= 2 and first[0] in ("a", "an", "one") and first[1] == head
