"""Claims stage 2, cue words: whether a cue word is a cue where it stands.

A cue word of :data:`~geo.text.claims.vocab.CUE_VERBS` after an article or a possessive
is a noun ("the report", "Revell's false claims"); "condemned" before a noun with no
determiner is an adjective ("condemned killer Kenneth Biros"); "specified" attributes
only closing a clause (", the ministry specified") or before "that"; "called" only with
an object and a predicate ("called the strike a mishap", not "a town called Ada");
"telling" only with a "that" clause; "fear" after "for" is a noun, and so is one after a
nationality after an article ("the Russian claims"); a negated cue is none ("did not
immediately claim the attack"); "read" only after a document and before punctuation
("..., the statement read."); "put" only with a figure ("put the toll at 45", "at
nine"), "took" only before "credit" or "responsibility" ("took credit for the ambush"),
"raised", "lowered", "revised", "updated" only with a figure's noun and a new figure
("raised the death toll to 14 from 9"), and neither when a speaker closes the sentence
(", the emergency service said": that speaker's figure); "posted"
after the noun of a prepositional phrase is a participle ("In a video posted on social
media, ..."); a capitalised cue word numbered is a document's name ("Situation Report
No. 14"); "denied" before what is granted is a refusal ("denied 9 of 17 aid missions",
"denied them access"), not a denial. :func:`~geo.text.claims.attribution._attributions`
asks :func:`_cue_here` for each cue word before it looks for a speaker.
"""

from __future__ import annotations

from .. import lexicon as lx
from ..numbers import parse_number_words
from .cue_acts import reply_in_kind
from .segmentation import _Tok
from .vocab import _PASSIVE

__all__ = ["_CALL_OBJECTS", "_CALL_VERBS", "_NOUN_BEFORE", "_cue_here"]


#: Words after which a cue word is a noun ("the report", "false claims", "Neither claim").
_NOUN_BEFORE = frozenset(
    """a an the this that these those his her their its our my your such false new fresh
    recent latest similar conflicting unverified unconfirmed unfounded baseless neither
    either each every both no""".split()
)
#: Verbs and prepositions that take a noun, not a clause: "denied Russian claims that",
#: "asked about Ukrainian reports that" (the claims are the object, the people no speaker).
_NOUN_TAKERS = frozenset(
    """denied denies denying rejected rejects rejecting dismissed dismisses dismissing
    refuted refutes disputed disputes contradicted contradicts questioned about of over
    despite against""".split()
)
#: Words numbering a document after a cue word that is its name: "Report No. 14".
_NUMBERED = frozenset("no no. nr nr. number #".split())
#: Verbs after a cue word ending in "s" that make it the plural subject: "claims could".
_NOUN_VERBS = frozenset("could can cannot were are remain remained".split())
#: Cues that state something only with an object: "condemned the strikes", "condemned
#: what it called ...".
_OBJECT_CUES = frozenset("condemned condemns".split())
_CONDEMN_OBJECTS = frozenset(
    "the a an this that these those it them what his her their its any such".split()
)
#: Cues that attribute only after what is said or before "that": ", the ministry specified".
_AFTER_CONTENT_CUES = frozenset("specified specifies".split())
#: "called" is a cue only with an object and a predicate ("called the strike a mishap",
#: "called Russia's claims lies"), not naming ("a town called Ada").
_CALL_VERBS = frozenset("called calls calling".split())
_CALL_OBJECTS = frozenset("the this that these those it them his her their its such him".split())


#: Cues that are also participles after a noun: "a video posted on X", "a statement
#: released by ...".
_PARTICIPLE_CUES = frozenset("posted released published".split())
_PREPOSITIONS = frozenset("in on from via with through".split())
_PP_DETERMINERS = frozenset("a an the its their his her this that".split())


def _in_prepositional_phrase(lows: list[str], i: int) -> bool:
    """Whether the word at ``i`` follows the noun of a prepositional phrase ("In a
    video posted", "in a statement posted on Telegram"): a participle, not a cue."""
    for k in range(i - 1, max(0, i - 5), -1):
        if lows[k] in _PP_DETERMINERS:
            return lows[k - 1] in _PREPOSITIONS
        if not lows[k].isalpha():
            return False
    return False


