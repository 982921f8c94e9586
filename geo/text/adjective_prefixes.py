"""Recognition, a Ukrainian or Russian name whose adjective is written as a prefix.

A hromada, a district or a direction takes an adjective of its centre's name, and
English copy often writes it back as one word: "the Velykopysarivka hromada" (Ukrainian
"Великописарівська громада", centred on Velyka Pysarivka), "Velykoburlukskyi",
"Bolshesoldatsky" ("Большое Солдатское").  The gazetteer lacks the joined form, so
the name goes unread.  :func:`prefix_mention` reads such a word (one no gazetteer name
starts with) as the places of its split forms
(:func:`split_forms`: "velykopysarivka" -> "velyka pysarivka", "velykyi pysarivka",
...) in the former Soviet Union
(:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`), as alternate-name
candidates; resolution then weighs them as any namesakes.

Cost: a prefix test per capitalised word no name starts with; a few exact look-ups for
a word with such a prefix.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.lookups import Candidate
from ..gazetteer.normalize import normalize
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from .tokens import Mention, _Tokens

__all__ = ["prefix_mention", "split_forms"]

#: A joined adjective prefix and the adjectives it stands for (feminine, masculine,
#: neuter; Ukrainian, then Russian), normalised.
PREFIXES: dict[str, tuple[str, ...]] = {
    "velyko": ("velyka", "velykyi", "velyke"),
    "malo": ("mala", "malyi", "male", "malaya", "maly", "maloye"),
    "staro": ("stara", "staryi", "stare", "staraya", "stary", "staroye"),
    "bolshe": ("bolshaya", "bolshoy", "bolshoye", "bolshoe"),
    "verkhno": ("verkhnia", "verkhnii", "verkhnie", "verkhnyaya", "verkhniy"),
    "nyzhnio": ("nyzhnia", "nyzhnii", "nyzhnie"),
}
#: The letters a name's stem keeps after its prefix, at least ("Malo-Yar" is not split).
_MIN_STEM = 5
#: The most candidates a split form adds.
_MAX_ADDED = 10


def split_forms(normalized: str) -> tuple[str, ...]:
    """The (normalised) two-word forms of a name joined to its adjective prefix, or ()
    when it has no such prefix or too short a stem.

    >>> split_forms("velykopysarivka")[:2]
    ('velyka pysarivka', 'velykyi pysarivka')
    >>> split_forms("bolshesoldatskoye")[0]
    'bolshaya soldatskoye'
    >>> split_forms("malorusy"), split_forms("pokrovsk")
    ((), ())
    """
    for prefix, adjectives in PREFIXES.items():
        if normalized.startswith(prefix):
            stem = normalized[len(prefix) :]
            if len(stem) < _MIN_STEM or not stem.isalpha() or not stem.isascii():
                return ()
            return tuple(f"{adjective} {stem}" for adjective in adjectives)
    return ()


def prefix_mention(text: str, tokens: _Tokens, i: int, gaz: Gazetteer) -> Mention | None:
    """A mention of word ``i``, a name the gazetteer lacks joined to its adjective prefix,
    read as the former Soviet places of its split forms (module docstring), or None
    when it has no such form or the gazetteer no such place.  Its key is the first
    split form that names a place."""
    forms = split_forms(normalize(tokens.words[i]))
    if not forms:
        return None
    key = ""
    found: dict[int, Candidate] = {}
    for form in forms:
        for c in gaz.lookup_normalized(form):
            if (
                c.quality <= QUALITY_ALTERNATE
                and c.record not in found
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
            ):
                key = key or form
                found[c.record] = Candidate(c.record, QUALITY_ALTERNATE)
    if not found:
        return None
    candidates = list(found.values())[:_MAX_ADDED]
    return Mention(tokens.starts[i], tokens.ends[i], key, i, i, candidates=candidates)
