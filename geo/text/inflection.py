"""Recognition, inflected names: a Russian or Ukrainian place name in another case.

Cyrillic text names places in their grammatical case: "в Харькове" (in Kharkiv),
"из Москвы" (from Moscow), "у Києві" (in Kyiv), "під Харковом" (near Kharkiv). The
gazetteer holds the nominative ("Харьков", "Москва", "Київ"), so such a word matches
no name. :func:`nominative_forms` undoes the common case endings of place names
(masculine and neuter nouns, feminine nouns in -а/-я/-ь, -ия/-ія, the Ukrainian о/і
alternation of "Харків": "Харкова", "Харкові"), and :func:`inflected_place` looks
the forms up: the first that names a country, a region or a populated place of note is
the word's place.

Only capitalised Cyrillic words the gazetteer lacks are read, so a text in Latin script
costs nothing; a word gives at most a dozen look-ups.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES, russian_romanizations
from .candidates import MAX_CANDIDATES
from .cyrillic_names import alone_no_place, noun_attribute
from .cyrillic_regions import region_ahead, region_phrase
from .foreign_streets import in_foreign_street
from .inflection_endings import (
    POSSESSIVE_ENDINGS,
    POSSESSIVE_STEMS,
    adjective_forms,
    nominative_forms,
)
from .lexicon.places import NEVER_PLACES
from .tokens import Mention, _Tokens
from .ukrainian_spellings import UKRAINIAN_LETTERS, russian_spellings

__all__ = [
    "adjective_forms",
    "inflected_over_name",
    "inflected_place",
    "inflection_first",
    "is_cyrillic",
    "nominative_forms",
    "region_ahead",
]

_CYRILLIC = range(0x0400, 0x0530)
#: A populated place at least this large is a place of note for an inflected form.
_NOTE_POPULATION = 10_000


def is_cyrillic(word: str) -> bool:
    """Is the word written in Cyrillic letters (its first letter)?"""
    return bool(word) and ord(word[0]) in _CYRILLIC


def inflected_place(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """A mention for the capitalised Cyrillic word tokens[i] (with the next capitalised
    word when the two are an adjective and a noun: "Нижнем Новгороде") when one of its
    :func:`nominative_forms` names a country, a region or a populated place of
    :data:`_NOTE_POPULATION` or more (any populated place after a preposition of place:
    "в Липцах"); else None, and None for a street's name after its word ("ул. Пушкина":
    :func:`~geo.text.foreign_streets.in_foreign_street`)."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    word = words[i]
    if not is_cyrillic(word) or not word[0].isupper() or _abbreviation(text, word, starts[i]):
        return None
    if normalize(word) in NEVER_PLACES or noun_attribute(text, tokens, i):
        return None  # "Силы ПВО": a body's noun, not "Сила" (Chad's Sila region); "С Новым годом"
    if in_foreign_street(text, starts[i], ends[i], ""):
        return None  # "ул. Пушкина", "просп. Миру": a street's name, not Pushkin or Mir
    if i and words[i - 1].lower() in _RIVER_WORDS:
        return None  # "с правого берега Днепра": the river, not the city of Dnipro
    region = region_phrase(text, tokens, i, gaz)  # "Белгородской области", "на Сумщині"
    if region is not None:
        return region
    # "в Липцах", "під Курахове": after a preposition of place any populated place will do
    # (a form naming a place of note first: "в Никополе" is Nikopol, not Bulgaria's Nikopol)
    floors = [_NOTE_POPULATION]
    if _in_place_phrase(text, tokens, i):
        floors.append(0)
    adjectives = adjective_forms(word)
    if i + 1 < len(words) and text[ends[i] : starts[i + 1]] == " " and words[i + 1][:1].isupper():
        pair = _two_words(tokens, i, gaz, adjectives, floors)
        if pair is not None or adjectives:
            return pair  # None: an adjective of a longer name the gazetteer lacks
    if i + 1 < len(words) and text[ends[i] : starts[i + 1]] == "-":
        hyphened = _hyphened(tokens, i, gaz, floors)  # "Купянска-Узлового"
        if hyphened is not None:
            return hyphened
    if alone_no_place(text, tokens, i):
        return None  # "Малі Щербаки", a pair the gazetteer lacks: not "Мале" (Malé)
    # a place of note by a noun's form
    for form in _with_russian(word, nominative_forms(word, adjectival=False)):
        key = normalize(form)
        candidates = _noted(gaz, key)
        if candidates:
            return Mention(starts[i], ends[i], key, i, i, candidates=candidates)
    if len(floors) > 1:
        return _any_form(tokens, i, gaz)
    return None


