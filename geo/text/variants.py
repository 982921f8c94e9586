"""Transliteration variants of a name the gazetteer lacks under one spelling.

Ukrainian "й" and "и" are written "y" or "i" by different outlets and systems: ISW
writes "Hulyaipole", the national system "Huliaipole", GeoNames "Hulyaypole"; "Kreminna"
is also "Kremynna", "Pryvillia" "Pryvilliya".  A name the gazetteer lacks under the
text's spelling, but has under the same name with one "y" written "i" (or one "i"
written "y", or every "y" written "i"), is that place: :func:`variant_candidates`
finds it by exact look-ups, so that the name is read as the place it names (an
alternate name), not as a spelling a reader might forgive (a fuzzy match, which a
list partner or the text's other places may overrule).  An adjective's ending, too, is
romanised several ways ("Kirovsky", "Kirovskiy", "Kirovskyi"): :func:`adjective_variants`.
"""

from __future__ import annotations

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from .arabic_variants import ARABIC_NAME_COUNTRIES, arabic_variants, letter_variants
from .candidates import without_qualified_namesakes
from .ending_variants import ending_variants
from .foreign_variants import (
    _MAX_LETTERS,
    FOREIGN_CITY,
    MIN_LETTERS,
    foreign_city,
    foreign_english_forms,
    french_variants,
    german_variants,
    heard_sch_variants,
    yi_variants,
)
from .soft_sign_variants import soft_sign_variants
from .somali_variants import somali_places
from .stem_variants import ukrainian_stem_variants

__all__ = [
    "ENDING_CITY",
    "ENDING_TOWN",
    "FOREIGN_CITY",
    "MIN_LETTERS",
    "adjective_variants",
    "foreign_city",
    "foreign_english_forms",
    "french_variants",
    "gender_variants",
    "german_variants",
    "heard_sch_variants",
    "variant_candidates",
    "yi_variants",
]

#: A place found under another romanisation of an adjective's ending by an alternate name
#: is taken when it has this many people (a village may list a surname's form).
ENDING_TOWN = 10_000
#: A lone adjective ("Kropivnitsky") is read as a city of this size called by it.
ENDING_CITY = 50_000


#: How systems and outlets romanise the adjective ending "-ский" / "-ський" (Russian
#: press "Kirovsky", BGN "Kirovskiy", GeoNames' Ukrainian "Kirovskyi", Russian
#: passports "Kirovskii", the Ukrainian national system "Kirovskyi" or "Kirovskyy").
_ADJECTIVE_ENDINGS = ("skiy", "skii", "skyi", "skyy", "sky")


def adjective_variants(normalized: str) -> list[str]:
    """A one-word name ending in an adjective's "-sky" (district and town names:
    "Kuibyshevsky", "Khmelnitskiy") with the other romanisations of that ending
    (:data:`_ADJECTIVE_ENDINGS`), each also with its y/i variants (:func:`yi_variants`),
    in a stable order; none for another name.

    Examples
    --------
    >>> adjective_variants("kirovsky")[:4]
    ['kirovskiy', 'kirovskii', 'kirovskyi', 'kirovskyy']
    >>> "kuibishevskii" in adjective_variants("kuibyshevsky")
    True
    >>> adjective_variants("kyiv"), adjective_variants("novy sky")
    ([], [])
    """
    if " " in normalized or not normalized.isascii():
        return []
    ending = next((e for e in _ADJECTIVE_ENDINGS if normalized.endswith(e)), None)
    stem = normalized[: -len(ending)] if ending else ""
    if len(stem) < 3:
        return []
    out: dict[str, None] = {}
    for other in _ADJECTIVE_ENDINGS:
        if other != ending:
            out[stem + other] = None
    for name in list(out):
        out.update(dict.fromkeys(v for v in yi_variants(name) if v.endswith(_ADJECTIVE_ENDINGS)))
    out.pop(normalized, None)
    return list(out)


