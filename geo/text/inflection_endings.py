"""Recognition, inflected names: the case endings of Russian and Ukrainian place names.

:func:`nominative_forms` undoes the common case endings of a noun (or a name that is an
adjective) and :func:`adjective_forms` those of an adjective before a noun ("Нижнем
Новгороде"); :mod:`geo.text.inflection` looks the forms up in the gazetteer.
"""

from __future__ import annotations

__all__ = ["POSSESSIVE_ENDINGS", "POSSESSIVE_STEMS", "adjective_forms", "nominative_forms"]

#: (ending of the inflected word, ending of its nominative), longest endings first.
_ENDINGS: tuple[tuple[str, str], ...] = (
    # -ия / -ія: "России", "Росії" -> "Россия", "Росія"
    ("ией", "ия"),
    ("ию", "ия"),
    ("ии", "ия"),
    ("ією", "ія"),
    ("ію", "ія"),
    ("ії", "ія"),
    # Ukrainian є/ї: "Києва", "Києві", "Києвом" -> "Київ"
    ("єві", "їв"),
    ("єва", "їв"),
    ("євом", "їв"),
    ("єву", "їв"),
    # plural names: "Сумах", "Черкасах" -> "Сумы", "Суми"
    ("ах", "ы"),
    ("ах", "и"),
    ("ам", "ы"),
    ("ам", "и"),
    ("ами", "и"),
    ("ами", "ы"),
    # Ukrainian o/i: "Харкова", "Харкові", "Харковом" -> "Харків"
    ("ового", "ів"),
    ("овом", "ів"),
    ("ові", "ів"),
    ("ова", "ів"),
    ("ову", "ів"),
    # masculine and neuter: "Харькове", "Харькова", "Харьковом", "Києві"
    ("ом", ""),
    ("ем", "е"),
    ("ом", "о"),
    ("ым", ""),
    ("ім", ""),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("е", "ь"),
    ("ем", "ь"),
    ("і", ""),
    ("я", "ь"),
    ("ю", "ь"),
    ("я", "е"),
    ("а", "о"),
    ("у", "о"),
    ("е", "о"),
    # a noun in -ой/-ай: "в Джанкое", "у Джанкоя", "под Джанкоем", "у Джанкої" ->
    # "Джанкой" (not "-ая", "-яя": "Новая" is an adjective, no "Новай")
    ("ое", "ой"),
    ("оя", "ой"),
    ("оем", "ой"),
    ("ої", "ой"),
    ("ае", "ай"),
    ("аем", "ай"),
    # Ukrainian neuter locative: "у Дніпрі" -> "Дніпро", "у Гуляйполі" -> "Гуляйполе"
    ("і", "о"),
    ("і", "е"),
    ("ю", "е"),
    # feminine: "Москвы", "Москве", "Москву", "Москвой", "Полтаві"
    ("ой", "а"),
    ("ою", "а"),
    ("ы", "а"),
    ("и", "а"),
    ("е", "а"),
    ("у", "а"),
    ("і", "а"),
    ("ей", "я"),
    ("и", "я"),
    ("е", "я"),
    ("ю", "я"),
    ("і", "я"),
    # soft sign: "Казани", "Казанью" -> "Казань"
    ("ью", "ь"),
    ("и", "ь"),
    ("і", "ь"),
    # Ukrainian feminine dative and locative alternate к/г/х with ц/з/с: "по Шостці",
    # "в Охтирці" -> "Шостка", "Охтирка"; "у Празі" -> "Прага"
    ("ці", "ка"),
    ("зі", "га"),
    ("сі", "ха"),
    # a plural name's genitive in -ов/-ев ("у Липцов" -> "Липцы") or with a vowel put
    # between its last two consonants ("из Алешек" -> "Алешки", "Горок" -> "Горки")
    ("ов", "ы"),
    ("ов", "и"),
    ("ев", "и"),
    ("ек", "ки"),
    ("ок", "ки"),
)
#: Endings of names that are adjectives, read after the nouns' and only in a phrase of
#: place (a feminine "Троицкую" in running text is rarely a town): neuter "Рубежное",
#: "Приморское" ("в Рубежном", "Приморского"), feminine "Боровая" ("к Боровой"), and
#: Ukrainian "Рубіжне" ("у Рубіжному"), "Борова" ("біля Борової").
_ADJECTIVAL_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ого", "ое"),
    ("ому", "ое"),
    ("ом", "ое"),
    ("ым", "ое"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ого", "е"),
    ("ому", "е"),
    ("ім", "е"),
    ("ої", "а"),
    ("ій", "а"),
)
#: Endings of a possessive first word ("Часов Яр": "Часова Яра", "Часовом Яре"; the
#: Ukrainian "Часів Яр" declines as an adjective, "біля Часового Яру"), whose nominative
#: has none; read only before a second word, and only after "-ов", "-ев", "-ин", "-ын".
POSSESSIVE_ENDINGS = ("ом", "ым", "а", "у", "ого", "ому", "им")
POSSESSIVE_STEMS = ("ов", "ев", "ин", "ын")
#: Adjective endings of the first word of a two-word name ("Нижнем Новгороде" -> "Нижний
#: Новгород", "Белой Церкви" -> "Белая Церковь", "Кривого Рога" -> "Кривой Рог").
_ADJECTIVE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ого", "ий"),
    ("ому", "ий"),
    ("ем", "ий"),
    ("им", "ий"),
    ("ого", "ой"),
    ("ому", "ой"),
    ("ом", "ой"),
    ("ым", "ой"),
    ("ом", "ий"),
    ("ым", "ый"),
    ("ого", "ый"),
    ("ому", "ый"),
    ("ом", "ый"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ей", "яя"),
    ("юю", "яя"),
    ("ого", "ое"),
    ("ому", "ое"),
    ("ом", "ое"),
    ("ому", "ий"),
    ("ім", "ий"),
    ("ої", "а"),
    ("ій", "а"),
)
#: Vowels and signs: a word ending in none of them may be a plural name's genitive.
_NOT_CONSONANTS = frozenset("аеёиоуыэюяіїєйьъ")


