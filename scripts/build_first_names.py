"""Build geo/data/first_names.txt: given names, to tell a person from a place.

Source: the given-name lists (``first_names``, ``first_names_male``,
``first_names_female``) of the person providers of the PyPI package Faker (MIT
licence), every locale but the generic English one, which mixes common words in
("Hope", "Early", "Justice"); the country lists en_US, en_GB, ... are read.
Names in Latin letters are kept as they are; Cyrillic ones (Russian, Ukrainian,
Bulgarian, Macedonian, Serbian lists) are romanised with the common
English-language newsroom spellings (Volodymyr, Oleksandr, Sergey). Other scripts
are left out. Each name is folded (no accents) and normalised as the gazetteer's
keys are, and kept when it has three letters or more. Left out: names that start
place names ("Santa", "Saint", "Mount"); titles, months, days and common words
some lists hold ("General", "Royal", "June", "Sunday"); and, but for the lists of
English-speaking countries, names among the 3,000 commonest words of the
gazetteer's word list ("Over", "Made"). Needs the gazetteer index (built by
``make``, or on first use). One name a line, sorted, after a header of ``#``
lines naming the source.

The recogniser reads a capitalised word that is one of these names, right before
a place's name, as a person's given name ("Michael Jordan", "Tom Paris").

Usage (Faker is not a dependency of geo: install it where you run this):
    python -m pip install faker
    python scripts/build_first_names.py [--out geo/data/first_names.txt]
"""

from __future__ import annotations

import argparse
import calendar
import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Ukrainian and Russian letters in the spellings English-language news uses
#: (Ukrainian: the national system; Russian: the BGN/PCGN-like "Dmitry").
_UK = dict(zip("абвгґдезиіїйклмнопрстуфхцчшщьюяєж'’",
               ["a", "b", "v", "h", "g", "d", "e", "z", "y", "i", "i", "i", "k", "l", "m",
                "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
                "iu", "ia", "ie", "zh", "", ""], strict=True))  # fmt: skip
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
                "e", "yu", "ya"], strict=True))  # fmt: skip
_UKRAINIAN = ("uk_UA",)
_CYRILLIC = ("ru_RU", "bg_BG", "mk_MK", "sr_RS", "be_BY", "kk_KZ", "ky_KG")
#: First words of place names that are also given names somewhere.
_PLACE_STARTS = frozenset(
    "santa santo san saint sainte sao mount fort port lake cape new old north south east "
    "west upper lower great little grand el al la le de del della van von monte villa vila "
    "porto puerto rio sierra costa playa bahia ciudad".split()
)
#: Titles and common words some locales list as given names: never a person's name
#: before a place ("General Staff", "Royal Navy", "Governor Gladkov").
_NOT_NAMES = frozenset(
    "general royal prince princess king queen lady lord sir emir imam sister brother father "
    "mother don dona dom bishop governor colonel captain major judge baron duke earl amir "
    "star marine river victory liberty peace sultan sheikh pope latin nazi roman muslim "
    "christian jewish catholic".split()
) | frozenset(m.lower() for m in (*calendar.month_name, *calendar.day_name) if m)
_LATIN = re.compile(r"[a-z][a-z' -]*[a-z]")
#: Faker's generic English list mixes common words in ("Hope", "Summer", "Early",
#: "Justice"); the country lists (en_US, en_GB, ...) are kept instead.
_SKIPPED_LOCALES = frozenset({"en"})
#: English-speaking countries' lists: their names are names even when they are common
#: words in the text ("John", "Michael", "Mark"). Other lists' names that are among
#: the ``_COMMON`` commonest words of the gazetteer's word list are left out ("Over",
#: "Made", "Lucky").
_ENGLISH = frozenset({"en_US", "en_GB", "en_IE", "en_NZ", "en_CA", "en_AU"})
_COMMON = 3000


def _fold(name: str) -> str:
    """The name as geo's gazetteer keys are (``geo.gazetteer.normalize``)."""
    sys.path.insert(0, str(ROOT))
    from geo.gazetteer.normalize import normalize

    decomposed = unicodedata.normalize("NFKD", name)
    return normalize("".join(c for c in decomposed if not unicodedata.combining(c)))


def _romanize(name: str, table: dict[str, str]) -> str:
    low = name.lower()
    out = []
    for k, ch in enumerate(low):
        if table is _UK and k == 0 and ch in "єїйюя":
            out.append({"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}[ch])
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def names_from_faker() -> set[str]:
    """Every locale's given names, romanised and folded (see the module docstring)."""
    from faker.providers import person

    sys.path.insert(0, str(ROOT))
    from geo.gazetteer.index import load_gazetteer

    common_rank = load_gazetteer().common_rank
    found: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        if info.name in _SKIPPED_LOCALES:
            continue
        module = importlib.import_module(f"faker.providers.person.{info.name}")
        provider = getattr(module, "Provider", None)
        names: list[str] = []
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            if isinstance(value, (dict, list, tuple)):
                names.extend(value)
        for raw in names:
            if not isinstance(raw, str):
                continue
            if info.name in _UKRAINIAN:
                raw = _romanize(raw, _UK)
            elif info.name in _CYRILLIC:
                raw = _romanize(raw, _RU)
            name = _fold(raw)
            rank = common_rank(name)
            if (
                len(name) >= 3
                and _LATIN.fullmatch(name)
                and name not in _PLACE_STARTS
                and name not in _NOT_NAMES
                and (info.name in _ENGLISH or rank is None or rank > _COMMON)
            ):
                found.add(name)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "geo" / "data" / "first_names.txt")
    args = ap.parse_args()
    try:
        import faker
    except ImportError:
        print("build_first_names: error: Faker is not installed (pip install faker)",
              file=sys.stderr)  # fmt: skip
        return 2
    names = sorted(names_from_faker())
    header = (
        "# Given names, one a line: from the person providers of Faker "
        f"{faker.VERSION} (MIT), every locale;\n"
        "# Cyrillic ones romanised. Rebuild: python scripts/build_first_names.py\n"
    )
    args.out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
