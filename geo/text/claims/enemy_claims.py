"""Claims stage 3b, a denial of "the enemy's claims": the other side's claims, past one's own.

"Russia's Defence Ministry said its forces captured Novopavlivka. ... Ukraine's General
Staff said its troops repelled 14 assaults near the village. "The claims of the enemy are
false," said Viktor Trehubov": the quote answers the Russian claims, not the General
Staff's claim just before it (which is his own side's). A claim whose words name the other
side's claims ("the claims of the enemy", "the enemy's reports", "the occupiers'
statements", "Russian claims") answers, when the claim just before is of its own side, the
latest claims of another side within a few sentences: the latest one and the same
speaker's claims just before it (:func:`enemy_claim_targets`). A speaker of no known side
who names "the enemy's claims" ("the enemy's usual fantasies", "the occupiers' lies")
answers the latest claims of a side by another speaker; a noun that calls them untrue
("fantasies", "lies", "fairy tales") denies them. Read by
:func:`~geo.text.claims.answers._answers`; bounded: a few drafts back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds

__all__ = ["answer_enemy_claims", "enemy_claim_targets", "quote_start"]

#: Words naming the other side's claims: "the claims of the enemy", "the enemy's
#: reports", "enemy statements", "Russian claims", "Moscow's assertions".
_CLAIM_NOUN = (
    r"(?:claims?|reports?|statements?|assertions?|allegations?|reporting|fantas(?:y|ies)|"
    r"fairy[\s-]+tales?|lies|fabrications?|inventions?)"
)
#: The other side named as such, not by its name: a speaker of no known side may say it.
_ENEMY_WORD = re.compile(r"(?i:enemy|occupier|invader|adversary|aggressor|opponent|other\s+side)")
_ENEMY = r"(?:enemy|occupiers?|invaders?|adversary|aggressor|opponents?|other\s+side)"
_NAMES_ENEMY_CLAIMS = re.compile(
    rf"(?i:\b{_CLAIM_NOUN}\s+(?:of|by|from)\s+the\s+{_ENEMY}\b|"
    rf"\b{_ENEMY}(?:[’']s?)?\s+(?:\w+\s+)?{_CLAIM_NOUN}\b)"
    rf"|\b[A-Z][a-z]+(?:[’']s)?\s+(?i:{_CLAIM_NOUN})\b"
)
#: What every :data:`_CLAIM_NOUN` holds, lower case: the gate of :data:`_NAMES_ENEMY_CLAIMS`.
_CLAIM_NOUN_STEMS = ("claim", "report", "statement", "assertion", "allegation", "fantas",
                     "fairy", "lies", "fabrication", "invention")  # fmt: skip
#: Nouns that call the claims they name untrue: "the enemy's usual fantasies", "the
#: occupiers' lies" deny them with no other word of denial.
_UNTRUE = re.compile(r"(?i:fantas(?:y|ies)|fairy[\s-]+tales?|lies|fabrications?|inventions?)")
#: How many drafts, and sentences, back the other side's claims may be.
_BACK_DRAFTS, _BACK_SENTENCES = 8, 6


def enemy_claim_targets(
    ctx: _Context, d: _Draft, before: _Draft | None, drafts: list[_Draft]
) -> list[_Draft]:
    """The other side's claims ``d`` answers by naming them (see the module docstring),
    latest first; empty unless ``before`` (the claim just before ``d``) is of ``d``'s own
    side, or none, and ``d`` names the other side's claims."""
    return _targets_named(ctx, d, before, drafts)[0]


def _targets_named(
    ctx: _Context, d: _Draft, before: _Draft | None, drafts: list[_Draft]
) -> tuple[list[_Draft], re.Match[str] | None]:
    """:func:`enemy_claim_targets` and the words that name the claims (None where there
    are no targets). The sides and the drafts before are read first (a few comparisons):
    the pattern is searched only where another side's claim is there to be answered,
    and only in a span that holds one of its nouns (:func:`_names_enemy_claims`)."""
    side = d.side
    if side == "independent" or (side is not None and before is not None and before.side != side):
        return [], None
    found: list[_Draft] = []
    for n, c in enumerate(reversed(drafts)):
        if n >= _BACK_DRAFTS or d.first - c.last > _BACK_SENTENCES:
            break
        if c is d or c.source in (None, d.source) or c.side in (None, "independent", side):
            continue
        if found and c.source != found[0].source:
            break  # the latest speaker's run of claims only
        found.append(c)
    if not found:
        return [], None
    named = _names_enemy_claims(ctx.text, d)
    if named is None or (side is None and _ENEMY_WORD.search(named.group()) is None):
        return [], None  # a speaker of no known side: "the enemy's claims", not "Russian claims"
    return found, named


def answer_enemy_claims(
    ctx: _Context,
    d: _Draft,
    before: _Draft | None,
    drafts: list[_Draft],
    answer: Callable[[_Context, _Draft, _Draft], bool],
) -> bool:
    """Whether ``d`` answers the other side's claims it names (:func:`enemy_claim_targets`),
    each recorded by ``answer`` (:func:`~geo.text.claims.answers._answer`)."""
    answered = False
    targets, named = _targets_named(ctx, d, before, drafts)
    untrue = named is not None and _UNTRUE.search(named.group()) is not None
    for enemy in targets:
        if untrue and named is not None:  # "These are the enemy's usual fantasies," said ...
            enemy.statuses.append((_STATUS_RANK["denied"], "denied", named.group()))
            d.responds_to = d.responds_to or enemy
            answered = True
        else:
            answered = answer(ctx, d, enemy) or answered
    return answered


def _names_enemy_claims(text: str, d: _Draft) -> re.Match[str] | None:
    """The first words of ``d`` (from the quotation it goes on, :func:`quote_start`) that
    name the other side's claims (:data:`_NAMES_ENEMY_CLAIMS`), or None. Every match
    holds one of the pattern's nouns, read case-insensitively: a span with none of
    :data:`_CLAIM_NOUN_STEMS` in its folded copy is not searched (most claims)."""
    start = quote_start(text, d.start)
    if not folded_holds(text, start, d.end, _CLAIM_NOUN_STEMS):
        return None
    return _NAMES_ENEMY_CLAIMS.search(text, start, d.end)


def quote_start(text: str, start: int) -> int:
    """Where the quotation that ``text[start:]`` goes on opens, when ``start`` lies
    inside one opened earlier in its paragraph (at most 400 characters back): '"These are
    the enemy's fantasies. Mala Tokmachka is ours," said ...', whose second sentence is
    the claim until the quotation's sentences are joined; else ``start``.

    >>> quote_start('He said: "No. It is ours," she said.', 13)
    9
    >>> quote_start('"No," he said. It is ours.', 15)
    15
    """
    lo = max(text.rfind("\n", 0, start) + 1, start - 400, 0)
    curly_open, curly_close = text.rfind("“", lo, start), text.rfind("”", lo, start)
    if curly_open > curly_close:
        return curly_open
    if text.count('"', lo, start) % 2 == 1:
        return text.rfind('"', lo, start)
    return start