#: Documents that "read" what they say: "..., the statement read".
_DOCUMENTS = frozenset(
    "statement statements post message bulletin report letter notice communique communiqué "
    "update readout text caption order decree summary".split()
)
#: Words that may open the figure after "put ... at": "at 1,320", "at more than 40", "at
#: no fewer than 60", "at up to 30", "at at least 12".
_FIGURE_OPENERS = frozenset(
    "about around more over nearly almost some least roughly no not up fewer less at "
    "approximately just".split()
)
#: Quotation marks a quoted figure opens with: 'at "no fewer than sixty"'.
_QUOTES = frozenset('"“‘\'')


def _puts_a_figure(toks: list[_Tok], lows: list[str], i: int) -> bool:
    """Whether "put" at ``i`` states a figure ("put the death toll at 45", "put Russian
    losses over the past day at 1,320 troops"): "at" and a number or its opener a few
    words on, with a determiner or a word before it (a subject: not "was put at")."""
    if not i or lows[i - 1] in _PASSIVE:
        return False
    for k in range(i + 2, min(len(toks) - 1, i + 12)):
        if lows[k] == "at":
            return _figure_at(toks, lows, k + 1)
        if lows[k] in (".", ";", ",") and not (lows[k] == "," and lows[k - 1] in _COMPARED):
            return False  # (not "put the toll higher, at 67 dead")
    return False


_COMPARED = frozenset("higher lower".split())


def _figure_at(toks: list[_Tok], lows: list[str], k: int) -> bool:
    """Whether a figure starts at token ``k``: "1,320", "nine", "more than 40", quoted
    ('"no fewer than sixty"')."""
    if lows[k] in _QUOTES and k + 1 < len(toks):
        k += 1
    return (
        toks[k].text[:1].isdigit()
        or lows[k] in _FIGURE_OPENERS
        or parse_number_words(lows[k]) is not None
    )


#: "took"/"takes" claim an act only as "took credit" or "took responsibility" (an armed
#: group's claim of its own attack).
_TAKE_CUES = frozenset("took takes".split())
#: Words before "states" the noun: "Baltic states", "Gulf states", "member states".
_STATES_NOUN_BEFORE = frozenset(
    """baltic gulf arab nordic balkan african european western muslim caribbean pacific
    asian member island nuclear neighbouring neighboring frontline front-line nato eu g7
    g20 sovereign allied partner coastal border frontier southern northern eastern other
    several""".split()
)
#: Words before a list of states' names: "in Kassala and Gedaref states".
_PLACE_PREPOSITIONS = frozenset("in across of from between to into throughout within".split())
#: Words before "the Kordofan states", "in the Darfur states": a region's states.
_REGION_BEFORE = frozenset("across of in around throughout to from".split())


def _states_noun(toks: list[_Tok], lows: list[str], i: int) -> bool:
    """Whether "states" at ``i`` is the noun, countries or regions, not a speech verb:
    after a word that makes it one ("Baltic states", "member states"), closing a list of
    their names after a preposition ("Cholera cases continue to rise in Kassala and
    Gedaref states"), or a region's states ("across the Kordofan states", "in the Darfur
    states"); not "The ministry states" nor "Kassala states that ..."."""
    if not i:
        return False
    if lows[i - 1] in _STATES_NOUN_BEFORE:
        return True
    k, names = i - 1, 0
    while k >= 0 and (toks[k].text[:1].isupper() or lows[k] in ("and", ",")):
        names += toks[k].text[:1].isupper()
        k -= 1
    if names > 0 and k >= 0 and lows[k] in _PLACE_PREPOSITIONS:
        return True
    return i > 2 and toks[i - 1].text[:1].isupper() and not (
        _REGION_BEFORE.isdisjoint(lows[i - 3 : i - 1]) or lows[i + 1 : i + 2] == ["that"]
    )


#: A finding stated as a content: "found that ...", "found reasonable grounds to believe
#: that ..." (not "found the bodies", "found no evidence").
_FIND_CUES = frozenset("found finds".split())


#: Cues that revise a figure ("raised the death toll to 14 from 9", "lowered its
#: estimate of the dead to 30"), and the figures they revise.
_REVISE_CUES = frozenset("raised raises lowered lowers revised revises updated updates".split())
_REVISED = frozenset("toll count tally figure figures estimate number".split())


