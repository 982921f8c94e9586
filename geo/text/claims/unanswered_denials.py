"""Denials that answer no claim before them, though one stands there.

- A denial of involvement when the claim before tells of no act, only that its speaker
  is looking into something: "Police in Esbjerg said they were investigating. The
  Kremlin denied involvement." The police accuse no one; the Kremlin denies a part no
  claim gives it (a claim that names the denier, "prosecutors said a Russian officer had
  ordered the sabotage", is answered as before: :func:`.targets.blamed_claim`).
- A mutual rejection closing a mutual accusation: "Officials in Bishkek and Dushanbe
  each accused the other of opening fire first; each rejected the other's account." The
  rejection answers the accusations the sentence tells, not what residents said before.
- A denial after a clause break in the sentence of the claim it answers: "M23 rebels
  seized Uvira, a rebel spokesman said; Congo's army denied the town had fallen." (a
  factbox's bullet, after a bullet about another war): the claim before the semicolon
  (or ", but", ", while") in its own sentence, not the claim of the line before.

All read a few words at the denial or the claim's span: linear.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Draft
from .segmentation import _Tok
from .vocab import _STATUS_VERBS

__all__ = ["clause_answered", "mutual_rejection", "only_investigating"]

#: A claim that its speaker is looking into something: "said they were investigating",
#: "said it had opened an inquiry", "said an investigation was under way".
_INVESTIGATING = re.compile(
    r"\b(?:it|they|he|she|we|officers|investigators|detectives|police)\s+(?:were|was|are|is|"
    r"had|have|has|would\s+be)\s+(?:still\s+|now\s+|also\s+)?(?:investigating|looking\s+into|"
    r"examining|reviewing|checking|opened\s+an?\s+(?:investigation|inquiry|probe)|"
    r"launched\s+an?\s+(?:investigation|inquiry|probe))\b|"
    r"\ban?\s+(?:investigation|inquiry|probe)\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"(?:under\s+way|underway|opened|launched)\b",
    re.IGNORECASE,
)
#: Words of a claim that gives someone a part: then the denial may answer it.
_BLAMING = re.compile(
    r"\b(?:blam\w*|accus\w*|behind|responsible|ordered|orchestrat\w*|sponsored|"
    r"carried\s+out\s+by|on\s+behalf\s+of|suspect\w*)\b",
    re.IGNORECASE,
)
#: "each rejected the other's account", "both sides denied each other's claims", "each
#: side dismissed the other's version".
_MUTUAL = re.compile(
    r"\s+(?:(?:the|each|one)\s+)?(?:other[’']s|each\s+other[’']s|one\s+another[’']s)\s+"
    r"(?:account|accounts|claims?|versions?|accusations?|allegations?|charges?|statements?)\b",
    re.IGNORECASE,
)


def only_investigating(text: str, d: _Draft) -> bool:
    """Whether the claim ``d`` only says its speaker is looking into something, giving no
    one a part in anything (see the module docstring)."""
    return (
        _INVESTIGATING.search(text, d.start, d.end) is not None
        and _BLAMING.search(text, d.start, d.end) is None
    )


def mutual_rejection(text: str, end: int) -> bool:
    """Whether the denial whose verb ends at ``end`` rejects "the other's account": the
    answer of each party to the other's accusation, told in the same breath."""
    return _MUTUAL.match(text, end) is not None


#: Tokens that break two clauses of one sentence: "; ", "but", "while", "whereas".
_CLAUSE_GAP = frozenset((";", "but", "while", "whereas", "however"))


def clause_answered(
    toks: list[_Tok], attributions: list[_Attribution], verb_attr: _Attribution | None
) -> bool:
    """Whether the status cue spoken by ``verb_attr`` ("X said ...; Hamas denied any
    role", "..., a spokesman said; Congo's army denied ...") answers a claim of an
    earlier clause of its own sentence: an earlier attribution of another speaker with a
    cue of saying (not a status verb), and a clause break (a token of
    :data:`_CLAUSE_GAP`) between its cue and the answering speaker (see the module
    docstring); a denial with no object ("Kyiv says ...; Moscow denies") is left to the
    other rules. ``toks`` and ``attributions``: the sentence's."""
    if verb_attr is None or verb_attr.cue in ("according to", "per"):
        return False
    if verb_attr.cue.startswith(("confirm", "corroborat", "verif")):
        return False  # "...; satellite images confirm two": a finding, judged as before
    if not any(t.text[:1].isalnum() for t in toks[verb_attr.verb + 1 :]):
        return False  # a headline's bare "...; Moscow denies": as before, no object read
    return any(
        a.verb < verb_attr.verb
        and a.source != verb_attr.source
        and a.cue not in _STATUS_VERBS
        and any(
            t.text.lower() in _CLAUSE_GAP
            for t in toks[a.verb + 1 : verb_attr.verb]
            if t.end <= verb_attr.subj_start
        )
        for a in attributions
    )
