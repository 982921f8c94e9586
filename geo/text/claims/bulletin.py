"""Claims stage 4c, bulletins: a state agency's copy going on with a body's report.

Copy filed by a state agency ("MOSCOW, November 28. /TASS/.", "KYIV (Ukrinform)")
retells its state's military bulletin and drops the attribution after a while:
"..., the ministry reported. Russian air defenses shot down 118 Ukrainian drones
over the past day." The second sentence is the ministry's too, not the agency's own
reporting. :func:`bulletin_speaker` gives an unattributed claim the speaker of the
claim before when

- the text is filed by a state agency (:func:`~geo.text.claims.parties.filing_state`)
  and the claim before has a speaker of that state and ends at most two sentences
  before, in the same paragraph or the one before; or, in other copy, the claim
  before ends in the sentence before, in the same paragraph, and its speaker is a
  body with a country's side ("..., the Air Force reported. Air defense units downed
  35 drones"), and the forces are named without a nationality (a nationality there,
  "Russian forces are within 16 km of Sumy", is the article's own account), and
- the sentence opens (after a fronted place, "In the Zaporozhye area,") with that
  state's forces as its subject: "Russian air defenses", "Russian forces", "Units of
  the Battlegroup East", "Battlegroup North units", "Air defense forces", or, in a state
  agency's copy, bare forces acting on another state's ("In the Zaporozhye region, units
  struck Ukrainian forces near Rabotino", "artillery hit a Ukrainian boat") after a
  body's claim (not "a source in the emergency services told TASS").

In any copy, a toll or a count of hits with no speaker of its own right after a claim
of a speaker with a country's side, in the same paragraph, goes on with that speaker:
"..., regional head Oleh Kiper said. Two workers were wounded, one of them seriously.",
"..., the Air Force said. Hits by 19 drones were recorded at eight locations." (also "Hits
by 21 drones and all three missiles were recorded").

A sentence in a bulletin's own voice goes on with the claim of the sentence before
whatever copy files it, in the same paragraph or the next, when that claim's speaker is
a body with a country's side: a count per front "direction" ("In the Pokrovsk
direction, Russian troops attacked 42 times"), "the enemy" or "defenders" as the subject
(a party's words for the two sides), the stock subjects of a defence ministry's
summary ("Operational-tactical aviation, drones ... hit"), and a passive downing with
no forces named ("Another drone was downed over Kursk", "Two missiles were
intercepted", "Two more were downed over the Kursk Region", "Over Crimea, another UAV
was destroyed").

A person's words do not go on into the next paragraph: a spokeswoman quoted between a
ministry's lines issues no bulletin ("..., plant spokeswoman Yevgeniya Yashina said." then
"In the Kharkov Region, Russian troops advanced near Volchansk"); the line goes on with the
body of the person's side that spoke last before them, a few claims back, as if its claim
were the one before (:func:`bulletin_body`).

In a state agency's copy, a paragraph that retells its state's official ("According to
Gladkov, the victim was taken to hospital.") goes on with the official's account in its
next sentence of the paragraph ("In the village of X, a drone dropped an explosive
device on a private household"), unless that sentence describes a place.

Anything else (a sentence about the other side, background, a place's description)
stays the agency's own reporting. Linear: reads the first words of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon as lx
from .context import _Draft
from .linking import _described
from .parties import filing_state
from .segmentation import Sentence

__all__ = ["FIGHTING_UNIT", "bulletin_speaker"]


#: The forces a bulletin reports on, as a sentence's subject after an optional fronted
#: place: "Russian air defenses", "units of the Battlegroup East", "Air defense forces".
_FORCES_SUBJECT = re.compile(
    r"(?:(?:In|Near|Over|On)\s+[^,.;]{1,60},\s+)?(?:[Tt]he\s+)?"
    r"(?:(?P<demonym>[A-Z][a-z]+)\s+)?"
    r"(?P<subject>"
    r"(?:[Uu]nits|[Ff]ormations|[Tt]roops)\s+of\s+the\s+Battlegroup\s+[A-Z]\w+|"
    r"Battlegroup\s+[A-Z]\w+\s+(?:units|troops|forces)|"
    r"[Aa]ir\s+defen[cs]es?(?:\s+(?:forces|systems|units))?|[Ff]orces|[Tt]roops|[Uu]nits|"
    r"[Aa]viation|[Aa]rtillery|[Dd]efenders|[Nn]avy|[Aa]ir\s+[Ff]orce|[Aa]rmed\s+[Ff]orces"
    r")\b"
)
#: A sentence in a bulletin's own voice (see the module docstring), after an optional
#: fronted time or place ("Overnight,", "Over the Kursk Region,").
_BULLETIN_VOICE = re.compile(
    r"(?:(?:In|Near|Over|On|Overnight|During|Since)\b[^,.;]{0,60},\s+)?(?:"
    r"(?<![\w-])In\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+direction\b|"
    r"(?:[Tt]he\s+)?[Ee]nemy\b(?!\s+(?:of|to)\b)|(?:(?:[Oo]ur|[A-Z][a-z]+)\s+)?[Dd]efenders\b|"
    r"Operational-tactical\s+aviation\b|"
    r"(?:(?:[Aa]nother|[Oo]ne\s+more|[Aa]\s+further|[A-Za-z]+|\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones?|UAVs?|missiles?|rockets?|bombs?|projectiles?|aircraft)|"
    r"(?:[A-Za-z]+|\d[\d,]*)\s+more)\s+(?:was|were)\s+"
    r"(?:also\s+)?(?:downed|shot\s+down|destroyed|intercepted|neutrali[sz]ed|suppressed)\b)"
)
#: A toll or a count of hits with no place, date or speaker of its own, the speaker's
#: account going on: "Two workers were wounded, one of them seriously.", "Hits by 19
#: drones were recorded at eight locations."
_TOLL_LINE = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?(?:people|civilians|workers|"
    r"residents|passengers|children|men|women|employees|others|soldiers|servicemen)\s+"
    r"(?:was|were)\s+(?:also\s+)?(?:killed|wounded|injured|hurt|hospitali[sz]ed)|"
    r"Hits\s+by\s+(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|UAVs)\s+"
    r"(?:and\s+(?:all\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|UAVs)\s+)?"
    r"(?:was|were)\s+recorded)\b"
)
#: A speaker that is a fighting unit, no body that issues bulletins: "a Ukrainian
#: brigade", "the 47th Mechanised Brigade", "a drone battalion" speaks for itself only,
#: its words no further than its own paragraph.
FIGHTING_UNIT = re.compile(
    r"\b(?:brigades?|battalions?|regiments?|compan(?:y|ies)|platoons?|squads?|units?|"
    r"detachments?|crews?|soldiers?|servicem[ae]n|fighters?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: A bulletin's units named by their battlegroup are the filing state's (TASS copy).
_BATTLEGROUP = re.compile(r"\bBattlegroup\b")


def bulletin_speaker(text: str, sent: Sentence, idx: int, prev: _Draft | None) -> bool:
    """Whether sentence ``idx`` (no speaker of its own) goes on with the report of
    ``prev``, the claim before, in a state agency's copy (see the module docstring)."""
    if prev is None or prev.source is None or prev.side is None:
        return False
    if idx - prev.last > 2 or not 0 <= sent.paragraph - prev.paragraph <= 1:
        return False
    if sent.paragraph != prev.paragraph and idx - prev.last > 1:
        return False
    if sent.paragraph != prev.paragraph and FIGHTING_UNIT.search(prev.source):
        return False  # "A brigade in the Pokrovsk direction said ... ¶ In the X direction,"
    if sent.paragraph != prev.paragraph and prev.kind == "person":
        return False  # "..., plant spokeswoman Yashina said. ¶ In the Kharkov Region, ..."
    if idx - prev.last == 1 and _TOLL_LINE.match(text, sent.start, sent.end):
        return sent.paragraph == prev.paragraph and len(prev.side) == 2  # "Two were wounded"
    voice = _BULLETIN_VOICE.match(text, sent.start, sent.end) is not None
    if voice and idx - prev.last == 1 and prev.kind == "org" and len(prev.side) == 2:
        return True  # "..., the summary said. In the Huliaipole direction, Russian troops"
    agency = filing_state(text)
    if agency is None:
        # Other copy: only the next sentence of the same paragraph ("..., the Air Force
        # reported. Air defense units downed 35 drones ...").
        if sent.paragraph != prev.paragraph or idx - prev.last != 1 or len(prev.side) != 2:
            return False
        if prev.kind != "org":
            return False  # a person's words are not a bulletin
        agency, own_only = prev.side, True
    else:
        own_only = False
    if prev.side != agency:
        return False
    if (
        not own_only
        and prev.cue == "according to"
        and idx - prev.last == 1
        and sent.paragraph == prev.paragraph
        and not _described(text, sent.start, sent.end)
    ):
        return True  # "According to Gladkov, ... . In the village of X, a drone dropped ..."
    if voice:
        return True  # "..., the ministry said. Another drone was downed over Kursk."
    m = _FORCES_SUBJECT.match(text, sent.start, sent.end)
    if m is None:
        return False
    demonym = m.group("demonym")
    if demonym is not None and own_only:
        return False  # "Russian forces are within 16 km of Sumy": the article's own words
    if demonym is not None:
        return lx.DEMONYMS.get(demonym.lower()) == agency
    # No nationality: battlegroups and "Air defense forces" are the agency state's own in
    # its copy, as the agency names the other side's forces by their nationality.
    subject = m.group("subject")
    if _BATTLEGROUP.search(subject) is not None or subject.lower().startswith("air"):
        return True
    if own_only or prev.kind != "org" or _SOURCE_WORD.search(prev.source):
        return False  # "a source in the emergency services told TASS": no bulletin
    return _strikes_other_side(text, m.end(), sent.end, agency)


