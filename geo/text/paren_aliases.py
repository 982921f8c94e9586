"""A name followed by its other spelling in brackets: "n.p. Ilyinovka (Illinivka)".

Military bloggers in translation, and wire copy quoting them, give a village by its
Russian name with the Ukrainian one in brackets ("the settlement of Krasnoye
(Krasne)", "Udachnoye (Udachne)"): one place, named twice.  The gazetteer may lack the
first spelling (then the name is no mention at all) or hold it for a namesake far off
(a Krasnoye of Lipetsk Oblast).  :func:`paren_aliases` reads such a pair after
resolution: the bracketed name, read as a populated place, places the name before it
when the two are spelt alike (difflib's ratio of the first name to the closest of the
place's names at least :data:`MIN_ALIKE`: "Ilyinovka" and
Illinivka's "Il'inovka" are; "Saldo (Kherson)" or "Artemovsk (Bakhmut)" are not, and
a renamed town's old name is an alternate name the gazetteer has anyway).  A bracketed
region or country ("Pokrovsk (Donetsk Oblast)") is a container, not a second name.

Cost: one pass over the toponyms, each looking back a bounded stretch of text.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.normalize import normalize
from ..model import Place, Toponym
from . import lexicon as lx

__all__ = ["MIN_ALIKE", "paren_aliases"]

#: The first name is the bracketed place's other spelling when this alike (difflib).
MIN_ALIKE = 0.7
#: A name of up to four capitalised words, hyphens inside, right before " (".
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,3})$")
_LOOK_BACK = 60
_NOT_NAMES = lx.NEVER_PLACES | lx.NOT_PLACE_NAMES | lx.GIVEN_NAMES | lx.PERSON_TITLES


def paren_aliases(text: str, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with each name before a bracketed place it is another spelling of
    placed there (added when it was no toponym, moved when it was read elsewhere), in
    text order (module docstring)."""
    out = list(toponyms)
    starts = [t.start for t in out]
    added: list[Toponym] = []
    for y in toponyms:
        if y.place is None or y.place.kind != "place" or y.estimated or not y.place.geonameid:
            continue
        if text[y.start - 2 : y.start] != " (" or text[y.end : y.end + 1] != ")":
            continue
        found = _NAME_BEFORE.search(text, max(0, y.start - 2 - _LOOK_BACK), y.start - 2)
        if found is None:
            continue
        name = found.group(1)
        if name.split()[0].lower() in _NOT_NAMES or name.lower() in _NOT_NAMES:
            continue
        if _alike(normalize(name), y.place) < MIN_ALIKE:
            continue
        xs, xe = found.start(1), found.end(1)
        k = bisect_left(starts, xs)
        at = k - 1 if k and out[k - 1].end > xs else k if k < len(out) and out[k].start < xe else -1
        if at < 0:
            added.append(Toponym(xs, xe, name, y.place, y.score, "alias"))
            continue
        same = out[at]
        if (same.start, same.end) != (xs, xe) or same.cue in ("water", "physical"):
            continue
        if same.place is None or same.place.geonameid != y.place.geonameid:
            out[at] = replace(same, place=y.place, estimated=False, uncertainty=None)
    if added:
        out.extend(added)
        out.sort(key=lambda t: (t.start, t.end))
    return tuple(out)


def _alike(key: str, place: Place) -> float:
    """difflib's ratio of a normalised name to the closest of the place's names."""
    best = 0.0
    for other in (place.name, *place.alternatives):
        matcher = difflib.SequenceMatcher(None, key, normalize(other), autojunk=False)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best
