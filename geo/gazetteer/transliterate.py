"""Romanise GeoNames' Russian Cyrillic alternate names the way the press writes them.

Outlets that follow Russian usage write "Kharkov", "Artemovsk", "Novaya Kakhovka",
"Krasnoarmeysk" or "Zaporozhye" for places GeoNames names in Ukrainian
romanisation (Kharkiv, Bakhmut, Nova Kakhovka, Pokrovsk). GeoNames lists a Latin
spelling for a few of them, but for most it lists only the Cyrillic Russian name
("Новая Каховка"). At index build time those names are romanised here, so the
offline gazetteer finds every place of the former Soviet Union under the spellings
of English-language reporting.

Method: the Russian alphabet mapped to the Latin letters of the BGN/PCGN 1947
system as English-language media apply it (no diacritics: "ё" as "yo", soft and
hard signs dropped), in the forms where usage splits: "ye" for "е" at the start
of a word and after a vowel or a sign ("Nikolayev", "Zaporozhye"), and plain "e"
("Nikolaev"); "й" as "y" ("Krivoy Rog") and as "i" ("Krivoi Rog", "Gulyaipole").
Names with letters outside the Russian alphabet (Ukrainian "і", "ї", "є", "ґ";
Belarusian "ў"; Serbian, Bulgarian-only or Turkic letters) are left alone: their
Latin forms are the gazetteer's own names. Romanisations that are
English words ("Plot", "Postal") or shorter than four letters are left out.

Many villages of Ukraine have only a Ukrainian Cyrillic alternate ("Урожайне"), while
Russian reporting writes the Russian form of its ending ("Urozhainoye", as for
"Старомайорское": "Staromayorskoye").  :func:`russian_forms` gives that form for the
neuter endings where the two languages differ regularly ("-не"/"-ке" -> "-ное"/"-кое",
"-ське" -> "-ское", "-ине" -> "-ино", "-ове" -> "-ово") and for "-івка" ("-овка",
"-евка"); one Ukrainian "і" in the stem is a Russian "о", "е" or "и" ("Білозерське":
"Belozerskoye"), a stem with more letters outside the Russian alphabet is left alone.
District names and towns in "-ський", "-ськ" ("Кіровський район", "Дніпродзержинськ")
lose the soft sign the same way.
:func:`latin_e_forms` writes a Latin alternate's "ye" after a vowel "e" ("Kamenskoye":
"Kamenskoe"), as :func:`russian_romanizations` does for a Cyrillic name.
"""

from __future__ import annotations

import re
import unicodedata

from .codes import note_import

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = [
    "RUSSIAN_NAME_COUNTRIES",
    "e_for_yo",
    "latin_e_forms",
    "russian_forms",
    "russian_romanizations",
]

# Countries of the former Soviet Union, where Russian names of places are in use and
# English-language reporting often spells places after them.
RUSSIAN_NAME_COUNTRIES = frozenset("AM AZ BY EE GE KG KZ LT LV MD RU TJ TM UA UZ".split())

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
# Romanised names at least this frequent as English words (Zipf scale, wordfreq) are
# left out.
MAX_ZIPF = 2.5
_VOWELS_AND_SIGNS = frozenset("аеёиоуыэюяъь")
_ADJECTIVE_END = re.compile(r"(?<=[^\W\d_])[ыи]й(?=$|[\s-])", re.IGNORECASE)
_SEPARATORS = frozenset(" -'’")
_HUSHING = frozenset("жчшщ")


def _strip_accents(name: str) -> str:
    # GeoNames marks stress with a combining acute ("Алекса́ндровск"); "й" and "ё" are
    # letters of their own, not accented ones.
    kept = {"\u0306", "\u0308"}  # breve, diaeresis
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if ch in kept or not unicodedata.combining(ch))
    )