def _revises_a_figure(toks: list[_Tok], lows: list[str], i: int) -> bool:
    """Whether the cue at ``i`` revises a figure: a figure's noun a few words on, then
    "to" and a figure, in the same clause (not "raised concerns", "raised the flag")."""
    noun = False
    for k in range(i + 1, min(len(toks) - 1, i + 16)):
        if lows[k] in (".", ";", ":"):
            return False
        noun = noun or lows[k] in _REVISED
        if noun and lows[k] == "to" and _figure_at(toks, lows, k + 1):
            return True
    return False


#: Cues that state a figure, and the verbs of a speaker closing the sentence after them.
_FIGURE_CUES = frozenset("put puts".split()) | _REVISE_CUES
_CLOSING_VERBS = frozenset("said says reported reports added told stated".split())
_CLOSING_AFTER = frozenset(". , ; on in late earlier".split())


def _closed_by_speaker(lows: list[str], i: int) -> bool:
    """Whether a speaker closes the sentence after the figure cue at ``i`` (", the
    emergency service said."): the figure is what that speaker said, whoever put it."""
    for k in range(i + 1, len(lows)):
        if lows[k] in (";", ":"):
            return False
        if lows[k] != ",":
            continue
        for j in range(k + 1, min(len(lows), k + 9)):
            if lows[j] in (",", ";", ":", "that"):
                break
            if lows[j] in _CLOSING_VERBS:
                return j + 1 >= len(lows) or lows[j + 1] in _CLOSING_AFTER
    return False


#: Cues whose negation is itself a status of what was said ("did not confirm", "has not
#: denied", "ISW has not observed evidence"): still read.
_STATUS_CUES = frozenset(
    "confirmed confirms confirm confirming denied denies deny denying observed observes "
    "acknowledged acknowledges".split()
)
_NEGATIONS = frozenset("not never n't n’t".split())


def _negated(lows: list[str], i: int) -> bool:
    """Whether the cue at ``i`` is negated ("did not say", "has not yet claimed")."""
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        if lows[k] in _NEGATIONS:
            return True
        if not (lows[k].endswith("ly") or lows[k] in ("yet", "immediately", "publicly")):
            return False
    return False