def nominative_forms(word: str, adjectival: bool = True) -> list[str]:
    """The nominatives an inflected Cyrillic word may come from, most likely first
    (lower case; the word itself not included); with ``adjectival`` also those of a
    name that is an adjective ("Рубежном": "рубежное"), after the nouns', and a plural
    name's genitive with no ending ("Сум": "сумы").

    >>> nominative_forms("Харькове")[0]
    'харьков'
    >>> "москва" in nominative_forms("Москвы")
    True
    >>> "харків" in nominative_forms("Харкові")
    True
    >>> nominative_forms("Сум")[-2:]
    ['сумы', 'суми']
    """
    low = word.lower()
    out: list[str] = []
    for ending, nominative in _ENDINGS + (_ADJECTIVAL_ENDINGS if adjectival else ()):
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            form = low[: len(low) - len(ending)] + nominative
            if form != low and form not in out:
                out.append(form)
    # a plural name's genitive has no ending ("из Сум", "до Черкасс"): its nominative
    # in -ы / -и, tried last, with the adjectives' (in a phrase of place: "Александр" is
    # a given name, not "Александри", an alternate name of Alexandria)
    if adjectival and len(low) >= 3 and low[-1] not in _NOT_CONSONANTS:
        out += [low + "ы", low + "и"]
    return out + [f for form in out for f in _fleeting(form) if f not in out]


#: The vowels a nominative may have between its last two consonants ("Орёл": "Орла").
_FLEETING_VOWELS = ("е", "о")


def _fleeting(form: str) -> list[str]:
    """The nominatives with a fleeting vowel of a form ending in two consonants (a final
    soft sign aside): "орл" -> "орел" (Орёл, "под Орлом"), "ельц" -> "елец" (Елец, "в
    Ельце"), "церквь" -> "церковь" ("Белой Церкви"); [] for any other form.

    >>> _fleeting("ельц")
    ['елец']
    >>> _fleeting("церквь")
    ['церкевь', 'церковь']
    """
    soft = "ь" if form.endswith("ь") else ""
    stem = form[: len(form) - len(soft)]
    if len(stem) < 3 or stem[-1] in _NOT_CONSONANTS:
        return []
    if stem[-2] in "ьй":  # "Ельца": the sign stands for the vowel
        return [stem[:-2] + "е" + stem[-1] + soft]
    if stem[-2] in _NOT_CONSONANTS:
        return []
    return [stem[:-1] + v + stem[-1] + soft for v in _FLEETING_VOWELS]


def adjective_forms(word: str) -> list[str]:
    """The nominatives an inflected adjective may come from (the first word of a
    two-word name), lower case.

    >>> "нижний" in adjective_forms("Нижнем")
    True
    """
    low = word.lower()
    return [
        low[: len(low) - len(ending)] + nominative
        for ending, nominative in _ADJECTIVE_ENDINGS
        if low.endswith(ending) and len(low) - len(ending) >= 2
    ]