def _romanize(
    name: str, *, ye: bool, initial_ye: bool = False, hushed_o: bool = False
) -> str:
    """``ye``: "е" as "ye" at a word's start and after a vowel or a sign, "ё" as "yo";
    else "e" for both, or with ``initial_ye`` "ye" at a word's start only; with
    ``hushed_o`` "ё" after "ж", "ч", "ш", "щ" as "o" ("Zholtye Vody")."""
    out: list[str] = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low == "е" and (
            (ye and (not prev or prev in _VOWELS_AND_SIGNS or prev in _SEPARATORS))
            or (initial_ye and (not prev or prev in _SEPARATORS))
        ):
            latin = "ye"
        elif low == "ё" and hushed_o and prev in _HUSHING:
            latin = "o"
        elif low == "ё" and not ye:
            latin = "e"
        else:
            latin = _LETTERS.get(low, ch)
        if ch != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = low
    return "".join(out)


def russian_romanizations(name: str) -> list[str]:
    """Latin spellings of a Russian Cyrillic place name, as English-language reporting
    writes them; ``[]`` for a name that is not in the Russian alphabet.

    Parameters
    ----------
    name : str
        One GeoNames alternate name.

    Returns
    -------
    list of str
        One to three spellings (more for a name with "й"), distinct, in a fixed order
        (``ye`` form first).

    Examples
    --------
    >>> russian_romanizations("Новая Каховка")
    ['Novaya Kakhovka']
    >>> russian_romanizations("Николаев")
    ['Nikolayev', 'Nikolaev']
    >>> russian_romanizations("Артёмовск")
    ['Artyomovsk', 'Artemovsk']
    >>> russian_romanizations("Жёлтые Воды")
    ['Zhyoltyye Vody', 'Zheltye Vody', 'Zholtye Vody']
    >>> russian_romanizations("Запорожье")
    ['Zaporozhye', 'Zaporozhe']
    >>> russian_romanizations("Кривой Рог")
    ['Krivoy Rog', 'Krivoi Rog']
    >>> russian_romanizations("Белгород-Днестровский")
    ['Belgorod-Dnestrovskiy', 'Belgorod-Dnestrovskii', 'Belgorod-Dnestrovsky']
    >>> russian_romanizations("Киевский")
    ['Kiyevskiy', 'Kievskiy', 'Kiyevskii', 'Kievskii']
    >>> russian_romanizations("Енакиево")
    ['Yenakiyevo', 'Enakievo', 'Yenakievo']
    >>> russian_romanizations("Харків")  # Ukrainian: its Latin form is GeoNames' own
    []
    >>> russian_romanizations("Гоголь")  # an English word or name: never a new place name
    []
    """
    plain = _strip_accents(name)
    letters = [ch.lower() for ch in plain if ch not in _SEPARATORS]
    if not letters or any(ch not in _LETTERS for ch in letters):
        return []
    spellings = [_romanize(plain, ye=True), _romanize(plain, ye=False)]
    # "Yenakievo", "Yelenovka": a word's first "е" as "ye", the others as "e" (the
    # spelling most agencies use; "Yenakiyevo" and "Enakievo" are the two above)
    spellings.append(_romanize(plain, ye=False, initial_ye=True))
    # "ё" after a hushing consonant as a bare "o" (Жёлтые Воды: "Zholtye Vody")
    spellings.append(_romanize(plain, ye=False, initial_ye=True, hushed_o=True))
    if "й" in plain.lower():  # "Krivoi Rog", "Gulyaipole": "й" as "i" is as common
        spellings += [_i_for_short_i(plain, ye=True), _i_for_short_i(plain, ye=False)]
        # Adjectives' "-ый", "-ий" as a bare "y" in a compound: "Krasny Liman",
        # "Belgorod-Dnestrovsky" (a lone adjective, "Kievsky", keeps its spelling: as
        # a district's name it would hide the district a press spelling is meant for)
        short = _ADJECTIVE_END.sub("ы", plain)
        if short != plain and any(ch in _SEPARATORS for ch in plain.strip()):
            spellings += [_romanize(short, ye=True), _romanize(short, ye=False)]
            if "й" in short.lower():  # "Zeleny Gai"
                spellings += [_i_for_short_i(short, ye=True), _i_for_short_i(short, ye=False)]
    return [s for s in dict.fromkeys(spellings) if not _english_word(s)]