#: The endings of an adjective's three genders as romanised ("Pivdennyi" port, "Pivdenne"
#: town, "Pivdenna" street; Russian "Krasny", "Krasnoye", "Krasnaya"), longest first.
_GENDER_ENDINGS = ("aya", "oye", "yi", "yy", "iy", "ii", "oe", "y", "e", "a")
#: What the stem of such an adjective ends in: "-n-" ("Pivdenn-", "Zaliznychn-"), "-sk-"
#: ("Pokrovsk-"), "-ov-"/"-ev-" ("Stepov-", "Sadov-"); a stem ending otherwise ("Poltav-",
#: "Kakhovk-") is no adjective's, and its name is not varied.
_GENDER_STEMS = ("n", "sk", "tsk", "zk", "ov", "ev")


#: The short masculine ending of a Russian adjective's name in English copy ("Yuzhny",
#: "Zarechny": a reader's "-nyy"); not "-sky", which ends surnames too ("Syrsky": the
#: lone adjectives of :func:`~geo.text.ending_variants.ending_variants` need a city).
_SHORT_MASCULINE = "ny"


def gender_variants(normalized: str) -> list[str]:
    """A one-word name in an adjective's form with the endings of the adjective's other
    genders (:data:`_GENDER_ENDINGS`): GeoNames names a port "Pivdennyi" and its town
    "Pivdenne", a village "Stepove" that a text calls "Stepova"; in a stable order; none
    for a name of several words, a short or non-Latin one, or one whose stem is no
    adjective's.

    Examples
    --------
    >>> gender_variants("pivdennyi")[:3]
    ['pivdennaya', 'pivdennoye', 'pivdennyy']
    >>> "pivdenne" in gender_variants("pivdennyi"), "stepove" in gender_variants("stepova")
    (True, True)
    >>> gender_variants("poltava"), gender_variants("kyiv"), gender_variants("krasnyi lyman")
    ([], [], [])
    """
    if (
        " " in normalized
        or not normalized.isascii()
        or not (MIN_LETTERS <= len(normalized) <= _MAX_LETTERS)
    ):
        return []
    ending = next((e for e in _GENDER_ENDINGS if normalized.endswith(e)), None)
    stem = normalized[: -len(ending)] if ending else ""
    if len(stem) < 4 or not stem.endswith(_GENDER_STEMS):
        return []
    return [stem + other for other in _GENDER_ENDINGS if other != ending]


