"""Recognition, a state legislator's home after the party letter: "Sen. Tom Bakk,
DFL-Cook", "Delegate Harold Michael, D-Hardy", "Rep. Torrey Westrom, R-Elbow Lake".

US state newspapers name a state legislator by party and home town or county, as
national ones name a member of Congress by party and state ("D-Calif.": read by
:func:`geo.text.containers.party_state`).  The name after the hyphen is a place the
reader is meant to locate (the district's seat), whatever it would be read as elsewhere
("Marshall", "Hardy" and "Cook" are surnames too): :func:`party_home` reads it whole
(up to three capitalised words closed by punctuation), its candidates kept in the
United States where it has any.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .candidates import MAX_CANDIDATES
from .containers import party_prefix_at
from .tokens import Mention, Token

__all__ = ["PARTY_PREFIXES", "party_home"]

#: Party letters and abbreviations before a legislator's state or home: Democrat,
#: Republican, independent, and Minnesota's Democratic-Farmer-Labor party.
PARTY_PREFIXES = frozenset({"D", "R", "I", "DFL"})
#: What may close the home's name: punctuation, the end of the text.
_ENDS = frozenset({",", ")", ";", ".", ":", ""})
_MAX_WORDS = 3
_MAX_COUNTIES = 12  # "Putnam County": nine states have one


def party_home(text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer) -> Mention | None:
    """The place after a party prefix (:data:`PARTY_PREFIXES`) at ``tokens[i]``, which
    follows a comma or an opening bracket and is joined to the name by a hyphen ("Tom
    Bakk, DFL-Cook,"); None when no gazetteer name is there.

    The name is the longest run of up to three capitalised words, joined by spaces, that
    punctuation (or a space and a lower-case word) closes and the gazetteer holds; a
    postal code in capitals ("R-FL") is no home.  The mention's candidates are the US
    places and counties of the name (none: no home).
    """
    if not party_prefix_at(text, tokens, i, PARTY_PREFIXES):
        return None
    j = i + 1
    run = j
    while (
        run + 1 < len(tokens)
        and run + 1 - j < _MAX_WORDS
        and text[tokens[run].end : tokens[run + 1].start] == " "
        and tokens[run + 1].capitalized
    ):
        run += 1
    for last in range(run, j - 1, -1):
        words = tokens[j : last + 1]
        if not all(w.capitalized and not w.text.isupper() for w in words):
            continue
        if not _closed(text, tokens, last):
            continue
        key = " ".join(w.norm for w in words)
        towns = [c for c in gaz.lookup_normalized(key) if gaz.country_code(c.record) == "US"]
        counties = []
        if not key.endswith(" county"):
            # "D-Hardy", "D-Braxton": a county too (West Virginia's delegates are named by
            # county), which the text's state tells from the towns.
            counties = [
                c
                for c in gaz.lookup_normalized(f"{key} county")[:_MAX_COUNTIES]
                if gaz.country_code(c.record) == "US"
            ]
        if not towns and not counties:
            continue
        # A state legislator's home lies in the state the text names: there, a town of the
        # name ("R-Marshall", Minnesota), else the county ("D-Hardy", West Virginia).
        states = _stated_states(text, gaz, [c.record for c in towns + counties])
        if states:
            towns = [c for c in towns if gaz.admin1(c.record)[0] in states] or towns
            counties = [c for c in counties if gaz.admin1(c.record)[0] in states] or counties
            stated = [c for c in towns if gaz.admin1(c.record)[0] in states]
            exact = [c for c in stated if c.quality == 0]  # not "Berkeley Springs"
            candidates = exact or counties or stated or towns
        else:
            candidates = towns[: MAX_CANDIDATES - len(counties)] + counties
        return Mention(
            tokens[j].start,
            tokens[last].end,
            key,
            j,
            last,
            "in",
            candidates=candidates[:MAX_CANDIDATES],
        )
    return None


def _stated_states(text: str, gaz: Gazetteer, records: Sequence[int]) -> set[str]:
    """The admin-1 codes, among the US states of ``records``, of the state the text spells
    out most often ("West Virginia" twice, "California" once: West Virginia's); all the
    most named on a tie, none when the text names none."""
    names = dict(gaz.admin1(r) for r in records)
    counts = {code: _times_named(text, name) for code, name in names.items() if name}
    most = max(counts.values(), default=0)
    return {code for code, n in counts.items() if n == most} if most else set()


@functools.lru_cache(maxsize=16)
def _times_named(text: str, name: str) -> int:
    """How often ``text`` spells out the state ``name``: each state is counted once a
    text, so the cost stays linear in its length however many legislators it names."""
    return _word_count(text, name)


def _word_count(text: str, name: str) -> int:
    """``len(re.findall(rf"\\b{re.escape(name)}\\b", text))``, by ``str.find`` (a pattern
    opening with ``\\b`` is tried at every character): the occurrences of ``name`` with a
    word boundary at both ends (a word character, ``str.isalnum`` or "_", on one side
    only), none overlapping the one before."""
    if not name:
        return len(re.findall(r"\b\b", text))  # (no state's name is empty)
    count, at, size = 0, text.find(name), len(name)
    while at >= 0:
        end = at + size
        if _word_at(text, at - 1) != _word_at(text, at) and (
            _word_at(text, end - 1) != _word_at(text, end)
        ):
            count += 1
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return count


def _word_at(text: str, k: int) -> bool:
    """Is ``text[k]`` a word character, as ``re`` reads ``\\w`` (False out of range)?"""
    if k < 0 or k >= len(text):
        return False
    c = text[k]
    return c.isalnum() or c == "_"


def _closed(text: str, tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ends after ``tokens[last]``: punctuation, the text's end, or a
    space and a word in lower case or none ("R-Marshall – joined by ...")."""
    end = tokens[last].end
    if text[end : end + 1] in _ENDS:
        return True
    if text[end : end + 1] != " ":
        return False
    return last + 1 >= len(tokens) or not tokens[last + 1].capitalized
