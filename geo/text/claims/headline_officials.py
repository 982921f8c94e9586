"""Claims stage 2c helper, an unnamed official in a headline: the one the lede names.

"Russian forces press offensive toward Kharkov, says regional official" shortens the
lede's "the head of the Russian-installed administration of the Kharkov Region, Vitaly
Ganchev, said": the headline's official is that installed head, whose side is the
patron's (Russia's), not the country of the place the headline names (Ukraine).
:func:`headline_patron` reads the first paragraph below a headline for an installed or
backed administration, head or officials; a constant look at the text's opening.
"""

from __future__ import annotations

import re

from .allegiance import patron
from .context import _Context

__all__ = ["headline_patron"]

#: How long a headline's line may be, and how much of the lede is read (characters).
_HEADLINE = 300
_LEDE = 600
#: An office right after an installer or backer: "Russian-installed administration",
#: "Moscow-backed head", "Kremlin-appointed governor", "pro-Russian authorities".
_BACKED_OFFICE = re.compile(
    r"\b(?:[A-Z][\w’'-]*-(?:installed|backed|appointed)|[Pp]ro-[A-Z][\w’'-]*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:administration|authorities|officials?|head|governor|mayor|"
    r"leader|chief)\b"
)


def headline_patron(ctx: _Context, start: int) -> str | None:
    """The country code of the patron of the official the lede names, when ``start`` (a
    claim's start) is on the text's first line, a headline over more text, and the first
    paragraph below names an installed or backed office ("the head of the
    Russian-installed administration" -> ``RU``); else None."""
    text = ctx.text
    if start < 0 or start >= _HEADLINE or text.find("\n", 0, start) >= 0:
        return None
    line_end = text.find("\n", start, _HEADLINE)
    if line_end < 0:
        return None
    body = text[line_end:].lstrip()
    para = body[:_LEDE].split("\n\n", 1)[0]
    office = _BACKED_OFFICE.search(para)
    return patron(ctx, office.group()) if office is not None else None
