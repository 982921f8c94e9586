"""Claims stage 2, a body's document named with its topic as the speaker.

"The daily summary of the Ministry of Defence of the Russian Federation on the progress
of the special military operation claimed that ...": the noun phrase before the cue
ends with the document's topic, too far from the body for the speaker's phrase
(:func:`~geo.text.claims.phrases._np_left` reads a few words back).
:func:`document_subject` finds the document's noun ("summary", "statement", "report",
"bulletin", "update", "briefing", "readout") and a capitalised body after "of", "by"
or "from" a few words back; the speaker's name then drops the topic
(:func:`~geo.text.claims.speakers._canonical`). Linear: at most :data:`_REACH` tokens.
"""

from __future__ import annotations

from .segmentation import _is_cap, _Tok

__all__ = ["document_subject"]

_DOCUMENTS = frozenset("summary statement report bulletin update briefing readout".split())
_BY = frozenset("of by from".split())
_DETERMINERS = frozenset("the a an its their".split())
#: The furthest the document's noun lies before the cue (tokens).
_REACH = 24


def document_subject(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """(first, last) token indexes of a document-and-topic phrase ending at token ``j``
    (see the module docstring), or None."""
    for k in range(j - 1, max(-1, j - _REACH), -1):
        word = toks[k].text
        if not (word[:1].isalpha() or word in ("’s", "'s")):
            return None  # a comma, a quotation: no longer one noun phrase
        if word.lower() not in _DOCUMENTS or k + 2 > j or toks[k + 1].text.lower() not in _BY:
            continue
        body = k + 2
        if body <= j and toks[body].text.lower() == "the":
            body += 1
        if body > j or not _is_cap(toks[body]):
            return None
        a = k
        while a >= 1 and (toks[a - 1].text.lower() in _DETERMINERS or toks[a - 1].text.islower()):
            if toks[a - 1].text.lower() in _DETERMINERS:
                return a - 1, j
            a -= 1
        return a, j
    return None
