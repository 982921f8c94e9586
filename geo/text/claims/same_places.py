"""Whether a reaction is about the places of a claim: the places a claim names, and a
denial that states a position of its own.

A contradiction answers a claim only about the same places (:func:`_about_the_same_places`,
used by :mod:`geo.text.claims.answers`); a claim's places are its toponyms'
gazetteer ids, else their names, countries and wide lands ("the Negev", a range, a
desert: :data:`geo.text.physical_table.BROAD_KINDS`) left out (:func:`_place_keys`); a
denial with a clause about other places, or a standing denial, answers nothing
(:func:`denial_of_its_own`, used by :mod:`geo.text.claims.reactions`).
"""

from __future__ import annotations

import re
from functools import partial

from .. import lexicon as lx
from ..direction_words import SECTOR_WORDS, any_of
from ..physical_table import BROAD_KINDS
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .denied_acts import denied_elsewhere
from .scene import another_scene
from .segmentation import body_start

__all__ = [
    "_about_the_same_places",
    "_place_keys",
    "_span_place_keys",
    "denial_of_its_own",
    "generic_denial",
    "other_forces",
    "others_withdraw",
    "standing_position",
]


def _about_the_same_places(ctx: _Context, d: _Draft, before: _Draft) -> bool:
    """Whether a contradiction in ``d`` can be about ``before``: both name a place in
    common, or ``d`` names none ("Troops still hold Robotyne" answers nothing about
    the shelling of Nikopol, nor about a count of losses), and ``d`` does not stand in a
    later paragraph set in another country (:func:`.scene.another_scene`)."""
    if d.paragraph > before.paragraph and another_scene(
        ctx, d.start, ctx.text.rfind("\n", 0, d.start) + 1, (before.start, before.end)
    ):
        return False  # "In southern Iran, ... A government spokesman said no one was killed"
    ours, theirs = _place_keys(ctx, d), _place_keys(ctx, before)
    if ours and not theirs:
        # "Russian troops were being pushed back in Kurylivka" says nothing of "the
        # enemy lost up to 1,450 servicemen": a contradiction naming places answers
        # claims about them (the claim of their capture is found by place).
        return False
    return not ours or bool(set(ours) & set(theirs)) or _region_holds(ctx, d, before)


def _region_holds(ctx: _Context, d: _Draft, before: _Draft) -> bool:
    """Whether the answer ``d`` names a province, and no town, that holds a town the claim
    ``before`` names: '"This is fake news," said the Kursk governor' (the Kursk region) is
    about a strike on Kursk (the city); not two towns of one province (Kharkiv and
    Kupiansk), nor an answer naming towns of a province the claim names alone ("Russian
    forces also attacked in Kursk Oblast" then "fighting continued near Tetkino"), nor a
    claim naming its town and province ("Novoivanivka in Zaporizhzhia region") answered
    about another town of that province (Huliaipole)."""
    ours, theirs = _provinces(ctx, d.start, d.end), _provinces(ctx, before.start, before.end)
    return not ours[1] and bool(ours[0] & theirs[1])


def _provinces(ctx: _Context, start: int, end: int) -> tuple[set[object], set[object]]:
    """The provinces named in ``text[start:end]`` and those holding the towns it names,
    each as (country, first-level code)."""
    named: set[object] = set()
    holding: set[object] = set()
    for t in ctx.literal_places(start, end):
        place = getattr(t, "place", None)
        if place is None or not place.admin1_code or place.kind == "country":
            continue
        key = (place.country_code, place.admin1_code)
        (named if place.kind == "admin1" else holding).add(key)
    return named, holding


def _place_keys(ctx: _Context, d: _Draft) -> list[object]:
    """The places a claim names (gazetteer ids, else names), metonymic ones left out;
    a wire dateline before the article's first claim is not part of it ("VOLCHANSK,
    Kharkov Region (RIA) - troops took Starytsa": the claim names Starytsa alone)."""
    return _span_place_keys(ctx, body_start(ctx.text, d.start, d.end), d.end)


