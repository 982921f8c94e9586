"""Claims stage 4e, a post's byline by an account's handle: "Ministry of Defence
(@DefenceHQ) on X, 3 December 2026".

Besides the bylines of :mod:`~geo.text.claims.post_bylines` ("Post by X", "Thread by
X"), a reprinted post may stand under a line of its own that names its author, the
account's handle in brackets and the medium, with at most a date after it::

    Ministry of Defence (@DefenceHQ) on X, 3 December 2026

    Latest Defence Intelligence update on the situation in Ukraine. ...

:func:`handle_bylines` finds every such line (at most 200 characters, not the text's
last, no cue verb: "The ministry (@DefenceHQ) said on X that ..." is an ordinary
attribution): the author is the text before the bracket, the line's words up to the
medium describe it; a title line with no verb right after it ("Latest Defence
Intelligence update on the situation in Ukraine.") belongs to the byline, no claim.
Linear: one pass over the text's handles.
"""

from __future__ import annotations

import re

from .post_headers import _ARTICLE, _CUE, _MEDIUM, PostLine

__all__ = ["handle_bylines"]

_LINE_REACH = 200
_HANDLE = re.compile(r"\(@\w{1,30}\)")
#: The whole line: the author, the handle, the medium, a date at most.
_LINE = re.compile(
    rf"[ \t]*(?P<author>[A-Z][\w’'.&-]*(?:[ \t]+[\w’'.&-]+){{0,8}}?)[ \t]*\(@\w{{1,30}}\)"
    rf",?[ \t]+(?:on|via)[ \t]+(?P<medium>{_MEDIUM})\b"
    r"(?:,?[ \t]+(?:on[ \t]+)?[\w ,]{0,30}\d[\w ,]{0,20})?[ \t]*\.?[ \t]*"
)

#: A post's title line after the byline, with no verb: "Latest Defence Intelligence
#: update on the situation in Ukraine."
_TITLE = re.compile(
    r"\s*(?:Latest|Today[’']s|Daily|Weekly)\b[^\n.]{0,100}?\b(?:update|assessment|"
    r"briefing|summary)\b[^\n.]{0,80}\.?[ \t]*(?=\n)"
)


def handle_bylines(text: str) -> list[PostLine]:
    """Every byline of ``text`` naming an account's handle (see the module docstring),
    in text order, as a :class:`~geo.text.claims.post_headers.PostLine`."""
    out: list[PostLine] = []
    n = len(text)
    last = -1
    for hit in _HANDLE.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        if start <= last or end < 0 or end - start > _LINE_REACH:
            continue
        last = start
        m = _LINE.fullmatch(text, start, end)
        if m is None or _CUE.search(text, start, end) or end >= n - 1:
            continue
        a, b = m.span("author")
        if art := _ARTICLE.match(text, a, b):
            a = art.end()
        if title := _TITLE.match(text, end):
            end = title.end()  # "Latest Defence Intelligence update on ...": the post's title
        out.append(PostLine(text[a:b], a, b, m.group("medium"), end, (a, m.end("medium"))))
    return out
