"""Claims stage 4e, a claim named inside another one: "despite X's claims that ...".

An analyst's assessment may set another party's claim against its own: "ISW
assesses that Russian forces are unlikely to seize Kostyantynivka soon, despite
Russian milbloggers' claims that Russian forces have entered the city's outskirts."
The milbloggers' claim is a claim of its own (source "Russian milbloggers", their
side), and a status that follows about "these claims" ("ISW has not observed
confirmation of these claims") is theirs, not the analyst's. :func:`contested_claims`
cuts such a clause out of the claim that holds it: after "despite", "in spite of",
"notwithstanding", "contrary to" or "amid", a possessive owner or "by" and the owner,
a claim noun ("claims", "reports", "assertions") and "that". Claims never overlap:
the holding claim ends before the concessive phrase. Linear: one search per claim.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .sides import speaker_side

__all__ = ["contested_claims", "has_contested"]


_OWNER = r"(?:[A-Z][\w’'-]*\s+){0,3}[\w-]+"
#: "despite Russian milbloggers' claims that", "amid claims by Russian sources that".
_CONTESTED = re.compile(
    r",?\s*\b(?:despite|in\s+spite\s+of|notwithstanding|contrary\s+to|amid)\s+(?:the\s+)?"
    r"(?:(?P<owner>" + _OWNER + r")(?:[’']s|(?<=s)[’'])\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>claims?|reports?|assertions?)|(?:[a-z-]+\s+)?(?P<noun2>claims?|reports?|"
    r"assertions?)\s+(?:made\s+)?by\s+(?:the\s+)?(?P<by>" + _OWNER + r"))\s+that\s+"
)


#: Words one of which every ``_CONTESTED`` match holds, as it spells them ("spite" of
#: "despite" and "in spite of"): a span without one is not searched (the pattern opens
#: with optional parts, so ``re`` tries it at every character).
_CONTESTED_WORDS = ("spite", "amid", "contrary", "notwithstanding")


def _contested(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_CONTESTED.search(text, start, end)``, asked only of a span that holds "that"
    and one of ``_CONTESTED_WORDS`` (each match holds both)."""
    if text.find("that", start, end) < 0:
        return None
    if not any(map(text[start:end].__contains__, _CONTESTED_WORDS)):
        return None
    return _CONTESTED.search(text, start, end)


def has_contested(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sets a claim against what it says ("Ukrainian forces
    still hold Pokrovsk despite Moscow's claims that the city has fallen"): a claim
    of the article's own and the owner's, even with no count or place."""
    return _contested(text, start, end) is not None


def contested_claims(ctx: _Context, new: list[_Draft]) -> list[_Draft]:
    """The claims ``new`` of a sentence, with the claims they set themselves against cut
    out as claims of their own (see the module docstring), in text order.

    Examples
    --------
    >>> from geo.text.claims.context import _Context, _Draft
    >>> text = ("ISW assesses that Russian forces did not seize Siversk, despite "
    ...         "Russian milbloggers' claims that they entered the town.")
    >>> d = _Draft(0, len(text), "ISW", "assesses", "org", "", 0, 0, 0, subj_start=0, subj_end=3)
    >>> outer, inner = contested_claims(_Context(text, []), [d])
    >>> text[outer.start:outer.end], inner.source, inner.side
    ('ISW assesses that Russian forces did not seize Siversk', 'Russian milbloggers', 'RU')
    """
    text = ctx.text
    out = list(new)
    for d in new:
        m = _contested(text, d.start, d.end)
        if m is None:
            continue
        group = "owner" if m.group("owner") else "by"
        a, b = m.span(group)
        owner = m.group(group)
        if owner.endswith(("’s", "'s")):
            owner, b = owner[:-2], b - 2
        if d.source is not None and m.start() <= d.subj_start < m.end():
            # "..., despite Russian milbloggers' claims that ...": read as the owner's
            # cue ("claims"), what comes before is the article's own account.
            d.source, d.cue, d.kind, d.descriptor = None, None, "none", ""
            d.side = d.party = None
            d.subj_start = d.subj_end = -1
        elif d.source is not None and m.start() < d.subj_end:
            continue  # "Despite Russian claims that ..., the army said": not cut here
        elif d.source is not None and owner.lower() == d.source.lower().removeprefix("the "):
            continue  # "despite its own reports that ...": the same speaker
        cue = m.group("noun") or m.group("noun2")
        inner = _Draft(
            a, d.end, owner, cue, "group", "", d.first, d.last, d.paragraph,
            subj_start=a, subj_end=b,
        )  # fmt: skip
        inner.side, inner.party = speaker_side(ctx, a, b, owner)
        d.end = m.start()
        out.append(inner)
    out.sort(key=lambda d: d.start)
    return out