def _span_place_keys(ctx: _Context, start: int, end: int) -> list[object]:
    """The places named in ``text[start:end]`` (see :func:`_place_keys`); a town named
    only to say where the others are ("in southern Rodynske (northeast of Pokrovsk)",
    "in the Pokrovsk direction") is left out when other places are named."""
    keys: list[object] = []
    references: list[object] = []
    text = ctx.text
    for t in ctx.literal_places(start, end):
        place = getattr(t, "place", None)
        if place is not None and place.kind == "country":
            continue
        if getattr(t, "physical", "") in BROAD_KINDS:
            continue  # a wide land, as a country: "shot down over the Negev"
        # A place the gazetteer lacks is known by its name ("Robotyne").
        key = place.geonameid if place is not None and place.geonameid else t.text
        reference = _BEARING_OF.search(text, max(0, t.start - 24), t.start) or _AXIS.match(
            text, t.end
        )
        (references if reference else keys).append(key)
    return keys or references


#: Before a town named as a reference point: "northeast of", "west of".
_BEARING_OF = re.compile(r"\b(?:north|south)?-?(?:north|south|east|west)\s+of\s+$", re.I)
#: After a town naming a front's sector: "the Pokrovsk direction", "the Orikhiv sector"
#: (lower-case only).
_AXIS = re.compile(rf"\s+{any_of(*SECTOR_WORDS, 'sector')}\b")


#: What a denial states of its own after the verb: a clause ("denied that Russian troops
#: had entered Kupiansk"), not a pronoun ("denied that.", "denied that, saying ...").
_DENIAL_CLAUSE = re.compile(r"\s+(?:\w+ly\s+)?that\s+(?=[\w“\"])")
#: The same clause with no "that", opened by the denier's own forces or a pronoun for
#: the denier: "denied it had fired rockets toward Kiryat Shmona", "denied its drones
#: had struck Kobani" (the pronoun is the subject, no pointer back at the claim).
_BARE_DENIAL_CLAUSE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+(?:had|has|have|was|were|is|are|would)\b",
    re.IGNORECASE,
)
#: A standing position, not an answer: "Moscow has repeatedly denied targeting civilians".
_HABITUAL_DENIAL = re.compile(
    r"\b(?:repeatedly|consistently|always|long|routinely|regularly|previously|never)\s+"
    r"(?:\w+\s+)?(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b",
    re.IGNORECASE,
)
#: A denial or dismissal in the present tense: "Moscow denies targeting civilians",
#: "Russia rejects ...", where news copy reports answers in the past tense.
_PRESENT_DENIAL = re.compile(r"(?:denies|rejects|dismisses|disputes)", re.IGNORECASE)
#: The verb that opens a status cue.
_VERB = re.compile(r"\w*")
#: An object that points back at what was said: "such claims", "the report", "it".
_CLAIM_OBJECT = re.compile(
    r"\s+(?:(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:claims?|reports?|"
    r"allegations?|accusations?|accounts?|figures?|statements?|assertions?)\b|it\b|them\b)",
    re.IGNORECASE,
)
#: A past habit closing the denial's clause: "has denied such attacks in the past".
_IN_THE_PAST = re.compile(
    r"[^.;:!?]{0,60}?\b(?:in\s+the\s+past|many\s+times|on\s+several\s+occasions|"
    r"throughout\s+the\s+war)\b"
)
#: The perfect before the verb: "has dismissed", "have long denied".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: An object that names what was said or done before ("denies the claim", "denies
#: responsibility for the strike", "has rejected claims that its troops ..."): an answer.
_ANSWERING_OBJECT = re.compile(
    r"\s+(?:(?:the|this|that|these|those|it|them|such|its|their|his|her|any|all|"
    r"responsibility|involvement|wrongdoing)\b|[\w-]+[’']s\b|"
    r"(?:\w+ing\s+)?(?:the|a|an|this|that|its|their)\b|(?:[\w-]+\s+){1,4}?that\b|"
    # a clause of its own, "that" left out: "denies there were soldiers there"
    r"(?![\w-]+ing\b)(?:[\w-]+\s+){1,3}?(?:was|were|had|is|are|has|have)\b)",
    re.IGNORECASE,
)


