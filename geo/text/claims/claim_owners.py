"""Claims stage 3, reactions: the body whose claim a denial or a rejection names.

"Kyiv denied Moscow's claim that it had lost Robotyne", "has denied claims by Interior
Secretary Fred Matiangi that ...", "denied Russian claims that ...", "The Kremlin
rejected a report by the Financial Times that Moscow was preparing a second wave of
mobilisation": the words after "that" are the named body's claim, which the speaker
denies or disputes; the answering speaker is kept (:func:`~geo.text.claims.draft_sides.
claimed_by`). :func:`take_claim_owner` makes the attribution that body's claim;
:func:`about_the_answerer` tells whether that claim is about the answerer's own side
("Moscow was preparing ...", "its troops had withdrawn"), so that rejecting it denies
it. Linear: one bounded search of the sentence.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Attribution, _Context
from .cues import _EMBEDDED_CLAIM
from .draft_sides import claimed_by
from .sides import country_label, speaker_side
from .speakers import _countries

__all__ = ["about_the_answerer", "take_claim_owner"]


#: The subject of the claim after "that": the answerer's own pronoun or a name.
_OWN_PRONOUN = re.compile(r"\s*(?:it|its|they|their|we|our)\b", re.IGNORECASE)
_NAME = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")


def about_the_answerer(ctx: _Context, attr: _Attribution, start: int, end: int) -> bool:
    """Whether the claim ``ctx.text[start:end]`` (a sentence) names after its claim noun
    and "that" is about the side of ``attr``, the one answering it: the subject after
    "that" is a pronoun of its own ("its troops had withdrawn") or a name of its side
    ("The Kremlin rejected a report ... that Moscow was preparing ..."). Then rejecting
    the claim denies it."""
    m = _EMBEDDED_CLAIM.search(ctx.text, start, end)
    if m is None:
        return False
    if _OWN_PRONOUN.match(ctx.text, m.end()):
        return True
    name = _NAME.match(ctx.text, m.end())
    if name is None:
        return False
    theirs = speaker_side(ctx, attr.subj_start, attr.subj_end, attr.source)[0]
    return theirs is not None and _countries(ctx, *name.span("name"), first=True) == [theirs]


def take_claim_owner(
    ctx: _Context, attr: _Attribution, start: int, end: int, verb_at: int | None = None
) -> bool:
    """Make ``attr`` (a denial's or a rejection's attribution) the claim of the body
    whose claim ``ctx.text[start:end]`` (a sentence) names before "that": a body after
    "by" ("a report by the Financial Times that"), a possessive owner ("Moscow's claim
    that") or a demonym ("Russian claims that": its country). ``verb_at``: the offset
    the naming verb must start at (None: any). Whether it did."""
    m = _EMBEDDED_CLAIM.search(ctx.text, start, end)
    if m is None or (verb_at is not None and m.start() != verb_at):
        return False
    people = m.group("people")
    if m.group("by"):  # "has denied claims by Interior Secretary Fred Matiangi that ..."
        claimed_by(ctx, attr, m.span("by"), m.group("by"))
    elif m.group("owner"):  # "Kyiv denied Moscow's claim that ...": Moscow claims
        claimed_by(ctx, attr, m.span("owner"), m.group("owner"))
    elif people and people.lower() in lx.DEMONYMS:  # "denied Russian claims that ..."
        name = country_label(ctx, lx.DEMONYMS[people.lower()])
        claimed_by(ctx, attr, m.span("people"), name or people)
    else:
        return False
    return True
