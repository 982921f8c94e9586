"""Claims stage 2, a statement set against a confirmation of the same speaker: a claim of
its own.

"The U.S. Africa Command confirmed it had carried out an air strike in the area, but said
its initial assessment was that no civilians had been killed": one speaker, two claims,
what it confirms (the strike) and what it says besides (no civilians killed), each with
its own status and places; a denial of civilian deaths answers the second, not the
strike. :func:`split_contrasts` cuts the clause of a confirming or conceding verb
("confirmed", "acknowledged", "admitted", "conceded") at ", but said", "but added",
"but insisted" when that verb is coordinated with it (its subject is the sentence's:
not "confirmed that the army had said ..." inside what is confirmed) and the confirmation
states a content of its own ("confirmed it had carried out", "confirmed that", "admitted
its forces had"): "Russian officials confirmed the strike but said no aircraft were lost"
stays one claim, the bare "confirmed the strike" answering the claim before it. Linear:
one search per coordinated verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import _Attribution

__all__ = ["split_contrasts"]

#: The verbs whose clause a contrast may end: confirming or conceding.
_CONFIRMING = re.compile(r"(?:confirm|acknowledg|admitt?|conced)\w*$", re.IGNORECASE)
#: The statements that open a claim of their own after "but".
_STATING = frozenset("said says added adds insisted insists stressed stresses maintained".split())
#: What a confirmation with a content of its own goes on with: a clause ("it had", "that").
_OWN_CONTENT = re.compile(
    r"\s+(?:that|it|they|he|she|we|its|their|his|her|our|\d[\d,]*)\b|"
    r"\s+the\s+(?:names?|identit\w+|deaths?)\s+of\b",
    re.IGNORECASE,
)
#: The join before the verb: ", but said", " but also said".
_JOIN = re.compile(r",?\s+but\s+(?:also\s+|later\s+)?")

Clause = tuple[tuple[int, int], _Attribution]


def split_contrasts(
    text: str, clauses: list[Clause], attributions: list[_Attribution]
) -> list[Clause]:
    """``clauses`` with each confirming clause cut before a statement of its speaker
    coordinated with it by "but" (see the module docstring).

    >>> from geo.text.claims import extract_claims
    >>> t = ("The command confirmed it had carried out a strike near Jilib, "
    ...      "but said no civilians had been killed.")
    >>> [c.text for c in extract_claims(t, [])]  # doctest: +NORMALIZE_WHITESPACE
    ['The command confirmed it had carried out a strike near Jilib',
     'said no civilians had been killed.']
    """
    kept = {id(a) for _, a in clauses}
    stating = [a for a in attributions if id(a) not in kept and a.coordinated and a.cue in _STATING]
    if not stating:
        return clauses
    out: list[Clause] = []
    for (start, end), attr in clauses:
        confirming = bool(attr.cue) and _CONFIRMING.match(attr.cue or "") is not None
        if confirming:  # "confirmed it had carried out", not "confirmed the strike"
            verb = re.search(rf"\b{re.escape(attr.cue or '')}\b", text[start:end])
            confirming = verb is not None and bool(_OWN_CONTENT.match(text, start + verb.end()))
        if attr.source is not None and not attr.coordinated and not attr.frame and confirming:
            for st in stating:
                joins = _JOIN.finditer(text, start, end)
                join = next((m for m in joins if text.startswith(st.cue, m.end())), None)
                if join is None or join.start() <= max(start, attr.subj_end):
                    continue
                out.append(((start, join.start()), attr))
                start, attr = join.end(), replace(attr, verb=st.verb, cue=st.cue, coordinated=True)
                break
        out.append(((start, end), attr))
    return out
