"""A town named with its former name beside it: "Pokrov, the town formerly called
Ordzhonikidze", "Kamenskoye, formerly Dneprodzerzhinsk", "Dneprodzerzhinsk (now
Kamianske)".

Copy that writes a renamed town's current name often gives its old one in apposition,
and the old name is ambiguous in its own right (six places were once Ordzhonikidze,
from Vladikavkaz to Yenakiieve): read alone it is left unresolved or read as a
namesake.  The words between the two names say they are one place, so
:func:`former_names` reads the pair after resolution: when one of the two is read as a
populated place that the gazetteer knows under the other's name too (an alternate
name), the other is read as that place.  A pair the gazetteer does not join is left as
read (the words may be wrong, or the gazetteer lacks the old name).

The joining words, between a name and the next toponym: a comma or an opening bracket,
an optional "the town"/"the city"/"the village", then "formerly", "previously", "once",
"until 2016", "now" or "renamed", then optionally "called", "named", "known as"; or
the press's other name of a Ukrainian place: "Dzerzhinsk, which Ukraine calls Toretsk"
(the country passed over), "known in Ukraine as", "(the Soviet name of New York)"; or a
bare bracket, "Novgorodskoye (New York)", which the gazetteer's join alone decides.  A
naming clause may follow an apposition of the name it speaks of ("Kotovsk, the town in the
Odessa region named after Grigory Kotovsky, which Ukraine renamed Podilsk"): the
apposition's head, in the same sentence, is joined then (:func:`_antecedents`).

Cost: one pass over the toponyms, a lookup of a name per pair so joined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..model import Toponym

__all__ = ["former_names", "renamed_follows"]

_GAP = re.compile(
    r"[ \t]*(?:,|\()[ \t]*(?:(?:the|a)[ \t]+(?:town|city|village|settlement|port)[ \t]+)?"
    r"(?:(?:which|that)[ \t]+was[ \t]+)?"
    r"(?:formerly|previously|once|now|renamed|until[ \t]+(?:19|20)\d\d|before[ \t]+(?:19|20)\d\d)"
    r"(?:[ \t]+(?:called|named|known[ \t]+as))?[ \t]+"
    # "Dzerzhinsk, which Ukraine calls Toretsk", "Novgorodskoye, known in Ukraine as New
    # York", "Novgorodskoye (the Soviet name of New York)": the other side's name.
    r"|[ \t]*(?:,|\()[ \t]*(?:"
    # "which the Ukrainian authorities renamed Zlatopil", "which they call Kropyvnytskyi"
    r"(?:which|that)[ \t]+(?:Ukraine|Ukrainians|Kyiv|Kiev|Russia|Russians|Moscow|they|"
    r"(?:the[ \t]+)?(?:Ukrainian|Russian)[ \t]+(?:authorities|officials|government))"
    r"[ \t]+(?:(?:has|have|had)[ \t]+(?:since[ \t]+)?)?(?:calls?|called|names?|named|"
    r"renamed|renames?)"
    r"|(?:known|called)[ \t]+(?:(?:in|by|to)[ \t]+(?:Ukraine|Ukrainians|Russia|Russians)[ \t]+)?as"
    r"|(?:the[ \t]+)?(?:Soviet|Soviet-era|old|former|Russian|Ukrainian|current|new)[ \t]+"
    r"name[ \t]+(?:of|for)"
    r")[ \t]+",
    re.IGNORECASE,
)
#: A bare bracket, "Novgorodskoye (New York)": one place named twice when the gazetteer
#: joins the names (the pair closes with ")").
_BRACKET = re.compile(r"[ \t]*\([ \t]*")
#: The joining words are short: a longer gap is no apposition.
_MAX_GAP = 50
_SKIP_CUES = frozenset({"water", "physical"})
#: The joining words that say the next name is the same place's other name (not "now",
#: "once": "Kupiansk, once Ukraine's ..." names no other name).
_NAMING = re.compile(r"(?i)call|name|formerly|known")
#: A naming clause right before a name, after a comma: ", which Ukraine renamed ".
_CLAUSE = re.compile(
    r",[ \t]*(?:which|that)[ \t]+(?:Ukraine|Kyiv|Kiev|Russia|Moscow|they|(?:the[ \t]+)?"
    r"(?:Ukrainian|Russian)[ \t]+(?:authorities|officials|government))[ \t]+"
    r"(?:(?:has|have|had)[ \t]+(?:since[ \t]+)?)?(?:calls|called|renamed)[ \t]+$"
)
#: How many places before such a clause may be what it speaks of, and how far back
#: (characters) their apposition reaches.
_LOOK_BACK = 2
_APPOSITION_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?;][\s\"'’”]")


def renamed_follows(text: str, end: int) -> bool:
    """Does the name ending at ``end`` stand before its other name, a capitalised word
    after words that say so ("Pervomaisky, which the Ukrainian authorities renamed
    Zlatopil", "Kirovograd, which they call Kropyvnytskyi")?  A cue for a name with none
    before it (:func:`geo.text.spellings`).

    >>> renamed_follows("Pervomaisky, which Ukraine renamed Zlatopil in 2024", 11)
    True
    >>> renamed_follows("Kupiansk, once Ukraine's rail hub", 8)
    False
    """
    m = _GAP.match(text, end)
    return (
        m is not None
        and m.end() - end <= _MAX_GAP
        and _NAMING.search(m.group()) is not None
        and text[m.end() : m.end() + 1].isupper()
    )


def former_names(text: str, gaz: Gazetteer, toponyms: Sequence[Toponym]) -> tuple[Toponym, ...]:
    """``toponyms`` with a name in apposition to its town's other name ("Pokrov, the town
    formerly called Ordzhonikidze") read as that town (module docstring); order kept."""
    out = list(toponyms)
    for k in range(1, len(out)):
        second = out[k]
        # "Dzerzhinsk, which Ukraine calls Toretsk": the country inside the words is
        # passed over.
        j = k - 2 if k > 1 and _country(out[k - 1]) else k - 1
        first = out[j]
        gap = text[first.end : second.start]
        if second.cue in _SKIP_CUES:
            continue
        if len(gap) > _MAX_GAP or not (
            _GAP.fullmatch(gap)
            or (j == k - 1 and _BRACKET.fullmatch(gap) and text[second.end : second.end + 1] == ")")
        ):
            for i in _antecedents(text, out, k):  # "Kotovsk, the town ..., which ... renamed"
                if out[i].cue not in _SKIP_CUES and _join(gaz, out, i, k):
                    break
            continue
        if first.cue not in _SKIP_CUES:
            _join(gaz, out, j, k)
    return tuple(out)


def _antecedents(text: str, out: Sequence[Toponym], k: int) -> list[int]:
    """The toponyms before toponym ``k`` that a naming clause right before it may speak of
    across an apposition ("Kotovsk, the town in the Odessa region named after ..., which
    Ukraine renamed Podilsk"): those in its sentence within :data:`_APPOSITION_CHARS`
    before the clause, followed by a comma, nearest first (at most :data:`_LOOK_BACK`);
    none without such a clause."""
    start = out[k].start
    clause = _CLAUSE.search(text, max(0, start - _MAX_GAP), start)
    if clause is None:
        return []
    found: list[int] = []
    for i in range(k - 1, -1, -1):
        between = text[out[i].end : clause.start()]
        if out[i].end > clause.start():
            continue  # the country inside the words ("which Ukraine renamed")
        if len(between) > _APPOSITION_CHARS or _SENTENCE_END.search(between):
            break
        if between.startswith(","):
            found.append(i)
        if len(found) == _LOOK_BACK:
            break
    return found


def _join(gaz: Gazetteer, out: list[Toponym], j: int, k: int) -> bool:
    """Read toponyms ``j`` and ``k`` as one place when one is read as a populated place the
    gazetteer knows under the other's name too (module docstring); True when they are
    (or were already) one place."""
    first, second = out[j], out[k]
    for read, other, at in ((first, second, k), (second, first, j)):
        place = read.place
        if place is None or place.kind != "place" or read.estimated or not place.geonameid:
            continue
        if other.place is not None and other.place.geonameid == place.geonameid:
            return True  # one place already
        if other.place is not None and other.place.kind != "place":
            continue  # "Mexico (Mexico City)": a country or region keeps its reading
        if any(gaz.geonameid(c.record) == place.geonameid for c in gaz.lookup(other.text)):
            out[at] = replace(other, place=place, estimated=False, uncertainty=None)
            return True
    return False


def _country(t: Toponym) -> bool:
    """Is the toponym read as a country ("which Ukraine calls")?"""
    return t.place is not None and t.place.kind == "country"
