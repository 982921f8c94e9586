"""Claims stage 2, speakers: a relative clause's cue speaks for the phrase before it.

"..., according to the International Organization for Migration, which said its teams
had registered new arrivals every day", "..., as reported by the Red Cross, which added
that ...": a cue whose subject is "which" or "who" right after a comma is said by the body
cited before that comma ("according to", "reported by", "cited by"): a claim of its
own, after the clause break, not nobody's; so is one whose subject is "who" after a
phrase opening the sentence: "The governor, who said that three people were wounded,
called for calm" (the governor's claim). "Moscow, which says ..., denied" is left to the
main verb.
:func:`relative_speaker` finds it. O(1): a few tokens back.
"""

from __future__ import annotations

from .context import _Attribution, _Context
from .phrases import _np_left
from .segmentation import Sentence, _Tok
from .speakers import _canonical

__all__ = ["relative_speaker"]

#: The words before a body cited at a sentence's end: "according to", "reported by".
_CITING = frozenset(
    {("according", "to"), ("reported", "by"), ("cited", "by"), ("quoted", "by"), ("data", "from")}
)
#: Heads of a document, not a speaker: its owner speaks (:mod:`.retractions`).
_DOCUMENTS = frozenset(
    "post posts statement statements report reports video videos message messages bulletin "
    "article update tweet footage letter document release".split()
)


#: Cues of a person's own words in a relative clause: "The governor, who said that ...".
_SPEECH = frozenset("said says told tells wrote writes added adds claimed claims".split())


def _opening_person(toks: list[_Tok], a: int, j: int, v: int, sent: Sentence) -> bool:
    """Whether the phrase at token ``a`` opens the sentence (or a clause after a comma or
    semicolon) and "who" at ``j`` is right before a speech cue at ``v``: "The governor,
    who said that three people were wounded, called for calm" (the clause is the
    governor's claim, whatever the main verb)."""
    opens = toks[a].start == sent.start or (a and toks[a - 1].text in (",", ";"))
    return bool(opens) and toks[j].text.lower() == "who" and v == j + 1 and (
        toks[v].text.lower() in _SPEECH
    )


def relative_speaker(
    ctx: _Context, toks: list[_Tok], v: int, j: int, date_tokens: set[int], sent: Sentence
) -> _Attribution | None:
    """The speaker of the cue at token ``v`` when token ``j`` before it is "which" or
    "who" after a comma: the noun phrase before the comma, as an attribution of that
    cue; else None."""
    if j < 2 or toks[j].text.lower() not in ("which", "who") or toks[j - 1].text != ",":
        return None
    span = _np_left(toks, j - 2, date_tokens)
    if span is None or toks[span[0]].start < sent.start:
        return None
    a, b = span
    cited = a >= 2 and (toks[a - 2].text.lower(), toks[a - 1].text.lower()) in _CITING
    if not cited and not _opening_person(toks, a, j, v, sent):
        return None  # "Moscow, which says ..., denied the attack": the main verb's subject
    if toks[b].text.lower() in _DOCUMENTS:
        return None  # "The ministry's post, which said ..., was deleted": the post's owner's
    raw = ctx.text[toks[a].start : toks[b].end]
    source, kind, descriptor = _canonical(ctx, raw, toks[a].start)
    if source is None:
        return None
    return _Attribution(v, toks[v].text.lower(), toks[a].start, toks[b].end, source, kind,
                        descriptor)  # fmt: skip
