"""Weapons named like places: "a Neptune-MD missile", "Tornado-S launchers", "Peklo drones".

Missiles, drones and launchers are often named after a god, a bird or a weather word
that is also a town's name somewhere (Neptune, New Jersey; Tornado, West Virginia;
Palianytsia and Peklo in Ukraine; Avangard, Osa, Strela in Russia). Such a name is no
place where the text says it is a weapon: a model mark after it ("Neptune-MD",
"Tornado-S") or a weapon noun ("missile", "drones", "launcher", "multiple rocket
launch system"; vehicles, aircraft and bombs: "Chinook helicopters", "Sherman tanks",
"Molotov cocktails"), after any adjectives ("long-range cruise missile"). Once read so, the
name's later bare mentions in the same text ("the Neptune hit the ship") are the
weapon's too (the caller remembers the name as no place). Names that are never places
("Iskander", "Kinzhal", "Kalibr") are :data:`geo.text.lexicon.NOT_PLACE_NAMES`.
"""

from __future__ import annotations

import re

#: Weapons' names (folded, lower case) that are also some place's name.
WEAPON_NAMES = frozenset(
    """
    neptune tornado flamingo oreshnik liutyi lyutyi bastion tomahawk taurus patriot
    sapsan vilkha bohdana palianytsia peklo hrim sarmat yars bulava avangard poseidon
    burevestnik harpoon gepard hawk tor osa strela igla kornet konkurs metis shmel
    msta pion malka tyulpan orlan zala forpost orion okhotnik akinci leleka magura
    storm shadow scalp
    chinook apache kiowa huey cobra sherman stryker kub archer dana molotov
    """.split()
) | frozenset(("storm shadow", "black hawk"))

_ADJECTIVES = (
    r"(?:long|medium|short)-range|cruise|anti-ship|anti-aircraft|anti-tank|ballistic"
    r"|hypersonic|guided|strike|attack|kamikaze|reconnaissance|surface-to-air|naval|sea"
    r"|ground-launched|air-launched|unmanned|jet-powered|jet|new|modernised|modernized"
    r"|armou?red|fighting|infantry|combat|transport|military|battle|main|petrol"
)
_NOUNS = (
    r"missiles?|rockets?|drones?|UAVs?|launchers?|MLRS|systems?|complex(?:es)?"
    r"|warheads?|interceptors?|howitzers?|batter(?:y|ies)"
    # Vehicles, aircraft and bombs: "Chinook helicopters", "Sherman tanks", "Stryker
    # armored vehicles", "Molotov cocktails", "Krasnopol shells".
    r"|helicopters?|gunships?|tanks?|vehicles?|IFVs?|APCs?|jets?|fighters?|aircraft"
    r"|planes?|cocktails?|bombs?|shells?"
)
#: After the name: an optional model mark ("-MD", "-S", "-2", " M"), then the
#: adjectives and a weapon noun, or the mark alone when it is hyphened.
_AFTER = re.compile(
    rf"(?P<mark>-[A-Z0-9]{{1,4}}\b)?(?:[ \t][0-9][A-Z0-9]{{0,3}}\b)?"  # "Leopard 2 tanks"
    rf"(?:\s+(?:{_ADJECTIVES}))*\s+(?:{_NOUNS})\b"
    rf"|-[A-Z]{{1,3}}[0-9]?\b(?!-)",
)


def weapon_name(text: str, key: str, end: int, memory: set[str] | None = None) -> bool:
    """Whether the name ``key`` (folded) ending at character ``end`` of ``text`` is a
    weapon's: one of :data:`WEAPON_NAMES` with a model mark or a weapon noun right after
    it ("Neptune-MD", "Neptune missiles", "Tornado-S", "a Peklo jet drone"). If so, and
    ``memory`` (the text's set of names that are no place) is given, ``key`` is added to
    it: the text's later bare mentions of the name are the weapon's too."""
    if key not in WEAPON_NAMES or _AFTER.match(text, end) is None:
        return False
    if memory is not None:
        memory.add(key)
    return True
