"""Claims stage 3c, silences (continued): how far back a caveat reaches.

A reporter's caveat ("Reuters could not independently verify the battlefield reports",
"None of these figures can be independently verified") is about the claims it names,
and not across a section of the article:

- accounts named as of the fighting ("the battlefield reports", "front-line claims")
  are the claims of fighting (a capture, an advance) and of the forces ("units had lost
  40 soldiers"), not an administration's report of debris on a warehouse in the
  paragraph before, nor an official's account of what "the attack" or "an overnight
  assault" damaged or killed (the attack is named as the cause of the harm, not as a
  move of forces: "Lysak said the attack also damaged a school");
- a live page's time stamp ("13:12 GMT" on a line of its own, "09:12 GMT - ...",
  "08:15. ...") starts an entry: a caveat reaches the claims of its own entry only;
- a heading line ("THE NUMBERS", "Losses") starts a section: a caveat under it is
  about the claims it names under it, not those before the heading; only when it names
  none under it does it reach back ("OCHA was unable to independently verify the
  casualty figures" under "SITUATION OVERVIEW": the toll in the highlights above);
- a caveat over two accounts ("could not independently verify either side's account")
  is about the two sides its own paragraph sets against each other, when that paragraph
  holds two claims before it (and the title that tells them again), not the toll of the
  paragraph above;
- a standing position ("Kyiv says its strikes are aimed at military targets": a cue in
  the present simple, no place, number or figure of an event) is no account of the
  events the caveat doubts, when it reaches other claims too (:func:`_standing`).

A claim another confirmed ("Reuters was able to confirm the downing") is out of any
caveat's reach; a party confirming its own act is not (:func:`confirmed_by_others`).

:func:`caveat_scope` filters the targets the other readings found; it reads the text
between the caveat and its earliest target only (a few sentences).
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .pair_caveats import _PAIR

__all__ = ["caveat_scope", "confirmed_by_others", "entry_start"]

#: Accounts qualified as of the fighting: "the battlefield reports".
_BATTLEFIELD_ACCOUNTS = re.compile(
    r"\b(?:battlefield|front[- ]?line|combat)\s+(?:claims|accounts|reports|versions|statements)\b",
    re.IGNORECASE,
)
#: Claims about the forces themselves are battlefield accounts too: "Russian units had
#: lost 40 soldiers".
_COMBATANTS = re.compile(
    r"\b(?:forces|troops|units|soldiers|servicemen|brigades?|battalions?|assaults?|"
    r"positions|tanks|losses|lost)\b",
    re.IGNORECASE,
)
#: An attack named as the cause of harm: "the attack also damaged", "an overnight drone
#: attack killed", "damaged in the assault" (the aftermath, not a move of forces).
_CAUSE_ATTACK = re.compile(
    r"\b(?:the|an?|this|that|its|overnight)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?)\b",
    re.IGNORECASE,
)
#: Harm to people or buildings: the matter of an aftermath report.
_HARM = re.compile(
    r"\b(?:damag\w*|kill\w*|injur\w*|wound\w*|destroy\w*|hit|struck|dead|casualt\w*)\b",
    re.IGNORECASE,
)
#: A heading: a line of its own between blank lines (or the text's line breaks), of a
#: few words with no sentence's closing mark ("THE NUMBERS", "What we know").
_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\n.!?:;,\"“”]{0,48}[^\n.!?:;,\"“” \t][ \t]*\n")
#: The same in a text whose line breaks are its paragraphs (no blank line anywhere).
_LINE_HEADING = re.compile(r"\n[ \t]*[A-Z][^\n.!?:;,\"“”]{0,48}[^\n.!?:;,\"“” \t][ \t]*\n")

#: A live page's entry stamp opening a line: "13:12 GMT" alone on it, "09:12 GMT - ...",
#: "[10:05] ...", "08:15. ..." (a digest's post).
_ENTRY_STAMP = re.compile(
    r"^[ \t]*\[?\d{1,2}[:.]\d{2}\]?(?:[ \t]*(?:GMT|UTC|BST|CES?T|EES?T|MSK|ET|EST|EDT|"
    r"[ap]\.?m\.?|local(?:[ \t]+time)?))?[ \t]*(?:$|[-—–:|.][ \t]|(?<=\])[ \t])",
    re.MULTILINE,
)


def caveat_scope(
    ctx: _Context, found: list[_Draft], start: int, end: int, fighting: re.Pattern[str]
) -> list[_Draft]:
    """Of ``found``, the claims the caveat at ``text[start:end]`` reaches (see the module
    docstring); ``fighting`` tells a claim of fighting. Order kept."""
    text = ctx.text
    if found:
        first = min(d.start for d in found)
        # the last heading between the earliest target and the caveat
        heading = _LINE_HEADING if ctx.lines else _HEADING
        cut = max((m.end() for m in heading.finditer(text, first, start)), default=-1)
        # nothing it names under the heading: the figures of the highlights above
        found = [d for d in found if d.start >= cut] or found
        # a live page's entry (the block under one time stamp) keeps its caveat: "13:12
        # GMT ... We have not been able to verify either side's claims" is not about the
        # 13:40 entry above it
        stamp = max((m.end() for m in _ENTRY_STAMP.finditer(text, first, start)), default=-1)
        found = [d for d in found if d.start >= stamp]
    if len(found) > 2 and _PAIR.search(text, start, end):
        opening = text.rfind("\n", 0, start) + 1  # the caveat's paragraph, and a title
        title = _title_end(text)  # that says it again ("army says attack was repelled")
        own_pair = [d for d in found if d.start >= opening or d.start < title]
        found = own_pair if len([d for d in own_pair if d.start >= opening]) > 1 else found
    if len(found) > 1:
        found = [d for d in found if not _standing(ctx, d)] or found
    if found and _BATTLEFIELD_ACCOUNTS.search(text, start, end):
        fights = [
            d
            for d in found
            if _is_fighting(text, d, fighting) or _COMBATANTS.search(text, d.start, d.end)
        ]
        found = fights or found
    return found


#: What tells an event rather than a position: "was repelled", "had hit", "did not".
_PAST = re.compile(r"\b(?:was|were|had|did|has\s+been|have\s+been)\b", re.IGNORECASE)
#: Words of a policy or habit: "are aimed at military targets", "do not target civilians".
_POLICY = re.compile(
    r"\b(?:aimed|aims?|targets?|targeting|only|never|always|does\s+not|do\s+not)\b",
    re.IGNORECASE,
)
#: Cues of a standing position in the present simple.
_STANDING_CUES = frozenset("says say insists insist maintains maintain".split())


def _standing(ctx: _Context, d: _Draft) -> bool:
    """Whether claim ``d`` is a standing position: its cue in the present simple, words of
    a policy and no past in what it says, no place or number, no digit in it, not in the
    title ("Kyiv says its strikes are aimed at military targets"; not "Kyiv says its
    troops still hold the town")."""
    if (d.cue or "") not in _STANDING_CUES or any(ch.isdigit() for ch in ctx.text[d.start : d.end]):
        return False
    said = max(d.start, d.subj_end)  # what is said, not the speaker's name ("Kyiv")
    if d.start < _title_end(ctx.text) or _PAST.search(ctx.text, said, d.end):
        return False  # a title's "says" ("army says attack was repelled"), an event told
    if not _POLICY.search(ctx.text, said, d.end):
        return False  # "its troops still hold the town": a state of things now
    return not ctx.places.any_inside(said, d.end) and not ctx.quantities.any_inside(said, d.end)


def _title_end(text: str) -> int:
    """Where the text's title line ends: its first line when no full stop or mark closes
    it ("Russia says it took Siversk; Kyiv says its troops still hold the town"); else 0."""
    end = text.find("\n")
    line = text[:end].rstrip() if end > 0 else ""
    return end if line and line[-1] not in '.!?"”' else 0


def _is_fighting(text: str, d: _Draft, fighting: re.Pattern[str]) -> bool:
    """Whether claim ``d`` states fighting: a word of ``fighting`` that is not "the
    attack" named as the cause of harm ("the attack also damaged a school")."""
    harm = _HARM.search(text, d.start, d.end) is not None
    causes = [m.span() for m in _CAUSE_ATTACK.finditer(text, d.start, d.end)] if harm else []
    return any(
        not any(a <= m.start() < b for a, b in causes)
        for m in fighting.finditer(text, d.start, d.end)
    )


def confirmed_by_others(d: _Draft) -> bool:
    """Whether another than its speaker confirmed claim ``d`` ("Reuters was able to confirm
    the downing"): a caveat does not reach it. Not a party confirming its own act ("The
    General Staff confirmed that Ukrainian drones had struck the refinery"), one side's claim
    like any other."""
    own = (d.cue or "").lower().startswith("confirm") and (d.source or "").lower()
    return any(
        s[1] == "confirmed" and not (own and s[2].lower().startswith(own)) for s in d.statuses
    )


def entry_start(text: str, at: int) -> int:
    """Where the live page's entry holding ``text[at]`` starts: the end of the last time
    stamp opening a line before ``at`` ("09:20 GMT - ..."); -1 when none does."""
    return max((m.end() for m in _ENTRY_STAMP.finditer(text, 0, at)), default=-1)
