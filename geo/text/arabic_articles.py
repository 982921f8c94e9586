"""Arabic articles joined to a name ("al-Fashir", "el-Arish"), found for recognition.

The recogniser starts a name at such an article; both scans here read the text at its
hyphens before a capital (``str.find``, a fast scan in C) rather than trying a pattern
at every character.
"""

from __future__ import annotations

import bisect
import re

from .tokens import _Tokens

__all__ = ["_HYPHEN_CAPITAL", "_article_heads", "_hyphen_capital"]

# Arabic articles before a name (the recogniser's scan starts a name at them).
_HYPHEN_CAPITAL = re.compile(r"[-‐][A-Z]")


def _hyphen_capital(text: str) -> bool:
    """Whether ``_HYPHEN_CAPITAL`` matches somewhere in ``text``: the hyphens found with
    ``str.find`` (a fast scan in C; the pattern is tried at every character), then the
    character after each one read."""
    find = text.find
    for hyphen in "-‐":
        k = find(hyphen)
        while k >= 0:
            if "A" <= text[k + 1 : k + 2] <= "Z":
                return True
            k = find(hyphen, k + 1)
    return False
#: A lower-case Arabic article joined to a capitalised name: "al-Fashir", "el-Arish".
_ARTICLE_HEAD = re.compile(r"(?<![^\W\d_])(?:al|el|ad|ar|as|ash|at|az|an|ath|ud|ul)[-‐](?=[A-Z])")


def _article_heads(text: str, tokens: _Tokens) -> list[int]:
    """Indexes of the tokens that are such articles (:data:`_ARTICLE_HEAD`)."""
    starts = tokens.starts
    out = []
    for at in _article_starts(text):
        k = bisect.bisect_left(starts, at)
        if k < len(starts) and starts[k] == at:
            out.append(k)
    return out


def _article_starts(text: str) -> list[int]:
    """Where the matches of ``_ARTICLE_HEAD.finditer(text)`` start, in order, read at
    each hyphen before a capital (found with ``str.find``: the pattern opens with a
    look-behind and is tried at every character): its article is the two or three
    letters before it."""
    found = []
    match = _ARTICLE_HEAD.match
    for hyphen in "-‐":
        h = text.find(hyphen)
        while h >= 0:
            if "A" <= text[h + 1 : h + 2] <= "Z":
                for at in (h - 2, h - 3):
                    m = match(text, at) if at >= 0 else None
                    if m is not None and m.end() == h + 1:
                        found.append(at)
                        break
            h = text.find(hyphen, h + 1)
    found.sort()
    return found
