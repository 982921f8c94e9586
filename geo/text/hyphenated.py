"""A place name hyphenated across a line break, read whole: "Druzh-\\nkivka".

Text extracted from a PDF (a humanitarian update, a report in columns) keeps the
typesetter's hyphens: a name split at a line's end ("Kostiantyniv-\\nka",
"Slo-\\nviansk") is two words to recognition, neither a name. :func:`hyphenated_names`
joins a capitalised word (of any script: "Маріу-\\nполь") ending a line in a hyphen (a
web page's soft hyphen there is one in the reading copy, :mod:`.composed`) or an OCR's
not-sign ("Bakh¬\\nmut") with the lower-case word opening the next, and where the
gazetteer knows the joined name (or it with the capitalised word before it: "Velykyi
Bur-\\nluk") reads the whole span as one mention, in place of any mention inside it. A
hyphenated name whose second part is capitalised ("Kupiansk-\\nVuzlovyi") is left to
recognition, and so is a joined word that is an everyday English word.

Cost: one scan for a hyphen at a line's end (most texts have none); for each, a look-up
of one or two names; the text tokenized once when one is found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .candidates import MAX_CANDIDATES
from .list_siblings import renumber_siblings
from .region_after import region_word
from .tokens import Mention, Token, tokenize

__all__ = ["hyphenated_names"]

#: A capitalised word ending a line in a hyphen, then the rest of it on the next line
#: ("Druzh-\nkivka", "Kupiansk-\nVuzlovyi"), or, where the text's lines were joined, after
#: a space ("Kostiantyniv- ka").
#: The word's first letter is checked to be a capital (:func:`_reading`), in any script.
_BROKEN = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’]*)[-\u00ac](?:[ \t]*\r?\n[ \t]*|[ ](?=[a-z]))"
    r"([^\W\d_][\w'’]*)(?![\w-])"
)
_LINE_END_HYPHEN = re.compile(r"[-\u00ac][ \t]*\r?\n")
#: A capitalised word right before the broken one ("Velykyi Bur-\nluk") ...
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*) $")
#: ... or right after it ("Kry-\nvyi Rih").
_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’]*)(?![\w-])")
#: A joined word this common in English is that word ("How-\never").
_COMMON_RANK = 20_000
_KINDS = frozenset({"place", "admin1", "admin2"})


def hyphenated_names(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with each known name hyphenated across a line break read as one
    mention in place of the mentions inside its span.  List siblings are re-indexed.

    >>> from geo.gazetteer.lookups import Candidate
    >>> class Gaz:
    ...     def lookup_normalized(self, key):
    ...         return [Candidate(7, 9)] if key == "druzhkivka" else []
    ...     def kind(self, record): return "place"
    ...     def common_rank(self, word): return None
    >>> [(m.key, m.start, m.end) for m in hyphenated_names("in Druzh-\\nkivka.", Gaz(), [])]
    [('druzhkivka', 3, 15)]
    """
    if "- " not in text and not _LINE_END_HYPHEN.search(text):
        return list(mentions)
    found: list[tuple[int, int, str, list]] = []
    for match in _BROKEN.finditer(text):
        reading = _reading(text, gaz, match)
        if reading is not None:
            found.append(reading)
    if not found:
        return list(mentions)
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    whole = [
        Mention(s, e, key, bisect.bisect_left(starts, s), bisect.bisect_left(starts, e) - 1,
                cue=_region_cue(text, tokens, bisect.bisect_left(starts, e), e),
                candidates=candidates)
        for s, e, key, candidates in found
    ]  # fmt: skip
    spans = [w.start for w in whole]
    drop = set()
    for k, m in enumerate(mentions):
        j = bisect.bisect_right(spans, m.start) - 1
        if any(0 <= i < len(whole) and m.start < whole[i].end and m.end > whole[i].start
               for i in (j, j + 1)):  # fmt: skip
            drop.add(k)  # inside the joined name
    kept = [(k, m) for k, m in enumerate(mentions) if k not in drop]
    out = sorted([m for _, m in kept] + whole, key=lambda m: m.start)
    position = {id(m): i for i, m in enumerate(out)}
    renumber_siblings(out, {k: position[id(m)] for k, m in kept})
    return out


def _reading(text: str, gaz: Gazetteer, match: re.Match) -> tuple[int, int, str, list] | None:
    """The span, key and candidates of the name a broken word is part of, or None: a
    second part in capitals joins by its hyphen ("Kupiansk-Vuzlovyi"); one in lower case
    joins with the capitalised word before or after it when the gazetteer has that longer
    name, else alone (not an everyday word: "How-\never")."""
    head, tail = match.group(1), match.group(2)
    start, end = match.span()
    if not head[0].isupper():
        return None
    if tail[0].isupper():
        reading = _known(gaz, f"{head}-{tail}")
        return None if reading is None else (start, end, *reading)
    joined = head + tail
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    # The longest first: "Velykyi Bur-\nluk", "Kry-\nvyi Rih", then the word alone.
    forms = dict.fromkeys(((before, after), (before, None), (None, after), (None, None)))
    for b, a in forms:
        if (b and not b.group(1)[0].isupper()) or (a and not a.group(1)[0].isupper()):
            continue
        name = " ".join([*([b.group(1)] if b else []), joined, *([a.group(1)] if a else [])])
        if b is None and a is None:
            rank = gaz.common_rank(joined.lower())
            if rank is not None and rank < _COMMON_RANK:
                return None
        reading = _known(gaz, name)
        if reading is not None:
            return (b.start(1) if b else start, a.end(1) if a else end, *reading)
    return None


def _region_cue(text: str, tokens: Sequence[Token], nxt: int, end: int) -> str:
    """``"region"`` when a region's word follows the joined name ("Zapo-\\nrizhzhia
    region"), as recognition cues an unbroken name; else ``""``."""
    if nxt < len(tokens) and text[end : tokens[nxt].start] == " ":
        return "region" if region_word(text, tokens[nxt]) else ""
    return ""


def _known(gaz: Gazetteer, name: str) -> tuple[str, list] | None:
    """The normalised name and its candidates of a place's kind, if the gazetteer has it."""
    key = normalize(name)
    candidates = [
        c for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES] if gaz.kind(c.record) in _KINDS
    ]
    return (key, candidates) if candidates else None
