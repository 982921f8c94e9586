"""Claims stage 2a, phrases: the noun phrase of a speaker around a cue verb.

Pure functions over a sentence's tokens: the phrase ending at a token ("Russia's
defence ministry", "the Institute for the Study of War", "officials installed by
Russia"), the sentence's opening subject, the phrase before "who", and the phrase
after "according to". Each reads a bounded number of tokens around its start.
"""

from __future__ import annotations

import re

from .joined_speakers import joined_name, joined_or_listed, listed_name
from .parties import _PARTIES
from .phrase_parts import (
    _abbreviation_left,
    _joins_name,
    _owned_compound,
    _placed_holder,
    placed_body,
    subject_word,
)
from .segmentation import _bare, _is_cap, _Tok
from .tied_speakers import tied_speaker_start
from .unit_names import unit_left
from .vocab import (
    _ADVERBS,
    _DETERMINERS,
    _FUNCTION_CAPS,
    _NP_PREPOSITIONS,
    _PARTICLES,
    _SOURCE_MODIFIERS,
    _SOURCE_NOUNS,
    _TITLES,
)

__all__ = ["_np_left", "_np_right_end", "_relative_subject", "_sentence_subject", "_skip_left",
           "open_quotation"]  # fmt: skip


#: A speaker's phrase after "according to": up to punctuation, keeping the periods of
#: abbreviations ("the U.S. Census Bureau").
_NP_RIGHT = re.compile(r"(?:[^,.;:—–()“”\"]|(?<=\b[A-Z])\.)*")


_NON_SPACE = re.compile(r"\S+")


def _np_right_end(text: str, pos: int, limit: int) -> int:
    m = _NP_RIGHT.match(text, pos, limit)
    end = m.end() if m else pos
    stop = re.compile(
        r"\s(?:that|who|which|whose|and\s+(?:the|a|an)\s+[a-z]+\s+(?:of|in))\s"
    ).search(text, pos, end)
    if stop:
        end = stop.start()
    words = list(_NON_SPACE.finditer(text[pos:end]))
    if len(words) > 10:
        end = pos + words[9].end()
    return end


#: Auxiliaries of a progressive cue: "is claiming", "were saying".
_PROGRESSIVE = frozenset("is are was were".split())


def _skip_left(toks: list[_Tok], j: int, lo: int, date_tokens: set[int]) -> int:
    """Step left over adverbs, auxiliaries and dates between a subject and its verb."""
    while j >= lo:
        low = toks[j].text.lower()
        if low == ")":
            opening = next(
                (k for k in range(j - 1, max(lo - 1, j - 8), -1) if toks[k].text == "("), None
            )
            if opening is not None:
                j = opening - 1  # "the military intelligence agency (HUR) said"
                continue
        if j in date_tokens or low in _ADVERBS or (low.endswith("ly") and toks[j].text.islower()):
            j -= 1
            continue
        if low in ("not", "n't", "never") and j - 1 >= lo:
            j -= 1
            continue
        if low in _PROGRESSIVE and j + 1 < len(toks) and toks[j + 1].text.endswith("ing"):
            j -= 1  # "The army is claiming"
            continue
        k = next(
            (
                k
                for k in range(j - 1, max(lo, j - 6), -1)
                if toks[k].text.lower() in _PUBLISHED  # past an adverb: "shared widely on X"
                and (on := k + 1 + toks[k + 1].text.endswith("ly")) >= j - 3
                and toks[on].text.lower() in _DATED_BY
                and toks[j].text != ","  # ", in a statement posted on X, said": the body's
            ),
            None,
        )
        if k is not None and k - 1 >= lo:
            j = k - 1  # "footage published on November 26 shows", "posted on Telegram"
            continue
        if low in _PUBLISHED and j - 1 >= lo and toks[j + 1].start > toks[j].end:
            j -= 1  # "footage published Tuesday shows"
            continue
        break
    return j


#: Participles dating or placing evidence before its verb ("footage published on May 2 shows").
_PUBLISHED = frozenset(
    "published posted released filmed shared uploaded circulated taken recorded dated".split()
)
_DATED_BY = frozenset("on in at to from".split())  # not "by": "released by X" names X


#: Ranks and titles written abbreviated before a name ("Brig. Gen.", "Lt. Col.").
_ABBREVIATED_RANKS = frozenset(
    "brig gen lt col maj capt sgt adm cmdr cpl pvt lieut dr prof gov sen rep".split()
)


