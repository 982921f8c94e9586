"""The index's codes: format version, record kinds, name flags and match qualities.

Shared by the stages of the builder (:mod:`geo.gazetteer.build`) and by the
reader (:mod:`geo.gazetteer.index`), with the context-free prior
:func:`importance` of a record.
"""

from __future__ import annotations

import hashlib
import importlib
import math
from pathlib import Path

__all__ = [
    "BUILDER_MODULES",
    "FORMAT_VERSION",
    "KEY_NAMES_REGION",
    "KIND_CODES",
    "QUALITY_ALIAS",
    "QUALITY_ALTERNATE",
    "QUALITY_FUZZY",
    "QUALITY_PRIMARY",
    "builder_digests",
    "builder_files",
    "builder_stamp",
    "importance",
    "note_import",
]

FORMAT_VERSION = 10
KIND_CODES = {"place": 0, "admin1": 1, "country": 2, "other": 3, "admin2": 4}

#: Bit of the per-name flags: the name is a country's, region's or county's own name or alias.
KEY_NAMES_REGION = 1 << 7

#: Match quality of a name for a record: lower is better.
QUALITY_PRIMARY = 0  # the record's own name
QUALITY_ALIAS = 1  # an official or everyday alias (ASCII form, official name, "UK")
QUALITY_ALTERNATE = 2  # an alternate, historical or foreign-language name
QUALITY_FUZZY = 3  # spelt like a name (a transliteration or a typo): geo.gazetteer.fuzzy


#: The modules of this package whose content identifies the builder (hashed into the
#: index's fingerprint): the builder, the stages it calls and the helpers they use.
BUILDER_MODULES = (
    "build",
    "codes",
    "sources",
    "records",
    "regions",
    "countries",
    "region_adjectives",
    "writer",
    "normalize",
    "fuzzy",
    "dumps",
    "admin1_codes",
    "transliterate",
    "region_capitals",
    "split_aliases",
)


def builder_files() -> tuple[Path, ...]:
    """The source files of :data:`BUILDER_MODULES`, found without importing them (a
    command whose index is built already never imports the builder)."""
    here = Path(__file__).resolve().parent
    return tuple(here / f"{name}.py" for name in BUILDER_MODULES)


#: Each builder module's source as this process imported it: module name -> (its
#: file's path, size, modification time and inode; the SHA-256 of its content).
_IMPORTED: dict[str, tuple[str, bytes]] = {}


def _file_stamp(path: Path) -> str:
    st = path.stat()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


def note_import(file: str) -> None:
    """Remember the source of the builder module at ``file`` as it is imported (each
    calls this right after its own imports): the index's fingerprint hashes the code
    this process runs, not a file edited on disk since (a checkout changed under a
    running process would otherwise build an index of the old code under the new code's
    fingerprint).  The file is read again just after Python compiled or checked it: an
    edit within that moment (the module's imports) is the one race left."""
    path = Path(file).resolve()
    while True:  # a consistent read: the same file before and after
        before = _file_stamp(path)
        data = path.read_bytes()
        if _file_stamp(path) == before:
            break
    _IMPORTED[path.stem] = (before, hashlib.sha256(data).digest())


def builder_stamp() -> str:
    """The builder modules' files as this process runs them: a stamp (path, size,
    modification time, inode) per module, as it was imported, or as it is on disk for
    one not imported yet (it would be imported from there)."""
    parts = []
    for name, path in zip(BUILDER_MODULES, builder_files(), strict=True):
        seen = _IMPORTED.get(name)
        if seen is not None:
            parts.append(seen[0])
        else:
            try:
                parts.append(_file_stamp(path))
            except OSError:  # missing: the fingerprint itself reports it
                parts.append(f"{path}:missing")
    return ";".join(parts)


def builder_digests() -> tuple[bytes, ...]:
    """The SHA-256 of each builder module's source as this process imported it (the
    modules not imported yet are imported now)."""
    for name in BUILDER_MODULES:
        if name not in _IMPORTED:
            importlib.import_module(f"{__package__}.{name}")
    return tuple(_IMPORTED[name][1] for name in BUILDER_MODULES)


def importance(kind: str, population: int) -> float:
    """Prior importance in [0, 1] of a record, before any context.

    Places grow with log population (250,000 people give 0.72, 3 million
    0.86); regions and countries get fixed, high priors.

    Examples
    --------
    >>> round(importance("place", 256474), 2)
    0.72
    >>> importance("country", 0)
    1.0
    """
    if kind == "country":
        return 1.0
    if kind == "admin1":
        return 0.75
    if kind == "other":  # continents
        return 1.0
    if kind == "admin2":  # US counties: named only with their "County", "Parish", ...
        return 0.6
    return min(1.0, math.log10(max(population, 0) + 10) / 7.5)


note_import(__file__)  # this module too is the builder's
