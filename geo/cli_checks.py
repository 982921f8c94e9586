"""Checks the ``geo`` commands make before any work: arguments, output paths, dates.

Each raises :class:`~geo.errors.InputError` with a one-line message naming the
option at fault; none reads an article or the gazetteer.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._io import check_output_path, is_special_file
from .errors import InputError

__all__ = [
    "article_date", "check_format", "check_outputs", "check_text_argument", "short",
    "warn_if_empty",
]


def short(text: str, limit: int = 60) -> str:
    """``repr`` of ``text`` cut to about ``limit`` characters (a query, a name)."""
    return repr(text if len(text) <= limit else text[:limit] + "...") + (
        f" ({len(text):,} characters)" if len(text) > limit else ""
    )


#: File name suffixes of formats, and what each is; a suffix not here says nothing.
_SUFFIX_FORMAT = {
    ".html": "HTML", ".htm": "HTML", ".xhtml": "HTML", ".png": "PNG", ".pdf": "PDF",
    ".svg": "SVG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP",
    ".geojson": "GeoJSON", ".json": "JSON", ".jsonl": "JSON", ".parquet": "Parquet",
    ".csv": "CSV",
}

#: The formats each kind of output may be named as (a file name with another known
#: suffix is refused: ``geo report -o r.png`` would put HTML in a .png). GeoJSON is
#: JSON, so a GeoJSON file may end in .json; an analysis (or JSON lines) is JSON but
#: not GeoJSON, so it may not end in .geojson.
_WRITES = {
    "HTML": {"HTML"},
    "GeoJSON": {"GeoJSON", "JSON"},
    "JSON": {"JSON"},
    "JSON lines": {"JSON"},
    "GeoParquet tables": set(),
}

#: The name each kind of output should have (said in the error).
_ENDING = {"HTML": "a name ending in .html", "GeoJSON": "a name ending in .geojson",
           "JSON": "a name ending in .json", "JSON lines": "a name ending in .jsonl",
           "GeoParquet tables": "a folder name (no .parquet: the folder holds "
                                "toponyms.parquet, features.parquet, claims.parquet)"}

#: The option that writes each format (said in the error).
_OPTION_FOR = {"PNG": "--png", "PDF": "--pdf", "SVG": "--svg", "GeoJSON": "--geojson"}


def check_format(option: str, path: Any, writes: str, *, command: str = "map") -> None:
    """Refuse an output whose file name names another format than the one written.

    ``writes`` is ``"HTML"``, ``"GeoJSON"``, ``"JSON"`` (one analysis), ``"JSON
    lines"`` (a corpus) or ``"GeoParquet tables"`` (a folder: no name with a format's
    suffix, unless that folder exists). A name with no suffix, or one that names no
    format (``.txt``, ``.out``), and devices and pipes (``/dev/stdout``) are accepted.

    Raises
    ------
    InputError
        ``-o map.png`` for an HTML map, ``--geojson map.html``: the message says which
        option writes the format the name asks for.

    Examples
    --------
    >>> check_format("-o", "map.HTML", "HTML")
    >>> check_format("-o", "report.png", "HTML", command="report")
    Traceback (most recent call last):
    ...
    geo.errors.InputError: -o report.png: -o of geo report writes HTML, not PNG: give a \
name ending in .html (PNG: geo map ARTICLE --png FILE.png)
    """
    if path is None or path == "-":
        return
    suffix = Path(str(path)).suffix.lower()
    named = _SUFFIX_FORMAT.get(suffix)
    if named is None or named in _WRITES[writes] or is_special_file(path):
        return
    if writes == "GeoParquet tables" and os.path.isdir(path):
        return  # the folder of an earlier run, whatever its name
    message = f"{option} {path}: {option} of geo {command} writes {writes}, not {named}: " \
        f"give {_ENDING[writes]}"
    if (hint := _OPTION_FOR.get(named)) is not None and writes != "GeoParquet tables":
        message += f" ({named}: geo map ARTICLE {hint} FILE{suffix})"
    elif named == "Parquet" and writes == "JSON lines":
        message += " (Parquet: --format geoparquet -o DIR)"
    raise InputError(message)


def check_outputs(args: argparse.Namespace, options: Sequence[tuple[str, Any]]) -> None:
    """Check every output path before any work: one-line errors naming the option."""
    seen: dict[Any, str] = {}
    articles = getattr(args, "article", None) or []
    if isinstance(articles, str):
        articles = [articles]
    # Compared after following symlinks: an output that links to an article is the article.
    sources = {Path(os.path.realpath(a)): "article" for a in articles if a != "-"}
    for overlay in getattr(args, "overlay", None) or []:
        sources.setdefault(Path(os.path.realpath(overlay)), "overlay")
    corpora = getattr(args, "jsonl", None) or []
    for corpus in [corpora] if isinstance(corpora, str) else corpora:
        if corpus != "-" and not any(c in corpus for c in "*?["):
            sources[Path(os.path.realpath(corpus))] = "article"
    for option, path in options:
        if path is None or path == "-":
            continue
        p = check_output_path(path, option=option)
        suffix = "." + option.removeprefix("--")
        image = option in ("--png", "--pdf", "--svg")
        if image and p.suffix.lower() != suffix and not is_special_file(p):
            raise InputError(f"{option} {path}: the file name must end in {suffix}")
        key = Path(os.path.realpath(p))
        if key in seen:
            raise InputError(f"{seen[key]} and {option} both write {path}")
        if key in sources:
            raise InputError(f"{option} {path} would overwrite the {sources[key]} (an input)")
        seen[key] = option


def check_text_argument(value: str | None, what: str) -> None:
    """A command-line text that is not valid UTF-8 (its bytes decoded as surrogates)."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(f"{what} is not valid UTF-8 text (at character {err.start})") from None


def warn_if_empty(analysis: Any, path: str, *, mapping: bool = False) -> None:
    """A warning on standard error when the analysis found no place (``mapping``: for a
    map, which then has nothing to show)."""
    if not analysis.toponyms:
        name = "standard input" if path == "-" else path
        if not analysis.text.strip():
            what = " (the article is empty)"
        else:
            what = " (nothing to map)" if mapping else ""
        from .cli import printable  # a name or an id never drives the terminal

        print(f"geo: warning: no places found in {printable(name)}{what}", file=sys.stderr)


def article_date(text: str | None):
    """The ``--date`` option as a :class:`datetime.date` (None when not given)."""
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # the format, not a calendar day
            raise InputError(f"--date {text!r} is not a date (or out of range)") from None
        raise InputError(f"--date must be YYYY-MM-DD, got {text!r}") from None
