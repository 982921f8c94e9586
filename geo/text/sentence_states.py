"""A county its own sentence puts in a state: "in Michigan ... in Monroe County".

"Scientists found the virus in wild swans in Michigan, near a game area in Monroe
County. The samples were tested in Ames, Iowa": resolution weighs the text's places
alike, and Ames and Iowa pull the name to Monroe County, Iowa, 780 km from the county
the first sentence speaks of.  A reader takes the county in the state its own sentence
names before it: a county is local, and a sentence that names a state and then a
county of a name many states share means that state's.

:func:`sentence_states` reads such a county as that state's county of the name when:

* the reading is a second-level unit (``admin2``: a US county, a district) of another
  first-level region than the one named;
* its sentence names, before it, a first-level region of the reading's country, read
  as that region (not a city of its name), and no other region of that country ("Warren
  County in the adjacent state of New Jersey", after Pennsylvania, is left be);
* the name states no container of its own ("Monroe County, Iowa" keeps it), nor does
  any of its mentions ("Knox County is a county in Indiana ... the portions of Knox
  County ... became a part of Illinois"), and no hint places it;
* the named region has a unit of the name among the mention's candidates.

The name's other mentions with the same reading, in sentences naming no other region
of the country, follow (a county is one county through a text).  A town is left to
resolution: "flew from Texas to Paris" names no Paris of Texas.
Cost: one pass over the mentions, a bisection per mention for its sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from .sentences import Blocks
from .tokens import Mention

__all__ = ["sentence_states"]

_UNIT = "admin2"
_REGION = "admin1"


def sentence_states(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, object],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each county read in another region than the one its sentence
    names before it moved to that region's county of the name (module docstring).

    ``resolved`` holds one (record or None, score) per mention; ``hints`` maps a
    mention's index to its hint; ``blocks`` splits the text into sentences.
    """
    regions = _named_regions(gaz, mentions, resolved, blocks)
    if not regions:
        return list(resolved)
    out = list(resolved)
    introduced = {m.key for m in mentions if m.containers}  # "Knox County, Indiana"
    moved: dict[tuple[str, int], int] = {}  # (name, old reading) -> new reading
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or gaz.kind(rec) != _UNIT or m.key in introduced or k in hints:
            continue
        country, own = gaz.country_code(rec), gaz.admin1(rec)[0]
        here = [(start, code) for start, cc, code in regions.get(blocks.sentence(m.start), ())
                if cc == country]  # fmt: skip
        named = {code for _, code in here}
        if len(named) != 1 or own in named or not any(start < m.start for start, _ in here):
            continue
        (code,) = named
        for cand in m.candidates:
            r = cand.record
            if gaz.kind(r) == _UNIT and gaz.country_code(r) == country and gaz.admin1(r)[0] == code:
                out[k] = (r, out[k][1])
                moved[m.key, rec] = r
                break
    if not moved:
        return out
    for k, (m, (rec, score)) in enumerate(zip(mentions, out, strict=True)):
        new = moved.get((m.key, rec)) if rec is not None else None
        if new is None or k in hints:
            continue
        country = gaz.country_code(rec)
        others = {
            code for _, cc, code in regions.get(blocks.sentence(m.start), ())
            if cc == country and code != gaz.admin1(new)[0]
        }  # fmt: skip
        if not others:
            out[k] = (new, score)
    return out


def _named_regions(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> dict[int, list[tuple[int, str, str]]]:
    """Per sentence index, the first-level regions read there: (offset, country code,
    region code)."""
    out: dict[int, list[tuple[int, str, str]]] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None and gaz.kind(rec) == _REGION:
            found = (m.start, gaz.country_code(rec), gaz.admin1(rec)[0])
            out.setdefault(blocks.sentence(m.start), []).append(found)
    return out
