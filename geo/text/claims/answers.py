"""Claims stage 3b, answers: claims that answer other claims, across sentences and sides.

Another party saying "fighting continued" disputes a claim; the other side conceding a
loss confirms a claim of capture (a retreat from another town concedes nothing:
:mod:`.retreat_places`); geolocated footage confirms what it shows. The answering claim
records ``responds_to``, the answered one the status and the answering words. A claim of
capture is found again by the places it names (a dict), never by scanning earlier claims.
"""

from __future__ import annotations

import re
from functools import partial

from .. import lexicon as lx
from ..fold import FoldedPattern, folded
from .answer_cues import _cue_text
from .answer_gates import (
    _F_CONTRADICTION,
    MISS_REACH,
    concession_sides,
    fits_claim,
    held_elsewhere,
    misses,
)
from .capture_runs import answer_run, remember_capture
from .civilian_dead import civilian_dead
from .context import _Context, _Draft
from .enemy_claims import answer_enemy_claims
from .figure_answers import counted_target
from .gates import folded_holds, searched
from .held_answers import held_target
from .interceptions import fires, interception
from .matched_findings import finding_target
from .negated_hits import negated_hit_target
from .not_answers import names_another_claim
from .partial import answers_most_places, confirms_less, confirms_with_reserve
from .retreat_places import retreat_elsewhere
from .same_places import (
    _about_the_same_places,
    _place_keys,
    _span_place_keys,
    other_forces,
    others_withdraw,
)
from .sides import INDEPENDENT
from .status import _STATUS_RANK, _clean, concession_status

__all__ = ["_answers", "_captures", "deny_captures", "remember_captures"]


#: The other side conceding a loss: confirms a claim of capture (:data:`_CAPTURE`).
_CONCESSION = re.compile(
    r"\b(?:ordered\s+(?:a|the|its|their|his)\s+(?:\w+\s+)?(?:withdrawal|retreat|pullback)|"
    r"(?:withdr[ae]w|withdrawn|withdrawing|retreated|retreating|pulled\s+(?:back|out)|"
    r"pulling\s+(?:back|out))\b|pulled\s+(?:its|their|his|the)\s+(?:\w+\s+)?"
    r"(?:troops|forces|units|soldiers)\s+(?:out|back)|acknowledg\w*\s+(?:its|the)\s+"
    r"(?:fall|loss)|(?:lost|ceded|abandoned)\s+(?:control\s+of\s+)?(?:the|its)\s+"
    r"(?:town|city|village|settlement|position|positions))",
    re.IGNORECASE,
)

_CAPTURE = re.compile(
    r"\b(?:took|taken|take|captur\w*|seiz\w*|recaptur\w*|liberat\w*|entered|occupied|overr[au]n|"
    r"(?:gained|taken|took|established)\s+(?:control|a\s+foothold)|fall|fell|fallen|"
    r"(?:is|was|are|were)\s+(?:now\s+|fully\s+|completely\s+)?under\s+(?:\w+\s+)?control)\b",
    re.IGNORECASE,
)

#: Evidence whose place or origin was checked: what it shows confirms the claim before.
_EVIDENCE_CONFIRMS = re.compile(
    r"(?:\w+\s+)?(?:geolocated|geo-located|verified|authenticated|independently\s+verified)\b",
    re.IGNORECASE,
)

#: Evidence that may confirm by its own verb: "satellite imagery ... confirmed that".
_EVIDENCE_CONFIRMING = re.compile(
    r"\b(?:footage|videos?|images|imagery|photos|photographs|pictures)\b", re.IGNORECASE
)

#: The patterns above, searched case-sensitively on the folded text (same matches,
#: :mod:`geo.text.fold`).
_F_CAPTURE, _F_CONCESSION = (FoldedPattern(rx.pattern, rx.flags) for rx in (_CAPTURE, _CONCESSION))
#: Words every match of ``_CAPTURE`` holds (lower case): spans without one skip it.
_CAPTURE_WORDS = (
    "took", "take", "captur", "seiz", "liberat", "entered", "occupied", "control", "fall", "fell",
    "overr", "foothold",
)  # fmt: skip


