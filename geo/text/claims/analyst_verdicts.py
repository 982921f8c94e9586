"""Claims stage 5b'', an analyst's verdict in a clause closing another speaker's claim.

An assessment judges a party's claim in a clause of the claim's own sentence, after a
comma, with a relative "which", a contrast ("though", "although", "but") or a noun in apposition
("a claim ISW assesses is likely exaggerated")::

    The Russian Ministry of Defense claimed that Russian forces seized Yablukove, which
    ISW assesses is unlikely.
    A Russian milblogger claimed that Russian forces advanced into Sobolivka, though ISW
    assesses that this claim is inaccurate.

The clause is no part of what the party claims: it is the analyst's verdict on it. The
claim ends at the comma and takes the verdict as its status: "false", "untrue", "not
true" deny it; "unlikely", "inaccurate", "premature", "exaggerated", "implausible",
"incorrect", "misleading" dispute it. The verdict's clause needs a judging verb
("assesses", "considers", "judges", "believes", "deems", "finds") and a judge (a name, an
acronym, "analysts", "we"); a clause that states something of its own ("though ISW
assesses that Russian forces will attack Kupiansk") is no verdict. Only a claim with a
speaker is judged. :func:`analyst_verdicts` reads each such claim once.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK

__all__ = ["analyst_verdicts"]

#: The words every verdict holds one of: a claim without them is skipped unread.
_GATE = ("assess", "consider", "judge", "believ", "deem", "find", "found")
_VERDICT = re.compile(
    r",\s*(?:which|though|although|but|yet|while|(?:a|an)\s+(?:claim|assertion|report|figure|"
    r"statement|account)\s+(?:that\s+|which\s+)?)\s*(?:(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:for\s+the\s+|of\s+)?[A-Z][\w-]*){0,5}|analysts|observers|we)\s+"
    r"(?:(?:currently|still|also)\s+)?"
    r"(?:assess(?:es|ed)?|considers?|considered|judges?|judged|believes?|believed|deems?|"
    r"deemed|finds?|found)\s+(?:that\s+)?"
    r"(?:(?:the|this|that|these|those|such|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|assertions?|statements?)\s+)?"
    r"(?:(?:is|are|was|were)\s+|to\s+be\s+)?(?:(?:highly|very|most|likely|probably|almost\s+"
    r"certainly|largely|partly)\s+)*"
    r"(?P<verdict>false|untrue|not\s+true|unlikely|inaccurate|premature|exaggerated|"
    r"implausible|incorrect|misleading|improbable|unfounded|overstated)\b"
    r"[^,;]{0,60}?[.!]?\s*$"
)
_DENYING = frozenset(("false", "untrue", "not true"))


def analyst_verdicts(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with each claim an analyst's closing clause judges cut before the clause
    and given its status (see the module docstring)."""
    text = ctx.text
    for d in drafts:
        if d.source is None:
            continue
        span = text[d.start : d.end]
        if not any(g in span for g in _GATE):
            continue
        comma = span.rfind(",")  # the last clause first: the verdict closes the claim
        while comma > 0:
            m = _VERDICT.match(span, comma)
            if m is not None:
                verdict = " ".join(m.group("verdict").split())
                status = "denied" if verdict in _DENYING else "disputed"
                d.statuses.append((_STATUS_RANK[status], status, span[comma + 1 :].strip()))
                d.end = d.start + comma
                break
            comma = span.rfind(",", 0, comma)
    return drafts
