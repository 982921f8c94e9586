"""Claims stage 3, reactions: the claim a confirmation of an event refers back to.

"Ukrainian drones struck the Tikhoretsk oil pumping station, Suspilne reported. Russia's
Defence Ministry said it had destroyed 31 drones over the region. The ministry later
confirmed the strike, saying debris had fallen on the station." What the ministry
confirms is the strike Suspilne reported, not its own count before; and "The ministry
later confirmed the strike on the bridge" after "The bridge remained standing, the
governor said" confirms no claim here that tells a strike on the bridge.
:func:`confirmed_event` picks, for a confirmation whose object is an event's noun, the
latest recent claim of another speaker that tells an event of that kind (and names the
object after "on", when the confirmation names one), or None. Linear: one bounded
search of the sentence and a look at the last few claims.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .silences import _recent
from .targets import _EVENT_CLASSES

__all__ = ["confirmed_event"]


#: "confirmed the strike", "confirmed the attack on the bridge": an event's noun, and
#: what it hit after "on".
_CONFIRMED_EVENT = re.compile(
    r"\bconfirm(?:ed|s)\s+(?:the|this|that)\s+(?P<event>strike|attack|hit|raid|shelling|"
    r"bombing)\b(?:\s+on\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?P<object>[a-z][\w-]+)\b"
    r"(?=\s*[,.;]))?"
)
_WORD = re.compile(r"[\w-]+")


def _head(source: str | None) -> str:
    """The last word of a speaker's name, lower-cased ("Russia's Defence Ministry":
    "ministry"), or ""."""
    return source.rsplit(None, 1)[-1].lower() if source else ""


def confirmed_event(
    ctx: _Context, drafts: list[_Draft], idx: int, confirmer: _Attribution, start: int, stop: int
) -> tuple[bool, _Draft | None]:
    """For a confirmation in sentence ``idx`` (``ctx.text[start:stop]``, from the status
    word on) by ``confirmer``: (whether it confirms an event named by its noun, the
    claim it confirms or None). Not an event's noun: (False, None), the caller's target
    stands (see the module docstring)."""
    m = _CONFIRMED_EVENT.match(ctx.text, start, stop)
    if m is None:
        return False, None
    kind = _EVENT_CLASSES.get(m.group("event"))
    thing = m.group("object")
    own = _head(confirmer.source)
    for d in _recent(drafts, idx):
        if d.source is not None and _head(d.source) == own:
            continue  # its own claim before: "Russia's Defence Ministry said ..."
        words = {w.lower() for w in _WORD.findall(ctx.text[d.start : d.end])}
        if not any(_EVENT_CLASSES.get(w) == kind for w in words):
            continue
        if thing is None or thing in words:
            return True, d
    return True, None