def _cue_here(toks: list[_Tok], lows: list[str], i: int) -> bool:
    """Whether the cue word at token ``i`` (``lows``: the tokens lower-cased) is a cue
    here (see the module docstring)."""
    low = lows[i]
    if i and (lows[i - 1] in _NOUN_BEFORE or toks[i - 1].text.endswith(("’s", "'s", "s’", "s'"))):
        return False  # a noun: "a claim", "the report", "Revell's claims", "the rebels' claim"
    if (
        i > 1
        and (lows[i - 2] in _NOUN_BEFORE or lows[i - 2] in _NOUN_TAKERS)
        and lows[i - 1] in lx.DEMONYMS
        and not (lows[i - 1].endswith("s") and lows[i - 1][:-1] in lx.DEMONYMS)
    ):
        return False  # a noun after a nationality: "called the Russian claims lies" (not
        # after a people: "The Russians said")
    if toks[i].text[:1].isupper() and lows[i + 1 : i + 2] and lows[i + 1] in _NUMBERED:
        return False  # a document's title: "Humanitarian Situation Report No. 14"
    if low.endswith("s") and lows[i + 1 : i + 2] and lows[i + 1] in _NOUN_VERBS:
        return False  # a plural noun: "The Russian side claims could not be verified"
    if _said_as_object(lows, i):
        return False  # "Everything Kinshasa says about Kamanyola is pure propaganda"
    if low not in _STATUS_CUES and _negated(lows, i):
        return False  # "The Houthis did not immediately claim the attack": nobody spoke
    if low == "telling" and "that" not in lows[i + 2 : i + 8]:
        return False  # "telling how happy he was": not "telling state television that ..."
    if low in ("fear", "fears") and i and lows[i - 1] in ("for", "of", "in", "out"):
        return False  # "for fear of arrest": a noun
    if (
        low in _OBJECT_CUES
        and not (
            i + 1 < len(toks)
            and (lows[i + 1] in _CONDEMN_OBJECTS or toks[i + 1].text[:1].isupper())
        )
        and not (i and lows[i - 1] in _PASSIVE)
    ):
        return False  # "condemned killer Kenneth Biros": an adjective, not a statement
    if low in ("read", "reads") and not (
        i
        and lows[i - 1] in _DOCUMENTS
        and (i + 1 >= len(toks) or lows[i + 1] in (".", ",", ":", ";", "“", '"'))
    ):
        return False  # "..., the statement read.", not "a statement read on television"
    if low in _TAKE_CUES and lows[i + 1 : i + 2] not in (["credit"], ["responsibility"]):
        return False  # "took the town", not "took credit for the ambush"
    if low == "states" and _states_noun(toks, lows, i):
        return False  # "Baltic states condemn strike": the countries, not a statement
    if low in _FIND_CUES and lows[i + 1 : i + 3] not in (["reasonable", "grounds"],) and (
        lows[i + 1 : i + 2] != ["that"]
    ):
        return False  # "found the bodies", not "found reasonable grounds to believe that"
    if low in ("put", "puts") and not _puts_a_figure(toks, lows, i):
        return False  # "put pressure on", not "put Russian losses at 1,320"
    if low in _REVISE_CUES and not _revises_a_figure(toks, lows, i):
        return False  # "raised concerns", not "raised the death toll to 14 from 9"
    if low in _FIGURE_CUES and _closed_by_speaker(lows, i):
        return False  # "Rescuers put the toll at 12, the emergency service said"
    if low in _PARTICIPLE_CUES and _in_prepositional_phrase(lows, i):
        return False  # "In a video posted on social media, a commander claimed ..."
    if low in _AFTER_CONTENT_CUES and not (
        i + 1 >= len(toks) or lows[i + 1] in ("that", ".", ",", ";", ":")
    ):
        return False  # "Bingham specified a novelty item": not ", the ministry specified"
    if low in _DENIAL_WORDS and _refusal(lows, i):
        return False  # "The authorities denied 9 of 17 missions": a refusal, nothing said
    if reply_in_kind(lows, i):
        return False  # "Russia has responded with massive attacks": an act, not words
    return not (
        low in _CALL_VERBS
        and not (
            i + 1 < len(toks)
            and (lows[i + 1] in _CALL_OBJECTS or toks[i + 1].text.endswith(("’s", "'s")))
        )
    )  # "called for calm", "a post office called Ada", "they called Wheeler"


_DENIAL_WORDS = frozenset("denied denies deny denying".split())
#: What is granted or refused: "denied 9 of 17 missions", "denied access".
_GRANTED = frozenset(
    """mission missions access entry permission permit permits request requests visa visas
    clearance passage convoy convoys bail asylum application applications""".split()
)
#: Words that make "denied" a denial before any granted thing: "denied that missions ...".
_DENIAL_OBJECTS = frozenset("that claim claims report reports it . , ; :".split())


def _refusal(lows: list[str], i: int) -> bool:
    """Whether "denied" at token ``i`` refuses something granted: a thing of
    :data:`_GRANTED` within six words, no "that" or "claims" before it."""
    for w in lows[i + 1 : i + 7]:
        if w in _DENIAL_OBJECTS:
            return False
        if w in _GRANTED:
            return True
    return False


#: Pronouns whose reduced relative clause names what someone says as a thing: "Everything
#: Kinshasa says" (not "what": "after what Ukraine says was a drone attack" is Ukraine's).
_SAID_THINGS = frozenset("everything anything whatever nothing".split())
_COPULAS = frozenset("is are was were".split())


def _said_as_object(lows: list[str], i: int) -> bool:
    """Whether the cue at ``i`` is a reduced relative clause of a pronoun that the
    sentence goes on to judge: "Everything Kinshasa says about Kamanyola is pure
    propaganda" (the speaker before the cue says nothing here; the sentence is a verdict
    on what it says), with "is"/"are" after the cue and no "that" before it."""
    pronoun = next((k for k in range(i - 1, max(-1, i - 5), -1) if lows[k] in _SAID_THINGS), None)
    if pronoun is None:
        return False
    after = lows[i + 1 : i + 9]
    cop = next((k for k, w in enumerate(after) if w in _COPULAS), None)
    return cop is not None and "that" not in after[: cop + 2]  # not "What X said was that"
