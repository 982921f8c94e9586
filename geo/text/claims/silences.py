"""Claims stage 3c, silences: which earlier claims a no comment or an unverifiable
account leaves unverified.

"Kyiv did not comment on the Russian statement" is about the latest Russian claim,
"has not commented on the reported losses" about the claim that states the losses,
"has not commented on the loss of Severnoye" about the claim naming Severnoye; with no
object, "Kyiv has not commented" reaches every claim of the speaker's run in the
paragraph, and a named party's silence ("Russia's Defence Ministry did not respond")
the claim that names that party. "Neither side's losses can be verified" is about
every side's count, "either side's account" about the two sides' exchange
(:mod:`.figures`). Each looks back a few claims at most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as lx
from .caveat_scope import entry_start
from .context import _Context, _Draft
from .nationality import war_blogger_country
from .parties import FIGURES
from .segmentation import body_start
from .sides import INDEPENDENT, speaker_side
from .silence_places import silent_elsewhere
from .witness_silences import past_witnesses

__all__ = ["comment_run", "comment_target", "others_before", "speaker_run"]


#: What a "has not commented" is about: "on the Russian statement", "on the reported
#: losses", "about the claims" (up to three words: the object's noun is among them).
_COMMENT_OBJECT = re.compile(
    r"\s+(?:on|about|regarding|to(?!\s+(?:[\w’'-]+\s+){0,2}requests?\b))\s+"
    r"(?P<words>[\w’'-]+(?:\s+[\w’'-]+){0,2})"
    r"(?P<more>(?:\s+[\w’'-]+){0,6})"  # "on reports of a strike in Kursk"
)
#: Where the object of "has not commented on" ends before its window does: "... on the
#: strikes but said its troops had taken Pishchane" (the rest is another clause).
_OBJECT_END = re.compile(r"[,;]|\s(?:but|and|while|saying|although|though|as)\b")
#: A name in the object of "has not commented on": "the loss of Severnoye" (not an
#: owner: "Moscow's claim").
_OBJECT_NAME = re.compile(r"\b[A-Z][\w-]+\b(?![’']s\b)")
#: Objects that are figures, and the words of a claim that states such a figure:
#: "the losses" -> "the army lost up to 510 servicemen". A figure of any other kind
#: ("the figures", "the numbers") is about a claim that states a number.
_FIGURES: dict[str, re.Pattern[str] | None] = {
    **dict.fromkeys(("loss", "losses"), re.compile(r"\blos(?:t|s|ses|ing|e)\b", re.I)),
    **dict.fromkeys(
        ("casualties", "casualty", "toll", "tolls", "deaths", "dead"),
        re.compile(
            r"\b(?:casualt\w*|killed|killing|dead|died|deaths?|wounded|wounding|injured|"
            r"injuring|injuries|toll|neutrali[sz]ed|lost)\b",
            re.I,
        ),
    ),
    **dict.fromkeys(("figures", "figure", "numbers", "count", "tally", "estimates"), None),
}
#: How far back the claim a reaction names may be (claims, sentences).
_CLAIMS_BACK, _SENTENCES_BACK = 8, 6


def _recent(drafts: list[_Draft], idx: int) -> Iterator[_Draft]:
    """The claims a reaction in sentence ``idx`` may be about, latest first: the last
    few, of the last few sentences."""
    for d in reversed(drafts[-_CLAIMS_BACK:]):
        if idx - d.last > _SENTENCES_BACK:
            return
        yield d


def _accusing(
    ctx: _Context, drafts: list[_Draft], prev: _Draft | None, idx: int, who: tuple[int, int]
) -> _Draft | None:
    """The claim a party's silence answers ("Russia's Defence Ministry did not respond to
    a request for comment" at ``text[who[0]:who[1]]``): ``prev`` when it names the
    party's country, else the latest recent claim of another side that does, else
    ``prev``, unless ``prev`` is an independent speaker's (an analyst's assessment that
    does not name the party is nothing it answers): None."""
    a, b = who
    phrase = ctx.text[a:b].strip(" ,")
    side, _ = speaker_side(ctx, a, b, phrase)
    if prev is None or side == INDEPENDENT:
        return prev
    if side is None:
        # A party with no country ("Hezbollah did not comment"): the claim naming it.
        names = {w.lower() for w in _NAME_WORD.findall(phrase)} - _ARTICLES
        if not names:
            return prev
        if names & _said_words(ctx, prev):
            return prev
        others = (
            d
            for d in _recent(drafts, idx)
            if d.source is not None and not names & set(d.source.lower().split())
        )
        found = next((d for d in others if names & _said_words(ctx, d)), None)
        # "The RSF did not respond" after a UN agency's words on aid: nothing it answers
        return None if found is None and prev.side == INDEPENDENT else found or prev
    if _about_side(ctx, prev, side) or _hostile_act(ctx, prev, side):
        # "A resident said ... The junta has not commented": the party's claim before
        return past_witnesses(ctx, _recent(drafts, idx), prev, side, _about_side) or prev
    entry = entry_start(ctx.text, a)  # a live page's entry: not the one above it
    others = (d for d in _recent(drafts, idx) if d.side not in (None, side) and d.start >= entry)
    found = next((d for d in others if _about_side(ctx, d, side)), None)
    if found is None and (prev.side not in (None, side) or prev.source is None):
        # "The Pentagon declined to comment" after an analyst's assessment; "The Kremlin
        # did not respond" after Kyiv's words on its own needs; "Russia's Defence Ministry
        # has not commented" after the outlet's own finding naming nothing of Russia's:
        # nothing it was asked about
        return None
    return found or prev


_NAME_WORD = re.compile(r"\b[A-Z][\w-]+")
_ASKED = re.compile(r"\brequests?\s+for\s+comment$", re.IGNORECASE)
_ARTICLES = frozenset(("the", "a", "an"))
#: An object pointing back at the claim before: "the report", "its findings", "the claim".
_BACK_OBJECT = re.compile(
    r"(?:the|its|their|this|that|these)\s+(?:report|findings|claims?|allegations?|"
    r"accusations?|statement|study|assessment|investigation)$",
    re.IGNORECASE,
)


def _about_side(ctx: _Context, d: _Draft, side: str) -> bool:
    """Whether claim ``d`` names the country ``side``: a demonym, its name, or a place
    in it ("captured Lozove" is about Ukraine), or one of its public figures ("Belousov
    was expected to visit the front. The Kremlin declined to comment.": about Belousov)."""
    words = _said_words(ctx, d)
    if _names_side(ctx, words, side) or any(FIGURES.get(w) == (side, None) for w in words):
        return True
    a, b = (d.subj_start, d.subj_end) if d.subj_start >= d.start else (d.start, d.start)
    if d.descriptor and b > a:
        # "Rob Lee, a senior fellow at an institute in Philadelphia, said": who speaks
        at = ctx.text.find(d.descriptor, b, b + len(d.descriptor) + 4)
        b = at + len(d.descriptor) if at >= 0 else b
    return any(
        getattr(getattr(t, "place", None), "country_code", None) == side
        for t in ctx.literal_places(body_start(ctx.text, d.start, d.end), d.end)  # no dateline
        if not a <= t.start < b
    )


#: A military act against another party: "shot down 38 drones", "repelled an attack".
_HOSTILE = re.compile(
    r"\b(?:shot\s+down|downed|intercepted|destroyed|repelled|repulsed|struck|hit|shelled|"
    r"attacked|captured|liberated|seized|took\s+control)\b"
)


def _hostile_act(ctx: _Context, d: _Draft, side: str) -> bool:
    """Whether claim ``d``, by a country's speaker other than ``side``, states a military
    act, which the other party is silent about ("The Russian Defence Ministry said its air
    defences shot down 38 drones over Bryansk region. Kyiv did not comment.")."""
    if d.side in (None, INDEPENDENT, side) or len(d.side) != 2 or len(side) != 2:
        return False
    return _HOSTILE.search(ctx.text, d.start, d.end) is not None


def comment_target(
    ctx: _Context,
    drafts: list[_Draft],
    prev: _Draft | None,
    idx: int,
    end: int,
    stop: int,
    who: tuple[int, int] | None = None,
) -> _Draft | None:
    """The claim a "has not commented on X" is about (:func:`_comment_target`), or None
    when the silence's sentence names places of another theatre than that claim's (see
    :func:`~geo.text.claims.silence_places.silent_elsewhere`)."""
    found = _comment_target(ctx, drafts, prev, idx, end, stop, who)
    return None if found is not None and silent_elsewhere(ctx, found, end, stop) else found


def _comment_target(
    ctx: _Context,
    drafts: list[_Draft],
    prev: _Draft | None,
    idx: int,
    end: int,
    stop: int,
    who: tuple[int, int] | None = None,
) -> _Draft | None:
    """The claim a "has not commented on X" in sentence ``idx`` is about (the cue ends
    at ``end``, its sentence at ``stop``): the latest recent claim by the country X
    names ("did not comment on the Russian statement"), or naming the place or name X
    names ("has not commented on the loss of Severnoye"), or stating the figure X names
    ("has not commented on the reported losses": the claim that the army "lost up to
    510 servicemen", not a later one about the injured); None when X names a place no
    recent claim names ("did not comment on the attack on Sumy" after a claim about
    Kupiansk: silent about another event); with no object, the claim that
    names the silent party ``text[who[0]:who[1]]``, if given (see :func:`_accusing`);
    else ``prev``, the claim just before. Looks back a few claims and sentences at most."""
    m = _COMMENT_OBJECT.match(ctx.text, end, stop)
    if m is None and drafts and who is not None and who[0] < who[1]:
        return _accusing(ctx, drafts, prev, idx, who)
    if m is None or not drafts:
        return prev
    if _future_question(ctx.text, m.start("words"), stop):
        return None  # "declined to comment on when power would be restored"
    words = m.group("words").lower().split()
    codes = [lx.DEMONYMS[w] for w in words if w in lx.DEMONYMS]
    recent = list(_recent(drafts, idx))
    if codes:
        return next((d for d in recent if d.side == codes[0]), prev)
    text = ctx.text
    cut = _OBJECT_END.search(text, m.start("words"), m.end("more"))
    object_end = cut.start() if cut is not None else m.end("more")
    names = [
        n.group()
        for n in _OBJECT_NAME.finditer(text, m.start("words"), object_end)
        if n.group().lower() not in lx.DEMONYMS
    ]
    if names:
        # "has not commented on the loss of Severnoye": the claim that names Severnoye.
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        named = next((d for d in recent if rx.search(text, d.start, d.end)), None)
        if named is not None:
            return named
        if ctx.literal_places(m.start("words"), object_end):
            return None  # "did not comment on the attack on Sumy": no claim here names it
    if (owned := _owners_claim(ctx, recent, m.group("words"))) is not None:
        return owned  # "did not comment on the army's statement": the army's claim
    if _BACK_OBJECT.match(m.group("words")):
        return prev  # "did not respond to a request for comment on the report": the one before
    figure = next((w for w in words if w in _FIGURES), None)
    if figure is None and who is not None and who[0] < who[1] and _ASKED.search(text, who[1], end):
        # "did not respond to a request for comment on the village": the object of a
        # request, naming nothing the claims name (not "on the claim", which is the claim
        # before); the claim naming the silent party, as with no object
        return _accusing(ctx, drafts, prev, idx, who)
    if figure is None and who is not None and who[0] < who[1] and prev is not None:
        # "has not commented on the attack" after a resident's words: the party's claim
        side, _ = speaker_side(ctx, who[0], who[1], text[who[0] : who[1]].strip(" ,"))
        if side not in (None, INDEPENDENT):
            found = past_witnesses(ctx, recent, prev, side, _about_side) or prev
            if found.side != side or war_blogger_country(found.source or "") is not None:
                return found  # (its side's war bloggers are reports it may not comment on)
            # "The Kremlin did not comment on the strike" after Russia's ministry's count:
            # a party is silent about the other side's claim, never about its own side's
            return next((d for d in recent if d.side not in (None, INDEPENDENT, side)), None)
    if figure is None:
        return prev
    numbered = [d for d in recent if ctx.quantities.any_inside(d.start, d.end)]
    own = _silent_side(ctx, who)
    if own is not None:
        # "Kyiv has not commented on losses" after Kyiv's count of Russia's: its silence
        # is about its own losses, the other side's claims of them, never its own claims
        numbered = [d for d in numbered if d.side != own]
        prev = None if prev is not None and prev.side == own else prev
    words_rx = _FIGURES[figure]
    if words_rx is not None:
        return next((d for d in numbered if words_rx.search(text, d.start, d.end)), prev)
    return numbered[0] if numbered else prev


#: A claim's noun after its owner's possessive: "the army's statement", "the
#: ministry's claims".
_OWNED_OBJECT = re.compile(
    r"(?:the\s+)?(?P<owner>[a-z]+)[’']s\s+(?:statement|claims?|account|report|remarks|"
    r"assertions?|allegations?|accusations?)\b"
)


def _owners_claim(ctx: _Context, recent: list[_Draft], words: str) -> _Draft | None:
    """The latest of the ``recent`` claims whose speaker's name holds the owner of the
    silence's object ``words`` ("the army's statement": "the Israeli army"), or None."""
    m = _OWNED_OBJECT.match(words)
    if m is None:
        return None
    owner = m.group("owner")
    return next((d for d in recent if d.source and owner in d.source.lower().split()), None)


#: An object of "declined to comment on" that asks what is still to come: "when power
#: would be restored", "how long the repairs will take" (not "whether", which asks if
#: the claim is true).
_FUTURE_QUESTION = re.compile(
    r"(?i:when|how\s+(?:long|soon|quickly)|what\s+(?:time|date)|by\s+when)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:would|will|could|might|may|can|is\s+to|are\s+to|"
    r"was\s+to|were\s+to|is\s+expected|are\s+expected)\b"
)


def _future_question(text: str, start: int, stop: int) -> bool:
    """Whether the object of a no comment at ``text[start:stop]`` asks when or how soon
    something will happen ("on when power would be restored"): a silence about what is
    to come, not about any claim already made."""
    return _FUTURE_QUESTION.match(text, start, stop) is not None


def _silent_side(ctx: _Context, who: tuple[int, int] | None) -> str | None:
    """The country of the party silent at ``text[who[0]:who[1]]`` ("Kyiv"), or None."""
    if who is None or who[0] >= who[1]:
        return None
    side = speaker_side(ctx, who[0], who[1], ctx.text[who[0] : who[1]].strip(" ,"))[0]
    return None if side == INDEPENDENT else side


def comment_run(
    ctx: _Context, drafts: list[_Draft], about: _Draft, end: int, stop: int
) -> list[_Draft]:
    """The claims a "has not commented" with no object (its cue ends at ``end``, its
    sentence at ``stop``) leaves unverified: ``about``, the claim before, and the claims
    of the same speaker (or of the same side) just before it in its paragraph
    ("Russia's Defence Ministry said its forces had captured ... It also said ... Kyiv
    has not commented": both). With an object ("on the losses") only ``about``."""
    m = _COMMENT_OBJECT.match(ctx.text, end, stop)
    if m is None:
        return speaker_run(drafts, about)
    if _PLURAL_OBJECT.match(m.group("words")):
        # "has not commented on the reports": every recent claim of that speaker.
        return speaker_run(drafts, about, across=True)
    return [about]


#: An object naming several claims: "the reports", "these claims", "the Russian claims".
_PLURAL_OBJECT = re.compile(
    r"(?i:the|these|those|such)\s+(?:[\w-]+\s+)?(?:claims|reports|statements|assertions|"
    r"allegations)\b"
)


def speaker_run(drafts: list[_Draft], about: _Draft, *, across: bool = False) -> list[_Draft]:
    """``about`` and the claims of the same speaker (or of the same known side) just
    before it in its paragraph (``across``: in the paragraph before too), latest first:
    what "Kyiv has not commented" or "Hamas rejected the military's claims" is about."""
    at = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i] is about), None)
    run = [about]
    if at is None:
        return run
    for d in reversed(drafts[max(0, at - _CLAIMS_BACK) : at]):
        same = d.source == about.source or (
            about.side not in (None, INDEPENDENT) and d.side == about.side
        )
        if about.paragraph - d.paragraph > across or d.source is None or not same:
            break
        run.append(d)
    return run


def _said_words(ctx: _Context, d: _Draft) -> set[str]:
    """The lower-cased words of what claim ``d`` says (its speaker's phrase left out)."""
    text = ctx.text
    a, b = (d.subj_start, d.subj_end) if d.subj_start >= d.start else (0, 0)
    content = f"{text[d.start : a]} {text[b : d.end]}" if b else text[d.start : d.end]
    return {w.lower() for w in re.findall(r"[\w-]+", content)}


def _names_side(ctx: _Context, words: set[str], side: str) -> bool:
    """Whether ``words`` name the country ``side`` by a demonym or its name."""
    country = ctx.country_names.get(side, "")
    return any(lx.DEMONYMS.get(w) == side for w in words) or (
        bool(country) and country.lower() in words
    )


def others_before(drafts: list[_Draft], idx: int, own: _Draft) -> _Draft | None:
    """The claim a pronoun's silence in sentence ``idx`` is about when the claim just
    before, ``own``, is the silent one's ("The military said it struck militants. It said
    it took steps to reduce harm. It did not comment on the individual strikes."): the
    latest recent claim by another speaker, or None; never the speaker's own words."""
    if own.source is None:
        return own
    return next((d for d in _recent(drafts, idx) if d.source not in (None, own.source)), None)