def variant_candidates(
    gaz: Gazetteer, normalized: str, *, city_part: bool = False
) -> list[Candidate]:
    """The places of the former Soviet Union (where the y/i choice is a matter of
    transliteration: :data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`) the
    gazetteer has under a y/i variant of the name (:func:`yi_variants`) by their own,
    an everyday or an alternate name, as alternate-name candidates
    (:data:`~geo.gazetteer.codes.QUALITY_ALTERNATE`); empty when it has none.  A city
    part's name (``city_part``: "the Kuibyshevsky district") is also looked up under the
    other romanisations of an adjective's ending (:func:`adjective_variants`); a name
    elsewhere is not: "-sky" names people too ("according to Syrsky": not Syrskoye,
    whose alternates list "Syrskiy").  French, German and Polish romanisations, and a
    Russian "сч" written as heard ("Shchastye": :func:`heard_sch_variants`), are looked
    up in their English letters, and a name with a Russian soft sign's "y" before "i"
    without it ("Ilyinovka": :func:`~geo.text.soft_sign_variants.soft_sign_variants`).

    A name of several words is also looked up written as one ("Petion-Ville":
    Pétionville), in any country; an Arabic name in its other romanisations
    (:func:`~geo.text.arabic_variants.arabic_variants`: "Tal Rifaat", Tall Rif‘at) among
    the places of :data:`~geo.text.arabic_variants.ARABIC_NAME_COUNTRIES`.

    Cost: one exact look-up per variant (at most one per "y" or "i" of the name, plus
    two; for an adjective, about five per ending).
    """
    seen: dict[int, None] = {}
    if " " in normalized and len(normalized) <= _MAX_LETTERS:
        # "Petion-Ville", "Cite Soleil": the gazetteer writes it as one word (Pétionville),
        # wherever it lies.
        for c in gaz.lookup_normalized(normalized.replace(" ", "")):
            if c.quality <= QUALITY_ALTERNATE and gaz.is_place(c.record):
                seen.setdefault(c.record, None)
    adjectives = adjective_variants(normalized) if city_part else ()
    foreign = foreign_english_forms(normalized)  # "Hulajpole", "Shchastye"
    # "Yuzhny": English copy's short Russian masculine of a town GeoNames names in
    # another gender ("Yuzhne", Pivdenne) or romanisation ("Yuzhnyy").
    short = gender_variants(normalized) if normalized.endswith(_SHORT_MASCULINE) else ()
    hybrid = ukrainian_stem_variants(normalized)  # "Konstantynivka": Kostiantynivka
    soft = soft_sign_variants(normalized)  # "Ilyinovka": Ilinovka
    for variant in (*yi_variants(normalized), *adjectives, *foreign, *short, *hybrid, *soft):
        for c in without_qualified_namesakes(gaz, gaz.lookup_normalized(variant), variant):
            if (
                c.quality <= QUALITY_ALTERNATE
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
            ):
                seen.setdefault(c.record, None)
    # "Tal Rifaat": Tall Rif‘at; a place's own name so spelt before another's alternate
    # one ("Ras al-Ain": Syria's Ra’s al ‘Ayn, not Israel's Rosh Ha‘Ayin, "Ras al Ayn").
    arabic = sorted(
        (c.quality > QUALITY_ALIAS, c.record)
        for variant in (*arabic_variants(normalized), *letter_variants(normalized))
        for c in gaz.lookup_normalized(variant)
        if c.quality <= QUALITY_ALTERNATE
        and gaz.is_place(c.record)
        and gaz.country_code(c.record) in ARABIC_NAME_COUNTRIES
    )
    seen.update((rec, None) for other, rec in arabic if other == arabic[0][0])
    seen.update(dict.fromkeys(somali_places(gaz, normalized)))  # "Harardhere": Xarardheere
    if not seen:
        # "Kropivnitsky", "Bilhorod-Dnistrovskyy", "Kupiansk-Vuzlovyy": a town's adjective
        # ending in another romanisation.  In a compound, a town's own name or a town of
        # note; a lone adjective ("Troitsky", "Kalininsky" of a district, "Syrsky" a
        # surname) only for a city whose own name is that adjective (Kropyvnytskyi), or
        # for a renamed town of note that the adjective was the name of (Pervomaisky).
        lone = " " not in normalized
        for variant in ending_variants(normalized):
            for c in without_qualified_namesakes(gaz, gaz.lookup_normalized(variant), variant):
                rec = c.record
                if not gaz.is_place(rec) or gaz.country_code(rec) not in RUSSIAN_NAME_COUNTRIES:
                    continue
                if (
                    (
                        gaz.population(rec) >= ENDING_CITY
                        and bool(ending_variants(gaz.name_key(rec)))
                    )
                    or former_adjective_name(gaz, c)
                    if lone
                    else c.quality <= QUALITY_ALIAS or gaz.population(rec) >= ENDING_TOWN
                ):
                    seen.setdefault(rec, None)
    return [Candidate(rec, QUALITY_ALTERNATE) for rec in seen]


#: Countries whose towns were renamed from Soviet names that copy in Russian usage still
#: writes: Ukraine's decommunisation laws (2015-16, 2023-24).  Russia's own renamed towns
#: go by their new names there ("Kalininsky" of a district is no Korolev).
RENAMED_COUNTRIES = frozenset({"UA"})


def former_adjective_name(gaz: Gazetteer, c: Candidate) -> bool:
    """Is candidate ``c`` a town of :data:`RENAMED_COUNTRIES` of :data:`ENDING_TOWN`
    people or more that a lone adjective names by an alternate name (``c.quality`` is
    :data:`~geo.gazetteer.codes.QUALITY_ALTERNATE`) while its own name is no adjective:
    a town renamed from a Soviet adjective ("Pervomaisky", Pervomaiskyi until 2024:
    Zlatopil; "Artemovsky": Bakhmut)?  A surname's form finds no such town ("Syrsky",
    "Kotovsky"), nor a village or a place whose own name is an adjective too (Russia's
    many Pervomayskiys, a city's districts: "Kirovsky")."""
    rec = c.record
    return (
        c.quality == QUALITY_ALTERNATE
        and gaz.country_code(rec) in RENAMED_COUNTRIES
        and gaz.population(rec) >= ENDING_TOWN
        and not ending_variants(gaz.name_key(rec))
    )
