"""Recognition, Russian and Ukrainian region phrases: an inflected adjective and its word.

Cyrillic copy names a region by an adjective before a generic word, in any case:
"в Белгородской области", "над Брянской областью", "у Запорізькій області",
"над Белгородской, Курской и Брянской областями" (a list sharing one word),
"Донецкой Народной Республики" (the oblast), "в Краснодарском крае"; a district by
its centre's adjective: "Суджанский район", "в Шебекинском округе", "по
Нікопольському району", "Сумская громада"; the front's direction by its town's
adjective: "На Покровському напрямку", "на Красноармейском направлении" (Pokrovsk); a
republic by its short name: "в Крыму", "у Криму"; and a Ukrainian oblast by its
everyday noun in "-щина"/"-ччина": "на Сумщині", "Харківщину", "Донеччини".

:func:`region_phrase` reads the adjective at tokens[i] with the generic word after it:

* an oblast or a krai is the gazetteer's first-level region of the adjective's
  nominative with its word ("Белгородская область": GeoNames and Natural Earth
  list the Russian and Ukrainian names);
* a district, okrug or hromada is the populated place it is named after, the
  adjective's stem with the centre's ending ("Суджанский" -> "Суджа", "Шебекинский"
  -> "Шебекино", "Покровский" -> "Покровск", "Нікопольський" -> "Нікополь"): the
  gazetteer has few districts, and at the 20 km grain of a map the centre is the
  district's place and a container for the villages named with it;
* a direction ("напрямок", "направление") is its town, read as a district's centre
  ("Краматорському" -> "Краматорськ", "Запорізькому" -> "Запоріжжя", "Гуляйпільському"
  -> "Гуляйполе", "Костянтинівському" -> "Костянтинівка"): the analyst's "the Pokrovsk
  direction", never the village Pokrovske the adjective's own form names;
* a "-щина" noun is romanised (KMU 2010) and looked up: "Сумщина" -> "Sumshchyna",
  the index's spelling of the Sumy oblast.

Each word gives at most a dozen look-ups and is read only when the gazetteer has no
name starting with it (:func:`geo.text.inflection.inflected_place` asks first).
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..gazetteer.region_adjectives import ukrainian_romanization
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES, russian_romanizations
from .candidates import MAX_CANDIDATES
from .inflection_endings import nominative_forms
from .tokens import Mention, _Tokens

__all__ = ["place_word", "region_adjective", "region_ahead", "region_phrase"]

#: Case forms of the generic words after a region's adjective (lower case), by what
#: they name.
_REGION_WORDS = frozenset(
    "область области областью областей областям областями областях обл області областю "
    "край края крае краем краю краев краям краями краях".split()
)
#: The conjunctions joining a list of region adjectives that share one generic word
#: ("Белгородской, Курской и Брянской областями", "Брянською та Бєлгородською").
_CONJUNCTIONS = frozenset("и і й та".split())
#: Adjective endings (Russian, then Ukrainian) a listed region's word must have.
_ADJECTIVE_ENDINGS = (
    "ая", "ой", "ую", "ою", "ий", "ый", "ом", "ого", "ому", "ої", "ій", "а", "у",
)  # fmt: skip
#: How many adjectives a shared generic word reaches back over.
_LIST_REACH = 6
_DISTRICT_WORDS = frozenset(
    "район района районе районом району районі округ округа округе округом округу окрузі "
    "громада громады громаде громаду громадой громади громаді громадою".split()
)
#: Case forms of the words of a front's direction after its town's adjective
#: (Ukrainian, then Russian; lower case).
_DIRECTION_WORDS = frozenset(
    "напрямок напрямку напрямі напрямком напрямки напрямків "
    "направление направления направлении направлению направлением".split()
)
#: Feminine adjective endings (Russian, then Ukrainian) -> the nominative's.
_FEMININE = (
    ("ая", "ая"), ("ой", "ая"), ("ую", "ая"), ("ою", "ая"),
    ("ої", "а"), ("ій", "а"), ("ою", "а"), ("у", "а"), ("а", "а"),
)  # fmt: skip
#: Masculine adjective endings (krai, district, okrug) -> "-ий"/"-ый"/"-ой" stem.
_MASCULINE = (
    "ого", "ому", "ом", "ем", "им", "ым", "ий", "ый", "ой", "ім", "ій", "ая", "ой", "ую",
    "ою", "ої", "ій", "у", "а", "ое", "ее",
)  # fmt: skip
#: A "-щина" noun's case endings.
_SHCHYNA = ("щина", "щини", "щині", "щину", "щиною", "щине", "щиной", "щины")
#: The Russian everyday noun of an oblast in "-щина"/"-чина" ("над Брянщиной",
#: "на Белгородчине"), in its cases: the stem names the oblast's adjective ("брян-ская").
_RUSSIAN_SHCHYNA = (
    "щина", "щины", "щине", "щину", "щиной", "чина", "чины", "чине", "чину", "чиной",
)  # fmt: skip


def region_ahead(text: str, tokens: _Tokens, i: int) -> bool:
    """Is tokens[i] a Cyrillic word before a region's or district's generic word
    ("Харківська область", "Суджанский район"), or in a list of adjectives sharing a
    region's word ("Белгородской, Курской и Брянской областями")?  Then recognition
    reads the phrase (:func:`region_phrase`) even where a gazetteer name starts with
    the word."""
    words = tokens.words
    if i + 1 >= len(words) or not "\u0400" <= words[i][:1] <= "\u04ff":
        return False
    return (
        words[i + 1] in _REGION_WORDS
        or words[i + 1] in _DISTRICT_WORDS
        or (words[i][0].isupper() and words[i + 1] in _DIRECTION_WORDS)
        or shared_region_word(text, tokens, i) is not None
    )


def shared_region_word(text: str, tokens: _Tokens, i: int) -> str | None:
    """The region's generic word (lower case) that the capitalised adjective tokens[i]
    shares with the adjectives listed after it ("Белгородской" in "Белгородской, Курской
    и Брянской областями" -> "областями"; "Брянською та Бєлгородською областями"), or
    None when tokens[i] is not such a list's item before its last.  Reads at most
    :data:`_LIST_REACH` items ahead; each must be a capitalised Cyrillic adjective."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if not _listed_adjective(words[i]):
        return None
    j = i
    for _ in range(_LIST_REACH):
        k = j + 1
        if k >= len(words):
            return None
        gap = text[ends[j] : starts[k]]
        if gap == " " and words[k].lower() in _REGION_WORDS:
            return words[k].lower() if j > i else None
        if gap in (" ", ", ") and words[k] in _CONJUNCTIONS and k + 1 < len(words):
            k += 1  # "и Брянской", "та Бєлгородською"
            joined = text[ends[k - 1] : starts[k]] == " "
        else:
            joined = gap == ", "  # "Белгородской, Курской"
        if not joined or not _listed_adjective(words[k]):
            return None
        j = k
    return None


def _listed_adjective(word: str) -> bool:
    """Could ``word`` be a region's adjective in a list ("Курской", "Бєлгородською")?"""
    return (
        "\u0400" <= word[:1] <= "\u04ff"
        and word[0].isupper()
        and len(word) > 4
        and word.lower().endswith(_ADJECTIVE_ENDINGS)
    )


def region_phrase(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """A mention for the region or district phrase starting at tokens[i] (the adjective
    and its generic word, "Белгородской области"), or for a "-щина" noun alone; None
    when the words are no such phrase or the gazetteer has no place for it."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    low = words[i].lower()
    if low.endswith(_SHCHYNA) or "ччин" in low[-6:]:
        return _shchyna(tokens, i, gaz) or _russian_shchyna(tokens, i, gaz)
    if low.endswith(_RUSSIAN_SHCHYNA):
        return _russian_shchyna(tokens, i, gaz)
    republic = _republic(tokens, i, gaz)  # "в Крыму": the Autonomous Republic of Crimea
    if republic is not None:
        return republic
    if i + 1 >= len(words):
        return None
    shared = shared_region_word(text, tokens, i)  # "Белгородской, Курской и Брянской областями"
    if shared is not None:
        return _region(tokens, i, gaz, shared)
    if text[ends[i] : starts[i + 1]] != " ":
        return None
    generic = words[i + 1].lower()
    if generic in _REGION_WORDS:
        return _region(tokens, i, gaz, generic)
    if generic in ("народной", "народна", "народної", "народную"):
        # "Донецкой Народной Республики": the oblast of the adjective
        if i + 2 < len(words) and words[i + 2].lower().startswith(("республик", "республі")):
            found = _region(tokens, i, gaz, "область")
            if found is not None:
                return Mention(found.start, ends[i + 2], found.key, i, i + 2, cue="region",
                               candidates=found.candidates)  # fmt: skip
        return None
    if generic in _DISTRICT_WORDS:
        return _district(tokens, i, gaz)
    if generic in _DIRECTION_WORDS and words[i][0].isupper():
        return _district(tokens, i, gaz, largest=True)  # "На Покровському напрямку"
    return None


def _region(tokens: _Tokens, i: int, gaz: Gazetteer, generic: str) -> Mention | None:
    """The first-level region of "<adjective> область"/"<adjective> край"."""
    found = _region_key(tokens.words[i].lower(), gaz, generic.startswith("кра"))
    return _mention(tokens, i, *found, cue="region") if found is not None else None


def region_adjective(gaz: Gazetteer, norm: str) -> bool:
    """Is the (normalised) word a Cyrillic oblast's adjective in any case, "запорожской",
    "харківській" (the first word of a region's name, never a person's)?"""
    if not norm or not "\u0400" <= norm[0] <= "\u04ff":
        return False
    for folded, ending in _FOLDED:  # normalising dropped the breve and the diaeresis
        if norm.endswith(folded):
            norm = norm[: -len(folded)] + ending
            break
    return _region_key(norm, gaz, False) is not None


#: Normalised endings ("й" as "и", "ї" as "і") and the adjective's own.
_FOLDED = (("ои", "ой"), ("оі", "ої"), ("іи", "ій"))


def _region_key(low: str, gaz: Gazetteer, krai: bool) -> tuple[str, list] | None:
    """(key, candidates) of the region whose adjective ``low`` is, or None."""
    stems = _stems(low, _MASCULINE if krai else tuple(e for e, _ in _FEMININE))
    noun = "край" if krai else "область"
    for stem, ending in stems:
        if krai:
            forms = [stem + "ий", stem + "ый", stem + "ой"]
        else:
            forms = [stem + nominative for e, nominative in _FEMININE if e == ending]
        for form in dict.fromkeys(forms):
            key = normalize(f"{form} {noun}")
            candidates = _kinds(gaz, key, ("admin1",))
            if candidates:
                return key, candidates
    return None


def _district(tokens: _Tokens, i: int, gaz: Gazetteer, largest: bool = False) -> Mention | None:
    """The populated place a district, okrug or hromada is named after: the first of
    :func:`_centres` the gazetteer has; with ``largest``, the form whose largest place
    (in a country naming places in Russian, its own name in Latin letters opening as the
    form's romanisation does) has the most people, else the first: a front's direction
    is named after its town ("Костянтинівському" is Kostiantynivka, 67,000, not
    Starokostiantyniv, once "Костянтинів", nor Dnipro, a name of which is "Олександрівка")."""
    low = tokens.words[i].lower()
    best: tuple[int, str, list] | None = None
    for stem, _ in _stems(low, _MASCULINE):
        for suffix in ("ськ", "ск", "цьк", "цк", "зьк"):  # "Суджанск-ий", "Запорізьк-ий"
            if stem.endswith(suffix):
                base = stem[: -len(suffix)]
                break
        else:
            continue
        for form in _centres(base, suffix):
            key = normalize(form)
            candidates = _kinds(gaz, key, ("place",), floor=1_000)
            if candidates and not largest:
                return _mention(tokens, i, key, candidates)
            own = _own(gaz, form, candidates)
            people = max((gaz.population(c.record) for c in own), default=-1)
            if candidates and (best is None or people > best[0]):
                best = (people, key, own or candidates)
    return _mention(tokens, i, best[1], best[2]) if best is not None else None


def _own(gaz: Gazetteer, form: str, candidates: list) -> list:
    """The candidates in the countries naming places in Russian whose own name opens with
    the first two letters of one of ``form``'s romanisations (Ukrainian KMU, Russian):
    "гуляйполе" is Hulyaypole's own name, "олександрівка" only an alternate of Dnipro's."""
    latin = [ukrainian_romanization(form) or "", *russian_romanizations(form)]
    heads = {normalize(r)[:2] for r in latin if len(r) >= 2}
    return [
        c
        for c in candidates
        if gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
        and normalize(gaz.name(c.record))[:2] in heads
    ]


def _centres(base: str, suffix: str) -> list[str]:
    """The names a district adjective's base may come from, most likely first:
    "покров" -> "покровск"; "суджан" -> "суджа"; "шебекин" -> "шебекино";
    "нікополь" -> "нікополь"; "запорі" ("-зьк-") -> "запоріжжя"; "гуляйпіль" ->
    "гуляйполе"; "костянтинів" -> "костянтинівка"; "курахів" -> "курахове"; "запорож" ->
    "запорожье"; "краснопіль" -> "краснопілля"; "шосткин" -> "шостка"; "тростяне" ("-цьк-")
    -> "тростянець"; "охтир" -> "охтирка"."""
    if suffix == "зьк":
        return [base + "жжя", base + "г", base + "з"]  # "Запоріжжя"
    out = [base + suffix, base]
    if suffix in ("цьк", "цк"):
        out += [base + "ць", base + "ц"]  # "Тростянецька": "Тростянець"
    if base.endswith(("ан", "ян")):
        out.append(base[:-1])  # "Суджан-" -> "Суджа"
    if base.endswith("ин"):
        out += [base + "о", base + "е", base[:-2] + "а"]  # "Шебекино", "Шосткин-": "Шостка"
    if base.endswith(("ів", "ов", "ев")):
        out += [base + "ка", base[:-2] + "ове"]  # "Костянтинівка", "Курахове"
    if base.endswith("ль"):  # "Гуляйполе", "Добропілля", "Доброполье"
        stem = base[:-3] + "о" + base[-2:-1] if base[-3:-2] == "і" else base[:-1]
        out += [stem + "е", base[:-1] + "ля", base + "е"]  # "Краснопіль-": "Краснопілля"
    out += [base + "ь", base + "а", base + "и", base + "ы", base + "е", base + "о", base + "ье",
            base + "ка"]  # "Охтирська": "Охтирка"
    return list(dict.fromkeys(f for f in out if len(f) >= 3))


def _shchyna(tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """The oblast a "-щина"/"-ччина" noun names, by its KMU romanisation."""
    low = tokens.words[i].lower()
    for ending in ("щина", "щини", "щині", "щину", "щиною", "ччина", "ччини", "ччині", "ччину",
                   "ччиною"):  # fmt: skip
        if low.endswith(ending):
            noun = low[: -len(ending)] + ("щина" if ending[0] == "щ" else "ччина")
            latin = ukrainian_romanization(noun)
            if latin is None:
                return None
            key = normalize(latin)
            candidates = _kinds(gaz, key, ("admin1",))
            return _mention(tokens, i, key, candidates, cue="region") if candidates else None
    return None


#: A republic's long name before its short one (lower case): GeoNames lists Crimea as
#: "Автономная Республика Крым", "Автономна Республіка Крим", never "Крым" alone.
_REPUBLIC_WORDS = ("автономная республика", "автономна республіка", "республика", "республіка")
#: How many of a word's nominative forms are tried as a republic's short name.
_REPUBLIC_FORMS = 3


def _republic(tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """The first-level region whose long name is a republic's word and tokens[i]'s
    nominative ("Крыму", "Криму", "над Крымом": "Автономная Республика Крым"); None when
    no form is such a name (one memoised look-up per form and word)."""
    word = tokens.words[i]
    forms = [word.lower(), *nominative_forms(word, adjectival=False)[:_REPUBLIC_FORMS]]
    memo = gaz.memo("cyrillic_republics")
    for form in dict.fromkeys(forms):
        found = memo.get(form)
        if found is None:
            found = memo[form] = next(
                (
                    (key, candidates)
                    for key in (normalize(f"{w} {form}") for w in _REPUBLIC_WORDS)
                    if (candidates := _kinds(gaz, key, ("admin1",)))
                ),
                (),
            )
        if found:
            return _mention(tokens, i, *found, cue="region")
    return None


def _russian_shchyna(tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """The oblast a Russian "-щина"/"-чина" noun names: its stem with "-ская область"
    ("Брянщиной" -> "брянская область", "Белгородчине" -> "белгородская область"); None
    when the gazetteer has no such oblast ("Мужчина", "Причина")."""
    low = tokens.words[i].lower()
    for ending in _RUSSIAN_SHCHYNA:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            key = normalize(low[: -len(ending)] + "ская область")
            candidates = _kinds(gaz, key, ("admin1",))
            return _mention(tokens, i, key, candidates, cue="region") if candidates else None
    return None


def _stems(low: str, endings: tuple[str, ...]) -> list[tuple[str, str]]:
    """(stem, ending) for each ending the word has, longest first."""
    return [
        (low[: -len(e)], e)
        for e in sorted(set(endings), key=len, reverse=True)
        if low.endswith(e) and len(low) - len(e) >= 3
    ]


def _kinds(gaz: Gazetteer, key: str, kinds: tuple[str, ...], floor: int = 0) -> list:
    """The candidates of ``key`` when one is of one of ``kinds`` (a place of ``floor``
    people or more); else []."""
    candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
    if any(
        gaz.kind(c.record) in kinds and (floor == 0 or gaz.population(c.record) >= floor)
        for c in candidates
    ):
        return candidates
    return []


def _mention(tokens: _Tokens, i: int, key: str, candidates: list, cue: str = "") -> Mention:
    """The phrase's mention: the adjective and the generic word after it, if any."""
    words = tokens.words
    last = i + 1 if i + 1 < len(words) and _is_generic(words[i + 1]) else i
    return Mention(tokens.starts[i], tokens.ends[last], key, i, last, cue=cue,
                   candidates=candidates)  # fmt: skip


def _is_generic(word: str) -> bool:
    low = word.lower()
    return low in _REGION_WORDS or low in _DISTRICT_WORDS


def place_word(word: str) -> bool:
    """Is ``word`` (any case) a region's, district's or front direction's generic word
    ("области", "районом", "краем", "напрямком", "направлением")?"""
    low = word.lower()
    return low in _REGION_WORDS or low in _DISTRICT_WORDS or low in _DIRECTION_WORDS
