"""Answers that state nothing of their own: they only set the status of a claim before.

- A party that has not confirmed what another said ("An Egyptian official says the
  delegations arrived in Cairo. Hamas has not confirmed that its delegation is there."):
  the claim before stays unverified; the non-confirmation is no claim of Hamas's.
- A speaker saying of itself that it is looking into what was reported ("The Israeli
  military says it is looking into the report."): no claim of its own, and, unlike a no
  comment, it leaves the claim's status as it was (no one has been silent).
- A denial of a kind of act by a speaker the claim before does not accuse
  (:func:`unaccused`) is a standing position rather than an answer.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .same_places import generic_denial
from .segmentation import _Tok
from .status import _other_side
from .targets import accuses

__all__ = [
    "after_and",
    "looking_into",
    "own_aside",
    "self_silence",
    "unaccused",
    "unconfirmed_by_other",
]

#: The words between a cue and a no comment of the speaker's own: "says it is looking
#: into the report", "said that they were reviewing the claims".
_OF_ITSELF = re.compile(r"\s+(?:that\s+)?(?:it|they|he|she|we)\s+$", re.IGNORECASE)
#: Looking into what was said (a match of the no-comment cues).
_LOOKING = re.compile(r"\b(?:looking\s+into|investigating|checking|reviewing|examining)\b")
#: A non-confirmation by a party (not an outlet's "could not independently confirm").
_HAS_NOT = re.compile(
    r"(?:has|have|had|did|does|do)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:publicly\s+|officially\s+)?"
    r"confirm|(?:has|have)\s+yet\s+to\s+confirm",
    re.IGNORECASE,
)
#: What a non-confirmation answers with: the clause of what was said ("... that its
#: delegation is there"), the rest of the confirming verb first ("confirm|ed").
_THAT = re.compile(r"\w*\s+that\b")
#: The most words of a party named before its non-confirmation when no cue is found.
_SUBJECT_WORDS = 5
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "this", "that"))
#: The verbs of a confirmation.
_CONFIRM_CUES = frozenset(("confirmed", "confirm", "confirms", "verified", "verify", "verifies"))


def self_silence(text: str, toks: list[_Tok], attributions: list[_Attribution], at: int) -> bool:
    """Whether the first attribution's cue says only the no comment at ``at`` of the
    speaker itself: "The Israeli military says it is looking into the report"."""
    return _OF_ITSELF.fullmatch(text, toks[attributions[0].verb].end, at) is not None


def looking_into(text: str, start: int, end: int) -> bool:
    """Whether the no comment at ``text[start:end]`` is a speaker looking into a report."""
    return _LOOKING.search(text, start, end) is not None


def unconfirmed_by_other(
    ctx: _Context,
    prev: _Draft | None,
    attr: _Attribution | None,
    status: str,
    attributions: list[_Attribution],
    words: tuple[int, int, int],
) -> bool:
    """Whether a negated confirmation (``words``: the sentence's start, the status words'
    start and end: "Hamas has not confirmed that its delegation is there", "Hamas has yet
    to confirm that ...") is another party's want of confirmation of the claim before:
    that claim stays unverified, the sentence is no claim of its own. The party is the
    sentence's one attribution, or, with none ("has yet to confirm" is no cue), the few
    capitalised words before the status words."""
    text = ctx.text
    opens, start, end = words
    if status != "unverified" or prev is None or _HAS_NOT.match(text, start, end) is None:
        return False
    if _THAT.match(text, end) is None:
        return False  # "has not confirmed the presence of any foreign troops": a position
    if attr is None:
        subject = text[opens:start].strip()
        return (
            not attributions
            and prev.source is not None
            and 0 < len(subject.split()) <= _SUBJECT_WORDS
            and subject[:1].isupper()
            and subject.lower() not in _PRONOUNS
            and subject.lower() not in prev.source.lower()
        )
    return (
        attributions == [attr]
        and attr.cue.lower() in _CONFIRM_CUES
        and attr.source is not None
        and _other_side(ctx, prev, attr)
    )


def unaccused(
    ctx: _Context,
    toks: list[_Tok],
    prev: _Draft,
    attributions: list[_Attribution],
    start: int,
    end: int,
) -> bool:
    """Whether the denial at ``ctx.text[start:end]``, of a kind of act ("Russia denied
    targeting civilians"; :func:`generic_denial`) by the speaker whose verb it is, is a
    standing position because ``prev`` does not accuse that speaker: "A missile struck
    Kharkiv, killing two, the mayor said" names no one who struck; "activists said RSF
    shelling killed 14" does (:func:`accuses`), and the denial answers it."""
    if not generic_denial(ctx.text, start, end):
        return False
    denier = next(
        (a for a in attributions if toks[a.verb].start <= start < toks[a.verb].end + 1), None
    )
    return denier is not None and not accuses(ctx, prev, denier)


#: "and" just before a status verb: "... and denied attacking civilians", "... and did
#: not comment on the strike".
_AND_BEFORE = re.compile(r"\band\s+$")


def after_and(text: str, sentence_start: int, start: int) -> bool:
    """Whether the status cue starting at ``start`` follows "and" within its sentence,
    joined to the sentence's claim: a denial by the claim's own speaker ("said ... and
    denied attacking civilians"), or that speaker's silence on another matter ("The
    Israeli military said it struck ... and did not comment on the Deir al-Balah
    strike": no status of the claim, unlike "..., and Kyiv has not commented", which
    names another party)."""
    return _AND_BEFORE.search(text, max(sentence_start, start - 6), start) is not None


def own_aside(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the no comment at ``text[start:end]``, in a sentence whose speaker spoke
    before it, leaves that speaker's claim as it was: its silence on another matter after
    "and" (:func:`after_and`), or its looking into reports ("The Israeli military said it
    struck militants near Jabaliya, and that it was reviewing the reports of civilian
    casualties": the reports it reviews are others', no caveat on its own words).

    >>> t = "The army said it struck a depot, and that it was reviewing the reports."
    >>> own_aside(t, 0, t.index("was"), len(t) - 1)
    True
    """
    return after_and(text, sentence_start, start) or looking_into(text, start, end)
