"""Claims stage 3b, interceptions: "the missile was intercepted" answers a claim of firing it.

"The Houthis said they had fired a ballistic missile at Ben Gurion Airport. The
Israeli military said the missile was intercepted." The second claim, by another
side, disputes the first: what was fired did not land. :func:`interception` finds
the answering words when

- the answering claim says the projectile was intercepted or shot down, named
  definitely or by where it came from ("the missile was intercepted", "it had been shot
  down", "..., which the military said had been intercepted", "intercepted the drone",
  "shot down both missiles", "a missile launched from Yemen had been intercepted"; not
  "several hostile drones were shot down", which may be others), or that none got
  through ("no drones crossed into Israeli territory", "no missile had landed"), or
  that it came down where it harmed nothing ("the missile fell in an empty field", "two
  missiles ... fell in an open area", "both of which landed in the water": only against
  a claim that it hit something, "hitting a surveillance tower"),
  A headline says it without an auxiliary at its end ("U.S. official says all missiles
  intercepted", "army says both drones shot down").
- the claim before says its speaker fired, launched or attacked with a projectile
  ("fired a ballistic missile at", "claimed a missile attack on", "launched drones
  at"), or that it hit ("the missile had hit its target"); after "all" or "both"
  intercepted, any claim of a hit ("Houthis say they struck U.S. destroyer"), and
- the two name a place in common, or the answer names none.

Read by :func:`~geo.text.claims.answers._answer`; linear in the two claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .gates import folded_holds
from .same_places import _about_the_same_places

__all__ = ["fires", "interception"]


_PROJECTILE = r"(?:missiles?|drones?|rockets?|projectiles?|UAVs?)"
#: A projectile stopped in the air: "the missile was intercepted", "it had been shot
#: down", "intercepted the drone", "shot down both missiles".
_INTERCEPTED = re.compile(
    rf"(?:\b(?:the|that|this|both|all(?:\s+the)?)\s+(?:[\w-]+\s+){{0,2}}?{_PROJECTILE}"
    rf"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?{_PROJECTILE})?|"
    rf"\b(?:a|an|the)\s+(?:[\w-]+\s+)?{_PROJECTILE}\s+(?:launched|fired)\s+from\s+"
    r"(?:the\s+)?[A-Z][\w-]*|"
    r"\b(?:it|they)|\b(?:said|says|say))\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:successfully\s+)?"
    r"(?:intercepted|shot\s+down|downed)\b|"
    rf"\b(?:intercepted|shot\s+down|downed)\s+(?:the|that|this|both|all|its)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_PROJECTILE}\b|"
    # none got through: "no drones crossed into Israeli territory", "no missile had landed"
    rf"\bno\s+(?:[\w-]+\s+)?{_PROJECTILE}\s+(?:had\s+|have\s+|has\s+)?(?:crossed|entered|"
    r"reached|penetrated|landed)\b",
    re.IGNORECASE,
)
#: A headline's interception, no auxiliary, ending the claim: "all missiles intercepted".
_BARE_INTERCEPTED = re.compile(
    rf"\b(?:all|both)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_PROJECTILE}"
    rf"(?:\s+and\s+(?:[\w-]+\s+)?{_PROJECTILE})?\s+(?:intercepted|shot\s+down|downed)"
    r"[\s.!\"”]*$",
    re.IGNORECASE,
)
#: A projectile that came down where it harmed nothing: "the missile fell in an empty
#: field", "two missiles ... fell in an open area", "both of which landed in the water".
_MISSED = re.compile(
    r"\b(?:fell|landed|crashed|came\s+down)\s+(?:harmlessly\s+)?(?:in|into|on)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:open|empty|unpopulated|uninhabited|vacant|deserted)\s+(?:area|field|ground|land|"
    r"space|terrain)s?|water|sea)\b",
    re.IGNORECASE,
)
_NAMED_PROJECTILE = re.compile(rf"\b{_PROJECTILE}\b", re.IGNORECASE)
#: A claim that what was fired hit something (which a harmless fall contradicts; a claim of
#: firing alone it does not: "fired rockets at an army position" stands).
_HIT_SOMETHING = re.compile(
    r"\b(?:hit|hits|hitting|struck|striking|destroyed|destroying|direct\s+hit)\b", re.IGNORECASE
)
#: Every projectile stopped: the claim of a hit is answered whatever it names.
_ALL = re.compile(r"(?:all|both)\b", re.IGNORECASE)
#: A claim of a hit with no projectile named: "Houthis say they struck U.S. destroyer".
_HIT = re.compile(r"\b(?:struck|hit|attacked|targeted)\b", re.IGNORECASE)
#: Words one of which every ``_INTERCEPTED`` match holds (lower case).
_INTERCEPTED_GATE = ("intercepted", "shot", "downed", "crossed", "entered", "reached",
                      "penetrated", "landed", "fell", "crashed", "came")
#: A claim of firing a projectile: "fired a ballistic missile at", "a missile attack on",
#: "launched drones at", "targeted the U.S. destroyer USS Stockdale in the Red Sea with
#: six ballistic missiles".
_FIRED = re.compile(
    rf"\b(?:(?:fired|launched|shot)\s+(?:[\w-]+\s+){{0,3}}?{_PROJECTILE}|"
    rf"{_PROJECTILE}\s+(?:attacks?|strikes?|(?:had\s+|has\s+)?[\"“]?(?:hit|struck)\s+its\s+"
    r"target)|"
    rf"(?:attacked|targeted|struck|hit)\s+(?:[\w.’'-]+\s+){{0,10}}?(?:with|using)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?{_PROJECTILE})\b",
    re.IGNORECASE,
)


def interception(ctx: _Context, d: _Draft, before: _Draft) -> re.Match[str] | None:
    """The words of ``d`` saying the projectile ``before`` claims to have fired was
    intercepted (see the module docstring), or None."""
    text = ctx.text
    if not folded_holds(text, d.start, d.end, _INTERCEPTED_GATE):
        return None
    m = _INTERCEPTED.search(text, d.start, d.end) or _BARE_INTERCEPTED.search(
        text, d.start, d.end
    )
    if m is None and (missed := _MISSED.search(text, d.start, d.end)) is not None:
        m = missed if _NAMED_PROJECTILE.search(text, d.start, missed.start()) else None
        if _HIT_SOMETHING.search(text, before.start, before.end) is None:
            return None  # "fired rockets at an Israeli position": the fall disputes no hit
    if m is None:
        return None
    if _FIRED.search(text, before.start, before.end) is None and not (
        _ALL.match(m.group()) and _HIT.search(text, before.start, before.end)
    ):
        return None
    return m if _about_the_same_places(ctx, d, before) else None


#: Words one of which every ``_FIRED`` match holds (lower case).
_FIRED_GATE = ("missile", "drone", "rocket", "projectile", "uav")


def fires(ctx: _Context, d: _Draft) -> bool:
    """Whether the claim ``d`` says its speaker fired or attacked with a projectile
    ("targeted the destroyer with six ballistic missiles"): a claim an interception
    may answer a few claims later, as a claim of a hit (:func:`.answers._answers`)."""
    text = ctx.text
    return (
        folded_holds(text, d.start, d.end, _FIRED_GATE)
        and _FIRED.search(text, d.start, d.end) is not None
    )
