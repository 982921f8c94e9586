"""Claims stage 5a', a quotation carried on into the next paragraph is one claim.

Print convention: a quotation that runs over several paragraphs leaves each paragraph
but the last without a closing mark and opens the next with an opening one:

    Voloshyn told Ukrainian television: "The enemy tried to break through at dawn.

    "They lost most of their vehicles within an hour."

The second paragraph, with no speaker of its own, is still Voloshyn's: the claim of the
first is carried on over it (its span and last sentence), as far as the paragraph that
closes the quotation. A paragraph that names a speaker of its own ('"...," he said.')
holds a claim already and is not joined.

:func:`continued_quotes` looks at each claim's paragraph end once: linear in the drafts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .context import _Context, _Draft
from .phrases import open_quotation
from .segmentation import Sentence

__all__ = ["continued_quotes", "open_quotation", "quoted_sentence"]

_OPENERS = '“"'
#: How many paragraphs one quotation may be carried over.
_REACH = 4


def continued_quotes(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts`` with the quotations carried into later paragraphs joined to the claim
    of the paragraph that opened them (see the module docstring)."""
    text = ctx.text
    if not drafts or ('"' not in text and "“" not in text):
        return drafts
    starts = [d.start for d in drafts]
    para_first = _paragraph_starts(sentences)
    for i, d in enumerate(drafts):
        if d.source is None:
            continue
        for _ in range(_REACH):
            last = d.last
            para = sentences[last].paragraph
            first = para_first.get(para)
            nxt = last + 1
            if (
                first is None
                or nxt >= len(sentences)
                or sentences[nxt].paragraph != para + 1
                or text[sentences[nxt].start : sentences[nxt].start + 1] not in _OPENERS
                or d.end < sentences[last].end - 1
                or not open_quotation(text, sentences[first].start, sentences[last].end)
            ):
                break
            k = nxt
            while k + 1 < len(sentences) and sentences[k + 1].paragraph == para + 1:
                k += 1
            a, b = sentences[nxt].start, sentences[k].end
            j = bisect_left(starts, a)
            if j < len(drafts) and drafts[j].start < b and j != i:
                break  # a claim of the paragraph: its own speaker, or a caveat
            d.end, d.last = b, k
    return drafts


#: Sentences a quotation opened in one sentence may run over in its paragraph.
_QUOTE_SENTENCES = 4
#: A sentence's end after the quotation's closing mark: nothing but punctuation.
_CLOSED_END = frozenset('”"., \t\n!?')


def quoted_sentence(text: str, sentences: Sequence[Sentence], idx: int) -> bool:
    """Whether sentence ``idx`` is a quotation with no speaker of its own: it opens with a
    quotation mark and closes it ('"They film themselves with a flag and leave."'), or
    the quotation it opens closes at the end of a later sentence of its paragraph with
    nothing after the mark ('"They film themselves ... leave. That is not control."'),
    not before a speaker ('"... leave. That is not control," he said.': his). Reads a
    few sentences at most."""
    sent = sentences[idx]
    s_text = text[sent.start : sent.end].rstrip()
    if s_text[:1] not in _OPENERS:
        return False
    if s_text[-1:] in '”"':
        return True
    for k in range(idx, min(len(sentences), idx + _QUOTE_SENTENCES)):
        if sentences[k].paragraph != sent.paragraph:
            return False
        if not open_quotation(text, sent.start, sentences[k].end):
            tail = text[sentences[k].start : sentences[k].end].rstrip()
            close = max(tail.rfind("”"), tail.rfind('"'))
            return close >= 0 and set(tail[close:]) <= _CLOSED_END
    return False


def _paragraph_starts(sentences: Sequence[Sentence]) -> dict[int, int]:
    """The index of each paragraph's first sentence, by paragraph."""
    out: dict[int, int] = {}
    for k, s in enumerate(sentences):
        out.setdefault(s.paragraph, k)
    return out
