"""Claims: a name described as a body, not as a person speaking for one.

"Ambrey, a British maritime security firm, said the ship was not damaged": the name
before the apposition is read as a person's, but its description's head noun ("firm",
"company", "monitor", "agency") says it is a body. Such a speaker is no spokesperson of
the government that spoke in the sentence before ("The British military's UKMTO agency
said ... . Ambrey, a British maritime security firm, said ..."): two claims, never one
(:func:`~geo.text.claims.merging._merge_spokespersons` asks :func:`body_described`).
Reads the description's few words: linear.
"""

from __future__ import annotations

import re

from .vocab import _ORG_WORDS

__all__ = ["body_described"]

#: Heads of a description of a body besides :data:`~geo.text.claims.vocab._ORG_WORDS`.
_BODY_HEADS = frozenset(
    """firm firms company companies consultancy consultancies contractor operator owner
    monitor monitors outlet outlets broadcaster newspaper channel charity charities ngo
    think-tank tank watchdog observatory insurer insurers""".split()
)
#: Where a description's first noun phrase ends: "a spokesman for the army", "a firm
#: based in London", "head of the agency".
_PHRASE_END = re.compile(r"\s+(?:of|for|at|in|on|with|from|based|which|that|who)\b|[,;(]")


def body_described(descriptor: str) -> bool:
    """Whether ``descriptor`` (the words describing a speaker named before or after them,
    "a British maritime security firm", "the army's spokesman") describes a body: the
    head of its first noun phrase is a word for one."""
    m = _PHRASE_END.search(descriptor)
    words = re.findall(r"[\w’'-]+", descriptor[: m.start()] if m else descriptor)
    if not words:
        return False
    head = words[-1].lower()
    return head in _BODY_HEADS or head in _ORG_WORDS