def _any_form(tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """In a phrase of place, a mention for tokens[i] with the populated places of every
    nominative form (adjectives' too), the first form's first: "Головчина" may be
    "Головчин" or "Головчино", "Боровой" a "Боровой" or "Боровая"; the text's other
    places choose (the word's own namesakes in the countries naming places in Russian
    after them). None when no form names a place."""
    word = tokens.words[i]
    merged: dict[int, object] = {}
    key = ""
    for form in _with_russian(word, nominative_forms(word)):
        for c in _noted(gaz, normalize(form), 0):
            key = key or normalize(form)
            merged.setdefault(c.record, c)
    if not merged:
        return None
    for c in gaz.lookup_normalized(normalize(word))[:MAX_CANDIDATES]:
        if gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES and gaz.is_place(c.record):
            merged.setdefault(c.record, c)
    candidates = list(merged.values())[: 2 * MAX_CANDIDATES]
    return Mention(tokens.starts[i], tokens.ends[i], key, i, i, candidates=candidates)


def _two_words(
    tokens: _Tokens, i: int, gaz: Gazetteer, adjectives: list[str], floors: list[int]
) -> Mention | None:
    """A mention for an adjective (or a possessive) and a noun, both inflected: "Нижнем
    Новгороде" (Нижний Новгород), "Часова Яра", "Малой Токмачки" after a preposition of
    place (any population, as for one word), also by the pair's Russian romanisation
    ("Великой Новоселки": GeoNames has "Velikaya Novoselka" but no "Великая Новоселка");
    else None."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    nouns = [words[i + 1].lower(), *nominative_forms(words[i + 1])]
    low = words[i].lower()
    possessives = [
        low[: -len(e)]
        for e in POSSESSIVE_ENDINGS
        if low.endswith(e) and low[: -len(e)].endswith(POSSESSIVE_STEMS)
    ]
    for floor in floors:
        for adjective in adjectives + possessives:
            for noun in nouns:
                key = normalize(f"{adjective} {noun}")
                candidates = _noted(gaz, key, floor) or _romanised(gaz, key, floor)
                if candidates:
                    return Mention(starts[i], ends[i + 1], key, i, i + 1, candidates=candidates)
    return None


def _romanised(gaz: Gazetteer, key: str, floor: int) -> list:
    """The candidates in the countries that name places in Russian of ``key``'s Russian
    romanisations (:func:`~geo.gazetteer.transliterate.russian_romanizations`), when one
    is a place of note at ``floor``; else []."""
    for latin in russian_romanizations(key):
        candidates = [
            c
            for c in _noted(gaz, normalize(latin), floor)
            if gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
        ]
        if candidates:
            return candidates
    return []


def inflection_first(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> bool:
    """Does recognition read the Cyrillic word tokens[i] as an inflected form before any
    gazetteer name starting there: a region's adjective before its generic word
    (:func:`~geo.text.cyrillic_regions.region_ahead`) or an inflected name in a phrase
    of place (:func:`inflected_over_name`)?"""
    return region_ahead(text, tokens, i) or inflected_over_name(text, tokens, i, gaz)


def inflected_over_name(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> bool:
    """Is the capitalised Cyrillic word tokens[i], in a phrase of place, an inflected
    name rather than the name the gazetteer has for it? True when none of the word's own
    candidates is a region or a place of note in a country that names places in Russian
    (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`) and
    :func:`inflected_place` reads it: "из Сум" is Sumy's genitive, not Burkina Faso's
    province Soum, whose Russian name is "Сум"."""
    word = tokens.words[i]
    if not is_cyrillic(word) or not word[0].isupper() or not _in_place_phrase(text, tokens, i):
        return False
    own = gaz.lookup_normalized(normalize(word))[:MAX_CANDIDATES]
    if any(
        gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
        and (not gaz.is_place(c.record) or gaz.population(c.record) >= _NOTE_POPULATION)
        for c in own
    ):
        return False  # "в Боровой": a village's case, beside the Siberian villages Боровой
    return inflected_place(text, tokens, i, gaz) is not None


#: Forms of each part of a hyphened name tried (bounded work: their product is looked up).
_HYPHENED_FORMS = 8


def _hyphened(tokens: _Tokens, i: int, gaz: Gazetteer, floors: list[int]) -> Mention | None:
    """A mention for a hyphened name whose two parts are both inflected
    ("Купянска-Узлового": Купянск-Узловой; "Каменки-Днепровской": Каменка-Днепровская),
    the first word a noun, the second a noun or an adjective; else None."""
    words = tokens.words
    first, second = words[i], words[i + 1]
    if not _cyrillic_name(second):
        return None
    firsts = [first.lower(), *nominative_forms(first)][:_HYPHENED_FORMS]
    seconds = [second.lower(), *adjective_forms(second), *nominative_forms(second)]
    for floor in floors:
        for a in firsts:
            for b in seconds[:_HYPHENED_FORMS]:
                key = normalize(f"{a}-{b}")
                candidates = _noted(gaz, key, floor)
                if candidates:
                    return Mention(
                        tokens.starts[i], tokens.ends[i + 1], key, i, i + 1, candidates=candidates
                    )
    return None


#: Russian and Ukrainian prepositions of place before a name in the locative, genitive or
#: instrumental ("в Липцах", "под Волчанском", "біля Куп'янська").
_PLACE_PREPOSITIONS = frozenset(
    "в во у на под подо из близ возле около от до за над під біля з із від поблизу по "
    # "между Боровой и Купянском", "к Покровску", "через Лиман", "вздовж", "перед"
    "между меж між к ко через вдоль вздовж перед "
    # compass comparatives: "западнее Гуляйполя", "південніше Сум"
    "западнее восточнее севернее южнее західніше східніше північніше південніше".split()
)
#: Nouns of an attack before its target's genitive ("обстрел Сум", "обстрілу Шостки").
_ATTACK_NOUNS = frozenset(
    "обстрел обстрела обстреле обстрелу обстріл обстрілу обстрілі атака атаки атаку "
    "штурм штурма штурму оборона оборони обороны".split()
)


_AND = frozenset(("и", "і", "та", "й"))
#: Words after which a name is a place's in the genitive ("в районах Юнаковки",
#: "населённых пунктов Хотеня", "в окрестностях ...", Ukrainian "в районі", "сіл").
_AREA_NOUNS = frozenset(
    "район района районе районов районах окрестностях окрестности пункта пунктов "
    "пунктах села сел сёл посёлка поселка посёлков поселков деревни хутора "
    "районі районів пунктів селища сіл "
    # "со стороны Дружковки", "на подступах к", "на окраинах Родинского", "жителей Головчина"
    "стороны сторони окраине окраинах окраїні окраїнах подступах околицях "
    "направлении направлению жителей жителям мешканців мешканцям".split()
)
#: Words before a river's name in the genitive ("берега Днепра", "реки Оскол", "річки"),
#: and "along" ("вдоль Днепра", "вздовж Дніпра": a line, the river, never a town).
_RIVER_WORDS = frozenset(
    "берег берега берегу береге берегом берегах берегов реки реке рекой річки річці "
    "річкою русло русла устье устья гирло гирла вдоль вздовж".split()
)
#: Stems of verbs of attack and capture before their objects ("обстреляли Горловку,
#: Макеевку, Ясиноватую", "освободили Новую Таволжанку", "атакували Шостку").
_ACTION_STEMS = (
    "атаков",
    "атакув",
    "обстрел",
    "обстрія",
    "обстріл",
    "освобод",
    "звільн",
    "штурмов",
    "штурмув",
    "занял",
    "захвати",
    "захопи",
    "зачища",
    "зачистил",
    "вразил",
    "поразил",
)
#: How many names of a list ("Юнаковки, Хотеня и ...") are walked back to its anchor.
_LIST_REACH = 8


def _in_place_phrase(text: str, tokens: _Tokens, i: int) -> bool:
    """Is tokens[i] in a phrase of place: after a preposition of place or an area noun
    ("под Волчанском", "в районах Юнаковки"), after another name and a conjunction
    ("в Шебекино и Грайвороне"), or later in a comma list of capitalised Cyrillic names
    whose first follows one of those ("в районах Юнаковки, Хотеня")? At most
    :data:`_LIST_REACH` words are walked back."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    j = i
    for _ in range(_LIST_REACH):
        if j == 0:
            return False
        before = words[j - 1].lower()
        if before in _PLACE_PREPOSITIONS or before in _AREA_NOUNS or before in _ATTACK_NOUNS:
            return True
        if before.startswith(_ACTION_STEMS):
            return True
        if j >= 2 and words[j - 1] in _AND and _cyrillic_name(words[j - 2]):
            return True
        gap = text[ends[j - 1] : starts[j]]
        if gap not in (", ", " ") or not _cyrillic_name(words[j - 1]):
            return False
        j -= 1
    return False


#: The longest abbreviation read as one ("ДСНС", "ГУР МО": words of up to five capitals).
_ABBREVIATION_LETTERS = 5


def _abbreviation(text: str, word: str, start: int) -> bool:
    """Is the Cyrillic word an abbreviation in mixed-case text ("ОВА", "ЗСУ", "ДСНС"):
    all capitals, 2 to :data:`_ABBREVIATION_LETTERS` letters, on a line with lower-case
    letters? Its letters are no inflected name ("ОВА" is no case of "Ово", Nigeria's
    Owo); a longer word in capitals is a name stressed ("у ХАРКОВІ")."""
    if not 2 <= len(word) <= _ABBREVIATION_LETTERS or not word.isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(c.islower() for c in line)


def _with_russian(word: str, forms: list[str]) -> list[str]:
    """``forms``, then for a word with a Ukrainian letter or ending their Russian spellings
    ("Сизрані"; "у Новошахтинську": Ukrainian "-ськ" is Russian "-ск")."""
    low = word.lower()
    ukrainian = UKRAINIAN_LETTERS & set(low) or "ськ" in low or "цьк" in low
    return forms + russian_spellings(forms) if ukrainian else forms


def _cyrillic_name(word: str) -> bool:
    return word[:1].isupper() and is_cyrillic(word)


def _noted(gaz: Gazetteer, key: str, floor: int = _NOTE_POPULATION) -> list:
    """The candidates of ``key`` when one is a country, a region or a populated place of
    ``floor`` people or more (a place of note); else []."""
    candidates = [
        c for c in gaz.lookup_normalized(key)[:MAX_CANDIDATES] if c.quality <= QUALITY_ALTERNATE
    ]
    if any(
        gaz.kind(c.record) in ("country", "admin1")
        or (gaz.is_place(c.record) and gaz.population(c.record) >= floor)
        for c in candidates
    ):
        return candidates
    return []
