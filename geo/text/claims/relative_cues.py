"""Claims stage 2d, a speaker inside an object relative clause is not the sentence's.

"The strike, which Moscow blamed on Ukrainian air defence, wounded six people, according
to the regional prosecutor's office": "Moscow blamed" sits in a relative clause whose
object is "which" (the strike); it describes the subject, and the sentence's claim, the
toll, is the prosecutor's. :func:`outside_relatives` drops such an attribution when
another of the sentence's attributions, outside any relative clause, closes the sentence
(", according to ...", "..., officials said"); "Kiev has offered no evidence for the claim,
which Pushilin described as a provocation" keeps Pushilin's words. A relative
whose subject is the pronoun itself ("..., which said its teams had ...") has no speaker
of its own here (:mod:`.relative_speakers` reads it), and one whose verb says something
of its own ("a container ship, which the U.S. Central Command said had been shot down")
is that speaker's claim: only verbs taking the pronoun as their object ("blamed",
"described", "denied") are dropped. Reads a few characters before each speaker.

A relative clause between a subject and its own cue is a claim of its own, not the
subject's speaker: in "The M23, which Kinshasa and the United Nations say is backed by
Rwanda, denied targeting civilians" the clause up to its comma is the UN's claim and
the denial after it the M23's; :func:`subject_relatives` marks where the clause closes
on the cue after it (:func:`~.segmentation._clauses` splits there).

A party that does not confirm what a relative clause's speaker said of its object is no
speaker: "Kyiv did not confirm the strike on the Taganrog airfield, which Russian
officials said caused a fire" is the Russian officials' claim, unverified
(:func:`unconfirmed_relatives` drops the non-confirmation's attribution).
"""

from __future__ import annotations

import re

from .context import _Attribution
from .cue_words import _NEGATIONS
from .tokens import _Tok

__all__ = ["outside_relatives", "subject_relatives", "unconfirmed_relatives"]

#: A comma or dash and an object relative pronoun right before a speaker's phrase:
#: ", which Moscow", "— that the army".
_RELATIVE_BEFORE = re.compile(r"[,—–]\s*(?:which|whom)\s+$")


#: Cue verbs whose object is the relative pronoun itself: "which Moscow blamed on ...".
_OBJECT_CUES = frozenset(
    "blamed blames attributed attributes described describes called calls denied denies "
    "dismissed dismisses rejected rejects".split()
)


def _in_relative(text: str, attr: _Attribution) -> bool:
    if attr.subj_start <= 0 or attr.cue not in _OBJECT_CUES:
        return False
    return _RELATIVE_BEFORE.search(text, max(0, attr.subj_start - 12), attr.subj_start) is not None


def outside_relatives(text: str, out: list[_Attribution]) -> list[_Attribution]:
    """``out`` without the attributions whose speaker opens an object relative clause,
    when one outside every relative clause closes the sentence (else ``out`` unchanged).

    >>> t = "The strike, which Moscow blamed on X, wounded six, according to the office."
    >>> moscow = _Attribution(4, "blamed", 18, 24, "Moscow", "org")
    >>> office = _Attribution(12, "according to", 63, 73, "the office", "org", after_content=True)
    >>> [a.source for a in outside_relatives(t, [moscow, office])]
    ['the office']
    """
    if len(out) < 2:
        return out
    inside = [_in_relative(text, a) for a in out]
    closing = any(a.after_content for a, i in zip(out, inside, strict=True) if not i)
    if not any(inside) or not closing:
        return out
    return [a for a, within in zip(out, inside, strict=True) if not within]


#: What stands between a subject and the speaker of a relative clause about it: ", which
#: Kinshasa and" (the speaker's phrase may be the last of a coordination).
_OPENS_RELATIVE = re.compile(r"\s*,\s*(?:which|who)\s+(?:[^,;:()“”\"]{1,60}?\s+and\s+)?")
#: What may close such a clause before the subject's own cue: a comma and a few adverbs
#: or auxiliaries (", has repeatedly denied").
_CLOSES_RELATIVE = re.compile(r",\s*(?:[a-z]+\s+){0,3}")
#: A relative clause read as a speaker's description, with the description before it.
_RELATIVE_DESCRIPTION = re.compile(r"(?:^|,\s*)(?:which|who)\b.*$", re.DOTALL)


