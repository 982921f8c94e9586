"""Claims stage 5, what a negated attack answers: "the rebels had not fired on the camp".

"Congo's army accused M23 rebels of shelling a displacement camp near Goma ... M23
spokesman Lawrence Kanyuka said the rebels had not fired on the camp", "The army said
rebels had shelled the market in Bambari. A rebel spokesman said his fighters had not
fired on the market.": a speaker saying an attack on a named object did not happen
(“had not fired on”, "did not shell", "never attacked" + the object) answers the recent
claim of another speaker that tells of an attack (shelling, firing, striking, bombing,
shells landing) on the same object; that claim is ``disputed`` and the answer's
``responds_to`` is it. The object is read by its head noun ("the camp", "the town's
market" → "market"). So does a denial of presence ("no fighters had been in the house",
"drone units had not been stationed in the shopping centre"): it disputes the recent
claims of another party (a side) that fighters, units or a deployment were in a building
or site ("struck a Hamas militant operating from the building", "destroyed a deployment
point of drone units"), whichever building they name (``_ABSENT``). Linear: a substring
gate per claim, then a few claims back.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["negated_acts"]

#: A negated attack and its object: "had not fired on the camp", "did not shell the town".
_NEGATED_ACT = re.compile(
    r"\b(?:had|has|have|did|do|does|was|were)\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:fired?\s+(?:on|at|into)|shell(?:ed)?|attack(?:ed)?|bomb(?:ed)?|target(?:ed)?|"
    r"struck|strike|hit)\s+(?:the\s+|a\s+|any\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?P<obj>camp|market|hospital|school|town|village|city|church|mosque|convoy|"
    r"shelter|bridge|plant|station|port|neighbou?rhood|district|base|airport|depot)s?\b",
    re.IGNORECASE,
)
#: An attack told in a claim: shelling, firing, strikes, bombs, shells landing.
_ATTACK = re.compile(
    r"\b(?:shell\w*|fir(?:ed|ing)\s+(?:on|at|into)|attack\w*|bomb\w*|strik\w*|struck|"
    r"target\w*|rocket\w*|drone\s+strikes?)\b",
    re.IGNORECASE,
)
#: A denial of presence: "no fighters had been in the house", "drone units had not been
#: stationed in the shopping centre".
_ABSENT = re.compile(
    r"\b(?:no\s+(?:[\w-]+\s+)?(?:fighters|militants|soldiers|troops|units|operatives|weapons)\s+"
    r"(?:had|have|has|were|was)\s+(?:ever\s+)?(?:been\s+)?(?:present\s+)?|"
    r"(?:fighters|militants|soldiers|troops|units|operatives|weapons)\s+(?:had|have|has|were|was)"
    r"\s+(?:not|never)\s+(?:been\s+)?(?:stationed|present|based|deployed|positioned|located|"
    r"hiding|kept|stored)\s+)(?:in|inside|at)\s+(?:the\s+|a\s+|any\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:house|home|building|school|hospital|centre|center|mall|site|shelter|mosque|church|"
    r"compound|facility|camp)s?\b",
    re.IGNORECASE,
)
#: Where a claim of presence puts them: a building or site, or a unit's point or post.
_PLACED = re.compile(
    r"\b(?:house|home|building|school|hospital|centre|center|mall|site|shelter|mosque|church|"
    r"compound|facility|camp|point|post|headquarters)s?\b",
    re.IGNORECASE,
)
#: Presence told in a claim: fighters, units, a deployment, a building "used by" them.
_PRESENCE = re.compile(
    r"\b(?:militants?|fighters?|operatives?|units|operators|deployment|command\s+(?:centre|"
    r"center|post)|military\s+purposes|used\s+by|operating\s+from)\b",
    re.IGNORECASE,
)
#: How many claims back an answer may reach.
_BACK = 5


def negated_acts(ctx: _Context, drafts: list[_Draft]) -> None:
    """Mark, in place, each recent claim of another speaker that an attack on an object
    hit it as ``disputed`` when a later claim says that attack did not happen (see the
    module docstring)."""
    text = ctx.text
    for n, d in enumerate(drafts):
        if d.source is None or not (_has_not(text, d.start, d.end) or _has_no(text, d)):
            continue
        m = _NEGATED_ACT.search(text, d.start, d.end)
        absent = _ABSENT.search(text, d.start, d.end) if m is None else None
        if m is None and absent is None:
            continue
        if absent is not None:
            m, obj, act = absent, _PLACED, _PRESENCE  # "no fighters had been in the house"
            reach = 5  # a section on (an explainer's "What officials said", then a denial)
        else:
            reach = 2
            obj = re.compile(rf"\b{re.escape(m.group('obj').lower())}s?\b", re.IGNORECASE)
            act = _ATTACK
        for e in reversed(drafts[max(0, n - _BACK) : n]):
            if e.source is None or e.source == d.source or d.paragraph - e.paragraph > reach:
                continue
            if (e.side, e.party) == (d.side, d.party) and d.side is not None:
                continue  # the same party going on
            if absent is not None and e.side is None:
                continue  # presence is a party's claim: not a witness's "troops raided"
            if obj.search(text, e.start, e.end) and act.search(text, e.start, e.end):
                e.statuses.append((_STATUS_RANK["disputed"], "disputed", m.group()))
                if d.responds_to is None:
                    d.responds_to = e


def _has_not(text: str, start: int, end: int) -> bool:
    """A cheap gate: "not" or "never" in ``text[start:end]``."""
    return text.find(" not ", start, end) >= 0 or text.find(" never ", start, end) >= 0


def _has_no(text: str, d: _Draft) -> bool:
    """A cheap gate: "no " in claim ``d`` ("no fighters had been in the house")."""
    return text.find("no ", d.start, d.end) >= 0