# Ukrainian endings and their Russian forms, longest first: the neuter endings, and the
# "-івка" of villages, "-овка" in Russian (Курилівка: Куриловка), "-овка" or "-евка" after
# a hushing consonant (Кіндрашівка: Кондрашовка; Кожушівка: Кожушевка), "-евка" after "ц"
# and for "-ївка" after a vowel (Юльївка: Юльевка).  A stem whose Russian form is soft
# ("Яковлевка") is not told.
# Adjectives (district names: Кіровський, Кировский) and towns (Луганськ: Луганск) in
# "-ськ", "-цьк", "-зьк": Ukrainian writes a soft sign there, Russian none.
_SOFT_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ський", ("ский",)),
    ("цький", ("цкий",)),
    ("зький", ("зкий",)),
    ("ськ", ("ск",)),
    ("цьк", ("цк",)),
)
_UK_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *_SOFT_ENDINGS,
    ("ське", ("ское",)),
    ("цьке", ("цкое",)),
    ("зьке", ("зкое",)),
    ("жівка", ("жовка", "жевка")),
    ("шівка", ("шовка", "шевка")),
    ("чівка", ("човка", "чевка")),
    ("щівка", ("щовка", "щевка")),
    ("цівка", ("цевка",)),
    ("івка", ("овка",)),
    ("ївка", ("евка",)),
    ("ине", ("ино",)),
    ("ове", ("ово",)),
    ("еве", ("ево",)),
    ("єве", ("ево",)),
    ("не", ("ное",)),
    ("ке", ("кое",)),
)


def russian_forms(name: str) -> list[str]:
    """The Russian Cyrillic forms of a Ukrainian place name's ending (neuter, "-івка"),
    ``[]`` when its ending has none or its stem is not in the Russian alphabet.

    Many villages of Ukraine have only Ukrainian alternates in GeoNames, while Russian
    reporting writes "Kurilovka", "Zakharovka", "Kondratovka" for Kurylivka, Zakharivka,
    Kindrativka.

    Examples
    --------
    >>> russian_forms("Урожайне"), russian_forms("Старомайорське"), russian_forms("Курахове")
    (['Урожайное'], ['Старомайорское'], ['Курахово'])
    >>> russian_forms("Очеретине"), russian_forms("Терни")
    (['Очеретино'], [])
    >>> russian_forms("Захарівка"), russian_forms("Юльївка")
    (['Захаровка'], ['Юльевка'])

    In a village's name, one Ukrainian "і" in the stem, from an "о", an "е" or an "и" of
    Russian, gives the three (two "і" or more: left alone):

    >>> russian_forms("Кіндратівка")
    ['Кондратовка', 'Кендратовка', 'Киндратовка']
    >>> russian_forms("Білозерське"), russian_forms("Вільне")[0]
    (['Болозерское', 'Белозерское', 'Билозерское'], 'Вольное')
    >>> russian_forms("Новоіванівка")[-1], russian_forms("Кожушівка")
    ('Новоивановка', ['Кожушовка', 'Кожушевка'])

    District names and towns in "-ський", "-ськ" ("-цький", "-цьк") lose the soft
    sign, a district's word "район" kept; Ukrainian "ьо" is Russian "ё", "ї" after a
    vowel "е", and one "і" in the stem gives the three forms:

    >>> russian_forms("Петровський район"), russian_forms("Луганськ")
    (['Петровский район'], ['Луганск'])
    >>> russian_forms("Будьоннівський район")[0], russian_forms("Дніпродзержинськ")[1]
    ('Будённовский район', 'Днепродзержинск')
    >>> russian_forms("Київський район")
    ['Киевский район']
    """
    plain = _strip_accents(name)
    head, _, word = plain.rpartition(" ")
    if head and word.lower() == "район":  # "Кіровський район": Кировский район
        return [f"{form} {word}" for form in russian_forms(head)]
    low = plain.lower()
    for uk, ru in _UK_ENDINGS:
        if low.endswith(uk) and len(low) > len(uk) + 2:
            stem = _VOWEL_YI.sub("е", plain[: -len(uk)].replace("ьо", "ё"))
            letters = [ch.lower() for ch in stem if ch not in _SEPARATORS]
            if all(ch in _LETTERS for ch in letters):
                return [stem + r for r in ru]
            if (
                letters.count("і") == 1
                and all(ch in _LETTERS or ch == "і" for ch in letters)
            ):
                # Ukrainian "і" stands for Russian "о" or "е" in a closed syllable, or
                # for "и" (Кіндратівка: Кондратовка; Андріївка: Андреевка;
                # Новоіванівка: Новоивановка; Білозерське: Белозерское; Вільне:
                # Вольное): the three forms.
                return [_russian_i(stem, vowel) + r for vowel in "оеи" for r in ru]
            return []
    return []


