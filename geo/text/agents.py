"""Names of places that name an agent in news copy: outlets, regimes, capitals that act.

Reporting names an outlet, a channel or a government by a place: "the Kyiv Independent
could not verify", "said on the Rossiya-24 TV channel", "the Kiev regime's forces",
"Bakhmut, the city Moscow captured in May 2023", "as Ankara pressed for the group to
disarm".  None of them is a location the text speaks of: :func:`names_an_agent` tells
them, read by :func:`geo.text.metonymy.names_an_actor` (such toponyms are kept,
``metonymic``, and not drawn as the place).

Rules (each one anchored regular expression next to the name; linear in the text):

1. **An outlet or channel**: the name followed by a channel number or an outlet's head
   word ("Rossiya-24", "Rossiya 1 channel", "Kyiv Independent", "Moscow Times" is read
   by :mod:`geo.text.metonymy` already, "Donetsk News Agency").
2. **A regime**: "the Kiev regime", "the Damascus regime", "the Kyiv junta" (a
   government named by its seat; "Kharkiv authorities" stay the city's own).
3. **The subject of a relative clause of conquest or control**: "the city Moscow
   captured", "the town that Kyiv retook" (the place of a clause's subject is the
   state that acted, the place itself is the clause's head); never a name right after
   "the village" ("the village Robotyne liberated in July": the village's own name).
4. **The subject of a verb of pressure**: "Ankara pressed for", "Washington pushed
   for", "Beijing lobbied" (political pressure, never a location's doing).
5. **The agent of a passive of control**: "the last cities held by Kyiv", "villages
   captured by Moscow" (:func:`by_agent`; a region stated after it, "held by Kyiv in
   the Donetsk region", is the cities', not the agent's).
6. **An event named by its place**: "his Waterloo", "another Vietnam", "Dunkirk
   moments" (:func:`geo.text.figurative.is_figurative`).

Examples
--------
>>> text = "the Kyiv Independent could not verify; said on the Rossiya-24 TV channel"
>>> names_an_agent(text, 4, 8), names_an_agent(text, text.index("Rossiya"), text.index("-24"))
(True, True)
>>> text = "near Bakhmut, the city Moscow captured in May 2023"
>>> names_an_agent(text, text.index("Moscow"), text.index("Moscow") + 6)
True
>>> names_an_agent(text, 5, 12)  # Bakhmut itself is the clause's head: a location
False
>>> text = "Avdiivka captured in February; Kharkiv authorities said"
>>> names_an_agent(text, 0, 8), names_an_agent(text, text.index("Kharkiv"), text.index(" auth"))
(False, False)
"""

from __future__ import annotations

import re

from .figurative import is_figurative

__all__ = [
    "BUILDING_HEADS",
    "OUTLET_APPOSITION",
    "OUTLET_HEADS",
    "by_agent",
    "names_an_agent",
]

