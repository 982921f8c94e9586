"""Claims stage 1, an event told in the passive at a place, with no actor and no speaker.

"Another person was killed in the Zolochiv hromada.", "In Kherson Oblast, the village of
Antonivka came under artillery fire.": what happened to whom or where, the outlet's own
report (like "Russian forces shelled Nikopol", :mod:`~geo.text.claims.linking`), when
the sentence names a place that is no speaker's or a settlement by its kind; the caller
checks that it describes none.
Linear: a substring gate, then one search in the sentence.
"""

from __future__ import annotations

import re

from .context import _Context
from .segmentation import Sentence

__all__ = ["passive_event"]

#: Substrings every match of ``_PASSIVE_EVENT`` holds.
_GATE = (" was ", " were ", " been ", "came under", "come under", "comes under")
#: An event with no actor: "was killed", "were wounded", "has been shelled", "came under
#: artillery fire", "explosions were reported", "fighting was also reported" (not "was
#: built", "were expected").
_PASSIVE_EVENT = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:also\s+|reportedly\s+|again\s+)?"
    r"(?:killed|wounded|injured|shelled|struck|hit|bombed|attacked|targeted|damaged|"
    r"destroyed)\b(?!\s+by\b)|"
    r"\b(?:came|comes|come)\s+under\s+(?:heavy\s+|renewed\s+)?(?:[a-z]+\s+)?"
    r"(?:fire|attack|shelling|bombardment)\b|"
    # a blast heard, no one named: "A series of explosions was reported overnight at ..."
    r"\b(?:explosions?|blasts?|fires?|gunfire|shelling|fighting|clashes)\s+"
    r"(?:was|were|(?:has|have)\s+been)\s+(?:also\s+|again\s+)?reported\b(?!\s+by\b)",
    re.IGNORECASE,
)


#: A year in the sentence: history, not a report ("was destroyed in 2022", "killed on
#: June 17, 1844").
_IN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: A subordinate clause the passive sits in: background, not the sentence's event
#: ("after hundreds of people were injured", "who was killed at the Battle of",
#: "a plant that was struck twice").
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|until|who|whom|which|that|where|because|while|as|if|"
    r"though|although|once)\b",
    re.IGNORECASE,
)
#: The clause before a passive: back to its last comma, dash or semicolon.
_CLAUSE_BREAK = re.compile(r".*[,;:—–(]", re.DOTALL)
#: A capitalised word just before the passive: its subject's name.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
#: How far back a passive's clause is read.
_CLAUSE_REACH = 60
#: A settlement named by its kind, which the index may lack: "the town of Dolow".
_SETTLEMENT = re.compile(r"\b(?:town|village|city|settlement)\s+of\s+[A-Z][a-z]")


def passive_event(ctx: _Context, sent: Sentence) -> bool:
    """Whether ``sent`` (not a bulletin's line) tells an event in the passive ("was
    killed", "came under artillery fire") and names a place that is no speaker's, or a
    settlement by its kind ("the town of Dolow", which the index may lack).

    An agent after "by" ("was hit by a Russian drone") is left to the actor's rules;
    so is a year ("was destroyed in 2022"): history, not a report."""
    text, s, e = ctx.text, sent.start, sent.end
    if sent.line or not any(map(text[s:e].__contains__, _GATE)):
        return False
    if _IN_YEAR.search(text, s, e) or not any(
        _main_clause(ctx, s, m.start()) for m in _PASSIVE_EVENT.finditer(text, s, e)
    ):
        return False
    return bool(ctx.literal_places(s, e)) or _SETTLEMENT.search(text, s, e) is not None


def _main_clause(ctx: _Context, s: int, at: int) -> bool:
    """Whether the passive at ``at`` (its sentence from ``s``) is in a main clause and its
    subject is no person's name: not "after hundreds of people were injured", "who was
    killed", "Bernie was killed" (a capitalised subject is a place: "Orikhiv was bombed",
    "the village of Kamanyola came under shelling")."""
    before = ctx.text[max(s, at - _CLAUSE_REACH) : at]
    cut = _CLAUSE_BREAK.match(before)
    clause = before[cut.end() :] if cut else before
    if _SUBORDINATE.search(clause):
        return False
    name = _NAME_BEFORE.search(before)
    if name is None:
        return True
    start = at - len(before) + name.start()
    if _SETTLEMENT.search(before, max(0, name.start() - 20)) is not None:
        return True  # "the village of Kamanyola came under shelling"
    return ctx.places.any_inside(start, start + len(name.group().rstrip()))