def _captures(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states a capture (``_CAPTURE``)."""
    low = folded(text)
    if not any(map(low[start:end].__contains__, _CAPTURE_WORDS)):
        return False
    return _F_CAPTURE.search(text, start, end) is not None


def _answers(ctx: _Context, new: list[_Draft], prev: _Draft | None, drafts: list[_Draft]) -> None:
    """Claims that answer a claim before them, in this sentence or earlier.

    - another party saying "fighting continued" disputes it, unless the two name
      places and none in common ("troops still hold Vuhledar" says nothing of Nikopol);
    - the other side conceding a loss ("ordered a withdrawal from the town", "had
      pulled its troops out") confirms a claim of capture;
    - geolocated or verified footage that shows something confirms it.

    The claim answered is the one just before (:mod:`.negated_hits`: or the one naming what
    was not hit); for a claim of capture, the latest one from another side about the same
    place, however far back (by place in :attr:`_Context.captures`, no scan). The answering
    claim records ``responds_to``; the answered one the status and words (``status_cue``).
    """
    text = ctx.text
    for i, d in enumerate(new):
        before = negated_hit_target(ctx, d, new[i - 1] if i else prev, drafts)
        if d.source is None:
            continue
        # "the figure of escaped inmates was inflated": the claim giving it, past others
        before = (before is not None and counted_target(ctx, d, drafts)) or before
        before = finding_target(ctx, d, before, drafts)  # what the evidence shows
        answered = before is not None and before.source != d.source and _answer(ctx, d, before)
        answered = answered or answer_enemy_claims(ctx, d, before, drafts, _answer)  # "enemy's"
        if answered and (held := held_target(ctx, d, before, drafts, partial(_captures, text))):
            _answer(ctx, d, held)  # "the headquarters had not fallen", past a count
        hit = ctx.last_hit
        if (
            not answered
            and hit is not None
            and hit is not before
            and hit.source != d.source
            and d.first - hit.last <= MISS_REACH
            and (misses(text, d) or interception(ctx, d, hit) is not None)
        ):
            # "The Houthis said they scored a direct hit. UKMTO said a missile landed a
            # mile away. A U.S. official said the missile had missed": the miss answers
            # the hit, past a claim between them that states none; so does an interception.
            _answer(ctx, d, hit)
        # A claim of capture of a place it names, by another side, however far back: "its
        # forces continued to hold positions in Kupiansk" after "Russia said it captured
        # Kupyansk" and a general's claim in between (answered above too).
        for key in _place_keys(ctx, d):
            earlier = ctx.captures.get(key)
            if (
                earlier is not None
                and earlier is not before
                and earlier is not d
                and earlier.source != d.source
                and _answer(ctx, d, earlier, capture_only=True)
            ):
                answer_run(ctx, key, earlier)  # the same speaker's earlier claims of it
                break
    for d in new:
        worded = d.source is not None and folded_holds(text, d.start, d.end, _HIT_GATE)
        if (worded and _HIT.search(text, d.start, d.end)) or (d.source and fires(ctx, d)):
            ctx.last_hit = d  # "struck the ship", "targeted the destroyer with missiles"
        remember_captures(ctx, [d])


def remember_captures(ctx: _Context, new: list[_Draft]) -> list[_Draft]:
    """Record the claims of ``new`` with a speaker that state a capture, by place, for
    later answers (a bulletin's line its title voices too); ``new`` returned."""
    for d in new:
        if d.source is not None and _captures(ctx.text, d.start, d.end):
            for key in _place_keys(ctx, d):
                remember_capture(ctx, key, d)
                denial = ctx.denials.get(key)
                if denial is not None and denial[0] not in (None, d.side):
                    # "The Kremlin denied that ... captured Sudzha" before "Syrskyi said
                    # Sudzha was fully under Ukrainian control": disputed by the denier.
                    d.statuses.append((_STATUS_RANK["disputed"], "disputed", denial[1]))
    return new


def deny_captures(
    ctx: _Context, speaker: tuple[str | None, str | None], start: int, stop: int, cue: str
) -> bool:
    """Record a denial by a speaker of (side, party) ``speaker`` that a place named in
    ``text[start:stop]`` was captured ("denied that Walikale had fallen"): the latest
    claim of its capture by another party is denied (True when there is one), and a
    claim of capture that comes later is disputed (:func:`_answers`). A speaker of
    unknown side and party denies only a claim by a named party ("M23 rebels")."""
    text = ctx.text
    if speaker[0] == INDEPENDENT or not _captures(text, start, stop):
        return False
    found = False
    for key in _span_place_keys(ctx, start, stop):
        if speaker[0] is not None:
            ctx.denials[key] = (speaker[0], cue)
        earlier = ctx.captures.get(key)
        if earlier is not None and _other_party(speaker, (earlier.side, earlier.party)):
            earlier.statuses.append((_STATUS_RANK["denied"], "denied", cue))
            found = True
    return found


def _other_party(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two (side, party) pairs are known to differ (an unknown one differs only
    from a named party)."""
    if a == (None, None):
        return b[1] is not None
    if b == (None, None):
        return a[1] is not None
    return a != b


#: What a miss contradicts (``answer_gates._MISSED``): a claim of a hit.
_HIT = re.compile(r"\b(?:hit|hits|struck|strike|damaged|sank|sunk)\b", re.IGNORECASE)
_HIT_GATE = ("hit", "struck", "strike", "damaged", "sank", "sunk")  # what every _HIT holds


#: A denial of the claim before, named as such: "denied this claim", "rejected the report".
#: The contrast between two speakers' clauses of one sentence: ", but", ", while".
_CONTRAST_BEFORE = re.compile(r"[\s,;]*(?:but|while|whereas|yet)\s", re.IGNORECASE)
_DENIES_IT = re.compile(
    r"\b(?:denied|denies|rejected|rejects|disputed|disputes|refuted|refutes|dismissed)\s+"
    r"(?:this|that|the|these|those)\s+(?:claim|report|account|assertion|statement)s?\b"
)


def _answer(ctx: _Context, d: _Draft, before: _Draft, *, capture_only: bool = False) -> bool:
    """Whether ``d`` answers ``before`` (and if so, record it on both)."""
    text = ctx.text
    # Speakers of one side rarely contradict each other, unless one says so outright:
    # "another prominent milblogger denied this claim and stated that fighting continues".
    same_side = (
        d.side is not None
        and d.side == before.side
        and d.side != INDEPENDENT
        and _DENIES_IT.search(text, d.start, d.end) is None
        # "X claimed ..., but another milblogger claimed that ...": a contrast opposes them
        and not (d.first == before.last and _CONTRAST_BEFORE.match(text, before.end, d.start))
    )
    able = not same_side and (not capture_only or d.side not in (None, INDEPENDENT))
    m = searched(ctx.searched, _F_CONTRADICTION, text, d.start, d.end) if able else None
    if (
        m
        and not same_side
        # "fighting continues in central Pokrovsk" does not answer "Ukrainian forces
        # maintain positions in northern Pokrovsk": both say the town is fought over
        and (
            _FIGHTING_GOES_ON.match(m.group()) is None
            or not _STILL_HELD.search(text, before.start, before.end)
        )
        and not names_another_claim(text, d, before)
        and not held_elsewhere(text, m, before)  # "the area Israeli forces still control"
        and not confirms_with_reserve(text, d, before)  # "confirmed ..., but said ... still"
        and (not capture_only or d.side not in (None, INDEPENDENT))
        and _about_the_same_places(ctx, d, before)
        and fits_claim(text, m, before, _HIT)  # a miss, a hit; a foiled attack, no blasts
    ):
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue_text(text, d, m)))
        d.responds_to = d.responds_to or before
        return True
    m = None if same_side or capture_only else interception(ctx, d, before)
    if m is not None:  # "The Israeli military said the missile was intercepted."
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue_text(text, d, m)))
        d.responds_to = d.responds_to or before
        return True
    m = None if capture_only else civilian_dead(text, d, before)
    if m is not None:  # "..., but local officials said most of the dead were civilians"
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue_text(text, d, m)))
        d.responds_to = d.responds_to or before
        return True
    m = None  # searched where the sides and a claim of capture let it concede
    if concession_sides(d, before) and _captures(text, before.start, before.end):
        m = searched(ctx.searched, _F_CONCESSION, text, d.start, d.end)
    if (
        m
        and not others_withdraw(text, d, m.start())
        and not retreat_elsewhere(text, m.end(), before)  # "withdrawn from Walikale"
        and (
            (d.side not in (None, INDEPENDENT) and before.side not in (None, INDEPENDENT, d.side))
            # "Sudan's RSF said they took Bara ... a military source said troops had withdrawn
            # from Bara": a state's forces conceding to a named armed group (party, no side).
            or (d.side not in (None, INDEPENDENT) and before.side is None and before.party)
            or (
                # "The MNDAA said it had withdrawn from Lashio": the speaker's own retreat,
                # whatever its side, after another speaker's claim of the town.
                d.side is None
                and before.side not in (None, INDEPENDENT)
                and _SELF_BEFORE.search(text, max(d.start, m.start() - 30), m.start()) is not None
            )
        )
        and _captures(text, before.start, before.end)
        and _about_the_same_places(ctx, d, before)  # a retreat elsewhere concedes nothing
    ):
        # The losing side's own word outranks whatever was said before ("fighting continued").
        before.statuses.append(concession_status(text, d.start, d.end, _cue_text(text, d, m)))
        d.responds_to = d.responds_to or before
        return True
    if (
        not capture_only
        and d.side == INDEPENDENT
        and before.side not in (None, INDEPENDENT)
        and (m2 := _others_present(ctx, d, before)) is not None
    ):
        # "Russia's MoD claimed it seized Pereizne ... Geolocated footage shows Ukrainian
        # forces operating in central Pereizne": the other side is still there.
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue_text(text, d, m2)))
        d.responds_to = d.responds_to or before
        return True
    if (
        not capture_only
        and d.source
        and (before.source is not None or answers_most_places(ctx, d, before))  # not a list's
        and (
            _EVIDENCE_CONFIRMS.match(d.source)
            # "Satellite imagery from Planet Labs confirmed that the vessel was listing"
            or (
                (d.cue or "").startswith("confirm")
                and _EVIDENCE_CONFIRMING.search(text, d.start, max(d.start, d.subj_end))
            )
        )
        and _about_the_same_places(ctx, d, before)  # footage of another village confirms nothing
        and not other_forces(text, d, before)  # footage of Ukrainian gains: not Russian ones
        and not confirms_less(text, d, before, _captures)  # "two of the four strikes"
    ):
        cue = _clean(text[d.subj_start if d.subj_start >= 0 else d.start : d.end])
        before.statuses.append((_STATUS_RANK["evidence"], "confirmed", cue))  # over denials
        d.responds_to = d.responds_to or before
        return True
    if (
        not capture_only
        and d.side == INDEPENDENT
        and before.side not in (None, INDEPENDENT)
        and _BUT_EVIDENCE.match(text, d.start, d.end)
    ):
        # "Russia's defence ministry said all the drones were shot down ... But footage
        # verified by BBC Verify shows flames rising from two tanks": evidence against it.
        cue = _clean(text[d.start : d.end])
        cue = cue if len(cue) <= 120 else cue[: cue.rfind(" ", 0, 120)]  # whole words
        before.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
        d.responds_to = d.responds_to or before
        return True
    return False


#: A contradiction that only says the fight is not over: "fighting continues".
_FIGHTING_GOES_ON = re.compile(r"fighting\b", re.IGNORECASE)
#: A claim that a place is still held or fought over: "Ukrainian forces maintain
#: positions in northern Pokrovsk" ("fighting continues there" agrees with it).
_STILL_HELD = re.compile(
    r"\b(?:maintain\w*|hold\w*|held|defend\w*|keep\w*|kept)\s+(?:\w+\s+)?positions?\b|"
    r"\bstill\s+(?:hold|holds|held|control\w*)\b|\bfighting\b",
    re.IGNORECASE,
)


#: Evidence set against what was said: "But footage verified by ... shows", "However,
#: satellite images show".
_BUT_EVIDENCE = re.compile(
    r"\W*(?:But|However|Yet)\b,?\s+(?:[\w-]+\s+){0,3}?(?i:footage|videos?|images|imagery|"
    r"photos|photographs|pictures)\b"
)
#: The speaker as the subject of a retreat: "it had withdrawn", "our troops pulled back".
_SELF_BEFORE = re.compile(
    r"\b(?:it|they|we|its|their|our)\s+(?:(?:forces|troops|fighters|units|soldiers|had|"
    r"have|has|was|were|been)\s+){0,3}$",
    re.IGNORECASE,
)


#: Forces of a nationality present in a place: "Ukrainian forces operating in central
#: Pereizne", "Russian troops still in the village".
_PRESENCE = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:forces|troops|units|soldiers|servicemen|positions)\s+"
    r"(?:(?:still|continuing|continue|continued|recently|likely)\s+)?(?:(?:to\s+)?(?:operat\w*|"
    r"present|holding|hold|defending|fighting|advanced|advancing|counterattacked)\s+)?"
    r"(?:in|inside|within|into)\b"
)
#: A claim of having beaten back the other side's attacks: "repelled Ukrainian
#: counterattacks near Kotlyne" (their advance there disputes it, as it does a capture).
_REPELLED = re.compile(r"\b(?:repelled|repulsed|beat\s+back|fended\s+off|thwarted)\b")


def _others_present(ctx: _Context, d: _Draft, before: _Draft) -> re.Match[str] | None:
    """The words of ``d`` (independent evidence) showing forces of another side than
    ``before``'s in a place ``before`` claims captured or defended ("repelled Ukrainian
    counterattacks near Kotlyne" and "Ukrainian forces recently advanced in eastern
    Kotlyne"), or None."""
    m = _PRESENCE.search(ctx.text, d.start, d.end)
    if m is None:
        return None
    code = lx.DEMONYMS.get(m.group("who").lower())
    if code is None or code == before.side:
        return None
    if not (
        _captures(ctx.text, before.start, before.end)
        or _REPELLED.search(ctx.text, before.start, before.end)
    ):
        return None
    theirs = set(_place_keys(ctx, before))
    ours = set(_span_place_keys(ctx, m.end(), d.end))
    if not (theirs and ours):  # a village the gazetteer lacks: by its capitalised name
        theirs = set(_NAME.findall(ctx.text, before.start, before.end))
        ours = set(_NAME.findall(ctx.text, m.end(), d.end))
    return m if theirs & ours else None


_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]{3,}\b")
