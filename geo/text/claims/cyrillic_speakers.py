"""Claims stage 1 (attribution), speakers of Ukrainian and Russian text.

Bulletins, Telegram posts and TASS/RIA copy are fed untranslated; their attributions
have three shapes, none of them English word order:

- a closing verb, the speaker after it: "..., повідомив Генеральний штаб ЗСУ",
  "..., сообщили в Минобороны России" (an impersonal plural with "в"/"у": the body
  speaks), "\u201c...\u201d, - написав Прокудін";
- an opening phrase: "За даними Генштабу, ...", "По словам губернатора ... Вячеслава
  Гладкова, ...", "Как заявил губернатор Курской области Александр Хинштейн, ...";
- a subject before its verb and "що"/"что": "Росія заявила, що ...", "У Міноборони
  Росії заявили, що ...", "Губернатор ... Олександр Богомаз написав у Telegram, що ...".

:func:`cyrillic_attributions` gives them as :class:`~.context._Attribution` records
like the English cues; :func:`cyrillic_side` gives the side such a speaker speaks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Attribution, _Context, _Draft
from .segmentation import Sentence, _Tok

__all__ = ["cyrillic_attributions", "cyrillic_side", "has_cyrillic", "this_said"]

_STEMS = "повідоми|сообщи|заяви|сказа|написа|зазначи|отмети|наголоси|подчеркну|підкресли|уточни"
#: A past-tense saying verb ("повідомив", "сообщили") or a present one ("повідомляє").
_VERB = (
    rf"(?:(?:{_STEMS})(?:в|ла|ли|л|ло)|повідомляє|повідомляють|сообщает|сообщают"
    r"|заявляє|заявляет|пише|пишет|передає|передает|говориться|говорится)"
)
_WORD = r"[А-ЯЁЄІЇҐа-яёєіїґ'’\-]+"
#: Where a closing speaker's phrase stops: a channel, a date, a comma, the end.
_SPEAKER_STOP = re.compile(
    r"\s+(?:у|в)\s+(?:своєму|своем|своём|своїй|своей|Telegram|телеграм|соцмереж|соцсет)"
    r"|\s+\d|\s+(?:у|в)\s+(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю"
    r"|понедельник|среду|пятницу|субботу|воскресенье)\b|\s+(?:вранці|ввечері|утром|вечером)\b"
    r"|[,;:.!?\u2026]|\s+[-\u2013\u2014]\s",
)
_CLOSING = re.compile(rf"(?:[,\u201d\u00bb\"]\s*[-\u2013\u2014]?|\s[-\u2013\u2014])\s*({_VERB})\s+")
_SENTENCE_OPENING = re.compile(rf"(?:Про це|Об этом)\s+({_VERB})\s+")
_OPENING = re.compile(
    r"(?:За даними|За словами|За інформацією|По словам|По данным|По информации)\s+"
    rf"|(?:Як|Как)\s+({_VERB})\s+",
)
_SUBJECT_VERB = re.compile(rf"\s({_VERB})(?:\s+(?:у|в)\s+\S+)?\s*(?:,\s*(?:що|что)\b|:)")
#: A preposition opening the body that speaks in "У Міноборони заявили", "в Минобороны".
#: "в Минобороны", after a time adverb opening the sentence ("Ранее в Минобороны России
#: сообщили": the ministry, not "Ранее в ...").
_IN_BODY = re.compile(
    r"(?:(?:Ранее|Раніше|Также|Також|Позже|Пізніше|Вчера|Вчора|Сегодня|Сьогодні)\s+)?"
    r"(?:у|в|во|У|В|Во)\s+"
)


def has_cyrillic(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a Cyrillic letter."""
    return re.search("[\u0400-\u04ff]", text[start:end]) is not None


def cyrillic_attributions(ctx: _Context, toks: list[_Tok], sent: Sentence) -> list[_Attribution]:
    """The speakers of a sentence written in Cyrillic, in order of their verbs (empty
    when it has none). Each record's ``source`` is the speaker's phrase as written (a
    person's name when the phrase ends in one), ``kind`` "person" or "org"."""
    text, out = ctx.text, []
    head = text[sent.start : sent.end]
    opening = _OPENING.match(head) or _SENTENCE_OPENING.match(head)
    if opening is not None:
        stop = _SPEAKER_STOP.search(text, sent.start + opening.end(), sent.end)
        end = stop.start() if stop is not None else sent.end
        attr = _speaker(ctx, toks, sent.start + opening.start(), sent.start + opening.end(), end)
        if attr is not None:
            attr.after_content = _SENTENCE_OPENING.match(head) is not None
            out.append(attr)
    for m in _CLOSING.finditer(text, sent.start, sent.end):
        stop = _SPEAKER_STOP.search(text, m.end(), sent.end)
        end = stop.start() if stop is not None else sent.end
        attr = _speaker(ctx, toks, m.start(1), m.end(), end)
        if attr is not None:
            attr.after_content = True
            out.append(attr)
    if not out and (m := _SUBJECT_VERB.search(text, sent.start, sent.end)) is not None:
        start = max(text.rfind(",", sent.start, m.start()) + 1, sent.start)
        words = text[start : m.start()].split()
        if words and len(words) <= 9 and words[0][0].isupper():
            attr = _speaker(ctx, toks, m.start(1), start, m.start())
            if attr is not None:
                out.append(attr)
    return out


