"""Arabic place names as other romanisations write them.

One Arabic name reaches English copy in several spellings: the article "al-" is "el-",
or takes the next letter's sound ("ad-Damer", "ash-Shaab", "az-Zawr"); the word for a
hill is "Tal", "Tel", "Tell" or "Tall"; "Deir" is "Dayr", "Beit" "Bayt", "Ain" "Ayn";
long vowels are doubled ("Rifaat", "Sheesh") or written the French way ("Abou", "Oum").
GeoNames keeps one of them, with apostrophes for the ayn and hamza that
:func:`~geo.gazetteer.normalize.normalize` drops ("Tall Rif‘at": ``tall rifat``; "Ra’s al
‘Ayn": ``ras al ayn``).  :func:`arabic_variants` writes a name the gazetteer lacks in the
other spellings of its words, so that "Tal Rifaat" is read as Tall Rif‘at and "Ras al-Ain"
as Ra’s al ‘Ayn by exact look-ups (:func:`geo.text.variants.variant_candidates` keeps the
places of :data:`ARABIC_NAME_COUNTRIES` only), not by a close spelling a reader might forgive.
"""

from __future__ import annotations

import re
from itertools import product

__all__ = [
    "ARABIC_NAME_COUNTRIES",
    "arabic_head",
    "arabic_skeleton",
    "arabic_variants",
    "letter_variants",
]

#: Countries whose place names are Arabic (or romanised from Arabic in GeoNames): the
#: Arab League's members, Israel's Arab towns, Chad's Arabic-named north and east.
ARABIC_NAME_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL EH TD".split()
)

