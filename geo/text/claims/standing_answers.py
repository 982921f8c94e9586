"""Claims stage 3, a standing denial that answers the accusation just before it.

A denial in the present tense or of a habit ("Moscow denies targeting civilians", "The RSF
has repeatedly denied targeting civilians") states the denier's standing position
(:func:`~geo.text.claims.same_places.standing_position`): after a claim in another
paragraph, or one that does not accuse the denier, it answers nothing. In the present
simple ("denies", "rejects"; not "has denied", "has previously denied", which tell of the
past) right after a claim of its own paragraph that names the denier as the one who acted
and names what the denial names, it answers that claim as "Russia denied targeting
civilians" does: "Russian forces killed 12 civilians in a strike on Dobropillia, Donetsk
Governor Vadym Filashkin said. Russia denies targeting civilians." denies the governor's
claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Attribution, _Context, _Draft
from .quiet_answers import unaccused
from .same_places import denial_of_its_own, standing_position
from .segmentation import Sentence, _Tok
from .targets import accuses
from .unanswered_denials import mutual_rejection

__all__ = ["own_denial", "own_position_taken"]

#: The act a denial names and its object up to the clause's end: "targeting civilians",
#: "shelling the market" (not "that ...", "reports ...", "claims ...").
_ACT = re.compile(
    r"\s+(?:any\s+|all\s+)?(?!(?:that|reports?|claims?)\b)[a-z]+ing\s+"
    r"(?P<object>[^.;:,!?()]*?)(?=\s+(?:and|but|in|since|during)\b|[.;:,!?()]|$)"
)
_WORD = re.compile(r"[A-Za-z]{4,}")
#: A denial's verb in the present simple, and an adverb of habit before it.
_PRESENT = re.compile(r"(?:denies|rejects|disputes|dismisses)", re.IGNORECASE)
_HABIT = re.compile(
    r"\b(?:repeatedly|consistently|always|long|routinely|regularly|previously|never|has|have)\b",
    re.IGNORECASE,
)
#: Object words that tell no accusation from another.
_VAGUE = frozenset(("them", "their", "this", "that", "those", "these", "such", "other"))


def _stem(word: str) -> str:
    """A word lower-cased without a plural's "s": "civilians" and "civilian" match."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def answers_accusation(
    ctx: _Context, prev: _Draft, denier: _Attribution, span: tuple[int, int], sent: Sentence
) -> bool:
    """Whether the standing denial whose verb is at ``span`` (by ``denier``, in the
    sentence ``sent``) answers ``prev``: the verb is in the present simple with no adverb
    of habit, ``prev`` is the claim just before it in the same paragraph, names the denier
    as the one who acted (:func:`~geo.text.claims.targets.accuses`), and names a word of
    the denied act's object ("civilians")."""
    text = ctx.text
    start, end = span
    if prev.paragraph != sent.paragraph or text[prev.end : sent.start].strip():
        return False
    if _PRESENT.fullmatch(text, start, end) is None or _HABIT.search(text, sent.start, start):
        return False  # "has denied", "has previously denied": a position told of the past
    m = _ACT.match(text, end)
    if m is None:
        return False
    wanted = {_stem(w) for w in _WORD.findall(m.group("object"))} - _VAGUE
    said = {_stem(w) for w in _WORD.findall(text, prev.start, prev.end)}
    return bool(wanted & said) and accuses(ctx, prev, denier)


def own_denial(
    ctx: _Context,
    prev: _Draft,
    attributions: Sequence[_Attribution],
    span: tuple[int, int],
    sent: Sentence,
) -> bool:
    """Whether the denial at ``span`` (its verb's offsets) in the sentence ``sent`` states
    a position of its own instead of answering ``prev``
    (:func:`~geo.text.claims.same_places.denial_of_its_own`), unless it is a standing
    denial that answers ``prev``'s accusation (:func:`answers_accusation`)."""
    start, end = span
    if not denial_of_its_own(ctx, prev, start, end, sent.end):
        return False
    if not standing_position(ctx.text, start, end):
        return True  # a clause about other places: its own
    denier = next((a for a in reversed(attributions) if a.subj_end <= start), None)
    if denier is None:
        return True
    return not answers_accusation(ctx, prev, denier, span, sent)


def own_position_taken(
    ctx: _Context,
    toks: Sequence[_Tok],
    prev: _Draft,
    attributions: Sequence[_Attribution],
    loose: Sequence[tuple[int, int, int, str]],
    sent: Sentence,
) -> bool:
    """Whether a denial or dispute among the sentence's ``loose`` status cues (start, end,
    rank, status) states a position of its own and so answers nothing before it ("calling
    the reports propaganda"): :func:`own_denial`, a denier the claim ``prev`` does not
    accuse, or a mutual rejection ("each rejected the other's account")."""
    text = ctx.text
    return any(
        status in ("denied", "disputed")
        and (
            own_denial(ctx, prev, attributions, (start, end), sent)
            or unaccused(ctx, toks, prev, attributions, start, end)
            or mutual_rejection(text, end)
        )
        for start, end, _, status in loose
    )
