"""Claims stage 3d, a denial about something no earlier claim says.

"Syria's foreign ministry condemned the strikes. Jordan denied that Israeli aircraft had
used its airspace": the denial states a content of its own ("that Israeli aircraft had
used its airspace") sharing no word of substance and no place with the claim it would
answer, so it answers nothing; it is the denier's own claim, status ``denied`` (likewise
"Armenia's prime minister said it was ethnic cleansing. Russia's foreign ministry denied
that its peacekeepers had failed to protect civilians"; "A U.N. official said the wreckage
appears consistent with a drone. Rwanda has denied supporting the rebels": a gerund).

A denial that refers back ("denied the claim", "rejected it") or names what it answers
by its words ("denied that its forces had struck residential buildings" after "a glide
bomb hit an apartment block": the same kinds of event and thing,
:func:`~geo.text.claims.targets._content_words`) keeps answering it. Linear: one match
in the denial's clause.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .same_places import _place_keys, _span_place_keys
from .targets import _content_words, accuses

__all__ = ["denies_other_target", "denies_other_thing"]

#: What a denial states: "that Israeli aircraft had used its airspace", "reports that
#: Chinese-made missiles had been used", "supporting the rebels"; up to the clause's end.
_STATED = re.compile(
    r"\s+(?:(?:(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?)\s+)?that\s+|"
    r"(?=(?:having\s+)?[a-z]+ing\s))(?P<what>[^.;:,—–]+)",  # or a gerund: "supporting the rebels"
    re.IGNORECASE,
)
#: Word stems read as an event class besides those of ``_content_words``: a withdrawal
#: is the other face of a capture ("denied that its troops had withdrawn from the town"
#: answers "its forces had captured Kurakhove"), forces are troops.
_ALIASES = {
    "force": "troops", "withd": "capture", "left": "capture", "retre": "capture",
    "falle": "capture", "fell": "capture", "lost": "capture", "pulle": "capture",
    "losse": "kill", "casua": "kill",
}  # fmt: skip
#: A claim of killing fighters: "had killed 60 fighters", "killed dozens of militants"
#: (a denial of the denier's own losses is its other face).
_KILLED_FIGHTERS = re.compile(
    r"\b(?:killed|killing|eliminated|neutrali[sz]ed)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:fighters|militants|terrorists|jihadists|insurgents|rebels|soldiers|troops|gunmen)\b",
    re.IGNORECASE,
)
#: A denier's own ground ("its territory", "their airspace"): a denial of it answers a
#: claim naming the denier's country as the route ("crossed from Algeria").
_GROUND = re.compile(r"\b(?:its|their|our)\s+(?:territory|airspace|soil)\b", re.IGNORECASE)
#: Characters before a denial's verb read for the denier's country.
_SUBJECT_REACH = 120
#: The denier's own forces in what it denies: "that its soldiers had fled", "that their
#: forces had shelled civilians".
_OWN_FORCES = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|soldiers|units|servicemen|fighters)\b",
    re.IGNORECASE,
)
#: Taking part, which is no capture: "had taken part in the fighting".
_TAKE_PART = re.compile(r"\b(?:take|takes|taking|took|taken)\s+part\b", re.IGNORECASE)
#: A content opening with the people of the claim before: "either man", "both men", "none
#: of them", "the two", "the men", "those killed".
_POINTS_BACK = re.compile(
    r"(?:(?:either|neither|both|none|any|each)\s+(?:of\s+(?:them|those|these|the)\b|"
    r"(?:man|men|woman|women|person|people|one|soldier|soldiers|victims?)\b)|"
    r"the\s+(?:two|three|four|men|women|victims|dead)\b|those\s+(?:killed|detained|arrested)\b)",
    re.IGNORECASE,
)
#: A group's name spelt with a number: "M23", "M-23" (no word of ``_content_words``).
_CODED_NAME = re.compile(r"\b[A-Z]{1,4}-?\d{1,3}\b")
#: Words of a content too thin to tell what it is about: "it", "this", auxiliaries.
_THIN = frozenset("this what they them would could should been have were".split())


def denies_other_thing(
    ctx: _Context, about: _Draft, status: str, end: int, denier: _Attribution | None = None
) -> bool:
    """Whether the denial whose verb ends at ``end`` states a content ("denied that ...",
    "denied reports that ...") of at least two words of substance, none of them and none
    of its places shared with the claim ``about`` it would answer.

    The denier's own forces ("Burundi denied that its soldiers had fled", "Ethiopia
    denied that its soldiers had taken part in the fighting") are not the troops of a
    claim that does not name the denier as the one who acted ("Congo's army said the
    troops had withdrawn to Makobola"; :func:`~.targets.accuses`), nor is what they did
    the claim's act: only a capture, the other face of a withdrawal, is shared, and a
    killing of fighters, the other face of the denier's losses ("JNIM denied that its
    fighters had suffered losses" after "the army said it had killed 60 fighters")."""
    if status != "denied":
        return False
    m = _STATED.match(ctx.text, end)
    if m is None:
        return False
    a, b = m.span("what")
    own = denier is not None and _OWN_FORCES.search(ctx.text, a, b)
    if _POINTS_BACK.match(ctx.text, a) or (
        denier is not None and not own and accuses(ctx, about, denier)
    ):
        # "Hezbollah denied that either man was a member" after "the men killed ... were
        # Hezbollah operatives": the claim's people again, or a claim naming the denier
        # (of its own forces, below: what they did must be the claim's act)
        return False
    if _GROUND.search(ctx.text, a, b) and _countries(
        ctx, max(about.end, end - _SUBJECT_REACH), end
    ) & _countries(ctx, about.start, about.end):
        return False  # "Algeria ... denied that its territory had been used": the route named
    countries = _country_words(ctx, a, b)  # "that its soldiers were in Ukraine"
    words = _words(ctx, a, b) - _THIN - countries
    # a country is substance, but too broad to share ("Ukraine's military said ...")
    shared = words & _words(ctx, about.start, about.end)
    if own and not accuses(ctx, about, denier):
        # its own soldiers and what they did, not the claim's troops and fighting; but
        # a withdrawal is the other face of the claim's capture, its own losses ("that
        # its fighters had suffered losses") of the claim's killing of fighters
        faces = {"capture"}
        if _KILLED_FIGHTERS.search(ctx.text, about.start, about.end):
            faces.add("kill")
        shared &= faces
    if len(words | countries) < 2 or shared:
        return False
    return set(_span_place_keys(ctx, a, b)).isdisjoint(_place_keys(ctx, about))


#: Event classes of acts alone (:data:`~.targets._EVENT_CLASSES`): a strike, a shot, a
#: killing say what was done, not to what.
_ACTS = frozenset(("attack", "fire", "kill"))


#: One particular thing: "a shelter", "an ambulance" (not "civilians", "residential
#: areas": a standing denial of a kind of act).
_ONE_THING = re.compile(r"\b(?:a|an)\s+[a-z]", re.IGNORECASE)


def denies_other_target(ctx: _Context, about: _Draft, end: int) -> bool:
    """Whether the denial whose verb ends at ``end`` ("denied hitting a shelter") is of an
    act on one particular thing the claim ``about`` does not name, sharing with it no more
    than the kind of act (:func:`_other_target`): "Israeli airstrikes killed at least 27
    Palestinians ..., including 9 people in a house" is no claim of hitting a shelter, so
    "The Israeli military said it struck ... and denied hitting a shelter" does not answer
    it though the claim accuses the military."""
    m = _STATED.match(ctx.text, end)
    if m is None:
        return False
    a, b = m.span("what")
    words = _words(ctx, a, b) - _THIN
    return _other_target(ctx, words, about, a, b)


def _other_target(ctx: _Context, words: set[str], about: _Draft, start: int, stop: int) -> bool:
    """Whether a denial's content (``words``, of ``text[start:stop]``) names one particular
    target of its act ("hitting a shelter", "striking a school in Gaza City"), a word
    besides the act and its places, that the claim ``about`` does not name, nor shares
    with it more than the act: the denial is of another strike than the claim's ("at
    least 27 killed ..., including 9 in a house"); a denial at the one place the claim
    names is of its strike."""
    if _ONE_THING.search(ctx.text, start, stop) is None:
        return False
    claimed_at = set(_place_keys(ctx, about))
    if len(claimed_at) == 1 and not claimed_at.isdisjoint(_span_place_keys(ctx, start, stop)):
        return False  # "denied shelling a bus station in Kherson" after "... in Kherson"
    places: set[str] = set()
    for i in ctx.places.inside(start, stop):
        t = ctx.toponyms[i]
        places |= _words(ctx, t.start, t.end)
    target = words - _ACTS - places
    claimed = _words(ctx, about.start, about.end)
    return bool(target) and target.isdisjoint(claimed) and (words & claimed) <= _ACTS | places


def _words(ctx: _Context, start: int, stop: int) -> set[str]:
    """The content words of ``text[start:stop]`` with the aliases read as their class
    ("taken part" a participation, not a capture), and names spelt with a number ("the
    M23", "ADF-N"), lower case."""
    part = _TAKE_PART.sub("participated", ctx.text[start:stop])
    coded = {m.group().lower() for m in _CODED_NAME.finditer(part)}
    return {_ALIASES.get(w, w) for w in _content_words(part, 0, len(part))} | coded


def _countries(ctx: _Context, start: int, stop: int) -> set[int]:
    """The countries named in ``text[start:stop]``, as speakers too ("Algeria's foreign
    ministry"): their gazetteer ids."""
    out: set[int] = set()
    for i in ctx.places.inside(start, stop):
        place = getattr(ctx.toponyms[i], "place", None)
        if place is not None and place.kind == "country" and place.geonameid:
            out.add(place.geonameid)
    return out


def _country_words(ctx: _Context, start: int, stop: int) -> set[str]:
    """The content words (:func:`_words`) of the countries named in ``text[start:stop]``:
    "in Ukraine" says where, as broadly as a country does."""
    out: set[str] = set()
    for i in ctx.places.inside(start, stop):
        t = ctx.toponyms[i]
        place = getattr(t, "place", None)
        if place is not None and place.kind == "country":
            out |= _words(ctx, t.start, t.end)
    return out
