"""Recognition, people spoken to and speakers' labels: a name that is a person's here.

Broadcast transcripts and interviews name people in two ways that look like places:

- **a person addressed** (the vocative) by a given name: "Joanna, what do we know?",
  "Thank you, Florence.", "Michael?" alone as a sentence: never Johannesburg (whose
  other name is Joanna), Florence or Michael, Mississippi.  Only a given name
  (:func:`geo.text.lexicon.first_names`) with no cue or container, and only in these
  shapes: opening a question before a comma ("Joanna, there are reports of fighting?";
  not "Paris, where the talks were held, ..."), after a greeting or thanks and before the
  sentence's end, or alone as a question.
- **a speaker's label** at the start of a line of a transcript: "JACKSON: Thanks.",
  "MILLS: Good morning." (never Jackson, Mississippi), and that speaker named in
  capitals in the text ("in Washington, JACKSON is speaking").  A text is a transcript
  when its lines open with two or more such labels and one of them is a role
  ("ANCHOR:", "HOST:", "REPORTER:", "Q:"), a timestamp before the label and the
  speaker's name in brackets after it allowed ("[00:01:27] HOST (Maria):"); a single
  label whose line opens in the first or second person or with a spoken word is a
  speaker too ("JORDAN: I was in Huliaipole").  "MOSCOW: Russia said ...", "KYIV: ..."
  datelines (as some outlets and live blogs write them) make no transcript and stay
  places.

:func:`drop_addressed` leaves such mentions out.  Cost: one scan of the line starts,
then anchored matches around each single-word mention: linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from . import lexicon as lx
from .tokens import Mention

__all__ = ["drop_addressed", "speaker_labels"]

#: A label opening a line: capitals (a surname, a role, "Q"), then a colon; after a
#: timestamp ("[00:01:27] JORDAN:") and with the speaker's name in brackets ("HOST
#: (Maria):") as transcribing tools write them.
_LABEL = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?"
    r"([A-Z][A-Z'’.-]*(?:[ \t][A-Z][A-Z'’.-]*){0,3})"
    r"(?:[ \t]*\(([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})\))?[ \t]*:",
    re.MULTILINE,
)
#: What a speaker says, not a dateline's report: the label's line opens in the first or
#: second person or with a spoken word ("JORDAN: I was in Huliaipole", "TOM: Yeah, ...").
_SPOKEN = re.compile(
    r"[ \t]*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|We|We're|We’re|You|You're|You’re|Yeah|Yes|"
    r"Well|So|Thanks|Thank[ \t]+you|Uh|Um|Right|Okay|OK)\b"
)
#: Labels that name a role in a broadcast or an interview, not a person.
_ROLES = frozenset(
    "ANCHOR HOST CO-HOST REPORTER CORRESPONDENT PRESENTER INTERVIEWER MODERATOR Q A "
    "CALLER NARRATOR ANNOUNCER GUEST".split()
)
#: After a name addressed with a question: a comma, then the rest of a question.
_QUESTION_AFTER = re.compile(r",[ \t]+[^.!?\n]{1,200}\?")
#: Before a name addressed: a greeting or thanks, then (a comma and) the name.
_GREETING_BEFORE = re.compile(
    r"\b(?:thank[ \t]+you|thanks|hello|hi|good[ \t]+(?:morning|afternoon|evening|night)|"
    r"welcome[ \t]+back|welcome|over[ \t]+to[ \t]+you),?[ \t]+$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[ \t]*[.!?]")
#: Before a sentence: the text's start, a line break, a sentence's end or a label's colon.
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"”’']?)[ \t]*$")
_LOOK_BEHIND = 40


def speaker_labels(text: str) -> frozenset[str]:
    """The speakers' labels of ``text`` when it is a transcript (see the module
    docstring), else an empty set.

    >>> sorted(speaker_labels("ANCHOR: Hello.\\nMILLS: Hi.\\nANCHOR: Thanks."))
    ['ANCHOR', 'MILLS']
    >>> speaker_labels("MOSCOW: Russia said on Monday it had taken the village.")
    frozenset()
    >>> sorted(speaker_labels("[00:01] HOST (Maria): Hi.\\n[00:02] JORDAN: Hello."))
    ['HOST', 'JORDAN', 'Maria']
    >>> sorted(speaker_labels("JORDAN: I was in Huliaipole on the 25th."))
    ['JORDAN']
    """
    if ":" not in text:
        return frozenset()
    found = list(_LABEL.finditer(text))
    labels = Counter(m.group(1) for m in found)
    spoken = {m.group(1) for m in found if _SPOKEN.match(text, m.end())}
    names = {m.group(2) for m in found if m.group(2)}  # "HOST (Maria):"
    if sum(labels.values()) >= 2 and any(label in _ROLES for label in labels):
        return frozenset(labels) | frozenset(names)
    return frozenset(spoken)


def _is_label(text: str, m: Mention, labels: frozenset[str]) -> bool:
    """Is the mention a speaker's label, or that speaker named in capitals as
    transcripts do ("JACKSON:", "in Washington, JACKSON is speaking")?"""
    return text[m.start : m.end] in labels


def _addressed(text: str, m: Mention) -> bool:
    """Is the single-word mention a given name in the vocative (module docstring)?"""
    if m.first != m.last or m.cue or m.containers or m.key not in lx.first_names():
        return False
    before = text[max(0, m.start - _LOOK_BEHIND) : m.start]
    if _SENTENCE_START.search(before):
        if _QUESTION_AFTER.match(text, m.end):
            return True  # "Joanna, what do we know?"
        if text[m.end : m.end + 1] == "?":
            return True  # "Michael?"
    return bool(_GREETING_BEFORE.search(before)) and bool(_SENTENCE_END.match(text, m.end))


def drop_addressed(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less those of people addressed and speakers' labels (see the module
    docstring).  ``mentions`` in text order; the list is new."""
    labels = speaker_labels(text)
    return [
        m
        for m in mentions
        if not (labels and _is_label(text, m, labels)) and not _addressed(text, m)
    ]