#: A non-state armed group named in one word ("the Houthis in Yemen", "Hamas in Gaza"):
#: the speaker, the place after it only where the group is.
_GROUP = re.compile("|".join(rx.pattern for rx, side, _ in _PARTIES if side is None), re.IGNORECASE)


#: Lower-case words inside an organisation's name ("Institute for the Study of War").
_NAME_JOINERS = frozenset("of for the on and &".split())


#: "officials installed by Russia": participles whose agent names the speaker's side.
_AGENT_PARTICIPLES = frozenset(
    "installed appointed backed supported sponsored funded armed controlled run led "
    "trained named".split()
)


def _np_left(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The speaker's noun phrase ending at token ``j``: (first, last) token indexes."""
    if toks[j].text.isdigit() and j and toks[j - 1].end == toks[j].start and _is_cap(toks[j - 1]):
        inner = _np_left(toks, j - 1, date_tokens)  # "M23 said": a name split at its digits
        return (inner[0], j) if inner else None
    head = toks[j]
    low = _bare(head.text).lower()
    if j >= 3 and _is_cap(head) and toks[j - 1].text == "by" and toks[j - 2].text in _REACHED:
        inner = _np_left(toks, j - 3, date_tokens)  # "Residents reached by AFP said": not AFP
        return (inner[0], j - 3) if inner else None
    if not (_is_cap(head) or low in _SOURCE_NOUNS) or not head.text[:1].isalpha():
        # "officials at the plant said": the head before a short prepositional phrase;
        # "A medical source at the town's only functioning hospital told", "a source
        # familiar with the matter said", "An official with knowledge of the talks".
        reach = 8 if head.text[:1].isalpha() else 4
        for k in range(j - 1, max(-1, j - reach), -1):
            tl = toks[k].text.lower()
            if not toks[k].text[:1].isalpha():
                return None
            if tl in _POSTED and k and _bare(toks[k - 1].text).lower() in _SOURCE_NOUNS:
                # "The commander of a brigade operating in the Kupiansk direction said"
                inner = _np_left(toks, k - 1, date_tokens)
                if inner is None:
                    return None
                a = inner[0]
                while (
                    a >= 2
                    and toks[a - 1].text.lower() in ("of", "for")
                    and _bare(toks[a - 2].text).lower() in _SOURCE_NOUNS
                ):
                    outer = _np_left(toks, a - 2, date_tokens)  # "The commander of a ..."
                    if outer is None:
                        break
                    a = outer[0]
                return a, k - 1
            if tl in _NP_PREPOSITIONS and k and _bare(toks[k - 1].text).lower() in _SOURCE_NOUNS:
                inner = _np_left(toks, k - 1, date_tokens)
                return (inner[0], j) if inner else None
            if tl in _PLACING and k >= 2:
                close = toks[k - 1].text.lower() in _FAMILIAR
                if tl == "to" and not close:
                    continue  # "documents to the court which show": no speaker placed
                h = k - 2 if close else k - 1
                if _bare(toks[h].text).lower() in _SOURCE_NOUNS:
                    inner = _np_left(toks, h, date_tokens)
                    return (inner[0], j) if inner else None
            if tl == "by" and k >= 2 and toks[k - 1].text.lower() in _REACHED:
                # "Two residents reached by phone said": the speaker before the participle.
                inner = _np_left(toks, k - 2, date_tokens)
                return (inner[0], k - 2) if inner else None
        return None
    if _is_cap(head) and low in _FUNCTION_CAPS:
        return None
    k = j
    while k - 1 >= 0:
        t = toks[k - 1]
        tl = _bare(t.text).lower()
        if k - 1 in date_tokens:
            break
        if tl in _NAME_JOINERS and _joins_name(toks, k):
            k -= 1  # "Institute for the Study of War", "Office for the Coordination"
            continue
        if tl in _DETERMINERS:
            k -= 1
            if (joint := joined_name(toks, k, _np_left(toks, k - 2, date_tokens))) is not None:
                # "The European Union and the United States said": both; "A, B and the C"
                k = joined_or_listed(toks, joint, j, date_tokens, _np_left)
                break
            if (
                k >= 3
                and toks[k - 1].text.lower() in _PLACING
                and toks[k - 2].text.lower() in _FAMILIAR
                and _bare(toks[k - 3].text).lower() in _SOURCE_NOUNS
            ):
                # "A source close to the group", "officials familiar with the talks": the
                # person is the speaker, the body only places them.
                inner = _np_left(toks, k - 3, date_tokens)
                if inner is not None:
                    k = inner[0]
                break
            if placed_body(toks, k):
                k -= 1  # "the Coordination of Government Activities in the Territories"
                continue
            if k >= 2 and toks[k - 1].text.lower() in _NP_PREPOSITIONS:
                # "A source in the agency", "the head of the agency": the person is
                # the speaker, the body only places them.
                holder = _bare(toks[k - 2].text).lower()
                if holder in _SOURCE_NOUNS or holder in _TITLES or _GROUP.fullmatch(holder):
                    inner = _np_left(toks, k - 2, date_tokens)
                    if inner is not None:
                        k = inner[0]
                elif holder in ("member", "members"):  # "a member of a local group"
                    k -= 2
                    if k and toks[k - 1].text.lower() in _MEMBER_COUNTS:
                        k -= 1
            break
        if t.text.isdigit() and k - 2 >= 0 and toks[k - 2].end == t.start and _is_cap(toks[k - 2]):
            k -= 2  # "M23 rebels", "G7 leaders": a name the tokens split at its digits
            continue
        if (u := unit_left(toks, k, low)) is not None:
            k = u  # "the 47th Brigade", "the 57th separate motorised infantry brigade"
            continue
        if k - 2 >= 0 and toks[k - 2].end == t.start and (
            (t.text.isdigit() and toks[k - 2].text in ("-", "‑"))
            or (t.text in ("-", "‑") and t.end == toks[k].start and _is_cap(toks[k - 2]))
        ):
            k -= 1  # "the Rossiya-1 TV channel": a name the tokens split at its hyphen
            continue
        if _is_cap(t) and t.text[:1].isalpha():
            if tl in _FUNCTION_CAPS:
                break
            k -= 1
            continue
        if (a := _abbreviation_left(toks, k - 1)) is not None:
            k = a  # "the ... Operations (UKMTO) agency": the name's abbreviation inside
            continue
        if (
            t.text == "."
            and k - 2 >= 0
            and toks[k - 2].end == t.start
            and toks[k - 2].text.lower() in _ABBREVIATED_RANKS
            and _is_cap(toks[k])
        ):
            k -= 2  # "Army spokesman Brig. Gen. Nabil Abdullah": over the ranks
            continue
        if tl in _SOURCE_MODIFIERS or tl in _SOURCE_NOUNS:
            k -= 1
            continue
        if (
            k == j
            and t.text.isalpha()
            and t.text.islower()
            and k - 2 >= 0
            and _INITIALS.fullmatch(toks[k - 2].text)
        ):
            k -= 1  # "the U.N. migration agency", "the EU border agency": what it does
            continue
        if _owned_compound(toks, k - 1, j):
            k -= 1  # "Sudan's electricity company": a noun naming what the body does
            continue
        if tl in ("and", "&") and k - 2 >= 0 and _is_cap(toks[k - 2]) and _is_cap(toks[k]):
            k -= 1
            continue
        if tl == "and" and k - 2 >= 0 and _bare(toks[k - 2].text).lower() in _SOURCE_NOUNS:
            # "an AFP correspondent and Lebanese state media reported": two speakers, when
            # the first opens the sentence or a clause (not "killed two soldiers and ...").
            inner = _np_left(toks, k - 2, date_tokens)
            if inner is not None and (inner[0] == 0 or toks[inner[0] - 1].text in ",;"):
                k = inner[0]
            break
        if tl in _PARTICLES and k - 2 >= 0 and _is_cap(toks[k - 2]):
            k -= 1  # "Ursula von der Leyen"
            continue
        if t.text.endswith(("’s", "'s")) and t.text[:1].isalpha():
            k -= 1  # "the territory's Health Ministry"
            continue
        if tl in _NP_PREPOSITIONS and k - 2 >= 0:
            before = _bare(toks[k - 2].text).lower()
            if before in _SOURCE_NOUNS or before in _TITLES or _GROUP.fullmatch(before):
                # "officials in Kyiv", "the Houthis in Yemen": the speaker, then where
                k -= 1
                continue
            if placed_body(toks, k):
                k -= 1  # "The Red Cross in Gaza": the body, then where
                continue
            holder = _placed_holder(toks, k - 2)
            if holder is not None:
                # "Medics at Nasser Hospital in Khan Younis": the medics, placed twice
                inner = _np_left(toks, holder, date_tokens)
                if inner is not None:
                    k = inner[0]
        if tl in ("to", "with") and k - 3 >= 0 and toks[k - 2].text.lower() in _TIED:
            # "Jihadists linked to Al-Qaeda said": the speaker before the participle.
            inner = _np_left(toks, k - 3, date_tokens)
            if inner is not None:
                k = inner[0]
            break
        if tl == "by" and k - 3 >= 0 and toks[k - 2].text.lower() in _AGENT_PARTICIPLES:
            inner = _np_left(toks, k - 3, date_tokens)  # "officials installed by Russia"
            if inner is not None and _bare(toks[k - 3].text).lower() in _SOURCE_NOUNS:
                k = inner[0]
        if t.text == "," and (listed := listed_name(toks, k, j, date_tokens, _np_left)) is not None:
            k = listed  # "The governments of Lithuania, Latvia, Estonia and Poland said"
        k = tied_speaker_start(toks, k, date_tokens, _np_left)  # "loyal to the recognised"
        break
    return k, j


#: A body's initials before what it does: "U.N.", "UN", "EU" (not "US": a pronoun's case).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|(?!US$)[A-Z]{2,5}")
#: Participles tying a speaker to a group: "Jihadists linked to Al-Qaeda".
_TIED = frozenset("linked loyal allied affiliated aligned tied close".split())
#: Words before "member(s) of": "a member of", "two members of".
_MEMBER_COUNTS = _DETERMINERS | frozenset("one two three four several some many".split())


#: Prepositions placing a speaker: "an official with knowledge of", "a source close to".
_PLACING = frozenset("with to".split())
_FAMILIAR = frozenset("familiar close knowledgeable loyal allied aligned affiliated".split())
#: Participles between a speaker and the cue: "residents reached by phone said".
_REACHED = frozenset("reached contacted interviewed quoted cited".split())
#: Participles placing a speaker: "a brigade operating in the Kupiansk direction said", "an
#: official speaking on condition of anonymity told us".
_POSTED = frozenset("operating fighting based deployed stationed serving working speaking".split())


def _sentence_subject(toks: list[_Tok], upto: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence (after a leading adverbial and its comma)."""
    k = 0
    lead = toks[0].text.lower() if toks else ""
    if (lead in _FUNCTION_CAPS and lead not in _DETERMINERS) or 0 in date_tokens:
        comma = next((i for i in range(upto) if toks[i].text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    b = k
    while b < upto:
        t = toks[b]
        tl = _bare(t.text).lower()
        if b == k and tl in _DETERMINERS:
            b += 1
            continue
        if subject_word(toks, b, upto):  # "Ukraine's Dnipro operational-strategic group"
            b += 1
            continue
        break
    if b == k:
        return None
    return _np_left(toks, b - 1, date_tokens)


def _relative_subject(toks: list[_Tok], j: int, date_tokens: set[int]) -> tuple[int, int] | None:
    """ "Officials who spoke on condition of anonymity said": the phrase before "who";
    "The M23, which Rwanda backs, said": the phrase before a relative clause set off by
    commas."""
    if toks[j].text == ",":
        for k in range(j - 1, max(-1, j - 16), -1):
            t = toks[k].text
            if t in (",", ";", "—", ".", "“", "”", '"'):
                return None
            if t.lower() in ("who", "which", "whose") and k >= 2 and toks[k - 1].text == ",":
                return _np_left(toks, k - 2, date_tokens)
        return None
    for k in range(j, max(-1, j - 12), -1):
        if toks[k].text in (",", ";", "—"):
            return None
        if toks[k].text.lower() == "who" and k:
            return _np_left(toks, k - 1, date_tokens)
    return None


def open_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves a quotation open: more curly opening marks than
    closing ones, or an odd number of straight ones ('Terekhov said: "The city was
    attacked again. Two buildings were damaged."': the second sentence is still his).

    >>> open_quotation('He said: "The city was attacked again. ', 0, 38)
    True
    >>> open_quotation('He said: “It was attacked.” Then', 0, 31)
    False
    """
    curly = text.count("“", start, end) - text.count("”", start, end)
    return curly > 0 or text.count('"', start, end) % 2 == 1