def standing_position(text: str, start: int, end: int) -> bool:
    """Whether the denial or dismissal ``text[start:end]`` (its verb first) states a standing
    position rather than answering a claim: said habitually ("has repeatedly denied"),
    unless of the claims before ("have repeatedly rejected such claims"), in the present
    tense ("Moscow denies targeting civilians"; not "Ukraine denies there were soldiers
    there", a clause about one event), or in the perfect about
    a kind of thing rather than a claim ("has dismissed British intelligence
    assessments as propaganda", "has denied targeting civilians"; not "has denied
    shelling the market", "denies the claim", "has rejected claims that ...").

    Examples
    --------
    >>> t = "Moscow denies targeting civilians."
    >>> standing_position(t, 7, 13)
    True
    >>> t = "Russia has denied the claim."
    >>> standing_position(t, 11, 17)
    False
    >>> t = "Russia has denied such attacks in the past."
    >>> standing_position(t, 11, 17)
    True
    """
    end = _VERB.match(text, start, end).end()  # "rejected" of "rejected the report as ..."
    if _HABITUAL_DENIAL.search(text, max(0, start - 30), end):
        # "have repeatedly rejected such claims" still answers the claims before.
        return _CLAIM_OBJECT.match(text, end) is None
    present = _PRESENT_DENIAL.fullmatch(text, start, end) is not None
    perfect = _PERFECT.search(text, max(0, start - 30), start) is not None
    if perfect and _IN_THE_PAST.match(text, end):
        return True  # "Moscow has denied such attacks in the past"
    return (present or perfect) and _ANSWERING_OBJECT.match(text, end) is None


#: The words of a denial's object up to the end of its clause: "targeting civilians" of
#: "denied targeting civilians and said ...".
_OBJECT_WORDS = re.compile(
    r"\s+((?:(?!(?:and|but|or|while|saying|calling|as|after|because)\b)[^\s.,;:!?]+\s*){1,6})"
)
#: Words that make a denial's object a particular act: "striking the market".
_PARTICULAR = frozenset(
    "the a an this that these those its their his her it them any all such".split()
)


def generic_denial(text: str, start: int, end: int) -> bool:
    """Whether the denial ``text[start:end]`` (its verb first) denies a kind of act, not
    a particular one: a gerund and lower-case words with no determiner, number or name
    ("denied targeting civilians", "rejected attacking civilian infrastructure"; not
    "denied striking the market", "denied shelling Kharkiv", "denied any role").

    Such a denial in the past tense answers a claim only when that claim accuses the
    denier (see :func:`geo.text.claims.targets.accuses`); else it is the party's
    standing position.

    Examples
    --------
    >>> t = "Russia denied targeting civilians."
    >>> generic_denial(t, 7, 13), generic_denial("Russia denied striking the market.", 7, 13)
    (True, False)
    """
    end = _VERB.match(text, start, end).end()
    found = _OBJECT_WORDS.match(text, end)
    if found is None:
        return False
    words = found.group(1).split()
    return (
        words[0].endswith("ing")
        and len(words) <= 4
        and all(w.replace("-", "").isalpha() for w in words)
        and all(w.islower() and w not in _PARTICULAR for w in words)
    )


#: A clause that points back at what was said before ("withdrawn from the town"; not
#: "the town of Sudzha", which names its place).
_POINTS_BACK = re.compile(
    r"\b(?:the|that|this)\s+(?:town|city|village|settlement|area|region|plant|base|"
    r"positions?|district|front|claim|report)\b(?!\s+of\s+[A-Z])|\b(?:there|it)\b",
    re.IGNORECASE,
)