# Ukrainian "ї" after a vowel is Russian "е" (Київський: Киевский; Авдіївка: Авдеевка).
_VOWEL_YI = re.compile(r"(?<=[аеиоуяюі])ї")


def _russian_i(stem: str, vowel: str) -> str:
    return stem.replace("і", vowel).replace("І", vowel.upper())


def _i_for_short_i(name: str, *, ye: bool) -> str:
    marked = name.replace("й", "\x00").replace("Й", "\x01")
    return _romanize(marked, ye=ye).replace("\x00", "i").replace("\x01", "I")


def _english_word(spelling: str) -> bool:
    """Too short, or an English word or name ("Plot", "Postal", "Gogol"): a romanised
    alternate like that would make a common word a place."""
    import wordfreq

    letters = sum(ch.isalpha() for ch in spelling)
    return letters < 4 or wordfreq.zipf_frequency(spelling.lower(), "en") >= MAX_ZIPF


_YE_AFTER_VOWEL = re.compile(r"(?<=[aeiouy])ye", re.IGNORECASE)


def latin_e_forms(name: str) -> list[str]:
    """A Latin alternate name with "ye" after a vowel written "e", as one list of one
    spelling (``[]`` when it has none, or when that spelling is an English word).

    GeoNames lists Latin names of Russian origin in the BGN/PCGN form ("Kamenskoye",
    "Andreyevka") for many villages whose Cyrillic names are Ukrainian only; much
    reporting writes "Kamenskoe", "Andreevka" (:func:`russian_romanizations` gives both
    forms for a Cyrillic name).

    Examples
    --------
    >>> latin_e_forms("Kamenskoye"), latin_e_forms("Yelenovka"), latin_e_forms("Kyiv")
    (['Kamenskoe'], [], [])
    """
    out = _YE_AFTER_VOWEL.sub(lambda m: m.group()[1], name)
    return [out] if out != name and name.isascii() and not _english_word(out) else []


_YO_AFTER_CONSONANT = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])yo")
#: "ё" after a vowel, "yo" in the press and "ye" where written "е" ("Zmiyov", "Zmiyev").
_YO_AFTER_VOWEL = re.compile(r"(?<=[aeiou])yo")


def e_for_yo(normalized: str) -> str:
    """A normalised name with "yo" after a consonant spelt "e" and after a vowel "ye",
    ``""`` when it has neither.

    English-language reporting writes Russian "ё" as "yo" ("Velikaya Novosyolka",
    "Semyonovka", "Artyomovsk"), while Cyrillic sources, GeoNames among them, mostly
    write it "е" ("Великая Новоселка"): the gazetteer then knows the name only as
    "Novoselka".  Lookups try this form of a name they do not find.

    Examples
    --------
    >>> e_for_yo("velikaya novosyolka"), e_for_yo("beryozovka"), e_for_yo("artyomovsk")
    ('velikaya novoselka', 'berezovka', 'artemovsk')
    >>> e_for_yo("zmiyov")  # "Змиёв": GeoNames' "Zmiyev"
    'zmiyev'
    >>> e_for_yo("yolkino"), e_for_yo("kharkiv")  # no "yo" after a letter
    ('', '')
    """
    out = _YO_AFTER_VOWEL.sub("ye", _YO_AFTER_CONSONANT.sub("e", normalized))
    return out if out != normalized else ""