def subject_relatives(
    text: str, toks: list[_Tok], out: list[_Attribution]
) -> list[_Attribution]:
    """``out`` (in text order), a cue whose subject a relative clause with another
    speaker's cue follows marked with the comma closing that clause (``relative_end``)
    and without the clause as its description (see the module docstring).

    >>> from .tokens import tokenize
    >>> t = "The M23, which Kinshasa says is backed by Rwanda, denied targeting civilians."
    >>> toks = tokenize(t)
    >>> say = _Attribution(6, "says", 15, 23, "Kinshasa", "org")
    >>> m23 = _Attribution(12, "denied", 0, 7, "the M23", "org")
    >>> [(a.source, a.relative_end) for a in subject_relatives(t, toks, [say, m23])]
    [('Kinshasa', -1), ('the M23', 48)]
    """
    for n, inner in enumerate(out):
        if inner.subj_start < 0 or inner.frame:
            continue
        for main in out[n + 1 :]:
            if main.frame or main.subj_start < 0 or main.subj_end > inner.subj_start:
                continue
            if _OPENS_RELATIVE.fullmatch(text, main.subj_end, inner.subj_start) is None:
                continue
            closed = text.rfind(",", toks[inner.verb].end, toks[main.verb].start)
            if closed >= 0 and _CLOSES_RELATIVE.fullmatch(
                text, closed, toks[main.verb].start
            ):
                # "The M23, which X says ..., denied": the M23's denial after the clause,
                # which is no description of the subject's side ("Rwanda, which U.N.
                # experts say backs the M23, ...": Rwanda's, not the M23's)
                main.relative_end = closed
                main.descriptor = _RELATIVE_DESCRIPTION.sub("", main.descriptor)
                break
    return out


#: Cues of a confirmation, and the words that negate one before it ("did not confirm",
#: "has yet to confirm", "could not verify").
_CONFIRMING = frozenset("confirm confirmed verify verified".split())
_NEGATING = (_NEGATIONS - {"n’t"}) | {"yet"}  # "not n't never", and "has yet to confirm"
#: A relative clause about the confirmation's object opening right before a speaker:
#: "the strike on the airfield, which" (no clause break on the way).
_OBJECT_RELATIVE = re.compile(r"[^;:“”\"]*,\s*which\s+")


def unconfirmed_relatives(
    text: str, toks: list[_Tok], out: list[_Attribution]
) -> list[_Attribution]:
    """``out`` (in text order) without a non-confirmation whose object a relative clause
    after it attributes to the next speaker (see the module docstring).

    >>> from .tokens import tokenize
    >>> t = "Kyiv did not confirm the strike, which Russian officials said caused a fire."
    >>> kyiv = _Attribution(3, "confirm", 0, 4, "Kyiv", "org")
    >>> ru = _Attribution(10, "said", 39, 56, "Russian officials", "group")
    >>> [a.source for a in unconfirmed_relatives(t, tokenize(t), [kyiv, ru])]
    ['Russian officials']
    """
    drop: set[int] = set()
    for n in range(len(out) - 1):
        party, speaker = out[n], out[n + 1]
        v = party.verb
        if party.cue not in _CONFIRMING or speaker.subj_start < toks[v].end:
            continue
        if _NEGATING.isdisjoint(t.text.lower() for t in toks[max(0, v - 3) : v]):
            continue
        if _OBJECT_RELATIVE.fullmatch(text, toks[v].end, speaker.subj_start) is not None:
            drop.add(n)  # "Kyiv did not confirm X, which Russian officials said ..."
    return [a for n, a in enumerate(out) if n not in drop]
