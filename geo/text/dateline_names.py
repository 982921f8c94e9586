"""A wire dateline's place in capitals, read whole: "DEIR AL-BALAH, Gaza Strip (AP) —".

The dateline opens the text, or its body after a headline (and a byline).

Recognition reads a word in capitals only when a name the gazetteer has starts with it,
and a dateline's compound ("DEIR AL-BALAH", "KAMIANETS-PODILSKYI", "NOVA KAKHOVKA")
may be known only in another spelling ("Dayr al Balah") or not start with a name at
all: its last word alone was read ("BALAH": Bal'a, a village of the West Bank).
:func:`whole_dateline` reads the dateline's whole place as one name (exactly, else in
another romanisation, "RAS AL-AIN" as Ra’s al ‘Ayn, else by its spelling) and puts it in
the place of the mentions inside it; a name it has no reading of whole, where a part
after its head word was read ("AIN ISSA, Syria (Reuters) -": "ISSA", a village of
Russia), is one name the gazetteer lacks in that part's place (warned, or estimated in
the dateline's container), never the part.

Cost: one anchored match at the text's start (or its body's); a look-up of one name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .candidates import MAX_CANDIDATES
from .datelines import dateline_lead
from .list_siblings import renumber_siblings
from .tokens import Mention, tokenize
from .variants import variant_candidates

__all__ = ["whole_dateline"]

#: The capitals before a dateline's first comma or bracket.
_CAPS_HEAD = re.compile(r"\s*([A-Z][A-Z'’.\- ]*[A-Z.])(?=,|\s*\()")
_WORD_GAP = re.compile(r"[ -]+")


def whole_dateline(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a dateline's place of two or more words in capitals read as
    one name (marked :attr:`Mention.dateline`) in place of the mentions inside it.

    Unchanged when the text opens with no such dateline, when a mention spans the
    place already, or when the gazetteer has no place or region of the name (nor one
    spelt like it) and no part of it after its head word was read; with such a
    part read ("ISSA"), the whole is one :attr:`Mention.unknown` name instead.  List
    siblings are re-indexed.
    """
    head = _CAPS_HEAD.match(text)
    if head is not None:
        start = dateline_lead(text) or head.start(1)
    else:  # after a headline: "Strikes kill 12\n\nDEIR AL-BALAH, Gaza Strip (AP) —"
        from .wire_dateline import dateline_span

        opens = dateline_span(text)[0]
        head = _CAPS_HEAD.match(text, opens) if opens else None
        if head is None:
            return list(mentions)
        start = head.start(1)
    end = head.end(1)
    surface = text[start:end]
    if len(_WORD_GAP.split(surface.strip(" -"))) < 2 or end - start > 60:
        return list(mentions)
    if any(m.start == start and m.end == end for m in mentions):
        return list(mentions)
    from .wire_dateline import dateline_end

    if not dateline_end(text):
        return list(mentions)
    key = normalize(surface)
    fuzzy = False
    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if not candidates:  # "RAS AL-AIN": Ra’s al ‘Ayn, in another romanisation's words
        candidates = variant_candidates(gaz, key)[:MAX_CANDIDATES]
    if not candidates:
        candidates, fuzzy = gaz.lookup_fuzzy(key)[:MAX_CANDIDATES], True
    candidates = [c for c in candidates if gaz.kind(c.record) in ("place", "admin1", "admin2")]
    inside = [k for k, m in enumerate(mentions) if m.start < end and m.end > start]
    if not candidates and (not inside or any(mentions[k].start <= start for k in inside)):
        return list(mentions)  # nothing read, or its head ("RAPPERSWIL-JONA": hyphen pairs)
    tokens = [t for t in tokenize(text[:end]) if t.start >= start]
    if not tokens:
        return list(mentions)
    first = len(tokenize(text[:start])) if start else 0
    # A name the gazetteer lacks whole is no place of its part ("AIN ISSA, Syria": not
    # "ISSA"): one unknown name, in the containers its part was read in (the dateline's).
    containers = tuple(c for k in inside for c in mentions[k].containers)
    whole = Mention(
        start,
        end,
        key,
        first,
        first + len(tokens) - 1,
        containers=() if candidates else tuple(dict.fromkeys(containers)),
        candidates=candidates,
        fuzzy=fuzzy,
        unknown=not candidates,
        dateline=True,
    )
    out: list[Mention] = []
    index: dict[int, int] = {}
    placed = False
    for k, m in enumerate(mentions):
        if k in inside:
            continue
        if not placed and m.start >= end:
            out.append(whole)
            placed = True
        index[k] = len(out)
        m.dateline = False
        out.append(m)
    if not placed:
        out.append(whole)
    renumber_siblings(out, index)
    return out
