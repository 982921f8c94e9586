"""The rows of :func:`geo.evaluate.run_eval` as a Markdown table and document section."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._io import atomic_write
from ..errors import InputError

__all__ = ["format_table"]

# Table columns: (row key, header, kind of number).
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("corpus", "corpus", "text"),
    ("system", "system", "text"),
    ("docs", "docs", "int"),
    ("P", "P", "pct"),
    ("R", "R", "pct"),
    ("F1", "F1", "pct"),
    ("acc@161", "acc@161", "pct"),
    ("AUC", "AUC", "auc"),
    ("e2e acc@161", "e2e acc@161", "pct"),
    ("within 20 km", "≤20 km", "pct"),
    ("docs/s", "docs/s", "int"),
    ("chars/s", "chars/s", "int"),
)

_MARK_BEGIN = "<!-- geo.evaluate: begin -->"
_MARK_END = "<!-- geo.evaluate: end -->"


def _cell(value: Any, kind: str) -> str:
    if kind == "text":
        return str(value)
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "auc":
        return f"{value:.3f}"
    return f"{round(value):,}"


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """A Markdown table of :func:`run_eval` rows.

    P/R/F1 and accuracies are percentages with one decimal, AUC has three
    decimals (lower is better), documents and characters per second are
    integers with thousands separators; missing values print as ``n/a``.

    Examples
    --------
    >>> row = {"corpus": "lgl", "system": "geo", "docs": 240, "P": 0.8123, "R": 0.7,
    ...        "F1": 0.752, "acc@161": 0.9, "AUC": 0.12345, "e2e acc@161": 0.63,
    ...        "within 20 km": 0.5, "docs/s": 812.4, "chars/s": 1234567.8}
    >>> print(format_table([row]))  # doctest: +NORMALIZE_WHITESPACE
    | corpus | system | docs | P | R | F1 | acc@161 | AUC | e2e acc@161 | ≤20 km | docs/s
      | chars/s |
    |---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
    | lgl | geo | 240 | 81.2% | 70.0% | 75.2% | 90.0% | 0.123 | 63.0% | 50.0% | 812
      | 1,234,568 |
    """
    header = "| " + " | ".join(h for _, h, _ in _COLUMNS) + " |"
    rule = "|" + "|".join("---" if kind == "text" else "--:" for _, _, kind in _COLUMNS) + "|"
    lines = [header, rule]
    for row in rows:
        cells = [_cell(row.get(key), kind) for key, _, kind in _COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


_NOTES = """\
P, R, F1: toponym recognition with overlap matching (a prediction sharing a character
with a gold span counts). acc@161: share of the recognised gold toponyms resolved within
161 km; AUC: area under the log-error curve (Gritta et al.; 0 best, 1 worst); e2e acc@161:
share of all gold toponyms recognised and resolved within 161 km. ≤20 km: share of the
resolved toponyms (recognised gold toponyms given coordinates) within 20 km of the gold
point, the grain of a front line. n/a: WikToR is only
partially annotated (the article's title place), so precision and F1 are undefined there.
docs/s and chars/s count time inside the parser only, after the gazetteer is loaded.
Scored by `score.py` of the shared DEV corpora; geotext = PyPI geotext 0.4.0 with each
name resolved to its most populous gazetteer entry."""


def _markdown_section(table: str, command: str) -> str:
    from .._version import __version__

    return f"{_MARK_BEGIN}\ngeo {__version__}, `{command}`\n\n{table}\n\n{_NOTES}\n{_MARK_END}\n"


def _read_markdown(path: Path) -> str | None:
    """The text of the document ``path`` (``None``: not there yet, to be created).

    Raises
    ------
    InputError
        ``path`` is a directory, an existing file that cannot be read as UTF-8, or
        lies under a file.
    """
    if path.is_dir():
        raise InputError(f"{path} is a directory: give a Markdown file name")
    if not path.exists():
        folder = next(p for p in path.absolute().parents if p.exists())
        if not folder.is_dir():
            raise InputError(f"cannot create {path}: {folder} is not a directory")
        return None
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None


def _write_markdown(path: Path, section: str) -> None:
    """Replace the marked section of ``path`` (or append it; create the file).

    Raises
    ------
    InputError
        See :func:`_read_markdown`; or the file or its directory cannot be written.
    """
    old = _read_markdown(path)
    if old is not None:
        i, j = old.find(_MARK_BEGIN), old.find(_MARK_END)
        if 0 <= i < j:
            new = old[:i] + section + old[j + len(_MARK_END) :].lstrip("\n")
        else:
            new = old.rstrip("\n") + "\n\n" + section
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError(f"cannot create the directory of {path}: {err.strerror}") from None
        new = "# Evaluation\n\n" + section
    try:
        atomic_write(path, new)  # the user's document: never left half-written
    except OSError as err:
        raise InputError(f"cannot write {path}: {err.strerror}") from None