#: An unnamed informant, who issues no bulletin: "a source in the emergency services".
_SOURCE_WORD = re.compile(r"\bsources?\b", re.IGNORECASE)
#: A demonym as a word, for :func:`_strikes_other_side`.
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _strikes_other_side(text: str, start: int, end: int, agency: str) -> bool:
    """Whether the words after a bare subject (``text[start:end]``) name another state's
    forces or things by their nationality: in a state agency's copy "units struck
    Ukrainian forces near Rabotino", "artillery hit a Ukrainian boat" are the agency
    state's units, the bulletin going on."""
    for w in _WORD.finditer(text, start, end):
        side = lx.DEMONYMS.get(w.group().lower())
        if side is not None and side != agency:
            return True
    return False


#: How many claims back the body a person's words came between may be.
_BODY_BACK = 4


def bulletin_body(
    drafts: list[_Draft], prev: _Draft | None, sent: Sentence, idx: int, text: str
) -> _Draft | None:
    """The claim whose speaker the unattributed sentence ``idx`` goes on with: ``prev``
    when :func:`bulletin_speaker` says so; when ``prev`` is a person's in the paragraph
    before, the latest claim of a body of the person's side among the last few, when the
    sentence would go on with it were it the claim before; else None."""
    if bulletin_speaker(text, sent, idx, prev):
        return prev
    if prev is None or prev.kind != "person" or sent.paragraph == prev.paragraph:
        return None
    body = next(
        (d for d in reversed(drafts[-_BODY_BACK:]) if d.kind == "org" and d.source
         and d.side is not None and d.side == prev.side),
        None,
    )
    if body is None:
        return None
    near = replace(body, last=prev.last, paragraph=prev.paragraph)
    return body if bulletin_speaker(text, sent, idx, near) else None


def copy_voice(d: _Draft, voice: _Draft) -> None:
    """Give ``d`` the speaker of ``voice`` (source, cue, kind, side, description, party)."""
    d.source, d.cue, d.kind, d.side = voice.source, voice.cue, voice.kind, voice.side
    d.descriptor, d.party = voice.descriptor, voice.party