def denial_of_its_own(ctx: _Context, prev: _Draft, start: int, end: int, stop: int) -> bool:
    """Whether the denial at ``text[start:end]`` (the verb; the sentence ends at ``stop``)
    states a position of its own instead of answering ``prev``.

    A standing denial ("has repeatedly denied targeting civilians", "denies targeting
    civilians"; :func:`standing_position`) and a clause about
    other places than ``prev``'s ("denied that Russian troops had entered Kupiansk"
    after a claim about Kurakhove; "Hezbollah denied it had fired rockets toward Kiryat
    Shmona" after a claim about Rafah) answer nothing: they are claims of their own, and
    ``prev`` keeps its status. A clause naming ``prev``'s places, pointing back ("had
    withdrawn from the town") or naming no place, and any other denial by another
    party ("Kyiv denied targeting residential areas"), answer ``prev`` as before.
    """
    text = ctx.text
    if standing_position(text, start, end):
        return True
    keys = partial(_span_place_keys, ctx)  # "denied hitting a shelter near Nuseirat"
    if denied_elsewhere(text, end, stop, keys, _place_keys(ctx, prev)):
        return True
    clause = _DENIAL_CLAUSE.match(text, end) or _BARE_DENIAL_CLAUSE.match(text, end)
    # past a bare clause's subject ("denied it had ..."): its "it" is the denier
    at = clause.end() if clause is not None and clause.re is _BARE_DENIAL_CLAUSE else None
    if clause is None or _POINTS_BACK.search(text, at or clause.start(), stop):
        return False
    # the denied clause only: not the denier's words on the reports after it (", calling
    # the reports fabrications aimed at dragging Algiers into the conflict")
    comment = _DENIER_COMMENT.search(text, clause.start(), stop)
    theirs = _span_place_keys(ctx, clause.start(), comment.start() if comment else stop)
    return bool(theirs) and not set(theirs) & set(_place_keys(ctx, prev))


_DENIER_COMMENT = re.compile(
    r",\s+(?:calling|describing|branding|labelling|labeling|dismissing|saying|adding)\b"
)


#: Outcomes a side denies of its own forces: "denied its forces were encircled"; and a
#: third country's denial that its ground was used ("denied that its territory had been
#: used to launch attacks" after "the vehicles had crossed from Algeria").
_OUTCOME = re.compile(
    r"\b(?:encircl\w*|surround\w*|trapped|cut\s+off|territory|airspace|soil)\b", re.IGNORECASE
)


def outcome_answer(
    text: str, answered: _Draft, end: int, stop: int, status: tuple[int, str, str]
) -> tuple[int, str, str]:
    """The status a denial ending at ``end`` (its sentence ends at ``stop``) gives the
    claim it answers: a denial of an outcome the claim does not state ("Ukraine's military
    denied its forces were encircled" after "Russian troops had recaptured Sudzha")
    disputes it rather than denies it; any other ``status`` is kept."""
    if status[1] != "denied":
        return status
    m = _OUTCOME.search(text, end, min(stop, end + 60))
    if m is None or _OUTCOME.search(text, answered.start, answered.end) is not None:
        return status
    return _STATUS_RANK["disputed"], "disputed", status[2]


#: Whose forces a clause speaks of: "Ukrainian forces", "Russian troops".
_FORCES_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:forces|troops|units|soldiers|servicemen)\b")


def other_forces(text: str, d: _Draft, before: _Draft) -> bool:
    """Whether ``d`` and ``before`` speak of different sides' forces and of no common
    one ("Russian forces conducted offensive operations ... Geolocated footage indicates
    that Ukrainian forces recently advanced"), or whose first-named forces, the ones that
    act, differ ("Ukrainian forces counterattacked ... and pushed Russian forces back" and
    footage of "Russian forces advanced")."""
    ours = [m.group(1) for m in _FORCES_OF.finditer(text, d.start, d.end)]
    theirs = [m.group(1) for m in _FORCES_OF.finditer(text, before.start, before.end)]
    return bool(ours) and bool(theirs) and (set(ours).isdisjoint(theirs) or ours[0] != theirs[0])


#: A negation just before a retreat: "would not withdraw", "never retreated", "refused to".
_NEGATED_RETREAT = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n[’']t|\brefus\w*\s+to)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


def others_withdraw(text: str, d: _Draft, at: int) -> bool:
    """Whether the withdrawal at ``at`` is another side's, by a demonym before it in
    the claim ("Ukrainian units had mined the approaches before withdrawing", said a
    Russian correspondent): a claim of their retreat, not a concession; nor is a negated
    one ("the group would not withdraw from the border area", "never retreated")."""
    if _NEGATED_RETREAT.search(text, max(d.start, at - 30), at):
        return True
    for w in re.findall(r"[A-Za-z]+", text[max(d.start, at - 80) : at]):
        code = lx.DEMONYMS.get(w.lower())
        if code is not None and code != d.side:
            return True
    return False