#: Words one Arabic word is written as, each group the spellings of one word.
_WORD_GROUPS = (
    ("tall", "tal", "tel", "tell"),
    ("dayr", "deir", "dair", "der"),
    ("bayt", "beit", "beyt", "bait"),
    ("kafr", "kfar", "kafar", "kefar"),
    ("ayn", "ain", "ein"),
    ("umm", "um", "oum", "om"),
    ("jabal", "jebel", "jabel", "jbel"),
    ("abu", "abou"),
    ("khirbat", "khirbet"),
)
_SPELLINGS = {w: group for group in _WORD_GROUPS for w in group}
#: The article, plain or taking the next word's first sound ("ad-Damer", "ash-Shaab").
_ARTICLES = frozenset("al el il ad ed ar er as es ash esh az ez at et an en ath eth adh".split())
#: Sun letters, longest first: the article before a word starting with one is "a" + it.
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
#: Doubled or French-style vowels and the single letters GeoNames writes for them.
_VOWELS = (("aa", "a"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("ei", "ay"), ("ai", "ay"))
_MIN_LETTERS = 5
_MAX_LETTERS = 40
#: At most this many spellings a name (bounded look-ups).
_MAX_VARIANTS = 48


def arabic_head(norm: str) -> bool:
    """Is the (normalised) word one that starts Arabic names ("Tal", "Umm", "Ain"): a
    short word that is a name's head, not a name alone ("Tal Rifaat")?"""
    return norm in _SPELLINGS


def _article_forms(following: str) -> tuple[str, ...]:
    """The article before ``following``: "al", "el" and, before a sun letter, its
    assimilated form ("ash" before "shaab")."""
    sun = next((s for s in _SUN if following.startswith(s)), None)
    return ("al", "el", f"a{sun}") if sun else ("al", "el")


def _vowels(s: str) -> str:
    for double, single in _VOWELS:
        s = s.replace(double, single)
    return s


def _feminine_ending(word: str) -> str | None:
    """The word with the feminine ending (ta marbuta) written as GeoNames writes it, with
    its final h: "hawija" as "hawijah" (Al Ḩawījah), and the Levantine "-eh" as "-ah"
    ("taybeh" as "taybah", Aṭ Ṭaybah; "nabatieh" as "nabatiah"); None for a word too short
    or ending otherwise. (A name written with the h the gazetteer lacks, "Mukalah", is a
    close spelling of the name it has, "Mukalla": :mod:`geo.gazetteer.fuzzy` reads it.)"""
    if len(word) < _MIN_LETTERS:
        return None
    if word.endswith("a") and word[-2] not in "aeiouh":
        return word + "h"
    if word.endswith("eh") and word[-3] not in "aeiouh":
        return word[:-2] + "ah"
    if word.endswith("ieh"):
        return word[:-3] + "iyah"
    return None


def arabic_variants(normalized: str) -> list[str]:
    """The name (normalised) in the other romanisations of its Arabic words, in a stable
    order, at most :data:`_MAX_VARIANTS`; none for a name with no Arabic article, no word
    of :data:`_WORD_GROUPS`, no doubled vowel and no feminine ending written without
    its final h ("Hawija": Al Ḩawījah), or a short, long or non-Latin one.

    Examples
    --------
    >>> "tall rifat" in arabic_variants("tal rifaat")
    True
    >>> "ras al ayn" in arabic_variants("ras el ain")
    True
    >>> arabic_variants("hawija")
    ['hawijah', 'al hawijah', 'el hawijah']
    >>> arabic_variants("taybeh"), arabic_variants("nabatieh")[0]
    (['taybah', 'al taybah', 'el taybah', 'at taybah'], 'nabatiyah')
    >>> arabic_variants("pokrovsk"), arabic_variants("kyiv")
    ([], [])
    """
    if not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return []
    words = normalized.split()
    ending = _feminine_ending(words[-1])
    marked = (
        any(w in _SPELLINGS or w in _ARTICLES for w in words)
        or any(d in normalized for d, _ in _VOWELS[:4])
        or ending is not None
    )
    if not marked:
        return []
    choices: list[tuple[str, ...]] = []
    for k, w in enumerate(words):
        if w in _ARTICLES and k + 1 < len(words):
            choices.append(_article_forms(_vowels(words[k + 1])))
        elif k == len(words) - 1 and ending is not None:
            choices.append((w, ending))
        else:
            choices.append(_SPELLINGS.get(w, (w,)))
    out: dict[str, None] = {}
    for combo in product(*choices):
        s = " ".join(combo)
        for v in (s, _vowels(s)):
            if v != normalized:
                out.setdefault(v, None)
        if len(out) >= _MAX_VARIANTS:
            break
    if len(words) == 1 and ending is not None:
        # English copy drops the article GeoNames writes: "Taybeh" is Aṭ Ṭaybah.
        for v in list(out):
            for article in _article_forms(v):
                out.setdefault(f"{article} {v}", None)
    return list(out)[:_MAX_VARIANTS]



def arabic_skeleton(normalized: str) -> str:
    """A normalised name without its Arabic article, vowels, the glides "w" and "y" and
    "h", doubled letters written once: two romanisations of one Arabic name share it
    ("sweida" and "as suwayda": ``sd``; "raqqa" and "ar raqqah": ``rq``).

    >>> arabic_skeleton("sweida"), arabic_skeleton("as suwayda"), arabic_skeleton("homs")
    ('sd', 'sd', 'ms')
    """
    words = normalized.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        del words[0]
    out: list[str] = []
    for ch in "".join(words):
        if ch not in "aeiouwyh " and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


#: Letters one Arabic or Hebrew letter is written as: qaf/qof "q" or "k" ("Ziqim" and
#: "Zikim", "Qalqilya" and "Kalkilya"), shin "sh" or, the French way, "ch" ("Chebaa").
_LETTERS = re.compile(r"q|k(?!h)|(?<![ts])sh|(?<!t)ch")
_QK = re.compile(r"q|k(?!h)")
_OTHER_LETTER = {"q": "k", "k": "q", "sh": "ch", "ch": "sh"}
#: At most this many letters of a name are written the other way, one at a time.
_MAX_LETTERS_SWAPPED = 8


def letter_variants(normalized: str) -> list[str]:
    """The name (normalised) with one of its "q", "k" (not "kh"), "sh" or "ch" written as
    the other romanisation writes that letter, and with every "q" and "k" swapped, in a
    stable order; none for a short, long or non-Latin name.  (Looked up among the places
    of :data:`ARABIC_NAME_COUNTRIES` only: :func:`geo.text.variants.variant_candidates`.)

    >>> letter_variants("zikim")
    ['ziqim']
    >>> "kalkilya" in letter_variants("qalqilya"), letter_variants("chebaa")
    (True, ['shebaa'])
    >>> "kfar shouba" in letter_variants("kfarchouba")
    True
    >>> letter_variants("kharis"), letter_variants("kyiv")
    ([], [])
    """
    if not (_MIN_LETTERS <= len(normalized) <= _MAX_LETTERS) or not normalized.isascii():
        return []
    out: dict[str, None] = {}
    split = _glued_head(normalized)
    if split:  # "Kfarchouba": Kfar Shouba
        out[split] = None
        out.update(dict.fromkeys(letter_variants(split)))
    hits = list(_LETTERS.finditer(normalized))[:_MAX_LETTERS_SWAPPED]
    for m in hits:
        s, e = m.span()
        out[normalized[:s] + _OTHER_LETTER[m.group()] + normalized[e:]] = None
    if sum(m.group() in "qk" for m in hits) > 1:
        out[_QK.sub(lambda m: _OTHER_LETTER[m.group()], normalized)] = None
    out.pop(normalized, None)
    return list(out)


#: Head words Lebanese and Palestinian spellings glue to the name ("Kfarchouba",
#: "Deirmimas", "Ainebel"), longest first.
_GLUED_HEADS = ("kfar", "kafr", "deir", "dayr", "beit", "bayt", "ain", "ayn")
#: Letters of the name after a glued head, at least.
_MIN_AFTER_HEAD = 4


def _glued_head(normalized: str) -> str:
    """The name with a head word glued to its first word written apart ("kfarchouba":
    ``kfar chouba``), or "" when its first word starts with no such head."""
    first, _, rest = normalized.partition(" ")
    for head in _GLUED_HEADS:
        if first.startswith(head) and len(first) - len(head) >= _MIN_AFTER_HEAD:
            return " ".join(filter(None, (head, first[len(head) :], rest)))
    return ""