#: After the name: an apposition saying it is an outlet ("Saba, the Houthi-run news
#: agency,", "Al-Masirah, the group's TV channel."), closed by a comma or a stop (not
#: "Sumy, the agency said").
OUTLET_APPOSITION = (
    r",[ \t]+(?:the|a|an|its|their)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?i:news[ \t]+agency|agency|broadcaster|newspaper|news[ \t]+outlet|outlet|website|"
    r"(?:TV|television|satellite)[ \t]+(?:channel|station)|channel|daily)(?=[ \t]*[,.;)])"
)
#: The capitalised words after a place that make it an outlet's name, as written: a
#: newspaper's masthead ("the Kyiv Post", "The Moscow Times", "the Kyiv Independent") or
#: a broadcaster's ("Rossiya TV", "Ukraine Online").  All are read by
#: :mod:`geo.text.claims.context` (no place of a claim, no side); here, all but
#: :data:`BUILDING_HEADS`.
OUTLET_HEADS = (
    *("Post", "Independent", "Times", "Tribune", "Herald", "Gazette", "Journal"),
    *("Telegraph", "Chronicle", "Pravda", "Mercury", "Courier", "Sentinel", "Guardian"),
    *("Observer", "Mirror", "Standard", "Express", "Insider"),
    *("Online", "Broadcasting", "Television", "TV"),
)
#: Mastheads that also head the name of a place's building or square ("the Eureka
#: Sentinel Museum", "the Odesa Post Office", "Times Square"): the place word stays a
#: place here (an agent's name is drawn nowhere); a claim's place is kept off them only.
BUILDING_HEADS = frozenset(
    "Post Times Tribune Herald Gazette Journal Chronicle Mercury Courier Sentinel".split()
)
#: After the name: a channel's number ("-24", " 1") and a broadcaster's word, or an
#: outlet's head word, or "News Agency" ("Donetsk News Agency": the agency acts, whatever
#: state it speaks for, geo.text.claims.context), or an outlet's apposition.
_OUTLET_AFTER = re.compile(
    r"(?:[-‐]\d{1,3}\b|\s\d{1,3}\s+(?i:TV|television|radio|channel|broadcaster)\b"
    r"|\s+(?:"
    + "|".join(w for w in OUTLET_HEADS if w not in BUILDING_HEADS)
    + r"|News\s+Agency)\b|"
    + OUTLET_APPOSITION
    + ")"
)
#: After the name: a government named by its seat.
_REGIME_AFTER = re.compile(r"\s+(?:regime|junta)\b", re.IGNORECASE)
#: Before the name: the head of a relative clause whose subject it is.
_CLAUSE_HEAD_BEFORE = re.compile(
    r"(?:\b(?:the|a)\s+(?:city|town|village|settlement|region|territory|area|stronghold|"
    r"hub|port|bridgehead|district|land|lands)|\b(?:which|that))\s+$",
    re.IGNORECASE,
)
#: Before the name: a village's head word, whose name follows it ("the village Robotyne
#: liberated in July", "the settlement Krasnohorivka captured in September"): states and
#: their seats capture cities, towns and lands in such clauses, and news names a village
#: after its head word.
_VILLAGE_BEFORE = re.compile(r"\b(?:the|a)\s+(?:village|settlement|hamlet)\s+$", re.IGNORECASE)
#: After the name: a verb of conquest or control (not a passive: "captured by").
_CONQUEST_AFTER = re.compile(
    r"(?:\s+(?:had|has|have|finally|eventually|later|then|first|only))*"
    r"\s+(?:captured|seized|took|annexed|occupied|retook|recaptured|claimed|liberated|"
    r"controls|controlled|holds|held|stormed|overran|encircled|lost|razed)\b"
    r"(?!\s+by\b)"
)
#: After the name: a verb of political pressure.
_PRESSURE_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|also|again|then|now|publicly|repeatedly|[a-z]+ly))*"
    r"\s+(?:pressed|presses|pressing|pushed\s+for|pushes\s+for|pushing\s+for|lobbied|"
    r"lobbies|lobbying|insisted|insists|brokered|mediated)\b"
)
#: Before the name: a passive of control or conquest whose agent it is ("the last cities
#: held by Kyiv", "the town retaken by Moscow's forces" is the forces', not this rule's).
_BY_AGENT_BEFORE = re.compile(
    r"\b(?:held|controlled|captured|seized|taken|retaken|recaptured|retained|liberated|"
    r"defended|claimed|occupied|annexed|besieged|encircled|surrounded|lost)\s+by\s+$",
    re.IGNORECASE,
)
_LOOK_BEHIND = 40


def by_agent(text: str, s: int) -> bool:
    """Is the name starting at ``s`` the agent of a passive of control or conquest
    ("held by Kyiv in the Donetsk region": the state, not a place of the region)?

    >>> by_agent("the last cities held by Kyiv in the Donetsk region", 24)
    True
    >>> by_agent("the last cities near Kyiv", 21)
    False
    """
    start = max(0, s - _LOOK_BEHIND)
    before = text[start:s]
    head = before.rstrip()  # ``\s`` is what ``str.isspace`` says is a space
    if len(head) == len(before) or head[-2:] not in _BY:
        return False  # every match ends with "by" and spaces: asked first, in C
    return _BY_AGENT_BEFORE.search(text, start, s) is not None


#: "by" as ``_BY_AGENT_BEFORE`` reads it (no other character matches "b" or "y" under
#: ``re.IGNORECASE``).
_BY = frozenset({"by", "By", "bY", "BY"})


def names_an_agent(text: str, s: int, e: int) -> bool:
    """Whether the place name at ``text[s:e]`` names an outlet, a regime or a state
    acting (the module's rules).

    Parameters
    ----------
    text : str
    s, e : int
        Character offsets of the name in ``text``.

    Returns
    -------
    bool
    """
    if _OUTLET_AFTER.match(text, e) or _REGIME_AFTER.match(text, e):
        return True
    if is_figurative(text, s, e):
        return True  # "his Waterloo", "another Vietnam": an event, not a location
    if _PRESSURE_AFTER.match(text, e) or by_agent(text, s):
        return True
    if not _CONQUEST_AFTER.match(text, e):
        return False  # (asked first: one match where the name ends, not two searches)
    before = text[max(0, s - _LOOK_BEHIND) : s]
    if _VILLAGE_BEFORE.search(before):
        return False  # "the village Robotyne liberated in July": the village's own name
    return bool(_CLAUSE_HEAD_BEFORE.search(before))
