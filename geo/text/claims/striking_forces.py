"""A bare army that claims a strike the paragraph gives to another country's forces.

"In Lebanon, an Israeli strike hit Beirut's southern suburbs, Lebanon's state news
agency said. The army said it had targeted a Hezbollah drone workshop in the Dahiyeh.":
the army that says it targeted something is the army of the country whose strike the
paragraph reports (Israel's), not the army of the country the paragraph opens in.
"""

from __future__ import annotations

import re

from ..sentences import paragraph_end
from .context import _Context
from .relations import attacker
from .speakers import _countries

#: A bare armed force: "the army", "the military", "the air force".
_BARE_FORCE = re.compile(r"(?i:the)\s+(?i:army|military|armed\s+forces|air\s+force|navy)$")
#: The force's own act of attack in its claim: "it had targeted", "it struck", "its
#: jets hit".
_OWN_STRIKE = re.compile(
    r"\b(?:it|its\s+(?:jets|aircraft|forces|troops))\s+(?:had\s+|has\s+)?"
    r"(?:targeted|struck|hit|attacked|bombed|carried\s+out)\b"
)
#: How far back in the paragraph the strike may be reported, and how far ahead the
#: force's own sentence may run (characters).
_BACK, _AHEAD = 600, 300
#: The end of the force's sentence.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def striking_country(ctx: _Context, subj_start: int, source: str) -> str | None:
    """The ISO code of the country whose strike the paragraph reports before a bare
    force (``source`` at ``subj_start``) that says in its own sentence that it struck
    ("The army said it had targeted ..." after "an Israeli strike hit Beirut": ``"IL"``);
    None when the force claims no strike there or the paragraph before it names no
    attacker."""
    if subj_start <= 0 or _BARE_FORCE.match(source) is None:
        return None
    text = ctx.text
    stop = _SENTENCE_END.search(text, subj_start, subj_start + _AHEAD)
    end = stop.start() if stop else subj_start + _AHEAD
    if _OWN_STRIKE.search(text, subj_start, end) is None:
        return None
    lo = max(0, subj_start - _BACK)
    starts = [m.end() for m in paragraph_end(ctx.lines).finditer(text, lo, subj_start)]
    code = attacker(text, starts[-1] if starts else lo, subj_start)
    if code is None or code in _countries(ctx, subj_start, end):
        # "The army said it struck Russian positions" ("... launch sites in the Belgorod
        # region") after Russian strikes: a reply, the attacker's country its target
        return None
    return code
