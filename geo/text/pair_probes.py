"""Recognition's two-word probes, asked of the gazetteer in one search.

:func:`geo.text.recognition.find_mentions` reads the longest gazetteer name that starts
at each capitalised word: where the word opens a longer name ("New", "Nizhny", "Saint")
it probes the word and the next one as one key ("new york"), and so on.  Each such
probe that the gazetteer's memo lacks is a search of its own (a hash and two binary
searches); :func:`probe_pairs` makes those of the whole text first, in one vectorised
search (:meth:`~geo.gazetteer.index.Gazetteer.probe_many`), and the scan then finds
them in the memo.  The answers are the same: only the number of searches changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import _NORMS, _norm, _Tokens

__all__ = ["probe_pairs"]

#: What stands between two words of one name in most texts: a space or a hyphen (the
#: scan reads other gaps too, and probes those pairs one by one).
_PAIR_GAPS = frozenset({" ", "-"})


def probe_pairs(
    text: str, tokens: _Tokens, capitalized: Sequence[int], norms: Sequence[str], gaz: Gazetteer
) -> None:
    """Probe, in one search, the two-word keys the longest-name scan will ask for: each
    capitalised word (``capitalized``, token indexes; ``norms``, their normalised
    words, already probed) that opens a longer name, with the capitalised word right
    after it (a space or a hyphen between, no possessive).  Returns nothing: it fills
    the gazetteer's probe memo (:meth:`~geo.gazetteer.index.Gazetteer.probe_normalized`).
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    probe, known = gaz.probe_normalized, _NORMS.get
    last = len(words) - 1
    pairs = []
    for i, norm in zip(capitalized, norms, strict=True):
        if i < last and probe(norm)[1]:
            word = words[i + 1]
            if word[0].isupper() and text[ends[i] : starts[i + 1]] in _PAIR_GAPS:
                pairs.append(norm + " " + (known(word) or _norm(word)))
    if pairs:
        gaz.probe_many(pairs)
