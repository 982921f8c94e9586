"""Claims stage 5, a patron's denial of backing answers the claim that names it the backer.

"M23 rebels backed by Rwanda seized the town of Sake ..., local officials said. ... The
rebels later advanced toward Uvira, residents said. Rwanda's government denied supporting
the M23." The denial states what it denies ("supporting the M23"), which the claim just
before (the residents' advance) does not say: it is the denier's own claim, status denied
(:func:`~.unrelated_denials.denies_other_thing`). What it answers is the earlier claim that
calls the group "backed by Rwanda": :func:`backing_answers` links the denial to it
(``responds_to``), the latest of the last few claims naming the denier as backer ("backed
by", "armed by", "equipped by", "Rwanda-backed"), by a word of the denier's name or its
country. The backed claim's status is left as it is: its speaker told of the seizure,
the backing was a description. Linear: one search per denial over a few claims back.

Such a denial says nothing of a claim that does not name the denier ("Congo's army said it
was fighting M23 rebels near Kamanyola. Rwanda denied supporting the rebels."): the army's
claim stays as it was (:func:`unnamed_backer`, read by the reactions stage), and the
denial is Rwanda's own.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context, _Draft

__all__ = ["backing_answers", "unnamed_backer"]

#: The object of a denial's verb that is backing: " supporting the rebels".
_BACKING_VERB = (
    r"\s+(?:ever\s+|any\s+)?(?:having\s+)?(?:supporting|supported|backing|backed|arming|armed|"
    r"supplying|supplied|equipping|equipped|funding|funded|financing|sponsoring)\b"
)
#: A denial of backing: "denied supporting the M23", "denies arming the paramilitaries".
_BACKING_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects)" + _BACKING_VERB, re.IGNORECASE
)
#: A backer named in a claim: "backed by Rwanda", "equipped by the United Arab Emirates",
#: "Rwanda-backed", "Iranian-backed".
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|armed|equipped|supplied|funded|financed|sponsored)\s+by\s+"
    r"(?:the\s+)?(?P<by>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})|"
    r"\b(?P<pre>[A-Z][a-z]+)-(?:backed|supported|armed|sponsored)\b"
)
#: How many claims back a denial of backing reaches.
_CLAIMS_BACK = 6
_WORD = re.compile(r"[A-Za-z][\w-]*")


def backing_answers(ctx: _Context, drafts: list[_Draft]) -> None:
    """Link each denial of backing with no answered claim to the claim naming the denier
    as backer (see the module docstring); in place."""
    text = ctx.text
    for k, d in enumerate(drafts):
        if d.responds_to is not None or d.source is None:
            continue
        if not any(status == "denied" for _, status, _ in d.statuses):
            continue
        if _BACKING_DENIAL.search(text, d.start, d.end) is None:
            continue
        for before in reversed(drafts[max(0, k - _CLAIMS_BACK) : k]):
            if before.source == d.source:
                continue
            if any(_is_denier(ctx, m, d) for m in _backers(text, before)):
                d.responds_to = before
                break


def _names(phrase: str) -> set[str]:
    """The words of ``phrase``, lower case, without a possessive ending."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(phrase)}


def _backers(text: str, d: _Draft) -> list[re.Match[str]]:
    return list(_BACKED_BY.finditer(text, d.start, d.end))


def _is_denier(ctx: _Context, m: re.Match[str], denial: _Draft) -> bool:
    """Whether the backer ``m`` names ("Rwanda", "United Arab Emirates", "Rwandan") names
    the denier: a word of the denial's speaker, or the country of the denier's side (by its
    demonym, or a country the gazetteer resolved there: "backed by Rwanda" and "Kigali")."""
    key = "by" if m.group("by") is not None else "pre"
    words, said = _names(m.group(key)), _names(denial.source or "")
    if words & said - {"the", "of"}:
        return True
    if denial.side is None:
        return False
    if any(lx.DEMONYMS.get(w) == denial.side for w in words):
        return True
    for i in ctx.places.inside(*m.span(key)):
        place = getattr(ctx.toponyms[i], "place", None)
        if place is not None and place.kind == "country" and place.country_code == denial.side:
            return True
    return False


_BACKING_OBJECT = re.compile(_BACKING_VERB)


def unnamed_backer(text: str, about: _Draft | None, end: int, denier: str | None) -> bool:
    """Whether the denial whose verb ends at ``end`` is of backing ("denied supporting the
    rebels") and the claim ``about`` names no word of the ``denier`` (its speaker's words):
    the denial then answers no such claim (see the module docstring).

    >>> t = "The army said it fought the rebels. Rwanda denied supporting the rebels."
    >>> about = _Draft(0, 35, "The army", "said", "org", "", 0, 0, 0)
    >>> unnamed_backer(t, about, t.index(" supporting"), "Rwanda")
    True
    """
    if about is None or not denier or _BACKING_OBJECT.match(text, end) is None:
        return False
    said = _names(denier) - {"the", "of", "government", "s"}
    return bool(said) and said.isdisjoint(_names(text[about.start : about.end]))
