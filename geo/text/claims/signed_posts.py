"""Claims late stage, a signed post: the official whose signature closes the text speaks
its unattributed lines.

An official's post or statement copied whole ends with their signature on a line of its
own::

    Kharkiv Oblast: at 03:40 the Russians struck Kharkiv with drones. ...

    Oleh Syniehubov, head of Kharkiv Regional Military Administration

The lines above it have no cue: they are the signatory's words, not the outlet's own
reporting. :func:`signed_posts` gives each claim with no speaker before the signature the
signatory as its source, with the side their name and role tell. The signature is the
text's last line, after a line break, holding a name (two to four capitalised words), a
comma and a role opening with an office's title ("head of ...", "governor of ...",
"spokesperson for ...") naming a body of a state or region (:data:`_AUTHORITY`), with no
sentence's full stop; a byline ("Reporting by ...") or a reporter's sign-off ("John
Smith, chief correspondent in Kyiv") names no such office and signs nothing. Linear: one
look at the last line.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .sides import speaker_side

__all__ = ["signed_posts"]

#: Titles of an office a signatory's role opens with.
_OFFICES = (
    r"head|governor|mayor|chief|commander|spokes(?:man|woman|person)|minister|director|"
    r"chair(?:man|woman|person)?|president|secretary|leader|administrator|ombudsman|"
    r"commissioner|prefect"
)
#: "Oleh Syniehubov, head of Kharkiv Regional Military Administration".
_SIGNATURE = re.compile(
    r"[ \t]*(?P<name>(?-i:[A-Z])[\w’'-]+(?:[ \t]+(?-i:[A-Z])[\w’'-]+){1,3}),[ \t]+"
    rf"(?P<role>(?:the[ \t]+)?(?:deputy[ \t]+|acting[ \t]+)?(?:{_OFFICES})\b[^\n.!?;:]{{0,100}})"
    r"[ \t]*",
    re.IGNORECASE,
)


#: What a signatory's role must name: a body of a state or region, never a newsroom ("John
#: Smith, chief correspondent in Kyiv" signs nothing; "head of the regional
#: administration", "spokesperson for the General Staff" do).
_AUTHORITY = re.compile(
    r"\b(?:administration|oblast|region|province|governorate|state|city|district|hromada|"
    r"municipality|republic|ministry|government|council|military|army|forces|staff|police|"
    r"service|command|guard|agency|office|authority|prosecutor)",
    re.IGNORECASE,
)
_NEWSROOM = re.compile(
    r"\b(?:correspondent|reporter|editor|bureau|journalist|news|desk|photograph|producer|"
    r"columnist|analyst|writer)",
    re.IGNORECASE,
)


def signed_posts(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the claims that have no speaker, before a closing signature (see
    the module docstring), given the signatory as source, with their side and party;
    changed in place and returned."""
    text = ctx.text.rstrip()
    start = text.rfind("\n") + 1
    if start <= 0 or not any(_unsigned(d, start) for d in drafts):
        return drafts
    m = _SIGNATURE.fullmatch(text, start)
    if m is None:
        return drafts
    name, role = m.group("name"), m.group("role").strip()
    if not _AUTHORITY.search(role) or _NEWSROOM.search(role):
        return drafts  # a reporter's or editor's sign-off: the outlet's own lines stay its
    side, party = speaker_side(
        ctx, m.start("name"), m.end("name"), name, descriptor=role, where=m.span("role")
    )
    for d in drafts:
        if _unsigned(d, start):
            d.source, d.kind, d.descriptor, d.cue = name, "person", role, text[start:].strip()
            d.subj_start, d.subj_end = m.start("name"), m.end("name")
            d.side, d.party = side, party
    return drafts


def _unsigned(d: _Draft, start: int) -> bool:
    """Whether ``d`` is the text's own line (no speaker, no cue) before ``start``."""
    return d.source is None and d.cue is None and d.end <= start
