"""Claims stage 2c, scene: a state body named bare in a paragraph a wire dateline opens.

A digest of wire items ("BEIJING, Nov. 26 (Xinhua) -- ..., the Foreign Ministry said.
TOKYO, Nov. 26 (Kyodo) -- Japan will give ..., the Foreign Ministry said.") names each
item's ministry bare: it is the ministry of the country its dateline files from, not
the one that spoke in the item before. In a digest (two paragraphs or more opening with
a dateline and its agency; a story's one dateline is only where it was filed from),
:func:`dateline_country` gives a body named
bare ("the Foreign Ministry", "a government spokeswoman") the country of the dateline
that opens its paragraph, unless the paragraph named that body before with another
country ("KYIV, Nov 3 (Reuters) - Russia's defence ministry said ... The ministry said"
is Russia's). Linear in the paragraph's characters before the speaker.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..wire_dateline import _DATELINE
from .context import _Context
from .scene import _BARE_VOICE

__all__ = ["dateline_country"]

#: How far back the paragraph may open (characters), as for a paragraph's opening.
_PARAGRAPH_BACK = 1200
#: A dateline names its agency: "(Kyodo)", "(Reuters)", "/TASS/".
_AGENCY = re.compile(r"\([A-Z][\w .-]{1,30}\)|/[A-Z][A-Za-z-]{1,20}/")
_WORD = re.compile(r"[A-Za-z][a-z]+")


def dateline_country(ctx: _Context, subj_start: int, source: str) -> str | None:
    """The ISO code of the country whose place opens the speaker's paragraph as a wire
    dateline with its agency, when the speaker ``source`` (at ``subj_start``) is a state
    body or its spokesperson named bare and the paragraph names no other country before
    it; else None.

    >>> import geo
    >>> text = ("BEIJING, Nov. 26 (Xinhua) -- China opposes it, the Foreign Ministry said.\\n\\n"
    ...         "TOKYO, Nov. 26 (Kyodo) -- Japan will give aid, the Foreign Ministry said.")
    >>> [c.side for c in geo.analyze(text).claims]     # doctest: +SKIP
    ['CN', 'JP']
    """
    if subj_start <= 0 or _BARE_VOICE.match(source) is None:
        return None
    text = ctx.text
    lo = max(0, subj_start - _PARAGRAPH_BACK)
    para = text.rfind("\n", lo, subj_start) + 1
    if para == 0 and lo > 0:
        return None
    head = _item_head(text, para, subj_start)
    if head is None or not _digest(ctx):
        return None
    places = ctx.literal_places(para, head.end())
    place = getattr(places[0], "place", None) if places else None
    code = getattr(place, "country_code", None)
    if not code:
        return None
    if _other_owner(ctx, head.end(), subj_start, source.split()[-1].lower(), str(code)):
        return None
    return str(code)


def _item_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """The wire dateline with its agency opening ``text[start:end]`` (one of a digest's
    items: "TOKYO, Nov. 26 (Kyodo) -- "), or None."""
    head = _DATELINE.match(text, start, end)
    return head if head is not None and _AGENCY.search(text, start, head.end()) else None


#: Where a line opens with a capital: a dateline may start there.
_LINE_CAPITAL = re.compile(r"^[ \t]*[A-Z]", re.M)


def _digest(ctx: _Context) -> bool:
    """Whether the text is a digest of wire items: two paragraphs or more open with a
    dateline and its agency (a story filed from one place, "NAIROBI, Kenya (AP) —", is
    no digest: its dateline is where the reporter is, not whose army speaks)."""
    known = ctx.allegiance.get("digest")
    if known is None:
        text = ctx.text
        items = (m for m in _LINE_CAPITAL.finditer(text)
                 if _item_head(text, m.start(), len(text)) is not None)
        known = next(items, None) is not None and next(items, None) is not None
        ctx.allegiance["digest"] = known
    return bool(known)


#: How far before a body's earlier mention its owner may be named ("Russia's defence ministry").
_OWNER_BACK = 40


def _other_owner(ctx: _Context, start: int, end: int, head: str, code: str) -> bool:
    """Whether ``text[start:end]`` names the body (its head word, "ministry") earlier
    with another country than ``code`` just before it ("Russia's defence ministry said
    ... The ministry said"): the bare body is then that one."""
    low = ctx.text.lower()
    at = low.find(head, start, end)
    while at >= 0:
        if any(other != code for other in _named(ctx, max(start, at - _OWNER_BACK), at)):
            return True
        at = low.find(head, at + len(head), end)
    return False


def _named(ctx: _Context, start: int, end: int) -> list[str]:
    """The countries ``text[start:end]`` names: its toponyms' (metonymic ones too:
    "Russia's ministry") and its demonyms' ("Russian forces")."""
    codes = [str(getattr(t.place, "country_code", "") or "") for t in _toponyms(ctx, start, end)]
    codes += [lx.DEMONYMS[w.lower()] for w in _WORD.findall(ctx.text, start, end)
              if w[0].isupper() and w.lower() in lx.DEMONYMS]
    return [c for c in codes if c]


def _toponyms(ctx: _Context, start: int, end: int) -> list:
    toponyms = ctx.toponyms
    return [toponyms[i] for i in ctx.places.inside(start, end)
            if getattr(toponyms[i], "place", None) is not None]