def _speaker(
    ctx: _Context, toks: list[_Tok], cue: int, start: int, end: int
) -> _Attribution | None:
    """The attribution whose cue starts at ``cue`` and speaker phrase is text[start:end]."""
    text = ctx.text
    body = _IN_BODY.match(text, start, end)
    if body is not None:
        start = body.end()  # "сообщили в Минобороны России": the ministry
    while start < end and text[start].isspace():
        start += 1
    words = list(re.finditer(_WORD, text[start:end]))
    if not words or len(words) > 10 or not text[start:end].strip(" \"'\u201c\u00ab"):
        return None
    lower = not any(w.group()[0].isupper() for w in words)
    if lower and body is None and not _ROLE.search(text, start, end):
        return None  # "..., сказав він": a pronoun, no speaker here
    source, kind, descriptor = text[start:end].strip(), "org", ""
    caps = [w for w in words if w.group()[0].isupper()]
    pair = " ".join(w.group() for w in caps[-2:])
    if len(words) > 2 and caps[-2:] == words[-2:] and not _STATE_NAME.search(pair):
        # "начальник ОВА Олександр Прокудін": the person, and who he is
        source, kind = f"{caps[-2].group()} {caps[-1].group()}", "person"
        descriptor = text[start : start + caps[-2].start()].strip()
        ctx.persons.setdefault(caps[-1].group(), source)
    elif _GENERIC_BODY.search(source) and ctx.last_org:
        source = ctx.last_org  # "говорится в сообщении ведомства": the ministry named before
    elif len(words) == 1 and words[0].group() in ctx.persons:
        source, kind = ctx.persons[words[0].group()], "person"  # "- написав Прокудін"
    verb = next((i for i, t in enumerate(toks) if t.start >= cue), len(toks) - 1)
    return _Attribution(verb, text[cue : cue + 12].split()[0], start, end, source, kind, descriptor)


#: A state's name closing a body's ("Минобороны Российской Федерации", "Сил України"): no
#: person's name.
_STATE_NAME = re.compile(r"(?i)федерац|росі|росси|российск|російськ|україн|украин")
#: "the agency", "the ministry": the body the text named last.
_GENERIC_BODY = re.compile(r"(?i)(?:ведомств|відомств|министерств|міністерств)\w*$")
_ROLE = re.compile(r"(?i)губернатор|голов|начальник|мер\b|глав|очільник|речник|представител|пресс")

#: Phrases naming a body or office of Russia or Ukraine; Russia is read first, so that
#: "Генштаб ВС РФ" and "губернатор Курской области" are Russian.
_RUSSIAN = re.compile(
    r"(?i)росі|росси|российск|російськ|\bрф\b|минобороны|кремл|песков|тасс|риа\b"
    r"|губернатор\w*\s+(?:\w+\s+)?(?:курськ|курск|бєлгородськ|белгородск|брянськ|брянск"
    r"|ростовськ|ростовск|воронезьк|воронежск|орловськ|орловск|самарськ|самарск)"
)
_UKRAINIAN = re.compile(
    r"(?i)україн|украин|\bзсу\b|\bвсу\b|генштаб|генеральн\w+\s+штаб|\bова\b|\bода\b|зеленськ"
    r"|військов\w*\s+адміністрац|сил\w*\s+оборони|повітрян\w+\s+сил|міноборони|\bмвс\b|\bдснс\b|\bсбу\b|\bгур\b"
)


def cyrillic_side(phrase: str, descriptor: str) -> str | None:
    """"RU" or "UA" for a Cyrillic speaker's phrase (with its description), or None."""
    words = f"{descriptor} {phrase}"
    if _RUSSIAN.search(words):
        return "RU"
    if _UKRAINIAN.search(words):
        return "UA"
    return None


def this_said(ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]) -> list[_Draft]:
    """``drafts``, a claim of "Про це повідомив X ..." / "Об этом сообщил X ..." (X
    reported this) stretched back over the sentence just before it, in its paragraph:
    joined to that sentence's speakerless claim, or over the sentence when no claim
    holds it. Linear: one pass."""
    held = {i for d in drafts for i in range(d.first, d.last + 1)}
    out: list[_Draft] = []
    for d in drafts:
        before = d.first - 1
        if (
            d.source is None
            or before < 0
            or sentences[before].paragraph != d.paragraph
            or sentences[before].line
            or _SENTENCE_OPENING.match(ctx.text, d.start) is None
        ):
            out.append(d)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.last == before and prev.source is None:
            prev.source, prev.cue, prev.kind = d.source, d.cue, d.kind
            prev.descriptor = d.descriptor
            prev.subj_start, prev.subj_end, prev.side, prev.party = (
                d.subj_start, d.subj_end, d.side, d.party,
            )
            prev.end, prev.last = d.end, d.last
            prev.statuses.extend(d.statuses)
            continue
        if before not in held:
            d.start, d.first = sentences[before].start, before
        out.append(d)
    return out
